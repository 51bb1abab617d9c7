"""Cascade step 2: one role frame per figure of a tagged sentence.

In: a :class:`~cryptonews_parse.events.reading.Reading` and the discourse
:class:`Context`. Out: :class:`Frame` records: for each figure that states an event, the
event type, the figure's role, and the side, asset, venue, fund, direction, window and
scope attached to it by structure.

How a figure is read, in order:

1. **Groups**: a figure that only restates the one before it ("$1.2 billion (21,000
   BTC)", "9,000 BTC, worth $540 million") or gives its share ("$40 million (20%)")
   joins that figure's group; a group is read once, as one fact.
2. **Governing cue**: type cues are tried nearest first; a segment boundary between cue
   and figure counts as several words. So in "Binance saw $9 million in liquidations,
   OKX $4 million" both figures are governed by "liquidations", while in "$50 million
   liquidated as BTC rose 3%" each figure has its own cue. A change verb governs the
   figures after it ("fell 4% to $2,900") and a percent right before it ("a 4% drop");
   a word of another family ("market cap", "volume", "holds") blocks only the figures
   of its own segment.
3. **Resolution**: a change verb takes its family from its subject ("open interest rose
   8%", "liquidations climbed to $3B", "reserves are down 9,000 BTC"); with an asset or
   nothing as subject it is a price move. A level word said of a metric is the metric's
   level ("OI went above the $48 billion mark"). Flow words take their family from the
   domain (fund words, exchange words, wallets, an article about a theft).
4. **Roles**: side words and entities in the figure's segment first, then the nearest
   before it in the sentence (the clause subject), then the discourse (an anaphor's
   subject, the article's asset, the one venue an article names); a part ("$182 million
   of it") keeps its whole's side; lists with "respectively" pair entities with figures
   in order, and "A and B each ..." gives one frame per entity.
5. **Not events**: figures in a conditional, estimated or questioned clause (moves there
   name levels), shares ("28% of all open interest"), amounts given "each" without a
   list of holders, and prices beyond any asset's price.
"""

from __future__ import annotations

import itertools
import operator
import re
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Final

import attrs

from cryptonews_parse.entities.registry import STABLE_QUOTES
from cryptonews_parse.events.reading import (
    DASH_ASIDE_UNITS,
    DASHES,
    EMOJI_MARKS,
    RELATIVE_WORDS,
    UNIT_LOWER,
    Cue,
    Reading,
    figure_labels_a_line,
    is_dash,
)
from cryptonews_parse.events.roles import Context, Frame, iso_duration
from cryptonews_parse.grammar import vocabulary
from cryptonews_parse.model import (
    EntityMention,
    EntityType,
    EventType,
    Kind,
    Quantity,
    Side,
)
from cryptonews_parse.scan import CRYPTO_QUOTES

# The figure kinds and event types, the enum members the frames test most, bound to module
# names: on Python 3.11 each ``Kind.MONEY`` read in a function goes through
# ``EnumType.__getattr__``'s lookup hook (about 900 instructions, a global a few dozen),
# and each figure is tested against them dozens of times (3.4% of the event stage).
_MONEY: Final = Kind.MONEY
_CRYPTO: Final = Kind.CRYPTO
_PERCENT: Final = Kind.PERCENT
_MULTIPLIER: Final = Kind.MULTIPLIER
_CHANGES: Final = frozenset({Kind.PERCENT, Kind.MULTIPLIER})
"""Figure kinds that state a change of a price."""
_BASIS_POINTS: Final = Kind.BASIS_POINTS
_RATIO: Final = Kind.RATIO
_DURATION: Final = Kind.DURATION
_COUNT: Final = Kind.COUNT
_LIQUIDATION: Final = EventType.LIQUIDATION
_ETF_FLOW: Final = EventType.ETF_FLOW
_EXCHANGE_FLOW: Final = EventType.EXCHANGE_FLOW
_TRANSFER: Final = EventType.TRANSFER
_HACK: Final = EventType.HACK
_OPEN_INTEREST: Final = EventType.OPEN_INTEREST
_FUNDING_RATE: Final = EventType.FUNDING_RATE
_DOMINANCE: Final = EventType.DOMINANCE
_PRICE_LEVEL: Final = EventType.PRICE_LEVEL
_PRICE_MOVE: Final = EventType.PRICE_MOVE
_ASSET: Final = EntityType.ASSET
_PAIR: Final = EntityType.PAIR
_ORG: Final = EntityType.ORG
_VENUE: Final = EntityType.VENUE
_FUND: Final = EntityType.FUND
_METRIC: Final = EntityType.METRIC
_BOTH: Final = Side.BOTH
_TOTAL_MARKET_CAP = "metric:total_market_cap"

SEGMENT_COST = 6
"""Words a segment boundary counts for when measuring how far a cue is from a figure."""
CLAUSE_COST = 4
"""Extra words for a clause boundary."""
MAX_REACH = 30
"""A type cue further than this (in weighted words) governs no figure."""
BLOCK_REACH = 3
"""A blocking cue ("volume", "holds") in another segment blocks only this close."""
LEVEL_REACH = 3
"""Words between a level noun or a change verb and the price it names ("low of $X")."""
SUBJECT_REACH = 2
"""Words between an asset and the change verb it is the subject of ("Bitcoin's 2%
climb"); an asset further back may be a modifier of the real subject ("short squeezes
on the Deribit ETH perpetual grew")."""
MAX_PRICE = Decimal(10_000_000)
"""No asset trades at this price (in dollars) or above: such a figure is no price move or
level."""

QUOTE_MAX = Decimal(1_000_000)
"""A sum of money no cue governs, beside a price move, is read as a quote only below this:
the topic's amounts (liquidations, flows) are millions; a cue reads a stated price (not a
forecast's or a target's) only below it too."""

FIGURE_KINDS = frozenset({_MONEY, _CRYPTO, _PERCENT, _MULTIPLIER, _BASIS_POINTS, _RATIO})
_CUE_FIGURES: Mapping[str, frozenset[Kind]] = {
    "flow": frozenset({_MONEY, _CRYPTO}),
    "loss": frozenset({_MONEY, _CRYPTO, _PERCENT}),
    "move": frozenset({_PERCENT, _MONEY, _MULTIPLIER, _CRYPTO}),
    "level": frozenset({_MONEY, _CRYPTO, _PERCENT}),
    "reserve": frozenset({_MONEY, _CRYPTO}),
    "other": FIGURE_KINDS,
}
"""What the cue kinds that are not one event type take; event types declare their own."""

_METRICS = frozenset({_OPEN_INTEREST, _FUNDING_RATE, _DOMINANCE})
_DERIVATIVE_TOPICS = frozenset({_OPEN_INTEREST, _FUNDING_RATE})
_MARKET_ASSETS = frozenset({"asset:BTC", "asset:ETH"})
"""Assets whose derivatives news is the market's ("bitcoin" and "ether" are market words)."""
_METRIC_TOPICS = {metric.value: metric for metric in _METRICS}
"""A metric by the value an anaphor of it names ("funding_rate" for "the rate")."""
# Sets of enum members a hot path tests against, built once: on Python 3.11 every
# ``EntityType.ASSET`` goes through ``EnumType.__getattr__``'s lookup hook.
_VENUES = (EntityType.VENUE,)
_FUNDS_ONLY = (EntityType.FUND,)
_PAIRS_ONLY = (EntityType.PAIR,)
_ASSETS = (EntityType.ASSET, EntityType.PAIR)
_HOLDERS_AND_ASSETS = frozenset({*_ASSETS, _VENUE, _FUND})
_ASSETS_AND_ORGS = (EntityType.ASSET, EntityType.PAIR, EntityType.ORG)
_LISTED = (EntityType.VENUE, EntityType.FUND, EntityType.ASSET)
_SIDES = {"long": Side.LONG, "short": Side.SHORT}
_PHRASE_ENDS = frozenset({",", ":", ";", "(", ")", ".", "-"})
"""Marks that end the phrase a word closes ("$75M combined." , "$2.27bn in total:")."""
_MENTION = operator.itemgetter(4)
"""``Unit.mention``, as a C callable for ``map``."""
_FLOWS = frozenset({_ETF_FLOW, _EXCHANGE_FLOW})
_LIST_JOINERS = frozenset({",", "and", "or", "&"})
_PARTED = _FLOWS | {_LIQUIDATION}
"""Types whose totals a venue's or a fund's figure may be a part of."""
_PRICES = frozenset({_PRICE_LEVEL, _PRICE_MOVE})
_TOWARD_WORDS = frozenset({"to", "onto", "into"})
_AWAY_WORDS = frozenset({"from", "off"})
"""Words before an exchange that say a movement goes to it or leaves it (with
``_TOWARD_WORDS``)."""
_REGION_TO_FUND = 3
"""Units from a region to the fund word it describes, at most ("U.S. spot bitcoin ETFs")."""
_FUND_NOUNS = frozenset({"fund", "funds"})
"""Fund nouns that are no cue of their own ("the U.S. funds added ...")."""
_TRANSACTION_NOUNS = frozenset(
    {"transaction", "transfer", "move", "tranche", "batch"}
    | {"transactions", "transfers", "moves", "tranches", "batches"}
)
"""Nouns that count on-chain transactions ("in one transaction", "in three transfers")."""
FEW_TRANSACTIONS = 5
"""Transactions that still make one actor's movement a transfer, at most."""
_ONE_MOVE_WORDS = frozenset({"single", "separate", "lone"})
"""Words right before a figure that make the movement noun after it one on-chain move ("a
single 2,500 BTC deposit", "a separate 42 million ADA withdrawal")."""
_MOVE_NOUNS = frozenset({"deposit", "withdrawal", "transfer", "transaction", "move"})
"""Nouns of one movement of coins, after its figure ("a single 2,500 BTC deposit")."""
_LEFT_WORDS = frozenset({"off", "left", "leaves", "leaving", "exited", "exits", "exiting"})
"""Words before the venue a transfer's coins left ("took 12,200 ETH off Kraken", "3,333 BTC
left Bitfinex for a fresh address")."""
_BALANCED_FLOWS = frozenset({_EXCHANGE_FLOW, _ETF_FLOW})
"""Flows whose remainder a text may state after "leaving": an exchange's or a fund's."""
_LEAVING = frozenset({"leaving", "leaves"})
_OUTPACING = frozenset(
    {"outperform", "outperforms", "outperformed", "outperforming", "underperform",
     "underperforms", "underperformed", "underperforming", "outpace", "outpaces",
     "outpaced", "outpacing", "lag", "lags", "lagged", "lagging", "trail", "trails",
     "trailed", "trailing", "beat", "beats", "beating"}
)  # fmt: skip
"""Verbs whose object is the asset a move is compared with ("Ether underperformed
bitcoin, falling 4%"), not the one that moved."""
LIQUIDATED_AFTER = 8
"""Units after a figure "leaving" governs in which a liquidation word makes it what was
liquidated ("leaving $56 million of bullish SOL bets erased")."""
LEFT_WITH_REACH = 4
"""Units between "leaving" and "with" at most ("leaving the Seychelles exchange with")."""
_ACQUIRED = frozenset({"received", "receives", "receive", "obtained", "bought", "acquired"})
_BOUND_WORDS = frozenset({"less", "more", "than", "about", "around", "roughly", "just", "only"})
"""An acquisition verb and the bound words before the price paid ("received the coins for
less than $400,000")."""
_DEPOSIT_VERBS = frozenset({"deposited", "deposit", "deposits", "depositing"})
_DEPOSIT_PLACES = frozenset({"at", "on", "onto", "with"})
"""A deposit verb and the preposition before the venue it places coins at ("deposited at
Kraken")."""
_FREEZE_VERBS = frozenset({"froze", "frozen", "freezes", "freeze", "freezing"})
_FREEZER_AUXILIARIES = frozenset(
    {"had", "has", "have", "also", "already", "quickly", "swiftly", "later", "then"}
)
"""Words between an exchange and the freeze verb it is the subject of ("Binance had
quickly frozen ...")."""
_ARRIVAL_WORDS = _DEPOSIT_VERBS | frozenset(
    {"sent", "send", "moved", "routed", "transferred", "cash"}
)
"""Words after coins an exchange froze that say they were sent to it ("that the attacker
tried to deposit", "sent from the exploiter's address", "after the thief tried to cash
out")."""
FROZEN_REACH = 6
"""Units from the frozen figure to the word that says it was sent, at most."""
_OFF_WORDS = {
    "below": "down",
    "under": "down",
    "beneath": "down",
    "off": "down",
    "above": "up",
    "shy": "down",
    "short": "down",
}
"""Words between a percent and a level it measures the price from ("30% below its high")."""
_FIBONACCI = frozenset({"fibonacci", "fib"})
"""First words of a Fibonacci level cue ("Fib retracement at"), after the percent that
names the level."""
_SHORT_OF = frozenset({"shy", "short"})
"""Words before "of" between a percent and the level the price is under ("12% shy of
its March high")."""
_STOOD_VERBS = frozenset({"stood", "was", "traded", "sat", "were", "started", "began"})
"""Verbs of an earlier price after "where" and its subject ("7% below where it stood a
week ago", "where bitcoin traded in March")."""
_ARTICLES = frozenset({"the", "a", "an"})
_DETERMINERS = _ARTICLES | {"its", "their"}
_CONTRAST_WORDS = frozenset({"while", "whereas", "but"})
_RECORD_OPENERS = _DETERMINERS | {"fresh", "new", "previous", "prior", "former", "'s"}
"""Words before a price that "record" names ("its $73,800 record", "bitcoin's $69,000
record")."""
_RECORD_DESCRIBES = frozenset(
    {"inflow", "inflows", "outflow", "outflows", "liquidation", "liquidations", "volume"}
    | {"volumes", "sale", "sales", "haul", "intake", "purchase", "deal", "raise", "round"}
)
"""Nouns that "record" describes after a sum ("the $510 million record inflow"): then the
sum is no price."""

_NAMING_KINDS = frozenset({"flow", "liquidation"})
"""Families whose noun after "of"/"in" says what a figure is ("$40M of net outflows"); a
metric's ("a jump of 0.4% in BTC.D") leaves the verb its direction."""
_MARKET_WORDS = frozenset(
    {"the", "entire", "total", "overall", "whole", "broader", "crypto", "cryptocurrency"}
)
"""Words between "of" and "market" in a share of the whole market."""
_CRYPTO_WORDS = frozenset({"crypto", "cryptocurrency"})
_WHOLE_VALUE_WORDS = frozenset({"value", "worth", "capitalization", "capitalisation", "cap"})
"""What a share of "the whole crypto market's ..." is of when it is the whole market."""
_ALL_COINS_WORDS = frozenset(
    {"cryptocurrencies", "crypto", "cryptos", "coins", "tokens", "digital", "cryptoassets"}
)
"""Words after "all" that, with a value word before, name the whole market ("the
combined value of all cryptocurrencies")."""
_VALUE_LOST_WORDS = _AWAY_WORDS | {"in", "of"}
_MARKET_VALUE_METRICS = frozenset({"metric:market_cap", _TOTAL_MARKET_CAP})
VALUE_AFTER_REACH = 6
"""Units after "from" or "off" in which a market value says what a figure was taken from."""
_OBJECT_WORDS = _DETERMINERS | {"own", "overall", "total", "market"}
"""Words of a metric's noun phrase between a verb and the metric ("lifting its own",
"lifting its market share")."""
_COMPARED = {"down from": "down", "up from": "up", "lower than": "down", "higher than": "up"}
"""Words after a metric's reading that compare it with an earlier one."""
_DEMONSTRATIVES = frozenset({"those", "these"})
_COMPARING_OPENERS = frozenset(
    {"more than", "less than", "ahead of", "compared with", "compared to", "against", "versus"}
)
"""How a segment that compares its figure with the one before it opens ("..., more than
BTC's $119 million"): two words, or one and the figure's first."""
_SPENT_WORDS = frozenset(
    {"the", "its", "their", "his", "all", "some", "another", "a", "further", "stolen",
     "remaining", "drained", "looted", "roughly"}
)  # fmt: skip
"""Words between a swap verb and the figure it spends ("swapped the stolen 9.1 million USDC
for ETH")."""
_SALE_WORDS = frozenset({"dumped", "dumping", "sold", "selling"})
"""Swap words whose figure before "to" went to a buyer or a venue, not into a coin."""
SPENT_REACH = 8
"""Units walked back from a spent figure to its swap verb (words and coordinated figures)."""
_THIEVES = frozenset(
    {
        "hacker",
        "hackers",
        "exploiter",
        "exploiters",
        "attacker",
        "attackers",
        "thief",
        "thieves",
        "drainer",
        "drainers",
        "scammer",
        "scammers",
    }
)
"""Words for who took the funds; their later movements are transfers, not the theft."""


def _thief_word(lower: str) -> str:
    """The word a thief's name stands in: "attacker's" and "hacker-linked" are
    "attacker" and "hacker"."""
    return lower.split("'")[0].split("-")[0]


_RESTATING_MARKS = frozenset({",", ")", "-", "\u2013", "\u2014", "~", "\u2248", "then"})
"""Marks that may stand between a figure and its restatement ("120K BNB (~$127M)", "9,870
ETH, then worth about $31.4 million")."""
VALUING_WORDS = frozenset({"worth", "valued"})
"""Words that value coins stated before ("worth about $27 million", "valued at $190 million");
the discourse reads them too."""
_VALUING_APPOSITION = VALUING_WORDS | {"coins", "tokens", "then", "now", "at"}
"""The words of an apposition that values the figure before it ("41,650 BTC in the 2016
attack, coins then worth about $27 million")."""
_BY_WORDS = frozenset({"just", "only", "another", "a", "further", "roughly", "nearly"})
"""Words between a verb and the percent it moves by ("adding just 0.8%")."""
_METRIC_KINDS = frozenset({"open_interest", "funding_rate", "dominance"})
"""Cue kinds of the metrics a possessive may leave out ("while bitcoin's eased")."""
_ARROWS = frozenset({"\u2192", "\u279d", "\u279c", "\u27f6"})
"""Arrows of a list line that writes a movement "figure: sender \u2192 receiver" (the
lexicon's `to` and `transfer` groups list the same; "\u27a1" is left out: posts use it
as a bullet)."""
_LABEL_ENDS = frozenset({",", ".", ";", "(", ")"}) | _ARROWS
_DOWN_ARROWS = frozenset({"\u25bc", "\u25be", "\u2193", "\U0001f53b"})
_UP_ARROWS = frozenset({"\u25b2", "\u25b4", "\u2191", "\U0001f53a"})
_SIGN_MARKS = frozenset({"+"}) | _UP_ARROWS | _DOWN_ARROWS
"""A plus sign or an arrow written before a figure: tickers sign a change with them."""
CHANGE_SIGNS = frozenset({"+", "-", "\u2212"})
"""Signs a change figure may open with (plus, hyphen-minus, minus): "(-0.6 pts)", "(+3.8%)"."""
_POINTS = re.compile(r"[0-9]+(?:\.[0-9]+)?(?:pts?|pps?|ppts?)?")
"""A bare change of a share, its points written on or not ("0.6", "0.6pts")."""
_POINT_WORDS = frozenset({"pts", "pt", "pp", "ppt", "ppts", "points", "point", "percentage"})
POINTS_ASIDE_UNITS = 8
"""Units a bracketed change in points may take: "(-0.6 pts w/w)", "(down 0.6 pts on the
week)"."""
_ON_THE_PERIOD = frozenset({"on", "the", "day", "week", "month"})
"""The words of "on the week" after such a change: its period, no window phrase yet."""
_CLOSING_VERBS = frozenset({"closed", "closes", "closing"})
"""An asset's session close ("Ether closed at US$638"), in the "other" group's "closed
at", which is a position's close elsewhere."""
_COIN_GROUPS = ("stablecoin", "memecoin", "meme coin", "altcoin")
"""Words that name a group of coins in the plural or before a group noun."""
_GROUP_NOUNS = frozenset({"sector", "group", "basket", "segment", "complex", "category"})
_GROUP_METRIC_NOUNS = frozenset({"dominance", "share"})
"""Metric nouns a coin group's singular stands before ("stablecoin dominance")."""
_COMBINING_WORDS = frozenset({"combined", "joint", "collective", "aggregate"})
"""Words that make a share one of several coins taken together ("the combined share of
USDC and DAI"), also after the coins ("USDC and DAI combined")."""
_SHARE_NOUNS = frozenset({"share", "slice", "portion", "dominance", "weight"})
_EXCLUDING = frozenset({"excluding", "excl", "excl.", "except", "outside", "ex-"})
"""Words that leave the coins or funds after them out of what a figure is about."""
_EXCLUDABLE = frozenset({EntityType.ASSET, EntityType.PAIR, EntityType.FUND})
_FRONTING_WORDS = frozenset({"meanwhile", "and", "but", "by", "contrast", ",", "-", "•", "*"})
"""Words that may stand before an asset's possessive opening a sentence ("Meanwhile,
Solana's edged up to 3.2%")."""
_VERSUS = frozenset({"against", "versus", "vs", "vs."})
_EARLIER_WORDS = frozenset({"ago", "earlier", "before", "prior", "previously"})
_OFFSET_WORDS = frozenset({"later", "after", "before", "earlier"})
"""Words after a window phrase that make it a time offset ("an hour later")."""
_LIST_MARKS = frozenset({"-", "•", "*", "–", "—"})
"""Marks that may open a list line before its first word."""
DATED_REACH = 4
"""Units after a compared reading in which its date stands ("62% a year ago")."""
MOVED_OBJECT_REACH = 6
"""Units between a change verb and "to" before a share ("lifted the memecoin sector to")."""
_RANKED_NOUNS = frozenset(
    {
        "exchange", "exchanges", "venue", "venues", "platform", "platforms", "fund", "funds",
        "issuer", "cryptocurrency", "token", "coin", "asset", "lender", "miner", "bank",
    }
)  # fmt: skip
"""Nouns for an entity that a superlative ranks ("the largest exchange")."""
_STATED_WHEN_HEDGED = frozenset({_PRICE_LEVEL, _DOMINANCE})
"""Types whose levels a conditional or a forecast still states: "a daily close below
$2.05 could send XRP lower", "a weekly close above 63% on BTC.D would confirm it" name
the levels traders watch; a hedged flow or liquidation has not happened."""
_PERCENT_READINGS = frozenset({_FUNDING_RATE, _DOMINANCE})
"""The metrics whose reading is a percent: a move to a percent can only be one of them."""
_OWN_TOKEN_WORDS = frozenset({"'s", "governance", "native", "utility", "new"})
"""Words of "the bridge's governance token", "the native token": a token of its own, no
epithet of the article's asset."""
_NETWORK_WORDS = frozenset(
    {"on", "between", "linking", "connecting", "across", "bridging", "spanning", "joining"}
)
"""Words before the chains a protocol runs on or links ("a bridge linking Ethereum and")."""
_TO_EPITHET_WORDS = frozenset(
    {
        "a", "an", "the", "new", "fresh", "record", "all-time", "multi-year", "yearly", "high",
        "highs", "of", "around", "about", "nearly",
    }
)  # fmt: skip
"""Words between "to" and the figure it reaches that only describe it ("to a record")."""
HOURS_IN_A_DAY = 24
_TOTALLING = frozenset({"totaling", "totalling"})
_STREAK_NOUNS = frozenset({"streak", "run", "stretch"})
_RUNNING_AUXILIARIES = frozenset({"has", "had"})
"""The auxiliaries of a one holder's running loss ("the trader has now lost $31 million on
ETH longs since October"): its trades' tally, no liquidation (a plural "have" is a crowd's)."""
_RUNNING_ADVERBS = frozenset({"now", "already", "since", "so", "far", "reportedly", "also"})
"""Adverbs between such an auxiliary and "lost"."""
_ENDING_VERBS = frozenset(
    {
        "snap", "snaps", "snapped", "snapping", "end", "ends", "ended", "ending", "break",
        "breaks", "broke", "breaking", "halt", "halts", "halted", "halting",
    }
)  # fmt: skip
"""A streak and the verbs that end one ("snapping a three-day outflow streak")."""
_HOLDER_WORDS = frozenset({"holders", "holder", "hodlers", "cohort", "cohorts"})
HOLDER_REACH = 12
"""Words for a group of holders, and how many words before "added" one is looked for."""
APPOSITIVE_REACH = 10
"""Units before a hedge in which an appositive's "a" and its "that" are looked for."""
_IDLE_WORDS = frozenset(
    {"dormant", "idle", "inactive", "untouched", "unmoved", "asleep", "sleeping", "silent"}
)
"""Words before "for <duration>" that say how long a wallet sat still."""
_ORDINALS = frozenset(
    {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
     "tenth", "1st", "2nd", "3rd", "4th", "5th"}
)  # fmt: skip
"""Words that number one event of a series ("its third withdrawal in two days": the
duration after "in" is how long the series ran or the wallet sat, no window of one
movement)."""
_SUPERLATIVES = frozenset(
    {
        "highest", "lowest", "biggest", "largest", "smallest", "strongest", "weakest",
        "steepest", "sharpest", "fastest", "longest", "best", "worst", "most", "least",
        "heaviest", "deepest",
    }
)  # fmt: skip
"""Words that make a record of a figure ("its lowest level in seven weeks": the duration
after "in" is how far back the record reaches)."""
_SERIES_WORDS = _ORDINALS | _SUPERLATIVES
ORDINAL_REACH = 3
"""Units from an ordinal or a superlative to the "in" before a duration, at most ("its
first on-chain activity in nine years")."""
_TENOR_NOUNS = frozenset(
    {"futures", "contract", "contracts", "options", "calls", "puts", "bonds", "bills", "notes"}
)
"""Nouns a duration in adjective form before gives a term, not a window: "the basis on
three-month futures", "one-week ETH calls", "two-year notes"."""
_CAUSE_WORDS = frozenset({"as", "when", "after", "once"})
"""Words that open the clause saying how a loss came about ("lost $31 million as his ETH
long was liquidated")."""
_HOLDING_VERBS = frozenset({"holds", "held", "commands", "commanded", "has", "had", "claims"})
"""Verbs by which an asset has a share ("while ether holds 17%")."""
_ACCOUNT_WORDS = frozenset({"account", "accounts", "address", "addresses", "wallet", "wallets"})
_ARRIVING = frozenset({"in", "reached", "reaches", "reaching", "landed", "lands"})
"""Words before an exchange's account that make it where funds arrived."""
_LATER_STEP = frozenset({"before", "after", "then", "while"})
"""Words that make what follows a later step of the subject ("withdrew 3,900 ETH before
bridging part of it"), not the route of the figure before them."""
_LOOT_ORIGIN_WORDS = frozenset({"of", "from", "since"})
"""Words before a theft word that make it where moved coins came from ("of the stolen
funds", "from the Corvel theft", "since the breach"), not a theft its clause states."""
_COORDINATORS = frozenset({"and", ",", "or"})
_MARKET_VALUE_NOUNS = frozenset(
    {"market cap", "market capitalization", "market capitalisation", "market value"}
    | {"capitalization", "valuation"}
)
_CUSTOMER_WORDS = frozenset({"customers", "users", "clients", "depositors", "account holders"})
_INDEX_WORDS = frozenset({"index", "composite"})
_GAUGE_WORDS = frozenset({"greed", "fear", "volatility", "sentiment", "nft", "nfts"})
_TYING_WORDS = frozenset(
    {"tied", "linked", "connected", "associated", "attributed", "traced", "funded", "seeded"}
)
"""Words that tie a wallet to a theft or a thief ("linked to the exploit", "a second wallet,
funded by the attacker,"): its coins move on, no theft."""
_FRESH_WORDS = frozenset({"fresh", "new", "freshly", "newly", "created", "brand-new"})
"""Words that make one wallet a fresh one ("a freshly created address")."""
TIE_REACH = 4
"""Units before a theft word in which a word that ties a wallet to it is looked for ("tied
to the 2016 Bitfinex hack")."""
_LEVEL_NOUNS = frozenset({"handle", "mark", "level", "line", "zone", "area", "threshold"})
"""Nouns that make a price a level ("the $98K handle"), besides the level cue groups."""
_COMPARED_TO = frozenset({"the", "its", "their", "that", "as", "what", "those"})
"""Words after a multiple ("three times the baseline") that make it a comparison."""
_CARRIED: Mapping[EventType, frozenset[Kind]] = {
    _LIQUIDATION: frozenset({_MONEY, _CRYPTO}),
    _ETF_FLOW: frozenset({_MONEY, _CRYPTO}),
    _EXCHANGE_FLOW: frozenset({_CRYPTO, _MONEY}),
    _TRANSFER: frozenset({_CRYPTO, _MONEY}),
    _HACK: frozenset({_CRYPTO, _MONEY}),
    _OPEN_INTEREST: frozenset({_MONEY, _CRYPTO}),
    _FUNDING_RATE: frozenset({_PERCENT, _BASIS_POINTS}),
    _DOMINANCE: frozenset({_PERCENT}),
}
"""Event types a figure without a cue can continue from the topic, and the figures each
takes that way (an open-interest topic does not turn a bare percent into its change)."""
_DOC_VENUE_TYPES = frozenset(
    {
        _LIQUIDATION,
        _OPEN_INTEREST,
        _FUNDING_RATE,
        _EXCHANGE_FLOW,
        _HACK,
    }
)
STATE_REACH = 5
"""Units from a metric noun to the sign said of it ("Funding Rate, which flipped negative")."""
LIST_LINE_UNITS = 12
"""Units a list line holds at most ("Binance: funding rate at -0.0029%")."""
LIST_REACH = 8
"""Units a listed figure may stand after the one before it ("OKX ($95M), Bybit ($61M)")."""
COMPARE_REACH = 8
"""Units after a metric's reading in which "down from"/"up from" may compare it."""
EACH_VERB_REACH = 4
"""Units between a figure with "each" after it and the names it is given to ("HODL and BTCO
took in $6.8 million each")."""
_EACH_GROUP_NOUNS = frozenset({"funds", "products", "etfs", "etps", "vehicles", "trusts"})
"""Nouns of a kind of fund between the names "each" gives a figure to and "each" ("Solana
and XRP funds each drew $3 million")."""
_LIST_GLUE = frozenset(
    {",", "(", ")", "and", "or", "&", "followed", "by", "then", "ahead", "of", "with", "at",
     "behind", "next", "while", "plus", "as", "well"}
)  # fmt: skip
_PHRASE_PREPOSITIONS = frozenset({"at", "in", "on", "from", "to", "across", "via"})
_DATE_WORDS = frozenset(
    {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
     "dec", "january", "february", "march", "april", "june", "july", "august", "september",
     "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
     "friday", "saturday", "sunday", "on", "."}
)  # fmt: skip
"""Dates in a list of dated figures ("on June 10 ($37B) and June 3 ($35B)")."""
_WINDOW_LEADS = frozenset(
    {"past", "last", "over", "in", "within", "during", "for", "the", "previous"}
)
PRICE_BASES = (
    "at current prices", "at current price", "at today's prices", "at today ' s prices",
    "at current rates", "at current market prices", "at prevailing prices", "at spot prices",
)  # fmt: skip
"""What follows a sum of money that values coins at a price ("$2.3 billion at current
prices"), as the units read in lower case, joined by spaces."""
RESTATE_REACH = 9
"""Units between a figure and its restatement, at most ("1.04 million ETH during the
period, worth roughly $1.26 billion")."""
_REST_OF: Final = frozenset({EventType.HACK, EventType.ETF_FLOW})
"""Types whose total "the remainder" or "the rest" continues (see Frames._points_back)."""
_BALANCE_DETERMINERS = frozenset(
    {"its", "their", "his", "her", "the", "entire", "whole", "full", "remaining", "all"}
)
"""Words between a transfer verb and the balance it moves ("sent its entire balance")."""
SIGNED_REACH = 4
"""Units from an asset's quoted price to the signed percent of its move, at most ("$3,620
close, -10.3%")."""
OFF_REACH = 8
"""Units from a transfer's figure to the "off" before the venue it left, at most ("took
6,100 BTC ($412 million) off Kraken")."""
_TIME_WORDS = (
    _WINDOW_LEADS
    | _DATE_WORDS
    | {"across", "this", "that", "same", "period", "week", "day", "month", "session", "today"}
)
"""Words of a time phrase that may stand between a figure and its ", worth $X"."""
_OUTWEIGHS = frozenset(
    {"exceeded", "exceed", "exceeds", "exceeding", "outpaced", "outpace", "outpaces",
     "outpacing", "outstripped", "outstrip", "outstrips", "outstripping", "outweighed",
     "outweigh", "outweighs", "outweighing", "outnumbered", "outnumbering", "topped"}
)  # fmt: skip
"""Verbs that compare two flows: "deposits exceeded withdrawals by $X" is a net inflow."""
_OUTWEIGH_ADVERBS = frozenset({"kept", "keep", "keeps", "again", "still", "far"})
"""A word between a flow and the verb that compares it with another ("withdrawals kept
exceeding deposits")."""
_NOW_PRICE_WORDS = frozenset({"current", "spot", "prevailing", "present"})
"""Words for the price now: a figure "6% below the current price" is how far a level
(a strike, a target, max pain) stands from it, no move of the price."""
_CROSSING_POSITIONS = frozenset({"above", "below", "under", "past", "through", "over"})
"""The last word of a change cue that is its preposition ("broke below", "pushed above")."""
_ASIDE_WORDS = 5
"""The most words an aside between commas may hold ("Bitcoin, for its part, held")."""
APPOSITION_UNITS = 14
"""Units from either comma of an apposition to a mention inside it, at most ("Bitcoin
cash, the offshoot created when the bitcoin network split in August, dropped")."""
_MARKS = frozenset({"level", "psychological"})
"""Level kinds of the plain marks a change verb crosses ("mark", "threshold")."""
_LEVEL_MODIFIERS = 3
"""Words that may modify a level noun between "the" and its figure ("the psychologically
important $10,000 mark")."""
_FIAT_SUBJECTS = frozenset(
    {"dollar", "greenback", "euro", "yen", "yuan", "renminbi", "pound", "sterling", "franc",
     "won", "rupiah", "lira", "rupee", "real", "ruble", "rouble", "hryvnia", "zloty"}
)  # fmt: skip
"""Currencies whose move, with "the" before the name, is no coin's ("Bitcoin rose 3% as
the dollar weakened 0.5%", "the yen strengthened 1.2%")."""
_CROSSING_VERBS = frozenset(
    {
        "topped", "tops", "topping", "surpassed", "surpasses", "surpassing", "crossed",
        "crosses", "crossing", "exceeded", "exceeds", "exceeding", "overcame", "overcome",
        "overcomes", "passed", "undershot", "undershoots", "lost", "loses", "reclaimed",
        "reclaims",
    }
)  # fmt: skip
"""Change verbs that cross the mark they take for their object with no preposition
("topped the $70,000 mark", "has the mark of 13.000 US-Dollar overcome", "lost the level
of the 20.000 dollars"): a move to that mark."""
_POSITION_WORDS = frozenset(
    {"above", "below", "beneath", "under", "near", "past", "toward", "towards"}
)
_ELIDED_GLUE = frozenset({",", "and", "on", "at", "in", "for", "across", "the", "while"})
_FRONTING_PREPOSITIONS = frozenset(
    {"within", "by", "on", "in", "at", "after", "over", "during", "since", "for", "earlier"}
)
_FRONTED_REACH = 6
"""The furthest a sentence's subject stands after a fronted phrase ("Within an hour it")."""
_VENUE_NOUNS = frozenset({"exchange", "platform", "venue", "trading platform"})
_VENUE_POSSESSIVES = frozenset(
    f"{noun}{mark}s" for noun in ("exchange", "platform", "venue") for mark in "'\u2019"
)
"""A venue noun's possessive, one unit ("on the exchange's XBTUSD perpetual swap")."""
_CONTRACT_NOUNS = frozenset({"contract", "swap", "perpetual"})
"""A contract named before ("open interest in that contract"): of the venue named before."""
_VENUE_WORDS = _VENUE_NOUNS | _VENUE_POSSESSIVES
_DEFINITE_VENUE_WORDS = _VENUE_WORDS | _CONTRACT_NOUNS
"""Words that name a venue named before after "the" or "its"."""
LEVEL_PHRASE_UNITS = 4
"""Units a level's noun phrase may hold between "from" and its figure ("from a peak
above $20 billion", "from its previous high of")."""
_LEVEL_PHRASE_WORDS = _DETERMINERS | {"previous", "prior", "of"}
POSSESSED_UNITS = 4
"""Words a possessive mention's noun may run to before a relative clause said of it
("BitMEX's flagship XBTUSD perpetual swap, where ...")."""
_AUXILIARIES = frozenset(
    {
        "has",
        "have",
        "had",
        "is",
        "was",
        "were",
        "are",
        "be",
        "been",
        "'s",
        "\u2019s",
        "also",
        "then",
        "now",
        "just",
        "since",
        "further",
        "again",
        "price",
        "prices",
        "itself",
        "still",
        "once",
        "even",
    }
)
_MODIFIER_WORDS = frozenset({"in", "of", "for", "on", "from", "across"})
_QUOTING_WORDS = frozenset({"around", "near", "at", "about"})
"""Words before a price-sized sum that quote it as a price ("exchanges around 101 200
dollars"): beside an asset it is no figure of a liquidation or flow topic."""
_QUOTED_BY = frozenset({EntityType.ASSET, EntityType.PAIR, EntityType.VENUE})
"""Mentions that name a price's asset or market, not whose liquidation or flow it is."""
_BESIDE = 5
"""Units after a figure within which a price word still says the figure is a price."""
_CROSSING_WORDS = frozenset({"by", "through", "past"})
"""Prepositions that attach a price to a change verb ("crashes through $5,000")."""
_RECORD_EPITHETS = frozenset({"new", "fresh", "all-time", "previous", "prior"})
"""Words between an article and "record" that describe it ("a new record $294")."""
_RECORD_SETTERS = frozenset(
    {"set", "sets", "setting", "printed", "prints", "printing", "notched", "notches"}
    | {"notching", "marked", "marks", "posted", "posts", "logged", "logs", "carved"}
)
"""Verbs whose asset subject sets the record price after them ("BTC printed a record
$73,650 on Coinbase")."""
_REMAINING_WORDS = frozenset({"left", "remaining"})
"""Words after a figure that make what an actor has of it a balance ("It has 16,400 ETH
left")."""
_POSSESSING_VERBS = frozenset({"has", "had", "have", "holds", "held", "holding", "with"})
"""Verbs of having before a balance's figure ("still has 900 BTC left")."""
_PARTICIPLE_LEADS = frozenset({"after", "before", "since", "while", ","})
"""Words before a participle whose subject is the sentence's ("..., after printing a record
$77,250 overnight")."""
_RECORD_ADVERBS = frozenset({"briefly", "just", "also", "then", "again", "first", "only"})
"""Adverbs between an asset and the verb that sets its record ("briefly printed")."""
_AT_WORDS = frozenset({"at", "near", "around"})
"""Words after an asset's copula that quote the price after them ("SOL was at $147.20")."""
_COPULAS_AT = frozenset({"is", "was", "are", "were", "sits", "sat", "remains", "remained"})
"""Copulas between an asset and "at" ("Ether was at $2,611")."""
_GAP_OPENERS = frozenset({",", "and", "while", "whereas"})
"""Words before a gapped quote ("..., and Aptos at $8.90")."""
_FORECAST_NOUNS = frozenset(
    {"forecast", "forecasts", "prediction", "predictions", "projection", "projections"}
)
"""Nouns of a forecast's level ("its year-end forecast of $240")."""
_FORESEEN_REACH = 8
"""Units from "sees" to the figure it forecasts ("sees bitcoin reaching $150,000")."""
_NOT_COIN_UNITS = frozenset(
    {"ounce", "ounces", "oz", "troy ounce", "barrel", "barrels", "gram", "grams", "kilogram"}
    | {"kg", "tonne", "tonnes", "ton", "tons", "share", "shares", "mwh", "kwh", "bushel"}
)
"""Units a price per which is no coin's ("$4,600 per ounce" of gold)."""
_STRIP_MARKS = frozenset({"|", "\u00b7", "\u2022", ",", ":", "/", "(", ")", ".", ";", "-", *DASHES})
"""Marks between the pairs of a ticker strip ("BTC $61,980 | ETH $2,502")."""
MODIFIER_UNITS = 4
"""Units a prepositional phrase may hold before the word it ends on ("across the spot
bitcoin ETFs")."""
_ATTRIBUTING = frozenset({"tied", "linked", "attributed", "related", "belonging"})
"""Participles that attach a figure to what follows "to" ("$95 million tied to XRP")."""
_NOUN_COPULAS = frozenset({"is", "was", "stands", "stood", "came", "comes", "amounts", "amounted"})
"""The copulas after a change noun that opens its sentence or a clause after a colon:
"Weekly gain is almost 19%", "suffers still more: the fall is of 17.6%"."""
_NOUN_OPENERS = frozenset({"the", "this", "that", "a"})
"""The words that may stand before such a noun, besides window words ("weekly")."""
_REACHING_VERBS = frozenset({"reached", "reach", "reaches", "reaching", "hit", "hits", "hitting"})
"""Change verbs that only say a figure was reached: a change noun before them gives the
direction ("the decline rate reached 6.8%")."""
_THRESHOLD_VERBS = _REACHING_VERBS | frozenset(
    {"passed", "surpassed", "crossed", "crosses", "topped", "topping", "exceeded", "exceeding"}
)
"""Change verbs that say a sum was reached or crossed: said of funds ("IBIT topped $50
billion in assets"), the sum is their size, no flow (the lexicon's ``cross`` verbs too)."""
_AMOUNT_VERBS = frozenset(
    {"losing", "lost", "shedding", "shed", "gaining", "gained", "adding", "added", "erasing"}
)
"""Change verbs whose object is the amount moved: a sum right after one, in a sentence
that states the move in percent, restates it in money ("was last down 7.3% at $20,840,
losing $1,640 from its previous close"), no level."""
_CHANGE_NOUNS = frozenset(
    {
        "decline",
        "drop",
        "fall",
        "slide",
        "correction",
        "pullback",
        "drawdown",
        "dip",
        "plunge",
        "gain",
        "rise",
        "increase",
        "rally",
        "surge",
        "jump",
        "advance",
        "decrease",
    }
)
"""Change nouns that may be the subject of a reaching verb."""
NOUN_REACH = 8
"""Units a change noun may stand before the reaching verb it is the subject of."""
_LOWER_RANK = re.compile(
    r"(?:third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|[0-9]+(?:rd|th))"
    r"-(?:largest|biggest)"
)
"""An ordinal epithet below the second rank ("fourth-largest"): no asset of the registry."""
_RANKED_COIN_NOUNS = frozenset(
    {"coin", "token", "cryptocurrency", "crypto", "altcoin", "asset", "cryptoasset"}
)
"""The nouns such an epithet describes a coin with ("the fourth-largest coin")."""


_LIQUIDATION_NOUNS = frozenset({"liquidation", "liquidations", "liquidated"})
_TALLY_NOUNS = frozenset({"amount", "total", "tally", "sum", "volume", "share", "number"})
"""Nouns of a sum of many orders: "the largest liquidation amount" is a venue's tally,
not "the largest single liquidation"."""


def fill(reading: Reading, context: Context) -> list[Frame]:
    """The frames of one sentence, in text order of their figures."""
    return _Sentence(reading, context).frames()


_BLOCK = "block"
"""A resolution that ends the search: the figure states no event."""
SCALE_APART = 10
"""How many times apart two dollar prices are for them not to be one asset's quotes in
one text (bitcoin at $93,500 and ether at $3,412 are 27 times apart)."""
_PRICE = "price"
"""A nominal change said of an asset's price."""
_NOT_A_PRICE = "not a price"
"""A change verb said of positions or a fund: the next cue decides."""
_MARKET = "the crypto market"
"""The subject a change verb gives the whole crypto market ("the overall crypto market,
up 2.1%"): a move of no one asset."""
_FUNDS = "funds"
"""A change verb said of funds: in money, a flow ("multi-asset funds gained $3.1
million"); in percent, the fund's price, which is no event ("the ETF jumped 420%")."""
_CROWDS = frozenset(
    {"investors", "traders", "holders", "buyers", "sellers", "speculators", "hodlers"}
)
"""Plural people right before a change verb are its subject ("Retail investors 'retreat'
to $98.5K", "Solana traders brace for a drop to $120"): what they do moves no price."""
_QUOTE_MARKS = frozenset({"'", '"', "\u2018", "\u2019", "\u201c", "\u201d"})
"""Marks that may stand between a subject and a verb set in scare quotes."""


class _Sentence:
    """Reads one sentence: the state shared by its figures' frames."""

    def __init__(self, reading: Reading, context: Context) -> None:
        self.r = reading
        self.c = context
        self.units = reading.units
        self.segment = reading.segment
        self.clause = reading.clause
        """The reading's segment and clause numbers per unit, read for every cue and figure
        (an instance attribute is a cheaper lookup than a named tuple's field)."""
        self.by_role: dict[str, list[Cue]] = {}
        self.role_at: dict[int, str] = {}
        by_role, role_at = self.by_role, self.role_at
        for cue in reading.cues:
            role = cue.group.role
            by_role.setdefault(role, []).append(cue)
            for k in range(cue.first, cue.last + 1):
                role_at.setdefault(k, role)  # the first cue on a unit gives its role
        self.type_cues = self.by_role.get("type", [])
        self.verb_ends = {c.last for c in self.type_cues if c.group.kind == "move"}
        """Where the sentence's change verbs end (a noun there is a verb: "added")."""
        self.levels = [c for c in self.type_cues if c.group.kind == "level"]
        self.level_starts = {c.first for c in self.levels}
        """The level words ("support", "all-time high") and where each starts: asked of
        many units and figures, and most sentences hold none."""
        self.forecasts = [c for c in self.levels if self.units[c.first].lower in _FORECAST_NOUNS]
        """The level words that name a forecast ("forecast of $240"): they hedge their
        clause as "forecast" does."""
        self.mention_at: list[EntityMention | None] = list(map(_MENTION, self.units))
        self._unmention_excluded()
        self.mentioned = [
            (k, m) for k in reading.mention_units if (m := self.mention_at[k]) is not None
        ]
        self.domains = {cue.group.value for cue in self.by_role.get("domain", ())}
        last = self.units[-1].lower if self.units else ""
        self.question_clause = reading.clause[-1] if last == "?" else -1
        self.question_from = 0
        """Where the question begins in its clause: after the last emoji of a post."""
        if last == "?":
            units = self.units
            self.question_from = next(
                (k + 1 for k in range(len(units) - 1, -1, -1) if self._post_break(k)),
                0,
            )
        self.group_end: dict[int, int] = {}
        self.last_frame: Frame | None = None
        self.blocked: set[int] = set()
        """The figures a word of another family blocked ("still holds 1,300 ETH"): a figure
        coordinated right after one of them is blocked with it."""
        self.earlier: list[Frame] = []
        """The frames of the sentence so far, in text order."""
        self.market_moves: set[int] = set()
        """The figures that state a move of the whole crypto market."""
        self.strip_assets: dict[int, EntityMention] = {}
        """The asset before each price of a ticker strip ("BTC $61,980 | ETH $2,502")."""
        self.targets: set[int] = set()
        """The figures a coin's "price target" names ("a price target of $1.80 for XRP")."""
        self.definite_venue: bool | None = None
        """Whether "the exchange" or the like names a venue here; found when first asked."""
        openers = [
            cue
            for cue in self.by_role.get("anaphor", ())
            if cue.first <= 2 or self._after_a_fronted_phrase(cue.first)
        ]
        self.opening_anaphor = (bool(openers), any(map(self._fits_topic, openers)))
        """Whether the sentence opens with an anaphor, and with one that can stand for the
        topic metric: asked for most figures, the same for all of them."""

    def _unmention_excluded(self) -> None:
        """ "Altcoin dominance (excluding BTC and stablecoins) rose to 29.7%", "TOTAL3, the
        market value outside BTC and ETH": coins or funds named after a word that leaves
        them out are what the figure is not about, so no frame takes them."""
        units, mention_at = self.units, self.mention_at
        for k in range(len(units) - 1):
            word = units[k].lower
            if word not in _EXCLUDING and not (
                word in ("other", "apart") and units[k + 1].lower in ("than", "from")
            ):
                continue
            j = k + 2 if word in ("other", "apart") else k + 1
            end = min(len(units), j + 10)
            while j < end:
                mention = mention_at[j]
                if mention is not None and mention.type in _EXCLUDABLE:
                    mention_at[j] = None
                elif units[j].lower not in (",", "and", "or", "&", "the", "for"):
                    break
                j += 1

    # ---- the frames ------------------------------------------------------------------

    def frames(self) -> list[Frame]:
        groups = self._groups()
        if not groups:
            return self._states([])  # no figure: only a state in words can be stated
        for i, members in groups:
            self.group_end[i] = members[-1] if members else i
        frames: list[Frame] = []
        for i, members in groups:
            q = self.units[i].quantity
            assert q is not None
            quote = self._quote(i, q, members)
            if quote:
                frames.extend(quote)
                continue
            frame = self._frame(i, q)
            if frame is None and q.kind is _PERCENT and members:
                # "Binance accounted for 42%, or $201 million": a share restated as a sum
                # is a part of that sum, its share beside it
                frame, members = self._restated_share(i, q, members)
            if frame is None:
                continue
            moves: list[Frame] = []
            for k in members:
                member = self.units[k].quantity
                assert member is not None
                if frame.type in _METRICS and member.value is not None and self._signed_aside(i, k):
                    frame.change = member
                    frame.direction = "down" if member.value < 0 else "up"
                elif frame.type is _PRICE_LEVEL and self._signed_aside(i, k):
                    moves.append(self._quoted_move(k, member, frame))
                elif member.kind is _PERCENT and q.kind is not _PERCENT and frame.type in _PRICES:
                    frame.restated.append(member)  # "down $2,415, or 14.3 percent": one move
                elif member.kind is _PERCENT and q.kind is not _PERCENT:
                    frame.share = member
                else:
                    frame.restated.append(member)
            frames.append(frame)
            frames.extend(moves)
        frames = self._merge_metric_changes(frames)
        self._attach_from(frames, groups)
        for frame in frames:
            if frame.type in _METRICS and frame.direction is None:
                frame.direction = _direction_between(frame.from_, frame.quantity)
            if frame.type in _METRICS and frame.direction is None and frame.change is not None:
                k = next(k for k, u in enumerate(self.units) if u.quantity is frame.change)
                if self._signed(k):
                    frame.direction = "down" if self._falls(k) else "up"
        self._attach_to(frames)
        self._parts_of_totals(frames)
        self._parts_keep_their_whole(frames)
        self._respectively(frames)
        self._paired_in_order(frames)
        return self._each(frames) + self._states(frames)

    def _state_direction(self, i: int, *, kept: bool = False) -> str | None:
        """ "the funding rate turned negative at -0.004%": the sign word's direction; a sign
        a metric kept ("held slightly positive at") is none, unless ``kept`` (a netflow's
        "was negative in 5.200 BTC" says which way the coins went)."""
        clause = self.clause[i]
        for cue in self.by_role.get("state", ()):
            if self.clause[cue.first] == clause and (kept or not self._kept_state(cue)):
                words = " ".join(u.lower for u in self.units[cue.first : cue.last + 1])
                return "down" if "negative" in words or "below" in words else "up"
        return None

    def _kept_state(self, state: Cue) -> bool:
        """ "SOL funding held slightly positive at 0.0027%", "stayed negative", "at a
        slightly positive 0.0009%": a sign the metric kept, no change of direction."""
        k = state.first - 1
        while k >= 0 and self.units[k].lower in _HELD_STATES:
            k -= 1
        # "at a slightly positive 0.0009%": the sign describes the reading
        return k >= 0 and (self.units[k].lower in _KEPT_VERBS or self.units[k].lower in ("a", "an"))

    def _quote(self, i: int, q: Quantity, members: list[int]) -> list[Frame]:
        """A price quote as tickers print it, "BTC: $96,420 (-3.1%)": the price is a
        level and the signed percent the asset's move; no family word needed."""
        if not members:
            return []
        before = [m for k, m in self.mentioned if k < i and i - k <= 3]
        if q.kind is _PERCENT and self._ticker_pair(i, members[0]):
            signed = [i]  # "+5.2%  $4,180": a movers table prints the change first
            i = members[0]
            price = self.units[i].quantity
            assert price is not None
            q = price
        else:
            signed = [
                k
                for k in members
                if (p := self.units[k].quantity) is not None
                and p.kind is _PERCENT
                and self._signed(k)
            ]
        if (
            not signed
            or q.kind is not _MONEY
            or not self._price(q)
            or not any(m.type in _ASSETS for m in before)
        ):
            return []
        level = Frame(self.r, i, q, _PRICE_LEVEL)
        self._attach(level)
        change = self.units[signed[0]].quantity
        assert change is not None
        return [level, self._quoted_move(signed[0], change, level)]

    def _quoted_move(self, k: int, change: Quantity, level: Frame) -> Frame:
        """The move that signed change ``k`` printed beside a price states: the price's
        asset's, whatever name stands nearer ("BTC $12,874.21 +4.62% ETH $309.55", "traded
        near $12,870 (+8.6% over the day)")."""
        move = Frame(self.r, k, change, _PRICE_MOVE, "down" if self._falls(k) else "up")
        self._attach(move)
        if move.asset != level.asset:
            move.mentions = [m for m in move.mentions if m.type not in _ASSETS] + [
                m for m in level.mentions if m.type in _ASSETS
            ]
            move.asset = level.asset
        return move

    def _states(self, frames: list[Frame]) -> list[Frame]:
        """ "The funding rate flipped negative": a metric's sign stated in words, in a
        clause with no figure of that metric, is an event without an amount."""
        states = self.by_role.get("state")
        if states is None:
            return []  # most sentences: no set of taken clauses to build
        found: list[Frame] = []
        taken = {self.clause[f.index] for f in frames}
        for cue in states:
            clause = self.clause[cue.first]
            if clause in taken or self._asked(cue.first):
                continue
            noun = next(
                (
                    c
                    for c in reversed(self.type_cues)
                    if c.last < cue.first
                    and c.group.noun
                    and (self.clause[c.last] == clause or cue.first - c.last <= STATE_REACH)
                    and c.group.kind in ("funding_rate", "flow")
                ),
                None,
            )
            verb = any(
                noun is not None and noun.last < c.first < cue.first
                for c in self.by_role.get("turn", ())
            )
            if noun is None or not verb or self._hedged(cue.first):
                continue
            event_type = _FUNDING_RATE if noun.group.kind == "funding_rate" else _EXCHANGE_FLOW
            words = " ".join(u.lower for u in self.units[cue.first : cue.last + 1])
            negative = "negative" in words or "below" in words
            if event_type is _EXCHANGE_FLOW:
                direction = "out" if negative else "in"
            else:
                direction = "down" if negative else "up"
            if self._reading_of_the_state(frames, event_type, negative, direction):
                continue
            frame = Frame(self.r, cue.first, None, event_type, direction=direction)
            frame.state = "negative" if negative else "positive"
            mention = self._mention(cue.first, _ASSETS, event_type)
            frame.asset = (
                self._carried_asset(cue.first) if mention is None else self._asset_of(mention)
            )
            venue = self._mention(cue.first, _VENUES, event_type)
            frame.venue = None if venue is None else venue.id
            found.append(frame)
            taken.add(clause)
        return found

    @staticmethod
    def _reading_of_the_state(
        frames: list[Frame], event_type: EventType, negative: bool, direction: str
    ) -> bool:
        """ "funding turned negative as well, with the OI-weighted rate sitting at
        -0.017%": the sentence's reading of that metric, of the sign the words state, is
        the state's figure; it takes the state's direction and the state is no event of
        its own."""
        readings = [
            f
            for f in frames
            if f.type is event_type
            and f.quantity is not None
            and f.quantity.value is not None
            and (f.quantity.value < 0) == negative
            and f.direction in (None, direction)
        ]
        for frame in readings:
            frame.direction = direction
        return bool(readings)

    @staticmethod
    def _parts_of_totals(frames: list[Frame]) -> None:
        """ "Bitcoin faced $342M in liquidations amid a $1B sell-off": an asset's figure
        beside a larger market-wide one of its sentence is that total's part."""
        liquidation = _LIQUIDATION
        totals = [
            f.figure.value
            for f in frames
            if f.type is liquidation and f.asset is None and f.figure.value is not None
        ]
        for frame in frames:
            value = frame.quantity.value if frame.quantity is not None else None
            if (
                frame.type is liquidation
                and frame.scope == "total"
                and frame.asset is not None
                and value is not None
                and any(total > value for total in totals)
            ):
                frame.scope = "asset"

    @staticmethod
    def _parts_keep_their_whole(frames: list[Frame]) -> None:
        """ "Spot bitcoin ETFs: +$188.4M, with IBIT taking $143.1M", "$260 million in
        bitcoin futures positions were liquidated, with BitMEX alone accounting for $118
        million": a venue's or fund's smaller figure after a total of its type is part of
        it, so it keeps the total's direction and asset where it states none."""
        for n, part in enumerate(frames):
            if part.type not in _PARTED or part.quantity is None or part.figure.value is None:
                continue
            if (part.venue or part.fund) is None or (part.asset and part.direction):
                continue
            value, unit = abs(part.figure.value), part.figure.unit
            whole = next(
                (
                    f
                    for f in reversed(frames[:n])
                    if f.type is part.type
                    and f.quantity is not None
                    and f.figure.unit == unit
                    and f.figure.value is not None
                    and abs(f.figure.value) > value
                    and f.fund is None
                    and f.venue in (None, part.venue)
                ),
                None,
            )
            if whole is None:
                continue
            if part.direction is None and part.type in _FLOWS:
                part.direction = whole.direction
            if part.asset is None:
                part.asset = whole.asset

    def _attach_from(self, frames: list[Frame], groups: list[tuple[int, list[int]]]) -> None:
        """ "slid to $47,500 from $49,800": the figure after "from" that states no event
        of its own is the move's starting point."""
        used = {f.index for f in frames}
        for i, _ in groups:
            q = self.units[i].quantity
            if i in used or q is None or not self._after_role(i, "from"):
                continue
            # the nearest frame before it ("lifting its dominance to 14.1% from 9.4%" after
            # "climbed 78%"), else one after it ("fell from $49,800 to $47,500")
            for frame in sorted(frames, key=lambda f: (f.index > i, abs(f.index - i))):
                if (
                    frame.type in (_PRICE_MOVE, *_METRICS)
                    and frame.from_ is None
                    and self.clause[frame.index] == self.clause[i]
                    and q.kind is frame.figure.kind
                ):
                    frame.from_ = q
                    break

    def _attach_to(self, frames: list[Frame]) -> None:
        """ "slid 9% to a two-year low of $48": the level after "to" that a move with a
        change reached is also the move's ``to`` (the level stays an event of its own)."""
        for move in frames:
            if move.type is not _PRICE_MOVE or move.to is not None:
                continue
            if move.figure.kind not in (_PERCENT, _MULTIPLIER):
                continue
            clause = self.clause[move.index]
            level = next(
                (
                    f
                    for f in frames
                    if f.type is _PRICE_LEVEL
                    and f.index > move.index
                    and self.clause[f.index] == clause
                ),
                None,
            )
            if level is not None and self._after_to(move.index, level.index):
                move.to = level.figure

    def _after_to(self, start: int, i: int) -> bool:
        """Figure ``i`` follows "to" after ``start``: right after it (approximations
        aside) or through a level noun phrase ("to a two-year low of $48")."""
        k = self._level_phrase_start(start, i)
        if k is None:
            return self._after_role(i, "to")
        return k > start and self.role_at.get(k) == "to"

    def _groups(self) -> list[tuple[int, list[int]]]:
        groups: list[tuple[int, list[int]]] = []
        for i in self.r.figures():
            q = self.units[i].quantity
            assert q is not None
            if q.kind not in FIGURE_KINDS:
                continue
            if groups and self._restates((groups[-1][1] or [groups[-1][0]])[-1], i):
                groups[-1][1].append(i)
            else:
                groups.append((i, []))
        return groups

    def _restated_share(
        self, i: int, share: Quantity, members: list[int]
    ) -> tuple[Frame | None, list[int]]:
        """The frame of the sum that restates share ``i``, read where the share stands
        ("longs making up 78%, or $160 million" are longs), with the share set on it; and
        the restatements left."""
        q = self.units[members[0]].quantity
        if q is None or q.kind not in (_MONEY, _CRYPTO):
            return None, members
        frame = self._frame(i, q)
        if frame is not None:
            frame.share = share
        return frame, members[1:]

    def _frame(self, i: int, q: Quantity) -> Frame | None:
        last = self.last_frame
        if last is not None and last.type is _FUNDING_RATE and _restates_per_period(q, last):
            last.restated.append(q)  # "0.0112% per eight hours, roughly 12.3% annualised"
            return None
        if q.kind is _PERCENT and self._annualized_before(i):
            return None  # "Annualized, that works out to about 35%": the reading said again
        if q.kind is _PERCENT and self._names_a_retracement(i):
            return None  # "past its 38.2% Fib level at $0.71": the level's name
        if self._is_share(i, q):
            return None
        if self._distributive(i) or self._move_start(i) or self._balance_left(i, q):
            return None
        if self._kept_back(i):
            return None
        if q.kind is _MULTIPLIER and self._leverage(i):
            return None
        if self._comparison(i, q) or self._reference(i) or self._swap_proceeds(i):
            return None
        if self._swapped(i) or self._coordinated_with_blocked(i):
            return None  # "still controls about 1,300 ETH and 640,000 USDC": both held
        if last is not None and self._earlier_reading(i, q, last):
            last.from_ = q  # "at 58.3% today against roughly 62% a year ago"
            return None
        hedged = self._asked(i) or self._hedged(i) or self._foreseen(i)
        resolved: tuple[EventType, str | None] | str | None
        if q.kind is _RATIO:
            resolved = (_PRICE_LEVEL, None) if self._crypto_pair_before(i) else None
        elif self._test_send(i):
            resolved = _TRANSFER, None  # "preceded by a 0.1 BTC test transaction"
        elif self._frozen_on_arrival(i) is not None:
            resolved = _TRANSFER, None  # "Binance froze 310 ETH the attacker tried to deposit"
        elif self._record_named(i, q):
            resolved = _PRICE_LEVEL, None  # "Sunday's slide from the $58,350 record"
        elif self._asset_is_at(i, q) or self._gapped_quote(i, q):
            resolved = _PRICE_LEVEL, None  # "Elsewhere, SOL was at $147.20, ADA at $0.402"
        elif self._share_of_the_market(i, q):
            # "USDT now commands 4.85% of the market", "fell to 4.3% of the market"
            resolved = _DOMINANCE, self._move_right_before(i)
        elif self._share_held_beside(i, q):
            resolved = _DOMINANCE, None  # "Bitcoin's share stands at 54%, while ether holds 17%"
        else:
            resolved = self._govern(i, q, hedged)
            if resolved is None and self._record_before(i, q):
                resolved = _PRICE_LEVEL, None  # "Bitcoin set a record $109,350 on Coinbase"
        if q.kind is _PERCENT and self._rate_per_hours(i, q):
            moved = isinstance(resolved, tuple) and resolved[0] in (_PRICE_MOVE, *_METRICS)
            resolved = _FUNDING_RATE, resolved[1] if isinstance(resolved, tuple) and moved else None
        if resolved == _BLOCK:
            self.blocked.add(i)
            return None
        off = self._off_a_level(i) if q.kind is _PERCENT else None
        if off is not None:
            if isinstance(resolved, tuple) and resolved[0] in _METRICS and self._level_priced(i):
                resolved = _PRICE_MOVE, off  # "about 14% below its record of $64,850"
            elif isinstance(resolved, tuple) and resolved[0] in (_PRICE_MOVE, *_METRICS):
                # "bounced 9% off its low": after a verb that states its direction, "off"
                # says where the change started
                resolved = resolved[0], resolved[1] if self._off_a_start(i, resolved[1]) else off
            elif self._about_a_price():  # a flow word takes no percent: "leaving it 30% below"
                resolved = _PRICE_MOVE, off
        if resolved is None:
            resolved = self._continued_list(i, q)
        if resolved is None and self._quoted_beside_a_move(q):
            resolved = _PRICE_LEVEL, None
        if resolved is None:
            resolved = self._signed_fund_flow(i, q)
        if resolved is None:
            resolved = self._topic(i, q)
        if resolved is None:
            strip = self._price_strip(i, q)
            if strip is not None:
                self.strip_assets[i] = strip
                resolved = _PRICE_LEVEL, None  # "BTC $61,980 | ETH $2,502 | SOL $141.30"
        if not isinstance(resolved, tuple):
            return None
        event_type, direction = resolved
        if q.kind not in self.c.figures.get(event_type, frozenset()) and not (
            event_type in _PRICES and q.unit in STABLE_QUOTES  # resolved by _stablecoin_price
        ):
            return None
        if event_type is _ETF_FLOW and q.unit in STABLE_QUOTES:
            return None  # no fund holds a stablecoin: "now reported 118,236.5 USDT" is a price
        if event_type in _FLOWS and self._signed(i):
            assert q.value is not None
            direction = "out" if q.value < 0 else "in"  # "IBIT +$42.1M", "FBTC -$156.9M"
        if event_type is _PRICE_MOVE and direction is None and self._signed(i):
            direction = "down" if self._falls(i) else "up"  # "Top gainers: SUI (+14%)"
        if event_type in _METRICS and direction is None:
            direction = (
                self._compared_direction(i)
                or self._flipped_direction(i, q)
                or self._marked_direction(i, event_type)
            )
        if hedged and not self._stated_though_hedged(event_type, i):
            return None
        if event_type is _TRANSFER and q.kind is _MONEY and self._unit_price(i, q):
            return None
        if (
            event_type in (_PRICE_MOVE, _DOMINANCE)
            and q.kind is _PERCENT
            and "point" in q.text.lower()
        ):
            # percentage points change a share, never a price: "... down from 69.2% - a
            # slide of nearly 28 percentage points" restates the dominance's change
            if last is not None and last.type is _DOMINANCE:
                last.restated.append(q)
                last.direction = last.direction or direction
                return None
            if event_type is _PRICE_MOVE:
                return None
        if event_type in _PRICES and not self._price(q):
            return None
        if event_type in _PRICES and (q.per or "").lower() in _NOT_COIN_UNITS:
            return None  # "gold rose 1.7%, breaking through $4,600 per ounce": no coin's
        if event_type is _OPEN_INTEREST and self._one_sided_not_open_interest(i):
            return None
        frame = Frame(self.r, i, q, event_type, direction=direction)
        frame.headline = self.r.sentence.heading
        self._attach(frame)
        self.last_frame = frame
        self.earlier.append(frame)
        return frame

    def _unit_price(self, i: int, q: Quantity) -> bool:
        """ "had withdrawn the same ETH from the exchange in March at $2,100", "received
        20,000 ETH at genesis, when ETH cost $0.31": a price-sized sum of money right after
        "at" or "cost" (rough words aside) is what one coin cost, not the sum moved ("coins
        valued at $30 million" is the sum)."""
        k = self._before_approximation(i)
        word = self.units[k].lower if k >= 0 else ""
        if word == "at":
            word = "at" if k == 0 or self.units[k - 1].lower not in VALUING_WORDS else ""
        return word in _UNIT_PRICE_WORDS and self._price(q)

    def _one_sided_not_open_interest(self, i: int) -> bool:
        """ "Short positions made up $391 million of the total" after an open-interest
        headline: open interest is the same on both sides, so a figure one side owns, in a
        sentence that names no open interest, is not the topic's (a liquidation's part,
        most often, which nothing here states)."""
        if any(c.group.kind == "open_interest" for c in self.type_cues):
            return False
        segment = self.segment[i]
        return any(
            c.group.value in ("long", "short") and self.segment[c.first] == segment
            for c in self.by_role.get("side", ())
        )

    def _annualized_before(self, i: int) -> bool:
        """ "Annualized, that works out to about 35%, a level that ...", "which annualizes to
        roughly 45%": a figure after a restating "annualized" (one that opens its sentence
        before a comma, or the verb) says the reading before it again, whatever noun
        follows it ("a level"); "annualized funding of 30%" is no restating form."""
        for cue in self.by_role.get("type", ()):
            if (
                cue.first >= i
                or cue.group.name != "annualized"
                or any(self.units[k].quantity is not None for k in range(cue.last + 1, i))
            ):
                continue
            word = self.units[cue.first].lower
            after = self.units[cue.last + 1].lower if cue.last + 1 < len(self.units) else ""
            if word.endswith(("izes", "ises", "ize", "ise")) or (cue.first == 0 and after == ","):
                return True
        return False

    def _rate_per_hours(self, i: int, q: Quantity) -> bool:
        """ "perps funded at an average 0.108% per 8h", "are now paying 0.0588% per eight
        hours", "ran at 0.0152% hourly": a percent per some hours in a sentence that names
        a contract, funding or a rate ("the OI-weighted rate") is a funding rate, never a
        price's change or a share."""
        if not _hourly(q):
            after = self.group_end.get(i, i) + 1
            word = self.units[after].lower if after < len(self.units) else ""
            span = self.units[after + 1].quantity if after + 1 < len(self.units) else None
            per_span = (
                word in _PER_WORDS
                and span is not None
                and span.kind is _DURATION
                and span.unit == "hour"
            )
            if not (word == "hourly" or per_span):
                return False
        funding = _FUNDING_RATE.value
        return (
            self._contract_named()
            or any(c.group.kind == funding for c in self.type_cues)
            or any(c.group.value == funding for c in self.by_role.get("anaphor", ()))
        )

    def _off_a_level(self, i: int) -> str | None:
        """ "remains about 30% below its all-time high", "54% above its seven-day low", "12%
        shy of its March high", "3.1% off yesterday's record", "6.4% below the $110,000
        level", "7% below where it stood a fortnight ago": a percent before "below",
        "above", "off" or "shy of" and a level noun phrase (or where the price stood) is how
        far the price stands from that level, a move down or up; None for any other
        percent."""
        units = self.units
        word = self.group_end.get(i, i) + 1
        direction = _OFF_WORDS.get(units[word].lower) if word < len(units) else None
        if direction is None:
            return None
        if units[word].lower in _SHORT_OF and units[word + 1].lower == "of":
            word += 1
        if self._where_it_stood(word + 1):
            return direction
        for k in range(word + 1, min(len(units), word + 2 + LEVEL_REACH)):
            if units[k].lower in _NOW_PRICE_WORDS:
                return None  # "$80,000, about 6% below the current price": a distance
            if units[k].lower in ("record", "records") or k in self.level_starts:
                return direction
            if units[k].lower in _LEVEL_NOUNS and units[k - 1].quantity is not None:
                return direction  # "6.4% below the $110,000 level"
            figure = units[k].quantity
            if figure is not None and figure.kind is _MONEY and self._price(figure):
                continue
            if (
                units[k].lower not in _DETERMINERS
                and self.role_at.get(k) not in ("dated", "window")  # "off the weekly high"
                and not self._possessive_day(k)  # "off Thursday's peak"
                and not self._modifies_level(k)
            ):
                return None
        return None

    def _names_a_retracement(self, i: int) -> bool:
        """Percent ``i`` stands right before a Fibonacci level cue ("the 61.8% Fibonacci
        retracement at $164.20", "the 38.2% Fib level near $0.71"): it names the level
        whose price follows, no change or reading."""
        after = self.group_end.get(i, i) + 1
        return (
            after < len(self.units)
            and after in self.level_starts
            and self.units[after].lower in _FIBONACCI
        )

    def _off_a_start(self, i: int, direction: str | None) -> bool:
        """The word after percent ``i`` is "off" and a change verb gave it ``direction``
        ("rebounded 9% off Monday's low"): the level is where the change started."""
        word = self.group_end.get(i, i) + 1
        return direction is not None and self.units[word].lower == "off"

    def _possessive_day(self, k: int) -> bool:
        """Unit ``k`` is a word with its "'s" that names no entity ("Thursday's",
        "yesterday's", "last week's" ends in one)."""
        unit = self.units[k]
        return unit.mention is None and unit.lower.endswith("'s") and unit.lower[:-2].isalpha()

    def _where_it_stood(self, k: int) -> bool:
        """ "below where it stood a fortnight ago": "where", a subject and a verb of
        standing or trading from unit ``k`` on name an earlier price."""
        units = self.units
        if k + 2 >= len(units) or units[k].lower != "where":
            return False
        return units[k + 2].lower in _STOOD_VERBS or (
            k + 3 < len(units) and units[k + 3].lower in _STOOD_VERBS
        )

    def _record_named(self, i: int, q: Quantity) -> bool:
        """ "from its $73,800 record", "above the $58,350 record set on Sunday": a price
        between a determiner and the noun "record" names the record high, whatever verb is
        near (it is no liquidation in "... slide from the $58,350 record wiped out $1.5bn"),
        unless "record" describes a noun after it ("the $510 million record inflow")."""
        if q.kind is not _MONEY or i == 0 or self.units[i - 1].lower not in _RECORD_OPENERS:
            return False
        after = self.group_end.get(i, i) + 1
        units = self.units
        if after >= len(units) or units[after].lower != "record" or not self._price(q):
            return False
        following = units[after + 1].lower if after + 1 < len(units) else ""
        return following not in _RECORD_DESCRIBES

    def _asset_is_at(self, i: int, q: Quantity) -> bool:
        """ "Elsewhere, SOL was at $147.20", "Ether is near $2,611": an asset, a copula
        and "at", "near" or "around" right before a price quote it (a wrap's list goes on
        with "ADA at $0.402 and AVAX at $28.15"); the asset must be the copula's subject,
        not a possessive ("Bitcoin's volume was at ...")."""
        if q.kind is not _MONEY:
            return False
        units = self.units
        k = i - 1
        while k > 1 and self.role_at.get(k) == "approx" and units[k - 1].lower not in _COPULAS_AT:
            k -= 1  # "was at about $2,611"
        if k < 2 or units[k].lower not in _AT_WORDS or units[k - 1].lower not in _COPULAS_AT:
            return False
        subject = k - 2
        if units[subject].lower == ")" and subject >= 3 and units[subject - 2].lower == "(":
            subject -= 3  # "Solana (SOL) was at $151"
        mention = self.mention_at[subject] if subject >= 0 else None
        return (
            mention is not None
            and mention.type in _ASSETS
            and not self._possessive(subject)
            and self._price(q)
            and not self._other_family_before(i)
        )

    def _other_family_before(self, i: int, end: int | None = None) -> bool:
        """A cue of a family other than prices stands before figure ``i`` in its clause
        ("Net inflows for Solana were at $4.2 million"), or before ``end`` ("Solana ETPs
        logged a record $4.6 million of inflows")."""
        clause = self.clause[i]
        end = i if end is None else end
        cues = [*self.type_cues, *self.by_role.get("domain", ())]
        return any(
            c.first < end
            and self.clause[c.first] == clause
            and (c.group.role == "domain" or c.group.kind not in ("level", "move"))
            for c in cues
        )

    def _gapped_quote(self, i: int, q: Quantity) -> bool:
        """ "Toncoin was at $6.48 late on Thursday, and Aptos at $8.90": an asset and
        "at" after "and", "while" or a comma, in a sentence that quoted a price before,
        is quoted there (its verb is the one before, left out)."""
        if q.kind is not _MONEY or not any(f.type is _PRICE_LEVEL for f in self.earlier):
            return False
        units = self.units
        k = i - 1
        while k > 2 and self.role_at.get(k) == "approx" and units[k - 1].lower != "at":
            k -= 1
        if k < 3 or units[k].lower != "at":
            return False
        mention = self.mention_at[k - 1]
        return (
            mention is not None
            and mention.type in _ASSETS
            and not self._possessive(k - 1)
            and units[k - 2].lower in _GAP_OPENERS
            and self._price(q)
        )

    def _record_before(self, i: int, q: Quantity) -> bool:
        """ "Bitcoin set a record $109,350 on Coinbase", "Solana's record $294 was set in
        January": a price after "record" that an asset's possessive or an asset that sets
        it ("set", "printed", "notched") opens is the record high, when no cue of another
        family stands in its clause ("Solana funds set a record $940,000" is a flow's; a
        bare "a record $X" also names flows)."""
        units = self.units
        if q.kind is not _MONEY or i < 2 or units[i - 1].lower != "record":
            return False
        k = i - 2
        if units[k].lower in _RECORD_EPITHETS and k > 0:
            k -= 1  # "a new record $X"
        if units[k].mention is not None:
            subject = k if self._possessive(k) else -1
        elif units[k].lower in _ARTICLES and k >= 2 and units[k - 1].lower in _RECORD_SETTERS:
            subject = k - 2
            if subject > 0 and units[subject].lower in _RECORD_ADVERBS:
                subject -= 1  # "BTC briefly printed a record $X"
            if subject >= 0 and units[subject].lower in _PARTICIPLE_LEADS:
                subject = self._sentence_subject()  # "..., after printing a record $X"
        else:
            return False
        mention = self.mention_at[subject] if subject >= 0 else None
        if mention is None or mention.type not in _ASSETS or not self._price(q):
            return False
        return not self._other_family_before(i, len(self.units))

    def _sentence_subject(self) -> int:
        """The unit of the name that opens the sentence ("Bitcoin itself traded at
        $76,480 ..., after printing a record $77,250"), or -1."""
        k = 1 if self.units and self.units[0].lower in _ARTICLES else 0
        return k if k < len(self.units) and self.mention_at[k] is not None else -1

    def _level_priced(self, i: int) -> bool:
        """The level that percent ``i`` stands off from is a price ("about 14% below its
        April record of $64,850"): then it is how far the price stands from it, even in a
        metric's topic; a metric's own record ("12% below its record of 73%") is not."""
        clause = self.clause[i]
        end = min(len(self.units), self.group_end.get(i, i) + 3 + 2 * LEVEL_REACH)
        for k in range(i + 1, end):
            if self.clause[k] != clause:
                return False
            q = self.units[k].quantity
            if q is not None:
                return q.kind is _MONEY and self._price(q)
        return False

    def _signed(self, k: int) -> bool:
        """Figure ``k`` is written with its sign ("-$318.5M", "+3.8%")."""
        q = self.units[k].quantity
        if q is None or q.value is None:
            return False
        return q.text[:1] in "+-\u2212" or (k > 0 and self.units[k - 1].lower in _SIGN_MARKS)

    def _falls(self, k: int) -> bool:
        """Signed figure ``k`` is a fall: a minus sign or a down arrow ("\u25bc 3.2%")."""
        q = self.units[k].quantity
        assert q is not None and q.value is not None
        return q.value < 0 or (k > 0 and self.units[k - 1].lower in _DOWN_ARROWS)

    def _compared_direction(self, i: int) -> str | None:
        """ "averaged 0.0036% on Sunday, down from 0.0121% a week earlier": a reading
        compared with an earlier one, before the next figure of its clause, states its
        direction."""
        clause = self.clause[i]
        start = self.group_end.get(i, i) + 1
        for k in range(start, min(len(self.units) - 1, start + COMPARE_REACH)):
            if self.units[k].quantity is not None or self.clause[k] != clause:
                break
            direction = _COMPARED.get(f"{self.units[k].lower} {self.units[k + 1].lower}")
            if direction is not None:
                return direction
        return None

    def _marked_direction(self, i: int, event_type: EventType) -> str | None:
        """ "BTC.D 60.9% \u2193", "BTC dominance 52.4% (-0.6 pts)", "59.7% (+0.3)": an
        arrow right after a metric's reading, or a signed change of a share in points (no
        quantity: "pts" and a bare number are none) in brackets right after it, states the
        reading's direction."""
        units = self.units
        k = self.group_end.get(i, i) + 1
        if k >= len(units):
            return None
        if units[k].lower in _DOWN_ARROWS:
            return "down"
        if units[k].lower in _UP_ARROWS:
            return "up"
        if event_type is not _DOMINANCE or units[k].lower != "(":
            return None
        words = [u.lower for u in units[k + 1 : k + 1 + POINTS_ASIDE_UNITS]]
        close = words.index(")") if ")" in words else -1
        if (
            close < 2
            or (words[0] not in CHANGE_SIGNS and words[0] not in ("down", "up"))
            or not _POINTS.fullmatch(words[1])
        ):
            return None
        if any(units[k + 2 + n].quantity is not None for n in range(close - 1)):
            return None  # a quantity ("(-0.4%)") is a change of its own: _signed_aside
        tail = words[2:close]
        if any(
            w not in _POINT_WORDS
            and w not in _ON_THE_PERIOD
            and self.role_at.get(k + 3 + n) != "window"
            for n, w in enumerate(tail)
        ):
            return None
        return "up" if words[0] in ("+", "up") else "down"

    def _earlier_reading(self, i: int, q: Quantity, last: Frame) -> bool:
        """ "Dominance is at 58.3% today against roughly 62% a year ago", "7.3%, versus
        6.6% a month ago": a dated reading compared with the metric's reading before it
        in the sentence is where that reading came from, no event of its own."""
        if last.type not in _METRICS or last.from_ is not None or last.quantity is None:
            return False
        if q.kind is not last.quantity.kind or q.value is None:
            return False
        k = i - 1
        while k > 0 and self.role_at.get(k) == "approx":
            k -= 1
        word = self.units[k].lower
        if word in ("with", "to") and self.units[k - 1].lower == "compared":
            k -= 1
        elif word not in _VERSUS:
            return False
        if any(f > self.group_end.get(last.index, last.index) and f < k for f in self.r.figures()):
            return False
        end = self.group_end.get(i, i)
        return any(
            self.role_at.get(n) == "dated" or self.units[n].lower in _EARLIER_WORDS
            for n in range(end + 1, min(end + 1 + DATED_REACH, len(self.units)))
        )

    def _flipped_direction(self, i: int, q: Quantity) -> str | None:
        """ "Funding on Binance flipped to -0.0061%": a metric that turned to a signed
        reading moved the way of its sign."""
        if q.value is None or q.kind is not _PERCENT:
            return None
        clause = self.clause[i]
        turned = any(
            c.last < i and self.clause[c.first] == clause for c in self.by_role.get("turn", ())
        )
        if not turned or not self._after_role(i, "to"):
            return None
        return "down" if q.value < 0 else "up"

    def _crypto_pair_before(self, i: int) -> bool:
        """ "the ETH/BTC ratio stood at 0.0391": a ratio after a pair quoted in a crypto
        asset, in its clause, is that pair's price (a long/short ratio is not)."""
        clause = self.clause[i]
        return any(
            _quoted_in_a_crypto(m) and k < i and self.clause[k] == clause for k, m in self.mentioned
        )

    def _ratio_of_a_crypto_pair(self, noun: Cue) -> bool:
        """The noun is "ratio" right after a pair quoted in a crypto ("the ETH/BTC ratio")."""
        mention = self.mention_at[noun.first - 1] if noun.first > 0 else None
        return self.units[noun.first].lower == "ratio" and _quoted_in_a_crypto(mention)

    def _quoted_beside_a_move(self, q: Quantity) -> bool:
        """ "Bitcoin fell 7.3% to $79,420, briefly trading as low as $78,100", "Ether was
        last seen at $3,234.70, up 0.6%": a price no cue governs, in a sentence that moves
        an asset's price, is a level of that price, not an amount of the topic."""
        if q.kind is not _MONEY or q.per or not self._quote_sized(q):
            return False  # at its currency's scale: "4,812,000 won" is a quote
        if not any(m.type in _ASSETS for _, m in self.mentioned):
            return False
        return any(c.group.kind == "move" and self._subject(c) is None for c in self.type_cues)

    def _price_strip(self, i: int, q: Quantity) -> EntityMention | None:
        """ "BTC $61,980 | ETH $2,502 | SOL $141.30", "Bitcoin (BTC) $61,980": a ticker
        strip, a line of nothing but assets, each with the price after it (a colon or its
        ticker in brackets between) and marks between the pairs, quotes each price at the
        asset before it; a strip that a topic reads (a liquidation list's) is the topic's,
        and a sum of millions ("SOL $4.2M | AVAX $1.1M") quotes no price. The asset."""
        if q.kind is not _MONEY or q.per or not self._quote_sized(q):
            return None
        units = self.units
        k = i - 1
        if k >= 0 and units[k].lower == ":":
            k -= 1
        if k >= 3 and units[k].lower == ")" and units[k - 2].lower == "(":
            k -= 3  # "Bitcoin (BTC) $61,980"
        mention = self.mention_at[k] if k >= 0 else None
        if mention is None or mention.type not in _ASSETS:
            return None
        strip = all(
            u.mention is not None
            or (u.quantity is not None and u.quantity.kind is _MONEY)
            or u.lower in _STRIP_MARKS
            for u in units
        )
        return mention if strip else None

    def _signed_fund_flow(self, i: int, q: Quantity) -> tuple[EventType, str | None] | None:
        """ "IBIT +$42.1M", "spot bitcoin ETFs yesterday: -$318.5M net": a signed amount of
        money beside a fund, or in a sentence about funds, is a flow."""
        if q.kind is not _MONEY or not self._signed(i):
            return None
        fund_before = any(
            m.type is EntityType.FUND for k, m in self.mentioned if k < i and i - k <= 2
        )
        if not (fund_before or "etf" in self.domains):
            return None
        return _ETF_FLOW, None  # _frame gives a signed flow its sign's direction

    def _signed_aside(self, before: int, i: int) -> bool:
        """ "$71.2B (+3.8%)", "61.3% (-0.4%)", "$66.8B (+2.4% 24h)": a signed percent in
        brackets right after a figure (its window may follow it) is that figure's
        change."""
        q = self.units[i].quantity
        if q is None or q.kind is not _PERCENT or not self._signed(i):
            return False
        first = before + 2 if self.units[i - 1].lower != "+" else before + 3
        close = i + 1
        window = self.units[close].quantity if close < len(self.units) else None
        if window is not None and window.kind is _DURATION:
            close += 1  # "(+2.4% 24h)"
        while close < len(self.units) and self.role_at.get(close) == "window":
            close += 1  # "(+8.6% over the day)"
        return (
            i == first
            and self.units[before + 1].lower == "("
            and close < len(self.units)
            and self.units[close].lower == ")"
        )

    def _leverage(self, i: int) -> bool:
        """ "a 20x long", "a 25x ETH short", "at 50x leverage": a multiplier before a side
        word (an asset between) or a leverage word is a position's leverage, not a move."""
        for k in range(i + 1, min(i + 3, len(self.units))):
            if self.role_at.get(k) == "side" or self.units[k].lower.startswith("leverag"):
                return True
            if self.mention_at[k] is None:
                return False
        return False

    def _ticker_pair(self, before: int, i: int) -> bool:
        """ "Bitcoin (BTC) $35,412.20 \u25bc -3.21%", "Ethereum (CRYPTO: ETH)  +5.2%  $4,180":
        tickers and movers tables print a price and its signed change side by side, in
        either order, with no bracket (an arrow or a column bar may stand between them)."""
        a, b = self.units[before].quantity, self.units[i].quantity
        if a is None or b is None:
            return False
        if a.kind is _MONEY and b.kind is _PERCENT:
            change = i
        elif a.kind is _PERCENT and b.kind is _MONEY:
            change = before
        else:
            return False
        between = [u.lower for u in self.units[before + 1 : i]]
        marks_only = len(between) <= 2 and all(
            word in _SIGN_MARKS or word == "|" for word in between
        )  # "Sui | +21.4% | $2.08": a table's columns
        return marks_only and self._signed(change)

    def _coordinated_with_blocked(self, i: int) -> bool:
        """Figure ``i`` follows "and" or a comma right after a figure of its clause that a
        word of another family blocked ("the attacker still holds 1,300 ETH and 640,000
        USDC", "holdings of 9,000 BTC, 41,000 ETH"): it is said of the same."""
        k = self._before_approximation(i)
        if k < 1 or self.units[k].lower not in ("and", ","):
            return False
        return any(
            self.group_end.get(j, j) == k - 1 and self.clause[j] == self.clause[i]
            for j in self.blocked
        )

    def _continued_list(self, i: int, q: Quantity) -> tuple[EventType, str | None] | None:
        """A figure in a list after a stated one is of its family ("Binance led with $210
        million, followed by OKX ($95M), Bybit ($61M) and Gate ($20M)")."""
        last = self.last_frame
        if last is None or i - last.index > LIST_REACH:
            return None
        start = self.group_end.get(last.index, last.index) + 1
        if last.figure.kind is not q.kind:
            return (last.type, last.direction) if self._itemises(last, start, i, q) else None
        in_phrase = 0
        for k in range(start, i):
            unit = self.units[k]
            if unit.quantity is not None and unit.quantity.kind in FIGURE_KINDS:
                return None
            if unit.lower in (",", "and"):
                in_phrase = 0
            elif in_phrase:
                in_phrase -= 1
                continue
            elif unit.lower in _PHRASE_PREPOSITIONS:
                in_phrase = 3  # "1,310 ETH at two addresses, 7,450 SOL": its own phrase
                continue
            glue = (
                unit.mention is not None
                or unit.quantity is not None
                or unit.lower in _LIST_GLUE
                or unit.lower in _DATE_WORDS
                or self.role_at.get(k) == "region"
                or (unit.lower.isdigit() and len(unit.lower) <= 2)
                or self.role_at.get(k) == "approx"
            )
            if not glue:
                return None
        return last.type, last.direction

    def _itemises(self, last: Frame, start: int, i: int, q: Quantity) -> bool:
        """ "$10.1 million in stablecoins - 6.4 million USDT, 2.1 million USDC and ...": an
        amount of a coin after a dash or colon that follows a sum in dollars "in" a kind of
        coin lists what the sum was made of."""
        units = self.units
        return (
            last.figure.kind is _MONEY
            and q.kind is _CRYPTO
            and i - start == 3
            and units[start].lower == "in"
            and units[i - 1].lower in ("-", ":", *DASHES)
        )

    # ---- step 1: groups --------------------------------------------------------------

    def _restates(self, before: int, i: int) -> bool:
        """True when figure ``i`` restates figure ``before`` in another unit or gives
        its share ("$1.2B (21,000 BTC)", "9,000 BTC, worth $540M", "$40M (20%)")."""
        a = self.units[before].quantity
        b = self.units[i].quantity
        assert a is not None and b is not None
        if self._signed_aside(before, i) or self._ticker_pair(before, i):
            return True
        if a.kind is b.kind and a.unit == b.unit:
            return False
        if a.kind is _CRYPTO and b.kind is _MONEY and self._valued_in_passing(before, i):
            return True
        if (
            a.kind is _MONEY
            and b.kind is _CRYPTO
            and not self._price(a)
            and self._valued_in_passing(before, i)
        ):
            return True  # "a record $1.2 billion, roughly 2.4 billion ADA": the sum in coins
        if a.kind is _CRYPTO and b.kind is _MONEY and self._valued_at_prices(before, i):
            return True
        if i - before > RESTATE_REACH or (
            # "deposited 25,000 ETH into HTX, worth $67 million": the route between
            a.kind is _CRYPTO and b.kind is _MONEY and self._valuing_apposition(before, i)
        ):
            return self._valuing_apposition(before, i)
        linked = timed = False
        for k in range(before + 1, i):
            lower = self.units[k].lower
            role = self.role_at.get(k)
            if lower == "(" or role == "restate":
                linked = True
            elif role in ("window", "dated") or lower in _TIME_WORDS or self._duration_at(k):
                # "1.04 million ETH during the period, worth roughly $1.26B", "27,850 BTC
                # over the past seven days, worth roughly $1.17 billion"
                timed = True
            elif lower not in _RESTATING_MARKS and role != "approx":
                return False
        return linked and (not timed or self.role_at.get(i - 1) in ("restate", "approx"))

    def _asked(self, k: int) -> bool:
        """Unit ``k`` is in the clause a question mark ends, after the emoji a post may
        put before its question ("sent 40k $ETH to Binance \U0001f440 sell incoming?")."""
        return self.clause[k] == self.question_clause and k >= self.question_from

    def _valued_in_passing(self, before: int, i: int) -> bool:
        """ "deposited 65,000 ETH, about $160 million, to Binance", "412 million XRP,
        roughly $1.26 billion at current prices": coins, a comma and a rough sum of money
        right after them value the coins (and a sum too large for a price, a comma and
        rough coins count it in coins)."""
        between = self.units[before + 1 : i]
        return (
            len(between) >= 2
            and between[0].lower == ","
            and all(self.role_at.get(k) == "approx" for k in range(before + 2, i))
        )

    def _valued_at_prices(self, before: int, i: int) -> bool:
        """ "net outflows came to 61,850 BTC in the week to Sunday, roughly $2.3 billion at
        current prices": a sum of money that a price basis follows (:data:`PRICE_BASES`)
        values the coins before it in its sentence, however far, when no type cue and no
        asset, pair, venue or fund stands between them (a source may: "per CryptoQuant")."""
        units = self.units
        end = self.group_end.get(i, i)
        after = " ".join(u.lower for u in units[end + 1 : end + 4])
        if not after.startswith(PRICE_BASES):
            return False
        return not any(
            before < c.first < i and c.group.role == "type" for c in self.type_cues
        ) and not any(
            (m := units[k].mention) is not None and m.type in _HOLDERS_AND_ASSETS
            for k in range(before + 1, i)
        )

    def _duration_at(self, k: int) -> bool:
        q = self.units[k].quantity
        return q is not None and q.kind is _DURATION

    def _kept_back(self, i: int) -> bool:
        """ "It has 16,400 ETH left", "still holding 2,100 BTC remaining": what an actor
        has left after a move is a balance, no movement ("left" after the figure is no
        outflow here)."""
        k = self.group_end.get(i, i) + 1
        if k >= len(self.units) or self.units[k].lower not in _REMAINING_WORDS:
            return False
        before = self._before_approximation(i)
        return before >= 0 and self.units[before].lower in _POSSESSING_VERBS

    def _balance_left(self, i: int, q: Quantity) -> bool:
        """ "Exchange balances fell by 61,200 BTC, leaving 2.28 million BTC on tracked
        platforms", "... leaving the exchange with 3.9 million ETH": what a flow leaves
        behind, in the flow's unit, is a balance (as "fell by X to Y"), no flow."""
        last = self.last_frame
        if (
            last is None
            or last.type not in _BALANCED_FLOWS
            or last.quantity is None
            or last.quantity.unit != q.unit
        ):
            return False
        k = i - 1
        while k > last.index and self.role_at.get(k) == "approx":
            k -= 1
        if self.units[k].lower == "with":  # "leaving it with", "leaving the exchange with"
            for j in range(k - 1, max(last.index, k - LEFT_WITH_REACH - 1), -1):
                if self.units[j].lower in _LEAVING:
                    return self.clause[j] == self.clause[i]
            return False
        return self.units[k].lower in _LEAVING

    def _valuing_apposition(self, before: int, i: int) -> bool:
        """Figure ``i`` values figure ``before`` in an apposition after a comma of its
        clause ("lost 41,650 BTC in the 2016 attack, coins then worth about $27 million"),
        however far the figure's own phrase runs."""
        k = i - 1
        while k > before and (
            self.role_at.get(k) == "approx" or self.units[k].lower in _VALUING_APPOSITION
        ):
            k -= 1
        between = {u.lower for u in self.units[k + 1 : i]}
        return (
            self.units[k].lower == ","
            and not between.isdisjoint(VALUING_WORDS)
            and self.clause[before] == self.clause[i]
        )

    def _move_start(self, i: int) -> bool:
        """ "dropped 6%, from $51,300 to $48,220": the figure after "from" is where a
        change started, a detail of the move (see _attach_from), not an event."""
        if not self._after_role(i, "from"):
            return False
        return any(c.group.kind in ("move", "loss") and c.last < i for c in self.type_cues)

    def _lost_a_level(self, verb: Cue, i: int, q: Quantity) -> bool:
        """ "Bitcoin lost the $98K handle", "ether lost its $3,000 support": the price a
        loss verb takes as its object, named a level, is where the price fell below."""
        if q.kind is not _MONEY or not self._price(q) or i <= verb.last:
            return False
        for k in range(verb.last + 1, i):
            if self.units[k].lower not in ("the", "its", "a", "key") and (
                self.role_at.get(k) != "approx"
            ):
                return False
        after = self.group_end.get(i, i) + 1
        if after >= len(self.units):
            return False
        return after in self.level_starts or self.units[after].lower in _LEVEL_NOUNS

    def _breaches_a_price(self, cue: Cue, i: int, q: Quantity) -> bool:
        """ "breached $100,000", "breaches the $2 mark": a breach verb whose object is a
        price crosses a level; nothing was stolen."""
        if not self.units[cue.first].lower.startswith("breach") or i <= cue.last:
            return False
        if q.kind is not _MONEY or not self._price(q):
            return False
        return all(
            u.lower in _DETERMINERS or self.role_at.get(k) == "approx"
            for k, u in enumerate(self.units[cue.last + 1 : i], cue.last + 1)
        )

    def _loss_verb_of(self, i: int, q: Quantity) -> Cue | None:
        """The loss verb whose object is figure ``i`` named a level (_lost_a_level)."""
        for cue in self.type_cues:
            if cue.last < i and cue.group.kind == "loss" and self._lost_a_level(cue, i, q):
                return cue
        return None

    def _comparison(self, i: int, q: Quantity) -> bool:
        """ "about three times the 0.01% baseline", "twice its 30-day average": a multiple
        of another figure compares, it states no change."""
        end = self.group_end.get(i, i)
        after = self.units[end + 1].lower if end + 1 < len(self.units) else ""
        return q.kind is _MULTIPLIER and after in _COMPARED_TO

    def _reference(self, i: int) -> bool:
        """ "nearly triple the 0.01% baseline", "above the neutral level of 0.01%": a value
        that a reading is compared with, right before a reference word or after one."""
        references = self.by_role.get("reference")
        if not references:
            return False
        end = self.group_end.get(i, i)
        return any(
            (c.first == end + 1 and (c.group.value != "threshold" or self._sorts_a_plural(i)))
            or (c.last == i - 1 and c.group.value != "threshold")
            for c in references
        )

    def _sorts_a_plural(self, i: int) -> bool:
        """ "deposits of 1,000 BTC or more": figure ``i`` after "of" and a plural noun
        sizes the things a threshold counts ("a decline of 15% or more" is a bound)."""
        k = self._before_approximation(i)
        if k < 1 or self.units[k].lower != "of":
            return False
        noun = self.units[k - 1].lower
        return len(noun) > 3 and noun.endswith("s") and not noun.endswith("ss")

    def _swap_proceeds(self, i: int) -> bool:
        """ "the attacker swapped the stablecoins into 2,710 ETH": what a swap gave, after
        "into" or "for" in the clause of a swap word, restates what was swapped."""
        swaps = self.by_role.get("swap")
        if not swaps:
            return False
        k = self._before_approximation(i)
        if k < 0 or self.units[k].lower not in ("into", "for"):
            return False
        clause = self.clause[i]
        return any(c.last < k and self.clause[c.first] == clause for c in swaps)

    def _swapped(self, i: int) -> bool:
        """ "the exploiter swapped 9,000 BNB for ETH on PancakeSwap", "converted 2.1M USDT
        into ether": what a swap word governs right before "for" or "into" is spent in a
        swap, not moved or taken (a thief's swap spends loot its theft already states)."""
        swaps = self.by_role.get("swap")
        if not swaps:
            return False
        units = self.units
        k = self._coordinated_end(self.group_end.get(i, i)) + 1
        if k >= len(units) or units[k].lower not in ("into", "for", "to"):
            return False
        j = i - 1
        for _ in range(SPENT_REACH):
            if j >= 0 and (self.role_at.get(j) == "approx" or units[j].lower in _SPENT_WORDS):
                j -= 1  # "swapped the stolen 9.1 million USDC for ETH"
            elif j > 0 and units[j].lower in _COORDINATORS and units[j - 1].quantity is not None:
                j -= 2  # "converted 5.2 million USDT and 2.6 million USDC into ETH"
            else:
                break
        return any(
            c.last == j and (units[k].lower != "to" or units[c.first].lower not in _SALE_WORDS)
            for c in swaps
        )  # "converted 24,000 ETH to BTC", but "dumped 2,200 BTC to Binance" is a deposit

    def _is_share(self, i: int, q: Quantity) -> bool:
        """A percent followed by "of" is a share of something ("28% of all open
        interest", "80% of all outflows"), and one right before a noun that states no
        event describes that noun ("the 61.8% Fib retracement"): not a reading or a
        change. A share of the whole market is a dominance (see _share_of_the_market),
        and of an asset's own value its move."""
        if q.kind is not _PERCENT:
            return False
        after = self.group_end.get(i, i) + 1
        if after >= len(self.units):
            return False
        if self.units[after].lower == "of":
            return not (self._of_its_value(after) or self._share_of_the_market(i, q))
        return any(c.first == after and c.group.kind == "other" for c in self.type_cues)

    def _share_of_the_market(self, i: int, q: Quantity) -> bool:
        """ "commands 4.85% of the market", "4.7% of the entire crypto market": a percent
        of the whole market, not of something in it ("of the market's liquidations"), is
        a dominance."""
        k = self.group_end.get(i, i) + 1
        if q.kind is not _PERCENT or k >= len(self.units) or self.units[k].lower != "of":
            return False
        k += 1
        units = self.units
        if k < len(units) and units[k].lower in ("that", "it") and self._market_value_before(i):
            return True  # "The value of all cryptocurrencies rose to $252 billion, with
            # bitcoin accounting for 58.9% of that"
        while k < len(units) and units[k].lower in _MARKET_WORDS:
            k += 1
        if k >= len(units):
            return False
        mention = units[k].mention
        if mention is not None and mention.id == _TOTAL_MARKET_CAP:
            return True  # "lifted the memecoin sector to 3.4% of total crypto market cap"
        word = units[k].lower
        if word in ("market", "markets") or word.startswith("market "):  # "market value"
            return True
        if word not in ("market's", "markets'"):
            return False
        k += 1
        if k < len(units) and units[k].lower in ("total", "overall", "combined"):
            k += 1  # "of the crypto market's total value"
        return k < len(units) and units[k].lower in _WHOLE_VALUE_WORDS

    def _share_held_beside(self, i: int, q: Quantity) -> bool:
        """ "Bitcoin's share of the market stands at 54%, while ether holds 17%": a percent
        an asset holds, commands or has, with nothing after it of what it is a share of,
        in a sentence whose dominance came just before, is that asset's share too."""
        last = self.last_frame
        if q.kind is not _PERCENT or last is None or last.type is not _DOMINANCE:
            return False
        verb = self._before_approximation(i)
        if verb < 1 or self.units[verb].lower not in _HOLDING_VERBS:
            return False
        subject = self.mention_at[verb - 1]
        if (
            subject is None
            or subject.type not in _ASSETS
            or self.clause[verb - 1] != self.clause[i]
        ):
            return False
        k = self.group_end.get(i, i) + 1
        return k >= len(self.units) or self.units[k].lower in _PHRASE_ENDS

    def _market_value_before(self, i: int) -> bool:
        """The sentence names the whole market's value before figure ``i`` ("the total
        crypto market cap", "the combined value of all cryptocurrencies") and no family of
        events whose total a share could be of ("liquidations hit $300 million, with
        bitcoin accounting for 40% of that")."""
        units, mention_at = self.units, self.mention_at
        named = any(
            ((m := mention_at[k]) is not None and m.id == _TOTAL_MARKET_CAP)
            or (
                units[k].lower == "all"
                and units[k + 1].lower in _ALL_COINS_WORDS
                and any(u.lower in _WHOLE_VALUE_WORDS for u in units[max(0, k - 3) : k])
            )
            for k in range(i - 1)
        )
        return named and not any(
            c.first < i and c.group.kind not in ("other", "move", None) for c in self.type_cues
        )

    def _of_its_value(self, of: int) -> bool:
        """ "shed 51% of its value": the share of an asset's own value it lost is its
        move, not a share of something else."""
        words = [u.lower for u in self.units[of + 1 : of + 3]]
        return words in (["its", "value"], ["their", "value"])

    def _distributive(self, i: int) -> bool:
        """ "nearly 10,000 BTC each", "Each transfer carried 9,900 BTC", with no list of
        holders before "each": a per-item amount, not a stated total."""
        end = self.group_end.get(i, i)
        clause = self.clause[i]
        for cue in self.by_role.get("each", ()):
            if self.units[cue.first].lower == "both":
                continue  # "Both readings peaked at 58.4% and 61.3%": no per-item amount
            right_after = cue.first == end + 1
            first_after = next((f for f in self.r.figures() if f > cue.first), None)
            opens_clause = first_after == i and (
                cue.first == 0 or self.clause[cue.first - 1] != self.clause[cue.first]
            )
            if (right_after or (opens_clause and self.clause[cue.first] == clause)) and not (
                self._holders(cue, i)
            ):
                return True
        return False

    # ---- step 2 and 3: the governing cue and its resolution ---------------------------

    def _accepts(self, kind: str | None, figure: Kind) -> bool:
        if kind is None:
            return False
        taken = _CUE_FIGURES.get(kind)
        if taken is None:
            taken = self.c.figures.get(_event_type(kind), frozenset())
        return figure in taken

    def _distance(self, first: int, last: int, i: int) -> int:
        end = self.group_end.get(i, i)
        if last < i:
            near, at = last, i
        else:
            near, at = first, end
        words = abs(at - near)
        segments = abs(self.segment[at] - self.segment[near])
        clauses = abs(self.clause[at] - self.clause[near])
        return words + SEGMENT_COST * segments + CLAUSE_COST * clauses

    def _candidates(self, i: int, figure: Kind) -> list[Cue]:
        scored: list[tuple[int, int, Cue]] = []
        for n, cue in enumerate(self.type_cues):
            kind = cue.group.kind
            if cue.first <= i <= cue.last or not (
                self._accepts(kind, figure)
                or (figure is _PERCENT and kind == "flow" and self._moves_by_a_percent(cue))
            ):
                continue
            if kind in ("other", "reserve") and self._elided_subject(cue, i):
                distance = 0  # "the market cap lost $1 trillion and is now $948 billion"
            else:
                distance = self._distance(cue.first, cue.last, i)
                if distance > MAX_REACH:
                    continue
            if cue.group.name == "holding" and (
                self._holds_topic_metric(cue, i, figure)
                or self._metric_held_at(cue, i)
                or self._held_in_open_interest(i)
            ):
                continue
            if kind in ("other", "reserve"):
                if self._values_the_largest_order(cue) or self._volume_of(cue):
                    continue
                same = self.segment[cue.first] == self.segment[i] or self._apposed(cue, i)
                if not same and distance > BLOCK_REACH:
                    continue
                if not same and self._whole_of_the_share(cue, i):
                    continue  # "$310 million, or 0.9% of total assets under management"
                if cue.group.name != "promo" and self._moved_later(i):
                    continue  # (an offer's "on your first deposit" moves nothing)
            elif kind == "move":
                adjacent = self._verb_adjacent(cue, i, figure)
                if not adjacent and not self._move_reaches(cue, i, figure):
                    continue
                if adjacent:
                    distance = 0
            elif kind == "transfer":
                if self.clause[cue.first] != self.clause[i]:
                    continue
            elif kind == "liquidation" and i < cue.first and self._active_participle(cue):
                continue  # "sank 96% to $0.00041, wiping out a market value ...": its object
            elif kind == "flow":
                # "Bitcoin funds took $55.3M, while short products saw outflows of ..."
                if self._contrasted(i, cue.first):
                    continue
                if self._reports_speech(cue) or self._moves_a_pronoun(cue):
                    continue
                if self._intransitive_later(cue, i):
                    continue  # "... dropped to $61 million as users rushed to withdraw."
                if self._left_liquidated(cue, i):
                    continue  # "leaving $56 million of bullish SOL bets erased"
                if (
                    cue.first > i
                    and self.segment[cue.first] != self.segment[i]
                    and self._after_a_part_word(i)
                ):
                    continue  # "with ether making up $268 million of the total and ..."
            if kind in _NAMING_KINDS and self._named_after(i, cue):
                distance = 0  # "$1.06 billion of net outflows": the noun says what it is
            scored.append((distance, n, cue))
        scored.sort()  # by distance, then text order: no two share ``n``, cues are never compared
        return [cue for _, _, cue in scored]

    def _left_liquidated(self, cue: Cue, i: int) -> bool:
        """ "leaving $56 million of bullish SOL bets erased": "leaving" before figure ``i``
        and a liquidation word after it in its segment say what the fall left behind, no
        outflow."""
        if self.units[cue.first].lower not in _LEAVING or not cue.last < i:
            return False
        return any(
            c.group.kind == "liquidation"
            and i < c.first <= i + LIQUIDATED_AFTER
            and self.segment[c.first] == self.segment[i]
            for c in self.type_cues
        )

    def _active_participle(self, cue: Cue) -> bool:
        """ "wiping out", "squeezing out", "liquidating": a verb in "-ing" whose object
        follows it, so it governs no figure before it."""
        return self.units[cue.first].lower.endswith("ing")

    def _whole_of_the_share(self, cue: Cue, i: int) -> bool:
        """``cue`` is what a percent restating figure ``i`` is a share of ("taking outflows to
        $310 million, or 0.9% of total assets under management"): the share's whole, not
        what the sum is."""
        end = self.group_end.get(i, i)
        share = self.units[end].quantity
        if end == i or share is None or share.kind is not _PERCENT or cue.first <= end:
            return False
        between = [u.lower for u in self.units[end + 1 : cue.first]]
        return bool(between) and between[0] == "of" and len(between) <= 3

    def _volume_of(self, cue: Cue) -> bool:
        """ "the highest liquidation volume at $641 million": "volume" right after an
        event's own noun is the amount of those events, no trading volume."""
        if cue.first != cue.last or self.units[cue.first].lower not in ("volume", "volumes"):
            return False
        return any(
            c.last == cue.first - 1 and c.group.kind in ("liquidation", "flow")
            for c in self.type_cues
        )

    def _values_the_largest_order(self, cue: Cue) -> bool:
        """ "The biggest single liquidation order ..., a BTCUSDT long with 4.8 million
        dollars value": a bare "value" in a sentence about the largest order gives that
        order's size; it is no market value."""
        return (
            cue.first == cue.last
            and self.units[cue.first].lower == "value"
            and any(not self._epithet(c) for c in self.by_role.get("largest", ()))
        )

    def _named_after(self, i: int, noun: Cue) -> bool:
        """The noun follows figure ``i`` after "of" or "in" ("$1.06 billion of net
        outflows", "$40 million in liquidations")."""
        k = self.group_end.get(i, i) + 1
        return noun.first == k + 1 and self.units[k].lower in ("of", "in")

    def _contrasted(self, i: int, k: int) -> bool:
        """A contrasting clause ("while", "whereas", "but") opens between figure ``i`` and
        the later unit ``k``: what that clause says is another subject's."""
        return k > i and any(
            self.units[j].lower in _CONTRAST_WORDS and self.clause[j] != self.clause[j - 1]
            for j in range(i + 1, k)
        )

    def _apposed(self, cue: Cue, i: int) -> bool:
        """Figure ``i`` follows the cue after a comma ("a 10% bounty, about $930,000", "a
        bounty, or about $1.5M"): an apposition that says what the cue's noun amounts to."""
        between = range(cue.last + 1, i)
        return (
            len(between) > 0
            and self.units[cue.last + 1].lower == ","
            and all(
                k == cue.last + 1 or self.role_at.get(k) in ("approx", "restate") for k in between
            )
        )

    def _elided_subject(self, cue: Cue, i: int) -> bool:
        """ "The total market capitalization lost $1 trillion and is now $948 billion": a
        clause that opens with "and" and a verb goes on with the subject of the clause
        before it, so the noun that names that subject (before its figures) names what
        figure ``i`` is too."""
        if cue.first > i or self.clause[cue.first] == self.clause[i]:
            return False  # most cues: no walk back to the clause's opening
        j = self._clause_opening(i)
        units = self.units
        if not (
            0 < j < len(units) - 1
            and units[j].lower == "and"
            and units[j + 1].lower in _AUXILIARIES
        ):
            return False
        before = self.clause[j - 1]
        return self.clause[cue.first] == before and not any(
            self.clause[f] == before and f < cue.first for f in self.r.figures()
        )

    def _holds_topic_metric(self, holding: Cue, i: int, figure: Kind) -> bool:
        """ "Kraken and OKX each hold about $900 million of it", "Binance holds the largest
        book at $2.4 billion" after open interest was stated: venues holding a part of the
        topic metric, not holdings of their own; the metric may be the sentence's own ("BTC
        OI slipped to 139,800 BTC; Binance's held near $13.2 billion")."""
        last = self.last_frame
        stated = last is not None and last.type is _OPEN_INTEREST
        if not (self.c.topic is _OPEN_INTEREST or stated) or figure not in (_MONEY, _CRYPTO):
            return False
        after = self.group_end.get(i, i) + 1
        if (
            after < len(self.units)
            and self.units[after].lower in ("of", "in")
            and self.role_at.get(after) != "part"
            and [u.lower for u in self.units[after + 1 : after + 3]] != ["the", "total"]
        ):
            return False  # "holds 500,000 BTC of user funds": a holding of something else
        # also the venue a relative clause is said of ("ahead of Binance, which holds about
        # $14.9 billion")
        clauses = (self.clause[holding.first], self._antecedent_clause(holding.first))
        return any(
            m.type is EntityType.VENUE and k < holding.first and self.clause[k] in clauses
            for k, m in self.mentioned
        )

    def _holds_the_metric_stated(self, i: int, q: Quantity) -> bool:
        """A venue holds figure ``i`` after its sentence stated open interest ("OI rose to
        $17.4 billion, ahead of Binance, which holds about $14.9 billion"): a part of it."""
        return any(
            c.group.name == "holding" and c.last < i and self._holds_topic_metric(c, i, q.kind)
            for c in self.type_cues
        )

    def _held_in_open_interest(self, i: int) -> bool:
        """ "holding $6.9 billion in open ETH contracts", "carries $31.7 billion in open
        interest": what figure ``i`` is held in is open interest, so the holding word
        names the metric's reading, not a stash."""
        after = self.group_end.get(i, i) + 1
        if after >= len(self.units) or self.units[after].lower not in ("in", "of"):
            return False
        return any(c.first == after + 1 and c.group.kind == "open_interest" for c in self.type_cues)

    def _metric_held_at(self, holding: Cue, i: int) -> bool:
        """ "Bitcoin's dominance has held at 58.9%", "funding held near 0.0096%": a metric
        that "held at" (near, around) figure ``i`` kept that reading; it holds nothing."""
        at = holding.last + 1
        while at < i and self.units[at].lower in _HELD_STATES:  # "held slightly positive at"
            at += 1
        if at >= i or at > holding.last + 3 or self.units[at].lower not in _HELD_AT:
            return False
        clause = self.clause[holding.first]
        return any(
            c.group.kind in _METRIC_KINDS
            and c.last < holding.first
            and self.clause[c.first] == clause
            for c in self.type_cues
        )

    def _moves_a_pronoun(self, verb: Cue) -> bool:
        """ "..., leaving it some 76 percent below the record": a flow verb whose object is
        a pronoun moves no figure of the sentence."""
        k = verb.last + 1
        return k < len(self.units) and self.units[k].lower in ("it", "them")

    def _reports_speech(self, verb: Cue) -> bool:
        """ "She added that the $62,000 area is support": a verb followed by "that" reports
        what someone said; it moves no money. A "that" followed by a verb opens a relative
        clause instead ("three weeks of outflows that totalled $381m")."""
        k = verb.last + 1
        if k >= len(self.units) or self.units[k].lower != "that":
            return False
        after = self.units[k + 1].lower if k + 1 < len(self.units) else ""
        return not (after in _AUXILIARIES or after.endswith("ed") or after.startswith("total"))

    def _moved_later(self, i: int) -> bool:
        """ "a whale holding 5,300 BTC shifted the stash to Kraken": a holding that a
        transfer or flow verb later in the clause moves is no mere holding ("holds $2
        billion in customer deposits" names what is held, with a noun after "in"); a verb
        with a figure of its own right after it moves that one ("the unlock of 64.19
        million SUI, along with a wallet that deposited 18 million SUI to Binance"), and so
        does one with a figure of its own right before it ("500,000,000 USDT minted at the
        Tether Treasury and 350,000,000 USDC leaving Coinbase")."""
        clause = self.clause[i]
        end = self.group_end.get(i, i)
        units = self.units
        return any(
            c.group.kind in ("transfer", "flow")
            and c.first > i
            and self.clause[c.first] == clause
            and not any(
                u.lower in ("in", "of") or u.quantity is not None for u in units[end + 1 : c.first]
            )
            and not any(u.quantity is not None for u in units[c.last + 1 : c.last + 4])
            for c in self.type_cues
        )

    def _move_reaches(self, verb: Cue, i: int, figure: Kind) -> bool:
        """A change verb governs the figures after it in its clause (a price only when
        a preposition or nothing stands between them: "fell below $5,000", "hit
        $70,000", not "topped the list with $9M"; ``_verb_adjacent`` adds the marks it
        crosses), and a percent right before it ("a 4% drop")."""
        if i < verb.first:
            if figure is not _PERCENT:
                return False
            between = self.units[self.group_end.get(i, i) + 1 : verb.first]
            return len(between) <= 1 or all(  # "8.2%: ETH's gain over the weekend"
                u.lower == ":" or u.mention is not None for u in between
            )
        if self.clause[verb.last] != self.clause[i]:
            return False
        if figure is not _MONEY and figure is not _CRYPTO:
            return not self._moved_to_before(verb, i)
        return self._attached_by_preposition(verb.last, i) or self._reached_level(verb, i)

    def _moved_to_before(self, verb: Cue, i: int) -> bool:
        """ "dipped to -0.012% on Tuesday before normalising near 0.005%": the move of
        ``verb`` ended at a figure after "to" before percent ``i``, which it does not
        reach (a "from" figure after it is the move's start, which it does)."""
        if self.role_at.get(i - 1) == "from":
            return False
        return any(
            self.units[k].quantity is not None and self.role_at.get(k - 1) == "to"
            for k in range(verb.last + 1, i)
        )

    def _price_after_verb(self, cue: Cue, i: int, q: Quantity) -> bool:
        """ "longs liquidated at $3,400", "the trade was closed at $95,000": a price
        after a participle and "at" is where it happened, not the amount."""
        verb = self.units[cue.last].lower
        return (
            verb.endswith("ed")
            and i > cue.last
            and self.role_at.get(cue.last + 1) == "at"
            and self._attached_by_preposition(cue.last + 1, i)
            and q.kind is _MONEY
            and self._price(q)
        )

    def _verb_adjacent(self, verb: Cue, i: int, figure: Kind) -> bool:
        """ "fell below the $80,000 threshold": the verb, a preposition and the figure in a
        row (articles and approximations aside); the verb then names the figure before
        any level word after it."""
        q = self.units[i].quantity
        if figure is not _MONEY or q is None or not self._price(q):
            return False
        if self._reached_level(verb, i):
            return True
        if self._crosses_a_mark_of(verb, i):
            return True
        marked = self._marked(i)
        k = self._before_level_modifiers(i, verb.last) if marked else i - 1
        return self._preposition_only(verb, k, marked and self._crosses(verb))

    def _crosses(self, verb: Cue) -> bool:
        """The change verb crosses what it takes, with its preposition ("broke below") or
        by itself ("topped", "overcame")."""
        return self.units[verb.last].lower in _CROSSING_POSITIONS | _CROSSING_VERBS

    def _preposition_only(self, verb: Cue, k: int, seen_preposition: bool) -> bool:
        """From unit ``k`` back to the verb stand articles, approximations and at most one
        preposition (none when the verb has its own, ``seen_preposition``), and there is
        a preposition."""
        while k > verb.last:
            role = self.role_at.get(k)
            preposition = role in ("to", "at", "from") or self.units[k].lower in _POSITION_WORDS
            if preposition and not seen_preposition:
                seen_preposition = True
            elif role != "approx" and self.units[k].lower not in ("the", "a", "an"):
                return False
            k -= 1
        return seen_preposition and k == verb.last

    def _crosses_a_mark_of(self, verb: Cue, i: int) -> bool:
        """ "broke below the mark of $45,000", "exceeded the threshold of $100,000",
        "has the mark of 13.000 US-Dollar overcome": a change verb crosses the mark whose
        "of" figure ``i`` is, before or (translated German) right after it."""
        if i < verb.first:
            k = self._mark_of(i, -1)
            return k is not None and self._crossed_before_verb(verb, i, k)
        k = self._mark_of(i, verb.last)
        # "broke through the mark of $45 000 and fell to $43 870": a crossing that names
        # no side of the mark leaves its direction open, so the mark stays a level
        crosses = self._crosses(verb) and self.units[verb.last].lower != "through"
        return k is not None and self._preposition_only(verb, k, crosses)

    def _mark_of(self, i: int, floor: int) -> int | None:
        """ "the mark of 13.000 US-Dollar", "the threshold of the 20.000 dollars": figure
        ``i`` follows "of" after a plain mark noun; the unit before the mark's noun phrase
        (its article), searched after ``floor``, else None."""
        k = i - 1
        while k > floor and (self.role_at.get(k) == "approx" or self.units[k].lower == "the"):
            k -= 1
        if k <= floor + 1 or self.units[k].lower != "of":
            return None
        # a psychological level crossed stays a level of its kind, as the seeds' golden
        # table reads "breaking below the psychological level of $93,000"
        mark = next((c for c in self.levels if c.last == k - 1 and c.group.value == "level"), None)
        if mark is None or mark.first <= floor:
            return None
        return self._before_level_modifiers(mark.first, floor)

    def _crossed_before_verb(self, verb: Cue, i: int, k: int) -> bool:
        """ "has the mark of 13.000 US-Dollar overcome", "is under the mark of 5.000
        US-Dollar fallen": translated German puts the verb right after the mark it
        crossed; ``k`` is the unit before the mark's phrase, which a crossing preposition
        ends when the verb itself crosses nothing."""
        if verb.first != self.group_end.get(i, i) + 1 or self.clause[verb.first] != self.clause[i]:
            return False
        while k >= 0 and self.units[k].lower in _ARTICLES:
            k -= 1
        return self._crosses(verb) or (k >= 0 and self.units[k].lower in _CROSSING_POSITIONS)

    def _marked(self, i: int) -> bool:
        """Figure ``i`` is followed by a plain mark noun ("the $5,000 mark", "threshold"),
        which a change verb crosses: "broke below the $5,000 mark" moves to it (a support
        or resistance crossed stays a level of its own kind)."""
        end = self.group_end.get(i, i)
        return any(c.first == end + 1 and c.group.value in _MARKS for c in self.levels)

    def _before_level_modifiers(self, i: int, floor: int) -> int:
        """The unit before the words that modify the mark after figure ``i`` ("the
        symbolic $20,000 mark", "the psychologically important $10,000 mark")."""
        k = i - 1
        for _ in range(_LEVEL_MODIFIERS):
            unit = self.units[k] if k > floor else None
            if (
                unit is None
                or not unit.lower.isalpha()
                or unit.lower in _DETERMINERS
                or unit.mention is not None
                or k in self.role_at
            ):
                break
            k -= 1
        return k

    def _price_by_position(self, i: int, q: Quantity) -> bool:
        """ "stabilizing above $100K", "sell pressure near $64,000": a price after a
        position word, with no side or family word after it in its segment, is a level,
        not an amount."""
        if q.kind is not _MONEY or not self._price(q):
            return False
        k = i - 1
        while (
            k >= 0
            and self.role_at.get(k) == "approx"
            and self.units[k].lower not in _POSITION_WORDS
        ):
            k -= 1
        if k < 0 or self.units[k].lower not in _POSITION_WORDS:
            return False
        segment = self.segment[i]
        return not any(
            c.first > i and self.segment[c.first] == segment and c.group.role in ("side", "type")
            for c in self.r.cues
        )

    def _attached_by_preposition(self, last: int, i: int) -> bool:
        k = i - 1
        while k > last and (
            self.role_at.get(k) == "approx"
            or self.units[k].lower in {"the", "a", "an", "its", "back"}  # "jumping back above"
        ):
            k -= 1
        return (
            k == last
            or self.role_at.get(k) in ("to", "at", "from")
            or self.units[k].lower in _CROSSING_WORDS
        )

    def _reached_level(self, verb: Cue, i: int) -> bool:
        """ "slumped to a two-year low of about $48", "climbed to a fresh 3-month high of
        $4,200": the verb, "to", a level noun phrase and "of" before the figure. The figure
        is the level the move reached, so the verb governs it, not the level noun."""
        k = self._level_phrase_start(verb.last, i)
        return k == verb.last + 1 and self.role_at.get(k) == "to"

    def _level_phrase_start(self, start: int, i: int) -> int | None:
        """The unit before a level noun phrase that ends in "of" right before figure
        ``i`` ("a two-year low of", approximations aside), searched after ``start``; None
        when the figure follows no such phrase."""
        if not self.levels:
            return None
        k = i - 1
        while k > start and self.role_at.get(k) == "approx":
            k -= 1
        if k <= start or self.units[k].lower != "of":
            return None
        level = next((c for c in self.type_cues if c.last in (k, k - 1) and c.first < k), None)
        if level is None or level.group.kind != "level":
            return None
        k = level.first - 1
        modifiers = 0
        while k > start and modifiers <= LEVEL_REACH and self._modifies_level(k):
            k -= 1
            modifiers += 1
        return k

    def _reached_through_epithet(self, i: int) -> bool:
        """ "rose 18% to a record $5.42 billion", "to a fresh high of ...": the figure
        after "to" and a short noun phrase that describes it is where the metric went."""
        k = i - 1
        words = 0
        while k > 0 and words < LEVEL_REACH and self.role_at.get(k) != "to":
            if not (self.units[k].lower in _TO_EPITHET_WORDS or self.role_at.get(k) == "approx"):
                return False
            k -= 1
            words += 1
        return words > 0 and self.role_at.get(k) == "to"

    def _modifies_level(self, k: int) -> bool:
        """A word of a level noun phrase before its noun: a determiner, an adjective
        ("yearly", "fresh"), or a duration ("3-month")."""
        unit = self.units[k]
        if unit.quantity is not None:
            return unit.quantity.kind is _DURATION
        return (
            unit.mention is None
            and self.role_at.get(k) is None
            and (unit.lower.replace("-", "").isalnum())
        )

    def _govern(
        self, i: int, q: Quantity, hedged: bool
    ) -> tuple[EventType, str | None] | str | None:
        """The first resolution of the nearest cues that says anything: an event type,
        or _BLOCK (the figure is a market cap, a holding, a share ...)."""
        no_price = False
        for cue in self._candidates(i, q.kind):
            # a theft's losses are no price either: "Losses from exploits have now reached
            # $212 million"
            if (
                no_price
                and cue.group.kind in ("move", "level", "loss")
                and (cue.group.kind != "loss" or not self._theft_in_view())
            ):
                continue
            resolved = self._resolve(i, q, cue, hedged)
            if (
                hedged
                and isinstance(resolved, tuple)
                and not self._stated_though_hedged(resolved[0], i)
            ):
                continue
            if isinstance(resolved, tuple) and resolved[0] in _PRICES and not self._price(q):
                no_price = True  # "reached $3.6 billion" is no price: a metric's noun may
                continue  # say what it is ("open interest on OKX reached $3.6 billion")
            if (
                isinstance(resolved, tuple)
                and resolved[0] in _PRICES
                and not hedged
                and cue.group.value != "target"
                and not self._quote_sized(q, ranged=True)
            ):
                no_price = True  # "a Phishing Scam Costs One Holder $4.2 Million": no coin
                continue  # is quoted at a million dollars (a forecast may name one)
            if resolved is not None:
                return resolved
        return None

    def _resolve(
        self, i: int, q: Quantity, cue: Cue, hedged: bool
    ) -> tuple[EventType, str | None] | str | None:
        kind = cue.group.kind
        if kind not in ("move", "level") and (
            self._price_after_verb(cue, i, q) or self._price_by_position(i, q)
        ):
            return _PRICE_LEVEL, None
        if kind == "loss":
            if (
                q.kind is _PERCENT
                or self._lost_a_level(cue, i, q)
                or (
                    q.kind is _MONEY
                    and self._price(q)
                    and (
                        self._asset_subject(cue)
                        # "QNB lost 27% on the day to $0.79": the price the loss reached
                        or (self._after_role(i, "to") and self._clause_has_change(i))
                    )
                )
            ):
                return self._move(i, q, cue, hedged, "down")
            return self._flow("out", loss=True, i=i)
        if kind == "move":
            return self._move(i, q, cue, hedged, self._noun_direction(cue, i))
        if kind == "liquidation" and q.kind is _CRYPTO and q.unit in STABLE_QUOTES:
            return None  # "Circle burned 200 million USDC": an issuer's burn, no positions
        if kind == "liquidation" and self._taken_from_a_value(i):
            return _BLOCK  # "erased more than $180 billion from the crypto market's value"
        if kind == "level" and q.kind is _PERCENT and self._asset_share(cue, held=True):
            return _DOMINANCE, None  # "ether's share stands at 13.3%", "bottomed at 32.8%"
        if kind == "level":
            # "SOL lost the $180 level" falls below it; "lost the $150 support" names the
            # support it broke
            lost = self._loss_verb_of(i, q) if cue.group.value == "level" else None
            if lost is not None:
                return self._move(i, q, lost, hedged, "down")
            return self._level(i, q, cue)
        if kind == "flow" and self._moves_by_a_percent(cue):
            return self._move(i, q, cue, hedged, "down" if cue.group.direction == "out" else "up")
        if kind == "flow":
            if (q.kind is _MONEY and self._price_paid(cue, i)) or self._accumulates(cue, i):
                return _BLOCK
            cue = self._outweighing(cue)
            metric = self._metric_subject(cue, q)
            if metric is not None:  # "ETH open interest added $1.7 billion": a change
                return metric, "down" if cue.group.direction == "out" else "up"
            if self._market_value_grows(cue):
                return _BLOCK  # "CRYPTO MARKET VALUE ADDS $41B IN 4 HOURS"
            return self._flow(cue.group.direction, loss=False, i=i, domain=cue.group.value, q=q)
        if kind == "transfer":
            if (
                (self._on_the_theft(loss=False) or self._sent_to_the_thief(i))
                and not self._launders(i)
                and not self._moves_its_own(i, cue)
            ):
                return _HACK, None
            if self._aggregate_exchange_flow(i):
                return _EXCHANGE_FLOW, self._exchange_side(i)
            return _TRANSFER, None
        if kind == "reserve":
            verb = self._sender_of(cue, i)
            if verb is not None:  # "sent its entire balance of 1,845 BTC to a new address"
                return self._resolve(i, q, verb, hedged)
        if kind == "other" and self._holds_a_price(cue, i, q):
            return _PRICE_LEVEL, None  # "$BTC holding $96.6K"
        if kind == "other" and self._coin_price_target(cue, i, q):
            self.targets.add(i)
            return _PRICE_LEVEL, None  # "a price target of $1.80 for XRP"
        if kind == "other" and q.kind is _PERCENT and self._asset_share(cue, held=True):
            return _DOMINANCE, self._clause_direction(cue, i)
        if kind in ("other", "reserve") or kind is None:
            return _BLOCK
        if kind == "hack" and self._breaches_a_price(cue, i, q):
            return _PRICE_LEVEL, None  # "BTC briefly breached $100,000": a level crossed
        if (
            kind == "hack"
            and (_thief_word(self.units[cue.first].lower) in _THIEVES or self._names_the_loot(cue))
            and self._routed_on(i)
        ):  # "the exploiter fed 2,400 ETH into Tornado Cash", "the drainer's operators pushed",
            # "2,000 ETH of the stolen funds was routed through Tornado Cash"
            return _TRANSFER, None
        if kind == "dominance" and not self._share_of_an_asset(cue):
            return _BLOCK  # "Binance's share of that total": of another whole
        event_type = _event_type(kind)
        if event_type not in _METRICS:
            return event_type, None
        return event_type, cue.group.direction or self._clause_direction(cue, i)

    def _noun_direction(self, verb: Cue, i: int) -> str | None:
        """The direction of change verb ``verb``; for a verb that only says a figure was
        reached ("reached", "hit"), that of the change noun before it in its clause, its
        subject, when one stands there with no figure between: "the decline rate compared
        with the previous day reached 6.8%" is a fall."""
        direction = verb.group.direction
        if self.units[verb.first].lower not in _REACHING_VERBS:
            return direction
        if self._reached_below_zero(verb, i):
            return self._state_direction(i)
        clause = self.clause[verb.first]
        for cue in reversed(self.type_cues):
            if cue.last >= verb.first or self.clause[cue.first] != clause:
                continue
            if cue.group.kind != "move" or verb.first - cue.last > NOUN_REACH:
                return direction
            if self.units[cue.last].lower not in _CHANGE_NOUNS or any(
                self.units[k].quantity is not None for k in range(cue.last + 1, i)
            ):
                return direction
            return cue.group.direction or direction
        return direction

    def _own_change_verb(self, low: int, i: int) -> Cue | None:
        """The change verb of figure ``i``'s own clause when the metric (ending at unit
        ``low``) moved to another figure in an earlier clause: "rose to $1.4 billion;
        Deribit's fell to $2.1 billion" gives "fell" for the second figure."""
        clause = self.clause[i]
        before = [k for k in self.r.figures() if low < k < i]
        if not before or self.clause[before[-1]] == clause:
            return None
        return next(
            (
                cue
                for cue in reversed(self.type_cues)
                if cue.group.kind == "move"
                and before[-1] < cue.first < i
                and self.clause[cue.first] == clause
                and cue.group.direction is not None
            ),
            None,
        )

    def _reached_below_zero(self, verb: Cue, i: int) -> bool:
        """ "Funding turned deeply negative, reaching -0.09%", "DOGE funding hit -0.05%": a
        verb that only says a negative reading was reached gives it no rise; the clause's
        sign word ("turned negative") gives the direction, else none is stated."""
        q = self.units[i].quantity
        return (
            verb.first == verb.last
            and self.units[verb.first].lower in _REACHING_VERBS
            and q is not None
            and q.kind is _PERCENT
            and q.value is not None
            and q.value < 0
        )

    def _share_of_an_asset(self, cue: Cue) -> bool:
        """A share of a whole named before ("share of that market", "slice of that total")
        is a dominance only when it is an asset's ("Bitcoin's share of that figure eased
        to 58.1%" after the market's value) or "its"; other shares name no anaphor."""
        units = self.units
        if cue.first + 2 > cue.last or units[cue.first + 2].lower not in ("that", "this"):
            return True
        k = cue.first - 1
        if k < 0:
            return False
        mention = self.mention_at[k]
        if mention is not None:
            return mention.type is EntityType.ASSET and self._possessive(k)
        return units[k].lower == "its"

    def _intransitive_later(self, verb: Cue, i: int) -> bool:
        """ "That figure has since dropped to $61 million as users rushed to withdraw.": a
        flow verb in a later clause with nothing after it moves no figure before it."""
        if verb.first < i or self.clause[verb.first] == self.clause[i]:
            return False
        after = verb.last + 1
        return after >= len(self.units) or self.units[after].lower in (".", ";", ",", "!")

    def _outweighing(self, cue: Cue) -> Cue:
        """ "deposits exceeded withdrawals by 198 million USDT": the flow a comparison verb
        says outweighed ``cue`` is the net's direction; else ``cue`` itself."""
        verb = cue.first - 1
        if verb < 1 or self.units[verb].lower not in _OUTWEIGHS:
            return cue
        subject = verb - 1
        if self.units[subject].lower in _OUTWEIGH_ADVERBS:  # "withdrawals kept exceeding"
            subject -= 1
        return next(
            (
                c
                for c in self.type_cues
                if c.group.kind == "flow" and c.last == subject and c.group.direction is not None
            ),
            cue,
        )

    def _asset_share(self, cue: Cue, *, held: bool = False) -> bool:
        """ "Solana's share slipped to 3.2%", "its market share rose to 4.2%" (of an
        asset): an asset's share with no "of" after it is its share of the crypto market,
        its dominance; a venue's or a fund's share is none ("Binance's share of spot
        volume"). ``held``: ``cue`` may also be a verb right after such a share ("Solana's
        share held at 3.2%")."""
        if held and cue.first > 0 and self.units[cue.first - 1].lower == "share":
            share = next((c for c in self.type_cues if c.last == cue.first - 1), None)
            return share is not None and self._asset_share(share)
        if self.units[cue.first].lower != "share" or cue.first != cue.last or cue.first == 0:
            return False
        after = cue.last + 1
        if after < len(self.units) and self.units[after].lower == "of":
            return False
        k = cue.first - 1
        if self.units[k].lower == "market" and k > 0:
            k -= 1
        if k >= 3 and self.units[k].lower == ")" and self.units[k - 2].lower == "(":
            k -= 3  # "Ether's (ETH) share"
        mention = self.mention_at[k]
        if mention is not None:
            return mention.type is EntityType.ASSET and self._possessive(k)
        if self.units[k].lower != "its":
            return False
        return self.c.topic is _DOMINANCE or any(
            m.type is EntityType.ASSET for j, m in self.mentioned if j < k
        )

    def _combined_share(self, cue: Cue) -> bool:
        """ "the combined share of stablecoins dipped to 6.6%", "the joint share of USDC
        and DAI slid to 2.9%" in a text about dominance: a share of a group of coins
        taken together is the group's dominance (of no one asset: see _group_share)."""
        units = self.units
        share, of = cue.first, cue.last + 1
        if units[share].lower != "share" or of + 1 >= len(units) or units[of].lower != "of":
            return False
        if not any(units[k].lower in _COMBINING_WORDS for k in range(max(0, share - 2), share)):
            return False
        if not (
            self.c.topic is _DOMINANCE or any(c.group.kind == "dominance" for c in self.type_cues)
        ):
            return False
        word = units[of + 1].lower
        if word.startswith(_COIN_GROUPS) and word.endswith("s"):
            return True
        k = of + 1
        while k < len(units) and (
            units[k].lower in (",", "and", "&")
            or ((m := self.mention_at[k]) is not None and m.type in _ASSETS)
        ):
            k += 1
        return k > of + 1 and self._combined_coins(k - 1)

    def _metric_subject(self, verb: Cue, q: Quantity) -> EventType | None:
        """The metric a verb is said of ("open interest added ..."), when it takes figure
        ``q``; None when the subject is no metric."""
        subject = self._subject(verb)
        if not isinstance(subject, Cue) or subject.group.kind not in _METRIC_KINDS:
            return None
        if not self._accepts(subject.group.kind, q.kind):
            return None
        return _event_type(str(subject.group.kind))

    def _move(
        self, i: int, q: Quantity, verb: Cue, hedged: bool, direction: str | None
    ) -> tuple[EventType, str | None] | str | None:
        subject = self._subject(verb)
        if isinstance(subject, Cue):
            kind = subject.group.kind
            if kind == "reserve":
                if self._after_role(i, "from") or self._after_role(i, "to"):
                    return _BLOCK
                return _EXCHANGE_FLOW, "out" if direction == "down" else "in"
            if kind == "flow":
                return self._flow(
                    subject.group.direction, loss=False, i=i, domain=subject.group.value, q=q
                )
            if kind == "other" and q.kind is _PERCENT and self._asset_share(subject):
                return _DOMINANCE, direction  # "Solana's share slipped to 3.1%"
            if kind == "other" and q.kind is _PERCENT and self._combined_share(subject):
                return _DOMINANCE, direction  # "the combined share of stablecoins dipped"
            if kind == "other" or not self._accepts(kind, q.kind):
                return _BLOCK
            event_type = _event_type(str(kind))
            return event_type, direction if event_type in _METRICS else None
        topic = self.c.topic
        if (
            topic is _LIQUIDATION
            and q.kind is _MONEY
            and not self._price(q)
            and self._anaphor_before(verb)
        ):
            return topic, None  # "for the week it has reached $2.06 billion": the tally
        if subject == _NOT_A_PRICE or (subject is None and self._crowd_before(verb)):
            return None
        if subject is None and topic in _METRICS and self._topic_metric_elided(verb, q):
            return topic, direction  # "Ether's share fell to 9.4%. Solana's edged up to 3.2%."
        if subject == _MARKET:
            if q.kind is not _PERCENT or hedged:
                return _BLOCK
            self.market_moves.add(i)  # "the overall crypto market, up 2.1%": no asset's
            return _PRICE_MOVE, direction
        if (
            subject == _FUNDS
            and q.kind is _MONEY
            and verb.group.kind == "move"
            and not (self._after_role(i, "to") or self._after_role(i, "from"))
        ):  # "funds gained $3.1 million", not "the ETF jumped 420% to $340 million" (its size)
            if verb.group.name == "cross" or self.units[verb.last].lower in _THRESHOLD_VERBS:
                return None  # "IBIT tops $50 billion in assets": a later cue may say more
            return self._flow("out" if direction == "down" else "in", loss=False, i=i, q=q)
        if subject in (_BLOCK, _FUNDS):
            return _BLOCK
        if q.kind is _PERCENT and self._rate_of_a_contract(verb):
            return _FUNDING_RATE, direction
        anaphor = (
            self._opens_with_anaphor(metric=True)
            or self._anaphor_before(verb)
            or self._topic_named_before(verb)
            or self._elided_anaphor(verb)
            or self._move_noun_opens(verb)
        )
        if (
            anaphor
            and topic in _METRICS
            and self._accepts(str(topic), q.kind)
            and not self._price_quoted_before(verb)
        ):
            return topic, direction
        metric = self._percent_metric_continued(i, q)
        if metric is not None:
            return metric, direction
        if q.kind is _PERCENT and self._sign_word_between(verb, i):
            # "dipped negative on Bybit (-0.0027%)": no price turns negative; a rate does
            return _FUNDING_RATE, self._state_direction(i)
        if q.kind in (_PERCENT, _MULTIPLIER):
            if _hourly(q):  # "dipped to -0.0018% per hour": a contract's rate, no price's
                return (_FUNDING_RATE, direction) if self._contract_named() else None
            if hedged or not (self._about_a_price() or self._price_noun_opens(verb)):
                return None
            return _PRICE_MOVE, direction
        if q.kind is not _MONEY and not self._stablecoin_price(q, verb):
            return None
        if self._from_a_named_level(i):
            return _PRICE_LEVEL, None  # "started a fresh decline from the $118,200 zone"
        if self._after_role(i, "from"):
            return _BLOCK
        if hedged or self._quoted_now(i):
            return _PRICE_LEVEL, None
        crossed_mark = self._crosses_a_mark_of(verb, i)
        if (
            self._clause_has_change(i)
            and not (self._marked(i) or crossed_mark)
            and not self._crossed(i, verb)
        ):
            if i - 1 == verb.last and self.units[verb.last].lower in _AMOUNT_VERBS:
                return _BLOCK  # "down 7.3% at $20,840, losing $1,640": the change in money
            return _PRICE_LEVEL, None  # "fell 4% to $2,900"; a crossed mark is the move's
        if (
            self._level_noun_before(i, verb)
            and not self._reached_level(verb, i)
            and not crossed_mark
        ):
            return _PRICE_LEVEL, None
        return _PRICE_MOVE, direction

    def _crowd_before(self, verb: Cue) -> bool:
        """Plural people right before change verb ``verb`` (a scare quote between): "Retail
        investors 'retreat' to $98.5K" says what they did, no price's move."""
        k = verb.first - 1
        if k >= 0 and self.units[k].lower in _QUOTE_MARKS:
            k -= 1
        return k >= 0 and self.units[k].lower in _CROWDS

    def _sign_word_between(self, verb: Cue, i: int) -> bool:
        """A sign word ("negative", "below zero") between change verb ``verb`` and figure
        ``i``, in the figure's clause: "dipped negative on Bybit (-0.0027%)"."""
        clause = self.clause[i]
        return any(
            verb.last < cue.first and cue.last < i and self.clause[cue.first] == clause
            for cue in self.by_role.get("state", ())
        )

    def _percent_metric_continued(self, i: int, q: Quantity) -> EventType | None:
        """ "XBTUSD printed 0.1875% on Thursday, before dropping back to 0.0421%", "Ether's
        share climbed to 14.4%, while XRP's more than doubled, to 3.8%", "while that of
        ether descended to 14,6%": no price moves to a percent, so a move with no subject
        of its own to a percent goes on with the sentence's reading of a metric read in
        percent (funding, dominance) stated before it."""
        last = self.last_frame
        if (
            q.kind is not _PERCENT
            or last is None
            or last.type not in _PERCENT_READINGS
            or last.figure.kind is not _PERCENT
            or not self._after_role(i, "to")
        ):
            return None
        return last.type

    def _crossed(self, i: int, verb: Cue) -> bool:
        """ "rose above $9,800", "broke through 118,000 USDT": a price the change verb
        takes the price across, right after it, is where the move went, also when the
        sentence states a change after it or in another clause ("..., extending a rally
        that has lifted it 25%"); after a change in its clause it is the level that change
        reached ("is down 17% on the day, dropping under $104,000"), and "rose 5% above
        ..." is no crossing. A verb of the lexicon's ``cross`` group is a crossing itself
        ("Bitcoin Tops $108,000 ... BTC $104,872 +2.4%")."""
        k = i - 1
        if k == verb.last:
            crossing = self.units[k].lower in _CROSSING_POSITIONS or verb.group.name == "cross"
        elif k > verb.last and self.units[k].lower in _CROSSING_POSITIONS:
            crossing = k == verb.last + 1 or (
                k == verb.last + 2 and self.units[k - 1].lower == "back"
            )
        else:
            crossing = False
        if not crossing:
            return False
        clause = self.clause[i]
        for j in self.r.figures():
            q = self.units[j].quantity
            if j < i and self.clause[j] == clause and q is not None and q.kind in _CHANGES:
                return False
        return True

    def _from_a_named_level(self, i: int) -> bool:
        """ "a fresh decline from the $118,200 zone", "slid from the $0.81 swing high": the
        level a move started from, named with its level word (one plain word may stand
        before it), is a level (a bare "from $X" is the move's start)."""
        end = self.group_end.get(i, i) + 1
        if end not in self.level_starts and (
            end + 1 not in self.level_starts
            or not self.units[end].lower.isalpha()
            or end in self.role_at
            or self.units[end].mention is not None
        ):
            return False
        return i > 1 and self.units[i - 1].lower == "the" and self.role_at.get(i - 2) == "from"

    def _stablecoin_price(self, q: Quantity, verb: Cue) -> bool:
        """ "BTC fell below 76,000 USDT", "ETH once fell to 2,312 USDT", "SOL ..., now
        reported 181.4 USDT": a sum in a stablecoin that an asset's change verb, or a quote
        word after an asset, reaches is its price, quoted in that coin."""
        if q.kind is not _CRYPTO or q.unit not in STABLE_QUOTES:
            return False
        subject = next((m for k, m in reversed(self.mentioned) if k < verb.first), None)
        return (
            subject is not None
            and subject.type in _ASSETS
            and subject.id != f"asset:{q.unit}"
            and (self._asset_subject(verb) or verb.group.kind == "level")
        )

    def _quoted_now(self, i: int) -> bool:
        """ "before easing back to $16,420 at the time of writing": the price a move
        reached at the moment of writing, the figure of the clause nearest the words that
        say so, is the price quoted now."""
        clause = self.clause[i]
        for cue in self.by_role.get("now", ()):
            if self.clause[cue.first] != clause:
                continue
            sums = [
                k
                for k, unit in enumerate(self.units)
                if self.clause[k] == clause
                and unit.quantity is not None
                and unit.quantity.kind is _MONEY
            ]
            if sums and min(sums, key=lambda k: min(abs(k - cue.first), abs(k - cue.last))) == i:
                return True
        return False

    def _nominal_subject(self, verb: Cue) -> Cue | str | None:
        """The subject of a nominal change ("an 8% drop in BTC price", "a 4% drop in
        Bitcoin's open interest"), named after the noun by "in" or "of"; None when there
        is none, _NOT_A_PRICE never."""
        k = verb.last + 1
        if k >= len(self.units) or self.units[k].lower not in ("in", "of"):
            return None
        for j in range(k + 1, min(len(self.units), k + 1 + SUBJECT_REACH + LEVEL_REACH)):
            cue = next((c for c in self.type_cues if c.first == j and c.group.noun), None)
            if cue is not None:
                return cue
            mention = self.mention_at[j]
            if self.role_at.get(j) == "type" and self.units[j].lower in ("price", "prices"):
                return _PRICE
            if mention is not None and mention.type in _ASSETS:
                after = self.units[j + 1].lower if j + 1 < len(self.units) else ""
                if after not in ("futures", "open", "funding", "dominance", "etf", "etfs"):
                    return _PRICE
        return None

    def _move_noun_opens(self, verb: Cue) -> bool:
        """ "Weekly gain is almost 19%.", "The drop was 6% in a day.", "...: the fall is of
        17.6%": a change noun that opens its sentence or a clause after a colon (an
        article, a demonstrative or a window word before it) with a copula after it is its
        own subject: it states the move of the asset the text is about, carried from the
        sentences before when this one names none."""
        units = self.units
        after = verb.last + 1
        if (
            verb.group.kind != "move"
            or verb.group.direction is None
            or after >= len(units)
            or units[after].lower not in _NOUN_COPULAS
        ):
            return False
        k = verb.first - 1
        while k >= 0 and (units[k].lower in _NOUN_OPENERS or self.role_at.get(k) == "window"):
            k -= 1
        return k < 0 or units[k].lower in (":", ";")

    def _price_noun_opens(self, verb: Cue) -> bool:
        """A change noun opens the sentence (``_move_noun_opens``) after sentences about a
        price: not after a flow ("ETFs took in $300 million. The gain was 4%")."""
        return self._move_noun_opens(verb) and (self.c.topic is None or self.c.topic in _PRICES)

    def _about_a_price(self) -> bool:
        """The sentence names an asset, a pair, a price level or an asset anaphor ("On
        Monday, the token fell 1.7%"): a change with no subject of its own is then a
        price's ("and 3.5% over the day"), not "85% losses for investors"."""
        return (
            any(m.type in _ASSETS for _, m in self.mentioned)
            or bool(self.levels)
            or self._opens_with_anaphor()
            or any(c.group.value == "asset" for c in self.by_role.get("anaphor", ()))
        )

    def _subject(self, verb: Cue) -> Cue | str | None:
        """What a change verb is said of: a noun cue ("open interest rose"), a price
        (None: an asset as subject, or nothing), or _BLOCK (a side or total word, a fund:
        "the overall tally reached $203 million", "the ETF jumped 420%"). Walks back from
        the verb through its clause; an anaphor ("it") reaches earlier clauses. A noun
        right after a nominal change counts too ("a 20% jump in market cap")."""
        if self._moves_an_asset(verb):
            return None
        if self._move_noun_opens(verb) and not any(
            c.group.noun and c.group.kind != "other" for c in self.type_cues
        ):
            return None  # "..., second biggest in market value, suffers more: the fall is of 6%"
        nominal = self._nominal_subject(verb)
        if nominal is _PRICE:
            return None
        if nominal is not None:
            return nominal
        clause = self.clause[verb.first]
        nouns = {  # a word that is also a change verb ("added") is no subject
            cue.last: cue
            for cue in self.type_cues
            if cue.group.noun and cue.last not in self.verb_ends
        }
        k = verb.first - 1
        anaphor = False
        depth = 0
        while k >= 0:
            if self.clause[k] != clause and not anaphor:
                k = self._before_relative_clause(k, clause)
                if k < 0:
                    break
            lower = self.units[k].lower
            if lower == ")" and k == verb.first - 1:
                named = self._bracketed_metric(k, nouns)
                if named is not None:
                    return named  # "The altcoin gauge (OTHERS.D) edged up to 7.1%"
            if lower == ")":
                depth += 1
            elif lower == "(":
                depth = max(0, depth - 1)
            elif not depth and is_dash(self.units, k):
                k = self._aside_opening(k) - 1  # "open interest—the value of all open
                continue  # contracts—dropped 5.6%": the aside is no subject
            elif not depth and lower == "," and k == verb.first - 1:
                opening = self._metric_apposition_opening(k, nouns)
                if opening is not None:  # the verb's clause goes on before the apposition
                    k = opening - 1  # (an "and" inside it, "of USDT and USDC", ends none)
                    clause = self.clause[k]
                    continue
            if depth:
                k -= 1
                continue
            role = self.role_at.get(k)
            opening = self._asset_anaphor_opening(k) if role == "anaphor" else None
            if opening is not None:
                if opening > 0 and self.units[opening - 1].lower in _MODIFIER_WORDS:
                    k = opening - 2  # "Trading volume for the token surged": its head before
                    continue
                return None  # "after the token rallied 38%": the asset's price
            if role == "anaphor":
                anaphor = True
            if k in nouns and (
                not self._verb_after_an_asset(nouns[k]) or self._combined_share(nouns[k])
            ):
                if self._ratio_of_a_crypto_pair(nouns[k]):
                    return None  # "the ETH/BTC ratio slid 5.2%": the pair's price
                return nouns[k]
            if role == "type" and lower in ("price", "prices") and not anaphor:
                return None  # "its price slipped 3%": the price is named, whatever "its" is
            mention = self.mention_at[k]
            if mention is not None:
                j = k - 1
                if j > 0 and self.units[j].lower in _ARTICLES:
                    j -= 1  # "the dominance of the bitcoin climbs": "of" governs it still
                before = self.units[j].lower if j >= 0 else ""
                if mention.type is _FUND:
                    return _FUNDS
                if mention.type is _VENUE and self._stock_market(k, mention, verb):
                    return _NOT_A_PRICE  # "The Nasdaq fell 2.1%": an index, no coin
                if mention.type in _ASSETS and before in ("and", "&") and self._combined_coins(k):
                    # "the combined share of USDC and DAI eased": the share's coins (their
                    # "and" ends no clause of the verb's)
                    while k > 0 and (
                        self.units[k - 1].lower in (",", "and", "&")
                        or self.mention_at[k - 1] is not None
                    ):
                        k -= 1
                    k -= 1
                    clause = self.clause[k]
                    continue
                agent = before == "by" and not self._possessive(k)  # "the share held by ether"
                if (
                    mention.type in _ASSETS
                    and before not in _MODIFIER_WORDS
                    and not agent
                    and self._subject_of(k, verb.first)
                ):
                    return self._elided_metric(k, verb)
            if role == "domain" and self._domain_at(k) == "etf" and not self._modified_by(k):
                return _FUNDS
            if self._index_heads_subject(k, verb):
                # "The CoinDesk 20 index gained 2.4%": the market's move, no coin's; a
                # gauge or an index of other goods ("the Fear & Greed index fell 12%",
                # "an NFT index") moves no price
                return _BLOCK if self._index_of_no_coin(k) else _MARKET
            if self._crypto_market_at(k):
                return _MARKET
            if role == "side":
                return _NOT_A_PRICE
            if lower in _FIAT_SUBJECTS and k > 0 and self.units[k - 1].lower == "the":
                return _NOT_A_PRICE  # "as the dollar weakened 0.5%": a currency's move
            k -= 1
        after = verb.last + SUBJECT_REACH + LEVEL_REACH
        segment = self.segment[verb.last]
        return next(
            (
                c
                for c in self.type_cues
                if c.group.noun
                and verb.last < c.first <= after
                and self.segment[c.first] == segment  # not ", leaving it 76% below"
            ),
            None,
        )

    def _bracketed_metric(self, close: int, nouns: dict[int, Cue]) -> Cue | None:
        """The metric a bracket right before the verb names ("The gauge of coins outside
        the top ten (OTHERS.D) rose", "the benchmark ratio (BTC.D) fell"): the symbol
        says what the description before it is, whatever its head noun ("index",
        "gauge") would say."""
        for k in range(close - 1, max(-1, close - 4), -1):
            if self.units[k].lower == "(":
                return next(
                    (
                        nouns[j]
                        for j in range(k + 1, close)
                        if j in nouns and nouns[j].group.kind in _METRIC_KINDS
                    ),
                    None,
                )
        return None

    def _crypto_market_at(self, k: int) -> bool:
        """Unit ``k`` is "market" at the end of a noun phrase that names the whole crypto
        market ("the overall crypto market", "the cryptocurrency market")."""
        if self.units[k].lower != "market":
            return False
        words = set()
        j = k - 1
        while j >= 0 and self.units[j].lower in _MARKET_WORDS:
            words.add(self.units[j].lower)
            j -= 1
        if j > 0 and self.units[j].lower == "of" and self.role_at.get(j - 1) == "type":
            return False  # "the value of the entire crypto market": the value is the head
        return bool(words & _CRYPTO_WORDS)

    def _metric_apposition_opening(self, k: int, nouns: Mapping[int, Cue]) -> int | None:
        """ "Bitcoin's dominance, its share of the crypto market's total value, edged up",
        "Funding on Binance's bitcoin perpetual futures, the periodic payment that flows
        between longs and shorts, dipped": the comma that opens an apposition closed by
        the comma at ``k`` right before the verb, after a metric's noun in the clause;
        what the apposition says defines the metric, which is the verb's subject."""
        floor = max(0, k - APPOSITION_UNITS)
        opening = next((j for j in range(k - 1, floor - 1, -1) if self.units[j].lower == ","), None)
        if opening is None:
            return None
        clause = self.clause[opening - 1] if opening > 0 else -1
        for j in range(opening - 1, max(-1, opening - 1 - APPOSITION_UNITS), -1):
            if self.clause[j] != clause:
                return None
            noun = nouns.get(j)
            if noun is not None:  # an index ("TOTAL2, the market value of ...") is what
                metric = noun.group.kind in _METRIC_KINDS  # its apposition says it is
                return opening if metric and noun.group.value != "no_asset" else None
        return None

    def _holds_a_price(self, verb: Cue, i: int, q: Quantity) -> bool:
        """ "$BTC holding $96.6K", "ether holds $3,000": an asset that holds a price holds
        a level, not a stash (a fund or a whale holding money does); "Ether closed at
        US$638": an asset that closed at a price was quoted there (a position closed at
        one is no quote: "a $3.9 million long ... closed out at $4,871.50")."""
        holding = verb.group.name == "holding" or (
            self.units[verb.first].lower in _CLOSING_VERBS and verb.last > verb.first
        )
        return (
            holding
            and i > verb.last
            and q.kind is _MONEY
            and self._price(q)
            and self._asset_subject(verb)
        )

    def _coin_price_target(self, cue: Cue, i: int, q: Quantity) -> bool:
        """ "a price target of $1.80 for XRP", "its $150,000 bitcoin price target": a price
        target whose coin stands right before it or after "for" or "on" after it or after
        its figure is that coin's target level (a stock's price target is none: "a $300
        price target on MicroStrategy")."""
        if self.units[cue.first].lower != "price" or q.kind is not _MONEY or not self._price(q):
            return False
        if abs(i - cue.first) > 2 * LEVEL_REACH:
            return False
        places = [cue.first - 1, cue.last + 2, self.group_end.get(i, i) + 2]
        units = self.units
        return any(
            0 <= k < len(units)
            and (m := self.mention_at[k]) is not None
            and m.type in _ASSETS
            and (k == cue.first - 1 or units[k - 1].lower in ("for", "on"))
            for k in places
        )

    def _contract_named(self) -> bool:
        """The sentence names a contract: a pair, a contract kind ("perpetual"), a
        perpetual's ticker ("ETH-PERP") or a funding topic it goes on with."""
        return (
            self.c.topic is _FUNDING_RATE
            or "instrument" in self.by_role
            or any(m.type is EntityType.PAIR for _, m in self.mentioned)
            or any(
                self.units[k + 1].lower == "-" and self.units[k + 2].lower == "perp"
                for k, _ in self.mentioned
                if k + 2 < len(self.units)
            )
        )

    def _asset_subject(self, verb: Cue) -> bool:
        """An asset (or pair, or an anaphor of one) is the subject of the verb: "ether has
        lost 9.4% to $2,480", "the largest cryptocurrency lost more than $1,000": what it
        lost is price, not money that left somewhere."""
        clause = self.clause[verb.first]
        for k in range(verb.first - 1, -1, -1):
            if self.clause[k] != clause:
                return False
            if self._asset_anaphor_opening(k) is not None:
                return True
            mention = self.mention_at[k]
            if mention is not None:
                priced = mention.type in _ASSETS and not self._bet_against(k)
                return priced and self._subject_of(k, verb.first)
        return False

    def _bet_against(self, k: int) -> bool:
        """Mention ``k`` is what a bet is against ("traders wagering against Cardano"): the
        object of a side phrase, not the subject of the verb after it."""
        return (
            k > 0
            and self.units[k - 1].lower == "against"
            and any(c.last == k - 1 for c in self.by_role.get("side", ()))
        )

    def _elided_metric(self, k: int, verb: Cue) -> Cue | None:
        """ "Solana's open interest climbed 14%, while bitcoin's eased to $64.9 billion":
        an asset's possessive right before the verb leaves out the metric named earlier
        in the sentence, which is the verb's subject; None (a price) otherwise."""
        if verb.first != k + 1 or not self._possessive(k):
            return None
        return next(
            (
                c
                for c in reversed(self.type_cues)
                if c.last < k and c.group.noun and c.group.kind in _METRIC_KINDS
            ),
            None,
        )

    def _topic_metric_elided(self, verb: Cue, q: Quantity) -> bool:
        """ "Ether's share of the market fell to 9.4%. Solana's edged up to 3.2%.": an
        asset's possessive that opens its sentence right before the verb leaves out the
        metric of the sentence before (the topic), when the sentence names no other
        family and the figure is one that metric takes."""
        k = verb.first - 1
        mention = self.mention_at[k] if k >= 0 else None
        if mention is None or mention.type not in _ASSETS or not self._possessive(k):
            return False
        if any(u.lower not in _FRONTING_WORDS for u in self.units[:k]):
            return False
        topic = self.c.topic
        assert topic is not None
        if not self._accepts(topic.value, q.kind) or any(
            c.group.kind not in ("move", topic.value) for c in self.type_cues
        ):
            return False
        # "Ether's rallied 6%" may be "Ether has rallied": only a level reached that no
        # price can be ("edged up to 3.2%", "rose 4% to $19.2 billion") says a metric
        clause = self.clause[verb.first]
        return any(
            j > verb.last
            and self.clause[j] == clause
            and (r := self.units[j].quantity) is not None
            and (r.kind is _PERCENT or (r.kind in (_MONEY, _CRYPTO) and not self._price(r)))
            and self._after_role(j, "to")
            for j in self.r.figures()
        )

    def _elided_anaphor(self, verb: Cue) -> bool:
        """ "Dogecoin's OI-weighted rate hit 0.1%, and XRP's reached 0.083%": an asset's
        possessive right before the verb leaves out a noun that only the topic's metric
        can be, named earlier in the sentence by an anaphor ("rate")."""
        k = verb.first - 1
        mention = self.mention_at[k] if k >= 0 else None
        if mention is None or mention.type not in _ASSETS or not self._possessive(k):
            return False
        return any(
            cue.last < k and cue.group.value not in (None, "asset") and self._fits_topic(cue)
            for cue in self.by_role.get("anaphor", ())
        )

    def _modified_by(self, k: int) -> bool:
        """ "Trading volume across the spot bitcoin ETFs reached $3.9 billion", "Total
        assets held by the ether ETFs reached $28.7 billion": a word in a prepositional
        phrase after the subject's noun (or its agent) modifies it; it is not the subject."""
        return any(
            (u.lower in _MODIFIER_WORDS or u.lower == "by") and u.mention is None
            for u in self.units[max(0, k - MODIFIER_UNITS) : k]
        )

    def _verb_after_an_asset(self, noun: Cue) -> bool:
        """ "Bitcoin traded in a tight range ..., up 0.8%": a past tense right after an
        asset is the asset's verb, not a noun ("traded" as a volume) the change is said of;
        the asset is the subject."""
        k = noun.first
        if k != noun.last or k == 0 or not self.units[k].lower.endswith("ed"):
            return False
        mention = self.mention_at[k - 1]
        return mention is not None and mention.type in _ASSETS

    def _possessive(self, k: int) -> bool:
        """The mention at ``k`` is a possessive ("bitcoin's eased"): the reading folds its
        "'s" into the unit, so the next unit starts three characters after it ends."""
        return k + 1 < len(self.units) and self.units[k + 1].start - self.units[k].end == len("'s ")

    def _before_relative_clause(self, k: int, clause: int) -> int:
        """The unit before the relative clause that unit ``k`` ends ("BTC.D, which
        measures Bitcoin's share, dropped to 59.4%": the subject is before ", which"), in
        ``clause``; -1 when ``k`` ends no relative clause."""
        j = k
        while j >= 0 and self.clause[j] != clause:
            j -= 1
        if j < 0 or self.units[j + 1].lower not in RELATIVE_WORDS:
            return -1
        return j

    def _semicolon_between(self, a: int, b: int) -> bool:
        """A semicolon stands between units ``a`` and ``b``: two statements of their own."""
        low, high = min(a, b), max(a, b)
        return any(u.lower == ";" for u in self.units[low + 1 : high])

    def _moves_an_asset(self, verb: Cue) -> bool:
        """ "A short squeeze lifted bitcoin 6% to $71,200", "selling sent ETH 9% lower": a
        change verb with an asset for its object, a figure right after it, moves the
        asset's price, whatever its subject (the squeeze is the cause, not the mover)."""
        k = verb.last + 1
        mention = self.mention_at[k] if k < len(self.units) else None
        if mention is None or mention.type not in _ASSETS:
            return False
        k += 1
        if k < len(self.units) and self.units[k].lower == "'s":
            k += 1
        return k < len(self.units) and self.units[k].quantity is not None

    def _aside_opening(self, k: int) -> int:
        """The dash that opens the aside a dash at ``k`` closes (the words after the aside
        continue the segment before it, see ``reading``), or ``k`` itself."""
        for j in range(k - 2, max(0, k - DASH_ASIDE_UNITS - 1) - 1, -1):
            if is_dash(self.units, j):
                after = k + 1 < len(self.units) and self.segment[k + 1] == self.segment[j - 1]
                return j if j > 0 and after else k
        return k

    def _subject_of(self, k: int, verb: int) -> bool:
        """An asset at ``k`` is the subject of the verb at ``verb`` when only figures,
        approximations, auxiliaries and adverbs stand between them ("Bitcoin's 2%
        climb", "Bitcoin has since risen"), not nouns ("the XBT/USD contract rose"). An
        apposition's closing comma may stand there too ("Ether, the second-largest crypto,
        lost 5%"), and so may an aside between commas ("Bitcoin, for its part, held")."""
        apposed = k >= 2 and self.units[k - 1].lower in _ARTICLES and self.units[k - 2].lower == ","
        start = self._after_an_aside(k, verb)
        for j in range(start, verb):
            unit = self.units[j]
            lower = unit.lower
            if unit.quantity is not None or lower in _AUXILIARIES or lower.endswith("ly"):
                continue
            if apposed and lower == ",":
                continue
            if self.role_at.get(j) == "approx" or lower in ("(", ")"):
                continue
            if unit.mention is not None and unit.mention.type in _ASSETS:
                continue
            return False
        return True

    def _after_an_aside(self, k: int, verb: int) -> int:
        """The unit after an aside that stands between commas right after unit ``k`` and
        right before the verb ("Bitcoin, for its part, held around $37,400"), or ``k + 1``:
        a few words that name nothing and state nothing."""
        units = self.units
        if (
            verb - k - 2 > _ASIDE_WORDS
            or verb - k < 4
            or units[k + 1].lower != ","
            or units[verb - 1].lower != ","
        ):
            return k + 1
        for j in range(k + 2, verb - 1):
            if (
                units[j].mention is not None
                or units[j].quantity is not None
                or self.role_at.get(j) == "type"
            ):
                return k + 1
            if units[j].lower == ",":
                return k + 1
        return verb

    def _domain_at(self, k: int) -> str | None:
        for cue in self.by_role.get("domain", ()):
            if cue.first <= k <= cue.last:
                return cue.group.value
        return None

    def _level(self, i: int, q: Quantity, cue: Cue) -> tuple[EventType, str | None] | str | None:
        """A level word: a price level, or a metric's or flow's level when the clause is
        about that metric ("OI went above the $48 billion mark", "the net inflow peak of
        $1 billion"), or about the topic metric with no asset named."""
        clause = self.clause[i]
        if (q.kind is _MONEY and self._price(q)) or self._stablecoin_price(q, cue):
            return _PRICE_LEVEL, None
        for noun in reversed(self.type_cues):
            if noun.last >= i or self.clause[noun.last] != clause or not noun.group.noun:
                continue
            kind = noun.group.kind
            if kind == "flow":
                return self._flow(noun.group.direction, loss=False, i=i)
            if kind == "other" and self.segment[noun.last] == self.segment[i]:
                return _BLOCK  # "the total market capitalization stands at $3.4 trillion"
            if kind in ("other", "reserve"):
                continue  # an aside: "open interest, the total value of ..., hit $1 billion"
            if self._accepts(kind, q.kind):
                event_type = _event_type(str(kind))
                direction = self._clause_direction(noun, i) if event_type in _METRICS else None
                return event_type, direction
            break
        asset_named = any(
            k < i and m.type in _ASSETS and self.clause[k] == clause for k, m in self.mentioned
        )
        topic = self.c.topic
        near = abs(cue.first - i) <= 2 * LEVEL_REACH
        if (
            near
            and not asset_named
            and topic is not None
            and topic is not _TRANSFER
            and q.kind in _CARRIED.get(topic, frozenset())
        ):
            return topic, self.c.topic_direction
        return None

    def _move_right_before(self, i: int) -> str | None:
        """The direction of a change verb right before figure ``i`` in its clause ("fell
        to 4.3%"), None when there is none."""
        clause = self.clause[i]
        reach = MOVED_OBJECT_REACH if self._after_role(i, "to") else 3
        for cue in self.type_cues:
            if (
                cue.group.kind == "move"
                and 0 < i - cue.last <= reach
                and self.clause[cue.first] == clause
            ):
                return cue.group.direction
        return None

    def _clause_direction(self, noun: Cue, i: int) -> str | None:
        """The direction of a metric's figure: a change verb between the metric and the
        figure ("OI dropped to $77 billion"), or one that takes the metric as its object
        ("the sell-off lifted bitcoin's dominance to 57.8%"), not one elsewhere in the
        clause; after a figure the metric moved to, the verb of the figure's own clause
        ("Kraken's open interest rose to $1.4 billion; Deribit's fell to $2.1 billion")."""
        low, high = sorted((noun.last, i))
        own = self._own_change_verb(low, i) if noun.last < i else None
        if own is not None:
            if self._reached_below_zero(own, i):
                return self._state_direction(i)
            return own.group.direction
        for cue in self.type_cues:
            if cue.group.kind == "move" and low < cue.first < high:
                if (
                    noun.last < i
                    and self._moved_to_before(cue, i)
                    and not self._after_role(i, "to")
                ):
                    # "dipped to -0.012% on Tuesday before normalising near 0.005%", not
                    # "dropped to $13.8 billion, and Bybit's to $7.2 billion"
                    return None
                if self._reached_below_zero(cue, i):
                    return self._state_direction(i)
                return cue.group.direction
        for cue in self.type_cues:
            if cue.group.kind == "move" and cue.last < noun.first and i > noun.last:
                between = range(cue.last + 1, noun.first)
                if len(between) <= LEVEL_REACH and all(
                    self.mention_at[k] is not None or self.units[k].lower in _OBJECT_WORDS
                    for k in between
                ):
                    return cue.group.direction
        return None

    def _anaphor_before(self, verb: Cue) -> bool:
        """ "and on OKX it has reached 0.0338%": a pronoun right before the verb (auxiliaries
        and adverbs aside) is its subject, whatever stands earlier in the sentence."""
        k = verb.first - 1
        while k >= 0 and (
            self.units[k].lower in _AUXILIARIES or self.units[k].lower.endswith("ly")
        ):
            k -= 1
        return k >= 0 and self.role_at.get(k) == "anaphor" and self.units[k].lower in ("it", "they")

    def _after_a_fronted_phrase(self, k: int) -> bool:
        """ "Within an hour it had climbed ...", "By Friday, the gauge ...": unit ``k``
        opens the sentence's first clause after a short phrase of time or place, one that
        names nothing and states nothing."""
        units = self.units
        return (
            k <= _FRONTED_REACH
            and units[0].lower in _FRONTING_PREPOSITIONS
            and all(
                self.mention_at[j] is None and self.role_at.get(j) in (None, "window")
                for j in range(1, k)
            )
        )

    def _opens_with_anaphor(self, *, metric: bool = False) -> bool:
        """The sentence opens with an anaphor; with ``metric``, one that can stand for the
        topic metric ("it", "the gauge"; "the rate" for funding), not an asset ("the
        token")."""
        return self.opening_anaphor[metric]

    def _asset_anaphor_opening(self, k: int) -> int | None:
        """The first unit of the asset anaphor ("the token") that holds unit ``k``, or None
        when no asset anaphor holds it."""
        return next(
            (
                cue.first
                for cue in self.by_role.get("anaphor", ())
                if cue.first <= k <= cue.last and cue.group.value == "asset"
            ),
            None,
        )

    def _fits_topic(self, anaphor: Cue) -> bool:
        value = anaphor.group.value
        return value is None or (self.c.topic is not None and value == self.c.topic.value)

    def _before_in_clause(self, role: str, verb: Cue) -> list[Cue]:
        """The cues of ``role`` before ``verb`` in its clause."""
        clause = self.clause[verb.first]
        return [
            cue
            for cue in self.by_role.get(role, ())
            if cue.last < verb.first and self.clause[cue.first] == clause
        ]

    def _rate_of_a_contract(self, verb: Cue) -> bool:
        """ "the rate on Binance's bitcoin perp dipped to -0.012%": "the rate" of a
        perpetual contract, before the verb in its clause, is its funding rate."""
        funding = _FUNDING_RATE.value
        return any(
            cue.group.value == funding for cue in self._before_in_clause("anaphor", verb)
        ) and bool(self._before_in_clause("instrument", verb))

    def _metric_named_before(self, i: int) -> EventType | None:
        """ "funding turned negative, with the OI-weighted rate sitting at -0.017%": an
        anaphor of a metric in figure ``i``'s clause, after the metric's own noun earlier in
        the sentence, makes the sentence's metric the figure's topic."""
        clause = self.clause[i]
        for anaphor in self.by_role.get("anaphor", ()):
            value = anaphor.group.value
            if (
                anaphor.first < i
                and self.clause[anaphor.first] == clause
                and any(
                    cue.group.kind == value and cue.last < anaphor.first for cue in self.type_cues
                )
            ):
                return _METRIC_TOPICS.get(value or "")
        return None

    def _price_quoted_before(self, verb: Cue) -> bool:
        """ "It changed hands at $55,870 on Wednesday, down 1.9%": a clause that quotes a
        price before the verb speaks of an asset's price, so its anaphor is the asset, not
        the topic's metric."""
        clause = self.clause[verb.first]
        return any(
            cue.group.value == "price"
            and cue.last < verb.first
            and self.clause[cue.first] == clause
            for cue in self.levels
        )

    def _topic_named_before(self, verb: Cue) -> bool:
        """ "On Friday, the rate on Binance's perp dipped to -0.012%": an anaphor that can
        only stand for the topic metric, before the verb in its clause, is its subject."""
        return any(
            cue.group.value not in (None, "asset") and self._fits_topic(cue)
            for cue in self._before_in_clause("anaphor", verb)
        )

    def _clause_has_change(self, i: int) -> bool:
        """A percent or multiplier change of the price of figure ``i``: then "to $X" names
        the level reached, not the move ("fell 4% to $2,900", "surged to $13,210 after
        adding 9%"). A change in a clause that names another asset is another move's
        ("Bitcoin fell 9.6% to $43,180, while ether dropped below $3,300")."""
        for k in self.r.figures():
            q = self.units[k].quantity
            if q is None or q.kind not in (_PERCENT, _MULTIPLIER):
                continue
            if i < k <= self.group_end.get(i, i):
                continue  # "down $2,415, or 14.3 percent": the percent restates the sum
            if self.clause[k] != self.clause[i] and self._other_assets(i, k):
                continue
            for cue in self._candidates(k, q.kind):
                moving = cue.group.kind in ("move", "loss") or self._moves_by_a_percent(cue)
                if moving and self._subject(cue) is None:
                    return True
                break
        return False

    def _other_assets(self, i: int, k: int) -> bool:
        """The clauses of units ``i`` and ``k`` both name assets, none in common."""
        ours, theirs = self._clause_assets(i), self._clause_assets(k)
        return bool(ours and theirs) and ours.isdisjoint(theirs)

    def _clause_assets(self, i: int) -> set[str]:
        """The assets and pairs named in the clause of unit ``i``."""
        clause = self.clause[i]
        return {m.id for k, m in self.mentioned if self.clause[k] == clause and m.type in _ASSETS}

    def _level_noun_before(self, i: int, verb: Cue) -> bool:
        """A level noun names the figure ("slid 7% to a 5-week low of $3,480"),
        unless the change verb stands right before it ("fell below the $80,000 mark")."""
        if self._attached_by_preposition(verb.last, i) and i - verb.last <= LEVEL_REACH:
            return False
        return any(
            cue.last < i
            and i - cue.last <= LEVEL_REACH
            and self.segment[cue.last] == self.segment[i]
            for cue in self.levels
        )

    def _before_approximation(self, i: int) -> int:
        """The unit before figure ``i`` and the approximation words right before it
        ("at roughly $2,100": the "at"); -1 when only those stand before it."""
        k = i - 1
        while k >= 0 and self.role_at.get(k) == "approx":
            k -= 1
        return k

    def _after_role(self, i: int, role: str) -> bool:
        k = self._before_approximation(i)
        q = self.units[i].quantity
        if role == "from" and self.levels and q is not None and not self._price(q):
            k = self._before_a_named_level(k)  # a price's "from a high of $X" is a level too
        return k >= 0 and self.role_at.get(k) == role

    def _before_a_named_level(self, k: int) -> int:
        """The unit before the level noun phrase that ends at ``k`` ("from a peak above
        $20 billion", "from its record of $1.2 billion"), or ``k`` when there is none."""
        if not any(c.first <= k <= c.last + 1 for c in self.levels):
            return k
        j = k
        while (
            j >= 0
            and j > k - LEVEL_PHRASE_UNITS
            and (
                self.units[j].lower in _LEVEL_PHRASE_WORDS
                or any(c.first <= j <= c.last for c in self.levels)
            )
        ):
            j -= 1
        return j

    def _moves_by_a_percent(self, verb: Cue) -> bool:
        """ "adding just 0.8% to $3,512", "shed 4% over the week": a flow verb whose object
        is a percent (approximations and adverbs aside) states a price move."""
        k = verb.last + 1
        while k < len(self.units) and (
            self.role_at.get(k) == "approx" or self.units[k].lower in _BY_WORDS
        ):
            k += 1
        q = self.units[k].quantity if k < len(self.units) else None
        return q is not None and q.kind is _PERCENT and self.clause[k] == self.clause[verb.last]

    def _flow(
        self,
        direction: str | None,
        *,
        loss: bool,
        i: int,
        domain: str | None = None,
        q: Quantity | None = None,
    ) -> tuple[EventType, str | None] | str | None:
        """The family of a flow word: a transfer along a laundering route, a theft in a
        hack article (but a fund's flow stays a fund's: a market wrap-up may report a hack
        beside ETF flows), a liquidation for
        a loss of positions, else by domain (funds, wallets, exchanges); a netflow's sign
        gives its direction."""
        if self._moved_onward(i) or (not loss and self._one_move(i)):
            return _TRANSFER, None
        if (
            self._hack_in_clause(i)
            or (self._on_the_theft(loss=loss) and self._theft_flow(i))
            or (loss and self._theft_in_view())
        ):
            return _HACK, None
        if domain == "hack":  # "drained": stolen, unless funds or exchanges are drained
            domain = self._drained_domain(i)
            if domain is None:
                return _HACK, None
        if loss and self._running_loss(i):
            return _BLOCK
        if direction is None and q is not None and q.value is not None and q.value != 0:
            direction = "out" if q.value < 0 else self._signed_in_words(i)
        if domain == "exchange" and (self._funds_in_clause(i) or self._the_funds_again(i)):
            domain = "etf"  # "net flows into spot bitcoin ETFs": a netflow of funds
        if domain == "exchange":
            return _EXCHANGE_FLOW, direction
        if loss and any(c.group.kind == "liquidation" for c in self.type_cues):
            return _LIQUIDATION, None
        domains = self._clause_domains(i) | self._flow_noun_domains(i)
        funds_here = "etf" in domains or self._names(EntityType.FUND) or self._asset_funds(i)
        if (
            loss
            and domain is None
            and not funds_here
            and (self.r.has("side") or self.c.topic is _LIQUIDATION)
        ):
            return _LIQUIDATION, None  # "Ether longs alone lost $296 million" in a fund story
        domain = domain or (
            "etf"
            if funds_here
            else "transfer"
            if "transfer" in domains
            else "exchange"
            if "exchange" in domains
            else self.c.domain
        )
        if domain is None and any(
            m.type is EntityType.VENUE and not self._semicolon_between(k, i)
            for k, m in self.mentioned
        ):
            # "...; Brackenfold adds 1,250 BTC": another statement's venue; but one actor
            # depositing to or withdrawing from it moved coins once ("Justin Sun deposited
            # 25,000 ETH into HTX")
            domain = "transfer" if self._one_actor_moves(i) else "exchange"
        if loss and domain != "etf" and (self.r.has("side") or self.c.topic is _LIQUIDATION):
            return _LIQUIDATION, None
        if domain == "etf":
            return _ETF_FLOW, direction
        if domain == "exchange":
            return _EXCHANGE_FLOW, self._received_from_exchanges(i, direction)
        if domain == "transfer":
            if self._aggregate_exchange_flow(i):
                return _EXCHANGE_FLOW, self._received_from_exchanges(i, direction)
            if loss:
                return _BLOCK  # "a whale lost $12 million on a leveraged bet": a trade's loss
            return _TRANSFER, None
        return None

    def _received_from_exchanges(self, i: int, direction: str | None) -> str | None:
        """The direction of an exchange flow told by a receiving word: "a wallet received
        950 BTC from exchange OKX last week" left the exchange (an exchange after "from"
        and none before the figure in its clause), whatever "received" says; "Kraken
        received 2,150 BTC from Binance" came in."""
        if direction != "in" or self._exchange_side(i) != "out":
            return direction
        clause = self.clause[i]
        for k in range(i):
            mention = self.mention_at[k]
            if self.clause[k] == clause and (
                (mention is not None and mention.type is EntityType.VENUE)
                or self._domain_at(k) == "exchange"
            ):
                return direction  # "Kraken received 2,150 BTC from Binance": the receiver
        return "out"

    def _asset_funds(self, i: int) -> bool:
        """ "XRP funds saw inflows of $10 million", "Cardano funds drew $4.1 million": an
        asset named right before "funds" in the clause of figure ``i`` names its investment
        funds (the lexicon lists the common ones, "bitcoin funds"), outside a theft story
        ("ETH funds were stolen")."""
        if self.c.hack_topic:
            return False
        units, clause = self.units, self.clause[i]
        return any(
            unit.lower in _ASSET_FUND_NOUNS
            and self.clause[k] == clause
            and (m := units[k - 1].mention) is not None
            and m.type is EntityType.ASSET
            for k, unit in enumerate(units[1:], 1)
        )

    def _one_actor_moves(self, i: int) -> bool:
        """ "Justin Sun deposited 25,000 ETH into HTX", "A market maker withdrew 9,000 ETH
        from Kraken", "Cumberland deposited ...", "It then withdrew ...": the subject of
        the deposit or withdrawal verb before figure ``i`` is one actor (a person or an
        organisation, a pronoun for one, a singular actor noun, or a name of up to three
        words opening its clause whose last word is no plural), so its movement is one
        transfer, not the exchange's flow."""
        units, clause = self.units, self.clause[i]
        verb = next(
            (
                c
                for c in reversed(self.type_cues)
                if c.last < i and c.group.kind == "flow" and self.clause[c.first] == clause
            ),
            None,
        )
        if verb is None or units[verb.first].lower not in _ACTOR_VERBS:
            return False
        if any(self._domain_at(k) is not None for k in range(verb.first, i)):
            return False
        k = verb.first - 1
        while k >= 0 and units[k].lower in _ACTOR_ADVERBS:
            k -= 1
        if k < 0 or self.clause[k] != clause:
            return False
        head = units[k]
        if head.mention is not None:
            return head.mention.type in (EntityType.PERSON, _ORG)
        if head.quantity is not None or self._domain_at(k) is not None:
            return False
        word = head.lower
        if word in _ONE_ACTOR_PRONOUNS:
            return True
        if word in _ACTOR_NOUNS:
            return k > 0 and units[k - 1].lower in _ONE_DETERMINERS | _ACTOR_ADJECTIVES
        start = k
        while start > 0 and self.clause[start - 1] == clause and units[start - 1].lower.isalpha():
            start -= 1
        opens = start == 0 or units[start - 1].lower in (",", ";", ":")
        firm = word in _FIRM_WORDS  # "Market maker Corvath Labs deposited ..."
        return (
            opens
            and k - start < (FIRM_NAME_WORDS if firm else 3)
            and word.isalpha()
            and (firm or not word.endswith("s"))
            and all(
                units[j].mention is None
                and units[j].lower not in _NOT_A_NAME
                and j not in self.role_at
                for j in range(start, k + 1)
            )
        )

    def _running_loss(self, i: int) -> bool:
        """ "The trader ... has now lost more than $31 million on ETH longs since October",
        "the wallet had already lost close to $9 million on an earlier trade": "lost" in the
        singular or past perfect right before figure ``i`` (bounds aside) in a sentence with
        no liquidation word is one holder's running trading loss, no liquidation."""
        if any(c.group.kind == "liquidation" for c in self.type_cues):
            return False
        units = self.units
        k = i - 1
        while k >= 0 and (units[k].lower in _BOUND_WORDS or self.role_at.get(k) == "approx"):
            k -= 1
        if k < 1 or units[k].lower != "lost" or self.clause[k] != self.clause[i]:
            return False
        verb = k
        k -= 1
        while k > 0 and verb - k <= 2 and units[k].lower in _RUNNING_ADVERBS:
            k -= 1
        return units[k].lower in _RUNNING_AUXILIARIES

    def _signed_in_words(self, i: int) -> str:
        """The direction of a netflow stated without a sign: a sign in words in its clause
        ("the net flow ... was negative in 5.200 BTC" is out), else in."""
        return "out" if self._state_direction(i, kept=True) == "down" else "in"

    def _price_paid(self, cue: Cue, i: int) -> bool:
        """ "Its owner received the coins for less than $400,000", "bought 500 BTC for $2
        million": money after "for" that follows an acquisition verb and its object is what
        was paid, no flow."""
        units = self.units
        k = i - 1
        while k > cue.last and units[k].lower in _BOUND_WORDS:
            k -= 1
        return (
            k > cue.last + 1
            and units[k].lower == "for"
            and units[cue.last].lower in _ACQUIRED
            and self.clause[cue.last] == self.clause[i]
        )

    def _accumulates(self, cue: Cue, i: int) -> bool:
        """ "Addresses with 1,000 to 10,000 BTC each added about 46,300 BTC", "the smallest
        holders ... added 96,200 BTC to their balances": wallets or a cohort of holders
        that add coins grow their holdings, no movement to or from an exchange or a fund
        (a venue or a fund in the clause keeps the flow: "Users added a net 1,870 BTC to
        Binance")."""
        if cue.first != cue.last or not self.units[cue.first].lower.startswith("add"):
            return False
        clause = self.clause[i]
        if any(
            m.type in (EntityType.VENUE, EntityType.FUND) and self.clause[k] == clause
            for k, m in self.mentioned
        ):
            return False
        return any(
            self.clause[k] == clause
            and (self.units[k].lower in _HOLDER_WORDS or self._domain_at(k) == "transfer")
            for k in range(max(0, cue.first - HOLDER_REACH), cue.first)
        )

    def _on_the_theft(self, *, loss: bool) -> bool:
        """The article is about a theft and the discourse is on it, or on nothing: a coin
        movement is then the theft's. A loss is also after a transfer ("the wallet moved
        it in 2019 ... lost 41,650 BTC in the 2016 attack"); a movement after a transfer
        is another transfer (a whale digest with one drained wallet among its items), also
        after one of its own sentence ("the Tether Treasury shipped 275 million USDT to
        Bitfinex, and a wallet withdrew 180 million USDC from Coinbase")."""
        if loss:
            return self.c.hack_topic and self.c.topic in (None, _HACK, _TRANSFER)
        last = self.last_frame
        if last is not None and last.type is _TRANSFER:
            return False
        return self.c.hack_topic and self.c.topic in (None, _HACK)

    def _sent_to_the_thief(self, i: int) -> bool:
        """ "Two hot wallets had sent 2,400 ETH to the attacker's address": in an article
        about a theft, coins sent to the thief are the theft, whatever came before."""
        return self.c.hack_topic and any(
            k > i and not _TOWARD_WORDS.isdisjoint(before) for k, before in self._thieves(i)
        )

    def _theft_flow(self, i: int) -> bool:
        """While the discourse is on a theft (_on_the_theft), a flow is the hack's, unless
        funds flow (a wrap-up's ETF flows), the thief moves what was taken, or positions
        are lost ("Crypto longs lost $1.15 billion" in a wrap-up that also reports a
        theft)."""
        if self._positions_named() or self._owners_flow(i):
            return False
        if "etf" in self.domains or self._names(EntityType.FUND):
            return False
        if not self._names(EntityType.VENUE) and self._aggregate_exchange_flow(i):
            return False  # "a net 17,300 BTC flowing into exchanges": the market's flow
        return not self._launders(i)

    def _owners_flow(self, i: int) -> bool:
        """After a theft, customers moving their own money ("customers pulled about $41
        million in net outflows from the platform") or a platform's deposits going from
        one level to another ("Deposits on the platform have fallen to $23 million from
        $71 million") are no theft."""
        if self._word_in_clause(i, _CUSTOMER_WORDS):
            return True
        clause = self.clause[i]
        return self._after_role(i, "to") and any(
            c.first > i and self.clause[c.first] == clause for c in self.by_role.get("from", ())
        )

    def _taken_from_a_value(self, i: int) -> bool:
        """ "erased $180 billion from the crypto market's value", "wiped $90 billion off
        bitcoin's market cap", "wiped out $210 billion in market value": what is taken
        "from" or "off" a market value, or stated "in" or "of" one, is value lost, no
        positions closed (not "$40 million in long positions worth ...")."""
        units = self.units
        k = self.group_end.get(i, i) + 1
        if k >= len(units) or units[k].lower not in _VALUE_LOST_WORDS:
            return False
        for n, unit in enumerate(units[k + 1 : k + 1 + VALUE_AFTER_REACH], start=k + 1):
            if unit.quantity is not None or unit.lower in _PHRASE_ENDS:
                return False
            if self.role_at.get(n) == "side":
                return False
            mention = unit.mention
            if unit.lower in _WHOLE_VALUE_WORDS or (
                mention is not None and mention.id in _MARKET_VALUE_METRICS
            ):
                return True
        return False

    def _market_value_grows(self, verb: Cue) -> bool:
        """The flow verb's subject is the market's or a coin's value ("Crypto market value
        adds $41B", "bitcoin's market cap shed $90 billion"): it grows or shrinks, nothing
        flows."""
        subject = self._subject(verb)
        if not isinstance(subject, Cue) or subject.group.kind != "other":
            return False
        words = " ".join(u.lower for u in self.units[subject.first : subject.last + 1])
        return words in _MARKET_VALUE_NOUNS

    def _drained_domain(self, i: int) -> str | None:
        """The flow domain of a figure a drain verb moves: funds' ("Redemptions drained
        $410 million from the ETFs") or exchanges' ("20,000 BTC drained from Binance"), in
        its clause or carried from the sentences before; else None, a theft ("$12 million
        was drained from its USDC vault")."""
        domains = self._clause_domains(i) | self._flow_noun_domains(i) | {self.c.domain}
        if "etf" in domains or self._names(EntityType.FUND):
            return "etf"  # also "drained close to $390 million from the category" after ETFs
        if "exchange" in domains or self._names(EntityType.VENUE):
            return "exchange"
        return None

    def _the_funds_again(self, i: int) -> bool:
        """ "Spot bitcoin ETFs took in $120 million. Net flows into the funds have reached
        $38.5 billion": in a story about funds, "the funds" in the clause are those funds."""
        return self.c.domain == "etf" and self._word_in_clause(i, _FUND_NOUNS)

    def _word_in_clause(self, i: int, words: frozenset[str]) -> bool:
        """One of ``words`` stands in the clause of unit ``i``."""
        clause = self.clause[i]
        return any(self.clause[k] == clause and u.lower in words for k, u in enumerate(self.units))

    def _funds_in_clause(self, i: int) -> bool:
        """Funds are named in the clause of figure ``i`` (a fund, or "ETFs")."""
        clause = self.clause[i]
        return any(
            c.group.value == "etf" and self.clause[c.first] == clause
            for c in self.by_role.get("domain", ())
        ) or any(m.type is EntityType.FUND and self.clause[k] == clause for k, m in self.mentioned)

    def _clause_domains(self, i: int) -> set[str | None]:
        """The flow domain named nearest figure ``i`` in its clause, or the domains of its
        sentence when the clause names none ("exchanges saw a net inflow ..., suggesting
        smaller holders sold into the whale's bids": the exchanges' flow, not the whale's),
        but for those past a semicolon."""
        clause = self.clause[i]
        cues = [c for c in self.by_role.get("domain", ()) if not self._possessed(c)]
        near = [
            (self._distance(c.first, c.last, i), c.group.value)
            for c in cues
            if self.clause[c.first] == clause
        ]
        if near:
            return {min(near, key=lambda d: d[0])[1]}
        # not past a semicolon, another statement: "Corvin Labs deposited 1.15M LINK into
        # Binance; the firm has been sending LINK to exchanges since Friday"
        return {c.group.value for c in cues if not self._semicolon_between(c.first, i)}

    def _flow_noun_domains(self, i: int) -> set[str | None]:
        """The exchanges, when a flow noun of the clause of figure ``i`` names them
        ("Exchange netflow for BTC: -9,870 BTC (outflow)": the outflow is the
        exchanges'; a bare "net flows" names no domain)."""
        clause = self.clause[i]
        named = any(
            c.group.kind == "flow"
            and self.clause[c.first] == clause
            and any("exchange" in u.lower for u in self.units[c.first : c.last + 1])
            for c in self.type_cues
        )
        return {"exchange"} if named else set()

    def _possessed(self, cue: Cue) -> bool:
        """ "Coinbase saw 143,500 ETH leave its wallets": a holder's own wallets name no
        whale; the flow is the holder's."""
        return cue.first > 0 and self.units[cue.first - 1].lower in ("its", "their")

    def _aggregate_exchange_flow(self, i: int) -> bool:
        """ "a whale has withdrawn 415,000 LINK from Binance over two days", "moved $2.1
        billion onto exchanges over the past seven days", "Binance took in a net 6,200
        BTC", "22,900 BTC of net outflows": a movement to or from exchanges stated over a
        day or more, or as a net figure, is a flow aggregated over a period, not one
        on-chain transfer (three withdrawals "within 10 hours" still are transfers; the
        period of the sentence before is no evidence: a Whale Alert line follows a weekly
        flow; and neither is a figure moved "in one transaction" or "in three
        transactions")."""
        if self._one_move(i):
            return False
        window = self._window(i)
        end = self.group_end.get(i, i)
        net = any(u.lower == "net" for u in self.units[max(0, i - 2) : end + 3])
        if not net and (window is None or not _a_day_or_longer(window)):
            return False
        if not net and self._in_a_few_transactions(i):
            return False
        return self._names(EntityType.VENUE) or "exchange" in self.domains

    def _one_move(self, i: int) -> bool:
        """ "most of it from a single 2,500 BTC deposit", "a separate 42,000,000 ADA ($31
        million) withdrawal from Bithumb": figure ``i`` between a word of one move and a
        singular movement noun (a parenthetical restatement aside) is one on-chain
        transfer, not an exchange's flow over its period."""
        units = self.units
        if i == 0 or units[i - 1].lower not in _ONE_MOVE_WORDS:
            return False
        k = self.group_end.get(i, i) + 1
        if k < len(units) and units[k].lower == "(":
            close = next(
                (j for j in range(k + 1, min(len(units), k + 8)) if units[j].lower == ")"), None
            )
            k = len(units) if close is None else close + 1
        elif k < len(units) and units[k].lower == ")":
            k += 1  # the group already holds the restatement
        return k < len(units) and units[k].lower in _MOVE_NOUNS

    def _in_a_few_transactions(self, i: int) -> bool:
        """ "pulling 18,750 ETH out of Coinbase in one transaction", "withdrew 3.4K BTC ...
        in three transactions": the figure's clause counts the few on-chain transactions
        that moved it (up to FEW_TRANSACTIONS; "across 27 transactions since October" is a
        flow over a period)."""
        units, clause = self.units, self.clause[i]
        for k in range(self.group_end.get(i, i) + 1, len(units) - 2):
            if self.clause[k] != clause or k in self.group_end:
                return False  # a later figure's ("... 112,400 ETH ..., then 18,750 ETH in one")
            if units[k].lower == "in" and self._few_transactions_at(k + 1):
                return True
        return False

    def _few_transactions_at(self, k: int) -> bool:
        """ "one transaction", "a single transfer", "three transactions" start at unit
        ``k``."""
        units = self.units
        q = units[k].quantity
        few = units[k].lower in ("a", "one", "single") or (
            q is not None
            and q.kind is _COUNT
            and q.value is not None
            and q.value <= FEW_TRANSACTIONS
        )
        if k + 1 < len(units) and units[k].lower in ("a", "one") and units[k + 1].lower == "single":
            k += 1
        noun = units[k + 1].lower if k + 1 < len(units) else ""
        return few and noun in _TRANSACTION_NOUNS

    def _exchange_side(self, i: int) -> str | None:
        """The direction of a movement to or from exchanges, from the word before the first
        exchange of the figure's clause (articles and two adjectives aside): "onto
        (centralized) exchanges", "to Binance" is in; "off exchanges", "from Kraken" out."""
        clause = self.clause[i]
        for k in range(len(self.units)):
            mention = self.mention_at[k]
            venue = mention is not None and mention.type is EntityType.VENUE
            if self.clause[k] != clause or not (venue or self._domain_at(k) == "exchange"):
                continue
            if any(c.first == k + 1 and c.group.kind == "flow" for c in self.type_cues):
                continue  # "exchange inflows surged, with 42,350 BTC sent to exchanges"
            for j in range(k - 1, max(-1, k - 4), -1):
                word = self.units[j].lower
                if word in _TOWARD_WORDS:
                    return "in"
                if word in _AWAY_WORDS:
                    return "out"
            return None
        return None

    def _launders(self, i: int) -> bool:
        """ "The exploiter bridged 1,650 ETH to Arbitrum", "2,000 ETH was sent from the
        attacker's address to Tornado Cash": the thief moving what was taken is a transfer
        of its own, not the theft (funds sent *to* the attacker's address are the theft)."""
        for k, before in self._thieves(i):
            if not _TOWARD_WORDS.isdisjoint(before) and _TYING_WORDS.isdisjoint(before):
                continue  # the destination ("sent to the attacker"), not "linked to the attacker"
            if k < i or "from" in before:
                return True
        return self._moved_onward(i) or self._laundered(i)

    def _thieves(self, i: int) -> list[tuple[int, frozenset[str]]]:
        """The thief's names in the clause of figure ``i`` ("the attacker's address"), each
        with the three words before it ("to the", "from the")."""
        clause = self.clause[i]
        return [
            (k, frozenset(u.lower for u in self.units[max(0, k - 3) : k]))
            for k, unit in enumerate(self.units)
            if self.clause[k] == clause and _thief_word(unit.lower) in _THIEVES
        ]

    def _laundered(self, i: int) -> bool:
        """ "... and bridged another 1,250 ETH to Arbitrum": a laundering verb before the
        figure in its clause, no other figure between, moves what was taken on."""
        clause = self.clause[i]
        return any(
            c.last < i
            and self.clause[c.first] == clause
            and not any(u.quantity is not None for u in self.units[c.last + 1 : i])
            for c in self.by_role.get("launder", ())
        )

    def _moved_onward(self, i: int) -> bool:
        """ "3,100 ETH was deposited into Tornado Cash", "2,600 ETH was bridged to
        Arbitrum": a figure that a laundering route follows in its segment (no other
        figure and no "before"/"then" between (_step_between), but for figures
        coordinated with it: "388 ETH and 224 ETH were sent to OKX and Bybit"), in a clause
        with no theft word of its own (the thief's name aside), was moved on, not taken."""
        clause = self.clause[i]
        end = self._coordinated_end(self.group_end.get(i, i))
        routes = [c.first for c in self.by_role.get("launder", ())] + self._venues_reached(i)
        routes += [c.first for c in self.by_role.get("to", ()) if self._fresh_wallet_after(c.last)]
        if not any(
            k > end
            and self.clause[k] == clause
            and not any(self._step_between(j, k) for j in range(end + 1, k))
            for k in routes
        ):
            return False
        return not any(
            c.group.kind == "hack"
            and self.clause[c.first] == clause
            and _thief_word(self.units[c.first].lower) not in _THIEVES  # "the attacker's"
            and not self._names_the_loot(c)
            and not self._told_with_its_figure(c, i)
            for c in self.type_cues
        )

    def _fresh_wallet_after(self, k: int) -> bool:
        """ "to a new address", "to another freshly created wallet": one fresh wallet
        follows unit ``k``, a laundering route as fresh addresses are ("It then sent 2,860
        ETH, nearly its entire balance, to a new address")."""
        units = self.units
        if k + 1 >= len(units) or units[k + 1].lower not in ("a", "another"):
            return False
        n = k + 2
        while n < len(units) and n <= k + 4 and units[n].lower in _FRESH_WORDS:
            n += 1
        return n > k + 2 and n < len(units) and units[n].lower in ("address", "wallet")

    def _told_with_its_figure(self, cue: Cue, i: int) -> bool:
        """Theft word ``cue`` took a figure of its own before figure ``i`` ("Thieves
        siphoned $7.2 million from Calder Vault, then deposited 1,150 ETH on OKX")."""
        return cue.last < i and any(u.quantity is not None for u in self.units[cue.last + 1 : i])

    def _names_the_loot(self, cue: Cue) -> bool:
        """A theft word that says where the coins came from ("2,000 ETH of the stolen
        funds", "traced 3,100 ETH from the Corvel theft", "held them since the breach"):
        the clause moves loot on, it states no theft."""
        before = {u.lower for u in self.units[max(0, cue.first - 3) : cue.first]}
        return not _LOOT_ORIGIN_WORDS.isdisjoint(before)

    def _step_between(self, j: int, route: int) -> bool:
        """Unit ``j`` parts a figure from the route at ``route`` after it: another figure
        (but the count of the route's addresses: "split 5,000 ETH across four fresh
        addresses"), or "before"/"then" (but "then" after an auxiliary: "5,600 ETH was
        then sent to Tornado Cash")."""
        unit = self.units[j]
        if unit.quantity is not None:
            return not (unit.quantity.kind is _COUNT and j == route - 1)
        return unit.lower in _LATER_STEP and self.units[j - 1].lower not in _AUXILIARIES

    def _coordinated_end(self, end: int) -> int:
        """The last unit of the figures coordinated after the one ending at ``end``
        ("388 ETH and 224 ETH", "1,200 ETH, 900 ETH and 310 ETH")."""
        units = self.units
        while (
            end + 2 < len(units)
            and units[end + 1].lower in _COORDINATORS
            and units[end + 2].quantity is not None
        ):
            end = self.group_end.get(end + 2, end + 2)
        return end

    def _routed_on(self, i: int) -> bool:
        """A laundering route follows figure ``i`` in its segment ("fed 2,400 ETH into
        Tornado Cash", not "drain $9.3M from a protocol, funds routed through a mixer") and
        moves it on (see _moved_onward)."""
        segment = self.segment[i]
        return any(
            c.first > i and self.segment[c.first] == segment
            for c in self.by_role.get("launder", ())
        ) and self._moved_onward(i)

    def _venues_reached(self, i: int) -> list[int]:
        """ "410 ETH was deposited to an account at Binance", "went to a deposit address
        on FTX", "landed in an OKX deposit address", "reached a KuCoin deposit address": in
        an article about a theft, the exchanges after figure ``i`` that a word of direction
        (within three words) makes a destination; funds sent there were moved on, not
        taken."""
        found: list[int] = []
        if not (self.c.hack_topic or self._theft_told_before(i)):
            return found
        for k, mention in self.mentioned:
            if k <= i + 1 or mention.type is not EntityType.VENUE:
                continue
            before = [u.lower for u in self.units[max(i + 1, k - 3) : k]]
            after = {u.lower for u in self.units[k + 1 : k + 3]}
            held = before[-1] in ("at", "on") and (
                self.units[k - 2].lower in _ACCOUNT_WORDS or self._deposited_before(i)
            )  # "deposited 480 ETH at Binance"
            # "in an OKX wallet", "reached a KuCoin deposit address"
            own = not _ARRIVING.isdisjoint(before) and not after.isdisjoint(_ACCOUNT_WORDS)
            if held or own or not _TOWARD_WORDS.isdisjoint(before):
                found.append(k)
        return found

    def _theft_told_before(self, i: int) -> bool:
        """A theft word before figure ``i`` in its sentence, before a figure of its own
        ("Hackers drained $5 million from Ravel Finance, then deposited 900 ETH on
        Kraken"): the theft is told, and what comes after it moves the loot on."""
        return any(
            (c.group.kind == "hack" or c.group.value == "hack") and self._told_with_its_figure(c, i)
            for c in self.type_cues
        )

    def _deposited_before(self, i: int) -> bool:
        """A deposit verb stands before figure ``i`` in its clause ("The exploiter deposited
        480 ETH at Binance")."""
        clause = self.clause[i]
        return any(
            self.units[j].lower in _DEPOSIT_VERBS and self.clause[j] == clause for j in range(i)
        )

    def _theft_in_view(self) -> bool:
        """ "... was exploited on Sunday. Total losses came to $8.3 million": a loss with no
        long or short positions in its sentence is a theft's when the sentence names one
        or the topic is one."""
        if self._positions_named():
            return False
        return self.c.topic is _HACK or any(c.group.kind == "hack" for c in self.type_cues)

    def _positions_named(self) -> bool:
        """The sentence names long or short positions: what they lose is liquidated."""
        return any(c.group.value in ("long", "short") for c in self.by_role.get("side", ()))

    def _hack_in_clause(self, i: int) -> bool:
        """ "lost $1.2 million in an exploit": a flow or loss in a clause about a theft. A
        theft that only says whose wallet it is ("500 BTC left a wallet tied to the 2016
        Bitfinex hack") is no theft of the clause: the coins move on."""
        clause = self.clause[i]
        return any(
            c.group.kind == "hack" and self.clause[c.first] == clause and not self._ties(c)
            for c in self.type_cues
        )

    def _tied_theft_after(self, k: int) -> bool:
        """A theft that a wallet is tied to follows unit ``k`` closely: after the "to" of
        "a wallet tied to the Bitfinex hack" (no end of the transfer: an address "tied to
        MEXC" is the exchange's), or after the victim's name ("Bitfinex")."""
        return any(
            c.group.kind == "hack" and k < c.first <= k + TIE_REACH and self._ties(c)
            for c in self.type_cues
        )

    def _ties(self, cue: Cue) -> bool:
        """A word that ties a wallet to what follows stands shortly before ``cue``
        ("a wallet linked to the Bitfinex hack", "addresses associated with the exploit")."""
        return not _TYING_WORDS.isdisjoint(
            u.lower for u in self.units[max(0, cue.first - TIE_REACH) : cue.first]
        )

    def _names(self, entity_type: EntityType) -> bool:
        return any(m.type is entity_type for _, m in self.mentioned)

    def _topic(self, i: int, q: Quantity) -> tuple[EventType, str | None] | None:
        """A figure no cue governs continues the topic of the sentences before it, when
        its segment names a side, a total or an entity, or its line is short ("Bitmex
        logged $63M in longs", "OKX: 0.004%")."""
        signed = self._signed_percent(i, q)
        if signed is not None:
            return signed
        last = self.last_frame
        if (
            q.kind is _MONEY
            and last is not None
            and last.type is _PRICE_MOVE
            and last.index == i - 2
            and self.role_at.get(i - 1) == "to"
            and self._signed_percent(last.index, last.figure) is not None
        ):
            return _PRICE_LEVEL, None  # a movers list: "SUI: +12.4% to $1.84"
        # the sentence's own metric before the carried topic: "Funding turned negative,
        # with the OI-weighted bitcoin rate at -0.0041%" after an open-interest sentence
        topic = self._metric_named_before(i) or self.c.topic
        if topic is None and self.last_frame is not None and self.last_frame.type not in _METRICS:
            topic = self.last_frame.type  # "..., in which the long orders accounted for $X"
        if topic is None and self._holds_the_metric_stated(i, q):
            topic = _OPEN_INTEREST  # "..., ahead of Binance, which holds about $14.9 billion"
        last = self.last_frame
        direction = self.c.topic_direction
        if last is not None and self._refers_to_whole(i, last.type):
            # "lost $1.92 billion to hacks ..., with centralized exchanges accounting for
            # $1.31 billion of that": a part of the sentence's own total, of its type
            topic, direction = last.type, last.direction
        if (
            q.kind is _PERCENT
            and (topic is None or q.kind not in _CARRIED.get(topic, frozenset()))
            and last is not None
            and last.type in _PERCENT_READINGS
            and last.figure.kind is _PERCENT
        ):
            # "Funding on Binance's perpetual flipped negative at -0.0058%, while Bybit and
            # OKX printed -0.0081% and -0.0037%, respectively": the sentence's own reading,
            # whose change says nothing of theirs
            topic, direction = last.type, None
        if topic is None or q.kind not in _CARRIED.get(topic, frozenset()):
            return None
        clause = self.clause[i]
        if topic in _METRICS and topic is self.c.topic and direction is self.c.topic_direction:
            # the clause's own change says which way, not the sentence before: "On
            # Hyperliquid, BTC positions slipped to $2.9 billion from $3.4 billion"
            direction = self._clause_change(i, q) or (
                None if self._quoted_in_clause(i) else direction
            )
        if topic in _METRICS and q.kind is _MONEY and self._quote_sized(q):
            # no open interest is a price-sized sum: "short liquidity stacked just above
            # $3,150", "$95,000 is the line for BTC" after an open-interest sentence
            return (_PRICE_LEVEL, None) if self._carried_price(i) else None
        if any(
            c.group.kind == "other"
            and c.group.noun
            and c.first < i
            and self.clause[c.first] == clause
            for c in self.type_cues
        ):
            return None  # a market cap or a volume is the clause's subject (not an aside's)
        roles = ("side", "largest", "anaphor") if topic in _METRICS else ("side", "largest")
        naming: tuple[str, ...] = ("side",)
        if topic in _FLOWS and any(c.group.kind == "flow" for c in self.type_cues):
            # "the US led outflows at $1.79B, followed by Switzerland and Canada with $41M and
            # $26M": a region names whose flow it is, when the sentence names the flow
            roles = (*roles, "region")
            naming = ("side", "region")
        segment = self.segment[i]
        clauses = (clause, self._antecedent_clause(i))
        near = [
            k
            for k in range(len(self.units))
            if self.segment[k] == segment
            or abs(k - i) <= 3
            or (
                k < i
                and self.clause[k] in clauses
                and (self.role_at.get(k) in naming or _names_market_entity(self.mention_at[k]))
            )
        ]
        whole = {
            k
            for c in self.by_role.get("part", ())
            if self._points_back(c, topic)
            for k in range(c.first, c.last + 1)
        }
        # an asset beside a price-sized sum names the asset's price, not the topic's figure
        # ("the BTC exchanges around 101 200 dollars" after a liquidation story; "ETH is
        # showing 4,215,000 won on Bithumb, falling 3.2%")
        priced = (
            q.kind is _MONEY
            and topic not in _PRICES
            and self._price(q)
            and i > 0
            and (self.units[i - 1].lower in _QUOTING_WORDS or self._priced_beside(i))
        )
        evidence = any(
            self.role_at.get(k) in roles
            or k in whole
            or (
                _names_market_entity(mention := self.mention_at[k])
                and not (priced and mention is not None and mention.type in _QUOTED_BY)
            )
            or (topic in _METRICS and k in self.level_starts)
            for k in near
        )
        if topic in (_HACK, _TRANSFER) and self._moved_onward(i):
            # "A further 2,300 BTC was routed through a mixer", also after a transfer
            # ("... bridges 9,160 ETH to mainnet. 4,100 ETH is pushed through Tornado Cash")
            return _TRANSFER, None
        if not evidence and priced and self._list_line():
            # "- BTC: steady near $95,150" in a list after a fund story: the asset's price
            quoted = any(
                m.type in _QUOTED_BY and self.clause[k] == clause for k, m in self.mentioned
            )
            return (_PRICE_LEVEL, None) if quoted else None
        if not (evidence or self._list_line()):
            return None
        if "region" in roles:  # the sentence's own flow word, not the topic's, says which way
            flows = [c for c in self.type_cues if c.group.kind == "flow" and c.first < i]
            if flows and flows[-1].group.direction is not None:
                return topic, flows[-1].group.direction
        if topic in _FLOWS and last is not None and last.type is topic and last.direction:
            # "Stablecoin netflows to exchanges reached $2.73 billion, led by USDT ($1.92
            # billion)": the sentence's own flow says which way, not the topic before it
            return topic, last.direction
        return topic, direction

    def _quoted_in_clause(self, i: int) -> bool:
        """A reading verb opens figure ``i``'s clause ("Ether's stood at $9.8 billion", "was
        little changed at", "hovered at"): the clause says where the metric is, not which
        way the sentence before moved it."""
        clause = self.clause[i]
        return any(
            c.group.name == "quote" and c.last < i and self.clause[c.first] == clause
            for c in self.type_cues
        )

    def _clause_change(self, i: int, q: Quantity) -> str | None:
        """The direction figure ``i``'s clause states of a metric the topic carries: that of
        its change words when they agree ("was the only one to shrink, down 4.1% on the
        week"), else of a start after "from" ("slipped to $2.9 billion from $3.4
        billion"); None when it states none."""
        clause = self.clause[i]
        units = self.units
        said = {
            c.group.direction
            for c in self.type_cues
            if c.group.kind == "move"
            and c.group.direction
            and self.clause[c.first] == clause
            and (
                # right before it, no other figure between ("rose 34% to $3.92 billion, and
                # it now sits near the record $4.1 billion" gives the record no direction)
                (c.last < i and not any(c.last < k < i for k in self.r.figures()))
                or (  # "down 4.1% on the week" after it, not "before dropping back to 0.04%"
                    c.last + 1 < len(units)
                    and (change := units[c.last + 1].quantity) is not None
                    and change.kind is _PERCENT
                )
            )
        }
        if len(said) == 1:
            return said.pop()
        if said:
            return None
        for k in self.r.figures():
            start = self.units[k].quantity
            if k > i and self.clause[k] == clause and self._after_role(k, "from"):
                return _direction_between(start, q)
        return None

    def _quote_sized(self, q: Quantity, *, ranged: bool = False) -> bool:
        """A sum of money below :data:`QUOTE_MAX` at its currency's scale (``ranged``: a
        range's top end too)."""
        scale = vocabulary().per_dollar.get(q.unit or "", 1)
        value = q.high if ranged and q.value is None else q.value
        return value is not None and value < QUOTE_MAX * scale

    def _carried_price(self, i: int) -> bool:
        """Figure ``i`` follows a position or quoting word ("just above $3,150"), or an
        asset named after it in its clause, with no side in its segment, says whose price
        it is ("$95,000 is the line for BTC"): a price."""
        for k in range(i - 1, max(-1, i - 4), -1):  # "just above", "at around"
            lower = self.units[k].lower
            if lower in _POSITION_WORDS or lower in _QUOTING_WORDS:
                return True
            if self.role_at.get(k) != "approx" and lower not in ("just", "right"):
                break
        clause, segment = self.clause[i], self.segment[i]
        if any(self.segment[c.first] == segment for c in self.by_role.get("side", ())):
            return False
        return any(
            k > i and m.type in _ASSETS and self.clause[k] == clause for k, m in self.mentioned
        )

    def _priced_beside(self, i: int) -> bool:
        """A price change or level word stands in figure ``i``'s clause or right after it
        ("is showing 4,215,000 won on Bithumb, falling 3.2%")."""
        clause, end = self.clause[i], self.group_end.get(i, i)
        return any(
            c.group.kind in ("move", "level")
            and (self.clause[c.first] == clause or end < c.first <= end + _BESIDE)
            for c in self.type_cues
        )

    def _antecedent_clause(self, i: int) -> int:
        """The clause a relative clause holding unit ``i`` is said of ("Switzerland and
        Germany, which saw $96m and $48m"), or ``i``'s own clause."""
        j = self._clause_opening(i)
        if j >= 2 and self.units[j].lower in RELATIVE_WORDS and self.units[j - 1].lower == ",":
            return self.clause[j - 2]
        return self.clause[i]

    def _clause_opening(self, i: int) -> int:
        """The first unit of the run of units in ``i``'s clause that holds ``i`` (the
        clause word that opened it, "and", "which" …, or the sentence's first unit)."""
        clause = self.clause
        j = i
        while j > 0 and clause[j - 1] == clause[i]:
            j -= 1
        return j

    def _list_line(self) -> bool:
        """A line of a list under a heading: "OKX: 0.004%", "• Gate 0.005%"."""
        if len(self.units) > LIST_LINE_UNITS:
            return False
        return len(self.units) <= 4 or any(u.lower in (":", "\u2022", "-") for u in self.units[:4])

    def _signed_percent(self, i: int, q: Quantity) -> tuple[EventType, str | None] | None:
        """A signed percent right after an asset or alone on its line, as price widgets
        print it ("SOL -2.1%", "ETH + 0.8%"): the asset's price move."""
        if q.kind is not _PERCENT or q.value is None:
            return None
        before = self.units[i - 1] if i > 0 else None
        plus = before is not None and before.lower == "+"
        if plus:
            before = self.units[i - 2] if i > 1 else None
        if not (plus or q.text[:1] in "+-\u2212"):
            return None
        if before is not None and before.lower == ":" and i > 1 and not plus:
            if self.c.topic not in (None, _PRICE_MOVE, _PRICE_LEVEL):
                return None  # "Funding rates" / "- BTC: +0.012%": the topic's reading
            before = self.units[i - 2]  # a movers list: "XMR: +21.7%"
        if before is not None and before.lower == "(" and i > 1 and self._closed_after(i):
            before = self.units[i - 2 if not plus else i - 3]  # "Avalanche (+6.2%) and ..."
        mention = None if before is None else before.mention
        after_asset = mention is not None and mention.type is EntityType.ASSET
        if not (after_asset or len(self.units) <= 2 or self._after_a_quoted_price(i)):
            return None
        return _PRICE_MOVE, "down" if q.value < 0 else "up"

    def _closed_after(self, i: int) -> bool:
        """A closing bracket follows figure ``i`` (its group)."""
        k = self.group_end.get(i, i) + 1
        return k < len(self.units) and self.units[k].lower == ")"

    def _after_a_quoted_price(self, i: int) -> bool:
        """ "- ETH: $3,620 close, -10.3%", "weekly close at $68,310 (-4.1% w/w)": the figure
        just before signed percent ``i`` is an asset's price, so the percent is its move."""
        for k in range(i - 1, max(-1, i - 1 - SIGNED_REACH), -1):
            q = self.units[k].quantity
            if q is not None:
                return (
                    q.kind is _MONEY
                    and self._price(q)
                    and any(m.type is EntityType.ASSET for j, m in self.mentioned if j < k)
                )
        return False

    def _price(self, q: Quantity) -> bool:
        if q.kind is not _MONEY:
            return True
        value = q.value if q.value is not None else q.high
        scale = vocabulary().per_dollar.get(q.unit or "", 1)  # "160 million won" is a price
        return value is not None and value < (MAX_PRICE if scale == 1 else MAX_PRICE * scale)

    def _hedged(self, i: int) -> bool:
        return bool(self._clause_hedges(i))

    def _clause_hedges(self, i: int) -> list[Cue]:
        """The hedges of the clause of figure ``i`` that hedge it (not those that comment
        on it after the fact)."""
        # most sentences hedge nothing: then no comprehension, which on Python 3.11 costs
        # about 2k instructions to set up, more than the test itself
        hedges = self.by_role.get("hedge")
        if self.forecasts:  # "a forecast of $4 billion in ETF inflows" states no flow
            hedges = [*(hedges or ()), *self.forecasts]
        if hedges is None:
            return []
        clause = self.clause[i]
        return [
            c for c in hedges if self.clause[c.first] == clause and not self._comments_after(c, i)
        ]

    def _foreseen(self, i: int) -> bool:
        """ "Standard Chartered sees bitcoin reaching $150,000 by year-end", "analysts see
        ether at $5,000": what someone sees an asset doing or at (present tense: "Monday
        saw bitcoin falling to $52,000" happened) is a forecast of figure ``i``."""
        units = self.units
        clause = self.clause[i]
        for j in range(max(0, i - _FORESEEN_REACH), i - 2):
            if units[j].lower not in ("sees", "see") or self.clause[j] != clause:
                continue
            mention = self.mention_at[j + 1]
            if mention is None or mention.type not in _ASSETS or self._possessive(j + 1):
                continue
            after = units[j + 2].lower
            if after in ("at", "to") or (after.endswith("ing") and (j + 2) in self.verb_ends):
                return True
        return False

    def _stated_though_hedged(self, event_type: EventType, i: int) -> bool:
        """Levels a forecast names are stated (_STATED_WHEN_HEDGED), and so is a theft that
        only an estimate hedges: its size is always an estimate ("losses estimated at $3.2
        million")."""
        if event_type in _STATED_WHEN_HEDGED:
            return True
        return (
            event_type is _HACK
            and not self._asked(i)
            and all(c.group.value == "estimate" for c in self._clause_hedges(i))
        )

    def _comments_after(self, hedge: Cue, i: int) -> bool:
        """ "14,820 BTC moved onto exchanges, a potential sign of profit-taking": a hedge
        in an appositive after the figure comments on the fact; it does not hedge it. So
        does a hedged purpose after a comma ("deposited 6,000 ETH to Kraken, likely to
        sell") and a post's aside after an emoji or an ellipsis ("... into Binance this
        morning \U0001f440 could be nothing")."""
        k = hedge.first
        if k > i + 1 and (
            self._hedged_purpose(k) or any(self._post_break(j) for j in range(i + 1, k))
        ):
            return True
        return (
            k > i + 1
            and self.segment[k] != self.segment[i]
            and (
                (self.units[k - 1].lower in ("a", "an") and self.units[k - 2].lower == ",")
                # "up 58% since January, buoyed by hopes that regulators will approve ...":
                # the hedge is said in a clause of a noun after the fact
                or any(
                    u.lower == "that" and self.units[j - 1].lower in _REASON_NOUNS
                    for j, u in enumerate(self.units[max(i + 2, k - 6) : k], max(i + 2, k - 6))
                )
                or self._in_appositive_clause(i, k)
                or self._attributes(k)
            )
        )

    def _hedged_purpose(self, k: int) -> bool:
        """ ", likely to sell", ", probably to take profit": hedge ``k`` between a comma
        and the "to" of a purpose guesses why the fact before it happened."""
        units = self.units
        return (
            units[k - 1].lower == ","
            and k + 1 < len(units)
            and units[k + 1].lower == "to"
            and units[k].lower in _PURPOSE_HEDGES
        )

    def _post_break(self, k: int) -> bool:
        """Unit ``k`` ends what a post states before its aside or question: an emoji
        (:data:`EMOJI_MARKS`) or the last dot of an ellipsis ("to Binance... sell
        pressure incoming?")."""
        units = self.units
        word = units[k].lower
        return (
            word in EMOJI_MARKS
            or word == "\u2026"
            or (word == "." and k >= 2 and units[k - 1].lower == "." and units[k - 2].lower == ".")
        )

    def _in_appositive_clause(self, i: int, k: int) -> bool:
        """ "$1.9 billion on the week, a build-up of dry powder that could be deployed into
        BTC": a hedge in the relative clause of a noun set after the fact comments on it."""
        units = self.units
        start = max(i + 2, k - APPOSITIVE_REACH)
        relative = next(
            (j for j in range(k - 1, start - 1, -1) if units[j].lower in ("that", "which")), None
        )
        return relative is not None and any(
            units[j].lower in ("a", "an") and units[j - 1].lower == ","
            for j in range(start, relative)
        )

    def _attributes(self, k: int) -> bool:
        """ "Stablecoin inflows to exchanges reached $3.2bn for the week, CryptoQuant
        estimates.": a source's "estimates" that ends the sentence attributes the figure,
        as "according to" does; it hedges nothing."""
        units = self.units
        return (
            units[k].lower == "estimates"
            and units[k - 1].mention is not None
            and (k + 1 == len(units) or units[k + 1].lower in (".", "!"))
        )

    # ---- step 4: roles -----------------------------------------------------------------

    def _attach(self, frame: Frame) -> None:
        """Fill a frame's roles: side, window, venue, fund, asset, scope, level kind, ends."""
        i = frame.index
        if frame.type is _LIQUIDATION:
            self._side(frame)
        one_move = frame.type is _TRANSFER and self._one_move(i)
        frame.window = None if one_move else self._window(i)  # one move has no period
        frame.dated = "dated" in self.by_role
        venue = self._mention(i, _VENUES, frame.type)
        if venue is not None and self._one_of_a_list(venue):
            venue = None  # "$260 million ... liquidated on BitMEX, Binance and OKX"
        if venue is not None and frame.type in (_TRANSFER, _HACK) and self._swap_place(venue):
            venue = None  # "swapped the stablecoins for ETH on Uniswap and bridged 1,865 ETH"
        if venue is not None and frame.type is _TRANSFER and self._past_the_route(venue, i):
            venue = None  # "pushed 5,400 ETH through the mixer and sent 1,270 ETH to KuCoin"
        across = self._across_venues(i)
        if across:
            venue = None  # "funding across major venues averaged 0.0043%": no one venue's
        if venue is None and frame.type is _LIQUIDATION:
            venue = self._liquidated_in_clause(i, _VENUES)
        if venue is None and frame.type in _DOC_VENUE_TYPES and not across:
            venue = self.c.doc_venue
        fund = self._mention(i, _FUNDS_ONLY, frame.type)
        for mention in (venue, fund):
            if mention is not None:
                self._set_entity(frame, mention)
        if venue is None and frame.type in _DOC_VENUE_TYPES and not across:
            frame.venue = self._contract_venue(i, frame.type)
        frame.asset = self._asset(frame)
        if frame.type is _ETF_FLOW:
            self._issuers_fund(frame)
        if frame.type is _ETF_FLOW and frame.asset is None and self._region_leads_clause(i):
            frame.scope = "region"  # a country's flows: no other flow of the same sum
        if frame.type in _METRICS:
            metric = _METRIC
            frame.mentions.extend(m for _, m in self.mentioned if m.type is metric)
        if frame.type is _LIQUIDATION:
            frame.scope = self._scope(frame)
        elif frame.type is _PRICE_LEVEL:
            frame.level = self._level_kind(i, frame.figure)
        elif frame.type is _TRANSFER:
            self._ends(frame)

    def _issuers_fund(self, frame: Frame) -> None:
        """ "Fidelity's Wise Origin fund gathered $118 million", "Bitwise added $40
        million", "the Fidelity fund took in": an issuer heading the flow's clause (a
        possessive, the subject of the flow verb, or before a fund noun; or the clause
        before, when "its" opens the figure's) names its one fund on the flow's asset,
        and a fund of another issuer named elsewhere in the sentence is not the figure's
        (none when the issuer runs two, as Grayscale does on bitcoin)."""
        i, registry = frame.index, self.c.registry
        clause, segment = self.clause[i], self.segment[i]
        if any(k > i and self.segment[k] == segment and m.type is _FUND for k, m in self.mentioned):
            return  # "partly offset by $14.5 million that went into Fidelity's FETH"
        clauses = {clause, self._owner_clause(i)}
        k, issuer = next(
            (
                (k, m)
                for k, m in reversed(self.mentioned)
                if k < i and self.clause[k] in clauses and m.type in (_ORG, _FUND)
            ),
            (-1, None),
        )
        if issuer is None or issuer.type is _FUND or frame.asset is None:
            return
        named = k + 1 < len(self.units) and self.units[k + 1].lower in _ISSUED_NOUNS
        if not (named or self._possessive(k) or any(c.first == k + 1 for c in self.type_cues)):
            return
        funds = registry.issued(issuer.id, frame.asset)
        if not funds or (frame.fund is not None and registry.get(frame.fund).issuer == issuer.id):
            return
        frame.fund = funds[0].id if len(funds) == 1 else None
        # the entities the event names: the issuer, not the other issuer's fund it lost
        frame.mentions = [m for m in frame.mentions if m.type is not _FUND] + [issuer]

    def _owner_clause(self, i: int) -> int:
        """The clause before figure ``i``'s when "its" opens the figure's clause ("The
        BlackRock trust now holds 430,000 BTC, and its net intake has passed $27
        billion": the trust's), else the figure's own."""
        j = self._clause_opening(i)
        while j < i and self.units[j].lower in (",", "and"):
            j += 1
        if j < i and self.units[j].lower == "its" and j > 0:
            k = j - 1
            while k > 0 and self.units[k].lower in (",", "and"):
                k -= 1
            return self.clause[k]
        return self.clause[i]

    def _across_venues(self, i: int) -> bool:
        """Figure ``i``'s clause says it is an aggregate over venues ("averaged 0.0043%
        across major venues", "across exchanges")."""
        clause, segment = self.clause[i], self.segment[i]
        units = self.units
        across = [
            k
            for k in range(len(units))
            if units[k].lower == "across"
            and self.clause[k] == clause
            and any(u.lower in _VENUE_PLURALS for u in units[k + 1 : k + 4])
        ]
        if not across or any(self.segment[k] == segment for k in across):
            return bool(across)
        # "Net outflows across all exchanges hit 24,600 BTC, with Coinbase alone seeing
        # 14,650 BTC leave": a venue of the figure's own segment names its part
        return not any(
            m.type is EntityType.VENUE and self.segment[k] == segment for k, m in self.mentioned
        )

    def _asset(self, frame: Frame) -> str | None:
        """The asset of a frame: a crypto figure's unit, else the asset (or pair, or an
        org that names its token) the figure is about, else its fund's underlying, else
        the discourse's (not for liquidations, whose totals are market-wide)."""
        q = frame.figure
        if frame.type is _DOMINANCE and (self._market_index() or self._group_share(frame.index)):
            return None
        if frame.type is _PRICE_MOVE and frame.index in self.market_moves:
            return None
        strip = self.strip_assets.get(frame.index)
        if strip is not None:
            frame.mentions.append(strip)
            return self._asset_of(strip)
        quoted = frame.type in _PRICES  # a price's crypto unit is what it is quoted in
        if q.kind is _CRYPTO and q.unit and f"asset:{q.unit}" in self.c.registry and not quoted:
            return f"asset:{q.unit}"
        if frame.type is _DOMINANCE and self._group_gauge(frame.index, before_only=True):
            return None  # "The gauge of coins outside the top ten (OTHERS.D) rose to 7.1%"
        if q.kind is _CRYPTO and q.unit and not quoted:
            renamed = self.c.registry.asset(q.unit)
            if renamed is not None and q.unit in renamed.former_tickers:
                return renamed.id  # "deposited 5,000 $MKR to Binance": the asset now SKY
        mention = self._mention(frame.index, _ASSETS_AND_ORGS, frame.type)
        if mention is not None and frame.type in _METRICS and self._in_a_condition(frame, mention):
            mention = None
        if (
            mention is not None
            and frame.type is _LIQUIDATION
            and "respectively" not in self.by_role
            and (self._one_of_a_list(mention) or self._listed_with_a_group(mention))
        ):
            return None  # "$86 million of shorts, mostly in BTC and ETH": no one asset's
        if mention is not None and not self._asset_of_another_clause(frame, mention):
            asset = self._asset_of(mention)
            if frame.type in _PRICES and mention.span.start < self.r.sentence.start:
                # an anaphor's subject ("If it comes in hot, I'd watch $93,500")
                scaled = self._price_of_its_scale(asset, q)
                if scaled != asset:
                    return scaled
            frame.mentions.append(mention)
            return asset
        if frame.type is _DOMINANCE and self._group_gauge(frame.index):
            return None  # "OTHERS.D edged up to 7.1%": the coins outside the top ten
        if frame.asset is not None:
            return frame.asset
        if frame.type is _DOMINANCE:
            dot_d = self._dot_d_asset(frame.index)
            if dot_d is not None:
                return dot_d
        if frame.type is _LIQUIDATION:
            named = self._liquidated_in_clause(frame.index, _ASSETS)  # "as his DOGE long was"
            return (
                self._whole_asset(frame.index)
                or (self._asset_of(named) if named is not None else None)
                or self._counterpart_asset(q)
                or self._topic_breakdown_asset()
                or self._derivatives_topic_asset()
            )
        if frame.type is _HACK and q.kind is _MONEY:
            # "drained of $47 million": a sum in dollars names no stolen asset, unless it is
            # restated in coins ("drained of $8.3 million (2,130 ETH)")
            return next(
                (
                    f"asset:{r.unit}"
                    for k in range(frame.index + 1, self.group_end.get(frame.index, 0) + 1)
                    if (r := self.units[k].quantity) is not None
                    and r.kind is _CRYPTO
                    and f"asset:{r.unit}" in self.c.registry
                ),
                None,
            )
        if frame.type is _ETF_FLOW and (
            self._market_in_clause(frame.index) or self._region_leads_clause(frame.index)
        ):
            # "yanked $1.6 billion from digital asset investment products"; "Canada headed
            # the withdrawals with 487 millions": a country's flows are of every asset
            return None
        if frame.type in _PRICES and not self._opens_with_anaphor():
            scaled = self._asset_of_the_last_price(q)
            if scaled is not None:
                return scaled
        if (
            frame.type is _FUNDING_RATE  # an open interest without an asset is often a
            and self.c.topic in _DERIVATIVE_TOPICS  # venue's or the market's total
            and self.c.topic_asset is not None
            and not self._opens_with_anaphor()
            and not self._names_market_or_total()
        ):
            # "BTC open interest slipped 1.7% to $64.8 billion. Funding on major venues
            # averaged 0.008%." in an ether article: the paragraph's derivatives asset
            return self.c.topic_asset
        if frame.type is _ETF_FLOW and self.c.topic is _ETF_FLOW and self.c.topic_asset is None:
            # "Crypto funds saw net redemptions of $61 million. The run has gone on for
            # three weeks, lifting total outflows to $240 million": a flow that names no
            # asset goes on with the market-wide flows before it
            return None
        carried = self._carried_asset(frame.index)
        if frame.type in _PRICES:
            return self._price_of_its_scale(carried, q)
        return carried

    def _price_of_its_scale(self, asset: str | None, q: Quantity) -> str | None:
        """ "Ether slipped to $3,412. ... 'If it comes in hot, I'd watch $93,500'": a
        dollar price that the discourse gives to an asset the text quoted at another scale
        (more than :data:`SCALE_APART` times below or above every price stated of it) is
        not that asset's; it is the one asset quoted at its scale (half its lowest price
        to twice its highest), else no asset's."""
        value = q.value if q.value is not None else q.high
        known = self.c.prices
        if asset is None or not known or q.kind is not _MONEY or q.unit != "USD" or not value:
            return asset
        quoted = next(((low, high) for a, low, high in known if a == asset), None)
        if quoted is None or quoted[0] / SCALE_APART <= value <= quoted[1] * SCALE_APART:
            return asset
        near = [a for a, low, high in known if a != asset and low / 2 <= value <= high * 2]
        return near[0] if len(near) == 1 else None

    def _group_share(self, i: int) -> bool:
        """ "memecoins as a group now command 3.1%", "lifted the memecoin sector to 3.4%
        of total crypto market capitalization", "the combined share of stablecoins slipped
        to 7.9%": a share said of a group of coins, named in the figure's clause before it
        with no asset after the group word, is no one asset's."""
        clause = self.clause[i]
        for k in range(i - 1, -1, -1):
            if self.clause[k] != clause:
                return False
            mention = self.mention_at[k]
            if mention is not None and mention.type in _ASSETS:
                return self._combined_coins(k)
            word = self.units[k].lower
            if word.startswith(_COIN_GROUPS) and (
                word.endswith("s")
                or self.units[k + 1].lower in _GROUP_NOUNS
                # "stablecoin dominance", unless a coin's gauge names it ("(USDC.D)")
                or (self.units[k + 1].lower in _GROUP_METRIC_NOUNS and not self._dot_d_asset(i))
            ):
                return True  # "memecoins", "the memecoin sector"; not "the memecoin's"
        return False

    def _combined_coins(self, last: int) -> bool:
        """ "the combined share of USDC and DAI", "the joint dominance of SOL, XRP and
        ADA", "USDC and DAI together hold 7.6%": a share of several coins named together,
        the list ending at unit ``last``, is no one coin's."""
        units, mention_at = self.units, self.mention_at
        k, coins, joined = last, 0, False
        while k >= 0 and last - k < 12:
            mention = mention_at[k]
            if mention is not None and mention.type in _ASSETS:
                coins += 1
            elif units[k].lower in ("and", "&"):
                joined = True
            elif units[k].lower != ",":
                break
            k -= 1
        if coins < 2 or not joined:
            return False
        after = last + 1
        if after < len(units) and units[after].lower in ("together", "combined"):
            return True
        if k < 1 or units[k].lower != "of" or units[k - 1].lower not in _SHARE_NOUNS:
            return False
        return any(units[j].lower in _COMBINING_WORDS for j in range(max(0, k - 3), k - 1))

    def _asset_of_the_last_price(self, q: Quantity) -> str | None:
        """ "BTC/USD is consolidating between $8,420 and $8,910. A daily close above $9,000
        would open the way toward $9,500" in an article about ether: a price in a sentence
        that names no asset, of the scale of the price the sentence before stated (half to
        twice it), is that price's asset's, not the article's."""
        last = self.c.last_price
        mine = q.value if q.value is not None else q.high
        if last is None or q.kind is not _MONEY or q.unit != "USD" or mine is None:
            return None
        asset, value = last
        if value <= 0 or not value / 2 <= mine <= value * 2:
            return None
        if any(m.type in _ASSETS for _, m in self.mentioned):
            return None
        return asset

    def _in_a_condition(self, frame: Frame, mention: EntityMention) -> bool:
        """ "dominance could slide to 54% if ETH/BTC clears 0.04", "sees the metric falling
        toward 54% if ether reclaims $5,000": an asset named in a condition after a
        metric's figure is the condition's subject, not the metric's."""
        i = frame.index
        k = next((k for k, m in self.mentioned if m is mention), i)
        return k > i and any(
            i < c.first < k
            and self.clause[c.first] == self.clause[k]
            and self.units[c.first].lower in _CONDITION_WORDS
            for c in self.by_role.get("hedge", ())
        )

    def _asset_of_another_clause(self, frame: Frame, mention: EntityMention) -> bool:
        """ "Crypto funds drew $1.9 billion as Ethereum products logged a record", "Ether
        funds shed $9.7 million, while multi-asset products took in $27.7 million": a fund
        flow whose own clause names the market is the market's; an asset named in another
        clause is that clause's subject."""
        i = frame.index
        if frame.type is not _ETF_FLOW or not self._market_in_clause(i):
            return False
        k = next((k for k, m in self.mentioned if m is mention), i)
        if self.clause[k] == self.clause[i]:
            return False
        # an asset of an earlier clause gives way only to the market as the subject of the
        # figure's own clause (not to "... according to a digital asset firm" after it)
        return k > i or any(
            self.clause[c.first] == self.clause[i] and c.first < i
            for c in self.by_role.get("market", ())
        )

    def _region_leads_clause(self, i: int) -> bool:
        """A country or region before figure ``i`` in its clause ("Canada headed the
        withdrawals with 487 millions", "the United States and Germany registered entries
        of ..."): the flow is that region's. A region that only says where funds are listed
        ("U.S. spot ETFs drew ...") is no subject."""
        clause = self.clause[i]
        funds = {c.first for c in self.by_role.get("domain", ()) if c.group.value == "etf"}
        return any(
            c.first < i
            and self.clause[c.first] == clause
            and not any(
                k in funds or self.units[k].lower in _FUND_NOUNS
                for k in range(c.last + 1, min(i, c.last + 1 + _REGION_TO_FUND))
            )
            for c in self.by_role.get("region", ())
        )

    def _market_in_clause(self, i: int) -> bool:
        """A market word ("digital asset", "crypto") in the clause of figure ``i``."""
        clause = self.clause[i]
        return any(self.clause[c.first] == clause for c in self.by_role.get("market", ()))

    def _liquidating_clause(self, i: int) -> int | None:
        """The segment right after figure ``i``'s that opens with "as", "when", "after" or
        "once" and liquidates a position named by its side ("A whale lost $31 million as
        his ETH long was liquidated on Hyperliquid"): it names the side, asset and venue
        of the loss."""
        k = self.group_end.get(i, i) + 1
        units, segment = self.units, self.segment
        while k < len(units) and segment[k] == segment[i] and k - i <= LEVEL_REACH:
            k += 1
        if k >= len(units) or k - i > LEVEL_REACH or units[k].lower not in _CAUSE_WORDS:
            return None
        cause = segment[k]
        liquidates = any(
            c.group.kind == "liquidation" and segment[c.first] == cause for c in self.type_cues
        )
        # a position named by its side ("his ETH long"), not a market's ("as Ether leads
        # liquidations": no one asset's loss)
        position = any(
            segment[c.first] == cause and c.group.value in ("long", "short")
            for c in self.by_role.get("side", ())
        )
        return cause if liquidates and position else None

    def _liquidated_in_clause(self, i: int, types: Sequence[EntityType]) -> EntityMention | None:
        """The first name of ``types`` in the liquidating clause after figure ``i``."""
        cause = self._liquidating_clause(i)
        if cause is None:
            return None
        return next(
            (m for k, m in self.mentioned if self.segment[k] == cause and m.type in types), None
        )

    def _whole_asset(self, i: int) -> str | None:
        """A liquidation's part "of it" is of its whole's asset: the one of the figure before
        it in the sentence, or of the liquidation that set the topic ("Dogecoin
        liquidations hit $150M. Shorts made up $71M of it"). Other liquidation totals are
        market-wide: no asset is carried to them."""
        if not self._is_part(i):
            return None
        if self.last_frame is not None and self.last_frame.type is _LIQUIDATION:
            return self.last_frame.asset
        return self.c.topic_asset if self.c.topic is _LIQUIDATION else None

    def _counterpart_asset(self, q: Quantity) -> str | None:
        """ "$46 million of XRP shorts were liquidated, against just $9.8M of longs": a
        smaller liquidation after another of the sentence that names an asset, in a
        sentence that names no other asset, is of that asset (a larger one is the market's
        total: "... $342 million in liquidations amid a $1 billion crypto sell-off")."""
        last = self.last_frame
        if last is None or last.type is not _LIQUIDATION or last.asset is None:
            return None
        mine, theirs = q.value, last.figure.value
        if mine is None or theirs is None or q.unit != last.figure.unit or mine > theirs:
            return None
        named = {self._asset_of(m) for _, m in self.mentioned if m.type in _ASSETS}
        return last.asset if named == {last.asset} else None

    def _topic_breakdown_asset(self) -> str | None:
        """ "POPCAT liquidations reached $17.6 million ... Binance saw the heaviest losses at
        $6.8 million": a sentence that goes on with one asset's liquidations, naming no
        liquidation, total or market of its own, breaks down that asset's."""
        if self.c.topic is not _LIQUIDATION or self._names_market_or_total():
            return None
        if any(c.group.kind == "liquidation" for c in self.type_cues):
            return None
        return self.c.topic_asset

    def _derivatives_topic_asset(self) -> str | None:
        """ "PEPE open interest jumped 38% ..., and funding climbed to 0.0385%. Shorts caught
        on the wrong side lost $19.4 million": in an article about one token, liquidations
        right after its open interest or funding, in a sentence that names no other asset,
        no market and no total, are that token's. Bitcoin's and ether's stand for the
        market: a total beside their open interest is market-wide."""
        asset = self.c.topic_asset
        if asset is None or asset != self.c.doc_asset or asset in _MARKET_ASSETS:
            return None
        if self.c.topic not in _DERIVATIVE_TOPICS or self._names_market_or_total():
            return None
        named = {self._asset_of(m) for _, m in self.mentioned if m.type in _ASSETS}
        return asset if named <= {asset} else None

    def _names_market_or_total(self) -> bool:
        """The sentence names the market or a total ("across the market", "in total"): its
        liquidations are no topic asset's breakdown."""
        return "market" in self.by_role or any(
            c.group.value == "total" for c in self.by_role.get("side", ())
        )

    def _side(self, frame: Frame) -> None:
        i = frame.index
        sides = self.by_role.get("side", [])
        segment = self.segment[i]
        local = [c for c in sides if self.segment[c.first] == segment]
        pairs = [c for c in local if c.group.value != "total"]
        value: str | None = None
        if self._whole_of_a_part(i):
            # "$309 million of the $426 million liquidated came from short positions": the
            # side words are the part's; the whole has only one that follows it at once
            near = [c.group.value for c in pairs if i < c.first <= i + 2]
            value = near[0] if near else "total"
        elif self._labelled_total(i, local) or (
            len({c.group.value for c in pairs}) > 1 and self._coordinated_sides(pairs)
        ):
            value = "total"
        elif pairs:
            value = min(pairs, key=lambda c: abs(c.first - i)).group.value
        elif self._is_part(i) and self.last_frame is not None and self.last_frame.side:
            # "Traders betting on higher prices, known as longs, accounted for $757 million
            # of the total": the part's own subject names its side, else the whole's; "the
            # bulk of it, $2.9 million, from shorts": a side right after its apposition
            own = self._side_before(i, sides, same_clause=True) or self._side_apposed(i, sides)
            value = own or str(self.last_frame.side)
        elif local and all(c.first > i for c in local):
            # "..., known as longs, accounted for $757 million of the total": the total is
            # the whole this figure is part of; the subject before it names its side
            value = self._side_before(i, sides, same_clause=True) or "total"
        elif local:
            # "Short liquidations remained muted, totaling just $38.4 million": a participle
            # after the comma sums the side its clause's subject names
            own = (
                self._side_before(i, sides, same_clause=True)
                if self._totals_the_subject(local)
                else None
            )
            value = own or "total"
        elif self._elided_after(i) and self.last_frame is not None and self.last_frame.side:
            value = str(self.last_frame.side)
        elif (compared := self._compared_sides(i, sides)) is not None:
            value = compared  # "Long liquidations outpaced shorts, $146M versus $35M"
        else:
            cause = self._liquidating_clause(i)
            value = (
                next((c.group.value for c in sides if self.segment[c.first] == cause), None)
                or self._side_before(i, sides)
                or self._shared_side(i, sides)
                or self._side_of_the_whole(i, frame)
            )
        frame.side = _SIDES.get(value or "", _BOTH)
        largest = [
            c
            for c in self.by_role.get("largest", ())
            if (c.last < i or self._labels_the_line(i))
            and not self._epithet(c)
            and not self._largest_tally(c)
        ]
        frame.scope = "largest_single" if largest else None

    def _largest_tally(self, cue: Cue) -> bool:
        """ "recorded the largest liquidation amount with $341 million", "saw the biggest
        liquidation total": "largest" said of a tally (a venue's sum) is no single order."""
        units = self.units
        k = cue.last + 1
        while k < len(units) and units[k].lower in _LIQUIDATION_NOUNS:
            k += 1
        return k < len(units) and units[k].lower in _TALLY_NOUNS

    def _side_apposed(self, i: int, sides: Sequence[Cue]) -> str | None:
        """ "the bulk of it, $2.9 million, from shorts": a long or short word right after
        "from" or "in" that opens the segment after the figure's apposition."""
        k = self.group_end.get(i, i) + 1
        units = self.units
        if k + 2 >= len(units) or units[k].lower != "," or units[k + 1].lower not in ("from", "in"):
            return None
        found = [c.group.value for c in sides if c.first == k + 2 and c.group.value != "total"]
        return found[0] if found else None

    def _side_of_the_whole(self, i: int, frame: Frame) -> str | None:
        """ "$410 million of bearish wagers were liquidated, with Solana accounting for
        $120 million", "ETH shorts made up $201 million, more than SOL's $96 million": a
        liquidation figure that names no side, stated as a part (a part word in its
        segment) of the largest figure before it in its sentence, or compared with the
        figure right before it ("more than", "against"), is of the side of that larger
        one-sided figure ("..., of which shorts made up $1.24 billion, with Friday alone
        accounting for $640 million" is a part of the whole, of both sides)."""
        if frame.type is not _LIQUIDATION:
            return None
        segment = self.segment[i]
        start = i
        while start > 0 and self.segment[start - 1] == segment:
            start -= 1
        while start < i and self.units[start].lower in _PHRASE_ENDS:
            start += 1
        first = self.units[start].lower
        opening = f"{first} {self.units[start + 1].lower}" if start + 1 < i else first
        last: Frame | None
        if first in _COMPARING_OPENERS or opening in _COMPARING_OPENERS:
            last = self.last_frame
        elif any(self.segment[c.first] == segment for c in self.by_role.get("part", ())):
            stated = [
                f for f in self.earlier if f.type is _LIQUIDATION and f.figure.value is not None
            ]
            last = max(stated, key=lambda f: abs(f.figure.value or Decimal(0)), default=None)
        else:
            return None
        if (
            last is None
            or last.type is not _LIQUIDATION
            or last.side not in (Side.LONG, Side.SHORT)
            or last.quantity is None
            or last.figure.value is None
            or frame.figure.value is None
            or last.figure.unit != frame.figure.unit
            or abs(last.figure.value) <= abs(frame.figure.value)
        ):
            return None
        return str(last.side)

    def _totals_the_subject(self, local: Sequence[Cue]) -> bool:
        """The figure's segment names no side but a participle of "total" that opens it
        after a comma (", totaling just $38.4 million")."""
        units = self.units
        return all(
            units[c.first].lower in _TOTALLING and c.first > 0 and units[c.first - 1].lower == ","
            for c in local
        )

    def _whole_of_a_part(self, i: int) -> bool:
        """Figure ``i`` follows "of [the]" right after another figure ("$309 million of
        the $426 million"): it is the whole the figure before it is part of."""
        k = i - 1
        if k > 0 and self.units[k].lower == "the":
            k -= 1
        return k > 0 and self.units[k].lower == "of" and self.units[k - 1].quantity is not None

    def _labelled_total(self, i: int, local: Sequence[Cue]) -> bool:
        """ "$486.3M in total (longs $301.7M, shorts $184.6M)", "$75M combined.": a total
        word right after the figure, ending its phrase, makes it the total; the side words
        after it are its parts'."""
        k = self.group_end.get(i, i) + 1
        cue = next((c for c in local if c.first == k and c.group.value == "total"), None)
        if cue is None:
            return False
        after = cue.last + 1
        return after >= len(self.units) or self.units[after].lower in _PHRASE_ENDS

    def _side_before(
        self, i: int, sides: Sequence[Cue], *, same_clause: bool = False
    ) -> str | None:
        """The last long or short word between the figure before ``i`` and ``i`` (in
        ``i``'s clause only, with ``same_clause``)."""
        figures = [k for k in self.r.figures() if k < i]
        floor = figures[-1] if figures else -1
        clause = self.clause[i]
        before = [
            c
            for c in sides
            if floor < c.last < i
            and c.group.value != "total"
            and (not same_clause or self.clause[c.first] == clause)
        ]
        return before[-1].group.value if before else None

    def _compared_sides(self, i: int, sides: Sequence[Cue]) -> str | None:
        """ "Long liquidations outpaced shorts by four to one, $146 million versus $35
        million": two figures compared ("versus", "vs", "against") after a long and a
        short word of their clause (and no other side word) take those sides in order."""
        figures = self.r.figures()
        n = figures.index(i) if i in figures else -1
        pair: tuple[int, int] | None = None
        for a, b in ((n - 1, n), (n, n + 1)):
            if a >= 0 and b < len(figures) and self._compared_figures(figures[a], figures[b]):
                pair = (figures[a], figures[b])
        if pair is None:
            return None
        floor = max((f for f in figures if f < pair[0]), default=-1)
        clause = self.clause[pair[0]]
        before = [
            c.group.value
            for c in sides
            if floor < c.last < pair[0]
            and c.group.value in _SIDES
            and self.clause[c.first] == clause
        ]
        if len(before) != 2 or before[0] == before[1]:
            return None
        return before[0] if i == pair[0] else before[1]

    def _compared_figures(self, a: int, b: int) -> bool:
        """Figures ``a`` and ``b`` are set against each other: only "versus", "vs" or
        "against" (and approximations) stand between them."""
        between = range(self.group_end.get(a, a) + 1, b)
        return any(self.units[k].lower in _VERSUS for k in between) and all(
            self.units[k].lower in _VERSUS or self.role_at.get(k) == "approx" for k in between
        )

    def _labels_the_line(self, i: int) -> bool:
        """Figure ``i`` opens a list line before a colon ("\u2022 $12.3M: the largest single
        liquidation, ..."): the rest of the line describes it."""
        k = self.group_end.get(i, i) + 1
        return k < len(self.units) and figure_labels_a_line(self.units, k)

    def _shared_side(self, i: int, sides: Sequence[Cue]) -> str | None:
        """ "$52 million and $31 million in long liquidations": the one side word after
        the last of coordinated figures is each figure's side."""
        k = self.group_end.get(i, i) + 1
        while k < len(self.units) and (
            self.units[k].lower in ("and", ",") or self.role_at.get(k) == "approx"
        ):
            k += 1
        following = self.units[k].quantity if k < len(self.units) else None
        if k == self.group_end.get(i, i) + 1 or following is None:
            return None
        own = self.units[i].quantity
        if own is not None and following.kind is not own.kind:
            return None  # "$192 million, 81% of which were longs": a share, not a sibling
        found = {c.group.value for c in sides if self.segment[c.first] == self.segment[k]}
        return found.pop() if len(found) == 1 and "total" not in found else None

    def _epithet(self, cue: Cue) -> bool:
        """ "Binance, the world's largest exchange, ...", "the biggest crypto exchange": a
        superlative before a noun for an entity describes who, not the largest order."""
        following = [u.lower for u in self.units[cue.last + 1 : cue.last + 3]]
        if following[:1] == ["crypto"] or following[:1] == ["derivatives"]:
            following = following[1:]
        return bool(following) and following[0] in _RANKED_NOUNS

    def _scope(self, frame: Frame) -> str:
        """A liquidation's scope: the largest single order, a venue's part, an asset's
        part of a total stated before it, or a total (of the market or of one asset)."""
        if frame.scope is not None:
            return frame.scope
        if frame.venue is not None:
            return "venue"
        last = self.last_frame
        part = (
            self._is_part(frame.index)
            or any(
                self.segment[c.first] == self.segment[frame.index]
                for c in self.by_role.get("part", ())
            )
            or (last is not None and last.type is frame.type and last.asset is None)
        )
        return "asset" if frame.asset is not None and part else "total"

    def _elided_after(self, i: int) -> bool:
        """ "Short liquidations totaled $210M on Bybit and $120M on OKX": a figure joined to
        the one before it with nothing but "and", commas and a venue or asset repeats
        its roles."""
        last = self.last_frame
        if last is None or self.clause[last.index] != self.clause[i]:
            return False
        for unit in self.units[self.group_end.get(last.index, last.index) + 1 : i]:
            if unit.mention is None and unit.lower not in _ELIDED_GLUE:
                return False
        return True

    def _is_part(self, i: int) -> bool:
        """ "$182 million of it", "$DOGE alone $19.6M": the figure is a part of the one
        before it."""
        parts = self.by_role.get("part")
        if parts is None:
            return False  # most sentences: no generator to build (see _hedged)
        end = self.group_end.get(i, i)
        return any(
            (
                end < c.first <= end + 2
                and self.units[c.first].lower == "of"
                and self.units[c.last].lower != "which"
            )
            or (c.group.value == "whole" and c.last < i <= c.last + 2)
            for c in parts
        )

    def _after_a_part_word(self, i: int) -> bool:
        """ "making up $711 million of the total", "accounting for $97 million": the figure
        right after a part word is a part of the total before it, whose cue it takes."""
        return any(
            c.last == i - 1 and c.group.value not in ("whole", "rest")
            for c in self.by_role.get("part", ())
        )

    def _coordinated_sides(self, pairs: list[Cue]) -> bool:
        """ "short and long positions": both sides named together, so the figure is both."""
        pairs = sorted(pairs, key=lambda c: c.first)
        return any(
            b.first - a.last == 2 and self.units[a.last + 1].lower in ("and", "&", "or")
            for a, b in itertools.pairwise(pairs)
        )

    def _mention(
        self, i: int, types: Sequence[EntityType], event_type: EventType
    ) -> EntityMention | None:
        """The entity of these types that a figure is about: in its segment (nearest),
        else the nearest before it in the sentence, else (prices) after it in its
        clause, else an anaphor's subject."""
        segment = self.segment[i]
        best: tuple[int, EntityMention] | None = None
        before: EntityMention | None = None
        after: EntityMention | None = None
        named: EntityMention | None = None  # before it in another clause
        hack = event_type is _HACK
        liquidation = event_type is _LIQUIDATION
        for k, m in self.mentioned:
            if m.type not in types or not self._usable(m, types):
                continue
            if hack and self._names_a_network(k):
                continue
            if event_type is _TRANSFER and self._tied_theft_after(k):
                continue  # "left a wallet tied to the Bitfinex hack": no end of the move
            if event_type is _TRANSFER and self._embedded_before(k, i):
                continue  # "X, which withdrew 3,200 BTC from Coinbase, moved 1,150 BTC ..."
            if event_type in _PRICES and self._names_a_quote_market(k):
                continue
            if k > i and self._owns_a_later_figure(k):
                continue  # "falling 4% versus BTC's 1.5% decline": BTC's is the later one
            if (
                event_type is _PRICE_MOVE
                and 0 < k < i
                and self.units[k - 1].lower in _OUTPACING
                and self.clause[k] == self.clause[i]
                and not (k + 1 == i and self._possessive(k))  # "lagging bitcoin's 41% advance"
            ):
                continue  # "Ether underperformed bitcoin, falling 4%": ether fell (not
                # "outpacing Bitcoin, which gained 3.2%": the relative clause's own)
            if self.segment[k] == segment:
                distance = abs(k - i)
                if (
                    liquidation
                    and k > self.group_end.get(i, i) + 2
                    and not self._after_preposition(k)
                ):
                    continue
                if (
                    best is not None
                    and event_type in _PRICES
                    and k > self.group_end.get(i, i) + 2
                    and not self._after_preposition(k)
                ):
                    continue  # "Polkadot's weekly gain of 11.4% has outpaced Ether": the
                    # object of a later verb is not whose price moved
                if best is None or distance < best[0]:
                    best = (distance, m)
            elif k < i and self._inside_an_apposition(k, i):
                continue  # what the apposition names describes the subject before it
            elif k < i and (not self._moves_its_price(k, event_type) or self._its_metric(i)):
                if (
                    not liquidation
                    or self.clause[k] == self.clause[i]
                    or self._antecedent(k, i)
                    or self._bet_on_again(k, i)
                ):
                    before = m
                else:
                    named = m  # "BitMEX liquidated $720 million, while ... on the platform"
            elif (
                after is None
                and self.clause[k] == self.clause[i]
                and self._trails_its_figures(k)
                and self._after_preposition(k)
                and not self._introduces_a_figure(k)
                and not self._listed_after(i, k, types)
            ):
                after = m
        if best is not None:
            return best[1]
        if before is not None:
            return before
        if after is not None:
            return after
        if _VENUE in types and self.c.last_venue is not None and named is None:
            phrase = self._venue_phrase(i)
            if phrase == "same" or (phrase is not None and event_type in _PRICES):
                # "It was quoted at $572 on the same exchange", "Ether also rallied on the
                # exchange, rising 6.8% to ¥528,400": the venue named last before
                return self.c.last_venue
        if liquidation:
            if not (_VENUE in types and self._on_the_venue(i)):
                return None
            if named is not None:
                return named
        # the last resort, the discourse's subject: looked up first, as most often it has
        # no entity of these types and the tests for whether it may stand here are moot
        for subject in self.c.subject:
            if subject.type in types:
                break
        else:
            return None
        if not (self._opens_with_anaphor() or (_VENUE in types and self._definite_venue())):
            return None
        return subject

    def _embedded_before(self, k: int, i: int) -> bool:
        """Unit ``k`` stands before figure ``i`` in a clause embedded in the figure's
        (a relative clause between commas, after which the main clause goes on: "Holloway
        Digital, which withdrew 3,200 BTC from Coinbase on Monday, moved another 1,150
        BTC"): what it names is said in that clause, not of the figure's move."""
        clause = self.clause[i]
        return (
            k < i and self.clause[k] != clause and any(self.clause[j] == clause for j in range(k))
        )

    def _owns_a_later_figure(self, k: int) -> bool:
        """The mention at ``k`` is a possessive right before a figure ("BTC's 1.5%
        decline", "bitcoin's 41% advance"): it names that figure's owner, no earlier
        figure's."""
        k1 = k + 1
        return k1 < len(self.units) and self._possessive(k) and self.units[k1].quantity is not None

    def _inside_an_apposition(self, k: int, i: int) -> bool:
        """ "Bitcoin cash, the offshoot created when the bitcoin network split in August,
        dropped 21 percent": a mention inside an apposition between an asset subject and
        its change verb describes the subject; figure ``i`` after the verb is the
        subject's, not the mention's."""
        units = self.units
        floor = max(0, k - APPOSITION_UNITS)
        opening = next((j for j in range(k - 1, floor - 1, -1) if units[j].lower == ","), 0)
        head = self.mention_at[opening - 1] if opening > 0 else None
        if head is None or head.type not in _ASSETS or units[opening + 1].mention is not None:
            return False  # no asset before the comma, or a list of names ("BTC, ETH, SOL")
        closing = next(
            (j for j in range(k + 1, min(i, k + APPOSITION_UNITS + 1)) if units[j].lower == ","),
            None,
        )
        return closing is not None and any(
            c.first == closing + 1 and c.group.kind in ("move", "loss") for c in self.type_cues
        )

    def _contract_venue(self, i: int, event_type: EventType) -> str | None:
        """The venue of the contract a figure is said of, when only that venue lists it
        ("a $15.3 million long on the XBTUSD perpetual swap" is BitMEX's)."""
        pair = self._mention(i, _PAIRS_ONLY, event_type)
        return None if pair is None else self.c.registry.contract_venue(pair.text)

    def _swap_place(self, mention: EntityMention) -> bool:
        """The mention is a decentralized exchange named after a swap word of its clause
        ("swapped 9,000 BNB for ETH on PancakeSwap", "converted the USDC into ether via
        Uniswap"): where coins were swapped, not an end that coins were moved to or from."""
        k = next((k for k, m in self.mentioned if m is mention), None)
        if k is None or self.c.registry.get(mention.id).kind != "dex":
            return False
        return any(
            c.last < k and self.clause[c.first] == self.clause[k]
            for c in self.by_role.get("swap", ())
        )

    def _one_of_a_list(self, mention: EntityMention) -> bool:
        """The mention is coordinated with another of its type ("on BitMEX, Binance and
        OKX", "Kraken and Gemini"): a figure said of the list is said of none of them
        alone (lists paired with figures in order are paired later)."""
        k = next((k for k, m in self.mentioned if m is mention), None)
        if k is None:
            return False  # carried from an earlier sentence
        units, at = self.units, self.mention_at
        for step in (1, -1):
            j = k + step
            if 0 <= j < len(units) and units[j].lower == "#":
                j += step  # "#Binance, #OKX and #Bybit": the hashtag before the name
            if 0 <= j < len(units) and units[j].lower in _LIST_JOINERS:
                n = j + step
                if 0 <= n < len(units) and units[n].lower == "#":
                    n += step
                other = at[n] if 0 <= n < len(units) else None
                if other is not None and other.type is mention.type and other.id != mention.id:
                    return True
        return False

    def _listed_with_a_group(self, mention: EntityMention) -> bool:
        """The mention is coordinated with a group of coins ("bitcoin and altcoin bets",
        "ETH and other altcoins"): a figure said of them is no one asset's."""
        k = next((k for k, m in self.mentioned if m is mention), None)
        if k is None:
            return False
        units = self.units
        for step in (1, -1):
            j = k + step
            if not (0 <= j < len(units) and units[j].lower in _LIST_JOINERS):
                continue
            for n in range(j + step, j + step * 3, step):
                if 0 <= n < len(units) and units[n].lower.startswith(_COIN_GROUPS):
                    return True
        return False

    def _names_a_network(self, k: int) -> bool:
        """ "a bridge linking Ethereum, Arbitrum and BNB Chain", "a lender running on
        Ethereum": a chain named as where a protocol runs is no asset that was taken."""
        j = k - 1
        while j >= 0:
            mention = self.mention_at[j]
            listed = mention is not None and mention.type is EntityType.ASSET
            if not (listed or self.units[j].lower in (",", "and", "&")):
                break
            j -= 1
        return j >= 0 and self.units[j].lower in _NETWORK_WORDS

    def _names_a_quote_market(self, k: int) -> bool:
        """The asset at ``k`` names the market a price is quoted in ("bitcoin is traded at
        $86,980 in the USDT market"), not what is priced."""
        after = self.units[k + 1].lower if k + 1 < len(self.units) else ""
        before = self.units[k - 1].lower if k > 0 else ""
        return after in ("market", "markets") and before in ("the", "its")

    def _definite_venue(self) -> bool:
        """ "the exchange", "the San Francisco-based platform": a venue named before."""
        if self.definite_venue is None:
            units = self.units
            # most sentences hold no venue noun: a set test in C says so first
            self.definite_venue = not _DEFINITE_VENUE_WORDS.isdisjoint(
                map(UNIT_LOWER, units)
            ) and any(
                (
                    unit.lower in _VENUE_WORDS
                    and any(u.lower in ("the", "its") for u in units[max(0, k - 3) : k])
                )
                or (unit.lower in _CONTRACT_NOUNS and units[k - 1].lower in ("that", "this"))
                for k, unit in enumerate(units)
            )
        return self.definite_venue

    def _moves_its_price(self, k: int, event_type: EventType) -> bool:
        """ "Bitcoin plunges to $100K amid $324M liquidations": an asset that is the
        subject of a price change in another clause is not what an amount is about."""
        if event_type in _PRICES:
            return False
        return any(
            c.group.kind == "move"
            and c.first > k
            and self._subject_of(k, c.first)
            and self._states_a_price_change(c)
            and not self._elided_anaphor(c)  # "and XRP's reached 0.083%": its rate's
            and not self._elided_noun(k, c)
            for c in self.type_cues
        )

    def _elided_noun(self, k: int, verb: Cue) -> bool:
        """ "while XRP's more than doubled, to 3.8%": an asset's possessive with only
        adverbs and approximations before the verb leaves out the noun the verb is said of
        (a share, a rate); "Bitcoin's 2% climb" names its change."""
        return self._possessive(k) and not any(
            self.units[j].quantity is not None for j in range(k + 1, verb.first)
        )

    def _its_metric(self, i: int) -> bool:
        """ "ETH climbed 78%, lifting its own dominance to 14.1%": "its" before the metric
        noun of figure ``i``'s segment refers back to the asset whose price moved."""
        for c in self.type_cues:
            if c.group.kind not in _METRIC_KINDS or c.last >= i:
                continue
            if self.segment[c.first] != self.segment[i]:
                continue
            k = c.first - 1
            if k > 0 and self.units[k].lower == "own":
                k -= 1
            if k >= 0 and self.units[k].lower == "its":
                return True
        return False

    def _states_a_price_change(self, verb: Cue) -> bool:
        """The verb has its figure: a price through a preposition ("plunges to $100K") or
        a percent right after it ("fell 4%"); "topped the list with $9M" has none."""
        for k in range(verb.last + 1, min(len(self.units), verb.last + LEVEL_REACH + 2)):
            q = self.units[k].quantity
            if q is not None:
                return q.kind is _PERCENT or self._verb_adjacent(verb, k, q.kind)
        return False

    def _bet_on_again(self, k: int, i: int) -> bool:
        """ "Bears kept betting against Solana and kept paying for it: $8.1 million of
        those wagers were liquidated": the asset a bet names ("against" it) is that of a
        later clause's figure that points back to the bets ("those", "these")."""
        if not self._bet_against(k):
            return False
        clause = self.clause[i]
        return any(
            self.clause[j] == clause and self.units[j].lower in _DEMONSTRATIVES
            for j in range(k + 1, len(self.units))
        )

    def _antecedent(self, k: int, i: int) -> bool:
        """ "In Ether, where $30 million was liquidated", "BitMEX's flagship perpetual
        swap, where $80 million of longs were closed": the mention (or a possessive one
        that opens the noun) a relative clause holding the figure is said of; "on Huobi -
        a BTC-USD position valued at $66.9 million": the venue a dash's noun phrase
        describes the liquidation on."""
        units = self.units
        comma = k + 1
        if (
            comma + 1 < len(units)
            and (units[comma].lower == "-" or units[comma].lower in DASHES)
            and units[comma + 1].lower in ("a", "an")
            and self.clause[comma + 1] == self.clause[i]
        ):
            return True  # "happened on Huobi - a BTC-USD position valued at $66.9 million"
        if self._possessive(k):
            while (
                comma < min(len(units), k + POSSESSED_UNITS + 1)
                and self.segment[comma] == self.segment[k]
                and self.role_at.get(comma) in (None, "instrument")
            ):
                comma += 1
        return (
            comma + 1 < len(units)
            and units[comma].lower == ","
            and units[comma + 1].lower in RELATIVE_WORDS
            and self.clause[comma + 1] == self.clause[i]
        )

    def _on_the_venue(self, i: int) -> bool:
        """ "Ether longs on the exchange accounted for $21.6 million", "was quoted at $572
        on the same exchange": a figure at a venue named before, in the figure's clause."""
        return self._venue_phrase(i) is not None

    def _venue_phrase(self, i: int) -> str | None:
        """ "same" for "on the same exchange" in the clause of figure ``i``, "the" for "on
        the exchange", None when neither stands there."""
        units = self.units
        clause = self.clause[i]
        for k in range(2, len(units)):
            if units[k].lower not in _VENUE_WORDS or self.clause[k] != clause:
                continue
            same = units[k - 1].lower == "same"
            j = k - 2 if same else k - 1
            if j >= 1 and units[j].lower == "the" and units[j - 1].lower in ("on", "at"):
                return ("same" if same else "the") if self._definite_venue() else None
        return None

    def _after_preposition(self, k: int) -> bool:
        """ "... and $21M in shorts on Kraken", "on the Bybit exchange", "worth of ETH
        positions": a mention a preposition attaches."""
        j = k - 1
        while j >= 0 and (
            self.units[j].lower in ("the", "a", "an", "its", "leveraged")
            or self.role_at.get(j) == "side"
            or any(c.first <= j <= c.last and c.group.kind == "liquidation" for c in self.type_cues)
            or self._names_the_venue(j)
        ):
            j -= 1  # "in liquidated DOGE positions", "on the exchange's XBTUSD swap"
        if j > 0 and self.units[j].lower == "to" and self.units[j - 1].lower in _ATTRIBUTING:
            return True  # "$95 million tied to XRP"
        return j >= 0 and self.units[j].lower in ("on", "at", "in", "across", "for", "from", "of")

    def _names_the_venue(self, j: int) -> bool:
        """Unit ``j`` is a venue's possessive ("Binance's", "the exchange's") that a
        contract is named after ("on Binance's BTCUSDT perpetual")."""
        mention = self.mention_at[j]
        if mention is not None:
            return mention.type is EntityType.VENUE and self._possessive(j)
        return self.units[j].lower in _VENUE_POSSESSIVES

    def _introduces_a_figure(self, k: int) -> bool:
        """ "led by Bitwise's BSOL with $31 million": the mention whose own figure follows
        it in its clause is that figure's, not an earlier one's; not so when that figure's
        segment names an entity of its own and the mention's segment holds no figure ("$41
        as near-term support for HYPE, with the 50-day moving average near $45.20")."""
        clause = self.clause[k]
        f = next((f for f in self.r.figures() if f > k and self.clause[f] == clause), None)
        if f is None:
            return False
        own, segment = self.segment[k], self.segment[f]
        if any(self.segment[g] == own for g in self.r.figures()):
            return True  # "$152 million tied to SOL and $97 million linked to DOGE"
        return not any(j > k and self.segment[j] == segment for j, _ in self.mentioned)

    def _listed_after(self, i: int, k: int, types: Sequence[EntityType]) -> bool:
        """Between figure ``i`` and the mention at ``k``, a figure names an entity of its
        own ("$640M, with $231M in ETH and $198M in SOL"): the mention ends that list
        and is its last item's, not ``i``'s."""
        end = self.group_end.get(i, i)
        r = self.r
        return any(
            end < f < k
            and any(
                j != k and self.segment[j] == self.segment[f] and m.type in types
                for j, m in self.mentioned
            )
            for f in r.figures()
        )

    def _trails_its_figures(self, k: int) -> bool:
        """A mention after the figures of its segment ("... and $21M in shorts on Kraken")
        may be shared by figures coordinated before it; one before a figure ("with
        Bitcoin accounting for $342M") is that figure's own."""
        segment = self.segment[k]
        return not any(self.segment[f] == segment and f > k for f in self.r.figures())

    def _stock_market(self, k: int, mention: EntityMention, verb: Cue) -> bool:
        """The venue at ``k`` is an exchange of the traditional markets (Nasdaq, NYSE Arca)
        and heads the verb's subject, an index at most between them: its change is its
        index's, no coin's ("The Nasdaq 100 Index fell 1.9%", not "CME's January contract
        slid 11%" or "CME bitcoin futures rose 3%")."""
        if self.c.registry.get(mention.id).kind != "traditional":
            return False
        return all(
            u.quantity is not None or u.lower in _INDEX_WORDS or u.lower.isdigit()
            for u in self.units[k + 1 : verb.first]
        )

    def _index_heads_subject(self, k: int, verb: Cue) -> bool:
        """ "The CoinDesk 20 index gained 2.4%", "the GMCI 30 Index (G30) fell 3.5%", "the
        Fear & Greed index fell 12%": an index noun right before the verb (a bracketed
        acronym between) heads its subject, so the change is the index's, no coin's,
        whatever asset the sentence names later ("..., with Solana leading"). A price index
        of an asset ("the bitcoin price index") stays the asset's, and a metric's own noun
        ("the TOTAL2 index") the metric's."""
        units = self.units
        if units[k].lower not in _INDEX_WORDS:
            return False
        if any(c.last == k - 1 and c.group.noun for c in self.type_cues):
            return False  # "The TOTAL2 index dropped by 3.84%": the metric's own noun
        depth = 0
        for j in range(k + 1, verb.first):
            lower = units[j].lower
            if lower == "(":
                depth += 1
            elif lower == ")":
                depth = max(0, depth - 1)
            elif not depth:
                return False
        return not any(u.lower in ("price", "prices") for u in units[max(0, k - 2) : k])

    def _index_of_no_coin(self, k: int) -> bool:
        """The index noun at ``k`` names a gauge, an index of other goods or a stock
        index ("the Fear & Greed index", "an NFT index", "The Nasdaq 100 Index")."""
        for j in range(max(0, k - 3), k):
            mention = self.mention_at[j]
            if self.units[j].lower in _GAUGE_WORDS:
                return True
            if mention is not None and mention.type is _VENUE:
                return self.c.registry.get(mention.id).kind == "traditional"
        return False

    def _usable(self, mention: EntityMention, types: Sequence[EntityType]) -> bool:
        """An org stands for an asset only when the registry names its token (Tether)."""
        if mention.type is not _ORG:
            return True
        return _ASSET in types and self.c.registry.get(mention.id).asset is not None

    def _asset_of(self, mention: EntityMention) -> str | None:
        if mention.type is _PAIR:
            return "asset:" + mention.id.split(":", 1)[1].split("-", 1)[0]
        if mention.type is _ORG:
            return self.c.registry.get(mention.id).asset
        return mention.id

    def _market_index(self) -> bool:
        """TOTAL2 and its kind measure the market without an asset."""
        return any(c.group.value == "no_asset" for c in self.type_cues)

    def _dot_d_asset(self, i: int) -> str | None:
        """ "BTC.D" is Bitcoin's dominance: the ticker before ".D" names the asset; of
        several ("BTC.D 61.3%, ETH.D 11.8%"), the last one before figure ``i``."""
        for m in self._dominance_symbols(i):
            ticker = m.text[:-2].upper()
            if f"asset:{ticker}" in self.c.registry:
                return f"asset:{ticker}"
        return None

    def _group_gauge(self, i: int, *, before_only: bool = False) -> bool:
        """The dominance symbol nearest figure ``i`` names a group, not a coin
        ("OTHERS.D", "TOTAL3.D"): its share belongs to no asset, not even the topic's.
        With ``before_only``, the symbol must be the last name before the figure, so
        that no coin named after it ("Solana's share rose to 3.1% and OTHERS.D to 7.4%")
        takes its figure or loses its own."""
        if before_only:
            last = next((m for k, m in reversed(self.mentioned) if k < i), None)
            symbol = last if last is not None and last.text.upper().endswith(".D") else None
        else:
            symbol = next(iter(self._dominance_symbols(i)), None)
        return symbol is not None and f"asset:{symbol.text[:-2].upper()}" not in self.c.registry

    def _dominance_symbols(self, i: int) -> list[EntityMention]:
        """The dominance symbols ("BTC.D") of the sentence, nearest figure ``i`` first:
        the ones before it from the last, then the ones after it."""
        before = [m for k, m in self.mentioned if k < i]
        after = [m for k, m in self.mentioned if k > i]
        return [
            m
            for m in [*reversed(before), *after]
            if m.type is EntityType.METRIC and m.text.upper().endswith(".D")
        ]

    def _carried_asset(self, i: int) -> str | None:
        """The asset of an anaphor's subject (or of the total a part points back to),
        else the article's; none for a figure said of the whole market ("total crypto open
        interest rose to $140 billion")."""
        clause = self.clause[i]
        if any(
            c.first < i and self.clause[c.first] == clause and not self._epithet_token(c.first)
            for c in self.by_role.get("market", ())
        ):
            return None
        if self._opens_with_anaphor() or self._refers_to_whole(i):
            for m in self.c.subject:
                if m.type in _ASSETS:
                    return self._asset_of(m)
        if self._ranked_coin_before(i):
            return None
        return self.c.doc_asset

    def _ranked_coin_before(self, i: int) -> bool:
        """ "the fourth-largest coin has shed 3.9%": a coin that a rank below the second
        describes (the registry knows "second-largest cryptocurrency" as ether), before the
        figure in its sentence with no asset named between, is not the article's asset,
        and nothing here says which it is: the figure takes no asset rather than a wrong
        one ("... and trades near the $0.80 level" too)."""
        units = self.units
        for k in range(i - 1, 0, -1):
            mention = self.mention_at[k]
            if mention is not None and mention.type in _ASSETS:
                return False
            if units[k].lower in _RANKED_COIN_NOUNS and _LOWER_RANK.fullmatch(units[k - 1].lower):
                return True
        return False

    def _epithet_token(self, k: int) -> bool:
        """ "the oracle token", "the payments-focused token": one token that "the" and a
        word or two describe is the article's asset, not the market (a protocol's
        "governance token" or one named by a possessive is a token of its own)."""
        units = self.units
        if units[k].lower != "token":
            return False
        for j in range(k - 2, max(-1, k - 4), -1):
            if units[j].lower == "the":
                return all(
                    self.mention_at[m] is None
                    and m not in self.role_at
                    and units[m].lower not in _OWN_TOKEN_WORDS
                    for m in range(j + 1, k)
                )
        return False

    def _refers_to_whole(self, i: int, last: EventType | None = None) -> bool:
        """ "Friday alone accounted for $544 million of that": the clause points back to
        a total, whose subject it shares (``last`` is the type of that total)."""
        clause = self.clause[i]
        return any(
            self._points_back(c, last) and self.clause[c.first] == clause
            for c in self.by_role.get("part", ())
        )

    @staticmethod
    def _points_back(cue: Cue, last: EventType | None) -> bool:
        """``cue`` points back to a total of type ``last``: "of that", "the bulk"; "the
        remainder" and "the rest" only after a theft or a fund flow ("The remainder, about
        $4.2 million, was spread across smaller tokens"), as the rest of a liquidation
        split is the other side, which they do not name."""
        return cue.group.value == "whole" or (cue.group.value == "rest" and last in _REST_OF)

    def _window(self, i: int) -> str | None:
        """The nearest window of the sentence: a duration after a lead word ("over the
        past 24 hours", "in 48 hours") or in adjective form before a noun that is not a
        level ("24-hour total", not "200-day moving average"), or a window phrase ("this
        week"); None when there is none (the discourse may then carry the window of the
        sentence before) and in a dated sentence ("a week ago")."""
        if "dated" in self.by_role:
            return None
        best: tuple[int, str] | None = None
        duration = _DURATION
        for k in self.r.figures():
            q = self.units[k].quantity
            if q is None or q.kind is not duration or not self._is_window(k):
                continue
            if self._embedded_before(k, i):
                continue  # "X, which withdrew 3,200 BTC over two days, moved 1,150 BTC ..."
            iso = iso_duration(q)
            distance = self._distance(k, k, i)
            if iso is not None and (best is None or distance < best[0]):
                best = (distance, iso)
        for cue in self.by_role.get("window", ()):
            if self._dates_another_figure(cue) or self._offset_in_time(cue):
                continue
            if self._embedded_before(cue.first, i):
                continue  # "X, which withdrew 3,200 BTC last week, moved 1,150 BTC ..."
            distance = self._distance(cue.first, cue.last, i)
            if cue.group.value and (best is None or distance < best[0]):
                best = (distance, cue.group.value)
        return None if best is None else best[1]

    def _offset_in_time(self, cue: Cue) -> bool:
        """ "An hour later, 3,900 BTC left Kraken", "an hour before the main deposit": a
        window phrase before "later", "after" or "before" says when the figure came after
        or before another moment, not the period it sums ("before" and "after" only when the
        phrase opens its sentence: "lost 12% on the day before dip buyers stepped in" keeps
        its day)."""
        k, units = cue.last + 1, self.units
        if k >= len(units) or units[k].lower not in _OFFSET_WORDS:
            return False
        opens = all(u.lower in _LIST_MARKS for u in units[: cue.first])
        return units[k].lower in ("later", "earlier") or opens

    def _dates_another_figure(self, cue: Cue) -> bool:
        """ "the monthly unlock of 64.19 million SUI", "daily turnover": a window word
        before a noun of another family (a volume, an unlock) is that figure's period."""
        return any(c.first == cue.last + 1 and c.group.kind == "other" for c in self.type_cues)

    def _is_window(self, k: int) -> bool:
        j = k
        while j > 0 and self.role_at.get(j - 1) == "approx":
            j -= 1
        if j > 1 and self.units[j - 1].lower == "for" and self.units[j - 2].lower in _IDLE_WORDS:
            return False  # "dormant for 9 years": how long the coins sat, not the window
        if self._numbers_one_of_a_series(j):
            return False
        q = self.units[k].quantity
        adjective = q is not None and "-" in q.text
        if adjective and self._names_a_term(k):
            return False
        if any(u.lower in _WINDOW_LEADS for u in self.units[max(0, j - 2) : k]):
            return True  # "over two days": "over" is both an approximation word and a lead
        after = self.units[k + 1] if k + 1 < len(self.units) else None
        if adjective and self._ended_streak(k):
            return False
        if adjective and self._interval_of_a_rate(k + 1):
            return False  # "8-hour funding for ether averaged 0.018%": the rate's interval
        names_a_level = after is not None and (
            after.mention is not None or k + 1 in self.level_starts
        )
        return adjective and not names_a_level

    def _names_a_term(self, k: int) -> bool:
        """The duration at ``k`` is the term of the contracts after it, a coin's name
        between or not ("the three-month BTC futures premium"), no window."""
        term = k + 2 if k + 2 < len(self.units) and self.mention_at[k + 1] is not None else k + 1
        return term < len(self.units) and self.units[term].lower in _TENOR_NOUNS

    def _interval_of_a_rate(self, k: int) -> bool:
        """A funding noun or a rate's anaphor starts at unit ``k``: a duration in adjective
        form before it ("8-hour funding", "the one-hour rate") is how often the rate is
        paid, no window."""
        return any(c.first == k and c.group.kind == "funding_rate" for c in self.type_cues) or any(
            c.first == k and c.group.value == "funding_rate"
            for c in self.by_role.get("anaphor", ())
        )

    def _numbers_one_of_a_series(self, j: int) -> bool:
        """ "its third withdrawal in two days", "its first activity in nine years", "its
        lowest level in seven weeks": a duration after "in" that closes a phrase numbering
        one event of a series, or naming a record, is how long the series ran (the wallet
        sat, the record reaches back), no window of the figure."""
        if j < 2 or self.units[j - 1].lower != "in":
            return False
        clause = self.clause[j]
        return any(
            self.units[m].lower in _SERIES_WORDS and self.clause[m] == clause
            for m in range(max(0, j - 2 - ORDINAL_REACH), j - 1)
        )

    def _ended_streak(self, k: int) -> bool:
        """ "Snap Seven-Day Outflow Streak With $412 Million Haul", "ending a five-day run of
        redemptions": the length of a streak that ends is no window of the figures (the
        flow that ends it is a day's)."""
        units = self.units
        nouns = [u.lower for u in units[k + 1 : k + 4]]
        if not any(w in _STREAK_NOUNS for w in nouns):
            return False
        j = k - 1
        if j >= 0 and units[j].lower in ("a", "an", "the", "its", "their"):
            j -= 1
        return j >= 0 and units[j].lower in _ENDING_VERBS

    def _level_kind(self, i: int, q: Quantity) -> str:
        """The kind of level the nearest level word names ("support", "all_time_high")."""
        if self._record_named(i, q) or self._record_before(i, q):
            return "all_time_high"
        if i in self.targets:
            return "target"
        clause = self.clause[i]
        near = [
            c
            for c in self.levels
            if abs(c.first - i) <= 2 * LEVEL_REACH and self.clause[c.first] == clause
        ]
        if not near:
            return "price"
        specific = [c for c in near if c.group.value not in ("level", "price")] or near
        return str(min(specific, key=lambda c: abs(c.first - i)).group.value or "price")

    def _ends(self, frame: Frame) -> None:
        """A transfer's ends in its clause: "from X" and "to Y", a venue or a wallet."""
        clause = self.clause[frame.index]
        venue_in = venue_out = None
        listed: set[str] = set()
        bound = self._route_bound(frame.index)
        for cue in [*self.by_role.get("to", ()), *self.by_role.get("from", ())]:
            if self.clause[cue.first] != clause or not frame.index < cue.first < bound:
                continue
            if self._tied_theft_after(cue.last):
                continue  # "a wallet tied to the Bitfinex hack" names no end
            label, venue = self._label_after(cue.last)
            if venue is not None and self._venue_list_after(cue.last):
                listed.add(cue.group.role)  # "moved 5.2M ARB to Coinbase, Binance and OKX"
                label = venue = None  # no one venue's end ("respectively" pairs them later)
            if label is None and venue is None and self._the_exchange_after(cue.last):
                # "withdrew 3.4K BTC from the exchange": the one named, also in a sentence
                # before ("It later received another 500,000 UNI from the exchange")
                venue = self._venue_named_before(frame)
            if cue.group.role == "to":
                frame.to_label = frame.to_label or label
                venue_in = venue_in or venue
                colon = self._colon_before_arrow(frame.index, cue.first)
                if colon is not None:  # "3,850 BTC (~$232.6M): Coinbase → a wallet"
                    label, venue = self._label_after(colon)
                    frame.from_label = frame.from_label or label
                    venue_out = venue_out or venue
            else:
                frame.from_label = frame.from_label or label
                venue_out = venue_out or venue
        if venue_in is None and venue_out is None:
            venue_in = self._frozen_on_arrival(frame.index) or self._deposited_at(frame.index)
            venue_out = None if venue_in is not None else self._taken_off(frame)
        if venue_in is not None:
            frame.venue, frame.direction = venue_in, "in"
        elif venue_out is not None:
            frame.venue, frame.direction = venue_out, "out"
        elif self._reached_accounts_at(frame.index) or listed == {"to"}:
            frame.direction = "in"  # its venue may come from a "respectively" list
        elif listed == {"from"}:
            frame.direction = "out"

    def _past_the_route(self, venue: EntityMention, i: int) -> bool:
        """Venue ``venue`` stands in the clause of transfer figure ``i`` past the end of its
        route words (_route_bound): a later figure's end, not this one's."""
        k = next((k for k, m in self.mentioned if m is venue), None)
        return (
            k is not None
            and k > i
            and self.clause[k] == self.clause[i]
            and (k >= self._route_bound(i))
        )

    def _venue_list_after(self, k: int) -> bool:
        """The first venue named after unit ``k`` (within the reach of an end's label) is
        one of a list ("to #Binance, #OKX and #Bybit")."""
        for j in range(k + 1, min(len(self.units), k + 5)):
            m = self.units[j].mention
            if m is not None and m.type is EntityType.VENUE:
                return self._one_of_a_list(m)
        return False

    def _the_exchange_after(self, k: int) -> bool:
        """ "the exchange" or "the platform" follows unit ``k``: an end that names the
        venue named before."""
        units = self.units
        return (
            k + 2 < len(units)
            and units[k + 1].lower == "the"
            and units[k + 2].lower in _VENUE_WORDS
        )

    def _route_bound(self, i: int) -> int:
        """Where the route words of transfer figure ``i`` end: at a later figure of its
        clause once a route word of its own stands before that figure ("1,500 BTC leaving
        Coinbase for a fresh address, and 25,000 ETH heading into Kraken": "into Kraken" is
        the second figure's), or once a later step or a movement verb does ("received 1,500
        ETH, then pushed 600 ETH of it to an HTX deposit address", "received 210 million
        XRP and forwarded 60 million of them to Bybit"); a list that shares one route ("500
        BTC and 300 ETH to Binance") reaches the end of the clause."""
        units, clause = self.units, self.clause[i]
        verbs = {c.first for c in self.type_cues if c.group.kind in ("transfer", "flow")}
        routed = False
        for k in range(self.group_end.get(i, i) + 1, len(units)):
            if self.clause[k] != clause:
                break
            if routed and k in self.group_end:
                return k
            routed = (
                routed
                or self.role_at.get(k) in ("to", "from")
                or units[k].lower in _LEFT_WORDS
                or units[k].lower in _LATER_STEP  # "received 1,500 ETH, then pushed 600 ETH"
                or k in verbs  # "received 210 million XRP and forwarded 60 million of them"
            )
        return len(units)

    def _sender_of(self, balance: Cue, i: int) -> Cue | None:
        """The transfer verb whose object is the balance word ``balance`` ("sent its
        entire balance of", "moved the whole balance of", or with figure ``i`` before the
        word: "moved its entire 2,000 BTC balance"), else None."""
        k = balance.first - 1
        after = balance.last + 1
        if k >= 0 and self.group_end.get(i, i) == k:
            k = i - 1
        elif after >= len(self.units) or self.units[after].lower != "of":
            return None
        while k >= 0 and self.units[k].lower in _BALANCE_DETERMINERS:
            k -= 1
        return next((c for c in self.type_cues if c.last == k and c.group.kind == "transfer"), None)

    def _test_send(self, i: int) -> bool:
        """Figure ``i`` is the amount of a test send ("a 0.1 BTC test transaction")."""
        k = self.group_end.get(i, i) + 1
        return (
            k + 1 < len(self.units)
            and self.units[k].lower == "test"
            and any(c.first == k + 1 and c.group.kind == "transfer" for c in self.type_cues)
        )

    def _frozen_on_arrival(self, i: int) -> str | None:
        """ "Binance had frozen 436 ETH that the attackers tried to deposit", "OKX FREEZES 380
        ETH SENT FROM EXPLOITER ADDRESS": coins an exchange froze as they arrived were sent
        to it, a transfer in to the exchange that froze them (not the theft); the id of that
        exchange, else None ("Tether froze 1.2 million USDT" sends nothing)."""
        units, k = self.units, self._before_approximation(i)
        while k > 1 and units[k].lower in _COORDINATORS and units[k - 1].quantity is not None:
            k = self._before_approximation(k - 1)  # "froze 180 ETH and 95 ETH, respectively"
        if k < 1 or units[k].lower not in _FREEZE_VERBS:
            return None
        j = k - 1
        while j > 0 and units[j].lower in _FREEZER_AUXILIARIES:
            j -= 1
        mention = self.mention_at[j]
        if mention is None or mention.type is not EntityType.VENUE:
            return None
        end = self._coordinated_end(self.group_end.get(i, i)) + 1
        while end < len(units) and units[end].lower in (",", "respectively"):
            end += 1
        words = {u.lower for u in units[end : end + FROZEN_REACH] if u.quantity is None}
        return mention.id if not words.isdisjoint(_ARRIVAL_WORDS) else None

    def _moves_its_own(self, i: int, verb: Cue) -> bool:
        """ "a 0.1 BTC test transaction", "shifted 3,940 BTC between two of its own
        wallets": a test send, or a move between a holder's own wallets, takes nothing,
        even in a story about a theft."""
        if verb.first > 0 and self.units[verb.first - 1].lower == "test":
            return True
        clause = self.clause[i]
        for k in range(i + 1, min(len(self.units) - 1, i + 1 + OFF_REACH)):
            if self.clause[k] != clause:
                break
            if self.units[k].lower == "own" and self.units[k + 1].lower in _ACCOUNT_WORDS:
                return True
        return False

    def _taken_off(self, frame: Frame) -> str | None:
        """ "took another 12,200 ETH off Kraken", "pulled 9,250 ETH out of Kraken": the venue
        after "off" or "out of" in the clause of the frame's figure is the end the coins
        left; "off the exchange" is the venue named before."""
        i = frame.index
        clause = self.clause[i]
        for k in range(i + 1, min(len(self.units), i + 1 + OFF_REACH)):
            if self.clause[k] != clause:
                break
            word = self.units[k].lower
            after = self.units[k + 1].lower if k + 1 < len(self.units) else ""
            if word in _LEFT_WORDS or (word == "out" and after == "of"):
                if word == "out":
                    k += 1  # the venue follows "out of"
                venue = self._label_after(k)[1]
                if venue is None and self._the_exchange_after(k):
                    venue = self._venue_named_before(frame)
                return venue
        return None

    def _venue_named_before(self, frame: Frame) -> str | None:
        """The venue that "the exchange" names: the frame's own, else the one named last
        before its sentence."""
        if frame.venue is not None:
            return frame.venue
        last = self.c.last_venue
        return last.id if last is not None else None

    def _colon_before_arrow(self, i: int, arrow: int) -> int | None:
        """The colon between figure ``i`` and the arrow at ``arrow`` of a list line that
        writes a movement as "figure: sender → receiver", else None."""
        if self.units[arrow].lower not in _ARROWS:
            return None
        return next((k for k in range(arrow - 1, i, -1) if self.units[k].lower == ":"), None)

    def _deposited_at(self, i: int) -> str | None:
        """ "520 BTC ... was deposited at Kraken", "deposited 300 ETH with OKX": the venue a
        deposit verb places the figure at, in the figure's clause, is its destination."""
        clause, units = self.clause[i], self.units
        for k in range(i + 1, len(units) - 1):
            if self.clause[k] != clause:
                break
            if units[k].lower not in _DEPOSIT_PLACES:
                continue
            verb = k - 2 if k - 1 == i else k - 1  # "deposited 300 ETH at", "was deposited at"
            mention = self.mention_at[k + 1]
            deposited = verb >= 0 and (
                units[verb].lower in _DEPOSIT_VERBS
                or self._unloads_at(verb)  # "dumped 1,400 BTC on Binance"
                # "deposited 480 ETH at Binance and 320 ETH at OKX": the verb of the list
                or (k - 1 == i and units[verb].lower in ("and", ",") and self._deposited_before(i))
            )
            if deposited and mention is not None:
                return mention.id if mention.type is EntityType.VENUE else None
        return self._reached_an_account(i)

    def _unloads_at(self, k: int) -> bool:
        """Unit ``k`` is a verb that unloads coins on a venue (the ``separable_unload``
        group: "dumped", "offloaded")."""
        return any(c.first == k and c.group.name == "separable_unload" for c in self.type_cues)

    def _reached_an_account(self, i: int) -> str | None:
        """ "1,275 ETH reached a KuCoin deposit address": the venue whose account the
        figure reached right after it is its destination."""
        units, k = self.units, self.group_end.get(i, i) + 1
        if k + 3 >= len(units) or units[k].lower not in _ARRIVING or units[k].lower == "in":
            return None
        k += 2 if units[k + 1].lower in ("at", "in") else 1  # "landed at a Binance ..."
        if units[k].lower in ("a", "an", "the"):
            k += 1
        mention = self.mention_at[k] if k < len(units) else None
        if mention is None or mention.type is not EntityType.VENUE:
            return None
        after = {u.lower for u in units[k + 1 : k + 3]}
        return mention.id if not after.isdisjoint(_ACCOUNT_WORDS) else None

    def _reached_accounts_at(self, i: int) -> bool:
        """ "75 BTC reached deposit addresses at OKX", "Smaller sums landed in deposit
        wallets at KuCoin and Gate, 120 ETH and 64 ETH respectively": an arrival word, an
        account noun and "at"/"on" before a venue, in the clause of figure ``i``, make the
        transfer's venue where its coins arrived (a "respectively" after the figure reaches
        the clauses before it: the list it pairs)."""
        units, clause = self.units, self.clause[i]
        paired = any(
            self.clause[c.first] == clause and c.first > i
            for c in self.by_role.get("respectively", ())
        )
        for k in range(len(units) - 3):
            if units[k].lower not in _ARRIVING - {"in"}:
                continue
            if self.clause[k] != clause and not (paired and k < i):
                continue
            if units[k + 1].lower in ("in", "at"):
                k += 1  # "landed in deposit wallets"
            if units[k + 1].lower in ("a", "an", "the"):
                k += 1
            for j in range(k + 1, min(len(units) - 1, k + 4)):
                if units[j].lower in _ACCOUNT_WORDS:
                    place = units[j + 1].lower in ("at", "on", "with")
                    mention = self.mention_at[j + 2] if j + 2 < len(units) else None
                    if place and mention is not None and mention.type is EntityType.VENUE:
                        return True
                    break
        return False

    def _label_after(self, k: int) -> tuple[str | None, str | None]:
        """The end named after unit ``k``: a venue (its text and id), or a wallet's words
        ("unknown wallet"), with the venue that holds it ("a deposit address at OKX")."""
        words: list[str] = []
        for j in range(k + 1, min(len(self.units), k + 5)):
            unit = self.units[j]
            m = unit.mention
            if m is not None and m.type is EntityType.VENUE:
                return m.text, m.id
            if unit.quantity is not None or unit.lower in _LABEL_ENDS:
                break
            words.append(unit.lower)
            if unit.lower in {"wallet", "wallets", "address", "addresses"}:
                label = " ".join(w for w in words if w not in {"a", "an", "the"})
                holder = self.mention_at[j + 2] if j + 2 < len(self.units) else None
                if (
                    holder is not None
                    and holder.type is EntityType.VENUE
                    and self.units[j + 1].lower in ("at", "on")
                ):
                    return label, holder.id
                return label, None
        return None, None

    # ---- lists -------------------------------------------------------------------------

    def _merge_metric_changes(self, frames: list[Frame]) -> list[Frame]:
        """A metric's figures in one clause are one event: "open interest rose 8% to
        $14 billion", "dropped from $34.8B to $34.2B, a $600M decline". The figure after
        "to" (else the reading) is the amount; the one after "from" is ``from_``; a
        percent or the figure of a change noun is the ``change``."""
        for frame in frames:
            if frame.type in _METRICS and frame.direction is None:
                frame.direction = self._state_direction(frame.index)
        kept: list[Frame] = []
        for frame in frames:
            last = kept[-1] if kept else None
            if (
                last is not None
                and last.type is frame.type
                and frame.type in _METRICS
                and self.clause[last.index] == self.clause[frame.index]
            ):
                merged = self._merge_metric(last, frame)
                if merged is not None:
                    kept[-1] = merged
                    continue
            kept.append(frame)
        for frame in kept:
            if frame.type in _METRICS:
                self._place(frame, frame.figure)
        return kept

    def _metric_role(self, q: Quantity, index: int, metric: EventType) -> str:
        """A metric figure's role: after "from" or "to", a change (after "by", before a
        change noun, right after a change verb), or a reading. Open interest is read in
        money or coins, so its percent beside such a level is a change ("fell from $84.6
        billion to $73.1 billion, a 13.6% reset")."""
        if self._after_role(index, "from"):
            return "from"
        if self._went_to(index):
            return "to"
        end = self.group_end.get(index, index)
        changes_after = any(c.first == end + 1 and c.group.kind == "move" for c in self.type_cues)
        k = self._before_approximation(index)
        before = self.units[k].lower if k >= 0 else ""
        if before in ("of", "by") and k > 0:
            k -= 1
        changes_before = any(
            c.last == k and c.group.kind in ("move", "loss") for c in self.type_cues
        )
        if changes_after or before == "by" or (changes_before and q.kind is _PERCENT):
            return "change"
        if changes_before and self._reached_later(index):
            return "change"  # "open interest added $2.3 billion to reach $41.6 billion"
        if (
            q.kind is _PERCENT
            and (self._signed(index) or metric is _OPEN_INTEREST)
            and self._level_in_clause(index)
        ):
            return "change"  # "$HYPE OI -12% now $1.38B", "OI \u2191 3.1% to $66.3B"
        return "reading"

    def _level_in_clause(self, i: int) -> bool:
        """A figure in money or coins in the clause of figure ``i``: a metric's level, of
        which a signed percent beside it is the change."""
        clause = self.clause[i]
        return any(
            (q := self.units[k].quantity) is not None
            and q.kind in (_MONEY, _CRYPTO)
            and self.clause[k] == clause
            for k in self.r.figures()
        )

    def _reached_later(self, i: int) -> bool:
        """A figure after figure ``i`` in its clause is where the metric went ("to $41.6
        billion", "to reach $41.6 billion"): the amount ``i`` after the change verb is the
        change."""
        clause = self.clause[i]
        return any(
            k > i and self.clause[k] == clause and self._went_to(k) for k in self.r.figures()
        )

    def _went_to(self, k: int) -> bool:
        """Figure ``k`` follows "to", "to" and a verb of arrival ("to reach", "to hit"), or
        "to" and an epithet ("to a record")."""
        if self._after_role(k, "to") or self._reached_through_epithet(k):
            return True
        j = k - 1
        while j > 0 and self.role_at.get(j) == "approx":
            j -= 1
        verb = any(c.last == j and c.group.kind in ("move", "level") for c in self.type_cues)
        return verb and self.role_at.get(j - 1) == "to"

    def _place(
        self, frame: Frame, q: Quantity, index: int | None = None, role: str | None = None
    ) -> bool:
        """Put ``q`` in its role slot of ``frame`` (its own role unless ``role`` is given);
        False when the slot is taken."""
        role = role or self._metric_role(q, frame.index if index is None else index, frame.type)
        slot = {"from": "from_", "to": "to", "change": "change"}.get(role)
        if slot is None:
            return q is frame.quantity
        current = getattr(frame, slot)
        if current is not None and current is not q:
            return False
        setattr(frame, slot, q)
        return True

    def _merge_metric(self, first: Frame, second: Frame) -> Frame | None:
        roles = [self._metric_role(f.figure, f.index, f.type) for f in (first, second)]
        self._smaller_is_the_change(first, second, roles)
        if len(set(roles)) < 2 or set(roles) == {"reading", "to"}:
            return None
        if roles[1] == "reading" and (
            first.figure.kind is not second.figure.kind
            or (roles[0] == "change" and self._reading_at(second.index))
        ):
            # "OI -12% now $1.38B", "dominance is down 0.5% this week at 11.8%": the
            # reading is the event
            first, second = second, first
            roles.reverse()
        self._place(first, first.figure, role=roles[0])
        if not self._place(first, second.figure, second.index, role=roles[1]):
            return None
        if first.to is not None:
            first.quantity = first.to
        elif first.quantity is first.change:
            first.quantity = second.figure
        first.direction = first.direction or second.direction
        first.mentions.extend(m for m in second.mentions if m not in first.mentions)
        return first

    def _reading_at(self, i: int) -> bool:
        """ "down 0.5% this week at 11.8%", "up 2.3%, now 61.7%": a figure right after "at"
        or "now" (an approximation between) is where the metric stands after a change."""
        k = self._before_approximation(i)
        return k >= 0 and self.units[k].lower in ("at", "now")

    def _smaller_is_the_change(self, first: Frame, second: Frame, roles: list[str]) -> None:
        """ "reduced 2.8 billion USD, down to 31.6 billion USD", "a high of $9.8B, up $1.4B":
        of two sums of a metric in one unit with no change between them, the smaller one
        right after a change word is the change (``roles`` is updated in place)."""
        if "change" in roles or first.figure.unit != second.figure.unit:
            return
        one, other = first.figure.value, second.figure.value
        if one is None or other is None or first.figure.kind not in (_MONEY, _CRYPTO):
            return
        n = 0 if abs(one) < abs(other) else 1
        index = (first, second)[n].index
        k = self._before_approximation(index)
        if roles[n] == "reading" and any(
            c.last == k and c.group.kind in ("move", "loss") for c in self.type_cues
        ):
            roles[n] = "change"

    def _respectively(self, frames: list[Frame]) -> None:
        """ "A and B saw $X and $Y, respectively": the n-th entity goes with the n-th
        figure, for the last run of figures before the word."""
        for cue in self.by_role.get("respectively", ()):
            run = [f for f in frames if f.index < cue.first]
            if len(run) < 2:
                continue
            run = _coordinated_tail(self.r, run)
            first = run[0].index
            earlier = [f.index for f in frames if f.index < first]
            floor = earlier[-1] if earlier else -1
            self._respective_sides(run, floor)
            found = self._respective_entities(floor, first)
            if len(found) < len(run):
                # "sent 60 million USDC and 45 million USDT to Binance and OKX, respectively"
                found = self._respective_entities(run[-1].index, cue.first)
            if len(found) < len(run):
                continue
            after = [f for f in frames if f.index > cue.first]
            after = after[: len(run)]
            second = (
                [f for f in after if f.type is not run[0].type]
                if len(after) == len(run) and _coordinated_tail(self.r, after) == after
                else []
            )  # "gained 4.2% and 3.5%, respectively, to $15.93 and $22.67"
            runs = [run, second] if len(second) == len(run) else [run]
            for frames_of_run in runs:
                for frame, mention in zip(frames_of_run, found[-len(run) :], strict=True):
                    self._reassign(frame, mention)

    def _respective_entities(self, after: int, before: int) -> list[EntityMention]:
        """The distinct funds, venues, assets and orgs named between two units, in order:
        the list a "respectively" pairs with its figures."""
        return _distinct(
            [
                m
                for k, m in enumerate(self.mention_at)
                if m is not None
                and after < k < before
                and m.type in (EntityType.FUND, EntityType.VENUE, EntityType.ASSET, EntityType.ORG)
                and self._usable(m, (EntityType.ASSET,))
            ]
        )

    def _paired_in_order(self, frames: list[Frame]) -> None:
        """ "Kraken and Gemini logged net deposits of 12,300 ETH and 4,850 ETH": names
        coordinated as the subject and figures coordinated after the verb, as many of
        each, pair in order even without "respectively"."""
        if "each" in self.by_role or len(frames) < 2:
            return
        run = _coordinated_tail(self.r, frames)
        if len(run) < 2 or len({f.type for f in run}) > 1:
            return
        if any(c.first > run[0].index for c in self.by_role.get("respectively", ())):
            return  # "respectively" pairs this run ("..., respectively, while A and B led
            # with $X and $Y": only the run after it is paired here)
        first = run[0].index
        earlier = [f.index for f in frames if f.index < first]
        floor = earlier[-1] if earlier else -1
        last = next(
            (
                k
                for k in range(first - 1, floor, -1)
                if (m := self.mention_at[k]) is not None and m.type in _LISTED
            ),
            None,
        )
        if last is None:
            return
        names = self._coordinated_before(last + 1, brackets=True)
        if len(names) != len(run) or len({m.type for m in names}) > 1:
            return
        if any(self.mention_at[k] is not None for k in range(run[0].index, run[-1].index)):
            return  # a name among the figures says whose each is
        for frame, mention in zip(run, names, strict=True):
            self._reassign(frame, mention)

    def _respective_sides(self, run: list[Frame], floor: int) -> None:
        """ "Shorts and longs lost $61M and $19M, respectively": the n-th side word goes
        with the n-th liquidation figure."""
        first = run[0].index
        sides = [
            c
            for c in self.by_role.get("side", ())
            if floor < c.first < first and c.group.value in ("long", "short")
        ]
        if len(sides) != len(run) or not all(f.type is _LIQUIDATION for f in run):
            return
        for frame, side in zip(run, sides, strict=True):
            frame.side = Side.LONG if side.group.value == "long" else Side.SHORT

    def _each(self, frames: list[Frame]) -> list[Frame]:
        """ "A and B each saw $X": one frame per entity."""
        each = self.by_role.get("each", [])
        if not each:
            return frames
        out: list[Frame] = []
        for frame in frames:
            clause = self.clause[frame.index]
            cue = next((c for c in each if self.clause[c.first] == clause), None)
            if cue is None:  # "Both Solana and XRP fell 3%": "and" opened the figure's clause
                cue = next((c for c in each if self.units[c.first].lower == "both"), None)
            mentions = self._holders(cue, frame.index) if cue is not None else []
            if len(mentions) < 2:
                out.append(frame)
                continue
            for mention in mentions:
                copy = attrs.evolve(frame, restated=list(frame.restated), mentions=[])
                self._set_entity(copy, mention)
                out.append(copy)
        return out

    def _reassign(self, frame: Frame, mention: EntityMention) -> None:
        """Give a frame of a list the entity paired with it, instead of the ones found near
        its figure (a metric named beside it stays); a transfer's end named by the venue
        it loses, or by a list of venues, is named by the new one."""
        if mention.type is EntityType.VENUE and frame.venue is not None:
            lost = {m.text for _, m in self.mentioned if m.id == frame.venue}
            if frame.to_label in lost:
                frame.to_label = mention.text
            if frame.from_label in lost:
                frame.from_label = mention.text
        elif mention.type is EntityType.VENUE and frame.type is _TRANSFER:
            # an end named by a list of venues ("to Binance and OKX, respectively")
            if frame.direction == "in" and frame.to_label is None:
                frame.to_label = mention.text
            if frame.direction == "out" and frame.from_label is None:
                frame.from_label = mention.text
        frame.mentions = [m for m in frame.mentions if m.type is EntityType.METRIC]
        self._set_entity(frame, mention)

    def _set_entity(self, frame: Frame, mention: EntityMention) -> None:
        if mention.type is EntityType.FUND:
            frame.fund = mention.id
            frame.asset = self.c.registry.get(mention.id).underlying or frame.asset
        elif mention.type is EntityType.VENUE:
            frame.venue = mention.id
        else:
            frame.asset = self._asset_of(mention)
        frame.mentions.append(mention)

    def _holders(self, cue: Cue, i: int) -> list[EntityMention]:
        """Whom "each" gives figure ``i`` to: the names coordinated right before it
        ("Binance and Bybit each saw $25M", "Solana (SOL) and Cardano (ADA) each drew"), or,
        when "each" follows the figure, the names coordinated as the clause's subject just
        before its verb ("HODL and BTCO gathered $6.8 million each")."""
        if self.units[cue.first].lower == "both":
            return self._both_holders(cue, i)
        if cue.first < i:
            start = cue.first
            if start > 0 and self.units[start - 1].lower in _EACH_GROUP_NOUNS:
                start -= 1  # "Sui and Chainlink vehicles each took in roughly $2 million"
            holders = self._coordinated_before(start, brackets=True)
            kinds = {m.type for m in holders}
            if any(
                (m := self.mention_at[k]) is not None and m.type in kinds
                for k in range(cue.first + 1, i)
            ):
                return []  # "OKX and HTX each saw $150M, Binance about $60M": Binance's
            return holders
        clause = self.clause[i]
        k = i - 1
        while k >= 0 and i - k <= EACH_VERB_REACH and self.mention_at[k] is None:
            k -= 1
        if k < 0 or self.mention_at[k] is None or self.clause[k] != clause:
            return []
        holders = self._coordinated_before(k + 1, brackets=True)
        return holders if len(holders) > 1 else []

    def _both_holders(self, cue: Cue, i: int) -> list[EntityMention]:
        """Whom "both" gives figure ``i`` to: the names coordinated right before it
        ("Solana and XRP both fell 3%") or right after it ("Both Solana and XRP fell 3%"),
        for a figure of the verb's segment only ("Bitcoin and ether both fell, with
        bitcoin down 3%" is bitcoin's)."""
        if not cue.first < i:
            return []
        if self.segment[cue.first] == self.segment[i]:
            return self._coordinated_before(cue.first, brackets=True)
        end = cue.first + 1
        while end < i and (
            self.mention_at[end] is not None or self.units[end].lower in _BRACKETED_NAME_GLUE
        ):
            end += 1
        if end == i or self.segment[end] != self.segment[i]:
            return []
        names = self._coordinated_before(end, brackets=True)
        return names if len(names) > 1 else []

    def _coordinated_before(self, k: int, brackets: bool = False) -> list[EntityMention]:
        """The names joined by commas and "and" that end right before unit ``k``; with
        ``brackets``, a name's bracketed ticker and an article are part of the run
        ("HODL and the Invesco Galaxy Bitcoin ETF (BTCO)"), one holder per id."""
        glue = _BRACKETED_NAME_GLUE if brackets else _NAME_GLUE
        mentions: list[EntityMention] = []
        for unit in reversed(self.units[:k]):
            m = unit.mention
            if m is not None and m.type is not EntityType.ORG and m.type is not EntityType.METRIC:
                if not (brackets and any(m.id == seen.id for seen in mentions)):
                    mentions.append(m)
            elif brackets and m is not None and m.type is EntityType.ORG:
                continue  # an issuer before its fund: "VanEck's ETHV"
            elif unit.lower not in glue:
                break
        mentions.reverse()
        return mentions


_REASON_NOUNS = frozenset(
    {
        "hopes", "hope", "bets", "bet", "expectations", "expectation", "speculation",
        "optimism", "fears", "fear", "concerns", "concern", "worries", "wagers",
        "anticipation", "confidence", "belief", "reports", "talk", "signs",
    }
)  # fmt: skip
"""Nouns whose "that" clause after a fact gives its cause ("up 58%, buoyed by hopes that
regulators will approve ..."): a hedge in that clause does not hedge the fact."""
_NAME_GLUE = frozenset({",", "and", "&"})
"""What joins coordinated names ("Binance, OKX and Bybit")."""
_BRACKETED_NAME_GLUE = _NAME_GLUE | {"the", "(", ")"}
"""The same with articles and bracketed tickers ("Solana (SOL) and the XRP token")."""
_ACTOR_VERBS = frozenset({"deposited", "depositing", "withdrew", "withdrawn", "withdrawing"})
"""Verbs whose subject, when it is one actor, makes a movement to or from a venue one
transfer (:meth:`_Sentence._one_actor_moves`)."""
_ACTOR_ADVERBS = frozenset(
    {"then", "also", "just", "later", "reportedly", "recently", "again", "has", "had",
     "have", "quietly", "subsequently", "previously", "once", "first", "finally"}
)  # fmt: skip
"""Words between an actor and its deposit or withdrawal verb."""
_FIRM_WORDS = frozenset(
    {"labs", "capital", "ventures", "digital", "trading", "research", "partners", "holdings",
     "markets", "technologies", "group", "management", "investments", "securities",
     "associates", "advisors", "advisers", "foundation"}
)  # fmt: skip
"""Last words of a firm's name ("Corvath Labs", "Ostrel Ventures"): one actor, though
plural in form, also after a title ("market maker Corvath Labs")."""
FIRM_NAME_WORDS = 5
"""Words a firm's name may have with its title before it ("Market maker Corvath Labs")."""
_ONE_ACTOR_PRONOUNS = frozenset({"he", "she", "it", "someone", "somebody"})
_ACTOR_NOUNS = frozenset(
    {"trader", "investor", "maker", "individual", "miner", "holder", "buyer", "seller",
     "firm", "company", "insider", "participant", "founder", "developer", "team",
     "user", "custodian", "treasury", "hacker", "exploiter", "attacker", "thief", "scammer"}
)  # fmt: skip
_ONE_DETERMINERS = frozenset({"a", "an", "the", "one", "another", "this", "that", "same"})
_ACTOR_ADJECTIVES = frozenset({"market", "long-term", "early", "large", "big", "single"})
"""Singular actor nouns and the words right before one that make it one actor ("a trader",
"a market maker", "a long-term holder")."""
_NOT_A_NAME = frozenset(
    {"the", "a", "an", "and", "or", "but", "while", "money", "retail", "data", "everyone",
     "nobody", "they", "we", "you", "i", "this", "that", "overall", "meanwhile", "today",
     "yesterday", "net", "total", "crypto"}
)  # fmt: skip
"""Words that are no part of a name opening a clause before a deposit or withdrawal."""
_UNIT_PRICE_WORDS = frozenset({"at", "cost", "costs", "priced"})
"""Words before a sum of money that make it one coin's price, no transfer's sum."""
_ASSET_FUND_NOUNS = _FUND_NOUNS | {"vehicles", "etps", "etns", "trusts"}
"""Nouns that name investment funds right after an asset ("Cardano funds")."""
_ISSUED_NOUNS = frozenset({"fund", "trust", "etf", "product", "vehicle"})
"""Nouns that make an issuer's name before them one of its funds ("The BlackRock trust
alone drew $210 million")."""
_PURPOSE_HEDGES = frozenset({"likely", "potentially", "probably", "possibly", "presumably"})
"""Hedges that, between a comma and "to", guess a fact's purpose ("..., likely to sell")."""


_VENUE_PLURALS = frozenset(
    {"venues", "exchanges", "platforms", "cexs", "cexes", "market", "markets", "board"}
)
"""Nouns after "across" that make a figure an aggregate over venues ("across major
venues", "Across the market, CoinGlass counted $612 million", "across the board")."""
_HELD_AT = frozenset({"at", "near", "around"})
"""Words after "held" before the reading a metric kept."""
_HELD_STATES = frozenset(
    {"slightly", "mildly", "firmly", "steady", "steadily", "positive", "negative", "flat"}
)
"""Words between "held" and :data:`_HELD_AT` that say which state the metric kept ("SOL
funding held slightly positive at 0.0027%")."""
_KEPT_VERBS = frozenset(
    {
        "held",
        "holds",
        "hold",
        "holding",
        "stayed",
        "stays",
        "stay",
        "remained",
        "remains",
        "remain",
        "kept",
        "keeps",
        "was",
        "is",
        "sat",
        "sits",
        "stood",
        "stands",
        "been",
        "are",
        "were",
    }
)
"""Verbs before a sign in words that say the metric kept it ("funding stayed negative",
"has been negative for three days")."""
_PER_WORDS = frozenset({"per", "every", "each", "a", "an"})
"""Words that make the span after a rate its interval ("0.01% every eight hours")."""
_CONDITION_WORDS = frozenset({"if", "unless"})
"""Hedges that open a condition: an asset named in one after a metric's figure is not
the metric's ("dominance could slide to 54% if ETH/BTC clears 0.04")."""


def _restates_per_period(q: Quantity, last: Frame) -> bool:
    """ "0.0112% per eight hours, roughly 12.3% annualised", "climbed to 0.1163%, meaning
    longs were paying roughly 0.35% a day": a yearly figure after a funding reading says it
    again, and so does a daily one that is one to thirty times the reading (a day holds
    one to 24 settlements); a daily figure out of that range is a fact of its own."""
    if q.per == "P1Y":
        return True
    if q.per != "P1D" or last.quantity is None or q.value is None:
        return False
    rate, daily = last.quantity.value, q.value
    if rate is None or rate == 0:
        return False
    return abs(rate) <= abs(daily) <= 30 * abs(rate)


def _hourly(q: Quantity) -> bool:
    """A rate per some hours ("0.01% per 8 hours", "-0.0018% per hour"): a funding rate's
    form, never a price's change."""
    return q.per is not None and q.per.startswith("PT") and q.per.endswith("H")


def _quoted_in_a_crypto(mention: EntityMention | None) -> bool:
    """A pair quoted in bitcoin or ether ("ETH/BTC"): it trades as a ratio, not a price in
    money."""
    return (
        mention is not None
        and mention.type is EntityType.PAIR
        and mention.id.rsplit("-", 1)[-1] in CRYPTO_QUOTES
    )


def _names_market_entity(mention: EntityMention | None) -> bool:
    return mention is not None and mention.type is not EntityType.ORG


_EVENT_TYPES = {**{t.value: t for t in EventType}, "level": _PRICE_LEVEL}
"""Each cue kind that names an event type, and that type: a dict lookup, where calling
``EventType(kind)`` runs a dozen Python steps of ``EnumType.__call__``."""


def _event_type(kind: str) -> EventType:
    event_type = _EVENT_TYPES.get(kind)
    if event_type is None:
        raise ValueError(f"{kind!r} is not an event type")
    return event_type


def _distinct(mentions: list[EntityMention]) -> list[EntityMention]:
    out: list[EntityMention] = []
    for m in mentions:
        if not out or out[-1].id != m.id:
            out.append(m)
    return out


def _a_day_or_longer(window: str) -> bool:
    """An ISO 8601 window of a day or more: "P2D", "P1W", and "PT24H" or "PT48H" too.

    >>> [_a_day_or_longer(w) for w in ("P2D", "PT24H", "PT10H", "PT30M")]
    [True, True, False, False]
    """
    if not window.startswith("PT"):
        return True
    return window.endswith("H") and Decimal(window[2:-1]) >= HOURS_IN_A_DAY


def _direction_between(before: Quantity | None, after: Quantity | None) -> str | None:
    """ "cooled to 0.004% from 0.011%", "slid to $5.2 billion from $6.3 billion": a metric
    said with where it came from and where it is has the direction of the difference,
    when no word states one (same unit, both exact values)."""
    if before is None or after is None or before is after or before.unit != after.unit:
        return None
    if before.value is None or after.value is None or before.value == after.value:
        return None
    return "up" if after.value > before.value else "down"


def _coordinated_tail(reading: Reading, run: list[Frame]) -> list[Frame]:
    """The last figures of ``run`` joined only by commas, "and" and approximations."""
    tail = [run[-1]]
    for frame in reversed(run[:-1]):
        between = reading.units[frame.index + 1 : tail[0].index]
        if len(between) > 4:
            break
        tail.insert(0, frame)
    return tail
