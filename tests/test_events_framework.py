"""The event driver: sentences, cues, windows and the market-news gate."""

from __future__ import annotations

import pytest

import cryptonews_parse as cnp
from cryptonews_parse.errors import RegistryError
from cryptonews_parse.events.base import compile_triggers, sentence_spans, triggers


def sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in sentence_spans(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("BTC fell 2%. ETH rose 3%.", ["BTC fell 2%.", "ETH rose 3%."]),
        ("A headline\n\nThe body. More.", ["A headline", "The body.", "More."]),
        ("The Oct. 6 high of $126,000 held.", ["The Oct. 6 high of $126,000 held."]),
        ("U.S. funds bought $1.2 billion. Then", ["U.S. funds bought $1.2 billion.", "Then"]),
        ('He said "sell." Then BTC fell.', ['He said "sell."', "Then BTC fell."]),
        ("BTC at $1.5 million? Not yet!", ["BTC at $1.5 million?", "Not yet!"]),
        ("", []),
        ("  \n \n", []),
    ],
)
def test_sentence_splitting(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_cues_name_their_group_and_span() -> None:
    text = "Longs were liquidated over the past day."
    cues = list(triggers().cues(text))
    assert {c.name for c in cues} >= {"liquidation.trigger", "window.phrases"}
    assert all(text[c.span.start : c.span.end] == c.text for c in cues)


def test_a_malformed_trigger_table_raises_registry_error() -> None:
    with pytest.raises(RegistryError, match="needs a list of str"):
        compile_triggers({"liquidation": {"trigger": "liquidat*"}})


@pytest.mark.parametrize(
    ("text", "window"),
    [
        ("Crypto liquidations hit $563 million in the past 24 hours.", "PT24H"),
        ("Crypto liquidations hit $563 million over the last 7 days.", "P7D"),
        ("A 24-hour crypto liquidation total of $563 million.", "PT24H"),
        ("Crypto liquidations hit $563 million.", None),
    ],
)
def test_event_window_is_iso_8601(text: str, window: str | None) -> None:
    (event,) = cnp.parse(text).events
    assert event.window == window


@pytest.mark.parametrize(
    "text",
    [
        "Crypto liquidations hit $1.36 billion in the past 24 hours.",
        "Altcoin liquidations reached $200 million as prices fell.",
    ],
)
def test_market_words_make_market_news_without_entities(text: str) -> None:
    assert [e.type for e in cnp.parse(text).events] == [cnp.EventType.LIQUIDATION]


@pytest.mark.parametrize(
    "text",
    [
        "The club paid $5 million for the striker, and the liquidation of the old stadium "
        "company raised $2 million; ticket prices rose 10% to $50.",
        "Whisk 200 grams of flour with 2 eggs; the dough will rise 50% in 2 hours. "
        "Long proofing gives a better crust.",
        "",
    ],
)
def test_texts_that_are_not_market_news_yield_no_events(text: str) -> None:
    assert cnp.parse(text).events == ()


@pytest.mark.parametrize(
    "text",
    ["Bitcoin \u017fhorts worth $5 million were liquidated.", "LIQUIDATIONS \u0130N BTC hit $5M."],
)
def test_unicode_case_folding_never_breaks_the_cue_scan(text: str) -> None:
    """Characters that IGNORECASE folds onto ASCII ("\u017f" onto "s") must not raise."""
    assert all(text[e.span.start : e.span.end] == e.text for e in cnp.parse(text).events)
