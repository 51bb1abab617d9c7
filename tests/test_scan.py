"""Quantities in running text: where they start and end, and what is not one."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest

import cryptonews_parse as cnp
from cryptonews_parse import scan
from cryptonews_parse.scan import number_goes_on


def quantities(text: str) -> list[tuple[str, str]]:
    """(text, value or 'low..high') of each quantity parse() finds."""
    found = []
    for q in cnp.parse(text).quantities:
        assert text[q.span.start : q.span.end] == q.text
        figure = str(q.value) if q.value is not None else f"{q.low}..{q.high}"
        found.append((q.text, figure))
    return found


RUNNING_TEXT = [
    (
        "Bitcoin Plunges to $100K Amid $324M Liquidation",
        [("$100K", "100000"), ("$324M", "324000000")],
    ),
    ("a $324 million bloodbath", [("$324 million", "324000000")]),
    (
        "Open Interest dropped from $34.8 billion to $34.2 billion, a $600 million decline.",
        [
            ("$34.8 billion", "34800000000"),
            ("$34.2 billion", "34200000000"),
            ("$600 million", "600000000"),
        ],
    ),
    ("dropped from $124,000 to below $118,000", [("$124,000", "124000"), ("$118,000", "118000")]),
    ("The whale sold 2019 bitcoin on Monday.", [("2019 bitcoin", "2019")]),
    ("a deposit of 2020 ETH", [("2020 ETH", "2020")]),
    ("the $101k to $104k cluster", [("$101k to $104k", "101000..104000")]),
    ("BTC fell $5,000 to $100,000.", [("$5,000", "5000"), ("$100,000", "100000")]),
    ("Key resistance around $113K–$114K will decide.", [("$113K–$114K", "113000..114000")]),
    (
        "pressure between $107,000 and $114,000, with $108,000",
        [("between $107,000 and $114,000", "107000..114000"), ("$108,000", "108000")],
    ),
    ("to reclaim $105,000 to debar a correction", [("$105,000", "105000")]),
    ("rose 5% to $100,000", [("5%", "5"), ("$100,000", "100000")]),
    ("TOTAL2 dropped by 2.74%, BTC.D up 0.40%", [("2.74%", "2.74"), ("0.40%", "0.4")]),
    ("over the past 30 days", [("30 days", "30")]),
    (
        "gold rose 1.7%, breaking through $4,600 per ounce.",
        [("1.7%", "1.7"), ("$4,600 per ounce", "4600")],
    ),
    ("the 50-day moving average crosses the 200-day", [("50-day", "50"), ("200-day", "200")]),
]


@pytest.mark.parametrize(("text", "expected"), RUNNING_TEXT, ids=[t for t, _ in RUNNING_TEXT])
def test_quantities_in_running_text(text: str, expected: list[tuple[str, str]]) -> None:
    """Longest readings, "from X to Y" as two quantities, spans into the original text."""
    assert quantities(text) == expected


NOT_QUANTITIES = [
    "Voyager 2 launched in 1979.",
    "On Oct. 6, 2025 and November 4, 2025 the market moved.",
    "Sept. 19 and Sept. 28 were calm.",
    "1️⃣ Open the App → Tap [Square]",
    "Apply now: https://www.gate.com/questionnaire/7159",
    "The call starts at 10:30 UTC.",
    "Upgrade to version 2.0 or v1.2.3 today.",
    "5 things to know in Bitcoin this week",
    "one of the biggest, a link to the page",
    "About the market: over the top, under the radar, some say.",
    "In 2019 ether's share of the market peaked.",
    "Since March 2022 Solana has halved.",
    "In Q2 2021 BTC miners left China.",
    "The coins went through a third-party bridge and a quarter-final sponsor.",
]


@pytest.mark.parametrize("text", NOT_QUANTITIES)
def test_things_that_are_not_quantities(text: str) -> None:
    """Years, dates, times, list numbers, URLs, versions and bare small numbers are skipped."""
    assert quantities(text) == []


def test_unicode_variants_keep_original_spans() -> None:
    """NBSP, thin spaces, unicode minus and en dashes are read; spans keep the caller's text."""
    text = "BTC fell \N{MINUS SIGN}2.74%\N{NO-BREAK SPACE}to $113K\N{EN DASH}$114K (\uff14\uff10%)"
    found = cnp.parse(text).quantities
    assert [q.text for q in found] == [
        "\N{MINUS SIGN}2.74%",
        "$113K\N{EN DASH}$114K",
        "\uff14\uff10%",
    ]
    assert found[0].value == Decimal("-2.74")
    assert found[2].value == Decimal("40")


# A translated text writes a scale word in the plural ("413 millions of dollars") and
# leaves the currency out of the next amounts; a native "9.7 million" stays unread.
CARRIED_CURRENCY = [
    (
        "Ether funds registered exits for 413 millions of dollars; solana funds registered"
        " exits of 8,4 millions.",
        [("413 millions of dollars", "413000000", "USD"), ("8,4 millions", "8400000", "USD")],
    ),
    (
        "Crypto products captured 2,6 millones de dólares, and the ones of Cardano, 0,7 millions.",
        [("2,6 millones de dólares", "2600000", "USD"), ("0,7 millions", "700000", "USD")],
    ),
    (
        "Bitcoin funds lost 52 millions of dollars, while Brazil and Canada registered entries"
        " of 3,1 and 1,4 millions, respectively.",
        [
            ("52 millions of dollars", "52000000", "USD"),
            ("3,1", "3100000", "USD"),
            ("1,4 millions", "1400000", "USD"),
        ],
    ),
    (
        "Ether funds lost $52 million, and solana funds 8.4 million.",
        [("$52 million", "52000000", "USD")],
    ),
    (
        "Ether funds lost 52 millions of dollars; the network counted 2 millions of users.",
        [("52 millions of dollars", "52000000", "USD")],
    ),
    (
        "Ether funds lost 52 millions of dollars; the network counted 2 millions users.",
        [("52 millions of dollars", "52000000", "USD"), ("2 millions", "2000000", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CARRIED_CURRENCY)
def test_a_translated_amount_takes_the_currency_written_before(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    """A figure with a plural scale word and no unit takes the currency of the last amount
    written that way, unless it counts a noun; a list of them shares it."""
    found = [(q.text, str(q.value), q.unit) for q in cnp.parse(text).quantities]
    assert found == expected


# A small whole number before a ticker and a noun for what holds coins counts the holders;
# the ticker is a modifier. A larger one may be a balance class and stays an amount.
COUNTED_HOLDERS = [
    ("Attackers drained three AVAX hot wallets at Pellora.", [("three", "3", None)]),
    ("Two BTC whales sent 640 BTC to Kraken.", [("Two", "2", None), ("640 BTC", "640", "BTC")]),
    ("Nine SOL validators went dark on Monday.", [("Nine", "9", None)]),
    ("The thief spread funds over 12 ETH addresses.", [("12", "12", None)]),
    ("Arlen Fund holds 3 ETH in cold wallets.", [("3 ETH", "3", "ETH")]),
    ("A trader sent 7 BTC to two wallets.", [("7 BTC", "7", "BTC"), ("two", "2", None)]),
    ("The count of 1,000 BTC wallets climbed.", [("1,000 BTC", "1000", "BTC")]),
    ("It bought 2.5 ETH worth of calls.", [("2.5 ETH", "2.5", "ETH")]),
]


@pytest.mark.parametrize(("text", "expected"), COUNTED_HOLDERS)
def test_a_ticker_before_holders_is_a_modifier(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    """ "two ETH hot wallets" counts wallets: no 2 ETH for an event to take."""
    found = [(q.text, str(q.value), q.unit) for q in cnp.parse(text).quantities]
    assert found == expected


# "won" is also a verb: a figure before it is Korean won in a sentence about money, or, when
# the figure has a magnitude or grouping and a word before it, in one that names a Korean
# venue or a price verb of the currency's cues. A figure that opens its clause, one before
# a noun and a figure after the verb stay out.
KOREAN_WON = [
    (
        "On Korbit, the exchange's oldest venue, the coin changed hands at 2.46 million won.",
        [("2.46 million won", "2460000", "KRW")],
    ),
    ("At Coinone it recorded 51,320,000 won by noon.", [("51,320,000 won", "51320000", "KRW")]),
    (
        "Gopax's desk said the token was near 9.8 billion won late on Friday.",
        [("9.8 billion won", "9800000000", "KRW")],
    ),
    ("Of 3,000 entrants in the Upbit contest, 1,200 won.", [("3,000", "3000", None)]),
    ("In the Bithumb league, 1,200 won prizes and 80 teams changed hands.", []),
    (
        "The Upbit esports team won 2 matches and 40 million fans cheered.",
        [("40 million", "40000000", None)],
    ),
    ("A Seoul school recorded that 4 million won awards last year.", []),
    ("He won 3 of 5 games at the Korbit open.", []),
]


@pytest.mark.parametrize(("text", "expected"), KOREAN_WON)
def test_won_is_money_where_a_venue_or_price_verb_says_so(
    text: str, expected: list[tuple[str, str, str | None]]
) -> None:
    """A figure with a magnitude or grouping before "won" is KRW in a sentence that names a
    Korean venue or a price verb; "won" as a verb gives no money."""
    found = [(q.text, str(q.value), q.unit) for q in cnp.parse(text).quantities]
    assert found == expected


def test_no_quantity_crosses_a_line_break() -> None:
    """A figure at a line's end and one at the next line's start stay two quantities."""
    assert quantities("rose $5\n-7% today") == [("$5", "5"), ("-7%", "-7")]


@pytest.mark.parametrize(
    ("text", "start"),
    [("2 AND A THIRD", 6), ("seven AND A HALF", 10), ("a hundred AND 12", 14)],
)
def test_a_figure_after_and_goes_on_its_number_near_the_start_too(text: str, start: int) -> None:
    """The cheap look-back for "and" before a figure stays inside the text: a figure in the
    first eight characters once looked at the end of the text instead."""
    assert number_goes_on(text, start, fraction=text[start:].startswith("A "))


def test_web_address_pattern_reads_as_the_plain_one() -> None:
    """scan._URL (a class first, so that a search skips in C) finds exactly what the plain
    pattern finds: "http://", "https://" or "www." in any case after a non-word character."""
    plain = re.compile(r"\b(?:https?://|www\.)\S+", re.IGNORECASE)
    text = (
        "see https://x.com/a?b=1 and www.gate.com/7159. HTTP://A.B, Www.C.d, hTtPs://e "
        "(httpſ://f) x-http://g xhttp://no _www.no é www.yes 1www.no www.\nhttp:// https://\t"
    )
    found = [m.span() for m in scan._URL.finditer(text)]
    assert found == [m.span() for m in plain.finditer(text)]
    assert len(found) == 8  # a bare "www." or "http://" before a space is none
