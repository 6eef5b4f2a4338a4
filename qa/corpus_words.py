"""Names a question uses that no article does: the corpus cannot answer about them.

The proper nouns and Latin-script words of a Korean question (Kiwi `NNP`, `SL`) that the
entity linker left unlinked are looked up among the words of every stored sentence: as
written, as a likely typo of a word in the same script (rapidfuzz), or as the same name in
the other script (the consonant skeletons of ingest.crosslingual: 스플렁크 ~ Splunk). A name
found nowhere (`에치드 소후`, `SSI`) leaves nothing to answer from. English questions are
checked for model codes only (`MI400`, `Run:ai`): their capitalised words are too often
plain words (`Initiative`, `Japanese`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from ingest.crosslingual import MIN_SCORE, MIN_SKELETON, skeleton, spelled_alike
from ingest.extract import Extractor
from ingest.scripts import HANGUL
from kg.store import GraphStore
from qa.question import korean_tokens
from qa.retrieval.hybrid import SENTENCES
from qa.retrieval.labels import jamo
from qa.retrieval.lexicon import is_term
from qa.store_cache import StoreCache

WORD = re.compile(r"[0-9A-Za-z가-힣][0-9A-Za-z가-힣\-:.+]*")
NAME_TAGS = {"NNP", "SL"}
# a model code: letters and digits mixed (`MI400`, `GB300`) or a colon-joined name (`Run:ai`)
CODE = re.compile(
    r"(?<![\w$])(?=[\w:.-]*[A-Za-z])(?=[\w:.-]*\d)[A-Za-z][\w:.-]*[A-Za-z0-9]|(?<![\w$])[A-Za-z]+:[A-Za-z]+"
)
GLOSS = re.compile(r"[가-힣]\([A-Za-z]+\)$")  # a Latin abbreviation glossing the Korean word before it
# `Q1`, `FY2024`, `end-of-2024`, `mid-2025`: a period, not a name
PERIOD = re.compile(r"(?:Q|H|FY|CY)\d+|(?:[a-z]+-)+(?:19|20)\d{2}", re.I)
LATIN_RUN = re.compile(r"[0-9A-Za-z.\-]*")  # the rest of a Latin word Kiwi split (`MK|2`, `GC|200`)
TYPO_SCORE = 85.0  # rapidfuzz ratio (over jamo) of a misspelt word to the corpus word it means
TYPO_MIN = 3  # syllables: a shorter name is too close to too many words (`루빈`, `루비`)
UNIT = re.compile(r"[a-z]{1,3}")  # `ms`, `nm`, `gb`: a lower-case Latin unit, not a name
PARTICLE = re.compile(r"(?:은|는|이|가|을|를|의|와|과|에|에서|으로|로|도|만|까지|부터|에게|처럼|보다|이다|라는)$")


@dataclass(frozen=True)
class _Words:
    """The stored sentences' words, in the forms the lookups compare."""

    text: str  # every sentence, lower-cased, one per line
    hangul: list[str]  # Hangul words without their particle, in jamo
    skeletons: dict[str, list[str]]  # consonant skeletons by script ("ko", "en")
    short_latin: dict[str, list[str]]  # English words by a skeleton too short to compare fuzzily
    initials: frozenset[str]  # of capitalised word runs (`ft` of `Financial Times`), lower-cased


class CorpusWords:
    """The words of every stored sentence, rebuilt when the store changes."""

    def __init__(self, store: GraphStore, extractor: Extractor) -> None:
        self.store = store
        self.extractor = extractor
        self._words = StoreCache(store, self._read)

    def _read(self) -> _Words:
        written = [str(r["text"]) for r in self.store.select(SENTENCES)]
        texts = [t.lower() for t in written]
        words = {w.strip("-:.+") for t in texts for w in WORD.findall(t)}
        hangul = sorted(w for w in words if HANGUL.search(w))
        latin = {w: skeleton(w) for w in sorted(words - set(hangul))}
        short_latin: dict[str, list[str]] = {}
        for word, key in latin.items():
            if len(key) < MIN_SKELETON and word.isalpha():
                short_latin.setdefault(key, []).append(word)
        return _Words(
            text="\n".join(texts),
            hangul=sorted({jamo(PARTICLE.sub("", w)) for w in hangul}),
            skeletons={
                "ko": sorted({k for k in map(skeleton, hangul) if len(k) >= MIN_SKELETON}),
                "en": sorted({k for k in latin.values() if len(k) >= MIN_SKELETON}),
            },
            short_latin=short_latin,
            initials=frozenset(_initials(written)),
        )

    def unknown_names(self, text: str, lang: str, linked: list[tuple[int, int]]) -> list[str]:
        """The names of a question (outside the linked spans) that no stored sentence uses."""
        if lang == "ko":
            found = [
                _whole(text, t.form, t.start, t.end) for t in korean_tokens(self.extractor, text) if t.tag in NAME_TAGS
            ]
        else:  # model codes only (`MI400`, `Run:ai`): capitalised words are too often plain words
            found = [(m.group(0), m.start(), m.end()) for m in CODE.finditer(text) if not PERIOD.fullmatch(m.group(0))]
        names = [
            form
            for form, begin, finish in found
            if len(form) > 1
            and not UNIT.fullmatch(form)
            and not any(begin < end and finish > start for start, end in linked)
            and not GLOSS.match(text[max(0, begin - 2) : finish + 1])  # `정식 출시(GA)`: a gloss of a term
        ]
        if not names:
            return []
        words = self._words.get()
        # a Korean word of the lexicon (`큐비트` ~ qubit) is a term of the trade, not a name
        term = [name for name in names if HANGUL.search(name) and is_term(name)]
        return [
            name
            for name in names
            if name not in term and not all(_known(words, part) for part in name.lower().split())
        ]  # `톰슨 로이터`, one dictionary name, is Thomson Reuters word by word

    def known(self, name: str) -> bool:
        """Does a stored sentence use the name (lower-cased), a likely typo of it, or its other-script form?"""
        return _known(self._words.get(), name)

    def warm_up(self) -> None:
        """Read the stored sentences now (again only after the store changes)."""
        self._words.get()


def _whole(text: str, form: str, start: int, end: int) -> tuple[str, int, int]:
    """A Latin token with the letters and digits Kiwi split from it (`MK2`, not `MK`)."""
    if not form.isascii():
        return form, start, end
    end += LATIN_RUN.match(text, end).end() - end  # type: ignore[union-attr]
    return text[start:end], start, end


CAPITAL_RUN = re.compile(r"(?:[A-Z][a-z]+\s+){1,4}[A-Z][a-z]+")


def _initials(texts: list[str]) -> set[str]:
    """The initials of every run of two to five capitalised words (`The Financial Times` ->
    `tft`, `ft`): a question may name a firm by them."""
    out: set[str] = set()
    for text in texts:
        for run in CAPITAL_RUN.findall(text):
            letters = [w[0].lower() for w in run.split()]
            out.update("".join(letters[i:]) for i in range(len(letters) - 1))
    return out


def _known(words: _Words, name: str) -> bool:
    if name.isascii() and name.isalpha() and name in words.initials:
        return True
    if name in words.text and re.search(rf"(?<![0-9a-z]){re.escape(name)}(?![0-9a-z])", words.text):
        return True
    korean = bool(HANGUL.search(name))
    if korean and len(name) >= TYPO_MIN:
        if process.extractOne(jamo(name), words.hangul, scorer=fuzz.ratio, score_cutoff=TYPO_SCORE):
            return True  # a typo of a word the articles use
    key = skeleton(name)
    if len(key) < MIN_SKELETON:  # too few consonants to compare fuzzily: the same skeleton, spelled alike
        return korean and spelled_alike(name, words.short_latin.get(key, [])) is not None
    other = words.skeletons["en" if korean else "ko"]  # 스플렁크 ~ splunk
    return bool(process.extractOne(key, other, scorer=fuzz.ratio, score_cutoff=MIN_SCORE))
