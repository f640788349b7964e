"""Topicality: which sources of the seeds folder are about the brief at all.

A desk keeps one folder for many topics; a memo on one of them must not quote the others,
however central a passage is among them (a corpus-wide measure such as coverage favours
whatever many sources repeat, on any topic). Relevance to the brief's words alone does
not separate them: a passage about cocoa prices can share "outlook", "prices" and "the
United States" with a brief on Haiti.

So each source is scored as a whole (pseudo-relevance feedback, Rocchio 1971): the sources
most relevant to the brief by BM25 make a centroid of their TF-IDF vectors, weighted by
that relevance, and a source's topicality is its cosine to the centroid times its BM25,
relative to the best source. A source far below the best is left out unless the sources
nearest to it are on the topic (the cluster hypothesis: an on-topic article that uses
other words, such as a trade piece on a country's airlines, still sits among the
country's articles, while a cocoa article sits among cocoa articles). On a folder of one
topic every source is kept.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from briefkit.analysis.terms import bm25

SEED_SOURCES = 10  # the most relevant sources, whose centroid stands for the topic
OFF_TOPIC = 0.12  # topicality, relative to the best source's, below which a source may be off
NEAREST = 10  # sources compared with one that may be off the topic, at most
NEAREST_SHARE = 4  # ... and at most a quarter of the others (a small folder's topics are small)
MIN_SOURCES = 8  # a smaller folder is the analyst's own choice of sources: all are kept
# how on-topic a doubtful source's nearest sources must be (their topicality, weighted by
# their cosine to it) for it to stay: on the benchmark's haystacks an off-topic article's
# neighbours score at most 0.08, while in a folder of one topic (1,000 recombined articles)
# the least of them score 0.12
AROUND_ON_TOPIC = 0.1


class _Vectors:
    """Unit-length TF-IDF (log tf) vectors of the sources, as flat numpy arrays: source i
    holds entries `start[i]:start[i + 1]` of `term` and `weight`, terms numbered."""

    def __init__(self, documents: Sequence[Sequence[str]]):
        vocabulary: dict[str, int] = {}
        terms, counts, sizes = [], [], []
        for found in documents:
            numbered = np.fromiter(
                (vocabulary.setdefault(t, len(vocabulary)) for t in found), np.int64, len(found)
            )
            unique, count = np.unique(numbered, return_counts=True)
            terms.append(unique)
            counts.append(count)
            sizes.append(len(unique))
        self.size = len(vocabulary)
        self.term = np.concatenate(terms) if terms else np.zeros(0, np.int64)
        count = np.concatenate(counts) if counts else np.zeros(0, np.int64)
        self.start = np.concatenate([[0], np.cumsum(sizes)]).astype(np.int64)
        self.source = np.repeat(np.arange(len(sizes)), sizes)
        frequency = np.bincount(self.term, minlength=self.size)
        idf = np.log((len(documents) + 1) / np.maximum(frequency, 1))
        weight = (1 + np.log(count)) * idf[self.term]
        norm = np.sqrt(np.bincount(self.source, weights=weight * weight, minlength=len(sizes)))
        self.weight = weight / np.where(norm > 0, norm, 1.0)[self.source]
        self.count = len(sizes)

    def dense(self, i: int) -> np.ndarray:
        row = np.zeros(self.size)
        span = slice(self.start[i], self.start[i + 1])
        row[self.term[span]] = self.weight[span]
        return row

    def cosines(self, dense: np.ndarray) -> np.ndarray:
        """Every source's cosine to a dense unit vector over the terms."""
        return np.bincount(
            self.source, weights=self.weight * dense[self.term], minlength=self.count
        )


def topicality(documents: Sequence[Sequence[str]], query: Sequence[str]) -> list[float]:
    """Per source (its stemmed terms), its topicality relative to the best source's (0..1)."""
    return [float(s) for s in _scores(documents, query)[0]]


def _scores(
    documents: Sequence[Sequence[str]], query: Sequence[str]
) -> tuple[np.ndarray, _Vectors | None]:
    if not documents:
        return np.zeros(0), None
    relevance = np.asarray(bm25([list(terms) for terms in documents], query))
    best = relevance.max()
    if best <= 0:
        return np.ones(len(documents)), None
    related = relevance / best
    vectors = _Vectors(documents)
    seeds = sorted(range(len(documents)), key=lambda i: (-related[i], i))[:SEED_SOURCES]
    centroid = sum(vectors.dense(i) * related[i] for i in seeds)
    norm = float(np.sqrt(centroid @ centroid)) or 1.0
    scores = vectors.cosines(centroid / norm) * related
    top = scores.max()
    return (scores / top if top > 0 else np.ones(len(documents))), vectors


def on_topic(documents: Sequence[Sequence[str]], query: Sequence[str]) -> list[bool]:
    """Per source: is it about the brief? Sources far below the best are, only where the
    sources nearest to them (`NEAREST`, by cosine) are (`AROUND_ON_TOPIC`)."""
    kept = [True] * len(documents)
    if len(documents) < MIN_SOURCES:
        return kept
    scores, vectors = _scores(documents, query)
    if vectors is None:
        return kept
    count = min(NEAREST, max(2, (len(documents) - 1) // NEAREST_SHARE))
    for i in np.flatnonzero(scores < OFF_TOPIC):
        similar = vectors.cosines(vectors.dense(int(i)))
        similar[i] = -1.0
        nearest = np.lexsort((np.arange(len(similar)), -similar))[:count]
        weights = np.maximum(similar[nearest], 0.0)
        around = float(scores[nearest] @ weights / weights.sum()) if weights.sum() > 0 else 0.0
        kept[int(i)] = around >= AROUND_ON_TOPIC
    return kept
