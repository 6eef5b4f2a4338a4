"""HTTP fetching for pages and feeds: httpx with timeouts, a size cap, a redirect cap
(followed by hand so every hop passes the address check), a descriptive User-Agent
and conditional GET. Every failure is an IngestError with a one-line reason.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from urllib.parse import urljoin

import httpcore
import httpx

from ingest.document import IngestError
from ingest.netguard import GuardedBackend, NetPolicy, UnsafeURL, check_url

USER_AGENT = "trendkg/0.1 (tech-trend knowledge graph; fetches articles and feeds it is given)"
ACCEPT = "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.5"
REDIRECTS = {301, 302, 303, 307, 308}


class FetchError(IngestError):
    """A page or feed that could not be fetched (timeout, HTTP error, too large, refused)."""


@dataclass(frozen=True)
class FetchLimits:
    timeout_s: float = 15.0
    max_bytes: int = 5_000_000
    max_redirects: int = 5


@dataclass(frozen=True)
class Fetched:
    """What came back: the URL after redirects, the body and the validators for next time."""

    url: str
    requested: str
    status: int
    content_type: str  # media type, lower case, without parameters
    charset: str | None
    body: bytes
    etag: str | None = None
    last_modified: str | None = None

    @property
    def not_modified(self) -> bool:
        return self.status == 304


def _media_type(header: str) -> tuple[str, str | None]:
    kind, _, params = header.partition(";")
    charset = None
    for param in params.split(";"):
        key, _, value = param.strip().partition("=")
        if key.lower() == "charset" and value.strip(" \"'"):
            charset = value.strip(" \"'").lower()
    return kind.strip().lower(), charset


class GuardedTransport(httpx.HTTPTransport):
    """httpx's own transport over a connection pool whose sockets pass the address guard."""

    def __init__(self, policy: NetPolicy) -> None:
        super().__init__(trust_env=False)
        self._pool = httpcore.ConnectionPool(
            ssl_context=httpx.create_ssl_context(trust_env=False), network_backend=GuardedBackend(policy)
        )


class Fetcher:
    """One httpx client per fetcher; `fetch` is safe to call for many URLs in a batch."""

    def __init__(self, policy: NetPolicy, limits: FetchLimits | None = None) -> None:
        self.policy = policy
        self.limits = limits or FetchLimits()
        self.client = httpx.Client(
            follow_redirects=False,
            timeout=httpx.Timeout(self.limits.timeout_s),
            headers={"User-Agent": USER_AGENT, "Accept": ACCEPT},
            transport=GuardedTransport(policy),
            trust_env=False,  # no proxy from the environment: the address check must see the real target
        )

    def close(self) -> None:
        self.client.close()

    def fetch(self, url: str, etag: str | None = None, last_modified: str | None = None) -> Fetched:
        """GET `url`, following at most `max_redirects` redirects, each hop checked first."""
        headers: dict[str, str] = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        deadline = time.monotonic() + self.limits.timeout_s * 2
        current = url
        for hop in range(self.limits.max_redirects + 1):
            try:
                check_url(current, self.policy)
            except UnsafeURL as exc:
                raise UnsafeURL(f"{url}: redirected to {exc}" if hop else str(exc)) from exc
            try:
                with self.client.stream("GET", current, headers=headers) as response:
                    if response.status_code in REDIRECTS and "location" in response.headers:
                        current = urljoin(current, response.headers["location"])
                        continue
                    return self._read(url, current, response, deadline)
            except UnsafeURL as exc:  # the connect-time check (see netguard.GuardedBackend)
                raise UnsafeURL(f"{url}: {exc}") from exc
            except httpx.TimeoutException as exc:
                raise FetchError(f"{url}: timed out after {self.limits.timeout_s:g} s") from exc
            except httpx.InvalidURL as exc:
                raise FetchError(f"{url}: not a valid URL ({exc})") from exc
            except httpx.HTTPError as exc:
                raise FetchError(f"{url}: cannot fetch ({type(exc).__name__}: {exc})") from exc
        raise FetchError(f"{url}: more than {self.limits.max_redirects} redirects")

    def _read(self, requested: str, url: str, response: httpx.Response, deadline: float) -> Fetched:
        status = response.status_code
        if status != 304 and not 200 <= status < 300:
            raise FetchError(f"{requested}: HTTP {status} {response.reason_phrase}".rstrip())
        cap = self.limits.max_bytes
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > cap:
            raise FetchError(f"{requested}: too large ({int(declared)} bytes; the limit is {cap})")
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > cap:
                raise FetchError(f"{requested}: too large (over {cap} bytes)")
            if time.monotonic() > deadline:
                raise FetchError(f"{requested}: timed out while reading the body")
            chunks.append(chunk)
        content_type, charset = _media_type(response.headers.get("content-type", ""))
        return Fetched(
            url=url,
            requested=requested,
            status=status,
            content_type=content_type,
            charset=charset,
            body=b"".join(chunks),
            etag=response.headers.get("etag"),
            last_modified=response.headers.get("last-modified"),
        )
