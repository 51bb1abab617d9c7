"""Reading a spun document as it was meant: its family's words replaced, offsets kept.

In: the text after textnorm's one-for-one character table. Out, for a spun document only: the
de-spun text, the :class:`Edit` records that map it back to the original, the family's name,
and where a "cardinal" was provisionally read as "million" (:func:`resolve_cardinals` later
decides, per quantity, between million and billion).
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable

import attrs

from cryptonews_parse.analysis import Analysis, analyse
from cryptonews_parse.model import Quantity, Span
from cryptonews_parse.offsets import Edit, Normalised
from cryptonews_parse.spin import cardinals
from cryptonews_parse.spin.detect import Families, shipped
from cryptonews_parse.spin.family import Family

_NUMBER_DIGITS = frozenset("0123456789")


@attrs.frozen
class Despun:
    """A de-spun text with its edits (length changes) and its provisional cardinal words."""

    text: str
    family: str  # the name of the spinner family it was read as
    edits: tuple[Edit, ...]
    cardinals: tuple[Span, ...]  # offsets in ``text`` of each "million" written for "cardinal"
    readings: tuple[tuple[Span, str], ...] = ()
    """Each replaced word's span in the spun input and the words it was read as."""


def detect(text: str, families: Families | None = None) -> Family | None:
    """The spinner family that wrote ``text``, or None for a normal text.

    Args:
        text: a whole document, after the one-for-one character table.
        families: the families to choose from; the shipped ones by default.

    >>> detect("Longs were liquidated as the price fell in a single hour.") is None
    True
    >>> detect("Agelong positions driblet arsenic the azygous biggest seller exits.").name
    'wordnet'
    >>> detect("Internet outflows hit a cycle excessive; open curiosity fell.").name
    'thesaurus'
    """
    return (families or shipped()).detect(text)


def is_spun(text: str, families: Families | None = None) -> bool:
    """Whether ``text`` reads as synonym-spun by one of the families (see :func:`detect`)."""
    return detect(text, families) is not None


def family(name: str) -> Family:
    """The shipped family called ``name`` ("wordnet", "thesaurus").

    Raises:
        KeyError: no shipped family has that name.
    """
    return shipped().named(name)


def despin(text: str, family: Family) -> Despun:
    """Replace every spun word of ``family`` in ``text`` with its meant word, in one pass.

    Case follows the spun word ("Agelong" -> "Long", "Internet Outflows" -> "Net Outflows").
    The family's cardinal word is replaced only right after a figure ("$1.3 cardinal"), by
    the provisional magnitude, and its new place is recorded.

    Args:
        text: the text to de-spin (call it only for a document judged spun).
        family: the spinner family that wrote it.

    Returns:
        The new text, its edits back to ``text``, and the provisional cardinal spans.

    >>> despin("Longs successful abbreviated: $1.3 cardinal connected HTX", family("wordnet")).text
    'Longs in short: $1.3 million on HTX'
    """
    replacements = family.replacements
    pieces: list[str] = []
    edits: list[Edit] = []
    cardinals_at: list[Span] = []
    readings: list[tuple[Span, str]] = []
    done = 0  # end of the text already copied
    new_pos = 0  # length of the output so far
    first = family.word_at_start.match(text)
    matches = family.word_pattern.finditer(text)
    for match in itertools.chain((first,) if first else (), matches):
        start, end = match.span(1)
        meant, lead, trail, is_cardinal = replacements[match.group(1)]
        if is_cardinal and not _after_figure(text, start):
            continue
        readings.append((Span(start, end), meant))
        pieces.append(text[done:start])
        new_pos += start - done
        pieces.append(meant)
        new_end = new_pos + len(meant)
        if len(meant) != end - start:
            edits.append(Edit(new_pos + lead, new_end - trail, start + lead, end - trail))
        if is_cardinal:
            cardinals_at.append(Span(new_pos, new_end))
        new_pos = new_end
        done = end
    pieces.append(text[done:])
    return Despun("".join(pieces), family.name, tuple(edits), tuple(cardinals_at), tuple(readings))


def despin_if_spun(text: str, families: Families | None = None) -> Despun | None:
    """:func:`despin` by the detected family, None (and no work beyond detection) otherwise."""
    found = detect(text, families)
    return None if found is None else despin(text, found)


def resolve_cardinals(
    norm: Normalised,
    found: Iterable[Quantity],
    family: Family | None = None,
    analysis: Analysis | None = None,
) -> tuple[Quantity, ...]:
    """Read each quantity holding a spun "cardinal" as million or billion, from context.

    Args:
        norm: the normalised document, with its ``spun`` family and ``cardinals``.
        found: its quantities, spanned in ``norm.text`` (as ``find_quantities()`` gives them).
        family: the family whose ``[cardinal]`` rules apply; by default the one ``norm.spun``
            names.
        analysis: the analysis of ``norm.text``, when the caller has built it.

    Returns:
        The quantities in the same order, cardinal ones with the chosen values
        (:func:`cardinals.resolve` gives the rules).
    """
    if not norm.cardinals or norm.spun is None:
        return tuple(found)
    rules = (family or shipped().named(norm.spun)).cardinal
    if rules is None:  # a mirror of two spinners: the rules of the one that wrote the word
        first = norm.span(norm.cardinals[0].start, norm.cardinals[0].end)
        rules = shipped().cardinal_rules(norm.original[first.start : first.end])
    if rules is None:
        return tuple(found)
    return cardinals.resolve(norm, found, rules, analysis or analyse(norm.text))


def _after_figure(text: str, start: int) -> bool:
    """True when ``text[start:]`` follows a figure and one space ("$1.3 cardinal")."""
    return start >= 2 and text[start - 1] == " " and text[start - 2] in _NUMBER_DIGITS
