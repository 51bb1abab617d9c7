"""The public surface: ``__all__``, the output contract of DESIGN.md, errors, documented calls."""

from __future__ import annotations

import pickle
from decimal import Decimal
from pathlib import Path
from typing import ClassVar

import attrs
import pytest

import cryptonews_parse as cnp
from cryptonews_parse import Bound, EventType, Kind
from cryptonews_parse.entities.registry import read_package_tables
from cryptonews_parse.model import JSONValue

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

Types = tuple[type | None, ...]
"""The JSON types a key may hold; None allows null."""

STR, INT, BOOL, STR_OR_NULL = (str,), (int,), (bool,), (str, None)
QUANTITY_KEYS: dict[str, Types] = {
    "text": STR,
    "start": INT,
    "end": INT,
    "kind": STR,
    "value": STR_OR_NULL,
    "unit": STR_OR_NULL,
    "low": STR_OR_NULL,
    "high": STR_OR_NULL,
    "approx": BOOL,
    "bound": STR_OR_NULL,
}
ENTITY_KEYS: dict[str, Types] = {"text": STR, "start": INT, "end": INT, "id": STR, "type": STR}
EVENT_KEYS: dict[str, Types] = {
    "type": STR,
    "start": INT,
    "end": INT,
    **dict.fromkeys(
        ("amount", "unit", "side", "asset", "venue", "fund", "direction", "window", "scope"),
        STR_OR_NULL,
    ),
}
"""Required keys of each dict (DESIGN.md, "Public API") and the JSON types they may hold."""


def test_all_is_sorted_and_importable() -> None:
    """``__all__`` is sorted, unique, and every name in it exists on the package."""
    assert cnp.__all__ == sorted(set(cnp.__all__))
    for name in cnp.__all__:
        assert getattr(cnp, name) is not None, name
    namespace: dict[str, object] = {}
    exec("from cryptonews_parse import *", namespace)
    assert set(cnp.__all__) <= set(namespace)


def test_all_is_complete() -> None:
    """Every public class and function the package exposes is listed in ``__all__``."""
    exposed = {
        name
        for name, value in vars(cnp).items()
        if not name.startswith("_") and (isinstance(value, type) or callable(value))
    }
    assert exposed <= set(cnp.__all__)
    assert {"parse", "parse_quantity", "Document", "Quantity", "QuantityError"} <= exposed


def exact_json_type(value: object) -> bool:
    """True when ``value`` is JSON built from exactly bool, int, str, list, dict and None.

    Subclasses such as enums or Decimal are refused: a consumer's ``type(x) is str`` holds.
    """
    if value is None or type(value) in (bool, int, str):
        return True
    if type(value) is list:
        return all(exact_json_type(item) for item in value)
    if type(value) is dict:
        return all(type(k) is str and exact_json_type(v) for k, v in value.items())
    return False


def check_keys(item: JSONValue, keys: dict[str, Types], text: str) -> None:
    """The item has every required key with a value of an allowed JSON type."""
    assert isinstance(item, dict)
    for key, allowed in keys.items():
        assert key in item, key
        value = item[key]
        if value is None:
            assert None in allowed, (key, item)
        else:
            assert type(value) in allowed, (key, item)
    start, end = item["start"], item["end"]
    assert isinstance(start, int) and isinstance(end, int)
    assert 0 <= start <= end <= len(text)
    if "text" in keys:
        assert text[start:end] == item["text"]


ARTICLE = (
    "Bitcoin liquidations hit $1.36 billion in 24 hours as BTC fell 2.74% to $104,000, "
    "with over $5-7 billion of shorts on Binance at 100x and 2.67:1 long/short."
)


@pytest.mark.parametrize(
    "text", [ARTICLE, *sorted(p.read_text("utf-8") for p in SEEDS.glob("*.txt"))]
)
def test_document_dict_has_the_contract_keys_and_json_types(text: str) -> None:
    """to_dict() holds the required keys of DESIGN.md with plain JSON types, spans exact."""
    document = cnp.parse(text).to_dict()
    assert exact_json_type(document)
    assert isinstance(document, dict)
    assert {"quantities", "entities", "events"} <= set(document)
    quantities, entities, events = document["quantities"], document["entities"], document["events"]
    assert isinstance(quantities, list) and isinstance(entities, list) and isinstance(events, list)
    assert quantities and entities
    for quantity in quantities:
        check_keys(quantity, QUANTITY_KEYS, text)
        assert isinstance(quantity, dict)
        assert quantity["kind"] in set(Kind)
        assert quantity["bound"] in {None, *Bound}
        is_range = quantity["value"] is None
        assert (quantity["low"] is not None, quantity["high"] is not None) == (is_range, is_range)
    for entity in entities:
        check_keys(entity, ENTITY_KEYS, text)
        assert isinstance(entity, dict) and isinstance(entity["id"], str)
        assert entity["id"].startswith(f"{entity['type']}:")
    for event in events:
        check_keys(event, EVENT_KEYS, text)


def test_quantity_dict_values_for_the_contract_example() -> None:
    """The example quantity of DESIGN.md's to_dict() shape, key for key."""
    text = "Liquidity $1.36 billion"
    quantities = cnp.parse(text).to_dict()["quantities"]
    assert isinstance(quantities, list) and len(quantities) == 1
    quantity = quantities[0]
    assert isinstance(quantity, dict)
    assert {k: quantity[k] for k in QUANTITY_KEYS} == {
        "text": "$1.36 billion",
        "start": 10,
        "end": 23,
        "kind": "money",
        "value": "1360000000",
        "unit": "USD",
        "low": None,
        "high": None,
        "approx": False,
        "bound": None,
    }


@attrs.frozen(kw_only=True)
class _Liquidation(cnp.Event):
    type: ClassVar[EventType] = EventType.LIQUIDATION


def test_event_dict_has_the_contract_keys() -> None:
    """An event's dict has the flat keys, its headline amount as a decimal string."""
    text = "Bitcoin liquidations hit $1.36 billion in 24 hours."
    amount = cnp.parse_quantity("$1.36 billion")
    event = _Liquidation(
        text=text,
        span=cnp.Span(0, len(text)),
        amount=attrs.evolve(amount, span=cnp.Span(25, 38)),
        side=cnp.Side.BOTH,
        window="PT24H",
        scope="total",
    )
    data = event.to_dict()
    assert exact_json_type(data)
    check_keys(data, EVENT_KEYS, text)
    assert {k: data[k] for k in ("type", "amount", "unit", "side", "window", "scope")} == {
        "type": "liquidation",
        "amount": "1360000000",
        "unit": "USD",
        "side": "both",
        "window": "PT24H",
        "scope": "total",
    }


def test_quantity_error_is_a_value_error_naming_position_and_expectation() -> None:
    """``$1.2.3`` raises QuantityError, caught as ValueError, with column, phrases and caret."""
    with pytest.raises(ValueError, match=r"column 5 of '\$1\.2\.3'") as caught:
        cnp.parse_quantity("$1.2.3")
    error = caught.value
    assert isinstance(error, cnp.QuantityError)
    assert isinstance(error, cnp.CryptonewsParseError)
    assert (error.text, error.pos) == ("$1.2.3", 4)
    assert "a magnitude" in error.expected and "the end" in error.expected
    first, source, caret = str(error).splitlines()
    assert first.startswith("unexpected '.' at column 5 of '$1.2.3'; expected ")
    assert "a magnitude" in first and first.endswith("or the end")
    assert (source, caret) == ("  $1.2.3", "      ^")


def test_errors_pickle() -> None:
    """Both public errors survive pickling with their message and fields."""
    with pytest.raises(cnp.QuantityError) as caught:
        cnp.parse_quantity("$7-5bn")
    copy = pickle.loads(pickle.dumps(caught.value))
    assert type(copy) is cnp.QuantityError
    assert (str(copy), copy.reason) == (str(caught.value), caught.value.reason)
    assert copy.reason
    registry = cnp.RegistryError("units.toml", "fiat.XYZ", "not an ISO 4217 code")
    again = pickle.loads(pickle.dumps(registry))
    assert isinstance(again, cnp.RegistryError) and isinstance(again, ValueError)
    assert (str(again), again.file, again.key, again.reason) == (
        "units.toml: [fiat.XYZ] not an ISO 4217 code",
        "units.toml",
        "fiat.XYZ",
        "not an ISO 4217 code",
    )


@pytest.mark.parametrize("value", [b"$5 million", None, 5, ["$5"], bytearray(b"$5")])
def test_parse_rejects_non_str(value: object) -> None:
    """parse() takes only str; anything else is a TypeError naming the type."""
    with pytest.raises(TypeError, match=type(value).__name__):
        cnp.parse(value)  # type: ignore[arg-type]


def test_parse_accepts_empty_and_blank_text() -> None:
    """An empty or blank string is a Document with nothing in it."""
    for text in ("", " ", "\n\n", "\x00"):
        document = cnp.parse(text)
        assert (document.quantities, document.entities, document.events) == ((), (), ())
        assert document.text == text


D = Decimal
DOCUMENTED = [
    ("$1.36 billion", Kind.MONEY, D("1360000000"), None, None, "USD"),
    ("32kBTC", Kind.CRYPTO, D("32000"), None, None, "BTC"),
    ("$113K\N{EN DASH}$114K", Kind.MONEY, None, D("113000"), D("114000"), "USD"),
    ("$5-7 billion", Kind.MONEY, None, D("5000000000"), D("7000000000"), "USD"),
    ("\N{MINUS SIGN}2.74%", Kind.PERCENT, D("-2.74"), None, None, "%"),
    ("$98.5K", Kind.MONEY, D("98500"), None, None, "USD"),
    ("17%", Kind.PERCENT, D("17"), None, None, "%"),
    ("2.67:1", Kind.RATIO, D("2.67"), None, None, None),
    ("100x", Kind.MULTIPLIER, D("100"), None, None, "x"),
    ("1.37 million", Kind.COUNT, D("1370000"), None, None, None),
    ("24 hours", Kind.DURATION, D("24"), None, None, "hour"),
]


@pytest.mark.parametrize(
    ("text", "kind", "value", "low", "high", "unit"), DOCUMENTED, ids=[d[0] for d in DOCUMENTED]
)
def test_documented_examples(
    text: str,
    kind: Kind,
    value: Decimal | None,
    low: Decimal | None,
    high: Decimal | None,
    unit: str | None,
) -> None:
    """The calls DESIGN.md and the issue show give exactly the documented values."""
    quantity = cnp.parse_quantity(text)
    assert (quantity.kind, quantity.value, quantity.low, quantity.high, quantity.unit) == (
        kind,
        value,
        low,
        high,
        unit,
    )
    assert (quantity.text, quantity.span) == (text, cnp.Span(0, len(text)))
    data = quantity.to_dict()
    as_text = {"value": value, "low": low, "high": high}
    for key, number in as_text.items():
        assert data[key] == (None if number is None else format(number, "f"))
    assert quantity.warnings == ()


def test_documented_example_in_running_text() -> None:
    """The same figures found by parse() keep the original characters in their text."""
    text = "BTC slid \N{MINUS SIGN}2.74% and ranged $113K\N{EN DASH}$114K after 32kBTC moved."
    found = [(q.text, q.value, q.low, q.high, q.unit) for q in cnp.parse(text).quantities]
    assert found == [
        ("\N{MINUS SIGN}2.74%", D("-2.74"), None, None, "%"),
        ("$113K\N{EN DASH}$114K", None, D("113000"), D("114000"), "USD"),
        ("32kBTC", D("32000"), None, None, "BTC"),
    ]


def test_grouped_thousands_with_k_carries_a_warning_in_running_text() -> None:
    """parse() reads "$104,654k" literally and says why it is suspicious."""
    (quantity,) = cnp.parse("BTC traded near $104,654k on Friday.").quantities
    assert (quantity.text, quantity.value, quantity.approx) == ("$104,654k", D("104654000"), True)
    assert len(quantity.warnings) == 1
    assert "mixes digit grouping with 'k'" in quantity.warnings[0]
    assert quantity.to_dict()["warnings"] == list(quantity.warnings)


def test_to_json_keeps_unicode_and_round_trips() -> None:
    """to_json() writes characters as they are and loads back to to_dict()."""
    import json

    document = cnp.parse("ETH fell \N{MINUS SIGN}2.74% to \N{EURO SIGN}3,000.")
    encoded = document.to_json()
    assert "\N{MINUS SIGN}2.74%" in encoded and "\N{EURO SIGN}3,000" in encoded
    assert json.loads(encoded) == document.to_dict()
    assert json.loads(document.to_json(indent=2)) == document.to_dict()


def test_version_is_a_string() -> None:
    """``__version__`` is the one version string, in PEP 440 release form."""
    assert isinstance(cnp.__version__, str)
    assert all(part.isdigit() for part in cnp.__version__.split("."))


def test_issue_11_registry_helpers_are_exported() -> None:
    """``default_registry``, ``Entry`` and ``JSONValue`` are public; the registry is shared."""
    assert cnp.default_registry() is cnp.registry
    assert isinstance(cnp.default_registry().get("asset:BTC"), cnp.Entry)
    assert cnp.JSONValue is JSONValue


def test_issue_11_parse_links_against_a_given_registry() -> None:
    """``parse(text, registry=...)`` links mentions against that registry only."""
    tables = {
        "assets.toml": (
            '[FLP]\nname = "Floopcoin"\naliases = ["Floopcoin"]\n'
            'examples = ["Floopcoin rose 5%."]\n'
        )
    }
    custom = cnp.Registry.from_toml(tables)
    text = "Floopcoin rose 5% while Bitcoin slipped."
    assert [(e.text, e.id) for e in cnp.parse(text, registry=custom).entities] == [
        ("Floopcoin", "asset:FLP")
    ]
    assert [e.id for e in cnp.parse(text).entities] == ["asset:BTC"]


def test_issue_11_a_custom_registrys_funds_take_part_in_events() -> None:
    """A fund that only the given registry knows is linked and read by the event frames
    (its underlying asset comes from that registry); parse() never raises."""
    tables = read_package_tables()
    tables["funds.toml"] += (
        '\n[ZZZB]\nname = "Zed Bitcoin Trust"\nissuer = "org:blackrock"\n'
        'underlying = "asset:BTC"\nkind = "spot"\naliases = ["Zed Bitcoin Trust"]\n'
        'bare_ticker = "always"\nexamples = ["ZZZB took in $5 million on Monday."]\n'
    )
    custom = cnp.Registry.from_toml(tables)
    text = "Spot bitcoin ETFs saw inflows; ZZZB took in $5 million and IBIT $40 million."
    doc = cnp.parse(text, registry=custom)
    assert "fund:ZZZB" in [e.id for e in doc.entities]
    flows = {(e.fund, e.asset, str(e.amount.value)) for e in doc.events if e.amount}
    assert ("fund:ZZZB", "asset:BTC", "5000000") in flows
    assert ("fund:IBIT", "asset:BTC", "40000000") in flows
