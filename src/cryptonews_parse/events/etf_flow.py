"""Fund flows: ETFs, trusts and "digital asset investment products", with or without
the word ETF.

Figures: money or crypto. Cue groups: ``outflow``, ``inflow`` and ``loss`` words in a
fund domain (``etf`` words or a fund mention): "$12M left FBTC", "Fidelity's fund added
$20M", "investment products lost $40M to outflows". ``fund`` is set when one fund is
named; ``asset`` is its underlying.
"""

from __future__ import annotations

from cryptonews_parse.events.roles import EventFields, Frame
from cryptonews_parse.model import EtfFlow, EventType, Kind

TYPE = EventType.ETF_FLOW
FIGURES = frozenset({Kind.MONEY, Kind.CRYPTO})


def build(frame: Frame, common: EventFields) -> EtfFlow:
    """A fund flow."""
    return EtfFlow(**common)
