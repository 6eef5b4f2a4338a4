"""Relations a relational noun states between two parties, not a verb: `ROCm, its
counterpart to Nvidia's CUDA`, `X is an alternative to Y`, `Google's answer to GPT-4`
(competesWith); `X was named Meta's preferred partner` (partnersWith); `the partnership
between Microsoft and OpenAI`, `the race between SK hynix and Samsung` (partnersWith /
competesWith); `the main supplier of HBM3 for Nvidia's H100` (the product supplied for uses
the part).

The noun's own party is the name it describes: the name it is in apposition to (also through
`of`: `- ROCm 6: the release of AMD's stack, its counterpart to CUDA`), the other side of
`be`/`become` (`X is an alternative to Y`, `A's answer to Y is X`), or — for an
owner's `answer to GPT-4` — the product the article is discussing. Both parties must be of
one kind: two organisations or two products.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ingest.en_phrases import denied, mention_at, named_list, with_conjuncts
from ingest.en_topic import Topic
from ingest.extraction import ARTIFACT_TYPES, ORG_TYPES, Mention
from ingest.relations_hardware import containment

RIVAL_NOUNS = {"counterpart", "answer", "alternative", "rival", "competitor", "challenger", "equivalent", "response"}
PARTNER_NOUNS = {
    "partnership", "alliance", "collaboration", "deal", "agreement", "arrangement", "pact", "tie-up",
    "relationship", "venture", "cooperation",
}
RIVALRY_NOUNS = {"rivalry", "competition", "race", "battle", "fight", "contest", "duel"}
Triple = tuple[Mention, str, Mention, str]


def _same_kind(a: Mention, b: Mention) -> bool:
    return a.iri != b.iri and (
        (a.type in ORG_TYPES and b.type in ORG_TYPES) or (a.type in ARTIFACT_TYPES and b.type in ARTIFACT_TYPES)
    )


def _described(noun: Token, by_token: dict[int, Mention], topic: Topic) -> Mention | None:
    """The name a relational noun describes."""
    node = noun
    while node.dep_ in ("appos", "conj", "pobj", "prep") and node.head.i != node.i and node.head.pos_ != "VERB":
        node = node.head  # `ROCm 6: the latest release of AMD's stack, its counterpart to …`
        if node.i in by_token:
            return by_token[node.i]
    if noun.dep_ in ("attr", "oprd", "nsubj"):  # `X is an alternative to Y`, `A's answer to Y is X`
        other = ("nsubj", "nsubjpass") if noun.dep_ != "nsubj" else ("attr",)
        named = next((c for c in noun.head.children if c.dep_ in other), None)
        if named is not None and mention_at(named, by_token) is not None:
            return mention_at(named, by_token)
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None and owner.i in by_token and by_token[owner.i].type in ORG_TYPES:
        return topic.artifact  # `Google's answer to GPT-4` is the product under discussion
    return None


def _rival_of(noun: Token, by_token: dict[int, Mention], topic: Topic) -> list[Triple]:
    if noun.dep_ in ("attr", "nsubj") and denied(noun.head):
        return []  # `X is not a strong competitor to Y`
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("to", "of", "for")), None)
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if pobj is None:
        return _owners_rival(noun, by_token, topic)
    party = _described(noun, by_token, topic)
    if party is None:
        return []
    kind = ARTIFACT_TYPES if party.type in ARTIFACT_TYPES else ORG_TYPES
    others = with_conjuncts(mention_at(pobj, by_token, kind), pobj, by_token)
    return [(party, "competesWith", o, "asserted") for o in others if _same_kind(party, o)]


def _owners_rival(noun: Token, by_token: dict[int, Mention], topic: Topic) -> list[Triple]:
    """`IBM, Google's main rival in qubits, …`, `AMD is Nvidia's closest competitor`, `Its
    closest rival is Skild AI`: the name the noun describes rivals the possessor (`its`: the
    company the article is about)."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    other = by_token.get(owner.i) if owner is not None else None
    if other is None and owner is not None and owner.lower_ in ("its", "their") and noun.dep_ == "nsubj":
        other = topic.agent
    if other is None:
        return []
    party = mention_at(noun.head, by_token) if noun.dep_ == "appos" else None
    if noun.dep_ == "attr":
        named = next((c for c in noun.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        party = mention_at(named, by_token) if named is not None else None
    if noun.dep_ == "nsubj" and noun.head.lemma_ == "be":
        named = next((c for c in noun.head.children if c.dep_ == "attr"), None)
        party = mention_at(named, by_token) if named is not None else None
    ok = party is not None and party.iri != other.iri and _same_kind(party, other)
    return [(party, "competesWith", other, "asserted")] if party is not None and ok else []


def _partner_of(noun: Token, by_token: dict[int, Mention], topic: Topic) -> list[Triple]:
    """`Microsoft was named Meta's preferred partner`, `Dell, Nvidia's partner for AI
    factories`: the described organisation partners the possessor."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    other = by_token.get(owner.i) if owner is not None else None
    if other is None or other.type not in ORG_TYPES:
        return []
    party = _described(noun, by_token, topic)
    return [(party, "partnersWith", other, "asserted")] if party is not None and _same_kind(party, other) else []


SUPPLY_WORDS = {"supplier", "provider", "vendor", "source", "supply", "provide", "ship", "deliver"}


def _supplied_for(tok: Token, by_token: dict[int, Mention]) -> list[Triple]:
    """`the main supplier of HBM3 for Nvidia's H100`, `will supply HBM3E for the H200`: the
    product supplied for goes into the product it is for."""
    deps = ("dobj",) if tok.pos_ == "VERB" else ()
    goods = [c for c in tok.children if c.dep_ in deps]
    goods += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
    heads = [tok, tok.head] if tok.dep_ in ("attr", "oprd") else [tok]  # `became the supplier … for Y`
    fors = [c for h in heads for c in h.children if c.dep_ in ("prep", "dative") and c.lower_ == "for"]
    ends = [g for c in fors for g in c.children if g.dep_ == "pobj"]
    parts = [m for g in goods for m in [mention_at(g, by_token, ARTIFACT_TYPES)] if m and m.type == "Chip"]
    wholes = [m for g in ends for m in [mention_at(g, by_token, ARTIFACT_TYPES)] if m and m.type in ARTIFACT_TYPES]
    return [(w, containment(w), p, "asserted") for w in wholes for p in parts if w.iri != p.iri]


def _between(noun: Token, by_token: dict[int, Mention], predicate: str) -> list[Triple]:
    """`the partnership between Microsoft and OpenAI`: exactly two parties (among three, who
    partners whom is not said)."""
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "between"), None)
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if pobj is None:
        return []
    parties = with_conjuncts(mention_at(pobj, by_token), pobj, by_token)
    if len(parties) != 2 or not _same_kind(*parties):
        return []
    return [(parties[0], predicate, parties[1], "asserted")]


def _up_against(against: Token, by_token: dict[int, Mention]) -> list[Triple]:
    """`X is up against Y and Z`, `X comes up against Y`: the subject competes with each one named."""
    verb = against.head.head if against.head.lower_ == "up" else against.head
    if against.i == 0 or against.doc[against.i - 1].lower_ != "up" or verb.lemma_ not in ("be", "come", "go"):
        return []
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    party = mention_at(subject, by_token) if subject is not None else None
    others = named_list(next((c for c in against.children if c.dep_ == "pobj"), None), by_token)
    if party is None:
        return []
    return [(party, "competesWith", o, "asserted") for o in others if _same_kind(party, o) and o != party]


def pair_relations(doc: Doc, by_token: dict[int, Mention], topic: Topic) -> list[Triple]:
    out: list[Triple] = []
    for tok in doc:
        if tok.lower_ == "against" and tok.pos_ == "ADP":
            out += _up_against(tok, by_token)
        if tok.pos_ not in ("NOUN", "NUM", "PRON", "VERB") or tok.i in by_token:
            continue
        lemma = tok.lemma_.lower()
        if lemma in RIVAL_NOUNS:
            out += _rival_of(tok, by_token, topic)
        elif lemma in ("partner", "ally"):
            out += _partner_of(tok, by_token, topic)
        if lemma in SUPPLY_WORDS:
            out += _supplied_for(tok, by_token)
        elif lemma in PARTNER_NOUNS or (lemma == "one" and any(t.lemma_.lower() in PARTNER_NOUNS for t in doc)):
            out += _between(tok, by_token, "partnersWith")  # `mirrors the one between A and B`
        elif lemma in RIVALRY_NOUNS:
            out += _between(tok, by_token, "competesWith")
    return out


TOGETHER = {"partnership", "alliance", "collaboration", "collaborate", "together", "partner"}


def companies_together(doc: Doc, topic: Topic) -> list[tuple[Mention, str, Mention, str]]:
    """`The two companies announced the third phase of their partnership`, `the companies
    said they would work together`: the last two organisations named are partners."""
    plural = any(
        t.dep_ == "nsubj" and t.lemma_.lower() in ("company", "firm") and t.tag_ == "NNS" for t in doc
    )
    if not plural or len(topic.orgs) < 2 or not any(t.lemma_.lower() in TOGETHER for t in doc):
        return []
    first, second = topic.orgs
    return [(first, "partnersWith", second, "asserted")]
