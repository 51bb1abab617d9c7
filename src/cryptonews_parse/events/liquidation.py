"""Liquidations: forced closing of leveraged positions, by side, asset and venue.

Figures: money or crypto amounts. Cue groups in ``data/events.toml``: ``liquidation``
(and ``loss`` under a liquidation topic), with ``long``, ``short``, ``total`` and
``largest`` for the side and scope: "$40M in longs and $35M in shorts, $75M combined"
is three events; "Bybit and OKX with $12M and $9M respectively" two.
"""

from __future__ import annotations

from cryptonews_parse.events.roles import EventFields, Frame
from cryptonews_parse.model import EventType, Kind, Liquidation

TYPE = EventType.LIQUIDATION
FIGURES = frozenset({Kind.MONEY, Kind.CRYPTO})


def build(frame: Frame, common: EventFields) -> Liquidation:
    """The event of one liquidation frame; a percent in brackets after it is its share."""
    return Liquidation(**common, share=frame.share)
