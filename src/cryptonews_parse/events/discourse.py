"""Cascade step 3: the article around each sentence, and one event per stated fact.

In: the analysis, the quantities and mentions of the text, the type modules' figure
tables and builders. Out: the events, in text order. Why: a sentence without a cue word
often continues its paragraph's topic ("Bitmex logged $63M in longs" under a
liquidations heading), a pronoun continues the previous subject ("It now reports open
interest of $3.5 billion"), and a headline, a quoted tweet or a recap restates a fact
the body states: those must be one event, not two.

The state carried from sentence to sentence:
- ``topic``: the event type of the last sentence that stated one (or a heading's cue,
  or a theft named anywhere in a sentence that states no event);
- ``domain``: whether flow words are about funds, exchanges or wallets;
- ``subject``: the assets, venues and funds named before the first figure or cue of the
  last sentence that named any, kept across sentences that open with an anaphor;
- ``hack_topic``: the article is about a theft (two hack cues or more).
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from decimal import ROUND_CEILING, ROUND_DOWN, ROUND_FLOOR, ROUND_HALF_EVEN, Decimal
from typing import NamedTuple

import attrs

from cryptonews_parse.analysis import TOKEN, Analysis, Sentence
from cryptonews_parse.entities import Registry
from cryptonews_parse.events.frames import CHANGE_SIGNS, FIGURE_KINDS, VALUING_WORDS, fill
from cryptonews_parse.events.lexicon import Group, Lexicon, Match
from cryptonews_parse.events.reading import UNIT_LOWER, Reading, read
from cryptonews_parse.events.roles import Context, EventFields, Frame, fields
from cryptonews_parse.model import (
    Bound,
    Direction,
    EntityMention,
    EntityType,
    Event,
    EventType,
    Kind,
    PriceLevel,
    PriceMove,
    Quantity,
    Side,
)

Builder = Callable[[Frame, EventFields], Event]
# Enum members read inside functions, bound once: on Python 3.11 each ``Kind.MONEY`` read
# in a function goes through the enum class's attribute lookup, about 900 instructions.
_MONEY, _CRYPTO, _PERCENT = Kind.MONEY, Kind.CRYPTO, Kind.PERCENT
_ASSET, _VENUE, _METRIC = EntityType.ASSET, EntityType.VENUE, EntityType.METRIC
_PRICE_MOVE, _DOMINANCE = EventType.PRICE_MOVE, EventType.DOMINANCE
_PRICE_TYPES = (EventType.PRICE_LEVEL, EventType.PRICE_MOVE)
_DERIVATIVE_TOPICS = frozenset({EventType.OPEN_INTEREST, EventType.FUNDING_RATE})
_ETF_FLOW, _EXCHANGE_FLOW = EventType.ETF_FLOW, EventType.EXCHANGE_FLOW
_FUNDING = EventType.FUNDING_RATE
_BOTH, _UP, _DOWN = Side.BOTH, Direction.UP, Direction.DOWN
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
_RESTATING_PERIODS = frozenset({"P1Y", "P1D"})
"""Periods a funding figure says a rate per interval again in ("38% annualised", "0.35% a
day"): such a figure joins the reading it restates."""


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
    matches = lexicon.scan(analysis.text)
    if not _is_market_news(matches, mentions):
        return ()
    readings = _readings(analysis, quantities, mentions, matches, lexicon)
    context = Context(
        figures=figures,
        registry=registry,
        hack_topic=sum(
            1 for m in matches if "type" in m.roles for g in m.groups if g.kind == "hack"
        )
        >= HACK_TOPIC_CUES,
        doc_asset=_doc_asset(readings, mentions),
        doc_venue=_doc_venue(readings, mentions),
    )
    frames: list[Frame] = []
    for reading in readings:
        if isinstance(reading, Plain) and not reading.matches:
            subject = _subjects(reading.mentions)
            if subject:
                context = _renewed(
                    context,
                    context.topic,
                    context.topic_direction,
                    context.domain,
                    subject,
                    context.window,
                    _named_derivatives_asset(context.topic, reading, context.topic_asset),
                    _last_price(context, (), subject),
                    _last_venue(context, reading),
                    context.prices,
                )
            continue
        found = fill(reading, context) if isinstance(reading, Reading) else []
        for frame in found:
            if (
                frame.window is None
                and frame.type is context.topic
                and frame.type is not EventType.TRANSFER
                and not frame.dated
            ):
                frame.window = context.window
        frames.extend(found)
        context = _carry(context, analysis.text, reading, found)
    valuations: set[int] = set()
    for n, frame in enumerate(frames):
        valued = _valued_coins(frames, n) if frame.asset is not None else None
        if valued is not None:
            valued.restated.append(frame.figure)
            valuations.add(n)
    facts = _Facts()
    for n, frame in enumerate(frames):
        if n not in valuations:
            facts.add(builders[frame.type](frame, fields(analysis.text, frame)), frame.headline)
    return facts.events(quantities)


VALUATION_REACH = 12
"""Earlier frames a valuation of coins ("The stolen ether alone was worth about $5.4
million at the time") looks back over for the coins it values."""


def _valued_coins(frames: Sequence[Frame], n: int) -> Frame | None:
    """The earlier frame whose coins frame ``n`` values, if it is a valuation: money right
    after "worth" or "valued at", its sentence's only figure and no number before it, said
    of an asset that exactly one of the last frames of its type states in coins without a
    value in money. The money then restates those coins ("The attacker drained 2,960 ETH
    ... The stolen ether alone was worth about $5.4 million at the time")."""
    frame = frames[n]
    q = frame.quantity
    if q is None or q.kind is not _MONEY or frame.restated:
        return None
    reading = frame.reading
    units = reading.units
    if len(reading.figure_units) > 1:
        return None  # the valuation is its sentence's only figure: "150 tokens worth $150M" is not
    k = frame.index - 1
    approx = {  # every unit of an approximation ("close to") before the figure
        j
        for c in reading.cues
        if c.group.role == "approx" and c.last < frame.index
        for j in range(c.first, c.last + 1)
    }
    while k > 0 and k in approx:
        k -= 1
    if units[k].lower == "at" and k > 0:
        k -= 1
    if k < 0 or units[k].lower not in VALUING_WORDS:
        return None
    if any(u.lower[:1].isdigit() for u in units[:k]):
        return None  # "received over 90 Ethereum-based tokens worth $40 million": a count's
    found: Frame | None = None
    for earlier in frames[max(0, n - VALUATION_REACH) : n]:
        figure = earlier.quantity
        if (
            earlier.type is frame.type
            and earlier.asset == frame.asset
            and figure is not None
            and figure.kind is _CRYPTO
            and all(r.kind is not _MONEY for r in earlier.restated)
        ):
            if found is not None:
                return None  # two sets of those coins: which one is valued is unclear
            found = earlier
    return found


class Plain(NamedTuple):
    """A sentence with no figure and no state word: what it names and the gate cues it
    holds are enough to carry the discourse past it."""

    sentence: Sentence
    mentions: tuple[EntityMention, ...]
    matches: tuple[Match, ...]


_new_plain: Callable[[tuple[Sentence, tuple[EntityMention, ...], tuple[Match, ...]]], Plain] = (
    functools.partial(tuple.__new__, Plain)
)
"""A ``Plain`` without the Python-level ``__new__`` of a named tuple (as ``reading``
makes its units)."""


def _readings(
    analysis: Analysis,
    quantities: Sequence[Quantity],
    mentions: Sequence[EntityMention],
    matches: Sequence[Match],
    lexicon: Lexicon,
) -> list[Reading | Plain]:
    """Each sentence with a figure or a state word tagged (one pass over each item
    list); the others kept :class:`Plain`."""
    text = analysis.text
    lower = lexicon.lower(text)
    lowered = lower if len(lower) == len(text) else None
    readings: list[Reading | Plain] = []
    figures_before = _running_count(q.kind in FIGURE_KINDS for q in quantities)
    qi = mi = ci = 0
    n_matches = len(matches)
    for sentence in analysis.sentences:
        start, end = sentence.start, sentence.end
        qi, qj = _inside(quantities, qi, start, end)
        mi, mj = _inside(mentions, mi, start, end)
        while ci < n_matches and matches[ci].start < start:
            ci += 1
        cj = ci
        while cj < n_matches and matches[cj].end <= end:
            cj += 1
        if (
            ci < cj
            and matches[ci].start == start
            and "aside" in matches[ci].roles
            and figures_before[qj] == figures_before[qi]
        ):
            # "Read also: How XRP Whales Behaved During the July Rally" changes no topic;
            # a linked headline with a figure states its own facts ("Related: Litecoin
            # Jumps 11% To $138")
            readings.append(_new_plain((sentence, (), ())))
            qi, mi, ci = qj, mj, cj
            continue
        if figures_before[qj] > figures_before[qi] or any(
            "state" in m.roles for m in matches[ci:cj]
        ):
            # state words are looked for only in a sentence without figures
            readings.append(
                read(
                    text,
                    sentence,
                    quantities[qi:qj],
                    mentions[mi:mj],
                    matches[ci:cj],
                    lexicon,
                    lowered,
                )
            )
        else:
            gate = tuple(m for m in matches[ci:cj] if not _GATE.isdisjoint(m.roles))
            readings.append(_new_plain((sentence, tuple(mentions[mi:mj]), gate)))
        qi, mi, ci = qj, mj, cj
    return readings


def _running_count(flags: Iterable[bool]) -> list[int]:
    """How many of ``flags`` are true before each index (and in all, at the end): whether
    a run of items holds one is then a subtraction, not a scan per sentence."""
    return list(itertools.accumulate(flags, initial=0))


def _inside(
    items: Sequence[Quantity] | Sequence[EntityMention], i: int, start: int, end: int
) -> tuple[int, int]:
    n = len(items)
    while i < n and items[i].span.start < start:
        i += 1
    j = i
    while j < n and items[j].span.end <= end:
        j += 1
    return i, j


def _is_market_news(matches: Sequence[Match], mentions: Sequence[EntityMention]) -> bool:
    """A text that names no asset, venue, fund or pair and no market word is not market
    news: its "liquidation" is a company's, its "dominance" a football club's."""
    return any(_market_mention(m) for m in mentions) or any("market" in m.roles for m in matches)


def _market_mention(mention: EntityMention) -> bool:
    """An asset, venue, fund or pair; or a metric written as a crypto symbol ("BTC.D",
    "OI", "TOTAL2"), not as English words ("dominance")."""
    if mention.type in _MARKET_TYPES:
        return True
    return (
        mention.type is _METRIC
        and not mention.text.islower()
        and (mention.text.isupper() or any(c.isdigit() or c == "." for c in mention.text))
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
            if m.type is _ASSET:
                return m.id
    counts = Counter(m.id for m in mentions if m.type is _ASSET)
    return counts.most_common(1)[0][0] if counts else None


def _doc_venue(
    readings: Sequence[Reading | Plain], mentions: Sequence[EntityMention]
) -> EntityMention | None:
    """The venue of an article whose title names it and that names no other venue (a
    BitMEX report, an exchange hack): the venue of its events that name none."""
    if not readings or not readings[0].sentence.heading:
        return None
    venues = {m.id for m in mentions if m.type is _VENUE}
    if len(venues) != 1:
        return None
    return next((m for m in _mentions_of(readings[0]) if m.type is _VENUE), None)


def _carry(
    context: Context, text: str, sentence: Reading | Plain, frames: Sequence[Frame]
) -> Context:
    """The context for the next sentence: a sentence that states events of a carried
    type sets the topic; one that only names a family ("funding rates by exchange")
    sets it to that family; one about market caps or volumes clears it. Its type cues
    are read only when it states no event, which is the only time they count."""
    topic, direction = context.topic, context.topic_direction
    carried = [f for f in frames if f.type in _TOPICS]
    if carried:
        # the direction of the last figure not of an earlier period, else of the last
        current = next((f for f in reversed(carried) if not _earlier_period(f)), carried[-1])
        topic, direction = carried[-1].type, current.direction
        if _signed_change(current):
            direction = None  # "• ETH: $39.1B (−0.7% 24h)" says nothing of the next line
    elif not frames:
        cue_topic = _cue_topic(text, sentence, context)
        if cue_topic is not None:
            topic, direction = cue_topic
        elif _ends_the_topic(sentence):
            topic, direction = None, None
    domain = _domain(sentence) or context.domain
    window = context.window if topic is context.topic else None
    kept = topic is context.topic or {topic, context.topic} <= _DERIVATIVE_TOPICS
    topic_asset = context.topic_asset if kept else None  # also from open interest to funding
    if carried:
        window = carried[-1].window
        # a list of several assets' parts ("bitcoin $301 million, ether $188 million,
        # solana $74 million") leaves no one asset to the sentences after it
        assets = {f.asset for f in carried if f.type is carried[-1].type}
        topic_asset = carried[-1].asset if len(assets) == 1 else None
    else:  # no figure of a topic: "Bitcoin was down just 2.9% over the same period"
        topic_asset = _named_derivatives_asset(topic, sentence, topic_asset)
    named = _subject(sentence)
    last_price = _last_price(context, frames, named)
    subject = named or context.subject
    return _renewed(
        context,
        topic,
        direction,
        domain,
        subject,
        window,
        topic_asset,
        last_price,
        _last_venue(context, sentence),
        _prices(context.prices, frames),
    )


PRICES_KEPT = 8
"""Assets whose lowest and highest dollar prices the discourse keeps (a bound: a long text
stays linear)."""


def _prices(
    known: tuple[tuple[str, Decimal, Decimal], ...], frames: Sequence[Frame]
) -> tuple[tuple[str, Decimal, Decimal], ...]:
    """``known`` widened by the dollar price each price frame of the sentence states of
    its asset (a range by its top): per asset, the lowest and the highest price stated,
    the asset quoted latest last."""
    for f in frames:
        q = f.quantity
        if f.type not in _PRICE_TYPES or f.asset is None or q is None:
            continue
        value = q.value if q.value is not None else q.high
        if q.kind is not _MONEY or q.unit != "USD" or value is None or value <= 0:
            continue
        low, high = next(((lo, hi) for a, lo, hi in known if a == f.asset), (value, value))
        quoted = (f.asset, min(low, value), max(high, value))
        known = (*(p for p in known if p[0] != f.asset), quoted)[-PRICES_KEPT:]
    return known


def _last_venue(context: Context, sentence: Reading | Plain) -> EntityMention | None:
    """The venue the sentence names last, else the one named before it."""
    mentions = sentence.mentions if isinstance(sentence, Plain) else None
    if mentions is None:
        assert isinstance(sentence, Reading)
        units = sentence.units
        for k in reversed(sentence.mention_units):
            mention = units[k].mention
            if mention is not None and mention.type is _VENUE:
                return mention
        return context.last_venue
    return next((m for m in reversed(mentions) if m.type is _VENUE), context.last_venue)


def _named_derivatives_asset(
    topic: EventType | None, sentence: Reading | Plain, topic_asset: str | None
) -> str | None:
    """ "Bitcoin's derivatives picture is calmer.", a heading "Funding, 8h, BTC
    perpetuals": a sentence with no figure of an open-interest or funding topic that
    names one asset makes it the topic's asset (none when it names several)."""
    if topic not in _DERIVATIVE_TOPICS:
        return topic_asset
    named = {m.id for m in _mentions_of(sentence) if m.type is _ASSET}
    if not named:
        return topic_asset
    return named.pop() if len(named) == 1 else None


def _last_price(
    context: Context, frames: Sequence[Frame], named: Sequence[EntityMention]
) -> tuple[str, Decimal] | None:
    """The asset and dollar value of the last price of a sentence that stated figures
    (None when it stated no such price); a sentence without figures keeps the one before
    unless it names an asset."""
    if frames:
        for f in reversed(frames):
            q = f.quantity
            if f.type not in _PRICE_TYPES or f.asset is None or q is None:
                continue
            value = q.value if q.value is not None else q.high  # a range's top
            if q.kind is _MONEY and q.unit == "USD" and value is not None:
                return f.asset, value
        return None
    if any(m.type is _ASSET for m in named):
        return None
    return context.last_price


def _renewed(
    context: Context,
    topic: EventType | None,
    direction: str | None,
    domain: str | None,
    subject: tuple[EntityMention, ...],
    window: str | None,
    topic_asset: str | None,
    last_price: tuple[str, Decimal] | None,
    last_venue: EntityMention | None,
    prices: tuple[tuple[str, Decimal, Decimal], ...],
) -> Context:
    """``context`` with the state a sentence carries; itself when nothing changed."""
    if (
        topic is context.topic
        and direction == context.topic_direction
        and domain == context.domain
        and subject is context.subject
        and window == context.window
        and topic_asset == context.topic_asset
        and last_price == context.last_price
        and last_venue is context.last_venue
        and prices is context.prices
    ):
        return context
    # built whole: a named tuple's _replace is three Python calls and a dict
    return Context(
        figures=context.figures,
        registry=context.registry,
        topic=topic,
        topic_direction=direction,
        domain=domain,
        hack_topic=context.hack_topic,
        doc_asset=context.doc_asset,
        doc_venue=context.doc_venue,
        subject=subject,
        window=window,
        topic_asset=topic_asset,
        last_price=last_price,
        last_venue=last_venue,
        prices=prices,
    )


_DOMAINS = ("etf", "transfer", "exchange")
"""The domains a sentence's flow words may set, the first that it names winning."""


def _domain(sentence: Reading | Plain) -> str | None:
    """The domain a sentence's cues set ("ETF", "exchange"), if any."""
    if isinstance(sentence, Plain):
        values = {g.value for m in sentence.matches for g in m.groups if g.role == "domain"}
    else:
        values = {c.group.value for c in sentence.cues if c.group.role == "domain"}
    for candidate in _DOMAINS:
        if candidate in values:
            return candidate
    return None


def _subject(sentence: Reading | Plain) -> tuple[EntityMention, ...]:
    """What a sentence names before its first figure or type cue (its subject)."""
    if isinstance(sentence, Plain):
        first = next((m.start for m in sentence.matches if "type" in m.roles), None)
        if first is None:
            return _subjects(sentence.mentions)
        return _subjects([m for m in sentence.mentions if m.span.start < first])
    stop = len(sentence.units)
    for c in sentence.cues:
        if c.group.role == "type":
            stop = c.first
            break
    figures = sentence.figures()
    if figures:
        stop = min(stop, figures[0])
    units = sentence.units
    return tuple(
        [
            m
            for k in sentence.mention_units
            if k < stop and (m := units[k].mention) is not None and m.type in _SUBJECT_TYPES
        ]
    )


_BEYOND_REACH = re.compile(rf"(?>\s*(?>{TOKEN.pattern})){{{TOPIC_REACH + 1}}}")
"""Matches at a position followed by more than the topic reach in tokens. Between two
tokens there is only white space (any other character starts one), so this is
``TOKEN.finditer`` counting up to the reach in one C call; the atomic groups keep the
engine from splitting a token in two to make up the count."""


def _beyond_reach(text: str, start: int, end: int) -> bool:
    """More than :data:`TOPIC_REACH` words stand from ``start`` to ``end``."""
    return _BEYOND_REACH.match(text, start, end) is not None


def _subjects(mentions: Sequence[EntityMention]) -> tuple[EntityMention, ...]:
    return tuple([m for m in mentions if m.type in _SUBJECT_TYPES])


_EARLIER_BEFORE = frozenset({"after", "following", "had"})
"""Words before a figure that set it in an earlier period ("a run of redemptions that
had drained $1.64 billion")."""
_EARLIER_AFTER = frozenset({"earlier", "before", "previous", "prior", "ago"})


def _earlier_period(frame: Frame) -> bool:
    """A figure of an earlier period set beside the news ("gathering $96 million after
    outflows of $410 million the previous week", "ending a run that had drained $1.64
    billion"): its direction is not the topic's."""
    units = frame.reading.units
    i = frame.index
    before = map(UNIT_LOWER, units[max(0, i - 4) : i])
    after = map(UNIT_LOWER, units[i + 1 : i + 4])
    return not _EARLIER_BEFORE.isdisjoint(before) or not _EARLIER_AFTER.isdisjoint(after)


def _cue_topic(
    text: str, sentence: Reading | Plain, context: Context
) -> tuple[EventType, str | None] | None:
    """The event type a sentence without figures announces ("Funding rates by exchange",
    "Open interest is the value of open contracts"): its first type cue of a family,
    within the topic reach unless it is a heading. A tagged sentence counts units before
    a cue; a plain one counts words, and only up to the first cue past the reach."""
    heading = sentence.sentence.heading
    if isinstance(sentence, Plain):
        start = sentence.sentence.start
        for m in sentence.matches:
            if "type" not in m.roles:
                continue
            if not heading and _beyond_reach(text, start, m.start):
                # every later cue is beyond the reach too
                return _theft_named(g for n in sentence.matches for g in n.groups)
            for group in m.groups:
                if group.role == "type" and (found := _group_topic(group, context)):
                    return found
        return None
    for cue in sentence.cues:
        group = cue.group
        if group.role != "type" or group.kind is None:
            continue
        if not heading and cue.first > TOPIC_REACH:
            return _theft_named(c.group for c in sentence.cues)
        if found := _group_topic(group, context):
            return found
    return None


def _theft_named(groups: Iterable[Group]) -> tuple[EventType, str | None] | None:
    """A theft named anywhere in a sentence without events is the topic, not only in its
    first words: "Orvane, a lending protocol on Base, was hit by an exploit on Tuesday.
    Losses total $3.2 million." """
    if any(g.role == "type" and g.kind == "hack" for g in groups):
        return EventType.HACK, None
    return None


_CUE_TOPICS: dict[str | None, EventType] = {
    kind: EventType(kind)
    for kind in ("liquidation", "open_interest", "funding_rate", "dominance", "hack")
}
"""Type kinds a cue of which announces its family as the topic."""


def _group_topic(group: Group, context: Context) -> tuple[EventType, str | None] | None:
    """The topic a type cue announces: its family's, or a flow's of the current domain."""
    topic = _CUE_TOPICS.get(group.kind)
    if topic is not None:
        return topic, group.direction
    if group.kind == "flow":
        if context.domain == "etf":
            return _ETF_FLOW, group.direction
        if context.domain == "exchange":
            return _EXCHANGE_FLOW, group.direction
    return None


def _ends_the_topic(sentence: Reading | Plain) -> bool:
    """The sentence speaks only of something that is no event (a market cap, a volume), or
    it is a heading that names only prices ("Cardano (ADA) Price Prediction 2025"), which
    opens a section about them: either ends a flow's or a metric's topic. A reading said
    another way ("annualized") does not, nor a heading that names nothing ("Breakdown by
    exchange")."""
    if isinstance(sentence, Plain):
        groups: Iterable[Group] = (g for m in sentence.matches for g in m.groups)
    else:
        groups = (c.group for c in sentence.cues)
    kinds = {g.kind for g in groups if g.role == "type" and g.value != "keeps_topic"}
    if not kinds or not kinds <= {"other", "reserve", "move", "level"}:
        return False
    return "other" in kinds or (sentence.sentence.heading and kinds <= {"move", "level"})


_ROUNDED_TYPES = _TOPICS - {EventType.FUNDING_RATE}
"""Types whose amounts a headline or an approximation restates rounded ("$1B" for
$1.01 billion; a dominance only in a headline, see :func:`_rough`); prices near each
other ($100K, $102K) are different levels."""
_GATE = frozenset({"type", "domain"})
"""Cue roles a sentence without figures can change the discourse with."""
MAX_ITEMS = 16
"""Figures and mentions an event keeps from its restatements, at most."""
MERGE_REACH = 40
"""Earlier events of a type a new one is compared with: the first ones (a title and its
lead) and the latest ones. A bound, so that a long text stays linear."""


class _Facts:
    """The events stated so far, one per fact, with each one's stated figures as keys."""

    def __init__(self) -> None:
        self._stated: list[tuple[Event, bool] | None] = []
        self._keys: list[set[tuple[Decimal, str | None]]] = []
        self._rough: list[bool] = []
        """Whether each event's figure is one that may round another (see _rough)."""
        self._found: list[bool] = []
        """Whether each headline event took a body figure equal to its own: it then
        rounds no other one ("Record OI Of $2,000,000,000" over "reached $2 billion"
        is not also "which together hold $960 million")."""
        self._by_type: dict[type[Event], list[int]] = {}

    def add(self, event: Event, headline: bool) -> None:
        """Add ``event`` unless an earlier event states the same fact: same type, no
        conflicting role, and a figure in common, or a figure that a headline's or an
        approximate figure rounds ("$1B" headline, "close to $20 billion"); then the
        earlier one takes its figures and fills its missing roles, and may in turn now
        restate another earlier event ("187,000 BTC ($2.1B)" joins a title's "187,000
        BTC" and its "over $2 billion"). ``headline``: the event is a heading's."""
        indices = self._by_type.setdefault(type(event), [])
        keys, rough = _keys(event), _rough(event, headline)
        k = self._same_fact(event, headline, keys, rough, indices, skip=-1)
        if k is None:
            indices.append(len(self._stated))
            self._stated.append((event, headline))
            self._keys.append(keys)
            self._rough.append(rough)
            self._found.append(False)
            return
        while k is not None:
            earlier = self._stated[k]
            assert earlier is not None
            found = self._found[k] or (
                earlier[1] != headline
                and _exact(event if earlier[1] else earlier[0])
                and not _keys(event).isdisjoint(self._keys[k])
            )
            merged = _merge(earlier[0], earlier[1], event, headline)
            self._found[k] = found
            self._stated[k] = merged
            self._keys[k] = _keys(merged[0])
            self._rough[k] = _rough(*merged)
            event, headline = merged
            other = self._same_fact(event, headline, self._keys[k], self._rough[k], indices, skip=k)
            if other is None:
                return
            gone = self._stated[other]
            assert gone is not None
            self._stated[other] = None
            indices.remove(other)
            event, headline = gone

    def _same_fact(
        self,
        event: Event,
        headline: bool,
        keys: set[tuple[Decimal, str | None]],
        rough: bool,
        indices: list[int],
        skip: int,
    ) -> int | None:
        """The earlier event ``event`` restates, if any; ``keys`` and ``rough`` are its
        :func:`_keys` and :func:`_rough`, which the caller keeps too."""
        near = indices
        if len(indices) > 2 * MERGE_REACH:
            near = indices[:MERGE_REACH] + indices[-MERGE_REACH:]
        rounds = _may_round(event)
        rough = rounds and rough
        stated_in_words = event.amount is not None
        for k in near:
            stated = self._stated[k]
            if k == skip or stated is None:
                continue
            earlier, earlier_headline = stated
            if not (
                (stated_in_words and earlier.amount is None)
                or not keys.isdisjoint(self._keys[k])
                or (rounds and (rough or self._rough[k]))
            ):
                continue  # no test below can hold: skip the costly ones
            if not _compatible(earlier, event):
                continue
            if earlier.amount is None and event.amount is not None and _same_sign(earlier, event):
                return k
            if not keys.isdisjoint(self._keys[k]) or (
                rounds
                and not (earlier_headline and self._found[k])
                and (
                    _rounded(earlier, earlier_headline, event) or _rounded(event, headline, earlier)
                )
            ):
                return k
        return None

    def events(self, quantities: Sequence[Quantity] = ()) -> tuple[Event, ...]:
        """The events in text order; ``quantities``, the text's, tell a heading's price
        that the body repeats from one it rounds."""
        stated = [s for s in self._stated if s is not None]
        if any(h and _headline_price(e) is not None for e, h in stated):
            stated = _restated_headline_prices(stated, quantities)
        return tuple(sorted((s[0] for s in stated), key=_SPAN_START))


def _signed_change(frame: Frame) -> bool:
    """The frame's direction is its own signed change's ("OI $71.2B (+3.8%)")."""
    change = frame.change
    return change is not None and change.text[:1] in CHANGE_SIGNS


def _exact(event: Event) -> bool:
    """The event's figure is a sum stated exactly: not "roughly $600 million", not "over
    $2 billion", not a percent (a key takeaway's "climbed 25% in a week" repeats the
    headline's rounding of "up 25.4%")."""
    figure = event.amount
    return (
        figure is not None
        and figure.kind in (_MONEY, _CRYPTO)
        and not figure.approx
        and figure.bound is None
    )


_SPAN_START = operator.attrgetter("span.start")
_REACHED_KINDS = frozenset({"price", "high", "low", "all_time_high", "level"})
"""Level kinds that state where the price went or stands (not a support, a target ...)."""
_EXTREMES = frozenset({"high", "low", "all_time_high"})


def _headline_price(event: Event) -> Quantity | None:
    """The price a heading states of an asset, as a level or a move without a change
    ("Bitcoin Slips Under $88K", "Bitcoin Holds $108K"), else None."""
    if event.asset is None:
        return None
    if isinstance(event, PriceLevel) or (isinstance(event, PriceMove) and event.change is None):
        figure = event.amount
        if figure is not None and figure.value is not None and figure.kind is not _PERCENT:
            return figure
    return None


def _restates_price(head: Event, figure: Quantity, body: Event, repeated: bool) -> bool:
    """Whether ``body`` states the price a heading's ``figure`` names: the same value, or,
    unless the body repeats the heading's figure (``repeated``: "Slides Below $47K" over
    "fell below $47,000"), a price reached that the heading rounds ("Sinks to $81K" over
    "a low of $81,140"). A heading's move rounds a price the body quotes only when the
    quote lies past it (see :func:`_beyond`). A heading's support, resistance or target
    is a fact of its own, and so is a heading's move to the price the body quotes plainly
    ("reclaims $3,200" over "reclaimed $3,200": the body's wording is the move); a low or
    a high there is the move's end ("Slides to $87,640" over "an intraday low of
    $87,640")."""
    assert figure.value is not None
    if isinstance(head, PriceLevel) and head.kind not in _REACHED_KINDS:
        return False
    if isinstance(body, PriceMove):
        stated = [body.to, body.amount if body.change is None else None]
        same = True
    elif isinstance(body, PriceLevel) and body.kind in _REACHED_KINDS:
        stated = [body.amount]
        same = isinstance(head, PriceLevel) or body.kind in _EXTREMES
        if isinstance(head, PriceMove) and body.kind == "price" and not _beyond(head, figure, body):
            repeated = True  # "ripped through $112K" is not the "sits at $111,950" after it
    else:
        return False
    rounding = _ROUNDING.get(figure.bound, ROUND_HALF_EVEN)
    return any(
        q is not None
        and q.value is not None
        and q.unit == figure.unit
        and (
            (same and q.value == figure.value)
            or (not repeated and rounds_to(q.value, figure.value, rounding))
        )
        for q in stated
    )


def _beyond(head: PriceMove, figure: Quantity, quote: PriceLevel) -> bool:
    """Whether a price quoted in the body lies past the level a heading's move went to,
    in its direction ("reclaims $97K" and "closed the week at $97,240"); a crossing
    ("Slips Under $88K") names a level the quote need not be the end of."""
    value, level = quote.amount.value if quote.amount else None, figure.value
    if value is None or level is None or figure.bound is not None:
        return False
    if head.direction is _UP:
        return value >= level
    return head.direction is _DOWN and value <= level


def _restated_headline_prices(
    stated: list[tuple[Event, bool]], quantities: Sequence[Quantity]
) -> list[tuple[Event, bool]]:
    """A heading's price of an asset that the body states (a level or a move there, the
    heading's rounded: "Bitcoin Slips Under $88K" over "changed hands at $87,420") is
    the body's fact, whichever of the two price types each is: the body's event takes the
    heading's figures. Only events within :data:`MERGE_REACH` of the heading's are asked,
    so that a text of many short lines (each a heading) stays linear."""
    result: list[tuple[Event, bool] | None] = list(stated)
    counts = Counter((q.value, q.unit) for q in quantities)
    starts = [q.span.start for q in quantities]  # the text's quantities are in text order
    for i, (head, is_headline) in enumerate(stated):
        figure = _headline_price(head) if is_headline else None
        if figure is None or not all(head.span.contains(q.span) for q in head.quantities):
            continue  # none, or the body restated it already
        span = head.span
        key = (figure.value, figure.unit)
        inside = quantities[
            bisect.bisect_left(starts, span.start) : bisect.bisect_left(starts, span.end)
        ]
        repeated = counts[key] > sum(
            1 for q in inside if (q.value, q.unit) == key and span.contains(q.span)
        )  # the body states the heading's figure itself
        for j in range(max(0, i - MERGE_REACH), min(len(result), i + MERGE_REACH + 1)):
            entry = result[j]
            if entry is None or entry[1] or entry[0].asset != head.asset:
                continue
            body = entry[0]
            if not _compatible(head, body) or not _restates_price(head, figure, body, repeated):
                continue
            figures, entities = _items_of_both(body, head)  # not ``quantities``: the text's
            result[j] = (attrs.evolve(body, quantities=figures, entities=entities), False)
            result[i] = None
            break
    return [s for s in result if s is not None]


def _merge(
    earlier: Event, earlier_headline: bool, later: Event, later_headline: bool
) -> tuple[Event, bool]:
    """One event of two that state the same fact: the earlier in the text keeps its
    sentence; a state in words gives way to a reading."""
    if earlier.span.start > later.span.start:
        earlier, later = later, earlier
        earlier_headline, later_headline = later_headline, earlier_headline
    if earlier_headline and not later_headline and later.side is _BOTH and earlier.side:
        # "Longs Crushed: $1.14 Billion Liquidated" over the body's total of both sides
        earlier = attrs.evolve(earlier, side=_BOTH)
    if earlier.amount is None and later.amount is not None:
        return _absorb(later, earlier), earlier_headline or later_headline
    if _per_period(earlier) and not _per_period(later):
        # "Funding Runs at 38% Annualised" over "0.035% per eight hours, or roughly 38%
        # annualised": the rate per interval is the reading, the yearly one its restatement
        return _absorb(later, earlier), earlier_headline or later_headline
    if _change_of(later) is not None and _change_of(earlier) is None:
        return _absorb(later, earlier), earlier_headline or later_headline
    return _absorb(earlier, later), earlier_headline or later_headline


def _per_period(event: Event) -> bool:
    """A funding reading stated per year or per day ("38% annualised"): a restatement of
    a rate per interval, which outranks it."""
    amount = event.amount
    return event.type is _FUNDING and amount is not None and amount.per in _RESTATING_PERIODS


def _change_of(event: Event) -> Quantity | None:
    """A price move's stated change: a move that states one outranks a restatement that
    gives only the level reached."""
    return event.change if isinstance(event, PriceMove) else None


def _same_sign(state: Event, reading: Event) -> bool:
    """A sign stated in words ("slips into negative territory") and a reading with that
    sign (-0.0014%) are one fact."""
    value = reading.amount.value if reading.amount is not None else None
    if value is None or state.direction is None:
        return False
    return (value < 0) == (str(state.direction) in ("down", "out"))


_REGION = "region"
"""The scope of a fund flow said of a country or region (frames)."""
_ONE_DAY = frozenset({"P1D", "PT24H"})
"""Windows that name the same span: a headline's "In A Day" and the body's "over the past
24 hours" restate one move."""


def _compatible(a: Event, b: Event) -> bool:
    """No role of one contradicts the other's; a price's moves over two stated windows
    ("more than 5% in under an hour", "4.6% on the day") are two moves, unless both name
    one day ("in a day", "over the past 24 hours")."""
    if (
        isinstance(a, PriceMove)
        and a.window
        and b.window
        and a.window != b.window
        and not {a.window, b.window} <= _ONE_DAY
    ):
        return False
    if a.scope != b.scope and _REGION in (a.scope, b.scope):
        return False  # "Canada saw $200,000 of inflows" and "ether funds drew $200,000"
    for name in ("side", "asset", "venue", "fund", "direction"):
        x, y = getattr(a, name), getattr(b, name)
        if x is not None and y is not None and x != y:
            if name == "side" and _BOTH in (x, y):
                continue
            return False
    return True


def _stated(event: Event) -> list[Quantity]:
    """The event's figure and its restatements, a metric's change (not shares), and the
    level a price move reached ("fell to $2,172" and "dropped 11% to $2,172" state one
    move)."""
    amount = event.amount
    percent = _PERCENT
    shown = [q for q in event.quantities if q.kind is not percent or amount is q]
    if amount is not None and amount.kind is percent:
        shown = [amount]
        if event.type is _FUNDING:  # "0.035% per eight hours, or roughly 38% annualised"
            shown += [
                q for q in event.quantities if q.per in _RESTATING_PERIODS and q is not amount
            ]
    change = getattr(event, "change", None)
    if isinstance(change, Quantity) and change not in shown:
        shown.append(change)
    if isinstance(event, PriceMove) and event.to is not None and event.to not in shown:
        shown.append(event.to)
    return shown


def _keys(event: Event) -> set[tuple[Decimal, str | None]]:
    """The (value, unit) of each figure the event states: two events that share one state
    the same fact."""
    return {(q.value, q.unit) for q in _stated(event) if q.value is not None}


_AMOUNT_KINDS = frozenset({Kind.MONEY, Kind.CRYPTO})
TRUNCATED_DIGITS = 3
"""The digits a headline's amount keeps for it to restate a body figure it cuts off."""
_ROUNDING: dict[Bound | None, str] = {Bound.LOWER: ROUND_FLOOR, Bound.UPPER: ROUND_CEILING}
"""How a bounded headline rounds: "over $41 billion" is $41.66 billion rounded down."""


def _may_round(event: Event) -> bool:
    """Whether a rough figure of ``event`` may restate a precise one: amounts of money and
    coins, a price's change in percent ("Solana Slides 9%" over the body's 9.3%) and a
    dominance reading (its headline's only: see :func:`_rough`)."""
    if event.type in _ROUNDED_TYPES:
        return True
    amount = event.amount
    return event.type is _PRICE_MOVE and amount is not None and amount.kind is _PERCENT


def _rough(event: Event, is_headline: bool) -> bool:
    """Whether ``event``'s figure may round another's: a headline's, or an approximate or
    bounded one (the first test of :func:`_rounded`); a price move's only as a headline's
    percent ("up about 5% on the week" is another window's move than "5.3% on the day",
    and "sinks below $5,000" is no rounding of "$4,712")."""
    figure = event.amount
    if figure is None or figure.value is None:
        return False
    if event.type is _PRICE_MOVE:
        return is_headline and figure.kind is _PERCENT
    if event.type is _DOMINANCE:
        return is_headline  # "BTC Dominance Climbs to 61%" over the body's 61.3%
    return is_headline or figure.approx or figure.bound is not None


def _rounded(rough: Event, is_headline: bool, precise: Event) -> bool:
    """True when ``rough``'s figure is a headline's or an approximation ("nearly",
    "over") that one of ``precise``'s figures, stated in another sentence, rounds to (an
    approximation only for the same side: "about $30 million" is not its "$28.5 million"
    of longs)."""
    if not _rough(rough, is_headline):
        return False
    figure = rough.amount
    assert figure is not None and figure.value is not None
    if not is_headline and rough.side != precise.side:
        return False
    rounding = _ROUNDING.get(figure.bound, ROUND_HALF_EVEN)
    # a headline may also cut the body's decimals off ("$342M Liquidated" over $342.7
    # million) when it keeps three digits or more ("$1.3B" is no cut of $1.36 billion)
    truncates = (
        is_headline
        and figure.bound is None
        and figure.kind in _AMOUNT_KINDS
        and len(figure.value.normalize().as_tuple().digits) >= TRUNCATED_DIGITS
    )
    taken = {
        q.value
        for q in _stated(rough)
        if q.unit == figure.unit and q.value != figure.value and q.bound is None
    }
    if taken and not any(q.value in taken for q in _stated(precise)):
        return False  # a rounded figure restates one fact: "$1B" took "$1.04 billion"
    return any(
        q.unit == figure.unit
        and q.value is not None
        and q is not figure
        and not rough.span.contains(q.span)
        and (
            rounds_to(abs(q.value), abs(figure.value), rounding)
            or (truncates and rounds_to(abs(q.value), abs(figure.value), ROUND_DOWN))
        )
        for q in _stated(precise)
    )


def _items_of_both(
    kept: Event, other: Event
) -> tuple[tuple[Quantity, ...], tuple[EntityMention, ...]]:
    """``kept``'s quantities and entities, each followed by those of ``other`` it lacks, up
    to :data:`MAX_ITEMS` each: a fact restated a thousand times in a long text keeps a
    bounded record."""
    room = MAX_ITEMS - len(kept.quantities)
    quantities = (
        kept.quantities
        + tuple(q for q in other.quantities if q not in kept.quantities)[: max(0, room)]
    )
    room = MAX_ITEMS - len(kept.entities)
    entities = (
        kept.entities + tuple(e for e in other.entities if e not in kept.entities)[: max(0, room)]
    )
    return quantities, entities


def _absorb(earlier: Event, later: Event) -> Event:
    """``earlier`` with ``later``'s figures and mentions (up to :data:`MAX_ITEMS`: a fact
    restated a thousand times in a long text keeps a bounded record) and the roles it
    lacked."""
    quantities, entities = _items_of_both(earlier, later)
    changes: dict[str, object] = {"quantities": quantities, "entities": entities}
    names: tuple[str, ...] = ("side", "asset", "venue", "fund", "direction", "window", "scope")
    if isinstance(earlier, PriceMove) and isinstance(later, PriceMove):
        names += ("from_", "to")
    for name in names:
        if getattr(earlier, name) is None and getattr(later, name) is not None:
            changes[name] = getattr(later, name)
    if earlier.side is _BOTH and later.side not in (None, _BOTH):
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
    if abs(value - headline) > abs(headline):
        return False  # rounding moves a value by less than the headline's last digit
    exponent = headline.normalize().as_tuple().exponent
    if not isinstance(exponent, int):
        return False
    return value.quantize(Decimal(1).scaleb(exponent), rounding=rounding) == headline
