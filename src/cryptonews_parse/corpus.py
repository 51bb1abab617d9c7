"""``parse_many()``: a corpus of texts parsed in order, on every core.

In: any iterable of texts (a list, a generator over files, a database cursor). Out: one
Document per text, in the input's order, as soon as it is ready. ``parse()`` is pure Python
and holds the GIL, so threads would not help: texts go to a process pool in batches (a
process call costs far more than one short article). At most a few batches per worker are
in flight, so a corpus larger than memory streams through, and a consumer that stops early
leaves no work running.
"""

from __future__ import annotations

import itertools
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor

from cryptonews_parse.model import Document
from cryptonews_parse.pipeline import parse

_AHEAD = 2
"""Batches queued per worker beyond the one it is parsing: enough to keep it busy."""

_Batch = list["str | Document"]
"""Texts to parse; an input that was not a str is already its answer."""


def parse_many(
    texts: Iterable[object], *, workers: int | None = None, chunksize: int = 16
) -> Iterator[Document]:
    """Parse every text of a corpus; yield the Documents lazily, in the input's order.

    Never raises for a bad text: an item that is not a ``str`` gives an empty Document
    whose ``warnings`` say so, and a text that makes ``parse()`` fail (a bug to report)
    gives a Document with no items and the error in its ``warnings``. Either way the
    output keeps one Document per input, in step with it.

    Args:
        texts: the texts; read lazily, a few batches ahead of the consumer.
        workers: processes to use (default: every core, ``os.cpu_count()``); ``1`` parses
            in this process, without a pool.
        chunksize: texts sent to a worker at once; larger batches cost less overhead
            per text, smaller ones keep the workers evenly busy on short corpora.

    Returns:
        An iterator of Documents, one per text.

    Raises:
        ValueError: ``workers`` or ``chunksize`` is below 1.

    On platforms that start workers by ``spawn`` (Windows, macOS), call it under
    ``if __name__ == "__main__":`` in a script, as for any process pool.

    >>> docs = parse_many(["BTC fell 4%.", 42, "ETH rose 3%."], workers=1)
    >>> [len(doc.quantities) for doc in docs]
    [1, 0, 1]
    >>> next(parse_many([None], workers=1)).warnings
    ('parse_many: item 0 is a NoneType, not a str',)
    """
    if workers is not None and workers < 1:
        raise ValueError(f"workers must be at least 1, got {workers}")
    if chunksize < 1:
        raise ValueError(f"chunksize must be at least 1, got {chunksize}")
    workers = workers or os.cpu_count() or 1
    batches = _batches(texts, chunksize)
    if workers == 1:
        return (doc for batch in batches for doc in _parse_batch(batch))
    return _pooled(batches, workers)


def _batches(texts: Iterable[object], size: int) -> Iterator[_Batch]:
    numbered = enumerate(texts)
    while batch := [_checked(i, text) for i, text in itertools.islice(numbered, size)]:
        yield batch


def _checked(index: int, text: object) -> str | Document:
    if isinstance(text, str):
        return text
    return Document(
        text="", warnings=(f"parse_many: item {index} is a {type(text).__name__}, not a str",)
    )


def _parse_batch(batch: _Batch) -> list[Document]:
    """Runs in a worker: one Document per item of ``batch``."""
    return [item if isinstance(item, Document) else _parse_one(item) for item in batch]


def _parse_one(text: str) -> Document:
    try:
        return parse(text)
    except Exception as exc:
        return Document(text=text, warnings=(f"parse_many: parse() failed: {exc!r}",))


def _pooled(batches: Iterator[_Batch], workers: int) -> Iterator[Document]:
    with ProcessPoolExecutor(max_workers=workers) as pool:
        pending: deque[Future[list[Document]]] = deque()
        try:
            for batch in itertools.islice(batches, workers * (1 + _AHEAD)):
                pending.append(pool.submit(_parse_batch, batch))
            while pending:
                done = pending.popleft().result()
                for batch in itertools.islice(batches, 1):
                    pending.append(pool.submit(_parse_batch, batch))
                yield from done
        finally:
            for future in pending:
                future.cancel()
