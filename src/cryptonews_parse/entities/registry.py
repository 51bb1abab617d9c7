"""The entity registry: curated TOML tables in, one frozen, typed lookup out.

In: the package data files under ``cryptonews_parse/data/registry/`` (``assets.toml``,
``venues.toml``, ``funds.toml``, ``orgs.toml``, ``people.toml``, ``metrics.toml``,
``blocklist.toml``, ``unknown.toml``), each documenting its own fields at the top, and the
generated files under ``generated/`` (``venues_ccxt.json``: ccxt's exchanges merged per brand;
``assets_longtail.json``: long-tail tokens that link only in strong context), written by
``scripts/build_registry.py`` from pinned packages and listed in ``MANIFEST.json``. The
curated core always wins: a generated surface that the core already uses is skipped.

Out: a read-only :class:`Registry` of :class:`Entry` records (id, type, display name,
aliases and typed attributes such as an asset's CoinGecko id or a fund's issuer), with
surface lookups for the linker. Trading pairs are not listed anywhere: ``pair:BASE-QUOTE``
entries are made on demand from two asset tickers.

Why a stage of its own: the data is checked once, at load, so that a bad row raises
:class:`~cryptonews_parse.errors.RegistryError` naming the file and key instead of failing
in the middle of an article, and so that the linker can compile everything it needs once.
"""

from __future__ import annotations

import enum
import functools
import json
import re
import tomllib
from collections.abc import Iterator, Mapping
from importlib import resources
from typing import Final, TypeVar

import attrs

from cryptonews_parse.errors import RegistryError
from cryptonews_parse.model import EntityType


class BareTicker(enum.StrEnum):
    """When an asset's or fund's ticker may link without a ``$`` in front.

    ``always``: upper-case anywhere, all-caps headlines included (BTC, XRP).
    ``upper``: upper-case in mixed-case text; in all-caps text only with a cue (LINK, SOL).
    ``cue``: always needs a cue (cashtag, amount, pair, "Name (TICKER)", an asset word
    after it, or the full name earlier); unclear uses are flagged with a warning (OP, ONE).
    ``cashtag_only``: only ``$TICKER``, a pair or "Name (TICKER)".
    ``never``: the ticker never links (the name still does).
    """

    ALWAYS = "always"
    UPPER = "upper"
    CUE = "cue"
    CASHTAG_ONLY = "cashtag_only"
    NEVER = "never"


@attrs.frozen(kw_only=True)
class Entry:
    """One registry record: a canonical id with its names and typed attributes.

    Attributes:
        id: the canonical id, ``<type>:<key>`` (``asset:BTC``, ``venue:htx``).
        type: the id's prefix as an :class:`~cryptonews_parse.model.EntityType`.
        name: the display name ("Bitcoin", "HTX").
        aliases: surface forms matched in any letter case ("bitcoin", "Huobi").
        exact_aliases: surface forms matched only as written ("Gate", "SEC", "OI").
        nicknames: descriptive names matched in any case ("king coin", "digital gold").
        weak_aliases: exact forms that are also ordinary words; they link with a warning.
        after_asset: aliases that link only right after an asset ("BTC dominance").
        ticker: the current ticker of an asset or fund.
        former_tickers: earlier tickers of a renamed asset (MATIC for POL).
        alt_tickers: other tickers for the same asset on some venues (XBT for BTC).
        contracts: a venue's own contract symbols, listed by no other venue ("XBTUSD").
        bare_ticker: when the ticker may link without a ``$`` (assets and funds).
        cg: an asset's CoinGecko id, the stable key across renames and ticker clashes.
        kind: a sub-kind from the data file ("cex", "dex", "fiat", "regulator" …).
        asset: for a venue or org that shares its name with a token, that asset's id.
        issuer: a fund's issuer org id.
        underlying: a fund's underlying asset id.
        base: a pair's base asset id.
        quote: a pair's quote asset id.
        examples: sentences that must link to this entry (checked by the tests).
        source: None for the curated core; ``"ccxt"`` or ``"web3icons"`` for entries made
            from the generated files (long-tail assets, venues the core lacks).
    """

    id: str
    type: EntityType
    name: str
    aliases: tuple[str, ...] = ()
    exact_aliases: tuple[str, ...] = ()
    nicknames: tuple[str, ...] = ()
    weak_aliases: tuple[str, ...] = ()
    after_asset: tuple[str, ...] = ()
    ticker: str | None = None
    former_tickers: tuple[str, ...] = ()
    alt_tickers: tuple[str, ...] = ()
    contracts: tuple[str, ...] = ()
    bare_ticker: BareTicker | None = None
    cg: str | None = None
    kind: str | None = None
    asset: str | None = None
    issuer: str | None = None
    underlying: str | None = None
    base: str | None = None
    quote: str | None = None
    examples: tuple[str, ...] = ()
    source: str | None = None

    @property
    def key(self) -> str:
        """The id without its type prefix (``BTC`` for ``asset:BTC``)."""
        return self.id.partition(":")[2]

    def tickers(self) -> tuple[str, ...]:
        """The current, former and alternative tickers, current first."""
        own = () if self.ticker is None else (self.ticker,)
        return own + self.former_tickers + self.alt_tickers


@attrs.frozen(kw_only=True)
class UnknownTickers:
    """The rules for tickers no entry holds, from ``unknown.toml``.

    Attributes:
        never: upper-case words that never link as an unknown ticker (acronyms, units,
            currency codes, share tickers), on top of the blocklist.
        modifiers: words allowed between a ticker and "token" ("QLO governance token").
        not_before: capitalised words that make an all-caps word before them part of a
            name ("GENIUS Act").
        company_verbs: verbs after "Name (TICKER)" that make the name a company.
        company_forms: last words of a name that make it a company's or a body's
            ("Holdings", "Commission"), whose bracketed ticker is no token.
        examples: sentences that must link an unknown ticker (checked by the tests).
        counter_examples: sentences in which no unknown ticker may link.
    """

    never: frozenset[str] = frozenset()
    modifiers: tuple[str, ...] = ()
    not_before: tuple[str, ...] = ()
    company_verbs: tuple[str, ...] = ()
    company_forms: tuple[str, ...] = ()
    examples: tuple[str, ...] = ()
    counter_examples: tuple[str, ...] = ()


_FILES: Final = (
    ("assets.toml", EntityType.ASSET),
    ("venues.toml", EntityType.VENUE),
    ("funds.toml", EntityType.FUND),
    ("orgs.toml", EntityType.ORG),
    ("people.toml", EntityType.PERSON),
    ("metrics.toml", EntityType.METRIC),
)
_FILE_OF: Final = {etype: file for file, etype in _FILES}
_BLOCKLIST: Final = "blocklist.toml"
_UNKNOWN: Final = "unknown.toml"
_VENUES_CCXT: Final = "venues_ccxt.json"
_LONGTAIL: Final = "assets_longtail.json"
_GENERATED: Final = (_VENUES_CCXT, _LONGTAIL)
_TICKER = re.compile(r"[0-9]*[A-Z][A-Z0-9]{0,11}\Z")
_SLUG = re.compile(r"[a-z0-9][a-z0-9_-]{0,63}\Z")
_STR_LISTS: Final = (
    "aliases",
    "exact_aliases",
    "nicknames",
    "weak_aliases",
    "after_asset",
    "former_tickers",
    "alt_tickers",
    "contracts",
    "examples",
)
_STRS: Final = ("name", "cg", "kind", "asset", "issuer", "underlying", "bare_ticker")
_ALLOWED: Final[dict[EntityType, frozenset[str]]] = {
    EntityType.ASSET: frozenset(
        {
            "name",
            "cg",
            "kind",
            "aliases",
            "exact_aliases",
            "nicknames",
            "weak_aliases",
            "former_tickers",
            "alt_tickers",
            "bare_ticker",
            "examples",
        }
    ),
    EntityType.FUND: frozenset(
        {
            "name",
            "kind",
            "aliases",
            "exact_aliases",
            "issuer",
            "underlying",
            "bare_ticker",
            "examples",
        }
    ),
    EntityType.VENUE: frozenset(
        {
            "name",
            "kind",
            "aliases",
            "exact_aliases",
            "weak_aliases",
            "asset",
            "ccxt",
            "contracts",
            "examples",
        }
    ),
    EntityType.ORG: frozenset(
        {"name", "kind", "aliases", "exact_aliases", "weak_aliases", "asset", "examples"}
    ),
    EntityType.PERSON: frozenset({"name", "aliases", "exact_aliases", "role", "examples"}),
    EntityType.METRIC: frozenset({"name", "aliases", "exact_aliases", "after_asset", "examples"}),
}
STABLE_QUOTES: Final = ("FDUSD", "USDT", "USDC", "BUSD", "TUSD")
"""Stablecoins that markets quote prices in ("BTC fell below 76,000 USDT")."""
# Quote currencies tried, longest first, when a glued symbol such as "BTCUSDT" is split.
PAIR_QUOTES: Final = (
    *STABLE_QUOTES,
    "USD",
    "EUR",
    "GBP",
    "JPY",
    "KRW",
    "TRY",
    "BRL",
    "BTC",
    "ETH",
    "BNB",
)


class Registry:
    """A read-only set of entries with the surface lookups the linker needs.

    Build one with :func:`default_registry` (the shipped data) or
    :meth:`Registry.from_toml` (your own tables, e.g. in tests).

    >>> reg = default_registry()
    >>> reg.get("asset:BTC").name
    'Bitcoin'
    >>> [e.id for e in reg.lookup("king coin")]
    ['asset:BTC']
    """

    __slots__ = (
        "__weakref__",
        "_blocked",
        "_by_id",
        "_contracts",
        "_exact",
        "_folded",
        "_issued",
        "_tickers",
        "unknown",
    )

    def __init__(
        self,
        entries: tuple[Entry, ...],
        blocklist: frozenset[str] = frozenset(),
        unknown: UnknownTickers | None = None,
    ) -> None:
        """Index ``entries``; use :meth:`from_toml` to get validation of raw tables.

        Args:
            entries: the records, ids unique.
            blocklist: surfaces that are never a ticker ("SEC", "CPI").
            unknown: the rules for linking tickers no entry holds; None (the default for
                a registry without ``unknown.toml``) links none.

        Raises:
            RegistryError: two entries share an id.
        """
        by_id: dict[str, Entry] = {}
        folded: dict[str, list[Entry]] = {}
        exact: dict[str, list[Entry]] = {}
        tickers: dict[str, list[Entry]] = {}
        contracts: dict[str, str] = {}
        issued: dict[tuple[str, str], list[Entry]] = {}
        for entry in entries:
            if entry.id in by_id:
                raise RegistryError(
                    _FILE_OF.get(entry.type, "?"), entry.key, f"duplicate id {entry.id}"
                )
            by_id[entry.id] = entry
            for alias in entry.aliases + entry.nicknames:
                _add(folded, alias.casefold(), entry)
            for alias in entry.exact_aliases + entry.weak_aliases:
                _add(exact, alias, entry)
            for ticker in entry.tickers():
                _add(tickers, ticker, entry)
            for symbol in entry.contracts:
                contracts[symbol.upper()] = entry.id
            if entry.issuer is not None and entry.underlying is not None:
                _add(issued, (entry.issuer, entry.underlying), entry)
        self._by_id: Mapping[str, Entry] = by_id
        self._folded = {k: tuple(v) for k, v in folded.items()}
        self._exact = {k: tuple(v) for k, v in exact.items()}
        self._tickers = {k: tuple(v) for k, v in tickers.items()}
        self._blocked = blocklist
        self._contracts = contracts
        self._issued = {k: tuple(v) for k, v in issued.items()}
        self.unknown = unknown

    @classmethod
    def from_toml(
        cls, tables: Mapping[str, str], generated: Mapping[str, str] | None = None
    ) -> Registry:
        """Build a registry from TOML texts keyed by file name ("assets.toml" …).

        Without "unknown.toml" in ``tables``, tickers no entry holds never link.

        Args:
            tables: file name to TOML text; missing files count as empty.
            generated: optional JSON texts of the generated files ("venues_ccxt.json",
                "assets_longtail.json"), merged after the core; the core wins every clash.

        Returns:
            The validated registry.

        Raises:
            RegistryError: a file does not parse or a row is malformed.
        """
        entries: list[Entry] = []
        for file, etype in _FILES:
            data = _parse(file, tables.get(file, ""))
            entries.extend(_entry(file, etype, key, row) for key, row in data.items())
        blocked = _blocklist(_parse(_BLOCKLIST, tables.get(_BLOCKLIST, "")))
        if generated:
            entries = _merge_generated(entries, blocked, generated)
        unknown = None
        if _UNKNOWN in tables:
            unknown = _unknown_tickers(_parse(_UNKNOWN, tables[_UNKNOWN]))
        registry = cls(tuple(entries), blocked, unknown)
        registry._check_references()
        return registry

    def _check_references(self) -> None:
        for entry in self._by_id.values():
            for field, want in (
                ("issuer", EntityType.ORG),
                ("underlying", EntityType.ASSET),
                ("asset", EntityType.ASSET),
            ):
                ref = getattr(entry, field)
                if ref is None:
                    continue
                target = self._by_id.get(ref)
                if target is None or target.type is not want:
                    raise RegistryError(
                        _FILE_OF[entry.type], entry.key, f"{field} {ref!r} is not a known {want}"
                    )
            for ticker in entry.tickers():
                if ticker in self._blocked and entry.bare_ticker is not BareTicker.NEVER:
                    raise RegistryError(
                        _FILE_OF[entry.type], entry.key, f"ticker {ticker} is in the blocklist"
                    )

    def lookup(self, surface: str) -> tuple[Entry, ...]:
        """Entries that ``surface`` names on its own, by each entry's case rules.

        Tickers are found in upper case only; a trading pair ("BTC/USDT", "ETHUSD") yields
        its ``pair:`` entry.

        Args:
            surface: a name, alias, nickname, ticker or pair as it would appear in text.

        Returns:
            The matching entries, most specific first; empty when nothing matches.

        >>> [e.id for e in default_registry().lookup("Huobi")]
        ['venue:htx']
        >>> [e.id for e in default_registry().lookup("MATIC")]
        ['asset:POL']
        """
        found: list[Entry] = []
        for entry in self._exact.get(surface, ()) + self._folded.get(surface.casefold(), ()):
            if entry not in found:
                found.append(entry)
        symbol = surface[1:] if surface[:1] in "$#" else surface
        for entry in self.tickers(symbol):
            if entry not in found:
                found.append(entry)
        if not found:
            pair = self.pair(symbol)
            if pair is not None:
                found.append(pair)
        return tuple(found)

    def get(self, entity_id: str) -> Entry:
        """The entry with this id; ``pair:`` ids are made from their two assets.

        Args:
            entity_id: a full id such as ``asset:BTC`` or ``pair:BTC-USDT``.

        Returns:
            The entry.

        Raises:
            KeyError: no such entry.
        """
        entry = self._by_id.get(entity_id)
        if entry is not None:
            return entry
        kind, _, key = entity_id.partition(":")
        if kind == EntityType.PAIR:
            base, dash, quote = key.partition("-")
            pair = self.pair(base, quote) if dash else None
            if pair is not None and pair.id == entity_id:
                return pair
        raise KeyError(entity_id)

    def tickers(self, symbol: str) -> tuple[Entry, ...]:
        """Assets and funds whose current, former or alternative ticker is ``symbol``.

        Args:
            symbol: an upper-case ticker ("LINK", "MATIC").

        Returns:
            Matching entries; empty for blocklisted or unknown symbols.
        """
        if symbol in self._blocked:
            return ()
        return self._tickers.get(symbol, ())

    def issued(self, issuer: str, underlying: str) -> tuple[Entry, ...]:
        """The funds ``issuer`` runs on ``underlying`` ("org:fidelity", "asset:BTC").

        >>> [e.id for e in default_registry().issued("org:fidelity", "asset:BTC")]
        ['fund:FBTC']
        """
        return self._issued.get((issuer, underlying), ())

    def contract_venue(self, symbol: str) -> str | None:
        """The id of the one venue that lists the contract ``symbol`` ("XBTUSD" is
        BitMEX's), if a venue's ``contracts`` name it; case and separators aside."""
        return self._contracts.get("".join(c for c in symbol.upper() if c.isalnum()))

    def asset(self, symbol: str) -> Entry | None:
        """The asset (crypto or fiat) whose ticker is ``symbol``, if there is exactly one."""
        hits = [e for e in self.tickers(symbol) if e.type is EntityType.ASSET]
        return hits[0] if len(hits) == 1 else None

    @functools.lru_cache(maxsize=4096)  # noqa: B019 - registries live for the process
    def pair(self, base: str, quote: str | None = None) -> Entry | None:
        """The ``pair:`` entry for two tickers, or for one glued symbol ("XBTUSD").

        The base must be a crypto asset and the quote any asset or fiat currency; former and
        alternative tickers map to current ones (XBT -> BTC).

        Args:
            base: the base ticker, or the whole glued symbol when ``quote`` is None.
            quote: the quote ticker.

        Returns:
            The pair entry, or None when the parts are not two known assets.
        """
        if quote is None:
            for candidate in PAIR_QUOTES:
                if base.endswith(candidate) and len(base) > len(candidate):
                    found = self.pair(base[: -len(candidate)], candidate)
                    if found is not None:
                        return found
            return None
        base_entry = self.asset(base)
        quote_entry = self.asset(quote)
        if base_entry is None or quote_entry is None or base_entry is quote_entry:
            return None
        if base_entry.kind == "fiat":
            return None
        b, q = base_entry.key, quote_entry.key
        return Entry(
            id=f"pair:{b}-{q}",
            type=EntityType.PAIR,
            name=f"{b}/{q}",
            base=base_entry.id,
            quote=quote_entry.id,
        )

    def asset_tickers(self, *, generated: bool = False) -> frozenset[str]:
        """Current and former upper-case tickers of crypto assets (not fiat, not funds).

        The quantity grammar uses this set to read amounts such as "2.5k BTC", so by default
        it holds the curated core only: long-tail tickers never make an amount.

        Args:
            generated: also include the long-tail assets from the generated files.

        Returns:
            The tickers.

        >>> {"BTC", "MATIC", "POL"} <= default_registry().asset_tickers()
        True
        """
        return frozenset(
            t
            for e in self._by_id.values()
            if e.type is EntityType.ASSET and e.kind != "fiat" and (generated or e.source is None)
            for t in e.tickers()
            if t not in self._blocked
        )

    def blocked(self, surface: str) -> bool:
        """True when ``surface`` is in the blocklist (never a ticker on its own)."""
        return surface in self._blocked

    def sizes(self) -> dict[EntityType, int]:
        """How many entries of each type are listed (pairs are made on demand: 0).

        Returns:
            A count per entity type, every type present.
        """
        counts = dict.fromkeys(EntityType, 0)
        for entry in self._by_id.values():
            counts[entry.type] += 1
        return counts

    def folded_aliases(self) -> Mapping[str, tuple[Entry, ...]]:
        """Case-folded alias and nickname -> entries (read-only view for the linker)."""
        return self._folded

    def exact_aliases(self) -> Mapping[str, tuple[Entry, ...]]:
        """Exact-case alias -> entries (read-only view for the linker)."""
        return self._exact

    def ticker_map(self) -> Mapping[str, tuple[Entry, ...]]:
        """Ticker -> entries, blocklisted tickers included (read-only view)."""
        return self._tickers

    def __len__(self) -> int:
        return len(self._by_id)

    def __iter__(self) -> Iterator[Entry]:
        return iter(self._by_id.values())

    def __contains__(self, entity_id: object) -> bool:
        return entity_id in self._by_id

    def __repr__(self) -> str:
        return f"<Registry of {len(self)} entries>"


_Key = TypeVar("_Key", str, tuple[str, str])


def _add(index: dict[_Key, list[Entry]], key: _Key, entry: Entry) -> None:
    bucket = index.setdefault(key, [])
    if entry not in bucket:
        bucket.append(entry)


def _parse(file: str, text: str) -> dict[str, object]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise RegistryError(file, "*", f"not valid TOML: {exc}") from exc


def _blocklist(data: Mapping[str, object]) -> frozenset[str]:
    words: set[str] = set()
    for key, table in data.items():
        if not isinstance(table, dict):
            raise RegistryError(_BLOCKLIST, key, "expected a table")
        for word in _str_list(_BLOCKLIST, key, "words", table.get("words", [])):
            words.add(word)
    return frozenset(words)


def _unknown_tickers(data: Mapping[str, object]) -> UnknownTickers:
    """The ``[link]`` table and the ``[never.<group>]`` tables of ``unknown.toml``."""
    unknown = set(data) - {"link", "never"}
    if unknown:
        raise RegistryError(_UNKNOWN, sorted(unknown)[0], "expected [link] or [never.<group>]")
    link = data.get("link", {})
    if not isinstance(link, dict):
        raise RegistryError(_UNKNOWN, "link", "expected a table")
    groups = data.get("never", {})
    if not isinstance(groups, dict):
        raise RegistryError(_UNKNOWN, "never", "expected tables [never.<group>]")
    never: set[str] = set()
    counter: list[str] = []
    for key, table in groups.items():
        if not isinstance(table, dict):
            raise RegistryError(_UNKNOWN, f"never.{key}", "expected a table")
        for word in _str_list(_UNKNOWN, f"never.{key}", "words", table.get("words")):
            if not _TICKER.match(word):
                raise RegistryError(_UNKNOWN, f"never.{key}", f"{word!r} is not upper-case")
            never.add(word)
        counter += _str_list(_UNKNOWN, f"never.{key}", "examples", table.get("examples"))
    return UnknownTickers(
        never=frozenset(never),
        modifiers=_str_list(_UNKNOWN, "link", "modifiers", link.get("modifiers", [])),
        not_before=_str_list(_UNKNOWN, "link", "not_before", link.get("not_before", [])),
        company_verbs=_str_list(_UNKNOWN, "link", "company_verbs", link.get("company_verbs", [])),
        company_forms=_str_list(_UNKNOWN, "link", "company_forms", link.get("company_forms", [])),
        examples=_str_list(_UNKNOWN, "link", "examples", link.get("examples", [])),
        counter_examples=tuple(counter),
    )


def _str_list(file: str, key: str, field: str, value: object) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise RegistryError(file, key, f"{field} must be a list of non-empty strings")
    return tuple(value)


def _entry(file: str, etype: EntityType, key: str, row: object) -> Entry:
    if not isinstance(row, dict):
        raise RegistryError(file, key, "expected a table")
    unknown = set(row) - _ALLOWED[etype]
    if unknown:
        raise RegistryError(file, key, f"unknown field(s) {', '.join(sorted(unknown))}")
    keyed = etype in (EntityType.ASSET, EntityType.FUND)
    if not (_TICKER if keyed else _SLUG).match(key):
        raise RegistryError(file, key, "key must be an upper-case ticker" if keyed else "bad slug")
    lists = {f: _str_list(file, key, f, row.get(f, [])) for f in _STR_LISTS}
    strs: dict[str, str | None] = {}
    for field in _STRS:
        value = row.get(field)
        if value is not None and not (isinstance(value, str) and value):
            raise RegistryError(file, key, f"{field} must be a non-empty string")
        strs[field] = value
    for field in ("ccxt", "role"):
        if field in row:
            value = row[field]
            if not isinstance(value, str | list):
                raise RegistryError(file, key, f"{field} must be a string or list")
    name = strs["name"]
    if name is None:
        raise RegistryError(file, key, "name is required")
    if not lists["examples"]:
        raise RegistryError(file, key, "at least one example sentence is required")
    for ticker in lists["former_tickers"] + lists["alt_tickers"]:
        if not _TICKER.match(ticker):
            raise RegistryError(file, key, f"ticker {ticker!r} is not upper-case")
    level: BareTicker | None = None
    if keyed:
        try:
            level = BareTicker(strs["bare_ticker"] or "upper")
        except ValueError:
            raise RegistryError(
                file,
                key,
                f"bare_ticker {strs['bare_ticker']!r} is not one of " + ", ".join(BareTicker),
            ) from None
    elif strs["bare_ticker"] is not None:
        raise RegistryError(file, key, "bare_ticker only applies to assets and funds")
    if etype is EntityType.FUND and (strs["issuer"] is None or strs["underlying"] is None):
        raise RegistryError(file, key, "a fund needs issuer and underlying")
    surfaces = lists["aliases"] + lists["exact_aliases"] + lists["nicknames"]
    for alias in lists["after_asset"]:
        if alias not in surfaces:
            raise RegistryError(file, key, f"after_asset {alias!r} is not one of the aliases")
    return Entry(
        id=f"{etype}:{key}",
        type=etype,
        name=name,
        aliases=lists["aliases"],
        exact_aliases=lists["exact_aliases"],
        nicknames=lists["nicknames"],
        weak_aliases=lists["weak_aliases"],
        after_asset=lists["after_asset"],
        ticker=key if keyed else None,
        former_tickers=lists["former_tickers"],
        alt_tickers=lists["alt_tickers"],
        contracts=lists["contracts"],
        bare_ticker=level,
        cg=strs["cg"],
        kind=strs["kind"],
        asset=strs["asset"],
        issuer=strs["issuer"],
        underlying=strs["underlying"],
        examples=lists["examples"],
    )


def _surfaces(entry: Entry) -> Iterator[str]:
    """Every case-folded surface of an entry: names, aliases and tickers."""
    names = entry.aliases + entry.exact_aliases + entry.weak_aliases + entry.nicknames
    for surface in (entry.name, *names, *entry.tickers()):
        yield surface.casefold()


def _json_rows(file: str, text: str, required: Mapping[str, type]) -> list[dict[str, object]]:
    """The ``entries`` of a generated file, each checked for its required fields."""
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise RegistryError(file, "*", f"not valid JSON: {exc}") from exc
    rows = data.get("entries") if isinstance(data, dict) else None
    if not isinstance(rows, list):
        raise RegistryError(file, "*", "expected an object with an 'entries' list")
    for index, row in enumerate(rows):
        if not isinstance(row, dict):
            raise RegistryError(file, str(index), "expected an object")
        for field, kind in required.items():
            value = row.get(field)
            if not isinstance(value, kind) or (kind is str and not value):
                raise RegistryError(file, str(index), f"{field} must be a {kind.__name__}")
    return rows


def _str_items(file: str, key: str, row: Mapping[str, object], field: str) -> tuple[str, ...]:
    return _str_list(file, key, field, row.get(field, []))


def _merge_generated(
    core: list[Entry], blocked: frozenset[str], generated: Mapping[str, str]
) -> list[Entry]:
    """Core entries plus the generated venues and long-tail assets; the core wins clashes.

    A ccxt id whose brand the core has adds its names to that core venue; other ids become
    ``venue:<id>`` entries. Long-tail assets get the ``cashtag_only`` level and their name
    as an exact alias only when the generator found it distinctive. A surface the core (or
    an earlier generated entry) already uses is skipped, so generated data never makes an
    alias ambiguous.
    """
    by_id = {entry.id: entry for entry in core}
    taken = {surface for entry in core for surface in _surfaces(entry)}
    added: dict[str, dict[str, list[str]]] = {}
    new: dict[str, Entry] = {}

    def fresh(names: tuple[str, ...]) -> list[str]:
        kept = [n for n in names if n.casefold() not in taken]
        taken.update(n.casefold() for n in kept)
        return kept

    file = f"generated/{_VENUES_CCXT}"
    rows = _json_rows(file, generated.get(_VENUES_CCXT, '{"entries": []}'), {"ccxt_id": str})
    for row in sorted(rows, key=lambda r: r.get("venue") != f"venue:{r['ccxt_id']}"):
        ccxt_id = str(row["ccxt_id"])
        venue = row.get("venue")
        if venue is None:
            continue
        if not (isinstance(venue, str) and venue.startswith("venue:") and _SLUG.match(venue[6:])):
            raise RegistryError(file, ccxt_id, f"venue {venue!r} is not a venue id")
        folded = fresh(_str_items(file, ccxt_id, row, "aliases"))
        exact = fresh(_str_items(file, ccxt_id, row, "exact_aliases"))
        target = by_id.get(venue)
        if target is not None and target.type is not EntityType.VENUE:
            raise RegistryError(file, ccxt_id, f"{venue} is not a venue in the core")
        if target is None and venue not in new:
            name = row.get("name")
            new[venue] = Entry(
                id=venue,
                type=EntityType.VENUE,
                name=name if isinstance(name, str) and name else ccxt_id,
                kind="dex" if row.get("dex") is True else "cex",
                source="ccxt",
            )
        lists = added.setdefault(venue, {"aliases": [], "exact_aliases": []})
        lists["aliases"] += folded
        lists["exact_aliases"] += exact
    merged: list[Entry] = []
    for entry in [*core, *new.values()]:
        extra = added.get(entry.id)
        if extra and (extra["aliases"] or extra["exact_aliases"]):
            entry = attrs.evolve(
                entry,
                aliases=entry.aliases + tuple(extra["aliases"]),
                exact_aliases=entry.exact_aliases + tuple(extra["exact_aliases"]),
            )
        merged.append(entry)

    file = f"generated/{_LONGTAIL}"
    text = generated.get(_LONGTAIL, '{"entries": []}')
    required = {"symbol": str, "name": str, "link_name": bool}
    for row in _json_rows(file, text, required):
        symbol, name = str(row["symbol"]), str(row["name"])
        if not _TICKER.match(symbol):
            raise RegistryError(file, symbol, "symbol must be an upper-case ticker")
        if f"asset:{symbol}" in by_id or symbol in blocked or symbol.casefold() in taken:
            continue
        names = tuple(fresh((name,))) if row["link_name"] is True else ()
        taken.add(symbol.casefold())
        cg = row.get("cg")
        merged.append(
            Entry(
                id=f"asset:{symbol}",
                type=EntityType.ASSET,
                name=name,
                exact_aliases=names,
                ticker=symbol,
                bare_ticker=BareTicker.CASHTAG_ONLY,
                cg=cg if isinstance(cg, str) and cg else None,
                source="web3icons",
            )
        )
    return merged


def read_package_tables() -> dict[str, str]:
    """The shipped TOML texts, keyed by file name.

    Returns:
        File name to text for every registry file in the package.
    """
    root = resources.files("cryptonews_parse") / "data" / "registry"
    names = [file for file, _ in _FILES] + [_BLOCKLIST, _UNKNOWN]
    return {name: (root / name).read_text(encoding="utf-8") for name in names}


def read_package_generated() -> dict[str, str]:
    """The shipped generated JSON texts (``venues_ccxt.json``, ``assets_longtail.json``).

    Returns:
        File name to text; a file missing from the package is left out.
    """
    root = resources.files("cryptonews_parse") / "data" / "registry" / "generated"
    texts: dict[str, str] = {}
    for name in _GENERATED:
        path = root / name
        if path.is_file():
            texts[name] = path.read_text(encoding="utf-8")
    return texts


@functools.cache
def default_registry() -> Registry:
    """The registry shipped with the package, loaded and validated once per process.

    The curated core plus the generated venues and long-tail assets (see
    :func:`read_package_generated`).

    Returns:
        The shared read-only registry.

    Raises:
        RegistryError: a shipped data file is malformed (a packaging bug).

    >>> default_registry().get("venue:htx").name
    'HTX'
    """
    return Registry.from_toml(read_package_tables(), read_package_generated())
