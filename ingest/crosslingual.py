"""Cross-lingual candidates for names the catalog lacks: does the Korean 모빌린트 name the
English Mobilint? Romanise (korean-romanizer), reduce both to a phonetic consonant
skeleton, and rank by fuzzy similarity (rapidfuzz).

Only certainty merges (an alias in the text such as 리벨리온(Rebellions), or the catalog);
everything else becomes a candidate for a person to review (`trendkg review`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from ingest.mentions import romanize
from ingest.scripts import HANGUL

# English spellings Korean writes otherwise: `th` as ㅅ (팬서 = Panther), a soft g as ㅈ (디지털 = digital),
# a soft c as ㅅ (포스 = force), an r that ends a syllable not at all (주니퍼 = Juniper, 코어 = core), a
# silent gh (라이트매터 = Lightmatter) and tch as ㅊ (에치드 = Etched)
ENGLISH_SOUNDS = [
    (r"th", "s"), (r"g(?=[iey])", "j"), (r"c(?=[iey])", "s"), (r"rr", "r"), (r"r(?=[^a-z]|[^aeiouy]|e\b)", ""),
    (r"(?<=i)gh", ""), (r"tch", "ch"),
]  # fmt: skip
VOICED_S = re.compile(r"(?<=[aeiouy])s(?=[aeiouy])")  # `physical`: heard as ㅈ (피지컬), or not (케이스텍스트)
PHONETIC = [
    (r"ph", "p"), (r"th", "t"), (r"ch", "j"), (r"sh", "s"), (r"ng", "n"), (r"x", "ks"), (r"[bpfv]", "p"),
    (r"[dt]", "t"), (r"[gkcq]", "k"), (r"[rl]", "l"), (r"[jz]", "j"), (r"h", ""), (r"[aeiouyw]", ""),
]  # fmt: skip
MIN_SCORE = 85.0
MIN_SKELETON = 4


def skeleton(name: str, voiced: bool = False) -> str:
    """`Mobilint` and 모빌린트 (mobilrinteu) both -> `mplnt`; `voiced`: an English s between
    vowels heard as z (`Physical` -> pjkl, as 피지컬)."""
    korean = bool(HANGUL.search(name))
    text = (romanize(name) if korean else name).lower() + " "
    for pattern, repl in [] if korean else ENGLISH_SOUNDS:  # word ends still marked by spaces
        text = re.sub(pattern, repl, text)
    if voiced and not korean:
        text = VOICED_S.sub("z", text)
    text = re.sub(r"[^a-z]", "", text)
    for pattern, repl in PHONETIC:
        text = re.sub(pattern, repl, text)
    return re.sub(r"(.)\1+", r"\1", text)


@dataclass(frozen=True)
class Candidate:
    name: str
    iri: str
    score: float


def rank(name: str, others: list[tuple[str, str]], limit: int = 3) -> list[Candidate]:
    """Names in the other script (label, IRI) most likely to name the same thing."""
    return rank_skeletons(skeleton(name), [(skeleton(label), label, iri) for label, iri in others], limit, name)


SPELLED_SCORE = 80.0  # rapidfuzz ratio of a short name's romanisation to an English word (willou ~ willow)


def spelled(korean: str) -> str:
    """A short Hangul name romanised the way English spells such names (`윌로우` -> willou,
    `피규어` -> pigueo)."""
    plain = re.sub(r"[^a-z]", "", romanize(korean)).replace("lr", "ll")
    return re.sub(r"eu$", "", re.sub(r"(?<=[^aeiou])yu", "u", plain))  # `규` of 피규어 is the u of figure


def as_hangul_spells(latin: str) -> str:
    """An English word with the sounds Hangul writes otherwise (f, ph -> ㅍ; v -> ㅂ; tch -> ㅊ; ay and a
    silent e's a -> 에이; a soft c -> ㅅ)
    spelled as romanised Hangul spells them: `benioff` -> beniopp, as 베니오프 romanises to
    beniop(eu); `waymo` -> weimo (웨이모)."""
    spelt = re.sub(r"a([b-df-hj-np-tv-z])e\b", r"ei\1", latin.lower())  # `wave` -> weiv (웨이브)
    spelt = re.sub(r"ph|f", "p", spelt).replace("v", "b").replace("ay", "ei").replace("tch", "ch")  # `etched` -> eched
    return re.sub(r"c(?=[eiy])", "s", spelt)  # `ocelot` -> oselot (오셀롯)


def spelled_alike(korean: str, latin: list[str]) -> str | None:
    """The Latin word (of the same short skeleton) a short Hangul name spells, from the same
    onset on: `주니퍼` ~ juniper, `윌로우` ~ willow, but not `루빈` ~ robin. Too few consonants
    to compare skeletons fuzzily, so the spelling decides."""
    spelt = spelled(korean)
    for key in dict.fromkeys((spelt, _unvoiced(spelt), spelt.replace("sy", "sh"))):  # `샤잠` ~ shazam
        near = {spells: w for w in latin for spells in _spellings(w) if spells[:2] == key[:2]}
        found = process.extractOne(key, list(near), scorer=fuzz.ratio, score_cutoff=SPELLED_SCORE) if near else None
        if found:
            return near[found[0]]
    return None


def _spellings(latin: str) -> set[str]:
    """The ways Hangul may spell an English word: as `as_hangul_spells` does; with `ou` read as
    u (`YouTube` -> yutube, as 유튜브; `Group`, 그룹); and as heard: a double letter once, z as
    ㅈ, a silent e, `oo` as u, `igh` as ai and `who` as ho (`Zappos` -> japos, 자포스; `Whole
    Foods` -> holpuds, 홀푸드), and `au` as o."""
    spelt = as_hangul_spells(latin)
    heard = re.sub(r"([a-z])\1", r"\1", spelt.replace(" ", "").replace("oo", "u")).replace("z", "j")
    heard = heard.replace("igh", "ai")  # `Lightmatter` -> laitmater, as 라이트매터
    heard = re.sub(r"o([b-df-hj-np-tv-z])e(?=[^aeiou]|$)", r"o\1", re.sub(r"^wh(?=o)", "h", heard))
    return {spelt, spelt.replace("ou", "u"), heard, heard.replace("au", "o")}  # `Austal` -> ostal, as 오스탈


def _unvoiced(spelt: str) -> str:
    """A romanised Hangul name without the vowel Hangul writes inside an English cluster and
    with `ae` as the English a: `seullaek` (슬랙) -> slak, as Slack is spelled."""
    plain = re.sub(r"(?<=[^aeiou])eu(?=[^aeiou])", "", spelt)
    return plain.replace("ll", "l").replace("ae", "a") if plain != spelt else spelt  # a cluster only


def rank_skeletons(
    key: str, others: list[tuple[str, str, str]], limit: int = 3, name: str | None = None
) -> list[Candidate]:
    """`rank` over names whose skeletons are already known: (skeleton, label, IRI); names that
    tie on the skeleton are told apart by how `name` is spelled (`코베리언트`: Covariant before
    Kaufland, both `kplnt`)."""
    if len(key) < MIN_SKELETON:  # short skeletons (`ls`, `kl`) collide by chance
        return []
    scored = []
    for other, label, iri in others:
        if len(other) < MIN_SKELETON or other[0] != key[0]:
            continue
        if not 0.75 <= len(other) / len(key) <= 1.34:
            continue
        scored.append(Candidate(label, iri, round(fuzz.ratio(key, other), 1)))
    scored.sort(key=lambda c: -c.score)
    tied = [c for c in scored if scored and c.score == scored[0].score]
    if name is not None and len(tied) > 1:
        tied.sort(key=lambda c: -_spelled_likeness(name, c.name))
        scored = tied + scored[len(tied) :]
    return [c for c in scored[:limit] if c.score >= MIN_SCORE]


def _spelled_likeness(name: str, other: str) -> float:
    """How alike two names in different scripts are spelled, the Hangul one romanised."""

    def spelt(text: str) -> set[str]:
        if HANGUL.search(text):
            return {spelled(text), _unvoiced(spelled(text))}
        return _spellings(re.sub(r"[^A-Za-z]", "", text))

    return max(float(fuzz.ratio(a, b)) for a in spelt(name) for b in spelt(other))
