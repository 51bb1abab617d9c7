"""Which spinner family, if any, wrote a document: counted by each family's marker words.

Markers are words or phrases a spinner writes that real news practically never uses
("agelong", "internet outflows"). A family is a candidate when the document holds at least its
``min_distinct_markers`` different markers; of the candidates, the one with the most different
markers wins (on a tie, the first family by file name). All families' markers are found in
one regex scan, so normal text, which is most text, costs one pass.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence
from importlib import resources

import attrs

from cryptonews_parse.errors import RegistryError
from cryptonews_parse.spin.cardinals import CardinalRules
from cryptonews_parse.spin.family import WORD_END, WORD_START, Family
from cryptonews_parse.trie import trie_alternation


@attrs.frozen
class Families:
    """Spinner families, with one compiled scan for all their markers."""

    families: tuple[Family, ...]
    owners: Mapping[str, tuple[tuple[int, str], ...]] = attrs.field(repr=False)
    """Each marker spelling -> (index of a family, that family's marker key) for every owner."""
    marker_pattern: re.Pattern[str] = attrs.field(repr=False)  # group 1: the marker
    marker_at_start: re.Pattern[str] = attrs.field(repr=False)
    hybrids: Mapping[tuple[str, str], Family] = attrs.field(repr=False, factory=dict)
    """(family, donor) names -> the family reading the donor's cardinal word too, for
    every family without cardinal rules and every family with them."""

    @classmethod
    def of(cls, families: Sequence[Family]) -> Families:
        """Compile the marker scan of ``families`` (in the order ties are settled)."""
        owners: dict[str, list[tuple[int, str]]] = {}
        for index, family in enumerate(families):
            for form, key in family.marker_forms():
                owners.setdefault(form, []).append((index, key))
        markers = trie_alternation(owners)
        hybrids = {
            (family.name, donor.name): family.with_cardinal(donor.cardinal)
            for family in families
            if family.cardinal is None
            for donor in families
            if donor.cardinal is not None and donor.cardinal.word not in family.meant
        }
        return cls(
            families=tuple(families),
            hybrids=hybrids,
            owners={form: tuple(pairs) for form, pairs in owners.items()},
            marker_pattern=re.compile(f"{WORD_START}({markers}){WORD_END}"),
            marker_at_start=re.compile(f"({markers}){WORD_END}"),
        )

    def evidence(self, text: str) -> dict[str, frozenset[str]]:
        """Per family name, the distinct marker keys that occur in ``text`` (none: left out).

        >>> found = shipped().evidence("Agelong positions fell arsenic expected")
        >>> {name: sorted(keys) for name, keys in found.items()}
        {'wordnet': ['agelong', 'arsenic']}
        """
        found: list[set[str]] = [set() for _ in self.families]
        spellings = set(self.marker_pattern.findall(text))  # a spun text repeats its markers
        first = self.marker_at_start.match(text)
        if first is not None:
            spellings.add(first.group(1))
        for form in spellings:
            for index, key in self.owners[form]:
                found[index].add(key)
        return {
            family.name: frozenset(keys)
            for family, keys in zip(self.families, found, strict=True)
            if keys
        }

    def detect(self, text: str) -> Family | None:
        """The family with the strongest evidence in ``text``, or None for a normal text.

        A family without cardinal rules whose text writes another family's cardinal word
        after figures ("open curiosity" and "$486 cardinal": a mirror run through two
        spinners) comes back reading that word too, under its own name.
        """
        evidence = self.evidence(text)
        best: Family | None = None
        for family in self.families:
            count = len(evidence.get(family.name, ()))
            if count >= family.min_distinct_markers and (
                best is None or count > len(evidence[best.name])
            ):
                best = family
        if best is not None and best.cardinal is None:
            for donor in self.families:
                if donor.cardinal_after_figure(text):
                    return self.hybrids[(best.name, donor.name)]
        return best

    def cardinal_rules(self, word: str) -> CardinalRules | None:
        """The cardinal rules of the family whose cardinal word is ``word`` (any case)."""
        folded = word.casefold()
        return next(
            (f.cardinal for f in self.families if f.cardinal and f.cardinal.word == folded),
            None,
        )

    def named(self, name: str) -> Family:
        """The family called ``name``.

        Raises:
            KeyError: no family has that name.
        """
        for family in self.families:
            if family.name == name:
                return family
        raise KeyError(name)


@functools.cache
def shipped() -> Families:
    """The families shipped in ``data/spin/*.toml``, compiled once per process."""
    folder = resources.files("cryptonews_parse") / "data" / "spin"
    files = sorted((f for f in folder.iterdir() if f.name.endswith(".toml")), key=lambda f: f.name)
    families: list[Family] = []
    for file in files:
        family = Family.from_toml(file.read_text(encoding="utf-8"), file.name)
        if any(family.name == other.name for other in families):
            raise RegistryError(file.name, "family.name", f"{family.name!r} is taken")
        families.append(family)
    return Families.of(families)
