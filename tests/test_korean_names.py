"""Korean names the catalog does not know: the cues `trendkg_ko_names` reads."""

from __future__ import annotations

from ingest.document import Article
from ingest.extract import Extractor


def names(extractor: Extractor, text: str) -> set[tuple[str, str]]:
    x = extractor.extract(Article(id="t", body=text, title="t", lang="ko"))
    return {(m.text, m.type) for m in x.mentions}


def test_a_hangul_word_with_a_hyphened_number_is_a_model(extractor: Extractor) -> None:
    assert ("보라-2", "Product") in names(extractor, "가나랩은 새 언어모델 보라-2를 공개했다.")
    assert not any(t.startswith("코로나") for t, _ in names(extractor, "코로나-19 이후 수요가 늘었다."))


def test_an_unknown_prefix_glued_to_a_catalog_name_is_another_product(extractor: Extractor) -> None:
    found = names(extractor, "LG는 기업용 챗엑사원 서비스를 열었다.")
    assert ("챗엑사원", "Product") in found and ("엑사원", "Product") not in found


def test_a_term_glossed_by_a_generic_acronym_is_not_a_name(extractor: Extractor) -> None:
    assert names(extractor, "극자외선(EUV) 장비가 부족하다.") == set()


def test_an_acronym_before_a_software_word_is_a_product(extractor: Extractor) -> None:
    assert ("ZQNN", "Product") in names(extractor, "화웨이는 ZQNN 소프트웨어를 함께 제공한다.")


def test_interview_markers_are_not_names(extractor: Extractor) -> None:
    assert names(extractor, "Q. 새 칩은 무엇인가.\nA. 엔비디아가 만든 가속기다.") == {("엔비디아", "Company")}


def test_a_companys_investment_arm_is_a_company_of_its_own(extractor: Extractor) -> None:
    found = names(extractor, "AMD 벤처스와 엔비디아가 이번 투자에 참여했다.")
    assert ("AMD 벤처스", "Company") in found and ("AMD", "Company") not in found


def test_a_word_in_an_organisation_slot_is_a_company(extractor: Extractor) -> None:
    assert names(extractor, "시스코는 벨모라를 인수했다.") >= {("벨모라", "Company")}
    assert names(extractor, "코투에 투자했다.") == {("코투", "Company")}
    found = names(extractor, "하비가 주도한 투자에 글린 등이 참여했다.")
    assert found == {("하비", "Company"), ("글린", "Company")}


def test_common_nouns_in_organisation_slots_are_not_names(extractor: Extractor) -> None:
    assert names(extractor, "회사를 인수했다. 시장에 투자했다. 기업 등이 참여했다. 데이터를 인수했다.") == set()


def test_a_one_letter_version_after_a_hangul_name_is_a_product(extractor: Extractor) -> None:
    found = names(extractor, "코히어는 커맨드 R과 커맨드 R+를 공개했다.")
    assert {("커맨드 R", "Product"), ("커맨드 R+", "Product")} <= found
    assert not any(t in ("R", "R+") for t, _ in found)
    assert names(extractor, "시리즈 B 투자를 마쳤다. 플랜 B를 세웠다.") == set()


def test_a_hangul_name_glued_to_a_latin_tail_is_one_name(extractor: Extractor) -> None:
    found = names(extractor, "IBM은 왓슨x.ai와 왓슨x.data를 내놨다.")
    assert {("왓슨x.ai", "Product"), ("왓슨x.data", "Product")} <= found


def test_the_name_after_an_organisations_title_is_the_person(extractor: Extractor) -> None:
    found = names(extractor, "퀄트릭스 최고경영자 데이비드 마틴은 말했다.")
    assert found == {("퀄트릭스", "Company"), ("데이비드 마틴", "Person")}
    found = names(extractor, "벨모라 대표 마크 베니오프는 말했다.")
    assert found == {("벨모라", "Company"), ("마크 베니오프", "Person")}
    assert ("김철수", "Person") in names(extractor, "김철수 대표는 말했다.")  # no name after the title: the person
    assert not any(t.startswith("한종") for t, _ in names(extractor, "삼성전자 대표이사 한종희는 말했다."))


def test_a_company_named_without_its_corporate_suffix_is_the_same_company(extractor: Extractor) -> None:
    body = "람다랩스는 GPU 클라우드 기업이다. 4월에는 람다가 5억 달러를 더 조달했다."
    x = extractor.extract(Article(id="t", body=body, title="t", lang="ko"))
    assert {m.text: m.iri.rsplit("/", 1)[1] for m in x.mentions} == {"람다랩스": "lambda", "람다": "lambda"}
    english = "Lambda Labs runs a GPU cloud. In April, Lambda raised $500 million more."
    x = extractor.extract(Article(id="t", body=english, title="t", lang="en"))
    assert {m.text: m.iri.rsplit("/", 1)[1] for m in x.mentions} == {"Lambda Labs": "lambda", "Lambda": "lambda"}


def test_an_investor_word_after_a_name_makes_one_company_name(extractor: Extractor) -> None:
    found = names(extractor, "마그네타 캐피털이 주도했고 AFW 파트너스와 B캐피털이 참여했다.")
    assert {("마그네타 캐피털", "Company"), ("AFW 파트너스", "Company"), ("B캐피털", "Company")} <= found
    assert ("캐피털", "Company") not in found


def test_a_japanese_prefecture_and_its_town_are_places(extractor: Extractor) -> None:
    found = names(extractor, "가나반도체는 오카야마현 미사키정에서 새 공장 개소식을 열었다.")
    assert not {t for t, _ in found} & {"오카야마현", "미사키정"}, found


def test_a_latin_name_the_article_spelled_out_is_found_again_bare(extractor: Extractor) -> None:
    body = "가나의 자회사 KLM(Kanazawa Logic Manufacturing)은 공장을 열었다. KLM에 들어간 돈은 크다. KLM은 흑자다."
    x = extractor.extract(Article(id="t", body=body, title="t", lang="ko"))
    assert [m.text for m in x.mentions].count("KLM") == 3, [(m.text, m.type) for m in x.mentions]


def test_one_hangul_word_before_a_latin_name_that_sounds_alike_is_that_name(extractor: Extractor) -> None:
    x = extractor.extract(Article(id="t", body="텐스토렌트는 블랙홀(Blackhole)도 개발한다.", title="t", lang="ko"))
    assert {m.text: m.iri.rsplit("/", 1)[1] for m in x.mentions if m.is_new} == {
        "블랙홀": "new-blackhole",
        "Blackhole": "new-blackhole",
    }
    assert not any(t == "보안" for t, _ in names(extractor, "텐스토렌트는 보안(Security)도 개발한다."))  # a gloss


def test_a_transliterated_name_taking_a_title_after_its_particle_is_a_person(extractor: Extractor) -> None:
    found = names(extractor, "올해 1월 마루 가지(Maru Gazi)가 최고경영자(CEO)에 올랐다. 마루 가지 CEO는 웃었다.")
    assert ("마루 가지", "Person") in found and ("Maru Gazi", "Person") in found, found


def test_a_transliterated_name_after_a_title_and_copula_is_a_person(extractor: Extractor) -> None:
    found = names(extractor, "그 자리는 법무책임자였던 마루 가지(Maru Gazi)가 맡았다.")
    assert ("마루 가지", "Person") in found, found


def test_a_catalog_name_glossed_with_more_words_is_the_longer_name(extractor: Extractor) -> None:
    x = extractor.extract(Article(id="t", body="애플은 새 ‘아이패드 에어(iPad Air)’를 내놨다.", title="t", lang="ko"))
    air = [(m.text, m.iri.rsplit("/", 1)[1]) for m in x.mentions if m.type == "Product"]
    assert air == [("아이패드 에어", "new-ipad-air"), ("iPad Air", "new-ipad-air")], air


def test_a_company_name_before_more_words_and_a_gloss_stays_the_company(extractor: Extractor) -> None:
    x = extractor.extract(Article(id="t", body="삼성 파운드리(Samsung Foundry)가 공정을 바꿨다.", title="t", lang="ko"))
    assert "삼성 파운드리" not in {m.text for m in x.mentions if m.type == "Product"}


def test_a_class_word_before_a_quoted_name_types_it_and_its_gloss(extractor: Extractor) -> None:
    found = names(extractor, "벨로닉스는 AI 가속기 ‘스파로우(Sparrow)’와 언어모델 ‘미라벨라(Mirabella)’를 공개했다.")
    wanted = {("스파로우", "Chip"), ("Sparrow", "Chip"), ("미라벨라", "Product"), ("Mirabella", "Product")}
    assert wanted <= found, found


def test_a_glossed_name_may_share_a_latin_word_with_its_gloss(extractor: Extractor) -> None:
    found = names(extractor, "벨로닉스는 모델 ‘커맨드 Q(Command Q)’를 내놨다.")
    assert {("커맨드 Q", "Product"), ("Command Q", "Product")} <= found, found


def test_a_glossed_name_with_a_person_particle_or_a_distant_title_is_a_person(extractor: Extractor) -> None:
    found = names(
        extractor,
        "회사를 세운 류비샤 바이치(Ljubisa Bajic)에게서 경영을 넘겨받았다. "
        "조니 스루지(Johny Srouji) 애플 하드웨어 기술 담당 수석부사장은 말했다.",
    )
    assert {("류비샤 바이치", "Person"), ("조니 스루지", "Person"), ("Johny Srouji", "Person")} <= found, found


def test_a_new_korean_name_takes_the_type_its_context_gave_it_in_every_mention(extractor: Extractor) -> None:
    x = extractor.extract(
        Article(id="t", body="벨로닉스는 자체 칩 ‘Q7’을 공개했다. Q7은 3나노 공정으로 만든다.", title="t", lang="ko")
    )
    assert [(m.text, m.type) for m in x.mentions if m.text == "Q7"] == [("Q7", "Chip"), ("Q7", "Chip")]


def test_a_quoted_name_with_no_class_word_before_it_is_a_product(extractor: Extractor) -> None:
    found = names(extractor, "결과의 순서를 다시 매기는 ‘리랭크(Rerank)’를 내놨다. 회사는 ‘Quorvex’도 공개했다.")
    assert {("Rerank", "Product"), ("Quorvex", "Product")} <= found, found


def test_trade_terms_kiwi_calls_proper_nouns_are_no_names(extractor: Extractor) -> None:
    found = names(extractor, "하이퍼스케일러와 네오클라우드 업체는 칩렛과 BF16 연산, 턴키 서버를 원한다.")
    assert not {text for text, _ in found} & {"하이퍼스케일러", "네오클라우드", "칩렛", "BF16", "턴키"}, found


def test_a_quoted_hangul_name_glossed_inside_the_quotes_is_one_name_in_both_scripts(extractor: Extractor) -> None:
    text = "에이사는 도구 ‘엔비디아 툴킷(Nvidia Toolkit)’과 모델 ‘아야(Aya)’, ‘노바 R+(Nova R+)’를 냈다."
    found = names(extractor, text)
    assert {("엔비디아 툴킷", "Product"), ("Nvidia Toolkit", "Product"), ("아야", "Product")} <= found
    assert ("노바 R+", "Product") in found and ("엔비디아", "Company") not in found  # a catalog name inside is a part
    lab = names(extractor, "연구 조직 ‘에이사 포 AI(Acme For AI)’는 새 모델을 공개했다.")
    assert ("에이사 포 AI", "ResearchOrg") in lab
    assert ("블랙웰", "Chip") in names(extractor, "엔비디아는 ‘블랙웰(Blackwell)’을 공개했다.")  # the catalog's, whole


def test_a_glossed_name_with_a_given_name_first_is_a_person(extractor: Extractor) -> None:
    found = names(extractor, "그는 마르타 벨코(Marta Velko), 아트 드 로이(Aart de Rooy)와 함께 회사를 세웠다.")
    assert {("마르타 벨코", "Person"), ("Marta Velko", "Person"), ("아트 드 로이", "Person")} <= found
    assert ("탈렌 에너지", "Company") in names(extractor, "탈렌 에너지(Talen Energy)는 원전을 판다.")  # an org word
    assert ("모건 스탠리", "Person") not in names(extractor, "모건 스탠리(Morgan Stanley)가 주관했다.")


def test_an_acronym_leading_or_joining_a_round_is_an_investor(extractor: Extractor) -> None:
    assert ("QVX", "Company") in names(extractor, "- 2024년 1월: QVX가 주도한 7,360만 달러 규모 시리즈 B")
    assert not any(text == "SQL" for text, _ in names(extractor, "SQL로 데이터를 읽는다."))  # a term


def test_a_name_glossed_with_its_long_name_and_acronym_is_one_entity(extractor: Extractor) -> None:
    body = (
        "가나전자가 영국 스타트업 퀼로 시맨틱 테크놀로지스(Quillo Semantic Technologies, QST)를 인수했다. "
        "QST는 작다."
    )
    x = extractor.extract(Article(id="t", body=body, title="t", lang="ko"))
    found = {(m.text, m.iri.rsplit("/", 1)[1]) for m in x.mentions if m.is_new}
    iri = "new-quillo-semantic-technologies"  # a word Kiwi cut (`시|맨|틱`) stays in the name
    assert {("퀼로 시맨틱 테크놀로지스", iri), ("Quillo Semantic Technologies", iri), ("QST", iri)} <= found


def test_a_gloss_with_a_colon_a_glued_latin_word_or_a_former_name_is_one_entity(extractor: Extractor) -> None:
    x = extractor.extract(
        Article(
            id="t",
            title="t",
            lang="ko",
            body="엔비디아가 투자한 사카나AI(Sakana AI) 이야기다. 퀄컴은 이스라엘 기업 런에이아이(Run:ai)를 인수했다. "
            "SK하이닉스는 컨소시엄에 참여해 도시바메모리(현 키옥시아)에 투자했다.",
        )
    )
    iris = {m.text: m.iri.rsplit("/", 1)[1] for m in x.mentions}
    assert iris["사카나AI"] == iris["Sakana AI"] and "투자한 사카나AI" not in iris
    assert iris["런에이아이"] == iris["Run:ai"] == "new-run-ai"
    assert iris["도시바메모리"] == iris["키옥시아"]


def test_a_subject_after_a_topic_acts_in_its_own_clause(extractor: Extractor) -> None:
    body = "삼성전자는 1월 ‘갤럭시 AI’를 내놨고, 애플도 같은 해 6월 ‘애플 인텔리전스’를 발표했다."
    x = extractor.extract(Article(id="t", title="t", lang="ko", body=body))
    relations = {(r.subject.rsplit("/", 1)[1], r.predicate, r.object.rsplit("/", 1)[1]) for r in x.relations}
    assert ("apple", "announced", "apple-intelligence") in relations
    assert ("samsung-electronics", "announced", "apple-intelligence") not in relations


def test_a_number_glued_to_a_latin_name_of_two_words_is_part_of_it(extractor: Extractor) -> None:
    found = names(extractor, "옵테인에는 인텔이 개발한 ‘3D 크로스포인트(3D XPoint)’ 메모리가 들어간다. 3D 낸드도 쓴다.")
    assert any(text == "3D XPoint" for text, _ in found) and not any(text == "D XPoint" for text, _ in found)
