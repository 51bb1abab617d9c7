"""Properties over generated text: parse() never fails, spans are exact, values read back.

test_quantities.py checks each surface form by example; these properties draw exact values
in every form (tests/strategies.py), arbitrary unicode, and strings of the grammar itself.
"""

from __future__ import annotations

import itertools
import json
import pickle
from decimal import Decimal

import attrs
from hypothesis import example, given
from hypothesis import strategies as st
from hypothesis.extra.lark import from_lark

import cryptonews_parse as cnp
from cryptonews_parse import grammar
from cryptonews_parse.trie import folds_like_ascii
from strategies import (
    Rendered,
    digit_fractions,
    rendered_quantities,
    shared_unit_lists,
    word_numbers,
)

# Pieces of news text that reach the parser's corners when strung together with noise.
FRAGMENTS = (
    "$", "US$", "A$", "€", "¥", "₿", "1", "0", "5", "000", ",", ".", ":", "-", "\N{EN DASH}",
    "\N{MINUS SIGN}", "%", "k", "M", "bn", " billion", " BTC", "BTC", "x", " per ", "hour",
    "about ", "over ", "under ", "between ", " and ", " to ", "from ", "half a ", "two-thirds",
    "cardinal", "nether", "Bitcoin", "Binance", " ", "\n", "\N{NO-BREAK SPACE}",
    "\N{ZERO WIDTH SPACE}", "\N{FULLWIDTH DOLLAR SIGN}", "\N{FULLWIDTH DIGIT TWO}", "İ", "ß",
    "\N{LATIN SMALL LIGATURE FI}", "\N{VULGAR FRACTION ONE HALF}", "\N{ARABIC-INDIC DIGIT THREE}",
    "\N{MATHEMATICAL BOLD DIGIT ONE}", "\N{FACE WITH TEARS OF JOY}", "\x00", "\x1b", "\r",
)  # fmt: skip
news_like = st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=3), max_size=30).map("".join)
any_text = st.text() | news_like

SENTENCES = (
    "Bitcoin fell to {} on Tuesday.",
    "{} was liquidated in an hour.",
    "Inflows hit {}, analysts said.",
    "(Binance: {})",
)


def check_document(text: str, document: cnp.Document) -> None:
    """Every item spans its own text inside ``text``; quantities are ordered and disjoint."""
    assert document.text == text
    items: list[cnp.Quantity | cnp.EntityMention] = [*document.quantities, *document.entities]
    for item in items:
        assert 0 <= item.span.start < item.span.end <= len(text), item
        assert text[item.span.start : item.span.end] == item.text, item
    spans = [q.span for q in document.quantities]
    for before, after in itertools.pairwise(spans):
        assert before.end <= after.start, (before, after)


@given(any_text)
@example("The score was 1,000:00 at the bell.")  # int("1,000") escaped parse()
@example("1,000,000,000,000,000,000,000,000,000,000 units")  # decimal.InvalidOperation
@example("$\N{EN DASH}1")
@example("at 14:30 hours")
def test_parse_never_raises_and_spans_are_exact(text: str) -> None:
    """parse() takes any str and returns items whose spans select their text, in order."""
    check_document(text, cnp.parse(text))


def fits_running_text(rendered: Rendered) -> bool:
    """False for "$1 to 50 billion": in running text a wide "to" pair is a move, not a range."""
    if " to " not in rendered.text or rendered.low is None or rendered.high is None:
        return True
    return rendered.high <= rendered.low * 10


@given(rendered_quantities().filter(fits_running_text), st.sampled_from(SENTENCES))
def test_rendered_quantity_is_found_in_a_sentence(rendered: Rendered, template: str) -> None:
    """A quantity in any surface form is found whole inside a sentence, with its value."""
    sentence = template.format(rendered.text)
    start = template.index("{}")
    document = cnp.parse(sentence)
    check_document(sentence, document)
    (quantity,) = document.quantities
    assert (quantity.text, quantity.span) == (
        rendered.text,
        cnp.Span(start, start + len(rendered.text)),
    )
    assert (quantity.kind, quantity.value, quantity.low, quantity.high, quantity.unit) == (
        rendered.kind,
        rendered.value,
        rendered.low,
        rendered.high,
        rendered.unit,
    )


QUALIFIERS = ("", "about ", "over ", "under ", "about more than ")


def without_origin(quantity: cnp.Quantity, like: cnp.Quantity) -> cnp.Quantity:
    """``quantity`` with the text, span and warnings of ``like``: the reading alone."""
    return attrs.evolve(quantity, text=like.text, span=like.span, warnings=like.warnings)


@given(rendered_quantities(), st.sampled_from(QUALIFIERS))
@example(Rendered("$104,654k", cnp.Kind.MONEY, Decimal("104654000"), unit="USD"), "")
@example(Rendered("-0.00%", cnp.Kind.PERCENT, Decimal(0), unit="%"), "under ")
def test_canonical_string_reads_back_to_an_equal_quantity(rendered: Rendered, prefix: str) -> None:
    """parse_quantity(str(q)) equals q in all but its text, span and warnings."""
    quantity = cnp.parse_quantity(prefix + rendered.text)
    again = cnp.parse_quantity(str(quantity))
    assert without_origin(again, quantity) == quantity
    assert str(again) == str(quantity)


@given(rendered_quantities(), st.sampled_from(SENTENCES), st.sampled_from(("BTC", "Binance")))
def test_items_and_documents_pickle(rendered: Rendered, template: str, name: str) -> None:
    """Quantities, mentions and whole Documents survive pickling equal (Spark, Dask)."""
    document = cnp.parse(f"{name} {template.format(rendered.text)}")
    assert document.quantities and document.entities
    items: list[cnp.Quantity | cnp.EntityMention] = [*document.quantities, *document.entities]
    for item in items:
        assert pickle.loads(pickle.dumps(item)) == item
    copy = pickle.loads(pickle.dumps(document))
    assert copy == document
    assert copy.to_dict() == document.to_dict()


@st.composite
def mutated(draw: st.DrawFn) -> str:
    """A rendered quantity with characters inserted, deleted or replaced."""
    text = list(draw(rendered_quantities()).text)
    for _ in range(draw(st.integers(1, 3))):
        pos = draw(st.integers(0, len(text)))
        piece = draw(st.sampled_from(FRAGMENTS) | st.characters())
        action = draw(st.sampled_from(("insert", "delete", "replace")))
        if action == "insert" or pos == len(text):
            text.insert(pos, piece)
        elif action == "delete":
            del text[pos]
        else:
            text[pos] = piece
    return "".join(text)


grammar_strings = from_lark(grammar.parser())


@given(any_text | mutated() | grammar_strings)
@example("0,000:00")
@example("9" * 30 + " trillion")
@example("$1.2345678901234567890123456789012 billion")
@example("1111111111111111111111111111111111:1")
def test_parse_quantity_raises_only_quantity_error(text: str) -> None:
    """The strict reader returns a Quantity spanning the input or raises QuantityError only."""
    result: cnp.Quantity | cnp.QuantityError
    try:
        result = cnp.parse_quantity(text)
    except cnp.QuantityError as error:
        result = error
    if isinstance(result, cnp.QuantityError):
        assert 0 <= result.pos <= len(text)
        assert f"column {result.pos + 1}" in str(result)
    else:
        assert text[result.span.start : result.span.end] == result.text
        assert result.text.strip() == result.text != ""


@given(any_text | rendered_quantities().map(lambda r: f"BTC hit {r.text} as Binance fell"))
def test_to_json_loads_back_to_to_dict(text: str) -> None:
    """to_json() is exactly to_dict() in JSON, whatever characters the text holds."""
    document = cnp.parse(text)
    assert json.loads(document.to_json()) == document.to_dict()


@given(word_numbers(), st.sampled_from(("", " dollars", " BTC")))
def test_word_numbers_read_back(rendered: tuple[str, Decimal], unit: str) -> None:
    """A compound word number reads back to the value it was written from."""
    text, value = rendered
    quantity = cnp.parse_quantity(text + unit)
    assert quantity.value == value


@given(digit_fractions())
def test_digit_fractions_read_back(rendered: tuple[str, Decimal]) -> None:
    """A fraction in digits before "percent" reads back exactly."""
    text, value = rendered
    quantity = cnp.parse_quantity(f"{text} percent")
    assert (quantity.value, quantity.unit) == (value, "%")


@given(shared_unit_lists(), st.sampled_from(SENTENCES))
def test_shared_unit_lists_give_both_figures(
    rendered: tuple[str, Decimal, Decimal, str], template: str
) -> None:
    """Two figures that share a unit or magnitude given once are two quantities in it."""
    text, first, second, unit = rendered
    sentence = template.format(text)
    document = cnp.parse(sentence)
    check_document(sentence, document)
    found = [(q.value, q.unit) for q in document.quantities]
    assert found == [(first, unit), (second, unit)]


@given(st.text())
def test_folds_like_ascii_is_true_exactly_when_no_non_ascii_letter_has_case(text: str) -> None:
    """folds_like_ascii() (found in C over UTF-8 bytes) agrees with the plain definition,
    lone surrogates included."""
    expected = all(c.lower() == c == c.upper() for c in text if not c.isascii())
    assert folds_like_ascii(text) is expected
    assert folds_like_ascii(text + "\ud800\N{KELVIN SIGN}") is False
