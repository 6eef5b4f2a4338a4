"""Test helper: a retrieved sentence as QA composes from it, for sentences written for a test."""

from __future__ import annotations

from rdflib import Literal

from qa.compose import Evidence


def evidence(key: str, text: str, entities: list[tuple[str, str]] | None = None) -> Evidence:
    """A sentence that covers the question's entities, scored as close (dense 0.9)."""
    return Evidence(key, {"text": Literal(text)}, 0.0, 1.0, 0.9, entities or [])
