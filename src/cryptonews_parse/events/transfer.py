"""Transfers: one on-chain movement of a whale, treasury or exchange wallet.

Figures: crypto or money. Cue groups: ``transfer`` ("moved", "sent", "transferred"), and
flow words among wallet words (``whale``). ``venue`` is the exchange at either end,
``direction`` ``in`` to it or ``out`` of it; ``from``/``to`` label the ends.
"""

from __future__ import annotations

from cryptonews_parse.events.roles import EventFields, Frame
from cryptonews_parse.model import EventType, Kind, Transfer

TYPE = EventType.TRANSFER
FIGURES = frozenset({Kind.MONEY, Kind.CRYPTO})


def build(frame: Frame, common: EventFields) -> Transfer:
    """A transfer with its end labels."""
    return Transfer(**common, from_=frame.from_label, to=frame.to_label)
