"""cryptonews_parse: exact, typed financial quantities, entities and events from crypto news.

>>> import cryptonews_parse as cnp
>>> q = cnp.parse_quantity("$1.36 billion")
>>> q.value, q.unit
(Decimal('1360000000'), 'USD')
"""

from cryptonews_parse._version import __version__
from cryptonews_parse.errors import CryptonewsParseError, QuantityError, RegistryError
from cryptonews_parse.model import (
    Bound,
    Direction,
    Document,
    EntityMention,
    EntityType,
    Event,
    EventType,
    Kind,
    Quantity,
    Side,
    Span,
    TimeUnit,
)
from cryptonews_parse.pipeline import parse
from cryptonews_parse.quantities import read_quantity as parse_quantity

__all__ = [
    "Bound",
    "CryptonewsParseError",
    "Direction",
    "Document",
    "EntityMention",
    "EntityType",
    "Event",
    "EventType",
    "Kind",
    "Quantity",
    "QuantityError",
    "RegistryError",
    "Side",
    "Span",
    "TimeUnit",
    "__version__",
    "parse",
    "parse_quantity",
]
