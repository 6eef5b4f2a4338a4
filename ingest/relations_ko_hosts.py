"""Korean sentences that put one thing into or onto another.

`KT클라우드 인프라에 아톰을 적용`, `페이스북, 인스타그램에 메타 AI를 넣었다`: the name
marked with 에 hosts the object, so it uses it (`에 탑재/채택/도입/적용/연결`). `빙이 GPT-4로
돌아간다`, `삼바-1은 SN40L 위에서 돌아간다`: what something runs on is used — and built on,
when a system or service runs on a chip (conventions 2 and 6 of tests/gold/README.md).
`베드록에서 라마 2를 제공`, `라마 3는 애저, 왓슨x에서 쓸 수 있다`, `애저에 ND MI300X v5 출시`:
what a platform offers, or what can be used on it, is offered on it.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ingest.extraction import ARTIFACT_TYPES, ORG_TYPES, Mention
from ingest.korean_roles import (
    OBJECT_PARTICLES,
    SUBJECT_PARTICLES,
    Role,
    coordinated_with,
    ends_clause,
    status_after,
)
from ingest.relations_hardware import containment

Triple = tuple[Mention, str, Mention, str]

PUTTING = {"넣", "탑재", "적용", "장착", "담", "연결", "통합", "채택", "도입", "올리", "심"}
PUT_IN = {"쓰이", "들어가", "실리"}  # `H200에는 HBM3E가 쓰인다`: the thing is the subject
RUNNING = {"돌아가", "구동", "실행"}
RUNNING_SOMETHING = {"돌리", "시험", "테스트", "구동", "실행"}  # `팀즈를 코발트에서 시험하고 있다`
SUPPORTING = {"지원"}  # `트라이톤 3.0에서 MI300X를 지원`, `ROCm은 MI300X를 지원한다`
OFFERING = {"제공", "서비스", "출시", "공개", "내놓", "배포", "추가", "입점", "올라오"}
# `애저에 X를 출시`, `베드록에 X가 추가됐다`, `X는 애저에도 올라왔다`
OFFERED_AT_HOST = {"출시", "내놓", "추가", "입점", "제공", "올라오"}
USING = {"쓰", "사용", "이용", "활용", "받", "내려받", "다운로드"}  # `X에서 … 받을 수 있다`: downloaded there
VENUE_PARTICLES = {"에서", "에서도", "위에서"}
HOST_PARTICLES = {"에", "에도", "에는"}
RUN_ON_PARTICLES = {"로", "으로", "에서", "위에서", "로도", "으로도"}


def _predicates(doc: Doc, lemmas: set[str]) -> list[Token]:
    # `받/VV-R`: Kiwi marks irregular verbs after a hyphen
    return [t for t in doc if t.lemma_ in lemmas and t.tag_.split("+")[0].split("-")[0] in ("NNG", "VV", "NNP")]


def _passive(doc: Doc, tok: Token) -> bool:
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return nxt is not None and nxt.lemma_ == "되"


def _nearest(roles: list[Role], marks: set[str], types: set[str]) -> Role | None:
    return next((r for r in reversed(roles) if r.particle in marks and r.mention.type in types and not r.base), None)


def _same_clause(doc: Doc, role: Role, tok: Token) -> bool:
    """No connective ending (`제공되고,`) between a name and the predicate."""
    return not any(ends_clause(t) and "ETM" not in t.tag_ for t in doc[role.span.end : tok.i])


def hosted(doc: Doc, roles: list[Role], label: Role | None) -> list[Triple]:
    """`X에 Y를 탑재/넣/적용`: every host uses every thing put in it (lists on both sides);
    in a bullet labelled with a name (`- HBM3: … H100에 탑재`) the label is the thing."""
    out: list[Triple] = []
    for tok in _predicates(doc, PUTTING | SUPPORTING | PUT_IN):
        before = [r for r in roles if r.span.end <= tok.i]
        if tok.lemma_ in SUPPORTING:
            marks = {"에서", "에서도", *SUBJECT_PARTICLES}
            host = _nearest([r for r in before if r.particle not in OBJECT_PARTICLES], marks, ARTIFACT_TYPES)
        else:
            host = _nearest(before, HOST_PARTICLES, ARTIFACT_TYPES | ORG_TYPES)
        marks = OBJECT_PARTICLES | (SUBJECT_PARTICLES if _passive(doc, tok) or tok.lemma_ in PUT_IN else {"도"})
        thing = _nearest([r for r in before if host is None or r is not host], marks, ARTIFACT_TYPES)
        if thing is None and label is not None and label is not host and label.mention.type in ARTIFACT_TYPES:
            thing = label
        if host is None or thing is None or not _same_clause(doc, host, tok):
            continue
        status = status_after(doc, tok)
        for h in [host.mention, *coordinated_with(roles, host.mention)]:
            for t in [thing.mention, *coordinated_with(roles, thing.mention)]:
                # `비전 프로에는 R1 칩이 들어간다`: a device is built on the chips put in it (software supports them)
                inside = t.type == "Chip" and h.type in ARTIFACT_TYPES and tok.lemma_ not in SUPPORTING
                if h.iri != t.iri:
                    out.append((h, containment(h) if inside else "uses", t, status))
    return out


def running_on(doc: Doc, roles: list[Role]) -> list[Triple]:
    """`X가 Y로 돌아간다`, `X는 Y 위에서 돌아간다`: X uses Y, or is built on a chip Y."""
    out: list[Triple] = []
    for tok in _predicates(doc, RUNNING | RUNNING_SOMETHING):
        before = [r for r in roles if r.span.end <= tok.i]
        base = _nearest(before, RUN_ON_PARTICLES, ARTIFACT_TYPES)
        runner = _nearest(before, SUBJECT_PARTICLES, ARTIFACT_TYPES)
        if tok.lemma_ in RUNNING_SOMETHING:
            runner = _nearest(before, OBJECT_PARTICLES, ARTIFACT_TYPES) or (runner if tok.lemma_ in RUNNING else None)
        if base is None or runner is None or runner.span.start > base.span.start or not _same_clause(doc, base, tok):
            continue
        predicate = "builtOn" if base.mention.type == "Chip" and runner.mention.type != "Chip" else "uses"
        for each in [runner.mention, *coordinated_with(roles, runner.mention)]:
            if each.iri != base.mention.iri:
                out.append((each, predicate, base.mention, status_after(doc, tok)))
    return out


def _through(doc: Doc, before: list[Role]) -> Role | None:
    """`세이지메이커를 통해`: the name a `통해` phrase offers something through."""
    for role in reversed(before):
        end = role.span.end
        if doc[end : end + 1].text == "(":  # `‘세이지메이커(SageMaker)’를 통해`: past the gloss
            end = next((t.i + 1 for t in doc[end : end + 8] if t.text == ")"), end)
        words = [t.text for t in doc[end : end + 4]]
        through = words.index("통해") if "통해" in words else 0
        if through and {"을", "를"} & set(words[:through]):
            return role
    return None


def offered_on(doc: Doc, roles: list[Role]) -> list[Triple]:
    """`P에서 X를 제공/출시`, `P에 X 출시`, `P를 통해 X를 제공`, `X는 P에서 쓸 수 있다` (`사용 가능`): X
    offeredOn every platform P listed (companies in the list are no platforms and are left out)."""
    out: list[Triple] = []
    for tok in _predicates(doc, OFFERING | USING):
        available = tok.lemma_ in USING and any(t.text in ("수", "가능") for t in doc[tok.i + 1 : tok.i + 3])
        if tok.lemma_ in USING and not available:
            continue
        before = [r for r in roles if r.span.end <= tok.i]
        marks = VENUE_PARTICLES | (HOST_PARTICLES if tok.lemma_ in OFFERED_AT_HOST else set())
        venue = _nearest(before, marks, ARTIFACT_TYPES | ORG_TYPES)  # a list may end in a company
        through = _through(doc, before) if venue is None else None  # (`통해` ends no clause of its own)
        venue = venue or through
        if venue is None or (through is None and not _same_clause(doc, venue, tok)):
            continue
        after_venue = [r for r in before if r.span.start > venue.span.end]
        marks = OBJECT_PARTICLES if available else OBJECT_PARTICLES | {""}  # `버텍스 AI에서 클로드 3를 쓸 수 있다`
        thing = _nearest(after_venue, marks, ARTIFACT_TYPES)
        if thing is None:
            thing = _nearest([r for r in before if r.span.end <= venue.span.start], SUBJECT_PARTICLES, ARTIFACT_TYPES)
        if thing is None:  # `버텍스 AI에서 젬마를 쓸 수 있다`, `X를 애저에 출시`, `베드록에 X가 추가됐다`
            clause = [r for r in before if r is not venue and _same_clause(doc, r, tok)]
            thing = _nearest(clause, OBJECT_PARTICLES, ARTIFACT_TYPES) or _nearest(
                after_venue, SUBJECT_PARTICLES, ARTIFACT_TYPES
            )
        if thing is None:
            continue
        for platform in [venue.mention, *coordinated_with(roles, venue.mention)]:
            if platform.type == "Platform" and platform.iri != thing.mention.iri:
                out.append((thing.mention, "offeredOn", platform, status_after(doc, tok)))
    return out
