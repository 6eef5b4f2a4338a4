"""Cross-language candidates for new names, and the review queue that decides them."""

from __future__ import annotations

from ingest.crosslingual import rank, skeleton, spelled_alike
from ingest.readers import read_text
from kg.review import decide, list_candidates
from qa.services import Services


def test_romanised_skeletons_meet() -> None:
    assert skeleton("모빌린트") == skeleton("Mobilint")
    assert skeleton("텐스토렌트") == skeleton("Tenstorrent")
    assert skeleton("팬서레이크") == skeleton("Panther Lake")  # `th` is written ㅅ
    assert skeleton("웨타 디지털") == skeleton("Weta Digital")  # a soft g is written ㅈ
    assert skeleton("그래프코어")[0] == skeleton("Graphcore")[0] == "k"  # romanised 그 keeps its hard g
    assert skeleton("라이트매터") == skeleton("Lightmatter")  # a silent gh
    assert skeleton("피지컬 인텔리젼스") == skeleton("Physical Intelligence", voiced=True)  # an s between vowels as ㅈ
    assert skeleton("케이스텍스트") == skeleton("Casetext")  # or not
    assert skeleton("애전트포스") == skeleton("Agentforce")
    english = [("Mobilint", "a"), ("Cohere", "b"), ("Tenstorrent", "c"), ("Groq", "d")]
    assert rank("모빌린트", english)[0].name == "Mobilint"
    assert rank("텐스토렌트", english)[0].name == "Tenstorrent"
    assert rank("삼성전자", english) == []


def test_a_short_name_is_spelled_alike_through_the_sounds_hangul_writes_otherwise() -> None:
    assert spelled_alike("주니퍼", ["Juniper"]) == "Juniper"
    assert spelled_alike("에치드", ["Etched"]) == "Etched"  # tch is ㅊ
    assert spelled_alike("베니오프", ["Benioff"]) == "Benioff"  # ff is written ㅍ
    assert spelled_alike("루빈", ["Robin"]) is None  # another onset
    assert spelled_alike("웨이모", ["Waymo", "Wimo"]) == "Waymo"  # ay is written 에이
    assert spelled_alike("피규어", ["Figure"]) == "Figure"  # -gure is written 규어
    assert spelled_alike("오셀롯", ["Ocelot"]) == "Ocelot"  # a soft c is written ㅅ
    assert spelled_alike("알파웨이브", ["Alphawave"]) == "Alphawave"  # the a of -ave is written 에이


def test_names_of_one_skeleton_are_told_apart_by_their_spelling() -> None:
    assert skeleton("Kaufland") == skeleton("Covariant")  # both `kplnt`
    assert rank("코베리언트", [("Kaufland", "k"), ("Covariant", "c")])[0].name == "Covariant"
    assert rank("카우플란트", [("Covariant", "c"), ("Kaufland", "k")])[0].name == "Kaufland"


KO = """---
title: 가상의 칩 스타트업
lang: ko
---
국내 스타트업 자르빅스는 새 추론 칩을 공개했다. 회사는 내년 양산을 목표로 한다.
"""
EN = """---
title: A made-up chip startup
lang: en
---
Zarviks, a Korean startup, unveiled a new inference chip. The company aims for volume production next year.
"""


def test_new_names_across_languages_are_queued_not_merged(fresh_services: Services) -> None:
    ingestor = fresh_services.ingestor
    ingestor.ensure_reference_graphs()
    ingestor.ingest_article(read_text(KO.encode(), "zarviks-ko.md"), "zarviks-ko.md")
    ingestor.ingest_article(read_text(EN.encode(), "zarviks-en.md"), "zarviks-en.md")
    (candidate,) = [c for c in list_candidates(fresh_services.store) if "Zarviks" in c.label]
    assert "자르빅스" in candidate.label and candidate.state == "open"
    assert candidate.source != candidate.target  # two IRIs until a person decides
    accepted = decide(fresh_services.store, candidate.id, accept=True)
    assert accepted.state == "accepted"
    assert candidate.id not in {c.id for c in list_candidates(fresh_services.store)}
    assert fresh_services.store.ask(
        f"ASK {{ GRAPH ?g {{ <{candidate.source}> <http://www.w3.org/2002/07/owl#sameAs> <{candidate.target}> }} }}"
    )


def test_a_hangul_word_without_an_english_cluster_is_not_respelled() -> None:
    assert spelled_alike("슬랙", ["Slack"]) == "Slack"  # 스+랙: the vowel Hangul adds inside `sl`
    assert spelled_alike("해외", ["Hao"]) is None  # `overseas`, no cluster: no name
