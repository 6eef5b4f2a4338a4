"""Fetching without the language pipelines: charsets, redirects, limits, content types,
the address guard, conditional GET and feed parsing, against a real local HTTP server."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from ingest.document import IngestError
from ingest.feeds import is_feed, parse_feed
from ingest.fetch import Fetcher, FetchLimits
from ingest.netguard import NetPolicy, UnsafeURL, check_url
from ingest.pages import read_page
from kg.settings import Settings
from tests.fetch_site import CHROME_EN, CHROME_KO, EXAONE, FEED_ETAG, HYPERCLOVA, MICRON, Site

LIMITS = FetchLimits(timeout_s=0.5, max_bytes=300_000, max_redirects=4)
LOCAL = NetPolicy(allow=("127.0.0.1",))  # the test server, allowed explicitly; nothing else private


@pytest.fixture()
def fetcher() -> Iterator[Fetcher]:
    fetcher = Fetcher(LOCAL, LIMITS)
    yield fetcher
    fetcher.close()


def test_utf8_page_loses_its_chrome_and_keeps_metadata(site: Site, fetcher: Fetcher) -> None:
    article = read_page(fetcher.fetch(site.base + "/en/micron-hbm3e.html"))
    for sentence in MICRON:
        assert sentence in article.body
    for chrome in CHROME_EN:
        assert chrome not in article.body
    assert "newsletter@example.org" not in article.body
    assert (article.lang, article.title, article.source) == ("en", "Micron starts HBM3E volume production",
                                                             "Example Tech News")
    assert article.url == site.base + "/en/micron-hbm3e.html"
    assert article.origin == site.base + "/en/micron-hbm3e.html"
    assert article.authors == ("Kim Minji",) and article.date == "2024-08-08"
    assert article.id.startswith("web-127-0-0-1-en-micron-hbm3e")


@pytest.mark.parametrize("path,sentences", [("/ko/exaone.html", EXAONE), ("/ko/hyperclova-x.html", HYPERCLOVA)])
def test_euc_kr_pages_decode_from_header_or_meta(site: Site, fetcher: Fetcher, path: str,
                                                 sentences: list[str]) -> None:
    fetched = fetcher.fetch(site.base + path)
    assert fetched.body.decode("euc-kr")  # really served in EUC-KR, not UTF-8
    with pytest.raises(UnicodeDecodeError):
        fetched.body.decode("utf-8")
    article = read_page(fetched)
    assert article.lang == "ko"
    for sentence in sentences:
        assert sentence in article.body
    for chrome in CHROME_KO:
        assert chrome not in article.body


def test_redirect_chain_is_followed_and_each_hop_checked(site: Site, fetcher: Fetcher) -> None:
    fetched = fetcher.fetch(site.base + "/redirect/1")
    assert fetched.url == site.base + "/en/micron-hbm3e.html"
    assert fetched.requested == site.base + "/redirect/1"
    assert read_page(fetched).url == site.base + "/en/micron-hbm3e.html"
    hops = [path for path, _ in site.requests if path.startswith("/redirect/")]
    assert hops[-3:] == ["/redirect/1", "/redirect/2", "/redirect/3"]


@pytest.mark.parametrize(
    "path,words",
    [
        ("/loop/1", ("more than 4 redirects",)),
        ("/missing", ("HTTP 404",)),
        ("/big.html", ("too large",)),
        ("/slow.html", ("timed out",)),
        ("/report.pdf", ("not HTML", "application/pdf")),
        ("/garbled.html", ("bad encoding",)),
        ("/to-metadata", ("redirected", "169.254.169.254", "non-public")),
    ],
)
def test_bad_urls_get_one_line_reasons(site: Site, fetcher: Fetcher, path: str, words: tuple[str, ...]) -> None:
    with pytest.raises(IngestError) as info:
        read_page(fetcher.fetch(site.base + path))
    message = str(info.value)
    assert "\n" not in message and message.startswith(site.base + path)
    for word in words:
        assert word in message


def test_redirect_to_a_private_address_is_never_requested(site: Site, fetcher: Fetcher) -> None:
    with pytest.raises(UnsafeURL):
        fetcher.fetch(site.base + "/to-metadata")
    assert not any("meta-data" in path for path, _ in site.requests)


def test_size_cap_also_holds_without_content_length(site: Site, fetcher: Fetcher) -> None:
    with pytest.raises(IngestError, match=r"too large \(over 300000 bytes\)"):
        fetcher.fetch(site.base + "/unsized.html")


def test_private_addresses_are_refused_by_default(site: Site) -> None:
    strict = Fetcher(NetPolicy(), LIMITS)
    try:
        for url in (site.base + "/en/micron-hbm3e.html", site.base.replace("127.0.0.1", "localhost") + "/"):
            with pytest.raises(UnsafeURL, match="non-public address"):
                strict.fetch(url)
    finally:
        strict.close()
    for url in ("http://10.1.2.3/", "http://192.168.0.1/x", "http://[::1]/", "http://169.254.169.254/",
                "http://224.0.0.1/", "http://0.0.0.0/", "http://[::ffff:127.0.0.1]/"):
        with pytest.raises(UnsafeURL):
            check_url(url, NetPolicy())
    for url in ("file:///etc/passwd", "ftp://example.org/a", "gopher://x/", "http://user:pw@example.org/"):
        with pytest.raises(UnsafeURL):
            check_url(url, NetPolicy(allow_private=True))
    check_url("http://10.1.2.3/", NetPolicy(allow=("10.0.0.0/8",)))
    check_url("http://192.168.0.1/", NetPolicy(allow_private=True))


def test_socket_connects_only_to_checked_addresses(site: Site, monkeypatch: pytest.MonkeyPatch) -> None:
    """If a name resolved to a public address when checked and to 127.0.0.1 when connecting
    (DNS rebinding), the connect-time guard still refuses: simulated by skipping the first check."""
    monkeypatch.setattr("ingest.fetch.check_url", lambda url, policy: None)
    strict = Fetcher(NetPolicy(), LIMITS)
    before = len(site.requests)
    try:
        with pytest.raises(UnsafeURL, match="non-public address 127.0.0.1"):
            strict.fetch(site.base + "/en/micron-hbm3e.html")
    finally:
        strict.close()
    assert len(site.requests) == before  # nothing reached the server


def test_settings_allow_private_fetch_from_env_and_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TRENDKG_ALLOW_PRIVATE_FETCH", raising=False)
    monkeypatch.delenv("TRENDKG_FETCH_ALLOW", raising=False)
    assert Settings.load(tmp_path).allow_private_fetch is False
    (tmp_path / "config.toml").write_text('fetch_allow = ["127.0.0.1", "10.0.0.0/8"]\nfetch_max_bytes = 1000\n')
    settings = Settings.load(tmp_path)
    assert settings.fetch_allow == ("127.0.0.1", "10.0.0.0/8") and settings.fetch_max_bytes == 1000
    monkeypatch.setenv("TRENDKG_ALLOW_PRIVATE_FETCH", "true")
    monkeypatch.setenv("TRENDKG_FETCH_ALLOW", "intranet.example, 192.168.1.0/24")
    settings = Settings.load(tmp_path)
    assert settings.allow_private_fetch is True
    assert settings.fetch_allow == ("intranet.example", "192.168.1.0/24")


def test_feeds_parse_and_answer_conditional_get(site: Site, fetcher: Fetcher) -> None:
    rss = fetcher.fetch(site.base + "/feeds/rss.xml")
    atom = fetcher.fetch(site.base + "/feeds/atom.xml")
    page = fetcher.fetch(site.base + "/en/micron-hbm3e.html")
    assert is_feed(rss.content_type, rss.body) and is_feed(atom.content_type, atom.body)
    assert not is_feed(page.content_type, page.body)
    assert is_feed("text/xml", atom.body) and not is_feed("text/xml", b"<html></html>")
    items = parse_feed(rss.body, rss.url)
    assert [i.link for i in items] == [site.base + "/news/tsmc-3nm.html", site.base + "/news/gone.html"]
    assert items[0].published == "2022-12-30" and items[1].summary.startswith("SK hynix said")
    entries = parse_feed(atom.body, atom.url)
    assert [e.key for e in entries] == ["urn:example:gaudi3", "urn:example:exaone"]
    assert entries[1].link == site.base + "/ko/exaone.html"  # relative link resolved against the feed
    again = fetcher.fetch(site.base + "/feeds/rss.xml", etag=rss.etag, last_modified=rss.last_modified)
    assert again.not_modified and again.body == b""
    assert site.requests[-1][1].get("if-none-match") == FEED_ETAG
    assert site.requests[-1][1].get("if-modified-since") == rss.last_modified


def test_user_agent_is_descriptive(site: Site, fetcher: Fetcher) -> None:
    fetcher.fetch(site.base + "/en/micron-hbm3e.html")
    assert site.requests[-1][1]["user-agent"].startswith("trendkg/")
