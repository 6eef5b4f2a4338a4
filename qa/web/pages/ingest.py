"""The ingest page: paste, upload or list URLs; a small script sends them with the token."""

from __future__ import annotations

from typing import Any

from flask import render_template

from qa.web.context import services
from qa.web.pages import bp


@bp.get("/ingest")
def ingest() -> Any:
    settings = services().settings
    return render_template("ingest.html", max_bytes=settings.max_upload_bytes, writable=bool(settings.token))
