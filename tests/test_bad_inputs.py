"""Bad inputs next to a good one: each bad file gets a one-line reason, nothing half-written.

In-process on an empty store of its own (`fresh_services`, models shared with the session).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.document import Article, IngestError
from ingest.extraction import Extraction
from ingest.pipeline import IngestSummary
from ingest.readers import read_path, read_text
from kg.namespaces import CATALOG_GRAPH, ONTOLOGY_GRAPH, SCHEMA, TKG, article_iri, graph_iri
from qa.services import Services

# Written for these tests; the facts are real (Samsung Electronics announced a 12-high,
# 36GB HBM3E on 27 February 2024; SK hynix began HBM3E mass production in March 2024).
GOOD = """---
title: 삼성전자, 12단 HBM3E 개발 발표
date: 2024-02-27
lang: ko
---
삼성전자는 2024년 2월 27일 D램을 12단으로 쌓은 36GB 용량의 HBM3E를 개발했다고 밝혔다.
회사는 이 메모리를 AI 가속기용 제품으로 소개했다.
"""
MORE = "같은 해 3월 SK하이닉스는 HBM3E 양산을 시작했다고 발표했다.\n"
BROKEN_FRONT_MATTER = """---
title: "quote never closed
lang: [ko
---
삼성전자는 HBM3E를 개발했다.
"""
# (file name, content or None for a file that does not exist, words one of which the reason must use)
BAD_FILES: list[tuple[str, bytes | None, tuple[str, ...]]] = [
    ("empty.md", b"", ("empty",)),
    ("binary.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8, ("binary",)),
    ("broken-front-matter.md", BROKEN_FRONT_MATTER.encode("utf-8"), ("front matter", "yaml")),
    ("missing.md", None, ("no such file", "not found", "does not exist")),
    ("unsupported.pdf", b"%PDF-1.4 Samsung HBM3E report", ("unsupported", "file type")),
]


def write(folder: Path, name: str, content: bytes | None) -> Path:
    path = folder / name
    if content is not None:
        path.write_bytes(content)
    return path


def article_graphs(svc: Services) -> list[str]:
    return [g for g in svc.store.graph_iris() if g not in (str(CATALOG_GRAPH), str(ONTOLOGY_GRAPH))]


def sentence_count(svc: Services, article_id: str) -> int:
    rows = svc.store.select(
        f"SELECT (COUNT(?s) AS ?n) WHERE {{ GRAPH <{graph_iri(article_id)}> {{ ?s a <{TKG.Sentence}> }} }}"
    )
    return int(str(rows[0]["n"]))


def stored_text(svc: Services, article_id: str) -> str:
    rows = svc.store.select(
        f"SELECT ?t WHERE {{ GRAPH <{graph_iri(article_id)}> {{ <{article_iri(article_id)}> <{TKG.text}> ?t }} }}"
    )
    assert len(rows) == 1
    return str(rows[0]["t"])


def ingest(svc: Services, *paths: Path) -> IngestSummary:
    return svc.ingestor.ingest_paths(list(paths))


def test_good_file_goes_in_and_each_bad_file_gets_its_reason(fresh_services: Services, tmp_path: Path) -> None:
    good = write(tmp_path, "good.md", GOOD.encode("utf-8"))
    bad = [write(tmp_path, name, content) for name, content, _ in BAD_FILES]
    summary = ingest(fresh_services, good, *bad)

    assert len(summary.results) == 1 + len(BAD_FILES)
    by_source = {Path(r.source).name: r for r in summary.results}
    assert by_source["good.md"].status == "added"
    assert by_source["good.md"].article_id == "good"
    for name, _, reasons in BAD_FILES:
        result = by_source[name]
        assert result.status == "error", name
        message = result.message or ""
        assert name in message, message
        assert "\n" not in message.strip()
        why = message.replace(result.source, "").lower()  # the name alone must not pass as the reason
        assert any(word in why for word in reasons), message
    assert summary.count("added") == 1 and len(summary.errors) == len(BAD_FILES)

    # the store: the catalog, the ontology and exactly one article graph
    assert set(fresh_services.store.graph_iris()) == {str(CATALOG_GRAPH), str(ONTOLOGY_GRAPH), graph_iri("good")}
    assert stored_text(fresh_services, "good") == read_path(good).body
    # the vectors: one group, one vector per stored sentence, no leftovers on disk
    index = fresh_services.index
    assert index.groups() == ["good"]
    assert len(index) == sentence_count(fresh_services, "good") > 0
    on_disk = sorted(p.name for p in fresh_services.settings.vectors_dir.iterdir())
    assert on_disk == ["good.json", "good.npy"]
    # and the vectors point at the stored sentences
    first_sentence = read_path(good).body.splitlines()[0]
    top = index.search(fresh_services.embedder.embed_query(first_sentence), 1)[0]
    anchor = fresh_services.store.select(
        f"SELECT ?t WHERE {{ GRAPH <{graph_iri('good')}> {{ <{top.key}> "
        "<http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#anchorOf> ?t } }"
    )
    assert [str(r["t"]) for r in anchor] == [first_sentence]


def test_reingest_skips_unchanged_and_replaces_changed(fresh_services: Services, tmp_path: Path) -> None:
    good = write(tmp_path, "good.md", GOOD.encode("utf-8"))
    assert ingest(fresh_services, good).results[0].status == "added"
    before = sentence_count(fresh_services, "good")

    again = ingest(fresh_services, good).results[0]
    assert again.status == "skipped"
    assert article_graphs(fresh_services) == [graph_iri("good")]

    good.write_text(GOOD + MORE, encoding="utf-8")
    changed = ingest(fresh_services, good).results[0]
    assert changed.status == "replaced"
    assert article_graphs(fresh_services) == [graph_iri("good")]
    assert stored_text(fresh_services, "good") == read_path(good).body
    after = sentence_count(fresh_services, "good")
    assert after == before + 1
    # the old vectors were replaced, not added to
    assert fresh_services.index.groups() == ["good"]
    assert len(fresh_services.index) == after


def test_reingest_with_corrected_front_matter_updates_it(fresh_services: Services, tmp_path: Path) -> None:
    good = write(tmp_path, "good.md", GOOD.encode("utf-8"))
    ingest(fresh_services, good)
    good.write_text(GOOD.replace("12단 HBM3E 개발 발표", "36GB HBM3E 공개"), encoding="utf-8")
    result = ingest(fresh_services, good).results[0]
    headline = fresh_services.store.select(
        f"SELECT ?t WHERE {{ GRAPH <{graph_iri('good')}> {{ <{article_iri('good')}> <{SCHEMA.headline}> ?t }} }}"
    )
    assert [str(r["t"]) for r in headline] == ["삼성전자, 36GB HBM3E 공개"]
    assert result.status == "replaced"


def test_text_without_letters_names_the_file(fresh_services: Services, tmp_path: Path) -> None:
    numbers = write(tmp_path, "numbers-only.md", "2024 — 36 / 12 = 3\n".encode())
    (result,) = ingest(fresh_services, numbers).results
    assert result.status == "error"
    assert "numbers-only.md" in (result.message or "")


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"   \n\t\n", "empty"),
        (b"---\ntitle: x\nlang: ko\n\n\xec\x82\xbc\xec\x84\xb1", "never closed"),
        (b"---\n- a\n- b\n---\nNvidia makes GPUs.\n", "mapping"),
        (b"---\ntitle: x\n---\n\n", "no body"),
        (b"---\nlang: fr\n---\nNvidia fabrique des GPU.\n", "language"),
        (b"---\ndate: last week\n---\nNvidia makes GPUs.\n", "date"),
        (b"\xff\xfe\xfd\xff\xfe\xfd\xff" * 20, "utf-8"),
    ],
    ids=["whitespace", "unclosed-front-matter", "front-matter-list", "no-body", "french", "bad-date", "undecodable"],
)
def test_reader_refuses_with_a_named_reason(content: bytes, reason: str) -> None:
    with pytest.raises(IngestError) as info:
        read_text(content, "inbox/article-17.md")
    message = str(info.value)
    assert message.startswith("inbox/article-17.md:"), message
    assert reason in message.lower(), message


KOREAN = "삼성전자는 36GB 용량의 HBM3E를 개발했다. 엔비디아와 SK하이닉스도 언급됐다."


@pytest.mark.parametrize("encoding", ["cp949", "euc-kr", "utf-8", "utf-8-sig"])
def test_korean_text_in_legacy_encodings_decodes(encoding: str) -> None:
    data = f"---\ntitle: 한글 제목\nlang: ko\n---\n{KOREAN}\n".encode(encoding)
    if encoding in ("cp949", "euc-kr"):
        with pytest.raises(UnicodeDecodeError):
            data.decode("utf-8")  # the point: these bytes are not UTF-8
    article = read_text(data, "legacy.md")
    assert article.body == KOREAN
    assert article.title == "한글 제목"
    assert article.lang == "ko"


def test_cp949_file_is_stored_as_proper_korean(fresh_services: Services, tmp_path: Path) -> None:
    path = write(tmp_path, "cp949.txt", KOREAN.encode("cp949"))
    (result,) = ingest(fresh_services, path).results
    assert result.status == "added", result.message
    assert stored_text(fresh_services, "cp949") == KOREAN


def test_an_extraction_bug_fails_its_article_alone_with_a_reason(
    fresh_services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    good = write(tmp_path, "good.md", GOOD.encode("utf-8"))
    other = write(tmp_path, "other.md", GOOD.replace("title:", "title: Other").encode("utf-8"))
    extract = fresh_services.extractor.extract

    def broken_on_other(article: Article) -> Extraction:  # the seam: a rule raising on unusual text
        if article.id == "other":
            raise ValueError("max() arg is an empty sequence")
        return extract(article)

    monkeypatch.setattr(fresh_services.extractor, "extract", broken_on_other)
    by_source = {Path(r.source).name: r for r in ingest(fresh_services, other, good).results}
    assert by_source["good.md"].status == "added"  # the batch goes on
    failed = by_source["other.md"]
    assert failed.status == "error" and "extraction failed (ValueError)" in (failed.message or "")
    assert graph_iri("other") not in fresh_services.store.graph_iris()  # nothing partial stored
