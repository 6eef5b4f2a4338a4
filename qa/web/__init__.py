"""The Flask app: UI pages, the REST API and the SPARQL endpoint over one Services object.

One process, many threads (the on-disk store admits a single process); models load once
at start-up. `create_app` is the factory tests and `trendkg serve` both use.
"""

from __future__ import annotations

from typing import Any

from flask import Flask, jsonify, render_template, request
from werkzeug.exceptions import HTTPException

from kg.settings import Settings
from qa.services import Services
from qa.web.jobs import JobRunner


def create_app(settings: Settings | None = None, services: Services | None = None, warm: bool = True) -> Flask:
    app = Flask(__name__)
    app.json.ensure_ascii = False  # type: ignore[attr-defined]  # Korean stays readable
    services = services or Services(settings or Settings.load())
    app.config["MAX_CONTENT_LENGTH"] = services.settings.max_upload_bytes
    app.extensions["trendkg"] = services
    app.extensions["trendkg_jobs"] = JobRunner(
        lambda job: services.web.ingest_urls(job.urls, progress=job.record, discovered=job.grow)
    )
    if warm:
        services.warm_up()

    from qa.web import i18n
    from qa.web.api import bp as api_bp
    from qa.web.api_admin import bp as admin_bp
    from qa.web.pages import bp as pages_bp
    from qa.web.sparql_endpoint import bp as sparql_bp

    i18n.install(app)
    app.register_blueprint(pages_bp)
    app.register_blueprint(api_bp)
    app.register_blueprint(admin_bp)
    app.register_blueprint(sparql_bp)

    @app.errorhandler(HTTPException)
    def http_error(exc: HTTPException) -> Any:
        if _wants_json():
            return jsonify({"error": exc.description or exc.name}), exc.code
        return render_template("error.html", code=exc.code, message=exc.description), exc.code

    @app.errorhandler(Exception)
    def unexpected(exc: Exception) -> Any:
        app.logger.exception("unhandled error")
        if _wants_json():
            return jsonify({"error": "internal error; see the server log"}), 500
        return render_template("error.html", code=500, message="internal error"), 500

    return app


def _wants_json() -> bool:
    if request.path.startswith(("/api/", "/sparql", "/healthz")):
        return True
    best = request.accept_mimetypes.best_match(["application/json", "text/html"])
    return best == "application/json"
