"""When the best evidence is too far from the question to answer from: the corpus does not know.

A question answered from world knowledge is the failure this service exists to avoid, so
the best sentence must be close to the question (multilingual e5 cosine), and closer still
when nothing anchors it: neither the question's entities nor a figure it quotes.
"""

from __future__ import annotations

from ingest.extraction import ARTIFACT_TYPES
from qa.compose import Evidence
from qa.eval_match import figures, stated_figures
from qa.question import Question

# Calibrated on the dev split (trendkg eval qa --split dev): evidence below these is off topic
DENSE_MIN_SCORE = 0.90  # e5 cosine of the best sentence when the question names no entity
ANCHORED_MIN_SCORE = 0.78  # ... when it names entities and the sentence mentions them all
# e5 scores a sentence in the other language lower than the same sentence in the question's
# (dev and dev2: answerable cross-lingual best sentences reach down to 0.766)
CROSS_LINGUAL_SLACK = 0.03


def confident(q: Question, best: Evidence) -> bool:
    """Is the best sentence close enough to the question to answer from it? A sentence about
    the question's entities, or stating every figure it quotes (`… 4000억 달러 간다고 예측한
    사람`, even where it names none of its entities), is held to the lower, anchored bar."""
    slack = CROSS_LINGUAL_SLACK if str(best.row.get("lang", q.lang)) != q.lang else 0.0
    quoted = stated_figures(q.text)
    states = bool(quoted) and quoted <= set(figures(best.text))  # the figure the question quotes
    anchored = states or (best.coverage > 0 if q.entities else bool(quoted & set(figures(best.text))))
    if anchored:
        return best.dense >= ANCHORED_MIN_SCORE - slack
    # no entity named, or the names the question was read to have are nowhere near (`gen AI` linked to a
    # new `Gen`): only a sentence as close as an unanchored one must be answers
    return best.dense >= DENSE_MIN_SCORE - slack


def about_another_thing(q: Question, used: list[Evidence]) -> bool:
    """A figure read from sentences naming other products and none of those the question asks
    about, even in the sentences they lean on (`How much does DGX Spark cost?` answered from an
    H100 instance's price), tells nothing about them."""
    if q.kind != "figure":
        return False
    wanted = {m.iri for m in q.entities if m.type in ARTIFACT_TYPES}
    told = {iri for ev in used for iri, _ in ev.entities} | {iri for ev in used for iri in ev.context}
    others = {iri for ev in used for iri, kind in ev.entities if kind in ARTIFACT_TYPES} - wanted
    return bool(wanted) and not wanted & told and bool(others)  # (`Groq's chip keeps …`: no other named)
