"""The public value types: spans, quantities, entity mentions, events and the Document.

Every stage of the pipeline produces or consumes these classes, so this module imports no
stage (and nothing else from the package): import cycles cannot form, and a reader finds the
whole output contract in one file. All classes are frozen and slotted attrs classes; closed
vocabularies are ``enum.StrEnum`` so that JSON gets plain strings.
"""

from __future__ import annotations

import enum
import functools
import json
import re
import types
import typing
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar, Literal, TypeAlias, TypeVar

import attrs

JSONValue: TypeAlias = bool | int | str | list["JSONValue"] | dict[str, "JSONValue"] | None
"""What ``to_dict()`` returns: JSON without floats (amounts are decimal strings)."""

RowValue: TypeAlias = str | int | bool | Decimal | None
"""One cell of a flat row (:meth:`Document.rows`): amounts stay exact ``Decimal``s."""

Layer: TypeAlias = Literal["events", "quantities", "entities"]
"""The item lists of a Document that :meth:`Document.rows` flattens."""


def decimal_text(value: Decimal) -> str:
    """Render a Decimal exactly, without exponent or trailing zeros.

    >>> decimal_text(Decimal("1.36E+9"))
    '1360000000'
    >>> decimal_text(Decimal("17.50"))
    '17.5'
    """
    text = format(value.normalize(), "f")
    return "0" if text == "-0" else text


def canonical_decimal(value: Decimal | None) -> Decimal | None:
    """The same number without exponent noise: ``Decimal("1.36E+9")`` -> ``1360000000``.

    >>> canonical_decimal(Decimal("1.36E+9")), canonical_decimal(Decimal("0.40"))
    (Decimal('1360000000'), Decimal('0.4'))
    """
    if value is None:
        return None
    value = value.normalize()
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value


def _decimal_or_none(value: Decimal | None) -> str | None:
    return None if value is None else decimal_text(value)


class Kind(enum.StrEnum):
    """What a quantity measures."""

    MONEY = "money"
    CRYPTO = "crypto"
    PERCENT = "percent"
    BASIS_POINTS = "basis_points"
    RATIO = "ratio"
    MULTIPLIER = "multiplier"
    COUNT = "count"
    DURATION = "duration"


class Bound(enum.StrEnum):
    """Which side of the stated figure the true value lies on ("over $5m" is lower)."""

    LOWER = "lower"
    UPPER = "upper"


class TimeUnit(enum.StrEnum):
    """Units of a duration, and of the ``per`` denominator of a rate."""

    SECOND = "second"
    MINUTE = "minute"
    HOUR = "hour"
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"


_FIXED_UNITS: dict[Kind, frozenset[str | None]] = {
    Kind.PERCENT: frozenset({"%"}),
    Kind.BASIS_POINTS: frozenset({"bp"}),
    Kind.MULTIPLIER: frozenset({"x"}),
    Kind.RATIO: frozenset({None}),
    Kind.COUNT: frozenset({None}),
    Kind.DURATION: frozenset(TimeUnit),
}
_CODE = re.compile(r"[A-Z0-9][A-Z0-9.]{0,11}\Z")


@attrs.frozen
class Span:
    """Half-open character offsets ``[start, end)`` into the caller's original string."""

    start: int
    end: int

    def __attrs_post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"a span needs 0 <= start <= end, got {self.start}..{self.end}")

    def __len__(self) -> int:
        return self.end - self.start

    def contains(self, other: Span) -> bool:
        """True when ``other`` lies inside this span."""
        return self.start <= other.start and other.end <= self.end


@attrs.frozen(kw_only=True)
class Quantity:
    """One financial quantity as written: a single value, or a range with ``low``/``high``.

    ``text`` is the quantity itself; qualifiers such as "over" or "about" are recorded in
    ``bound`` and ``approx`` and are not part of it. ``per`` is the denominator of a rate:
    a time unit ("hour", or an ISO 8601 duration such as "PT8H" for "per 8 hours") or a
    counted thing ("ounce").
    """

    text: str
    span: Span
    kind: Kind
    value: Decimal | None = attrs.field(converter=canonical_decimal)
    low: Decimal | None = attrs.field(default=None, converter=canonical_decimal)
    high: Decimal | None = attrs.field(default=None, converter=canonical_decimal)
    unit: str | None = None
    approx: bool = False
    bound: Bound | None = None
    per: str | None = None
    warnings: tuple[str, ...] = ()

    def __attrs_post_init__(self) -> None:
        is_range = self.low is not None or self.high is not None
        if is_range == (self.value is not None):
            raise ValueError("a quantity has either a value or both low and high")
        if is_range and (self.low is None or self.high is None or self.low > self.high):
            raise ValueError(f"a range needs low <= high, got {self.low}..{self.high}")
        allowed = _FIXED_UNITS.get(self.kind)
        if allowed is not None and self.unit not in allowed:
            raise ValueError(f"unit {self.unit!r} does not fit kind {self.kind}")
        if allowed is None and (self.unit is None or not _CODE.match(self.unit)):
            raise ValueError(f"{self.kind} needs a currency code or ticker, got {self.unit!r}")

    @property
    def is_range(self) -> bool:
        """True for a range ("$5-7 billion"), whose ends are ``low`` and ``high``."""
        return self.value is None

    def to_dict(self) -> dict[str, JSONValue]:
        """The JSON-able dict of the output contract (see docs/output.md)."""
        return {
            "text": self.text,
            "start": self.span.start,
            "end": self.span.end,
            "kind": str(self.kind),
            "value": _decimal_or_none(self.value),
            "unit": self.unit,
            "low": _decimal_or_none(self.low),
            "high": _decimal_or_none(self.high),
            "approx": self.approx,
            "bound": None if self.bound is None else str(self.bound),
            "per": self.per,
            "warnings": list(self.warnings),
        }

    def __str__(self) -> str:
        """A canonical spelling that ``parse_quantity()`` reads back to an equal reading.

        >>> from cryptonews_parse import parse_quantity
        >>> str(parse_quantity("about $5-7bn"))
        'about 5000000000-7000000000 USD'
        """
        if self.value is not None:
            figure = decimal_text(self.value)
        else:
            assert self.low is not None and self.high is not None
            figure = f"{decimal_text(self.low)}-{decimal_text(self.high)}"
        body = _render_unit(self.kind, figure, self.unit)
        if self.per is not None:
            body = f"{body} per {_render_per(self.per)}"
        if self.bound is not None:
            body = f"{'over' if self.bound is Bound.LOWER else 'under'} {body}"
        if self.approx:
            body = f"about {body}"
        return body


def _render_unit(kind: Kind, figure: str, unit: str | None) -> str:
    if kind is Kind.PERCENT:
        return f"{figure}%"
    if kind is Kind.MULTIPLIER:
        return f"{figure}x"
    if kind is Kind.RATIO:
        return f"{figure}:1"
    if kind is Kind.DURATION:
        return f"{figure} {unit}s"
    if unit is None:
        return figure
    return f"{figure} {unit}"


_ISO_PER = re.compile(r"P(T?)(\d+)([SMHDWY])\Z")
_ISO_UNITS = {
    ("T", "S"): "seconds",
    ("T", "M"): "minutes",
    ("T", "H"): "hours",
    ("", "D"): "days",
    ("", "W"): "weeks",
    ("", "M"): "months",
    ("", "Y"): "years",
}


def _render_per(per: str) -> str:
    match = _ISO_PER.match(per)
    if match is None:
        return per
    time_marker, count, letter = match.groups()
    unit = _ISO_UNITS[time_marker, letter]
    return unit[:-1] if count == "1" else f"{count} {unit}"


class EntityType(enum.StrEnum):
    """The kinds of thing an entity id names; the id's prefix."""

    ASSET = "asset"
    VENUE = "venue"
    ORG = "org"
    FUND = "fund"
    PAIR = "pair"
    PERSON = "person"
    METRIC = "metric"


@attrs.frozen(kw_only=True)
class EntityMention:
    """A span of text linked to a registry id such as ``asset:BTC`` or ``venue:htx``."""

    text: str
    span: Span
    id: str
    type: EntityType
    warnings: tuple[str, ...] = ()

    def __attrs_post_init__(self) -> None:
        if not self.id.startswith(f"{self.type}:"):
            raise ValueError(f"entity id {self.id!r} does not start with {self.type}:")

    def to_dict(self) -> dict[str, JSONValue]:
        """The JSON-able dict of the output contract."""
        return {
            "text": self.text,
            "start": self.span.start,
            "end": self.span.end,
            "id": self.id,
            "type": str(self.type),
            "warnings": list(self.warnings),
        }


class EventType(enum.StrEnum):
    """The market-event families; each is one module under ``cryptonews_parse.events``."""

    LIQUIDATION = "liquidation"
    PRICE_MOVE = "price_move"
    PRICE_LEVEL = "price_level"
    OPEN_INTEREST = "open_interest"
    FUNDING_RATE = "funding_rate"
    EXCHANGE_FLOW = "exchange_flow"
    ETF_FLOW = "etf_flow"
    DOMINANCE = "dominance"
    TRANSFER = "transfer"
    HACK = "hack"


class Side(enum.StrEnum):
    """Which positions an event concerns."""

    LONG = "long"
    SHORT = "short"
    BOTH = "both"


class Direction(enum.StrEnum):
    """``up``/``down`` for moves and metric changes, ``in``/``out`` for flows."""

    UP = "up"
    DOWN = "down"
    IN = "in"
    OUT = "out"


@attrs.frozen(kw_only=True)
class Event:
    """A market event stated in one sentence, with the items it was built from.

    ``text``/``span`` are the evidence sentence. ``amount`` is the headline figure of the
    contract (the liquidated or flowed amount, a move's stated change, a level's price …);
    subclasses (one per :class:`EventType`) add their type-specific figures, which
    :meth:`details` lists for ``to_dict``. ``asset``, ``venue`` and ``fund`` are entity ids;
    ``window`` is an ISO 8601 duration ("PT24H").
    """

    type: ClassVar[EventType]

    text: str
    span: Span
    amount: Quantity | None = None
    side: Side | None = None
    asset: str | None = None
    venue: str | None = None
    fund: str | None = None
    direction: Direction | None = None
    window: str | None = None
    scope: str | None = None
    quantities: tuple[Quantity, ...] = ()
    entities: tuple[EntityMention, ...] = ()
    warnings: tuple[str, ...] = ()

    def details(self) -> dict[str, JSONValue]:
        """Type-specific keys (``from``, ``to``, ``change``, ``kind`` …) for ``to_dict``."""
        return {}

    def to_dict(self) -> dict[str, JSONValue]:
        """The JSON-able dict of the output contract: flat keys, then the details."""
        amount = self.amount
        result: dict[str, JSONValue] = {
            "type": str(self.type),
            "text": self.text,
            "start": self.span.start,
            "end": self.span.end,
            "amount": None if amount is None else _headline(amount),
            "unit": None if amount is None else amount.unit,
            "side": _str_or_none(self.side),
            "asset": self.asset,
            "venue": self.venue,
            "fund": self.fund,
            "direction": _str_or_none(self.direction),
            "window": self.window,
            "scope": self.scope,
        }
        result.update(self.details())
        result["amount_quantity"] = None if amount is None else amount.to_dict()
        result["quantities"] = [q.to_dict() for q in self.quantities]
        result["entities"] = [e.to_dict() for e in self.entities]
        result["warnings"] = list(self.warnings)
        return result


def _headline(amount: Quantity) -> str | None:
    """The ``amount`` key: the value, or None for a range (whose ends are in the details)."""
    return _decimal_or_none(amount.value)


def _str_or_none(value: object | None) -> str | None:
    return None if value is None else str(value)


def _figures(**figures: Quantity | None) -> dict[str, JSONValue]:
    return {name: None if q is None else q.to_dict() for name, q in figures.items()}


@attrs.frozen(kw_only=True)
class Liquidation(Event):
    """Forced closing of leveraged positions. ``scope`` is ``total`` (market-wide or
    asset-wide sum), ``largest`` (the largest single order), ``asset`` or ``venue`` (a
    part); ``share`` is the part of it on ``side`` when given as a percent."""

    type: ClassVar[EventType] = EventType.LIQUIDATION
    share: Quantity | None = None

    def details(self) -> dict[str, JSONValue]:
        return _figures(share=self.share)


@attrs.frozen(kw_only=True)
class PriceMove(Event):
    """A change in an asset's price: from where, to where, by how much, within which
    ``low``/``high``; ``reference`` names the point the change is measured from when it
    is not ``from_`` ("all_time_high")."""

    type: ClassVar[EventType] = EventType.PRICE_MOVE
    from_: Quantity | None = None
    to: Quantity | None = None
    change: Quantity | None = None
    low: Quantity | None = None
    high: Quantity | None = None
    reference: str | None = None

    def details(self) -> dict[str, JSONValue]:
        result = _figures(
            **{"from": self.from_}, to=self.to, change=self.change, low=self.low, high=self.high
        )
        result["reference"] = self.reference
        return result


@attrs.frozen(kw_only=True)
class PriceLevel(Event):
    """A price level traders watch or the market set: ``kind`` is one of the level kinds
    in data/triggers.toml (support, resistance, target, all_time_high, realized_price,
    moving_average …); ``amount`` is the level, a single price or a range."""

    type: ClassVar[EventType] = EventType.PRICE_LEVEL
    kind: str

    def details(self) -> dict[str, JSONValue]:
        return {"kind": self.kind}


@attrs.frozen(kw_only=True)
class MetricChange(Event):
    """A reading or change of a market metric: ``from_``/``to`` when both ends are stated,
    ``change`` when the difference is, ``reading`` for a level without a change, and
    ``state`` for a sign change stated in words ("flipped negative")."""

    type: ClassVar[EventType]
    from_: Quantity | None = None
    to: Quantity | None = None
    change: Quantity | None = None
    reading: Quantity | None = None
    state: str | None = None

    def details(self) -> dict[str, JSONValue]:
        result = _figures(
            **{"from": self.from_}, to=self.to, change=self.change, reading=self.reading
        )
        result["state"] = self.state
        return result


@attrs.frozen(kw_only=True)
class OpenInterest(MetricChange):
    """Open interest of futures (all venues, or ``venue``) in an asset."""

    type: ClassVar[EventType] = EventType.OPEN_INTEREST


@attrs.frozen(kw_only=True)
class FundingRate(MetricChange):
    """The perpetual-futures funding rate of an asset."""

    type: ClassVar[EventType] = EventType.FUNDING_RATE


@attrs.frozen(kw_only=True)
class Dominance(MetricChange):
    """An asset's share of the crypto market's capitalisation, or an index such as TOTAL2."""

    type: ClassVar[EventType] = EventType.DOMINANCE


@attrs.frozen(kw_only=True)
class ExchangeFlow(Event):
    """Deposits (``direction`` in), withdrawals (out) or netflow of an asset on exchanges;
    ``venue`` when one exchange is named; ``state`` for a netflow's sign in words."""

    type: ClassVar[EventType] = EventType.EXCHANGE_FLOW
    state: str | None = None

    def details(self) -> dict[str, JSONValue]:
        return {"state": self.state}


@attrs.frozen(kw_only=True)
class EtfFlow(Event):
    """Net inflows (``direction`` in) or outflows (out) of exchange-traded funds: ``fund``
    when one fund is named, else all funds on ``asset``."""

    type: ClassVar[EventType] = EventType.ETF_FLOW


@attrs.frozen(kw_only=True)
class Transfer(Event):
    """One on-chain movement (a whale, treasury or exchange wallet move): ``venue`` is the
    exchange at either end, ``direction`` ``in`` to it or ``out`` of it (None from wallet
    to wallet); ``from_``/``to`` label the ends as the text names them ("unknown wallet")."""

    type: ClassVar[EventType] = EventType.TRANSFER
    from_: str | None = None
    to: str | None = None

    def details(self) -> dict[str, JSONValue]:
        return {"from": self.from_, "to": self.to}


@attrs.frozen(kw_only=True)
class Hack(Event):
    """An exploit or theft: ``amount`` is what was taken, ``venue`` the exchange robbed or
    ``victim`` the org id of another victim (a protocol, a bridge's team)."""

    type: ClassVar[EventType] = EventType.HACK
    victim: str | None = None

    def details(self) -> dict[str, JSONValue]:
        return {"victim": self.victim}


_EVENT_CLASSES: tuple[type[Event], ...] = (
    Liquidation,
    PriceMove,
    PriceLevel,
    OpenInterest,
    FundingRate,
    Dominance,
    ExchangeFlow,
    EtfFlow,
    Transfer,
    Hack,
)
"""The event classes of this module: one per :class:`EventType`."""


@attrs.frozen(kw_only=True)
class SpunWord:
    """A word a synonym spinner had replaced, and what it was read as ("agelong": "long")."""

    text: str
    span: Span
    read_as: str

    def to_dict(self) -> dict[str, JSONValue]:
        """``text``, ``start``, ``end`` and ``read_as``."""
        return {
            "text": self.text,
            "start": self.span.start,
            "end": self.span.end,
            "read_as": self.read_as,
        }


@attrs.frozen(kw_only=True)
class Document:
    """Everything ``parse()`` found in one text, each item spanned in that text."""

    text: str
    quantities: tuple[Quantity, ...] = ()
    entities: tuple[EntityMention, ...] = ()
    events: tuple[Event, ...] = ()
    warnings: tuple[str, ...] = ()
    spun: str | None = None
    """The spinner family ("wordnet", "thesaurus") when the text was judged synonym-spun and
    read as meant (docs/spun-text.md); None for a normal text."""
    spun_words: tuple[SpunWord, ...] = ()
    """In a spun text, each replaced word and what it was read as."""

    def to_dict(self) -> dict[str, JSONValue]:
        """The JSON-able dict of the output contract (docs/output.md), with the text itself."""
        return {
            "quantities": [q.to_dict() for q in self.quantities],
            "entities": [e.to_dict() for e in self.entities],
            "events": [e.to_dict() for e in self.events],
            "warnings": list(self.warnings),
            "spun": self.spun,
            "spun_words": [w.to_dict() for w in self.spun_words],
            "text": self.text,
        }

    def to_json(self, *, indent: int | None = None) -> str:
        """``to_dict()`` as a JSON string (UTF-8 characters kept as they are)."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, data: Mapping[str, JSONValue]) -> Document:
        """The Document that ``to_dict()`` described: ``from_dict(d.to_dict()) == d``.

        Args:
            data: a dict made by :meth:`to_dict` (keys it lacks take their defaults).

        Returns:
            An equal Document, with typed quantities, mentions and events again.

        Raises:
            ValueError: ``data`` is not such a dict (a wrong type, kind or event type).

        >>> from cryptonews_parse import parse
        >>> doc = parse("Bitcoin liquidations hit $1.36 billion in 24 hours.")
        >>> Document.from_dict(doc.to_dict()) == doc
        True
        """
        try:
            return _read_record(cls, data)
        except (KeyError, TypeError, ArithmeticError) as exc:
            raise ValueError(f"not a Document dict: {exc!r}") from exc

    @classmethod
    def from_json(cls, text: str | bytes) -> Document:
        """The Document that ``to_json()`` wrote (see :meth:`from_dict`).

        >>> from cryptonews_parse import parse
        >>> doc = parse("Ether fell 4% to $2,900.")
        >>> Document.from_json(doc.to_json()) == doc
        True
        """
        data = json.loads(text)
        if not isinstance(data, dict):
            raise ValueError("a Document's JSON is an object")
        return cls.from_dict(data)

    def rows(self, layer: Layer) -> list[dict[str, RowValue]]:
        """Flat rows, one per item of ``layer``, for pandas, Arrow, Spark or CSV.

        Every row of a layer has the same keys (:func:`row_schema`), each holding a string,
        a number, a bool, an exact ``Decimal`` or None: a quantity field of an event becomes
        ``<name>``, ``<name>_unit``, ``<name>_low`` and ``<name>_high``; entity mentions
        become their ids, space-separated; warnings are joined by newlines. An event row
        keeps its evidence sentence in ``text``.

        Args:
            layer: ``"events"``, ``"quantities"`` or ``"entities"``.

        Returns:
            The rows, in the order of the items.

        >>> from cryptonews_parse import parse
        >>> row = parse("Bitcoin liquidations hit $1.36 billion in 24 hours.").rows("events")[0]
        >>> row["type"], row["amount"], row["unit"], row["asset"], row["window"]
        ('liquidation', Decimal('1360000000'), 'USD', 'asset:BTC', 'PT24H')
        """
        if layer not in _LAYER_TYPES:
            raise ValueError(f"no layer {layer!r}: pick one of {', '.join(_LAYER_TYPES)}")
        items: tuple[Quantity | EntityMention | Event, ...] = getattr(self, layer)
        return [_flat_row(item, layer) for item in items]


# Flat rows and reading dicts back. Both walk the attrs fields of each class and their type
# hints, so a new event class or a new field needs no edit here.

_LAYER_TYPES: dict[str, type[Quantity] | type[EntityMention] | type[Event]] = {
    "quantities": Quantity,
    "entities": EntityMention,
    "events": Event,
}


def event_classes() -> dict[str, type[Event]]:
    """Every event class of this module, by its ``type`` (``"liquidation"`` -> Liquidation).

    The classes are listed, not discovered through ``Event.__subclasses__()``: attrs
    replaces each slotted class by a new one, and the class it replaced stays a subclass
    until the garbage collector frees it, so discovery could differ from one process to
    the next (a Dask worker's rows then lacked columns the client's had). A subclass
    defined elsewhere (a test's stand-in, a user's own event) never replaces the class
    that reads a type back from JSON.
    """
    return {str(cls.type): cls for cls in sorted(_EVENT_CLASSES, key=lambda c: str(c.type))}


_HINTS: dict[type, dict[str, Any]] = {}


def _hints(cls: type) -> dict[str, Any]:
    """The resolved annotations of an attrs class, read once per class."""
    hints = _HINTS.get(cls)
    if hints is None:
        hints = _HINTS[cls] = typing.get_type_hints(cls)
    return hints


def _field_kind(hint: Any) -> tuple[str, Any]:
    """How a field is flattened and read back: ("quantity", None), ("items", Quantity),
    ("strings", None), ("span", None) or ("plain", the value type)."""
    if hint is Span:
        return "span", None
    if typing.get_origin(hint) is tuple:
        inner = typing.get_args(hint)[0]
        return ("strings", None) if inner is str else ("items", inner)
    options = [a for a in typing.get_args(hint) if a is not type(None)] or [hint]
    if typing.get_origin(hint) in (typing.Union, types.UnionType) and len(options) == 1:
        hint = options[0]
    if hint is Quantity:
        return "quantity", None
    return "plain", hint


def _key(name: str) -> str:
    """The dict key of a field: ``from_`` is written ``from``."""
    return name.rstrip("_")


@functools.cache
def row_schema(layer: Layer) -> Mapping[str, type]:
    """The keys of every row of ``layer`` in :meth:`Document.rows`, in order, with the type
    of their values (each may also be None): ``Decimal``, ``int``, ``bool`` or ``str``.

    The events layer has the columns of every event class, so that rows of different
    types share one schema (a column that a type lacks is None). When two classes use one
    field name for different things (a price move's ``to`` figure, a transfer's ``to``
    label), the later class's column is prefixed with its type (``transfer_to``).

    >>> [(name, kind.__name__) for name, kind in row_schema("quantities").items()][3:6]
    [('kind', 'str'), ('value', 'Decimal'), ('low', 'Decimal')]
    """
    return _row_plan(layer)[0]


_Cells = tuple[tuple[str, str, tuple[str, ...]], ...]
"""Per class: (field name, how it is flattened, the columns it fills)."""


@functools.cache
def _row_plan(layer: Layer) -> tuple[Mapping[str, type], Mapping[type, _Cells]]:
    """The layer's columns and, per class, which field fills which columns."""
    # Event first: its plan (the shared fields) serves event classes defined elsewhere.
    classes: list[type[Any]] = [Event, *event_classes().values()]
    if layer != "events":
        classes = [_LAYER_TYPES[layer]]
    columns: dict[str, type] = {"type": str} if layer == "events" else {}
    tail: dict[str, type] = {}
    plans: dict[type, _Cells] = {}
    for cls in classes:
        cells = []
        for field in attrs.fields(cls):
            kind, value_type = _field_kind(_hints(cls)[field.name])
            if kind == "items" and value_type is Quantity:
                continue  # each figure already has its own columns; the layer lists them all
            wanted = _columns(kind, value_type, _key(field.name))
            if any(columns.get(name, tail.get(name, t)) is not t for name, t in wanted.items()):
                wanted = _columns(kind, value_type, f"{cls.type}_{_key(field.name)}")
            (tail if kind in {"items", "strings"} else columns).update(wanted)
            cells.append((field.name, kind, tuple(wanted)))
        plans[cls] = tuple(cells)
    schema = types.MappingProxyType(columns | tail)
    return schema, types.MappingProxyType(plans)


def _columns(kind: str, value_type: Any, key: str) -> dict[str, type]:
    """The columns (and their types) that one field fills."""
    if kind == "span":
        return {"start": int, "end": int}
    if kind == "quantity":
        unit = "unit" if key == "amount" else f"{key}_unit"
        return {key: Decimal, unit: str, f"{key}_low": Decimal, f"{key}_high": Decimal}
    if kind in {"items", "strings"}:
        return {key: str}
    return {key: value_type if value_type in _CELL_TYPES else str}


_CELL_TYPES = (Decimal, int, bool, str)


def _flat_row(item: Quantity | EntityMention | Event, layer: Layer) -> dict[str, RowValue]:
    schema, plans = _row_plan(layer)
    row: dict[str, RowValue] = dict.fromkeys(schema)
    if isinstance(item, Event):
        row["type"] = str(item.type)
    plan = next(plans[cls] for cls in type(item).__mro__ if cls in plans)
    for name, kind, cells in plan:
        value = getattr(item, name)
        if kind == "span":
            row["start"], row["end"] = value.start, value.end
        elif kind == "quantity":
            if value is not None:
                figure, unit, low, high = cells
                row[figure], row[unit] = value.value, value.unit
                row[low], row[high] = value.low, value.high
        elif kind == "strings":
            row[cells[0]] = "\n".join(value)
        elif kind == "items":
            row[cells[0]] = " ".join(mention.id for mention in value)
        elif isinstance(value, enum.Enum):
            row[cells[0]] = str(value)
        else:
            row[cells[0]] = value
    return row


_READ_KEYS = {"amount": "amount_quantity"}
"""Fields whose dict key is not their name: an event's ``amount`` key is the headline
string of the contract, and the whole quantity is kept beside it."""

_Record = TypeVar("_Record")


def _read_record(cls: type[_Record], data: Mapping[str, JSONValue]) -> _Record:
    """An instance of the attrs class ``cls`` from its ``to_dict()``."""
    if cls is Event:
        kind = data["type"]
        classes = event_classes()
        if kind not in classes:
            raise ValueError(f"unknown event type {kind!r}")
        cls = classes[kind]  # type: ignore[assignment]
    values: dict[str, object] = {}
    for field in attrs.fields(cls):  # type: ignore[arg-type]
        kind, value_type = _field_kind(_hints(cls)[field.name])
        key = _READ_KEYS.get(field.name, _key(field.name))
        if kind == "span":
            values[field.name] = Span(_int(data["start"]), _int(data["end"]))
            continue
        if key not in data:
            if field.default is attrs.NOTHING:
                raise KeyError(key)
            continue
        raw = data[key]
        if kind == "quantity":
            values[field.name] = None if raw is None else _read_record(Quantity, _object(raw))
        elif kind == "strings":
            values[field.name] = tuple(_plain(str, text) for text in _list(raw))
        elif kind == "items":
            values[field.name] = tuple(_read_record(value_type, _object(x)) for x in _list(raw))
        elif raw is None or value_type is Any:
            values[field.name] = raw
        elif value_type in {str, int, bool}:
            values[field.name] = _plain(value_type, raw)
        elif value_type is Decimal:
            values[field.name] = Decimal(str(raw))
        else:
            values[field.name] = value_type(raw)
    return cls(**values)


def _int(value: JSONValue) -> int:
    return _plain(int, value)


_Plain = TypeVar("_Plain", str, int, bool)


def _plain(kind: type[_Plain], value: JSONValue) -> _Plain:
    """``value`` if it is exactly of type ``kind`` (JSON's 1 is no bool, "1" no int)."""
    if type(value) is not kind:
        raise TypeError(f"expected a {kind.__name__}, not {value!r}")
    return value


def _object(value: JSONValue) -> dict[str, JSONValue]:
    if not isinstance(value, dict):
        raise TypeError(f"expected an object, not {value!r}")
    return value


def _list(value: JSONValue) -> list[JSONValue]:
    if not isinstance(value, list):
        raise TypeError(f"expected a list, not {value!r}")
    return value
