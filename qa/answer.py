"""ask(question) -> the answer JSON of DESIGN.md: answer, labelled answers, evidence, SPARQL.

Order of attack: a SPARQL template for the recognised intent and entity; else dense
retrieval over sentences (multilingual, so either language's articles answer), kept
only when the evidence is close and mentions the question's entity. Otherwise abstain:
the service never answers from anything but its articles.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from rdflib.term import Node

from ingest.extract import Extractor
from kg.catalog import Catalog
from kg.embedding.embedder import Embedder
from kg.namespaces import ID
from kg.store import GraphStore, Row
from kg.vectors import VectorIndex
from qa.question import Question, analyze
from qa.templates import (
    claims_query,
    labels_query,
    mentioned_entities_query,
    relation_query,
    sentences_query,
)

REL_WORDS: dict[str, tuple[str, str]] = {
    "partnersWith": ("협력", "partners with"),
    "competesWith": ("경쟁", "competes with"),
    "acquired": ("인수", "acquired"),
    "investsIn": ("투자", "invests in"),
    "supplies": ("공급", "supplies"),
    "develops": ("개발", "develops"),
    "uses": ("사용", "uses"),
    "announced": ("발표", "announced"),
    "builtOn": ("기반", "is built on"),
    "offeredOn": ("제공", "is offered on"),
}
ABSTAIN = {
    "ko": "코퍼스에 이 질문에 답할 근거가 없습니다.",
    "en": "The corpus does not contain an answer to this question.",
}
DENSE_MIN_SCORE = 0.80  # e5 cosine; below this the nearest sentence is rarely on topic


@dataclass
class Answerer:
    store: GraphStore
    extractor: Extractor
    embedder: Embedder
    index: VectorIndex

    @property
    def catalog(self) -> Catalog:
        return self.extractor.catalog

    def ask(self, text: str) -> dict[str, Any]:
        question = analyze(text, self.extractor)
        result = None
        if question.entities and question.predicate:
            result = self._relation(question)
        if result is None and question.entities and question.intent in ("claim_source", "claims"):
            result = self._claims(question)
        if result is None:
            result = self._dense(question)
        if result is None:
            return self._response(question, ABSTAIN[question.lang], [], [], None, 0.0, True)
        return result

    # -- strategies ------------------------------------------------------------------
    def _relation(self, q: Question) -> dict[str, Any] | None:
        assert q.predicate is not None
        for entity in q.entities:
            for as_subject in (True, False):
                query = relation_query(entity.iri, q.predicate, as_subject)
                rows = self.store.select(query)
                asked = {m.iri for m in q.entities}
                rows = [r for r in rows if str(r["answer"]) not in asked]
                if not rows:
                    continue
                answers = list(dict.fromkeys(str(r["answer"]) for r in rows))
                labels = [self.label(a, q.lang) for a in answers]
                subject = self.label(entity.iri, q.lang)
                ko, en = REL_WORDS[q.predicate]
                if q.lang == "ko":
                    line = (
                        f"{subject} — {ko}: {', '.join(labels)}"
                        if as_subject
                        else f"{', '.join(labels)} — {subject} {ko}"
                    )
                else:
                    line = (
                        f"{subject} {en} {', '.join(labels)}." if as_subject else f"{', '.join(labels)} {en} {subject}."
                    )
                return self._response(q, line, answers, rows, query, 0.9, False)
        return None

    def _claims(self, q: Question) -> dict[str, Any] | None:
        for entity in q.entities:
            query = claims_query(entity.iri)
            rows = self.store.select(query)
            if not rows:
                continue
            if q.intent == "claim_source":
                speakers = [r for r in rows if "answer" in r]
                if not speakers:
                    continue
                answers = list(dict.fromkeys(str(r["answer"]) for r in speakers))
                labels = [self.label(a, q.lang) for a in answers]
                line = ("출처: " if q.lang == "ko" else "Source: ") + ", ".join(labels)
                return self._response(q, line, answers, speakers, query, 0.8, False)
            top = rows[0]
            return self._response(q, f"“{top['text']}”", [], rows, query, 0.7, False)
        return None

    def _dense(self, q: Question) -> dict[str, Any] | None:
        """Nearest sentences in either language, kept only when anchored to the question:
        they mention its entity or, failing one, share most of its content words."""
        hits = [h for h in self.index.search(self.embedder.embed_query(q.text), 20) if h.score >= DENSE_MIN_SCORE]
        if not hits:
            return None
        keys = [h.key for h in hits]
        rows_by_key = {str(r["sentence"]): r for r in self.store.select(sentences_query(keys))}
        if q.entities:
            wanted = {m.iri for m in q.entities}
            mentions: dict[str, set[str]] = {}
            for row in self.store.select(mentioned_entities_query(keys)):
                mentions.setdefault(str(row["sentence"]), set()).add(str(row["entity"]))
            hits = [h for h in hits if mentions.get(h.key, set()) & wanted]
        else:
            terms = self.extractor.content_terms(q.text, q.lang)
            needed = max(1, math.ceil(len(terms) * 2 / 3))
            hits = [h for h in hits if _shared(terms, rows_by_key.get(h.key)) >= needed]
        rows = [rows_by_key[h.key] for h in hits[:5] if h.key in rows_by_key]
        if not rows:
            return None
        return self._response(q, f"“{rows[0]['text']}”", [], rows, None, round(hits[0].score, 3), False)

    # -- shaping ---------------------------------------------------------------------
    def label(self, iri: str, lang: str) -> str:
        entity = self.catalog.by_iri(iri)
        if entity:
            return entity.label(lang)
        rows = self.store.select(labels_query([iri]))
        return str(rows[0]["label"]) if rows else iri.rsplit("/", 1)[-1]

    def labels(self, iri: str) -> dict[str, str]:
        return {"ko": self.label(iri, "ko"), "en": self.label(iri, "en")}

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
            "evidence": _evidence(rows),
            "sparql": sparql,
            "confidence": confidence,
            "abstained": abstained,
        }


def _shared(terms: set[str], row: Row | None) -> int:
    text = str(row["text"]).lower() if row else ""
    return sum(1 for t in terms if t in text)


def _text(row: Row, key: str) -> str | None:
    value: Node | None = row.get(key)
    return str(value) if value is not None else None


def _evidence(rows: list[Row]) -> list[dict[str, Any]]:
    seen: set[tuple[str | None, str | None]] = set()
    out: list[dict[str, Any]] = []
    for row in rows:
        key = (_text(row, "article"), _text(row, "start"))
        if key in seen:
            continue
        seen.add(key)
        out.append(
            {
                "sentence": _text(row, "text"),
                "article": _text(row, "article"),
                "title": _text(row, "title"),
                "url": _text(row, "url"),
                "date": _text(row, "date"),
                "lang": _text(row, "lang"),
                "start": int(str(row["start"])),
                "end": int(str(row["end"])),
                "citation": _text(row, "citation"),
            }
        )
        if len(out) >= 5:
            break
    return out
