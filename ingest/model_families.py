"""A model family named by the bare head of its hyphened codes: `o1` where the article also
writes `o1-preview` and `o1-mini`.

The small English model sees no name in a lower-case code, and discovery_en reads only the
hyphened ones (`LOWER_MODEL_CODE`); the bare head of such a code, met anywhere in the article
(a title often names the family before the body names its members), is the family's name.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Span

from ingest.discovery_en import LOWER_MODEL_CODE
from ingest.extraction import Mention
from ingest.mentions import new_entity_iri
from kg.catalog import Catalog


def article_model_families(docs: Iterable[Doc], catalog: Catalog) -> set[str]:
    """Heads of the article's lower-case model codes (`o1` of `o1-preview`) the catalog lacks."""
    heads = {
        t.text.split("-", 1)[0] for doc in docs if doc.lang_ != "ko" for t in doc if LOWER_MODEL_CODE.fullmatch(t.text)
    }
    return {head for head in heads if catalog.lookup(head) is None}


def family_mentions(
    doc: Doc, found: list[tuple[Span, Mention]], offset: int, index: int, families: set[str]
) -> list[tuple[Span, Mention]]:
    """The families' bare names in an English sentence, where no name finder saw a name."""
    if not families or doc.lang_ == "ko":
        return []
    taken = {t.i for span, _ in found for t in span}
    out: list[tuple[Span, Mention]] = []
    for token in doc:
        if token.i in taken or token.text not in families:
            continue
        start = offset + token.idx
        mention = Mention(token.text, start, start + len(token.text), "Product", new_entity_iri(token.text), index,
                          token.text, is_new=True)  # fmt: skip
        out.append((doc[token.i : token.i + 1], mention))
    return out
