"""Price levels: supports, resistances, highs and lows, targets and quoted prices.

Figures: money. Cue groups: ``level`` ("the $58,000 support", "a high of $X", "trades
near $X"), and the price a move reached when the move states its change ("fell 4% to
$2,900"). In a conditional clause a move names a level ("a drop below $60,000 could ...").
``kind`` is the level word that named it ("support", "all-time high"), else "price".
"""

from __future__ import annotations

from cryptonews_parse.events.roles import EventFields, Frame
from cryptonews_parse.model import EventType, Kind, PriceLevel

TYPE = EventType.PRICE_LEVEL
FIGURES = frozenset({Kind.MONEY, Kind.RATIO})
"""A price, or a pair's ratio when its quote is a crypto asset ("ETH/BTC at 0.0391")."""


def build(frame: Frame, common: EventFields) -> PriceLevel:
    """A level with the word that named it."""
    return PriceLevel(**common, kind=frame.level or "price")
