"""Names and stakes on sentences written for these tests: a lone English word the small model
takes for a person (`Zoom announced the deal`, `competes with Zendesk`: companies; `Majorana
zero modes`: none), `Tiger Global` (a company); a Korean name before a title (`한서윤 의장을`,
`한서윤 오르빗뱅크 대표는`), group initials glued to a word (`GS리테일`, `KDB산업은행`), names bought
or buying (`카펠라를 품었다`, not `김철수가 인수했다`); glosses: short (`오스탈(Austal)`, spelled alike),
translated (`다정한동료들(Dajung Partners)`, the whole word), with diacritics (`마티아스
쇠데르(Mathias Söder)`, a person), introduced by a country (`사업에서 일본 미쓰비시중공업(…)`), a
particle never inside one (`사카나AI`); a round a sentence names led (`A와 B가 이끈 … 투자`) and
new shares bought (`X 신주를 사들였다`)."""

from __future__ import annotations

from ingest.extract import Extractor
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


def test_leading_the_round_a_sentence_names_and_new_shares_bought_invest(extractor: Extractor) -> None:
    led = "오르빗은 벨타 캐피털(Belta Capital)과 카펠라 벤처스(Kapella Ventures)가 이끈 5,000만 달러 투자를 마쳤다."
    relations, named = extracted(extractor, led, "ko")
    assert named.get("카펠라 벤처스") == "new-kapella-ventures"  # spelled word by word: both words
    assert {("new-belta-capital", "investsIn", "new-oreubit", "asserted")} <= relations
    assert {("new-kapella-ventures", "investsIn", "new-oreubit", "asserted")} <= relations
    bought = "다올인베스트먼트와 KDB산업은행이 오르빗 신주를 사들였다."
    relations, mentions = extracted(extractor, bought, "ko")
    assert "KDB산업은행" in mentions  # Kiwi keeps the initials apart from the word
    assert ("new-kdbsaneobeunhaeng", "investsIn", "new-oreubit", "asserted") in relations
