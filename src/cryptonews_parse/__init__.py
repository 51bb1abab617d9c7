"""cryptonews_parse: exact, typed financial quantities, entities and events from crypto news.

>>> import cryptonews_parse as cnp
>>> q = cnp.parse_quantity("$1.36 billion")
>>> q.value, q.unit
(Decimal('1360000000'), 'USD')
>>> cnp.registry.lookup("king coin")[0].id
'asset:BTC'
"""

from __future__ import annotations

from cryptonews_parse._version import __version__
from cryptonews_parse.corpus import parse_many
from cryptonews_parse.dataframes import to_arrow, to_pandas
from cryptonews_parse.entities import Entry, Registry, default_registry
from cryptonews_parse.errors import CryptonewsParseError, QuantityError, RegistryError
from cryptonews_parse.model import (
    Bound,
    Direction,
    Document,
    Dominance,
    EntityMention,
    EntityType,
    EtfFlow,
    Event,
    EventType,
    ExchangeFlow,
    FundingRate,
    Hack,
    JSONValue,
    Kind,
    Layer,
    Liquidation,
    MetricChange,
    OpenInterest,
    PriceLevel,
    PriceMove,
    Quantity,
    RowValue,
    Side,
    Span,
    SpunWord,
    TimeUnit,
    Transfer,
)
from cryptonews_parse.pipeline import parse
from cryptonews_parse.quantities import read_quantity as parse_quantity
from cryptonews_parse.render import render_html

__all__ = [
    "Bound",
    "CryptonewsParseError",
    "Direction",
    "Document",
    "Dominance",
    "EntityMention",
    "EntityType",
    "Entry",
    "EtfFlow",
    "Event",
    "EventType",
    "ExchangeFlow",
    "FundingRate",
    "Hack",
    "JSONValue",
    "Kind",
    "Layer",
    "Liquidation",
    "MetricChange",
    "OpenInterest",
    "PriceLevel",
    "PriceMove",
    "Quantity",
    "QuantityError",
    "Registry",
    "RegistryError",
    "RowValue",
    "Side",
    "Span",
    "SpunWord",
    "TimeUnit",
    "Transfer",
    "__version__",
    "default_registry",
    "parse",
    "parse_many",
    "parse_quantity",
    "registry",
    "render_html",
    "to_arrow",
    "to_pandas",
]


def __getattr__(name: str) -> Registry:
    """``cnp.registry``: the read-only entity registry, loaded on first use."""
    if name == "registry":
        return default_registry()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
