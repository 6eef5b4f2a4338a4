"""SHACL validation of an article graph against kg/data/shapes.ttl (pyshacl)."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

import rdflib
from pyshacl import validate

SH = rdflib.Namespace("http://www.w3.org/ns/shacl#")


def _load(name: str) -> rdflib.Graph:
    g = rdflib.Graph()
    g.parse(data=resources.files("kg").joinpath(f"data/{name}").read_text("utf-8"), format="turtle")
    return g


@lru_cache(maxsize=1)
def ontology_graph() -> rdflib.Graph:
    return _load("ontology.ttl")


@lru_cache(maxsize=2)
def shapes_graph(core: bool = False) -> rdflib.Graph:
    """All shapes; `core` drops the SPARQL-based constraints (offset/anchor cross-checks),
    which rdflib evaluates at ~3 s per article; ingest checks those offsets in Python."""
    g = _load("shapes.ttl")
    if core:
        g.remove((None, SH.sparql, None))
    return g


def shape_violations(graph: rdflib.Graph, limit: int = 5, full: bool = False) -> list[str]:
    """Human-readable violations (at most `limit`); empty when the graph conforms."""
    conforms, report, _ = validate(
        graph, shacl_graph=shapes_graph(core=not full), ont_graph=ontology_graph(), inference="none"
    )
    if conforms:
        return []
    assert isinstance(report, rdflib.Graph)
    messages = []
    for result in report.subjects(rdflib.RDF.type, SH.ValidationResult):
        focus = report.value(result, SH.focusNode)
        path = report.value(result, SH.resultPath)
        message = report.value(result, SH.resultMessage)
        messages.append(f"{focus} {path}: {message}")
        if len(messages) >= limit:
            break
    return messages
