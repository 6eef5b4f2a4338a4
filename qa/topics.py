"""What each article is about: the entities it keeps naming.

A sentence deep in an article about the Synopsys–Ansys deal often names neither company
(`생산능력은 웨이퍼 기준 월 5만 5,000장이다`, `The newspaper had put the value of the deal
at about $13 billion`): its subject is the article's. Retrieval counts an article's topics
as half-mentioned in each of its sentences (qa.answer), so such a sentence can rank for a
question naming them without outranking one that names them itself.
"""

from __future__ import annotations

import re

from kg.namespaces import NIF, TKG
from kg.store import GraphStore
from qa.store_cache import StoreCache

COUNTS = (
    "SELECT ?article ?entity (COUNT(?m) AS ?n) WHERE { GRAPH ?g { "
    f"?m <{TKG.refersTo}> ?entity ; <{TKG.inSentence}> ?s . ?s <{NIF.referenceContext}> ?article }} }} "
    "GROUP BY ?article ?entity"
)
MIN_MENTIONS = 3  # an entity named fewer times is no topic of its article
SHARE_OF_TOP = 0.5  # ... nor one named less than half as often as the most named
# `When the deal closed on November 13, 2006, Google issued …`: the article's own deal, whose
# parties are its topics (qa.answer lets them supply one party the sentence leaves out)
THE_DEAL = re.compile(
    r"\bthe (?:deal|acquisition|purchase|merger|takeover|transaction)\b|이번 (?:거래|인수)|해당 거래", re.I
)


def article_of(sentence_iri: str) -> str:
    """The article IRI a sentence IRI belongs to (`…/article/x/s/7` -> `…/article/x`)."""
    return sentence_iri.rpartition("/s/")[0]


class ArticleTopics:
    """Topic entities by article, recounted when the store changes."""

    def __init__(self, store: GraphStore) -> None:
        self.store = store
        self._topics = StoreCache(store, self._count)

    def of(self, sentence_iri: str) -> frozenset[str]:
        """The topic entities of the article holding the sentence."""
        return self._topics.get().get(article_of(sentence_iri), frozenset())

    def leaned_on(self, sentence_iri: str, text: str) -> frozenset[str]:
        """The article's topics where the sentence speaks of `the deal` (its parties), else none."""
        return self.of(sentence_iri) if THE_DEAL.search(text) else frozenset()

    def warm_up(self) -> None:
        self._topics.get()

    def _count(self) -> dict[str, frozenset[str]]:
        counts: dict[str, dict[str, int]] = {}
        for row in self.store.select(COUNTS):
            counts.setdefault(str(row["article"]), {})[str(row["entity"])] = int(str(row["n"]))
        return {
            article: frozenset(
                e for e, n in named.items() if n >= MIN_MENTIONS and n >= SHARE_OF_TOP * max(named.values())
            )
            for article, named in counts.items()
        }
