"""Choose excerpts for one memo: the greedy maximiser of the selection objective.

`analysis.objective` says what a passage adds to a memo per word; this module fills
every section to its word budget by repeatedly taking the (passage, section) with the
highest gain per word that still fits. Gains only fall as the memo grows, so the heap
starts from each passage's gain on an empty memo (`objective.gain_bound`, found once per
Proposals) and a gain is recomputed only when it reaches the top (lazy greedy). The
editor's pinned passages go in first, then the bottom line's. Same inputs, same choices.
"""

from __future__ import annotations

import heapq
import math
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from briefkit.analysis.candidates import Candidate, Proposals
from briefkit.analysis.objective import (
    MemoState,
    awaits_its_case,
    gain_bound,
    gain_per_word,
    near_duplicate,
    retells_a_bullet,
)
from briefkit.analysis.proposals import SUMMARY
from briefkit.analysis.units import case_odds
from briefkit.layout import SectionLayout

FIRST_SLACK = 1.0  # in the first pass a section may fill its share times this
SLACK = 1.3  # after the first pass a section may overrun its share by this factor
POOL = 400  # candidates per section the greedy search considers, best first
# The bottom line's bullets from one source at most this share of its items (rounded up)
# while another source has a passage left for it: a minister's note had all four from one
# retrospective, "half of the bottom line rests on one magazine piece" (a cold read)
LEAD_SOURCE_SHARE = 0.5


@dataclass
class _Cases:
    """A source's scenarios as the memo quotes them. A scenario is quoted only beside every
    likelier one of the same source: a minister's note had "Scenario B: Special
    administration (probability: 30%)" with its source's 55% case nowhere, an analyst memo
    a 35% "managed truce" without the 45% base case, and another the 55% and 15% cases of
    three without the 30% one (a cold read: the odds did not add up). One that comes up
    early waits, and goes back to the search once the likelier ones are in."""

    odds: dict[str, set[int]]  # source -> the odds of every scenario it has quotable
    quoted: dict[str, set[int]]  # source -> the odds of its scenarios the memo quotes
    waiting: dict[str, list[tuple[float, str, int, Candidate]]]
    # less likely cases waiting for one of their `Candidate.follows` (their source's
    # likeliest case, however its odds are told: `objective.awaits_its_case`)
    following: list[tuple[float, str, int, Candidate]] = field(default_factory=list)

    @classmethod
    def of(cls, proposals: Proposals) -> _Cases:
        odds: dict[str, set[int]] = {}
        for candidates in proposals.sections.values():
            for candidate in candidates:
                found = case_odds(candidate.sentence)
                if found:
                    odds.setdefault(candidate.sentence.source_id, set()).add(found)
        return cls(odds, {}, {})

    def must_wait(self, candidate: Candidate) -> bool:
        """A scenario with a likelier one of its source that the memo lacks, or a second
        passage of a case while another case of its source has none: an outlook had two
        lines of a 25% upside and none of the 20% downside (a cold read: it tilts)."""
        source = candidate.sentence.source_id
        found = case_odds(candidate.sentence) if source in self.odds else None
        if not found:
            return False
        quoted = self.quoted.get(source, set())
        unquoted = [o for o in self.odds[source] if o not in quoted]
        return any(o > found for o in unquoted) or (found in quoted and bool(unquoted))

    def taken(self, candidate: Candidate) -> list[tuple[float, str, int, Candidate]]:
        """Record a quoted passage; the scenarios it lets in, to search again."""
        released = [e for e in self.following if candidate.sentence.id in e[3].follows]
        if released:
            self.following = [e for e in self.following if e not in released]
        source = candidate.sentence.source_id
        found = case_odds(candidate.sentence) if source in self.odds else None
        if not found:
            return released
        self.quoted.setdefault(source, set()).add(found)
        waiting = self.waiting.pop(source, [])
        ready = [e for e in waiting if not self.must_wait(e[3])]
        if len(ready) < len(waiting):
            self.waiting[source] = [e for e in waiting if e not in ready]
        return released + ready


@dataclass(frozen=True)
class SectionPlan:
    layout: SectionLayout
    budget: int  # words


def select(
    proposals: Proposals,
    plans: list[SectionPlan],
    per_item_overhead: dict[str, int] | None = None,
    total: int | None = None,
    already: list[Candidate] | None = None,
    refused: frozenset[str] = frozenset(),
) -> dict[str, list[Candidate]]:
    """Pick candidates per section within each section's budget and `total` words (by
    default the sum of the sections'); a passage, or a sentence of it, appears once.
    `already` holds passages the memo quotes elsewhere (its chronology and disagreement
    rows): they count as covered, and nothing nearly the same is quoted again. Passages
    whose ids are `refused` are not taken (those that ran a page over: `compose`), nor
    those whose level a newer source retold (`Proposals.retold`), unless an editor pinned
    them."""
    if proposals.retold:
        pinned = {c.sentence.id for found in proposals.sections.values() for c in found if c.pinned}
        refused = refused | (proposals.retold - pinned)
    overhead = per_item_overhead or {}
    chosen: dict[str, list[Candidate]] = {p.layout.id: [] for p in plans}
    used_words = Counter[str]()
    used_sentences: set[str] = set()
    actors: dict[str, set[str]] = {p.layout.id: set() for p in plans}
    state = MemoState()
    for candidate in already or ():
        state.add(candidate, proposals)
    open_plans = [p for p in plans if p.layout.id in proposals.sections]
    total = sum(p.budget for p in plans) if total is None else total
    cases = _Cases.of(proposals)
    others_left: dict[tuple[str, int], bool] = {}  # (capped source, sentences taken) → …

    def cost(plan: SectionPlan, candidate: Candidate) -> int:
        return candidate.sentence.words + overhead.get(plan.layout.id, 0)

    def allowed(plan: SectionPlan, candidate: Candidate, lead_cap: bool = True) -> bool:
        section = plan.layout.id
        if candidate.sentence.id in refused or sentence_ids(candidate) & used_sentences:
            return False
        if len(chosen[section]) >= plan.layout.max_items:
            return False
        if plan.layout.one_per_actor and (
            not candidate.actor or candidate.actor in actors[section]
        ):
            return False
        if section == SUMMARY and retells_a_bullet(candidate, chosen[section], state):
            return False
        if lead_cap and section == SUMMARY and not _under_lead_cap(plan, candidate, chosen):
            # one more of this source's only while no other source has a passage left
            # (known per source until the next take: the scan is not repeated per candidate)
            key = (candidate.sentence.source_id, len(used_sentences))
            if key not in others_left:
                others_left[key] = any(
                    c.sentence.source_id != key[0]
                    and _under_lead_cap(plan, c, chosen)
                    and cost(plan, c) <= total - sum(used_words.values())
                    and allowed(plan, c, lead_cap=False)
                    for c in proposals.sections[SUMMARY][:POOL]
                )
            if others_left[key]:
                return False
        return not near_duplicate(candidate, state, proposals)

    def take(plan: SectionPlan, candidate: Candidate) -> list[tuple[float, str, int, Candidate]]:
        """Quote the candidate; returns the entries it lets back into the search."""
        chosen[plan.layout.id].append(candidate)
        used_sentences.update(sentence_ids(candidate))
        used_words[plan.layout.id] += cost(plan, candidate)
        state.add(candidate, proposals)
        if candidate.actor:
            actors[plan.layout.id].add(candidate.actor)
        return cases.taken(candidate)

    for plan in open_plans:  # the editor's pins first, in their order, as far as room goes
        for candidate in proposals.sections[plan.layout.id]:
            fits = (
                candidate.pinned
                and not sentence_ids(candidate) & used_sentences
                and cost(plan, candidate) <= total - sum(used_words.values())
                and len(chosen[plan.layout.id]) < plan.layout.max_items
            )
            if fits:
                take(plan, candidate)

    # The bottom line is filled first, from its own candidates: competing with the sections
    # for the same passages, it had kept only those whose gain there beat every section's
    # (one bullet in 31 of 51 analyst memos of the bench, "up to three" promised).
    leads = [p for p in open_plans if p.layout.id == SUMMARY]
    for slack, plans_now in ((FIRST_SLACK, leads), (FIRST_SLACK, open_plans), (SLACK, open_plans)):
        heap: list[tuple[float, str, int, Candidate]] = []
        for order, plan in enumerate(open_plans):
            if plan not in plans_now:
                continue
            for candidate in proposals.sections[plan.layout.id][:POOL]:
                if candidate.pinned:
                    continue
                value = gain_bound(candidate, proposals, cost(plan, candidate))
                heapq.heappush(heap, (-value, candidate.sentence.id, order, candidate))
        cases.waiting.clear()  # each pass searches afresh
        cases.following.clear()
        while heap:
            entry = heapq.heappop(heap)
            _, _, order, candidate = entry
            plan = open_plans[order]
            section = plan.layout.id
            room = min(plan.budget * slack - used_words[section], total - sum(used_words.values()))
            if cost(plan, candidate) > room or not allowed(plan, candidate):
                continue
            if cases.must_wait(candidate):
                cases.waiting.setdefault(candidate.sentence.source_id, []).append(entry)
                continue
            if awaits_its_case(candidate, state):
                cases.following.append(entry)
                continue
            value = gain_per_word(candidate, state, proposals, cost(plan, candidate))
            if heap and (-value, candidate.sentence.id, order) > heap[0][:3]:  # ties as ranked
                heapq.heappush(heap, (-value, candidate.sentence.id, order, candidate))
                continue
            for waited in take(plan, candidate):
                heapq.heappush(heap, waited)
    _fill_empty_sections(open_plans, proposals, chosen, used_words, cost, refused)
    return chosen


def _under_lead_cap(
    plan: SectionPlan, candidate: Candidate, chosen: dict[str, list[Candidate]]
) -> bool:
    """May the bottom line take one more passage of the candidate's source
    (`LEAD_SOURCE_SHARE`)?"""
    source = candidate.sentence.source_id
    same = sum(1 for c in chosen[plan.layout.id] if c.sentence.source_id == source)
    return same < max(1, math.ceil(plan.layout.max_items * LEAD_SOURCE_SHARE))


def _fill_empty_sections(
    plans: list[SectionPlan],
    proposals: Proposals,
    chosen: dict[str, list[Candidate]],
    used_words: Counter[str],
    cost: Callable[[SectionPlan, Candidate], int],
    refused: frozenset[str] = frozenset(),
) -> None:
    """A section left empty gets the best of its candidates that another section took (a
    forward-looking passage the background, with more room, took first must not leave the
    outlook empty). The passage moves; nothing is quoted twice."""
    for plan in plans:
        section = plan.layout.id
        if chosen[section]:
            continue
        wanted = {
            c.sentence.id: c
            for c in proposals.sections[section]
            if not c.pinned and c.sentence.id not in refused
        }
        movable = [
            (other, taken, wanted[taken.sentence.id])
            for other, picks in chosen.items()
            if other != section and len(picks) > 1
            for taken in picks
            if taken.sentence.id in wanted and not taken.pinned
        ]
        if plan.layout.one_per_actor:
            movable = [m for m in movable if m[2].actor]
        if not movable:
            continue
        other, taken, mine = max(movable, key=lambda m: (m[2].score, m[2].sentence.id))
        other_plan = next(p for p in plans if p.layout.id == other)
        chosen[other].remove(taken)
        used_words[other] -= cost(other_plan, taken)
        chosen[section].append(mine)
        used_words[section] += cost(plan, mine)


def sentence_ids(candidate: Candidate) -> set[str]:
    """The source sentences a passage quotes: every sentence of a joined passage
    (`<first id>+p<n>:s<m>[+p<n>:s<m>]`)."""
    first, *more = candidate.sentence.id.split("+")
    return {first, *(f"{candidate.sentence.source_id}:{part}" for part in more)}
