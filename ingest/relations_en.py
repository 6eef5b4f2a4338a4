"""English relations from the dependency parse of en_core_web_sm.

A trigger verb picks the relation; its subject comes from `nsubj` (climbing through
xcomp/advcl/conj to the clause that has one), its object from `dobj` or a preposition
(`with`, `in`, `on`, `to`). Passive clauses swap roles (`X was acquired by Y`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ingest.extraction import Mention
from ingest.relations_ko import AGENTS, OBJECT_TYPES

# verb lemma -> (relation, preposition that introduces the object, or "" for dobj)
TRIGGERS: dict[str, tuple[str, str]] = {
    "partner": ("partnersWith", "with"),
    "collaborate": ("partnersWith", "with"),
    "team": ("partnersWith", "with"),
    "ally": ("partnersWith", "with"),
    "work": ("partnersWith", "with"),
    "develop": ("develops", ""),
    "build": ("develops", ""),
    "design": ("develops", ""),
    "create": ("develops", ""),
    "make": ("develops", ""),
    "announce": ("announced", ""),
    "unveil": ("announced", ""),
    "launch": ("announced", ""),
    "introduce": ("announced", ""),
    "release": ("announced", ""),
    "debut": ("announced", ""),
    "use": ("uses", ""),
    "adopt": ("uses", ""),
    "deploy": ("uses", ""),
    "acquire": ("acquired", ""),
    "buy": ("acquired", ""),
    "invest": ("investsIn", "in"),
    "supply": ("supplies", "to"),
    "ship": ("supplies", "to"),
    "compete": ("competesWith", "with"),
    "rival": ("competesWith", ""),
}
HEDGED_HEADS = {"plan", "seek", "consider", "aim", "intend", "expect", "hope"}
HEDGED_WORDS = {"talks", "reportedly", "may", "might", "could"}
CLIMB = {"xcomp", "advcl", "conj", "ccomp", "relcl", "acl"}


def _mention_at(token: Token, by_token: dict[int, Mention]) -> Mention | None:
    for t in token.subtree:
        if t.i in by_token:
            return by_token[t.i]
    return None


def _subject(verb: Token, by_token: dict[int, Mention]) -> tuple[Mention | None, bool]:
    """The agent of `verb` and whether the clause is passive."""
    node: Token | None = verb
    while node is not None:
        for child in node.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                passive = child.dep_ == "nsubjpass"
                if node.dep_ == "relcl" and child.tag_ in ("WDT", "WP"):
                    return _mention_at(node.head, by_token), passive
                return _mention_at(child, by_token), passive
        if node.dep_ == "relcl":
            return _mention_at(node.head, by_token), False
        node = node.head if node.dep_ in CLIMB and node.head is not node else None
    return None, False


def _object(verb: Token, prep: str, by_token: dict[int, Mention]) -> Mention | None:
    for child in verb.children:
        if not prep and child.dep_ in ("dobj", "attr", "oprd"):
            return _mention_at(child, by_token)
        if child.dep_ in ("prep", "prt") and child.lower_ in (prep or "with", "with", "in", "on", "to"):
            if prep and child.lower_ != prep:
                continue
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return _mention_at(pobj, by_token)
    return None


def _agent(verb: Token, by_token: dict[int, Mention]) -> Mention | None:
    for child in verb.children:
        if child.dep_ == "agent":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return _mention_at(pobj, by_token)
    return None


def english_relations(doc: Doc, mentions: list[tuple[Span, Mention]]) -> list[tuple[Mention, str, Mention, str]]:
    """(subject, predicate, object, status) found in one sentence."""
    by_token: dict[int, Mention] = {}
    for span, mention in mentions:
        by_token.setdefault(span.root.i, mention)
        for t in span:
            by_token.setdefault(t.i, mention)
    found: list[tuple[Mention, str, Mention, str]] = []
    for verb in doc:
        if verb.pos_ not in ("VERB", "NOUN") or verb.lemma_ not in TRIGGERS:
            continue
        predicate, prep = TRIGGERS[verb.lemma_]
        subject, passive = _subject(verb, by_token)
        obj = _object(verb, prep, by_token)
        if passive:
            subject, obj = _agent(verb, by_token), subject
        if verb.pos_ == "NOUN" and predicate != "partnersWith":
            continue
        if subject is None or obj is None or subject.iri == obj.iri:
            continue
        if subject.type not in AGENTS or obj.type not in OBJECT_TYPES[predicate]:
            continue
        status = "asserted"
        if verb.head.lemma_ in HEDGED_HEADS or any(t.lower_ in HEDGED_WORDS for t in doc):
            status = "hedged"
        found.append((subject, predicate, obj, status))
    return found
