"""Names in a list the small model only partly saw: `Greycroft, Coatue Management, Sound
Ventures and Lightspeed Venture Partners` tagged two of four.

A run of capitalised words in a comma/`and` list whose other members are names of one kind
(organisations or people) is a name of that kind too. The list must already hold two names
of that kind (one, in a list of three or more naming a round's investors), so an ordinary list
(`Europe, Asia and Africa`) gains nothing.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from ingest.names_common import GENERIC_NAMES

LIST_KINDS = {"Company", "ResearchOrg", "Person"}
SEPARATORS = ([","], ["and"], [",", "and"], ["or"], [",", "or"])
INVESTORS = re.compile(r"\b(?:investors?|backers?|participants?|led by)\b", re.I)  # one name is enough there
INNER = {"&", "of", "de"}  # `Procter & Gamble`, `Bank of America` (never first or last)


def _runs(doc: Doc) -> list[tuple[int, int]]:
    """Maximal runs of capitalised tokens (token indices, end exclusive)."""
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(doc):
        if not doc[i].text[:1].isupper():
            i += 1
            continue
        j = i + 1
        while j < len(doc) and (doc[j].text[:1].isupper() or doc[j].lower_ in INNER and j + 1 < len(doc)
                                and doc[j + 1].text[:1].isupper()):
            j += 1
        runs.append((i, j))
        i = j
    return runs


def _lists(doc: Doc) -> list[list[tuple[int, int]]]:
    """Runs joined by list separators, as lists of two or more members."""
    out: list[list[tuple[int, int]]] = []
    current: list[tuple[int, int]] = []
    for run in _runs(doc):
        between = [t.lower_ for t in doc[current[-1][1] : run[0]]] if current else None
        if between is not None and between in SEPARATORS:
            current.append(run)
            continue
        if len(current) >= 2:
            out.append(current)
        current = [run]
    if len(current) >= 2:
        out.append(current)
    return out


def list_names(doc: Doc, found: list[Span]) -> list[Span]:
    """New spans for the unnamed members of lists whose named members share one kind."""
    by_token = {t.i: span for span in found for t in span}
    out: list[Span] = []
    for members in _lists(doc):
        kinds = [next((by_token[i].label_ for i in range(s, e) if i in by_token), None) for s, e in members]
        named = [k for k in kinds if k is not None]
        enough = len(named) >= 2 or len(named) == 1 and len(members) >= 3 and INVESTORS.search(doc.text)
        if not enough or len(set(named)) != 1 or named[0] not in LIST_KINDS:
            continue
        for (start, end), kind in zip(members, kinds, strict=True):
            text = doc[start:end].text
            if kind is None and text not in GENERIC_NAMES and not (start == 0 and end - start == 1):
                out.append(Span(doc, start, end, label=named[0]))
    return out
