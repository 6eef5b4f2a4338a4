"""English `develops` from how a maker is written next to its product: `the AWS-designed
Trainium`, `Nvidia-built systems` (maker-verb compounds); `their own accelerators: Google's
TPUs` (an owner's own product); `Maia 100 and Cobalt 100, its first in-house chips` (an
apposition naming the owner's own products)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ingest.en_phrases import mention_at
from ingest.en_topic import antecedent_in_sentence
from ingest.extraction import AGENT_TYPES as AGENTS
from ingest.extraction import ARTIFACT_TYPES as ARTIFACTS
from ingest.extraction import ORG_TYPES, Mention

Triple = tuple[Mention, str, Mention, str]
OWN_WORDS = {"own", "custom", "in-house", "homegrown", "house"}


def _maker_compounds(doc: Doc, by_token: dict[int, Mention]) -> list[Triple]:
    """`the AWS-designed Trainium`, `Nvidia-built systems`: maker-verb compounds."""
    out: list[Triple] = []
    for tok in doc:
        if tok.lemma_ in ("design", "develop", "build", "make") and tok.i >= 2 and doc[tok.i - 1].text == "-":
            maker = by_token.get(tok.i - 2)
            thing = by_token.get(tok.head.i) or mention_at(tok.head, by_token)
            if maker and thing and maker.type in AGENTS and thing.type in ARTIFACTS:
                out.append((maker, "develops", thing, "asserted"))
                for conj in tok.head.conjuncts:
                    other = by_token.get(conj.i)
                    if other is not None and other.type in ARTIFACTS:
                        out.append((maker, "develops", other, "asserted"))
    return out


def _own_products(doc: Doc, by_token: dict[int, Mention]) -> list[Triple]:
    """`their own accelerators: Google's TPUs, AWS's Trainium` — an owner's own product."""
    if not any(t.lower_ in ("own", "custom", "in-house", "homegrown") for t in doc):
        return []
    out: list[Triple] = []
    for tok in doc:
        if tok.dep_ == "poss" and tok.i in by_token and tok.head.i in by_token:
            owner, thing = by_token[tok.i], by_token[tok.head.i]
            if owner.type in AGENTS and thing.type in ARTIFACTS and owner.iri != thing.iri:
                out.append((owner, "develops", thing, "asserted"))
    return out


def _listed_before(token: Token, by_token: dict[int, Mention]) -> list[Mention]:
    """The names of a written list that ends right before `token` (`A and B, its …`)."""
    doc = token.doc
    out: list[Mention] = []
    j = token.i - 1
    while j >= 0 and doc[j].text == ",":
        j -= 1
    while j >= 0:
        named = by_token.get(j)
        if named is not None:
            if named not in out:
                out.append(named)
            j -= 1
        elif doc[j].lower_ in (",", "and", "or"):
            j -= 1
        else:
            break
    return [m for m in out if m.type in ARTIFACTS]


def _own_apposition(doc: Doc, by_token: dict[int, Mention]) -> list[Triple]:
    """`Maia 100 and Cobalt 100, its first in-house data center chips`: the owner of an
    own-products phrase written right after a list of products makes them."""
    out: list[Triple] = []
    for tok in doc:
        if tok.dep_ != "poss" or tok.head.i in by_token or tok.i == 0 or doc[tok.i - 1].text != ",":
            continue
        phrase = doc[tok.i : tok.head.i + 1]
        if not any(t.lower_ in OWN_WORDS for t in phrase):
            continue
        owner = by_token.get(tok.i)
        if owner is None and tok.lower_ in ("its", "their"):
            owner = _clause_owner(tok, by_token)
        if owner is None or owner.type not in ORG_TYPES:
            continue
        out += [(owner, "develops", m, "asserted") for m in _listed_before(doc[tok.i - 1], by_token)]
    return out


def _clause_owner(pronoun: Token, by_token: dict[int, Mention]) -> Mention | None:
    found = antecedent_in_sentence(pronoun, by_token)
    if found is None:
        root = pronoun.sent.root
        subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        found = mention_at(subject, by_token) if subject is not None else None
    return found


def maker_relations(doc: Doc, by_token: dict[int, Mention]) -> list[Triple]:
    return _maker_compounds(doc, by_token) + _own_products(doc, by_token) + _own_apposition(doc, by_token)
