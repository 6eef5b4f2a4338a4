"""Korean names written in Hangul only, found from the words around them.

A new firm or model is often written without a Latin alias (`칩 틸라를 공개했다`,
`스타트업 누벨라를 인수했다`, `새 모델 오리온 울트라`). Kiwi tags such a word as a proper
noun or does not know it at all (OOV); either alone is weak evidence (Kiwi calls 코어,
벤치마크 and 한국어 proper nouns), so a name needs a second sign:

- apposition after a typing noun: `추론 칩 X`, `언어모델 X 2`, `스타트업 X`, `서비스 X`;
- the object of a launch or deal predicate: `X를 공개/출시/선보였다/내놓았다/인수했다`;
- the subject that opens a sentence whose predicate takes an organisation
  (`X는 … 투자를 유치했다`, `X가 … 칩을 내놓았다`).

Names are whole words: Kiwi may cut an unknown word in two (`팔/NR 라딘`, `루미/NNP 나리/NNG`),
so a span grows to the word's edges; a series or size after it belongs to the name
(`X 2`, `X 프로`, `X-7B`).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from ingest.korean_roles import OPENERS, past_gloss
from ingest.names_common import GENERIC_NAMES, first_tag

CHIP_CUES = {"칩", "GPU", "가속기", "NPU", "프로세서", "CPU", "반도체", "메모리", "D램", "칩셋", "SoC", "모뎀", "DPU"}
PLATFORM_CUES = {"플랫폼", "서비스", "클라우드"}
PRODUCT_CUES = {
    "모델", "LLM", "언어모델", "챗봇", "슈퍼컴퓨터", "시스템", "서버",
    "소프트웨어", "프레임워크", "라이브러리", "운영체제",
}  # fmt: skip
COMPANY_CUES = {"스타트업", "기업", "업체", "회사", "팹리스", "계열사", "자회사", "법인"}
# the noun before a name that says what it names (`클라우드` is a market, not a platform's head)
APPOSITION_TYPES = (
    {cue: "Chip" for cue in CHIP_CUES - {"메모리", "CPU", "GPU"}}
    | {"플랫폼": "Platform", "서비스": "Platform"}
    | {cue: "Product" for cue in PRODUCT_CUES - {"시스템", "서버"}}
    | {cue: "Company" for cue in COMPANY_CUES - {"법인"} | {"경쟁사", "모회사", "고객사", "협력사", "파트너사"}}
    | {"제품": "Product"}
    | {"조직": "ResearchOrg", "연구조직": "ResearchOrg", "연구소": "ResearchOrg", "연구기관": "ResearchOrg"}
)
COMPANY_SUFFIX = re.compile(
    r"(전자|반도체|테크|랩스|시스템즈|소프트|네트웍스|코리아|컴퍼니|그룹|모빌리티|바이오|로보틱스|"
    r"캐피털|캐피탈|벤처스|파트너스|인베스트먼트|인베스트먼츠|증권|자산운용|홀딩스|매니지먼트|어소시에이츠|펀드|"
    r"엔터테인먼트|게임즈|커뮤니케이션즈|헬스케어)$"
)
COMPANY_WORD = re.compile(COMPANY_SUFFIX.pattern.rstrip("$").replace("전자|반도체|", ""))
COUNTRIES = {"미국", "중국", "일본", "한국", "대만", "영국", "프랑스", "독일", "인도", "캐나다", "이스라엘", "싱가포르"}
ORG_SUFFIX = re.compile(r"(연구소|연구원|대학교|대학|재단|협회)$")


def suffix_type(text: str) -> str | None:
    """`한빛반도체`, `카이로스랩스` name companies; `세종연구소`, `한빛대학교` research bodies."""
    if COMPANY_SUFFIX.search(text):
        return "Company"
    return "ResearchOrg" if ORG_SUFFIX.search(text) else None


PREDICATE_TYPES = APPOSITION_TYPES | {"GPU": "Chip", "CPU": "Chip"}
# predicates whose object is a product or an organisation: `X를 공개했다`, `X를 인수했다`
LAUNCH_NOUNS = {"공개", "출시", "발표", "개발", "선보", "탑재", "도입", "채택", "상용화", "운영", "제공"}
LAUNCH_VERBS = {"선보이", "내놓", "내놨", "내", "만들", "선보였"}
# what only firms do (`출시`, `투자 유치`, `상장`), not places or languages (`발표`, `개발`, `도입`)
FIRM_NOUNS = {"공개", "출시", "선보", "상용화", "유치", "상장", "창업"}
FIRM_VERBS = {"선보이", "내놓", "내놨", "선보였"}
# `X를 인수했다`, `X를 세운`: the object is an organisation
DEAL_NOUNS = {"인수", "인수합병", "설립"}
DEAL_VERBS = {"세우"}
# predicates whose subject is an organisation: `X는 … 투자를 유치했다`
ORG_SUBJECT_NOUNS = LAUNCH_NOUNS | DEAL_NOUNS | {"유치", "투자", "제휴", "협력", "합병", "상장", "창업"}
OPENING_TAGS = {"SN", "NNB", "SF", "SP", "SS", "SSO", "SSC", "SW", "_SP", "MAG", "MAJ"}
TIME_WORDS = {
    "지난해", "올해", "최근", "지난달", "이달", "현재", "앞서", "이번", "당시", "지난주", "작년", "내년", "한편",
}  # fmt: skip
SERIES_WORDS = {"프로", "미니", "울트라", "맥스", "플러스", "라이트", "나노", "터보", "에어", "엣지"}
OBJECT_PARTICLES = {"을", "를"}
SUBJECT_PARTICLES = {"은", "는", "이", "가"}
HANGUL_NAME = re.compile(r"[가-힣]{2,12}")
# Korean personal names (surname + two syllables) in the subject slot are people, not firms
KO_SURNAMES = set("김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진")
SIZE_TAIL = re.compile(r"\d+(?:\.\d+)?[BMKbmk]?")


def glued(doc: Doc, i: int) -> bool:
    """Token i follows token i-1 with no space between them."""
    return 0 < i < len(doc) and not doc[i - 1].whitespace_


def unknown(tok: Token) -> bool:
    """Kiwi did not know the word (a transliterated name it read as a common noun)."""
    return bool(Token.has_extension("oov") and tok._.oov)


def _piece(tok: Token) -> bool:
    """A Hangul noun piece of a word Kiwi cut in two."""
    return first_tag(tok.tag_) in ("NNP", "NNG", "NR") and bool(re.fullmatch(r"[가-힣]+", tok.text))


def word_edges(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The span grown over glued Hangul noun pieces to the edges of its word."""
    while start > 0 and glued(doc, start) and _piece(doc[start - 1]):
        start -= 1
    while end < len(doc) and glued(doc, end) and _piece(doc[end]):
        if ends_in_cue(doc[end].text) and not suffix_type(doc[end].text):
            break
        end += 1
    return start, end


def word_ends_at(doc: Doc, end: int) -> bool:
    """Nothing but a particle or punctuation is glued after the span ending at `end`."""
    if end >= len(doc) or not glued(doc, end):
        return True
    tok = doc[end]
    return tok.is_punct or first_tag(tok.tag_).startswith(("J", "S")) or first_tag(tok.tag_) == "VCP"


def series_end(doc: Doc, end: int) -> int:
    """`X 2`, `X 3.5`, `X 프로`, `X-7B`, `X M1`: a number, a size, a series word or a model
    code after a name."""
    if end + 1 < len(doc) and doc[end].text == "-" and glued(doc, end) and glued(doc, end + 1):
        if re.fullmatch(r"[A-Z][A-Za-z0-9]{0,3}", doc[end + 1].text):
            return end + 2  # `이글-N`, `하이퍼-X`
        if first_tag(doc[end + 1].tag_) == "SN":
            last = end + 2
            if last < len(doc) and glued(doc, last) and re.fullmatch(r"[A-Za-z]", doc[last].text):
                last += 1  # `하비스트-7B`
            return last
    if end < len(doc) and not glued(doc, end) and end > 0:
        tok = doc[end]
        if first_tag(tok.tag_) == "SN" and SIZE_TAIL.fullmatch(tok.text) and len(tok.text) <= 4:
            last = end + 1
            if last < len(doc) and glued(doc, last) and re.fullmatch(r"[BMK]", doc[last].text):
                last += 1  # `팔콘 180B`
            return last
        if tok.text in SERIES_WORDS:
            return end + 1
        code = end + 1 < len(doc) and glued(doc, end + 1) and first_tag(doc[end + 1].tag_) == "SN"
        if re.fullmatch(r"[A-Z]{1,2}", tok.text) and code:
            return end + 2  # `한빛 X1`, `딥엑스 M1`
    return end


def ends_in_cue(text: str) -> bool:
    """`언어모델`, `검색서비스`: a compound ending in a typing noun is no name (`보스반도체`,
    a company's name, ends in a company suffix)."""
    return not suffix_type(text) and any(text.endswith(cue) for cue in APPOSITION_TYPES if re.search(r"[가-힣]", cue))


def korean_full_name(tok: Token) -> bool:
    """`이세영`, `박재홍`: a Korean person's name as one proper noun (surname and two
    Sino-Korean syllables; `하워드`, `오스카` are transliterations)."""
    return first_tag(tok.tag_) == "NNP" and korean_name_word(tok.text)


def korean_name_word(text: str) -> bool:
    """Three Hangul syllables that read as a Korean person's name, however Kiwi cut them (`김우현`)."""
    if not re.fullmatch(r"[가-힣]{3}", text) or text[0] not in KO_SURNAMES:
        return False
    return not any(_loanword_syllable(c) for c in text)


SINO_FINALS = {0, 1, 4, 8, 16, 17, 21}  # none, ㄱ, ㄴ, ㄹ, ㅁ, ㅂ, ㅇ


def _loanword_syllable(char: str) -> bool:
    """A syllable no Sino-Korean word has: `드`, `스` (ㅡ with no final), `워`, `슈`, `데`, `케`, `셉`."""
    code = ord(char) - 0xAC00
    onset, vowel, final = code // 588, (code % 588) // 28, code % 28
    if final not in SINO_FINALS or onset == 15:  # 셉-like finals, ㅋ onsets
        return True
    if final == 0 and ((vowel == 18 and onset not in (11, 18)) or vowel == 14):  # 스/드/르, 워
        return True
    if vowel == 17 and onset in (9, 12, 14):  # 슈 쥬 츄
        return True
    return vowel == 5 and onset in (2, 3, 5, 6, 7, 16, 17, 18)  # 네 데 레 메 베 테 페 헤


def name_word(doc: Doc, i: int) -> bool:
    """Token i could start a Hangul name: a proper noun or unknown word, not a generic term (nor
    an unknown word carrying a genitive Kiwi did not split: `사우디아라비아의 킹덤 홀딩`)."""
    tok = doc[i]
    tag = first_tag(tok.tag_)
    return (
        tag in ("NNP", "NNG")
        and (tag == "NNP" or (unknown(tok) and not tok.text.endswith("의")))
        and bool(HANGUL_NAME.fullmatch(tok.text))
        and tok.text not in GENERIC_NAMES
        and tok.text not in APPOSITION_TYPES
        and not ends_in_cue(tok.text)
    )


def particle_after(doc: Doc, end: int) -> str:
    return doc[end].text if end < len(doc) and glued(doc, end) and first_tag(doc[end].tag_).startswith("J") else ""


def _object_type(doc: Doc, end: int, firm_only: bool = False) -> str | None:
    """`X를 공개했다`, `X을 선보였다`: the object of a launch predicate is a product;
    `X를 인수했다`, `X를 세운`: of a deal predicate, an organisation. `firm_only`: only
    what firms do (a word Kiwi knows may be a language or a place: `파이썬을 도입`)."""
    nouns, verbs = (FIRM_NOUNS, FIRM_VERBS) if firm_only else (LAUNCH_NOUNS, LAUNCH_VERBS)
    if particle_after(doc, end) in ("와", "과") or (end < len(doc) and doc[end].text == ","):
        return _coordinated_object(doc, end + 1)
    if particle_after(doc, end) not in OBJECT_PARTICLES:
        return None
    after = doc[end + 1 : end + 4]
    if after[:2] and (after[0].text in DEAL_NOUNS or after[0].lemma_ in DEAL_VERBS):
        return "Company"
    launched = any(t.text in nouns or t.lemma_ in verbs for t in after[:2]) or (
        len(after) == 3 and after[0].text == "새로" and after[2].text in nouns
    )
    return "Product" if launched else None


QUOTE_CLOSERS = {"’", "'", "”", '"', "」", "』"}


def apposition_type(doc: Doc, start: int, end: int) -> str | None:
    """The type the noun before a name gives it (`스타트업 X`, `추론 칩 X`), a platform bought or
    invested in being the firm that runs it (`웹소설 플랫폼 왓패드를 6억 달러에 인수했다`)."""
    cued = APPOSITION_TYPES.get(cue_before(doc, start))
    return "Company" if cued == "Platform" and _deal_party(doc, end) else cued


def _deal_party(doc: Doc, end: int) -> bool:
    """`중고 거래 플랫폼 포쉬마크 인수`, `… 왓패드를 … 인수했다`, `플랫폼 X에 투자했다`: the name's slot
    is the object of a purchase or an investment."""
    j = past_gloss(doc, end)
    while j < len(doc) and doc[j].text in QUOTE_CLOSERS | {")"}:  # a closing quote or gloss: `(Wattpad)를`
        j += 1
    if j < len(doc) and doc[j].text in DEAL_NOUNS:
        return True
    deals = DEAL_NOUNS if j < len(doc) and doc[j].text in OBJECT_PARTICLES else set()
    deals = {"투자"} if j < len(doc) and doc[j].text == "에" else deals
    for tok in doc[j + 1 : j + 8]:
        if tok.text in deals:
            return True
        if tok.tag_.startswith(("E", "SF", "SP")):  # the clause ends first
            return False
    return False


def _coordinated_object(doc: Doc, i: int) -> str | None:
    """`모델 마렝고와 페가수스를 선보였다`: a name joined to the object of a launch is launched too."""
    if i >= len(doc) or glued(doc, i) or not re.fullmatch(r"[가-힣]{2,}", doc[i].text):
        return None
    if first_tag(doc[i].tag_) not in ("NNP", "NNG") or doc[i].text in GENERIC_NAMES | set(APPOSITION_TYPES):
        return None
    _, end = word_edges(doc, i, i + 1)
    return _object_type(doc, end) if particle_after(doc, end) in OBJECT_PARTICLES else None


def _opens_sentence(doc: Doc, i: int) -> bool:
    """Only dates, numbers, adverbs, time words, punctuation and a setting (`국내에서는`,
    `업계에서도`) come before token i."""
    j = 0
    for k in range(min(i, 4)):  # the setting: a noun or two with `에서` and a topic particle
        if doc[k].text == "에서" and k + 1 < i and doc[k + 1].text in ("는", "도", "ㄴ"):
            j = k + 2
            break
    return all(first_tag(t.tag_) in OPENING_TAGS or t.text in TIME_WORDS for t in doc[:i] if t.i >= j)


def org_subject(doc: Doc, start: int, end: int, firm_only: bool = False) -> bool:
    """`X는 … 투자를 유치했다`: the name opens the sentence and its predicate takes an
    organisation; `X가 개발한 칩`: the name is the subject of a clause that does. `firm_only`:
    only predicates of firms (`베이징은 … 발표했다`, `파이썬은 … 개발된`: places and languages)."""
    nouns = FIRM_NOUNS | DEAL_NOUNS if firm_only else ORG_SUBJECT_NOUNS
    verbs = FIRM_VERBS | DEAL_VERBS if firm_only else LAUNCH_VERBS | DEAL_VERBS
    if particle_after(doc, end) not in SUBJECT_PARTICLES or (end - start == 1 and korean_full_name(doc[start])):
        return False  # `김민수는 … 발표했다`: a person
    after = doc[end + 1 : end + 3]
    clause = after and "ETM" in "+".join(t.tag_ for t in after)  # `개발/NNG 한/XSV+ETM`, `만든/VV+ETM`
    if particle_after(doc, end) in ("이", "가") and clause:
        if after[0].text in FIRM_NOUNS | DEAL_NOUNS | {"개발"} or after[0].lemma_ in FIRM_VERBS | DEAL_VERBS | {"만들"}:
            return True  # `세레스가 개발한 칩` (`베이징이 발표한 규제` is no firm's)
    if not _opens_sentence(doc, start):
        return False
    return any(t.text in nouns or t.lemma_ in verbs for t in doc[end + 1 :])


def predicate_type(doc: Doc, start: int, end: int) -> str | None:
    """`X는 … AI 반도체 스타트업이다`, `X는 어떤 칩인가`: the typing noun a sentence opened by the
    name predicates of it."""
    if particle_after(doc, end) not in ("은", "는") or not _opens_sentence(doc, start):
        return None
    for tok in doc[end + 1 :]:
        tags = tok.tag_.split("+")
        if "VCP" in tags:
            noun = tok if tags[0] != "VCP" else doc[tok.i - 1] if glued(doc, tok.i) else None
            return PREDICATE_TYPES.get(noun.text) if noun is not None else None
    return None


def cued_names(doc: Doc, taken: set[int]) -> list[Span]:
    """Hangul names after a typing noun, in a launch or deal slot, or opening a sentence
    whose predicate takes an organisation; typed by the noun before them."""
    out: list[Span] = []
    i = 0
    while i < len(doc):
        if i in taken or not name_word(doc, i) or (i > 0 and glued(doc, i) and not _piece(doc[i - 1])):
            i += 1
            continue
        start, end = word_edges(doc, i, i + 1)
        end = _unknown_word_end(doc, i, end)
        if any(k in taken for k in range(start, end)) or not (word_ends_at(doc, end) or _named_as(doc, end)):
            i = end
            continue
        label = apposition_type(doc, start, end)
        full = series_end(doc, end)
        if full > end and word_ends_at(doc, full) and taken.isdisjoint(range(end, full)):
            end, label = full, label if label in ("Chip", "Platform") else "Product"
        elif label in ("Chip", "Platform", "Product") and not (
            unknown(doc[i]) or _object_type(doc, end) or doc[end - 1].text != doc[i].text
        ):
            label = None  # `CPU 코어를`, `소프트웨어 스택`: Kiwi's proper nouns need a second sign
        if label is None:
            label = _typed_by_noun_after(doc, start, end)
        known = end - start == 1 and not unknown(doc[i])  # a word Kiwi knows: a place, a language, a brand
        if label is None:
            label = _object_type(doc, end, firm_only=known)
        if label is None:
            label = predicate_type(doc, start, end) or ("Company" if org_subject(doc, start, end, known) else None)
        if label is not None:
            out.append(Span(doc, start, end, label=suffix_type(doc[start:end].text) or label))
        i = end
    return out


def _name_start(doc: Doc, start: int) -> int:
    """Where the written name begins: before the quote opening it (`모델 ‘커맨드 R’`) and, for a
    Latin gloss (`‘왓슨(Watson)’`), before the Hangul words it glosses (as many as it has)."""
    if start > 1 and doc[start - 1].text == "(" and glued(doc, start - 1):
        close = next((t.i for t in doc[start : start + 8] if t.text == ")"), start)
        words, i = len(doc[start:close].text.split()), start - 1
        while i > 0 and words > 0:
            i -= 1
            if not glued(doc, i):
                words -= 1
        start = i
    if start > 0 and doc[start - 1].text in OPENERS and glued(doc, start):
        start -= 1
    return start


def in_quotes(doc: Doc, start: int) -> bool:
    """The name (or the Hangul name its Latin gloss follows) opens with a quote: `‘리랭크(Rerank)’`."""
    begin = _name_start(doc, start)
    return doc[begin].text in OPENERS or (begin > 0 and doc[begin - 1].text in OPENERS)


def cue_before(doc: Doc, start: int) -> str:
    """The word before a name: `칩 X`, `모델 ‘X’`, `가속기 ‘스파이어(Spyre)’` (for the gloss too),
    or a noun with the copula glued to it (`경쟁사인 X`)."""
    start = _name_start(doc, start)
    if start == 0 or glued(doc, start):
        return ""
    prev = doc[start - 1]
    if prev.text == "인" and first_tag(prev.tag_) == "VCP" and start > 1 and glued(doc, start - 1):
        return doc[start - 2].text
    return prev.text


def _unknown_word_end(doc: Doc, i: int, end: int) -> int:
    """`헬리오/NNG* 스/VV 를`: Kiwi broke an unknown word with a verb piece; when a particle
    closes the word, the word runs up to it."""
    if not unknown(doc[i]) or word_ends_at(doc, end):
        return end
    j = end
    while j < end + 2 and j < len(doc) and glued(doc, j) and re.fullmatch(r"[가-힣]+", doc[j].text):
        if first_tag(doc[j].tag_).startswith(("J", "E", "X")):
            break
        j += 1
    closed = j < len(doc) and glued(doc, j) and first_tag(doc[j].tag_).startswith("J")
    return j if closed else end


def _named_as(doc: Doc, end: int) -> bool:
    """`오로라라는 칩`, `X이라는 모델`: the word is given as a name."""
    return end < len(doc) and glued(doc, end) and doc[end].text in ("라는", "이라는")


def _typed_by_noun_after(doc: Doc, start: int, end: int) -> str | None:
    """`오로라라는 (이름의) 칩`, `세레브릭스의 오로라 칩`, `오로라 칩을 공개했다`: a proper noun
    before a typing noun names one when it is given as a name, follows an owner's `의`, or
    the pair is the object of a launch predicate."""
    named = _named_as(doc, end)
    cue = end + 1 if named else end
    if cue + 1 < len(doc) and doc[cue].text == "이름" and doc[cue + 1].text == "의":
        cue += 2  # `이름의 칩`
    if cue >= len(doc) or glued(doc, cue) or doc[cue].text not in APPOSITION_TYPES:
        return None
    owned = start > 1 and doc[start - 1].text == "의" and glued(doc, start - 1) and doc[start - 2].pos_ != "PRON"
    owned = owned and first_tag(doc[start - 2].tag_) in ("NNP", "SL")
    if named or owned or _object_type(doc, cue + 1) == "Product":
        return APPOSITION_TYPES[doc[cue].text]
    return None
