"""Bullets under a lead-in verb: `At the same event Microsoft announced:` followed by
`- ND MI300X v5 virtual machines using …;` — each item's leading name is the object the
lead-in's verb left open, and the lead-in's subject is the doer. Spec lines under a lead-in
(`The published specifications:` then `- Memory: 48 GB of HBM3`) state, by their label, what
the product discussed up to the lead-in uses, is built on or is offered on.

A lead-in that writes its verb's object (`Meta released Llama 3 in two sizes:`, `AWS has been
building its own chips:`) or only a speaker (`as AMD presented them:`) passes nothing on:
its items describe, they do not list.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ingest.en_phrases import mention_at
from ingest.en_topic import Topic
from ingest.extraction import ARTIFACT_TYPES, ORG_TYPES, Mention

BULLETS = {"-", "*", "•", "–"}
LISTING_VERBS = {
    "announce": "announced", "unveil": "announced", "launch": "announced", "introduce": "announced",
    "release": "announced", "debut": "announced", "preview": "announced", "showcase": "announced",
    "develop": "develops", "build": "develops", "design": "develops",
    "use": "uses", "adopt": "uses", "deploy": "uses",
}
OPEN_OBJECTS = {"following", "these", "this", "them"}
Triple = tuple[Mention, str, Mention, str]


def _open_verb(doc: Doc, by_token: dict[int, Mention], topic: Topic) -> tuple[Mention, str] | None:
    """(doer, predicate) of a sentence ending `X announced:` / `X also introduced the following:`."""
    words = [t for t in doc if not t.is_space]
    if not words or words[-1].text != ":":
        return None
    verb = next((t for t in doc if t.dep_ == "ROOT"), None)
    if verb is None or verb.lemma_ not in LISTING_VERBS:
        return None
    if any(c.dep_ in ("dobj", "attr") and c.lower_ not in OPEN_OBJECTS for c in verb.children):
        return None  # the object is written in the lead-in itself (`building its own chips:`)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    doer = (mention_at(subject, by_token) or topic.resolve(subject)) if subject is not None else None
    return (doer, LISTING_VERBS[verb.lemma_]) if doer is not None and doer.type in ORG_TYPES else None


def _item_name(doc: Doc, by_token: dict[int, Mention]) -> Mention | None:
    """The name a bullet starts with (after the bullet and an article)."""
    i = 0
    while i < len(doc) and (doc[i].text in BULLETS or doc[i].is_space):
        i += 1
    if i == 0:
        return None
    if i < len(doc) and doc[i].lower_ in ("the", "a", "an", "new"):
        i += 1
    named = by_token.get(i)
    return named if named is not None and named.type in ARTIFACT_TYPES else None


def listed_items(doc: Doc, by_token: dict[int, Mention], topic: Topic) -> list[Triple]:
    """The lead-in's relation for this bullet, or a labelled spec line's (`- Memory: 48 GB of
    HBM3`) about the product under discussion; remembers a new lead-in, forgets it after prose."""
    item = _item_name(doc, by_token) if _is_bullet(doc[0] if len(doc) else None) else None
    if item is None and not (len(doc) and _is_bullet(doc[0])):
        topic.lead = _open_verb(doc, by_token, topic)
        return []
    if item is None:
        return _spec_line(doc, by_token, topic.spec_of)
    if topic.lead is None:
        return []
    doer, predicate = topic.lead
    return [(doer, predicate, item, "asserted")] if doer.iri != item.iri else []


SPEC_LABELS = {  # a spec line's label -> the relation of the product to what the line names
    "memory": "uses", "hbm": "uses", "dram": "uses",
    "architecture": "builtOn", "design": "builtOn",
    "availability": "offeredOn", "distribution": "offeredOn", "cloud": "offeredOn", "platforms": "offeredOn",
}


def _spec_line(doc: Doc, by_token: dict[int, Mention], product: Mention | None) -> list[Triple]:
    """`- Memory: 48 GB of HBM3` (uses), `- Design: a Tensor Contraction Processor
    architecture` (built on), `- Availability: Azure and OCI` (offered on). A `CPU:` or `GPU:`
    line is left alone: it may list a system's parts or a rival's for comparison."""
    colon = next((t for t in doc[:5] if t.text == ":"), None)
    if product is None or product.type not in ARTIFACT_TYPES or colon is None:
        return []
    label = "".join(t.lower_ for t in doc[: colon.i] if t.text not in BULLETS and not t.is_space)
    kind = SPEC_LABELS.get(label)  # the whole label: `- Co-design:` is no design line
    if kind is None:
        return []
    named = list(dict.fromkeys(by_token[t.i] for t in doc[colon.i + 1 :] if t.i in by_token))
    if kind == "offeredOn":
        return [(product, kind, m, "asserted") for m in named if m.type == "Platform" and m.iri != product.iri]
    return [(product, kind, m, "asserted") for m in named if m.type == "Chip" and m.iri != product.iri]


def _is_bullet(token: Token | None) -> bool:
    return token is not None and token.text in BULLETS


def note_lead_in(doc: Doc, topic: Topic) -> None:
    """After a sentence: a lead-in (`The published specifications:`) opens spec lines about the
    product discussed up to it; bullets keep them open; other prose closes them."""
    words = [t for t in doc if not t.is_space]
    if words and words[-1].text == ":":
        topic.spec_of = topic.artifact
    elif not (words and _is_bullet(words[0])):
        topic.spec_of = None
