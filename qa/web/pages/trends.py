"""Trends: most-mentioned entities per month, rising ones, a comparison chart, conflicting claims."""

from __future__ import annotations

from typing import Any

from flask import render_template, request

from kg.namespaces import entity_iri, local_name
from qa.browse import SAFE_ID
from qa.disagreements import disagreements, value_claims
from qa.trends import display_names, monthly_mentions, rising, top_per_month
from qa.web.context import services
from qa.web.i18n import ui_lang
from qa.web.pages import bp
from qa.web.svg import line_chart

MAX_COMPARED = 6
PICKABLE = 18


@bp.get("/trends")
def trends() -> Any:
    store = services().store
    counts = monthly_mentions(store)
    totals = sorted(((sum(c.values()), e) for e, c in counts.by_entity.items()), reverse=True)
    pickable = [e for _, e in totals[:PICKABLE]]
    asked = [entity_iri(s) for s in request.args.getlist("e") if SAFE_ID.fullmatch(s)]
    chosen = list(dict.fromkeys(asked))[:MAX_COMPARED] or pickable[:3]
    months = top_per_month(counts)
    risers = rising(counts)
    conflicts = disagreements(value_claims(store))[:5]
    shown = [*pickable, *chosen, *(e for _, top in months for e, _ in top), *(r.iri for r in risers),
             *(d.entity for d in conflicts)]
    names = display_names(store, shown, ui_lang())
    chart = line_chart(counts.months, {names[e]: counts.series(e) for e in chosen})
    return render_template(
        "trends.html", months=months, rising=risers, conflicts=conflicts, names=names, chart=chart,
        pickable=pickable, chosen=set(chosen), slug=local_name,
    )
