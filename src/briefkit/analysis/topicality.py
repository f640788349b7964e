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

A brief's title names what it is about ("Argentina under Milei…"). Where those names are
the ones most of the topic's likeliest sources use (`anchors`), a source that uses none of
them counts as off the topic for both tests: an article on another country's IMF
programme shares a brief's words on debt, inflation and reserves, and had been kept with
its whole cluster when one of its articles ranked among the topic's own. A state is named
in any of its forms ("Spanish", "Madrid" for Spain, `name_forms`), and a title word paired
with a name ("Spain and Portugal") is a name too: a government's report datelined Madrid
had been left out of a blackout brief on Spain and Portugal.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterator, Sequence

import numpy as np

from briefkit.analysis.terms import bm25_idf
from briefkit.dates import CALENDAR_WORDS

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
# A title's name that at least this share of the topic's likeliest sources use anchors
# the topic: one that fewer use is no sign a source is off it ("Pillar Two" in a brief on
# the global minimum tax, one of whose articles never says it)
ANCHOR_SHARE = 0.8
SPARSE_PAIRS = 20_000  # doubtful sources times sources past which scipy multiplies them
BLOCK_ROWS = 256  # doubtful sources multiplied at once


class _Vectors:
    """Unit-length TF-IDF (log tf) vectors of the sources, as flat numpy arrays: source i
    holds entries `start[i]:start[i + 1]` of `term` and `weight`, terms numbered; and each
    source's BM25 against a query, from the same counts. The counts are found in numpy from
    one array of every term's number (a +1 build of 1,000 sources had counted them source
    by source in Python: a tenth of its analysis)."""

    def __init__(self, documents: Sequence[Sequence[str]]):
        lengths = [len(found) for found in documents]
        flat = list(itertools.chain.from_iterable(documents))
        # terms numbered in the order they first appear; each source's (term, count) pairs
        # sorted by that number
        self.vocabulary = {term: k for k, term in enumerate(dict.fromkeys(flat))}
        self.size = len(self.vocabulary)
        self.count = len(lengths)
        self.lengths = lengths
        numbers = np.fromiter(map(self.vocabulary.__getitem__, flat), np.int64, len(flat))
        owner = np.repeat(np.arange(self.count, dtype=np.int64), lengths)
        width = max(self.size, 1)  # one source's span of pair numbers
        pairs, counts = np.unique(owner * width + numbers, return_counts=True)
        self.source, self.term = pairs // width, pairs % width
        self.tf = counts.astype(np.float64)
        sizes = np.bincount(self.source, minlength=self.count)
        self.start = np.concatenate([[0], np.cumsum(sizes)]).astype(np.int64)
        self.df = np.bincount(self.term, minlength=self.size)
        weight = (1 + np.log(self.tf)) * np.log((self.count + 1) / self.df)[self.term]
        norm = np.sqrt(np.bincount(self.source, weights=weight * weight, minlength=self.count))
        self.weight = weight / np.where(norm > 0, norm, 1.0)[self.source]

    def bm25(self, query: Sequence[str]) -> np.ndarray:
        """BM25 (k1 1.4, b 0.75) of each source, as `terms.bm25_of_counts` gives it: each
        query term's share added in the query's order, so the sums are the same."""
        k1, b = 1.4, 0.75
        avg_length = (sum(self.lengths) / len(self.lengths)) if self.lengths else 0.0
        norm = k1 * (1 - b + b * np.asarray(self.lengths, dtype=np.float64) / (avg_length or 1))
        scores = np.zeros(self.count)
        for term, weight in Counter(query).items():
            number = self.vocabulary.get(term)
            if number is None:
                continue
            found = np.flatnonzero(self.term == number)
            at, tf = self.source[found], self.tf[found]
            idf = bm25_idf(self.count, int(self.df[number]))
            scores[at] += weight * idf * tf * (k1 + 1) / (tf + norm[at])
        return scores

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

    def nearest(
        self, rows: Sequence[int], count: int, run: Runner | None = None
    ) -> Iterator[tuple[np.ndarray, np.ndarray]]:
        """For each source of `rows`, its `count` nearest other sources (by cosine, ties by
        order) and their cosines. Where the pairs are many (a folder of many topics has
        many doubtful sources) a scipy sparse product finds them, through `run` (a forked
        child that has loaded scipy: a one-source rebuild then does not import it here,
        0.2 s); memory stays bounded however many sources there are."""
        if len(rows) * self.count < SPARSE_PAIRS:
            for i in rows:
                yield _closest(self.cosines(self.dense(i)), i, count)
            return
        arrays = (self.weight, self.term, self.start, self.size, list(rows), count)
        found = run(nearest_by_product, *arrays) if run else nearest_by_product(*arrays)
        yield from zip(*found, strict=True)


Runner = Callable[..., tuple[np.ndarray, np.ndarray]]


def _closest(similar: np.ndarray, own: int, count: int) -> tuple[np.ndarray, np.ndarray]:
    similar[own] = -1.0
    nearest = np.lexsort((np.arange(len(similar)), -similar))[:count]
    return nearest, similar[nearest]


def nearest_by_product(
    weight: np.ndarray, term: np.ndarray, start: np.ndarray, size: int, rows: list[int], count: int
) -> tuple[np.ndarray, np.ndarray]:
    """`_Vectors.nearest` of many rows at once, as a sparse product, `BLOCK_ROWS` rows at a
    time: the nearest sources' numbers and cosines, one row each."""
    from scipy import sparse

    matrix = sparse.csr_matrix((weight, term, start), shape=(len(start) - 1, size))
    transposed = matrix.T.tocsc()
    places, cosines = [], []
    for first in range(0, len(rows), BLOCK_ROWS):
        block = rows[first : first + BLOCK_ROWS]
        for own, similar in zip(block, (matrix[block] @ transposed).toarray(), strict=True):
            nearest, found = _closest(similar, own, count)
            places.append(nearest)
            cosines.append(found)
    width = min(count, len(start) - 1)
    return (
        np.array(places, dtype=np.int64).reshape(-1, width),
        np.array(cosines).reshape(-1, width),
    )


# A capitalised word of a title; and a capitalised word of running text that follows
# another word (not a sentence's first)
TITLE_WORD = re.compile(r"[A-Z][\w'’-]*")
NAME_IN_TEXT = re.compile(r"(?<=[\w,;'’)]\s)[A-Z][\w'’-]*|\b[A-Z][\w-]*['’]s\b")
POSSESSIVE_END = re.compile(r"['’]s$")


# Two capitalised words of a title joined as a pair ("in Spain and Portugal"), the first
# standing alone (after a word in lower case, or opening the title): names of a kind
COORDINATED = re.compile(r"(?:^|(?<=[a-z]\s))([A-Z][\w'’-]*)(?:,|\s+and|\s+or)\s+([A-Z][\w'’-]*)")


def title_names(title: str, topic: str) -> list[str]:
    """The words of a brief's title that name something: capitalised there and also
    inside a sentence of its topic, or as a possessive ("Argentina", "Milei"; in a title in
    title case, "Shortages" is capitalised only there). A month is no name of a topic. A
    word the title pairs with a name is one too: "… Blackout in Spain and Portugal" over a
    topic saying "Spanish and Portuguese … Portugal's government" had named only Portugal,
    and the Spanish government's own inquiry, which never names Portugal, was left out of
    the memos as off the topic."""
    named = {POSSESSIVE_END.sub("", w) for w in NAME_IN_TEXT.findall(topic)}
    found = [POSSESSIVE_END.sub("", w) for w in TITLE_WORD.findall(title)]
    names = [w for w in found if w in named and w.lower() not in CALENDAR_WORDS]
    for pair in COORDINATED.findall(title):
        first, second = (POSSESSIVE_END.sub("", w) for w in pair)
        if first in names or second in names:
            names += [w for w in (first, second) if w.lower() not in CALENDAR_WORDS]
    return list(dict.fromkeys(w for w in found if w in names))


def name_forms(name: str) -> list[str]:
    """A title's name and, where it names a state, the state's other one-word names: its
    demonym, capital, other spellings ("Spain": "Spanish", "Madrid", "España"). The Spanish
    government's report on a blackout, datelined Madrid and signed "Gobierno de España",
    names Spain only so; with the title's names as anchors it had been left out as off the
    topic."""
    from briefkit.analysis.actors import country_names

    known = country_names()
    state = known.get(name.lower())
    if state is None:
        return [name]
    others = sorted(key.title() for key, at in known.items() if at == state and " " not in key)
    return list(dict.fromkeys([name, *others]))


def anchors(seeds: Sequence[Sequence[str]], names: Sequence[Sequence[str]]) -> list[Sequence[str]]:
    """Of the title's names (each as its stemmed forms, `name_forms`), those nearly all the
    topic's likeliest sources (`seeds`: their terms) use in some form (`ANCHOR_SHARE`)."""
    held = [set(found) for found in seeds]
    return [
        forms
        for forms in names
        if sum(any(form in h for form in forms) for h in held) >= ANCHOR_SHARE * len(held)
    ]


def topicality(documents: Sequence[Sequence[str]], query: Sequence[str]) -> list[float]:
    """Per source (its stemmed terms), its topicality relative to the best source's (0..1)."""
    return [float(s) for s in _scores(documents, query)[0]]


def _scores(
    documents: Sequence[Sequence[str]],
    query: Sequence[str],
    names: Sequence[Sequence[str]] = (),
) -> tuple[np.ndarray, _Vectors | None]:
    """Per source, its topicality relative to the best source's; 0 where the title's names
    (each as its stemmed forms) make `anchors` and the source uses none of them."""
    if not documents:
        return np.zeros(0), None
    vectors = _Vectors(documents)
    relevance = vectors.bm25(query)
    best = relevance.max()
    if best <= 0:
        return np.ones(len(documents)), None
    related = relevance / best
    seeds = sorted(range(len(documents)), key=lambda i: (-related[i], i))[:SEED_SOURCES]
    centroid = sum(vectors.dense(i) * related[i] for i in seeds)
    norm = float(np.sqrt(centroid @ centroid)) or 1.0
    scores = vectors.cosines(centroid / norm) * related
    anchored = [
        vectors.vocabulary[form]
        for forms in anchors([documents[i] for i in seeds], names)
        for form in forms
        if form in vectors.vocabulary
    ]
    if anchored:
        using = np.bincount(
            vectors.source[np.isin(vectors.term, anchored)], minlength=vectors.count
        )
        scores = np.where(using > 0, scores, 0.0)
    top = scores.max()
    return (scores / top if top > 0 else np.ones(len(documents))), vectors


def on_topic(
    documents: Sequence[Sequence[str]],
    query: Sequence[str],
    run: Runner | None = None,
    names: Sequence[Sequence[str]] = (),
) -> list[bool]:
    """Per source: is it about the brief? Sources far below the best are, only where the
    sources nearest to them (`NEAREST`, by cosine) are (`AROUND_ON_TOPIC`). `names`: the
    title's names (`title_names`), each as its stemmed forms (`name_forms`). `run`, if
    given, runs the comparison of many sources (`nearest_by_product`) elsewhere."""
    kept = [True] * len(documents)
    if len(documents) < MIN_SOURCES:
        return kept
    scores, vectors = _scores(documents, query, names)
    if vectors is None:
        return kept
    count = min(NEAREST, max(2, (len(documents) - 1) // NEAREST_SHARE))
    doubtful = [int(i) for i in np.flatnonzero(scores < OFF_TOPIC)]
    for i, (nearest, similar) in zip(doubtful, vectors.nearest(doubtful, count, run), strict=True):
        weights = np.maximum(similar, 0.0)
        around = float(scores[nearest] @ weights / weights.sum()) if weights.sum() > 0 else 0.0
        kept[int(i)] = around >= AROUND_ON_TOPIC
    return kept
