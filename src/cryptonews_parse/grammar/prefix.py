"""Longest-prefix parsing: run lark's LALR tables over running text from a given offset.

Lark parses a whole string; running text needs the longest prefix of a window that is a
quantity ("$324M" of "$324M Liquidation Carnage"). Lark's interactive parser can find it,
but it makes a token object, a parser-state copy and two exceptions per candidate, which
made the quantity layer three times slower than it needs to be. This driver uses the same
compiled tables, lexer scanners and rule callbacks that lark built from ``quantity.lark``
and only replaces lark's parse loop (``ParserState.feed_token``, some 30 lines) with one
that stops quietly where the input stops being a quantity and remembers every point at
which the input so far was a whole one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from lark import Lark, Token
from lark.parsers.lalr_analysis import Shift
from lark.utils import TextSlice

_END = "$END"


class _StopError(Exception):
    """The next token cannot continue the quantity."""


class PrefixParser:
    """Finds the prefixes of a text that parse as a whole, with their values.

    Args:
        lark: a LALR ``Lark`` built with ``lexer="contextual"`` and an inline transformer,
            whose start rule is ``start``.
        rejections: exception types that a rule callback raises to refuse a reading.
    """

    def __init__(self, lark: Lark, rejections: tuple[type[Exception], ...] = ()) -> None:
        frontend: Any = lark.parser
        table = frontend.parser.parser.parse_table
        self._states: dict[Any, dict[str, tuple[Any, Any]]] = table.states
        self._start_state = table.start_states["start"]
        self._end_state = table.end_states["start"]
        self._callbacks: dict[Any, Callable[[Any], Any]] = frontend.parser.parser.callbacks
        self._scanners = {
            state: (lexer.scanner, lexer.ignore_types)
            for state, lexer in frontend.lexer.lexers.items()
        }
        self._rejections: tuple[type[Exception], ...] = (_StopError, *rejections)

    def prefixes(self, text: str, start: int, end: int) -> Iterator[tuple[int, Any]]:
        """The values of the prefixes of ``text[start:end]`` that parse, longest first.

        Each item is ``(offset after the prefix, value)``; token positions are offsets in
        ``text``. A prefix whose completion a callback refuses is skipped.
        """
        stops = self._accept_points(text, start, end)
        for offset, state_stack, value_stack in reversed(stops):
            try:
                value = self._feed(
                    Token(_END, "", offset, end_pos=offset), state_stack, value_stack
                )
            except self._rejections:
                continue
            yield offset, value

    def stop(self, text: str, start: int = 0) -> tuple[int, frozenset[str]]:
        """Where parsing ``text`` stops, and the terminal names that could have stood there."""
        state_stack = [self._start_state]
        value_stack: list[Any] = []
        offset = self._run(text, start, len(text), state_stack, value_stack, [])
        expected = frozenset(name for name in self._states[state_stack[-1]] if name.isupper())
        return offset, expected

    def _accept_points(
        self, text: str, start: int, end: int
    ) -> list[tuple[int, list[Any], list[Any]]]:
        points: list[tuple[int, list[Any], list[Any]]] = []
        self._run(text, start, end, [self._start_state], [], points)
        return points

    def _run(
        self,
        text: str,
        start: int,
        end: int,
        state_stack: list[Any],
        value_stack: list[Any],
        points: list[tuple[int, list[Any], list[Any]]],
    ) -> int:
        """Lex and feed tokens from ``start``; record each accept point; return where it
        stopped."""
        window = TextSlice(text, 0, end)
        pos = start
        while pos < end:
            scanner, ignored = self._scanners[state_stack[-1]]
            match = scanner.match(window, pos)
            if match is None:
                break
            value, kind = match
            if kind in ignored:
                pos += len(value)
                continue
            token = Token(kind, value, pos, end_pos=pos + len(value))
            try:
                self._feed(token, state_stack, value_stack)
            except self._rejections:
                break
            pos += len(value)
            if _END in self._states[state_stack[-1]]:
                points.append((pos, list(state_stack), list(value_stack)))
        return pos

    def _feed(self, token: Token, state_stack: list[Any], value_stack: list[Any]) -> Any:
        """Lark's LALR step: reduce as far as the token allows, then shift it."""
        states = self._states
        is_end = token.type == _END
        while True:
            actions = states[state_stack[-1]]
            if token.type not in actions:
                raise _StopError
            action, arg = actions[token.type]
            if action is Shift:
                state_stack.append(arg)
                value_stack.append(token)
                return None
            size = len(arg.expansion)
            children = value_stack[-size:] if size else []
            if size:
                del state_stack[-size:]
                del value_stack[-size:]
            value = self._callbacks[arg](children)
            _, new_state = states[state_stack[-1]][arg.origin.name]
            state_stack.append(new_state)
            value_stack.append(value)
            if is_end and new_state == self._end_state:
                return value_stack[-1]
