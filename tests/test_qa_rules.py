"""QA rules on small questions and sentences written for these tests (no store): who a
sentence says is speaking, the class a question asks for, units, figure clauses."""

from __future__ import annotations

import pytest
from rdflib import Literal

from ingest.extract import Extractor
from ingest.scripts import HANGUL
from qa.abstention import confident
from qa.answer import _same_group, asking_order
from qa.attributes import attributes_of, measures_asked
from qa.compose import Evidence, _baseline, _clause_names, compose_entities, corroborating
from qa.compose_dates import compose_date
from qa.eval_match import stated_figures
from qa.intents import answer_kind, is_class_noun, is_comparison, key_terms, relation_cue, relation_of, wanted_type
from qa.question import JOINED, Question, analyze, person_named, surname_mentions
from qa.reporting import reporting_subject, told_outlet
from qa.retrieval.lexicon import other_language_words
from qa.spans import MONEY_UNITS, wanted_units
from tests.evidence import evidence


@pytest.mark.parametrize(
    ("sentence", "subject"),
    [
        ("In May, chief executive Pat Doe said the company's chips were sold out for 2025.", "Pat Doe"),
        ("Acme Research has forecast that half of all firms will use agents by 2027.", "Acme Research"),
        ("The Daily Ledger reported last week that the deal could cost $5 billion.", "The Daily Ledger"),
        ("Jane Roe, the founder of Widgets, told reporters the plant would open in 2026.", "Jane Roe"),
        ("김철수는 2024년 3월 기자들 앞에서 “공급이 부족하다”고 말했다.", "김철수"),
        ("BenchCo, an independent benchmarking firm, measured the service at 241 tokens per second.", "BenchCo"),
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
        ("기업가치 10억 달러(한빛일보 보도)", "한빛일보"),  # the source in brackets
        ("It was valued at $1 billion (per Tech Weekly) in May.", "Tech Weekly"),
        ("에이사(Acme)는 칩을 만든다.", None),
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
        ("Acme's supercomputer runs on which Zeta accelerator?", "Chip"),  # past a name after `which`
        ("which chipmaker invested in Acme?", "Company"),  # the longest cue: a maker, not a chip
        ("which cloud provider hosts Acme's model?", "Company"),  # a compound's head
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


@pytest.mark.parametrize(
    ("question", "lang", "kind"),
    [
        ("Who manufactures Acme's X1 chip?", "en", "maker"),
        ("Which foundry makes the X1?", "en", "maker"),
        ("에이사 차세대 칩은 어디서 생산해?", "ko", "maker"),
        ("X1은 누가 위탁 생산하나?", "ko", "maker"),
        ("Where is Acme based?", "en", "place"),
        ("에이사 본사는 어디야?", "ko", "place"),
        ("Who founded Acme?", "en", "person"),
    ],
)
def test_who_makes_a_chip_asks_for_a_maker(question: str, lang: str, kind: str) -> None:
    assert answer_kind(question, lang) == kind


def test_key_terms_are_names_the_question_states_outside_its_entities() -> None:
    assert key_terms("when did Acme unveil its second-gen XPU chip", ["Acme"]) == ["XPU"]
    assert key_terms("에이사 모델 10.7B 언제 공개됐나", ["에이사"]) == ["10.7B"]
    assert key_terms("When did Acme ship the X1?", ["Acme", "X1"]) == []


@pytest.mark.parametrize("sentence", ["에이사는 2월 26일 X1을 공개했다.", "Acme unveiled the X1 on February 26."])
def test_relation_cue_finds_the_event_in_either_language(sentence: str) -> None:
    assert relation_cue("announced").search(sentence.lower())


@pytest.mark.parametrize(
    ("question", "lang"), [("What process node is Acme's X1 built on?", "en"), ("X1은 몇 나노 공정이야?", "ko")]
)
def test_process_node_is_a_figure_in_nanometres(question: str, lang: str) -> None:
    assert answer_kind(question, lang) == "figure"
    assert wanted_units(question) == {"nm"}


@pytest.mark.parametrize(
    ("question", "wanted", "unwanted"),
    [
        ("에이사 창업자 겸 CEO 누구야", {"founder", "chief executive"}, {"창업자"}),
        ("X1 설치된 데이터센터 업체?", {"housed", "data center"}, set()),
        ("Who founded Acme and what is its next-generation chip?", {"창업자", "차세대"}, {"founder"}),
    ],
)
def test_questions_expand_with_the_other_languages_words(question: str, wanted: set[str], unwanted: set[str]) -> None:
    words = other_language_words(question)
    assert all(w in words for w in wanted) and not any(w in words for w in unwanted)


def test_no_expansion_without_lexicon_words() -> None:
    assert other_language_words("에이사 X1 몇 개 팔렸어") == ""


@pytest.mark.parametrize(
    ("question", "lang", "kind"),
    [
        ("김철수가 공급 부족이라고 말한 곳 어디야", "ko", "place"),
        ("X1 학습비용이 100억 원이라고 보도한 곳", "ko", "source"),
        ("X1 공장 전력 사는 회사는?", "ko", "entity"),
        ("X1 공장 전력은 몇 MW야?", "ko", "figure"),
        ("Acme 시리즈D 리드한 투자사 어디어디?", "ko", "entity"),  # `어디` asks which organisation
        ("Acme랑 칩 공동개발하기로 한 스타트업 어디?", "ko", "entity"),
        ("How many GPUs did X1 have when it came online?", "en", "figure"),
        ("whose analysis said X1 hit 100 million users?", "en", "source"),
        ("Acme signed a 20-year power deal with which company?", "en", "entity"),
        ("What power does the X1 draw?", "en", "figure"),
        ("x1 context window", "en", "figure"),
        ("X1 학습비랑 X2 학습비 비교하면?", "ko", "figure"),
        ("X1 첫 기능들 실제로 풀린 날", "ko", "date"),
        ("Acme 매출이 늘었다는 건 누구의 분석이야?", "ko", "source"),
    ],
)
def test_where_it_was_said_and_questions_ending_on_a_class(question: str, lang: str, kind: str) -> None:
    assert answer_kind(question, lang) == kind


@pytest.mark.parametrize(
    ("question", "compares"),
    [
        ("who forecast that more than 80% of firms will use agents?", False),
        ("Is the X1 faster than the X2?", True),
        ("X1 vs X2 memory", True),
    ],
)
def test_more_than_a_figure_is_no_comparison(question: str, compares: bool) -> None:
    assert is_comparison(question, "en") is compares


def test_a_bare_surname_names_the_one_catalog_person_with_it(extractor: Extractor) -> None:
    catalog = extractor.catalog
    people = catalog.people_by_surname
    unique = next(name for name, ids in people.items() if len(ids) == 1 and not name.isascii())
    entity = catalog.get(next(iter(people[unique])))
    assert entity is not None
    assert person_named(unique + "이", catalog) == entity.iri  # 펠드먼이 -> the person
    assert person_named("zzzz", catalog) is None
    shared = [name for name, ids in people.items() if len(ids) > 1]
    assert all(person_named(name, catalog) is None for name in shared)
    question = f"{unique}이 X1 계약이 크다고 말한 매체는?"
    assert entity.iri in {m.iri for m in surname_mentions(question, [], catalog)}


@pytest.mark.parametrize(
    ("question", "predicate"),
    [
        ("에이사에 투자한 회사들 알려줘", "investsIn"),
        ("에이사를 사들인 회사는?", "acquired"),
        ("Who bought Acme?", "acquired"),
        ("에이사가 라이선스로 파는 CPU 설계 이름은?", "supplies"),  # licensing out is supplying
        ("Which design does Acme license to others?", "supplies"),
        ("When did Acme complete its acquisition of Beta?", "acquired"),  # the noun, not only `acquire`
        ("Who is the maker of the X1?", "develops"),
        ("which developer built Acme's X1 model", "develops"),  # the verb, past the class asked for
        ("which chip makers supply memory to Acme?", "supplies"),
    ],
)
def test_relation_cue_of_a_question(question: str, predicate: str) -> None:
    found = relation_of(question, "ko" if HANGUL.search(question) else "en")
    assert found is not None and found[1] == predicate


def test_an_agent_noun_naming_the_class_asked_for_is_no_relation_cue() -> None:
    assert relation_of("Which PC makers shipped X1 laptops first?", "en") is None


def test_a_class_noun_is_not_looked_up_as_a_name(extractor: Extractor) -> None:
    question = analyze("X1은 공개 당시 어떤 클라우드에서 쓸 수 있었어?", extractor)
    assert not any(is_class_noun(m.text) for m in question.entities)


def test_according_to_a_named_person_asks_the_figure_not_the_source() -> None:
    assert answer_kind("According to Jane Roe, what share of X1 demand could Acme meet?", "en") == "figure"
    assert answer_kind("According to whom will X1 demand double?", "en") == "source"
    assert measures_asked("what share of X1 demand could Acme meet?", "그는 고객 수요의 80% 정도만 맞출 수 있었다.")


def test_other_sentences_stating_the_same_answer_are_evidence_too() -> None:
    used = [evidence("s/1", "- 2023년 6월: 에이사, 비사 약 13억 달러에 인수 발표")]
    ranked = [
        used[0],
        evidence("s/2", "에이사는 비사를 약 13억 달러에 인수한다고 발표했다."),
        evidence("s/3", "Acme agreed to buy Beta for about $1.3 billion."),
        evidence("s/4", "Acme raised $2 billion."),
    ]
    assert [ev.key for ev in corroborating("13억 달러", [], used, ranked)] == ["s/2", "s/3"]
    dated = [evidence("d/1", "X1은 2023년 12월 공개됐다."), evidence("d/2", "X1 came out in December 2023.")]
    assert [ev.key for ev in corroborating("2023년 12월", [], dated[:1], dated)] == ["d/2"]
    named = [evidence("e/1", "A", [("id/x1", "Chip")]), evidence("e/2", "B", [("id/x2", "Chip")])]
    assert corroborating("", ["id/x1"], [], named) == named[:1]


def test_a_name_the_question_states_is_not_its_answer() -> None:
    question = Question("What is the X1 CPU design Acme licenses called?", "en")
    named = [("id/x1", "Product"), ("id/arrow", "Product")]
    ranked = [evidence("s/1", "Acme licenses its X1 CPU design, Arrow.", named)]
    assert compose_entities(question, ranked, None) == ("", ["id/x1", "id/arrow"], ranked)
    assert compose_entities(question, ranked, None, frozenset({"id/x1"})) == ("", ["id/arrow"], ranked)


def test_generic_acronyms_are_no_key_terms() -> None:
    assert key_terms("When did Acme ship its first GPU and the XPU?", ["Acme"]) == ["XPU"]


def test_a_date_question_stating_a_figure_takes_the_sentence_with_it() -> None:
    question = Question("에이사 3나노 양산 시작 언제야?", "ko")
    ranked = [
        Evidence("a/1", {"text": Literal("에이사는 2나노 공정을 2025년 양산한다.")}, 0, 1, 0.9),
        Evidence("a/2", {"text": Literal("Acme began making 3-nanometer chips in June 2022.")}, 0, 1, 0.9),
    ]
    composed = compose_date(question, ranked)
    assert composed is not None and composed[0] == "2022년 6월"
    english = Question("When did Acme start mass production of 3nm chips?", "en")
    composed = compose_date(english, ranked)
    assert composed is not None and composed[0] == "June 2022"


@pytest.mark.parametrize(
    ("text", "lang", "first"),
    [
        ("What chip does Microsoft's Maia 100 compete with?", "en", "maia-100"),
        ("엔비디아의 H100 경쟁 칩은?", "ko", "h100"),
        ("Which AWS chips did Anthropic agree to use?", "en", "anthropic"),  # AWS makes the chips asked
        ("앤트로픽이 쓰는 AWS 칩은?", "ko", "anthropic"),
    ],
)
def test_the_entity_asked_about_comes_before_an_owner_or_maker(
    extractor: Extractor, text: str, lang: str, first: str
) -> None:
    q = analyze(text, extractor)
    ordered = asking_order(q)
    assert ordered[0].iri.endswith("/" + first) and len(ordered) == 2


def test_organisations_do_not_answer_for_artifacts() -> None:
    assert _same_group("Platform", "Chip") and _same_group("ResearchOrg", "Company")
    assert not _same_group("Company", "Chip") and not _same_group(None, "Chip")


def test_a_price_per_share_asks_for_money() -> None:
    assert wanted_units("What did Acme pay per Beta share?") == wanted_units("주당 얼마에 샀어?") == MONEY_UNITS
    assert wanted_units("What is Acme's market share?") == {"percent"}


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Who led Acme's Series D?", "entity"),
        ("Who invested in Acme?", "entity"),
        ("Who is Acme working with in Japan?", "entity"),
        ("Who founded Acme?", "person"),
    ],
)
def test_who_takes_part_in_an_organisations_relation(extractor: Extractor, question: str, kind: str) -> None:
    q = analyze(question, extractor)
    assert (q.kind, q.entity_type) == (kind, "Company" if kind == "entity" else "Person")


@pytest.mark.parametrize(
    ("question", "units"),
    [
        ("X1 모델 파라미터 수는 얼마입니까", {"parameters", "count"}),  # `얼마` asks the count it names
        ("x1 context window", {"tokens", "count"}),
        ("Acme 시리즈B로 얼마 받았어?", MONEY_UNITS),
        ("X1 학습비는?", MONEY_UNITS),
        ("X1 model sizes?", {"parameters", "count"}),
        ("노바 X 엘리트 NPU 성능 (TOPS)", {"TOPS"}),  # the X of a name asks for no multiple
        ("How much HBM does the MI300X carry?", {"GB", "TB", "MB"}),
        ("is the X1 2.5x faster?", {"multiple"}),
    ],
)
def test_what_is_counted_comes_before_how_much(question: str, units: set[str]) -> None:
    assert wanted_units(question) == units


def test_a_sentence_in_the_other_language_may_score_a_little_lower(extractor: Extractor) -> None:
    q = analyze("Who is in charge of Azure?", extractor)
    assert q.entities
    row = {"text": Literal("에이사는 애저를 맡는다."), "lang": Literal("ko")}
    assert confident(q, Evidence("a/1", row, 0.0, 1.0, 0.765))
    assert not confident(q, Evidence("a/1", {**row, "lang": Literal("en")}, 0.0, 1.0, 0.765))
    assert not confident(q, Evidence("a/1", row, 0.0, 0.0, 0.85))  # about none of its entities
    # about none, but as close as a question naming no entity needs: the names were misread
    assert confident(q, Evidence("a/1", row, 0.0, 0.0, 0.95))


def test_a_sentence_stating_the_quoted_figure_is_anchored(extractor: Extractor) -> None:
    q = analyze("2030년 AI 칩 시장이 5000억 달러 간다고 예측한 사람은?", extractor)
    assert not q.entities and stated_figures(q.text) == {5e11}  # the year is no quoted figure
    row = {"text": Literal("He expects the AI chip market to reach $500 billion by 2030."), "lang": Literal("en")}
    assert confident(q, Evidence("a/1", row, 0.0, 1.0, 0.80))
    other = {"text": Literal("He expects the AI chip market to reach $300 billion by 2030."), "lang": Literal("en")}
    assert not confident(q, Evidence("a/1", other, 0.0, 1.0, 0.80))
    named = analyze("Who reported the Azure chips cost 5천억 달러?", extractor)
    assert named.entities  # the figure anchors a sentence that names none of its entities
    assert confident(named, Evidence("a/1", row, 0.0, 0.0, 0.80))
    assert not confident(named, Evidence("a/1", other, 0.0, 0.0, 0.80))


@pytest.mark.parametrize(
    ("sentence", "name", "baseline"),
    [
        ("학습 속도가 X1 8단 대비 평균 34% 빨라졌다.", "X1", True),
        ("It trains 50% faster than the X1 on average.", "X1", True),
        ("X1 제품은 2023년 나왔다.", "X1", False),
        ("The X1 sold well.", "X1", False),
    ],
)
def test_a_name_a_figure_is_measured_against(sentence: str, name: str, baseline: bool) -> None:
    assert _baseline(sentence, name) is baseline


def test_the_date_of_a_closing_needs_a_sentence_stating_it() -> None:
    question = Question("에이사의 노바 인수 언제 마무리됐어?", "ko")
    announced = Evidence("a/1", {"text": Literal("에이사는 2024년 3월 노바 인수 계획을 발표했다.")}, 0, 1, 0.9)
    assert compose_date(question, [announced]) is None  # an announcement dates no closing
    closed = Evidence("a/2", {"text": Literal("Acme closed its purchase of Nova in September 2024.")}, 0, 1, 0.9)
    composed = compose_date(question, [announced, closed])
    assert composed is not None and composed[0] == "2024년 9월"


def test_an_expected_date_is_the_one_after_its_cue() -> None:
    question = Question("When is Acme expected to start production at the new fab?", "en")
    text = "On May 2, 2024, Acme said production is expected to start in 2027."
    said = Evidence("a/1", {"text": Literal(text)}, 0, 1, 0.9)
    composed = compose_date(question, [said])
    assert composed is not None and composed[0] == "2027"


DATED_EVENTS = [
    # a finished deal by its completion, not the plan to finish
    ("에이사 노바 인수 언제 끝났어?", "ko", "당초 에이사는 2019년 말까지 노바 인수를 마무리할 계획이었다.",
     "에이사는 2020년 4월 27일 노바 인수를 완료했다고 발표했다.", "2020년 4월 27일"),
    # a block by the sentence telling it
    ("When did the regulator block Acme's purchase of Nova?", "en",
     "On October 13, 2023, the regulator approved Acme's purchase of Nova.",
     "On April 26, 2023, the regulator blocked Acme's purchase of Nova.", "April 26, 2023"),
    # a deal cleared is an approval
    ("영국 규제당국이 에이사의 노바 인수 승인한 날짜는?", "ko",
     "On July 16, the regulator opened an inquiry into Acme's deal for Nova.",
     "On September 4, 2024, the regulator cleared Acme's deal for Nova.", "2024년 9월 4일"),
    # a Korean expectation by the year before its word
    ("When is Acme targeting mass production of the X9?", "en",
     "에이사는 2024년 4월 새 공장을 열었고, 2028년에는 X10을 내놓을 계획이다.",
     "에이사는 2026년 X9 양산을 목표로 잡고 있다.", "2026"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "lang", "other", "telling", "date"), DATED_EVENTS)
def test_an_event_is_dated_by_the_sentence_telling_it(
    text: str, lang: str, other: str, telling: str, date: str
) -> None:
    ranked = [Evidence(f"a/{n}", {"text": Literal(t)}, 0, 1, 0.9) for n, t in enumerate((other, telling))]
    composed = compose_date(Question(text, lang), ranked)
    assert composed is not None and composed[0] == date


@pytest.mark.parametrize(("typed", "meant"), [("레드헷", "레드햇"), ("웨이브", "왜이브"), ("얘기", "예기")])
def test_vowels_speech_merged_are_one_letter_to_the_typo_matcher(typed: str, meant: str) -> None:
    from qa.retrieval.labels import jamo

    assert jamo(typed) == jamo(meant) and jamo("레드햇") != jamo("레디햇")


@pytest.mark.parametrize(
    ("question", "units"),
    [
        ("By how much did Acme's stock drop on the day the deal was announced?", {"percent"}),
        ("에이사 주가 발표 당일 얼마나 떨어졌어?", {"percent"}),
        ("How much did Acme pay per share for Nova?", MONEY_UNITS),
    ],
)
def test_how_far_a_stock_moved_is_a_percent_and_a_price_per_share_money(question: str, units: set[str]) -> None:
    assert wanted_units(question) == units


def test_a_price_per_share_or_a_market_value_asks_for_no_share_or_market() -> None:
    assert "share" not in attributes_of("How much did Acme pay per share for Nova?")
    assert "per share" in attributes_of("에이사는 노바 주식을 주당 17.90달러에 사들였다.")
    assert "market" not in attributes_of("How much market value did Acme lose?")
    assert "market" in attributes_of("How big is the HBM market?")


@pytest.mark.parametrize(
    ("text", "read"),
    [("MS-인플렉션 거래 승인 날짜는?", "MS 인플렉션 거래 승인 날짜는?"),
     ("네이버-포쉬마크 거래", "네이버 포쉬마크 거래"),
     ("딥시크-R1 공개일은?", "딥시크-R1 공개일은?"), ("페가수스-1 공개일은?", "페가수스-1 공개일은?")],
)  # fmt: skip
def test_a_hyphen_joining_two_names_in_a_korean_question_joins_no_name(text: str, read: str) -> None:
    assert JOINED.sub(" ", text) == read


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        ("에이사 2023년 6월 13억 달러 투자 라운드에 누구누구 참여했나요?", True),
        ("에이사의 시리즈 B 라운드에 참여한 곳은?", True),
        ("에이사가 투자한 회사는?", False),
    ],
)
def test_those_who_joined_a_companys_round_invest_in_it(text: str, joined: bool) -> None:
    from qa.intents import entity_is_object

    assert entity_is_object(text, 0, 3, "ko", -1) is joined


def test_a_sentence_stating_the_month_a_question_names_ranks_above_one_stating_its_year() -> None:
    from qa.spans import SAME_MONTH_BONUS, SAME_YEAR_BONUS, shared_date

    question = "2022년 7월에 에이사 CEO 새로 맡은 사람 누구?"
    assert shared_date(question, "- **July 2022** — Pat Doe succeeds Lee as Acme's CEO.") == SAME_MONTH_BONUS
    assert shared_date(question, "In March 2022 Acme hired Lee.") == SAME_YEAR_BONUS
    assert shared_date(question, "Acme named a new CEO in 2020.") == 0.0
    assert shared_date("Who runs Acme?", "- **July 2022** — Pat Doe succeeds Lee.") == 0.0


def test_a_termination_fee_is_told_only_by_a_sentence_naming_one() -> None:
    from qa.attributes import measures_named

    question = "How big was the termination fee Acme would have owed Nova if the merger had collapsed?"
    assert not measures_named(question, "Acme paid $49 billion in stock for Nova in 2022.")
    assert measures_named(question, "거래가 무산되면 에이사가 내야 할 위약금은 30억 달러다.")
    assert measures_named(question, "Acme will pay Nova a $94 million break fee.")
