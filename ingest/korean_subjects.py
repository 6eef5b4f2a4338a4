"""Who does it, in a Korean sentence: the subject of a predicate.

The subject particle marks it (`은/는/이/가`, also `도`), unless the sentence names a source
(`로이터에 따르면`), a list closed by `등 N개 기업이`, a headline's opening name (`스노우플레이크,
니바 인수 발표`), a bare maker in a labelled bullet, the organisation before a person who
speaks for it (`엔비디아 CEO 젠슨 황은`), a passive's agent (`메타에 의해`) or the sentence's
possessor (`오픈AI의 첫 개발자 행사에서`); else the previous sentence's topic stands in.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ingest.extraction import AGENT_TYPES as AGENTS
from ingest.extraction import ORG_TYPES, Mention
from ingest.korean_name_lists import org_list_closer
from ingest.korean_roles import SUBJECT_PARTICLES, Role, past_gloss


def listed_subject(doc: Doc, before: list[Role]) -> Mention | None:
    """`도요타, 덴소, NEC 등 8개 기업이 출자한`: the last name of a list closed by `등` and an
    organisation noun that carries the subject particle (the rest are coordinated with it)."""
    closer = next((t.i for t in doc if t.text == "등" and org_list_closer(doc, t.i)), None)
    if closer is None or not any(t.text in SUBJECT_PARTICLES for t in doc[closer + 1 : closer + 6]):
        return None
    members = [r for r in before if r.span.end <= closer and r.mention.type in AGENTS]
    return members[-1].mention if members else None


def bare_agent(before: list[Role]) -> Mention | None:
    """In a labelled bullet the maker may stand without a particle: `마이크론 2024년 2월 양산`."""
    for role in reversed(before):
        if role.mention.type in AGENTS and role.particle in SUBJECT_PARTICLES | {"", ","}:
            return role.mention
    return None


def possessor_org(doc: Doc, roles: list[Role], allowed: set[str]) -> Mention | None:
    """`오픈AI의 첫 개발자 행사에서 … 나왔다`, `애플(Apple)의 …`: the possessor organisation of the
    sentence (past a gloss)."""
    for role in roles:
        end = past_gloss(doc, role.span.end)
        if end < len(doc) and doc[end].text == "의" and role.mention.type in allowed:
            return role.mention
    return None


def headline_subject(doc: Doc, roles: list[Role], allowed: set[str]) -> Mention | None:
    """`스노우플레이크, 니바 인수 발표` / `데이터브릭스: 모자이크ML 인수`: the name before the
    comma or colon opening a headline-style line is its subject."""
    for role in roles[:1]:
        nxt = doc[role.span.end].text if role.span.end < len(doc) else ""
        lead = doc[: role.span.start]  # `- 2024년 3월: 데이터브릭스, DBRX 공개`: a date may come first
        dated = all(t.text in ("-", ":", "•") or t.tag_.split("+")[0] in ("SN", "NNB", "SF", "SP", "SW") for t in lead)
        if nxt in (",", ":") and role.mention.type in allowed and (role.span.start <= 3 or dated):
            return role.mention
    return None


def has_subject_particle(before: list[Role], allowed: set[str]) -> bool:
    return any(r.particle in SUBJECT_PARTICLES and r.mention.type in allowed for r in before)


def subject_of(
    before: list[Role],
    previous_topic: Mention | None,
    roles: list[Role],
    allowed: set[str],
    speaking: list[Role] | None = None,
    trigger: int | None = None,
) -> Mention | None:
    subjects = [r for r in before if r.particle in SUBJECT_PARTICLES and r.mention.type in allowed]
    if subjects:
        # `삼성전자는 트리톤이 가진 X 지분을 사들이기로`: a relative clause's subject yields to the topic
        topics = [r for r in subjects[:-1] if r.particle in ("은", "는")]
        relative = trigger is not None and _relative_subject(subjects[-1], trigger)
        return topics[-1].mention if topics and relative else subjects[-1].mention
    for role in roles:
        if role.particle in SUBJECT_PARTICLES and role.mention.type in allowed and role not in (speaking or []):
            return role.mention
    return previous_topic if previous_topic and previous_topic.type in allowed else None


def _relative_subject(role: Role, trigger: int) -> bool:
    """`트리톤이 가진`: the name's own verb, before the trigger, ends in an adnominal ending."""
    doc = role.span.doc
    start = past_gloss(doc, role.span.end) + 1
    for t in doc[start : min(start + 2, trigger)]:
        if t.text == "같" or t.lemma_ == "같":
            return False  # `애플도 같은 해 6월 …`: `같은` qualifies a time, the name is no verb's subject
        if "ETM" in t.tag_.split("+"):
            return True
        if not t.tag_.startswith(("NNG", "XSV", "VV", "VA")):
            return False
    return False


def employer(doc: Doc, before: list[Role]) -> Mention | None:
    """The organisation named right before a person who is the subject (`엔비디아 CEO 젠슨 황은`):
    the person speaks for it, and it makes what is announced."""
    for i, role in enumerate(before):
        if role.particle in SUBJECT_PARTICLES and role.mention.type == "Person" and i > 0:
            org = before[i - 1]
            if org.mention.type in ORG_TYPES and not org.particle and role.span.start - org.span.end <= 2:
                return org.mention
    return None


def by_agent(doc: Doc, before: list[Role], allowed: set[str]) -> Mention | None:
    """The agent of a passive marked `에 의해`."""
    for role in reversed(before):
        after = doc[role.span.end + 1] if role.span.end + 1 < len(doc) else None
        if role.particle == "에" and after is not None and after.lemma_ == "의하" and role.mention.type in allowed:
            return role.mention
    return None


def sources(doc: Doc, roles: list[Role]) -> list[Role]:
    """Names inside a `… 따르면` clause (`로이터가 인용한 UBS 분석에 따르면`): who reports."""
    end = next((t.i for t in doc if t.lemma_ == "따르" and t.i + 1 < len(doc) and doc[t.i + 1].text == "면"), None)
    return [r for r in roles if end is not None and r.span.end <= end]
