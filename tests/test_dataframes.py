"""Dataframes: Arrow decimals (never floats), pandas, the Dask recipe and the Spark function."""

from __future__ import annotations

import functools
from decimal import Decimal
from pathlib import Path

import dask.bag as db
import dask.dataframe as dd
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from dask.distributed import Client, LocalCluster

import cryptonews_parse as cnp
from cryptonews_parse.dataframes import (
    SHARED_DECIMAL,
    arrow_schema,
    parse_frame,
    parse_frames,
    spark_schema,
)
from cryptonews_parse.model import Layer, row_schema

TEXTS = [
    "Longs worth $41.2 million were liquidated on Bybit in the past 12 hours.",
    "Solana (SOL) slipped 6.5% to $131.40 while funding hit 0.0125%.",
    "Nothing to read here.",
    "Spot ether ETFs drew $58 million of net inflows; ETHA took $31.7 million.",
]
LAYERS: tuple[Layer, ...] = ("events", "quantities", "entities")


def documents() -> list[cnp.Document]:
    """The four texts parsed."""
    return [cnp.parse(text) for text in TEXTS]


@pytest.mark.parametrize("layer", LAYERS)
def test_arrow_table_has_one_row_per_item_and_no_floats(layer: Layer) -> None:
    """Rows in order with their document's position; amounts are decimals, no column a float."""
    docs = documents()
    table = cnp.to_arrow(docs, layer)
    assert table.column_names == ["document", *row_schema(layer)]
    expected = [(i, row) for i, doc in enumerate(docs) for row in doc.rows(layer)]
    assert table.num_rows == len(expected) > 0
    assert [r.pop("document") for r in table.to_pylist()] == [i for i, _ in expected]
    assert table.drop_columns("document").to_pylist() == [row for _, row in expected]
    for field in table.schema:
        assert not pa.types.is_floating(field.type), field
        if row_schema(layer).get(field.name) is Decimal:
            assert pa.types.is_decimal(field.type), field


def test_decimal_columns_fit_their_values_exactly() -> None:
    """Each decimal column gets the scale of its finest value and room for its largest."""
    docs = [cnp.parse("Fees were 0.00012 BTC on $1.5 trillion of volume.")]
    column = cnp.to_arrow(docs, "quantities").column("value")
    assert column.type == pa.decimal128(18, 5)
    assert column.to_pylist() == [Decimal("0.00012"), Decimal("1500000000000")]


def test_columns_past_38_digits_use_decimal256() -> None:
    """A column whose values need more than 38 digits together is kept whole in decimal256."""
    values = [Decimal("1234567890123456789012345678"), Decimal("0.000000000000000000042")]
    quantities = tuple(
        cnp.Quantity(text="x", span=cnp.Span(0, 1), kind=cnp.Kind.MONEY, value=v, unit="USD")
        for v in values
    )
    column = cnp.to_arrow([cnp.Document(text="x", quantities=quantities)], "quantities")["value"]
    assert column.type == pa.decimal256(28 + 21, 21)
    assert column.to_pylist() == values


def test_shared_decimals_give_one_schema_for_every_batch() -> None:
    """With ``decimals=SHARED_DECIMAL`` two different batches have the same schema."""
    first = cnp.to_arrow(documents()[:1], "events", decimals=SHARED_DECIMAL)
    second = cnp.to_arrow(documents()[1:], "events", decimals=SHARED_DECIMAL)
    assert first.schema == second.schema
    assert first.schema.remove(0) == arrow_schema("events")
    assert arrow_schema("events").field("amount").type == pa.decimal128(*SHARED_DECIMAL)


def test_pandas_frame_keeps_decimals() -> None:
    """``to_pandas`` holds Decimal objects, not floats, in amount columns."""
    frame = cnp.to_pandas(documents(), "quantities")
    values = [v for v in frame["value"] if v is not None]
    assert values and all(type(v) is Decimal for v in values)
    assert values[0] == Decimal("41200000")
    assert list(frame["document"]) == [i for i, d in enumerate(documents()) for _ in d.quantities]


def test_empty_input_gives_an_empty_table_with_the_schema() -> None:
    """No Documents: zero rows, every column typed."""
    table = cnp.to_arrow([], "events")
    assert (table.num_rows, table.column_names) == (0, ["document", *row_schema("events")])


def test_parse_frame_keys_rows_by_the_article_column() -> None:
    """Rows name their article by the key column; a text with nothing gives no rows."""
    frame = pd.DataFrame({"article_id": ["a", "b", "c", "d"], "text": TEXTS})
    rows = parse_frame(frame, "quantities")
    expected = [(k, q.text) for k, d in zip("abcd", documents(), strict=True) for q in d.quantities]
    assert list(zip(rows["article_id"], rows["text"], strict=True)) == expected
    assert all(type(v) is Decimal for v in rows["value"] if v is not None)


def test_spark_function_maps_pandas_batches(tmp_path: Path) -> None:
    """The ``mapInPandas`` function of the Spark recipe, run on pandas batches as Spark would."""
    batches = [
        pd.DataFrame({"article_id": ["a", "b"], "text": TEXTS[:2]}),
        pd.DataFrame({"article_id": ["c", "d"], "text": TEXTS[2:]}),
    ]
    out = list(parse_frames(iter(batches), "events"))
    assert len(out) == len(batches)
    together = pd.concat(out, ignore_index=True)
    expected = [(k, e.type) for k, d in zip("abcd", documents(), strict=True) for e in d.events]
    assert list(zip(together["article_id"], together["type"], strict=True)) == expected
    names = [part.split(" ")[0].strip("`") for part in spark_schema("events").split(", ")]
    assert names == list(together.columns)
    schema = pa.schema([("article_id", pa.string()), *arrow_schema("events")])
    table = pa.Table.from_pandas(together, schema=schema, preserve_index=False)
    assert table.column("amount").to_pylist() == list(together["amount"])


def read_article(path: str) -> dict[str, str]:
    """One article file as the dict a Dask bag of articles holds."""
    return {"article_id": Path(path).name, "text": Path(path).read_text(encoding="utf-8")}


def test_dask_recipe_on_a_local_cluster_of_processes(tmp_path: Path) -> None:
    """docs/corpora.md's Dask recipe: a bag of files -> parse -> rows -> dataframe -> Parquet."""
    folder = tmp_path / "articles"
    folder.mkdir()
    for i, text in enumerate(TEXTS * 3):
        (folder / f"{i:03}.txt").write_text(text, encoding="utf-8")
    paths = sorted(str(p) for p in folder.glob("*.txt"))
    out = tmp_path / "events.parquet"
    # distributed and dask.bag leave these constructors unannotated
    cluster = LocalCluster(  # type: ignore[no-untyped-call]
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
    )
    with cluster, Client(cluster):  # type: ignore[no-untyped-call]
        articles = db.from_sequence(paths, npartitions=3).map(read_article)  # type: ignore[no-untyped-call]
        texts = articles.to_dataframe(meta={"article_id": object, "text": object})
        events = texts.map_partitions(
            functools.partial(parse_frame, layer="events"),
            meta=parse_frame(texts._meta, "events"),
        )
        schema = pa.schema([("article_id", pa.string()), *arrow_schema("events")])
        events.to_parquet(out, schema=schema, write_index=False)
        assert isinstance(events, dd.DataFrame)
    back = pq.read_table(out).to_pandas()
    expected = [
        (Path(p).name, row["type"], row["amount"])
        for p in paths
        for row in cnp.parse(Path(p).read_text(encoding="utf-8")).rows("events")
    ]
    got = sorted(zip(back["article_id"], back["type"], back["amount"], strict=True))
    assert got == sorted(expected) and len(got) > 0
