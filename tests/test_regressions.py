"""Sentences that once went wrong, or easily could, with the quantities parse() must find.

Each row is (sentence, [(text, value, unit), ...]); a range's value is written "low..high".
Rows are grouped by the mistake they guard against, and each group is one test.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

import cryptonews_parse as cnp
from cryptonews_parse import Bound, Kind

Row = tuple[str, list[tuple[str, str, str | None]]]


def found(sentence: str) -> list[tuple[str, str, str | None]]:
    """(text, value or "low..high", unit) of each quantity, after checking its span."""
    result = []
    for q in cnp.parse(sentence).quantities:
        assert sentence[q.span.start : q.span.end] == q.text
        value = str(q.value) if q.value is not None else f"{q.low}..{q.high}"
        result.append((q.text, value, q.unit))
    return result


def ids(rows: list[Row]) -> list[str]:
    """Readable test ids: the sentence itself."""
    return [sentence for sentence, _ in rows]


# Numbers that are not quantities: no unit, no magnitude, no digit grouping.
NOT_QUANTITIES: list[Row] = [
    ("Bitcoin set a record in 2025.", []),
    ("On Oct. 6 the price rose.", []),
    ("On November 4, 2025, it fell.", []),
    ("Trading resumes at 14:00 UTC.", []),
    ("The call starts at 14:30 hours.", []),  # not "30 hours" after the refused time
    ("Prices steadied after 1615 GMT.", []),  # a wire's clock time, not STEPN's ticker
    ("1. Bitcoin\n2. Ether\n3. Solana", []),
    ("The client v2.1.3 shipped.", []),
    ("Top 10 coins all fell.", []),
    ("ERC-20 tokens and Layer 2 fees.", []),
    ("The 2024-2025 cycle peaked in Q4 2025.", []),
    ("Markets trade 24/7.", []),
    ("Details at https://example.com/q?a=30%25%2020%&id=5000000 today.", []),
    ("See www.example.org/2025/10/btc-100k-5% for the chart.", []),
]


@pytest.mark.parametrize(("sentence", "expected"), NOT_QUANTITIES, ids=ids(NOT_QUANTITIES))
def test_years_dates_times_and_list_numbers_are_not_quantities(
    sentence: str, expected: list[tuple[str, str, str | None]]
) -> None:
    """Years, dates, clock times, list numbering, versions, names and URLs yield nothing."""
    assert found(sentence) == expected


CURRENCY_SIGNS: list[Row] = [
    ("It raised a $324 million round.", [("$324 million", "324000000", "USD")]),
    ("A $324 million round closed.", [("$324 million", "324000000", "USD")]),
    ("A$324 million was raised in Sydney.", [("A$324 million", "324000000", "AUD")]),
    ("The fund raised $ 555 million.", [("$ 555 million", "555000000", "USD")]),
    ("They lost half a billion dollars.", [("half a billion dollars", "500000000", "USD")]),
    ("Invoices: $ 1,200.50 $ 3,400.75 paid.", [("$ 1,200.50", "1200.5", "USD"),
                                               ("$ 3,400.75", "3400.75", "USD")]),
    ("The card costs $100 USD.", [("$100 USD", "100", "USD")]),
    ("Tencent spent RMB 1.2 billion.", [("RMB 1.2 billion", "1200000000", "CNY")]),
    ("It raised 300 million RMB.", [("300 million RMB", "300000000", "CNY")]),
    ("It issued $5 billion of RMBS.", [("$5 billion", "5000000000", "USD")]),
    ("On Bithumb the token was quoted at 98.2 million won.",
     [("98.2 million won", "98200000", "KRW")]),
    ("The boxer won 3 titles.", []),
    ("Dogecoin slipped to 17.6 cents.", [("17.6 cents", "0.176", "USD")]),
    ("Bitcoin crossed the bar of 100 000 dollars.", [("100 000 dollars", "100000", "USD")]),
    ("Ether traded near 3 870 EUR.", [("3 870 EUR", "3870", "EUR")]),
    ("Its price moved between 95 000 and 98 000 dollars.", []),
    ("The top 10 000 wallets hold 5 500 coins.", []),
    ("China's population is 1 414 021 100.", [("1 414 021 100", "1414021100", None)]),
    ("It cost thirteen dollars and forty cents.", []),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "expected"), CURRENCY_SIGNS, ids=ids(CURRENCY_SIGNS))
def test_currency_signs(sentence: str, expected: list[tuple[str, str, str | None]]) -> None:
    """A lone "a" before "$" is the article, not "A$"; a second sign starts the next figure."""
    assert found(sentence) == expected


RANGES_AND_MOVES: list[Row] = [
    (
        "ETF assets fell from $34.8 billion to $34.2 billion.",
        [("$34.8 billion", "34800000000", "USD"), ("$34.2 billion", "34200000000", "USD")],
    ),
    (
        "BTC traded between $107,000 and $114,000.",
        [("between $107,000 and $114,000", "107000..114000", "USD")],
    ),
    (
        "BTC held the $103,000 to $106,000 range.",
        [("$103,000 to $106,000", "103000..106000", "USD")],
    ),
    ("Resistance sits at $113K–$114K.", [("$113K–$114K", "113000..114000", "USD")]),
    ("Inflows of $5-7 billion are expected.", [("$5-7 billion", "5000000000..7000000000", "USD")]),
    ("BTC rose 5% to $100,000.", [("5%", "5", "%"), ("$100,000", "100000", "USD")]),
    (
        "Its futures book shrank by $620 million to $1.45 billion.",
        [("$620 million", "620000000", "USD"), ("$1.45 billion", "1450000000", "USD")],
    ),
    (
        "Reserves grew by roughly 8,400 BTC to 21,900 BTC.",
        [("8,400 BTC", "8400", "BTC"), ("21,900 BTC", "21900", "BTC")],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), RANGES_AND_MOVES, ids=ids(RANGES_AND_MOVES))
def test_ranges_and_moves(sentence: str, expected: list[tuple[str, str, str | None]]) -> None:
    """From X to Y and by X to Y are two quantities (a move, a change and its level);
    "between", "X to Y range" and dashes are one."""
    assert found(sentence) == expected


OTHER_KINDS: list[Row] = [
    ("Over the 24-hour period, volume rose.", [("24-hour", "24", "hour")]),
    ("48h volume rose.", [("48h", "48", "hour")]),
    ("The long/short ratio hit 2.67:1.", [("2.67:1", "2.67", None)]),
    (
        "ADA/BTC slid 3.1% this week to 0.00814.",
        [("3.1%", "3.1", "%"), ("0.00814", "0.00814", None)],
    ),
    ("ADA/USD slid 3.1% this week to 0.81.", [("3.1%", "3.1", "%")]),
    ("Traders used 100x leverage.", [("100x", "100", "x")]),
    ("Over 1.37 million addresses hold BTC.", [("1.37 million", "1370000", None)]),
    ("The Fed cut rates by 25 basis points.", [("25 basis points", "25", "bp")]),
    ("The vault lost 75 wrapped bitcoin (WBTC).", [("75", "75", "WBTC")]),  # name, ticker
    ("The 5 largest coins (BTC) rallied.", []),  # a count: "largest" names no coin
]


@pytest.mark.parametrize(("sentence", "expected"), OTHER_KINDS, ids=ids(OTHER_KINDS))
def test_durations_ratios_multipliers_counts(
    sentence: str, expected: list[tuple[str, str, str | None]]
) -> None:
    """Durations, ratios, leverage, counts and basis points in running text."""
    assert found(sentence) == expected


RATES = [
    ("Funding was 0.05% per 8 hours.", "0.05% per 8 hours", Decimal("0.05"), "PT8H"),
    ("The vault pays 10% annualized.", "10% annualized", Decimal("10"), "P1Y"),
    ("Gold broke $4,600 per ounce.", "$4,600 per ounce", Decimal("4600"), "ounce"),
]


@pytest.mark.parametrize(("sentence", "text", "value", "per"), RATES, ids=[r[0] for r in RATES])
def test_rates_keep_their_denominator(sentence: str, text: str, value: Decimal, per: str) -> None:
    """A rate's text includes its denominator, recorded in ``per``."""
    (quantity,) = cnp.parse(sentence).quantities
    assert (quantity.text, quantity.value, quantity.per) == (text, value, per)


def test_over_with_a_lower_bound_is_recorded() -> None:
    """In "Over 1.37 million addresses" the count is a lower bound; "Over" is not its text."""
    (quantity,) = cnp.parse("Over 1.37 million addresses hold BTC.").quantities
    assert (quantity.kind, quantity.bound) == (Kind.COUNT, Bound.LOWER)


def test_grouped_thousands_with_k_is_read_literally_with_a_warning() -> None:
    """Grouped thousands with "k" are read as written (104,654,000 USD) and flagged."""
    (quantity,) = cnp.parse("BTC is below $104,654k.").quantities
    assert (quantity.text, quantity.value, quantity.bound) == (
        "$104,654k",
        Decimal("104654000"),
        Bound.UPPER,
    )
    assert quantity.warnings == (
        "'104,654k' mixes digit grouping with 'k'; read as 104,654 × 10^3",
    )


def test_two_thirds_is_a_rounded_ratio_with_a_warning() -> None:
    """Two-thirds has no exact decimal: a ratio rounded to 28 digits, with a warning."""
    (quantity,) = cnp.parse("About two-thirds of holders are in profit.").quantities
    assert (quantity.text, quantity.kind, quantity.approx) == ("two-thirds", Kind.RATIO, True)
    assert quantity.value == Decimal("0.6666666666666666666666666667")
    assert quantity.warnings == ("'two-thirds' has no exact decimal; rounded to 28 digits",)


# parse() raised on these (ValueError from int("1,000"), decimal.InvalidOperation on a
# figure too long for 28-digit precision); each must now read cleanly, and the strict call
# must say why the figure is not a quantity.
CRASHES: list[tuple[str, str, list[tuple[str, str, str | None]], str]] = [
    ("The score was 1,000:00 at the bell.", "1,000:00", [("1,000", "1000", None)],
     "a ratio to zero"),
    ("Supply: 1,000,000,000,000,000,000,000,000,000,000 units.",
     "1,000,000,000,000,000,000,000,000,000,000", [], "cannot be kept exactly"),
    ("A price of $1.2345678901234567890123456789012 billion.",
     "$1.2345678901234567890123456789012 billion", [], "more than 28 significant digits"),
    ("Ratio 1111111111111111111111111111111111:1 today.", "1111111111111111111111111111111111:1",
     [], "cannot be kept exactly"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "figure", "expected", "reason"), CRASHES, ids=[c[1][:20] for c in CRASHES]
)
def test_figures_that_crashed_parse(
    sentence: str, figure: str, expected: list[tuple[str, str, str | None]], reason: str
) -> None:
    """parse() does not raise and keeps no rounded value; parse_quantity() says why."""
    assert found(sentence) == expected
    with pytest.raises(cnp.QuantityError, match=reason):
        cnp.parse_quantity(figure)


def test_grouped_ratio_is_still_a_ratio() -> None:
    """A grouped figure before a colon is a ratio, not a time of day (and does not crash)."""
    assert found("The split was 10,000:500.") == [("10,000:500", "20", None)]


# Issue 10: forms that gave a wrong value, and the neighbouring forms that must stay read.
WRONG_BEFORE = [
    (
        "They raised six and a half million dollars.",
        [("six and a half million dollars", "6500000", "USD")],
    ),
    ("It paid $20 000 dollars in fees.", [("$20 000 dollars", "20000", "USD")]),
    ("Three hundred and five thousand", [("Three hundred and five thousand", "305000", None)]),
    (
        "Some three hundred and five thousand wallets",
        [("three hundred and five thousand", "305000", None)],
    ),
    ("The fund holds 40 USD million.", [("40 USD million", "40000000", "USD")]),
    ("The Q9-550BOX board shipped.", []),
    ("Outflows for a fifth straight week.", []),
    ("A 3/4 percentage point cut.", [("3/4 percentage point", "0.75", "%")]),
    (
        "It cost $7 and $9 billion.",
        [("$7", "7000000000", "USD"), ("$9 billion", "9000000000", "USD")],
    ),
    ("Around $3,200 ETH moved.", []),  # dollars or ether: unclear, so nothing
    ("A $4.1 million SOL order filled.", [("$4.1 million", "4100000", "USD")]),
    ("Bulls defend the $61,000 Bitcoin support.", [("$61,000", "61000", "USD")]),
    ("It sold 7 dollars 20 cents worth.", []),  # minor units: out of scope, never half-read
    ("Trading volume stood at 4.2 billion, while Kraken saw 310 million.", []),
    ("Spot volume on Feb. 3 reached 6.8 billion, a high.", []),  # "Feb." ends no sentence
    ("The index range is 3k-9k", [("3k-9k", "3000..9000", None)]),
    ("He paid 30 pounds for it.", [("30 pounds", "30", "GBP")]),
    ("She lost 30 pounds.", []),
    ("Yields rose 2-1/4 percent.", [("2-1/4 percent", "2.25", "%")]),
    (
        "Exchanges hold 310,500 Bitcoin and 2,400 #ETH.",
        [("310,500 Bitcoin", "310500", "BTC"), ("2,400 #ETH", "2400", "ETH")],
    ),
    ("Five Bitcoin ETFs and 12 Ethereum-based tokens.", [("Five", "5", None)]),
    (  # a currency name as the first word of a compound is no unit of the figure before it
        "Bitcoin drew 8.3 trillion won on the three won-based exchanges and 40 euro-pegged tokens.",
        [("8.3 trillion won", "8300000000000", "KRW"), ("three", "3", None)],
    ),
    (  # a ticker strip: a price, then its signed change ("+" is no "or more" here)
        "SOL $142.10 +3.4% ADA $0.3862 -1.25%",
        [
            ("$142.10", "142.1", "USD"),
            ("+3.4%", "3.4", "%"),
            ("$0.3862", "0.3862", "USD"),
            ("-1.25%", "-1.25", "%"),
        ],
    ),
    ("Over 2,500+ wallets", [("2,500", "2500", None)]),  # "+" after a figure: a bound
]


@pytest.mark.parametrize(
    ("sentence", "expected"), WRONG_BEFORE, ids=[w[0][:24] for w in WRONG_BEFORE]
)
def test_forms_that_gave_wrong_values(
    sentence: str, expected: list[tuple[str, str, str | None]]
) -> None:
    """Each form is read exactly, or not at all when it is unclear."""
    assert found(sentence) == expected


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Longs lost $5 MİLLİON on Binance", Decimal("5000000")),
        ("ſix thouſand BTC", Decimal("6000")),
    ],
)
def test_letters_that_match_case_blindly_read_as_their_ascii_letter(
    text: str, value: Decimal
) -> None:
    """parse() never raises: "MİLLİON" matches MAGNITUDE case-blindly, but its lower-cased
    spelling ('mi̇lli̇on') was no key of the magnitude table and raised KeyError (found by
    the random-text differential check of the quantity stage's speed-ups)."""
    assert [q.value for q in cnp.parse(text).quantities] == [value]
