"""Figures are shown in the question's language."""

from __future__ import annotations

import pytest
from rdflib import Literal

from ingest.values import find_values
from qa.attributes import qualifiers
from qa.compose import Evidence, compose_figure
from qa.figures import in_language
from qa.intents import answer_kind
from qa.question import Question
from qa.spans import counted, wanted_units


@pytest.mark.parametrize(
    ("written", "lang", "shown"),
    [
        ("4엑사플롭스", "en", "4 exaFLOPS"),
        ("1억 명", "en", "100 million"),
        ("1,000테라와트시", "en", "1,000 TWh"),
        ("$640 million", "ko", "6억 4,000만 달러"),
        ("$1.3 billion", "ko", "13억 달러"),
        ("twice", "ko", "2배"),
        ("141 GB", "ko", "141 GB"),  # no words: shown as written
        ("20.9%", "en", "20.9%"),
        ("13억 달러", "ko", "13억 달러"),  # already Korean
    ],
)
def test_a_figure_in_the_other_language_is_rendered_from_its_value(written: str, lang: str, shown: str) -> None:
    (value,) = find_values(written)
    assert in_language(value, lang) == shown


@pytest.mark.parametrize("question", ["What did AMD pay for ZT Systems?", "What was Cohere valued at?"])
def test_paying_and_valuing_ask_for_money(question: str) -> None:
    assert answer_kind(question, "en") == "figure"
    assert "USD" in (wanted_units(question) or set())


@pytest.mark.parametrize(
    ("question", "shown"), [("Acme X1 parameter sizes?", 3), ("How many parameters does Acme X1 have?", 2)]
)
def test_every_figure_when_the_question_asks_for_all_sizes(question: str, shown: int) -> None:
    q = Question(question, "en", kind="figure")
    sizes = "X1 comes with 2.4 billion, 7.8 billion and 32 billion parameters."
    ranked = [Evidence("s/1", {"text": Literal(sizes)}, 0, 1, 0.9)]
    composed = compose_figure(q, ranked, lambda iri: [])
    assert composed is not None and len(composed[0].split(", ")) == shown, composed


def test_the_figure_of_the_asked_year() -> None:
    q = Question("에이사가 본 2027년 X1 시장 규모", "ko", kind="figure", years=["2027"])
    texts = [
        "에이사에 따르면 X1 시장은 2024년 710억 달러에 이를 전망이다.",
        "에이사는 X1 시장이 2024년 671억 달러, 2027년에는 1,194억 달러로 커질 것으로 봤다.",
    ]
    ranked = [Evidence(f"s/{n}", {"text": Literal(t)}, 0, 1, 0.9) for n, t in enumerate(texts)]
    composed = compose_figure(q, ranked, lambda iri: [])
    assert composed is not None and composed[0].startswith("1,194억 달러"), composed
    assert composed[2] == ranked[1:]


@pytest.mark.parametrize("question", ["에이사가 비사에 넣은 돈은?", "에이사가 공장에 들인 돈 얼마야"])
def test_money_put_in_is_a_figure(question: str) -> None:
    assert answer_kind(question, "ko") == "figure"


def test_the_figure_beside_the_word_qualifying_what_is_measured() -> None:
    assert qualifiers("에이사 2024 회계연도 데이터센터 매출", ["에이사"]) == ["데이터센터"]
    assert qualifiers("What was Acme's AI revenue?", ["acme"]) == ["ai"]
    assert qualifiers("What was Acme's revenue?", ["acme"]) == []
    q = Question("에이사 데이터센터 매출은?", "ko", kind="figure")
    text = "에이사는 매출이 609억 달러였고, 이 가운데 데이터센터 부문 매출이 475억 달러였다고 밝혔다."
    composed = compose_figure(q, [Evidence("s/1", {"text": Literal(text)}, 0, 1, 0.9)], lambda iri: [])
    assert composed is not None and composed[0].startswith("475억 달러"), composed


@pytest.mark.parametrize(
    ("sentence", "question", "found"),
    [
        ("X1 has 64 programmable tensor processor cores.", "How many tensor cores does X1 have?", [64.0]),
        ("X1 has 8 matrix engines and 64 cores.", "How many matrix math engines?", [8.0]),
        ("In 2024 cores were added.", "How many cores does X1 have?", []),  # a year is no count
        ("X1 has 64 cores.", "How much memory does X1 have?", []),  # no `how many`
    ],
)
def test_a_bare_number_before_the_counted_noun(sentence: str, question: str, found: list[float]) -> None:
    assert [v.amount for v in counted(sentence, question)] == found
