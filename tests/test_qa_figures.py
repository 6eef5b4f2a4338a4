"""Figures are shown in the question's language."""

from __future__ import annotations

from dataclasses import replace

import pytest
from rdflib import Literal

from ingest.extraction import Mention
from ingest.values import find_values
from qa.attributes import measured_otherwise, measures_named, qualifiers, superseded
from qa.compose import Evidence, compose_figure
from qa.compose_dates import compose_date
from qa.eval_match import figures
from qa.figures import in_language
from qa.intents import answer_kind
from qa.question import Question
from qa.retrieval.lexicon import other_language_forms, other_language_words
from qa.spans import MONEY_UNITS, counted, dates_in, figures_in, wanted_units


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
        ("47억 4,500만 달러", "en", "$4.745 billion"),  # the digits Korean wrote, not 4.75
    ],
)
def test_a_figure_in_the_other_language_is_rendered_from_its_value(written: str, lang: str, shown: str) -> None:
    (value,) = find_values(written)
    assert in_language(value, lang) == shown


def test_a_percentage_asks_for_a_figure() -> None:
    assert answer_kind("What percentage of the test issues did Kestrel resolve?", "en") == "figure"


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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("who led Groq's $640M round", [640e6]),
        ("a €2bn deal and $1.5B more", [2e9, 1.5e9]),
        ("5천억 달러 시장, 직원 3백만 명", [5e11, 3e6]),  # Korean scales counted in 천/백
        ("Mistral 7B and Llama 2 70B", [7.0, 2.0, 70.0]),  # a model size is no money
        ("as fast as OpenAI's GPT-3.5.2 The same report", [3.5]),  # a footnote glued to a version
    ],
)
def test_figures_read_currency_letter_scales_and_survive_glued_footnotes(text: str, expected: list[float]) -> None:
    assert figures(text) == expected


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Mistral 7B release date?", "date"),
        ("How much has Groq raised to date?", "figure"),
        ("아마존이 앤트로픽에 넣기로 한 총 투자액은?", "figure"),
        ("엔비디아 데이터센터 매출 성장률은", "figure"),
        ("Who measured Groq running Llama 2 70B at 241 tokens per second?", "source"),
        ("Which Gartner analyst commented on the forecast?", "source"),
        ("4천억 달러 전망이 낙관적이라고 본 애널리스트들 소속 회사는?", "source"),
        ("Which supercomputer will the Z9 power?", "entity"),  # `power` the verb, not a figure
        ("2027년 출하량이 두 배가 된다는 전망, 어디서 나온 거야?", "source"),
        ("가나가 다나에 칩을 주문했다는 얘기 어디 보도야?", "source"),
        ("가나 본사는 어디야?", "place"),
        ("가나 라운드 주도한 VC가 어디임", "entity"),  # who led: an organisation, not a place
        ("가나 포맷 처음 만든 곳이 어디임", "entity"),  # who made it
        ("Who told analysts Gana was doing 10k rides a week?", "source"),  # the figure is stated
        ("X1 비중이 내년엔 40%쯤 될 거라고 한 사람 누구?", "source"),
    ],
)
def test_answer_kinds_from_the_asked_noun(question: str, kind: str) -> None:
    lang = "ko" if any("가" <= c <= "힣" for c in question) else "en"
    assert answer_kind(question, lang) == kind


def test_how_much_memory_a_chip_carries_asks_for_capacity() -> None:
    assert wanted_units("How much HBM does the MI300X carry?") == {"GB", "TB", "MB"}
    assert wanted_units("HBM3E 가격은 얼마?") == MONEY_UNITS  # a price cue wins


def test_a_date_is_told_as_exactly_as_another_sentence_on_the_event_tells_it() -> None:
    q = Question("Zephyr 2 release date?", "en", kind="date")
    texts = [
        "In March 2024 the lab released Zephyr 2 under an open licence.",
        "- March 12, 2024: the lab released Zephyr 2, a 7B model.",
        "- May 3, 2024: the lab released Zephyr 3.",
    ]
    ranked = [Evidence(f"s/{n}", {"text": Literal(t)}, 0, 1, 0.9) for n, t in enumerate(texts)]
    composed = compose_date(q, ranked)
    assert composed is not None and composed[0] == "March 12, 2024" and composed[2] == ranked[1::-1]


def test_the_figure_after_the_measure_the_question_names_in_the_other_language() -> None:
    q = Question("What was Acme's Q3 operating profit?", "en", kind="figure")
    text = "에이사는 3분기 매출 17조 5,731억 원, 영업이익 7조 300억 원, 순이익 5조 원을 기록했다."
    composed = compose_figure(q, [Evidence("s/1", {"text": Literal(text)}, 0, 1, 0.9)], lambda iri: [])
    assert composed is not None and composed[0].startswith("₩7.03 trillion"), composed
    assert {"3분기", "영업이익"} <= set(other_language_words(q.text).split())


def test_how_many_percent_in_korean_shorthand_asks_for_a_percent() -> None:
    assert wanted_units("에이사 3분기 HBM 매출 작년 대비 몇퍼 늘었음?") == {"percent"}


def test_a_korean_count_question_counts_the_english_noun_too() -> None:
    found = counted("Acme unveiled Kestrel, a quantum processor with 105 qubits.", "에이사 케스트럴 큐비트 몇 개야?")
    assert [v.amount for v in found] == [105.0]


def test_the_longest_lexicon_match_decides_what_the_other_language_calls_it() -> None:
    assert other_language_forms("X1 정식 출시 날짜") == ["generally available", "general availability"]
    assert "순이익" not in other_language_forms("X1 operating profit")  # not the bare `profit` group
    # the events of business news meet across languages (who retired, which deal was called off)
    assert {"retired", "stepped down"} <= set(other_language_forms("에이사 대표 은퇴 언제 했음"))
    assert "포기" in other_language_forms("When was the Acme deal called off?")
    assert "지분" in other_language_forms("Who else holds shares in Acme?")  # a stake, not a share price


def test_a_one_syllable_korean_word_is_no_part_of_a_longer_one() -> None:
    assert "cancer" in other_language_forms("에이사 암 진단 AI 정확도")
    assert "cancer" not in other_language_forms("에이사가 암페어 칩을 샀어?")  # Ampere, not cancer
    assert "battery cells" not in other_language_forms("하이퍼엑셀 칩 이름")
    assert "battery cells" in other_language_forms("에이사 배터리 셀을 누가 만들어?")


def test_a_price_per_share_answers_only_a_per_share_question() -> None:
    sentence = "에이사 주주는 한 주마다 현금 197달러를 받고, 거래 규모는 350억 달러다."
    assert [v.raw for v in figures_in(sentence, "거래 규모 얼마야?")] == ["350억 달러"]
    assert "197달러" in [v.raw for v in figures_in(sentence, "에이사 주당 얼마 받아?")]
    assert figures_in("Acme will pay $40.00 for each Globex share.", "What did Acme pay per Globex share?")


def test_a_named_measure_is_answered_only_by_a_sentence_naming_it() -> None:
    assert not measures_named("에이사 IPO 공모가 얼마였어", "에이사의 매출은 2023년 7,870만 달러였다.")
    assert measures_named("에이사 IPO 공모가 얼마였어", "에이사는 공모가를 주당 40달러로 정했다.")
    assert measures_named("X1 memory capacity?", "X1 carries 141GB of HBM3e.")  # capacity is often left unsaid


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("작년 11월에는 새 칩이 발표됐다.", (2023, 11, None)),
        ("지난해 3월 5일 문을 열었다.", (2023, 3, 5)),
        ("올해 6월 출시한다.", (2024, 6, None)),
        ("내년 1월 양산에 들어간다.", (2025, 1, None)),
        ("11월에 공개했다.", (2024, 11, None)),  # no year word: the article's year
        ("2021년 11월 처음 발표했다.", (2021, 11, None)),
    ],
)
def test_a_korean_month_takes_its_year_from_the_article_when_told_relative_to_it(text: str, date: tuple) -> None:
    assert [d for _, d in dates_in(text, "2024")] == [date]


def test_a_figure_another_measure_owns_answers_no_question_about_the_deal() -> None:
    sentence = "에이사는 현금을 보유 현금과 160억 달러 규모의 차입으로 마련하며, 거래 규모는 350억 달러다."
    assert measured_otherwise("에이사 인수 거래 규모 얼마?", sentence, "160억 달러")  # borrowing
    assert not measured_otherwise("에이사 인수 거래 규모 얼마?", sentence, "350억 달러")
    assert not measured_otherwise("에이사 차입 규모는?", sentence, "160억 달러")  # asked for
    assert measured_otherwise("How big is the Acme deal?", "Acme will fund it with $16 billion in debt.", "$16 billion")


def test_the_earlier_value_of_a_change_answers_only_a_question_about_before() -> None:
    korean = "가나전자는 콜옵션을 행사해 다나로봇 지분율을 12.5%에서 40.2%로 높였다."
    assert superseded("가나 다나로봇 지분율 몇 프로 됐어?", korean, "12.5%")
    assert not superseded("가나 다나로봇 지분율 몇 프로 됐어?", korean, "40.2%")
    assert not superseded("가나의 원래 지분율은?", korean, "12.5%")  # asked for
    english = "Acme said the base model scored 71.5% on the benchmark, up from 64.0% for its predecessor."
    assert superseded("acme model benchmark score", english, "64.0%")
    assert not superseded("acme model benchmark score", english, "71.5%")
    assert not superseded("what did the previous model score", english, "64.0%")
    benchmark = "기술 보고서에 따르면 가나 7B는 40개 분야를 묻는 벤치마크 평가에서 58.1점을 받았다."
    assert [v.raw for v in figures_in(benchmark, "가나 7b 벤치마크 점수?", strict=True)] == ["58.1점"]  # no count


def test_a_figure_of_the_measure_asked_is_read_from_a_sentence_naming_one_party() -> None:
    acme, beta = "https://trendkg.org/id/acme", "https://trendkg.org/id/beta"
    entities = [Mention("에이사", 0, 3, "Company", acme, 0, "Acme"), Mention("베타", 7, 9, "Company", beta, 0, "Beta")]
    q = Question(
        "에이사 주가 베타 인수 보도 다음날 몇 퍼센트 뛰었어?", "ko", entities, predicate="acquired", kind="figure"
    )
    text = "Acme's stock jumped 22% the next day."  # names Acme only: Beta is the article's other party
    ranked = [Evidence("s/1", {"text": Literal(text)}, 0, 0.5, 0.9, [(acme, "Company")])]
    composed = compose_figure(q, ranked, lambda iri: ["Acme"] if iri.endswith("acme") else [])
    assert composed is not None and composed[0] == "22%", composed


def test_a_launch_asks_for_no_figure_between_two_parties() -> None:
    acme, beta = "https://trendkg.org/id/acme", "https://trendkg.org/id/beta"
    entities = [Mention("에이사", 0, 3, "Company", acme, 0, "Acme"), Mention("베타", 7, 9, "Product", beta, 0, "Beta")]
    text = "연구자는 최대 20만 달러어치 크레디트를 신청할 수 있다."  # names neither: the article's topic
    ranked = [Evidence("s/1", {"text": Literal(text)}, 0, 0.5, 0.9, [])]
    launch = Question("에이사 베타 출시때 크레딧 최대 얼마?", "ko", entities, predicate="announced", kind="figure")
    composed = compose_figure(launch, ranked, lambda _: [])
    assert composed is not None and composed[0] == "20만 달러", composed
    deal = replace(launch, predicate="investsIn")  # what Acme put into Beta is not told here
    assert compose_figure(deal, ranked, lambda _: []) is None


def test_a_rounded_figure_is_answered_as_another_best_sentence_tells_it_exactly() -> None:
    q = Question("에이사 3분기 영업이익 얼마?", "ko", kind="figure")
    headline = Evidence("s/0", {"text": Literal("에이사, 분기 영업이익 7조 원 시대")}, 2, 1, 0.9)
    body = Evidence("s/5", {"text": Literal("에이사는 3분기 영업이익 7조 300억 원을 기록했다.")}, 1, 1, 0.8)
    other = Evidence("s/9", {"text": Literal("에이사의 경쟁사는 영업이익 7조 4,000억 원을 냈다.")}, 1, 1, 0.8)
    composed = compose_figure(q, [headline, other, body], lambda iri: [])
    assert composed is not None and composed[0] == "7조 300억 원", composed  # not 7조 4,000억: that rounds to 7조 too


def test_pence_pounds_and_australian_dollars_are_money() -> None:
    text = "Holders get 183 pence a share; 아크사는 주당 1.15호주달러, 6억 파운드."
    found = [(v.raw, v.unit) for v in find_values(text)]
    assert found == [("183 pence", "GBX"), ("1.15호주달러", "AUD"), ("6억 파운드", "GBP")]
    shown = [in_language(v, lang) for v in find_values("183 pence, 1.15호주달러") for lang in ("ko", "en")]
    assert shown == ["183 펜스", "183 pence", "1.15호주달러", "A$1.15"]
    assert wanted_units("에이사 주주들은 주당 몇 펜스 받아?") and "GBX" in (wanted_units("주당 몇 펜스?") or set())


def test_performance_is_never_a_price() -> None:
    assert not figures_in("Each Kestrel board costs $30,000.", "에이사 케스트럴 성능은?", strict=True)
    assert [v.raw for v in figures_in("Kestrel runs 2.5x faster.", "What is Kestrel's performance?")] == ["2.5x"]
    assert wanted_units("Acme's remaining performance obligations in Q1") is None  # money owed, not speed
