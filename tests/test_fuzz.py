"""Fuzz ``parse()`` and ``parse_quantity()`` with Hypothesis, using the checks of
``scripts/fuzz.py`` (whose command line is the long mode, run by hand for 10^6 inputs).

The CI profile keeps this short; ``HYPOTHESIS_PROFILE=dev`` or the script runs longer.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

import cryptonews_parse as cnp
from script_module import load_script

fuzz = load_script("fuzz")
noise = st.lists(st.sampled_from(fuzz.FRAGMENTS) | st.text(max_size=3), max_size=24).map("".join)


@given(noise)
@example("1,440 BTC and 662 BTC, $20 and $30 million")
@example("five and a half million dollars; two hundred and two thousand")
@example("I7-860BOX for a third consecutive week, 1/4 percentage point, 75 USD million")
@example("$10 000 dollars and 101 265 057 XRP")
def test_fuzz_parse_and_strict_reading_agree(text: str) -> None:
    """No exception, exact spans, and the strict parser reads each quantity's text alike."""
    fuzz.check(text)


@given(st.text() | noise)
@example("1" * 5000 + ":30")
@example("$" + "9" * 5000 + " billion")
@example("two hundred and five hundred")
def test_parse_quantity_raises_only_quantity_error(text: str) -> None:
    """Whatever the input, the strict parser returns a quantity or raises QuantityError."""
    try:
        quantity = cnp.parse_quantity(text)
    except cnp.QuantityError:
        return
    assert quantity.text == text[quantity.span.start : quantity.span.end]


def test_long_mode_counts_and_reports() -> None:
    """The long mode's worker checks the inputs it is given and returns no failure here."""
    count, failures = fuzz._run(seed=3, count=200)
    assert (count, failures) == (200, [])


@pytest.mark.parametrize("text", ["$20 and $30 million", "10,000 and 20,000 BTC"])
def test_shared_list_figures_are_flagged(text: str) -> None:
    """A list figure that takes the other's unit or magnitude says so, so that the fuzz
    check does not hold it to what its own text reads."""
    first, second = cnp.parse(text).quantities
    assert fuzz.SHARED_NOTE in first.warnings and not second.warnings


_SEED_LINES = [
    line
    for path in sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))
    for line in path.read_text(encoding="utf-8").splitlines()
    if line.strip()
]
_LOOKALIKES = str.maketrans({"i": "\u0130", "I": "\u0131", "s": "\u017f", "k": "\u212a"})
"""Letters a case-blind pattern matches to an ASCII letter whose lower case is not that
letter: dotted capital I, dotless i, long s, Kelvin sign."""


@given(st.sampled_from(_SEED_LINES), noise)
@example("Longs lost $5 MILLION on Binance", "")
def test_letters_that_match_only_case_blindly_raise_nothing(line: str, text: str) -> None:
    """Every table look-up after a case-blind match folds such letters ("MİLLİON",
    "lıquıdated"): parse() raises nothing and keeps exact spans."""
    written = f"{line} {text}".translate(_LOOKALIKES)
    doc = cnp.parse(written)
    spans = [(q.span, q.text) for q in doc.quantities] + [(e.span, e.text) for e in doc.entities]
    spans += [(event.span, event.text) for event in doc.events]
    for span, text in spans:
        assert written[span.start : span.end] == text
