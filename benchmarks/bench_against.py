"""``parse()`` of this checkout against another source tree, the two run in turn.

On a shared machine one code's best time moves by 15% or more from one minute to the next,
more than most changes make; two codes compared must meet the same load. This script runs
``parse()`` over ``bench_parse.py``'s corpus (the seed articles, one at a time) in fresh
processes, this checkout's ``src`` and the other tree's in turn, and prints each code's
best time per round and the ratio of the two overall bests, in wall and CPU time.

With ``--cold`` each process instead times its start: importing the package and parsing
the five seed articles once each, which is what a script that reads a handful of
articles waits for (the grammar, lexicon and registry are built on first use).

Run: ``python benchmarks/bench_against.py --against /path/to/other/src [--mb 1]
[--rounds 4] [--cold]`` (``--against`` is the directory that holds the other
``cryptonews_parse`` package, e.g. a worktree of an older commit).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
OWN_SRC = HERE.parent / "src"
PASSES = 3
"""Passes over the corpus in each process; the process reports its best."""


def child(megabytes: float, cold: bool) -> None:
    """Time ``parse()`` of the package on ``sys.path``; print where it was imported from,
    then its best wall and CPU time (with ``cold``, the time of the import and one parse
    of each seed article)."""
    sys.path.insert(0, str(HERE))
    from bench_parse import SEEDS, corpus

    start, start_cpu = time.perf_counter(), time.process_time()
    import cryptonews_parse

    if cold:
        for path in sorted(SEEDS.glob("*.txt")):
            cryptonews_parse.parse(path.read_text(encoding="utf-8"))
        print(cryptonews_parse.__file__)
        print(f"{time.perf_counter() - start} {time.process_time() - start_cpu}")
        return

    texts = corpus(megabytes)
    cryptonews_parse.parse(texts[0])  # builds the grammar once, outside the timing
    wall = cpu = float("inf")
    for _ in range(PASSES):
        start, start_cpu = time.perf_counter(), time.process_time()
        docs = [cryptonews_parse.parse(text) for text in texts]
        wall = min(wall, time.perf_counter() - start)
        cpu = min(cpu, time.process_time() - start_cpu)
        del docs
    print(cryptonews_parse.__file__)
    print(f"{wall} {cpu}")


def run(src: Path, megabytes: float, cold: bool) -> tuple[float, float]:
    """One fresh process timing the package under ``src``."""
    env = {**os.environ, "PYTHONPATH": str(src)}
    out = subprocess.run(
        [sys.executable, __file__, "--child", "--mb", str(megabytes)] + ["--cold"] * cold,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split("\n")
    if not Path(out[0]).resolve().is_relative_to(src.resolve()):
        raise SystemExit(f"{src}: imported {out[0]} instead; is the package there?")
    wall, cpu = out[1].split()
    return float(wall), float(cpu)


def main() -> None:
    """Alternate the two codes and print the round bests and the ratio of the bests."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--against", type=Path, help="the other tree's src directory")
    parser.add_argument("--mb", type=float, default=1.0, help="corpus size in MB")
    parser.add_argument("--rounds", type=int, default=4, help="processes per code")
    parser.add_argument(
        "--cold", action="store_true", help="time a fresh process's import and first parses"
    )
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.mb, args.cold)
        return
    if args.against is None:
        parser.error("--against is required")
    codes = {"this checkout": OWN_SRC, "against": args.against}
    best = {name: (float("inf"), float("inf")) for name in codes}
    for n in range(1, args.rounds + 1):
        for name, src in codes.items():
            wall, cpu = run(src, args.mb, args.cold)
            best[name] = (min(best[name][0], wall), min(best[name][1], cpu))
            print(f"round {n}  {name:<14} wall {wall:.3f} s  cpu {cpu:.3f} s", flush=True)
    (own_wall, own_cpu), (other_wall, other_cpu) = best.values()
    print(
        f"best: this checkout {own_wall:.3f} s, against {other_wall:.3f} s;"
        f" this / against = {own_wall / other_wall:.2f} (wall), {own_cpu / other_cpu:.2f} (cpu)"
    )


if __name__ == "__main__":
    main()
