"""The documentation site builds with ``mkdocs build --strict``, API reference included."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_site_builds_strictly_with_an_api_reference(tmp_path: Path) -> None:
    """No warning (broken link, unknown reference); docstrings render, examples as code."""
    site = tmp_path / "site"
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        check=False,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    api = (site / "api" / "index.html").read_text(encoding="utf-8")
    for anchor in (
        "corpus.parse_many",
        "model.Document.from_json",
        "model.Document.rows",
        "dataframes.to_arrow",
        "entities.registry.default_registry",
    ):
        assert f'id="cryptonews_parse.{anchor}"' in api, anchor
    assert "Parse every text of a corpus" in api  # parse_many's docstring
    assert "<blockquote>" not in api  # doctest examples are fenced as code, not quoted
    for page in ("corpora", "speed"):
        assert (site / page / "index.html").is_file()
