"""Choose excerpts for one memo: within the word budget, diverse, balanced across sources.

Greedy maximal marginal relevance (MMR): sections take turns, each taking its best
remaining candidate after penalties for similarity to what the memo already holds and
for sources it already quotes often. Same inputs, same choices.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from briefkit.layout import SectionLayout
from briefkit.analysis.proposals import Candidate, Proposals

MMR_LAMBDA = 0.72
NEAR_DUPLICATE = 0.55
SOURCE_PENALTY = 0.3


@dataclass(frozen=True)
class SectionPlan:
    layout: SectionLayout
    budget: int  # words


def select(
    proposals: Proposals, plans: list[SectionPlan], per_item_overhead: dict[str, int] | None = None
) -> dict[str, list[Candidate]]:
    """Pick candidates per section; a sentence appears at most once in a memo."""
    overhead = per_item_overhead or {}
    chosen: dict[str, list[Candidate]] = {p.layout.id: [] for p in plans}
    used_words = Counter[str]()
    used_ids: set[str] = set()
    actors: dict[str, set[str]] = {p.layout.id: set() for p in plans}
    per_source = Counter[str]()
    open_sections = [p for p in plans if p.layout.id in proposals.sections]
    total = sum(p.budget for p in plans)

    def cost(plan: SectionPlan, candidate: Candidate) -> int:
        return candidate.sentence.words + overhead.get(plan.layout.id, 0)

    def best(plan: SectionPlan, slack: float) -> Candidate | None:
        section = plan.layout.id
        room = min(plan.budget * slack - used_words[section], total - sum(used_words.values()))
        top: tuple[float, str, Candidate] | None = None
        for candidate in proposals.sections[section]:
            sentence = candidate.sentence
            if sentence.id in used_ids or cost(plan, candidate) > room:
                continue
            if plan.layout.one_per_actor and (candidate.actor or "") in actors[section]:
                continue
            if plan.layout.one_per_actor and not candidate.actor:
                continue
            similarity = max((proposals.similarity(sentence.id, u) for u in used_ids), default=0.0)
            if similarity >= NEAR_DUPLICATE:
                continue
            value = MMR_LAMBDA * candidate.score - (1 - MMR_LAMBDA) * similarity
            value /= 1 + SOURCE_PENALTY * per_source[sentence.source_id]
            key = (value, sentence.id)
            if top is None or key[0] > top[0] or (key[0] == top[0] and key[1] < top[1]):
                top = (value, sentence.id, candidate)
        return top[2] if top else None

    def take(plan: SectionPlan, candidate: Candidate) -> None:
        chosen[plan.layout.id].append(candidate)
        used_ids.add(candidate.sentence.id)
        used_words[plan.layout.id] += cost(plan, candidate)
        per_source[candidate.sentence.source_id] += 1
        if candidate.actor:
            actors[plan.layout.id].add(candidate.actor)

    # The editor's pinned excerpts come first, in their order, as far as the budget goes.
    for plan in open_sections:
        for candidate in proposals.sections[plan.layout.id]:
            if not candidate.pinned or candidate.sentence.id in used_ids:
                continue
            fits = cost(plan, candidate) <= total - sum(used_words.values())
            if fits and len(chosen[plan.layout.id]) < plan.layout.max_items:
                take(plan, candidate)

    for slack in (1.0, 1.35):
        progress = True
        while progress:
            progress = False
            for plan in sorted(open_sections, key=lambda p: len(chosen[p.layout.id])):
                section = plan.layout.id
                if len(chosen[section]) >= plan.layout.max_items:
                    continue
                candidate = best(plan, slack)
                if candidate is None:
                    continue
                take(plan, candidate)
                progress = True
    return chosen
