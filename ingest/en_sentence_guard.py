"""`trendkg_en_sentence_guard`: no English sentence break after a word.

en_core_web_sm finds sentence starts with its parser, and on long lines it sometimes starts
one mid-clause (`running Llama 2 | 70B at 241 tokens per second`, `chip | development.`).
Each chunk is already one line of the body, so a real break follows closing punctuation;
this component, placed before the parser, forbids starts anywhere else and leaves the rest
to the parser.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

# a token after which a sentence may start: one ending in closing punctuation, or a dash
BREAK_AFTER = re.compile(r"[.!?…:;\"”’)\]»—–]$")


@Language.component("trendkg_en_sentence_guard")
def sentence_guard(doc: Doc) -> Doc:
    for token in doc[1:]:
        if not BREAK_AFTER.search(doc[token.i - 1].text):
            token.is_sent_start = False
    return doc
