"""Korean name shapes and slots the Kiwi tags alone do not reveal.

- organisation slots: `X를 인수`, `X에 투자`, `X가 주도한`, `X 등이 참여` are filled by
  organisations, so a proper noun (or a word Kiwi did not know) there is a company name;
- a one-letter Latin version after a Hangul name: `커맨드 R`, `커맨드 R+`;
- a Hangul name glued to a lower-case Latin tail: `왓슨x`, `왓슨x.ai`;
- the person after an organisation's title: `퀄트릭스 최고경영자 데이비드 마틴`;
- a catalog name run on into another: `인텔캐피털`, `루미나리` (not `루미`), `칩 이글-N`, and a
  catalog product glossed with more words (`아이패드 에어(iPad Air)`).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from ingest.korean_name_cues import (
    APPOSITION_TYPES,
    glued,
    korean_full_name,
    korean_name_word,
    org_subject,
    series_end,
    suffix_type,
    word_edges,
    word_ends_at,
)
from ingest.names_common import GENERIC_NAMES, KO_TITLES, first_tag, title_end
from kg.catalog import CORPORATE_SUFFIXES

# titles only a person holds (`측`, `관계자`, `연구원` also follow organisations)
# what only a person is, before a name: `인텔 엔지니어 토머스 레인`
PERSON_ROLES = {"엔지니어", "과학자", "공동창업자", "수학자", "연구자", "개발자"}
PERSON_TITLES = {"대표", "CEO", "최고경영자", "창업자", "회장", "사장", "부사장", "교수", "의장", "CTO", "CFO"}

OBJECT_SLOTS = {(particle, noun) for particle in ("를", "을") for noun in ("인수", "매입", "품")} | {
    ("에", "투자"),
    ("와", "협력"),
    ("과", "협력"),
}
SUBJECT_SLOTS = {(particle, noun) for particle in ("가", "이") for noun in ("주도", "이끈", "인수")}
# `시리즈 B`, `플랜 B`, `A사`: a letter after these common words is no version
VERSION_STOP = {
    "시리즈", "플랜", "타입", "유형", "등급", "클래스", "그룹", "단계", "라운드", "옵션", "파트", "비타민", "버전",
}  # fmt: skip
HANGUL_WORD = re.compile(r"[가-힣]{2,}")
KO_SUFFIXES = {word for word in CORPORATE_SUFFIXES if HANGUL_WORD.fullmatch(word)}  # `테크놀로지스`, `랩스`
LATIN_TAIL = re.compile(r"[a-z][a-z0-9]*(?:\.[a-z]+)*")


def org_slot(doc: Doc, i: int) -> bool:
    """Token i sits where only an organisation goes: `X를 인수`, `X가 주도한`, `X 등이 참여`."""
    nxt = [t.text for t in doc[i + 1 : i + 4]]
    if korean_full_name(doc[i]):
        return False  # `김철수가 인수했다`: a person buys too
    if tuple(nxt[:2]) in OBJECT_SLOTS | SUBJECT_SLOTS:
        return True
    return nxt[:1] == ["등"] and ("참여" in nxt[1:3] or "투자" in nxt[1:3])


def _particle_or_punct(tok: Token) -> bool:
    """What may follow a whole name with no space: a particle (Kiwi reads `R+를` as NNG+JKO), the
    copula (`레인이다`) or punctuation."""
    return tok.is_punct or any(tag.startswith("J") or tag == "VCP" for tag in tok.tag_.split("+"))


def _word_start(doc: Doc, i: int) -> bool:
    return i == 0 or bool(doc[i - 1].whitespace_)


def _name_head(doc: Doc, i: int) -> bool:
    tok = doc[i]
    return (
        _word_start(doc, i)
        and first_tag(tok.tag_) in ("NNP", "NNG")
        and bool(HANGUL_WORD.fullmatch(tok.text))
        and tok.text not in GENERIC_NAMES
        and tok.text not in VERSION_STOP
    )


def versioned_names(doc: Doc) -> list[Span]:
    """`커맨드 R`, `커맨드 R+`: a Hangul name, a space, one capital letter (and `+`) as a word."""
    out: list[Span] = []
    for i in range(len(doc) - 1):
        letter = doc[i + 1]
        if not (_name_head(doc, i) and doc[i].whitespace_ and re.fullmatch(r"[A-Z]", letter.text)):
            continue
        end = i + 2
        if end < len(doc) and doc[end].text == "+" and not letter.whitespace_:
            end += 1
        after = doc[end] if end < len(doc) and not doc[end - 1].whitespace_ else None
        if after is not None and not _particle_or_punct(after):
            continue  # `A사`, `B2B`: the letter is part of another word
        out.append(Span(doc, i, end, label="Product"))
    return out


def glued_latin_names(doc: Doc) -> list[Span]:
    """`왓슨x`, `왓슨x.ai`: a Hangul name with a lower-case Latin tail glued to it."""
    out: list[Span] = []
    for i in range(len(doc) - 1):
        tail = doc[i + 1]
        if _name_head(doc, i) and not doc[i].whitespace_ and first_tag(tail.tag_) == "SL":
            if LATIN_TAIL.fullmatch(tail.text) and len(tail.text) <= 8:
                out.append(Span(doc, i, i + 2, label="Product"))
    return out


def persons_after_titles(doc: Doc) -> list[Span]:
    """`퀄트릭스 최고경영자 데이비드 마틴은`: proper nouns (up to three words) right after a
    title that follows a name are the person who holds it; after a title only a person holds
    (`회사로, 최고경영자 마커스 벨은`), a full name of two words or more is one too."""
    out: list[Span] = []
    for i in range(len(doc)):
        if doc[i].text not in KO_TITLES | PERSON_ROLES or (i > 0 and doc[i - 1].text in KO_TITLES):
            continue
        after_name = i > 0 and first_tag(doc[i - 1].tag_) == "NNP"
        if not after_name and doc[i].text not in PERSON_TITLES | PERSON_ROLES | {"최고"}:
            continue
        start = end = after_title(doc, i) if doc[i].text in KO_TITLES else i + 1
        while end < len(doc) and end - start < 3 and _name_head(doc, end) and first_tag(doc[end].tag_) == "NNP":
            end += 1
            if not doc[end - 1].whitespace_:
                break
        if end > start and doc[end - 1].whitespace_ and _one_syllable_surname(doc, end):
            end += 1  # `마리아 첸은`, `다리우스 몰은`
        cut = end < len(doc) and not doc[end - 1].whitespace_ and not _particle_or_punct(doc[end])
        if not after_name and end - start < 2:
            continue  # `대표 X`: one word after a bare title may be a flagship product
        if end > start and not cut:  # `한종희는` read as 한종 + 희: a name cut short is no name
            out.append(Span(doc, start, end, label="Person"))
    return out


def after_title(doc: Doc, i: int) -> int:
    """Where a name may follow the title at i: after `최고경영자(CEO)`, and after the copula
    glued to it (`창업자인 토머스 레인`)."""
    j = title_end(doc, i)
    if i < j < len(doc) and doc[j].text == "인" and not doc[j - 1].whitespace_:
        j += 1
    return j


def _one_syllable_surname(doc: Doc, i: int) -> bool:
    """`첸`, `몰`, `리`: a one-syllable word ending a foreign person's name (a particle or
    punctuation glued after it, or the end of the sentence)."""
    tok = doc[i]
    if not (re.fullmatch(r"[가-힣]", tok.text) and first_tag(tok.tag_) in ("NNP", "NNG")):
        return False
    return i + 1 >= len(doc) or bool(tok.whitespace_) or _particle_or_punct(doc[i + 1])


def _person_title(doc: Doc, k: int) -> bool:
    """A title only a person holds starts at k (`대표`, `최고경영자`, Kiwi's `최고` + `재무책임자`)."""
    return k < len(doc) and (doc[k].text in PERSON_TITLES or (doc[k].text == "최고" and title_end(doc, k) > k + 1))


def persons_before_titles(doc: Doc, names: list[Span]) -> list[Span]:
    """`조나단 하일리 대표는`, `마커스 벨 CEO는`: a given name Kiwi knows and a surname before a
    title name one person (a lone word before a title is read by the name finder); `이세영
    뤼튼 대표`, `윤호영 카카오뱅크 대표`: a Korean name and the company it heads (`names`: the
    names found so far); `김봉진 의장을`: a Korean name right before a title no name follows."""
    out: list[Span] = []
    for k in range(1, len(doc)):
        if _person_title(doc, k) and doc[k - 1].whitespace_ and not _name_follows(doc, after_title(doc, k)):
            start = _word_start_of(doc, k)
            common = k - start == 1 and first_tag(doc[start].tag_) != "NNP"  # `이사회 의장`: a board, no 이 씨
            if korean_name_word(doc[start:k].text) and not common:
                out.append(Span(doc, start, k, label="Person"))
    for k in range(2, len(doc)):
        if not _person_title(doc, k) or not doc[k - 1].whitespace_ or not doc[k - 2].whitespace_:
            continue
        if not _name_head(doc, k - 2):
            continue
        given, surname = doc[k - 2], doc[k - 1]
        if korean_full_name(given) and _name_head(doc, k - 1):
            # `이세영 뤼튼 대표`: a Korean name, then the company whose head the person is
            out += [Span(doc, k - 2, k - 1, label="Person"), Span(doc, k - 1, k, label="Company")]
        elif (
            (_name_head(doc, k - 1) or _one_syllable_surname(doc, k - 1))
            and first_tag(given.tag_) == "NNP"
            and not given._.oov
            and first_tag(surname.tag_) == "NNP"
        ):
            out.append(Span(doc, k - 2, k, label="Person"))
    for ent in names:  # `김우현 SK하이닉스 최고재무책임자`: a Korean name before the company, then a title
        end = ent.start
        if not _person_title(doc, ent.end) or end == 0 or not doc[end - 1].whitespace_:
            continue
        start = _word_start_of(doc, end)
        if korean_name_word(doc[start:end].text):
            out.append(Span(doc, start, end, label="Person"))
    return out


def _word_start_of(doc: Doc, end: int) -> int:
    """The first token of the word ending before `end`: Kiwi may cut a name it does not know (`김/우/현`)."""
    start = end - 1
    while start > 0 and not doc[start - 1].whitespace_:
        start -= 1
    return start


def _name_follows(doc: Doc, i: int) -> bool:
    """`신세계 대표 정용진`: a name after the title is the holder (the word before is the company);
    Kiwi may cut it (`정/용/진`)."""
    if i >= len(doc):
        return False
    end = i + 1
    while end < len(doc) and not doc[end - 1].whitespace_:
        end += 1
    return first_tag(doc[i].tag_) == "NNP" or korean_name_word(doc[i:end].text[:3])


def extended_catalog_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """`인텔캐피털`, `루미나리`: a catalog name with Hangul nouns of two syllables or more glued
    after it, as one word, names something else (the catalog's `루미` is no part of `루미나리`)."""
    out: list[Span] = []
    for ent in ents:
        start, end = ent.start, ent.end
        product = ent.label_ in ("Product", "Chip", "Platform")  # a company's name runs on into others' names
        glossed = _glossed_longer(doc, ent) if product and ent.ent_id_ and re.search(r"[가-힣]$", ent.text) else None
        if glossed is not None:
            out.append(Span(doc, start, glossed, label=ent.label_))  # `아이패드 에어(iPad Air)`: not the iPad
            continue
        gloss_end = _longer_gloss(doc, ent)
        if gloss_end is not None:
            out.append(Span(doc, start, gloss_end, label=ent.label_))  # `(Kakao Entertainment)`: not Kakao
            continue
        if not ent.ent_id_ or not re.search(r"[가-힣]$", ent.text) or (start > 0 and glued(doc, start)):
            continue
        if series_end(doc, end) > end and doc[end].text == "-" and word_ends_at(doc, series_end(doc, end)):
            cue = APPOSITION_TYPES.get(doc[start - 1].text) if start > 0 else None
            label = cue if cue in ("Chip", "Platform") else "Product"
            out.append(Span(doc, start, series_end(doc, end), label=label))  # `칩 이글-N`: another model
            continue
        if ent.label_ == "Company" and end < len(doc) and doc[end].text in KO_SUFFIXES and doc[end - 1].whitespace_:
            out.append(Span(doc, start, end + 1, label="Company", kb_id=ent.text))  # `멜라녹스 테크놀로지스`
            continue
        _, whole = word_edges(doc, start, end)
        tail = doc[end:whole].text
        if whole == end or len(tail) < 2 or not word_ends_at(doc, whole):
            continue
        kind = suffix_type(tail) or ("Company" if ent.label_ == "Company" or org_subject(doc, start, whole) else None)
        out.append(Span(doc, start, whole, label=kind or "Product"))
    return out


CAPITALISED = re.compile(r"[A-Z][a-z]+")


def _longer_gloss(doc: Doc, ent: Span) -> int | None:
    """The end of a parenthesised Latin gloss that runs on past the catalog name opening it:
    `카카오엔터테인먼트(Kakao Entertainment)` glosses another company than Kakao."""
    if not (ent.ent_id_ and ent.start > 0 and doc[ent.start - 1].text == "(" and glued(doc, ent.start - 1)):
        return None
    end = ent.end
    while end < ent.end + 3 and end < len(doc) and doc[end - 1].whitespace_ and CAPITALISED.fullmatch(doc[end].text):
        end += 1
    return end if end > ent.end and end < len(doc) and doc[end].text in (")", ",") else None


def _glossed_longer(doc: Doc, ent: Span) -> int | None:
    """The end of `아이패드 에어` when a catalog name is followed by more Hangul words and a
    Latin gloss of as many words (`아이패드 에어(iPad Air)`): the gloss names the longer name."""
    end = ent.end
    while (
        end < len(doc) and end < ent.end + 3 and doc[end - 1].whitespace_ and re.fullmatch(r"[가-힣]+", doc[end].text)
    ):
        end += 1
    if end == ent.end or end >= len(doc) or doc[end].text != "(" or not glued(doc, end):
        return None
    close = next((k for k in range(end + 1, min(end + 8, len(doc))) if doc[k].text == ")"), None)
    gloss = doc[end + 1 : close].text if close is not None else ""
    if not re.fullmatch(r"[A-Za-z][\w.+-]*(?: [\w.+-]+)*", gloss):
        return None
    return end if len(gloss.split()) == len(doc[ent.start : end].text.split()) else None
