"""Read models for entity and article pages, straight from the graph by SPARQL."""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

from kg.namespaces import article_iri, entity_iri, local_name, sparql_prefixes
from kg.store import GraphStore

P = sparql_prefixes("tkg", "schema", "nif", "rdf", "rdfs", "skos", "owl", "prov")


def text_of(row: dict[str, Any], key: str) -> str | None:
    value = row.get(key)
    return str(value) if value is not None else None


SAFE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._~-]{0,199}")


def entity_view(store: GraphStore, slug: str) -> dict[str, Any] | None:
    """Labels, type, aliases, Wikidata, relations in/out with evidence counts, claims, articles."""
    if not SAFE_ID.fullmatch(slug):  # ids are slugs; anything else cannot name an entity
        return None
    iri = entity_iri(slug)
    rows = store.select(f"""{P}
SELECT ?p ?o WHERE {{ GRAPH ?g {{ <{iri}> ?p ?o }} }}""")
    if not rows:
        mentioned = store.ask(f"{P} ASK {{ GRAPH ?g {{ ?m tkg:refersTo <{iri}> }} }}")
        if not mentioned:
            return None
    labels: dict[str, str] = {}
    aliases: list[str] = []
    types: set[str] = set()
    wikidata = None
    for r in rows:
        p, o = str(r["p"]), r["o"]
        if p.endswith("core#prefLabel"):
            labels.setdefault(getattr(o, "language", None) or "en", str(o))
        elif p.endswith("core#altLabel"):
            aliases.append(str(o))
        elif p.endswith("#type"):
            types.add(local_name(str(o)))
        elif p.endswith("#sameAs"):
            wikidata = str(o)
    relations: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for direction, this, other in (("out", "subject", "object"), ("in", "object", "subject")):
        for r in store.select(f"""{P}
SELECT ?p ?other (COUNT(DISTINCT ?a) AS ?n) WHERE {{
  GRAPH ?g {{ ?a a tkg:RelationAssertion ; rdf:{this} <{iri}> ; rdf:predicate ?p ; rdf:{other} ?other }}
}} GROUP BY ?p ?other ORDER BY ?p DESC(?n)"""):
            relations[f"{direction}:{local_name(str(r['p']))}"].append(
                {"iri": str(r["other"]), "slug": local_name(str(r["other"])), "count": int(str(r["n"]))}
            )
    claims = store.select(f"""{P}
SELECT ?text ?speaker ?citation ?article ?title ?date WHERE {{
  GRAPH ?g {{
    ?c a tkg:Claim ; tkg:about <{iri}> ; tkg:claimText ?text ; tkg:inSentence/nif:referenceContext ?article .
    ?article schema:headline ?title .
    OPTIONAL {{ ?article schema:datePublished ?date }}
    OPTIONAL {{ ?c tkg:attributedToName ?speaker }}
    OPTIONAL {{ ?c schema:citation/rdfs:label ?citation }}
  }}
}} ORDER BY ?date LIMIT 100""")
    articles = store.select(f"""{P}
SELECT ?article ?title ?date ?lang (COUNT(?m) AS ?n) WHERE {{
  GRAPH ?g {{
    ?m tkg:refersTo <{iri}> ; tkg:inSentence/nif:referenceContext ?article .
    ?article schema:headline ?title ; schema:inLanguage ?lang .
    OPTIONAL {{ ?article schema:datePublished ?date }}
  }}
}} GROUP BY ?article ?title ?date ?lang ORDER BY DESC(?date)""")
    return {
        "iri": iri,
        "slug": slug,
        "labels": labels,
        "aliases": aliases,
        "types": sorted(types - {"Entity"}),
        "wikidata": wikidata,
        "relations": dict(relations),
        "claims": [
            {k: text_of(c, k) for k in ("text", "speaker", "citation", "article", "title", "date")} for c in claims
        ],
        "articles": [
            {"iri": text_of(a, "article"), "slug": local_name(str(a["article"])), "title": text_of(a, "title"),
             "date": text_of(a, "date"), "lang": text_of(a, "lang"), "mentions": int(str(a["n"]))}
            for a in articles
        ],
    }


def article_view(store: GraphStore, article_id: str) -> dict[str, Any] | None:
    """Metadata, text with mention spans, references, relations and claims of one article."""
    if not SAFE_ID.fullmatch(article_id):
        return None
    iri = article_iri(article_id)
    meta = store.select(f"""{P}
SELECT ?title ?lang ?date ?url ?publisher ?text WHERE {{
  GRAPH ?g {{ <{iri}> schema:headline ?title ; schema:inLanguage ?lang ; tkg:text ?text .
    OPTIONAL {{ <{iri}> schema:datePublished ?date }} OPTIONAL {{ <{iri}> schema:url ?url }}
    OPTIONAL {{ <{iri}> schema:publisher ?publisher }} }}
}}""")
    if not meta:
        return None
    m = meta[0]
    mentions = store.select(f"""{P}
SELECT ?b ?e ?entity WHERE {{ GRAPH ?g {{
  ?m tkg:refersTo ?entity ; nif:beginIndex ?b ; nif:endIndex ?e ; tkg:inSentence/nif:referenceContext <{iri}> }}
}} ORDER BY ?b""")
    refs = store.select(f"""{P}
SELECT ?n ?label WHERE {{ GRAPH ?g {{ ?r tkg:inArticle <{iri}> ; tkg:footnoteNumber ?n ; rdfs:label ?label }} }}
ORDER BY ?n""")
    relations = store.select(f"""{P}
SELECT ?s ?p ?o ?text ?status WHERE {{ GRAPH ?g {{
  ?a a tkg:RelationAssertion ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; tkg:status ?status ;
     tkg:inSentence ?sent . ?sent nif:referenceContext <{iri}> ; nif:anchorOf ?text }} }}""")
    claims = store.select(f"""{P}
SELECT ?text ?speaker ?citation WHERE {{ GRAPH ?g {{
  ?c a tkg:Claim ; tkg:claimText ?text ; tkg:inSentence/nif:referenceContext <{iri}> .
  OPTIONAL {{ ?c tkg:attributedToName ?speaker }} OPTIONAL {{ ?c schema:citation/rdfs:label ?citation }} }} }}""")
    return {
        "iri": iri,
        "id": article_id,
        **{k: text_of(m, k) for k in ("title", "lang", "date", "url", "publisher", "text")},
        "mentions": [
            {"start": int(str(r["b"])), "end": int(str(r["e"])), "slug": local_name(str(r["entity"]))}
            for r in mentions
        ],
        "references": [{"number": int(str(r["n"])), "label": str(r["label"])} for r in refs],
        "relations": [
            {"subject": local_name(str(r["s"])), "predicate": local_name(str(r["p"])),
             "object": local_name(str(r["o"])), "sentence": str(r["text"]), "status": str(r["status"])}
            for r in relations
        ],
        "claims": [{k: text_of(c, k) for k in ("text", "speaker", "citation")} for c in claims],
    }


def segments(text: str, mentions: list[dict[str, Any]]) -> list[tuple[str, str | None]]:
    """The text cut into (piece, entity slug or None) for highlighting; overlaps skipped."""
    out: list[tuple[str, str | None]] = []
    pos = 0
    for m in sorted(mentions, key=lambda x: x["start"]):
        if m["start"] < pos:
            continue
        out.append((text[pos : m["start"]], None))
        out.append((text[m["start"] : m["end"]], m["slug"]))
        pos = m["end"]
    out.append((text[pos:], None))
    return out


def stats(store: GraphStore) -> dict[str, int]:
    """Counts users ask for first: articles, entities, mentions, relations, claims, triples."""
    row = store.select(f"""{P}
SELECT
  (COUNT(DISTINCT ?article) AS ?articles) (COUNT(DISTINCT ?entity) AS ?entities)
  (COUNT(DISTINCT ?m) AS ?mentions) WHERE {{
  GRAPH ?g {{ {{ ?article a schema:NewsArticle }} UNION {{ ?m tkg:refersTo ?entity }} }}
}}""")[0]
    counts = {k: int(str(row[k])) for k in ("articles", "entities", "mentions")}
    for key, cls in (("relations", "RelationAssertion"), ("claims", "Claim")):
        counts[key] = int(str(store.select(
            f"{P} SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?x a tkg:{cls} }} }}")[0]["n"]))
    counts["catalog_entities"] = int(str(store.select(
        f"{P} SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE {{ GRAPH <https://trendkg.org/graph/catalog> "
        "{ ?e skos:prefLabel ?l } }")[0]["n"]))
    counts["triples"] = int(str(store.select(
        "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")[0]["n"]))
    return counts
