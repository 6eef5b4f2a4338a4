"""How a question reads names the articles introduced: the short form an article goes on to
use (`Figure` for Figure AI), multi-word names no catalog holds (`벨로라 에어`), and a plain
lower-case word that is also a name (`the total value`, beside `Velmora Power`)."""

from __future__ import annotations

from kg.namespaces import entity_iri
from qa.question import analyze
from qa.services import Services
from tests.stored import ingest_text

EN = (
    "Figure AI, a three-year-old developer of warehouse robots, raised $90 million. "
    "Figure said the money would pay for more robots. Its first customer is a parcel firm."
)
KO = "벨로라는 새 태블릿 ‘벨로라 에어(Velora Air)’를 내놨다. 벨로라 에어는 얇다."


def test_a_short_form_an_article_uses_is_a_label_of_the_new_entity(fresh_services: Services) -> None:
    ingest_text(fresh_services, "en-figure", EN, "en")
    labels = fresh_services.answerer.labels_index
    assert set(labels.labels_of(entity_iri("new-figure-ai"))) == {"Figure AI", "Figure"}
    question = analyze("who is figure's first customer?", fresh_services.extractor, labels)
    assert question.kind != "figure", question  # the name, spelled as the article writes it, is no cue word
    figures = analyze("how many robots did figures from Figure's customers show?", fresh_services.extractor, labels)
    assert [m.text for m in figures.entities] == ["Figure"], figures.entities  # `figures` is a plain word


def test_a_multi_word_new_name_written_out_in_a_question_is_one_entity(fresh_services: Services) -> None:
    ingest_text(fresh_services, "ko-velora", KO, "ko")
    labels = fresh_services.answerer.labels_index
    question = analyze("벨로라 에어엔 무슨 칩 들어가?", fresh_services.extractor, labels)
    assert [m.text for m in question.entities] == ["벨로라 에어"], question.entities
    assert "벨로라 에어" in labels.labels_of(question.entities[0].iri)


def test_a_typo_of_a_new_name_is_read_as_the_name_but_a_word_near_a_name_is_not(fresh_services: Services) -> None:
    text = "Brightwave, a robotics startup, licensed its models to Acme. Brightwave was founded in 2017."
    ingest_text(fresh_services, "en-brightwave", text, "en")
    labels = fresh_services.answerer.labels_index
    typo = analyze("who did brightwafe license its models to?", fresh_services.extractor, labels)
    assert [m.iri for m in typo.entities if m.text == "brightwafe"] == [entity_iri("new-brightwave")], typo.entities
    # `adopt` is an English word: close to the catalog's `adot`, but no typo of it
    word = analyze("when did brightwave's customers adopt it?", fresh_services.extractor, labels)
    assert [m.text for m in word.entities] == ["brightwave"], word.entities


def test_a_name_with_a_colon_is_one_word_of_the_question(fresh_services: Services) -> None:
    ingest_text(fresh_services, "ko-runai", "엔비디아가 이스라엘 기업 런에이아이(Run:ai)를 인수했다.", "ko")
    labels = fresh_services.answerer.labels_index
    question = analyze("Which VCs had invested in Run:ai before Nvidia acquired it?", fresh_services.extractor, labels)
    assert entity_iri("new-run-ai") in {m.iri for m in question.entities}, question.entities


def test_a_lower_case_word_names_nothing_where_the_asker_writes_names_with_capitals(fresh_services: Services) -> None:
    text = "Velmora Power raised a Series D round led by Orbit Capital.\n\n- Total raised so far: $850 million\n"
    ingest_text(fresh_services, "en-total", text, "en")  # a bullet's `Total` is stored as a name
    labels = fresh_services.answerer.labels_index
    assert "Total" in labels.labels_of(entity_iri("new-total"))
    cased = analyze("What was the total amount Velmora Power raised?", fresh_services.extractor, labels)
    assert [m.text for m in cased.entities] == ["Velmora Power"], cased.entities
