"""Stage 1: normalise text for the later stages and keep the way back to the original.

In: the caller's string. Out: a :class:`Normalised` text in which typographic variants are
replaced by one plain form (the unicode minus and the en dash by "-", no-break and thin
spaces by " ", curly apostrophes by "'", fullwidth digits by ASCII ones), plus an offset map
so that every span found in the normalised text can be reported in the original.

One-for-one character replacements keep offsets unchanged. Then, for a document that reads
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
    plain = _plain(text)
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
