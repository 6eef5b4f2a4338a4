"""`Metro-Goldwyn-Mayer`: three or more capitalised words glued by hyphens are one name.

The small model sometimes tags only the first part of such a name (`Metro`, as a building),
and the rest is lost. Where an entity covers part of a glued chain of three capitalised words
or more, and no other entity holds the rest, the entity is widened to the whole chain (a
building or a work is read as an organisation). Two words stay as tagged: `the
Uber-Postmates deal` joins two names.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span
from spacy.util import filter_spans

HYPHENS = {"-", "–"}  # the marks that glue words into one name (shared by the English name finders)
WIDENED = {"ORG": "ORG", "FAC": "ORG", "WORK_OF_ART": "ORG", "PRODUCT": "PRODUCT", "PERSON": "PERSON"}


def _capital(doc: Doc, i: int) -> bool:
    return 0 <= i < len(doc) and doc[i].is_alpha and doc[i].text[:1].isupper()


def _chain(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The widest run of `Word-Word-…` around tokens start..end (glued: no spaces)."""
    while start >= 2 and doc[start - 1].text in HYPHENS and not doc[start - 2].whitespace_ \
            and not doc[start - 1].whitespace_ and _capital(doc, start - 2):  # fmt: skip
        start -= 2
    while end + 1 < len(doc) and doc[end].text in HYPHENS and not doc[end - 1].whitespace_ \
            and not doc[end].whitespace_ and _capital(doc, end + 1):  # fmt: skip
        end += 2
    return start, end


def widen_hyphen_chains(doc: Doc) -> None:
    """Entities of the small model that stop inside a hyphen-glued name take the whole name."""
    current = list(doc.ents)  # `Doc.ents` builds new Spans on every read
    ents: list[Span] = []
    for ent in current:
        label = WIDENED.get(ent.label_)
        start, end = _chain(doc, ent.start, ent.end) if label and not ent.ent_id_ else (ent.start, ent.end)
        if label and end - start >= 5 and (start, end) != (ent.start, ent.end):
            others = {t.i for e in current if e is not ent for t in e}
            if others.isdisjoint(range(start, end)):
                ent = Span(doc, start, end, label=label)
        ents.append(ent)
    if any(a is not b for a, b in zip(ents, current, strict=True)):
        doc.ents = filter_spans(ents)
