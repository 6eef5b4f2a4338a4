"""Does an answer match a gold answer? By catalog id, figure, date or normalised surface.

Surfaces compare after NFKC, case-folding and removing spaces and punctuation, so
particles or spacing in the answer do not matter (the gold form must occur in it).
Figures compare by value (2조 4,000억 원 = 2.4 trillion won), dates by year/month/day.
"""

from __future__ import annotations

import re
import unicodedata

from ingest.values import NUM, number, scale_of, with_letter_scales
from qa.gold import GoldAnswer

# a Korean scale may be counted in 십/백/천 (`5천억` = 5 x 1,000 x 10^8)
# a number glued after a Korean scale goes on the figure (`2만4천원`), though a word character precedes it
GLUED_NUM = rf"(?<=[조억만])\d+(?:[.,]\d+)*|{NUM}"
SCALE_WORD = r"[십백천]?(?:조|억|만)|천|thousand|million|billion|trillion|bn\b"
FIGURE = re.compile(rf"({GLUED_NUM})(?:\s*({SCALE_WORD})|(k)\b)?", re.I)
MONTHS = {
    m: i + 1
    for i, m in enumerate(
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
         "november", "december"]
    )
}  # fmt: skip
EN_DATE = re.compile(r"\b(" + "|".join(MONTHS) + r")\.?(?:\s+(\d{1,2}))?,?\s+((?:19|20)\d{2})\b", re.I)
KO_DATE = re.compile(r"((?:19|20)\d{2})\s*년(?:\s*(\d{1,2})\s*월)?(?:\s*(\d{1,2})\s*일)?")


NAME_WITH_NUMBER = re.compile(r"\b[A-Za-z]+-?\d+[\w.]*|\b\d+[A-Za-z]+\d+\w*")  # H200, WSE-3, 8x7B


def normalize(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    return re.sub(r"[\s\W_]+", "", text)


def stated_figures(text: str) -> set[float]:
    """The figures a question quotes, years aside (`2027년 … 4000억 달러` -> {4e11})."""
    return {a for a in figures(text) if not (a.is_integer() and 1900 <= a <= 2100)}


def figures(text: str) -> list[float]:
    """Numbers with their scale words folded in; Korean compounds add up (2조 4,000억, 3만 6,999)."""
    text = with_letter_scales(text)
    out: list[float] = []
    unit = 0.0  # the scale of the previous Korean part, when a smaller part may follow it
    last_end = -1
    for match in FIGURE.finditer(text):
        value = number(match.group(1))
        scale = match.group(2) or match.group(3)
        amount = value * scale_of(scale.lower()) if scale else value
        joined = (
            match.start() - last_end <= 2 and not text[last_end : match.start()].strip()
        )  # `6억 4,000만`, not `129억, 32,000`
        if unit and joined and amount < unit and (scale is None or scale[-1] in "억만천"):
            out[-1] += amount
        else:
            out.append(amount)
        unit = scale_of(scale) if scale and scale[-1] in "조억만" else 0.0
        last_end = match.end()
    return out


def dates(text: str) -> list[tuple[int, int | None, int | None]]:
    found: list[tuple[int, int | None, int | None]] = []
    for m in EN_DATE.finditer(text):
        found.append((int(m.group(3)), MONTHS[m.group(1).lower()], int(m.group(2)) if m.group(2) else None))
    for m in KO_DATE.finditer(text):
        found.append(
            (int(m.group(1)), int(m.group(2)) if m.group(2) else None, int(m.group(3)) if m.group(3) else None)
        )
    return found


def _same_figure(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-6 * max(abs(a), abs(b), 1.0)


def _alternatives(surface: str) -> list[str]:
    """The surface, and its parts outside/inside parentheses: `삼성 파운드리 (테일러 공장)`."""
    outside = re.sub(r"\([^)]*\)", " ", surface)
    inside = re.findall(r"\(([^)]*)\)", surface)
    return [s for s in {surface, outside, *inside} if normalize(s)]


def surface_matches(gold: str, answer_text: str) -> bool:
    gold_dates = dates(gold)
    if gold_dates:
        found = dates(answer_text)
        return any(all(x == y for x, y in zip(g, a, strict=True) if x is not None) for g in gold_dates for a in found)
    main = re.sub(r"\([^)]*\)", " ", gold)
    gold_figures = figures(NAME_WITH_NUMBER.sub(" ", main))  # `H200: 141 GB` -> 141, not 200
    if gold_figures:
        got = figures(answer_text)
        return any(_same_figure(g, f) for g in gold_figures for f in got)
    norm = normalize(answer_text)
    return any(len(normalize(alt)) >= 2 and normalize(alt) in norm for alt in _alternatives(gold))


def answer_matches(gold: GoldAnswer, answer_text: str, iris: set[str]) -> bool:
    if gold.id and any(iri.rsplit("/", 1)[-1] == gold.id for iri in iris):
        return True
    return any(surface_matches(s, answer_text) for s in gold.surfaces())
