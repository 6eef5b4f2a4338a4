"""Readers: bytes of a text/Markdown file -> Article (front matter, encoding, body)."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import yaml

from ingest.cleaning import clean_page
from ingest.document import Article, IngestError, detect_language, slugify

FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*\r?\n", re.S)
MARKDOWN_HEADING = re.compile(r"^#{1,6}[ \t]+", re.M)
TEXT_SUFFIXES = {".md", ".markdown", ".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES


def decode(data: bytes, name: str) -> str:
    """UTF-8 (with or without BOM), else CP949/EUC-KR; binary data is refused."""
    if not data.strip():
        raise IngestError(f"{name}: empty file")
    if b"\x00" in data[:4096]:
        raise IngestError(f"{name}: binary file, not text")
    for encoding in ("utf-8-sig", "cp949"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if sum(1 for c in text[:4096] if ord(c) < 32 and c not in "\r\n\t\f") > 8:
            break
        return text.replace("\r\n", "\n").replace("\r", "\n")
    raise IngestError(f"{name}: not text in UTF-8 or CP949/EUC-KR")


def _front_matter(text: str, name: str) -> tuple[dict[str, object], str]:
    match = FRONT_MATTER.match(text)
    if not match:
        if text.startswith("---\n"):
            raise IngestError(f"{name}: front matter opened with '---' but never closed")
        return {}, text
    try:
        meta = yaml.safe_load(match.group(1)) or {}
    except yaml.YAMLError as exc:
        line = getattr(getattr(exc, "problem_mark", None), "line", None)
        where = f" (line {line + 2})" if line is not None else ""
        raise IngestError(f"{name}: broken YAML front matter{where}") from exc
    if not isinstance(meta, dict):
        raise IngestError(f"{name}: front matter is not a mapping of fields")
    return meta, text[match.end() :]


def _as_str(value: object) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()[:10]
    return str(value).strip() or None


def _first_line(body: str) -> str:
    for line in body.splitlines():
        if line.strip():
            return line.strip()[:200]
    return ""


def read_text(data: bytes, name: str, origin: str | None = None) -> Article:
    """Parse a text or Markdown document with optional YAML front matter."""
    text = decode(data, name)
    meta, body = _front_matter(text, name)
    body = clean_page(MARKDOWN_HEADING.sub("", body))
    if not body.strip():
        raise IngestError(f"{name}: no body text after the front matter")
    try:
        lang = _as_str(meta.get("lang")) or detect_language(body)
    except IngestError as exc:
        raise IngestError(f"{name}: {exc}") from exc
    if lang not in ("ko", "en"):
        raise IngestError(f"{name}: unsupported language {lang!r} (ko or en)")
    date = _as_str(meta.get("date"))
    if date and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", date):
        raise IngestError(f"{name}: date {date!r} is not YYYY-MM-DD")
    author = meta.get("author") or meta.get("authors") or ()
    authors = tuple(str(a) for a in (author if isinstance(author, list) else [author]) if a)
    url = _as_str(meta.get("url"))
    if url and not re.match(r"https?://[^\s]+$", url):
        raise IngestError(f"{name}: url {url!r} is not an http(s) URL")
    stem = Path(name).stem
    article_id = _as_str(meta.get("id")) or slugify(stem if stem else (url or _first_line(body)))
    return Article(
        id=slugify(article_id),
        body=body,
        title=_as_str(meta.get("title")) or _first_line(body),
        lang=lang,
        url=url,
        date=date,
        source=_as_str(meta.get("source")),
        authors=authors,
        origin=origin or name,
    )


def read_bytes(data: bytes, name: str, origin: str | None = None) -> Article:
    """Dispatch on the file name: HTML pages through trafilatura, the rest as text."""
    suffix = Path(name).suffix.lower()
    if suffix in HTML_SUFFIXES:
        from ingest.html import read_html

        return read_html(data, name, origin)
    if suffix not in TEXT_SUFFIXES:
        raise IngestError(f"{name}: unsupported file type {suffix or '(none)'}; use .md, .txt or .html")
    return read_text(data, name, origin)


def read_path(path: Path) -> Article:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise IngestError(f"{path}: cannot read ({exc.strerror})") from exc
    return read_bytes(data, str(path), origin=path.resolve().as_uri())
