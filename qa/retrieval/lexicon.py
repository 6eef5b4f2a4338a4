"""A small Korean-English lexicon of the words questions ask with, for BM25 across languages.

Names already meet across languages through entity ids (`@groq`); the words around them do
not: `그록 창업자 겸 CEO` shares no term with `Its founder and chief executive, Jonathan
Ross`, and e5-small scores such pairs low. A question's lexical query is expanded with the
other language's words for the attributes (qa.attributes) and the cue words below it uses.
"""

from __future__ import annotations

import functools
import re

from ingest.scripts import HANGUL
from qa.attributes import ATTRIBUTES, MEASURES

# each group: words that mean one thing in either language (how each form matches: _form_pattern)
GROUPS: list[tuple[str, ...]] = [
    *ATTRIBUTES.values(),
    *MEASURES,
    ("q1", "first quarter", "1분기"),
    ("q2", "second quarter", "2분기"),
    ("q3", "third quarter", "3분기"),
    ("q4", "fourth quarter", "4분기"),
    ("founder", "founded", "co-founded", "창업자", "창업", "설립", "세운", "세웠"),
    ("chief executive", "ceo", "최고경영자", "대표"),
    ("interim", "acting", "임시", "대행"),
    ("data center", "데이터센터"),
    ("housed", "installed", "hosted", "설치"),
    ("acquisition", "acquired", "acquire", "인수"),
    ("offer price", "ipo price", "priced its ipo", "공모가"),
    ("rejected", "reject", "rejects", "turned down", "turn down", "turns down", "거절", "거부", "퇴짜"),
    (
        "completed", "closed", "finished", "finish", "wrapped up", "complete", "completion",
        "완료", "마무리", "클로징", "끝났", "끝난", "마쳤", "마친",
    ),
    ("monthly", "per month", "a month", "매월", "월간", "월 구독"),
    ("supplies", "supplier", "supply", "공급", "납품"),
    ("partnership", "partner", "협력", "제휴", "파트너"),
    ("invested", "investment", "investor", "투자"),
    ("manufactures", "made by", "manufacturing", "produced", "생산", "제조"),
    ("announced", "unveiled", "introduced", "launched", "released", "발표", "공개", "출시"),
    ("training", "trained", "학습"),
    ("inference", "추론"),
    ("mass production", "양산"),
    ("generally available", "general availability", "정식 출시", "정식 버전"),
    ("energy", "electricity", "에너지", "전력"),
    ("leaderboard", "리더보드"),
    ("board observer", "참관인", "옵서버"),
    ("export", "수출"),
    ("next-generation", "next generation", "차세대"),
    ("first-generation", "first generation", "1세대"),
    ("second-generation", "second-gen", "second generation", "2세대"),
    ("employees", "직원"),
    # the business and hardware words of tech news, in both languages
    ("fiscal year", "fiscal", "회계연도"),
    ("quarter", "quarterly", "분기"),
    ("shipments", "shipped", "출하", "출하량"),
    ("ipo", "listing", "went public", "상장", "공모"),
    ("round", "라운드"),
    ("series", "시리즈"),
    ("led", "lead investor", "주도", "리드"),
    ("new investors", "신규 투자자", "새로 참여"),
    ("server", "servers", "서버"),
    ("cluster", "클러스터"),
    ("network", "networking", "네트워크"),
    ("license", "licenses", "licensing", "라이선스"),
    ("open source", "open-source", "오픈소스"),
    ("subscription", "subscribers", "구독"),
    ("lawsuit", "sued", "소송"),
    ("copyright", "저작권"),
    ("regulation", "rules", "규제", "규정"),
    ("government", "정부"),
    ("nuclear", "원자력", "원전"),
    ("power purchase agreement", "전력구매계약"),
    ("contract", "deal", "계약"),
    ("order", "orders", "주문", "수주"),
    ("benchmark", "벤치마크"),
    ("efficiency", "효율"),
    ("fine-tuning", "fine-tune", "파인튜닝", "미세조정"),
    ("data labeling", "labeling", "라벨링"),
    ("packaging", "패키징"),
    ("factory", "plant", "fab", "공장"),
    ("startup", "스타트업"),
    ("smartphone", "phones", "스마트폰"),
    # the events of business news: people coming and going, deals made and undone
    ("retired", "retire", "retirement", "stepped down", "step down", "resigned", "은퇴", "사임", "물러나", "물러났"),
    ("hired", "hire", "hiring", "recruited", "영입", "채용"),
    ("abandoned", "abandon", "called off", "scrapped", "terminated", "fell apart", "포기", "무산", "철회"),
    ("halted", "suspended", "paused", "중단"),
    ("delayed", "postponed", "pushed back", "연기", "지연"),
    ("final", "finalized", "finalised", "최종", "확정"),
    ("preliminary", "예비"),
    ("agreement", "agreed", "합의", "협약"),
    ("merger", "merge", "합병"),
    ("spin-off", "spun off", "spin off", "분사"),
    ("approval", "approved", "approve", "cleared", "clears", "승인"),
    ("conditional", "conditionally", "조건부"),
    ("blocked", "block", "prohibited", "prohibit", "불허", "차단", "금지"),
    ("antitrust", "반독점"),
    ("export controls", "export restrictions", "수출 규제", "수출 통제"),
    ("tariff", "tariffs", "관세"),
    ("joint venture", "합작"),
    ("subsidiary", "자회사"),
    ("rival", "rivals", "competitor", "competitors", "경쟁사", "경쟁자", "라이벌"),
    ("customer", "customers", "client", "clients", "고객"),
    ("layoffs", "job cuts", "감원", "구조조정"),
    ("bonds", "bond", "notes", "채권", "회사채"),
    ("headquarters", "headquartered", "본사"),
    # what markets and forecasts do
    ("jumped", "rose", "surged", "climbed", "soared", "올랐", "상승", "급등", "뛰었"),
    ("fell", "dropped", "declined", "plunged", "slid", "떨어졌", "하락", "급락"),
    ("forecast", "projected", "projection", "전망", "예상"),
    ("estimate", "estimated", "추정", "추산"),
    ("reported", "report", "보도"),
    ("next day", "following day", "다음날", "이튿날"),
    ("record", "all-time high", "사상 최대", "역대 최대", "사상 최고", "역대 최고"),
    # plants and how they run
    ("construction", "broke ground", "break ground", "착공", "건설"),
    ("operation", "operational", "begin operating", "start operating", "가동"),
    ("yield", "yields", "수율"),
    ("foundry", "파운드리"),
    ("fabless", "팹리스"),
    ("design", "designed", "설계"),
    # the things tech news is about
    ("semiconductor", "semiconductors", "반도체"),
    ("accelerator", "accelerators", "가속기"),
    ("processor", "processors", "프로세서"),
    ("supercomputer", "supercomputers", "슈퍼컴퓨터"),
    ("robot", "robots", "humanoid", "로봇", "휴머노이드"),
    ("agent", "agents", "agentic", "에이전트"),
    ("reasoning", "추론 모델"),
    ("quantum", "양자"),
    ("error correction", "오류 정정", "오류 수정"),
    ("self-driving", "autonomous", "robotaxi", "자율주행", "로보택시"),
    ("laptop", "laptops", "notebook", "노트북"),
    ("cloud", "클라우드"),
    ("search", "검색"),
    ("advertising", "ads", "광고"),
    ("chatbot", "챗봇"),
    ("translation", "번역"),
    ("voice", "speech", "음성"),
    ("video", "동영상", "영상"),
    ("healthcare", "medical", "의료"),
    ("automotive", "vehicle", "vehicles", "자동차", "차량"),
    ("telecom", "carrier", "통신사"),
    ("defense", "military", "국방", "방산"),
    ("weights", "가중치"),
    ("score", "scores", "점수"),
    ("accuracy", "정확도"),
    ("throughput", "처리량"),
    ("free", "무료"),
    ("discount", "할인"),
    # deal terms and what products measure, in the words each language uses for them
    ("termination fee", "breakup fee", "break-up fee", "위약금", "해지 수수료", "해지수수료"),
    ("letter of intent", "letters of intent", "의향서"),
    ("memorandum of understanding", "mou", "양해각서"),
    ("code-named", "codenamed", "code name", "codename", "코드명", "코드네임"),
    ("prototype", "시제품", "프로토타입"),
    ("latency", "response time", "responds", "응답 시간", "응답시간", "지연 시간"),
    ("clock speed", "clock", "ghz", "클럭", "클록"),
    ("battery", "배터리"),
    ("price cut", "cheaper", "저렴", "인하"),
    ("per million tokens", "million tokens", "백만 토큰", "100만 토큰"),
    ("exclusive", "exclusively", "독점"),
    ("lawsuit settlement", "settled", "settlement", "합의금"),
    ("fine", "fined", "penalty", "과징금", "벌금"),
    ("chief financial officer", "cfo", "최고재무책임자"),
    ("chief technology officer", "cto", "최고기술책임자"),
    ("chairman", "chair", "회장", "의장"),
    ("president", "사장"),
    ("board", "이사회"),
    ("shareholders meeting", "주주총회", "주총"),
    ("convertible bonds", "convertible", "전환사채"),
    ("dividend", "배당"),
    ("buyback", "repurchase", "자사주"),
    ("net loss", "순손실"),
    ("guidance", "outlook", "가이던스"),
    ("waitlist", "waiting list", "대기자"),
    ("downloads", "downloaded", "다운로드"),
    ("open weights", "open-weight", "오픈 웨이트", "공개 가중치"),
    ("smart glasses", "스마트 안경", "스마트글라스"),
    ("wearable", "웨어러블"),
    ("electric vehicle", "ev", "전기차"),
    ("battery cells", "셀"),
    ("drug discovery", "신약 개발", "신약"),
    ("cancer", "암"),
    ("satellite", "위성"),
    ("startup accelerator", "액셀러레이터"),
    # countries, states and cities the news names, in both scripts
    ("united states", "u.s.", "미국"),
    ("china", "chinese", "중국"),
    ("japan", "japanese", "일본"),
    ("south korea", "korean", "한국"),
    ("taiwan", "taiwanese", "대만"),
    ("germany", "german", "독일"),
    ("france", "french", "프랑스"),
    ("britain", "british", "u.k.", "영국"),
    ("ireland", "irish", "아일랜드"),
    ("israel", "israeli", "이스라엘"),
    ("netherlands", "dutch", "네덜란드"),
    ("canada", "canadian", "캐나다"),
    ("europe", "european", "유럽"),
    ("singapore", "싱가포르"),
    ("saudi arabia", "saudi", "사우디"),
    ("united arab emirates", "uae", "아랍에미리트"),
    ("abu dhabi", "아부다비"),
    ("vietnam", "베트남"),
    ("malaysia", "말레이시아"),
    ("italy", "italian", "이탈리아"),
    ("spain", "스페인"),
    ("sweden", "swedish", "스웨덴"),
    ("finland", "finnish", "핀란드"),
    ("switzerland", "swiss", "스위스"),
    ("australia", "australian", "호주"),
    ("new zealand", "뉴질랜드"),
    ("brazil", "브라질"),
    ("mexico", "멕시코"),
    ("arizona", "애리조나"),
    ("texas", "텍사스"),
    ("ohio", "오하이오"),
    ("new mexico", "뉴멕시코"),
    ("oregon", "오리건"),
    ("california", "캘리포니아"),
    ("new york", "뉴욕"),
    ("silicon valley", "실리콘밸리"),
    ("seoul", "서울"),
    ("tokyo", "도쿄"),
    ("beijing", "베이징"),
    ("shanghai", "상하이"),
    ("london", "런던"),
    ("berlin", "베를린"),
    ("munich", "뮌헨"),
    ("dublin", "더블린"),
    ("taipei", "타이베이"),
    ("kumamoto", "구마모토"),
    ("dresden", "드레스덴"),
    ("toronto", "토론토"),
    ("hawaii", "하와이"),
    ("virginia", "버지니아"),
    ("washington", "워싱턴"),
    ("maryland", "메릴랜드"),
    ("indiana", "인디애나"),
    ("idaho", "아이다호"),
    ("utah", "유타"),
    ("michigan", "미시간"),
    ("massachusetts", "매사추세츠"),
    ("north carolina", "노스캐롤라이나"),
    ("nevada", "네바다"),
    ("illinois", "일리노이"),
    ("pennsylvania", "펜실베이니아"),
    ("tennessee", "테네시"),
    ("wisconsin", "위스콘신"),
    ("colorado", "콜로라도"),
    ("florida", "플로리다"),
    ("georgia", "조지아"),
    ("india", "indian", "인도"),
    ("hokkaido", "홋카이도"),
    ("paris", "파리"),
    ("san francisco", "샌프란시스코"),
    ("seattle", "시애틀"),
    ("austin", "오스틴"),
]


# Korean forms that are words of their own, maybe with a particle: `암` is no part of `암페어`,
# nor `셀` of `하이퍼엑셀`, `인도` of `인도네시아` (the other one-syllable forms are stems:
# `맡았다`, `몸값`, `3배`)
OWN_WORDS = {"암", "셀", "인도", "파리"}
ALONE = r"(?<![가-힣]){}(?=(?:에서|으로|[은는이가을를의에도와과로만])?(?![가-힣]))"


def _form_pattern(form: str) -> str:
    """Korean forms match inside a word (`인수` in `인수했다`) unless OWN_WORDS; English ones
    at a word start."""
    if not HANGUL.search(form):
        return rf"\b{re.escape(form)}"
    return ALONE.format(re.escape(form)) if form in OWN_WORDS else re.escape(form)


# one pattern per group, built once
PATTERNS = [re.compile("|".join(_form_pattern(f) for f in sorted(g, key=len)[::-1])) for g in GROUPS]


FORMS = frozenset(form for group in GROUPS for form in group)


def is_term(word: str) -> bool:
    """Is the word itself one of the lexicon's (`큐비트`, not `공모가` holding `공모`)?"""
    return word.lower() in FORMS


@functools.lru_cache(maxsize=256)
def _groups_used(question: str) -> tuple[int, ...]:
    """The lexicon groups the question uses; the longest match wins (`정식 출시` is general
    availability, not a mere `출시`)."""
    lowered = question.lower()
    found = [(n, m.span()) for n, pattern in enumerate(PATTERNS) for m in pattern.finditer(lowered)]
    inner = {n for n, (a, b) in found if any(m != n and c <= a and b <= d and d - c > b - a for m, (c, d) in found)}
    return tuple(sorted({n for n, _ in found} - inner))


@functools.lru_cache(maxsize=256)
def lexicon_forms(question: str) -> tuple[str, ...]:
    """Every form, in both languages, of the lexicon groups the question uses."""
    return tuple(dict.fromkeys(form for n in _groups_used(question) for form in GROUPS[n]))


# events a date is asked of that a sentence must state to date them: the closing of a deal is
# not its announcement, an approval not the filing (making and launching are written in too
# many ways to ask for the word: `began making 3-nanometer chips` dates `양산`)
EVENTS = {"completed", "approval", "blocked", "retired", "hired", "abandoned", "delayed", "halted"}


def asks_completion(question: str) -> re.Pattern[str] | None:
    """The pattern of the completion group when the question asks when something closed (`did
    the deal close`: a word the group leaves out, as sentences use it for stock prices)."""
    asked = COMPLETED in _groups_used(question) or CLOSE_VERB.search(question)
    return PATTERNS[COMPLETED] if asked else None


COMPLETED = next(n for n, group in enumerate(GROUPS) if group[0] == "completed")
CLOSE_VERB = re.compile(r"\b(?:close|closes)\b(?! (?:at|to|up|down|higher|lower))", re.I)


def group_patterns(question: str) -> list[re.Pattern[str]]:
    """One pattern per lexicon group the question uses (its words in either language)."""
    return [PATTERNS[n] for n in _groups_used(question)]


def asked_events(question: str) -> list[re.Pattern[str]]:
    """One pattern per event group (EVENTS) the question uses."""
    return [PATTERNS[n] for n in _groups_used(question) if GROUPS[n][0] in EVENTS]


def other_language_forms(question: str) -> list[str]:
    """The other language's forms of the lexicon groups the question uses."""
    korean = bool(HANGUL.search(question))
    return [form for form in lexicon_forms(question) if bool(HANGUL.search(form)) != korean]


def other_language_words(question: str) -> str:
    """The words of the other language for the lexicon groups the question uses."""
    return " ".join(other_language_forms(question))
