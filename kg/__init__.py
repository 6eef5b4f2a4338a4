"""The knowledge store: ontology, entity catalog, graph store, embeddings and vectors.

`kg` imports nothing else of this project; ingest and qa build on it.
"""

from kg.namespaces import GRAPH, ID, SCHEMA, TKG, article_iri, entity_iri, graph_iri
from kg.settings import Settings
from kg.store import GraphStore, OxigraphGraphStore, StoreError

__all__ = [
    "GRAPH",
    "ID",
    "SCHEMA",
    "TKG",
    "GraphStore",
    "OxigraphGraphStore",
    "Settings",
    "StoreError",
    "article_iri",
    "entity_iri",
    "graph_iri",
]
