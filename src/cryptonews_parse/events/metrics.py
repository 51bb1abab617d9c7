"""Metric events: open interest, funding rate and dominance readings and changes.

In: a sentence holding a ``[metrics]`` cue. The cue groups ``open_interest``,
``funding_rate`` and ``dominance`` say which words name which event type; a mention the
entity linker tied to a ``metric:`` id and that overlaps such a cue is a metric occurrence
("Open Interest (OI)" is one). TOTAL2 and TOTAL3 (the market capitalisation without BTC,
or without BTC and ETH) are ``dominance`` events with ``asset`` None; ``metric:total2`` is
in their entities.

Out: one :class:`~cryptonews_parse.model.MetricChange` per occurrence with at least one
figure or a stated sign. The occurrence's figures are those after it in its clause, up to
the next metric, a stop word (``[words.metrics] stop``: "as", "while", "accompanied" …) or
the clause's end, and a change tied to it from before ("a 4% drop in Bitcoin's futures open
interest", "a 0.40% jump in BTC.D"). The words before a figure give its role:

- ``from_``/``to``: "dropped from $34.8 billion to $34.2 billion"; ``to`` also "dropped to
  $77 billion".
- ``change``: after "by", or followed by a change word ("a $600 million decline"); a
  percent of open interest is a change, a percent of funding or dominance a reading
  unless so marked.
- ``reading``: a level without a change ("OI remains above $80 billion", "dominance
  maintaining around 59%", "OI at $81 billion").
- ``state``: "flipped negative" -> ``negative`` (direction down), "turned positive" ->
  ``positive`` (up). A stated flip is an event without a figure.

``direction`` comes from the change words near the figures (``[metrics] up``/``down``);
``amount`` is the change, else ``to``, else the reading. ``asset``: "<TICKER>.D" names its
asset; else the asset named before the metric in its clause, else after it, else the one
named in an earlier sentence. ``venue``: the one venue the sentence names ("the Chicago
Mercantile Exchange, whose Bitcoin OI has fallen by 9%"). Figures in questions or hedged
phrases are skipped.
"""

from __future__ import annotations

import re

import attrs

from cryptonews_parse.events._phrases import Reading, asset_id, reading_of, words
from cryptonews_parse.events.base import Context, Cue, Sentence, build
from cryptonews_parse.events.price_move import in_parentheses, role_before
from cryptonews_parse.model import (
    Direction,
    Dominance,
    EntityMention,
    EntityType,
    FundingRate,
    Kind,
    MetricChange,
    OpenInterest,
    Quantity,
)

SECTION = "metrics"

TYPES: dict[str, type[MetricChange]] = {
    "open_interest": OpenInterest,
    "funding_rate": FundingRate,
    "dominance": Dominance,
}
"""Cue group of ``[metrics]`` -> the event type its metric mentions make."""

TRIGGERS: tuple[str, ...] = tuple(f"{SECTION}.{group}" for group in TYPES)
"""Groups the driver requires before it calls :func:`extract`: a metric is named by one;
a change word ("up", "fell") without it is no metric event."""

_INDEXES = frozenset({"metric:total2", "metric:total3"})
_TICKER_DOMINANCE = re.compile(r"([A-Z0-9]{2,10})\.D\Z")
_WORD = re.compile(r"[\w'’\-]+")
_MERGE_GAP = re.compile(r"[\s(]*\Z")
_LOOK_BACK = 24


@attrs.frozen
class _Occurrence:
    mentions: tuple[EntityMention, ...]
    cls: type[MetricChange]

    @property
    def start(self) -> int:
        return self.mentions[0].span.start

    @property
    def end(self) -> int:
        return self.mentions[-1].span.end


def extract(sentence: Sentence, context: Context) -> list[MetricChange]:
    """The metric readings and changes ``sentence`` states (see the module docstring).

    >>> import cryptonews_parse as cnp
    >>> [
    ...     (str(e.type), e.change.text, str(e.direction))
    ...     for e in cnp.parse(
    ...         "Bitcoin open interest has fallen by 9% over the past 24 hours."
    ...     ).events
    ... ]
    [('open_interest', '9%', 'down')]
    """
    if not sentence.entities_of(EntityType.METRIC) or not (
        sentence.quantities or sentence.has("metrics.flip")
    ):
        return []
    reading = reading_of(sentence)
    occurrences = _occurrences(reading)
    events = []
    for index, occurrence in enumerate(occurrences):
        following = occurrences[index + 1].start if index + 1 < len(occurrences) else None
        event = _event(reading, occurrence, following, context)
        if event is not None:
            events.append(event)
    return events


def _occurrences(reading: Reading) -> list[_Occurrence]:
    sentence = reading.sentence
    cues = [c for c in sentence.cues if c.name.partition(".")[2] in TYPES]
    found: list[_Occurrence] = []
    for mention in sentence.entities_of(EntityType.METRIC):
        cls = _type_of(mention, cues)
        if cls is None:
            continue
        if found and found[-1].cls is cls and found[-1].mentions[-1].id == mention.id:
            gap = sentence.between(found[-1].end, mention.span.start)
            if _MERGE_GAP.match(gap):
                found[-1] = _Occurrence((*found[-1].mentions, mention), cls)
                continue
        found.append(_Occurrence((mention,), cls))
    return found


def _type_of(mention: EntityMention, cues: list[Cue]) -> type[MetricChange] | None:
    for cue in cues:
        if cue.span.start < mention.span.end and mention.span.start < cue.span.end:
            return TYPES[cue.name.partition(".")[2]]
    return None


def _event(
    reading: Reading, occurrence: _Occurrence, following: int | None, context: Context
) -> MetricChange | None:
    sentence = reading.sentence
    if reading.question(occurrence.start):
        return None
    clause = reading.clause(occurrence.start)
    end = _region_end(reading, occurrence, clause.end if following is None else following)
    figures = _figures(reading, occurrence, clause.start, end)
    state = _state(reading, occurrence.end, end)
    if not figures and state is None:
        return None
    change, reading_figure = figures.get("change"), figures.get("reading")
    to = figures.get("to")
    low = min([occurrence.start] + [q.span.start for q in figures.values()])
    direction = _direction(reading, max(clause.start, low - _LOOK_BACK), end)
    if state is not None:
        direction = Direction.DOWN if state == "negative" else Direction.UP
    subject, asset = _asset(reading, occurrence, clause.start, end, context)
    index = any(m.id in _INDEXES for m in occurrence.mentions)
    if occurrence.cls is Dominance and asset is None and not index:
        return None  # a share of some other market ("market dominance of the club")
    venues = {e.id for e in sentence.entities_of(EntityType.VENUE)}
    venue = next(iter(venues)) if len(venues) == 1 else None
    return build(
        occurrence.cls,
        sentence,
        used=[*occurrence.mentions, subject, *sentence.entities_of(EntityType.VENUE)[:1]],
        amount=change or to or reading_figure,
        asset=asset,
        venue=venue,
        direction=direction,
        window=reading.window(clause),
        from_=figures.get("from"),
        to=to,
        change=change,
        reading=reading_figure,
        state=state,
    )


def _region_end(reading: Reading, occurrence: _Occurrence, end: int) -> int:
    """Where the occurrence's clause stops being about it: a stop word or another metric
    (one in parentheses after it is part of its name: "TOTAL2 index (market
    capitalization excluding BTC)")."""
    sentence = reading.sentence
    for mention in sentence.entities_of(EntityType.METRIC):
        if occurrence.end <= mention.span.start < end and mention not in occurrence.mentions:
            between = sentence.between(occurrence.end, mention.span.start)
            if between.count("(") <= between.count(")"):
                end = mention.span.start
                break
    stops = words("metrics.stop")
    gap = sentence.between(occurrence.end, end)
    for match in _WORD.finditer(gap):
        if match.group().lower() in stops:
            return occurrence.end + match.start()
    return end


def _figures(
    reading: Reading, occurrence: _Occurrence, start: int, end: int
) -> dict[str, Quantity]:
    sentence = reading.sentence
    found: dict[str, Quantity] = {}
    kinds = (Kind.MONEY, Kind.CRYPTO, Kind.PERCENT, Kind.BASIS_POINTS)
    candidates = [
        q
        for q in sentence.quantities
        if q.kind in kinds
        and (q.per is None or q.kind is Kind.PERCENT)
        and start <= q.span.start < end
        and not reading.question(q.span.start)
        and not reading.hedged(q.span.start, q.span.end)
    ]
    changes = reading.cues("metrics.up", "metrics.down")
    before = words("metrics.before")
    for quantity in candidates:
        if start <= quantity.span.end <= occurrence.start and reading.links(
            quantity.span.end, occurrence.start, before
        ):
            found.setdefault("change", quantity)
    previous = occurrence.end
    percent_change = occurrence.cls is OpenInterest
    for quantity in candidates:
        if not occurrence.end <= quantity.span.start < end:
            continue
        gap = sentence.between(previous, quantity.span.start).lower()
        previous = quantity.span.end
        role = role_before("metrics", gap, quantity)
        if _next_to(reading, quantity, changes):
            role = "change"  # "a $600 million decline", "dropped $2 billion"
        elif role is None and quantity.kind is Kind.PERCENT and percent_change:
            role = "change"
        if role == "reading" and quantity.kind is Kind.PERCENT and percent_change:
            role = "change"
        if role is not None:
            found.setdefault(role, quantity)
    return found


def _next_to(reading: Reading, quantity: Quantity, cues: list[Cue]) -> bool:
    """True when a change word stands right after the figure, or right before it with
    only approximation words between."""
    near = words("metrics.near")
    for cue in cues:
        if cue.span.start >= quantity.span.end:
            if not reading.sentence.between(quantity.span.end, cue.span.start).strip():
                return True
        elif cue.span.end <= quantity.span.start and reading.links(
            cue.span.end, quantity.span.start, near
        ):
            return True
    return False


def _state(reading: Reading, start: int, end: int) -> str | None:
    """The sign the metric flipped to after it ("flipped negative"), else None."""
    flips = [c for c in reading.cues("metrics.flip") if start <= c.span.start < end]
    if not flips:
        return None
    for name in ("negative", "positive"):
        for cue in reading.cues(f"metrics.{name}"):
            if flips[0].span.end <= cue.span.start < end:
                return name
    return None


def _direction(reading: Reading, start: int, end: int) -> Direction | None:
    found = [c for c in reading.cues("metrics.up", "metrics.down") if start <= c.span.start < end]
    if not found:
        return None
    return Direction.UP if found[0].name == "metrics.up" else Direction.DOWN


def _asset(
    reading: Reading, occurrence: _Occurrence, start: int, end: int, context: Context
) -> tuple[EntityMention | None, str | None]:
    sentence = reading.sentence
    if any(m.id in _INDEXES for m in occurrence.mentions):
        return None, None
    for mention in occurrence.mentions:
        ticker = _TICKER_DOMINANCE.match(mention.text)
        if ticker:
            return None, f"asset:{ticker.group(1)}"
    named = [m for m in sentence.entities if asset_id(m) is not None]
    before = [
        m
        for m in named
        if start <= m.span.start < occurrence.start
        and not in_parentheses(sentence.between(m.span.end, occurrence.start))
    ]
    if before:
        return before[-1], asset_id(before[-1])
    after = [m for m in named if occurrence.end <= m.span.start < end]
    if after:
        return after[0], asset_id(after[0])
    earlier = [m for m in named if m.span.end <= occurrence.start]
    if earlier:  # "Ether's price jumped 5%, while its open interest rose 10%"
        return earlier[-1], asset_id(earlier[-1])
    return None, context.previous_asset
