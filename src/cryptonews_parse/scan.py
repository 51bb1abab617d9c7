"""Stage 2: the fast candidate scan, which tells the parser where a quantity may start.

In: normalised text. Out: offsets at which a quantity can begin, and the context checks
that need the words around a candidate ("from X to Y" is a move, not a range).

A Lark call costs tens of microseconds however short its input, so the parser must only see
text that can be a quantity. One compiled regular expression finds those places. It is not
written by hand: it is the alternation of the grammar's own terminals that can begin a
quantity (the first terminals of the start state, read from the LALR table), so the scanner
and the grammar cannot drift apart.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Generator

from lark import Lark

from cryptonews_parse import regex_syntax
from cryptonews_parse.trie import trie_alternation

QUALIFIERS = frozenset({"APPROX", "BOUND_LOWER", "BOUND_UPPER"})
"""Terminals that may stand before a quantity's body; a start needs a body after them."""

MAX_CANDIDATE = 160
"""The longest stretch of text the parser sees for one candidate (a cap keeps time linear)."""

_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")

# A candidate does not start inside a word or a number ("TOTAL2", "1.5", "10,000"), nor after
# the colon of a time or ratio that the grammar refused ("14:30 hours" is not 30 hours).
_NOT_INSIDE = r"(?<![\w.,$])(?<![0-9]:)"


def first_terminals(lark: Lark) -> frozenset[str]:
    """Names of the terminals that can begin a quantity, from the parser's start state."""
    table = lark.parser.parser.parser.parse_table
    start_state = table.start_states["start"]
    return frozenset(name for name in table.states[start_state] if name.isupper())


@functools.cache
def start_pattern(lark: Lark) -> re.Pattern[str]:
    """The regex that matches at every place a quantity may start, and only there."""
    names = first_terminals(lark)
    body = sorted(names - QUALIFIERS)
    qualifiers = sorted(names & QUALIFIERS)

    def alternation(terminals: list[str]) -> str:
        return "|".join(f"(?:{lark.get_terminal(n).pattern.to_regexp()})" for n in terminals)

    return re.compile(rf"(?:(?:{alternation(qualifiers)})[ \t]*)*(?:{alternation(body)})")


@functools.cache
def prefilter(lark: Lark) -> re.Pattern[str]:
    """A fast superset of :func:`start_pattern`, run over ASCII-lower-cased text.

    The exact start pattern is a long case-insensitive alternation, slow to try at every
    character. This one matches a non-letter at the start of a token, or the first letters
    of any word a start terminal can begin with, as one case-sensitive character trie.
    """
    words: set[str] = set()
    for name in first_terminals(lark):
        found = _leading_words(lark.get_terminal(name).pattern.to_regexp())
        if found is None:
            return re.compile(_NOT_INSIDE + r"\S")
        words |= {w.lower() for w in found if w}
    # A word a terminal begins with is followed by a non-letter in any match of it.
    return re.compile(rf"{_NOT_INSIDE}(?:[^\sa-z]|{trie_alternation(words)}(?![a-z]))")


def _leading_words(regex: str) -> set[str] | None:
    """The runs of ASCII letters that matches of ``regex`` can begin with ("" for none).

    Returns None when the set is unbounded (a letter class or a repeat of letters) or the
    regex cannot be read (see :mod:`~cryptonews_parse.regex_syntax`).
    """
    parsed = regex_syntax.parse(regex)
    try:
        return None if parsed is None else _walk(list(parsed), {""})[1]
    except (_UnboundedError, TypeError, ValueError, AttributeError):
        return None


class _UnboundedError(Exception):
    """A regex whose leading letters cannot be listed."""


def _has_letters(members: object) -> bool:
    """True when a parsed character class can match an ASCII letter."""
    assert isinstance(members, list)
    for op, arg in members:
        kind = str(op)
        if kind == "LITERAL" and chr(arg).isascii() and chr(arg).isalpha():
            return True
        if kind == "RANGE" and (arg[0] <= ord("z") and arg[1] >= ord("A")):
            return True
        if kind in {"NEGATE", "CATEGORY"} and str(arg) not in {"CATEGORY_DIGIT", "CATEGORY_SPACE"}:
            return True
    return False


def _walk(items: list[tuple[object, object]], open_: set[str]) -> tuple[set[str], set[str]]:
    """Extend the growing letter runs ``open_`` through parsed regex ``items``.

    Returns the runs still growing after the items and the runs that a non-letter ended.
    """
    done: set[str] = set()
    for op, arg in items:
        name = str(op)
        if not open_:
            break
        if name == "LITERAL" and isinstance(arg, int) and chr(arg).isascii() and chr(arg).isalpha():
            open_ = {w + chr(arg) for w in open_}
        elif name in {"AT", "ASSERT", "ASSERT_NOT"}:
            continue
        elif name == "SUBPATTERN":
            assert isinstance(arg, tuple)
            open_, ended = _walk(list(arg[-1]), open_)
            done |= ended
        elif name == "BRANCH":
            assert isinstance(arg, tuple)
            results = [_walk(list(branch), open_) for branch in arg[1]]
            open_ = set().union(*(r[0] for r in results))
            done |= set().union(*(r[1] for r in results))
        elif name in {"MAX_REPEAT", "MIN_REPEAT"}:
            assert isinstance(arg, tuple)
            low, high, inner = arg
            grown, ended = _walk(list(inner), open_)
            if high != 1 and grown - open_:
                raise _UnboundedError
            done |= ended
            open_ = (open_ | grown) if low == 0 else grown
        elif name == "IN" and _has_letters(arg):
            raise _UnboundedError
        else:  # any other character ends the runs
            done |= open_
            open_ = set()
    return open_, done | open_


# A web address is no place for a quantity: its digits are ids, dates and percent-escapes
# ("?q=30%25%2020%"), never amounts.
_URL = re.compile(r"\b(?:https?://|www\.)\S+", re.IGNORECASE)


def candidate_starts(lark: Lark, text: str) -> Generator[int, int | None, None]:
    """Offsets in ``text`` where a quantity may start, in order.

    The caller may skip ahead by sending the offset to resume from (the end of the quantity
    it found there); ``next()`` resumes just after the candidate's first token. Nothing
    inside a web address is a candidate.

    >>> from cryptonews_parse.quantities import parser
    >>> list(candidate_starts(parser(), "BTC rose 5% to about $100K"))
    [9, 15]
    """
    exact = start_pattern(lark)
    fast = prefilter(lark)
    lowered = text.lower()
    if len(lowered) != len(text):  # a few letters lower-case to two characters ("İ")
        lowered = text.translate(_ASCII_LOWER)
    # Most articles hold no address, and ``in`` is far cheaper than the case-blind search;
    # every match of _URL contains "://" or a "www." that lower-cases to itself.
    has_url = "://" in text or "www." in lowered
    urls = _URL.finditer(text) if has_url else iter(())
    url = next(urls, None)
    pos = 0
    while (hit := fast.search(lowered, pos)) is not None:
        start = hit.start()
        while url is not None and url.end() <= start:
            url = next(urls, None)
        if url is not None and url.start() <= start:
            pos = url.end()
            continue
        match = exact.match(text, start)
        if match is None:
            pos = start + 1
            continue
        resume = yield start
        pos = match.end() if resume is None else max(resume, start + 1)


def window_end(text: str, start: int) -> int:
    """Where the parser's view of a candidate ends: the line's end or the length cap."""
    limit = min(len(text), start + MAX_CANDIDATE)
    newline = text.find("\n", start, limit)
    if newline != -1:
        return newline
    if limit < len(text):
        space = text.rfind(" ", start, limit)
        if space > start:
            return space
    return limit


_FROM_BEFORE = re.compile(r"\bfrom[ \t]+(?:\S+[ \t]+)?\Z", re.IGNORECASE)


def after_from(text: str, start: int) -> bool:
    """True when the word before ``start`` is "from" ("from $34.8bn to $34.2bn" is a move).

    One word may stand between them ("from about $5 to $7", "from roughly 40% to 45%").
    """
    return _FROM_BEFORE.search(text, max(0, start - 24), start) is not None
