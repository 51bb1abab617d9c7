"""The event lexicon: ``data/events.toml`` compiled into a phrase index over tokens.

In: the TOML file (cue groups with their roles, words, examples and counter-examples).
Out: :class:`Lexicon`, which finds every cue phrase in a sequence of lower-cased tokens,
longest phrase first, in one left-to-right pass. Why: the frames read roles from tags,
not from words, so that a new phrasing is a new word in data, not new code.
"""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Mapping, Sequence
from importlib import resources
from typing import NamedTuple

from cryptonews_parse.analysis import tokens
from cryptonews_parse.errors import RegistryError

LEXICON_FILE = "events.toml"

ROLES = frozenset(
    {
        "type", "side", "domain", "hedge", "restate", "approx", "largest", "respectively",
        "each", "anaphor", "from", "to", "at", "market", "part", "state", "window", "dated",
        "turn",
    }
)  # fmt: skip
KINDS = frozenset(
    {
        "liquidation", "flow", "loss", "move", "level", "open_interest", "funding_rate",
        "dominance", "transfer", "hack", "other", "reserve",
    }
)  # fmt: skip
DIRECTIONS = frozenset({"up", "down", "in", "out"})
_VERB_KINDS = frozenset({"liquidation", "flow", "loss", "move", "transfer", "hack"})
"""Type kinds whose one-word phrases are verbs, listed once and inflected here; level and
metric words are nouns, whose "-ed" forms would be other words ("record": recorded)."""


class Group(NamedTuple):
    """One cue group of the lexicon (see the header of ``data/events.toml``)."""

    name: str
    role: str
    kind: str | None
    direction: str | None
    value: str | None
    noun: bool
    words: tuple[str, ...]
    examples: tuple[str, ...]
    counter_examples: tuple[str, ...]


class Match(NamedTuple):
    """A cue phrase found at tokens ``first..last`` (inclusive)."""

    first: int
    last: int
    groups: tuple[Group, ...]


class Lexicon:
    """Every cue group, and an index from a phrase's first token to its phrases."""

    def __init__(self, groups: Mapping[str, Group], entity_groups: Mapping[str, str]) -> None:
        self.groups = dict(groups)
        self.entity_groups = {key: self.groups[name] for key, name in entity_groups.items()}
        index: dict[str, list[tuple[tuple[str, ...], bool, list[Group]]]] = {}
        stars: dict[str, list[Group]] = {}
        for group in self.groups.values():
            for phrase in _phrases(group):
                star = phrase.endswith("*")
                words = tuple(t.lower for t in tokens(phrase.rstrip("*"), 0, len(phrase)))
                if star and len(words) == 1:
                    stars.setdefault(words[0], []).append(group)
                    continue
                entries = index.setdefault(words[0], [])
                for entry in entries:
                    if entry[0] == words and entry[1] == star:
                        if group not in entry[2]:
                            entry[2].append(group)
                        break
                else:
                    entries.append((words, star, [group]))
        for entries in index.values():
            entries.sort(key=lambda entry: -len(entry[0]))
        self._index = {
            first: tuple((words, star, tuple(gs)) for words, star, gs in entries)
            for first, entries in index.items()
        }
        self._stars = tuple((prefix, tuple(gs)) for prefix, gs in stars.items())
        self._star_cache: dict[str, tuple[Group, ...]] = {}

    def find(self, words: Sequence[str]) -> list[Match]:
        """Cue phrases in ``words`` (lower-cased tokens), longest first at each position;
        tokens inside a matched phrase start no other phrase.

        >>> lexicon = default_lexicon()
        >>> [(m.first, m.last, m.groups[0].name) for m in lexicon.find(["shorts", "liquidated"])]
        [(0, 0, 'short'), (1, 1, 'liquidation')]
        """
        found: list[Match] = []
        i = 0
        n = len(words)
        while i < n:
            match = self._at(words, i, n)
            if match is None:
                i += 1
            else:
                found.append(match)
                i = match.last + 1
        return found

    def _at(self, words: Sequence[str], i: int, n: int) -> Match | None:
        for phrase, star, groups in self._index.get(words[i], ()):
            end = i + len(phrase)
            if end > n:
                continue
            last = phrase[-1]
            if all(words[i + k] == phrase[k] for k in range(len(phrase) - 1)) and (
                words[end - 1].startswith(last) if star else words[end - 1] == last
            ):
                return Match(i, end - 1, groups)
        groups = self._star_groups(words[i])
        return Match(i, i, groups) if groups else None

    def _star_groups(self, word: str) -> tuple[Group, ...]:
        cached = self._star_cache.get(word)
        if cached is None:
            cached = tuple(g for prefix, gs in self._stars if word.startswith(prefix) for g in gs)
            if len(self._star_cache) < 50_000:
                self._star_cache[word] = cached
        return cached


def _phrases(group: Group) -> list[str]:
    """A group's phrases, and for a verb group the inflections of each one-word phrase
    ("plunge": plunges, plunged, plunging), so the data lists each verb once."""
    phrases = list(group.words)
    if group.role == "type" and group.kind in _VERB_KINDS:
        for word in group.words:
            if " " not in word and not word.endswith("*") and word.isalpha():
                phrases.extend(inflections(word))
    return list(dict.fromkeys(phrases))


def inflections(word: str) -> list[str]:
    """Regular inflections of an English word: -s, -ed, -ing, with a final e dropped and
    a final consonant after one vowel doubled ("drop": drops, dropped, dropping).

    >>> inflections("plunge")
    ['plunges', 'plunged', 'plunging']
    >>> inflections("drop")
    ['drops', 'dropped', 'dropping', 'droped', 'droping']
    """
    if word.endswith("e"):
        return [word + "s", word + "d", word[:-1] + "ing"]
    if word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        return [word[:-1] + "ies", word[:-1] + "ied", word + "ing"]
    forms = [word + "es" if word.endswith(("s", "sh", "ch", "x")) else word + "s"]
    if len(word) >= 3 and word[-1] not in "aeiouwxy" and word[-2] in "aeiou" and word[-3] not in "aeiou":
        forms += [word + word[-1] + "ed", word + word[-1] + "ing"]
    forms += [word + "ed", word + "ing"]
    return forms


@functools.cache
def default_lexicon() -> Lexicon:
    """The lexicon shipped in ``data/events.toml``, read once.

    Raises:
        RegistryError: a group has an unknown role, kind or direction, or no words.
    """
    text = resources.files("cryptonews_parse").joinpath("data", LEXICON_FILE).read_text("utf-8")
    return compile_lexicon(tomllib.loads(text))


def compile_lexicon(data: Mapping[str, object]) -> Lexicon:
    """A :class:`Lexicon` from the parsed TOML ``data``; checks every row."""
    raw = data.get("groups")
    if not isinstance(raw, dict):
        raise RegistryError(LEXICON_FILE, "groups", "missing [groups] tables")
    groups: dict[str, Group] = {}
    for name, row in raw.items():
        if not isinstance(row, dict):
            raise RegistryError(LEXICON_FILE, name, "a group is a table")
        role = row.get("role")
        kind = row.get("kind")
        direction = row.get("direction")
        if role not in ROLES:
            raise RegistryError(LEXICON_FILE, name, f"unknown role {role!r}")
        if (role == "type") != (kind in KINDS):
            raise RegistryError(LEXICON_FILE, name, f"a type group needs a kind, got {kind!r}")
        if direction is not None and direction not in DIRECTIONS:
            raise RegistryError(LEXICON_FILE, name, f"unknown direction {direction!r}")
        words = _strings(name, row, "words")
        if not words:
            raise RegistryError(LEXICON_FILE, name, "a group needs words")
        value = row.get("value")
        groups[name] = Group(
            name=name,
            role=str(role),
            kind=None if kind is None else str(kind),
            direction=None if direction is None else str(direction),
            value=None if value is None else str(value),
            noun=bool(row.get("noun", False)),
            words=words,
            examples=_strings(name, row, "examples"),
            counter_examples=_strings(name, row, "counter_examples"),
        )
    windows = data.get("windows", {})
    if not isinstance(windows, dict):
        raise RegistryError(LEXICON_FILE, "windows", "[windows] maps a phrase to a duration")
    for phrase, iso in windows.items():
        if not isinstance(iso, str) or not iso.startswith("P"):
            raise RegistryError(LEXICON_FILE, phrase, f"not an ISO 8601 duration: {iso!r}")
        name = f"window:{phrase}"
        groups[name] = Group(name, "window", None, None, iso, False, (phrase,), (), ())
    entities = data.get("entities", {})
    if not isinstance(entities, dict):
        raise RegistryError(LEXICON_FILE, "entities", "[entities] maps an id to a group")
    for key, group_name in entities.items():
        if group_name not in groups:
            raise RegistryError(LEXICON_FILE, key, f"unknown group {group_name!r}")
    return Lexicon(groups, {str(k): str(v) for k, v in entities.items()})


def _strings(name: str, row: Mapping[str, object], field: str) -> tuple[str, ...]:
    value = row.get(field, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise RegistryError(LEXICON_FILE, name, f"{field} is a list of strings")
    return tuple(value)
