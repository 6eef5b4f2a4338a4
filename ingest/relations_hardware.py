"""How hardware is put together, read from the words between two names.

Spec-sheet prose states these relations in fixed phrases rather than with a subject and a
verb: `H100 기반 가상머신 ND H100 v5` (builtOn), `HBM3E를 단 H200` / `HBM3가 H100에
탑재` (uses), `RSC는 … A100 GPU 6,080개로 구성` (builtOn), `삼성전자 파운드리의 5나노
공정으로 생산`, `manufactured by TSMC`, `on TSMC's 5-nanometer process`, `TSMC makes it on its
3-nanometer process` (the foundry supplies the chip's designer). The surface between the two
names is what the rules read, so Kiwi splitting `기반` or the small English parser's
attachment errors do not matter.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from spacy.tokens import Doc, Span

from ingest.en_phrases import mention_at
from ingest.extraction import ARTIFACT_TYPES, ORG_TYPES, Mention
from ingest.mentions import maker_mention
from kg.catalog import Catalog

Triple = tuple[Mention, str, Mention, str]

BASED_KO = re.compile(r"\s*(?:(?:을|를)\s*)?기반(?:의|으로 한|으로 하는)?\s+(?:[^\s,.]+\s+){0,4}['‘\"“]?$")
CARRYING_KO = re.compile(
    r"\s*(?:[\d,.]+\s*[A-Za-z]+\s*)?(?:을|를)\s+(?:탑재한|단|장착한|갖춘|쓰는|쓴|넣은|채용한|사용하는|사용한|적용한)\s+$"
)
SUBJECT_KO = re.compile(r"(?:이|가|은|는|도)\s")
ON_TOP_KO = re.compile(r"(?:\s*[^\s,.()]+?){0,2}?\s*(?:을|를)?\s*(?:기반으로|바탕으로|토대로)")
ALIAS = re.compile(r"^\s*\([^)]{1,40}\)")


def _after(doc: Doc, span: Span) -> str:
    """The text after a name, past its parenthetical alias (`엘 캐피탄(El Capitan)에`)."""
    return ALIAS.sub("", doc.text[span.end_char :], count=1)
MOUNTED_KO = re.compile(r"에\s*(?:\S+\s+)?(?:탑재|장착|들어가|들어간|쓰이|쓰인|적용|채택|실리|실린)")
MADE_OF_KO = re.compile(r"(?:로|으로)\s*(?:구성|이뤄|이루어)")
# `삼성전자 파운드리의 5나노`, `TSMC의 2세대 3나노 공정`, `삼성 파운드리의 테일러 공장에서 4나노(nm) 공정으로`
FOUNDRY_KO = re.compile(
    r"^\s*(?:의\s*)?[\d.]+\s*(?:나노|nm)|^\s*(?:의\s*)?(?:[A-Z0-9]+\s*)?공정"
    r"|^\s*의\s*(?:[^\s,.]+\s+){1,3}?(?:[\d.]+\s*(?:나노|nm)|(?:[A-Z0-9]+\s*)?공정)"  # words between: only after 의
)
MADE_KO = re.compile(r"생산|만들|제조|양산|공정을 활용|공정으로 만|공정을 써")
FOUNDRY_EN = re.compile(r"(?:manufactured|made|produced|fabricated|built)\s+(?:by|at|on)\s+$|(?:on|using)\s+$", re.I)
PROCESS_EN = re.compile(r"^(?:'s|’s)?\s+(?:\S+\s+){0,2}(?:process|node|nanometer|nm)\b", re.I)
# `TSMC manufactures AmpereOne on its 5-nanometer process`, `chiplets that TSMC makes on …`
MAKES_EN = re.compile(r"^\s+(?:also\s+)?(?:makes|manufactures|produces|fabricates|made|manufactured|produced)\b", re.I)
NODE_EN = re.compile(r"\d+(?:\.\d+)?-?\s*(?:nanometer|nm)\b|\bprocess(?:es)?\b", re.I)


def containment(whole: Mention) -> str:
    """A chip inside a chip is used (`H100 uses HBM3`); a system or service made of chips is
    built on them (`NC H100 v5 builtOn H100`, `El Capitan builtOn MI300A`)."""
    return "uses" if whole.type == "Chip" else "builtOn"


def _text_between(doc: Doc, a: Span, b: Span, found: list[tuple[Span, Mention]]) -> str:
    """The words between two names, leaving out a maker's name in between (`HBM3가
    엔비디아 H100에` reads as `HBM3가 H100에`)."""
    text = doc.text[a.end_char : b.start_char]
    for span, mention in found:
        if a.end_char <= span.start_char and span.end_char <= b.start_char and mention.type in ORG_TYPES:
            piece = doc.text[span.start_char : span.end_char]
            text = text.replace(piece + " ", "", 1)
    return text


def _artifact_pairs(found: list[tuple[Span, Mention]]) -> list[tuple[tuple[Span, Mention], tuple[Span, Mention]]]:
    """Neighbouring artifacts, skipping organisations between them."""
    artifacts = [(s, m) for s, m in found if m.type in ARTIFACT_TYPES]
    return [(a, b) for a, b in zip(artifacts, artifacts[1:], strict=False) if a[1].iri != b[1].iri]


def _designer(chips: list[Mention], catalog: Catalog, topic: Mention | None) -> Mention | None:
    """The company whose chip a foundry makes: the catalog's maker of a chip in the sentence,
    else the organisation the article is about."""
    for chip in chips:
        maker = maker_mention(catalog, chip)
        if maker is not None:
            return maker
    return topic if topic is not None and topic.type in ORG_TYPES else None


def _sentence_subject(doc: Doc, found: list[tuple[Span, Mention]], foundry: Mention) -> Mention | None:
    """`텐스토렌트는 … 삼성전자 파운드리의 4나노 공정에서 생산`: the organisation the Korean
    sentence is about (its subject particle), for a chip it does not name."""
    if doc.lang_ != "ko":
        return None
    subjects = [m for span, m in found if m.type in ORG_TYPES and SUBJECT_KO.match(_after(doc, span))]
    return next((m for m in subjects if m.iri != foundry.iri), None)


def _foundry(doc: Doc, found: list[tuple[Span, Mention]], catalog: Catalog, topic: Mention | None) -> list[Triple]:
    chips = [m for _, m in found if m.type == "Chip"]
    out: list[Triple] = []
    for span, mention in found:
        if mention.type not in ORG_TYPES:
            continue
        after = doc.text[span.end_char :]
        before = doc.text[: span.start_char]
        korean = doc.lang_ == "ko" and FOUNDRY_KO.match(after) and MADE_KO.search(doc.text)
        english = doc.lang_ != "ko" and (
            (FOUNDRY_EN.search(before[-40:]) and (PROCESS_EN.match(after) or before.endswith("by ")))
            or (MAKES_EN.match(after) and NODE_EN.search(doc.text))  # the foundry makes it, on a node
        )
        if korean or english:
            owners = _whose(doc, found, span)  # `MediaTek and Apple, whose chips TSMC also makes`
            designer = _designer(chips, catalog, _sentence_subject(doc, found, mention) or topic)
            designers = owners or ([designer] if designer is not None else [])
            out += [(mention, "supplies", d, "asserted") for d in designers if d.iri != mention.iri]
    return out


def _whose(doc: Doc, found: list[tuple[Span, Mention]], foundry: Span) -> list[Mention]:
    """The organisations a `whose` before the foundry's name refers back to."""
    at = doc.text.rfind(" whose ", 0, foundry.start_char)
    if at < 0:
        return []
    return [m for s, m in found if m.type in ORG_TYPES and at - 40 <= s.start_char and s.end_char <= at + 1]


def _made_of(doc: Doc, found: list[tuple[Span, Mention]]) -> list[Triple]:
    """`RSC는 DGX A100 시스템 760대, 곧 A100 GPU 6,080개로 구성`: the sentence's subject
    artifact is built on every artifact named shortly before `로 구성`."""
    marker = MADE_OF_KO.search(doc.text)
    if marker is None:
        return []
    subjects = [(s, m) for s, m in found if m.type in ARTIFACT_TYPES and SUBJECT_KO.match(_after(doc, s))]
    if not subjects:
        return []
    whole_span, whole = subjects[0]
    return [
        (whole, "builtOn", m, "asserted")
        for s, m in found
        if m.type in ARTIFACT_TYPES
        and m.iri != whole.iri
        and whole_span.end_char <= s.start_char < marker.start()
        and marker.start() - s.end_char <= 40
    ]


BUILT_EN = re.compile(
    r"\b(?:based on|built on|built from|built around|made of|made from|powered by|combines|consists of|composed of"
    r"|on top of)"
    r"\s+(?:the\s+|its\s+|an?\s+|up to\s+)?(?:[\d,.]+\s+)?(?:\S+(?:'s|’s)\s+)?$",
    re.I,
)
COUNT_EN = r"(?P<count>(?:[\d,.]+|two|four|six|eight|twelve|sixteen)\s+)?"
CARRIES_EN = re.compile(
    r"\b(?:with|carries|carry|uses|use|using|packs?|has|have|contains?|links?|connects?|houses?)\s+(?:up to\s+)?"
    r"(?:[\d,.]+\s*(?:GB|TB)\s+of\s+)?" + COUNT_EN + r"(?:shared\s+|stacked\s+)?$",
    re.I,
)
# `the A17 Pro chip in the iPhone 15 Pro`, `HBM3, the generation inside Nvidia's H100`,
# `an HBM3E part that would ship in Nvidia's H200`: a chip inside a later-named whole
INSIDE_EN = re.compile(
    r"^(?:,?\s+(?:the|an?|its|chips?|GPUs?|memory|parts?|stacks?|generation|processors?|that|which|would|will|now"
    r"|is|are|already|ships?|shipped|sits?|goes|went|appears?|used))+"
    r"\s+(?:in|inside|into)\s+(?:the\s+|its\s+|an?\s+|every\s+|each\s+)?(?:\S+(?:'s|’s)\s+)?$",
    re.I,
)
LIST_GLUE_EN = re.compile(r"^\s*(?:\S+\s+){0,2}?(?:and|or|,)\s+$")


def _on_top_of(doc: Doc, found: list[tuple[Span, Mention]], topic: Mention | None) -> list[Triple]:
    """`메타 AI도 라마 3 기반으로 바꿔`, `네오버스 CSS를 바탕으로`: the sentence's subject
    artifact is built on the artifact named before `기반으로/바탕으로`."""
    out: list[Triple] = []
    for span, base in found:
        if base.type not in ARTIFACT_TYPES or not ON_TOP_KO.match(_after(doc, span)):
            continue
        subject = next(
            (
                m
                for s, m in found
                if s.end_char <= span.start_char and m.type in ARTIFACT_TYPES and SUBJECT_KO.match(_after(doc, s))
            ),
            None,
        )
        if subject is not None and subject.iri != base.iri:
            out.append((subject, "builtOn", base, "asserted"))
    return out


def _english_parts(doc: Doc, found: list[tuple[Span, Mention]]) -> list[Triple]:
    """`CS-2 is built on the WSE-2`, `X: a GPU based on the CDNA 3 architecture with 192 GB
    of HBM3`, `H100 carries 80 GB of HBM3`, `combines Zen 4 CPU cores and CDNA 3 GPU cores`.
    The whole is the nearest artifact before the phrase that is not itself a part."""
    artifacts = [(s, m) for s, m in found if m.type in ARTIFACT_TYPES]
    parts: dict[int, str] = {}  # index in artifacts -> predicate it was the object of
    out: list[Triple] = []
    for j in range(1, len(artifacts)):
        sb, mb = artifacts[j]
        whole_index = next((i for i in range(j - 1, -1, -1) if i not in parts), None)
        if whole_index is None:
            continue
        sw, whole = artifacts[whole_index]
        sp = artifacts[j - 1][0]
        between = doc.text[sp.end_char : sb.start_char]
        from_whole = doc.text[sw.end_char : sb.start_char]
        if len(from_whole) > 90 or ";" in from_whole or whole.iri == mb.iri:
            continue
        if BUILT_EN.search(between):
            parts[j] = "builtOn"
        elif mb.type == "Chip" and (carries := CARRIES_EN.search(between)):
            if whole.type == "Chip" and carries.group("count"):
                continue  # `H100 at launch, with 50,000 H200 planned`: counted chips are not parts of a chip
            parts[j] = containment(whole)
        elif j - 1 in parts and LIST_GLUE_EN.match(between):
            parts[j] = parts[j - 1]
        if j in parts:
            out.append((whole, parts[j], mb, "asserted"))
    return out


def _inside_en(doc: Doc, found: list[tuple[Span, Mention]]) -> list[Triple]:
    out: list[Triple] = []
    for (sa, ma), (sb, mb) in _artifact_pairs(found):
        if ma.type == "Chip" and mb.type in ("Chip", "Product") and INSIDE_EN.match(_text_between(doc, sa, sb, found)):
            out.append((mb, containment(mb), ma, "asserted"))
    return out


def hardware_relations(
    doc: Doc, found: list[tuple[Span, Mention]], catalog: Catalog, topic: Mention | None
) -> list[Triple]:
    out: list[Triple] = []
    for (sa, ma), (sb, mb) in _artifact_pairs(found):
        between = _text_between(doc, sa, sb, found)
        if doc.lang_ == "ko" and BASED_KO.match(between):
            out.append((mb, "builtOn", ma, "asserted"))
        elif doc.lang_ == "ko" and ma.type == "Chip" and CARRYING_KO.match(between):
            out.append((mb, containment(mb), ma, "asserted"))
        elif (
            doc.lang_ == "ko"
            and ma.type == "Chip"
            and SUBJECT_KO.match(between)
            and MOUNTED_KO.match(_after(doc, sb))
        ):
            out.append((mb, containment(mb), ma, "asserted"))
    if doc.lang_ == "ko":
        out += _made_of(doc, found) + _on_top_of(doc, found, topic)
    else:
        out += _english_parts(doc, found) + _inside_en(doc, found)
    out += _foundry(doc, found, catalog, topic)
    return out


def with_parts(doc: Doc, by_token: dict[int, Mention], verbs: Collection[str]) -> list[Triple]:
    """`MI300X … with 192 GB of HBM3` (uses), `NC H100 v5 VMs with H100 GPUs` (builtOn); `with`
    after one of the relation `verbs` is the verb's object, not a part."""
    out: list[Triple] = []
    for prep in doc:
        if prep.lower_ != "with" or prep.dep_ != "prep" or prep.head.lemma_ in verbs:
            continue  # `competes with the H100`, `partnered with`: the verb's object, not a part
        owner = mention_at(prep.head, by_token) or (
            mention_at(prep.head.head, by_token) if prep.head.dep_ in ("appos", "attr") else None
        )
        for t in prep.subtree:
            part = by_token.get(t.i)
            if owner and part and owner.type in ARTIFACT_TYPES and part.type == "Chip" and part.iri != owner.iri:
                out.append((owner, containment(owner), part, "asserted"))
                break
    return out
