"""‘코히어 툴킷(Cohere Toolkit)’, ‘아야(Aya)’, ‘커맨드 R+(Command R+)’: a quoted Hangul name
glossed in Latin script inside the quotes is one new name in both scripts.

The Korean press writes a new product's name this way. The quotes and the gloss fence the
name off, so it holds whatever is inside: a catalog name that begins it (`코히어` of 코히어
툴킷), a word Kiwi reads as no noun at all (`아야`, an interjection to it), or a `+`. Where the
quoted Hangul is a catalog name as a whole, the catalog has it already.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc, Span

from ingest.korean_roles import OPENERS

CLOSERS = {"’", "”", "'", '"'}
GLOSS_WORD = re.compile(r"[A-Z][\w.-]*|[A-Z0-9][A-Z0-9+.-]{0,4}|[a-z]+|\d+[\w.]*")
MAX_WORDS = 4

Typer = Callable[[Doc, int, int, str, str], str]  # (doc, start, end, text, default) -> type


def quoted_glosses(doc: Doc, typed: Typer) -> list[Span]:
    """The Hangul name and its Latin gloss of each ‘이름(Name)’, typed by the context
    (`typed`, product by default: the press quotes products)."""
    out: list[Span] = []
    for quote in (t.i for t in doc if t.text in OPENERS):
        open_ = next((t.i for t in doc[quote + 1 : quote + 2 + MAX_WORDS * 2] if t.text == "("), None)
        if open_ is None or open_ == quote + 1:
            continue
        close = next((t.i for t in doc[open_ + 1 : open_ + 2 + MAX_WORDS * 2] if t.text == ")"), None)
        if close is None or close + 1 >= len(doc) or doc[close + 1].text not in CLOSERS:
            continue
        hangul, latin = doc[quote + 1 : open_], doc[open_ + 1 : close]
        words = latin.text.split()
        if not re.search(r"[가-힣]", hangul.text) or re.search(r"[가-힣]", latin.text):
            continue
        if not 1 <= len(words) <= MAX_WORDS or len(hangul.text.split()) != len(words):
            continue
        if not words[0][:1].isupper() or not all(GLOSS_WORD.fullmatch(w) for w in words):
            continue
        if any(e.start == hangul.start and e.end == hangul.end and e.ent_id_ for e in doc.ents):
            continue  # the catalog's name, whole
        label = typed(doc, hangul.start, hangul.end, hangul.text, "Product")
        out += [Span(doc, hangul.start, hangul.end, label=label), Span(doc, latin.start, latin.end, label=label)]
    return out
