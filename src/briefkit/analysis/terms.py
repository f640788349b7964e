"""Term statistics for ranking: tokens, stems, BM25 and TF-IDF cosine similarity."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping, Sequence

import snowballstemmer

from briefkit.lazy_regex import lazy_compile

WORD = lazy_compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
# A general English function-word list: carries no topic.
STOPWORDS = frozenset(
    [
        "a",
        "about",
        "above",
        "after",
        "again",
        "against",
        "all",
        "also",
        "am",
        "an",
        "and",
        "any",
        "are",
        "as",
        "at",
        "be",
        "because",
        "been",
        "before",
        "being",
        "below",
        "between",
        "both",
        "but",
        "by",
        "can",
        "could",
        "did",
        "do",
        "does",
        "doing",
        "down",
        "during",
        "each",
        "even",
        "few",
        "for",
        "from",
        "further",
        "had",
        "has",
        "have",
        "having",
        "he",
        "her",
        "here",
        "hers",
        "herself",
        "him",
        "himself",
        "his",
        "how",
        "however",
        "i",
        "if",
        "in",
        "into",
        "is",
        "it",
        "its",
        "itself",
        "just",
        "me",
        "more",
        "most",
        "much",
        "my",
        "myself",
        "no",
        "nor",
        "not",
        "now",
        "of",
        "off",
        "on",
        "once",
        "only",
        "or",
        "other",
        "our",
        "ours",
        "ourselves",
        "out",
        "over",
        "own",
        "same",
        "she",
        "should",
        "so",
        "some",
        "such",
        "than",
        "that",
        "the",
        "their",
        "theirs",
        "them",
        "themselves",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "through",
        "thus",
        "to",
        "too",
        "under",
        "until",
        "up",
        "upon",
        "us",
        "very",
        "was",
        "we",
        "were",
        "what",
        "when",
        "where",
        "which",
        "while",
        "who",
        "whom",
        "why",
        "will",
        "with",
        "within",
        "without",
        "would",
        "yet",
        "you",
        "your",
        "yours",
        "yourself",
        "yourselves",
        "one",
        "two",
        "new",
        "many",
        "may",
        "might",
        "must",
        "shall",
        "said",
        "says",
        "say",
        "according",
    ]
)


class Stemmer:
    """English Snowball stems, cached: the same words recur across a corpus."""

    def __init__(self) -> None:
        self._stemmer = snowballstemmer.stemmer("english")
        self._cache: dict[str, str] = {}

    def stem(self, word: str) -> str:
        stem = self._cache.get(word)
        if stem is None:
            stem = self._cache[word] = self._stemmer.stemWord(word)
        return stem


def make_stemmer() -> Stemmer:
    return Stemmer()


def terms(text: str, stemmer: Stemmer) -> list[str]:
    words = [w.lower().replace("’", "'") for w in WORD.findall(text)]
    words = [w.split("'")[0] if w.endswith(("'s", "'")) else w for w in words]
    return [stemmer.stem(w) for w in words if len(w) > 1 and w not in STOPWORDS]


class TermIndex:
    """Per-unit term counts with IDF; gives BM25 scores and sparse TF-IDF vectors."""

    def __init__(self, units: Sequence[list[str]], k1: float = 1.4, b: float = 0.75):
        self.counts = [Counter(u) for u in units]
        self.lengths = [len(u) for u in units]
        self.n = len(units)
        self.avg_length = (sum(self.lengths) / self.n) if self.n else 0.0
        df: Counter[str] = Counter()
        for counts in self.counts:
            df.update(counts.keys())
        self.idf = {t: bm25_idf(self.n, f) for t, f in df.items()}
        self.k1, self.b = k1, b
        self._vectors: list[dict[str, float]] | None = None

    def bm25(self, query: Sequence[str]) -> list[float]:
        return bm25_of_counts(self.counts, self.lengths, self.idf, query, self.k1, self.b)

    @property
    def vectors(self) -> list[dict[str, float]]:
        """Unit-length TF-IDF vectors (log tf), one per unit."""
        if self._vectors is None:
            vectors = []
            for counts in self.counts:
                vector = {t: (1 + math.log(c)) * self.idf[t] for t, c in counts.items()}
                norm = math.sqrt(sum(v * v for v in vector.values())) or 1.0
                vectors.append({t: v / norm for t, v in vector.items()})
            self._vectors = vectors
        return self._vectors

    def neighbours(self) -> list[dict[int, float]]:
        """For each unit, its cosine similarity to every unit sharing a term (sparse)."""
        postings: dict[str, list[tuple[int, float]]] = {}
        for i, vector in enumerate(self.vectors):
            for term, weight in vector.items():
                postings.setdefault(term, []).append((i, weight))
        result: list[dict[int, float]] = []
        for i, vector in enumerate(self.vectors):
            sims: dict[int, float] = {}
            for term, weight in vector.items():
                for j, other in postings[term]:
                    if j != i:
                        sims[j] = sims.get(j, 0.0) + weight * other
            result.append(sims)
        return result


def bm25_idf(count: int, frequency: int) -> float:
    """BM25's IDF of a term found in `frequency` of `count` units (always positive)."""
    return math.log(1 + (count - frequency + 0.5) / (frequency + 0.5))


def bm25_of_counts(
    counts: Sequence[Mapping[str, int]],
    lengths: Sequence[int],
    idf: Mapping[str, float],
    query: Sequence[str],
    k1: float,
    b: float,
) -> list[float]:
    """BM25 of each unit (its term counts and length) against `query`, with `idf`."""
    q = Counter(query)
    avg_length = (sum(lengths) / len(lengths)) if lengths else 0.0
    scores = []
    for found, length in zip(counts, lengths, strict=True):
        norm = k1 * (1 - b + b * length / (avg_length or 1))
        score = 0.0
        for term, weight in q.items():
            tf = found.get(term, 0)
            if tf:
                score += weight * idf.get(term, 0.0) * tf * (k1 + 1) / (tf + norm)
        scores.append(score)
    return scores


def bm25(
    units: Sequence[list[str]], query: Sequence[str], k1: float = 1.4, b: float = 0.75
) -> list[float]:
    """`TermIndex(units).bm25(query)` without indexing every term of every unit: on a
    large corpus, relevance is wanted once, before the candidate pool is chosen. The
    units are scored a query term at a time over numpy arrays, each unit's terms added in
    the order `bm25_of_counts` adds them, so the scores are the same to the last bit."""
    import numpy as np

    q = Counter(query)
    column = {term: k for k, term in enumerate(q)}
    n = len(units)
    tf = np.zeros((len(q), n))
    for row, unit in enumerate(units):
        if column.keys().isdisjoint(unit):
            continue
        for term in column.keys() & set(unit):  # counted in C, not a term at a time
            tf[column[term], row] = unit.count(term)
    lengths = [len(u) for u in units]
    avg_length = (sum(lengths) / n) if n else 0.0
    norm = k1 * (1 - b + b * np.asarray(lengths, dtype=np.float64) / (avg_length or 1))
    scores = np.zeros(n)
    for term, weight in q.items():
        found = tf[column[term]]
        df = int(np.count_nonzero(found))
        if not df:
            continue
        idf = bm25_idf(n, df)
        scores += np.where(found > 0, weight * idf * found * (k1 + 1) / (found + norm), 0.0)
    return scores.tolist()
