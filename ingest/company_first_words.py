"""A new company named by the first word of its full name anywhere in the article: `Alphawave`
where the article also writes `Alphawave IP Group`.

A title often names a company short before the body gives its full name, and the two would
mint two entities. Like the model families (`ingest.model_families`), each short form is
handed to the article's short forms before the first sentence is read. A short form the
article names alone in two sentences or more before the full name is a company of its own
(`Nokia`, long before `Nokia Siemens Networks`, their joint venture).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable

from spacy.tokens import Doc

from ingest.extraction import Mention
from ingest.mentions import company_short_forms, new_entity_iri
from kg.catalog import Catalog

ALONE_BEFORE = 2  # a title, and then the body's first sentence, may name the company short


def company_first_words(docs: Iterable[Doc], catalog: Catalog) -> dict[str, Mention]:
    """The article's new English company names (found as companies, unknown to the catalog) by
    their short forms, where only one name has that short form and the catalog knows no
    name spelt so."""
    names: dict[str, set[str]] = defaultdict(set)
    alone: Counter[str] = Counter()  # sentences naming a short form alone before its full name
    for doc in docs:
        if doc.lang_ == "ko":
            continue
        for ent in doc.ents:
            if ent.label_ == "Company" and not ent.ent_id_ and catalog.lookup(ent.text) is None:
                for form in company_short_forms(ent.text, new=True)[1:]:
                    names[form].add(ent.text)
        alone.update({ent.text for ent in doc.ents if ent.text not in names})
    return {
        form: Mention(full, 0, 0, "Company", new_entity_iri(full), 0, full, is_new=True)
        for form, fulls in sorted(names.items())
        if len(fulls) == 1 and catalog.lookup(form) is None and alone[form] < ALONE_BEFORE
        for full in fulls
    }
