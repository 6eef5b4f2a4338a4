"""Real Chromium (Debian's package) driven by Playwright, against the app under waitress.

Playwright's own browser download cannot work offline, so `executable_path` points at the
Debian `chromium` binary that `make browser` (part of `make test`) installs. Read-only
flows use a server over the session's corpus store; flows that write get a server over an
empty store of their own. Screenshots land in tests/artifacts/ (gitignored).
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from playwright.sync_api import Browser, BrowserContext, Page, sync_playwright

from qa.services import Services
from qa.web import create_app

ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]
SIZES = {"laptop": (1280, 800), "phone": (390, 844)}


def chromium_path() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    assert found, "Debian chromium is not installed: run `make browser` (apt-get install chromium fonts-noto-cjk)"
    return found


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture(scope="module")
def base_url(app: Flask, serving: Any) -> Iterator[str]:
    """A server over the corpus store (read-only flows)."""
    with serving(app) as base:
        yield base


@pytest.fixture()
def fresh_url(fresh_services: Services, serving: Any) -> Iterator[str]:
    """A server over an empty store of its own (flows that write)."""
    with serving(create_app(services=fresh_services, warm=False)) as base:
        yield base


class Watched:
    """A page whose JavaScript errors and failed requests are collected for assertions."""

    def __init__(self, context: BrowserContext) -> None:
        self.context = context
        self.page: Page = context.new_page()
        self.errors: list[str] = []
        self.page.on("pageerror", lambda exc: self.errors.append(f"pageerror: {exc}"))
        self.page.on("console", lambda m: self.errors.append(f"console: {m.text}") if m.type == "error" else None)


@pytest.fixture()
def open_page(browser: Browser) -> Iterator[Any]:
    """open_page(size="laptop", locale="ko-KR", javascript=True) -> Watched; contexts closed after the test."""
    contexts: list[BrowserContext] = []

    def make(size: str = "laptop", locale: str = "ko-KR", javascript: bool = True) -> Watched:
        width, height = SIZES[size]
        context = browser.new_context(
            viewport={"width": width, "height": height}, locale=locale, java_script_enabled=javascript,
            accept_downloads=True,
        )
        context.set_default_timeout(30_000)
        contexts.append(context)
        return Watched(context)

    yield make
    for context in contexts:
        context.close()


@pytest.fixture()
def shoot() -> Any:
    """shoot(page, name): a full-page PNG under tests/artifacts/."""

    def take(page: Page, name: str) -> Path:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        path = ARTIFACTS / f"{name}.png"
        page.evaluate("window.scrollTo(0, 0)")  # a sticky header would otherwise sit mid-page
        page.screenshot(path=str(path), full_page=True)
        return path

    return take
