"""URLs -> stored articles: a page, or a feed whose items are fetched as pages.

Each item is all-or-nothing and its failure is one result line; the batch goes on.
Writes (the duplicate check and the store) happen under the store's write lock, the
network waits outside it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from contextlib import AbstractContextManager

from ingest.document import Article, IngestError
from ingest.duplicates import DuplicateIndex
from ingest.feed_state import FeedState
from ingest.feeds import FeedItem, is_feed, parse_feed
from ingest.fetch import Fetched, Fetcher
from ingest.graph_builder import build_duplicate_graph
from ingest.pages import read_page, summary_article
from ingest.pipeline import ArticleResult, Ingestor
from kg.namespaces import graph_iri
from kg.shapes import shape_violations

Progress = Callable[[ArticleResult], None]
Discovered = Callable[[int], None]


def is_url(text: str) -> bool:
    return text.lower().startswith(("http://", "https://"))


class WebIngestor:
    def __init__(
        self,
        ingestor: Ingestor,
        fetcher: Fetcher,
        state: FeedState,
        write_lock: AbstractContextManager[object] | None = None,
    ) -> None:
        self.ingestor = ingestor
        self.fetcher = fetcher
        self.state = state
        self.duplicates = DuplicateIndex(ingestor.store)
        self.write_lock = write_lock or threading.RLock()

    def ingest_urls(
        self, urls: list[str], progress: Progress | None = None, discovered: Discovered | None = None
    ) -> list[ArticleResult]:
        """Pages and feeds in order; a feed adds `len(items) - 1` to what `discovered` counts."""
        results: list[ArticleResult] = []
        with self.write_lock:
            self.ingestor.ensure_reference_graphs()
        for url in urls:
            for result in self._ingest_url(url, discovered):
                results.append(result)
                if progress:
                    progress(result)
        return results

    def poll_feed(self, url: str, progress: Progress | None = None) -> list[ArticleResult]:
        """Only items not seen before, with a conditional GET (a 304 means nothing new)."""
        etag, last_modified = self.state.validators(url)
        try:
            fetched = self.fetcher.fetch(url, etag=etag, last_modified=last_modified)
            if fetched.not_modified:
                return []
            items = self._feed_items(fetched)
        except IngestError as exc:
            return [_error(url, exc)]
        new = [item for item in items if not self.state.is_seen(url, item.key)]
        if new:
            with self.write_lock:
                self.ingestor.ensure_reference_graphs()
        results = self._ingest_items(new, progress)
        self._remember(url, new, results, fetched)
        return results

    def _ingest_url(self, url: str, discovered: Discovered | None) -> list[ArticleResult]:
        try:
            fetched = self.fetcher.fetch(url)
            if not is_feed(fetched.content_type, fetched.body):
                return [self.store_article(read_page(fetched), url)]
            items = self._feed_items(fetched)
        except IngestError as exc:
            return [_error(url, exc)]
        if discovered:
            discovered(len(items) - 1)
        results = self._ingest_items(items, None)
        self._remember(url, items, results, fetched)
        return results

    def _feed_items(self, fetched: Fetched) -> list[FeedItem]:
        items = parse_feed(fetched.body, fetched.url)
        if not items:
            raise IngestError(f"{fetched.requested}: the feed has no items with links")
        return items

    def _remember(self, url: str, items: list[FeedItem], results: list[ArticleResult], fetched: Fetched) -> None:
        """Items that went in (or were already there) are seen; failed ones are tried again next poll."""
        done = [item.key for item, r in zip(items, results, strict=True) if r.status != "error"]
        self.state.update(url, done, fetched.etag, fetched.last_modified)

    def _ingest_items(self, items: list[FeedItem], progress: Progress | None) -> list[ArticleResult]:
        results = []
        for item in items:
            result = self._ingest_item(item)
            results.append(result)
            if progress:
                progress(result)
        return results

    def _ingest_item(self, item: FeedItem) -> ArticleResult:
        try:
            article = read_page(self.fetcher.fetch(item.link))
        except IngestError as exc:
            try:
                article = summary_article(item, str(exc))
            except IngestError as summary_exc:
                return _error(item.link, summary_exc)
        try:
            return self.store_article(article, item.link)
        except IngestError as exc:
            return _error(item.link, exc)

    def store_article(self, article: Article, source: str) -> ArticleResult:
        """Skip an unchanged article, link a copy of a stored one, else extract and store."""
        with self.write_lock:
            if self.ingestor.existing_hash(article.id) == article.content_hash:
                return ArticleResult(source, "skipped", article.id, article.title, "unchanged")
            duplicate = self.duplicates.find(article.id, article.body)
            if duplicate is None:
                result = self.ingestor.ingest_article(article, source)
                self.duplicates.added(article.id, article.body)
                return result
            graph = build_duplicate_graph(article, duplicate.article_id, duplicate.similarity)
            violations = shape_violations(graph)
            if violations:
                raise IngestError(f"{source}: duplicate record is invalid: {violations[0]}")
            self.ingestor.index.delete(article.id)
            self.ingestor.store.replace_graph(graph_iri(article.id), graph)
        kind = "the same text as" if duplicate.exact else f"a near-copy (similarity {duplicate.similarity:.2f}) of"
        return ArticleResult(source, "duplicate", article.id, article.title, f"{kind} {duplicate.article_id}")


def _error(source: str, exc: IngestError) -> ArticleResult:
    return ArticleResult(source, "error", message=str(exc))
