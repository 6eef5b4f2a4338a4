"""Read models over time: mentions per entity per month, top and rising entities, labels.

A month is the `YYYY-MM` of the article's `schema:datePublished`; articles without a date
do not count. Months without mentions are filled with zeros so series line up.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from kg.namespaces import local_name, sparql_prefixes
from kg.store import GraphStore

P = sparql_prefixes("tkg", "schema", "nif", "skos")


@dataclass(frozen=True)
class Counts:
    """Mentions of each entity in each month, and every month of the data in order."""

    months: list[str]
    by_entity: dict[str, dict[str, int]]

    def series(self, iri: str) -> list[int]:
        counts = self.by_entity.get(iri, {})
        return [counts.get(m, 0) for m in self.months]


def monthly_mentions(store: GraphStore, iris: list[str] | None = None) -> Counts:
    """Mention counts per (entity, month); all entities unless `iris` narrows them."""
    values = f"VALUES ?e {{ {' '.join(f'<{i}>' for i in iris)} }}" if iris else ""
    rows = store.select(f"""{P}
SELECT ?e ?month (COUNT(?m) AS ?n) WHERE {{
  {values}
  GRAPH ?g {{ ?m tkg:refersTo ?e ; tkg:inSentence/nif:referenceContext ?article .
             ?article schema:datePublished ?date }}
  BIND(SUBSTR(STR(?date), 1, 7) AS ?month)
}} GROUP BY ?e ?month""")
    by_entity: dict[str, dict[str, int]] = defaultdict(dict)
    for r in rows:
        by_entity[str(r["e"])][str(r["month"])] = int(str(r["n"]))
    return Counts(all_months(store), dict(by_entity))


def all_months(store: GraphStore) -> list[str]:
    """Every month from the oldest to the newest dated article, gaps included."""
    rows = store.select(f"""{P}
SELECT (MIN(?d) AS ?first) (MAX(?d) AS ?last) WHERE {{
  GRAPH ?g {{ ?a a schema:NewsArticle ; schema:datePublished ?date }} BIND(SUBSTR(STR(?date), 1, 7) AS ?d) }}""")
    if not rows or rows[0].get("first") is None:
        return []
    first, last = str(rows[0]["first"]), str(rows[0]["last"])
    year, month = int(first[:4]), int(first[5:7])
    out = []
    while f"{year:04d}-{month:02d}" <= last:
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def top_per_month(counts: Counts, n: int = 5) -> list[tuple[str, list[tuple[str, int]]]]:
    """Newest month first: the n most-mentioned entities of each month that has mentions."""
    out = []
    for month in reversed(counts.months):
        ranked = sorted(((c[month], e) for e, c in counts.by_entity.items() if c.get(month)), reverse=True)
        if ranked:
            out.append((month, [(e, k) for k, e in ranked[:n]]))
    return out


@dataclass(frozen=True)
class Rising:
    iri: str
    recent: int
    before: int


def rising(counts: Counts, window: int = 3, n: int = 10) -> list[Rising]:
    """Entities mentioned more in the last `window` months than in the `window` before them."""
    recent_months = set(counts.months[-window:])
    before_months = set(counts.months[-2 * window : -window])
    out = []
    for iri, by_month in counts.by_entity.items():
        recent = sum(v for m, v in by_month.items() if m in recent_months)
        before = sum(v for m, v in by_month.items() if m in before_months)
        if recent > before:
            out.append(Rising(iri, recent, before))
    out.sort(key=lambda r: (r.recent - r.before, r.recent), reverse=True)
    return out[:n]


def labels(store: GraphStore, iris: list[str]) -> dict[str, dict[str, str]]:
    """Preferred labels by language for each IRI (empty dict when it has none)."""
    if not iris:
        return {}
    values = " ".join(f"<{i}>" for i in dict.fromkeys(iris))
    rows = store.select(f"{P} SELECT ?e ?l WHERE {{ VALUES ?e {{ {values} }} GRAPH ?g {{ ?e skos:prefLabel ?l }} }}")
    out: dict[str, dict[str, str]] = {i: {} for i in iris}
    for r in rows:
        lang = getattr(r["l"], "language", None) or "en"
        out[str(r["e"])].setdefault(lang, str(r["l"]))
    return out


def label_in(names: dict[str, str], lang: str, iri: str) -> str:
    """The label in the UI language, else the other one, else the IRI's local name."""
    return names.get(lang) or names.get("en") or names.get("ko") or local_name(iri)


def display_names(store: GraphStore, iris: list[str], lang: str) -> dict[str, str]:
    """Each IRI's label in the UI language (with the fallbacks of `label_in`)."""
    return {iri: label_in(names, lang, iri) for iri, names in labels(store, iris).items()}
