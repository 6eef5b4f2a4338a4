"""A short name a Korean article defines for a glossed one: `볼파라 헬스 테크놀로지(Volpara
Health Technologies, 이하 볼파라)`, `SM엔터테인먼트(이하 SM)` — `이하 X` says the article calls
it X from here on.

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
            if tok.text != "이하" or tok.i < 3:
                continue
            close = next((t.i for t in doc[tok.i + 1 : tok.i + 5] if t.text == ")"), None)
            if doc[tok.i - 1].text == "(" and close is not None:
                named = next((e for e in doc.ents if e.end == tok.i - 1), None)  # `SM엔터테인먼트(이하 SM)`
                short = doc[tok.i + 1 : close].text.strip()
                if named is not None and short and short != named.text:
                    out[short] = _named(named.text, named.label_, catalog)
                continue
            if doc[tok.i - 1].text not in (",", "，"):
                continue
            opening = next((t.i for t in reversed(doc[max(0, tok.i - REACH) : tok.i]) if t.text == "("), None)
            if close is None or opening is None:
                continue
            gloss, short = doc[opening + 1 : tok.i - 1].text.strip(), doc[tok.i + 1 : close].text.strip()
            if not gloss or not short or HANGUL.search(gloss) or short == gloss:
                continue
            kind = next((e.label_ for e in doc.ents if e.start == opening + 1), "Company")
            out[short] = _named(gloss, kind, catalog)
    return out


def _named(name: str, kind: str, catalog: Catalog) -> Mention:
    """The entity a defining gloss names: the catalog's, else a new one minted from `name`."""
    entity = catalog.lookup(name)
    if entity is not None:
        return Mention(name, 0, 0, entity.type, entity.iri, 0, name)
    return Mention(name, 0, 0, kind, new_entity_iri(name), 0, name, is_new=True)
