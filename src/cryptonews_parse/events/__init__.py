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

import bisect
from collections.abc import Iterator, Sequence
from typing import TypeVar

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
    Cue,
    Extract,
    Sentence,
    sentence_bounds,
    triggers,
)
from cryptonews_parse.model import EntityMention, EntityType, Event, Quantity, Span

_I = TypeVar("_I", Quantity, EntityMention)

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
    table = triggers()
    found = table.matches(text)
    if not any(e.type in _MARKET_TYPES for e in entities) and not any(
        "market.news" in names for _, _, names in found
    ):
        return ()
    gated = [start for start, _, names in found if not _GATES.isdisjoint(names)]
    events: list[Event] = []
    if not gated:
        return ()
    quantity_starts = [q.span.start for q in quantities]
    entity_starts = [e.span.start for e in entities]
    cue_starts = [start for start, _, _ in found]
    asset_mentions = [e for e in entities if e.type is EntityType.ASSET]
    asset_starts = [e.span.start for e in asset_mentions]
    for start, end in _gated_sentences(text, gated):
        span = Span(start, end)
        # one Span per cue phrase, shared by its groups: most sentences hold many cues
        cues: list[Cue] = []
        names: set[str] = set()
        for cue_start, cue_end, cue_names in found[_slice(cue_starts, start, end)]:
            if cue_end <= end:
                cue_span = Span(cue_start, cue_end)
                cue_text = text[cue_start:cue_end]
                if len(cue_names) == 1:  # most phrases belong to one group
                    cues.append(Cue(cue_names[0], cue_span, cue_text))
                else:
                    cues.extend([Cue(name, cue_span, cue_text) for name in cue_names])
                names.update(cue_names)
        sentence = Sentence(
            text=text[start:end],
            span=span,
            quantities=_inside(quantities[_slice(quantity_starts, start, end)], end),
            entities=_inside(entities[_slice(entity_starts, start, end)], end),
            cues=tuple(cues),
        )
        before = bisect.bisect_left(asset_starts, start)
        context = Context(
            previous_asset=asset_mentions[before - 1].id if before else None, earlier=events
        )
        # figure-less events exist too ("netflow flipped negative"): cues decide alone
        for gates, extract_events in EXTRACTORS:
            if not gates.isdisjoint(names):
                events.extend(extract_events(sentence, context))
    events.sort(key=lambda event: event.span.start)
    return tuple(events)


_GATES = frozenset().union(*(gates for gates, _ in EXTRACTORS))
"""Every cue group that wakes an extractor; a sentence without one is never read."""


def _gated_sentences(text: str, gated: Sequence[int]) -> Iterator[tuple[int, int]]:
    """(start, end) of the sentences that hold a gating cue, in text order. Sentences never
    cross a line break, so only the lines holding such a cue are split."""
    line_end = -1
    for position in gated:
        if position < line_end:
            continue
        line_start = text.rfind("\n", 0, position) + 1
        line_end = text.find("\n", position)
        if line_end < 0:
            line_end = len(text)
        while text[line_start].isspace():  # a line break's whitespace is no sentence's
            line_start += 1
        wanted = gated[bisect.bisect_left(gated, line_start) : bisect.bisect_left(gated, line_end)]
        for start, end in sentence_bounds(text[line_start:line_end]):
            start += line_start
            end += line_start
            # the first gating cue at or after the start decides: is it before the end?
            index = bisect.bisect_left(wanted, start)
            if index < len(wanted) and wanted[index] < end:
                yield start, end


def _slice(starts: Sequence[int], start: int, end: int) -> slice:
    """The index range of the items (by sorted start offsets) that start in [start, end)."""
    return slice(bisect.bisect_left(starts, start), bisect.bisect_left(starts, end))


def _inside(items: Sequence[_I], end: int) -> tuple[_I, ...]:
    """The items that end by ``end``; they never overlap, so when the last one does, all do."""
    if not items or items[-1].span.end <= end:
        return tuple(items)
    return tuple([item for item in items if item.span.end <= end])


__all__ = ["EXTRACTORS", "Context", "Sentence", "extract"]
