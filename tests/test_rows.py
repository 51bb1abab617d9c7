"""Flat rows (``Document.rows``) and reading Documents back (``from_dict``/``from_json``)."""

from __future__ import annotations

import json
import typing
from decimal import Decimal
from pathlib import Path
from typing import Any, ClassVar

import attrs
import pytest

import cryptonews_parse as cnp
from cryptonews_parse.model import Layer, decimal_text, event_classes, row_schema

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
LAYERS: tuple[Layer, ...] = ("events", "quantities", "entities")

TEXTS = [
    "Roughly $5-7 billion left exchanges while Bybit saw $22.4M of shorts liquidated.",
    "Funding on Binance flipped negative as BTC open interest rose 8% to $14 billion.",
    "Ether fell 4% to $2,900; support sits at $2,750, resistance near $3,100.",
    "Spot bitcoin ETFs took in $310 million, led by IBIT with $190 million.",
]


def seed_documents() -> list[cnp.Document]:
    """The seed articles parsed, and the short texts above."""
    seeds = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    return [cnp.parse(text) for text in [*seeds, *TEXTS]]


@pytest.mark.parametrize("layer", LAYERS)
def test_rows_are_flat_with_the_layer_schema(layer: Layer) -> None:
    """Every row has exactly the schema's keys, each a scalar of the schema's type or None."""
    schema = row_schema(layer)
    count = 0
    for doc in seed_documents():
        rows = doc.rows(layer)
        assert len(rows) == len(getattr(doc, layer))
        for row in rows:
            assert list(row) == list(schema)
            for key, value in row.items():
                assert value is None or type(value) is schema[key], (key, value)
            count += 1
    assert count > 0


@pytest.mark.parametrize("layer", LAYERS)
def test_rows_hold_what_to_dict_holds(layer: Layer) -> None:
    """Each row's keys shared with the item's dict hold the same values (amounts exact)."""
    for doc in seed_documents():
        items = doc.to_dict()[layer]
        assert isinstance(items, list)
        for row, item in zip(doc.rows(layer), items, strict=True):
            assert isinstance(item, dict)
            for key in (row.keys() & item.keys()) - {"entities", "warnings"}:
                held = item[key]
                if isinstance(held, dict):  # an event's figure: its value is the row's cell
                    held = held["value"]
                value = row[key]
                assert held == (decimal_text(value) if isinstance(value, Decimal) else value), key


def test_event_rows_keep_their_sentence_and_figures() -> None:
    """An event row names its evidence sentence, span, headline and mentions' ids."""
    text = TEXTS[0]
    doc = cnp.parse(text)
    for event, row in zip(doc.events, doc.rows("events"), strict=True):
        assert row["type"] == str(event.type)
        assert text[event.span.start : event.span.end] == row["text"]
        assert row["entities"] == " ".join(e.id for e in event.entities)
        if event.amount is not None:
            assert (row["amount"], row["unit"]) == (event.amount.value, event.amount.unit)
            assert (row["amount_low"], row["amount_high"]) == (event.amount.low, event.amount.high)


def test_documents_round_trip_through_dict_and_json() -> None:
    """``from_dict(to_dict())`` and ``from_json(to_json())`` give equal Documents."""
    for doc in seed_documents():
        assert cnp.Document.from_dict(doc.to_dict()) == doc
        assert cnp.Document.from_json(doc.to_json(indent=2)) == doc
        assert cnp.Document.from_json(doc.to_json().encode("utf-8")) == doc


def sample(hint: Any, quantity: cnp.Quantity) -> Any:
    """A value of a field's type for the round trip of every event class."""
    args = [a for a in typing.get_args(hint) if a is not type(None)]
    hint = args[0] if len(args) == 1 and typing.get_origin(hint) is not tuple else hint
    if hint is cnp.Quantity:
        return quantity
    if typing.get_origin(hint) is tuple:
        inner = typing.get_args(hint)[0]
        if inner is cnp.Quantity:
            return (quantity,)
        if inner is cnp.EntityMention:
            mention = cnp.EntityMention(
                text="BTC", span=cnp.Span(0, 3), id="asset:BTC", type=cnp.EntityType.ASSET
            )
            return (mention,)
        return ("a warning",)
    if isinstance(hint, type) and issubclass(hint, cnp.Span):
        return cnp.Span(0, 3)
    if isinstance(hint, type) and hasattr(hint, "__members__"):
        return next(iter(hint.__members__.values()))
    return {str: "x", bool: True, int: 1}[hint]


@pytest.mark.parametrize("cls", list(event_classes().values()), ids=list(event_classes()))
def test_every_event_class_round_trips_with_every_field_set(cls: type[cnp.Event]) -> None:
    """Each event class, every field filled, survives to_dict/from_dict and has a flat row."""
    quantity = cnp.parse_quantity("$5-7 billion")
    hints = typing.get_type_hints(cls)
    values = {f.name: sample(hints[f.name], quantity) for f in attrs.fields(cls)}
    event = cls(**values)
    doc = cnp.Document(text="BTC", events=(event,))
    assert cnp.Document.from_dict(json.loads(doc.to_json())) == doc
    row = doc.rows("events")[0]
    assert row["type"] == str(cls.type) and row["amount_low"] == Decimal("5000000000")


@pytest.mark.parametrize(
    "data",
    [
        {"text": "x", "events": [{"type": "no_such_event", "text": "x", "start": 0, "end": 1}]},
        {"text": "x", "quantities": [{"text": "x", "start": "0", "end": 1}]},
        {"text": "x", "entities": "not a list"},
        {"text": "x", "warnings": [1]},
        {"text": 7},
        {"quantities": []},
    ],
    ids=[
        "unknown-event-type",
        "offset-as-string",
        "entities-not-a-list",
        "warning-not-a-string",
        "text-not-a-string",
        "no-text",
    ],
)
def test_malformed_dicts_raise_value_error(data: dict[str, Any]) -> None:
    """A dict that no Document wrote is refused with ValueError, not read half-way."""
    with pytest.raises(ValueError, match=r"not a Document dict|unknown event type"):
        cnp.Document.from_dict(data)


def test_json_that_is_not_an_object_is_refused() -> None:
    """``from_json`` of a JSON array is a ValueError."""
    with pytest.raises(ValueError, match="object"):
        cnp.Document.from_json("[]")


@attrs.frozen(kw_only=True)
class _StandIn(cnp.Event):
    """An event class defined outside the package, for a type the package has."""

    type: ClassVar[cnp.EventType] = cnp.EventType.LIQUIDATION
    note: str | None = None


def test_every_event_type_has_its_class_and_the_columns_are_fixed() -> None:
    """One class per type, whatever else subclasses Event; the transfer's labels have their
    own columns (a price move's ``from``/``to`` are figures)."""
    assert set(event_classes()) == {str(t) for t in cnp.EventType}
    assert {"transfer_from", "transfer_to", "from", "to"} <= set(row_schema("events"))


def test_event_classes_defined_elsewhere_change_no_schema() -> None:
    """A subclass outside the package neither replaces a type's class nor adds columns;
    its rows fill the shared columns."""
    assert event_classes()["liquidation"] is cnp.Liquidation
    assert "note" not in row_schema("events")
    quantity = cnp.parse_quantity("$3 million")
    event = _StandIn(text="x", span=cnp.Span(0, 1), amount=quantity, note="n")
    row = cnp.Document(text="x", events=(event,)).rows("events")[0]
    assert (row["type"], row["amount"], row["unit"]) == ("liquidation", Decimal(3000000), "USD")
    assert list(row) == list(row_schema("events"))
