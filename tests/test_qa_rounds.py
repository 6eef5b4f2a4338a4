"""Funding rounds: who led and who joined the round a question names (qa.rounds)."""

from __future__ import annotations

from typing import Any

import pytest
from rdflib import Literal

from qa.rounds import Investor, asked_role, asked_round, asked_rounds, ends_round, investors, pick
from qa.services import Services

NAMES = {
    "north": ["North Capital", "노스캐피털"],
    "river": ["River Ventures", "리버벤처스"],
    "stone": ["Stone Partners", "스톤파트너스"],
    "wire": ["Wire News", "와이어뉴스"],
}


def _read(text: str, lang: str) -> list[tuple[str, str]]:
    return [(i.iri, i.role) for i in investors(text, lang, list(NAMES), lambda iri: NAMES[iri])]


@pytest.mark.parametrize(
    ("text", "lang", "found"),
    [
        (
            "The round was led by North Capital, with participation from River Ventures and Stone Partners.",
            "en",
            [("north", "lead"), ("river", "joined"), ("stone", "joined")],
        ),
        ("River Ventures led the round.", "en", [("river", "lead")]),
        (
            "Stone Partners and North Capital joined, along with River Ventures.",
            "en",
            [("stone", "joined"), ("north", "joined"), ("river", "joined")],
        ),
        ("- New investors: Stone Partners, River Ventures", "en", [("stone", "new"), ("river", "new")]),
        ("- Returning investors: North Capital", "en", [("north", "returning")]),
        (
            "노스캐피털이 투자를 주도했고, 리버벤처스와 스톤파트너스가 새로 참여했다.",
            "ko",
            [("north", "lead"), ("river", "new"), ("stone", "new")],
        ),
        (
            "이번 라운드는 스톤파트너스가 이끌었고 노스캐피털 등이 참여했다.",
            "ko",
            [("stone", "lead"), ("north", "joined")],
        ),
        ("와이어뉴스에 따르면 노스캐피털이 투자를 주도했다.", "ko", [("north", "lead")]),  # who reports is no investor
        ("According to Wire News, North Capital led the round.", "en", [("north", "lead")]),
        ("North Capital is based in Boston.", "en", []),  # no part in any round
    ],
)
def test_investors_and_their_roles(text: str, lang: str, found: list[tuple[str, str]]) -> None:
    assert _read(text, lang) == found


@pytest.mark.parametrize(
    ("question", "letter", "role"),
    [
        ("Who led Acme's Series D?", "d", "lead"),
        ("에이사 시리즈C 투자 주도한 곳", "c", "lead"),
        ("에이사 시리즈 J 라운드 주도한 VC가 어디임", "j", "lead"),  # late rounds too
        ("에이사 시리즈 B에 새로 들어온 투자자들", "b", "new"),
        ("acme series-e investors", "e", "all"),
        ("Who backed Acme's seed round?", "seed", "all"),
        ("Who invested in Acme?", None, "all"),
        ("Which Series X chip is fastest?", None, "all"),  # a model line, not a round
    ],
)
def test_round_and_role_of_a_question(question: str, letter: str | None, role: str) -> None:
    assert asked_round(question) == letter
    assert asked_role(question) == role


def test_every_round_a_comparison_names() -> None:
    assert asked_rounds("에이사 기업가치 시리즈C 때랑 시리즈 D 때 비교") == ["c", "d"]
    assert asked_rounds("Acme's seed vs Series A") == ["seed", "a"]


def test_a_sentence_naming_only_other_rounds_tells_nothing_of_the_asked_one(fresh_services: Services) -> None:
    from qa.compose import Evidence
    from qa.question import analyze
    from qa.rounds import round_evidence

    answerer = fresh_services.answerer
    q = analyze("Acme Series C valuation?", answerer.extractor, answerer.labels_index)
    rows = [("s/1", "Acme raised $675 million in a Series B at a $2.6 billion valuation."), ("s/2", "Acme is big.")]
    ranked = [Evidence(key, {"text": Literal(text)}, 1.0, 1.0, 0.9) for key, text in rows]
    assert [ev.key for ev in round_evidence(fresh_services.store, q, ranked)] == ["s/2"]


def test_reading_stops_at_another_round_or_another_subject() -> None:
    assert ends_round("Its Series C, two years earlier, was led by River Ventures.", "d")
    assert ends_round("The company was founded in 2016 in Paris.", "d")
    assert not ends_round("Who put in money", "d")  # a heading between the round and its investors
    assert not ends_round("- Lead: North Capital", "d")


def test_new_investors_fall_back_to_joiners_but_never_to_the_lead() -> None:
    found = [Investor("north", "lead"), Investor("river", "joined")]
    assert pick(found, "new") == ["river"]
    assert pick(found, "lead") == ["north"]
    assert pick(found, "all") == ["north", "river"]


def _ids(result: dict[str, Any]) -> list[str]:
    return [str(a["iri"]).rsplit("/", 1)[-1] for a in result["answers"] if a["iri"]]


@pytest.mark.parametrize(
    ("question", "wanted", "unwanted"),
    [
        ("스케일AI 시리즈 F 투자 주도한 곳은?", {"new-accel"}, {"nvidia", "amazon"}),
        ("Which new investors came into Scale AI's Series F?", {"amazon", "meta"}, {"nvidia", "new-accel"}),
        ("Who led Hugging Face's Series D?", {"new-salesforce-ventures"}, {"google"}),
        ("허깅페이스 시리즈 D 투자자는?", {"new-salesforce-ventures", "google", "nvidia"}, set()),
    ],
)
def test_round_questions_on_the_corpus(
    corpus_services: Services, question: str, wanted: set[str], unwanted: set[str]
) -> None:
    result = corpus_services.answerer.ask(question)
    assert not result["abstained"], result["answer"]
    ids = set(_ids(result))
    assert wanted <= ids and not unwanted & ids, result["answer"]
    assert result["evidence"] and "nif:anchorOf" in result["sparql"]


@pytest.mark.parametrize(
    ("question", "figures"),
    [
        ("Hugging Face 시리즈 D 라운드 금액은?", ["2억 3,500만 달러"]),  # the round's sentence is English
        ("허깅페이스 시리즈C와 시리즈D 기업가치 비교해줘", ["20억 달러", "45억 달러"]),
    ],
)
def test_round_figures_come_from_the_rounds_sentences(
    corpus_services: Services, question: str, figures: list[str]
) -> None:
    result = corpus_services.answerer.ask(question)
    assert not result["abstained"], result["answer"]
    assert all(f in result["answer"] for f in figures), result["answer"]


def test_the_round_is_read_from_a_sentence_naming_it_that_investors_follow(fresh_services: Services) -> None:
    from kg.namespaces import NIF
    from qa.compose import Evidence
    from qa.question import analyze
    from qa.rounds import round_investors
    from tests.stored import ingest_text

    body = (
        "Acme Data announced its Series J on May 2, with $2 billion of new equity. North Capital led the round.\n\n"
        "The company has set no date for a listing.\n\n"
        "What the Series J bought, more than any product, is time."
    )
    ingest_text(fresh_services, "en-acme-round", body, "en")
    rows = fresh_services.store.select(f"SELECT ?s ?t WHERE {{ GRAPH ?g {{ ?s <{NIF.anchorOf}> ?t }} }}")
    late = next(r for r in rows if str(r["t"]).startswith("What the Series J"))
    answerer = fresh_services.answerer
    q = analyze("Who led Acme Data's Series J?", answerer.extractor, answerer.labels_index)
    ranked = [Evidence(str(late["s"]), late, 1.0, 1.0, 1.0)]  # the column's later mention ranks first
    found = round_investors(fresh_services.store, q, ranked, answerer._type, answerer.surfaces)
    assert found is not None and [iri.rsplit("/", 1)[-1] for iri in found[0][1]] == ["new-north-capital"]
