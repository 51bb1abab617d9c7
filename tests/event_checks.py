"""Helpers shared by the event tests: event dicts by type, figure values, invariants."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import TypeVar

import cryptonews_parse as cnp
from cryptonews_parse.model import EntityMention, Event, JSONValue, Quantity

Wanted = TypeVar("Wanted")
EventDict = dict[str, JSONValue]


def pair(
    wanted: Sequence[Wanted],
    events: Sequence[EventDict],
    matches: Callable[[Wanted, EventDict], bool],
) -> tuple[list[Wanted], list[EventDict]]:
    """Pair each wanted entry with the first unpaired event that matches it: the entries
    left without one, and the events left over."""
    free = list(events)
    missed = []
    for want in wanted:
        pick = next((e for e in free if matches(want, e)), None)
        if pick is None:
            missed.append(want)
        else:
            free.remove(pick)
    return missed, free


def event_dicts(text: str, *types: str) -> list[dict[str, JSONValue]]:
    """``to_dict()`` of the events of ``types`` that ``parse(text)`` finds."""
    return [e.to_dict() for e in cnp.parse(text).events if str(e.type) in types]


def figure_value(figure: JSONValue) -> JSONValue:
    """A figure dict as its value, or ``"low..high"`` for a range; other values as they are."""
    if not isinstance(figure, dict):
        return figure
    if figure["value"] is not None:
        return figure["value"]
    return f"{figure['low']}..{figure['high']}"


def fields(event: dict[str, JSONValue], *keys: str) -> tuple[JSONValue, ...]:
    """The values of ``keys`` in an event dict, figures as their values."""
    return tuple(figure_value(event[key]) for key in keys)


def check_events(text: str, events: tuple[Event, ...]) -> None:
    """The invariants of every event: its text is its span of ``text``, its amount lies
    inside it and is one of its quantities, every item is spanned in ``text`` (a fact
    restated in another sentence brings that sentence's figures), its dict is JSON."""
    for event in events:
        span = event.span
        assert text[span.start : span.end] == event.text
        items: list[Quantity | EntityMention] = [*event.quantities, *event.entities]
        for item in items:
            assert text[item.span.start : item.span.end] == item.text
        if event.amount is not None:
            assert event.amount in event.quantities
            assert span.contains(event.amount.span)
        data = event.to_dict()
        assert json.loads(json.dumps(data)) == data
