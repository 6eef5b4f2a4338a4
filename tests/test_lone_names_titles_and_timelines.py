"""Lone English words the small model takes for people, Korean names before titles, glued
group initials, names bought or buying, short and translated glosses, diacritics in a person's
gloss, a particle never inside a glossed name; a timeline entry's date for the sentences under
it, a count of the noun asked, figures glued after a Korean scale (`2만4천원`), shares counted
and a market cap asked; on sentences written for these tests: `Zoom announced the deal` and
`competes with Zendesk` (companies), `Majorana zero modes` (no company), `한서윤 의장을` and
`한서윤 오르빗뱅크 대표는` (a person), `GS리테일과` and `카펠라를 품었다` (companies; not `김철수가
인수했다`), `오스탈(Austal)` (spelled alike), `다정한동료들(Dajung Partners)` (the whole word),
`Tiger Global` (a company), `마티아스 쇠데르(Mathias Söder)` (a person), `사업에서 일본
미쓰비시중공업(…)` (the one word the country introduces)."""

from __future__ import annotations

from ingest.extract import Extractor
from ingest.extraction import Mention
from qa.compose import compose_figure
from qa.compose_dates import compose_date
from qa.eval_match import figures
from qa.intents import answer_kind
from qa.question import Question
from qa.spans import wanted_units
from qa.timeline import heading_date
from tests.evidence import evidence
from tests.extracted import extracted


def test_a_lone_word_no_full_name_holds_is_a_company(extractor: Extractor) -> None:
    text = (
        "The merger agreement was signed on May 3, and Zoom announced the deal a day later. "
        "Zoom competes with Zendesk in customer support software."
    )
    relations, mentions = extracted(extractor, text, "en")
    assert mentions["Zoom"] == "new-zoom" and mentions["Zendesk"] == "new-zendesk"
    assert ("new-zoom", "competesWith", "new-zendesk", "asserted") in relations


def test_a_word_only_modifying_a_noun_is_no_lone_company(extractor: Extractor) -> None:
    _, mentions = extracted(extractor, "The chip is supposed to host Majorana zero modes at low heat.", "en")
    assert "Majorana" not in mentions


def test_a_korean_name_right_before_a_title_is_a_person(extractor: Extractor) -> None:
    _, mentions = extracted(extractor, "오르빗은 한서윤 의장을 새 법인의 대표로 맞았다.", "ko")
    assert mentions.get("한서윤") == "new-hanseoyun"
    _, named = extracted(extractor, "한서윤 오르빗뱅크 대표는 결과를 알리며 감사하다고 밝혔다.", "ko")
    assert named.get("한서윤") == "new-hanseoyun" and "오르빗뱅크" in named


def test_group_initials_glued_to_a_word_name_a_company(extractor: Extractor) -> None:
    _, mentions = extracted(extractor, "결국 GS리테일과 사모펀드 퍼미라가 꾸린 컨소시엄이 회사를 인수했다.", "ko")
    assert mentions.get("GS리테일") == "new-gsriteil"
    _, none = extracted(extractor, "AI반도체 시장이 빠르게 커졌다.", "ko")
    assert "AI반도체" not in none


def test_a_gloss_with_diacritics_shows_a_person(extractor: Extractor) -> None:
    text = "마티아스 쇠데르(Mathias Söder) 오르빗 최고경영자(CEO)는 인수를 반긴다고 밝혔다."
    _, mentions = extracted(extractor, text, "ko")
    assert mentions.get("마티아스 쇠데르") == mentions.get("Mathias Söder") == "new-mathias-soder"


def test_a_firm_glossed_by_its_translated_name_is_the_whole_word(extractor: Extractor) -> None:
    text = "벨타는 배달 앱 운영사 다정한동료들(Dajung Partners)을 품었다. 다정한동료들은 매각을 설명했다."
    _, mentions = extracted(extractor, text, "ko")
    assert mentions.get("다정한동료들") == mentions.get("Dajung Partners") == "new-dajung-partners"


def test_a_person_tagged_name_ending_in_a_firm_word_is_a_company(extractor: Extractor) -> None:
    _, mentions = extracted(extractor, "Orbit raised $30 million, with Tiger Global among the other investors.", "en")
    assert mentions.get("Tiger Global") == "new-tiger-global"


def test_a_particle_is_never_inside_a_glossed_name(extractor: Extractor) -> None:
    text = "한화오션은 호위함 사업에서 일본 미쓰비시중공업(Mitsubishi Heavy Industries)과 경쟁했다."
    _, mentions = extracted(extractor, text, "ko")
    assert not [name for name in mentions if "사업에서" in name]
    assert mentions.get("미쓰비시중공업") == mentions.get("Mitsubishi Heavy Industries")  # the word after a country
    _, glued = extracted(extractor, "엔비디아(Nvidia)가 투자한 사카나AI(Sakana AI) 이야기다.", "ko")
    assert glued.get("사카나AI") == "new-sakana-ai"  # Kiwi reads `나` of 사카나 as a particle: inside a word, none


def test_a_short_name_glossed_is_spelled_alike_and_au_is_o(extractor: Extractor) -> None:
    text = "벨타그룹(Belta Group)이 조선사 오스탈(Austal)의 지분을 19.9%까지 늘렸다. 벨타는 오스탈 주식을 더 샀다."
    relations, mentions = extracted(extractor, text, "ko")
    assert mentions.get("오스탈") == mentions.get("Austal") == "new-austal"
    assert ("new-belta-group", "investsIn", "new-austal", "asserted") in relations


def test_a_name_bought_or_buying_is_a_company_but_not_a_korean_persons(extractor: Extractor) -> None:
    _, mentions = extracted(extractor, "이듬해 벨타가 인수했다. 오르빗은 카펠라를 품었다.", "ko")
    assert mentions.get("카펠라") == "new-kapelra"
    _, person = extracted(extractor, "김철수가 인수했다.", "ko")
    assert "김철수" not in person


def test_a_timeline_heading_dates_the_sentences_under_it() -> None:
    assert heading_date("**2024년 9월 25일 — 협상 중단**") == (2024, 9, 25)
    assert heading_date("**January 27, 2022 — Conditional approval.") == (2022, 1, 27)
    assert heading_date("2024년 9월 25일 오르빗은 공시를 통해 협상을 중단했다.") is None  # a sentence, not a heading
    assert heading_date("- 2022년 3월 4일: 인수 완료") is None  # a list item tells its own event
    acme = Mention("오르빗", 0, 3, "Company", "orbit", 0, "오르빗")
    q = Question("오르빗이 협상 중단했다고 공시한 날 언제야", "ko", [acme], kind="date")
    under = evidence("a/s/5", "오르빗은 공시를 통해 벨타와의 인수 협상을 중단했다고 밝혔다.", [("orbit", "Company")])
    later = evidence("a/s/9", "오르빗은 11월 발표된 최종 후보에 들지 못했다.", [("orbit", "Company")])
    dated = compose_date(q, [under, later], {"a/s/5": (2024, 9, 25)})
    assert dated is not None and dated[0] == "2024년 9월 25일"


def test_a_count_of_the_noun_asked_wins_over_nearer_figures() -> None:
    acme = Mention("오르빗", 0, 3, "Company", "orbit", 0, "오르빗")
    q = Question("인수 발표 때 오르빗 유료 고객 몇 명이었음?", "ko", [acme], kind="figure")
    text = "When the deal was announced, Orbit had about 13 million users and 800,000 paying customers."
    found = compose_figure(q, [evidence("a/s/1", text, [("orbit", "Company")])], lambda iri: ["Orbit"])
    assert found is not None and found[0] == "800,000"


def test_a_number_glued_after_a_korean_scale_is_part_of_the_figure() -> None:
    assert figures("목표주가 2만4천원 제시") == [24000.0]
    assert figures("4억2500만 달러에 샀다") == [425000000.0]


def test_shares_counted_and_a_market_cap_asked_are_figures() -> None:
    question = "orbit belta exchange ratio - how many orbit shares per belta share?"
    assert wanted_units(question) == {"count"}
    assert answer_kind("What was Orbit's market capitalization at the close of its first day?", "en") == "figure"
    assert answer_kind("Who holds a stake in Orbit?", "en") == "person"
