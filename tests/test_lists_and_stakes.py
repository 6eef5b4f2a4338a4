"""Relations and names as articles write them, on sentences written for these tests: a
company named short before or after its full name, a stake sold to a buyer, a memorandum
signed (in May, which hedges nothing), a round anchored, all of a company's shares bought,
Korean lists of a company's customers and investors, the largest shareholder, a company name
with a middle word (`라이트스피드 벤처 파트너스`), a relative clause's subject before the buyer,
a letter-hyphen-word company (`X-energy`) and a given name the small English model left off."""

from __future__ import annotations

import pytest

from ingest.extract import Extractor
from tests.extracted import extracted


def test_a_company_named_by_its_first_word_is_the_full_name_before_and_after_it(extractor: Extractor) -> None:
    text = (
        "Kestrel agrees to buy Brightwave for $2.4 billion. "
        "Kestrel said it would acquire Brightwave IP Group, a maker of connectivity chips. "
        "Brightwave competes with Broadcom."
    )
    relations, mentions = extracted(extractor, text, "en")
    assert mentions["Brightwave"] == mentions["Brightwave IP Group"] == "new-brightwave-ip-group"
    assert ("new-brightwave-ip-group", "competesWith", "broadcom", "asserted") in {
        (a, p, b, s) if a != "broadcom" else (b, p, a, s) for a, p, b, s in relations
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Acme agreed to sell 51% of Kestrel Labs, its chip unit, to the private equity firm Zentrix Capital.",
         ("new-zentrix-capital", "investsIn", "new-kestrel-labs", "asserted")),
        ("Humain is a Saudi AI company. In May, Qualcomm signed a memorandum of understanding with Humain.",
         ("qualcomm", "partnersWith", "new-humain", "asserted")),
        ("Kestrel Labs raised $50 million in a Series B round. Zentrix Capital anchored the round.",
         ("new-zentrix-capital", "investsIn", "new-kestrel-labs", "asserted")),
    ],
)  # fmt: skip
def test_english_stakes_sold_and_memoranda_signed(
    extractor: Extractor, text: str, expected: tuple[str, str, str, str]
) -> None:
    assert expected in extracted(extractor, text, "en")[0]


def test_a_letter_hyphen_word_is_a_name_where_names_stand(extractor: Extractor) -> None:
    text = "Brightwave raised $500 million. Q-power anchored the round. X-ray machines use Brightwave chips."
    relations, mentions = extracted(extractor, text, "en")
    assert mentions.get("Q-power") == "new-q-power" and "X-ray" not in mentions, mentions
    assert ("new-q-power", "investsIn", "new-brightwave", "asserted") in relations


def test_a_firm_noun_before_what_the_model_took_for_a_place_makes_it_a_company(extractor: Extractor) -> None:
    text = "Intel agreed to sell 51% of the unit to the private equity firm Silver Lake. It hired staff in Seattle."
    mentions = extracted(extractor, text, "en")[1]
    assert mentions.get("Silver Lake") == "new-silver-lake" and "Seattle" not in mentions, mentions


def test_a_given_name_the_model_left_off_a_surname_is_part_of_the_name(extractor: Extractor) -> None:
    mentions = extracted(extractor, "Raghib Hussain becomes chief executive of Altera on May 5.", "en")[1]
    assert mentions.get("Raghib Hussain") == "new-raghib-hussain", mentions


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("블룸버그에 따르면 무브웍스의 고객사로는 유니레버(Unilever), 깃허브(GitHub) 등이 있다.",
         {("new-mubeuwokseu", "supplies", "new-unilever"), ("new-mubeuwokseu", "supplies", "github")}),
        ("로이터에 따르면 우버(Uber), 줌(Zoom) 등이 피그마의 고객사다.",
         {("new-pigeuma", "supplies", "new-uber"), ("new-pigeuma", "supplies", "new-zoom")}),
        ("오픈AI의 주요 투자자로는 마이크로소프트와 소프트뱅크가 있다.",
         {("microsoft", "investsIn", "openai"), ("softbank", "investsIn", "openai")}),
        ("미스트랄 AI는 2023년 6월 라이트스피드 벤처 파트너스가 이끈 1억 유로의 시드 투자를 받았다.",
         {("new-raiteuseupideu-bencheo-pateuneoseu", "investsIn", "mistral-ai")}),
        ("삼성전자가 로봇 기업 벨로라로보틱스(Velora Robotics)의 최대주주에 올랐다.",
         {("samsung-electronics", "investsIn", "new-velora-robotics")}),
        ("루닛은 2023년 12월 볼파라 지분 100%를 현금으로 사들이는 계약을 맺었다.",
         {("new-runit", "acquired", "new-bolpara")}),
        ("삼성전자는 사모펀드 트리톤(Triton)이 가진 플랙트그룹(FläktGroup) 지분 100%를 15억 유로에 사들이기로 했다.",
         {("samsung-electronics", "acquired", "new-flaktgroup")}),
    ],
)  # fmt: skip
def test_korean_lists_and_whole_stakes(extractor: Extractor, text: str, expected: set[tuple[str, str, str]]) -> None:
    relations = {(a, p, b) for a, p, b, _ in extracted(extractor, text, "ko")[0]}
    assert expected <= relations, relations


@pytest.mark.parametrize(
    ("text", "unexpected"),
    [
        ("소프트뱅크는 인텔 지분 10%를 사들이기로 했다.", ("softbank", "acquired", "intel")),  # a part, no purchase
        ("구글은 엔비디아가 만든 H100을 도입했다.", ("google", "develops", "h100")),  # the clause's own maker
    ],
)
def test_korean_parts_and_relative_clauses_keep_their_roles(
    extractor: Extractor, text: str, unexpected: tuple[str, str, str]
) -> None:
    relations = {(a, p, b) for a, p, b, _ in extracted(extractor, text, "ko")[0]}
    assert unexpected not in relations, relations


def test_a_short_name_a_korean_article_defines_stands_for_the_glossed_name(extractor: Extractor) -> None:
    text = "에이사는 벨로라 헬스 테크놀로지(Velora Health Technologies, 이하 벨로라) 인수를 마쳤다. 벨로라는 크다."
    mentions = extracted(extractor, text, "ko")[1]
    assert mentions["벨로라"] == mentions["Velora Health Technologies"] == "new-velora-health-technologies", mentions

