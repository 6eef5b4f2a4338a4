"""Server-rendered pages: ask, entity, article. They work with JavaScript disabled."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, abort, render_template, request

from kg.namespaces import local_name
from qa.browse import article_view, entity_view, segments
from qa.web.context import services

bp = Blueprint("pages", __name__)

EXAMPLES = [
    "엔비디아의 파트너는?",
    "세레브라스가 발표한 칩은?",
    "What did Snowflake acquire?",
    "Who invested in OpenAI?",
]



def ui_lang() -> str:
    chosen = request.args.get("ui")
    if chosen in ("ko", "en"):
        return chosen
    return request.accept_languages.best_match(["ko", "en"]) or "en"


@bp.app_template_filter("slug")
def slug_filter(iri: str) -> str:
    return local_name(iri)


@bp.get("/")
def index() -> Any:
    question = (request.args.get("q") or "").strip()[:500]
    result = services().answerer.ask(question) if question else None
    return render_template("index.html", q=question, result=result, examples=EXAMPLES, ui=ui_lang())


@bp.get("/entity/<slug>")
def entity(slug: str) -> Any:
    view = entity_view(services().store, slug)
    if view is None:
        abort(404, description=f"no entity {slug}")
    return render_template("entity.html", e=view, ui=ui_lang())


@bp.get("/article/<article_id>")
def article(article_id: str) -> Any:
    view = article_view(services().store, article_id)
    if view is None:
        abort(404, description=f"no article {article_id}")
    pieces = segments(view["text"] or "", view["mentions"])
    return render_template("article.html", a=view, pieces=pieces, ui=ui_lang())
