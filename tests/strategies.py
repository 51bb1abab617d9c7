"""Hypothesis strategies that render one exact value in the surface forms of the news."""

from __future__ import annotations

from decimal import Decimal
from typing import NamedTuple

from hypothesis import strategies as st

from cryptonews_parse import Kind

POWERS = {
    3: ("k", "K", " thousand", " Thousand"),
    6: ("m", "M", "mn", " mn", " mln", " million", " Million", " MILLION"),
    9: ("b", "B", "bn", " bn", " bln", " billion", " Billion"),
    12: ("t", "T", "tn", " trillion"),
}
USD_BEFORE = ("$", "$ ", "US$", "US $", "USD ", "USD")
AFTER = {"USD": (" USD", " dollars", " US dollars"), "EUR": (" EUR", " euros", "€", " €")}
TICKERS = ("BTC", "ETH", "USDT", "SOL", "XRP")


def grouped(value: Decimal) -> str:
    """``value`` with thousands grouping ("104,654.5")."""
    return f"{value:,f}"


@st.composite
def mantissas(draw: st.DrawFn) -> Decimal:
    """A positive figure with up to two decimals, as news writes before a magnitude."""
    return draw(st.decimals(min_value=1, max_value=999, places=2))


@st.composite
def usd_amounts(draw: st.DrawFn) -> tuple[str, Decimal]:
    """A dollar amount with a magnitude, in any spelling: ("$1.36 billion", 1360000000)."""
    mantissa = draw(mantissas())
    power = draw(st.sampled_from(sorted(POWERS)))
    suffix = draw(st.sampled_from(POWERS[power]))
    sign = draw(st.sampled_from(USD_BEFORE))
    return f"{sign}{mantissa}{suffix}", mantissa.scaleb(power)


@st.composite
def grouped_amounts(draw: st.DrawFn) -> tuple[str, Decimal, str]:
    """A grouped figure with a currency before or after: ("€104,654.5", 104654.5, "EUR")."""
    value = draw(st.decimals(min_value=1000, max_value=10**9, places=draw(st.integers(0, 2))))
    code = draw(st.sampled_from(sorted(AFTER)))
    text = grouped(value)
    if code == "USD" and draw(st.booleans()):
        return f"${text}", value, code
    return f"{text}{draw(st.sampled_from(AFTER[code]))}", value, code


@st.composite
def crypto_amounts(draw: st.DrawFn) -> tuple[str, Decimal, str]:
    """A ticker amount, attached or spaced, with or without a magnitude ("32kBTC")."""
    mantissa = draw(mantissas())
    ticker = draw(st.sampled_from(TICKERS))
    power = draw(st.sampled_from((0, 3, 6)))
    suffix = "" if power == 0 else draw(st.sampled_from(POWERS[power]))
    # Only a one-letter magnitude glues to the ticker ("32kBTC"); a word needs a space.
    glued = power and len(suffix) == 1
    space = draw(st.sampled_from(("", " "))) if glued else " "
    return f"{mantissa}{suffix}{space}{ticker}", mantissa.scaleb(power), ticker


@st.composite
def percents(draw: st.DrawFn) -> tuple[str, Decimal]:
    """A signed percentage in any spelling ("+0.40%", "−2.74 percent", "17 per cent")."""
    value = draw(st.decimals(min_value=-999, max_value=999, places=2))
    sign = "-" if value < 0 else draw(st.sampled_from(("", "+")))
    if value < 0:
        sign = draw(st.sampled_from(("-", "\N{MINUS SIGN}")))
    unit = draw(st.sampled_from(("%", " %", " percent", " per cent", " pct")))
    return f"{sign}{abs(value)}{unit}", value


@st.composite
def basis_points(draw: st.DrawFn) -> tuple[str, Decimal]:
    """A basis-point figure ("25 bps")."""
    value = draw(st.integers(1, 999))
    unit = draw(st.sampled_from(("bp", " bp", " bps", " basis points")))
    return f"{value}{unit}", Decimal(value)


@st.composite
def usd_ranges(draw: st.DrawFn) -> tuple[str, Decimal, Decimal]:
    """A dollar range with a shared or repeated sign and magnitude ("$5-7 billion")."""
    low = draw(st.integers(1, 400))
    high = low + draw(st.integers(1, 400))
    power = draw(st.sampled_from(sorted(POWERS)))
    suffix = POWERS[power][draw(st.integers(0, len(POWERS[power]) - 1))]
    dash = draw(st.sampled_from(("-", "\N{EN DASH}", " - ", " to ")))
    form = draw(st.sampled_from(("shared", "repeated", "between")))
    if form == "shared":
        text = f"${low}{dash}{high}{suffix}"
    elif form == "repeated":
        text = f"${low}{suffix}{dash}${high}{suffix}"
    else:
        text = f"between ${low}{suffix} and ${high}{suffix}"
    return text, Decimal(low).scaleb(power), Decimal(high).scaleb(power)


class Rendered(NamedTuple):
    """A rendered quantity and the reading it must give."""

    text: str
    kind: Kind
    value: Decimal | None
    low: Decimal | None = None
    high: Decimal | None = None
    unit: str | None = None


def rendered_quantities() -> st.SearchStrategy[Rendered]:
    """Any of the forms above, with the kind, value or ends, and unit it must read as."""
    return st.one_of(
        usd_amounts().map(lambda r: Rendered(r[0], Kind.MONEY, r[1], unit="USD")),
        grouped_amounts().map(lambda r: Rendered(r[0], Kind.MONEY, r[1], unit=r[2])),
        crypto_amounts().map(lambda r: Rendered(r[0], Kind.CRYPTO, r[1], unit=r[2])),
        percents().map(lambda r: Rendered(r[0], Kind.PERCENT, r[1], unit="%")),
        basis_points().map(lambda r: Rendered(r[0], Kind.BASIS_POINTS, r[1], unit="bp")),
        usd_ranges().map(lambda r: Rendered(r[0], Kind.MONEY, None, r[1], r[2], "USD")),
    )


_ONES = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen",
]  # fmt: skip
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_SCALES = ((10**9, "billion"), (10**6, "million"), (10**3, "thousand"))


def _below_1000(n: int, british_and: bool) -> str:
    hundreds, rest = divmod(n, 100)
    words = [f"{_ONES[hundreds]} hundred"] if hundreds else []
    if rest:
        tens, ones = divmod(rest, 10)
        below_100 = (
            _ONES[rest] if rest < 20 else _TENS[tens - 2] + (f"-{_ONES[ones]}" if ones else "")
        )
        words.append(("and " if hundreds and british_and else "") + below_100)
    return " ".join(words)


def in_words(n: int, british_and: bool = False) -> str:
    """``n`` (1 to 999,999,999,999) as English words: "two hundred and two thousand"."""
    words = []
    for size, name in _SCALES:
        group, n = divmod(n, size)
        if group:
            words.append(f"{_below_1000(group, british_and)} {name}")
    if n:
        words.append(_below_1000(n, british_and))
    return " ".join(words)


@st.composite
def word_numbers(draw: st.DrawFn) -> tuple[str, Decimal]:
    """A compound word number and its value: ("five and a half million", 5500000)."""
    if draw(st.booleans()):
        whole = draw(st.integers(1, 99))
        scale, name = draw(st.sampled_from(_SCALES))
        return f"{in_words(whole)} and a half {name}", (Decimal(whole) + Decimal("0.5")) * scale
    value = draw(st.integers(1, 999_999_999_999))
    return in_words(value, draw(st.booleans())), Decimal(value)


@st.composite
def digit_fractions(draw: st.DrawFn) -> tuple[str, Decimal]:
    """A fraction in digits before "percent", with a whole part or not: ("4-1/4", 4.25)."""
    denominator = draw(st.sampled_from((2, 4, 5, 8, 10, 16, 32)))
    numerator = draw(st.integers(1, denominator - 1))
    whole = draw(st.integers(0, 99))
    text = f"{numerator}/{denominator}"
    if whole:
        text = f"{whole}{draw(st.sampled_from(('-', ' ')))}{text}"
    return text, whole + Decimal(numerator) / Decimal(denominator)


@st.composite
def shared_unit_lists(draw: st.DrawFn) -> tuple[str, Decimal, Decimal, str]:
    """Two figures that share a unit or magnitude given once: ("$20 and 30 million", 20e6,
    30e6, "USD"), ("1,440 and 662 BTC", 1440, 662, "BTC")."""
    first = draw(st.integers(1, 999))
    second = draw(st.integers(1, 999))
    if draw(st.booleans()):
        power, suffix = draw(st.sampled_from(((6, " million"), (9, " billion"))))
        sign = draw(st.sampled_from(("$", "US$")))
        text = f"{sign}{first} and {draw(st.sampled_from(('', sign)))}{second}{suffix}"
        return text, Decimal(first).scaleb(power), Decimal(second).scaleb(power), "USD"
    ticker = draw(st.sampled_from(TICKERS))
    first *= 1000
    return f"{first:,} and {second} {ticker}", Decimal(first), Decimal(second), ticker
