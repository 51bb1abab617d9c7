"""Stage 6: typed market events from sentences, their quantities, mentions and cue words.

Each event family is one module here with a ``SECTION`` in ``data/triggers.toml``, the
``TRIGGERS`` groups of that section without which it finds nothing, and an
``extract(sentence, context)`` function; :data:`EXTRACTORS` lists them. Adding a family is
a new module, a new table in the trigger file and a line in that list. Gating on
``TRIGGERS`` rather than on any cue of the section keeps generic cue words ("long",
"crypto", "exchange") from waking an extractor on most sentences of an article.

>>> groups = {name for names in triggers().groups.values() for name in names}
>>> [gate for gates, _ in EXTRACTORS for gate in gates if gate not in groups]
[]
"""

from __future__ import annotations

from collections.abc import Sequence

from cryptonews_parse.events import (
    etf_flow,
    exchange_flow,
    liquidation,
    metrics,
    price_level,
    price_move,
)
from cryptonews_parse.events.base import (
    Context,
    Extract,
    Sentence,
    by_sentence,
    sentence_spans,
    triggers,
)
from cryptonews_parse.model import EntityMention, EntityType, Event, Quantity

EXTRACTORS: tuple[tuple[frozenset[str], Extract], ...] = tuple(
    (frozenset(family.TRIGGERS), family.extract)
    for family in (liquidation, exchange_flow, etf_flow, price_move, price_level, metrics)
)
"""(trigger groups, extract) of every event family, in the order their events are listed."""

_MARKET_TYPES = frozenset(
    {EntityType.ASSET, EntityType.VENUE, EntityType.FUND, EntityType.PAIR, EntityType.METRIC}
)


def extract(
    text: str, quantities: Sequence[Quantity], entities: Sequence[EntityMention]
) -> tuple[Event, ...]:
    """Every market event stated in ``text`` (normalised), in text order.

    A text that names no asset, venue, fund, pair or metric and none of the market words
    of ``[market] news`` in the trigger table is not market news and yields no events,
    whatever its trigger words ("liquidation" of a company, "$5 million" of a footballer's
    transfer).
    """
    found_cues = list(triggers().cues(text))
    if not any(e.type in _MARKET_TYPES for e in entities) and not any(
        cue.name == "market.news" for cue in found_cues
    ):
        return ()
    spans = sentence_spans(text)
    cue_buckets = by_sentence(spans, found_cues)
    quantity_buckets = by_sentence(spans, quantities)
    entity_buckets = by_sentence(spans, entities)
    events: list[Event] = []
    context = Context(earlier=events)
    for span, cues, found, mentions in zip(
        spans, cue_buckets, quantity_buckets, entity_buckets, strict=True
    ):
        # figure-less events exist too ("netflow flipped negative"): cues decide alone
        names = {cue.name for cue in cues}
        wanted = [extract for gates, extract in EXTRACTORS if not gates.isdisjoint(names)]
        if wanted:
            sentence = Sentence(
                text=text[span.start : span.end],
                span=span,
                quantities=tuple(found),
                entities=tuple(mentions),
                cues=tuple(cues),
            )
            for extract_events in wanted:
                events.extend(extract_events(sentence, context))
        assets = [e.id for e in mentions if e.type is EntityType.ASSET]
        if assets:
            context = Context(previous_asset=assets[-1], earlier=events)
    events.sort(key=lambda event: event.span.start)
    return tuple(events)


__all__ = ["EXTRACTORS", "Context", "Sentence", "extract"]
