"""Every event a seed article states is found, and nothing else (tests/golden/events/)."""

from __future__ import annotations

import pytest

from golden_events import SEEDS, golden_types, load, score, seed_events


@pytest.mark.parametrize("event_type", golden_types())
@pytest.mark.parametrize("seed", SEEDS)
def test_seed_events_match_the_golden_table(seed: str, event_type: str) -> None:
    result = score(load(event_type).get(seed, []), seed_events(seed, event_type))
    assert result.missed == (), "stated in the article but not found"
    assert result.invented == (), "found but not stated in the article"
