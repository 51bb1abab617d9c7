"""Spun text: recognise synonym-spun documents, tell which spinner family wrote them, and read
them as they were meant.

Mirror sites run articles through synonym spinners, and spinners differ: seed 002's writes
"agelong" for long, "successful" for in and "cardinal" for both million and billion; another
writes "lengthy" for long, "internet outflows" for net outflows and "excessive" for high.

- :mod:`~cryptonews_parse.spin.family`: one family's table (``data/spin/<family>.toml``);
- :mod:`~cryptonews_parse.spin.detect`: which family, if any, by its marker words;
- :mod:`~cryptonews_parse.spin.read`: the de-spun text and its offset map;
- :mod:`~cryptonews_parse.spin.cardinals`: million or billion for "cardinal", from context.

docs/spun-text.md describes the scheme and its limits.
"""

from __future__ import annotations

from cryptonews_parse.spin.cardinals import CardinalRules
from cryptonews_parse.spin.detect import Families, shipped
from cryptonews_parse.spin.family import Family
from cryptonews_parse.spin.read import (
    Despun,
    despin,
    despin_if_spun,
    detect,
    family,
    is_spun,
    resolve_cardinals,
)

__all__ = [
    "CardinalRules",
    "Despun",
    "Families",
    "Family",
    "despin",
    "despin_if_spun",
    "detect",
    "family",
    "is_spun",
    "resolve_cardinals",
    "shipped",
]
