"""Ingestion: sources -> articles -> validated named graphs + sentence vectors.

Each article is all-or-nothing: it is read, extracted, built and SHACL-validated in
memory first; only then are its vectors and its graph written (each atomically). A bad
input gets a one-line reason and the rest of the batch still goes in.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from rdflib.namespace import SKOS

from ingest.crosslingual import rank
from ingest.document import Article, IngestError
from ingest.extract import Extractor
from ingest.extraction import Mention
from ingest.graph_builder import build_article_graph
from ingest.readers import SUPPORTED_SUFFIXES, read_path
from ingest.scripts import HANGUL
from kg.embedding.embedder import Embedder
from kg.namespaces import CATALOG_GRAPH, ONTOLOGY_GRAPH, TKG, article_iri, graph_iri, local_name
from kg.review import add_candidates
from kg.shapes import ontology_graph, shape_violations
from kg.store import GraphStore
from kg.vectors import VectorIndex

LOG = logging.getLogger(__name__)

# a merge candidate must be the same kind of thing
KINDS = {
    "Company": "org",
    "ResearchOrg": "org",
    "Person": "person",
    "Chip": "thing",
    "Product": "thing",
    "Platform": "thing",
}


@dataclass
class ArticleResult:
    source: str
    status: str  # added | replaced | skipped | duplicate (linked to a stored copy) | error
    article_id: str | None = None
    title: str | None = None
    message: str | None = None
    entities: int = 0
    relations: int = 0
    claims: int = 0


@dataclass
class IngestSummary:
    results: list[ArticleResult] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for r in self.results if r.status == status)

    @property
    def errors(self) -> list[ArticleResult]:
        return [r for r in self.results if r.status == "error"]

    def line(self) -> str:
        ok = [r for r in self.results if r.status in ("added", "replaced")]
        return (
            f"{self.count('added')} added, {self.count('replaced')} replaced, "
            f"{self.count('skipped')} skipped, {self.count('duplicate')} duplicates, {len(self.errors)} failed; "
            f"{sum(r.entities for r in ok)} entity mentions, {sum(r.relations for r in ok)} relations, "
            f"{sum(r.claims for r in ok)} claims"
        )


def expand_paths(paths: Iterable[Path]) -> Iterator[Path]:
    """Files as given; folders walked for text, Markdown and HTML files in name order."""
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.suffix.lower() in SUPPORTED_SUFFIXES)
        else:
            yield path


class Ingestor:
    """Owns the write path: extraction, validation, vectors, the article graph."""

    def __init__(
        self,
        store: GraphStore,
        extractor: Callable[[], Extractor],
        embedder: Callable[[], Embedder],
        index: VectorIndex,
    ) -> None:
        """Models come from factories, called on first use: deleting never loads a model."""
        self.store = store
        self._extractor = extractor
        self._embedder = embedder
        self.index = index

    @property
    def extractor(self) -> Extractor:
        return self._extractor()

    @property
    def embedder(self) -> Embedder:
        return self._embedder()

    def ensure_reference_graphs(self) -> None:
        """The catalog and the ontology, each in a graph of its own."""
        self.store.replace_graph(str(CATALOG_GRAPH), self.extractor.catalog.to_graph())
        self.store.replace_graph(str(ONTOLOGY_GRAPH), ontology_graph())

    def existing_hash(self, article_id: str) -> str | None:
        graph, article = graph_iri(article_id), article_iri(article_id)
        rows = self.store.select(f"SELECT ?h WHERE {{ GRAPH <{graph}> {{ <{article}> <{TKG.contentHash}> ?h }} }}")
        return str(rows[0]["h"]) if rows else None

    def ingest_article(self, article: Article, source: str, force: bool = False) -> ArticleResult:
        """Extract, validate and store one article; unchanged content is skipped unless `force`."""
        previous = self.existing_hash(article.id)
        if previous == article.content_hash and not force:
            return ArticleResult(source, "skipped", article.id, article.title, "unchanged")
        try:
            extraction = self.extractor.extract(article)
        except Exception as exc:  # a rule's bug on unusual text fails this article, not the whole batch
            LOG.exception("extraction failed for %s", source)
            raise IngestError(f"{source}: extraction failed ({type(exc).__name__}); nothing was stored") from exc
        if not extraction.sentences:
            raise IngestError(f"{source}: no sentences found in the body")
        graph = build_article_graph(article, extraction)
        violations = shape_violations(graph)
        if violations:
            raise IngestError(f"{source}: extracted graph is invalid: {violations[0]}")
        sentence_keys = [f"{article_iri(article.id)}/s/{s.index}" for s in extraction.sentences]
        vectors = self.embedder.embed_passages([s.text for s in extraction.sentences])
        self.index.put(article.id, sentence_keys, vectors)
        self.store.replace_graph(graph_iri(article.id), graph)
        self.propose_merges([m for m in extraction.mentions if m.is_new])
        return ArticleResult(
            source,
            "replaced" if previous else "added",
            article.id,
            article.title,
            entities=len(extraction.mentions),
            relations=len(extraction.relations),
            claims=len(extraction.claims),
        )

    def ingest_paths(
        self, paths: Iterable[Path], progress: Callable[[ArticleResult], None] | None = None
    ) -> IngestSummary:
        summary = IngestSummary()
        self.ensure_reference_graphs()
        for path in expand_paths(paths):
            try:
                if not path.exists():
                    raise IngestError(f"{path}: no such file or directory")
                result = self.ingest_article(read_path(path), str(path))
            except IngestError as exc:
                result = ArticleResult(str(path), "error", message=str(exc))
            summary.results.append(result)
            if progress:
                progress(result)
        return summary

    def propose_merges(self, new_mentions: list[Mention]) -> int:
        """Queue cross-language candidates for this article's new names (never auto-merged)."""
        if not new_mentions:
            return 0
        rows = self.store.select(
            f"SELECT DISTINCT ?e ?l ?t WHERE {{ GRAPH ?g {{ ?e <{TKG.isNew}> true ; <{SKOS.prefLabel}> ?l ; a ?t }} }}"
        )
        known = [(str(r["l"]), str(r["e"]), local_name(str(r["t"]))) for r in rows]
        catalog = [(form, e.iri, e.type) for e in self.extractor.catalog for form in (e.en, e.ko)]
        pairs: list[tuple[str, str, str, float]] = []
        for mention in {m.iri: m for m in new_mentions}.values():
            korean = bool(HANGUL.search(mention.text))
            kind = KINDS.get(mention.type)
            others = [
                (label, iri)
                for label, iri, type_ in known + catalog
                if bool(HANGUL.search(label)) != korean and iri != mention.iri and KINDS.get(type_) == kind
            ]
            for candidate in rank(mention.text, others, limit=1):
                pairs.append((mention.iri, candidate.iri, f"{mention.text} ↔ {candidate.name}", candidate.score))
        return add_candidates(self.store, pairs)

    def delete(self, article_id: str) -> bool:
        self.index.delete(article_id)
        return self.store.drop_graph(graph_iri(article_id))
