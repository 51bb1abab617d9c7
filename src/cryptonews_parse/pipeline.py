"""``parse()``: runs the stages in order and assembles the Document.

normalise (textnorm) -> scan + grammar + quantities -> entity linker -> event extractors.
Each stage works on the normalised text; items are moved to original-string offsets here,
once, when the Document is built, so that ``text[start:end] == item.text`` for the caller.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

import attrs

from cryptonews_parse import quantities, textnorm
from cryptonews_parse.entities import link
from cryptonews_parse.model import Document, EntityMention, Quantity

_Item = TypeVar("_Item", Quantity, EntityMention)


def parse(text: str) -> Document:
    """Find every quantity, entity mention and market event in ``text``.

    Args:
        text: an article or any other string; it is never rejected.

    Returns:
        The Document, each item spanned in ``text`` itself.

    Raises:
        TypeError: ``text`` is not a ``str``.

    >>> doc = parse("Bitcoin liquidations hit $1.36 billion in 24 hours.")
    >>> [(q.text, str(q.value), str(q.unit)) for q in doc.quantities]
    [('$1.36 billion', '1360000000', 'USD'), ('24 hours', '24', 'hour')]
    >>> [(e.text, e.id) for e in doc.entities]
    [('Bitcoin', 'asset:BTC')]
    """
    if not isinstance(text, str):
        raise TypeError(f"parse() takes a str, not {type(text).__name__}")
    norm = textnorm.normalise(text)
    found = quantities.find_quantities(norm.text)
    mentions = link(norm.text)
    return Document(
        text=text,
        quantities=_to_original(norm, found),
        entities=_to_original(norm, mentions),
    )


def _to_original(norm: textnorm.Normalised, items: Sequence[_Item]) -> tuple[_Item, ...]:
    """The items with the spans and the characters of the caller's original string."""
    moved = []
    for item in items:
        span = norm.span(item.span.start, item.span.end) if norm.edits else item.span
        text = norm.original[span.start : span.end]
        moved.append(
            item
            if (span, text) == (item.span, item.text)
            else attrs.evolve(item, span=span, text=text)
        )
    return tuple(moved)
