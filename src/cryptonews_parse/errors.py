"""The exception tree. ``parse()`` raises none of these; strict functions and loaders do.

::

    CryptonewsParseError
    ├── QuantityError (also ValueError)   parse_quantity() input is not exactly one quantity
    └── RegistryError (also ValueError)   a data file is malformed: file, key, reason

Each error also subclasses the builtin a caller would catch anyway, and pickles with its
fields, because results and errors cross process boundaries in Spark and Dask.
"""

from __future__ import annotations


class CryptonewsParseError(Exception):
    """Base class of every exception this package raises on purpose."""


class QuantityError(CryptonewsParseError, ValueError):
    """The input of a strict quantity function is not exactly one quantity.

    Attributes:
        text: the string that was given.
        pos: 0-based offset of the first character that could not be read.
        expected: readable phrases for what could have stood there.
        reason: why a string that parses is still not a quantity ("a range's first end must
            be below its second"), or "" for a syntax error.
    """

    def __init__(
        self, text: str, pos: int, expected: tuple[str, ...] = (), reason: str = ""
    ) -> None:
        self.text = text
        self.pos = pos
        self.expected = expected
        self.reason = reason
        super().__init__(self._message())

    def _message(self) -> str:
        caret = f"\n  {self.text}\n  {' ' * self.pos}^"
        if self.reason:
            return f"not a quantity at column {self.pos + 1} of {self.text!r}: {self.reason}{caret}"
        if self.pos >= len(self.text):
            what = "unexpected end"
        else:
            what = f"unexpected {self.text[self.pos]!r}"
        wanted = ", ".join(self.expected[:-1])
        if len(self.expected) > 1:
            wanted = f"{wanted} or {self.expected[-1]}"
        elif self.expected:
            wanted = self.expected[0]
        expectation = f"; expected {wanted}" if wanted else ""
        return f"{what} at column {self.pos + 1} of {self.text!r}{expectation}{caret}"

    def __reduce__(self) -> tuple[type[QuantityError], tuple[str, int, tuple[str, ...], str]]:
        return (type(self), (self.text, self.pos, self.expected, self.reason))


class RegistryError(CryptonewsParseError, ValueError):
    """A shipped or user-supplied data file is malformed.

    Attributes:
        file: the data file's name.
        key: the table or entry that is wrong.
        reason: what is wrong with it.
    """

    def __init__(self, file: str, key: str, reason: str) -> None:
        self.file = file
        self.key = key
        self.reason = reason
        super().__init__(f"{file}: [{key}] {reason}")

    def __reduce__(self) -> tuple[type[RegistryError], tuple[str, str, str]]:
        return (type(self), (self.file, self.key, self.reason))
