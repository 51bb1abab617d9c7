"""Stage 4: parse trees of the quantity grammar become exact, typed ``Quantity`` values.

In: a string (a whole quantity for ``read_quantity()``, running text for ``find_quantities()``).
Out: ``Quantity`` values whose amounts are ``Decimal`` from the token text on (magnitudes
applied with ``scaleb``, never through a float) and whose spans point into that string.

The grammar says what a quantity looks like; this module gives it meaning: magnitudes, signs,
shared units and magnitudes of ranges ("$5-7 billion"), word numbers, and the checks a
grammar cannot express (a range's ends in order, both ends in one unit, a "ratio" that is
really a time of day). A reading that fails those checks is rejected with a reason, so that
running text falls back to a shorter reading and the strict API reports where it failed.
"""

from __future__ import annotations

import functools
import re
from decimal import Decimal
from fractions import Fraction
from typing import NamedTuple

from lark import Lark, Token, Transformer
from lark.exceptions import UnexpectedInput, VisitError

from cryptonews_parse import grammar, scan, textnorm
from cryptonews_parse.analysis import Analysis, analyse
from cryptonews_parse.errors import QuantityError
from cryptonews_parse.grammar.prefix import PrefixParser
from cryptonews_parse.model import Bound, Kind, Quantity, Span, TimeUnit
from cryptonews_parse.trie import fold_case

_POWERS = {"k": 3, "thousand": 3, "m": 6, "mn": 6, "mln": 6, "million": 6}
_POWERS |= {"b": 9, "bn": 9, "bln": 9, "billion": 9, "t": 12, "tn": 12, "trn": 12, "trillion": 12}
# Plural after a figure, as translated news writes it: "9,6 billions of dollars".
_POWERS |= {w + "s": _POWERS[w] for w in ("thousand", "million", "billion", "trillion")}
_POWERS["millones"] = 6  # left untranslated: "1,2 millones de dólares"
# Left untranslated by a translation: "87,5 Mio. US-Dollar", "1,3 mld dollars", "1,1 tỷ USD".
_POWERS |= {fold_case(w): 6 for w in ("mio", "mio.", "juta", "milyon", "triệu")}
_POWERS |= {fold_case(w): 9 for w in ("mrd", "mrd.", "mld", "miliar", "milyar", "tỷ")}
_POWERS["triliun"] = 12
_TRANSLATED_POWERS = frozenset(w for w in _POWERS if w.endswith("s") and _POWERS[w] > 2)
_FRACTION_PARTS = {"one": 1, "a": 1, "two": 2, "three": 3, "four": 4}
_FRACTION_PARTS |= {"half": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4}
_FRACTION_PARTS |= {"fifth": 5, "fifths": 5}
_TIME_UNITS = {
    "s": TimeUnit.SECOND, "sec": TimeUnit.SECOND, "second": TimeUnit.SECOND,
    "min": TimeUnit.MINUTE, "minute": TimeUnit.MINUTE,
    "h": TimeUnit.HOUR, "hr": TimeUnit.HOUR, "hour": TimeUnit.HOUR,
    "d": TimeUnit.DAY, "day": TimeUnit.DAY,
    "w": TimeUnit.WEEK, "wk": TimeUnit.WEEK, "week": TimeUnit.WEEK,
    "mo": TimeUnit.MONTH, "month": TimeUnit.MONTH,
    "y": TimeUnit.YEAR, "yr": TimeUnit.YEAR, "year": TimeUnit.YEAR,
}  # fmt: skip
_ISO_TIME = {
    TimeUnit.SECOND: "T{}S", TimeUnit.MINUTE: "T{}M", TimeUnit.HOUR: "T{}H",
    TimeUnit.DAY: "{}D", TimeUnit.WEEK: "{}W", TimeUnit.MONTH: "{}M", TimeUnit.YEAR: "{}Y",
}  # fmt: skip
_THINGS = {"oz": "ounce"}
_FIXED_UNITS = {Kind.PERCENT: "%", Kind.BASIS_POINTS: "bp", Kind.MULTIPLIER: "x"}
_MAX_PRECISE_DIGITS = 28


_FRACTION_DENOMINATORS = frozenset({2, 3, 4, 5, 8, 10, 16, 32, 64})


class RejectedError(Exception):
    """A parse that the grammar accepts but whose meaning is not a quantity."""

    def __init__(self, reason: str, pos: int) -> None:
        super().__init__(reason)
        self.reason = reason
        self.pos = pos


class UnclearError(RejectedError):
    """A figure whose reading is unclear ("$3,996 ETH": dollars or ether?). Running text
    then takes no shorter reading from the same start either: a part of an unclear figure
    would be a guess. It goes on at ``resume`` when given, else after the unclear part."""

    def __init__(self, reason: str, pos: int, resume: int | None = None) -> None:
        super().__init__(reason, pos)
        self.resume = resume


# The parser's intermediate values are named tuples, not attrs classes: every candidate
# builds several, and a tuple is several times cheaper to make.
class _Amount(NamedTuple):
    value: Decimal
    power: int | None  # the magnitude applied, None when the figure had none
    start: int
    end: int
    warnings: tuple[str, ...] = ()
    grouped: bool = False  # written with digit grouping ("10,000")
    spelled: bool = False  # written in words ("two hundred")
    translated: bool = False  # a plural scale word, as translations write it ("9,7 millions")

    @property
    def plain(self) -> bool:
        """A bare figure such as "5" or "2025", which running text does not count."""
        return self.power is None and not self.grouped


class _Unit(NamedTuple):
    kind: Kind
    unit: str | None
    start: int
    end: int
    power: int = 0  # minor units: "sats" are 10**-8 BTC, "cents" 10**-2 USD
    sign: bool = False  # written as a sign ("$", "€"), not a code or a name
    word: bool = False  # written as a word ("dollars")


class _Side(NamedTuple):
    amount: _Amount
    unit: _Unit | None
    start: int
    end: int
    modifier: int | None = None  # end of an asset word after a money figure ("ETH order")


class _Qualifier(NamedTuple):
    approx: bool
    bound: Bound | None


class _Rate(NamedTuple):
    per: str
    end: int


class _Measure(NamedTuple):
    kind: Kind
    unit: str | None
    value: Decimal | None
    low: Decimal | None
    high: Decimal | None
    start: int
    end: int
    form: str  # the body's rule: "side", "dash_range", "to_range", ...
    warnings: tuple[str, ...] = ()
    plain: bool = False  # a bare number: no unit, no magnitude, no digit grouping
    both_units: bool = False  # a range with a unit on each end ("$5,000 to $100,000")
    modifier: int | None = None  # see _Side: running text decides, the strict parser refuses
    scaled: bool = False  # a figure with a magnitude or digit grouping ("79.25 million")


class _Pair(NamedTuple):
    """The two quantities of a list that shares its unit ("$20 and $30 million")."""

    measures: tuple[_Measure, ...]


def _decimal(token: str) -> Decimal:
    return Decimal(token.replace(",", "").replace(" ", ""))


def _exact_figure(token: Token, digits: str) -> Decimal:
    """The figure of a number token, refused when it has more digits than a value can keep.

    Decimal arithmetic rounds to 28 significant digits, so a longer figure (a hash, an
    address, a run of zeros) could only be reported rounded: it is not a quantity.
    """
    value = _decimal(digits)
    if len(digits) <= _MAX_PRECISE_DIGITS:  # fewer characters than the limit: nothing to count
        return value
    significant = "".join(map(str, value.as_tuple().digits)).rstrip("0")
    if len(significant) > _MAX_PRECISE_DIGITS:
        raise RejectedError(
            f"more than {_MAX_PRECISE_DIGITS} significant digits cannot be kept exactly",
            _start(token),
        )
    return value


def _check_size(measure: _Measure) -> None:
    """Refuse a value too large to be written with integer precision (over 10^28)."""
    for value in (measure.value, measure.low, measure.high):
        if value is not None and value and value.adjusted() >= _MAX_PRECISE_DIGITS:
            raise RejectedError(
                f"a value of 10^{value.adjusted()} or more cannot be kept exactly",
                measure.start,
            )


def _exact_quotient(numerator: Fraction, what: str) -> tuple[Decimal, tuple[str, ...]]:
    """``numerator`` as a Decimal, exact when it terminates, else rounded with a warning."""
    value = Decimal(numerator.numerator) / Decimal(numerator.denominator)
    if Fraction(value) == numerator:
        return value, ()
    return value, (f"{what} has no exact decimal; rounded to {_MAX_PRECISE_DIGITS} digits",)


class QuantityBuilder(Transformer[Token, object]):
    """Turns ``quantity.lark`` rules into a :class:`Reading` as the parser reduces them.

    The LALR parser calls these methods while it parses (``Lark(transformer=...)``), so no
    tree is built: on running text that halves the cost of a candidate.
    """

    def __init__(self, vocab: grammar.Vocabulary) -> None:
        super().__init__()
        self.vocab = vocab
        # The few currency spellings that occur are looked up again and again; the answer
        # depends on the spelling alone.
        self._currencies: dict[str, tuple[str | None, Kind]] = {}

    # ---- amounts -------------------------------------------------------------------------
    def figure(self, children: list[Token]) -> _Amount:
        number = children[0]
        value = _exact_figure(number, number)
        if len(children) == 1:
            grouped = "," in number or " " in number
            return _Amount(value, None, _start(number), _end(number), (), grouped)
        word = fold_case(children[1].lstrip("-"))
        power = _POWERS[word]
        translated = word in _TRANSLATED_POWERS
        return _Amount(
            value.scaleb(power), power, _start(number), _end(children[1]), translated=translated
        )

    def thousand_compound(self, children: list[Token]) -> _Amount:
        """ "64 thousand 250": the thousands and a whole number under a thousand."""
        thousands, _, rest = children
        if "." in thousands or "," in thousands:
            raise RejectedError("only whole thousands take a remainder", _start(rest))
        value = _exact_figure(thousands, thousands).scaleb(3) + _exact_figure(rest, rest)
        return _Amount(value, 3, _start(thousands), _end(rest))

    def suffixed_figure(self, children: list[Token]) -> _Amount:
        (token,) = children
        power = _POWERS[fold_case(token[-1])]
        warnings: tuple[str, ...] = ()
        if "," in token:
            warnings = (
                f"'{token}' mixes digit grouping with '{token[-1]}'; "
                f"read as {token[:-1]} × 10^{power}",
            )
        elif token[-1] == "m":
            warnings = (f"'{token}': 'm' read as million, not minutes or metres",)
        value = _exact_figure(token, token[:-1]).scaleb(power)
        return _Amount(value, power, _start(token), _end(token), warnings)

    def word_figure(self, children: list[Token]) -> _Amount:
        (token,) = children
        value, power, scaled = _word_number(token)
        return _Amount(value, power, _start(token), _end(token), grouped=scaled, spelled=True)

    def digit_fraction(self, children: list[Token]) -> _Amount:
        (token,) = children
        whole, _, part = token.replace("-", " ").replace("\t", " ").rpartition(" ")
        numerator, denominator = (int(n) for n in part.split("/"))
        if denominator not in _FRACTION_DENOMINATORS or not 0 < numerator < denominator:
            raise RejectedError(f"'{token}' is not a fraction of the news", _start(token))
        fraction = Fraction(numerator, denominator) + int(whole or 0)
        value, warnings = _exact_quotient(fraction, f"'{token}'")
        return _Amount(value, None, _start(token), _end(token), warnings, grouped=True)

    def a_magnitude(self, children: list[Token]) -> _Amount:
        a, magnitude = children
        power = _POWERS[fold_case(magnitude.lstrip("-"))]
        return _Amount(Decimal(1).scaleb(power), power, _start(a), _end(magnitude))

    def half_magnitude(self, children: list[Token]) -> _Amount:
        power = _POWERS[fold_case(children[-1].lstrip("-"))]
        return _Amount(Decimal("0.5").scaleb(power), power, _start(children[0]), _end(children[-1]))

    def parts_magnitude(self, children: list[Token]) -> _Amount:
        parts, magnitude = children
        numerator, denominator = (_FRACTION_PARTS[w] for w in re.split(r"[- ]", fold_case(parts)))
        power = _POWERS[fold_case(magnitude.lstrip("-"))]
        value = (Decimal(numerator) / Decimal(denominator)).scaleb(power)
        return _Amount(value, power, _start(parts), _end(magnitude), spelled=True)

    def quarter_magnitude(self, children: list[Token]) -> _Amount:
        power = _POWERS[fold_case(children[-1].lstrip("-"))]
        value = Decimal("0.25").scaleb(power)
        return _Amount(value, power, _start(children[0]), _end(children[-1]))

    # ---- units ---------------------------------------------------------------------------
    def currency(self, children: list[Token]) -> _Unit:
        token = children[-1]  # after any "of" ("412 million of dollars")
        known = self._currencies.get(token.value)
        if known is None:
            found = self.vocab.unit_of(token.lstrip("-"))  # "one-yen"
            kind = Kind.MONEY if found in self.vocab.fiat_codes else Kind.CRYPTO
            known = self._currencies[token.value] = (found, kind)
        code, kind = known
        if code is None:  # the terminal and the vocabulary come from one file
            raise RejectedError(f"unknown currency {token!r}", _start(token))
        kind_of_token = token.type
        return _Unit(kind, code, _start(token), _end(token), 0, kind_of_token == "CUR_SIGN",
                     kind_of_token == "NAME_BEFORE")  # fmt: skip

    def ticker(self, children: list[Token]) -> _Unit:
        (token,) = children
        return _Unit(Kind.CRYPTO, _ticker(token, self.vocab), _start(token), _end(token))

    def unit_word(self, children: list[Token]) -> _Unit:
        (token,) = children
        code, power = self.vocab.unit_words[grammar.fold(token)]
        kind = Kind.MONEY if code in self.vocab.fiat_codes else Kind.CRYPTO
        return _Unit(kind, code, _start(token), _end(token), power)

    def percent(self, children: list[Token]) -> _Unit:
        return _Unit(Kind.PERCENT, "%", _start(children[0]), _end(children[0]))

    def basis_points(self, children: list[Token]) -> _Unit:
        return _Unit(Kind.BASIS_POINTS, "bp", _start(children[0]), _end(children[0]))

    def multiplier(self, children: list[Token]) -> _Unit:
        return _Unit(Kind.MULTIPLIER, "x", _start(children[0]), _end(children[0]))

    def time_unit(self, children: list[Token]) -> _Unit:
        token = children[-1]  # after any "consecutive", "trading" ...
        return _Unit(Kind.DURATION, str(_time_unit(token)), _start(children[0]), _end(token))

    # ---- one figure with its units -------------------------------------------------------
    def sign(self, children: list[Token]) -> Token:
        return children[0]

    def spaced_side(self, children: list[object]) -> _Side:
        """A side whose figure is grouped by spaces ("$10 000"): the sign before it binds
        the groups into one number."""
        amounts = [
            self.figure([child])
            if isinstance(child, Token) and child.type == "SPACED_NUMBER"
            else child
            for child in children
        ]
        return self.side(amounts)

    def side(self, children: list[object]) -> _Side:
        negative = False
        units: list[_Unit] = []
        amount: _Amount | None = None
        late: Token | None = None
        for child in children:
            if isinstance(child, _Amount):
                amount = child
            elif isinstance(child, _Unit):
                units.append(child)
            elif isinstance(child, Token) and child.type == "LATE_MAGNITUDE":
                late = child
            elif isinstance(child, Token):  # a sign
                negative = child in ("-",) or fold_case(child) in ("minus", "negative")
        assert amount is not None  # the grammar has no side without an amount
        if late is not None:  # "75 USD million"
            if amount.power is not None:
                raise UnclearError("two magnitudes on one figure", _start(late))
            power = _POWERS[fold_case(late)]
            amount = amount._replace(value=amount.value.scaleb(power), power=power)
        modifier = None
        if len(units) == 2 and (units[0].kind, units[0].unit) != (units[1].kind, units[1].unit):
            first, second = units
            if first.kind is Kind.MONEY and second.kind is Kind.CRYPTO and not first.word:
                # "a $6.2 million ETH order": the asset may modify a noun after it; the
                # context decides (_in_running_text), and "$3,996 ETH." stays unclear
                modifier = second.end
                units = [first]
                children = [c for c in children if c is not second]
            else:
                # "the dollar 2% lower": a currency word before was no unit of this figure
                resume = amount.start if first.word else None
                raise UnclearError("two different units on one figure", second.start, resume)
        if len(units) == 2 and units[0].sign and units[1].sign:
            # "$ 20,000.00 $ 37,305.97": the second sign begins the next amount ("$5 USD" is fine)
            raise RejectedError("a currency sign on both sides of one figure", units[1].start)
        unit = units[0] if units else None
        value = amount.value
        if unit is not None and unit.power:  # crypto minor units ("sats")
            value = value.scaleb(unit.power)
        if negative:
            value = -value
        if value is not amount.value:
            amount = amount._replace(value=value)
        # The children stand in text order: the side spans the first to the last of them.
        return _Side(amount, unit, _start_of(children[0]), _end_of(children[-1]), modifier)

    # ---- bodies --------------------------------------------------------------------------
    def _single(self, side: _Side) -> _Measure:
        kind, unit = _kind_and_unit(side.unit)
        warnings = side.amount.warnings
        plain = side.unit is None and side.amount.plain
        return _Measure(kind, unit, side.amount.value, None, None, side.start, side.end, "side",
                        warnings, plain, False, side.modifier,
                        scaled=not side.amount.plain)  # fmt: skip

    def _range(self, form: str, low: _Side, high: _Side, start: int) -> _Measure:
        _no_modifier(low, high)
        if high.unit is None and low.unit is not None and not _before(low):
            raise RejectedError("a unit after a figure is not shared on", high.start)
        unit, low_value, high_value = _shared(low, high, "the two ends of a range")
        if not low_value < high_value:
            raise RejectedError("a range's first end must be below its second", high.start)
        kind, code = _kind_and_unit(unit)
        warnings = low.amount.warnings + high.amount.warnings
        plain = unit is None and low.amount.plain and high.amount.plain
        both = low.unit is not None and high.unit is not None
        return _Measure(kind, code, None, low_value, high_value, start, high.end, form, warnings,
                        plain, both,
                        scaled=not (low.amount.plain and high.amount.plain))  # fmt: skip

    def dash_range(self, children: list[object]) -> _Measure:
        low, _dash, high = children
        assert isinstance(low, _Side) and isinstance(high, _Side)
        return self._range("dash_range", low, high, low.start)

    def to_range(self, children: list[object]) -> _Measure:
        low, _to, high = children
        assert isinstance(low, _Side) and isinstance(high, _Side)
        return self._range("to_range", low, high, low.start)

    def between_range(self, children: list[object]) -> _Measure:
        between, low, _and, high = children
        assert isinstance(between, Token) and isinstance(low, _Side) and isinstance(high, _Side)
        return self._range("between_range", low, high, _start(between))

    def pair_list(self, children: list[object]) -> _Pair:
        """Two figures joined by "and" that share a unit or magnitude given once: "$20 and
        $30 million", "10,000 and 20,000 BTC", "$5 and 7 billion".

        A unit is shared back from the second figure when it stands after it, and on from
        the first when it stands before it ("$"); figures with no unit at all are not a
        list ("2021 and 5 million").
        """
        first, _and, second = children
        assert isinstance(first, _Side) and isinstance(second, _Side)
        _no_modifier(first, second)
        if first.amount.spelled != second.amount.spelled:
            raise RejectedError("a list of a figure and a word", second.start)
        if first.unit is None and second.unit is None and not _translated_list(first, second):
            raise RejectedError("a list needs a unit", second.start)
        if first.unit is None and _year(first):
            raise RejectedError("a year takes no unit from the next figure", second.start)
        if first.unit is None and second.unit is not None and _before(second):
            raise RejectedError("a unit before a figure is not shared back", second.start)
        if second.unit is None and first.unit is not None and not _before(first):
            raise RejectedError("a unit after a figure is not shared on", second.start)
        if (
            first.unit is not None
            and second.unit is not None
            and first.unit.unit == second.unit.unit
            and first.unit.power != second.unit.power
        ):
            raise RejectedError("one amount in two units: dollars and cents", second.start)
        unit, first_value, second_value = _shared(
            first, second, "the figures of a list", scale_back=not _priced(first)
        )
        kind, code = _kind_and_unit(unit)
        measures = (
            _Measure(
                kind, code, value, None, None, side.start, side.end, "pair_list",
                side.amount.warnings + _shared_note(side, value),
            )
            for side, value in ((first, first_value), (second, second_value))
        )  # fmt: skip
        return _Pair(tuple(measures))

    def ratio(self, children: list[Token]) -> _Measure:
        left, _colon, right = children
        plain_digits = left.isdigit() and right.isdigit()  # a clock has no "." and no ","
        clock = plain_digits and len(right) == 2 and len(left) <= 2
        if clock and int(left) <= 24 and int(right) < 60:
            raise RejectedError(
                f"'{left}:{right}' reads as a time of day, not a ratio", _start(left)
            )
        denominator = _exact_figure(right, right)
        if denominator == 0:
            raise RejectedError("a ratio to zero", _start(right))
        quotient = Fraction(_exact_figure(left, left)) / Fraction(denominator)
        value, warnings = _exact_quotient(quotient, f"'{left}:{right}'")
        return _Measure(Kind.RATIO, None, value, None, None, _start(left), _end(right), "ratio",
                        warnings)  # fmt: skip

    def fraction(self, children: list[Token]) -> _Measure:
        (token,) = children
        numerator, denominator = (_FRACTION_PARTS[w] for w in re.split(r"[- ]", fold_case(token)))
        value, warnings = _exact_quotient(Fraction(numerator, denominator), f"'{token}'")
        return _Measure(Kind.RATIO, None, value, None, None, _start(token), _end(token),
                        "fraction", warnings)  # fmt: skip

    def point_words(self, children: list[Token]) -> _Measure:
        (token,) = children
        value = Decimal("0.5") if fold_case(token).startswith("half") else Decimal(1)
        return _Measure(Kind.PERCENT, "%", value, None, None, _start(token), _end(token),
                        "point_words")  # fmt: skip

    # ---- qualifiers and rates ------------------------------------------------------------
    def approx(self, children: list[Token]) -> _Qualifier:
        return _Qualifier(approx=True, bound=None)

    def lower_bound(self, children: list[Token]) -> _Qualifier:
        return _Qualifier(approx=False, bound=Bound.LOWER)

    def upper_bound(self, children: list[Token]) -> _Qualifier:
        return _Qualifier(approx=False, bound=Bound.UPPER)

    def per_time(self, children: list[Token]) -> _Rate:
        count = children[1] if len(children) == 3 else "1"
        unit = _time_unit(children[-1])
        return _Rate("P" + _ISO_TIME[unit].format(_decimal(count)), _end(children[-1]))

    def per_thing(self, children: list[Token]) -> _Rate:
        thing = children[-1]
        if thing.type == "TICKER":
            return _Rate(str(thing), _end(thing))
        word = fold_case(thing).rstrip("s")
        return _Rate(_THINGS.get(word, word), _end(thing))

    def per_year(self, children: list[Token]) -> _Rate:
        return _Rate("P1Y", _end(children[0]))

    # ---- the whole quantity --------------------------------------------------------------
    def quantity(self, children: list[object]) -> Reading:
        approx = False
        bound: Bound | None = None
        measure: _Measure | None = None
        rate: _Rate | None = None
        more: tuple[_Measure, ...] = ()
        for child in children:
            if isinstance(child, _Side):  # the commonest body first
                measure = self._single(child)
            elif isinstance(child, _Qualifier):
                approx = approx or child.approx
                if child.bound is not None:
                    if bound is not None and bound is not child.bound:
                        raise RejectedError("a lower and an upper bound on one figure", 0)
                    bound = child.bound
            elif isinstance(child, _Measure):
                measure = child
            elif isinstance(child, _Pair):
                measure, *rest = child.measures
                more = tuple(rest)
            elif isinstance(child, _Rate):
                rate = child
        assert measure is not None
        _check_size(measure)
        for each in more:
            _check_size(each)
        return Reading(measure, approx, bound, rate, more)


class Reading(NamedTuple):
    """What the parser made of a candidate, before it is placed in a text."""

    measure: _Measure
    approx: bool
    bound: Bound | None
    rate: _Rate | None
    more: tuple[_Measure, ...] = ()  # the later figures of a list ("$20 and $30 million")

    @property
    def form(self) -> str:
        """The body's rule: "side", "dash_range", "to_range", "between_range", ..."""
        return self.measure.form

    @property
    def plain(self) -> bool:
        """A bare number without unit, magnitude or digit grouping ("5", "2025")."""
        return self.measure.plain

    def quantities(self, text: str) -> list[Quantity]:
        """Every quantity of the reading (two for a list), spanned in ``text``.

        Qualifiers stand before the first figure and apply to it; a rate or a trailing
        bound stands after the last and applies to that one.
        """
        if not self.more:
            return [self.quantity(text)]
        head = self._replace(rate=None, bound=None, more=())
        last = self._replace(measure=self.more[-1], approx=False, more=())
        middle = [self._replace(measure=m, approx=False, bound=None, rate=None, more=())
                  for m in self.more[:-1]]  # fmt: skip
        return [r.quantity(text) for r in (head, *middle, last)]

    def quantity(self, text: str) -> Quantity:
        """The Quantity of the (first) figure, spanned in the ``text`` it was parsed from."""
        measure = self.measure
        start = measure.start
        end = measure.end if self.rate is None else self.rate.end
        return Quantity(
            text=text[start:end],
            span=Span(start, end),
            kind=measure.kind,
            value=measure.value,
            low=measure.low,
            high=measure.high,
            unit=measure.unit,
            approx=self.approx,
            bound=self.bound,
            per=None if self.rate is None else self.rate.per,
            warnings=measure.warnings,
        )


def _start(token: Token) -> int:
    start = token.start_pos
    assert start is not None
    return start


def _end(token: Token) -> int:
    end = token.end_pos
    assert end is not None
    return end


def _start_of(child: object) -> int:
    """Where a rule's child (an amount, a unit or a token: the commonest first) starts."""
    if isinstance(child, (_Amount, _Unit)):
        return child.start
    assert isinstance(child, Token)
    return _start(child)


def _end_of(child: object) -> int:
    """Where a rule's child (an amount, a unit or a token: the commonest first) ends."""
    if isinstance(child, (_Amount, _Unit)):
        return child.end
    assert isinstance(child, Token)
    return _end(child)


def _word_number(token: str) -> tuple[Decimal, int | None, bool]:
    """The value of a compound word number, the power of its final scale word (None when it
    ends in a smaller word) and whether a scale word occurs in it at all.

    Scales must fall from left to right ("two million three hundred thousand"); anything
    else is refused, never guessed.
    """
    words = re.split(r"[\s,-]+", fold_case(token))
    total = Decimal(0)
    group = Decimal(0)
    last_scale = 99
    power: int | None = None
    for i, word in enumerate(words):
        if word in ("and",) or (word == "a" and words[i + 1 : i + 2] == ["half"]):
            continue
        power = None
        if word == "half":
            group += Decimal("0.5")
        elif word == "a":
            group += 1
        elif word == "hundred":
            group *= 100
        elif word in grammar.SCALE_WORDS:
            scale = grammar.SCALE_WORDS[word]
            if scale >= last_scale:
                raise RejectedError(f"'{token}': scales out of order", _start(token))  # type: ignore[arg-type]
            total += group.scaleb(scale)
            group = Decimal(0)
            last_scale = power = scale
        else:
            group += grammar.NUMBER_WORDS[word]
    return total + group, power, last_scale != 99


def _ticker(token: str, vocab: grammar.Vocabulary) -> str:
    """The ticker of a ticker token: without its "$" or "#", and without a plural "s"."""
    symbol = token.lstrip("$#")
    if symbol.endswith("s") and symbol not in vocab.tickers and symbol[:-1] in vocab.tickers:
        return symbol[:-1]
    return symbol


SHARED_NOTE = "unit or magnitude given once for the list"
"""The warning on a figure of a list that takes its unit or magnitude from the other one
("$20" in "$20 and $30 million"): its value is not what its own text reads."""


def _shared_note(side: _Side, value: Decimal) -> tuple[str, ...]:
    return () if side.unit is not None and value == side.amount.value else (SHARED_NOTE,)


def _no_modifier(*sides: _Side) -> None:
    """A range or list whose figure has an asset word after its money unit is unclear."""
    for side in sides:
        if side.modifier is not None:
            raise UnclearError("two different units on one figure", side.amount.end)


def _year(side: _Side) -> bool:
    """A bare figure that reads as a year ("in 2021 and 5 million BTC"), as in
    :func:`_in_running_text`."""
    return side.amount.power is None and not side.amount.grouped and side.amount.value in _YEARS


def _translated_list(first: _Side, second: _Side) -> bool:
    """ "34,2 and 21,9 millions": two figures that share a plural scale word, as translated
    news writes amounts whose currency an earlier one gave (running text gives them that
    currency, or reads no list)."""
    return second.amount.translated and first.amount.power is None and not _year(first)


def _priced(side: _Side) -> bool:
    """A figure written as a price, with its own sign and cents or under one ("$3.91",
    "$0.81"): in "$3.91 and $38.4 million" the million is the second figure's only."""
    value = side.amount.value
    exponent = value.as_tuple().exponent
    return _before(side) and isinstance(exponent, int) and (exponent <= -2 or abs(value) < 1)


def _before(side: _Side) -> bool:
    """True when the side's unit stands before its figure ("$5"), not after it ("5%")."""
    return side.unit is not None and side.unit.start < side.amount.start


def _shared(
    first: _Side, second: _Side, what: str, *, scale_back: bool = True
) -> tuple[_Unit | None, Decimal, Decimal]:
    """The unit and the two values of a range or list whose unit or magnitude is given once:
    "$5-7 billion" shares the magnitude back, "$5-$7bn" the sign, "5-7 BTC" the ticker.
    Without ``scale_back`` the second figure's magnitude stays its own."""
    if (
        first.unit is not None
        and second.unit is not None
        and ((first.unit.kind, first.unit.unit) != (second.unit.kind, second.unit.unit))
    ):
        raise RejectedError(f"{what} have different units", second.unit.start)
    unit = first.unit or second.unit
    first_value = first.amount.value
    if (
        scale_back
        and first.amount.power is None
        and not first.amount.grouped
        and second.amount.power is not None
    ):
        first_value = first_value.scaleb(second.amount.power)  # "$5-7 billion", not "1,000-2m"
    second_value = second.amount.value
    if unit is not None and unit.power and (first.unit is None or second.unit is None):
        if first.unit is None:
            first_value = first_value.scaleb(unit.power)
        else:
            second_value = second_value.scaleb(unit.power)
    return unit, first_value, second_value


def _time_unit(token: str) -> TimeUnit:
    word = fold_case(token.lstrip("-"))
    if word not in _TIME_UNITS and word.endswith("s"):
        word = word[:-1]
    return _TIME_UNITS[word]


def _kind_and_unit(unit: _Unit | None) -> tuple[Kind, str | None]:
    if unit is None:
        return Kind.COUNT, None
    return unit.kind, unit.unit


@functools.cache
def parser() -> Lark:
    """The quantity parser, with the builder run inline as it reduces."""
    vocab = grammar.vocabulary()
    return grammar.build_parser(vocab, transformer=QuantityBuilder(vocab))


@functools.cache
def _prefix_parser() -> PrefixParser:
    return PrefixParser(parser(), rejections=(RejectedError,), unclear=(UnclearError,))


def read(text: str) -> Reading:
    """Parse all of ``text`` as one quantity, or raise :class:`QuantityError`."""
    end = len(text.rstrip())
    for offset, reading in _prefix_parser().prefixes(text, 0, end):
        if offset == end and reading is not None:
            assert isinstance(reading, Reading)
            if reading.more:
                raise QuantityError(text, reading.more[0].start, reason="a list, not one quantity")
            if reading.measure.modifier is not None:
                raise QuantityError(
                    text, reading.measure.end, reason="two different units on one figure"
                )
            name = _context_name(text, 0, end, grammar.vocabulary())
            if name is not None:
                raise QuantityError(
                    text, name, reason="a money or another unit, as its sentence would tell"
                )
            return reading
        break
    rejected = _rejection(text)
    if rejected is not None:
        raise QuantityError(text, rejected.pos, reason=rejected.reason)
    pos, expected = _prefix_parser().stop(text)
    phrases = tuple(dict.fromkeys(_PHRASES[name] for name in _PHRASE_ORDER if name in expected))
    raise QuantityError(text, min(pos, end), phrases)


def _rejection(text: str) -> RejectedError | None:
    """Why a text that parses is still refused ("$7-5bn"), or None if it does not parse."""
    try:
        parser().parse(text)
    except RejectedError as exc:
        return exc
    except VisitError as exc:
        return exc.orig_exc if isinstance(exc.orig_exc, RejectedError) else None
    except UnexpectedInput:
        return None
    return None


def find_quantities(text: str, analysis: Analysis | None = None) -> list[Quantity]:
    """Every quantity in running ``text``, in order, spanned in ``text``; ``analysis``
    is ``analyse(text)`` when the caller has it (its sentences are the context some
    figures take their unit from).

    Bare numbers without unit, magnitude or digit grouping (years, dates, list numbers) are
    not quantities unless they count a noun ("nine funds"); "from X to Y" gives two
    quantities, not a range; a list sharing its unit gives one quantity per figure.
    """
    found: list[Quantity] = []
    prefix_parser = _prefix_parser()
    starts = scan.candidate_starts(parser(), text)
    vocab = grammar.vocabulary()
    sentences = _Sentences(text, analysis)
    carried: str | None = None  # see _TRANSLATED_SCALE
    coins: tuple[int, str] | None = None  # the last amount of coins: see _OF_THEM
    try:
        start = next(starts)
        while True:
            resume = None
            end = scan.window_end(text, start)
            try:
                for offset, reading in prefix_parser.prefixes(text, start, end):
                    if reading is None:  # an unclear figure: nothing from here to there
                        resume = offset
                        break
                    placed = _in_running_text(
                        reading, text, start, offset, vocab, sentences, carried, coins
                    )
                    if placed is not None:
                        if placed.more:
                            found.extend(placed.quantities(text))
                        else:
                            found.append(placed.quantity(text))
                        last = found[-1]
                        if last.kind is _MONEY and _TRANSLATED_SCALE.search(last.text):
                            carried = last.unit
                        if last.kind is _CRYPTO and last.unit is not None:
                            coins = last.span.start, last.unit
                        resume = offset
                        break
            except _NothingHereError as nothing:
                resume = nothing.resume
            start = starts.send(resume)
    except StopIteration:
        pass
    return found


class _NothingHereError(Exception):
    """Raised by the context rules when no reading from this start may be taken: a shorter
    prefix of a figure the context leaves unclear ("1,674.5" of "1,674.5 million" when that
    one is refused) would be a wrong value. ``resume`` skips the unclear rest too."""

    def __init__(self, resume: int | None = None) -> None:
        super().__init__()
        self.resume = resume


_OF_THEM = re.compile(r"[ \t]+of[ \t]+(?:them|those|these)\b", re.IGNORECASE)
"""What follows a figure that counts coins named before it ("60 million of them")."""
# "$5,000 to $100,000" after a verb of motion is a change and a level, not a range.
_MAX_TO_RANGE_SPREAD = 10
_YEARS = frozenset(range(1900, 2101))  # a set: "in" on a range compares a Decimal one by one
# the kinds :func:`_in_running_text` tests, bound once (a ``Kind.MONEY`` read in a function
# goes through the enum class's attribute lookup on Python 3.11)
_MONEY, _CRYPTO, _RATIO, _COUNT = Kind.MONEY, Kind.CRYPTO, Kind.RATIO, Kind.COUNT
# A scale word in the plural after a figure ("453,2 millions of dollars", "USD 418
# millions") is how translated news writes amounts; such a text leaves the currency out of
# the next ones ("registered exits of 9,7 millions"), which take the currency of the last
# amount it wrote that way. A native "9.7 million" is left to the context as before.
_TRANSLATED_SCALE = re.compile(
    r"\b(?:(?:thousand|million|billion|trillion)s|millones)\b", re.IGNORECASE
)
_TRANSLATED_SCALE_AT_END = re.compile(
    r"(?:(?:thousand|million|billion|trillion)s|millones)\Z", re.IGNORECASE
)
_FEW_HOLDERS = 100
"""Above this, a whole number before a ticker and a holder noun may be a balance class
("1,000 BTC wallets" hold 1,000 BTC each), so it stays an amount."""
_COUNTED_AFTER = frozenset({"of"})  # "2 millions of users": a count
# After these (or at the end of the text) no magnitude, code, minor unit or remainder can
# follow a figure.
_ENDS_CLEANLY = frozenset(
    ["", ",", ".", ";", ":", ")", "]", "!", "?", "\n", '"', "'", "\u2019", "\u201d"]
)


def _in_running_text(
    reading: Reading,
    text: str,
    start: int,
    end: int,
    vocab: grammar.Vocabulary,
    sentences: _Sentences,
    carried: str | None = None,
    coins: tuple[int, str] | None = None,
) -> Reading | None:
    """The reading as running text means it, or None: context rules a strict parse does
    not apply. Only the few words around the figure are read.

    - a figure glued into a code ("I7-860BOX") is none;
    - a bare number counts only a noun ("nine funds"), or is a ratio after "ratio";
    - a figure with a magnitude or grouping but no unit takes the asset that ends its noun
      phrase ("10K Silk Road BTC"), counts the noun after it, or is left alone when its
      sentence speaks of money or an asset and so left the unit to the context ("volume
      stood at 7.5 billion, while");
    - an asset name that modifies a noun is not the unit ("5 Bitcoin ETFs");
    - "a third", "a fifth" before a noun are ordinals ("a third consecutive week"), and
      so are they as a compound's first word ("a third-party bridge");
    - a figure followed by a magnitude or a fraction word it could not take ("1,674.5 M",
      "two hundred three fifths") is unclear;
    - a figure with a plural scale word and no unit ("9,7 millions") takes ``carried``, the
      currency of the last amount written that way, unless it counts a noun;
    - a figure with a magnitude and "of them" after it ("forwarded 60 million of them")
      counts the coins of ``coins`` (where the last amount of coins starts, its unit) when
      that amount stands earlier in its sentence.

    Returns None to try a shorter reading from the same start; raises _NothingHereError
    when none may be taken.
    """
    measure = reading.measure
    stop = vocab.function_words
    if measure.modifier is not None and not scan.word_after_in(
        text, measure.modifier, vocab.modified_nouns
    ):
        raise _NothingHereError  # "$3,996 ETH + 1.13%", "$3,200 ETH moved": dollars or ether?
    counted = measure.plain
    if counted:  # most candidates: years, dates, list numbers (checked first, cheaply)
        value = measure.value
        if value is None or measure.end != end:
            raise _NothingHereError
        if "." in text[measure.start : measure.end]:
            if not scan.ratio_before(text, start):
                return None
            reading = _as(reading, _RATIO)
        elif value in _YEARS or not scan.counted_noun(text, end, vocab.count_nouns, stop):
            named = scan.ticker_named_after(text, end, functools.partial(_unit_word, vocab))
            if named is not None and named in vocab.tickers and value not in _YEARS:
                return _as(reading, _CRYPTO, named)  # "380 wrapped bitcoin (WBTC)"
            return None  # a year, a date, a list number
        else:
            reading = reading._replace(measure=measure._replace(plain=False))
        measure = reading.measure
    if measure.form == "dash_range" and text[end : end + 1] == "%":
        return None  # "XRP $0.4512 -0.84%": a price and its change, not a range of dollars
    if scan.spaced_after_a_number(text, start):
        raise _NothingHereError  # "between 10 000 and 12 000 dollars": the range's end only
    if text[end : end + 1] not in _ENDS_CLEANLY and scan.may_go_on(text, end):
        if scan.glued(text, start, end):
            raise _NothingHereError
        unread = scan.unread_scale(text, end)
        if unread is not None:
            raise _NothingHereError(unread)
        if measure.kind is _MONEY:
            minor = scan.minor_units_after(text, end)
            if minor is not None:
                raise _NothingHereError(minor)  # "thirteen dollars and forty-five cents"
    if scan.number_goes_on(text, start, fraction=measure.kind is _RATIO):
        raise _NothingHereError  # "five and a quarter", "3 hundred and 21"
    if measure.unit in vocab.context_codes:
        name = _context_name(text, start, end, vocab)
        if name is not None and (
            text[name - 1 : name] == "-"
            or scan.noun_after(text, end, vocab.function_words)
            or not _money_talk(measure, text, start, end, vocab, sentences)
        ):
            raise _NothingHereError  # "drop 25 pounds", "a twenty-pound bag": a weight
    form = measure.form
    if form == "side" and measure.kind is not _CRYPTO and measure.unit is not None:
        return reading  # the common case: nothing more to check
    if (
        measure.kind is _CRYPTO
        and measure.value in _YEARS
        and scan.year_after(text, start, end, vocab.year_leads)
    ):
        return None  # "In 2018 bitcoin's share bottomed": a date, then the asset's name
    if form == "fraction":
        if measure.end == end and scan.noun_after(text, end, stop):
            raise _NothingHereError
        if measure.end == end and text[end : end + 1] == "-" and text[end + 1 : end + 2].isalpha():
            raise _NothingHereError  # "through a third-party bridge": a compound's first word
    elif form == "to_range":
        low, high = measure.low, measure.high
        assert low is not None and high is not None
        if scan.after_from(text, start):
            return None
        if low > 0 and high > low * _MAX_TO_RANGE_SPREAD and measure.both_units:
            return None
    if (
        measure.unit in scan.ZONE_CODES
        and measure.kind is _CRYPTO
        and scan.clock_before(text, measure.end - len(measure.unit))
    ):
        raise _NothingHereError  # "after 1900 GMT": a time of day
    if (
        measure.kind is _CRYPTO
        and measure.end == end
        and measure.unit is not None
        and not text.endswith((measure.unit, measure.unit + "s"), start, end)
        and scan.noun_after(text, end, stop)
    ):
        return None  # "5 Bitcoin ETFs": the asset's name is a modifier, not the unit
    if (
        measure.kind is _CRYPTO
        and measure.end == end
        and measure.value is not None
        and measure.value < _FEW_HOLDERS
        and measure.value == measure.value.to_integral_value()
        and scan.counted_noun(text, end, vocab.holder_nouns, stop, reach=3)
    ):
        return None  # "two ETH hot wallets": the wallets are counted, not 2 ETH
    if reading.more and measure.kind is _COUNT and measure.unit is None:
        return _carried_list(reading, carried, text, end)
    if measure.kind is not _COUNT or measure.unit is not None or reading.more:
        return reading
    if measure.end != end or counted:
        return reading  # (a bare number that counts a noun was settled above)
    is_unit = functools.partial(_unit_word, vocab)
    unit, head = scan.unit_head(text, end, is_unit, stop, vocab.phrase_heads)
    if unit is not None:
        return _as(reading, _CRYPTO, unit)
    if (
        coins is not None
        and measure.scaled
        and _OF_THEM.match(text, end)
        and sentences.around(start, end)[0] <= coins[0] < start
    ):
        return _as(reading, _CRYPTO, coins[1])  # "210M XRP ..., 60 million of them to Bybit"
    if (
        carried is not None
        and head != ""
        and head not in vocab.phrase_heads
        and _TRANSLATED_SCALE_AT_END.search(text, start, end)
        and not scan.word_after_in(text, end, _COUNTED_AFTER)
    ):
        return _as(reading, _MONEY, carried)  # "exits of 9,7 millions" after "... of dollars"
    if (
        head == ""
        or head in vocab.unit_nouns
        or (
            head is None
            and scan.money_in_sentence(
                text,
                sentences.around(start, end),
                start,
                end,
                is_unit,
                vocab.money_words,
            )
        )
    ):
        raise _NothingHereError  # its unit is left to the context
    return reading  # a count: "190,000 traders", "the range is 5k-20k"


def _money_talk(
    measure: _Measure,
    text: str,
    start: int,
    end: int,
    vocab: grammar.Vocabulary,
    sentences: _Sentences,
) -> bool:
    """True when the sentence around a figure in a currency that only money talk names
    ("pounds", "won") speaks of money: a sign, an asset or a money word anywhere in it, or,
    for a figure with a magnitude or grouping that does not open its clause, one of the
    currency's own cues ("In Bithumb it recorded 138.19 million won")."""
    sentence = sentences.around(start, end)
    is_unit = functools.partial(_unit_word, vocab)
    if scan.money_in_sentence(text, sentence, start, end, is_unit, vocab.money_words):
        return True
    cues = vocab.context_cues.get(measure.unit or "")
    return (
        cues is not None
        and measure.scaled
        and not scan.opens_clause(text, measure.start)
        and scan.cue_in_sentence(text, sentence, start, end, cues)
    )


def _carried_list(reading: Reading, carried: str | None, text: str, end: int) -> Reading | None:
    """A list without a unit ("entries of 34,2 and 21,9 millions") in the currency carried
    from the amounts before it; without one, no list (a shorter reading is tried)."""
    if carried is None or scan.word_after_in(text, end, _COUNTED_AFTER):
        return None
    money = [m._replace(kind=_MONEY, unit=carried) for m in (reading.measure, *reading.more)]
    return reading._replace(measure=money[0], more=tuple(money[1:]))


class _Sentences:
    """The sentences of a text, analysed the first time a figure needs its sentence: few
    do (a figure that leaves its unit to the context), so most texts need no analysis."""

    def __init__(self, text: str, analysis: Analysis | None) -> None:
        self._text = text
        self._analysis = analysis

    def around(self, start: int, end: int) -> tuple[int, int]:
        """The (start, end) of the sentence that holds the figure ``start..end`` (the
        figure itself when it stands between sentences)."""
        if self._analysis is None:
            self._analysis = analyse(self._text)
        sentence = self._analysis.sentence_at(start)
        if sentence is None:
            return start, end
        return sentence.start, max(end, sentence.end)


_LETTERS = re.compile(r"[A-Za-z]+")


def _context_name(text: str, start: int, end: int, vocab: grammar.Vocabulary) -> int | None:
    """Where a currency name that only money talk makes a currency ("pounds") stands in
    ``text[start:end]``, or None."""
    for word in _LETTERS.finditer(text, start, end):
        if word.group().casefold() in vocab.context_names:
            return word.start()
    return None


def _as(reading: Reading, kind: Kind, unit: str | None = None) -> Reading:
    return reading._replace(measure=reading.measure._replace(kind=kind, unit=unit, plain=False))


def _unit_word(vocab: grammar.Vocabulary, word: str) -> str | None:
    """The ticker an asset word after a figure stands for ("BTC", "#BTC", "bitcoin")."""
    symbol = word.lstrip("$#")
    if symbol in vocab.tickers:
        return symbol
    found = vocab.unit_words.get(grammar.fold(word))
    return None if found is None or found[1] else found[0]


def read_quantity(text: str) -> Quantity:
    """Read ``text`` as exactly one quantity (strict: nothing else may stand in it).

    Args:
        text: one quantity, such as "$1.36 billion", "32kBTC" or "between 40% and 60%".

    Returns:
        The quantity, spanned in ``text``.

    Raises:
        QuantityError: ``text`` is not exactly one quantity; the error names the column and
            what was expected there.

    >>> read_quantity("$1.36 billion").value
    Decimal('1360000000')
    """
    reading = read(textnorm.normalise(text).text)
    return reading.quantity(text)


_PHRASES = {
    "NUMBER": "a number",
    "SUFFIXED_NUMBER": "a number",
    "WORD_NUMBER": "a number",
    "DIGIT_FRACTION": "a number",
    "SPACED_NUMBER": "a number",
    "A": "a number",
    "HALF": "a number",
    "QUARTER": "a number",
    "FRACTION": "a number",
    "PARTS": "a number",
    "POINT_WORDS": "a number",
    "SIGN": "a sign",
    "WORD_SIGN": "a sign",
    "MAGNITUDE": "a magnitude",
    "THOUSAND_AND": "a magnitude",
    "PERCENT_FIRST": "a percent sign",
    "LATE_MAGNITUDE": "a magnitude",
    "CUR_SIGN": "a currency",
    "CUR_CODE": "a currency",
    "CUR_NAME": "a currency",
    "NAME_BEFORE": "a currency",
    "OF_NAME": "a currency",
    "TICKER": "a ticker",
    "UNIT_WORD": "a unit",
    "PERCENT": "a unit",
    "BASIS_POINTS": "a unit",
    "MULTIPLIER": "a unit",
    "TIME_UNIT": "a unit",
    "HYPHEN_TIME": "a unit",
    "STREAK": "a unit",
    "THING": "a unit",
    "APPROX": "a qualifier",
    "BOUND_LOWER": "a qualifier",
    "BOUND_UPPER": "a qualifier",
    "BETWEEN": "'between'",
    "DASH": "'-'",
    "TO": "'to'",
    "AND": "'and'",
    "COLON": "':'",
    "PER": "'per'",
    "ANNUALIZED": "'per'",
    "POST_LOWER": "a bound",
    "POST_UPPER": "a bound",
    "$END": "the end",
}
"""Readable phrases for the grammar's terminals, used in ``QuantityError`` messages."""

_PHRASE_ORDER = tuple(_PHRASES)
