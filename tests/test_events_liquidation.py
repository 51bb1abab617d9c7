"""Liquidation events: which figures count, and their side, asset, venue, window and scope."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import cryptonews_parse as cnp
from cryptonews_parse.model import JSONValue
from event_checks import check_events

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
KEYS = ("amount", "unit", "side", "asset", "venue", "window", "scope")


def liquidations(text: str) -> list[dict[str, JSONValue]]:
    """The liquidation events of ``text`` as dicts of the flat keys (and the share)."""
    found = []
    for event in cnp.parse(text).events:
        if str(event.type) == "liquidation":
            data = event.to_dict()
            row = {key: data[key] for key in KEYS}
            share = data["share"]
            if isinstance(share, dict):
                row["share"] = share["value"]
            found.append(row)
    return found


def row(amount: str, unit: str = "USD", **keys: str | None) -> dict[str, JSONValue]:
    """An expected liquidation: a market-wide total of both sides unless told otherwise."""
    base: dict[str, JSONValue] = {
        "amount": amount,
        "unit": unit,
        "side": "both",
        "asset": None,
        "venue": None,
        "window": None,
        "scope": "total",
    }
    base.update(keys)
    return base


SIDES = [
    pytest.param(
        "$120 million of shorts were liquidated as Ether rallied.",
        [row("120000000", side="short")],
        id="shorts",
    ),
    pytest.param(
        "Bitcoin longs worth $50 million were liquidated.",
        [row("50000000", side="long", asset="asset:BTC")],
        id="longs-before-the-figure",
    ),
    pytest.param(
        "Over the past day, $90 million in Bitcoin bullish bets were wiped out.",
        [row("90000000", side="long", asset="asset:BTC", window="P1D")],
        id="bullish-bets",
    ),
    pytest.param(
        "A total of $1.36 billion in Bitcoin was wiped out in short and long positions.",
        [row("1360000000", asset="asset:BTC")],
        id="short-and-long-is-both",
    ),
    pytest.param(
        "Bitcoin shorts lost $300 million to liquidations while Ether longs saw $100 million"
        " liquidated.",
        [
            row("300000000", side="short", asset="asset:BTC"),
            row("100000000", side="long", asset="asset:ETH"),
        ],
        id="one-side-per-clause",
    ),
]

SCOPES = [
    pytest.param(
        "The largest single liquidation was a $12 million ETH-USDT short on OKX.",
        [
            row(
                "12000000",
                side="short",
                asset="asset:ETH",
                venue="venue:okx",
                scope="largest_single",
            )
        ],
        id="largest-pair-gives-its-base",
    ),
    pytest.param(
        "Traders saw $200 million in long liquidations on Binance.",
        [row("200000000", side="long", venue="venue:binance", scope="venue")],
        id="venue",
    ),
    pytest.param(
        "Liquidations hit $1 billion, with Bitcoin accounting for $342 million.",
        [row("1000000000"), row("342000000", asset="asset:BTC", scope="asset")],
        id="with-asset-accounting-for",
    ),
    pytest.param(
        "Bitcoin liquidations totaled $563 million, of which $485 million came from longs.",
        [
            row("563000000", asset="asset:BTC"),
            row("485000000", side="long", asset="asset:BTC", scope="asset"),
        ],
        id="of-which-splits",
    ),
    pytest.param(
        "Bitcoin liquidations totaled $500 million, 85% of it longs.",
        [row("500000000", asset="asset:BTC")],
        id="a-share-without-an-amount-states-no-part",
    ),
    pytest.param(
        "Over 10,000 BTC were liquidated on Binance.",
        [row("10000", "BTC", asset="asset:BTC", venue="venue:binance", scope="venue")],
        id="crypto-amount",
    ),
    pytest.param(
        "Bitcoin liquidations reached $961 million. $821 million of that was from long positions.",
        [
            row("961000000", asset="asset:BTC"),
            row("821000000", side="long", asset="asset:BTC", scope="asset"),
        ],
        id="next-sentence-continues-the-total-a-part-of-its-asset",
    ),
]

WINDOWS = [
    pytest.param(
        "Bitcoin liquidations hit $1 billion in the past 24 hours.",
        [row("1000000000", asset="asset:BTC", window="PT24H")],
        id="past-24-hours",
    ),
    pytest.param(
        "Bitcoin liquidations hit $1 billion in the past 24 hours. Later, Ether liquidations"
        " reached $400 million.",
        [
            row("1000000000", asset="asset:BTC", window="PT24H"),
            row("400000000", asset="asset:ETH", window="PT24H"),
        ],
        id="window-stated-once-in-the-article",
    ),
    pytest.param(
        "Bitcoin liquidations hit $1 billion in the past 24 hours. A week ago, Ether"
        " liquidations reached $400 million.",
        [
            row("1000000000", asset="asset:BTC", window="PT24H"),
            row("400000000", asset="asset:ETH"),
        ],
        id="dated-sentence-keeps-no-window",
    ),
]

NOT_EVENTS = [
    pytest.param("Are we heading for another $1 billion Bitcoin liquidation?", id="question"),
    pytest.param(
        "Analysts say a Bitcoin wipeout of over $1 billion seems likely.", id="seems-likely"
    ),
    pytest.param(
        "A drop below $90,000 could trigger $2 billion in Bitcoin liquidations.", id="could"
    ),
    pytest.param(
        "If Bitcoin falls to $90,000, $2 billion in longs would be liquidated.", id="condition"
    ),
    pytest.param(
        "Bitcoin's drop to $104,000 resulted in a large liquidation of leveraged positions.",
        id="price-is-not-the-amount",
    ),
    pytest.param(
        "Bitcoin fell below $102,000, triggering widespread long liquidations.",
        id="price-before-the-cue",
    ),
    pytest.param(
        "The Bitcoin liquidation heatmap shows sell pressure between $107,000 and $114,000.",
        id="heatmap-levels",
    ),
    pytest.param(
        "The club paid $5 million for the striker; the liquidation of the old stadium company"
        " left creditors with $2 million.",
        id="sports-report",
    ),
    pytest.param(
        "Melt 200 g of butter, add $3 of sugar and stir until the liquidation of lumps is"
        " complete; bake for 20 minutes.",
        id="recipe",
    ),
]


@pytest.mark.parametrize(("text", "expected"), [*SIDES, *SCOPES, *WINDOWS])
def test_liquidation_rows(text: str, expected: list[dict[str, JSONValue]]) -> None:
    """Each stated liquidation figure is one event with its side, asset, venue and scope."""
    assert liquidations(text) == expected


@pytest.mark.parametrize("text", NOT_EVENTS)
def test_not_a_stated_liquidation(text: str) -> None:
    """Questions, forecasts, conditions, prices and other news yield no liquidation."""
    assert liquidations(text) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "{city} desks say a Bitcoin wipeout of over $1 billion seems likely.",
        "{city} desks saw $1 billion in Bitcoin liquidations.",
        "If Bitcoin falls, {city} desks expect $2 billion in longs to be liquidated.",
    ],
)
def test_hedges_read_alike_when_lower_casing_changes_the_length(sentence: str) -> None:
    """The dotted capital I ("İ") lower-cases to two characters, so the hedge check reads
    such a phrase in parts; it must judge as it does for the plain spelling."""
    assert liquidations(sentence.format(city="İstanbul")) == liquidations(
        sentence.format(city="Istanbul")
    )


def test_bound_stays_on_the_amount() -> None:
    """A bound ("over $342 million") stays on the amount quantity."""
    (event,) = [
        e.to_dict() for e in cnp.parse("Bitcoin faced over $342 million in liquidations.").events
    ]
    assert event["amount"] == "342000000"
    assert isinstance(event["quantities"], list)
    (amount,) = event["quantities"]
    assert isinstance(amount, dict) and amount["bound"] == "lower"


# ---- properties ---------------------------------------------------------------------------

SUBJECTS = ["Bitcoin", "Ether (ETH)", "Crypto markets", "Traders on Binance", "BTC-USDT"]
FIGURES = ["$1.36 billion", "over $342 million", "$47.87 million", "2.5k BTC", "$100K"]
LINKS = [
    "in liquidations",
    "in long positions were liquidated",
    "was wiped out",
    "of shorts got liquidated",
    "as prices fell to $104,000",
]
TAILS = [
    "",
    ", with Bitcoin accounting for $377 million of that total",
    ", of which $485 million came from leveraged long positions",
    " over the past 24 hours",
    " - are we preparing for more?",
]
VERBS = ["saw", "faced", "recorded", "could see", "followed with"]


@st.composite
def liquidation_sentences(draw: st.DrawFn) -> str:
    """A sentence made of typical parts of liquidation reports, in any combination."""
    parts = [
        draw(st.sampled_from(SUBJECTS)),
        draw(st.sampled_from(VERBS)),
        draw(st.sampled_from(FIGURES)),
        draw(st.sampled_from(LINKS)),
    ]
    return " ".join(parts) + draw(st.sampled_from(TAILS)) + "."


@given(st.lists(liquidation_sentences(), min_size=1, max_size=4))
def test_events_lie_inside_their_sentence(sentences: list[str]) -> None:
    """Every event's quantities and entities lie inside its span; its dict is JSON."""
    text = " ".join(sentences)
    check_events(text, cnp.parse(text).events)


@pytest.mark.parametrize("seed", sorted(p.name for p in SEEDS.glob("*.txt")))
def test_seed_events_lie_inside_their_sentence(seed: str) -> None:
    """The same holds for every event of every seed article."""
    text = (SEEDS / seed).read_text(encoding="utf-8")
    check_events(text, cnp.parse(text).events)
