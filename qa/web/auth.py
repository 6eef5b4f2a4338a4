"""Bearer-token check shared by every write route (ingest, SPARQL Update)."""

from __future__ import annotations

import hmac
from dataclasses import dataclass, field

from flask import request

CHALLENGE = {"WWW-Authenticate": 'Bearer realm="trendkg"'}


@dataclass(frozen=True)
class AuthProblem:
    status: int
    message: str
    headers: dict[str, str] = field(default_factory=dict)


def token_problem(expected: str | None, action: str = "writes") -> AuthProblem | None:
    """None when the request carries the configured token; else why not (401/403)."""
    if not expected:
        return AuthProblem(403, f"{action} are disabled: no token is configured (TRENDKG_TOKEN)")
    scheme, _, given = request.headers.get("Authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not given.strip():
        return AuthProblem(401, f"{action} need an 'Authorization: Bearer <token>' header", CHALLENGE)
    if not hmac.compare_digest(given.strip().encode(), expected.encode()):
        return AuthProblem(403, "the token is not valid")
    return None
