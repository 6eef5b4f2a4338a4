"""Bearer-token check shared by every write route."""

from __future__ import annotations

import hmac

from flask import request


def token_problem(expected: str | None) -> tuple[int, str] | None:
    """None when the request carries the right token, else (status, reason)."""
    if not expected:
        return 403, "writes are disabled: set TRENDKG_TOKEN (or token in config.toml)"
    header = request.headers.get("Authorization", "")
    if not header.startswith("Bearer "):
        return 401, "missing Authorization: Bearer <token>"
    if not hmac.compare_digest(header[7:].strip().encode(), expected.encode()):
        return 403, "wrong token"
    return None
