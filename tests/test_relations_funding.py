"""Funding-round rules on small sentences written for these tests: who led or joined a
round, who backs a company, and what must not be read as an investment (money from
revenue, refusals) or is only hedged."""

from __future__ import annotations

import pytest

from ingest.document import Article
from ingest.extract import Extractor


def investments(extractor: Extractor, text: str, lang: str) -> dict[tuple[str, str], str]:
    """(investor, company) -> status for every investsIn the extractor finds in `text`."""
    x = extractor.extract(Article(id="t", body=text, title="t", lang=lang))
    return {
        (r.subject.rsplit("/", 1)[1], r.object.rsplit("/", 1)[1]): r.status
        for r in x.relations
        if r.predicate == "investsIn"
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Databricks raised $500 million in a round led by Nvidia.", [("nvidia", "databricks")]),
        (
            "Sapeon raised $50 million in a Series B round led by Samsung Electronics, "
            "with participation from Microsoft, Intel and Google.",
            [("samsung-electronics", "sapeon"), ("microsoft", "sapeon"), ("intel", "sapeon"), ("google", "sapeon")],
        ),
        # the investors of a round the sentence before named
        (
            "Rebellions raised $124 million. Samsung Electronics, KT and Nvidia also participated.",
            [("samsung-electronics", "rebellions"), ("kt", "rebellions"), ("nvidia", "rebellions")],
        ),
        ("Cerebras raised $250 million. Nvidia led the round.", [("nvidia", "cerebras")]),
        (
            "Mistral AI raised $400 million. Investors include Nvidia, Salesforce and Microsoft.",
            [("nvidia", "mistral-ai"), ("salesforce", "mistral-ai"), ("microsoft", "mistral-ai")],
        ),
        ("Nvidia led the round in Mistral AI.", [("nvidia", "mistral-ai")]),
        (
            "Existing investors Nvidia and Microsoft joined the round for Mistral AI.",
            [("nvidia", "mistral-ai"), ("microsoft", "mistral-ai")],
        ),
        (
            "Mistral AI's backers Nvidia and Salesforce took part.",
            [("nvidia", "mistral-ai"), ("salesforce", "mistral-ai")],
        ),
        (
            "Mistral AI raised $400 million, with Nvidia and Salesforce joining the round.",
            [("nvidia", "mistral-ai"), ("salesforce", "mistral-ai")],
        ),
        ("Anthropic raised $4 billion from Amazon.", [("amazon", "anthropic")]),
        ("Anthropic raised $450 million in a round led by Google's venture arm.", [("google", "anthropic")]),
    ],
)
def test_english_round_investors(extractor: Extractor, text: str, expected: list[tuple[str, str]]) -> None:
    found = investments(extractor, text, "en")
    assert set(expected) <= set(found), found
    assert all(found[pair] == "asserted" for pair in expected)


@pytest.mark.parametrize(
    "text",
    [
        "Databricks raised $500 million from revenue.",
        "Nvidia declined to invest in Mistral AI.",
        "Nvidia did not participate in the round.",
        # no round: joining a partnership is not an investment
        "Microsoft and Nvidia joined the effort with Mistral AI.",
        # the round's company is not named in the sentence or before it
        "The round was led by Nvidia, with participation from Microsoft and Intel.",
    ],
)
def test_english_non_investments(extractor: Extractor, text: str) -> None:
    assert investments(extractor, text, "en") == {}


def test_english_talks_to_invest_are_hedged(extractor: Extractor) -> None:
    assert investments(extractor, "Nvidia is in talks to invest in Mistral AI.", "en") == {
        ("nvidia", "mistral-ai"): "hedged"
    }
