"""The textbook method on the bench corpora: Lin and Bilmes (2011) over the ruler's sentences.

    .venv/bin/python bench/textbook.py [CORPUS ...] [--words N] [--eval DIR] [--memos FILE]

Issue 11's research found submodular coverage plus diversity with gain per word (Lin and
Bilmes, "A Class of Submodular Functions for Document Summarization", 2011) the best
general extractive method on its corpora, about 51-55% at 1,000 words. This runs that
method, written from the paper and nothing of briefkit's, on `bench/corpora/`: the
ruler's own sentences (`baseline.py`), those that end as sentences do, TF-IDF vectors of
words and word pairs, and a greedy fill of N words (default 1,000) maximising

    sum_i min(C_i(S), ALPHA * C_i(V)) + LAMBDA * sum_k sqrt(sum_{j in S, source k} r_j)

with C_i(S) the cosine similarity of sentence i to the chosen ones, r_j a sentence's mean
similarity plus QUERY_WEIGHT times its similarity to the brief's title and topic, and a
gain divided by (words ** COST_POWER). The constants are the best of a small grid run on
all 54 corpora (ALPHA 0.05-1.0, LAMBDA 0-4, QUERY_WEIGHT 0-2, COST_POWER 0.3-1.0), which
favours the method: no corpus is held out from its tuning.

It prints, per read corpus, its recall beside random sentences at N (the ruler's
`baseline.py`, mean of 200 draws) and, given `--memos FILE` (the table `bench/quality.py`
printed), briefkit's analyst memo; the unread corpora (`quality.UNREAD`) as group means
only. Exit status 1 when the method does not beat random on the mean (this script is
wrong), or, given `--memos`, when briefkit's analyst memo does not beat it on the mean.
"""

from __future__ import annotations

import itertools
import math
import re
import statistics
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from flat_selection import flat_run

ALPHA = 0.3
LAMBDA = 4.0
QUERY_WEIGHT = 2.0
COST_POWER = 0.3
MAX_WORDS = 60  # a longer "sentence" is a run of lines the splitter did not break
STOP_WORDS = frozenset(
    {
        *("the", "a", "an", "of", "to", "in", "and", "or", "for", "on", "at", "by", "with"),
        *("from", "as", "is", "are", "was", "were", "be", "been", "has", "have", "had"),
        *("that", "this", "it", "its", "which", "who", "will", "would", "could", "should"),
        *("may", "can", "not", "but", "their", "they", "he", "she", "his", "her", "we"),
        *("our", "than", "also", "into", "over", "after", "more", "about"),
    }
)


def features(sentence: str) -> list[str]:
    """Words (no stop words) and adjacent word pairs, lower case."""
    words = [w for w in re.findall(r"[a-z0-9]+", sentence.lower()) if w not in STOP_WORDS]
    words = [w for w in words if len(w) > 1]
    return words + [f"{a}_{b}" for a, b in itertools.pairwise(words)]


def tfidf(texts: Sequence[str]) -> tuple[np.ndarray, dict[str, int], Counter[str]]:
    """Unit-length TF-IDF rows (log-scaled counts), the vocabulary and document counts."""
    counted = [Counter(features(t)) for t in texts]
    frequency = Counter(f for c in counted for f in c)
    vocabulary = {f: i for i, f in enumerate(sorted(frequency))}
    n = len(texts)
    rows = np.zeros((n, len(vocabulary)))
    for i, found in enumerate(counted):
        for feature, count in found.items():
            rows[i, vocabulary[feature]] = (1 + math.log(count)) * math.log(n / frequency[feature])
    norms = np.linalg.norm(rows, axis=1)
    norms[norms == 0] = 1.0
    return rows / norms[:, None], vocabulary, frequency


def textbook_summary(
    sentences: Sequence[str], sources: Sequence[int], query: str, words: int
) -> list[str]:
    """The greedy maximiser of the objective above within `words` (`sources`: each
    sentence's source, the diversity term's clusters)."""
    if not sentences:
        return []
    rows, vocabulary, frequency = tfidf(sentences)
    similarity = rows @ rows.T
    asked = np.zeros(rows.shape[1])
    for feature in features(query):
        if feature in vocabulary:
            asked[vocabulary[feature]] += math.log(len(sentences) / frequency[feature])
    norm = np.linalg.norm(asked)
    relevance = rows @ asked / norm if norm else np.zeros(len(sentences))
    reward = similarity.mean(axis=1) + QUERY_WEIGHT * relevance
    cap = ALPHA * similarity.sum(axis=0)
    cost = np.array([len(s.split()) for s in sentences], dtype=float)
    covered = np.zeros(len(sentences))
    per_source: Counter[int] = Counter()
    chosen: list[int] = []
    spent = 0.0
    left = set(range(len(sentences)))
    while True:
        base = np.minimum(covered, cap).sum()
        best, pick = -math.inf, -1
        for j in sorted(left):
            if spent + cost[j] > words:
                continue
            gain = np.minimum(covered + similarity[j], cap).sum() - base
            k = sources[j]
            gain += LAMBDA * (math.sqrt(per_source[k] + reward[j]) - math.sqrt(per_source[k]))
            gain /= cost[j] ** COST_POWER
            if gain > best:
                best, pick = gain, j
        if pick < 0:
            break
        chosen.append(pick)
        left.discard(pick)
        spent += cost[pick]
        covered += similarity[pick]
        per_source[sources[pick]] += reward[pick]
    return [sentences[j] for j in chosen]


def ends_a_sentence(sentence: str) -> bool:
    return sentence.rstrip('"”’)').endswith((".", "!", "?"))


def _textbook(corpus: Path, _scratch: Path, words: int) -> tuple[list[str], Path]:
    from baseline import sentences  # the ruler's own splitter (`flat_run` put it on the path)

    spec = yaml.safe_load((corpus / "brief.yaml").read_text(encoding="utf-8"))
    seeds = (corpus / spec.get("seeds", "seeds")).resolve()
    files = sorted(
        p
        for p in seeds.iterdir()
        if p.is_file()
        and re.match(r"\d{3}", p.name)
        and p.suffix.lower() in (".txt", ".md", ".html", ".pdf", ".docx")
    )
    texts, sources = [], []
    for k, path in enumerate(files):
        for sentence in sentences(path):
            if ends_a_sentence(sentence) and len(sentence.split()) <= MAX_WORDS:
                texts.append(sentence)
                sources.append(k)
    query = f"{spec.get('title', '')} {spec.get('topic', '')}"
    return textbook_summary(texts, sources, query, words), seeds


def main() -> int:
    rows, memo = flat_run(__doc__.split("\n\n")[0], "method", 1000, _textbook, unread_rows=False)
    verdicts = [statistics.mean(m - r for m, r in rows.values()) > 0]
    if memo:
        scored = [n for n in rows if n in memo]
        verdicts.append(statistics.mean(float(memo[n]) - rows[n][0] for n in scored) > 0)
    return 0 if all(verdicts) else 1


if __name__ == "__main__":
    raise SystemExit(main())
