"""qa.corpus_words: a Korean question naming something no article names cannot be answered."""

from __future__ import annotations

from qa.corpus_words import CorpusWords
from qa.services import Services
from tests.stored import ingest_text

KO = "노바칩스는 2024년 서버용 가속기 '오로라'를 발표했다. 회사는 Zephyr Labs와 협력한다."
EN = "Quillmark, a Toronto startup, sells its inference cards to banks, and Willow and Juniper buy them. QX3 ships."
LATER = "에치드는 소후라는 추론 칩을 만든다."


def test_names_found_as_written_misspelt_or_in_the_other_script(fresh_services: Services) -> None:
    ingest_text(fresh_services, "ko-words", KO, "ko")
    ingest_text(fresh_services, "en-words", EN, "en")
    words = CorpusWords(fresh_services.store, fresh_services.extractor)
    assert words.known("노바칩스") and words.known("zephyr")  # as written
    assert words.known("노바칩즈")  # a typo of a stored word
    assert words.known("퀼마크")  # Quillmark, in Hangul
    assert not words.known("에치드") and not words.known("ssi")
    assert words.known("윌로우") and words.known("주니퍼")  # short names: same consonants, spelled alike
    assert not words.known("루빈")  # rubin is no robin, nor any other stored word
    assert words.unknown_names("에치드 소후 칩 성능은?", "ko", []) == ["에치드", "소후"]
    assert words.unknown_names("SSI 투자 얼마 받았어?", "ko", []) == ["SSI"]
    assert words.unknown_names("SSI 투자 얼마 받았어?", "ko", [(0, 3)]) == []  # linked names are the linker's
    assert words.unknown_names("How much did Etched raise?", "en", []) == []  # English: model codes only
    assert words.unknown_names("When did Acme close its Run:ai deal and ship the MI999?", "en", []) == [
        "Run:ai",
        "MI999",
    ]
    assert words.unknown_names("What was Acme's FY2024 Q1 revenue?", "en", []) == []  # periods, not names
    assert words.unknown_names("노바칩스 정식 출시(GA) 날짜는?", "ko", []) == []  # a gloss, not a name
    assert words.unknown_names("Acme's end-of-2024 and mid-2025 targets?", "en", []) == []  # periods too
    assert words.unknown_names("QX3 성능은? QX4는?", "ko", []) == ["QX4"]  # a model code Kiwi splits, read whole


def test_a_name_is_known_once_an_article_with_it_is_stored(fresh_services: Services) -> None:
    words = CorpusWords(fresh_services.store, fresh_services.extractor)
    assert words.unknown_names("에치드 소후 칩 성능은?", "ko", []) == ["에치드", "소후"]
    ingest_text(fresh_services, "ko-later", LATER, "ko")
    assert words.unknown_names("에치드 소후 칩 성능은?", "ko", []) == []


def test_a_question_about_a_name_no_article_uses_abstains(corpus_services: Services) -> None:
    result = corpus_services.answerer.ask("에치드 소후 칩 전력 소비는 얼마야?")
    assert result["abstained"] and not result["evidence"]
    answered = corpus_services.answerer.ask("시스코가 스플렁크 인수에 쓴 돈은?")  # the articles write Splunk
    assert not answered["abstained"], answered["answer"]


def test_initials_places_units_and_dictionary_names_are_known(fresh_services: Services) -> None:
    text = "The Financial Times said Brightfold opened an office in Ireland. Reuters covered it too."
    ingest_text(fresh_services, "en-initials", text, "en")
    words = CorpusWords(fresh_services.store, fresh_services.extractor)
    assert words.unknown_names("FT 보도에 따르면 브라이트폴드 어디 진출?", "ko", []) == []  # initials of a stored name
    assert words.unknown_names("브라이트폴드 아일랜드 사무실 언제 열었어?", "ko", []) == []  # a place of the lexicon
    assert words.unknown_names("응답 시간 몇 ms 정도야?", "ko", []) == []  # a unit, not a name
    assert words.unknown_names("GT 보도에 따르면?", "ko", []) == ["GT"]  # initials no stored name has


def test_a_company_the_question_names_by_its_slot_and_no_article_gives_abstains(fresh_services: Services) -> None:
    text = "Nvidia agreed to acquire Quillmark, a Toronto startup, for $300 million. Quillmark makes inference tools."
    ingest_text(fresh_services, "en-deal", text, "en")
    unseen = fresh_services.answerer.ask("How much did Nvidia pay to acquire Deci AI?")
    assert unseen["abstained"] and not unseen["evidence"]
    stored = fresh_services.answerer.ask("How much did Nvidia pay to acquire Quillmark?")
    assert not stored["abstained"] and "$300 million" in str(stored["answer"])
