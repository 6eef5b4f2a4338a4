"""A small news site served on 127.0.0.1 for the fetch tests: pages in UTF-8 and EUC-KR
with page chrome, a page whose charset is only in <meta>, RSS and Atom feeds (with ETag /
Last-Modified), redirects, a 404, an oversized page, a slow page, a PDF, a page that decodes in no charset and two
syndicated copies of one story. Every article text was written for these tests; the
facts in it are real.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

MICRON = [
    "Micron Technology said on February 26, 2024 that it had started volume production of HBM3E memory.",
    "The first product is a 24GB stack built from eight layers of DRAM.",
    "Micron said the memory would be used in Nvidia H200 Tensor Core GPUs, which were due to ship in the "
    "second quarter of 2024.",
    "The company claimed the new stack draws about 30 percent less power than competing parts.",
]
EXAONE = [
    "LG AI연구원은 2024년 8월 7일 생성형 AI 모델 엑사원 3.0을 공개했다.",
    "연구원은 78억 개 파라미터를 가진 경량 모델을 연구 목적으로 오픈소스로 내놓았다.",
    "LG AI연구원은 엑사원 3.0이 한국어와 영어를 모두 다룬다고 설명했다.",
]
HYPERCLOVA = [
    "네이버는 2023년 8월 24일 개발자 행사에서 초거대 AI 하이퍼클로바X를 공개했다.",
    "네이버는 하이퍼클로바X를 대화형 서비스 클로바X와 검색 서비스 큐에 적용한다고 밝혔다.",
    "회사는 한국어 데이터를 많이 학습한 점을 이 모델의 강점으로 내세웠다.",
]
TSMC = [
    "TSMC held a ceremony at its Fab 18 in Tainan on December 29, 2022 to mark volume production of its "
    "3-nanometre process.",
    "The company said the 3nm node would bring gains in speed and power over its 5nm generation.",
]
GAUDI = [
    "Intel introduced the Gaudi 3 AI accelerator at its Vision event on April 9, 2024.",
    "Intel said Gaudi 3 carries 128GB of HBM2e memory.",
    "The company compared the accelerator with the Nvidia H100 in training and inference tests.",
]
MI300X = [
    "AMD launched the Instinct MI300X accelerator at its Advancing AI event on December 6, 2023.",
    "The MI300X carries 192GB of HBM3 memory, more than the Nvidia H100 offers.",
    "AMD said Microsoft and Oracle would offer the accelerator in their clouds.",
    "Meta also said it planned to use the MI300X for inference work.",
]
MISSING_SUMMARY = (
    "SK hynix said in March 2024 that it had begun volume production of HBM3E, the first supplier to do so."
)

CHROME_EN = ("Home | Tech | Chips | Subscribe", "Related stories", "Copyright 2024 Example Media. All rights reserved.")
CHROME_KO = ("홈 > IT > 인공지능", "관련기사", "무단 전재 및 재배포 금지")


def page(title: str, sentences: list[str], lang: str, *, meta_charset: str | None = None, canonical: str = "",
         site: str = "Example Tech News", extra: str = "") -> str:
    """A news page with navigation, share buttons, a related list and a legal footer around the story."""
    chrome = CHROME_KO if lang == "ko" else CHROME_EN
    meta = f'<meta charset="{meta_charset}">' if meta_charset else ""
    link = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    paragraphs = "\n".join(f"<p>{s}</p>" for s in sentences)
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head>{meta}<title>{title} - {site}</title>{link}
<meta property="og:title" content="{title}"><meta property="og:site_name" content="{site}">
<meta name="author" content="Kim Minji"><meta property="article:published_time" content="2024-08-08T09:00:00+09:00">
</head><body>
<header><nav><a href="/">{chrome[0]}</a></nav><div class="share">Share this | Print this</div></header>
<main><article><h1>{title}</h1>
{paragraphs}
{extra}
</article>
<aside><h2>{chrome[1]}</h2><ul><li><a href="/a">Another headline about memory chips</a></li>
<li><a href="/b">Cloud providers plan new data centres</a></li></ul></aside></main>
<footer><p>{chrome[2]}</p><p>newsletter@example.org</p></footer>
</body></html>"""


def rss(base: str) -> str:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Example Tech News</title><link>{base}/</link>
<description>Chips and AI</description>
<item><title>TSMC starts 3nm volume production</title><link>{base}/news/tsmc-3nm.html</link>
<guid>{base}/news/tsmc-3nm.html</guid><pubDate>Fri, 30 Dec 2022 01:00:00 GMT</pubDate>
<description>TSMC marked 3nm volume production.</description></item>
<item><title>SK hynix begins HBM3E mass production</title><link>{base}/news/gone.html</link>
<guid>{base}/news/gone.html</guid><pubDate>Tue, 19 Mar 2024 01:00:00 GMT</pubDate>
<description>{MISSING_SUMMARY}</description></item>
</channel></rss>"""


def atom(base: str) -> str:
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Example Chips Blog</title>
<id>{base}/feeds/atom.xml</id><updated>2024-04-10T00:00:00Z</updated>
<entry><title>Intel Gaudi 3</title><id>urn:example:gaudi3</id><link href="{base}/blog/gaudi3.html"/>
<updated>2024-04-10T00:00:00Z</updated><summary>Intel introduced Gaudi 3.</summary></entry>
<entry><title>엑사원 3.0 공개</title><id>urn:example:exaone</id><link href="/ko/exaone.html"/>
<updated>2024-08-08T00:00:00Z</updated><summary>LG AI연구원이 엑사원 3.0을 공개했다.</summary></entry>
</feed>"""


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    sized: bool = True  # False: no Content-Length, the body ends when the connection closes


FEED_ETAG = '"feed-v1"'
FEED_DATE = formatdate(1712700000, usegmt=True)


class Site:
    """The routes, plus every request's path and headers (to check conditional GET)."""

    def __init__(self) -> None:
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.base = ""

    def routes(self) -> dict[str, Callable[[dict[str, str]], Reply]]:
        b = self.base
        html = {"Content-Type": "text/html; charset=utf-8"}

        def fixed(reply: Reply) -> Callable[[dict[str, str]], Reply]:
            return lambda _headers: reply

        def feed(body: str, kind: str) -> Callable[[dict[str, str]], Reply]:
            def serve(headers: dict[str, str]) -> Reply:
                if headers.get("if-none-match") == FEED_ETAG or headers.get("if-modified-since") == FEED_DATE:
                    return Reply(304, b"", {"ETag": FEED_ETAG})
                return Reply(200, body.encode("utf-8"),
                             {"Content-Type": kind, "ETag": FEED_ETAG, "Last-Modified": FEED_DATE})
            return serve

        return {
            "/en/micron-hbm3e.html": fixed(Reply(body=page("Micron starts HBM3E volume production", MICRON, "en",
                                                           canonical=f"{b}/en/micron-hbm3e.html").encode(),
                                                 headers=html)),
            "/ko/exaone.html": fixed(Reply(body=page("LG AI연구원, 엑사원 3.0 공개", EXAONE, "ko",
                                                     site="예제 IT 뉴스").encode("euc-kr"),
                                           headers={"Content-Type": "text/html; charset=EUC-KR"})),
            "/ko/hyperclova-x.html": fixed(Reply(body=page("네이버, 하이퍼클로바X 공개", HYPERCLOVA, "ko",
                                                           meta_charset="euc-kr", site="예제 IT 뉴스").encode("euc-kr"),
                                                 headers={"Content-Type": "text/html"})),
            "/news/tsmc-3nm.html": fixed(Reply(body=page("TSMC starts 3nm volume production", TSMC, "en").encode(),
                                               headers=html)),
            "/blog/gaudi3.html": fixed(Reply(body=page("Intel Gaudi 3", GAUDI, "en").encode(), headers=html)),
            "/wire/mi300x.html": fixed(Reply(body=page("AMD launches Instinct MI300X", MI300X, "en",
                                                       site="Example Wire").encode(), headers=html)),
            "/mirror/mi300x.html": fixed(Reply(body=page(
                "AMD unveils the Instinct MI300X", MI300X, "en", site="Mirror Daily",
                extra="<p>This story first appeared on Example Wire.</p>").encode(), headers=html)),
            "/feeds/rss.xml": feed(rss(b), "application/rss+xml; charset=utf-8"),
            "/feeds/atom.xml": feed(atom(b), "application/atom+xml"),
            "/redirect/1": fixed(Reply(302, headers={"Location": "/redirect/2"})),
            "/redirect/2": fixed(Reply(301, headers={"Location": f"{b}/redirect/3"})),
            "/redirect/3": fixed(Reply(307, headers={"Location": "/en/micron-hbm3e.html"})),
            "/to-metadata": fixed(Reply(302, headers={"Location": "http://169.254.169.254/latest/meta-data/"})),
            "/big.html": fixed(Reply(body=page("Big", MICRON * 4000, "en").encode(), headers=html)),
            "/unsized.html": fixed(Reply(body=page("Unsized", MICRON * 4000, "en").encode(), headers=html,
                                         sized=False)),
            "/slow.html": fixed(Reply(body=page("Slow", TSMC, "en").encode(), headers=html, delay=3.0)),
            "/garbled.html": fixed(Reply(body=b"<html><body><p>" + bytes(range(128, 256)) * 20 + b"</p></body></html>",
                                         headers=html)),
            "/report.pdf": fixed(Reply(body=b"%PDF-1.4\n" + bytes(range(256)) * 4,
                                       headers={"Content-Type": "application/pdf"})),
        }

    def answer(self, path: str, headers: dict[str, str]) -> Reply:
        self.requests.append((path, headers))
        if path.startswith("/loop/"):  # an endless redirect chain
            return Reply(302, headers={"Location": f"/loop/{int(path.rsplit('/', 1)[1]) + 1}"})
        route = self.routes().get(path)
        if route is None:
            return Reply(404, b"<html><body>not found</body></html>", {"Content-Type": "text/html"})
        return route(headers)


def serve(site: Site) -> tuple[ThreadingHTTPServer, threading.Thread]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (http.server's name)
            reply = site.answer(self.path, {k.lower(): v for k, v in self.headers.items()})
            if reply.delay:
                time.sleep(reply.delay)
            try:
                self.send_response(reply.status)
                for key, value in reply.headers.items():
                    self.send_header(key, value)
                if reply.sized:
                    self.send_header("Content-Length", str(len(reply.body)))
                self.end_headers()
                self.wfile.write(reply.body)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (timeout, size cap): that is the point of those tests

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    site.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    return server, thread
