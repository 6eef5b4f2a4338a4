"""The catalog EntityRuler: phrase patterns (fast PhraseMatcher) matched case-insensitively
in one pass, so the longest name wins (`Llama 2` over `Llama`, `HBM3E` over `HBM3`); then
short names and single plain words (Meta, Arm, Gemini) are kept only as written. A chip
named by a model code is also matched in the plural (`H200s`, `IPUs`, `LPUs`)."""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

import ingest.variants  # noqa: F401  (registers trendkg_variants)
from kg.catalog import Catalog

MODEL_CODE = re.compile(r"[A-Z][A-Z0-9-]*[A-Z0-9]")  # IPU, H200, MI300X: pluralised by a bare `s`


def _exact_case(form: str) -> bool:
    return len(form) <= 4 or (form.isalpha() and " " not in form)


def ruler_patterns(catalog: Catalog) -> tuple[list[dict[str, str]], dict[str, set[str]]]:
    """Phrase patterns (label = entity type, id = catalog id) and, by lower-cased form,
    the spellings that must match exactly."""
    patterns: list[dict[str, str]] = []
    exact: dict[str, set[str]] = {}
    for entity in catalog:
        forms = catalog.matchable_forms(entity)
        if entity.type == "Chip":
            forms += [f + "s" for f in forms if MODEL_CODE.fullmatch(f) and catalog.lookup(f + "s") in (None, entity)]
        for form in dict.fromkeys(forms):
            patterns.append({"label": entity.type, "pattern": form, "id": entity.id})
            if _exact_case(form):
                exact.setdefault(form.lower(), set()).add(form)
    return patterns, exact


class CaseCheck:
    """Drops catalog matches whose spelling differs from a must-match-exactly name."""

    def __init__(self, exact: dict[str, set[str]]) -> None:
        self.exact = exact

    def __call__(self, doc: Doc) -> Doc:
        doc.ents = [
            e
            for e in doc.ents
            if not (e.ent_id_ and e.text.lower() in self.exact and e.text not in self.exact[e.text.lower()])
        ]
        return doc


@Language.factory("trendkg_case_check", default_config={"exact": {}})
def make_case_check(nlp: Language, name: str, exact: dict[str, list[str]]) -> CaseCheck:
    return CaseCheck({k: set(v) for k, v in exact.items()})


def add_catalog_ruler(nlp: Language, catalog: Catalog, before: str | None = None) -> None:
    patterns, exact = ruler_patterns(catalog)
    if before:
        ruler = nlp.add_pipe("entity_ruler", name="catalog", config={"phrase_matcher_attr": "LOWER"}, before=before)
    else:
        ruler = nlp.add_pipe("entity_ruler", name="catalog", config={"phrase_matcher_attr": "LOWER"})
    ruler.add_patterns(patterns)  # type: ignore[attr-defined]
    nlp.add_pipe("trendkg_case_check", after="catalog", config={"exact": {k: sorted(v) for k, v in exact.items()}})
    nlp.add_pipe("trendkg_variants", after="trendkg_case_check")
