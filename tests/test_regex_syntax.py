"""The speed-ups that read regex parse trees fall back safely without CPython's private parser."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from cryptonews_parse import parse, quantities, regex_syntax, scan
from cryptonews_parse.grammar import prefix

TEXTS = [
    "Longs worth $41.2 million were liquidated; BTC fell 4.5% to $61,200 (about €56K).",
    "Open interest climbed to 1.2 million ETH while funding sat at 0.01% per 8 hours.",
    "Between $107,000 and $114,000, roughly two-thirds of 32kBTC changed hands in 48h.",
]


def clear_caches() -> None:
    """Forget every table built from regex parse trees."""
    scan.prefilter.cache_clear()
    scan._terminal_runs.cache_clear()
    scan._starts_by_char.cache_clear()
    scan._starts_by_word.cache_clear()
    prefix.first_chars.cache_clear()
    quantities._prefix_parser.cache_clear()


@pytest.fixture
def without_private_parser(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A Python whose ``re`` has no ``_parser`` (or one that fails on every pattern)."""
    clear_caches()
    monkeypatch.setattr(regex_syntax, "_parser", None)
    yield
    monkeypatch.undo()
    clear_caches()


def test_parse_returns_a_tree_on_this_python() -> None:
    """On CPython 3.11-3.13 the private parser is present and used."""
    assert regex_syntax.parse("ab|c") is not None


def test_unparseable_pattern_gives_none() -> None:
    """A pattern the parser refuses is "unknown", never an exception."""
    assert regex_syntax.parse("(") is None


def test_fallback_answers_are_the_safe_supersets(without_private_parser: None) -> None:
    """Without a parser: no word list (every start is tried) and every ASCII first char."""
    assert scan._letter_runs("bitcoin|ether") is None
    assert prefix.first_chars("[0-9]+") == prefix._ASCII_SET


def test_parsing_is_unchanged_without_the_private_parser(monkeypatch: pytest.MonkeyPatch) -> None:
    """The fallback is slower, never different: the same Documents as with the parser."""
    clear_caches()
    with_parser = [parse(text) for text in TEXTS]
    clear_caches()
    monkeypatch.setattr(regex_syntax, "_parser", None)
    try:
        fallback = [parse(text) for text in TEXTS]
        assert scan.prefilter(quantities.parser()).pattern.endswith(r"\S")  # the safe prefilter
    finally:
        monkeypatch.undo()
        clear_caches()
    assert fallback == with_parser
    assert all(doc.quantities for doc in fallback)
