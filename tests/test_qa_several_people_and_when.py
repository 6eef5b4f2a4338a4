"""QA on sentences written for these tests: several people asked for take the sentence naming
the most of them (qa.compose_roles); a `when` clause after `who` asks for no date (qa.intents)."""

from __future__ import annotations

from ingest.extraction import Mention
from qa.compose_roles import compose_role_holders
from qa.intents import answer_kind
from qa.question import Question
from tests.evidence import evidence

NAMES = {"acme": ["Acme"], "jane": ["Jane Roe"], "ann": ["Ann Poe"], "bo": ["Bo Lee"]}


def _question(text: str) -> Question:
    return Question(text, "en", [Mention("Acme", 0, 4, "Company", "acme", 0, "Acme")], kind="person")


def test_several_founders_asked_take_the_sentence_naming_the_most() -> None:
    one = evidence("a/1", "Jane Roe, Acme's co-founder and chief executive, spoke first.", [("jane", "Person")])
    three = evidence(
        "a/2", "Acme was founded in 2021 by Jane Roe, Ann Poe and Bo Lee.",
        [("jane", "Person"), ("ann", "Person"), ("bo", "Person")],
    )  # fmt: skip
    several = compose_role_holders(_question("Who are the co-founders of Acme?"), [one, three], NAMES.__getitem__)
    assert several is not None and several[1] == ["jane", "ann", "bo"]
    single = compose_role_holders(_question("Who is Acme's chief executive?"), [one, three], NAMES.__getitem__)
    assert single is not None and single[1] == ["jane"]


def test_a_when_clause_after_who_asks_for_a_person() -> None:
    assert answer_kind("Who was Acme's chief executive when Beta agreed to buy it?", "en") == "person"
    assert answer_kind("When did Beta agree to buy Acme?", "en") == "date"
