"""Hybrid sentence retrieval: BM25 on morphemes/lemmas (+ entity ids) and e5 dense search,
fused by reciprocal rank. Dense search carries cross-lingual questions; BM25 carries
exact names, numbers and Korean bare nouns that embeddings blur.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import numpy as np
from rdflib.namespace import XSD

from ingest.scripts import HANGUL
from ingest.segment import starts_list_item
from kg.embedding.embedder import Embedder
from kg.namespaces import NIF, TKG
from kg.store import GraphStore
from kg.vectors import VectorIndex
from qa.eval_match import stated_figures
from qa.retrieval.fusion import rrf
from qa.retrieval.lexical import CachedIndex, TermIndex
from qa.retrieval.lexicon import other_language_words
from qa.retrieval.tokens import Tokenizer, entity_term, script_term

SENTENCES = f"SELECT ?s ?text WHERE {{ GRAPH ?g {{ ?s a <{TKG.Sentence}> ; <{NIF.anchorOf}> ?text }} }}"
MENTIONS = f"SELECT DISTINCT ?s ?e WHERE {{ GRAPH ?g {{ ?m <{TKG.inSentence}> ?s ; <{TKG.refersTo}> ?e }} }}"
# sentences whose claims state a given amount: figures read the same in both languages
STATING = (  # VALUES, not FILTER: the amount is looked up, not every claim scanned
    "SELECT DISTINCT ?s WHERE { VALUES ?a { AMOUNTS } "
    f"GRAPH ?g {{ ?v <{TKG.amount}> ?a . ?c <{TKG.hasValue}> ?v ; <{TKG.inSentence}> ?s }} }} LIMIT 200"
)
DEPTH = 50  # candidates taken from each ranking before fusion
ACROSS_WEIGHT = 0.5  # of the ranking by the other language's words alone (HybridRetriever.across)
ABOUT_DEPTH = 400  # sentences about the question's entities scored densely
OTHER_CACHE = 256  # questions whose other-language terms are kept


def sentence_number(sentence_iri: str) -> int:
    """Where a sentence sits in its article (`.../s/7` -> 7; -1 for another IRI)."""
    index = sentence_iri.rpartition("/s/")[2]
    return int(index) if index.isdigit() else -1


def previous_key(sentence_iri: str) -> str:
    """The IRI of the sentence before this one in its article (`.../s/7` -> `.../s/6`)."""
    number = sentence_number(sentence_iri)
    return f"{sentence_iri.rpartition('/s/')[0]}/s/{number - 1}" if number > 0 else ""


def next_key(sentence_iri: str) -> str:
    """The IRI of the sentence after this one (it may not exist: the article may end)."""
    number = sentence_number(sentence_iri)
    return f"{sentence_iri.rpartition('/s/')[0]}/s/{number + 1}" if number >= 0 else ""


LIST_BACK = 6  # sentences a list item looks back for its lead-in


def context_keys(key: str, text: str) -> list[str]:
    """Sentences whose names a sentence leans on: the one before it, or for a list item
    (`- 학습 데이터: 15조 개 이상의 토큰`) the items before it and their lead-in."""
    return previous_keys(key, LIST_BACK if starts_list_item(text.lstrip()) else 1)


def previous_keys(key: str, count: int) -> list[str]:
    """The IRIs of up to `count` sentences before this one in its article, nearest first."""
    out: list[str] = []
    for _ in range(count):
        key = previous_key(key)
        if not key:
            break
        out.append(key)
    return out


INDEX_VERSION = "context-2-script"  # how _build reads context: bump when it changes, so saved indexes are rebuilt


@dataclass(frozen=True)
class Candidate:
    key: str  # sentence IRI
    fused: float
    dense: float  # cosine, 0 when dense search did not return it
    lexical: float  # BM25 score, 0 when BM25 did not return it


class HybridRetriever:
    def __init__(
        self, store: GraphStore, tokenizer: Tokenizer, embedder: Embedder, vectors: VectorIndex, folder: Path | None
    ) -> None:
        self.store = store
        self.tokenizer = tokenizer
        self.embedder = embedder
        self.vectors = vectors
        self._sentences = CachedIndex(store, folder, self._build, INDEX_VERSION)
        # the terms of the other language's words for a question, tokenized once: both the full
        # query and `across` read them
        self._other_terms = functools.lru_cache(maxsize=OTHER_CACHE)(self._tokenized_other)

    def _build(self) -> tuple[list[str], list[list[str]]]:
        rows = self.store.select(SENTENCES)
        keys = [str(r["s"]) for r in rows]
        terms = self.tokenizer.terms([str(r["text"]) for r in rows])
        entities: dict[str, list[str]] = {}
        for r in self.store.select(MENTIONS):
            entities.setdefault(str(r["s"]), []).append(entity_term(str(r["e"])))
        # a sentence often leaves its subject to the one before (`It has 105 billion ...`), a list
        # item to the items and lead-in above it: their entities count as context (context_keys)
        return keys, [
            [*t, script_term(bool(HANGUL.search(str(r["text"]))))]
            + entities.get(k, [])
            + [e for c in context_keys(k, str(r["text"])) for e in entities.get(c, [])]
            for k, t, r in zip(keys, terms, rows, strict=True)
        ]

    def query_terms(self, text: str, entity_iris: list[str]) -> list[str]:
        """The question's terms, the other language's words for what it asks (qa.retrieval.lexicon)
        and its entity ids."""
        terms = self.tokenizer.terms([text])[0] + list(self._other_terms(text))
        return terms + [entity_term(iri) for iri in entity_iris]

    def _tokenized_other(self, text: str) -> tuple[str, ...]:
        extra = other_language_words(text)
        return tuple(self.tokenizer.terms([extra])[0]) if extra else ()

    def across(self, index: TermIndex, text: str, entity_iris: list[str]) -> list[str]:
        """The other language's sentences, ranked by its words for what the question asks
        (qa.retrieval.lexicon) and the question's entity ids: in the full query an English
        question's own words (`samsung`, `2024`, `chips`) outscore the Korean sentence that
        says `보조금` once, so the sentences saying the lexicon's words compete among themselves."""
        other = self._other_terms(text)
        if not other:
            return []
        words = index.scores(list(other))
        saying = (words > 0) & self._in_script(index, not HANGUL.search(text))
        if not saying.size or not saying.any():
            return []
        named = index.scores([entity_term(iri) for iri in entity_iris]) if entity_iris else 0.0
        scores = (words + named) * saying  # BM25 adds up term by term
        return [index.keys[i] for i in np.argsort(-scores)[:DEPTH] if scores[i] > 0]

    def search(self, text: str, entity_iris: list[str], k: int = 20) -> list[Candidate]:
        """Three rankings fused: BM25 on the question's terms, dense over all sentences, and
        dense over the sentences that mention (or follow a mention of) its entities, which
        finds the answer written in the other language that BM25 cannot match."""
        index = self._sentences.get()
        query = self.embedder.embed_query(text)
        lexical = dict(index.search(self.query_terms(text, entity_iris), DEPTH))
        dense = {h.key: h.score for h in self.vectors.search(query, DEPTH)}
        rankings = [list(lexical), list(dense)]
        weights = [1.0, 1.0]
        across = self.across(index, text, entity_iris)
        if across:
            rankings.append(across)
            weights.append(ACROSS_WEIGHT)
        if entity_iris:
            about = [key for key, _ in index.search([entity_term(iri) for iri in entity_iris], ABOUT_DEPTH)]
            near = self.vectors.score_keys(query, about)
            rankings.append(sorted(near, key=lambda key: -near[key])[:DEPTH])
            weights.append(1.0)
            dense = {**near, **dense}
        stating = self._stating(text)
        if stating:  # `Who reported it is valued at $9 billion?` finds `기업가치 90억 달러(로이터 보도)`
            near = self.vectors.score_keys(query, stating)
            rankings.append(sorted(near, key=lambda key: -near[key])[:DEPTH])
            weights.append(1.0)
            dense = {**near, **dense}
        fused = rrf(rankings, weights=weights)[:k]
        unscored = [key for key, _ in fused if key not in dense]  # found by BM25 alone: scored densely too
        dense = {**self.vectors.score_keys(query, unscored), **dense} if unscored else dense
        return [Candidate(key, score, dense.get(key, 0.0), lexical.get(key, 0.0)) for key, score in fused]

    def _stating(self, text: str) -> list[str]:
        """Sentences whose claims state an amount the question states (years aside)."""
        amounts = stated_figures(text)
        if not amounts:
            return []
        listed = " ".join(f'"{Decimal(repr(a)):f}"^^<{XSD.decimal}>' for a in sorted(amounts))
        return [str(r["s"]) for r in self.store.select(STATING.replace("AMOUNTS", listed))]

    @staticmethod
    def _in_script(index: TermIndex, korean: bool) -> np.ndarray:
        """Which sentences are written in Hangul (or not), read once per index."""
        hangul = index.derived("hangul", lambda ix: ix.scores([script_term(True)]) > 0)
        return hangul if korean else ~hangul

    def warm_up(self) -> None:
        self._sentences.get()
