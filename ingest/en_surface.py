"""`GPT-4o powers ChatGPT`, `ChatGPT now runs GPT-4o`: name, verb, name, read from the
surface when the small parser takes the verb for a plural noun (`powers` NNS) or the
object for an adverb, so the dependency rules see no clause.

Only a verb word standing between two names (an adverb or article may sit between) counts,
and only when the parser did not make it a verb — a parsed clause is the verb rules' job.
The subject is the name before; `powers` turns the roles round (what powers is used).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ingest.extraction import ARTIFACT_TYPES, Mention
from ingest.relations_hardware import containment

FILLERS = {"now", "also", "already", "still", "the", "a", "an", "its", "their"}
Triple = tuple[Mention, str, Mention, str]


def _name_before(verb: Token, by_token: dict[int, Mention]) -> Mention | None:
    j = verb.i - 1
    while j >= 0 and verb.doc[j].lower_ in FILLERS:
        j -= 1
    return by_token.get(j)


def _name_after(verb: Token, by_token: dict[int, Mention]) -> Mention | None:
    j = verb.i + 1
    while j < len(verb.doc) and verb.doc[j].lower_ in FILLERS:
        j += 1
    return by_token.get(j)


def surface_clauses(doc: Doc, by_token: dict[int, Mention], triggers: dict[str, str]) -> list[Triple]:
    out: list[Triple] = []
    for verb in doc:
        lemma = verb.lemma_.lower().removesuffix("s") if verb.pos_ == "NOUN" else verb.lemma_.lower()
        parsed = verb.pos_ == "VERB" and any(c.dep_ == "dobj" for c in verb.children)
        if lemma not in triggers or parsed or verb.i in by_token or not verb.lower_.endswith("s"):
            continue
        subject, obj = _name_before(verb, by_token), _name_after(verb, by_token)
        if subject is None or obj is None or subject.iri == obj.iri:
            continue
        if lemma == "power":
            subject, obj = obj, subject  # `GPT-4o powers ChatGPT`: ChatGPT uses GPT-4o
        if subject.type in ARTIFACT_TYPES and obj.type in ARTIFACT_TYPES:
            predicate = containment(subject) if obj.type == "Chip" and lemma == "power" else triggers[lemma]
            out.append((subject, predicate, obj, "asserted"))
    return out
