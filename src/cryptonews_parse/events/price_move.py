"""Price moves: an asset's price went up or down, from where, to where, by how much.

In: a sentence holding a ``[price_move]`` cue. Out: one :class:`PriceMove` per move the
sentence states as a fact. A move is a move word ("fell", "surged", "nosedives", "a 2%
drop", "down 17%") with at least one figure of its own, read by the words before each
figure (``[words.price_move]``):

- ``change``: a percent ("down 17%", "a 2% drop", "fell nearly 8%") or money after "by".
- ``from_``: a price after "from" ("dropped from $124,000").
- ``to``: a price after "to", "below", "under" … ("to below $118,000", "dropping under
  $104,000"), or a current price reading just before the move word ("the price of BTC
  stands at $115,000 after a 2% drop", "trading price is $89,880, up 0.48%").
- ``low``/``high``: "as low as $104,130", "a high of $111,000".
- ``reference``: ``all_time_high`` for "from its all-time high" without a price.
- ``amount``: the change, else the level reached (``to``, else ``low``/``high``).
- ``asset``: the asset named before the move word in its clause (an entity in parentheses
  is skipped), else after it; else the asset named in an earlier sentence when the clause
  speaks of "it", "the price" or the all-time high. A move whose subject is a metric ("OI
  dropped", "a 4% drop in open interest", "TOTAL2 dropped") is a metric event, not a
  price move; a move of something that is no asset ("gold rose 1.7%") is no event.

Move words of one direction in one clause with no entity between are one move ("down 17%
from its all-time high, dropping under $104,000"). Moves in a question or in a hedged
phrase ("if it slips below $99,000", "could plunge") have not happened and are skipped; the
levels they name are price levels (events/price_level.py).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import NamedTuple

from cryptonews_parse.events._phrases import Reading, asset_id, reading_of, words
from cryptonews_parse.events.base import Context, Cue, Sentence, build
from cryptonews_parse.model import (
    Direction,
    EntityMention,
    EntityType,
    Kind,
    PriceMove,
    Quantity,
)
from cryptonews_parse.trie import trie_alternation

SECTION = "price_move"

_UP = ("price_move.up",)
_DOWN = ("price_move.down",)
_WEAK = {"price_move.up_weak": Direction.UP, "price_move.down_weak": Direction.DOWN}
_MOVE_CUES = frozenset({*_UP, *_DOWN, *_WEAK, "price_move.push"})

TRIGGERS: tuple[str, ...] = tuple(sorted(_MOVE_CUES))
"""Groups the driver requires before it calls :func:`extract`: a move is built from one."""

_ROLES = ("from", "to", "low", "high", "change")
_BOUND_WORD = re.compile(r"(?:above|below|under|over|beneath|less than|more than)\s*$")
_TOKEN = re.compile(r"[\w'’\-.]+")
_MAX_PUSH_WORDS = 4
_FROM = re.compile(r"(?<![\w-])from(?![\w-])")


# ---- helpers shared with price_level.py and metrics.py ----------------------------------


def prices(sentence: Sentence) -> list[Quantity]:
    """Amounts of money that can be a price: fiat, not a rate ("$4,600 per ounce")."""
    return [q for q in sentence.quantities if q.kind is Kind.MONEY and q.per is None]


@functools.cache
def role_pattern(table: str) -> re.Pattern[str]:
    """One regex over the role lists ``[words.<table>] <role>``, each role a named group."""
    groups = []
    for role in (*_ROLES, "reading"):
        listed = words(f"{table}.{role}")
        if listed:
            groups.append(f"(?P<{role}>{trie_alternation(sorted(listed))})")
    return re.compile(rf"(?<![\w-])(?:{'|'.join(groups)})(?![\w-])", re.IGNORECASE)


def role_before(table: str, gap: str, quantity: Quantity) -> str | None:
    """The role the last role word of ``gap`` (the text just before ``quantity``) gives it.

    A bound word that belongs to the quantity ("from above $95,000") is not a role word;
    a bounded price without another role word is where the price went ("dropping under
    $104,000": ``to``).
    """
    if quantity.bound is not None:
        gap = _BOUND_WORD.sub("", gap.rstrip())
    role = None
    for match in role_pattern(table).finditer(gap):
        role = match.lastgroup
    if role is None and quantity.bound is not None and table == "price_move":
        return "to"
    return role


def in_parentheses(between: str) -> bool:
    """True when text that follows an item opens no parenthesis it closes: the item is
    inside parentheses ("market capitalization excluding BTC) dropped")."""
    return between.count(")") > between.count("(")


def subject_before(
    reading: Reading, start: int, end: int, types: Iterable[EntityType]
) -> EntityMention | None:
    """The last mention of ``types`` between ``start`` and ``end`` that is not inside
    parentheses closed before ``end``."""
    wanted = tuple(types)
    for mention in reversed(reading.sentence.entities):
        if (
            mention.type in wanted
            and start <= mention.span.start
            and mention.span.end <= end
            and not in_parentheses(reading.sentence.between(mention.span.end, end))
        ):
            return mention
    return None


# ---- moves ---------------------------------------------------------------------------------


class _Move(NamedTuple):
    cues: tuple[Cue, ...]
    direction: Direction
    push: bool = False


def extract(sentence: Sentence, context: Context) -> list[PriceMove]:
    """The price moves ``sentence`` states (see the module docstring).

    >>> import cryptonews_parse as cnp
    >>> [
    ...     (str(e.direction), e.change.text, e.to.text)
    ...     for e in cnp.parse("Bitcoin is down 17% this month, dropping under $104,000.").events
    ... ]
    [('down', '17%', '$104,000')]
    """
    if not sentence.quantities or not any(c.name in _MOVE_CUES for c in sentence.cues):
        return []
    reading = reading_of(sentence)
    moves = _moves(reading)
    events = []
    for index, move in enumerate(moves):
        end = moves[index + 1].cues[0].span.start if index + 1 < len(moves) else None
        event = _event(reading, move, end, context)
        if event is not None:
            events.append(event)
    return events


def _moves(reading: Reading) -> list[_Move]:
    """The move words of the sentence, grouped into moves."""
    found: list[tuple[Cue, Direction, bool]] = []
    for cue in reading.cues(*_UP):
        found.append((cue, Direction.UP, False))
    for cue in reading.cues(*_DOWN):
        found.append((cue, Direction.DOWN, False))
    for cue in reading.cues(*_WEAK):
        if _figure_right_after(reading, cue):
            found.append((cue, _WEAK[cue.name], False))
    for cue in reading.cues("price_move.push"):
        direction = _push_direction(reading, cue)
        if direction is not None:
            found.append((cue, direction, True))
    found.sort(key=lambda item: item[0].span.start)
    moves: list[_Move] = []
    for cue, direction, push in found:
        if reading.question(cue.span.start) or _hedged(reading, cue):
            continue
        if moves and _continues(reading, moves[-1], cue, direction):
            last = moves[-1]
            moves[-1] = _Move((*last.cues, cue), direction, last.push)
        else:
            moves.append(_Move((cue,), direction, push))
    return moves


def _hedged(reading: Reading, cue: Cue) -> bool:
    """True when the phrase of the move word holds a hedge word (``[words.grammar]
    hedge``); a capitalised hedge word inside the phrase is a name ("in May")."""
    low, high = reading.phrase(cue.span.start)
    tokens = _TOKEN.findall(reading.sentence.between(low, high))
    hedges = _hedge_words()
    if hedges.isdisjoint(map(str.lower, tokens)):  # most phrases: one pass in C
        return False
    for index, token in enumerate(tokens):
        if token.lower() in hedges and (index == 0 or not token[:1].isupper()):
            return True
    return False


@functools.cache
def _hedge_words() -> frozenset[str]:
    """The hedge and conditional words, joined once rather than for every move word."""
    return words("grammar.hedge") | words("price_move.conditional")


def _continues(reading: Reading, move: _Move, cue: Cue, direction: Direction) -> bool:
    """True when ``cue`` goes on the move before it: same direction, same clause, and no
    entity named between them."""
    last = move.cues[-1]
    if move.direction is not direction or move.push:
        return False
    if reading.clause(last.span.start) != reading.clause(cue.span.start):
        return False
    return not any(
        last.span.end <= e.span.start and e.span.end <= cue.span.start
        for e in reading.sentence.entities
    )


def _figure_right_after(reading: Reading, cue: Cue) -> bool:
    near = words("price_move.near")
    return any(
        q.span.start >= cue.span.end and reading.links(cue.span.end, q.span.start, near)
        for q in reading.sentence.quantities
        if q.kind in (Kind.PERCENT, Kind.MONEY)
    )


def _push_direction(reading: Reading, cue: Cue) -> Direction | None:
    """The direction of a push ("pushed Bitcoin below $102,000"): that of the preposition
    after the pushed asset."""
    sentence = reading.sentence
    following = [e for e in sentence.entities if e.span.start >= cue.span.end]
    if not following or asset_id(following[0]) is None:
        return None
    rest = sentence.between(following[0].span.end, sentence.span.end).lower()
    tokens = _TOKEN.findall(rest)[:_MAX_PUSH_WORDS]
    if tokens and tokens[0] in words("price_move.push_down"):
        return Direction.DOWN
    if tokens and tokens[0] in words("price_move.push_up"):
        return Direction.UP
    return None


def _event(
    reading: Reading, move: _Move, next_move: int | None, context: Context
) -> PriceMove | None:
    sentence = reading.sentence
    first, last = move.cues[0], move.cues[-1]
    clause = reading.clause(first.span.start)
    end = clause.end if next_move is None else min(clause.end, next_move)
    metrics = [
        e
        for e in sentence.entities_of(EntityType.METRIC)
        if e.span.start >= last.span.end and not _price_metric(e)
    ]
    if _about_a_metric(reading, move, clause.start, end):
        return None
    if metrics:
        end = min(end, metrics[0].span.start)
    subject, asset = _asset(reading, move, clause.start, end, context)
    if asset is None:
        return None
    figures = _figures(reading, move, clause.start, end)
    if not figures:
        return None
    change = figures.get("change")
    to = figures.get("to")
    low, high = figures.get("low"), figures.get("high")
    reached = low if move.direction is Direction.DOWN else high
    amount = change or to or reached or low or high
    return build(
        PriceMove,
        sentence,
        used=[subject],
        amount=amount,
        asset=asset,
        direction=move.direction,
        window=reading.window(clause),
        from_=figures.get("from"),
        to=to,
        change=change,
        low=low,
        high=high,
        reference=_reference(reading, move, end),
    )


def _price_metric(mention: EntityMention) -> bool:
    """Metrics that are prices (a realized price, a moving average): levels, not subjects."""
    return mention.id in words("price_move.price_metrics")


def _about_a_metric(reading: Reading, move: _Move, start: int, end: int) -> bool:
    """True when the moving thing is a metric: "OI dropped", "a 4% drop in open interest"."""
    sentence = reading.sentence
    first, last = move.cues[0], move.cues[-1]
    metrics = sentence.entities_of(EntityType.METRIC)
    for mention in metrics:
        if last.span.end <= mention.span.start < end and not _price_metric(mention):
            gap = sentence.between(last.span.end, mention.span.start)
            if not _about(sentence, last.span.end, mention.span.start):
                # "a 4% drop in Bitcoin's futures open interest"
                return len(_TOKEN.findall(gap)) <= 6
    for mention in sentence.entities:
        if last.span.end <= mention.span.start < end and asset_id(mention) is not None:
            gap = sentence.between(last.span.end, mention.span.start)
            if not _about(sentence, last.span.end, mention.span.start) and (
                len(_TOKEN.findall(gap)) <= 2
            ):
                return False  # "an 8% drop in BTC price"
            break
    for mention in metrics:
        if start <= mention.span.start and mention.span.end <= first.span.start:
            gap = sentence.between(mention.span.end, first.span.start)
            if (
                not _price_metric(mention)
                and not _about(sentence, mention.span.end, first.span.start)
                and len(_TOKEN.findall(gap)) <= _MAX_PUSH_WORDS
            ):
                return True  # "Open interest in Solana futures fell 12%"
    named = (EntityType.ASSET, EntityType.PAIR, EntityType.METRIC)
    subject = subject_before(reading, start, first.span.start, named)
    return subject is not None and subject.type is EntityType.METRIC and not _price_metric(subject)


def _about(sentence: Sentence, start: int, end: int) -> bool:
    """True when a figure or a phrase end stands between two offsets (the words between
    are then no "drop in X")."""
    return "," in sentence.between(start, end) or any(
        start <= q.span.start < end for q in sentence.quantities
    )


def _asset(
    reading: Reading, move: _Move, start: int, end: int, context: Context
) -> tuple[EntityMention | None, str | None]:
    sentence = reading.sentence
    first, last = move.cues[0], move.cues[-1]
    named = (EntityType.ASSET, EntityType.PAIR, EntityType.METRIC)
    if not move.push:
        before = subject_before(reading, start, first.span.start, named)
        if before is not None and asset_id(before) is not None:
            return before, asset_id(before)
    for mention in sentence.entities:
        if last.span.end <= mention.span.start < end and asset_id(mention) is not None:
            gap = sentence.between(last.span.end, mention.span.start)
            # "a 4% drop in BTC price", "the price surge in May - BTC reached ..."
            if not _about(sentence, last.span.end, mention.span.start) and (
                len(_TOKEN.findall(gap)) <= _MAX_PUSH_WORDS
            ):
                return mention, asset_id(mention)
            break
    tokens = _TOKEN.findall(sentence.between(start, end).lower())
    if not words("price_move.subject").isdisjoint(tokens) or any(
        start <= cue.span.start < end for cue in reading.cues("price_level.all_time_high")
    ):
        return None, context.previous_asset
    return None, None


def _figures(reading: Reading, move: _Move, start: int, end: int) -> dict[str, Quantity]:
    """The move's figures by role (see the module docstring)."""
    sentence = reading.sentence
    first, last = move.cues[0], move.cues[-1]
    found: dict[str, Quantity] = {}
    near = words("price_move.near")
    candidates = [q for q in sentence.quantities if not q.is_range and q.kind is Kind.PERCENT]
    candidates += [q for q in prices(sentence) if not q.is_range]
    candidates.sort(key=lambda q: q.span.start)
    # before the move word: "a 2% drop", "stands at $115,000 after a 2% drop"
    before = [q for q in candidates if start <= q.span.end <= first.span.start][-2:]
    if (
        before
        and before[-1].kind is Kind.PERCENT
        and reading.links(before[-1].span.end, first.span.start, near)
    ):
        found["change"] = before.pop()
    if before and before[-1].kind is Kind.MONEY and _reading_before(reading, before[-1], first):
        found["to"] = before[-1]
    previous = first.span.end
    for quantity in candidates:
        if not (first.span.end <= quantity.span.start < end):
            continue
        if any(c.span.end <= quantity.span.start for c in move.cues):
            previous = max(
                [previous] + [c.span.end for c in move.cues if c.span.end <= quantity.span.start]
            )
        gap = sentence.between(previous, quantity.span.start).lower()
        previous = quantity.span.end
        if quantity.kind is Kind.PERCENT:
            found.setdefault("change", quantity)
            continue
        role = role_before("price_move", gap, quantity)
        if role is None and reading.links(last.span.end, quantity.span.start, near):
            role = "change"
        if role in _ROLES:
            found.setdefault(role, quantity)
    return found


def _reading_before(reading: Reading, quantity: Quantity, cue: Cue) -> bool:
    """True for a price reading before a move ("the price of BTC stands at $115,000 after
    a 2% drop"): a reading cue right before the figure, few words from it to the move."""
    sentence = reading.sentence
    stated = any(
        c.span.end <= quantity.span.start
        and not sentence.between(c.span.end, quantity.span.start).strip()
        for c in reading.cues("price_level.price")
    )
    gap = sentence.between(quantity.span.end, cue.span.start)
    return stated and len(_TOKEN.findall(gap)) <= 4


def _reference(reading: Reading, move: _Move, end: int) -> str | None:
    """``all_time_high`` when the move is measured from the all-time high."""
    last = move.cues[0]
    for cue in reading.cues("price_level.all_time_high"):
        if last.span.end <= cue.span.start < end:
            gap = reading.sentence.between(last.span.end, cue.span.start).lower()
            if _FROM.search(gap):
                return "all_time_high"
    return None
