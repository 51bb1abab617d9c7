"""The discourse context a sentence hands on: a renewed context keeps every field the
sentence does not change (the context is built whole, field by field, for speed, so a
field added to ``Context`` must be added there too)."""

from __future__ import annotations

from typing import Any

from cryptonews_parse.events import discourse
from cryptonews_parse.events.roles import Context
from cryptonews_parse.model import EventType

_GIVEN = (
    "topic", "topic_direction", "domain", "subject", "window", "topic_asset", "last_price",
    "last_venue", "prices",
)  # fmt: skip
"""The fields ``_renewed`` takes, in its order."""


def test_a_renewed_context_keeps_every_field_it_is_not_given() -> None:
    marks: dict[str, Any] = {name: object() for name in Context._fields}
    before = Context(**marks)
    after = discourse._renewed(
        before, EventType.ETF_FLOW, "in", "exchange", (), "PT1H", None, None, None, ()
    )
    for name in set(Context._fields) - set(_GIVEN):
        assert getattr(after, name) is marks[name], name
    assert [getattr(after, name) for name in _GIVEN] == [
        EventType.ETF_FLOW, "in", "exchange", (), "PT1H", None, None, None, ()
    ]  # fmt: skip


def test_a_context_nothing_changes_is_handed_on_as_it_is() -> None:
    marks: dict[str, Any] = {name: object() for name in Context._fields}
    before = Context(**marks)
    assert discourse._renewed(before, *[getattr(before, name) for name in _GIVEN]) is before
