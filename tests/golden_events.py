"""Matching found events against the golden event tables (tests/golden/events/README.md).

Used by tests/test_event_goldens.py; run as a script it prints precision and recall.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path

import attrs

import cryptonews_parse as cnp
from cryptonews_parse.model import JSONValue
from event_checks import pair

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = ROOT / "tests" / "golden" / "events"
SEEDS = sorted(p.stem for p in (ROOT / "seeds").glob("*.txt"))

Golden = Mapping[str, JSONValue]


@attrs.frozen
class Score:
    """The outcome for one (event type, seed): golden entries missed, events invented."""

    matched: int
    missed: tuple[Golden, ...]
    invented: tuple[dict[str, JSONValue], ...]


def golden_types() -> list[str]:
    return sorted(p.stem for p in GOLDEN.glob("*.json"))


def load(event_type: str) -> dict[str, list[Golden]]:
    data: dict[str, list[Golden]] = json.loads((GOLDEN / f"{event_type}.json").read_text())
    return data


def _figure_text(figure: JSONValue) -> JSONValue:
    if not isinstance(figure, dict):
        return figure
    if figure.get("value") is not None:
        return figure["value"]
    return f"{figure['low']}..{figure['high']}"


def matches(golden: Golden, event: Mapping[str, JSONValue]) -> bool:
    """True when ``event`` (a to_dict) states what ``golden`` says."""
    for key, expected in golden.items():
        if key == "evidence":
            if not isinstance(expected, str) or expected not in str(event["text"]):
                return False
        elif key not in event or _figure_text(event[key]) != expected:
            return False
    return True


def score(goldens: Sequence[Golden], events: Sequence[dict[str, JSONValue]]) -> Score:
    """Pair each golden entry with the first unpaired event that matches it."""
    missed, free = pair(goldens, events, matches)
    return Score(len(goldens) - len(missed), tuple(missed), tuple(free))


def seed_events(seed: str, event_type: str) -> list[dict[str, JSONValue]]:
    text = (ROOT / "seeds" / f"{seed}.txt").read_text(encoding="utf-8")
    return [e.to_dict() for e in cnp.parse(text).events if str(e.type) == event_type]


def main() -> None:
    total_matched = total_golden = total_found = 0
    for event_type in golden_types():
        table = load(event_type)
        for seed in SEEDS:
            goldens = table.get(seed, [])
            result = score(goldens, seed_events(seed, event_type))
            found = result.matched + len(result.invented)
            total_matched += result.matched
            total_golden += len(goldens)
            total_found += found
            print(
                f"{event_type:14} {seed}  stated {len(goldens):2}  found {found:2}  "
                f"matched {result.matched:2}"
            )
    precision = total_matched / total_found if total_found else 1.0
    recall = total_matched / total_golden if total_golden else 1.0
    print(
        f"precision {precision:.1%}  recall {recall:.1%}  ({total_matched} matched, "
        f"{total_found} found, {total_golden} stated)"
    )


if __name__ == "__main__":
    main()
