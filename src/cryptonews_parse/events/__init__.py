"""Stage 6: typed market events, read by a cascade over tagged sentences.

reading (a sentence as tagged units: figures, mentions, cue groups, segment and clause
boundaries) -> frames (one role frame per stated figure) -> discourse (topic, subject and
domain carried across sentences; restatements merged) -> one small module per event
type, which declares the figure kinds it takes and builds its event. The lexicon of cue
groups is data: ``data/events.toml``. Adding an event type is a module here, its line in
:data:`TYPES`, a member of ``EventType`` and its cue group in the lexicon.

>>> import cryptonews_parse as cnp
>>> [
...     (str(e.type), str(e.side), str(e.amount.value))
...     for e in cnp.parse(
...         "Bitcoin traders saw $40 million of longs and $25 million of shorts liquidated."
...     ).events
... ]
[('liquidation', 'long', '40000000'), ('liquidation', 'short', '25000000')]
"""

from __future__ import annotations

from collections.abc import Sequence

from cryptonews_parse.analysis import Analysis, analyse
from cryptonews_parse.entities import Registry, default_registry
from cryptonews_parse.events import (
    discourse,
    dominance,
    etf_flow,
    exchange_flow,
    funding_rate,
    hack,
    liquidation,
    open_interest,
    price_level,
    price_move,
    transfer,
)
from cryptonews_parse.events.lexicon import Lexicon, default_lexicon
from cryptonews_parse.model import EntityMention, Event, EventType, Quantity

TYPES = (
    liquidation,
    price_move,
    price_level,
    open_interest,
    funding_rate,
    dominance,
    exchange_flow,
    etf_flow,
    transfer,
    hack,
)
"""Every event type module; each has ``TYPE``, ``FIGURES`` and ``build``."""

_FIGURES = {module.TYPE: module.FIGURES for module in TYPES}
_BUILDERS: dict[EventType, discourse.Builder] = {module.TYPE: module.build for module in TYPES}


def extract(
    text: str,
    quantities: Sequence[Quantity],
    entities: Sequence[EntityMention],
    *,
    analysis: Analysis | None = None,
    registry: Registry | None = None,
    lexicon: Lexicon | None = None,
) -> tuple[Event, ...]:
    """Every market event stated in ``text`` (normalised), in text order.

    Args:
        text: the normalised text.
        quantities: its quantities, in text order.
        entities: its entity mentions, in text order.
        analysis: the text's analysis, when the caller has built it already.
        registry: the registry the mentions were linked with.
        lexicon: the cue lexicon (``data/events.toml`` unless given; a script that
            weighs each entry passes a reduced one).

    Returns:
        The events, one per stated fact.
    """
    return discourse.extract(
        analysis if analysis is not None else analyse(text),
        quantities,
        entities,
        lexicon=lexicon if lexicon is not None else default_lexicon(),
        registry=registry if registry is not None else default_registry(),
        figures=_FIGURES,
        builders=_BUILDERS,
    )
