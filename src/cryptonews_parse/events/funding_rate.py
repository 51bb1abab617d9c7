"""Funding rates of perpetual futures: readings (signed) and changes.

Figures: percent or basis points. Cue groups: ``funding_rate`` and the
``metric:funding_rate`` mention; lines under a funding heading ("OKX: 0.004%") continue
its topic.
"""

from __future__ import annotations

from cryptonews_parse.events.roles import EventFields, Frame, metric_figures, state_of
from cryptonews_parse.model import EventType, FundingRate, Kind

TYPE = EventType.FUNDING_RATE
FIGURES = frozenset({Kind.PERCENT, Kind.BASIS_POINTS})


def build(frame: Frame, common: EventFields) -> FundingRate:
    """A funding reading or change."""
    return FundingRate(**common, **metric_figures(frame), state=state_of(frame))
