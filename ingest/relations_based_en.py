"""English composition of products: `builtOn` from participles and adjectives (`X, based on
Y`, `X is powered by Y`, `a system built from 64 CS-2 units`, `LUMI, the supercomputer that
is built on MI250X`), and `uses` from putting one product into others (`integrate ChatGPT
into Siri`, `putting the model inside Facebook and Instagram`); a model put into a platform
is offered on it."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ingest.en_phrases import clause_prep_objects, mention_at, prep_object, token_of, with_conjuncts
from ingest.en_topic import ARTIFACT_WORDS, Topic, subject_of_passive
from ingest.extraction import ARTIFACT_TYPES as ARTIFACTS
from ingest.extraction import Mention

BUILT_ON = {"build", "base", "power", "construct"}
PUT_INTO = {"put", "integrate", "embed", "build", "bake", "fold"}
Triple = tuple[Mention, str, Mention, str]


def based_relations(doc: Doc, by_token: dict[int, Mention], topic: Topic) -> list[Triple]:
    out: list[Triple] = []
    for tok in doc:
        lemma = tok.lemma_.lower()
        if lemma in ("base", "power", "make", "build", "construct", "compose") and tok.dep_ in (
            "acl",
            "amod",
            "ROOT",
            "relcl",
            "conj",
        ):
            preps = ("on", "by") if lemma in ("base", "power") else ("of", "from", "on", "upon")
            under = prep_object(tok, preps, by_token)
            thing = subject_of_passive(tok, by_token, topic)
            if under and thing and thing.type in ARTIFACTS and under.type in ARTIFACTS and under.iri != thing.iri:
                out.append((thing, "builtOn", under, "asserted"))
    return out


def _put_thing(verb: Token, by_token: dict[int, Mention], topic: Topic) -> Mention | None:
    """What is put in: a named object, or `the model` — the product named earlier in the
    sentence, else the one last discussed."""
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    named = mention_at(obj, by_token, ARTIFACTS)
    if named is None and obj.lemma_.lower() in ARTIFACT_WORDS and any(c.lower_ == "the" for c in obj.children):
        earlier = [by_token[i] for i in range(obj.i) if i in by_token and by_token[i].type in ARTIFACTS]
        named = earlier[-1] if earlier else topic.artifact
    return named if named is not None and named.type in ARTIFACTS else None


def put_into_relations(doc: Doc, by_token: dict[int, Mention], topic: Topic) -> list[Triple]:
    out: list[Triple] = []
    for tok in doc:
        if tok.lemma_.lower() not in PUT_INTO or tok.pos_ != "VERB":
            continue
        hosts = clause_prep_objects(tok, {"into", "inside", "in"}, by_token, {"Product", "Platform"})
        thing = _put_thing(tok, by_token, topic) if hosts else None
        if thing is None:
            continue
        obj = next(c for c in tok.children if c.dep_ == "dobj")
        for item in with_conjuncts(thing, token_of(thing, by_token, doc) or obj, by_token):
            for host in (h for h in hosts if h.iri != item.iri):
                # a platform put a model on offer (`put o1-preview into Azure OpenAI Service`)
                out.append(
                    (item, "offeredOn", host, "asserted")
                    if host.type == "Platform" and item.type != "Chip"
                    else (host, "uses", item, "asserted")
                )
    return out
