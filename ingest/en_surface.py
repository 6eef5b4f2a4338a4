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


BOUGHT = {"bought", "acquired", "purchased"}
APPOSITION_OPENERS = {"the", "a", "an"}


def bought_appositions(doc: Doc, by_token: dict[int, Mention]) -> list[Triple]:
    """`Nuvia, the chip startup Qualcomm bought in 2021`: an apposition whose class words are
    followed by a company and a buying verb with no object of its own says that company
    acquired the name before it (the small parser reads the class noun as a verb there)."""
    out: list[Triple] = []
    for comma in doc[1:-3]:
        named = by_token.get(comma.i - 1)
        if comma.text != "," or named is None or named.type != "Company":
            continue
        if doc[comma.i + 1].lower_ not in APPOSITION_OPENERS:
            continue
        j = comma.i + 2
        while j < min(len(doc), comma.i + 6) and j not in by_token and (doc[j].is_lower or doc[j].is_upper):
            j += 1
        buyer, end = by_token.get(j), j
        while buyer is not None and end + 1 < len(doc) and by_token.get(end + 1) is buyer:
            end += 1
        if buyer is None or buyer.type != "Company" or buyer.iri == named.iri or j == comma.i + 2:
            continue
        verb, after = doc[end + 1] if end + 1 < len(doc) else None, doc[end + 2] if end + 2 < len(doc) else None
        owns_object = after is not None and after.pos_ in ("NOUN", "PROPN", "DET", "NUM", "PRON")
        if verb is not None and verb.lower_ in BOUGHT and not owns_object:
            out.append((buyer, "acquired", named, "asserted"))
    return out
