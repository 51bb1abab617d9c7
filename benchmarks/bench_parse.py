"""Throughput of ``parse()`` on the seed articles, repeated to a few megabytes.

Users parse one article at a time, so the corpus is a list of articles (the five seeds,
repeated); each stage is timed over the whole list on one core. A second figure parses the
list joined into one long string, to show that time stays linear in the length. Timings
are the best of several rounds (the least disturbed by other work on a shared machine).
Run: ``python benchmarks/bench_parse.py [--mb 2] [--rounds 3]``.
"""

from __future__ import annotations

import argparse
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

from cryptonews_parse import events, parse, quantities, textnorm
from cryptonews_parse.entities import link

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def corpus(megabytes: float) -> list[str]:
    """The seed articles, repeated to about ``megabytes`` of text."""
    articles = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    size = sum(len(a.encode("utf-8")) for a in articles)
    return articles * max(1, round(megabytes * 1_000_000 / size))


def best_time(job: Callable[[], object], rounds: int) -> float:
    """The fastest of ``rounds`` runs, in seconds."""
    times = []
    for _ in range(rounds):
        start = time.perf_counter()
        job()
        times.append(time.perf_counter() - start)
    return min(times)


def one_line(texts: list[str], size: int) -> str:
    """``size`` characters of the articles with every sentence end and line break gone:
    a scraped page on one line."""
    flat = " ".join(texts).replace("\n", " ").replace(". ", " ").replace("? ", " ")
    return (flat * (size // len(flat) + 1))[:size]


def no_ends(texts: list[str], rounds: int) -> None:
    """parse() on one line without sentence ends, at 64 KB and 4x that: the time must
    grow about 4x (linear), not 16x or 64x."""
    small, large = one_line(texts, 64_000), one_line(texts, 256_000)
    first = best_time(lambda: parse(small), rounds)
    second = best_time(lambda: parse(large), rounds)
    print(
        f"one line without sentence ends: 64 KB in {first:.2f} s, 256 KB in {second:.2f} s"
        f" ({second / first:.1f}x the time for 4x the text)"
    )


def headings_and_quotes(size: int) -> str:
    """``size`` characters of alternating heading lines and price quotes ("Bitcoin Slips
    Under $60,037" / "Bitcoin changed hands at $60,053."): every heading's price is
    compared with the quotes near it, to merge the ones it restates."""
    lines = []
    for k in range(size // 30 + 1):
        price = 60_000 + (k * 37) % 9_000
        lines.append(
            f"Bitcoin Slips Under ${price:,}" if k % 2 else f"Bitcoin changed hands at ${price:,}."
        )
    return "\n".join(lines)[:size]


def many_headings(rounds: int) -> None:
    """parse() on a text of headings and quotes at 64 KB and 4x that: what a heading's
    event is compared with must stay bounded, so the time grows about 4x."""
    small, large = headings_and_quotes(64_000), headings_and_quotes(256_000)
    first = best_time(lambda: parse(small), rounds)
    second = best_time(lambda: parse(large), rounds)
    print(
        f"heading lines and price quotes: 64 KB in {first:.2f} s, 256 KB in {second:.2f} s"
        f" ({second / first:.1f}x the time for 4x the text)"
    )


def main() -> None:
    """Time each stage and the whole pipeline, and print the figures."""
    options = argparse.ArgumentParser(description=__doc__)
    options.add_argument("--mb", type=float, default=2.0, help="corpus size in MB")
    options.add_argument("--rounds", type=int, default=3, help="timed rounds per job")
    args = options.parse_args()
    texts = corpus(args.mb)
    norms = [textnorm.normalise(t).text for t in texts]
    found = [quantities.find_quantities(n) for n in norms]
    mentions = [link(n) for n in norms]
    parse(texts[0])  # load the grammar, the registry and the triggers outside the timings
    size = sum(len(t.encode("utf-8")) for t in texts) / 1_000_000
    docs = [parse(t) for t in texts]
    count = sum(len(d.quantities) for d in docs)
    print(
        f"corpus: {len(texts)} articles, {size:.2f} MB; {count} quantities, "
        f"{sum(len(d.entities) for d in docs)} entity mentions, "
        f"{sum(len(d.events) for d in docs)} events"
    )
    jobs: dict[str, Callable[[], object]] = {
        "normalise (incl. de-spinning)": lambda: [textnorm.normalise(t) for t in texts],
        "quantities (scan + grammar)": lambda: [quantities.find_quantities(n) for n in norms],
        "entity linking": lambda: [link(n) for n in norms],
        "events": lambda: [
            events.extract(n, q, m) for n, q, m in zip(norms, found, mentions, strict=True)
        ],
        "parse() end to end": lambda: [parse(t) for t in texts],
        "parse() on one joined string": lambda: parse("\n\n".join(texts)),
    }
    for name, job in jobs.items():
        seconds = best_time(job, args.rounds)
        print(
            f"{name:30} {size / seconds:6.2f} MB/s  {seconds / size:6.3f} s/MB"
            f"  {count / seconds:9.0f} quantities/s"
        )
    no_ends(texts, args.rounds)
    many_headings(args.rounds)
    tracemalloc.start()
    parse("\n\n".join(texts))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"peak memory of parse() on the joined string: {peak / 1_000_000:.1f} MB")


if __name__ == "__main__":
    main()
