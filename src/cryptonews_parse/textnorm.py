"""Stage 1: normalise text for the later stages and keep the way back to the original.

In: the caller's string. Out: a :class:`Normalised` text in which typographic variants are
replaced by one plain form (the unicode minus and the en dash by "-", no-break and thin
spaces by " ", curly apostrophes by "'", fullwidth digits by ASCII ones), plus an offset map
so that every span found in the normalised text can be reported in the original.

One-for-one character replacements keep offsets unchanged; continental digit separators
("3,9 percent", "61.000 dollars") are swapped the same way where the document shows that
convention. Then, for a document that reads
as synonym-spun (the ``spin`` package: enough distinct marker words of one spinner family,
such as "agelong" or "internet outflows"), spun words are replaced by the meant ones
("successful" -> "in"); replacements that change the length are recorded as edits, and
offsets are mapped through them. Normal text costs one regex scan.
"""

from __future__ import annotations

import re

from cryptonews_parse import spin
from cryptonews_parse.offsets import Edit, Normalised

_SPACES = "\u00a0\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
_DASHES = "\u2010\u2011\u2012\u2013\u2212\ufe63\uff0d"
_APOSTROPHES = "\u2018\u2019\u02bc\u2032"
_QUOTES = "\u201c\u201d\u2033"
_FULLWIDTH_DIGITS = "".join(chr(0xFF10 + d) for d in range(10))

_REPLACEMENTS = {
    **dict.fromkeys(_SPACES, " "),
    **dict.fromkeys(_DASHES, "-"),
    **dict.fromkeys(_APOSTROPHES, "'"),
    **dict.fromkeys(_QUOTES, '"'),
    **{c: str(d) for d, c in enumerate(_FULLWIDTH_DIGITS)},
    "\uff04": "$",
    "\u200b": " ",  # a zero-width space still separates words
    "\ufeff": " ",
}
# str.translate looks every character up in a dict, which costs more than the rest of the
# stage; one regex finds the few characters to replace and leaves the rest untouched.
_TO_REPLACE = re.compile("[" + re.escape("".join(_REPLACEMENTS)) + "]")


def _plain(text: str) -> str:
    return _TO_REPLACE.sub(lambda match: _REPLACEMENTS[match.group()], text)


# Continental digit grouping, as translated news keeps it ("3,9 percent", "61.000 US
# dollars"). A comma before one or two digits groups nothing, and neither does one after
# a lone zero, so it is a decimal comma in any text ("4,2%", "0,0125%"). A dot before
# three digits is read as a thousands dot only when the document shows that convention
# (a decimal comma, or "1.250.000", "1.234,56") and holds no decimal point ("3.9%",
# "0.0153"; a dotted date is none), which would make every such dot ambiguous.
# Separators are swapped one for one, so offsets stay; item texts are re-read from the
# original ("61.000").
_DECIMAL_COMMA = re.compile(r"(?<![0-9,.])(?:[0-9]{1,3},[0-9]{1,2}|0,[0-9]+)(?![0-9]|[.,][0-9])")
"""A comma before one or two digits, or after a lone zero ("-0,0625 percent"): no
thousands group starts with 0, so such a comma is a decimal one in any text."""
_DOT_GROUPS = re.compile(r"(?<![0-9,.])[0-9]{1,3}(?:\.[0-9]{3})+(?:,[0-9]+)?(?![0-9]|[.,][0-9])")
_DECIMAL_POINT = re.compile(
    r"(?<![0-9.,])(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)\.(?:[0-9]{1,2}|[0-9]{4,})"
    r"(?![0-9]|[.,][0-9])"
)
"""A figure with one dot that groups no thousands ("3.9%", "0.0153", "1,111.11"); a
dotted date ("12.03.2020") or a version ("2.1.3") has more than one and shows no
convention."""
_CLOCK = re.compile(r"(?:[01]?[0-9]|2[0-3])\.[0-5][0-9]")
"""An hour and its minutes written with a dot, as German, Indonesian, Polish or Italian
news writes a time of day ("um 10.00 Uhr", "on hour 14.30 WIB", "alle 9.15"); it shows
neither convention when a time word stands beside it (``_CLOCK_AFTER``, ``_CLOCK_BEFORE``)."""
_CLOCK_AFTER = re.compile(
    r"[ \t]?(?:(?:Uhr|WIB|WITA|WIT|CES?T|UTC|GMT|E[SD]T|P[SD]T|KST|JST|MSK|BST|SGT|HKT|ICT"
    r"|TRT|ET|hrs?|h|uur|o'clock|(?:[A-Za-z]+[ \t])?time)(?![A-Za-z0-9])"
    r"|[AaPp]\.?[Mm]\.?(?![A-Za-z]))"
)
_CLOCK_BEFORE = re.compile(
    r"(?:(?<![A-Za-z])(?:hours?|um|gegen|ab|godz\.|godzinie|alle|ore|pukul|jam|saat|lúc|às"
    r"|kl\.|klo)|(?P<weak>(?<![A-Za-z])(?:at|as of|around|by|until|since)))[ \t]+\Z",
    re.IGNORECASE,
)
# A unit sign, a currency or percent word after the figure makes it a quantity, whatever
# word stands before it ("hours 0.25%"); after a bare "at", which also quotes a price, so
# does a ticker ("at 1.00 USDT"), and a time whose minutes are not ":00" ends its phrase
# ("at 9.30, the ...").
_NO_CLOCK_AFTER = re.compile(
    r"[ \t]*(?:[%$\u20ac\u00a3\u00a5]|[A-Za-z]*(?:dollar|euro|percent|cent|proc))"
)
_TICKER_AFTER = re.compile(r"[ \t]*[A-Z]{2,}")
_CLOCK_AFTER_PUNCTUATION = re.compile(r"[ \t]*(?:[,;:)!?]|\.(?![0-9])|\Z)")
# A continental figure: thousands dots, a decimal comma, or both ("1.250.000", "3,125",
# "1.234,56"); in a document of that convention each one has its separators swapped.
_CONTINENTAL_FIGURE = re.compile(
    rf"{_DOT_GROUPS.pattern}|(?<![0-9,.])[0-9]+,[0-9]+(?![0-9]|[.,][0-9])"
)
_SWAP_SEPARATORS = str.maketrans(".,", ",.")
# What either convention needs somewhere, in two scans that each start at a literal
# separator, a comma or a dot, so that ``re`` skips to the next one in C with its
# one-character loop: the exact patterns above (whose look-behind runs at every character)
# would cost four times more, and one scan that began with a digit class still tested the
# class on every character (21.7 M against 9.4 M instructions over the seeds x15). The
# digit before the separator is a look-behind, tested only at a separator.
_MAYBE_DECIMAL_COMMA = re.compile(r",(?:(?<=[0-9],)[0-9]{1,2}(?![0-9])|(?<=\b0,)[0-9])")
_MAYBE_THOUSANDS_DOT = re.compile(r"\.(?<=[0-9]\.)[0-9]{3}(?![0-9])")


def _shows_decimal_point(text: str) -> bool:
    """True when ``text`` holds a figure with an English decimal point (``_DECIMAL_POINT``)
    that is no time of day ("5.000 BTC at 10.00 Uhr" shows none; "5.000 BTC, 3.25%" does).
    """
    for found in _DECIMAL_POINT.finditer(text):
        start, end = found.span()
        if _CLOCK.fullmatch(found.group()) is None:
            return True
        if _CLOCK_AFTER.match(text, end) is not None:
            continue
        before = _CLOCK_BEFORE.search(text[max(0, start - 12) : start])
        if before is None or _NO_CLOCK_AFTER.match(text, end) is not None:
            return True
        if before.group("weak") is not None and (
            _TICKER_AFTER.match(text, end) is not None
            or (
                not found.group().endswith("00")
                and _CLOCK_AFTER_PUNCTUATION.match(text, end) is None
            )
        ):
            return True
    return False


def _english_digits(text: str) -> str:
    """``text`` with continental separators swapped for English ones (see above); ``text``
    itself when it shows none.

    Decimal commas alone ("4,2%" beside "101,870 dollars") swap only the commas before one or
    two digits; with thousands dots too ("61.000 US dollars"), every comma between digits is
    a decimal one ("from 6,25 to 3,125").
    """
    if _MAYBE_DECIMAL_COMMA.search(text) is None and _MAYBE_THOUSANDS_DOT.search(text) is None:
        return text
    commas = _DECIMAL_COMMA.search(text)
    dots = _DOT_GROUPS.search(text)
    # a decimal comma elsewhere, or a figure no English writer prints: "1.250.000", "1.234,56"
    shown = dots is not None and (
        commas is not None or dots.group().count(".") + dots.group().count(",") > 1
    )
    if shown and not _shows_decimal_point(text):
        return _CONTINENTAL_FIGURE.sub(lambda m: m.group().translate(_SWAP_SEPARATORS), text)
    if commas is None:
        return text
    return _DECIMAL_COMMA.sub(lambda m: m.group().replace(",", "."), text)


__all__ = ["Edit", "Normalised", "normalise"]


def normalise(text: str) -> Normalised:
    """Normalise ``text``, keeping offsets.

    Args:
        text: any string.

    Returns:
        The normalised text with its map back to ``text``.

    >>> normalise("BTC fell \u22122.74%\u00a0to $113K\u2013$114K").text
    'BTC fell -2.74% to $113K-$114K'
    >>> spun = normalise("Agelong positions driblet arsenic the azygous seller exits.")
    >>> spun.spun, spun.text
    ('wordnet', 'Long positions drop as the single seller exits.')
    >>> where = spun.span(0, 4)
    >>> spun.original[where.start : where.end]
    'Agelong'
    """
    plain = _english_digits(_plain(text))
    despun = spin.despin_if_spun(plain)
    if despun is None:
        return Normalised(original=text, text=plain)
    return Normalised(
        original=text,
        text=despun.text,
        edits=despun.edits,
        spun=despun.family,
        cardinals=despun.cardinals,
        readings=despun.readings,
    )
