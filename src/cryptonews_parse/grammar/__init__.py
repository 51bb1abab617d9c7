"""Stage 3: the quantity grammar, loaded once with its data-driven vocabulary.

``quantity.lark`` holds the structure of a quantity; the words that are data (currency
signs, codes and names from ``data/units.toml``; asset tickers from the registry) are
compiled into alternations and put in place of the grammar's stand-in terminals when the
parser is built. Everything here is built once per process (``functools.cache``).
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Iterable, Mapping
from importlib import resources
from typing import Any

import attrs
from lark import Lark
from lark.lexer import PatternRE, TerminalDef
from lark.parser_frontends import ParsingFrontend

from cryptonews_parse.errors import RegistryError
from cryptonews_parse.trie import fold_case, trie_alternation

_UNITS_FILE = "units.toml"

UNITS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
TEENS = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
         "eighteen", "nineteen")  # fmt: skip
TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
NUMBER_WORDS = (
    {"zero": 0}
    | {w: n for n, w in enumerate(UNITS, 1)}
    | {w: n for n, w in enumerate(TEENS, 10)}
    | {w: 20 + 10 * n for n, w in enumerate(TENS)}
)
"""The value of each cardinal word below a hundred that compound word numbers are made of."""
SCALE_WORDS = {"hundred": 2, "thousand": 3, "million": 6, "billion": 9, "trillion": 12}


def word_number_pattern() -> str:
    """The regex of a compound word number, "two hundred and two thousand" or "five and a
    half million": groups below a thousand, each followed by a larger scale than the next.

    "and" is read inside a number only where it cannot join two numbers: after "hundred"
    when no "hundred" follows ("two hundred and two"), before "a half", and before the last
    group after a scale ("two thousand and five"). A group right before "hundred" is not
    taken after "and", so "between two hundred and three hundred" stays a range.
    """
    ones = "|".join(UNITS)
    below_100 = rf"(?:(?:{'|'.join(TENS)})(?:[- ](?:{ones})\b)?|{'|'.join(TEENS)}|{ones})\b"
    below_1000 = (
        rf"(?:(?:a|{ones})[ -]hundred\b(?:[ -](?:and[ -])?{below_100}(?![ -]hundred\b))?"
        rf"|{below_100})"
    )
    half = r"(?:[ -]and[ -]a[ -]half\b)?"
    scales = "thousand|million|billion|trillion"
    scale = rf"(?:{scales})\b"
    inner = rf"(?:,?[ -](?:and[ -])?{below_1000}(?=[ -]{scale}))"
    fractions = "half|halves|quarters?|thirds?|fifths?"
    last = rf"(?:,?[ -](?:and[ -])?{below_1000}(?![ -](?:hundred|{scales}|{fractions})\b))"
    return (
        rf"(?i:zero\b|{below_1000}{half}"
        rf"(?:[ -]{scale}(?:{inner}[ -]{scale})*{last}?)?)"
    )


@attrs.frozen
class Vocabulary:
    """Lookups from a unit's surface form to its code, built from ``data/units.toml``.

    Keys are case-folded surface forms with inner spaces removed, so that "US $" and "us$"
    find the same entry.
    """

    fiat_codes: frozenset[str]
    code_is_word: frozenset[str]
    symbols: dict[str, str]
    names: dict[str, str]
    unit_words: dict[str, tuple[str, int]]
    tickers: frozenset[str]
    sign_forms: tuple[str, ...]
    name_forms: tuple[str, ...]
    count_nouns: frozenset[str] = frozenset()
    holder_nouns: frozenset[str] = frozenset()  # "two ETH hot wallets": wallets are counted
    function_words: frozenset[str] = frozenset()
    unit_nouns: frozenset[str] = frozenset()
    phrase_heads: frozenset[str] = frozenset()  # nouns that end a phrase: both sets above
    money_words: frozenset[str] = frozenset()
    year_leads: frozenset[str] = frozenset()  # words after which a bare year is a date
    modified_nouns: frozenset[str] = frozenset()
    context_names: frozenset[str] = frozenset()  # currency names read only in money talk
    context_codes: frozenset[str] = frozenset()  # the codes of those currencies
    # per code: words that make a sentence about money in it ("Upbit", "changed hands")
    context_cues: Mapping[str, re.Pattern[str]] = attrs.field(factory=dict)
    per_dollar: Mapping[str, int] = attrs.field(factory=dict)  # fiat units to one USD

    def unit_of(self, surface: str) -> str | None:
        """The currency code or ticker that a sign, code or name stands for."""
        key = fold(surface)
        upper = surface.upper().lstrip("#$")
        if upper in self.fiat_codes or surface in self.tickers:
            return upper
        return self.symbols.get(key) or self.names.get(key)


def _add_words(
    unit_words: dict[str, tuple[str, int]], entry: dict[str, Any], code: str, where: str
) -> None:
    """An entry's unit words ("sats", "cents"), each with the power of ten that turns it
    into whole units of ``code``."""
    for word, power in entry.get("words", {}).items():
        if not isinstance(power, int):
            raise RegistryError(_UNITS_FILE, where, f"{word!r} needs an int")
        unit_words[fold(word)] = (code, power)


def fold(surface: str) -> str:
    """The lookup key of a unit's surface form: case-folded as the case-blind grammar
    matched it (:func:`~cryptonews_parse.trie.fold_case`), without spaces."""
    return "".join(fold_case(surface).split())


def _load_units(tickers: frozenset[str], asset_names: dict[str, str]) -> Vocabulary:
    text = resources.files("cryptonews_parse").joinpath("data", _UNITS_FILE).read_text("utf-8")
    try:
        table = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise RegistryError(_UNITS_FILE, "-", str(exc)) from exc
    symbols: dict[str, str] = {}
    names: dict[str, str] = {}
    unit_words: dict[str, tuple[str, int]] = {}
    code_is_word: set[str] = set()
    for code, entry in table.get("fiat", {}).items():
        if not re.fullmatch(r"[A-Z]{3}", code):
            raise RegistryError(_UNITS_FILE, f"fiat.{code}", "not an ISO 4217 code")
        for symbol in entry.get("symbols", []):
            _add(symbols, fold(symbol), code, f"fiat.{code}")
        for name in [*entry.get("names", []), *entry.get("context_names", [])]:
            _add(names, fold(name), code, f"fiat.{code}")
        _add_words(unit_words, entry, code, f"fiat.{code}")
        if entry.get("code_is_word", False):
            code_is_word.add(code)
    for ticker, entry in table.get("crypto", {}).items():
        for symbol in entry.get("symbols", []):
            _add(symbols, fold(symbol), ticker, f"crypto.{ticker}")
        _add_words(unit_words, entry, ticker, f"crypto.{ticker}")
    for name, ticker in asset_names.items():
        unit_words.setdefault(fold(name), (ticker, 0))
    fiat = frozenset(table.get("fiat", {}))
    context = table.get("context", {})
    groups = [*table.get("fiat", {}).values(), *table.get("crypto", {}).values()]
    return Vocabulary(
        fiat_codes=fiat,
        code_is_word=frozenset(code_is_word),
        symbols=symbols,
        names=names,
        unit_words=unit_words,
        tickers=frozenset(t for t in tickers if t not in fiat and len(t) > 1),
        sign_forms=tuple(s for entry in groups for s in entry.get("symbols", [])),
        name_forms=tuple(
            n
            for entry in groups
            for n in [*entry.get("names", []), *entry.get("context_names", [])]
        ),
        context_names=frozenset(
            fold(n) for entry in groups for n in entry.get("context_names", [])
        ),
        context_codes=frozenset(
            code for code, entry in table.get("fiat", {}).items() if entry.get("context_names")
        ),
        context_cues={
            code: _cue_pattern(entry["context_cues"])
            for code, entry in table.get("fiat", {}).items()
            if entry.get("context_cues")
        },
        per_dollar={
            code: int(entry["per_dollar"])
            for code, entry in table.get("fiat", {}).items()
            if "per_dollar" in entry
        },
        count_nouns=frozenset(w.casefold() for w in context.get("count_nouns", [])),
        holder_nouns=frozenset(w.casefold() for w in context.get("holder_nouns", [])),
        function_words=frozenset(w.casefold() for w in context.get("function_words", [])),
        unit_nouns=frozenset(w.casefold() for w in context.get("unit_nouns", [])),
        money_words=frozenset(w.casefold() for w in context.get("money_words", [])),
        year_leads=frozenset(w.casefold() for w in context.get("year_leads", [])),
        modified_nouns=frozenset(w.casefold() for w in context.get("modified_nouns", [])),
        phrase_heads=frozenset(
            w.casefold() for w in (*context.get("count_nouns", []), *context.get("unit_nouns", []))
        ),
    )


def _cue_pattern(cues: list[str]) -> re.Pattern[str]:
    """Whole words or phrases, in any case, with any run of spaces between their words."""
    phrases = sorted((r"[ \t]+".join(map(re.escape, cue.split())) for cue in cues), key=len)
    return re.compile(rf"\b(?:{'|'.join(reversed(phrases))})\b", re.IGNORECASE)


def _add(table: dict[str, str], key: str, code: str, where: str) -> None:
    if table.setdefault(key, code) != code:
        raise RegistryError(_UNITS_FILE, where, f"{key!r} already means {table[key]}")


def _alternation(words: Iterable[str]) -> str:
    """A regex alternation of literal words, longest first so that no prefix shadows them."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def _sign_pattern(symbol: str) -> str:
    """'US$' also as 'US $' and 'us$': newswire spaces signs off their country prefix.

    A one-letter prefix ("C$", "A$") is matched only as written: "a $5 fee" is not in
    Australian dollars.
    """
    prefix = symbol[:-1]
    if symbol.endswith("$") and len(prefix) == 1:
        return "(?-i:" + re.escape(symbol) + ")"
    if symbol.endswith("$") and prefix.isascii() and len(prefix) > 1:
        return re.escape(prefix) + r" ?\$"
    return re.escape(symbol)


def _terminal_patterns(vocab: Vocabulary) -> dict[str, str]:
    signs = sorted(set(vocab.sign_forms), key=lambda s: (-len(s), s))
    plain_codes = vocab.fiat_codes - vocab.code_is_word
    return {
        "CUR_SIGN": "(?i:" + "|".join(_sign_pattern(s) for s in signs) + ")",
        # Tries, not flat lists: the lexer tries these after most figures, and a flat list
        # costs a step per word. (A name's letter case is left to the "i" flag, so that
        # the trie has one branch per letter and still takes the longest name.)
        "CUR_CODE": rf"(?:(?i:{trie_alternation(plain_codes)})|{_alternation(vocab.code_is_word)})"
        r"(?![A-Za-z])",
        # Also hyphenated to a word number: "a one-yen bid"; not the first word of a
        # compound ("the four won-based exchanges").
        "CUR_NAME": rf"-?(?i:{trie_alternation({n.lower() for n in vocab.name_forms})})\b".replace(
            r"\ ", r"\s+"
        )
        + r"(?!-[A-Za-z])",
        # Not the first word of a compound or a pair: "Ethereum-based", "BTC-USDT-SWAP".
        "UNIT_WORD": rf"(?i:{trie_alternation(vocab.unit_words)})\b(?![-/][A-Za-z])",
        # A ticker after the figure, bare or as a cash- or hashtag ("10K $XRP", "4,800 #BTC"),
        # with a plural "s" ("5 ETHs").
        "TICKER": rf"[$#]?(?:{trie_alternation(vocab.tickers)})(?:(?<=[A-Z]{{3}})s)?"
        r"(?![A-Za-z0-9])(?![-/][A-Za-z])",
        "WORD_NUMBER": word_number_pattern(),
    }


def _asset_tickers() -> frozenset[str]:
    from cryptonews_parse.entities import default_registry

    return default_registry().asset_tickers()


def _asset_names() -> dict[str, str]:
    """Asset names that read as the unit of a figure ("207,000 Bitcoin"), with their ticker.

    Only one-word names the registry matches in any letter case (``aliases``), and their
    plural: a name that is also an ordinary word ("Ronin", "Avalanche") is not a unit.
    """
    from cryptonews_parse.entities import default_registry

    names: dict[str, str] = {}
    for entry in default_registry():
        if entry.type.value != "asset" or entry.kind == "fiat" or entry.ticker is None:
            continue
        for alias in entry.aliases:
            if alias.isascii() and alias.isalpha():
                names[alias] = entry.ticker
                names[alias + "s"] = entry.ticker
    return names


@functools.cache
def vocabulary() -> Vocabulary:
    """The unit vocabulary, built once from the shipped data files."""
    return _load_units(_asset_tickers(), _asset_names())


@functools.cache
def parser() -> Lark:
    """The LALR parser of ``quantity.lark`` with its data terminals filled in."""
    return build_parser(vocabulary())


def build_parser(vocab: Vocabulary, **options: object) -> Lark:
    """Build the parser for a vocabulary. Tests pass ``strict=True`` through ``options``,
    which fails on any LALR conflict or overlap of terminals; without it, lark's checks of
    the terminals are skipped (see :class:`_Unchecked`).

    Args:
        vocab: the unit vocabulary whose words fill the data terminals.
        **options: further keyword arguments for :class:`lark.Lark`.

    Returns:
        A ``Lark`` instance with the LALR parser and the contextual lexer.
    """
    patterns = _terminal_patterns(vocab)

    def fill(terminal: TerminalDef) -> TerminalDef:
        if terminal.name in patterns:
            terminal.pattern = PatternRE(patterns[terminal.name])
        return terminal

    built = Lark if options.get("strict") else _Unchecked
    return built.open_from_package(
        "cryptonews_parse",
        "quantity.lark",
        ("grammar",),
        parser="lalr",
        lexer="contextual",
        propagate_positions=True,
        maybe_placeholders=False,
        edit_terminals=fill,
        **options,
    )


class _Unchecked(Lark):
    """Lark without its lexer's checks of the terminals, for the parser a process uses.

    The checks compile each terminal once more and, when the optional ``interegular``
    package is installed (as many environments have it), compare each lexer state's
    terminals pairwise as automata only to log a warning: 2-3 s of every process's first
    parse, for a grammar and vocabulary that are the same in every installation and that
    the test suite builds with ``strict=True``, which fails on any overlap.
    """

    def _build_parser(self) -> ParsingFrontend:
        self.lexer_conf.skip_validation = True
        return super()._build_parser()
