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

QUALIFIERS = frozenset({"APPROX", "BOUND_LOWER", "BOUND_UPPER"})
"""Terminals that may stand before a quantity's body; a start needs a body after them."""

MAX_CANDIDATE = 160
"""The longest stretch of text the parser sees for one candidate (a cap keeps time linear)."""

# A candidate does not start inside a word or a number ("TOTAL2", "1.5", "10,000").
_NOT_INSIDE = r"(?<![\w.,$])"


def first_terminals(lark: Lark) -> frozenset[str]:
    """Names of the terminals that can begin a quantity, from the parser's start state."""
    table = lark.parser.parser.parser.parse_table
    start_state = table.start_states["start"]
    return frozenset(name for name in table.states[start_state] if name.isupper())


@functools.cache
def start_pattern(lark: Lark) -> re.Pattern[str]:
    """The regex whose matches begin at every place a quantity may start."""
    names = first_terminals(lark)
    body = sorted(names - QUALIFIERS)
    qualifiers = sorted(names & QUALIFIERS)

    def alternation(terminals: list[str]) -> str:
        return "|".join(f"(?:{lark.get_terminal(n).pattern.to_regexp()})" for n in terminals)

    return re.compile(
        rf"{_NOT_INSIDE}(?:(?:{alternation(qualifiers)})[ \t]*)*(?:{alternation(body)})"
    )


def candidate_starts(lark: Lark, text: str) -> Generator[int, int | None, None]:
    """Offsets in ``text`` where a quantity may start, in order.

    The caller may skip ahead by sending the offset to resume from (the end of the quantity
    it found there); ``next()`` resumes just after the candidate's first token.

    >>> from cryptonews_parse.quantities import parser
    >>> list(candidate_starts(parser(), "BTC rose 5% to about $100K"))
    [9, 15]
    """
    pattern = start_pattern(lark)
    pos = 0
    while (match := pattern.search(text, pos)) is not None:
        resume = yield match.start()
        pos = match.end() if resume is None else max(resume, match.start() + 1)


CONNECTIVES = frozenset({"DASH", "TO", "AND", "COLON", "PER"})
"""Terminals that join two parts of a quantity; a run holds one only with a part after it."""


@functools.cache
def run_pattern(lark: Lark) -> re.Pattern[str]:
    """The regex of a run of the grammar's tokens: the extent the parser sees first."""
    ignored = set(lark.ignore_tokens)
    terminals = [t for t in lark.terminals if t.name not in ignored]
    ordered = sorted(terminals, key=lambda t: (-t.priority, -t.pattern.max_width, t.name))
    parts = [f"(?:{t.pattern.to_regexp()})" for t in ordered if t.name not in CONNECTIVES]
    joints = [f"(?:{t.pattern.to_regexp()})" for t in ordered if t.name in CONNECTIVES]
    part, joint = "|".join(parts), "|".join(joints)
    return re.compile(rf"(?:{part})(?:[ \t]*(?:(?:{joint})[ \t]*)?(?:{part}))*")


def run_end(lark: Lark, text: str, start: int) -> int:
    """Where the run of grammar tokens that begins at ``start`` ends."""
    match = run_pattern(lark).match(text, start, min(len(text), start + MAX_CANDIDATE))
    return start if match is None else match.end()


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
