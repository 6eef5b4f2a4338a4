"""Control, roles and canonical names as articles write them, on sentences written for these
tests: a company's legal form or leading article left out of its IRI (`Halvard Corporation`
and `Halvard` are one company; so are `현대자동차그룹` and `현대차그룹`), a passive infinitive
(`agreed to be acquired by`), control taken (`takes control of`, `a controlling stake`), a
stake bought into, `its first customer was`, `its biggest backer`, `its best-known product is`,
gapped acquisitions (`bought A in 2018, and B in 2019`), a bought company the small model
took for a place (`buys Sound United`), an acronym a firm noun names (`firm IMM`); in Korean,
`대표 제품은 A와 B다` about the company under discussion, gapped purchases with their prices, a chip put into a device
(built on it), a quoted name typed by the word after its closing quote, and a possessor
glossed in Latin (`애플(Apple)의 ‘X’가 출시됐다`)."""

from __future__ import annotations

import pytest

from ingest.document import Article
from ingest.extract import Extractor
from ingest.mentions import new_entity_iri
from tests.extracted import extracted


@pytest.mark.parametrize(
    ("long", "short"),
    [
        ("Halvard Corporation", "Halvard"),
        ("Brenner International Industries", "Brenner"),
        ("Quillon, Inc.", "Quillon"),
        ("The Orrin Group", "Orrin Group"),
        ("현대자동차그룹", "현대차그룹"),
    ],
)
def test_a_legal_form_or_leading_article_is_not_part_of_a_new_company_iri(long: str, short: str) -> None:
    assert new_entity_iri(long) == new_entity_iri(short)


def test_a_one_word_name_keeps_its_article_and_a_bare_legal_word_stays() -> None:
    assert new_entity_iri("The Information").endswith("new-the-information")
    assert new_entity_iri("International").endswith("new-international")


RELATIONS_EN = [
    ("Halvard Corporation makes optical chips. Marvell said it completed its acquisition of Halvard Corporation.",
     {("marvell", "acquired", "new-halvard")}),
    ("Tower Semiconductor agreed to be acquired by Intel, the chip giant, for $5.4 billion.",
     {("intel", "acquired", "new-tower-semiconductor")}),
    ("Hanwha Aerospace takes control of Austal Ltd, lifting its stake to 30%.",
     {("new-hanwha-aerospace", "acquired", "new-austal")}),
    ("LG Electronics sells robots. In 2018 it took a controlling 30% stake in Robostar, a Korean maker of robots.",
     {("lg-electronics", "acquired", "new-robostar")}),
    ("Samsung Electronics first bought into Rainbow Robotics in 2023.",
     {("samsung-electronics", "investsIn", "new-rainbow-robotics")}),
    ("Zentrix makes robots. Its first customer was Duke Energy.",
     {("new-zentrix", "supplies", "new-duke-energy")}),
    ("Zentrix makes robots. Arista Networks has long been its biggest backer.",
     {("new-arista-networks", "investsIn", "new-zentrix")}),
    ("Bear Robotics makes serving robots. Its best-known product is Servi, a robot sold in Japan.",
     {("new-bear-robotics", "develops", "new-servi")}),
    ("Marvell has grown through acquisitions: it bought Cavium for about $6 billion in 2018, and Aquila and "
     "Avera Semiconductor, the custom-chip unit of GlobalFoundries, in 2019.",
     {("marvell", "acquired", "new-cavium"), ("marvell", "acquired", "new-avera-semiconductor")}),
    # a bought company the small model took for a place; a clause it took for one name
    ("**May 6, 2025 — Harman buys Sound United**", {("new-harman", "acquired", "new-sound-united")}),
    ("Marvell completes its $10 billion acquisition of Inphi and becomes a Delaware company",
     {("marvell", "acquired", "new-inphi")}),
    ("Harman International makes audio gear. Four months after the closing, Harman bought Arcam, a hi-fi "
     "electronics maker based in Cambridge, England, for an undisclosed price.",
     {("new-harman", "acquired", "new-arcam")}),
    ("Broadcom completed the VMware acquisition in 2023.", {("broadcom", "acquired", "vmware")}),
    ("Bear Robotics makes robots. In 2022 it added $81 million in a Series B from investors including Cleveland "
     "Avenue, South Korean private equity firm IMM and telecom operator KT.",
     {("new-imm", "investsIn", "new-bear-robotics"), ("kt", "investsIn", "new-bear-robotics")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), RELATIONS_EN)
def test_english_control_roles_and_gapped_purchases(
    extractor: Extractor, text: str, expected: set[tuple[str, str, str]]
) -> None:
    relations, _ = extracted(extractor, text, "en")
    assert expected <= {(s, p, o) for s, p, o, _ in relations}


def test_taking_control_while_buying_more_is_planned_with_the_purchase(extractor: Extractor) -> None:
    text = (
        "LG Electronics will buy another 30% of Bear Robotics, raising its holding to 51% and taking control of the "
        "company."
    )
    relations, _ = extracted(extractor, text, "en")
    assert ("lg-electronics", "acquired", "new-bear-robotics", "planned") in relations


def test_a_rival_named_in_a_clause_is_no_stakeholder(extractor: Extractor) -> None:
    relations, _ = extracted(extractor, "Zentrix makes robots. Its closest rival is Duke Energy.", "en")
    assert {(s, p, o) for s, p, o, _ in relations} == {("new-duke-energy", "competesWith", "new-zentrix")}


RELATIONS_KO = [
    ("시놉시스(Synopsys)는 1986년 설립된 회사다. 대표 제품은 설계 도구 ‘퓨전 컴파일러(Fusion Compiler)’와 "
     "클라우드 서비스 ‘시놉시스 클라우드(Synopsys Cloud)’다.",
     {("new-synopsys", "develops", "new-fusion-compiler"), ("new-synopsys", "develops", "new-synopsys-cloud")}),
    ("인텔은 2015년 알테라(Altera)를 167억 달러에, 2017년 이스라엘 모빌아이(Mobileye)를 153억 달러에 인수했다.",
     {("intel", "acquired", "new-altera"), ("intel", "acquired", "new-mobileye")}),
    ("‘갤럭시 링’에는 삼성전자가 설계한 ‘엑시노스 W1000’ 칩과 새로 만든 ‘BP1’ 칩이 함께 들어간다.",
     {("new-gaelreoksi-ring", "builtOn", "new-bp1"), ("new-gaelreoksi-ring", "builtOn", "new-eksinoseu-w1000")}),
    ("H200에는 HBM3E가 들어간다.", {("h200", "uses", "hbm3e")}),
    ("애플(Apple)의 스마트 안경 ‘비전 에어(Vision Air)’가 15일 국내에 정식 출시됐다.",
     {("apple", "announced", "new-vision-air"), ("apple", "develops", "new-vision-air")}),
    ("도시바는 상장 뒤에도 키옥시아의 두 번째 대주주로 남는다.", {("new-dosiba", "investsIn", "new-kioksia")}),
    ("키옥시아는 낸드를 만든다. 상장 뒤 베인캐피털의 지분율은 56%에서 51%로 낮아진다.",
     {("new-beinkaepiteol", "investsIn", "new-kioksia")}),
    ("레인보우로보틱스는 로봇을 만든다. 이 증자로 레인보우로보틱스에 대한 삼성전자의 지분율은 15%에서 35%로 바뀌었다.",
     {("samsung-electronics", "investsIn", "new-reinbourobotikseu")}),
    ("앞서 레인보우로보틱스는 2021년 벤처캐피털 케이비인베스트먼트와 사모펀드 운용사 스톤브릿지캐피탈로부터 200억 원을 "
     "투자받았다.",
     {("new-keibiinbeseuteumeonteu", "investsIn", "new-reinbourobotikseu"),
      ("new-seutonbeuritjikaepital", "investsIn", "new-reinbourobotikseu")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), RELATIONS_KO)
def test_korean_products_purchases_and_parts(
    extractor: Extractor, text: str, expected: set[tuple[str, str, str]]
) -> None:
    relations, _ = extracted(extractor, text, "ko")
    assert expected <= {(s, p, o) for s, p, o, _ in relations}


def test_a_product_list_needs_the_company_under_discussion(extractor: Extractor) -> None:
    relations, _ = extracted(extractor, "대표 제품은 설계 도구 ‘퓨전 컴파일러(Fusion Compiler)’다.", "ko")
    assert not {r for r in relations if r[1] == "develops"}


def test_a_quoted_name_before_a_chip_word_is_a_chip(extractor: Extractor) -> None:
    text = "‘갤럭시 링’에는 새로 만든 ‘BP1’ 칩이 들어간다."
    x = extractor.extract(Article(id="t", body=text, title="t", lang="ko"))
    assert {m.text: m.type for m in x.mentions}["BP1"] == "Chip"


def test_rivals_listed_against_a_company_are_not_rivals_of_each_other(extractor: Extractor) -> None:
    text = "낸드 시장에서 키옥시아는 삼성전자, SK하이닉스, 마이크론(Micron) 등과 경쟁한다."
    relations, _ = extracted(extractor, text, "ko")
    rivals = {(s, o) for s, p, o, _ in relations if p == "competesWith"}
    assert rivals == {("new-kioksia", "samsung-electronics"), ("new-kioksia", "sk-hynix"), ("new-kioksia", "micron")}


def test_a_short_form_is_not_the_first_word_of_another_name(extractor: Extractor) -> None:
    text = (
        "Intel will work with United Microelectronics Corporation (UMC) on a process. "
        "The fabs are in the United States. Later United said it agreed."
    )
    x = extractor.extract(Article(id="t", body=text, title="t", lang="en"))
    shorts = [m for m in x.mentions if m.text == "United"]
    assert len(shorts) == 1 and text[shorts[0].end + 1 : shorts[0].end + 5] == "said"
