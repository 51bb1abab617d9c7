"""The role frame of a stated figure, and the event fields it gives.

In: nothing of its own; ``frames.py`` fills a :class:`Frame` per figure with the
:class:`Context` the discourse passes it. Out: the fields every event class takes
(:func:`fields`) and the figures of a metric event by role (:func:`metric_figures`). Why
a module of its own: the type modules build their events from these records and nothing
else, so they never import the cascade that fills them.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import NamedTuple, TypedDict

import attrs

from cryptonews_parse.entities import Registry
from cryptonews_parse.events.reading import Reading
from cryptonews_parse.model import (
    Direction,
    EntityMention,
    EventType,
    Kind,
    Quantity,
    Side,
    Span,
    TimeUnit,
)

_ISO_UNITS = {
    TimeUnit.SECOND: ("T", "S"),
    TimeUnit.MINUTE: ("T", "M"),
    TimeUnit.HOUR: ("T", "H"),
    TimeUnit.DAY: ("", "D"),
    TimeUnit.WEEK: ("", "W"),
    TimeUnit.MONTH: ("", "M"),
    TimeUnit.YEAR: ("", "Y"),
}


class Context(NamedTuple):
    """What the discourse knows when a sentence is read (see ``discourse.py``)."""

    figures: Mapping[EventType, frozenset[Kind]]
    """The figure kinds each event type takes (declared by the type modules)."""
    registry: Registry
    topic: EventType | None = None
    topic_direction: str | None = None
    domain: str | None = None
    hack_topic: bool = False
    doc_asset: str | None = None
    doc_venue: EntityMention | None = None
    subject: tuple[EntityMention, ...] = ()
    window: str | None = None
    """The window of the sentence before, kept by a sentence that states none."""
    topic_asset: str | None = None
    """The asset of the last event that set the topic (the whole a part "of it" is of)."""
    last_price: tuple[str, Decimal] | None = None
    """The asset and the dollar value of the last price the sentence before stated (None
    when it stated no such price, or a later sentence named an asset): a price of that
    scale in a sentence that names no asset goes on with it ("BTC/USD is consolidating
    between $8,420 and $8,910. A daily close above $9,000 ...")."""
    last_venue: EntityMention | None = None
    """The venue named last before the sentence: "the same exchange" ("was quoted at $572
    on the same exchange") is that one."""
    prices: tuple[tuple[str, Decimal, Decimal], ...] = ()
    """The lowest and the highest dollar price stated of each asset so far (at most
    ``PRICES_KEPT`` assets, the one quoted latest last): a price that the discourse would
    give to an asset quoted at another scale ("$93,500" to ether at $3,412) is not that
    asset's."""


@attrs.define
class Frame:
    """The roles of one stated figure; ``discourse.py`` turns frames into events."""

    reading: Reading = attrs.field(repr=False)
    index: int
    quantity: Quantity | None
    """The stated figure; None for a state stated in words ("flipped negative")."""
    type: EventType
    direction: str | None = None
    side: Side | None = None
    scope: str | None = None
    asset: str | None = None
    venue: str | None = None
    fund: str | None = None
    window: str | None = None
    level: str | None = None
    change: Quantity | None = None
    share: Quantity | None = None
    from_: Quantity | None = None
    to: Quantity | None = None
    to_label: str | None = None
    from_label: str | None = None
    state: str | None = None
    dated: bool = False
    restated: list[Quantity] = attrs.Factory(list)
    mentions: list[EntityMention] = attrs.Factory(list)
    headline: bool = False

    @property
    def figure(self) -> Quantity:
        """The stated figure of a frame built from one (every frame but a state's)."""
        if self.quantity is None:
            raise ValueError("a state frame has no figure")
        return self.quantity

    @property
    def stated(self) -> tuple[Quantity, ...]:
        """The figure and its restatements in other units: the fact itself."""
        head = () if self.quantity is None else (self.quantity,)
        return (*head, *self.restated)

    @property
    def quantities(self) -> tuple[Quantity, ...]:
        """Every figure the frame was built from, the headline figure first."""
        q = self.quantity
        extra = [
            x
            for x in (self.change, self.share, self.from_, self.to)
            if x is not None and x is not q
        ]
        if q is None:
            return (*self.restated, *extra)
        return (q, *self.restated, *extra)


class EventFields(TypedDict):
    """The fields every event class has, filled from a frame by :func:`fields`."""

    text: str
    span: Span
    amount: Quantity | None
    side: Side | None
    asset: str | None
    venue: str | None
    fund: str | None
    direction: Direction | None
    window: str | None
    scope: str | None
    quantities: tuple[Quantity, ...]
    entities: tuple[EntityMention, ...]


def fields(text: str, frame: Frame) -> EventFields:
    """The common event fields of a frame; ``text`` is the normalised text."""
    sentence = frame.reading.sentence
    direction = frame.direction
    # a dict display: calling the TypedDict class is a call with keywords, twice the cost
    return {
        "text": text[sentence.start : sentence.end],
        "span": Span(sentence.start, sentence.end),
        "amount": frame.quantity,
        "side": frame.side,
        "asset": frame.asset,
        "venue": frame.venue,
        "fund": frame.fund,
        "direction": None if direction is None else _direction(direction),
        "window": frame.window,
        "scope": frame.scope,
        "quantities": frame.quantities,
        "entities": tuple(frame.mentions),
    }


_DIRECTIONS = {d.value: d for d in Direction}


def _direction(value: str) -> Direction:
    """``Direction(value)`` by a dict lookup: calling the enum runs a dozen Python steps of
    ``EnumType.__call__``, for every event."""
    return _DIRECTIONS.get(value) or Direction(value)


class MetricFigures(TypedDict):
    """The figures of a metric event by role."""

    from_: Quantity | None
    to: Quantity | None
    change: Quantity | None
    reading: Quantity | None


def metric_figures(frame: Frame) -> MetricFigures:
    """``from_``, ``to``, ``change`` and ``reading`` of a metric event: the figures of
    its clause by role ("dropped from $34.8B to $34.2B, a $600M decline")."""
    q = frame.quantity
    reading = None if q is frame.to or q is frame.change else q
    return {"from_": frame.from_, "to": frame.to, "change": frame.change, "reading": reading}


def state_of(frame: Frame) -> str | None:
    """A metric's sign stated in words ("negative"), for events without a figure."""
    return frame.state


def iso_duration(quantity: Quantity) -> str | None:
    """A duration quantity as ISO 8601 ("24 hours" -> "PT24H"); None for a range.

    >>> from cryptonews_parse import parse_quantity
    >>> iso_duration(parse_quantity("24 hours")), iso_duration(parse_quantity("7 days"))
    ('PT24H', 'P7D')
    """
    if quantity.kind is not Kind.DURATION or quantity.value is None or quantity.unit is None:
        return None
    time_part, designator = _ISO_UNITS[TimeUnit(quantity.unit)]
    return f"P{time_part}{quantity.value}{designator}"
