"""Korean names written in Hangul only (no Latin alias): apposition cues, launch and deal
slots, whole words, series forms, persons around titles, and a name found once being found
everywhere in its article. Negative sentences keep common nouns out."""

from __future__ import annotations

import pytest

from ingest.document import Article
from ingest.extract import Extractor


def names(extractor: Extractor, text: str) -> set[tuple[str, str]]:
    x = extractor.extract(Article(id="t", body=text, title="t", lang="ko"))
    return {(m.text, m.type) for m in x.mentions}


def offsets(extractor: Extractor, text: str) -> list[tuple[str, str, int]]:
    x = extractor.extract(Article(id="t", body=text, title="t", lang="ko"))
    return sorted((m.text, m.type, m.start) for m in x.mentions)


# a name and its type, by the rule family that finds it
FOUND = [
    pytest.param("신생 업체는 새 추론 칩 틸라를 공개했다.", ("틸라", "Chip"), id="apposition"),
    pytest.param("퀀토리는 오늘 새 반도체 엑실론을 발표했다.", ("엑실론", "Chip"), id="apposition"),
    pytest.param("라이트매터는 광학 칩 엔비스를 발표했다.", ("엔비스", "Chip"), id="apposition"),
    pytest.param("카이로스랩은 생성형 인공지능 플랫폼 메리디안을 내놓았다.", ("메리디안", "Platform"), id="apposition"),
    pytest.param("노타는 경량화 플랫폼 넷츠프레소를 서비스한다.", ("넷츠프레소", "Platform"), id="apposition"),
    pytest.param("독일 업체 알레프알파가 새 언어모델 루미노스를 내놓았다.", ("루미노스", "Product"), id="apposition"),
    pytest.param("중국 스타트업 문샷은 챗봇 키미를 출시했다.", ("키미", "Product"), id="apposition"),
    pytest.param(
        "프랑스 스타트업 미스트랄은 새 모델 코드스트랄을 공개했다.", ("코드스트랄", "Product"), id="apposition"
    ),
    pytest.param("엔비디아는 이스라엘 스타트업 런에이아이를 인수했다.", ("런에이아이", "Company"), id="apposition"),
    pytest.param("오렐리아는 지난달 시리즈 A 투자를 유치했다.", ("오렐리아", "Company"), id="org-subject"),
    pytest.param("2024년 3월 에스티큐브는 새 칩을 내놓았다.", ("에스티큐브", "Company"), id="org-subject"),
    pytest.param("한빛반도체가 새 NPU를 발표했다.", ("한빛반도체", "Company"), id="org-subject"),
    pytest.param("세종인공지능연구소는 새 모델을 공개했다.", ("세종인공지능연구소", "ResearchOrg"), id="org-subject"),
    pytest.param("크레스트AI는 신규 서비스를 출시했다.", ("크레스트AI", "Company"), id="org-subject"),
    pytest.param("한편 세레스는 새 칩을 내놓았다.", ("세레스", "Company"), id="org-subject"),
    pytest.param("지난해 12월 세레스는 투자를 유치했다.", ("세레스", "Company"), id="org-subject"),
    pytest.param("세레스가 개발한 칩은 빠르다.", ("세레스", "Company"), id="org-subject"),
    pytest.param("오로라라는 이름의 칩을 만들었다.", ("오로라", "Chip"), id="noun-after"),
    pytest.param("세레브릭스의 오로라 칩은 빠르다.", ("오로라", "Chip"), id="noun-after"),
    pytest.param("회사는 가우디 칩을 공개했다.", ("가우디", "Chip"), id="noun-after"),
    pytest.param("구글의 제미나이 모델은 빠르다.", ("제미나이", "Product"), id="noun-after"),
    pytest.param("퓨리오사AI, 세레스, 딥엑스 등 국내 팹리스가 경쟁한다.", ("세레스", "Company"), id="listed"),
    pytest.param("엔비디아와 세레스가 손을 잡았다.", ("세레스", "Company"), id="listed"),
    pytest.param("GPT-4와 제미나이, 오로라 등 모델이 경쟁한다.", ("오로라", "Product"), id="listed"),
    pytest.param("노바원은 어떤 칩인가.", ("노바원", "Chip"), id="predicate"),
    pytest.param("노바원은 데이터센터 추론용 NPU다.", ("노바원", "Chip"), id="predicate"),
    pytest.param("노바셀은 2022년 세운 AI 반도체 스타트업이다.", ("노바셀", "Company"), id="predicate"),
    pytest.param("이 회사의 첫 제품인 노바원은 올해 양산에 들어간다.", ("노바원", "Product"), id="predicate"),
]


@pytest.mark.parametrize(("sentence", "name"), FOUND)
def test_a_hangul_name_is_found_and_typed(extractor: Extractor, sentence: str, name: tuple[str, str]) -> None:
    assert name in names(extractor, sentence)


# sentences whose common nouns and terms sit where names go
STAY_OUT = [
    pytest.param("회사는 클라우드 플랫폼을 강화하고 반도체 설계를 늘렸다.", id="after-typing-noun"),
    pytest.param("이 칩은 생성형 AI 추론에 쓰인다.", id="after-typing-noun"),
    pytest.param("모델 학습을 위한 데이터센터를 지었다.", id="after-typing-noun"),
    pytest.param("이번 발표에서 칩 가격을 공개했다.", id="after-typing-noun"),
    pytest.param("AI 모델 라인업을 공개했다.", id="after-typing-noun"),
    pytest.param("신형 칩 설계도를 공개했다.", id="after-typing-noun"),
    pytest.param("데이터센터 냉각 기술을 선보였다.", id="after-typing-noun"),
    pytest.param("스타트업 생태계를 키운다.", id="after-typing-noun"),
    pytest.param("올해 출시된 모델 가운데 가장 크다.", id="after-typing-noun"),
    pytest.param("그는 새로운 서비스를 선보였다.", id="after-typing-noun"),
    pytest.param("오늘 스타트업 대표들이 모였다.", id="after-typing-noun"),
    pytest.param("이 제품은 CPU 코어를 한 패키지에 넣었다.", id="after-typing-noun"),
    pytest.param("새 소프트웨어 스택을 공개했다.", id="after-typing-noun"),
    pytest.param("한국의 반도체 산업은 크다.", id="before-typing-noun"),
    pytest.param("미국의 클라우드 서비스는 크다.", id="before-typing-noun"),
    pytest.param("그의 모델은 빠르다.", id="before-typing-noun"),
    pytest.param("회사는 한국어 모델을 공개했다.", id="before-typing-noun"),
    pytest.param("회사는 인공지능 칩을 공개했다.", id="before-typing-noun"),
    pytest.param("회사는 트랜스포머 모델을 공개했다.", id="before-typing-noun"),
    pytest.param("회사는 이더넷 칩을 공개했다.", id="before-typing-noun"),
]


@pytest.mark.parametrize("sentence", STAY_OUT)
def test_common_nouns_and_terms_in_name_places_stay_out(extractor: Extractor, sentence: str) -> None:
    assert names(extractor, sentence) == set()


def test_a_compound_ending_in_a_typing_noun_is_no_name(extractor: Extractor) -> None:
    found = names(extractor, "카르페온은 지난달 언어모델 미라쥬 2를 출시했다.")
    assert ("미라쥬 2", "Product") in found and not any(t == "언어모델" for t, _ in found)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("구글은 새 모델 제피르 프로를 선보였다.", ("제피르 프로", "Product")),
        ("새 모델 오리온 울트라가 나왔다.", ("오리온 울트라", "Product")),
        ("크레스트AI는 에이펙스 3 모델을 공개했다.", ("에이펙스 3", "Product")),
        ("오리온 1.5 모델은 작년에 나왔다.", ("오리온 1.5", "Product")),
        ("오픈소스 모델 팔콘 180B를 공개했다.", ("팔콘 180B", "Product")),
        ("프로스트웨일이 개발한 하비스트-7B는 오픈 모델이다.", ("하비스트-7B", "Product")),
        ("한빛반도체가 새 NPU 한빛 X1을 발표했다.", ("한빛 X1", "Chip")),
        ("새 모델 미르 V2를 공개했다.", ("미르 V2", "Product")),
    ],
)
def test_a_series_or_size_after_a_name_belongs_to_the_model(
    extractor: Extractor, sentence: str, name: tuple[str, str]
) -> None:
    found = names(extractor, sentence)
    assert name in found
    assert not any(t == name[0].split()[0].split("-")[0] for t, _ in found)  # not the bare head


def test_series_words_and_numbers_after_common_nouns_stay_out(extractor: Extractor) -> None:
    assert names(extractor, "코어 128개를 넣었다. 클라우드 3사가 경쟁한다. 서비스 2곳이 문을 닫았다.") == set()
    assert names(extractor, "세레스는 H100 구매를 늘렸다.") == {("H100", "Chip")}  # a catalog code stays itself


def test_places_and_languages_kiwi_knows_are_no_firms(extractor: Extractor) -> None:
    text = (
        "파이썬은 1991년 개발된 언어다. 베이징은 보조금을 발표했다. 워싱턴은 수출 규제를 발표했다. "
        "캘리포니아는 규제를 발표했다. 베이징이 발표한 규제는 엄격하다. 회사는 파이썬을 도입했다."
    )
    assert names(extractor, text) == set()


def test_subjects_that_are_people_or_common_nouns_stay_out(extractor: Extractor) -> None:
    assert names(extractor, "회사는 새 모델을 공개했다. 정부는 투자를 발표했다. 올해는 칩을 내놓았다.") == set()
    assert names(extractor, "정부가 개발한 칩이다. 우리가 만든 칩이다. 최근 회사는 칩을 공개했다.") == set()
    assert not any(t == "김민수" for t, _ in names(extractor, "김민수는 새 칩을 발표했다."))


def test_a_name_kiwi_cut_in_two_is_one_word(extractor: Extractor) -> None:
    assert ("팔라딘 로보틱스", "Company") in names(extractor, "팔라딘 로보틱스는 휴머노이드 로봇을 개발한다.")
    assert ("카이로스랩", "Company") in names(extractor, "카이로스랩은 새 플랫폼을 내놓았다.")


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        ("매슈 하일리 대표는 투자 유치를 발표했다.", "매슈 하일리"),
        ("하워드 모건 대표는 투자 유치를 발표했다.", "하워드 모건"),
        ("스탠퍼드대 교수 마리아 첸은 이 칩을 설계했다.", "마리아 첸"),
        ("텐서웨이브 창업자 다리우스 몰은 사업을 키운다.", "다리우스 몰"),
    ],
)
def test_foreign_persons_around_a_title_are_whole(extractor: Extractor, sentence: str, person: str) -> None:
    found = names(extractor, sentence)
    assert (person, "Person") in found
    assert not any(t in person.split() for t, _ in found)


def test_a_name_found_once_is_found_everywhere_in_the_article(extractor: Extractor) -> None:
    text = (
        "업계는 오렐리아가 빠르게 성장한다고 본다. 오렐리아는 지난달 시리즈 A 투자를 유치했다. "
        "오렐리아의 기술은 뛰어나다."
    )
    assert offsets(extractor, text) == [("오렐리아", "Company", at) for at in (4, 24, 50)]
    text = "틸라의 성능은 뛰어나다. 이 회사는 새 추론 칩 틸라를 공개했다. 틸라는 내년에 나온다."
    assert offsets(extractor, text) == [("틸라", "Chip", 0), ("틸라", "Chip", 27), ("틸라", "Chip", 37)]


def test_a_repeated_name_stays_a_whole_word(extractor: Extractor) -> None:
    text = "이 회사는 새 추론 칩 틸라를 공개했다. 틸라노사우루스와 아틸라는 다른 말이다."
    assert [m for m in offsets(extractor, text) if m[0] == "틸라"] == [("틸라", "Chip", 13)]


def test_a_full_name_after_a_bare_title_is_a_person(extractor: Extractor) -> None:
    found = names(extractor, "세레브릭스는 2021년 설립된 회사로, 최고경영자 마커스 벨은 구글 출신이다.")
    assert ("마커스 벨", "Person") in found and ("세레브릭스", "Company") in found
    assert names(extractor, "회사의 대표 제품은 새 칩이다. 대표 모델 가운데 하나다.") == set()


def test_a_conference_glossed_in_latin_is_not_a_name(extractor: Extractor) -> None:
    assert names(extractor, "미국에서 열린 반도체 학회 핫칩스(Hot Chips)에서 발표했다.") == set()


def test_a_catalog_name_with_nouns_glued_after_it_names_something_else(extractor: Extractor) -> None:
    x = extractor.extract(Article(id="t", body="루미나리는 올해 초 설립된 스타트업이다.", title="t", lang="ko"))
    assert [(m.text, m.type, m.is_new) for m in x.mentions] == [("루미나리", "Company", True)]
    found = names(extractor, "인텔캐피털과 엔비디아가 투자했다.")
    assert ("인텔캐피털", "Company") in found and ("인텔", "Company") not in found


def test_a_catalog_name_before_a_particle_or_a_one_syllable_noun_stays_itself(extractor: Extractor) -> None:
    assert names(extractor, "인텔과 엔비디아가 투자했다.") == {("인텔", "Company"), ("엔비디아", "Company")}
    assert ("엔비디아", "Company") in names(extractor, "엔비디아발 훈풍이 불었다.")


def test_an_unknown_word_kiwi_broke_with_a_verb_piece_runs_to_its_particle(extractor: Extractor) -> None:
    found = names(extractor, "에테리온은 지난달 데이터센터용 추론 가속기 헬리오스를 내놓았다.")
    assert ("헬리오스", "Chip") in found and not any(t == "헬리오" for t, _ in found)


def test_the_object_of_founding_or_buying_is_an_organisation(extractor: Extractor) -> None:
    assert ("에테리온", "Company") in names(extractor, "에테리온을 세운 사람은 전직 엔지니어다.")
    assert ("에테리온", "Product") not in names(extractor, "에테리온을 세운 사람은 전직 엔지니어다.")


def test_a_full_name_after_a_role_word_is_a_person(extractor: Extractor) -> None:
    found = names(extractor, "에테리온을 세운 사람은 전직 인텔 엔지니어 토머스 레인이다.")
    assert ("토머스 레인", "Person") in found and ("인텔", "Company") in found
    assert names(extractor, "그는 엔지니어 출신이다. 개발자 행사에 갔다.") == set()


def test_a_korean_name_beside_a_company_before_a_title(extractor: Extractor) -> None:
    assert names(extractor, "이세영 뤼튼 대표는 말했다.") == {("이세영", "Person"), ("뤼튼", "Company")}
    found = names(extractor, "보스반도체 박재홍 대표는 삼성전자 출신이다.")
    assert {("보스반도체", "Company"), ("박재홍", "Person")} <= found


def test_a_name_joined_to_a_launched_name_is_launched_too(extractor: Extractor) -> None:
    found = names(extractor, "AI 스타트업 트웰브랩스는 영상 이해 모델 마렝고와 페가수스를 선보였다.")
    assert ("마렝고", "Product") in found
    assert names(extractor, "회사는 새 모델과 데이터를 공개했다.") == set()


def test_a_catalog_name_with_a_hyphened_code_is_another_model(extractor: Extractor) -> None:
    found = names(extractor, "반도체 설계 업체 보스반도체는 자율주행용 칩 이글-N을 개발하고 있다.")
    assert {("보스반도체", "Company"), ("이글-N", "Chip")} <= found and not any(t == "이글" for t, _ in found)


def test_a_name_after_a_noun_with_the_copula_takes_the_nouns_type(extractor: Extractor) -> None:
    assert ("크루소", "Company") in names(extractor, "람다의 경쟁사인 크루소는 자체 데이터센터를 짓고 있다.")
    assert names(extractor, "경쟁사인 회사는 데이터센터를 짓고 있다.") == set()


def test_the_object_of_running_or_offering_after_a_typing_noun_is_named(extractor: Extractor) -> None:
    assert ("엘리스", "Platform") in names(extractor, "이 회사는 AI 교육 플랫폼 엘리스를 운영한다.")
    assert names(extractor, "이 회사는 클라우드 플랫폼을 운영한다. 서비스를 제공한다.") == set()


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        ("세레브릭스의 마커스 벨 최고경영자(CEO)는 말했다.", "마커스 벨"),
        ("마커스 벨 CEO는 말했다.", "마커스 벨"),
        ("이 회사를 이끄는 마커스 벨 대표는 말했다.", "마커스 벨"),
        ("에테리온 창업자인 토머스 레인은 말했다.", "토머스 레인"),
    ],
)
def test_a_foreign_name_with_a_one_syllable_surname_before_or_after_a_title(
    extractor: Extractor, sentence: str, person: str
) -> None:
    found = names(extractor, sentence)
    assert (person, "Person") in found
    assert not any(t in person.split() for t, _ in found)
    assert not any(t == "에테리온" and kind == "Person" for t, kind in found)  # the founder's firm


def test_common_nouns_listed_beside_a_catalog_name_stay_out(extractor: Extractor) -> None:
    assert names(extractor, "엔비디아와 한국 정부가 협력한다. 엔비디아와 협력한다.") == {("엔비디아", "Company")}
    assert names(extractor, "엔비디아, 데이터센터, 클라우드가 성장했다.") == {("엔비디아", "Company")}


def test_common_subjects_of_typing_predicates_stay_out(extractor: Extractor) -> None:
    assert names(extractor, "이것은 어떤 칩인가. 문제는 전력이다. 핵심은 새 모델이다.") == set()


def test_a_korean_name_before_a_known_company_and_a_title_is_a_person(extractor: Extractor) -> None:
    found = names(extractor, "김우현 SK하이닉스 최고재무책임자(CFO)는 수요가 커질 것이라고 내다봤다.")
    assert ("김우현", "Person") in found  # Kiwi cuts the name it does not know: 김/우/현
