"""The selection objective: what a memo gains by quoting one more passage, per word spent.

    gain(passage, section | memo so far) =
        ( COVERAGE  × concepts of the sources it adds that the memo does not yet carry
        + RELEVANCE × its match to the brief (title, topic, the audience's focus)
        + FIT       × how well it suits the section (discourse cues) )
        × its standing (trimmed or first-person passages stand less well; sections weigh
          recency, late-named actors and passages that belong elsewhere)
        ÷ (1 + SPREAD × passages the memo already quotes from its source)
        ÷ words ** COST_EXPONENT

Coverage is submodular (a concept covered again is worth REPEAT of its weight, then
REPEAT² …), so greedily taking the best gain per word fills each section's budget with
passages that together say the most the sources say (Lin and Bilmes, 2011, "A class of
submodular functions for document summarization"). Gains only fall as the memo grows,
which lets `selection` re-evaluate lazily. Passages nearly the same as one already in
the memo (concept cosine ≥ NEAR_DUPLICATE) are refused outright.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from briefkit.analysis.candidates import Candidate, Proposals

COVERAGE = 1.0
RELEVANCE = 0.45
FIT = 0.45
REPEAT = 0.25
SPREAD = 0.3
COST_EXPONENT = 1.0
NEAR_DUPLICATE = 0.5


@dataclass
class MemoState:
    """What the memo holds so far, as the objective sees it."""

    covered: Counter[str] = field(default_factory=Counter)  # concept -> times quoted
    per_source: Counter[str] = field(default_factory=Counter)
    chosen: list[str] = field(default_factory=list)  # passage ids

    def add(self, candidate: Candidate, proposals: Proposals) -> None:
        self.covered.update(proposals.concepts.get(candidate.sentence.id, ()))
        self.per_source[candidate.sentence.source_id] += 1
        self.chosen.append(candidate.sentence.id)


def coverage_gain(candidate: Candidate, state: MemoState, proposals: Proposals) -> float:
    """Concept weight the passage adds to the memo, on the scale of `Candidate.centrality`."""
    weight = proposals.weights
    total = sum(
        weight.get(c, 0.0) * REPEAT ** state.covered[c]
        for c in proposals.concepts.get(candidate.sentence.id, ())
    )
    return total / proposals.coverage_scale


def gain(candidate: Candidate, state: MemoState, proposals: Proposals) -> float:
    """The memo's gain from quoting the passage in the candidate's section (not per word)."""
    value = (
        COVERAGE * coverage_gain(candidate, state, proposals)
        + RELEVANCE * candidate.relevance
        + FIT * candidate.fit
    )
    value *= candidate.standing
    return value / (1 + SPREAD * state.per_source[candidate.sentence.source_id])


def gain_per_word(
    candidate: Candidate, state: MemoState, proposals: Proposals, words: int
) -> float:
    return gain(candidate, state, proposals) / max(words, 1) ** COST_EXPONENT


def initial_score(centrality: float, relevance: float, fit: float, standing: float) -> float:
    """A passage's gain on an empty memo: the score editors see and proposals rank by."""
    return (COVERAGE * centrality + RELEVANCE * relevance + FIT * fit) * standing


def near_duplicate(candidate: Candidate, state: MemoState, proposals: Proposals) -> bool:
    own = candidate.sentence.id
    return any(proposals.similarity(own, other) >= NEAR_DUPLICATE for other in state.chosen)
