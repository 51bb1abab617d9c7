"""The grammar file and its loader: conflict-free, collision-free, data terminals filled."""

from __future__ import annotations

import re

from lark import Lark, Token

from cryptonews_parse import grammar, quantities, scan
from cryptonews_parse.grammar import prefix
from cryptonews_parse.grammar.prefix import PrefixParser


def test_grammar_loads_strict_without_conflicts_or_collisions() -> None:
    """strict=True fails on any LALR conflict or regex collision (it needs interegular,
    which the test extra installs through lark[interegular])."""
    strict = grammar.build_parser(grammar.vocabulary(), strict=True)
    assert isinstance(strict, Lark)


def test_every_terminal_has_an_error_phrase() -> None:
    """Each terminal maps to a readable phrase for QuantityError messages."""
    lark = quantities.parser()
    names = {t.name for t in lark.terminals} - set(lark.ignore_tokens)
    assert names <= set(quantities._PHRASES)


def test_data_terminals_come_from_the_data_files() -> None:
    """CUR_SIGN, CUR_CODE, CUR_NAME and TICKER are filled from units.toml and the registry."""
    lark = quantities.parser()
    vocab = grammar.vocabulary()
    ticker = re.compile(lark.get_terminal("TICKER").pattern.to_regexp())
    assert ticker.fullmatch("BTC") and ticker.fullmatch("LINK") and ticker.fullmatch("#XRP")
    assert "USD" not in vocab.tickers  # a fiat code is a currency, never a ticker
    assert vocab.unit_of("US $") == "USD" == vocab.unit_of("us$")
    assert vocab.unit_of("Swiss francs") == "CHF"


def test_scanner_starts_are_the_grammars_first_terminals() -> None:
    """The scanner's start pattern is built from the LALR start state, not written by hand."""
    names = scan.first_terminals(quantities.parser())
    assert {"NUMBER", "CUR_SIGN", "APPROX", "BETWEEN", "WORD_NUMBER"} <= names
    assert "PERCENT" not in names  # a unit never starts a quantity


def test_prefilter_is_a_superset_of_the_exact_start_pattern() -> None:
    """Every place the exact start pattern matches, the fast prefilter matches too."""
    lark = quantities.parser()
    text = (
        "About $5m, USD 200, US$ 3bn, ~40%, more than half a billion, minus five percent, "
        "between 5 and 7, HK$10, zł50, Rs. 100, one-third, twenty-two BTC."
    )
    anchored = re.compile(rf"(?<![\w.,$])(?<![0-9]:)(?:{scan.start_pattern(lark).pattern})")
    exact = {m.start() for m in anchored.finditer(text)}
    hits, padded = scan.prefilter(lark), " " + text.lower()  # see scan.prefilter()
    fast = {start for start in range(len(text)) if hits.match(padded, start)}
    assert exact
    assert exact <= fast


def test_start_guards_let_through_the_first_characters_and_all_non_ascii() -> None:
    """The look-ahead before each start terminal (written as the ASCII characters it
    refuses, which compiles 6x faster than a class up to U+10FFFF) admits exactly the
    ASCII characters the terminal can begin with, and any other character."""
    lark = quantities.parser()
    for name in scan.first_terminals(lark):
        regex = scan._regex(lark, name)
        chars = prefix.first_chars(regex)
        guarded = scan._guarded(regex)
        if len(chars) == 128:
            assert guarded == regex
            continue
        guard = re.compile(guarded[: -len(regex)])
        admitted = {c for c in map(chr, range(128)) if guard.match(c)}
        assert admitted == chars, name
        assert all(guard.match(c) for c in "\u00e9\u20ac\u00a3\U0001f4b0")


READ_BY_BOTH = [
    *("$5 million", "about 5%", "$5-7 billion", "between $1 and $2", "2.67:1", "24 hours"),
    *("10% annualized", "two-thirds", "$20 and $30 million", "-3 BTC"),
]


def test_prefix_parser_builds_what_lark_builds() -> None:
    """The prefix parser's shortcuts (an inlined rule of one symbol, "?body: side", passes
    its child on without a call) build the same reading as lark's own parse loop."""
    prefixes = quantities._prefix_parser()
    for text in READ_BY_BOTH:
        offset, reading = next(prefixes.prefixes(text, 0, len(text)))
        assert offset == len(text)
        assert reading == quantities.parser().parse(text), text


LEARNT_FORMS = [
    *READ_BY_BOTH,
    *("about $5-7 billion per year", "$3,996 ETH moved", "between 10 000 and 12 000 dollars"),
    *("more than 1,000 BTC or more", "14:30 hours", "$7-5bn", "two hundred and two thousand"),
    *("the dollar 2% lower", "75 USD million", "$5-$7bn ETH", "1/4 percentage point"),
]


def stepwise_prefixes(parser: PrefixParser, text: str, start: int) -> list[tuple[int, object]]:
    """What ``parser.prefixes(text, start, len(text))`` yields, found by lark's LALR step
    itself (``PrefixParser._feed``) on the state and value stacks, token by token."""
    rejections = (quantities.RejectedError, prefix._StopError)
    states: list[int] = [parser._start_state]
    values: list[object] = []
    points = []
    pos = start
    while True:
        pos, token = parser._token(states[-1], text, pos, len(text))
        if token is None:
            break
        try:
            parser._feed(token, states, values)
        except quantities.UnclearError as unclear:
            return [(unclear.resume or prefix._after(token), None)]
        except rejections:
            break
        pos = prefix._after(token)
        if states[-1] in parser._accepting:
            points.append((pos, list(states), list(values)))
    found: list[tuple[int, object]] = []
    for offset, states, values in reversed(points):
        try:
            found.append((offset, parser._feed(Token("$END", ""), states, values)))
        except quantities.UnclearError as unclear:
            return [*found, (unclear.resume or offset, None)]
        except rejections:
            continue
    return found


def test_prefix_parser_learnt_moves_change_nothing_and_stay_bounded() -> None:
    """The moves the prefix parser learns per configuration (a state stack) and replays
    give the readings that lark's LALR step gives token by token, also when it forgets
    them at every new one; it never holds more configurations than its limit."""
    learnt = quantities._prefix_parser()
    forgetful = PrefixParser(
        quantities.parser(),
        rejections=(quantities.RejectedError,),
        unclear=(quantities.UnclearError,),
        limit=1,
    )
    first_root = forgetful._root
    for text in LEARNT_FORMS:
        for start in range(len(text)):
            expected = stepwise_prefixes(learnt, text, start)
            assert list(learnt.prefixes(text, start, len(text))) == expected, text[start:]
            assert list(forgetful.prefixes(text, start, len(text))) == expected, text[start:]
            assert len(forgetful._configs) <= 1
    assert forgetful._root is not first_root  # it did forget
    assert len(learnt._configs) <= 10_000
