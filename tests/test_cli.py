"""The ``cryptonews-parse`` command: tables, JSON and JSON Lines agree with parse()."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

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


def test_json_output_is_the_document_dict() -> None:
    """--json prints to_dict() of each file, indented, loadable as JSON."""
    text = SEED.read_text(encoding="utf-8")
    status, output = run(str(SEED), "--json")
    assert status == 0
    assert json.loads(output) == cnp.parse(text).to_dict()
    assert output.startswith("{\n  ")


def test_jsonl_output_has_one_line_per_file() -> None:
    """--jsonl prints one line per file: its name and its Document dict."""
    seeds = sorted(SEEDS.glob("*.txt"))[:2]
    status, output = run(*map(str, seeds), "--jsonl")
    assert status == 0
    lines = output.splitlines()
    assert len(lines) == len(seeds)
    for line, seed in zip(lines, seeds, strict=True):
        record = json.loads(line)
        assert record.pop("file") == str(seed)
        assert record == cnp.parse(seed.read_text(encoding="utf-8")).to_dict()


def test_missing_file_exits_2_with_a_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A file that cannot be read is reported on stderr, status 2; other files still print."""
    missing = tmp_path / "missing.txt"
    status, output = run(str(missing), str(SEED), "--jsonl")
    assert status == 2
    err = capsys.readouterr().err
    assert err.startswith(f"cryptonews-parse: cannot read {missing}: ")
    assert "Traceback" not in err
    assert len(output.splitlines()) == 1


def test_undecodable_file_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A file that is not UTF-8 is an error message, not a traceback."""
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("price \xa3100".encode("latin-1"))
    status, output = run(str(bad))
    assert (status, output) == (2, "")
    assert "cannot read" in capsys.readouterr().err


def test_json_and_jsonl_exclude_each_other(capsys: pytest.CaptureFixture[str]) -> None:
    """Conflicting output options are a usage error (argparse's status 2)."""
    with pytest.raises(SystemExit) as exited:
        main([str(SEED), "--json", "--jsonl"], out=io.StringIO())
    assert exited.value.code == 2
    assert "not allowed with" in capsys.readouterr().err


def test_module_entry_point_runs_as_a_process(tmp_path: Path) -> None:
    """``python -m cryptonews_parse`` prints JSON Lines and fails cleanly on a missing file."""
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
    assert failed.returncode == 2
    assert failed.stdout == ""
    assert f"cannot read {missing}" in failed.stderr
    assert "Traceback" not in failed.stderr
