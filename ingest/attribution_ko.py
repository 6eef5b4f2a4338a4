"""Korean attribution: `X에 따르면`, `X는 … 전망했다`, `X 자료를 보면`, `…라는 설명이다`, a
dropped subject carried from the sentences before."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ingest.attribution import Speaker, leading_label
from ingest.extraction import AGENT_TYPES, Mention
from ingest.names_common import KO_SOURCE_NOUNS, title_end

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
        if doc[j].text in KO_SOURCE_NOUNS:
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


def _quotes(doc: Doc, t: Token) -> bool:
    """A quotation ending: `…한다고 밝혔다`, `…라고 발표하며`, `…늘었다며 기대를 나타냈다`,
    `…이를 것으로 보고 있다`."""
    ending = t.tag_.split("+")[-1] == "EC"
    nxt = doc[t.i + 1] if t.i + 1 < len(doc) else None
    if ending and t.text.endswith(("라고", "다고")):
        return nxt is not None and (nxt.lemma_ == "하" or nxt.lemma_ in SAY_KO)
    if ending and t.text.endswith(("라며", "다며", "라면서", "다면서")):
        return True
    return (  # `것으로 보고 있다`
        t.lemma_ == "보" and t.i >= 2 and doc[t.i - 1].text in ("으로", "로") and doc[t.i - 2].text == "것"
    )


def ko_attribution(doc: Doc, mentions: list[tuple[Span, Mention]], speaker: Speaker) -> Mention | None:
    names = {t.i for s, _ in mentions for t in s}
    for span, mention in mentions:
        i = _after_name(doc, span)
        # `UBS 분석에 따르면`, `로이터 등에 따르면`, `가트너의 2023년 보고서에 따르면`
        for j in range(i, min(i + 7, len(doc) - 1)):
            if j in names or (doc[j].tag_.split("+")[0].startswith(("V", "E", "X")) and not _own_report(doc, i, j)):
                break  # another name, or a clause (`로이터가 인용한 UBS 분석에 따르면`)
            if doc[j].text == "에" and doc[j + 1].lemma_ in ("따르", "의하"):
                return mention
    label = leading_label(doc, mentions)
    if label:
        return label
    for span, mention in mentions:  # `IDC 자료를 보면`, `트렌드포스 집계를 보면`
        k = _source_phrase_end(doc, span.end)
        if k > span.end and k + 1 < len(doc) and doc[k].text in ("을", "를") and doc[k + 1].lemma_ == "보":
            return mention
    if _reported_copula(doc) and speaker.mention is not None and speaker.sentence - speaker.mention_at <= 2:
        return speaker.mention  # `…커진다는 계산이다`: the source just quoted keeps speaking
    tail = doc[-8:]
    quoted_say = any(_quotes(doc, t) for t in doc)
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


def ko_lead_in_speaker(doc: Doc, mentions: list[tuple[Span, Mention]]) -> Mention | None:
    """`엔비디아가 밝힌 … 다음과 같다`, `마이크로소프트는 … 다음과 같은 … 내놓았다`; `공개된 사양은
    다음과 같다` names nobody."""
    for span, mention in mentions:
        i = _after_name(doc, span)
        if mention.type in AGENT_TYPES and i < len(doc) and doc[i].text in ("은", "는", "이", "가"):
            return mention
    return None
