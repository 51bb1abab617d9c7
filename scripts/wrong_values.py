"""Count wrong values: predicted quantities that overlap an expected item but read it otherwise.

A wrong value is worse than a miss, so it is counted on its own: a prediction whose span
overlaps one or more expected items and matches none of them, in value (or low and high)
and unit. It reads the development set (``../shared/devset``: gold quantities, exact unit)
and the peer suites (``../shared/peer-suites``, matched by their own rules, see
``peer_report.py``). Neither is part of the repository; a missing one is skipped. This is a
report, not a test: the exit status is 1 when any wrong value is found.

Usage::

    python scripts/wrong_values.py [--devset DIR] [--suites DIR] [--show N]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import cryptonews_parse as cnp

sys.path.insert(0, str(Path(__file__).resolve().parent))
from peer_report import DEFAULT_SUITES, item_matches, load_suites

Item = dict[str, Any]
SHARED = Path(__file__).resolve().parents[1].parent / "shared"


def _dec(text: object) -> Decimal | None:
    try:
        return None if text is None else Decimal(str(text)).normalize()
    except InvalidOperation:
        return None


def _overlaps(a: Item, b: Item) -> bool:
    return bool(a["start"] < b["end"] and b["start"] < a["end"])


def gold_matches(expected: Item, predicted: Item) -> bool:
    """The development set's rule: equal value (or low and high) and equal unit.

    >>> gold_matches({"value": "5", "unit": "USD"}, {"value": "5.0", "unit": "usd"})
    True
    """
    if expected.get("value") is not None:
        same = _dec(expected["value"]) == _dec(predicted.get("value"))
    else:
        same = all(_dec(expected.get(k)) == _dec(predicted.get(k)) for k in ("low", "high"))
    unit, other = expected.get("unit"), predicted.get("unit")
    return same and (None if unit is None else str(unit).upper()) == (
        None if other is None else str(other).upper()
    )


def wrong(
    expected: Sequence[Item], predicted: Iterable[Item], match: Callable[[Item, Item], bool]
) -> list[tuple[Item, list[Item]]]:
    """Predictions that overlap expected items and match none of them, with those items.

    >>> wrong(
    ...     [{"start": 0, "end": 3, "value": "5", "unit": None}],
    ...     [{"start": 0, "end": 2, "value": "6", "unit": None}],
    ...     gold_matches,
    ... )[0][0]["value"]
    '6'
    """
    out = []
    for pred in predicted:
        near = [e for e in expected if "check" not in e and _overlaps(e, pred)]
        if near and not any(match(e, pred) for e in near):
            out.append((pred, near))
    return out


def _devset(directory: Path) -> list[tuple[str, Item, list[Item]]]:
    found = []
    for gold_file in sorted((directory / "gold").glob("*.json")):
        text = (directory / "articles" / f"{gold_file.stem}.txt").read_text("utf-8")
        gold = json.loads(gold_file.read_text("utf-8"))["quantities"]
        predicted: list[Item] = cnp.parse(text).to_dict()["quantities"]  # type: ignore[assignment]
        found += [(gold_file.stem, p, g) for p, g in wrong(gold, predicted, gold_matches)]
    return found


def _suites(directory: Path) -> dict[str, list[tuple[str, Item, list[Item]]]]:
    found: dict[str, list[tuple[str, Item, list[Item]]]] = {}
    for name, cases in load_suites(directory).items():
        found[name] = []
        for case in cases:
            predicted: list[Item] = cnp.parse(case["input"]).to_dict()["quantities"]  # type: ignore[assignment]
            for pred, near in wrong(case["expected"], predicted, item_matches):
                found[name].append((case["id"], pred, near))
    return found


def _brief(item: Item) -> str:
    amount = item.get("value") or f"[{item.get('low')},{item.get('high')}]"
    return f"{item.get('text')!r}={amount} {item.get('unit')}"


def main(argv: Sequence[str] | None = None) -> int:
    """Print the wrong-value count per source and the first cases; 1 if any."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0] if __doc__ else "")
    parser.add_argument("--devset", type=Path, default=SHARED / "devset")
    parser.add_argument("--suites", type=Path, default=DEFAULT_SUITES)
    parser.add_argument("--show", type=int, default=20, help="cases to print per source")
    args = parser.parse_args(argv)
    sources: dict[str, list[tuple[str, Item, list[Item]]]] = {}
    if (args.devset / "gold").is_dir():
        sources["devset"] = _devset(args.devset)
    if args.suites.is_dir():
        sources |= _suites(args.suites)
    if not sources:
        print("wrong_values: neither the devset nor the peer suites were found", file=sys.stderr)
        return 2
    total = 0
    for name, cases in sources.items():
        total += len(cases)
        print(f"{name:<28}{len(cases):>4} wrong values")
        for where, pred, near in cases[: args.show]:
            print(f"    {where}: predicted {_brief(pred)}; expected {'; '.join(map(_brief, near))}")
    print(f"{'total':<28}{total:>4}")
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main())
