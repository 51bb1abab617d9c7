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
from collections.abc import Iterable
from importlib import resources

import attrs
from lark import Lark
from lark.lexer import PatternRE, TerminalDef

from cryptonews_parse.errors import RegistryError

_UNITS_FILE = "units.toml"


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
    crypto_words: dict[str, tuple[str, int]]
    tickers: frozenset[str]
    sign_forms: tuple[str, ...]
    name_forms: tuple[str, ...]

    def unit_of(self, surface: str) -> str | None:
        """The currency code or ticker that a sign, code or name stands for."""
        key = fold(surface)
        upper = surface.upper()
        if upper in self.fiat_codes or surface in self.tickers:
            return upper
        return self.symbols.get(key) or self.names.get(key)


def fold(surface: str) -> str:
    """The lookup key of a unit's surface form: case-folded, without spaces."""
    return "".join(surface.split()).casefold()


def _load_units(tickers: frozenset[str]) -> Vocabulary:
    text = resources.files("cryptonews_parse").joinpath("data", _UNITS_FILE).read_text("utf-8")
    try:
        table = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise RegistryError(_UNITS_FILE, "-", str(exc)) from exc
    symbols: dict[str, str] = {}
    names: dict[str, str] = {}
    crypto_words: dict[str, tuple[str, int]] = {}
    code_is_word: set[str] = set()
    for code, entry in table.get("fiat", {}).items():
        if not re.fullmatch(r"[A-Z]{3}", code):
            raise RegistryError(_UNITS_FILE, f"fiat.{code}", "not an ISO 4217 code")
        for symbol in entry.get("symbols", []):
            _add(symbols, fold(symbol), code, f"fiat.{code}")
        for name in entry.get("names", []):
            _add(names, fold(name), code, f"fiat.{code}")
        if entry.get("code_is_word", False):
            code_is_word.add(code)
    for ticker, entry in table.get("crypto", {}).items():
        for symbol in entry.get("symbols", []):
            _add(symbols, fold(symbol), ticker, f"crypto.{ticker}")
        for word, power in entry.get("words", {}).items():
            if not isinstance(power, int):
                raise RegistryError(_UNITS_FILE, f"crypto.{ticker}", f"{word!r} needs an int")
            crypto_words[fold(word)] = (ticker, power)
    fiat = frozenset(table.get("fiat", {}))
    groups = [*table.get("fiat", {}).values(), *table.get("crypto", {}).values()]
    return Vocabulary(
        fiat_codes=fiat,
        code_is_word=frozenset(code_is_word),
        symbols=symbols,
        names=names,
        crypto_words=crypto_words,
        tickers=frozenset(t for t in tickers if t not in fiat and len(t) > 1),
        sign_forms=tuple(s for entry in groups for s in entry.get("symbols", [])),
        name_forms=tuple(n for entry in groups for n in entry.get("names", [])),
    )


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
        "CUR_CODE": rf"(?:(?i:{_alternation(plain_codes)})|{_alternation(vocab.code_is_word)})"
        r"(?![A-Za-z])",
        "CUR_NAME": rf"(?i:{_alternation(vocab.name_forms)})\b".replace(r"\ ", r"\s+"),
        "CRYPTO_WORD": rf"(?i:{_alternation(vocab.crypto_words)})\b",
        "TICKER": rf"(?:{_alternation(vocab.tickers)})(?![A-Za-z0-9])",
    }


def _asset_tickers() -> frozenset[str]:
    from cryptonews_parse.entities import default_registry

    return default_registry().asset_tickers()


@functools.cache
def vocabulary() -> Vocabulary:
    """The unit vocabulary, built once from the shipped data files."""
    return _load_units(_asset_tickers())


@functools.cache
def parser() -> Lark:
    """The LALR parser of ``quantity.lark`` with its data terminals filled in."""
    return build_parser(vocabulary())


def build_parser(vocab: Vocabulary, **options: object) -> Lark:
    """Build the parser for a vocabulary (tests pass ``strict=True`` through ``options``).

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

    return Lark.open_from_package(
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
