"""The ``cryptonews-parse`` command: what ``parse()`` finds in one article or a whole corpus.

Inputs are files, directories (searched recursively for ``--glob``, "*.txt" by default) and
``-`` for standard input. A readable table of quantities is the default (``--entities`` and
``--events`` add theirs); ``--json`` writes one JSON array of Documents, ``--jsonl`` one
line per Document, ``--rows LAYER`` flat rows as JSON Lines, ``--csv`` or
``--parquet FILE``, and ``--html`` a page per input to look at in a browser; every record
names its source. Output is UTF-8 whatever the locale.

Exit status: 0 when every input was read, 1 when some could not be (each is named on
standard error and the others are still processed), 2 for a usage error.
"""

from __future__ import annotations

import abc
import argparse
import codecs
import csv
import io
import json
import sys
from collections import deque
from collections.abc import Iterator, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any, TextIO

from tqdm import tqdm

from cryptonews_parse._version import __version__
from cryptonews_parse.corpus import parse_many
from cryptonews_parse.model import Document, Event, RowValue, decimal_text, row_schema
from cryptonews_parse.render import PageWriter

STDIN = "-"
STDIN_SOURCE = "<stdin>"
"""How records name standard input."""
ALL_READ, SOME_UNREADABLE, USAGE = 0, 1, 2
"""The exit statuses."""


def main(argv: Sequence[str] | None = None, out: TextIO | None = None) -> int:
    """Run the command line; returns the exit status.

    Args:
        argv: the arguments (default: ``sys.argv[1:]``).
        out: where to write (default: standard output, switched to UTF-8).

    Returns:
        0 when every input was read, 1 when some could not be; a usage error exits with 2.
    """
    parser = _arguments()
    args = parser.parse_args(argv)
    _check(parser, args)
    stream = _utf8_stdout() if out is None else out
    inputs = _Inputs(args.inputs, args.glob, args.encoding)
    try:
        writer = _writer(args, stream, len(inputs.names))
    except ValueError as exc:  # --html FILE for several inputs
        parser.error(str(exc))
    progress = tqdm(
        total=len(inputs.names),
        file=sys.stderr,
        unit="doc",
        disable=args.quiet or not sys.stderr.isatty(),
    )
    inputs.progress = progress
    try:
        for document in parse_many(inputs.texts(), workers=args.workers or None):
            writer.write(inputs.read.popleft(), document)
            progress.update()
        writer.close()
    except BrokenPipeError:  # "| head" closed the pipe: stop quietly
        sys.stderr.close()
    finally:
        progress.close()
    return SOME_UNREADABLE if inputs.failed else ALL_READ


def _arguments() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="cryptonews-parse",
        description="Print the quantities, entities and events in crypto news articles.",
        epilog="Exit status: 0 all inputs read, 1 some inputs unreadable, 2 usage error.",
    )
    parser.add_argument(
        "inputs", nargs="+", metavar="INPUT", help="files, directories, or '-' for standard input"
    )
    parser.add_argument(
        "--glob", default="*.txt", help="files to read in directories, recursively (*.txt)"
    )
    parser.add_argument("--encoding", default="utf-8", help="encoding of the inputs (utf-8)")
    output = parser.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="one JSON array of all Documents")
    output.add_argument("--jsonl", action="store_true", help="one JSON line per Document")
    output.add_argument(
        "--html", metavar="PATH", help="write an HTML page (PATH/ for one page per input)"
    )
    output.add_argument(
        "--rows",
        choices=("events", "quantities", "entities"),
        help="flat rows of one layer, one per item (JSON Lines unless --csv or --parquet)",
    )
    rows = parser.add_mutually_exclusive_group()
    rows.add_argument("--csv", action="store_true", help="--rows as CSV with a header")
    rows.add_argument(
        "--parquet", metavar="FILE", help="--rows into a Parquet file (needs pyarrow)"
    )
    parser.add_argument("--entities", action="store_true", help="tables: list entity mentions")
    parser.add_argument("--events", action="store_true", help="tables: list market events")
    parser.add_argument(
        "--workers", type=int, default=1, help="processes to parse with; 0 for every core (1)"
    )
    parser.add_argument("--quiet", action="store_true", help="no progress bar")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


def _check(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    """Usage errors that argparse cannot see; each exits with status 2."""
    if (args.csv or args.parquet) and not args.rows:
        parser.error("--csv and --parquet write flat rows: add --rows LAYER")
    if args.workers < 0:
        parser.error(f"--workers must be 0 (every core) or more, not {args.workers}")
    try:
        codecs.lookup(args.encoding)
    except LookupError:
        parser.error(f"unknown encoding {args.encoding!r}")
    if args.parquet:
        try:
            import pyarrow.parquet  # noqa: F401 - only checks that the extra is installed
        except ImportError:
            parser.error("--parquet needs pyarrow: pip install 'cryptonews-parse[arrow]'")


def _utf8_stdout() -> TextIO:
    if isinstance(sys.stdout, io.TextIOWrapper):
        sys.stdout.reconfigure(encoding="utf-8")
    return sys.stdout


class _Inputs:
    """The inputs' names, their texts read lazily, and the names that could not be read."""

    def __init__(self, arguments: Sequence[str], glob: str, encoding: str) -> None:
        self.names: list[str] = []
        self.failed: list[str] = []
        self.read: deque[str] = deque()
        self.progress: tqdm[Any] | None = None
        self._encoding = encoding
        for argument in arguments:
            path = Path(argument)
            if argument != STDIN and path.is_dir():
                found = sorted(str(p) for p in path.rglob(glob) if p.is_file())
                if not found:
                    self._fail(argument, f"no files match {glob!r}")
                self.names.extend(found)
            else:
                self.names.append(argument)

    def texts(self) -> Iterator[str]:
        """The texts of the readable inputs, in order; ``read`` gets each one's name."""
        for name in self.names:
            try:
                data = sys.stdin.buffer.read() if name == STDIN else Path(name).read_bytes()
                text = data.decode(self._encoding)
            except (OSError, UnicodeDecodeError) as exc:
                self._fail(name, str(exc))
                if self.progress is not None:
                    self.progress.update()
                continue
            self.read.append(STDIN_SOURCE if name == STDIN else name)
            yield text

    def _fail(self, name: str, reason: str) -> None:
        print(f"cryptonews-parse: cannot read {name}: {reason}", file=sys.stderr)
        self.failed.append(name)


class _Writer(abc.ABC):
    """Writes one Document at a time in one output format."""

    def __init__(self, args: argparse.Namespace, out: TextIO) -> None:
        self.args = args
        self.out = out

    @abc.abstractmethod
    def write(self, source: str, document: Document) -> None:
        """Write what ``document``, read from ``source``, holds."""

    def close(self) -> None:
        """Finish the output (the end of a JSON array, a Parquet file's footer)."""
        self.out.flush()


class _Tables(_Writer):
    def write(self, source: str, document: Document) -> None:
        _print_tables(source, document, self.args, self.out)


class _JsonLines(_Writer):
    def write(self, source: str, document: Document) -> None:
        record = {"source": source, **document.to_dict()}
        print(json.dumps(record, ensure_ascii=False), file=self.out)


class _JsonArray(_Writer):
    """One JSON array, written as the Documents come, so memory stays flat."""

    count = 0

    def write(self, source: str, document: Document) -> None:
        record = json.dumps({"source": source, **document.to_dict()}, ensure_ascii=False, indent=2)
        self.out.write(("[\n" if self.count == 0 else ",\n") + record)
        self.count += 1

    def close(self) -> None:
        self.out.write("\n]\n" if self.count else "[]\n")
        super().close()


class _RowLines(_Writer):
    def write(self, source: str, document: Document) -> None:
        for row in document.rows(self.args.rows):
            cells = {"source": source, **{k: _json_cell(v) for k, v in row.items()}}
            print(json.dumps(cells, ensure_ascii=False), file=self.out)


class _Csv(_Writer):
    def __init__(self, args: argparse.Namespace, out: TextIO) -> None:
        super().__init__(args, out)
        self.csv = csv.writer(out, lineterminator="\n")
        self.csv.writerow(["source", *row_schema(args.rows)])

    def write(self, source: str, document: Document) -> None:
        for row in document.rows(self.args.rows):
            self.csv.writerow([source, *(_csv_cell(v) for v in row.values())])


class _Parquet(_Writer):
    """Arrow tables of a few hundred Documents at a time, written as one file at the end
    (each batch's decimal columns are widened to fit all of them)."""

    BATCH = 500

    def __init__(self, args: argparse.Namespace, out: TextIO) -> None:
        super().__init__(args, out)
        self.tables: list[Any] = []
        self.batch: list[tuple[str, Document]] = []

    def write(self, source: str, document: Document) -> None:
        self.batch.append((source, document))
        if len(self.batch) >= self.BATCH:
            self._flush()

    def _flush(self) -> None:
        import pyarrow

        from cryptonews_parse.dataframes import to_arrow

        table = to_arrow((document for _, document in self.batch), self.args.rows)
        sources = [self.batch[i][0] for i in table.column("document").to_pylist()]
        self.tables.append(table.set_column(0, "source", pyarrow.array(sources, pyarrow.string())))
        self.batch = []

    def close(self) -> None:
        import pyarrow
        import pyarrow.parquet

        if self.batch or not self.tables:
            self._flush()
        table = pyarrow.concat_tables(self.tables, promote_options="permissive")
        pyarrow.parquet.write_table(table, self.args.parquet)


class _Pages(_Writer):
    """An HTML page per input; prints each page's path."""

    def __init__(self, args: argparse.Namespace, out: TextIO, inputs: int) -> None:
        super().__init__(args, out)
        self.pages = PageWriter(args.html, inputs=inputs)

    def write(self, source: str, document: Document) -> None:
        name = STDIN if source == STDIN_SOURCE else source
        print(self.pages.write(name, document), file=self.out)


def _writer(args: argparse.Namespace, out: TextIO, inputs: int) -> _Writer:
    if args.html:
        return _Pages(args, out, inputs)
    if args.rows:
        kind: type[_Writer] = _Parquet if args.parquet else _Csv if args.csv else _RowLines
    else:
        kind = _JsonArray if args.json else _JsonLines if args.jsonl else _Tables
    return kind(args, out)


def _json_cell(value: RowValue) -> str | int | bool | None:
    return decimal_text(value) if isinstance(value, Decimal) else value


def _csv_cell(value: RowValue) -> str | int:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return decimal_text(value) if isinstance(value, Decimal) else value


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
