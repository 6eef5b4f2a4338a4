"""Unit tests of the text layer: front matter, encodings, footnotes, references, Kiwi tokens."""

from __future__ import annotations

import pytest
import spacy

from ingest.document import IngestError, detect_language
from ingest.korean import KiwiTokenizer
from ingest.readers import read_text
from ingest.references import find_references
from ingest.segment import chunks

KO_BODY = """시장 조사 기관은 수요가 계속 늘어날 것으로 봤다.1 다른 문장은 각주가 없다.
두 번째 출처를 인용한 문장이다.2

1. Reuters, “Some headline about chips,” Nov 17, 2022
2. 가상 연구소, “보고서 제목,” 2023년 5월 1일
"""


def test_front_matter_and_markdown_headings() -> None:
    data = b"---\ntitle: T\nlang: en\ndate: 2024-01-02\nurl: null\n---\n## Heading\nBody text here.\n"
    article = read_text(data, "x.md")
    assert (article.title, article.lang, article.date, article.url) == ("T", "en", "2024-01-02", None)
    assert article.body.startswith("Heading\nBody")


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b"\x00\x01\x02binary", "binary"),
        (b"---\ntitle: [unclosed\n---\nbody", "broken YAML front matter"),
        (b"---\ntitle: x\nbody without closing", "never closed"),
        (b"---\nlang: fr\n---\nBonjour tout le monde.", "unsupported language"),
    ],
)
def test_bad_inputs_get_one_line_reasons(data: bytes, reason: str) -> None:
    with pytest.raises(IngestError, match=reason) as info:
        read_text(data, "bad.md")
    assert "\n" not in str(info.value)


def test_cp949_korean_decodes() -> None:
    text = "삼성전자는 고대역폭 메모리를 만든다."
    article = read_text(text.encode("cp949"), "legacy.txt")
    assert article.body == text and article.lang == "ko"


def test_language_detection() -> None:
    assert detect_language("엔비디아는 H100을 발표했다.") == "ko"
    assert detect_language("Nvidia announced the H100 in 2022.") == "en"


def test_footnote_markers_split_chunks_and_references_parse() -> None:
    refs, region = find_references(KO_BODY)
    assert [r.number for r in refs] == [1, 2]
    assert refs[0].publisher == "Reuters" and refs[0].title == "Some headline about chips"
    assert refs[0].date == "Nov 17, 2022"
    assert region is not None and KO_BODY[region[0] :].startswith("1. Reuters")
    parts = chunks(KO_BODY, region)
    assert [p.footnote for p in parts] == [1, None, 2]
    assert parts[0].text.endswith("봤다.")
    for p in parts:
        assert KO_BODY[p.start : p.end] == p.text


def test_decimals_are_not_footnotes() -> None:
    parts = chunks("The chip delivers 3.5 times the speed of v4.2 systems.", None)
    assert [p.footnote for p in parts] == [None]


def test_kiwi_tokenizer_keeps_text_and_particles() -> None:
    nlp = spacy.blank("ko", config={"nlp": {"tokenizer": {"@tokenizers": "trendkg.kiwi_tokenizer.v1"}}})
    assert isinstance(nlp.tokenizer, KiwiTokenizer)
    text = "엔비디아는  마이크로소프트와 협력해\nH100을 썼다."
    doc = nlp(text)
    assert doc.text == text
    tags = {t.text: t.tag_ for t in doc}
    assert tags["는"] == "JX" and tags["와"].startswith("JKB")
