"""Figures in a sentence, found by pattern on the text: money with currency and scale
(700억 달러, $53.4 billion), percentages, multiples (5배, 2.5x, twice), counts with a
scale or counter (1만 개, 24,000 GPUs, tens of thousands), capacities, speeds and scores.

Patterns on text beat the small English NER here: it tags `192 GB` or `twice` as nothing.
Years and dates alone are never values.
"""

from __future__ import annotations

import re

from ingest.extraction import Quantity

DIGITS = r"\d+(?:[.,]\d+)*"
NUM = rf"(?<![\w.]){DIGITS}"  # not the tail of a name such as MI300X
# a Korean scale may itself be counted in 십/백/천 (`7천만` = 7 x 1,000 x 10,000)
KO_SCALE = r"(?:[십백천](?:조|억|만)|조|억|만|천)"
# `48억7천만`: no space after 억; `46만 2,380주`: the units after the last scale (not a year: `5만 2023년`)
SHARES = r"주(?=[를을는은의와과도만,.)\s]|$)"  # `2,380주를`: shares (not `주가`, a share price, nor `주당`)
KO_NUM = rf"{NUM}(?:\s*{KO_SCALE})?(?:\s*{DIGITS}\s*{KO_SCALE})*(?:(?<=[만억조])\s?{DIGITS}(?![\d.,]|\s*년))?"
WORD_NUM = {
    "두": 2,
    "세": 3,
    "네": 4,
    "다섯": 5,
    "여섯": 6,
    "일곱": 7,
    "여덟": 8,
    "아홉": 9,
    "열": 10,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
}
SCALE = {
    "천": 1e3,
    "만": 1e4,
    "억": 1e8,
    "조": 1e12,
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "trillion": 1e12,
    "bn": 1e9,
    "m": 1e6,
    "k": 1e3,
}
CURRENCY = {  # first match wins: `호주달러` before `달러`
    "호주달러": "AUD",
    "pence": "GBX",
    "펜스": "GBX",
    "pounds": "GBP",
    "파운드": "GBP",
    "$": "USD",
    "달러": "USD",
    "dollars": "USD",
    "€": "EUR",
    "£": "GBP",
    "유로": "EUR",
    "euros": "EUR",
    "₩": "KRW",
    "원": "KRW",
    "won": "KRW",
    "¥": "JPY",
    "엔": "JPY",
    "위안": "CNY",
    "yuan": "CNY",
}
UNIT = {
    "gb": "GB",
    "gigabytes": "GB",
    "기가바이트": "GB",
    "tb": "TB",
    "terabytes": "TB",
    "테라바이트": "TB",
    "기가비트": "Gb",
    "gigabits": "Gb",
    "gbps": "Gbps",
    "gb/s": "GB/s",
    "tb/s": "TB/s",
    "exaflops": "exaFLOPS",
    "tops": "TOPS",
    "엑사플롭스": "exaFLOPS",
    "petaflops": "petaFLOPS",
    "페타플롭스": "petaFLOPS",
    "mb": "MB",
    "megabytes": "MB",
    "메가바이트": "MB",
    "kw": "kW",
    "kilowatts": "kW",
    "킬로와트": "kW",
    "mw": "MW",
    "megawatts": "MW",
    "메가와트": "MW",
    "gw": "GW",
    "gigawatts": "GW",
    "기가와트": "GW",
    "wh": "Wh",
    "kwh": "kWh",
    "mwh": "MWh",
    "gwh": "GWh",
    "twh": "TWh",
    "watt-hours": "Wh",
    "watt-hour": "Wh",
    "terawatt-hours": "TWh",
    "와트시": "Wh",
    "킬로와트시": "kWh",
    "테라와트시": "TWh",
    "ghz": "GHz",
    "mhz": "MHz",
    "w": "W",
    "watts": "W",
    "와트": "W",
    "nm": "nm",
    "nanometers": "nm",
    "nanometer": "nm",
    "나노미터": "nm",
    "나노": "nm",
    "단": "layers",
    "layer": "layers",
    "tokens": "tokens",
    "토큰": "tokens",
    "parameters": "parameters",
    "파라미터": "parameters",
    "mm": "mm",
    "millimeters": "mm",
    "millimetres": "mm",
    "millimeter": "mm",
    "millimetre": "mm",
    "밀리미터": "mm",
    "kg": "kg",
    "kilograms": "kg",
    "킬로그램": "kg",
    "grams": "g",
    "gram": "g",
    "그램": "g",
}

SCALE_WORD = r"(?:thousand|million|billion|trillion)"
PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("money", re.compile(rf"[$€₩¥£]\s?{NUM}(?:\s*(?:thousand|million|billion|trillion|bn|m|b|k)\b)?", re.I)),
    ("money", re.compile(rf"{KO_NUM}\s*(?:호주달러|달러|원|유로|엔|위안|파운드|펜스)")),
    ("money", re.compile(rf"{NUM}\s*{SCALE_WORD}?\s*(?:dollars|euros|won|yuan|pounds|pence)\b", re.I)),
    ("percent", re.compile(rf"{NUM}(?:\s*[~-]\s*{NUM})?\s*(?:%|％|퍼센트|percent\b)", re.I)),
    ("multiple", re.compile(rf"{NUM}\s*(?:배|x\b|×|times\b)", re.I)),
    (
        "multiple",
        re.compile(
            r"(?:두|세|네|다섯|여섯|일곱|여덟|아홉|열)\s*배|\b(?:twice|double|triple|"
            r"(?:two|three|four|five|six|seven|eight|nine|ten) times)\b",
            re.I,
        ),
    ),
    (
        "measure",
        re.compile(
            rf"(?:초당\s*(?:최대\s*)?)?{NUM}\s*(?:기가바이트|테라바이트|메가바이트|기가비트|엑사플롭스|페타플롭스|킬로와트시|"
            rf"테라와트시|와트시|킬로와트|메가와트|기가와트|와트|나노(?:미터)?|밀리미터|킬로그램|그램|단(?!계)|TB|GB|MB|kWh|MWh|GWh|"
            rf"TWh|Wh|mm|kg)(?![A-Za-z/])",
            re.I,
        ),
    ),
    (
        "measure",
        re.compile(
            rf"{NUM}[\s-]*(?:GB/s|TB/s|Gbps|Gb/s|GHz|MHz|GB|TB|MB|kW|MW|GW|gigabytes|terabytes|megabytes|gigabits|"
            rf"exaflops|petaflops|kilowatts|megawatts|gigawatts|kWh|MWh|GWh|TWh|Wh|(?:tera)?watt-hours?|watts|W|layers?|nm|nanometers?|"
            rf"mm|millimet(?:er|re)s?|kg|kilograms?|grams?)"
            rf"(?![A-Za-z0-9/])(?:\s*per second)?",
            re.I,
        ),
    ),
    ("duration", re.compile(rf"{NUM}\s*(?:ms|milliseconds?|밀리초)(?![A-Za-z])", re.I)),  # a latency (`320 ms`)
    ("measure", re.compile(rf"{NUM}[\s-]*TOPS(?![A-Za-z])")),  # an NPU's trillions of operations a second (`45 TOPS`)
    ("tops", re.compile(rf"초당\s*{NUM}\s*조\s*회")),  # `초당 45조 회 연산`: the same, in Korean words
    ("score", re.compile(rf"{NUM}\s*(?:점(?![유수검포심])|points?\b)")),  # a benchmark score (`64.3점`, `88 points`)
    ("count", re.compile(rf"{KO_NUM}\s*(?:개(?!월)|대|명|장|곳|종|건|토큰|파라미터|{SHARES})")),
    ("count", re.compile(rf"{NUM}\s*(?:만|억|조)(?!\s*(?:달러|원|유로|엔|위안))")),
    ("count", re.compile(rf"{NUM}\s*(?:thousand|million|billion|trillion)\b", re.I)),
    (
        "count",
        re.compile(
            r"수(?:십|백|천|만|십만|백만|천만|억)(?:\s*개)?|\b(?:tens|hundreds) of (?:thousands|millions)\b|"
            r"\b(?:thousands|millions|billions)\b",
            re.I,
        ),
    ),
    ("count", re.compile(r"\b\d{1,3}(?:,\d{3})+\b")),
    ("count", re.compile(rf"{NUM}[kK](?![\w.])")),  # `a 100k H100 cluster`, `32K tokens`
]


def number(digits: str) -> float:
    """`1,234.5` -> 1234.5; a footnote glued on (`GPT-3.5.2`, `3.5.2`) is dropped after the decimal part."""
    whole, _, rest = digits.replace(",", "").partition(".")
    return float(f"{whole}.{rest.split('.')[0]}" if rest else whole)


def _amount(raw: str) -> float:
    numbers = re.findall(NUM, raw)
    if not numbers:
        words = re.findall(
            r"두|세|네|다섯|여섯|일곱|여덟|아홉|열|two|three|four|five|six|seven|eight|nine|ten", raw, re.I
        )
        if words:
            return float(WORD_NUM[words[0].lower()])
        return 2.0 if re.search(r"twice|double", raw, re.I) else 3.0 if "triple" in raw.lower() else 0.0
    # Korean compound numbers: 5억 5,800만 -> 5e8 + 5.8e7
    total = 0.0
    scales = rf"{KO_SCALE}|thousand|million|billion|trillion|bn|k(?![a-z])"
    for num, scale in re.findall(rf"({DIGITS})\s*({scales})?", raw, re.I):
        value = number(num)
        total += value * scale_of(scale.lower()) if scale else value
        if not scale:
            break
    return total


SMALL_SCALES = {"십": 10.0, "백": 100.0}


def scale_of(word: str) -> float:
    """`천만` -> 1e7: a scale word, or a Korean one counted in 십/백/천."""
    if word in SCALE:
        return SCALE[word]
    return SMALL_SCALES.get(word[0], SCALE.get(word[0], 1.0)) * SCALE.get(word[1:], 1.0)


def _unit(kind: str, raw: str) -> str:
    lowered = raw.lower()
    if kind == "tops":
        return "TOPS"
    if kind == "duration":
        return "ms"
    if kind == "money":
        return next((code for key, code in CURRENCY.items() if key in lowered), "USD")
    if kind == "percent":
        return "percent"
    if kind == "score":
        return "points"
    if kind == "multiple":
        return "multiple"
    if kind == "measure":
        for key, unit in UNIT.items():
            if re.search(rf"(^|[\d\s-]){re.escape(key)}($|\b|\s)", lowered):
                per_second = "per second" in lowered or "초당" in raw or "/s" in lowered
                return unit + ("/s" if per_second and not unit.endswith("/s") else "")
    return "count"


def find_values(text: str) -> list[Quantity]:
    """Non-overlapping figures, earliest and longest first."""
    found: list[tuple[int, int, str]] = []
    for kind, pattern in PATTERNS:
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(start < e and s < end for s, e, _ in found):
                continue
            raw = match.group(0).strip()
            if kind == "count" and re.fullmatch(r"(19|20)\d{2}", raw.replace(",", "")):
                continue
            found.append((start, end, kind))
    found.sort()
    return [
        Quantity(_amount(with_letter_scales(text[s:e])) / (1e12 if kind == "tops" else 1), _unit(kind, text[s:e]),
                 text[s:e].strip())
        for s, e, kind in found
    ]  # fmt: skip


# `$640M`, `$1.5B`, `€2bn`: a letter scale counts only right after a currency sign (`7B` is a model)
CURRENCY_LETTER = re.compile(rf"([$€£₩¥]\s?{NUM})\s?([MB])(?:n)?\b", re.I)
LETTER_SCALES = {"m": " million", "b": " billion"}


def with_letter_scales(text: str) -> str:
    """The text with money's letter scales written out (`$640M` -> `$640 million`)."""
    return CURRENCY_LETTER.sub(lambda m: m.group(1) + LETTER_SCALES[m.group(2).lower()], text)
