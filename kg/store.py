"""The graph store seam: one interface, an embedded Oxigraph implementation.

Callers speak rdflib (graphs, terms, result rows); the embedded store is rdflib's API over
oxrdflib, so SPARQL strings are evaluated by Oxigraph, never by rdflib's slow engine.
One named graph per article: `replace_graph` swaps a graph in a single Oxigraph
transaction, so a crash leaves the old version or the new one, never half.
Nothing is kept in the default graph; queries see the union of the named graphs.
"""

from __future__ import annotations

import gc
import shutil
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, Protocol

import pyoxigraph as ox
import rdflib
import rdflib.plugins.sparql
from oxrdflib import OxigraphStore
from rdflib.term import Node

# FROM/USING must never make the process fetch URLs.
rdflib.plugins.sparql.SPARQL_LOAD_GRAPHS = False

Row = dict[str, Node]


class StoreError(Exception):
    """A query or update the store refused (syntax, I/O); the message is for users."""


class GraphStore(Protocol):
    """What the rest of trendkg needs from a graph store."""

    def select(self, query: str) -> list[Row]: ...

    def ask(self, query: str) -> bool: ...

    def construct(self, query: str) -> rdflib.Graph: ...

    def update(self, update: str) -> None: ...

    def replace_graph(self, graph_iri: str, triples: rdflib.Graph) -> None: ...

    def add_quads(self, graph_iri: str, triples: Iterable[tuple[Node, Node, Node]]) -> None: ...

    def drop_graph(self, graph_iri: str) -> bool: ...

    def graph_iris(self) -> list[str]: ...

    def export(self, fmt: str) -> bytes: ...

    def close(self) -> None: ...


def _ox_term(node: Node) -> Any:
    if isinstance(node, rdflib.URIRef):
        return ox.NamedNode(str(node))
    if isinstance(node, rdflib.BNode):
        return ox.BlankNode(str(node))
    if isinstance(node, rdflib.Literal):
        if node.language:
            return ox.Literal(str(node), language=node.language)
        if node.datatype:
            return ox.Literal(str(node), datatype=ox.NamedNode(str(node.datatype)))
        return ox.Literal(str(node))
    raise TypeError(f"cannot store {node!r}")


class TermCache:
    """Oxigraph terms -> rdflib terms; literals are remembered (building an rdflib Literal
    parses its value), up to a bound so a long-running server does not grow without end."""

    LIMIT = 200_000

    def __init__(self) -> None:
        self._literals: dict[tuple[str, str, str], Node] = {}

    def convert(self, term: Any) -> Node:
        if isinstance(term, ox.NamedNode):
            return rdflib.URIRef(term.value)
        if isinstance(term, ox.BlankNode):
            return rdflib.BNode(term.value)
        if isinstance(term, ox.Literal):
            key = (term.value, term.datatype.value, term.language or "")
            found = self._literals.get(key)
            if found is None:
                found = (
                    rdflib.Literal(term.value, lang=term.language)
                    if term.language
                    else rdflib.Literal(term.value, datatype=rdflib.URIRef(term.datatype.value))
                )
                if len(self._literals) >= self.LIMIT:
                    self._literals.clear()
                self._literals[key] = found
            return found
        raise StoreError(f"unexpected term in a result: {term!r}")


RDF_FORMATS: dict[str, ox.RdfFormat] = {
    "trig": ox.RdfFormat.TRIG,
    "nquads": ox.RdfFormat.N_QUADS,
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
    "rdfxml": ox.RdfFormat.RDF_XML,
}


class OxigraphGraphStore:
    """The embedded store: rdflib over oxrdflib over an on-disk Oxigraph (RocksDB).

    Only one process may open the directory (RocksDB takes a lock), so a server is one
    process with threads; writes are serialised by `write_lock` and bump `generation`,
    which readers of snapshots (see kg.sparql_runner) use to notice new data.
    """

    def __init__(self, path: str | Path | None) -> None:
        self.path = Path(path) if path is not None else None
        if self.path is not None:
            self.path.mkdir(parents=True, exist_ok=True)
        try:
            inner = ox.Store(str(self.path)) if self.path is not None else ox.Store()
        except OSError as exc:
            raise StoreError(f"cannot open the graph store at {self.path}: {exc}") from exc
        self._inner = inner
        self.dataset = rdflib.Dataset(store=OxigraphStore(store=inner), default_union=True)
        self._prefixes = {prefix: str(ns) for prefix, ns in self.dataset.namespaces() if prefix}
        self._terms = TermCache()
        self.write_lock = threading.RLock()
        self.generation = 0

    @property
    def oxigraph(self) -> ox.Store:
        """The underlying pyoxigraph store, for callers that stream its own serializers."""
        return self._inner

    # -- reading ---------------------------------------------------------------------
    def _query(self, query: str) -> rdflib.query.Result:
        try:
            return self.dataset.query(query)
        except SyntaxError as exc:
            raise StoreError(f"SPARQL syntax error: {exc}") from exc
        except OSError as exc:
            raise StoreError(f"store error: {exc}") from exc

    def select(self, query: str) -> list[Row]:
        """Rows of rdflib terms, read from Oxigraph's solutions directly: the same query rdflib
        would hand to Oxigraph (union default graph, the dataset's prefixes), without
        oxrdflib's per-binding conversion, which cost more than the query on QA's reads."""
        try:
            result = self._inner.query(query, use_default_graph_as_union=True, prefixes=self._prefixes)
        except SyntaxError as exc:
            raise StoreError(f"SPARQL syntax error: {exc}") from exc
        except OSError as exc:
            raise StoreError(f"store error: {exc}") from exc
        if not isinstance(result, ox.QuerySolutions):
            raise StoreError("expected a SELECT query")
        names = [v.value for v in result.variables]
        convert = self._terms.convert
        return [
            {n: convert(term) for n, term in zip(names, solution, strict=True) if term is not None}
            for solution in result
        ]

    def ask(self, query: str) -> bool:
        result = self._query(query)
        if result.type != "ASK":
            raise StoreError("expected an ASK query")
        return bool(result.askAnswer)

    def construct(self, query: str) -> rdflib.Graph:
        result = self._query(query)
        if result.type != "CONSTRUCT" or result.graph is None:
            raise StoreError("expected a CONSTRUCT query")
        return result.graph

    # -- writing ---------------------------------------------------------------------
    def update(self, update: str) -> None:
        with self.write_lock:
            try:
                self._inner.update(update)
            except SyntaxError as exc:
                raise StoreError(f"SPARQL syntax error: {exc}") from exc
            except OSError as exc:
                raise StoreError(f"store error: {exc}") from exc
            self.generation += 1

    def replace_graph(self, graph_iri: str, triples: rdflib.Graph) -> None:
        """Swap the named graph's content in one transaction (old or new, never half)."""
        body = triples.serialize(format="nt")
        with self.write_lock:
            self._inner.update(
                f"DROP SILENT GRAPH <{graph_iri}> ;\nINSERT DATA {{ GRAPH <{graph_iri}> {{\n{body}\n}} }}"
            )
            self.generation += 1

    def add_quads(self, graph_iri: str, triples: Iterable[tuple[Node, Node, Node]]) -> None:
        g = ox.NamedNode(graph_iri)
        quads = [ox.Quad(_ox_term(s), _ox_term(p), _ox_term(o), g) for s, p, o in triples]
        with self.write_lock:
            self._inner.extend(quads)
            self.generation += 1

    def drop_graph(self, graph_iri: str) -> bool:
        node = ox.NamedNode(graph_iri)
        with self.write_lock:
            if not self._inner.contains_named_graph(node):
                return False
            self._inner.remove_graph(node)
            self.generation += 1
            return True

    def graph_iris(self) -> list[str]:
        return sorted(g.value for g in self._inner.named_graphs() if isinstance(g, ox.NamedNode))

    def triple_count(self) -> int:
        rows = self.select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
        return int(str(rows[0]["n"])) if rows else 0

    def export(self, fmt: str) -> bytes:
        if fmt not in RDF_FORMATS:
            raise StoreError(f"unknown export format {fmt!r}; use one of {', '.join(RDF_FORMATS)}")
        rdf_format = RDF_FORMATS[fmt]
        if rdf_format.supports_datasets:
            return self._inner.dump(format=rdf_format) or b""
        merged = ox.Store()
        merged.extend(ox.Quad(q.subject, q.predicate, q.object, ox.DefaultGraph()) for q in self._inner)
        return merged.dump(format=rdf_format, from_graph=ox.DefaultGraph()) or b""

    def snapshot(self, target: Path) -> Path:
        """A consistent on-disk copy (hard links) another process can open on its own."""
        if self.path is None:
            raise StoreError("an in-memory store has no snapshots")
        if target.exists():
            shutil.rmtree(target)
        target.parent.mkdir(parents=True, exist_ok=True)
        with self.write_lock:
            self._inner.flush()
            self._inner.backup(str(target))
        return target

    def quads(self) -> Iterator[ox.Quad]:
        return iter(self._inner)

    def close(self) -> None:
        """Release the RocksDB lock: every reference to the pyoxigraph store must go."""
        if not hasattr(self, "_inner"):
            return
        self._inner.flush()
        self.dataset.close()
        del self.dataset
        del self._inner
        gc.collect()
