"""``parse_many()``: the same Documents as ``parse()``, in order, lazily, on any input."""

from __future__ import annotations

import itertools
import pickle
from collections.abc import Iterator

import pytest

import cryptonews_parse as cnp

ARTICLES = [
    "Longs worth $41.2 million were liquidated on Bybit in the past 12 hours.",
    "Solana (SOL) slipped 6.5% to $131.40 as open interest fell.",
    "",
    "Spot ether ETFs drew $58 million of net inflows on Thursday.",
    "No figures here at all.",
]


def corpus(size: int) -> list[str]:
    """``size`` articles, each made unique by a numbered sentence."""
    return [f"{text} Update {i}." for i, text in zip(range(size), itertools.cycle(ARTICLES))]


@pytest.mark.parametrize("workers", [1, 2])
def test_documents_equal_parse_in_input_order(workers: int) -> None:
    """Each Document equals ``parse()`` of its text, in the input's order."""
    texts = corpus(23)
    docs = list(cnp.parse_many(texts, workers=workers, chunksize=4))
    assert docs == [cnp.parse(text) for text in texts]


def test_a_generator_is_read_lazily() -> None:
    """The input is pulled a few batches ahead of the consumer, never all at once."""
    pulled = 0

    def texts() -> Iterator[str]:
        nonlocal pulled
        for text in corpus(10_000):
            pulled += 1
            yield text

    documents = cnp.parse_many(texts(), workers=2, chunksize=5)
    first = next(documents)
    assert first.text == corpus(1)[0]
    assert pulled <= 5 * (2 * 3 + 1)  # three batches per worker, and one to replace the first
    documents.close()  # type: ignore[attr-defined]


@pytest.mark.parametrize("workers", [1, 2])
def test_bad_items_give_warning_documents_in_step(workers: int) -> None:
    """A non-str item gives an empty Document with a warning; the others are unaffected."""
    texts: list[object] = [ARTICLES[0], None, b"bytes", 7, ARTICLES[1]]
    docs = list(cnp.parse_many(texts, workers=workers, chunksize=2))
    assert len(docs) == len(texts)
    assert docs[0] == cnp.parse(ARTICLES[0]) and docs[4] == cnp.parse(ARTICLES[1])
    for index, doc in enumerate(docs[1:4], start=1):
        name = type(texts[index]).__name__
        assert doc == cnp.Document(
            text="", warnings=(f"parse_many: item {index} is a {name}, not a str",)
        )


def test_empty_input_gives_nothing() -> None:
    """No texts, no Documents (and no pool left behind)."""
    assert list(cnp.parse_many([], workers=2)) == []


@pytest.mark.parametrize(("option", "value"), [("workers", 0), ("chunksize", 0)])
def test_settings_below_one_are_refused(option: str, value: int) -> None:
    """``workers`` and ``chunksize`` below 1 raise ValueError naming the setting."""
    with pytest.raises(ValueError, match=option):
        cnp.parse_many(ARTICLES, **{option: value})


def test_documents_from_the_pool_pickle_and_round_trip() -> None:
    """Documents that crossed a process boundary pickle again and read back from JSON."""
    for doc in cnp.parse_many(corpus(6), workers=2, chunksize=2):
        assert pickle.loads(pickle.dumps(doc)) == doc
        assert cnp.Document.from_json(doc.to_json()) == doc
