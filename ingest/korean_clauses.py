"""What a Korean adnominal clause is about.

A predicate ending in an adnominal ending (`공개한`, `넣은`, `쓰는`) modifies the noun after
it: `엔비디아가 공개한 블랙웰` (Blackwell is what was announced), `GPT-4를 넣은 코파일럿`
(Copilot is the user). When that noun is a common noun that is itself an argument (`라마를
쓰는 기업이`), the clause names nobody; when it is an owner (`탑재한 엔비디아의 GPU`), the
owner is not what the clause describes.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ingest.extraction import AGENT_TYPES, Mention
from ingest.korean_roles import OBJECT_PARTICLES, SUBJECT_PARTICLES, Role


def _verb_end(doc: Doc, trigger: Token) -> int | None:
    """The adnominal ending's token (the trigger itself, the one after it, or the one after a
    split-off `하`: `운영/하/는`), else None."""
    for end in range(trigger.i, min(trigger.i + 3, len(doc))):
        if "ETM" in doc[end].tag_:
            return end
        if end > trigger.i and not doc[end].tag_.startswith("XSV"):
            return None
    return None


def relative_head(doc: Doc, trigger: Token, roles: list[Role], wanted: set[str]) -> Mention | None:
    """`엔비디아가 공개한 블랙웰`: the name of a wanted type the clause modifies."""
    end = _verb_end(doc, trigger)
    if end is None:
        return None
    for role in roles:
        if end < role.span.start <= end + 8 and role.mention.type in wanted:  # `만든 데이터센터용 SSD ‘X’`
            between = doc[end + 1 : role.span.start]  # `투자한 회사와 SK텔레콤`: the clause ended on 회사
            return None if any(t.tag_.startswith("J") for t in between) else role.mention
    return None


def relative_user(doc: Doc, trigger: Token, roles: list[Role]) -> Mention | None:
    """`텐서RT-LLM을 적용한 H100`, `GPT-4를 넣은 코파일럿`: the name an adnominal `uses`
    predicate modifies is the user — not an owner (`탑재한 엔비디아의 GPU`), and not past a
    bound noun (`쓰는 만큼 SK하이닉스`)."""
    end = _verb_end(doc, trigger)
    if end is None:
        return None
    for role in roles:
        if end < role.span.start <= end + 4:  # `묶은 슈퍼/컴퓨터 ‘X’`: Kiwi may split the class noun
            bound = any(t.tag_.split("+")[0] == "NNB" for t in doc[end + 1 : role.span.start])
            return role.mention if role.particle != "의" and not bound else None
    return None


def describes_someone_unnamed(doc: Doc, trigger: Token) -> bool:
    """`라마를 쓰는 기업이 늘어도`: an adnominal clause on a common noun that is itself the
    subject or object says nothing about a named user (a predicate noun, `… 쓰는 모듈이다`, is
    the topic itself)."""
    end = _verb_end(doc, trigger)
    if end is None or end + 2 >= len(doc):
        return False
    head, mark = doc[end + 1], doc[end + 2]
    common = head.tag_.split("+")[0] in ("NNG", "NNB") and not head.ent_type_
    copula = "VCP" in mark.tag_ or "VCP" in head.tag_  # `… 연결한 모듈이다`: the clause describes the topic
    return common and not copula and mark.text in SUBJECT_PARTICLES | OBJECT_PARTICLES


def taker(before: list[Role], obj: Mention) -> Mention | None:
    """`애저를 오픈AI의 클라우드로 삼는`: the owner named after the object takes it as its own."""
    start = next((r.span.end for r in before if r.mention is obj), None)
    owners = [r for r in before if start is not None and r.span.start >= start and r.particle == "의"]
    return owners[0].mention if owners and owners[0].mention.type in AGENT_TYPES else None
