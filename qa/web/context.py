"""The one accessor blueprints use for the app's Services (set by create_app)."""

from __future__ import annotations

from flask import current_app

from qa.services import Services


def services() -> Services:
    svc: Services = current_app.extensions["trendkg"]
    return svc
