"""Server-rendered pages, one module per page family; all of them read without JavaScript.

`ask` (/), `browse` (/entity, /article), `trends`, `ingest` and `review`. Writes (ingest,
delete, review decisions) go through the token-guarded JSON API from small scripts.
"""

from __future__ import annotations

from flask import Blueprint

from kg.namespaces import local_name

bp = Blueprint("pages", __name__)


@bp.app_template_filter("slug")
def slug_filter(iri: str) -> str:
    return local_name(iri)


from qa.web.pages import ask, browse, ingest, review, trends  # noqa: E402,F401  (routes register on bp)
