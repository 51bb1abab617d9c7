"""The ``cryptonews-parse`` command: tables, JSON and JSON Lines agree with parse()."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import cryptonews_parse as cnp
from cryptonews_parse.cli import main
from cryptonews_parse.model import decimal_text

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
SEED = SEEDS / "000_1b137cfd7072e22f.txt"


def run(*args: str) -> tuple[int, str]:
    """Run main() with ``args``; return its status and what it printed."""
    out = io.StringIO()
    status = main(list(args), out=out)
    return status, out.getvalue()


def table_rows(block: str) -> list[dict[str, str]]:
    """The rows of a printed table, cut at the columns its header line sets."""
    header, *lines = block.splitlines()
    names = header.split()
    starts = [header.index(f"{name}") for name in names]
    rows = []
    for line in lines:
        cells = [
            line[start:end].strip()
            for start, end in zip(starts, [*starts[1:], len(line)], strict=True)
        ]
        rows.append(dict(zip(names, cells, strict=True)))
    return rows


def test_table_lists_every_quantity() -> None:
    """The default table has one row per quantity: span, kind, value, unit, qualifiers, text."""
    text = SEED.read_text(encoding="utf-8")
    quantities = cnp.parse(text).quantities
    status, output = run(str(SEED))
    assert status == 0
    title, table = output.split("\n", 1)
    assert title == f"{SEED}: {len(quantities)} quantities"
    rows = table_rows(table.rstrip("\n"))
    assert len(rows) == len(quantities) > 0
    for row, q in zip(rows, quantities, strict=True):
        assert row["span"] == f"{q.span.start}-{q.span.end}"
        assert row["kind"] == q.kind
        if q.value is not None:
            assert row["value"] == decimal_text(q.value)
        else:
            assert q.low is not None and q.high is not None
            assert row["value"] == f"{decimal_text(q.low)}..{decimal_text(q.high)}"
        assert row["unit"] == (q.unit or "")
        assert ("approx" in row["qualifiers"]) == q.approx
        assert row["text"] == q.text


def test_entities_table() -> None:
    """--entities adds a table of mention spans, ids and texts after the quantities."""
    text = SEED.read_text(encoding="utf-8")
    entities = cnp.parse(text).entities
    status, output = run(str(SEED), "--entities")
    assert status == 0
    _, after = output.split(f"\n\n{len(entities)} entity mentions\n", 1)
    rows = table_rows(after.rstrip("\n"))
    assert [(r["span"], r["id"], r["text"]) for r in rows] == [
        (f"{e.span.start}-{e.span.end}", e.id, e.text) for e in entities
    ]
    assert len(rows) > 0


def test_events_table() -> None:
    """--events adds a table of event spans, types and flat keys after the quantities."""
    text = SEED.read_text(encoding="utf-8")
    events = cnp.parse(text).events
    status, output = run(str(SEED), "--events")
    assert status == 0
    _, after = output.split(f"\n\n{len(events)} events\n", 1)
    rows = table_rows(after.rstrip("\n"))
    assert len(rows) == len(events) > 0
    for row, event in zip(rows, events, strict=True):
        assert row["span"] == f"{event.span.start}-{event.span.end}"
        assert row["type"] == event.type
        assert row["window"] == (event.window or "")
        assert row["scope"] == (event.scope or "")


def test_json_output_is_one_array_naming_each_source() -> None:
    """--json writes one valid JSON array for any number of inputs, each naming its source."""
    seeds = sorted(SEEDS.glob("*.txt"))[:3]
    status, output = run(*map(str, seeds), "--json")
    assert status == 0
    records = json.loads(output)
    assert [r.pop("source") for r in records] == list(map(str, seeds))
    assert records == [cnp.parse(s.read_text(encoding="utf-8")).to_dict() for s in seeds]
    assert cnp.Document.from_dict(records[0]) == cnp.parse(seeds[0].read_text(encoding="utf-8"))


def test_json_output_of_one_input_is_still_an_array() -> None:
    """One input gives an array of one: the shape does not depend on the count."""
    status, output = run(str(SEED), "--json")
    assert status == 0
    assert [r["source"] for r in json.loads(output)] == [str(SEED)]


def test_jsonl_output_has_one_line_per_document_naming_its_source() -> None:
    """--jsonl prints one line per input: its source and its Document dict."""
    seeds = sorted(SEEDS.glob("*.txt"))[:2]
    status, output = run(*map(str, seeds), "--jsonl", "--workers", "2")
    assert status == 0
    lines = output.splitlines()
    assert len(lines) == len(seeds)
    for line, seed in zip(lines, seeds, strict=True):
        record = json.loads(line)
        assert record.pop("source") == str(seed)
        assert record == cnp.parse(seed.read_text(encoding="utf-8")).to_dict()


def write_corpus(folder: Path) -> dict[str, str]:
    """A nested folder of articles (and a file the glob leaves out); path -> text."""
    texts = {
        folder / "a.txt": "Bybit saw $12.5 million of longs liquidated in one hour.",
        folder / "deep" / "b.txt": "BTC fell 3.1% to $61,200 on Binance.",
        folder / "deep" / "deeper" / "c.txt": "Ether ETFs drew $44 million of inflows.",
    }
    for path, text in texts.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    (folder / "notes.md").write_text("$1 billion", encoding="utf-8")
    return {str(path): text for path, text in sorted(texts.items())}


def test_directories_are_read_recursively_by_glob(tmp_path: Path) -> None:
    """A directory stands for its files matching --glob, in sorted order, at any depth."""
    texts = write_corpus(tmp_path)
    status, output = run(str(tmp_path), "--jsonl")
    assert status == 0
    assert [json.loads(line)["source"] for line in output.splitlines()] == list(texts)
    status, output = run(str(tmp_path), "--jsonl", "--glob", "*.md")
    assert [json.loads(line)["source"] for line in output.splitlines()] == [
        str(tmp_path / "notes.md")
    ]


@pytest.mark.parametrize("layer", ["events", "quantities", "entities"])
def test_rows_as_json_lines(tmp_path: Path, layer: str) -> None:
    """--rows LAYER writes one flat JSON line per item, source first, amounts as strings."""
    texts = write_corpus(tmp_path)
    status, output = run(str(tmp_path), "--rows", layer)
    assert status == 0
    expected = [
        {
            "source": source,
            **{k: decimal_text(v) if isinstance(v, Decimal) else v for k, v in row.items()},
        }
        for source, text in texts.items()
        for row in cnp.parse(text).rows(layer)  # type: ignore[arg-type]
    ]
    assert [json.loads(line) for line in output.splitlines()] == expected
    assert expected


def test_rows_as_csv(tmp_path: Path) -> None:
    """--rows events --csv writes a header and one row per event, every value exact."""
    texts = write_corpus(tmp_path)
    status, output = run(str(tmp_path), "--rows", "events", "--csv")
    assert status == 0
    records = list(csv.DictReader(io.StringIO(output)))
    expected = [(s, row) for s, text in texts.items() for row in cnp.parse(text).rows("events")]
    assert len(records) == len(expected) > 0
    for record, (source, row) in zip(records, expected, strict=True):
        assert record["source"] == source
        assert record["type"] == row["type"]
        amount = row["amount"]
        assert record["amount"] == ("" if amount is None else decimal_text(amount))  # type: ignore[arg-type]


def test_rows_into_parquet(tmp_path: Path) -> None:
    """--rows events --parquet FILE writes the rows with decimal amounts and their sources."""
    texts = write_corpus(tmp_path / "in")
    out = tmp_path / "events.parquet"
    status, output = run(str(tmp_path / "in"), "--rows", "events", "--parquet", str(out))
    assert (status, output) == (0, "")
    table = pq.read_table(out)
    assert pa.types.is_decimal(table.schema.field("amount").type)
    expected = [
        (source, row["type"], row["amount"])
        for source, text in texts.items()
        for row in cnp.parse(text).rows("events")
    ]
    rows = table.to_pylist()
    assert [(r["source"], r["type"], r["amount"]) for r in rows] == expected
    assert expected


@pytest.mark.parametrize(
    "args",
    [["--csv"], ["--parquet", "out.parquet"], ["--json", "--jsonl"], ["--workers", "-1"]],
    ids=["csv-without-rows", "parquet-without-rows", "json-and-jsonl", "negative-workers"],
)
def test_usage_errors_exit_2(args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    """Options that do not go together are a usage error: status 2 and a message."""
    with pytest.raises(SystemExit) as exited:
        main([str(SEED), *args], out=io.StringIO())
    assert exited.value.code == 2
    assert "error:" in capsys.readouterr().err


def test_unknown_encoding_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    """--encoding with a codec Python does not know exits 2."""
    with pytest.raises(SystemExit) as exited:
        main([str(SEED), "--encoding", "no-such-codec"], out=io.StringIO())
    assert exited.value.code == 2
    assert "no-such-codec" in capsys.readouterr().err


def test_unreadable_inputs_are_named_and_the_rest_processed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Missing files, undecodable files and empty folders are reported; the status is 1."""
    missing = tmp_path / "missing.txt"
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("price \xa3100".encode("latin-1"))
    empty = tmp_path / "empty"
    empty.mkdir()
    inputs = [str(missing), str(SEED), str(bad), str(empty)]
    status, output = run(*inputs, "--jsonl")
    assert status == 1
    err = capsys.readouterr().err
    for name in (missing, bad, empty):
        assert f"cryptonews-parse: cannot read {name}: " in err
    assert "Traceback" not in err
    assert [json.loads(line)["source"] for line in output.splitlines()] == [str(SEED)]


def test_encoding_option_reads_other_encodings(tmp_path: Path) -> None:
    """--encoding latin-1 reads a Latin-1 file that UTF-8 cannot."""
    latin = tmp_path / "latin1.txt"
    latin.write_bytes("Le bitcoin a perdu 4 % \xe0 60 000 $; fees \xa3100.".encode("latin-1"))
    status, output = run(str(latin), "--jsonl", "--encoding", "latin-1")
    assert status == 0
    assert json.loads(output)["text"] == latin.read_text(encoding="latin-1")


class TerminalStderr(io.StringIO):
    """A standard error that says it is a terminal."""

    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(
    ("tty", "quiet", "shown"), [(True, False, True), (True, True, False), (False, False, False)]
)
def test_progress_bar_only_on_a_terminal_and_not_quiet(
    tty: bool, quiet: bool, shown: bool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The progress bar goes to standard error when it is a terminal, unless --quiet."""
    write_corpus(tmp_path)
    stderr = TerminalStderr() if tty else io.StringIO()
    monkeypatch.setattr(sys, "stderr", stderr)
    status, _ = run(str(tmp_path), "--jsonl", *(["--quiet"] if quiet else []))
    assert status == 0
    assert ("3/3" in stderr.getvalue()) == shown


def test_stdin_and_ascii_locale_give_utf8_output() -> None:
    """'-' reads standard input; output is UTF-8 even when the locale's encoding is ASCII."""
    text = "Bitcoin fell 4% — to €58,000 — as longs lost $9 million."
    done = subprocess.run(
        [sys.executable, "-m", "cryptonews_parse", "--json", "-"],
        input=text.encode("utf-8"),
        capture_output=True,
        env={**os.environ, "PYTHONIOENCODING": "ascii", "LC_ALL": "C"},
        check=False,
        timeout=60,
    )
    assert (done.returncode, done.stderr) == (0, b"")
    records = json.loads(done.stdout.decode("utf-8"))
    assert records[0]["source"] == "<stdin>"
    assert cnp.Document.from_dict(records[0]) == cnp.parse(text)


def test_module_entry_point_runs_as_a_process(tmp_path: Path) -> None:
    """``python -m cryptonews_parse`` prints JSON Lines; a missing file gives status 1."""
    ok = subprocess.run(
        [sys.executable, "-m", "cryptonews_parse", "--jsonl", str(SEED)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
        timeout=60,
    )
    assert (ok.returncode, ok.stderr) == (0, "")
    record = json.loads(ok.stdout)
    assert (
        record["quantities"] == cnp.parse(SEED.read_text(encoding="utf-8")).to_dict()["quantities"]
    )
    missing = tmp_path / "missing.txt"
    failed = subprocess.run(
        [sys.executable, "-m", "cryptonews_parse", str(missing)],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert failed.returncode == 1
    assert failed.stdout == ""
    assert f"cannot read {missing}" in failed.stderr
    assert "Traceback" not in failed.stderr
