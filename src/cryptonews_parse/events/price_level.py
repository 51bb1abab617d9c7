"""Price levels: prices that traders watch or that the market set.

In: a sentence holding a ``[price_level]`` cue, or a price metric ("realized price",
"moving average"). Out: one :class:`PriceLevel` per price (single or range) tied to a
level word by linking words only (``[words.price_level] gap``), in either order:
"resistance around $113K–$114K", "the $105.9k resistance level", "the all-time high of
$126,000", "$100,000 is now Bitcoin's last line of defense", "support levels between
$93,000 and $97,000", "the 365-day moving average (around $101,000)". Prices listed with
"and" share the level word after the last one ("$108,000 and $113,000 emerging as key
battlegrounds").

``kind`` is the group of the tying level word, most specific first: ``all_time_high``,
``psychological``, ``support``, ``resistance``, ``target``, ``low``, a price metric's slug
(``realized_price``, ``moving_average``), then the verbs traders use at a level ("hold
above" is support, "reclaim" resistance, "poised to test" a target), then a bare ``level``.

A level named in a forecast or condition is still a level ("If Bitcoin can hold above
$100,000 … poised to test $111,000"). A current price reading ("the price of BTC stands at
$115,000") is a level of kind ``price``, unless the sentence states a move: it is then the
move's ``to`` (events/price_move.py). Prices in questions and rates ("$4,600 per ounce")
are not levels; ``asset`` is the asset named before the price in its clause, else in the
sentence, else the one named in an earlier sentence.
"""

from __future__ import annotations

import re

from cryptonews_parse.events._phrases import Reading, asset_id, reading_of, words
from cryptonews_parse.events.base import Context, Sentence, build
from cryptonews_parse.events.price_move import prices
from cryptonews_parse.model import EntityMention, EntityType, Kind, PriceLevel, Quantity

SECTION = "price_level"

KINDS = (
    "all_time_high",
    "psychological",
    "support",
    "resistance",
    "target",
    "low",
    "metric",
    "support_verb",
    "resistance_verb",
    "target_verb",
    "level",
    "price",
)
"""The cue groups of ``[price_level]`` in order of precedence ("metric": a price metric)."""

TRIGGERS: tuple[str, ...] = tuple(f"{SECTION}.{kind}" for kind in KINDS)
"""Groups the driver requires before it calls :func:`extract`: every level group."""

# the metric group's cues only wake the extractor; the kind is the metric's slug
_ANCHOR_GROUPS = {f"{SECTION}.{kind}": rank for rank, kind in enumerate(KINDS) if kind != "metric"}

_MOVES = ("price_move.up", "price_move.down", "price_move.up_weak", "price_move.down_weak")
_STOP = re.compile(r"[.;:!?\N{EM DASH}]|\s-\s")
_MAX_GAP = 8
# compiled once: the gap between each price and each level word is read with them
_SPACED = re.compile(r"[,()]")
_TOKEN = re.compile(r"[\w'’\-]+")
_NOT_A_LINK = re.compile(r"[^\w\s'’\-]")


def extract(sentence: Sentence, context: Context) -> list[PriceLevel]:
    """The price levels ``sentence`` names (see the module docstring).

    >>> import cryptonews_parse as cnp
    >>> [
    ...     (e.kind, e.amount.text)
    ...     for e in cnp.parse("Bitcoin faces resistance around $113K–$114K.").events
    ... ]
    [('resistance', '$113K–$114K')]
    """
    if not any(q.kind is Kind.MONEY for q in sentence.quantities) or not (
        any(c.name.startswith("price_level.") for c in sentence.cues)
    ):
        return []
    reading = reading_of(sentence)
    anchors = _anchors(reading)
    if not anchors:
        return []
    figures = [q for q in prices(sentence) if not reading.question(q.span.start)]
    moving = bool(reading.cues(*_MOVES))
    events = []
    for index, quantity in enumerate(figures):
        tail = _tail(reading, figures, index)
        kind = _kind(reading, anchors, quantity, tail)
        if kind is None or (kind == "price" and moving):
            continue
        events.append(
            build(
                PriceLevel,
                sentence,
                used=[_level_mention(reading, quantity, tail)],
                amount=quantity,
                asset=_asset(reading, quantity, context),
                kind=kind,
            )
        )
    return events


def _anchors(reading: Reading) -> list[tuple[int, int, str]]:
    """(start, end, kind) of every level word and price metric of the sentence."""
    # grouped in the order of KINDS, each group in text order
    cues = sorted(reading.cues(*_ANCHOR_GROUPS), key=lambda cue: _ANCHOR_GROUPS[cue.name])
    found = [(cue.span.start, cue.span.end, cue.name.partition(".")[2]) for cue in cues]
    levels = words("price_move.price_metrics")
    for mention in reading.sentence.entities_of(EntityType.METRIC):
        if mention.id in levels:
            found.append((mention.span.start, mention.span.end, mention.id.partition(":")[2]))
    return found


def _tail(reading: Reading, figures: list[Quantity], index: int) -> Quantity:
    """The last price of the list that starts at ``figures[index]`` ("$108,000 and
    $113,000")."""
    join = words("price_level.join")
    last = figures[index]
    for following in figures[index + 1 :]:
        if not reading.links(last.span.end, following.span.start, join):
            break
        last = following
    return last


def _kind(
    reading: Reading, anchors: list[tuple[int, int, str]], quantity: Quantity, tail: Quantity
) -> str | None:
    best: tuple[int, int, str] | None = None
    for start, end, kind in anchors:
        if end <= quantity.span.start:
            distance = quantity.span.start - end
            tied = _tied(reading, end, quantity.span.start)
        elif start >= tail.span.end:
            distance = start - tail.span.end
            tied = _tied(reading, tail.span.end, start)
        else:
            continue
        if not tied:
            continue
        rank = KINDS.index(kind) if kind in KINDS else KINDS.index("metric")
        if best is None or (rank, distance) < best[:2]:
            best = (rank, distance, kind)
    return None if best is None else best[2].removesuffix("_verb")


def _tied(reading: Reading, start: int, end: int) -> bool:
    """True when only linking words (and commas or parentheses) stand between two
    offsets."""
    gap = reading.sentence.between(start, end)
    if _STOP.search(gap):
        return False
    return _links(reading, start, end, _SPACED.sub(" ", gap))


def _links(reading: Reading, start: int, end: int, spaced: str) -> bool:
    allowed = words("price_level.gap")
    names = [
        e
        for e in reading.sentence.entities
        if start <= e.span.start and e.span.end <= end and e.type is not EntityType.METRIC
    ]
    text = spaced
    for mention in names:
        offset = mention.span.start - start
        text = (
            text[:offset]
            + " " * (mention.span.end - mention.span.start)
            + text[offset + mention.span.end - mention.span.start :]
        )
    if _NOT_A_LINK.search(text):
        return False
    tokens = [t for t in _TOKEN.findall(text.lower()) if t not in ("'s", "’s", "'", "’")]
    return len(tokens) <= _MAX_GAP and all(t in allowed for t in tokens)


def _level_mention(reading: Reading, quantity: Quantity, tail: Quantity) -> EntityMention | None:
    """The price metric the level is ("Realized Price, hovering near $93,000")."""
    levels = words("price_move.price_metrics")
    for mention in reading.sentence.entities_of(EntityType.METRIC):
        if mention.id in levels and (
            _tied(reading, mention.span.end, quantity.span.start)
            or _tied(reading, tail.span.end, mention.span.start)
        ):
            return mention
    return None


def _asset(reading: Reading, quantity: Quantity, context: Context) -> str | None:
    sentence = reading.sentence
    clause = reading.clause(quantity.span.start)
    named = [m for m in sentence.entities if asset_id(m) is not None]
    before = [m for m in named if clause.start <= m.span.start < quantity.span.start]
    if before:
        return asset_id(before[-1])
    if named:
        return asset_id(named[0])
    return context.previous_asset
