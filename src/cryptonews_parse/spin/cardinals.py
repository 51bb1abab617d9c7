"""Reading "cardinal", one spinner word for both million and billion, from context.

A family whose spinner writes "cardinal" for million and billion (seed 002's) declares
``[cardinal]`` rules in its table. De-spinning writes the provisional magnitude and records
where; :func:`resolve` then decides, per quantity, between the two readings.
docs/spun-text.md explains the rules.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal, InvalidOperation

import attrs

from cryptonews_parse.analysis import Analysis
from cryptonews_parse.errors import RegistryError
from cryptonews_parse.model import Kind, Quantity, Span, decimal_text
from cryptonews_parse.offsets import Normalised

_FIGURE = re.compile(r"[0-9][0-9,]*(?:\.[0-9]+)?")
_NEIGHBOUR_REACH = 400  # characters between a part and its whole, at most
_PART_KINDS = (Kind.MONEY, Kind.CRYPTO, Kind.COUNT)


@attrs.frozen
class Context:
    """A kind of sentence ("liquidations") with its own plausible figure sizes."""

    about: str
    pattern: re.Pattern[str]
    largest: Mapping[str, Decimal]


@attrs.frozen
class CardinalRules:
    """How "<number> cardinal" is read: the provisional magnitude and the context rules."""

    word: str
    provisional: str
    alternative: str
    alternative_power: int
    headline_max_chars: int
    part_after: re.Pattern[str]
    whole_after: re.Pattern[str]
    largest: Mapping[str, Decimal]
    contexts: tuple[Context, ...]

    def limit(self, unit: str | None, sentence: str) -> Decimal | None:
        """The largest plausible figure in ``unit`` in ``sentence``, or None for no limit."""
        if unit is None:
            return None
        limits = [
            c.largest[unit]
            for c in self.contexts
            if unit in c.largest and c.pattern.search(sentence)
        ]
        return max(limits) if limits else self.largest.get(unit)


def resolve(
    norm: Normalised, found: Iterable[Quantity], rules: CardinalRules, analysis: Analysis
) -> tuple[Quantity, ...]:
    """Read each quantity holding a provisional "cardinal" as million or billion.

    Rules, in order (docs/spun-text.md): a reading larger than is plausible for its unit in its
    sentence is dropped; a reading that rounds to an unspun figure of the headline wins; a part
    is not larger than its whole ("$377 cardinal of that total"). A quantity left with both
    readings keeps the provisional million and a warning that writes out the other.

    Args:
        norm: the normalised document, with its ``cardinals``.
        found: its quantities, spanned in ``norm.text`` (as ``find_quantities()`` gives them).
        rules: the ``[cardinal]`` rules of the document's spinner family.
        analysis: the analysis of ``norm.text`` (its sentences).

    Returns:
        The quantities in the same order, cardinal ones with the chosen values.
    """
    quantities = tuple(found)
    if not norm.cardinals:
        return quantities
    extra = rules.alternative_power
    choices = {i: frozenset({0, extra}) for i in _carriers(quantities, norm.cardinals)}
    if not choices:
        return quantities
    text = norm.text
    for i, options in choices.items():
        choices[i] = _plausible(analysis, quantities[i], options, rules)
    anchors = _headline_anchors(text, quantities, choices, rules)
    for i, options in choices.items():
        matching = frozenset(e for e in options if _anchored(quantities[i], e, anchors))
        if len(matching) == 1:
            choices[i] = matching
    _propagate(_part_whole_links(text, quantities, choices, rules), quantities, choices)
    resolved = list(quantities)
    for i, options in choices.items():
        resolved[i] = _resolved(norm, quantities[i], options, rules)
    return tuple(resolved)


# ---- resolution helpers ------------------------------------------------------------------


def _carriers(quantities: Sequence[Quantity], cardinals: Sequence[Span]) -> list[int]:
    """Indices of the quantities whose span covers a provisional cardinal word (linear)."""
    carriers: list[int] = []
    k = 0
    for i, q in enumerate(quantities):
        while k < len(cardinals) and cardinals[k].end <= q.span.start:
            k += 1
        if k < len(cardinals) and q.span.contains(cardinals[k]):
            carriers.append(i)
    return carriers


def _size(q: Quantity, extra: int) -> Decimal:
    """The quantity's figure (a range's high end) with ``extra`` powers of ten, exactly."""
    figure = q.value if q.value is not None else q.high
    assert figure is not None  # a Quantity has a value or both ends
    return figure.scaleb(extra)


def _same_unit(a: Quantity, b: Quantity) -> bool:
    return (a.kind, a.unit) == (b.kind, b.unit)


def _sentence(analysis: Analysis, q: Quantity) -> str:
    """The sentence of a quantity (the analysis bounds its length)."""
    sentence = analysis.sentence_at(q.span.start)
    if sentence is None:
        return analysis.text[q.span.start : q.span.end]
    return analysis.text[sentence.start : sentence.end]


def _plausible(
    analysis: Analysis, q: Quantity, options: frozenset[int], rules: CardinalRules
) -> frozenset[int]:
    """Drop readings above the plausible size for the quantity's unit and sentence."""
    limit = rules.limit(q.unit, _sentence(analysis, q))
    if limit is None:
        return options
    kept = frozenset(e for e in options if _size(q, e) <= limit)
    return kept or options  # neither plausible: leave it to the other rules, or warn


def _headline_anchors(
    text: str, quantities: Sequence[Quantity], choices: Mapping[int, frozenset[int]],
    rules: CardinalRules,
) -> list[Quantity]:  # fmt: skip
    """Unspun single figures in the first non-blank line, if that line is headline-sized."""
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    if end - start > rules.headline_max_chars:
        return []
    anchors: list[Quantity] = []
    for i, q in enumerate(quantities):
        if q.span.start >= end:
            break
        if i not in choices and q.value is not None and q.value != 0:
            anchors.append(q)
    return anchors


def _anchored(q: Quantity, extra: int, anchors: Sequence[Quantity]) -> bool:
    """True when the reading with ``extra`` powers of ten matches a headline figure."""
    size = _size(q, extra)
    return any(_same_unit(a, q) and _rounds_to(size, a) for a in anchors)


def _rounds_to(value: Decimal, anchor: Quantity) -> bool:
    """True when ``value`` rounded or cut to the anchor's last written digit is the anchor.

    "$1.3B" is written to 0.1 billion, so 1.36 billion (cut) and 1.3 billion match it.
    """
    assert anchor.value is not None
    figure = _FIGURE.search(anchor.text)
    if figure is None:
        return False
    try:
        mantissa = Decimal(figure.group().replace(",", ""))
        scale = abs(anchor.value) / mantissa
        exponent = mantissa.as_tuple().exponent
    except (InvalidOperation, ArithmeticError):
        return False
    if not isinstance(exponent, int):
        return False
    step = scale.scaleb(exponent)
    if step <= 0:
        return False
    ratio = abs(value) / step
    return any(
        ratio.to_integral_value(rounding=rounding) * step == abs(anchor.value)
        for rounding in (ROUND_HALF_UP, ROUND_DOWN)
    )


def _part_whole_links(
    text: str, quantities: Sequence[Quantity], choices: Mapping[int, frozenset[int]],
    rules: CardinalRules,
) -> list[tuple[int, int]]:  # fmt: skip
    """(part, whole) index pairs stated by the text, where one of the two is spun."""
    links: list[tuple[int, int]] = []
    for i, q in enumerate(quantities):
        if q.kind not in _PART_KINDS:
            continue
        if rules.part_after.match(text, q.span.end):
            whole = _neighbour(text, quantities, i, -1)
            if whole is not None and (i in choices or whole in choices):
                links.append((i, whole))
        if rules.whole_after.match(text, q.span.end):
            part = _neighbour(text, quantities, i, +1)
            if part is not None and (i in choices or part in choices):
                links.append((part, i))
    return links


def _neighbour(text: str, quantities: Sequence[Quantity], i: int, step: int) -> int | None:
    """The nearest quantity in the same unit before (-1) or after (+1) ``i``, same paragraph."""
    q = quantities[i]
    j = i + step
    while 0 <= j < len(quantities):
        other = quantities[j]
        gap = (other.span.end, q.span.start) if step < 0 else (q.span.end, other.span.start)
        if gap[1] - gap[0] > _NEIGHBOUR_REACH or "\n" in text[gap[0] : gap[1]]:
            return None
        if _same_unit(other, q):
            return j
        j += step
    return None


def _propagate(
    links: Sequence[tuple[int, int]], quantities: Sequence[Quantity],
    choices: dict[int, frozenset[int]],
) -> None:  # fmt: skip
    """Keep only readings that let every part be at most its whole, until nothing changes."""
    for _ in range(len(links) + 1):
        changed = False
        for part, whole in links:
            parts = choices.get(part, frozenset({0}))
            wholes = choices.get(whole, frozenset({0}))
            fits = [
                (a, b)
                for a in parts
                for b in wholes
                if _size(quantities[part], a) <= _size(quantities[whole], b)
            ]
            if not fits:
                continue  # the text contradicts itself; do not guess from it
            new_parts = frozenset(a for a, _ in fits)
            new_wholes = frozenset(b for _, b in fits)
            if part in choices and new_parts != parts:
                choices[part] = new_parts
                changed = True
            if whole in choices and new_wholes != wholes:
                choices[whole] = new_wholes
                changed = True
        if not changed:
            return


def _resolved(
    norm: Normalised, q: Quantity, options: frozenset[int], rules: CardinalRules
) -> Quantity:
    """The quantity with its chosen reading, or the provisional one and a warning."""
    if options == frozenset({0}):
        return q
    scaled = attrs.evolve(
        q,
        value=None if q.value is None else q.value.scaleb(rules.alternative_power),
        low=None if q.low is None else q.low.scaleb(rules.alternative_power),
        high=None if q.high is None else q.high.scaleb(rules.alternative_power),
    )
    if len(options) == 1:
        return scaled
    span = norm.span(q.span.start, q.span.end)
    written = norm.original[span.start : span.end]
    warning = (
        f"'{written}' is spun text: '{rules.word}' may mean {rules.provisional} or "
        f"{rules.alternative}; read as {rules.provisional} ({_figure_text(q)}), "
        f"as {rules.alternative} it is {_figure_text(scaled)}"
    )
    return attrs.evolve(q, warnings=(*q.warnings, warning))


def _figure_text(q: Quantity) -> str:
    if q.value is not None:
        return decimal_text(q.value)
    assert q.low is not None and q.high is not None
    return f"{decimal_text(q.low)}-{decimal_text(q.high)}"


# ---- reading the [cardinal] table --------------------------------------------------------


def _decimal_map(file: str, key: str, value: object) -> dict[str, Decimal]:
    if not isinstance(value, dict):
        raise RegistryError(file, key, 'expected a table of unit = "decimal"')
    result: dict[str, Decimal] = {}
    for unit, figure in value.items():
        try:
            result[unit] = Decimal(figure) if isinstance(figure, str) else Decimal("NaN")
        except InvalidOperation as exc:
            raise RegistryError(file, f"{key}.{unit}", "not a decimal string") from exc
        if not result[unit].is_finite() or result[unit] <= 0:
            raise RegistryError(file, f"{key}.{unit}", "expected a positive decimal string")
    return result


def _phrases(file: str, key: str, value: object) -> re.Pattern[str]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise RegistryError(file, key, "expected a list of phrases")
    alternation = "|".join(re.escape(v) for v in sorted(value, key=len, reverse=True))
    return re.compile(f"[ \\t]*,?[ \\t]*(?:{alternation})\\b", re.IGNORECASE)


def cardinal_rules(file: str, data: Mapping[str, object]) -> CardinalRules:
    """Read and check a family's ``[cardinal]`` table.

    Raises:
        RegistryError: a rule is missing or malformed.
    """
    strings = {}
    for key in ("word", "provisional", "alternative"):
        value = data.get(key)
        if not isinstance(value, str) or not value:
            raise RegistryError(file, f"cardinal.{key}", "expected a word")
        strings[key] = value
    ints = {}
    for key in ("alternative_power", "headline_max_chars"):
        value = data.get(key)
        if not isinstance(value, int) or value <= 0:
            raise RegistryError(file, f"cardinal.{key}", "expected a positive int")
        ints[key] = value
    contexts = []
    raw_contexts = data.get("context", [])
    if not isinstance(raw_contexts, list):
        raise RegistryError(file, "cardinal.context", "expected an array of tables")
    for n, raw in enumerate(raw_contexts):
        where = f"cardinal.context[{n}]"
        if not isinstance(raw, dict):
            raise RegistryError(file, where, "expected a table")
        words = raw.get("words")
        if not isinstance(words, list) or not words or not all(isinstance(w, str) for w in words):
            raise RegistryError(file, f"{where}.words", "expected a list of word starts")
        alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
        contexts.append(
            Context(
                about=str(raw.get("about", "")),
                pattern=re.compile(f"\\b(?:{alternation})", re.IGNORECASE),
                largest=_decimal_map(file, f"{where}.largest", raw.get("largest")),
            )
        )
    return CardinalRules(
        word=strings["word"].lower(),
        provisional=strings["provisional"],
        alternative=strings["alternative"],
        alternative_power=ints["alternative_power"],
        headline_max_chars=ints["headline_max_chars"],
        part_after=_phrases(file, "cardinal.part_after", data.get("part_after")),
        whole_after=_phrases(file, "cardinal.whole_after", data.get("whole_after")),
        largest=_decimal_map(file, "cardinal.largest", data.get("largest")),
        contexts=tuple(contexts),
    )
