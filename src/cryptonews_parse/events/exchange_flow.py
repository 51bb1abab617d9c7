"""Exchange flows: deposits to and withdrawals from exchanges over a period.

Figures: crypto or money. Cue groups: ``outflow`` and ``inflow`` words in an exchange
domain (``exchange`` words or a venue), and change verbs said of reserves ("reserves are
down 8,200 BTC"). A single on-chain movement is a ``transfer`` instead.
"""

from __future__ import annotations

from cryptonews_parse.events.roles import EventFields, Frame, state_of
from cryptonews_parse.model import EventType, ExchangeFlow, Kind

TYPE = EventType.EXCHANGE_FLOW
FIGURES = frozenset({Kind.MONEY, Kind.CRYPTO})


def build(frame: Frame, common: EventFields) -> ExchangeFlow:
    """A flow into or out of exchanges."""
    return ExchangeFlow(**common, state=state_of(frame))
