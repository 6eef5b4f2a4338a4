"""Answer spans in an evidence sentence: dates, figures of the asked kind.

A figure question names what it measures (`price`, `대역폭`, `몇 개`); the figure kept is
the one whose unit fits, and never one the question itself already states.
"""

from __future__ import annotations

import functools
import re

from ingest.extraction import Quantity
from ingest.values import CURRENCY, find_values, number
from qa.eval_match import figures
from qa.retrieval.lexicon import other_language_words

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]  # fmt: skip
EN_DATE = re.compile(r"\b(" + "|".join(MONTHS) + r")\.?(?:\s+(\d{1,2})(?:st|nd|rd|th)?)?(?:,?\s+((?:19|20)\d{2}))?\b")
KO_DATE = re.compile(
    r"(?:((?:19|20)\d{2})\s*년\s*|(작년|지난해|올해|금년|내년)\s*)?(\d{1,2})\s*월(?:\s*(\d{1,2})\s*일)?|((?:19|20)\d{2})\s*년"
)
# an English year on its own, after the word that dates by it (`expected to start in 2027`)
EN_YEAR = re.compile(
    r"\b(?:in|by|until|through|since|from|of|before|after|around|early|late|mid-?|end of|start of)\s+"
    r"((?:19|20)\d{2})\b(?![,.]?\d)"
)
# a year told from the article's (`작년 11월` in a 2024 article is November 2023)
RELATIVE_YEARS = {"작년": -1, "지난해": -1, "올해": 0, "금년": 0, "내년": 1}
MONEY_UNITS = set(CURRENCY.values())
# question cue -> units that answer it
UNIT_CUES: list[tuple[str, set[str]]] = [
    (r"(몇\s*ms\b|how many ms\b|밀리초|millisecond|응답\s*시간|response time|latency|지연\s*시간)", {"ms"}),  # not MS
    (r"(클럭|클록|clock|\bghz\b|기가헤르츠)", {"GHz", "MHz"}),
    # how far a stock moved is told in percent (`8.79% 떨어진 17만 6,500원`: not the price it closed at)
    (r"(주가|\bstock|\bshares)\S*\s+(?:\S+\s+){0,3}?(drop|fall|fell|rise|rose|jump|climb|plunge|sank|sink|slid|tumble|"
     r"gain|떨어|하락|급락|올랐|오른|상승|급등|뛰었)", {"percent"}),
    # `how many Zoom shares per Five9 share`, `보통주 몇 주`: shares, no price (`몇 주 동안` counts weeks)
    (r"how many (?:[\w-]+\s+){0,2}shares|몇\s*주(?!\s*(?:동안|만|간|뒤|후|전|째|일))", {"count"}),
    (r"(주당|per\s+(?:\w+\s+)?share|share price|stock price)", MONEY_UNITS),  # a price, not a market share
    # `2.5x`, not the X of `스냅드래곤 X 엘리트` or of `MI300X`
    (r"(몇\s*배|times|(?<![\w.])\d+(?:\.\d+)?\s*x\b|how many x\b|배\b)", {"multiple"}),
    (r"(빠르|빨라|빠름|빠른|faster|slower|느리)", {"percent", "multiple"}),
    (r"(점수|몇\s*점|\bscor(?:e|es|ed|ing)\b)", {"points", "percent"}),  # a benchmark's score
    (r"(퍼센트|%|몇\s*퍼|몇\s*프로|비중|점유율|이익률|percent|share|margin)", {"percent"}),
    (r"(핀당|per.pin)", {"Gbps"}),
    (r"(대역폭|bandwidth|속도|speed|핀당|per.pin)", {"TB/s", "GB/s", "Gbps"}),
    (r"(메모리|memory|용량|capacity|sram|메가|megabyte)", {"GB", "TB", "MB"}),
    (r"(전력|power|draw|와트|watt|\bkw\b)", {"W", "kW", "MW", "GW"}),
    (r"(두께|thick|몇\s*mm\b|millimet|밀리미터)", {"mm"}),  # a device's size, never its price
    (r"(무게|weigh|몇\s*(?:kg|그램)|\bgrams?\b|\bkg\b|킬로그램)", {"g", "kg"}),
    (r"(보조금|지원금|영업이익|순이익|시가총액|손실|적자|subsid|grant|award|profit|net income|market cap|"  # money
     r"\bloss|가격|금액|비용|매출|총액|가치|price|cost|revenue|valuation|valued|raise|invest|worth|"
     r"amount|\bpa(?:y|id)\b|spen[dt]|(학습|개발|훈련|운영|건설)비)", MONEY_UNITS),
    (r"(몇\s*나노|나노\s*공정|공정|process node|node|nanometer|\bnm\b)", {"nm"}),
    (r"(파라미터|parameter|model sizes?|모델\s*크기)", {"parameters", "count"}),
    (r"(토큰|tokens|context|컨텍스트|문맥)", {"tokens", "count"}),
    (r"\btops\b", {"TOPS"}),  # an NPU's rating
    (r"(플롭스|flops|hpl|연산\s*성능)", {"petaFLOPS", "exaFLOPS"}),
    (r"(트랜지스터|transistor|코어|cores|몇\s*개|몇\s*명|몇\s*곳|몇\s*대|how many|number of)", {"count"}),
    # `compute` after what is counted (`how many compute cores`, `number of H100s vs … compute`)
    (r"\bcompute\b", {"petaFLOPS", "exaFLOPS"}),  # a whole word: not `supercomputer`
    (r"(\bhbm|\bdram|\bram\b|램\b|ssd)", {"GB", "TB", "MB"}),  # `How much HBM does X carry`, if no cue above
    # how well something runs, never its price (`도조 성능은?` is no $30,000)
    (r"(성능|performance(?! obligation))", {"petaFLOPS", "exaFLOPS", "TOPS", "multiple", "percent", "points"}),
    (r"(얼마|규모|how much)", MONEY_UNITS),  # only when nothing above names what is counted
]  # fmt: skip


Date = tuple[int, int | None, int | None]


def dates_in(text: str, default_year: str | None) -> list[tuple[int, Date]]:
    """(offset, (year, month, day)) of each date in the text; a bare `3월 18일` takes the article's year."""
    out: list[tuple[int, Date]] = []
    for m in EN_DATE.finditer(text):
        year = m.group(3) or default_year
        if year and (m.group(2) or m.group(3)):
            out.append((m.start(), (int(year), MONTHS.index(m.group(1)) + 1, int(m.group(2)) if m.group(2) else None)))
    told = [m.span() for m in EN_DATE.finditer(text)]
    for m in EN_YEAR.finditer(text):  # `in May 2024` is a month already
        if not any(start <= m.start(1) < end for start, end in told):
            out.append((m.start(1), (int(m.group(1)), None, None)))
    for m in KO_DATE.finditer(text):
        if m.group(5):
            out.append((m.start(), (int(m.group(5)), None, None)))
            continue
        year = m.group(1) or default_year
        if year and m.group(2):
            year = str(int(year) + RELATIVE_YEARS[m.group(2)])
        if year:
            out.append((m.start(), (int(year), int(m.group(3)), int(m.group(4)) if m.group(4) else None)))
    return sorted(out)


def nearest(positions: list[int], anchors: list[int]) -> int:
    """Index of the position closest to any anchor (the first when there are no anchors)."""
    if not anchors:
        return 0
    return min(range(len(positions)), key=lambda i: min(abs(positions[i] - a) for a in anchors))


def name_positions(text: str, names: list[str]) -> list[int]:
    lowered = text.lower()
    return [m.start() for name in names if len(name) > 1 for m in re.finditer(re.escape(name.lower()), lowered)]


def format_date(date: Date, lang: str) -> str:
    year, month, day = date
    if lang == "ko":
        return f"{year}년" + (f" {month}월" if month else "") + (f" {day}일" if day and month else "")
    if not month:
        return str(year)
    return f"{MONTHS[month - 1]} {day}, {year}" if day else f"{MONTHS[month - 1]} {year}"


def wanted_units(question: str, compare: bool = False) -> set[str] | None:
    """Units that answer the question; a comparison may also answer with a ratio."""
    lowered = question.lower()
    for cue, units in UNIT_CUES:
        if re.search(cue, lowered):
            return units | {"multiple", "percent"} if compare else units
    return None


def _joined(sentence: str, values: list[Quantity]) -> list[Quantity]:
    """`3만 6,999달러` is one figure, not `3만` and `6,999달러`; `3.7 TB/s` is a rate."""
    out: list[Quantity] = []
    for v in values:
        at = sentence.find(v.raw)
        if v.unit in ("GB", "TB") and sentence[at + len(v.raw) : at + len(v.raw) + 2] == "/s":
            v = Quantity(v.amount, v.unit + "/s", v.raw + "/s")  # `3.7 TB/s` read as `3.7 TB`
        if out and re.search(r"[만억조]$", out[-1].raw):
            gap = sentence.find(v.raw, sentence.find(out[-1].raw)) - sentence.find(out[-1].raw) - len(out[-1].raw)
            if 0 <= gap <= 1:
                raw = out[-1].raw + " " * gap + v.raw
                out[-1] = Quantity(out[-1].amount + v.amount, v.unit, raw)
                continue
        out.append(v)
    return out


HOW_MANY = re.compile(r"\bhow many ([a-z- ]+)", re.I)
NOT_COUNTED = re.compile(  # where the counted noun ends: `how many tensor cores does …`
    r"\b(?:does|do|did|is|are|was|were|has|have|had|can|could|will|would|in|on|of|for|at|per|with)\b.*"
)


KO_HOW_MANY = re.compile(r"([가-힣A-Za-z]+?)(?:은|는|이|가)?\s*몇\s*(?:개|대|명)")


# nouns a count of people is written with (`How many employees …` ~ `about 350 job cuts`)
COUNTED_ALIKE = {"employee": ("job", "worker", "staff", "people", "position"), "worker": ("job", "employee")}


def counted(sentence: str, question: str) -> list[Quantity]:
    """`How many cores …?` (`큐비트 몇 개`: its English word too): a bare number a few words
    before that noun (`64 programmable tensor processor cores`, `105 qubits`), which has no
    counter word to be found as a figure by itself."""
    asked = HOW_MANY.search(question)
    if asked:
        words = NOT_COUNTED.sub("", asked.group(1).lower()).split()  # `tensor cores does …` -> tensor cores
        stems = [words[-1]] if words else []
    else:
        korean = KO_HOW_MANY.search(question)
        stems = other_language_words(korean.group(1)).split() if korean else []
    out: list[Quantity] = []
    stems = [*stems, *(w for s in stems for w in COUNTED_ALIKE.get(s.removesuffix("s"), ()))]
    for stem in {s.removesuffix("s") for s in stems if s.isascii()}:
        if len(stem) < 3:
            continue
        pattern = (  # not `105` of `105 billion transistors`: find_values reads the scale
            rf"(?<![\w.$])(\d[\d,]*(?:\.\d+)?)(?!\s+{SCALE_WORDS})\s+(?:[A-Za-z][\w-]*\s+){{0,4}}?{re.escape(stem)}s?\b"
        )
        out += [
            Quantity(number(m.group(1)), "count", m.group(1))
            for m in re.finditer(pattern, sentence, re.I)
            if not re.fullmatch(r"(19|20)\d{2}", m.group(1))
        ]
    return out


SCALE_WORDS = r"(?:thousand|million|billion|trillion)\b"
COUNTED_BY = re.compile(r"^\s+([a-z]{3,}s)\b")  # the plural noun right after a figure: `13 million users`


def counted_by_another(sentence: str, raw: str, counts: list[Quantity]) -> bool:
    """Is the figure `raw` a count of another noun than the counts of the asked one (`13 million
    users` beside `800,000 paying customers` for `유료 고객 몇 명`)?"""
    nouns = {m.group(1) for c in counts if (m := COUNTED_BY.match(_after(sentence, c.raw)))}
    found = COUNTED_BY.match(_after(sentence, raw))
    return bool(counts) and found is not None and found.group(1) not in nouns and raw not in {c.raw for c in counts}


def _after(sentence: str, raw: str) -> str:
    at = sentence.find(raw)
    return sentence[at + len(raw) :] if at >= 0 else ""


def figures_in(sentence: str, question: str, strict: bool = False, compare: bool = False) -> list[Quantity]:
    """Figures of the sentence that answer the question: of the asked unit when it names one
    (only those when `strict`), never a figure the question already states
    (`4000억 달러 간다고 예측한 사람`)."""
    stated = set(figures(question))
    values = [v for v in _joined(sentence, find_values(sentence)) if v.amount and v.amount not in stated]
    found = {v.raw for v in values}
    values += [v for v in counted(sentence, question) if v.amount not in stated and v.raw not in found]
    if not PER_SHARE_ASKED.search(question):  # `한 주마다 현금 197달러` is no deal size
        values = [v for v in values if not _per_share(sentence, v.raw)]
    elif PER_SHARE_NAMED.search(question) and not TOTAL_ASKED.search(question):  # `the price per share`: no total
        values = [v for v in values if _per_share(sentence, v.raw)]
    units = wanted_units(question, compare)
    if units:
        fitting = [v for v in values if v.unit in units]
        values = fitting if fitting or strict else values
    return values


PER_SHARE_ASKED = re.compile(
    r"주당|한\s*주|주가|공모가|종가|시초가|per\s+(?:\w+\s+)?share|a\s+share|each\s+share|share\s+price|stock\s+price|"
    r"ipo\s+price|closing\s+price",
    re.I,
)
PER_SHARE_NAMED = re.compile(r"주당|한\s*주\s*당|per[\s-]+(?:\w+\s+)?share|a\s+share\b|each\s+share", re.I)
PER_SHARE_BEFORE = re.compile(r"(?:주당|한\s*주(?:마다|당)|주마다)\s*(?:\S+\s*){0,2}$")
# `$66 in cash and 2.323 shares of the new Marvell for each Inphi share`: the price of each share
PER_SHARE_AFTER = re.compile(
    r"^\s*(?:per|a|for each)\s+(?:\w+\s+)?share|^(?:[^.;$]|\.(?=\d)){0,60}?\b(?:for|per) each\s+(?:\w+\s+)?share", re.I
)
TOTAL_ASKED = re.compile(r"total|equity value|deal value|enterprise value|valuation|총액|전체|규모", re.I)


def _per_share(sentence: str, raw: str) -> bool:
    """Is the figure a price per share (`한 주마다 현금 197달러`, `$40.00 per Juniper share`)?"""
    at = sentence.find(raw)
    return at >= 0 and bool(
        PER_SHARE_BEFORE.search(sentence[max(0, at - 16) : at]) or PER_SHARE_AFTER.match(sentence[at + len(raw) :])
    )


KO_PLACE_NOUNS = {"NNP", "NNG", "SL", "SN", "XSN"}
KO_PLACE_PARTICLES = {"에서", "에"}


def korean_places(tokens: list[tuple[str, str, int, int]], text: str) -> list[str]:
    """Runs of nouns right before `에서`/`에` (`미국 새너제이 SAP 센터에서 열린`): Kiwi tokens
    as (form, tag, start, end)."""
    out: list[str] = []
    for i, (form, tag, _, _) in enumerate(tokens):
        if tag != "JKB" or form not in KO_PLACE_PARTICLES or i == 0:
            continue
        j = i
        while j > 0 and tokens[j - 1][1] in KO_PLACE_NOUNS and i - j < 5:
            j -= 1
        if j < i:
            out.append(text[tokens[j][2] : tokens[i - 1][3]])
    return out


def english_places(ents: list[tuple[str, str, int, int]], text: str) -> list[str]:
    """Place entities (GPE, LOC, FAC), neighbours joined (`Dallas, Texas`): (text, label, start, end)."""
    out: list[tuple[int, int]] = []
    for name, label, start, end in ents:
        if label not in ("GPE", "LOC", "FAC") or (name.isupper() and len(name) <= 3):
            continue  # `AI` tagged as a place
        if out and text[out[-1][1] : start].strip() in (",", ""):
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return [text[s:e] for s, e in out]


# ranking bonus of a sentence stating the month (or only the year) a question names: `2022년
# 7월에 레드햇 CEO를 맡은 사람` is told by `- **July 2022** — Matt Hicks … succeeds …`
SAME_MONTH_BONUS = 0.75
SAME_YEAR_BONUS = 0.5


@functools.lru_cache(maxsize=1024)
def _asked_dates(question: str) -> frozenset[tuple[int, int | None]]:
    return frozenset((y, m) for _, (y, m, _) in dates_in(question, None))


def shared_date(question: str, sentence: str) -> float:
    """The bonus of a sentence stating a date the question names, by month or by year."""
    asked = _asked_dates(question)
    if not asked:
        return 0.0
    told = {(y, m) for _, (y, m, _) in dates_in(sentence, None)}
    if {(y, m) for y, m in asked if m} & told:
        return SAME_MONTH_BONUS
    return SAME_YEAR_BONUS if {y for y, _ in asked} & {y for y, _ in told} else 0.0

