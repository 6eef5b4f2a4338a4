"""SHACL validation of an article graph against kg/data/shapes.ttl (pyshacl)."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

import rdflib
from pyshacl import validate


@lru_cache(maxsize=1)
def ontology_graph() -> rdflib.Graph:
    g = rdflib.Graph()
    g.parse(
        data=resources.files("kg").joinpath("data/ontology.ttl").read_text("utf-8"), format="turtle"
    )
    return g


@lru_cache(maxsize=1)
def shapes_graph() -> rdflib.Graph:
    g = rdflib.Graph()
    g.parse(
        data=resources.files("kg").joinpath("data/shapes.ttl").read_text("utf-8"), format="turtle"
    )
    return g


def shape_violations(graph: rdflib.Graph, limit: int = 5) -> list[str]:
    """Human-readable violations (at most `limit`); empty when the graph conforms."""
    conforms, report, _ = validate(
        graph, shacl_graph=shapes_graph(), ont_graph=ontology_graph(), inference="none"
    )
    if conforms:
        return []
    sh = rdflib.Namespace("http://www.w3.org/ns/shacl#")
    assert isinstance(report, rdflib.Graph)
    messages = []
    for result in report.subjects(rdflib.RDF.type, sh.ValidationResult):
        focus = report.value(result, sh.focusNode)
        path = report.value(result, sh.resultPath)
        message = report.value(result, sh.resultMessage)
        messages.append(f"{focus} {path}: {message}")
        if len(messages) >= limit:
            break
    return messages
