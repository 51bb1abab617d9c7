"""Throughput of ``parse_many()`` on every core against ``parse()`` on one.

The corpus is the seed articles repeated to ``--mb`` megabytes (10 by default), fed as a
generator, as a corpus read from disk would be. The one-core figure is ``parse_many(...,
workers=1)``, which runs in this process; the pool figure uses ``--workers`` processes
(default: every core). The ratio is the speed-up the issue asks to be at least 1.7 on two
cores. Rounds alternate between the two (one core, the pool, one core …) so that a burst of
other work on a shared machine does not fall on one side only; each figure is the best of
``--rounds`` runs. On a machine that other jobs share, wall-clock ratios say as much about
them as about the pool, so the CPU time of each run (this process and its workers) is
printed too: the pool's overhead is the ratio of the two, whatever else runs.
Run: ``python benchmarks/bench_parse_many.py [--mb 10] [--workers N] [--rounds 3]``.
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


def cpu_seconds() -> float:
    """CPU time of this process and of its children that have ended (pool workers)."""
    times = os.times()
    return times.user + times.system + times.children_user + times.children_system


def seconds_for(megabytes: float, workers: int, chunksize: int) -> tuple[float, float]:
    """Wall-clock and CPU seconds of one run of parse_many over the corpus."""
    start, cpu = time.perf_counter(), cpu_seconds()
    documents = parse_many(articles(megabytes), workers=workers, chunksize=chunksize)
    count = sum(1 for _ in documents)
    seconds = time.perf_counter() - start, cpu_seconds() - cpu
    assert count == sum(1 for _ in articles(megabytes))
    return seconds


def main() -> None:
    """Time one core and the pool, and print MB/s and the speed-up."""
    options = argparse.ArgumentParser(description=__doc__)
    options.add_argument("--mb", type=float, default=10.0, help="corpus size in MB")
    options.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    options.add_argument("--chunksize", type=int, default=16)
    options.add_argument("--rounds", type=int, default=3, help="timed rounds per figure")
    args = options.parse_args()
    size = sum(len(a.encode("utf-8")) for a in articles(args.mb)) / 1_000_000
    parse(next(articles(args.mb)))  # load grammar, registry and triggers outside the timings
    rounds = [
        (
            seconds_for(args.mb, 1, args.chunksize),
            seconds_for(args.mb, args.workers, args.chunksize),
        )
        for _ in range(args.rounds)
    ]
    (one, one_cpu), (many, many_cpu) = (min(run[i] for run in rounds) for i in (0, 1))
    print(f"corpus: {size:.2f} MB of articles, {os.cpu_count()} cores")
    print(f"parse_many(workers=1)  {size / one:6.2f} MB/s  {one_cpu:6.1f} CPU s")
    print(f"parse_many(workers={args.workers})  {size / many:6.2f} MB/s  {many_cpu:6.1f} CPU s")
    print(f"speed-up: {one / many:.2f}x; CPU time of the pool / one core: {many_cpu / one_cpu:.2f}")


if __name__ == "__main__":
    main()
