"""The ``cryptonews-parse`` command: print what ``parse()`` finds in articles.

A readable table of quantities by default; ``--entities`` and ``--events`` add tables of
their own; ``--json`` prints one Document dict per file and ``--jsonl`` one line per file
for pipelines; ``--html`` writes a page per file to look at in a browser.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import TextIO

from cryptonews_parse._version import __version__
from cryptonews_parse.model import Document, Event, decimal_text
from cryptonews_parse.pipeline import parse
from cryptonews_parse.render import PageWriter


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    """Run the command line; returns the exit status.

    Args:
        argv: the arguments (default: ``sys.argv[1:]``).
        out: where to print (default: standard output).

    Returns:
        0 on success, 2 when a file cannot be read.
    """
    stream = sys.stdout if out is None else out
    parser = _arguments()
    args = parser.parse_args(argv)
    try:
        args.pages = PageWriter(args.html, inputs=len(args.files)) if args.html else None
    except ValueError as exc:
        parser.error(str(exc))
    status = 0
    for name in args.files:
        try:
            text = sys.stdin.read() if name == "-" else Path(name).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            print(f"cryptonews-parse: cannot read {name}: {exc}", file=sys.stderr)
            status = 2
            continue
        document = parse(text)
        try:
            _print(name, document, args, stream)
        except BrokenPipeError:  # "| head" closed the pipe: stop quietly
            sys.stderr.close()
            return status
    return status


def _print(name: str, document: Document, args: argparse.Namespace, stream: TextIO) -> None:
    if args.pages:
        print(args.pages.write(name, document), file=stream)
    elif args.jsonl:
        print(json.dumps({"file": name, **document.to_dict()}, ensure_ascii=False), file=stream)
    elif args.json:
        print(document.to_json(indent=2), file=stream)
    else:
        _print_tables(name, document, args, stream)


def _arguments() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cryptonews-parse",
        description="Print the quantities, entities and events in crypto news articles.",
    )
    parser.add_argument("files", nargs="+", help="UTF-8 text files; '-' reads standard input")
    output = parser.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="one JSON document per file")
    output.add_argument("--jsonl", action="store_true", help="one JSON line per file")
    output.add_argument(
        "--html", metavar="PATH", help="write an HTML page (PATH/ for one page per file)"
    )
    parser.add_argument("--entities", action="store_true", help="also list entity mentions")
    parser.add_argument("--events", action="store_true", help="also list market events")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


def _print_tables(name: str, document: Document, args: argparse.Namespace, out: TextIO) -> None:
    print(f"{name}: {len(document.quantities)} quantities", file=out)
    rows = [
        (
            f"{q.span.start}-{q.span.end}",
            str(q.kind),
            _figure(q.value, q.low, q.high),
            q.unit or "",
            _qualifiers(q.approx, None if q.bound is None else str(q.bound), q.per),
            q.text,
        )
        for q in document.quantities
    ]
    _table(("span", "kind", "value", "unit", "qualifiers", "text"), rows, out)
    if args.entities:
        print(f"\n{len(document.entities)} entity mentions", file=out)
        mentions = [(f"{e.span.start}-{e.span.end}", e.id, e.text) for e in document.entities]
        _table(("span", "id", "text"), mentions, out)
    if args.events:
        print(f"\n{len(document.events)} events", file=out)
        events = [_event_row(e) for e in document.events]
        header = ("span", "type", "amount", "unit", "side", "asset", "venue", "direction")
        _table((*header, "window", "scope"), events, out)


def _figure(value: Decimal | None, low: Decimal | None, high: Decimal | None) -> str:
    if value is not None:
        return decimal_text(value)
    if low is not None and high is not None:
        return f"{decimal_text(low)}..{decimal_text(high)}"
    return ""


def _qualifiers(approx: bool, bound: str | None, per: str | None) -> str:
    parts = (
        (["approx"] if approx else [])
        + ([bound] if bound else [])
        + ([f"per {per}"] if per else [])
    )
    return ",".join(parts)


def _event_row(event: Event) -> tuple[str, ...]:
    amount = event.amount
    flat = (event.side, event.asset, event.venue, event.direction, event.window, event.scope)
    return (
        f"{event.span.start}-{event.span.end}",
        str(event.type),
        "" if amount is None else _figure(amount.value, amount.low, amount.high),
        "" if amount is None or amount.unit is None else amount.unit,
        *("" if value is None else str(value) for value in flat),
    )


def _table(header: tuple[str, ...], rows: Sequence[tuple[str, ...]], out: TextIO) -> None:
    widths = [max(len(cell) for cell in column) for column in zip(header, *rows, strict=False)]
    for row in (header, *rows):
        print(
            "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip(),
            file=out,
        )


if __name__ == "__main__":
    raise SystemExit(main())
