"""Who a claim is attributed to, and the Korean name cues that find the speakers."""

from __future__ import annotations

from ingest.document import Article
from ingest.extract import Extractor
from ingest.extraction import Extraction


def run(extractor: Extractor, text: str, lang: str) -> Extraction:
    return extractor.extract(Article(id="t", body=text, title="t", lang=lang))


def speakers(x: Extraction) -> list[str | None]:
    return [c.attributed_name for c in x.claims]


def test_raising_money_is_not_a_statement_but_raising_a_forecast_is(extractor: Extractor) -> None:
    funding = run(extractor, "Zentrova raised about $300 million from backers including Sequoia Capital.", "en")
    assert speakers(funding) == [None]
    outlook = run(extractor, "AMD raised its forecast for the year to $4 billion.", "en")
    assert speakers(outlook) == ["AMD"]


def test_the_agent_of_a_passive_reporting_verb_speaks(extractor: Extractor) -> None:
    x = run(extractor, "The filings, reported by Reuters in May, showed revenue falling 30% to $2 million.", "en")
    assert speakers(x) == ["Reuters"]


def test_a_name_inside_the_subjects_relative_clause_does_not_speak(extractor: Extractor) -> None:
    x = run(extractor, "The chip that Apple introduced in May raises that to 38 trillion operations per second.", "en")
    assert speakers(x) == [None]


def test_a_korean_reporting_verb_in_a_relative_clause_does_not_attribute(extractor: Extractor) -> None:
    x = run(extractor, "기업가치는 약 200억 달러로, 삼성전자가 제시했던 금액보다 높다.", "ko")
    assert speakers(x) == [None]
    said = run(extractor, "삼성전자는 매출이 200억 달러에 이를 것이라고 제시했다.", "ko")
    assert speakers(said) == ["삼성전자"]


def test_quoted_announcement_mid_sentence_speaks_for_the_topic(extractor: Extractor) -> None:
    text = (
        "스노우플레이크는 데이터 앱 시장을 노린다. "
        "먼저 2022년 스타트업을 8억 달러에 인수한다고 발표하며 개발자를 끌어들였다."
    )
    assert speakers(run(extractor, text, "ko"))[-1] == "스노우플레이크"


def test_split_korean_titles_and_parenthetical_aliases(extractor: Extractor) -> None:
    text = "혹 탄(Hock Tan) 브로드컴 최고경영자(CEO)는 2027년 시장이 600억 달러에 이를 것이라는 전망을 내놓았다."
    assert speakers(run(extractor, text, "ko")) == ["혹 탄"]


def test_acronym_firms_before_a_source_noun_are_names(extractor: Extractor) -> None:
    x = run(extractor, "외신이 인용한 UBS 분석에 따르면 사용자는 1억 명을 넘었다.", "ko")
    assert speakers(x) == ["UBS"]
    assert ("UBS", "Company") in {(m.text, m.type) for m in x.mentions}


def test_transliterated_names_with_their_latin_form(extractor: Extractor) -> None:
    x = run(extractor, "로버트 킴(Robert Kim) 젠킨스 랩스 대표는 칩을 소개했다.", "ko")
    found = {(m.text, m.type) for m in x.mentions}
    assert {("로버트 킴", "Person"), ("Robert Kim", "Person"), ("젠킨스 랩스", "Company")} <= found
    person = {m.iri for m in x.mentions if m.text in ("로버트 킴", "Robert Kim")}
    assert len(person) == 1
    energy = run(extractor, "구글은 2024년 10월 카이젠 에너지(Kaizen Energy)와 전력 계약을 맺었다.", "ko")
    assert ("카이젠 에너지", "Company") in {(m.text, m.type) for m in energy.mentions}


def test_a_participle_speaks_for_its_clauses_subject(extractor: Extractor) -> None:
    text = "A later TrendForce note painted a closer race, projecting that Samsung would reach 48% of the market."
    assert speakers(run(extractor, text, "en")) == ["TrendForce"]
    described = run(extractor, "Nvidia makes GPUs. The company described the system as a 4 exaFLOPS machine.", "en")
    assert speakers(described) == ["Nvidia"]


def test_a_person_who_just_spoke_keeps_speaking_when_the_subject_drops(extractor: Extractor) -> None:
    text = (
        "AMD는 새 가속기를 내놓았다. 리사 수 CEO는 시장이 1,500억 달러로 클 것이라고 말했다. "
        "그러다 12월에는 2027년 시장을 4,000억 달러로 보고 전망치를 올렸다."
    )
    assert speakers(run(extractor, text, "ko")) == ["리사 수", "리사 수"]


def test_a_reported_copula_keeps_the_source_just_quoted(extractor: Extractor) -> None:
    text = (
        "IDC에 따르면 AI 서버 시장은 2024년 300억 달러다. "
        "이 가운데 추론용만 보면 2027년 120억 달러로 커진다는 계산이다."
    )
    assert speakers(run(extractor, text, "ko")) == ["IDC", "IDC"]
    own = run(extractor, "엔비디아는 칩을 만든다. 2027년 매출은 120억 달러로 커질 수 있다.", "ko")
    assert speakers(own) == [None]


def test_an_embedded_question_is_not_a_statement(extractor: Extractor) -> None:
    text = "메타는 새 모델을 내놓았다. 다음 관심사는 4,000억 파라미터급 모델을 공개할지 여부다."
    assert speakers(run(extractor, text, "ko")) == [None]


def test_the_person_heading_the_subject_speaks_not_the_employer(extractor: Extractor) -> None:
    x = run(extractor, "Nvidia CEO Jensen Huang said demand was up 50%. Analysts at Gartner said sales grew 20%.", "en")
    assert speakers(x) == ["Jensen Huang", "Gartner"]


def test_korean_sources_reporting_in_their_own_clause(extractor: Extractor) -> None:
    x = run(extractor, "IDC가 집계한 바에 따르면 출하량은 20% 늘었다. 가트너의 발표에 의하면 시장은 30% 컸다.", "ko")
    assert speakers(x) == ["IDC", "가트너"]


def test_english_sources_named_after_the_figure_or_through_a_figure_verb(extractor: Extractor) -> None:
    text = (
        "Shipments will rise 20% in 2025, TrendForce predicts. "
        "TrendForce's latest figures put Samsung's share at 40%. "
        "Microsoft is expected to spend $50 billion, analysts at Morgan Stanley wrote. "
        "Nvidia put $3 million of hardware in one rack."
    )
    assert speakers(run(extractor, text, "en")) == ["TrendForce", "TrendForce", "Morgan Stanley", None]


def test_korean_source_documents_speak_for_their_publisher(extractor: Extractor) -> None:
    text = (
        "가트너의 최신 보고서는 시장이 20% 커질 것으로 전망했다. IDC 자료를 보면 출하량은 30% 늘었다. "
        "트렌드포스 집계를 보면 SK하이닉스 점유율은 50%다."
    )
    assert speakers(run(extractor, text, "ko")) == ["가트너", "IDC", "트렌드포스"]


def test_korean_quotation_endings_report(extractor: Extractor) -> None:
    text = "엔비디아는 매출이 20% 늘었다며 기대를 나타냈다. 삼성전자는 점유율이 50%에 이를 것으로 보고 있다."
    assert speakers(run(extractor, text, "ko")) == ["엔비디아", "삼성전자"]
