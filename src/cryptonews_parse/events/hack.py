"""Hacks: exploits and thefts, the amount taken and from whom.

Figures: money or crypto. Cue groups: ``hack`` ("stolen", "exploit", "made off with"); in
an article about a theft, flow and transfer words ("withdrawn", "sent to the attacker's
address") are the hack's movements. ``venue`` is the exchange robbed.
"""

from __future__ import annotations

from cryptonews_parse.events.roles import EventFields, Frame
from cryptonews_parse.model import EventType, Hack, Kind

TYPE = EventType.HACK
FIGURES = frozenset({Kind.MONEY, Kind.CRYPTO})


def build(frame: Frame, common: EventFields) -> Hack:
    """A theft."""
    return Hack(**common)
