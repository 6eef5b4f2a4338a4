"""Completion for the SPARQL editor from our own graph: entities by label, classes, predicates.

Entities match on any Korean or English label (prefLabel or altLabel) or their id; classes
and predicates are the ones the data actually uses, as prefixed names. The vocabulary scan
is cached per set of graphs, so it reruns only after an ingest or delete.
"""

from __future__ import annotations

import threading
from dataclasses import asdict, dataclass

from rdflib import Literal

from kg.namespaces import ID, PREFIXES, sparql_prefixes
from kg.store import GraphStore
from qa.trends import labels

KINDS = ("entity", "class", "predicate")
P = sparql_prefixes("skos", "rdf")


@dataclass(frozen=True)
class Completion:
    text: str  # what goes into the query
    label: str  # what the list shows
    detail: str  # type, or the full IRI


def compact(iri: str) -> str:
    """`tkg:Company` for a known namespace, else `<iri>`."""
    for name, base in sorted(PREFIXES.items(), key=lambda kv: -len(kv[1])):
        rest = iri[len(base) :]
        if iri.startswith(base) and rest and all(ch.isalnum() or ch in "_-" for ch in rest):
            return f"{name}:{rest}"
    return f"<{iri}>"


class Completer:
    def __init__(self, store: GraphStore) -> None:
        self.store = store
        self._vocab: tuple[tuple[str, ...], dict[str, list[str]]] | None = None
        self._lock = threading.Lock()

    def complete(self, prefix: str, kind: str, limit: int = 20) -> list[dict[str, str]]:
        found = self.entities(prefix, limit) if kind == "entity" else self.terms(prefix, kind, limit)
        return [asdict(c) for c in found]

    def entities(self, prefix: str, limit: int) -> list[Completion]:
        needle = prefix.strip().lower().removeprefix("id:")
        if not needle:
            return []
        literal = Literal(needle).n3()
        rows = self.store.select(f"""{P}
SELECT ?e (SAMPLE(?shown) AS ?label) (SAMPLE(?t) AS ?type) WHERE {{
  GRAPH ?g {{ ?e skos:prefLabel|skos:altLabel ?l }}
  FILTER(STRSTARTS(STR(?e), "{ID}"))
  FILTER(STRSTARTS(LCASE(STR(?l)), {literal}) || STRSTARTS(LCASE(SUBSTR(STR(?e), {len(str(ID)) + 1})), {literal}))
  OPTIONAL {{ GRAPH ?g2 {{ ?e skos:prefLabel ?shown }} }}
  OPTIONAL {{ GRAPH ?g3 {{ ?e rdf:type ?t }} }}
}} GROUP BY ?e LIMIT {limit * 3}""")
        names = {iri: " / ".join(v for _, v in sorted(by_lang.items(), reverse=True))
                 for iri, by_lang in labels(self.store, [str(r["e"]) for r in rows]).items()}
        out = [
            Completion(compact(str(r["e"])), names.get(str(r["e"]), ""),
                       compact(str(r["type"])) if r.get("type") is not None else "")
            for r in rows
        ]
        def rank(c: Completion) -> tuple[bool, int, str]:
            # a name or id that starts with the input first, then names found by an alias
            direct = c.text.removeprefix("id:").startswith(needle) or any(
                part.lower().startswith(needle) for part in c.label.split(" / "))
            return (not direct, len(c.text), c.text)

        out.sort(key=rank)
        return out[:limit]

    def terms(self, prefix: str, kind: str, limit: int) -> list[Completion]:
        needle = prefix.strip().lower()
        names = self._vocabulary()[kind]
        hits = [n for n in names if n.lower().startswith(needle) or n.split(":", 1)[-1].lower().startswith(needle)]
        return [Completion(n, n, kind) for n in hits[:limit]]

    def _vocabulary(self) -> dict[str, list[str]]:
        graphs = tuple(sorted(self.store.graph_iris()))
        with self._lock:
            if self._vocab is None or self._vocab[0] != graphs:
                classes = self.store.select("SELECT DISTINCT ?c WHERE { GRAPH ?g { ?s a ?c } }")
                predicates = self.store.select("SELECT DISTINCT ?p WHERE { GRAPH ?g { ?s ?p ?o } }")
                vocab = {
                    "class": sorted(compact(str(r["c"])) for r in classes if not str(r["c"]).startswith("_")),
                    "predicate": sorted(compact(str(r["p"])) for r in predicates),
                }
                self._vocab = (graphs, vocab)
            return self._vocab[1]
