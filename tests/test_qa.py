"""Question answering across languages, with evidence and honest abstention."""

from __future__ import annotations

import pytest

from qa.services import Services


def _evidence_langs(result: dict) -> set[str]:
    return {e["lang"] for e in result["evidence"]}


def test_korean_question_answered_from_english_only_article(corpus_services: Services) -> None:
    # Mistral AI and its models are covered only by English articles
    result = corpus_services.answerer.ask("미스트랄AI가 발표한 모델은?")
    assert not result["abstained"]
    assert result["lang"] == "ko"
    assert _evidence_langs(result) == {"en"}
    assert "Mistral 7B" in {a["labels"]["en"] for a in result["answers"]}
    assert all(e["citation"] or e["sentence"] for e in result["evidence"])
    assert any(e["citation"] for e in result["evidence"])
    assert result["sparql"] and "tkg:announced" in result["sparql"]


def test_english_question_answered_from_korean_only_article(corpus_services: Services) -> None:
    # Snowflake's acquisition of Neeva is reported only in a Korean article
    result = corpus_services.answerer.ask("What did Snowflake acquire?")
    assert not result["abstained"]
    assert result["lang"] == "en"
    assert _evidence_langs(result) == {"ko"}
    labels = {a["labels"]["en"] for a in result["answers"]}
    assert "Neeva" in labels
    assert "Neeva" in result["answer"]  # the answer line is in the question's language


def test_partner_question_with_korean_particle(corpus_services: Services) -> None:
    result = corpus_services.answerer.ask("엔비디아와 협력하는 회사는?")
    assert not result["abstained"]
    assert "마이크로소프트" in result["answer"]
    assert result["evidence"][0]["start"] < result["evidence"][0]["end"]


def test_sparql_of_an_answer_runs_unchanged(corpus_services: Services) -> None:
    result = corpus_services.answerer.ask("Who invested in OpenAI?")
    rows = corpus_services.store.select(result["sparql"])
    assert {str(r["answer"]) for r in rows} >= {a["iri"] for a in result["answers"]}


@pytest.mark.parametrize(
    "question",
    ["텐스토렌트의 파트너는?", "Who acquired Tenstorrent?", "What is the capital of France?"],
)
def test_not_in_corpus_abstains(corpus_services: Services, question: str) -> None:
    result = corpus_services.answerer.ask(question)
    assert result["abstained"], result["answer"]
    assert result["evidence"] == [] and result["answers"] == []
