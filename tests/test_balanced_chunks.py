"""The chunks of `--jobs N`: every task once, in order, smaller at the end so the workers finish together."""

from __future__ import annotations

import pytest

from pipeline.run.engines import CHUNK, TAIL_CHUNK, balanced, chunk_size


@pytest.mark.parametrize("n", [0, 1, 2, 3, 9, 31, 100, 1000, 10_000])
@pytest.mark.parametrize("workers", [1, 2, 3, 8])
def test_every_task_once_in_order(n, workers):
    chunks = list(balanced(list(range(n)), workers))
    assert [item for chunk in chunks for item in chunk] == list(range(n))
    assert all(1 <= len(chunk) <= chunk_size(n, workers) for chunk in chunks)


def test_the_tail_shrinks():
    sizes = [len(chunk) for chunk in balanced(list(range(1000)), 2)]
    assert sizes[0] == CHUNK
    assert sizes == sorted(sizes, reverse=True)  # never larger again
    assert max(sizes[-3:]) <= TAIL_CHUNK  # the last round is short: a few articles, not 32
    assert sizes.count(CHUNK) >= 25  # most of the run in full chunks: one message per ~3 s of work
    assert len(sizes) <= 50
