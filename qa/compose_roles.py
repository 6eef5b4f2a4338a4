"""`Who founded X`: the people of the best sentence that ties the role to X (qa.roles).

A question asking for several people (`공동창업자 3명 누구누구`, `who are the co-founders`)
takes the sentence, among the best, that names the most of them: `Mistral AI was founded by A,
B and C` rather than `A, Mistral's co-founder and chief executive`.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from ingest.extraction import ORG_TYPES
from qa.attributes import attributes_of
from qa.compose import LOOK_AT, PERSON_TYPES, Composed, Evidence
from qa.question import Question
from qa.retrieval.lexicon import lexicon_forms
from qa.roles import asks_role, role_holders

SEVERAL = re.compile(
    r"\d\s?명|(?:두|세|네|다섯)\s?명|[가-힣]들(?![가-힣])|누구누구"
    r"|\b(?:co-?founders|founders|who are|two|three|four)\b",
    re.I,
)


def compose_role_holders(q: Question, ranked: list[Evidence], surfaces: Callable[[str], list[str]]) -> Composed | None:
    """The role holders of the first sentence tying the role to the asked organisation (of the
    one naming the most, when several are asked for)."""
    asked = {m.iri for m in q.entities if m.type not in PERSON_TYPES}  # a firm, or what it runs (`GroqCloud`)
    named = {m.iri for m in q.entities}  # `who runs X after Wang left`: not Wang
    names = [n for iri in asked for n in surfaces(iri)] + [m.text for m in q.entities if m.iri in asked]
    # `임시 대표`: the sentences qualifying the role as asked (`임시로 맡았고`) first
    qualified = [f.lower() for f in lexicon_forms(q.text) if not asks_role(attributes_of(f))]
    first = [ev for ev in ranked[: 2 * LOOK_AT] if any(f in ev.text.lower() for f in qualified)]
    taken = {ev.key for ev in first}
    several = bool(SEVERAL.search(q.text))
    best: Composed | None = None
    for ev in first + [ev for ev in ranked[:LOOK_AT] if ev.key not in taken]:
        people = [iri for iri, t in ev.entities if t in PERSON_TYPES and iri not in named]
        others = [iri for iri, t in ev.entities if t in ORG_TYPES and iri not in asked]
        found = role_holders(ev.text, names, people, others, surfaces) if people and asked else []
        if found and (best is None or len(set(found)) > len(best[1])):
            best = "", list(dict.fromkeys(found)), [ev]
            if not several:
                break
    return best
