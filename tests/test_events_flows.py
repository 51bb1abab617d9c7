"""Exchange-flow and ETF-flow events: direction, asset, venue, fund and netflow states."""

from __future__ import annotations

import pytest

import cryptonews_parse as cnp
from cryptonews_parse.model import JSONValue

KEYS = ("amount", "unit", "asset", "venue", "fund", "direction", "window")


def events(text: str, event_type: str) -> list[dict[str, JSONValue]]:
    """The events of one type in ``text``, as dicts of the flat keys (and the state)."""
    found = []
    for event in cnp.parse(text).events:
        if str(event.type) == event_type:
            data = event.to_dict()
            row = {key: data[key] for key in KEYS}
            if "state" in data and data["state"] is not None:
                row["state"] = data["state"]
            found.append(row)
    return found


def row(
    amount: str | None, unit: str | None, direction: str, **keys: str | None
) -> dict[str, JSONValue]:
    """An expected flow with no venue, fund or window unless told otherwise."""
    base: dict[str, JSONValue] = {
        "amount": amount,
        "unit": unit,
        "asset": None,
        "venue": None,
        "fund": None,
        "direction": direction,
        "window": None,
    }
    base.update(keys)
    return base


EXCHANGE_FLOWS = [
    pytest.param(
        "More than 32kBTC were deposited into all exchanges with Binance seeing 2.5k BTC in"
        " spot exchange.",
        [
            row("32000", "BTC", "in", asset="asset:BTC"),
            row("2500", "BTC", "in", asset="asset:BTC", venue="venue:binance"),
        ],
        id="deposits-and-a-named-exchange",
    ),
    pytest.param(
        "Exchange withdrawals of 15,000 BTC hit a yearly high.",
        [row("15000", "BTC", "out", asset="asset:BTC")],
        id="withdrawals",
    ),
    pytest.param(
        "$500 million in USDT flowed into exchanges.",
        [row("500000000", "USD", "in", asset="asset:USDT")],
        id="money-with-its-asset",
    ),
    pytest.param(
        "Bitcoin's exchange netflow flipped negative.",
        [row(None, None, "out", asset="asset:BTC", state="negative")],
        id="netflow-flipped-negative",
    ),
    pytest.param(
        "Ether exchange netflow turned positive.",
        [row(None, None, "in", asset="asset:ETH", state="positive")],
        id="netflow-turned-positive",
    ),
    pytest.param(
        "Exchange netflow hit -5,000 BTC.",
        [row("-5000", "BTC", "out", asset="asset:BTC")],
        id="netflow-reading",
    ),
]

NOT_EXCHANGE_FLOWS = [
    pytest.param("Bitcoin exchange withdrawals have outpaced deposits.", id="no-figure"),
    pytest.param("Bitcoin fell to $100,000 on Binance as deposits slowed.", id="price"),
    pytest.param("Bitcoin ETFs saw $500 million in inflows.", id="etf-inflows"),
    pytest.param("Exchange inflows of 10,000 BTC could follow next week.", id="forecast"),
]

ETF_FLOWS = [
    pytest.param(
        "IBIT took in $500 million on Monday.",
        [row("500000000", "USD", "in", asset="asset:BTC", fund="fund:IBIT")],
        id="fund",
    ),
    pytest.param(
        "Spot Bitcoin ETFs recorded $1.2 billion in net outflows this week.",
        [row("1200000000", "USD", "out", asset="asset:BTC", window="P7D")],
        id="all-funds-of-an-asset",
    ),
    pytest.param(
        "IBIT took in $300 million, while FBTC saw $100 million in outflows.",
        [
            row("300000000", "USD", "in", asset="asset:BTC", fund="fund:IBIT"),
            row("100000000", "USD", "out", asset="asset:BTC", fund="fund:FBTC"),
        ],
        id="one-fund-per-clause",
    ),
]

NOT_ETF_FLOWS = [
    pytest.param("Capital inflows into the US Bitcoin spot ETF are weak.", id="no-figure"),
    pytest.param("Ether ETFs could see $1 billion of inflows.", id="forecast"),
    pytest.param("More than 32kBTC were deposited into Binance.", id="exchange-deposit"),
]


@pytest.mark.parametrize(("text", "expected"), EXCHANGE_FLOWS)
def test_exchange_flows(text: str, expected: list[dict[str, JSONValue]]) -> None:
    """Deposits, withdrawals and netflow states become exchange flows."""
    assert events(text, "exchange_flow") == expected


@pytest.mark.parametrize("text", NOT_EXCHANGE_FLOWS)
def test_not_exchange_flows(text: str) -> None:
    """Figure-less flows, prices, ETF flows and forecasts are not exchange flows."""
    assert events(text, "exchange_flow") == []


@pytest.mark.parametrize(("text", "expected"), ETF_FLOWS)
def test_etf_flows(text: str, expected: list[dict[str, JSONValue]]) -> None:
    """ETF inflows and outflows with a figure become ETF flows."""
    assert events(text, "etf_flow") == expected


@pytest.mark.parametrize("text", NOT_ETF_FLOWS)
def test_not_etf_flows(text: str) -> None:
    """No figure, a forecast or an exchange deposit is no ETF flow."""
    assert events(text, "etf_flow") == []


def test_an_issuers_fund_names_the_issuer_not_the_fund_it_replaced() -> None:
    doc = cnp.parse(
        "Spot bitcoin ETFs drew $210 million. BlackRock's IBIT took in $150 million, while"
        " Fidelity's flagship fund added $40 million."
    )
    fidelity = next(e for e in doc.events if e.to_dict()["amount"] == "40000000")
    assert fidelity.to_dict()["fund"] == "fund:FBTC"
    assert [m.id for m in fidelity.entities] == ["org:fidelity"]
