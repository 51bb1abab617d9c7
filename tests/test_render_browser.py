"""render_html() pages in a real browser: headless Chromium (Debian's package) builds the DOM.

Chromium loads each page from a file and prints the DOM it built (``--dump-dom``), which
page_reader reads back: each mark spells its item, each event row links to an existing
sentence, and no script ran. Where no Chromium is installed the tests are skipped with that
reason, except under CI (``CI`` set), where .ci/run installs it and its absence fails.
"""

from __future__ import annotations

import os
import re
import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import pytest

import cryptonews_parse as cnp
from page_reader import HOSTILE, assert_shows, read_page

SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))
NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
# No network, no first-run or background work: the page is the only thing loaded.
FLAGS = (
    "--headless",
    "--no-sandbox",  # CI runs as root, where Chromium's sandbox refuses to start
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
    "--virtual-time-budget=2000",  # let a load or error handler fire before the dump
)


@pytest.fixture(scope="module")
def chromium() -> str:
    """The browser's path: CNP_CHROMIUM, else the first of NAMES on PATH."""
    found = os.environ.get("CNP_CHROMIUM") or next(filter(None, map(shutil.which, NAMES)), None)
    if found is None:
        reason = "no Chromium on PATH (Debian: apt-get install chromium)"
        if os.environ.get("CI"):
            pytest.fail(f"{reason}; .ci/run installs it, so under CI this is an error")
        pytest.skip(f"{reason}: the browser tests did not run")
    return found


@pytest.fixture
def browse(chromium: str, tmp_path: Path) -> BrowserRun:
    """Runs Chromium on pages written to a temporary folder."""
    return BrowserRun(chromium, tmp_path)


class BrowserRun:
    """One Chromium profile in a temporary folder, used for several pages in turn."""

    def __init__(self, chromium: str, folder: Path) -> None:
        self.chromium = chromium
        self.folder = folder
        self.pages = 0

    def _run(self, html: str, *arguments: str) -> bytes:
        self.pages += 1
        page = self.folder / f"page{self.pages}.html"
        page.write_text(html, encoding="utf-8")
        profile = f"--user-data-dir={self.folder / 'profile'}"
        done = subprocess.run(
            [self.chromium, *FLAGS, profile, *arguments, page.as_uri()],
            capture_output=True,
            timeout=120,
            check=False,
        )
        assert done.returncode == 0, done.stderr.decode(errors="replace")[-2000:]
        return done.stdout

    def dom(self, html: str) -> str:
        """The DOM Chromium built from ``html``, serialised after load."""
        return self._run(html, "--dump-dom").decode("utf-8")

    def screenshot(self, html: str) -> bytes:
        """A 1200x1600 PNG of ``html``."""
        target = self.folder / f"shot{self.pages + 1}.png"
        self._run(html, f"--screenshot={target}", "--window-size=1200,1600")
        return target.read_bytes()


@pytest.mark.parametrize("seed", SEEDS, ids=lambda path: path.stem)
def test_browser_dom_shows_every_item(browse: BrowserRun, seed: Path) -> None:
    """In Chromium's DOM each mark spells its item and each event row links to its sentence."""
    doc = cnp.parse(seed.read_text(encoding="utf-8"))
    assert doc.events
    assert_shows(read_page(browse.dom(cnp.render_html(doc))), doc)


def test_browser_runs_no_script_from_hostile_text(browse: BrowserRun) -> None:
    """Hostile text stays text in the browser even without the page's Content-Security-
    Policy: escaping alone keeps scripts and handlers from existing, let alone running."""
    doc = cnp.parse(HOSTILE)
    page = _without_csp(cnp.render_html(doc))
    read = read_page(browse.dom(page))
    assert_shows(read, doc)
    assert "img" not in read.tags


def test_browser_would_show_a_script_that_ran(browse: BrowserRun) -> None:
    """The check above can fail: the same payload written raw does run and mark the DOM."""
    writable = HOSTILE.encode("utf-8", "replace").decode("utf-8")  # no lone surrogate
    raw = f"<!DOCTYPE html><html><body><div>{writable}</div></body></html>"
    assert "data-pwned" in browse.dom(raw)


@pytest.mark.parametrize("seed", SEEDS, ids=lambda path: path.stem)
def test_browser_screenshot_of_seed_is_drawn(browse: BrowserRun, seed: Path) -> None:
    """Each seed's page renders to a 1200x1600 PNG that is not one flat colour."""
    png = browse.screenshot(cnp.render_html(cnp.parse(seed.read_text(encoding="utf-8"))))
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    width, height = struct.unpack(">II", png[16:24])
    assert (width, height) == (1200, 1600)
    assert len(set(_pixel_rows(png))) > 50  # text, marks and table draw many distinct rows


def _pixel_rows(png: bytes) -> list[bytes]:
    """The PNG's scanlines (filter byte included), enough to tell a blank page from a page."""
    data, pos = b"", 8
    while pos < len(png):
        (length,) = struct.unpack(">I", png[pos : pos + 4])
        if png[pos + 4 : pos + 8] == b"IDAT":
            data += png[pos + 8 : pos + 8 + length]
        pos += 12 + length
    width, _, depth, colour = struct.unpack(">IIBB", png[16:26])
    channels = {2: 3, 6: 4, 0: 1, 4: 2}[colour]
    stride = 1 + width * channels * depth // 8
    pixels = zlib.decompress(data)
    return [pixels[i : i + stride] for i in range(0, len(pixels), stride)]


def _without_csp(page: str) -> str:
    stripped, count = re.subn(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", page)
    assert count == 1
    return stripped
