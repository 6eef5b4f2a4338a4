"""What the SPARQL editor page starts with: our prefixes, example queries, the time limit.

The page itself is served by the /sparql endpoint when a browser asks for HTML; CodeMirror
is used when `make vendor` has put it under static/vendor, else the textarea stays plain.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from kg.namespaces import sparql_prefixes
from qa.web.context import services

VENDOR = Path(__file__).resolve().parent.parent / "static" / "vendor"
VENDOR_FILES = ("codemirror.js", "codemirror.css", "sparql.js", "show-hint.js", "show-hint.css")

EXAMPLES: list[tuple[str, str, str]] = [
    ("Partners, with the sentence", "파트너 관계와 근거 문장", """SELECT ?a ?b ?sentence WHERE {
  GRAPH ?g {
    ?r a tkg:RelationAssertion ; rdf:subject ?a ; rdf:predicate tkg:partnersWith ; rdf:object ?b ;
       tkg:inSentence/nif:anchorOf ?sentence .
  }
} LIMIT 50"""),
    ("Chips with Korean and English names", "칩 이름 (한국어/영어)", """SELECT ?chip ?ko ?en WHERE {
  GRAPH ?g { ?chip a tkg:Chip ; skos:prefLabel ?ko , ?en }
  FILTER(lang(?ko) = "ko" && lang(?en) = "en")
} ORDER BY ?en"""),
    ("Forecasts and who made them", "전망과 발언자", """SELECT ?text ?year ?speaker WHERE {
  GRAPH ?g {
    ?c a tkg:Claim ; tkg:isForecast true ; tkg:claimText ?text .
    OPTIONAL { ?c tkg:targetDate ?year }
    OPTIONAL { ?c tkg:attributedToName ?speaker }
  }
} LIMIT 50"""),
    ("Most mentioned entities", "가장 많이 언급된 개체", """SELECT ?entity (COUNT(?m) AS ?mentions) WHERE {
  GRAPH ?g { ?m tkg:refersTo ?entity }
} GROUP BY ?entity ORDER BY DESC(?mentions) LIMIT 20"""),
    ("Articles per month and language", "월별·언어별 기사 수", """SELECT ?month ?lang (COUNT(?a) AS ?articles) WHERE {
  GRAPH ?g { ?a a schema:NewsArticle ; schema:datePublished ?d ; schema:inLanguage ?lang }
  BIND(SUBSTR(STR(?d), 1, 7) AS ?month)
} GROUP BY ?month ?lang ORDER BY ?month"""),
]


def editor_context(text: str | None, lang: str) -> dict[str, Any]:
    prefixes = sparql_prefixes()
    examples = [(ko if lang == "ko" else en, prefixes + "\n" + query) for en, ko, query in EXAMPLES]
    return {
        "initial": text or examples[0][1],
        "examples": examples,
        "vendor": all((VENDOR / name).is_file() for name in VENDOR_FILES),
        "timeout_s": services().settings.query_timeout_s,
    }
