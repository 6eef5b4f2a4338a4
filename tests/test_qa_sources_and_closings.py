"""Who reported it, when a deal closed, and figures about the thing asked, on questions and
sentences written for these tests (no store): an unnamed source (`보도에 따르면`) is nobody, `the`
before an outlet is no part of it, an outlet question takes the sentence's named source before a
footnote; a closing asked for is dated only by a sentence saying it happened; value, profit and
earnings are figures; a figure from sentences naming none of the products asked about is none."""

from __future__ import annotations

import pytest
from rdflib import Literal

from ingest.extract import Extractor
from qa.abstention import about_another_thing
from qa.compose import compose_source
from qa.compose_dates import compose_date
from qa.intents import answer_kind
from qa.question import analyze
from qa.reporting import reporting_subject, told_outlet
from qa.retrieval.lexicon import asks_completion
from tests.evidence import evidence


@pytest.mark.parametrize(
    ("sentence", "outlet"),
    [
        ("보도에 따르면 그 대가로 10억 달러를 치렀다.", None),
        ("외신에 따르면 협상은 결렬됐다.", None),
        ("Orbit is on track for $1 billion in revenue, according to the Daily Ledger.", "Daily Ledger"),
        ("According to The Ledger, sales doubled.", "The Ledger"),
    ],
)
def test_an_unnamed_source_is_nobody_and_the_is_no_part_of_a_name(sentence: str, outlet: str | None) -> None:
    assert told_outlet(sentence) == outlet


@pytest.mark.parametrize(
    ("question", "lang", "kind"),
    [
        ("에이사가 오르빗에 10억 달러 낸다고 전한 곳 어디임", "ko", "source"),
        ("Which Acme firms are investing in Orbit's Series C?", "en", "entity"),
        ("Which firm estimated the market at $5 billion?", "en", "source"),
        ("What's the reported value of Acme's deal?", "en", "figure"),
        ("What operating profit did Acme report for the quarter?", "en", "figure"),
    ],
)
def test_who_reported_it_and_what_is_a_figure(question: str, lang: str, kind: str) -> None:
    assert answer_kind(question, lang) == kind


def test_an_outlet_question_takes_a_named_source_before_a_footnote(extractor: Extractor) -> None:
    q = analyze("Which outlet reported that Orbit would pay $2 billion?", extractor)
    ranked = [
        evidence("a/1", "Orbit will pay $2 billion for the licence."),
        evidence("a/2", "Orbit will pay $2 billion in fees, according to Ledger News."),
    ]
    footnote = {"a/1": [{"citation": Literal("Orbit blog, 2025")}]}
    composed = compose_source(q, ranked, footnote)  # type: ignore[arg-type]
    assert composed is not None and composed[0] == "Ledger News"


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("When did Acme's purchase of Orbit actually close?", True),
        ("에이사의 오르빗 인수는 언제 마무리됐어?", True),
        ("Where did Acme's shares close at on Monday?", False),
        ("When did Acme announce Orbit?", False),
    ],
)
def test_a_question_asking_when_a_deal_closed(question: str, asks: bool) -> None:
    assert (asks_completion(question) is not None) == asks


def test_a_closing_told_only_as_a_plan_dates_nothing(extractor: Extractor) -> None:
    q = analyze("When did Acme's purchase of Orbit close?", extractor)
    parties = [(m.iri, m.type) for m in q.entities]
    planned = [
        evidence("a/1", "Acme expects to complete the purchase of Orbit in 2026.", parties),
        evidence("a/2", "On March 3, 2025, Acme agreed to buy Orbit.", parties),
        evidence("a/3", "Orbit's shares rose to a closing price of $30 on March 4, 2025.", parties),
    ]
    assert compose_date(q, planned) is None
    done = [*planned, evidence("a/4", "Acme completed the purchase of Orbit on June 2, 2025.", parties)]
    composed = compose_date(q, done)
    assert composed is not None and "June 2, 2025" in composed[0]


def test_a_figure_about_another_product_is_no_answer(extractor: Extractor) -> None:
    q = analyze("How much does the Acme X1 cost?", extractor)
    q.entities.append(q.entities[0].__class__("X1", 0, 2, "Product", "urn:x1", 0, "X1", is_new=True))
    other = [evidence("a/1", "Acme set the X2 price at $999.", [("urn:x2", "Product")])]
    same = [evidence("a/2", "Acme set the X1 price at $999.", [("urn:x1", "Product")])]
    assert about_another_thing(q, other) and not about_another_thing(q, same)


def test_an_outlet_question_prefers_the_report_of_the_event_asked(extractor: Extractor) -> None:
    q = analyze("Which outlet reported that Orbit had turned down Acme's offer?", extractor)
    ranked = [
        evidence("a/1", "In May, Tech Weekly reported that Acme was in talks to buy Orbit."),
        evidence("a/2", "In June, Ledger News reported that Orbit had rejected Acme's offer."),
    ]
    composed = compose_source(q, ranked, {})
    assert composed is not None and composed[0] == "Ledger News"


def test_a_korean_outlet_that_passed_it_on_is_the_reporter() -> None:
    assert reporting_subject("한빛일보는 연구자 14명 가운데 11명이 회사를 떠났다고도 전했다.") == "한빛일보"
