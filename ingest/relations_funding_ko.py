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
from ingest.funding_labels import is_lead_in, labelled_investors
from ingest.korean_roles import (
    LIST_GLUE,
    Role,
    compound_end,
    coordinated_with,
    ends_clause,
    refused_after,
    roles_of,
    status_after,
)

Triple = tuple[Mention, str, Mention, str]

MONEY_WORDS = {"투자", "자금", "펀딩", "투자금", "라운드", "시리즈", "투자자", "투자사", "유치"}
RECEIVED_WORDS = {"투자", "자금", "펀딩", "투자금"}  # `투자받다`, `투자를 받다`
JOINING = {"참여", "주도", "합류", "참가", "리드"}
LEADING_VERBS = {"이끌", "나서"}  # `KT가 이끌었다`, `KT가 투자자로 나섰다` (only in a sentence about money)
FUNDERS = {"로부터", "으로부터", "에게서"}
SOURCES = FUNDERS | {"에서"}  # `구글에서 투자받았다`, `구글 등에서 유치한`: only with money received or raised
RAISING = {"조달", "확보", "모으", "마련"}  # `4억 달러를 조달했다`: with an amount or a money word
MONEY_NOUNS = {"투자금", "자금", "펀딩", "투자"}
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


def _raises(doc: Doc, tok: Token) -> bool:
    """`유치했다`, `조달/확보/마련했다`, `모았다` with an amount or a money word as what was raised
    (`자금을 모았다`; `인재를 유치/확보했다` raises nothing)."""
    if tok.lemma_ not in RAISING | {"유치"}:
        return False
    window = doc if tok.lemma_ == "유치" else doc[max(0, tok.i - 5) : tok.i]  # `투자 유치` names the money anywhere
    return any((t.ent_type_ == "MONEY" or t.lemma_ in MONEY_NOUNS | MONEY_WORDS) and t.i != tok.i for t in window)


def _joins(doc: Doc, tok: Token) -> bool:
    """`참여했다`, `주도한`: a joining noun made a verb."""
    return tok.lemma_ in JOINING and tok.i + 1 < len(doc) and doc[tok.i + 1].tag_.startswith("XSV")


def _joining(doc: Doc, tok: Token) -> bool:
    """Joining or leading in a sentence about money (`이번 라운드는 KT가 이끌었다`), or leading the
    round it qualifies (`A와 B가 이끈 8,000만 달러 투자에서`)."""
    if not (_joins(doc, tok) or tok.lemma_ in LEADING_VERBS):
        return False
    qualified = _adnominal(doc, tok) and any(t.lemma_ in MONEY_WORDS for t in doc[tok.i + 1 : tok.i + 6])
    return qualified or any(t.lemma_ in MONEY_WORDS for t in _words_before(doc, tok.i, 12))


def _words_before(doc: Doc, i: int, n: int) -> list[Token]:
    """The n tokens before i, not counting glosses in brackets (`보쉬 벤처스(Bosch Ventures)가`)."""
    out: list[Token] = []
    depth = 0
    for t in reversed(doc[:i]):
        if t.text == ")":
            depth += 1
        elif t.text == "(" and depth:
            depth -= 1
        elif not depth:
            out.append(t)
            if len(out) == n:
                break
    return out


def _adnominal(doc: Doc, tok: Token) -> bool:
    """`유치한`, `받은`: the word itself or the one after carries an adnominal ending."""
    return "ETM" in tok.tag_ or (tok.i + 1 < len(doc) and "ETM" in doc[tok.i + 1].tag_)


def _round_owner(doc: Doc, orgs: list[Role]) -> Mention | None:
    """`리벨리온의 시리즈 B 투자에 참여했다`, `앤트로픽이 유치한 투자에는`: the round's owner raised it."""
    for role in orgs:
        after = doc[role.span.end + 1 : role.span.end + 5]
        if role.particle == "의" and any(t.lemma_ in MONEY_WORDS for t in after):
            return role.mention
        raised = any(t.lemma_ in ("유치", "받") and _adnominal(doc, t) for t in after[:2])
        if role.particle in ACTOR_PARTICLES and raised and any(t.lemma_ in MONEY_WORDS for t in after[1:]):
            return role.mention
    return None


def _with_list(roles: list[Role], role: Role) -> list[Mention]:
    """`A, B와 C가`: the list ending at `role`, and `A와 함께 B, C 같은 기업도` (the names joining with it)."""
    listed = [role.mention, *coordinated_with(roles, role.mention)]
    doc = role.span.doc
    for other in roles:
        together = doc[other.span.end + 1 : other.span.end + 3]
        if other.particle in ("와", "과") and together.text.startswith("함께") and other.mention not in listed:
            listed.append(other.mention)
    return listed


KIND_WORDS = {"같", "등"}  # `NTT, KDDI, 소니 같은 일본 대기업도 참여했다`, `KDDI 등 일본 기업이`


def _described_actor(doc: Doc, orgs: list[Role], tok: Token) -> Role | None:
    """The last name of a list described by a class noun that carries the subject's particle
    (`소니 같은 대기업도`, `KDDI 등 일본 기업이`) before the joining verb."""
    for role in reversed([r for r in orgs if r.span.end <= tok.i and not r.particle]):
        after = doc[role.span.end : min(role.span.end + 7, tok.i)]
        if len(after) and after[0].text in KIND_WORDS:
            if any(t.text in ACTOR_PARTICLES and t.tag_.startswith("J") for t in after[1:]):
                return role
    return None


INVESTOR_NOUNS = {"투자자", "투자사", "투자가", "주주"}


def _listed_from(roles: list[Role], first: Role) -> list[Mention]:
    """`KT와 삼성전자는`: a list that starts at `first` and runs on while names are glued."""
    index = roles.index(first)
    out = [first.mention]
    while roles[index].particle in LIST_GLUE and index + 1 < len(roles):
        index += 1
        out.append(roles[index].mention)
    return out


Named = tuple[Token, list[Mention], Mention | None]


def _investors_named(doc: Doc, roles: list[Role], orgs: list[Role]) -> list[Named]:
    """Investor nouns and whom they name: `A와 B는 X의 주요 투자자다`, `X의 투자자로는 A, B가 있다`,
    `X의 투자자인 A는`, `A가 투자자로 이름을 올렸다` — with the possessor X, when one is named."""
    out: list[Named] = []
    for tok in doc:
        end = compound_end(doc, tok, INVESTOR_NOUNS)
        if end is None:
            continue
        owner = next((r for r in orgs if r.particle == "의" and r.span.end < tok.i <= r.span.end + 3), None)
        after = [t.text for t in doc[end + 1 : end + 3]]
        later = [r for r in orgs if r.span.start > end]
        if after[:2] in (["로", "는"], ["으로", "는"]) or after[:1] in (["로는"], ["으로는"]):
            named = next((r for r in later if r.particle in ACTOR_PARTICLES), None)  # `투자자로는 A, B가`
            investors = _with_list(roles, named) if named is not None else []
        elif "ETM" in doc[end].tag_ or (after[:1] == ["인"]):
            investors = _listed_from(roles, later[0]) if later and later[0].span.start <= end + 2 else []
        elif owner is not None or after[:1] in (["로"], ["으로"]):  # `X의 투자자다`, `투자자로 합류했다`
            named = next(
                (r for r in reversed(orgs) if r.span.end <= tok.i and r is not owner and r.particle in ACTOR_PARTICLES),
                None,
            )
            apart = named is not None and any(ends_clause(t) for t in doc[named.span.end : tok.i])
            investors = _with_list(roles, named) if named is not None and not apart else []
        else:
            continue
        if investors:
            out.append((tok, investors, owner.mention if owner is not None else None))
    return out


@dataclass
class KoreanFunding:
    """Reads one article's sentences in order; remembers who raised money last."""

    raised: Mention | None = None

    def relations(self, doc: Doc, mentions: list[tuple[Span, Mention]], previous_topic: Mention | None) -> list[Triple]:
        listed = labelled_investors(doc.text, mentions)
        company = self.raised or previous_topic
        if listed is not None:  # `- 신규 투자자: A, B` under the round's sentence
            return [(i, "investsIn", company, "asserted") for i in listed if company and i.iri != company.iri]
        if is_lead_in(doc.text) and self.raised is not None:
            return []  # `투자자는 다음과 같다:` keeps the company for the items below
        roles = roles_of(doc, mentions)
        orgs = [r for r in roles if r.mention.type in ORG_TYPES]
        agents = [r for r in roles if r.mention.type in AGENT_TYPES]  # `제프 베이조스 등에게서 투자받았다`
        raised_before, self.raised = self.raised, None
        topic_role = next((r for r in orgs if r.particle in TOPIC_PARTICLES), None)
        out: list[Triple] = []
        for tok in doc:
            received = _received(doc, tok)
            raising = received or _raises(doc, tok)
            joining = not raising and (_joining(doc, tok) or (raised_before is not None and _joins(doc, tok)))
            if not (raising or joining) or refused_after(doc, tok):
                continue
            if raising:
                given = [
                    r
                    for r in agents
                    if r.particle == "의" and doc[r.span.end + 1 : r.span.end + 2].text in RECEIVED_WORDS
                ]  # `네이버의 투자를`
                sources = SOURCES if received or tok.lemma_ == "유치" else FUNDERS  # `A 등에서 N달러를 유치한`
                funders = [r for r in agents if r.span.end <= tok.i and r.particle in sources] + given
                investors = [m for r in funders for m in _with_list(roles, r)]
                raiser = topic_role or next(  # `미스트랄AI가 … 유치했다`: a subject, not only a topic
                    (r for r in orgs if r.span.end <= tok.i and r.particle in ACTOR_PARTICLES and r not in funders),
                    None,
                )
                self.raised = raiser.mention if raiser is not None else previous_topic
                out += self._invest(doc, tok, investors, raiser, previous_topic)
            else:
                actor = next((r for r in reversed(orgs) if r.span.end <= tok.i and r.particle in ACTOR_PARTICLES), None)
                actor = _described_actor(doc, orgs, tok) or actor
                owner = _round_owner(doc, orgs)
                if actor is None or actor is topic_role and raised_before is None and owner is None:
                    continue  # `리벨리온은 … 참여했다` names no investor of its own
                company = owner or raised_before or previous_topic
                found = self._invest(doc, tok, _with_list(roles, actor), None if owner else topic_role, company)
                out += found
                self.raised = found[0][2] if found and self.raised is None else self.raised
        for tok, investors, owner in _investors_named(doc, roles, orgs):
            company = owner or raised_before  # an investor noun alone names no round: one must be under way
            found = self._invest(doc, tok, investors, None, company)
            out += found
            self.raised = found[0][2] if found and owner is None and self.raised is None else self.raised
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
