"""Korean relation phrasings beyond one verb per relation, on sentences written for these
tests: cue-word families (noun, verb and loanword forms: `론칭`, `MOU`, `능가`), an idiom whose
noun carries its own particle (`손을 잡다`), doing something jointly within a clause
(`와 … 공동 개발`), and a pair referred back to as `두 회사` / `양사`."""

from __future__ import annotations

import pytest

from ingest.document import Article
from ingest.extract import Extractor

SYMMETRIC = {"partnersWith", "competesWith"}


def triples(extractor: Extractor, text: str) -> set[tuple[str, str, str]]:
    """Every relation found, symmetric ones in both directions."""
    x = extractor.extract(Article(id="t", body=text, title="t", lang="ko"))
    found = {(r.subject.rsplit("/", 1)[1], r.predicate, r.object.rsplit("/", 1)[1]) for r in x.relations}
    return found | {(o, p, s) for s, p, o in found if p in SYMMETRIC}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # launching, in loanwords and Sino-Korean nouns
        ("업스테이지는 업스테이지 솔라를 론칭했다.", ("upstage", "announced", "upstage-solar")),
        ("앤트로픽은 클로드 3 하이쿠를 정식 런칭한다고 밝혔다.", ("anthropic", "announced", "claude-3-haiku")),
        ("카카오는 KoGPT를 상용화했다.", ("kakao", "announced", "kogpt")),
        # partnering: agreement nouns (also in Latin script) and an idiom with its own particle
        ("KT는 리벨리온과 업무협약을 맺었다.", ("kt", "partnersWith", "rebellions")),
        ("네이버는 삼성전자와 MOU를 체결했다.", ("naver", "partnersWith", "samsung-electronics")),
        ("LG AI연구원은 퓨리오사AI와 손을 잡았다.", ("lg-ai-research", "partnersWith", "furiosaai")),
        # doing something jointly, with the object between the partner and `공동`
        ("네이버는 삼성전자와 추론용 칩을 공동 개발한다.", ("naver", "partnersWith", "samsung-electronics")),
        # the pair referred back to, as subject or owner of partnering
        (
            "마이크로소프트는 오픈AI에 투자했고, 두 회사는 애저에서 쓰는 새 기술을 함께 만들기로 했다.",
            ("microsoft", "partnersWith", "openai"),
        ),
        ("KT는 리벨리온을 찾았다. 리벨리온과 KT의 양사는 협력을 넓힌다.", ("kt", "partnersWith", "rebellions")),
        # outdoing, challenging, aiming at a rival
        ("클로드 3 오퍼스는 GPT-4를 능가했다.", ("claude-3-opus", "competesWith", "gpt-4")),
        ("클로드 3 오퍼스는 여러 시험에서 GPT-4를 앞섰다.", ("claude-3-opus", "competesWith", "gpt-4")),
        ("인텔은 가우디3로 엔비디아에 도전한다.", ("intel", "competesWith", "nvidia")),
        # using something as a means
        ("카카오는 KoGPT를 이용해 상담 서비스를 만들었다.", ("kakao", "uses", "kogpt")),
        # built on what something is based on (`바탕`, `토대`), in a clause on the name it describes
        ("하이퍼클로바X를 바탕으로 만든 클로바X가 나왔다.", ("clova-x", "builtOn", "hyperclova-x")),
        # an adnominal clause on a predicate noun describes the topic (`… 결합한 서버다`)
        ("DGX H100은 H100 여덟 개와 그레이스 CPU를 결합한 서버다.", ("dgx-h100", "builtOn", "grace-cpu")),
        ("마이크로소프트 코파일럿은 GPT-4를 활용하는 서비스이다.", ("microsoft-copilot", "uses", "gpt-4")),
        # an equational sentence makes a product its owner's N
        ("라마 3는 메타의 최신 공개 모델이다.", ("meta", "develops", "llama-3")),
        ("그록의 대표 제품은 그록랙이다.", ("groq", "develops", "groqrack")),
        # a maker noun between a product and an organisation, or predicated of the subject
        ("챗GPT 개발사 오픈AI는 새 모델을 내놨다.", ("openai", "develops", "chatgpt")),
        ("클로드 개발사인 앤트로픽이 투자를 받았다.", ("anthropic", "develops", "claude")),
        ("앤트로픽은 클로드의 개발사다.", ("anthropic", "develops", "claude")),
        # verbs in series share the object named before the first
        ("메타는 라마 3를 개발해 공개했다.", ("meta", "announced", "llama-3")),
        # naming a product is making it
        ("SK하이닉스는 새 메모리에 'HBM4'라는 이름을 붙였다.", ("sk-hynix", "develops", "hbm4")),
        ("업스테이지는 새 모델을 업스테이지 솔라라는 브랜드로 내놨다.", ("upstage", "develops", "upstage-solar")),
        # a passive's agent marked `에 의해`; a version of a name stands for it; owner of a predicate noun
        ("라마 3는 메타에 의해 공개됐다.", ("meta", "announced", "llama-3")),
        ("업스테이지는 업스테이지 솔라의 새 버전을 공개했다.", ("upstage", "announced", "upstage-solar")),
        ("퓨리오사AI는 레니게이드의 양산을 시작했다.", ("furiosaai", "develops", "rngd")),
        # offered where it is added, launched or usable, whichever side of the venue it stands
        ("아마존 베드록에 클로드 3가 추가됐다.", ("claude-3", "offeredOn", "amazon-bedrock")),
        ("미스트랄AI는 미스트랄 라지를 애저에 출시했다.", ("mistral-large", "offeredOn", "microsoft-azure")),
        ("버텍스 AI에서 젬마를 쓸 수 있다.", ("gemma", "offeredOn", "vertex-ai")),
        # a product running on a chip is built on it; a platform adopting one uses it
        ("ND H100 v5는 H100을 쓰는 가상머신이다.", ("nd-h100-v5", "builtOn", "h100")),
        ("마이크로소프트 애저는 H200을 도입했다.", ("microsoft-azure", "uses", "h200")),
        # lists joined by `및`, and a list ending in a counted noun (`등 세 가지 모델을`)
        ("KT는 삼성전자 및 네이버와 협력한다.", ("kt", "partnersWith", "samsung-electronics")),
        ("엔비디아는 H100 및 H200을 공개했다.", ("nvidia", "announced", "h100")),
        ("구글은 젬마와 젬마 2 등 두 가지 모델을 공개했다.", ("google", "announced", "gemma")),
        # a gloss in brackets after a name leaves the name the subject; a person speaks for the maker
        ("리벨리온(대표 박성현)은 H100을 도입했다.", ("rebellions", "uses", "h100")),
        ("엔비디아 CEO 젠슨 황은 B200을 발표했다.", ("nvidia", "announced", "b200")),
        # measured against: `대비`, `에 비해`, `와 비교해`; going beyond
        ("가우디3는 H100 대비 학습 속도가 50% 빠르다.", ("gaudi3", "competesWith", "h100")),
        ("MI300X는 H100에 비해 메모리가 크다.", ("mi300x", "competesWith", "h100")),
        ("클로드 3는 GPT-4와 비교해 긴 문서를 잘 다룬다.", ("claude-3", "competesWith", "gpt-4")),
        ("클로드 3 오퍼스는 GPT-4를 뛰어넘었다.", ("claude-3-opus", "competesWith", "gpt-4")),
        # a contest owned by two coordinated names (`A와 B의 … 다툼`)
        ("삼성전자와 SK하이닉스의 HBM 주도권 다툼이 거세다.", ("samsung-electronics", "competesWith", "sk-hynix")),
        # building something unnamed on a base: the builder uses it; a named head is built on it
        ("KT클라우드는 리벨리온 아톰 기반 NPU 인프라를 선보였다.", ("kt-cloud", "uses", "atom")),
        ("네이버클라우드는 가우디2 기반의 AI 서버를 구축했다.", ("naver-cloud", "uses", "gaudi2")),
        ("구글은 제미나이 기반의 바드를 공개했다.", ("bard", "builtOn", "gemini")),
        # offered where a platform provides it, also when the thing comes first
        (
            "앤트로픽은 클로드 3를 아마존 베드록과 버텍스 AI에 제공한다.",
            ("claude-3", "offeredOn", "vertex-ai"),
        ),
        ("구글 클라우드 고객은 버텍스 AI에서 클로드 3를 쓸 수 있다.", ("claude-3", "offeredOn", "vertex-ai")),
        # squaring off
        ("MI300X는 H100과 정면으로 맞붙는다.", ("mi300x", "competesWith", "h100")),
        # a foundry's process, with words between (`의 테일러 공장에서`, `의 2세대`), for the sentence's subject
        ("그록은 새 칩을 삼성 파운드리의 테일러 공장에서 4나노 공정으로 생산하겠다고 밝혔다.",
         ("samsung-foundry", "supplies", "groq")),
        ("리벨리온은 다음 칩을 TSMC의 2세대 3나노 공정을 활용해 만든다.", ("tsmc", "supplies", "rebellions")),
        # becoming a subsidiary; leading a round with 이끈
        ("인수가 끝나면 리벨리온은 삼성전자의 완전 자회사가 된다.", ("samsung-electronics", "acquired", "rebellions")),
        ("퓨리오사AI는 2023년 네이버가 이끈 800억 원 규모 투자를 받았다.", ("naver", "investsIn", "furiosaai")),
    ],
)
def test_korean_phrasings(extractor: Extractor, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(extractor, text)


def test_the_adverb_apseo_is_no_rivalry(extractor: Extractor) -> None:
    """`앞서` as an adverb (`earlier`) compares nothing."""
    found = triples(extractor, "구글은 앞서 제미나이를 공개했다. AMD는 앞서 MI300X를 내놨다.")
    assert not any(p == "competesWith" for _, p, _ in found)


def test_jointly_only_within_its_clause(extractor: Extractor) -> None:
    """A partner named in an earlier clause is not the partner of a later `함께`."""
    found = triples(extractor, "네이버는 삼성전자와 계약을 끝냈고, 이후 자체 칩을 KT클라우드에서 함께 시험했다.")
    assert ("naver", "partnersWith", "kt-cloud") not in found


def test_a_pair_needs_a_partnering_predicate(extractor: Extractor) -> None:
    found = triples(extractor, "엔비디아와 AMD는 GPU를 만든다. 두 회사는 매출이 늘었다.")
    assert ("nvidia", "partnersWith", "amd") not in found


def test_a_copula_in_a_later_clause_makes_nothing_of_the_first_topic(extractor: Extractor) -> None:
    found = triples(extractor, "라마 3는 공개 모델이고, 애저는 마이크로소프트의 클라우드다.")
    assert ("microsoft", "develops", "llama-3") not in found


def test_an_owner_of_a_predicate_noun_is_no_object_when_companies_can_be(extractor: Extractor) -> None:
    """`엔비디아의 인수` says nothing about who was bought."""
    found = triples(extractor, "소프트뱅크는 엔비디아의 인수를 막았다.")
    assert ("softbank", "acquired", "nvidia") not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a demonstrative and a class noun stand for the product named before
        ("퓨리오사AI는 레니게이드를 공개했다. 이 칩은 HBM3를 탑재했다.", ("rngd", "uses", "hbm3")),
        (
            "앤트로픽은 클로드 3를 내놨다. 해당 모델은 아마존 베드록에서 제공된다.",
            ("claude-3", "offeredOn", "amazon-bedrock"),
        ),
        (
            "마이크로소프트가 코파일럿+ PC를 발표했다. 이 PC는 스냅드래곤 X 엘리트를 탑재했다.",
            ("copilot-plus-pc", "builtOn", "snapdragon-x-elite"),
        ),
        # within one sentence, the product named earlier in it
        ("마이크론은 HBM3E 양산을 시작했고, 이 제품이 H200에 들어간다.", ("h200", "uses", "hbm3e")),
    ],
)
def test_pointing_phrases(extractor: Extractor, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(extractor, text)


def test_a_pointing_phrase_takes_only_a_product_of_its_kind(extractor: Extractor) -> None:
    """`이 칩` does not stand for a model named before."""
    found = triples(extractor, "메타는 라마 3를 공개했다. 이 칩은 HBM3를 탑재했다.")
    assert ("llama-3", "uses", "hbm3") not in found


def test_a_name_said_of_something_else_names_no_product(extractor: Extractor) -> None:
    """`X라는 경쟁자` (a rival called X) names no product of the subject's."""
    found = triples(extractor, "구글은 GPT-4라는 경쟁자를 의식했다.")
    assert ("google", "develops", "gpt-4") not in found


def test_a_dropped_subject_is_the_product_the_sentence_before_was_about(extractor: Extractor) -> None:
    found = triples(extractor, "MI300X는 지난해 12월 공개됐다. 192GB의 HBM3를 갖췄다.")
    assert ("mi300x", "uses", "hbm3") in found


def test_a_later_organisation_topic_replaces_the_product_topic(extractor: Extractor) -> None:
    """After `메타는 …`, a dropped subject is Meta again, not the product of two sentences before."""
    found = triples(extractor, "라마 3는 4월 공개됐다. 메타는 데이터센터를 늘렸다. H100을 대량으로 사용했다.")
    assert ("meta", "uses", "h100") in found
    assert ("llama-3", "uses", "h100") not in found


def test_a_person_is_no_maker(extractor: Extractor) -> None:
    """`develops`/`announced` need an organisation (gold convention 7), also a glossed CEO."""
    found = triples(extractor, "리벨리온(대표 박성현)은 아톰을 공개했다. 젠슨 황은 B200을 발표했다.")
    assert not any(s in ("park-sunghyun", "jensen-huang") for s, _, _ in found)
    assert ("rebellions", "announced", "atom") in found


def test_an_approximate_amount_is_no_counted_noun(extractor: Extractor) -> None:
    """`모자이크ML 약 13억 달러에 인수`: `약` (about) does not carry the amount's particle to the name."""
    found = triples(extractor, "- 2023년 6월: 데이터브릭스, 모자이크ML 약 13억 달러에 인수 발표")
    assert ("databricks", "acquired", "mosaicml") in found


def test_a_comparison_marker_far_from_the_name_compares_nothing(extractor: Extractor) -> None:
    """`대비` after a common noun (`전년 대비`) measures no named rival."""
    found = triples(extractor, "엔비디아는 H100을 팔았다. 가우디3는 전년 대비 매출이 늘었다.")
    assert ("gaudi3", "competesWith", "h100") not in found


def test_a_maker_noun_after_a_particle_names_no_maker(extractor: Extractor) -> None:
    """`챗GPT를 개발사 …`: the name belongs to another phrase."""
    found = triples(extractor, "마이크로소프트는 챗GPT를 개발사 오픈AI와 함께 팔았다.")
    assert ("microsoft", "develops", "chatgpt") not in found


def test_a_name_before_gibang_is_not_what_is_announced(extractor: Extractor) -> None:
    """`아톰 기반 NPU 인프라를 선보였다`: the infrastructure is shown, the chip is its base."""
    found = triples(extractor, "KT클라우드는 리벨리온 아톰 기반 NPU 인프라를 선보였다.")
    assert ("kt-cloud", "announced", "atom") not in found


def test_a_process_after_a_subject_or_a_partner_makes_no_foundry(extractor: Extractor) -> None:
    found = triples(extractor, "삼성전자는 2022년 6월 3나노 공정으로 양산을 시작했고, TSMC와 경쟁한다.")
    assert ("samsung-electronics", "supplies", "tsmc") not in found
    assert ("ibm", "supplies", "rebellions") not in triples(extractor, "리벨리온은 IBM과 손잡고 2나노 칩을 양산한다.")
