"""Entity linking: case tables, the bare-ticker policy, seed goldens and a span property."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cryptonews_parse import parse
from cryptonews_parse.entities import Registry, default_registry, link
from cryptonews_parse.model import EntityMention, EntityType

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).resolve().parent / "golden" / "entities"


def ids(text: str, registry: Registry | None = None) -> list[tuple[str, str]]:
    """(text, id) of each mention, for readable assertions."""
    return [(m.text, m.id) for m in link(text, registry)]


MUST_NOT_LINK = [
    pytest.param("Here is a link to the page.", id="link-word"),
    pytest.param("The price traded near the top of its range.", id="near-word"),
    pytest.param("It is one of the biggest moves this year.", id="one-word"),
    pytest.param("They call it the sol of the market.", id="sol-word"),
    pytest.param("Gas fees spiked on the network.", id="gas-word"),
    pytest.param("ETF flows turned positive.", id="etf-flows"),
    pytest.param("Exchange flows and fund flows", id="flow-word"),
    pytest.param("The Open Interest is a metric.", id="open-not-asset"),
    pytest.param("$100 is not a cashtag, nor is $5bn.", id="dollar-amounts"),
    pytest.param("The CPI print and the ATH were in the news.", id="blocklisted"),
    pytest.param("A short dominance implies traders are bearish.", id="bare-dominance"),
    pytest.param("It was an op-ed on atoms and tons of sand.", id="lowercase-words"),
    pytest.param("ONE OF THE BIGGEST RALLIES EVER SEEN", id="all-caps-cue"),
    pytest.param("LINK TO THE NEAR FUTURE OF FLOW", id="all-caps-upper"),
    pytest.param("See https://www.gate.com/announcements for details.", id="url"),
    pytest.param("Ask @coinglass_com about it.", id="handle"),
    pytest.param("It runs on a weekly basis.", id="bare-basis"),
    pytest.param("Sources: AlphaBTCs and metaBTC.", id="inside-word"),
    pytest.param("The ID and the AI team met the OP.", id="two-letter-cue-tickers"),
    pytest.param("It is the largest cryptocurrency exchange by volume.", id="nickname-venue"),
]


@pytest.mark.parametrize("text", MUST_NOT_LINK)
def test_ordinary_words_link_to_nothing(text: str) -> None:
    """English words, news acronyms, amounts, URLs and handles are never entities."""
    assert [m for m in link(text) if m.type is EntityType.ASSET] == []
    if "Open Interest" not in text:
        assert ids(text) == []


MUST_LINK = [
    pytest.param("LINK rallied 12%", [("LINK", "asset:LINK")], id="upper-ticker"),
    pytest.param(
        "- SOL $96m, XRP $41m, DOGE $19m",
        [("SOL", "asset:SOL"), ("XRP", "asset:XRP"), ("DOGE", "asset:DOGE")],
        id="a-price-after-a-ticker-in-a-line-of-capitals",
    ),
    pytest.param(
        "ETH $2,410 \u25bc-4.2%   DOGE -5.3%",
        [("ETH", "asset:ETH"), ("DOGE", "asset:DOGE")],
        id="a-signed-percent-after-a-ticker",
    ),
    pytest.param("$NEAR is up", [("$NEAR", "asset:NEAR")], id="cashtag"),
    pytest.param("$link trended", [("$link", "asset:LINK")], id="lower-cashtag"),
    pytest.param(
        "Chainlink (LINK) rose",
        [("Chainlink", "asset:LINK"), ("LINK", "asset:LINK")],
        id="apposition",
    ),
    pytest.param("Whales bought 2,000 LINK", [("LINK", "asset:LINK")], id="amount-cue"),
    pytest.param("More than 32kBTC moved", [("BTC", "asset:BTC")], id="glued-amount"),
    pytest.param("Traders sold 2.5k BTC", [("BTC", "asset:BTC")], id="magnitude-amount"),
    pytest.param("OKEx rebranded", [("OKEx", "venue:okx")], id="old-venue-name"),
    pytest.param("Huobi saw outflows", [("Huobi", "venue:htx")], id="huobi"),
    pytest.param(
        "Gate.io and Gate", [("Gate.io", "venue:gate"), ("Gate", "venue:gate")], id="gate"
    ),
    pytest.param("MATIC fell", [("MATIC", "asset:POL")], id="former-ticker"),
    pytest.param("RNDR and FTM", [("RNDR", "asset:RENDER"), ("FTM", "asset:S")], id="renames"),
    pytest.param("BTC.D rose", [("BTC.D", "metric:dominance")], id="dominance-symbol"),
    pytest.param(
        "Bitcoin's dominance rose",
        [("Bitcoin", "asset:BTC"), ("dominance", "metric:dominance")],
        id="possessive-dominance",
    ),
    pytest.param("the SEC sued", [("SEC", "org:sec")], id="sec-org"),
    pytest.param("OI fell 4%", [("OI", "metric:open_interest")], id="oi-metric-only"),
    pytest.param("BTC-USDT longs", [("BTC-USDT", "pair:BTC-USDT")], id="dash-pair"),
    pytest.param("BTC/USD chart", [("BTC/USD", "pair:BTC-USD")], id="slash-pair"),
    pytest.param("BTCUSDT perpetual", [("BTCUSDT", "pair:BTC-USDT")], id="glued-pair"),
    pytest.param("the XBTUSD contract", [("XBTUSD", "pair:BTC-USD")], id="xbt-pair"),
    pytest.param("ETH/BTC fell", [("ETH/BTC", "pair:ETH-BTC")], id="crypto-quote"),
    pytest.param("LINK-PERP rose", [("LINK", "asset:LINK")], id="perp-suffix"),
    pytest.param("ETH-based tokens", [("ETH", "asset:ETH")], id="hyphen-compound"),
    pytest.param("Bitcoin's price", [("Bitcoin", "asset:BTC")], id="possessive-outside-span"),
    pytest.param("Bitcoin’s price", [("Bitcoin", "asset:BTC")], id="typographic-possessive"),
    pytest.param(
        "bitcoins and ethers",
        [("bitcoins", "asset:BTC"), ("ethers", "asset:ETH")],
        id="plurals-inside-span",
    ),
    pytest.param("BITCOIN CRASHES", [("BITCOIN", "asset:BTC")], id="all-caps-name"),
    pytest.param(
        "BTC AND XRP SLUMP", [("BTC", "asset:BTC"), ("XRP", "asset:XRP")], id="all-caps-always"
    ),
    pytest.param(
        "the king coin and digital gold",
        [("king coin", "asset:BTC"), ("digital gold", "asset:BTC")],
        id="nicknames",
    ),
    pytest.param(
        "the No. 2 token lagged while the world's biggest cryptocurrency held",
        [("No. 2 token", "asset:ETH"), ("world's biggest cryptocurrency", "asset:BTC")],
        id="rank-epithets",
    ),
    pytest.param(
        "Grayscale's Ether Mini Trust",
        [("Grayscale", "org:grayscale"), ("Ether Mini Trust", "fund:ETH")],
        id="fund-name-after-its-issuer",
    ),
    pytest.param(
        "Bitcoin Cash and Bitcoin",
        [("Bitcoin Cash", "asset:BCH"), ("Bitcoin", "asset:BTC")],
        id="longest-match",
    ),
    pytest.param(
        "Optimism is live; OP rose",
        [("Optimism", "asset:OP"), ("OP", "asset:OP")],
        id="name-earlier-cue",
    ),
    pytest.param("OP holders voted", [("OP", "asset:OP")], id="asset-word-cue"),
    pytest.param("IBIT took in $500 million", [("IBIT", "fund:IBIT")], id="fund-ticker"),
    pytest.param(
        "Grayscale Bitcoin Mini Trust",
        [("Grayscale Bitcoin Mini Trust", "fund:BTC")],
        id="mini-trust-name",
    ),
    pytest.param(
        "Ripple price rose; Ripple said",
        [("Ripple", "asset:XRP"), ("Ripple", "org:ripple")],
        id="dual-name",
    ),
    pytest.param(
        "the Chicago Mercantile Exchange and CME Group",
        [("Chicago Mercantile Exchange", "venue:cme"), ("CME Group", "venue:cme")],
        id="cme",
    ),
    pytest.param(
        "Elon Musk and Trump",
        [("Elon Musk", "person:elon-musk"), ("Trump", "person:donald-trump")],
        id="people",
    ),
    pytest.param("TRUMP rallied", [("TRUMP", "asset:TRUMP")], id="trump-token"),
    pytest.param(
        "The Short-Term Holder Realized Price",
        [("Short-Term Holder Realized Price", "metric:realized_price")],
        id="sth-realized",
    ),
    pytest.param(
        "Solana, Ripple and Cardano drew inflows",
        [("Solana", "asset:SOL"), ("Ripple", "asset:XRP"), ("Cardano", "asset:ADA")],
        id="company-name-in-a-list-of-assets",
    ),
    pytest.param(
        "Holders of tether (USDT) moved",
        [("tether", "asset:USDT"), ("USDT", "asset:USDT")],
        id="company-name-before-its-ticker",
    ),
    pytest.param(
        "Trades in Tether, the dollar-pegged stablecoin, rose",
        [("Tether", "asset:USDT")],
        id="company-name-in-apposition",
    ),
    pytest.param(
        "Yesterday the ARK 21Shares Bitcoin ETF (ARKB) trailed",
        [("ARK 21Shares Bitcoin ETF (ARKB)", "fund:ARKB")],
        id="fund-name-and-ticker-are-one-mention",
    ),
    pytest.param(
        "ETHs and BTCs", [("ETHs", "asset:ETH"), ("BTCs", "asset:BTC")], id="plural-tickers"
    ),
    pytest.param(
        "its dominance rose while the 200-day MA and the 50MA held",
        [
            ("dominance", "metric:dominance"),
            ("200-day MA", "metric:moving_average"),
            ("50MA", "metric:moving_average"),
        ],
        id="metric-families",
    ),
    pytest.param(
        "assets under management (AUM) and market value",
        [
            ("assets under management", "metric:aum"),
            ("AUM", "metric:aum"),
            ("market value", "metric:market_cap"),
        ],
        id="aum-and-market-value",
    ),
    pytest.param(
        "Ronin Network paused; Ronin (RON) fell",
        [("Ronin Network", "org:ronin"), ("Ronin", "asset:RON"), ("RON", "asset:RON")],
        id="protocol-team-and-its-token",
    ),
    pytest.param(
        "Crypto Quant and Bybt",
        [("Crypto Quant", "org:cryptoquant"), ("Bybt", "org:coinglass")],
        id="split-and-former-names",
    ),
    pytest.param(
        "On OKX, SOL funding flipped negative",
        [("OKX", "venue:okx"), ("SOL", "asset:SOL")],
        id="a-venue-after-on-before-an-asset-is-no-list-of-assets",
    ),
]


@pytest.mark.parametrize(("text", "expected"), MUST_LINK)
def test_mentions_link_to_their_ids(text: str, expected: list[tuple[str, str]]) -> None:
    """Names, tickers with evidence, pairs, cashtags and metrics link to the expected ids."""
    assert ids(text) == expected


def test_unclear_cue_ticker_links_with_a_warning() -> None:
    """A 3+ letter cue-level ticker without evidence links, but says it is unsure."""
    (mention,) = link("DOGE cuts budgets.")
    assert mention.id == "asset:DOGE"
    assert mention.warnings
    assert "without a cue" in mention.warnings[0]
    (cued,) = link("DOGE holders cheered.")
    assert cued.warnings == ()


def test_weak_alias_links_with_a_warning() -> None:
    """A name that is also a capitalised word ("Optimism") carries a warning."""
    (mention,) = link("Optimism returned to markets.")
    assert mention.id == "asset:OP"
    assert "ordinary word" in mention.warnings[0]


def test_default_registry_is_used_and_cached() -> None:
    """link() without a registry uses the shipped one, loaded once."""
    assert default_registry() is default_registry()
    assert ids("BTC", default_registry()) == ids("BTC")


FIXTURE = {
    "assets.toml": """
[AAA]
name = "Alpha"
aliases = ["Alpha Chain"]
bare_ticker = "always"
examples = ["AAA"]

[BBB]
name = "Bravo"
aliases = ["Bravo Network"]
bare_ticker = "upper"
examples = ["BBB"]

[CCC]
name = "Charlie"
aliases = ["Charlie Protocol"]
bare_ticker = "cue"
examples = ["$CCC"]

[DD]
name = "Delta"
aliases = ["Delta Coin"]
bare_ticker = "cue"
examples = ["$DD"]

[EEE]
name = "Echo"
aliases = ["Echo Token"]
bare_ticker = "cashtag_only"
examples = ["$EEE"]

[FFF]
name = "Foxtrot"
aliases = ["Foxtrot Coin"]
bare_ticker = "never"
examples = ["Foxtrot Coin"]

[USD]
name = "US dollar"
kind = "fiat"
bare_ticker = "never"
examples = ["AAA/USD"]
""",
}
LEVELS = [
    pytest.param("AAA fell", ["asset:AAA"], id="always-mixed"),
    pytest.param("AAA AND THE MARKET FELL", ["asset:AAA"], id="always-caps"),
    pytest.param("BBB fell", ["asset:BBB"], id="upper-mixed"),
    pytest.param("BBB AND THE MARKET FELL", [], id="upper-caps-no-cue"),
    pytest.param("SOLD 100 BBB AND THE MARKET FELL", ["asset:BBB"], id="upper-caps-amount"),
    pytest.param("CCC fell", ["asset:CCC"], id="cue-3-letters-warns"),
    pytest.param("DD fell", [], id="cue-2-letters-dropped"),
    pytest.param("Delta Coin rose and DD fell", ["asset:DD", "asset:DD"], id="cue-name-earlier"),
    pytest.param("DD fell; Delta Coin rose", ["asset:DD"], id="cue-name-later"),
    pytest.param("Whales sold 5,000 DD", ["asset:DD"], id="cue-amount"),
    pytest.param("EEE fell", [], id="cashtag-only-bare"),
    pytest.param("5,000 EEE", [], id="cashtag-only-amount"),
    pytest.param("#EEE and $EEE", ["asset:EEE", "asset:EEE"], id="cashtag-only-tags"),
    pytest.param("Echo Token (EEE)", ["asset:EEE", "asset:EEE"], id="cashtag-only-apposition"),
    pytest.param("EEE/USD", ["pair:EEE-USD"], id="cashtag-only-pair"),
    pytest.param("FFF and $FFF", [], id="never"),
    pytest.param("Foxtrot Coin", ["asset:FFF"], id="never-name-still-links"),
    pytest.param("USD and $USD", [], id="fiat-alone"),
]


@pytest.mark.parametrize(("text", "expected"), LEVELS)
def test_bare_ticker_levels_on_a_fixture_registry(text: str, expected: list[str]) -> None:
    """Each of the five bare-ticker levels needs exactly the evidence it promises."""
    registry = Registry.from_toml(FIXTURE)
    assert [m.id for m in link(text, registry)] == expected


def _golden_stems() -> list[str]:
    return sorted(p.stem for p in GOLDEN.glob("*.json"))


def _as_rows(mentions: tuple[EntityMention, ...]) -> list[dict[str, object]]:
    return [
        {"text": m.text, "start": m.span.start, "end": m.span.end, "id": m.id, "type": m.type}
        for m in mentions
    ]


def test_every_seed_has_a_golden_table() -> None:
    """Each seed article has a hand-written golden entity table."""
    seeds = sorted(p.stem for p in (ROOT / "seeds").glob("*.txt"))
    assert seeds == _golden_stems()
    assert len(seeds) == 5


@pytest.mark.parametrize("stem", _golden_stems())
def test_seed_entities_match_the_golden_table(stem: str) -> None:
    """link() on a seed yields exactly the mentions a reader listed, spans included."""
    golden = json.loads((GOLDEN / f"{stem}.json").read_text(encoding="utf-8"))
    text = (ROOT / golden["seed"]).read_text(encoding="utf-8")
    for row in golden["entities"]:
        assert text[row["start"] : row["end"]] == row["text"]
    expected = [
        {k: row[k] for k in ("text", "start", "end", "id", "type")} for row in golden["entities"]
    ]
    assert _as_rows(link(text)) == expected


def _gaps() -> list[object]:
    cases: list[object] = []
    for stem in _golden_stems():
        golden = json.loads((GOLDEN / f"{stem}.json").read_text(encoding="utf-8"))
        for row in golden["known_gaps"]:
            mark = pytest.mark.xfail(reason=row["why"], strict=True)
            cases.append(pytest.param(golden["seed"], row, id=f"{stem}-{row['id']}", marks=mark))
    return cases


@pytest.mark.parametrize(("seed", "row"), _gaps())
def test_known_gaps_in_seeds(seed: str, row: dict[str, object]) -> None:
    """Mentions a reader sees but the linker misses (xfail until fixed)."""
    text = (ROOT / seed).read_text(encoding="utf-8")
    assert {
        "text": row["text"],
        "start": row["start"],
        "end": row["end"],
        "id": row["id"],
        "type": row["type"],
    } in _as_rows(link(text))


_REG = default_registry()
_FRAGMENTS = sorted(
    {a for e in _REG for a in (e.aliases[:2] + e.exact_aliases[:1] + e.tickers()[:1])}
    | {
        "$",
        "$LINK",
        "BTC.D",
        "/",
        "-",
        "(",
        ")",
        "'s",
        "’s",
        "s",
        "2,000",
        "32k",
        " ",
        ". ",
        "\n",
        "USDT",
        "PERP",
        "link",
        "near",
        "one",
        "sol",
        "gas",
        "é",
        "😀",
        "\x00",
    }
)


@given(st.lists(st.sampled_from(_FRAGMENTS) | st.text(max_size=4), max_size=20).map("".join))
def test_spans_are_ordered_disjoint_and_exact(text: str) -> None:
    """Mentions come in text order, never overlap, and text[start:end] equals their text."""
    last_end = 0
    for mention in link(text):
        assert mention.span.start >= last_end
        assert mention.span.start < mention.span.end
        assert text[mention.span.start : mention.span.end] == mention.text
        assert mention.id.startswith(f"{mention.type}:")
        last_end = mention.span.end


def _unknown(text: str) -> list[tuple[str, str]]:
    """(text, id) of the mentions linked as tickers the registry does not hold."""
    return [
        (m.text, m.id)
        for m in link(text)
        if any("is not in the registry" in warning for warning in m.warnings)
    ]


UNKNOWN_MUST_LINK = [
    pytest.param("$VELTRO climbed 27% by noon.", [("$VELTRO", "asset:VELTRO")], id="cashtag"),
    pytest.param(
        "Base Memecoin FLUMBO Sinks 88%", [("FLUMBO", "asset:FLUMBO")], id="title-case-token-word"
    ),
    pytest.param(
        "Buyers of FLUMBO, a frog-themed Base memecoin, lost most of it.",
        [("FLUMBO", "asset:FLUMBO")],
        id="apposition-after",
    ),
    pytest.param(
        "Brisola (BRSL) lost 8% to $0.0312.", [("BRSL", "asset:BRSL")], id="name-in-brackets"
    ),
    pytest.param("A fund sold 4.8 million BRSL.", [("BRSL", "asset:BRSL")], id="amount-word"),
    pytest.param("Someone moved 75kBRSL overnight.", [("BRSL", "asset:BRSL")], id="glued-k"),
    pytest.param("Holders staked 12,500 KARVO.", [("KARVO", "asset:KARVO")], id="grouped"),
    pytest.param("KARVO/USDC listed at noon.", [("KARVO", "asset:KARVO")], id="slash-pair"),
    pytest.param("The KARVO-USDT book thinned.", [("KARVO", "asset:KARVO")], id="dash-pair"),
    pytest.param("KARVO-PERP funding flipped.", [("KARVO", "asset:KARVO")], id="perp"),
    pytest.param("The KARVO price doubled.", [("KARVO", "asset:KARVO")], id="price-word"),
    pytest.param("Buyers took KARVO tokens.", [("KARVO", "asset:KARVO")], id="token-word"),
    pytest.param("the KARVO utility token", [("KARVO", "asset:KARVO")], id="modifier-token"),
    pytest.param(
        "The platform's native token, KARVO, rose 5%.",
        [("KARVO", "asset:KARVO")],
        id="token-word-before",
    ),
    pytest.param(
        "Brisola (BRSL) rallied. BRSL later gave back 3%.",
        [("BRSL", "asset:BRSL"), ("BRSL", "asset:BRSL")],
        id="earlier-mention",
    ),
    pytest.param("$KARVO'S RALLY STALLS", [("$KARVO", "asset:KARVO")], id="cashtag-all-caps"),
]


@pytest.mark.parametrize(("text", "expected"), UNKNOWN_MUST_LINK)
def test_unknown_ticker_links_with_evidence(text: str, expected: list[tuple[str, str]]) -> None:
    """A ticker no entry holds links as asset:<TICKER>, with a warning, given evidence."""
    assert _unknown(text) == expected


UNKNOWN_MUST_NOT_LINK = [
    pytest.param("KARVO rallied 12% on Monday.", id="bare-without-evidence"),
    pytest.param("KARVOs and 32KARVO", id="plural-and-digit-glued"),
    pytest.param("THE KARVO TOKEN SURGES 40%", id="all-caps-line"),
    pytest.param("#KARVO and $karvo trended.", id="hashtag-and-lower-cashtag"),
    pytest.param("The vote opens at 9 AM EST and ends 4 PM UTC.", id="time-units"),
    pytest.param("Lawmakers debated the 2025 SAFER Act.", id="law-name"),
    pytest.param("On April 7 DELTRA rose 9%.", id="day-of-month"),
    pytest.param("It paid $5 million DELTRA fees.", id="money-before"),
    pytest.param("The Decentralized Sequencer Network (DSN) went live.", id="acronym"),
    pytest.param("Meridex Holdings (MDXH) rose 4%.", id="company-form"),
    pytest.param("Shares of Orvane (ORVN) shares rose.", id="share-ticker"),
    pytest.param("Coinbase (COIN) and 300 NVDA shares", id="listed-share-tickers"),
    pytest.param("It raised 120 MEUR and sold 30 USD40 vouchers.", id="codes-with-magnitudes"),
    pytest.param("The client paid 48 NGN per unit.", id="currency-code"),
    pytest.param("Issuers minted 3 million ERC20 tokens.", id="token-standard"),
    pytest.param("The team said the token is NOT for sale.", id="emphasis"),
    pytest.param("The Solana Nexus (SOLNX) chain went live.", id="known-name-in-bracketed-run"),
    pytest.param("Dellwyn (DLWN) bought 650 ETH for its treasury.", id="company-verb"),
    pytest.param("Fees sat at 7 GWEI and the app had 90,000 DAU.", id="crypto-units"),
]


@pytest.mark.parametrize("text", UNKNOWN_MUST_NOT_LINK)
def test_unknown_ticker_needs_evidence_and_no_listed_word(text: str) -> None:
    """Without evidence, or for acronyms, units, codes and share tickers, nothing links."""
    assert _unknown(text) == []


def test_unknown_ticker_warning_and_event_asset() -> None:
    """The mention says it is not in the registry, and the event takes it as its asset."""
    doc = parse("Brisola (BRSL) lost 8% to $0.0312 on Friday.")
    (mention,) = [m for m in doc.entities if m.id == "asset:BRSL"]
    assert mention.warnings == (
        "'BRSL' is not in the registry; linked as asset:BRSL by its bracketed name",
    )
    assert {e.asset for e in doc.events} == {"asset:BRSL"}


def test_unknown_tickers_link_only_with_the_rules_file() -> None:
    """A registry built without unknown.toml links no unknown ticker; with it, it does."""
    tables = {"assets.toml": '[AAA]\nname = "Alpha"\nexamples = ["AAA"]\n'}
    assert ids("$KARVO rose", Registry.from_toml(tables)) == []
    tables["unknown.toml"] = (
        '[link]\nexamples = ["$KARVO"]\n[never.x]\nwords = ["KARVO"]\nexamples = ["$KARVO"]\n'
    )
    registry = Registry.from_toml(tables)
    assert ids("$KARVO and $DELTRA rose", registry) == [("$DELTRA", "asset:DELTRA")]


ISSUER_POSSESSIVE = [
    pytest.param("VanEck's HODL drew $7.3 million.", [("HODL", "fund:HODL")], id="vaneck"),
    pytest.param("VanEck’s HODL drew $7.3 million.", [("HODL", "fund:HODL")], id="typographic"),
    pytest.param("Hashdex's DEFI shed $1.1 million.", [("DEFI", "fund:DEFI")], id="hashdex"),
    pytest.param("Bitwise's HODL rose.", [], id="another-issuer"),
    pytest.param("VanEck HODL rose.", [], id="no-possessive"),
    pytest.param("They HODL, VanEck's staff said.", [], id="issuer-after"),
]


@pytest.mark.parametrize(("text", "expected"), ISSUER_POSSESSIVE)
def test_fund_ticker_after_its_issuers_possessive(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """A fund ticker that needs evidence links right after its own issuer's possessive."""
    assert [(m.text, m.id) for m in link(text) if m.type is EntityType.FUND] == expected


class _Everywhere:
    """A set that holds every string: with it as ``near_lower`` the linker always takes
    its slow way (the lower-cased names and every exact-case name in two passes)."""

    def __contains__(self, item: object) -> bool:
        return True


_REGISTRY_NAMES = sorted(default_registry().exact_aliases()) + sorted(
    default_registry().folded_aliases()
)
_LOWER_INITIAL = [name for name in _REGISTRY_NAMES if name[:1].islower()]


@given(
    st.lists(
        st.sampled_from(_LOWER_INITIAL)
        | st.sampled_from(_REGISTRY_NAMES)
        | st.sampled_from(_REGISTRY_NAMES).map(str.upper)
        | st.sampled_from(_REGISTRY_NAMES).map(str.lower)
        | st.sampled_from(_FRAGMENTS)
        | st.sampled_from([" ", "-", ".", "s ", "'s ", "’s ", "@", "("]),
        max_size=12,
    ).map("".join)
)
def test_the_fast_name_passes_find_what_the_two_slow_ones_do(text: str) -> None:
    """The lower-cased names' pass that also holds the exact-case names beginning with a
    lower-case letter, with the capitals' pass, links as the two passes over every name
    (which it hands the text to when one of those names may be near)."""
    from cryptonews_parse.entities import linker

    matcher = linker._matcher(default_registry())
    fast = matcher.link(text)
    near = matcher.near_lower
    try:
        matcher.near_lower = _Everywhere()  # type: ignore[assignment]
        assert matcher.link(text) == fast
    finally:
        matcher.near_lower = near
