"""SPARQL templates, one per intent; each answer shows the query that produced it.

The queries are complete (prefixes included) so they run unchanged in the editor or any
SPARQL client. Every template returns the evidence sentence with its article metadata
and citation alongside the answer.
"""

from __future__ import annotations

from kg.namespaces import sparql_prefixes

PREFIXES = sparql_prefixes("tkg", "schema", "nif", "rdf", "rdfs", "skos", "prov")

EVIDENCE = """
    ?sentence nif:anchorOf ?text ; nif:beginIndex ?start ; nif:endIndex ?end ;
              nif:referenceContext ?article .
    ?article schema:headline ?title ; schema:inLanguage ?lang .
    OPTIONAL { ?article schema:datePublished ?date }
    OPTIONAL { ?article schema:url ?url }
    OPTIONAL { ?sentence schema:citation/rdfs:label ?citation }"""

SYMMETRIC = {"partnersWith", "competesWith"}


def relation_query(entity_iri: str, predicate: str, entity_is_subject: bool) -> str:
    """Entities related to `entity_iri` by `predicate`, in the given direction: stated as
    done or as agreed and planned (`agreed to buy`, `인수하기로 했다`), not as rumoured."""
    if predicate in SYMMETRIC:
        pattern = f"""
    {{ ?assertion rdf:subject <{entity_iri}> ; rdf:object ?answer }}
    UNION
    {{ ?assertion rdf:object <{entity_iri}> ; rdf:subject ?answer }}"""
    elif entity_is_subject:
        pattern = f"\n    ?assertion rdf:subject <{entity_iri}> ; rdf:object ?answer ."
    else:
        pattern = f"\n    ?assertion rdf:object <{entity_iri}> ; rdf:subject ?answer ."
    return f"""{PREFIXES}
SELECT DISTINCT ?answer ?sentence ?text ?article ?title ?lang ?date ?url ?start ?end ?citation WHERE {{
  GRAPH ?g {{
    ?assertion a tkg:RelationAssertion ; rdf:predicate tkg:{predicate} ;
               tkg:status ?status ; tkg:inSentence ?sentence .{pattern}{EVIDENCE}
    FILTER (?status IN ("asserted", "planned"))
  }}
}}
ORDER BY ?answer ?date
LIMIT 50"""


def claims_query(entity_iri: str) -> str:
    """Claims about an entity, who made them and the reference that backs them."""
    return f"""{PREFIXES}
SELECT DISTINCT ?claim ?answer ?speaker ?sentence ?text ?article ?title ?lang ?date ?url ?start ?end ?citation
WHERE {{
  GRAPH ?g {{
    ?claim a tkg:Claim ; tkg:inSentence ?sentence ; tkg:about <{entity_iri}> .
    OPTIONAL {{ ?claim prov:wasAttributedTo ?answer }}
    OPTIONAL {{ ?claim tkg:attributedToName ?speaker }}
    OPTIONAL {{ ?claim schema:citation/rdfs:label ?claimCitation }}{EVIDENCE}
  }}
}}
ORDER BY DESC(BOUND(?answer)) ?date
LIMIT 50"""


def round_sentences_query(entity_iri: str, round_pattern: str) -> str:
    """Sentences naming a funding round (`round_pattern`, a regular expression) in the articles
    that mention the entity, with the sentences where the entity is named (`?near`) and the
    article's headline."""
    pattern = round_pattern.replace("\\", "\\\\").replace('"', '\\"')
    return f"""{PREFIXES}
SELECT DISTINCT ?sentence ?text ?near ?title WHERE {{
  GRAPH ?g {{
    ?m tkg:refersTo <{entity_iri}> ; tkg:inSentence ?near .
    ?near nif:referenceContext ?article .
    ?article schema:headline ?title .
    ?sentence nif:referenceContext ?article ; nif:anchorOf ?text .
    FILTER(REGEX(?text, "{pattern}", "i"))
  }}
}}"""


def _for_each(variable: str, iris: list[str], projection: str, pattern: str) -> str:
    """A query over a fixed list of IRIs bound to `variable` (VALUES), across all graphs."""
    values = " ".join(f"<{iri}>" for iri in iris)
    return f"""{PREFIXES}
SELECT {projection} WHERE {{
  VALUES ?{variable} {{ {values} }}
  GRAPH ?g {{{pattern}
  }}
}}"""


def sentences_query(sentence_iris: list[str]) -> str:
    """Evidence metadata for sentences found by retrieval (kept in retrieval order by caller)."""
    projection = "?sentence ?text ?article ?title ?lang ?date ?url ?start ?end ?citation"
    return _for_each("sentence", sentence_iris, projection, EVIDENCE)


def labels_query(iris: list[str]) -> str:
    return _for_each("iri", iris, "?iri ?label", "\n    ?iri skos:prefLabel ?label")


def mentioned_entities_query(sentence_iris: list[str]) -> str:
    return _for_each(
        "sentence", sentence_iris, "?sentence ?entity", "\n    ?m tkg:inSentence ?sentence ; tkg:refersTo ?entity"
    )


def sentence_claims_query(sentence_iris: list[str]) -> str:
    """Claims made in the given sentences, with their speaker and cited reference."""
    return _for_each(
        "sentence",
        sentence_iris,
        "?sentence ?claim ?speaker ?speakerName ?citation",
        """
    ?claim a tkg:Claim ; tkg:inSentence ?sentence .
    OPTIONAL { ?claim prov:wasAttributedTo ?speaker }
    OPTIONAL { ?claim tkg:attributedToName ?speakerName }
    OPTIONAL { ?claim schema:citation/rdfs:label ?citation }""",
    )


def corpus_mentions_query(entity_iris: list[str]) -> str:
    """Which of these entities any article mentions (the others are unknown to the corpus)."""
    return _for_each("entity", entity_iris, "DISTINCT ?entity", "\n    ?m tkg:refersTo ?entity")


def articles_about_query(entity_iri: str, start: str | None, end: str | None) -> str:
    """Articles mentioning an entity, optionally published within [start, end] (ISO dates),
    each with its first sentence naming the entity as evidence."""
    period = ""
    if start:
        period += f'\n  FILTER(?date >= "{start}"^^xsd:date)'
    if end:
        period += f'\n  FILTER(?date <= "{end}"^^xsd:date)'
    return f"""{sparql_prefixes("tkg", "schema", "nif", "rdfs", "xsd")}
SELECT ?article ?title ?date ?lang ?url ?sentence ?text ?start ?end ?citation WHERE {{
  {{
    SELECT ?article (MIN(?s) AS ?first) WHERE {{
      GRAPH ?g {{ ?m tkg:refersTo <{entity_iri}> ; tkg:inSentence ?s . ?s nif:referenceContext ?article }}
    }} GROUP BY ?article
  }}
  BIND(?first AS ?sentence)
  GRAPH ?g {{{EVIDENCE}
  }}{period}
}}
ORDER BY ?date"""
