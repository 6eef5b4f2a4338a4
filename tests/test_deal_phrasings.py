"""Deals as articles write them, on sentences written for these tests: licensing (the
licensor supplies the licensee), paying for a company, `X, the startup Y bought`, backing
stated by a participle (`funded by`), names in firm appositions, and in Korean a purchase
verb (`사들이다`), shares or goods bought (no acquisition), rounds led through glossed
names, a setting before the subject (`국내에서는`) and a class noun before a glossed name."""

from __future__ import annotations

import pytest

from ingest.document import Article
from ingest.extract import Extractor


def found(extractor: Extractor, text: str, lang: str) -> tuple[set[tuple[str, str, str]], set[str]]:
    """The relations (short ids) and mention texts of a text."""
    x = extractor.extract(Article(id="t", body=text, title="t", lang=lang))
    relations = {(r.subject.rsplit("/", 1)[1], r.predicate, r.object.rsplit("/", 1)[1]) for r in x.relations}
    return relations, {m.text for m in x.mentions}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Samsung licenses Arm designs for its Exynos chips.", ("arm", "supplies", "samsung-electronics")),
        ("Arm licenses its CPU designs to MediaTek.", ("arm", "supplies", "new-mediatek")),
        ("Veltrix agreed to pay $12 a share in cash for Lumora Systems.",
         ("new-veltrix", "acquired", "new-lumora-systems")),
        ("The deal rests on MosaicML, the training startup Databricks bought last year.",
         ("databricks", "acquired", "mosaicml")),
        ("Rebellions, which is backed by KT, builds inference chips.", ("kt", "investsIn", "rebellions")),
        ("Harvey, a startup funded by the OpenAI Startup Fund and Sequoia Capital, has built its own assistant.",
         ("sequoia-capital", "investsIn", "new-harvey")),
    ],
)  # fmt: skip
def test_english_deal_phrasings(extractor: Extractor, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in found(extractor, text, "en")[0]


@pytest.mark.parametrize(
    "text",
    [
        "Meta paid $14 billion for a stake in Scale AI.",  # a stake is no purchase of the company
        "Nvidia, the chipmaker Microsoft bought chips from, grew.",  # the verb has an object of its own
    ],
)
def test_english_purchases_of_parts_acquire_nothing(extractor: Extractor, text: str) -> None:
    assert not {r for r in found(extractor, text, "en")[0] if r[1] == "acquired"}


def test_a_firm_apposition_makes_a_sentence_opening_word_a_name(extractor: Extractor) -> None:
    assert "Quillbank" in found(extractor, "Quillbank, a payments AI startup, raised $40 million.", "en")[1]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("카카오는 클라우드 보안 업체 노바실드(Novashield)를 사들이기로 했다.", ("kakao", "new-novashield")),
        ("국내에서는 한빛전자가 2022년 미국 센서 기업 오로라옵틱스(Aurora Optics)를 인수했다.",
         ("new-hanbitjeonja", "new-aurora-optics")),
    ],
)  # fmt: skip
def test_korean_acquisitions(extractor: Extractor, text: str, expected: tuple[str, str]) -> None:
    relations, mentions = found(extractor, text, "ko")
    assert (expected[0], "acquired", expected[1]) in relations
    assert not any(m.startswith(("기업 ", "업체 ")) for m in mentions)  # a class noun is no part of the name


@pytest.mark.parametrize(
    "text",
    [
        "애플과 구글 등이 전략적 투자자로 Arm 주식을 사들였다.",  # shares: an investment, not the company
        "업계에서는 구글도 엔비디아 GPU를 대량으로 사들여 고객에게 빌려준다고 본다.",  # goods
    ],
)
def test_korean_shares_and_goods_bought_are_no_acquisition(extractor: Extractor, text: str) -> None:
    assert not {r for r in found(extractor, text, "ko")[0] if r[1] == "acquired"}


def test_a_korean_round_led_by_glossed_names(extractor: Extractor) -> None:
    text = (
        "베일런스(Valence)가 투자를 유치했다. "
        "이번 라운드는 코르벳 벤처스(Corvette Ventures)와 하이랜드 캐피털(Highland Capital)이 이끌었다."
    )
    led = {(s, o) for s, p, o in found(extractor, text, "ko")[0] if p == "investsIn"}
    assert {("new-corvette-ventures", "new-valence"), ("new-highland-capital", "new-valence")} <= led
