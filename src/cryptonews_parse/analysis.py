"""Stage 2: one analysis of the normalised text, shared by the stages after it.

In: the normalised text. Out: its sentences, each bounded in length and never crossing a
line break, with the paragraph (line) it belongs to and whether it is a heading; and the
one tokeniser (``TOKEN``) the event stage reads words with. Why: every later stage needs
the same sentence and word boundaries, and a scraped page without full stops must not make
any stage slower than linear, so the length bound lives here, once.

This module stands on the ground floor beside ``model``, ``trie`` and ``offsets``: it
imports nothing from spin, quantities, entities or events.

>>> a = analyse("Bitcoin fell 3% to $60,000 on Jan. 5. Ether rose.\\nKey levels")
>>> [a.text[s.start : s.end] for s in a.sentences]
['Bitcoin fell 3% to $60,000 on Jan. 5.', 'Ether rose.', 'Key levels']
>>> [s.heading for s in a.sentences]
[False, False, True]
"""

from __future__ import annotations

import bisect
import re
from typing import NamedTuple

MAX_SENTENCE = 400
"""Characters a sentence may hold; a longer run is cut at clause punctuation (then at a
space). This bound is what keeps the event stage linear on text without sentence ends."""

HEADING_MAX_WORDS = 14
"""A line of at most this many words without closing punctuation is a heading."""

_ABBREVIATIONS = frozenset(
    {
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun",
        "u.s", "u.k", "u.n", "e.u", "inc", "ltd", "corp", "co", "mr", "mrs", "ms", "dr",
        "st", "vs", "e.g", "i.e", "approx", "no", "fig", "est", "a.m", "p.m",
        # left by translations: "(ca. 11.610 Euro)", "87,5 Mio. US-Dollar", "1,2 Mrd. Euro"
        "ca", "mio", "mrd",
    }
)  # fmt: skip
_END = re.compile(r"[.!?]+[\"'\u2019\u201d)\]]*(?=\s)")
_WORD_BEFORE = re.compile(r"[\w.]+\Z")
_CLAUSE_CUT = re.compile(r"[;,:\u2013\u2014]\s|\s")
TOKEN = re.compile(r"\w+(?:['\u2019.\-/]\w+)*|[^\w\s]")
"""A token: a word (with inner apostrophes, dots, hyphens, slashes) or one mark."""
_CLOSERS = ".!?:;\"'\u2019\u201d)"


class Sentence(NamedTuple):
    """A sentence's offsets in the normalised text, its line number and heading flag."""

    start: int
    end: int
    paragraph: int
    heading: bool


class Analysis(NamedTuple):
    """The text with its sentences; built once per text by :func:`analyse`."""

    text: str
    sentences: tuple[Sentence, ...]
    starts: tuple[int, ...]
    """Each sentence's start, for :meth:`sentence_at`."""

    def sentence_at(self, position: int) -> Sentence | None:
        """The sentence holding ``position``, or None between sentences.

        >>> analyse("Ether rose. BTC fell.").sentence_at(14).start
        12
        """
        k = bisect.bisect_right(self.starts, position) - 1
        if k < 0 or position >= self.sentences[k].end:
            return None
        return self.sentences[k]


def analyse(text: str) -> Analysis:
    """Split ``text`` into bounded sentences, line by line.

    Args:
        text: the normalised text.

    Returns:
        The :class:`Analysis`: sentences in text order, none longer than
        :data:`MAX_SENTENCE`, none crossing a line break.
    """
    sentences: list[Sentence] = []
    paragraph = 0
    line_start = 0
    length = len(text)
    while line_start <= length:
        line_end = text.find("\n", line_start)
        if line_end < 0:
            line_end = length
        start, end = _strip(text, line_start, line_end)
        if start < end:
            heading = _is_heading(text, start, end, title=paragraph == 0)
            for s, e in _split_line(text, start, end):
                sentences.append(Sentence(s, e, paragraph, heading))
            paragraph += 1
        line_start = line_end + 1
    return Analysis(text, tuple(sentences), tuple(s.start for s in sentences))


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _is_heading(text: str, start: int, end: int, *, title: bool) -> bool:
    """A line without closing punctuation is a heading when it is short, or when it is
    the first line (a title, whatever its length); a title may close with a question
    ("AVAX eyes $40 after 25% weekly surge - Is a breakout next?")."""
    if (
        text[end - 1] in _CLOSERS
        and text[end - 1] not in "\"'\u2019\u201d)"
        and not (title and text[end - 1] == "?")
    ):
        return False
    return title or text.count(" ", start, end) < HEADING_MAX_WORDS


def _split_line(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentences of one line: at sentence-final punctuation, then cut to the bound."""
    pieces: list[tuple[int, int]] = []
    piece_start = start
    for match in _END.finditer(text, start, end):
        if _ends_sentence(text, match.start(), match.end(), end):
            pieces.append((piece_start, match.end()))
            piece_start = match.end()
    pieces.append((piece_start, end))
    bounded: list[tuple[int, int]] = []
    for s, e in pieces:
        s, e = _strip(text, s, e)
        while e - s > MAX_SENTENCE:
            cut = _cut(text, s, s + MAX_SENTENCE)
            bounded.append(_strip(text, s, cut))
            s, e = _strip(text, cut, e)
        if s < e:
            bounded.append((s, e))
    return bounded


def _ends_sentence(text: str, dot: int, after: int, line_end: int) -> bool:
    """A full stop ends a sentence unless it closes an abbreviation or an initial, or the
    next word starts in lower case. A letter after a slash is no initial:

    >>> [s.end for s in analyse("BTC rose 4.1% d/d. ETH lagged. Jo B. Smith said.").sentences]
    [18, 30, 48]
    """
    nxt = after
    while nxt < line_end and text[nxt].isspace():
        nxt += 1
    if nxt >= line_end:
        return True
    if text[nxt].islower():
        return False
    if text[dot] != ".":
        return True
    before = _WORD_BEFORE.search(text, max(0, dot - 12), dot)
    if before is None:
        return True
    word = before.group().lower()
    initial = len(word) == 1 and word.isalpha() and text[before.start() - 1 : before.start()] != "/"
    return not (word in _ABBREVIATIONS or initial)  # "d/d." and "w/w." end sentences


def _cut(text: str, start: int, limit: int) -> int:
    """Where to cut an over-long run: after the last clause mark before ``limit`` (or the
    last space), so that no word is split; at ``limit`` when there is neither."""
    best = -1
    space = -1
    floor = start + MAX_SENTENCE // 2
    for match in _CLAUSE_CUT.finditer(text, floor, limit):
        if match.group()[0].isspace():
            space = match.end()
        else:
            best = match.end()
    if best > start:
        return best
    return space if space > start else limit
