"""Korean makers stated by a copula, a maker noun or a name given: `X는 … Y의 N이다`, `Y의 N은
X다`, `챗GPT 개발사 오픈AI`, `'X'라는 이름`.

`H200은 HBM3E를 탑재한 엔비디아의 호퍼 세대 GPU다`, `AMD의 답은 오픈소스 소프트웨어 스택
ROCm이다`: an equational sentence that makes a product the owner's N says the owner makes it.
The owner's phrase must head the predicate (only plain nouns between it and the copula), and the
product must be the clause's subject (first pattern) or the predicate itself (second pattern).
A maker noun between a product and an organisation (`챗GPT 개발사 오픈AI는`, `클로드 개발사인
앤트로픽`), or predicated of the subject (`앤트로픽은 클로드의 개발사다`), makes the organisation
the product's maker. Naming a product (`삼성전자는 HBM3E에 '샤인볼트'라는 이름을 붙였다`, `X라는 브랜드로 내놨다`) is
making it: the sentence's subject organisation develops what it names, and so it does a product
it calls its own (`자사 ‘젯슨’ 모듈로`, `자체 NPU ‘DX-M1’을 앞세워`).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from ingest.extraction import ARTIFACT_TYPES, ORG_TYPES, Mention
from ingest.korean_roles import SUBJECT_PARTICLES, Role, compound_end, coordinated_with, ends_clause, lemmas

Triple = tuple[Mention, str, Mention, str]

PLAIN = ("NNG", "NNP", "NNB", "SL", "SN", "MM", "XPN", "XSN", "NR", "SP", "SSO", "SSC", "SW")
TOPIC_PARTICLES = {"은", "는"}


def _copulas(doc: Doc) -> list[Token]:
    """Tokens carrying the copula (`GPU다`, `모듈이다`, `ROCm이다`)."""
    return [t for t in doc if "VCP" in t.tag_.split("+")]


def _plain_between(doc: Doc, start: int, end: int) -> bool:
    return all(t.tag_.split("+")[0] in PLAIN or t.text in ("'", "’", '"', "”") for t in doc[start:end])


def _heads(doc: Doc, owner: Role, copula: Token) -> bool:
    """`엔비디아의 호퍼 세대 GPU다`: only plain nouns between the owner's `의` and the copula."""
    return owner.particle == "의" and _plain_between(doc, owner.span.end + 1, copula.i)


def _same_clause(doc: Doc, start: int, end: int) -> bool:
    """No connective ending between (an adnominal clause inside the predicate is fine)."""
    return not any(ends_clause(t) and "ETM" not in t.tag_ for t in doc[start:end])


PRODUCT_NOUNS = {"제품", "칩", "모델", "서비스", "플랫폼", "소프트웨어", "제품군", "브랜드"}


def _own_kind_topic(doc: Doc, predicate: Role, previous_topic: Mention | None) -> bool:
    """`대표 제품은 ‘A’와 ‘B’다` opening a sentence: the products of the company the article
    is discussing (no other name before the predicate)."""
    topic_end = next((t.i for t in doc[: predicate.span.start] if t.text in TOPIC_PARTICLES), None)
    if previous_topic is None or previous_topic.type not in ORG_TYPES or topic_end is None or topic_end > 3:
        return False
    return any(t.lemma_ in PRODUCT_NOUNS for t in doc[:topic_end]) and _plain_between(doc, 0, topic_end)


def copular_makers(doc: Doc, roles: list[Role], previous_topic: Mention | None = None) -> list[Triple]:
    out: list[Triple] = []
    for copula in _copulas(doc):
        before = [r for r in roles if r.span.end <= copula.i]
        owners = [r for r in before if r.mention.type in ORG_TYPES and _heads(doc, r, copula)]
        if owners:  # `X는 … Y의 N이다`
            owner = owners[-1]
            topic = next(
                (
                    r
                    for r in before
                    if r.span.end <= owner.span.start
                    and r.particle in SUBJECT_PARTICLES
                    and r.mention.type in ARTIFACT_TYPES
                    and _same_clause(doc, r.span.end, copula.i)
                ),
                None,
            )
            if topic is not None:
                things = [topic.mention, *coordinated_with(roles, topic.mention)]
                out += [(owner.mention, "develops", t, "asserted") for t in things if t.type in ARTIFACT_TYPES]
            continue
        predicate = next((r for r in reversed(before) if _plain_between(doc, r.span.end, copula.i)), None)
        if predicate is None or predicate.mention.type not in ARTIFACT_TYPES:
            continue
        things = [predicate.mention, *coordinated_with(roles, predicate.mention)]
        listed = [r for r in before if r.mention in things]
        own = previous_topic is not None and len(listed) == len(before)
        if own and previous_topic is not None and _own_kind_topic(doc, listed[0], previous_topic):
            out += [(previous_topic, "develops", t, "asserted") for t in things if t.type in ARTIFACT_TYPES]
            continue
        for owner in before:  # `Y의 N은 X다`
            between = doc[owner.span.end + 1 : predicate.span.start]
            topic_end = next((t.i for t in between if t.text in TOPIC_PARTICLES), None)
            if owner.particle != "의" or owner.mention.type not in ORG_TYPES or topic_end is None:
                continue
            if _plain_between(doc, owner.span.end + 1, topic_end) and _same_clause(doc, topic_end, copula.i):
                out.append((owner.mention, "develops", predicate.mention, "asserted"))
                break
    return out


NAME_NOUNS = {"이름", "브랜드", "명칭", "제품명", "상표"}


OWN_WORDS = {"자사", "자체"}


def named_products(doc: Doc, roles: list[Role], previous_topic: Mention | None) -> list[Triple]:
    """`'샤인볼트'라는 이름을 붙였다`, `자사 ‘젯슨’ 모듈`: the subject (or the carried topic)
    develops the name given and the product it calls its own."""
    maker = next((r.mention for r in roles if r.particle in SUBJECT_PARTICLES and r.mention.type in ORG_TYPES), None)
    maker = maker or (previous_topic if previous_topic is not None and previous_topic.type in ORG_TYPES else None)
    out: list[Triple] = []
    owned: set[int] = set()  # roles called the maker's own, and the names listed after them
    for i, role in enumerate(roles):
        if maker is None:
            continue
        if role.mention.type not in ARTIFACT_TYPES:  # (a list of own apps may run through a mistyped name)
            if i - 1 in owned and _listed_after(doc, roles[i - 1], role):
                owned.add(i)
            continue
        after = [t for t in doc[role.span.end : role.span.end + 6] if t.text not in ("(", ")", "'", "’", '"', "”")]
        said = next((t for t in after if t.text in ("라는", "이라는")), None)
        if said is not None and said.i + 1 < len(doc) and doc[said.i + 1].lemma_ in NAME_NOUNS:
            out.append((maker, "develops", role.mention, "asserted"))
        # `자사 AI 클라우드 서비스 ‘X’`, `자체 인공지능(AI) 모델 ‘X’` (Kiwi splits 인공/지능)
        start = max(roles[i - 1].span.end if i else 0, role.span.start - 9)
        listed = i - 1 in owned and _listed_after(doc, roles[i - 1], role)  # `자사 앱 왓츠앱, 메신저, 인스타그램에`
        if listed or any(t.text in OWN_WORDS for t in doc[start : role.span.start]):
            owned.add(i)
            out.append((maker, "develops", role.mention, "asserted"))
    return out


def _listed_after(doc: Doc, previous: Role, role: Role) -> bool:
    """`A(…), B`, `‘A’와 ‘B’`: the role follows the previous one in a list."""
    between = re.sub(r"\([^()]*\)", "", doc[previous.span.end : role.span.start].text)  # a gloss: `(WhatsApp)`
    return previous.particle in ("", ",", "와", "과") and all(c in " ,’‘'\"“”·와과" for c in between)


MAKER_NOUNS = {"개발사", "개발업체", "제조사", "제작사"}
MAKER_STEMS = {"개발", "제조", "제작"}  # Kiwi may split the compound (`개발` + `사`)


def maker_nouns(doc: Doc, roles: list[Role]) -> list[Triple]:
    """`챗GPT 개발사 오픈AI`, `클로드 개발사인 앤트로픽`, `앤트로픽은 클로드의 개발사다`."""
    out: list[Triple] = []
    if not lemmas(doc) & (MAKER_NOUNS | MAKER_STEMS):
        return out
    for tok in doc:
        end = compound_end(doc, tok, MAKER_NOUNS)
        if end is None:
            continue
        made = next((r for r in roles if r.mention.type in ARTIFACT_TYPES and tok.i - r.span.end in (0, 1)), None)
        if made is None or (tok.i - made.span.end == 1 and made.particle != "의"):
            continue
        nxt = end + 1
        if nxt < len(doc) and "VCP" in doc[nxt].tag_ and "ETM" in doc[nxt].tag_:
            nxt += 1  # `개발사인 앤트로픽`
        maker = next((r for r in roles if r.span.start == nxt and r.mention.type in ORG_TYPES), None)
        if maker is None and ("VCP" in doc[end].tag_ or (end + 1 < len(doc) and "VCP" in doc[end + 1].tag_)):
            maker = next(  # `앤트로픽은 클로드의 개발사다`
                (r for r in roles if r.span.end <= made.span.start and r.particle in SUBJECT_PARTICLES), None
            )
        if maker is not None and maker.mention.type in ORG_TYPES:
            out.append((maker.mention, "develops", made.mention, "asserted"))
    return out
