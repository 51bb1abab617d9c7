"""Fuzz ``parse()`` and ``parse_quantity()`` with news-like noise; the long mode of the fuzz test.

Inputs are strings of number forms, units, connectives and arbitrary characters glued at
random (``news_noise``). Each input is checked by :func:`check`:

- ``parse()`` returns a Document without raising;
- every item's span selects its own text, and quantities are in order and disjoint;
- ``parse_quantity()`` on the text of each quantity raises nothing but ``QuantityError``,
  and when it reads the text it reads the same value (or low and high), and the same unit
  when it finds one: running text may only add what the context states (a list's shared
  unit, which it flags with a warning, or a unit at the head of the noun phrase);
- ``parse_quantity()`` on the raw input raises nothing but ``QuantityError``.

``tests/test_fuzz.py`` runs :func:`check` under Hypothesis (short in CI). This script is
the long mode: ``python scripts/fuzz.py --inputs 1000000 --workers 2 [--seed N]``; it prints
the number of inputs checked and every failure (exit status 1 if any).
"""

from __future__ import annotations

import argparse
import contextlib
import multiprocessing
import random
import sys
import time
from collections.abc import Sequence

import cryptonews_parse as cnp
from cryptonews_parse.quantities import SHARED_NOTE

FRAGMENTS = (
    "$", "US$", "C$", "c $", "€", "£", "¥", "₿", "#", "1", "0", "5", "12", "000", "10 000",
    "1,440", "101 265 057", ",", ".", ":", "-", "/", "1/4", "4-1/4", "\N{EN DASH}",
    "\N{MINUS SIGN}", "%", "k", "K", "M", "bn", " billion", " million", " thousand", "USD",
    " USD", " BTC", "BTC", "#BTC", "$XRP", " Bitcoin", " bitcoin", " Ethereum", "ETHs", "x",
    "-fold", " times the", " per ", "hour", "-hr", " days", " consecutive", " trading",
    "about ", "over ", "under ", "between ", " and ", " and a half", " to ", "from ", "half a ",
    "a third", "two-thirds", " fifths", "two hundred", " hundred", "twenty-one", "five",
    "nine", " funds", " wallets", " coins", " cents", " ratio of ", "cardinal", " Binance",
    " Ripple", " Tether", " ", "\n", "\N{NO-BREAK SPACE}", "\N{ZERO WIDTH SPACE}",
    "\N{FULLWIDTH DOLLAR SIGN}", "İ", "ß", "\N{VULGAR FRACTION ONE HALF}",
    "\N{ARABIC-INDIC DIGIT THREE}", "\x00", "\r", "(", ")",
)  # fmt: skip
"""Pieces of news text that reach the grammar's and the context rules' corners."""


def news_noise(rng: random.Random, max_pieces: int = 24) -> str:
    """One input: fragments and a few random characters, glued in random order."""
    pieces = []
    for _ in range(rng.randrange(max_pieces + 1)):
        if rng.random() < 0.85:
            pieces.append(rng.choice(FRAGMENTS))
        else:
            pieces.append("".join(chr(rng.randrange(32, 0x2FFF)) for _ in range(rng.randrange(4))))
    return "".join(pieces)


def check(text: str) -> None:
    """Raise AssertionError (or whatever escapes the library) when ``text`` breaks a rule."""
    document = cnp.parse(text)
    assert document.text == text
    previous_end = 0
    items: list[cnp.Quantity | cnp.EntityMention] = [*document.quantities, *document.entities]
    for item in items:
        assert 0 <= item.span.start < item.span.end <= len(text), item
        assert text[item.span.start : item.span.end] == item.text, item
    for quantity in document.quantities:
        assert quantity.span.start >= previous_end, quantity
        previous_end = quantity.span.end
        _same_reading(quantity)
    with contextlib.suppress(cnp.QuantityError):
        cnp.parse_quantity(text)


def _same_reading(quantity: cnp.Quantity) -> None:
    """``parse_quantity`` reads the quantity's own text as ``parse()`` did, or refuses it."""
    try:
        strict = cnp.parse_quantity(quantity.text)
    except cnp.QuantityError:
        return
    if SHARED_NOTE in quantity.warnings:
        return  # "$20" of "$20 and $30 million": the magnitude is the list's, stated once
    found = (quantity.value, quantity.low, quantity.high)
    assert (strict.value, strict.low, strict.high) == found, (quantity, strict)
    if strict.unit is not None:
        assert strict.unit == quantity.unit, (quantity, strict)


def _run(seed: int, count: int) -> tuple[int, list[tuple[str, str]]]:
    rng = random.Random(seed)
    failures: list[tuple[str, str]] = []
    for _ in range(count):
        text = news_noise(rng)
        try:
            check(text)
        except Exception as exc:  # every escape is a finding to report
            failures.append((text, f"{type(exc).__name__}: {exc}"[:300]))
    return count, failures


def main(argv: Sequence[str] | None = None) -> int:
    """Check ``--inputs`` random inputs on ``--workers`` processes; print count and failures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0] if __doc__ else "")
    parser.add_argument("--inputs", type=int, default=100_000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--batch", type=int, default=5_000)
    args = parser.parse_args(argv)
    batches = [
        (args.seed * 1_000_003 + i, min(args.batch, args.inputs - i * args.batch))
        for i in range(-(-args.inputs // args.batch))
    ]
    started = time.monotonic()
    checked = 0
    failures: list[tuple[str, str]] = []
    with multiprocessing.Pool(args.workers) as pool:
        for count, found in pool.starmap(_run, batches):
            checked += count
            failures += found
    elapsed = time.monotonic() - started
    print(f"fuzz: {checked} inputs checked in {elapsed:.0f} s, {len(failures)} failures")
    for text, error in failures[:50]:
        print(f"  {text!r}\n    {error}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
