"""Korean lists of a company's customers, investors, rivals or partners, named by the noun:
`무브웍스의 고객사로는 A, B, C 등이 있다`, `A, B 등이 피그마의 고객사다`.

The members are names in a run rather than arguments of a verb: after `X의 <noun>로는` (or `에는`) up to
the clause's `있다`, or before `X의 <noun>다`. The noun says the relation and its direction.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc

from ingest.extraction import AGENT_TYPES as AGENTS
from ingest.extraction import Mention
from ingest.korean_roles import LIST_GLUE, SUBJECT_PARTICLES, Role, ends_clause, past_gloss, status_after

Triple = tuple[Mention, str, Mention, str]

LIST_NOUNS = {
    "고객": "customer", "고객사": "customer", "투자자": "investor", "투자사": "investor", "주주": "investor",
    "경쟁사": "rival", "경쟁자": "rival", "협력사": "partner", "파트너": "partner", "파트너사": "partner",
}  # fmt: skip
MEMBER_PARTICLES = {"", "등", *LIST_GLUE, *SUBJECT_PARTICLES}
MODIFIERS = 2  # `X의 주요 고객사`, `X의 대형 고객`


def listed_relations(doc: Doc, roles: list[Role]) -> list[Triple]:
    """Relations between the owner of a list noun (`X의 고객사`) and the names it lists."""
    out: list[Triple] = []
    for role in roles:
        after = past_gloss(doc, role.span.end)
        if role.mention.type not in AGENTS or after >= len(doc) or doc[after].text != "의":
            continue
        found = _list_noun(doc, after + 1)
        if found is None:
            continue
        kind, last = found
        members = _members_after(doc, roles, last) if _topic_marked(doc, last) else []
        if not members and _is_copula(doc, last):
            members = _members_before(doc, roles, role)
        status = status_after(doc, doc[last])
        out += [_triple(kind, role.mention, m, status) for m in members if m.iri != role.mention.iri]
    return out


def _list_noun(doc: Doc, start: int) -> tuple[str, int] | None:
    """The list noun within a few words after `의`, and its last token (`고객`+`사`)."""
    for i in range(start, min(start + MODIFIERS + 1, len(doc))):
        word = doc[i].text
        if i + 1 < len(doc) and doc[i + 1].text == "사" and word + "사" in LIST_NOUNS:
            return LIST_NOUNS[word + "사"], i + 1
        if word in LIST_NOUNS:
            return LIST_NOUNS[word], i
        if ends_clause(doc[i]) or doc[i].tag_.startswith(("J", "V", "S")):
            return None
    return None


def _topic_marked(doc: Doc, last: int) -> bool:
    """`고객사로는`, `고객사에는`: the list follows."""
    nxt = [t.text for t in doc[last + 1 : last + 3]]
    return nxt[:1] in (["로"], ["으로"], ["에"]) and nxt[1:] == ["는"]


def _is_copula(doc: Doc, last: int) -> bool:
    """`피그마의 고객사다`, `고객사이다`: the list came before."""
    return "VCP" in doc[last].tag_ or (last + 1 < len(doc) and "VCP" in doc[last + 1].tag_)


def _members_after(doc: Doc, roles: list[Role], last: int) -> list[Mention]:
    end = next((t.i for t in doc[last + 1 :] if t.lemma_ in ("있", "포함", "꼽히") or ends_clause(t)), len(doc))
    return _unique(r.mention for r in roles if last < r.span.start < end and r.mention.type in AGENTS)


def _members_before(doc: Doc, roles: list[Role], owner: Role) -> list[Mention]:
    """The run of names right before the owner, back to the clause's start."""
    members: list[Mention] = []
    for role in reversed([r for r in roles if r.span.end <= owner.span.start]):
        if role.particle not in MEMBER_PARTICLES or role.mention.type not in AGENTS:
            break
        if any(ends_clause(t) for t in doc[role.span.end : owner.span.start]):
            break
        members.insert(0, role.mention)
    return _unique(members)


def _unique(mentions: Iterable[Mention]) -> list[Mention]:
    """One per entity: a glossed name and its gloss are one member."""
    seen: dict[str, Mention] = {}
    for m in mentions:
        seen.setdefault(m.iri, m)
    return list(seen.values())


def _triple(kind: str, owner: Mention, member: Mention, status: str) -> Triple:
    if kind == "customer":
        return (owner, "supplies", member, status)
    if kind == "investor":
        return (member, "investsIn", owner, status)
    return (owner, "competesWith" if kind == "rival" else "partnersWith", member, status)
