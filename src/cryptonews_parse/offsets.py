"""The offset map between the caller's string and the normalised text.

Its own module because both normalisation steps build it: ``textnorm`` (one-for-one
character replacements) calls the ``spin`` package (de-spinning, which changes lengths), and
``spin`` records its edits here without importing ``textnorm`` back.
"""

from __future__ import annotations

import bisect

import attrs

from cryptonews_parse.model import Span


@attrs.frozen
class Edit:
    """A replacement that changed the length: ``original[orig_start:orig_end]`` became
    ``text[start:end]``."""

    start: int
    end: int
    orig_start: int
    orig_end: int


@attrs.frozen
class Normalised:
    """Normalised text with the map of its offsets back to the original string."""

    original: str
    text: str
    edits: tuple[Edit, ...] = ()
    spun: str | None = None
    """The spinner family (``"wordnet"``) when the original was judged synonym-spun and
    ``text`` is its de-spun form; None for a normal text."""
    cardinals: tuple[Span, ...] = ()
    """Offsets in ``text`` of each magnitude written provisionally for a spun "cardinal";
    ``spin.resolve_cardinals()`` decides million or billion for the quantities holding one."""
    readings: tuple[tuple[Span, str], ...] = ()
    """Each spun word replaced, spanned in ``original``, with the words it was read as."""
    _edit_starts: tuple[int, ...] = attrs.field(init=False, repr=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_edit_starts", tuple(e.start for e in self.edits))

    def to_original(self, pos: int, *, is_end: bool = False) -> int:
        """Map an offset in ``text`` to the original string.

        An offset inside a replaced stretch maps to that stretch's start, or to its end when
        ``is_end`` is true, so a span never cuts a replaced word in half.
        """
        index = bisect.bisect_right(self._edit_starts, pos) - 1
        if index < 0:
            return pos
        edit = self.edits[index]
        if pos < edit.end or (pos == edit.end and pos == edit.start):
            if pos == edit.start:
                return edit.orig_start
            return edit.orig_end if is_end else edit.orig_start
        return pos - edit.end + edit.orig_end

    def span(self, start: int, end: int) -> Span:
        """The original-string span of ``text[start:end]``."""
        return Span(self.to_original(start), self.to_original(end, is_end=True))
