"""The review queue: new names found by ingestion and the cross-language merges they suggest."""

from __future__ import annotations

from typing import Any

from flask import render_template

from kg.namespaces import sparql_prefixes
from kg.review import entity_states, list_candidates
from qa.trends import display_names
from qa.web.context import services
from qa.web.i18n import ui_lang
from qa.web.pages import bp

P = sparql_prefixes("tkg", "skos", "nif")


@bp.get("/review")
def review() -> Any:
    store = services().store
    candidates = list_candidates(store, "open")
    decided = [c for c in list_candidates(store, None) if c.state != "open"][:20]
    new = store.select(f"""{P}
SELECT ?e (SAMPLE(?l) AS ?label) (SAMPLE(?t) AS ?type) (COUNT(DISTINCT ?m) AS ?n) WHERE {{
  GRAPH ?g {{ ?e tkg:isNew true ; skos:prefLabel ?l ; a ?t }}
  OPTIONAL {{ GRAPH ?g2 {{ ?m tkg:refersTo ?e }} }}
}} GROUP BY ?e ORDER BY DESC(?n) LIMIT 60""")
    states = entity_states(store)
    pending = [r for r in new if str(r["e"]) not in states]
    iris = [x for c in [*candidates, *decided] for x in (c.source, c.target)]
    names = display_names(store, iris, ui_lang())
    return render_template(
        "review.html", candidates=candidates, decided=decided, new=pending, names=names, entity_states=states
    )
