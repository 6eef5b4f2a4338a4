"""Bearer-token check shared by every write route (ingest, SPARQL Update)."""

from __future__ import annotations

import functools
import hmac
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from flask import Response, jsonify, request

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


def token_refusal(expected: str | None, action: str = "writes") -> tuple[Response, int] | None:
    """The JSON refusal for a request without the token, or None when it may write."""
    problem = token_problem(expected, action)
    if problem is None:
        return None
    response = jsonify({"error": problem.message})
    response.headers.update(problem.headers)
    return response, problem.status


def requires_token(action: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """A view decorator: refuse (401/403 JSON) unless the request carries the configured token."""

    def wrap(view: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(view)
        def guarded(*args: Any, **kwargs: Any) -> Any:
            from qa.web.context import services

            return token_refusal(services().settings.token, action) or view(*args, **kwargs)

        return guarded

    return wrap
