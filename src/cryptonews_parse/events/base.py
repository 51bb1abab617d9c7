"""What every event extractor works with: sentences, their cues, and how events are built.

An extractor is a module with a ``SECTION`` (its table in ``data/triggers.toml``), the
``TRIGGERS`` groups of it that it cannot do without, and an ``extract(sentence, context)``
function. The driver (``events/__init__.py``) splits the text into sentences, finds every
cue phrase of ``triggers.toml`` in one regex pass, and calls an extractor only for
sentences that hold a cue of one of its ``TRIGGERS`` groups. An extractor reads
the sentence's quantities, entity mentions and cues, and returns events built with
:func:`build`, which records the evidence sentence and the items used.
"""

from __future__ import annotations

import bisect
import functools
import re
import tomllib
from collections.abc import Iterable, Iterator, Mapping, Sequence
from importlib import resources
from typing import NamedTuple, Protocol, TypeVar

import attrs

from cryptonews_parse.errors import RegistryError
from cryptonews_parse.model import (
    EntityMention,
    EntityType,
    Event,
    Kind,
    Quantity,
    Span,
    TimeUnit,
)
from cryptonews_parse.trie import folds_like_ascii, trie_alternation

TRIGGERS_FILE = "triggers.toml"
_MEMO_LIMIT = 50_000

_E = TypeVar("_E", bound=Event)


class _Spanned(Protocol):
    @property
    def span(self) -> Span: ...


_I = TypeVar("_I", bound=_Spanned)


class Cue(NamedTuple):
    """A cue phrase found in the text: ``name`` is ``"<section>.<group>"``.

    A named tuple rather than an attrs class: an article holds thousands of cues, and a
    tuple is several times cheaper to build.
    """

    name: str
    span: Span
    text: str


@attrs.frozen
class Sentence:
    """One sentence of the normalised text with the items inside it, in text order."""

    text: str
    span: Span
    quantities: tuple[Quantity, ...]
    entities: tuple[EntityMention, ...]
    cues: tuple[Cue, ...]
    _names: frozenset[str] = attrs.field(init=False, eq=False, repr=False)
    """The groups of ``cues``, for :meth:`has`, which each extractor asks first."""

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_names", frozenset([cue.name for cue in self.cues]))

    def has(self, name: str) -> bool:
        """True when a cue of group ``name`` ("liquidation.trigger") is in the sentence."""
        return name in self._names

    def cues_named(self, name: str) -> tuple[Cue, ...]:
        """The cues of group ``name``, in text order."""
        return tuple(cue for cue in self.cues if cue.name == name)

    def entities_of(self, *types: EntityType) -> tuple[EntityMention, ...]:
        """The mentions whose type is one of ``types``."""
        return tuple([e for e in self.entities if e.type in types])

    def quantities_of(self, *kinds: Kind) -> tuple[Quantity, ...]:
        """The quantities whose kind is one of ``kinds``."""
        return tuple([q for q in self.quantities if q.kind in kinds])

    def between(self, start: int, end: int) -> str:
        """The sentence's text between two offsets of the normalised document."""
        return self.text[max(start, self.span.start) - self.span.start : end - self.span.start]

    def window(self) -> str | None:
        """The event window stated in the sentence as an ISO 8601 duration, else None.

        A duration counts when a window lead ("past", "last", "over", "in", …) stands just
        before it, or when it is written as an adjective ("24-hour"); fixed phrases such as
        "for the day" come from ``[window.phrases]``.
        """
        return window_in(self, self.span.start, self.span.end, self.quantities, self.cues)


def window_in(
    sentence: Sentence,
    start: int,
    end: int,
    quantities: Iterable[Quantity],
    cues: Iterable[Cue],
) -> str | None:
    """The window (see :meth:`Sentence.window`) that ``quantities`` and ``cues`` state in
    the part of ``sentence`` from ``start`` to ``end``: a clause is read for it without
    being copied into a sentence of its own."""
    table = triggers()
    text, base = sentence.text, sentence.span.start
    for quantity in quantities:
        if quantity.kind is not Kind.DURATION:
            continue
        at = quantity.span.start
        before = text[max(at - 24, start) - base : at - base].lower()
        adjective = quantity.text.count("-") == 1 and not quantity.text.startswith("-")
        if adjective or table.window_lead.search(before):
            iso = iso_duration(quantity)
            if iso is not None:
                return iso
    for cue in cues:
        if cue.name == "window.phrases":
            return table.window_phrases[cue.text.lower()]
    return None


class Context(NamedTuple):
    """What an extractor may know beyond its sentence: the asset last named before it, and
    the events already found in the sentences before it (in sentence order; a read-only
    view the driver keeps growing, so that a sentence may continue the one before it:
    "... $961 million in liquidations. $821 million of that was from long positions.")."""

    previous_asset: str | None = None
    earlier: Sequence[Event] = ()


class Extract(Protocol):
    """The signature of an extractor module's ``extract``."""

    def __call__(self, sentence: Sentence, context: Context) -> Iterable[Event]: ...


def build(
    cls: type[_E],
    sentence: Sentence,
    *,
    used: Iterable[Quantity | EntityMention | None] = (),
    **fields: object,
) -> _E:
    """An event of ``cls`` evidenced by ``sentence``, keeping the items in ``used``.

    The quantities and mentions kept are those passed in ``used`` (None entries are
    ignored), each at most once and in text order; figure fields such as ``amount`` or
    ``to`` are added to them automatically.
    """
    quantities: dict[int, Quantity] = {}
    entities: dict[int, EntityMention] = {}
    for item in (*used, *fields.values()):
        if isinstance(item, Quantity):
            quantities[id(item)] = item
        elif isinstance(item, EntityMention):
            entities[id(item)] = item
    # the items of one kind never overlap, so their starts order them
    return cls(
        text=sentence.text,
        span=sentence.span,
        quantities=tuple(sorted(quantities.values(), key=_start)),
        entities=tuple(sorted(entities.values(), key=_start)),
        **fields,  # type: ignore[arg-type]
    )


def _start(item: Quantity | EntityMention) -> int:
    return item.span.start


_ISO_UNITS = {
    TimeUnit.SECOND: ("T", "S"),
    TimeUnit.MINUTE: ("T", "M"),
    TimeUnit.HOUR: ("T", "H"),
    TimeUnit.DAY: ("", "D"),
    TimeUnit.WEEK: ("", "W"),
    TimeUnit.MONTH: ("", "M"),
    TimeUnit.YEAR: ("", "Y"),
}


def iso_duration(quantity: Quantity) -> str | None:
    """A duration quantity as ISO 8601 ("24 hours" -> "PT24H"); None for a range.

    >>> from cryptonews_parse import parse_quantity
    >>> iso_duration(parse_quantity("24 hours")), iso_duration(parse_quantity("7 days"))
    ('PT24H', 'P7D')
    """
    if quantity.kind is not Kind.DURATION or quantity.value is None or quantity.unit is None:
        return None
    time_part, designator = _ISO_UNITS[TimeUnit(quantity.unit)]
    return f"P{time_part}{quantity.value}{designator}"


# ---- the trigger table -------------------------------------------------------------------


@attrs.frozen
class Triggers:
    """``data/triggers.toml`` compiled: one regex over every cue phrase."""

    pattern: re.Pattern[str]
    groups: Mapping[str, tuple[str, ...]]
    """Lower-cased phrase (a prefix for a ``*`` phrase) -> the cue groups it belongs to."""
    prefixes: tuple[str, ...]
    window_lead: re.Pattern[str]
    window_phrases: Mapping[str, str]
    abbreviations: frozenset[str]
    words: Mapping[str, frozenset[str]] = attrs.field(factory=dict)
    """``[words.<table>] <list> = [...]`` as ``"<table>.<list>"`` -> lower-cased words: word
    lists the extractors read (linking words, hedges); they are not cues."""

    folded: re.Pattern[str] | None = None
    """``pattern`` without ``re.IGNORECASE``, for lower-cased text: the case-blind regex
    is twice as slow, and this is the events stage's one pass over the whole text."""
    _names: dict[str, tuple[str, ...]] = attrs.field(factory=dict, init=False, eq=False)
    """Memo of :meth:`_names_of`: the cue words of news repeat from article to article."""

    def cues(self, text: str) -> Iterator[Cue]:
        """Every cue in ``text``, in text order."""
        for start, end, names in self.matches(text):
            span = Span(start, end)
            for name in names:
                yield Cue(name, span, text[start:end])

    def matches(self, text: str) -> list[tuple[int, int, tuple[str, ...]]]:
        """(start, end, cue groups) of every cue phrase in ``text``, in text order: the
        scan without building :class:`Cue` objects, most of which no extractor reads."""
        if self.folded is not None and folds_like_ascii(text):
            found_matches = self.folded.finditer(text.lower())
        else:
            found_matches = self.pattern.finditer(text)
        memo = self._names
        found = []
        for match in found_matches:
            start, end = match.span()
            phrase = text[start:end]
            names = memo.get(phrase)
            if names is None:
                names = self._names_of(phrase.lower())
                if len(memo) < _MEMO_LIMIT:  # bounded on adversarial text
                    memo[phrase] = names
            if names:
                found.append((start, end, names))
        return found

    def _names_of(self, word: str) -> tuple[str, ...]:
        """The cue groups of a matched word; none when only Unicode case folding made it
        match ("ſhorts" matches "shorts" under IGNORECASE but is not the cue word)."""
        if word in self.groups:
            return self.groups[word]
        prefixes = [p for p in self.prefixes if word.startswith(p)]
        return self.groups[max(prefixes, key=len)] if prefixes else ()


@functools.cache
def triggers() -> Triggers:
    """The package's trigger table, loaded once."""
    text = resources.files("cryptonews_parse").joinpath("data", TRIGGERS_FILE).read_text("utf-8")
    try:
        table = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise RegistryError(TRIGGERS_FILE, "-", str(exc)) from exc
    return compile_triggers(table)


def compile_triggers(table: Mapping[str, object]) -> Triggers:
    """Compile a parsed trigger table (see the header of ``data/triggers.toml``)."""
    groups: dict[str, list[str]] = {}
    prefixes: set[str] = set()
    settings = table.get("sentences", {})
    window = table.get("window", {})
    if not isinstance(settings, dict) or not isinstance(window, dict):
        raise RegistryError(TRIGGERS_FILE, "sentences/window", "must be tables")
    phrases = window.get("phrases", {})
    for section, body in table.items():
        if section in ("sentences", "words") or not isinstance(body, dict):
            continue
        for group, words in body.items():
            if section == "window":
                if group != "phrases":
                    continue  # the leads only qualify durations; they are not cues
                words = list(phrases)
            if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
                raise RegistryError(TRIGGERS_FILE, f"{section}.{group}", "needs a list of str")
            for word in words:
                key = word.lower().rstrip("*")
                if word.endswith("*"):
                    prefixes.add(key)
                groups.setdefault(key, []).append(f"{section}.{group}")
    words_pattern = trie_alternation(k for k in groups if k not in prefixes)
    prefix_pattern = trie_alternation(prefixes)
    source = rf"(?<![\w$])(?:{prefix_pattern}[\w-]*|{words_pattern})(?![\w$])"
    pattern = re.compile(source, re.IGNORECASE)
    lead = trie_alternation(w.lower() for w in window.get("lead", []))
    return Triggers(
        pattern=pattern,
        folded=re.compile(source) if folds_like_ascii("".join(groups)) else None,
        groups={k: tuple(v) for k, v in groups.items()},
        prefixes=tuple(sorted(prefixes)),
        window_lead=re.compile(rf"\b(?:{lead})\s+(?:the\s+)?(?:\w+\s+){{0,2}}$"),
        window_phrases={k.lower(): v for k, v in phrases.items()},
        abbreviations=frozenset(a.lower() for a in settings.get("abbreviations", [])),
        words=_word_lists(table.get("words", {})),
    )


def _word_lists(table: object) -> dict[str, frozenset[str]]:
    if not isinstance(table, dict):
        raise RegistryError(TRIGGERS_FILE, "words", "must be a table of tables")
    lists: dict[str, frozenset[str]] = {}
    for name, body in table.items():
        if not isinstance(body, dict):
            raise RegistryError(TRIGGERS_FILE, f"words.{name}", "must be a table")
        for key, words in body.items():
            if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
                raise RegistryError(TRIGGERS_FILE, f"words.{name}.{key}", "needs a list of str")
            lists[f"{name}.{key}"] = frozenset(w.lower() for w in words)
    return lists


# ---- sentences ---------------------------------------------------------------------------

_BREAK = re.compile(r"[.!?]+[\"')\]]*[ \t]+(?=[\"'(\[$]?[A-Z0-9])|\s*\n\s*")
_BREAK_IN_LINE = re.compile(r"[.!?]+[\"')\]]*[ \t]+(?=[\"'(\[$]?[A-Z0-9])")
"""``_BREAK`` without its line-break branch, which costs a try at every space: the
driver splits single lines."""
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)\.?$")
_WORD_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.")


def sentence_spans(text: str) -> list[Span]:
    """Split ``text`` into sentence spans: at line breaks, and after ".", "!" or "?"
    followed by a capitalised word, unless the period ends an abbreviation ("Oct.",
    "U.S.") or a single capital ("J. Smith")."""
    return [Span(start, end) for start, end in sentence_bounds(text)]


def sentence_bounds(text: str) -> list[tuple[int, int]]:
    """:func:`sentence_spans` as (start, end) pairs, for the driver, which splits every
    line that holds a cue and keeps only some of its sentences."""
    abbreviations = triggers().abbreviations
    bounds: list[tuple[int, int]] = []
    start = 0
    for match in (_BREAK if "\n" in text else _BREAK_IN_LINE).finditer(text):
        found = match.group()
        at = match.start()
        if "\n" not in found:
            # an abbreviation or initial needs a letter (or a period) just before the
            # period; "!", "?" or a period after a digit never end one
            if text[at] == "." and at and text[at - 1] in _WORD_CHARS:
                word = _WORD_BEFORE.search(text, max(0, at - 12), at + 1)
                if word and (
                    word.group(1).lower().rstrip(".") in abbreviations or len(word.group(1)) == 1
                ):
                    continue
            end = at + len(found.rstrip())
        else:
            end = at + len(found.split("\n")[0].rstrip())
        if text[start:end].strip():
            bounds.append((start, end))
        start = match.end()
    if start < len(text) and text[start:].strip():
        bounds.append((start, len(text.rstrip())))
    return bounds


def by_sentence(spans: list[Span], items: Iterable[_I]) -> list[list[_I]]:
    """Bucket span-carrying items (in text order) into the sentences that contain them."""
    starts = [s.start for s in spans]
    buckets: list[list[_I]] = [[] for _ in spans]
    for item in items:
        index = bisect.bisect_right(starts, item.span.start) - 1
        if index >= 0 and item.span.end <= spans[index].end:
            buckets[index].append(item)
    return buckets
