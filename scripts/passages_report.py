"""Score the event layer on the passages in ``tests/passages/`` and print a report.

The passages were written for this project (invented stories, names and numbers, in the
language of crypto news) with hand-written gold events that follow the annotation rules of
the development set outside the repository. The rules were fixed before the event layer was
tuned on them, so the figures say how the layer carries over to phrasing it was not built
from; ``tests/test_passages.py`` keeps them from sliding back.

An event matches a gold event when the types are equal, the gold amount is among the
figures the event states (its amount or any of its quantities, unsigned; units compared
when both give one) and every other field the gold sets (side, direction, asset, venue,
fund) is equal. Gold events of type ``other`` are not scored. Each gold event takes the
first unused prediction that matches it.

Usage::

    python scripts/passages_report.py [--show]
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import cryptonews_parse as cnp

PASSAGES = Path(__file__).resolve().parent.parent / "tests" / "passages"
_ROLES = ("side", "direction", "asset", "venue", "fund")

Event = dict[str, Any]


def _decimal(value: object) -> Decimal | None:
    try:
        return abs(Decimal(str(value))).normalize() if value is not None else None
    except InvalidOperation:
        return None


def _unit(value: object) -> str | None:
    return str(value).upper() if value is not None else None


def figures(event: Event) -> set[tuple[Decimal, str | None]]:
    """Every (unsigned value, unit) a predicted event states: its amount, its quantities and
    the figures of its detail fields (``change``, ``to`` …)."""
    found: set[tuple[Decimal, str | None]] = set()
    amount = _decimal(event.get("amount"))
    if amount is not None:
        found.add((amount, _unit(event.get("unit"))))
    nested = [v for v in event.values() if isinstance(v, dict)]
    nested += [q for q in event.get("quantities") or [] if isinstance(q, dict)]
    for quantity in nested:
        for key in ("value", "low", "high"):
            value = _decimal(quantity.get(key))
            if value is not None:
                found.add((value, _unit(quantity.get("unit"))))
    return found


def matches(gold: Event, predicted: Event) -> bool:
    """True when ``predicted`` states the fact ``gold`` describes.

    >>> gold = {"type": "etf_flow", "amount": "12000000", "unit": "USD", "direction": "out"}
    >>> matches(
    ...     gold,
    ...     {
    ...         "type": "etf_flow",
    ...         "amount": "-12000000",
    ...         "unit": "USD",
    ...         "direction": "out",
    ...         "quantities": [],
    ...     },
    ... )
    True
    >>> matches(
    ...     gold,
    ...     {
    ...         "type": "etf_flow",
    ...         "amount": "12000000",
    ...         "unit": "USD",
    ...         "direction": "in",
    ...         "quantities": [],
    ...     },
    ... )
    False
    """
    if gold.get("type") != predicted.get("type"):
        return False
    amount = _decimal(gold.get("amount"))
    if amount is not None:
        unit = _unit(gold.get("unit"))
        stated = figures(predicted)
        if not any(v == amount and (unit is None or u in (None, unit)) for v, u in stated):
            return False
    return all(
        gold.get(role) is None or str(gold[role]).lower() == str(predicted.get(role)).lower()
        for role in _ROLES
    )


@dataclass
class Score:
    """Matched, gold and predicted event counts, overall and per gold type."""

    matched: int = 0
    gold: int = 0
    predicted: int = 0
    gold_by_type: Counter[str] | None = None
    matched_by_type: Counter[str] | None = None

    @property
    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0


def score(
    passages: Iterable[Path] | None = None,
    *,
    parse: Callable[[str], cnp.Document] = cnp.parse,
    show: bool = False,
) -> Score:
    """Score ``parse`` on the passages (every ``*.txt`` with its ``*.json`` gold)."""
    total = Score(gold_by_type=Counter(), matched_by_type=Counter())
    assert total.gold_by_type is not None and total.matched_by_type is not None
    for text_file in sorted(passages if passages is not None else PASSAGES.glob("*.txt")):
        gold = [
            e
            for e in json.loads(text_file.with_suffix(".json").read_text("utf-8"))["events"]
            if e["type"] != "other"
        ]
        predicted: list[Event] = [e.to_dict() for e in parse(text_file.read_text("utf-8")).events]
        free = list(predicted)
        missed = []
        for want in gold:
            total.gold_by_type[want["type"]] += 1
            pick = next((p for p in free if matches(want, p)), None)
            if pick is None:
                missed.append(want)
                continue
            free.remove(pick)
            total.matched_by_type[want["type"]] += 1
        total.matched += len(gold) - len(missed)
        total.gold += len(gold)
        total.predicted += len(predicted)
        if show and (missed or free):
            print(f"== {text_file.stem}")
            for want in missed:
                print("  missed", want["type"], want.get("amount"), want.get("note", ""))
            for extra in free:
                print("  extra ", extra["type"], extra.get("amount"), extra["text"][:80])
    return total


def main() -> None:
    """Print precision, recall and F1, and recall per event type."""
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--show", action="store_true", help="list the misses and extras")
    args = options.parse_args()
    result = score(show=args.show)
    p, r = result.precision, result.recall
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    print(
        f"events  P {p:.3f}  R {r:.3f}  F1 {f1:.3f}"
        f"  ({result.matched} matched, {result.gold} gold, {result.predicted} predicted)"
    )
    assert result.gold_by_type is not None and result.matched_by_type is not None
    for kind in sorted(result.gold_by_type):
        print(f"  {kind:14} {result.matched_by_type[kind]}/{result.gold_by_type[kind]}")


if __name__ == "__main__":
    main()
