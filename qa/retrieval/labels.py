"""Entity lookup by name, tolerant of typos: `엔비디야` -> 엔비디아, `Nvdia` -> Nvidia.

Candidates come from a BM25 index over character bigrams of every label (catalog and
names discovered in articles); rapidfuzz then scores them on Hangul jamo, so one wrong
vowel costs one letter, not a whole syllable.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from rapidfuzz import fuzz

from ingest.crosslingual import MIN_SKELETON, rank_skeletons, skeleton, spelled_alike
from ingest.scripts import HANGUL
from kg.catalog import Catalog, company_head, normalize
from kg.namespaces import SKOS, TKG
from kg.store import GraphStore
from qa.retrieval.lexical import CachedIndex, TermIndex

NEW_LABELS = f"""SELECT DISTINCT ?e ?l WHERE {{
  GRAPH ?g {{ ?e <{TKG.isNew}> true ; <{SKOS.prefLabel}>|<{SKOS.altLabel}> ?l }} }}"""
ENTITY_TYPES = f"SELECT ?e ?t WHERE {{ GRAPH ?g {{ ?m <{TKG.refersTo}> ?e ; <{TKG.entityType}> ?t }} }}"
T = TypeVar("T")
MIN_SCORE = 86.0
SOUND_SCORE = 92.0  # a question's name heard as a label (stricter than review's 85: `펠드먼` is not Fortune)


@dataclass(frozen=True)
class LabelHit:
    iri: str
    label: str
    score: float


# vowels Seoul speech no longer tells apart, so spellers confuse them (`레드헷` for 레드햇)
MERGED_VOWELS = str.maketrans({"\u1162": "\u1166", "\u1164": "\u1168", "\u116b": "\u1170", "\u116c": "\u1170"})


@functools.lru_cache(maxsize=1 << 16)  # labels are compared again and again
def jamo(text: str) -> str:
    """Hangul syllables decomposed into letters (NFD), the vowels speech merged (ㅐ/ㅔ, ㅒ/ㅖ,
    ㅙ/ㅚ/ㅞ) as one, everything else normalised."""
    return unicodedata.normalize("NFD", normalize(text)).translate(MERGED_VOWELS)


def bigrams(text: str) -> list[str]:
    key = normalize(text)
    return [key[i : i + 2] for i in range(max(1, len(key) - 1))]


class LabelIndex:
    def __init__(self, store: GraphStore, catalog: Catalog, folder: Path | None) -> None:
        self.store = store
        self.catalog = catalog
        self._cache = CachedIndex(store, folder, self._build)

    def _build(self) -> tuple[list[str], list[list[str]]]:
        labels = [(e.iri, form) for e in self.catalog for form in e.surface_forms()]
        labels += [(str(r["e"]), str(r["l"])) for r in self.store.select(NEW_LABELS)]
        keys = [f"{iri}\t{label}" for iri, label in labels]
        return keys, [bigrams(label) for _, label in labels]

    def known(self, iri: str) -> bool:
        """Is this IRI one of the indexed labels' entities (catalog or found in an article)?"""
        return bool(self.labels_of(iri))

    def _per_index(self, name: str, build: Callable[[TermIndex], T]) -> T:
        """A value read from the label index, kept until the index is rebuilt (articles changed)."""
        return self._cache.get().derived(name, build)

    def warm_up(self) -> None:
        """Build the index and what is read from it now, not on the first question."""
        self.lookup("warm up")
        self.transliterated("warm up")
        self.entity_type("")

    def labels_of(self, iri: str) -> list[str]:
        """Every indexed label of the entity (a new entity's names in both languages' articles)."""
        return self._per_index("labels", _labels_by_iri).get(iri, [])

    def transliterated(self, name: str) -> LabelHit | None:
        """The entity whose label in the other script sounds like the name (ingest.crosslingual:
        `프렘 아카라주` ~ Prem Akkaraju, `Magnetar Capital` ~ 마그네타 캐피털): a new name the
        articles give only in one language, asked about in the other."""
        sounds = self._per_index("sounds", lambda index: _sounds_by_script(index, self._is_person))
        key, korean = skeleton(name), bool(HANGUL.search(name))
        if korean and len(key) < MIN_SKELETON:  # `주니퍼`: spelled like one label of its skeleton
            same = {label: iri for other, label, iri in sounds[False] if other == key and " " not in label}
            found_label = spelled_alike(name, list(same))
            return LabelHit(same[found_label], found_label, 100.0) if found_label else None
        found = rank_skeletons(key, sounds[not korean], 1, name)
        if not found or found[0].score < SOUND_SCORE:
            return None
        return LabelHit(found[0].iri, found[0].name, found[0].score)

    def spelled_in(self, text: str) -> list[tuple[int, int, str, str]]:
        """(start, end, IRI, label) of new entities' names of two words or more written out in
        the text (`아이패드 에어`, `피규어 AI`), longest first: names no catalog ruler knows, which a
        word-by-word reading splits (`아이패드` + `에어`)."""
        pattern, by_label = self._per_index("spelled", lambda index: _spelled_names(index, self.catalog))
        if pattern is None:
            return []
        return [(m.start(), m.end(), by_label[normalize(m.group())], m.group()) for m in pattern.finditer(text)]

    def short_named_in(self, text: str) -> list[tuple[int, int, str, str]]:
        """(start, end, IRI, label) of new entities' two-syllable Hangul names (`위즈`, `딥엘`)
        written as a whole word, bare or with a particle: too short to look up by spelling."""
        by_label = self._per_index("short", lambda index: _short_names(index, self.catalog))
        out = []
        for found in SHORT_WORD.finditer(text):
            iri = by_label.get(found.group(1))
            if iri:
                out.append((found.start(1), found.end(1), iri, found.group(1)))
        return out

    def _is_person(self, iri: str) -> bool:
        return self.entity_type(iri) == "Person"

    def entity_type(self, iri: str) -> str:
        """The type of an entity: its catalog type, else the one the articles gave it, else ''."""
        entity = self.catalog.by_iri(iri)
        if entity is not None:
            return entity.type
        return self._per_index("types", lambda _: self._article_types()).get(iri, "")

    def _article_types(self) -> dict[str, str]:
        """The type most of a new entity's mentions carry (articles may disagree: `카나나` a
        brand in one, taken for a company in another)."""
        votes: dict[str, Counter[str]] = {}
        for r in self.store.select(ENTITY_TYPES):
            votes.setdefault(str(r["e"]), Counter())[str(r["t"]).rsplit("#", 1)[-1]] += 1
        return {iri: counted.most_common(1)[0][0] for iri, counted in votes.items()}

    def lookup(self, name: str, limit: int = 3) -> list[LabelHit]:
        """Entities whose label is close to `name`, best first (score 0-100)."""
        key_name = normalize(name)
        if len(key_name) < 3 or not re.search(r"\w", name):
            return []
        index = self._cache.get()
        hits: dict[str, LabelHit] = {}
        sounds = jamo(name)
        for key, _ in index.search(bigrams(name), 30):
            iri, label = key.split("\t", 1)
            later_words, head = _label_keys(label)
            if key_name in later_words:
                continue  # `systems` is a word of `ZT Systems`, not a typo of it
            score = 100.0 if head == key_name else fuzz.ratio(sounds, jamo(label))  # `Lambda` for Lambda Labs
            if score >= MIN_SCORE and (iri not in hits or hits[iri].score < score):
                hits[iri] = LabelHit(iri, label, score)
        return sorted(hits.values(), key=lambda h: -h.score)[:limit]


@functools.lru_cache(maxsize=1 << 16)
def _label_keys(label: str) -> tuple[frozenset[str], str]:
    """A label's later words (the first is the distinctive one: `perplexity` for Perplexity AI;
    later ones are generic: `Systems`, `Cloud`) and its name without a corporate suffix, normalised."""
    head = company_head(label)
    return frozenset(normalize(w) for w in label.split()[1:]), normalize(head) if head else ""


def _labels_by_iri(index: TermIndex) -> dict[str, list[str]]:
    by_iri: dict[str, list[str]] = {}
    for key in index.keys:
        entity, _, label = key.partition("\t")
        by_iri.setdefault(entity, []).append(label)
    return by_iri


def _sounds_by_script(index: TermIndex, is_person: Callable[[str], bool]) -> dict[bool, list[tuple[str, str, str]]]:
    """(skeleton, label, IRI) of every label, of a company's name without its corporate
    suffix (`주니퍼` for Juniper Networks) and of a person's surname (`베니오프` for Marc
    Benioff: news names people by surname), by whether it is written in Hangul."""
    sounds: dict[bool, list[tuple[str, str, str]]] = {True: [], False: []}
    for key in index.keys:
        iri, _, label = key.partition("\t")
        surname = label.split()[-1] if " " in label.strip() and is_person(iri) else label
        for name in {label, company_head(label) or label, surname}:
            korean = bool(HANGUL.search(name))
            for key in {skeleton(name), skeleton(name, voiced=not korean)}:  # `Physical` as 피지컬 too
                sounds[korean].append((key, name, iri))
    return sounds


# a two-syllable Hangul word, bare or with a particle (not the start of a longer word)
SHORT_WORD = re.compile(
    r"(?<![가-힣])([가-힣]{2})(?=(?:은|는|이|가|을|를|의|와|과|에|도|만|랑|이랑|에서|한테)?(?![가-힣]))"
)


def _short_names(index: TermIndex, catalog: Catalog) -> dict[str, str]:
    """The two-syllable Hangul labels of entities the catalog does not hold, to their IRI
    (a label two entities share names neither)."""
    found: dict[str, set[str]] = {}
    for key in index.keys:
        iri, _, label = key.partition("\t")
        if re.fullmatch(r"[가-힣]{2}", label) and catalog.by_iri(iri) is None:
            found.setdefault(label, set()).add(iri)
    return {label: next(iter(iris)) for label, iris in found.items() if len(iris) == 1}


def _spelled_names(index: TermIndex, catalog: Catalog) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """The multi-word labels of entities the catalog does not hold: one pattern matching any of
    them (longest first), and the IRI of each by its normalised form."""
    by_label: dict[str, str] = {}
    labels: set[str] = set()
    for key in index.keys:
        iri, _, label = key.partition("\t")
        if " " in label.strip() and catalog.by_iri(iri) is None:
            by_label.setdefault(normalize(label), iri)
            labels.add(label)
    if not labels:
        return None, by_label
    alternatives = "|".join(re.escape(label) for label in sorted(labels, key=len, reverse=True))
    return re.compile(rf"(?<![\w])(?:{alternatives})(?![A-Za-z0-9])", re.IGNORECASE), by_label
