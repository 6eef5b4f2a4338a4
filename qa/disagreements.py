"""Claims whose sources disagree: the same entity, unit and target date, different amounts.

A heuristic over the stored quantities (`tkg:hasValue/tkg:amount`, `tkg:unit`): two
articles that give the same kind of figure about the same entity with different values
are shown side by side, so a reader can weigh them; nothing is decided for them.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from kg.namespaces import sparql_prefixes
from kg.store import GraphStore
from qa.browse import text_of

P = sparql_prefixes("tkg", "schema", "nif", "rdfs")


@dataclass(frozen=True)
class ValueClaim:
    claim: str
    entity: str
    text: str
    amount: Decimal
    unit: str
    raw: str
    target: str | None
    article: str
    title: str
    date: str | None
    speaker: str | None
    citation: str | None


@dataclass(frozen=True)
class Disagreement:
    entity: str
    unit: str
    target: str | None
    sides: list[ValueClaim]

    @property
    def latest(self) -> str:
        return max((c.date or "" for c in self.sides), default="")


def value_claims(store: GraphStore, about: str | None = None) -> list[ValueClaim]:
    """Every claim that carries a quantity, with its entity, article and source."""
    values = f"VALUES ?e {{ <{about}> }}" if about else ""
    rows = store.select(f"""{P}
SELECT DISTINCT ?c ?e ?text ?amount ?unit ?raw ?target ?article ?title ?date ?speaker ?citation WHERE {{
  {values}
  GRAPH ?g {{
    ?c a tkg:Claim ; tkg:about ?e ; tkg:claimText ?text ; tkg:hasValue ?q ;
       tkg:inSentence/nif:referenceContext ?article .
    ?q tkg:amount ?amount ; tkg:unit ?unit ; tkg:rawText ?raw .
    ?article schema:headline ?title .
    OPTIONAL {{ ?article schema:datePublished ?date }}
    OPTIONAL {{ ?c tkg:targetDate ?target }}
    OPTIONAL {{ ?c tkg:attributedToName ?speaker }}
    OPTIONAL {{ ?c schema:citation/rdfs:label ?citation }}
  }}
}}""")

    return [
        ValueClaim(str(r["c"]), str(r["e"]), str(r["text"]), Decimal(str(r["amount"])), str(r["unit"]), str(r["raw"]),
                   text_of(r, "target"), str(r["article"]), str(r["title"]), text_of(r, "date"), text_of(r, "speaker"),
                   text_of(r, "citation"))
        for r in rows
    ]


def disagreements(claims: list[ValueClaim]) -> list[Disagreement]:
    """Groups (entity, unit, target date) holding different amounts from different articles; newest first.

    Only dated figures (a target date: forecasts, market shares of a year) count, and only
    claims with one amount in that unit: "50% and 10%" cannot be matched to a side.
    """
    per_claim: dict[tuple[str, str], set[Decimal]] = defaultdict(set)
    for c in claims:
        per_claim[(c.claim, c.unit)].add(c.amount)
    groups: dict[tuple[str, str, str | None], list[ValueClaim]] = defaultdict(list)
    for c in claims:
        if c.target is None or len(per_claim[(c.claim, c.unit)]) > 1:
            continue
        groups[(c.entity, c.unit, c.target)].append(c)
    out = []
    for (entity, unit, target), group in groups.items():
        by_article: dict[str, ValueClaim] = {}
        for c in sorted(group, key=lambda c: (c.date or "", c.article)):
            by_article.setdefault(c.article, c)
        if len(by_article) > 1 and len({c.amount for c in by_article.values()}) > 1:
            out.append(Disagreement(entity, unit, target, list(by_article.values())))
    out.sort(key=lambda d: d.latest, reverse=True)
    return out
