"""Rounds, rivals, customers and makers as articles write them, on sentences written for these
tests: a dateline before the raiser, a firm whose first word carries a digit, funds advised by a
firm, a round a company emerged with, `A and B co-led the round`, `whose investors include`, an
outlet naming backers, `joined as new investors` with no round under way, the rest of a company
bought, a planned acquisition of a described company, `its customers include`, `its closest
rival is`, `X maker Y`, a second `with` phrase, `up against`; in Korean, fellow investors of a
round (`A와 함께 B, C 같은 기업도 참여했다`), partners listed before `와 함께`, a product called
one's own (`자사`, `자체`) and money put into a company (`N 달러를 넣기로`)."""

from __future__ import annotations

import pytest

from ingest.extract import Extractor
from tests.extracted import extracted

ROUNDS_EN = [
    ("SAN DIEGO — Quanta Robotics, a maker of warehouse robots, said on Tuesday that it has raised $120 million "
     "in a Series C round led by Brightline Partners and co-led by Meridian7 Ventures.",
     {("new-brightline-partners", "new-quanta-robotics"), ("new-meridian7-ventures", "new-quanta-robotics")}),
    ("Harbor Labs raised $50 million. Funds advised by Wellington Management led the round.",
     {("new-wellington-management", "new-harbor-labs")}),
    ("Physical Dynamics is a robotics startup. In March Physical Dynamics emerged with a $70 million seed round "
     "led by Thrive Capital, with Khosla Ventures and Lux Capital also investing.",
     {("new-thrive-capital", "new-physical-dynamics"), ("new-khosla-ventures", "new-physical-dynamics"),
      ("new-lux-capital", "new-physical-dynamics")}),
    ("Zentry said it raised $2.3 billion. Accel and Coatue co-led the round, and Nvidia and Google joined as new "
     "investors.",
     {("new-accel", "new-zentry"), ("new-coatue", "new-zentry"), ("nvidia", "new-zentry"), ("google", "new-zentry")}),
    ("Quill Systems said it raised $30 million. Primary Venture Partners led the Series A.",
     {("new-primary-venture-partners", "new-quill-systems")}),
    ("Zentry, whose investors include Nvidia, AMD and Intel, competes with Lumen Photonics in optical chiplets.",
     {("nvidia", "new-zentry"), ("amd", "new-zentry"), ("intel", "new-zentry")}),
    ("Reuters named Emerson Collective, Thrive Capital and SV Angel among Zentry's backers.",
     {("new-emerson-collective", "new-zentry"), ("new-thrive-capital", "new-zentry"), ("new-sv-angel", "new-zentry")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ROUNDS_EN)
def test_english_round_investors_are_exactly_those_named(
    extractor: Extractor, text: str, expected: set[tuple[str, str]]
) -> None:
    relations, _ = extracted(extractor, text, "en")
    assert {(a, b) for a, p, b, _ in relations if p == "investsIn"} == expected


def test_fellow_investors_are_not_a_round_of_each_other(extractor: Extractor) -> None:
    relations, mentions = extracted(extractor, "Nvidia and Google joined as new investors.", "en")
    assert not {r for r in relations if r[1] == "investsIn"}
    assert "SAN FRANCISCO" not in extracted(extractor, "SAN FRANCISCO — Zentry said it raised $5 million.", "en")[1]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In July, OpenAI's planned acquisition of the coding startup Windsurf for about $3 billion fell apart.",
         ("openai", "acquired", "new-windsurf", "planned")),
        ("Google licensed Windsurf's technology, and Cognition bought the rest of Windsurf days later.",
         ("new-cognition", "acquired", "new-windsurf", "asserted")),
        ("Samsung said its customers include Salesforce and Zoom.",
         ("samsung-electronics", "supplies", "new-zoom", "asserted")),
        ("Groq makes inference chips. Its closest rival is Cerebras, a California startup.",
         ("cerebras", "competesWith", "groq", "asserted")),
        ("ChatGPT maker OpenAI raises $6.6 billion at a $157 billion valuation.",
         ("openai", "develops", "chatgpt", "asserted")),
        ("Intel has manufacturing partnerships with GlobalFoundries, which fabricates its wafers, and with the "
         "packaging specialists Amkor and ASE Group.",
         ("intel", "partnersWith", "new-ase-group", "asserted")),
        ("Groq is up against Cerebras in inference.", ("groq", "competesWith", "cerebras", "asserted")),
        ("Groq competes with inference specialists such as Fireworks AI and with GPU cloud providers such as "
         "CoreWeave.", ("groq", "competesWith", "coreweave", "asserted")),
    ],
)  # fmt: skip
def test_english_deals_rivals_customers_and_makers(
    extractor: Extractor, text: str, expected: tuple[str, str, str, str]
) -> None:
    relations, _ = extracted(extractor, text, "en")
    assert expected in relations


def test_a_korean_round_joined_together_is_investment_not_partnership(extractor: Extractor) -> None:
    text = "리벨리온은 투자를 유치했다. 이 라운드에는 삼성전자와 함께 KT, 네이버, 소니 같은 대기업도 참여했다."
    relations, _ = extracted(extractor, text, "ko")
    investors = {a for a, p, b, _ in relations if p == "investsIn" and b == "rebellions"}
    assert {"samsung-electronics", "kt", "naver"} <= investors
    assert not {r for r in relations if r[1] == "partnersWith"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("SKT는 7월 독일 도이치텔레콤(Deutsche Telekom), 싱가포르 싱텔(Singtel)과 함께 ‘AI 얼라이언스’를 꾸렸다.",
         ("sk-telecom", "partnersWith", "deutsche-telekom", "asserted")),
        ("엔비디아는 로봇과 산업용 기기를 겨냥한 자사 ‘젯슨(Jetson)’ 모듈로 퀄컴과 맞서고 있다.",
         ("nvidia", "develops", "jetson", "asserted")),
        ("국내에서는 딥엑스가 자체 NPU ‘DX-M1’을 앞세워 퀄컴과 같은 시장을 노린다.",
         ("deepx", "develops", "dx-m1", "asserted")),
        ("그사이 아마존과 구글이 잇따라 앤트로픽에 수십억 달러를 넣기로 했다.",
         ("google", "investsIn", "anthropic", "planned")),
        ("엔비디아는 이 소프트웨어를 자사 AI 클라우드 서비스 ‘DGX 클라우드’에서도 쓸 수 있게 하겠다고 했다.",
         ("nvidia", "develops", "dgx-cloud", "asserted")),
        ("인텔이 144단 QLC 낸드로 만든 데이터센터용 SSD ‘D5-P5316’은 용량이 크다.",
         ("intel", "develops", "new-d5-p5316", "asserted")),
    ],
)  # fmt: skip
def test_korean_partners_listed_own_products_and_money_put_in(
    extractor: Extractor, text: str, expected: tuple[str, str, str, str]
) -> None:
    relations, _ = extracted(extractor, text, "ko")
    assert expected in relations
