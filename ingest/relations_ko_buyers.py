"""Who bought whom, when Korean word order leaves the parties to particles and context.

A passive (`모자이크ML은 데이터브릭스에 인수됐다`), an object left unsaid (`2013년 구글이
인수했고`), a topic bought by the subject after it (`디팝은 엣시가 인수했다`), an object marked
`도` after the buyer's topic (`엔비디아는 스위프트스택도 인수했다`), and shares bought whole or
in part (`볼파라 지분 100%를`, `Arm 주식을`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ingest.extraction import ORG_TYPES, Mention
from ingest.korean_roles import OBJECT_PARTICLES, SUBJECT_PARTICLES, Role, ends_clause, past_gloss
from ingest.names_common import first_tag
from ingest.relations_ko_trade import whole_stake

TOPIC_PARTICLES = {"은", "는"}
DATING = {"지난", "오는"}  # `지난 3월`: a date, not a clause of its own


def topicalized_deal(doc: Doc, before: list[Role], trigger_i: int) -> tuple[Mention | None, Mention | None]:
    """(buyer, bought) of an active `인수` with no object particle: the topic is bought by a later
    subject (`디팝은 2021년 엣시가 인수했다`), or the buyer's topic bought a name marked `도` just
    before the verb (`엔비디아는 3월 스위프트스택도 인수했다`); (None, None) otherwise."""
    if any("ETM" in t.tag_ for t in doc[trigger_i + 1 : trigger_i + 3]):
        return None, None  # `하만이 인수한 회사`: the clause describes what follows
    clause = [
        r for r in before if not any(ends_clause(t) and t.text not in DATING for t in doc[r.span.end : trigger_i])
    ]
    orgs = [r for r in clause if r.mention.type in ORG_TYPES]
    if any(r.particle in OBJECT_PARTICLES for r in clause) or len(orgs) < 2:
        return None, None
    topic, last = orgs[0], orgs[-1]
    if topic.particle not in TOPIC_PARTICLES or topic.mention.iri == last.mention.iri:
        return None, None
    if last.particle in ("이", "가"):
        return last.mention, topic.mention
    if last.particle == "도" and past_gloss(doc, last.span.end) + 1 >= trigger_i:
        return topic.mention, last.mention
    return None, None


def dropped_object(doc: Doc, tok: Token, subject: Mention, topic: Mention | None) -> Mention | None:
    """`(보스턴 다이내믹스는 …) 2013년 구글이 인수했고`: an acquisition whose object goes unsaid
    is of the company the text is about, when no object word (`스타트업을`) is written either."""
    verb = tok.i + 1 < len(doc) and doc[tok.i + 1].tag_.startswith("XSV")  # `인수했고`, not `인수를 막기`
    if not verb or topic is None or topic.type not in ORG_TYPES or topic.iri == subject.iri:
        return None
    clause_start = max((t.i for t in doc[: tok.i] if ends_clause(t)), default=-1) + 1
    return None if any(t.tag_.startswith("JKO") for t in doc[clause_start : tok.i]) else topic


def passive_parties(before: list[Role], subject: Mention | None) -> tuple[Mention | None, Mention | None]:
    """The agent marked with 에/에게 and the undergoer marked as subject of a passive."""
    agent = next(
        (r.mention for r in reversed(before) if r.particle in ("에", "에게") and r.mention.type in ORG_TYPES), None
    )
    undergoer = next((r.mention for r in reversed(before) if r.particle in SUBJECT_PARTICLES), None)
    return (agent, undergoer) if agent is not None and undergoer is not None else (subject, None)


def bought_whole(role: Role) -> bool:
    """The name, then all its shares as the object: `X 지분 100%를`, `X 주식 전량을`."""
    doc = role.span.doc
    start = past_gloss(doc, role.span.end)
    if start < len(doc) and doc[start].text == "의":
        start += 1  # `이타카 홀딩스(…)의 지분 100%를`
    particle = next((t for t in doc[start : start + 6] if first_tag(t.tag_).startswith("J")), None)
    return particle is not None and particle.text in OBJECT_PARTICLES and whole_stake(doc[start : particle.i])


def part_bought(doc: Doc, before: list[Role], obj: Mention, at: int) -> bool:
    """A noun between the company and its particle (`Arm 주식을`, `엔비디아 GPU를`): its shares, a
    stake or goods were bought, not the company itself (unless all its shares)."""
    end = next((past_gloss(doc, r.span.end) for r in reversed(before) if r.mention is obj), at)
    if whole_stake(doc[end:at]):
        return False  # `볼파라 지분 100%를 사들이는`: the company itself
    for t in doc[end:at]:
        if first_tag(t.tag_).startswith("J"):
            return False
        if first_tag(t.tag_) in ("NNG", "NNP", "SL"):
            return True
    return False
