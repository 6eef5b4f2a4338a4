"""The bundled corpus in a real store: bilingual labels, one IRI per entity, no duplicates."""

from __future__ import annotations

from pathlib import Path

from kg.namespaces import sparql_prefixes
from qa.services import Services

P = sparql_prefixes("tkg", "skos", "schema", "nif")
CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def test_corpus_has_both_languages(corpus_services: Services) -> None:
    rows = corpus_services.store.select(
        f"{P} SELECT ?lang (COUNT(?a) AS ?n) WHERE {{ GRAPH ?g {{ ?a a schema:NewsArticle ; "
        "schema:inLanguage ?lang } } GROUP BY ?lang"
    )
    counts = {str(r["lang"]): int(str(r["n"])) for r in rows}
    assert counts["ko"] >= 8 and counts["en"] >= 8


def test_nvidia_one_iri_with_korean_and_english_labels(corpus_services: Services) -> None:
    rows = corpus_services.store.select(
        f"""{P} SELECT DISTINCT ?e ?en ?ko WHERE {{ GRAPH ?g {{
          ?e skos:prefLabel ?en , ?ko . FILTER(LANG(?en) = "en" && STR(?en) = "Nvidia")
          FILTER(LANG(?ko) = "ko") }} }}"""
    )
    assert len(rows) == 1
    assert str(rows[0]["ko"]) == "엔비디아"
    nvidia = str(rows[0]["e"])
    # mentions in Korean and in English articles link to that same IRI
    langs = corpus_services.store.select(
        f"""{P} SELECT DISTINCT ?lang WHERE {{ GRAPH ?g {{
          ?m tkg:refersTo <{nvidia}> ; tkg:inSentence/nif:referenceContext ?a .
          ?a schema:inLanguage ?lang }} }}"""
    )
    assert {str(r["lang"]) for r in langs} == {"ko", "en"}


def test_mention_offsets_point_into_article_text(corpus_services: Services) -> None:
    rows = corpus_services.store.select(
        f"""{P} SELECT ?anchor ?b ?e ?text WHERE {{ GRAPH ?g {{
          ?m a tkg:Mention ; nif:anchorOf ?anchor ; nif:beginIndex ?b ; nif:endIndex ?e ;
             tkg:inSentence/nif:referenceContext ?a . ?a tkg:text ?text }} }} LIMIT 300"""
    )
    assert len(rows) == 300
    for r in rows:
        assert str(r["text"])[int(str(r["b"])) : int(str(r["e"]))] == str(r["anchor"])


def test_reingest_does_not_duplicate(corpus_services: Services) -> None:
    store = corpus_services.store
    before = store.triple_count()
    graphs = store.graph_iris()
    summary = corpus_services.ingestor.ingest_paths([CORPUS / "en"])
    assert {r.status for r in summary.results} == {"skipped"}
    assert store.graph_iris() == graphs
    assert store.triple_count() == before


def test_footnote_citation_reaches_claims(corpus_services: Services) -> None:
    rows = corpus_services.store.select(
        f"""{P} PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT ?claim ?label WHERE {{ GRAPH ?g {{ ?claim a tkg:Claim ; schema:citation/rdfs:label ?label }} }}"""
    )
    assert len(rows) >= 5
    assert all(str(r["label"]).strip() for r in rows)


def test_claims_from_different_articles_sit_side_by_side(corpus_services: Services) -> None:
    """The same quantity (HBM market share) reported by several articles in both languages,
    each claim with its own attribution and source, all in one query."""
    rows = corpus_services.store.select(
        f"""{P} PREFIX prov: <http://www.w3.org/ns/prov#>
        SELECT DISTINCT ?article ?lang ?who ?amount WHERE {{ GRAPH ?g {{
          ?c a tkg:Claim ; tkg:about <https://trendkg.org/id/sk-hynix> ; tkg:hasValue ?v ;
             tkg:inSentence/nif:referenceContext ?article .
          ?article schema:inLanguage ?lang .
          ?v tkg:unit "percent" ; tkg:amount ?amount .
          OPTIONAL {{ ?c prov:wasAttributedTo ?who }} }} }}"""
    )
    assert len({str(r["article"]) for r in rows}) >= 3
    assert {str(r["lang"]) for r in rows} == {"ko", "en"}
    sources = {str(r["who"]) for r in rows if "who" in r}
    assert "https://trendkg.org/id/trendforce" in sources  # one IRI for the source in both languages
