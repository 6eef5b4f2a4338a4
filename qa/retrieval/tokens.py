"""Index terms for BM25: Kiwi morphemes for Korean, spaCy lemmas for English, entity ids.

Korean is agglutinative: `엔비디아와` must be the terms `엔비디아` (+ particle, dropped),
or a bare-noun query never matches. Entity ids (`@nvidia`) added for every linked mention
make the lexical index cross-lingual for names: 엔비디아 and Nvidia share one term.
"""

from __future__ import annotations

import re

from ingest.extract import Extractor
from ingest.scripts import HANGUL
from qa.spans import english_places, korean_places

KO_TAGS = {"NNG", "NNP", "NR", "SL", "SH", "SN", "XR", "VV", "VA", "MAG"}
ENTITY_PREFIX = "@"
NUMBER_GROUPS = re.compile(r"(?<=\d),(?=\d{3})")
EN_SKIP = ["parser", "ner", "entity_ruler", "trendkg_en_names"]


def _term(form: str) -> str:
    """Lower case; digit groups joined, so `1,000` and `1000` are one term."""
    return NUMBER_GROUPS.sub("", form.lower())


def entity_term(iri: str) -> str:
    return ENTITY_PREFIX + iri.rsplit("/", 1)[-1]


def script_term(korean: bool) -> str:
    """The term every sentence of one script carries, so a search can keep to one language
    (no question is tokenized into it: `#` never survives tokenizing)."""
    return "#ko" if korean else "#en"


class Tokenizer:
    """Turns sentences and questions into BM25 terms the same way."""

    def __init__(self, extractor: Extractor) -> None:
        self.extractor = extractor

    def korean(self, text: str) -> list[str]:
        kiwi = self.extractor.pipeline("ko").kiwi  # type: ignore[attr-defined]
        return [_term(t.form) for t in kiwi.tokenize(text) if t.tag.split("-")[0] in KO_TAGS]

    def english(self, texts: list[str]) -> list[list[str]]:
        nlp = self.extractor.pipeline("en").nlp
        skip = [name for name in EN_SKIP if name in nlp.pipe_names]
        return [
            [_term(t.lemma_) for t in doc if (t.is_alpha or t.like_num or t.is_digit) and not t.is_stop]
            for doc in nlp.pipe(texts, disable=skip)
        ]

    def terms(self, texts: list[str]) -> list[list[str]]:
        """Terms of each text, chosen by its script (a Korean article's English quote is English)."""
        out: list[list[str]] = [[] for _ in texts]
        english = [i for i, t in enumerate(texts) if not HANGUL.search(t)]
        for i, text in enumerate(texts):
            if HANGUL.search(text):
                out[i] = self.korean(text)
        for i, terms in zip(english, self.english([texts[i] for i in english]), strict=True):
            out[i] = terms
        return out

    def places(self, text: str) -> list[str]:
        """Place names in a sentence, by the sentence's script (see qa.spans)."""
        if HANGUL.search(text):
            kiwi = self.extractor.pipeline("ko").kiwi  # type: ignore[attr-defined]
            tokens = [(t.form, t.tag, t.start, t.start + t.len) for t in kiwi.tokenize(text)]
            return korean_places(tokens, text)
        nlp = self.extractor.pipeline("en").nlp
        doc = nlp(text, disable=[name for name in ("trendkg_en_names",) if name in nlp.pipe_names])  # keeps GPE
        return english_places([(e.text, e.label_, e.start_char, e.end_char) for e in doc.ents], text)
