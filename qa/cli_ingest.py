"""`trendkg ingest PATH_OR_URL...` and `trendkg watch FEED...`: files, pages and feeds in.

Bad inputs get one line each on stderr and a non-zero exit; the rest still goes in.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from qa.cli_common import CliError, open_services

if TYPE_CHECKING:
    from ingest.pipeline import ArticleResult

INTERVAL = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(s|m|h)?\s*$", re.I)
UNITS = {"s": 1, "m": 60, "h": 3600}

AddCommand = Callable[[str, Callable[[argparse.Namespace], int], str], argparse.ArgumentParser]


def parse_interval(text: str) -> float:
    """`90s`, `15m`, `1h` (a bare number is seconds)."""
    match = INTERVAL.match(text)
    if not match or float(match.group(1)) <= 0:
        raise CliError(f"--every {text!r}: use a positive number with s, m or h, e.g. 15m")
    return float(match.group(1)) * UNITS[(match.group(2) or "s").lower()]


def cmd_ingest(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from ingest.pipeline import IngestSummary, expand_paths
    from ingest.web import is_url

    urls = [p for p in args.paths if is_url(p)]
    files = list(expand_paths(Path(p) for p in args.paths if not is_url(p)))
    bar = tqdm(
        total=len(files) + len(urls), desc="ingest", unit="article", disable=not sys.stderr.isatty() or args.quiet
    )
    errors: list[str] = []

    def progress(result: ArticleResult) -> None:
        bar.update(1)
        if result.status == "error":
            errors.append(result.message or result.source)

    def discovered(count: int) -> None:
        bar.total = (bar.total or 0) + count
        bar.refresh()

    summary = IngestSummary()
    with open_services(args) as svc:
        try:
            if files:
                summary.results += svc.ingestor.ingest_paths(files, progress).results
            if urls:
                summary.results += svc.web.ingest_urls(urls, progress, discovered)
        finally:
            bar.close()
    for message in errors:
        print(f"error: {message}", file=sys.stderr)
    print(summary.line())
    return 1 if errors else 0


def cmd_watch(args: argparse.Namespace) -> int:
    """Poll each feed, ingest only items not seen before, sleep, repeat (until Ctrl-C)."""
    from ingest.pipeline import IngestSummary

    every = parse_interval(args.every)
    failed = False
    with open_services(args) as svc:
        while True:
            for feed in args.feeds:
                summary = IngestSummary(svc.web.poll_feed(feed))
                for result in summary.results:
                    if result.status == "error":
                        print(f"error: {result.message}", file=sys.stderr)
                    else:
                        print(f"{result.status}: {result.article_id}  {result.title or ''}  ({result.source})")
                print(f"{feed}: {summary.line()}", flush=True)
                failed = failed or bool(summary.errors)
            if args.once:
                return 1 if failed else 0
            time.sleep(every)


def add_ingest_commands(add: AddCommand) -> None:
    p = add("ingest", cmd_ingest, "ingest files, folders, web pages and RSS/Atom feeds")
    p.add_argument("paths", nargs="+", metavar="PATH_OR_URL")
    p.add_argument("--quiet", action="store_true")
    p = add("watch", cmd_watch, "poll RSS/Atom feeds and ingest their new items")
    p.add_argument("feeds", nargs="+", metavar="FEED_URL")
    p.add_argument("--every", default="15m", help="time between polls: 90s, 15m, 1h (default 15m)")
    p.add_argument("--once", action="store_true", help="poll each feed once and exit")
