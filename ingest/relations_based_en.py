"""English `builtOn` from participles and adjectives: `X, based on Y`, `X is powered by Y`,
`a system built from 64 CS-2 units`, `LUMI, the supercomputer that is built on MI250X`."""

from __future__ import annotations

from spacy.tokens import Doc

from ingest.en_phrases import prep_object
from ingest.en_topic import Topic, subject_of_passive
from ingest.extraction import ARTIFACT_TYPES as ARTIFACTS
from ingest.extraction import Mention

BUILT_ON = {"build", "base", "power", "construct"}
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
