"""An article as read from its source, before any language processing."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field


class IngestError(ValueError):
    """A bad input: the message is one line a user can act on; nothing gets stored."""


@dataclass(frozen=True)
class Article:
    """Metadata plus the cleaned body text every offset in the graph points into."""

    id: str
    body: str
    title: str
    lang: str
    url: str | None = None
    date: str | None = None
    source: str | None = None
    authors: tuple[str, ...] = ()
    origin: str | None = None  # the file path or URL it came from
    meta: dict[str, str] = field(default_factory=dict)

    @property
    def content_hash(self) -> str:
        """Changes when the body or any stored metadata changes (so a fixed title re-ingests)."""
        fields = [self.body, self.title, self.lang, self.url, self.date, self.source, *self.authors]
        return hashlib.sha256("\x1f".join(f or "" for f in fields).encode("utf-8")).hexdigest()


def slugify(text: str, max_len: int = 60) -> str:
    """An ASCII id fragment; non-ASCII names fall back to a short hash."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:max_len].strip("-")
    return slug or "x" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]


def detect_language(text: str) -> str:
    """'ko' when Hangul makes up a real share of the letters, else 'en'."""
    hangul = len(re.findall(r"[가-힣]", text))
    latin = len(re.findall(r"[A-Za-z]", text))
    if hangul + latin == 0:
        raise IngestError("no Korean or English text found")
    # a Hangul syllable carries ~2-3 Latin letters' worth of text
    return "ko" if hangul * 2.5 >= latin * 0.5 else "en"
