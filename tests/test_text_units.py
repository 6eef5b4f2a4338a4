"""Unit tests of the text layer: front matter, encodings, footnotes, references, Kiwi tokens."""

from __future__ import annotations

import pytest
import spacy

from ingest.document import Article, IngestError, detect_language
from ingest.extract import Extractor
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


def test_a_marker_after_a_year_that_ends_a_sentence() -> None:
    parts = chunks("Sales rose 20% in 2023.1 The release 2024.2 of the SDK shipped. ROCm 6.1 Beta is out.", None)
    assert [p.footnote for p in parts] == [1, None]


def test_a_marker_after_a_day_that_ends_a_sentence() -> None:
    parts = chunks("Acme showed Kestrel on February 27.1 Both chips are small. It grew 27.1 Percent-wise.", None)
    assert [p.footnote for p in parts] == [1, None]
    assert parts[0].text.endswith("February 27.")


def test_kiwi_tokenizer_keeps_text_and_particles() -> None:
    nlp = spacy.blank("ko", config={"nlp": {"tokenizer": {"@tokenizers": "trendkg.kiwi_tokenizer.v1"}}})
    assert isinstance(nlp.tokenizer, KiwiTokenizer)
    text = "엔비디아는  마이크로소프트와 협력해\nH100을 썼다."
    doc = nlp(text)
    assert doc.text == text
    tags = {t.text: t.tag_ for t in doc}
    assert tags["는"] == "JX" and tags["와"].startswith("JKB")


CHROME_PAGE = """홈 > IT > 반도체
AI 반도체 업계, 추론 칩 경쟁 본격화
2024.05.02 김기자  |  테크데일리
가상의 국내 팹리스가 새 추론 칩을 공개했다. 회사는 올해 양산을 시작한다고 밝혔다.
관련기사
추론 칩 시장, 내년 두 배 성장
HBM 공급 부족 이어져
kimgija@example.com
뉴스레터 무료 구독하기
Copyright © 2024 Tech Daily. All rights reserved.
등록번호 : 서울 아00000 등록일 : 2020년 01월 01일
"""


def test_page_chrome_is_removed_and_body_kept() -> None:
    article = read_text(CHROME_PAGE.encode("utf-8"), "page.txt")
    assert article.title == "AI 반도체 업계, 추론 칩 경쟁 본격화"
    assert "새 추론 칩을 공개했다" in article.body and "양산을 시작한다고" in article.body
    for chrome in ("홈 >", "2024.05.02", "관련기사", "두 배 성장", "HBM 공급", "@", "구독", "Copyright", "등록번호"):
        assert chrome not in article.body, chrome


def test_a_sentence_about_copyright_is_body_not_chrome() -> None:
    page = "Velmora was sued for copyright infringement in 2021.\n\nCopyright 2024 Tech Daily\n"
    body = read_text(page.encode("utf-8"), "page.txt").body
    assert "sued for copyright infringement" in body and "Tech Daily" not in body


def test_a_line_of_links_to_other_articles_is_chrome() -> None:
    page = "Quillstream shipped.\n\nRead next: Velmora's chip plans · Inside the race\n\n관련 기사: 새 칩 | 새 공장\n"
    body = read_text(page.encode("utf-8"), "page.txt").body
    assert "Quillstream shipped" in body and "Read next" not in body and "관련 기사" not in body


HTML_PAGE = """<html lang="ko"><head><title>새 칩 - 테크데일리</title>
<meta property="og:title" content="가상 팹리스, 새 추론 칩 공개">
<meta property="article:published_time" content="2024-05-02">
<link rel="canonical" href="https://example.com/news/1"></head>
<body><nav><a href="/">홈</a> &gt; <a href="/it">IT</a></nav>
<article><h1>가상 팹리스, 새 추론 칩 공개</h1>
<p>가상의 국내 팹리스가 새 추론 칩을 공개했다.1 회사는 올해 양산을 시작한다고 밝혔다.</p>
<p>1. 테크데일리, “새 추론 칩,” 2024년 5월 2일</p></article>
<footer>Copyright © 2024 Tech Daily. All rights reserved.</footer></body></html>"""


def test_html_page_main_text_and_metadata() -> None:
    from ingest.readers import read_bytes

    article = read_bytes(HTML_PAGE.encode("utf-8"), "page.html")
    assert article.title == "가상 팹리스, 새 추론 칩 공개"
    assert (article.date, article.url, article.lang) == ("2024-05-02", "https://example.com/news/1", "ko")
    assert "새 추론 칩을 공개했다.1" in article.body
    assert "Copyright" not in article.body and "홈" not in article.body.split("\n")[0]
    refs, _ = find_references(article.body)
    assert [r.number for r in refs] == [1]


def test_reference_authors_and_urls() -> None:
    from ingest.references import parse_reference

    ref = parse_reference(2, "McDonald, J., et. al., “Great Power, Great Responsibility,” May 19, 2022", 0, 0)
    assert ref.authors == ("McDonald, J.",) and ref.publisher is None
    assert ref.title == "Great Power, Great Responsibility" and ref.date == "May 19, 2022"
    web = parse_reference(1, "Example Lab, “A report,” 2024, https://example.org/report", 0, 0)
    assert web.publisher == "Example Lab" and web.url == "https://example.org/report" and web.authors == ()


def test_abbreviations_do_not_end_english_sentences(extractor: Extractor) -> None:
    body = "On October 17, the U.S. Commerce Department tightened the rules. It sells chips in the U.S. It also ships."
    sentences = extractor.extract(Article(id="t", body=body, title="t", lang="en")).sentences
    assert [s.text for s in sentences] == [
        "On October 17, the U.S. Commerce Department tightened the rules.",
        "It sells chips in the U.S.",
        "It also ships.",
    ]


def test_an_english_sentence_does_not_break_after_a_word(extractor: Extractor) -> None:
    body = (
        "In March 2024, BenchCo, an independent testing firm, measured the service running Llama 2 70B at 241 "
        "tokens per second, well ahead of the other providers it tried. The demo also ran Mixtral 8x7B quickly."
    )
    sentences = extractor.extract(Article(id="t", body=body, title="t", lang="en")).sentences
    assert [s.text[:12] for s in sentences] == ["In March 202", "The demo als"]


def test_an_initial_inside_a_name_ends_no_sentence(extractor: Extractor) -> None:
    body = "Acme raised money in a Series B. Fidelity and T. Rowe Price put money in. Plan B. Then it grew."
    sentences = extractor.extract(Article(id="t", body=body, title="t", lang="en")).sentences
    assert [s.text for s in sentences] == [
        "Acme raised money in a Series B.",  # after a capitalised word the stop ends the sentence
        "Fidelity and T. Rowe Price put money in.",
        "Plan B.",
        "Then it grew.",
    ]
