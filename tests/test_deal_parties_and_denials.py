"""Who bought whom when Korean word order leaves it to particles, platforms bought as firms,
and what English says did not happen, on sentences written for these tests: a topic bought by
the subject after it (`라온은 모엘이 인수했다`), an object marked `도` after the buyer's topic, a
platform bought or invested in (`리셀 플랫폼 크림슨을 인수했다`) typed as the firm that runs it,
a corporate suffix split off its name (`… 테크놀로지스`) no name of its own, a customer held
(`엔비디아를 최대 고객으로 둔`); `did not buy`, `is not a competitor`, a rivalry word inside a
name (`JPMorgan Chase`), products a description lists (`Microsoft's products, including …`),
and a new company's long name after its short one (`Slack`, then `Slack Technologies`)."""

from __future__ import annotations

import pytest

from ingest.extract import Extractor
from tests.extracted import extracted, triples

RELATIONS_KO = [
    ("라온은 2020년 가구 장터 모엘(Moell)이 9억 달러에 인수했다.", {("new-moell", "acquired", "new-raon")}),
    ("카카오는 지난 5월 영상 편집 소프트웨어 기업 브루(Vrew)도 인수했으며, 조건은 밝히지 않았다.",
     {("kakao", "acquired", "new-vrew")}),
    ("네이버는 2022년 북미 리셀 플랫폼 크림슨(Krimson)을 2조 원에 인수했다.", {("naver", "acquired", "new-krimson")}),
    ("네이버는 해외 투자에 나섰다. 2021년 프랑스 중고 플랫폼 리오니(Lioni)에 900억 원을 투자했다.",
     {("naver", "investsIn", "new-lioni")}),
    ("네이버(Naver)가 미국 중고 거래 플랫폼 테라마켓(Terramarket) 인수를 이달 초 마무리했다.",
     {("naver", "acquired", "new-terramarket")}),
    # a customer held: the holder supplies it
    ("엔비디아를 최대 고객으로 둔 SK하이닉스는 웃었다.", {("sk-hynix", "supplies", "nvidia")}),
    ("삼성전자는 애플을 고객사로 뒀다.", {("samsung-electronics", "supplies", "apple")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), RELATIONS_KO)
def test_korean_deal_parties_from_particles_and_platforms_bought_as_firms(
    extractor: Extractor, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert expected <= triples(extractor, text, "ko")


def test_a_clause_describing_a_noun_names_no_buyer_of_the_topic(extractor: Extractor) -> None:
    assert not [r for r in triples(extractor, "삼성전자는 하만이 인수한 회사를 키웠다.", "ko") if r[1] == "acquired"]


def test_a_corporate_suffix_split_off_its_name_is_no_company(extractor: Extractor) -> None:
    text = "인텔은 이스라엘 네트워킹 기업 멜라녹스 테크놀로지스 인수를 완료했다."
    relations, mentions = extracted(extractor, text, "ko")
    assert "테크놀로지스" not in mentions
    assert ("intel", "acquired", "mellanox") in {(s, p, o) for s, p, o, _ in relations}


@pytest.mark.parametrize(
    ("text", "predicate"),
    [
        ("Cerebras did not buy Groq.", "acquired"),
        ("Groq is not a serious competitor to Nvidia.", "competesWith"),
        ("To pay for it, Orin signed a bridge loan with JPMorgan Chase and Goldman Sachs.", "competesWith"),
        ("Naver buys Nvidia's chips for its data centers.", "acquired"),  # goods, not the company
    ],
)
def test_what_english_denies_or_only_names_is_no_relation(extractor: Extractor, text: str, predicate: str) -> None:
    assert not [r for r in triples(extractor, text, "en") if r[1] == predicate]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cerebras bought Groq in 2021.", ("cerebras", "acquired", "groq")),
        ("Groq is a serious competitor to Nvidia.", ("groq", "competesWith", "nvidia")),
        ("Cerebras not only bought Groq but also hired its staff.", ("cerebras", "acquired", "groq")),
    ],
)
def test_the_same_sentences_said_plainly_still_hold(
    extractor: Extractor, text: str, expected: tuple[str, str, str]
) -> None:
    assert expected in triples(extractor, text, "en")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The unit runs Microsoft's consumer AI products, including Copilot and Bing.",
         {("microsoft", "develops", "microsoft-copilot"), ("microsoft", "develops", "bing")}),
        ("Nvidia's chips, such as the H100 and the H200, sell well.",
         {("nvidia", "develops", "h100"), ("nvidia", "develops", "h200")}),
        ("Red Hat will keep building partnerships with the big cloud providers, including Microsoft and Google.",
         {("new-red-hat", "partnersWith", "microsoft"), ("new-red-hat", "partnersWith", "google")}),
    ],
)  # fmt: skip
def test_names_a_class_noun_lists_stand_for_it(
    extractor: Extractor, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert expected <= triples(extractor, text, "en")


def test_a_new_company_met_by_its_short_name_keeps_its_iri_under_the_long_one(extractor: Extractor) -> None:
    text = "Slack makes chat software. Salesforce completed its acquisition of Slack Technologies."
    relations, mentions = extracted(extractor, text, "en")
    assert mentions["Slack Technologies"] == mentions["Slack"] == "new-slack"
    assert ("salesforce", "acquired", "new-slack") in {(s, p, o) for s, p, o, _ in relations}
