"""Which sentences may answer: a figure question only from a sentence measuring what it asks
(both languages); a list item with the names of its lead-in."""

from __future__ import annotations

import pytest

from qa.attributes import attributes_of, measures_asked


@pytest.mark.parametrize(
    ("question", "sentence", "ok"),
    [
        ("What's the list price of an MI300X?", "AMD raised its market forecast to $400 billion.", False),
        ("What's the list price of an MI300X?", "MI300X의 가격은 1만 5,000달러로 알려졌다.", True),
        ("하이퍼클로바X 파라미터 수 몇 개임?", "HyperCLOVA had 204 billion parameters.", True),
        ("하이퍼클로바X 파라미터 수 몇 개임?", "네이버는 2023년 8월 하이퍼클로바X를 공개했다.", False),
        ("How many H100s did Meta buy?", "Meta bought 350,000 H100 GPUs.", True),  # no attribute named
    ],
)
def test_measures_asked(question: str, sentence: str, ok: bool) -> None:
    assert measures_asked(question, sentence) is ok


def test_attribute_words_match_whole_english_words() -> None:
    assert attributes_of("the nm process") == {"process"}
    assert "price" not in attributes_of("a surprise announcement")
    assert "process" not in attributes_of("How many processors has Acme deployed?")  # a count of chips


def test_list_items_lean_on_their_lead_in() -> None:
    from qa.retrieval.hybrid import context_keys

    key = "https://trendkg.org/article/a/s/9"
    assert context_keys(key, "It has 192 GB.") == ["https://trendkg.org/article/a/s/8"]
    assert len(context_keys(key, "- 학습 데이터: 15조 개 이상의 토큰")) == 6
    assert context_keys("https://trendkg.org/article/a/s/0", "- item") == []
