"""Short names a gloss defines, owners before long descriptions, customer lists, lettered
models, group affiliates, supply lists and co-development, on sentences written for these tests:
`LONG(Latin, 이하 SHORT)` (the short name is the glossed entity however Kiwi tags it), `X의 새 …
소프트웨어 ‘Y’` (X makes Y), `X의 고객사에는 A, B 같은` (X supplies A and B), `아이폰 17e`,
`Samsung SDI` (not Samsung), `supplies cells to A, B and C`, `co-develop … with A and B`, a
company bought from its owner (no supply), `paid $X for Y`; and the figures a question asks for:
thickness and weight, a loss, a price asked before a `when` clause, `how many employees`
counted as job cuts, and `올해` read by the article's date."""

from __future__ import annotations

import pytest
from rdflib import Literal

from ingest.document import Article
from ingest.extract import Extractor
from ingest.values import find_values
from qa.compose import Evidence, compose_figure
from qa.compose_dates import compose_date
from qa.intents import answer_kind
from qa.question import analyze, is_common_phrase
from qa.spans import figures_in, wanted_units
from tests.evidence import evidence
from tests.extracted import extracted, triples

RELATIONS_KO = [
    # `이하 시그널`: the short name the gloss defines is the glossed company
    ("한빛전자가 음성 기업 시그널 웍스(Signal Works, 이하 시그널)를 인수했다. 시그널은 애플에 음성 기술을 공급한다.",
     {("new-hanbitjeonja", "acquired", "new-signal-works"), ("new-signal-works", "supplies", "apple")}),
    # an owner before a long description of a quoted name, with a determiner (`새`)
    ("엔비디아의 새 데이터센터 관리 소프트웨어 ‘넵튠(Neptune)’이 나왔다.", {("nvidia", "develops", "new-neptune")}),
    # customers listed after `고객사에는`
    ("엔비디아의 고객사에는 폭스바겐(Volkswagen), 도요타(Toyota) 같은 완성차 업체가 있다.",
     {("nvidia", "supplies", "new-volkswagen"), ("nvidia", "supplies", "new-toyota")}),
    # a lettered model of a catalog product
    ("애플은 보급형 ‘아이폰 17e’를 내놨다.", {("apple", "announced", "new-iphone-17e")}),
    # two names coordinated as the subject of `함께 개발`
    ("마이크로소프트와 엔비디아는 2019년부터 의료 AI를 함께 개발해 왔다.", {("microsoft", "partnersWith", "nvidia")}),
]  # fmt: skip

RELATIONS_EN = [
    # a group's listed affiliate is its own company; a supply list after a dative `to`
    ("Samsung SDI supplies cells to Tesla, General Motors and Ford, among other carmakers.",
     {("new-samsung-sdi", "supplies", "tesla"), ("new-samsung-sdi", "supplies", "new-general-motors"),
      ("new-samsung-sdi", "supplies", "new-ford")}),
    ("LG Display makes panels for Apple.", {("new-lg-display", "supplies", "apple")}),
    # partners in a joint development, the `with` hung on the object
    ("Intel will co-develop the platform with Deutsche Telekom and Singtel.",
     {("intel", "partnersWith", "deutsche-telekom"), ("intel", "partnersWith", "singtel")}),
    ("Nvidia paid $7 billion for Mellanox in 2020.", {("nvidia", "acquired", "mellanox")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), RELATIONS_KO)
def test_korean_short_names_owners_and_customer_lists(
    extractor: Extractor, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert expected <= triples(extractor, text, "ko")


@pytest.mark.parametrize(("text", "expected"), RELATIONS_EN)
def test_english_affiliates_supply_lists_and_joint_work(
    extractor: Extractor, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert expected <= triples(extractor, text, "en")


def test_a_product_whose_maker_is_named_is_not_announced_by_another(extractor: Extractor) -> None:
    text = "한빛은 애플에 음성 기술을 공급해 2011년 나온 음성 비서 ‘시리(Siri)’의 탄생을 도왔다."
    found = triples(extractor, text, "ko")
    assert not [r for r in found if r[2] == "siri" and r[0] != "apple"]


def test_co_leaders_of_a_round_are_no_partners(extractor: Extractor) -> None:
    text = "오르빗은 8월 엔비디아와 삼성전자가 공동 주도한 1억 달러 규모의 투자를 받았다."
    assert not [r for r in triples(extractor, text, "ko") if r[1] == "partnersWith"]


def test_an_event_is_no_product_of_its_host(extractor: Extractor) -> None:
    found = triples(extractor, "오픈AI의 첫 개발자 행사 ‘데브데이’에서는 새 모델이 나왔다.", "ko")
    assert not [r for r in found if r[1] == "develops"]


def test_co_announcers_and_a_makers_own_unit_keep_the_launch(extractor: Extractor) -> None:
    found = triples(extractor, "Cerebras and G42 announced Condor Galaxy 3, a supercomputer.", "en")
    assert ("cerebras", "announced", "condor-galaxy-3") in found
    found = triples(extractor, "Habana Labs introduced the first Gaudi chip in 2019, and Intel launched Gaudi 2.", "en")
    assert ("habana-labs", "announced", "intel-gaudi") in found


def test_a_report_speaks_for_the_firm_that_wrote_it(extractor: Extractor) -> None:
    text = "The Daily Ledger pointed to a 2023 Bain & Company report estimating that the market could reach $9 billion."
    claims = extractor.extract(Article(id="t", lang="en", title="t", body=text)).claims
    assert [c.attributed_name for c in claims] == ["Bain & Company"]


def test_companies_bought_from_their_owner_are_no_supply(extractor: Extractor) -> None:
    relations, _ = extracted(extractor, "SoftBank bought Acme Robotics and Schaft from Alphabet in 2017.", "en")
    assert ("softbank", "acquired", "new-acme-robotics", "asserted") in relations
    assert not [r for r in relations if r[1] == "supplies"]


def test_a_group_name_alone_stays_the_group(extractor: Extractor) -> None:
    _, mentions = extracted(extractor, "Samsung Foundry makes chips for Nvidia, and LG Electronics sells TVs.", "en")
    assert mentions["Samsung Foundry"] == "samsung-foundry" and mentions["LG Electronics"] == "lg-electronics"


@pytest.mark.parametrize(
    ("text", "units"),
    [("두께는 5.8mm, 무게는 163그램이다.", ["mm", "g"]), ("It is 12-millimeter thick, weighing 0.5 kg.", ["mm", "kg"])],
)
def test_sizes_and_weights_are_figures(text: str, units: list[str]) -> None:
    assert [v.unit for v in find_values(text)] == units


@pytest.mark.parametrize(
    ("question", "lang", "kind"),
    [
        ("What was Acme's net loss for 2024?", "en", "figure"),
        ("에이사 영업손실은?", "ko", "figure"),
        ("What per-share price did Acme offer for Orbit when it announced the deal?", "en", "figure"),
        ("When did Acme announce the price?", "en", "date"),
    ],
)
def test_losses_and_prices_asked_before_a_when_clause_are_figures(question: str, lang: str, kind: str) -> None:
    assert answer_kind(question, lang) == kind


def test_a_thickness_is_never_answered_by_a_price() -> None:
    question = "오르빗 폰 두께 몇 mm야?"
    assert wanted_units(question) == {"mm"}
    assert figures_in("오르빗 폰은 115만 원이다.", question, strict=True) == []
    assert [v.raw for v in figures_in("오르빗 폰은 두께가 7.2mm다.", question, strict=True)] == ["7.2mm"]


def test_employees_are_counted_as_job_cuts() -> None:
    found = figures_in("- about 350 job cuts, or 31% of its workforce;", "How many employees is Acme cutting?")
    assert "350" in [v.raw for v in found]


def _dated(key: str, text: str, date: str) -> Evidence:
    return Evidence(key, {"text": Literal(text), "date": Literal(date)}, 0.0, 1.0, 0.9, [])


def test_this_year_is_read_by_the_articles_date(extractor: Extractor) -> None:
    q = analyze("에이사 2023년 매출 얼마야?", extractor)
    this_year = _dated("a/1", "에이사의 올해 상반기 매출은 8억 달러다.", "2022-08-01")
    assert compose_figure(q, [this_year], lambda iri: []) is None
    composed = compose_figure(q, [_dated("a/2", "에이사의 올해 매출은 9억 달러다.", "2023-12-01")], lambda iri: [])
    assert composed is not None and "9억 달러" in composed[0]


@pytest.mark.parametrize(
    ("label", "common"),
    [("generative AI", True), ("total", True), ("npm", False), ("iPhone 16e", False), ("Whole Foods Market", False)],
)
def test_a_name_minted_from_lower_case_words_names_nothing_in_a_question(
    extractor: Extractor, label: str, common: bool
) -> None:
    assert is_common_phrase(label, extractor.english_words()) == common


def test_a_closing_is_dated_only_by_a_sentence_naming_both_parties(extractor: Extractor) -> None:
    q = analyze("When did Nvidia's purchase of Mellanox close?", extractor)
    buyer, bought = [(m.iri, m.type) for m in q.entities]
    other_deal = evidence("a/1", "Nvidia closed its purchase of Vela on May 2, 2024.", [buyer])
    assert compose_date(q, [other_deal]) is None
    this_deal = evidence("a/2", "Nvidia closed its purchase of Mellanox on June 3, 2024.", [buyer, bought])
    composed = compose_date(q, [other_deal, this_deal])
    assert composed is not None and "June 3, 2024" in composed[0]


def test_a_loss_is_a_word_not_part_of_a_name() -> None:
    assert wanted_units("How many GPUs did Colossus have when it came online?") == {"count"}
    assert "USD" in (wanted_units("What was Acme's net loss?") or set())


def test_a_figure_compared_with_its_own_past_names_no_rival(extractor: Extractor) -> None:
    found = triples(extractor, "마이크로소프트는 엔비디아의 데이터센터 매출이 전년보다 37% 늘었다고 소개했다.", "ko")
    assert not [r for r in found if r[1] == "competesWith"]
