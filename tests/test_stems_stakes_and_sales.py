"""Korean group names and their stems, glossed Latin spellings, possessive stakes, and English
datelines, sales, customer lists and product cues, on sentences written for these tests:
`XY엔터테인먼트(이하 XY)` (the short name is the company), `모아리온(MOAR)` (an all-caps gloss is
the name's spelling, not a term), `카카오테크(Kakao Tech)` (not Kakao), `QRT그룹` then `QRT`
(the group's stem is a company), `A와 B의 C 지분` (A and B hold C), `C는 … A가 지분을 확보`
(A holds C), `A와 경쟁하면서 C를 인수` (A is no second target); `ARMONK, N.Y. and SAN
FRANCISCO —` (places), `agreed to sell X to Y` (Y buys X), `serves 4,400 clients, among them A
and B`, `its Vault product`; and in questions, a closing dated by the sentence that tells it, `주장한
곳 어디` (a source), `X(Latin) 통신에 따르면` (X), a price per share (never a deal's total)."""

from __future__ import annotations

import pytest

from ingest.extract import Extractor
from qa.compose_dates import compose_date
from qa.intents import answer_kind
from qa.question import analyze
from qa.reporting import told_outlet
from qa.spans import figures_in
from tests.evidence import evidence
from tests.extracted import extracted, triples

RELATIONS_KO = [
    # `(이하 QM)`: the short name a bare `이하` defines is the company before it
    ("QM엔터테인먼트(이하 QM)는 가수 매니지먼트 회사다. 카카오는 QM을 인수했다.",
     {("kakao", "acquired", "new-qmenteoteinmeonteu")}),
    # the possessor of `A의 C 지분` holds the stake, with whatever it is coordinated with
    ("QM엔터테인먼트(이하 QM)가 있다. 카카오와 카카오엔터테인먼트의 QM 지분은 40%가 됐다.",
     {("kakao", "investsIn", "new-qmenteoteinmeonteu")}),
    # `C 이사회는 … A가 지분 9%를 확보`: A holds a stake in the sentence's topic
    ("QM엔터테인먼트(이하 QM)가 있다. QM 이사회는 카카오에 신주를 발행해 카카오가 지분 9%를 확보하는 계약을 맺었다.",
     {("kakao", "investsIn", "new-qmenteoteinmeonteu")}),
]  # fmt: skip

RELATIONS_EN = [
    # a dateline of two places (a state abbreviation and `and` between) names no company
    ("ARMONK, N.Y. and SAN FRANCISCO — Oracle said it has signed a definitive agreement to acquire Tessera.",
     {("oracle", "acquired", "new-tessera")}),
    # a customer list in an apposition to the served clients
    ("Tessera serves more than 4,400 clients, among them Bloomberg, Comcast and Starbucks.",
     {("new-tessera", "supplies", "bloomberg"), ("new-tessera", "supplies", "new-comcast"),
      ("new-tessera", "supplies", "new-starbucks")}),
    # a product cue after the name
    ("Tessera's best-known product, Loomis, sets up servers, and its Vault product stores secrets.",
     {("new-tessera", "develops", "new-loomis")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), RELATIONS_KO)
def test_korean_group_names_glosses_and_stakes(
    extractor: Extractor, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert expected <= triples(extractor, text, "ko")


@pytest.mark.parametrize(("text", "expected"), RELATIONS_EN)
def test_english_datelines_customer_lists_and_products(
    extractor: Extractor, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert expected <= triples(extractor, text, "en")


def test_a_glossed_name_longer_than_a_catalog_name_is_another_company(extractor: Extractor) -> None:
    _, mentions = extracted(extractor, "네이버는 카카오테크(Kakao Tech)와 경쟁한다.", "ko")
    assert mentions["카카오테크"] == mentions["Kakao Tech"] == "new-kakao-tech"


def test_an_all_caps_gloss_spells_the_name_before_it(extractor: Extractor) -> None:
    _, mentions = extracted(extractor, "카카오와 모아리온(MOAR)이 공연 앱 시장을 두고 경쟁한다.", "ko")
    assert mentions["모아리온"] == mentions["MOAR"] == "new-moar"


def test_the_latin_stem_of_a_group_is_a_company(extractor: Extractor) -> None:
    text = "크래프톤은 QRT그룹의 지주회사를 인수했다. 베인캐피탈은 2017년 QRT를 인수했다."
    relations, mentions = extracted(extractor, text, "ko")
    assert mentions["QRT"] == "new-qrt"
    assert any(r[1:3] == ("acquired", "new-qrt") for r in relations)


def test_a_partner_of_an_earlier_verb_is_no_second_target(extractor: Extractor) -> None:
    text = "QM엔터테인먼트(이하 QM)가 있다. 하이브는 카카오와 경쟁하면서 QM을 인수했다."
    found = triples(extractor, text, "ko")
    assert ("new-haibeu", "acquired", "new-qmenteoteinmeonteu") in found
    assert ("new-haibeu", "acquired", "kakao") not in found


def test_a_company_sold_to_buyers_is_acquired_by_each(extractor: Extractor) -> None:
    text = "On Monday, Google agreed to sell Zenvia Networks to Lenovo for $3 billion."
    relations, _ = extracted(extractor, text, "en")
    assert ("lenovo", "acquired", "new-zenvia-networks", "planned") in relations
    found = triples(extractor, "In 2015 it sold its Tessera Maps business to Audi, BMW and Daimler.", "en")
    assert {("new-audi", "acquired", "new-tessera-maps"), ("new-daimler", "acquired", "new-tessera-maps")} <= found


def test_a_name_said_alone_long_before_its_joint_venture_stays_itself(extractor: Extractor) -> None:
    text = (
        "Nortek makes phones. Nortek sold phones in Europe. Nortek had a loss. "
        "It paid Siemens $2 billion for Nortek Siemens Networks, their joint venture."
    )
    _, mentions = extracted(extractor, text, "en")
    assert mentions["Nortek"] == "new-nortek"


def test_a_closing_is_dated_by_the_date_the_sentence_gives_the_closing(extractor: Extractor) -> None:
    q = analyze("When did Google's acquisition of Kestrel Mobility actually close?", extractor)
    parties = [(m.iri, m.type) for m in q.entities]
    year_only = evidence("a/1", "구글이 2012년 마무리한 케스트럴 모빌리티(Kestrel Mobility) 인수는 컸다.", parties)
    closed = "Google agreed in August 2011 to pay $40 a share, and the deal closed in May 2012."
    month = evidence("a/2", closed, parties)
    composed = compose_date(q, [year_only, month])
    assert composed is not None and composed[0] == "May 2012"


def test_who_made_a_stated_claim_asks_for_its_source() -> None:
    assert answer_kind("한빛전자 적정가치가 주당 135달러 넘는다고 주장한 곳 어디야?", "ko") == "source"
    assert answer_kind("그 전망을 발표한 곳은 어디야?", "ko") == "source"


def test_an_outlet_glossed_and_named_by_its_kind_is_the_source() -> None:
    assert told_outlet("로이터(Reuters) 통신에 따르면 공모가는 21달러로 확정됐다.") == "로이터"


def test_a_price_per_share_is_answered_only_by_a_per_share_figure() -> None:
    question = "What was the price per share in the Tessera deal?"
    assert figures_in("The $9 billion price is three times what Acme paid for Vela.", question) == []
    found = figures_in("Acme agreed to pay $96 per share in cash, or $9 billion in all.", question)
    assert [v.raw for v in found] == ["$96"]
