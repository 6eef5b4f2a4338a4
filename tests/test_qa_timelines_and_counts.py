"""QA on sentences written for these tests: a timeline entry's date for the sentences under
its heading (qa.timeline), a count of the noun asked over nearer figures, a number glued after
a Korean scale (`2만4천원`), shares counted and a market capitalization asked, an impairment
or a fee asked (a figure only a sentence naming it gives), a Korean name with no particle
(either end of the relation asked), a quarter asked, the source of a figure asked."""

from __future__ import annotations

from ingest.extraction import Mention
from qa.attributes import measures_named
from qa.compose import compose_figure, quarters_in
from qa.compose_dates import compose_date
from qa.eval_match import figures
from qa.intents import answer_kind
from qa.question import Question
from qa.spans import wanted_units
from qa.timeline import heading_date
from tests.evidence import evidence


def test_a_timeline_heading_dates_the_sentences_under_it() -> None:
    assert heading_date("**2024년 9월 25일 — 협상 중단**") == (2024, 9, 25)
    assert heading_date("**January 27, 2022 — Conditional approval.") == (2022, 1, 27)
    assert heading_date("2024년 9월 25일 오르빗은 공시를 통해 협상을 중단했다.") is None  # a sentence, not a heading
    assert heading_date("- 2022년 3월 4일: 인수 완료") is None  # a list item tells its own event
    acme = Mention("오르빗", 0, 3, "Company", "orbit", 0, "오르빗")
    q = Question("오르빗이 협상 중단했다고 공시한 날 언제야", "ko", [acme], kind="date")
    under = evidence("a/s/5", "오르빗은 공시를 통해 벨타와의 인수 협상을 중단했다고 밝혔다.", [("orbit", "Company")])
    later = evidence("a/s/9", "오르빗은 11월 발표된 최종 후보에 들지 못했다.", [("orbit", "Company")])
    dated = compose_date(q, [under, later], {"a/s/5": (2024, 9, 25)})
    assert dated is not None and dated[0] == "2024년 9월 25일"


def test_a_count_of_the_noun_asked_wins_over_nearer_figures() -> None:
    acme = Mention("오르빗", 0, 3, "Company", "orbit", 0, "오르빗")
    q = Question("인수 발표 때 오르빗 유료 고객 몇 명이었음?", "ko", [acme], kind="figure")
    text = "When the deal was announced, Orbit had about 13 million users and 800,000 paying customers."
    found = compose_figure(q, [evidence("a/s/1", text, [("orbit", "Company")])], lambda iri: ["Orbit"])
    assert found is not None and found[0] == "800,000"


def test_a_number_glued_after_a_korean_scale_is_part_of_the_figure() -> None:
    assert figures("목표주가 2만4천원 제시") == [24000.0]
    assert figures("4억2500만 달러에 샀다") == [425000000.0]


def test_shares_counted_and_a_market_cap_asked_are_figures() -> None:
    question = "orbit belta exchange ratio - how many orbit shares per belta share?"
    assert wanted_units(question) == {"count"}
    assert wanted_units("벨타가 오르빗 주주들한테 새로 발행한 주식 몇 주?") == {"count"}
    assert wanted_units("출시 몇 주 만에 팔렸어?") is None  # weeks
    assert answer_kind("What was Orbit's market capitalization at the close of its first day?", "en") == "figure"
    assert answer_kind("Who holds a stake in Orbit?", "en") == "person"


def test_an_impairment_or_a_fee_asked_is_a_figure_only_a_sentence_naming_it_gives() -> None:
    question = "How big was the impairment charge Orbit later took on Belta?"
    assert answer_kind(question, "en") == "figure"
    assert answer_kind("What break-up fee would Belta have owed Orbit?", "en") == "figure"
    assert not measures_named(question, "Orbit agreed to buy Belta for $3.2 billion.")
    assert measures_named("벨타 손상차손 얼마 잡았어?", "오르빗은 벨타 관련 손상차손 1억 달러를 반영했다.")


def test_a_korean_name_with_no_particle_is_tried_as_subject_then_as_object() -> None:
    orbit = Mention("오르빗", 0, 3, "Company", "orbit", 0, "오르빗")
    bare = Question("오르빗 투자한 VC 어디어디야?", "ko", [orbit], kind="entity")
    assert bare.relation_sides(orbit) == [True, False]
    marked = Question("오르빗에 투자한 VC 어디야?", "ko", [orbit], kind="entity")
    assert marked.relation_sides(orbit) == [False]  # `에`: the object, nothing else
    velo = Mention("벨로", 4, 6, "Product", "velo", 0, "벨로")
    pair = Question("오르빗 벨로 누구랑 같이 개발함?", "ko", [orbit, velo], kind="entity")
    assert pair.relation_sides(velo) == [True]  # `오르빗 벨로`: Orbit's Velo, read as written


def test_a_figure_of_the_quarter_asked_not_of_another() -> None:
    assert quarters_in("as of Orbit's fourth-quarter 2025 results") == {4}
    assert quarters_in("오르빗은 3분기 실적을 발표했다") == {3} and not quarters_in("a quarter of its users")
    game = Mention("Velo", 0, 4, "Product", "velo", 0, "Velo")
    q = Question("How many copies had Velo sold as of Orbit's fourth-quarter results?", "en", [game], kind="figure")
    third = evidence("a/s/1", "오르빗은 3분기 실적에서 벨로가 400만 장 넘게 팔렸다고 밝혔다.", [("velo", "Product")])
    fourth = evidence("a/s/2", "오르빗은 4분기 실적에서 벨로가 1,400만 장 넘게 팔렸다고 밝혔다.", [("velo", "Product")])
    found = compose_figure(q, [third, fourth], lambda iri: ["벨로"])
    assert found is not None and found[0] == "14 million", found


def test_who_was_the_source_for_a_figure_asks_a_source() -> None:
    assert answer_kind("Who was the source for the 115 million daily users figure for Velo?", "en") == "source"
