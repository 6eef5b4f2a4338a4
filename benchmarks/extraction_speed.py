"""Benchmark: extraction throughput per language (characters of article body per second).

Models load before timing; every corpus article of a language is extracted `--rounds`
times and the median round is reported. Run by hand: python benchmarks/extraction_speed.py
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

from ingest.extract import Extractor
from ingest.readers import SUPPORTED_SUFFIXES, read_path

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    extractor = Extractor()
    print(f"code: {Path(sys.modules[Extractor.__module__].__file__ or '').parent}")  # which checkout is measured
    articles = [read_path(p) for p in sorted(CORPUS.rglob("*")) if p.suffix.lower() in SUPPORTED_SUFFIXES]
    for lang in ("ko", "en"):
        batch = [a for a in articles if a.lang == lang]
        extractor.extract(batch[0])  # load the pipeline
        chars = sum(len(a.body) for a in batch)
        rounds = []
        for _ in range(args.rounds):
            started = time.perf_counter()
            for article in batch:
                extractor.extract(article)
            rounds.append(time.perf_counter() - started)
        median = statistics.median(rounds)
        print(f"{lang}: {len(batch)} articles, {chars:,} chars, median {median:.2f} s = {chars / median:,.0f} chars/s")


if __name__ == "__main__":
    main()
