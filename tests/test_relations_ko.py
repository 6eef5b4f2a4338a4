"""Korean relation rules on small sentences written for these tests: roles from particles,
hosting (`에 탑재/적용`), running on, and what must not be read as a relation."""

from __future__ import annotations

import pytest

from ingest.document import Article
from ingest.extract import Extractor


def triples(extractor: Extractor, text: str) -> set[tuple[str, str, str]]:
    x = extractor.extract(Article(id="t", body=text, title="t", lang="ko"))
    return {(r.subject.rsplit("/", 1)[1], r.predicate, r.object.rsplit("/", 1)[1]) for r in x.relations}


def statuses(extractor: Extractor, text: str) -> dict[tuple[str, str, str], str]:
    x = extractor.extract(Article(id="t", body=text, title="t", lang="ko"))
    return {(r.subject.rsplit("/", 1)[1], r.predicate, r.object.rsplit("/", 1)[1]): r.status for r in x.relations}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a closing quote or bracket sits between a name and its particle
        (
            "마이크로소프트는 새 칩 '마이아 100(Maia 100)'과 '코발트 100'을 발표했다.",
            ("microsoft", "announced", "maia-100"),
        ),
        ("구글(Google), 메타가 블랙웰을 도입했다.", ("google", "uses", "blackwell")),
        # the host marked with 에 uses what is put into it
        ("KT클라우드 서버에 아톰을 적용했다.", ("kt-cloud", "uses", "atom")),
        ("델과 HPE는 서버에 MI300X를 탑재한다. 레노버 서버에도 가우디3가 탑재됐다.", ("lenovo", "uses", "gaudi3")),
        # what something runs on
        ("새 코파일럿이 GPT-4로 돌아간다.", ("microsoft-copilot", "uses", "gpt-4")),
        ("ND H100 v5는 H100 위에서 돌아간다.", ("nd-h100-v5", "builtOn", "h100")),
    ],
)
def test_korean_relation_rules(extractor: Extractor, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(extractor, text)


def test_a_name_before_gibaneuro_is_not_the_verbs_object(extractor: Extractor) -> None:
    """`X를 바탕으로 Y를 만들었다`: X is what Y is built on, not what was made or used."""
    found = triples(extractor, "마이크로소프트는 네오버스 CSS를 바탕으로 코어 128개를 넣었다.")
    assert not any(o == "arm-neoverse" and p in ("uses", "develops") for _, p, o in found)


def test_an_earlier_clause_is_not_where_something_runs(extractor: Extractor) -> None:
    found = triples(extractor, "라마 2는 애저에서 제공되고, 노트북에서 로컬로 돌아간다.")
    assert ("llama-2", "uses", "microsoft-azure") not in found


def test_decided_plans_are_planned(extractor: Extractor) -> None:
    found = statuses(extractor, "삼성전자는 갤럭시 AI에 GPT-4를 연결하기로 했다.")
    assert found.get(("galaxy-ai", "uses", "gpt-4")) == "planned"
