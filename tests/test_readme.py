"""The README cannot drift from the code: its commands, routes and settings exist."""

from __future__ import annotations

import re
from pathlib import Path

from qa.cli import build_parser
from qa.web.openapi import OPENAPI

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def test_every_cli_command_in_the_readme_exists() -> None:
    parser = build_parser()
    subparsers = next(a for a in parser._actions if a.dest == "command")
    known = set(subparsers.choices)  # type: ignore[arg-type]
    shown = set(re.findall(r"^trendkg (\w+)", README, re.M))
    assert shown and shown <= known, shown - known
    assert known <= shown, f"undocumented commands: {known - shown}"


def test_every_documented_api_route_is_described() -> None:
    routes = set(re.findall(r"`(?:GET|POST|GET/POST) (/[a-z/._{}]*)", README))  # {name}: a path parameter
    described = set(OPENAPI["paths"])
    for route in routes:
        if route.startswith("/api/") or route in ("/healthz", "/sparql"):
            assert route in described, route


def test_every_setting_in_the_readme_is_read() -> None:
    source = (Path(__file__).resolve().parent.parent / "kg" / "settings.py").read_text(encoding="utf-8")
    for name in re.findall(r"`(TRENDKG_[A-Z_]+)`", README):
        assert name in source, name


def test_make_targets_named_in_the_readme_exist() -> None:
    makefile = (Path(__file__).resolve().parent.parent / "Makefile").read_text(encoding="utf-8")
    for target in set(re.findall(r"make (\w+)", README)):
        assert re.search(rf"^{target}:", makefile, re.M), target
