"""`trendkg_en_sentence_guard`: no English sentence break after a word.

en_core_web_sm finds sentence starts with its parser, and on long lines it sometimes starts
one mid-clause (`running Llama 2 | 70B at 241 tokens per second`, `chip | development.`).
Each chunk is already one line of the body, so a real break follows closing punctuation;
this component, placed before the parser, forbids starts anywhere else, and after a
capital's initial (`T. Rowe Price`), and leaves the rest to the parser.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from ingest.given_names import is_given_name

# a token after which a sentence may start: one ending in closing punctuation, or a dash
BREAK_AFTER = re.compile(r"[.!?…:;\"”’)\]»—–]$")


@Language.component("trendkg_en_sentence_guard")
def sentence_guard(doc: Doc) -> Doc:
    for token in doc[1:]:
        if not BREAK_AFTER.search(doc[token.i - 1].text) or _after_initial(doc, token.i):
            token.is_sent_start = False
    return doc


def _after_initial(doc: Doc, i: int) -> bool:
    """`and T. Rowe Price`, `by J. Smith`, `Michael G. Wilson`: a capital letter's full stop
    before more of a name, after a lower-case word, a comma or a given name, ends no sentence;
    after another capitalised word (`a Series B. Sequoia led it`), before a word that opens
    sentences (`The`) or as a line's `A.` answer label, it does."""
    if doc[i].is_stop or not doc[i].text[:1].isupper() or i < 3:
        return False
    stop, letter = doc[i - 1], doc[i - 2]
    if stop.text != "." or letter.whitespace_ or not (len(letter.text) == 1 and letter.text.isupper()):
        return False  # the tokenizer cuts the stop off the letter
    before = doc[i - 3]
    return bool(before.whitespace_) and (before.is_lower or before.text == "," or is_given_name(before.text))
