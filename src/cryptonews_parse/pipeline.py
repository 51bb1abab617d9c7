"""``parse()``: runs the stages in order and assembles the Document.

normalise (textnorm) -> analysis (sentences, once) -> scan + grammar + quantities -> entity
linker -> events (reading -> frames -> discourse).
Each stage works on the normalised text; items are moved to original-string offsets here,
once, when the Document is built, so that ``text[start:end] == item.text`` for the caller.
"""

from __future__ import annotations

from typing import TypeVar

import attrs

from cryptonews_parse import events, quantities, spin, textnorm
from cryptonews_parse.analysis import analyse
from cryptonews_parse.entities import Registry, link
from cryptonews_parse.model import Document, EntityMention, Event, Quantity, SpunWord

_Item = TypeVar("_Item", Quantity, EntityMention)


def parse(text: str, *, registry: Registry | None = None) -> Document:
    """Find every quantity, entity mention and market event in ``text``.

    Args:
        text: an article or any other string; it is never rejected.
        registry: the entity registry to link mentions against (default: the shipped
            :func:`default_registry`); build your own with ``Registry.from_toml``. The
            event frames read entity attributes (a fund's underlying asset, a pair's base)
            from the same registry.

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
    analysis = analyse(norm.text)
    found = spin.resolve_cardinals(
        norm, quantities.find_quantities(norm.text, analysis), analysis=analysis
    )
    mentions = link(norm.text, registry)
    stated = events.extract(norm.text, found, mentions, analysis=analysis, registry=registry)
    moved = _Mover(norm)
    return Document(
        text=text,
        quantities=moved.items(found),
        entities=moved.items(mentions),
        events=moved.events(stated),
        spun=norm.spun,
        spun_words=tuple(
            SpunWord(text=text[s.start : s.end], span=s, read_as=meant)
            for s, meant in norm.readings
        ),
    )


class _Mover:
    """Moves items from normalised-text offsets to the caller's string, once each.

    The texts are re-read from the original too: normalisation may have replaced characters
    one for one ("\u2212" by "-") or words by others (de-spinning) within the span.
    """

    def __init__(self, norm: textnorm.Normalised) -> None:
        self._norm = norm
        self._done: dict[int, Quantity | EntityMention] = {}
        self._unchanged = norm.text == norm.original
        """Nothing was replaced, so every item already reads as it was found."""

    def items(self, items: tuple[_Item, ...]) -> tuple[_Item, ...]:
        if self._unchanged:
            return items
        return tuple(map(self._move, items))  # type: ignore[arg-type]

    def events(self, events: tuple[Event, ...]) -> tuple[Event, ...]:
        if self._unchanged:
            return events
        return tuple(map(self.event, events))

    def _move(self, item: Quantity | EntityMention) -> Quantity | EntityMention:
        done = self._done.get(id(item))
        if done is None:
            norm = self._norm
            span = norm.span(item.span.start, item.span.end) if norm.edits else item.span
            text = norm.original[span.start : span.end]
            same = (span, text) == (item.span, item.text)
            done = item if same else attrs.evolve(item, span=span, text=text)
            self._done[id(item)] = done
        return done

    def event(self, event: Event) -> Event:
        norm = self._norm
        if not norm.edits and norm.original[event.span.start : event.span.end] == event.text:
            return event  # its items lie inside its sentence, so they are unchanged too
        changes: dict[str, object] = {}
        for name in _item_fields(type(event)):
            value = getattr(event, name)
            if isinstance(value, tuple):
                moved = tuple(self._move(v) for v in value)
                if any(a is not b for a, b in zip(moved, value, strict=True)):
                    changes[name] = moved
            elif value is not None:
                moved_item = self._move(value)
                if moved_item is not value:
                    changes[name] = moved_item
        span = norm.span(event.span.start, event.span.end) if norm.edits else event.span
        text = norm.original[span.start : span.end]
        if (span, text) != (event.span, event.text):
            changes["span"] = span
            changes["text"] = text
        return attrs.evolve(event, **changes) if changes else event  # type: ignore[arg-type]


_ITEM_FIELDS: dict[type[Event], tuple[str, ...]] = {}


def _item_fields(event_type: type[Event]) -> tuple[str, ...]:
    """The fields of an event class that hold quantities or entity mentions (alone or as a
    tuple): the ones whose spans must be moved to the original string."""
    names = _ITEM_FIELDS.get(event_type)
    if names is None:
        kinds = ("Quantity", "EntityMention")
        names = _ITEM_FIELDS[event_type] = tuple(
            field.name
            for field in attrs.fields(event_type)
            if any(kind in str(field.type) for kind in kinds)
        )
    return names
