"""IRIs of the data model, fixed and independent of the host the service runs on."""

from __future__ import annotations

from rdflib import Namespace
from rdflib.namespace import OWL, PROV, RDF, RDFS, SKOS, XSD

BASE = "https://trendkg.org/"
TKG = Namespace(BASE + "ns#")
ID = Namespace(BASE + "id/")
ARTICLE = Namespace(BASE + "article/")
GRAPH = Namespace(BASE + "graph/")
SCHEMA = Namespace("https://schema.org/")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
WD = Namespace("http://www.wikidata.org/entity/")

CATALOG_GRAPH = GRAPH["catalog"]
ONTOLOGY_GRAPH = GRAPH["ontology"]

ENTITY_TYPES = ("Company", "Chip", "Platform", "Product", "ResearchOrg", "Person")
RELATIONS = (
    "develops",
    "partnersWith",
    "competesWith",
    "acquired",
    "uses",
    "builtOn",
    "offeredOn",
    "announced",
    "investsIn",
    "supplies",
)

PREFIXES: dict[str, str] = {
    "tkg": str(TKG),
    "id": str(ID),
    "art": str(ARTICLE),
    "schema": str(SCHEMA),
    "nif": str(NIF),
    "wd": str(WD),
    "skos": str(SKOS),
    "owl": str(OWL),
    "prov": str(PROV),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "xsd": str(XSD),
}


def sparql_prefixes(*names: str) -> str:
    """PREFIX lines for the given prefix names (all when none given)."""
    chosen = names or tuple(PREFIXES)
    return "".join(f"PREFIX {n}: <{PREFIXES[n]}>\n" for n in chosen)


def entity_iri(slug: str) -> str:
    return str(ID[slug])


def article_iri(article_id: str) -> str:
    return str(ARTICLE[article_id])


def graph_iri(article_id: str) -> str:
    return str(GRAPH[article_id])


def article_id_of(iri: str) -> str | None:
    """The article id of an article, graph or in-article IRI, or None."""
    for base in (str(ARTICLE), str(GRAPH)):
        if iri.startswith(base):
            rest = iri[len(base) :]
            return rest.split("/", 1)[0] or None
    return None


def local_name(iri: str) -> str:
    for sep in ("#", "/"):
        if sep in iri:
            iri = iri.rsplit(sep, 1)[1]
    return iri
