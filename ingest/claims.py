"""Claims: sentences stating a figure or a forecast, who says so, and which footnote backs it.

Values come from ingest.values (patterns on the text); attribution from `X에 따르면`,
`X는 … 전망했다/발표했다`, `according to X`, `X said`, a leading `X:`; a dropped or pronoun
subject (`she`, `the company`, Korean zero subject) is the speaker carried from the
sentences before. The citation is the footnote marker right after the sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from ingest.extraction import AGENT_TYPES, Claim, Mention, Sentence
from ingest.segment import starts_list_item
from ingest.values import find_values

FORECAST_KO = re.compile(r"(전망|예상|예측|내다봤|추정|것이다|것으로|할 것|될 것|계획|예정|가능성)")
FORECAST_EN = re.compile(r"\b(forecast|expect|predict|project|estimate|will|would|by 20\d\d)", re.I)
SAY_KO = {
    "전망",
    "예상",
    "예측",
    "밝히",
    "말하",
    "말",  # Kiwi splits 말했다 into 말 + 했
    "내다보",
    "추정",
    "강조",
    "설명",
    "분석",
    "평가",
    "발표",
    "보고",
    "집계",
    "추산",
    "상향",
    "하향",
    "제시",
    "언급",
    "덧붙이",
    "공개",
    "보도",
    "높이",
    "올리",
    "관측",
    "진단",
    "주장",
    "전하",
    "알리",
    "조사",
    "예견",
    "답하",
}
SAY_EN = {
    "say",
    "forecast",
    "predict",
    "estimate",
    "expect",
    "project",
    "tell",
    "note",
    "argue",
    "claim",
    "announce",
    "report",
    "raise",
    "state",
    "disclose",
    "reveal",
    "add",
    "write",
    "calculate",
    "find",
    "show",
    "peg",
    "see",
    "warn",
    "count",
    "tally",
    "reckon",
    "survey",
    "publish",
    "confirm",
}
PRONOUNS = {"she", "he", "it", "they", "company", "companies", "firm", "chipmaker", "group", "ceo", "executive"}
TARGET_KO = re.compile(
    r"((?:19|20)\d{2})년(?:\s*\d{1,2}월)?\s*(?:까지|에는|이면|부터)|(?:올해|내년|연내|하반기|상반기)"
)
TARGET_EN = re.compile(r"\b(?:by|in|through)\s+(?:(?:the end of|early|late|mid-)\s*)?((?:19|20)\d{2})\b")


@dataclass
class Speaker:
    """Who spoke last in the article: the antecedent of `she`, `it`, a dropped subject."""

    mention: Mention | None = None
    topic: Mention | None = None  # the organisation the article was last about (set by the extractor)
    person: Mention | None = None  # the person last named as a subject
    lead: Mention | None = None  # who a list's lead-in (`as AMD presented them:`) names

    def antecedent(self, word: str = "") -> Mention | None:
        """`she said` -> the last person; `the company said`, a dropped Korean subject -> the
        current topic; else the last speaker."""
        if word in ("she", "he"):
            return self.person or (self.mention if self.mention and self.mention.type == "Person" else None)
        return self.topic or self.mention


def _leading_label(doc: Doc, mentions: list[tuple[Span, Mention]]) -> Mention | None:
    """`가트너: 2023년 534억 달러`, `AMD: from $150 billion …`."""
    for span, mention in mentions:
        if (
            span.start <= 1
            and span.end < len(doc)
            and doc[span.end].text == ":"
            and mention.type in AGENT_TYPES
            and not mention.is_new
        ):
            return mention
    return None


SOURCE_NOUNS = {"분석", "보고서", "자료", "조사", "집계", "발표", "추정", "추산", "보도", "통계", "전망"}
TITLES = {
    "CEO",
    "대표",
    "회장",
    "사장",
    "부사장",
    "교수",
    "의장",
    "최고경영자",
    "애널리스트",
    "연구원",
    "부문장",
    "창업자",
    "관계자",
    "대변인",
    "측",
    "임원",
    "책임자",
}


def _after_name(doc: Doc, span: Span) -> int:
    """Index after a name, its parenthetical alias and a title: `리사 수(Lisa Su) AMD CEO는`."""
    i = span.end
    if i < len(doc) and doc[i].text == "(":
        close = next((t.i for t in doc[i : i + 8] if t.text == ")"), None)
        i = close + 1 if close is not None else i
    while i < len(doc) and (
        doc[i].text in TITLES
        or (doc[i].ent_type_ and doc[i].ent_type_ != "Person" and i + 1 < len(doc) and doc[i + 1].text in TITLES)
    ):
        i += 1
    return i


def _ko_attribution(doc: Doc, mentions: list[tuple[Span, Mention]], speaker: Speaker) -> Mention | None:
    names = {t.i for s, _ in mentions for t in s}
    for span, mention in mentions:
        i = _after_name(doc, span)
        # `UBS 분석에 따르면`, `로이터 등에 따르면`, `가트너의 2023년 보고서에 따르면`
        for j in range(i, min(i + 7, len(doc) - 1)):
            if j in names or doc[j].tag_.split("+")[0].startswith(("V", "E", "X")):
                break  # another name, or a clause (`로이터가 인용한 UBS 분석에 따르면`)
            if doc[j].text == "에" and doc[j + 1].lemma_ == "따르":
                return mention
    label = _leading_label(doc, mentions)
    if label:
        return label
    tail = doc[-8:]
    quoted_say = any(
        t.text in ("라고", "다고", "이라고") and t.i + 1 < len(doc) and doc[t.i + 1].lemma_ == "하" for t in tail
    )
    if not quoted_say and not any(t.lemma_ in SAY_KO for t in tail):
        return None
    for span, mention in mentions:
        i = _after_name(doc, span)
        if i < len(doc) and doc[i].text in ("은", "는", "이", "가") and mention.type in AGENT_TYPES:
            return mention
    if doc.text.lstrip().startswith(("-", "•", "·")):
        return None  # a list item states its own facts
    return speaker.antecedent()  # the subject is dropped


def _en_attribution(doc: Doc, mentions: list[tuple[Span, Mention]], speaker: Speaker) -> Mention | None:
    by_token = {t.i: m for s, m in mentions for t in s}
    for tok in doc:
        if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            for t in doc[tok.i + 2 : tok.i + 8]:
                if t.i in by_token:
                    return by_token[t.i]
    label = _leading_label(doc, mentions)
    if label:
        return label
    for tok in doc:
        if tok.lemma_ not in SAY_EN or tok.pos_ != "VERB" or any(c.dep_ == "neg" for c in tok.children):
            continue
        for child in tok.children:
            if child.dep_ not in ("nsubj", "nsubjpass") or any(t.lower_ in ("neither", "no") for t in child.subtree):
                continue
            for t in child.subtree:
                if t.i in by_token and by_token[t.i].type in AGENT_TYPES:
                    return by_token[t.i]
            if child.lower_ in PRONOUNS or any(t.lower_ in PRONOUNS for t in child.subtree):
                return speaker.antecedent(child.lower_)
    return None


LEAD_IN_KO = re.compile(r"다음과 같")
LEAD_VERBS_EN = {"describe", "present", "give", "list", "outline", "detail", "summarize", "put"}


def in_list_item(body: str, offset: int) -> bool:
    """Whether the text at `offset` sits on a bulleted or numbered line."""
    return starts_list_item(body, body.rfind("\n", 0, offset) + 1)


def is_lead_in(text: str, lang: str) -> bool:
    """A sentence that introduces a list: ends in a colon, or Korean `다음과 같다`."""
    stripped = re.sub(r"\d+$", "", text.rstrip())  # a footnote marker after the colon
    return stripped.endswith(":") or (lang == "ko" and bool(LEAD_IN_KO.search(text)))


def lead_in_speaker(doc: Doc, lang: str, mentions: list[tuple[Span, Mention]], speaker: Speaker) -> Mention | None:
    """Who the items of a list speak for: `as Meta described them:`, `the company presented:`,
    `엔비디아가 밝힌 … 다음과 같다`, `마이크로소프트는 … 다음과 같은 … 내놓았다`."""
    if lang == "ko":
        for span, mention in mentions:
            i = _after_name(doc, span)
            if mention.type in AGENT_TYPES and i < len(doc) and doc[i].text in ("은", "는", "이", "가"):
                return mention
        return None  # `공개된 사양은 다음과 같다` names nobody
    found = _en_attribution(doc, mentions, speaker)
    if found is not None:
        return found
    by_token = {t.i: m for s, m in mentions for t in s}
    for tok in doc:
        if tok.lemma_ in LEAD_VERBS_EN and tok.pos_ == "VERB":
            for child in tok.children:
                if child.dep_ == "nsubj":
                    named = by_token.get(child.i)
                    if named is not None and named.type in AGENT_TYPES:
                        return named
                    if child.lower_ in PRONOUNS or any(t.lower_ in PRONOUNS for t in child.subtree):
                        return speaker.antecedent(child.lower_)
    return None


def extract_claim(
    sentence: Sentence,
    lang: str,
    mentions: list[tuple[Span, Mention]],
    speaker: Speaker | None = None,
    list_item: bool = False,
) -> Claim | None:
    """A claim when the sentence carries a figure, or a forecast about a year; an item of a
    list speaks for whoever the list's lead-in named, unless it names its own source (a
    leading `X:` only names the item's subject when the lead-in named a speaker)."""
    speaker = speaker or Speaker()
    doc, text = sentence.doc, sentence.text
    who = _ko_attribution(doc, mentions, speaker) if lang == "ko" else _en_attribution(doc, mentions, speaker)
    if list_item and (who is None or (speaker.lead is not None and who == _leading_label(doc, mentions))):
        who = speaker.lead  # `- Silo AI: $665 million` under `as AMD presented them:` is AMD's figure
    if who is not None:
        speaker.mention = who
    values = find_values(text)
    is_forecast = bool((FORECAST_KO if lang == "ko" else FORECAST_EN).search(text))
    target = (TARGET_KO if lang == "ko" else TARGET_EN).search(text)
    if not values and not (is_forecast and target):
        return None
    about = tuple(dict.fromkeys(m.iri for _, m in mentions if who is None or m.iri != who.iri))
    return Claim(
        text=text,
        start=sentence.start,
        end=sentence.end,
        sentence=sentence.index,
        values=tuple(values),
        about=about,
        attributed_to=who.iri if who else None,
        attributed_name=who.label if who else None,
        citation=sentence.footnote,
        target_date=target.group(1) if target else None,
        is_forecast=is_forecast,
    )
