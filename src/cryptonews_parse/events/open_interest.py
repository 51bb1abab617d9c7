"""Open interest: the value of open futures contracts, its readings and changes.

Figures: money or crypto readings, percent changes. Cue groups: ``open_interest`` and the
``metric:open_interest`` mention; a change verb said of it ("OI rose 8% to $14 billion",
one event whose reading is $14 billion and change 8%).
"""

from __future__ import annotations

from cryptonews_parse.events.roles import EventFields, Frame, metric_figures
from cryptonews_parse.model import EventType, Kind, OpenInterest

TYPE = EventType.OPEN_INTEREST
FIGURES = frozenset({Kind.MONEY, Kind.CRYPTO, Kind.PERCENT})


def build(frame: Frame, common: EventFields) -> OpenInterest:
    """A reading or change of open interest."""
    return OpenInterest(**common, **metric_figures(frame))
