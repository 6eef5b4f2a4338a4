"""HTML pages -> Article: main text and metadata (title, date, author, site, canonical URL)
through trafilatura, then the same chrome cleaning as text files."""

from __future__ import annotations

import re

import trafilatura

from ingest.cleaning import clean_page
from ingest.document import Article, IngestError, detect_language, slugify


def read_html(
    data: bytes | str, name: str, origin: str | None = None, article_id: str | None = None, url: str | None = None
) -> Article:
    """`data` as bytes (trafilatura finds the charset) or already-decoded text; `url` resolves
    a relative canonical link and is the fallback URL of the article."""
    if not data.strip():
        raise IngestError(f"{name}: empty file")
    try:
        doc = trafilatura.bare_extraction(
            data, url=url, with_metadata=True, include_comments=False, include_tables=True, favor_precision=True
        )
    except Exception as exc:  # trafilatura raises many kinds on broken markup
        raise IngestError(f"{name}: cannot parse HTML ({type(exc).__name__})") from exc
    meta = doc.as_dict() if doc is not None and hasattr(doc, "as_dict") else (doc or {})
    text = str(meta.get("text") or "")
    body = clean_page(text)
    if not body.strip():
        raise IngestError(f"{name}: no article text found in the HTML")
    try:
        lang = str(meta.get("language") or "") or detect_language(body)
    except IngestError as exc:
        raise IngestError(f"{name}: {exc}") from exc
    lang = lang[:2].lower()
    if lang not in ("ko", "en"):
        raise IngestError(f"{name}: unsupported language {lang!r} (ko or en)")
    url = str(meta.get("url") or "") or None
    if url and not re.match(r"https?://\S+$", url):
        url = None
    date = str(meta.get("date") or "")[:10] or None
    title = str(meta.get("title") or "") or body.split("\n", 1)[0][:200]
    stem = name.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    return Article(
        id=slugify(article_id or stem or title),
        body=body,
        title=title,
        lang=lang,
        url=url,
        date=date if date and re.fullmatch(r"\d{4}-\d{2}-\d{2}", date) else None,
        source=str(meta.get("sitename") or "") or None,
        authors=tuple(a.strip() for a in str(meta.get("author") or "").split(";") if a.strip()),
        origin=origin or name,
    )
