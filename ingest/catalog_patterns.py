"""EntityRuler patterns from the catalog, tokenised by the pipeline that will match them."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from kg.catalog import Catalog


def _exact_case(form: str) -> bool:
    """Short names and single plain words (Meta, Arm, Gemini) only match as written."""
    return len(form) <= 4 or (form.isalpha() and " " not in form)


def ruler_patterns(catalog: Catalog, make_doc: Callable[[str], Doc]) -> list[dict[str, object]]:
    """One token pattern per surface form; label = entity type, id = catalog id."""
    patterns: list[dict[str, object]] = []
    for entity in catalog:
        for form in entity.surface_forms():
            tokens = [t.text for t in make_doc(form) if not t.is_space]
            if not tokens:
                continue
            attr = "ORTH" if _exact_case(form) else "LOWER"
            pattern = [{attr: t if attr == "ORTH" else t.lower()} for t in tokens]
            patterns.append({"label": entity.type, "pattern": pattern, "id": entity.id})
    return patterns
