"""One spinner family's table: the words its spinner writes, what they mean, which are evidence.

Spinners differ: seed 002's writes "agelong" for long and "cardinal" for million, another
writes "lengthy" for long and "internet outflows" for net outflows. Each family's table is a
file in ``data/spin/`` (its format is documented at the top of ``data/spin/wordnet.toml``),
read and compiled here into a :class:`Family`.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Iterable, Mapping
from typing import NamedTuple

import attrs

from cryptonews_parse.errors import RegistryError
from cryptonews_parse.spin.cardinals import CardinalRules, cardinal_rules
from cryptonews_parse.trie import trie_alternation

# A table word counts at the start of the text or after whitespace, a quote, an opening
# bracket, a slash, an em dash or an ellipsis (not after a hyphen: "well-connected" stays).
# Matching that character, instead of a look-behind, lets the regex engine skip ahead to
# candidate positions, which keeps detection cheap on the normal text it mostly sees.
WORD_START = "[\\s\"'(\\[{/\u2014\u2026]"
WORD_END = "(?![\\w-])"

_ENTRY_FIELDS = frozenset({"meant", "marker", "lowercase_only"})
_NAME = re.compile(r"[a-z][a-z0-9-]*")


@attrs.frozen
class Family:
    """One spinner family's table, compiled: what to replace, and what counts as evidence."""

    name: str  # what ``Document.spun`` says for a document of this family
    about: str
    meant: Mapping[str, str]  # spun key (lower case) -> meant word
    markers: frozenset[str]
    lowercase_only: frozenset[str]  # keys whose capitalised spelling is left alone ("Oregon")
    min_distinct_markers: int
    cardinal: CardinalRules | None  # only for a spinner that writes one word for two magnitudes
    forms: Mapping[str, str] = attrs.field(repr=False)  # every matched spelling -> its key
    word_pattern: re.Pattern[str] = attrs.field(repr=False)  # group 1: the spun word
    word_at_start: re.Pattern[str] = attrs.field(repr=False)
    replacements: Mapping[str, Replacement] = attrs.field(repr=False)
    """Every matched spelling -> what de-spinning writes for it (see :class:`Replacement`),
    made once per table: a spun text has a replacement every few words, and working each
    one out again cost more than the rest of its reading."""

    @classmethod
    def from_toml(cls, text: str, file: str) -> Family:
        """Read and compile a family table in the format of ``data/spin/wordnet.toml``.

        Raises:
            RegistryError: the table is malformed (file, key, reason).
        """
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            raise RegistryError(file, "*", f"not valid TOML: {exc}") from exc
        family = _table(file, data, "family")
        name = family.get("name")
        if not isinstance(name, str) or not _NAME.fullmatch(name):
            raise RegistryError(file, "family.name", "expected a lower-case name like 'wordnet'")
        meant: dict[str, str] = {}
        markers: set[str] = set()
        lowercase_only: set[str] = set()
        for key, entry in _table(file, data, "words").items():
            where = f"words.{key}"
            if not isinstance(entry, dict) or not isinstance(entry.get("meant"), str):
                raise RegistryError(file, where, 'expected { meant = "..." }')
            if key != key.lower() or not key.strip() or key.strip() != key:
                raise RegistryError(file, where, "keys are spun words in lower case")
            unknown = set(entry) - _ENTRY_FIELDS
            if unknown:
                raise RegistryError(file, where, f"unknown fields {sorted(unknown)}")
            meant[key] = entry["meant"]
            if entry.get("marker", False) is True:
                markers.add(key)
            if entry.get("lowercase_only", False) is True:
                lowercase_only.add(key)
        threshold = _table(file, data, "detection").get("min_distinct_markers")
        if not isinstance(threshold, int) or threshold < 1:
            raise RegistryError(file, "detection", "min_distinct_markers must be a positive int")
        if len(markers) < threshold:
            raise RegistryError(file, "detection", "fewer markers than min_distinct_markers")
        cardinal = None
        if "cardinal" in data:
            cardinal = cardinal_rules(file, _table(file, data, "cardinal"))
            if cardinal.word in meant:
                raise RegistryError(
                    file, f"words.{cardinal.word}", "the cardinal word has its own rules"
                )
        return cls._compiled(
            name,
            str(family.get("about", "")),
            meant,
            frozenset(markers),
            frozenset(lowercase_only),
            threshold,
            cardinal,
        )

    @classmethod
    def _compiled(
        cls,
        name: str,
        about: str,
        meant: Mapping[str, str],
        markers: frozenset[str],
        lowercase_only: frozenset[str],
        threshold: int,
        cardinal: CardinalRules | None,
    ) -> Family:
        if cardinal is not None:
            meant = {**meant, cardinal.word: cardinal.provisional}
        forms = {form: key for key in meant for form in spellings(key, key in lowercase_only)}
        words = trie_alternation(forms)
        cardinal_word = cardinal.word if cardinal is not None else None
        replacements = {
            form: Replacement.of(form, _written(form, key, meant[key]), key == cardinal_word)
            for form, key in forms.items()
        }
        return cls(
            name=name,
            about=about,
            meant=meant,
            markers=markers,
            lowercase_only=lowercase_only,
            min_distinct_markers=threshold,
            cardinal=cardinal,
            forms=forms,
            word_pattern=re.compile(f"{WORD_START}({words}){WORD_END}"),
            word_at_start=re.compile(f"({words}){WORD_END}"),
            replacements=replacements,
        )

    def with_cardinal(self, rules: CardinalRules) -> Family:
        """This family reading another spinner's cardinal word too: a mirror run through two
        spinners ("open curiosity" and "$486 cardinal" in one text) keeps this family's name.

        Raises:
            RegistryError: this family has cardinal rules, or uses the word otherwise.
        """
        if self.cardinal is not None or rules.word in self.meant:
            raise RegistryError(self.name, f"words.{rules.word}", "the cardinal word is taken")
        return Family._compiled(
            self.name,
            self.about,
            self.meant,
            self.markers,
            self.lowercase_only,
            self.min_distinct_markers,
            rules,
        )

    def cardinal_after_figure(self, text: str) -> bool:
        """True when ``text`` writes this family's cardinal word right after a figure and a
        space ("$486 Cardinal"), the only place it is read."""
        return self.cardinal is not None and bool(
            _cardinal_pattern(self.cardinal.word).search(text)
        )

    def marker_forms(self) -> Iterable[tuple[str, str]]:
        """(spelling, marker key) for every spelling of every marker."""
        return ((form, key) for form, key in self.forms.items() if key in self.markers)

    def written(self, spun: str) -> str:
        """The meant word for ``spun`` (one of :attr:`forms`), in the spun word's case.

        >>> from cryptonews_parse import spin
        >>> family = spin.family("thesaurus")
        >>> family.written("Internet Outflows"), family.written("Excessive")
        ('Net Outflows', 'High')
        """
        return self.replacements[spun].meant


class Replacement(NamedTuple):
    """What de-spinning writes for one spelling of a table word."""

    meant: str
    """The meant word, in the spun word's case."""
    lead: int
    """Characters of whole words the spun word and ``meant`` share at the start (see
    :func:`shared_words`), which the edit leaves out."""
    trail: int
    """The same at the end."""
    cardinal: bool
    """The family's cardinal word, replaced only right after a figure."""

    @classmethod
    def of(cls, spun: str, meant: str, cardinal: bool) -> Replacement:
        return cls(meant, *shared_words(spun, meant), cardinal)


def _written(spun: str, key: str, meant: str) -> str:
    """``meant`` in the case of ``spun``, a spelling of the table key ``key``."""
    if spun == key:
        return meant
    if spun == _title(key) != capitalise(key):
        return _title(meant)
    return capitalise(meant)


def shared_words(spun: str, meant: str) -> tuple[int, int]:
    """Characters of whole words that a spun phrase and its reading share at the start and at
    the end, left out of the edit so that a span over them maps to them alone: in "24 hour
    quantity" -> "24 hour volume" only "quantity" became "volume", and "24 hour" is a
    duration of its own.

    >>> shared_words("was buying and selling at", "was trading at")
    (4, 3)
    """
    old, new = spun.split(" "), meant.split(" ")
    shortest = min(len(old), len(new))
    head = 0
    while head < shortest - 1 and old[head] == new[head]:
        head += 1
    tail = 0
    while tail < shortest - head - 1 and old[-1 - tail] == new[-1 - tail]:
        tail += 1
    lead = sum(len(word) + 1 for word in old[:head])
    trail = sum(len(word) + 1 for word in old[len(old) - tail :])
    return lead, trail


@functools.cache
def _cardinal_pattern(word: str) -> re.Pattern[str]:
    return re.compile(f"[0-9] (?:{'|'.join(map(re.escape, spellings(word, False)))}){WORD_END}")


def spellings(key: str, lowercase_only: bool) -> list[str]:
    """The spellings a table key is matched in: as written, capitalised, and in Title Case
    (a headline's "Internet Outflows"). ALL-CAPS spellings are never matched, so tickers and
    acronyms ("APT", "FULL") stay as they are.

    >>> spellings("all-time excessive", False)
    ['all-time excessive', 'All-time excessive', 'All-Time Excessive']
    >>> spellings("oregon", True)
    ['oregon']
    """
    if lowercase_only:
        return [key]
    return list(dict.fromkeys([key, capitalise(key), _title(key)]))


def capitalise(word: str) -> str:
    return word[:1].upper() + word[1:]


def _title(phrase: str) -> str:
    """Each word capitalised, after a space or a hyphen ("All-Time High")."""
    return re.sub(r"(?:^|(?<=[ -]))\w", lambda m: m.group().upper(), phrase)


def _table(file: str, data: Mapping[str, object], key: str) -> dict[str, object]:
    value = data.get(key)
    if not isinstance(value, dict):
        raise RegistryError(file, key, "expected a table")
    return value
