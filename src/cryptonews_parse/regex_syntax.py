"""The parse tree of a regular expression, for the two speed-ups that read one.

``scan.prefilter`` lists the words a start terminal can begin with, and ``grammar/prefix``
the characters a terminal's match can begin with; both only skip work. Python has no public
regex parser: CPython's ``re._parser`` is private and may change or go. It is read here
only, and when it is missing or fails, :func:`parse` returns None and each caller takes
its safe answer (every place may start a quantity, every character may begin a terminal):
slower, with the same results, as ``tests/test_scan.py`` checks.
"""

from __future__ import annotations

from typing import Any

try:
    from re import _parser as _private_parser
except ImportError:  # pragma: no cover - a Python without it takes the fallback
    _private_parser = None

_parser: Any = _private_parser


def parse(regex: str) -> Any | None:
    """CPython's parse tree of ``regex`` (a ``SubPattern``), or None when unavailable."""
    if _parser is None:
        return None
    try:
        return _parser.parse(regex)
    except Exception:
        return None
