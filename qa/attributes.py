"""What a question measures or asks about, in both languages, so the answer is about the same thing.

`What's the list price of an MI300X?` must not be answered by a sentence about the market
size that merely mentions the MI300X. A question naming an attribute (price, revenue,
parameters, process node …) is answered only from sentences that name it too, in either
language; questions naming none are not constrained. Roles (founder, chief executive) rank
the sentences naming them first for a `who` question.
"""

from __future__ import annotations

import functools
import re

ATTRIBUTES: dict[str, tuple[str, ...]] = {
    "price": ("price", "priced", "cost", "costs", "가격", "값", "비용", "요금", "학습비", "개발비", "훈련비", "사는 데",
              "사는데", "인수하는 데", "인수하는데"),
    "revenue": ("revenue", "sales", "매출", "수익"),
    "profit": ("profit", "income", "이익", "순이익"),
    "valuation": ("valuation", "valued", "기업가치", "가치"),
    "parameters": ("parameter", "parameters", "파라미터", "매개변수"),
    "process": ("process node", "process technology", "manufacturing process", "what process", "which process",
                "node", "nanometer", "nm", "공정", "나노"),  # not `processors`
    "transistors": ("transistor", "transistors", "트랜지스터"),
    "tokens": ("token", "tokens", "토큰"),
    "context": ("context", "문맥", "컨텍스트"),
    "bandwidth": ("bandwidth", "대역폭"),
    "memory": ("memory", "hbm", "sram", "메모리", "gb"),
    "power": ("power", "watt", "watts", "kw", "megawatt", "전력", "와트"),
    "share": ("share", "점유율", "비중"),
    "per share": ("per share", "주당"),  # and PER_SHARE
    "users": ("users", "user", "사용자", "이용자"),
    "employees": ("employees", "staff", "직원", "인력"),
    "speed": ("faster", "speed", "times", "빠르", "속도", "배"),
    "investment": ("invest", "invested", "investment", "funding", "raise", "raised", "round", "투자", "유치", "조달",
                   "라운드"),
    "market": ("market", "시장"),
    "demand": ("demand", "수요"),
    "cores": ("core", "cores", "코어"),
    # roles a `who` question asks about: the sentence naming the role names the person
    "founder": ("founder", "co-founder", "cofounder", "founded", "who started", "started by", "창업", "설립자", "세운",
                "세웠"),
    "leader": ("ceo", "chief executive", "runs", "running", "heads", "leads", "in charge", "led by", "대표",
               "최고경영자", "책임자", "수장", "이끄", "맡"),
}


# what a figure measures, named by a compound the other language writes as one word: the
# figure asked for sits right after it (`영업이익 7조 300억 원`, `operating profit of $2B`)
MEASURES: list[tuple[str, ...]] = [
    ("operating profit", "operating income", "영업이익", "영업익"),
    ("operating loss", "operating losses", "loss", "losses", "lose", "lost", "영업손실", "손실", "적자"),
    ("net income", "net profit", "순이익"),
    ("operating margin", "영업이익률"),
    ("market cap", "market value", "시가총액", "시총"),
    ("subsidy", "subsidies", "grant", "grants", "award", "보조금", "지원금"),
    ("capacity", "생산능력", "캐파"),
    ("wafer", "wafers", "웨이퍼"),
    ("qubit", "qubits", "큐비트"),
    ("stake", "stakes", "holds shares", "hold shares", "held shares", "shareholding", "지분"),
    ("shareholder", "shareholders", "주주"),
    ("stock", "shares", "share price", "주가"),
    ("premium", "웃돈", "프리미엄"),
    ("ipo price", "offering price", "priced its ipo", "공모가", "공모 가격"),
    ("debt", "borrowing", "loan", "bonds", "차입", "대출", "채권", "회사채"),
    ("termination fee", "break fee", "breakup fee", "break-up fee", "위약금", "해지 수수료"),
    ("impairment", "write-down", "writedown", "wrote down", "손상차손", "손상 차손"),
]

# measures a sentence must name to answer for them (`capacity` is often left unsaid: `141GB of HBM3e`)
NAMED_MEASURES = {"operating profit", "operating loss", "net income", "operating margin", "market cap", "subsidy",
                  "ipo price", "termination fee", "impairment"}  # fmt: skip

MEASURE_PATTERNS = [
    re.compile("|".join(rf"\b{re.escape(f)}" if f.isascii() else re.escape(f) for f in forms)) for forms in MEASURES
]


def measures_named(question: str, text: str) -> bool:
    """The sentence names every measure the question asks about (`공모가` ~ IPO price), or
    the question asks none: a sentence giving revenue does not tell an IPO price."""
    lowered_q, lowered = question.lower(), text.lower()
    return all(
        pattern.search(lowered)
        for forms, pattern in zip(MEASURES, MEASURE_PATTERNS, strict=True)
        if forms[0] in NAMED_MEASURES and pattern.search(lowered_q)
    )


def measure_ends(question: str, text: str) -> list[int]:
    """Where the measures the question asks about end in the sentence (`operating profit` ->
    the end of `영업이익`): the figure right after is the one asked for."""
    lowered_q, lowered = question.lower(), text.lower()
    return [
        m.end() for pattern in MEASURE_PATTERNS if pattern.search(lowered_q) for m in pattern.finditer(lowered)
    ]


# a figure a measure word owns: `160억 달러 규모의 차입`, `차입 160억 달러`, `$16 billion in debt`
OWNED_AFTER = r"^\s*(?:규모의?|가량의?|어치의?|의|in|of|worth of)?\s*(?:{})"
OWNED_BEFORE = r"(?:{})\s*(?:of|at|totall?ing|worth|은|는|이|가|로|으로)?\s*(?:약|about|around|roughly|some)?\s*$"
OWNERS = [
    (asked, re.compile(OWNED_AFTER.format(asked.pattern)), re.compile(OWNED_BEFORE.format(asked.pattern)))
    for asked in MEASURE_PATTERNS
]


def measured_otherwise(question: str, sentence: str, raw: str) -> bool:
    """Does a measure the question does not ask about own the figure (`160억 달러 규모의 차입`
    answers no `거래 규모` question: it is borrowing)?"""
    at = sentence.find(raw)
    if at < 0:
        return False
    lowered_q, before, after = question.lower(), sentence[:at].lower(), sentence[at + len(raw) :].lower()
    return any(
        not asked.search(lowered_q) and (after_owner.search(after) or before_owner.search(before))
        for asked, after_owner, before_owner in OWNERS
    )


# the earlier value of a change: `14.7%에서 35.0%로`, `from 14.7% to 35%`, `84%, up from 81.2%`
EARLIER_AFTER = re.compile(r"^\s*(?:에서|에서부터)\s*(?:약\s*)?[\d.,]+")
EARLIER_BEFORE = re.compile(
    r"(?:\bfrom|\b(?:up|down|rising|falling|climbing) from|\bcompared (?:with|to))\s+(?:about\s+|around\s+)?$", re.I
)
EARLIER_ASKED = re.compile(
    r"이전|원래|기존|예전|전에는|전엔|변화|바뀌|\b(?:before|previous|prior|predecessor|earlier|original|change)", re.I
)


def superseded(question: str, sentence: str, raw: str) -> bool:
    """Is the figure the earlier value of a change the sentence reports (`지분율을 14.7%에서
    35.0%로`, `84.0%, up from 81.2% for its predecessor`), when the question asks for no
    earlier value? Then the later one answers."""
    at = sentence.find(raw)
    if at < 0 or EARLIER_ASKED.search(question):
        return False
    return bool(EARLIER_AFTER.match(sentence[at + len(raw) :]) or EARLIER_BEFORE.search(sentence[:at]))


# one pattern per attribute, built once: English forms start at a word boundary, Korean
# forms match anywhere (particles follow them without a space)
PATTERNS = {
    name: re.compile("|".join(rf"\b{re.escape(f)}" if f.isascii() else re.escape(f) for f in forms))
    for name, forms in ATTRIBUTES.items()
}


# a price per share, however many words name the share (`for each Inphi share`)
PER_SHARE = re.compile(r"\b(?:per|a|each)\s+(?:[\w-]+\s+)?share\b|주당")
PATTERNS["per share"] = PER_SHARE
# longer phrases holding an attribute's word that mean something else: `per share` is no
# market share, `market value` no market's size
NOT_THE_ATTRIBUTE = {"share": PER_SHARE, "market": re.compile(r"\bmarket (?:value|cap\w*)")}


@functools.lru_cache(maxsize=8192)  # a question's and its candidates' texts are read again and again
def attributes_of(text: str) -> frozenset[str]:
    lowered = text.lower()
    return frozenset(
        name
        for name, pattern in PATTERNS.items()
        if pattern.search(NOT_THE_ATTRIBUTE[name].sub(" ", lowered) if name in NOT_THE_ATTRIBUTE else lowered)
    )


# a sentence telling a purchase states its price without the word (`agreed to acquire X for $650 million`)
PURCHASE = re.compile(r"\b(?:acquir|acquisition|buy|bought|purchas|takeover|take over)|인수|사들|매입|매각")


def measures_asked(question: str, sentence: str) -> bool:
    """The sentence names at least one attribute the question asks about (or the question
    names none)."""
    asked = attributes_of(question)
    if not asked:
        return True
    named = attributes_of(sentence) | ({"price"} if PURCHASE.search(sentence.lower()) else set())
    return bool(asked & named)


QUALIFIER = re.compile(r"([0-9A-Za-z가-힣][\w-]*)\s+$")
NOT_QUALIFIERS = {"the", "its", "their", "what", "which", "how", "much", "many", "is", "was", "of", "a", "an"}


def qualifiers(question: str, names: list[str]) -> list[str]:
    """The word right before an attribute the question asks (`데이터센터 매출` -> 데이터센터,
    `AI revenue` -> ai): which of a sentence's figures of that attribute is meant. Not a
    name of the question's entities, a year or a function word."""
    lowered = question.lower()
    taken = {n.lower() for n in names}
    out: list[str] = []
    for pattern in PATTERNS.values():
        for found in pattern.finditer(lowered):
            before = QUALIFIER.search(lowered[: found.start()])
            word = before.group(1) if before else ""
            if len(word) > 1 and word not in NOT_QUALIFIERS and word not in taken and not word.isdigit():
                out.append(word)
    return list(dict.fromkeys(out))
