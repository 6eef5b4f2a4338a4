"""Hybrid retrieval: rank fusion, Korean morpheme terms, the persisted BM25 index, label lookup."""

from __future__ import annotations

from pathlib import Path

from ingest.extract import Extractor
from qa.question import analyze
from qa.retrieval.fusion import rrf
from qa.retrieval.hybrid import INDEX_VERSION
from qa.retrieval.labels import LabelIndex
from qa.retrieval.lexical import CachedIndex, TermIndex, fingerprint
from qa.retrieval.tokens import Tokenizer, entity_term
from qa.services import Services
from qa.templates import sentences_query
from qa.topics import ArticleTopics


def test_rrf_rewards_agreement_between_rankings() -> None:
    fused = rrf([["a", "b", "c"], ["c", "a", "d"]])
    assert [k for k, _ in fused][:2] == ["a", "c"]  # in both lists beats first in one
    assert dict(fused)["d"] < dict(fused)["b"]
    assert rrf([]) == []


def test_korean_terms_split_particles_so_bare_nouns_match(extractor: Extractor) -> None:
    tokenizer = Tokenizer(extractor)
    sentence, question = tokenizer.terms(["엔비디아와 협력하는 마이크로소프트는 데이터센터를 늘렸다.", "데이터센터"])
    assert {"엔비디아", "데이터", "센터"} <= set(sentence)  # compounds split the same way in both
    assert not any(t.endswith(("와", "를", "는")) for t in sentence)
    assert question == ["데이터", "센터"]


def test_english_terms_are_lemmas(extractor: Extractor) -> None:
    (terms,) = Tokenizer(extractor).terms(["The companies acquired two startups"])
    assert {"company", "acquire", "startup"} <= set(terms)


def test_bm25_finds_korean_bare_noun_query(extractor: Extractor) -> None:
    tokenizer = Tokenizer(extractor)
    docs = ["삼성전자는 HBM3E를 양산했다.", "인텔이 가우디3를 공개했다.", "SK하이닉스의 HBM3E가 엔비디아에 공급됐다."]
    index = TermIndex.build(["a", "b", "c"], tokenizer.terms(docs))
    hits = [key for key, _ in index.search(tokenizer.terms(["가우디3 공개"])[0], 3)]
    assert hits[0] == "b"


def test_sentence_index_is_persisted_and_rebuilt_after_ingest(fresh_services: Services, tmp_path: Path) -> None:
    svc = fresh_services
    article = tmp_path / "a.md"
    article.write_text("---\ntitle: T\nlang: en\n---\n\nNvidia partners with Microsoft on Azure.\n", encoding="utf-8")
    svc.ingestor.ingest_paths([article])
    first = svc.answerer.retriever.search("Nvidia Azure partnership", [])
    assert first and first[0].key.endswith("/s/0")
    stamp = fingerprint(svc.store)
    saved = svc.settings.data_dir / "bm25" / "sentences" / "keys.json"
    assert stamp in saved.read_text(encoding="utf-8")
    article.write_text(
        "---\ntitle: T\nlang: en\n---\n\nIntel unveiled Gaudi 3 in April.\n\nGaudi 3 ships to Dell.\n", encoding="utf-8"
    )
    svc.ingestor.ingest_paths([article])
    assert fingerprint(svc.store) != stamp
    keys = [c.key for c in svc.answerer.retriever.search("Gaudi 3 Dell", [])]
    assert keys[0].endswith("/s/1")
    # a new process over the same data dir loads the saved index instead of rebuilding it

    def must_not_build() -> tuple[list[str], list[list[str]]]:
        raise AssertionError("rebuilt although the saved index is current")

    loaded = CachedIndex(svc.store, saved.parent, must_not_build, INDEX_VERSION).get()
    assert len(loaded.keys) == 2
    built: list[int] = []  # … but one built by another version of the code is rebuilt

    def build() -> tuple[list[str], list[list[str]]]:
        built.append(1)
        return ["k"], [["term"]]

    assert CachedIndex(svc.store, saved.parent, build, "another-version").get().keys == ["k"] and built == [1]


def test_label_lookup_tolerates_typos(corpus_services: Services) -> None:
    labels = LabelIndex(corpus_services.store, corpus_services.extractor.catalog, None)
    assert labels.lookup("엔비디야")[0].iri.endswith("/nvidia")
    assert labels.lookup("Nvdia")[0].iri.endswith("/nvidia")
    assert labels.lookup("Qualcom")[0].iri.endswith("/qualcomm")
    assert labels.lookup("weather") == []
    assert "zt-systems" not in {h.iri.rsplit("/", 1)[1] for h in labels.lookup("systems")}  # a word of it, no typo
    assert labels.lookup("perplexity")[0].iri.endswith("/perplexity")  # the first word of `Perplexity AI`
    assert "lambda" in {h.iri.rsplit("/", 1)[1] for h in labels.lookup("Lambda")}  # Lambda Labs, suffix dropped


def test_a_new_name_asked_in_the_other_script_is_found_by_sound(corpus_services: Services) -> None:
    labels = LabelIndex(corpus_services.store, corpus_services.extractor.catalog, None)
    hit = labels.transliterated("그레이크로프트")  # the articles write only `Greycroft`
    assert hit is not None and hit.iri.endswith("/new-greycroft") and labels.entity_type(hit.iri) == "Company"
    question = analyze("그레이크로프트는 어디에 투자했어?", corpus_services.extractor, labels)
    assert [m.iri.rsplit("/", 1)[1] for m in question.entities] == ["new-greycroft"]
    assert labels.transliterated("엔비디아") is None  # catalog names are linked by name, not by sound


def test_a_new_person_asked_by_surname_in_the_other_script_is_found_by_sound(fresh_services: Services) -> None:
    from tests.stored import ingest_text

    body = "Gordon Feldkirch, the chief executive of Acme Robotics, said the robot would ship in May."
    ingest_text(fresh_services, "en-feldkirch", body, "en")
    labels = fresh_services.answerer.labels_index
    hit = labels.transliterated("펠드커치")  # the surname only, in Hangul
    assert hit is not None and labels.entity_type(hit.iri) == "Person" and hit.label == "Feldkirch"
    assert labels.transliterated("고든") is None  # a given name is no surname


def test_a_new_name_kiwi_cuts_in_two_is_heard_whole(fresh_services: Services) -> None:
    from tests.stored import ingest_text

    ingest_text(fresh_services, "en-paymo", "Paymo, a payments startup in Austin, raised $40 million in May.", "en")
    labels = fresh_services.answerer.labels_index
    question = analyze("페이모 투자 규모 얼마야?", fresh_services.extractor, labels)  # Kiwi: 페이 + 모 (a determiner)
    assert [m.text for m in question.entities] == ["페이모"]
    assert labels.labels_of(question.entities[0].iri) == ["Paymo"]  # ay is written 에이


def test_place_spans_in_both_languages(extractor: Extractor) -> None:
    tokenizer = Tokenizer(extractor)
    korean = tokenizer.places("젠슨 황 CEO는 미국 캘리포니아주 새너제이 SAP 센터에서 열린 행사에서 말했다.")
    assert korean[0] == "캘리포니아주 새너제이 SAP 센터"
    assert tokenizer.places("CG-3 will be built in Dallas, Texas, and is due in 2024.") == ["Dallas, Texas"]
    assert tokenizer.places("The AI boom continued.") == []


def test_list_items_are_found_through_the_entity_of_their_lead_in(fresh_services: Services) -> None:
    from ingest.readers import Article

    body = (
        "퓨리오사AI는 지난달 새 칩을 공개했다. 엔비디아와 겨룰 제품이다. 회사가 밝힌 사양은 다음과 같다.\n"
        "- 공정: 5나노\n- 메모리: 64GB\n- 연산 코어: 1,040개\n"
    )
    article = Article(id="ko-spec", body=body, title="t", lang="ko")
    result = fresh_services.ingestor.ingest_article(article, "test")
    assert result.status == "added", result.message
    iri = next(m.iri for m in fresh_services.extractor.extract(article).mentions if m.iri.endswith("/furiosaai"))
    index = fresh_services.answerer.retriever._sentences.get()  # what the search `about` the entity reads
    keys = [key for key, _ in index.search([entity_term(iri)], 20)]
    texts = {str(r["text"]) for r in fresh_services.store.select(sentences_query(keys))}
    assert "- 연산 코어: 1,040개" in texts  # the item names no entity; the sentences above it do


def test_a_short_name_and_a_suffixless_company_name_are_heard_across_scripts(corpus_services: Services) -> None:
    labels = LabelIndex(corpus_services.store, corpus_services.extractor.catalog, None)
    hit = labels.transliterated("주니퍼")  # too few consonants to compare fuzzily: spelled like `Juniper`
    assert hit is not None and hit.iri.endswith("/new-juniper-networks")
    assert labels.transliterated("주니어") is None  # junior: other consonants
    # a run of nouns that names nothing is tried word by word; a soft c is heard as ㅅ (포스 = force)
    question = analyze("주니퍼 주가 얼마나 올랐어? 에이전트포스 고객은?", corpus_services.extractor, labels)
    assert {"new-juniper-networks", "new-agentforce"} <= {m.iri.rsplit("/", 1)[1] for m in question.entities}
    question = analyze("구글 윌로우 칩은 앞으로 몇 큐비트까지 가?", corpus_services.extractor, labels)
    assert [m.iri.rsplit("/", 1)[1] for m in question.entities] == ["google", "new-willow"]  # two syllables: spelled
    assert not corpus_services.answerer.corpus_words.unknown_names(question.text, "ko", [])  # 큐비트 is a term


def test_stop_words_and_cue_words_are_not_names(corpus_services: Services) -> None:
    labels = corpus_services.answerer.labels_index
    question = analyze("How much did Samsung get locked in for good?", corpus_services.extractor, labels)
    assert "new-info" not in {m.iri.rsplit("/", 1)[1] for m in question.entities}  # `in for` is no InFO
    question = analyze("Who was the first customer Figure announced?", corpus_services.extractor, labels)
    assert question.kind == "person"  # the name `Figure` asks for no figure


def test_an_article_is_about_the_entities_it_keeps_naming(corpus_services: Services) -> None:
    topics = ArticleTopics(corpus_services.store)
    about = topics.of("https://trendkg.org/article/en36-hpe-to-acquire-juniper-networks/s/5")
    assert {"hpe", "new-juniper-networks"} <= {iri.rsplit("/", 1)[1] for iri in about}
    assert "nvidia" not in {iri.rsplit("/", 1)[1] for iri in about}  # named in passing
    assert topics.of("https://trendkg.org/article/no-such-article/s/1") == frozenset()


def test_the_other_languages_words_rank_that_languages_sentences_among_themselves(fresh_services: Services) -> None:
    from tests.stored import ingest_text

    english = " ".join(f"In 2024 Samsung shipped chips to customer number {n}." for n in range(1, 9))
    ingest_text(fresh_services, "en-ship", english, "en")
    ingest_text(
        fresh_services,
        "ko-grant",
        "삼성전자는 올해 새 공장을 지었다. 삼성전자가 받을 보조금은 47억 달러로 확정됐다. 직원 2천 명이 일한다.",
        "ko",
    )
    retriever = fresh_services.answerer.retriever
    question = "How much grant money did Samsung get in 2024?"
    samsung = "https://trendkg.org/id/samsung-electronics"
    across = retriever.across(retriever._sentences.get(), question, [samsung])
    texts = [str(r["text"]) for key in across for r in fresh_services.store.select(sentences_query([key]))]
    assert texts[0] == "삼성전자가 받을 보조금은 47억 달러로 확정됐다."  # says 보조금, the other words for `grant`
    assert all("Samsung" not in t for t in texts)  # the question's own language competes in the full query
    found = [c.key for c in retriever.search(question, [samsung], 5)]
    assert across[0] in found
