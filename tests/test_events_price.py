"""price_move and price_level: one made-up sentence per rule, negatives, and properties."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import cryptonews_parse as cnp
from cryptonews_parse.model import (
    JSONValue,
    PriceLevel,
    Quantity,
    decimal_text,
)
from event_checks import check_events, event_dicts, fields


def moves(text: str) -> list[dict[str, JSONValue]]:
    return event_dicts(text, "price_move")


def levels(text: str) -> list[dict[str, JSONValue]]:
    return event_dicts(text, "price_level")


def figure(quantity: Quantity | None) -> str | None:
    if quantity is None:
        return None
    if quantity.value is not None:
        return decimal_text(quantity.value)
    assert quantity.low is not None and quantity.high is not None
    return f"{decimal_text(quantity.low)}..{decimal_text(quantity.high)}"


# ---- price_move ----------------------------------------------------------------------------


def test_from_to_is_one_move_with_the_level_reached_as_amount() -> None:
    (move,) = moves("The price of Ethereum (ETH) dropped from $4,200 to below $3,900.")
    assert fields(move, "asset", "direction", "from", "to", "change", "amount") == (
        "asset:ETH",
        "down",
        "4200",
        "3900",
        None,
        "3900",
    )


def test_a_percent_is_the_change_and_the_amount() -> None:
    (move,) = moves("Solana (SOL) jumped 12% over the past 24 hours.")
    assert fields(move, "asset", "direction", "change", "amount", "window") == (
        "asset:SOL",
        "up",
        "12",
        "12",
        "PT24H",
    )


def test_down_percent_from_the_all_time_high_then_a_level_reached() -> None:
    """A change and the level reached are a move and a level (DESIGN: "fell 4% to $2,900")."""
    text = "Ether is down 30% from its all-time high, dropping under $3,000."
    (move,) = moves(text)
    assert fields(move, "direction", "change") == ("down", "30")
    assert [fields(level, "amount") for level in levels(text)] == [("3000",)]


def test_as_low_as_is_the_level_reached() -> None:
    (move,) = moves("BTC fell as low as $104,130 on Tuesday.")
    assert fields(move, "to", "amount", "direction") == ("104130", "104130", "down")


@pytest.mark.parametrize(
    ("text", "direction", "amount"),
    [
        ("Litecoin slumped to a two-year low of around $48 on Friday.", "down", "48"),
        ("Avalanche climbed to a fresh 6-month high of $52.", "up", "52"),
        ("Polkadot dropped to the key support of $4.10 before buyers returned.", "down", "4.1"),
    ],
)
def test_a_move_to_a_named_level_is_a_move_to_that_level(
    text: str, direction: str, amount: str
) -> None:
    """No change stated: the level the move reached is its amount (DESIGN: "fell below
    $5,000" is a move of 5,000); the level word does not make it a mere level."""
    (move,) = moves(text)
    assert fields(move, "direction", "amount") == (direction, amount)
    assert levels(text) == []


def test_a_move_with_a_change_to_a_named_level_is_a_move_and_a_level() -> None:
    text = "Litecoin slid 9% to a two-year low of $48."
    (move,) = moves(text)
    assert fields(move, "direction", "amount") == ("down", "9")
    assert [fields(level, "amount") for level in levels(text)] == [("48",)]


def test_a_named_level_touched_without_a_move_verb_is_a_level() -> None:
    text = "Litecoin touched a two-year low of $48."
    assert moves(text) == []
    assert [fields(level, "amount") for level in levels(text)] == [("48",)]


def test_a_quote_with_a_change_is_a_level_and_a_move() -> None:
    text = "Bitcoin's trading price is $89,880, up 0.48% in the past 24 hours."
    (move,) = moves(text)
    assert fields(move, "change", "direction", "window") == ("0.48", "up", "PT24H")
    assert [fields(level, "amount", "kind") for level in levels(text)] == [("89880", "price")]


def test_opposite_moves_in_one_sentence_are_two_events() -> None:
    found = moves("BTC fell to $104,000 on Tuesday, reversing Sunday's spike to $111,000.")
    assert [fields(m, "direction", "to") for m in found] == [("down", "104000"), ("up", "111000")]


def test_it_takes_the_asset_named_before() -> None:
    found = moves("Bitcoin traders were nervous. Then it dropped below $60,000.")
    assert [fields(m, "asset", "to") for m in found] == [("asset:BTC", "60000")]


def test_a_pushed_asset_moves_with_the_preposition() -> None:
    (move,) = moves("Bears pushed Bitcoin below $102,000 on Friday.")
    assert fields(move, "asset", "direction", "to") == ("asset:BTC", "down", "102000")


def test_a_change_of_a_metric_is_not_a_price_move() -> None:
    text = "Data showed a 4% drop in Bitcoin's futures open interest over 24 hours."
    assert moves(text) == []
    assert moves("Bitcoin open interest dropped to $77 billion.") == []


def test_a_drop_in_the_asset_price_after_a_metric_is_a_price_move() -> None:
    text = "A 10% decrease in OI was accompanied by an 8% drop in BTC price."
    assert [fields(m, "asset", "change") for m in moves(text)] == [("asset:BTC", "8")]


@pytest.mark.parametrize(
    "text",
    [
        "If Bitcoin slips below $99,000, the market could fall further.",
        "Bitcoin could plunge to $90,000 next week.",
        "Will Bitcoin drop below $100,000?",
    ],
)
def test_forecasts_conditions_and_questions_are_not_moves(text: str) -> None:
    assert moves(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The team's value rose 10% to $5 million after the Bitcoin sponsorship deal.",
        "Gold rose against the trend by 1.7%, breaking through $4,600 per ounce.",
        "Whisk the eggs, then the temperature dropped to 180 degrees; add $5 of sugar.",
    ],
)
def test_no_move_of_things_that_are_not_crypto_assets(text: str) -> None:
    assert moves(text) == []


# ---- price_level ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "amount"),
    [
        ("Bitcoin faces key resistance around $113K–$114K.", "resistance", "113000..114000"),
        ("The next area of support for Bitcoin is $100K.", "support", "100000"),
        ("Bitcoin hit an all-time high of $126,000 in October.", "all_time_high", "126000"),
        ("Bitcoin broke below the psychological level of $93,000.", "psychological", "93000"),
        ("Bitcoin bulls defend the $100,000 level.", "support", "100000"),
        ("Bitcoin bulls eye the $100,000 level.", "level", "100000"),
        ("BTC is below the 200-day moving average (around $101,000).", "moving_average", "101000"),
        ("Bitcoin is poised to test $111,000.", "target", "111000"),
        ("If Bitcoin can hold above $100,000, bulls may win.", "support", "100000"),
        ("Ether must reclaim the $3,500 to $3,600 range.", "resistance", "3500..3600"),
        ("The price of BTC stands at $115,000.", "price", "115000"),
    ],
)
def test_level_kinds(text: str, kind: str, amount: str) -> None:
    found = [e for e in cnp.parse(text).events if isinstance(e, PriceLevel)]
    assert [(e.kind, figure(e.amount)) for e in found] == [(kind, amount)]


def test_prices_listed_with_and_share_the_level_word() -> None:
    found = levels("For Bitcoin, $108,000 and $113,000 are emerging as key battlegrounds.")
    assert [e["amount"] for e in found] == ["108000", "113000"]


def test_a_quote_beside_a_move_is_a_level() -> None:
    text = "The price of BTC stands at $115,000 after a 2% drop for the day."
    assert [fields(level, "amount") for level in levels(text)] == [("115000",)]
    assert [fields(move, "change", "direction") for move in moves(text)] == [("2", "down")]


@pytest.mark.parametrize(
    "text",
    [
        "Gold found support at $4,600 per ounce.",
        "The team's value rose 10% to $5 million; its support level is loyal fans.",
        "Add $5 of butter and bake at the usual level for a recipe.",
    ],
)
def test_no_levels_without_a_crypto_price(text: str) -> None:
    assert levels(text) == []


# ---- properties ----------------------------------------------------------------------------

_PIECES = [
    "Bitcoin",
    "BTC",
    "Ether (ETH)",
    "it",
    "the price",
    "dropped",
    "fell as low as",
    "surged",
    "is down",
    "up",
    "from",
    "to below",
    "support",
    "resistance around",
    "the all-time high of",
    "level",
    "$104,000",
    "$113K–$114K",
    "between $93,000 and $97,000",
    "17%",
    "0.48%",
    "over the past 24 hours",
    ",",
    ".",
    "if",
    "could",
    "?",
]


@given(st.lists(st.sampled_from(_PIECES), max_size=30))
def test_every_item_lies_in_its_event_and_dicts_round_trip(pieces: list[str]) -> None:
    text = " ".join(pieces)
    check_events(text, cnp.parse(text).events)
