"""`Nvidia's H100`, `엔비디아의 호퍼 세대 GPU`: a possessive names the maker.

An organisation's possessive on a product is its maker (`오픈AI의 언어모델 GPT-3`), unless
the catalog records another maker — then the owner is a customer (`Meta's H100 cluster`)
and the possessive says nothing we keep. Up to three plain words may sit between.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from ingest.extraction import ARTIFACT_TYPES, Mention
from kg.catalog import Catalog, Entity


def owned_products(
    doc: Doc, mentions: list[tuple[Span, Mention]], catalog: Catalog
) -> list[tuple[Mention, str, Mention, str]]:
    out: list[tuple[Mention, str, Mention, str]] = []
    for i, (owner_span, owner) in enumerate(mentions):
        owner_entity = catalog.by_iri(owner.iri)
        if owner.type not in ("Company", "ResearchOrg"):
            continue
        owner_id = owner_entity.id if owner_entity is not None else None
        for thing_span, thing in mentions[i + 1 : i + 3]:
            entity = catalog.by_iri(thing.iri)
            if thing.type not in ARTIFACT_TYPES or _other_maker(catalog, thing, owner_id):
                continue
            between = list(doc[owner_span.end : thing_span.start])
            between = _past_closers(between) if owner.type == "Company" else between
            joined = not between and owner_id is not None and entity is not None and entity.parent == owner_id
            possessive = 1 <= len(between) <= _reach(between) and between[0].text in POSSESSIVE
            possessive = possessive and all(map(_plain, between[1:]))
            if joined or possessive:  # `Nvidia H100` (the catalog's maker), `엔비디아의 호퍼 세대 GPU`
                out.append((owner, "develops", thing, "asserted"))
                if possessive:  # `SK하이닉스, 삼성전자, 마이크론의 HBM3E`: each maker in the list
                    out += [(o, "develops", thing, "asserted") for o in _co_owners(doc, mentions, i, entity)]
                listed = _listed_after(doc, mentions, thing_span, catalog, owner_id)
                out += [(owner, "develops", m, "asserted") for m in listed]
    return out


LIST_GLUE_KO = {"과", "와", ",", "·", "및"}


def _co_owners(doc: Doc, mentions: list[tuple[Span, Mention]], index: int, entity: Entity | None) -> list[Mention]:
    """Organisations listed right before a Korean possessive owner, when the catalog names no maker."""
    if doc.lang_ != "ko" or (entity is not None and entity.parent is not None):
        return []
    out: list[Mention] = []
    end = mentions[index][0].start
    for span, mention in reversed(mentions[:index]):
        between = [t.text for t in doc[span.end : end]]
        if mention.type not in ("Company", "ResearchOrg") or len(between) != 1 or between[0] not in LIST_GLUE_KO:
            break
        out.append(mention)
        end = span.start
    return out


def _listed_after(
    doc: Doc, mentions: list[tuple[Span, Mention]], first: Span, catalog: Catalog, owner_id: str | None
) -> list[Mention]:
    """`엔비디아 A100과 H100`, `엔비디아의 H100, H200`, `AWS's Trainium and Inferentia`: the
    maker's name covers the products listed after the possessed one, item by item, while the
    catalog credits each item to that maker (or to nobody)."""
    out: list[Mention] = []
    end = first.end
    for span, mention in mentions:
        if span.start < end:
            continue
        if not _list_gap(list(doc[end : span.start])) or mention.type not in ARTIFACT_TYPES:
            break
        if _other_maker(catalog, mention, owner_id):
            break
        verb_next = span.end < len(doc) and doc[span.end].pos_ in ("VERB", "AUX")
        if doc.lang_ != "ko" and verb_next and not any(t.lower_ in ("and", "or") for t in doc[end : span.start]):
            break  # `Google's own PaLM 2 models, Model Garden included …`: a new clause's subject
        out.append(mention)
        end = span.end
    return out


def _list_gap(between: list[Token]) -> bool:
    """What separates two items of a list: Korean glue (과, 와, 및, `,`) with plain words, or
    English `,` / `and` / `or`, after the first item's class noun at most."""
    if not between:
        return False
    if between[0].doc.lang_ == "ko":
        glued = [t.text in LIST_GLUE_KO for t in between]
        return any(glued) and all(g or _plain(t) for g, t in zip(glued, between, strict=True))
    glue = [t.lower_ in (",", "and", "or") for t in between]  # `AMD's EPYC processors and Instinct MI250X`
    return any(glue) and all(g or (t.is_lower and t.pos_ == "NOUN") for g, t in zip(glue, between, strict=True))


def _other_maker(catalog: Catalog, thing: Mention, owner_id: str | None) -> bool:
    """The catalog records a maker for the thing, and it is not the owner."""
    entity = catalog.by_iri(thing.iri)
    return entity is not None and entity.parent not in (None, owner_id)


POSSESSIVE = {"'s", "’s", "의", "'"}
CLOSERS = {")", "’", "”", "'", '"'}
OPENERS = {"'", "‘", '"', "“"}


def _past_closers(between: list[Token]) -> list[Token]:
    """`아마존웹서비스(AWS)의 그래비톤`: the alias's closing bracket or a closing quote
    stands between the owner and its possessive."""
    while between and between[0].text in CLOSERS and len(between) > 1 and between[1].text in POSSESSIVE:
        between = between[1:]
    return between


# a Korean class noun naming a gathering, not a product (`오픈AI의 첫 개발자 행사 ‘데브데이’`)
EVENT_NOUNS = {"행사", "콘퍼런스", "컨퍼런스", "대회", "회의", "포럼", "전시회", "박람회", "캠페인", "프로그램"}


def _reach(between: list[Token]) -> int:
    """How many words may stand between owner and thing: more before a quoted Korean name
    (`VMware의 가상 데스크톱 소프트웨어 ‘호라이즌’`), where the quote marks the name's start;
    none when the noun before the name says it is an event."""
    if between[0].doc.lang_ != "ko":
        return 4
    if len(between) >= 2 and between[-1].text in OPENERS and between[-2].text in EVENT_NOUNS:
        return 0
    return 7 if between[-1].text in OPENERS else 4


def _plain(token: Token) -> bool:
    """A descriptive word that keeps the possessive on the name: `호퍼 세대`, `open-source`."""
    if token.doc.lang_ == "ko":  # `마이크로소프트의 AI 가속기 '마이아 100'`: an opening quote too
        tag = token.tag_.split("+")[0]  # `새 플래그십 스마트폰`: a determiner too
        return (tag in ("NNG", "SL", "SN", "NNP", "MM") and not token.ent_type_) or token.text in OPENERS
    return token.pos_ in ("NOUN", "ADJ", "PROPN", "NUM") and not token.ent_type_


def pronoun_possessives(
    doc: Doc, mentions: list[tuple[Span, Mention]], owner_hint: Mention | None, catalog: Catalog
) -> list[tuple[Mention, str, Mention, str]]:
    """`AWS has its Graviton CPUs and its Trainium`, `the company's own TPU`: `its`/`their`
    on a product names the clause's organisation (else the one the article is about) as
    its maker — unless the catalog records a different maker."""
    if doc.lang_ == "ko":
        return []
    by_token = {t.i: m for s, m in mentions for t in s}
    out: list[tuple[Mention, str, Mention, str]] = []
    for tok in doc:
        pronoun = tok.lower_ in ("its", "their")
        if tok.dep_ != "poss" or not (pronoun or tok.lemma_.lower() in OWNER_WORDS):
            continue
        thing = by_token.get(tok.head.i) or next(
            (by_token[c.i] for c in tok.head.children if c.i in by_token and c.dep_ in ("compound", "appos")), None
        )  # `its H200 GPU`, `Its second, ATOM`, `The company's first chip, ION`
        clause_owner = _clause_organisation(tok, by_token) if pronoun else None
        owner = clause_owner if clause_owner is not None and clause_owner is not thing else owner_hint
        if thing is None or owner is None or owner.type not in ("Company", "ResearchOrg"):
            continue
        for item in [thing, *(by_token[c.i] for c in tok.head.conjuncts if c.i in by_token)]:
            entity, maker = catalog.by_iri(item.iri), catalog.by_iri(owner.iri)
            if item.type in ARTIFACT_TYPES and (entity is None or entity.parent in (None, maker.id if maker else None)):
                out.append((owner, "develops", item, "asserted"))
    return out


OWNER_WORDS = {"company", "firm", "startup", "chipmaker", "group", "maker"}


def _clause_organisation(token: Token, by_token: dict[int, Mention]) -> Mention | None:
    node = token.head
    while True:
        for child in node.children:  # `Colossus uses its Spectrum-X`: a product subject owns nothing
            if child.dep_ == "nsubj" and child.i in by_token and by_token[child.i].type in ("Company", "ResearchOrg"):
                return by_token[child.i]
        if node.head.i == node.i:
            return None
        node = node.head
