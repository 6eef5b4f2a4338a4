"""The web app over the real corpus store: server-rendered pages, the REST API, ingest.

Read-only tests share one app over the session's corpus store; every test that writes
builds its own app over an empty store (`fresh_services`), so the corpus never changes.
"""

from __future__ import annotations

import html
import json
import re
import urllib.parse
import urllib.request
from collections.abc import Iterator
from typing import Any

import pytest
from flask import Flask
from flask.testing import FlaskClient

from kg.namespaces import ID, TKG, article_id_of, graph_iri, local_name
from qa.services import Services

ROOT_CORPUS_ARTICLE = "en01-cerebras-g42-condor-galaxy"  # the stem of corpus/en/en01-….md
ANSWER_KEYS = {"question", "lang", "answer", "answers", "evidence", "sparql", "confidence", "abstained"}
EVIDENCE_KEYS = {"sentence", "article", "title", "url", "date", "lang", "start", "end", "citation"}

# Written for these tests; the facts are real (Nvidia and Microsoft announced a multi-year
# collaboration on a cloud AI supercomputer in Azure on 16 November 2022).
NEW_ARTICLE = {
    "title": "Nvidia and Microsoft plan a cloud AI supercomputer on Azure",
    "lang": "en",
    "date": "2022-11-16",
    "text": (
        "Nvidia and Microsoft announced a multiyear collaboration on November 16, 2022 to build "
        "a cloud AI supercomputer.\n"
        "The system runs on Microsoft Azure and uses tens of thousands of Nvidia GPUs, "
        "including the A100 and the H100.\n"
        "Nvidia said it would use Azure to research generative AI.\n"
    ),
}
# Microsoft introduced Azure Maia 100 and Azure Cobalt 100 at Ignite on 15 November 2023.
OTHER_ARTICLE = {
    "title": "Microsoft shows its first in-house AI chip",
    "lang": "en",
    "text": (
        "Microsoft introduced the Azure Maia 100, its first in-house AI accelerator, at Ignite in "
        "November 2023. The company also presented the Azure Cobalt 100, an Arm-based CPU."
    ),
}


# -- helpers (app, client and fresh_client come from conftest) -----------------------
def auth(services: Services) -> dict[str, str]:
    return {"Authorization": f"Bearer {services.settings.token}"}


def article_text(services: Services, article_iri: str) -> str:
    """tkg:text of an article, read from the article's own named graph."""
    article_id = article_id_of(article_iri)
    assert article_id, article_iri
    rows = services.store.select(
        f"SELECT ?text WHERE {{ GRAPH <{graph_iri(article_id)}> {{ <{article_iri}> <{TKG.text}> ?text }} }}"
    )
    assert len(rows) == 1, (article_iri, rows)
    return str(rows[0]["text"])


def page(client: FlaskClient, url: str, **kwargs: Any) -> str:
    response = client.get(url, **kwargs)
    assert response.status_code == 200, (url, response.status_code)
    assert response.mimetype == "text/html"
    return response.get_data(as_text=True)


def visible_text(fragment: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", fragment))


def assert_answer_contract(result: dict[str, Any], question: str) -> None:
    assert set(result) == ANSWER_KEYS
    assert result["question"] == question
    assert result["lang"] in ("ko", "en")
    assert isinstance(result["answer"], str) and result["answer"]
    assert isinstance(result["abstained"], bool)
    assert isinstance(result["confidence"], int | float) and 0.0 <= result["confidence"] <= 1.0
    assert result["sparql"] is None or isinstance(result["sparql"], str)
    for a in result["answers"]:
        assert set(a) == {"label", "iri", "labels"}
        assert set(a["labels"]) == {"ko", "en"} and all(a["labels"].values())
        assert a["label"] == a["labels"][result["lang"]]
    for ev in result["evidence"]:
        assert set(ev) == EVIDENCE_KEYS
        assert isinstance(ev["start"], int) and isinstance(ev["end"], int)
        assert 0 <= ev["start"] < ev["end"]
        assert ev["lang"] in ("ko", "en")
        assert ev["sentence"] and ev["title"] and ev["article"]


# -- pages ---------------------------------------------------------------------------
def test_index_renders_form_and_examples_without_javascript(client: FlaskClient) -> None:
    body = page(client, "/", headers={"Accept-Language": "en"})
    assert re.search(r'<html lang="en">', body)
    assert "<script" not in body  # the ask page is plain HTML: a GET form and links
    assert re.search(r'<form[^>]*method="get"[^>]*action="/"', body)
    assert re.search(r'<input[^>]*name="q"', body)
    examples = re.findall(r'<p class="examples">(.*?)</p>', body, re.S)
    assert examples, "no example questions on the ask page"
    links = re.findall(r'<a href="(/\?q=[^"]+)">([^<]+)</a>', examples[0])
    assert len(links) >= 2
    assert any(re.search(r"[가-힣]", text) for _, text in links), "no Korean example"
    assert any(re.fullmatch(r"[ -~]+", text) for _, text in links), "no English example"
    for href, text in links:
        # each example link is a shareable answer page for exactly that question
        assert urllib.parse.parse_qs(urllib.parse.urlsplit(html.unescape(href)).query)["q"] == [text]
        answered = page(client, html.unescape(href))
        assert 'id="answer"' in answered
        assert 'class="answer abstain"' not in answered, f"example {text!r} abstains"


def test_index_language_follows_browser_or_choice(client: FlaskClient) -> None:
    assert '<html lang="ko">' in page(client, "/", headers={"Accept-Language": "ko-KR,ko;q=0.9"})
    assert '<html lang="en">' in page(client, "/?ui=en", headers={"Accept-Language": "ko"})
    assert '<html lang="ko">' in page(client, "/?ui=ko", headers={"Accept-Language": "en"})


def test_answer_page_is_server_rendered(client: FlaskClient) -> None:
    question = "엔비디아의 파트너는?"
    api = client.get("/api/ask", query_string={"q": question}).get_json()
    assert not api["abstained"] and api["evidence"] and api["sparql"]

    body = page(client, "/", query_string={"q": question})
    assert "<script" not in body
    card = re.search(r'<section class="card" id="answer">(.*?)</section>', body, re.S)
    assert card, "no answer card"
    assert api["answer"] in visible_text(card.group(1))
    for a in api["answers"]:
        assert f'href="/entity/{local_name(a["iri"])}"' in card.group(1)
    evidence = re.search(r'<ol class="evidence">(.*?)</ol>', body, re.S)
    assert evidence, "no evidence list"
    items = re.findall(r"<li>(.*?)</li>", evidence.group(1), re.S)
    assert len(items) == len(api["evidence"])
    for item, ev in zip(items, api["evidence"], strict=True):
        assert ev["sentence"] in visible_text(item)
        link = re.search(r'href="(/article/[^"]+)"', item)
        assert link and page(client, link.group(1))
    pre = re.search(r"<pre>(.*?)</pre>", body, re.S)
    assert pre, "no SPARQL block"
    assert html.unescape(pre.group(1)) == api["sparql"]  # shown verbatim, escaped


@pytest.mark.parametrize(
    ("question", "question_lang", "evidence_lang", "expected_answer"),
    [
        # Mistral AI's models are covered mostly by English articles (one Korean one, ko47, names Mistral 7B)
        ("미스트랄AI가 발표한 모델은?", "ko", "en", "mistral-7b"),
        # Snowflake's acquisition of Neeva is only in a Korean article
        ("What did Snowflake acquire?", "en", "ko", "neeva"),
    ],
)
def test_api_ask_across_languages(
    client: FlaskClient,
    corpus_services: Services,
    question: str,
    question_lang: str,
    evidence_lang: str,
    expected_answer: str,
) -> None:
    response = client.post("/api/ask", json={"question": question})
    assert response.status_code == 200 and response.mimetype == "application/json"
    result = response.get_json()
    assert_answer_contract(result, question)
    assert result["lang"] == question_lang
    assert not result["abstained"]
    assert str(ID[expected_answer]) in {a["iri"] for a in result["answers"]}
    assert result["evidence"]
    assert evidence_lang in {ev["lang"] for ev in result["evidence"]}
    for ev in result["evidence"]:
        text = article_text(corpus_services, ev["article"])
        assert text[ev["start"] : ev["end"]] == ev["sentence"]
    # the GET form is the same API
    again = client.get("/api/ask", query_string={"q": question}).get_json()
    assert again == result


@pytest.mark.parametrize("question", ["마인즈랩의 파트너는?", "Who are MindsLab's partners?"])
def test_api_ask_abstains_outside_the_corpus(client: FlaskClient, corpus_services: Services, question: str) -> None:
    # precondition: the catalog knows MindsLab, but no article mentions it
    assert not corpus_services.store.ask(f"ASK {{ GRAPH ?g {{ ?m <{TKG.refersTo}> <{ID['mindslab']}> }} }}")
    result = client.post("/api/ask", json={"question": question}).get_json()
    assert_answer_contract(result, question)
    assert result["abstained"] is True
    assert result["evidence"] == [] and result["answers"] == []
    assert result["confidence"] == 0.0


@pytest.mark.parametrize("question", ["오늘 서울 날씨는?", "가가가가가가가가"])
def test_api_ask_abstains_on_off_topic_question(client: FlaskClient, question: str) -> None:
    result = client.post("/api/ask", json={"question": question}).get_json()
    assert result["abstained"] is True, result["answer"]


@pytest.mark.parametrize(
    "kwargs",
    [
        {"data": "엔비디아의 파트너는?", "content_type": "text/plain"},  # not JSON
        {"data": "{broken", "content_type": "application/json"},
        {"json": ["엔비디아의 파트너는?"]},
        {"json": {}},
        {"json": {"question": ""}},
        {"json": {"question": "   \n"}},
        {"json": {"question": 42}},
        {"json": {"question": "엔" * 501}},
    ],
    ids=["text-body", "broken-json", "json-list", "no-question", "empty", "blank", "number", "too-long"],
)
def test_api_ask_rejects_bad_input(client: FlaskClient, kwargs: dict[str, Any]) -> None:
    response = client.post("/api/ask", **kwargs)
    assert response.status_code == 400
    assert response.mimetype == "application/json"
    body = response.get_json()
    assert set(body) == {"error"} and isinstance(body["error"], str) and body["error"]


def test_api_ask_get_without_question_and_length_boundary(client: FlaskClient) -> None:
    missing = client.get("/api/ask")
    assert missing.status_code == 400 and "error" in missing.get_json()
    at_limit = ("엔비디아의 파트너는? " * 50)[:500]
    assert len(at_limit) == 500
    ok = client.post("/api/ask", json={"question": at_limit})
    assert ok.status_code == 200
    assert_answer_contract(ok.get_json(), at_limit)


def test_entity_page_shows_both_labels(client: FlaskClient) -> None:
    body = page(client, "/entity/nvidia")
    assert "엔비디아" in body and "Nvidia" in body
    # it lists the articles that mention the entity, and those links work
    article_links = set(re.findall(r'href="(/article/[^"]+)"', body))
    assert article_links
    for link in sorted(article_links)[:3]:
        assert "/entity/nvidia" in page(client, link)


def test_unknown_entity_is_404_html_or_json(client: FlaskClient) -> None:
    browser = client.get("/entity/does-not-exist", headers={"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"})
    assert browser.status_code == 404 and browser.mimetype == "text/html"
    assert "404" in browser.get_data(as_text=True)
    api = client.get("/entity/does-not-exist", headers={"Accept": "application/json"})
    assert api.status_code == 404 and api.mimetype == "application/json"
    assert set(api.get_json()) == {"error"}


@pytest.mark.parametrize("url", ["/entity/a%3Eb", "/entity/two%20words", "/article/x%7D%20%7B", "/article/%22"])
def test_odd_characters_in_page_urls_are_404_not_500(client: FlaskClient, url: str) -> None:
    assert client.get(url).status_code == 404


def test_article_page_links_mentions_and_keeps_text(client: FlaskClient, corpus_services: Services) -> None:
    body = page(client, f"/article/{ROOT_CORPUS_ARTICLE}")
    text_div = re.search(r'<div class="text">(.*?)</div>', body, re.S)
    assert text_div
    # highlighting must not drop, duplicate or reorder any of the article's text
    expected = article_text(corpus_services, f"https://trendkg.org/article/{ROOT_CORPUS_ARTICLE}")
    assert visible_text(text_div.group(1)) == expected
    slugs = set(re.findall(r'<a class="ent" href="/entity/([^"]+)">', text_div.group(1)))
    assert {"cerebras", "g42"} <= slugs
    for slug in sorted(slugs):
        assert client.get(f"/entity/{slug}").status_code == 200, slug


def test_unknown_article_is_404(client: FlaskClient) -> None:
    assert client.get("/article/no-such-article").status_code == 404
    api = client.get("/article/no-such-article", headers={"Accept": "application/json"})
    assert api.status_code == 404 and "error" in api.get_json()


def test_healthz_and_openapi(client: FlaskClient) -> None:
    health = client.get("/healthz")
    assert health.status_code == 200 and health.get_json()["status"] == "ok"
    spec_response = client.get("/api/openapi.json")
    assert spec_response.status_code == 200
    spec = json.loads(spec_response.get_data(as_text=True))
    assert str(spec["openapi"]).startswith("3.")
    assert {"/api/ask", "/api/ingest", "/sparql"} <= set(spec["paths"])
    # the documented answer shape is the one /api/ask really returns
    schema = spec["paths"]["/api/ask"]["post"]["responses"]["200"]["content"]["application/json"]["schema"]
    assert set(schema["required"]) == ANSWER_KEYS


# -- ingest (each on an empty store of its own) --------------------------------------
def test_ingest_requires_the_token(fresh_client: FlaskClient, fresh_services: Services) -> None:
    no_header = fresh_client.post("/api/ingest", json=NEW_ARTICLE)
    assert no_header.status_code == 401 and "error" in no_header.get_json()
    assert no_header.headers.get("WWW-Authenticate", "").lower().startswith("bearer")  # RFC 6750
    basic = fresh_client.post("/api/ingest", json=NEW_ARTICLE, headers={"Authorization": "Basic dGVzdA=="})
    assert basic.status_code == 401
    wrong = fresh_client.post("/api/ingest", json=NEW_ARTICLE, headers={"Authorization": "Bearer not-the-token"})
    assert wrong.status_code == 403 and "error" in wrong.get_json()
    assert fresh_services.store.graph_iris() == []  # nothing was written


def test_ingest_pasted_article_then_browse_it(fresh_client: FlaskClient, fresh_services: Services) -> None:
    response = fresh_client.post("/api/ingest", json=NEW_ARTICLE, headers=auth(fresh_services))
    assert response.status_code == 200, response.get_data(as_text=True)
    (result,) = response.get_json()["results"]
    assert result["status"] == "added" and result["title"] == NEW_ARTICLE["title"]
    article_id = result["article_id"]

    body = page(fresh_client, f"/article/{article_id}")
    assert NEW_ARTICLE["title"] in body
    assert 'href="/entity/nvidia"' in body and 'href="/entity/microsoft"' in body
    text_div = re.search(r'<div class="text">(.*?)</div>', body, re.S)
    assert text_div and visible_text(text_div.group(1)) == NEW_ARTICLE["text"].strip("\n")
    # the entity page of the new store knows the article
    assert f'href="/article/{article_id}"' in page(fresh_client, "/entity/microsoft")
    # same text again: nothing to do
    again = fresh_client.post("/api/ingest", json=NEW_ARTICLE, headers=auth(fresh_services)).get_json()
    assert again["results"][0]["status"] == "skipped"


def test_ingest_rejects_bad_json_body(fresh_client: FlaskClient, fresh_services: Services) -> None:
    for body in ({"title": "no text"}, {"text": 5}, ["text"]):
        response = fresh_client.post("/api/ingest", json=body, headers=auth(fresh_services))
        assert response.status_code == 400 and "error" in response.get_json(), body
    assert fresh_services.store.graph_iris() == []


def test_two_pasted_articles_are_both_kept(fresh_client: FlaskClient, fresh_services: Services) -> None:
    first = fresh_client.post("/api/ingest", json=NEW_ARTICLE, headers=auth(fresh_services)).get_json()
    second = fresh_client.post("/api/ingest", json=OTHER_ARTICLE, headers=auth(fresh_services)).get_json()
    assert second["results"][0]["status"] == "added"
    for result in (first, second):
        assert fresh_client.get(f"/article/{result['results'][0]['article_id']}").status_code == 200
    assert len([g for g in fresh_services.store.graph_iris() if not g.endswith(("/catalog", "/ontology"))]) == 2


def test_ingested_markup_is_escaped(fresh_client: FlaskClient, fresh_services: Services) -> None:
    payload = {
        "id": "markup-test",
        "title": "Nvidia <b>bold</b> claims",
        "lang": "en",
        "text": "Nvidia said <script>alert(1)</script> about Microsoft. Microsoft builds Azure.",
    }
    response = fresh_client.post("/api/ingest", json=payload, headers=auth(fresh_services))
    assert response.status_code == 200, response.get_data(as_text=True)
    body = page(fresh_client, "/article/markup-test")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body
    assert "<script>alert(1)" not in body
    assert "&lt;b&gt;bold&lt;/b&gt;" in body and "<b>bold</b>" not in body


def test_article_url_with_script_scheme_is_refused(fresh_client: FlaskClient, fresh_services: Services) -> None:
    payload = {**OTHER_ARTICLE, "id": "url-test", "url": "javascript:alert(document.cookie)"}
    resp = fresh_client.post("/api/ingest", json=payload, headers=auth(fresh_services))
    assert resp.status_code == 400 and "http(s)" in resp.get_json()["error"]
    assert fresh_client.get("/article/url-test").status_code == 404


# -- real HTTP -----------------------------------------------------------------------
@pytest.fixture()
def http_base(app: Flask, serving: Any) -> Iterator[str]:
    with serving(app) as base:
        yield base


def test_ask_over_real_http(http_base: str) -> None:
    question = "What did Snowflake acquire?"
    url = f"{http_base}/api/ask?q={urllib.parse.quote(question)}"
    with urllib.request.urlopen(url, timeout=60) as response:
        assert response.status == 200
        assert response.headers.get_content_type() == "application/json"
        result = json.loads(response.read().decode("utf-8"))
    assert_answer_contract(result, question)
    assert not result["abstained"]
