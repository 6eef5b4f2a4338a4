"""Each rule family on small sentences written for the test, in both languages, plus the
gold-set evaluation as a regression guard."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.document import Article
from ingest.evaluate import evaluate
from ingest.extract import Extractor
from ingest.extraction import Extraction, Mention
from ingest.gold import load_gold_set
from ingest.relation_checks import RelationChecks
from ingest.values import find_values

ROOT = Path(__file__).resolve().parent.parent


def run(extractor: Extractor, text: str, lang: str) -> Extraction:
    return extractor.extract(Article(id="t", body=text, title="t", lang=lang))


def slugs(x: Extraction) -> set[tuple[str, str, str]]:
    return {(r.subject.rsplit("/", 1)[1], r.predicate, r.object.rsplit("/", 1)[1]) for r in x.relations}


# -- names -----------------------------------------------------------------------------
def test_korean_particles_stay_outside_catalog_names(extractor: Extractor) -> None:
    x = run(extractor, "엔비디아는 마이크로소프트와 협력했다.", "ko")
    assert [(m.text, m.type) for m in x.mentions] == [("엔비디아", "Company"), ("마이크로소프트", "Company")]


def test_unknown_korean_name_with_latin_alias_gets_one_iri(extractor: Extractor) -> None:
    ko = run(extractor, "국내 스타트업 가나다라칩스(Ganadara Chips)는 새 추론 칩을 공개했다.", "ko")
    en = run(extractor, "Ganadara Chips unveiled a new inference chip.", "en")
    ko_iris = {m.iri for m in ko.mentions if m.is_new}
    assert len(ko_iris) == 1 and ko_iris == {m.iri for m in en.mentions if m.is_new}


def test_unknown_latin_name_in_korean_is_discovered(extractor: Extractor) -> None:
    x = run(extractor, "이번에 공개된 Zorblax 칩은 추론 전용이다.", "ko")
    assert ("Zorblax", "Chip") in {(m.text, m.type) for m in x.mentions}


def test_english_surname_links_to_the_full_name(extractor: Extractor) -> None:
    x = run(extractor, "Jensen Huang spoke first. Later, Huang said the chips were sold out.", "en")
    iris = [m.iri for m in x.mentions if m.type == "Person"]
    assert len(iris) == 2 and len(set(iris)) == 1


def test_a_class_word_before_a_name_types_it(extractor: Extractor) -> None:
    x = run(extractor, "xAI released its first chatbot, Grok, in November 2023.", "en")
    assert [(m.text, m.type) for m in x.mentions] == [("xAI", "Company"), ("Grok", "Product")]


def test_versions_and_editions_are_new_products(extractor: Extractor) -> None:
    ko = run(extractor, "LG AI연구원은 엑사원 3.0을 공개했다.", "ko")
    assert [(m.text, m.type, m.is_new) for m in ko.mentions][1:] == [("엑사원 3.0", "Product", True)]
    en = run(extractor, "Qualcomm's Snapdragon X Plus beat the iPhone 15 Pro; Nvidia H100 did not change.", "en")
    assert [m.text for m in en.mentions if m.is_new] == ["Snapdragon X Plus", "iPhone 15 Pro"]
    assert any(m.text == "H100" and not m.is_new for m in en.mentions)


def test_an_edition_gets_one_iri_in_both_languages(extractor: Extractor) -> None:
    ko = run(extractor, "LG는 엑사원(EXAONE) 3.0을 내놨고 엑사원 3.0은 곧 쓰인다.", "ko")
    en = run(extractor, "LG released EXAONE 3.0, and Cohere shipped Command R+ after Command R.", "en")
    editions = {m.iri for m in ko.mentions if m.is_new}
    assert editions == {m.iri for m in en.mentions if m.text == "EXAONE 3.0"} and len(editions) == 1
    assert [m.text for m in ko.mentions if m.is_new][0] == "엑사원(EXAONE) 3.0"  # the alias is part of it
    commands = {m.iri for m in en.mentions if m.text.startswith("Command")}
    assert len(commands) == 2  # `+` is spelled out, not dropped


def test_korean_places_are_not_organisations(extractor: Extractor) -> None:
    x = run(extractor, "젠슨 황은 미국 캘리포니아주 새너제이 SAP 센터에서 열린 행사에서 B200을 발표했다.", "ko")
    assert "새너제이" not in [m.text for m in x.mentions]
    assert [m.text for m in run(extractor, "모빌린트는 새 칩을 공개했다.", "ko").mentions] == ["모빌린트"]


def test_generic_terms_and_events_are_not_names(extractor: Extractor) -> None:
    x = run(extractor, "At GTC the GPU and TCP numbers were shown by the Data Center team.", "en")
    assert {m.text for m in x.mentions if m.is_new} == set()


# -- relations --------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("ko", "엔비디아는 마이크로소프트와 협력해 슈퍼컴퓨터를 만든다.", ("nvidia", "partnersWith", "microsoft")),
        ("ko", "데이터브릭스는 모자이크ML(MosaicML)을 인수했다.", ("databricks", "acquired", "mosaicml")),
        ("ko", "마이크로소프트는 오픈AI에 투자했다.", ("microsoft", "investsIn", "openai")),
        ("ko", "SK하이닉스는 엔비디아에 HBM3를 공급한다.", ("sk-hynix", "supplies", "nvidia")),
        ("ko", "라마 2는 마이크로소프트 애저에서 제공된다.", ("llama-2", "offeredOn", "microsoft-azure")),
        ("ko", "엔비디아는 H100을 기반으로 DGX H100을 만들었다.", ("dgx-h100", "builtOn", "h100")),
        (
            "ko",
            "삼성전자는 자체 생성형 AI 모델 삼성 가우스를 공개했다.",
            ("samsung-electronics", "develops", "samsung-gauss"),
        ),
        ("en", "Amazon will invest up to $4 billion in Anthropic.", ("amazon", "investsIn", "anthropic")),
        ("en", "Anthropic uses Trainium and Inferentia.", ("anthropic", "uses", "inferentia")),
        ("en", "Llama 2 is available on Microsoft Azure.", ("llama-2", "offeredOn", "microsoft-azure")),
        ("en", "Condor Galaxy 1 is built on the Cerebras CS-2.", ("condor-galaxy-1", "builtOn", "cs-2")),
        ("en", "Microsoft and Meta partnered on Llama 2.", ("microsoft", "partnersWith", "meta")),
        ("en", "Rebellions developed an inference chip called ATOM.", ("rebellions", "develops", "atom")),
        ("en", "SK hynix supplies HBM3 to Nvidia.", ("sk-hynix", "supplies", "nvidia")),
        ("en", "Intel put $2 billion into Mobileye last year.", ("intel", "investsIn", "new-mobileye")),
        ("en", "Qualcomm's shareholders include Apple and Samsung.", ("samsung-electronics", "investsIn", "qualcomm")),
        ("en", "Apple and Google were Anthropic's main shareholders.", ("google", "investsIn", "anthropic")),
        ("en", "Nvidia is a strategic investor in Mistral AI.", ("nvidia", "investsIn", "mistral-ai")),
        (
            "en",
            "Groq raised $640 million from investors including Samsung.",
            ("samsung-electronics", "investsIn", "groq"),
        ),
        ("en", "The new servers use Nvidia H200 chips.", ("nvidia", "develops", "h200")),
        ("ko", "이 서버에는 엔비디아 H200이 들어간다.", ("nvidia", "develops", "h200")),
        ("ko", "엔비디아는 블랙웰 기반 B200 GPU를 내놨다.", ("b200", "builtOn", "blackwell")),
        ("ko", "올해 HBM3E를 단 B200이 나온다.", ("b200", "uses", "hbm3e")),
        ("ko", "HBM3가 엔비디아 H100에 탑재됐다.", ("h100", "uses", "hbm3")),
        ("ko", "DGX H100은 H100 GPU 8개로 구성된다.", ("dgx-h100", "builtOn", "h100")),
        ("ko", "리벨리온 아톰은 삼성전자 5나노 공정으로 생산된다.", ("samsung-electronics", "supplies", "rebellions")),
        ("ko", "오픈AI의 최신 언어모델 GPT-4가 나왔다.", ("openai", "develops", "gpt-4")),
        ("en", "The Gaudi 3 accelerator is manufactured by TSMC.", ("tsmc", "supplies", "intel")),
        ("en", "Google has its TPU v5p and its Axion CPUs.", ("google", "develops", "tpu-v5p")),
        ("en", "- MI325X: a GPU based on the CDNA 3 design with 256 GB of HBM3E.", ("mi325x", "uses", "hbm3e")),
        ("en", "Each DGX H100 is built on eight H100 GPUs.", ("dgx-h100", "builtOn", "h100")),
        ("en", "Databricks trained DBRX on 3,072 Nvidia H100 GPUs.", ("databricks", "uses", "h100")),
        ("en", "Databricks trained DBRX on 3,072 Nvidia H100 GPUs.", ("dbrx", "uses", "h100")),
        ("en", "Gemini, trained on TPUs, shipped in December.", ("gemini", "uses", "google-tpu")),
        ("en", "Server makers including Dell and Lenovo showed MI300X systems.", ("lenovo", "uses", "mi300x")),
        ("en", "It runs Gemma, the open model from Google.", ("google", "develops", "gemma")),
        ("en", "Anthropic, the AI company behind the Claude models, grew.", ("anthropic", "develops", "claude")),
        ("en", "ATOM is made by Samsung Foundry.", ("samsung-foundry", "supplies", "rebellions")),
        ("en", "Dell, Lenovo and Oracle all said they would use the Gaudi 3.", ("lenovo", "uses", "gaudi3")),
        ("en", "OpenAI improved the GPT-4 model behind ChatGPT.", ("chatgpt", "uses", "gpt-4")),
        ("en", "SK hynix became the main supplier of HBM3 for Nvidia's H100.", ("sk-hynix", "supplies", "nvidia")),
        ("en", "G42 is the most visible customer for Cerebras hardware.", ("cerebras", "supplies", "g42")),
        ("en", "Microsoft became OpenAI's exclusive cloud provider.", ("microsoft", "supplies", "openai")),
        ("en", "Google said TPU v4 was 1.7 times faster than the A100.", ("tpu-v4", "competesWith", "a100")),
        ("en", "Databricks said DBRX outperformed Llama 2 70B and Mixtral.", ("dbrx", "competesWith", "mixtral-8x7b")),
        ("ko", "텐서RT-LLM을 적용한 H100이 MI300X보다 빠르다.", ("h100", "competesWith", "mi300x")),
        ("en", "Google's Gemma models, released in February, are small.", ("google", "announced", "gemma")),
        ("ko", "- 2024년 3월: 데이터브릭스, DBRX 공개", ("databricks", "announced", "dbrx")),
        ("ko", "삼성전자는 삼성 가우스를 넣은 갤럭시 AI를 공개했다.", ("galaxy-ai", "uses", "samsung-gauss")),
        ("ko", "델, 레노버, 슈퍼마이크로가 가우디3를 도입했다.", ("lenovo", "uses", "gaudi3")),
        ("ko", "마이크로소프트는 오픈AI의 독점 클라우드 공급자가 됐다.", ("microsoft", "supplies", "openai")),
        ("ko", "G42는 세레브라스의 최대 고객이다.", ("cerebras", "supplies", "g42")),
        ("ko", "애플, 엔비디아, 구글 등이 전략적 투자자로 Arm 주식을 사들였다.", ("nvidia", "investsIn", "arm")),
        ("ko", "소프트뱅크는 Arm의 지분 약 90%를 보유하고 있다.", ("softbank", "investsIn", "arm")),
        ("ko", "라마 2는 애저의 AI 모델 카탈로그에서 제공된다.", ("llama-2", "offeredOn", "microsoft-azure")),
        ("ko", "MI300A는 엘 캐피탄(El Capitan)에 들어간다.", ("el-capitan", "builtOn", "mi300a")),
        ("ko", "코발트 100은 Arm의 네오버스 CSS를 바탕으로 만들었다.", ("cobalt-100", "builtOn", "arm-neoverse")),
        ("ko", "리벨리온은 리벨을 삼성전자와 함께 개발한다.", ("rebellions", "partnersWith", "samsung-electronics")),
        ("ko", "오픈AI의 개발자 행사에서 GPT-4 터보가 나왔다.", ("openai", "announced", "gpt-4-turbo")),
    ],
)
def test_relation_rules(extractor: Extractor, lang: str, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in slugs(run(extractor, text, lang))


def test_the_company_means_the_article_topic(extractor: Extractor) -> None:
    x = run(extractor, "Rebellions was founded in 2020. The company's first chip, ION, targeted trading.", "en")
    assert ("rebellions", "develops", "rebellions-ion") in slugs(x)


def test_availability_bullets_follow_the_launched_product(extractor: Extractor) -> None:
    text = "Google released Gemma in February. Its main traits:\n\n- Distribution: availability on Vertex AI."
    assert ("gemma", "offeredOn", "vertex-ai") in slugs(run(extractor, text, "en"))


def test_pronoun_subject_takes_the_previous_company(extractor: Extractor) -> None:
    x = run(extractor, "Mistral AI is based in Paris. In September 2023 it released Mistral 7B.", "en")
    assert ("mistral-ai", "announced", "mistral-7b") in slugs(x)


def test_a_carried_topic_does_not_claim_another_makers_product(extractor: Extractor) -> None:
    x = run(extractor, "마이크로소프트는 애저를 키웠다. 전환점은 2022년 공개된 챗GPT였다.", "ko")
    assert not any(p == "announced" and o == "chatgpt" for _, p, o in slugs(x))


def test_no_rivals_from_a_description_or_generations(extractor: Extractor) -> None:
    x = run(extractor, "Micron, the American competitor, said its HBM3E would ship in Nvidia's H200.", "en")
    assert not any(p == "competesWith" for _, p, _ in slugs(x))
    y = run(extractor, "Google said TPU v5p is 2.8 times faster than TPU v4.", "en")
    assert not any(p == "competesWith" for _, p, _ in slugs(y))


def test_hedged_relation_gets_a_status(extractor: Extractor) -> None:
    x = run(extractor, "네이버는 삼성전자와 AI 반도체 협력을 추진한다.", "ko")
    assert {(r.predicate, r.status) for r in x.relations} == {("partnersWith", "planned")}


# -- claims -----------------------------------------------------------------------------
def test_values_in_both_languages() -> None:
    raws = [v.raw for v in find_values("매출은 5억 5,800만 달러에서 2.5배, 20.9% 늘어 1만 개를 넘었다")]
    assert raws == ["5억 5,800만 달러", "2.5배", "20.9%", "1만 개"]
    values = find_values("It carries 192 GB of HBM3, twice the $53.4 billion of 2023, at 5.3 terabytes per second.")
    assert [(v.unit, v.raw) for v in values][:3] == [("GB", "192 GB"), ("multiple", "twice"), ("USD", "$53.4 billion")]
    assert find_values("In 2023 the company was founded.") == []
    thousands = find_values("a 100k GPU cluster, a $200k grant and H100k")  # `H100k` is a name, not a figure
    assert [(v.amount, v.unit) for v in thousands] == [(100_000.0, "count"), (200_000.0, "USD")]
    units = [(v.raw, v.unit) for v in find_values("SRAM 230MB, 120 kW per rack, 9.8 Gbps per pin, 3.8 GHz")]
    assert units == [("230MB", "MB"), ("120 kW", "kW"), ("9.8 Gbps", "Gbps"), ("3.8 GHz", "GHz")]
    assert [v.unit for v in find_values("랙 하나가 120킬로와트를 쓴다")] == ["kW"]
    nodes = find_values("X1은 4나노 공정, X2는 3나노미터, X3 uses a 5-nanometer process and X4 a 1.4nm node")
    assert [(v.amount, v.unit) for v in nodes] == [(4, "nm"), (3, "nm"), (5, "nm"), (1.4, "nm")]
    assert find_values("나노 기술이 중요하다") == []
    energy = find_values("A query takes 2.9 Wh, a search 0.3 watt-hours; 하루 1,000킬로와트시, 최대 30킬로와트")
    assert [(v.amount, v.unit) for v in energy] == [(2.9, "Wh"), (0.3, "Wh"), (1000.0, "kWh"), (30.0, "kW")]
    lettered = find_values("Groq raised $640M, Acme £1.5B and Zeta €2bn; Mistral 7B is a model.")
    assert [(v.amount, v.unit) for v in lettered] == [(640e6, "USD"), (1.5e9, "GBP"), (2e9, "EUR")]
    counted_scales = find_values("약 12억3천만 달러를 모았고, 직원 2천 명에 월 5백만 원씩 썼다")
    assert [(v.amount, v.unit) for v in counted_scales] == [(1.23e9, "USD"), (2000.0, "count"), (5e6, "KRW")]
    npus = find_values("NPU는 48TOPS이고, 경쟁 칩은 초당 45조 회 연산을 한다.")  # `TOPS` glued to a particle; in words
    assert [(v.amount, v.unit) for v in npus] == [(48.0, "TOPS"), (45.0, "TOPS")]
    scores = find_values("X 모델은 벤치마크에서 71.2점을 받아 시장 점유율 5%를 넘겼고, Y scored 88 points.")
    assert [(v.amount, v.unit) for v in scores] == [(71.2, "points"), (5.0, "percent"), (88.0, "points")]
    assert find_values("이 시점의 장점은 3개다") == [find_values("3개")[0]]  # `점` inside words is no score


def test_claim_attribution_and_citation(extractor: Extractor) -> None:
    text = "가트너에 따르면 AI 칩 매출은 2027년까지 1,194억 달러에 이를 것이다.1\n\n1. 가트너, “AI 칩 전망,” 2023년 8월"
    (claim,) = run(extractor, text, "ko").claims
    assert claim.attributed_to and claim.attributed_to.endswith("/gartner")
    assert claim.citation == 1 and claim.target_date == "2027"
    en = run(
        extractor,
        "Lisa Su said the market would reach $400 billion by 2027. She raised it again later to $500 billion.",
        "en",
    )
    assert [c.attributed_name for c in en.claims] == ["Lisa Su", "Lisa Su"]


def test_attribution_phrases(extractor: Extractor) -> None:
    ko_text = "가트너의 2023년 보고서에 따르면 시장은 20% 컸다. 엔비디아 관계자는 매출이 20% 늘 것이라고 말했다."
    ko = run(extractor, ko_text, "ko")
    assert [c.attributed_name for c in ko.claims] == ["가트너", "엔비디아"]
    text = "Gartner data show the market grew 20% in 2023. Neither company confirmed the $5 billion figure."
    en = run(extractor, text, "en")
    assert [c.attributed_name for c in en.claims] == ["Gartner", None]


def test_unknown_outlets_reporting_a_figure_are_speakers(extractor: Extractor) -> None:
    en = run(extractor, "Wired reported that training cost roughly $10 million.", "en")
    assert [(c.attributed_name, c.attributed_to.rsplit("/", 1)[1]) for c in en.claims if c.attributed_to] == [
        ("Wired", "new-wired")
    ]
    ko = run(extractor, "블룸버그는 투자 규모가 100억 달러에 이른다고 보도했다.", "ko")
    assert [c.attributed_name for c in ko.claims] == ["블룸버그"]
    assert any(m.text == "블룸버그" and m.type == "Company" for m in ko.mentions)
    from ingest.speakers import speaker_mentions

    doc = extractor.pipeline("en").nlp("Quillway, the driverless-car company run by Acme, said on May 2 it grew.")
    found = speaker_mentions(doc, [], 0, 0)  # the apposition's compound words are not its name
    assert [m.text for _, m in found if m.text.startswith("Quillway")] == ["Quillway"]


def test_list_items_speak_for_the_lead_in(extractor: Extractor) -> None:
    en = run(extractor, "The key numbers, as AMD presented them:\n\n- Memory: 192 GB of HBM3.\n- Power: 750 W.", "en")
    assert [c.attributed_name for c in en.claims] == ["AMD", "AMD"]
    ko = run(extractor, "엔비디아가 밝힌 주요 사양은 다음과 같다.\n\n- 메모리: 192GB\n- 대역폭: 초당 8TB", "ko")
    assert [c.attributed_name for c in ko.claims] == ["엔비디아", "엔비디아"]
    nobody = run(extractor, "엔비디아는 새 칩을 내놓았다. 공개된 사양은 다음과 같다.\n\n- 메모리: 192GB", "ko")
    assert [c.attributed_to for c in nobody.claims] == [None]
    after = run(extractor, "As AMD presented them:\n\n- Memory: 192 GB.\n\nThe market grew 20% in 2023.", "en")
    assert [c.attributed_name for c in after.claims] == ["AMD", None]
    deals = run(extractor, "The deals, as AMD presented them:\n\n- Nvidia: a deal worth $2 billion.", "en")
    assert [c.attributed_name for c in deals.claims] == ["AMD"]  # the item's subject, not its source
    own = run(extractor, "The forecasts differ:\n\n- Gartner: $53.4 billion in 2023.", "en")
    assert [c.attributed_name for c in own.claims] == ["Gartner"]


# -- the gold set -----------------------------------------------------------------------
def test_dev_split_scores_hold(extractor: Extractor) -> None:
    """Regression guard on the dev split: every issue-3 target minus a small margin (dev now
    meets them all; the held-back splits do not yet for relations)."""
    gold = load_gold_set(ROOT / "tests" / "gold", ROOT / "corpus", extractor.catalog, "dev")
    assert len(gold) >= 10
    result = evaluate(gold, extractor)
    for lang, data in result["languages"].items():
        assert data["typed_mentions"]["f1"] >= 0.88, lang
        assert data["linked_iri_accuracy"] >= 0.93, lang
        assert data["claims"]["f1"] >= 0.80, lang
        assert data["claim_citation_accuracy"] >= 0.88, lang
        assert data["claim_attribution_accuracy"] >= 0.88, lang
        assert data["relations"]["f1"] >= 0.67, lang
    cross = result["cross_lingual_one_iri"]
    assert cross["consistent"] >= cross["entities"] - 1


def test_english_lines_in_a_korean_article_use_the_english_pipeline(extractor: Extractor) -> None:
    text = (
        "엔비디아는 마이크로소프트와 협력했다.\n"
        '"Nvidia partnered with Microsoft to build a supercomputer on Azure," the company said.\n'
        "두 회사는 애저에 슈퍼컴퓨터를 구축한다."
    )
    x = run(extractor, text, "ko")
    assert [s.doc.lang_ for s in x.sentences] == ["ko", "en", "ko"]
    assert [s.index for s in x.sentences] == [0, 1, 2]
    assert {(r.predicate, r.sentence) for r in x.relations} >= {("partnersWith", 0), ("partnersWith", 1)}
    for m in x.mentions:
        assert text[m.start : m.end] == m.text


def test_rivalry_between_named_groups(extractor: Extractor) -> None:
    x = run(extractor, "SK하이닉스, 삼성전자, 마이크론의 HBM3E 공급 경쟁이 뜨거워진다.", "ko")
    pairs = {frozenset((r.subject, r.object)) for r in x.relations if r.predicate == "competesWith"}
    assert len(pairs) == 3
    quiet = run(extractor, "SK하이닉스와 삼성전자는 HBM3E를 만든다.", "ko")
    assert not [r for r in quiet.relations if r.predicate == "competesWith"]


def test_partnership_noun_between_two_organisations(extractor: Extractor) -> None:
    x = run(extractor, "The arrangement mirrors the partnership between Microsoft and OpenAI.", "en")
    assert ("microsoft", "partnersWith", "openai") in slugs(x)
    three = run(extractor, "The partnership between Microsoft, OpenAI and Nvidia is new.", "en")
    assert not [r for r in three.relations if r.predicate == "partnersWith"]


def test_nothing_relates_to_itself(extractor: Extractor) -> None:
    acme = Mention("Acme", 0, 4, "Company", "https://trendkg.org/id/new-acme", 0, "Acme")
    checks = RelationChecks(extractor.catalog)
    assert checks.review((acme, "investsIn", acme, "asserted"), [], "Acme raised $5 million.") is None


def test_npu_ratings_are_figures_and_a_bare_company_head_names_the_catalog_company(extractor: Extractor) -> None:
    from ingest.values import find_values

    assert [(v.raw, v.unit) for v in find_values("an NPU rated at 45 TOPS, a 48-TOPS part")] == [
        ("45 TOPS", "TOPS"),
        ("48-TOPS", "TOPS"),
    ]
    assert find_values("Its revenue tops the list.") == []
    x = extractor.extract(Article(id="t", body="Lambda raised $320 million in February.", title="t", lang="en"))
    assert [(m.text, m.iri.rsplit("/", 1)[1]) for m in x.mentions] == [("Lambda", "lambda")]  # Lambda Labs


def test_a_company_named_without_its_manufacturing_suffix_is_the_same_company(extractor: Extractor) -> None:
    body = "Acme Robotics signed a deal with Tata Manufacturing last year. Tata is the first customer."
    x = extractor.extract(Article(id="t", body=body, title="t", lang="en"))
    iris = {m.text: m.iri.rsplit("/", 1)[-1] for m in x.mentions}
    assert iris.get("Tata") == iris["Tata Manufacturing"] == "new-tata-manufacturing", iris
