"""Entity linking: text in, entity mentions with registry ids and spans out.

In: a (normalised) text, in which typographic apostrophes are already ``'``, dashes ``-``
and NBSP a space; the linker still accepts ``’`` in possessives so raw text works too.

Out: a tuple of :class:`~cryptonews_parse.model.EntityMention` in text order, spans relative
to the text given, never overlapping. A possessive "'s" is not part of a span
("Bitcoin's" -> "Bitcoin"); a plural "s" is ("bitcoins"). A cashtag's ``$`` is.

Why it exists: numbers alone are not news; events need to know whose liquidations, on which
venue, for which metric. Names are found by two compiled trie regexes (one case-folded, one
exact-case) built once per registry, and ticker-like tokens (``BTC``, ``$NEAR``,
``BTC-USDT``, ``XBTUSD``, ``BTC.D``) by one more regex with dictionary look-ups, so the cost
is a few C-level scans of the text plus Python work per hit, never a loop over aliases.
Bare tickers follow the per-asset policy in :class:`~.registry.BareTicker`: a word that is
only an English word ("link", "near", "one") is never an entity, and a case the rules
cannot settle is returned with a warning instead of a silent guess. A ticker no entry holds
("$ZORP", "Quillo (QLO)") links as ``asset:<TICKER>`` only with the evidence an ambiguous
ticker needs and never for the words of ``unknown.toml``; its warning says it is not in
the registry.
"""

from __future__ import annotations

import functools
import re
import string
import weakref
from collections.abc import Iterable, Mapping
from typing import Final, NamedTuple

import attrs

from cryptonews_parse.entities.registry import (
    PAIR_QUOTES,
    BareTicker,
    Entry,
    Registry,
    UnknownTickers,
    default_registry,
)
from cryptonews_parse.model import EntityMention, EntityType, Span
from cryptonews_parse.scan import ZONE_CODES, clock_before
from cryptonews_parse.trie import after_boundaries, folds_like_ascii, trie_alternation

# Ticker-like tokens: a cashtag, or an upper-case symbol with an optional pair quote or a
# dominance suffix. Tokens may be glued to an amount ("32kBTC"), never to a word. The first
# character is consumed before the checks on what precedes it (lookbehinds one character
# longer): a pattern that opens with a character set lets ``re`` skip in C to the next
# capital, digit, "$" or "#", instead of trying every lower-case letter. A cashtag's name
# is group ``ctok`` (its sign the first character); a symbol runs from the match start to
# the empty group ``tok_end``.
_TOKEN: Final = re.compile(
    r"""
    [$\#0-9A-Z]
    (?:(?<![\w$\#@.].)|(?<=\d.)|(?<=\d[kKmMbB].))
    (?:
        (?<=[$\#])(?P<ctok>[A-Za-z][A-Za-z0-9]{0,11})
      |
        (?:(?<=[0-9])[0-9]?[A-Z]|(?<=[A-Z]))[A-Z0-9]{0,15}  # [0-9]{0,2}[A-Z][A-Z0-9]{0,15}
        (?P<tok_end>)
        (?:(?P<sep>[/-])(?P<quote>[A-Z][A-Z0-9]{1,9})(?![A-Za-z0-9_]))?
        (?P<dom>\.D)?
        (?P<plural>(?<=[A-Z]{3})s)?  # "BTCs": a plural of a 3+ letter ticker
    )
    (?![A-Za-z0-9_])
    """,
    re.VERBOSE,
)
_AMOUNT_BEFORE: Final = re.compile(
    r"\d(?:[\d,.]*\d)?\s?(?:[kKmMbB]|bn|mn|thousand|million|billion|trillion)?\s?\Z"
)
_PRICE_AFTER: Final = re.compile(r"[ \t]?:?[ \t]?[$\u20ac\u00a3]\d|[ \t][-+\u2212]\d[\d.,]*%")
"""A sum of money or a signed percent right after a ticker, as price lists and widgets
print it ("DOGE $0.1612", "DOGE: $121m", "DOGE -3.1%")."""
_ASSET_WORD_AFTER: Final = re.compile(
    r"(?:\s+|-)(?:tokens?|price|prices|holders?|coins?|futures|perps?|perpetuals?|ETFs?|"
    r"options|whales?|supply|staking|network|ecosystem|shares|fund|inflows?|outflows?|"
    r"USDT|USD|PERP)\b"
)
_ASSET_CONTEXT_AFTER: Final = re.compile(
    r"\s+(?:price|prices|token|tokens|coin|coins)\b|(?:['\u2019]s)?\s+(?:market\s+)?dominance\b"
)
"""Words after a company that names its token which make the name the token's: "Tether
price", "Tether's market dominance" (a coin's share of the crypto market)."""
_BRACKETED: Final = re.compile(r"\s*\(")
_TICKER_GAP: Final = re.compile(r"\s*\(?")
_POSSESSIVE_GAP: Final = re.compile(r"['’]s?\s+\Z")
_VENUE_BEFORE: Final = re.compile(r"\b(?:[Oo]n|[Aa]t|[Vv]ia|[Aa]cross)\s+\Z")
"""A preposition of place before a company's name: "On OKX, ETH funding ..." names the
venue, not its token in a list of assets."""
_LIST_GAP: Final = re.compile(r"(?:,\s*|\s+)(?:(?:and|or)\s+)?(?:also\s+)?(?:(?:of|in)\s+)?")
_ASSET_APPOSITION: Final = re.compile(
    r",\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:stablecoin|token|coin|memecoin|cryptocurrency)\b"
)
# "the largest cryptocurrency exchange" describes a venue, not Bitcoin.
_NOT_AN_ASSET_AFTER: Final = re.compile(
    r"[\s-]+(?:exchanges?|funds?|ETFs?|firms?|compan(?:y|ies)|miners?|lenders?|platforms?|"
    r"brokers?|derivatives|treasur(?:y|ies)|investors?)\b",
    re.IGNORECASE,
)
_PREV_WORD: Final = re.compile(r"([A-Za-z0-9.]+)(?:['’]s?)?\s+\Z")
# "its dominance": the pronoun stands for the asset the sentence is about.
_ASSET_PRONOUNS: Final = frozenset({"its", "Its"})
_LOWER_BYTES: Final = string.ascii_lowercase.encode("ascii")
_UPPER_BYTES: Final = string.ascii_uppercase.encode("ascii")
_UPPER: Final = re.compile(r"[A-Z]")
_DOMINANCE_BASES: Final = frozenset({"TOTAL", "TOTAL2", "TOTAL3", "OTHERS", "ALT", "ALTS"})
_WORD_CHAR: Final = re.compile(r"[\w@]")
"""A character after which no name begins (see :func:`_names_regex`)."""

# Tickers no entry holds (see data/registry/unknown.toml): two to ten capitals and digits,
# at least two of them letters ("Q3" and "L2" are no token names).
_UNKNOWN_SHAPE: Final = re.compile(r"(?=(?:[0-9]*[A-Z]){2})[A-Z][A-Z0-9]{1,9}\Z")
# An amount right before: "1.2 million QLO", "250k QLO", "2.5kQLO"; not a price ("$5 million
# QLO" is money), a year ("2024 QLO") or a day of a month ("March 3 QLO").
_UNKNOWN_AMOUNT_BEFORE: Final = re.compile(
    r"(?<![\w$€£¥.,])(?P<number>\d{1,3}(?:,\d{3})+|\d+)(?P<decimals>\.\d+)?"
    r"(?:\s?(?P<magnitude>[kKmMbB]|bn|mn|thousand|million|billion|trillion)\s?|\s)\Z"
)
_MONTH_BEFORE: Final = re.compile(
    r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|"
    r"June|July|August|September|October|November|December)\.?\s+\Z"
)
_YEAR: Final = re.compile(r"(?:19|20)\d\d\Z")
# A currency code with a magnitude or a figure glued on ("MEUR" for million euros, "USD50").
_GLUED_TO_CODE: Final = re.compile(
    r"(?:[KMBT]|MM|MN|BN|TN)(?P<head>[A-Z]{3})\Z|(?P<tail>[A-Z]{3})\d+\Z"
)
# "Quillo (QLO)": the run of capitalised words before the bracket.
_NAME_BEFORE_BRACKET: Final = re.compile(
    r"(?<![\w.'&-])(?P<name>(?:[A-Z][\w.'&-]*\s+){0,3}[A-Z][\w.'&-]*)\s*\(\Z"
)
_WORDS: Final = re.compile(r"[A-Za-z][\w.'&-]*")
_SHARES_AFTER: Final = re.compile(r"\)?\s+(?:shares|stock|stocks|equity)\b")
_TOKEN_WORD_BEFORE: Final = re.compile(r"\b(?i:token|coin|stablecoin|memecoin),?\s+\Z")


@attrs.frozen
class _Surface:
    """One way of writing an entry, with the rules that apply to it."""

    entry: Entry
    weak: bool = False
    after_asset: bool = False
    plural: bool = False
    nickname: bool = False


class _Candidate(NamedTuple):
    """A possible mention; a tuple, as an article yields thousands."""

    start: int
    end: int
    entry: Entry
    rank: int
    warnings: tuple[str, ...] = ()


def _atom(char: str) -> str:
    """A name's apostrophe also matches the typographic one."""
    return "['’]" if char == "'" else re.escape(char)


def _names_regex(words: Iterable[str], *, fold: bool) -> re.Pattern[str]:
    body = trie_alternation(words, _atom)
    if fold:
        body = f"(?i:{body})"
    # Not inside a word, a handle or a domain ("@coinglass_com", "www.gate.com"); the
    # character before the name is consumed (see ``after_boundaries``).
    return re.compile(rf"[^\w@](?<!\w\.)(?P<name>{body})(?P<plural>s)?(?![\w])(?!\.\w)")


def _capitals_regex(words: Iterable[str]) -> re.Pattern[str]:
    """:func:`_names_regex` (exact case) for names that begin with a capital or a digit,
    searched with ``finditer`` in the text itself. The pattern opens with the trie, each
    first character followed by the look-behinds on what stands before the name, so ``re``
    skips in C to the next character that may begin a name (capitals and digits are a few
    in a hundred characters of news) and tries the trie only there; a pattern that
    consumes the character before a name tries it after every space and punctuation mark.
    Over 0.2 MB of the seeds this pass takes a third of the instructions of that pass over
    every exact-case name (21 M against 64 M)."""
    body = trie_alternation(words, _atom, lambda first: rf"(?<![\w@]{first})(?<!\w\.{first})")
    return re.compile(rf"(?P<name>{body})(?P<plural>s)?(?![\w])(?!\.\w)")


def _near_lower_names(names: Iterable[str], lower_names: frozenset[str]) -> frozenset[str]:
    """The texts of matches of the merged regex (see ``_Matcher.merged_re``: each of
    ``names``, alone or with a plural "s") that a name of ``lower_names`` may begin with,
    end in, or straddle: at the match's start or after a non-word character inside it
    (where the merged search, which resumes after the match, does not look again)."""
    prefixes = {name[:k] for name in lower_names for k in range(1, len(name) + 1)}
    lengths = sorted({len(name) for name in lower_names})
    near = set()
    for name in names:
        for full in (name, name + "s"):
            starts = [0] + [i for i in range(1, len(full)) if not _WORD_CHAR.match(full, i - 1)]
            if any(
                full[i:] in prefixes or any(full[i : i + k] in lower_names for k in lengths)
                for i in starts
            ):
                near.add(full)
    return frozenset(near)


class _Matcher:
    """Everything compiled for one registry; built once and cached per registry."""

    def __init__(self, registry: Registry) -> None:
        self.registry = registry
        self.folded = self._surfaces(registry.folded_aliases(), exact=False)
        self.exact = self._surfaces(registry.exact_aliases(), exact=True)
        # The exact-case names that begin with a lower-case letter ("stETH", "dYdX") are
        # few: rather than a pass of their own over every word, they join the lower-cased
        # names' pass (merged_re), and a text where a match comes near one of them
        # (near_lower) is read again the slower way, by lowered_re and exact_re. The other
        # exact-case names are found by capitals_re, which skips to capitals and digits.
        lower_initial = frozenset(n.lower() for n in self.exact if n[:1].islower())
        self.merged_re = _names_regex(self.folded.keys() | lower_initial, fold=False)
        self.near_lower = _near_lower_names(self.folded.keys() | lower_initial, lower_initial)
        self.capitals_re = _capitals_regex(n for n in self.exact if not n[:1].islower())
        try:
            self.dominance: Entry | None = registry.get("metric:dominance")
        except KeyError:
            self.dominance = None
        self.picked: dict[str, Entry | None] = {}
        self.unknown = None if registry.unknown is None else _Unknown(registry, registry.unknown)
        # The entries whose neighbours can change their mention (_in_context): funds, and
        # venues and orgs that name a token. Most mentions are neither, and skip the lookup.
        self.contextual: dict[str, Entry] = {
            e.id: e for e in registry if e.type is EntityType.FUND or e.asset is not None
        }

    @functools.cached_property
    def lowered_re(self) -> re.Pattern[str]:
        """The lower-cased names alone, for the few texts that merged_re cannot settle."""
        return _names_regex(self.folded, fold=False)

    @functools.cached_property
    def exact_re(self) -> re.Pattern[str]:
        """Every exact-case name, for the texts that merged_re cannot settle and those
        whose cased letters are not all ASCII."""
        return _names_regex(self.exact, fold=False)

    @functools.cached_property
    def folded_re(self) -> re.Pattern[str]:
        """The case-blind regex, for text whose cased letters are not all ASCII (few
        texts): compiled on first need, as it costs as much as the lower-case one."""
        return _names_regex(self.folded, fold=True)

    @staticmethod
    def _surfaces(
        index: Mapping[str, tuple[Entry, ...]], *, exact: bool
    ) -> dict[str, tuple[_Surface, ...]]:
        result: dict[str, tuple[_Surface, ...]] = {}
        for surface, entries in index.items():
            rules = []
            for entry in entries:
                weak = exact and surface in entry.weak_aliases
                after = any((a if exact else a.casefold()) == surface for a in entry.after_asset)
                plural = not exact and entry.type in (EntityType.ASSET, EntityType.METRIC)
                nick = not exact and any(n.casefold() == surface for n in entry.nicknames)
                rules.append(
                    _Surface(entry, weak=weak, after_asset=after, plural=plural, nickname=nick)
                )
            result[surface] = tuple(rules)
        return result

    def link(self, text: str) -> tuple[EntityMention, ...]:
        candidates: list[_Candidate] = []
        if folds_like_ascii(text):
            # The case-blind regex is twice as slow; on text whose only cased letters are
            # ASCII, the lower-cased text gives the same matches, at the same offsets.
            lowered = text.lower()
            merged = list(after_boundaries(self.merged_re, lowered))
            near = self.near_lower
            if not any(lowered[m.start() : m.end() - 1] in near for m in merged) and (
                "\u2019" not in text  # a name's apostrophe matches "’" (not in near_lower)
            ):
                # No lower-initial exact-case name is in reach: merged_re found the
                # lower-cased names as lowered_re does, and capitals_re every exact-case name.
                self._names(text, merged, self.folded, True, candidates)
                self._names(text, self.capitals_re.finditer(text), self.exact, False,
                            candidates, padded=False)  # fmt: skip
            else:
                matches = after_boundaries(self.lowered_re, lowered)
                self._names(text, matches, self.folded, True, candidates)
                exact = after_boundaries(self.exact_re, text)
                self._names(text, exact, self.exact, False, candidates)
        else:
            self._names(text, after_boundaries(self.folded_re, text), self.folded, True, candidates)
            self._names(text, after_boundaries(self.exact_re, text), self.exact, False, candidates)
        first_name: dict[str, int] = {}
        name_ends: dict[int, set[str]] = {}
        for cand in candidates:
            if cand.entry.id not in first_name or cand.start < first_name[cand.entry.id]:
                first_name[cand.entry.id] = cand.start
            name_ends.setdefault(cand.end, set()).add(cand.entry.id)
        ctx = _Context(text, first_name, name_ends)
        for match in _TOKEN.finditer(text):
            self._token(match, ctx, candidates)
        return self._in_context(text, _resolve(text, candidates))

    def _in_context(
        self, text: str, mentions: tuple[EntityMention, ...]
    ) -> tuple[EntityMention, ...]:
        """Settle what the neighbours tell: a company that names its token ("Ripple",
        "Tether") is the asset when its ticker follows ("tether (USDT)", "Ronin RON") or
        when it stands in a list of assets ("Polkadot, Ripple and Cardano"); a fund's full
        name and its ticker in brackets are one mention ("iShares Bitcoin Trust (IBIT)")."""
        contextual = self.contextual
        if not any(m.id in contextual for m in mentions):
            return mentions
        out = list(mentions)
        for i, mention in enumerate(out):
            entry = contextual.get(mention.id)
            if entry is None:
                continue
            nxt = out[i + 1] if i + 1 < len(out) else None
            between = text[mention.span.end : nxt.span.start] if nxt is not None else ""
            if (
                mention.type is EntityType.FUND
                and nxt is not None
                and nxt.id == mention.id
                and _BRACKETED.fullmatch(between)
                and text[nxt.span.end : nxt.span.end + 1] == ")"
            ):
                end = nxt.span.end + 1
                out[i] = attrs.evolve(mention, span=Span(mention.span.start, end),
                                      text=text[mention.span.start : end])  # fmt: skip
                out[i + 1] = out[i]
                continue
            if entry.asset is None:
                continue
            asset = self.registry.get(entry.asset)
            ticker_next = nxt is not None and nxt.id == asset.id and _TICKER_GAP.fullmatch(between)
            prev = out[i - 1] if i > 0 else None
            listed = not _VENUE_BEFORE.search(
                text, max(0, mention.span.start - 8), mention.span.start
            ) and any(
                other is not None
                and other.type is EntityType.ASSET
                and _LIST_GAP.fullmatch(gap) is not None
                for other, gap in (
                    (prev, text[prev.span.end : mention.span.start] if prev else ""),
                    (nxt, between),
                )
            )
            if ticker_next or listed or _ASSET_APPOSITION.match(text, mention.span.end):
                out[i] = attrs.evolve(mention, id=asset.id, type=asset.type)
        return tuple(dict.fromkeys(out))

    def _names(
        self,
        text: str,
        matches: Iterable[re.Match[str]],
        surfaces: Mapping[str, tuple[_Surface, ...]],
        fold: bool,
        out: list[_Candidate],
        *,
        padded: bool = True,
    ) -> None:
        """Candidates for the name ``matches`` in ``text`` (found by ``after_boundaries``
        in ``text`` itself or in ``text.lower()``, which keeps its offsets, or when not
        ``padded`` by a search in ``text`` itself)."""
        shift = 1 if padded else 0  # after_boundaries' ends are one past their offsets
        for match in matches:
            start, end = match.start(), match.end() - shift
            name = text[start : match.end("name") - shift]
            rules = surfaces.get(name.casefold() if fold else name)
            if not rules:
                continue
            rule = rules[0]
            plural = match.group("plural") is not None
            if plural and (not rule.plural or text[end - 1] != "s"):
                continue
            if rule.after_asset and not self._after_asset(text, start):
                continue
            if rule.nickname and _NOT_AN_ASSET_AFTER.match(text, end):
                continue
            entry = rule.entry
            warnings: list[str] = []
            if len(rules) > 1:
                others = ", ".join(r.entry.id for r in rules[1:])
                warnings.append(f"{name!r} may also mean {others}")
            if rule.weak:
                warnings.append(f"{name!r} is also an ordinary word; linked as {entry.id}")
            if entry.asset is not None and _ASSET_CONTEXT_AFTER.match(text, end):
                entry = self.registry.get(entry.asset)
            out.append(_Candidate(start, end, entry, 0, tuple(warnings)))

    def _after_asset(self, text: str, start: int) -> bool:
        prev = _PREV_WORD.search(text[max(0, start - 40) : start])
        if prev is None:
            return False
        word = prev.group(1)
        if word in _ASSET_PRONOUNS:
            return True
        hits = self.registry.tickers(word) + self.registry.folded_aliases().get(word.casefold(), ())
        # a company that names its token counts ("Tether dominance")
        return any(e.type is EntityType.ASSET or e.asset is not None for e in hits)

    def _pick(self, symbol: str) -> Entry | None:
        """:func:`_pick` over the holders of ``symbol``, remembered per symbol."""
        try:
            return self.picked[symbol]
        except KeyError:
            entry = self.picked[symbol] = _pick(self.registry.tickers(symbol))
            return entry

    def _token(self, match: re.Match[str], ctx: _Context, out: list[_Candidate]) -> None:
        reg = self.registry
        ctok = match.group("ctok")
        if ctok is not None:
            symbol = ctok.upper()
            entry = self._pick(symbol)
            if entry is not None and entry.bare_ticker is not BareTicker.NEVER:
                out.append(_Candidate(match.start(), match.end(), entry, 1))
            elif self.unknown is not None and ctx.text[match.start()] == "$":
                # "$ZORP" as written: "$zorp" and "#ZORP" (a hashtag) are too loose.
                self.unknown.link(ctok, match.start(), match.end(), ctx, out, "cashtag")
            return
        start, tok_end = match.start(), match.start("tok_end")
        tok = ctx.text[start:tok_end]
        quote = match.group("quote")
        if quote is not None:
            unknown = self.unknown if not reg.ticker_map().get(tok) else None
            if quote == "PERP":
                self._ticker(tok, start, tok_end, ctx, out, evidence=True)
                if unknown is not None:
                    unknown.link(tok, start, tok_end, ctx, out, "pair")
                return
            pair = reg.pair(tok, quote)
            if pair is not None:
                out.append(_Candidate(start, match.end("quote"), pair, 0))
                return
            self._ticker(tok, start, tok_end, ctx, out)
            if unknown is not None and quote in PAIR_QUOTES:
                unknown.link(tok, start, tok_end, ctx, out, "pair")
            self._ticker(quote, match.start("quote"), match.end("quote"), ctx, out)
            return
        if match.group("dom") is not None and self.dominance is not None:
            base = reg.asset(tok)
            if tok in _DOMINANCE_BASES or (base is not None and base.kind != "fiat"):
                out.append(_Candidate(start, match.end("dom"), self.dominance, 0))
                return
        if tok[0].isdigit() and not reg.tickers(tok):
            # "32BTC": an amount glued to a ticker; the digits belong to the quantity.
            bare = tok.lstrip("0123456789")
            start += len(tok) - len(bare)
            if reg.tickers(bare):
                self._ticker(bare, start, tok_end, ctx, out, evidence=True)
            return
        if match.group("plural") is not None:
            entry = self._pick(tok)
            if entry is not None and entry.bare_ticker is BareTicker.ALWAYS and quote is None:
                out.append(_Candidate(start, match.end(), entry, 1))
            return
        if reg.tickers(tok):
            self._ticker(tok, start, tok_end, ctx, out)
            return
        if len(tok) >= 5:
            pair = reg.pair(tok)
            if pair is not None:
                out.append(_Candidate(start, tok_end, pair, 0))
                return
        if self.unknown is not None:
            self.unknown.link(tok, start, tok_end, ctx, out, None)

    def _ticker(
        self,
        symbol: str,
        start: int,
        end: int,
        ctx: _Context,
        out: list[_Candidate],
        *,
        evidence: bool = False,
    ) -> None:
        entry = self._pick(symbol)
        if entry is None or entry.bare_ticker is None:
            return
        if symbol in ZONE_CODES and clock_before(ctx.text, start):
            return  # "after 1900 GMT": a time zone
        level = entry.bare_ticker
        if symbol != entry.ticker and symbol in entry.former_tickers + entry.alt_tickers:
            level = BareTicker.ALWAYS
        if level is BareTicker.NEVER:
            return
        if level is BareTicker.ALWAYS:
            out.append(_Candidate(start, end, entry, 1))
            return
        strong = (
            evidence
            or ctx.apposition(start, end, entry)
            or ctx.glued_pair(end)
            or ctx.issuer_before(start, entry)
        )
        if level is BareTicker.CASHTAG_ONLY:
            if strong:
                out.append(_Candidate(start, end, entry, 1))
            return
        cued = (
            strong
            or ctx.amount_before(start)
            or (len(symbol) > 1 and ctx.asset_word_after(end))
            or (len(symbol) > 2 and ctx.price_after(end))
            or (len(symbol) > 1 and ctx.name_before(start, entry))
        )
        if cued:
            out.append(_Candidate(start, end, entry, 1))
            return
        shouting = ctx.all_caps(start)
        if level is BareTicker.UPPER and not shouting:
            out.append(_Candidate(start, end, entry, 1))
        elif level is BareTicker.CUE and len(symbol) >= 3 and not shouting:
            note = (
                f"{symbol!r} linked as {entry.id} without a cue (no cashtag, amount, pair or "
                f"earlier {entry.name!r}); it may be an ordinary word or acronym"
            )
            out.append(_Candidate(start, end, entry, 1, (note,)))


class _Unknown:
    """Links tickers that no entry holds, on evidence only (``unknown.toml``)."""

    def __init__(self, registry: Registry, rules: UnknownTickers) -> None:
        self.registry = registry
        self.never = rules.never
        self.entries: dict[str, Entry] = {}
        self.checked: dict[str, bool] = {}
        modifiers = "|".join(re.escape(m) for m in rules.modifiers)
        self.word_after = re.compile(
            rf"\s+(?:(?P<token>(?:(?:{modifiers})\s+)?(?:tokens?|coins?))|(?P<price>prices?))\b"
            if modifiers
            else r"\s+(?:(?P<token>tokens?|coins?)|(?P<price>prices?))\b"
        )
        not_before = "|".join(re.escape(w) for w in rules.not_before) or "(?!)"
        self.not_before = re.compile(rf"\s+(?:{not_before})\b")
        verbs = "|".join(re.escape(w) for w in rules.company_verbs) or "(?!)"
        self.company_verb = re.compile(rf"\)\s*(?:{verbs})\b")
        self.company_forms = frozenset(rules.company_forms)

    def linkable(self, symbol: str) -> bool:
        """True when ``symbol`` may name a token the registry lacks: the shape of a ticker,
        no listed or blocked word, no surface of any entry, and no known code with a
        magnitude or figure glued on. Remembered per symbol."""
        known = self.checked.get(symbol)
        if known is None:
            known = self.checked[symbol] = self._linkable(symbol)
        return known

    def _linkable(self, symbol: str) -> bool:
        reg = self.registry
        glued = _GLUED_TO_CODE.match(symbol)
        code = None if glued is None else glued.group("head") or glued.group("tail")
        return (
            _UNKNOWN_SHAPE.match(symbol) is not None
            and symbol not in self.never
            and not reg.blocked(symbol)
            and symbol not in reg.ticker_map()
            and symbol not in reg.exact_aliases()
            and symbol.casefold() not in reg.folded_aliases()
            and (code is None or (code not in self.never and code not in reg.ticker_map()))
        )

    def link(
        self,
        symbol: str,
        start: int,
        end: int,
        ctx: _Context,
        out: list[_Candidate],
        why: str | None,
    ) -> None:
        """Add a candidate for ``symbol`` at ``start:end`` when the text gives evidence
        (``why`` names evidence the caller has seen: "cashtag", "pair")."""
        if not self.linkable(symbol):
            return
        text = ctx.text
        if self.not_before.match(text, end) or _SHARES_AFTER.match(text, end):
            return
        if why is None:
            if ctx.all_caps(start):
                return
            why = self._evidence(symbol, start, end, ctx)
            if why is None:
                return
        ctx.unknown_seen.add(symbol)
        entry = self.entries.get(symbol)
        if entry is None:
            entry = self.entries[symbol] = Entry(
                id=f"asset:{symbol}",
                type=EntityType.ASSET,
                name=symbol,
                ticker=symbol,
                bare_ticker=BareTicker.CASHTAG_ONLY,
                source="unknown",
            )
        note = f"{symbol!r} is not in the registry; linked as {entry.id} by its {why}"
        out.append(_Candidate(start, end, entry, 1, (note,)))

    def _evidence(self, symbol: str, start: int, end: int, ctx: _Context) -> str | None:
        text = ctx.text
        after = self.word_after.match(text, end)
        if after is not None:
            return "token word" if after.group("token") else "price word"
        if _TOKEN_WORD_BEFORE.search(text, max(0, start - 20), start):
            return "token word"
        if _ASSET_APPOSITION.match(text, end):
            return "apposition"  # "GRUMPKIN, a cat-themed Solana memecoin"
        if start > 0 and text[start - 1] == "(" and text[end : end + 1] == ")":
            return "bracketed name" if self._named(symbol, start - 1, ctx) else None
        amount = _UNKNOWN_AMOUNT_BEFORE.search(text, max(0, start - 32), start)
        if amount is not None and self._amount(amount, ctx):
            return "amount"
        if symbol in ctx.unknown_seen:
            return "earlier mention"
        return None

    def _named(self, symbol: str, bracket: int, ctx: _Context) -> bool:
        """ "Quillo (QLO)": a run of capitalised words before the bracket with no known
        name or ticker in it ("XRP Ledger (XRPL)", a listed company's share ticker), not
        ending in a company form ("Holdings"), not the words the ticker abbreviates
        ("Total Value Locked (TVL)"), and no company verb after it ("Orvane (ORVN)
        bought 400 BTC")."""
        text = ctx.text
        found = _NAME_BEFORE_BRACKET.search(text, max(0, bracket - 80), bracket + 1)
        if (
            found is None
            or ctx.name_ends.get(found.end("name"))
            or self.company_verb.match(text, bracket + len(symbol) + 1)
        ):
            return False
        names = found.group("name").split()
        reg = self.registry
        if names[-1] in self.company_forms or any(
            name in reg.ticker_map()
            or name in reg.exact_aliases()
            or name.casefold() in reg.folded_aliases()
            for name in names
        ):
            return False
        words = _WORDS.findall(text, max(0, bracket - 80), bracket)[-8:]
        for chosen in (words, [w for w in words if w[0].isupper()]):
            initials = "".join(w[0] for w in chosen).upper()
            if initials.endswith(symbol):
                return False
        return True

    @staticmethod
    def _amount(amount: re.Match[str], ctx: _Context) -> bool:
        if amount.group("decimals") is None and amount.group("magnitude") is None:
            if _YEAR.match(amount.group("number")):
                return False
            number = amount.start("number")
            if _MONTH_BEFORE.search(ctx.text, max(0, number - 12), number):
                return False
        return True


def _pick(entries: tuple[Entry, ...]) -> Entry | None:
    """The linkable entry among ticker holders: assets before funds, never-level skipped."""
    live = [e for e in entries if e.bare_ticker is not BareTicker.NEVER and e.kind != "fiat"]
    for entry in live:
        if entry.type is EntityType.ASSET:
            return entry
    return live[0] if live else None


class _Context:
    """Evidence about a ticker from the text around it."""

    def __init__(self, text: str, first_name: dict[str, int], name_ends: dict[int, set[str]]):
        self.text = text
        self.first_name = first_name
        self.name_ends = name_ends
        self._caps: dict[int, bool] = {}
        self.unknown_seen: set[str] = set()

    def apposition(self, start: int, end: int, entry: Entry) -> bool:
        """ "Chainlink (LINK)": the ticker in brackets right after the entry's name."""
        text = self.text
        if start < 2 or text[start - 1] != "(" or text[end : end + 1] != ")":
            return False
        before = start - 1
        while before > 0 and text[before - 1] == " ":
            before -= 1
        return entry.id in self.name_ends.get(before, ())

    def issuer_before(self, start: int, entry: Entry) -> bool:
        """ "VanEck's HODL": a fund's ticker right after its own issuer's possessive."""
        if entry.issuer is None:
            return False
        gap = _POSSESSIVE_GAP.search(self.text, max(0, start - 6), start)
        return gap is not None and entry.issuer in self.name_ends.get(gap.start(), ())

    def glued_pair(self, end: int) -> bool:
        return self.text[end : end + 1] in ("/",) and bool(_UPPER.match(self.text, end + 1))

    def amount_before(self, start: int) -> bool:
        return _AMOUNT_BEFORE.search(self.text, max(0, start - 24), start) is not None

    def price_after(self, end: int) -> bool:
        return _PRICE_AFTER.match(self.text, end) is not None

    def asset_word_after(self, end: int) -> bool:
        return _ASSET_WORD_AFTER.match(self.text, end) is not None

    def name_before(self, start: int, entry: Entry) -> bool:
        first = self.first_name.get(entry.id)
        return first is not None and first < start

    def all_caps(self, pos: int) -> bool:
        """True when the line around ``pos`` is written in capitals (a shouted headline)."""
        text = self.text
        line_start = text.rfind("\n", 0, pos) + 1
        cached = self._caps.get(line_start)
        if cached is not None:
            return cached
        line_end = text.find("\n", pos)
        # Only ASCII letters count; deleting them from the line's ASCII bytes counts them
        # in C, without the list of one-letter strings that findall() would build.
        line = text[line_start : line_end if line_end >= 0 else len(text)].encode("ascii", "ignore")
        lower = len(line) - len(line.translate(None, _LOWER_BYTES))
        upper = len(line) - len(line.translate(None, _UPPER_BYTES))
        result = upper >= 8 and lower * 3 < upper
        self._caps[line_start] = result
        return result


def _resolve(text: str, candidates: list[_Candidate]) -> tuple[EntityMention, ...]:
    """Leftmost-longest, non-overlapping; names beat tickers on equal spans."""
    candidates.sort(key=lambda c: (c.start, c.start - c.end, c.rank))
    mentions: list[EntityMention] = []
    last_end = 0
    for cand in candidates:
        if cand.start < last_end:
            continue
        mentions.append(
            EntityMention(
                text=text[cand.start : cand.end],
                span=Span(cand.start, cand.end),
                id=cand.entry.id,
                type=cand.entry.type,
                warnings=cand.warnings,
            )
        )
        last_end = cand.end
    return tuple(mentions)


_MATCHERS: weakref.WeakKeyDictionary[Registry, _Matcher] = weakref.WeakKeyDictionary()


def _matcher(registry: Registry) -> _Matcher:
    matcher = _MATCHERS.get(registry)
    if matcher is None:
        matcher = _MATCHERS[registry] = _Matcher(registry)
    return matcher


def link(text: str, registry: Registry | None = None) -> tuple[EntityMention, ...]:
    """Find the entities ``text`` mentions and link each to its registry id.

    Args:
        text: the text to read (normalised or raw; spans refer to it as given).
        registry: the registry to link against; the shipped one by default.

    Returns:
        The mentions in text order, never overlapping, each with ``text[start:end]``
        equal to its ``text``; unclear links carry a ``warnings`` entry.

    >>> [(m.text, m.id) for m in link("Chainlink (LINK) rallied; a link to the page.")]
    [('Chainlink', 'asset:LINK'), ('LINK', 'asset:LINK')]
    >>> [(m.text, m.id) for m in link("OKEx saw 2,000 ETH leave; BTC.D rose.")]
    [('OKEx', 'venue:okx'), ('ETH', 'asset:ETH'), ('BTC.D', 'metric:dominance')]
    """
    return _matcher(registry or default_registry()).link(text)
