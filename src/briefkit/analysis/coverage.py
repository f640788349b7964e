"""Coverage: how much of what the sources say a passage stands for.

Every passage "covers" the passages that say nearly the same thing, in proportion to their
TF-IDF cosine similarity; a memo covers the corpus as far as its passages cover each
passage of it, up to a cap (a fraction of all the similarity that passage has in the
corpus), so one point made many times cannot fill the memo alone (Lin and Bilmes, 2011,
"A class of submodular functions for document summarization").

A neighbour in another source counts fully, one in the passage's own source only
SAME_SOURCE of its similarity: a point several sources make is what a memo must carry,
while an article restating itself is not corroboration.

Similarities come from a sparse TF-IDF matrix (scipy), multiplied a block of rows at a
time and cut to each passage's nearest neighbours: memory and time grow with the number
of passages, never with its square. Terms found in a large share of passages (the topic
itself) carry no similarity.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from scipy import sparse

NEIGHBOURS = 24  # nearest passages kept per passage
MIN_SIMILARITY = 0.05  # cosine below which two passages are unrelated
COMMON_SHARE = 0.3  # a term in more than this share of passages is the topic, not a point
COMMON_FLOOR, COMMON_GROWTH = 50, 0.02  # in a large corpus: a term in 50 + 2% of passages
BLOCK_ROWS = 1024  # passages multiplied at once: bounds the memory of one step (the results
# are the same for any size: each row of a sparse product is computed on its own)
SAME_SOURCE = 0.25  # weight of a neighbour from the passage's own source


@dataclass(frozen=True)
class Neighbourhood:
    """Each passage's nearest neighbours (index -> cosine) and its total similarity."""

    near: tuple[dict[int, float], ...]
    total: tuple[float, ...]  # 1 (itself) + the similarity of its neighbours: C_i(V)
    mass: tuple[float, ...] = ()  # how much a passage says (its terms' IDF), mean 1
    origin: tuple[int, ...] = ()  # each passage's source, numbered

    def weight(self, unit: int, other: int, similarity: float) -> float:
        """How much `unit` covers `other`: its similarity, less within one source."""
        if self.origin and self.origin[unit] == self.origin[other]:
            return SAME_SOURCE * similarity
        return similarity


def load() -> None:
    """Import scipy.sparse (0.2 s, numpy.f2py and numpy.testing with it): only finding
    neighbours needs it, which a build does in a child forked beforehand to load it
    (`parallel.fork_ready`), so the build's own process never does."""
    from scipy import sparse  # noqa: F401


def tfidf_matrix(units: Sequence[list[str]]) -> tuple[sparse.csr_matrix, np.ndarray]:
    """Row-normalised TF-IDF (log tf) of each passage's stemmed terms, and each passage's
    information mass (the IDF of its distinct terms, mean 1)."""
    from scipy import sparse

    vocabulary: dict[str, int] = {}
    rows, cols, counts = [], [], []
    for row, found in enumerate(units):
        seen: dict[int, int] = {}
        for term in found:
            col = vocabulary.setdefault(term, len(vocabulary))
            seen[col] = seen.get(col, 0) + 1
        for col, count in seen.items():
            rows.append(row)
            cols.append(col)
            counts.append(count)
    shape = (len(units), max(len(vocabulary), 1))
    matrix = sparse.csr_matrix(
        (np.array(counts, dtype=np.float64), (rows, cols)), shape=shape, dtype=np.float64
    )
    df = np.bincount(np.asarray(cols, dtype=np.int64), minlength=shape[1]).astype(np.float64)
    idf = np.log(1 + (shape[0] - df + 0.5) / (df + 0.5))
    # Common terms carry no similarity: the topic itself (a share of a small corpus), or
    # the vocabulary of a large archive (more than a few hundred passages use them).
    common = max(3.0, min(COMMON_SHARE * shape[0], COMMON_FLOOR + COMMON_GROWTH * shape[0]))
    idf[df > common] = 0.0
    matrix.data = 1 + np.log(matrix.data)
    present = matrix.copy()
    present.data[:] = 1.0
    mass = np.asarray((present @ sparse.diags(idf)).sum(axis=1)).ravel()
    mass = mass / ((mass.mean() if mass.size else 0.0) or 1.0)  # (no passages: no mean)
    matrix = matrix @ sparse.diags(idf)
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sparse.csr_matrix(sparse.diags(1 / norms) @ matrix), mass


def neighbourhood(units: Sequence[list[str]], origin: Sequence[int] = ()) -> Neighbourhood:
    """The nearest neighbours of every passage, block by block; `origin` numbers each
    passage's source."""
    matrix, mass = tfidf_matrix(units)
    transposed = matrix.T.tocsc()
    near: list[dict[int, float]] = []
    for start in range(0, matrix.shape[0], BLOCK_ROWS):
        block = (matrix[start : start + BLOCK_ROWS] @ transposed).tocsr()
        for offset in range(block.shape[0]):
            row = start + offset
            lo, hi = block.indptr[offset], block.indptr[offset + 1]
            cols, values = block.indices[lo:hi], block.data[lo:hi]
            keep = (values >= MIN_SIMILARITY) & (cols != row)
            cols, values = cols[keep], values[keep]
            if len(values) > NEIGHBOURS:
                top = np.argpartition(-values, NEIGHBOURS)[:NEIGHBOURS]
                cols, values = cols[top], values[top]
            order = np.lexsort((cols, -values))
            near.append({int(cols[k]): float(values[k]) for k in order})
    hood = Neighbourhood(tuple(near), (), tuple(float(m) for m in mass), tuple(origin))
    total = tuple(
        1.0 + sum(hood.weight(row, other, value) for other, value in found.items())
        for row, found in enumerate(near)
    )
    return Neighbourhood(hood.near, total, hood.mass, hood.origin)


def gain(unit: int, covered: dict[int, float], hood: Neighbourhood, cap_share: float) -> float:
    """What quoting `unit` adds to the memo's coverage of the corpus."""
    total = 0.0
    for other, similarity in ((unit, 1.0), *hood.near[unit].items()):
        weight = hood.weight(unit, other, similarity) if other != unit else 1.0
        cap = cap_share * hood.total[other]
        have = covered.get(other, 0.0)
        if have < cap:
            total += (min(have + weight, cap) - have) * (hood.mass[other] if hood.mass else 1.0)
    return total


def cover(unit: int, covered: dict[int, float], hood: Neighbourhood) -> None:
    """Record that the memo now quotes `unit`."""
    for other, similarity in ((unit, 1.0), *hood.near[unit].items()):
        weight = hood.weight(unit, other, similarity) if other != unit else 1.0
        covered[other] = covered.get(other, 0.0) + weight


def spread_gain(before: float, reward: float) -> float:
    """Diminishing reward for quoting a source again: sqrt of the rewards it has."""
    return math.sqrt(before + reward) - math.sqrt(before)
