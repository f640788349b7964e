"""Importance: how likely a passage is to carry a point an analyst would put in the memo.

The other signals each say one thing about a passage (how relevant, how central, how
specific). Which of them matter, and by how much, is measured here: a logistic model of
"this passage holds a key point" over those signals and a few plain features of the text,
fitted by `bench/fit_importance.py` on the benchmark's read corpora (their key points were
written by people who never saw briefkit's output) and judged on corpora it was not
fitted on. Its odds, relative to the corpus's mean, multiply a passage's standing
(`proposals.score`), so the selection objective's trade of coverage, relevance and words
is made among passages weighted by what such passages have been found to carry.

The model is linear in features every brief has, so it carries no topic's words: it
cannot learn that "cocoa" matters, only that a passage a second source tells too, or one
giving a figure, more often does.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from briefkit.analysis import objective
from briefkit.lazy_regex import lazy_compile

if TYPE_CHECKING:
    from briefkit.analysis.proposals import Analysis

# How much the model's odds move a passage's standing: its likelihood over the corpus's
# mean, to this power. Set at the first flat trial (`bench/fit_importance.py --flat`) and
# not tuned after, before any memo was built with it: see docs/quality-history.md, the
# nineteenth round.
WEIGHT = 0.5
FLOOR = 1e-4  # keeps the logarithm of a zero score finite
OTHER_SOURCE = 0.15  # cosine at which a passage of another source tells the same matter
MONEY = lazy_compile(r"%|\bper ?cent\b|[$€£¥]|\b(?:billion|million|trillion|bn)\b", re.IGNORECASE)
CAPITALISED = lazy_compile(r"\b[A-Z][a-z]+")
SPEECH = lazy_compile(r"[\"“”]")

# Fitted by `bench/fit_importance.py`: per feature, its mean and scale on the read corpora
# (features are standardised) and its weight in the model's log-odds.
MODEL: dict[str, tuple[float, float, float]] = {
    # log of centrality × relevance × quality: the standing the other signals give
    "base": (-0.1277, 0.3856, 0.2693),
    "relevance": (0.3415, 0.1737, -0.007063),
    "centrality": (0.5719, 0.1356, -0.0244),
    "fit": (0.3014, 0.2503, 0.06441),  # its best section fit
    "words": (3.182, 0.4914, 0.5227),  # log of its length in words
    "figure": (0.3868, 0.487, 0.1178),  # gives a digit
    "money": (0.1238, 0.3293, 0.01409),  # a share or an amount
    "names": (0.1041, 0.09525, 0.03009),  # capitalised words after the first, per word
    "speech": (0.1944, 0.3958, 0.04514),  # quotes someone
    "position": (0.451, 0.2608, 0.05643),  # 0 at its document's start, 1 at the end
    "paragraph": (1.842, 0.7672, 0.03316),  # log of its paragraph's number
    "opens": (0.4549, 0.498, -0.05309),  # opens its paragraph
    "headed": (0.8489, 0.3581, -0.04015),  # stands under a sub-heading of its source
    "recency": (0.5467, 0.323, 0.1631),  # its source's recency in the corpus
    "elsewhere": (0.2419, 0.1116, 0.1465),  # its nearest passage of another source (cosine)
    "told_by": (0.2009, 0.1701, -0.06809),  # share of other sources with a passage that near
}
FEATURES = tuple(MODEL)
BIAS = -1.194


def features(analysis: Analysis) -> list[tuple[float, ...]]:
    """Each passage's FEATURES, in order."""
    units = analysis.units
    hood = analysis.hood
    source_of = [u.source_id for u in units]  # looked up for every neighbour below
    sources = len(set(source_of))
    rows = []
    for i, unit in enumerate(units):
        text = unit.text
        words = unit.words
        own = source_of[i]
        # the most like passage of another source, and the other sources telling it
        others = (
            [(source_of[j], s) for j, s in hood.near[i].items() if source_of[j] != own]
            if i < len(hood.near)
            else []
        )
        elsewhere = max((s for _, s in others), default=0.0)
        told_by = {other for other, s in others if s >= OTHER_SOURCE}
        related = 1 + objective.RELEVANCE * analysis.relevance[i]
        base = analysis.centrality[i] * related * analysis.quality[i]
        rows.append(
            (
                math.log(base + FLOOR),
                analysis.relevance[i],
                analysis.centrality[i],
                max(analysis.fits[i].values(), default=0.0),
                math.log(max(words, 1)),
                float(any(map(str.isdigit, text))),  # no generator: every pool passage
                float(bool(MONEY.search(text))),
                max(len(CAPITALISED.findall(text)) - 1, 0) / max(words, 1),
                float(bool(SPEECH.search(unit.quote))),
                unit.position,
                math.log(max(unit.paragraph, 1)),
                float(unit.index == 1),
                float(unit.heading is not None),
                analysis.recency[i],
                elsewhere,
                len(told_by) / max(sources - 1, 1),
            )
        )
    return rows


def likelihood(row: Sequence[float]) -> float:
    """The model's probability that a passage with these features carries a key point."""
    z = BIAS + sum(w * (x - m) / s for x, (m, s, w) in zip(row, MODEL.values(), strict=True))
    return 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))


def factors(analysis: Analysis) -> tuple[float, ...]:
    """Per passage, what its importance multiplies its standing by: its likelihood over
    the corpus's mean, to the power WEIGHT (1 for a passage as likely as the average)."""
    found = [likelihood(row) for row in features(analysis)]
    if not found:
        return ()
    mean = sum(found) / len(found)
    return tuple((p / mean) ** WEIGHT for p in found)
