"""Ontology and SHACL shapes of trendkg: parse, consistency, and validation with pyshacl."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
from pyshacl import validate
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import OWL, PROV, RDF, RDFS, SH, SKOS
from rdflib.term import Node

DATA_DIR = Path(__file__).parent.parent / "kg" / "data"
ONTOLOGY_PATH = DATA_DIR / "ontology.ttl"
SHAPES_PATH = DATA_DIR / "shapes.ttl"

TKG = Namespace("https://trendkg.org/ns#")
TKGID = Namespace("https://trendkg.org/id/")
SCHEMA = Namespace("https://schema.org/")
NIF = Namespace("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#")
WD = Namespace("http://www.wikidata.org/entity/")
# A plain Namespace: rdflib's DefinedNamespace XSD warns when pytest probes module attributes.
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")

ENTITY_CLASSES = ["Company", "Chip", "Platform", "Product", "ResearchOrg", "Person"]
RELATIONS = [
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
]

ARTICLE_ID = "ko-2025-0001"
ARTICLE = URIRef(f"https://trendkg.org/article/{ARTICLE_ID}")
S0 = URIRef(f"{ARTICLE}/s/0")
S1 = URIRef(f"{ARTICLE}/s/1")
M0 = URIRef(f"{ARTICLE}/m/0")
R0 = URIRef(f"{ARTICLE}/r/0")
C0 = URIRef(f"{ARTICLE}/c/0")
REF1 = URIRef(f"{ARTICLE}/ref/1")

SENTENCES = [
    "삼성전자는 엔비디아에 HBM3E를 공급한다.",
    "시장 규모는 2026년 300억 달러에 이를 전망이다[1].",
]
TEXT = " ".join(SENTENCES)


# --------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY_PATH, format="turtle")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(SHAPES_PATH, format="turtle")


def span(sentence_no: int, needle: str | None = None) -> tuple[int, int]:
    """Code-point span of a sentence (or of `needle` inside it) in TEXT."""
    begin = TEXT.index(SENTENCES[sentence_no])
    if needle is None:
        return begin, begin + len(SENTENCES[sentence_no])
    start = TEXT.index(needle, begin)
    return start, start + len(needle)


def nni(value: int) -> Literal:
    return Literal(value, datatype=XSD.nonNegativeInteger)


def valid_article() -> Graph:
    """A small article graph that follows the data model exactly."""
    g = Graph()
    samsung, nvidia = TKGID["samsung-electronics"], TKGID["nvidia"]

    g.add((ARTICLE, RDF.type, SCHEMA.NewsArticle))
    g.add((ARTICLE, SCHEMA.headline, Literal("삼성, 엔비디아에 HBM3E 공급", lang="ko")))
    g.add((ARTICLE, SCHEMA.inLanguage, Literal("ko")))
    g.add((ARTICLE, SCHEMA.datePublished, Literal("2025-03-14", datatype=XSD.date)))
    g.add((ARTICLE, SCHEMA.url, Literal("https://example.com/a/1", datatype=XSD.anyURI)))
    g.add((ARTICLE, SCHEMA.publisher, Literal("테크뉴스")))
    g.add((ARTICLE, SCHEMA.author, Literal("홍길동")))
    g.add((ARTICLE, SCHEMA.author, Literal("Jane Doe")))
    g.add((ARTICLE, TKG.articleId, Literal(ARTICLE_ID)))
    g.add((ARTICLE, TKG.text, Literal(TEXT)))
    g.add((ARTICLE, TKG.contentHash, Literal("0123456789abcdef" * 4)))
    g.add((ARTICLE, TKG.ingestedAt, Literal("2025-03-15T09:30:00+09:00", datatype=XSD.dateTime)))
    g.add((ARTICLE, PROV.wasDerivedFrom, Literal("corpus/ko/0001.md")))

    for n, sentence in enumerate((S0, S1)):
        begin, end = span(n)
        g.add((sentence, RDF.type, TKG.Sentence))
        g.add((sentence, NIF.referenceContext, ARTICLE))
        g.add((sentence, NIF.beginIndex, nni(begin)))
        g.add((sentence, NIF.endIndex, nni(end)))
        g.add((sentence, NIF.anchorOf, Literal(TEXT[begin:end])))
        g.add((sentence, TKG.sentenceIndex, Literal(n)))

    begin, end = span(0, "엔비디아")
    g.add((M0, RDF.type, TKG.Mention))
    g.add((M0, NIF.anchorOf, Literal("엔비디아")))
    g.add((M0, NIF.beginIndex, nni(begin)))
    g.add((M0, NIF.endIndex, nni(end)))
    g.add((M0, TKG.inSentence, S0))
    g.add((M0, TKG.refersTo, nvidia))
    g.add((M0, TKG.entityType, TKG.Company))

    begin, end = span(0)
    g.add((R0, RDF.type, TKG.RelationAssertion))
    g.add((R0, RDF.subject, samsung))
    g.add((R0, RDF.predicate, TKG.supplies))
    g.add((R0, RDF.object, nvidia))
    g.add((R0, TKG.inSentence, S0))
    g.add((R0, NIF.beginIndex, nni(begin)))
    g.add((R0, NIF.endIndex, nni(end)))
    g.add((R0, TKG.status, Literal("asserted")))
    g.add((R0, PROV.wasDerivedFrom, S0))
    g.add((samsung, TKG.supplies, nvidia))

    begin, end = span(1)
    quantity = BNode()
    g.add((C0, RDF.type, TKG.Claim))
    g.add((C0, TKG.claimText, Literal(SENTENCES[1])))
    g.add((C0, TKG.inSentence, S1))
    g.add((C0, NIF.beginIndex, nni(begin)))
    g.add((C0, NIF.endIndex, nni(end)))
    g.add((C0, TKG.about, TKGID["hbm3e"]))
    g.add((C0, TKG.attributedToName, Literal("트렌드포스")))
    g.add((C0, SCHEMA.citation, REF1))
    g.add((C0, TKG.targetDate, Literal("2026")))
    g.add((C0, TKG.hasValue, quantity))
    g.add((C0, TKG.isForecast, Literal(True)))
    g.add((quantity, RDF.type, TKG.Quantity))
    g.add((quantity, TKG.amount, Literal(Decimal("30000000000"))))
    g.add((quantity, TKG.unit, Literal("USD")))
    g.add((quantity, TKG.rawText, Literal("300억 달러")))

    g.add((REF1, RDF.type, TKG.Reference))
    g.add((REF1, TKG.footnoteNumber, Literal(1)))
    g.add((REF1, RDFS.label, Literal("[1] TrendForce, “HBM market outlook”, 2025-01-10.")))
    g.add((REF1, SCHEMA.publisher, Literal("TrendForce")))
    g.add((REF1, SCHEMA.headline, Literal("HBM market outlook")))
    g.add((REF1, SCHEMA.datePublished, Literal("2025-01-10")))
    g.add((REF1, TKG.inArticle, ARTICLE))

    # A text-discovered entity typed in the article graph.
    hbm3e = TKGID["hbm3e"]
    g.add((hbm3e, RDF.type, TKG.Chip))
    g.add((hbm3e, SKOS.prefLabel, Literal("HBM3E", lang="en")))
    g.add((hbm3e, SKOS.prefLabel, Literal("HBM3E", lang="ko")))
    g.add((hbm3e, TKG.isNew, Literal(True)))
    g.add((hbm3e, TKG.madeBy, samsung))
    return g


def catalog() -> Graph:
    g = Graph()
    nvidia = TKGID["nvidia"]
    g.add((nvidia, RDF.type, TKG.Company))
    g.add((nvidia, SKOS.prefLabel, Literal("NVIDIA", lang="en")))
    g.add((nvidia, SKOS.prefLabel, Literal("엔비디아", lang="ko")))
    g.add((nvidia, SKOS.altLabel, Literal("Nvidia Corporation", lang="en")))
    g.add((nvidia, OWL.sameAs, WD.Q182477))
    g.add((nvidia, TKG.wikidataId, Literal("Q182477")))
    return g


def run(data: Graph, shapes: Graph, ontology: Graph) -> tuple[bool, Graph]:
    conforms, results, _text = validate(
        data,
        shacl_graph=shapes,
        ont_graph=ontology,
        inference="none",
        advanced=True,
        allow_warnings=False,
    )
    assert isinstance(results, Graph)
    return bool(conforms), results


def violations(results: Graph) -> set[tuple[Node, Node | None, Node]]:
    """(focus node, result path, constraint component) of every validation result."""
    out: set[tuple[Node, Node | None, Node]] = set()
    for result in results.subjects(RDF.type, SH.ValidationResult):
        focus = results.value(result, SH.focusNode)
        component = results.value(result, SH.sourceConstraintComponent)
        assert focus is not None and component is not None
        out.add((focus, results.value(result, SH.resultPath), component))
    return out


# --------------------------------------------------------------------------- parsing / vocabulary


def test_files_parse(ontology: Graph, shapes: Graph) -> None:
    assert (URIRef("https://trendkg.org/ns"), RDF.type, OWL.Ontology) in ontology
    assert len(ontology) > 100
    assert len(set(shapes.subjects(RDF.type, SH.NodeShape))) >= 8


def test_every_tkg_term_has_bilingual_label_and_comment(ontology: Graph) -> None:
    terms = {s for s in ontology.subjects() if isinstance(s, URIRef) and s.startswith(TKG)}
    assert terms
    for term in terms:
        langs = {
            lit.language for lit in ontology.objects(term, RDFS.label) if isinstance(lit, Literal)
        }
        assert {"en", "ko"} <= langs, term
        assert (term, RDFS.comment, None) in ontology, term


def test_ontology_structure(ontology: Graph) -> None:
    for name in ENTITY_CLASSES:
        assert (TKG[name], RDFS.subClassOf, TKG.Entity) in ontology
    assert (TKG.Sentence, RDFS.subClassOf, NIF.Sentence) in ontology
    assert (TKG.RelationAssertion, RDFS.subClassOf, RDF.Statement) in ontology
    symmetric = set(ontology.subjects(RDF.type, OWL.SymmetricProperty))
    assert symmetric == {TKG.partnersWith, TKG.competesWith}
    for name in RELATIONS:
        prop = TKG[name]
        assert (prop, RDF.type, OWL.ObjectProperty) in ontology
        assert (prop, RDFS.domain, TKG.Entity) in ontology
        assert (prop, RDFS.range, TKG.Entity) in ontology


def test_shapes_use_only_declared_tkg_terms(ontology: Graph, shapes: Graph) -> None:
    used = {t for triple in shapes for t in triple if isinstance(t, URIRef) and t.startswith(TKG)}
    assert TKG.supplies in used and TKG.Quantity in used
    assert used - set(ontology.subjects()) == set()


def _predicate_list(shapes: Graph) -> Node:
    for shape in shapes.subjects(SH.path, RDF.predicate):
        in_list = shapes.value(shape, SH["in"])
        if in_list is not None:
            return in_list
    raise AssertionError("no sh:in on rdf:predicate")


def test_predicate_list_is_the_ten_relations(shapes: Graph) -> None:
    assert list(shapes.items(_predicate_list(shapes))) == [TKG[n] for n in RELATIONS]


# --------------------------------------------------------------------------- validation


def test_valid_article_conforms(ontology: Graph, shapes: Graph) -> None:
    conforms, results = run(valid_article() + catalog(), shapes, ontology)
    assert conforms, results.serialize(format="turtle")


def test_valid_article_alone_conforms(ontology: Graph, shapes: Graph) -> None:
    """Article graphs must validate without the catalog graph (no sh:class on entities)."""
    conforms, results = run(valid_article(), shapes, ontology)
    assert conforms, results.serialize(format="turtle")


def _missing_headline(g: Graph) -> None:
    g.remove((ARTICLE, SCHEMA.headline, None))


def _end_index_as_string(g: Graph) -> None:
    end = g.value(M0, NIF.endIndex)
    g.set((M0, NIF.endIndex, Literal(str(end))))


def _predicate_not_allowed(g: Graph) -> None:
    g.remove((TKGID["samsung-electronics"], TKG.supplies, TKGID["nvidia"]))
    g.set((R0, RDF.predicate, SCHEMA.knows))
    g.add((TKGID["samsung-electronics"], SCHEMA.knows, TKGID["nvidia"]))


def _wrong_anchor(g: Graph) -> None:
    g.set((M0, NIF.anchorOf, Literal("삼성전자")))


def _missing_direct_triple(g: Graph) -> None:
    g.remove((TKGID["samsung-electronics"], TKG.supplies, TKGID["nvidia"]))


def _two_english_pref_labels(g: Graph) -> None:
    g.add((TKGID["hbm3e"], SKOS.prefLabel, Literal("HBM3e", lang="en")))


def _float_amount(g: Graph) -> None:
    quantity = g.value(C0, TKG.hasValue)
    assert quantity is not None
    g.set((quantity, TKG.amount, Literal(3.0e10)))


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        pytest.param(
            _missing_headline,
            (ARTICLE, SCHEMA.headline, SH.MinCountConstraintComponent),
            id="missing-headline",
        ),
        pytest.param(
            _end_index_as_string,
            (M0, NIF.endIndex, SH.DatatypeConstraintComponent),
            id="mention-endIndex-string",
        ),
        pytest.param(
            _predicate_not_allowed,
            (R0, RDF.predicate, SH.InConstraintComponent),
            id="predicate-not-in-list",
        ),
        pytest.param(
            _wrong_anchor,
            (M0, None, SH.SPARQLConstraintComponent),
            id="mention-anchor-mismatch",
        ),
        pytest.param(
            _missing_direct_triple,
            (R0, None, SH.SPARQLConstraintComponent),
            id="missing-direct-triple",
        ),
        pytest.param(
            _two_english_pref_labels,
            (TKGID["hbm3e"], SKOS.prefLabel, SH.UniqueLangConstraintComponent),
            id="duplicate-prefLabel-language",
        ),
        pytest.param(
            _float_amount,
            (None, TKG.amount, SH.DatatypeConstraintComponent),
            id="amount-not-decimal",
        ),
    ],
)
def test_invalid_variants_fail(
    ontology: Graph,
    shapes: Graph,
    mutate: Callable[[Graph], None],
    expected: tuple[Node | None, Node | None, Node],
) -> None:
    data = valid_article()
    mutate(data)
    conforms, results = run(data, shapes, ontology)
    assert not conforms
    found = violations(results)
    focus, path, component = expected
    matches = {
        v
        for v in found
        if (focus is None or v[0] == focus) and v[2] == component and (path is None or v[1] == path)
    }
    assert matches, found
