"""QA rules on small questions and sentences written for these tests (no store): who a
sentence says is speaking, the class a question asks for, units, figure clauses."""

from __future__ import annotations

import pytest

from qa.compose import _clause_names
from qa.intents import is_class_noun, wanted_type
from qa.reporting import reporting_subject, told_outlet
from qa.spans import wanted_units


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        ("In May, chief executive Pat Doe said the company's chips were sold out for 2025.", "Pat Doe"),
        ("Acme Research has forecast that half of all firms will use agents by 2027.", "Acme Research"),
        ("The Daily Ledger reported last week that the deal could cost $5 billion.", "The Daily Ledger"),
        ("Jane Roe, the founder of Widgets, told reporters the plant would open in 2026.", "Jane Roe"),
        ("김철수는 2024년 3월 기자들 앞에서 “공급이 부족하다”고 말했다.", "김철수"),
        ("It said the chip would ship in June.", None),
        ("The chip has 80 billion transistors.", None),
    ],
)
def test_reporting_verb_subject(sentence: str, subject: str | None) -> None:
    assert reporting_subject(sentence) == subject


@pytest.mark.parametrize(
    ("sentence", "outlet"),
    [
        ("Jane Roe told Tech Weekly that the first order was worth more than $10 million.", "Tech Weekly"),
        ("According to Acme Research, shipments doubled in 2024.", "Acme Research"),
        ("한빛일보에 따르면 첫 계약 규모는 약 100억 원이다.", "한빛일보"),
        ("The company said shipments doubled.", None),
    ],
)
def test_outlet_told_or_cited(sentence: str, outlet: str | None) -> None:
    assert told_outlet(sentence) == outlet


@pytest.mark.parametrize(
    ("question", "wanted"),
    [
        ("Which foundry makes Acme's X1 chip?", "Company"),
        ("What chip does Acme sell?", "Chip"),
        ("에이사의 X1 칩을 만드는 회사는?", "Company"),
        ("에이사가 만든 어떤 칩이 제일 빨라?", "Chip"),
        ("When was it founded?", None),
    ],
)
def test_asked_class_is_the_noun_after_the_question_word(question: str, wanted: str | None) -> None:
    assert wanted_type(question) == wanted


@pytest.mark.parametrize(("word", "generic"), [("chip", True), ("칩", True), ("models", True), ("X1", False)])
def test_class_nouns_are_not_entities(word: str, generic: bool) -> None:
    assert is_class_noun(word) is generic


@pytest.mark.parametrize("question", ["X1 per-pin speed?", "X1 메모리 핀당 속도는?"])
def test_per_pin_speed_wants_a_pin_rate(question: str) -> None:
    assert wanted_units(question) == {"Gbps"}


def test_a_figure_clause_naming_another_product() -> None:
    text = "- 학습 데이터: 15조 개 이상의 토큰으로, 모델A 2의 약 7배"
    assert not _clause_names(text, "15조 개", ["모델A 2"])
    assert _clause_names(text, "7배", ["모델A 2"])
    assert _clause_names("Beta의 트랜지스터가 800억 개인 것과 비교하면 크다", "800억 개", ["Beta"])
