"""ETF-flow events: net inflows into and outflows from exchange-traded funds.

In: a sentence holding an ``[etf_flow]`` cue. Out: one :class:`EtfFlow` per figure tied
to an inflow or outflow word by linking words ("IBIT took in $500 million", "spot Bitcoin
ETFs recorded $1.2 billion in net outflows"), in a clause that names an ETF or a fund.
A flow needs a figure: "inflows into the US Bitcoin spot ETF are weak" is no event.

``fund`` is the one fund named in the clause (its ``asset`` is the fund's underlying);
otherwise ``asset`` is the one asset named in the clause ("Bitcoin ETFs").
"""

from __future__ import annotations

from cryptonews_parse.entities import default_registry
from cryptonews_parse.events._phrases import reading_of, words
from cryptonews_parse.events.base import Context, Sentence, build
from cryptonews_parse.model import Direction, EntityType, EtfFlow, Kind

SECTION = "etf_flow"

TRIGGERS: tuple[str, ...] = ("etf_flow.inflow", "etf_flow.outflow")
"""Groups the driver requires before it calls :func:`extract`: an ETF named without an
inflow or outflow word states no flow."""

_DIRECTIONS = {"etf_flow.inflow": Direction.IN, "etf_flow.outflow": Direction.OUT}


def extract(sentence: Sentence, context: Context) -> list[EtfFlow]:
    """The ETF flows ``sentence`` states (see the module docstring).

    >>> import cryptonews_parse as cnp
    >>> [
    ...     (e["amount"], e["direction"], e["fund"], e["asset"])
    ...     for e in cnp.parse("IBIT took in $500 million on Monday.").to_dict()["events"]
    ... ]
    [('500000000', 'in', 'fund:IBIT', 'asset:BTC')]
    """
    funds = sentence.entities_of(EntityType.FUND)
    if not (sentence.has("etf_flow.etf") or funds):
        return []
    if not (sentence.has("etf_flow.inflow") or sentence.has("etf_flow.outflow")):
        return []
    if not sentence.quantities_of(Kind.MONEY, Kind.CRYPTO):
        return []
    reading = reading_of(sentence)
    flows = reading.cues(*_DIRECTIONS)
    etfs = reading.cues("etf_flow.etf")
    before, after = words("etf_flow.before_cue"), words("etf_flow.after_cue")
    events: list[EtfFlow] = []
    for quantity in reading.figures():
        cue = reading.linked(quantity, flows, before, after)
        if cue is None:
            continue
        clause = reading.clause(quantity.span.start)
        fund = reading.only(f for f in funds if reading.in_clause(clause, f.span))
        if fund is None and not any(reading.in_clause(clause, c.span) for c in etfs):
            continue
        low, high = min(quantity.span.start, cue.span.start), max(quantity.span.end, cue.span.end)
        if reading.hedged(low, high):
            continue
        if fund is not None:
            asset_mention = None
            asset = default_registry().get(fund.id).underlying
        else:
            asset_mention = reading.only(
                a
                for a in sentence.entities_of(EntityType.ASSET)
                if reading.in_clause(clause, a.span)
            )
            asset = None if asset_mention is None else asset_mention.id
        events.append(
            build(
                EtfFlow,
                sentence,
                used=[fund, asset_mention],
                amount=quantity,
                fund=None if fund is None else fund.id,
                asset=asset,
                direction=_DIRECTIONS[cue.name],
                window=reading.window(clause),
            )
        )
    return events
