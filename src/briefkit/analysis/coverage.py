"""Coverage: the concepts the sources say, and how much of them a passage carries.

A concept is a content-word stem, a pair of neighbouring content stems ("border guard",
"export control") or a number. Its weight grows with the number of sources that say it:
a point several sources make is more likely to matter than one line of one article, while
a point only one source makes still counts. A memo covers a concept once; a second
passage saying it again adds little (see `objective`).
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter
from collections.abc import Sequence

from briefkit.analysis.terms import Stemmer, terms

NUMBER = re.compile(r"(?<![\w.])\d[\d,.]*\d(?![\w])|(?<![\w.])\d(?![\w.,])")
UNIGRAM_WEIGHT = 0.5  # a single stem says less than a pair of them
SINGLE_SOURCE = 0.5  # the weight of a concept only one source states, in source counts
COMMON_SHARE = 0.25  # a concept in more than this share of passages is the topic itself


def concepts(text: str, stemmer: Stemmer) -> frozenset[str]:
    """The concepts of one passage: content stems, neighbouring pairs of them, numbers."""
    stems = terms(text, stemmer)
    pairs = {f"{a} {b}" for a, b in itertools.pairwise(stems) if a != b}
    numbers = {"#" + n.replace(",", "") for n in NUMBER.findall(text)}
    return frozenset(stems) | frozenset(pairs) | frozenset(numbers)


def weights(units: Sequence[frozenset[str]], sources: Sequence[str]) -> dict[str, float]:
    """Each concept's weight: by how many sources state it, pairs and numbers above stems."""
    said_by: dict[str, set[str]] = {}
    passages: Counter[str] = Counter()
    for found, source in zip(units, sources, strict=True):
        passages.update(found)
        for concept in found:
            said_by.setdefault(concept, set()).add(source)
    common = max(3, COMMON_SHARE * len(units))
    result = {}
    for concept, by in said_by.items():
        if passages[concept] > common:
            continue
        weight = len(by) - 1 + SINGLE_SOURCE
        if " " not in concept and not concept.startswith("#"):
            weight *= UNIGRAM_WEIGHT
        result[concept] = weight
    return result


def value(found: frozenset[str], weight: dict[str, float]) -> float:
    """What a passage would cover on its own."""
    return sum(weight.get(c, 0.0) for c in found)


def cosine(a: frozenset[str], b: frozenset[str], weight: dict[str, float]) -> float:
    """Weighted overlap of two passages' concepts (0..1): near-duplicates score high."""
    shared = sum(weight.get(c, 0.0) ** 2 for c in a & b)
    if not shared:
        return 0.0
    norm_a = math.sqrt(sum(weight.get(c, 0.0) ** 2 for c in a))
    norm_b = math.sqrt(sum(weight.get(c, 0.0) ** 2 for c in b))
    return shared / (norm_a * norm_b) if norm_a and norm_b else 0.0
