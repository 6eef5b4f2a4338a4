"""Who a sentence says is speaking: the subject of its reporting verb, the outlet it was told
to, the source it cites (`X에 따르면`, `according to X`).

Used when a claim-source question's evidence carries no stored claim attribution, or the
stored one is the question's own entity: `chief executive Kwak Noh-jung said …` -> Kwak
Noh-jung, `… told ZDNET that …` -> ZDNET, `The Information reported …` -> The Information,
`90억 달러(로이터 보도)` -> 로이터.
"""

from __future__ import annotations

import re

NAME = r"(?:The\s+)?[A-Z][\w&.'’-]*(?:\s+(?:of\s+|de\s+)?[A-Z][\w&.'’-]*)*"
EN_VERBS = (
    r"(?:has\s+|had\s+|have\s+)?(?:said|says|reported|reports|predicted|predicts|forecast|forecasts|estimated|estimates|"
    r"wrote|writes|told|warned|projected|projects|expects|expected|claimed|claims|noted|added|recalled|"
    r"measured|measures|benchmarked|tested|calculated|calculates|counted|ranked|surveyed)"
)
EN_SUBJECT = re.compile(rf"({NAME})(?:\s*,[^,]{{3,80}},)?\s+{EN_VERBS}\b")
EN_TOLD = re.compile(rf"\btold\s+({NAME})")
EN_ACCORDING = re.compile(rf"\baccording to\s+(?:a\s+report\s+(?:by|from|in)\s+)?({NAME})", re.I)
PRONOUNS = {"it", "he", "she", "they", "we", "i", "the company", "this", "that", "in", "on", "at", "but", "and"}
# `기업가치 90억 달러(로이터 보도)`, `(per Reuters)`, `(Bloomberg reported)`: the source in brackets
PAREN_SOURCE = re.compile(
    r"\(\s*(?:([가-힣A-Za-z][\w·&.\- ]{0,30}?)\s*(?:보도|집계|추정|통신|발표)|(?:per|according to)\s+(" + NAME + r")|"
    r"(" + NAME + r")\s+(?:reported|reports|estimates?))\s*\)"
)
# `블룸버그(Bloomberg) 통신에 따르면`: the name, its gloss and the kind of outlet it is
KO_ACCORDING = re.compile(
    r"([가-힣A-Za-z][\w·&.\- ]{0,30}?)(?:\([^()]{1,40}\))?\s*(?:통신|신문|방송)?(?:의\s*보도)?에\s*따르면"
)
KO_TOPIC = re.compile(r"^([가-힣A-Za-z][\w·&.\-]*(?:\s[가-힣A-Za-z][\w·&.\-]*){0,4}?)(?:은|는|이|가)\s")
KO_VERB = re.compile(
    r"(말했|밝혔|보도했|전했|전망했|예측했|추정했|내다봤|설명했|강조했|주장했|회고|언급했|덧붙였|측정했|집계했|조사했)"
)


# `보도에 따르면`, `외신에 따르면`, `업계에 따르면`: a report, the press or an industry, nobody named
UNNAMED_SOURCES = {
    "보도", "외신", "언론", "신문", "업계", "소식통", "관계자", "업계 관계자", "현지 언론", "외신 보도", "일부 보도",
}  # fmt: skip


def _clean(name: str) -> str | None:
    name = re.sub(r"^the\s+(?=[A-Z])", "", name.strip(" ,.'\"“”‘’"))  # `according to the Associated Press`
    if not name or name[0].isascii() and name[0].islower() or name in UNNAMED_SOURCES:
        return None  # `according to reports`, `according to people familiar`: nobody named
    if name.lower() in PRONOUNS or name.lower().startswith(("in ", "on ", "at ", "but ", "and ")):
        return None
    return name


def told_outlet(sentence: str) -> str | None:
    """The outlet a speaker told (`told ZDNET that …`), or the source the sentence cites."""
    for pattern in (EN_TOLD, EN_ACCORDING, KO_ACCORDING, PAREN_SOURCE):
        found = pattern.search(sentence)
        name = _clean(next((g for g in found.groups() if g), "")) if found else None
        if name:
            return name
    return None


def reporting_subject(sentence: str) -> str | None:
    """The subject of the sentence's reporting verb (`Gartner has forecast`, `엘리슨은 … 말했다`)."""
    for found in EN_SUBJECT.finditer(sentence):
        name = _clean(found.group(1))
        if name:
            return name
    topic = KO_TOPIC.search(sentence) if KO_VERB.search(sentence) else None
    return _clean(topic.group(1)) if topic else None
