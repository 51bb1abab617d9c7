"""The generated registry files: manifest integrity, shape, core precedence, long-tail rules.

The files under data/registry/generated/ are written by scripts/build_registry.py from
pinned packages; nothing here fetches or regenerates anything. MANIFEST.json records the
sha256 and entry count of each file, so an edit by hand (or a half-finished regeneration)
fails here.
"""

from __future__ import annotations

import hashlib
import json
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any

import pytest

from cryptonews_parse.entities import BareTicker, Registry, default_registry, link
from cryptonews_parse.entities.registry import read_package_generated, read_package_tables
from cryptonews_parse.errors import RegistryError
from cryptonews_parse.model import EntityType

GENERATED: Traversable = resources.files("cryptonews_parse") / "data" / "registry" / "generated"
MANIFEST: dict[str, Any] = json.loads((GENERATED / "MANIFEST.json").read_text(encoding="utf-8"))
FILES = ("venues_ccxt.json", "assets_longtail.json")
REGISTRY = default_registry()
CORE = Registry.from_toml(read_package_tables())


def _entries(name: str) -> list[dict[str, Any]]:
    data = json.loads((GENERATED / name).read_text(encoding="utf-8"))
    rows: list[dict[str, Any]] = data["entries"]
    return rows


VENUES = _entries("venues_ccxt.json")
LONGTAIL = _entries("assets_longtail.json")


@pytest.mark.parametrize("name", FILES)
def test_manifest_sha256_and_counts_match_the_files(name: str) -> None:
    """Each generated file has the sha256 and the entry count its manifest records."""
    raw = (GENERATED / name).read_bytes()
    record = MANIFEST["files"][name]
    assert hashlib.sha256(raw).hexdigest() == record["sha256"]
    assert len(_entries(name)) == record["entries"]


def test_manifest_names_its_sources_generator_and_word_check() -> None:
    """The manifest pins every source by version and sha256, with a licence, and records
    the generator version, the build date and the dictionary check it applied."""
    assert MANIFEST["generator"] == "scripts/build_registry.py"
    assert MANIFEST["generator_version"]
    assert MANIFEST["date"]
    names = {(s["name"], s["version"]) for s in MANIFEST["sources"]}
    assert {("ccxt", "4.5.90"), ("ccxt", "4.4.100"), ("ccxt", "1.69.1")} <= names
    assert ("@web3icons/common", "0.11.51") in names
    for source in MANIFEST["sources"]:
        assert len(source["sha256"]) == 64
        assert source["licence"]
        if source["shipped"]:
            assert source["licence"] in ("MIT", "CC0-1.0"), source["name"]
    check = MANIFEST["word_check"]
    assert check["words"] > 50_000
    assert check["symbols_dropped"] > 0
    assert MANIFEST["longtail_symbols"] == sorted(row["symbol"] for row in LONGTAIL)


@pytest.mark.parametrize("name", FILES)
def test_generated_files_say_they_are_generated(name: str) -> None:
    """Each file names its generator and documents its fields."""
    data = json.loads((GENERATED / name).read_text(encoding="utf-8"))
    assert "scripts/build_registry.py" in data["generated_by"]
    assert "do not edit" in data["generated_by"]
    fields = set(data["fields"])
    for row in data["entries"]:
        assert set(row) <= fields


def test_venue_rows_have_the_required_fields() -> None:
    """Every ccxt row has an id, a name, pins, a dex flag and the venue it becomes."""
    assert len({row["ccxt_id"] for row in VENUES}) == len(VENUES)
    for row in VENUES:
        assert isinstance(row["ccxt_id"], str) and row["ccxt_id"]
        assert isinstance(row["name"], str) and row["name"]
        assert isinstance(row["dex"], bool)
        assert row["first_pin"] and row["last_pin"]
        assert row["venue"] is None or row["venue"].startswith("venue:")
        if row["core"]:
            assert row["venue"] in CORE
        assert all(isinstance(a, str) and a for a in row["aliases"] + row["exact_aliases"])


def test_longtail_rows_have_the_required_fields() -> None:
    """Every long-tail row has an upper-case symbol, a name, a CoinGecko id and a name rule."""
    assert len({row["symbol"] for row in LONGTAIL}) == len(LONGTAIL)
    for row in LONGTAIL:
        assert row["symbol"] == row["symbol"].upper()
        assert len(row["symbol"]) >= 3
        assert isinstance(row["name"], str) and row["name"]
        assert isinstance(row["cg"], str) and row["cg"]
        assert row["rank"] is None or isinstance(row["rank"], int)
        assert isinstance(row["link_name"], bool)
        assert row["link_name"] or row["name_note"]


def test_no_generated_id_collides_with_a_core_id() -> None:
    """Generated entries get new ids; ccxt ids of a core brand add to the core venue."""
    generated = [e for e in REGISTRY if e.source is not None]
    assert generated
    for entry in generated:
        assert entry.id not in CORE, entry.id
    for core in CORE:
        merged = REGISTRY.get(core.id)
        assert merged.source is None
        assert set(core.aliases) <= set(merged.aliases)
        assert merged.examples == core.examples
    ccxt_ids = {row["ccxt_id"] for row in VENUES}
    assert {"binanceusdm", "binancecoinm", "okex", "huobipro", "coinbasepro"} <= ccxt_ids
    assert "venue:binanceusdm" not in REGISTRY
    assert "venue:okex" not in REGISTRY


def test_no_longtail_symbol_is_a_blocklisted_word_or_core_ticker() -> None:
    """Long-tail symbols are never blocklisted, never a core ticker and never fiat."""
    core_tickers = {t for e in CORE for t in e.tickers()}
    for row in LONGTAIL:
        assert not REGISTRY.blocked(row["symbol"]), row["symbol"]
        assert row["symbol"] not in core_tickers, row["symbol"]
    for entry in REGISTRY:
        if entry.source == "web3icons":
            assert entry.bare_ticker is BareTicker.CASHTAG_ONLY
            assert entry.aliases == () and entry.nicknames == ()


def test_longtail_tickers_stay_out_of_the_quantity_grammar() -> None:
    """asset_tickers() (the grammar's vocabulary) is the core's unless asked otherwise."""
    assert REGISTRY.asset_tickers() == CORE.asset_tickers()
    assert "KLAY" not in REGISTRY.asset_tickers()
    assert "KLAY" in REGISTRY.asset_tickers(generated=True)


def test_top_500_coverage_is_recorded() -> None:
    """The manifest reports how many of web3icons' ranks 1-500 the core and long tail cover."""
    cover = MANIFEST["coverage"]
    parts = cover["core"] + cover["longtail"] + cover["not_covered"]
    assert parts == cover["tokens_ranked_1_500"]
    assert cover["core"] + cover["longtail"] >= 0.85 * cover["tokens_ranked_1_500"]
    review = " ".join(MANIFEST["longtail"]["dropped_top500_for_review"])
    for symbol in cover["not_covered_symbols"]:
        assert f"{symbol} (" in review


LINKS = [
    pytest.param("Klaytn rallied.", [("Klaytn", "asset:KLAY")], id="distinctive-name"),
    pytest.param("$KLAY rallied.", [("$KLAY", "asset:KLAY")], id="cashtag"),
    pytest.param(
        "Klaytn (KLAY) rallied.",
        [("Klaytn", "asset:KLAY"), ("KLAY", "asset:KLAY")],
        id="apposition",
    ),
    pytest.param("KLAY/USDT spiked.", [("KLAY/USDT", "pair:KLAY-USDT")], id="pair"),
    pytest.param("Pocket Network grew.", [("Pocket Network", "asset:POKT")], id="project-phrase"),
    pytest.param(
        "Bitcoin Gold and Bitcoin",
        [("Bitcoin Gold", "asset:BTG"), ("Bitcoin", "asset:BTC")],
        id="longest-name",
    ),
    pytest.param("Bybit EU expanded.", [("Bybit EU", "venue:bybit")], id="ccxt-name-to-core"),
    pytest.param("Bitvavo listed it.", [("Bitvavo", "venue:bitvavo")], id="new-ccxt-venue"),
    pytest.param("BITVAVO LISTED IT", [("BITVAVO", "venue:bitvavo")], id="venue-any-case"),
    pytest.param("EXMO listed it.", [("EXMO", "venue:exmo")], id="caps-venue-exact"),
]


@pytest.mark.parametrize(("text", "expected"), LINKS)
def test_generated_entries_link_in_strong_context(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """Long-tail assets link by distinctive name, cashtag, apposition or pair; ccxt names
    link to their brand."""
    assert [(m.text, m.id) for m in link(text)] == expected


NO_LINKS = [
    pytest.param("KLAY fell 4%.", id="bare-ticker"),
    pytest.param("Whales sold 5,000 KLAY.", id="amount-is-not-enough"),
    pytest.param("Status update on the Energy Web.", id="english-name"),
    pytest.param("The $META and $VIX cashtags.", id="stock-cashtags"),
    pytest.param("Bullish traders and an alpaca.", id="word-venue-names"),
    pytest.param("Binance COIN-M and MyOKX (EEA)", id="api-product-names"),
]


@pytest.mark.parametrize("text", NO_LINKS)
def test_generated_entries_do_not_link_in_prose(text: str) -> None:
    """A long-tail ticker in prose, an English name or a product name links to nothing new."""
    assert [m.id for m in link(text) if REGISTRY.get(m.id).source is not None] == []
    assert not any(m.text in ("COIN-M", "Binance COIN-M", "MyOKX") for m in link(text))


def test_generated_entries_never_make_a_surface_ambiguous() -> None:
    """A generated name or ticker that the core already uses is skipped at load."""
    tables = {
        "assets.toml": "[BTC]\nname = 'Bitcoin'\naliases = ['Bitcoin']\nexamples = ['x']\n",
        "venues.toml": "[binance]\nname = 'Binance'\naliases = ['Binance']\nexamples = ['x']\n",
    }
    venues = {
        "entries": [
            {"ccxt_id": "binanceusdm", "venue": "venue:binance", "aliases": ["Bitcoin"]},
            {"ccxt_id": "newex", "name": "NewEx", "venue": "venue:newex", "aliases": ["NewEx"]},
        ]
    }
    assets = {
        "entries": [
            {"symbol": "BTC", "name": "Other", "link_name": True},
            {"symbol": "NEWEX", "name": "Newex Token", "link_name": True},
            {"symbol": "ZZZ", "name": "Bitcoin", "link_name": True},
        ]
    }
    registry = Registry.from_toml(
        tables,
        {"venues_ccxt.json": json.dumps(venues), "assets_longtail.json": json.dumps(assets)},
    )
    assert registry.get("venue:binance").aliases == ("Binance",)
    assert registry.get("venue:newex").aliases == ("NewEx",)
    assert registry.get("asset:BTC").name == "Bitcoin"
    assert "asset:NEWEX" not in registry
    assert registry.get("asset:ZZZ").exact_aliases == ()
    assert [e.id for e in registry.lookup("Bitcoin")] == ["asset:BTC"]


BAD_GENERATED = [
    pytest.param({"venues_ccxt.json": "{"}, "not valid JSON", id="bad-json"),
    pytest.param({"venues_ccxt.json": '{"rows": []}'}, "entries", id="no-entries"),
    pytest.param(
        {"venues_ccxt.json": '{"entries": [{"ccxt_id": "x", "venue": "org:x"}]}'},
        "not a venue id",
        id="bad-venue",
    ),
    pytest.param(
        {
            "assets_longtail.json": json.dumps(
                {"entries": [{"symbol": "ABC", "name": "A", "link_name": 1}]}
            )
        },
        "link_name",
        id="bad-field-type",
    ),
    pytest.param(
        {
            "assets_longtail.json": json.dumps(
                {"entries": [{"symbol": "abc", "name": "A", "link_name": True}]}
            )
        },
        "upper-case",
        id="lower-symbol",
    ),
]


@pytest.mark.parametrize(("generated", "reason"), BAD_GENERATED)
def test_bad_generated_rows_raise_registry_error(generated: dict[str, str], reason: str) -> None:
    """A malformed generated file raises RegistryError naming the file at load."""
    with pytest.raises(RegistryError, match=reason) as info:
        Registry.from_toml({}, generated)
    assert info.value.file.startswith("generated/")


def test_shipped_generated_files_are_loaded_by_default() -> None:
    """default_registry() reads both generated files from the package."""
    assert set(read_package_generated()) == set(FILES)
    sizes = REGISTRY.sizes()
    assert sizes[EntityType.ASSET] >= CORE.sizes()[EntityType.ASSET] + 1000
    assert sizes[EntityType.VENUE] >= CORE.sizes()[EntityType.VENUE] + 100
