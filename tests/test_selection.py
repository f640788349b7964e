from __future__ import annotations

import dataclasses
from pathlib import Path

from briefkit.analysis.proposals import propose
from briefkit.analysis.units import case_odds
from briefkit.layout import SectionLayout
from briefkit.read import read_corpus
from briefkit.selection import SectionPlan, select
from tests.conftest import write

SCENARIOS = """# The Delta in 2026: Three Scenarios

December 1, 2025

## Scenario A: Slow repair (probability: 55%)

Engineers will restore full river flows to the delta farms by late 2026.

## Scenario B: Farm revolt (probability: 30%)

Delta farm unions will probably sue the dam authority and block the river ports.

## Scenario C: Drought (probability: 15%)

A third dry year could halve the rice harvest across the delta.
"""


def _scenario_proposals(folder: Path, favour: str):
    """Proposals of one source's three scenarios, the one opening with `favour` made by
    far the most attractive (as a detail of a less likely case can be)."""
    write(folder / "outlook.md", SCENARIOS)
    write(
        folder / "news.txt",
        "Dam Talks\n\nNovember 20, 2025\n\n"
        "The river dam cut water flows to the delta farms by a third this year.\n",
    )
    proposals = propose(read_corpus(folder), "the river dam and the delta farms: outlook")
    outlook = tuple(
        dataclasses.replace(c, standing=c.standing * 20)
        if c.sentence.quote.startswith(favour)
        else c
        for c in proposals.sections["outlook"]
    )
    assert {case_odds(c.sentence) for c in outlook} >= {55, 30}
    return dataclasses.replace(proposals, sections={**proposals.sections, "outlook": outlook})


def test_a_less_likely_scenario_is_never_quoted_without_the_likeliest(tmp_path: Path) -> None:
    proposals = _scenario_proposals(tmp_path, "Delta farm unions")
    outlook = SectionLayout(id="outlook", title="Outlook", max_items=9)
    room_for_one = select(proposals, [SectionPlan(outlook, 14)])["outlook"]
    assert [case_odds(c.sentence) for c in room_for_one] == [55]
    room_for_two = select(proposals, [SectionPlan(outlook, 30)])["outlook"]
    assert sorted(case_odds(c.sentence) or 0 for c in room_for_two)[-2:] == [30, 55]


def test_the_likeliest_scenario_is_quoted_alone_when_room_allows_one(tmp_path: Path) -> None:
    proposals = _scenario_proposals(tmp_path, "Engineers will restore")
    outlook = SectionLayout(id="outlook", title="Outlook", max_items=1)
    chosen = select(proposals, [SectionPlan(outlook, 40)])["outlook"]
    assert [case_odds(c.sentence) for c in chosen] == [55]


def test_a_scenario_is_never_quoted_without_every_likelier_one(tmp_path: Path) -> None:
    """A cold read: an outlook quoted a source's 55% and 15% cases and not its 30% one, so
    the odds it showed did not add up."""
    proposals = _scenario_proposals(tmp_path, "A third dry year")
    assert 15 in {case_odds(c.sentence) for c in proposals.sections["outlook"]}
    outlook = SectionLayout(id="outlook", title="Outlook", max_items=9)
    for budget in (14, 30, 60):
        chosen = select(proposals, [SectionPlan(outlook, budget)])["outlook"]
        odds = sorted((case_odds(c.sentence) or 0 for c in chosen), reverse=True)
        quoted = [o for o in odds if o]
        assert quoted == [55, 30, 15][: len(quoted)], (budget, quoted)
