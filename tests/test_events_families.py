"""Phrasing families of market news, one table per family, in sentences written for these
tests (names and numbers of no real article).

Each row states every event its text must give: the listed keys are compared, any other
key is free, and no other event may be found. A row marked ``xfail`` is a known miss
(docs/events.md lists them).
"""

from __future__ import annotations

import pytest

import cryptonews_parse as cnp
from cryptonews_parse.model import JSONValue
from event_checks import check_events, pair

Expected = dict[str, JSONValue]


def ev(
    event_type: str, amount: str | None, unit: str | None = "USD", **keys: JSONValue
) -> Expected:
    """An expected event: its type, amount and unit, and the other keys it must have."""
    return {"type": event_type, "amount": amount, "unit": unit, **keys}


def _figures(event: dict[str, JSONValue]) -> set[str]:
    found = {str(event["amount"])}
    quantities = event["quantities"]
    assert isinstance(quantities, list)
    for q in quantities:
        assert isinstance(q, dict)
        found.add(str(q["value"]))
    return found


def _matches(expected: Expected, event: dict[str, JSONValue]) -> bool:
    for key, value in expected.items():
        if key == "amount":
            if event["amount"] != value and str(value) not in _figures(event):
                return False
        elif key == "figures":
            assert isinstance(value, list)
            if not {str(v) for v in value} <= _figures(event):
                return False
        elif event.get(key) != value:
            return False
    return True


def assert_events(text: str, expected: list[Expected]) -> None:
    """Every expected event is found once, and nothing else."""
    doc = cnp.parse(text)
    check_events(text, doc.events)
    missing, free = pair(expected, [e.to_dict() for e in doc.events], _matches)
    shown = [
        {k: e[k] for k in ("type", "amount", "unit", "side", "asset", "venue", "fund", "direction")}
        for e in free
    ]
    assert not missing and not free, f"missing {missing}; extra {shown}"


LIQUIDATIONS = [
    pytest.param(
        "Crypto liquidations came to $610 million. Bybit logged the largest liquidation total"
        " with $188 million, followed by Gate with $74 million.",
        [
            ev("liquidation", "610000000"),
            ev("liquidation", "188000000", venue="venue:bybit", scope="venue"),
            ev("liquidation", "74000000", venue="venue:gate", scope="venue"),
        ],
        id="the-largest-liquidation-total-is-a-venues-tally-not-one-order",
    ),
    pytest.param(
        "Crypto liquidations came to $610 million. The largest liquidation was a $7.4 million"
        " SOL long on Bybit.",
        [
            ev("liquidation", "610000000"),
            ev("liquidation", "7400000", venue="venue:bybit", scope="largest_single"),
        ],
        id="guard-the-largest-liquidation-is-one-order",
    ),
    pytest.param(
        "Coinglass data indicate that positions for 384,5 millions of dollars were liquidated in"
        " the crypto market during the last day, of which 301 millions corresponded to short"
        " positions.",
        [
            ev("liquidation", "384500000", side="both"),
            ev("liquidation", "301000000", side="short"),
        ],
        id="a-translated-part-of-which-takes-the-currency-of-its-whole",
    ),
    pytest.param(
        "Crypto liquidations hit $310 million. The largest single liquidation - a $9.4M"
        " BTC-USDT short - happened on OKX.",
        [
            ev("liquidation", "310000000"),
            ev("liquidation", "9400000", asset="asset:BTC", venue="venue:okx"),
        ],
        id="a-figure-between-spaced-hyphens-keeps-the-venue-after-the-aside",
    ),
    pytest.param(
        "Coinglass data shows, past 24 hours whole network explosion of positions reached 96.2"
        " million US dollars, among which long orders exploded 61.5 million US dollars, short"
        " orders exploded 34.7 million US dollars. Of these, SOL explosion 12.4 million US"
        " dollars.",
        [
            ev("liquidation", "96200000", side="both"),
            ev("liquidation", "61500000", side="long"),
            ev("liquidation", "34700000", side="short"),
            ev("liquidation", "12400000", asset="asset:SOL"),
        ],
        id="a-translated-explosion-of-positions-is-a-liquidation",
    ),
    pytest.param(
        "$517M in Crypto Positions Liquidated Overnight\n\nTraders saw $517.8 million of"
        " leveraged positions liquidated over 24 hours, CoinGlass data show.",
        [ev("liquidation", "517800000", side="both", figures=["517000000"])],
        id="a-headline-that-cuts-the-bodys-decimals-off-restates-it",
    ),
    pytest.param(
        "Bitcoin slipped. Solana longs were hit as well, losing $23 million as SOL slid 6%.",
        [
            ev("liquidation", "23000000", side="long", asset="asset:SOL"),
            ev("price_move", "6", "%", asset="asset:SOL", direction="down"),
        ],
        id="as-well-opens-no-clause-between-a-side-and-its-figure",
    ),
    pytest.param(
        "Ether short liquidations stayed small, totaling only $12.6 million over 12 hours.",
        [ev("liquidation", "12600000", side="short", asset="asset:ETH")],
        id="a-participle-of-total-sums-the-side-its-subject-names",
    ),
    pytest.param(
        "The largest single liquidation was a $6.8 million short on the XBTUSD perpetual swap.",
        [
            ev(
                "liquidation",
                "6800000",
                side="short",
                asset="asset:BTC",
                venue="venue:bitmex",
                scope="largest_single",
            )
        ],
        id="a-contract-only-one-venue-lists-names-that-venue",
    ),
    pytest.param(
        "Roughly $41 million of long XBTUSD positions were liquidated in two hours.",
        [ev("liquidation", "41000000", side="long", asset="asset:BTC", venue="venue:bitmex")],
        id="positions-in-a-contract-only-one-venue-lists-are-that-venues",
    ),
    pytest.param(
        "Arbitrum Rallies as Leverage Floods Back\n\n"
        "Arbitrum (ARB) open interest climbed 24% to $412 million on Wednesday, and funding on"
        " Bybit rose to 0.021%. Short sellers lost $7.6 million, against $2.4 million for longs."
        " Across the market, $240 million of positions were liquidated.",
        [
            ev("open_interest", "412000000", asset="asset:ARB", direction="up"),
            ev("funding_rate", "0.021", "%", asset="asset:ARB", venue="venue:bybit"),
            ev("liquidation", "7600000", side="short", asset="asset:ARB"),
            ev("liquidation", "2400000", side="long", asset="asset:ARB"),
            ev("liquidation", "240000000", side="both", asset=None),
        ],
        id="liquidations-after-a-tokens-open-interest-and-funding-are-that-tokens",
    ),
    pytest.param(
        "Render Network (RENDER) extended its run on Friday. Its futures open interest swelled"
        " to $96 million, Coinalyze figures show, with funding at 0.034% per eight hours. When"
        " the token slipped on Saturday, $3.1 million of longs were wiped out.",
        [
            ev("open_interest", "96000000", asset="asset:RENDER", direction="up"),
            ev("funding_rate", "0.034", "%", asset="asset:RENDER"),
            ev("liquidation", "3100000", side="long", asset="asset:RENDER"),
        ],
        id="liquidations-after-a-tokens-funding-in-an-article-about-it",
    ),
    pytest.param(
        "Forced closures, last 12 hours: $318.4M in total (longs $207.9M, shorts $110.5M)"
        " across crypto venues.",
        [
            ev("liquidation", "318400000", side="both"),
            ev("liquidation", "207900000", side="long"),
            ev("liquidation", "110500000", side="short"),
        ],
        id="a-total-word-closing-the-figures-phrase-makes-it-the-total-of-the-sides-after-it",
    ),
    pytest.param(
        "Altcoin liquidations this week\n- $1.42bn in total: shorts $0.91bn, longs $510m",
        [
            ev("liquidation", "1420000000", side="both"),
            ev("liquidation", "910000000", side="short"),
            ev("liquidation", "510000000", side="long"),
        ],
        id="a-total-line-before-a-colon-and-its-side-breakdown",
    ),
    pytest.param(
        "Shorts Routed: $845 Million Liquidated as Ether Rips Past $4,000\n\n"
        "Crypto liquidations totaled $845 million over 24 hours, of which $602 million came"
        " from short positions.",
        [
            ev("liquidation", "845000000", side="both"),
            ev("liquidation", "602000000", side="short"),
            ev("price_move", "4000", asset="asset:ETH", direction="up"),
        ],
        id="a-headlines-side-gives-way-to-the-bodys-total-of-both-sides",
    ),
    pytest.param(
        "Ether bulls paid most: $57 million of the $73 million in ETH positions wiped out "
        "since Monday was on the long side.",
        [
            ev("liquidation", "57000000", side="long", asset="asset:ETH"),
            ev("liquidation", "73000000", side="both", asset="asset:ETH"),
        ],
        id="the-whole-after-x-of-the-does-not-take-the-side-of-its-part",
    ),
    pytest.param(
        "OKX and Bitget saw $14 million and $6 million of longs liquidated, in this order, "
        "while Kraken logged $2.5 million.",
        [
            ev("liquidation", "14000000", side="long", venue="venue:okx"),
            ev("liquidation", "6000000", side="long", venue="venue:bitget"),
            ev("liquidation", "2500000", venue="venue:kraken"),
        ],
        id="in-this-order-pairs-venues-with-figures",
    ),
    pytest.param(
        "Liquidations (24h)\n- $640m in total\n- BTC $250m, ETH $190m, DOGE $47m",
        [
            ev("liquidation", "640000000"),
            ev("liquidation", "250000000", asset="asset:BTC"),
            ev("liquidation", "190000000", asset="asset:ETH"),
            ev("liquidation", "47000000", asset="asset:DOGE"),
        ],
        id="a-ticker-before-its-figure-in-a-line-of-capitals-names-the-part",
    ),
    pytest.param(
        "On Bybit, Short-positions for 84,5 million US-Dollar in ether were liquidated.",
        [ev("liquidation", "84500000", side="short", venue="venue:bybit", asset="asset:ETH")],
        id="a-translated-hyphenated-side-and-currency",
    ),
    pytest.param(
        "Aptos liquidations topped $40 million as the monthly unlock of 11.3 million APT landed.",
        [ev("liquidation", "40000000", asset="asset:APT")],
        id="a-token-unlock-is-no-liquidation",
    ),
    pytest.param(
        "Bulls paid the price: $31 million of AVAX longs were liquidated in 24 hours, against"
        " just $6.2M of shorts.",
        [
            ev("liquidation", "31000000", side="long", asset="asset:AVAX"),
            ev("liquidation", "6200000", side="short", asset="asset:AVAX"),
        ],
        id="a-smaller-counterpart-keeps-the-asset-of-the-sentence",
    ),
    pytest.param(
        "About $512 million of crypto positions were liquidated over 24 hours. Traders"
        " wagering on falling prices, known as shorts, made up $139 million of the total.",
        [
            ev("liquidation", "512000000", side="both"),
            ev("liquidation", "139000000", side="short"),
        ],
        id="a-part-of-the-total-takes-the-side-its-subject-names",
    ),
    pytest.param(
        "Some $315 million in solana futures positions were liquidated on Bybit, OKX and"
        " Binance over the weekend, with Bybit alone accounting for $96 million.",
        [
            ev("liquidation", "315000000", asset="asset:SOL", venue=None, scope="total"),
            ev("liquidation", "96000000", asset="asset:SOL", venue="venue:bybit"),
        ],
        id="a-figure-said-of-a-list-of-venues-names-none-of-them",
    ),
    pytest.param(
        "Over $190 million of ether positions were wiped out on Gate and MEXC combined,"
        " with Gate alone accounting for $122 million.",
        [
            ev("liquidation", "190000000", asset="asset:ETH", venue=None),
            ev("liquidation", "122000000", asset="asset:ETH", venue="venue:gate"),
        ],
        id="a-venue-part-keeps-the-total-asset",
    ),
    pytest.param(
        "Derivatives desks were hit hard: $560 million of crypto positions was liquidated,"
        " with traders wagering on falling prices accounting for $402 million of that.",
        [
            ev("liquidation", "560000000", side="both", scope="total"),
            ev("liquidation", "402000000", side="short"),
        ],
        id="bets-on-prices-name-the-side-as-a-participle",
    ),
    pytest.param(
        "Kraken alone liquidated $410 million worth of longs in the past day, while short"
        " liquidations on the platform totaled just $22 million.",
        [
            ev("liquidation", "410000000", side="long", venue="venue:kraken"),
            ev("liquidation", "22000000", side="short", venue="venue:kraken"),
        ],
        id="on-the-platform-names-the-venue-of-an-earlier-clause",
    ),
    pytest.param(
        "Ether liquidations hit $240 million. The biggest liquidation order was realized on"
        " OKX in ETH/USDT parity with 3.1 million dollars value.",
        [
            ev("liquidation", "240000000", asset="asset:ETH"),
            ev("liquidation", "3100000", venue="venue:okx", scope="largest_single"),
        ],
        id="the-largest-orders-value",
    ),
    pytest.param(
        "According to CoinGlass, positions for over 2,3 billions of dollars were liquidated on"
        " the crypto market in 24 hours. Only on OKX the liquidations amounted to 518 million"
        " of dollars. The funding rate of Ethereum on Bybit went to -0,017%.",
        [
            ev("liquidation", "2300000000", side="both", scope="total"),
            ev("liquidation", "518000000", venue="venue:okx"),
            ev("funding_rate", "-0.017", "%", asset="asset:ETH", venue="venue:bybit"),
        ],
        id="translated-flash-writes-millions-of-dollars-and-decimal-commas",
    ),
    pytest.param(
        "Spot bitcoin ETFs shed $212 million on Tuesday, Farside data show. Crypto"
        " liquidations reached $640 million over 24 hours. Solana longs alone lost $83 million.",
        [
            ev("etf_flow", "212000000", direction="out"),
            ev("liquidation", "640000000", side="both"),
            ev("liquidation", "83000000", side="long", asset="asset:SOL"),
        ],
        id="longs-that-lost-in-a-fund-story-were-liquidated",
    ),
    pytest.param(
        "Crypto Liquidations Near $2 Billion as Bitcoin Slides\n\nAbout $1.96 billion of"
        " leveraged crypto positions were wiped out over 24 hours, and longs made up $1.61"
        " billion of that.",
        [
            ev("liquidation", "1960000000", side="both", figures=["2000000000"]),
            ev("liquidation", "1610000000", side="long"),
        ],
        id="a-rounded-headline-restates-the-total-not-also-its-part",
    ),
    pytest.param(
        "Weekend in numbers\n\n\u2022 $9.6M: the largest single liquidation, a SOL long on"
        " Bybit.\n\u2022 0.0094%: OKX's ETH 8-hour funding rate, roughly 10.3% annualised.\n"
        "\u2022 6.1%: XRP's gain over the weekend, to $2.71.",
        [
            ev("liquidation", "9600000", side="long", venue="venue:bybit", scope="largest_single"),
            ev(
                "funding_rate",
                "0.0094",
                "%",
                asset="asset:ETH",
                venue="venue:okx",
                figures=["10.3"],
            ),
            ev("price_move", "6.1", "%", asset="asset:XRP", direction="up"),
            ev("price_level", "2.71", asset="asset:XRP"),
        ],
        id="figure-first-list-lines",
    ),
    pytest.param(
        "Dogecoin liquidations reached $41 million on Monday, of which $29 million came from"
        " short positions. Longs accounted for the remaining $12 million. Binance saw the"
        " heaviest losses at $15 million, followed by OKX at $9 million.",
        [
            ev("liquidation", "41000000", asset="asset:DOGE"),
            ev("liquidation", "29000000", side="short", asset="asset:DOGE"),
            ev("liquidation", "12000000", side="long", asset="asset:DOGE"),
            ev("liquidation", "15000000", asset="asset:DOGE", venue="venue:binance"),
            ev("liquidation", "9000000", asset="asset:DOGE", venue="venue:okx"),
        ],
        id="a-breakdown-goes-on-with-the-topic-asset",
    ),
    pytest.param(
        "As bitcoin slid, liquidated positions across the market reached 640 million USD"
        " within 24 hours, in which the long orders accounted for 510 million USD and the"
        " short orders 130 million USD.",
        [
            ev("liquidation", "640000000", side="both"),
            ev("liquidation", "510000000", side="long"),
            ev("liquidation", "130000000", side="short"),
        ],
        id="parts-continue-the-sentence-total",
    ),
    pytest.param(
        "About $310 million of bearish crypto wagers were liquidated as bitcoin jumped.",
        [ev("liquidation", "310000000", side="short")],
        id="bearish-wagers-are-shorts",
    ),
    pytest.param(
        "Solana liquidations hit $120 million. The nearest large cluster of short"
        " liquidations sits around $212.",
        [
            ev("liquidation", "120000000", asset="asset:SOL"),
            ev("price_level", "212", asset="asset:SOL"),
        ],
        id="a-liquidation-cluster-sits-at-a-price",
    ),
    pytest.param(
        "Solana liquidations reached $88 million, with bets on lower prices making up $61"
        " million of that.",
        [
            ev("liquidation", "88000000", side="both", asset="asset:SOL"),
            ev("liquidation", "61000000", side="short", asset="asset:SOL"),
        ],
        id="bets-on-lower-prices-are-shorts",
    ),
    pytest.param(
        "Ether shorts kept losing: $3.7 million of ETH shorts were liquidated in the past hour.",
        [ev("liquidation", "3700000", side="short", window="PT1H")],
        id="the-past-hour-is-a-window",
    ),
    pytest.param(
        "Altcoin bears got squeezed: $73M in altcoin shorts liquidated in the last 12h,"
        " $AVAX alone $15.4M.",
        [
            ev("liquidation", "73000000", side="short"),
            ev("liquidation", "15400000", side="short", asset="asset:AVAX"),
        ],
        id="a-part-said-with-alone-keeps-the-totals-side",
    ),
    pytest.param(
        "Liquidations reached $512M in 24 hours.\nBy exchange:\n\u2022 OKX \u2013 $171M\n"
        "\u2022 Gate - $64M\n$SOL lost 6.1% and is now sitting at $141.",
        [
            ev("liquidation", "512000000"),
            ev("liquidation", "171000000", venue="venue:okx"),
            ev("liquidation", "64000000", venue="venue:gate"),
            ev("price_move", "6.1", "%", asset="asset:SOL", direction="down"),
            ev("price_level", "141", asset="asset:SOL"),
        ],
        id="a-list-line-label-before-a-dash-and-sitting-at-a-price",
    ),
    pytest.param(
        "Ether slid. Bitget and Gate saw $44 million and $17 million in long liquidations.",
        [
            ev("liquidation", "44000000", venue="venue:bitget", side="long"),
            ev("liquidation", "17000000", venue="venue:gate", side="long"),
        ],
        id="names-and-figures-coordinated-pair-in-order-and-share-the-side",
    ),
    pytest.param(
        "Liquidations reached $515 million on Thursday. The total crypto market is now worth"
        " about $2.7 trillion.",
        [ev("liquidation", "515000000")],
        id="the-markets-worth-is-no-liquidation",
    ),
    pytest.param(
        "Some $930 million of leveraged positions were wiped out over 24 hours. Bybit, the"
        " second-largest exchange by volume, accounted for $260 million of the total. Gate"
        " was next with $95 million. Ether positions made up the bulk of the damage at"
        " $410 million.",
        [
            ev("liquidation", "930000000", scope="total"),
            ev("liquidation", "260000000", venue="venue:bybit", scope="venue"),
            ev("liquidation", "95000000", venue="venue:gate", scope="venue"),
            ev("liquidation", "410000000", asset="asset:ETH"),
        ],
        id="an-epithet-ranks-by-volume-and-a-part-continues-the-topic",
    ),
    pytest.param(
        "Ether liquidations hit $260 million in 24 hours. Over 12 hours, the tally stood at"
        " $190 million; for the week it has reached $740 million, of which long positions"
        " account for $510 million.",
        [
            ev("liquidation", "260000000", asset="asset:ETH", window="PT24H"),
            ev("liquidation", "190000000", window="PT12H"),
            ev("liquidation", "740000000", window="P7D"),
            ev("liquidation", "510000000", side="long", window="P7D"),
        ],
        id="a-tally-over-each-window-and-it-as-its-subject",
    ),
    pytest.param(
        "About $174 million of crypto futures positions were wiped out overnight, most of it"
        " — $131 million — in bullish bets.",
        [
            ev("liquidation", "174000000", side="both"),
            ev("liquidation", "131000000", side="long"),
        ],
        id="a-figure-between-dashes-keeps-the-side-after-them",
    ),
    pytest.param(
        "Liquidations came to $418 million, with $152 million tied to SOL and $97 million"
        " linked to DOGE.",
        [
            ev("liquidation", "418000000", asset=None),
            ev("liquidation", "152000000", asset="asset:SOL"),
            ev("liquidation", "97000000", asset="asset:DOGE"),
        ],
        id="parts-tied-to-their-assets-after-a-total",
    ),
    pytest.param(
        "Liquidations came to $418 million, with $152 million in SOL and $97 million in DOGE.",
        [
            ev("liquidation", "418000000", asset=None),
            ev("liquidation", "152000000", asset="asset:SOL"),
            ev("liquidation", "97000000", asset="asset:DOGE"),
        ],
        id="the-last-part-keeps-its-asset-from-the-total",
    ),
    pytest.param(
        "Traders lost $48 million in long positions and $21 million in short positions on"
        " Kraken as crypto prices swung.",
        [
            ev("liquidation", "48000000", side="long", venue="venue:kraken"),
            ev("liquidation", "21000000", side="short", venue="venue:kraken"),
        ],
        id="coordinated-figure-phrases",
    ),
    pytest.param(
        "Crypto liquidations hit $79 million over the day. Longs came to $62 million and"
        " shorts to $17 million.",
        [
            ev("liquidation", "79000000", side="both"),
            ev("liquidation", "62000000", side="long"),
            ev("liquidation", "17000000", side="short"),
        ],
        id="gapped-coordination-continues-the-topic",
    ),
    pytest.param(
        "Ether longs liquidated at $3,400 totaled $26 million.",
        [
            ev("liquidation", "26000000", side="long", asset="asset:ETH"),
            ev("price_level", "3400", asset="asset:ETH"),
        ],
        id="at-a-price-is-not-the-amount",
    ),
    pytest.param(
        "Crypto liquidations by exchange\nBitstamp logged $14M in longs and $9M in shorts.",
        [
            ev("liquidation", "14000000", side="long", venue="venue:bitstamp"),
            ev("liquidation", "9000000", side="short", venue="venue:bitstamp"),
        ],
        id="heading-sets-the-topic",
    ),
    pytest.param(
        "Liquidations by coin\nCardano: $9 million\nLitecoin: $4 million\nPrices\n"
        "Cardano trades at $0.58 and Litecoin at $71.",
        [
            ev("liquidation", "9000000", asset="asset:ADA"),
            ev("liquidation", "4000000", asset="asset:LTC"),
            ev("price_level", "0.58", asset="asset:ADA"),
            ev("price_level", "71", asset="asset:LTC"),
        ],
        id="list-lines-then-prices",
    ),
    pytest.param(
        "Crypto traders saw $140 million liquidated on Tuesday. Shorts accounted for the"
        " bulk of it, about $90 million.",
        [
            ev("liquidation", "140000000", side="both"),
            ev("liquidation", "90000000", side="short"),
        ],
        id="share-in-its-own-sentence",
    ),
    pytest.param(
        "Binance saw $66 million of crypto liquidations. Deribit and Kraken followed with"
        " $11 million and $7 million, respectively.",
        [
            ev("liquidation", "66000000", venue="venue:binance"),
            ev("liquidation", "11000000", venue="venue:deribit"),
            ev("liquidation", "7000000", venue="venue:kraken"),
        ],
        id="respectively",
    ),
    pytest.param(
        "Crypto liquidations by venue: Binance led with $210 million, followed by OKX"
        " ($95M), Bybit ($61M) and Gate ($20M).",
        [
            ev("liquidation", "210000000", venue="venue:binance"),
            ev("liquidation", "95000000", venue="venue:okx"),
            ev("liquidation", "61000000", venue="venue:bybit"),
            ev("liquidation", "20000000", venue="venue:gate"),
        ],
        id="followed-by-list-in-brackets",
    ),
    pytest.param(
        "In crypto futures, $52 million in longs and $31 million in shorts were liquidated,"
        " for a total of $83 million.",
        [
            ev("liquidation", "52000000", side="long"),
            ev("liquidation", "31000000", side="short"),
            ev("liquidation", "83000000", side="both", scope="total"),
        ],
        id="parts-and-their-total",
    ),
    pytest.param(
        "Crypto liquidations reached $640 million, of which $500 million were longs.",
        [
            ev("liquidation", "640000000", side="both"),
            ev("liquidation", "500000000", side="long"),
        ],
        id="of-which",
    ),
    pytest.param(
        "Solana longs took the worst of it, with $44 million liquidated, nearly $30 million"
        " of it within four hours.",
        [
            ev("liquidation", "44000000", side="long", asset="asset:SOL"),
            ev("liquidation", "30000000", side="long", asset="asset:SOL"),
        ],
        id="a-part-keeps-its-side",
    ),
    pytest.param(
        "The largest single liquidation was a $7.1 million ETH-USDT order on Bybit.",
        [
            ev(
                "liquidation",
                "7100000",
                asset="asset:ETH",
                venue="venue:bybit",
                scope="largest_single",
            )
        ],
        id="largest-single",
    ),
    pytest.param(
        "Crypto traders lost $2.3 billion (38,000 BTC) to liquidations this week.",
        [ev("liquidation", "2300000000", figures=["2300000000", "38000"])],
        id="restatement-in-brackets-is-one-event",
    ),
    pytest.param(
        "Crypto liquidations reached $610 million on Sunday. OKX accounted for the largest"
        " share at $208 million, followed by Bitget ($97 million) and Gate ($41 million).",
        [
            ev("liquidation", "610000000", side="both", scope="total"),
            ev("liquidation", "208000000", venue="venue:okx"),
            ev("liquidation", "97000000", venue="venue:bitget"),
            ev("liquidation", "41000000", venue="venue:gate"),
        ],
        id="the-largest-share-of-a-topic-then-a-bracketed-venue-list",
    ),
    pytest.param(
        "Cardano liquidations hit $38 million on Monday. Longs made up about $29 million of it.",
        [
            ev("liquidation", "38000000", asset="asset:ADA", side="both"),
            ev("liquidation", "29000000", asset="asset:ADA", side="long"),
        ],
        id="a-part-of-it-is-of-its-wholes-asset",
    ),
    pytest.param(
        "Crypto liquidations hit $380 million on Monday. Longs made up about $290 million of it.",
        [
            ev("liquidation", "380000000", asset=None, side="both"),
            ev("liquidation", "290000000", asset=None, side="long"),
        ],
        id="a-part-of-a-market-wide-total-has-no-asset",
    ),
    pytest.param(
        "Ether shorts and longs lost $22.5 million and $7.1 million, respectively, as ETH"
        " rose 5% to $2,640.",
        [
            ev("liquidation", "22500000", asset="asset:ETH", side="short"),
            ev("liquidation", "7100000", asset="asset:ETH", side="long"),
            ev("price_move", "5", "%", asset="asset:ETH", direction="up"),
            ev("price_level", "2640", asset="asset:ETH"),
        ],
        id="sides-respectively",
    ),
    pytest.param(
        "Dogecoin Long Squeeze Wipes Out $64 Million\nAcross the market, $230 million in"
        " leveraged positions were closed over 24 hours. Longs made up about $190 million of"
        " it. Dogecoin alone was responsible for $64.3 million.",
        [
            ev("liquidation", "64000000", asset="asset:DOGE", figures=["64300000"]),
            ev("liquidation", "230000000", asset=None, window="PT24H"),
            ev("liquidation", "190000000", asset=None, side="long"),
        ],
        id="a-squeeze-headline-sets-the-topic-its-parts-follow",
    ),
    pytest.param(
        "OKX and Gate each recorded more than $12 million in liquidated XRP positions.",
        [
            ev("liquidation", "12000000", asset="asset:XRP", venue="venue:okx"),
            ev("liquidation", "12000000", asset="asset:XRP", venue="venue:gate"),
        ],
        id="the-asset-of-liquidated-positions-after-the-figure",
    ),
    pytest.param(
        "Bitstamp and Kraken each saw over $4 million in crypto liquidations.",
        [
            ev("liquidation", "4000000", venue="venue:bitstamp"),
            ev("liquidation", "4000000", venue="venue:kraken"),
        ],
        id="each",
    ),
    pytest.param(
        "Crypto liquidations surged. Bitget and Gate each logged about $70 million in"
        " liquidations, Kraken roughly $15 million.",
        [
            ev("liquidation", "70000000", venue="venue:bitget"),
            ev("liquidation", "70000000", venue="venue:gate"),
            ev("liquidation", "15000000", venue="venue:kraken"),
        ],
        id="each-stops-at-a-venue-named-after-it",
    ),
    pytest.param(
        "A trader lost $4.2 million as his 20x DOGE long was liquidated on Bitget.",
        [
            ev("liquidation", "4200000", side="long", asset="asset:DOGE", venue="venue:bitget"),
        ],
        id="a-loss-whose-as-clause-liquidates-a-position",
    ),
    pytest.param(
        "Whale loses $2.6M after AVAX short gets liquidated on Bybit",
        [
            ev("liquidation", "2600000", side="short", asset="asset:AVAX", venue="venue:bybit"),
        ],
        id="a-headline-loss-whose-after-clause-liquidates-a-position",
    ),
    pytest.param(
        "Crypto traders lose $380M as Solana leads liquidations",
        [ev("liquidation", "380000000", side="both", asset=None, venue=None)],
        id="guard-a-coin-leading-liquidations-owns-no-total",
    ),
    pytest.param(
        "Bybit whale sees $9 million SOL long wiped out\n\nAcross the market, liquidations"
        " reached $402 million over 24 hours, $310 million of them longs.",
        [
            ev("liquidation", "9000000", side="long", asset="asset:SOL", venue="venue:bybit"),
            ev("liquidation", "402000000", side="both", venue=None),
            ev("liquidation", "310000000", side="long", venue=None),
        ],
        id="across-the-market-is-no-title-venues",
    ),
    pytest.param(
        "Crypto liquidations surged. Bitget and Kraken each saw SOL longs worth $9 million"
        " wiped out.",
        [
            ev("liquidation", "9000000", side="long", asset="asset:SOL", venue="venue:bitget"),
            ev("liquidation", "9000000", side="long", asset="asset:SOL", venue="venue:kraken"),
        ],
        id="guard-an-asset-after-each-keeps-the-venues-figure",
    ),
    pytest.param(
        "Liquidated crypto longs reached $19 million and $8 million of shorts went under.",
        [
            ev("liquidation", "19000000", side="long"),
            ev("liquidation", "8000000", side="short"),
        ],
        id="side-before-and-after",
    ),
    pytest.param(
        "Crypto liquidations pass $500M\nTraders saw $512 million in liquidations over the"
        " day, most of them longs.",
        [ev("liquidation", "500000000", figures=["512000000"])],
        id="headline-restated-in-the-body",
    ),
    pytest.param(
        "Across crypto, a total of $310 million was wiped out in short and long positions.",
        [ev("liquidation", "310000000", side="both")],
        id="short-and-long-is-both",
    ),
    pytest.param(
        "Short liquidations totaled $76 million on Bitget and $41 million on Kraken.",
        [
            ev("liquidation", "76000000", side="short", venue="venue:bitget"),
            ev("liquidation", "41000000", side="short", venue="venue:kraken"),
        ],
        id="elided-coordination-repeats-the-side",
    ),
    pytest.param(
        "Solana led crypto liquidations with $64 million, followed by Cardano at $22 million"
        " and Litecoin at $9 million.",
        [
            ev("liquidation", "64000000", asset="asset:SOL"),
            ev("liquidation", "22000000", asset="asset:ADA"),
            ev("liquidation", "9000000", asset="asset:LTC"),
        ],
        id="followed-by-at",
    ),
    pytest.param(
        "OKX recorded the largest liquidation volume at $318 million over the day.",
        [ev("liquidation", "318000000", venue="venue:okx", window="P1D")],
        id="liquidation-volume-is-liquidations",
    ),
    pytest.param(
        "Most of it hit Kraken's flagship ether perpetual contract, where $58 million in"
        " shorts were forcibly closed.",
        [ev("liquidation", "58000000", side="short", venue="venue:kraken")],
        id="relative-clause-of-a-possessive-venue",
    ),
    pytest.param(
        "Bybit saw $140 million of long liquidations. Solana longs on the exchange added"
        " another $12.5 million.",
        [
            ev("liquidation", "140000000", side="long", venue="venue:bybit"),
            ev("liquidation", "12500000", side="long", asset="asset:SOL", venue="venue:bybit"),
        ],
        id="on-the-exchange-named-before",
    ),
    pytest.param(
        "More than $1.3 billion of positions were liquidated over the day. The biggest"
        " single liquidation took place on Bitfinex \u2013 an ETH-USD position worth $12.4"
        " million.",
        [
            ev("liquidation", "1300000000"),
            ev("liquidation", "12400000", venue="venue:bitfinex", scope="largest_single"),
        ],
        id="a-dash-noun-phrase-after-the-venue-of-the-largest-order",
    ),
    pytest.param(
        "Bitcoin liquidations hit $480 million. Binance accounted for 42%, or $201 million.",
        [
            ev("liquidation", "480000000", asset="asset:BTC", scope="total"),
            ev("liquidation", "201000000", venue="venue:binance", figures=["201000000", "42"]),
        ],
        id="a-share-restated-as-a-sum-is-a-part",
    ),
    pytest.param(
        "Ether liquidations reached $205 million, longs making up 78%, or $160 million.",
        [
            ev("liquidation", "205000000", side="both"),
            ev("liquidation", "160000000", side="long"),
        ],
        id="a-sides-share-restated-as-a-sum",
    ),
    pytest.param(
        "Crypto liquidations reached $640 million. Bitcoin positions made up $270 million of the"
        " total, followed by ether at $150 million and dogecoin at $41 million. Binance led"
        " exchanges with $260 million, ahead of Bybit's $170 million.",
        [
            ev("liquidation", "640000000", asset=None),
            ev("liquidation", "270000000", asset="asset:BTC"),
            ev("liquidation", "150000000", asset="asset:ETH"),
            ev("liquidation", "41000000", asset="asset:DOGE"),
            ev("liquidation", "260000000", asset=None, venue="venue:binance"),
            ev("liquidation", "170000000", asset=None, venue="venue:bybit"),
        ],
        id="venue-parts-after-a-list-of-asset-parts-take-no-asset",
    ),
    pytest.param(
        "In the last 24 hours, US$ 612 million in bitcoin positions were liquidated: US$ 455"
        " million in bought positions (long) and US$ 157 million in sold positions (short).",
        [
            ev("liquidation", "612000000", side="both"),
            ev("liquidation", "455000000", side="long"),
            ev("liquidation", "157000000", side="short"),
        ],
        id="translated-bought-and-sold-positions",
    ),
    pytest.param(
        "On Bybit a trader lost a $41 million ETH long on Monday. Two days later a $7.2 million"
        " SOL short was liquidated on the same venue.",
        [
            ev("liquidation", "41000000", side="long", asset="asset:ETH", venue="venue:bybit"),
            ev("liquidation", "7200000", side="short", asset="asset:SOL", venue="venue:bybit"),
        ],
        id="liquidated-on-the-same-venue",
    ),
    # a part or a comparison that names no side keeps the side of its one-sided whole
    pytest.param(
        "About $410 million of bearish crypto wagers were liquidated over 24 hours, with"
        " Solana accounting for roughly $120 million.",
        [
            ev("liquidation", "410000000", side="short", asset=None, window="PT24H"),
            ev("liquidation", "120000000", side="short", asset="asset:SOL", window="PT24H"),
        ],
        id="a-part-keeps-the-side-of-its-whole",
    ),
    pytest.param(
        "Roughly $520 million of short positions were liquidated on Tuesday. ETH shorts made"
        " up $201 million of the total, more than SOL's $96 million.",
        [
            ev("liquidation", "520000000", side="short"),
            ev("liquidation", "201000000", side="short", asset="asset:ETH"),
            ev("liquidation", "96000000", side="short", asset="asset:SOL"),
        ],
        id="a-part-compared-with-a-part-keeps-its-side",
    ),
    pytest.param(
        "Liquidations on AVAX contracts came to $4.4 million over the day, the bulk of it,"
        " $3.1 million, from longs.",
        [
            ev("liquidation", "4400000", side="both", asset="asset:AVAX"),
            ev("liquidation", "3100000", side="long", asset="asset:AVAX"),
        ],
        id="the-bulk-of-it-apposed-from-a-side",
    ),
    pytest.param(
        "Ether liquidations reached $930 million over the week, of which longs made up $610"
        " million, with Thursday alone accounting for $280 million.",
        [
            ev("liquidation", "930000000", side="both", asset="asset:ETH"),
            ev("liquidation", "610000000", side="long", asset="asset:ETH"),
            ev("liquidation", "280000000", side="both", asset="asset:ETH"),
        ],
        id="guard-a-part-of-the-whole-after-a-sided-part-has-no-side",
    ),
    pytest.param(
        "SOL, AVAX and LINK positions saw $84 million, $51 million and $23 million liquidated,"
        " respectively, whereas Bitcoin and Ether topped the table at $402 million and $318"
        " million.",
        [
            ev("liquidation", "84000000", asset="asset:SOL"),
            ev("liquidation", "51000000", asset="asset:AVAX"),
            ev("liquidation", "23000000", asset="asset:LINK"),
            ev("liquidation", "402000000", asset="asset:BTC"),
            ev("liquidation", "318000000", asset="asset:ETH"),
        ],
        id="pairs-in-order-after-a-respectively-run",
    ),
    # a bet against an asset is a short on it; "those bets" later point back to it
    pytest.param(
        "Traders wagering against Cardano lost $3.3 million on OKX overnight.",
        [ev("liquidation", "3300000", side="short", asset="asset:ADA", venue="venue:okx")],
        id="a-bet-against-an-asset-is-a-short",
    ),
    pytest.param(
        "Bears kept betting against Solana and kept paying for it: $8.1 million of those"
        " wagers were liquidated over the past four hours.",
        [ev("liquidation", "8100000", side="short", asset="asset:SOL", window="PT4H")],
        id="those-bets-point-back-to-the-asset-bet-against",
    ),
    # "wiping out", "squeezing out", "got squeezed": liquidation verbs
    pytest.param(
        "Avalanche sank 11% in two hours, wiping out $64 million in leveraged longs.",
        [
            ev("price_move", "11", "%", asset="asset:AVAX", direction="down"),
            ev("liquidation", "64000000", side="long", window="PT2H"),
        ],
        id="wiping-out-after-a-move-is-a-liquidation",
    ),
    pytest.param(
        "Over $37 million in Dogecoin shorts got squeezed as the memecoin ripped higher.",
        [ev("liquidation", "37000000", side="short", asset="asset:DOGE")],
        id="shorts-that-got-squeezed-are-liquidated",
    ),
    pytest.param(
        "Solana jumped to $171, squeezing out $52 million of bears.",
        [
            ev("price_move", "171", asset="asset:SOL", direction="up"),
            ev("liquidation", "52000000", side="short"),
        ],
        id="squeezing-out-bears-is-a-short-liquidation",
    ),
    # a side phrase with an asset's name inside: "bullish SOL bets", "bearish ether wagers"
    pytest.param(
        "Roughly $47 million of bullish Litecoin bets were liquidated on Binance.",
        [ev("liquidation", "47000000", side="long", asset="asset:LTC", venue="venue:binance")],
        id="bullish-asset-bets-are-longs-of-the-asset",
    ),
    pytest.param(
        "Polkadot slid under $4, leaving $23 million of bullish DOT wagers erased.",
        [
            ev("price_move", "4", asset="asset:DOT", direction="down"),
            ev("liquidation", "23000000", side="long", asset="asset:DOT"),
        ],
        id="leaving-bullish-bets-erased-is-a-liquidation-not-an-outflow",
    ),
    pytest.param(
        "Some $15.5 million in bearish Aptos positions were flushed out on OKX.",
        [ev("liquidation", "15500000", side="short", asset="asset:APT", venue="venue:okx")],
        id="bearish-asset-positions-are-shorts-of-the-asset",
    ),
    # a figure said of a list of assets is no one asset's
    pytest.param(
        "About $118 million of longs were liquidated on Bybit, mostly in SOL and XRP.",
        [ev("liquidation", "118000000", side="long", asset=None, venue="venue:bybit")],
        id="a-liquidation-said-of-a-list-of-assets-names-none",
    ),
    pytest.param(
        "The flush erased $2.3 billion in leveraged ether and altcoin bets.",
        [ev("liquidation", "2300000000", asset=None)],
        id="an-asset-listed-with-altcoins-names-no-liquidations-asset",
    ),
    pytest.param(
        "Cardano and Tron longs saw $19 million and $8 million liquidated, respectively.",
        [
            ev("liquidation", "19000000", asset="asset:ADA"),
            ev("liquidation", "8000000", asset="asset:TRX"),
        ],
        id="guard-a-list-paired-respectively-keeps-its-assets",
    ),
    # a share's side after a figure is the share's, not the figure's
    pytest.param(
        "Gate logged the most liquidations at $67 million, 72% of which were short positions.",
        [ev("liquidation", "67000000", side="both", venue="venue:gate")],
        id="a-share-of-a-sum-gives-the-sum-no-side",
    ),
    pytest.param(
        "Traders lost $44 million and $17 million in short liquidations on Kraken and"
        " Bitfinex, respectively.",
        [
            ev("liquidation", "44000000", side="short", venue="venue:kraken"),
            ev("liquidation", "17000000", side="short", venue="venue:bitfinex"),
        ],
        id="guard-coordinated-sums-share-the-side-after-them",
    ),
    # two sums set against each other take the long and short words before them in order
    pytest.param(
        "Short liquidations outran longs nearly three to one on Bitget, $93 million versus"
        " $32 million.",
        [
            ev("liquidation", "93000000", side="short", venue="venue:bitget"),
            ev("liquidation", "32000000", side="long"),
        ],
        id="sums-compared-with-versus-take-the-sides-before-them-in-order",
    ),
    pytest.param(
        "Ether longs lost $58 million versus $21 million the day before.",
        [
            ev("liquidation", "58000000", side="long", asset="asset:ETH"),
            ev("liquidation", "21000000", side="long", asset="asset:ETH"),
        ],
        id="guard-one-side-word-before-compared-sums-is-both-sums-side",
    ),
    # scale words a translation left untranslated ("Mio.", "mld", "juta", "tỷ"); "Mio."
    # closes no sentence
    pytest.param(
        "On the derivatives exchange Kraken were within the last 12 hours positions in value"
        " of 63,4 Mio. US-Dollar liquidated.",
        [ev("liquidation", "63400000", venue="venue:kraken", window="PT12H")],
        id="translated-mio-abbreviation-is-a-million-and-ends-no-sentence",
    ),
    pytest.param(
        "Liquidations of Solana (SOL) positions on Bitget exceeded 2,1 mld dollars in 24 hours.",
        [ev("liquidation", "2100000000", asset="asset:SOL", venue="venue:bitget")],
        id="translated-mld-is-a-billion",
    ),
    pytest.param(
        "Total of liquidation in exchange OKX reach US$ 18,7 juta in 24 hours.",
        [ev("liquidation", "18700000", venue="venue:okx", window="PT24H")],
        id="translated-juta-is-a-million",
    ),
    pytest.param(
        "According to Coinglass, liquidated positions on Bybit in the past 24 hours reached"
        " 1,4 tỷ USD.",
        [ev("liquidation", "1400000000", venue="venue:bybit", window="PT24H")],
        id="translated-ty-is-a-billion",
    ),
]

NOT_LIQUIDATIONS = [
    pytest.param(
        "Analysts turned bullish on Solana bets after ETFs took in $42 million.",
        [ev("etf_flow", "42000000", direction="in")],
        id="guard-bullish-on-an-asset-is-no-side",
    ),
    pytest.param(
        "The sell-off wiped out $140 billion in crypto market value on Monday, as ether slid 6.5%.",
        [ev("price_move", "6.5", "%", asset="asset:ETH", direction="down")],
        id="value-wiped-out-in-market-value-is-no-liquidation",
    ),
    pytest.param(
        "Bonk sank 23% to $0.000018, wiping out a month of gains.",
        [
            ev("price_move", "23", "%", asset="asset:BONK", direction="down"),
            ev("price_level", "0.000018", asset="asset:BONK"),
        ],
        id="guard-wiping-out-governs-no-price-before-it",
    ),
    pytest.param(
        "Avalanche longs have lost $33 million since Monday on Bybit.",
        [ev("liquidation", "33000000", side="long", asset="asset:AVAX", venue="venue:bybit")],
        id="guard-a-crowds-loss-in-the-perfect-is-a-liquidation",
    ),
    pytest.param(
        "Dogecoin longs lost $27 million on Binance. The trader behind the biggest position had"
        " already lost close to $4 million on earlier DOGE bets this week.",
        [
            ev("liquidation", "27000000", side="long", asset="asset:DOGE", venue="venue:binance"),
        ],
        id="a-holders-running-loss-in-the-past-perfect-is-no-liquidation",
    ),
    pytest.param(
        "Cardano shorts lost $14 million on OKX. One account, which had opened its bet in May,"
        " has now lost more than $2.5 million on ADA shorts since then.",
        [ev("liquidation", "14000000", side="short", asset="asset:ADA", venue="venue:okx")],
        id="a-holders-running-loss-since-a-month-is-no-liquidation",
    ),
    pytest.param(
        "A sweeping sell-off erased more than $180 billion from the crypto market's value on"
        " Tuesday.",
        [],
        id="value-erased-from-the-market-is-no-liquidation",
    ),
    pytest.param(
        "The slump wiped out $95 billion off the total crypto market cap as dogecoin fell 6%.",
        [ev("price_move", "6", "%", asset="asset:DOGE", direction="down")],
        id="value-wiped-off-a-market-cap-is-no-liquidation",
    ),
    pytest.param(
        "Shorts lost $48 million. The largest single liquidation was a $2.6 million short on"
        " Deribit, closed out at $3,912.40.",
        [
            ev("liquidation", "48000000", side="short"),
            ev("liquidation", "2600000", side="short", venue="venue:deribit"),
        ],
        id="closed-at-is-no-liquidation-amount",
    ),
    pytest.param(
        "Liquidations topped $300 million on Monday. The BTC exchanges around 97 400 dollars,"
        " that is approximately 91 800 euros.",
        [ev("liquidation", "300000000")],
        id="a-price-quoted-beside-an-asset-is-no-liquidation",
    ),
    pytest.param(
        "Spot ether ETFs took in $52 million on Monday. Trading volume across the spot ether"
        " ETFs reached $1.4 billion on the day.",
        [ev("etf_flow", "52000000", asset="asset:ETH", direction="in")],
        id="a-volume-across-the-funds-is-no-flow",
    ),
    pytest.param(
        "Bybit saw the heaviest losses. About $41 million of long positions on the exchange's"
        " SOL perpetual swap were liquidated.",
        [ev("liquidation", "41000000", side="long", venue="venue:bybit")],
        id="on-the-exchanges-contract",
    ),
    pytest.param(
        "Bybit logged heavy losses: about $31 million of longs on Bybit's SOLUSDT perpetual"
        " were liquidated.",
        [ev("liquidation", "31000000", side="long", asset="asset:SOL", venue="venue:bybit")],
        id="a-pair-after-a-venues-possessive",
    ),
    pytest.param(
        "Spot ether ETFs recorded net inflows of $38.4 million on Friday. The total crypto"
        " market capitalization stands at $2.96 trillion.",
        [ev("etf_flow", "38400000", asset="asset:ETH", direction="in")],
        id="a-market-cap-quoted-after-a-flow-is-no-flow",
    ),
    pytest.param(
        "Liquidations reached $310 million on Tuesday. After the sell-off, the total"
        " capitalization of the crypto market lost the mark of $2.5 trillion and is now at"
        " $2.41 trillion, CoinGecko data show.",
        [ev("liquidation", "310000000", side="both")],
        id="and-a-verb-keeps-the-market-cap-subject",
    ),
    pytest.param("The Bitcoin trade was closed at $95,000 on Binance.", [], id="closed-trade"),
    pytest.param(
        "A Bitcoin drop below $58,000 could trigger $700 million in long liquidations.",
        [ev("price_level", "58000", asset="asset:BTC")],
        id="conditional-liquidations-name-a-level",
    ),
    pytest.param(
        "The mining company filed for liquidation in March and sold 300 rigs for $2 million.",
        [],
        id="company-liquidation-is-not-market-news",
    ),
    pytest.param(
        "Bitcoin's market value climbed to $1.31 trillion as volumes hit $44 billion.",
        [],
        id="market-cap-and-volume",
    ),
    pytest.param(
        "Kraken saw $41 million of short positions liquidated in the hour before 0830 GMT.",
        [ev("liquidation", "41000000", side="short", venue="venue:kraken")],
        id="a-clock-time-in-gmt-is-no-amount",
    ),
    pytest.param(
        "Deposits of 4.5 million GMT hit Binance by 0930 GMT, Lookonchain said.",
        [ev("exchange_flow", "4500000", "GMT", venue="venue:binance", direction="in")],
        id="an-amount-of-gmt-beside-a-clock-time-in-gmt",
    ),
    pytest.param(
        "Data from OKX showed $92 million of short positions on its ETHUSDT perpetual swap"
        " were liquidated.",
        [ev("liquidation", "92000000", side="short", asset="asset:ETH", venue="venue:okx")],
        id="a-pair-after-its-names-the-asset",
    ),
    pytest.param(
        "The 5 largest coins (BTC) led the market as Bybit saw $44 million of longs liquidated.",
        [ev("liquidation", "44000000", side="long", venue="venue:bybit")],
        id="a-count-before-a-ticker-in-brackets-is-no-amount-of-it",
    ),
]

PRICES = [
    pytest.param(
        "Avalanche rallied 6% on Monday. On Korbit, the token changed hands at 41,250 won.",
        [
            ev("price_move", "6", "%", asset="asset:AVAX", direction="up", window=None),
            ev("price_level", "41250", "KRW", asset="asset:AVAX", venue=None),
        ],
        id="a-won-price-the-token-changed-hands-at-on-a-korean-venue",
    ),
    pytest.param(
        "Polkadot slipped 2%. At Bithumb, the No. 2 venue in Seoul, the coin changed hands"
        " at 9,640 won.",
        [
            ev("price_move", "2", "%", asset="asset:DOT", direction="down"),
            ev("price_level", "9640", "KRW", asset="asset:DOT", venue="venue:bithumb"),
        ],
        id="a-won-price-with-a-korean-venue-and-no-asset-word",
    ),
    pytest.param(
        "Cardano slid 12%, and Polkadot recorded a drop of 14% or more.",
        [
            ev("price_move", "12", "%", asset="asset:ADA", direction="down"),
            ev("price_move", "14", "%", asset="asset:DOT", direction="down"),
        ],
        id="guard-a-bound-after-a-single-noun-stays-a-move",
    ),
    pytest.param(
        "Ether changed hands as low as $2,310 before bouncing.",
        [ev("price_level", "2310", asset="asset:ETH")],
        id="guard-changed-hands-as-low-as-is-a-price",
    ),
    pytest.param(
        "Cardano slid 6% to $0.412 on Thursday, its lowest level in five weeks.",
        [
            ev("price_move", "6", "%", direction="down", window=None),
            ev("price_level", "0.412", window=None),
        ],
        id="a-record-horizon-after-in-is-no-window",
    ),
    pytest.param(
        "Avalanche jumped 14% in three days, the sharpest gain in four months.",
        [ev("price_move", "14", "%", direction="up", window="P3D")],
        id="guard-the-window-before-a-record-horizon-stays",
    ),
    pytest.param(
        "Spot ether ETFs bled $96 million on Wednesday, the biggest outflow in six weeks.",
        [ev("etf_flow", "96000000", direction="out", window=None)],
        id="a-flow-record-horizon-is-no-window",
    ),
    pytest.param(
        "Meanwhile, Polkadot's weekly gain of 11.4% has outpaced Ether, which added 1.9% over"
        " the same period.",
        [
            ev("price_move", "11.4", "%", asset="asset:DOT", direction="up"),
            ev("price_move", "1.9", "%", asset="asset:ETH", direction="up"),
        ],
        id="a-possessive-move-outpacing-another-asset",
    ),
    pytest.param(
        "Solana's 9% jump on Monday beat Bitcoin by a wide margin.",
        [ev("price_move", "9", "%", asset="asset:SOL", direction="up")],
        id="guard-a-possessive-move-beating-another-asset",
    ),
    # the whole crypto market as the subject of a move: a move of no asset
    pytest.param(
        "At press time, SOL trades near $151, up 3.3 percent over the week and ahead of the"
        " overall crypto market, up 2.1 percent over the same stretch.",
        [
            ev("price_level", "151", asset="asset:SOL"),
            ev("price_move", "3.3", "%", asset="asset:SOL", direction="up"),
            ev("price_move", "2.1", "%", asset=None, direction="up"),
        ],
        id="the-overall-crypto-market-up-a-percent",
    ),
    pytest.param(
        "The cryptocurrency market slid 1.8% on Thursday, while Solana jumped 5%.",
        [
            ev("price_move", "1.8", "%", asset=None, direction="down"),
            ev("price_move", "5", "%", asset="asset:SOL", direction="up"),
        ],
        id="the-cryptocurrency-market-slid",
    ),
    pytest.param(
        "By Friday the value of the entire crypto market had risen 4% to $1.9 trillion,"
        " while ether slipped.",
        [],
        id="guard-the-value-of-the-crypto-market-is-no-move",
    ),
    pytest.param(
        "Solana climbed 4% to $182 this week. Elsewhere, BTC/USD is trading near $66,900. A"
        " daily close above $68,000 would open the way toward $71,000.",
        [
            ev("price_move", "4", "%", asset="asset:SOL", direction="up"),
            ev("price_level", "182", asset="asset:SOL"),
            ev("price_level", "66900", asset="asset:BTC"),
            ev("price_level", "68000", asset="asset:BTC"),
            ev("price_level", "71000", asset="asset:BTC"),
        ],
        id="a-level-of-the-scale-of-the-price-before-goes-on-with-its-asset",
    ),
    pytest.param(
        "Solana climbed 4% to $182 this week. Bitcoin rose 2% to $66,900. Support sits at $176.",
        [
            ev("price_move", "4", "%", asset="asset:SOL", direction="up"),
            ev("price_level", "182", asset="asset:SOL"),
            ev("price_move", "2", "%", asset="asset:BTC", direction="up"),
            ev("price_level", "66900", asset="asset:BTC"),
            ev("price_level", "176", asset="asset:SOL"),
        ],
        id="a-level-of-another-scale-than-the-price-before-keeps-the-articles-asset",
    ),
    # a price an anaphor gives to an asset quoted at another scale is not that asset's
    pytest.param(
        "Litecoin changed hands at $88.40 on Friday and bitcoin at $71,900. Litecoin then"
        ' slid 2% to $86.60. "If it breaks lower, I\'d watch $69,500 as support," said an'
        " analyst.",
        [
            ev("price_level", "88.4", asset="asset:LTC"),
            ev("price_level", "71900", asset="asset:BTC"),
            ev("price_move", "2", "%", asset="asset:LTC", direction="down"),
            ev("price_level", "86.6", asset="asset:LTC"),
            ev("price_level", "69500", asset="asset:BTC"),
        ],
        id="an-anaphors-price-of-another-assets-scale-is-that-assets",
    ),
    pytest.param(
        "Litecoin slid 2% to $86.60 on Friday. \"If it breaks lower, I'd watch $79 and then"
        ' $69,500 as support," said an analyst.',
        [
            ev("price_move", "2", "%", asset="asset:LTC", direction="down"),
            ev("price_level", "86.6", asset="asset:LTC"),
            ev("price_level", "79", asset="asset:LTC"),
            ev("price_level", "69500", asset=None),
        ],
        id="an-anaphors-price-of-no-quoted-scale-names-no-asset",
    ),
    pytest.param(
        "Ethereum classic, the chain that split from the ether network in 2016, slid 11 percent"
        " to $18.40.",
        [
            ev("price_move", "11", "%", asset="asset:ETC", direction="down"),
            ev("price_level", "18.4", asset="asset:ETC"),
        ],
        id="an-asset-named-inside-an-apposition-does-not-take-the-subjects-move",
    ),
    pytest.param(
        "BTC, ETH, SOL fell 3%.",
        [ev("price_move", "3", "%", asset="asset:SOL", direction="down")],
        id="a-list-of-names-is-no-apposition",
    ),
    pytest.param(
        "Ether settled at $3,412 on Friday after a choppy session.",
        [ev("price_level", "3412", asset="asset:ETH", kind="price")],
        id="settled-at-quotes-a-price",
    ),
    pytest.param(
        "Solana futures followed spot lower. CME's March SOL contract settled at $142.60, down"
        " $9.15, or 6 percent.",
        [
            ev("price_level", "142.6", asset="asset:SOL", venue="venue:cme"),
            ev(
                "price_move",
                "9.15",
                asset="asset:SOL",
                venue="venue:cme",
                direction="down",
                figures=["6"],
            ),
        ],
        id="down-a-sum-or-a-percent-is-one-move",
    ),
    pytest.param(
        "Litecoin fell $6.20, or 7.5 percent, to $76.40 on Tuesday.",
        [
            ev("price_move", "6.2", asset="asset:LTC", direction="down", figures=["7.5"]),
            ev("price_level", "76.4", asset="asset:LTC"),
        ],
        id="a-sum-restated-by-a-percent-is-the-move-and-to-a-price-its-level",
    ),
    pytest.param(
        "Litecoin traded flat around $71.40 on Thursday, while Dogecoin traded steady near"
        " 17 cents.",
        [
            ev("price_level", "71.4", asset="asset:LTC"),
            ev("price_level", "0.17", asset="asset:DOGE"),
        ],
        id="traded-flat-around-quotes-a-price",
    ),
    pytest.param(
        "As of 8 a.m., based on Bithumb, Solana (SOL) is being traded in 286,400 won.",
        [ev("price_level", "286400", "KRW", asset="asset:SOL", venue="venue:bithumb")],
        id="translated-is-being-traded-in-a-price-is-a-quote",
    ),
    pytest.param(
        "Ether bounced on Thursday. The liquidation heat map now shows a thick cluster near"
        " $2,640, where about $380 million in longs could be forced out.",
        [ev("price_level", "2640", asset="asset:ETH", kind="level")],
        id="a-heat-map-cluster-near-a-price-is-a-level",
    ),
    pytest.param(
        "Cardano led the large caps on Friday. At press time, the smart-contract token was"
        " changing hands at $0.78, up 2.4% on the day.",
        [
            ev("price_level", "0.78", asset="asset:ADA"),
            ev("price_move", "2.4", "%", asset="asset:ADA", direction="up"),
        ],
        id="the-token-with-a-describing-word-is-the-articles-asset-not-the-market",
    ),
    pytest.param(
        "The world's oldest cryptocurrency opened the week above $61,200 in Tokyo trading.",
        [ev("price_level", "61200", asset="asset:BTC")],
        id="the-worlds-oldest-cryptocurrency-is-bitcoin",
    ),
    pytest.param(
        "Cardano bulls pushed the price above $0.74 on the hourly chart but could not hold"
        " the gains.",
        [ev("price_move", "0.74", asset="asset:ADA", direction="up")],
        id="a-causative-verb-with-the-price-for-its-object-moves-the-assets-price",
    ),
    pytest.param(
        "After the unlock, sellers dragged the price below $4.20, a Polkadot low not seen"
        " since March.",
        [ev("price_move", "4.2", asset="asset:DOT", direction="down")],
        id="a-causative-verb-with-the-price-for-its-object-moves-it-down",
    ),
    pytest.param(
        "Litecoin (LTC), down 4.2 percent in the last 24 hours, is finding buyers from 91.30"
        " dollars.",
        [
            ev("price_move", "4.2", "%", asset="asset:LTC", direction="down"),
            ev("price_level", "91.3", asset="asset:LTC", kind="price"),
        ],
        id="translated-finding-buyers-from-a-price-is-a-quote",
    ),
    pytest.param(
        "Cardano (ADA), meanwhile, fell with a loss of 6.1 percent and was traded from 0.71"
        " dollars.",
        [
            ev("price_move", "6.1", "%", asset="asset:ADA", direction="down"),
            ev("price_level", "0.71", asset="asset:ADA", kind="price"),
        ],
        id="translated-was-traded-from-a-price-is-a-quote",
    ),
    pytest.param(
        "Litecoin climbed 5% on Monday, while Polkadot slid 3%. Chart watchers name $6.20 as"
        " short-term support for Polkadot, with the 100-day moving average near $7.05.",
        [
            ev("price_move", "5", "%", asset="asset:LTC", direction="up"),
            ev("price_move", "3", "%", asset="asset:DOT", direction="down"),
            ev("price_level", "6.2", asset="asset:DOT", kind="support"),
            ev("price_level", "7.05", asset="asset:DOT", kind="moving_average"),
        ],
        id="a-price-as-a-level-word-for-an-asset-is-that-assets-level",
    ),
    pytest.param(
        "Binance Coin (BNB) is showing 1,384,000 won on Upbit, falling 0.9%.",
        [
            ev("price_level", "1384000", "KRW", asset="asset:BNB", venue="venue:upbit"),
            ev("price_move", "0.9", "%", asset="asset:BNB", venue="venue:upbit", direction="down"),
        ],
        id="a-bare-won-price-beside-a-move-is-a-quote-at-the-won-scale",
    ),
    pytest.param(
        "Bitcoin (BTC) is 162,480,000 won in Bithumb with 1.7% rising.",
        [
            ev("price_level", "162480000", "KRW", asset="asset:BTC", venue="venue:bithumb"),
            ev("price_move", "1.7", "%", asset="asset:BTC", venue="venue:bithumb", direction="up"),
        ],
        id="a-bare-won-price-of-bitcoin-beside-a-move-is-a-quote",
    ),
    pytest.param(
        "Over the last three sessions Polkadot retreated from the $6.48 swing high and"
        " gave back most of its weekly gain.",
        [ev("price_level", "6.48", asset="asset:DOT", kind="high")],
        id="a-move-from-the-price-of-a-named-swing-high-is-that-level-no-move",
    ),
    pytest.param(
        "Avalanche printed a local top of $31.90 on March 11 before buyers walked away.",
        [ev("price_level", "31.9", asset="asset:AVAX", kind="high")],
        id="a-local-top-is-a-high",
    ),
    pytest.param(
        'Near Protocol slid 7% on Wednesday. "As soon as $5.60 gave way, the bids vanished,"'
        " a desk trader said.",
        [
            ev("price_move", "7", "%", asset="asset:NEAR", direction="down"),
            ev("price_level", "5.6", asset="asset:NEAR", kind="level"),
        ],
        id="a-level-that-gave-way-is-a-level",
    ),
    pytest.param(
        "Litecoin bulls are nervous: analysts expect deeper losses if $78 gives way.",
        [ev("price_level", "78", asset="asset:LTC")],
        id="a-level-that-may-give-way-is-a-level",
    ),
    pytest.param(
        'Avalanche traders are watching one number. "For me, $19.80 is the line in the sand,"'
        " an analyst said.",
        [ev("price_level", "19.8", asset="asset:AVAX", kind="support")],
        id="the-line-in-the-sand-is-a-support",
    ),
    pytest.param(
        "Chainlink has traded sideways, with bulls buying dips near $12.10 and bears capping"
        " rallies at $13.95.",
        [
            ev("price_level", "12.1", asset="asset:LINK"),
            ev("price_level", "13.95", asset="asset:LINK", kind="resistance"),
        ],
        id="sellers-capping-rallies-at-a-price-name-a-resistance-no-move",
    ),
    pytest.param(
        "On the weekly chart, Polkadot has been capped at $8.75 since the spring.",
        [ev("price_level", "8.75", asset="asset:DOT", kind="resistance")],
        id="capped-at-a-price-is-a-resistance",
    ),
    pytest.param(
        "Litecoin has carved out lower highs since topping out at $134 in March.",
        [ev("price_level", "134", asset="asset:LTC", kind="high")],
        id="topping-out-at-a-price-is-a-high-no-move",
    ),
    pytest.param(
        "Ether gained 9% over the week, and on Sunday it jumped back above $3,400.",
        [
            ev("price_move", "9", "%", asset="asset:ETH", direction="up"),
            ev("price_move", "3400", asset="asset:ETH", direction="up"),
        ],
        id="a-move-across-a-price-after-a-change-in-another-clause-is-a-move-to-it",
    ),
    pytest.param(
        "Avalanche rose above $52 on Monday, stretching a run that has carried the token "
        "roughly 30% this month.",
        [
            ev("price_move", "52", asset="asset:AVAX", direction="up"),
            ev("price_move", "30", "%", asset="asset:AVAX", direction="up"),
        ],
        id="a-move-across-a-price-before-a-change-of-another-verb-is-a-move-to-it",
    ),
    pytest.param(
        "Chainlink has struggled to push back above $18.20 since the weekend.",
        [ev("price_level", "18.2", asset="asset:LINK", kind="resistance")],
        id="a-rise-that-failed-names-a-resistance-not-a-move",
    ),
    pytest.param(
        "Bitcoin failed to break through $71,500 on Wednesday and slid 2.4% to $68,900.",
        [
            ev("price_level", "71500", asset="asset:BTC", kind="resistance"),
            ev("price_move", "2.4", "%", asset="asset:BTC", direction="down"),
            ev("price_level", "68900", asset="asset:BTC"),
        ],
        id="a-break-that-failed-names-a-resistance-and-the-fall-after-it-is-a-move",
    ),
    pytest.param(
        "Toncoin was unable to dip below $4.85 despite heavy selling on Friday.",
        [ev("price_level", "4.85", asset="asset:TON", kind="support")],
        id="a-fall-that-failed-names-a-support-not-a-move",
    ),
    pytest.param(
        "Litecoin Reclaims $130 as Miners Hold Their Coins\n\n"
        "Litecoin (LTC) closed Sunday at $131.40, up 5.2% on the week.",
        [
            ev("price_level", "131.4", asset="asset:LTC", figures=["130"]),
            ev("price_move", "5.2", "%", asset="asset:LTC", direction="up"),
        ],
        id="a-headline-move-to-a-round-price-restates-the-price-the-body-quotes-past-it",
    ),
    pytest.param(
        "Solana Slides to $142.15 as Longs Unwind\n\n"
        "SOL dropped 7.3% on Wednesday to an intraday low of $142.15, exchange data show.",
        [
            ev("price_move", "7.3", "%", asset="asset:SOL", direction="down"),
            ev("price_level", "142.15", asset="asset:SOL", kind="low"),
        ],
        id="a-headline-move-to-a-price-restates-the-low-the-body-names",
    ),
    pytest.param(
        "Dogecoin Hits $0.74 for the First Time\n\n"
        "DOGE spiked to $0.7412 on Kraken late on Monday, its highest print ever.",
        [ev("price_move", "0.7412", asset="asset:DOGE", direction="up", figures=["0.74"])],
        id="a-headline-price-restates-the-move-to-the-price-it-rounds",
    ),
    pytest.param(
        "Cardano Sinks Below $0.61 as Whales Sell\n\n"
        "ADA fell 8.8% to $0.6042 on Thursday before buyers returned.",
        [
            ev("price_move", "8.8", "%", asset="asset:ADA", direction="down", figures=["0.61"]),
            ev("price_level", "0.6042", asset="asset:ADA"),
        ],
        id="a-headline-crossing-restates-the-end-of-the-body-move",
    ),
    pytest.param(
        "Cardano slipped 3% on Monday. Even so, the coin is still up about 41% since March, "
        "helped by bets that a spot ETF will launch this year.",
        [
            ev("price_move", "3", "%", asset="asset:ADA", direction="down"),
            ev("price_move", "41", "%", asset="asset:ADA", direction="up"),
        ],
        id="a-hedge-in-a-that-clause-of-hopes-or-bets-after-the-fact-does-not-hedge-it",
    ),
    pytest.param(
        "Litecoin dropped 6% to $71. It had changed hands above $84 as recently as last Thursday.",
        [
            ev("price_move", "6", "%", asset="asset:LTC", direction="down"),
            ev("price_level", "71", asset="asset:LTC"),
            ev("price_level", "84", asset="asset:LTC"),
        ],
        id="changed-hands-above-quotes-a-price",
    ),
    pytest.param(
        "Stablecoin check\n- USDC dominance slipped from 2.6% to 2.4% on the week.\n\n"
        "Biggest movers (24h)\n- TIA: +14.2%\n- INJ: -5.5% to $21.30",
        [
            ev("dominance", "2.4", "%", asset="asset:USDC", direction="down"),
            ev("price_move", "14.2", "%", asset="asset:TIA", direction="up"),
            ev("price_move", "-5.5", "%", asset="asset:INJ", direction="down"),
            ev("price_level", "21.3", asset="asset:INJ"),
        ],
        id="a-movers-heading-ends-a-metric-topic-and-its-ticker-colon-percent-lines-are-moves",
    ),
    pytest.param(
        "- LINK: +3.8% to $14.25",
        [
            ev("price_move", "3.8", "%", asset="asset:LINK", direction="up"),
            ev("price_level", "14.25", asset="asset:LINK"),
        ],
        id="a-ticker-colon-signed-percent-to-a-price-is-a-move-and-the-level-reached",
    ),
    pytest.param(
        "Spot ether ETFs shed $140 million on Tuesday. The second-largest cryptocurrency later"
        " pared some losses and was last at $2,415, down 2.2%.",
        [
            ev("etf_flow", "140000000", asset="asset:ETH", direction="out"),
            ev("price_level", "2415", asset="asset:ETH"),
            ev("price_move", "2.2", "%", asset="asset:ETH", direction="down"),
        ],
        id="was-last-at-quotes-a-price-after-a-flow",
    ),
    pytest.param(
        "Solana slipped again on Friday. It has now given up about 17% since peaking at $244"
        " on Jan. 19.",
        [
            ev("price_move", "17", "%", asset="asset:SOL", direction="down"),
            ev("price_level", "244", asset="asset:SOL"),
        ],
        id="given-up-is-a-fall",
    ),
    pytest.param(
        "Ether fell to 412,000 yen on bitFlyer. At the time of writing, it is moving in the"
        " vicinity of 418,500 yen.",
        [
            ev("price_move", "412000", "JPY", asset="asset:ETH", direction="down"),
            ev("price_level", "418500", "JPY", asset="asset:ETH"),
        ],
        id="moving-in-the-vicinity-of-quotes-a-price",
    ),
    pytest.param(
        "Funding stayed hot all week and open interest climbed.\n"
        "- AVAX: weekly close at $38.20, -4.4%\n"
        "- LINK: weekly close at $17.65, +2.9%",
        [
            ev("price_level", "38.2", asset="asset:AVAX"),
            ev("price_move", "-4.4", "%", asset="asset:AVAX", direction="down"),
            ev("price_level", "17.65", asset="asset:LINK"),
            ev("price_move", "2.9", "%", asset="asset:LINK", direction="up"),
        ],
        id="a-signed-percent-after-a-quoted-price-is-its-move-in-a-metric-topic",
    ),
    pytest.param(
        "SOL traded near $171.30, +7.4% d/d. DOT lagged at $6.05 (+1.2%).",
        [
            ev("price_level", "171.3", asset="asset:SOL"),
            ev("price_move", "7.4", "%", asset="asset:SOL", direction="up"),
            ev("price_level", "6.05", asset="asset:DOT"),
            ev("price_move", "1.2", "%", asset="asset:DOT", direction="up"),
        ],
        id="a-letter-after-a-slash-is-no-initial-so-the-sentence-ends",
    ),
    pytest.param(
        "A short squeeze lifted Avalanche 11% to $38.40, and heavy selling later sent ATOM 4%"
        " lower.",
        [
            ev("price_move", "11", "%", asset="asset:AVAX", direction="up"),
            ev("price_level", "38.4", asset="asset:AVAX"),
            ev("price_move", "4", "%", asset="asset:ATOM", direction="down"),
        ],
        id="a-verb-with-an-asset-object-moves-the-asset-whatever-its-subject",
    ),
    pytest.param(
        "Sellers knocked ether below $3,050 on Thursday before buyers drove ETH back above $3,120.",
        [
            ev("price_move", "3050", asset="asset:ETH", direction="down"),
            ev("price_move", "3120", asset="asset:ETH", direction="up"),
        ],
        id="a-causative-verb-moves-its-asset-across-the-level-after-it",
    ),
    pytest.param(
        "Lawmakers pushed the stablecoin bill past the Senate, and bitcoin traded at $64,210.",
        [ev("price_level", "64210", asset="asset:BTC")],
        id="a-causative-verb-with-another-object-moves-no-price",
    ),
    pytest.param(
        "Quarterly options expire on Friday. For ether the max pain point is $1,750, against"
        " spot at $1,812.",
        [
            ev("price_level", "1750", asset="asset:ETH", kind="level"),
            ev("price_level", "1812", asset="asset:ETH", kind="price"),
        ],
        id="spot-at-quotes-the-price",
    ),
    pytest.param(
        "Bitcoin and Ethereum fell overnight. In the moment in which we write, the first"
        " cryptocurrency for capitalization is exchanged at 27.340 dollars, in loss of the 3,2%"
        " in the last 24 hours.",
        [
            ev("price_level", "27340", asset="asset:BTC"),
            ev("price_move", "3.2", "%", asset="asset:BTC", direction="down"),
        ],
        id="translated-first-cryptocurrency-for-capitalization-is-exchanged-at",
    ),
    pytest.param(
        "Friday's Deribit expiry: for ether the max pain point is $1,900, about 7% below the"
        " current price of $2,045.",
        [
            ev("price_level", "1900", asset="asset:ETH"),
            ev("price_level", "2045", asset="asset:ETH"),
        ],
        id="a-percent-below-the-current-price-is-a-distance-not-a-move",
    ),
    pytest.param(
        "XRP rose 8.1% to 3,120 won on Bithumb, where its daily turnover reached 1.4 trillion won.",
        [
            ev("price_move", "8.1", "%", asset="asset:XRP", venue="venue:bithumb", window=None),
            ev("price_level", "3120", "KRW", asset="asset:XRP", window=None),
        ],
        id="the-window-of-a-volume-is-not-the-moves",
    ),
    pytest.param(
        "Bitcoin traded at 96.4 million won on Bithumb. The won price broke above 95 million"
        " won late Friday for the first time, taking out the previous peak of 72.4 million won"
        " set in April 2021.",
        [
            ev("price_level", "96400000", "KRW", asset="asset:BTC", venue="venue:bithumb"),
            ev("price_move", "95000000", "KRW", asset="asset:BTC", direction="up"),
            ev("price_level", "72400000", "KRW", asset="asset:BTC", kind="high"),
        ],
        id="won-before-a-time-word-or-a-participle-is-the-currency",
    ),
    pytest.param(
        "Litecoin dropped under the $80 mark on Monday, shedding as much as 7% in a day.",
        [
            ev("price_move", "80", asset="asset:LTC", direction="down"),
            ev("price_move", "7", "%", asset="asset:LTC", direction="down"),
        ],
        id="a-crossed-mark-stays-the-move-beside-another-verbs-change",
    ),
    pytest.param(
        "Bitcoin, for its part, held around $61,200, while Ethereum hovered near $2,410.",
        [
            ev("price_level", "61200", asset="asset:BTC"),
            ev("price_level", "2410", asset="asset:ETH"),
        ],
        id="an-aside-between-commas-keeps-the-subject-and-hovered-near-quotes",
    ),
    pytest.param(
        "Solana broke below the $120 mark early on Monday. Avalanche broke through the"
        " symbolic $50 mark, and Polkadot dropped under the psychologically important $5"
        " threshold.",
        [
            ev("price_move", "120", asset="asset:SOL", direction="down"),
            ev("price_move", "50", asset="asset:AVAX", direction="up"),
            ev("price_move", "5", asset="asset:DOT", direction="down"),
        ],
        id="a-mark-a-change-verb-crosses-is-the-level-the-move-reached",
    ),
    pytest.param(
        "The rally followed Solana's break through the $140 resistance on Friday.",
        [ev("price_level", "140", asset="asset:SOL", kind="resistance")],
        id="a-resistance-crossed-stays-a-level",
    ),
    pytest.param(
        "Cardano spiked to $0.912 on Monday before easing back to $0.874 at the time of writing.",
        [
            ev("price_move", "0.912", asset="asset:ADA", direction="up"),
            ev("price_level", "0.874", asset="asset:ADA"),
        ],
        id="the-price-reached-at-the-time-of-writing-is-quoted",
    ),
    pytest.param(
        "On Quidax, the second-largest cryptocurrency changed hands at \u20a65.02 million,"
        " down 3.1% from Monday's close, while rival platform Bitnob quoted it at \u20a65.06"
        " million.",
        [
            ev("price_level", "5020000", "NGN", asset="asset:ETH"),
            ev("price_move", "3.1", "%", asset="asset:ETH", direction="down"),
            ev("price_level", "5060000", "NGN", asset="asset:ETH"),
        ],
        id="quoted-it-at-quotes-the-asset-named-before",
    ),
    pytest.param(
        "Before this, SOL briefly fell below 168 USDT, and AVAX once fell to 21.35 USDT.",
        [
            ev("price_move", "168", "USDT", asset="asset:SOL", direction="down"),
            ev("price_move", "21.35", "USDT", asset="asset:AVAX", direction="down"),
        ],
        id="a-price-quoted-in-a-stablecoin-is-a-price",
    ),
    pytest.param(
        "Spot ETF outflows weighed on the market. Market shows DOGE broke through 0.31 USDT,"
        " now reported 0.3122 USDT.",
        [
            ev("price_move", "0.31", "USDT", asset="asset:DOGE", direction="up"),
            ev("price_level", "0.3122", "USDT", asset="asset:DOGE"),
        ],
        id="a-stablecoin-quote-is-no-fund-flow",
    ),
    pytest.param(
        "Bitcoin price retreats to 131 million won level on Upbit... liquidation amount"
        " reached $410 million\n\nEthereum (ETH) is showing 4,388,000 won on Bithumb,"
        " falling 2.7%.",
        [
            ev("liquidation", "410000000", side="both"),
            ev("price_level", "4388000", "KRW", asset="asset:ETH", venue="venue:bithumb"),
            ev("price_move", "2.7", "%", asset="asset:ETH", direction="down"),
        ],
        id="a-price-sized-sum-beside-a-price-move-does-not-continue-a-liquidation-story",
    ),
    pytest.param(
        "US spot bitcoin funds saw net outflows of $48.1 million on Monday. Ether, the"
        " second-largest crypto asset, lost 4.4% to $2,615.",
        [
            ev("etf_flow", "48100000", direction="out"),
            ev("price_move", "4.4", "%", asset="asset:ETH", direction="down"),
            ev("price_level", "2615", asset="asset:ETH"),
        ],
        id="an-asset-before-an-apposition-is-the-subject-of-the-verb-after-it",
    ),
    pytest.param(
        "The largest crypto currency is quoted at 96.120 US dollars, a minus of 2,3 percent"
        " in 24 hours.",
        [
            ev("price_level", "96120", asset="asset:BTC"),
            ev("price_move", "2.3", "%", asset="asset:BTC", direction="down"),
        ],
        id="a-translated-minus-of-with-continental-digits",
    ),
    pytest.param(
        "Dogecoin slipped below \u20a6310 on Quidax, while on Bitnob it changed hands at"
        " \u20a6302.5.",
        [
            ev("price_move", "310", "NGN", asset="asset:DOGE", direction="down"),
            ev("price_level", "302.5", "NGN", asset="asset:DOGE"),
        ],
        id="naira-prices-are-prices",
    ),
    pytest.param(
        "Bitcoin changed hands at \u20a6141.6 million in Lagos on Friday.",
        [ev("price_level", "141600000", "NGN", asset="asset:BTC")],
        id="a-bitcoin-price-in-naira-is-a-price-at-its-scale",
    ),
    pytest.param(
        "Cardano lagged, finishing at $0.412, and Polkadot ended at $4.18 for a weekly loss"
        " of 12.2%.",
        [
            ev("price_level", "0.412", asset="asset:ADA"),
            ev("price_level", "4.18", asset="asset:DOT"),
            ev("price_move", "12.2", "%", asset="asset:DOT", direction="down"),
        ],
        id="finishing-and-ended-at-quote-a-price",
    ),
    pytest.param(
        "Chainlink had started the session above $14.60 before sellers stepped in.",
        [ev("price_level", "14.6", asset="asset:LINK")],
        id="started-the-session-above-quotes-a-price",
    ),
    pytest.param(
        "Ripple's token has erased 38 percent since its January peak.",
        [ev("price_move", "38", "%", asset="asset:XRP", direction="down")],
        id="erased-is-a-fall",
    ),
    pytest.param(
        "Litecoin ripped higher on Monday. Within an hour it had climbed to $131.80, a gain"
        " of 7.4%.",
        [
            ev("price_level", "131.8", asset="asset:LTC"),
            ev("price_move", "7.4", "%", asset="asset:LTC", direction="up"),
        ],
        id="a-pronoun-after-a-fronted-phrase-is-the-subject",
    ),
    pytest.param(
        "Bitcoin edged up 0.4% on Thursday. Cardano, meanwhile, slumped overnight. In dollar"
        " terms, the token lost 9.2% to $0.388.",
        [
            ev("price_move", "0.4", "%", asset="asset:BTC", direction="up"),
            ev("price_move", "9.2", "%", asset="asset:ADA", direction="down"),
            ev("price_level", "0.388", asset="asset:ADA"),
        ],
        id="an-epithet-after-a-fronted-phrase-is-the-subject",
    ),
    pytest.param(
        "Bitcoin traded at 158.2 million won on Upbit, while ether hovered at 612,000 yen on"
        " bitFlyer.",
        [
            ev("price_level", "158200000", "KRW", asset="asset:BTC", venue="venue:upbit"),
            ev("price_level", "612000", "JPY", asset="asset:ETH", venue="venue:bitflyer"),
        ],
        id="prices-in-won-and-yen-are-prices-at-their-scale",
    ),
    pytest.param(
        "The leading cryptocurrency Ethereum lost value by 6 percent in the last 24 hours,"
        " while Solana experienced a loss of value of 3 percent.",
        [
            ev("price_move", "6", "%", asset="asset:ETH", direction="down"),
            ev("price_move", "3", "%", asset="asset:SOL", direction="down"),
        ],
        id="translated-loss-of-value-is-a-fall",
    ),
    pytest.param(
        "The leading cryptocurrency topped near $71,480 before sliding 3.2%.",
        [
            ev("price_level", "71480", asset="asset:BTC"),
            ev("price_move", "3.2", "%", asset="asset:BTC", direction="down"),
        ],
        id="topped-near-is-a-high-and-the-leading-cryptocurrency-is-bitcoin",
    ),
    pytest.param(
        "Top movers (24 hours)\nLitecoin (CRYPTO: LTC)\t+3.6%\t$88.20\n"
        "Avalanche (CRYPTO: AVAX)\t-2.9%\t$24.15",
        [
            ev("price_move", "3.6", "%", asset="asset:LTC", direction="up"),
            ev("price_level", "88.2", asset="asset:LTC"),
            ev("price_move", "-2.9", "%", asset="asset:AVAX", direction="down"),
            ev("price_level", "24.15", asset="asset:AVAX"),
        ],
        id="a-movers-table-prints-the-change-before-the-price",
    ),
    pytest.param(
        "The LINK/ETH ratio sank 4.4% over the month to 0.00522, and traders want LINK/BTC"
        " to reclaim 0.00019.",
        [
            ev("price_move", "4.4", "%", asset="asset:LINK", direction="down"),
            ev("price_level", "0.00522", None, asset="asset:LINK"),
            ev("price_level", "0.00019", None, asset="asset:LINK"),
        ],
        id="a-pair-quoted-in-a-crypto-moves-as-a-price-and-its-ratio-is-a-level",
    ),
    pytest.param(
        "Polkadot rallied early. On Tuesday, the token fell 2.4%, and it was changing hands"
        " around $4.71 by the close.",
        [
            ev("price_move", "2.4", "%", asset="asset:DOT", direction="down"),
            ev("price_level", "4.71", asset="asset:DOT"),
        ],
        id="an-asset-anaphor-after-a-comma-and-changing-hands-around",
    ),
    pytest.param(
        "Litecoin (LTC) $84.10 \u25bc -2.75% | Polkadot (DOT) $4.62 \u25b2 0.9%",
        [
            ev("price_level", "84.1", asset="asset:LTC"),
            ev("price_move", "-2.75", "%", asset="asset:LTC", direction="down"),
            ev("price_level", "4.62", asset="asset:DOT"),
            ev("price_move", "0.9", "%", asset="asset:DOT", direction="up"),
        ],
        id="a-ticker-strip-prints-the-change-after-the-price-with-an-arrow",
    ),
    pytest.param(
        "A trader lost a 40x long of 95 BTC when bitcoin touched $98,420. Another wallet's"
        " 15x SOL short was closed too.",
        [
            ev("liquidation", "95", "BTC", side="long", asset="asset:BTC"),
            ev("price_level", "98420", asset="asset:BTC"),
        ],
        id="leverage-is-no-move-and-touched-names-a-price",
    ),
    pytest.param(
        "Cardano (ADA), the laggard of the group, was adding just 1.4% to $0.62.",
        [
            ev("price_move", "1.4", "%", asset="asset:ADA", direction="up"),
            ev("price_level", "0.62", asset="asset:ADA"),
        ],
        id="a-flow-verb-that-moves-by-a-percent-is-a-price-move",
    ),
    pytest.param(
        "AVAX ripped 9.1% in the last 24h to $31.40.",
        [
            ev("price_move", "9.1", "%", asset="asset:AVAX", direction="up"),
            ev("price_level", "31.4", asset="asset:AVAX"),
        ],
        id="slang-rise-verbs",
    ),
    pytest.param(
        "Crypto liquidations reached $260 million. SOL lost the $180 handle within an hour.",
        [
            ev("liquidation", "260000000"),
            ev("price_move", "180", asset="asset:SOL", direction="down"),
        ],
        id="a-loss-verb-whose-object-is-a-named-level-is-a-move-down",
    ),
    pytest.param(
        "Dogecoin's trading volume reached $2.1 billion, about three times its 30-day average.",
        [],
        id="a-multiple-of-another-figure-is-a-comparison-not-a-move",
    ),
    pytest.param(
        "The SOL/ETH ratio climbed to 0.0512, while the long/short ratio on Bybit stood at 1.84.",
        [ev("price_level", "0.0512", None, asset="asset:SOL")],
        id="a-crypto-quoted-pairs-ratio-is-its-price-a-long-short-ratio-is-not",
    ),
    pytest.param(
        "UNI and AAVE gained 6.2% and 4.8%, respectively, to $9.41 and $188.20.",
        [
            ev("price_move", "6.2", "%", asset="asset:UNI", direction="up"),
            ev("price_move", "4.8", "%", asset="asset:AAVE", direction="up"),
            ev("price_level", "9.41", asset="asset:UNI"),
            ev("price_level", "188.2", asset="asset:AAVE"),
        ],
        id="respectively-pairs-the-levels-after-it-too",
    ),
    pytest.param(
        "Litecoin was little changed at $84, while options worth $2.2 billion expire on Friday.",
        [ev("price_level", "84", asset="asset:LTC")],
        id="little-changed-at-is-a-quote-options-expiring-are-no-event",
    ),
    pytest.param(
        "Cardano reclaimed $1.10 on Thursday, while traders say it must reclaim $1.25 next.",
        [
            ev("price_move", "1.1", asset="asset:ADA", direction="up"),
            ev("price_level", "1.25", asset="asset:ADA"),
        ],
        id="reclaimed-is-a-move-must-reclaim-a-level",
    ),
    pytest.param(
        "Aptos needs to clear $11.40 before the breakout can be trusted, the desk wrote.",
        [ev("price_level", "11.4", asset="asset:APT", direction=None)],
        id="what-a-price-needs-to-clear-is-a-level-no-move",
    ),
    pytest.param(
        "For the uptrend to resume, Litecoin must break above $97.50 on a daily close.",
        [ev("price_level", "97.5", asset="asset:LTC", direction=None)],
        id="what-a-price-must-break-above-is-a-level-no-move",
    ),
    pytest.param(
        "Bulls want to see Polkadot climb back above $6.85 by the weekend.",
        [ev("price_level", "6.85", asset="asset:DOT", direction=None)],
        id="what-bulls-want-to-see-a-price-climb-above-is-a-level",
    ),
    pytest.param(
        "Stellar has to rise above $0.138 before sellers lose control, a chartist said.",
        [ev("price_level", "0.138", asset="asset:XLM", direction=None)],
        id="what-a-price-has-to-rise-above-is-a-level-no-move",
    ),
    pytest.param(
        "Stellar rose above $0.138 on Friday, and chartists say it needs to hold there.",
        [ev("price_move", "0.138", asset="asset:XLM", direction="up")],
        id="guard-a-rise-stated-before-a-need-stays-a-move",
    ),
    pytest.param(
        "About $84 million in Avalanche long positions had to be liquidated on OKX.",
        [ev("liquidation", "84000000", side="long", asset="asset:AVAX", venue="venue:okx")],
        id="guard-what-had-to-happen-happened-no-condition",
    ),
    pytest.param(
        "Litecoin notched a record $412.60 on Kraken in the early hours of Sunday.",
        [ev("price_level", "412.6", asset="asset:LTC", venue="venue:kraken", kind="all_time_high")],
        id="a-record-price-an-asset-notched-is-its-all-time-high",
    ),
    pytest.param(
        "Litecoin changed hands at $131 as Asian markets opened, after printing a record"
        " $138 overnight.",
        [
            ev("price_level", "131", asset="asset:LTC"),
            ev("price_level", "138", asset="asset:LTC", kind="all_time_high"),
        ],
        id="a-record-the-sentence-subject-printed-in-a-participle",
    ),
    pytest.param(
        "Avalanche's previous record $146.20 was set in late 2021.",
        [ev("price_level", "146.2", asset="asset:AVAX", kind="all_time_high")],
        id="an-assets-record-price-is-its-all-time-high",
    ),
    pytest.param(
        "Solana ETPs logged a record $4.6 million of inflows on Monday.",
        [ev("etf_flow", "4600000", asset="asset:SOL", direction="in")],
        id="guard-a-record-sum-of-a-flow-is-no-price",
    ),
    pytest.param(
        "Avalanche funds set a record $730,000 last week.",
        [],
        id="guard-a-record-sum-funds-set-is-no-price",
    ),
    pytest.param(
        "Dogecoin hit a record $0.7410 on Monday after the listing news.",
        [ev("price_level", "0.741", asset="asset:DOGE")],
        id="guard-hit-a-record-price-stays-a-level",
    ),
    pytest.param(
        "Among the majors, Litecoin was at $83.90, Polkadot at $5.12 and Chainlink at $13.45.",
        [
            ev("price_level", "83.9", asset="asset:LTC"),
            ev("price_level", "5.12", asset="asset:DOT"),
            ev("price_level", "13.45", asset="asset:LINK"),
        ],
        id="an-asset-that-was-at-a-price-is-quoted-there-and-the-wrap-goes-on",
    ),
    pytest.param(
        "Toncoin (TON) was at about $6.48 late on Thursday, and Aptos at $8.90.",
        [ev("price_level", "6.48", asset="asset:TON"), ev("price_level", "8.9", asset="asset:APT")],
        id="an-asset-named-with-its-ticker-that-was-at-about-a-price-is-quoted",
    ),
    pytest.param(
        "Cardano was around $0.417 in early European trading.",
        [ev("price_level", "0.417", asset="asset:ADA")],
        id="an-asset-that-was-around-a-price-is-quoted",
    ),
    pytest.param(
        "Ether ETF outflows were at $6.2 million on Monday.",
        [ev("etf_flow", "6200000", asset="asset:ETH", direction="out")],
        id="guard-a-flow-that-was-at-a-sum-is-no-price",
    ),
    pytest.param(
        "Litecoin's trading volume was at $3.1 million on the venue.",
        [],
        id="guard-an-assets-volume-that-was-at-a-sum-is-no-price",
    ),
    pytest.param(
        "LTC $88.14 | DOT $6.02 | LINK $14.77",
        [
            ev("price_level", "88.14", asset="asset:LTC"),
            ev("price_level", "6.02", asset="asset:DOT"),
            ev("price_level", "14.77", asset="asset:LINK"),
        ],
        id="a-ticker-strip-of-prices-quotes-each-at-the-asset-before-it",
    ),
    pytest.param(
        "ADA: $0.4411 \u00b7 AVAX: $31.06",
        [
            ev("price_level", "0.4411", asset="asset:ADA"),
            ev("price_level", "31.06", asset="asset:AVAX"),
        ],
        id="a-ticker-strip-with-colons-quotes-each-at-the-asset-before-its-colon",
    ),
    pytest.param(
        "Polkadot (DOT) $5.87",
        [ev("price_level", "5.87", asset="asset:DOT")],
        id="an-asset-with-its-ticker-and-a-price-alone-is-a-quote",
    ),
    pytest.param(
        "DOT $7.3M | LINK $2.9M",
        [],
        id="guard-a-strip-of-millions-quotes-no-price",
    ),
    pytest.param(
        "The broker has a price target of $3.40 for Stellar into the summer.",
        [ev("price_level", "3.4", asset="asset:XLM", kind="target")],
        id="a-price-target-for-a-coin-is-its-target-level",
    ),
    pytest.param(
        "Bernstein restated its $145,000 bitcoin price target on Tuesday.",
        [ev("price_level", "145000", asset="asset:BTC", kind="target")],
        id="a-coins-price-target-before-it-is-its-target-level",
    ),
    pytest.param(
        "Analysts set a $410 price target on Coinbase shares as bitcoin rallied.",
        [],
        id="guard-a-stocks-price-target-is-no-coins-level",
    ),
    pytest.param(
        "The broker kept its year-end Avalanche forecast of $92 unchanged.",
        [ev("price_level", "92", asset="asset:AVAX")],
        id="a-forecast-of-a-price-is-a-level",
    ),
    pytest.param(
        "Strategists gave a forecast of $6 billion in spot ether ETF inflows.",
        [],
        id="guard-a-forecast-of-flows-states-no-flow",
    ),
    pytest.param(
        "Bernstein sees Litecoin hitting $260 before the end of next year.",
        [ev("price_level", "260", asset="asset:LTC", direction=None)],
        id="what-someone-sees-a-coin-hitting-is-a-level-no-move",
    ),
    pytest.param(
        "One desk sees Cardano rising 35% into the autumn.",
        [],
        id="a-rise-someone-sees-ahead-is-no-move",
    ),
    pytest.param(
        "Thursday saw Polkadot sliding to $4.35 on heavy volume.",
        [ev("price_move", "4.35", asset="asset:DOT", direction="down")],
        id="guard-a-day-that-saw-a-coin-slide-states-the-move",
    ),
    pytest.param(
        "Net inflows for Cardano were at $3.3 million last week.",
        [],
        id="guard-a-flow-for-an-asset-that-was-at-a-sum-is-no-price",
    ),
    pytest.param(
        "The first hurdle for Aptos is $9.60, and Aptos got rejected at $10.25 on Monday.",
        [
            ev("price_level", "9.6", asset="asset:APT", kind="resistance"),
            ev("price_level", "10.25", asset="asset:APT", kind="resistance"),
        ],
        id="a-hurdle-and-a-rejection-name-resistances",
    ),
    pytest.param(
        "Cosmos stayed above $6.05 all week but remains stuck below $6.90.",
        [
            ev("price_level", "6.05", asset="asset:ATOM", kind="support"),
            ev("price_level", "6.9", asset="asset:ATOM", kind="resistance"),
        ],
        id="staying-above-and-stuck-below-a-price-name-a-support-and-a-resistance",
    ),
    pytest.param(
        "Invalidation for the Stellar long sits under $0.121, the chartist wrote.",
        [ev("price_level", "0.121", asset="asset:XLM")],
        id="an-invalidation-price-is-a-level",
    ),
    pytest.param(
        "Cardano must hold $0.36 or risk a slide to $0.31.",
        [
            ev("price_level", "0.36", asset="asset:ADA"),
            ev("price_level", "0.31", asset="asset:ADA"),
        ],
        id="what-a-price-risks-is-a-level-no-move",
    ),
    pytest.param(
        "Sellers are targeting $24.50 for Avalanche after the breakdown.",
        [ev("price_level", "24.5", asset="asset:AVAX", kind="target")],
        id="what-sellers-are-targeting-is-a-target",
    ),
    pytest.param(
        "A rising trend line is capping gains near $0.512 on the hourly XRP/USD chart.",
        [ev("price_level", "0.512", asset="asset:XRP", kind="resistance")],
        id="a-line-capping-gains-near-a-price-is-a-resistance-no-move",
    ),
    pytest.param(
        "Chainlink crept up all week off a base near $12.35.",
        [ev("price_level", "12.35", asset="asset:LINK", kind="support")],
        id="a-base-a-rise-starts-from-is-a-support-no-move",
    ),
    pytest.param(
        "Litecoin was steady near $86.20 on Wednesday.",
        [ev("price_level", "86.2", asset="asset:LTC")],
        id="steady-near-a-price-is-a-quote",
    ),
    pytest.param(
        "Some $2.3 billion in ether options expire on Deribit on Friday, with the max pain"
        " point at $2,950.",
        [ev("price_level", "2950", asset="asset:ETH")],
        id="the-max-pain-point-of-expiring-options-is-a-level",
    ),
    pytest.param(
        "After the sell-off, the intraday minimum of Cardano was $0.3311.",
        [ev("price_level", "0.3311", asset="asset:ADA", kind="low")],
        id="an-intraday-minimum-is-a-low",
    ),
    pytest.param(
        "The biggest single liquidation happened on the OKX floor, an ETHUSDT short order with"
        " the value 5.82 million USD.",
        [ev("liquidation", "5820000", side="short", venue="venue:okx", scope="largest_single")],
        id="a-sum-of-millions-after-a-level-word-is-no-stated-price",
    ),
    pytest.param(
        "An address-poisoning scam costs one trader $2.7 million in USDT.",
        [ev("hack", "2700000")],
        id="what-a-scam-costs-in-millions-is-no-price",
    ),
    pytest.param(
        "Bitcoin could reach $1.5 million by 2030, the fund manager said.",
        [ev("price_level", "1500000", asset="asset:BTC")],
        id="guard-a-forecast-may-name-a-price-of-millions",
    ),
    pytest.param(
        "Litecoin ended the week at $104.10 after breaking through $100 for the first time on"
        " Wednesday.",
        [
            ev("price_level", "104.1", asset="asset:LTC"),
            ev("price_move", "100", asset="asset:LTC", direction="up"),
        ],
        id="breaking-through-a-price-moves-to-it",
    ),
    pytest.param(
        "Bitcoin fell 3% on Monday. At the same time, gold rose against the trend by 1.7%,"
        " breaking through $4,650 per ounce.",
        [ev("price_move", "3", "%", asset="asset:BTC", direction="down")],
        id="guard-a-price-per-ounce-is-no-coins",
    ),
    pytest.param(
        "Crypto liquidations passed $700 million on Tuesday. Solana slid 6.1% to $131.40,"
        " briefly trading as low as $128.90 on Kraken.",
        [
            ev("liquidation", "700000000", side="both"),
            ev("price_move", "6.1", "%", asset="asset:SOL", direction="down"),
            ev("price_level", "131.4", asset="asset:SOL"),
            ev("price_level", "128.9", asset="asset:SOL"),
        ],
        id="a-quote-beside-a-move-is-a-level-not-the-topic",
    ),
    pytest.param(
        "Litecoin fell 6% to $71.",
        [
            ev("price_move", "6", "%", asset="asset:LTC", direction="down"),
            ev("price_level", "71", asset="asset:LTC"),
        ],
        id="change-and-level-reached",
    ),
    pytest.param(
        "Avalanche jumped to $48 on Tuesday.",
        [ev("price_move", "48", asset="asset:AVAX", direction="up")],
        id="level-reached-without-a-change",
    ),
    pytest.param(
        "Cardano slipped below $0.45 overnight.",
        [ev("price_move", "0.45", asset="asset:ADA", direction="down")],
        id="below-a-level",
    ),
    pytest.param(
        "Polkadot changes hands at $6.20.",
        [ev("price_level", "6.2", asset="asset:DOT")],
        id="changes-hands-at",
    ),
    pytest.param(
        "XRP hit a high of $0.72 and a low of $0.61 on the day.",
        [
            ev("price_level", "0.72", asset="asset:XRP"),
            ev("price_level", "0.61", asset="asset:XRP"),
        ],
        id="high-and-low",
    ),
    pytest.param(
        "Ether trades near $3,120, down 2% over the day and 9% over the week.",
        [
            ev("price_level", "3120", asset="asset:ETH"),
            ev("price_move", "2", "%", asset="asset:ETH", direction="down"),
            ev("price_move", "9", "%", asset="asset:ETH", direction="down"),
        ],
        id="quote-and-coordinated-changes",
    ),
    pytest.param(
        "Bitcoin slid to $61,500 from $64,000 on Friday.",
        [ev("price_move", "61500", asset="asset:BTC", direction="down", figures=["64000"])],
        id="to-and-from",
    ),
    pytest.param(
        "Bitcoin traders watch the $58,000 support and the $63,500 resistance.",
        [
            ev("price_level", "58000", asset="asset:BTC"),
            ev("price_level", "63500", asset="asset:BTC"),
        ],
        id="support-and-resistance",
    ),
    pytest.param(
        "Key support for Cardano sits at $0.41, while resistance is seen near $0.52.",
        [
            ev("price_level", "0.41", asset="asset:ADA", kind="support"),
            ev("price_level", "0.52", asset="asset:ADA", kind="resistance"),
        ],
        id="level-kinds-by-clause",
    ),
    pytest.param(
        "Market snapshot\nLTC: $84.20 (-2.4%)\nADA: $0.61 (+1.9%)",
        [
            ev("price_level", "84.2", asset="asset:LTC"),
            ev("price_move", "-2.4", "%", asset="asset:LTC", direction="down"),
            ev("price_level", "0.61", asset="asset:ADA"),
            ev("price_move", "1.9", "%", asset="asset:ADA", direction="up"),
        ],
        id="ticker-quote-lines",
    ),
    pytest.param(
        "Will Dogecoin crash below $0.10?",
        [ev("price_level", "0.1", asset="asset:DOGE")],
        id="question-names-a-level",
    ),
    pytest.param(
        "Solana's deviation from $150 reached 5% on Monday.",
        [],
        id="deviation-is-not-a-move",
    ),
    pytest.param(
        "AVAX $27.14 +5.21% BNB $604.3 -0.92% TRX $0.2418 +2.6%",
        [
            ev("price_level", "27.14", asset="asset:AVAX"),
            ev("price_move", "5.21", "%", asset="asset:AVAX", direction="up"),
            ev("price_level", "604.3", asset="asset:BNB"),
            ev("price_move", "-0.92", "%", asset="asset:BNB", direction="down"),
            ev("price_level", "0.2418", asset="asset:TRX"),
            ev("price_move", "2.6", "%", asset="asset:TRX", direction="up"),
        ],
        id="ticker-strip-on-one-line",
    ),
    pytest.param(
        "Litecoin is still trading 44% below its all-time high.",
        [ev("price_move", "44", "%", asset="asset:LTC", direction="down")],
        id="distance-below-a-high",
    ),
    pytest.param(
        "Avalanche now sits 63% above its yearly low of $9.20.",
        [
            ev("price_move", "63", "%", asset="asset:AVAX", direction="up"),
            ev("price_level", "9.2", asset="asset:AVAX"),
        ],
        id="distance-above-a-low",
    ),
    pytest.param(
        "Polkadot climbed 7.5% on Thursday to $6.10, although it remains 71% under its 2021"
        " record.",
        [
            ev("price_move", "7.5", "%", asset="asset:DOT", direction="up"),
            ev("price_level", "6.1", asset="asset:DOT"),
            ev("price_move", "71", "%", asset="asset:DOT", direction="down"),
        ],
        id="concession-opens-a-clause",
    ),
    pytest.param(
        "Cardano slipped under the 38.2% Fib retracement near $0.57.",
        [ev("price_level", "0.57", asset="asset:ADA")],
        id="fib-ratio-is-no-move",
    ),
    pytest.param(
        "The annualized basis on CME solana futures has narrowed to 7.4%, down from 12%"
        " a week ago.",
        [],
        id="basis-is-no-price",
    ),
    pytest.param(
        "The Coinbase premium on bitcoin widened to 0.21% as US buyers returned.",
        [],
        id="premium-is-no-price",
    ),
    pytest.param(
        "Bitcoin fell 6.2% to $58,400 in early trading, while ether dropped below $2,300.",
        [
            ev("price_move", "6.2", "%", asset="asset:BTC", direction="down"),
            ev("price_level", "58400", asset="asset:BTC"),
            ev("price_move", "2300", asset="asset:ETH", direction="down"),
        ],
        id="another-clause-change-is-another-asset-move",
    ),
    pytest.param(
        "Exchanges saw net inflows of 31,000 ETH this week. Ether has lost 9.4% to $2,480 over"
        " the same period.",
        [
            ev("exchange_flow", "31000", "ETH", direction="in"),
            ev("price_move", "9.4", "%", asset="asset:ETH", direction="down"),
            ev("price_level", "2480", asset="asset:ETH"),
        ],
        id="an-asset-loses-price-in-a-flow-story",
    ),
    pytest.param(
        "The largest cryptocurrency lost more than $1,800 in 24 hours.",
        [ev("price_move", "1800", asset="asset:BTC", direction="down")],
        id="an-asset-loses-dollars-of-price",
    ),
    pytest.param(
        "Avalanche led the movers on Monday.\n\nCryptocurrency | Gains +/- | Price\n"
        "Avalanche | +8.7% | $41.20\nLitecoin | -1.3% | $84.10",
        [
            ev("price_level", "41.2", asset="asset:AVAX"),
            ev("price_move", "8.7", "%", asset="asset:AVAX", direction="up"),
            ev("price_level", "84.1", asset="asset:LTC"),
            ev("price_move", "-1.3", "%", asset="asset:LTC", direction="down"),
        ],
        id="a-table-with-column-bars",
    ),
    pytest.param(
        "Litecoin slid on Monday. It was last down 6.4 percent at $71.20, leaving it some 58"
        " percent below the record of nearly $410 it hit in 2021.",
        [
            ev("price_move", "6.4", "%", asset="asset:LTC", direction="down"),
            ev("price_level", "71.2", asset="asset:LTC"),
            ev("price_move", "58", "%", asset="asset:LTC", direction="down"),
            ev("price_level", "410", asset="asset:LTC"),
        ],
        id="leaving-it-below-a-record-moves-nothing",
    ),
    pytest.param(
        "$SOL holding $182 after the sell-off, while $AVAX tapped $27.40 before bouncing."
        " The fund now holds $2.4 billion of ether.",
        [
            ev("price_level", "182", asset="asset:SOL"),
            ev("price_level", "27.4", asset="asset:AVAX"),
        ],
        id="an-asset-holds-a-price",
    ),
    pytest.param(
        "Dogecoin Slides 9% as Longs Unwind\n\nDogecoin fell 9.3% on Wednesday to $0.142.",
        [
            ev("price_move", "9.3", "%", asset="asset:DOGE", direction="down", figures=["9"]),
            ev("price_level", "0.142", asset="asset:DOGE"),
        ],
        id="a-headline-rounds-the-body-move",
    ),
    pytest.param(
        "Polkadot jumps 12% in a week \u2013 Is the rally over?\nPolkadot traded at $8.12 on"
        " Friday, up 12.3% over the past seven days.",
        [
            ev("price_move", "12", "%", asset="asset:DOT", direction="up", figures=["12.3"]),
            ev("price_level", "8.12", asset="asset:DOT"),
        ],
        id="a-title-that-closes-with-a-question-rounds-the-body-move",
    ),
    pytest.param(
        "Solana Sinks 5% in an Hour\n\nSolana dropped more than 5% in under an hour on Friday"
        " and was down 4.6% on the day.",
        [
            ev("price_move", "5", "%", asset="asset:SOL", direction="down", window="PT1H"),
            ev("price_move", "4.6", "%", asset="asset:SOL", direction="down", window="P1D"),
        ],
        id="moves-over-two-windows-are-two-moves",
    ),
    pytest.param(
        "Dogecoin, long a favourite of retail traders, rose 6.5% to 312 won on Bithumb.",
        [
            ev("price_move", "6.5", "%", asset="asset:DOGE", direction="up"),
            ev("price_level", "312", "KRW", asset="asset:DOGE", venue="venue:bithumb"),
        ],
        id="long-as-an-adverb-is-no-side",
    ),
    pytest.param(
        "Bitcoin is traded near $61,870 (+5.2% over the day), per CoinMarketCap. Ether is"
        " traded at $2,431 (-1.4%).",
        [
            ev("price_level", "61870", asset="asset:BTC"),
            ev("price_move", "5.2", "%", asset="asset:BTC", direction="up"),
            ev("price_level", "2431", asset="asset:ETH"),
            ev("price_move", "-1.4", "%", asset="asset:ETH", direction="down"),
        ],
        id="a-signed-change-in-brackets-after-a-price",
    ),
    pytest.param(
        "On Bybit, ether is traded at $2,412 in the USDC market.",
        [ev("price_level", "2412", asset="asset:ETH", venue="venue:bybit")],
        id="the-quote-market-is-not-the-asset",
    ),
    pytest.param(
        "Solana has shed roughly 38% of its value since January.",
        [ev("price_move", "38", "%", asset="asset:SOL", direction="down")],
        id="share-of-its-own-value-is-a-move",
    ),
    pytest.param(
        "Analysts at the desk expect solana to reach $260 by June.",
        [ev("price_level", "260", asset="asset:SOL")],
        id="expected-level",
    ),
    pytest.param(
        "Cardano open interest rose 4% on Friday. At press time, the altcoin was trading at $0.91.",
        [
            ev("open_interest", "4", "%", asset="asset:ADA", direction="up"),
            ev("price_level", "0.91", asset="asset:ADA"),
        ],
        id="altcoin-anaphor",
    ),
    pytest.param(
        "Ether fetched 4.9 million won on Upbit.",
        [ev("price_level", "4900000", "KRW", asset="asset:ETH", venue="venue:upbit")],
        id="fetched-quotes-a-price",
    ),
    pytest.param(
        "Bitcoin's 3% climb to $97,000 followed the halving.",
        [
            ev("price_move", "3", "%", asset="asset:BTC", direction="up"),
            ev("price_level", "97000", asset="asset:BTC"),
        ],
        id="nominal-change",
    ),
    pytest.param(
        "Avalanche later bottomed at $17.35 on Kraken, its lowest price since March.",
        [ev("price_level", "17.35", asset="asset:AVAX", venue="venue:kraken", kind="low")],
        id="bottomed-at-is-a-low",
    ),
    pytest.param(
        "Polkadot sank 8.1% on the day, bottoming out at $4.62, while its 30-day realized"
        " volatility climbed to 71%.",
        [
            ev("price_move", "8.1", "%", asset="asset:DOT", direction="down"),
            ev("price_level", "4.62", asset="asset:DOT", kind="low"),
        ],
        id="bottoming-out-at-and-volatility",
    ),
    pytest.param(
        "In Brazil, ether is negotiated at R$ 9,870 on local exchanges.",
        [ev("price_level", "9870", "BRL", asset="asset:ETH")],
        id="negotiated-at-quotes-a-price",
    ),
    pytest.param(
        "Cardano slid 7.5% to 38.2 cents on Tuesday.",
        [
            ev("price_move", "7.5", "%", asset="asset:ADA", direction="down"),
            ev("price_level", "0.382", asset="asset:ADA"),
        ],
        id="a-price-in-cents",
    ),
    pytest.param(
        "Litecoin breaks 20,000 yen for the first time in 7 months, liquidations across the"
        " market top $300 million",
        [
            ev("price_move", "20000", "JPY", asset="asset:LTC", direction="up"),
            ev("liquidation", "300000000"),
        ],
        id="breaks-a-level-is-a-move",
    ),
    pytest.param(
        "Spot ether ETFs saw outflows of $84 million on Monday. Ether fell 3.1% to $2,640,"
        " leaving it about 46% below the record high of $4,950.",
        [
            ev("etf_flow", "84000000", direction="out"),
            ev("price_move", "3.1", "%", asset="asset:ETH", direction="down"),
            ev("price_level", "2640", asset="asset:ETH"),
            ev("price_move", "46", "%", asset="asset:ETH", direction="down"),
            ev("price_level", "4950", asset="asset:ETH"),
        ],
        id="leaving-it-below-the-record-in-a-flow-story",
    ),
    pytest.param(
        "Among the majors, polkadot gave up 6.3% and chainlink has retraced 4.8% to $13.20.",
        [
            ev("price_move", "6.3", "%", asset="asset:DOT", direction="down"),
            ev("price_move", "4.8", "%", asset="asset:LINK", direction="down"),
            ev("price_level", "13.2", asset="asset:LINK"),
        ],
        id="gave-up-and-retraced-are-falls",
    ),
    pytest.param(
        "Altcoins fared worse. The second-largest crypto fell 11% to $2,210.",
        [
            ev("price_move", "11", "%", asset="asset:ETH", direction="down"),
            ev("price_level", "2210", asset="asset:ETH"),
        ],
        id="the-second-largest-crypto-is-ether",
    ),
    pytest.param(
        "Solana hit a record of $262 on Sunday. That represents a 24-hour gain of 14 percent.",
        [
            ev("price_level", "262", asset="asset:SOL"),
            ev("price_move", "14", "%", asset="asset:SOL", direction="up"),
        ],
        id="that-represents-a-gain",
    ),
    pytest.param(
        "Polkadot opened the week at $6.10 and closed the month at $7.45.",
        [ev("price_level", "6.1", asset="asset:DOT"), ev("price_level", "7.45", asset="asset:DOT")],
        id="opened-and-closed-a-period-at",
    ),
    pytest.param(
        "Ether Plunges Through $1,500 as Longs Capitulate",
        [ev("price_move", "1500", asset="asset:ETH", direction="down")],
        id="through-a-level",
    ),
    pytest.param(
        "Cardano rose 9% on the day, a weekly advance of nearly 23 percent.",
        [
            ev("price_move", "9", "%", asset="asset:ADA", direction="up"),
            ev("price_move", "23", "%", asset="asset:ADA", direction="up"),
        ],
        id="an-advance-of-a-percent",
    ),
    pytest.param(
        "Ether traded in a narrow band through the European morning, changing hands near"
        " $3,410 at 09:30 UTC, up 1.2% on the day.",
        [
            ev("price_level", "3410", asset="asset:ETH"),
            ev("price_move", "1.2", "%", asset="asset:ETH", direction="up"),
        ],
        id="traded-in-a-band-then-a-change",
    ),
    pytest.param(
        "For Solana, dip buyers tend to show up around $138, with firmer support at $131.",
        [
            ev("price_level", "138", asset="asset:SOL"),
            ev("price_level", "131", asset="asset:SOL", kind="support"),
        ],
        id="a-phrasal-verb-is-no-change",
    ),
    pytest.param(
        "Spot\n- SOL ended the week at $142.10, +6.2% w/w, after a low of $128.40 on Tuesday",
        [
            ev("price_level", "142.1", asset="asset:SOL"),
            ev("price_move", "6.2", "%", asset="asset:SOL", direction="up", window="P7D"),
            ev("price_level", "128.4", asset="asset:SOL", kind="low"),
        ],
        id="a-signed-percent-after-the-quoted-price",
    ),
    pytest.param(
        "- AVAX: $27.35 close, -3.9%; weekly low $24.10",
        [
            ev("price_level", "27.35", asset="asset:AVAX"),
            ev("price_move", "-3.9", "%", asset="asset:AVAX", direction="down"),
            ev("price_level", "24.1", asset="asset:AVAX", kind="low"),
        ],
        id="a-signed-percent-after-a-close",
    ),
    pytest.param(
        "Spot: SOL printed a high of $152.30 before settling near $141.60, -4.3% d/d. AVAX"
        " lagged at $26.10 (+1.2%).",
        [
            ev("price_level", "152.3", asset="asset:SOL", kind="high"),
            ev("price_level", "141.6", asset="asset:SOL", window="P1D"),
            ev("price_move", "-4.3", "%", asset="asset:SOL", direction="down", window="P1D"),
            ev("price_level", "26.1", asset="asset:AVAX", window=None),
            ev("price_move", "1.2", "%", asset="asset:AVAX", direction="up", window=None),
        ],
        id="a-desk-window-ends-its-sentence",
    ),
    pytest.param(
        "Ether Sinks 18% as $2.4B of Positions Are Liquidated\n\nBTC $61,420 ▼-6.2%   ADA"
        " $0.512 ▼-14.8%   DOGE $0.1284 ▼-17.5%",
        [
            ev("price_move", "18", "%", asset="asset:ETH", direction="down"),
            ev("liquidation", "2400000000"),
            ev("price_level", "61420", asset="asset:BTC"),
            ev("price_move", "-6.2", "%", asset="asset:BTC", direction="down"),
            ev("price_level", "0.512", asset="asset:ADA"),
            ev("price_move", "-14.8", "%", asset="asset:ADA", direction="down"),
            ev("price_level", "0.1284", asset="asset:DOGE"),
            ev("price_move", "-17.5", "%", asset="asset:DOGE", direction="down"),
        ],
        id="a-ticker-strip-in-capitals-after-a-liquidation-headline",
    ),
    pytest.param(
        "The primary cryptocurrency sank from a session high of $71,900 to a low of $64,350"
        " on Kraken. That is a 10.5% drawdown.",
        [
            ev("price_level", "71900", asset="asset:BTC", kind="high"),
            ev("price_level", "64350", asset="asset:BTC", kind="low"),
            ev("price_move", "10.5", "%", asset="asset:BTC", direction="down"),
        ],
        id="that-is-a-drawdown-after-the-primary-cryptocurrency",
    ),
    pytest.param(
        "Polkadot climbed to $9.80 on Monday. That was a 14.5% gain in three sessions.",
        [
            ev("price_move", "9.8", asset="asset:DOT", direction="up"),
            ev("price_move", "14.5", "%", asset="asset:DOT", direction="up"),
        ],
        id="that-was-a-gain",
    ),
    pytest.param(
        "Litecoin fell 12% to $61. This is a painful stretch, with over 70% losses for late"
        " buyers.",
        [
            ev("price_move", "12", "%", asset="asset:LTC", direction="down"),
            ev("price_level", "61", asset="asset:LTC"),
        ],
        id="this-is-a-stretch-with-losses-for-buyers-is-no-move",
    ),
    pytest.param(
        "Solana price began a new slide from the $212 zone. SOL is now consolidating near $198.",
        [
            ev("price_level", "212", asset="asset:SOL", kind="level"),
            ev("price_level", "198", asset="asset:SOL"),
        ],
        id="a-decline-from-the-named-zone-is-a-level",
    ),
    pytest.param(
        "Ether began a new rally from the $3,050 support.",
        [ev("price_level", "3050", asset="asset:ETH", kind="support")],
        id="a-rally-from-the-named-support-is-a-level",
    ),
    pytest.param(
        "Cardano trades near $0.58. Beyond $0.62, the bulls could aim for $0.70.",
        [
            ev("price_level", "0.58", asset="asset:ADA"),
            ev("price_level", "0.62", asset="asset:ADA"),
            ev("price_level", "0.7", asset="asset:ADA", kind="target"),
        ],
        id="bulls-could-aim-for-a-target",
    ),
    pytest.param(
        "Solana's terms deed a precocious of $262 connected Coinbase arsenic agelong traders"
        " piled in. The plus has present gained 48% twelvemonth to date.",
        [
            ev("price_level", "262", asset="asset:SOL", kind="high"),
            ev("price_move", "48", "%", asset="asset:SOL", direction="up"),
        ],
        id="spun-the-plus-has-present-gained",
    ),
    pytest.param(
        'Bitcoin traded at $86,200. "I expect another run at $90,000 before Friday," she said.',
        [
            ev("price_level", "86200", asset="asset:BTC", kind="price"),
            ev("price_level", "90000", asset="asset:BTC", kind="target"),
        ],
        id="another-run-at-a-level",
    ),
    pytest.param(
        "Ether traded at $3,120. The next stop is probably $3,400, according to Kessler.",
        [
            ev("price_level", "3120", asset="asset:ETH", kind="price"),
            ev("price_level", "3400", asset="asset:ETH", kind="target"),
        ],
        id="the-next-stop",
    ),
    pytest.param(
        "Ether could revisit the $2,900 area if sellers return.",
        [ev("price_level", "2900", asset="asset:ETH", kind="target")],
        id="revisit-the-area",
    ),
    pytest.param(
        "Dogecoin bulls are pressing into the $0.25 handle.",
        [ev("price_level", "0.25", asset="asset:DOGE", kind="level")],
        id="the-handle-is-a-level-noun",
    ),
    pytest.param(
        "XRP has spent the session inside a tight $2.05-$2.12 band.",
        [ev("price_level", None, asset="asset:XRP", kind="level")],
        id="a-band-is-a-level-noun",
    ),
    pytest.param(
        "Upbit quoted bitcoin at 96.4 million won on Thursday morning.",
        [ev("price_level", "96400000", "KRW", asset="asset:BTC", venue="venue:upbit")],
        id="a-venue-quotes-a-coin-at",
    ),
    pytest.param(
        "Bitstamp quoted ether at $2,764 late on Friday, with the pound rate little moved.",
        [ev("price_level", "2764", asset="asset:ETH", venue="venue:bitstamp")],
        id="a-venue-quotes-a-coin-at-in-dollars",
    ),
    pytest.param(
        "Reuters quoted traders as saying bitcoin ETF outflows reached $310 million.",
        [ev("etf_flow", "310000000", direction="out")],
        id="quoting-people-is-no-price-quote",
    ),
    pytest.param(
        "Bitcoin's 8% slide from its $73,800 record wiped out $900 million of positions.",
        [
            ev("price_move", "8", "%", asset="asset:BTC", direction="down"),
            ev("price_level", "73800", asset="asset:BTC", kind="all_time_high"),
            ev("liquidation", "900000000", side="both"),
        ],
        id="a-price-named-record-is-no-liquidation",
    ),
    pytest.param(
        "Ether sits 12% below the $4,870 record set in November.",
        [
            ev("price_move", "12", "%", asset="asset:ETH", direction="down"),
            ev("price_level", "4870", asset="asset:ETH", kind="all_time_high"),
        ],
        id="the-price-record-set-in",
    ),
    pytest.param(
        "Spot bitcoin ETFs saw the $1.1 billion record inflow on Monday.",
        [ev("etf_flow", "1100000000", direction="in")],
        id="guard-a-record-inflow-is-no-price",
    ),
    pytest.param(
        "BTC briefly breached $100,000 for the first time ever.",
        [ev("price_level", "100000", asset="asset:BTC")],
        id="breaching-a-price-is-no-theft",
    ),
    pytest.param(
        "Coinbase shares rose 8% to $212 in pre-market trading as bitcoin climbed.",
        [],
        id="a-companys-shares-are-no-coin",
    ),
    pytest.param(
        "MicroStrategy stock fell 6% to $1,390 as bitcoin slid.",
        [],
        id="a-companys-stock-is-no-coin",
    ),
    pytest.param(
        "Bitcoin slipped 2% as the S&P 500 lost 1.4% and gold rose 1.2% to $2,410 an ounce.",
        [ev("price_move", "2", "%", asset="asset:BTC", direction="down")],
        id="other-markets-moves-are-no-coins",
    ),
    pytest.param(
        "Treasury yields rose to 4.6% and the CPI rose 3.2% year on year, weighing on ether.",
        [],
        id="the-economys-figures-are-no-coins",
    ),
    pytest.param(
        "The Nasdaq 100 Index fell 1.9% on Tuesday, and bitcoin followed.",
        [],
        id="a-stock-index-named-by-its-exchange-is-no-coin",
    ),
    pytest.param(
        "Bitcoin fell 1%. CME's January bitcoin contract slid 11% to $61,200.",
        [
            ev("price_move", "1", "%", asset="asset:BTC", direction="down"),
            ev("price_move", "11", "%", asset="asset:BTC", venue="venue:cme", direction="down"),
            ev("price_level", "61200", asset="asset:BTC", venue="venue:cme"),
        ],
        id="guard-a-futures-exchanges-bitcoin-contract-moves",
    ),
    pytest.param(
        "The average transaction fee on Bitcoin fell to $1.20.",
        [],
        id="a-networks-fee-is-no-price",
    ),
    pytest.param(
        "Solana's daily active addresses jumped 40% to 5.1 million.",
        [],
        id="a-networks-users-are-no-price",
    ),
    pytest.param(
        "Bitcoin (BTC), the largest cryptocurrency, is traded from 58 thousand 420 dollars with"
        " a loss of 1.8 percent in the last 24 hours.",
        [
            ev("price_level", "58420", asset="asset:BTC"),
            ev("price_move", "1.8", "%", asset="asset:BTC", direction="down"),
        ],
        id="a-translated-price-in-thousands-and-a-remainder",
    ),
    pytest.param(
        "Ethereum (ETH) fell %4.2 in the last 24 hours.",
        [ev("price_move", "4.2", "%", asset="asset:ETH", direction="down")],
        id="a-percent-sign-before-the-number",
    ),
    # an asset's session close is a quote; a position's close is none
    pytest.param(
        "Litecoin finished the week 6% higher. Cardano closed at $0.734, up 3%.",
        [
            ev("price_move", "6", "%", asset="asset:LTC", direction="up"),
            ev("price_level", "0.734", asset="asset:ADA"),
        ],
        id="an-asset-closed-at-a-price",
    ),
    pytest.param(
        "Kraken liquidated a $2.7 million SOL long, closed out at $148.20.",
        [ev("liquidation", "2700000", side="long", asset="asset:SOL", venue="venue:kraken")],
        id="guard-a-position-closed-out-at-a-price",
    ),
    # "on the same exchange", "on the exchange": the venue named last before
    pytest.param(
        "Litecoin fell 5% on Kraken to $71.10. Hours later it changed hands at $74.60 on the"
        " same exchange.",
        [
            ev("price_move", "5", "%", asset="asset:LTC", venue="venue:kraken", direction="down"),
            ev("price_level", "71.1", asset="asset:LTC", venue="venue:kraken"),
            ev("price_level", "74.6", asset="asset:LTC", venue="venue:kraken"),
        ],
        id="a-price-on-the-same-exchange",
    ),
    pytest.param(
        "Cardano climbed 7% to 1,020 won on Coinone. Polkadot also gained on the platform,"
        " adding 4% to 9,870 won.",
        [
            ev("price_move", "7", "%", asset="asset:ADA", venue="venue:coinone", direction="up"),
            ev("price_level", "1020", "KRW", asset="asset:ADA", venue="venue:coinone"),
            ev("price_move", "4", "%", asset="asset:DOT", venue="venue:coinone", direction="up"),
            ev("price_level", "9870", "KRW", asset="asset:DOT", venue="venue:coinone"),
        ],
        id="a-price-on-the-platform-named-before",
    ),
    # where buyers absorb a fall, and a close a trader waits for: levels
    pytest.param(
        "Near Protocol slid 6%. Dip buyers stepped in around $4.35 twice, a trader said.",
        [
            ev("price_move", "6", "%", asset="asset:NEAR", direction="down"),
            ev("price_level", "4.35", asset="asset:NEAR", kind="support"),
        ],
        id="dip-buyers-stepping-in-around-a-price-name-a-support",
    ),
    pytest.param(
        "Q: Where does Avalanche find a bid? A: $23.70 is where buyers have shown up all spring.",
        [ev("price_level", "23.7", asset="asset:AVAX", kind="support")],
        id="a-price-where-buyers-have-shown-up-is-a-support",
    ),
    pytest.param(
        "Litecoin bulls are cautious. Invalidation for the long: a daily close under $66.40.",
        [ev("price_level", "66.4", asset="asset:LTC", kind="level")],
        id="a-daily-close-under-a-price-is-a-level",
    ),
    pytest.param(
        "Chainlink lost 9% this month; one trader wants a weekly close back above $15.20"
        " before buying.",
        [
            ev("price_move", "9", "%", asset="asset:LINK", direction="down"),
            ev("price_level", "15.2", asset="asset:LINK", kind="level"),
        ],
        id="a-weekly-close-back-above-a-price-is-a-level",
    ),
    # a change noun as the subject of a copula or of a reaching verb
    pytest.param(
        "Polkadot changed hands at $7.15 on Friday. Weekly gain is roughly 23%.",
        [
            ev("price_level", "7.15", asset="asset:DOT"),
            ev("price_move", "23", "%", asset="asset:DOT", direction="up"),
        ],
        id="a-change-noun-opening-the-sentence-is-the-topic-assets-move",
    ),
    pytest.param(
        "Avalanche traded at $18.40 overnight. The drop was 9% in a day.",
        [
            ev("price_level", "18.4", asset="asset:AVAX"),
            ev("price_move", "9", "%", asset="asset:AVAX", direction="down"),
        ],
        id="the-drop-was-a-percent-is-a-fall",
    ),
    pytest.param(
        "The Litecoin (LTC), eleventh in market value, fares worse: the fall is of 13.4%.",
        [ev("price_move", "13.4", "%", asset="asset:LTC", direction="down")],
        id="a-change-noun-after-a-colon-is-its-own-subject",
    ),
    pytest.param(
        "Cardano briefly traded at 41 yen on bitFlyer, and the day-on-day decline rate"
        " reached 7.7%.",
        [
            ev("price_level", "41", "JPY", asset="asset:ADA", venue="venue:bitflyer"),
            ev("price_move", "7.7", "%", asset="asset:ADA", direction="down"),
        ],
        id="a-decline-that-reached-a-percent-is-a-fall",
    ),
    pytest.param(
        "Bitcoin spot ETFs took in $310 million on Tuesday. The gain was 4%.",
        [ev("etf_flow", "310000000", asset="asset:BTC", direction="in")],
        id="guard-a-change-noun-after-a-flow-states-no-price-move",
    ),
    pytest.param(
        "Open interest in Aptos futures rose to $410 million. The increase was 12%.",
        [
            ev("open_interest", "410000000", asset="asset:APT", direction="up"),
            ev("open_interest", "12", "%", asset="asset:APT", direction="up"),
        ],
        id="a-change-noun-after-open-interest-is-its-change",
    ),
    # a coin ranked below the second by an epithet: no asset rather than the article's
    pytest.param(
        "Bitcoin added 2.2% on Thursday. Elsewhere, the fifth-largest coin has shed 6.1% over"
        " the past day and trades near the $0.80 level.",
        [
            ev("price_move", "2.2", "%", asset="asset:BTC", direction="up"),
            ev("price_move", "6.1", "%", asset=None, direction="down"),
            ev("price_level", "0.8", asset=None),
        ],
        id="a-coin-ranked-fifth-by-an-epithet-takes-no-asset",
    ),
    pytest.param(
        "Cardano, now the seventh-largest token by market value, climbed 8% to $1.10.",
        [
            ev("price_move", "8", "%", asset="asset:ADA", direction="up"),
            ev("price_level", "1.1", asset="asset:ADA"),
        ],
        id="guard-a-ranked-epithet-in-apposition-keeps-the-named-asset",
    ),
    # an index heading a move's subject: the market's change, no coin's
    pytest.param(
        "The MarketVector 25 index slid 4.4% on Friday as Cardano dropped 9%.",
        [
            ev("price_move", "4.4", "%", asset=None, direction="down"),
            ev("price_move", "9", "%", asset="asset:ADA", direction="down"),
        ],
        id="an-index-move-is-the-markets-not-a-later-coins",
    ),
    pytest.param(
        "Litecoin climbed 3.7%, while the broader Bitwise 10 Index (BITW) added 1.3%.",
        [
            ev("price_move", "3.7", "%", asset="asset:LTC", direction="up"),
            ev("price_move", "1.3", "%", asset=None, direction="up"),
        ],
        id="an-index-with-its-acronym-after-a-coin-move-takes-no-asset",
    ),
    pytest.param(
        "The crypto fear and greed index fell 15% as Polkadot shed 6.2%.",
        [ev("price_move", "6.2", "%", asset="asset:DOT", direction="down")],
        id="guard-a-sentiment-gauge-index-moves-no-price",
    ),
    # the asset a move is compared with is not the one that moved
    pytest.param(
        "Cardano underperformed ether, sliding 6.4% against ETH's 2.2% dip.",
        [
            ev("price_move", "6.4", "%", asset="asset:ADA", direction="down"),
            ev("price_move", "2.2", "%", asset="asset:ETH", direction="down"),
        ],
        id="the-object-of-underperformed-and-a-later-possessor-are-not-the-mover",
    ),
    pytest.param(
        "Near Protocol outpaced bitcoin on Monday, surging 14%.",
        [ev("price_move", "14", "%", asset="asset:NEAR", direction="up")],
        id="the-object-of-outpaced-is-not-the-mover",
    ),
    pytest.param(
        "Tron is up 9% this week, outpacing Litecoin, which added 1.8% over the same span.",
        [
            ev("price_move", "9", "%", asset="asset:TRX", direction="up"),
            ev("price_move", "1.8", "%", asset="asset:LTC", direction="up"),
        ],
        id="guard-an-outpaced-assets-relative-clause-moves-it",
    ),
    pytest.param(
        "Dogecoin has risen 31% this quarter, trailing Pepe's 58% advance.",
        [
            ev("price_move", "31", "%", asset="asset:DOGE", direction="up"),
            ev("price_move", "58", "%", asset="asset:PEPE", direction="up"),
        ],
        id="guard-a-possessive-object-owns-the-figure-after-it",
    ),
    # "A and B both ..." gives the figure to each, as "each" does
    pytest.param(
        "Stellar gained 3.3%, while Algorand and Hedera both dropped 5.8%.",
        [
            ev("price_move", "3.3", "%", asset="asset:XLM", direction="up"),
            ev("price_move", "5.8", "%", asset="asset:ALGO", direction="down"),
            ev("price_move", "5.8", "%", asset="asset:HBAR", direction="down"),
        ],
        id="two-coins-that-both-moved-get-one-move-each",
    ),
    pytest.param(
        "Litecoin and Monero both retreated, with Litecoin off 2.9% on the day.",
        [ev("price_move", "2.9", "%", asset="asset:LTC", direction="down")],
        id="guard-both-gives-no-later-segments-figure-to-each",
    ),
    pytest.param(
        "Both readings of ether dominance topped out in May, at 17.2% and 16.8% respectively.",
        [
            ev("dominance", "17.2", "%", asset="asset:ETH"),
            ev("dominance", "16.8", "%", asset="asset:ETH"),
        ],
        id="guard-both-with-no-names-is-no-per-item-amount",
    ),
    # "Both A and B ..." before the names: the same
    pytest.param(
        "Both Tezos and Kaspa slid 6.1% after the unlock news.",
        [
            ev("price_move", "6.1", "%", asset="asset:XTZ", direction="down"),
            ev("price_move", "6.1", "%", asset="asset:KAS", direction="down"),
        ],
        id="both-before-two-coins-gives-one-move-each",
    ),
    pytest.param(
        "Both Filecoin (FIL) and Arweave (AR) climbed 8.4% over the weekend.",
        [
            ev("price_move", "8.4", "%", asset="asset:FIL", direction="up"),
            ev("price_move", "8.4", "%", asset="asset:AR", direction="up"),
        ],
        id="both-before-bracketed-coins-gives-one-move-each",
    ),
    pytest.param(
        "Both Tezos and Kaspa slid, and Monero dropped 1.7% to $162.",
        [
            ev("price_move", "1.7", "%", asset="asset:XMR", direction="down"),
            ev("price_level", "162", asset="asset:XMR"),
        ],
        id="guard-both-before-names-gives-no-later-clauses-figure-to-each",
    ),
    # "off" and "gave back" state a fall
    pytest.param(
        "Chainlink was last off 2.3% at $13.85 in late trading.",
        [
            ev("price_move", "2.3", "%", asset="asset:LINK", direction="down"),
            ev("price_level", "13.85", asset="asset:LINK"),
        ],
        id="off-after-a-copula-is-a-fall",
    ),
    pytest.param(
        "Polkadot changes hands at $7.12, off only 0.6% over the week.",
        [
            ev("price_level", "7.12", asset="asset:DOT"),
            ev("price_move", "0.6", "%", asset="asset:DOT", direction="down"),
        ],
        id="off-only-after-a-quote-is-a-fall",
    ),
    pytest.param(
        "Pepe gave back 13% on Sunday, while Bonk gave back 9.5%.",
        [
            ev("price_move", "13", "%", asset="asset:PEPE", direction="down"),
            ev("price_move", "9.5", "%", asset="asset:BONK", direction="down"),
        ],
        id="gave-back-is-a-fall",
    ),
    pytest.param(
        "Miners sold off 3,100 BTC on Tuesday as bitcoin dropped 2.5%.",
        [ev("price_move", "2.5", "%", asset="asset:BTC", direction="down")],
        id="guard-sold-off-coins-move-no-price",
    ),
    # a signed percent in brackets after an asset is its move, its sign the direction
    pytest.param(
        "Among the majors, Litecoin (+7.4%) and Stellar (+5.9%) did best on the day.",
        [
            ev("price_move", "7.4", "%", asset="asset:LTC", direction="up"),
            ev("price_move", "5.9", "%", asset="asset:XLM", direction="up"),
        ],
        id="a-bracketed-signed-percent-after-an-asset-is-its-move",
    ),
    pytest.param(
        "Biggest losers: TIA (-12.5%), ARB (-9.1%).",
        [
            ev("price_move", "-12.5", "%", asset="asset:TIA", direction="down"),
            ev("price_move", "-9.1", "%", asset="asset:ARB", direction="down"),
        ],
        id="a-movers-heading-takes-the-sign-for-its-direction",
    ),
    pytest.param(
        "Shares of Coinbase (+3.2%) outpaced bitcoin, which rose 2.4%.",
        [ev("price_move", "2.4", "%", asset="asset:BTC", direction="up")],
        id="guard-a-bracketed-percent-after-a-venues-shares-is-no-coins-move",
    ),
    pytest.param(
        "The Kraken Bitcoin Price Index rose 2.7% to $71,480 on Sunday.",
        [
            ev("price_move", "2.7", "%", asset="asset:BTC", direction="up"),
            ev("price_level", "71480", asset="asset:BTC"),
        ],
        id="guard-an-assets-price-index-is-its-price",
    ),
    pytest.param(
        "Litecoin Tops $135 as Miners Hold",
        [ev("price_move", "135", asset="asset:LTC", direction="up")],
        id="a-headline-that-tops-a-price-moves-there",
    ),
    pytest.param(
        "Polkadot Surpasses $9 as Parachain Auctions Resume",
        [ev("price_move", "9", asset="asset:DOT", direction="up")],
        id="a-headline-that-surpasses-a-price-moves-there",
    ),
    pytest.param(
        "Avalanche Retakes $45 After Three-Day Slide",
        [ev("price_move", "45", asset="asset:AVAX", direction="up")],
        id="a-headline-that-retakes-a-price-moves-there",
    ),
    pytest.param(
        "Dogecoin Vaults Above $0.30 as Meme Coins Rally",
        [ev("price_move", "0.3", asset="asset:DOGE", direction="up")],
        id="a-headline-that-vaults-above-a-price-moves-there",
    ),
    pytest.param(
        "Stellar regained $0.41 on Wednesday, CoinGecko data show.",
        [ev("price_move", "0.41", asset="asset:XLM", direction="up")],
        id="a-price-regained-is-a-move-there",
    ),
    pytest.param(
        "Cardano must regain $1.10 before bulls can talk of a trend change.",
        [ev("price_level", "1.1", asset="asset:ADA", kind="resistance")],
        id="a-price-an-asset-must-regain-is-a-resistance",
    ),
    pytest.param(
        "Litecoin Tops $140, Then Slips Back LTC $136.20 +3.1% ADA $0.88",
        [
            ev("price_move", "140", asset="asset:LTC", direction="up"),
            ev("price_level", "136.2", asset="asset:LTC"),
            ev("price_move", "3.1", "%", asset="asset:LTC", direction="up"),
            ev("price_level", "0.88", asset="asset:ADA"),
        ],
        id="a-headline-crossing-run-into-a-ticker-strip-stays-a-move",
    ),
    pytest.param(
        "Solana liquidations reached $96 million over 24 hours.\n\nBybit Tops Venue Tally\n\n"
        "By venue, Bybit recorded $41 million.",
        [
            ev("liquidation", "96000000", asset="asset:SOL", window="PT24H"),
            ev("liquidation", "41000000", venue="venue:bybit", window="PT24H"),
        ],
        id="guard-a-heading-that-tops-no-price-keeps-the-topic",
    ),
    pytest.param(
        "Litecoin Nears $150 as Exchange Balances Thin",
        [ev("price_level", "150", asset="asset:LTC", kind="target")],
        id="a-headline-that-nears-a-price-names-a-level",
    ),
    pytest.param(
        "Toncoin flirted with $7.80 on Tuesday before sellers returned.",
        [ev("price_level", "7.8", asset="asset:TON", kind="target")],
        id="a-price-flirted-with-is-a-level-no-transfer",
    ),
    pytest.param(
        "Polkadot's rebound stalled near $8.45 on Monday.",
        [ev("price_level", "8.45", asset="asset:DOT", kind="resistance")],
        id="a-rise-that-stalled-near-a-price-names-a-resistance",
    ),
    pytest.param(
        "Aptos Struggles Below $9.60 as Unlock Nears",
        [ev("price_level", "9.6", asset="asset:APT", kind="resistance")],
        id="a-price-struggling-below-a-level-names-a-resistance",
    ),
    pytest.param(
        "Cardano Steadies Near $0.92 After Weekend Swings",
        [ev("price_level", "0.92", asset="asset:ADA", kind="price")],
        id="a-headline-that-steadies-near-a-price-quotes-it",
    ),
    pytest.param(
        "Chainlink stabilized around $17.30 after the unlock.",
        [ev("price_level", "17.3", asset="asset:LINK", kind="price")],
        id="a-price-stabilized-around-is-a-quote",
    ),
    pytest.param(
        "Bonk Soars 44% In A Day\n\nBonk (BONK) jumped 44% over the past 24 hours, CoinGecko "
        "data show.",
        [ev("price_move", "44", "%", asset="asset:BONK", direction="up")],
        id="a-headlines-day-and-the-bodys-24-hours-state-one-move",
    ),
    pytest.param(
        "IBIT Tops $50 Billion in Assets as Bitcoin Rallies",
        [],
        id="guard-a-fund-that-tops-a-sum-in-assets-states-its-size-no-flow",
    ),
    pytest.param(
        "IBIT topped $300 million in inflows on Monday.",
        [ev("etf_flow", "300000000", fund="fund:IBIT", direction="in")],
        id="guard-a-fund-that-topped-a-sum-of-inflows-is-a-flow",
    ),
    pytest.param(
        "FBTC surpassed $20 billion in assets under management on Friday.",
        [],
        id="a-fund-that-surpassed-a-sum-states-its-size-no-flow",
    ),
    pytest.param(
        "Cardano slipped 2% on Monday.\n\nRelated: Polkadot Jumps 14% To $11.20 Ahead Of Upgrade",
        [
            ev("price_move", "2", "%", asset="asset:ADA", direction="down"),
            ev("price_move", "14", "%", asset="asset:DOT", direction="up"),
            ev("price_level", "11.2", asset="asset:DOT"),
        ],
        id="a-related-headline-with-figures-states-its-own-moves",
    ),
    pytest.param(
        "Cardano holders brace for a slide to $0.40 as the unlock nears.",
        [ev("price_level", "0.4", asset="asset:ADA")],
        id="a-slide-traders-brace-for-names-a-level-no-move",
    ),
    pytest.param(
        "Litecoin speculators 'retreat' to $82 after the halving hype",
        [ev("price_level", "82", asset="asset:LTC")],
        id="what-plural-people-do-to-a-price-moves-no-price",
    ),
    pytest.param(
        "Polkadot was last up 3.4% at $7.15, gaining $0.24 from its previous close.",
        [
            ev("price_move", "3.4", "%", asset="asset:DOT", direction="up"),
            ev("price_level", "7.15", asset="asset:DOT"),
        ],
        id="a-sum-gained-after-a-percent-move-restates-it-no-level",
    ),
    pytest.param(
        "Litecoin fell 6% on Monday, shedding $5.80 to $91.20.",
        [
            ev("price_move", "6", "%", asset="asset:LTC", direction="down"),
            ev("price_level", "91.2", asset="asset:LTC"),
        ],
        id="a-sum-shed-after-a-percent-move-restates-it-no-level",
    ),
    pytest.param(
        "Avalanche rose 3%, hitting $41.60 on Coinbase.",
        [
            ev("price_move", "3", "%", asset="asset:AVAX", direction="up"),
            ev("price_level", "41.6", asset="asset:AVAX"),
        ],
        id="guard-a-price-hit-after-a-percent-move-is-the-level-reached",
    ),
    pytest.param(
        "Tokens broadly fell, with Solana down 4.2% at $131 and Polkadot off 6.3% at $5.84.",
        [
            ev("price_move", "4.2", "%", asset="asset:SOL", direction="down"),
            ev("price_level", "131", asset="asset:SOL"),
            ev("price_move", "6.3", "%", asset="asset:DOT", direction="down"),
            ev("price_level", "5.84", asset="asset:DOT"),
        ],
        id="an-asset-off-a-percent-in-a-wire-wrap-falls",
    ),
    pytest.param(
        "Whales took 2,400 ETH off Kraken on Friday, 3% of its balance.",
        [ev("transfer", "2400", "ETH", venue="venue:kraken", direction="out")],
        id="guard-off-after-coins-is-no-fall",
    ),
    # a trade plan's prices: entry, stop, take-profits, a pattern's objective, a price
    # "on the table" or "in sight", a list of "levels to watch"
    pytest.param(
        "Trader Ilse Varga's Polkadot plan: keep a stop under $3.85 and take profit first"
        " at $4.60 and then at $5.10.",
        [
            ev("price_level", "3.85", asset="asset:DOT", kind="level"),
            ev("price_level", "4.6", asset="asset:DOT"),
            ev("price_level", "5.1", asset="asset:DOT"),
        ],
        id="a-trade-plans-stop-and-take-profits-are-levels",
    ),
    pytest.param(
        "Cosmos setup. Entry: $5.42. Stop: $5.08. Target: $6.15. Entry for the Litecoin"
        " long is $84.20, with a stop-loss at $79.50.",
        [
            ev("price_level", "5.42", asset="asset:ATOM"),
            ev("price_level", "5.08", asset="asset:ATOM", kind="level"),
            ev("price_level", "6.15", asset="asset:ATOM"),
            ev("price_level", "84.2", asset="asset:LTC"),
            ev("price_level", "79.5", asset="asset:LTC", kind="level"),
        ],
        id="an-entry-and-a-stop-loss-in-prose-or-labelled-lines-are-levels",
    ),
    pytest.param(
        "The cup-and-handle pattern gives Algorand a measured objective of $0.286."
        " Stellar's first objective is $0.118, then $0.127. Take-profit levels for the Tron"
        " long are $0.262, $0.274 and $0.281.",
        [
            ev("price_level", "0.286", asset="asset:ALGO", kind="target"),
            ev("price_level", "0.118", asset="asset:XLM", kind="target"),
            ev("price_level", "0.127", asset="asset:XLM"),
            ev("price_level", "0.262", asset="asset:TRX"),
            ev("price_level", "0.274", asset="asset:TRX"),
            ev("price_level", "0.281", asset="asset:TRX"),
        ],
        id="a-patterns-objectives-are-targets-and-take-profit-levels-levels",
    ),
    pytest.param(
        "With the pennant resolved, $3.65 is on the table for Sui. Bulls now have $0.165 in"
        " sight on Dogecoin.",
        [
            ev("price_level", "3.65", asset="asset:SUI", kind="target"),
            ev("price_level", "0.165", asset="asset:DOGE"),
        ],
        id="a-price-on-the-table-or-in-sight-is-a-target",
    ),
    pytest.param(
        "Levels to watch for Chainlink this week: $13.90, $14.60 and $15.25.",
        [
            ev("price_level", "13.9", asset="asset:LINK", window="P7D"),
            ev("price_level", "14.6", asset="asset:LINK", window="P7D"),
            ev("price_level", "15.25", asset="asset:LINK", window="P7D"),
        ],
        id="levels-to-watch-are-levels",
    ),
    pytest.param(
        "Binance will stop deposits of Solana worth more than $2 million. Orvel put a 10%"
        " bounty, or about $2.3 million in ETH, on the table for the hacker.",
        [],
        id="guard-stop-as-a-verb-and-a-bounty-on-the-table-name-no-level",
    ),
    pytest.param(
        "Avalanche slipped below the $21.50 and $20.80 levels on Monday.",
        [
            ev("price_move", "21.5", asset="asset:AVAX", direction="down"),
            ev("price_move", "20.8", asset="asset:AVAX", direction="down"),
        ],
        id="guard-plural-levels-after-a-crossing-verb-are-moves",
    ),
    # how far the price stands from a level: "shy of", "off" a dated peak, below a named
    # price's level, below where it stood
    pytest.param(
        "Polkadot is still 41% shy of its all-time high, and Arbitrum trades 8.5% off last"
        " Friday's peak.",
        [
            ev("price_move", "41", "%", asset="asset:DOT", direction="down"),
            ev("price_move", "8.5", "%", asset="asset:ARB", direction="down"),
        ],
        id="a-percent-shy-of-or-off-a-dated-peak-is-a-move-down",
    ),
    pytest.param(
        "Avalanche is 5.2% below the $24 level it reached on Tuesday.",
        [
            ev("price_move", "5.2", "%", asset="asset:AVAX", direction="down"),
            ev("price_level", "24", asset="asset:AVAX"),
        ],
        id="a-percent-below-a-named-prices-level-is-a-move-down",
    ),
    pytest.param(
        "Litecoin sits 11% below where it stood in early March, while Near Protocol is 3.4%"
        " above where it started the week.",
        [
            ev("price_move", "11", "%", asset="asset:LTC", direction="down"),
            ev("price_move", "3.4", "%", asset="asset:NEAR", direction="up"),
        ],
        id="a-percent-below-or-above-where-the-price-stood-is-a-move",
    ),
    pytest.param(
        "Solana bounced 9% off Monday's low, and Cosmos rebounded 7% off its low.",
        [
            ev("price_move", "9", "%", asset="asset:SOL", direction="up"),
            ev("price_move", "7", "%", asset="asset:ATOM", direction="up"),
        ],
        id="a-rise-off-a-low-keeps-its-verbs-direction",
    ),
    pytest.param(
        "The max pain point for Ether is $2,750, about 6% below the current price.",
        [ev("price_level", "2750", asset="asset:ETH")],
        id="guard-a-percent-below-the-current-price-is-no-move",
    ),
    # where orders wait and where a candle's wick reached: walls in a book, wicks, a price
    # pinned or coiled, an unfilled futures gap, a volume profile's point of control
    pytest.param(
        "Order-book data show a sell wall at $0.0412 on Binance's HBAR/USDT book and a bid"
        " wall near $0.0385.",
        [
            ev("price_level", "0.0412", asset="asset:HBAR", venue="venue:binance"),
            ev("price_level", "0.0385", asset="asset:HBAR", venue="venue:binance"),
        ],
        id="sell-and-bid-walls-in-a-book-are-levels",
    ),
    pytest.param(
        "Ether's latest wick reaching $3,688 was faded within the hour. Litecoin printed a"
        " lower wick to $78.40 on Kraken.",
        [
            ev("price_level", "3688", asset="asset:ETH", direction=None),
            ev("price_level", "78.4", asset="asset:LTC", venue="venue:kraken"),
        ],
        id="a-wick-to-a-price-is-a-level-no-move",
    ),
    pytest.param(
        "Aptos is pinned near $7.35 ahead of the unlock, and Sui has been coiling between"
        " $3.42 and $3.58 all week.",
        [
            ev("price_level", "7.35", asset="asset:APT"),
            ev("price_level", None, asset="asset:SUI"),
        ],
        id="a-price-pinned-near-or-coiling-in-a-range-is-a-level",
    ),
    pytest.param(
        "The CME gap near $92,300 still hangs below Bitcoin. The volume profile's point of"
        " control for Solana is $166.",
        [
            ev("price_level", "92300", asset="asset:BTC"),
            ev("price_level", "166", asset="asset:SOL"),
        ],
        id="a-futures-gap-and-a-point-of-control-are-levels",
    ),
    pytest.param(
        "Tamsk Capital would accumulate near $0.512 on Cardano.",
        [ev("price_level", "0.512", asset="asset:ADA")],
        id="where-a-trader-accumulates-is-a-level",
    ),
    pytest.param(
        "Metaplanet plans to buy around $40 million of bitcoin. Ether slid 3% in a sharp"
        " wick lower on Tuesday.",
        [ev("price_move", "3", "%", asset="asset:ETH", direction="down")],
        id="guard-buying-a-sum-and-a-wicks-percent-name-no-level",
    ),
    # the price the market watches, one it needs to flip, a forecast's scenarios
    pytest.param(
        'For Cardano bulls, $0.45 was the number traders watched all week. "Everybody is'
        ' staring at $2.20 on XRP," said Noor Haddad of Quintel Markets.',
        [
            ev("price_level", "0.45", asset="asset:ADA"),
            ev("price_level", "2.2", asset="asset:XRP", kind="level"),
        ],
        id="the-number-everyone-watches-or-stares-at-is-a-level",
    ),
    pytest.param(
        "Avalanche needs to flip $27.80 to restart its uptrend.",
        [ev("price_level", "27.8", asset="asset:AVAX")],
        id="a-price-an-asset-needs-to-flip-is-a-level",
    ),
    pytest.param(
        "Polkadot outlook for 2027. Bearish case: $2.90. Base case: $4.40-$5.10. Bullish"
        " case: $7.25.",
        [
            ev("price_level", "2.9", asset="asset:DOT", kind="target"),
            ev("price_level", None, asset="asset:DOT"),
            ev("price_level", "7.25", asset="asset:DOT"),
        ],
        id="a-forecasts-bear-base-and-bull-cases-are-targets",
    ),
    pytest.param(
        "Analysts are staring at a $300 million options expiry for Ether on Friday, and"
        " funding on Bybit flipped to 0.012%.",
        [ev("funding_rate", "0.012", "%", venue="venue:bybit")],
        id="guard-staring-at-a-sum-and-a-flipped-rate-name-no-level",
    ),
    # Fibonacci levels with their price, a pivot calculator's S1 and R1, a support that holds
    pytest.param(
        "The 61.8% Fibonacci retracement at $0.0917 is Stellar's next support, and Cardano"
        " pushed past its 38.2% Fib retracement level at $0.71.",
        [
            ev("price_level", "0.0917", asset="asset:XLM"),
            ev("price_level", "0.71", asset="asset:ADA"),
        ],
        id="a-fibonacci-levels-price-is-a-level-and-its-percent-no-move",
    ),
    pytest.param(
        "Kraken's pivot calculator puts Solana's daily pivot at $171.20, with R1 at $176.40"
        " and S1 at $166.90.",
        [
            ev("price_level", "171.2", asset="asset:SOL"),
            ev("price_level", "176.4", asset="asset:SOL", kind="resistance"),
            ev("price_level", "166.9", asset="asset:SOL", kind="support"),
        ],
        id="a-pivot-calculators-s1-and-r1-are-levels",
    ),
    pytest.param(
        "LTC Price Analysis: Support Holds at $82.30",
        [ev("price_level", "82.3", asset="asset:LTC", kind="support")],
        id="a-headlines-support-holding-at-a-price-is-a-support",
    ),
    pytest.param(
        "Binance holds at least $2 million in Solana for its users. Solana rose 4% to $181,"
        " above its 61.8% Fibonacci retracement.",
        [
            ev("price_move", "4", "%", asset="asset:SOL", direction="up"),
            ev("price_level", "181", asset="asset:SOL"),
        ],
        id="guard-a-venue-holding-a-sum-and-a-fibonacci-percent-name-no-level",
    ),
    # where buyers take every dip is a support, no fall
    pytest.param(
        '"I keep buying every dip into $0.084 on Dogecoin," trader Mina Sorell wrote. Whales'
        " have scooped up Chainlink on each pullback below $12.40 since June.",
        [
            ev("price_level", "0.084", asset="asset:DOGE", kind="support"),
            ev("price_level", "12.4", asset="asset:LINK", direction=None),
        ],
        id="every-dip-into-a-price-is-a-support-no-move",
    ),
    pytest.param(
        "Chainlink took a dip below $12.40 on Monday.",
        [ev("price_move", "12.4", asset="asset:LINK", direction="down")],
        id="guard-a-dip-that-happened-is-a-move",
    ),
    # second probe round: a window word in the level's phrase, a projected move with its
    # direction, "everyone is watching", bear and bull scenarios
    pytest.param(
        "Polygon is trading 6.2% off the monthly high of $0.284.",
        [
            ev("price_move", "6.2", "%", asset="asset:POL", direction="down"),
            ev("price_level", "0.284", asset="asset:POL"),
        ],
        id="a-percent-off-a-monthly-high-is-a-move-down",
    ),
    pytest.param(
        "The rising wedge projects a measured move down to $9.85 for Chainlink."
        ' "Everyone is watching $1.10 on Sui," said Ottilie Brand of Norrow Capital.',
        [
            ev("price_level", "9.85", asset="asset:LINK", kind="target"),
            ev("price_level", "1.1", asset="asset:SUI", direction=None),
        ],
        id="a-projected-measured-move-and-a-watched-price-are-levels",
    ),
    pytest.param(
        "Bullish scenario for Hedera: $0.33. Bearish scenario: $0.19.",
        [
            ev("price_level", "0.33", asset="asset:HBAR", kind="target"),
            ev("price_level", "0.19", asset="asset:HBAR", kind="target"),
        ],
        id="bull-and-bear-scenarios-are-targets",
    ),
    # a change verb that crosses "the mark of" a price moves to it, also placed after it
    # as translated German does ("has the mark of ... overcome", "under the mark of ...
    # fallen"), and so does one that crosses by itself ("topped the $25 mark")
    pytest.param(
        "Polkadot has in the night to Friday the mark of 8,00 US-Dollar overcome.",
        [ev("price_move", "8", asset="asset:DOT", direction="up")],
        id="translated-verb-final-mark-overcome-is-a-move-up-to-it",
    ),
    pytest.param(
        "Litecoin is on Monday under the mark of 70 US-Dollar fallen.",
        [ev("price_move", "70", asset="asset:LTC", direction="down")],
        id="translated-verb-final-under-the-mark-fallen-is-a-move-down",
    ),
    pytest.param(
        "Avalanche exceeded the threshold of 45 dollars for the first time since May.",
        [ev("price_move", "45", asset="asset:AVAX", direction="up")],
        id="exceeded-the-threshold-of-a-price-is-a-move-to-it",
    ),
    pytest.param(
        "Chainlink topped the $25 mark on Tuesday.",
        [ev("price_move", "25", asset="asset:LINK", direction="up")],
        id="topped-the-mark-crosses-it-without-a-preposition",
    ),
    pytest.param(
        "Toncoin lost the level of the 5 dollars on Wednesday.",
        [ev("price_move", "5", asset="asset:TON", direction="down")],
        id="translated-lost-the-level-of-the-price-is-a-move-down",
    ),
    pytest.param(
        "Cardano has the mark of 0,80 US-Dollar undershot and costs now 0,7850 US-Dollar.",
        [
            ev("price_move", "0.8", asset="asset:ADA", direction="down"),
            ev("price_level", "0.785", asset="asset:ADA"),
        ],
        id="translated-undershot-the-mark-is-a-move-down",
    ),
    pytest.param(
        "Stellar failed to overcome the mark of 0,45 US-Dollar.",
        [ev("price_level", "0.45", asset="asset:XLM")],
        id="guard-a-mark-it-failed-to-overcome-is-a-level",
    ),
    pytest.param(
        "Solana broke through the mark of $210 and slid to $198 on Kraken.",
        [
            ev("price_level", "210", asset="asset:SOL"),
            ev("price_move", "198", asset="asset:SOL", direction="down"),
        ],
        id="guard-broke-through-the-mark-of-names-no-direction",
    ),
    pytest.param(
        "Dogecoin slipped below the psychological level of $0.30.",
        [ev("price_level", "0.3", asset="asset:DOGE", kind="psychological")],
        id="guard-a-psychological-level-crossed-stays-a-level",
    ),
    # translated German "Kurs": the course lies (stands, lay) at a price, a quote
    pytest.param(
        "Aptos gained 6,1 percent on Monday. Currently the course lies at 9,85 US-Dollar.",
        [
            ev("price_move", "6.1", "%", asset="asset:APT", direction="up"),
            ev("price_level", "9.85", asset="asset:APT", kind="price"),
        ],
        id="translated-the-course-lies-at-is-a-quote",
    ),
    pytest.param(
        "Litecoin slid 2,4 percent. In Euro calculated lies the course at 71,20 Euro.",
        [
            ev("price_move", "2.4", "%", asset="asset:LTC", direction="down"),
            ev("price_level", "71.2", "EUR", asset="asset:LTC"),
        ],
        id="translated-inverted-lies-the-course-at-is-a-quote",
    ),
    # translated Indonesian "melemah" and "menguat", uninflected
    pytest.param(
        "Based on data Indodax, ADA weaken 4,7 percent in 24 hours.",
        [ev("price_move", "4.7", "%", asset="asset:ADA", direction="down", window="PT24H")],
        id="translated-weaken-is-a-fall",
    ),
    pytest.param(
        "Based on data Tokocrypto, DOGE strengthen 8,9 percent in 24 hours.",
        [ev("price_move", "8.9", "%", asset="asset:DOGE", direction="up", window="PT24H")],
        id="translated-strengthen-is-a-rise",
    ),
    # a currency that "the" names as the subject moves no coin
    pytest.param(
        "Litecoin rose 2% as the dollar weakened 0.7% and the yen slid 1.1%.",
        [ev("price_move", "2", "%", asset="asset:LTC", direction="up")],
        id="a-currency-as-the-subject-of-a-change-moves-no-coin",
    ),
]

METRICS = [
    pytest.param(
        "Ether funding on Bybit held at 0.0045% this week, well short of the 0.01% neutral"
        " baseline.",
        [ev("funding_rate", "0.0045", "%", asset="asset:ETH")],
        id="a-neutral-baseline-is-no-reading",
    ),
    pytest.param(
        "Cardano Short Squeeze Clears $212 Million; Open Interest Climbs to $1.9 Billion."
        " Long positions accounted for $58 million of the total.",
        [
            ev("liquidation", "212000000"),
            ev("open_interest", "1900000000", direction="up"),
        ],
        id="a-figure-one-side-owns-is-no-open-interest-carried",
    ),
    pytest.param(
        "Cardano open interest slid to $610 million, though ADA funding on Bybit held"
        " slightly positive at 0.0039%.",
        [
            ev("open_interest", "610000000", asset="asset:ADA", direction="down"),
            ev(
                "funding_rate",
                "0.0039",
                "%",
                asset="asset:ADA",
                venue="venue:bybit",
                direction=None,
            ),
        ],
        id="funding-held-positive-at-a-reading-keeps-its-sign",
    ),
    pytest.param(
        "Funding on Bybit's BTC perpetual dipped to -0.012% on Tuesday before normalising"
        " near 0.005% by Saturday.",
        [
            ev("funding_rate", "-0.012", "%", venue="venue:bybit", direction="down"),
            ev("funding_rate", "0.005", "%", venue="venue:bybit", direction=None),
        ],
        id="a-verb-whose-move-ended-at-a-reading-does-not-move-the-next",
    ),
    pytest.param(
        "The long/short ratio on OKX rose to 1.31, while bitcoin funding across major venues"
        " averaged 0.0061% per eight hours.",
        [
            ev("funding_rate", "0.0061", "%", asset="asset:BTC", venue=None),
        ],
        id="funding-across-venues-is-no-one-venues",
    ),
    pytest.param(
        "Dogecoin jumped 9% to $0.21, and 8-hour funding for DOGE averaged 0.022% across"
        " major venues.",
        [
            ev("price_move", "9", "%", asset="asset:DOGE", direction="up", window=None),
            ev("price_level", "0.21", asset="asset:DOGE"),
            ev("funding_rate", "0.022", "%", asset="asset:DOGE", window=None),
        ],
        id="an-eight-hour-funding-rate-states-no-window",
    ),
    pytest.param(
        "The annualized basis on the six-month ether futures firmed to 8.5%, and ETH funding"
        " on OKX held at 0.012%.",
        [ev("funding_rate", "0.012", "%", asset="asset:ETH", venue="venue:okx", window=None)],
        id="a-contract-term-states-no-window",
    ),
    pytest.param(
        "Dogecoin open interest dropped to $1.1 billion. Cardano's stood at $380 million.",
        [
            ev("open_interest", "1100000000", asset="asset:DOGE", direction="down"),
            ev("open_interest", "380000000", asset="asset:ADA", direction=None),
        ],
        id="a-reading-verb-keeps-the-carried-metric-directionless",
    ),
    pytest.param(
        "Dogecoin open interest rose to $1.2 billion. Cardano contracts outstanding grew"
        " faster, to $520 million from $430 million, a 21% jump.",
        [
            ev("open_interest", "1200000000", asset="asset:DOGE", direction="up"),
            ev("open_interest", "520000000", asset="asset:ADA", direction="up"),
        ],
        id="contracts-outstanding-are-open-interest",
    ),
    pytest.param(
        "Avalanche open interest climbed to $640 million. Polkadot's was little changed at"
        " $290 million.",
        [
            ev("open_interest", "640000000", asset="asset:AVAX", direction="up"),
            ev("open_interest", "290000000", asset="asset:DOT", direction=None),
        ],
        id="little-changed-states-no-carried-direction",
    ),
    pytest.param(
        "Dogecoin open interest dropped to $1.1 billion. Cardano's shrank to $380 million.",
        [
            ev("open_interest", "1100000000", asset="asset:DOGE", direction="down"),
            ev("open_interest", "380000000", asset="asset:ADA", direction="down"),
        ],
        id="guard-a-change-verb-gives-the-carried-metric-its-direction",
    ),
    pytest.param(
        "The one-month SOL futures premium jumped to 14%, while Bybit funding for SOL printed"
        " 0.021%.",
        [ev("funding_rate", "0.021", "%", asset="asset:SOL", venue="venue:bybit", window=None)],
        id="a-futures-premium-is-no-price-move",
    ),
    pytest.param(
        "Dogecoin slid 5% in the 12-hour stretch, and Cardano open interest fell to $410 million.",
        [
            ev("price_move", "5", "%", asset="asset:DOGE", direction="down", window="PT12H"),
            ev("open_interest", "410000000", asset="asset:ADA", direction="down"),
        ],
        id="guard-a-duration-before-no-contract-noun-is-a-window",
    ),
    pytest.param(
        "Net outflows across all exchanges hit 31,200 ETH over the week, with Kraken alone"
        " seeing 12,900 ETH leave.",
        [
            ev("exchange_flow", "31200", "ETH", venue=None, direction="out"),
            ev("exchange_flow", "12900", "ETH", venue="venue:kraken", direction="out"),
        ],
        id="guard-a-venue-in-its-own-segment-names-a-part-of-an-all-exchange-flow",
    ),
    pytest.param(
        "Ether dominance slipped to 12.9%. Altcoin dominance, the joint share of SOL and XRP,"
        " rose to 6.3%.",
        [
            ev("dominance", "12.9", "%", asset="asset:ETH", direction="down"),
            ev("dominance", "6.3", "%", direction="up"),
        ],
        id="an-and-inside-a-metrics-apposition-does-not-cut-it-from-its-verb",
    ),
    pytest.param(
        "Avalanche open interest reached $610 million, while funding held near 0.0104%.",
        [
            ev("open_interest", "610000000", asset="asset:AVAX", direction="up"),
            ev("funding_rate", "0.0104", "%", asset="asset:AVAX"),
        ],
        id="a-metric-that-held-near-a-figure-kept-that-reading",
    ),
    pytest.param(
        "Solana's dominance – the part of total crypto market value that is held in SOL – rose"
        " to 3.6% this week.",
        [ev("dominance", "3.6", "%", asset="asset:SOL", direction="up")],
        id="a-definition-between-spaced-en-dashes-is-an-aside-of-the-metric",
    ),
    pytest.param(
        "Ether rose 4% to $3,100 this week. Solana open interest slipped 2% to $6.3 billion."
        " Funding on major venues averaged 0.007%.",
        [
            ev("price_move", "4", "%", asset="asset:ETH", direction="up"),
            ev("price_level", "3100", asset="asset:ETH"),
            ev("open_interest", "6300000000", asset="asset:SOL", direction="down"),
            ev("funding_rate", "0.007", "%", asset="asset:SOL"),
        ],
        id="funding-naming-no-asset-after-an-open-interest-takes-its-asset",
    ),
    pytest.param(
        "Derivatives Board\n\nSolana open interest slipped 2% to $6.3 billion.\n\nFunding, 8h,"
        " ETH perpetuals\n• Binance: 0.0091%\n• OKX: 0.0064%",
        [
            ev("open_interest", "6300000000", asset="asset:SOL", direction="down"),
            ev("funding_rate", "0.0091", "%", asset="asset:ETH", venue="venue:binance"),
            ev("funding_rate", "0.0064", "%", asset="asset:ETH", venue="venue:okx"),
        ],
        id="a-funding-heading-that-names-an-asset-gives-it-to-its-lines",
    ),
    pytest.param(
        "Ether rose 4% to $3,100 this week. Solana open interest slipped 2% to $6.3 billion."
        " Funding across the crypto market averaged 0.007%.",
        [
            ev("price_move", "4", "%", asset="asset:ETH", direction="up"),
            ev("price_level", "3100", asset="asset:ETH"),
            ev("open_interest", "6300000000", asset="asset:SOL", direction="down"),
            ev("funding_rate", "0.007", "%", asset=None),
        ],
        id="market-wide-funding-after-an-open-interest-takes-no-asset",
    ),
    pytest.param(
        "Solana's OI-weighted rate averaged 0.0052% per 8h this week and slipped negative on"
        " OKX (-0.0019%) on Sunday.",
        [
            ev("funding_rate", "0.0052", "%", asset="asset:SOL"),
            ev(
                "funding_rate",
                "-0.0019",
                "%",
                asset="asset:SOL",
                venue="venue:okx",
                direction="down",
            ),
        ],
        id="a-percent-a-verb-takes-past-a-sign-word-is-a-funding-rate",
    ),
    pytest.param(
        "Funding on Bybit's ETHUSDT perpetual turned negative at -0.0044%, while Binance and OKX"
        " showed -0.0029% and -0.0012%, respectively.",
        [
            ev(
                "funding_rate",
                "-0.0044",
                "%",
                asset="asset:ETH",
                venue="venue:bybit",
                direction="down",
            ),
            ev(
                "funding_rate",
                "-0.0029",
                "%",
                asset="asset:ETH",
                venue="venue:binance",
                direction=None,
            ),
            ev(
                "funding_rate", "-0.0012", "%", asset="asset:ETH", venue="venue:okx", direction=None
            ),
        ],
        id="bare-percents-after-a-funding-reading-of-the-sentence-are-its-readings",
    ),
    pytest.param(
        "Ether's share rose to 14.1% this week, while SOL gained 3%.",
        [
            ev("dominance", "14.1", "%", asset="asset:ETH", direction="up"),
            ev("price_move", "3", "%", asset="asset:SOL", direction="up"),
        ],
        id="a-change-a-verb-takes-after-a-dominance-reading-stays-a-price-move",
    ),
    pytest.param(
        "Ether's dominance, its slice of total crypto value, slipped to 13.1% on Monday.",
        [ev("dominance", "13.1", "%", asset="asset:ETH", direction="down")],
        id="an-apposition-that-defines-the-dominance-is-no-subject-of-its-own",
    ),
    pytest.param(
        "Funding on OKX's ether perpetual swaps, a fee whose value tracks the premium, slid to"
        " -0.0061%.",
        [
            ev(
                "funding_rate",
                "-0.0061",
                "%",
                asset="asset:ETH",
                venue="venue:okx",
                direction="down",
            )
        ],
        id="an-apposition-that-defines-funding-is-no-subject-of-its-own",
    ),
    pytest.param(
        "Bybit's SOLUSDT perp funded at an average 0.064% per 8h over the weekend, roughly 70%"
        " annualised.",
        [ev("funding_rate", "0.064", "%", asset="asset:SOL", venue="venue:bybit")],
        id="a-contract-funded-at-a-percent-per-some-hours-is-its-funding-rate",
    ),
    pytest.param(
        "DOGE perps on OKX are now paying 0.0371% per eight hours.",
        [ev("funding_rate", "0.0371", "%", asset="asset:DOGE", venue="venue:okx")],
        id="perps-paying-a-percent-per-eight-hours-in-words-is-a-funding-rate",
    ),
    pytest.param(
        "Deribit's SOL-PERP, which settles hourly, ran at 0.0094% per hour on Monday.",
        [ev("funding_rate", "0.0094", "%", asset="asset:SOL", venue="venue:deribit")],
        id="a-perpetuals-ticker-running-at-a-percent-per-hour-is-its-funding-rate",
    ),
    pytest.param(
        "Staking on the network pays 0.002% per hour, and ADA fell 3%.",
        [ev("price_move", "3", "%", asset="asset:ADA", direction="down")],
        id="a-percent-per-hour-without-a-contract-or-funding-is-no-funding-rate",
    ),
    pytest.param(
        "Funding rates ran hot all week. On Bybit, the ETHUSDT perpetual printed 0.0912% on"
        " Friday, its highest since March, before easing back to 0.0233%.",
        [
            ev("funding_rate", "0.0912", "%", asset="asset:ETH", venue="venue:bybit"),
            ev(
                "funding_rate",
                "0.0233",
                "%",
                asset="asset:ETH",
                venue="venue:bybit",
                direction="down",
            ),
        ],
        id="a-move-to-a-percent-after-a-funding-reading-is-a-later-reading",
    ),
    pytest.param(
        "Open interest in ether futures dropped 6% to $14.2 billion. Funding across exchanges"
        " flipped negative, with the OI-weighted ETH rate at -0.0063%.",
        [
            ev("open_interest", "14200000000", asset="asset:ETH", direction="down"),
            ev("funding_rate", "-0.0063", "%", asset="asset:ETH", direction="down"),
        ],
        id="a-sentences-own-funding-rate-anaphor-beats-the-carried-open-interest-topic",
    ),
    pytest.param(
        "Solana's share rose from 2.9% to 3.4% this month, while DOGE's nearly tripled, to 1.2%.",
        [
            ev("dominance", "3.4", "%", asset="asset:SOL", direction="up"),
            ev("dominance", "1.2", "%", asset="asset:DOGE", direction="up"),
        ],
        id="an-elided-share-after-a-possessive-and-an-adverb-continues-the-dominance",
    ),
    pytest.param(
        "The dominance of ether in the market stands at 13,2%, while that of solana climbed"
        " to 3,9%.",
        [
            ev("dominance", "13.2", "%", asset="asset:ETH"),
            ev("dominance", "3.9", "%", asset="asset:SOL", direction="up"),
        ],
        id="translated-that-of-an-asset-continues-the-dominance",
    ),
    pytest.param(
        "Bitcoin dominance rose to 57.1% while ether fell 4% to $2,310.",
        [
            ev("dominance", "57.1", "%", asset="asset:BTC", direction="up"),
            ev("price_move", "4", "%", asset="asset:ETH", direction="down"),
            ev("price_level", "2310", asset="asset:ETH"),
        ],
        id="a-percent-change-after-a-dominance-reading-stays-a-price-move",
    ),
    pytest.param(
        "Funding on the XBTUSD perpetual climbed to 0.0213% as longs piled in.",
        [
            ev(
                "funding_rate",
                "0.0213",
                "%",
                asset="asset:BTC",
                venue="venue:bitmex",
                direction="up",
            )
        ],
        id="funding-of-a-contract-only-one-venue-lists-is-that-venues",
    ),
    pytest.param(
        'Solana open interest climbed 9% to $6.1 billion. "There is a thick band of long'
        ' liquidity sitting just below $188," a desk analyst said.',
        [
            ev("open_interest", "6100000000", asset="asset:SOL", direction="up"),
            ev("price_level", "188", asset="asset:SOL"),
        ],
        id="a-price-sized-sum-after-a-position-word-is-no-open-interest-of-the-topic",
    ),
    pytest.param(
        "OKX open interest in ETH perpetuals fell from $9.1B to $8.4B overnight. My pivot:"
        " $2,950 is the one number for ETH.",
        [
            ev("open_interest", "8400000000", asset="asset:ETH", direction="down"),
            ev("price_level", "2950", asset="asset:ETH"),
        ],
        id="a-price-sized-sum-said-of-an-asset-after-it-is-no-open-interest-of-the-topic",
    ),
    pytest.param(
        "Leverage is building in Chainlink (LINK). Notional held in active futures contracts"
        " on the token grew to $1.31 billion on Monday. Binance accounts for $420 million of"
        " that, while Bybit and OKX hold $260 million and $180 million, respectively.",
        [
            ev("open_interest", "1310000000", asset="asset:LINK", direction="up"),
            ev("open_interest", "420000000", asset="asset:LINK", venue="venue:binance"),
            ev("open_interest", "260000000", asset="asset:LINK", venue="venue:bybit"),
            ev("open_interest", "180000000", asset="asset:LINK", venue="venue:okx"),
        ],
        id="the-value-locked-in-active-futures-contracts-is-open-interest",
    ),
    pytest.param(
        "The open position amount in Cardano futures decreased 7 percent to 890 million dollars.",
        [ev("open_interest", "890000000", asset="asset:ADA", direction="down")],
        id="a-translated-open-position-amount-is-open-interest",
    ),
    pytest.param(
        "Litecoin open interest was cut by $140 million overnight as longs unwound. Avalanche"
        " futures open interest was reduced by 9% to $530 million on Tuesday.",
        [
            ev("open_interest", "140000000", asset="asset:LTC", direction="down"),
            ev("open_interest", "530000000", asset="asset:AVAX", direction="down"),
        ],
        id="a-metric-that-was-cut-or-reduced-by-a-figure-fell",
    ),
    pytest.param(
        "Open interest of Dogecoin futures reduced 310 million USD, down to 1.9 billion USD.",
        [
            ev(
                "open_interest",
                "1900000000",
                asset="asset:DOGE",
                direction="down",
                figures=["310000000"],
            ),
        ],
        id="a-metric-reduced-by-a-change-down-to-a-level-is-one-fall",
    ),
    pytest.param(
        "Ether futures open interest slipped to $17.6 billion this week; Bybit's held near"
        " $4.2 billion.",
        [
            ev("open_interest", "17600000000", asset="asset:ETH", direction="down"),
            ev("open_interest", "4200000000", asset="asset:ETH", venue="venue:bybit"),
        ],
        id="a-venue-holding-part-of-the-open-interest-its-sentence-states",
    ),
    pytest.param(
        "Ether futures open interest rose to $19.2 billion on Friday. CME carries $3.4 billion"
        " of the total, and Binance holds $5.1 billion of the total.",
        [
            ev("open_interest", "19200000000", asset="asset:ETH", direction="up"),
            ev("open_interest", "3400000000", asset="asset:ETH", venue="venue:cme"),
            ev("open_interest", "5100000000", asset="asset:ETH", venue="venue:binance"),
        ],
        id="a-venue-that-holds-a-part-of-the-total-open-interest",
    ),
    pytest.param(
        "Ether futures OI rose to $19.7 billion on Tuesday, while the Avalanche figure swelled"
        " 38% to $610 million.",
        [
            ev("open_interest", "19700000000", asset="asset:ETH", direction="up"),
            ev("open_interest", "610000000", asset="asset:AVAX", direction="up"),
        ],
        id="an-assets-figure-is-the-topics-metric",
    ),
    pytest.param(
        "Ether dominance jumps to 18.4%\n\n"
        "Ether's share of the combined value of all crypto assets climbed to 18.4% on Monday,"
        " up from 12.9% in March \u2013 a gain of 5.5 percentage points in two months.",
        [
            ev(
                "dominance",
                "18.4",
                "%",
                asset="asset:ETH",
                direction="up",
                figures=["12.9", "5.5"],
            )
        ],
        id="a-share-of-the-combined-value-of-all-crypto-assets-is-dominance",
    ),
    pytest.param(
        "Funding rates jumped across large caps. Solana's OI-weighted rate hit 0.06% per eight"
        " hours on Friday, and ADA's reached 0.041% and 0.057% on Bybit and OKX, respectively.",
        [
            ev("funding_rate", "0.06", "%", asset="asset:SOL"),
            ev("funding_rate", "0.041", "%", asset="asset:ADA", venue="venue:bybit"),
            ev("funding_rate", "0.057", "%", asset="asset:ADA", venue="venue:okx"),
        ],
        id="an-assets-possessive-before-the-verb-leaves-out-the-rate-named-before",
    ),
    pytest.param(
        "Bitcoin dominance slipped to 54.2% on Monday, while ether's share stands at 14.1%.",
        [
            ev("dominance", "54.2", "%", asset="asset:BTC", direction="down"),
            ev("dominance", "14.1", "%", asset="asset:ETH"),
        ],
        id="an-assets-share-that-stands-at-a-figure-is-its-dominance",
    ),
    pytest.param(
        "Bitcoin dominance is back above 60%. In 2019 bitcoin's share bottomed at 36.4%.",
        [
            ev("dominance", "60", "%", asset="asset:BTC"),
            ev("dominance", "36.4", "%", asset="asset:BTC"),
        ],
        id="a-year-before-an-assets-name-is-a-date-not-coins",
    ),
    pytest.param(
        "Bitcoin dominance rose to 57.9%. Memecoins as a group slid to 2.2% of the market.",
        [
            ev("dominance", "57.9", "%", asset="asset:BTC", direction="up"),
            ev("dominance", "2.2", "%", asset=None, direction="down"),
        ],
        id="a-group-s-share-of-the-market-has-no-asset-and-its-verbs-direction",
    ),
    pytest.param(
        "Bitcoin dominance eased to 55%. SOL's slice of the market has ballooned to 4.6%.",
        [
            ev("dominance", "55", "%", asset="asset:BTC", direction="down"),
            ev("dominance", "4.6", "%", asset="asset:SOL", direction="up"),
        ],
        id="ballooned-is-a-rise",
    ),
    pytest.param(
        "APT rose 7% on Tuesday. Trading volume for the token surged 120% to $910 million.",
        [ev("price_move", "7", "%", asset="asset:APT", direction="up")],
        id="a-noun-before-for-the-token-is-the-subject-not-the-token",
    ),
    pytest.param(
        "Ether's share of the crypto market climbed to 21.4% this week. It traded at $3,870"
        " on Thursday, up 2.6% over 24 hours.",
        [
            ev("dominance", "21.4", "%", asset="asset:ETH", direction="up"),
            ev("price_level", "3870", asset="asset:ETH"),
            ev("price_move", "2.6", "%", asset="asset:ETH", direction="up"),
        ],
        id="an-anaphor-that-a-price-was-quoted-for-is-the-asset",
    ),
    pytest.param(
        "Solana's dominance rose to 4.9% on Monday. It changed hands at $212, about 9% below"
        " its January record of $233.",
        [
            ev("dominance", "4.9", "%", asset="asset:SOL", direction="up"),
            ev("price_level", "212", asset="asset:SOL"),
            ev("price_move", "9", "%", asset="asset:SOL", direction="down"),
            ev("price_level", "233", asset="asset:SOL"),
        ],
        id="a-percent-off-a-priced-record-is-the-prices-distance",
    ),
    pytest.param(
        "Open interest in ether futures stood at $9.1 billion on Friday, about 12% below its"
        " March record of $10.3 billion.",
        [
            ev("open_interest", "9100000000", asset="asset:ETH", direction="down"),
            ev("open_interest", "10300000000", asset="asset:ETH"),
        ],
        id="a-percent-off-a-metrics-own-record-stays-the-metrics",
    ),
    pytest.param(
        "Bitcoin's dominance slid to 47.3% on Tuesday, down from 55.8% in March \u2013 a drop"
        " of more than 8 percentage points in two months.",
        [
            ev(
                "dominance",
                "47.3",
                "%",
                asset="asset:BTC",
                direction="down",
                figures=["55.8", "8"],
            )
        ],
        id="percentage-points-after-a-dash-restate-the-shares-change",
    ),
    pytest.param(
        "Funding rates for XRP ran hot this week. On Bybit it touched 0.0531% on Tuesday,"
        " which annualizes to about 58%.",
        [ev("funding_rate", "0.0531", "%", asset="asset:XRP", venue="venue:bybit")],
        id="annualizes-to-restates-the-reading",
    ),
    pytest.param(
        "Gate's AVAX perpetual funding rose to 0.052%. Annualized, that comes to about 57%, a"
        " level last seen before the spring sell-off. Kucoin's LINKUSDT perpetual funding"
        " printed 0.084% per eight hours, meaning longs paid shorts roughly 0.25% a day to"
        " stay in.",
        [
            ev("funding_rate", "0.052", "%", asset="asset:AVAX", venue="venue:gate"),
            ev("funding_rate", "0.084", "%", asset="asset:LINK", venue="venue:kucoin"),
        ],
        id="an-annualized-or-daily-figure-restates-the-reading-before-it",
    ),
    pytest.param(
        "Bitfinex BTC Funding Hits 52% Annualised\n\nFunding on Bitfinex's BTC perpetual printed"
        " 0.0475% per eight hours on Monday, or about 52% annualised.",
        [ev("funding_rate", "0.0475", "%", asset="asset:BTC", venue="venue:bitfinex")],
        id="a-headlines-annualised-funding-restates-the-bodys-reading",
    ),
    pytest.param(
        "Deribit ETH Funding Sinks to -9% Annualised\n\nThe ETH perpetual on Deribit has paid"
        " shorts all week.",
        [ev("funding_rate", "-9", "%", asset="asset:ETH", venue="venue:deribit")],
        id="guard-an-annualised-funding-alone-is-a-reading",
    ),
    pytest.param(
        "Per Coinglass, ADA futures open interest climbed 18% over the week to $910 million"
        " (approx 1.4 billion ADA).",
        [
            ev("open_interest", "910000000", asset="asset:ADA", direction="up"),
        ],
        id="a-restatement-after-approx-is-the-same-reading",
    ),
    pytest.param(
        "Ether's dominance has held at 17.4% all week. Total miner reserves have dropped by"
        " 2,750 BTC since March, while Polkadot cooled to $6.12.",
        [
            ev("dominance", "17.4", "%", asset="asset:ETH"),
            ev("price_move", "6.12", asset="asset:DOT", direction="down"),
        ],
        id="a-metric-held-at-a-reading-and-miner-reserves-are-no-exchange-flow",
    ),
    pytest.param(
        "Ether perpetual funding flipped negative as well, with the volume-weighted rate"
        " sitting at -0.009%, Coinalyze data show.",
        [ev("funding_rate", "-0.009", "%", asset="asset:ETH", direction="down")],
        id="a-state-and-its-metrics-reading-later-in-the-sentence-are-one-event",
    ),
    pytest.param(
        "Ether open interest\u2014the dollar value of contracts not yet settled\u2014climbed 7.2%"
        " to $21.6 billion on Tuesday.",
        [ev("open_interest", "21600000000", asset="asset:ETH", direction="up")],
        id="a-metric-subject-before-a-dash-aside",
    ),
    pytest.param(
        "Open interest in AVAX perpetuals has collapsed 36% from Friday's record to $412 million.",
        [ev("open_interest", "412000000", asset="asset:AVAX", direction="down")],
        id="collapsed-is-a-fall",
    ),
    pytest.param(
        "The open interest on the futures of Ethereum descends to 4,3 billions of dollars,"
        " while the dominance of Ethereum goes up to the 17,2%.",
        [
            ev("open_interest", "4300000000", asset="asset:ETH", direction="down"),
            ev("dominance", "17.2", "%", asset="asset:ETH", direction="up"),
        ],
        id="translated-descends-and-goes-up",
    ),
    pytest.param(
        "Bitcoin dominance slipped to 59.2% this week. Solana jumped 22% over the past month"
        " to $188, lifting its own dominance to 4.3% from 3.1%.",
        [
            ev("dominance", "59.2", "%", asset="asset:BTC", direction="down"),
            ev("price_move", "22", "%", asset="asset:SOL", direction="up"),
            ev("price_level", "188", asset="asset:SOL"),
            ev("dominance", "4.3", "%", asset="asset:SOL", direction="up"),
        ],
        id="its-own-dominance-is-the-asset-that-moved",
    ),
    pytest.param(
        "Bitcoin (BTC) now accounts for 61.4% of the whole crypto market's value. Ether's"
        " (ETH) share, by comparison, has slipped to 12.2%.",
        [
            ev("dominance", "61.4", "%", asset="asset:BTC"),
            ev("dominance", "12.2", "%", asset="asset:ETH", direction="down"),
        ],
        id="a-share-of-the-whole-market-value-and-a-bracketed-ticker-before-share",
    ),
    pytest.param(
        "Binance handled 38% of the market's liquidations on Friday.",
        [],
        id="a-share-of-something-in-the-market-is-no-dominance",
    ),
    pytest.param(
        "Funding on OKX's ETHUSDT perpetual climbed to 0.0338%, more than triple the 0.01%"
        " baseline. Kraken's funding rate printed 0.0142%, above the neutral level of 0.01%.",
        [
            ev("funding_rate", "0.0338", "%", venue="venue:okx", direction="up"),
            ev("funding_rate", "0.0142", "%", venue="venue:kraken"),
        ],
        id="a-reference-rate-is-no-reading",
    ),
    pytest.param(
        "Ether futures open interest fell from $21.4 billion to $18.9 billion, an 11.7% flush"
        " that desks called overdue.",
        [
            ev(
                "open_interest",
                "18900000000",
                asset="asset:ETH",
                direction="down",
                figures=["21400000000", "11.7"],
            )
        ],
        id="an-open-interest-percent-beside-its-level-is-its-change",
    ),
    pytest.param(
        "Dogecoin open interest printed a record $3.7B on Friday, up $640M in two days.",
        [
            ev(
                "open_interest",
                "3700000000",
                asset="asset:DOGE",
                direction="up",
                figures=["640000000"],
            )
        ],
        id="the-smaller-sum-after-a-change-word-is-the-change",
    ),
    pytest.param(
        "Solana open interest has rebuilt by $640 million since Tuesday to $7.9 billion.",
        [
            ev(
                "open_interest",
                "7900000000",
                asset="asset:SOL",
                direction="up",
                figures=["640000000"],
            )
        ],
        id="rebuilt-is-a-rise",
    ),
    pytest.param(
        "Ether Dominance Slips to 9%\nEther's share of the crypto market fell to 9.2% on"
        " Tuesday from 9.6% a week earlier.",
        [ev("dominance", "9.2", "%", asset="asset:ETH", direction="down")],
        id="a-headline-rounds-the-dominance-reading",
    ),
    pytest.param(
        "Ether open interest on Deribit slid to $6.1 billion from a peak above $9 billion in"
        " March.",
        [
            ev(
                "open_interest",
                "6100000000",
                asset="asset:ETH",
                venue="venue:deribit",
                direction="down",
                figures=["9000000000"],
            )
        ],
        id="from-a-named-peak-is-the-start",
    ),
    pytest.param(
        "Cardano's share held at 1.4% on Monday, while Dogecoin's market share slipped to 0.8%.",
        [
            ev("dominance", "1.4", "%", asset="asset:ADA"),
            ev("dominance", "0.8", "%", asset="asset:DOGE", direction="down"),
        ],
        id="an-assets-bare-share-is-its-dominance",
    ),
    pytest.param(
        "Solana's slice of the overall crypto market cap rose to 3.4% from 3.1% a week earlier.",
        [ev("dominance", "3.4", "%", asset="asset:SOL", direction="up", figures=["3.1"])],
        id="slice-of-the-market-cap",
    ),
    pytest.param(
        "The dominance of the ether climbs to 13.1%, its highest since May.",
        [ev("dominance", "13.1", "%", asset="asset:ETH", direction="up")],
        id="the-dominance-of-the-asset",
    ),
    pytest.param(
        "Bitcoin's dominance ended the week at 57.9%. A strategist at Harrowgate Capital sees"
        " the metric easing toward 55% if solana keeps outperforming.",
        [
            ev("dominance", "57.9", "%", asset="asset:BTC"),
            ev("dominance", "55", "%", asset="asset:BTC"),
        ],
        id="an-asset-in-a-condition-after-a-metric-is-not-the-metrics",
    ),
    pytest.param(
        "Funding turned hot on Thursday. Kraken's rate reached 0.041%. Interest rates in the"
        " US rose 0.25%.",
        [ev("funding_rate", "0.041", "%", venue="venue:kraken", direction="up")],
        id="a-venues-rate-in-a-funding-story",
    ),
    pytest.param(
        "Ether's dominance, its portion of the entire crypto market, slipped to 9.7%.",
        [ev("dominance", "9.7", "%", asset="asset:ETH", direction="down")],
        id="dominance-defined-by-an-apposition",
    ),
    pytest.param(
        "Litecoin rallied 11% this week, lifting its market share to 0.9%.",
        [
            ev("price_move", "11", "%", asset="asset:LTC", direction="up"),
            ev("dominance", "0.9", "%", asset="asset:LTC"),
        ],
        id="its-market-share-after-an-asset",
    ),
    pytest.param(
        "Kraken's market share rose to 12% while OKX's share of spot volume hit 18%.",
        [],
        id="a-venues-share-is-no-dominance",
    ),
    pytest.param(
        "Solana futures open interest climbed 9% to $6.1 billion on Monday. OKX, whose share"
        " has risen to about a fifth of the total, holds $1.3 billion, overtaking Bybit's"
        " $1.1 billion.",
        [
            ev("open_interest", "6100000000", asset="asset:SOL", figures=["9"]),
            ev("open_interest", "1300000000", asset="asset:SOL", venue="venue:okx"),
            ev("open_interest", "1100000000", asset="asset:SOL", venue="venue:bybit"),
        ],
        id="an-aside-about-a-share-blocks-nothing",
    ),
    pytest.param(
        "On Kraken, the ETH-USD perpetual dipped to -0.0025% per hour.",
        [ev("funding_rate", "-0.0025", "%", asset="asset:ETH", venue="venue:kraken")],
        id="an-hourly-rate-of-a-contract",
    ),
    pytest.param(
        "USDC now commands 2.35% of the market, up from 2.1%, while Solana accounts for 3.4%"
        " of the entire crypto market. Longs made up 70% of the market's liquidations.",
        [
            ev("dominance", "2.35", "%", asset="asset:USDC", direction="up"),
            ev("dominance", "3.4", "%", asset="asset:SOL"),
        ],
        id="a-percent-of-the-whole-market",
    ),
    pytest.param(
        "The slide in altcoins lifted bitcoin's dominance to 61.2% on Thursday.",
        [ev("dominance", "61.2", "%", asset="asset:BTC", direction="up")],
        id="a-verb-that-takes-the-metric-as-object",
    ),
    pytest.param(
        "Ether funding weighted by open interest rose to 0.021% on Friday.",
        [ev("funding_rate", "0.021", "%", asset="asset:ETH", direction="up")],
        id="weighted-by-open-interest-is-a-modifier",
    ),
    pytest.param(
        "Open interest in ether futures climbed to $19 billion. Bybit's ETH perpetual book"
        " alone grew 17% to $3.1 billion.",
        [
            ev("open_interest", "19000000000", asset="asset:ETH", direction="up"),
            ev(
                "open_interest",
                "3100000000",
                asset="asset:ETH",
                venue="venue:bybit",
                direction="up",
                figures=["17"],
            ),
        ],
        id="a-venue-book-continues-open-interest",
    ),
    pytest.param(
        "Funding on Bybit climbed to 0.09%. Annualized, that is about 98%. Rates on OKX and"
        " Gate were lower, at 0.071% and 0.064% respectively.",
        [
            ev("funding_rate", "0.09", "%", venue="venue:bybit"),
            ev("funding_rate", "0.071", "%", venue="venue:okx"),
            ev("funding_rate", "0.064", "%", venue="venue:gate"),
        ],
        id="annualized-keeps-the-topic-rates-on-venues",
    ),
    pytest.param(
        "Dogecoin open interest added $410 million over seven days to reach $2.9 billion.",
        [
            ev(
                "open_interest",
                "2900000000",
                asset="asset:DOGE",
                direction="up",
                figures=["410000000"],
            )
        ],
        id="change-then-level-reached",
    ),
    pytest.param(
        "XRP open interest shed $260 million in 24 hours, and XRP funding on Bybit printed 0.012%.",
        [
            ev("open_interest", "260000000", asset="asset:XRP", direction="down"),
            ev("funding_rate", "0.012", "%", asset="asset:XRP", venue="venue:bybit"),
        ],
        id="flow-verb-of-a-metric",
    ),
    pytest.param(
        "The portion of total crypto market capitalization held by bitcoin slid to 52.1%.",
        [ev("dominance", "52.1", "%", asset="asset:BTC", direction="down")],
        id="portion-held-by",
    ),
    pytest.param(
        "Funding ran hot. Gate's eight-hour rate climbed to 0.038%, while the OI-weighted"
        " average across venues stood at 0.026%.",
        [
            ev("funding_rate", "0.038", "%", venue="venue:gate", direction="up"),
            ev("funding_rate", "0.026", "%"),
        ],
        id="a-venues-eight-hour-rate-and-an-oi-weighted-average-are-funding",
    ),
    pytest.param(
        "Bitcoin dominance slipped to 58.9%. Analysts say a weekly close above 61% on BTC.D"
        " would end the altcoin rally, while ETF flows could turn positive.",
        [
            ev("dominance", "58.9", "%", asset="asset:BTC", direction="down"),
            ev("dominance", "61", "%", asset="asset:BTC"),
        ],
        id="a-conditional-dominance-threshold-is-stated-a-hedged-flow-is-not",
    ),
    pytest.param(
        "Open interest by coin:\n\u2022 $LINK OI \u2191 6.4% to $1.9B\n\u2022 $AVAX OI -9% now"
        " $640M",
        [
            ev("open_interest", "1900000000", asset="asset:LINK", direction="up", figures=["6.4"]),
            ev("open_interest", "640000000", asset="asset:AVAX", direction="down", figures=["-9"]),
        ],
        id="a-signed-or-arrowed-percent-beside-a-level-is-its-change",
    ),
    pytest.param(
        "SOL futures open interest rose 14% to a record $9.1 billion. Litecoin, whose share"
        " of the market touched 1.1% in May, has faded; Bitcoin's share of the total"
        " cryptocurrency market capitalization fell to 59.4%.",
        [
            ev("open_interest", "9100000000", asset="asset:SOL", direction="up", figures=["14"]),
            ev("dominance", "1.1", "%", asset="asset:LTC"),
            ev("dominance", "59.4", "%", asset="asset:BTC", direction="down"),
        ],
        id="to-a-record-reaches-the-level-and-a-share-of-the-market-is-dominance",
    ),
    pytest.param(
        "Funding turned hot. The eight-hour rate on OKX's LINK-USDT perpetual reached"
        " 0.044%, and the 8-hour rate on Bitget rose to 0.051%.",
        [
            ev("funding_rate", "0.044", "%", asset="asset:LINK", venue="venue:okx"),
            ev("funding_rate", "0.051", "%", venue="venue:bitget"),
        ],
        id="the-eight-hour-rate-is-the-funding-rate",
    ),
    pytest.param(
        "Open interest in LINK futures went to $410 million from $355 million. Polkadot's"
        " funding rate averaged 0.0052% in June, from 0.0081% in May.",
        [
            ev("open_interest", "410000000", asset="asset:LINK", direction="up"),
            ev("funding_rate", "0.0052", "%", asset="asset:DOT", direction="down"),
        ],
        id="from-and-to-without-a-verb-of-direction-compare",
    ),
    pytest.param(
        "Avalanche's funding rate rose to 0.018%, while Polkadot's fell to minus 0.0070%.",
        [
            ev("funding_rate", "0.018", "%", asset="asset:AVAX", direction="up"),
            ev("funding_rate", "-0.007", "%", asset="asset:DOT", direction="down"),
        ],
        id="a-possessive-leaves-out-the-metric-named-before",
    ),
    pytest.param(
        "Open interest in WIF perpetuals doubled to $640 million in four days. Funding on"
        " the pair later eased to 0.011%.",
        [
            ev("open_interest", "640000000", asset="asset:WIF", direction="up"),
            ev("funding_rate", "0.011", "%", asset="asset:WIF", direction="down"),
        ],
        id="doubled-and-eased-state-their-direction",
    ),
    pytest.param(
        "ADA's slice of the market grew to 1.3% after the token rallied 22% in a week.",
        [
            ev("dominance", "1.3", "%", asset="asset:ADA", direction="up"),
            ev("price_move", "22", "%", asset="asset:ADA", direction="up"),
        ],
        id="a-slice-of-the-market-is-dominance-and-the-token-is-its-price",
    ),
    pytest.param(
        "Open interest by coin:\n• SOL: $7.6B (+3.1% 24h)\n• XRP: $4.2B (-1.2% 24h)",
        [
            ev("open_interest", "7600000000", asset="asset:SOL", direction="up"),
            ev("open_interest", "4200000000", asset="asset:XRP", direction="down"),
        ],
        id="a-signed-change-with-its-window-in-brackets",
    ),
    pytest.param(
        "AVAX funding slipped below zero on Tuesday. Later, the rate on Bybit's AVAX perp"
        " sank to -0.015%. On OKX it touched -0.011%.",
        [
            ev("funding_rate", "-0.015", "%", asset="asset:AVAX", venue="venue:bybit"),
            ev("funding_rate", "-0.011", "%", asset="asset:AVAX", venue="venue:okx"),
        ],
        id="the-rate-of-a-perpetual-is-its-funding",
    ),
    pytest.param(
        "NEAR futures open interest dropped 6.4% and its price slid 2% to $4.85.",
        [
            ev("open_interest", "6.4", "%", asset="asset:NEAR", direction="down"),
            ev("price_move", "2", "%", asset="asset:NEAR", direction="down"),
            ev("price_level", "4.85", asset="asset:NEAR"),
        ],
        id="a-price-named-after-its-anaphor-is-no-metric",
    ),
    pytest.param(
        "Aptos open interest rose 14% over the week. The coin trades at $9.12, up 3.3% on the day.",
        [
            ev("open_interest", "14", "%", asset="asset:APT", direction="up"),
            ev("price_level", "9.12", asset="asset:APT"),
            ev("price_move", "3.3", "%", asset="asset:APT", direction="up"),
        ],
        id="an-asset-anaphor-does-not-continue-a-metric-topic",
    ),
    pytest.param(
        "Open interest (all venues): SOL $6.3B (+4.1%), XRP $3.9B (-2.6%)",
        [
            ev("open_interest", "6300000000", asset="asset:SOL", direction="up", figures=["4.1"]),
            ev(
                "open_interest", "3900000000", asset="asset:XRP", direction="down", figures=["-2.6"]
            ),
        ],
        id="a-reading-with-its-signed-change-in-brackets",
    ),
    pytest.param(
        "Dominance: BTC.D 57.9% (+0.6%), ETH.D 9.4% (-0.2%)",
        [
            ev("dominance", "57.9", "%", asset="asset:BTC", direction="up"),
            ev("dominance", "9.4", "%", asset="asset:ETH", direction="down"),
        ],
        id="each-dot-d-reading-names-its-own-asset",
    ),
    pytest.param(
        "Cardano slipped 2% overnight. OTHERS.D, meanwhile, crept up to 6.9%.",
        [
            ev("price_move", "2", "%", asset="asset:ADA", direction="down"),
            ev("dominance", "6.9", "%", asset=None, direction="up"),
        ],
        id="a-group-symbols-share-is-no-topic-coins",
    ),
    pytest.param(
        "Bitcoin's share of the crypto market rose to 56.2%, while Solana holds about 2.9%.",
        [
            ev("dominance", "56.2", "%", asset="asset:BTC", direction="up"),
            ev("dominance", "2.9", "%", asset="asset:SOL", direction=None),
        ],
        id="a-share-held-beside-a-dominance",
    ),
    pytest.param(
        "The combined value of all cryptocurrencies slipped to $1.9 trillion, with ether"
        " accounting for 16.8% of that.",
        [ev("dominance", "16.8", "%", asset="asset:ETH")],
        id="an-assets-share-of-that-after-the-whole-markets-value",
    ),
    pytest.param(
        "Crypto liquidations hit $260 million, with Solana accounting for 22% of that.",
        [ev("liquidation", "260000000", side="both")],
        id="guard-a-share-of-a-liquidation-total-is-no-dominance",
    ),
    pytest.param(
        "Bitcoin dominance eased to 55.1%, while Tron holds 9% of the stablecoin transfers.",
        [ev("dominance", "55.1", "%", asset="asset:BTC", direction="down")],
        id="guard-a-share-of-something-else-held-beside-a-dominance",
    ),
    pytest.param(
        "Litecoin's weighting in the crypto market slipped to 0.6% on Thursday.",
        [ev("dominance", "0.6", "%", asset="asset:LTC", direction="down")],
        id="a-weighting-in-the-crypto-market-is-a-dominance",
    ),
    pytest.param(
        "Litecoin held steady. The chart of every coin beyond the top ten (OTHERS.D) ticked"
        " up to 7.3% this week.",
        [ev("dominance", "7.3", "%", asset=None, direction="up")],
        id="a-bracketed-symbol-names-the-described-gauge",
    ),
    pytest.param(
        "The altcoin index (OTHERS.D) dipped to 6.4% as Polkadot outperformed.",
        [ev("dominance", "6.4", "%", asset=None, direction="down")],
        id="a-bracketed-symbol-after-an-index-noun",
    ),
    pytest.param(
        "Ether gained 1%. The benchmark gauge of bitcoin's weight (BTC.D) eased to 55.8%.",
        [
            ev("price_move", "1", "%", asset="asset:ETH", direction="up"),
            ev("dominance", "55.8", "%", asset="asset:BTC", direction="down"),
        ],
        id="a-bracketed-coin-symbol-names-its-coin",
    ),
    pytest.param(
        "Avalanche's share rose to 1.2% while OTHERS.D climbed to 7.1%.",
        [
            ev("dominance", "1.2", "%", asset="asset:AVAX", direction="up"),
            ev("dominance", "7.1", "%", asset=None, direction="up"),
        ],
        id="a-coin-before-a-group-symbol-keeps-its-share",
    ),
    pytest.param(
        "ETH.D, which tracks ether's share of the crypto market's capitalization, slid to"
        " 8.7% on Monday.",
        [ev("dominance", "8.7", "%", asset="asset:ETH", direction="down")],
        id="a-relative-clause-between-the-metric-and-its-verb",
    ),
    pytest.param(
        "Stablecoin dominance (USDC.D), often seen as a gauge of dry powder, slipped to 2.3%.",
        [ev("dominance", "2.3", "%", asset="asset:USDC", direction="down")],
        id="an-aside-with-seen-as-between-the-metric-and-its-verb",
    ),
    pytest.param(
        "Solana's market dominance edged up to 3.9% on Tuesday.",
        [ev("dominance", "3.9", "%", asset="asset:SOL", direction="up")],
        id="edged-up-is-a-rise-not-a-bound",
    ),
    pytest.param(
        "Funding for SOL perpetuals on OKX flipped to -0.0082% on Wednesday.",
        [ev("funding_rate", "-0.0082", "%", asset="asset:SOL", direction="down")],
        id="a-flip-to-a-signed-reading-moves-the-way-of-its-sign",
    ),
    pytest.param(
        "Solana funding rates are elevated. The aggregated rate stands at 0.019%, and on Bybit"
        " it has reached 0.027%.",
        [
            ev("funding_rate", "0.019", "%"),
            ev("funding_rate", "0.027", "%", venue="venue:bybit", direction="up"),
        ],
        id="it-right-before-the-verb-continues-the-metric-topic",
    ),
    pytest.param(
        "Ether's funding rate averaged 0.0052% across venues on Friday, down from 0.0147% a"
        " week earlier.",
        [ev("funding_rate", "0.0052", "%", asset="asset:ETH", direction="down")],
        id="down-from-an-earlier-reading-gives-the-direction",
    ),
    pytest.param(
        "On OKX, ETH funding hit 0.038%, equivalent to an annualized cost near 41% for longs.",
        [ev("funding_rate", "0.038", "%", venue="venue:okx")],
        id="an-annualized-restatement-states-no-second-reading",
    ),
    pytest.param(
        "Ether open interest jumped on Monday. ETH open interest on Bybit and Bitget reached"
        " $4.4 billion and $1.9 billion, respectively.",
        [
            ev("open_interest", "4400000000", asset="asset:ETH", venue="venue:bybit"),
            ev("open_interest", "1900000000", asset="asset:ETH", venue="venue:bitget"),
        ],
        id="a-verb-that-reaches-no-price-leaves-the-figure-to-the-metric",
    ),
    pytest.param(
        "Avalanche open interest stands at $1.9 billion. Bybit and Bitget each hold about $400"
        " million of it.",
        [
            ev("open_interest", "1900000000", asset="asset:AVAX", venue=None),
            ev("open_interest", "400000000", asset="asset:AVAX", venue="venue:bybit"),
            ev("open_interest", "400000000", asset="asset:AVAX", venue="venue:bitget"),
        ],
        id="venues-holding-part-of-the-topic-metric",
    ),
    pytest.param(
        "Open interest rose to $31 billion. Kraken holds 210,000 BTC of customer funds.",
        [ev("open_interest", "31000000000")],
        id="a-venues-holding-of-something-else-is-not-the-metric",
    ),
    pytest.param(
        "Solana open interest rose 11% to $4.2 billion.",
        [ev("open_interest", "4200000000", asset="asset:SOL", direction="up", figures=["11"])],
        id="oi-change-and-level-are-one-event",
    ),
    pytest.param(
        "Bitcoin open interest on Deribit dropped from $9.1 billion to $8.4 billion.",
        [
            ev(
                "open_interest",
                "8400000000",
                asset="asset:BTC",
                venue="venue:deribit",
                direction="down",
                figures=["9100000000"],
            )
        ],
        id="oi-from-to",
    ),
    pytest.param(
        "Total crypto open interest rose to $96 billion, with Ether accounting for $21 billion.",
        [
            ev("open_interest", "96000000000", asset=None, direction="up"),
            ev("open_interest", "21000000000", asset="asset:ETH"),
        ],
        id="market-wide-metric-and-its-part",
    ),
    pytest.param(
        "Avalanche open interest hit a record $1.9 billion. The previous highs came on"
        " March 4 ($1.6 billion) and February 20 ($1.4 billion).",
        [
            ev("open_interest", "1900000000", asset="asset:AVAX"),
            ev("open_interest", "1600000000", asset="asset:AVAX"),
            ev("open_interest", "1400000000", asset="asset:AVAX"),
        ],
        id="dated-list-of-earlier-highs",
    ),
    pytest.param(
        "The funding rate for XRP perpetuals sits at 0.021%.",
        [ev("funding_rate", "0.021", "%", asset="asset:XRP")],
        id="funding-reading",
    ),
    pytest.param(
        "Ether funding turns mixed\n8-hour funding rates by exchange\nBinance: 0.012%\n"
        "OKX: -0.004%",
        [
            ev("funding_rate", "0.012", "%", asset="asset:ETH", venue="venue:binance"),
            ev("funding_rate", "-0.004", "%", asset="asset:ETH", venue="venue:okx"),
        ],
        id="list-lines-under-a-heading",
    ),
    pytest.param(
        "Bitcoin dominance stood at 58.2% on Monday. It has since added 0.9%.",
        [
            ev("dominance", "58.2", "%", asset="asset:BTC"),
            ev("dominance", "0.9", "%", asset="asset:BTC", direction="up"),
        ],
        id="anaphor-continues-the-metric",
    ),
    pytest.param(
        "Bitcoin led as a 12% jump in the altcoin market cap lifted sentiment.",
        [],
        id="change-of-a-market-cap",
    ),
    pytest.param(
        "Solana's slice of overall crypto capitalization, meanwhile, inched up to 3.4%, per"
        " CoinGecko.",
        [ev("dominance", "3.4", "%", asset="asset:SOL", direction="up")],
        id="slice-of-crypto-capitalization-without-market",
    ),
    pytest.param(
        "Funding and positioning\n- SOL perp OI: $2.38bn (+5.1% d/d)",
        [ev("open_interest", "2380000000", asset="asset:SOL", direction="up", window="P1D")],
        id="a-bracketed-change-with-a-desk-window",
    ),
    pytest.param(
        "Deribit open interest stood at $4.1bn, -2.2% d/d.",
        [ev("open_interest", "4100000000", venue="venue:deribit", direction="down")],
        id="a-reading-and-its-change-after-a-comma",
    ),
    pytest.param(
        "Unfastened involvement successful ether futures roseate 4.2% to $9.8 billion arsenic"
        " agelong traders piled in, whitethorn analysts said.",
        [ev("open_interest", "9800000000", asset="asset:ETH", direction="up")],
        id="spun-roseate-is-rose",
    ),
    pytest.param(
        "Data from Deribit showed $88 million of short positions on its ETH-PERP contract were"
        " liquidated overnight. Open interest in that contract slid to $1.9 billion from $2.3"
        " billion.",
        [
            ev("liquidation", "88000000", side="short", asset="asset:ETH", venue="venue:deribit"),
            ev(
                "open_interest",
                "1900000000",
                asset="asset:ETH",
                venue="venue:deribit",
                direction="down",
            ),
        ],
        id="open-interest-in-that-contract-is-the-venues",
    ),
    # dominance: a bracketed change in points or an arrow after a reading states its
    # direction
    pytest.param(
        "- ETH dominance 13.8% (+0.4 pts) as SOL and ADA lag",
        [ev("dominance", "13.8", "%", asset="asset:ETH", direction="up")],
        id="dominance-bracketed-points-change",
    ),
    pytest.param(
        "Market dashboard: BTC.D at 61.7% (-1.1 pts w/w).",
        [ev("dominance", "61.7", "%", asset="asset:BTC", direction="down")],
        id="dominance-bracketed-points-change-with-window",
    ),
    pytest.param(
        "\u2022 ETH dominance: 12.9% (-0.2)",
        [ev("dominance", "12.9", "%", asset="asset:ETH", direction="down")],
        id="dominance-bracketed-bare-signed-change",
    ),
    pytest.param(
        "\u2022 BTC.D 57.3% \u2191 alts bleeding again",
        [ev("dominance", "57.3", "%", asset="asset:BTC", direction="up")],
        id="dominance-arrow-after-reading",
    ),
    # a dated earlier reading after "against", "versus", "compared with" is the reading's start
    pytest.param(
        "Ether dominance sits at 14.6% this week against about 17% a year ago.",
        [ev("dominance", "14.6", "%", asset="asset:ETH", direction="down", figures=["17"])],
        id="dominance-against-an-earlier-reading",
    ),
    pytest.param(
        "Solana's dominance stood at 3.9%, compared with 3.1% a month earlier.",
        [ev("dominance", "3.9", "%", asset="asset:SOL", direction="up", figures=["3.1"])],
        id="dominance-compared-with-an-earlier-reading",
    ),
    pytest.param(
        "Kraken's ether funding rate eased to 0.006% versus 0.013% a week ago.",
        [
            ev(
                "funding_rate",
                "0.006",
                "%",
                venue="venue:kraken",
                direction="down",
                figures=["0.013"],
            )
        ],
        id="funding-versus-an-earlier-reading",
    ),
    pytest.param(
        "Bitcoin dominance is 59% versus ether's 13%.",
        [
            ev("dominance", "59", "%", asset="asset:BTC", direction=None),
            ev("dominance", "13", "%", asset="asset:ETH", direction=None),
        ],
        id="guard-dominance-versus-another-assets-reading",
    ),
    # dominance worded as a share of all crypto value, of a whole named before, or of the
    # total market cap
    pytest.param(
        "The portion of all crypto value held in ether climbed to 18.6%, per CoinGecko.",
        [ev("dominance", "18.6", "%", asset="asset:ETH", direction="up")],
        id="dominance-portion-of-all-crypto-value",
    ),
    pytest.param(
        "All cryptocurrencies together were worth $2.73 trillion on Friday. Ether's share of"
        " that market stood at 16.9%, CoinGecko data show.",
        [ev("dominance", "16.9", "%", asset="asset:ETH")],
        id="dominance-share-of-that-market",
    ),
    pytest.param(
        "Crypto traders lost $520 million to liquidations overnight. Bybit's share of that"
        " total was 31%.",
        [ev("liquidation", "520000000")],
        id="guard-a-venues-share-of-that-total",
    ),
    pytest.param(
        "Cardano traders cheered as a wave of buying lifted its market share to 1.4%.",
        [ev("dominance", "1.4", "%", asset="asset:ADA", direction="up")],
        id="dominance-lifting-its-market-share",
    ),
    pytest.param(
        "Dogecoin memecoins, whose rally lifted the memecoin sector to 2.7% of total crypto"
        " market capitalization, cooled on Friday.",
        [ev("dominance", "2.7", "%", asset=None, direction="up")],
        id="dominance-of-a-coin-group-in-total-market-cap",
    ),
    pytest.param(
        "Solana's dominance rose to 4.1% from 3.8%, and stablecoins as a group now hold 8.2%"
        " of the crypto market.",
        [
            ev("dominance", "4.1", "%", asset="asset:SOL", direction="up"),
            ev("dominance", "8.2", "%", asset=None),
        ],
        id="dominance-of-stablecoins-as-a-group",
    ),
    pytest.param(
        "Kraken wrapped up April with $2.6 billion in open bitcoin futures positions, up 4.2%"
        " on the month.",
        [
            ev(
                "open_interest",
                "2600000000",
                asset="asset:BTC",
                venue="venue:kraken",
                direction="up",
            )
        ],
        id="open-interest-named-by-open-asset-futures-positions",
    ),
    pytest.param(
        "Liquidations on Gate reached $84 million overnight. Deribit ended the week with $3.3"
        " billion in open SOL contracts. Bitget and MEXC followed at $1.2 billion and $0.8"
        " billion, respectively.",
        [
            ev("liquidation", "84000000", venue="venue:gate"),
            ev("open_interest", "3300000000", asset="asset:SOL", venue="venue:deribit"),
            ev("open_interest", "1200000000", asset="asset:SOL", venue="venue:bitget"),
            ev("open_interest", "800000000", asset="asset:SOL", venue="venue:mexc"),
        ],
        id="open-asset-contracts-after-a-liquidation-story-are-open-interest",
    ),
    pytest.param(
        "Kraken holds the biggest share, carrying $1.9 billion in open ETH contracts.",
        [ev("open_interest", "1900000000", asset="asset:ETH", venue="venue:kraken")],
        id="a-venue-holding-figures-in-open-contracts-is-open-interest",
    ),
    pytest.param(
        "OKX's ether options book holds $4.4 billion in open interest.",
        [ev("open_interest", "4400000000", asset="asset:ETH", venue="venue:okx")],
        id="a-book-holding-figures-in-open-interest-is-open-interest",
    ),
    pytest.param(
        "Ether futures open interest climbed 6% to $9.8 billion, just ahead of OKX, which holds"
        " about $2.1 billion.",
        [
            ev("open_interest", "9800000000", asset="asset:ETH", direction="up"),
            ev("open_interest", "2100000000", asset="asset:ETH", venue="venue:okx"),
        ],
        id="a-venue-in-a-relative-clause-holds-a-part-of-the-open-interest",
    ),
    pytest.param(
        "XRP Futures Hit Record Open Interest of $2,000,000,000\nXRP futures open interest"
        " reached a record $2 billion on Tuesday. Bybit, OKX and Gate, which together hold"
        " $1.96 billion of it, lead the table.",
        [
            ev("open_interest", "2000000000", asset="asset:XRP"),
            ev("open_interest", "1960000000", asset="asset:XRP"),
        ],
        id="a-headline-stated-exactly-in-the-body-rounds-no-other-figure",
    ),
    pytest.param(
        "Gemini holds 41,000 BTC in reserves.",
        [],
        id="guard-a-venue-holding-coins-in-reserves-is-no-open-interest",
    ),
    pytest.param(
        "The breakout could open the way to $4,800 for ether, analysts said.",
        [ev("price_level", "4800", asset="asset:ETH")],
        id="guard-open-the-way-is-no-open-interest",
    ),
    pytest.param(
        "Bitcoin futures open interest climbed 4% to $52 billion this week. On dYdX, BTC"
        " positions slid to $410 million from $455 million.",
        [
            ev("open_interest", "52000000000", asset="asset:BTC", direction="up"),
            ev("open_interest", "410000000", venue="venue:dydx", direction="down"),
        ],
        id="a-carried-metrics-own-change-verb-gives-its-direction",
    ),
    pytest.param(
        "Bitcoin futures open interest climbed 4% to $52 billion this week. Kraken's bitcoin"
        " book, at $2.2 billion, was the only one to contract, down 3.5% on the week.",
        [
            ev("open_interest", "52000000000", asset="asset:BTC", direction="up"),
            ev("open_interest", "2200000000", venue="venue:kraken", direction="down"),
        ],
        id="a-carried-metrics-change-after-its-reading-gives-its-direction",
    ),
    pytest.param(
        "Open interest\n\u2022 BTC: $58.2B (+1.9% 24h)\n\u2022 ETH: $21.4B (\u22121.2%"
        " 24h)\n\u2022 XRP: $4.05B",
        [
            ev("open_interest", "58200000000", asset="asset:BTC", direction="up"),
            ev("open_interest", "21400000000", asset="asset:ETH", direction="down"),
            ev("open_interest", "4050000000", asset="asset:XRP", direction=None),
        ],
        id="a-list-lines-signed-change-gives-the-next-line-no-direction",
    ),
    pytest.param(
        "Ether open interest fell 3% to $18.1 billion. Kraken held up better at $1.4 billion.",
        [
            ev("open_interest", "18100000000", asset="asset:ETH", direction="down"),
            ev("open_interest", "1400000000", venue="venue:kraken", direction="down"),
        ],
        id="guard-held-up-is-no-rise",
    ),
    # a share of several coins taken together is no one coin's dominance
    pytest.param(
        "Stablecoin dominance, the joint share of USDT and DAI, climbed to 6.9% as traders"
        " de-risked.",
        [ev("dominance", "6.9", "%", asset=None, direction="up")],
        id="a-joint-share-of-two-coins-in-an-apposition-is-no-coins",
    ),
    pytest.param(
        "Bitcoin dominance slipped to 55.8% on Thursday. The combined share of USDC and DAI"
        " edged up to 8.3%.",
        [
            ev("dominance", "55.8", "%", asset="asset:BTC", direction="down"),
            ev("dominance", "8.3", "%", asset=None, direction="up"),
        ],
        id="a-combined-share-of-coins-as-subject-after-a-dominance-sentence",
    ),
    pytest.param(
        "Ether dominance rose to 14.2%, while the combined share of stablecoins dipped to 6.6%.",
        [
            ev("dominance", "14.2", "%", asset="asset:ETH", direction="up"),
            ev("dominance", "6.6", "%", asset=None, direction="down"),
        ],
        id="a-combined-share-of-a-coin-group-is-a-dominance",
    ),
    pytest.param(
        "The joint share of USDC and DAI slid to 2.9%.",
        [],
        id="a-combined-share-of-coins-with-no-dominance-named-is-no-price-move",
    ),
    # coins after "excluding" or "outside" are what a figure is not about
    pytest.param(
        "Altcoin dominance (excluding ETH and stablecoins) climbed to 31.4%.",
        [ev("dominance", "31.4", "%", asset=None, direction="up")],
        id="coins-after-excluding-are-no-subject-of-the-metric",
    ),
    pytest.param(
        "Memecoin dominance, excluding DOGE, slipped to 1.8% on Friday.",
        [ev("dominance", "1.8", "%", asset=None, direction="down")],
        id="a-coin-after-excluding-is-not-the-groups-dominance",
    ),
    # the whole crypto market's value named in more words
    pytest.param(
        "Solana's portion of the crypto market's total value rose to 3.8% on Sunday.",
        [ev("dominance", "3.8", "%", asset="asset:SOL", direction="up")],
        id="a-share-of-the-crypto-markets-total-value",
    ),
    pytest.param(
        "Ether's slice of combined crypto market value dipped to 11.6%.",
        [ev("dominance", "11.6", "%", asset="asset:ETH", direction="down")],
        id="a-slice-of-combined-crypto-market-value",
    ),
    pytest.param(
        "Bitcoin's share in the overall crypto market cap hit 62.3%, a four-year high.",
        [ev("dominance", "62.3", "%", asset="asset:BTC", direction="up")],
        id="a-share-in-the-crypto-market-cap",
    ),
    pytest.param(
        "The share of XRP in the total crypto market capitalization jumped to 4.1%.",
        [ev("dominance", "4.1", "%", asset="asset:XRP", direction="up")],
        id="a-share-of-an-asset-in-the-crypto-market",
    ),
    pytest.param(
        "Dogecoin commands 1.3% of the crypto market's total value, per CoinGecko.",
        [ev("dominance", "1.3", "%", asset="asset:DOGE")],
        id="a-percent-of-the-crypto-markets-total-value",
    ),
    pytest.param(
        "The share of bitcoin held by ETFs stands at 6.1%.",
        [],
        id="guard-a-share-of-an-asset-held-by-funds-is-no-dominance",
    ),
    pytest.param(
        "Deribit's share of the ETH options market climbed to 71%.",
        [],
        id="guard-a-venues-share-of-an-options-market-is-no-dominance",
    ),
    # a metric's change and where it stands after it, in one clause, are one reading
    pytest.param(
        "Ether dominance is up 0.7% on the week at 13.9%.",
        [ev("dominance", "13.9", "%", asset="asset:ETH", direction="up", figures=["0.7"])],
        id="a-dominance-change-then-at-its-reading-is-one-event",
    ),
    pytest.param(
        "XRP funding is up 0.004% on the day, now 0.013%.",
        [ev("funding_rate", "0.013", "%", asset="asset:XRP", direction="up", figures=["0.004"])],
        id="a-funding-change-then-now-its-reading-is-one-event",
    ),
    # the verb of a figure's own clause gives its direction after an earlier move
    pytest.param(
        "Kraken's open interest in SOL perpetuals climbed to $640 million; Bitfinex's slid to"
        " $210 million.",
        [
            ev("open_interest", "640000000", venue="venue:kraken", direction="up"),
            ev("open_interest", "210000000", venue="venue:bitfinex", direction="down"),
        ],
        id="an-elided-metric-after-a-semicolon-takes-its-own-verbs-direction",
    ),
    pytest.param(
        "OKX's ETH open interest rose to $3.1 billion, while Gate's dropped to $0.9 billion.",
        [
            ev("open_interest", "3100000000", venue="venue:okx", direction="up"),
            ev("open_interest", "900000000", venue="venue:gate", direction="down"),
        ],
        id="an-elided-metric-after-while-takes-its-own-verbs-direction",
    ),
    pytest.param(
        "Funding turned sharply negative on Bybit's SOL perpetual, reaching -0.052% on Monday.",
        [ev("funding_rate", "-0.052", "%", venue="venue:bybit", direction="down")],
        id="reaching-a-negative-funding-rate-is-no-rise",
    ),
    pytest.param(
        "BTC funding hit 0.041% on OKX.",
        [ev("funding_rate", "0.041", "%", venue="venue:okx", direction="up")],
        id="guard-hitting-a-positive-funding-rate-is-a-rise",
    ),
    # an asset's possessive opening a sentence leaves out the metric of the one before
    pytest.param(
        "Bitcoin dominance fell to 57.4%. Ether's crept up to 12.2%.",
        [
            ev("dominance", "57.4", "%", asset="asset:BTC", direction="down"),
            ev("dominance", "12.2", "%", asset="asset:ETH", direction="up"),
        ],
        id="a-possessive-opening-the-next-sentence-continues-the-dominance",
    ),
    pytest.param(
        "XRP open interest slid 6% to $3.4 billion. Dogecoin's climbed 9% to $1.7 billion.",
        [
            ev("open_interest", "3400000000", asset="asset:XRP", direction="down"),
            ev("open_interest", "1700000000", asset="asset:DOGE", direction="up", figures=["9"]),
        ],
        id="a-possessive-opening-the-next-sentence-continues-the-open-interest",
    ),
    pytest.param(
        "Ether dominance slipped to 12.3%. Cardano's rallied 7% on the day.",
        [
            ev("dominance", "12.3", "%", asset="asset:ETH", direction="down"),
            ev("price_move", "7", "%", asset="asset:ADA", direction="up"),
        ],
        id="guard-a-possessive-with-a-change-only-may-be-has-and-a-price",
    ),
    pytest.param(
        "The solana dominance ratio rose to 3.3% on Tuesday.",
        [ev("dominance", "3.3", "%", asset="asset:SOL", direction="up")],
        id="a-dominance-ratio-is-dominance",
    ),
    pytest.param(
        "Bitcoin's funding rate has been negative on Kraken for four days, most recently at"
        " -0.006%.",
        [ev("funding_rate", "-0.006", "%", venue="venue:kraken", direction=None)],
        id="funding-that-has-been-negative-kept-its-sign",
    ),
    pytest.param(
        "Tether's market dominance climbed to a record 6.3% as traders parked cash.",
        [ev("dominance", "6.3", "%", asset="asset:USDT", direction="up")],
        id="tethers-dominance-is-the-coins",
    ),
    pytest.param(
        "Bitcoin dominance 57.1% (down 0.5 pts on the week); ether dominance 12.8% (up 0.2 points)",
        [
            ev("dominance", "57.1", "%", asset="asset:BTC", direction="down"),
            ev("dominance", "12.8", "%", asset="asset:ETH", direction="up"),
        ],
        id="a-bracketed-change-in-points-in-words-gives-the-direction",
    ),
    pytest.param(
        "Litecoin open interest jumped to a record $1.6 billion, roughly 15 million LTC.",
        [
            ev(
                "open_interest",
                "1600000000",
                asset="asset:LTC",
                direction="up",
                figures=["15000000"],
            )
        ],
        id="a-sum-restated-after-a-comma-in-rough-coins-is-one-reading",
    ),
    pytest.param(
        "Litecoin climbed to $94, roughly 15 million LTC changing hands.",
        [ev("price_move", "94", asset="asset:LTC", direction="up")],
        id="guard-a-price-and-rough-coins-after-it-are-no-restatement",
    ),
    # translated German "Anteil an der gesamten Marktkapitalisierung"
    pytest.param(
        "The market share of Bitcoin at the whole market capitalisation sank thereby to"
        " 47,9 percent.",
        [ev("dominance", "47.9", "%", asset="asset:BTC", direction="down")],
        id="translated-market-share-of-bitcoin-at-the-whole-market-capitalisation",
    ),
    pytest.param(
        "The market share of Solana at the total market capitalisation of all"
        " cryptocurrencies rose to 3,7 percent.",
        [ev("dominance", "3.7", "%", asset="asset:SOL", direction="up")],
        id="translated-market-share-of-an-asset-at-the-total-market-capitalisation",
    ),
]

FLOWS = [
    pytest.param(
        "Read also: Kraken Sees 18,000 ETH Outflow In A Week As Stakers Exit",
        [ev("exchange_flow", "18000", "ETH", venue="venue:kraken", direction="out")],
        id="a-read-also-headline-with-a-figure-states-its-own-flow",
    ),
    pytest.param(
        "Whales made 140 transfers of 500 BTC or more to Binance this week.",
        [],
        id="a-threshold-after-a-plural-is-no-flow",
    ),
    pytest.param(
        "The products of investment in crypto assets registered exits for 212 millions of"
        " dollars in the week. The funds of solana (SOL) registered exits of 4,6 millions,"
        " whereas the multi-asset funds captured 8,3 millions.",
        [
            ev("etf_flow", "212000000", asset=None, direction="out"),
            ev("etf_flow", "4600000", asset="asset:SOL", direction="out"),
            ev("etf_flow", "8300000", asset=None, direction="in"),
        ],
        id="translated-exits-and-a-capture-in-the-currency-written-before",
    ),
    pytest.param(
        "The net flow of ether in the exchanges was negative in 61,300 ETH during the week,"
        " according to CryptoQuant.",
        [ev("exchange_flow", "61300", "ETH", asset="asset:ETH", direction="out")],
        id="a-netflow-negative-in-words-is-an-outflow",
    ),
    pytest.param(
        "Record 92K ETH leaves exchanges as reserves slide\nNet exchange flows for ETH stood"
        " at -92,400 ETH over the week, per Glassnode.",
        [
            ev(
                "exchange_flow",
                "92000",
                "ETH",
                asset="asset:ETH",
                direction="out",
                figures=["-92400"],
            )
        ],
        id="a-headline-amount-cuts-off-a-signed-netflow",
    ),
    # a sum of money "at current prices" values the coins before it in its sentence
    pytest.param(
        "Net withdrawals from tracked exchanges reached 37,900 ETH in the seven days to"
        " Friday, per Glassnode, roughly $128 million at current prices.",
        [ev("exchange_flow", "37900", "ETH", direction="out", figures=["128000000"])],
        id="a-sum-at-current-prices-values-the-coins-before-it",
    ),
    pytest.param(
        "Binance logged net outflows of 21,400 BTC on Monday, while deposits at Kraken came"
        " to $410 million at current prices.",
        [
            ev("exchange_flow", "21400", "BTC", venue="venue:binance", direction="out"),
            ev("exchange_flow", "410000000", venue="venue:kraken", direction="in"),
        ],
        id="guard-a-sum-at-current-prices-of-another-venue-is-its-own-flow",
    ),
    pytest.param(
        "Crypto funds saw inflows of $9 million. Solana (SOL) and Cardano (ADA) each saw"
        " inflows of $300,000, and Polkadot (DOT) saw inflows of $100,000.",
        [
            ev("etf_flow", "9000000", asset=None, direction="in"),
            ev("etf_flow", "300000", asset="asset:SOL", direction="in"),
            ev("etf_flow", "300000", asset="asset:ADA", direction="in"),
            ev("etf_flow", "100000", asset="asset:DOT", direction="in"),
        ],
        id="names-with-bracketed-tickers-before-each-take-one-flow-apiece",
    ),
    pytest.param(
        "Spot bitcoin ETFs drew $310 million on Thursday. BlackRock's IBIT took in $190"
        " million, while Fidelity's flagship fund added $85 million.",
        [
            ev("etf_flow", "310000000", asset="asset:BTC", fund=None, direction="in"),
            ev("etf_flow", "190000000", asset="asset:BTC", fund="fund:IBIT", direction="in"),
            ev("etf_flow", "85000000", asset="asset:BTC", fund="fund:FBTC", direction="in"),
        ],
        id="an-issuer-heading-its-clause-names-its-one-fund",
    ),
    pytest.param(
        "Spot bitcoin ETFs drew $120 million on Friday. Ark's ARKB led with $70 million, and"
        " Bitwise added $25 million.",
        [
            ev("etf_flow", "120000000", asset="asset:BTC", fund=None, direction="in"),
            ev("etf_flow", "70000000", asset="asset:BTC", fund="fund:ARKB", direction="in"),
            ev("etf_flow", "25000000", asset="asset:BTC", fund="fund:BITB", direction="in"),
        ],
        id="an-issuer-subject-of-the-flow-verb-names-its-fund",
    ),
    pytest.param(
        "Spot bitcoin ETFs drew $90 million. BlackRock's IBIT took in $60 million, while"
        " Grayscale's trust added $10 million.",
        [
            ev("etf_flow", "90000000", asset="asset:BTC", fund=None, direction="in"),
            ev("etf_flow", "60000000", asset="asset:BTC", fund="fund:IBIT", direction="in"),
            ev("etf_flow", "10000000", asset="asset:BTC", fund=None, direction="in"),
        ],
        id="an-issuer-of-two-funds-names-none-and-takes-no-other",
    ),
    pytest.param(
        "Spot bitcoin ETFs drew $75 million. The Bitwise fund took in $30 million, and its"
        " net intake since launch has passed $2.4 billion.",
        [
            ev("etf_flow", "75000000", asset="asset:BTC", fund=None, direction="in"),
            ev("etf_flow", "30000000", asset="asset:BTC", fund="fund:BITB", direction="in"),
            ev("etf_flow", "2400000000", asset="asset:BTC", fund="fund:BITB", direction="in"),
        ],
        id="an-issuer-before-a-fund-noun-names-its-fund-and-its-later-clause",
    ),
    pytest.param(
        "Spot ether funds took in $40 million while ETHE lost $65 million, leaving the"
        " group net negative by $25 million.",
        [
            ev("etf_flow", "40000000", asset="asset:ETH", direction="in"),
            ev("etf_flow", "65000000", asset="asset:ETH", fund="fund:ETHE", direction="out"),
            ev("etf_flow", "25000000", asset="asset:ETH", direction="out"),
        ],
        id="net-negative-by-is-an-outflow",
    ),
    pytest.param(
        "Solana keeps leaving exchanges, roughly 2.1 million SOL net over the past two weeks"
        " if you go by Glassnode.",
        [ev("exchange_flow", "2100000", "SOL", asset="asset:SOL", direction="out")],
        id="a-source-named-as-a-condition-is-no-hedge",
    ),
    pytest.param(
        "If Glassnode is right, roughly 2.1 million SOL could leave exchanges next week.",
        [],
        id="guard-a-real-condition-still-hedges",
    ),
    pytest.param(
        "Bitcoin funds lost $40 million. Multi-asset investments shed $2.3 million, while"
        " Solana (SOL) products drew $1.1 million. Outings from all crypto products amounted"
        " to $41.2 million.",
        [
            ev("etf_flow", "40000000", asset="asset:BTC", direction="out"),
            ev("etf_flow", "2300000", asset=None, direction="out"),
            ev("etf_flow", "1100000", asset="asset:SOL", direction="in"),
            ev("etf_flow", "41200000", direction="out"),
        ],
        id="translated-outings-are-outflows-and-multi-asset-names-no-asset",
    ),
    pytest.param(
        "Crypto investment products registered entries for 64 millions of dollars in the week."
        " The funds of cardano received entries of 2,4 millones de dólares, and the ones of"
        " Polkadot, 0,9 millions.",
        [
            ev("etf_flow", "64000000", asset=None, direction="in"),
            ev("etf_flow", "2400000", asset="asset:ADA", direction="in"),
            ev("etf_flow", "900000", asset="asset:DOT", direction="in"),
        ],
        id="translated-entries-untranslated-millones-and-an-elided-verb",
    ),
    pytest.param(
        "Crypto investment products lost 96 millions of dollars in the week. By countries,"
        " Sweden led the withdrawals with 71 millions, while Brazil and Switzerland registered"
        " entries of 5,3 and 2,8 millions, respectively.",
        [
            ev("etf_flow", "96000000", asset=None, direction="out", scope=None),
            ev("etf_flow", "71000000", asset=None, direction="out", scope="region"),
            ev("etf_flow", "5300000", asset=None, direction="in", scope="region"),
            ev("etf_flow", "2800000", asset=None, direction="in", scope="region"),
        ],
        id="countries-as-subjects-of-translated-flows-name-no-asset",
    ),
    pytest.param(
        "Ether funds drew $300,000 last week. Only Brazil saw inflows, with $300,000.",
        [
            ev("etf_flow", "300000", asset="asset:ETH", direction="in"),
            ev("etf_flow", "300000", asset=None, direction="in", scope="region"),
        ],
        id="a-countrys-flow-is-no-restatement-of-an-assets-flow-of-the-same-sum",
    ),
    pytest.param(
        "U.S. spot ether ETFs drew $41.5 million on Monday. The U.S. funds added another"
        " $12.2 million on Tuesday.",
        [
            ev("etf_flow", "41500000", asset="asset:ETH", direction="in"),
            ev("etf_flow", "12200000", asset="asset:ETH", direction="in", scope=None),
        ],
        id="guard-a-country-that-says-where-funds-are-listed-is-no-subject",
    ),
    pytest.param(
        "Net withdrawals from exchanges reached 14,300 ETH over the past 30 days, worth about"
        " $52 million.",
        [
            ev(
                "exchange_flow",
                "14300",
                "ETH",
                asset="asset:ETH",
                direction="out",
                figures=["52000000"],
            )
        ],
        id="a-value-after-a-window-phrase-restates-the-coins",
    ),
    pytest.param(
        "Stablecoin exchange inflows hit $2.4 billion this week, a cushion of buying power"
        " that could support prices.",
        [ev("exchange_flow", "2400000000", asset=None, direction="in")],
        id="a-hedge-in-an-appositives-relative-clause-comments-on-the-flow",
    ),
    pytest.param(
        "Ether inflows to exchanges came to 84,000 ETH over the week, Glassnode estimates.",
        [ev("exchange_flow", "84000", "ETH", asset="asset:ETH", direction="in")],
        id="a-sources-estimates-at-the-end-attributes-the-flow",
    ),
    pytest.param(
        "Ether ETFs Add $236 Million as Buyers Return\n\nU.S. spot ether ETFs drew a net"
        " $236.9 million on Tuesday, Farside data show.",
        [ev("etf_flow", "236900000", asset="asset:ETH", direction="in", figures=["236000000"])],
        id="a-fund-flow-headline-that-cuts-the-decimals-off-restates-the-body",
    ),
    pytest.param(
        "Solana ETFs Haul In $37 Million as Investors Snap a Four-Day Redemption Streak",
        [ev("etf_flow", "37000000", asset="asset:SOL", direction="in", window=None)],
        id="the-length-of-a-streak-a-flow-snaps-is-no-window",
    ),
    pytest.param(
        "U.S. spot ether ETFs drew a net $88.4 million on Tuesday, ending a six-day run of"
        " redemptions. The Fidelity Ethereum Fund (FETH) led with $51.2 million.",
        [
            ev("etf_flow", "88400000", asset="asset:ETH", direction="in", window=None),
            ev("etf_flow", "51200000", fund="fund:FETH", direction="in", window=None),
        ],
        id="the-length-of-a-run-a-flow-ends-is-no-window-of-its-parts",
    ),
    pytest.param(
        "Santiment counted a net 23,750 ETH flowing onto exchanges over the past week.",
        [ev("exchange_flow", "23750", "ETH", asset="asset:ETH", direction="in")],
        id="coins-flowing-onto-exchanges-are-an-inflow",
    ),
    pytest.param(
        "Some $2.1 billion worth of stablecoins flowed onto centralized exchanges this week.",
        [ev("exchange_flow", "2100000000", asset=None, direction="in")],
        id="stablecoins-that-flowed-onto-exchanges-are-an-inflow",
    ),
    pytest.param(
        "A net 6,150 BTC flowed out of exchanges on Monday, per CryptoQuant.",
        [ev("exchange_flow", "6150", "BTC", asset="asset:BTC", direction="out")],
        id="coins-that-flowed-out-of-exchanges-are-an-outflow",
    ),
    pytest.param(
        "Hackers drained $12 million from the Tarnwell bridge on Sunday. Bitcoin slid 2%, and"
        " CryptoQuant counted a net 9,800 BTC flowing into exchanges over the past 24 hours.",
        [
            ev("hack", "12000000"),
            ev("price_move", "2", "%", asset="asset:BTC", direction="down"),
            ev("exchange_flow", "9800", "BTC", asset="asset:BTC", direction="in"),
        ],
        id="a-net-flow-onto-exchanges-in-a-theft-story-is-the-markets",
    ),
    pytest.param(
        "Total assets held by the spot solana ETFs reached $1.42 billion on Friday.",
        [],
        id="assets-held-by-funds-are-no-flow",
    ),
    pytest.param(
        "Spot ether ETFs drew $64 million on Monday. Net assets managed by the funds reached"
        " $9.1 billion.",
        [ev("etf_flow", "64000000", asset="asset:ETH", direction="in")],
        id="assets-managed-by-funds-after-a-flow-are-no-flow",
    ),
    pytest.param(
        "Bitcoin funds drew $212 million last week, CoinShares said. Multi-asset products"
        " lost $6.4 million.",
        [
            ev("etf_flow", "212000000", asset="asset:BTC", direction="in"),
            ev("etf_flow", "6400000", asset=None, direction="out"),
        ],
        id="multi-asset-products-take-no-carried-asset",
    ),
    pytest.param(
        "Crypto Funds Pull In $2.3B as Solana Products Log Record Week",
        [ev("etf_flow", "2300000000", asset=None, direction="in")],
        id="crypto-funds-flow-is-the-markets-not-a-later-clauses-asset",
    ),
    pytest.param(
        "Spot Solana ETFs Pull In $48 Million, Snapping Two-Day Outflow Streak\n\nU.S. spot"
        " solana ETFs drew a net $48.2 million on Tuesday, according to SoSoValue.",
        [ev("etf_flow", "48200000", asset="asset:SOL", direction="in", figures=["48000000"])],
        id="a-headline-pull-in-is-an-inflow-whatever-streak-it-ends",
    ),
    pytest.param(
        "Exchange balances fell by 48,300 BTC in November, leaving 2.41 million BTC on the"
        " platforms CryptoQuant tracks.",
        [ev("exchange_flow", "48300", "BTC", direction="out")],
        id="what-a-reserve-change-leaves-is-the-balance",
    ),
    pytest.param(
        "Kraken saw 9,400 ETH withdrawn on Thursday, leaving the exchange with roughly 1.2"
        " million ETH.",
        [ev("exchange_flow", "9400", "ETH", venue="venue:kraken", direction="out")],
        id="leaving-the-exchange-with-a-balance",
    ),
    pytest.param(
        "FBTC shed $84 million on Monday, leaving the fund with about $19 billion in assets.",
        [ev("etf_flow", "84000000", fund="fund:FBTC", direction="out")],
        id="what-a-fund-outflow-leaves-is-its-assets",
    ),
    pytest.param(
        "Tracked exchange wallets saw net outflows of 12,600 BTC over the week. Ether"
        " followed, with 51,000 ETH of net outflows over the same period.",
        [
            ev("exchange_flow", "12600", "BTC", direction="out", window="P7D"),
            ev("exchange_flow", "51000", "ETH", asset="asset:ETH", direction="out"),
        ],
        id="exchange-wallets-are-the-exchanges-and-set-the-flow-domain",
    ),
    pytest.param(
        "Santiment data show the supply sitting on exchanges shrank by 52,000 BTC in March.",
        [ev("exchange_flow", "52000", "BTC", asset="asset:BTC", direction="out")],
        id="the-supply-held-on-exchanges-is-their-reserve-and-its-change-a-flow",
    ),
    pytest.param(
        "Spot ether ETFs took in $95 million on Tuesday. ETHA and FETH led with $61.2 million "
        "and $19.8 million, in that order, while Grayscale's ETHE gave up $7.5 million.",
        [
            ev("etf_flow", "95000000", direction="in"),
            ev("etf_flow", "61200000", fund="fund:ETHA", direction="in"),
            ev("etf_flow", "19800000", fund="fund:FETH", direction="in"),
            ev("etf_flow", "7500000", fund="fund:ETHE", direction="out"),
        ],
        id="in-that-order-pairs-funds-with-figures-as-respectively-does",
    ),
    pytest.param(
        "Bitcoin fell 4% last week. Investors pulled $870 million from digital asset investment"
        " products over the week, CoinShares said.",
        [
            ev("price_move", "4", "%", asset="asset:BTC", direction="down"),
            ev("etf_flow", "870000000", asset=None, direction="out"),
        ],
        id="flows-of-digital-asset-products-name-no-single-asset",
    ),
    pytest.param(
        "Net withdrawals of SOL from exchanges reached 3.4 million SOL over the past week,"
        " worth about $512 million at current prices.",
        [ev("exchange_flow", "3400000", "SOL", direction="out", figures=["512000000"])],
        id="a-restatement-after-a-time-phrase-is-the-same-flow",
    ),
    pytest.param(
        "Miner Harrowby sends 250 BTC to Kraken as miners sell into the dip; treasury firm"
        " Oakvale adds 900 BTC.",
        [ev("transfer", "250", "BTC", venue="venue:kraken")],
        id="a-venue-of-another-clause-makes-no-exchange-flow",
    ),
    pytest.param(
        "Solana Flows Weekly\n\nA net 2.1 million SOL left exchanges this week, Nansen data"
        " show.\n\nSOL Price Outlook\n\n- Downside: $118\n- Upside: $164",
        [ev("exchange_flow", "2100000", "SOL", asset="asset:SOL", direction="out")],
        id="a-heading-that-names-prices-ends-a-flow-topic",
    ),
    pytest.param(
        "Allocators shoveled a further $77.3 million into the iShares Bitcoin Trust (IBIT)"
        " on Wednesday, and traders took 3,450 ETH off Kraken. A whale took 5,200 ETH off"
        " Binance.",
        [
            ev("etf_flow", "77300000", fund="fund:IBIT", direction="in"),
            ev("exchange_flow", "3450", "ETH", venue="venue:kraken", direction="out"),
            ev("transfer", "5200", "ETH", venue="venue:binance"),
        ],
        id="a-separable-verb-is-a-flow-before-its-particle-and-holder",
    ),
    pytest.param(
        "Investors plowed $402 million (roughly 6,300 BTC) into spot bitcoin ETFs on Monday,"
        " while holders yanked $38 million out of ether funds.",
        [
            ev("etf_flow", "402000000", asset="asset:BTC", direction="in", figures=["6300"]),
            ev("etf_flow", "38000000", asset="asset:ETH", direction="out"),
        ],
        id="a-separable-verb-reaches-past-a-bracketed-restatement",
    ),
    pytest.param(
        "The DAO put $12 million into ether staking last year, and the trader took 90 ETH"
        " of profit. Bitcoin traded at $71,240.",
        [ev("price_level", "71240", asset="asset:BTC")],
        id="a-separable-verb-without-a-fund-or-venue-after-its-particle-is-no-flow",
    ),
    pytest.param(
        "Spot solana ETFs drew $12.4 million on Monday. Grayscale's GSOL and Fidelity's FSOL,"
        " the smallest of the group, added $4.2 million and $2.6 million, respectively.",
        [
            ev("etf_flow", "12400000", asset="asset:SOL", direction="in"),
            ev("etf_flow", "4200000", fund="fund:GSOL", direction="in"),
            ev("etf_flow", "2600000", fund="fund:FSOL", direction="in"),
        ],
        id="fidelitys-solana-fund-is-a-fund",
    ),
    pytest.param(
        "Kraken users added a net 2,150 BTC in March, while stablecoin deposits exceeded"
        " withdrawals by 87 million USDT. On Bitstamp, withdrawals outpaced deposits by 1,240 ETH.",
        [
            ev("exchange_flow", "2150", "BTC", venue="venue:kraken", direction="in"),
            ev("exchange_flow", "87000000", "USDT", venue="venue:kraken", direction="in"),
            ev("exchange_flow", "1240", "ETH", venue="venue:bitstamp", direction="out"),
        ],
        id="deposits-exceeded-withdrawals-by-is-a-net-inflow",
    ),
    pytest.param(
        "Users added a net 2,150 BTC to Kraken in March. The figures mark a turnaround from May,"
        " when a rival's collapse prompted users to withdraw a net $640 million from Kraken in"
        " two weeks.",
        [
            ev("exchange_flow", "2150", "BTC", venue="venue:kraken", direction="in"),
            ev("exchange_flow", "640000000", venue="venue:kraken", direction="out"),
        ],
        id="to-withdraw-is-an-outflow",
    ),
    pytest.param(
        "Spot ether ETFs shed $84.2 million on Thursday, per SoSoValue.\n\nKey numbers:\n"
        "- ETH: $2,912, down 2.1%\n- SOL: steady near $138.70",
        [
            ev("etf_flow", "84200000", direction="out"),
            ev("price_level", "2912", asset="asset:ETH"),
            ev("price_move", "2.1", "%", asset="asset:ETH", direction="down"),
            ev("price_level", "138.7", asset="asset:SOL"),
        ],
        id="an-assets-list-line-quoted-near-a-price-is-no-fund-flow",
    ),
    pytest.param(
        "Upbit saw a net 3,150 BTC of deposits on Friday. Combined 24-hour turnover on the four"
        " won-based exchanges reached 6.2 trillion won.",
        [ev("exchange_flow", "3150", "BTC", venue="venue:upbit", direction="in")],
        id="turnover-is-a-volume-not-a-flow",
    ),
    pytest.param(
        "Grayscale's ETHE lost $14.6 million, partly offset by $6.1 million that went into"
        " Fidelity's FETH. BITB partly offset the selling with $4.4 million in fresh"
        " subscriptions.",
        [
            ev("etf_flow", "14600000", fund="fund:ETHE", direction="out"),
            ev("etf_flow", "6100000", fund="fund:FETH", direction="in"),
            ev("etf_flow", "4400000", fund="fund:BITB", direction="in"),
        ],
        id="money-that-went-into-a-fund-and-subscriptions-are-inflows",
    ),
    pytest.param(
        "- Spot ether ETFs: -$61.2M on Friday, with FETH accounting for $40.5M.",
        [
            ev("etf_flow", "-61200000", asset="asset:ETH", direction="out"),
            ev("etf_flow", "40500000", fund="fund:FETH", direction="out"),
        ],
        id="a-fund-part-keeps-the-signed-total-direction",
    ),
    pytest.param(
        "Crypto investment products saw outflows of $410m last week. Inflows came only from"
        " Brazil and Australia, which saw $31m and $12m respectively.",
        [
            ev("etf_flow", "410000000", direction="out"),
            ev("etf_flow", "31000000", direction="in"),
            ev("etf_flow", "12000000", direction="in"),
        ],
        id="regions-before-a-relative-clause",
    ),
    pytest.param(
        "Solana investment products took in $21m last week, a reversal after two weeks of"
        " redemptions that totalled $48m.",
        [
            ev("etf_flow", "21000000", asset="asset:SOL", direction="in"),
            ev("etf_flow", "48000000", asset="asset:SOL", direction="out"),
        ],
        id="a-flow-noun-before-a-relative-that",
    ),
    pytest.param(
        "Spot solana ETFs took in $24 million on Monday. Bitwise's BSOL remains the largest,"
        " with $390 million in assets. Taken together, the funds now manage $1.2 billion.",
        [ev("etf_flow", "24000000", asset="asset:SOL", direction="in")],
        id="assets-a-fund-manages-are-no-flow",
    ),
    pytest.param(
        "Spot ether ETFs pulled in $96 million on Friday. Friday's haul follows $310 million"
        " of net outflows over the prior two days.",
        [
            ev("etf_flow", "96000000", asset="asset:ETH", direction="in"),
            ev("etf_flow", "310000000", asset="asset:ETH", direction="out"),
        ],
        id="the-noun-after-of-names-the-figure",
    ),
    pytest.param(
        "Spot ether ETFs took in $212 million on Tuesday, ending a three-day run of"
        " redemptions that had drained $480 million from the funds. BlackRock's ETHA led the"
        " day with $151 million, while Fidelity's FETH and Bitwise's ETHW brought in $38"
        " million and $23 million, respectively.",
        [
            ev("etf_flow", "212000000", asset="asset:ETH", direction="in"),
            ev("etf_flow", "480000000", asset="asset:ETH", direction="out"),
            ev("etf_flow", "151000000", fund="fund:ETHA", direction="in"),
            ev("etf_flow", "38000000", fund="fund:FETH", direction="in"),
            ev("etf_flow", "23000000", fund="fund:ETHW", direction="in"),
        ],
        id="an-earlier-period-sets-no-direction",
    ),
    pytest.param(
        "Digital asset investment products pulled in $84 million last week. Ether funds took"
        " the lion's share with $61.5 million, while short-bitcoin products saw outflows of"
        " $2.2 million.",
        [
            ev("etf_flow", "84000000", direction="in"),
            ev("etf_flow", "61500000", asset="asset:ETH", direction="in"),
            ev("etf_flow", "2200000", direction="out"),
        ],
        id="a-contrasting-clause-keeps-its-flow-word",
    ),
    pytest.param(
        "A whale moved 2,000 ETH between wallets. Exchange netflow for ETH in the last 24h:"
        " -41,200 ETH (outflow), per CryptoQuant.",
        [
            ev("transfer", "2000", "ETH", asset="asset:ETH"),
            ev("exchange_flow", "-41200", "ETH", asset="asset:ETH", direction="out"),
        ],
        id="an-exchange-netflow-is-the-exchanges",
    ),
    pytest.param(
        "Tracked exchange wallets saw net outflows of 18,200 ETH over the week. Kraken took the"
        " bulk, with 11,400 ETH of net outflows.",
        [
            ev("exchange_flow", "18200", "ETH", direction="out"),
            ev("exchange_flow", "11400", "ETH", venue="venue:kraken", direction="out"),
        ],
        id="net-after-the-figure",
    ),
    pytest.param(
        "Solana Funds Extend Streak as Ether ETFs Post $290 Million Weekly Exodus\n\nSpot"
        " ether ETFs shed a net $290 million over the week. Tuesday alone accounted for $121"
        " million of that.",
        [
            ev("etf_flow", "290000000", asset="asset:ETH", direction="out"),
            ev("etf_flow", "121000000", asset="asset:ETH", direction="out"),
        ],
        id="a-part-of-a-total-takes-the-totals-asset-not-the-articles",
    ),
    pytest.param(
        "Bitcoin products shed $80 million last week, while multi-asset funds gained $3.1"
        " million. The Valkyr Ether ETF jumped 240% to $95 million in assets.",
        [
            ev("etf_flow", "80000000", asset="asset:BTC", direction="out"),
            ev("etf_flow", "3100000", direction="in"),
        ],
        id="funds-that-gain-money-take-in-a-flow-but-a-size-reached-is-none",
    ),
    pytest.param(
        "Ether Funds Post $212 Million Weekly Exodus as Solana Products Lure Buyers\n\n"
        "Spot ether ETFs shed a net $212 million over the week. Thursday alone accounted"
        " for $97 million of that. Solana funds, by contrast, absorbed $18.5 million.",
        [
            ev("etf_flow", "212000000", asset="asset:ETH", direction="out"),
            ev("etf_flow", "97000000", asset="asset:ETH", direction="out"),
            ev("etf_flow", "18500000", asset="asset:SOL", direction="in"),
        ],
        id="a-headline-exodus-merges-and-a-day-accounts-for-part-of-the-week",
    ),
    pytest.param(
        "Digital asset investment products saw outflows of $940 million last week. Canadian"
        " investors pulled $48 million. Total net assets stood at $151.2 billion.",
        [
            ev("etf_flow", "940000000", direction="out"),
            ev("etf_flow", "48000000", direction="out"),
        ],
        id="investors-pulled-is-an-outflow-and-net-assets-no-flow",
    ),
    pytest.param(
        "Digital asset investment products drew $310 million last week. Solana products"
        " reversed course, gathering $41 million after outflows of $88 million the previous"
        " week. Among altcoins, Cardano followed with $6.2 million.",
        [
            ev("etf_flow", "310000000", direction="in"),
            ev("etf_flow", "41000000", asset="asset:SOL", direction="in"),
            ev("etf_flow", "88000000", asset="asset:SOL", direction="out"),
            ev("etf_flow", "6200000", asset="asset:ADA", direction="in"),
        ],
        id="an-earlier-period-gives-no-direction-to-the-next-sentence",
    ),
    pytest.param(
        "Spot ether ETFs took in $84.2 million on Monday, and Tuesday's haul was close behind at"
        " $79.6 million. Wednesday's intake shrank to $12 million.",
        [
            ev("etf_flow", "84200000", asset="asset:ETH", direction="in"),
            ev("etf_flow", "79600000", asset="asset:ETH", direction="in"),
            ev("etf_flow", "12000000", asset="asset:ETH", direction="in"),
        ],
        id="inflow-nouns-keep-their-direction-under-a-falling-verb",
    ),
    pytest.param(
        "Net flows into U.S. spot ether ETFs came to $612 million in October. Bitcoin exchange"
        " netflows turned negative at -8,400 BTC as ETFs kept buying.",
        [
            ev("etf_flow", "612000000", asset="asset:ETH", direction="in"),
            ev("exchange_flow", "-8400", "BTC", asset="asset:BTC", direction="out"),
        ],
        id="a-netflow-into-funds-is-a-fund-flow",
    ),
    pytest.param(
        "Digital asset investment products drew $310 million last week. Australia registered"
        " $2.7 million of new money.",
        [
            ev("etf_flow", "310000000", direction="in"),
            ev("etf_flow", "2700000", direction="in"),
        ],
        id="new-money-is-an-inflow",
    ),
    pytest.param(
        "Spot ether ETFs recorded net outflows of $61 million on Monday.",
        [ev("etf_flow", "61000000", asset="asset:ETH", direction="out")],
        id="etf-outflows",
    ),
    pytest.param(
        "Roughly $12 million left FBTC on Friday.",
        [ev("etf_flow", "12000000", fund="fund:FBTC", asset="asset:BTC", direction="out")],
        id="left-a-fund",
    ),
    pytest.param(
        "Digital asset investment products lost $40 million to outflows last week.",
        [ev("etf_flow", "40000000", direction="out")],
        id="investment-products-without-the-word-etf",
    ),
    pytest.param(
        "Digital asset investment products saw inflows for a second week. Solana,"
        " Cardano and Litecoin drew $3.1 million, $1.4 million and $0.6 million, respectively.",
        [
            ev("etf_flow", "3100000", asset="asset:SOL", direction="in"),
            ev("etf_flow", "1400000", asset="asset:ADA", direction="in"),
            ev("etf_flow", "600000", asset="asset:LTC", direction="in"),
        ],
        id="products-by-asset-respectively",
    ),
    pytest.param(
        "About 12,400 BTC was withdrawn from Kraken over the week.",
        [ev("exchange_flow", "12400", "BTC", venue="venue:kraken", direction="out")],
        id="exchange-withdrawal",
    ),
    pytest.param(
        "Bitfinex's bitcoin reserves are down 8,200 BTC since March.",
        [ev("exchange_flow", "8200", "BTC", venue="venue:bitfinex", direction="out")],
        id="reserves-down",
    ),
    pytest.param("Gemini holds 41,000 BTC in reserves.", [], id="holdings-are-not-flows"),
    pytest.param(
        "Kraken holds $3 billion in customer deposits.", [], id="deposits-held-are-not-a-flow"
    ),
    pytest.param(
        "Ether exchange balances dropped by 210,000 ETH in March, on-chain data show.",
        [ev("exchange_flow", "210000", "ETH", direction="out")],
        id="balances-dropped-by",
    ),
    pytest.param(
        "Spot Solana ETFs drew $27.5 million in net inflows, led by Bitwise's BSOL with $19"
        " million.",
        [
            ev("etf_flow", "27500000", asset="asset:SOL", fund=None, direction="in"),
            ev("etf_flow", "19000000", fund="fund:BSOL", direction="in"),
        ],
        id="a-total-led-by-a-fund",
    ),
    pytest.param(
        "Ether ETFs shed $58 million as ETHA lost $31 million and FETH $12 million.",
        [
            ev("etf_flow", "58000000", asset="asset:ETH", fund=None, direction="out"),
            ev("etf_flow", "31000000", fund="fund:ETHA", direction="out"),
            ev("etf_flow", "12000000", fund="fund:FETH", direction="out"),
        ],
        id="elided-fund-list",
    ),
    pytest.param(
        "Spot bitcoin ETFs ended a four-day outflow streak on Tuesday. The Franklin Bitcoin"
        " ETF (EZBC) did most of the work, adding $48.2 million, and ARKB followed with $9.1"
        " million.",
        [
            ev("etf_flow", "48200000", fund="fund:EZBC", direction="in"),
            ev("etf_flow", "9100000", fund="fund:ARKB", direction="in"),
        ],
        id="inflow-verbs-in-ing-set-the-direction-the-list-carries",
    ),
    pytest.param(
        "Spot ether ETFs pulled in $57 million on Wednesday. ETHA and FETH gathered $20"
        " million each.",
        [
            ev("etf_flow", "57000000", asset="asset:ETH", fund=None, direction="in"),
            ev("etf_flow", "20000000", fund="fund:ETHA", direction="in"),
            ev("etf_flow", "20000000", fund="fund:FETH", direction="in"),
        ],
        id="each-after-the-figure-gives-it-to-the-coordinated-subject",
    ),
    pytest.param(
        "Spot ether ETFs pulled in $57 million on Wednesday. Bitwise's ETHW and VanEck's ETHV"
        " took in $2.6 million each.",
        [
            ev("etf_flow", "57000000", asset="asset:ETH", fund=None, direction="in"),
            ev("etf_flow", "2600000", fund="fund:ETHW", direction="in"),
            ev("etf_flow", "2600000", fund="fund:ETHV", direction="in"),
        ],
        id="each-over-funds-named-with-their-issuers",
    ),
    pytest.param(
        "Spot bitcoin ETFs drew $140 million on Monday, analysts said. One strategist added"
        " that the $62,000 area is the next support to watch.",
        [
            ev("etf_flow", "140000000", asset="asset:BTC", direction="in"),
            ev("price_level", "62000", asset="asset:BTC"),
        ],
        id="added-that-reports-speech-not-a-flow",
    ),
    pytest.param(
        "Spot ether ETFs on Tuesday: -$27.4M net. ETHA +$6.2M, FETH -$19.8M.",
        [
            ev("etf_flow", "-27400000", asset="asset:ETH", fund=None, direction="out"),
            ev("etf_flow", "6200000", fund="fund:ETHA", direction="in"),
            ev("etf_flow", "-19800000", fund="fund:FETH", direction="out"),
        ],
        id="signed-amounts-beside-funds-are-flows-their-sign-the-direction",
    ),
    pytest.param(
        "Digital asset investment products saw $640 million of outflows last week. The United"
        " States led outflows at $598 million, followed by Sweden and Canada with $22 million"
        " and $9 million, respectively.",
        [
            ev("etf_flow", "640000000", direction="out"),
            ev("etf_flow", "598000000", direction="out"),
            ev("etf_flow", "22000000", direction="out"),
            ev("etf_flow", "9000000", direction="out"),
        ],
        id="flows-by-country-in-a-sentence-that-names-the-flow",
    ),
    pytest.param(
        "Digital asset investment products saw $640 million of outflows last week. Sweden was"
        " responsible for $22 million of the trading.",
        [ev("etf_flow", "640000000", direction="out")],
        id="a-country-without-a-flow-word-states-no-flow",
    ),
    pytest.param(
        "Crypto liquidations reached $310 million. Spot $SOL ETFs: -$12.6M",
        [
            ev("liquidation", "310000000"),
            ev("etf_flow", "-12600000", asset="asset:SOL", direction="out"),
        ],
        id="a-signed-fund-figure-is-a-flow-whatever-the-topic",
    ),
    pytest.param(
        "Spot bitcoin ETFs took in $310 million, while ether funds saw $64 million leave.",
        [
            ev("etf_flow", "310000000", asset="asset:BTC", direction="in"),
            ev("etf_flow", "64000000", asset="asset:ETH", direction="out"),
        ],
        id="leave-is-an-outflow-verb",
    ),
    pytest.param(
        "Exchange outflows picked up this week. Kraken saw 21,000 ETH leave its wallets.",
        [ev("exchange_flow", "21000", "ETH", venue="venue:kraken", direction="out")],
        id="a-holders-own-wallets-name-no-whale",
    ),
    pytest.param(
        "Spot ether ETFs shed $95 million on Friday. ETHA is still carrying about 3.1 million ETH.",
        [ev("etf_flow", "95000000", asset="asset:ETH", direction="out")],
        id="a-fund-still-carrying-coins-is-no-flow",
    ),
    pytest.param(
        "Exchange inflows rose, with 8,700 ETH sent to Coinbase.\n\nOKX Free $20 (Limited):"
        " Sign up through our link to get $20 free and a 10% fee discount on your first"
        " deposit.",
        [ev("transfer", "8700", "ETH", venue="venue:coinbase", direction="in")],
        id="an-affiliate-offer-under-the-story-is-no-flow",
    ),
    pytest.param(
        "Digital asset investment products shed $412 million last week, with ether making up"
        " $268 million of the total and XRP products drawing $19 million of inflows.",
        [
            ev("etf_flow", "412000000", direction="out", asset=None),
            ev("etf_flow", "268000000", asset="asset:ETH", direction="out"),
            ev("etf_flow", "19000000", asset="asset:XRP", direction="in"),
        ],
        id="a-part-making-up-the-total-keeps-its-direction",
    ),
    pytest.param(
        "Glassnode's all-exchange netflow turned positive, with 3,150 ETH sent onto"
        " exchanges successful the past time, arsenic agelong holders whitethorn sell.",
        [ev("exchange_flow", "3150", "ETH", direction="in", window="P1D")],
        id="spun-the-past-time-is-the-past-day",
    ),
    pytest.param(
        "Ether's exchange netflow turned positive, with 6,400 ETH moving onto exchanges over"
        " the past day, a potential sign of selling.",
        [ev("exchange_flow", "6400", "ETH", direction="in", window="P1D")],
        id="a-hedge-in-a-trailing-comment-hedges-no-fact",
    ),
    pytest.param(
        "Spot bitcoin ETFs drew $512 million on Tuesday. BlackRock's IBIT took 61%, or $312"
        " million.",
        [
            ev("etf_flow", "512000000", direction="in"),
            ev("etf_flow", "312000000", fund="fund:IBIT", direction="in"),
        ],
        id="a-funds-share-restated-as-a-sum",
    ),
    pytest.param(
        "Spot ether ETFs took in $64 million on Monday. Net flows into the funds have now"
        " reached $9.1 billion since launch.",
        [
            ev("etf_flow", "64000000", direction="in"),
            ev("etf_flow", "9100000000", direction="in"),
        ],
        id="net-flows-into-the-funds-of-a-fund-story",
    ),
    pytest.param(
        "Crypto investment products posted outflows of $81 million last week, CoinShares"
        " reported. By country, Canada accounted for the bulk of the releases, with $44.2"
        " million. France was responsible for $3.1 million in releases, while Japan was"
        " responsible for $1.4 million.",
        [
            ev("etf_flow", "81000000", asset=None, direction="out", window="P7D"),
            ev("etf_flow", "44200000", asset=None, direction="out", scope="region"),
            ev("etf_flow", "3100000", asset=None, direction="out", scope="region"),
            ev("etf_flow", "1400000", asset=None, direction="out", scope="region"),
        ],
        id="translated-releases-are-a-regions-outflows",
    ),
    pytest.param(
        "Crypto investment products posted outflows of $81 million last week. The outflow"
        " streak has now run for three straight weeks, bringing cumulative outflows over that span"
        " to roughly $310 million, or 0.9% of total assets under management.",
        [
            ev("etf_flow", "81000000", direction="out"),
            ev("etf_flow", "310000000", asset=None, window="P3W", figures=["0.9"]),
        ],
        id="a-flow-restated-as-a-share-of-assets-under-management",
    ),
    pytest.param(
        "Bitcoin ETFs and crypto funds: digital asset investment products saw inflows of $96"
        " million last week. Year-to-date inflows now stand at $4.1 billion.",
        [
            ev("etf_flow", "96000000", asset=None, window="P7D"),
            ev("etf_flow", "4100000000", asset=None, direction="in", fund=None),
        ],
        id="a-flow-naming-no-asset-goes-on-with-the-market-wide-flow",
    ),
    pytest.param(
        "On Gemini, withdrawals kept exceeding deposits by 3,480 ETH. Nansen counted a net"
        " 19,300 ETH leaving exchanges during the week, though a net 4,400 BTC was flowing in.",
        [
            ev("exchange_flow", "3480", "ETH", venue="venue:gemini", direction="out"),
            ev("exchange_flow", "19300", "ETH", direction="out", window="P7D"),
            ev("exchange_flow", "4400", "BTC", asset="asset:BTC", direction="in", window="P7D"),
        ],
        id="withdrawals-exceeding-deposits-and-coins-flowing-in-say-which-way",
    ),
    pytest.param(
        "Whale-to-exchange flows climbed to 61,000 SOL on Saturday, CryptoQuant data show.",
        [
            ev("exchange_flow", "61000", "SOL", asset="asset:SOL", direction="in", venue=None),
        ],
        id="a-class-of-holders-to-exchange-flows-are-an-exchange-inflow",
    ),
    pytest.param(
        "Nansen data show ether balances on exchanges dropped by 52,800 ETH over the month."
        " Stablecoins went the other way: netflows to exchanges totalled $1.9 billion over the"
        " week, the largest since May, led by USDT ($1.3 billion) and USDC ($420 million),"
        " according to the firm's dashboard.",
        [
            ev("exchange_flow", "52800", "ETH", direction="out", window="P1M"),
            ev("exchange_flow", "1900000000", asset=None, direction="in"),
            ev("exchange_flow", "1300000000", asset="asset:USDT", direction="in"),
            ev("exchange_flow", "420000000", asset="asset:USDC", direction="in"),
        ],
        id="an-assets-part-takes-the-direction-of-its-sentences-flow",
    ),
    pytest.param(
        "Spot bitcoin ETFs took in $310 million on Tuesday, with $220 million of it going into"
        " IBIT. The remainder, about $90 million, went to smaller issuers.",
        [
            ev("etf_flow", "310000000", direction="in"),
            ev("etf_flow", "220000000", direction="in", fund="fund:IBIT"),
            ev("etf_flow", "90000000", direction="in", asset="asset:BTC", fund=None),
        ],
        id="the-remainder-of-a-fund-flow-is-the-flows",
    ),
    pytest.param(
        "Crypto funds lost $120 million last week. Avalanche and Cardano products each drew"
        " $1.4 million.",
        [ev("etf_flow", "120000000", direction="out")]
        + [ev("etf_flow", "1400000", direction="in", asset=f"asset:{a}") for a in ("AVAX", "ADA")],
        id="two-assets-products-each-drew-a-sum",
    ),
    pytest.param(
        "Grayscale's ETHE and Fidelity's FETH funds each shed $8.1 million on Monday.",
        [ev("etf_flow", "8100000", fund=f"fund:{f}", direction="out") for f in ("ETHE", "FETH")],
        id="two-named-funds-each-shed-a-sum",
    ),
    pytest.param(
        "Spot XRP funds took in $19.4 million on Monday, with Grayscale's GXRP adding $6.1"
        " million and Franklin Templeton's XRPZ $4.3 million.",
        [
            ev("etf_flow", "19400000", direction="in", asset="asset:XRP", fund=None),
            ev("etf_flow", "6100000", direction="in", asset="asset:XRP", fund="fund:GXRP"),
            ev("etf_flow", "4300000", asset="asset:XRP", fund="fund:XRPZ", direction="in"),
        ],
        id="the-spot-xrp-funds-are-known",
    ),
    pytest.param(
        "Solana ETFs extend their streak while ether funds bleed $118 million",
        [ev("etf_flow", "118000000", direction="out", asset="asset:ETH")],
        id="a-headlines-funds-that-bleed-a-sum-lose-it",
    ),
    pytest.param(
        "Cardano continues to bleed, down 5% on the day at $0.61.",
        [ev("price_move", "5", "%", direction="down"), ev("price_level", "0.61")],
        id="guard-a-coin-that-continues-to-bleed-moves",
    ),
    pytest.param(
        "XRP funds bleed $14.6 million in a week as Solana products take in $9.1 million",
        [
            ev("etf_flow", "14600000", direction="out", asset="asset:XRP"),
            ev("etf_flow", "9100000", direction="in", asset="asset:SOL"),
        ],
        id="funds-that-bleed-a-sum-lose-it",
    ),
    pytest.param(
        "Polkadot funds saw inflows of $3.7 million last week, while Litecoin funds lost $1.2"
        " million.",
        [
            ev("etf_flow", "3700000", asset="asset:DOT", direction="in"),
            ev("etf_flow", "1200000", asset="asset:LTC", direction="out"),
        ],
        id="an-assets-funds-are-funds-whatever-the-asset",
    ),
    pytest.param(
        "Thieves drained $4.4 million from Marvel Vault on Monday. Some $1.1 million of the ETH"
        " funds was bridged to Arbitrum.",
        [ev("hack", "4400000"), ev("transfer", "1100000", asset="asset:ETH")],
        id="guard-an-assets-funds-in-a-theft-story-are-loot",
    ),
    pytest.param(
        "Ether rose. Net inflows came to $88 million on Tuesday, Farside Investors data show."
        " Weekly outflows hit $212 million last week, according to CoinShares.",
        [
            ev("etf_flow", "88000000", direction="in"),
            ev("etf_flow", "212000000", direction="out"),
        ],
        id="a-bare-flow-a-fund-flow-tracker-reports-is-the-funds",
    ),
    pytest.param(
        "Ether (ETH) funds recorded inflows of 1,3 Mrd. US-Dollar in the week, according to"
        " CoinShares.",
        [ev("etf_flow", "1300000000", asset="asset:ETH", direction="in")],
        id="translated-mrd-abbreviation-is-a-billion",
    ),
    # what a wallet received from an exchange over a period left the exchange
    pytest.param(
        "A whale wallet received 4,100 ETH from the exchange Kraken over the past week.",
        [ev("exchange_flow", "4100", "ETH", venue="venue:kraken", direction="out")],
        id="a-wallet-receiving-from-an-exchange-over-a-week-is-an-outflow",
    ),
    pytest.param(
        "Bitstamp received 3,300 BTC from Gemini over the month.",
        [ev("exchange_flow", "3300", "BTC", venue="venue:bitstamp", direction="in")],
        id="guard-an-exchange-receiving-from-another-is-its-inflow",
    ),
]

TRANSFERS_AND_HACKS = [
    pytest.param(
        "Whale Alert flagged 1,200 BTC moving from an unknown wallet to Kraken.\n\n"
        "Read also: How Solana Whales Traded the March Rally\n\n"
        "On the Ether side, Whale Alert spotted 3,100 ETH ($9.8 million) heading to OKX.",
        [
            ev("transfer", "1200", "BTC", venue="venue:kraken", direction="in"),
            ev("transfer", "3100", "ETH", venue="venue:okx", direction="in"),
        ],
        id="guard-a-read-also-line-without-figures-changes-no-topic",
    ),
    pytest.param(
        "Lookonchain: a whale sent 3,500 $SOL to #Bybit. It still has 41,000 $SOL left.",
        [ev("transfer", "3500", "SOL", venue="venue:bybit", direction="in")],
        id="what-a-whale-has-left-is-a-balance",
    ),
    pytest.param(
        "Roughly 7,800 SOL left Bybit over the weekend, CryptoQuant data show.",
        [ev("exchange_flow", "7800", "SOL", venue="venue:bybit", direction="out")],
        id="guard-coins-that-left-an-exchange-are-a-flow",
    ),
    pytest.param(
        "Hackers drained $12 million from Corvex, a lending protocol on Arbitrum. Ether fell"
        " 7% on the day, and 21,800 ETH changed hands on Kraken in the session.",
        [
            ev("hack", "12000000"),
            ev("price_move", "7", "%", asset="asset:ETH", direction="down"),
        ],
        id="coins-that-changed-hands-are-a-volume",
    ),
    pytest.param(
        "Arkham says an address beginning 0x91c4 pulled 3.6 billion SHIB from OKX, its"
        " second withdrawal in three days.",
        [ev("transfer", "3600000000", "SHIB", venue="venue:okx", direction="out", window=None)],
        id="its-nth-withdrawal-in-days-numbers-one-move",
    ),
    pytest.param(
        "An Ethereum wallet funded in the 2016 crowdsale shipped 2,750 ETH to Bitstamp on"
        " Friday, its first on-chain activity in eight years.",
        [ev("transfer", "2750", "ETH", venue="venue:bitstamp", direction="in", window=None)],
        id="its-first-activity-in-years-is-no-window",
    ),
    pytest.param(
        "Thieves drained $23 million from Corvane, a Base lending market, and the exploiter kept"
        " most of the loot. Some 2,350 ETH was then routed to Railgun in small batches.",
        [ev("hack", "23000000"), ev("transfer", "2350", "ETH", asset="asset:ETH", venue=None)],
        id="loot-that-was-then-routed-to-a-mixer-moved-on",
    ),
    pytest.param(
        "Thieves drained Corvane, a Base lending market, and the exploiter kept the loot. Whale"
        " Alert also tracked big stablecoin moves: the Circle Treasury sent 90,000,000 USDC to"
        " Kraken, and a wallet withdrew 45 million USDT from OKX.",
        [
            ev("transfer", "90000000", "USDC", venue="venue:kraken", direction="in"),
            ev("transfer", "45000000", "USDT", venue="venue:okx", direction="out"),
        ],
        id="a-withdrawal-after-a-transfer-of-its-sentence-is-no-theft",
    ),
    pytest.param(
        "Thieves drained $23 million from Corvane, a Base lending market, and the exploiter kept"
        " most of the loot. By Sunday the attacker had split 7,800 ETH across twelve fresh wallets,"
        " and another 160 ETH was sent through SideShift.",
        [ev("hack", "23000000"), ev("transfer", "7800", "ETH"), ev("transfer", "160", "ETH")],
        id="loot-split-across-fresh-wallets-or-sent-through-a-swap-service",
    ),
    pytest.param(
        "Kraken's weekly net outflow reached 9,400 BTC. A cluster of addresses linked to a"
        " market maker withdrew 2.7K BTC from the exchange in two transactions on Monday,"
        " lifting Kraken's outflow for the week to 11,200 BTC.",
        [
            ev("exchange_flow", "9400", "BTC", venue="venue:kraken", direction="out"),
            ev("transfer", "2700", "BTC", asset="asset:BTC", venue="venue:kraken", direction="out"),
            ev("exchange_flow", "11200", "BTC", venue="venue:kraken", direction="out"),
        ],
        id="a-withdrawal-in-two-transactions-from-the-exchange-is-a-transfer",
    ),
    pytest.param(
        "Over the past three weeks, the same entity pulled 9,250 ETH out of Kraken in a single"
        " transaction.",
        [ev("transfer", "9250", "ETH", venue="venue:kraken", direction="out")],
        id="an-entity-pulling-coins-out-of-a-venue-in-one-transaction",
    ),
    pytest.param(
        "A whale has withdrawn 38,000 AVAX from OKX over the past two days in 30 transactions.",
        [ev("exchange_flow", "38000", "AVAX", venue="venue:okx", direction="out")],
        id="guard-a-whales-many-withdrawals-over-days-are-a-flow",
    ),
    pytest.param(
        "Thieves drained $14 million from Korvel, a lending protocol, on Monday. Kraken had"
        " frozen 512 ETH that the attacker tried to deposit.",
        [
            ev("hack", "14000000", asset=None, venue=None),
            ev("transfer", "512", "ETH", venue="venue:kraken", direction="in"),
        ],
        id="coins-an-exchange-froze-on-deposit-are-a-transfer-in",
    ),
    pytest.param(
        "09:12 *TALLOWAY BRIDGE EXPLOITED FOR $6M\n09:40 *OKX FREEZES 185 ETH SENT FROM"
        " TALLOWAY EXPLOITER ADDRESS",
        [ev("hack", "6000000"), ev("transfer", "185", "ETH", venue="venue:okx", direction="in")],
        id="a-flash-line-of-frozen-coins-sent-from-the-thief",
    ),
    pytest.param(
        "Thieves drained $14 million from Korvel on Monday. Tether froze 1.2 million USDT"
        " held by the attacker.",
        [ev("hack", "14000000")],
        id="guard-an-issuer-freezing-coins-sends-nothing",
    ),
    pytest.param(
        "The Tether Treasury shipped 320,000,000 USDT to Kraken on Friday.",
        [ev("transfer", "320000000", "USDT", venue="venue:kraken", direction="in")],
        id="shipped-is-a-transfer-verb",
    ),
    pytest.param(
        "A Cardano whale lost $8 million on a leveraged ADA bet on Bybit. Whale '0x4be' dumped"
        " 2,100 SOL for 410,000 USDC on Jupiter, booking a $95,000 loss.",
        [],
        id="a-whales-trading-loss-is-no-transfer",
    ),
    pytest.param(
        "09:10 *WHALE TRACKERS SAY 4,000 ETH SENT TO KRAKEN\n09:40 *CRYPTO MARKET VALUE ADDS"
        " $38B IN 3 HOURS TO $2.61T",
        [ev("transfer", "4000", "ETH", venue="venue:kraken")],
        id="a-market-value-that-adds-is-no-flow",
    ),
    pytest.param(
        "A phishing scam took $3.1 million in ETH from traders last week, ScamSniffer said."
        " Separately, Arkham flagged 4,000 ETH moving from an old wallet to Kraken. Another"
        " address withdrew 1,250 BTC from Coinbase on Tuesday.",
        [
            ev("hack", "3100000"),
            ev("transfer", "4000", "ETH", venue="venue:kraken"),
            ev("transfer", "1250", "BTC", venue="venue:coinbase"),
        ],
        id="a-digests-withdrawal-after-a-transfer-is-no-theft",
    ),
    pytest.param(
        "Hackers drained $31 million in ETH from the Ostvane exchange in an exploit on Sunday."
        " When withdrawals reopened on Tuesday, customers pulled about $22 million in net"
        " outflows from the platform over 24 hours.",
        [
            ev("hack", "31000000"),
            ev("exchange_flow", "22000000", direction="out"),
        ],
        id="customers-withdrawals-after-a-theft-are-no-theft",
    ),
    pytest.param(
        "Bitcoin liquidations hit $300 million on Monday. Crypto platforms lost $1.6 billion in"
        " ETH and other tokens to hacks and scams in the first half, with centralized exchanges"
        " accounting for $940 million of that.",
        [
            ev("liquidation", "300000000"),
            ev("hack", "1600000000"),
            ev("hack", "940000000"),
        ],
        id="guard-a-part-of-the-sentences-own-theft-total",
    ),
    pytest.param(
        "Exploiters drained 5,300 ETH and 8.6 million USDC from Brisken, a lending protocol on"
        " Base, on Monday. The remainder, roughly $2.9 million, was split across a handful of"
        " smaller tokens.",
        [
            ev("hack", "5300", "ETH"),
            ev("hack", "8600000", "USDC"),
            ev("hack", "2900000", asset=None),
        ],
        id="the-remainder-of-a-theft-is-the-thefts",
    ),
    pytest.param(
        "Of the stolen coins, 4,700 ETH was taken from the Halvane bridge's main contract,"
        " while the rest, 11.3 million USDT and 2.2 million DAI, came from two pools on"
        " Arbitrum.",
        [
            ev("hack", "4700", "ETH"),
            ev("hack", "11300000", "USDT", asset="asset:USDT"),
            ev("hack", "2200000", "DAI", asset="asset:DAI"),
        ],
        id="the-rest-of-the-stolen-coins-is-the-thefts",
    ),
    pytest.param(
        "Bitcoin fell 4% on Monday to $88,200. The remaining 30% of the supply unlocks next year.",
        [ev("price_move", "4", "%"), ev("price_level", "88200")],
        id="guard-the-remaining-share-after-a-move-is-no-move",
    ),
    pytest.param(
        "A bitcoin wallet dormant for nine years woke up on Friday and moved its entire 1,450"
        " BTC balance.",
        [ev("transfer", "1450", "BTC", asset="asset:BTC")],
        id="moved-its-entire-coins-balance",
    ),
    pytest.param(
        "Kraken's 310,000 BTC balance is the second largest of any exchange.",
        [],
        id="guard-a-balance-no-verb-moves",
    ),
    pytest.param(
        "An Arbitrum lending protocol paused its contracts after an estimated $12 million in ETH"
        " was drained from its vault.",
        [ev("hack", "12000000", asset="asset:ETH")],
        id="drained-from-a-vault-is-a-theft",
    ),
    pytest.param(
        "A trader lost 1,155 WBTC worth $68 million to an address-poisoning scam.",
        [ev("hack", "1155", "WBTC", asset="asset:WBTC", figures=["1155", "68000000"])],
        id="lost-to-a-scam",
    ),
    pytest.param(
        "Redemptions drained $410 million from the spot bitcoin ETFs last week.",
        [ev("etf_flow", "410000000", direction="out")],
        id="guard-drained-from-funds-is-an-outflow",
    ),
    pytest.param(
        "Spot ether ETFs shed $74 million on Friday, a fourth straight day of withdrawals that"
        " has drained close to $390 million from the category.",
        [
            ev("etf_flow", "74000000", direction="out"),
            ev("etf_flow", "390000000", direction="out"),
        ],
        id="guard-drained-from-the-category-of-a-fund-story",
    ),
    pytest.param(
        "Tether minted another 1 billion USDT on Tron, while Circle burned 200 million USDC.",
        [],
        id="an-issuers-burn-is-no-liquidation",
    ),
    pytest.param(
        "Some 500 BTC left a wallet tied to the Bitfinex hack for the first time since 2016.",
        [ev("transfer", "500", "BTC", asset="asset:BTC", venue=None, direction=None)],
        id="a-wallet-tied-to-a-theft-moves-coins-on",
    ),
    pytest.param(
        "Addresses linked to the 2022 Ronin exploit moved 2,400 ETH to Tornado Cash on Friday.",
        [ev("transfer", "2400", "ETH", asset="asset:ETH")],
        id="guard-addresses-linked-to-an-exploit-move-coins-on",
    ),
    pytest.param(
        "Whale Alert logged 300,000,000 USDT minted at the Tether Treasury and 120,000,000 USDC"
        " leaving Kraken for an unknown wallet.",
        [ev("transfer", "120000000", "USDC", venue="venue:kraken", direction="out")],
        id="a-figure-before-the-verb-is-the-verbs-not-the-first-ones",
    ),
    pytest.param(
        "Ethereum lending protocol Brantel was exploited on Thursday, with losses estimated at"
        " $5.7 million.",
        [ev("hack", "5700000")],
        id="losses-estimated-after-an-exploit",
    ),
    pytest.param(
        "Kelvane, a Solana lending market, was hit by an exploit on Monday. Total losses came"
        " to $8.3 million, the team said.",
        [ev("hack", "8300000")],
        id="losses-in-the-sentence-after-the-theft",
    ),
    pytest.param(
        "Arbitrum DEX Pellmoor suffered a flash loan attack, loss about 2.4 million US dollars.",
        [ev("hack", "2400000")],
        id="translated-attack-and-loss",
    ),
    pytest.param(
        "A lending market on Ethereum suffered an attack in which funds worth $3.1 million were"
        " taken.",
        [ev("hack", "3100000")],
        id="suffered-an-attack",
    ),
    pytest.param(
        "The hot wallet of an Ethereum exchange was breached overnight. The total value of"
        " affected assets is $19.6 million.",
        [ev("hack", "19600000")],
        id="affected-assets-valued",
    ),
    pytest.param(
        "Dear Corvath users,\n\nOur risk engine flagged abnormal withdrawals from two hot"
        " wallets on Ethereum on Sunday.\n\nWhat was taken\n- 4,210 ETH\n- 9.1 million USDT\n\n"
        "The attacker has since moved part of the funds.",
        [
            ev("hack", "4210", "ETH", asset="asset:ETH"),
            ev("hack", "9100000", "USDT", asset="asset:USDT"),
        ],
        id="what-was-taken-list",
    ),
    pytest.param(
        "Rug pulls have cost Solana traders about $62 million so far this year, Halvorsen"
        " Research estimates.",
        [ev("hack", "62000000")],
        id="a-theft-tally-an-estimate-states",
    ),
    pytest.param(
        "Ether slid 2% on Monday. Chainalysis estimates that thieves have taken roughly $1.6"
        " billion from bridges since January.",
        [ev("price_move", "2", "%", direction="down"), ev("hack", "1600000000")],
        id="from-bridges-is-no-transfer-verb",
    ),
    pytest.param(
        "Hackers drained $17 million from an Ethereum lender. Some 5,100 ETH was later"
        " consolidated into one attacker wallet.",
        [ev("hack", "17000000"), ev("transfer", "5100", "ETH", asset="asset:ETH")],
        id="consolidated-into-an-attacker-wallet",
    ),
    pytest.param(
        "Thieves drained $9 million from the Morrow bridge in an exploit. 140 ETH and 95 ETH"
        " were sent to"
        " deposit addresses at Kraken and Gemini, respectively.",
        [
            ev("hack", "9000000"),
            ev("transfer", "140", "ETH", venue="venue:kraken"),
            ev("transfer", "95", "ETH", venue="venue:gemini"),
        ],
        id="coordinated-figures-before-a-route",
    ),
    pytest.param(
        "Bitcoin ETF outflows are estimated at $120 million for the week.",
        [],
        id="an-estimate-still-hedges-a-flow",
    ),
    pytest.param(
        "Daily wrap: DeFi lender Ostrel was drained of $4.4 million in a flash-loan attack."
        " Crypto longs lost $640 million in 24 hours as bitcoin fell.",
        [ev("hack", "4400000"), ev("liquidation", "640000000", side="long")],
        id="longs-lost-in-a-wrap-that-reports-a-theft",
    ),
    pytest.param(
        "1. Spot bitcoin ETFs took in $210 million on Tuesday.\n2. Whale Alert shows 1,200 BTC"
        " moved from Coinbase to an unknown wallet.\n3. DeFi protocol Narvik on Ethereum"
        " suffered an oracle attack, loss about 2.2 million US dollars.",
        [
            ev("etf_flow", "210000000", direction="in"),
            ev("transfer", "1200", "BTC", venue="venue:coinbase"),
            ev("hack", "2200000"),
        ],
        id="a-digest-transfer-after-its-etf-item",
    ),
    pytest.param(
        "Whale Alert flagged 2,100 BTC (about $61.2 million) leaving Bitstamp for an unknown"
        " wallet on Friday, and 18,000 ETH ($33.1 million) heading into Gemini from a fresh"
        " address.",
        [
            ev("transfer", "2100", "BTC", venue="venue:bitstamp", direction="out"),
            ev("transfer", "18000", "ETH", venue="venue:gemini", direction="in"),
        ],
        id="a-later-figures-route-in-the-clause-is-not-the-first-ones",
    ),
    pytest.param(
        "A whale moved 500 BTC and 300 ETH to Binance on Monday.",
        [
            ev("transfer", "500", "BTC", venue="venue:binance", direction="in"),
            ev("transfer", "300", "ETH", venue="venue:binance", direction="in"),
        ],
        id="guard-two-figures-before-one-route-share-it",
    ),
    pytest.param(
        "Bitcoin slipped 2% on the day. In parallel, the lending protocol Velora Finance"
        " suffered an attack where were subtracted funds for USD 2,4 millions, informed the"
        " security firm PeckShield.",
        [
            ev("price_move", "2", "%", asset="asset:BTC", direction="down"),
            ev("hack", "2400000"),
        ],
        id="translated-subtracted-funds-are-a-theft",
    ),
    pytest.param(
        "Hackers drained 4,200 ETH from the Ossory exchange in an exploit on Monday. The same"
        " address also received over 90 Ethereum-based tokens worth more than $40 million.",
        [
            ev("hack", "4200", "ETH", asset="asset:ETH"),
            ev("hack", "40000000", asset="asset:ETH"),
        ],
        id="tokens-counted-before-worth-are-other-coins-than-those-stated-before",
    ),
    pytest.param(
        "Attackers drained the Carrowby lending market of $6.9 million (1,840 ETH) in a"
        " flash-loan exploit on Tuesday.",
        [ev("hack", "6900000", asset="asset:ETH", figures=["1840"])],
        id="a-theft-in-dollars-restated-in-coins-names-them",
    ),
    pytest.param(
        "\u2022 3,120 BTC, worth $196M: Kraken \u279d unknown wallet\n"
        "\u2022 48,000 ETH, worth $151M: unknown wallet \u279d OKX",
        [
            ev("transfer", "3120", "BTC", venue="venue:kraken", direction="out"),
            ev("transfer", "48000", "ETH", venue="venue:okx", direction="in"),
        ],
        id="other-arrows-write-a-movement-too",
    ),
    pytest.param(
        "Hackers drained $19 million from the Brisco bridge on Monday. According to SlowMist,"
        " the loot comprised 6,420 ETH, 3.1 million USDC and 52 WBTC.",
        [
            ev("hack", "19000000"),
            ev("hack", "6420", "ETH", asset="asset:ETH"),
            ev("hack", "3100000", "USDC", asset="asset:USDC"),
            ev("hack", "52", "WBTC", asset="asset:WBTC"),
        ],
        id="the-loot-comprised-lists-the-stolen-parts",
    ),
    pytest.param(
        "\u2022 a whale just moved 25k $SOL (~$3.9M) to Coinbase \U0001f440 dump incoming?",
        [ev("transfer", "25000", "SOL", asset="asset:SOL", venue="venue:coinbase", direction="in")],
        id="a-post-states-what-comes-before-its-emoji-and-question",
    ),
    pytest.param(
        "Will a whale send another 25k SOL to Coinbase this week?",
        [],
        id="a-question-states-no-transfer",
    ),
    pytest.param(
        "Hackers drained $14 million from Quillmere, a Base lender, in a flash-loan exploit."
        " The attacker borrowed against the inflated collateral, walking away with 3,480 ETH"
        " and 2.6 million USDC.",
        [
            ev("hack", "14000000"),
            ev("hack", "3480", "ETH", asset="asset:ETH"),
            ev("hack", "2600000", "USDC", asset="asset:USDC"),
        ],
        id="walking-away-with-the-coins-is-the-theft",
    ),
    pytest.param(
        "Hackers drained 18,200 ETH from the Orvale bridge in the 2022 exploit, coins then"
        " worth about $31 million.",
        [ev("hack", "18200", "ETH", asset="asset:ETH", figures=["31000000"])],
        id="an-apposition-that-values-stolen-coins-restates-them",
    ),
    pytest.param(
        "Hackers drained $52 million from the Tessaly exchange, PeckShield said. The largest"
        " part came from Solana, where 241,000 SOL, then worth about $36.9 million, was taken.",
        [
            ev("hack", "52000000"),
            ev("hack", "241000", "SOL", asset="asset:SOL", figures=["36900000"]),
        ],
        id="then-worth-restates-the-figure-before-it",
    ),
    pytest.param(
        "A wallet tied to the Pelmora fund deposited 12,400 ETH, roughly $41 million, to"
        " Kraken on Monday.",
        [
            ev(
                "transfer",
                "12400",
                "ETH",
                asset="asset:ETH",
                venue="venue:kraken",
                direction="in",
                figures=["41000000"],
            )
        ],
        id="a-rough-sum-after-coins-and-a-comma-values-them",
    ),
    pytest.param(
        "Wallets holding between 10,000 and 100,000 SOL added 2.7 million SOL over the past"
        " week, Santiment said.",
        [],
        id="wallets-of-a-size-that-added-coins-made-no-transfer",
    ),
    pytest.param(
        "Glassnode's data show long-term holders added 58,400 BTC to their balances in October.",
        [],
        id="holders-that-added-coins-to-their-balances-made-no-exchange-flow",
    ),
    pytest.param(
        "Meanwhile, addresses in the 100–1,000 ETH cohort have added about 212,000 ETH since"
        " May, per Santiment.",
        [],
        id="a-cohort-of-addresses-that-added-coins-made-no-transfer",
    ),
    pytest.param(
        "Thieves drained $44 million from the Harrowgate bridge on Friday, SlowMist said."
        " Roughly 7,120 ETH and 95 WBTC still sit in the exploiter's main wallet.",
        [ev("hack", "44000000")],
        id="stolen-coins-that-remain-in-the-thiefs-wallet-are-no-theft",
    ),
    pytest.param(
        "Hackers stole $27 million from the Pelworth market on Ethereum in an exploit. That"
        " leaves roughly $6.3 million unaccounted for. Lenders face a shortfall of about $2.9"
        " million.",
        [ev("hack", "27000000")],
        id="what-is-unaccounted-for-or-short-is-no-theft",
    ),
    pytest.param(
        "Attackers drained 1,840 ETH and 2.2 million USDC from the Corvane lending pool on"
        " Friday. The ether alone was worth roughly $6.1 million at the time.",
        [
            ev("hack", "1840", "ETH", asset="asset:ETH", figures=["6100000"]),
            ev("hack", "2200000", "USDC", asset="asset:USDC"),
        ],
        id="a-later-valuation-of-stolen-coins-restates-them",
    ),
    pytest.param(
        "A dormant wallet moved 3,100 BTC to Kraken on Tuesday. The bitcoin was valued at"
        " about $190 million.",
        [ev("transfer", "3100", "BTC", venue="venue:kraken", figures=["190000000"])],
        id="a-later-valuation-of-moved-coins-restates-them",
    ),
    pytest.param(
        "Thieves took 640 ETH from the Drummore vault and 410 ETH from its bridge. The ether"
        " was worth $2.9 million.",
        [
            ev("hack", "640", "ETH", asset="asset:ETH"),
            ev("hack", "410", "ETH", asset="asset:ETH"),
            ev("hack", "2900000", asset="asset:ETH"),
        ],
        id="a-valuation-of-one-of-two-sets-of-coins-stays-apart",
    ),
    pytest.param(
        "Whale Alert: 2,150 BTC (about $131M) left OKX for a wallet nobody has identified.",
        [
            ev("transfer", "2150", "BTC", asset="asset:BTC", venue="venue:okx", direction="out"),
        ],
        id="coins-that-left-an-exchange-go-out-of-it",
    ),
    pytest.param(
        "Hackers drained $23 million from the Thornfield bridge on Monday. The attacker then"
        " bridged 4,100 ETH to Arbitrum.",
        [ev("hack", "23000000", asset=None), ev("transfer", "4100", "ETH", asset="asset:ETH")],
        id="a-theft-in-dollars-names-no-stolen-asset",
    ),
    pytest.param(
        "The developers of a Base memecoin rug-pulled its buyers on Sunday, removing 2,150 ETH"
        " (about $7.4 million) from its liquidity pool.",
        [ev("hack", "2150", "ETH", asset="asset:ETH", figures=["7400000"])],
        id="a-rug-pull-is-a-theft",
    ),
    pytest.param(
        "Thieves took $26 million from the Kestwell exchange on Monday. Kestwell's token, KWL,"
        " lost 31% on the day to $0.42.",
        [
            ev("hack", "26000000"),
            ev("price_move", "31", "%", asset="asset:KWL", direction="down"),
            ev("price_level", "0.42", asset="asset:KWL"),
        ],
        id="the-price-a-tokens-loss-reached-in-a-theft-story-is-a-level",
    ),
    pytest.param(
        "Hackers stole $12 million from the Oakridge bridge on Friday. The attacker's first"
        " move was a 0.05 ETH test transaction to a fresh address.",
        [ev("hack", "12000000"), ev("transfer", "0.05", "ETH", asset="asset:ETH")],
        id="a-test-transaction-in-a-theft-story-is-a-transfer",
    ),
    pytest.param(
        "Hackers stole $31 million from the Marlowe exchange in 2019. This week the Justice"
        " Department shifted another 2,100 BTC between two of its own wallets.",
        [ev("hack", "31000000"), ev("transfer", "2100", "BTC", asset="asset:BTC")],
        id="a-move-between-a-holders-own-wallets-takes-nothing",
    ),
    pytest.param(
        "Whale Alert's largest alerts on Monday:\n\n"
        "- 180,000,000 USDC (\u2248$180.0M): USDC Treasury \u2192 Coinbase\n"
        "- 2,750 BTC (\u2248$171.9M): Kraken \u2192 an unknown wallet",
        [
            ev(
                "transfer",
                "180000000",
                "USDC",
                asset="asset:USDC",
                venue="venue:coinbase",
                direction="in",
            ),
            ev("transfer", "2750", "BTC", asset="asset:BTC", venue="venue:kraken", direction="out"),
        ],
        id="an-arrow-between-two-ends-is-a-transfer-from-the-first-to-the-second",
    ),
    pytest.param(
        "A fund's wallet withdrew 14,000 ETH from OKX on Monday, then took another 6,500 ETH"
        " off Bitstamp on Wednesday.",
        [
            ev("transfer", "14000", "ETH", asset="asset:ETH", venue="venue:okx", direction="out"),
            ev(
                "transfer",
                "6500",
                "ETH",
                asset="asset:ETH",
                venue="venue:bitstamp",
                direction="out",
            ),
        ],
        id="coins-taken-off-a-venue-left-it",
    ),
    pytest.param(
        "On Sunday a bitcoin wallet untouched since 2011 sent its entire balance of 960 BTC"
        " (about $58 million) to a new address.",
        [ev("transfer", "960", "BTC", asset="asset:BTC", figures=["58000000"])],
        id="a-balance-a-transfer-verb-sends-is-the-amount-moved",
    ),
    pytest.param(
        "Exploiters drained $9 million from the Ferrowind bridge on Friday. A further 275 ETH"
        " later landed in a deposit address at Kraken.",
        [
            ev("hack", "9000000"),
            ev("transfer", "275", "ETH", asset="asset:ETH", venue="venue:kraken", direction="in"),
        ],
        id="coins-that-land-in-a-deposit-address-at-a-venue-go-into-it",
    ),
    pytest.param(
        "Attackers took $3 million from the Dunmore vaults. The vaults' token, DNM, has"
        " cratered 58% since then to $0.0319.",
        [
            ev("hack", "3000000"),
            ev("price_move", "58", "%", asset="asset:DNM", direction="down"),
            ev("price_level", "0.0319", asset="asset:DNM"),
        ],
        id="cratered-is-a-fall",
    ),
    pytest.param(
        "Whale Alert flagged 61,000,000 XRP (approx. $37.2 million) moving from an unknown"
        " wallet to Bitstamp on Sunday.",
        [
            ev(
                "transfer",
                "61000000",
                "XRP",
                asset="asset:XRP",
                venue="venue:bitstamp",
                figures=["37200000"],
            )
        ],
        id="a-restatement-after-approx-dot-is-the-same-transfer",
    ),
    pytest.param(
        "Hackers stole $27 million in bitcoin from a lending desk on Sunday, the second"
        " exploit this year. A further 1,150 BTC was routed through a coinjoin wallet on"
        " Friday. Whale Alert also flagged a transfer of 420 BTC from a hacker-linked"
        " address to an unknown wallet.",
        [
            ev("hack", "27000000", asset="asset:BTC"),
            ev("transfer", "1150", "BTC", asset="asset:BTC"),
            ev("transfer", "420", "BTC", asset="asset:BTC"),
        ],
        id="a-mixer-route-and-a-thief-linked-sender-move-the-loot-on",
    ),
    pytest.param(
        "Quellport Finance was drained of $7.3 million on Tuesday. Hours earlier, the"
        " exploiter's address was funded with 4.5 ETH withdrawn from Railgun.",
        [ev("hack", "7300000"), ev("transfer", "4.5", "ETH")],
        id="the-thiefs-possessive-address-funded-from-a-mixer-is-a-transfer",
    ),
    pytest.param(
        "Exchanges took in a net 41.200 BTC this week, per CryptoQuant. Whale Alert has signalled"
        " in addition the movement of 5.500 BTC (circa 96,4 million of dollars) from a wallet"
        " unknown toward Kraken.",
        [
            ev("exchange_flow", "41200", "BTC", direction="in"),
            ev("transfer", "5500", "BTC", venue="venue:kraken", figures=["96400000"]),
        ],
        id="the-movement-of-is-a-transfer",
    ),
    pytest.param(  # a guard for "to withdraw": it fails with the verb and without the rule
        "Quellport, a lending protocol on Solana, lost $58 million to a hacker on Friday. Its"
        " deposits have since dropped to $31 million as users rushed to withdraw.",
        [ev("hack", "58000000")],
        id="a-flow-verb-with-nothing-after-it-in-a-later-clause-moves-no-figure",
    ),
    pytest.param(
        "Aptos slid after the monthly unlock of 11.3 million APT, worth about $98 million,"
        " along with a fund wallet that deposited 2.4 million APT to OKX.",
        [ev("transfer", "2400000", "APT", venue="venue:okx", window=None)],
        id="a-verb-with-its-own-figure-moves-that-one-not-the-unlock",
    ),
    pytest.param(
        "Whale Alert flagged 250 million USDT sent from the Tether Treasury to Kraken. Circle"
        " went the other way, burning 87 million USDC at its treasury on Ethereum.",
        [ev("transfer", "250000000", "USDT", venue="venue:kraken")],
        id="a-burn-is-no-transfer",
    ),
    pytest.param(
        "A wallet tied to a trading firm sent 42 million USDC and 18 million USDT to Kraken"
        " and Bybit, respectively.",
        [
            ev("transfer", "42000000", "USDC", venue="venue:kraken", to="Kraken"),
            ev("transfer", "18000000", "USDT", venue="venue:bybit", to="Bybit"),
        ],
        id="respectively-after-the-figures-pairs-the-names-after-them",
    ),
    pytest.param(
        "Attackers drained about $8.4 million from the Quillmont lending pool on Sunday."
        " Hours later, the exploiter swapped the stolen DAI into 2,930 ETH on Curve.",
        [ev("hack", "8400000")],
        id="what-a-thief-swapped-into-states-no-new-theft",
    ),
    pytest.param(
        "Ether slipped 1%. Alert: Corvane Swap on Arbitrum was drained for about $6.2M"
        " through a faulty price oracle.",
        [
            ev("price_move", "1", "%", asset="asset:ETH", direction="down"),
            ev("hack", "6200000"),
        ],
        id="drained-for-is-a-theft",
    ),
    pytest.param(
        "Attackers drained $12 million from Saltreach Vault on Sunday.\n- 14:10: the attacker"
        " bridges 900 ETH to Base.\n- May 3: the attacker returns 400 ETH to the team's"
        " multisig.",
        [
            ev("hack", "12000000"),
            ev("transfer", "900", "ETH", asset="asset:ETH"),
            ev("transfer", "400", "ETH", asset="asset:ETH"),
        ],
        id="a-thiefs-timeline-in-the-present-tense",
    ),
    pytest.param(
        "A protocol on Ethereum lost $9 million to an exploit. The hacker sent 3,000 ETH to"
        " Tornado Cash in 60 batches of 50 ETH. Circle managed to freeze $2.1 million of the"
        " USDC before the swap.",
        [ev("hack", "9000000"), ev("transfer", "3000", "ETH", asset="asset:ETH")],
        id="batches-and-freezes-are-no-events",
    ),
    pytest.param(
        "Tether minted 500 million USDT. The mint brings Tether's new issuance this month to"
        " $3.8 billion.",
        [],
        id="mints-are-no-transfers",
    ),
    pytest.param(
        "An Ethereum bridge was exploited for $8 million. The team offered the attacker a"
        " bounty, or about $800,000, for the funds.",
        [ev("hack", "8000000")],
        id="a-bounty-restated-with-or",
    ),
    pytest.param(
        "A lending protocol was exploited for $14 million on Monday. The exploiter fed 3,100"
        " ETH into Tornado Cash on Tuesday. The team offered a 10% bounty, about $1.4"
        " million, for the return of the funds.",
        [ev("hack", "14000000"), ev("transfer", "3100", "ETH", asset="asset:ETH")],
        id="thief-launders-and-a-bounty-is-no-theft",
    ),
    pytest.param(
        "Hackers drained $12 million in ether from Nerova in an exploit. Another 240 ETH, worth"
        " about $430,000, landed in a Kraken deposit address.",
        [
            ev("hack", "12000000"),
            ev("transfer", "240", "ETH", asset="asset:ETH", venue="venue:kraken"),
        ],
        id="stolen-funds-that-land-in-an-exchange-address-are-a-transfer",
    ),
    pytest.param(
        "Hackers drained $27 million from the Kelvra lender. The ether alone was taken in"
        " one block. Later 4.2 million of the USDC was swapped for 1,390 ETH, and the hacker"
        " sent 2,000 ETH to Tornado Cash and bridged another 640 ETH to Arbitrum.",
        [
            ev("hack", "27000000"),
            ev("transfer", "2000", "ETH", asset="asset:ETH"),
            ev("transfer", "640", "ETH", asset="asset:ETH"),
        ],
        id="a-swap-result-is-no-event-and-bridged-another-is-a-transfer",
    ),
    pytest.param(
        "A miner wallet, dormant for 11 years, sent 2,500 BTC to Coinbase. Exchange"
        " balances kept falling, though OKX took in a net 3,900 BTC, and 61K ETH left"
        " Kraken in 24h.",
        [
            ev("transfer", "2500", "BTC", asset="asset:BTC", venue="venue:coinbase", window=None),
            ev("exchange_flow", "3900", "BTC", venue="venue:okx", direction="in"),
            ev("exchange_flow", "61000", "ETH", venue="venue:kraken", direction="out"),
        ],
        id="a-net-or-daily-figure-is-an-exchange-flow-and-dormancy-no-window",
    ),
    pytest.param(
        "Thieves drained $48 million in ether from the Ostrava bridge. A flash loan of 60"
        " million DAI started the attack. Later 520 ETH was deposited to an account at"
        " Kraken, and another 130 ETH went to a deposit address on OKX; Circle froze"
        " 3.4 million USDC.",
        [
            ev("hack", "48000000", asset="asset:ETH"),
            ev("transfer", "520", "ETH", asset="asset:ETH", venue="venue:kraken"),
            ev("transfer", "130", "ETH", asset="asset:ETH", venue="venue:okx"),
        ],
        id="stolen-funds-sent-to-an-exchange-are-transfers-and-a-freeze-is-none",
    ),
    pytest.param(
        "The whale closed its ether short for a $3.2 million profit and still sits on an"
        " unrealized gain of about $1.1 million on SOL.",
        [],
        id="a-traders-profit-is-no-event",
    ),
    pytest.param(
        "Attackers hit the Pellion lending market. The exploiter borrowed against inflated"
        " collateral and walked away with 2,140 ETH, 1.9 million USDC and 31 WBTC.",
        [
            ev("hack", "2140", "ETH", asset="asset:ETH"),
            ev("hack", "1900000", "USDC", asset="asset:USDC"),
            ev("hack", "31", "WBTC", asset="asset:WBTC"),
        ],
        id="walked-away-with-a-list-of-stolen-assets",
    ),
    pytest.param(
        "Corvid Holdings disclosed a treasury move. It withdrew 8,300 ETH from Gemini to a"
        " cold-storage vault on Tuesday.",
        [ev("transfer", "8300", "ETH", asset="asset:ETH", venue="venue:gemini")],
        id="a-withdrawal-into-a-vault-is-one-transfer",
    ),
    pytest.param(
        "LTC fell 6%. An hour earlier Whale Alert had flagged a deposit of 410,000 LTC (about"
        " $36 million) to Binance.",
        [
            ev("price_move", "6", "%", asset="asset:LTC", direction="down"),
            ev("transfer", "410000", "LTC", asset="asset:LTC", venue="venue:binance"),
        ],
        id="a-flagged-deposit-is-a-transfer",
    ),
    pytest.param(
        "A dormant wallet moved 84K $AVAX (~$2.6M) into Kraken this morning.",
        [
            ev(
                "transfer",
                "84000",
                "AVAX",
                asset="asset:AVAX",
                venue="venue:kraken",
                figures=["2600000"],
            )
        ],
        id="a-restatement-after-a-tilde-is-the-same-transfer",
    ),
    pytest.param(
        "Hackers drained $27 million from the Quorra lending market on Friday. Some 2,300"
        " ETH was later deposited into Tornado Cash, and 1,400 ETH was bridged to Base.",
        [
            ev("hack", "27000000"),
            ev("transfer", "2300", "ETH", asset="asset:ETH"),
            ev("transfer", "1400", "ETH", asset="asset:ETH"),
        ],
        id="stolen-funds-moved-along-a-laundering-route-are-transfers",
    ),
    pytest.param(
        "The attacker withdrew 3,900 ETH from the vault before bridging part of the"
        " proceeds to Base.",
        [ev("hack", "3900", "ETH", asset="asset:ETH")],
        id="a-later-laundering-step-leaves-the-theft-a-hack",
    ),
    pytest.param(
        "A dormant Bitcoin wallet moved 1,850 BTC ($112 million) to Kraken on Sunday.",
        [
            ev(
                "transfer",
                "1850",
                "BTC",
                venue="venue:kraken",
                direction="in",
                figures=["112000000"],
            )
        ],
        id="whale-deposit",
    ),
    pytest.param(
        "Another whale sent 9,200 ETH from Binance to an unknown wallet.",
        [ev("transfer", "9200", "ETH", venue="venue:binance", direction="out")],
        id="whale-withdrawal",
    ),
    pytest.param(
        "Whale Alert flagged 7,300 ETH ($24 million) moving from Bitstamp to an unknown wallet.",
        [
            ev(
                "transfer",
                "7300",
                "ETH",
                venue="venue:bitstamp",
                direction="out",
                figures=["24000000"],
            )
        ],
        id="moving-from-an-exchange",
    ),
    pytest.param(
        "A whale holding 6,100 BTC worth about $390 million shifted the coins to Gemini.",
        [ev("transfer", "6100", "BTC", venue="venue:gemini", direction="in")],
        id="a-holding-moved-later-in-the-clause",
    ),
    pytest.param(
        "Whale Alert spotted two withdrawals from Kraken. Each transfer carried about"
        " 4,000 BTC, for 8,000 BTC in total.",
        [ev("transfer", "8000", "BTC")],
        id="each-then-a-total",
    ),
    pytest.param(
        "Whale Alert flagged 3,300 BTC worth about $201 million moving to Gemini.\n"
        "3,300 BTC (201,300,000 USD) transferred from unknown wallet to Gemini",
        [ev("transfer", "3300", "BTC", venue="venue:gemini")],
        id="quoted-alert-restates-the-transfer",
    ),
    pytest.param(
        "Attackers made off with $27 million from the lending protocol's Ethereum pool.",
        [ev("hack", "27000000")],
        id="theft",
    ),
    pytest.param(
        "The DeFi lender Zephyr lost $2.7 million in an exploit on Monday.",
        [ev("hack", "2700000")],
        id="a-loss-in-an-exploit",
    ),
    pytest.param(
        "Bitrue hacked for $23 million\nHackers drained 3,100 ETH and 1.2 million USDC from"
        " the exchange's hot wallet. The stolen funds were worth about $23 million.",
        [
            ev("hack", "23000000", venue="venue:bitrue"),
            ev("hack", "3100", "ETH", venue="venue:bitrue", asset="asset:ETH"),
            ev("hack", "1200000", "USDC", venue="venue:bitrue", asset="asset:USDC"),
        ],
        id="exchange-hack-article",
    ),
    pytest.param(
        "Bitrue hacked for $23 million\nThe attacker's wallets received 1,200 LTC and 88,000"
        " XLM, plus 41 BTC at two addresses, 9,500 XRP and 300,000 TRX.",
        [
            ev("hack", "23000000", venue="venue:bitrue"),
            ev("hack", "1200", "LTC", venue="venue:bitrue"),
            ev("hack", "88000", "XLM", venue="venue:bitrue"),
            ev("hack", "41", "BTC", venue="venue:bitrue"),
            ev("hack", "9500", "XRP", venue="venue:bitrue"),
            ev("hack", "300000", "TRX", venue="venue:bitrue"),
        ],
        id="a-long-list-of-stolen-coins",
    ),
    pytest.param(
        "Daily wrap: a lending protocol drained, ETF inflows\n\nAttackers drained $9.4 million"
        " from the Lumo lending protocol on Tuesday in an oracle exploit. Elsewhere, spot"
        " ether ETFs pulled in $38 million, and ETHA took in $21 million of it.",
        [
            ev("hack", "9400000"),
            ev("etf_flow", "38000000", asset="asset:ETH", direction="in"),
            ev("etf_flow", "21000000", fund="fund:ETHA", direction="in"),
        ],
        id="fund-flows-beside-a-hack-stay-fund-flows",
    ),
    pytest.param(
        "Attackers drained $13 million from the Pelio lending protocol in an oracle exploit."
        " The exploiter bridged 820 ETH to Base on Tuesday. Two hot wallets had sent 2,400"
        " ETH to the attacker's address.",
        [
            ev("hack", "13000000"),
            ev("transfer", "820", "ETH"),
            ev("hack", "2400", "ETH"),
        ],
        id="the-thief-moving-the-loot-is-a-transfer-funds-sent-to-the-thief-are-the-hack",
    ),
    pytest.param(
        "A whale has withdrawn 260,000 UNI from OKX over three days. Another whale withdrew"
        " 1,800 ETH from Kraken on Sunday.",
        [
            ev("exchange_flow", "260000", "UNI", venue="venue:okx", direction="out"),
            ev("transfer", "1800", "ETH", venue="venue:kraken"),
        ],
        id="a-movement-over-days-is-a-flow-one-on-a-day-a-transfer",
    ),
    pytest.param(
        "Traders moved a net $860 million of stablecoins onto exchanges over the past five days.",
        [ev("exchange_flow", "860000000", direction="in")],
        id="moved-onto-exchanges-over-days-is-an-inflow",
    ),
    pytest.param(
        "A whale sent 1,200 BTC to Bitstamp on Friday. Exchanges saw a net outflow of 9,400"
        " BTC over the week, as buyers absorbed the whale's sales.",
        [
            ev("transfer", "1200", "BTC", venue="venue:bitstamp"),
            ev("exchange_flow", "9400", "BTC", direction="out"),
        ],
        id="the-domain-word-nearest-the-figure-decides-the-flow",
    ),
    pytest.param(
        "A dormant wallet moved 4,210 ETH to a new address on Friday. Hours later, 615 ETH"
        " from the same wallet was deposited at Bitstamp.",
        [
            ev("transfer", "4210", "ETH", asset="asset:ETH"),
            ev("transfer", "615", "ETH", venue="venue:bitstamp", direction="in"),
        ],
        id="deposited-at-a-venue-is-a-transfer-in",
    ),
    pytest.param(
        "A whale moved 800 LINK to a fresh wallet. The next morning the whale deposited"
        " 300,000 LINK with OKX.",
        [
            ev("transfer", "800", "LINK", asset="asset:LINK"),
            ev("transfer", "300000", "LINK", venue="venue:okx", direction="in"),
        ],
        id="deposited-a-figure-with-a-venue",
    ),
    pytest.param(
        "A long-idle wallet moved 1,900 BTC to a new address. Its owner received the coins"
        " for roughly $30,000 in 2012.",
        [ev("transfer", "1900", "BTC", asset="asset:BTC")],
        id="what-the-coins-cost-is-no-transfer",
    ),
    pytest.param(
        "A wallet sent 2,400 ETH to Gemini. Its owner had obtained the tokens for about"
        " $95,000 during the presale.",
        [ev("transfer", "2400", "ETH", venue="venue:gemini", direction="in")],
        id="what-the-tokens-cost-is-no-transfer",
    ),
    pytest.param(
        "Orvane, a lending protocol, was exploited for $18.3 million on Tuesday. According to"
        " its developers, the exploiter faked withdrawal signatures to release 2,900 ETH (about"
        " $8.1 million) and $9.6 million in stablecoins \u2013 5.1 million USDC and 4.5"
        " million USDT \u2013 from the main vault.",
        [
            ev("hack", "18300000"),
            ev("hack", "2900", "ETH", asset="asset:ETH"),
            ev("hack", "9600000"),
            ev("hack", "5100000", "USDC", asset="asset:USDC"),
            ev("hack", "4500000", "USDT", asset="asset:USDT"),
        ],
        id="coins-itemising-a-dollar-sum-after-a-dash",
    ),
    pytest.param(
        "Lendor, a DeFi lender, was drained of $7.2 million in an exploit on Friday. By"
        " Saturday, the hacker had bridged 1,900 ETH to Arbitrum. Another 640 ETH reached an"
        " OKX deposit address; the exchange froze the account.",
        [
            ev("hack", "7200000"),
            ev("transfer", "1900", "ETH", asset="asset:ETH"),
            ev("transfer", "640", "ETH", asset="asset:ETH", venue="venue:okx", direction="in"),
        ],
        id="loot-that-reached-an-exchange-deposit-address-moved-on",
    ),
    pytest.param(
        "Hackers took $3.9 million from the Quillon bridge on Sunday. Within a day, 2,800 SOL"
        " landed at a Kraken deposit address.",
        [
            ev("hack", "3900000"),
            ev("transfer", "2800", "SOL", venue="venue:kraken", direction="in"),
        ],
        id="loot-that-landed-at-an-exchange-deposit-address-went-in",
    ),
    pytest.param(
        "Brindle, a yield vault, was drained of $6 million on Monday. Hours later, the thief"
        " began feeding the loot into Tornado Cash in 10 ETH batches.",
        [ev("hack", "6000000")],
        id="the-size-of-a-laundering-batch-is-no-event",
    ),
    pytest.param(
        "Pondera, a bridge between Ethereum and Arbitrum, was drained of $8.7 million in ETH"
        " on Monday. Elliptic estimates that hackers have stolen about $1.3 billion from"
        " cross-chain bridges so far this year.",
        [ev("hack", "8700000"), ev("hack", "1300000000")],
        id="an-estimate-that-states-a-year-to-date-theft-total",
    ),
    pytest.param(
        "Analysts estimate that bitcoin liquidations could top $1 billion if the price falls.",
        [],
        id="an-estimate-that-is-still-hedged-by-could",
    ),
    pytest.param(
        "Pellaro, a lending market, was exploited for $9.2 million on Thursday. According to"
        " its auditors, the attacker faked collateral proofs to withdraw 1,450 ETH (about $3.9"
        " million), 75 wrapped bitcoin (WBTC) and 2.2 million USDC from the pool.",
        [
            ev("hack", "9200000"),
            ev("hack", "1450", "ETH", asset="asset:ETH"),
            ev("hack", "75", "WBTC", asset="asset:WBTC"),
            ev("hack", "2200000", "USDC", asset="asset:USDC"),
        ],
        id="a-bare-number-before-a-coins-name-and-ticker",
    ),
    pytest.param(
        "Hackers drained $9.4 million from Marrowell, a lender on Base, on Friday. The"
        " exploiter later sent 300 ETH to a Bybit deposit address. Deposits on the platform"
        " have since shrunk to $27 million from $80 million.",
        [
            ev("hack", "9400000"),
            ev("transfer", "300", "ETH", venue="venue:bybit", direction="in"),
        ],
        id="deposits-on-the-platform-are-no-transfer",
    ),
    pytest.param(
        "Thieves took $11 million from Quorra, a lending pool on Ethereum. The attacker"
        " bridged 3,200 ETH to Arbitrum on Tuesday. On Wednesday, 1,750 ETH was pushed through"
        " Tornado Cash.",
        [
            ev("hack", "11000000"),
            ev("transfer", "3200", "ETH", asset="asset:ETH"),
            ev("transfer", "1750", "ETH", asset="asset:ETH", venue=None),
        ],
        id="loot-pushed-through-a-mixer-after-a-transfer",
    ),
    pytest.param(
        "A holder lost 48 WBTC to a phishing drainer on Monday. The drainer's crew swapped"
        " the coins for 870 ETH and pushed 800 ETH through Tornado Cash the next day.",
        [
            ev("hack", "48", "WBTC", asset="asset:WBTC"),
            ev("transfer", "800", "ETH", asset="asset:ETH"),
        ],
        id="a-drainers-crew-moving-loot-through-a-mixer",
    ),
    pytest.param(
        "Hackers drained $12 million from Ostrava Swap, a DEX on BNB Chain. Over four hours,"
        " 2,600 ETH was sent through Tornado Cash. Later 410 ETH reached a Kraken deposit"
        " address.",
        [
            ev("hack", "12000000"),
            ev("transfer", "2600", "ETH", window="PT4H"),
            ev("transfer", "410", "ETH", venue="venue:kraken", direction="in", window=None),
        ],
        id="a-transfer-takes-no-window-from-the-sentence-before",
    ),
    pytest.param(
        "Thieves took $15 million from Calder Vault on Sunday. Their wallet swapped the"
        " USDC for ether on Uniswap and bridged 2,950 ETH to Ethereum mainnet.",
        [ev("hack", "15000000"), ev("transfer", "2950", "ETH", venue=None)],
        id="the-dex-of-a-swap-is-no-end-of-a-transfer",
    ),
    pytest.param(
        "Thieves drained $8.8 million from Ferrix, a lender on Arbitrum. Later that day, the"
        " exploiter swapped 4,300 ARB for ETH on Uniswap.",
        [ev("hack", "8800000")],
        id="what-a-thief-swaps-is-no-second-theft",
    ),
    pytest.param(
        "A whale sent 5,000 ETH to Binance for a sale on Tuesday.",
        [ev("transfer", "5000", "ETH", venue="venue:binance", direction="in")],
        id="guard-a-transfer-sent-for-a-purpose",
    ),
    pytest.param(
        "Thieves drained $6.4 million from Brenlow, a bridge on Arbitrum, on Sunday. On"
        " Thursday, an address linked to the exploiter moved 1,150 ETH to a new wallet.",
        [ev("hack", "6400000"), ev("transfer", "1150", "ETH", asset="asset:ETH")],
        id="a-wallet-linked-to-the-thief-moves-the-loot-on",
    ),
    pytest.param(
        "Hackers took $10 million from Nuvara, a lender on Base. On Friday, 1,900 ETH of the"
        " stolen funds was routed through Tornado Cash.",
        [ev("hack", "10000000"), ev("transfer", "1900", "ETH", asset="asset:ETH")],
        id="coins-of-the-stolen-funds-routed-through-a-mixer",
    ),
    pytest.param(
        "Hackers took $10 million from Nuvara, a lender on Base. About 640 ETH from the"
        " exploit was sent through Tornado Cash on Saturday.",
        [ev("hack", "10000000"), ev("transfer", "640", "ETH", asset="asset:ETH")],
        id="coins-from-the-exploit-sent-through-a-mixer",
    ),
    pytest.param(
        "Kraken logged a net inflow of 3,210 BTC this week, most of it from a single 2,500 BTC"
        " deposit on Tuesday.",
        [
            ev("exchange_flow", "3210", "BTC", venue="venue:kraken", direction="in"),
            ev("transfer", "2500", "BTC", venue="venue:kraken", window=None),
        ],
        id="a-single-deposit-inside-a-weekly-flow-is-a-transfer",
    ),
    pytest.param(
        "Spot ether ETFs took in $420 million on Monday, with ETHA logging a single $300"
        " million inflow.",
        [ev("etf_flow", "420000000", direction="in"), ev("etf_flow", "300000000", direction="in")],
        id="guard-a-single-fund-inflow-stays-a-fund-flow",
    ),
    pytest.param(
        "The move came a day after a separate 42,000,000 ADA ($31 million) withdrawal from"
        " Bithumb to an unknown address, while about 900 million ADA has left exchanges over"
        " the past 30 days.",
        [
            ev("transfer", "42000000", "ADA", venue="venue:bithumb", window=None),
            ev("exchange_flow", "900000000", "ADA", direction="out", window="P30D"),
        ],
        id="a-separate-withdrawal-is-one-transfer-with-no-window",
    ),
    pytest.param(
        "Exchanges saw net outflows of 12,000 ETH this week, including a single 4,000 ETH"
        " withdrawal from Gemini.",
        [
            ev("exchange_flow", "12000", "ETH", direction="out", window="P7D"),
            ev("transfer", "4000", "ETH", venue="venue:gemini", direction="out", window=None),
        ],
        id="a-single-withdrawal-among-net-outflows",
    ),
    pytest.param(
        "Thieves took $9 million from Pellora, a bridge on Base, on Monday. The exploiter then"
        " spread the coins over fresh wallets, and about 75 ETH reached deposit addresses at"
        " OKX on Friday.",
        [
            ev("hack", "9000000"),
            ev("transfer", "75", "ETH", venue="venue:okx", direction="in"),
        ],
        id="coins-that-reached-deposit-addresses-at-a-venue-went-in",
    ),
    pytest.param(
        "Smaller sums have since landed in deposit wallets at KuCoin and Gate, 120 ETH and 64"
        " ETH respectively.",
        [
            ev("transfer", "120", "ETH", venue="venue:kucoin", direction="in"),
            ev("transfer", "64", "ETH", venue="venue:gate", direction="in"),
        ],
        id="respective-deposit-wallets-at-two-venues",
    ),
    pytest.param(
        "A whale holding 5,000 BTC in wallets at Binance sent 300 BTC to a new address.",
        [ev("transfer", "300", "BTC", direction=None)],
        id="guard-coins-held-in-wallets-at-a-venue-did-not-arrive",
    ),
    pytest.param(
        "Kraken flagged 4,100 BTC leaving a cold wallet on Monday. An hour later, 2,750 BTC left"
        " Gemini for a fresh address.",
        [
            ev("transfer", "4100", "BTC"),
            ev("transfer", "2750", "BTC", venue="venue:gemini", direction="out", window=None),
        ],
        id="an-hour-later-is-no-window-of-the-transfer",
    ),
    pytest.param(
        "An hour before the main transfer, the wallet sent 0.3 BTC to the same Bitstamp address.",
        [ev("transfer", "0.3", "BTC", venue="venue:bitstamp", direction="in", window=None)],
        id="an-hour-before-is-no-window-of-the-test-send",
    ),
    pytest.param(
        "Binance saw a net outflow of 6,400 BTC on the day before the halving.",
        [ev("exchange_flow", "6400", "BTC", venue="venue:binance", window="P1D")],
        id="guard-a-window-before-a-later-event-stays",
    ),
    pytest.param(
        "Lookonchain: a whale deposited 3,400 ETH ($9.6M) to OKX, likely to sell.",
        [ev("transfer", "3400", "ETH", venue="venue:okx", direction="in")],
        id="a-hedged-purpose-after-a-comma-does-not-hedge-the-deposit",
    ),
    pytest.param(
        "Fresh wallet pulled 880K $LINK off Bybit... accumulation phase?",
        [ev("transfer", "880000", "LINK", venue="venue:bybit", direction="out")],
        id="a-question-after-an-ellipsis-asks-only-what-follows-it",
    ),
    pytest.param(
        "Someone just moved 42K $SOL into Coinbase \U0001f440 could be a dump coming",
        [ev("transfer", "42000", "SOL", venue="venue:coinbase", direction="in")],
        id="a-hedged-aside-after-an-emoji-comments-on-the-move",
    ),
    pytest.param(
        "Spot bitcoin ETFs could see $500 million of inflows, likely to arrive next week."
        " A fund might send 900 BTC to Bitstamp... who knows?",
        [],
        id="guard-a-hedge-before-a-purpose-or-an-ellipsis-still-hedges",
    ),
    pytest.param(
        "Orvane Capital deposited 7,300 ETH to Bybit, Lookonchain data shows. Justin Sun"
        " withdrew 12,000 ETH from Poloniex.",
        [
            ev("transfer", "7300", "ETH", venue="venue:bybit", direction="in"),
            ev("transfer", "12000", "ETH", venue="venue:poloniex", direction="out"),
        ],
        id="a-named-actor-depositing-or-withdrawing-moves-coins-once",
    ),
    pytest.param(
        "A long-term holder withdrew 640 BTC from Gemini.",
        [ev("transfer", "640", "BTC", venue="venue:gemini", direction="out")],
        id="a-singular-actor-noun-withdrawing-moves-coins-once",
    ),
    pytest.param(
        "Retail traders deposited 18,000 BTC into Binance on Monday. Exchange users withdrew"
        " 9,500 BTC from Kraken.",
        [
            ev("exchange_flow", "18000", "BTC", venue="venue:binance", direction="in"),
            ev("exchange_flow", "9500", "BTC", venue="venue:kraken", direction="out"),
        ],
        id="guard-a-plural-crowd-depositing-is-the-exchanges-flow",
    ),
    pytest.param(
        "A whale deposited 4,400 ETH into Bitfinex on Friday, worth roughly $13.1 million.",
        [
            ev(
                "transfer",
                "4400",
                "ETH",
                venue="venue:bitfinex",
                direction="in",
                figures=["13100000"],
            )
        ],
        id="a-worth-apposition-after-the-route-restates-the-coins",
    ),
    pytest.param(
        "A whale sent 2,600 SOL to Bybit on Tuesday. The whale had withdrawn the same SOL from"
        " the exchange last year at $96.",
        [ev("transfer", "2600", "SOL", venue="venue:bybit", direction="in")],
        id="a-price-at-which-coins-moved-is-no-transfer",
    ),
    pytest.param(
        "A whale withdrew 5,000 ETH from Kraken in 2019, when ETH cost $180.",
        [ev("transfer", "5000", "ETH", venue="venue:kraken", direction="out")],
        id="what-a-coin-cost-when-it-moved-is-no-transfer",
    ),
    pytest.param(
        "A whale moved coins valued at $3.2 million to Binance.",
        [ev("transfer", "3200000", venue="venue:binance", direction="in")],
        id="guard-coins-valued-at-a-sum-move-that-sum",
    ),
    pytest.param(
        "Thieves drained $9.4 million from Pellam Swap on Saturday. The attacker deposited"
        " 610 ETH at Kraken and 275 ETH at Bitget.",
        [
            ev("hack", "9400000"),
            ev("transfer", "610", "ETH", venue="venue:kraken", direction="in"),
            ev("transfer", "275", "ETH", venue="venue:bitget", direction="in"),
        ],
        id="loot-a-thief-deposited-at-exchanges-moved-on-to-each",
    ),
    pytest.param(
        "A fresh wallet withdrew 3,800 AVAX from Kraken on Monday. It later received another"
        " 1,100 AVAX from the exchange.",
        [
            ev("transfer", "3800", "AVAX", venue="venue:kraken", direction="out"),
            ev("transfer", "1100", "AVAX", venue="venue:kraken", direction="out"),
        ],
        id="the-exchange-of-a-later-sentence-is-the-one-named-before",
    ),
    pytest.param(
        "An address withdrew 640 BTC from Gemini on Friday, and the same address took 215 BTC"
        " off the exchange on Sunday.",
        [
            ev("transfer", "640", "BTC", venue="venue:gemini", direction="out"),
            ev("transfer", "215", "BTC", venue="venue:gemini", direction="out"),
        ],
        id="coins-taken-off-the-exchange-left-the-one-named-before",
    ),
    pytest.param(
        "An early miner dumped 2,200 BTC on Bitstamp on Monday. A holder offloaded 3,100 ETH"
        " onto Gemini.",
        [
            ev("transfer", "2200", "BTC", venue="venue:bitstamp", direction="in"),
            ev("transfer", "3100", "ETH", venue="venue:gemini", direction="in"),
        ],
        id="coins-dumped-or-offloaded-on-a-venue-went-in",
    ),
    pytest.param(
        "Thieves siphoned $7.2 million from Calder Vault, then deposited 1,150 ETH on OKX."
        " Hackers took $3.3 million from Ombra Lend and later deposited 640 ETH at Bybit.",
        [
            ev("hack", "7200000"),
            ev("transfer", "1150", "ETH", venue="venue:okx", direction="in"),
            ev("hack", "3300000"),
            ev("transfer", "640", "ETH", venue="venue:bybit", direction="in"),
        ],
        id="a-theft-told-with-its-figure-then-loot-deposited-in-one-sentence",
    ),
    pytest.param(
        "Hackers stole 2,400 ETH from Ombra Lend and deposited it at Bybit.",
        [ev("hack", "2400", "ETH")],
        id="guard-coins-stolen-and-deposited-in-one-clause-are-the-theft",
    ),
    pytest.param(
        "Bitcoin dumped 8% on Binance on Friday, and a fund offloaded 2,000 BTC last quarter.",
        [ev("price_move", "8", "%", asset="asset:BTC", direction="down")],
        id="guard-dumping-without-a-venue-after-the-coins-moves-nothing",
    ),
    pytest.param(
        "Attackers stole $17.5 million from Brisk Lend on Monday. Some 2,100 ETH was later"
        " routed through Railgun. The exploiter still controls about 4,300 ETH and 910,000"
        " DAI, and still has roughly $2.2 million in other tokens.",
        [ev("hack", "17500000"), ev("transfer", "2100", "ETH")],
        id="what-a-thief-still-controls-or-has-is-a-holding-with-its-list",
    ),
    pytest.param(
        "Hackers drained $6.4 million from Tamber Vault. The thief swapped the stolen 3.7"
        " million USDT for ether and converted 1.1 million USDC and 0.6 million DAI into"
        " 510 ETH. A day later the group converted 1,230 ETH to BTC. Its main wallet sold"
        " the governance tokens on SushiSwap for roughly 415 ETH.",
        [ev("hack", "6400000")],
        id="loot-a-thief-swaps-past-determiners-and-lists-is-spent",
    ),
    pytest.param(
        "Hackers emptied Lorrin Bridge of $12.9 million on Sunday, PeckShield said. The"
        " attacker bridged 880 ETH to Optimism. A third wallet, funded by the exploiter,"
        " received 1,320 ETH, then pushed 450 ETH of it to a Bybit deposit address.",
        [
            ev("hack", "12900000"),
            ev("transfer", "880", "ETH"),
            ev("transfer", "1320", "ETH", venue=None, direction=None),
            ev("transfer", "450", "ETH", venue="venue:bybit", direction="in"),
        ],
        id="a-wallet-funded-by-the-thief-receives-loot-onward-and-a-later-step-keeps-its-end",
    ),
    pytest.param(
        "Thieves took $21.3 million from Pellar Swap, a DEX on BNB Chain. The exploiter"
        " moved the BUSD into BNB. It then sent 28,500 BNB to Ethereum through a"
        " cross-chain bridge, and it later moved 1,940 ETH, most of what it had left, to a"
        " freshly created wallet.",
        [ev("hack", "21300000"), ev("transfer", "28500", "BNB"), ev("transfer", "1940", "ETH")],
        id="loot-sent-through-a-bridge-or-to-one-fresh-wallet-moves-on",
    ),
    pytest.param(
        "Hackers drained $4.6 million from Selwyn Finance. Circle then blacklisted 870,000 USDC"
        " at an address linked to the exploit.",
        [ev("hack", "4600000")],
        id="an-issuer-blacklisting-its-token-moves-nothing",
    ),
    pytest.param(
        "Hackers Hit Quellmar Bridge for $14 Million. Cross-chain bridge Quellmar was"
        " exploited for about $14 million in ETH on Friday, blockchain security firms said."
        " Quellmar said it had paused deposits and offered the hacker a $1.4 million"
        " white-hat bounty.",
        [ev("hack", "14000000", asset="asset:ETH")],
        id="a-white-hat-bounty-offered-to-the-thief-is-no-theft",
    ),
    pytest.param(
        "Thieves drained $5.9 million from Harlow Lend on Wednesday, the lender said in a"
        " post on X. Within hours, Kraken and Gemini froze 240 ETH and 130 ETH,"
        " respectively, after the attacker tried to cash out.",
        [
            ev("hack", "5900000"),
            ev("transfer", "240", "ETH", asset="asset:ETH", venue="venue:kraken", direction="in"),
            ev("transfer", "130", "ETH", asset="asset:ETH", venue="venue:gemini", direction="in"),
        ],
        id="coins-exchanges-froze-respectively-as-the-thief-cashed-out-went-in-to-each",
    ),
    pytest.param(
        "Spot On Chain: Orvane Capital deposited 7.2M $ARB ($5.8M) and 1.9M"
        " $OP ($3.3M) to #Binance, #OKX and #Bybit. A fresh wallet withdrew 2.1M $LDO from"
        " Kraken and Coinbase.",
        [
            ev("transfer", "7200000", "ARB", venue=None, direction="in"),
            ev("transfer", "1900000", "OP", venue=None, direction="in"),
            ev("transfer", "2100000", "LDO", venue=None, direction="out"),
        ],
        id="coins-moved-to-or-from-a-list-of-venues-name-none-of-them",
    ),
    pytest.param(
        "The Velmora fund shifted 700 BTC ($46 million) and 9,000 ETH ($29 million) to"
        " Kraken and Bitstamp, respectively, on Thursday, according to on-chain data that"
        " Arkham Intelligence flagged.",
        [
            ev("transfer", "700", "BTC", venue="venue:kraken", direction="in", to="Kraken"),
            ev("transfer", "9000", "ETH", venue="venue:bitstamp", direction="in", to="Bitstamp"),
        ],
        id="guard-a-respectively-list-of-venues-pairs-ends-with-figures",
    ),
    pytest.param(
        "An address tied to Holm Markets took in 320 million DOGE from Robinhood and forwarded"
        " 75 million of them to Binance two days later.",
        [
            ev("transfer", "320000000", "DOGE", venue="venue:robinhood", direction="out"),
            ev("transfer", "75000000", "DOGE", venue="venue:binance", direction="in"),
        ],
        id="a-share-of-them-forwarded-counts-the-coins-named-before",
    ),
    pytest.param(
        "Hackers drained $7.7 million from Brindle Lend on Monday. The exploiter has since"
        " pushed 2,200 ETH through Railgun and sent 640 ETH to a deposit address at Gate.",
        [
            ev("hack", "7700000"),
            ev("transfer", "2200", "ETH", venue=None, direction=None),
            ev("transfer", "640", "ETH", venue="venue:gate", direction="in"),
        ],
        id="a-venue-past-a-later-movement-verb-is-the-later-figure-s-end",
    ),
    pytest.param(
        "Custodian Brenmoor Digital, which pulled 4,100 BTC out of Kraken last week, moved a"
        " further 2,300 BTC to cold storage on Thursday, Arkham data show. Lender Ostvale,"
        " which deposited 9,000 ETH at Binance on Monday, sent 5,500 ETH to a multisig.",
        [
            ev("exchange_flow", "4100", "BTC", venue="venue:kraken", direction="out"),
            ev("transfer", "2300", "BTC", venue=None, direction=None, window=None),
            ev("transfer", "9000", "ETH", venue="venue:binance", direction="in"),
            ev("transfer", "5500", "ETH", venue=None, direction=None),
        ],
        id="a-relative-clause-s-venue-and-window-stay-out-of-the-main-clause-s-move",
    ),
    pytest.param(
        "Ether slipped 1% on Friday. A wallet tied to Pellacorp deposited 8,000,000 MATIC"
        " ($3.1M) into #OKX, Lookonchain said in a post on X that also flagged older moves."
        " Another wallet withdrew 2,500 $MKR from Kraken.",
        [
            ev("price_move", "1", "%", asset="asset:ETH", direction="down"),
            ev("transfer", "8000000", "MATIC", asset="asset:POL", venue="venue:okx"),
            ev("transfer", "2500", "MKR", asset="asset:SKY", venue="venue:kraken"),
        ],
        id="coins-counted-in-a-former-ticker-are-the-renamed-asset-s",
    ),
    pytest.param(
        "Lookonchain: Market maker Tessaly Labs deposited 3.8M $UNI ($27.4M) into #Binance"
        " 3 hours ago. Orvel Ventures withdrew 14,200 $ETH from #OKX.",
        [
            ev("transfer", "3800000", "UNI", venue="venue:binance", direction="in"),
            ev("transfer", "14200", "ETH", venue="venue:okx", direction="out"),
        ],
        id="a-firm-named-with-its-title-moves-coins-once",
    ),
    pytest.param(
        "Drevon Capital deposited 900 BTC into Kraken; the fund has been sending BTC to"
        " exchanges all week.",
        [ev("transfer", "900", "BTC", venue="venue:kraken", direction="in")],
        id="exchanges-named-past-a-semicolon-leave-one-actor-s-deposit-a-transfer",
    ),
    pytest.param(
        "Retail traders deposited 21,000 BTC into Binance this week, and Japanese funds"
        " withdrew 6,000 BTC from bitFlyer.",
        [
            ev("exchange_flow", "21000", "BTC", venue="venue:binance", direction="in"),
            ev("exchange_flow", "6000", "BTC", direction="out"),
        ],
        id="guard-a-plural-crowd-depositing-is-the-exchange-flow",
    ),
    pytest.param(
        "Hackers drained $8.8 million from Fenmoor. An address controlled by the attacker"
        " received 2,700 ETH from the protocol's vaults.",
        [ev("hack", "8800000"), ev("hack", "2700", "ETH")],
        id="guard-coins-reaching-an-address-the-thief-controls-are-the-theft",
    ),
    pytest.param(
        "An unknown wallet has 7.250 ETH (ca. 18,4 Mio. US-Dollar) from the exchange Gemini"
        " withdrawn.",
        [
            ev(
                "transfer",
                "7250",
                "ETH",
                venue="venue:gemini",
                direction="out",
                figures=["18400000"],
            )
        ],
        id="translated-ca-before-a-bracketed-value-restates-the-coins",
    ),
]


@pytest.mark.parametrize(("text", "expected"), LIQUIDATIONS)
def test_liquidation_families(text: str, expected: list[Expected]) -> None:
    """Liquidations in every phrasing family, one event per stated figure."""
    assert_events(text, expected)


@pytest.mark.parametrize(("text", "expected"), NOT_LIQUIDATIONS)
def test_not_liquidations(text: str, expected: list[Expected]) -> None:
    """Closed trades, conditional amounts, companies and market caps are no liquidations."""
    assert_events(text, expected)


@pytest.mark.parametrize(("text", "expected"), PRICES)
def test_price_families(text: str, expected: list[Expected]) -> None:
    """Moves state their change or the level reached; levels their price."""
    assert_events(text, expected)


@pytest.mark.parametrize(("text", "expected"), METRICS)
def test_metric_families(text: str, expected: list[Expected]) -> None:
    """Open interest, funding and dominance: readings, changes, lists and anaphors."""
    assert_events(text, expected)


@pytest.mark.parametrize(("text", "expected"), FLOWS)
def test_flow_families(text: str, expected: list[Expected]) -> None:
    """Fund flows with or without the word ETF, exchange flows, reserves."""
    assert_events(text, expected)


@pytest.mark.parametrize(("text", "expected"), TRANSFERS_AND_HACKS)
def test_transfer_and_hack_families(text: str, expected: list[Expected]) -> None:
    """Single on-chain moves with their ends; thefts and their movements."""
    assert_events(text, expected)


def test_the_chains_a_victim_links_are_not_what_was_taken() -> None:
    """A chain named as where the victim runs ("a bridge linking Polygon and BNB Chain")
    is not the asset of a theft stated in dollars."""
    doc = cnp.parse(
        "Ether rallied on Friday. Morvane Bridge, a protocol linking Polygon and BNB Chain,"
        " was exploited for about $29 million."
    )
    (hack,) = [e for e in doc.events if e.type is cnp.EventType.HACK]
    assert hack.asset not in ("asset:POL", "asset:BNB")
