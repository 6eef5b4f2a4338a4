"""Korean partnerships stated of `두 회사` / `양사` (the two companies) rather than by name, or
of two names coordinated as the subject (`마이크로소프트와 뉘앙스는 … 함께 개발해 왔다`).

`마이크로소프트는 오픈AI와 계약을 맺었고, 두 회사는 모델을 함께 개발하기로 했다`, `나델라
CEO도 두 회사의 협력을 강조했다`: Korean news refers back to a pair with a counted noun. The
pair is the last two organisations named in the sentence before the phrase, or the one named
there and the topic carried from the sentences before; the phrase must be the subject or the
owner of a partnering predicate (`협력`, `제휴`, `함께 개발`) in its clause.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ingest.extraction import ORG_TYPES, Mention
from ingest.korean_roles import SUBJECT_PARTICLES, Role, ends_clause, status_after
from ingest.korean_triggers import TOGETHER, trigger_of

Triple = tuple[Mention, str, Mention, str]

PAIR_NOUNS = {"회사", "기업", "곳", "업체"}  # after `두`: `두 회사`, `두 기업`
PAIR_WORDS = {"양사", "양측"}
REACH = 20  # the clause bounds it; an object phrase may be long


def _pair_phrase(doc: Doc) -> list[Token]:
    """The last token of each `두 회사` / `양사` / `양+사` phrase followed by a subject or possessive particle."""
    out: list[Token] = []
    for tok in doc[:-1]:
        before = doc[tok.i - 1] if tok.i else None
        counted = before is not None and (
            (before.text == "두" and tok.lemma_ in PAIR_NOUNS) or (before.text == "양" and tok.text in ("사", "측"))
        )
        if (counted or tok.text in PAIR_WORDS) and doc[tok.i + 1].text in SUBJECT_PARTICLES | {"의"}:
            out.append(tok)
    return out


def _partnering(doc: Doc, phrase: Token) -> Token | None:
    """The partnering predicate (or `함께`) the phrase governs within its clause."""
    for t in doc[phrase.i + 2 : phrase.i + REACH]:
        trigger = trigger_of(doc, t)
        if t.lemma_ in TOGETHER or (trigger is not None and trigger[0] == "partnersWith"):
            return t
        if ends_clause(t) and "ETM" not in t.tag_:  # an adnominal clause sits inside the object
            return None
    return None


def pair_partners(doc: Doc, roles: list[Role], previous_topic: Mention | None) -> list[Triple]:
    out: list[Triple] = []
    for phrase in _pair_phrase(doc):
        predicate = _partnering(doc, phrase)
        if predicate is None:
            continue
        named: list[Mention] = []
        for role in reversed([r for r in roles if r.span.end <= phrase.i and r.mention.type in ORG_TYPES]):
            if all(m.iri != role.mention.iri for m in named):
                named.append(role.mention)
        if len(named) == 1 and previous_topic is not None and previous_topic.type in ORG_TYPES:
            named.append(previous_topic)
        if len(named) >= 2 and named[0].iri != named[1].iri:
            out.append((named[1], "partnersWith", named[0], status_after(doc, predicate)))
    return out


def joint_subjects(doc: Doc, roles: list[Role]) -> list[Triple]:
    """`A와 B는 … 함께 개발해 왔다`: two organisations coordinated as the subject of a clause
    doing something `함께`/`공동으로` are partners (a partnering verb is read by the verb rules,
    which know a merger contract from a partnership)."""
    out: list[Triple] = []
    for first, second in zip(roles, roles[1:], strict=False):
        joined = first.particle in ("와", "과") and second.span.start == first.span.end + 1
        if not joined or second.particle not in SUBJECT_PARTICLES or first.mention.iri == second.mention.iri:
            continue
        if first.mention.type not in ORG_TYPES or second.mention.type not in ORG_TYPES:
            continue
        predicate = _partnering(doc, second.span[-1])
        if predicate is None or predicate.lemma_ not in TOGETHER:
            continue
        if any("ETM" in t.tag_ for t in doc[predicate.i + 1 : predicate.i + 4]):
            continue  # `A와 B가 공동 주도한 투자`: co-investors in a round, told in an adnominal clause
        out.append((first.mention, "partnersWith", second.mention, status_after(doc, predicate)))
    return out
