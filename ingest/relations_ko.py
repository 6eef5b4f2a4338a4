"""Korean relations from particles and predicates.

Roles come from the particle after each mention (은/는/이/가 subject, 을/를 object,
와/과 partner, 에 target); the predicate noun or verb picks the relation. When a sentence
drops its subject, the previous sentence's topic stands in (Korean does this constantly).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ingest.extraction import AGENT_TYPES as AGENTS
from ingest.extraction import ARTIFACT_TYPES as ARTIFACTS
from ingest.extraction import ORG_TYPES, Mention
from ingest.korean_clauses import describes_someone_unnamed, relative_head, relative_user, taker
from ingest.korean_roles import (
    OBJECT_PARTICLES,
    PARTNER_PARTICLES,
    SUBJECT_PARTICLES,
    Role,
    coordinated_with,
    ends_clause,
    label_of,
    lemmas,
    refused_after,
    roles_of,
    status_after,
)
from ingest.korean_subjects import (
    bare_agent,
    by_agent,
    employer,
    has_subject_particle,
    headline_subject,
    listed_subject,
    possessor_org,
    sources,
    subject_of,
)
from ingest.korean_triggers import TOGETHER, trigger_of, trigger_start
from ingest.relations_ko_buyers import bought_whole, dropped_object, part_bought, passive_parties, topicalized_deal
from ingest.relations_ko_copula import OWN_WORDS, copular_makers, maker_nouns, named_products
from ingest.relations_ko_hosts import hosted, offered_on, running_on
from ingest.relations_ko_lists import listed_relations
from ingest.relations_ko_pairs import joint_subjects, pair_partners
from ingest.relations_ko_rivals import compared, kind_of, standing_against
from ingest.relations_ko_trade import trade_nouns

SUBJECT_TYPES = {
    "develops": ORG_TYPES,  # a person announcing speaks for the maker (gold convention 7)
    "announced": ORG_TYPES,
    "uses": AGENTS | ARTIFACTS,
    "builtOn": ARTIFACTS,
    "offeredOn": ARTIFACTS,
    "competesWith": AGENTS | ARTIFACTS,
}
OBJECT_TYPES = {
    "develops": ARTIFACTS,
    "announced": ARTIFACTS,
    "uses": ARTIFACTS,
    "acquired": ORG_TYPES,
    "investsIn": ORG_TYPES,
    "supplies": ORG_TYPES,
    "partnersWith": ORG_TYPES,
    "competesWith": ORG_TYPES | ARTIFACTS,
    "builtOn": ARTIFACTS,
    "offeredOn": {"Platform"},
}


def korean_relations(
    doc: Doc,
    mentions: list[tuple[Span, Mention]],
    previous_topic: Mention | None,
    previous_thing: Mention | None = None,
) -> list[tuple[Mention, str, Mention, str]]:
    """(subject, predicate, object, status) found in one sentence. `previous_thing` is the product
    the sentences before were about, when that is more recent than `previous_topic`: it stands in
    for a dropped subject of using or being built on (`MI300X는 … 공개됐다. 192GB HBM3를 갖췄다`)."""
    roles = roles_of(doc, mentions)
    label = label_of(doc, roles)
    found: list[tuple[Mention, str, Mention, str]] = []
    for tok in doc:
        trigger = trigger_of(doc, tok)
        if trigger is None:
            continue
        predicate, object_role = trigger
        if predicate in MAKING and doc[tok.i + 1 : tok.i + 2].text in KIND_NOUNS:
            continue  # `AI 개발 도구 기업 W&B`: the noun names a kind of firm or tool, no act
        deal = next((t.lemma_ for t in doc[max(0, tok.i - 3) : tok.i] if t.lemma_ in DEAL_WORDS), None)
        deal = deal if tok.lemma_ == "계약" else None
        agreed = deal == "인수"  # `젤스와 인수 계약을 맺고`: the one agreed to be bought
        if agreed:
            predicate = "acquired"
        elif deal:
            continue  # `합병 본계약`, `주식매매계약`: a deal between the two, not a partnership
        allowed = SUBJECT_TYPES.get(predicate, AGENTS)
        before = [r for r in roles if r.span.end <= tok.i]
        speaking = sources(doc, roles)  # `로이터에 따르면`: a source, not the subject
        thing_topic = predicate in HELD and previous_thing is not None and previous_thing.type in allowed
        carried = previous_thing if thing_topic else previous_topic
        listed = listed_subject(doc, before)  # `도요타, 덴소 등 8개 기업이`
        subject = listed or subject_of(
            [r for r in before if r not in speaking], carried, roles, allowed, speaking, tok.i
        )
        obj = _object([r for r in before if r not in speaking], object_role, predicate, trigger_start(doc, tok))
        if obj is None and object_role == "object":
            passive = _passive(doc, tok)
            head = relative_head(doc, tok, roles, OBJECT_TYPES[predicate]) if predicate in MODIFIED_OBJECTS else None
            obj = head or _topical_object(before, predicate, passive)
            if passive and obj is not None and (subject is None or subject is carried):
                subject = possessor_org(doc, roles, allowed) or subject
        respectively = any(t.text == "각각" for t in doc[max(0, tok.i - 4) : tok.i])  # `A와 B가 각각 투자한 C와 D`
        if obj is None and object_role == "target" and predicate == "investsIn" and not respectively:
            obj = relative_head(doc, tok, roles, ORG_TYPES)  # `8개 기업이 출자한 라피더스`
        if obj is None and label is not None and label.mention.type in ARTIFACTS and predicate in MAKING:
            obj = label.mention  # `- HBM3E 12단: 삼성전자 2024년 2월 개발 발표`
            subject = bare_agent(before[1:]) or subject
        if predicate == "acquired" and obj is not None and part_bought(doc, before, obj, tok.i):
            continue  # `Arm 주식을 사들였다`: shares of a company, not the company
        if obj is None and predicate == "acquired" and _passive(doc, tok):  # `모자이크ML은 데이터브릭스에 인수됐다`
            subject, obj = passive_parties(before, subject)
        elif obj is None and predicate == "acquired" and topicalized_deal(doc, before, tok.i)[1] is not None:
            subject, obj = topicalized_deal(doc, before, tok.i)  # `디팝은 엣시가 인수했다`, `X는 Y도 인수했다`
        elif obj is None and predicate == "acquired" and subject is not None and subject is not carried:
            obj = dropped_object(doc, tok, subject, previous_topic)  # `2013년 구글이 인수했고`
        subject = by_agent(doc, before, allowed) or subject  # `라마 3는 메타에 의해 공개됐다`
        if predicate in MAKING and (subject is None or subject is carried):
            subject = employer(doc, before) or subject  # `엔비디아 CEO 젠슨 황은 … 발표했다`
        object_before = obj in [r.mention for r in before]
        if tok.lemma_ == "운영" and object_before:
            continue  # `‘시너지협의체’도 운영한다`: what is run may be a body; `X가 운영하는 ‘Y’` names a product
        modified = relative_user(doc, tok, roles) if predicate in MAKING and object_before else None
        maker = modified if modified is not None and modified.type in ORG_TYPES else None
        subject = maker or subject  # `‘챗GPT’를 만든 오픈AI`: the clause's maker is the name it modifies
        if predicate in ("partnersWith", "competesWith") and (obj is None or subject in (None, carried)):
            pair = _coordinated(before, subject)  # `X와 Y는 협력했다`, `X와 Y의 주도권 다툼`
            obj, subject = pair if pair[0] is not None else (obj, subject)
        if predicate == "builtOn" and obj is not None:  # `Y 기반(의) X`: X follows the trigger
            after = [r for r in roles if r.span.start > tok.i and r.mention.type in allowed]
            subject = after[0].mention if after and not has_subject_particle(before, allowed) else subject
            adnominal = tok.i + 1 < len(doc) and doc[tok.i + 1].text not in ("으로", "로")  # not `X를 바탕으로 …`
            builder = _builder(before) if adnominal and (subject is None or not after) else None
            # `네이버클라우드는 가우디2 기반 AI 서버를 구축했다`, `OCI가 블랙웰 기반 인스턴스를 제공한다`:
            # the builder uses the base; what it built is unnamed
            for party in [builder, *coordinated_with(roles, builder)] if builder is not None else []:
                found.append((party, "uses", obj, status_after(doc, tok)))
            if builder is not None:
                continue
        owner = _owner_of_bare(roles, obj, tok.i)  # `마이크로소프트의 오픈AI 투자`: the owner acts
        subject = owner if owner is not None and owner.type in allowed else subject
        headline = headline_subject(doc, roles, allowed) if listed is None else None
        subject = headline or subject
        if headline is not None and obj is None and object_role == "object":  # `데이터브릭스, 모자이크ML 인수`
            obj = next(
                (
                    r.mention
                    for r in before[1:]
                    if r.particle in ("", ",") and r.mention.type in OBJECT_TYPES[predicate]
                ),
                None,
            )
        if predicate == "uses":  # `GPT-4를 넣은 코파일럿`: the adnominal clause describes what follows
            user = relative_user(doc, tok, roles)
            if tok.lemma_ == "삼" and obj is not None:  # `X를 Z의 N으로 삼다`: Z takes X as its N
                user = taker(before, obj) or user
            if user is None and describes_someone_unnamed(doc, tok):
                continue
            subject = user or subject
        if tok.lemma_ == "품" and subject is carried:
            continue  # `앤트로픽을 품은 아마존`: taking in reads as buying only with its subject said
        if subject is None or obj is None or (predicate == "investsIn" and refused_after(doc, tok)):
            continue  # `투자하지 않았다`
        status = status_after(doc, tok)
        status = "planned" if agreed and status == "asserted" else status  # an agreement: the deal is ahead
        trained = _object(before, "object", predicate, tok.i) if object_role == "means" else None
        if trained is not None and trained.iri != obj.iri:  # `H100으로 라마 3를 학습`: the model uses it too
            found.append((trained, predicate, obj, status))
        alone = subject is carried or subject is maker  # `‘챗GPT’를 만든 오픈AI, ‘클로드’를 만든 앤트로픽`
        subjects = [subject] if alone else [subject, *coordinated_with(roles, subject)]
        after_trigger = any(r.mention is obj and r.span.start > tok.i for r in roles)  # `… 출자한 라피더스`
        for target in [obj] if after_trigger else [obj, *coordinated_with(roles, obj)]:
            for subj in subjects:
                if predicate == "competesWith" and kind_of(subj) != kind_of(target):
                    continue  # organisations rival organisations, products rival products
                if subj.iri != target.iri and target.type in OBJECT_TYPES[predicate] and subj.type in allowed:
                    found.append((subj, _composed(predicate, tok, subj, target), target, status))
            if subject.iri == target.iri or target.type not in OBJECT_TYPES[predicate] or subject.type not in allowed:
                continue
            if predicate == "announced" and _own(doc, target, roles):  # `자체 X를 공개`: made it too
                found.append((subject, "develops", target, status))
            if predicate == "develops":  # `삼성전자와 함께 개발`: the partner develops it too, as a partner
                for role in before:
                    if (
                        role.particle in PARTNER_PARTICLES
                        and role.mention.type in AGENTS
                        and role.mention is not subject
                    ):
                        found.append((role.mention, predicate, target, status))
                        found.append((subject, "partnersWith", role.mention, status))
    return (
        found
        + _together(doc, roles, previous_topic)
        + pair_partners(doc, roles, previous_topic)
        + joint_subjects(doc, roles)
        + copular_makers(doc, roles, previous_topic)
        + named_products(doc, roles, previous_topic)
        + maker_nouns(doc, roles)
        + trade_nouns(doc, roles, previous_topic)
        + listed_relations(doc, roles)
        + hosted(doc, roles, label)
        + running_on(doc, roles)
        + offered_on(doc, roles)
        + compared(doc, roles)
        + standing_against(doc, roles)
    )


MAKING = {"develops", "announced"}
KIND_NOUNS = {"도구", "툴", "업체", "기업", "회사", "사", "팀", "인력", "환경", "키트"}  # `개발 도구`, `개발사`
HELD = {"uses", "builtOn"}  # what a product can do with a dropped subject
MODIFIED_OBJECTS = {
    "announced",
    "develops",
    "acquired",
}  # `엔비디아가 공개한 블랙웰` (`HBM3E를 단 H200` reads the other way)


COMPOSING = {"담", "넣", "탑재", "장착", "갖추", "결합", "묶"}
RUNNING_ON = {"쓰", "사용", "활용", "이용"}


def _composed(predicate: str, trigger: Token, whole: Mention, part: Mention) -> str:
    """`그레이스 CPU와 블랙웰 GPU를 랙 하나에 담은 GB200 NVL72`: a system or service holding
    chips is built on them, and so is a product running on one (`MI300X 가속기를 쓰는 가상머신`);
    a chip holding a chip uses it (`HBM3E를 단 H200`), and a platform adopting chips uses them."""
    if predicate != "uses" or part.type != "Chip":
        return predicate
    holds = trigger.lemma_ in COMPOSING and whole.type in ("Product", "Platform")
    runs_on = trigger.lemma_ in RUNNING_ON and whole.type == "Product"
    return "builtOn" if holds or runs_on else predicate


DEAL_WORDS = {"합병", "인수", "매각", "매매", "본"}
TOGETHER_REACH = 8  # `삼성전자와 차세대 AI 반도체를 공동 개발`


def _together(doc: Doc, roles: list[Role], previous_topic: Mention | None) -> list[tuple[Mention, str, Mention, str]]:
    """`아이플라이텍은 화웨이와 함께 플랫폼을 구축하고 있다`, `네이버는 삼성전자와 AI 칩을 공동
    개발한다`: doing anything together with an organisation (`와 함께`, `와 … 공동으로`) in one
    clause makes the subject its partner."""
    out: list[tuple[Mention, str, Mention, str]] = []
    for i, role in enumerate(roles):
        if role.particle not in ("와", "과") or role.mention.type not in ORG_TYPES:
            continue
        together = None
        for t in doc[role.span.end + 1 : role.span.end + TOGETHER_REACH]:
            if t.lemma_ in TOGETHER:
                together = t
                break
            if ends_clause(t):
                break
        if together is None or _joins_round(doc):
            continue  # `이 라운드에는 A와 함께 B도 참여했다`: fellow investors (relations_funding_ko)
        subject = subject_of(roles[:i], previous_topic, [], ORG_TYPES)
        if subject is None:
            continue
        partners = dict.fromkeys([role.mention, *coordinated_with(roles, role.mention)])  # `A(…), B와 함께`
        for partner in partners:
            if partner.type in ORG_TYPES and partner.iri != subject.iri:
                out.append((subject, "partnersWith", partner, status_after(doc, together)))
    return out


ROUND_WORDS = {"라운드", "투자", "펀딩"}


def _joins_round(doc: Doc) -> bool:
    """A sentence about joining or leading a funding round."""
    words = lemmas(doc)
    return bool(words & ROUND_WORDS) and bool(words & {"참여", "주도", "합류", "참가"})


def _topical_object(before: list[Role], predicate: str, passive: bool) -> Mention | None:
    """`리벨은 삼성전자와 함께 개발하고 있다`: a product as topic is what is being made;
    with a passive or intransitive predicate (`H200이 발표됐다`, `GPT-4 터보가 나왔다`) its
    grammatical subject is."""
    if predicate not in ("develops", "announced"):
        return None
    particles = ("은", "는", "도", "이", "가") if passive else ("은", "는", "도")
    for role in reversed(before) if passive else before:  # `H100 품귀가 이어졌고, … H200이 발표됐다`
        if role.particle in particles and role.mention.type in ARTIFACTS:
            return role.mention
    return None


INTRANSITIVE = {"나오", "드러내", "첫선", "베일"}  # `B200이 첫선을 보였다`, `베일을 벗었다`


def _passive(doc: Doc, trigger: Token) -> bool:
    nxt = doc[trigger.i + 1] if trigger.i + 1 < len(doc) else None
    return trigger.lemma_ in INTRANSITIVE or (nxt is not None and nxt.lemma_ == "되" and "XSV" in nxt.tag_)


def _own(doc: Doc, target: Mention, roles: list[Role]) -> bool:
    role = next((r for r in roles if r.mention is target), None)
    return role is not None and any(t.text in OWN_WORDS for t in doc[max(0, role.span.start - 6) : role.span.start])


def _object(before: list[Role], object_role: str, predicate: str, trigger_i: int) -> Mention | None:
    wanted = {
        "object": OBJECT_PARTICLES,
        "partner": PARTNER_PARTICLES,
        "rival": PARTNER_PARTICLES | {"에", "에게"},  # `엔비디아에 맞서`
        "target": {"에", "에게", "에도", "을", "를"},
        "venue": {"에서", "에서도", "위에서", "를", "을", "으로", "로"},
        "means": {"에서", "에서도", "위에서", "으로", "로"},  # `H100으로 학습`: what the model is trained on
    }[object_role]
    for role in reversed(before):
        if role.base and predicate != "builtOn":
            continue
        if object_role == "object" and _clause_between(role, trigger_i):
            continue  # `그래비톤을 내놓았고 … AI 칩까지 갖췄다`: that object belongs to the earlier verb
        if role.particle in wanted and role.mention.type in OBJECT_TYPES[predicate]:
            return role.mention
        if predicate == "acquired" and object_role == "object" and bought_whole(role):
            return role.mention  # `볼파라 지분 100%를 사들이는`
        # a bare noun right before the predicate noun: "H100 개발", "모자이크ML 인수"
        bare = role.span.end == trigger_i and object_role in ("object", "target")  # `Arm 인수는`
        # `라마 3 기반으로 바꿔` is no `Y 기반(의) X`
        bare = bare and (role.particle in ("", "의") or predicate != "builtOn")
        if bare and role.mention.type in OBJECT_TYPES[predicate]:
            return role.mention
        # the owner of a nominalised predicate is its object when only products can be: `레니게이드의 양산을`
        owned = role.particle == "의" and role.span.end + 1 == trigger_i and object_role == "object"
        if owned and not OBJECT_TYPES[predicate] & ORG_TYPES and role.mention.type in OBJECT_TYPES[predicate]:
            return role.mention
    return None


def _builder(before: list[Role]) -> Mention | None:
    """The organisation or platform named as subject that builds something unnamed on a base."""
    return next(
        (r.mention for r in before if r.particle in SUBJECT_PARTICLES and r.mention.type in (*ORG_TYPES, "Platform")),
        None,
    )


def _owner_of_bare(roles: list[Role], obj: Mention | None, trigger_i: int) -> Mention | None:
    index = next((i for i, r in enumerate(roles) if r.mention is obj), None)
    if index is None or index == 0 or roles[index].span.end != trigger_i:
        return None
    owner = roles[index - 1]
    return owner.mention if owner.particle == "의" and owner.span.end + 1 == roles[index].span.start else None


def _clause_between(role: Role, trigger_i: int) -> bool:
    """A connective ending (`내놓았고`, `출시해`) or an adnominal one (`블랙웰 GPU를 담은
    GB200 NVL72도 공개`) between a name and a later predicate; a quoting ending (`개발했다고
    발표`) keeps the name in the reported clause's reach, and so do verbs in series."""
    doc = role.span.doc
    ends = [t for t in doc[role.span.end : trigger_i] if ends_clause(t)]
    return bool(ends) and not _serial(doc, ends, trigger_i)


def _serial(doc: Doc, ends: list[Token], trigger_i: int) -> bool:
    """`라마 3를 개발해 공개했다`, `설계하고 양산했다`: verbs in series with nothing but adverbs
    between share the object named before the first."""
    last = ends[-1]
    connective = len(ends) == 1 and "EC" in last.tag_ and "ETM" not in last.tag_
    return connective and all(t.tag_.split("+")[0] in ("MAG", "SP") for t in doc[last.i + 1 : trigger_i])


def _coordinated(before: list[Role], subject: Mention | None) -> tuple[Mention | None, Mention | None]:
    """'X와 Y는 협력했다', `X와 Y의 경쟁`: X (JC) and Y (topic or owner) partner or compete."""
    for i, role in enumerate(before[:-1]):
        nxt = before[i + 1]
        if role.particle in PARTNER_PARTICLES and nxt.particle in SUBJECT_PARTICLES | {"의"}:
            return role.mention, nxt.mention
    return None, subject
