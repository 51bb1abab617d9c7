"""Dominance: an asset's share of the crypto market's capitalisation.

Figures: percent. Cue groups: ``dominance`` and the ``metric:dominance`` mention
("BTC.D"); a change verb said of it, or of "it" after it ("It has since added 1.8%").
"""

from __future__ import annotations

from cryptonews_parse.events.roles import EventFields, Frame, metric_figures
from cryptonews_parse.model import Dominance, EventType, Kind

TYPE = EventType.DOMINANCE
FIGURES = frozenset({Kind.PERCENT})


def build(frame: Frame, common: EventFields) -> Dominance:
    """A dominance reading or change."""
    return Dominance(**common, **metric_figures(frame))
