"""RSS 2.0 / Atom feeds through feedparser: is this body a feed, and its items."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from urllib.parse import urljoin

import feedparser

from ingest.document import IngestError

FEED_TYPES = {"application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+xml"}
XML_TYPES = {"application/xml", "text/xml"}
FEED_START = re.compile(rb"^\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(rss|feed|rdf:RDF)\b", re.S)
TAGS = re.compile(r"<[^>]+>")


@dataclass(frozen=True)
class FeedItem:
    key: str  # the item's guid/id, else its link: what the seen-set remembers
    link: str
    title: str
    summary: str  # plain text, used only when the linked page cannot be fetched
    published: str | None  # YYYY-MM-DD


def is_feed(content_type: str, body: bytes) -> bool:
    """By media type, or by the root element for servers that send generic XML or text."""
    if content_type in FEED_TYPES:
        return True
    if content_type in XML_TYPES or content_type in ("", "text/plain", "application/octet-stream"):
        return bool(FEED_START.match(body[:2048]))
    return False


def parse_feed(body: bytes, url: str) -> list[FeedItem]:
    parsed = feedparser.parse(body, response_headers={"content-location": url})
    if not parsed.entries and parsed.get("bozo"):
        raise IngestError(f"{url}: not a readable RSS or Atom feed ({parsed.get('bozo_exception')})")
    items: list[FeedItem] = []
    for entry in parsed.entries:
        link = str(entry.get("link") or "").strip()
        if not link:
            continue
        link = urljoin(url, link)
        published = entry.get("published_parsed") or entry.get("updated_parsed")
        summary = html.unescape(TAGS.sub(" ", str(entry.get("summary") or "")))
        items.append(
            FeedItem(
                key=str(entry.get("id") or link),
                link=link,
                title=str(entry.get("title") or "").strip(),
                summary=re.sub(r"[ \t]+", " ", summary).strip(),
                published=f"{published.tm_year:04d}-{published.tm_mon:02d}-{published.tm_mday:02d}"
                if published
                else None,
            )
        )
    return items
