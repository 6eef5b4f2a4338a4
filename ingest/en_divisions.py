"""`Amazon Studios`, `Amazon Robotics`, `Apple Music`: a catalog company's name and a division
word make the name of a unit of its own.

The catalog ruler claims the company's word, and the division word was left as a name of its
own (`Studios`) or dropped. Written together they name the studio, the robotics arm or the
music service (the gold conventions keep divisions whole: `Google DeepMind`); the span
replaces the catalog's, like a product named over a catalog name.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

DIVISION_TYPES = {
    "studios": "Company", "pictures": "Company", "games": "Company", "entertainment": "Company",
    "robotics": "Company", "ventures": "Company", "music": "Platform",
}  # fmt: skip


def company_divisions(doc: Doc) -> list[Span]:
    """A catalog company followed by a capitalised division word (nothing capitalised after it)."""
    out: list[Span] = []
    for ent in doc.ents:
        if not ent.ent_id_ or ent.label_ != "Company" or ent.end >= len(doc):
            continue
        word = doc[ent.end]
        label = DIVISION_TYPES.get(word.lower_)
        named_on = ent.end + 1 < len(doc) and doc[ent.end + 1].text[:1].isupper() and doc[ent.end + 1].is_alpha
        if label and word.text[:1].isupper() and doc[ent.end - 1].whitespace_ and not named_on:
            out.append(Span(doc, ent.start, ent.end + 1, label=label))
    return out
