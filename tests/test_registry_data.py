"""The shipped registry data checks itself: examples link, aliases are unambiguous, ids are sane.

Algorithm behaviour lives in test_entities.py; this file is about the data files and the
loader's validation (malformed rows raise RegistryError at load, naming file and key).
"""

from __future__ import annotations

import pickle
import re
from collections import defaultdict

import pytest

from cryptonews_parse.entities import Entry, Registry, default_registry, link
from cryptonews_parse.entities.registry import BareTicker, read_package_tables
from cryptonews_parse.errors import RegistryError
from cryptonews_parse.model import EntityType

REGISTRY = default_registry()
ENTRIES = tuple(REGISTRY)
_ID = re.compile(
    r"(asset|fund):[0-9]*[A-Z][A-Z0-9]{0,11}\Z|(venue|org|person|metric):[a-z0-9][a-z0-9_-]*\Z"
)
# Surfaces deliberately shared by two ids, with the rule that tells them apart. Empty now:
# dual org/asset names (Ripple/XRP) use the entry's `asset` field instead.
SHARED_SURFACES: dict[str, str] = {}


def _example_cases() -> list[tuple[str, str]]:
    return [(entry.id, sentence) for entry in ENTRIES for sentence in entry.examples]


@pytest.mark.parametrize(("entity_id", "sentence"), _example_cases())
def test_every_example_links_to_its_entry(entity_id: str, sentence: str) -> None:
    """Each `examples` sentence yields a mention of its entry (fiat: as a pair's quote)."""
    entry = REGISTRY.get(entity_id)
    found: set[str | None] = set()
    for mention in link(sentence):
        found.add(mention.id)
        if mention.type is EntityType.PAIR:
            pair = REGISTRY.get(mention.id)
            found.update({pair.base, pair.quote})
    assert entity_id in found, f"{sentence!r} -> {sorted(i for i in found if i is not None)}"
    assert entry.examples


def _unknown_mentions(sentence: str) -> list[str]:
    return [m.id for m in link(sentence) if any("not in the registry" in w for w in m.warnings)]


UNKNOWN = REGISTRY.unknown


@pytest.mark.parametrize("sentence", UNKNOWN.examples if UNKNOWN else ())
def test_every_unknown_ticker_example_links_one_unknown_asset(sentence: str) -> None:
    """Each unknown.toml [link] example links exactly one ticker the registry lacks."""
    assert len(set(_unknown_mentions(sentence))) == 1, sentence


@pytest.mark.parametrize("sentence", UNKNOWN.counter_examples if UNKNOWN else ())
def test_no_never_example_links_an_unknown_asset(sentence: str) -> None:
    """No unknown.toml [never.*] example links a ticker the registry lacks."""
    assert _unknown_mentions(sentence) == [], sentence


def test_shipped_unknown_ticker_rules_load() -> None:
    """The shipped unknown-ticker rules load, with stop words in each family."""
    assert UNKNOWN is not None
    assert {"AM", "UTC", "NGN", "MSTR", "ERC20", "NOT"} <= UNKNOWN.never
    assert UNKNOWN.examples
    assert UNKNOWN.counter_examples


def test_ids_are_unique_and_well_formed() -> None:
    """Every id has its type's prefix and key shape, and no id appears twice."""
    ids = [entry.id for entry in ENTRIES]
    assert len(ids) == len(set(ids))
    for entry in ENTRIES:
        assert _ID.match(entry.id), entry.id
        assert entry.id.startswith(f"{entry.type}:")


def test_no_surface_maps_to_two_ids_without_a_rule() -> None:
    """An alias, nickname or linkable ticker names one id unless SHARED_SURFACES says why."""
    folded: dict[str, set[str]] = defaultdict(set)
    exact: dict[str, set[str]] = defaultdict(set)
    for entry in ENTRIES:
        for alias in entry.aliases + entry.nicknames:
            folded[alias.casefold()].add(entry.id)
        for alias in entry.exact_aliases + entry.weak_aliases:
            exact[alias].add(entry.id)
        if entry.bare_ticker not in (None, BareTicker.NEVER):
            for ticker in entry.tickers():
                exact[ticker].add(entry.id)
    clashes = {s: ids for s, ids in folded.items() if len(ids) > 1}
    clashes.update({s: ids for s, ids in exact.items() if len(ids) > 1})
    for surface, ids in exact.items():
        other = folded.get(surface.casefold(), set()) - ids
        if other:
            clashes[surface] = ids | other
    assert {s: ids for s, ids in clashes.items() if s not in SHARED_SURFACES} == {}


def test_blocklisted_words_are_no_linkable_ticker() -> None:
    """Blocklisted surfaces (SEC, CPI, OI …) are never the ticker of a linkable entry."""
    for entry in ENTRIES:
        if entry.bare_ticker is BareTicker.NEVER:
            continue
        for ticker in entry.tickers():
            assert not REGISTRY.blocked(ticker), entry.id


def test_references_point_to_entries_of_the_right_type() -> None:
    """Funds name an existing issuer org and underlying asset; dual names an existing asset."""
    for entry in ENTRIES:
        if entry.type is EntityType.FUND:
            assert entry.issuer is not None
            assert REGISTRY.get(entry.issuer).type is EntityType.ORG
            assert entry.underlying is not None
            assert REGISTRY.get(entry.underlying).type is EntityType.ASSET
        if entry.asset is not None:
            assert REGISTRY.get(entry.asset).type is EntityType.ASSET


def test_every_data_file_documents_its_fields_with_an_example_entry() -> None:
    """Each TOML file opens with a comment block that shows one full entry."""
    for name, text in read_package_tables().items():
        head = text.split("\n[", 1)[0]
        assert head.startswith("# "), name
        assert "# A full entry:" in head, name


def test_sizes_cover_every_type_and_the_curated_core() -> None:
    """sizes() counts every type; the core holds at least 250 assets and the main venues."""
    sizes = REGISTRY.sizes()
    assert set(sizes) == set(EntityType)
    assert sum(sizes.values()) == len(REGISTRY)
    assert sizes[EntityType.ASSET] >= 250
    assert sizes[EntityType.PAIR] == 0
    for venue in ("binance", "okx", "htx", "bybit", "coinbase", "cme", "cboe", "hyperliquid"):
        assert f"venue:{venue}" in REGISTRY


def test_asset_tickers_has_current_and_former_crypto_tickers_only() -> None:
    """asset_tickers() holds current and former crypto tickers, not fiat or blocklisted words."""
    tickers = REGISTRY.asset_tickers()
    assert {"BTC", "ETH", "POL", "MATIC", "RENDER", "RNDR", "S", "FTM", "XBT"} <= tickers
    assert not {"USD", "EUR", "SEC", "OI", "IBIT"} & tickers


def test_lookup_get_and_iteration() -> None:
    """lookup() applies case rules, get() raises KeyError, pairs are made on demand."""
    assert [e.id for e in REGISTRY.lookup("king coin")] == ["asset:BTC"]
    assert [e.id for e in REGISTRY.lookup("King Coin")] == ["asset:BTC"]
    assert [e.id for e in REGISTRY.lookup("OKEx")] == ["venue:okx"]
    assert [e.id for e in REGISTRY.lookup("$NEAR")] == ["asset:NEAR"]
    assert REGISTRY.lookup("gate") == ()
    assert [e.id for e in REGISTRY.lookup("Gate")] == ["venue:gate"]
    assert REGISTRY.lookup("SEC")[0].id == "org:sec"
    pair = REGISTRY.get("pair:BTC-USDT")
    assert (pair.base, pair.quote) == ("asset:BTC", "asset:USDT")
    assert [e.id for e in REGISTRY.lookup("XBTUSD")] == ["pair:BTC-USD"]
    with pytest.raises(KeyError):
        REGISTRY.get("asset:NOPE")
    with pytest.raises(KeyError):
        REGISTRY.get("pair:USD-BTC")
    assert len(list(REGISTRY)) == len(REGISTRY)
    assert REGISTRY.get("fund:IBIT").underlying == "asset:BTC"
    assert REGISTRY.get("asset:POL").former_tickers == ("MATIC",)


def test_entries_are_frozen_and_pickle() -> None:
    """Entries are immutable values that survive pickling (Spark and Dask workers)."""
    entry = REGISTRY.get("asset:BTC")
    assert pickle.loads(pickle.dumps(entry)) == entry
    with pytest.raises(AttributeError):
        entry.name = "x"  # type: ignore[misc]
    assert isinstance(entry, Entry)


BAD_ROWS = [
    pytest.param({"assets.toml": "[BTC]\nexamples = ['BTC']\n"}, "name is required", id="no-name"),
    pytest.param({"assets.toml": "[BTC]\nname = 'B'\n"}, "example", id="no-examples"),
    pytest.param(
        {"assets.toml": "[btc]\nname = 'B'\nexamples = ['x']\n"}, "upper-case", id="lower-key"
    ),
    pytest.param(
        {"assets.toml": "[BTC]\nname = 'B'\nbare_ticker = 'often'\nexamples = ['x']\n"},
        "bare_ticker",
        id="bad-level",
    ),
    pytest.param(
        {"assets.toml": "[BTC]\nname = 'B'\ncolour = 'orange'\nexamples = ['x']\n"},
        "unknown field",
        id="unknown-field",
    ),
    pytest.param(
        {"assets.toml": "[BTC]\nname = 'B'\naliases = 'Bitcoin'\nexamples = ['x']\n"},
        "list of non-empty strings",
        id="alias-not-list",
    ),
    pytest.param(
        {"funds.toml": "[IBIT]\nname = 'I'\nissuer = 'org:x'\nexamples = ['x']\n"},
        "issuer and underlying",
        id="fund-no-underlying",
    ),
    pytest.param(
        {
            "funds.toml": "[IBIT]\nname = 'I'\nissuer = 'org:nope'\nunderlying = 'asset:BTC'\n"
            "examples = ['x']\n",
            "assets.toml": "[BTC]\nname = 'B'\nexamples = ['x']\n",
        },
        "not a known org",
        id="fund-unknown-issuer",
    ),
    pytest.param(
        {
            "assets.toml": "[SEC]\nname = 'S'\nexamples = ['x']\n",
            "blocklist.toml": "[r]\nwords = ['SEC']\n",
        },
        "blocklist",
        id="blocked-ticker",
    ),
    pytest.param({"venues.toml": "[x\n"}, "not valid TOML", id="bad-toml"),
    pytest.param(
        {"unknown.toml": "[never.u]\nwords = ['am']\nexamples = ['x']\n"},
        "not upper-case",
        id="unknown-lower-case-word",
    ),
    pytest.param(
        {"unknown.toml": "[never.u]\nexamples = ['x']\n"},
        "words must be a list",
        id="unknown-without-words",
    ),
    pytest.param(
        {"unknown.toml": "[never.u]\nwords = ['AM']\n"},
        "examples must be a list",
        id="unknown-without-examples",
    ),
    pytest.param(
        {"unknown.toml": "[stop]\nwords = ['AM']\n"},
        "expected \\[link\\] or",
        id="unknown-unexpected-table",
    ),
]


@pytest.mark.parametrize(("tables", "reason"), BAD_ROWS)
def test_bad_rows_raise_registry_error_at_load(tables: dict[str, str], reason: str) -> None:
    """A malformed row raises RegistryError naming the file, the key and the reason."""
    with pytest.raises(RegistryError, match=reason) as info:
        Registry.from_toml(tables)
    assert info.value.file.endswith(".toml")
    assert pickle.loads(pickle.dumps(info.value)).reason == info.value.reason


def test_a_contract_only_one_venue_lists_names_that_venue() -> None:
    """A venue's ``contracts`` map its own symbols to it, case and separators aside; a pair
    that many venues list names none."""
    registry = default_registry()
    assert registry.contract_venue("XBTUSD") == "venue:bitmex"
    assert registry.contract_venue("xbt-usd") == "venue:bitmex"
    assert registry.contract_venue("BTCUSDT") is None
