"""Phrase grammar shared by the event extractors: one :class:`Reading` per sentence.

In: a :class:`~cryptonews_parse.events.base.Sentence`. Out: its cues by group (without
those inside an entity's name), its clauses (split at ";" and
at connectors such as ", with" or "of which", the latter marked as parts of the clause
before), whether an offset sits in a question or in a hedged phrase, and whether the words
between two items are only linking words from a ``[words.*]`` list of
``data/triggers.toml``.

Why: a sentence that holds a cue word ("liquidations") and a figure does not make the
figure the cue's ("the drop to $104,000 resulted in a large liquidation"). Tying a figure
to a cue through the words between them, within one clause, keeps prices, forecasts and
questions out of the events.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import NamedTuple

from cryptonews_parse.entities import default_registry
from cryptonews_parse.events.base import Cue, Sentence, triggers, window_in
from cryptonews_parse.model import EntityMention, EntityType, Kind, Quantity, Span
from cryptonews_parse.trie import trie_alternation

FIGURES = (Kind.MONEY, Kind.CRYPTO)
"""The kinds of quantity an amount of money or of an asset can be."""

_NAMED = (EntityType.ASSET, EntityType.PAIR, EntityType.VENUE, EntityType.FUND)
# Phrase ends: a comma that is not digit grouping, a spaced dash, and stronger stops.
_PHRASE_END = re.compile(r",(?!\d)|\s-\s|[\N{EM DASH};?!]|:(?!\d)")
_CLAUSE_STOP = re.compile(r"\s-\s|[\N{EM DASH};?!]|:(?!\d)")
_NOT_A_LINK = re.compile(r"[^\w\s'()\-]")
_TOKEN = re.compile(r"[\w'\-]+")
_MAX_LINK_WORDS = 8
_HEDGE_REACH = 3  # words around a figure and its cue that a modal verb governs


def words(name: str) -> frozenset[str]:
    """The word list ``[words.<table>] <list>`` of the trigger file, by ``"<table>.<list>"``."""
    found = _WORDS.get(name)
    if found is None:  # extractors ask tens of thousands of times per MB of text
        found = _WORDS[name] = triggers().words.get(name, frozenset())
    return found


_WORDS: dict[str, frozenset[str]] = {}


@functools.cache
def _connector() -> re.Pattern[str]:
    listed = sorted(words("grammar.split"))
    alternation = trie_alternation(listed)
    # the look-ahead only lets the scan skip at once the positions no match can start at
    firsts = re.escape("".join(sorted({",", ";", *(word[:1] for word in listed)})))
    return re.compile(
        rf"(?=[{firsts}])(?:(,\s*)?(?<![\w-])({alternation})(?![\w-])|;)", re.IGNORECASE
    )


class Clause(NamedTuple):
    """A clause of a sentence: ``part`` when a part connector opens it ("of which")."""

    start: int
    end: int
    part: bool


class Reading:
    """One sentence read for its clauses, phrases and links (offsets are document offsets).

    Every extractor of a sentence shares one reading (:func:`reading_of`), and its clauses
    and phrase ends are worked out on first use, as many sentences are given up before.
    """

    def __init__(self, sentence: Sentence) -> None:
        self.sentence = sentence
        self.base = sentence.span.start
        self._named = sentence.entities_of(*_NAMED)
        names_of = [
            (e.span.start, e.span.end) for e in sentence.entities if e.type is not EntityType.METRIC
        ]
        # "the largest cryptocurrency" is Bitcoin, not a largest-liquidation cue
        self._cues: list[Cue] = []
        self._by_name: dict[str, list[Cue]] = {}
        for cue in sentence.cues:
            at = cue.span.start
            for name_start, name_end in names_of:
                if name_start <= at < name_end:
                    break
            else:
                self._cues.append(cue)
                if cue.name in self._by_name:
                    self._by_name[cue.name].append(cue)
                else:
                    self._by_name[cue.name] = [cue]
        # plain attributes, not functools.cached_property, which takes a lock on each read
        self._clauses: tuple[Clause, ...] | None = None
        self._phrase_ends: list[tuple[int, int]] | None = None
        self._cues_of: dict[tuple[str, ...], list[Cue]] = {}
        self._windows: dict[tuple[int, int], str | None] = {}

    # ---- clauses and phrases -------------------------------------------------------------

    @property
    def clauses(self) -> tuple[Clause, ...]:
        """The sentence's clauses, in text order."""
        if self._clauses is None:
            self._clauses = self._split()
        return self._clauses

    @property
    def _ends(self) -> list[tuple[int, int]]:
        if self._phrase_ends is None:
            base = self.base
            self._phrase_ends = [
                (base + m.start(), base + m.end()) for m in _PHRASE_END.finditer(self.sentence.text)
            ]
        return self._phrase_ends

    def _split(self) -> tuple[Clause, ...]:
        sentence = self.sentence
        starts = {e.span.start for e in self._named}
        part_words = words("grammar.part")
        cuts: list[tuple[int, bool]] = []
        for match in _connector().finditer(sentence.text):
            if match.group() == ";":
                cuts.append((self.base + match.end(), False))
                continue
            word = match.group(2).lower()
            rest = sentence.text[match.end() :]
            follows = self.base + match.end() + len(rest) - len(rest.lstrip())
            if match.group(1) is not None or " " in word or follows in starts:
                cuts.append((self.base + match.start(), word in part_words))
        clauses: list[Clause] = []
        start, part = self.base, False
        for cut, cut_part in cuts:
            if cut > start:
                clauses.append(Clause(start, cut, part))
            start, part = cut, cut_part
        clauses.append(Clause(start, sentence.span.end, part))
        return tuple(clauses)

    def clause(self, offset: int) -> Clause:
        """The clause that holds ``offset``."""
        clauses = self.clauses
        for clause in clauses:
            if offset < clause.end:
                return clause
        return clauses[-1]

    def in_clause(self, clause: Clause, span: Span) -> bool:
        """True when ``span`` starts inside ``clause``."""
        return clause.start <= span.start < clause.end

    def phrase(self, offset: int) -> tuple[int, int]:
        """The phrase (between commas, dashes and stops) that holds ``offset``."""
        start, end = self.base, self.sentence.span.end
        for stop_start, stop_end in self._ends:
            if stop_end <= offset:
                start = stop_end
            elif stop_start >= offset:
                end = stop_start
                break
        return start, end

    def question(self, offset: int) -> bool:
        """True when the clause-level phrase that holds ``offset`` ends in a question mark
        ("- are we preparing for another $1 billion liquidation?")."""
        stop = _CLAUSE_STOP.search(self.sentence.text, max(0, offset - self.base))
        return stop is not None and stop.group() == "?"

    def hedged(self, start: int, end: int) -> bool:
        """True when the words from ``start`` to ``end`` state a forecast or hypothesis: a
        hedge word among them or within a few words around them ("a wipeout of over $1
        billion seems ..."), or a condition anywhere in their phrase ("if BTC falls")."""
        low = self.phrase(start)[0]
        high = self.phrase(max(start, end - 1))[1]
        between = self.sentence.between
        # lower-cased part by part: a letter such as "İ" lower-cases to two characters, and
        # the cuts must stand where the figure and cue begin and end
        before, inside = between(low, start).lower(), between(start, end).lower()
        phrase = before + inside + between(end, high).lower()
        cuts = (len(before), len(before) + len(inside))
        tokens = _TOKEN.findall(phrase)
        if not words("grammar.condition").isdisjoint(tokens):
            return True
        hedges = words("grammar.hedge")
        if hedges.isdisjoint(tokens) and not any(
            _TOKEN.fullmatch(phrase, cut - 1, cut + 1) for cut in cuts
        ):
            return False  # no hedge word, and no word cut in two that could be one
        near = [
            *_TOKEN.findall(phrase, 0, cuts[0])[-_HEDGE_REACH:],
            *_TOKEN.findall(phrase, *cuts),
            *_TOKEN.findall(phrase, cuts[1])[:_HEDGE_REACH],
        ]
        return not hedges.isdisjoint(near)

    # ---- links ---------------------------------------------------------------------------

    def links(self, start: int, end: int, allowed: frozenset[str]) -> bool:
        """True when the text from ``start`` to ``end`` holds only words of ``allowed``
        (entity names and a possessive "'s" are skipped; punctuation breaks a link)."""
        if start > end:
            return False
        gap = self.sentence.between(start, end)
        for mention in self._named:
            if start <= mention.span.start and mention.span.end <= end:
                offset = mention.span.start - start
                gap = gap[:offset] + " " * len(mention.span) + gap[offset + len(mention.span) :]
        if _NOT_A_LINK.search(gap):
            return False
        tokens = [t for t in _TOKEN.findall(gap.lower()) if t not in ("'s", "'")]
        return len(tokens) <= _MAX_LINK_WORDS and all(t in allowed for t in tokens)

    def linked(
        self, quantity: Quantity, cues: Iterable[Cue], before: frozenset[str], after: frozenset[str]
    ) -> Cue | None:
        """The first cue of ``cues`` tied to ``quantity``: the cue follows it with only
        ``before`` words between, or precedes it with only ``after`` words between."""
        for cue in cues:
            if cue.span.start >= quantity.span.end:
                if self.links(quantity.span.end, cue.span.start, before):
                    return cue
            elif cue.span.end <= quantity.span.start and self.links(
                cue.span.end, quantity.span.start, after
            ):
                return cue
        return None

    # ---- items ---------------------------------------------------------------------------

    def cues(self, *names: str) -> list[Cue]:
        """The cues of the groups ``names`` that are not part of an entity's name, in text
        order (a new list, which the caller may extend)."""
        if len(names) == 1:
            return list(self._by_name.get(names[0], ()))
        found = self._cues_of.get(names)
        if found is None:
            found = self._cues_of[names] = [cue for cue in self._cues if cue.name in names]
        return list(found)

    def figures(self) -> list[Quantity]:
        """The amounts of money or of an asset, outside questions."""
        return [
            q
            for q in self.sentence.quantities
            if q.kind in FIGURES and not self.question(q.span.start)
        ]

    def only(self, mentions: Iterable[EntityMention]) -> EntityMention | None:
        """The first of ``mentions`` when they all name one id, else None."""
        found = list(mentions)
        if found and all(m.id == found[0].id for m in found):
            return found[0]
        return None

    def window(self, clause: Clause) -> str | None:
        """The window stated in ``clause`` (see :meth:`Sentence.window`), worked out once
        per clause: each figure of a clause asks for it."""
        key = (clause.start, clause.end)
        if key in self._windows:
            return self._windows[key]
        start, end = key
        sentence = self.sentence
        window = self._windows[key] = window_in(
            sentence,
            start,
            end,
            [q for q in sentence.quantities if start <= q.span.start and q.span.end <= end],
            [c for c in sentence.cues if start <= c.span.start and c.span.end <= end],
        )
        return window


_LAST_READING: list[Reading] = []


def reading_of(sentence: Sentence) -> Reading:
    """The :class:`Reading` of ``sentence``, built once for the extractors that the driver
    calls on the same sentence object one after another."""
    last = _LAST_READING[0] if _LAST_READING else None  # one read: another thread may swap it
    if last is not None and last.sentence is sentence:
        return last
    reading = Reading(sentence)
    _LAST_READING[:] = [reading]
    return reading


def asset_id(mention: EntityMention) -> str | None:
    """The asset id a mention names: an asset's own id, a pair's base asset."""
    if mention.type is EntityType.ASSET:
        return mention.id
    if mention.type is EntityType.PAIR:
        return default_registry().get(mention.id).base
    return None
