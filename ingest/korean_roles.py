"""Who does what in a Korean sentence: the particle after each mention.

Korean marks roles with particles rather than word order (은/는/이/가 subject, 을/를
object, 와/과 partner, 에 target, 에서 venue). A particle may sit past a parenthetical
alias, closing quotes or a few plain nouns heading the phrase; a comma or `·` after a name
joins it to a list whose last member carries the particle for all.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ingest.extraction import AGENT_TYPES, Mention

SUBJECT_PARTICLES = {"은", "는", "이", "가", "도"}
OBJECT_PARTICLES = {"을", "를"}
PARTNER_PARTICLES = {"와", "과", "와의", "과의"}
LIST_GLUE = ("와", "과", "·", ",", "및")
CLOSERS = {")", "'", "’", '"', "”", "」", "』", ">"}
OPENERS = {"'", "‘", '"', "“", "「", "『"}


@dataclass(frozen=True)
class Role:
    mention: Mention
    span: Span
    particle: str  # '' when none follows
    base: bool = False  # `H100을 기반으로`: an adverbial, not the object of the verb that follows


BASE_WORDS = {"기반", "바탕", "토대"}


def lemmas(doc: Doc) -> set[str]:
    """The sentence's lemmas, read once per Doc (every pass over a Doc builds its Tokens anew),
    so a rule can see at once that its cue words are absent."""
    found = doc.user_data.get("trendkg_lemmas")
    if found is None:
        found = doc.user_data["trendkg_lemmas"] = {t.lemma_ for t in doc}
    return found


def roles_of(doc: Doc, mentions: list[tuple[Span, Mention]]) -> list[Role]:
    """One role per mention; a parenthetical right after a name (`삼성 가우스(Samsung Gauss)를`,
    `리벨리온(대표 박성현)은`) glosses it, and names inside get no role of their own."""
    roles: list[Role] = []
    for span, mention in mentions:
        if roles and _inside_parenthetical_after(doc, roles[-1].span, span):
            continue
        mark = particle(doc, span)
        base = (mark in OBJECT_PARTICLES and _before_base(doc, span)) or _names_a_base(doc, span)
        roles.append(Role(mention, span, mark, base))
    return roles


def _inside_parenthetical_after(doc: Doc, name: Span, span: Span) -> bool:
    """`삼성 가우스(Samsung Gauss)`, `리벨리온(대표 박성현)은`: a name inside brackets that open right
    after another name glosses it (the particle after the brackets belongs to the first)."""
    if name.end >= len(doc) or doc[name.end].text != "(" or span.start <= name.end:
        return False
    close = next((t.i for t in doc[name.end : name.end + 8] if t.text == ")"), None)
    return close is not None and span.end <= close


def past_gloss(doc: Doc, i: int) -> int:
    """The position after a parenthetical gloss that opens at i (`모자이크ML(MosaicML)을`), else i."""
    if i < len(doc) and doc[i].text == "(":
        return next((t.i + 1 for t in doc[i : i + 8] if t.text == ")"), i)
    return i


def _names_a_base(doc: Doc, span: Span) -> bool:
    """`아톰 기반 NPU 인프라를`: a name right before `기반` modifies what follows; the phrase's
    particle is not the name's."""
    i = past_gloss(doc, span.end)
    return i < len(doc) and doc[i].lemma_ in BASE_WORDS


def _before_base(doc: Doc, span: Span) -> bool:
    following = [t for t in doc[span.end : span.end + 12] if t.lemma_ in BASE_WORDS or t.text in OBJECT_PARTICLES]
    return (
        len(following) >= 2
        and following[0].text in OBJECT_PARTICLES
        and following[1].lemma_ in BASE_WORDS
        and (following[1].i == following[0].i + 1)
    )


AMOUNTS = {"QUANTITY", "MONEY", "PERCENT", "MULTIPLE", "DATE"}


def _plain_noun(doc: Doc, i: int, tags: tuple[str, ...] = ("NNG", "SL", "SN", "NNB", "NR")) -> bool:
    """A word that may head a name's phrase: a common noun, or an amount (`HBM3E 141GB를`), also
    counted (`등 세 가지 모델을`: a determiner before a counter)."""
    if i >= len(doc) or doc[i].ent_type_ not in AMOUNTS | {""}:
        return False
    counted = doc[i].tag_ == "MM" and i + 1 < len(doc) and doc[i + 1].tag_.startswith("NNB")
    return counted or doc[i].tag_.split("+")[0] in tags


def particle(doc: Doc, span: Span) -> str:
    """The particle that marks a mention's role, looking past a parenthetical alias
    (`모자이크ML(MosaicML)을`), closing quotes (`'애저 마이아 100'과`), up to four plain
    nouns or amounts heading the phrase (`CDNA 3 아키텍처를`, `HBM3E 141GB를`), a `같은 N`
    the name exemplifies (`라마 같은 공개 모델도`) and a version of the name (`솔라의 새 버전을`)."""
    i = past_gloss(doc, span.end)
    while i < len(doc) and doc[i].text in CLOSERS:
        i += 1
    for _ in range(4):
        if _plain_noun(doc, i):
            i += 1
    if i + 1 < len(doc) and doc[i].lemma_ == "같" and "ETM" in doc[i + 1].tag_:  # `SQL 서버 같은 작업을`
        i += 2
        for _ in range(3):
            if _plain_noun(doc, i):
                i += 1
    if i < len(doc) and doc[i].text == "의":  # `애저의 AI 모델 카탈로그에서`: the place is the owner's
        j = i + 1
        while j <= i + 4 and _plain_noun(doc, j, ("NNG", "SL", "SN")):
            j += 1
        if j > i + 1 and j < len(doc) and doc[j].text in ("에서", "에서도", "위에서"):
            return doc[j].text
        version = _version_phrase_end(doc, i + 1)
        if version is not None:  # `솔라의 새 버전을 공개`: a version of the name is the name
            return doc[version].text
    if i < len(doc) and doc[i].tag_.split("+")[0].startswith("J"):
        return doc[i].text
    if i < len(doc) and doc[i].text in (",", "·", ":", "및"):  # a list: `델, HPE 및 레노버가`; a label `- HBM3:`
        return doc[i].text
    return ""


VERSION_WORDS = {"버전", "베타", "정식판", "최신판", "개선판", "업데이트"}


def _version_phrase_end(doc: Doc, i: int) -> int | None:
    """The particle closing `새 버전`, `상용 버전`, `베타 버전` (at most three words from i), else None."""
    j, seen = i, False
    while j < min(len(doc), i + 3) and (_plain_noun(doc, j, ("NNG", "MM")) or doc[j].lemma_ in VERSION_WORDS):
        seen = seen or doc[j].lemma_ in VERSION_WORDS
        j += 1
    return j if seen and j < len(doc) and doc[j].tag_.split("+")[0].startswith("J") else None


def compound_end(doc: Doc, tok: Token, words: set[str]) -> int | None:
    """The last token of one of `words` starting at tok, which Kiwi may split before a suffix
    (`투자+자`, `개발+사`), else None."""
    if tok.lemma_ in words or tok.text in words:
        return tok.i
    if not tok.tag_.startswith("NNG") or not any(w.startswith(tok.lemma_) for w in words):
        return None
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    joined = nxt is not None and nxt.tag_.startswith("XSN") and tok.lemma_ + nxt.text in words
    return tok.i + 1 if joined else None


def label_of(doc: Doc, roles: list[Role]) -> Role | None:
    """`- HBM3: SK하이닉스가 양산, H100에 탑재`: a bullet item opened by a name and a colon
    is about that name, which stands in for a dropped subject or object."""
    if not roles or roles[0].particle != ":":
        return None
    lead = doc[: roles[0].span.start]
    return roles[0] if all(t.text in ("-", "•", "*", "·") or t.is_space for t in lead) else None


def topic_of(doc: Doc, mentions: list[tuple[Span, Mention]]) -> Mention | None:
    """The sentence's first agent marked as topic/subject, carried to the next sentence."""
    for span, mention in mentions:
        if mention.type in AGENT_TYPES and particle(doc, span) in SUBJECT_PARTICLES:
            return mention
    return None


def coordinated_with(roles: list[Role], mention: Mention) -> list[Mention]:
    """Mentions joined to one by 와/과, `·` or commas before it (`A100과 H100을 도입`), or
    carrying the same particle before a comma (`2021년 첫 엑사원을, 2023년 엑사원 2.0을 선보였다`)."""
    out: list[Mention] = []
    index = next((i for i, r in enumerate(roles) if r.mention is mention), None)
    while index is not None and index > 0:
        previous = roles[index - 1]
        owner = previous.particle == "의" and previous.span.end + 1 == roles[index].span.start
        if owner or _modifier(previous, roles[index]):  # `Arm 기반 CPU '코발트 100'`, `독일의 도이치텔레콤`
            roles = roles[: index - 1] + roles[index:]
            index -= 1
            continue
        if previous.particle not in LIST_GLUE and not _gapped(previous, roles[index]):
            break
        if _verb_between(previous, roles[index]):
            break  # `하이브는 카카오와 경쟁하면서 SM을 인수`: 와 belongs to the earlier verb
        index -= 1
        out.append(previous.mention)
    return out


def _verb_between(first: Role, second: Role) -> bool:
    """The first one's own clause ends before the second (`카카오와 경쟁하면서 SM을`: the verb
    right after it takes a connective ending), not a clause describing the second (`이를 CPU와
    묶은 GB200`, `슬라이드를 분석해 … 돕는 ‘스코프’`: another argument comes first)."""
    doc = first.span.doc
    for i in range(first.span.end + 1, second.span.start):
        tags = doc[i].tag_.split("+")
        if "EC" in tags:
            return True
        if any(tag.startswith(("JK", "JX", "ETM")) for tag in tags):
            return False
    return False


def _modifier(first: Role, second: Role) -> bool:
    """A name with no particle inside the next name's phrase, only plain words between."""
    doc = first.span.doc
    between = range(first.span.end, second.span.start)
    return not first.particle and all(_plain_noun(doc, i) or doc[i].text in CLOSERS | OPENERS for i in between)


def _gapped(first: Role, second: Role) -> bool:
    if not first.particle or first.particle != second.particle or first.particle not in OBJECT_PARTICLES:
        return False
    doc = first.span.doc
    mark = next((t.i for t in doc[first.span.end : second.span.start] if t.text == first.particle), None)
    if mark is None:
        return False
    after = mark + 1
    while after < min(mark + 6, len(doc)) and (doc[after].tag_ in AMOUNT_TAGS or doc[after].text == "에"):
        after += 1  # `A를 32억 달러에, B를 67억 달러에 인수했다`: each with its price
    return after < len(doc) and doc[after].text == ","


AMOUNT_TAGS = {"SN", "NR", "NNB", "SW"}


HEDGES = {
    "추진": "planned",
    "계획": "planned",
    "예정": "planned",
    "검토": "hedged",
    "논의": "hedged",
    "협상": "hedged",
    "타진": "hedged",
    "예상": "hedged",
}


def status_after(doc: Doc, predicate: Token) -> str:
    """`협력을 추진한다` (planned), `인수를 검토` (hedged), `도입하기로 했다` (planned): words
    right after the predicate say whether it happened."""
    status = "asserted"
    for later in doc[predicate.i + 1 : predicate.i + 6]:
        status = HEDGES.get(later.lemma_, status)
        if later.text == "기" and later.i + 1 < len(doc) and doc[later.i + 1].text == "로":
            status = "planned"
    return status


def refused_after(doc: Doc, predicate: Token) -> bool:
    """`투자하지 않았다`, `참여하지 못했다`: the predicate is negated."""
    return any(t.lemma_ in ("않", "못") for t in doc[predicate.i + 1 : predicate.i + 5])


def ends_clause(t: Token) -> bool:
    """An adnominal ending, or a connective one that is not quoting (`다고`) and not joined to
    an auxiliary verb (`내+놨다`, `개발하고 있다`): a name before it belongs to that clause."""
    tags = t.tag_.split("+")
    auxiliary = t.i + 1 < len(t.doc) and t.doc[t.i + 1].tag_.startswith("VX")
    return "ETM" in tags or ("EC" in tags and not t.text.endswith(("다고", "라고")) and not auxiliary)
