"""English relations named by an event noun: `its acquisition of Xilinx`, `the launch of
Gemini`, `Google's release of Gemma`, `AMD's purchase of ZT Systems`.

The doer is the noun's possessor (`its` -> the clause's organisation, else the company the
article is about), else the subject of the verb the noun is the object of (`AMD completed
the acquisition of Xilinx`), else — for a launch written without a doer — the company the
article is about (the catalog check drops it when another maker made the product).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ingest.en_phrases import mention_at, named_right_after, with_conjuncts
from ingest.en_topic import Topic, antecedent_in_sentence
from ingest.extraction import ARTIFACT_TYPES, ORG_TYPES, Mention

EVENT_NOUNS = {
    "acquisition": "acquired",
    "purchase": "acquired",
    "takeover": "acquired",
    "buyout": "acquired",
    "launch": "announced",
    "release": "announced",
    "unveiling": "announced",
    "introduction": "announced",
    "debut": "announced",
}
Triple = tuple[Mention, str, Mention, str]


def _doer(noun: Token, by_token: dict[int, Mention], topic: Topic) -> Mention | None:
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None:
        named = by_token.get(owner.i)
        if named is None and owner.lower_ in ("its", "their"):
            named = antecedent_in_sentence(owner, by_token) or _clause_subject(noun, by_token) or topic.agent
        return named
    if noun.dep_ in ("dobj", "pobj", "attr"):
        return _clause_subject(noun, by_token)
    return None


def _clause_subject(noun: Token, by_token: dict[int, Mention]) -> Mention | None:
    node = noun
    while node.head.i != node.i and node.dep_ not in ("nsubj", "nsubjpass"):
        node = node.head
        subject = next((c for c in node.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.i != noun.i:  # `Marvell said it completed its acquisition of …`
            return mention_at(subject, by_token) or antecedent_in_sentence(subject, by_token)
    return None


def event_relations(doc: Doc, by_token: dict[int, Mention], topic: Topic) -> list[Triple]:
    out: list[Triple] = []
    for tok in doc:
        predicate = EVENT_NOUNS.get(tok.lemma_.lower())
        if predicate is None or tok.pos_ != "NOUN":
            continue
        of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        pobj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if of is not None and (pobj is None or mention_at(pobj, by_token) is None):
            pobj = named_right_after(of, by_token) or pobj  # `acquisition of the coding startup Windsurf`
        wanted = ORG_TYPES if predicate == "acquired" else ARTIFACT_TYPES
        if pobj is None:  # `closed the Sound United purchase`: the name before the noun
            named = [by_token[c.i] for c in tok.children if c.dep_ == "compound" and c.i in by_token]
            things = [m for m in named[-1:] if m.type in wanted and predicate == "acquired"]
        else:
            things = [m for m in with_conjuncts(mention_at(pobj, by_token, wanted), pobj, by_token) if m.type in wanted]
        if not things:
            continue
        doer = _doer(tok, by_token, topic)
        if doer is None and predicate == "announced" and tok.dep_ == "nsubj":
            doer = topic.agent  # `The launch of Gemini in December made …`
        if doer is None or doer.type not in ORG_TYPES:
            continue
        ahead = any(c.dep_ == "amod" and c.lower_ in ("planned", "proposed", "pending") for c in tok.children)
        out += [(doer, predicate, t, "planned" if ahead else "asserted") for t in things if t.iri != doer.iri]
    return out
