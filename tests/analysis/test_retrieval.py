"""Retrieval: a large corpus's candidate passages, chosen before any pairwise work."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefkit.analysis import retrieval
from briefkit.analysis.proposals import analyse
from briefkit.read import read_corpus
from tests.conftest import write


def test_a_corpus_smaller_than_the_pool_keeps_every_passage() -> None:
    assert retrieval.candidate_pool([0.0, 0.5, 1.0], [(0.0,), (1.0,), (0.0,)], [1, 1, 1]) == [
        0,
        1,
        2,
    ]


def test_each_section_keeps_its_best_placed_passages() -> None:
    relevance = [1.0, 0.9, 0.0, 0.0, 0.1, 0.0, 0.0]
    fits = [(0.0, 0.0), (0.0, 0.0), (0.9, 0.0), (0.1, 0.0), (0.0, 0.0), (0.0, 0.8), (0.0, 0.0)]
    quality = [1.0] * 7
    # a share of 2 each: the two most relevant, the best of each section's cues (a
    # passage with nothing for a section is not kept for it)
    kept = retrieval.candidate_pool(relevance, fits, quality, size=6)
    assert kept == [0, 1, 2, 3, 5]
    assert retrieval.candidate_pool(relevance, fits, quality, size=3) == [0, 2, 5]


def test_ties_go_to_the_earlier_passage() -> None:
    assert retrieval.candidate_pool([0.5] * 5, [(0.2,)] * 5, [1.0] * 5, size=4) == [0, 1]


def _pool_by_sorting(relevance, fits, quality, size):
    """The pool as first written, one Python sort per key: what the array version keeps."""
    if len(relevance) <= size:
        return list(range(len(relevance)))
    share = max(1, size // (len(fits[0]) + 1))
    keys = [[r * q for r, q in zip(relevance, quality, strict=True)]] + [
        [
            f[c] * (retrieval.RELEVANCE_FLOOR + r) * q
            for f, r, q in zip(fits, relevance, quality, strict=True)
        ]
        for c in range(len(fits[0]))
    ]
    kept: set[int] = set()
    for key in keys:
        ranked = sorted(range(len(key)), key=lambda i: (-key[i], i))
        kept.update(i for i in ranked[:share] if key[i] > 0)
    return sorted(kept)


scores = st.sampled_from([0.0, 0.1, 0.25, 0.5, 1.0]) | st.floats(0, 1)


@given(st.lists(st.tuples(scores, scores, scores, scores), min_size=1, max_size=40), st.data())
def test_the_pool_is_that_of_sorting_each_key(rows, data) -> None:
    """numpy's stable sort of the negated products keeps exactly the passages a sort by
    (-key, position) keeps, ties and zeros included."""
    size = data.draw(st.integers(1, len(rows) + 2))
    relevance = [r[0] for r in rows]
    fits = [(r[1], r[2]) for r in rows]
    quality = [r[3] for r in rows]
    assert retrieval.candidate_pool(relevance, fits, quality, size) == _pool_by_sorting(
        relevance, fits, quality, size
    )


def test_the_analysis_of_a_large_corpus_holds_only_the_pool(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for i in range(12):
        write(
            tmp_path / f"s{i}.txt",
            f"Report {i}\n\nMarch {i + 1}, 2023\n\n"
            f"The river dam will cut water flows to the delta farms by {i + 2} percent. "
            f"Officials in district {i} expect new talks on the dam next year. "
            f"A bakery in town {i} sold {i + 30} loaves of bread on Sunday.\n",
        )
    corpus = read_corpus(tmp_path)
    whole = analyse(corpus, "the river dam and the delta farms")
    monkeypatch.setattr(retrieval, "POOL", 10)
    pooled = analyse(corpus, "the river dam and the delta farms")
    assert len(pooled.units) <= 10 < len(whole.units)
    assert len(pooled.hood.near) == len(pooled.units) == len(pooled.fits)
    kept = {u.text for u in pooled.units}
    assert not any("bakery" in text for text in kept)  # off the brief, no section's cues
    assert any("dam" in text for text in kept)
