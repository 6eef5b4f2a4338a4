"""Korean trade and money relations named by nouns rather than verbs.

`X는 Y의 공급사`, `X는 Y의 최대 고객` (supplies), `X는 Y의 지분을 보유` (investsIn), and
investors joining an investment the sentence or the one before it named (`엔비디아도 이
투자에 참여했다`, `SK텔레콤과 SK스퀘어가 주주로 참여했다`); orders (`바이두는 어센드 910B를
화웨이에 주문했다`, `생산은 TSMC에 맡긴다`): the one ordered from supplies the buyer, who uses
what it ordered.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from ingest.extraction import AGENT_TYPES as AGENTS
from ingest.extraction import ARTIFACT_TYPES, ORG_TYPES, Mention
from ingest.korean_roles import (
    OBJECT_PARTICLES,
    SUBJECT_PARTICLES,
    Role,
    coordinated_with,
    ends_clause,
    lemmas,
    past_gloss,
    status_after,
)

Triple = tuple[Mention, str, Mention, str]

SUPPLIER_KO = {"공급자", "공급사", "공급업체", "납품업체"}
CUSTOMER_KO = {"고객", "고객사"}


def trade_nouns(doc: Doc, roles: list[Role], previous_topic: Mention | None) -> list[Triple]:
    """`마이크로소프트는 오픈AI의 독점 클라우드 공급자가 됐다` (supplies), `G42는 세레브라스의
    최대 고객이다` (the other way round), `X는 Y의 완전 자회사가 된다` (Y acquired X): a subject and
    a possessor around a trade noun."""
    subject = next((r.mention for r in roles if r.particle in SUBJECT_PARTICLES and r.mention.type in AGENTS), None)
    out: list[Triple] = []
    for role in roles:
        if subject is None or role.mention is subject or role.mention.type not in AGENTS:
            continue
        if role.span.end >= len(doc) or doc[role.span.end].text != "의":
            continue
        for t in doc[role.span.end + 1 : role.span.end + 5]:
            word = t.text
            if word in SUPPLIER_KO or (word == "공급" and t.i + 1 < len(doc) and doc[t.i + 1].text in ("사", "자")):
                out.append((subject, "supplies", role.mention, "asserted"))
                break
            if word in CUSTOMER_KO:
                out.append((role.mention, "supplies", subject, "asserted"))
                break
            if word == "자회사" and any(n.lemma_ in ("되", "편입") for n in doc[t.i + 1 : t.i + 4]):
                out.append((role.mention, "acquired", subject, "asserted"))  # `앤시스는 시놉시스의 자회사가 된다`
                break
    return (
        out
        + _stakes(doc, roles, subject)
        + _own_share(doc, roles, previous_topic)
        + _joined_investments(doc, roles, previous_topic)
        + _orders(doc, roles)
        + _funding(doc, roles, previous_topic)
        + _held_customers(doc, roles)
    )


HOLDING = {"두", "둔", "뒀", "둬"}  # `고객으로 두다`: to have as a customer


def _held_customers(doc: Doc, roles: list[Role]) -> list[Triple]:
    """`SK하이닉스는 엔비디아를 최대 고객으로 두고 있다`, `엔비디아를 최대 고객으로 둔 SK하이닉스`:
    the firm holding another as its customer supplies it (the subject, or the name the clause
    describes)."""
    out: list[Triple] = []
    for role in roles:
        if role.particle not in OBJECT_PARTICLES or role.mention.type not in AGENTS:
            continue
        at = past_gloss(doc, role.span.end) + 1  # past the particle
        noun = next((t for t in doc[at : at + 3] if t.text in CUSTOMER_KO), None)
        if noun is None or noun.i + 2 >= len(doc) or doc[noun.i + 1].text not in ("으로", "로"):
            continue
        verb = doc[noun.i + 2]
        if verb.lemma_ not in HOLDING and verb.text not in HOLDING:
            continue
        if "ETM" in verb.tag_:  # `… 둔 SK하이닉스`
            holder = next((r.mention for r in roles if r.span.start > verb.i and r.mention.type in AGENTS), None)
        else:
            before = [r for r in roles if r.span.end <= role.span.start and r.particle in SUBJECT_PARTICLES]
            holder = before[-1].mention if before and before[-1].mention.type in AGENTS else None
        if holder is not None and holder.iri != role.mention.iri:
            out.append((holder, "supplies", role.mention, status_after(doc, verb)))
    return out


def _stakes(doc: Doc, roles: list[Role], subject: Mention | None) -> list[Triple]:
    """`애플, 엔비디아, 구글 등이 전략적 투자자로 Arm 주식을 사들였다`, `X는 Y의 지분 10%를
    보유`: holders of a company's shares invest in it."""
    if not any(_stake_word(t.text) for t in doc):
        return []
    subject = _also_subject(roles) or subject  # `엔비디아에 이어 AMD까지 코히어의 주주가 되면서`
    if subject is None:
        return []
    holders = [subject, *coordinated_with(roles, subject)]
    holders += [r.mention for r in roles if _followed_by(doc, r, "에", "이어") and r.mention.type in AGENTS]
    out: list[Triple] = []
    for role in roles:
        owned = _owned_after(doc, roles, role)
        if owned is not None:  # `카카오와 카카오엔터테인먼트의 SM 지분은`: the possessor holds the stake
            owners = [role.mention, *coordinated_with(roles, role.mention)]
            out += [(h, "investsIn", owned, "asserted") for h in owners if h.type in AGENTS and h.iri != owned.iri]
            continue
        if role.mention.type not in ("Company", "ResearchOrg") or role.mention in holders:
            continue
        end = past_gloss(doc, role.span.end)  # `레인보우로보틱스(Rainbow Robotics)의 최대 주주`
        if whole_stake(doc[end : end + 5]):
            continue  # the company bought whole (relations_ko reads the purchase)
        nxt = [t.text for t in doc[end : end + 7]]  # `키옥시아의 두 번째 대주주`
        if nxt[:1] in (["이"], ["가"]) and nxt[1:2] == ["지분"]:  # `Y는 … X가 지분 9%를 확보하는`: X holds Y
            out += [(role.mention, "investsIn", h, "asserted") for h in holders[:1] if h.type in ORG_TYPES]
            continue
        if any(w in STAKE_WORDS for w in nxt[:2]) or (nxt[:1] == ["의"] and any(_stake_word(w) for w in nxt[1:])):
            out += [(h, "investsIn", role.mention, "asserted") for h in holders if h.type in AGENTS]
    return out


def _owned_after(doc: Doc, roles: list[Role], role: Role) -> Mention | None:
    """The company of `A의 B 지분`: B, right after A's possessive and right before the stake word."""
    end = past_gloss(doc, role.span.end)
    if end >= len(doc) or doc[end].text != "의":
        return None
    after = next((r for r in roles if r.span.start == end + 1), None)
    if after is None or after.mention.type not in ("Company", "ResearchOrg"):
        return None
    stop = past_gloss(doc, after.span.end)
    return after.mention if stop < len(doc) and doc[stop].text in STAKE_WORDS else None


def _stake_word(word: str) -> bool:
    """`지분`, `주주`, and the holders ranked by size (`대주주`, `최대주주`: `키옥시아의 두 번째 대주주`)."""
    return word in STAKE_WORDS or word.endswith("주주")


SHARE_WORDS = {"지분율", "지분"}


def _own_share(doc: Doc, roles: list[Role], previous_topic: Mention | None) -> list[Triple]:
    """`X에 대한 Y의 지분율은`: Y's share of X; `상장 뒤 베인캐피털의 지분율은 56%에서 51%로
    낮아진다`: a holder's share, in a sentence naming no other company, is its share of the
    company the article is discussing."""
    orgs = {r.mention.iri for r in roles if r.mention.type in ORG_TYPES}
    for i, role in enumerate(roles):
        end = past_gloss(doc, role.span.end)
        nxt = [t.text for t in doc[end : end + 3]]
        if nxt[:1] != ["의"] or nxt[1:2] == [] or nxt[1] not in SHARE_WORDS or role.mention.type not in AGENTS:
            continue
        before = roles[i - 1] if i else None
        about = before is not None and _followed_by(doc, before, "에", "대한")
        held = before.mention if about and before is not None else previous_topic if len(orgs) == 1 else None
        if held is not None and held.type in ORG_TYPES and held.iri != role.mention.iri:
            return [(role.mention, "investsIn", held, "asserted")]
    return []


def _joined_investments(doc: Doc, roles: list[Role], previous_topic: Mention | None) -> list[Triple]:
    """`엔비디아도 이 투자에 참여했다`, `X와 Y가 주요 주주로 참여했다`, `X도 이 회사에
    투자했다`: investors joining an investment named earlier put money into the sentence's
    other company, else the previous sentence's."""
    out: list[Triple] = []
    for tok in doc:
        if tok.lemma_ not in ("참여", "투자") or tok.i < 2 or doc[tok.i - 1].text not in ("에", "로", "으로"):
            continue
        if doc[tok.i - 2].text not in ("투자", "회사", "주주"):
            continue
        before = [r for r in roles if r.span.end <= tok.i and r.mention.type in ORG_TYPES]
        investor = next((r.mention for r in reversed(before) if r.particle in SUBJECT_PARTICLES), None)
        if investor is None:
            continue
        investors = [investor, *coordinated_with(roles, investor)]
        others = [r.mention for r in before if r.particle in SUBJECT_PARTICLES and r.mention not in investors]
        investee = others[0] if others else previous_topic
        if investee is not None and investee.type in ORG_TYPES and investee.iri not in {i.iri for i in investors}:
            out += [(i, "investsIn", investee, status_after(doc, tok)) for i in investors]
    return out


STAKE_WORDS = {"주식", "지분", "주주", "신주"}  # `신주`: new shares bought in a round
WHOLE = {"전량", "전부", "모두", "전체"}


def whole_stake(tokens: Span) -> bool:
    """`지분 100%`, `주식 전량`, `지분 63.9%`: all of a company's shares, or a majority: bought, that
    is buying the company (control); held, it is still a stake (`지분 63.4%를 보유한 지배주주`)."""
    words = [t.text for t in tokens]
    shares = [w for i, w in enumerate(words) if w.endswith("%") or words[i + 1 : i + 2] == ["%"]]
    control = any(float(m.group()) > MAJORITY for w in shares if (m := re.match(r"\d+(?:\.\d+)?", w)))
    hundred = any(w in ("100", "100%") and words[i + 1 : i + 2] in (["%"], []) for i, w in enumerate(words))
    bought = control and any(t.lemma_ in BUYING for t in tokens.doc)
    return any(w in STAKE_WORDS for w in words) and (hundred or bought or bool(WHOLE & set(words)))


MAJORITY = 50.0  # a stake above half the shares controls the company
BUYING = {"사들이", "인수", "매입", "품", "취득"}


def _also_subject(roles: list[Role]) -> Mention | None:
    """`AMD까지`: a name marked `even … too` is the clause's subject."""
    return next((r.mention for r in roles if r.particle == "까지" and r.mention.type in AGENTS), None)


def _followed_by(doc: Doc, role: Role, *words: str) -> bool:
    """The tokens right after the name are `words` (`엔비디아에 이어`)."""
    after = [t.text for t in doc[role.span.end : role.span.end + len(words)]]
    return after == list(words)


ORDERING = {"주문", "발주", "구매", "구입", "위탁", "조달"}
ENTRUSTING = {"맡기", "맡겼", "맡긴"}  # `생산은 TSMC에 맡긴다`: only with making named
SUPPLIER_MARKS = {"에", "에게", "에서", "로부터", "으로부터", "에게서"}


def _apart(doc: Doc, role: Role, i: int) -> bool:
    return any(ends_clause(t) for t in doc[role.span.end : i])


def _orders(doc: Doc, roles: list[Role]) -> list[Triple]:
    words = lemmas(doc)
    if not words & (ORDERING | ENTRUSTING | {"공급"}):
        return []
    making = bool(words & {"생산", "제조", "양산"})
    out: list[Triple] = []
    for tok in doc:
        received = tok.lemma_ == "공급" and tok.i + 1 < len(doc) and doc[tok.i + 1].lemma_ == "받"  # `공급받는다`
        if not (tok.lemma_ in ORDERING or received or (making and tok.lemma_ in ENTRUSTING)):
            continue
        if any(t.ent_type_ == "MONEY" for t in doc[max(0, tok.i - 4) : tok.i]):
            continue  # `아마존으로부터 40억 달러를 조달했다`: money raised, not goods bought
        before = [r for r in roles if r.span.end <= tok.i]
        supplier = next((r for r in reversed(before) if r.particle in SUPPLIER_MARKS), None)
        if supplier is None or supplier.mention.type not in ORG_TYPES or _apart(doc, supplier, tok.i):
            continue
        buyer = next((r for r in reversed(before) if r.particle in SUBJECT_PARTICLES and r is not supplier), None)
        if buyer is None or buyer.mention.type not in ORG_TYPES or buyer.mention.iri == supplier.mention.iri:
            continue
        status = status_after(doc, tok)
        out.append((supplier.mention, "supplies", buyer.mention, status))
        goods = [r for r in before if buyer.span.end <= r.span.start and r.particle in OBJECT_PARTICLES]
        out += [(buyer.mention, "uses", r.mention, status) for r in goods if r.mention.type in ARTIFACT_TYPES]
    return out


FUNDERS = {"로부터", "으로부터", "에게서"}
CLOSING = {"마치", "받", "완료", "끝내", "마무리"}  # `… 시리즈 C를 마쳤다`, `… 투자를 받았다`
ROUND_WORDS = {"투자", "시리즈", "라운드", "펀딩"}


def _round_before(doc: Doc, i: int) -> bool:
    """A round is what was closed or received: `시리즈 C를 마쳤다`, `투자를 받았다`."""
    return any(t.lemma_ in ROUND_WORDS for t in doc[max(0, i - 4) : i])
LEADING = {"주도", "참여", "이끌"}  # `소프트뱅크가 주도한 투자`, `a16z가 이끈 투자`


def _funding(doc: Doc, roles: list[Role], previous_topic: Mention | None) -> list[Triple]:
    """`퓨리오사AI는 네이버 등으로부터 투자를 유치했다`, `소프트뱅크가 주도한 투자에서 6억 달러를
    유치했다`: those the money came from, or who led the round, invest in who raised it."""
    if not lemmas(doc) & {"투자", "자금", "펀딩", "시리즈"}:
        return []
    out: list[Triple] = []
    for tok in doc:
        if not (tok.lemma_ == "유치" or (tok.lemma_ in CLOSING and _round_before(doc, tok.i))):
            continue
        before = [r for r in roles if r.span.end <= tok.i and r.mention.type in ORG_TYPES]
        investors: list[Mention] = []
        for role in before:
            after = past_gloss(doc, role.span.end)  # `이노비아 캐피털(Inovia Capital)이 주도한`
            led = role.particle in SUBJECT_PARTICLES and any(t.lemma_ in LEADING for t in doc[after : after + 3])
            if role.particle in FUNDERS or led:
                investors += [role.mention, *coordinated_with(roles, role.mention)]
        raiser = next(
            (r.mention for r in reversed(before) if r.particle in SUBJECT_PARTICLES and r.mention not in investors),
            None,
        )
        raiser = raiser or previous_topic
        if raiser is None or raiser.type not in ORG_TYPES:
            continue
        out += [(i, "investsIn", raiser, status_after(doc, tok)) for i in investors if i.iri != raiser.iri]
    return out
