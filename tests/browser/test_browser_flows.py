"""What an analyst does in the UI, in real Chromium: ask, query, browse, ingest.

Each flow also checks that the page raised no JavaScript error on the way.
"""

from __future__ import annotations

import csv
import io
import json
import re
import urllib.parse
import urllib.request
from typing import Any

import pytest
from playwright.sync_api import expect

from kg.namespaces import ID, OWL
from kg.review import REVIEW_GRAPH, add_candidates
from qa.services import Services

# Mistral AI appears only in English articles: a Korean question must be answered from them.
KOREAN_QUESTION = "미스트랄AI가 발표한 모델은?"

# Written for these tests; the facts are real (Microsoft introduced Azure Maia 100 and Azure
# Cobalt 100 at Ignite in November 2023).
PASTED = {
    "title": "Microsoft shows Maia 100, its first in-house AI chip",
    "text": (
        "Microsoft introduced the Azure Maia 100, its first in-house AI accelerator, at Ignite in "
        "November 2023.\nThe company also presented the Azure Cobalt 100, an Arm-based CPU. "
        "Nvidia remains Microsoft's main supplier of AI GPUs."
    ),
}


def test_korean_question_gets_english_evidence(base_url: str, open_page: Any, shoot: Any) -> None:
    w = open_page()
    page = w.page
    page.goto(f"{base_url}/")
    page.locator('form.ask input[name="q"]').fill(KOREAN_QUESTION)
    page.locator('form.ask input[name="q"]').press("Enter")
    page.wait_for_url(re.compile(r"\?q="))
    # the answer page is shareable: the question is in the URL
    assert urllib.parse.parse_qs(urllib.parse.urlsplit(page.url).query)["q"] == [KOREAN_QUESTION]
    answer = page.locator("#answer .answer")
    expect(answer).to_be_visible()
    assert answer.get_attribute("lang") == "ko"
    assert "abstain" not in (answer.get_attribute("class") or "")
    expect(page.locator("#answer a.ent").first).to_be_visible()
    quotes = page.locator("ol.evidence q")
    assert quotes.count() >= 1
    # English sentences among the quotes (a Korean article of the corpus says it too, since ko47)
    assert "en" in {quotes.nth(i).get_attribute("lang") for i in range(quotes.count())}
    # the answer's name is marked inside the English sentence, found server-side
    marks = page.locator("ol.evidence mark")
    assert marks.count() >= 1
    assert any("mistral" in marks.nth(i).inner_text().lower() or "7b" in marks.nth(i).inner_text().lower()
               for i in range(marks.count()))
    # the evidence links to its article page, which renders
    first = page.locator("ol.evidence li").first
    title = first.locator('a[href^="/article/"]').inner_text()
    # "why this answer": the SPARQL opens in the editor
    page.locator("details.why summary").click()
    expect(page.locator("details.why pre")).to_contain_text("SELECT")
    shoot(page, "ask-answer-laptop")
    first.locator('a[href^="/article/"]').click()
    expect(page.locator("article h1")).to_have_text(title)
    assert not w.errors, w.errors


def test_abstains_clearly_when_not_in_corpus(base_url: str, open_page: Any) -> None:
    w = open_page(locale="en-US")
    w.page.goto(f"{base_url}/?q=" + urllib.parse.quote("Who are MindsLab's partners?"))
    expect(w.page.locator("#answer .badge-warn")).to_have_text("Not in the corpus")
    assert w.page.locator("ol.evidence").count() == 0


def test_ask_form_works_without_javascript(base_url: str, open_page: Any, shoot: Any) -> None:
    w = open_page(locale="en-US", javascript=False)
    page = w.page
    page.goto(f"{base_url}/")
    page.locator('form.ask input[name="q"]').fill("What did Snowflake acquire?")
    page.locator("form.ask button").click()
    page.wait_for_url(re.compile(r"\?q=What"))
    expect(page.locator("#answer .answer")).to_be_visible()
    expect(page.locator('#answer a.ent[href="/entity/neeva"]')).to_be_visible()
    assert page.locator("ol.evidence li").count() >= 1
    # entity and article pages read without JavaScript too
    page.locator("#answer a.ent").first.click()
    expect(page.locator("#mentions-chart svg polyline")).to_have_count(1)
    shoot(page, "ask-nojs-entity-laptop")


def test_sparql_completion_run_and_csv(base_url: str, open_page: Any, shoot: Any) -> None:
    w = open_page(locale="en-US")
    page = w.page
    page.goto(f"{base_url}/sparql")
    editor = page.locator(".CodeMirror")
    expect(editor).to_be_visible()  # CodeMirror from npm (make vendor), not a plain textarea
    assert page.locator(".CodeMirror .cm-keyword", has_text="PREFIX").count() >= 1  # highlighted
    preloaded = page.evaluate("document.querySelector('.CodeMirror').CodeMirror.getValue()")
    prefixes = preloaded.split("\n\n")[0]
    assert "PREFIX tkg: <https://trendkg.org/ns#>" in prefixes and "PREFIX id: <https://trendkg.org/id/>" in prefixes
    # keep the preloaded prefixes, write the rest by keyboard
    page.evaluate("""p => { const cm = document.querySelector('.CodeMirror').CodeMirror;
        cm.setValue(p + '\\n'); cm.setCursor(cm.lastLine(), 0); cm.focus(); }""", prefixes)
    page.keyboard.type("SELECT ?p ?o WHERE { GRAPH ?g { ")
    # an entity by its Korean label
    page.keyboard.type("세레브라")
    page.keyboard.press("Control+Space")
    hints = page.locator(".CodeMirror-hints li")
    expect(hints.first).to_be_visible()
    assert any(t.startswith("id:cerebras") for t in hints.all_inner_texts()), hints.all_inner_texts()
    page.locator(".CodeMirror-hints li", has_text="id:cerebras ").first.click()
    expect(hints).to_have_count(0)  # the list closed on the pick and the editor has the focus back
    page.wait_for_function("document.querySelector('.CodeMirror').CodeMirror.hasFocus()")
    page.keyboard.type(" ?p ?o } } LIMIT 20")
    text = page.evaluate("document.querySelector('.CodeMirror').CodeMirror.getValue()")
    assert "id:cerebras ?p ?o" in text
    # a predicate by its prefixed name
    page.keyboard.press("Control+End")
    page.keyboard.type("\n# tkg:partn")
    page.keyboard.press("Control+Space")
    expect(page.locator(".CodeMirror-hints li", has_text="tkg:partnersWith")).to_be_visible()
    page.keyboard.press("Escape")
    page.locator("#run").click()
    expect(page.locator("#status")).to_contain_text("rows")
    rows = page.locator("#results table tbody tr")
    assert rows.count() >= 1
    assert page.locator('#results a[href^="/entity/"]').count() >= 1  # IRIs link to entity pages
    shoot(page, "sparql-results-laptop")
    with page.expect_download() as info:
        page.locator("#download-csv").click()
    download = info.value
    assert download.suggested_filename.endswith(".csv")
    table = list(csv.reader(io.StringIO(open(download.path(), encoding="utf-8").read())))
    assert table[0] == ["p", "o"] and len(table) - 1 == rows.count()
    assert not w.errors, w.errors


def test_sparql_errors_show_position_and_timeout(base_url: str, open_page: Any) -> None:
    w = open_page(locale="en-US")
    page = w.page
    page.goto(f"{base_url}/sparql")
    expect(page.locator(".CodeMirror")).to_be_visible()
    page.evaluate("document.querySelector('.CodeMirror').CodeMirror.setValue('SELECT * WHERE {\\n  ?s ?p \\n')")
    page.locator("#run").click()
    expect(page.locator("#status")).to_contain_text("line")
    assert "error" in (page.locator("#status").get_attribute("class") or "")
    assert page.locator(".cm-error-line").count() == 1
    heavy = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?a { ?s ?p ?o } GRAPH ?b { ?s2 ?p2 ?o2 } GRAPH ?c { ?s3 ?p3 ?o3 } }"
    page.evaluate(f"document.querySelector('.CodeMirror').CodeMirror.setValue({heavy!r})")
    page.locator("#run").click()
    expect(page.locator("#status.timeout")).to_contain_text("Timed out", timeout=60_000)


def test_sparql_editor_without_vendor_files_is_a_textarea(
    base_url: str, open_page: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Any
) -> None:
    monkeypatch.setattr("qa.web.pages.editor.VENDOR", tmp_path)  # as if `make vendor` never ran
    w = open_page(locale="en-US")
    page = w.page
    page.goto(f"{base_url}/sparql")
    assert page.locator(".CodeMirror").count() == 0
    page.locator("#query").fill("SELECT ?e WHERE { GRAPH ?g { ?e a <https://trendkg.org/ns#Chip> } } LIMIT 3")
    page.locator("#run").click()
    expect(page.locator("#status")).to_contain_text("3 rows")
    assert not w.errors, w.errors


def test_entity_page_chart_and_graph(base_url: str, open_page: Any) -> None:
    w = open_page(locale="en-US")
    page = w.page
    page.goto(f"{base_url}/entity/nvidia")
    expect(page.locator("h1")).to_have_text("Nvidia")
    expect(page.locator(".labels [lang=ko]")).to_have_text("엔비디아")
    points = page.locator("#mentions-chart polyline").get_attribute("points") or ""
    assert len(points.split()) >= 6  # one point per month of the corpus
    assert page.locator("#mentions-chart circle").count() >= 3  # months with mentions
    box = page.locator("#mentions-chart svg").bounding_box()
    assert box and box["width"] > 300 and box["height"] > 60
    nodes = page.locator("#neighbourhood svg a")
    assert nodes.count() >= 3
    href = nodes.first.get_attribute("href")
    assert href and href.startswith("/entity/")
    # "query this entity" opens the editor with a query about it
    page.get_by_role("link", name="Query this entity").click()
    expect(page.locator(".CodeMirror")).to_be_visible()
    assert "id:nvidia" in page.evaluate("document.querySelector('.CodeMirror').CodeMirror.getValue()")
    assert not w.errors, w.errors


def test_ingest_pasted_article_then_find_it(
    fresh_url: str, fresh_services: Services, open_page: Any, shoot: Any
) -> None:
    w = open_page(locale="en-US")
    page = w.page
    page.goto(f"{fresh_url}/ingest")
    page.locator("#token").fill(str(fresh_services.settings.token))
    page.locator("#paste-title").fill(PASTED["title"])
    page.locator("#paste-lang").select_option("en")
    page.locator("#paste-text").fill(PASTED["text"])
    page.locator("#paste-form button[type=submit]").click()
    expect(page.locator("#ingest-status")).to_contain_text("1 added", timeout=60_000)
    link = page.locator("#ingest-table a[href^='/article/']")
    expect(link).to_have_text(PASTED["title"])
    shoot(page, "ingest-done-laptop")
    # the token was kept for this tab only
    assert page.evaluate("sessionStorage.getItem('trendkg-token')") == fresh_services.settings.token
    link.click()
    expect(page.locator("article h1")).to_have_text(PASTED["title"])
    expect(page.locator('article .text a.ent[href="/entity/microsoft"]').first).to_be_visible()
    assert page.locator("article .text").inner_text().strip() == PASTED["text"].strip()
    # re-ingest from the article page, with the token remembered
    page.locator('[data-action="reingest"]').click()
    expect(page.locator("#admin .status")).to_contain_text("replaced")
    assert not w.errors, w.errors


def test_ingest_upload_and_wrong_token(fresh_url: str, fresh_services: Services, open_page: Any, tmp_path: Any) -> None:
    w = open_page(locale="en-US")
    page = w.page
    page.goto(f"{fresh_url}/ingest")
    note = tmp_path / "maia.md"
    note.write_text(f"---\ntitle: {PASTED['title']}\nlang: en\n---\n{PASTED['text']}\n", encoding="utf-8")
    page.locator("#token").fill("not-the-token")
    page.locator("#upload-files").set_input_files(str(note))
    page.locator("#upload-form button[type=submit]").click()
    expect(page.locator("#ingest-status.error")).to_contain_text("403")
    assert fresh_services.store.graph_iris() == []
    page.locator("#token").fill(str(fresh_services.settings.token))
    page.locator("#upload-form button[type=submit]").click()
    expect(page.locator("#ingest-status")).to_contain_text("1 added", timeout=60_000)
    expect(page.locator("#ingest-table a[href='/article/maia']")).to_be_visible()


def test_script_in_an_article_renders_as_text(fresh_url: str, fresh_services: Services, open_page: Any) -> None:
    payload = {
        "id": "xss-test",
        "title": "Nvidia <img src=x onerror=\"window.__pwned=1\"> news",
        "lang": "en",
        "text": "Nvidia said <script>window.__pwned=1</script> about Microsoft. Microsoft builds Azure.",
    }
    request = urllib.request.Request(
        f"{fresh_url}/api/ingest", data=json.dumps(payload).encode(), method="POST",
        headers={"Content-Type": "application/json", "Authorization": f"Bearer {fresh_services.settings.token}"},
    )
    with urllib.request.urlopen(request, timeout=120) as response:
        assert response.status == 200
    w = open_page(locale="en-US")
    page = w.page
    page.goto(f"{fresh_url}/article/xss-test")
    expect(page.locator("article .text")).to_contain_text("<script>window.__pwned=1</script>")
    expect(page.locator("article h1")).to_contain_text('<img src=x onerror="window.__pwned=1">')
    assert page.evaluate("window.__pwned") is None
    assert page.locator("main script, main img").count() == 0
    for url in ("/entity/nvidia", "/?q=" + urllib.parse.quote("Who does Nvidia partner with?")):
        page.goto(fresh_url + url)
        assert page.evaluate("window.__pwned") is None, url


def test_ingest_size_limit_is_explained(fresh_url: str, fresh_services: Services, open_page: Any) -> None:
    w = open_page(locale="en-US")
    page = w.page
    page.goto(f"{fresh_url}/ingest")
    page.locator("#token").fill(str(fresh_services.settings.token))
    limit = fresh_services.settings.max_upload_bytes
    page.locator("#paste-text").fill("Nvidia builds chips. " * (limit // 20))
    page.locator("#paste-form button[type=submit]").click()
    expect(page.locator("#ingest-status.error")).to_contain_text(f"the limit is {limit} bytes")
    assert fresh_services.store.graph_iris() == []


def test_review_merge_from_the_queue(fresh_url: str, fresh_services: Services, open_page: Any) -> None:
    source, target = str(ID["new-rebellions-test"]), str(ID["rebellions"])
    add_candidates(fresh_services.store, [(source, target, "리벨리온즈 ↔ Rebellions", 91.0)])
    w = open_page(locale="en-US")
    page = w.page
    page.goto(f"{fresh_url}/review")
    row = page.locator("tr[data-candidate]")
    expect(row).to_have_count(1)
    page.locator(".token").fill(str(fresh_services.settings.token))
    row.locator('[data-decision="accept"]').click()
    expect(page.locator("#review-admin .status")).to_contain_text("accepted")
    expect(row).to_have_class(re.compile("decided"))
    assert fresh_services.store.ask(f"ASK {{ GRAPH <{REVIEW_GRAPH}> {{ <{source}> <{OWL.sameAs}> <{target}> }} }}")
    assert not w.errors, w.errors
