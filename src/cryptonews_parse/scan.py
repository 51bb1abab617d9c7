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
from collections.abc import Callable, Generator, Iterable

from lark import Lark

from cryptonews_parse import regex_syntax
from cryptonews_parse.grammar.prefix import first_chars
from cryptonews_parse.trie import trie_alternation

QUALIFIERS = frozenset({"APPROX", "BOUND_LOWER", "BOUND_UPPER"})
"""Terminals that may stand before a quantity's body; a start needs a body after them."""

_COMMON_STARTS = frozenset({"NUMBER", "SUFFIXED_NUMBER", "CUR_SIGN"})

MAX_CANDIDATE = 160
"""The longest stretch of text the parser sees for one candidate (a cap keeps time linear)."""

_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")

# A candidate does not start inside a word or a number ("TOTAL2", "1.5", "10,000"), nor after
# the colon of a time or ratio that the grammar refused ("14:30 hours" is not 30 hours), nor
# after the slash of a fraction or date ("1/4", "3/12"), nor at the second group of a
# space-grouped figure ("10 000"). The prefilter reads the first two from the character
# before the start, which its match begins with.
_ASCII = [chr(c) for c in range(128)]

_BEFORE_START = r"[^\w.,$](?<![0-9]:)"
_SECOND_GROUP = re.compile(r"(?<![0-9])[0-9]{1,3} [0-9]{3}(?![0-9])")


def _inside_figure(text: str, start: int) -> bool:
    """True after the slash of a fraction or date ("4" in "1/4") and at the second group of
    a space-grouped figure ("000" in "10 000"). (Checked on the few hits only, and only when
    a digit stands two characters back: a look-behind in the prefilter would run at every
    character.)"""
    if start < 2 or not text[start - 2].isdigit():
        return False
    before = text[start - 1]
    if before == "/":
        return True
    return before == " " and any(
        _SECOND_GROUP.match(text, start - 1 - width) for width in (1, 2, 3)
    )


def first_terminals(lark: Lark) -> frozenset[str]:
    """Names of the terminals that can begin a quantity, from the parser's start state."""
    table = lark.parser.parser.parser.parse_table
    start_state = table.start_states["start"]
    return frozenset(name for name in table.states[start_state] if name.isupper())


@functools.cache
def start_pattern(lark: Lark) -> re.Pattern[str]:
    """The regex that matches at every place a quantity may start, and only there."""
    names = first_terminals(lark)
    return re.compile(_start_regex(lark, names & QUALIFIERS, names - QUALIFIERS))


def _start_regex(lark: Lark, qualifiers: Iterable[str], body: Iterable[str]) -> str:
    """Any number of ``qualifiers``, then one of ``body``: the start pattern's form."""
    return rf"(?:(?:{_alternation(lark, qualifiers)})[ \t]*)*(?:{_alternation(lark, body)})"


def _alternation(lark: Lark, terminals: Iterable[str]) -> str:
    """The terminals' regexes as one alternation, in a fixed order."""
    # The commonest starts first: most candidates begin with a digit or a currency sign.
    ordered = sorted(terminals, key=lambda n: (n not in _COMMON_STARTS, n))
    return "|".join(f"(?:{_guarded(_regex(lark, n))})" for n in ordered)


def _guarded(regex: str) -> str:
    """``regex`` behind a look-ahead at the characters it can begin with: an alternative
    that cannot begin here then costs one class test instead of a try of its every word
    (after a qualifier, the start pattern tries all the others at the next word)."""
    chars = first_chars(regex)
    if len(chars) == 128:  # every ASCII character: nothing to test
        return regex
    # The class is written as the ASCII characters it refuses, which lets every other
    # character through: the same set as "[<chars>\x80-\U0010ffff]", but a class whose
    # members are all ASCII compiles to a 256-entry map, where that range made the
    # compiler build and fold a 65,536-entry one for each guard (five sixths of the
    # time it took to compile a start pattern).
    refused = "".join(re.escape(c) for c in _ASCII if c not in chars)
    return rf"(?=[^{refused}]){regex}"


_NEVER = re.compile("(?!)")


@functools.cache
def _starts_by_char(lark: Lark) -> dict[str, re.Pattern[str]]:
    """The start pattern for each ASCII first character seen so far (see :func:`_start_for`)."""
    return {}


@functools.cache
def _narrowed_start(
    lark: Lark, qualifiers: frozenset[str], body: frozenset[str]
) -> re.Pattern[str]:
    """The start pattern for matches that begin with one of ``qualifiers`` or ``body``
    (those that can begin with one character): the first qualifier unrolled from the
    loop, so that the regex tries the same alternatives in the same order."""
    names = first_terminals(lark)
    branches = []
    if qualifiers:
        rest = _start_regex(lark, names & QUALIFIERS, names - QUALIFIERS)
        branches.append(rf"(?:{_alternation(lark, qualifiers)})[ \t]*{rest}")
    if body:
        branches.append(_alternation(lark, body))
    return re.compile("|".join(branches)) if branches else _NEVER


def _start_for(lark: Lark, char: str) -> re.Pattern[str]:
    """:func:`start_pattern` cut to the terminals that can begin with ``char``: the whole
    pattern tries every currency name and number word at each hit of the prefilter, most
    of which begin with a digit or a sign. Any other than an ASCII ``char`` gets it whole."""
    if not char.isascii():
        return start_pattern(lark)
    possible = frozenset(
        n
        for n in first_terminals(lark)
        if char in first_chars(lark.get_terminal(n).pattern.to_regexp())
    )
    pattern = _narrowed_start(lark, possible & QUALIFIERS, possible - QUALIFIERS)
    _starts_by_char(lark)[char] = pattern
    return pattern


@functools.cache
def _starts_by_word(lark: Lark) -> dict[str, re.Pattern[str]]:
    """The start pattern for each word the prefilter found (see :func:`_start_for_word`)."""
    return {}


def _start_for_word(lark: Lark, word: str) -> re.Pattern[str]:
    """:func:`start_pattern` cut to the terminals whose match can begin with the whole of
    ``word``, a run of lower-case letters that a non-letter ends (as the prefilter found
    it): a terminal begins with a letter run it lists, or ends in one that begins the word
    ("Rs" in "rsi"). Most words the prefilter finds are no start ("a", "in"), and the whole
    pattern would try every qualifier and currency before it fails.

    Only for a word that an ASCII character (or the end) follows: a case-blind terminal
    may read a character such as "ſ" as a letter ("s") and so go on with the word.
    """
    runs = _terminal_runs(lark)
    possible = frozenset(n for n in first_terminals(lark) if _may_begin(runs[n], word))
    pattern = _narrowed_start(lark, possible & QUALIFIERS, possible - QUALIFIERS)
    _starts_by_word(lark)[word] = pattern
    return pattern


def _may_begin(runs: tuple[frozenset[str], frozenset[str]] | None, word: str) -> bool:
    """Whether a match whose letter runs are ``runs`` (see :func:`_letter_runs`) can begin
    with the whole ``word``."""
    if runs is None:
        return True
    every, ending = runs
    return word in every or any(word.startswith(run) for run in ending)


def _regex(lark: Lark, name: str) -> str:
    """The regex of the terminal ``name``."""
    return str(lark.get_terminal(name).pattern.to_regexp())


@functools.cache
def prefilter(lark: Lark) -> re.Pattern[str]:
    """A fast superset of :func:`start_pattern`, run over ASCII-lower-cased text with a
    space before it: a match begins with the character before the hit, so a hit at offset
    s of the text is a match from offset s of that string.

    The exact start pattern is a long case-insensitive alternation, slow to try at every
    character. This one matches a non-letter at the start of a token, or the first letters
    of any word a start terminal can begin with (group ``word``), as one case-sensitive
    character trie. It begins with a character class, not a look-behind, so that a search
    skips the letters of words in C instead of trying a match at each.
    """
    words: set[str] = set()
    for runs in _terminal_runs(lark).values():
        if runs is None:
            return re.compile(_BEFORE_START + r"\S")
        words |= runs[0] - {""}
    # A word a terminal begins with is followed by a non-letter in any match of it.
    trie = trie_alternation(words)
    return re.compile(rf"{_BEFORE_START}(?:[^\sa-z]|(?P<word>{trie})(?![a-z]))")


@functools.cache
def _terminal_runs(lark: Lark) -> dict[str, tuple[frozenset[str], frozenset[str]] | None]:
    """:func:`_letter_runs` of each terminal that can begin a quantity."""
    return {name: _letter_runs(_regex(lark, name)) for name in first_terminals(lark)}


def _letter_runs(regex: str) -> tuple[frozenset[str], frozenset[str]] | None:
    """The runs of ASCII letters that matches of ``regex`` can begin with ("" for none),
    lower-cased, and those of them that a match can end in (the text's word may go on
    after the match: "Rs" of "rsi").

    Returns None when the set is unbounded (a letter class or a repeat of letters) or the
    regex cannot be read (see :mod:`~cryptonews_parse.regex_syntax`).
    """
    parsed = regex_syntax.parse(regex)
    try:
        if parsed is None:
            return None
        ending, every = _walk(list(parsed), {""})
    except (_UnboundedError, TypeError, ValueError, AttributeError):
        return None
    return frozenset(w.lower() for w in every), frozenset(w.lower() for w in ending)


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
# ("?q=30%25%2020%"), never amounts. It is "http://", "https://" or "www." in any letter
# case after a non-word character, then everything up to a space. The pattern begins with a
# case-sensitive class, so that a search skips in C to the next "h" or "w" (a leading "\b",
# or the "i" flag on the class, makes it try the words at every offset: several times
# slower); the look-behinds then read the "\b" and which letter it was.
_URL = re.compile(r"[hHwW](?<!\w.)(?i:(?<=h)ttps?://|(?<=w)ww\.)\S+")


def candidate_starts(lark: Lark, text: str) -> Generator[int, int | None, None]:
    """Offsets in ``text`` where a quantity may start, in order.

    The caller may skip ahead by sending the offset to resume from (the end of the quantity
    it found there); ``next()`` resumes just after the candidate's first token. Nothing
    inside a web address is a candidate.

    >>> from cryptonews_parse.quantities import parser
    >>> list(candidate_starts(parser(), "BTC rose 5% to about $100K"))
    [9, 15]
    """
    by_char = _starts_by_char(lark)
    by_word = _starts_by_word(lark)
    hits = prefilter(lark)
    lowered = text.lower()
    if len(lowered) != len(text):  # a few letters lower-case to two characters ("İ")
        lowered = text.translate(_ASCII_LOWER)
    # Most articles hold no address, and ``in`` is far cheaper than the case-blind search;
    # every match of _URL contains "://" or a "www." that lower-cases to itself.
    has_url = "://" in text or "www." in lowered
    urls = _URL.finditer(text) if has_url else iter(())
    url = next(urls, None)
    padded = " " + lowered  # see prefilter()
    pos = 0
    while (hit := hits.search(padded, pos)) is not None:
        start = hit.start()
        while url is not None and url.end() <= start:
            url = next(urls, None)
        if url is not None and url.start() <= start:
            pos = url.end()
            continue
        word = hit.group("word") if hit.lastgroup == "word" else ""
        if word and text[start + len(word) : start + len(word) + 1].isascii():
            exact = by_word.get(word) or _start_for_word(lark, word)
        else:
            char = text[start]
            exact = by_char.get(char) or _start_for(lark, char)
        match = exact.match(text, start)
        if match is None or (text[start - 2 : start - 1].isdigit() and _inside_figure(text, start)):
            pos = start + 1
            continue
        resume = yield start
        pos = match.end() if resume is None else max(resume, start + 1)


def window_end(text: str, start: int) -> int:
    """Where the parser's view of a candidate ends: the line's end or the length cap."""
    limit = start + MAX_CANDIDATE
    if limit > len(text):
        limit = len(text)
    newline = text.find("\n", start, limit)
    if newline != -1:
        return newline
    if limit < len(text):
        space = text.rfind(" ", start, limit)
        if space > start:
            return space
    return limit


_FROM_BEFORE = re.compile(r"\b(?:from|by)[ \t]+(?:\S+[ \t]+)?\Z", re.IGNORECASE)


def after_from(text: str, start: int) -> bool:
    """True when the word before ``start`` is "from" ("from $34.8bn to $34.2bn" is a move)
    or "by" ("dropped by $410 million to $1.02 billion" is a change and the level reached).

    One word may stand between them ("from about $5 to $7", "from roughly 40% to 45%").
    """
    return _FROM_BEFORE.search(text, max(0, start - 24), start) is not None


# "in the hour after 1900 GMT": a wire's clock time in a time zone whose code an asset also
# uses ("GMT" is STEPN's ticker); after a time word it is no amount of that asset.
ZONE_CODES = frozenset({"GMT", "UTC", "JST"})
_CLOCK_BEFORE = re.compile(
    r"\b(?:at|after|before|by|until|till|since|from|around|near|about|of)[ \t]+"
    r"(?:[01][0-9]|2[0-3])[0-5][0-9][ \t]+\Z",
    re.IGNORECASE,
)


def clock_before(text: str, zone: int) -> bool:
    """True when a time word and a four-digit clock time ("after 1900 ") stand right
    before the time zone code at ``zone``."""
    return _CLOCK_BEFORE.search(text, max(0, zone - 24), zone) is not None


_SPACED_START = re.compile(r"[0-9]{1,3} [0-9]{3}(?![0-9])")
_NUMBER_THEN_LINK = re.compile(
    r"[0-9][ \t]+(?:and|to|or|through)[ \t]+\Z|[0-9][ \t]*[-\u2013][ \t]*\Z", re.IGNORECASE
)


def spaced_after_a_number(text: str, start: int) -> bool:
    """True when a figure grouped by spaces, with no sign before it, follows another number
    and a linking word ("between 10 000 and 12 000 dollars"): it ends a range or list whose
    first figure was not read, so it is not a figure of its own."""
    return (
        _SPACED_START.match(text, start) is not None
        and _NUMBER_THEN_LINK.search(text, max(0, start - 16), start) is not None
    )


# A figure glued to letters or digits on its right is part of a code ("I7-860BOX"), and one
# after a letter-digit code and a hyphen too ("I7-860"): neither is a quantity.
_GLUED_AFTER = re.compile(r"[A-Za-z0-9]")
_CODE_BEFORE = re.compile(r"[A-Za-z][A-Za-z0-9]*[0-9]-\Z|[0-9][A-Za-z]+-\Z")


def glued(text: str, start: int, end: int) -> bool:
    """True when the figure at ``text[start:end]`` is glued into a code or a longer word."""
    if _GLUED_AFTER.match(text, end) is not None:
        return True
    return text[start - 1 : start] == "-" and (
        _CODE_BEFORE.search(text, max(0, start - 16), start) is not None
    )


# A magnitude or fraction word right after a figure that did not take it: "1,674.5 M",
# "two hundred three fifths", "one billion and three quarters million".
_UNREAD_SCALE = re.compile(
    r"[ \t]*(?:thousand|million|billion|trillion|mln|bln|mn|bn|tn|[kKmMbBtTgG])\b"
    r"|[ \t-]+(?:and[ \t]+)?(?:(?:a|one|two|three|four|five|six|seven|eight|nine)[ \t-]+)?"
    r"(?:halves|thirds|quarters|fifths|sixths|sevenths|eighths|ninths"
    r"|tenths|[a-z]*(?:hundred|thousand|million|billion|trillion)ths)\b"
    r"|[ \t][0-9]{3}(?![0-9])"  # "10 000": a space-grouped figure read only in part
    r"|[ \t]+(?:and|&)[ \t]+(?:a|one)[ \t-]+(?:half|quarter|third)\b"  # "3 million and a half"
    r"|[ \t]+[0-9]+[ \t]+hundred\b"  # "4 thousand 3 hundred"
    r"|[ \t]*&[ \t]+[a-z]",  # "three million, two hundred & forty"
    re.IGNORECASE,
)


_GOES_ON_WORDS = (
    "thousand", "million", "billion", "trillion", "mln", "bln", "mn", "bn", "tn", "k", "m",
    "b", "t", "g", "and", "a", "cent", "cents", "pence", "penny", "half", "halves", "third",
    "thirds", "quarter", "quarters", "fifth", "fifths", "one", "two", "three", "four", "five",
    "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen",
    "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty",
    "fifty", "sixty", "seventy", "eighty", "ninety", "hundred",
)  # fmt: skip
# What may continue a figure: a letter, digit or "&" glued to it, or after spaces or hyphens
# a number, "&", or a whole word that is a magnitude, a number or fraction word or a minor
# unit. One match, as the parser tries it after most figures.
_GOES_ON = re.compile(
    rf"[A-Za-z0-9&]|[ \t-]+(?:[0-9]|&|(?:[a-z]*ths|{trie_alternation(_GOES_ON_WORDS)})(?![a-z]))",
    re.IGNORECASE | re.ASCII,
)


def may_go_on(text: str, end: int) -> bool:
    """A cheap first look: whether what follows ``end`` may continue the figure (glued
    letters, a magnitude, a number word, minor units); only then do the exact checks run."""
    return _GOES_ON.match(text, end) is not None


def unread_scale(text: str, end: int) -> int | None:
    """Where a magnitude or fraction word that the figure did not take ends, when one
    follows ``end``; else None."""
    match = _UNREAD_SCALE.match(text, end)
    return None if match is None else match.end()


_SPOKEN = (
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen"
    r"|[a-z]+ty|hundred|thousand|million|billion|trillion)"
)
_NUMBER_WORD = rf"(?:[0-9]|{_SPOKEN})"
# "five and a quarter", "3 hundred and 21": a figure that ends a number begun before it.
_HUNDRED_AND_BEFORE = re.compile(r"\bhundred[ \t]+and[ \t]+\Z", re.IGNORECASE)
_NUMBER_AND_BEFORE = re.compile(_NUMBER_WORD + r"[ \t]+and[ \t]+\Z", re.IGNORECASE)
# "3 dollars 50 cents", "one dollar and one", "thirteen dollars forty five": minor units
# or a spoken remainder after a money figure.
_REMAINDER = rf"(?:[0-9]{{1,2}}(?![0-9A-Za-z])|{_SPOKEN}[a-z-]*(?:[ \t]+{_SPOKEN}[a-z-]*)?)"
_MINOR_AFTER = re.compile(
    r"[ \t]+(?:cents?|pence|penny)\b"
    rf"|(?:[ \t]+and)?[ \t]+{_REMAINDER}(?:[ \t]+(?:cents?|pence|penny)\b"
    r"|(?=[ \t]*(?:[.,;)]|\Z|(?:and|or|more|less)\b)))",
    re.IGNORECASE,
)
_NUMBER_AFTER_SIGN = re.compile(r"[ \t]*[0-9]")


def number_goes_on(text: str, start: int, *, fraction: bool) -> bool:
    """True when the figure at ``start`` only ends a longer number that the grammar did not
    read: after "hundred and" ("3 hundred and 21"), or a fraction after "<number> and"
    ("five and a quarter", "3 million and a quarter")."""
    if (
        text.find("nd", max(0, start - 8), start) == -1
        and "ND" not in text[max(0, start - 8) : start]
    ):
        return False
    before = max(0, start - 40)
    if _HUNDRED_AND_BEFORE.search(text, before, start) is not None:
        return True
    return fraction and _NUMBER_AND_BEFORE.search(text, before, start) is not None


def minor_units_after(text: str, end: int) -> int | None:
    """Where the minor units or spoken remainder after a money figure at ``end`` end ("3
    dollars 50 cents", "17 USD 25", "one dollar and two"), or None when there are none.
    A figure that ends in a sign takes no number after it either ("1 $ 10 dollars")."""
    match = _MINOR_AFTER.match(text, end)
    if match is None and text[end - 1 : end] in ("$", "€", "£", "¥"):
        match = _NUMBER_AFTER_SIGN.match(text, end)
    return None if match is None else match.end()


_ONE_WORD = r"[ \t]+([$#]?[A-Za-z](?:[A-Za-z0-9'.-]*[A-Za-z0-9])?)"
_WORDS = re.compile(_ONE_WORD + "".join(f"(?:{_ONE_WORD}" for _ in range(4)) + ")?" * 4)
_FIRST_WORD = re.compile(_ONE_WORD)
_OF_NUMBER = re.compile(r"[ \t]+of[ \t]+[0-9]+(?=[ \t])", re.IGNORECASE)


def words_after(text: str, end: int, limit: int) -> list[tuple[str, int]]:
    """Up to ``limit`` words right after ``end`` on the same clause, with their end offsets;
    punctuation other than a hyphen or a period inside a word ends the run."""
    match = _WORDS.match(text, end)
    if match is None:
        return []
    words: list[tuple[str, int]] = []
    for group in range(1, limit + 1):
        word = match.group(group)
        if word is None:
            break
        stripped = word.rstrip(".")
        words.append((stripped, match.start(group) + len(stripped)))
        if stripped != word:  # a period ends the sentence, or an abbreviation
            break
    return words


def counted_noun(
    text: str, end: int, nouns: frozenset[str], stop: frozenset[str], reach: int = 4
) -> bool:
    """True when a noun of ``nouns`` heads the phrase after a number ("nine funds", "two
    undisclosed wallets", "10 of 12 funds"); no word of ``stop`` may stand before it."""
    of_number = _OF_NUMBER.match(text, end)
    if of_number is not None:
        end = of_number.end()
    for word, _ in words_after(text, end, reach):
        folded = word.casefold()
        if folded in nouns:
            return True
        if folded in stop:
            return False
    return False


# "380 wrapped bitcoin (WBTC)": a bare number, up to three lower-case words naming a coin,
# then the coin's ticker in brackets.
_NAMED_TICKER_AFTER = re.compile(
    r"[ \t]+([a-z])[a-z-]*(?:[ \t]+[a-z][a-z-]*){0,2}?[ \t]+([a-z]+)[ \t]+\(([A-Z][A-Z0-9]{1,9})\)"
)


def ticker_named_after(text: str, end: int, coin_word: Callable[[str], str | None]) -> str | None:
    """The ticker in brackets after the coin's name that follows a bare number at ``end``
    ("380 wrapped bitcoin (WBTC)"), or None: the name ends in a word ``coin_word`` knows
    ("bitcoin") and starts with the ticker's first letter, so "the 5 largest coins (BTC)"
    is none."""
    found = _NAMED_TICKER_AFTER.match(text, end)
    if found is None:
        return None
    initial, last, ticker = found.groups()
    if initial.upper() != ticker[0] or coin_word(last) is None:
        return None
    return ticker


def unit_head(
    text: str,
    end: int,
    is_unit: Callable[[str], str | None],
    stop: frozenset[str],
    nouns: frozenset[str],
) -> tuple[str | None, str | None]:
    """What the noun phrase after a unit-less figure says about its unit.

    Returns the unit of an asset word that ends the phrase ("10K Silk Road BTC (…)" → BTC),
    or None; and the last word of the phrase, folded, or None when punctuation or a word of
    ``stop`` follows the figure (its unit was left to the context: "stood at 7.5 billion,
    while"). A noun of ``nouns`` ends the phrase ("1.37 million addresses hold BTC"). An
    asset word inside the phrase but not at its end leaves the unit unclear: the head is
    then returned as "" ("10K Silk Road BTC moved": BTC, or a count of something?).
    """
    words = words_after(text, end, 5)
    head: str | None = None
    for i, (word, _) in enumerate(words[:4]):
        folded = word.casefold()
        if folded in stop or head in nouns:
            break
        head = folded
        unit = is_unit(word)
        if unit is not None:
            following = words[i + 1][0].casefold() if i + 1 < len(words) else None
            if following is None or following in stop:
                return unit, head
            if following not in nouns:
                return None, ""
    return None, head


def word_after_in(text: str, end: int, words: frozenset[str]) -> bool:
    """True when the word right after ``end`` is one of ``words`` (folded)."""
    match = _FIRST_WORD.match(text, end)
    return match is not None and match.group(1).rstrip(".").casefold() in words


def noun_after(text: str, end: int, stop: frozenset[str]) -> bool:
    """True when a word that is not in ``stop`` follows ``end`` ("Bitcoin ETFs": the name
    is a modifier, not the unit)."""
    match = _FIRST_WORD.match(text, end)
    return match is not None and match.group(1).rstrip(".").casefold() not in stop


_MONEY_SIGN = re.compile(r"[$€£¥₿]")
_WORDS_IN = re.compile(r"[A-Za-z][A-Za-z0-9]*")


def money_in_sentence(
    text: str,
    sentence: tuple[int, int],
    start: int,
    end: int,
    is_unit: Callable[[str], str | None],
    cues: frozenset[str],
) -> bool:
    """True when the ``sentence`` (start, end) around ``text[start:end]`` speaks of money
    or an asset: a currency sign, an asset word (``is_unit``) or a money noun (``cues``:
    "volume", "inflows"). A figure there with no unit of its own has the context's unit."""
    first, last = sentence
    sentence_text = text[first:start] + " " + text[end:last]
    if _MONEY_SIGN.search(sentence_text):
        return True
    return any(
        word.casefold() in cues or is_unit(word) is not None
        for word in _WORDS_IN.findall(sentence_text)
    )


def cue_in_sentence(
    text: str, sentence: tuple[int, int], start: int, end: int, cues: re.Pattern[str]
) -> bool:
    """True when one of ``cues`` stands in the ``sentence`` (start, end) outside the figure
    ``text[start:end]`` ("Upbit", "changed hands")."""
    first, last = sentence
    return cues.search(text[first:start] + " " + text[end:last]) is not None


_CLAUSE_OPEN = re.compile(r"(?:\A|[^A-Za-z0-9 \t])[ \t]*\Z")


def opens_clause(text: str, start: int) -> bool:
    """True when no word stands before ``start`` in its clause: the text's start or
    punctuation ("Of 3,000 entrants, 1,200 won.": the figure is the verb's subject)."""
    return _CLAUSE_OPEN.search(text, max(0, start - 20), start) is not None


_RATIO_BEFORE = re.compile(r"\bratios?\b[^.;:\n0-9%$]{0,24}\Z", re.IGNORECASE)


CRYPTO_QUOTES = frozenset({"BTC", "ETH"})
"""Quote assets whose pairs trade as ratios ("ETH/BTC 0.026"), not as prices in money."""
_CRYPTO_PAIR_BEFORE = re.compile(
    rf"\b[A-Z0-9]{{2,10}}/(?:{'|'.join(sorted(CRYPTO_QUOTES))})\b(?:[^.;:!?\n]|\.(?=\d)){{0,80}}\Z"
)
"""A pair quoted in a crypto earlier in the sentence: "ETH/BTC ... to 0.0412"."""


_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z0-9]*)\.?[ \t]+\Z")


def year_after(text: str, start: int, end: int, leads: frozenset[str]) -> bool:
    """True when ``text[start:end]`` begins with a bare four-digit year ("2018 bitcoin")
    right after one of ``leads`` ("In 2018 bitcoin's share", "since Jan. 2021 ether")."""
    if not (text[start : start + 4].isdigit() and text[start + 4 : start + 5] == " "):
        return False
    if start + 4 >= end or (start > 0 and text[start - 1].isalnum()):
        return False
    word = _WORD_BEFORE.search(text, max(0, start - 20), start)
    return word is not None and word.group(1).lower() in leads


def ratio_before(text: str, start: int) -> bool:
    """True when the word "ratio" stands just before ``start`` ("a ratio of 1.76"), or a
    figure below one follows a pair quoted in a crypto ("ETH/BTC climbed 6% to 0.0412")."""
    if _RATIO_BEFORE.search(text, max(0, start - 40), start) is not None:
        return True
    return (
        text.startswith("0.", start)
        and _CRYPTO_PAIR_BEFORE.search(text, max(0, start - 100), start) is not None
    )
