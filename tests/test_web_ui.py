"""The UI's server side over the real corpus store: completion, trends, disagreements,
footnotes, highlighting, language choice, and the token-guarded article and review writes."""

from __future__ import annotations

import html
import re
import urllib.parse

import pytest
from flask.testing import FlaskClient

from kg.namespaces import ID, OWL, local_name
from kg.review import REVIEW_GRAPH, add_candidates
from qa.disagreements import disagreements, value_claims
from qa.services import Services
from qa.trends import all_months

TRANSLATED = {"ko": "질문", "en": "Ask"}


def bearer(token: str | None) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def items(client: FlaskClient, prefix: str, kind: str) -> list[str]:
    response = client.get("/api/complete", query_string={"prefix": prefix, "kind": kind})
    assert response.status_code == 200, response.get_json()
    return [i["text"] for i in response.get_json()["items"]]


@pytest.mark.parametrize("prefix", ["세레브", "cereb", "Cerebras", "id:cereb"])
def test_complete_entity_by_either_label_or_id(client: FlaskClient, prefix: str) -> None:
    found = items(client, prefix, "entity")
    assert "id:cerebras" in found, found
    assert len(found) <= 20


def test_complete_classes_and_predicates_from_the_data(client: FlaskClient) -> None:
    assert items(client, "tkg:Ch", "class") == ["tkg:Chip"]
    assert "tkg:partnersWith" in items(client, "tkg:partners", "predicate")
    assert "schema:headline" in items(client, "schema:head", "predicate")
    assert items(client, "", "entity") == []
    bad = client.get("/api/complete", query_string={"prefix": "x", "kind": "graph"})
    assert bad.status_code == 400 and "kind" in bad.get_json()["error"]


def test_trends_chart_follows_the_picker(client: FlaskClient, corpus_services: Services) -> None:
    body = client.get("/trends?e=nvidia&e=amd&e=../etc", headers={"Accept-Language": "en"}).get_data(as_text=True)
    chart = re.search(r'<figure class="chart-box" id="compare-chart">(.*?)</figure>', body, re.S)
    assert chart
    lines = re.findall(r'<polyline points="([^"]+)"', chart.group(1))
    assert len(lines) == 2  # the unsafe id is ignored
    assert all(len(points.split()) == len(all_months(corpus_services.store)) for points in lines)
    assert re.search(r'name="e" value="nvidia" checked', body)
    default = client.get("/trends").get_data(as_text=True)
    assert len(re.findall(r"<polyline", default.split('id="compare-chart"')[1].split("</figure>")[0])) == 3


def test_disagreements_hold_different_amounts_from_different_articles(corpus_services: Services) -> None:
    found = disagreements(value_claims(corpus_services.store))
    assert found, "the corpus holds AMD's 2027 market forecast at $150 billion and at $400 billion"
    for d in found:
        assert len({c.article for c in d.sides}) == len(d.sides) >= 2
        assert len({c.amount for c in d.sides}) >= 2
        assert d.target is not None
    amd = [d for d in found if d.entity == str(ID["amd"])]
    assert amd and {150_000_000_000, 400_000_000_000} <= {int(c.amount) for c in amd[0].sides}


def test_entity_page_sets_disagreeing_sources_side_by_side(client: FlaskClient) -> None:
    body = client.get("/entity/amd").get_data(as_text=True)
    sides = re.findall(r'<div class="side"><div class="value">([^<]+)</div>', body)
    assert "$150 billion" in sides and "$400 billion" in sides


def test_entity_page_has_chart_graph_and_query_link(client: FlaskClient, corpus_services: Services) -> None:
    body = client.get("/entity/nvidia", headers={"Accept-Language": "en"}).get_data(as_text=True)
    chart = re.search(r'id="mentions-chart">(.*?)</figure>', body, re.S)
    assert chart and "<svg" in chart.group(1)
    (points,) = re.findall(r'<polyline points="([^"]+)"', chart.group(1))
    assert len(points.split()) == len(all_months(corpus_services.store))
    graph = re.search(r'id="neighbourhood">(.*?)</figure>', body, re.S)
    assert graph
    for slug in re.findall(r'<a href="/entity/([^"]+)">', graph.group(1)):
        assert client.get(f"/entity/{slug}").status_code == 200
    link = re.search(r'href="(/sparql\?text=[^"]+)"', body)
    assert link
    query = urllib.parse.parse_qs(urllib.parse.urlsplit(html.unescape(link.group(1))).query)["text"][0]
    assert "id:nvidia" in query and query.startswith("PREFIX")
    assert 'id="query"' in client.get(link.group(1), headers={"Accept": "text/html"}).get_data(as_text=True)


def test_article_footnotes_link_to_their_references(client: FlaskClient, corpus_services: Services) -> None:
    rows = corpus_services.store.select(
        "SELECT DISTINCT ?a WHERE { GRAPH ?g { ?r <https://trendkg.org/ns#inArticle> ?a ; "
        "<https://trendkg.org/ns#footnoteNumber> ?n } } LIMIT 5")
    assert rows
    linked = 0
    for row in rows:
        body = client.get(f"/article/{local_name(str(row['a']))}").get_data(as_text=True)
        targets = set(re.findall(r'<a class="fn" href="#ref-(\d+)">(\d+)</a>', body))
        for target, text in targets:
            assert target == text and f'id="ref-{target}"' in body
        linked += len(targets)
    assert linked


def test_answer_names_are_marked_in_the_evidence(client: FlaskClient) -> None:
    question = "엔비디아의 파트너는?"
    result = client.get("/api/ask", query_string={"q": question}).get_json()
    names = {n.lower() for a in result["answers"] for n in (a["label"], *a["labels"].values())}
    body = client.get("/", query_string={"q": question}).get_data(as_text=True)
    marks = [html.unescape(m).lower() for m in re.findall(r"<mark>(.*?)</mark>", body)]
    assert marks and set(marks) <= names


def test_ui_language_choice_is_remembered(client: FlaskClient) -> None:
    response = client.get("/?ui=en", headers={"Accept-Language": "ko"})
    assert '<html lang="en">' in response.get_data(as_text=True)
    assert "ui=en" in response.headers.get("Set-Cookie", "")
    again = client.get("/trends", headers={"Accept-Language": "ko"}).get_data(as_text=True)
    assert '<html lang="en">' in again and f">{TRANSLATED['en']}</a>" in again


def test_review_decisions_need_the_token(fresh_client: FlaskClient, fresh_services: Services) -> None:
    source, target = str(ID["new-rebellions-test"]), str(ID["rebellions"])
    assert add_candidates(fresh_services.store, [(source, target, "리벨리온즈 ↔ Rebellions", 0.9)]) == 1
    (candidate,) = fresh_client.get("/api/review").get_json()["candidates"]
    url = f"/api/review/{candidate['id']}"
    assert fresh_client.post(url, json={"decision": "accept"}).status_code == 401
    assert fresh_client.post(url, json={"decision": "accept"}, headers=bearer("nope")).status_code == 403
    token = bearer(fresh_services.settings.token)
    assert fresh_client.post(url, json={"decision": "maybe"}, headers=token).status_code == 400
    assert fresh_client.post("/api/review/0000000000", json={"decision": "accept"}, headers=token).status_code == 404
    same = f"ASK {{ GRAPH <{REVIEW_GRAPH}> {{ <{source}> <{OWL.sameAs}> <{target}> }} }}"
    assert not fresh_services.store.ask(same)
    decided = fresh_client.post(url, json={"decision": "accept"}, headers=token)
    assert decided.status_code == 200 and decided.get_json()["state"] == "accepted"
    assert fresh_services.store.ask(same)
    assert fresh_client.get("/api/review").get_json()["candidates"] == []
    page = fresh_client.get("/review").get_data(as_text=True)
    assert "data-candidate=" not in page


def test_new_entities_are_confirmed_or_rejected(fresh_client: FlaskClient, fresh_services: Services) -> None:
    token = bearer(fresh_services.settings.token)
    text = "Zyphra Labs unveiled the Zamba2 model. Zyphra Labs said Zamba2 runs on AMD chips."
    article = {"id": "zyphra-test", "title": "Zyphra", "lang": "en", "text": text}
    assert fresh_client.post("/api/ingest", json=article, headers=token).status_code == 200
    page = fresh_client.get("/review").get_data(as_text=True)
    found = re.findall(r'data-entity="([^"]+)"', page)
    assert found, page
    entity = found[0]
    url = "/api/review/entities"
    assert fresh_client.post(url, json={"entity": entity, "decision": "reject"}).status_code == 401
    assert fresh_client.post(url, json={"entity": entity, "decision": "maybe"}, headers=token).status_code == 400
    missing = {"entity": str(ID["new-nothing-here"]), "decision": "reject"}
    assert fresh_client.post(url, json=missing, headers=token).status_code == 404
    decided = fresh_client.post(url, json={"entity": entity, "decision": "reject"}, headers=token)
    assert decided.status_code == 200 and decided.get_json()["state"] == "rejected"
    assert f'data-entity="{entity}"' not in fresh_client.get("/review").get_data(as_text=True)


def test_reingest_and_delete_an_article(fresh_client: FlaskClient, fresh_services: Services) -> None:
    article = {"id": "maia-test", "title": "Microsoft shows Maia 100", "lang": "en", "date": "2023-11-15",
               "text": "Microsoft introduced the Azure Maia 100 at Ignite. Nvidia still supplies Microsoft."}
    token = bearer(fresh_services.settings.token)
    assert fresh_client.post("/api/ingest", json=article, headers=token).status_code == 200
    before = fresh_client.get("/article/maia-test").get_data(as_text=True)
    assert fresh_client.post("/api/articles/maia-test/reingest").status_code == 401
    again = fresh_client.post("/api/articles/maia-test/reingest", headers=token)
    assert again.status_code == 200 and again.get_json()["status"] == "replaced"
    after = fresh_client.get("/article/maia-test").get_data(as_text=True)
    text = re.compile(r'<div class="text">(.*?)</div>', re.S)
    assert text.findall(before) == text.findall(after)  # same text, same mentions
    assert fresh_client.post("/api/articles/nope/reingest", headers=token).status_code == 404
    assert fresh_client.delete("/api/articles/maia-test", headers=bearer("nope")).status_code == 403
    gone = fresh_client.delete("/api/articles/maia-test", headers=token)
    assert gone.status_code == 200
    assert fresh_client.get("/article/maia-test").status_code == 404
    assert fresh_client.delete("/api/articles/maia-test", headers=token).status_code == 404
