"""Cascade step 1: a sentence as a stream of tagged units.

In: one sentence of the analysis, the quantities and entity mentions inside it, the
lexicon. Out: :class:`Reading`: units (a figure, a mention, a word or a punctuation mark,
in text order), the cue groups found on them, and for every unit its segment and clause
number. Why: the frames attach roles by structure (same segment, same clause, before or
after), which needs the boundaries once, not a word list between every pair of items.

A separable verb ("poured $210 million into spot ether ETFs") or a causative one ("pushed
bitcoin below $102,000") becomes a type cue here only when its particle stands where the
lexicon says; elsewhere it is no cue.

Segments end at commas, semicolons, colons, dashes, brackets and at coordinating words
("and", "while", "but", "against"); clauses end only at semicolons and at those words,
so "A break above $4,100, in that case, would squeeze ..." is one clause.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import NamedTuple

from cryptonews_parse.analysis import TOKEN, Sentence
from cryptonews_parse.events.lexicon import Group, Lexicon, Match
from cryptonews_parse.model import EntityMention, EntityType, Kind, Quantity

SEGMENT_MARKS = frozenset({",", ";", ":", "(", ")", "[", "]", "\u2013", "\u2014", "|", "\u2022"})
SEGMENT_WORDS = frozenset({"-", "with"})
RELATIVE_WORDS = frozenset({"which", "who", "whose", "where"})
CLAUSE_MARKS = frozenset({";", "\u2022", "|", "\u2013", "\u2014"})
EMOJI_MARKS = frozenset(
    "\U0001f6a8\U0001f525\U0001f447\U0001f440\U0001f64f\U0001f4ca\U0001f40b\U0001f433"
    "\U0001f92f\U0001f680\U0001f62c\U0001f449\U0001f9f5\U0001f633\U0001f4cc\U0001f4b8"
    "\U0001f480\U0001fa78\U0001f914\U0001f635\U0001f605\U0001f517\U0001f514\U0001f4c9"
    "\U0001f4c8\U0001f4b0\U0001f631\U0001f389"
)
"""Emoji after which a social post asks its question ("... sent 40k $ETH to Binance
\U0001f440 sell incoming?"): what comes before them is stated, not asked. They are no
clause marks otherwise ("$HYPE OI -12% \U0001f440 now $1.38B" is one reading)."""
CLAUSE_WORDS = frozenset(
    {
        "and",
        "while",
        "whereas",
        "but",
        "against",
        "versus",
        "vs",
        "meaning",
        "as",
        "when",
        "after",
        "which",
        "amid",
        "amidst",
        "despite",
        "though",
        "although",
    }
)


_BOUNDARY_WORDS = (
    SEGMENT_MARKS | SEGMENT_WORDS | RELATIVE_WORDS | CLAUSE_MARKS | CLAUSE_WORDS | {"-"}
)
"""Every word :func:`_boundaries` acts on; any other unit continues its segment."""

_WORD_TAIL = re.compile(r"[\w'\u2019]+")


class Unit(NamedTuple):
    """One item of a sentence: exactly one of ``quantity``/``mention`` for those units."""

    start: int
    end: int
    lower: str
    quantity: Quantity | None
    mention: EntityMention | None


_new_unit: Callable[[tuple[int, int, str, Quantity | None, EntityMention | None]], Unit] = (
    functools.partial(tuple.__new__, Unit)
)
"""A ``Unit`` without the Python-level ``__new__`` of a named tuple: a sentence has a
unit per word, and each call was a Python frame."""


class Cue(NamedTuple):
    """A cue group found on units ``first..last``."""

    first: int
    last: int
    group: Group


_new_cue: Callable[[tuple[int, int, Group]], Cue] = functools.partial(tuple.__new__, Cue)
"""A ``Cue`` without a Python frame (see :data:`_new_unit`)."""


class Reading(NamedTuple):
    """A tagged sentence."""

    sentence: Sentence
    units: tuple[Unit, ...]
    cues: tuple[Cue, ...]
    segment: tuple[int, ...]
    clause: tuple[int, ...]
    figure_units: tuple[int, ...]
    """Indices of the units that are quantities."""
    mention_units: tuple[int, ...]
    """Indices of the units that are entity mentions."""

    def figures(self) -> tuple[int, ...]:
        """Indices of the units that are quantities."""
        return self.figure_units

    def has(self, role: str) -> bool:
        """True when a cue of this role is in the sentence."""
        return any(cue.group.role == role for cue in self.cues)


def read(
    text: str,
    sentence: Sentence,
    quantities: Sequence[Quantity],
    mentions: Sequence[EntityMention],
    matches: Sequence[Match],
    lexicon: Lexicon,
    lower: str | None = None,
) -> Reading:
    """Tag one sentence; ``quantities``, ``mentions`` and the lexicon's ``matches`` are
    those inside it, in text order. ``lower``: ``text.lower()`` when that keeps every
    offset (made once per text by the caller), else None."""
    items = sorted(
        [_new_unit((q.span.start, q.span.end, "\x00", q, None)) for q in quantities]
        + [_new_unit((m.span.start, m.span.end, m.text.lower(), None, m)) for m in mentions]
    )
    units: list[Unit] = []
    mention_units: list[int] = []
    figures: list[int] = []
    position = sentence.start
    for item in [*items, None]:
        gap_end = sentence.end if item is None else item.start
        if position < gap_end:
            for token in TOKEN.finditer(text, position, gap_end):
                start, end = token.span()
                word = lower[start:end] if lower is not None else token.group().lower()
                units.append(_new_unit((start, end, word, None, None)))
        if item is None:
            break
        if item.start < position:
            continue
        if item.mention is not None:
            mention_units.append(len(units))
        else:
            figures.append(len(units))
        units.append(item)
        position = item.end
        tail = _WORD_TAIL.match(text, position, sentence.end)
        if tail is not None and position > 0 and text[position - 1].isalnum():
            position = tail.end()  # the rest of a word the item ends inside ("Bitcoin's")
    cues = _cues(units, mention_units, matches, lexicon)
    joined = _joined_pairs(cues)
    return Reading(
        sentence,
        tuple(units),
        tuple(cues),
        *_boundaries(units, cues, joined),
        tuple(figures),
        tuple(mention_units),
    )


def _cues(
    units: Sequence[Unit],
    mention_units: Sequence[int],
    matches: Sequence[Match],
    lexicon: Lexicon,
) -> list[Cue]:
    """The lexicon's matches as cues on whole word units (a match inside a figure or a
    mention is none), and the cue groups of mentions ("OI", "BTC.D", a fund) at the
    indices ``mention_units``, unless a cue phrase of several units holds them."""
    cues: list[Cue] = []
    if not matches and not mention_units:
        return cues
    starts = list(map(_FIRST_FIELD, units))
    count = len(units)
    for match in matches:
        first = bisect.bisect_left(starts, match.start)
        if first == count or starts[first] != match.start:
            continue
        last = first
        while last < count and units[last].end < match.end:
            last += 1
        if last == count or units[last].end - match.end not in (0, 2):
            continue  # a cue ends where its unit ends, or before the unit's "'s"
        if first == last:
            unit = units[first]
            if unit.quantity is not None or unit.mention is not None:
                continue
            if unit.lower == "long" and last + 1 < count and units[last + 1].lower in _AFTER_LONG:
                continue  # "XRP, long the favourite of Korean traders": an adverb of time
        elif any(_holds_a_figure(u) for u in units[first : last + 1]):
            continue
        for group in match.groups:
            if group.role == "separable":
                typed = _separated(units, first, last, group, matches, lexicon)
                if typed is None:
                    continue
                group = typed
            elif group.role == "causative":
                at = _caused(units, last, group)
                if at is not None:
                    cues.append(_new_cue((at, at, lexicon.typed[(group.name, None)])))
                continue
            elif group.role == "split":
                end = _split_end(units, last, group)
                if end is not None:
                    cues.append(_new_cue((first, end, lexicon.typed[(group.name, None)])))
                continue
            elif group.role == "elliptic":
                if _between_asset_and_percent(units, first, last):
                    cues.append(_new_cue((first, last, lexicon.typed[(group.name, None)])))
                continue
            elif group.role == "side_split":
                end = _split_end(units, last, group)
                if end is not None:  # "bullish SOL bets": a side phrase around an asset
                    cues.append(_new_cue((first, end, lexicon.sides[group.name])))
                continue
            cues.append(_new_cue((first, last, group)))
    phrases = [cue for cue in cues if cue.last > cue.first] if mention_units else []
    entity_groups = lexicon.entity_groups
    for i in mention_units:
        if phrases and any(cue.first <= i <= cue.last for cue in phrases):
            continue  # "share of the total market capitalization": the phrase is the cue
        if i + 1 < len(units) and units[i + 1].lower == "-" and units[i + 1].start == units[i].end:
            continue  # "the OI-weighted average": a modifier, not the metric itself
        if i > 1 and units[i - 1].lower == "by" and units[i - 2].lower == "weighted":
            continue  # "funding weighted by open interest": the same modifier after its noun
        mention = units[i].mention
        assert mention is not None
        entity_group = entity_groups.get(mention.id) or entity_groups.get(f"type:{mention.type}")
        if entity_group is not None:
            cues.append(_new_cue((i, i, entity_group)))
    cues.sort(key=_FIRST_FIELD)
    return cues


SEPARATED_FILLERS = frozenset(
    {
        "a", "an", "net", "further", "another", "additional", "fresh", "total", "roughly",
        "about", "around", "nearly", "almost", "some", "over", "more", "than", "just",
        "close", "to", "up",
    }
)  # fmt: skip
"""Words between a separable verb and its figure ("poured a net $91 million into")."""
PARTICLE_REACH = 4
"""Units between a separable verb's figure and its particle, at most ("took 6,100 BTC
($412 million) off exchanges", "$30 million worth of ether into")."""
ASIDE_UNITS = 8
"""Units a bracketed restatement between the figure and the particle may hold."""
OBJECT_REACH = 6
"""Units between the particle and the fund, venue or domain word it names, at most."""
_OBJECT_TYPES = frozenset({EntityType.FUND, EntityType.VENUE})
_FLOWING_KINDS = frozenset({Kind.MONEY, Kind.CRYPTO})


def _separated(
    units: Sequence[Unit],
    first: int,
    last: int,
    group: Group,
    matches: Sequence[Match],
    lexicon: Lexicon,
) -> Group | None:
    """A separable verb at units ``first..last`` is a type cue of its kind when a figure
    follows it and one of its particles follows that figure, before a fund, a venue or a
    domain word ("investors poured $210 million into spot ether ETFs", "traders took
    12,500 BTC off exchanges"); anywhere else ("put the odds at 40%", "took two hours")
    it is none."""
    k = last + 1
    while k < len(units) and k - last <= 3 and units[k].lower in SEPARATED_FILLERS:
        k += 1
    figure = units[k].quantity if k < len(units) else None
    if figure is None or figure.kind not in _FLOWING_KINDS:
        return None
    depth = outside = 0
    for n in range(k + 1, min(len(units), k + 1 + PARTICLE_REACH + ASIDE_UNITS)):
        lower = units[n].lower
        if lower == "(":
            depth += 1  # a restatement in brackets: "took 6,100 BTC ($412 million) off"
            continue
        if depth:
            depth -= lower == ")"
            continue
        if lower in _PARTICLE_STOPS or units[n].quantity is not None:
            return None
        for particle in group.particles:
            words = particle.split()
            after = n + len(words)
            if list(map(UNIT_LOWER, units[n:after])) == words:
                holder = _holder(units, after, matches)
                if holder is None:
                    return None
                if holder == "exchange" and _DOMAIN_OF_WALLETS in _domains(matches):
                    holder = None  # "a whale took 5,000 BTC off Binance": a transfer
                return lexicon.typed[(group.name, holder)]
        outside += 1
        if outside > PARTICLE_REACH:
            return None
    return None


CAUSED_FILLERS = frozenset({"'s", "price", "prices", "back", "briefly", "further", "sharply"})
"""Words between a causative verb's asset and its preposition ("sent bitcoin's price
back above")."""


def _caused(units: Sequence[Unit], last: int, group: Group) -> int | None:
    """A causative verb ending at unit ``last`` with an asset for its object, then one of
    its prepositions and a figure ("bears pushed bitcoin below $102,000", "buyers lifted
    SOL back above $212"): the preposition's index, where the move cue stands, so that
    the asset is the move's subject and the figure the level it crossed; None for any
    other object ("pushed the bill through Congress"). "The price" or "its price" stands
    for the asset the sentence is about ("the bulls pushed the price above $2.55")."""
    k = last + 1
    if (
        k + 1 < len(units)
        and units[k].lower in ("the", "its")
        and units[k + 1].lower in ("price", "prices")
    ):
        k += 1
    else:
        mention = units[k].mention if k < len(units) else None
        if mention is None or mention.type is not EntityType.ASSET:
            return None
    k += 1
    while k < len(units) and units[k].lower in CAUSED_FILLERS:
        k += 1
    if k + 1 >= len(units) or units[k].lower not in group.particles:
        return None
    after = units[k + 1 : k + 3]
    if not any(u.quantity is not None and u.quantity.kind is Kind.MONEY for u in after):
        return None
    return k


def _between_asset_and_percent(units: Sequence[Unit], first: int, last: int) -> bool:
    """An asset's mention right before units ``first..last`` and a percent right after
    them: "with bitcoin down 3% and ether off 4.6%", where the verb is left out."""
    if first == 0 or last + 1 >= len(units):
        return False
    mention = units[first - 1].mention
    figure = units[last + 1].quantity
    return (
        mention is not None
        and mention.type is EntityType.ASSET
        and figure is not None
        and figure.kind is Kind.PERCENT
    )


def _split_end(units: Sequence[Unit], last: int, group: Group) -> int | None:
    """A split noun ending at unit ``last``, an asset's name (after "of" or not) and one
    of its particles ("$12.7 billion in open BTC contracts", "open bitcoin futures
    positions", "the share of bitcoin in the crypto market"): the last
    unit of the particle, so that the whole phrase is one type cue; None when no asset's
    name or no particle follows ("open the way to")."""
    k = last + 1
    if k + 1 < len(units) and units[k].lower == "of":
        k += 1  # "the share of bitcoin in the crypto market"
    mention = units[k].mention if k < len(units) else None
    if mention is None or mention.type is not EntityType.ASSET:
        return None
    for particle in group.particles:
        # a unit may be a mention of several words ("total crypto market cap")
        joined, end = "", k
        for end in range(k + 1, min(k + 1 + particle.count(" ") + 1, len(units))):
            joined = f"{joined} {units[end].lower}" if joined else units[end].lower
            if len(joined) >= len(particle):
                break
        if joined == particle:
            return end
    return None


_PARTICLE_STOPS = frozenset({",", ";", ":", "and", "but", "while", "which", "."})
"""Words that end a separable verb's phrase before its particle."""


def _holder(units: Sequence[Unit], start: int, matches: Sequence[Match]) -> str | None:
    """The domain of what a flow went into or left, named within :data:`OBJECT_REACH`
    units from ``start``: "etf" for a fund or a fund word ("ETFs", "products"),
    "exchange" for a venue or an exchange word; None when neither is named."""
    window = units[start : start + OBJECT_REACH]
    if not window:
        return None
    for unit in window:
        if unit.mention is not None and unit.mention.type in _OBJECT_TYPES:
            return "etf" if unit.mention.type is EntityType.FUND else "exchange"
    low, high = window[0].start, window[-1].end
    named = _domains(m for m in matches if low <= m.start and m.end <= high)
    return next((domain for domain in _HOLDER_DOMAINS if domain in named), None)


def _domains(matches: Iterable[Match]) -> set[str | None]:
    """The flow domains the domain words among ``matches`` name."""
    return {g.value for m in matches for g in m.groups if g.role == "domain"}


_DOMAIN_OF_WALLETS = "transfer"
"""The domain of whale and wallet words: a withdrawal by one is a transfer."""
_HOLDER_DOMAINS = ("etf", "exchange")


_AFTER_LONG = frozenset(
    {"the", "a", "an", "seen", "considered", "regarded", "known", "ago", "before", "since"}
)
"""Words after which "long" means a long time, not long positions."""

_FIRST_FIELD = operator.itemgetter(0)
"""``Unit.start`` and ``Cue.first`` (each tuple's first field), as a C callable for
``map`` and a C sort key."""


def _holds_a_figure(unit: Unit) -> bool:
    """A unit a cue phrase cannot span: a figure. A duration can be part of a phrase ("the
    eight-hour rate": it names the phrase's interval), and so can a mention ("bitcoin
    funds": the mention stays a unit of its own)."""
    q = unit.quantity
    return q is not None and q.kind is not Kind.DURATION


_AS_NOT_A_CLAUSE = frozenset(
    {"read", "seen", "known", "such", "same", "well", "described", "regarded", "viewed", "used"}
)
"""Words after which "as" introduces a description, not a clause of its own."""


def _opens_no_clause(units: Sequence[Unit], n: int) -> bool:
    """A clause word that opens no clause: "and" right before a figure joins two figures
    of one clause ("up 10% over 30 days and 3.5% over 24 hours"; a duration is no such
    figure: "and the 8-hour rate"), "as" after "read",
    "known", "such" … describes ("often read as a gauge of risk"), and "as well" (not
    "as well as") is an adverb ("Ether shorts were hit as well, losing $96 million")."""
    lower = units[n].lower
    if lower == "as":
        if n + 1 < len(units) and units[n + 1].lower == "well":
            return n + 2 >= len(units) or units[n + 2].lower != "as"
        return n > 0 and units[n - 1].lower in _AS_NOT_A_CLAUSE
    return lower == "and" and any(_holds_a_figure(u) for u in units[n + 1 : n + 3])


AS_LEVEL_REACH = 3
"""Units after "as" within which a level word must start for "as" to describe the figure
before it ("$41 as near-term support", "$93,500 as the line in the sand")."""


def _as_describes_a_figure(units: Sequence[Unit], levels: frozenset[int], n: int) -> bool:
    """ "Analysts point to $41 as near-term support for HYPE": "as" right after a figure,
    before a level word, says what the figure is; it opens no clause, so an asset named
    after the level word is the figure's."""
    return (
        n > 0
        and units[n - 1].quantity is not None
        and any(k in levels for k in range(n + 1, n + 1 + AS_LEVEL_REACH))
    )


LABEL_UNITS = 3
"""Units a list line's label may hold before its dash ("\u2022 Bybit \u2013 $223M")."""


def _labels_a_line(units: Sequence[Unit], n: int) -> bool:
    """A dash after a short label that opens a line ("\u2022 Bybit \u2013 $223M", "ETH \u2014
    $3,120") separates the label from its figure, as a colon does: no new clause."""
    lower = units[n].lower
    return (lower in DASHES or lower == "-") and 0 < n <= LABEL_UNITS


def figure_labels_a_line(units: Sequence[Unit], n: int) -> bool:
    """A colon right after a line's opening figure ("\u2022 $12.3M: the largest single
    liquidation, an ETH short on Hyperliquid") heads what the rest says of that figure:
    one segment, not two."""
    return (
        units[n].lower == ":"
        and 0 < n <= 2
        and units[n - 1].quantity is not None
        and all(u.lower in _LINE_MARKS for u in units[: n - 1])
    )


_LINE_MARKS = frozenset({"\u2022", "-", "*", "\u2013", "\u2014", "\u25aa", "\u25b8"})
"""Marks that open a list line before its content."""


_JOINING_ROLES = ("side", "instrument")


def _joined_pairs(cues: Sequence[Cue]) -> frozenset[int]:
    """Units of "and"/"or" between two side words ("short and long positions") or two
    contract kinds ("futures and perpetual swaps"): they join one phrase, not two segments
    (nor do the words of a cue phrase: "as low as")."""
    joined: set[int] = set()
    joining: dict[str, list[Cue]] = {}
    for cue in cues:
        if cue.last > cue.first:
            joined.update(range(cue.first, cue.last + 1))
        if cue.group.role in _JOINING_ROLES:
            joining.setdefault(cue.group.role, []).append(cue)
    for words in joining.values():
        joined.update(a.last + 1 for a, b in itertools.pairwise(words) if b.first == a.last + 2)
    return frozenset(joined)


DASHES = frozenset({"\u2013", "\u2014"})
_DASH_LIKE = DASHES | {"-"}
DASH_ASIDE_UNITS = 12
"""Units between two dashes that make an aside ("the bulk of it — $219 million — in
bullish bets"), at most; farther apart, each dash ends a clause."""


def is_dash(units: Sequence[Unit], n: int) -> bool:
    """Unit ``n`` is a dash: an en or em dash, or a hyphen with a space on both sides (the
    normaliser writes a spaced en dash as one: "its dominance - the slice ... - dipped")."""
    lower = units[n].lower
    if lower in DASHES:
        return True
    return (
        lower == "-"
        and 0 < n < len(units) - 1
        and units[n - 1].end < units[n].start
        and units[n].end < units[n + 1].start
    )


def _dash_asides(units: Sequence[Unit], cues: Sequence[Cue]) -> dict[int, int]:
    """The dashes that pair up around an aside, each mapped to +1 (it opens the aside) or
    -1 (it closes it), like brackets: they end no clause. A pair around one figure and
    approximation cues only maps to 0 and parts nothing: the figure is the phrase's own
    ("the bulk of it — $219 million — in bullish bets")."""
    dashes = [n for n, unit in enumerate(units) if unit.lower in _DASH_LIKE and is_dash(units, n)]
    approx = {n for c in cues if c.group.role == "approx" for n in range(c.first, c.last + 1)}
    asides: dict[int, int] = {}
    k = 0
    while k + 1 < len(dashes):
        first, second = dashes[k], dashes[k + 1]
        if not 1 < second - first <= DASH_ASIDE_UNITS + 1:
            k += 1
            continue
        inside = range(first + 1, second)
        figures = [n for n in inside if units[n].quantity is not None]
        lone_figure = len(figures) == 1 and all(n in approx or n in figures for n in inside)
        asides[first], asides[second] = (0, 0) if lone_figure else (1, -1)
        k += 2
    return asides


def _boundaries(
    units: Sequence[Unit], cues: Sequence[Cue], joined: frozenset[int]
) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Segment and clause numbers per unit. A bracketed aside (or one between a pair of
    dashes) is a segment of its own, and the words after it continue the segment before
    it ("36,000 BTC ($408M) left Coinbase" keeps the figure and the verb together); a
    relative clause between commas
    (", which hosted the most, ") is a clause of its own, after which the main clause
    goes on ("Binance, which ..., saw $49M")."""
    segment: list[int] = []
    clause: list[int] = []
    seg = cla = top = clause_top = 0
    opened: list[int] = []
    relative: int | None = None
    asides: dict[int, int] | None = None
    described = False
    levels: frozenset[int] | None = None
    for n in _boundary_units(units):
        # the units since the last boundary word continue its segment and clause
        segment += [seg] * (n - len(segment))
        clause += [cla] * (n - len(clause))
        unit = units[n]
        lower = unit.lower
        if unit.quantity is None and unit.mention is None and n not in joined:
            if lower in _DASH_LIKE and is_dash(units, n):
                if asides is None:  # found once, and only in a sentence with a dash
                    asides = _dash_asides(units, cues)
                aside = asides.get(n)
                if aside is not None:
                    segment.append(seg)
                    clause.append(cla)
                    if aside > 0:
                        opened.append(seg)
                        top += 1
                        seg = top
                    elif aside < 0 and opened:
                        seg = opened.pop()
                    continue
            if lower in {"(", "["}:
                opened.append(seg)
                top += 1
                seg = top
            elif lower in {")", "]"} and opened:
                segment.append(seg)
                clause.append(cla)
                seg = opened.pop()
                continue
            elif figure_labels_a_line(units, n):
                described = True  # the rest of the line, commas too, describes the figure
            elif (
                lower in SEGMENT_MARKS or lower in CLAUSE_WORDS or lower in SEGMENT_WORDS
            ) and not (described and lower == ","):
                top += 1
                seg = top
            dash = lower == "-" and n > 0 and units[n - 1].end < unit.start
            if lower in RELATIVE_WORDS and n > 0 and units[n - 1].lower == ",":
                relative = cla
                clause_top += 1
                cla = clause_top
            elif lower == "," and relative is not None:
                cla, relative = relative, None
            elif ((dash or lower in CLAUSE_MARKS) and not _labels_a_line(units, n)) or (
                lower in CLAUSE_WORDS and not _opens_no_clause(units, n)
            ):
                if lower == "as" and units[n - 1].quantity is not None:
                    if levels is None:  # found once, and only after a figure's "as"
                        levels = frozenset(
                            [
                                c.first
                                for c in cues
                                if c.group.kind == "level" and c.group.value != "price"
                            ]
                        )
                    if _as_describes_a_figure(units, levels, n):
                        segment.append(seg)
                        clause.append(cla)
                        continue
                clause_top += 1
                cla = clause_top
        segment.append(seg)
        clause.append(cla)
    segment += [seg] * (len(units) - len(segment))
    clause += [cla] * (len(units) - len(clause))
    return tuple(segment), tuple(clause)


UNIT_LOWER = operator.itemgetter(2)
"""``Unit.lower``, as a C callable for ``map`` (the frames and the discourse use it too)."""


def _boundary_units(units: Sequence[Unit]) -> Iterator[int]:
    """Indices of the units whose word is one of :data:`_BOUNDARY_WORDS`, found in C
    (``map`` and ``compress``): most units of a sentence are none, and a Python step per
    unit cost more than the boundaries themselves."""
    return itertools.compress(
        itertools.count(), map(_BOUNDARY_WORDS.__contains__, map(UNIT_LOWER, units))
    )
