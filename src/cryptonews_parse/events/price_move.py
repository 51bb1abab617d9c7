"""Price moves: an asset's price rose or fell, by a stated change or to a stated level.

Figures: a percent or multiplier change, or the price reached ("fell below $5,000") when
no change is stated. Cue groups: ``rise``, ``fall``, ``loss`` (with a percent); a price
widget's signed percent after a ticker ("SOL -2.1%") too. "fell 4% to $2,900" gives this
move and a ``price_level``.
"""

from __future__ import annotations

from cryptonews_parse.events.roles import EventFields, Frame
from cryptonews_parse.model import EventType, Kind, PriceMove

TYPE = EventType.PRICE_MOVE
FIGURES = frozenset({Kind.PERCENT, Kind.MULTIPLIER, Kind.MONEY})


def build(frame: Frame, common: EventFields) -> PriceMove:
    """A move's change, or the level it reached."""
    q = frame.figure
    if q.kind is Kind.MONEY or q.kind is Kind.CRYPTO:  # a price, or one quoted in a stablecoin
        return PriceMove(**common, from_=frame.from_, to=q)
    return PriceMove(**common, from_=frame.from_, to=frame.to, change=q)
