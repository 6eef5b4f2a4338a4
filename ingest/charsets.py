"""Bytes of a fetched page -> text: the charset the server declares, else the page's own
`<meta charset>`, else detection (charset-normalizer). Korean legacy pages declare
EUC-KR but use CP949's extra syllables, so EUC-KR is read as CP949 (its superset)."""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from ingest.document import IngestError

META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
SUPERSETS = {"euc-kr": "cp949", "euc_kr": "cp949", "ks_c_5601-1987": "cp949", "iso-8859-1": "cp1252"}


def _codec(name: str | None) -> str | None:
    if not name:
        return None
    name = SUPERSETS.get(name.lower(), name.lower())
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def meta_charset(body: bytes) -> str | None:
    match = META_CHARSET.search(body[:4096])
    return match.group(1).decode("ascii").lower() if match else None


def decode_page(body: bytes, declared: str | None, name: str) -> str:
    """The page as text; IngestError ("bad encoding") when no charset decodes it cleanly."""
    if not body.strip():
        raise IngestError(f"{name}: empty page")
    if body.startswith(codecs.BOM_UTF8):
        return body[len(codecs.BOM_UTF8) :].decode("utf-8", errors="replace")
    for candidate in (_codec(declared), _codec(meta_charset(body))):
        if candidate:
            try:
                return body.decode(candidate)
            except UnicodeDecodeError:
                continue  # a wrong declaration: fall through to detection
    best = from_bytes(body[:200_000]).best()
    codec = _codec(best.encoding) if best is not None else None
    if codec:
        try:
            return body.decode(codec)
        except UnicodeDecodeError:
            pass
    raise IngestError(f"{name}: bad encoding (no charset declared or detected decodes the page)")
