"""Relevance: how closely a passage matches what the brief asks about.

BM25 over stemmed terms of the brief's title and topic (and an audience's focus),
normalised to 0..1 over the corpus, blended with the relevance of the passage's whole
source so an on-topic article's plainer sentences are not lost to stray keyword hits.
"""

from __future__ import annotations

from collections.abc import Sequence

from briefkit.analysis.terms import bm25
from briefkit.corpus import Sentence

SOURCE_SHARE = 0.2  # of a passage's relevance that comes from its source's mean


def normalise(values: Sequence[float]) -> list[float]:
    top = max(values, default=0.0)
    return [v / top for v in values] if top > 0 else [0.0 for _ in values]


def relevance(
    unit_terms: Sequence[list[str]], units: Sequence[Sentence], query: list[str]
) -> list[float]:
    """0..1 per unit: BM25 against `query` (stemmed terms), with its source's mean blended in."""
    own = normalise(bm25(unit_terms, query))
    by_source: dict[str, list[float]] = {}
    for unit, value in zip(units, own, strict=True):
        by_source.setdefault(unit.source_id, []).append(value)
    mean = {source: sum(v) / len(v) for source, v in by_source.items()}
    top = max(mean.values(), default=0.0) or 1.0
    return [
        (1 - SOURCE_SHARE) * value + SOURCE_SHARE * mean[unit.source_id] / top
        for unit, value in zip(units, own, strict=True)
    ]
