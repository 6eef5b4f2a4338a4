"""English defined acronyms, hyphen-glued names, company divisions, middle initials; Korean
persons glossed in Latin, lower-case glosses, controlling stakes, units after the last scale of
a figure; a Hangul spelling of an English name; on sentences written for these tests:
`Hale-Vane-Kestrel (HVK)` (the acronym is the company, in any sentence), `the Federal Energy
Commission (FEC)` (a regulator's acronym stays out), `Amazon Studios` (one company), `Velto, the
developer of Quarrix` (a product), `테일러 스위프트(Taylor Swift)` (a person, though Kiwi keeps the
name one token), `‘언아웃(earn-out)’` (a term), `X(…)의 지분 100%를 인수` and `X 지분 63.9%를
사들이는` (the company bought: control), `46만 2,380주` (one figure), `유튜브` ~ YouTube and `홀푸드` ~
Whole Foods."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc, Span

from ingest.crosslingual import rank_skeletons, skeleton, spelled_alike
from ingest.document import Article
from ingest.en_hyphen_names import widen_hyphen_chains
from ingest.extract import Extractor
from ingest.values import find_values
from tests.extracted import extracted, triples


def test_an_acronym_the_article_defines_is_the_company_everywhere(extractor: Extractor) -> None:
    text = "Orbitron agreed to buy Hale-Vane-Kestrel (HVK) for $2 billion. HVK makes turbines."
    _, mentions = extracted(extractor, text, "en")
    assert mentions["HVK"] == mentions["Hale-Vane-Kestrel"] == "new-hale-vane-kestrel"
    assert ("new-orbitron", "acquired", "new-hale-vane-kestrel") in triples(extractor, text, "en")


def test_a_regulators_acronym_is_no_company(extractor: Extractor) -> None:
    text = "Orbitron said the Federal Energy Commission (FEC) approved the deal."
    _, mentions = extracted(extractor, text, "en")
    assert "FEC" not in mentions


def test_a_name_cut_at_a_hyphen_is_widened_to_the_whole_chain() -> None:
    doc = Doc(spacy.blank("en").vocab, words=["buy", "Metro", "-", "Gold", "-", "Mayer", "now"],
              spaces=[True, False, False, False, False, True, False])  # fmt: skip
    doc.ents = [Span(doc, 1, 2, label="FAC")]
    widen_hyphen_chains(doc)
    assert [(e.text, e.label_) for e in doc.ents] == [("Metro-Gold-Mayer", "ORG")]
    two = Doc(doc.vocab, words=["the", "Uber", "-", "Vela", "deal"], spaces=[True, False, False, True, False])
    two.ents = [Span(two, 1, 2, label="ORG")]
    widen_hyphen_chains(two)  # two names joined for a deal stay apart
    assert [e.text for e in two.ents] == ["Uber"]


def test_a_catalog_company_and_a_division_word_name_the_division(extractor: Extractor) -> None:
    text = "Nexa said Amazon Studios will distribute the film, and Apple Music will stream its songs."
    _, mentions = extracted(extractor, text, "en")
    assert mentions["Amazon Studios"] == "new-amazon-studios"
    assert mentions["Apple Music"] == "new-apple-music"
    assert "Amazon" not in mentions


def test_the_developer_of_a_name_makes_it_a_product(extractor: Extractor) -> None:
    relations, _ = extracted(extractor, "Orbitron bought Velto, the developer of Quarrix, in 2019.", "en")
    assert ("new-velto", "develops", "new-quarrix", "asserted") in relations


def test_a_person_glossed_in_latin_is_a_person_though_kiwi_keeps_one_token(extractor: Extractor) -> None:
    text = "이타카 홀딩스는 가수 테일러 스위프트(Taylor Swift)와 계약했다. 스위프트는 곧 앨범을 낸다."
    relations, mentions = extracted(extractor, text, "ko")
    x = extractor.extract(Article(id="t", body=text, title="t", lang="ko"))
    assert {m.type for m in x.mentions if m.iri.endswith("new-taylor-swift")} == {"Person"}
    assert mentions["스위프트"] == "new-taylor-swift"
    assert not any(r[1] == "partnersWith" for r in relations)


def test_a_word_glossed_in_lower_case_english_is_a_term(extractor: Extractor) -> None:
    text = "나중에 주는 돈을 ‘언아웃(earn-out)’이라고 한다. 그런데 올해가 바로 언아웃의 성패가 갈리는 해였다."
    _, mentions = extracted(extractor, text, "ko")
    assert "언아웃" not in mentions


def test_a_hangul_spelling_of_an_english_name_as_heard() -> None:
    assert spelled_alike("유튜브", ["YouTube", "Yahoo"]) == "YouTube"  # `ou` as u
    assert spelled_alike("샤잠", ["Shazam"]) == "Shazam"  # 샤 is sha, z is ㅈ
    assert spelled_alike("자포스", ["Zappos"]) == "Zappos"  # a double letter once
    assert spelled_alike("홀푸드", ["Whole Foods"]) == "Whole Foods"  # `who`, a silent e, `oo`
    assert spelled_alike("루빈", ["robin"]) is None
    # names of one consonant skeleton are told apart by how they sound (`igh` as ai)
    others = [(skeleton(n), n, n.lower()) for n in ("Altimeter", "Lightmatter")]
    assert rank_skeletons(skeleton("라이트매터"), others, name="라이트매터")[0].name == "Lightmatter"


def test_all_or_most_of_a_companys_shares_bought_is_the_company_bought(extractor: Extractor) -> None:
    text = (
        "카카오가 미국 법인을 통해 미디어 기업 벨로라 홀딩스(Velora Holdings)의 지분 100%를 인수한다고 공시했다.\n\n"
        "카카오는 2021년 보안 기업 테리온 지분 63.9%를 사들이는 계약을 맺었다. 네이버는 테리온 지분 10%를 사들였다."
    )
    found = triples(extractor, text, "ko")
    assert {("kakao", "acquired", "new-velora-holdings"), ("kakao", "acquired", "new-terion")} <= found
    assert ("naver", "investsIn", "new-terion") in found  # a minority stake is an investment
    held_text = "보안 기업 테리온이 상장했다. 네이버는 테리온 지분 63.4%를 보유한 지배주주로 남는다."
    held = triples(extractor, held_text, "ko")
    assert held == {("naver", "investsIn", "new-terion")}  # a majority held is still a stake


def test_korean_units_after_the_last_scale_belong_to_the_figure() -> None:
    assert [v.raw for v in find_values("신주 46만 2,380주를 받았다")] == ["46만 2,380주"]
    assert [v.raw for v in find_values("월 3만 6,999달러를 낸다")] == ["3만 6,999달러"]
    assert [v.raw for v in find_values("판매량 5만 2023년 대비")] == ["5만"]  # a year is no units


def test_a_middle_initial_ends_no_sentence_and_no_name(extractor: Extractor) -> None:
    text = "Vela is run by Barbara Okafor and Michael G. Wilson, who works with Orbitron. It raised a Series B."
    x = extractor.extract(Article(id="t", body=text, title="t", lang="en"))
    assert len(x.sentences) == 2
    assert ("Michael G. Wilson", "Person") in {(m.text, m.type) for m in x.mentions}
