"""The gold QA set itself: every evidence sentence is quoted from its article, every answer
id is in the catalog, and each split keeps its shape. Reads files only; runs no system."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from kg.catalog import default_catalog
from qa.gold import SPLITS, load_questions

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "qa_gold"
ARTICLES = {p.stem: p for p in (ROOT / "corpus").glob("*/*") if p.suffix in (".md", ".txt", ".html")}


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def test_every_evidence_sentence_is_quoted_from_its_article() -> None:
    missing = []
    for question in load_questions(GOLD, "all"):
        for evidence in question.evidence:
            path = ARTICLES.get(evidence.article)
            if path is None or _flat(evidence.sentence) not in _flat(path.read_text(encoding="utf-8")):
                missing.append((question.id, evidence.article, evidence.sentence[:40]))
    assert missing == []


def test_answer_ids_are_catalog_entities_and_ids_are_unique() -> None:
    catalog = default_catalog()
    questions = load_questions(GOLD, "all")
    assert [i for i, n in Counter(q.id for q in questions).items() if n > 1] == []
    unknown = [(q.id, a.id) for q in questions for a in q.answers if a.id and catalog.get(a.id) is None]
    assert unknown == []


@pytest.mark.parametrize("split", SPLITS)
def test_each_split_asks_in_both_languages_and_abstains_somewhere(split: str) -> None:
    questions = load_questions(GOLD, split)
    assert {q.lang for q in questions} == {"ko", "en"}
    assert any(q.abstain for q in questions) and any(q.cross_lingual for q in questions)
    assert all(q.evidence for q in questions if not q.abstain)
