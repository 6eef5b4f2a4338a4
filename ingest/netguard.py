"""Which URLs a fetch may reach: http(s) only, and no private, loopback, link-local,
multicast or reserved address unless the configuration allows it.

`check_url` runs on the addresses a host name resolves to, before the first request and
on every redirect hop (see ingest.fetch), so a public name pointing at 127.0.0.1 or a
redirect to the cloud metadata address is refused. `GuardedBackend` checks again when
the socket connects and connects to the very address it checked, so a name that
resolves differently the second time (DNS rebinding) cannot slip through.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import httpcore

from ingest.document import IngestError

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network


class UnsafeURL(IngestError):
    """A URL the fetcher refuses to reach."""


@dataclass(frozen=True)
class NetPolicy:
    """`allow_private` lifts the address check; `allow` names hosts or CIDR networks that may be private."""

    allow_private: bool = False
    allow: tuple[str, ...] = ()

    def allowed_networks(self) -> list[IPNetwork]:
        networks: list[IPNetwork] = []
        for item in self.allow:
            try:
                networks.append(ipaddress.ip_network(item, strict=False))
            except ValueError:
                continue  # a host name, matched by name
        return networks

    def allowed_hosts(self) -> set[str]:
        return {item.lower() for item in self.allow}


def is_public(address: IPAddress) -> bool:
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        return is_public(address.ipv4_mapped)
    return not (
        address.is_private
        or address.is_loopback
        or address.is_link_local
        or address.is_multicast
        or address.is_reserved
        or address.is_unspecified
    )


def resolve(host: str, port: int) -> list[IPAddress]:
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise IngestError(f"cannot resolve host {host!r}") from exc
    return [ipaddress.ip_address(str(info[4][0]).split("%", 1)[0]) for info in infos]


def allowed_addresses(host: str, port: int, policy: NetPolicy, url: str) -> list[IPAddress]:
    """The host's addresses; UnsafeURL if any of them is non-public and not allowed."""
    addresses = resolve(host, port)
    if policy.allow_private or host.lower() in policy.allowed_hosts():
        return addresses
    networks = policy.allowed_networks()
    for address in addresses:
        if not is_public(address) and not any(address in net for net in networks):
            raise UnsafeURL(
                f"{url}: refused to fetch from non-public address {address} "
                "(set allow_private_fetch or fetch_allow to permit it)"
            )
    return addresses


class GuardedBackend(httpcore.SyncBackend):
    """httpcore's socket backend, connecting only to an address the policy allows."""

    def __init__(self, policy: NetPolicy) -> None:
        self.policy = policy

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        failure: httpcore.ConnectError | None = None
        for address in allowed_addresses(host, port, self.policy, f"{host}:{port}"):
            try:
                return super().connect_tcp(str(address), port, timeout, local_address, socket_options)
            except httpcore.ConnectError as exc:
                failure = exc  # try the host's next address, as socket.create_connection would
        raise failure or httpcore.ConnectError(f"no address for {host}")


def check_url(url: str, policy: NetPolicy) -> None:
    """Raise UnsafeURL unless `url` is http(s) and every address of its host is allowed."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise UnsafeURL(f"{url}: only http and https URLs are fetched")
    host = (parts.hostname or "").lower()
    if not host:
        raise UnsafeURL(f"{url}: no host in the URL")
    if parts.username or parts.password:
        raise UnsafeURL(f"{url}: credentials in URLs are not accepted")
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError as exc:
        raise UnsafeURL(f"{url}: bad port") from exc
    allowed_addresses(host, port, policy, url)
