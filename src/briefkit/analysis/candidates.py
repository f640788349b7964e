"""Candidates: a passage proposed for a memo section, with the signals that scored it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from briefkit.analysis import coverage
from briefkit.corpus import Sentence


@dataclass(frozen=True)
class Candidate:
    sentence: Sentence  # the citable unit (one sentence, or two that belong together)
    score: float  # its gain on an empty memo (`objective.initial_score`)
    relevance: float  # 0..1, to the brief
    centrality: float  # 0..1, how much of what the sources say it carries
    fit: float  # 0..1, to this section
    actor: str | None = None  # whose position it states (regional positions)
    pinned: bool = False  # the editor pinned it: used first, whatever its score
    rank: int | None = None  # its place in the curation file, which orders the memo
    standing: float = 1.0  # multiplier: how well it stands here (quality, recency, fit)
    # One of a source's less likely cases: its standing is `held_back` times as much until
    # one of `follows` (its source's likeliest case) is in the memo (`objective.gain`)
    follows: frozenset[str] = frozenset()
    held_back: float = 1.0

    def reason(self) -> str:
        """Why it was proposed, in words an editor can check."""
        parts = [f"relevance {self.relevance:.2f}", f"coverage {self.centrality:.2f}"]
        parts.append(f"section fit {self.fit:.2f}")
        if self.actor:
            parts.append(f"actor {self.actor}")
        if self.pinned:
            parts.insert(0, "pinned by the editor")
        return ", ".join(parts)


@dataclass(frozen=True)
class Proposals:
    """Ranked candidates per section, with what the objective needs to compare them."""

    sections: dict[str, tuple[Candidate, ...]]
    years: tuple[int, int] | None  # range of the sources' (known or hinted) years
    asked_since: int | None = None  # the first year of the period the brief names, if any
    subjects: dict[str, str] = field(default_factory=dict)  # passage id -> actor
    index: dict[str, int] = field(default_factory=dict)  # passage id -> its row in `hood`
    hood: coverage.Neighbourhood = field(
        default_factory=lambda: coverage.Neighbourhood((), ())
    )  # nearest neighbours of every passage
    # passage id -> (its quote, `findings.event_date`), as the per-source stage found it
    dates: dict[str, tuple[str, str | None]] = field(default_factory=dict)
    aspects: dict[str, dict[int, float]] = field(default_factory=dict)  # id -> aspects answered
    # actor -> the brief's items its name answers, which its row answers (`actors_asked`)
    asked_rows: dict[str, dict[int, float]] = field(default_factory=dict)
    # passage id -> (its quote, `findings.figures` without a candidate), as the per-passage
    # stage found them
    figures: dict[str, tuple[str, tuple[Any, ...]]] = field(default_factory=dict)
    # undated sources the events they tell place (`proposals.placed_by_events`): id -> date
    placed: dict[str, str] = field(default_factory=dict)
    # passages whose level, told as now, a newer source gives anew (`proposals.levels_retold`):
    # offered so that a disagreement row may show both figures, taken by no section
    retold: frozenset[str] = frozenset()

    def best_by_sentence(self) -> dict[str, Candidate]:
        """Each passage's highest-scoring candidacy, whatever its section (found once per
        Proposals: chronology and disagreements each ask; a copy, free to change)."""
        held = self.__dict__.get("_best_by_sentence")
        if held is not None:
            return dict(held)
        best: dict[str, Candidate] = {}
        for candidates in self.sections.values():
            for candidate in candidates:
                known = best.get(candidate.sentence.id)
                if known is None or candidate.score > known.score:
                    best[candidate.sentence.id] = candidate
        object.__setattr__(self, "_best_by_sentence", best)  # frozen: a memo, not a field
        return dict(best)

    def similarity(self, a: str, b: str) -> float:
        """How nearly two passages say the same thing (0..1), when they are neighbours."""
        i, j = self.index.get(a), self.index.get(b)
        if i is None or j is None:
            return 0.0
        return max(self.hood.near[i].get(j, 0.0), self.hood.near[j].get(i, 0.0))
