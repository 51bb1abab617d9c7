"""Throughput of ``parse_many()`` on every core against ``parse()`` on one.

The corpus is the seed articles repeated to ``--mb`` megabytes (10 by default), fed as a
generator, as a corpus read from disk would be. The one-core figure is ``parse_many(...,
workers=1)``, which runs in this process; the pool figure uses ``--workers`` processes
(default: every core). The ratio is the speed-up the issue asks to be at least 1.7 on two
cores. Each figure is the best of ``--rounds`` runs.
Run: ``python benchmarks/bench_parse_many.py [--mb 10] [--workers N] [--rounds 2]``.
"""

from __future__ import annotations

import argparse
import os
import time
from collections.abc import Iterator
from pathlib import Path

from cryptonews_parse import parse, parse_many

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def articles(megabytes: float) -> Iterator[str]:
    """The seed articles, repeated lazily to about ``megabytes`` of UTF-8 text."""
    seeds = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    size = sum(len(a.encode("utf-8")) for a in seeds)
    for _ in range(max(1, round(megabytes * 1_000_000 / size))):
        yield from seeds


def seconds_for(megabytes: float, workers: int, chunksize: int, rounds: int) -> float:
    """The best time of ``rounds`` runs of parse_many over the corpus."""
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        count = sum(
            1 for _ in parse_many(articles(megabytes), workers=workers, chunksize=chunksize)
        )
        times.append(time.perf_counter() - start)
        assert count == sum(1 for _ in articles(megabytes))
    return min(times)


def main() -> None:
    """Time one core and the pool, and print MB/s and the speed-up."""
    options = argparse.ArgumentParser(description=__doc__)
    options.add_argument("--mb", type=float, default=10.0, help="corpus size in MB")
    options.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    options.add_argument("--chunksize", type=int, default=16)
    options.add_argument("--rounds", type=int, default=2, help="timed rounds per figure")
    args = options.parse_args()
    size = sum(len(a.encode("utf-8")) for a in articles(args.mb)) / 1_000_000
    parse(next(articles(args.mb)))  # load grammar, registry and triggers outside the timings
    one = seconds_for(args.mb, 1, args.chunksize, args.rounds)
    many = seconds_for(args.mb, args.workers, args.chunksize, args.rounds)
    print(f"corpus: {size:.2f} MB of articles, {os.cpu_count()} cores")
    print(f"parse_many(workers=1)  {size / one:6.2f} MB/s")
    print(f"parse_many(workers={args.workers})  {size / many:6.2f} MB/s")
    print(f"speed-up: {one / many:.2f}x")


if __name__ == "__main__":
    main()
