"""Spinner families: which one wrote a document, the "thesaurus" family's reading, the tables.

The sentences are written for these tests in each spinner's style.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path

import pytest

import cryptonews_parse as cnp
from cryptonews_parse import spin, textnorm
from cryptonews_parse.model import Span

SEEDS = Path(__file__).parents[1] / "seeds"

# A made-up mirror paragraph of the thesaurus family (markers: "internet outflows",
# "buying and selling quantity", "all-time excessive", "prior to now").
THESAURUS_TEXT = (
    "Avalanche Funds See Internet Outflows As AVAX Worth Slips\n"
    "Avalanche merchandise recorded internet outflows of $23.4 million prior to now week, "
    "whereas AVAX buying and selling quantity fell to $812 million. AVAX was buying and "
    "selling at $31.07, some 79% beneath its all-time excessive of $146.22."
)


# ---- detection ---------------------------------------------------------------------------


def test_a_thesaurus_mirror_is_detected_and_named() -> None:
    """The family's name is what the Document says, in to_dict() and to_json() too."""
    assert spin.detect(THESAURUS_TEXT) is spin.family("thesaurus")
    doc = cnp.parse(THESAURUS_TEXT)
    assert doc.spun == "thesaurus"
    assert doc.to_dict()["spun"] == "thesaurus"
    assert json.loads(doc.to_json())["spun"] == "thesaurus"


@pytest.mark.parametrize("path", sorted(SEEDS.glob("*.txt")), ids=lambda p: p.name[:3])
def test_each_seed_has_one_family_or_none(path: Path) -> None:
    """Seed 002 is the wordnet family's; the other seeds are nobody's and stay as written."""
    text = path.read_text(encoding="utf-8")
    expected = "wordnet" if path.name.startswith("002") else None
    assert cnp.parse(text).spun == expected
    assert spin.shipped().evidence(text).keys() <= {"wordnet"}


def test_a_normal_document_says_spun_null() -> None:
    doc = cnp.parse("Solana rose 4% to $212 as open interest climbed.")
    assert doc.spun is None
    assert doc.to_dict()["spun"] is None


def test_the_family_with_the_most_markers_wins() -> None:
    """Both families qualify; the one with more different markers is chosen."""
    wordnet_three = "Agelong holders whitethorn driblet arsenic before. "
    thesaurus_two = "Internet outflows grew while open curiosity fell. "
    thesaurus_four = thesaurus_two + "A cycle excessive, then quick positions. "
    assert spin.detect(wordnet_three + thesaurus_two) is spin.family("wordnet")
    assert spin.detect(wordnet_three + thesaurus_four) is spin.family("thesaurus")


def test_one_marker_phrase_is_not_enough() -> None:
    """A single odd phrase, repeated, can be a slip; two different ones make a mirror."""
    assert spin.detect("Internet outflows, internet outflows. " * 5) is None
    assert spin.detect("Internet outflows and open curiosity.") is spin.family("thesaurus")


# ---- reading -----------------------------------------------------------------------------

# A made-up mirror run through two spinners: the thesaurus family's phrases ("internet
# outflows", "open curiosity") and another family's "cardinal" for million or billion.
HYBRID_TEXT = (
    "Solana merchandise noticed internet outflows of $41.2 cardinal prior to now week, "
    "whereas open curiosity in SOL futures slid 6% to $3.9 cardinal."
)


def test_a_mirror_of_two_spinners_reads_the_other_ones_cardinal() -> None:
    """The thesaurus family writes "million" as it is; a mirror that also says "cardinal"
    after figures borrows the cardinal rules of the family that writes it, and keeps the
    thesaurus name: no "$41.2" is left for an event to take."""
    doc = cnp.parse(HYBRID_TEXT)
    assert doc.spun == "thesaurus"
    money = [(q.text, q.value) for q in doc.quantities if q.unit == "USD"]
    assert money[0] == ("$41.2 cardinal", Decimal("41200000"))
    assert money[1][0] == "$3.9 cardinal"
    assert money[1][1] in (Decimal("3900000"), Decimal("3900000000"))  # the rules' choice
    first = doc.quantities[0].span
    assert HYBRID_TEXT[first.start : first.end] == "$41.2 cardinal"


def test_a_cardinal_alone_makes_no_mirror() -> None:
    """ "cardinal" after a figure is read only in a text judged spun by its own markers."""
    text = "Bitcoin funds saw outflows of $41.2 cardinal last week."
    assert cnp.parse(text).spun is None
    assert spin.detect(text) is None


THESAURUS_READINGS = [
    pytest.param("Avalanche Funds See Net Outflows As AVAX Price Slips", id="title-case-headline"),
    pytest.param("Avalanche products recorded net outflows of $23.4 million", id="net-outflows"),
    pytest.param("in the past week, whereas AVAX trading volume fell", id="trading-volume"),
    pytest.param("AVAX was trading at $31.07", id="trading-at"),
    pytest.param("beneath its all-time high of $146.22.", id="all-time-high"),
]


@pytest.mark.parametrize("meant", THESAURUS_READINGS)
def test_a_thesaurus_mirror_reads_as_meant(meant: str) -> None:
    assert meant in textnorm.normalise(THESAURUS_TEXT).text


def test_thesaurus_items_are_spanned_in_the_original() -> None:
    """Quantities keep their values and point at the caller's characters."""
    doc = cnp.parse(THESAURUS_TEXT)
    found = {q.text: q for q in doc.quantities}
    assert found["$23.4 million"].value == Decimal("23400000")
    assert found["$146.22"].value == Decimal("146.22")
    assert found["$31.07"].value == Decimal("31.07")
    for q in doc.quantities:
        assert THESAURUS_TEXT[q.span.start : q.span.end] == q.text
    for e in doc.entities:
        assert THESAURUS_TEXT[e.span.start : e.span.end] == e.text


def test_a_spun_phrase_maps_back_whole() -> None:
    """A phrase of another length ("buying and selling quantity" -> "trading volume") is one
    edit: a span over its reading maps to the spun phrase, never half of it."""
    norm = textnorm.normalise(THESAURUS_TEXT)
    start = norm.text.index("trading volume")
    span = norm.span(start, start + len("trading volume"))
    assert norm.original[span.start : span.end] == "buying and selling quantity"
    inside = norm.span(start + 3, start + 9)
    assert norm.original[inside.start : inside.end] == "buying and selling quantity"


def test_words_a_phrase_keeps_are_not_part_of_its_edit() -> None:
    """ "24-hour quantity" -> "24-hour volume" changes one word: "24-hour" is a duration of
    its own and is spanned alone, and "at" after "was buying and selling" stays itself."""
    text = (
        "Open curiosity rose; BNB 24-hour quantity hit $1.9 billion. "
        "BNB was buying and selling at $602."
    )
    doc = cnp.parse(text)
    assert doc.spun == "thesaurus"
    assert [q.text for q in doc.quantities] == ["24-hour", "$1.9 billion", "$602"]
    norm = textnorm.normalise(text)
    at = norm.text.index(" at $602") + 1
    assert norm.span(at, at + 2) == Span(text.index(" at $602") + 1, text.index(" at $602") + 3)


def test_spun_around_reads_as_an_approximation() -> None:
    """ "hovered round 61.5%" is the spinner's "hovered around": an approximate figure; a
    funding round stays a round."""
    text = (
        "Cardano open curiosity hit a cycle excessive; its share hovered round 61.5%. "
        "A funding round of $40 million closed."
    )
    found = {q.text: q for q in cnp.parse(text).quantities}
    assert found["61.5%"].approx
    assert not found["$40 million"].approx
    assert "A funding round of $40 million closed." in textnorm.normalise(text).text


def test_spun_approximations_read_as_approximate() -> None:
    """ "practically" and "virtually" are the spinner's "nearly" and "almost"."""
    text = (
        "Polygon merchandise noticed internet inflows of practically $7.3 million, "
        "whereas open curiosity rose virtually 4%."
    )
    found = {q.text: q for q in cnp.parse(text).quantities}
    assert found["$7.3 million"].approx
    assert found["4%"].approx
    assert (
        "Polygon products saw net inflows of nearly $7.3 million" in textnorm.normalise(text).text
    )


def test_spun_price_before_a_size_word_is_worth() -> None:
    """The spinner swaps price and worth: "(price roughly $2.1 million)" is a value."""
    text = (
        "Whale web outflows rose as open curiosity fell; "
        "64 BTC (price roughly $2.1 million) left the alternate; 20 BTC left the trade."
    )
    norm = textnorm.normalise(text)
    assert norm.spun == "thesaurus"
    assert norm.text.endswith(
        "64 BTC (worth roughly $2.1 million) left the exchange; 20 BTC left the exchange."
    )


def test_thesaurus_words_inside_other_words_stay() -> None:
    """Hyphenated compounds and ALL-CAPS spellings are not spun words."""
    text = "Internet outflows and open curiosity: self-worth, PROPERTY, worth-while."
    assert textnorm.normalise(text).text.endswith("self-worth, PROPERTY, worth-while.")


# ---- the tables --------------------------------------------------------------------------


def test_the_shipped_families() -> None:
    """Both families ship, with DESIGN.md's examples of each spinner's words."""
    assert [f.name for f in spin.shipped().families] == ["thesaurus", "wordnet"]
    thesaurus = spin.family("thesaurus").meant
    assert thesaurus["internet outflows"] == "net outflows"
    assert thesaurus["excessive"] == "high"
    assert thesaurus["worth"] == "price"
    assert thesaurus["lengthy"] == "long"
    assert spin.family("thesaurus").cardinal is None
    assert spin.family("wordnet").cardinal is not None
    with pytest.raises(KeyError):
        spin.family("nosuch")


def test_thesaurus_markers_are_phrases() -> None:
    """This family's single words are real English, so only its phrases are evidence."""
    family = spin.family("thesaurus")
    assert family.markers
    assert all(re.search(r"[ /]", marker) for marker in family.markers)


@pytest.mark.parametrize("family", spin.shipped().families, ids=lambda f: f.name)
def test_every_idiom_holds_a_spinner_word(family: spin.Family) -> None:
    """A phrase entry is justified by a word the spinner wrote: one not in its reading."""
    for key, meant in family.meant.items():
        words = re.split(r"[ /]", key)
        if len(words) > 1:
            assert set(words) - set(re.split(r"[ /]", meant)), key
