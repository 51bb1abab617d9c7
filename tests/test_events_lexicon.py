"""The event lexicon checks itself: every cue group's examples give its family's event and
its counter-examples do not; the table loads once and rejects malformed rows."""

from __future__ import annotations

import tomllib
from importlib import resources

import pytest

import cryptonews_parse as cnp
from cryptonews_parse.errors import RegistryError
from cryptonews_parse.events.lexicon import (
    Group,
    compile_lexicon,
    default_lexicon,
    expand,
    inflections,
)

# The event types a cue group's family can give (a change verb can be said of a metric).
FAMILIES: dict[str | None, frozenset[str]] = {
    "liquidation": frozenset({"liquidation"}),
    "flow": frozenset({"etf_flow", "exchange_flow", "transfer", "hack"}),
    "loss": frozenset({"liquidation", "etf_flow", "exchange_flow", "price_move", "hack"}),
    "move": frozenset({"price_move", "open_interest", "funding_rate", "dominance"}),
    "level": frozenset({"price_level"}),
    "open_interest": frozenset({"open_interest"}),
    "funding_rate": frozenset({"funding_rate"}),
    "dominance": frozenset({"dominance"}),
    "transfer": frozenset({"transfer", "hack"}),
    "hack": frozenset({"hack"}),
    "reserve": frozenset({"exchange_flow"}),
}
ANY_EVENT = frozenset(t.value for t in cnp.EventType)


def _family(group: Group) -> frozenset[str]:
    return FAMILIES.get(group.kind, frozenset()) if group.role == "type" else ANY_EVENT


def _rows(field: str) -> list[tuple[str, str]]:
    return [
        (name, sentence)
        for name, group in sorted(default_lexicon().groups.items())
        for sentence in getattr(group, field)
    ]


@pytest.mark.parametrize(("group", "sentence"), _rows("examples"))
def test_examples_give_their_family(group: str, sentence: str) -> None:
    """An example of a cue group states an event of the group's family."""
    family = _family(default_lexicon().groups[group])
    found = {str(e.type) for e in cnp.parse(sentence).events}
    assert found & family, f"{group}: {sentence!r} gave {sorted(found)}"


@pytest.mark.parametrize(("group", "sentence"), _rows("counter_examples"))
def test_counter_examples_do_not(group: str, sentence: str) -> None:
    """A counter-example uses the group's words in another sense: no event of its family
    (for a role group, no event but a price level)."""
    lexicon_group = default_lexicon().groups[group]
    family = _family(lexicon_group) - ({"price_level"} if lexicon_group.role != "type" else set())
    found = {str(e.type) for e in cnp.parse(sentence).events}
    assert not found & family, f"{group}: {sentence!r} gave {sorted(found)}"


def test_every_family_group_has_an_example() -> None:
    """A group that names an event family shows one sentence it works on."""
    missing = [
        name
        for name, group in default_lexicon().groups.items()
        if group.role == "type" and group.kind != "other" and not group.examples
    ]
    assert missing == []


def test_the_shipped_table_loads_and_compiles() -> None:
    """The shipped file parses into groups with words, and the cues of a sentence are
    found in one pass, longest phrase first."""
    text = "Liquidated longs fell as low as $3,100."
    names = [(text[m.start : m.end], m.groups[0].name) for m in default_lexicon().scan(text)]
    assert names[:2] == [("Liquidated", "liquidation"), ("longs", "long")]
    assert ("as low as", "approx") in names


@pytest.mark.parametrize(
    ("table", "reason"),
    [
        ({"groups": {"x": {"role": "nonsense", "words": ["a"]}}}, "unknown role"),
        ({"groups": {"x": {"role": "type", "words": ["a"]}}}, "needs a kind"),
        ({"groups": {"x": {"role": "side", "words": []}}}, "needs words"),
        (
            {
                "groups": {
                    "x": {"role": "type", "kind": "move", "direction": "sideways", "words": ["a"]}
                }
            },
            "unknown direction",
        ),
        (
            {"groups": {"x": {"role": "separable", "kind": "flow", "words": ["pour"]}}},
            "separable verb, and only it, has particles",
        ),
        (
            {"groups": {"x": {"role": "side", "words": ["a"], "particles": ["into"]}}},
            "separable verb, and only it, has particles",
        ),
        ({"groups": {}, "windows": {"past day": "one day"}}, "ISO 8601"),
        ({"groups": {}, "entities": {"metric:oi": "missing"}}, "unknown group"),
    ],
)
def test_malformed_rows_are_rejected(table: dict[str, object], reason: str) -> None:
    """A bad row raises RegistryError naming the file, the key and the reason."""
    with pytest.raises(RegistryError, match=reason):
        compile_lexicon(table)


def test_the_shipped_file_is_the_one_compiled() -> None:
    """default_lexicon() reads data/events.toml: every group there is in it."""
    text = resources.files("cryptonews_parse").joinpath("data", "events.toml").read_text()
    assert set(tomllib.loads(text)["groups"]) <= set(default_lexicon().groups)


def test_inflections_of_verbs() -> None:
    """Verbs are listed once; their regular forms are made."""
    assert {"plunges", "plunged", "plunging"} <= set(inflections("plunge"))
    assert {"rallies", "rallied"} <= set(inflections("rally"))
    assert {"slipped", "slipping"} <= set(inflections("slip"))


def test_a_phrase_pattern_writes_out_its_choices() -> None:
    """ "(a|b)" is one of its words, "[a|b]" one of them or none; spaces left by an
    omitted choice are closed up."""
    assert expand("(share|slice) of [the] market") == [
        "share of the market",
        "share of market",
        "slice of the market",
        "slice of market",
    ]
    assert expand("net outflow*") == ["net outflow*"]
    lexicon = compile_lexicon(
        {"groups": {"d": {"role": "type", "kind": "dominance", "words": ["(x|y) of [the] z"]}}}
    )
    found = [m.groups[0].name for m in lexicon.scan("The y of z rose.")]
    assert found == ["d"]
