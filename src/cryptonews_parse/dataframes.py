"""Dataframes of a corpus: ``to_arrow()`` and ``to_pandas()`` over Documents' flat rows.

In: Documents (a list, or ``parse_many()``'s iterator) and a layer. Out: one Arrow table or
pandas DataFrame with a row per item and a ``document`` column (the Document's position).
Amounts become Arrow decimals, so no figure passes through a float: by default each column
gets the precision and scale its values need; tables that are combined later (Dask
partitions, Parquet datasets, Spark batches) take one fixed decimal type instead
(:data:`SHARED_DECIMAL`). Spark reads texts through :func:`parse_frames`. pyarrow and
pandas are optional: install them with ``pip install "cryptonews-parse[arrow]"``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from decimal import Decimal
from typing import Any

from cryptonews_parse.corpus import parse_many
from cryptonews_parse.model import Document, Layer, RowValue, row_schema

_MAX_DECIMAL128 = 38
"""Arrow's decimal128 holds 38 digits; wider columns use decimal256 (76 digits)."""

SHARED_DECIMAL = (38, 18)
"""Precision and scale of amounts in tables meant to be combined: 20 digits before the
point, 18 after (wei), the widest decimal that Spark and most Parquet readers accept. A
larger figure fails its conversion loudly; it is never rounded."""


def to_arrow(
    documents: Iterable[Document], layer: Layer, *, decimals: tuple[int, int] | None = None
) -> Any:
    """One ``pyarrow.Table`` of the rows of ``layer`` of every Document.

    Args:
        documents: the Documents; their position becomes the ``document`` column.
        layer: ``"events"``, ``"quantities"`` or ``"entities"``.
        decimals: ``(precision, scale)`` of every amount column, e.g.
            :data:`SHARED_DECIMAL`; by default each column's own tightest fit.

    Returns:
        The table: ``document`` (int64), then the columns of
        :func:`~cryptonews_parse.model.row_schema`: amounts as ``decimal128`` (or
        ``decimal256`` past 38 digits), offsets as int64, the rest as bools and strings.

    Raises:
        ImportError: pyarrow is not installed.

    >>> import cryptonews_parse as cnp
    >>> docs = [cnp.parse("Longs lost $40.5M."), cnp.parse("Shorts lost $3.25 million.")]
    >>> table = cnp.to_arrow(docs, "quantities")
    >>> table.column("value").type, [str(v) for v in table.column("value").to_pylist()]
    (Decimal128Type(decimal128(8, 0)), ['40500000', '3250000'])
    >>> table.column("document").to_pylist()
    [0, 1]
    """
    pyarrow = _require("pyarrow")
    schema = {"document": int, **row_schema(layer)}
    cells: dict[str, list[RowValue]] = {name: [] for name in schema}
    for index, document in enumerate(documents):
        for row in document.rows(layer):
            cells["document"].append(index)
            for name, value in row.items():
                cells[name].append(value)
    arrays = [_array(pyarrow, cells[name], kind, decimals) for name, kind in schema.items()]
    return pyarrow.Table.from_arrays(arrays, names=list(schema))


def to_pandas(
    documents: Iterable[Document], layer: Layer, *, decimals: tuple[int, int] | None = None
) -> Any:
    """``to_arrow(documents, layer, decimals=decimals)`` as a pandas DataFrame; amounts are
    ``Decimal`` objects, offsets int64.

    Raises:
        ImportError: pyarrow or pandas is not installed.

    >>> import cryptonews_parse as cnp
    >>> frame = cnp.to_pandas(
    ...     [cnp.parse("Traders lost $12.5 million, or 1,200 BTC.")], "quantities"
    ... )
    >>> frame[["document", "value", "unit"]].values.tolist()
    [[0, Decimal('12500000'), 'USD'], [0, Decimal('1200'), 'BTC']]
    """
    _require("pandas")
    return to_arrow(documents, layer, decimals=decimals).to_pandas()


def arrow_schema(layer: Layer, *, decimals: tuple[int, int] = SHARED_DECIMAL) -> Any:
    """The ``pyarrow.Schema`` of the rows of ``layer`` (without ``document``), amounts in
    ``decimals``: for writers that combine tables, such as Dask's ``to_parquet``.

    >>> arrow_schema("quantities").field("value").type
    Decimal128Type(decimal128(38, 18))
    """
    return to_arrow([], layer, decimals=decimals).schema.remove(0)


def parse_frame(
    frame: Any, layer: Layer, *, text: str = "text", key: str = "article_id", workers: int = 1
) -> Any:
    """The rows of ``layer`` for a pandas DataFrame of texts: a Dask partition's function.

    Args:
        frame: a pandas DataFrame with a ``text`` column and a ``key`` column.
        layer: ``"events"``, ``"quantities"`` or ``"entities"``.
        text: the column that holds the texts.
        key: the column that identifies each text; it replaces ``document`` in the rows.
        workers: processes to parse with (see :func:`~cryptonews_parse.parse_many`); a
            cluster already runs one task per core, so 1 by default.

    Returns:
        A DataFrame of rows, ``key`` first, amounts as ``Decimal`` in
        :data:`SHARED_DECIMAL` columns (Spark's ``decimal(38,18)``).

    >>> import pandas as pd
    >>> texts = pd.DataFrame({"article_id": ["a7", "b9"], "text": ["ETH rose 3%.", "No figures."]})
    >>> parse_frame(texts, "quantities")[["article_id", "value", "unit"]].to_dict("records")
    [{'article_id': 'a7', 'value': Decimal('3.000000000000000000'), 'unit': '%'}]
    """
    keys = list(frame[key])
    documents = parse_many(list(frame[text]), workers=workers)
    rows = to_pandas(documents, layer, decimals=SHARED_DECIMAL)
    rows.insert(0, key, [keys[i] for i in rows.pop("document")])
    return rows


def parse_frames(frames: Iterable[Any], layer: Layer, **options: Any) -> Iterator[Any]:
    """:func:`parse_frame` for each DataFrame: the function of Spark's ``mapInPandas``."""
    for frame in frames:
        yield parse_frame(frame, layer, **options)


def spark_schema(layer: Layer, *, key: str = "article_id string") -> str:
    """The Spark DDL schema of :func:`parse_frames`' rows: ``key`` first, amounts as
    ``decimal(38,18)``.

    >>> columns = spark_schema("quantities").split(", ")
    >>> columns[0], columns[2], columns[5]
    ('article_id string', '`start` bigint', '`value` decimal(38,18)')
    """
    names = {Decimal: "decimal({},{})".format(*SHARED_DECIMAL), int: "bigint", bool: "boolean"}
    columns = [f"`{name}` {names.get(kind, 'string')}" for name, kind in row_schema(layer).items()]
    return ", ".join([key, *columns])


def _array(pyarrow: Any, values: list[RowValue], kind: type, fixed: tuple[int, int] | None) -> Any:
    """An Arrow array of one column; decimals get the precision and scale they need."""
    if kind is not Decimal:
        arrow_type = {int: pyarrow.int64(), bool: pyarrow.bool_()}.get(kind, pyarrow.string())
        return pyarrow.array(values, type=arrow_type)
    if fixed is not None:
        return pyarrow.array(values, type=_decimal_type(pyarrow, *fixed))
    decimals = [v for v in values if isinstance(v, Decimal)]
    scale = max((max(0, -_exponent(v)) for v in decimals), default=0)
    whole = max((max(0, len(v.as_tuple().digits) + _exponent(v)) for v in decimals), default=0)
    return pyarrow.array(values, type=_decimal_type(pyarrow, max(whole + scale, 1), scale))


def _decimal_type(pyarrow: Any, precision: int, scale: int) -> Any:
    if precision <= _MAX_DECIMAL128:
        return pyarrow.decimal128(precision, scale)
    return pyarrow.decimal256(precision, scale)


def _exponent(value: Decimal) -> int:
    exponent = value.as_tuple().exponent
    assert isinstance(exponent, int), "amounts are finite"
    return exponent


def _require(module: str) -> Any:
    try:
        return __import__(module)
    except ImportError as exc:
        raise ImportError(
            f"{module} is needed for dataframes: pip install 'cryptonews-parse[arrow]'"
        ) from exc
