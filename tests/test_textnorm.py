"""Stage 1, textnorm: the character table, de-spinning and the offset map back to the original."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import assume, example, given
from hypothesis import strategies as st

from cryptonews_parse import parse, spin, textnorm
from cryptonews_parse.model import Span

SEEDS = Path(__file__).parents[1] / "seeds"

CHARACTERS = [
    pytest.param("BTC fell \u22122.74%", "BTC fell -2.74%", id="unicode-minus"),
    pytest.param("$113K\u2013$114K", "$113K-$114K", id="en-dash"),
    pytest.param("$1.36\u00a0billion", "$1.36 billion", id="no-break-space"),
    pytest.param("1\u202f000", "1 000", id="narrow-no-break-space"),
    pytest.param("Bitcoin\u2019s", "Bitcoin's", id="curly-apostrophe"),
    pytest.param("\u201creset\u201d", '"reset"', id="curly-quotes"),
    pytest.param("\uff04\uff11\uff10\uff10", "$100", id="fullwidth"),
    pytest.param("a\u200bb", "a b", id="zero-width-space"),
]


@pytest.mark.parametrize(("text", "expected"), CHARACTERS)
def test_character_table(text: str, expected: str) -> None:
    """Typographic variants become one plain form, one character for one."""
    norm = textnorm.normalise(text)
    assert norm.text == expected
    assert norm.edits == ()
    assert not norm.spun


@pytest.mark.parametrize("stem", ["000", "001", "003", "004"])
def test_normal_seeds_are_only_translated(stem: str) -> None:
    """An unspun article keeps every word: same length, no edits, no cardinals."""
    (path,) = SEEDS.glob(f"{stem}_*.txt")
    text = path.read_text(encoding="utf-8")
    norm = textnorm.normalise(text)
    assert not norm.spun
    table: dict[str, str | int | None] = dict(textnorm._REPLACEMENTS)
    assert (norm.text, norm.edits, norm.cardinals) == (text.translate(str.maketrans(table)), (), ())


def test_spun_seed_is_despun_with_edits() -> None:
    """Seed 002 is de-spun and every length change is an edit that points at the spun words
    (of a phrase entry, only the words that changed: "all-time precocious" -> "precocious")."""
    (path,) = SEEDS.glob("002_*.txt")
    text = path.read_text(encoding="utf-8")
    norm = textnorm.normalise(text)
    assert "all-time high on Tuesday, dropping under $104,000" in norm.text
    assert norm.edits
    assert norm.spun == "wordnet"
    table = spin.family("wordnet")
    for edit in norm.edits:
        spun_words = text[edit.orig_start : edit.orig_end].lower()
        meant_words = norm.text[edit.start : edit.end].lower()
        assert any(
            spun_words in key and meant_words in meant
            for key, meant in table.meant.items()
            if (key == spun_words) == (meant == meant_words)
        )
        assert not text[edit.orig_start - 1].isalpha()
        assert not text[edit.orig_end].isalpha()
        assert norm.span(edit.start, edit.end) == Span(edit.orig_start, edit.orig_end)


def test_offsets_inside_a_replaced_word_never_cut_it() -> None:
    """A start inside a replacement maps to the word's start, an end to the word's end."""
    norm = textnorm.normalise("Agelong driblet arsenic azygous: $5 cardinal successful HTX")
    assert norm.text == "Long drop as single: $5 million in HTX"
    inside = norm.text.index("million") + 3
    assert norm.to_original(inside) == norm.original.index("cardinal")
    assert norm.to_original(inside, is_end=True) == norm.original.index("cardinal") + 8
    span = norm.span(norm.text.index("$5"), norm.text.index(" in"))
    assert norm.original[span.start : span.end] == "$5 cardinal"


# ---- property: the offset map of a de-spun text -------------------------------------------

WORDNET = spin.family("wordnet")
THESAURUS = spin.family("thesaurus")
_WORDNET_WORDS = sorted(k for k in WORDNET.meant if k != "cardinal")
_THESAURUS_WORDS = sorted(THESAURUS.meant)
# markers of the family: every drawn text is judged spun, and by that family
_PREFIXES = {
    "wordnet": ("agelong driblet azygous ", "long drop single "),
    "thesaurus": ("open curiosity cycle excessive ", "open interest cycle high "),
}
_FILLER = st.text(alphabet="xqkz", min_size=1, max_size=6)  # letters no table word is made of
_SEPARATORS = ["  ", ", ", ".\n", " (", '"', "/", "\n\n"]


def spun_texts(words: list[str], separators: list[str]) -> st.SearchStrategy[list[tuple[str, str]]]:
    """(separator, word) pairs: filler words with spun words, some capitalised, between them."""
    word = st.one_of(_FILLER, st.sampled_from(words))
    capitalised = st.tuples(word, st.booleans()).map(
        lambda pair: pair[0][:1].upper() + pair[0][1:] if pair[1] else pair[0]
    )
    return st.lists(st.tuples(st.sampled_from(separators), capitalised), min_size=1, max_size=25)


def _meant(family: spin.Family, word: str) -> str:
    meant = family.meant.get(word.lower())
    if meant is None:
        return word
    if word.lower() in family.lowercase_only and word != word.lower():  # "Oregon" is a name
        return word
    return meant[:1].upper() + meant[1:] if word[:1].isupper() else meant


def _check_offset_map(family: spin.Family, pieces: list[tuple[str, str]]) -> None:
    """Every word's normalised span maps to its original span; to_original is monotone."""
    original, expected = _PREFIXES[family.name]
    spans = []
    for separator, word in pieces:
        original += separator
        expected += separator
        meant = _meant(family, word)
        spans.append((Span(len(original), len(original) + len(word)),
                      Span(len(expected), len(expected) + len(meant))))  # fmt: skip
        original += word
        expected += meant
    norm = textnorm.normalise(original)
    assert norm.spun == family.name
    assert norm.text == expected
    for in_original, in_text in spans:
        assert norm.span(in_text.start, in_text.end) == in_original
    for is_end in (False, True):
        mapped = [norm.to_original(pos, is_end=is_end) for pos in range(len(norm.text) + 1)]
        assert mapped == sorted(mapped)
        assert mapped[0] == 0
        assert mapped[-1] == len(original)


def _forms_an_entry(family: spin.Family, pieces: list[tuple[str, str]]) -> bool:
    """Whether drawn words joined by single spaces spell one entry of the family ("terms"
    and "enactment" are "terms enactment", price action): a span over both, not two."""
    words = [word.lower() for _, word in pieces]
    for start in range(len(pieces)):
        run = words[start]
        for end in range(start + 1, len(pieces)):
            if pieces[end][0] != " ":
                break
            run += " " + words[end]
            if run in family.meant:
                return True
    return False


@given(spun_texts(_WORDNET_WORDS, [" ", *_SEPARATORS]))
@example([(" ", "successful"), (" ", "connected")])
@example([("", "Terms"), (" ", "oregon"), (" ", "Oregon")])
def test_each_replaced_word_maps_back_to_exactly_the_original_word(
    pieces: list[tuple[str, str]],
) -> None:
    """The wordnet family: each spun word maps back to exactly its original spelling."""
    assume(not _forms_an_entry(WORDNET, pieces))
    _check_offset_map(WORDNET, pieces)


def test_words_that_spell_an_entry_are_read_as_that_entry() -> None:
    """Two drawn words that together are one entry are replaced as that entry."""
    pieces = [(" ", "terms"), (" ", "enactment")]
    assert _forms_an_entry(WORDNET, pieces)
    norm = textnorm.normalise(_PREFIXES["wordnet"][0] + "terms enactment")
    assert norm.text.endswith("price action")


# Not one space between drawn words: two of this family's words joined by one space are often
# one entry of their own ("worth" + "excessive" is "worth excessive"), a span over both.
@given(spun_texts(_THESAURUS_WORDS, _SEPARATORS))
@example([("  ", "buying and selling"), ("/", "quantity")])
@example([("", "Worth"), (", ", "excessive"), (" (", "property"), ("  ", "Internet")])
def test_each_thesaurus_phrase_maps_back_to_exactly_the_original_phrase(
    pieces: list[tuple[str, str]],
) -> None:
    """The thesaurus family, whose entries are often phrases of another length."""
    _check_offset_map(THESAURUS, pieces)


@given(st.text(max_size=200))
def test_normal_text_keeps_its_offsets(text: str) -> None:
    """Text no family's markers claim is translated one character for one."""
    norm = textnorm.normalise(text)
    if not norm.spun:
        assert len(norm.text) == len(text)
        assert norm.span(0, len(norm.text)) == Span(0, len(text))


DIGIT_CONVENTIONS = [
    pytest.param(
        "ETH lost 2,7 percent to 1.845 euros.",
        "ETH lost 2.7 percent to 1,845 euros.",
        id="decimal-comma-with-thousands-dot",
    ),
    pytest.param(
        "Outflows of 48,5 million; reserves cut from 12,5 to 6,125 BTC.",
        "Outflows of 48.5 million; reserves cut from 12.5 to 6,125 BTC.",
        id="decimal-commas-alone-leave-three-digit-groups",
    ),
    pytest.param(
        "A 2.400.000 dollar transfer, then 815.500 dollars more.",
        "A 2,400,000 dollar transfer, then 815,500 dollars more.",
        id="dot-groups",
    ),
    pytest.param(
        "BNB closed at 1.084,35 euros.",
        "BNB closed at 1,084.35 euros.",
        id="thousands-dot-and-decimal-comma-in-one-figure",
    ),
    pytest.param(
        "SOL gained 5,4% to 143,210 won while funding sat at 0.0071%.",
        "SOL gained 5.4% to 143,210 won while funding sat at 0.0071%.",
        id="decimal-comma-beside-a-point",
    ),
    pytest.param(
        "Funding on Kraken slid to -0,0115% while ADA held 0,250 dollars.",
        "Funding on Kraken slid to -0.0115% while ADA held 0.250 dollars.",
        id="a-comma-after-a-lone-zero-is-decimal",
    ),
    pytest.param(
        "Update 05.11.2021: LTC fell 7,1% to 210.400 won; 3.250 LTC left Upbit.",
        "Update 05.11.2021: LTC fell 7.1% to 210,400 won; 3,250 LTC left Upbit.",
        id="a-dotted-date-is-no-decimal-point",
    ),
    pytest.param(
        "XRP rose 1.5% and traded at 3.250 before it hit 2,875 dollars.",
        "XRP rose 1.5% and traded at 3.250 before it hit 2,875 dollars.",
        id="english-unchanged",
    ),
    pytest.param(
        "Rounds 4,5 and 6 ran on May 9,2025 with 12,40,000 tokens.",
        "Rounds 4.5 and 6 ran on May 9,2025 with 12,40,000 tokens.",
        id="comma-before-two-digits-is-decimal",
    ),
    pytest.param(
        "Funding dipped to -0,034% while XRP quoted 0,5871 dollars and 0,250 on Kraken.",
        "Funding dipped to -0.034% while XRP quoted 0.5871 dollars and 0.250 on Kraken.",
        id="a-comma-after-a-lone-zero-groups-nothing",
    ),
    pytest.param(
        "Based on data Tokocrypto, SOL weaken 6,3 percent until US$ 1.208,5 on hour 15.00 WIB.",
        "Based on data Tokocrypto, SOL weaken 6.3 percent until US$ 1,208.5 on hour 15.00 WIB.",
        id="clock-time-with-a-zone-after-it-shows-no-convention",
    ),
    pytest.param(
        "Um 8.45 Uhr lag der ETH-Kurs bei 3.118 US-Dollar, ein Plus von 1,7 Prozent.",
        "Um 8.45 Uhr lag der ETH-Kurs bei 3,118 US-Dollar, ein Plus von 1.7 Prozent.",
        id="clock-time-before-uhr",
    ),
    pytest.param(
        "Kurs LTC o godz. 11.30 wynosił 104.250 dolarów, spadek o 2,2 proc.",
        "Kurs LTC o godz. 11.30 wynosił 104,250 dolarów, spadek o 2.2 proc.",
        id="clock-time-after-godz",
    ),
    pytest.param(
        "Alle 16.15 DOT passava di mano a 7.240 dollari, in calo del 3,4%.",
        "Alle 16.15 DOT passava di mano a 7,240 dollari, in calo del 3.4%.",
        id="clock-time-after-alle",
    ),
    pytest.param(
        "The course of AVAX at 12.00 was 2.215 dollars, a plus of 4,9 percent.",
        "The course of AVAX at 12.00 was 2,215 dollars, a plus of 4.9 percent.",
        id="clock-time-on-the-hour-after-at",
    ),
    pytest.param(
        "At 7.20, 6.400 LINK left Bitvavo and the course fell 1,3 percent.",
        "At 7.20, 6,400 LINK left Bitvavo and the course fell 1.3 percent.",
        id="clock-time-after-at-ending-its-phrase",
    ),
    pytest.param(
        "Funding at 3.25% on Bybit, 1,5% on OKX, while 4.500 ETH moved at 11.00 GMT.",
        "Funding at 3.25% on Bybit, 1.5% on OKX, while 4.500 ETH moved at 11.00 GMT.",
        id="guard-a-percent-after-at-is-a-decimal-point",
    ),
    pytest.param(
        "USDC held at 1.00 USDT, 0,4% off, after 7.500 USDC moved.",
        "USDC held at 1.00 USDT, 0.4% off, after 7.500 USDC moved.",
        id="guard-a-price-after-at-is-a-decimal-point",
    ),
    pytest.param(
        "0,0125% every eight hours: Bybit's BTC funding, against 10,0125 on OKX.",
        "0.0125% every eight hours: Bybit's BTC funding, against 10,0125 on OKX.",
        id="a-lone-zero-comma-at-the-start-and-no-other-sign",
    ),
]


@pytest.mark.parametrize(("text", "expected"), DIGIT_CONVENTIONS)
def test_continental_digits_are_read_the_english_way(text: str, expected: str) -> None:
    """A decimal comma is swapped in any text; a thousands dot only where the document shows
    the continental convention and holds no decimal point; one character for one."""
    norm = textnorm.normalise(text)
    assert norm.text == expected
    assert norm.edits == ()


def test_a_time_of_day_leaves_thousands_dots_their_value() -> None:
    """A dotted time of day beside a time word is no decimal point, so "7.500 BTC" in a
    text with decimal commas is 7,500 BTC, not 7.5; its text is the caller's."""
    text = "Um 10.00 Uhr hatte ein Wal 7.500 BTC (ca. 41,6 million US-Dollar) zu Kraken bewegt."
    found = [(q.text, str(q.value), q.unit) for q in parse(text).quantities]
    assert ("7.500 BTC", "7500", "BTC") in found
    assert ("41,6 million US-Dollar", "41600000", "USD") in found


def test_continental_figures_keep_their_original_text() -> None:
    """The values are read in the swapped text; the items' texts and spans are the caller's."""
    text = "Solana fell 6,8 percent to 131,40 US dollars; ETH dropped to 2.205 US dollars."
    found = [(q.text, str(q.value)) for q in parse(text).quantities]
    assert found == [
        ("6,8 percent", "6.8"),
        ("131,40 US dollars", "131.4"),
        ("2.205 US dollars", "2205"),
    ]
