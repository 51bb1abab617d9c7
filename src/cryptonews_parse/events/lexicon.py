"""The event lexicon: ``data/events.toml`` compiled into a phrase index over tokens.

In: the TOML file (cue groups with their roles, words, examples and counter-examples).
Out: :class:`Lexicon`, which finds every cue phrase of a text in one regex pass (a trie
of all phrases, longest first). Why: the frames read roles from tags,
not from words, so that a new phrasing is a new word in data, not new code.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Callable, Iterable, Mapping
from importlib import resources
from typing import NamedTuple

from cryptonews_parse.errors import RegistryError
from cryptonews_parse.trie import after_boundaries, fold_case, folds_like_ascii, trie_alternation

LEXICON_FILE = "events.toml"

ROLES = frozenset(
    {
        "type", "side", "domain", "hedge", "restate", "approx", "largest", "respectively",
        "each", "anaphor", "from", "to", "at", "market", "part", "state", "window", "dated",
        "aside", "turn", "region", "instrument", "launder", "rank", "idiom", "reference",
        "swap", "now", "separable", "causative", "split", "side_split", "elliptic",
    }
)  # fmt: skip
KINDS = frozenset(
    {
        "liquidation", "flow", "loss", "move", "level", "open_interest", "funding_rate",
        "dominance", "transfer", "hack", "other", "reserve",
    }
)  # fmt: skip
DIRECTIONS = frozenset({"up", "down", "in", "out"})
_TYPED_ROLES = frozenset({"type", "separable", "causative", "split", "elliptic"})
"""Roles whose groups name an event family: a type cue, a separable or a causative
verb, which is one when its particle follows its figure or its object (``reading``), a
split noun, one when an asset's name and then its particle follow it ("open BTC
contracts"), and an elliptic change word, one between an asset and a percent ("and
ether off 4.6%")."""
_PARTICLE_ROLES = frozenset({"separable", "causative", "split", "side_split"})
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
    particles: tuple[str, ...] = ()
    """For a separable verb: the words after its figure that make it a type cue (for a
    split noun, the words after the asset's name)."""


class Match(NamedTuple):
    """A cue phrase found at ``start..end`` of a text, with the groups it belongs to and
    their roles."""

    start: int
    end: int
    groups: tuple[Group, ...]
    roles: frozenset[str]


_new_match: Callable[[tuple[int, int, tuple[Group, ...], frozenset[str]]], Match] = (
    functools.partial(tuple.__new__, Match)
)
"""A ``Match`` without the Python-level ``__new__`` of a named tuple (a text has a match
every few words)."""

_BEFORE = r"(?<!\w[-'\u2019./])"
_AFTER = r"(?![\w]|[-./]\w|['\u2019](?![sS]\b)\w)"
"""Phrases match whole tokens ("long" is no cue in "long-term" or "longs"), or a token
with a possessive "'s" ("the attacker's wallet"). The character before a phrase, not a
word character, is consumed (``[^\\w]`` opens the pattern), so that ``re`` skips to it
in C (see ``after_boundaries``)."""


class Lexicon:
    """Every cue group, and one regex over all their phrases (a trie, longest first)."""

    def __init__(self, groups: Mapping[str, Group], entity_groups: Mapping[str, str]) -> None:
        self.groups = dict(groups)
        self.entity_groups = {key: self.groups[name] for key, name in entity_groups.items()}
        self.typed = {
            (name, domain): group._replace(role="type", value=domain)
            for name, group in self.groups.items()
            if group.role in _TYPED_ROLES and group.role != "type"
            for domain in (None, "etf", "exchange")
        }
        """Each separable verb's group as the type cue it becomes before its particle,
        by the domain of what the particle names (a fund: "etf"; a venue: "exchange")."""
        self.sides = {
            name: group._replace(role="side")
            for name, group in self.groups.items()
            if group.role == "side_split"
        }
        """Each split side word's group as the side cue it becomes with an asset's name
        and its particle after it ("bullish SOL bets")."""
        self._all = _Phrases(self.groups.values())

    def scan(self, text: str, start: int = 0, end: int | None = None) -> list[Match]:
        """Every cue phrase of ``text[start:end]``, left to right, the longest at each
        position.

        >>> [
        ...     (m.start, m.end, m.groups[0].name)
        ...     for m in default_lexicon().scan("Shorts were liquidated.")
        ... ]
        [(0, 6, 'short'), (12, 22, 'liquidation')]
        """
        return self._all.scan(text, start, len(text) if end is None else end)

    def lower(self, text: str) -> str:
        """``text.lower()``, made once for the scan and the reading of one text."""
        return self._all.lower(text)


class _Phrases:
    """One compiled trie regex over the phrases of some groups."""

    def __init__(self, groups: Iterable[Group]) -> None:
        exact: dict[str, list[Group]] = {}
        stars: dict[str, list[Group]] = {}
        for group in groups:
            for phrase in _phrases(group):
                star = phrase.endswith("*")
                key = " ".join(phrase.rstrip("*").lower().split())
                table = stars if star else exact
                if group not in table.setdefault(key, []):
                    table[key].append(group)
        self.exact = {key: _with_roles(gs) for key, gs in exact.items()}
        self.stars = tuple(
            sorted(
                ((key, _with_roles(gs)) for key, gs in stars.items()), key=lambda kv: -len(kv[0])
            )
        )
        body = (
            f"(?P<star>{trie_alternation(stars, _atom)})\\w*"
            f"|(?P<exact>{trie_alternation(exact, _atom)})"
        )
        first = "".join(sorted({key[0] for key in exact} | {key[0] for key in stars}))
        # a look-ahead on the first characters spares the trie most other positions
        start = f"(?=[{re.escape(first)}])" if first else "(?!)"
        self.pattern = re.compile(f"[^\\w]{start}{_BEFORE}(?:{body}){_AFTER}")
        self._lowered: tuple[str, str] = ("", "")

    @functools.cached_property
    def folded(self) -> re.Pattern[str]:
        """The case-blind pattern, for text whose cased letters are not all ASCII (few
        texts): compiled on first need, as it costs as much as ``pattern``."""
        return re.compile(self.pattern.pattern, re.IGNORECASE)

    def scan(self, text: str, start: int, end: int) -> list[Match]:
        if folds_like_ascii(text):
            pattern, haystack = self.pattern, self.lower(text)
        else:
            pattern, haystack = self.folded, text
        found: list[Match] = []
        exact = self.exact
        for match in after_boundaries(pattern, haystack, start, end):
            start_at, end_at = match.start(), match.end() - 1
            phrase = haystack[start_at:end_at]
            found_groups = exact.get(phrase) if match.lastgroup == "exact" else None
            if found_groups is None:
                key = " ".join(fold_case(phrase).split())
                if match.lastgroup == "star":
                    found_groups = next(gs for prefix, gs in self.stars if key.startswith(prefix))
                else:
                    found_groups = exact[key]
            groups, roles = found_groups
            found.append(_new_match((start_at, end_at, groups, roles)))
        return found

    def lower(self, text: str) -> str:
        """``text.lower()``, kept for the next call: a text's sentences are scanned one
        after another."""
        last, lowered = self._lowered
        if last is not text:
            lowered = text.lower()
            self._lowered = (text, lowered)
        return lowered


def _with_roles(groups: list[Group]) -> tuple[tuple[Group, ...], frozenset[str]]:
    return tuple(groups), frozenset(g.role for g in groups)


def _atom(char: str) -> str:
    """A phrase's space matches any run of white space in the text."""
    return r"\s+" if char == " " else re.escape(char)


def _phrases(group: Group) -> list[str]:
    """A group's phrases, each choice written out (see :func:`expand`), and for a verb
    group the inflections of each one-word phrase ("plunge": plunges, plunged,
    plunging), so the data lists each verb once."""
    phrases = [phrase for word in group.words for phrase in expand(word)]
    if group.role in _TYPED_ROLES and group.kind in _VERB_KINDS:
        for word in group.words:
            if " " not in word and not word.endswith("*") and word.isalpha():
                phrases.extend(inflections(word))
    return list(dict.fromkeys(phrases))


_CHOICE = re.compile(r"\(([^()\[\]]*)\)|\[([^()\[\]]*)\]")


def expand(pattern: str) -> list[str]:
    """The phrases a pattern stands for: "(a|b)" is one of its words, "[a|b]" one of them
    or none, so that one row covers a family of phrasings.

    >>> expand("(share|slice) of [the] [total|overall] market")[:3]
    ['share of the total market', 'share of the overall market', 'share of the market']
    """
    found = _CHOICE.search(pattern)
    if found is None:
        return [" ".join(pattern.split())]
    options = (found.group(1) if found.group(1) is not None else found.group(2)).split("|")
    if found.group(2) is not None:
        options.append("")
    head, tail = pattern[: found.start()], pattern[found.end() :]
    return [phrase for option in options for phrase in expand(head + option + tail)]


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
    if (
        len(word) >= 3
        and word[-1] not in "aeiouwxy"
        and word[-2] in "aeiou"
        and word[-3] not in "aeiou"
    ):
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
        if (role in _TYPED_ROLES) != (kind in KINDS):
            raise RegistryError(LEXICON_FILE, name, f"a type group needs a kind, got {kind!r}")
        particles = _strings(name, row, "particles")
        if (role in _PARTICLE_ROLES) != bool(particles):
            raise RegistryError(LEXICON_FILE, name, "a separable verb, and only it, has particles")
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
            particles=tuple(
                dict.fromkeys(" ".join(e.lower().split()) for p in particles for e in expand(p))
            ),
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
