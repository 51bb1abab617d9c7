"""Reads a render_html() page back: the text of each mark, the article, links and ids.

Used on the page as written and on the DOM a browser built from it (``--dump-dom``), so
both are checked by one reader. It refuses markup that does not nest (an end tag that
does not close the innermost open element), so a test that reads a page also proves the
page is well formed. Hidden-character chips are read back as the character they show.
"""

from __future__ import annotations

from html.parser import HTMLParser

import attrs

from cryptonews_parse import Document, EntityMention, Quantity

VOID = frozenset({"meta", "br", "hr", "img", "input", "link", "wbr", "area", "base", "col"})


@attrs.define
class Page:
    """What a page holds, as a test needs it."""

    article: str = ""
    marks: dict[str, str] = attrs.Factory(dict)
    """``data-item`` -> the text of all its fragments, in document order."""
    classes: dict[str, str] = attrs.Factory(dict)
    """``data-item`` -> the classes of its first fragment."""
    titles: dict[str, str] = attrs.Factory(dict)
    ids: set[str] = attrs.Factory(set)
    row_links: dict[str, str] = attrs.Factory(dict)
    """Event row id -> the href of the link in its first cell."""
    tags: set[str] = attrs.Factory(set)
    handler_attributes: list[str] = attrs.Factory(list)
    """Any ``on…`` attribute or ``data-pwned`` left by a script, which must never occur."""
    spun_banner: str | None = None


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.page = Page()
        self.stack: list[tuple[str, dict[str, str]]] = []
        self.row: str | None = None

    def _inside(self, key: str, value: str) -> bool:
        return any(value in attributes.get(key, "").split() for _, attributes in self.stack)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {name: value or "" for name, value in attrs}
        page = self.page
        page.tags.add(tag)
        page.handler_attributes += [
            n for n in attributes if n.startswith("on") or n == "data-pwned"
        ]
        if "id" in attributes:
            page.ids.add(attributes["id"])
        if tag == "tr" and attributes.get("id", "").startswith("event-"):
            self.row = attributes["id"]
        if tag == "a" and self.row is not None and self.row not in page.row_links:
            page.row_links[self.row] = attributes.get("href", "")
        item = attributes.get("data-item")
        if item is not None and item not in page.marks:
            page.marks[item] = ""
            page.classes[item] = attributes.get("class", "")
            page.titles[item] = attributes.get("title", "")
        if "hidden-char" in attributes.get("class", "").split() and "data-char" in attributes:
            self._text(chr(int(attributes["data-char"], 16)))
        if tag not in VOID:
            self.stack.append((tag, attributes))

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            return
        assert self.stack, f"</{tag}> closes nothing"
        open_tag, _ = self.stack.pop()
        assert open_tag == tag, f"</{tag}> closes <{open_tag}>: the marks do not nest"
        if tag == "tr":
            self.row = None

    def handle_data(self, data: str) -> None:
        if self._inside("class", "hidden-char"):
            return  # the chip's visible name; its character was read at its start tag
        if self._inside("class", "spun"):
            self.page.spun_banner = (self.page.spun_banner or "") + data
        self._text(data)

    def _text(self, data: str) -> None:
        if not self._inside("class", "article"):
            return
        self.page.article += data
        for _, attributes in self.stack:
            item = attributes.get("data-item")
            if item is not None:
                self.page.marks[item] += data


def read_page(html: str) -> Page:
    """Read ``html``; raises AssertionError when its elements do not nest."""
    reader = _Reader()
    reader.feed(html)
    reader.close()
    assert not reader.stack, f"unclosed elements: {[tag for tag, _ in reader.stack]}"
    return reader.page


def assert_shows(page: Page, doc: Document) -> None:
    """``page`` shows ``doc``: the article as written, each item's mark spelling the item's
    text, and each event's row linking to an existing sentence that spells the event's."""
    assert page.article == doc.text
    spanned: dict[str, tuple[Quantity | EntityMention, ...]] = {
        "quantity": doc.quantities,
        "entity": doc.entities,
    }
    for kind, items in spanned.items():
        for number, item in enumerate(items):
            assert page.marks[f"{kind}-{number}"] == item.text
    assert len(page.row_links) == len(doc.events)
    for number, event in enumerate(doc.events, 1):
        href = page.row_links[f"event-{number}"]
        assert href.startswith("#") and href[1:] in page.ids
        assert page.marks[href[1:]] == event.text
    assert "script" not in page.tags
    assert page.handler_attributes == []


HOSTILE = (
    'Dogecoin <script>document.body.setAttribute("data-pwned", "script")</script> longs lost'
    ' $7.5 million on OKX\u202e in 12 hours & "shorts" lost $2\u200b million.\r\n'
    "<img src=x onerror=\"document.body.setAttribute('data-pwned', 'img')\"> Ether\u200d fell"
    " 3% to $3,100 on Kraken.\x00\ud800 </mark></div><!-- &amp; &#x3C; \u2067\ufeff"
)
"""An article that tries to be markup: tags, handlers, entities, comments, quotes, bidi
overrides and isolates, zero-width characters, NUL, CR and a lone surrogate, some of them
inside a quantity's and an event's span."""
