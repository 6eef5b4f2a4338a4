"""A figure question is answered only by a sentence measuring what it asks (both languages)."""

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
