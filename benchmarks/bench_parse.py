"""Throughput of ``parse()`` on the seed articles, repeated to a few megabytes.

Prints MB/s and quantities/s for the quantity layer alone and for the whole pipeline, on
one core. Timings are the best of several rounds (the least disturbed by other work on a
shared machine). Run: ``python benchmarks/bench_parse.py [--mb 2] [--rounds 3]``.
"""

from __future__ import annotations

import argparse
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

from cryptonews_parse import parse, quantities, textnorm
from cryptonews_parse.entities import link

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def corpus(megabytes: float) -> str:
    """The seed articles, joined and repeated to about ``megabytes`` of text."""
    articles = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))
    repeats = max(1, int(megabytes * 1_000_000 / len(articles)))
    return "\n\n".join([articles] * repeats)


def best_time(job: Callable[[], object], rounds: int) -> float:
    """The fastest of ``rounds`` runs, in seconds."""
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        job()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    """Time each stage and the whole pipeline, and print the figures."""
    options = argparse.ArgumentParser(description=__doc__)
    options.add_argument("--mb", type=float, default=2.0, help="corpus size in MB")
    options.add_argument("--rounds", type=int, default=3, help="timed rounds per job")
    args = options.parse_args()
    text = corpus(args.mb)
    norm = textnorm.normalise(text).text
    parse(text[:20_000])  # load the grammar and the registry outside the timings
    size = len(text.encode("utf-8")) / 1_000_000
    count = len(parse(text).quantities)
    print(f"corpus: {size:.2f} MB of seed articles, {count} quantities")
    jobs: dict[str, Callable[[], object]] = {
        "normalise": lambda: textnorm.normalise(text),
        "quantities (scan + grammar)": lambda: quantities.find_quantities(norm),
        "entity linking": lambda: link(norm),
        "parse() end to end": lambda: parse(text),
    }
    for name, job in jobs.items():
        seconds = best_time(job, args.rounds)
        print(f"{name:28} {size / seconds:6.2f} MB/s  {count / seconds:9.0f} quantities/s")
    tracemalloc.start()
    parse(text)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"peak memory of parse(): {peak / 1_000_000:.1f} MB for {size:.2f} MB of text")


if __name__ == "__main__":
    main()
