"""Company names of one capital letter, a hyphen and a word: `X-energy`, `K-water`.

The small English model sees no name in them (the word after the hyphen is lower-case) and
tokenises them into three. They are read as names where a name stands: the subject of a
clause, an owner (`X-energy's round`) or the object of a verb or preposition; a few such
compounds are ordinary words (`X-ray`, `e-mail`) and are left alone.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

NAME_DEPS = {"nsubj", "nsubjpass", "poss", "pobj", "dobj", "appos", "conj"}
PLAIN = {"ray", "rays", "mail", "mails", "commerce", "shirt", "shirts", "turn", "list", "axis", "bomb", "factor",
         "class", "series", "type", "band", "wing", "pop", "bit", "rated", "rating", "score", "scores"}  # fmt: skip


def letter_hyphen_names(doc: Doc, taken: set[int]) -> list[Span]:
    """`X-energy` where a name stands, as a Company span (a letter, `-`, a lower-case word, glued)."""
    out: list[Span] = []
    for tok in doc[: len(doc) - 2]:
        i = tok.i
        dash, word = doc[i + 1], doc[i + 2]
        if not (re.fullmatch(r"[A-Z]", tok.text) and dash.text == "-" and re.fullmatch(r"[a-z]{3,}", word.text)):
            continue
        if tok.whitespace_ or dash.whitespace_ or word.lower_ in PLAIN or taken & {i, i + 1, i + 2}:
            continue
        owner = i + 3 < len(doc) and doc[i + 3].text in ("'s", "’s")
        if owner or word.dep_ in NAME_DEPS or tok.dep_ in NAME_DEPS:
            out.append(Span(doc, i, i + 3, label="Company"))
    return out
