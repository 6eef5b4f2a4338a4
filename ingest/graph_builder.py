"""Extraction -> the article's named graph (the data model of kg/data/ontology.ttl).

Everything extracted from one article lives in its own graph, so re-ingesting replaces
it and deleting drops it. Every mention, relation and claim points at its sentence,
and carries NIF character offsets into the article text.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS, SKOS, XSD

from ingest.document import Article
from ingest.extraction import Extraction
from kg.namespaces import NIF, SCHEMA, TKG, article_iri


def _offsets(g: Graph, node: URIRef, start: int, end: int) -> None:
    g.add((node, NIF.beginIndex, Literal(start, datatype=XSD.nonNegativeInteger)))
    g.add((node, NIF.endIndex, Literal(end, datatype=XSD.nonNegativeInteger)))


def _describe(g: Graph, art: URIRef, article: Article, ingested_at: dt.datetime | None) -> None:
    """What is known about the source: title, language, hash, dates, URL, publisher, authors."""
    g.add((art, SCHEMA.headline, Literal(article.title)))
    g.add((art, SCHEMA.inLanguage, Literal(article.lang)))
    g.add((art, TKG.articleId, Literal(article.id)))
    g.add((art, TKG.contentHash, Literal(article.content_hash)))
    when = ingested_at or dt.datetime.now(dt.UTC).replace(microsecond=0)
    g.add((art, TKG.ingestedAt, Literal(when.isoformat(), datatype=XSD.dateTime)))
    if article.date and len(article.date) == 10:
        g.add((art, SCHEMA.datePublished, Literal(article.date, datatype=XSD.date)))
    if article.url:
        g.add((art, SCHEMA.url, Literal(article.url, datatype=XSD.anyURI)))
    if article.source:
        g.add((art, SCHEMA.publisher, Literal(article.source)))
    for author in article.authors:
        g.add((art, SCHEMA.author, Literal(author)))
    if article.origin:
        g.add((art, PROV.wasDerivedFrom, Literal(article.origin)))
    if article.meta.get("body_source"):
        g.add((art, TKG.bodySource, Literal(article.meta["body_source"])))


def build_duplicate_graph(
    article: Article, first_id: str, similarity: float, ingested_at: dt.datetime | None = None
) -> Graph:
    """A copy of a stored story: its metadata and a link to the first copy, no claims of its own."""
    g = Graph()
    art = URIRef(article_iri(article.id))
    g.add((art, RDF.type, TKG.SyndicatedCopy))
    _describe(g, art, article, ingested_at)
    g.add((art, TKG.duplicateOf, URIRef(article_iri(first_id))))
    g.add((art, TKG.similarity, Literal(Decimal(str(similarity)), datatype=XSD.decimal)))
    return g


def build_article_graph(article: Article, extraction: Extraction, ingested_at: dt.datetime | None = None) -> Graph:
    g = Graph()
    base = article_iri(article.id)
    art = URIRef(base)
    g.add((art, RDF.type, SCHEMA.NewsArticle))
    _describe(g, art, article, ingested_at)
    g.add((art, TKG.text, Literal(article.body)))

    refs: dict[int, URIRef] = {}
    for ref in extraction.references:
        node = URIRef(f"{base}/ref/{ref.number}")
        refs[ref.number] = node
        g.add((node, RDF.type, TKG.Reference))
        g.add((node, TKG.footnoteNumber, Literal(ref.number)))
        g.add((node, RDFS.label, Literal(ref.text)))
        g.add((node, TKG.inArticle, art))
        for prop, value in (
            (SCHEMA.publisher, ref.publisher),
            (SCHEMA.headline, ref.title),
            (SCHEMA.datePublished, ref.date),
        ):
            if value:
                g.add((node, prop, Literal(value)))
        if ref.url:
            g.add((node, SCHEMA.url, Literal(ref.url, datatype=XSD.anyURI)))
        for author in ref.authors:
            g.add((node, SCHEMA.author, Literal(author)))

    sentence_nodes: dict[int, URIRef] = {}
    for s in extraction.sentences:
        node = URIRef(f"{base}/s/{s.index}")
        sentence_nodes[s.index] = node
        g.add((node, RDF.type, TKG.Sentence))
        g.add((node, NIF.referenceContext, art))
        g.add((node, NIF.anchorOf, Literal(s.text)))
        g.add((node, TKG.sentenceIndex, Literal(s.index)))
        _offsets(g, node, s.start, s.end)
        if s.footnote is not None and s.footnote in refs:
            g.add((node, SCHEMA.citation, refs[s.footnote]))

    for n, m in enumerate(extraction.mentions):
        node = URIRef(f"{base}/m/{n}")
        entity = URIRef(m.iri)
        g.add((node, RDF.type, TKG.Mention))
        g.add((node, NIF.anchorOf, Literal(m.text)))
        _offsets(g, node, m.start, m.end)
        g.add((node, TKG.inSentence, sentence_nodes[m.sentence]))
        g.add((node, TKG.refersTo, entity))
        g.add((node, TKG.entityType, TKG[m.type]))
        if m.is_new:  # catalog entities are described in the catalog graph
            g.add((entity, RDF.type, TKG[m.type]))
            label_lang = "ko" if re.search(r"[가-힣]", m.label) else "en"
            has_pref = (entity, SKOS.prefLabel, None) in g and any(
                getattr(o, "language", None) == label_lang for o in g.objects(entity, SKOS.prefLabel)
            )
            g.add((entity, SKOS.altLabel if has_pref else SKOS.prefLabel, Literal(m.label, lang=label_lang)))
            g.add((entity, TKG.isNew, Literal(True)))
            if m.text != m.label:  # `Figure` after `Figure AI`: the short form the article goes on to use
                text_lang = "ko" if re.search(r"[가-힣]", m.text) else "en"
                g.add((entity, SKOS.altLabel, Literal(m.text, lang=text_lang)))

    for n, r in enumerate(extraction.relations):
        node = URIRef(f"{base}/r/{n}")
        subj, pred, obj = URIRef(r.subject), TKG[r.predicate], URIRef(r.object)
        g.add((subj, pred, obj))
        g.add((node, RDF.type, TKG.RelationAssertion))
        g.add((node, RDF.subject, subj))
        g.add((node, RDF.predicate, pred))
        g.add((node, RDF.object, obj))
        g.add((node, TKG.inSentence, sentence_nodes[r.sentence]))
        g.add((node, PROV.wasDerivedFrom, sentence_nodes[r.sentence]))
        g.add((node, TKG.status, Literal(r.status)))
        _offsets(g, node, r.start, r.end)

    for n, c in enumerate(extraction.claims):
        node = URIRef(f"{base}/c/{n}")
        g.add((node, RDF.type, TKG.Claim))
        g.add((node, TKG.claimText, Literal(c.text)))
        g.add((node, TKG.inSentence, sentence_nodes[c.sentence]))
        _offsets(g, node, c.start, c.end)
        g.add((node, TKG.isForecast, Literal(c.is_forecast)))
        for about in c.about:
            g.add((node, TKG.about, URIRef(about)))
        if c.attributed_to:
            g.add((node, PROV.wasAttributedTo, URIRef(c.attributed_to)))
        if c.attributed_name:
            g.add((node, TKG.attributedToName, Literal(c.attributed_name)))
        if c.citation is not None and c.citation in refs:
            g.add((node, SCHEMA.citation, refs[c.citation]))
        if c.target_date:
            g.add((node, TKG.targetDate, Literal(c.target_date)))
        for quantity in c.values:
            q = BNode()
            g.add((node, TKG.hasValue, q))
            g.add((q, RDF.type, TKG.Quantity))
            g.add((q, TKG.amount, Literal(Decimal(repr(quantity.amount)), datatype=XSD.decimal)))
            g.add((q, TKG.unit, Literal(quantity.unit)))
            g.add((q, TKG.rawText, Literal(quantity.raw)))
    return g
