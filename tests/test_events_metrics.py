"""open_interest, funding_rate and dominance: one sentence per rule, negatives, properties."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import cryptonews_parse as cnp
from cryptonews_parse.model import JSONValue
from event_checks import check_events, event_dicts, fields

_TYPES = ("open_interest", "funding_rate", "dominance")


def metric_events(text: str) -> list[dict[str, JSONValue]]:
    return event_dicts(text, *_TYPES)


def test_from_to_and_change_are_one_event() -> None:
    text = (
        "Bitcoin's Open Interest dropped from $34.8 billion to $34.2 billion, "
        "a $600 million decline."
    )
    (event,) = metric_events(text)
    assert fields(event, "type", "asset", "direction", "from", "to", "change", "amount") == (
        "open_interest",
        "asset:BTC",
        "down",
        "34800000000",
        "34200000000",
        "600000000",
        "34200000000",
    )


def test_its_own_dominance_is_the_movers_and_takes_the_from_after_it() -> None:
    """ "Solana jumped 22% ..., lifting its own dominance to 4.3% from 3.1%": "its" is the
    asset whose price moved, and "from 3.1%" starts the dominance, not the price move."""
    text = (
        "Bitcoin dominance slipped to 59.2% this week. Solana jumped 22% over the past month"
        " to $188, lifting its own dominance to 4.3% from 3.1%."
    )
    events = cnp.parse(text).to_dict()["events"]
    assert isinstance(events, list)
    found = [
        fields(e, "type", "asset", "from", "to")
        for e in events
        if isinstance(e, dict) and e["type"] in ("dominance", "price_move")
    ]
    assert ("dominance", "asset:SOL", "3.1", "4.3") in found
    assert ("price_move", "asset:SOL", None, "188") in found


def test_a_change_by_with_its_window() -> None:
    text = (
        "The Open Interest (OI) of BTC has increased by nearly $380 million in less than 48 hours."
    )
    (event,) = metric_events(text)
    assert fields(event, "asset", "direction", "change", "window") == (
        "asset:BTC",
        "up",
        "380000000",
        "PT48H",
    )


def test_a_percent_change_on_a_named_venue() -> None:
    text = "On the Chicago Mercantile Exchange, Bitcoin OI has fallen by 9% over the past 24 hours."
    (event,) = metric_events(text)
    assert fields(event, "venue", "change", "direction", "window") == (
        "venue:cme",
        "9",
        "down",
        "PT24H",
    )


def test_a_change_stated_before_the_metric() -> None:
    (event,) = metric_events("Data showed a 4% drop in Bitcoin's futures open interest.")
    assert fields(event, "type", "asset", "change", "direction") == (
        "open_interest",
        "asset:BTC",
        "4",
        "down",
    )


def test_a_reading() -> None:
    (event,) = metric_events("Ethereum open interest remains above $20 billion.")
    assert fields(event, "asset", "reading", "change", "amount") == (
        "asset:ETH",
        "20000000000",
        None,
        "20000000000",
    )


def test_a_flip_without_a_figure_is_a_state() -> None:
    (event,) = metric_events("Bitcoin's funding rate flipped negative on Binance.")
    assert fields(event, "type", "state", "direction", "amount", "venue") == (
        "funding_rate",
        "negative",
        "down",
        None,
        "venue:binance",
    )


def test_dominance_reading_and_change() -> None:
    text = "Bitcoin's dominance (BTC.D) is maintaining around 59% with a 0.40% jump for the day."
    (event,) = metric_events(text)
    assert fields(event, "type", "asset", "reading", "change", "direction") == (
        "dominance",
        "asset:BTC",
        "59",
        "0.4",
        "up",
    )


def test_ticker_dot_d_names_its_asset() -> None:
    (event,) = metric_events("The small jump of 0.40% in BTC.D surprised traders.")
    assert fields(event, "asset", "change", "direction") == ("asset:BTC", "0.4", "up")


def test_total2_is_dominance_without_an_asset() -> None:
    (event,) = cnp.parse(
        "The TOTAL2 index (market capitalization excluding BTC) dropped by 3.84%."
    ).events
    result = event.to_dict()
    assert fields(result, "type", "asset", "change", "direction") == (
        "dominance",
        None,
        "3.84",
        "down",
    )
    assert "metric:total2" in [e.id for e in event.entities]


def test_a_metric_figure_stops_where_another_subject_starts() -> None:
    found = metric_events("OI dropped to $77 billion as BTC slipped to $107,000.")
    assert [fields(e, "to", "change") for e in found] == [("77000000000", None)]


def test_a_funding_rate_per_period_is_a_figure() -> None:
    (event,) = metric_events("Bitcoin funding rates on Binance climbed to 0.03% per 8 hours.")
    assert fields(event, "type", "to", "direction", "venue") == (
        "funding_rate",
        "0.03",
        "up",
        "venue:binance",
    )


def test_a_record_reading_and_no_price_move_for_a_metric_subject() -> None:
    found = cnp.parse("Ether open interest hit a record $20 billion on Tuesday.").events
    assert [(str(e.type), e.asset) for e in found] == [("open_interest", "asset:ETH")]
    found = cnp.parse("Open interest in Solana futures fell 12% to $2.1 billion.").events
    assert [str(e.type) for e in found] == ["open_interest"]


def test_its_metric_takes_the_asset_named_earlier_in_the_sentence() -> None:
    text = "Ether's price jumped 5% after the approval, while its open interest rose 10%."
    assert [fields(e, "asset", "change") for e in metric_events(text)] == [("asset:ETH", "10")]


@pytest.mark.parametrize(
    "text",
    [
        "Could Bitcoin open interest rise to $90 billion?",
        "The team's value rose 10% to $5 million.",
        "Add 2% milk and a $3 funding of sugar to the dough.",
        "Market dominance of the football club rose 5%.",
        "Bitcoin open interest is still increasing.",
    ],
)
def test_no_metric_events(text: str) -> None:
    assert metric_events(text) == []


_PIECES = [
    "Bitcoin",
    "BTC",
    "open interest",
    "OI",
    "funding rate",
    "dominance",
    "BTC.D",
    "TOTAL2",
    "flipped negative",
    "dropped",
    "increased by",
    "from",
    "to",
    "remains above",
    "$34.8 billion",
    "$600 million",
    "4%",
    "59%",
    "over the past 24 hours",
    "on Binance",
    "as",
    ",",
    ".",
    "?",
]


@given(st.lists(st.sampled_from(_PIECES), max_size=30))
def test_every_item_lies_in_its_event_and_dicts_round_trip(pieces: list[str]) -> None:
    text = " ".join(pieces)
    check_events(text, cnp.parse(text).events)
