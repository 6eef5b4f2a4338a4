"""Bilingual cues: which relation a question asks about, what kind of answer it wants,
and which side of the relation its entity sits on.

Patterns, not question strings: a cue is a word family (`인수|사들`, `acquir|bought`),
the answer kind comes from the question word (`언제`/`when` -> a date, `몇`/`how many`
-> a figure, `누구`/`who` -> a person or organisation).
"""

from __future__ import annotations

import re

# intent -> (ontology predicate, Korean cue, English cue); first match wins
RELATIONS: list[tuple[str, str, str, str]] = [
    ("partners", "partnersWith", r"(협력|파트너|제휴|손잡|협업|맞손|연합|동맹|함께\s*(일|개발|하는))",
     r"\b(partner|collaborat|team(ed)? up|alliance|ally|work(s|ed|ing)? (together )?with)"),
    ("competitors", "competesWith", r"(경쟁|라이벌)", r"\b(compet|rival)"),
    ("acquired", "acquired", r"(인수|사들[이였인]|합병|사는\s*데|사기로)",
     r"\b(acquir|acquisition|bought|buy|purchas|takeover)"),
    ("invests", "investsIn", r"(투자|시리즈\s*[a-h]\b|라운드|펀딩)",
     r"\b(invest|back(ed|s)?\b|fund(ed|s)?\b|funding round|rounds?\b|series [a-h]\b|led (\S+ ){0,3}rais(e|ing)\b)"),
    ("supplies", "supplies", r"(공급|납품|라이선스|판매|파는)", r"\b(suppl|provid|licens|sells?\b|sold\b)"),
    ("runs_on", "offeredOn", r"(에서\s*(쓸|사용|이용|제공)|올라|제공되)",
     r"\b(available on|offered on|runs? on|on which cloud|which cloud)"),
    ("built_on", "builtOn", r"(기반|바탕)", r"\b(built on|based on)"),
    ("develops", "develops", r"(개발|만들|만든|설계)", r"\b(develop|design|build|built|make|made)"),
    ("uses", "uses", r"(사용|쓰는|쓴|활용|채택|탑재|도입|들어간)", r"\b(use|uses|used|using|adopt|deploy)"),
    ("announced", "announced", r"(발표|공개|출시|선보)", r"\b(announc|unveil|launch|introduc|releas)"),
]  # fmt: skip

KIND_CUES: list[tuple[str, str, str]] = [
    (  # who makes a chip: a foundry or maker, not a person or a place (`어디서 생산해`)
        "maker",
        r"((어디|누가|어느\s*(회사|곳|업체))\S*\s*(\S+\s*)?(생산|제조|위탁|양산|찍어)|(생산|제조)하는\s*(곳|회사|업체|파운드리)|"
        r"(어느|어떤)\s*(파운드리|팹)|파운드리\S{0,2}\s*(어디|누구))",
        r"\b(who (manufactures|fabricates|fabs|produces)|where (is|are) \S+( \S+){0,4} (made|manufactured|produced)|"
        r"(which|what) (foundry|fab|manufacturer))\b",
    ),
    (
        "source",
        r"(출처|누가\s*(한|말|전망|예측|추정|밝힌|밝혔)|(말|예측|전망|추정|보도)한\s*(사람|곳|매체|기관)|매체|보도한|인용|"
        r"[라다]고\s*(한|했던|말한|본|전한|밝힌|보도한)\s*(사람|곳|데|매체|기관)|"  # `40%쯤 될 거라고 한 사람`
        r"(누구|어디)의?\s*(분석|보고서|자료|조사|추정)|애널리스트|분석가)",
        r"\b(who (said|says|told|forecast|predict|estimat|project|claim|report|warn|measur|benchmark|calculat|tested)|"
        r"which (\w+ )?(outlet|newspaper|paper|research firm|analyst|source|publication|agency)|"
        r"which (\w+ )?firms? (said|says|estimat|forecast|predict|report|project|calculat|claim|put|pegged)|"
        r"according to whom|source (?:of|for|behind)|who is quoted|"
        r"(?:first |who )?(?:broke|reported) the (?:story|news)|scoop|"
        r"whose (analysis|report|research|estimate|data|survey|forecast|figures?|numbers?))",
    ),
    ("articles", r"(기사|뉴스)", r"\b(articles?|news|stories|coverage)\b"),
    (
        "date",
        r"(언제|날짜|며칠|몇\s*년|몇\s*월|공개일|출시일|발표일|시점|일자|\S(ㄴ|은|는|린|된|진|한)\s*날(은|이|짜)?\s*[?？]?\s*$)",
        r"\b(when|what date|which year|what year|which month)\b|(?<!\bto )\bdates?\b",
    ),
    (
        "figure",
        r"(몇|얼마|규모|가격|금액|비중|점유율|퍼센트|개수|용량|대역폭|속도|성능|매출|[가-힣](액|율|률|량)(은|는|이|가)?\s*[?？]?\s*$|수는|수\s*$|"
        r"빠르|빨라|빠름|느리|배\b|비용|전력|가치|이익|손실|적자|두께|무게|(학습|개발|훈련|운영|건설)비|컨텍스트|문맥\s*길이|"
        r"(넣은|들인|쓴|받은)\s*돈)",
        r"\b(how (many|much|big|fast|large|long)|price|cost|score|number of|sizes?|length|bandwidth|capacity|speed|"
        r"share|percent(?:ages?)?|revenue|valuation|value|profits?|income|earnings|sales|margins?|loss(?:es)?|amount|power|"
        r"thick(?:ness)?|weigh(?:s|t)?|"
        r"parameters?|tokens?|transistors?|cores?|faster|performance|"
        r"compute|memory|figure|count|score|process node|node|valued|worth|pay|paid|spend|spent|context window|"
        r"context length|market cap(?:italization|italisation)?|fees?|impairment|write-?down)\b",
    ),
    ("person", r"(누구|누가|사람|창업자|창업주|대표|CEO|최고경영자)", r"\b(who|whom|(co-?)?founders?|founded|ceos?)\b"),
    ("place", r"(어디|어느\s*(곳|도시|나라|지역))", r"\b(where)\b"),
]  # fmt: skip

# the kind of entity a question asks for, from the noun it uses (`어떤 칩`, `which cloud`)
TYPE_CUES: list[tuple[str, str]] = [
    ("Chip", r"(칩|반도체|chip|gpu|npu|cpu|accelerator|가속기|processor|프로세서|superchip)"),
    ("Platform", r"(클라우드|cloud|플랫폼|platform|아키텍처|architecture|코어|core)"),
    ("Product", r"(모델|model|제품|product|서비스|service|브랜드|brand|슈퍼컴퓨터|supercomputer|클러스터|cluster)"),
    (
        "Company",
        r"(회사|기업|업체|company|companies|firm|startup|스타트업|투자사|investor|foundry|파운드리|agency|기관|"
        r"maker|vendor|supplier|provider|고객사|고객|customer|client|협력사|경쟁사|competitor|rival|acquirer|인수자)",
    ),
]
CLAIMS = (r"(전망|예측|예상|주장|평가)", r"\b(forecasts?|predictions?|claims?|projections?|outlook|expect)")
# a sentence saying who makes something (`made by`, `manufactures`, `생산되며`)
MAKES = re.compile(r"(made by|manufactur|fabricat|\bfabs?\b|produced by|foundry|생산|제조|위탁|파운드리)", re.I)
COMPARE = (  # `more than 80%` qualifies a figure, it compares nothing
    r"(비교|대비|보다|\bvs\b|랑.*(비교|차이))",
    r"(\bvs\.?\b|versus|compar|(?<!more )(?<!less )(?<!fewer )\bthan\b(?!\s*[$€£]?\d)|difference)",
)
KO_OBJECT_PARTICLE = re.compile(r"^(을|를|에|에게|에서|한테)(?![가-힣])")
# `X (2023년 6월 13억 달러) 투자 라운드에 누가 참여했나`: those who joined X's round invest in X
JOINED_ITS_ROUND = re.compile(r"^(?:의)?[^?？.]*?(?:라운드|투자|펀딩)(?:에|에서)\s*(?:\S+\s+)?(?:참여|참가|들어)")


# `which PC makers shipped …`: an agent noun the question asks for by class, not the relation it asks about
ASKED_CLASS = re.compile(r"\b(?:which|what)\s+(?:[\w+-]+\s+){0,2}$")
AGENT_NOUN = re.compile(r"[a-z]*(?:ers?|ors?)\b")


def relation_of(text: str, lang: str) -> tuple[str, str, int] | None:
    """(intent, predicate, where the cue starts) of the first relation cue in the question."""
    lowered = text.lower()
    for intent, predicate, ko, en in RELATIONS:
        for cue in [ko, en] if lang == "ko" else [en]:
            found = next((m for m in re.finditer(cue, lowered) if not _names_the_class(lowered, m.start())), None)
            if found:
                return intent, predicate, found.start()
    return None


def _names_the_class(lowered: str, at: int) -> bool:
    """Is the cue an agent noun naming the class asked for (`which PC makers`) while a verb
    of its own follows (`… shipped …`)? `Who is the maker of X` keeps the cue."""
    noun = AGENT_NOUN.match(lowered, at)
    return bool(noun and ASKED_CLASS.search(lowered[:at]) and len(lowered[noun.end() :].split()) >= 2)


def relation_cue(predicate: str) -> re.Pattern[str]:
    """Both languages' cue of a relation, to find sentences stating it (`인수` or `acquir`)."""
    ko, en = next((ko, en) for _, p, ko, en in RELATIONS if p == predicate)
    return re.compile(f"{ko}|{en}", re.I)


KEY_TERM = re.compile(r"\b(?:[A-Za-z]+-?\d[\w.]*|\d+(?:\.\d+)?[A-Za-z]\w*|[A-Z]{3,}[a-z]*)\b")
GENERIC_ACRONYMS = {"gpu", "cpu", "npu", "tpu", "hbm", "llm", "ceo", "cfo", "api", "ai", "sram", "dram", "fpga", "asic"}
EXACT_DAY = re.compile(r"(날짜|며칠|몇\s*일|what date|which day|exact date)", re.I)


def key_terms(text: str, names: list[str]) -> list[str]:
    """Model names, versions and acronyms the question states outside its linked entities
    (`MTIA`, `10.7B`): the sentence answering it states them too."""
    inside = " ".join(names).lower()
    return [t for t in KEY_TERM.findall(text) if t.lower() not in inside and t.lower() not in GENERIC_ACRONYMS]


# `…한 곳 어디야` asks where it happened unless it names an outlet (`보도한 곳`, `매체`)
SAID_WHERE = re.compile(r"어디")
OUTLET_WORDS = re.compile(r"(매체|보도|전한|전했|출처|언론|기관|outlet|publication|newspaper)", re.I)
# a Korean question ending on the class it asks for (`…전력 사는 회사는?`) wants an entity
ENDS_ON_CLASS = re.compile(
    r"(회사|기업|업체|칩|모델|제품|서비스|플랫폼|클라우드|투자사|파운드리)(은|는|이|가|들)?\s*[?？]?\s*$"
)


# `how many GPUs … when it came online` counts, whatever time it names
COUNTS_FIRST = (  # `What per-share price did Oracle put on Cerner when it announced the deal?`: a figure
    r"(얼마|몇\s*(개|대|명|배|곳|토큰|장|퍼센트))",
    r"\bhow (many|much)\b|^(?:what|which)(?:\s+[\w-]+){0,2}?\s+(?:price|value|valuation|amount|revenue|sales|cost|"
    r"profit|loss)\b",
)
# `투자한 곳 어디야`: in a question about what organisations do, `어디` asks which one
ORG_ACTS = re.compile(
    r"(투자|인수|공급|납품|협력|제휴|파트너|개발|만든|만들|리드|주도|참여|계약|고객|주주|스타트업|회사|기업|업체|곳들|vc|펀드|"
    r"은행)"
)
WHICH_CLASS = re.compile(
    r"\b(which|what)\s+(\w+\s+)?(compan(y|ies)|firms?|startups?|chips?|models?|platforms?|clouds?|services?|"
    r"products?|foundr(y|ies)|investors?|partners?|customers?|suppliers?|supercomputers?|clusters?|systems?|"
    r"accelerators?|gpus?|cpus?|processors?|vendors?|\w*makers?|labs?|brands?|banks?|funds?)\b"
)
SAID_WHERE_VERB = re.compile(r"(말|발언|밝|언급|연설)\S*\s*(곳|데)")
# relations organisations take part in: `who led X's Series D` asks for an investor, not a person
ORG_PREDICATES = {"investsIn", "acquired", "supplies", "partnersWith", "competesWith", "offeredOn"}
# a `who` question about what someone said or judged: a person, unless only a firm said it
SPOKE = re.compile(
    r"\b(?:said|says|say|called|calls|argued|argues|claimed|claims|told|warned|described|predicted|quipped)\b|"
    r"말했|말한|밝힌|밝혔|주장|지적|꼬집|비판|평가|예측|전망한|부른|불렀|빗대",
    re.I,
)
PERSON_NOUNS = re.compile(
    r"(사람|인물|창업자|대표|최고경영자|임원|경영진|\bceo\b|founder|person|executive|\bexecs?\b|engineer|researcher|"
    r"scientist|analyst|official|spokes(?:person|man|woman)|\bboss\b)",
    re.I,
)


def organisation_asked(kind: str, predicate: str | None, text: str) -> bool:
    """A `who` question about an organisations' relation, naming no person noun."""
    return kind == "person" and predicate in ORG_PREDICATES and not PERSON_NOUNS.search(text)


def answer_kind(text: str, lang: str) -> str:
    """articles | maker | source | date | figure | person | place | claims | entity."""
    lowered = text.lower()
    kind = _cued_kind(lowered, lang)
    if kind == "date" and re.search(COUNTS_FIRST[0] if lang == "ko" else COUNTS_FIRST[1], lowered):
        return "figure"
    if kind == "place" and lang == "ko" and ORG_ACTS.search(lowered) and not SAID_WHERE_VERB.search(lowered):
        return "entity"
    if kind == "figure" and lang == "en" and WHICH_CLASS.search(lowered) and not re.search(COUNTS_FIRST[1], lowered):
        return "entity"  # `a nuclear power deal with which company?` asks for the company
    return kind



# `어디` asking where a forecast or report comes from: its source, not a place
WHERE_FROM = re.compile(
    r"어디\s*(서|에서)\s*나온|어디\s*보도|(전망|예측|얘기|주장|수치|통계|발언|추산|추정)\S{0,2},?\s*어디|"
    r"(전망|예측|주장|추산|추정|밝힌|발표한)\S{0,2}\s*곳\S?\s*어디"  # `주장한 곳 어디야`: who said it
)


# a question opening with another question word, its `when` a clause's (no date word of its own)
WHO_WHEN = re.compile(r"^\s*(?:who|whom|whose|where)\b(?!.*\b(?:what date|which year|what year|dates?)\b)")


def _cued_kind(lowered: str, lang: str) -> str:
    if lang == "ko" and WHERE_FROM.search(lowered):
        return "source"
    for kind, ko, en in KIND_CUES:
        if kind == "date" and lang == "en" and WHO_WHEN.search(lowered):
            continue  # `Who was its CEO when Apple agreed to buy it?`: the `when` sets the time, not the answer
        if re.search(ko if lang == "ko" else en, lowered, re.I):
            if kind == "source" and SAID_WHERE.search(lowered) and not OUTLET_WORDS.search(lowered):
                return "place"
            if kind in ("figure", "place") and lang == "ko" and ENDS_ON_CLASS.search(lowered):
                return "entity"
            return kind
    if re.search(CLAIMS[0] if lang == "ko" else CLAIMS[1], lowered):
        return "claims"
    return "entity"


WH_NOUN = re.compile(r"\b(?:which|what)\s+((?:\w+\s+){0,2}\w+)|(?:어떤|어느|무슨)\s*(\S+)")


def wanted_type(text: str) -> str | None:
    """The class the question asks for: the noun after `which`/`어떤` (`Which foundry makes
    the ATOM chip?` -> Company), else the noun a Korean question ends on (`…투자한 회사는?`),
    else the first class noun."""
    lowered = text.lower()
    for found in WH_NOUN.finditer(lowered):
        kinds = [_class_of(word) for word in (found.group(1) or found.group(2)).split()]
        first = next((i for i, kind in enumerate(kinds) if kind), None)  # `which AMD accelerator`
        if first is not None:
            last = first
            while last + 1 < len(kinds) and kinds[last + 1]:
                last += 1  # `which cloud provider`: the compound's head
            return kinds[last]
    hits = [(m.start(), entity_type) for entity_type, cue in TYPE_CUES for m in re.finditer(cue, lowered)]
    if not hits:
        return None
    return max(hits)[1] if re.search(r"[가-힣]", lowered) else min(hits)[1]


def _class_of(word: str) -> str | None:
    """The class a word names, by its longest cue (`chipmaker` is a maker before it is a chip)."""
    hits = [(len(m.group()), kind) for kind, cue in TYPE_CUES for m in [re.search(cue, word)] if m]
    return max(hits)[1] if hits else None


def is_class_noun(text: str) -> bool:
    """A word that names a class of entity (`chip`, `모델`), not an entity: never a question's entity."""
    lowered = text.lower().strip()
    return any(re.fullmatch(cue + r"s?", lowered) for _, cue in TYPE_CUES)


def is_comparison(text: str, lang: str) -> bool:
    return bool(re.search(COMPARE[0] if lang == "ko" else COMPARE[1], text.lower()))


def entity_is_object(text: str, start: int, end: int, lang: str, cue_at: int) -> bool:
    """Does the question ask for the subject of a relation whose object is this mention?
    Korean: the particle after it (`X를 인수한`, `X에 투자한`, `X에서 쓸 수 있는`);
    English: the relation word comes before it (`who acquired X`, `what runs on X`),
    not `what did X acquire`."""
    if lang == "ko":
        return bool(KO_OBJECT_PARTICLE.match(text[end:]) or JOINED_ITS_ROUND.match(text[end:]))
    return 0 <= cue_at < start and not re.search(r"\b(does|did|do|has|have)\s*$", text[:start].lower())
