"""The `trendkg` command line, run as a real subprocess against a temp data directory.

Loading the language pipelines and the embedding model costs a process several seconds,
so the commands that need them are few: `extract`, one `ingest` and one `ask` (plus
`delete`, which loads them too; it runs in the background while the others work).
"""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from ingest.readers import read_path
from kg.namespaces import ENTITY_TYPES, ID, RELATIONS, article_iri
from qa.services import Services

ROOT = Path(__file__).resolve().parent.parent
KO_ARTICLE = ROOT / "corpus" / "ko" / "ko07-data-platform-ai-acquisitions.md"
SUBCOMMANDS = ("ingest", "ask", "sparql", "serve", "stats", "extract", "export", "delete")
TIMEOUT = 180

# Written for these tests; the facts are real (Microsoft introduced Azure Maia 100 and
# Azure Cobalt 100 at Ignite on 15 November 2023). The title has a comma and quotes on
# purpose: CSV output has to quote it.
TITLE = 'Microsoft shows "Maia 100", its first in-house AI chip'
GOOD_ARTICLE = f"""---
title: '{TITLE}'
date: 2023-11-15
lang: en
source: trendkg tests
---
Microsoft introduced the Azure Maia 100, its first in-house AI accelerator, at Ignite in November 2023.
The company also presented the Azure Cobalt 100, an Arm-based CPU for general cloud workloads.
"""
BROKEN_FRONT_MATTER = """---
title: "a title that never ends
lang: [en
---
Nvidia makes GPUs.
"""


def cli_env(data: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("TRENDKG_") or k == "TRENDKG_HOME"}
    env.update(TRENDKG_DATA=str(data), HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1", TOKENIZERS_PARALLELISM="false")
    return env


def command(*args: str) -> list[str]:
    return [sys.executable, "-m", "qa.cli", *args]


def run(data: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        command(*args), cwd=ROOT, env=cli_env(data), capture_output=True, text=True, timeout=TIMEOUT, check=False
    )


def start(data: Path, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        command(*args), cwd=ROOT, env=cli_env(data), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def no_traceback(stderr: str) -> None:
    assert "Traceback" not in stderr, stderr


@pytest.fixture(scope="module")
def background(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, subprocess.Popen[str]]]:
    """`extract` and `delete` start at once and run while the ingest chain runs."""
    data = tmp_path_factory.mktemp("cli-delete-data")
    procs = {
        "extract": start(data, "extract", str(KO_ARTICLE), "--json"),
        "delete": start(data, "delete", "nope", "--data", str(data)),
    }
    yield procs
    for proc in procs.values():
        if proc.poll() is None:
            proc.kill()
        proc.communicate()


@pytest.fixture(autouse=True)
def _start_background_early(background: dict[str, subprocess.Popen[str]]) -> None:
    """Every test of this module asks for `background`, so it starts with the first one."""


def test_help_lists_every_subcommand(tmp_path: Path) -> None:
    script = Path(sys.executable).with_name("trendkg")
    argv = [str(script), "--help"] if script.exists() else command("--help")
    done = subprocess.run(argv, env=cli_env(tmp_path), capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    for name in SUBCOMMANDS:
        assert name in done.stdout, name


def test_ingest_stats_sparql_ask(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "good.md").write_text(GOOD_ARTICLE, encoding="utf-8")
    (inbox / "empty.md").write_bytes(b"")
    (inbox / "binary.md").write_bytes(b"PK\x03\x04\x00\x00\x08\x00" + bytes(range(256)) * 4)
    (inbox / "broken-front-matter.md").write_text(BROKEN_FRONT_MATTER, encoding="utf-8")
    bad = ("empty.md", "binary.md", "broken-front-matter.md")
    data = tmp_path / "data"

    ingest = run(data, "ingest", str(inbox))
    no_traceback(ingest.stderr)
    assert ingest.returncode != 0, "a batch with bad files must not exit 0"
    error_lines = [line for line in ingest.stderr.splitlines() if line.startswith("error:")]
    assert len(error_lines) == len(bad), ingest.stderr
    for name in bad:
        assert sum(name in line for line in error_lines) == 1, (name, error_lines)
    assert not any("good.md" in line for line in error_lines)
    assert "1 added" in ingest.stdout and "3 failed" in ingest.stdout, ingest.stdout

    stats = run(data, "stats", "--data", str(data))
    no_traceback(stats.stderr)
    assert stats.returncode == 0, stats.stderr
    counts = dict(line.strip().split(": ", 1) for line in stats.stdout.splitlines() if ": " in line)
    assert counts["articles"] == "1"
    assert int(counts["mentions"]) > 0 and int(counts["triples"]) > 0

    query = (
        "PREFIX schema: <https://schema.org/> SELECT ?title WHERE { ?a a schema:NewsArticle ; schema:headline ?title }"
    )
    sparql = run(data, "sparql", "--data", str(data), query, "--format", "csv")
    no_traceback(sparql.stderr)
    assert sparql.returncode == 0, sparql.stderr
    rows = list(csv.reader(io.StringIO(sparql.stdout)))
    assert rows == [["title"], [TITLE]]

    # a Korean question about an English-only fact, from the article just ingested
    question = "마이크로소프트가 발표한 칩은?"
    ask = run(data, "ask", question, "--json")
    no_traceback(ask.stderr)
    assert ask.returncode == 0, ask.stderr
    result = json.loads(ask.stdout)
    assert {"question", "lang", "answer", "answers", "evidence", "sparql", "confidence", "abstained"} <= set(result)
    assert result["question"] == question and result["lang"] == "ko"
    assert not result["abstained"], result["answer"]
    assert str(ID["maia-100"]) in {a["iri"] for a in result["answers"]}
    body = read_path(inbox / "good.md").body
    assert result["evidence"]
    for ev in result["evidence"]:
        assert ev["article"] == article_iri("good") and ev["lang"] == "en" and ev["title"] == TITLE
        assert body[ev["start"] : ev["end"]] == ev["sentence"]


def test_extract_json(background: dict[str, subprocess.Popen[str]]) -> None:
    out, err = background["extract"].communicate(timeout=TIMEOUT)
    no_traceback(err)
    assert background["extract"].returncode == 0, err
    data = json.loads(out)
    assert set(data) >= {"lang", "entities", "relations", "claims"}
    assert data["lang"] == "ko"
    body = read_path(KO_ARTICLE).body

    assert data["entities"]
    for e in data["entities"]:
        assert set(e) == {"text", "start", "end", "type", "iri"}
        assert body[e["start"] : e["end"]] == e["text"], e
        assert e["type"] in ENTITY_TYPES and e["iri"].startswith(str(ID))
    assert str(ID["snowflake"]) in {e["iri"] for e in data["entities"] if e["text"] == "스노우플레이크"}

    assert data["relations"]
    for r in data["relations"]:
        assert set(r) == {"subject", "predicate", "object", "start", "end", "status"}
        assert r["predicate"] in RELATIONS
        assert r["subject"].startswith(str(ID)) and r["object"].startswith(str(ID))
        assert 0 <= r["start"] < r["end"] <= len(body)
    # the article reports that Snowflake bought Neeva
    assert any(
        (r["subject"], r["predicate"], r["object"]) == (str(ID["snowflake"]), "acquired", str(ID["neeva"]))
        for r in data["relations"]
    )

    assert data["claims"]
    keys = {"text", "start", "end", "attributed_to", "citation", "values", "target_date", "forecast"}
    for c in data["claims"]:
        assert set(c) == keys
        assert body[c["start"] : c["end"]] == c["text"], c
        assert isinstance(c["forecast"], bool)
        for v in c["values"]:
            assert set(v) == {"amount", "unit", "raw"} and v["raw"] in c["text"]


def test_delete_unknown_article_is_one_line(background: dict[str, subprocess.Popen[str]]) -> None:
    out, err = background["delete"].communicate(timeout=TIMEOUT)
    no_traceback(err)
    assert background["delete"].returncode == 1
    assert out == ""
    messages = [line for line in err.splitlines() if line.startswith("trendkg:")]
    assert len(messages) == 1 and "nope" in messages[0], err


def test_english_claim_text_matches_its_offsets(corpus_services: Services) -> None:
    # same extraction `trendkg extract --json` prints, in-process to save a model load
    article = read_path(ROOT / "corpus" / "en" / "en03-aws-anthropic-bedrock.md")
    claims = corpus_services.extractor.extract(article).to_json()["claims"]
    assert claims
    for c in claims:
        assert article.body[c["start"] : c["end"]] == c["text"], c
