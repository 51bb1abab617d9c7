"""``render_html()``: one self-contained HTML page showing what ``parse()`` found.

A Document goes in; a page comes out with the article text, each quantity and entity
mention marked at its span (its reading on hover and in print), each event's sentence
highlighted and numbered, and a table of the events whose rows link to their sentences.
It exists so that a person can *see* what was read, and where it went wrong, without
counting offsets (as displaCy does for spaCy).

The article is data, never markup: every character is escaped, and characters that are
invisible or reorder text (controls, zero-width and bidi marks, lone surrogates) are shown
as visible ``U+XXXX`` chips instead of being written, so nothing in the input can act on
the page. The page loads nothing and runs no script; its Content-Security-Policy says so
too. Events are rendered from their ``to_dict()`` keys, so a new event type needs no edit.
"""

from __future__ import annotations

import functools
import html
import os
import re
import unicodedata
from collections.abc import Collection, Iterable
from importlib import resources
from pathlib import Path
from typing import Literal, NamedTuple

from cryptonews_parse._version import __version__
from cryptonews_parse.model import Document, EntityType, JSONValue

Layer = Literal["quantities", "entities", "events"]
LAYERS: tuple[Layer, ...] = ("quantities", "entities", "events")

EVENT_COLUMNS = ("type", "amount", "side", "asset", "venue", "fund", "direction", "window")
"""The flat keys every event dict has, shown as table columns (then ``scope``)."""
_NOT_DETAILS = frozenset(
    (*EVENT_COLUMNS, "scope", "unit", "text", "start", "end", "quantities", "entities", "warnings")
)
_HIDDEN_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Zl", "Zp"})
_MAYBE_HIDDEN = re.compile(r"[^\t\n\x20-\x7e]")  # cheap pre-filter: printable ASCII is safe
_FIRST_LINE = re.compile(r"\S[^\n\r]*")
_CSP = "default-src 'none'; style-src 'unsafe-inline'"


class _Mark(NamedTuple):
    """One marked span: ``key`` is its element id; ``rank`` orders marks that share both
    ends (a sentence outside a quantity outside an entity)."""

    start: int
    end: int
    rank: int
    key: str
    classes: str
    label: str
    extra: str = ""  # more attributes, written as they are


def render_html(
    doc: Document, *, layers: Iterable[Layer] = LAYERS, title: str | None = None
) -> str:
    """Render ``doc`` as one self-contained HTML page (inline CSS, no script, no network).

    Args:
        doc: what ``parse()`` returned.
        layers: which kinds of item to mark: ``"quantities"``, ``"entities"``, ``"events"``
            (events also give the table below the text).
        title: the page title; by default the article's first line.

    Returns:
        The page, as a ``str`` (write it as UTF-8).

    Raises:
        ValueError: ``layers`` names an unknown layer.

    >>> import cryptonews_parse as cnp
    >>> page = cnp.render_html(cnp.parse("Over $342 million in BTC longs were liquidated."))
    >>> '<mark class="quantity" id="quantity-0"' in page, "<script" in page
    (True, False)
    """
    layers = frozenset(layers)
    unknown = layers - set(LAYERS)
    if unknown:
        raise ValueError(f"unknown layers {sorted(unknown)}; expected some of {LAYERS}")
    events = [event.to_dict() for event in doc.events] if "events" in layers else []
    sentences = _sentences(events)
    marks = [*_sentence_marks(sentences, events)]
    if "quantities" in layers:
        marks += _quantity_marks(doc)
    if "entities" in layers:
        marks += _entity_marks(doc)
    heading = title if title is not None else _first_line(doc.text)
    body = [
        f"<header><h1>{_attribute(heading)}</h1>",
        f'<p class="summary">{_summary(doc, layers)}</p>',
        _spun_banner(doc),
        _legend(layers),
        "</header><main>",
        f'<div class="article" dir="ltr">{_marked(doc.text, marks)}</div>',
        _events_table(events, sentences) if "events" in layers else "",
        _warnings(doc),
        "</main>",
    ]
    return (
        '<!DOCTYPE html>\n<html lang="en" dir="ltr"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f'<meta name="generator" content="cryptonews-parse {__version__}">'
        f"<title>{_attribute(heading)}</title><style>{_stylesheet()}</style></head>\n"
        f"<body>{''.join(body)}</body></html>\n"
    )


@functools.cache
def _stylesheet() -> str:
    return (resources.files("cryptonews_parse") / "data" / "render.css").read_text("utf-8")


def _first_line(text: str) -> str:
    found = _FIRST_LINE.search(text)
    line = found.group().strip() if found else "cryptonews-parse"
    return line if len(line) <= 100 else f"{line[:99]}…"


def _sentences(events: list[dict[str, JSONValue]]) -> dict[tuple[int, int], int]:
    """Each distinct event span, numbered 1, 2, … in text order (events may share one)."""
    spans = sorted({_span(event) for event in events})
    return {span: number for number, span in enumerate(spans, 1)}


def _span(item: dict[str, JSONValue]) -> tuple[int, int]:
    start, end = item["start"], item["end"]
    assert isinstance(start, int) and isinstance(end, int)
    return start, end


def _sentence_marks(
    sentences: dict[tuple[int, int], int], events: list[dict[str, JSONValue]]
) -> Iterable[_Mark]:
    on_sentence: dict[tuple[int, int], list[int]] = {span: [] for span in sentences}
    for number, event in enumerate(events, 1):
        on_sentence[_span(event)].append(number)
    for (start, end), number in sentences.items():
        numbers = on_sentence[start, end]
        label = "; ".join(f"event {n}: {_event_summary(events[n - 1])}" for n in numbers)
        badge = " ".join(map(str, numbers))
        yield _Mark(start, end, 0, f"sentence-{number}", "sentence", label, _data("events", badge))


def _event_summary(event: dict[str, JSONValue]) -> str:
    amount = " ".join(str(event[key]) for key in ("amount", "unit") if event.get(key) is not None)
    return " ".join(filter(None, (str(event["type"]), amount)))


def _quantity_marks(doc: Document) -> Iterable[_Mark]:
    for number, q in enumerate(doc.quantities):
        label = _with_warnings(f"{q.kind}: {q}", q.warnings)
        classes = "quantity warned" if q.warnings else "quantity"
        yield _Mark(q.span.start, q.span.end, 1, f"quantity-{number}", classes, label)


def _entity_marks(doc: Document) -> Iterable[_Mark]:
    for number, e in enumerate(doc.entities):
        classes = f"entity entity-{e.type}{' warned' if e.warnings else ''}"
        label = _with_warnings(e.id, e.warnings)
        yield _Mark(e.span.start, e.span.end, 2, f"entity-{number}", classes, label)


def _with_warnings(label: str, warnings: tuple[str, ...]) -> str:
    return " | ".join((label, *(f"warning: {w}" for w in warnings)))


def _marked(text: str, marks: list[_Mark]) -> str:
    """The escaped text with every mark opened and closed at its span, in one pass.

    Marks that share text nest (the longer outside); marks that cross are split where the
    outer one closes, and the inner one reopens as a ``cont`` fragment with the same
    ``data-item``, so the markup stays well formed and each item's fragments, read in
    order, spell its text.
    """
    opening = sorted(marks, key=lambda m: (m.start, -m.end, m.rank))
    closing_at: dict[int, set[str]] = {}
    for mark in marks:
        if mark.end > mark.start:  # an empty mark is closed as soon as it is opened
            closing_at.setdefault(mark.end, set()).add(mark.key)
    stops = sorted({0, len(text), *(m.start for m in marks), *closing_at})
    out: list[str] = []
    stack: list[_Mark] = []
    next_open = 0
    for here, following in zip(stops, [*stops[1:], None], strict=True):
        ending = closing_at.get(here, set())
        reopen: list[_Mark] = []
        while ending and stack:
            top = stack.pop()
            out.append("</mark>")
            if top.key in ending:
                ending.discard(top.key)
            else:
                reopen.append(top)
        for mark in reversed(reopen):
            out.append(_open(mark, first=False))
            stack.append(mark)
        while next_open < len(opening) and opening[next_open].start == here:
            mark = opening[next_open]
            next_open += 1
            out.append(_open(mark, first=True))
            if mark.end == here:
                out.append("</mark>")
            else:
                stack.append(mark)
        if following is not None:
            out.append(_visible_html(text[here:following]))
    out.extend("</mark>" for _ in stack)
    return "".join(out)


def _open(mark: _Mark, *, first: bool) -> str:
    label = _attribute(mark.label)
    if first:
        return (
            f'<mark class="{mark.classes}" id="{mark.key}" data-item="{mark.key}"'
            f' title="{label}" data-label="{label}"{mark.extra}>'
        )
    return f'<mark class="{mark.classes} cont" data-item="{mark.key}" title="{label}"{mark.extra}>'


def _data(name: str, value: str) -> str:
    return f' data-{name}="{_attribute(value)}"'


def _hidden_chars(text: str) -> Iterable[re.Match[str]]:
    for match in _MAYBE_HIDDEN.finditer(text):
        if unicodedata.category(match.group()) in _HIDDEN_CATEGORIES:
            yield match


def _chip_name(char: str) -> str:
    return f"U+{ord(char):04X}"


def _visible_html(text: str) -> str:
    """``text`` escaped for an element, each hidden character as a visible chip element
    whose ``data-char`` keeps the code point (so a reader can map the page back)."""
    out: list[str] = []
    done = 0
    for match in _hidden_chars(text):
        char = match.group()
        name = _chip_name(char)
        described = f"{name} {unicodedata.name(char, 'control character')}"
        out.append(html.escape(text[done : match.start()]))
        out.append(
            f'<span class="hidden-char" data-char="{ord(char):X}" title="{described}">{name}</span>'
        )
        done = match.end()
    out.append(html.escape(text[done:]))
    return "".join(out)


def _attribute(text: str) -> str:
    """``text`` escaped for an attribute or a title, hidden characters spelled out."""
    done = 0
    pieces: list[str] = []
    for match in _hidden_chars(text):
        pieces += (text[done : match.start()], f"<{_chip_name(match.group())}>")
        done = match.end()
    pieces.append(text[done:])
    return html.escape("".join(pieces), quote=True)


def _summary(doc: Document, layers: Collection[Layer]) -> str:
    counts = {
        "quantities": len(doc.quantities),
        "entities": len(doc.entities),
        "events": len(doc.events),
    }
    shown = ", ".join(f"{counts[layer]} {layer}" for layer in LAYERS if layer in layers)
    return f"{shown or 'no layers shown'} · cryptonews-parse {__version__}"


def _spun_banner(doc: Document) -> str:
    family = doc.spun
    if not family:
        return ""
    named = f" (family <b>{_attribute(family)}</b>)"
    readings = dict.fromkeys((w.text, w.read_as) for w in doc.spun_words)
    listed = "".join(
        f"<li><q>{_attribute(text)}</q> read as <q>{_attribute(meant)}</q></li>"
        for text, meant in readings
    )
    words = f'<ul class="spun-words">{listed}</ul>' if listed else ""
    return (
        f'<div class="spun"><p>Read as synonym-spun text{named}: words a spinner had '
        "replaced were read as the words they stand for, so the marks below carry the "
        f"original meaning; the article is shown as it was written.</p>{words}</div>"
    )


def _legend(layers: Collection[Layer]) -> str:
    keys: list[str] = []
    if "quantities" in layers:
        keys.append('<mark class="quantity">quantity</mark>')
    if "entities" in layers:
        keys += (f'<mark class="entity entity-{kind}">{kind}</mark>' for kind in EntityType)
    if "events" in layers:
        keys.append('<mark class="sentence" data-events="1">event sentence</mark>')
    keys.append('<mark class="warned">with a warning</mark>')
    keys.append('<span class="hidden-char">U+200B</span> invisible character')
    hint = "Hover a mark for its reading (value and unit, or id)."
    return f'<div class="legend">{"".join(f"<span>{k}</span>" for k in keys)}{hint}</div>'


def _events_table(events: list[dict[str, JSONValue]], sentences: dict[tuple[int, int], int]) -> str:
    header = "".join(f"<th>{name}</th>" for name in ("#", *EVENT_COLUMNS, "scope", "details"))
    rows = []
    for number, event in enumerate(events, 1):
        sentence = sentences[_span(event)]
        cells = [
            f'<td><a href="#sentence-{sentence}">{number}</a></td>',
            f"<td>{_cell(event['type'])}</td>",
            f'<td class="figure">{_amount(event)}</td>',
            *(f"<td>{_cell(event.get(key))}</td>" for key in EVENT_COLUMNS[2:]),
            f"<td>{_cell(event.get('scope'))}</td>",
            f"<td>{_details(event)}</td>",
        ]
        rows.append(f'<tr id="event-{number}">{"".join(cells)}</tr>')
    if not rows:
        return "<h2>Events</h2><p>No events found.</p>"
    return (
        f"<h2>Events</h2><table><thead><tr>{header}</tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table>"
    )


def _amount(event: dict[str, JSONValue]) -> str:
    return _cell(" ".join(str(event[k]) for k in ("amount", "unit") if event.get(k) is not None))


def _cell(value: JSONValue) -> str:
    return "" if value is None else _attribute(str(value))


def _details(event: dict[str, JSONValue]) -> str:
    """Type-specific keys (``from``, ``to``, ``kind`` …), whatever the event type adds."""
    parts = []
    for key, value in event.items():
        if key in _NOT_DETAILS or value is None or isinstance(value, list):
            continue
        if isinstance(value, dict):
            value = _figure(value)
        parts.append(f"{_attribute(key)}: {_cell(value)}")
    warnings = event.get("warnings")
    if isinstance(warnings, list):
        parts += (f'<span class="warned">{_cell(w)}</span>' for w in warnings)
    return "<br>".join(parts)


def _figure(quantity: dict[str, JSONValue]) -> str:
    """A quantity dict as "text (reading)": "$34.2 billion (34200000000 USD)"."""
    value = quantity.get("value")
    if value is None and quantity.get("low") is not None:
        value = f"{quantity['low']}–{quantity['high']}"
    reading = " ".join(str(part) for part in (value, quantity.get("unit")) if part is not None)
    return f"{quantity.get('text')} ({reading})" if reading else str(quantity.get("text"))


def _warnings(doc: Document) -> str:
    if not doc.warnings:
        return ""
    items = "".join(f"<li>{_attribute(w)}</li>" for w in doc.warnings)
    return f'<h2>Document warnings</h2><ul class="warnings">{items}</ul>'


class PageWriter:
    """Where the command line writes pages: one file, or one page per input in a folder.

    ``target`` is a folder when it ends with a path separator, already is a folder, or
    when there are several inputs; pages in a folder are named after their input's stem
    ("a.txt" -> "a.html", standard input -> "stdin.html"), numbered when two stems agree.
    """

    def __init__(self, target: str, *, inputs: int) -> None:
        """Raises ValueError when several inputs would go to one file."""
        self._target = Path(target)
        self._folder = target.endswith(("/", os.sep)) or self._target.is_dir()
        if inputs > 1 and not self._folder:
            raise ValueError(f"--html {target}: several inputs need a folder (end it with /)")
        self._used: set[str] = set()

    def write(self, name: str, doc: Document) -> Path:
        """Render ``doc`` (read from ``name``) and write its page; returns the page's path."""
        path = self._target
        if self._folder:
            path.mkdir(parents=True, exist_ok=True)
            path = path / self._page_name("stdin" if name == "-" else Path(name).stem)
        path.write_text(render_html(doc, title=None if name == "-" else name), "utf-8")
        return path

    def _page_name(self, stem: str) -> str:
        page, number = f"{stem}.html", 1
        while page in self._used:
            number += 1
            page = f"{stem}-{number}.html"
        self._used.add(page)
        return page
