"""Cascade step 3: the article around each sentence, and one event per stated fact.

In: the analysis, the quantities and mentions of the text, the type modules' figure
tables and builders. Out: the events, in text order. Why: a sentence without a cue word
often continues its paragraph's topic ("Bitmex logged $63M in longs" under a
liquidations heading), a pronoun continues the previous subject ("It now reports open
interest of $3.5 billion"), and a headline, a quoted tweet or a recap restates a fact
the body states: those must be one event, not two.

The state carried from sentence to sentence:
- ``topic``: the event type of the last sentence that stated one (or a heading's cue);
- ``domain``: whether flow words are about funds, exchanges or wallets;
- ``subject``: the assets, venues and funds named before the first figure or cue of the
  last sentence that named any, kept across sentences that open with an anaphor;
- ``hack_topic``: the article is about a theft (two hack cues or more).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_EVEN, Decimal
from typing import NamedTuple

import attrs

from cryptonews_parse.analysis import Analysis, Sentence
from cryptonews_parse.entities import Registry
from cryptonews_parse.events.frames import Context, EventFields, Frame, fields, fill
from cryptonews_parse.events.lexicon import Lexicon
from cryptonews_parse.events.reading import Reading, read
from cryptonews_parse.model import (
    Bound,
    EntityMention,
    EntityType,
    Event,
    EventType,
    Kind,
    Quantity,
    Side,
)

Builder = Callable[[Frame, EventFields], Event]
_SUBJECT_TYPES = (EntityType.ASSET, EntityType.PAIR, EntityType.VENUE, EntityType.FUND)
_MARKET_TYPES = frozenset({EntityType.ASSET, EntityType.VENUE, EntityType.FUND, EntityType.PAIR})
_TOPICS = frozenset(
    {
        EventType.LIQUIDATION,
        EventType.ETF_FLOW,
        EventType.EXCHANGE_FLOW,
        EventType.TRANSFER,
        EventType.HACK,
        EventType.OPEN_INTEREST,
        EventType.FUNDING_RATE,
        EventType.DOMINANCE,
    }
)
"""Event types that make a topic the next sentences can continue."""
TOPIC_REACH = 4
"""A sentence without figures announces a topic only in its first words ("Open interest
is ..."), or anywhere in a heading; a family named in passing later does not."""
HACK_TOPIC_CUES = 2
"""Hack cues an article needs before its flow and transfer words are read as a theft."""


def extract(
    analysis: Analysis,
    quantities: Sequence[Quantity],
    mentions: Sequence[EntityMention],
    *,
    lexicon: Lexicon,
    registry: Registry,
    figures: Mapping[EventType, frozenset[Kind]],
    builders: Mapping[EventType, Builder],
) -> tuple[Event, ...]:
    """Every event the text states, restatements merged, in text order."""
    readings = _readings(analysis, quantities, mentions, lexicon)
    if not _is_market_news(readings, mentions):
        return ()
    context = Context(
        figures=figures,
        registry=registry,
        hack_topic=_hack_cues(readings) >= HACK_TOPIC_CUES,
        doc_asset=_doc_asset(readings, mentions),
        doc_venue=_doc_venue(readings, mentions),
    )
    frames: list[Frame] = []
    for reading in readings:
        if isinstance(reading, Plain):
            subject = tuple(m for m in reading.mentions if m.type in _SUBJECT_TYPES)
            context = context._replace(subject=subject or context.subject)
            continue
        found = fill(reading, context)
        frames.extend(found)
        context = _carry(context, reading, found)
    stated: list[tuple[Event, bool]] = []
    for frame in frames:
        event = builders[frame.type](frame, fields(analysis.text, frame))
        _merge_or_add(stated, event, frame.headline)
    return tuple(sorted((event for event, _ in stated), key=lambda e: e.span.start))


class Plain(NamedTuple):
    """A sentence with no figure and no cue: only the mentions it names are kept."""

    sentence: Sentence
    mentions: tuple[EntityMention, ...]


def _readings(
    analysis: Analysis,
    quantities: Sequence[Quantity],
    mentions: Sequence[EntityMention],
    lexicon: Lexicon,
) -> list[Reading | Plain]:
    """Each sentence tagged with the items inside it, one pass over each list. A sentence
    with no figure and no cue is not tagged: only the mentions it names are kept (they
    may be the subject a later "it" refers to)."""
    text = analysis.text
    matches = lexicon.scan(text)
    readings: list[Reading | Plain] = []
    qi = mi = ci = 0
    for sentence in analysis.sentences:
        qi, qj = _inside(quantities, qi, sentence.start, sentence.end)
        mi, mj = _inside(mentions, mi, sentence.start, sentence.end)
        while ci < len(matches) and matches[ci].start < sentence.start:
            ci += 1
        cj = ci
        while cj < len(matches) and matches[cj].end <= sentence.end:
            cj += 1
        if qj > qi or cj > ci or any(_cue_mention(m, lexicon) for m in mentions[mi:mj]):
            readings.append(
                read(text, sentence, quantities[qi:qj], mentions[mi:mj], matches[ci:cj], lexicon)
            )
        else:
            readings.append(Plain(sentence, tuple(mentions[mi:mj])))
        qi, mi, ci = qj, mj, cj
    return readings


def _inside(
    items: Sequence[Quantity] | Sequence[EntityMention], i: int, start: int, end: int
) -> tuple[int, int]:
    while i < len(items) and items[i].span.start < start:
        i += 1
    j = i
    while j < len(items) and items[j].span.end <= end:
        j += 1
    return i, j


def _cue_mention(mention: EntityMention, lexicon: Lexicon) -> bool:
    return mention.id in lexicon.entity_groups or f"type:{mention.type}" in lexicon.entity_groups


def _is_market_news(readings: Sequence[Reading | Plain], mentions: Sequence[EntityMention]) -> bool:
    """A text that names no asset, venue, fund or pair and no market word is not market
    news: its "liquidation" is a company's, its "dominance" a football club's."""
    return any(_market_mention(m) for m in mentions) or any(
        isinstance(r, Reading) and r.has("market") for r in readings
    )


def _market_mention(mention: EntityMention) -> bool:
    """An asset, venue, fund or pair; or a metric written as a crypto symbol ("BTC.D",
    "OI", "TOTAL2"), not as English words ("dominance")."""
    if mention.type in _MARKET_TYPES:
        return True
    return (
        mention.type is EntityType.METRIC
        and not mention.text.islower()
        and (mention.text.isupper() or any(c.isdigit() or c == "." for c in mention.text))
    )


def _hack_cues(readings: Sequence[Reading | Plain]) -> int:
    return sum(
        1 for r in readings if isinstance(r, Reading) for c in r.cues if c.group.kind == "hack"
    )


def _mentions_of(reading: Reading | Plain) -> list[EntityMention]:
    if isinstance(reading, Plain):
        return list(reading.mentions)
    return [u.mention for u in reading.units if u.mention is not None]


def _doc_asset(
    readings: Sequence[Reading | Plain], mentions: Sequence[EntityMention]
) -> str | None:
    """The article's asset: the first one its first sentence names, else the one it names
    most often."""
    if readings:
        for m in _mentions_of(readings[0]):
            if m.type is EntityType.ASSET:
                return m.id
    counts = Counter(m.id for m in mentions if m.type is EntityType.ASSET)
    return counts.most_common(1)[0][0] if counts else None


def _doc_venue(
    readings: Sequence[Reading | Plain], mentions: Sequence[EntityMention]
) -> EntityMention | None:
    """The venue of an article whose title names it and that names no other venue (a
    BitMEX report, an exchange hack): the venue of its events that name none."""
    venues = {m.id for m in mentions if m.type is EntityType.VENUE}
    if len(venues) != 1 or not readings or not readings[0].sentence.heading:
        return None
    return next((m for m in _mentions_of(readings[0]) if m.type is EntityType.VENUE), None)


def _carry(context: Context, reading: Reading, frames: Sequence[Frame]) -> Context:
    """The context for the next sentence: a sentence that states events of a carried
    type sets the topic; one that only names a family ("funding rates by exchange")
    sets it to that family; one about market caps or volumes clears it."""
    topic, direction = context.topic, context.topic_direction
    carried = [f for f in frames if f.type in _TOPICS]
    if carried:
        topic, direction = carried[-1].type, carried[-1].direction
    elif not frames:
        cue_topic = _cue_topic(reading, context)
        if cue_topic is not None:
            topic, direction = cue_topic
        elif _only_other(reading):
            topic, direction = None, None
    domain = context.domain
    domains = {c.group.value for c in reading.cues if c.group.role == "domain"}
    for candidate in ("etf", "transfer", "exchange"):
        if candidate in domains:
            domain = candidate
            break
    subject = _subject(reading) or context.subject
    window = frames[-1].window if frames else context.window if topic is context.topic else None
    return context._replace(
        topic=topic, topic_direction=direction, domain=domain, subject=subject, window=window
    )


def _cue_topic(reading: Reading, context: Context) -> tuple[EventType, str | None] | None:
    """The event type a sentence without figures announces ("Funding rates by exchange",
    "Open interest is the value of open contracts")."""
    for cue in reading.cues:
        kind = cue.group.kind
        if cue.group.role != "type" or kind is None:
            continue
        if not reading.sentence.heading and cue.first > TOPIC_REACH:
            break
        if kind in ("liquidation", "open_interest", "funding_rate", "dominance", "hack"):
            return EventType(kind), cue.group.direction
        if kind == "flow":
            if context.domain == "etf":
                return EventType.ETF_FLOW, cue.group.direction
            if context.domain == "exchange":
                return EventType.EXCHANGE_FLOW, cue.group.direction
    return None


def _subject(reading: Reading) -> tuple[EntityMention, ...]:
    """Entities named before the sentence's first figure or type cue (its subject)."""
    stop = len(reading.units)
    for cue in reading.cues:
        if cue.group.role == "type":
            stop = cue.first
            break
    figures = reading.figures()
    if figures:
        stop = min(stop, figures[0])
    return tuple(
        u.mention
        for u in reading.units[:stop]
        if u.mention is not None and u.mention.type in _SUBJECT_TYPES
    )


def _only_other(reading: Reading) -> bool:
    kinds = {c.group.kind for c in reading.cues if c.group.role == "type"}
    return bool(kinds) and kinds <= {"other", "reserve", "move", "level"} and "other" in kinds


def _merge_or_add(stated: list[tuple[Event, bool]], event: Event, headline: bool) -> None:
    """Add ``event`` unless an earlier event states the same fact: same type, no
    conflicting role, and a figure in common, or a figure that a headline's or an
    approximate figure rounds ("$1B" headline, "close to $20 billion"); then the earlier
    one takes its figures and fills its missing roles. ``headline``: the event is a
    heading's."""
    for k, (earlier, earlier_headline) in enumerate(stated):
        if type(earlier) is not type(event) or not _compatible(earlier, event):
            continue
        if earlier.amount is None and event.amount is not None and _same_sign(earlier, event):
            stated[k] = (_absorb(event, earlier), earlier_headline or headline)
            return
        rounded = earlier.span != event.span and (
            _rounded(earlier, earlier_headline, event) or _rounded(event, headline, earlier)
        )
        if _shares_figure(earlier, event) or rounded:
            stated[k] = (_absorb(earlier, event), earlier_headline)
            return
    stated.append((event, headline))


def _same_sign(state: Event, reading: Event) -> bool:
    """A sign stated in words ("slips into negative territory") and a reading with that
    sign (-0.0014%) are one fact."""
    value = reading.amount.value if reading.amount is not None else None
    if value is None or state.direction is None:
        return False
    return (value < 0) == (str(state.direction) in ("down", "out"))


def _compatible(a: Event, b: Event) -> bool:
    for name in ("side", "asset", "venue", "fund", "direction"):
        x, y = getattr(a, name), getattr(b, name)
        if x is not None and y is not None and x != y:
            if name == "side" and Side.BOTH in (x, y):
                continue
            return False
    return True


def _stated(event: Event) -> list[Quantity]:
    """The event's figure and its restatements (not shares or changes)."""
    amount = event.amount
    shown = [q for q in event.quantities if q.kind is not Kind.PERCENT or amount is q]
    return shown if amount is None or amount.kind is not Kind.PERCENT else [amount]


def _shares_figure(a: Event, b: Event) -> bool:
    left = {(q.value, q.unit) for q in _stated(a) if q.value is not None}
    return any((q.value, q.unit) in left for q in _stated(b) if q.value is not None)


def _rounded(rough: Event, is_headline: bool, precise: Event) -> bool:
    """True when ``rough``'s figure is a headline's or an approximation ("nearly",
    "over") that one of ``precise``'s figures rounds to (an approximation only for the
    same side: "about $30 million" is not its "$28.5 million" of longs)."""
    figure = rough.amount
    if figure is None or figure.value is None:
        return False
    if not (is_headline or figure.approx or figure.bound is not None):
        return False
    if not is_headline and rough.side != precise.side:
        return False
    rounding = (
        {Bound.LOWER: ROUND_FLOOR, Bound.UPPER: ROUND_CEILING}.get(
            figure.bound or Bound.LOWER, ROUND_HALF_EVEN
        )
        if figure.bound is not None
        else ROUND_HALF_EVEN
    )
    return any(
        q.unit == figure.unit
        and q.value is not None
        and q is not figure
        and rounds_to(q.value, figure.value, rounding)
        for q in _stated(precise)
    )


def _absorb(earlier: Event, later: Event) -> Event:
    quantities = earlier.quantities + tuple(
        q for q in later.quantities if q not in earlier.quantities
    )
    entities = earlier.entities + tuple(e for e in later.entities if e not in earlier.entities)
    changes: dict[str, object] = {"quantities": quantities, "entities": entities}
    for name in ("side", "asset", "venue", "fund", "direction", "window", "scope"):
        if getattr(earlier, name) is None and getattr(later, name) is not None:
            changes[name] = getattr(later, name)
    if earlier.side is Side.BOTH and later.side not in (None, Side.BOTH):
        changes["side"] = later.side
        changes["scope"] = later.scope
    return attrs.evolve(earlier, **changes)  # type: ignore[arg-type]


def rounds_to(value: Decimal, headline: Decimal, rounding: str = ROUND_HALF_EVEN) -> bool:
    """True when ``value`` rounded to the precision ``headline`` is printed with equals it
    ("$1.01 billion" is a "$1B" headline; "$1.36 billion" is not a "$1.3B" one); "over
    $41 billion" rounds down (``ROUND_FLOOR``), "under" up.

    >>> rounds_to(Decimal("1010000000"), Decimal("1000000000"))
    True
    >>> rounds_to(Decimal("1360000000"), Decimal("1300000000"))
    False
    """
    if headline == 0 or value == 0:
        return value == headline
    exponent = headline.normalize().as_tuple().exponent
    if not isinstance(exponent, int):
        return False
    return value.quantize(Decimal(1).scaleb(exponent), rounding=rounding) == headline
