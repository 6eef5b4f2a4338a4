"""Claims: sentences stating a figure or a forecast, who says so, and which footnote backs it.

Values come from the quantity spans the language pipelines tag (MONEY, PERCENT,
MULTIPLE, QUANTITY); attribution from `X에 따르면`, `X는 … 전망했다`, `according to X`
and `X said`; the citation is the footnote marker right after the sentence.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from ingest.extraction import Claim, Mention, Quantity, Sentence

VALUE_LABELS = {"MONEY", "PERCENT", "MULTIPLE", "QUANTITY"}
SCALES = {
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
}
CURRENCIES = {
    "달러": "USD",
    "$": "USD",
    "usd": "USD",
    "dollar": "USD",
    "dollars": "USD",
    "원": "KRW",
    "₩": "KRW",
    "won": "KRW",
    "유로": "EUR",
    "€": "EUR",
    "euro": "EUR",
    "엔": "JPY",
    "¥": "JPY",
    "위안": "CNY",
}
UNITS = {
    "%": "percent",
    "％": "percent",
    "퍼센트": "percent",
    "percent": "percent",
    "배": "multiple",
    "x": "multiple",
    "times": "multiple",
    "개": "count",
    "대": "count",
    "명": "count",
    "gb": "GB",
    "기가바이트": "GB",
    "tb": "TB",
    "테라바이트": "TB",
    "기가비트": "Gbps",
    "gbps": "Gbps",
    "gb/s": "Gbps",
    "exaflops": "exaFLOPS",
    "엑사플롭스": "exaFLOPS",
    "petaflops": "petaFLOPS",
    "페타플롭스": "petaFLOPS",
}
FORECAST_KO = re.compile(r"(전망|예상|예측|내다봤|추정|것이다|것으로|할 것|될 것)")
FORECAST_EN = re.compile(r"\b(forecast|expect|predict|project|estimate|will|would|by 20\d\d)", re.I)
SAY_KO = {"전망", "예상", "예측", "밝히", "말하", "내다보", "추정", "강조", "설명", "분석", "평가"}
SAY_EN = {"say", "forecast", "predict", "estimate", "expect", "project", "tell", "note", "argue", "claim"}
TARGET_KO = re.compile(r"((?:19|20)\d{2})년(?:\s*\d{1,2}월)?\s*(까지|에는|이면)")
TARGET_EN = re.compile(r"\b(?:by|in|through)\s+(?:(?:the end of|early|late|mid-)\s*)?((?:19|20)\d{2})\b")
NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def parse_quantity(span: Span) -> Quantity | None:
    """Amount and unit of a quantity span: '700억 달러' -> 7e10 USD, '10%' -> 10 percent."""
    text = span.text
    match = NUMBER.search(text)
    if not match:
        return None
    amount = float(match.group(0).replace(",", ""))
    rest = text[match.end() :].lower()
    for word, scale in SCALES.items():
        if re.search(rf"(^|\s|\d){re.escape(word)}(\s|$|[^a-z])", rest + " "):
            amount *= scale
            break
    unit = "count"
    lowered = text.lower()
    for key, code in CURRENCIES.items():
        if key in lowered:
            unit = code
            break
    else:
        for key, name in UNITS.items():
            if re.search(rf"{re.escape(key)}(\b|$|[^a-z])", lowered[match.end() :]) or (
                key in ("%", "％") and key in lowered
            ):
                unit = name
                break
    if span.label_ == "PERCENT":
        unit = "percent"
    if span.label_ == "MULTIPLE":
        unit = "multiple"
    return Quantity(amount, unit, text)


def _ko_attribution(doc: Doc, mentions: list[tuple[Span, Mention]]) -> Mention | None:
    for span, mention in mentions:
        nxt = doc[span.end : span.end + 3]
        if len(nxt) >= 2 and nxt[0].text == "에" and nxt[1].lemma_ == "따르":
            return mention
    says = any(t.lemma_ in SAY_KO for t in doc[-6:])
    if says:
        for span, mention in mentions:
            if span.end < len(doc) and doc[span.end].text in ("은", "는", "이", "가"):
                if mention.type in ("Company", "ResearchOrg", "Person"):
                    return mention
    return None


def _en_attribution(doc: Doc, mentions: list[tuple[Span, Mention]]) -> Mention | None:
    by_token = {t.i: m for s, m in mentions for t in s}
    for tok in doc:
        if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            for t in doc[tok.i + 2 : tok.i + 8]:
                if t.i in by_token:
                    return by_token[t.i]
        if tok.lemma_ in SAY_EN and tok.pos_ == "VERB":
            for child in tok.children:
                if child.dep_ == "nsubj":
                    for t in child.subtree:
                        if t.i in by_token:
                            return by_token[t.i]
    return None


def extract_claim(sentence: Sentence, lang: str, mentions: list[tuple[Span, Mention]]) -> Claim | None:
    """A claim when the sentence carries a figure, or a forecast about a year."""
    doc = sentence.doc
    values = [q for q in (parse_quantity(s) for s in doc.ents if s.label_ in VALUE_LABELS) if q]
    text = sentence.text
    forecast_re = FORECAST_KO if lang == "ko" else FORECAST_EN
    is_forecast = bool(forecast_re.search(text))
    target = (TARGET_KO if lang == "ko" else TARGET_EN).search(text)
    if not values and not (is_forecast and target):
        return None
    speaker = _ko_attribution(doc, mentions) if lang == "ko" else _en_attribution(doc, mentions)
    about = tuple(dict.fromkeys(m.iri for _, m in mentions if speaker is None or m.iri != speaker.iri))
    return Claim(
        text=text,
        start=sentence.start,
        end=sentence.end,
        sentence=sentence.index,
        values=tuple(values),
        about=about,
        attributed_to=speaker.iri if speaker else None,
        attributed_name=speaker.label if speaker else None,
        citation=sentence.footnote,
        target_date=target.group(1) if target else None,
        is_forecast=is_forecast,
    )
