"""Retrieval: the passages of a large corpus worth the corpus-wide work, chosen per brief.

Coverage, actors' states, disagreements and selection compare passages with one another;
on an archive of thousands of sources that work would grow with the archive while a memo
quotes a few dozen passages. So before any of it, each section keeps its best-placed
passages by what a passage shows on its own (relevance to the brief, the section's cues,
its standing as an excerpt), and the brief's passages by relevance alone: at most `POOL`
in all. A corpus with fewer passages than that keeps every one, so a desk's usual folder
of a few dozen articles is analysed exactly as before.
"""

from __future__ import annotations

from collections.abc import Sequence

POOL = 6000  # passages analysed corpus-wide at most (a memo quotes under a hundred)
RELEVANCE_FLOOR = 0.2  # an off-query passage that fits a section still has a chance


def candidate_pool(
    relevance: Sequence[float],
    fits: Sequence[Sequence[float]],
    quality: Sequence[float],
    size: int | None = None,
) -> list[int]:
    """Indices (ascending) of the passages kept: for each section (a column of `fits`)
    and for relevance alone, an equal share of `size` (default `POOL`), best first, ties
    by position."""
    size = POOL if size is None else size
    count = len(relevance)
    if count <= size:
        return list(range(count))
    import numpy as np

    # as arrays: the same IEEE products, in the same order, as the scalar expressions;
    # a stable sort of the negated key is "best first, ties by position"
    related = np.asarray(relevance, dtype=np.float64)
    standing = np.asarray(quality, dtype=np.float64)
    if len(related) != len(standing) or len(fits) != count:
        raise ValueError("relevance, fits and quality must have one entry per passage")
    columns = len(fits[0]) if fits else 0
    fit_columns = np.asarray(fits, dtype=np.float64).reshape(count, columns)
    share = max(1, size // (columns + 1))
    kept: set[int] = set()

    def best(key: np.ndarray) -> None:
        ranked = np.argsort(-key, kind="stable")[:share]
        kept.update(int(i) for i in ranked[key[ranked] > 0])

    best(related * standing)
    for column in range(columns):
        best(fit_columns[:, column] * (RELEVANCE_FLOOR + related) * standing)
    return sorted(kept)
