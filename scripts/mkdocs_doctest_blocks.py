"""A griffe extension for the docs site: doctest examples in docstrings render as code.

The docstrings keep plain doctest examples (pytest runs them); Markdown would read their
``>>>`` as nested quotes and their ``[...]`` as links. mkdocs.yml loads this file, which
fences each example (from a ``>>>`` line to the next blank line) as ``pycon`` code before
mkdocstrings renders the docstring.
"""

from __future__ import annotations

from typing import Any

import griffe

FENCE = "```"


def fence_examples(text: str) -> str:
    r"""``text`` with every doctest example not already in a fence wrapped in one.

    >>> fence_examples("Sum:\n\n>>> 1 + 1\n2\n\nDone.").splitlines()
    ['Sum:', '', '```pycon', '>>> 1 + 1', '2', '```', '', 'Done.']
    >>> fence_examples("```python\n>>> 1\n1\n```").count("pycon")
    0
    """
    out: list[str] = []
    fenced = example = False
    for line in text.split("\n"):
        stripped = line.strip()
        if example and not stripped:
            out.append(FENCE)
            example = False
        elif stripped.startswith(FENCE) and not example:
            fenced = not fenced
        elif stripped.startswith(">>>") and not (fenced or example):
            out.append(f"{FENCE}pycon")
            example = True
        out.append(line)
    if example:
        out.append(FENCE)
    return "\n".join(out)


class DoctestBlocks(griffe.Extension):
    """Fences the doctest examples of every docstring griffe loads."""

    def on_instance(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        if obj.docstring is not None:
            obj.docstring.value = fence_examples(obj.docstring.value)
