"""Korean rivalry stated by a comparison or by standing against something.

`엑사원 3.0이 라마 3.1 8B, 젬마 2 9B 등 비슷한 크기의 모델보다 높은 점수를 받았다`, `가우디3는
H100 대비 50% 빠르다`: the subject and everything it is measured against (`보다`, `대비`, `에 비해`,
`와 비교해`) compete. `CUDA에 대응하는 자체
소프트웨어 CANN`, `H100에 맞서는 MI300X`: what stands against a name competes with it.
Only names of one kind pair up (organisations with organisations, products with products).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ingest.extraction import ARTIFACT_TYPES, ORG_TYPES, Mention
from ingest.korean_roles import SUBJECT_PARTICLES, Role, coordinated_with

Triple = tuple[Mention, str, Mention, str]

AGAINST = {"대응", "대항", "맞서", "필적", "맞먹"}
MAX_THAN_GAP = 14  # `젬마 2 9B 등 비슷한 크기의 글로벌 공개 모델보다`


def kind_of(mention: Mention) -> str:
    """Only names of one kind compete: `org` with `org`, `thing` (chip, product, platform) with `thing`."""
    return "org" if mention.type in ORG_TYPES else "thing" if mention.type in ARTIFACT_TYPES else ""


def _pairs(left: Mention, rights: list[Mention]) -> list[Triple]:
    return [
        (left, "competesWith", r, "asserted") for r in rights if r.iri != left.iri and kind_of(r) == kind_of(left) != ""
    ]


def _comparing(doc: Doc, tok: Token) -> bool:
    """`H100 대비`, `H100에 비해`, `GPT-4와 비교해`: a comparison marker right after a name."""
    previous = doc[tok.i - 1].text if tok.i else ""
    return (
        (tok.lemma_ == "대비" and tok.tag_.startswith("NNG"))
        or (tok.lemma_ == "비하" and previous in ("에", "에게"))
        or (tok.lemma_ == "비교" and previous in ("와", "과"))
    )


EARLIER = {"전년", "작년", "지난해", "전분기", "분기", "이전", "과거", "예전", "전작", "기존", "종전", "전월"}


def compared(doc: Doc, roles: list[Role]) -> list[Triple]:
    """`X가/는 … Y(, Z 등 …)보다`, `X는 Y 대비/에 비해/와 비교해`: X competes with Y and Z."""
    out: list[Triple] = []
    for than in (t for t in doc if (t.text == "보다" and "JKB" in t.tag_) or _comparing(doc, t)):
        if than.i and doc[than.i - 1].text in EARLIER:
            continue  # `매출이 전년보다 37% 늘었다`: compared with its own past, not a rival
        before = [r for r in roles if r.span.end <= than.i]
        last = before[-1] if before else None
        if last is None:
            continue
        if _comparing(doc, than):
            if than.i - last.span.end > 1:  # the marker follows the name or its particle
                continue
        elif than.i - last.span.end > MAX_THAN_GAP or last.particle in SUBJECT_PARTICLES:
            continue
        if any(t.tag_.split("+")[0] in ("VV", "EF") or "EC" in t.tag_ for t in doc[last.span.end : than.i]):
            continue
        subject = next((r for r in reversed(before[:-1]) if r.particle in SUBJECT_PARTICLES), None)
        if subject is not None:
            out += _pairs(subject.mention, [last.mention, *coordinated_with(roles, last.mention)])
    return out


def standing_against(doc: Doc, roles: list[Role]) -> list[Triple]:
    """`A에 대응하는/맞서는 (자체 …) B`: B competes with A."""
    out: list[Triple] = []
    for i, role in enumerate(roles):
        if role.particle not in ("에", "에게"):
            continue
        verb = next((t for t in doc[role.span.end : role.span.end + 4] if t.lemma_ in AGAINST), None)
        if verb is None or not any("ETM" in t.tag_ for t in doc[verb.i : verb.i + 3]):
            continue
        rival = next((r for r in roles[i + 1 :] if r.span.start - verb.i <= 7), None)
        if rival is not None:
            out += _pairs(rival.mention, [role.mention])
    return out
