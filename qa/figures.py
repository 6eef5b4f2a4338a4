"""A figure in the question's language: `4엑사플롭스` answers an English question as
`4 exaFLOPS`, `$640 million` a Korean one as `6억 4,000만 달러`.

Figures are kept as written when their words are already in the asked language, or carry
no words at all (`141 GB`, `20.9%`); only a figure written in the other language is
rendered again from its value and unit.
"""

from __future__ import annotations

import re

from ingest.extraction import Quantity
from ingest.scripts import HANGUL

ENGLISH_WORDS = re.compile(
    r"\b(?:thousand|million|billion|trillion|dollars?|euros?|won|yuan|pounds?|pence|times|percent|twice|double|triple)\b",
    re.I,
)
CURRENCY_KO = {
    "USD": "달러", "KRW": "원", "EUR": "유로", "JPY": "엔", "CNY": "위안",
    "GBP": "파운드", "GBX": "펜스", "AUD": "호주달러",
}  # fmt: skip
CURRENCY_EN = {"USD": "$", "EUR": "€", "KRW": "₩", "JPY": "¥", "GBP": "£", "AUD": "A$"}
CURRENCY_WORDS_EN = {"GBX": "pence", "CNY": "yuan"}  # written after the amount
KO_SCALES = ((1e12, "조"), (1e8, "억"), (1e4, "만"))
EN_SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))
COUNTED_KO = {"tokens": "토큰", "parameters": "파라미터", "layers": "단", "points": "점"}


def in_language(value: Quantity, lang: str) -> str:
    """The figure as written if that reads in `lang`, else rendered from its value."""
    foreign = bool(HANGUL.search(value.raw)) if lang == "en" else bool(ENGLISH_WORDS.search(value.raw))
    if not foreign:
        return value.raw
    return _english(value) if lang == "en" else _korean(value)


def _number(amount: float, places: int = 2) -> str:
    return f"{amount:,.{places}f}".rstrip("0").rstrip(".")


def _english_amount(amount: float) -> str:
    """`47억 4,500만` -> `4.745 billion`: a scaled amount keeps the digits Korean wrote."""
    for scale, word in EN_SCALES:
        if amount >= scale:
            return f"{_number(amount / scale, 3)} {word}"
    return _number(amount)


def _korean_amount(amount: float) -> str:
    """`6억 4,000만`: Korean counts in 조/억/만, each part below the next scale."""
    parts: list[str] = []
    rest = float(round(amount))
    for scale, word in KO_SCALES:
        if rest >= scale:
            whole = int(rest // scale)
            parts.append(f"{whole:,}{word}")
            rest -= whole * scale
    if rest or not parts:
        parts.append(f"{int(rest):,}" if amount >= 1 else _number(amount))
    return " ".join(parts)


def _english(value: Quantity) -> str:
    amount, unit = value.amount, value.unit
    if unit in CURRENCY_EN:
        return f"{CURRENCY_EN[unit]}{_english_amount(amount)}"
    if unit in CURRENCY_KO:
        return f"{_english_amount(amount)} {CURRENCY_WORDS_EN.get(unit, unit)}"
    if unit == "percent":
        return f"{_number(amount)}%"
    if unit == "multiple":
        return f"{_number(amount)}x"
    if unit == "count":
        return _english_amount(amount)
    return f"{_english_amount(amount)} {unit}"


def _korean(value: Quantity) -> str:
    amount, unit = value.amount, value.unit
    if unit in CURRENCY_KO:
        return f"{_korean_amount(amount)} {CURRENCY_KO[unit]}"
    if unit == "percent":
        return f"{_number(amount)}%"
    if unit == "multiple":
        return f"{_number(amount)}배"
    if unit == "count":
        return _korean_amount(amount)
    if unit in COUNTED_KO:
        return f"{_korean_amount(amount)}{COUNTED_KO[unit]}"
    return f"{_number(amount)}{unit}"
