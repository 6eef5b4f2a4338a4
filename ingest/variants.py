"""Versions and editions written after a known name are a different product.

`엑사원 3.0`, `Llama 3.2`, `Snapdragon X Plus`, `iPhone 15 Pro`: the catalog knows the family
(`엑사원`, `Llama`, `Snapdragon`, `iPhone`) and the phrase matcher stops there, which would link
the edition to the family. The span is extended over the version or edition words and its
catalog link dropped, so it becomes a new entity of the same type (and can be reviewed or
added to the catalog later).
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from ingest.extraction import ARTIFACT_TYPES

VARIANT = "trendkg:variant"  # ent_id of an extended span: not a catalog id, a new name
EDITION = r"(?:Pro|Max|Ultra|Plus|Elite|Mini|Nano|Lite|Turbo|Air)"
TAIL = re.compile(rf"^ (?:\d+\.\d+(?:\.\d+)?(?![\d.])|(?:(?:[A-Z]|\d{{1,3}}) )?{EDITION}(?![A-Za-z]))")


@Language.component("trendkg_variants")
def extend_variants(doc: Doc) -> Doc:
    ents = list(doc.ents)
    out: list[Span] = []
    for i, ent in enumerate(ents):
        tail = TAIL.match(doc.text[ent.end_char :]) if ent.ent_id_ and ent.label_ in ARTIFACT_TYPES else None
        longer = doc.char_span(ent.start_char, ent.end_char + tail.end(), alignment_mode="expand") if tail else None
        nxt = ents[i + 1] if i + 1 < len(ents) else None
        if longer is None or (nxt is not None and nxt.start < longer.end):
            out.append(ent)
            continue
        out.append(Span(doc, longer.start, longer.end, label=ent.label_, kb_id=longer.text, span_id=VARIANT))
    doc.ents = out
    return doc
