"""Question analysis: language, entities (through ingest's own pipelines), intent, slots.

Questions are read the way articles are: the same Kiwi/spaCy pipelines and catalog
EntityRuler find `엔비디아의` or `Nvidia's` and link them to one IRI; names the ruler
misses (typos such as `엔비디야`, `Nvdia`) are looked up fuzzily in the label index.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field, replace
from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS

from ingest.crosslingual import MIN_SKELETON, skeleton
from ingest.document import IngestError, detect_language
from ingest.extract import Extractor
from ingest.extraction import Mention
from ingest.names_common import GENERIC_NAMES
from ingest.scripts import HANGUL
from ingest.variants import edition_of
from kg.catalog import Catalog, normalize
from qa.intents import (
    answer_kind,
    entity_is_object,
    is_class_noun,
    is_comparison,
    organisation_asked,
    relation_of,
    wanted_type,
)
from qa.retrieval.labels import LabelIndex

WORD = re.compile(r"[\w][\w\-.&+]*(?::\w+)?")  # `Run:ai` is one word, `Q: who` two
KO_PARTICLE = re.compile(r"(이랑|랑|하고|에서|에게|으로|로|은|는|이|가|을|를|의|와|과|에|도|만|야|이야)$")
YEAR = re.compile(r"\b((?:19|20)\d{2})\s*년?")


@dataclass
class Question:
    text: str
    lang: str
    entities: list[Mention] = field(default_factory=list)
    intent: str = "search"
    predicate: str | None = None
    kind: str = "entity"  # source | date | figure | person | place | entity
    compare: bool = False
    years: list[str] = field(default_factory=list)
    cue_at: int = -1  # where the relation word starts in the text
    names: list[str] = field(default_factory=list)  # every name of the entities, both languages
    entity_type: str | None = None  # the class of entity asked for (`어떤 칩` -> Chip)
    unknown_editions: list[str] = field(default_factory=list)  # `Gemini 2.0` when no article has it
    unseen_names: list[str] = field(default_factory=list)  # `Deci AI`: a name found by its slot, never stored

    def asks_subject_of(self, mention: Mention) -> bool:
        return entity_is_object(self.text, mention.start, mention.end, self.lang, self.cue_at)

    def relation_sides(self, mention: Mention) -> list[bool]:
        """Whether the mention is the relation's subject (True) or its object, in the order to
        try: a Korean name with no particle (`세그먼트 투자한 VC`) may be either, read as the
        subject first, when it is the question's only name (`엔비디아 뉴턴`: Nvidia's Newton)."""
        subject = not self.asks_subject_of(mention)
        bare = self.lang == "ko" and len(self.entities) == 1 and not self.text[mention.end : mention.end + 1].strip()
        return [subject, not subject] if bare else [subject]


# a hyphen joining a Latin or Hangul name to a Hangul one: a pair (`MS-인플렉션`), not one name
# (`딥시크-R1` and `페가수스-1` keep theirs)
JOINED = re.compile(r"(?<=[A-Za-z가-힣])-(?=[가-힣]{2})")


def analyze(text: str, extractor: Extractor, labels: LabelIndex | None = None) -> Question:
    text = text.strip()
    if not text:
        raise IngestError("empty question")
    try:
        lang = detect_language(text)
    except IngestError:
        lang = "en"
    read = JOINED.sub(" ", text) if lang == "ko" else text  # `MS-인플렉션 거래`: two names
    mentions = [m for _, m in extractor.analyze_text(read, lang)]
    if lang == "ko":  # Latin-script names in a Korean question: try English rules too
        known = {m.iri for m in mentions}
        mentions += [m for _, m in extractor.analyze_text(read, "en") if m.iri not in known and not m.is_new]
    unknown: list[str] = []
    unseen: list[Mention] = []  # new names the articles never gave (in this script, at least)
    if labels is not None:  # a name the ruler did not know: a typo of a known label, or nothing
        unknown = [m.text for m in mentions if m.is_new and edition_of(m.text, extractor.catalog)]
        unseen = [m for m in mentions if m.is_new and not labels.known(m.iri)]
        mentions = [m for m in mentions if m not in unseen]
        unknown = [name for name in unknown if name not in {m.text for m in mentions}]
        mentions += spelled_mentions(read, mentions, labels)
        mentions += fuzzy_mentions(read, mentions, labels, extractor)
        # a new name is of the type the articles gave it (`DGX Spark`, a product, not the question's guess)
        mentions = [replace(m, type=labels.entity_type(m.iri) or m.type) if m.is_new else m for m in mentions]
    mentions += surname_mentions(text, mentions, extractor.catalog)
    if labels is not None:
        mentions += sounded_mentions(read, lang, mentions, unseen, labels, extractor)
    # `chip` in `Rebellions' ATOM chip` names what is asked for, not an entity; `more` is a word, not Moreh;
    # `the total value of Hanwha's offer`: a lower-case word, where the asker writes names with capitals
    cased = any(c.isupper() for m in mentions for c in m.text)
    mentions = [
        m
        for m in mentions
        if not ((is_class_noun(m.text) or m.text.lower() in STOP_WORDS) and extractor.catalog.by_iri(m.iri) is None)
        and not (m.text.islower() and all(w in STOP_WORDS for w in m.text.split()))  # `in for` is not InFO
        and not (m.is_new and _common_phrase_only(m, labels, extractor))
        and not (
            cased and " " not in m.text and is_common_phrase(m.text, extractor.english_words())
            and extractor.catalog.by_iri(m.iri) is None
        )
    ]
    mentions = _dedupe(mentions)
    named = _masked(text, mentions, labels)  # `who is Figure's first customer` asks for no figure
    question = Question(text, lang, mentions, kind=answer_kind(named, lang), compare=is_comparison(text, lang))
    question.unknown_editions = unknown
    question.unseen_names = [
        m.text for m in unseen if m.type == "Company" and not any(m.start < o.end and o.start < m.end for o in mentions)
    ]  # no typo, spelling or sound of a stored name covers it
    relation = relation_of(text, lang)
    if relation:
        question.intent, question.predicate, question.cue_at = relation
        if organisation_asked(question.kind, question.predicate, text):
            question.kind, question.entity_type = "entity", wanted_type(text) or "Company"
    question.years = YEAR.findall(text)
    question.entity_type = (
        question.entity_type or {"person": "Person", "maker": "Company"}.get(question.kind) or wanted_type(text)
    )
    for m in question.entities:
        entity = extractor.catalog.by_iri(m.iri)
        question.names += [m.text, m.label, *(entity.surface_forms() if entity else [])]
        if entity is None and labels is not None:  # a new name: how the articles write it
            question.names += labels.labels_of(m.iri)
    return question


def _common_phrase_only(mention: Mention, labels: LabelIndex | None, extractor: Extractor) -> bool:
    """Every name the articles give the new entity (else the question's own) is a common phrase."""
    names = (labels.labels_of(mention.iri) if labels is not None else []) or [mention.label]
    return all(is_common_phrase(name, extractor.english_words()) for name in names)


def is_common_phrase(label: str, english: frozenset[str]) -> bool:
    """A new name minted from words in lower case (`generative AI`, `total`): a phrase some
    article's rule took for a name, never what a question asks about by name (`npm`, no
    English word, still is one)."""
    words = label.split()
    lowered = bool(words) and words[0].isalpha() and words[0].islower()
    return lowered and (len(words) >= 2 or words[0] in english)


def spelled_mentions(text: str, found: list[Mention], labels: LabelIndex) -> list[Mention]:
    """New entities' multi-word names the question writes out (`아이패드 에어`), and their
    two-syllable Hangul names (`위즈`), unless a name
    found already covers them (a shorter one inside is dropped later, by `_dedupe`)."""
    out: list[Mention] = []
    for start, end, iri, label in [*labels.spelled_in(text), *labels.short_named_in(text)]:
        if not any(m.start <= start and end <= m.end for m in found):
            out.append(Mention(label, start, end, labels.entity_type(iri) or "Company", iri, 0, label, is_new=True))
    return out


def fuzzy_mentions(text: str, found: list[Mention], labels: LabelIndex, extractor: Extractor) -> list[Mention]:
    """Words (and word pairs) outside the found mentions that closely match a known label."""
    taken = [(m.start, m.end) for m in found]
    words = [(w.start(), w.end()) for w in WORD.finditer(text)]
    words = [(s, e) for s, e in words if not any(s < te and ts < e for ts, te in taken)]
    out: list[Mention] = []
    for span in [*zip(words, words[1:], strict=False), *((w, w) for w in words)]:
        start, end = span[0][0], span[1][1]
        if text[span[0][1] : span[1][0]].strip():  # a pair must be adjacent words
            continue
        if any(start < m.end and m.start < end for m in out):
            continue
        name = KO_PARTICLE.sub("", text[start:end]) if len(text[start:end]) > 3 else text[start:end]
        bare = KO_PARTICLE.sub("", name)
        if is_class_noun(name) or is_class_noun(bare) or bare in GENERIC_NAMES:
            continue  # `어떤 클라우드에서` is not KT Cloud; `시리즈 D` names no company `시리즈`
        hits = labels.lookup(name)
        if hits and span[0] != span[1] and any(
            h.iri == hits[0].iri and h.score >= hits[0].score for w in span for h in labels.lookup(text[w[0] : w[1]])
        ):
            continue  # `on coreweave`: the word alone names it at least as well
        if hits and _plain_word_near_name(name, hits[0].label, extractor):
            continue  # `enterprises` is no `Enterprise`: a word of the language, not a typo
        if hits:
            entity = extractor.catalog.by_iri(hits[0].iri)
            kind = entity.type if entity else "Company"
            out.append(Mention(name, start, start + len(name), kind, hits[0].iri, 0, hits[0].label))
    return out


def _plain_word_near_name(name: str, label: str, extractor: Extractor) -> bool:
    """A lower-case English word that only resembles a one-word label (`enterprises` ~
    Enterprise, `adopt` ~ adot), or that a label starts or ends with (`phone` ~ iPhone): a
    plain word, where a typo (`nvidea`, `covarient`: no English word) is still read as the name."""
    near = name.islower() and " " not in name and normalize(name) != normalize(label)
    inside = normalize(label).startswith(normalize(name)) or normalize(label).endswith(normalize(name))
    return near and (inside or name in extractor.english_words())


def korean_tokens(extractor: Extractor, text: str) -> tuple[Any, ...]:
    """Kiwi's tokens of a Korean question, read once for every check that needs them."""
    return _kiwi_tokens(extractor.pipeline("ko").kiwi, text)  # type: ignore[attr-defined]


@functools.lru_cache(maxsize=64)
def _kiwi_tokens(kiwi: Any, text: str) -> tuple[Any, ...]:
    return tuple(kiwi.tokenize(text))


SOUNDED_TAGS = {"NNP", "NNG", "SL", "SH"}
GLUED_TAGS = {"MM", "XR"}  # a syllable Kiwi cut off a new name and read as a word (`웨이|모`)
SOUNDED_MIN = 3  # syllables: shorter words (`생성`) sound like too many names, unless spelled alike (`윌로우`)


def sounded_mentions(
    text: str, lang: str, found: list[Mention], unseen: list[Mention], labels: LabelIndex, extractor: Extractor
) -> list[Mention]:
    """New names the articles give only in the other script (`팬서 레이크` for Panther Lake,
    `Magnetar Capital` for 마그네타 캐피털), matched by sound (LabelIndex.transliterated). Only
    names the catalog lacks: it already holds both languages' names of its entities."""
    if lang == "ko":
        taken = [(m.start, m.end) for m in found]
        tokens = [t for t in korean_tokens(extractor, text) if not any(t.start < e and s < t.end for s, e in taken)]
        runs: list[list[tuple[int, int]]] = []  # the words of each run: (start, end)
        for t in tokens:
            glued = bool(runs) and t.start == runs[-1][-1][1]
            if t.tag not in SOUNDED_TAGS and not (glued and t.tag in GLUED_TAGS):
                continue
            gap = text[runs[-1][-1][1] : t.start] if runs else "-"
            if glued:
                runs[-1][-1] = (runs[-1][-1][0], t.start + t.len)  # `에이전트|포스`: one word
            elif runs and len(gap) <= 1 and not gap.strip():
                runs[-1].append((t.start, t.start + t.len))  # `프렘 아카라주`: one run
            else:
                runs.append([(t.start, t.start + t.len)])
        # the whole run, else each of its words (`주니퍼 주가`: 주니퍼)
        names = [
            [(text[a:b], a) for a, b in [(run[0][0], run[-1][1]), *(run if len(run) > 1 else [])]]
            for run in runs
        ]
    else:
        names = [[(m.text, m.start)] for m in unseen]
    out: list[Mention] = []
    for choices in names:
        heard = (
            (name, start, labels.transliterated(name))
            for name, start in choices
            if lang != "ko" or _soundable(name)
        )
        name, start, hit = next((h for h in heard if h[2] is not None), ("", 0, None))
        if hit is not None and extractor.catalog.by_iri(hit.iri) is None:
            kind = labels.entity_type(hit.iri) or "Company"
            out.append(Mention(name, start, start + len(name), kind, hit.iri, 0, hit.label))
    return out


def _soundable(name: str) -> bool:
    """Long enough to be heard as a name: three syllables, or two with few consonants, which
    must then be spelled alike (`윌로우`; LabelIndex.transliterated)."""
    syllables = len(HANGUL.findall(name))
    return syllables >= SOUNDED_MIN or (syllables == SOUNDED_MIN - 1 and len(skeleton(name)) < MIN_SKELETON)


def person_named(name: str, catalog: Catalog) -> str | None:
    """The IRI of the one catalog person a bare surname names (`펠드먼`, `Feldman`), if any."""
    name = KO_PARTICLE.sub("", name) if len(name) > 3 else name
    if not name or not (name[0].isupper() or not name.isascii()):
        return None
    ids = catalog.people_by_surname.get(name.lower(), set())
    entity = catalog.get(next(iter(ids))) if len(ids) == 1 else None
    return entity.iri if entity else None


def surname_mentions(text: str, found: list[Mention], catalog: Catalog) -> list[Mention]:
    """People named by surname alone in the question (`펠드먼이 … 말한`, `Feldman said`)."""
    out: list[Mention] = []
    for word in WORD.finditer(text):
        if any(word.start() < m.end and m.start < word.end() for m in found):
            continue
        iri = person_named(word.group(), catalog)
        entity = catalog.by_iri(iri) if iri else None
        if entity:
            name = KO_PARTICLE.sub("", word.group()) if len(word.group()) > 3 else word.group()
            out.append(Mention(name, word.start(), word.start() + len(name), "Person", entity.iri, 0, entity.en))
    return out


def _masked(text: str, mentions: list[Mention], labels: LabelIndex | None) -> str:
    """The question with the names it spells exactly (as any label the articles gave them)
    blanked out, so a name (`Figure`) is not read as a cue word; a fuzzy match (`window` for
    Windows) may be the cue word itself."""
    for m in sorted(mentions, key=lambda m: -m.start):
        spelled = {normalize(m.label), *(normalize(x) for x in (labels.labels_of(m.iri) if labels else []))}
        if normalize(m.text) in spelled:
            text = text[: m.start] + "X" + text[m.end :]
    return text


def _dedupe(mentions: list[Mention]) -> list[Mention]:
    """One mention per entity; a name inside a longer one (`라마` in `라마 3`) is not a mention."""
    seen: dict[str, Mention] = {}
    for m in mentions:
        inside = any(o.start <= m.start and m.end <= o.end and (o.end - o.start) > (m.end - m.start) for o in mentions)
        if not inside:
            seen.setdefault(m.iri, m)
    return list(seen.values())
