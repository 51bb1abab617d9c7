"""Exchange-flow events: deposits into exchanges, withdrawals from them, netflow readings.

In: a sentence holding an ``[exchange_flow]`` cue that speaks of exchanges (an exchange
word or a named venue) and not of ETFs. Out: one :class:`ExchangeFlow` per flow it states:

- a figure tied to a deposit or withdrawal word by linking words ("more than 32kBTC were
  deposited into all exchanges", "withdrawals of 5,000 BTC"): ``direction`` in or out;
- a named exchange's part in a clause after it ("... with Binance seeing 2.5k BTC in spot
  exchange"): that flow's direction, ``venue`` the exchange;
- a netflow's sign stated in words ("exchange netflow flipped negative"): ``state``
  negative (direction out) or positive (in), with its figure when one is tied to it. This
  is the one exchange flow that needs no figure.

``asset`` is a crypto figure's unit, else the asset named with the figure or the netflow
("Bitcoin's exchange netflow"); ``venue`` is the one venue named in the clause.
"""

from __future__ import annotations

from collections.abc import Sequence

from cryptonews_parse.entities import default_registry
from cryptonews_parse.events._phrases import Clause, Reading, asset_id, reading_of, words
from cryptonews_parse.events.base import Context, Cue, Sentence, build
from cryptonews_parse.model import (
    Direction,
    EntityMention,
    EntityType,
    ExchangeFlow,
    Kind,
    Quantity,
)

SECTION = "exchange_flow"

TRIGGERS: tuple[str, ...] = (
    "exchange_flow.deposit",
    "exchange_flow.withdrawal",
    "exchange_flow.netflow",
)
"""Groups the driver requires before it calls :func:`extract`: every exchange flow is
tied to a flow word or a netflow ("exchange" alone states none)."""

_DIRECTIONS = {"exchange_flow.deposit": Direction.IN, "exchange_flow.withdrawal": Direction.OUT}
_STATES = {"exchange_flow.negative": Direction.OUT, "exchange_flow.positive": Direction.IN}
_STATE_GAP = frozenset({"to", "back", "into", "deeply", "sharply", "firmly", "slightly"})


def extract(sentence: Sentence, context: Context) -> list[ExchangeFlow]:
    """The exchange flows ``sentence`` states (see the module docstring).

    >>> import cryptonews_parse as cnp
    >>> [
    ...     (e["amount"], e["unit"], e["direction"])
    ...     for e in cnp.parse("Over 32kBTC were deposited into exchanges.").to_dict()["events"]
    ... ]
    [('32000', 'BTC', 'in')]
    """
    venues = sentence.entities_of(EntityType.VENUE)
    if not (
        sentence.has("exchange_flow.exchange") or sentence.has("exchange_flow.netflow") or venues
    ):
        return []
    reading = reading_of(sentence)
    events: list[tuple[ExchangeFlow, Clause]] = []
    used: set[int] = set()
    for netflow in reading.cues("exchange_flow.netflow"):
        event = _netflow(reading, context, netflow, used)
        if event is not None:
            events.append((event, reading.clause(netflow.span.start)))
    flows = reading.cues(*_DIRECTIONS)
    before, after = words("exchange_flow.before_cue"), words("exchange_flow.after_cue")
    for quantity in reading.figures():
        if id(quantity) in used:
            continue
        clause = reading.clause(quantity.span.start)
        if _about_etfs(reading, clause):
            continue
        direction: Direction | None = None
        cue = reading.linked(quantity, flows, before, after)
        if cue is not None:
            direction = _DIRECTIONS[cue.name]
        elif clause.part:
            total = next((e for e, c in reversed(events) if c.end <= clause.start), None)
            cue = _part_link(reading, quantity)
            if total is not None and cue is not None:
                direction = total.direction
        if cue is None or direction is None:
            continue
        if reading.hedged(
            min(quantity.span.start, cue.span.start), max(quantity.span.end, cue.span.end)
        ):
            continue
        mention, asset = _asset(reading, quantity, cue)
        venue = reading.only(e for e in venues if reading.in_clause(clause, e.span))
        event = build(
            ExchangeFlow,
            sentence,
            used=[mention],
            amount=quantity,
            asset=asset,
            venue=None if venue is None else venue.id,
            direction=direction,
            window=reading.window(clause),
        )
        events.append((event, clause))
    return [event for event, _ in events]


def _about_etfs(reading: Reading, clause: Clause) -> bool:
    funds = reading.sentence.entities_of(EntityType.FUND)
    return any(reading.in_clause(clause, c.span) for c in reading.cues("etf_flow.etf")) or any(
        reading.in_clause(clause, f.span) for f in funds
    )


def _part_link(reading: Reading, quantity: Quantity) -> Cue | None:
    """A subject verb before a named exchange's figure ("Binance seeing 2.5k BTC"), or an
    exchange or flow word after it ("2.5k BTC in spot exchange")."""
    for cue in reading.cues("exchange_flow.subject"):
        if cue.span.end <= quantity.span.start and reading.links(
            cue.span.end, quantity.span.start, words("exchange_flow.after_cue")
        ):
            return cue
    for cue in reading.cues("exchange_flow.exchange", *_DIRECTIONS):
        if cue.span.start >= quantity.span.end and reading.links(
            quantity.span.end, cue.span.start, words("exchange_flow.part_gap")
        ):
            return cue
    return None


def _netflow(
    reading: Reading, context: Context, netflow: Cue, used: set[int]
) -> ExchangeFlow | None:
    """A netflow whose sign is stated in words, or whose reading is tied to it."""
    clause = reading.clause(netflow.span.start)
    if reading.question(netflow.span.start) or _about_etfs(reading, clause):
        return None
    state = _state(reading, netflow)
    reading_figure = next(
        (
            q
            for q in reading.figures()
            if q.span.start >= netflow.span.end
            and reading.links(netflow.span.end, q.span.start, words("exchange_flow.reading_gap"))
        ),
        None,
    )
    if state is None and reading_figure is None:
        return None
    end = netflow.span.end if reading_figure is None else reading_figure.span.end
    if reading.hedged(netflow.span.start, end):
        return None
    direction = None
    if state is not None:
        direction = _STATES[f"exchange_flow.{state}"]
    elif reading_figure is not None and reading_figure.value is not None:
        direction = Direction.OUT if reading_figure.value < 0 else Direction.IN
    mention: EntityMention | None = None
    asset = None
    if reading_figure is not None:
        used.add(id(reading_figure))
        mention, asset = _asset(reading, reading_figure, netflow)
    if asset is None:
        mention = next(
            (
                m
                for m in reading.sentence.entities_of(EntityType.ASSET, EntityType.PAIR)
                if m.span.end <= netflow.span.start
                and reading.links(m.span.end, netflow.span.start, frozenset({"exchange", "spot"}))
            ),
            None,
        )
        asset = None if mention is None else asset_id(mention)
    venue = reading.only(
        e
        for e in reading.sentence.entities_of(EntityType.VENUE)
        if reading.in_clause(clause, e.span)
    )
    return build(
        ExchangeFlow,
        reading.sentence,
        used=[mention],
        amount=reading_figure,
        asset=asset,
        venue=None if venue is None else venue.id,
        direction=direction,
        state=state,
        window=None,
    )


def _state(reading: Reading, netflow: Cue) -> str | None:
    """The sign word after a turn word after the netflow ("flipped negative")."""
    phrase_end = reading.phrase(netflow.span.end)[1]
    turns = [
        c
        for c in reading.cues("exchange_flow.flip")
        if netflow.span.end <= c.span.start and c.span.end <= phrase_end
    ]
    if not turns:
        return None
    turn = turns[0]
    for cue in reading.cues(*_STATES):
        if cue.span.start >= turn.span.end and reading.links(
            turn.span.end, cue.span.start, _STATE_GAP
        ):
            return cue.name.partition(".")[2]
    return None


def _asset(
    reading: Reading, quantity: Quantity, cue: Cue
) -> tuple[EntityMention | None, str | None]:
    if quantity.kind is Kind.CRYPTO and quantity.unit is not None:
        entry = default_registry().asset(quantity.unit)
        if entry is not None:
            return None, entry.id
    low, high = min(quantity.span.start, cue.span.start), max(quantity.span.end, cue.span.end)
    named: Sequence[EntityMention] = reading.sentence.entities_of(EntityType.ASSET, EntityType.PAIR)
    for mention in named:
        after = mention.span.start >= quantity.span.end and reading.links(
            quantity.span.end, mention.span.start, frozenset({"in", "of", "worth"})
        )
        if (low <= mention.span.start and mention.span.end <= high) or after:
            return mention, asset_id(mention)
    return None, None
