"""The ask page: one box, the answer card, highlighted evidence and the SPARQL behind it."""

from __future__ import annotations

import re
from typing import Any

from flask import render_template, request

from qa.browse import segments
from qa.web.context import services
from qa.web.pages import bp

EXAMPLES = [
    "엔비디아의 파트너는?",
    "세레브라스가 발표한 칩은?",
    "What did Snowflake acquire?",
    "Who invested in OpenAI?",
]


@bp.get("/")
def index() -> Any:
    question = (request.args.get("q") or "").strip()[:500]
    result = services().answerer.ask(question) if question else None
    evidence = [highlighted(ev["sentence"], answer_terms(result)) for ev in result["evidence"]] if result else []
    return render_template("index.html", q=question, result=result, examples=EXAMPLES, highlighted=evidence)


def answer_terms(result: dict[str, Any]) -> list[str]:
    """Every label of every answer, in both languages: evidence may be in either."""
    terms = {t for a in result["answers"] for t in (a["label"], *a["labels"].values()) if t}
    return sorted(terms, key=len, reverse=True)


def highlighted(sentence: str, terms: list[str]) -> list[tuple[str, str | None]]:
    """The sentence cut into (piece, "mark" or None) where an answer label occurs (case-insensitive)."""
    if not terms:
        return [(sentence, None)]
    pattern = re.compile("|".join(re.escape(t) for t in terms), re.I)
    spans = [{"start": m.start(), "end": m.end(), "slug": "mark"} for m in pattern.finditer(sentence)]
    return segments(sentence, spans)
