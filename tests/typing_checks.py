"""Static checks of the public signatures: mypy reads this file, pytest never runs it."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import assert_type

import cryptonews_parse as cnp


def public_signatures() -> None:
    """The types a caller's checker sees for the corpus API of issue 11."""
    doc = cnp.parse("BTC fell 4%.", registry=cnp.default_registry())
    assert_type(doc, cnp.Document)
    assert_type(cnp.parse_many(["a", "b"], workers=2, chunksize=8), Iterator[cnp.Document])
    assert_type(doc.rows("events"), list[dict[str, cnp.RowValue]])
    assert_type(cnp.Document.from_json(doc.to_json()), cnp.Document)
    assert_type(cnp.Document.from_dict(doc.to_dict()), cnp.Document)
    assert_type(doc.to_dict(), dict[str, cnp.JSONValue])
    assert_type(cnp.default_registry().get("asset:BTC"), cnp.Entry)
    cell: cnp.RowValue = Decimal("1.5")
    layer: cnp.Layer = "quantities"
    assert_type(doc.rows(layer)[0].get("value", cell), cnp.RowValue)
