"""`trendkg_ko_names`: Korean names the catalog does not know, as a spaCy component.

Kiwi proper nouns that Kiwi did not know (OOV) or that context marks as names, Latin-script
runs, short quoted names and parenthetical aliases `LONG(ACR)`; typed from name suffixes
(전자, 랩스, 연구소 …) and cues (`X 칩`, `스타트업 X`, `X 대표`). Spans carry their type as
label and, in `kb_id_`, the Latin name a new IRI is minted from (`리벨리온(Rebellions)`).
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from ingest.korean_name_cues import (
    CHIP_CUES,
    COMPANY_CUES,
    COMPANY_SUFFIX,
    COMPANY_WORD,
    COUNTRIES,
    ORG_SUFFIX,
    PLATFORM_CUES,
    PRODUCT_CUES,
    QUOTE_CLOSERS,
    apposition_type,
    cued_names,
    ends_in_cue,
    glued,
    in_quotes,
    korean_full_name,
    predicate_type,
    series_end,
    unknown,
    word_edges,
)
from ingest.korean_name_forms import (
    after_title,
    extended_catalog_names,
    glued_latin_names,
    org_slot,
    persons_after_titles,
    persons_before_titles,
    versioned_names,
)
from ingest.korean_name_lists import listed_names, org_list_members
from ingest.korean_quoted_glosses import quoted_glosses
from ingest.korean_transliterated import transliterated_names
from ingest.mentions import romanize
from ingest.name_types import CUED_TYPES
from ingest.names_common import (
    EVENTS,
    GENERIC_NAMES,
    KO_SOURCE_NOUNS,
    first_tag,
    link_parentheticals,
    person_cue,
    set_names,
)
from ingest.scripts import HANGUL


def _named_after_title(doc: Doc, i: int) -> bool:
    """`퀄트릭스 최고경영자 지그 세라피니`: a name after the title is the person, so the
    word before it is the organisation."""
    after = after_title(doc, i)
    name = doc[after] if after < len(doc) else None
    return name is not None and first_tag(name.tag_) == "NNP" and bool(re.fullmatch(r"[가-힣 ]+", name.text))


def _next_word(doc: Doc, end: int) -> str:
    """The word after a name, past its gloss and closing quote (`‘BP1’ 칩`, `‘X(Y)’ 칩`)."""
    j = _gloss_end(doc, end) + 1 if end < len(doc) and doc[end].text == "(" else end
    while j < len(doc) and doc[j].text in QUOTE_CLOSERS:
        j += 1
    return doc[j].text if j < len(doc) else ""


def _type_from_context(doc: Doc, start: int, end: int, text: str, default: str) -> str:
    nxt = _next_word(doc, end)
    if COMPANY_SUFFIX.search(text):
        return "Company"  # before the title cue: `젠킨스 랩스 대표` is the company's head
    if person_cue(doc, end):
        if _named_after_title(doc, end) or (start > 0 and korean_full_name(doc[start - 1])):
            return "Company"  # `X 대표 데이비드 마틴`, `이세영 X 대표`: X is the organisation
        return "Person"
    if ORG_SUFFIX.search(text):
        return "ResearchOrg"
    cued = apposition_type(doc, start, end)  # `스타트업 X`, `추론 칩 X`, `제품인 X`
    if cued is not None:
        return cued
    if nxt in CHIP_CUES:
        return "Chip"
    if nxt in PLATFORM_CUES:
        return "Platform"
    if nxt in PRODUCT_CUES:
        return "Product"
    if nxt == "같" or (nxt in COMPANY_CUES):
        return "Company"
    return predicate_type(doc, start, end) or default


def _name_evidence(doc: Doc, i: int) -> bool:
    """A Kiwi proper noun is a name if Kiwi did not know it, or the context says so."""
    tok = doc[i]
    if unknown(tok):
        return True
    nxt = doc[i + 1].text if i + 1 < len(doc) else ""
    prev = doc[i - 1].text if i > 0 else ""
    text = doc[slice(*word_edges(doc, i, i + 1))].text  # `한빛/NNP 반도체`: the whole word
    return bool(
        person_cue(doc, i + 1)
        or prev in COMPANY_CUES
        or (COMPANY_SUFFIX.search(text) and not COMPANY_WORD.fullmatch(text))
        or bool(COMPANY_WORD.fullmatch(nxt))
        or (nxt == "AI" and glued(doc, i + 1))  # `크레스트AI`
        or ORG_SUFFIX.search(text)
        or org_slot(doc, i)
        or (nxt == "같" and i + 2 < len(doc) and doc[i + 2].text == "은")
        or _latin_gloss(doc, i + 1)
        or bool(GROUP_LED.fullmatch(text))
    )


# `GS리테일`, `KB금융`, `CJ제일제당`: a group's Latin initials glued to a Hangul word name one of its firms
GROUP_LED = re.compile(r"(?!(?:AI|IT|TV|PC|EU|US|UN|ICT|IPO|CEO|GPU|CPU|SW|HW)[가-힣])[A-Z]{2,3}[가-힣]{2,}")


def _firm_word(text: str) -> bool:
    """`케이비인베스트먼트`: an unknown word ending in a firm's suffix is a firm (not the suffix alone)."""
    return len(text) > 4 and bool(COMPANY_SUFFIX.search(text)) and not COMPANY_WORD.fullmatch(text)


def _gloss_end(doc: Doc, i: int) -> int:
    """The closing parenthesis of a gloss opening at i (`알테라(Altera)를 인수`: the slot is after it)."""
    return next((t.i for t in doc[i : i + 8] if t.text == ")"), i)


def _latin_gloss(doc: Doc, i: int) -> bool:
    """`알테라(Altera)`: a word Kiwi knows, glossed right after by a capitalised Latin name."""
    return (
        i + 2 < len(doc)
        and doc[i].text == "("
        and not doc[i - 1].whitespace_
        and first_tag(doc[i + 1].tag_) == "SL"
        and bool(re.match(r"[A-Z][a-z]", doc[i + 1].text))
    )


FUNDING_LEMMAS = {"주도", "참여", "투자", "출자", "리드", "이끌"}


RE_ACRONYM = re.compile(r"[A-Z]{2,5}s?")


def _spells_glossed_name(doc: Doc, start: int, end: int, text: str, taken: set[int], found: list[Span]) -> bool:
    """`하이브(HYBE)`: an acronym in brackets glued to the word before spells that word's name when
    the word is a name already (in `taken` or `found`) or a proper noun starting with the acronym's
    sound (not `유럽연합(EU)`), no longer than the acronym (`소니세미컨덕터솔루션즈(SSS)` abbreviates)."""
    glossed = start > 1 and end < len(doc) and doc[start - 1].text == "(" and doc[end].text == ")"
    if not (glossed and RE_ACRONYM.fullmatch(text)) or doc[start - 2].whitespace_:
        return False
    name = doc[start - 2]
    named = name.i in taken or any(f.start <= name.i < f.end for f in found)
    spelt = first_tag(name.tag_) == "NNP" and romanize(name.text)[:1] == text[:1].lower()
    return (named or spelt) and len(name.text) <= len(text) + 1


def _bare_acronym(doc: Doc, start: int, end: int, text: str) -> bool:
    """`TCP`, `SQL`, `TSV`: short all-caps words are terms unless a cue word types them."""
    if not RE_ACRONYM.fullmatch(text):
        return False
    nxt = doc[end].text if end < len(doc) else ""
    prev = doc[start - 1].text if start > 0 else ""
    after = doc[end + 1].lemma_ if end + 1 < len(doc) else ""
    if (
        nxt in KO_SOURCE_NOUNS
        or (nxt == "에" and after in ("따르", "의하"))
        or (nxt in ("이", "가") and after in KO_SOURCE_NOUNS)
    ):
        return False  # `UBS 분석에 따르면`, `IDC에 따르면`, `IDC가 집계한`: a firm that publishes figures
    if nxt in ("이", "가", "은", "는", "도") and after in FUNDING_LEMMAS:
        return False  # `IVP가 주도한 시리즈 B`: an investor
    return nxt not in CHIP_CUES | PLATFORM_CUES | PRODUCT_CUES and not person_cue(doc, end) and prev not in COMPANY_CUES


def _latin_run(doc: Doc, i: int) -> int:
    """End of a Latin-script name starting at i (SL, then glued SL/SN/hyphen pieces)."""
    j = i + 1
    while (
        j < len(doc)
        and glued(doc, j)
        and (first_tag(doc[j].tag_) in ("SL", "SN", "SH") or doc[j].text in ("-", ".", "+", ":"))
    ):
        j += 1
    # `Hot Chips`, `Gaudi 3`, `TPU v5p`: capitalised words or a version after one space; `Weights & Biases`
    while j < len(doc) and doc[j - 1].whitespace_:
        if doc[j].text == "&" and j + 1 < len(doc) and re.fullmatch(r"[A-Z][A-Za-z]+", doc[j + 1].text):
            j += 2
        elif re.fullmatch(r"[A-Z][A-Za-z]+", doc[j].text):
            j += 1
        else:
            break
    if j < len(doc) and doc[j - 1].whitespace_ and re.fullmatch(r"v?\d+[a-z]?|[A-Z]\d*", doc[j].text):
        j += 1
    while j > i + 1 and doc[j - 1].text in ("-", ".", "+", ":"):
        j -= 1
    return j


@Language.component("trendkg_ko_names")
def korean_names(doc: Doc) -> Doc:
    ents = list(doc.ents)  # `Doc.ents` builds new Spans on every read
    cued: dict[tuple[int, int], str] = {}  # spans whose type the words around them gave (ingest.name_types)
    taken = {i for ent in ents for i in range(ent.start, ent.end)}
    found: list[Span] = []
    i = 0
    while i < len(doc):
        tok = doc[i]
        tag = first_tag(tok.tag_)
        if i in taken:
            i += 1
            continue
        end = None
        start = i
        default = "Product" if in_quotes(doc, i) else "Company"  # the press quotes products, not companies
        hyphened = _hyphen_model(doc, i)
        if hyphened:
            end, default = hyphened, "Product"
        elif (
            (tag == "NNP" or (tag == "NNG" and unknown(tok) and (org_slot(doc, i) or _firm_word(tok.text))))
            and len(tok.text) > 1
            and tok.text not in GENERIC_NAMES
            and not ends_in_cue(tok.text)
            and _name_evidence(doc, i)
            and not (_place(doc, i) and not (_latin_gloss(doc, i + 1) and org_slot(doc, _gloss_end(doc, i + 1))))
        ):
            end = i + 1
            while (
                end < len(doc)
                and end not in taken
                and glued(doc, end)
                and first_tag(doc[end].tag_) in ("SL", "SN", "NNP")
            ):
                end += 1
            if end > i + 1:
                default = "Company" if doc[end - 1].text == "AI" else "Product"
            else:
                start, end = word_edges(doc, i, end)  # `팔/NR 라딘`, `카이로스/NNP 랩`: Kiwi cut the word
            if end < len(doc) and doc[end - 1].whitespace_:
                end = _company_words_after(doc, end)  # `젠킨스 랩스`: the company word written apart
        elif tag == "SL" and re.search(r"[A-Z]", tok.text):
            end = _latin_run(doc, i)
            if i > 0 and first_tag(doc[i - 1].tag_) == "SN" and glued(doc, i) and end - i > 1 and i - 1 not in taken:
                start = i - 1  # `3D XPoint`: a number glued to the first word belongs to the name
            coded = any(c.isdigit() for c in doc[i:end].text)
            default = "Product" if coded or in_quotes(doc, i) else "Company"
            if end < len(doc) and end not in taken and COMPANY_WORD.fullmatch(doc[end].text):
                end, default = end + 1, "Company"  # `AFW 파트너스`, `B캐피털`
            elif end < len(doc) and end not in taken and GROUP_LED.fullmatch(doc[i:end].text + doc[end].text):
                if glued(doc, end) and first_tag(doc[end].tag_) == "NNP":
                    end, default = end + 1, "Company"  # `KDB산업은행`: Kiwi kept the initials apart
        if end is not None:
            text = doc[start:end].text
            first = text.split()[0]
            spelled = _spells_glossed_name(doc, start, end, text, taken, found)
            keep = (
                first not in GENERIC_NAMES
                and EVENTS.isdisjoint({first, text})
                and (spelled or not _bare_acronym(doc, start, end, text))
                and not _glossed_term(doc, end)
            )
            if keep and taken.isdisjoint(range(start, end)):
                cue = _type_from_context(doc, start, end, text, "")
                marked = spelled and start - 2 not in taken and not any(f.start <= start - 2 < f.end for f in found)
                found.append(Span(doc, start, end, label=cue or default))
                if marked:
                    found.append(Span(doc, start - 2, start - 1, label=cue or default))  # `하이브(HYBE)`: both
                if cue:
                    cued[(start, end)] = cue
            i = end
            continue
        i += 1
    found += quoted_glosses(doc, _type_from_context) + _quoted(doc, taken)
    found += cued_names(doc, taken) + listed_names(doc, ents, taken)
    found += org_list_members(doc, taken | {i for span in found for i in range(span.start, span.end)})
    glossed = transliterated_names(doc, taken, _type_from_context)
    # a person the gloss shows (`저스틴 비버(Justin Bieber)`) wins over the same span found as a name
    found = [s for s in glossed if s.label_ == "Person"] + found + [s for s in glossed if s.label_ != "Person"]
    found += _prefixed_catalog_names(doc, ents) + extended_catalog_names(doc, ents)
    shaped = versioned_names(doc) + glued_latin_names(doc) + persons_after_titles(doc)
    shaped += persons_before_titles(doc, ents + found)
    found += [s for s in shaped if taken.isdisjoint(range(s.start, s.end))]
    set_names(doc, ents + found, found)
    link_parentheticals(doc)
    doc.user_data[CUED_TYPES] = cued
    return doc


MIDDLE_WORDS = {"벤처", "에쿼티", "글로벌", "자산"}  # `라이트스피드 벤처 파트너스`, `하버 자산 운용`


def _company_words_after(doc: Doc, end: int) -> int:
    """The end of a name followed by its company word (`랩스`), maybe after a middle word
    (`벤처 파트너스`) or split in two by Kiwi (`자산`+`운용`)."""
    if end < len(doc) and COMPANY_WORD.fullmatch(doc[end].text):
        return end + 1
    if end + 1 < len(doc) and doc[end].text in MIDDLE_WORDS:
        if COMPANY_WORD.fullmatch(doc[end + 1].text) or COMPANY_WORD.fullmatch(doc[end].text + doc[end + 1].text):
            return end + 2
    return end


def _hyphen_model(doc: Doc, i: int) -> int | None:
    """`삼바-1`, `마하-1`: a Hangul word glued to a hyphen and a number names a model; the end."""
    if i > 0 and not doc[i - 1].whitespace_ and doc[i - 1].text not in ("‘", "“", "(", "'", '"'):
        return None
    j = i  # Kiwi may read the word as anything (`보라-2` → 보/VV + 라/EF): only the script counts
    while j < len(doc) and j - i < 3 and re.fullmatch(r"[가-힣]+", doc[j].text) and (j == i or glued(doc, j)):
        j += 1
    if j == i or doc[i:j].text in GENERIC_NAMES or first_tag(doc[i].tag_).startswith("J") or j + 1 >= len(doc):
        return None
    if doc[j].text == "-" and glued(doc, j) and glued(doc, j + 1) and first_tag(doc[j + 1].tag_) == "SN":
        return series_end(doc, j)  # `하비스트-7B`: a size letter after the number
    return None


def _glossed_term(doc: Doc, end: int) -> bool:
    """`극자외선(EUV)`: a word glossed by a generic acronym is a term, not a name (one glossed in
    lower-case English words, `언아웃(earn-out)`, is dropped article-wide: ingest.korean_name_spread)."""
    return (
        end + 2 < len(doc) and doc[end].text == "(" and doc[end + 1].text in GENERIC_NAMES and doc[end + 2].text == ")"
    )


def _prefixed_catalog_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """`챗엑사원`: an unknown word glued before a catalog name makes a different product."""
    out: list[Span] = []
    for ent in ents:
        i = ent.start
        if ent.ent_id_ and i > 0 and glued(doc, i) and first_tag(doc[i - 1].tag_) == "NNP" and doc[i - 1]._.oov:
            if i == 1 or doc[i - 2].whitespace_:
                out.append(Span(doc, i - 1, ent.end, label="Company" if ent.label_ == "Company" else "Product"))
    return out


def _place(doc: Doc, i: int) -> bool:
    """`미국 캘리포니아주 새너제이 SAP 센터에서 열린`: a proper noun after a country or a
    state/city name, or right before `에서 열린`, names a place, not an organisation."""
    before = doc[i - 1].text if i > 0 else ""
    if before in COUNTRIES or (len(before) > 2 and before.endswith(("주", "시", "성", "현"))):
        return True  # `구마모토현 기쿠요정`: a town of a Japanese prefecture too
    word = doc[i].text
    if len(word) > 2 and word.endswith("현") and i + 1 < len(doc) and first_tag(doc[i + 1].tag_) == "NNP":
        return True  # `구마모토현 기쿠요정에서`: the prefecture before its town
    after = [t.text for t in doc[i + 1 : i + 5]]
    return "에서" in after[:3] and any(w in ("열린", "열리", "개최", "개막") or w.startswith("열") for w in after)


def _quoted(doc: Doc, taken: set[int]) -> list[Span]:
    """‘마음.AI’, “Solar”: a short name inside quotes, not a quoted sentence."""
    out: list[Span] = []
    for i, tok in enumerate(doc):
        if tok.text not in ("‘", "“", "'", '"'):
            continue
        for j in range(i + 2, min(i + 7, len(doc))):
            if doc[j].text in ("’", "”", "'", '"'):
                inner = doc[i + 1 : j]
                tags = {tag for t in inner for tag in t.tag_.split("+")}
                named = bool(tags & {"NNP", "SL", "SH"}) or any(t._.oov for t in inner if t.has_extension("oov"))
                if (
                    named
                    and len(inner.text) <= 20
                    and len(inner.text.split()) <= (3 if not HANGUL.search(inner.text) else 2)  # ‘x86 RTX SoC’
                    and not re.search(r"[()]", inner.text)
                    and not tags & {"VV", "VA", "XSA", "XSV", "EF", "EC", "ETM", "JKS", "JKO", "JX"}
                    and not any(k in taken for k in range(i + 1, j))
                    and inner[0].text not in GENERIC_NAMES
                ):
                    out.append(Span(doc, i + 1, j, label=_type_from_context(doc, i + 1, j, inner.text, "Product")))
                break
    return out
