"""ask(question) -> the answer JSON of DESIGN.md: answer, labelled answers, evidence, SPARQL.

Order of attack: analyse the question (language, entities, relation, answer kind);
retrieve evidence sentences by hybrid search (morpheme BM25 + e5, fused); for a relation
question with an entity, run its SPARQL template and keep the answers the evidence
supports; otherwise take the span of the asked kind (date, figure, person, source) from
the best anchored sentence. Abstain when the evidence is not about the question's
entities or is too far from it: the service never answers from anything but its articles.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cached_property
from pathlib import Path
from typing import Any

from ingest.extract import Extractor
from ingest.extraction import ARTIFACT_TYPES, ORG_TYPES, Mention
from kg.catalog import Catalog
from kg.embedding.embedder import Embedder
from kg.namespaces import ID
from kg.store import GraphStore, Row
from kg.vectors import VectorIndex
from qa.abstention import about_another_thing, confident
from qa.attributes import attributes_of, measure_ends, measures_asked
from qa.compose import (
    LOOK_AT,
    PERSON_TYPES,
    SPAN_BONUS,
    Composed,
    Evidence,
    compose_entities,
    compose_figure,
    compose_place,
    compose_source,
    corroborating,
    has_span,
)
from qa.compose_dates import compose_date
from qa.compose_roles import compose_role_holders
from qa.corpus_words import CorpusWords
from qa.eval_match import figures, stated_figures
from qa.evidence_json import evidence_json
from qa.intents import MAKES, PERSON_NOUNS, SPOKE, is_class_noun, key_terms
from qa.question import Question, analyze, person_named
from qa.retrieval.fusion import RRF_K
from qa.retrieval.hybrid import HybridRetriever, context_keys
from qa.retrieval.labels import LabelIndex
from qa.retrieval.tokens import Tokenizer
from qa.roles import asks_role, positions
from qa.rounds import asked_round, round_evidence, round_investors
from qa.sentence_rows import SentenceRows
from qa.spans import shared_date
from qa.templates import (
    articles_about_query,
    claims_query,
    corpus_mentions_query,
    labels_query,
    relation_query,
    sentence_claims_query,
    sentences_query,
)
from qa.timeline import entry_dates
from qa.topics import ArticleTopics

ABSTAIN = {
    "ko": "코퍼스에 이 질문에 답할 근거가 없습니다.",
    "en": "The corpus does not contain an answer to this question.",
}
COVERAGE_WEIGHT = 2.0  # ranking weight of mentioning all the question's entities (dev-tuned)
TOPIC_SHARE = 0.5  # ... of an entity the sentence does not name but its article is about
ATTRIBUTE_BONUS = 0.5  # ... of naming what a figure question measures (qa.attributes)
KEY_TERM_BONUS = 0.5  # ... of stating the model names and acronyms the question does (`S-1`, `10.7B`)
NOT_COMPARED = {"person", "source", "place", "maker"}  # kinds a `than` in the question does not make figures
QUOTED_FIGURE_BONUS = 1.5  # ... of stating the figures the question quotes (`who led Groq's $640M round`)
CANDIDATES = 50  # fused sentences looked at
CHOICE = re.compile(r"\bor\b|\bwhich of\b|중 (?:어느|누가|무엇|뭐)|또는|아니면", re.I)  # answers with one it names


@dataclass
class Answerer:
    store: GraphStore
    extractor: Extractor
    embedder: Embedder
    index: VectorIndex
    data_dir: Path | None = None  # where the BM25 indexes persist (None: memory only)

    @property
    def catalog(self) -> Catalog:
        return self.extractor.catalog

    @cached_property
    def labels_index(self) -> LabelIndex:
        return LabelIndex(self.store, self.catalog, self.data_dir / "labels" if self.data_dir else None)

    @cached_property
    def retriever(self) -> HybridRetriever:
        folder = self.data_dir / "sentences" if self.data_dir else None
        return HybridRetriever(self.store, Tokenizer(self.extractor), self.embedder, self.index, folder)

    @cached_property
    def topics(self) -> ArticleTopics:
        return ArticleTopics(self.store)

    @cached_property
    def corpus_words(self) -> CorpusWords:
        return CorpusWords(self.store, self.extractor)

    @cached_property
    def sentence_rows(self) -> SentenceRows:
        return SentenceRows(self.store)

    def warm_up(self) -> None:
        self.retriever.warm_up()
        self.labels_index.warm_up()
        self.corpus_words.warm_up()
        self.topics.warm_up()

    def ask(self, text: str) -> dict[str, Any]:
        q = analyze(text, self.extractor, self.labels_index)
        if q.unknown_editions or (q.entities and self._unknown_to_corpus(q)) or self._names_nobody_uses(q):
            return self._abstain(q)  # `Gemini 2.0` when the articles know Gemini 1.5 only
        ranked = self._evidence(q)
        if (q.kind == "figure" or q.compare) and q.entities and asked_round(q.text):
            ranked = round_evidence(self.store, q, ranked)
        composed, sparql = None, None
        if q.kind in ("articles", "claims") and q.entities:
            composed, sparql = self._listing(q, ranked)
        if q.kind == "entity" and q.entities and not q.compare and asked_round(q.text):
            composed, sparql = round_investors(self.store, q, ranked, self._type, self.surfaces) or (None, None)
        if composed is None and q.predicate and q.entities and q.kind in ("entity", "person") and not q.compare:
            found = self._relation(q, ranked)  # a stored relation needs no retrieval score
            if found:
                composed, sparql = found
        if composed is None:
            if not ranked or not confident(q, ranked[0]):
                return self._abstain(q)
            composed, sparql = self._compose(q, ranked)
        if composed is None or about_another_thing(q, composed[2]):
            return self._abstain(q)
        line, answers, used = composed
        if not line:
            line = ", ".join(self.label(a, q.lang) for a in answers)
        confidence = round(max(ev.dense for ev in used), 3)
        if sparql is None:  # retrieval: add the other sentences saying the same
            used = used + corroborating(line, answers, used, ranked)
            sparql = sentences_query([ev.key for ev in used])
        return self._response(q, line, answers, [ev.row for ev in used], sparql, confidence, False)

    # -- evidence --------------------------------------------------------------------
    def _unknown_to_corpus(self, q: Question) -> bool:
        """The question names an entity no article mentions: the corpus cannot answer."""
        iris = [m.iri for m in q.entities]
        known = {str(r["entity"]) for r in self.store.select(corpus_mentions_query(iris))}
        return any(iri not in known for iri in iris)

    def _names_nobody_uses(self, q: Question) -> bool:
        """`에치드 소후 칩 성능`, `acquire Deci AI`: a name no stored sentence uses (qa.corpus_words),
        or a company the question's own words name (`led by CapitalG`) that no article gives."""
        if any(not self.corpus_words.known(name.lower()) for name in q.unseen_names):
            return True
        return bool(self.corpus_words.unknown_names(q.text, q.lang, [(m.start, m.end) for m in q.entities]))

    def _evidence(self, q: Question) -> list[Evidence]:
        wanted = {m.iri for m in q.entities}
        candidates = self.retriever.search(q.text, list(wanted), CANDIDATES)
        if not candidates:
            return []
        keys = [c.key for c in candidates]
        rows = self.sentence_rows.rows(keys)
        context = {k: context_keys(k, str(rows[k]["text"])) for k in keys if k in rows}
        extra = [p for ks in context.values() for p in ks]
        mentions = {
            key: [(iri, self._type(iri)) for iri in iris]
            for key, iris in self.sentence_rows.mentions(keys + extra).items()
            if iris
        }
        ranked: list[Evidence] = []
        asked_attributes = bool(attributes_of(q.text))
        terms = [t.lower() for t in key_terms(q.text, q.names)]
        quoted = stated_figures(q.text)
        first = {min(q.entities, key=lambda m: m.start).iri} if q.entities else set()  # who does it, as asked
        for c in candidates:
            if c.key not in rows or len(re.findall(r"\w", str(rows[c.key]["text"]))) < 3:
                continue  # markup left as a "sentence" (`**`)
            nearby = [m for k in [c.key, *context.get(c.key, [])] for m in mentions.get(k, [])]
            found = {iri for iri, _ in nearby}
            found |= {self._parent_org(iri) for iri in found} - {""}  # Samsung Foundry speaks for Samsung
            coverage = len(found & wanted) / len(wanted) if wanted else 1.0
            if wanted and coverage < 1.0:  # the article's topics count half (qa.topics)
                coverage += TOPIC_SHARE * len((self.topics.of(c.key) & wanted) - found) / len(wanted)
            text = str(rows[c.key]["text"])
            bonus = (
                (SPAN_BONUS if has_span(q, rows[c.key]) else 0.0)
                + (ATTRIBUTE_BONUS if asked_attributes and measures_asked(q.text, text) else 0.0)
                + (ATTRIBUTE_BONUS if measure_ends(q.text, text) else 0.0)  # `operating profit`: `영업이익`
                + (KEY_TERM_BONUS if terms and all(t in text.lower() for t in terms) else 0.0)
                + (QUOTED_FIGURE_BONUS if quoted and quoted <= set(figures(text)) else 0.0) + shared_date(q.text, text)
            )
            score = c.fused * RRF_K + COVERAGE_WEIGHT * coverage + bonus
            around = {iri for k in context.get(c.key, []) for iri, _ in mentions.get(k, [])}
            leaned = self.topics.leaned_on(c.key, text) & wanted - found - around - first
            around |= leaned if len(leaned) == 1 else set()  # `the deal`: one party (not the first asked) its topic
            ranked.append(Evidence(c.key, rows[c.key], score, coverage, c.dense, mentions.get(c.key, []), around))
        ranked.sort(key=lambda ev: -ev.score)
        return ranked

    # -- composition -----------------------------------------------------------------
    def _compose(self, q: Question, ranked: list[Evidence]) -> tuple[Composed | None, str | None]:
        # the sentences about the question's entities; all of them when the best, close enough to be
        # answered from, names none (the names were misread: qa.answer.confident)
        anchored = [ev for ev in ranked if ev.coverage > 0] if ranked and ranked[0].coverage > 0 else ranked
        if q.kind == "date":
            return compose_date(q, anchored, entry_dates(anchored[:LOOK_AT], self.sentence_rows.rows)), None
        if q.kind == "figure" or q.compare and q.kind not in NOT_COMPARED:  # `who called X a swamp rather than …`
            return compose_figure(q, anchored, self.surfaces), None
        if q.kind == "place":
            return compose_place(q, anchored, self.retriever.tokenizer.places), None
        if q.kind == "source":
            claims: dict[str, list[Row]] = {}
            for r in self.store.select(sentence_claims_query([ev.key for ev in anchored[:5]])):
                claims.setdefault(str(r["sentence"]), []).append(r)
            said = compose_source(q, anchored, claims)
            speaker = person_named(said[0], self.catalog) if said and said[0] and not said[1] else None
            return (("", [speaker], said[2]) if said and speaker else said), None  # `엘리슨은 … 말했다`
        if q.kind == "maker":  # the sentences saying who makes it first
            anchored = [ev for ev in anchored if MAKES.search(ev.text)] or anchored
            return compose_entities(q, anchored, ORG_TYPES), None
        if q.kind == "person" and asks_role(attributes_of(q.text)):
            return compose_role_holders(q, anchored, self.surfaces), None
        types = PERSON_TYPES if q.kind == "person" else None
        stated = self._stated(q, {iri for ev in anchored[:LOOK_AT] for iri, _ in ev.entities})
        if q.kind != "person" or PERSON_NOUNS.search(q.text):
            return compose_entities(q, anchored, types, stated), None
        # `who holds shares in JASM?` asks for firms too; `who called CUDA a swamp?` for a person
        # first, and a firm when no sentence names one (`IBM argued …`)
        agents = replace(q, entity_type=None)
        if SPOKE.search(q.text):
            found = compose_entities(q, anchored, types, stated)
            return found or compose_entities(agents, anchored, ORG_TYPES, stated), None
        return compose_entities(agents, anchored, PERSON_TYPES | ORG_TYPES, stated), None

    def _stated(self, q: Question, found: set[str]) -> frozenset[str]:
        """The entities among `found` that the question itself names, inside a longer
        name (`RISC-V` in `RISC-V CPU 설계자산 이름은?`): not what it asks for, unless it offers a choice."""
        if CHOICE.search(q.text):
            return frozenset()
        return frozenset(iri for iri in found if positions(q.text, self.labels_index.labels_of(iri)))

    def _relation(self, q: Question, ranked: list[Evidence]) -> tuple[Composed, str] | None:
        """The relation template for the question's entity; answers of the asked class first,
        then by how well their sentence ranked in retrieval."""
        assert q.predicate is not None
        asked = {m.iri for m in q.entities}
        rank = {ev.key: n for n, ev in enumerate(ranked)}
        for entity, subject in ((m, side) for m in asking_order(q) for side in q.relation_sides(m)):
            query = relation_query(entity.iri, q.predicate, subject)
            rows = self.store.select(query)
            stated = self._stated(q, {str(r["answer"]) for r in rows})
            rows = [r for r in rows if str(r["answer"]) not in asked | stated]
            if not rows:
                continue
            supported = sorted((r for r in rows if _sentence_key(r) in rank), key=lambda r: rank[_sentence_key(r)])
            rows = supported + [r for r in rows if _sentence_key(r) not in rank]
            answers = list(dict.fromkeys(str(r["answer"]) for r in rows))
            typed = [a for a in answers if self._type(a) == q.entity_type]
            if q.entity_type and not typed and not any(_same_group(self._type(a), q.entity_type) for a in answers):
                continue  # `What chip does … compete with?` is not answered by companies
            answers = typed + [a for a in answers if a not in typed] if typed else answers
            evidence = [Evidence(_sentence_key(r), r, 0.0, 1.0, 1.0) for r in rows]
            return ("", answers, evidence), query
        return None

    def _listing(self, q: Question, ranked: list[Evidence]) -> tuple[Composed | None, str | None]:
        """Articles about the entity (in the years the question names), or the claims made
        about it, best-retrieved first."""
        entity = q.entities[0]
        if q.kind == "articles":
            years = sorted(q.years)
            start, end = (f"{years[0]}-01-01", f"{years[-1]}-12-31") if years else (None, None)
            query = articles_about_query(entity.iri, start, end)
        else:
            query = claims_query(entity.iri)
        rows = self.store.select(query)
        if not rows:
            return None, None
        rank = {ev.key: n for n, ev in enumerate(ranked)}
        if q.kind == "claims":
            rows.sort(key=lambda r: rank.get(str(r["sentence"]), len(rank)))
        used = [Evidence(str(r["sentence"]), r, 0.0, 1.0, 1.0) for r in rows]
        if q.kind == "articles":
            line = "; ".join(_article_line(r) for r in rows[:5])
        else:
            line = f"“{rows[0]['text']}”"
        return (line, [], used), query

    # -- shaping ---------------------------------------------------------------------
    def _parent_org(self, iri: str) -> str:
        """The company an organisation belongs to in the catalog (a division, a subsidiary), or ''."""
        entity = self.catalog.by_iri(iri)
        parent = self.catalog.get(entity.parent) if entity and entity.parent and entity.type in ORG_TYPES else None
        return parent.iri if parent is not None and parent.type in ORG_TYPES else ""

    def _type(self, iri: str) -> str:
        return self.labels_index.entity_type(iri)

    def label(self, iri: str, lang: str) -> str:
        entity = self.catalog.by_iri(iri)
        if entity:
            return entity.label(lang)
        rows = self.store.select(labels_query([iri]))
        return str(rows[0]["label"]) if rows else iri.rsplit("/", 1)[-1]

    def surfaces(self, iri: str) -> list[str]:
        """Every name of an entity: the catalog's surface forms, else every label the articles gave it."""
        entity = self.catalog.by_iri(iri)
        if entity:
            return entity.surface_forms()
        return list(dict.fromkeys([*self.labels(iri).values(), *self.labels_index.labels_of(iri)]))

    def labels(self, iri: str) -> dict[str, str]:
        return {"ko": self.label(iri, "ko"), "en": self.label(iri, "en")}

    def _abstain(self, q: Question) -> dict[str, Any]:
        return self._response(q, ABSTAIN[q.lang], [], [], None, 0.0, True)

    def _response(
        self,
        q: Question,
        line: str,
        answers: list[str],
        rows: list[Row],
        sparql: str | None,
        confidence: float,
        abstained: bool,
    ) -> dict[str, Any]:
        return {
            "question": q.text,
            "lang": q.lang,
            "answer": line,
            "answers": [
                {"label": self.label(a, q.lang), "iri": a if a.startswith(str(ID)) else None, "labels": self.labels(a)}
                for a in answers
            ],
            "evidence": evidence_json(rows),
            "sparql": sparql,
            "confidence": confidence,
            "abstained": abstained,
        }


def _sentence_key(row: Row) -> str:
    return str(row["sentence"])


def asking_order(q: Question) -> list[Mention]:
    """The question's entities, the one it asks about first: `Microsoft's Maia` asks of Maia,
    `Which AWS chips did Anthropic use` of Anthropic (AWS makes the chips)."""
    return sorted(q.entities, key=lambda m: _modifies_another(q, m) or _qualifies_the_class(q, m))


def _modifies_another(q: Question, mention: Mention) -> bool:
    """The mention is a possessor of the next named entity (`Microsoft's Maia 100`, `엔비디아의 H100`)."""
    after = q.text[mention.end : mention.end + 4]
    owned = re.match(r"(?:'s|’s|의)\s*", after)
    return owned is not None and any(m.start == mention.end + owned.end() for m in q.entities)


def _qualifies_the_class(q: Question, mention: Mention) -> bool:
    """An organisation right before a class noun (`AWS chips`, `엔비디아 GPU`) names the maker of
    what is asked, not the entity the question is about, when the question names another."""
    words = re.sub(r"^(?:'s|’s|의)?\s*", "", q.text[mention.end :]).split()
    return len(q.entities) > 1 and mention.type in ORG_TYPES and bool(words) and is_class_noun(words[0].strip("?,."))


def _same_group(found: str | None, asked: str) -> bool:
    """Organisations answer for organisations, artifacts (chip, product, platform) for artifacts."""
    return any(found in group and asked in group for group in (ORG_TYPES | {"Person"}, ARTIFACT_TYPES))


def _article_line(row: Row) -> str:
    """`Title (2024-03-22)`; an article with no date given is listed by its title alone."""
    title = str(row.get("title") or row["article"])
    return f"{title} ({str(row['date'])[:10]})" if row.get("date") else title
