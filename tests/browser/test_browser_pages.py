"""Every page at a laptop and a phone size: it renders, raises no script error, does not
overflow the viewport sideways, sets its language, and is saved as a screenshot to look at."""

from __future__ import annotations

import urllib.parse
from typing import Any

import pytest

PAGES = {
    "ask": "/",
    "answer": "/?q=" + urllib.parse.quote("엔비디아의 파트너는?"),
    "abstain": "/?q=" + urllib.parse.quote("마인즈랩의 파트너는?"),
    "entity": "/entity/nvidia",
    "article": "/article/en01-cerebras-g42-condor-galaxy",
    "trends": "/trends",
    "sparql": "/sparql",
    "ingest": "/ingest",
    "review": "/review",
}


@pytest.mark.parametrize("size", ["laptop", "phone"])
@pytest.mark.parametrize("name", list(PAGES))
def test_page_renders_and_fits(base_url: str, open_page: Any, shoot: Any, name: str, size: str) -> None:
    w = open_page(size=size, locale="ko-KR")
    page = w.page
    response = page.goto(base_url + PAGES[name])
    assert response is not None and response.status == 200
    page.wait_for_load_state("networkidle")
    assert page.locator("html").get_attribute("lang") == "ko"
    assert page.locator("header.top nav a").count() >= 5
    width = page.evaluate("document.documentElement.clientWidth")
    overflow = page.evaluate("document.documentElement.scrollWidth")
    assert overflow <= width, f"{name} is {overflow}px wide in a {width}px viewport"
    shoot(page, f"{name}-{size}")
    assert not w.errors, w.errors


def test_language_switch_is_remembered(base_url: str, open_page: Any) -> None:
    w = open_page(locale="ko-KR")
    page = w.page
    page.goto(base_url + "/trends")
    assert page.locator("html").get_attribute("lang") == "ko"
    page.locator(".langs a[lang=en]").click()
    assert page.locator("html").get_attribute("lang") == "en"
    page.locator("header.top nav a", has_text="Ask").click()  # the choice follows to other pages
    assert page.locator("html").get_attribute("lang") == "en"
