"""Liquidation events: forced closing of leveraged positions, with amount, side and scope.

In: a sentence holding a ``[liquidation]`` cue. Out: one :class:`Liquidation` per
liquidated amount the sentence states as a fact. An amount counts when it is tied to a
liquidation word by linking words only ("$961 million in futures market liquidations",
"liquidations hit $1.3B", "$1.36 billion was wiped out"), or when it is a part of such an
amount stated before it in the sentence or in the sentence before ("..., of which $485
million came from leveraged long positions", "$821 million of that was from long
positions"). Prices, questions and forecasts are not liquidations.

Each event carries:

- ``side``: the side words next to the amount ("long positions", "shorts", "short and long"
  is both); a part without side words takes its total's side; a total without any is both.
- ``asset``: the asset the liquidations are in ("Bitcoin liquidations", "Bitcoin faced $342
  million in liquidations", a ``BTC-USDT`` pair's base, a crypto amount's unit); None for
  market-wide figures ("crypto liquidations").
- ``venue``: the one venue named in the clause.
- ``scope``: ``largest`` (the largest single liquidation), ``asset`` (an asset's part of a
  total), ``venue`` (a venue's figure), else ``total``.
- ``window``: the clause's window, else its total's, else the window of the last
  liquidation stated before in the article (news states it once), unless the sentence
  dates itself ("a few days ago").
- ``share``: a percent tied to a side word ("85% of it longs"); ``side`` is then that side.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Sequence

import attrs

from cryptonews_parse.entities import default_registry
from cryptonews_parse.events._phrases import Clause, Reading, asset_id, reading_of, words
from cryptonews_parse.events.base import Context, Cue, Sentence, build
from cryptonews_parse.model import (
    EntityMention,
    EntityType,
    Kind,
    Liquidation,
    Quantity,
    Side,
)

SECTION = "liquidation"

TRIGGERS: tuple[str, ...] = ("liquidation.trigger", "liquidation.weak", "liquidation.part")
"""Groups the driver requires before it calls :func:`extract`: a liquidation word, or a
part word that continues the liquidation of the sentence before ("long" alone is none)."""

_SIDES = ("liquidation.long", "liquidation.short", "liquidation.both")
_LOOK_BACK = 8  # earlier liquidations searched for the window a sentence takes over


def extract(sentence: Sentence, context: Context) -> list[Liquidation]:
    """The liquidations ``sentence`` states (see the module docstring).

    >>> import cryptonews_parse as cnp
    >>> [
    ...     (e["amount"], e["side"], e["scope"])
    ...     for e in cnp.parse(
    ...         "Bitcoin liquidations hit $563 million, of which $485 million were longs."
    ...     ).to_dict()["events"]
    ... ]
    [('563000000', 'both', 'total'), ('485000000', 'long', 'total')]
    """
    stated = sentence.has("liquidation.trigger") or sentence.has("liquidation.weak")
    before = None if stated else _continued(sentence, context)
    if not stated and before is None:
        return []
    if not sentence.quantities_of(Kind.MONEY, Kind.CRYPTO):
        return []
    reading = reading_of(sentence)
    figures = reading.figures()
    cues = _trigger_cues(reading)
    before_cue = words("liquidation.before_cue")
    after_cue = words("liquidation.after_cue")
    events: list[tuple[Liquidation, Clause, bool]] = []
    for quantity in figures:
        clause = reading.clause(quantity.span.start)
        total = before if before is not None else _total_before(events, clause)
        is_part = total is not None and (clause.part or before is not None)
        cue = reading.linked(quantity, cues, before_cue, after_cue)
        if cue is None and is_part:
            cue = _part_link(reading, quantity)
        if cue is None:
            continue
        low, high = min(quantity.span.start, cue.span.start), max(quantity.span.end, cue.span.end)
        if reading.hedged(low, high):
            continue
        event = _event(reading, context, quantity, cue, clause, figures, total if is_part else None)
        events.append((event, clause, is_part))
    return _with_shares(reading, events)


def _trigger_cues(reading: Reading) -> list[Cue]:
    """Liquidation words, and weak ones ("bloodbath") in a clause about leverage."""
    found = reading.cues("liquidation.trigger")
    leverage = reading.cues("liquidation.leverage")
    for cue in reading.cues("liquidation.weak"):
        clause = reading.clause(cue.span.start)
        if any(reading.in_clause(clause, c.span) for c in leverage):
            found.append(cue)
    return sorted(found, key=lambda c: c.span.start)


def _continued(sentence: Sentence, context: Context) -> Liquidation | None:
    """The liquidation of the sentence just before, when this one states a part of it."""
    if not sentence.has("liquidation.part"):
        return None
    event = next(_earlier_liquidations(context), None)
    if event is None:
        return None
    return event if 0 <= sentence.span.start - event.span.end <= 4 else None


def _total_before(
    events: Sequence[tuple[Liquidation, Clause, bool]], clause: Clause
) -> Liquidation | None:
    """The last total of the sentence stated in a clause before ``clause``."""
    for event, where, is_part in reversed(events):
        if not is_part and where.end <= clause.start:
            return event
    return None


def _part_link(reading: Reading, quantity: Quantity) -> Cue | None:
    """A part, side or subject word tied to a figure of a part clause ("$485 million came
    from leveraged long positions", "accounting for $377 million", "$821 million of
    that")."""
    after = reading.cues("liquidation.part", *_SIDES, "liquidation.trigger")
    before = reading.cues("liquidation.part", "liquidation.subject")
    for cue in after:
        if cue.span.start >= quantity.span.end and reading.links(
            quantity.span.end, cue.span.start, words("liquidation.part_gap")
        ):
            return cue
    for cue in before:
        if cue.span.end <= quantity.span.start and reading.links(
            cue.span.end, quantity.span.start, words("liquidation.after_cue")
        ):
            return cue
    return None


def _event(
    reading: Reading,
    context: Context,
    quantity: Quantity,
    cue: Cue,
    clause: Clause,
    figures: Sequence[Quantity],
    total: Liquidation | None,
) -> Liquidation:
    sentence = reading.sentence
    side_cues = _side_cues(reading, quantity, cue, figures)
    side = _side(side_cues)
    if side is None and total is not None:
        side = total.side
    asset_mention, asset = _asset(reading, quantity, cue, figures)
    venue = reading.only(
        e
        for e in sentence.entities_of(EntityType.VENUE)
        if reading.in_clause(clause, e.span) and not reading.question(e.span.start)
    )
    largest = _largest(reading, clause)
    part = (
        total is not None
        or _part_words(reading, quantity)
        or _inside_market_figure(reading, quantity, figures)
    )
    if largest:
        scope = "largest"
    elif asset is not None and part:
        scope = "asset"
    elif venue is not None:
        scope = "venue"
    else:
        scope = "total"
    if side is None and not largest:
        side = Side.BOTH
    window = reading.window(clause)
    if window is None and total is not None:
        window = total.window
    if window is None and not sentence.has("liquidation.dated"):
        window = _earlier_window(context)
    return build(
        Liquidation,
        sentence,
        used=[asset_mention],
        amount=quantity,
        side=side,
        asset=asset,
        venue=None if venue is None else venue.id,
        window=window,
        scope=scope,
    )


def _side_cues(
    reading: Reading, quantity: Quantity, cue: Cue, figures: Sequence[Quantity]
) -> list[Cue]:
    """Side words after the figure (up to the next figure or the end of the phrase holding
    its cue), else before it (back to the previous figure or the phrase start)."""
    next_start = min(
        (q.span.start for q in figures if q.span.start >= quantity.span.end),
        default=reading.sentence.span.end,
    )
    prev_end = max((q.span.end for q in figures if q.span.end <= quantity.span.start), default=0)
    clause = reading.clause(quantity.span.start)
    after_end = min(
        next_start, clause.end, reading.phrase(max(quantity.span.end, cue.span.end) - 1)[1]
    )
    before_start = max(
        prev_end, clause.start, reading.phrase(min(quantity.span.start, cue.span.start))[0]
    )
    text = reading.sentence.text
    base = reading.sentence.span.start
    sides = [
        c
        for c in reading.cues(*_SIDES)
        if "-" in c.text or text[c.span.end - base : c.span.end - base + 1] != "-"
    ]
    after = [c for c in sides if quantity.span.end <= c.span.start and c.span.end <= after_end]
    if after:
        return after
    return [c for c in sides if before_start <= c.span.start and c.span.end <= quantity.span.start]


def _side(cues: Sequence[Cue]) -> Side | None:
    names = {c.name for c in cues}
    if "liquidation.both" in names or {"liquidation.long", "liquidation.short"} <= names:
        return Side.BOTH
    if "liquidation.long" in names:
        return Side.LONG
    if "liquidation.short" in names:
        return Side.SHORT
    return None


def _asset(
    reading: Reading, quantity: Quantity, cue: Cue, figures: Sequence[Quantity]
) -> tuple[EntityMention | None, str | None]:
    """The asset the liquidated amount is in, and the mention that names it."""
    registry = default_registry()
    before_cue = words("liquidation.before_cue")
    low, high = min(quantity.span.start, cue.span.start), max(quantity.span.end, cue.span.end)
    for market in reading.cues("liquidation.market"):
        inside = low <= market.span.start and market.span.end <= high
        if inside or (
            market.span.end <= cue.span.start
            and reading.links(market.span.end, cue.span.start, before_cue)
        ):
            return None, None
    if quantity.kind is Kind.CRYPTO and quantity.unit is not None:
        entry = registry.asset(quantity.unit)
        if entry is not None:
            return None, entry.id
    named = reading.sentence.entities_of(EntityType.ASSET, EntityType.PAIR)
    for mention in named:
        inside = low <= mention.span.start and mention.span.end <= high
        # "Bitcoin liquidations", "Bitcoin longs worth $50 million", "$12 million ETH-USDT"
        adjacent = any(
            reading.links(end, start, before_cue)
            for end, start in (
                (mention.span.end, cue.span.start),
                (mention.span.end, quantity.span.start),
                (quantity.span.end, mention.span.start),
            )
        )
        if inside or adjacent:
            return mention, asset_id(mention)
    prev_end = max((q.span.end for q in figures if q.span.end <= quantity.span.start), default=0)
    for verb in reading.cues("liquidation.subject"):
        if verb.span.end <= quantity.span.start and reading.links(
            verb.span.end, quantity.span.start, words("liquidation.after_cue")
        ):
            subjects = [
                m for m in named if prev_end <= m.span.start and m.span.end <= verb.span.start
            ]
            if subjects:
                return subjects[-1], asset_id(subjects[-1])
    return None, None


def _largest(reading: Reading, clause: Clause) -> bool:
    """True when the clause names the largest single liquidation ("the single biggest
    liquidation", "the largest single long liquidation")."""
    gap = words("liquidation.largest_gap")
    triggers = reading.cues("liquidation.trigger")
    for cue in reading.cues("liquidation.largest"):
        if reading.in_clause(clause, cue.span) and any(
            t.span.start >= cue.span.end and reading.links(cue.span.end, t.span.start, gap)
            for t in triggers
        ):
            return True
    return False


def _part_words(reading: Reading, quantity: Quantity) -> bool:
    """True when part words are tied to the figure ("accounting for $377 million", "$377
    million of that total")."""
    for cue in reading.cues("liquidation.part"):
        if cue.span.start >= quantity.span.end and reading.links(
            quantity.span.end, cue.span.start, words("liquidation.part_gap")
        ):
            return True
        if cue.span.end <= quantity.span.start and reading.links(
            cue.span.end, quantity.span.start, words("liquidation.after_cue")
        ):
            return True
    return False


def _inside_market_figure(
    reading: Reading, quantity: Quantity, figures: Sequence[Quantity]
) -> bool:
    """True when the sentence states a larger market-wide figure in the same unit ("Bitcoin
    faced $342 million in liquidations amid a $1 billion crypto sell-off")."""
    if quantity.value is None:
        return False
    markets = reading.cues("liquidation.market")
    for other in figures:
        if other is quantity or other.unit != quantity.unit or other.value is None:
            continue
        if other.value > quantity.value and any(
            m.span.start >= other.span.end
            and reading.links(other.span.end, m.span.start, frozenset())
            for m in markets
        ):
            return True
    return False


def _earlier_window(context: Context) -> str | None:
    """The window of the last liquidation stated before in the article."""
    for event in itertools.islice(_earlier_liquidations(context), _LOOK_BACK):
        if event.window is not None:
            return event.window
    return None


def _earlier_liquidations(context: Context) -> Iterator[Liquidation]:
    """The liquidations stated before this sentence, latest first; other event types
    between them (a price move, a level) do not break the article's thread."""
    return (event for event in reversed(context.earlier) if isinstance(event, Liquidation))


def _with_shares(
    reading: Reading, events: Sequence[tuple[Liquidation, Clause, bool]]
) -> list[Liquidation]:
    """Attach percents tied to a side word ("85% of it longs") to the total they divide."""
    found = [event for event, _, _ in events]
    gap = words("liquidation.share_gap")
    sides = reading.cues(*_SIDES)
    for share in reading.sentence.quantities_of(Kind.PERCENT):
        if reading.question(share.span.start):
            continue
        cue = reading.linked(share, sides, gap, gap)
        side = None if cue is None else _side([cue])
        if side is None:
            continue
        totals = [
            i
            for i, (event, _, is_part) in enumerate(events)
            if not is_part
            and event.amount is not None
            and event.amount.span.start < share.span.start
        ]
        if totals:
            i = totals[-1]
            event = found[i]
            found[i] = attrs.evolve(
                event,
                side=side,
                share=share,
                quantities=tuple(sorted((*event.quantities, share), key=lambda q: q.span.start)),
            )
    return found
