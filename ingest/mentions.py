"""Entity mentions of a sentence Doc, linked to catalog IRIs (or minted for new names)."""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import replace

from spacy.tokens import Doc, Span

from ingest.document import slugify
from ingest.extraction import Mention
from ingest.names_common import SURNAME
from kg.catalog import CORPORATE_SUFFIXES, Catalog, company_head
from kg.namespaces import ENTITY_TYPES, entity_iri

NOT_NAMES = {"ai", "ceo", "cto", "gpu", "cpu", "npu", "llm", "api", "hbm", "cloud", "data", "ml", "mou"}


# a legal form after a name (`Inphi Corporation`, `Harman International Industries`) and a
# leading article (`The Baupost Group`) are not part of who the company is
LEGAL_FORM = re.compile(
    r"(?:,?\s+(?:corporation|corp\.?|incorporated|inc\.?|limited|ltd\.?|plc|llc|co\.|international|industries))+$",
    re.IGNORECASE,
)
LEADING_THE = re.compile(r"^the\s+(?=\S+\s+\S)", re.IGNORECASE)


def canonical_name(name: str) -> str:
    """The form a new name's IRI is minted from, so the long and the everyday form of one
    company are one entity in every article: without its legal form or leading article, and
    in Korean with `자동차` as the everyday `차` (현대자동차그룹 and 현대차그룹)."""
    name = LEADING_THE.sub("", name)
    name = LEGAL_FORM.sub("", name) or name
    return name.replace("자동차", "차") if len(name) > 3 else name


def new_entity_iri(name: str) -> str:
    """A stable IRI for a name the catalog lacks: same name, same IRI, in every article.
    Korean names are romanised so the IRI stays readable (모빌린트 -> new-mobillinteu); a
    plus is spelled out so `Command R+` and `Command R` stay apart."""
    name = canonical_name(name).replace("+", " plus ")
    if re.search(r"[가-힣]", name):
        name = romanize(name)
    return entity_iri("new-" + slugify(name))


def maker_mention(catalog: Catalog, thing: Mention) -> Mention | None:
    """The organisation the catalog records as `thing`'s maker, as a mention in its sentence
    (for relations whose party the sentence implies: a foundry's customer)."""
    entity = catalog.by_iri(thing.iri)
    maker = catalog.get(entity.parent) if entity is not None and entity.parent else None
    if maker is None:
        return None
    return Mention(maker.label("en"), 0, 0, maker.type, maker.iri, thing.sentence, maker.label("en"))


def romanize(text: str) -> str:
    from korean_romanizer.romanizer import Romanizer

    return str(Romanizer(text).romanize())


QUOTES = " “”\"'‘’()"


def _clean_name(span: Span) -> tuple[str, int]:
    """The name without quotes or a possessive, and how many characters were cut in front."""
    raw = span.text
    lead = len(raw) - len(raw.lstrip(QUOTES))
    return re.sub(r"(’s|'s)$", "", raw.strip(QUOTES)).strip(QUOTES), lead


def sentence_mentions(
    doc: Doc, offset: int, index: int, catalog: Catalog, short: dict[str, Mention] | None = None
) -> list[tuple[Span, Mention]]:
    """Mentions in one sentence with the spans they came from (for relation rules).

    `short` maps short forms (the last word of a longer name: `Su`, `Haiku`, `올트먼`) to
    the entity mentioned under its full name earlier in the same article, so a short form
    links to it; a lone surname with no antecedent is dropped."""
    found: list[tuple[Span, Mention]] = []
    short = short if short is not None else {}
    for span in doc.ents:
        if span.label_ not in ENTITY_TYPES:
            continue
        name, lead = _clean_name(span)
        start = offset + span.start_char
        antecedent = short.get(span.text) if not span.ent_id_ else None
        if antecedent is not None or span.kb_id_ == SURNAME:
            if antecedent:
                found.append(
                    (span, replace(antecedent, text=span.text, start=start, end=start + len(span.text), sentence=index))
                )
            continue
        entity = catalog.get(span.ent_id_) if span.ent_id_ else None
        entity = entity or catalog.lookup(name) or (catalog.lookup(span.kb_id_) if span.kb_id_ else None)
        if entity is None and span.label_ == "Company":  # `Lambda`, a name found as one, for Lambda Labs
            entity = catalog.company_heads.get(name)
        if entity is None and re.fullmatch(r"[A-Z0-9][\w-]*\ds", name):  # plural model names: H100s
            entity = catalog.lookup(name[:-1])
        if entity is not None:
            label = entity.label("ko" if doc.lang_ == "ko" else "en")
            found.append(
                (span, Mention(span.text, start, offset + span.end_char, entity.type, entity.iri, index, label))
            )
            for form in entity.surface_forms():
                _remember_short(short, form, found[-1][1])
            continue
        if len(name.rstrip(".:")) < 2 or name.casefold() in NOT_NAMES or not re.search(r"[A-Za-z가-힣]", name):
            continue
        if name.casefold() in CORPORATE_SUFFIXES:
            continue  # `멜라녹스 테크놀로지스`: the suffix a reader split off the name it belongs to
        start += lead
        iri = new_entity_iri(span.kb_id_ or name)
        known = short.get(company_head(name) or "") if span.label_ == "Company" else None
        if known is not None and known.is_new and known.type == "Company":
            iri = known.iri  # `Slack Technologies` after `Slack`: the company met already
        found.append((span, Mention(name, start, start + len(name), span.label_, iri, index, name, is_new=True)))
        _remember_short(short, name, found[-1][1])
        if span.label_ != "Person" and " " not in name and doc.lang_ != "ko":
            short.setdefault(name, found[-1][1])  # the new name again, where no name finder saw it
    return found


SHORT_CODE = re.compile(r"[A-Za-z]+\d+[A-Za-z]*")  # `v5e` of `TPU v5e`, not `1.5` of `Gemini 1.5`


def short_form_mentions(
    doc: Doc,
    found: list[tuple[Span, Mention]],
    offset: int,
    index: int,
    short: dict[str, Mention],
    defined: Collection[str] = (),
) -> list[tuple[Span, Mention]]:
    """`Musk wrote on X`, `Google said v5e offered …`, `Scale said`: a person's surname, a model
    code or a company without its corporate suffix met earlier in the article under the full
    name, or a new English name met earlier (`Splunk shares rose`), where the name finders saw
    no name at all (the small model misses many lone surnames; code words are not names to it).
    A short name the article `defined` (`이하 뉘앙스`) counts however Kiwi tags the word."""
    taken = {t.i for span, _ in found for t in span}
    out: list[tuple[Span, Mention]] = []
    for token in doc:
        antecedent = short.get(token.text) if token.i not in taken else None
        if antecedent is None:
            continue
        person = antecedent.type == "Person" and (token.text[:1].isupper() or token.tag_.startswith("NNP"))
        capital = token.text[:1].isupper() or token.tag_.startswith("NNP")  # `Lambda`, `람다`
        named_on = token.i + 1 < len(doc) and doc[token.i + 1].is_alpha and doc[token.i + 1].text[:1].isupper()
        # `United` of `United Microelectronics` is not the `United` of `United States`
        company = antecedent.type == "Company" and capital and _company_head(antecedent, token.text) and not named_on
        again = antecedent.is_new and antecedent.text == token.text and token.text[:1].isupper()
        if not (person or company or again or token.text in defined or SHORT_CODE.fullmatch(token.text)):
            continue
        start = offset + token.idx
        mention = replace(antecedent, text=token.text, start=start, end=start + len(token.text), sentence=index)
        out.append((doc[token.i : token.i + 1], mention))
    return out


POSSESSIVE = {"'s", "’s"}
OWNER_FILLERS = {"own", "new", "latest"}


def maker_short_mentions(
    doc: Doc, found: list[tuple[Span, Mention]], offset: int, index: int, catalog: Catalog
) -> list[tuple[Span, Mention]]:
    """`Nvidia's AI Enterprise`, `Amazon's own Titan family`: after a maker's possessive, the
    rest of a catalog name `<maker> <rest>` names that product even without the maker word."""
    if doc.lang_ == "ko":
        return []
    taken = {t.i for span, _ in found for t in span}
    out: list[tuple[Span, Mention]] = []
    for span, maker in found:
        if maker.type != "Company" or span.end >= len(doc) or doc[span.end].text not in POSSESSIVE:
            continue
        start = span.end + 1
        while start < len(doc) and doc[start].lower_ in OWNER_FILLERS:
            start += 1
        for end in range(min(start + 4, len(doc)), start, -1):
            rest = doc[start:end]
            if any(t.i in taken for t in rest) or not rest[0].text[:1].isupper():
                continue
            entity = catalog.lookup(f"{span.text} {rest.text}")
            if entity is not None and entity.iri != maker.iri and entity.type in ("Chip", "Platform", "Product"):
                begin = offset + rest.start_char
                mention = Mention(rest.text, begin, begin + len(rest.text), entity.type, entity.iri, index, entity.en)
                out.append((rest, mention))
                taken.update(t.i for t in rest)
                break
    return out


def _remember_short(short: dict[str, Mention], form: str, mention: Mention) -> None:
    """The last word of a multi-word name stands for it later in the article; so does a
    company's name without its corporate suffix (`Scale` for `Scale AI`)."""
    words = form.split()
    if len(words) >= 2 and len(words[-1]) >= 2 and not words[-1].isdigit() and words[-1].lower() not in SHORT_STOP:
        short.setdefault(words[-1], mention)
    if mention.type == "Company":
        for head in company_short_forms(form, mention.is_new):
            short.setdefault(head, mention)


def company_short_forms(name: str, new: bool) -> list[str]:
    """`Scale` of `Scale AI`: a company's name without its corporate suffix; for a new Latin
    name whose rest is still two words, their first too (`Alphawave` of `Alphawave IP Group`:
    the catalog's names keep only their heads, which the catalog vouches for)."""
    head = company_head(name)
    if not head:
        return []
    words = head.split()
    first = [words[0]] if new and len(words) >= 2 and re.fullmatch(r"[A-Z][A-Za-z]+", words[0]) else []
    return [head, *first]


def _company_head(antecedent: Mention, word: str) -> bool:
    """`Scale` names `Scale AI`: the word is one of its company short forms."""
    return word in company_short_forms(antecedent.text, antecedent.is_new)


SHORT_STOP = {
    "ai",
    "cloud",
    "inc",
    "corp",
    "labs",
    "systems",
    "gpu",
    "cpu",
    "chip",
    "platform",
    "service",
    "x",
    "pro",
    "research",
    "computing",
    "technologies",
    "electronics",
    "인공지능",
    "클라우드",
    "연구원",
    "연구소",
}
