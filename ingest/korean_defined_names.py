"""A short name a Korean article defines for a glossed one: `볼파라 헬스 테크놀로지(Volpara
Health Technologies, 이하 볼파라)` — `이하 X` says the article calls it X from here on.

The short name would otherwise mint an entity of its own. Like the model families
(`ingest.model_families`), it is handed to the article's short forms before the first
sentence is read, standing for the name the gloss spells out.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc

from ingest.extraction import Mention
from ingest.mentions import new_entity_iri
from ingest.scripts import HANGUL
from kg.catalog import Catalog

REACH = 10  # tokens back from `이하` to the gloss's opening parenthesis


def defined_short_names(docs: Iterable[Doc], catalog: Catalog) -> dict[str, Mention]:
    """Each `이하 X` short name, to the entity its gloss names (the catalog's, else a new one)."""
    out: dict[str, Mention] = {}
    for doc in docs:
        if doc.lang_ != "ko":
            continue
        for tok in doc:
            if tok.text != "이하" or tok.i < 3 or doc[tok.i - 1].text not in (",", "，"):
                continue
            close = next((t.i for t in doc[tok.i + 1 : tok.i + 5] if t.text == ")"), None)
            opening = next((t.i for t in reversed(doc[max(0, tok.i - REACH) : tok.i]) if t.text == "("), None)
            if close is None or opening is None:
                continue
            gloss, short = doc[opening + 1 : tok.i - 1].text.strip(), doc[tok.i + 1 : close].text.strip()
            if not gloss or not short or HANGUL.search(gloss) or short == gloss:
                continue
            entity = catalog.lookup(gloss)
            if entity is not None:
                out[short] = Mention(gloss, 0, 0, entity.type, entity.iri, 0, gloss)
            else:
                kind = next((e.label_ for e in doc.ents if e.start == opening + 1), "Company")
                out[short] = Mention(gloss, 0, 0, kind, new_entity_iri(gloss), 0, gloss, is_new=True)
    return out
