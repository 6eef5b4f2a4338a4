"""Entity and article pages: what the graph knows about one thing, and where it came from."""

from __future__ import annotations

from typing import Any

from flask import abort, render_template, url_for

from ingest.references import FOOTNOTE
from kg.namespaces import entity_iri, sparql_prefixes
from qa.browse import article_view, entity_view, segments
from qa.disagreements import disagreements, value_claims
from qa.trends import display_names, label_in, monthly_mentions
from qa.web.context import services
from qa.web.i18n import ui_lang
from qa.web.pages import bp
from qa.web.svg import Neighbour, line_chart, neighbourhood

MAX_NEIGHBOURS = 12


@bp.get("/entity/<slug>")
def entity(slug: str) -> Any:
    store = services().store
    view = entity_view(store, slug)
    if view is None:
        abort(404, description=f"no entity {slug}")
    lang = ui_lang()
    names = display_names(store, [r["iri"] for items in view["relations"].values() for r in items], lang)
    for items in view["relations"].values():
        for r in items:
            r["label"] = names[r["iri"]]
    title = label_in(view["labels"], lang, view["iri"])
    counts = monthly_mentions(store, [view["iri"]])
    chart = line_chart(counts.months, {title: counts.series(view["iri"])})
    edges: dict[str, tuple[str, dict[str, Any]]] = {}  # one edge per neighbour: its best-supported relation
    for key, items in view["relations"].items():
        for r in items:
            if r["slug"] not in edges or r["count"] > edges[r["slug"]][1]["count"]:
                edges[r["slug"]] = (key, r)
    strongest = sorted(edges.values(), key=lambda kr: -kr[1]["count"])[:MAX_NEIGHBOURS]
    graph = neighbourhood(title, [
        Neighbour(r["label"], url_for("pages.entity", slug=r["slug"]), key.split(":")[1], key.startswith("out:"),
                  r["count"])
        for key, r in strongest
    ])
    return render_template(
        "entity.html", e=view, name=title, chart=chart, graph=graph,
        conflicts=disagreements(value_claims(store, view["iri"])),
        query=entity_query(slug),
    )


def entity_query(slug: str) -> str:
    """The editor's starting point for one entity: its relations with their sentences."""
    return f"""{sparql_prefixes("tkg", "id", "rdf", "nif", "skos")}
# Relations of {slug}, in both directions, with the sentence each came from
SELECT ?subject ?predicate ?object ?sentence WHERE {{
  GRAPH ?g {{
    ?a a tkg:RelationAssertion ; rdf:subject ?subject ; rdf:predicate ?predicate ; rdf:object ?object ;
       tkg:inSentence/nif:anchorOf ?sentence .
    FILTER(?subject = id:{slug} || ?object = id:{slug})
  }}
}} LIMIT 100"""


@bp.get("/article/<article_id>")
def article(article_id: str) -> Any:
    store = services().store
    view = article_view(store, article_id)
    if view is None:
        abort(404, description=f"no article {article_id}")
    notes = {r["number"] for r in view["references"]}
    pieces = with_footnotes(segments(view["text"] or "", view["mentions"]), notes)
    lang = ui_lang()
    names = display_names(store, [entity_iri(r[k]) for r in view["relations"] for k in ("subject", "object")], lang)
    for r in view["relations"]:
        for k in ("subject", "object"):
            r[k + "_label"] = names[entity_iri(r[k])]
    return render_template("article.html", a=view, pieces=pieces)


def with_footnotes(pieces: list[tuple[str, str | None]], notes: set[int]) -> list[tuple[str, str | None, int | None]]:
    """Plain pieces split again at footnote markers that match a numbered reference."""
    out: list[tuple[str, str | None, int | None]] = []
    for text, slug in pieces:
        if slug or not notes:
            out.append((text, slug, None))
            continue
        pos = 0
        for m in FOOTNOTE.finditer(text):
            if int(m.group(1)) in notes:
                out.append((text[pos : m.start()], None, None))
                out.append((m.group(1), None, int(m.group(1))))
                pos = m.end()
        out.append((text[pos:], None, None))
    return out

