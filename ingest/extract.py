"""Article -> Extraction: segmentation, the language pipeline, mentions, relations, claims.

One `Extractor` per process: language pipelines load once (lazily, per language) and are
reused for every article and, by qa, for reading questions the way articles are read.
"""

from __future__ import annotations

import re
import threading
from typing import Protocol

from spacy.language import Language
from spacy.tokens import Span

from ingest.claims import Speaker, extract_claim, in_list_item, is_lead_in, lead_in_speaker
from ingest.company_first_words import company_first_words
from ingest.document import Article
from ingest.en_acronyms import defined_acronyms
from ingest.en_lone_names import lone_company_words
from ingest.en_topic import Topic
from ingest.english import EnglishPipeline
from ingest.extraction import Claim, Extraction, Mention, Relation, Sentence
from ingest.korean import KoreanPipeline
from ingest.korean_anaphora import KoreanAntecedents
from ingest.korean_defined_names import defined_short_names
from ingest.korean_roles import topic_of
from ingest.mentions import maker_short_mentions, sentence_mentions, short_form_mentions
from ingest.model_families import model_families
from ingest.name_types import article_name_types, retyped
from ingest.references import find_references
from ingest.relation_checks import RelationChecks
from ingest.relations_en import english_relations
from ingest.relations_funding_en import funding_relations
from ingest.relations_funding_ko import KoreanFunding
from ingest.relations_groups import group_relations
from ingest.relations_hardware import hardware_relations
from ingest.relations_ko import korean_relations
from ingest.relations_nouns_en import noun_relations
from ingest.relations_owned import owned_products, pronoun_possessives
from ingest.scripts import HANGUL
from ingest.segment import Chunk, chunks
from ingest.speakers import speaker_mentions
from kg.catalog import Catalog, default_catalog

SYMMETRIC = {"partnersWith", "competesWith"}
LATIN_WORD = re.compile(r"[A-Za-z]{2,}")
KO_CONTENT_TAGS = {"NNG", "NNP", "SL", "SH", "SN"}


class LanguagePipeline(Protocol):
    lang: str
    nlp: Language

    def analyze(self, body: str, chunks: list[Chunk]) -> list[Sentence]: ...


class Extractor:
    """Runs the whole extraction for Korean and English articles."""

    def __init__(self, catalog: Catalog | None = None, english_model: str = "") -> None:
        self.catalog = catalog or default_catalog()
        self.english_model = english_model
        self.checks = RelationChecks(self.catalog)
        self._pipelines: dict[str, LanguagePipeline] = {}
        self._lock = threading.Lock()

    def pipeline(self, lang: str) -> LanguagePipeline:
        with self._lock:
            if lang not in self._pipelines:
                self._pipelines[lang] = self._build(lang)
            return self._pipelines[lang]

    def _build(self, lang: str) -> LanguagePipeline:
        if lang == "ko":
            return KoreanPipeline(self.catalog)
        return EnglishPipeline(self.catalog, self.english_model)

    def english_words(self) -> frozenset[str]:
        """The lower-case words the English model knows (a name's typo is none of them)."""
        english = self.pipeline("en")
        return english.words if isinstance(english, EnglishPipeline) else frozenset()

    def analyze_text(self, text: str, lang: str) -> list[tuple[Span, Mention]]:
        """Mentions in a short text such as a question (one pseudo-sentence)."""
        analyzed = self.pipeline(lang).analyze(text, [Chunk(0, len(text), text, None)])
        found: list[tuple[Span, Mention]] = []
        for sentence in analyzed:
            found.extend(sentence_mentions(sentence.doc, sentence.base, 0, self.catalog))
        return found

    def content_terms(self, text: str, lang: str) -> set[str]:
        """Content words of a short text (nouns, foreign words, numbers), lower-cased."""
        doc = self.pipeline(lang).nlp.make_doc(text)
        if lang == "ko":
            return {t.text.lower() for t in doc if t.tag_.split("+")[0] in KO_CONTENT_TAGS and len(t.text) > 1}
        return {t.lower_ for t in doc if t.is_alpha and not t.is_stop and len(t.text) > 2}

    def _analyze(self, body: str, parts: list[Chunk], lang: str) -> list[Sentence]:
        """Korean articles: lines written in English (quotes, notes) go through the English
        pipeline; every sentence keeps its offsets, and the order of the body."""
        if lang != "ko":
            return self.pipeline(lang).analyze(body, parts)
        english = [c for c in parts if not HANGUL.search(c.text) and len(LATIN_WORD.findall(c.text)) >= 4]
        korean = [c for c in parts if c not in english]
        analyzed = self.pipeline("ko").analyze(body, korean)
        if english:
            analyzed += self.pipeline("en").analyze(body, english)
            analyzed.sort(key=lambda s: s.start)
        for index, sentence in enumerate(analyzed):
            sentence.index = index
        return analyzed

    def extract(self, article: Article) -> Extraction:
        body = article.body
        references, ref_region = find_references(body)
        analyzed = self._analyze(body, chunks(body, ref_region), article.lang)
        sentences: list[Sentence] = []
        mentions: list[Mention] = []
        relations: list[Relation] = []
        claims: list[Claim] = []
        known_refs = {r.number for r in references}
        topic: Mention | None = None
        speaker = Speaker()
        en_topic = Topic()
        ko_funding = KoreanFunding()
        ko_things = KoreanAntecedents()
        docs = [s.doc for s in analyzed]
        name_types = article_name_types(docs)
        short_names = model_families(docs, self.catalog)  # `o1`, named by `o1-preview`
        short_names |= company_first_words(docs, self.catalog)  # `Alphawave`, by `Alphawave IP Group`
        defined = defined_short_names(docs, self.catalog)  # `(Volpara Health Technologies, 이하 볼파라)`
        defined |= defined_acronyms(docs)  # `Metro-Goldwyn-Mayer (MGM)`
        short_names |= defined
        for word, company in lone_company_words(docs, self.catalog).items():  # `Zoom`, tagged as a person
            short_names.setdefault(word, company)
        for sentence in analyzed:
            if sentence.footnote not in known_refs:
                sentence.footnote = None
            index, doc = sentence.index, sentence.doc
            sentences.append(sentence)
            found = sentence_mentions(doc, sentence.base, index, self.catalog, short_names)
            found += short_form_mentions(doc, found, sentence.base, index, short_names, defined)
            found += maker_short_mentions(doc, found, sentence.base, index, self.catalog)
            found += speaker_mentions(doc, found, sentence.base, index)
            found = retyped(doc, found, name_types)
            mentions.extend(m for _, m in found)
            sentence_lang = "ko" if doc.lang_ == "ko" else "en"
            list_item = in_list_item(body, sentence.start)
            en_topic.list_line(list_item)
            carried = topic if sentence_lang == "ko" else en_topic.agent
            if sentence_lang == "ko":
                pointing = ko_things.resolve(doc, found)  # `이 칩은`: the product named before
                with_pointing = sorted(found + pointing, key=lambda f: f[0].start) if pointing else found
                triples = korean_relations(doc, with_pointing, topic, ko_things.topic)
                triples += ko_funding.relations(doc, found, topic)
                topic = topic_of(doc, found) or topic
                ko_things.remember(doc, found)
            else:
                triples = noun_relations(doc, found, en_topic) + funding_relations(doc, found, en_topic)
                triples += english_relations(doc, found, en_topic)
            triples += owned_products(doc, found, self.catalog)
            triples += pronoun_possessives(doc, found, carried, self.catalog)
            triples += group_relations(doc, found, any(p == "competesWith" for _, p, _, _ in triples))
            triples += hardware_relations(doc, found, self.catalog, carried)
            seen: set[tuple[str, str, str]] = set()
            for subj, pred, obj, status in self.checks.sentence(triples, found, sentence.text):
                key = (
                    (min(subj.iri, obj.iri), pred, max(subj.iri, obj.iri))
                    if pred in SYMMETRIC
                    else (subj.iri, pred, obj.iri)
                )
                if key not in seen:
                    seen.add(key)
                    relations.append(Relation(subj.iri, pred, obj.iri, index, sentence.start, sentence.end, status))
            speaker.topic = topic if sentence_lang == "ko" else en_topic.agent
            speaker.person = None if sentence_lang == "ko" else en_topic.person
            if is_lead_in(sentence.text, sentence_lang):
                speaker.lead = lead_in_speaker(doc, sentence_lang, found, speaker)
            elif not list_item:
                speaker.lead = None
            claim = extract_claim(sentence, sentence_lang, found, speaker, list_item)
            if claim:
                claims.append(claim)
        return Extraction(article.lang, sentences, mentions, relations, claims, references)
