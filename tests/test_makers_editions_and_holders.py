"""Makers named by the clause that describes them, editions and sibling models, users of a base,
holders of a stake and customers, on sentences written for these tests: `‘X’를 만든 Y` (Y made
X), own products listed after `자사`, `Y와 인수 계약을 맺고` (Y to be bought), `P를 통해 X를
제공` and `X는 P에도 올라왔다` (X offered on P), a Korean edition word (`울트라`), a model code
before a catalog code (`GB300 NVL72`), builders
listed before `X 기반 서버를` (they use X); `Y, the maker of X`, `X, which Y bought`, `Y competes
with A and with B such as …`, a fronted `With X,`, `the firm that is X's largest investor`, `A
and B are in X's Series C`, manufacturing `at` a foundry and `became a customer, signing a
contract with X`."""

from __future__ import annotations

import pytest

from ingest.extract import Extractor
from tests.extracted import extracted, triples

RELATIONS_KO = [
    # the adnominal clause's maker is the name it modifies, not the sentence's topic
    ("라인웍스는 ‘클로바’를 만든 네이버, ‘카나나’를 만든 카카오와 경쟁한다.",
     {("naver", "develops", "new-keulroba"), ("kakao", "develops", "new-kanana")}),
    # the maker's own products, listed after `자사`
    ("메타는 자사 앱 왓츠앱(WhatsApp), 인스타그램(Instagram)에 새 비서를 넣었다.",
     {("meta", "develops", "whatsapp"), ("meta", "develops", "instagram")}),
    # builders listed before `X 기반 서버를`, and platforms offering `X 기반 인스턴스`, use it
    ("HPE, 레노버, 슈퍼마이크로가 블랙웰 기반 서버를 내놓을 예정이다.",
     {("hpe", "uses", "blackwell"), ("lenovo", "uses", "blackwell"), ("supermicro", "uses", "blackwell")}),
    ("구글 클라우드와 마이크로소프트 애저가 블랙웰 기반 인스턴스를 먼저 제공한다.",
     {("google-cloud", "uses", "blackwell"), ("microsoft-azure", "uses", "blackwell")}),
    # an acquisition agreement signed with the one to be bought
    ("엔비디아는 3일 런에이아이와 인수 계약을 맺었다.", {("nvidia", "acquired", "new-reoneiai")}),
    # a model offered through a platform, or listed on one (`라마 4는`: a version before a particle)
    ("구글 클라우드는 ‘버텍스 AI(Vertex AI)’를 통해 라마 4를 제공한다.", {("new-llama-4", "offeredOn", "vertex-ai")}),
    ("라마 4는 아마존 베드록에도 올라왔다.", {("new-llama-4", "offeredOn", "amazon-bedrock")}),
    # a Hangul name two catalog entries share (`그록`: Groq, Grok) is the one its gloss names
    ("xAI는 챗봇 ‘그록(Grok)’을 새로 공개했다.", {("xai", "announced", "grok")}),
    # a system holding chips, past a class noun Kiwi splits (`슈퍼/컴퓨터`)
    ("메타는 H100 GPU 2만 개를 묶은 슈퍼컴퓨터 ‘리서치 슈퍼클러스터(RSC)’를 지었다.",
     {("meta-rsc", "builtOn", "h100")}),
    # what a firm runs (`운영/하/는`: Kiwi splits the verb), named with an `&` in its Latin gloss
    ("이 모델은 미국 기업 로빈앤컴퍼니(Robin & Company)가 운영하는 평가판 ‘체커(Checker)’에서 1위였다.",
     {("new-robin-company", "develops", "new-checker")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), RELATIONS_KO)
def test_korean_makers_own_products_and_users_of_a_base(
    extractor: Extractor, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert expected <= triples(extractor, text, "ko")


def test_a_maker_clause_does_not_make_the_topic_the_maker(extractor: Extractor) -> None:
    found = triples(extractor, "라인웍스는 ‘클로바’를 만든 네이버와 경쟁한다.", "ko")
    assert not [r for r in found if r[1] == "develops" and r[0] != "naver"]


def test_a_korean_edition_word_names_the_english_edition(extractor: Extractor) -> None:
    relations, mentions = extracted(extractor, "엔비디아가 블랙웰 울트라를 공개했다. 블랙웰 프로젝트는 없다.", "ko")
    assert ("nvidia", "announced", "new-blackwell-ultra") in {(s, p, o) for s, p, o, _ in relations}
    assert mentions["블랙웰"] == "blackwell"  # `프로젝트` is no edition


def test_a_model_code_before_a_catalog_code_names_a_sibling(extractor: Extractor) -> None:
    relations, _ = extracted(extractor, "Nvidia unveiled the GB300 NVL72 and the GB200 NVL72.", "en")
    objects = {o for s, p, o, _ in relations if s == "nvidia"}
    assert {"new-gb300-nvl72", "gb200-nvl72"} <= objects


def test_a_share_purchase_agreement_with_the_seller_is_no_partnership(extractor: Extractor) -> None:
    found = triples(extractor, "한빛PE는 SK와 주식매매계약을 맺고 SK 실트론 지분 20%를 샀다.", "ko")
    assert not [r for r in found if r[1] == "partnersWith"]


def test_an_unknown_word_with_a_genitive_is_no_listed_name(extractor: Extractor) -> None:
    _, mentions = extracted(extractor, "엔비디아, 카타르의 알파 홀딩(Alpha Holding)은 투자했다.", "ko")
    assert not [m for m in mentions if m.endswith("의")]


RELATIONS_EN = [
    ("On Friday, Anthropic, the maker of the chatbot Claude, signed a lease.", {("anthropic", "develops", "claude")}),
    ("Before that, the founders had built Quillmark, which Microsoft bought in 2016.",
     {("microsoft", "acquired", "new-quillmark")}),
    ("Groq competes with Nvidia and with chip startups such as Cerebras Systems and Graphcore.",
     {("groq", "competesWith", "nvidia"), ("groq", "competesWith", "cerebras"), ("groq", "competesWith", "graphcore")}),
    ("With Microsoft, Nvidia now competes more directly with AMD, whose chips sell well, and with Intel.",
     {("nvidia", "competesWith", "amd"), ("nvidia", "competesWith", "intel")}),
    ("Groq and Graphcore both sell inference chips that compete with Nvidia.",
     {("groq", "competesWith", "nvidia"), ("graphcore", "competesWith", "nvidia")}),
    ("SoftBank, the Japanese group that is OpenAI's largest investor, fell 4%.", {("softbank", "investsIn", "openai")}),
    ("Nvidia is one of the biggest investors in OpenAI.", {("nvidia", "investsIn", "openai")}),
    ("Samsung and SK hynix had already committed money to Rebellions' Series C round.",
     {("samsung-electronics", "investsIn", "rebellions"), ("sk-hynix", "investsIn", "rebellions")}),
    ("Samsung Securities and KT are in Rebellions' Series C.",
     {("new-samsung-securities", "investsIn", "rebellions"), ("kt", "investsIn", "rebellions")}),
    ("Rebellions designs its chips and manufactures them at Samsung Foundry.",
     {("samsung-foundry", "supplies", "rebellions")}),
    ("Last week OpenAI became a customer, signing a contract with CoreWeave worth $4 billion.",
     {("coreweave", "supplies", "openai")}),
    # a name between an owner's `own` and a class noun; a product an agent noun calls by name
    ("Meta, having lost the deal, is pushing its own Prism coding agent instead.", {("meta", "develops", "new-prism")}),
    ("Besides its editor, Windsurf sells an agent called Cascade.", {("new-windsurf", "develops", "new-cascade")}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), RELATIONS_EN)
def test_english_makers_buyers_rivals_holders_and_customers(
    extractor: Extractor, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert expected <= triples(extractor, text, "en")


def test_a_fronted_with_phrase_is_no_rival(extractor: Extractor) -> None:
    found = triples(extractor, "With Microsoft, Nvidia now competes with AMD.", "en")
    assert ("nvidia", "competesWith", "microsoft") not in found


def test_a_kind_of_firm_named_by_a_making_noun_makes_nothing(extractor: Extractor) -> None:
    text = (
        "모델 ‘루나-2’는 미국 AI 개발 도구 기업 로빈앤컴퍼니(Robin & Company)가 운영하는 "
        "평가판 ‘체커(Checker)’에서 1위였다."
    )
    found = triples(extractor, text, "ko")
    assert ("new-robin-company", "develops", "new-checker") in found
    assert not [r for r in found if r[1] == "develops" and r[2] != "new-checker"]
