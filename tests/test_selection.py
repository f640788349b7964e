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


def _scenario_proposals(folder: Path, favour: str | tuple[str, ...], scenarios: str = SCENARIOS):
    """Proposals of one source's three scenarios, the ones opening with `favour` made by
    far the most attractive (as a detail of a less likely case can be)."""
    write(folder / "outlook.md", scenarios)
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


def test_a_case_has_no_second_passage_while_another_case_has_none(tmp_path: Path) -> None:
    """A cold read: an outlook quoted two lines of a 25% upside and none of the source's
    20% downside, and tilted optimistic."""
    scenarios = SCENARIOS.replace(
        "by late 2026.",
        "by late 2026. Rice growers on the delta farms will plant a second crop in 2026.",
    )
    proposals = _scenario_proposals(tmp_path, ("Engineers", "Rice growers"), scenarios)
    outlook = proposals.sections["outlook"]
    assert [case_odds(c.sentence) for c in outlook].count(55) >= 2
    layout = SectionLayout(id="outlook", title="Outlook", max_items=9)
    chosen = select(proposals, [SectionPlan(layout, 40)])["outlook"]
    odds = [case_odds(c.sentence) for c in chosen]
    assert odds.count(55) == 1 and 30 in odds, [c.sentence.quote for c in chosen]


def test_the_bottom_line_rests_on_more_than_one_source(tmp_path: Path) -> None:
    """A cold read: all four bullets of a minister's bottom line came from one
    retrospective. At most half of its items (rounded up) come from one source."""
    write(
        tmp_path / "review.md",
        "# The Harbour a Year On\n\nJuly 18, 2025\n\n"
        "The harbour board will probably raise dues again in 2026.\n\n"
        "Shipping lines expect the new terminal to open late in 2026.\n\n"
        "The port authority is likely to cut pilot numbers next year.\n\n"
        "Dock unions will probably strike again before the election.\n",
    )
    write(
        tmp_path / "wire.txt",
        "Harbour Dues\n\nJune 2, 2025\n\n"
        "Analysts expect harbour traffic to recover slowly over the next two years.\n\n"
        "Brokers say freight rates will probably stay high until the terminal opens.\n",
    )
    proposals = propose(read_corpus(tmp_path), "the harbour: dues, terminal, unions, outlook")
    summary = tuple(
        dataclasses.replace(
            c, standing=c.standing * (20 if c.sentence.source_id == "review" else 1)
        )
        for c in proposals.sections["outlook"]
    )
    assert {c.sentence.source_id for c in summary} == {"review", "wire"}
    proposals = dataclasses.replace(proposals, sections={**proposals.sections, "summary": summary})
    lead = SectionLayout(id="summary", title="Bottom line", max_items=4)
    chosen = select(proposals, [SectionPlan(lead, 200)])["summary"]
    sources = [c.sentence.source_id for c in chosen]
    assert sources.count("review") == 2 and sources.count("wire") == 2
    # where no other source has a passage left, the same source fills the bottom line
    only = dataclasses.replace(
        proposals,
        sections={"summary": tuple(c for c in summary if c.sentence.source_id == "review")},
    )
    assert len(select(only, [SectionPlan(lead, 200)])["summary"]) == 4


def test_the_bottom_line_does_not_tell_one_news_twice(tmp_path: Path) -> None:
    """A cold read: "UN Security Council Resolution 2793 … authorised a Gang Suppression
    Force…" and "The UN Security Council on Tuesday authorised a new, larger force…" were
    two of a minister's three bullets. A bullet sharing BULLET_SHARED_TERMS content words
    with one already there tells the same news."""
    write(
        tmp_path / "review.md",
        "# The Harbour in 2026\n\nNovember 18, 2025\n\n"
        "Harbour Council Resolution 27, adopted on September 30, authorised a harbour "
        "guard force of up to 550 pilots and a support office funded by the board.\n\n"
        "Dock unions will probably strike again before the election in the spring.\n",
    )
    write(
        tmp_path / "wire.txt",
        "Harbour Force\n\nSeptember 30, 2025\n\n"
        "The Harbour Council on Tuesday authorised a new, larger guard force of pilots "
        "funded by the board, replacing the old pilot service.\n",
    )
    proposals = propose(read_corpus(tmp_path), "the harbour: guard force, unions, outlook")
    by_text = {c.sentence.text[:20]: c for cs in proposals.sections.values() for c in cs}
    summary = tuple(
        dataclasses.replace(c, standing=weight)
        for c, weight in (
            (by_text["Harbour Council Reso"], 30.0),
            (by_text["The Harbour Council "], 20.0),
            (by_text["Dock unions will pro"], 1.0),
        )
    )
    proposals = dataclasses.replace(proposals, sections={**proposals.sections, "summary": summary})
    lead = SectionLayout(id="summary", title="Bottom line", max_items=3)
    chosen = [c.sentence.text[:20] for c in select(proposals, [SectionPlan(lead, 200)])["summary"]]
    assert chosen == ["Harbour Council Reso", "Dock unions will pro"], chosen


def test_a_refused_passage_is_never_taken(tmp_path: Path) -> None:
    """The page search refuses the passages that ran a note's page over (`compose`): the
    same room is then filled from the others, and an empty section takes none of them."""
    proposals = _scenario_proposals(tmp_path, "Delta farm unions")
    outlook = SectionLayout(id="outlook", title="Outlook", max_items=9)
    plans = [SectionPlan(outlook, 30)]
    first = select(proposals, plans)["outlook"]
    refused = frozenset(c.sentence.id for c in first if case_odds(c.sentence) == 30)
    assert refused
    again = select(proposals, plans, refused=refused)["outlook"]
    assert again and not {c.sentence.id for c in again} & refused

    # a level a newer source retold (`Proposals.retold`) is refused the same way, unless
    # an editor pinned it
    retold = dataclasses.replace(proposals, retold=refused)
    assert not {c.sentence.id for c in select(retold, plans)["outlook"]} & refused
    pinned_id = sorted(refused)[0]
    pinned = dataclasses.replace(
        retold,
        sections={
            name: tuple(
                dataclasses.replace(c, pinned=True) if c.sentence.id == pinned_id else c
                for c in found
            )
            for name, found in retold.sections.items()
        },
    )
    assert pinned_id in {c.sentence.id for c in select(pinned, plans)["outlook"]}


def test_the_bottom_line_answers_what_the_brief_lists(tmp_path: Path) -> None:
    """A central bank's rate cut had led a note on a tax revolt and its debts (a cold read
    of `kenya`): the bottom line counts the brief's items answered, as the sections do, so
    a bullet answering one gains over a passage a little stronger on a side matter."""
    write(
        tmp_path / "wire.txt",
        "Harbour Dues\n\nJune 2, 2025\n\n"
        "Analysts expect harbour traffic to recover slowly over the next two years.\n\n"
        "Dock unions will probably strike again before the election next spring.\n",
    )
    proposals = propose(read_corpus(tmp_path), "the harbour: traffic, unions, outlook")
    side, listed = (
        next(c for c in proposals.sections["outlook"] if needle in c.sentence.text)
        for needle in ("traffic", "unions")
    )
    summary = (dataclasses.replace(side, standing=listed.standing * 1.3), listed)
    proposals = dataclasses.replace(
        proposals,
        sections={**proposals.sections, "summary": summary},
        aspects={listed.sentence.id: {0: 1.0}},  # only the unions' line answers an item
    )
    lead = SectionLayout(id="summary", title="Bottom line", max_items=1)
    chosen = select(proposals, [SectionPlan(lead, 200)])["summary"]
    assert [c.sentence.id for c in chosen] == [listed.sentence.id]
