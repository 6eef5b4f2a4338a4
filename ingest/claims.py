"""Claims: sentences stating a figure or a forecast, who says so, and which footnote backs it.

Values come from ingest.values (patterns on the text); attribution from `X에 따르면`,
`X는 … 전망했다/발표했다`, `according to X`, `X said`, a leading `X:`; a dropped or pronoun
subject (`she`, `the company`, Korean zero subject) is the speaker carried from the
sentences before. The citation is the footnote marker right after the sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ingest.extraction import AGENT_TYPES, Claim, Mention, Sentence
from ingest.names_common import title_end
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
    "describe",
    "put",
}
OUTLOOK_NOUNS = {
    "forecast",
    "estimate",
    "outlook",
    "guidance",
    "projection",
    "target",
    "prediction",
    "expectation",
    "that",
    "it",
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
    sentence: int = 0  # the sentence being read
    mention_at: int = -9  # the sentence the last speaker was named in

    def antecedent(self, word: str = "") -> Mention | None:
        """`she said` -> the last person; `the company said`, a dropped Korean subject -> the
        current topic, unless a person spoke in the sentence just before (`그러다 … 올렸다`);
        else the last speaker."""
        if word in ("she", "he"):
            return self.person or (self.mention if self.mention and self.mention.type == "Person" else None)
        if not word and self.mention and self.mention.type == "Person" and self.sentence - self.mention_at == 1:
            return self.mention
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


def _after_name(doc: Doc, span: Span) -> int:
    """Index after a name, its parenthetical alias and a title: `리사 수(Lisa Su) AMD CEO는`."""
    i = span.end
    if i < len(doc) and doc[i].text == "(":
        close = next((t.i for t in doc[i : i + 8] if t.text == ")"), None)
        i = close + 1 if close is not None else i
    if i < len(doc) and doc[i].ent_type_ and doc[i].ent_type_ != "Person" and title_end(doc, i + 1) > i + 1:
        i += 1  # the organisation between a name and its title: `리사 수 AMD CEO는`
    return title_end(doc, i)


def _adnominal(doc: Doc, i: int) -> bool:
    """The verb at i modifies a noun (`엔비디아가 제시했던 금액`) or is an embedded question
    (`공개할지 여부`): not the sentence's own reporting verb."""
    for tok in doc[i + 1 : i + 5]:
        tags = tok.tag_.split("+")
        if "ETM" in tags or (tags[-1] == "EC" and tok.text.endswith("지")):
            return True  # `제시했던 금액`, `공개할지 여부`
        if not all(tag.startswith(("X", "E")) for tag in tags):
            return False
    return False


REPORT_NOUNS = {"계산", "설명", "분석", "전망", "얘기", "주장", "판단", "평가", "지적", "관측", "입장", "예상", "추산"}


def _reported_copula(doc: Doc) -> bool:
    """The sentence ends `…다는/라는 설명이다`: it reports what someone said or figured."""
    words = [t for t in doc if not t.is_punct]
    for k in range(len(words) - 2, 0, -1):
        if words[k].tag_.split("+")[0] == "VCP":
            noun, before = words[k - 1], words[k - 2] if k >= 2 else None
            return (
                noun.text in REPORT_NOUNS
                and before is not None
                and "ETM" in before.tag_
                and before.text.endswith(("다는", "라는"))
            )
    return False


def _source_phrase_end(doc: Doc, i: int) -> int:
    """Index after `의 최신 보고서`, `2023년 자료`, `집계` following a name (i itself if none)."""
    end = i
    for j in range(i, min(i + 5, len(doc))):
        if doc[j].text in SOURCE_NOUNS:
            end = j + 1
        elif not (doc[j].text == "의" or doc[j].tag_.split("+")[0] in ("NNG", "SN", "NNB", "MM")):
            break
    return end


def _own_report(doc: Doc, i: int, j: int) -> bool:
    """`IDC가 집계한 바에 따르면`: the name's own reporting verb may stand between it and 따르면."""
    return (
        doc[i].text in ("이", "가")
        and i + 2 <= j
        and doc[i + 1].lemma_ in SAY_KO
        and all(t.tag_.split("+")[0].startswith(("X", "E")) for t in doc[i + 2 : j + 1])
    )


def _ko_attribution(doc: Doc, mentions: list[tuple[Span, Mention]], speaker: Speaker) -> Mention | None:
    names = {t.i for s, _ in mentions for t in s}
    for span, mention in mentions:
        i = _after_name(doc, span)
        # `UBS 분석에 따르면`, `로이터 등에 따르면`, `가트너의 2023년 보고서에 따르면`
        for j in range(i, min(i + 7, len(doc) - 1)):
            if j in names or (doc[j].tag_.split("+")[0].startswith(("V", "E", "X")) and not _own_report(doc, i, j)):
                break  # another name, or a clause (`로이터가 인용한 UBS 분석에 따르면`)
            if doc[j].text == "에" and doc[j + 1].lemma_ in ("따르", "의하"):
                return mention
    label = _leading_label(doc, mentions)
    if label:
        return label
    for span, mention in mentions:  # `IDC 자료를 보면`, `트렌드포스 집계를 보면`
        k = _source_phrase_end(doc, span.end)
        if k > span.end and k + 1 < len(doc) and doc[k].text in ("을", "를") and doc[k + 1].lemma_ == "보":
            return mention
    if _reported_copula(doc) and speaker.mention is not None and speaker.sentence - speaker.mention_at <= 2:
        return speaker.mention  # `…커진다는 계산이다`: the source just quoted keeps speaking
    tail = doc[-8:]
    quoted_say = any(  # `…한다고 밝혔다`, `…라고 발표하며` anywhere in the sentence
        t.text.endswith(("라고", "다고"))
        and t.tag_.split("+")[-1] == "EC"
        and t.i + 1 < len(doc)
        and (doc[t.i + 1].lemma_ == "하" or doc[t.i + 1].lemma_ in SAY_KO)
        for t in doc
    )
    says = [t for t in tail if t.lemma_ in SAY_KO and not _adnominal(doc, t.i)]
    if not quoted_say and not says:
        return None
    for span, mention in mentions:
        i = _after_name(doc, span)
        i = max(i, _source_phrase_end(doc, i))  # `가트너의 최신 보고서는 … 전망했다`
        if i < len(doc) and doc[i].text in ("은", "는", "이", "가") and mention.type in AGENT_TYPES:
            return mention
    if doc.text.lstrip().startswith(("-", "•", "·")):
        return None  # a list item states its own facts
    return speaker.antecedent()  # the subject is dropped


def _en_attribution(doc: Doc, mentions: list[tuple[Span, Mention]], speaker: Speaker) -> Mention | None:
    by_token = {t.i: m for s, m in mentions for t in s}
    cited = _cited_source(doc, by_token) or _leading_label(doc, mentions) or _trailing_speaker(doc, by_token)
    if cited:
        return cited
    for tok in doc:
        if not _reports(tok):
            continue
        for child in _subject_side(tok):
            if child.dep_ == "agent":  # `accounts reported by Reuters`
                for t in child.subtree:
                    if t.i in by_token and by_token[t.i].type in AGENT_TYPES:
                        return by_token[t.i]
            if child.dep_ != "nsubj" or any(t.lower_ in ("neither", "no") for t in child.subtree):
                continue  # `Microsoft is expected to spend`: the passive subject is not speaking
            named = [by_token[t.i] for t in _outside_clauses(child) if t.i in by_token]
            named = [m for m in named if m.type in AGENT_TYPES]
            if named:  # the head noun's name first, then a person: `Nvidia CEO Jensen Huang said`
                head = by_token.get(child.i)
                return head if head in named else next((m for m in named if m.type == "Person"), named[0])
            if child.lower_ in PRONOUNS or any(t.lower_ in PRONOUNS for t in child.subtree):
                return speaker.antecedent(child.lower_)
    return None


def _reports(tok: Token) -> bool:
    """A reporting verb, not negated; `raise` only a forecast (`Graphcore raised $700 million` is
    funding), `put` only a figure (`figures put the share at 40%`)."""
    if tok.lemma_ not in SAY_EN or tok.pos_ != "VERB" or any(c.dep_ == "neg" for c in tok.children):
        return False
    if tok.lemma_ == "raise":
        return any(c.dep_ == "dobj" and c.lemma_ in OUTLOOK_NOUNS for c in tok.children)
    if tok.lemma_ == "put":
        return any(c.dep_ == "prep" and c.lower_ == "at" for c in tok.children)
    return True


def _cited_source(doc: Doc, by_token: dict[int, Mention]) -> Mention | None:
    """`according to X`, `per X,`."""
    for tok in doc:
        after = tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to"
        if after or (tok.lower_ == "per" and (tok.i == 0 or doc[tok.i - 1].is_punct)):
            first = tok.i + (2 if after else 1)
            for t in doc[first : first + 6]:
                if t.i in by_token:
                    return by_token[t.i]
    return None


def _trailing_speaker(doc: Doc, by_token: dict[int, Mention]) -> Mention | None:
    """`…, TrendForce predicts.` / `…, said Lisa Su.`: the speaker after the last comma, whatever
    the parser made of the verb."""
    commas = [t.i for t in doc if t.text == ","]
    if not commas:
        return None
    tail = [t for t in doc[commas[-1] + 1 :] if not t.is_punct]
    if not 2 <= len(tail) <= 6:
        return None
    says = [k for k, t in enumerate(tail) if t.lemma_ in SAY_EN or t.lower_.rstrip("s") in SAY_EN]
    named = [k for k, t in enumerate(tail) if t.i in by_token and by_token[t.i].type in AGENT_TYPES]
    if says and named and (says[0] == 0 or says[0] == named[-1] + 1):
        return by_token[tail[named[0]].i]
    return None


def _subject_side(verb: Token) -> list[Token]:
    """The verb's children, or, for a participle or coordinated verb without a subject of its
    own (`The update painted a closer race, projecting that …`), the governing verb's."""
    own = list(verb.children)
    if any(c.dep_ in ("nsubj", "nsubjpass", "agent") for c in own) or verb.dep_ not in ("advcl", "conj", "xcomp"):
        return own
    return own + [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]


def _outside_clauses(head: Token) -> list[Token]:
    """The subject phrase without its relative clauses: in `the chip that Apple introduced
    raises that`, Apple is not the one speaking."""
    clauses = [t for t in head.subtree if t.dep_ == "relcl" and t.i != head.i]
    inside = {t.i for c in clauses for t in c.subtree}
    return [t for t in head.subtree if t.i not in inside]


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
    list speaks for whoever the list's lead-in named, unless it names its own source."""
    speaker = speaker or Speaker()
    speaker.sentence = sentence.index
    doc, text = sentence.doc, sentence.text
    who = _ko_attribution(doc, mentions, speaker) if lang == "ko" else _en_attribution(doc, mentions, speaker)
    if who is None and list_item:
        who = speaker.lead
    if who is not None:
        speaker.mention, speaker.mention_at = who, sentence.index
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
