"""Golden quantity tables: parse() on each seed article gives the quantities a person read.

The tables in ``golden/quantities/`` were written by reading the articles, not by running
the parser (see the README there). Seed 002 is a synonym-spun text; its items marked
``spun`` can only be read as meant once the text is de-spun, so they have a test of their own.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import cryptonews_parse as cnp

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
GOLDEN = Path(__file__).resolve().parent / "golden"

KEYS = ("text", "start", "end", "kind", "value", "unit", "low", "high", "approx", "bound", "per")
"""The keys a golden item fixes; ``note`` and ``spun`` are the reader's annotations."""

SPUN_SEED = "002_0a001f5979bc8fe9"
PLAIN_SEEDS = [
    "000_1b137cfd7072e22f",
    "001_a218f1093407d23a",
    "003_ef5da02fa218a978",
    "004_d822e397ddb253dd",
]
SPUN_WORDS = ("cardinal", "nether", "implicit")

Item = dict[str, Any]


def seed_text(stem: str) -> str:
    """The seed article, exactly as stored."""
    return (SEEDS / f"{stem}.txt").read_text(encoding="utf-8")


def golden(stem: str) -> list[Item]:
    """The golden items of a seed, with all their keys (annotations included)."""
    items = json.loads((GOLDEN / "quantities" / f"{stem}.json").read_text(encoding="utf-8"))
    assert isinstance(items, list)
    return items


def contract(item: Item) -> Item:
    """An item restricted to the keys the golden tables fix."""
    return {key: item[key] for key in KEYS}


def parsed(stem: str) -> list[Item]:
    """What parse() finds in a seed, as contract dicts in text order."""
    return [contract(q.to_dict()) for q in cnp.parse(seed_text(stem)).quantities]


def test_every_seed_has_a_golden_table() -> None:
    """Each seed article in seeds/ has its quantity table, and no table lacks its seed."""
    seeds = {path.stem for path in SEEDS.glob("*.txt")}
    tables = {path.stem for path in (GOLDEN / "quantities").glob("*.json")}
    assert seeds == tables == {*PLAIN_SEEDS, SPUN_SEED}


@pytest.mark.parametrize("stem", [*PLAIN_SEEDS, SPUN_SEED])
def test_golden_spans_point_at_their_text(stem: str) -> None:
    """Every golden item has all contract keys and ``text[start:end] == item["text"]``."""
    text = seed_text(stem)
    items = golden(stem)
    assert items
    for item in items:
        assert set(KEYS) <= set(item), item
        assert text[item["start"] : item["end"]] == item["text"], item
    starts = [item["start"] for item in items]
    assert starts == sorted(starts)


@pytest.mark.parametrize("stem", PLAIN_SEEDS)
def test_seed_quantities_match_the_golden_table(stem: str) -> None:
    """parse(seed).quantities equals the hand-read table: same items, values, spans, order."""
    assert parsed(stem) == [contract(item) for item in golden(stem)]


@pytest.mark.parametrize("stem", PLAIN_SEEDS)
def test_seed_quantity_spans_point_at_their_text(stem: str) -> None:
    """Each parsed quantity's span selects its text in the caller's string."""
    text = seed_text(stem)
    for quantity in cnp.parse(text).quantities:
        assert text[quantity.span.start : quantity.span.end] == quantity.text


def spun_items() -> list[Item]:
    """The items of seed 002 that need de-spinning ("$1.36 cardinal", "nether $104,000")."""
    return [item for item in golden(SPUN_SEED) if item.get("spun", False)]


def plain_items() -> list[Item]:
    """The items of seed 002 that the quantity layer reads without de-spinning."""
    return [item for item in golden(SPUN_SEED) if not item.get("spun", False)]


def test_spun_flag_covers_every_spun_word() -> None:
    """The ``spun`` flag marks at least every item whose text holds a spun word.

    It also marks items whose qualifier is spun ("nether $104,000", "astir $105,300"): their
    text is plain but their bound or approx is not, so the flag, not the words, selects them.
    """
    for item in golden(SPUN_SEED):
        if any(word in item["text"].lower() for word in SPUN_WORDS):
            assert item.get("spun") is True, item
    assert len(spun_items()) >= sum("cardinal" in item["text"] for item in golden(SPUN_SEED))
    assert plain_items()


def test_spun_seed_plain_items_match_the_golden_table() -> None:
    """In seed 002, the unspun items are found exactly, and nothing else is found.

    Parsed items that overlap a spun golden item are left to the spun test below.
    """
    spun = [(item["start"], item["end"]) for item in spun_items()]

    def overlaps_spun(item: Item) -> bool:
        return any(item["start"] < end and start < item["end"] for start, end in spun)

    found = [item for item in parsed(SPUN_SEED) if not overlaps_spun(item)]
    assert found == [contract(item) for item in plain_items()]


def test_spun_seed_spun_items_read_as_meant() -> None:
    """After de-spinning, "$1.36 cardinal" is $1.36 billion and "nether $104,000" a bound.

    This needs the normaliser's de-spinning (DESIGN.md, "Spun text").
    """
    found = parsed(SPUN_SEED)
    missing = [item["text"] for item in spun_items() if contract(item) not in found]
    assert not missing, f"spun items not read as meant: {missing}"
