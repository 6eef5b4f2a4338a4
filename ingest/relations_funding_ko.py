"""Korean funding rounds: who put money into the company that raised it.

`X는 A가 주도한 투자에서 N억 달러를 유치했다` is read by relations_ko_trade; this adds money
received (`X는 A로부터 N억 원을 투자받았다`, `A와 B로부터 투자를 받았다`) and investors leading or
joining a round (`이번 투자에는 A, B가 참여했다`, `A와 B가 투자자로 참여했다`, `KT가 주도했고
삼성전자도 참여했다`, and a bare `A, B, C 등이 참여했다` right after `X는 … 유치했다`). The
company is the sentence's topic (`X는`) when it is not an investor, else the one that raised
money in the sentence before, else the article's current topic.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ingest.extraction import AGENT_TYPES, ORG_TYPES, Mention
from ingest.korean_roles import Role, coordinated_with, refused_after, roles_of, status_after

Triple = tuple[Mention, str, Mention, str]

MONEY_WORDS = {"투자", "자금", "펀딩", "투자금", "라운드", "시리즈", "투자자", "투자사", "유치"}
RECEIVED_WORDS = {"투자", "자금", "펀딩", "투자금"}  # `투자받다`, `투자를 받다`
JOINING = {"참여", "주도", "합류", "참가"}
LEADING_VERBS = {"이끌", "나서"}  # `KT가 이끌었다`, `KT가 투자자로 나섰다` (only in a sentence about money)
FUNDERS = {"로부터", "으로부터", "에게서"}
TOPIC_PARTICLES = {"은", "는"}
ACTOR_PARTICLES = {"이", "가", "도", "은", "는"}


def _received(doc: Doc, tok: Token) -> bool:
    """`투자받았다`, `투자를 받았다`."""
    if tok.lemma_ != "받" or tok.i == 0:
        return False
    before = doc[tok.i - 1]
    if before.text in ("을", "를") and tok.i >= 2:
        before = doc[tok.i - 2]
    return before.lemma_ in RECEIVED_WORDS


def _joins(doc: Doc, tok: Token) -> bool:
    """`참여했다`, `주도한`: a joining noun made a verb."""
    return tok.lemma_ in JOINING and tok.i + 1 < len(doc) and doc[tok.i + 1].tag_.startswith("XSV")


def _joining(doc: Doc, tok: Token) -> bool:
    """Joining or leading in a sentence about money (`이번 라운드는 KT가 이끌었다`)."""
    money = any(t.lemma_ in MONEY_WORDS for t in doc[max(0, tok.i - 8) : tok.i])
    return money and (_joins(doc, tok) or tok.lemma_ in LEADING_VERBS)


def _round_owner(doc: Doc, orgs: list[Role]) -> Mention | None:
    """`리벨리온의 시리즈 B 투자에 참여했다`: the round's owner raised it."""
    for role in orgs:
        if role.particle == "의" and any(t.lemma_ in MONEY_WORDS for t in doc[role.span.end + 1 : role.span.end + 5]):
            return role.mention
    return None


def _with_list(roles: list[Role], role: Role) -> list[Mention]:
    return [role.mention, *coordinated_with(roles, role.mention)]


@dataclass
class KoreanFunding:
    """Reads one article's sentences in order; remembers who raised money last."""

    raised: Mention | None = None

    def relations(self, doc: Doc, mentions: list[tuple[Span, Mention]], previous_topic: Mention | None) -> list[Triple]:
        roles = roles_of(doc, mentions)
        orgs = [r for r in roles if r.mention.type in ORG_TYPES]
        raised_before, self.raised = self.raised, None
        topic_role = next((r for r in orgs if r.particle in TOPIC_PARTICLES), None)
        out: list[Triple] = []
        for tok in doc:
            received = _received(doc, tok)
            if (tok.lemma_ == "유치" or received) and not refused_after(doc, tok):
                self.raised = topic_role.mention if topic_role is not None else previous_topic
            if received and not refused_after(doc, tok):
                given = [
                    r
                    for r in orgs
                    if r.particle == "의" and doc[r.span.end + 1 : r.span.end + 2].text in RECEIVED_WORDS
                ]
                funders = [
                    r for r in orgs if r.span.end <= tok.i and r.particle in FUNDERS
                ] + given  # `네이버의 투자를`
                investors = [m for r in funders for m in _with_list(roles, r)]
                out += self._invest(doc, tok, investors, topic_role, previous_topic)
            elif (_joining(doc, tok) or (raised_before is not None and _joins(doc, tok))) and not refused_after(
                doc, tok
            ):
                actor = next((r for r in reversed(orgs) if r.span.end <= tok.i and r.particle in ACTOR_PARTICLES), None)
                owner = _round_owner(doc, orgs)
                if actor is None or actor is topic_role and raised_before is None and owner is None:
                    continue  # `리벨리온은 … 참여했다` names no investor of its own
                company = owner or raised_before or previous_topic
                out += self._invest(doc, tok, _with_list(roles, actor), None if owner else topic_role, company)
        return out

    @staticmethod
    def _invest(
        doc: Doc, tok: Token, investors: list[Mention], topic_role: Role | None, fallback: Mention | None
    ) -> list[Triple]:
        company = topic_role.mention if topic_role is not None and topic_role.mention not in investors else fallback
        if company is None or company.type not in ORG_TYPES or company.iri in {i.iri for i in investors}:
            return []  # the company raising is never one of its own investors: the wrong antecedent
        status = status_after(doc, tok)
        return [(i, "investsIn", company, status) for i in investors if i.type in AGENT_TYPES]
