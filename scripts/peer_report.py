"""Score ``cryptonews_parse.parse`` against the peer conformance suites and print a report.

The suites are other projects' public test cases (Recognizers-Text, quantulum3), rewritten
as JSON Lines in ``../shared/peer-suites/`` next to this repository. They are not part of
the repository, so a fresh clone has to pass ``--suites DIR``. This is a report, not a test.

Scoring follows the suites' README:

- An expected item is matched by an unused prediction with an equal Decimal value, or with
  equal ``low`` and ``high``. A one-sided expected range also matches a value with the
  same-side ``bound`` ("(30,)" matches "over 30"), and [x,x] also matches the value x.
- When the expected unit is not null, the prediction needs the same unit, compared
  case-insensitively. Money with a null unit must be predicted as money or crypto. Kinds
  are not compared otherwise.
- A check ``not_money`` (dimension suite) holds when no money, crypto or percent
  prediction overlaps its span.
- A false positive is an unmatched prediction inside the case's ``fp_scope``: ``money``
  covers money and crypto, ``percent`` covers percent, ``range`` covers items with
  low, high or bound, ``any`` covers everything, and ``none`` covers nothing. A prediction
  that overlaps an ``out_of_scope`` span is never a false positive.
- A case passes when all its items are matched and all its checks hold. A negative case
  has no items, so it passes only when there is no false positive. "Clean" means a pass
  with no false positive.

Each suite is reported three ways: all cases, unflagged cases (those not marked
``not_supported_by_source``), and in-scope cases. The in-scope view moves each
out-of-scope item into the case's ``out_of_scope`` list, so a prediction on it is neither
credited nor counted as a false positive. A case left with no items is dropped, unless it
was a negative case to begin with. The issue's targets apply to the in-scope line.

In scope, per suite:

- ``recognizers_currency``: every money or crypto item, except these forms, which English
  crypto news does not use or which cannot be read without guessing:

  - minor-unit combinations, meaning a fractional amount written without a decimal point
    ("3 dollars 50 cents", "one kuai and five mao", "17 USD 25");
  - Indian lakh/crore words and 2-digit grouping ("12,34,567");
  - ``M``-prefixed codes for millions ("30 MUSD", "MAUD 60"), a corporate-report habit;
  - bare "francs", with no country ("francs" names several currencies), and bare
    "pounds" outside a sentence about money: "pounds" is also a weight (the dimension
    suite requires that it not be money). "361 million pounds" of profit is in scope.
    Withdrawn currencies (markka, guilder, peseta) are out too;
  - fiat outside the major currencies in ``TARGET_FIAT`` (colón, lari, kip …), and any
    currency written in a non-Latin script (元, ரூ), since English is the only language.

- ``recognizers_percent``: every item except the reversed forms "percent of 10" and
  "per cent of twenty-two". In English news these mean a share of something, not 10 %.
- ``quantulum3_money``: money items only, under the currency rules above, and also
  excluding accounting negatives "($99.99)" and space-grouped thousands "10 000". Other
  items go out of scope, and false positives count only as money.
- ``recognizers_number`` and ``recognizers_numberrange``: only items that carry a
  magnitude (k, m, mn, bn, b, t, thousand, million, billion, trillion) or Western
  thousands grouping. The library does not emit bare small numbers or bare-number ranges.
- ``recognizers_dimension``: every check, because nothing there may read as money.

Usage::

    python scripts/peer_report.py [--suites DIR] [--failures] [--json] [--strict-span]
"""

from __future__ import annotations

import argparse
import importlib
import json
import re
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

Item = dict[str, Any]
"""One quantity dict, expected (suite) or predicted (``to_dict()["quantities"]``)."""
Case = dict[str, Any]
"""One suite line: ``id``, ``input``, ``expected``, ``fp_scope``, ``notes`` …"""
Predictor = Callable[[str], list[Item]]

REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SUITES = REPO_ROOT.parent / "shared" / "peer-suites"

MAJOR_FIAT_CODES = "USD EUR GBP JPY CNY KRW INR RUB CHF CAD AUD NZD HKD SGD MXN TRY BRL ZAR"
TARGET_FIAT = frozenset(MAJOR_FIAT_CODES.split())
"""Fiat currencies whose amounts the library targets (majors seen in crypto news)."""

_FP_KINDS = {"money": {"money", "crypto"}, "percent": {"percent"}}
_NOT_MONEY_KINDS = frozenset({"money", "crypto", "percent"})

_INDIAN = re.compile(r"(?i)\b(?:lakh|crore)s?\b|\d,\d\d,\d{3}")
_PREFIXED_MAGNITUDE = re.compile(r"\bM[A-Z]{3}\b")
_BARE_GENERIC = re.compile(
    r"(?i)(?<!british )(?<!swiss )\b(?:pounds?|francs?)\b|\b(?:markkas?|guilders?|pesetas?)\b"
)
_POUNDS = re.compile(r"(?i)\bpounds?\b")
_MONEY_TALK = re.compile(
    r"(?i)[$€£¥]|\b(?:spent|spend|paid|pay|cost|costs|price|profit|revenue|worth|sold|bought"
    r"|budget|funding|raised|salary|earned|valuation)\b"
)
_REVERSED_PERCENT = re.compile(r"(?i)^(?:per\s?cents?|percents?)\s+of\b")
_SPACE_GROUPED = re.compile(r"\d \d{3}\b")
_MAGNITUDE_OR_GROUPING = re.compile(
    r"(?i)\b(?:thousand|million|billion|trillion)\b"
    r"|\d\s?(?:k|m|mn|mln|bn|b|t|tn)\b|\d,\d{3}"
)


def _dec(text: str | None) -> Decimal | None:
    return None if text is None else Decimal(text)


def _overlaps(a: Item, b: Item) -> bool:
    return bool(a["start"] < b["end"] and b["start"] < a["end"])


def values_match(expected: Item, predicted: Item) -> bool:
    """Whether ``predicted`` has the value (or range) of ``expected``, ignoring units.

    Args:
        expected: A suite item.
        predicted: A predicted quantity dict.

    Returns:
        True for an equal value, equal low and high, a one-sided range against a bound on
        the same side, or [x,x] against the value x.

    >>> values_match(
    ...     {"value": "5", "low": None, "high": None},
    ...     {"value": "5.0", "low": None, "high": None, "bound": None},
    ... )
    True
    """
    value, low, high = (_dec(expected.get(k)) for k in ("value", "low", "high"))
    p_value, p_low, p_high = (_dec(predicted.get(k)) for k in ("value", "low", "high"))
    bound = predicted.get("bound")
    if value is not None:
        return p_value == value
    if (p_low, p_high) == (low, high) and (low, high) != (None, None):
        return True
    if low is not None and high is None:
        return p_value == low and bound == "lower"
    if high is not None and low is None:
        return p_value == high and bound == "upper"
    return low is not None and low == high and p_value == low


def item_matches(expected: Item, predicted: Item) -> bool:
    """Whether ``predicted`` matches ``expected`` in value and unit, per the suites' rules.

    Args:
        expected: A suite item.
        predicted: A predicted quantity dict.

    Returns:
        True when the values match and the unit (or, for unit-less money, the kind) agrees.
    """
    unit = expected.get("unit")
    if unit is not None:
        if str(predicted.get("unit") or "").casefold() != str(unit).casefold():
            return False
    elif expected.get("kind") == "money" and predicted.get("kind") not in ("money", "crypto"):
        return False
    return values_match(expected, predicted)


def in_fp_scope(fp_scope: str, predicted: Item) -> bool:
    """Whether an unmatched ``predicted`` item counts as a false positive under ``fp_scope``.

    Args:
        fp_scope: ``money``, ``percent``, ``range``, ``any`` or ``none``.
        predicted: A predicted quantity dict.

    Returns:
        True when the prediction is of a kind the case's source model would extract.
    """
    if fp_scope == "any":
        return True
    if fp_scope == "range":
        return any(predicted.get(k) is not None for k in ("low", "high", "bound"))
    return predicted.get("kind") in _FP_KINDS.get(fp_scope, set())


@dataclass(frozen=True)
class CaseResult:
    """The score of one case."""

    case_id: str
    passed: bool
    matched: int
    expected: int
    false_positives: int
    flagged: bool

    @property
    def clean(self) -> bool:
        """A pass with no false positive."""
        return self.passed and self.false_positives == 0


def score_case(case: Case, predicted: Sequence[Item], *, strict_span: bool = False) -> CaseResult:
    """Score one case's predictions against its expected items and checks.

    Args:
        case: A suite line.
        predicted: The predicted quantity dicts for ``case["input"]``.
        strict_span: Also require a match to overlap the expected span.

    Returns:
        The case's result. Predictions are matched greedily, overlapping ones first.
    """
    items = [e for e in case["expected"] if "check" not in e]
    checks = [e for e in case["expected"] if "check" in e]
    unused = list(predicted)
    matched = 0
    for exp in items:
        ranked = sorted(unused, key=lambda p: not _overlaps(exp, p))
        for pred in ranked:
            if item_matches(exp, pred) and (not strict_span or _overlaps(exp, pred)):
                unused.remove(pred)
                matched += 1
                break
    checks_hold = all(
        not any(p.get("kind") in _NOT_MONEY_KINDS and _overlaps(c, p) for p in predicted)
        for c in checks
        if c["check"] == "not_money"
    )
    ignored = case.get("out_of_scope", [])
    fps = sum(
        1
        for p in unused
        if in_fp_scope(case["fp_scope"], p) and not any(_overlaps(o, p) for o in ignored)
    )
    negative = not items and not checks
    passed = matched == len(items) and checks_hold and not (negative and fps)
    return CaseResult(
        case_id=case["id"],
        passed=passed,
        matched=matched,
        expected=len(items),
        false_positives=fps,
        flagged=bool(case.get("notes", {}).get("not_supported_by_source")),
    )


def out_of_scope_reason(suite: str, item: Item, sentence: str = "") -> str | None:
    """Why ``item`` of ``suite`` is outside what the library targets, or None if inside.

    Args:
        suite: The suite's file stem, e.g. ``recognizers_currency``.
        item: An expected item of that suite.
        sentence: The case's input, for the rules that read the sentence around the item.

    Returns:
        A short reason, or None when the item is in scope. The module docstring lists the
        rules.

    >>> out_of_scope_reason(
    ...     "recognizers_currency",
    ...     {"text": "30 MUSD", "kind": "money", "value": "30000000", "unit": "USD"},
    ... )
    'M-prefixed code'
    """
    text: str = item["text"]
    if suite in ("recognizers_number", "recognizers_numberrange"):
        if _INDIAN.search(text):
            return "Indian grouping"
        return None if _MAGNITUDE_OR_GROUPING.search(text) else "bare number"
    if suite == "recognizers_percent":
        return "reversed percent" if _REVERSED_PERCENT.search(text) else None
    if suite not in ("recognizers_currency", "quantulum3_money"):
        return None
    if item["kind"] not in ("money", "crypto"):
        return "not money"
    value = item.get("value")
    if value is not None and Decimal(value) % 1 and "." not in text:
        return "minor-unit combination"
    if _INDIAN.search(text):
        return "Indian grouping"
    if _PREFIXED_MAGNITUDE.search(text):
        return "M-prefixed code"
    if "£" not in text and _BARE_GENERIC.search(text):
        rest = sentence[: item["start"]] + " " + sentence[item["end"] :] if sentence else ""
        money_pounds = _POUNDS.search(text) and _MONEY_TALK.search(rest)
        if not (money_pounds and item.get("unit") in (None, "GBP")):
            return "bare or withdrawn currency name"
    if any(ch.isalpha() and not ch.isascii() for ch in text):
        return "non-Latin script"
    if item["kind"] == "money" and item.get("unit") not in (None, *TARGET_FIAT):
        return "minor fiat currency"
    if text.startswith("(") and text.endswith(")"):
        return "accounting negative"
    if _SPACE_GROUPED.search(text):
        return "space-grouped thousands"
    return None


def in_scope_view(suite: str, case: Case) -> Case | None:
    """The case restricted to what the library targets, or None if nothing is left.

    Args:
        suite: The suite's file stem.
        case: A suite line.

    Returns:
        A copy whose out-of-scope items are moved to ``out_of_scope``, where predictions on
        them are ignored. Returns None when no item remains and the case was not negative.
    """
    sentence = case["input"]
    kept = [e for e in case["expected"] if out_of_scope_reason(suite, e, sentence) is None]
    moved = [e for e in case["expected"] if out_of_scope_reason(suite, e, sentence) is not None]
    if case["expected"] and not kept:
        return None
    view = dict(case, expected=kept, out_of_scope=[*case.get("out_of_scope", []), *moved])
    if suite == "quantulum3_money":
        view["fp_scope"] = "money"
    return view


@dataclass(frozen=True)
class Totals:
    """Case and item totals over a set of case results."""

    cases: int
    passed: int
    clean: int
    matched: int
    expected: int
    false_positives: int

    @classmethod
    def of(cls, results: Iterable[CaseResult]) -> Totals:
        """Sum ``results``."""
        rs = list(results)
        return cls(
            cases=len(rs),
            passed=sum(r.passed for r in rs),
            clean=sum(r.clean for r in rs),
            matched=sum(r.matched for r in rs),
            expected=sum(r.expected for r in rs),
            false_positives=sum(r.false_positives for r in rs),
        )

    def rates(self) -> dict[str, float | None]:
        """Pass rate, clean rate, item precision and recall (None when undefined)."""

        def ratio(num: int, den: int) -> float | None:
            return round(num / den, 4) if den else None

        return {
            "pass_rate": ratio(self.passed, self.cases),
            "clean_rate": ratio(self.clean, self.cases),
            "precision": ratio(self.matched, self.matched + self.false_positives),
            "recall": ratio(self.matched, self.expected),
        }


def load_suites(directory: Path) -> dict[str, list[Case]]:
    """Read every ``*.jsonl`` suite in ``directory``, keyed by file stem."""
    return {
        path.stem: [json.loads(line) for line in path.read_text("utf-8").splitlines() if line]
        for path in sorted(directory.glob("*.jsonl"))
    }


def parse_predictor(text: str) -> list[Item]:
    """Predict with the library: ``parse(text).to_dict()["quantities"]``."""
    # Imported at call time so that the scorer and its tests work before parse() does.
    cnp = importlib.import_module("cryptonews_parse")
    quantities: list[Item] = cnp.parse(text).to_dict()["quantities"]
    return quantities


@dataclass(frozen=True)
class SuiteReport:
    """All, unflagged and in-scope totals of one suite, and its failing in-scope cases."""

    name: str
    all: Totals
    unflagged: Totals
    in_scope: Totals
    in_scope_unflagged: Totals
    failures: list[tuple[Case, list[Item]]]


def score_suite(
    name: str, cases: Sequence[Case], predict: Predictor, *, strict_span: bool = False
) -> SuiteReport:
    """Run ``predict`` on every case of one suite and total the scores.

    Args:
        name: The suite's file stem.
        cases: Its lines.
        predict: Text to predicted quantity dicts.
        strict_span: Also require matches to overlap the expected span.

    Returns:
        The suite's report.
    """
    results: list[CaseResult] = []
    scoped: list[CaseResult] = []
    failures: list[tuple[Case, list[Item]]] = []
    for case in cases:
        predicted = predict(case["input"])
        results.append(score_case(case, predicted, strict_span=strict_span))
        view = in_scope_view(name, case)
        if view is not None:
            result = score_case(view, predicted, strict_span=strict_span)
            scoped.append(result)
            if not result.passed:
                failures.append((view, predicted))
    return SuiteReport(
        name=name,
        all=Totals.of(results),
        unflagged=Totals.of(r for r in results if not r.flagged),
        in_scope=Totals.of(scoped),
        in_scope_unflagged=Totals.of(r for r in scoped if not r.flagged),
        failures=failures,
    )


def _pct(rate: float | None) -> str:
    return "   -  " if rate is None else f"{rate:6.1%}"


def _row(label: str, totals: Totals) -> str:
    r = totals.rates()
    cells = (r["pass_rate"], r["clean_rate"], r["precision"], r["recall"])
    return f"  {label:<20}{totals.cases:>6}  " + "  ".join(_pct(x) for x in cells)


def _brief(item: Item) -> str:
    amount = item.get("value") or f"[{item.get('low')},{item.get('high')}]"
    extra = f" {item['bound']}" if item.get("bound") else ""
    return f"{item.get('text')!r}={amount} {item.get('unit')} {item.get('kind')}{extra}"


def print_report(reports: Sequence[SuiteReport], *, failures: bool) -> None:
    """Print the human-readable report, and the failing in-scope cases if asked."""
    print(f"  {'':<20}{'cases':>6}  {'pass':>6}  {'clean':>6}  {'prec':>6}  {'recall':>6}")
    for rep in reports:
        print(rep.name)
        print(_row("all", rep.all))
        print(_row("unflagged", rep.unflagged))
        print(_row("in scope", rep.in_scope))
        print(_row("in scope, unflagged", rep.in_scope_unflagged))
    if not failures:
        return
    for rep in reports:
        for case, predicted in rep.failures:
            print(f"\n{case['id']}: {case['input']!r}")
            print("  expected :", "; ".join(map(_brief, case["expected"])) or "(nothing)")
            print("  predicted:", "; ".join(map(_brief, predicted)) or "(nothing)")


def report_json(reports: Sequence[SuiteReport]) -> str:
    """The totals of every suite as a JSON document."""
    out = {
        rep.name: {
            label: {**vars(totals), **totals.rates()}
            for label, totals in (
                ("all", rep.all),
                ("unflagged", rep.unflagged),
                ("in_scope", rep.in_scope),
                ("in_scope_unflagged", rep.in_scope_unflagged),
            )
        }
        for rep in reports
    }
    return json.dumps(out, indent=2)


def main(argv: Sequence[str] | None = None, predict: Predictor = parse_predictor) -> int:
    """Command-line entry point.

    Args:
        argv: Arguments without the program name (default: ``sys.argv[1:]``).
        predict: Text to predicted quantity dicts (default: the library's ``parse``).

    Returns:
        The exit status: 0, or 2 when the suites directory is missing or empty.
    """
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0] if __doc__ else "")
    parser.add_argument("--suites", type=Path, default=DEFAULT_SUITES, help="suites directory")
    parser.add_argument("--failures", action="store_true", help="print failing in-scope cases")
    parser.add_argument("--json", action="store_true", help="print totals as JSON")
    parser.add_argument("--strict-span", action="store_true", help="matches must overlap")
    args = parser.parse_args(argv)
    suites = load_suites(args.suites) if args.suites.is_dir() else {}
    if not suites:
        print(
            f"peer_report: no *.jsonl suites in {args.suites}. The peer suites are not part "
            "of this repository; pass --suites DIR pointing at a copy of them.",
            file=sys.stderr,
        )
        return 2
    reports = [
        score_suite(name, cases, predict, strict_span=args.strict_span)
        for name, cases in suites.items()
    ]
    if args.json:
        print(report_json(reports))
    else:
        print_report(reports, failures=args.failures)
    return 0


if __name__ == "__main__":
    sys.exit(main())
