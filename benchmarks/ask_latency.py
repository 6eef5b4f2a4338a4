"""Benchmark: `POST /api/ask` latency (p50/p95) against a warm server, over the gold questions.

Against a running server:    python benchmarks/ask_latency.py --url http://127.0.0.1:5000
Or start one in-process:     python benchmarks/ask_latency.py --data data
Targets (issue 4): p50 <= 50 ms, p95 <= 150 ms on the bundled corpus.
"""

from __future__ import annotations

import argparse
import json
import statistics
import threading
import time
import urllib.request
from pathlib import Path

import qa
from qa.gold import load_questions

ROOT = Path(__file__).resolve().parent.parent


def post(url: str, question: str) -> dict[str, object]:
    body = json.dumps({"question": question}).encode()
    request = urllib.request.Request(url + "/api/ask", body, {"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=60) as response:
        return dict(json.load(response))


def start_server(data: str) -> str:
    """A warm server on a free local port, in a daemon thread of this process."""
    import waitress

    from kg.settings import Settings
    from qa.web import create_app

    server = waitress.create_server(create_app(Settings.load(data)), host="127.0.0.1", port=0, threads=4)
    threading.Thread(target=server.run, daemon=True).start()
    return f"http://127.0.0.1:{server.effective_port}"  # type: ignore[union-attr]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", help="a running trendkg server (default: start one over --data)")
    parser.add_argument("--data", default="data")
    parser.add_argument("--gold", default=str(ROOT / "tests" / "qa_gold"))
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    started = time.perf_counter()
    url = args.url or start_server(args.data)
    questions = [q.question for q in load_questions(Path(args.gold), "all")]
    for q in questions[:5]:  # warm caches (first query builds the BM25 index if missing)
        post(url, q)
    print(f"server ready in {time.perf_counter() - started:.1f} s: {url} (code: {Path(qa.__file__).parent})")
    timings: list[float] = []
    for _ in range(args.rounds):
        for q in questions:
            t = time.perf_counter()
            post(url, q)
            timings.append((time.perf_counter() - t) * 1000)
    first = sorted(timings[: len(questions)])  # before the server has read any sentence twice (qa.sentence_rows)
    print(f"/api/ask first round: n={len(first)} p50={statistics.median(first):.1f} ms p95={_p95(first):.1f} ms")
    timings.sort()
    print(f"/api/ask: n={len(timings)} p50={statistics.median(timings):.1f} ms p95={_p95(timings):.1f} ms")


def _p95(sorted_ms: list[float]) -> float:
    return sorted_ms[int(0.95 * (len(sorted_ms) - 1))]


if __name__ == "__main__":
    main()
