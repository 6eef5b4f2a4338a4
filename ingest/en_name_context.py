"""Names the small English model misread, put right by the words around them: a given name
it left off a surname (`Raghib Hussain` found as `Hussain`), and a firm it took for a place
(`the private equity firm Silver Lake`, tagged LOC)."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ingest.given_names import is_given_name

DETERMINERS = {"its", "the", "a", "an", "their", "his", "her", "our", "'s", "’s"}
PLACES = {"GPE", "LOC", "FAC"}
FIRM_NOUNS = {"firm", "company", "investor", "fund", "startup", "group", "chipmaker", "manager", "lender", "bank"}


def firm_before(doc: Doc, start: int) -> bool:
    """`the private equity firm Silver Lake`: a firm noun, within a determined phrase, right
    before what the small model took for a place."""
    if start == 0 or doc[start - 1].lower_ not in FIRM_NOUNS or not doc[start - 1].is_lower:
        return False
    return any(t.lower_ in DETERMINERS for t in doc[max(0, start - 5) : start - 1])


def given_name_before(doc: Doc, start: int, kept: list[Span]) -> bool:
    """The word before a lone surname is a given name of no other name: a capitalised proper
    noun, not a stop word (`The` is a given name too)."""
    if start == 0 or any(span.start <= start - 1 < span.end for span in kept):
        return False
    word = doc[start - 1]
    return word.tag_ == "NNP" and word.is_alpha and word.text[:1].isupper() and not word.is_stop and is_given_name(
        word.text
    )
