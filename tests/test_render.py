"""render_html(): every item marked at its span, marks nested, the article inert as data.

These tests read the page as written; test_render_browser.py reads what Chromium built.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import ClassVar

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import cryptonews_parse as cnp
from cryptonews_parse import (
    Document,
    EntityMention,
    EntityType,
    Event,
    EventType,
    Kind,
    Liquidation,
    Quantity,
    Span,
)
from cryptonews_parse.cli import main
from cryptonews_parse.model import JSONValue
from page_reader import HOSTILE, assert_shows, read_page

SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))
ALLOWED_TAGS = {"html", "head", "meta", "title", "style", "body", "header", "main", "h1", "h2"}
ALLOWED_TAGS |= {"p", "b", "div", "span", "mark", "table", "thead", "tbody", "tr", "th", "td"}
ALLOWED_TAGS |= {"a", "br", "ul", "li"}


@pytest.mark.parametrize("seed", SEEDS, ids=lambda path: path.stem)
def test_seed_page_marks_every_item(seed: Path) -> None:
    """Each seed's page spells every quantity, entity and event sentence at its mark."""
    doc = cnp.parse(seed.read_text(encoding="utf-8"))
    assert doc.quantities and doc.entities and doc.events
    assert_shows(read_page(cnp.render_html(doc)), doc)


def test_marks_carry_their_reading() -> None:
    """A quantity's hover and print label is its kind, value and unit; an entity's its id."""
    doc = cnp.parse("Over $342 million in BTC longs were liquidated on Binance.")
    page = read_page(cnp.render_html(doc))
    assert page.titles["quantity-0"] == "money: over 342000000 USD"
    assert page.titles["entity-0"] == "asset:BTC"
    assert "entity-asset" in page.classes["entity-0"].split()
    assert page.titles["sentence-1"].startswith("event 1: liquidation 342000000 USD")


def test_entity_inside_quantity_nests() -> None:
    """'2.5k BTC' is a quantity holding an entity: the entity's mark sits inside."""
    doc = cnp.parse("Traders moved 2.5k BTC to Coinbase.")
    page = cnp.render_html(doc)
    (btc,) = (i for i, e in enumerate(doc.entities) if e.id == "asset:BTC")
    assert f'2.5k <mark class="entity entity-asset" id="entity-{btc}"' in page
    assert_shows(read_page(page), doc)


def test_crossing_marks_are_split_and_reopened() -> None:
    """Marks that cross are cut where the outer one closes, and every fragment of an item
    carries its data-item, so the fragments still spell the item."""
    text = "aaa bbb ccc ddd"
    doc = Document(
        text=text,
        entities=(_entity(text, 0, 7),),
        quantities=(_quantity(text, 4, 11),),
        events=(Liquidation(text=text[2:13], span=Span(2, 13)),),
    )
    page = cnp.render_html(doc)
    assert 'class="quantity cont"' in page
    assert_shows(read_page(page), doc)


@st.composite
def documents(draw: st.DrawFn) -> Document:
    """Short texts with items at arbitrary, often overlapping spans."""
    text = draw(st.text(min_size=1, max_size=30))
    spans = st.tuples(st.integers(0, len(text)), st.integers(0, len(text))).map(sorted)
    entities = [_entity(text, a, b) for a, b in draw(st.lists(spans, max_size=4))]
    quantities = [_quantity(text, a, b) for a, b in draw(st.lists(spans, max_size=4))]
    events = [
        Liquidation(text=text[a:b], span=Span(a, b)) for a, b in draw(st.lists(spans, max_size=3))
    ]
    return Document(
        text=text, entities=tuple(entities), quantities=tuple(quantities), events=tuple(events)
    )


@given(documents())
def test_any_overlap_nests_and_spells_each_item(doc: Document) -> None:
    """Whatever the spans (nested, crossing, equal, empty) and the text, the markup nests
    and each item's fragments spell its text."""
    assert_shows(read_page(cnp.render_html(doc)), doc)


def test_hostile_text_is_data() -> None:
    """Tags, handlers, entities, quotes, bidi and zero-width characters come out escaped and
    inert: no element but the page's own, no handler, no raw control character."""
    doc = cnp.parse(HOSTILE)
    page = cnp.render_html(doc)
    read = read_page(page)
    assert_shows(read, doc)
    assert read.tags <= ALLOWED_TAGS
    assert not any(char in page for char in "\u202e\u200b\u200d\u2067\ufeff\x00\r")
    page.encode("utf-8")  # no lone surrogate left
    assert "U+202E" in page and "U+D800" in page


def test_layers_choose_what_is_marked() -> None:
    """Only the chosen layers are marked; the events table comes with the events layer."""
    doc = cnp.parse("Over $342 million in BTC longs were liquidated on Binance.")
    page = read_page(cnp.render_html(doc, layers=("entities",)))
    assert set(page.marks) == {f"entity-{i}" for i in range(len(doc.entities))}
    assert page.row_links == {}
    with pytest.raises(ValueError, match="unknown layers"):
        cnp.render_html(doc, layers=("figures",))  # type: ignore[arg-type]  # unknown on purpose


@attrs.frozen(kw_only=True)
class _Transfer(Event):
    """An event type this module has never seen, with type-specific keys of its own."""

    type: ClassVar[EventType] = "transfer"  # type: ignore[assignment]  # not in the enum yet
    moved: Quantity | None = None

    def details(self) -> dict[str, JSONValue]:
        return {
            "from": "unknown wallet",
            "moved": None if self.moved is None else self.moved.to_dict(),
        }


def test_new_event_type_renders_from_its_dict() -> None:
    """The table reads events through to_dict(): a new type, its flat keys and its own
    details show without an edit to the renderer."""
    text = "A whale moved 1,000 BTC to Kraken."
    doc = cnp.parse(text)
    moved = next(q for q in doc.quantities if q.unit == "BTC")
    transfer = _Transfer(
        text=text, span=Span(0, len(text)), amount=moved, venue="venue:kraken", moved=moved
    )
    doc = attrs.evolve(doc, events=(transfer,))
    page = cnp.render_html(doc)
    assert_shows(read_page(page), doc)
    row = page[page.index('<tr id="event-1">') :]
    row = row[: row.index("</tr>")]
    assert "<td>transfer</td>" in row and "<td>venue:kraken</td>" in row
    assert (
        "1000 BTC" in row and "from: unknown wallet" in row and "moved: 1,000 BTC (1000 BTC)" in row
    )


def test_spun_document_says_so() -> None:
    """A document read as spun says so, naming the spinner family; others do not."""
    doc = cnp.parse("Longs lost $5 million.")
    spun = attrs.evolve(doc, spun="family-x")
    assert read_page(cnp.render_html(doc)).spun_banner is None
    banner = read_page(cnp.render_html(spun)).spun_banner
    assert banner is not None and "synonym-spun" in banner and "family-x" in banner


def test_spun_words_show_what_they_were_read_as() -> None:
    """Each word a spinner replaced is listed once with its reading."""
    text = "Agelong positions driblet arsenic the azygous seller exits connected Kraken."
    doc = cnp.parse(text)
    assert doc.spun == "wordnet"
    assert ("Agelong", "Long") in [(w.text, w.read_as) for w in doc.spun_words]
    assert all(text[w.span.start : w.span.end] == w.text for w in doc.spun_words)
    banner = read_page(cnp.render_html(doc)).spun_banner
    assert banner is not None and "Agelong" in banner and "read as" in banner


def test_cli_writes_one_page(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``--html OUT.html FILE`` writes the page of FILE and prints its path."""
    out = tmp_path / "page.html"
    assert main(["--html", str(out), str(SEEDS[0])]) == 0
    assert capsys.readouterr().out == f"{out}\n"
    assert_shows(read_page(out.read_text("utf-8")), cnp.parse(SEEDS[0].read_text("utf-8")))


def test_cli_writes_a_page_per_input(tmp_path: Path) -> None:
    """``--html DIR/`` writes one page per input, named after it, numbered when names agree."""
    twin = tmp_path / "other" / SEEDS[0].name
    twin.parent.mkdir()
    twin.write_text(SEEDS[1].read_text("utf-8"), "utf-8")
    folder = tmp_path / "pages"
    assert main(["--html", f"{folder}/", str(SEEDS[0]), str(twin), str(SEEDS[2])]) == 0
    stem0, stem2 = SEEDS[0].stem, SEEDS[2].stem
    names = sorted(p.name for p in folder.iterdir())
    assert names == sorted([f"{stem0}.html", f"{stem0}-2.html", f"{stem2}.html"])
    for page, source in ((f"{stem0}-2.html", SEEDS[1]), (f"{stem2}.html", SEEDS[2])):
        doc = cnp.parse(source.read_text("utf-8"))
        assert_shows(read_page((folder / page).read_text("utf-8")), doc)


def test_cli_refuses_several_inputs_for_one_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Several inputs to one page file is a usage error that says to use a folder."""
    with pytest.raises(SystemExit) as exit_info:
        main(["--html", str(tmp_path / "one.html"), str(SEEDS[0]), str(SEEDS[1])])
    assert exit_info.value.code == 2
    assert "need a folder" in capsys.readouterr().err


def _entity(text: str, start: int, end: int) -> EntityMention:
    return EntityMention(
        text=text[start:end], span=Span(start, end), id="asset:X", type=EntityType.ASSET
    )


def _quantity(text: str, start: int, end: int) -> Quantity:
    return Quantity(text=text[start:end], span=Span(start, end), kind=Kind.COUNT, value=Decimal(1))
