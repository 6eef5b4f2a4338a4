"""Benchmark: warm in-process `ask` latency (p50/p95 of one run); see extraction_speed.py for ingest.

Run by hand or `make bench`: python benchmarks/ask_latency.py --data data
"""

from __future__ import annotations

import argparse
import statistics
import time

from kg.settings import Settings
from qa.services import Services

QUESTIONS = [
    "엔비디아의 파트너는?",
    "세레브라스가 발표한 칩은?",
    "What did Snowflake acquire?",
    "Who invested in OpenAI?",
    "What does Rebellions develop?",
    "네이버가 공개한 모델은?",
    "AI 칩 시장 전망의 출처는?",
    "애플의 파트너는?",
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", default="data")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    svc = Services(Settings.load(args.data))
    started = time.perf_counter()
    svc.warm_up()
    print(f"warm-up (models): {time.perf_counter() - started:.1f} s")
    timings: list[float] = []
    for _ in range(args.rounds):
        for q in QUESTIONS:
            t = time.perf_counter()
            svc.answerer.ask(q)
            timings.append((time.perf_counter() - t) * 1000)
    timings.sort()
    p95 = timings[int(0.95 * (len(timings) - 1))]
    print(f"ask: n={len(timings)} p50={statistics.median(timings):.1f} ms p95={p95:.1f} ms")
    svc.close()


if __name__ == "__main__":
    main()
