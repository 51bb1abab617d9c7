"""Tests of the peer-suite scorer in ``scripts/peer_report.py``, on made-up toy cases.

The peer suites' own sentences belong to other projects and stay out of this repository,
so every case here is invented. Predictions are written by hand and ``parse()`` is not
called.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from script_module import load_script

pr = load_script("peer_report")


def q(
    text: str,
    start: int,
    kind: str = "money",
    value: str | None = None,
    unit: str | None = None,
    **extra: Any,
) -> dict[str, Any]:
    """Build a quantity dict (expected or predicted) with the contract's keys."""
    item: dict[str, Any] = {
        "text": text,
        "start": start,
        "end": start + len(text),
        "kind": kind,
        "value": value,
        "unit": unit,
        "low": None,
        "high": None,
        "approx": False,
        "bound": None,
    }
    item.update(extra)
    return item


def case(expected: list[dict[str, Any]], fp_scope: str = "money", **extra: Any) -> dict[str, Any]:
    """Build a suite line around ``expected``; the input text is irrelevant to scoring."""
    line: dict[str, Any] = {
        "id": "toy-0",
        "input": "toy sentence",
        "expected": expected,
        "fp_scope": fp_scope,
        "notes": {},
    }
    line.update(extra)
    return line


SPEND = q("€ 12.50", 10, value="12.5", unit="EUR")
SPEND_PLAIN_DOLLAR = q("$ 7 million", 0, value="7000000", unit=None)

MATCHING = [
    pytest.param(SPEND, q("€ 12.50", 10, value="12.50", unit="eur"), id="decimal-equal-unit-case"),
    pytest.param(
        SPEND_PLAIN_DOLLAR, q("$ 7 million", 0, value="7E+6", unit="USD"), id="null-unit-any-fiat"
    ),
    pytest.param(
        SPEND_PLAIN_DOLLAR,
        q("$ 7 million", 0, kind="crypto", value="7000000", unit="USDT"),
        id="null-unit-crypto-ok",
    ),
    pytest.param(
        q("5k to 9k", 0, kind="range", low="5000", high="9000"),
        q("5k to 9k", 0, kind="count", low="5000", high="9000"),
        id="range-equal-ends",
    ),
    pytest.param(
        q("over 40", 0, kind="range", low="40"),
        q("40", 5, kind="count", value="40", bound="lower"),
        id="one-sided-low-vs-lower-bound",
    ),
    pytest.param(
        q("under 40", 0, kind="range", high="40"),
        q("40", 6, kind="count", value="40", bound="upper"),
        id="one-sided-high-vs-upper-bound",
    ),
    pytest.param(
        q("exactly 40", 0, kind="range", low="40", high="40"),
        q("40", 8, kind="count", value="40"),
        id="point-range-vs-value",
    ),
]

NOT_MATCHING = [
    pytest.param(SPEND, q("€ 12.50", 10, value="12.5", unit="USD"), id="other-unit"),
    pytest.param(SPEND, q("€ 12.50", 10, value="12.5", unit=None), id="missing-unit"),
    pytest.param(SPEND, q("€ 12.50", 10, value="12", unit="EUR"), id="other-value"),
    pytest.param(
        SPEND_PLAIN_DOLLAR,
        q("7 million", 2, kind="count", value="7000000"),
        id="null-unit-money-as-count",
    ),
    pytest.param(
        q("over 40", 0, kind="range", low="40"),
        q("40", 5, kind="count", value="40", bound="upper"),
        id="one-sided-wrong-bound-side",
    ),
    pytest.param(
        q("over 40", 0, kind="range", low="40"),
        q("40", 5, kind="count", value="40"),
        id="one-sided-vs-unbounded-value",
    ),
]


@pytest.mark.parametrize(("expected", "predicted"), MATCHING)
def test_item_matches(expected: dict[str, Any], predicted: dict[str, Any]) -> None:
    """A prediction with the expected value (or range) and unit matches."""
    assert pr.item_matches(expected, predicted)


@pytest.mark.parametrize(("expected", "predicted"), NOT_MATCHING)
def test_item_does_not_match(expected: dict[str, Any], predicted: dict[str, Any]) -> None:
    """A wrong value, unit, kind (for unit-less money) or bound side does not match."""
    assert not pr.item_matches(expected, predicted)


def test_extra_money_prediction_passes_but_is_not_clean() -> None:
    """An unmatched money prediction is a false positive: pass, but not clean."""
    extra = q("$3", 30, value="3", unit="USD")
    result = pr.score_case(case([SPEND]), [q("€ 12.50", 10, value="12.5", unit="EUR"), extra])
    assert (result.passed, result.clean, result.false_positives) == (True, False, 1)


def test_prediction_outside_fp_scope_is_ignored() -> None:
    """A count does not count against a money case."""
    count = q("3 million", 30, kind="count", value="3000000")
    result = pr.score_case(case([SPEND]), [q("€ 12.50", 10, value="12.5", unit="EUR"), count])
    assert result.clean


def test_each_prediction_matches_one_item() -> None:
    """Two equal expected items need two predictions."""
    twice = case([q("$5", 0, value="5"), q("$5", 10, value="5")])
    result = pr.score_case(twice, [q("$5", 0, value="5", unit="USD")])
    assert (result.passed, result.matched, result.expected) == (False, 1, 2)


def test_negative_case_fails_on_in_scope_prediction() -> None:
    """A case expecting nothing fails when money is predicted, not when a count is."""
    negative = case([])
    assert not pr.score_case(negative, [q("$5", 0, value="5", unit="USD")]).passed
    assert pr.score_case(negative, [q("5,000", 0, kind="count", value="5000")]).clean


def test_range_fp_scope_counts_bounded_items() -> None:
    """Under fp_scope ``range``, only items with low, high or bound are false positives."""
    negative = case([], fp_scope="range")
    assert pr.score_case(negative, [q("7,000", 0, kind="count", value="7000")]).passed
    bounded = q("7,000", 5, kind="count", value="7000", bound="lower")
    assert not pr.score_case(negative, [bounded]).passed


def test_out_of_scope_overlap_is_never_a_false_positive() -> None:
    """A prediction on an ``out_of_scope`` span is ignored."""
    line = case([], fp_scope="any", out_of_scope=[{"text": "9 kg", "start": 4, "end": 8}])
    assert pr.score_case(line, [q("9", 4, kind="count", value="9")]).clean


def test_not_money_check() -> None:
    """A dimension check fails only when money, crypto or percent overlaps it."""
    check = {"text": "12 pounds", "start": 3, "end": 12, "kind": "dimension", "check": "not_money"}
    line = case([check], fp_scope="none")
    assert not pr.score_case(line, [q("12 pounds", 3, value="12", unit="GBP")]).passed
    assert pr.score_case(line, [q("12", 3, kind="count", value="12")]).passed
    assert pr.score_case(line, [q("$12", 20, value="12", unit="USD")]).passed


def test_strict_span_requires_overlap() -> None:
    """With ``strict_span`` an equal value elsewhere in the sentence does not match."""
    elsewhere = [q("€ 12.50", 40, value="12.5", unit="EUR")]
    assert pr.score_case(case([SPEND]), elsewhere).passed
    assert not pr.score_case(case([SPEND]), elsewhere, strict_span=True).passed


def test_flag_is_read_from_notes() -> None:
    """Cases marked ``not_supported_by_source`` are flagged."""
    line = case([SPEND], notes={"not_supported_by_source": True})
    assert pr.score_case(line, []).flagged


OUT_OF_SCOPE = [
    ("recognizers_currency", q("4 dollars 20 cents", 0, value="4.2"), "minor-unit combination"),
    ("recognizers_currency", q("7 lakh rupees", 0, value="700000"), "Indian grouping"),
    ("recognizers_currency", q("9 MEUR", 0, value="9000000", unit="EUR"), "M-prefixed code"),
    ("recognizers_currency", q("6 million pounds", 0, value="6000000"), "bare or withdrawn"),
    ("recognizers_currency", q("80 pesetas", 0, value="80"), "bare or withdrawn"),
    ("recognizers_currency", q("70 ₭", 0, value="70", unit="LAK"), "minor fiat currency"),
    ("quantulum3_money", q("($4.10)", 0, value="-4.1", unit="USD"), "accounting negative"),
    ("quantulum3_money", q("20 000 euros", 0, value="20000", unit="EUR"), "space-grouped"),
    ("quantulum3_money", q("eight", 0, kind="number", value="8"), "not money"),
    ("recognizers_percent", q("percent of 30", 0, kind="percent", value="30"), "reversed"),
    ("recognizers_number", q("44", 0, kind="number", value="44"), "bare number"),
    ("recognizers_numberrange", q("3 to 8", 0, kind="range", low="3", high="8"), "bare number"),
]

IN_SCOPE = [
    ("recognizers_currency", q("£ 6 million", 0, value="6000000")),
    ("recognizers_currency", q("3 swiss francs", 0, value="3", unit="CHF")),
    ("recognizers_currency", q("€ 0.75", 0, value="0.75", unit="EUR")),
    ("recognizers_currency", q("2.5 BTC", 0, kind="crypto", value="2.5", unit="BTC")),
    ("quantulum3_money", q("-$8", 0, value="-8", unit="USD")),
    ("recognizers_percent", q("12 percent", 0, kind="percent", value="12", unit="%")),
    ("recognizers_number", q("3.1 million", 0, kind="number", value="3100000")),
    ("recognizers_numberrange", q("2k-6k", 0, kind="range", low="2000", high="6000")),
    ("recognizers_dimension", q("9 feet", 0, kind="dimension", value="9", check="not_money")),
]


@pytest.mark.parametrize(("suite", "item", "reason"), OUT_OF_SCOPE)
def test_out_of_scope_forms(suite: str, item: dict[str, Any], reason: str) -> None:
    """Forms the library does not target are out of scope, with a reason."""
    assert reason in (pr.out_of_scope_reason(suite, item) or "")


@pytest.mark.parametrize(("suite", "item"), IN_SCOPE)
def test_in_scope_forms(suite: str, item: dict[str, Any]) -> None:
    """Forms the library targets stay in scope."""
    assert pr.out_of_scope_reason(suite, item) is None


def test_in_scope_view_moves_items_and_drops_empty_cases() -> None:
    """Out-of-scope items move to ``out_of_scope``; a case left empty is dropped."""
    combo = q("4 dollars 20 cents", 0, value="4.2")
    plain = q("$9", 30, value="9")
    view = pr.in_scope_view("recognizers_currency", case([combo, plain]))
    assert view["expected"] == [plain]
    assert view["out_of_scope"] == [combo]
    assert pr.in_scope_view("recognizers_currency", case([combo])) is None
    assert pr.in_scope_view("recognizers_currency", case([])) is not None


def test_in_scope_view_of_quantulum3_counts_only_money_false_positives() -> None:
    """The quantulum3 view keeps money items and narrows fp_scope to money."""
    line = case([q("£7", 0, value="7", unit="GBP"), q("three", 10, kind="number", value="3")])
    view = pr.in_scope_view("quantulum3_money", case(line["expected"], fp_scope="any"))
    assert view["fp_scope"] == "money"
    assert [e["text"] for e in view["expected"]] == ["£7"]


def test_totals_rates() -> None:
    """Rates are pass, clean, precision and recall; undefined ones are None."""
    good = pr.CaseResult("a", True, 2, 2, 0, False)
    noisy = pr.CaseResult("b", True, 1, 1, 1, True)
    miss = pr.CaseResult("c", False, 0, 1, 0, False)
    rates = pr.Totals.of([good, noisy, miss]).rates()
    assert rates == {"pass_rate": 0.6667, "clean_rate": 0.3333, "precision": 0.75, "recall": 0.75}
    assert pr.Totals.of([]).rates()["pass_rate"] is None


def test_main_without_suites_exits_with_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A missing suites directory gives exit status 2 and says what to pass."""
    assert pr.main(["--suites", str(tmp_path / "absent")]) == 2
    assert "--suites" in capsys.readouterr().err


def test_main_json_with_fake_predictor(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The JSON report totals a suite scored with an injected predictor."""
    lines = [
        case([q("$9", 4, value="9")], input="pay $9 now"),
        case([q("4 dollars 20 cents", 0, value="4.2")], input="4 dollars 20 cents"),
    ]
    suite = tmp_path / "recognizers_currency.jsonl"
    suite.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")

    def predict(text: str) -> list[dict[str, Any]]:
        return [q("$9", 4, value="9", unit="USD")] if "$9" in text else []

    assert pr.main(["--suites", str(tmp_path), "--json"], predict=predict) == 0
    totals = json.loads(capsys.readouterr().out)["recognizers_currency"]
    assert (totals["all"]["cases"], totals["all"]["passed"]) == (2, 1)
    assert (totals["in_scope"]["cases"], totals["in_scope"]["passed"]) == (1, 1)


def test_pounds_in_a_sentence_about_money_are_in_scope() -> None:
    """Bare "pounds" is in scope where the sentence speaks of money, not where it weighs."""
    money = "Its profit rose to 7 million pounds this year"
    weight = "The parcel weighs 7 million pounds in all"
    for sentence, in_scope in ((money, True), (weight, False)):
        start = sentence.index("7")
        item = q("7 million pounds", start, value="7000000")
        assert (pr.out_of_scope_reason("recognizers_currency", item, sentence) is None) is in_scope
