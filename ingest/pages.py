"""Fetched pages and feed items -> Articles: decode, trafilatura, chrome cleaning (the same
readers as file ingestion), an id from the canonical URL, the fetched URL as provenance."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from urllib.parse import urlsplit, urlunsplit

from ingest.charsets import decode_page
from ingest.cleaning import clean_page
from ingest.document import Article, IngestError, detect_language, slugify
from ingest.feeds import FeedItem
from ingest.fetch import Fetched
from ingest.html import read_html

HTML_TYPES = {"text/html", "application/xhtml+xml"}
SUMMARY_SOURCE = "feed-summary"


def canonical(url: str) -> str:
    """Scheme and host lower-cased, fragment dropped: one spelling per page."""
    parts = urlsplit(url.strip())
    path = parts.path or "/"
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), path, parts.query, ""))


def url_article_id(url: str) -> str:
    """`web-<host-and-path>-<hash>`: readable, stable, and one per canonical URL."""
    url = canonical(url)
    parts = urlsplit(url)
    stem = slugify(f"{parts.hostname or ''}{parts.path}", max_len=48)
    return f"web-{stem}-{hashlib.sha1(url.encode('utf-8')).hexdigest()[:10]}"


def is_html(fetched: Fetched) -> bool:
    if fetched.content_type in HTML_TYPES:
        return True
    head = fetched.body[:1024].lstrip().lower()
    return fetched.content_type in ("", "application/octet-stream") and head.startswith((b"<!doctype html", b"<html"))


def read_page(fetched: Fetched) -> Article:
    """The page's article; its id comes from the canonical URL (else the fetched one)."""
    name = fetched.requested
    if not is_html(fetched):
        raise IngestError(f"{name}: not HTML (content type {fetched.content_type or 'unknown'})")
    text = decode_page(fetched.body, fetched.charset, name)
    article = read_html(text, name, origin=fetched.requested, url=fetched.url)
    url = canonical(article.url or fetched.url)
    return replace(article, id=url_article_id(url), url=url)


def summary_article(item: FeedItem, reason: str) -> Article:
    """A feed item's own summary, used only when its page could not be fetched (marked so)."""
    body = clean_page(item.summary)
    if not body.strip():
        raise IngestError(reason)
    try:
        lang = detect_language(f"{item.title}\n{body}")
    except IngestError as exc:
        raise IngestError(f"{item.link}: {exc}") from exc
    url = canonical(item.link)
    return Article(
        id=url_article_id(url),
        body=body,
        title=item.title or body.split("\n", 1)[0][:200],
        lang=lang,
        url=url,
        date=item.published,
        origin=item.link,
        meta={"body_source": SUMMARY_SOURCE},
    )
