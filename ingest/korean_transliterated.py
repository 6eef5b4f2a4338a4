"""`로버트 킴(Robert Kim)`, `탈렌 에너지(Talen Energy)`, `옥스퍼드 시맨틱 테크놀로지스(Oxford
Semantic Technologies, OST)`: a Hangul name glossed in Latin script names one entity in both.

The Korean press spells a new name in Hangul and glosses it once. As many Hangul words
before the parenthesis as there are Latin words inside it are the name; the gloss tells
whether it is a person (a given name first, a title after it or a role before it) and an
acronym after a comma is the same entity again.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from ingest.crosslingual import rank, spelled_alike
from ingest.given_names import NAME_PARTICLES, ORG_WORDS, person_name
from ingest.korean_name_cues import COMPANY_CUES, COUNTRIES, in_quotes
from ingest.korean_quoted_glosses import Typer
from ingest.korean_roles import OPENERS
from ingest.names_common import EVENTS, GENERIC_NAMES, KO_TITLES, first_tag, person_cue
from ingest.scripts import HANGUL_WORD

# roles that make the glossed name a person
PERSON_ROLES = {
    "수학자", "출신", "창업자", "공동창업자", "엔지니어", "과학자", "교수", "애널리스트", "CEO", "총괄",
    "매니저", "제작자", "프로듀서", "가수", "배우", "감독", "작가", "투자자", "사업가", "기업가",
}  # fmt: skip
LATIN_WORD = re.compile(r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+(?:[-:][A-Za-z]+)?")  # `Run:ai`, `Östberg`
PERSON_PARTICLES = {"에게", "에게서", "께", "께서", "행정부"}  # particles of people; `트럼프(…) 행정부`


CLASS_WORDS = COMPANY_CUES | {"브랜드", "칩", "모델", "서비스", "플랫폼"}  # what a name is, not part of it


def transliterated_names(doc: Doc, taken: set[int], typed: Typer) -> list[Span]:
    """`로버트 킴(Robert Kim)`, `탈렌 에너지(Talen Energy)`: as many Hangul words before the
    parenthesis as there are Latin words inside it name one entity, in both scripts (a single
    word only when the two sound alike: `웜홀(Wormhole)`, ingest.crosslingual). A title
    after it (skipping an organisation) or a role before it makes it a person."""
    out: list[Span] = []
    for open_ in (t.i for t in doc if t.text == "("):
        close = next((t.i for t in doc[open_ + 1 : open_ + 7] if t.text == ")"), None)
        if close is None:
            continue
        comma = next((t.i for t in doc[open_ + 1 : close] if t.text == ","), None)  # `(Long Name, ACR)`
        acronym = doc[comma + 1 : close] if comma is not None else None
        if acronym is not None and not re.fullmatch(r"[A-Z][A-Z0-9]{1,5}", acronym.text):
            continue
        latin = doc[open_ + 1 : comma if comma is not None else close]
        words = latin.text.split()
        glossed = latin.start not in taken  # a name that starts the gloss is taken whole only
        if not glossed and not any(e.start == latin.start and e.end == latin.end for e in doc.ents):
            continue
        later_ok = all(  # `Command R`, `Aart de Geus`
            LATIN_WORD.fullmatch(w) or re.fullmatch(r"[A-Z0-9+]{1,4}", w) or w in NAME_PARTICLES for w in words[1:]
        )
        if not 1 <= len(words) <= 3 or not LATIN_WORD.fullmatch(words[0]) or not later_ok:
            continue
        if latin.text in EVENTS:
            continue  # `학회 핫칩스(Hot Chips)`: a conference
        words = [w for w in words if w not in CORPORATE] or words  # `라즈베리파이(Raspberry Pi Ltd)`
        start, seen = open_, 0
        fused_word = _glued_word_start(doc, open_)  # `라즈베리파이(Raspberry Pi)`: one Hangul word for two
        # `우아한형제들(Woowa Brothers)`: a firm's name translated (Korean grammar inside the word, `우아+한`)
        # rather than spelled is the whole word (`인덱스 벤처스(Index Ventures)` is spelled word by word)
        translated = fused_word is not None and any(first_tag(t.tag_)[:1] in ("X", "E") for t in doc[fused_word:open_])
        firm = len(words) > 1 and words[-1].lower() in ORG_WORDS and translated
        if (len(words) > 1 and fused_word is not None
                and (firm or _sounds_like(doc[fused_word:open_].text, ["".join(words)]))):  # fmt: skip
            start, seen = fused_word, len(words)
        while start > 0 and seen < len(words):
            tok = doc[start - 1]
            particle = first_tag(tok.tag_).startswith("J") and tok.whitespace_  # not inside a word (`사카|나|AI`)
            if (tok.text in CLASS_WORDS | COUNTRIES and seen) or particle:
                break  # `로봇 기업 보스턴다이내믹스(…)`, `사업에서 일본 미쓰비시중공업(…)`: one word
            shared = tok.text in words[1:]  # `커맨드 R(Command R)`: a word written alike in both
            before = doc[start - 2] if start > 1 else None
            after_piece = before is not None and not before.whitespace_ and bool(HANGUL_WORD.fullmatch(before.text))
            goes_on = not tok.whitespace_ and bool(HANGUL_WORD.fullmatch(doc[start].text))  # `니|클라스`
            inside = after_piece or goes_on
            ending = first_tag(tok.tag_).startswith(("E", "XSV", "VCP"))  # `투자한 사카나AI`: no verb in a name
            if not shared and (
                (first_tag(tok.tag_) not in ("NNP", "NNG", "NNB") and not (inside and not ending))  # `시|맨|틱`
                or not all(HANGUL_WORD.fullmatch(w) for w in tok.text.split())
            ):
                break
            start -= 1
            if shared or start == 0 or doc[start - 1].whitespace_ or doc[start - 1].text in OPENERS:
                seen += len(tok.text.split())  # a word begins after a space or an opening quote (`‘커맨드 R(…)’`);
                # `사카나AI`; Kiwi keeps a known name of two words one token (`저스틴 비버`)
        fused = 0 < seen < len(words) and doc[start - 1].text in CLASS_WORDS  # checked by sound below
        # `일본 미쓰비시중공업(Mitsubishi Heavy Industries)`: the one word a country introduces is the name
        introduced = seen == 1 < len(words) and start == fused_word and doc[start - 1].text in COUNTRIES
        firm = firm or introduced
        fused = fused or introduced
        if (seen != len(words) and not fused) or start in taken or doc[start].text in GENERIC_NAMES:
            continue
        if not glossed and not taken.isdisjoint(range(start, open_)):
            continue  # both halves known already (`프로세서 루나레이크(Lunar Lake)`)
        hangul = [w for w in doc[start:open_].text.split() if w not in words]
        rest = [w for w in words if w not in doc[start:open_].text.split()]
        if len(hangul) == 1 and not (firm and start == fused_word) and not _sounds_like(hangul[0], rest):
            continue  # one word: only when it sounds like the Latin (`웜홀(Wormhole)`), not a gloss
        after = close + 1
        while after < min(close + 6, len(doc)) and first_tag(doc[after].tag_) in ("NNP", "SL", "NNG"):
            if person_cue(doc, after):
                break  # organisation and unit words before the title: `스루지(…) 애플 하드웨어 기술 담당 수석부사장`
            after += 1
        # `사신 가지(…)가 최고경영자에`: the subject particle before the title
        subject = close + 1 < len(doc) and first_tag(doc[close + 1].tag_) in ("JKS", "JX")
        person = (
            person_cue(doc, close + 1)
            or (close + 1 < len(doc) and doc[close + 1].text in PERSON_PARTICLES)  # `(…)에게서 경영을 넘겨받은`
            or (subject and person_cue(doc, close + 2))
            or person_cue(doc, after)
            or (start > 0 and doc[start - 1].text in PERSON_ROLES)
            or _title_before(doc, start)
            # `데니스 야랏츠(Denis Yarats)`: a given name first, written as apart as the gloss (not in quotes,
            # `‘유니티 카탈로그(Unity Catalog)’`, nor glued or after a company word, `센서 기업 오로라옵틱스(…)`)
            or (person_name(latin.text) and not in_quotes(doc, start)
                and not _company_written(doc, start, open_, words))
        )
        default = "Product" if in_quotes(doc, start) else "Company"  # `‘리랭크(Rerank)’`: the press quotes products
        label = "Person" if person else typed(doc, start, open_, doc[start:open_].text, default)
        if acronym is not None:  # the three name one entity, minted from the Latin name
            names = (doc[start:open_], latin, acronym)
            out += [Span(doc, name.start, name.end, label=label, kb_id=latin.text) for name in names]
            continue
        out.append(Span(doc, start, open_, label=label))
        if glossed:  # a gloss found already as one name links up by itself
            out.append(Span(doc, latin.start, latin.end, label=label))
    return out


CORPORATE = {"Ltd", "Ltd.", "Inc", "Inc.", "Corp", "Corp.", "Co", "Co.", "LLC", "GmbH", "AG", "plc", "Limited"}


def _company_written(doc: Doc, start: int, end: int, words: list[str]) -> bool:
    """A glossed name written as a company's: fewer Hangul words than Latin ones, or a company
    word right before it."""
    glued = len(doc[start:end].text.split()) < len(words)
    return glued or (start > 0 and doc[start - 1].text in COMPANY_CUES)


def _glued_word_start(doc: Doc, end: int) -> int | None:
    """Where the Hangul word written right before `end` starts (Kiwi may cut it in pieces)."""
    start = end
    while start > 0 and HANGUL_WORD.fullmatch(doc[start - 1].text) and (start == end or not doc[start - 1].whitespace_):
        start -= 1
    return start if start < end else None


def _sounds_like(hangul: str, latin: list[str]) -> bool:
    """`웜홀` ~ Wormhole; `사카나AI` ~ Sakana AI (a Latin word written alike, glued on, set aside);
    a name too short for its skeleton to compare by its spelling (`오스탈` ~ Austal)."""
    core = hangul
    for word in latin:
        core = core.removesuffix(word) if core != word else core
    spoken = [w for w in latin if w not in hangul]
    if not spoken or not HANGUL_WORD.fullmatch(core):
        return False
    if rank(core, [(" ".join(spoken), "")], 1):
        return True
    return spelled_alike(core, spoken) is not None


def _title_before(doc: Doc, start: int) -> bool:
    """`법무책임자였던 도미닉 페렐라(Dominic Perella)`: a title, then the copula, right before the name."""
    copula = ("였", "이었", "던", "인", "이던", "였던", "이")
    i = start - 1
    while i >= 0 and doc[i].text in copula and (i == start - 1 or not doc[i].whitespace_):
        i -= 1
    return start - 3 <= i < start - 1 and doc[i].text in KO_TITLES and not doc[i].whitespace_
