"""Spun text: detection, de-spinning, the table file, and reading "cardinal" from context."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

import cryptonews_parse as cnp
from cryptonews_parse import quantities, spin, textnorm
from cryptonews_parse.errors import RegistryError
from cryptonews_parse.model import Bound, Kind, Quantity

SEEDS = Path(__file__).parents[1] / "seeds"
GOLDEN = Path(__file__).parent / "golden" / "quantities"
SPUN_STEM = "002_0a001f5979bc8fe9"

# Three distinct markers, so that a made-up paragraph is judged spun.
SPUN = "Agelong holders whitethorn driblet arsenic the azygous buyer leaves. "


def _seed(stem: str) -> str:
    (path,) = SEEDS.glob(f"{stem}*.txt")
    return path.read_text(encoding="utf-8")


def _quantity(text: str, written: str) -> Quantity:
    """The one quantity of ``parse(text)`` whose text is ``written``."""
    (found,) = [q for q in cnp.parse(text).quantities if q.text == written]
    return found


# ---- detection ---------------------------------------------------------------------------


@pytest.mark.parametrize(("stem", "spun"), [("000", False), ("001", False), ("002", True),
                                            ("003", False), ("004", False)])  # fmt: skip
def test_detection_on_the_seeds(stem: str, spun: bool) -> None:
    """Only seed 002 is synonym-spun; the four normal articles are not."""
    text = _seed(stem)
    assert spin.is_spun(text) is spun
    assert textnorm.normalise(text).spun == ("wordnet" if spun else None)
    assert cnp.parse(text).to_dict()["spun"] == ("wordnet" if spun else None)


def test_detection_counts_distinct_markers() -> None:
    """One marker repeated is not evidence; three different ones are."""
    assert spin.family("wordnet").min_distinct_markers == 3
    assert not spin.is_spun("Arsenic, arsenic and more arsenic in the nether regions. " * 20)
    assert spin.is_spun("Arsenic and nether and precocious.")
    assert spin.shipped().evidence("Arsenic and nether and precocious.") == {
        "wordnet": {"arsenic", "nether", "precocious"}
    }


NORMAL = [
    pytest.param("A successful defense above $100,000 could signal a rally.", id="successful"),
    pytest.param("In terms of volume, BTC led with $1.2 billion.", id="terms"),
    pytest.param("Wallets connected to the exploit moved 5,000 ETH.", id="connected"),
    pytest.param("The full amount of $300 million was repaid; he retired in 2024.", id="full"),
    pytest.param("The cardinal rule: never risk more than 2%.", id="cardinal-word"),
    pytest.param("Oregon's pension fund bought $1 million of shares.", id="oregon"),
    # the thesaurus family's single words are real English too
    pytest.param("The stake is worth $4.2 million at today's price.", id="worth"),
    pytest.param("The firm sold a property in Lisbon for 31 BTC.", id="property"),
    pytest.param("Regulators called the leverage excessive after a 9% drop.", id="excessive"),
    pytest.param("An alternate route to the bridge opened on Friday.", id="alternate"),
    pytest.param("Buying and selling pressure balanced near $2,640.", id="buying-and-selling"),
    pytest.param("A quick rebound and a lengthy consolidation followed.", id="quick-lengthy"),
    pytest.param("Internet Computer rose 6%; internet outages hit miners.", id="internet"),
    pytest.param("Merchants and buyers report inflows of $9 million.", id="merchants-buyers"),
    pytest.param("The quantity of ETH staked rose by a degree of 3%.", id="quantity-degree"),
    pytest.param("Prices hovered round numbers; the trade closed at $50,000.", id="round-trade"),
    pytest.param("Fees were practically flat and virtually all of 2% went out.", id="practically"),
]


@pytest.mark.parametrize("text", NORMAL)
def test_normal_sentences_are_untouched(text: str) -> None:
    """Ordinary table words of every family in normal text are never replaced."""
    norm = textnorm.normalise(text)
    assert (norm.spun, norm.text, norm.edits) == (None, text, ())


# ---- de-spinning -------------------------------------------------------------------------

DESPUN_SEED = [
    "Bitcoin price is down 17% from its all-time high on Tuesday, dropping under $104,000.",
    "Crypto liquidations totaled $1.3 million in losses over the past 24 hours.",
    "Traders say Bitcoin needs to rapidly reclaim $105,000 to avoid a deeper correction",
    "BTC price fell as low as $104,130 on Tuesday",
    "a total of $1.36 million was wiped out of the market in short and long positions",
    "The single biggest liquidation occurred on HTX, where a $47.87 million BTC-USDT long",
    "This article does not incorporate",  # spun, but "incorporate" is a real word: kept
    # idioms settle the sense of an ambiguous spun word ("enactment": support, action, line)
    "$100,000 is now Bitcoin's last line of defense",
    "The next area of support is $100K.",
    "could trigger a new downward leg beneath the $100,000 psychological level",
    "bears extended the sell-side action into the European Trading session",
]


@pytest.mark.parametrize("sentence", DESPUN_SEED)
def test_seed_002_reads_as_meant(sentence: str) -> None:
    """Spot checks of the de-spun seed ("cardinal" stays million until resolution)."""
    assert sentence in textnorm.normalise(_seed("002")).text


def test_case_follows_the_spun_word() -> None:
    """Capitalised spun words give capitalised meant words; ALL-CAPS and names are left."""
    text = SPUN + "Successful March, AGELONG FULL oregon Oregon terms."
    assert textnorm.normalise(text).text.endswith("In March, AGELONG FULL or Oregon price.")


def test_well_connected_keeps_its_hyphenated_word() -> None:
    """A table word inside a hyphenated compound is not a spun word."""
    assert textnorm.normalise(SPUN + "A well-connected full-time trader.").text.endswith(
        "A well-connected full-time trader."
    )


def test_cardinal_is_replaced_only_after_a_figure() -> None:
    """ "cardinal" becomes a magnitude after a number only; its new place is recorded."""
    norm = textnorm.normalise(SPUN + "A cardinal rule: $2 cardinal successful losses.")
    assert norm.text.endswith("A cardinal rule: $2 million in losses.")
    (where,) = norm.cardinals
    assert norm.text[where.start : where.end] == "million"
    span = norm.span(where.start, where.end)
    assert norm.original[span.start : span.end] == "cardinal"


def test_despin_with_a_fixture_table() -> None:
    """The algorithm works from any table: longest entry first, markers from the table."""
    table = spin.Family.from_toml(FIXTURE, "fixture.toml")
    assert table.name == "fixture"
    assert table.markers == {"zork", "frob"}
    families = spin.Families.of([table])
    assert spin.detect("zork zork zork", families) is None
    assert spin.detect("zork and frob", families) is table
    despun = spin.despin("Zork frob blue moon, blue cardinal", table)
    assert (despun.text, despun.family) == ("Yes no red sun, red cardinal", "fixture")
    assert spin.despin("5 cardinal zork", table).text == "5 lakh yes"


FIXTURE = """
[family]
name = "fixture"
[detection]
min_distinct_markers = 2
[words]
zork = { meant = "yes", marker = true }
frob = { meant = "no", marker = true }
blue = { meant = "red" }
"blue moon" = { meant = "red sun" }
[cardinal]
word = "cardinal"
provisional = "lakh"
alternative = "crore"
alternative_power = 2
headline_max_chars = 100
part_after = ["of that"]
whole_after = ["of which"]
[cardinal.largest]
INR = "1000"
"""

BAD_TABLES = [
    pytest.param(FIXTURE.replace('meant = "no"', 'means = "no"'), "words.frob", id="no-meant"),
    pytest.param(FIXTURE.replace("zork =", "Zork ="), "words.Zork", id="upper-case-key"),
    pytest.param(FIXTURE.replace("= 2\n[words]", "= 0\n[words]"), "detection", id="threshold"),
    pytest.param(FIXTURE.replace("= 2\n[words]", "= 3\n[words]"), "detection", id="few-markers"),
    pytest.param(FIXTURE.replace('"fixture"', '"Fix ture"'), "family.name", id="bad-name"),
    pytest.param(FIXTURE.replace("[family]", "[famly]"), "family", id="no-family"),
    pytest.param(FIXTURE.replace('"1000"', '"lots"'), "cardinal.largest.INR", id="bad-limit"),
    pytest.param(FIXTURE.replace("[words]", "[wordz]"), "words", id="no-words"),
    pytest.param(
        FIXTURE.replace("[words]\n", '[words]\ncardinal = { meant = "x" }\n'),
        "words.cardinal",
        id="cardinal-row",
    ),
]


@pytest.mark.parametrize(("toml", "key"), BAD_TABLES)
def test_bad_table_rows_raise_registry_error(toml: str, key: str) -> None:
    """A malformed table fails at load with the file and the key, not mid-article."""
    with pytest.raises(RegistryError) as raised:
        spin.Family.from_toml(toml, "fixture.toml")
    assert (raised.value.file, raised.value.key) == ("fixture.toml", key)


def test_shipped_table_lists_the_design_words() -> None:
    """DESIGN.md's spun words are in the shipped table with their meant words."""
    meant = spin.family("wordnet").meant
    design = {
        "agelong": "long", "abbreviated": "short", "successful": "in", "connected": "on",
        "terms": "price", "precocious": "high", "nether": "under", "implicit": "over",
    }  # fmt: skip
    assert {word: meant[word] for word in design} == design
    assert meant["cardinal"] == "million"


# ---- cardinal: million or billion --------------------------------------------------------


def test_headline_figure_anchors_a_cardinal() -> None:
    """An unspun headline figure ($2.4B) makes "$2.45 cardinal" billions (headline cut)."""
    text = f"Liquidations hit $2.4B as longs unwind\n\n{SPUN}Liquidations totaled $2.45 cardinal."
    assert _quantity(text, "$2.45 cardinal").value == Decimal("2450000000")
    assert _quantity(text, "$2.45 cardinal").warnings == ()


def test_without_an_anchor_the_same_figure_warns() -> None:
    """Without the headline, "$2.45 cardinal" in a liquidation sentence stays undecided."""
    found = _quantity(f"{SPUN}Liquidations totaled $2.45 cardinal.", "$2.45 cardinal")
    assert found.value == Decimal("2450000")
    (warning,) = found.warnings
    assert "2450000" in warning and "2450000000" in warning
    assert "'$2.45 cardinal'" in warning


def test_headline_anchor_in_millions() -> None:
    """A "$324M" headline makes "$324.6 cardinal" millions where billions are plausible too."""
    text = f"Market cap sheds $324M\n{SPUN}Its market cap fell by $324.6 cardinal."
    assert _quantity(text, "$324.6 cardinal").value == Decimal("324600000")


def test_a_part_is_not_larger_than_its_whole() -> None:
    """ "€45 cardinal of that total" after "€1.2 billion" is millions (no size limit for EUR)."""
    text = (
        f"{SPUN}The fund lost €1.2 billion, with bonds accounting for €45 cardinal of that total."
    )
    assert _quantity(text, "€45 cardinal").value == Decimal("45000000")


def test_part_and_whole_resolve_each_other() -> None:
    """ "€1.5 cardinal, of which €300 cardinal": only billion-whole, million-part fits."""
    text = f"{SPUN}Outflows were €1.5 cardinal, of which €300 cardinal left on Monday."
    assert _quantity(text, "€1.5 cardinal").value == Decimal("1500000000")
    assert _quantity(text, "€300 cardinal").value == Decimal("300000000")


def test_implausible_readings_are_dropped() -> None:
    """$316.6 billion of liquidations and $150 billion anywhere are implausible; so is 1.5bn BTC."""
    text = (
        f"{SPUN}Ether saw $316.6 cardinal successful agelong liquidations. "
        "A fund raised $150 cardinal. Whales hold 1.5 cardinal BTC."
    )
    assert _quantity(text, "$316.6 cardinal").value == Decimal("316600000")
    assert _quantity(text, "$150 cardinal").value == Decimal("150000000")
    assert _quantity(text, "1.5 cardinal BTC").value == Decimal("1500000")
    assert _quantity(text, "1.5 cardinal BTC").kind is Kind.CRYPTO


def test_market_cap_context_allows_large_figures() -> None:
    """In a market-cap sentence $150 billion is plausible, so both readings stay, with a warning."""
    found = _quantity(f"{SPUN}Its market cap is $150 cardinal.", "$150 cardinal")
    assert found.value == Decimal("150000000")
    (warning,) = found.warnings
    assert "150000000000" in warning


def test_ranges_are_resolved_end_by_end() -> None:
    """A range is scaled as a whole: "$200-300 cardinal" of liquidations is millions."""
    text = f"{SPUN}Shorts saw $200-300 cardinal successful liquidations. It may be $2-3 cardinal."
    resolved = _quantity(text, "$200-300 cardinal")
    assert (resolved.low, resolved.high) == (Decimal("200000000"), Decimal("300000000"))
    unresolved = _quantity(text, "$2-3 cardinal")
    assert (unresolved.low, unresolved.high) == (Decimal("2000000"), Decimal("3000000"))
    (warning,) = unresolved.warnings
    assert "2000000-3000000" in warning and "2000000000-3000000000" in warning


def test_resolution_without_cardinals_is_the_identity() -> None:
    """Normal text: the quantities come back unchanged (same objects)."""
    norm = textnorm.normalise("BTC fell to $100K after $1.3B of liquidations.")
    found = quantities.find_quantities(norm.text)
    assert spin.resolve_cardinals(norm, found) == tuple(found)


# ---- seed 002 ----------------------------------------------------------------------------

SEED_CARDINALS = {
    "$1.3 cardinal": "1300000000",
    "$1.21 cardinal": "1210000000",
    "$377 cardinal": "377000000",
    "$316.6 cardinal": "316600000",
    "$1.36 cardinal": "1360000000",
    "$47.87 cardinal": "47870000",
}


def test_seed_002_cardinals_read_as_meant() -> None:
    """Each "cardinal" of seed 002 gets its meant magnitude, exactly, without warnings."""
    text = _seed("002")
    found = {q.text: q for q in cnp.parse(text).quantities if "cardinal" in q.text}
    assert {k: str(q.value) for k, q in found.items()} == SEED_CARDINALS
    for q in found.values():
        assert isinstance(q.value, Decimal)
        assert (q.unit, q.warnings) == ("USD", ())
        assert text[q.span.start : q.span.end] == q.text
    assert found["$1.21 cardinal"].bound is Bound.LOWER


def test_seed_002_matches_its_golden_table() -> None:
    """Every golden item of seed 002, spun or not, is found as a reader wrote it."""
    golden = json.loads((GOLDEN / f"{SPUN_STEM}.json").read_text(encoding="utf-8"))
    keys = ("text", "start", "end", "kind", "value", "unit", "low", "high", "approx", "bound")
    rows = [q.to_dict() for q in cnp.parse(_seed("002")).quantities]
    found = [{k: row[k] for k in keys} for row in rows]
    assert found == [{k: item[k] for k in keys} for item in golden]
