"""Korean: Kiwi morphology as the tokenizer of `spacy.blank("ko")`, catalog EntityRuler,
and quantity/date patterns on morpheme tags.

spaCy's own Korean tokenizer needs mecab and splits brand names (엔+비디아); Kiwi ships
its model inside the PyPI package and keeps catalog names whole once they are user words.
Each spaCy token is one run of non-overlapping morphemes; `tag_` holds their Kiwi tags
joined by '+', `lemma_` the first morpheme's form, so particles stay visible to rules.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import spacy
from kiwipiepy import Kiwi
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from ingest import discovery_ko  # noqa: F401  (registers the trendkg_ko_names component)
from ingest.catalog_patterns import add_catalog_ruler
from ingest.extraction import Sentence
from ingest.korean_name_spread import spread_names
from ingest.scripts import HANGUL
from ingest.segment import Chunk
from kg.catalog import Catalog

if not Token.has_extension("oov"):
    Token.set_extension("oov", default=False)  # Kiwi did not know the word: likely a new name


class KiwiTokenizer:
    """A spaCy tokenizer backed by Kiwi; morpheme tags survive as `token.tag_`."""

    def __init__(self, vocab: spacy.Vocab, kiwi: Kiwi) -> None:
        self.vocab = vocab
        self.kiwi = kiwi

    def __call__(self, text: str) -> Doc:
        pieces: list[tuple[int, int, str, str]] = []  # start, end, tags, first form
        oov_starts: set[int] = set()
        for tok in self.kiwi.tokenize(text):
            if tok.oov:
                oov_starts.add(tok.start)
            start, end = tok.start, tok.start + tok.len
            if pieces and (start < pieces[-1][1] or end == start):  # 했 = 하+었; empty forms
                s0, e0, joined, form = pieces[-1]
                pieces[-1] = (s0, max(e0, end), f"{joined}+{tok.tag}", form)
            elif end > start:
                pieces.append((start, end, tok.tag, tok.form))
        words: list[str] = []
        spaces: list[bool] = []
        tags: list[str] = []
        lemmas: list[str] = []

        def add(word: str, tag: str, lemma: str) -> None:
            words.append(word)
            spaces.append(False)
            tags.append(tag)
            lemmas.append(lemma)

        def add_gap(gap: str) -> None:
            for run in re.findall(r"\s+|\S+", gap):
                if not run.isspace():
                    add(run, "SW", run)
                    continue
                if words and not spaces[-1] and run.startswith(" "):
                    spaces[-1] = True
                    run = run[1:]
                if run:
                    add(run, "_SP", run)

        pos = 0
        for start, end, tag, form in pieces:
            add_gap(text[pos:start])
            add(text[start:end], tag, form)
            pos = end
        add_gap(text[pos:])
        doc = Doc(self.vocab, words=words, spaces=spaces, tags=tags, lemmas=lemmas)
        for token in doc:
            if token.idx in oov_starts:
                token._.oov = True
        return doc


@spacy.registry.tokenizers("trendkg.kiwi_tokenizer.v1")
def create_kiwi_tokenizer() -> Callable[[Language], KiwiTokenizer]:
    """Registered by name so `spacy.blank("ko", config=...)` never asks for mecab."""

    def make(nlp: Language) -> KiwiTokenizer:
        return KiwiTokenizer(nlp.vocab, Kiwi())

    return make


QUANTITY_PATTERNS: dict[str, list[list[dict[str, object]]]] = {
    "MONEY": [
        [{"TAG": {"REGEX": "^SN"}}, {"TAG": "NR", "OP": "*"}, {"LEMMA": {"IN": ["달러", "원", "유로", "엔", "위안"]}}],
    ],
    "PERCENT": [
        [{"TAG": {"REGEX": "^SN"}}, {"TEXT": {"IN": ["%", "％"]}}],
        [{"TAG": {"REGEX": "^SN"}}, {"LEMMA": "퍼센트"}],
    ],
    "MULTIPLE": [[{"TAG": {"REGEX": "^SN"}}, {"LEMMA": "배"}]],
    "DATE": [
        [
            {"TAG": {"REGEX": "^SN"}},
            {"LEMMA": "년"},
            {"TAG": {"REGEX": "^SN"}},
            {"LEMMA": "월"},
            {"TAG": {"REGEX": "^SN"}, "OP": "?"},
            {"LEMMA": "일", "OP": "?"},
        ],
        [{"TAG": {"REGEX": "^SN"}}, {"LEMMA": "년"}],
    ],
    "QUANTITY": [
        [
            {"TAG": {"REGEX": "^SN"}},
            {"TAG": "NR", "OP": "*"},
            {
                "LEMMA": {
                    "IN": [
                        "개",
                        "대",
                        "명",
                        "곳",
                        "기가비트",
                        "테라바이트",
                        "기가바이트",
                        "GB",
                        "TB",
                        "엑사플롭스",
                        "페타플롭스",
                    ]
                }
            },
        ],
        [{"TAG": {"REGEX": "^SN"}}, {"TAG": "NR", "OP": "+"}],
    ],
}


def add_quantities(doc: Doc, matcher: Matcher) -> Doc:
    """Add quantity/date spans to doc.ents where they do not overlap catalog entities."""
    found = [Span(doc, s, e, label=doc.vocab.strings[m]) for m, s, e in matcher(doc)]
    taken = {i for ent in doc.ents for i in range(ent.start, ent.end)}
    free = [s for s in filter_spans(found) if not any(i in taken for i in range(s.start, s.end))]
    doc.ents = list(doc.ents) + free
    return doc


def add_user_words(kiwi: Kiwi, catalog: Catalog) -> None:
    """Every Korean-script catalog name becomes a proper-noun user word, kept whole."""
    for entity in catalog:
        for form in catalog.matchable_forms(entity):
            if HANGUL.search(form):
                kiwi.add_user_word(form, "NNP", 0.0)


def build_korean_nlp(catalog: Catalog) -> Language:
    """blank("ko") + Kiwi tokenizer with catalog user words + catalog EntityRuler."""
    nlp = spacy.blank("ko", config={"nlp": {"tokenizer": {"@tokenizers": "trendkg.kiwi_tokenizer.v1"}}})
    tokenizer = nlp.tokenizer
    assert isinstance(tokenizer, KiwiTokenizer)
    add_user_words(tokenizer.kiwi, catalog)
    add_catalog_ruler(nlp, catalog)
    nlp.add_pipe("trendkg_ko_names", last=True)
    return nlp


class KoreanPipeline:
    """Chunks of a Korean article -> sentence Docs with entities and quantities."""

    lang = "ko"

    def __init__(self, catalog: Catalog) -> None:
        self.nlp = build_korean_nlp(catalog)
        tokenizer = self.nlp.tokenizer
        assert isinstance(tokenizer, KiwiTokenizer)
        self.kiwi = tokenizer.kiwi
        self.matcher = Matcher(self.nlp.vocab)
        for label, pats in QUANTITY_PATTERNS.items():
            self.matcher.add(label, pats)

    def split(self, chunk: Chunk) -> list[tuple[int, int]]:
        """Sentence spans (article offsets) inside a chunk."""
        spans: list[tuple[int, int]] = []
        for sent in self.kiwi.split_into_sents(chunk.text):
            start, end = chunk.start + sent.start, chunk.start + sent.end
            before = chunk.text[sent.start - 1] if sent.start > 0 else " "
            if spans and not before.isspace() and before not in ".!?\"”’')":
                spans[-1] = (spans[-1][0], end)  # `보라-2를`: Kiwi ended a sentence inside a word
            else:
                spans.append((start, end))
        return spans or [(chunk.start, chunk.end)]

    def analyze(self, body: str, chunks: list[Chunk]) -> list[Sentence]:
        """Sentences with their Docs; a chunk's footnote goes to its last sentence."""
        spans: list[tuple[int, int, int | None]] = []
        for chunk in chunks:
            parts = self.split(chunk)
            for i, (start, end) in enumerate(parts):
                spans.append((start, end, chunk.footnote if i == len(parts) - 1 else None))
        texts = [body[s:e] for s, e, _ in spans]
        docs = list(self.nlp.pipe(texts))
        spread_names(docs, texts)
        return [
            Sentence(n, s, e, body[s:e], f, add_quantities(doc, self.matcher), s)
            for n, ((s, e, f), doc) in enumerate(zip(spans, docs, strict=True))
        ]
