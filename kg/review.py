"""The review queue: cross-language merge candidates and newly found names a person decides.

Candidates live in their own named graph (`graph/review`); accepting one records
`owl:sameAs` there, so the decision is data, queryable and exported with the rest.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from decimal import Decimal

import rdflib
from rdflib.namespace import OWL, RDF, RDFS, XSD

from kg.namespaces import BASE, GRAPH, TKG, sparql_prefixes
from kg.store import GraphStore

REVIEW_GRAPH = str(GRAPH["review"])
STATES = ("open", "accepted", "rejected")


@dataclass(frozen=True)
class MergeCandidate:
    id: str
    source: str
    target: str
    label: str
    score: float
    state: str


def candidate_id(source: str, target: str) -> str:
    return hashlib.sha1(f"{source}|{target}".encode()).hexdigest()[:10]


def candidate_iri(cid: str) -> str:
    return f"{BASE}review/{cid}"


def add_candidates(store: GraphStore, pairs: list[tuple[str, str, str, float]]) -> int:
    """(source IRI, target IRI, label, score) -> open candidates; known pairs are kept as they are."""
    known = {c.id for c in list_candidates(store, None)}
    g = rdflib.Graph()
    added = 0
    for source, target, label, score in pairs:
        cid = candidate_id(source, target)
        if cid in known or candidate_id(target, source) in known:
            continue
        node = rdflib.URIRef(candidate_iri(cid))
        g.add((node, RDF.type, TKG.MergeCandidate))
        g.add((node, TKG.candidate, rdflib.URIRef(source)))
        g.add((node, TKG.sameAsCandidate, rdflib.URIRef(target)))
        g.add((node, RDFS.label, rdflib.Literal(label)))
        g.add((node, TKG.score, rdflib.Literal(Decimal(str(score)), datatype=XSD.decimal)))
        g.add((node, TKG.reviewState, rdflib.Literal("open")))
        known.add(cid)
        added += 1
    if added:
        store.add_quads(REVIEW_GRAPH, g)
    return added


def list_candidates(store: GraphStore, state: str | None = "open") -> list[MergeCandidate]:
    rows = store.select(
        f"""{sparql_prefixes("tkg", "rdfs")}
SELECT ?c ?s ?t ?label ?score ?state WHERE {{ GRAPH <{REVIEW_GRAPH}> {{
  ?c a tkg:MergeCandidate ; tkg:candidate ?s ; tkg:sameAsCandidate ?t ; rdfs:label ?label ;
     tkg:score ?score ; tkg:reviewState ?state }} }} ORDER BY DESC(?score) ?label"""
    )
    out = [
        MergeCandidate(
            str(r["c"]).rsplit("/", 1)[-1],
            str(r["s"]),
            str(r["t"]),
            str(r["label"]),
            float(str(r["score"])),
            str(r["state"]),
        )
        for r in rows
    ]
    return [c for c in out if state is None or c.state == state]


def decide(store: GraphStore, cid: str, accept: bool) -> MergeCandidate:
    """Accept (records owl:sameAs) or reject an open candidate."""
    found = next((c for c in list_candidates(store, None) if c.id == cid), None)
    if found is None:
        raise KeyError(f"no merge candidate {cid}")
    node = candidate_iri(cid)
    state = "accepted" if accept else "rejected"
    same = f"<{found.source}> <{OWL.sameAs}> <{found.target}> ." if accept else ""
    store.update(
        f"""DELETE {{ GRAPH <{REVIEW_GRAPH}> {{ <{node}> <{TKG.reviewState}> ?s }} }}
INSERT {{ GRAPH <{REVIEW_GRAPH}> {{ <{node}> <{TKG.reviewState}> "{state}" . {same} }} }}
WHERE {{ GRAPH <{REVIEW_GRAPH}> {{ <{node}> <{TKG.reviewState}> ?s }} }}"""
    )
    return MergeCandidate(found.id, found.source, found.target, found.label, found.score, state)


def decide_entity(store: GraphStore, entity: str, accept: bool) -> str:
    """Confirm a newly found name as a real entity, or reject it as noise; the decision is
    `tkg:reviewState` on the entity in the review graph (rejected names drop out of the queue)."""
    known = store.ask(f"ASK {{ GRAPH ?g {{ <{entity}> <{TKG.isNew}> true }} }}")
    if not known:
        raise KeyError(f"no new entity {entity}")
    state = "accepted" if accept else "rejected"
    store.update(
        f"""DELETE {{ GRAPH <{REVIEW_GRAPH}> {{ <{entity}> <{TKG.reviewState}> ?s }} }}
WHERE {{ GRAPH <{REVIEW_GRAPH}> {{ <{entity}> <{TKG.reviewState}> ?s }} }} ;
INSERT DATA {{ GRAPH <{REVIEW_GRAPH}> {{ <{entity}> <{TKG.reviewState}> "{state}" }} }}"""
    )
    return state


def entity_states(store: GraphStore) -> dict[str, str]:
    """Decisions taken on new entities, by IRI."""
    rows = store.select(
        f"""SELECT ?e ?s WHERE {{ GRAPH <{REVIEW_GRAPH}> {{ ?e <{TKG.reviewState}> ?s
  FILTER NOT EXISTS {{ ?e a <{TKG.MergeCandidate}> }} }} }}"""
    )
    return {str(r["e"]): str(r["s"]) for r in rows}
