"""A model family named by the bare head of its hyphened codes: `o1` where the article also
writes `o1-preview` and `o1-mini`.

The small English model sees no name in a lower-case code, and discovery_en reads only the
hyphened ones (`LOWER_MODEL_CODE`); the bare head of such a code, met anywhere in the article
(a title often names the family before the body names its members), is the family's name.
Each head is handed to the article's short forms (`mentions.short_form_mentions`) before the
first sentence is read, so every bare `o1` links to the family.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc

from ingest.discovery_en import LOWER_MODEL_CODE
from ingest.extraction import Mention
from ingest.mentions import new_entity_iri
from kg.catalog import Catalog


def model_families(docs: Iterable[Doc], catalog: Catalog) -> dict[str, Mention]:
    """The family of each head of the article's lower-case model codes (`o1` of `o1-preview`)
    the catalog lacks, as the antecedent its bare mentions take."""
    heads = {
        t.text.split("-", 1)[0] for doc in docs if doc.lang_ != "ko" for t in doc if LOWER_MODEL_CODE.fullmatch(t.text)
    }
    return {
        head: Mention(head, 0, 0, "Product", new_entity_iri(head), 0, head, is_new=True)
        for head in sorted(heads)
        if catalog.lookup(head) is None
    }
