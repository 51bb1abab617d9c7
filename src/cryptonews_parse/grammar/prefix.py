"""Longest-prefix parsing: run lark's LALR tables over running text from a given offset.

Lark parses a whole string; running text needs the longest prefix of a window that is a
quantity ("$324M" of "$324M Liquidation Carnage"). Lark's interactive parser can find it,
but it makes a token object, a parser-state copy and two exceptions per candidate, which
made the quantity layer three times slower than it needs to be. This driver uses the same
compiled tables, lexer scanners and rule callbacks that lark built from ``quantity.lark``
and only replaces lark's parse loop (``ParserState.feed_token``, some 30 lines) with one
that stops quietly where the input stops being a quantity and remembers every point at
which the input so far was a whole one.

Five shortcuts keep a candidate cheap, none changing what is matched or built. The table
is flattened once into plain tuples, so a step hashes no lark ``Rule`` and compares no
``Token``. What a token does depends on its type and the parser's state stack alone, not on
its text, so the driver learns, per state stack and token type, the reductions before the
shift and the state stack after it (:class:`_Config`): a step is then one dict lookup and
the rule callbacks, where the table walk took several lookups and stack edits per
reduction. Rule callbacks are called without lark's position-propagating wrapper, which
only annotates ``Tree`` nodes that no rule reads. An inlined rule of one symbol
(``?body: side``, ``?start: quantity``) calls nothing: lark's wrapper would return its one
child, which stays on the value stack as it is. And each lexer state's scanner is split
by the next character: a terminal that cannot begin with that character is left out of the
regex, so a space is not tried against hundreds of currency names and tickers first.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator
from typing import Any

from lark import Lark, Token
from lark.lexer import Scanner
from lark.parse_tree_builder import ExpandSingleChild, PropagatePositions
from lark.parsers.lalr_analysis import Shift

from cryptonews_parse import regex_syntax

_END = "$END"
_BLANKS = " \t"
_BLANK_RUN = frozenset({"[ \t]+", r"[ \t]+"})  # with the tab as itself or escaped
_ASCII = [chr(c) for c in range(128)]
_ASCII_SET = frozenset(_ASCII)

_new_token: Callable[..., Token] = Token._future_new  # lark's constructor minus its kwargs shim


class _StopError(Exception):
    """The next token cannot continue the quantity."""


_Reduction = tuple[int, Callable[[list[Any]], Any]]
"""A rule reduction as the value stack sees it: the rule's length and its callback."""


class _Config:
    """One configuration of the LALR parser: the whole state stack after a sequence of
    token types, and what each next token type does to it, learnt as the text asks.

    An LALR step depends on the state stack alone, never on the token values, so the
    reductions (and the state stack after them) that a token type causes in a configuration
    are the same every time. :meth:`PrefixParser.prefixes` looks them up here and only
    runs the rule callbacks on the values; the table walk that finds them runs once per
    configuration and token type, on new text as well as on repeated text. (Threads that
    learn the same configuration at once build equal ones, so either may be kept.)
    """

    __slots__ = ("accepting", "end", "moves", "scanner", "states")

    def __init__(self, states: tuple[int, ...], scanner: _DispatchScanner, accepting: bool) -> None:
        self.states = states
        self.scanner = scanner
        """The lexer state's scanner (the contextual lexer keys it by the top state)."""
        self.accepting = accepting
        """Whether the input so far is a whole quantity."""
        self.moves: dict[str, tuple[_Config | None, tuple[_Reduction, ...]]] = {}
        """By token type: the configuration after shifting it (None: it cannot be shifted
        here, once the reductions are done) and the reductions before the shift."""
        self.end: tuple[bool, tuple[_Reduction, ...]] | None = None
        """At the end of the input: whether it is accepted, and the reductions."""


class PrefixParser:
    """Finds the prefixes of a text that parse as a whole, with their values.

    Args:
        lark: a LALR ``Lark`` built with ``lexer="contextual"`` and an inline transformer,
            whose start rule is ``start``.
        rejections: exception types that a rule callback raises to refuse a reading.
        unclear: exception types (among ``rejections``) that refuse every prefix from the
            same start: a part of an unclear figure is not a reading of it.
        limit: the most configurations (see :class:`_Config`) kept at once; when a new one
            would pass it, all are forgotten and learnt again. No rule of the grammar
            holds itself other than as a list, so there are finitely many of them (3,633
            for ``quantity.lark``, of which the test passages and the dev set meet about
            160): the limit only matters if that ever changes.
    """

    def __init__(
        self,
        lark: Lark,
        rejections: tuple[type[Exception], ...] = (),
        unclear: tuple[type[Exception], ...] = (),
        limit: int = 10_000,
    ) -> None:
        frontend: Any = lark.parser
        table = frontend.parser.parser.parse_table
        self._states: dict[Any, dict[str, tuple[Any, Any]]] = table.states
        self._start_state = table.start_states["start"]
        self._end_state = table.end_states["start"]
        # The table again, flattened: per state and symbol, either (state to shift to, 0,
        # None, "") or (None, rule length, callback, rule name), the callback None for an
        # inlined rule of one symbol. Rule names become plain str (lark's are Tokens, whose
        # __eq__ would run on each lookup).
        self._actions: dict[int, dict[str, _Action]] = {
            state: {symbol: _action(entry, frontend) for symbol, entry in actions.items()}
            for state, actions in table.states.items()
        }
        # The states in which the input so far is a whole quantity.
        self._accepting = frozenset(s for s, actions in self._actions.items() if _END in actions)
        shared: dict[tuple[str, ...], list[re.Pattern[str]]] = {}
        self._scanners = {
            state: _DispatchScanner(lexer.scanner, lexer.ignore_types, shared)
            for state, lexer in frontend.lexer.lexers.items()
        }
        self._rejections: tuple[type[Exception], ...] = (_StopError, *rejections)
        self._unclear = unclear
        self._limit = limit
        self._configs: dict[tuple[int, ...], _Config] = {}
        self._root = self._make((self._start_state,))

    def prefixes(self, text: str, start: int, end: int) -> Iterator[tuple[int, Any]]:
        """The values of the prefixes of ``text[start:end]`` that parse, longest first.

        Each item is ``(offset after the prefix, value)``; token positions are offsets in
        ``text``. A prefix whose completion a callback refuses is skipped. When a callback
        finds the text unclear, the last item is ``(offset, None)``: where that was found,
        or the exception's ``resume`` offset when it has one.
        """
        # Lex and feed tokens from ``start``, keeping the values at each accept point. The
        # lexing is inlined (this is the innermost loop of the quantity stage).
        points: list[tuple[int, _Config, list[Any]]] = []
        config = self._root
        values: list[Any] = []
        pos = start
        while pos < end:
            scanner = config.scanner
            char = text[pos]
            if char in scanner.blanks:  # skipped here, as most tokens follow a blank
                pos += 1
                while pos < end and text[pos] in _BLANKS:
                    pos += 1
                if pos == end:
                    break
                char = text[pos]  # not a blank: the loop above took them all
            mres = scanner.by_char.get(char)
            if mres is None:
                mres = scanner.regexes(char)
            for mre in mres:
                match = mre.match(text, pos, end)
                if match is not None:
                    break
            else:
                break
            kind: Any = match.lastgroup  # a terminal's name: every group is one
            after = match.end()
            if kind in scanner.ignored:
                pos = after
                continue
            move = config.moves.get(kind)
            if move is None:
                move = self._move(config, kind)
            target, reductions = move
            if reductions:
                try:
                    _replay(reductions, values)
                except self._unclear as unclear:
                    yield getattr(unclear, "resume", None) or after, None
                    return
                except self._rejections:
                    break
            if target is None:
                break
            values.append(_new_token(kind, match.group(), pos, None, None, None, None, after))
            config = target
            pos = after
            if config.accepting:
                points.append((pos, config, values.copy()))
        for offset, config, stack in reversed(points):
            accepted, reductions = config.end or self._end_move(config)
            try:
                _replay(reductions, stack)
            except self._unclear as unclear:
                yield getattr(unclear, "resume", None) or offset, None
                return
            except self._rejections:
                continue
            if accepted:
                yield offset, stack[-1]

    def stop(self, text: str, start: int = 0) -> tuple[int, frozenset[str]]:
        """Where parsing ``text`` stops, and the terminal names that could have stood there.

        This is the error path of a strict read, so it runs lark's step as it is
        (:meth:`_feed`), whose state stack shows what was expected where it failed.
        """
        state_stack = [self._start_state]
        value_stack: list[Any] = []
        pos = start
        while True:
            pos, token = self._token(state_stack[-1], text, pos, len(text))
            if token is None:
                break
            try:
                self._feed(token, state_stack, value_stack)
            except self._unclear as unclear:
                pos = getattr(unclear, "resume", None) or _after(token)
                break
            except self._rejections:
                break
            pos = _after(token)
        expected = frozenset(name for name in self._states[state_stack[-1]] if name.isupper())
        return pos, expected

    def _token(self, state: int, text: str, pos: int, end: int) -> tuple[int, Token | None]:
        """The next token from ``pos`` in the lexer state of ``state``, past blanks and
        ignored text, and where it starts; None when no terminal matches (or at ``end``).
        (:meth:`prefixes` inlines the same steps.)"""
        scanner = self._scanners[state]
        while pos < end:
            char = text[pos]
            if char in scanner.blanks:
                pos += 1
                while pos < end and text[pos] in _BLANKS:
                    pos += 1
                continue
            for mre in scanner.by_char.get(char) or scanner.regexes(char):
                match = mre.match(text, pos, end)
                if match is not None:
                    break
            else:
                return pos, None
            kind: Any = match.lastgroup
            if kind in scanner.ignored:
                pos = match.end()
                continue
            return pos, _new_token(kind, match.group(), pos, None, None, None, None, match.end())
        return pos, None

    def _config(self, states: tuple[int, ...]) -> _Config:
        """The one configuration of a state stack that a move leads to, made when first
        met (the root, where every parse starts, is no move's target and is not counted)."""
        config = self._configs.get(states)
        if config is None:
            if len(self._configs) >= self._limit:
                # Forget them all (a parse under way keeps the ones it holds), and start
                # the next parse from a new root, so that nothing keeps the old ones.
                self._configs = {}
                self._root = self._make((self._start_state,))
            config = self._configs[states] = self._make(states)
        return config

    def _make(self, states: tuple[int, ...]) -> _Config:
        """A new configuration for ``states``."""
        top = states[-1]
        return _Config(states, self._scanners[top], top in self._accepting)

    def _move(self, config: _Config, kind: str) -> tuple[_Config | None, tuple[_Reduction, ...]]:
        """What a token of type ``kind`` does in ``config``, found in the table and kept."""
        states, reductions = self._walk(config.states, kind)
        target = None if states is None else self._config(states)
        move = config.moves[kind] = (target, reductions)
        return move

    def _end_move(self, config: _Config) -> tuple[bool, tuple[_Reduction, ...]]:
        """What the end of the input does in ``config``, found in the table and kept."""
        states, reductions = self._walk(config.states, _END)
        end = config.end = (states is not None, reductions)
        return end

    def _walk(
        self, states: tuple[int, ...], kind: str
    ) -> tuple[tuple[int, ...] | None, tuple[_Reduction, ...]]:
        """:meth:`_feed` on the state stack alone: the state stack after a token of type
        ``kind`` is shifted (or, at the end, accepted), None when it is refused (at once or
        after some reductions), and the reductions before that, whose callbacks are not
        called."""
        actions = self._actions
        end_state = self._end_state if kind == _END else None
        stack = list(states)
        reductions: list[_Reduction] = []
        while True:
            action = actions[stack[-1]].get(kind)
            if action is None:
                return None, tuple(reductions)
            target, size, callback, origin = action
            if target is not None:
                stack.append(target)
                return tuple(stack), tuple(reductions)
            if callback is not None:  # an inlined rule of one symbol leaves its child be
                reductions.append((size, callback))
            if size:
                del stack[-size:]
            state = actions[stack[-1]][origin][0]
            assert state is not None  # a goto: the table shifts every rule it reduces
            stack.append(state)
            if state == end_state:
                return tuple(stack), tuple(reductions)

    def _feed(self, token: Token, state_stack: list[Any], value_stack: list[Any]) -> Any:
        """Lark's LALR step: reduce as far as the token allows, then shift it."""
        actions = self._actions
        kind = token.type
        end_state = self._end_state if kind == _END else None
        state = state_stack[-1]
        while True:
            try:
                target, size, callback, origin = actions[state][kind]
            except KeyError:
                raise _StopError from None
            if target is not None:
                state_stack.append(target)
                value_stack.append(token)
                return None
            if callback is None:  # an inlined rule of one symbol: its value is its child's
                del state_stack[-1]
                value = value_stack.pop()
            elif size:
                children = value_stack[-size:]
                del state_stack[-size:]
                del value_stack[-size:]
                value = callback(children)
            else:
                value = callback([])
            state = actions[state_stack[-1]][origin][0]
            state_stack.append(state)
            value_stack.append(value)
            if state == end_state:
                return value


_Action = tuple[int | None, int, Callable[[Any], Any] | None, str]


def _replay(reductions: tuple[_Reduction, ...], values: list[Any]) -> None:
    """Run the callbacks of ``reductions`` on the value stack, as :meth:`PrefixParser._feed`
    would while it reduces."""
    for size, callback in reductions:
        if size:
            children = values[-size:]
            del values[-size:]
            values.append(callback(children))
        else:
            values.append(callback([]))


def _after(token: Token) -> int:
    end = token.end_pos
    assert end is not None
    return end


def _action(entry: tuple[Any, Any], frontend: Any) -> _Action:
    """One entry of lark's table as an ``_Action`` (see ``PrefixParser.__init__``)."""
    kind, arg = entry
    if kind is Shift:
        return arg, 0, None, ""
    callback: Callable[[Any], Any] | None = _unwrap(frontend.parser.parser.callbacks[arg])
    if len(arg.expansion) == 1 and isinstance(callback, ExpandSingleChild):
        callback = None  # "?body: side", "?start: quantity": the one child is the value
    return None, len(arg.expansion), callback, str(arg.origin.name)


def _unwrap(callback: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """The rule callback without ``PropagatePositions``, whose only effect is ``Tree.meta``."""
    while isinstance(callback, PropagatePositions):
        callback = callback.node_builder
    return callback


class _DispatchScanner:
    """A lexer state's scanner, narrowed to the terminals that can begin with the next
    character (ASCII only; any other character gets the whole scanner).

    Terminals keep their order, so the first alternative that matches is the one lark's
    own scanner would have returned.
    """

    def __init__(
        self,
        scanner: Scanner,
        ignored: frozenset[str] | set[str],
        shared: dict[tuple[str, ...], list[re.Pattern[str]]],
    ) -> None:
        self._scanner = scanner
        self.ignored = ignored
        self._shared = shared  # narrowed regexes by terminal names, across lexer states
        self.by_char: dict[str, list[re.Pattern[str]]] = {}
        """The regexes to try for a next character, in order, once :meth:`regexes` has
        made them (the parse loop reads this first)."""
        self.blanks = frozenset(
            char
            for char in _BLANKS
            if all(
                t.name in ignored and t.pattern.to_regexp() in _BLANK_RUN
                for t in scanner.terminals
                if char in first_chars(t.pattern.to_regexp())
            )
        )
        """The characters that only an ignored run of blanks (``%ignore /[ \\t]+/``) can
        begin: the parse loop skips that run without a regex, as between most tokens."""

    def regexes(self, char: str) -> list[re.Pattern[str]]:
        """The regexes to try, in order, when the token begins with ``char``: the first
        match is the token, its ``lastgroup`` the terminal's name."""
        return self._narrowed(char) if char in _ASCII_SET else self._scanner._mres

    def _narrowed(self, char: str) -> list[re.Pattern[str]]:
        """The regexes for an ASCII ``char``, compiled on first use and shared by states."""
        scanner = self._scanner
        terminals = [t for t in scanner.terminals if char in first_chars(t.pattern.to_regexp())]
        key = tuple(t.name for t in terminals)
        mres = self._shared.get(key)
        if mres is None:
            narrowed: Any = Scanner  # lark leaves its constructor unannotated
            mres = narrowed(terminals, scanner.g_regex_flags, scanner.re_, scanner.use_bytes)._mres
            self._shared[key] = mres
        self.by_char[char] = mres
        return mres


_CATEGORIES = {
    "CATEGORY_DIGIT": r"\d",
    "CATEGORY_NOT_DIGIT": r"\D",
    "CATEGORY_SPACE": r"\s",
    "CATEGORY_NOT_SPACE": r"\S",
    "CATEGORY_WORD": r"\w",
    "CATEGORY_NOT_WORD": r"\W",
}


@functools.cache
def first_chars(regex: str) -> frozenset[str]:
    """The ASCII characters a match of ``regex`` can begin with (a superset; all of ASCII
    when the regex can match the empty string or uses a form this does not read, or
    :mod:`~cryptonews_parse.regex_syntax` cannot read it)."""
    parsed = regex_syntax.parse(regex)
    if parsed is None:
        return _ASCII_SET
    try:
        chars, nullable = _first(list(parsed), parsed.state.flags)
    except (TypeError, ValueError, AttributeError):
        return _ASCII_SET
    return _ASCII_SET if nullable or chars is None else chars


def _first(items: list[tuple[Any, Any]], flags: int) -> tuple[frozenset[str] | None, bool]:
    """First characters of a parsed sequence, and whether it can match empty (None: any)."""
    found: set[str] = set()
    for op, arg in items:
        name = str(op)
        if name in {"AT", "ASSERT", "ASSERT_NOT"}:
            continue  # zero-width: skipping it can only widen the set
        if name in {"LITERAL", "NOT_LITERAL", "IN", "ANY"}:
            one = _one_char(name, arg, flags)
            if one is None:
                return None, False
            return frozenset(found | one), False
        if name == "SUBPATTERN":
            _group, add, remove, inner = arg
            chars, nullable = _first(list(inner), (flags | add) & ~remove)
        elif name == "ATOMIC_GROUP":
            chars, nullable = _first(list(arg), flags)
        elif name == "BRANCH":
            results = [_first(list(branch), flags) for branch in arg[1]]
            if any(chars is None for chars, _ in results):
                return None, False
            chars = frozenset().union(*(chars for chars, _ in results if chars is not None))
            nullable = any(n for _, n in results)
        elif name in {"MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"}:
            low, _high, inner = arg
            chars, nullable = _first(list(inner), flags)
            nullable = nullable or low == 0
        else:
            return None, False
        if chars is None:
            return None, False
        found |= chars
        if not nullable:
            return frozenset(found), False
    return frozenset(found), True


def _one_char(name: str, arg: Any, flags: int) -> frozenset[str] | None:
    """The ASCII characters one character item matches, by asking ``re`` itself."""
    if name == "ANY":
        return _ASCII_SET
    if name in {"LITERAL", "NOT_LITERAL"}:
        members = [("LITERAL", arg)]
        negate = name == "NOT_LITERAL"
    else:
        members = [(str(op), value) for op, value in arg]
        negate = bool(members) and members[0][0] == "NEGATE"
        members = members[1:] if negate else members
    parts: list[str] = []
    for op, value in members:
        if op == "LITERAL":
            parts.append(re.escape(chr(value)))
        elif op == "RANGE":
            parts.append(f"{re.escape(chr(value[0]))}-{re.escape(chr(value[1]))}")
        elif op == "CATEGORY" and str(value) in _CATEGORIES:
            parts.append(_CATEGORIES[str(value)])
        else:
            return None
    pattern = re.compile("[" + ("^" if negate else "") + "".join(parts) + "]", flags)
    return frozenset(c for c in _ASCII if pattern.fullmatch(c))
