"""The selection objective: submodular coverage, bounded neighbourhoods, diverse memos."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefkit.analysis import coverage
from briefkit.analysis.objective import (
    NEAR_DUPLICATE,
    MemoState,
    gain_bound,
    gain_per_word,
    near_duplicate,
    stated_figures,
    told_within,
)
from briefkit.analysis.proposals import propose
from briefkit.layout import SectionLayout
from briefkit.read import read_corpus
from briefkit.selection import SectionPlan, select
from tests.conftest import write

neighbourhoods = st.integers(min_value=2, max_value=8).flatmap(
    lambda n: st.lists(
        st.dictionaries(
            st.integers(min_value=0, max_value=n - 1), st.floats(0.05, 1.0), max_size=n
        ),
        min_size=n,
        max_size=n,
    )
)


@settings(max_examples=60, deadline=None)
@given(neighbourhoods, st.data())
def test_coverage_gains_only_fall_as_the_memo_grows(near, data) -> None:
    near = [{j: w for j, w in d.items() if j != i} for i, d in enumerate(near)]
    hood = coverage.Neighbourhood(
        tuple(near), tuple(1 + sum(d.values()) for d in near), tuple(1.0 for _ in near)
    )
    unit = data.draw(st.integers(0, len(near) - 1))
    other = data.draw(st.integers(0, len(near) - 1))
    covered: dict[int, float] = {}
    before = coverage.gain(unit, covered, hood, 0.3)
    coverage.cover(other, covered, hood)
    assert coverage.gain(unit, covered, hood, 0.3) <= before + 1e-12


def test_neighbourhoods_stay_bounded_on_many_passages() -> None:
    words = [f"term{i}" for i in range(400)]
    units = [[words[(i * 7 + k) % 400] for k in range(12)] for i in range(6000)]
    hood = coverage.neighbourhood(units)
    assert len(hood.near) == 6000
    assert max(len(n) for n in hood.near) <= coverage.NEIGHBOURS
    assert all(i not in n for i, n in enumerate(hood.near))


def test_a_memo_says_two_things_rather_than_one_twice(tmp_path: Path) -> None:
    same = "The river dam will cut water flows to the delta farms by a third next year."
    write(tmp_path / "a.txt", f"Dam Report\n\nMarch 3, 2023\n\n{same}\n")
    write(
        tmp_path / "b.txt",
        "Delta Farms\n\nMarch 9, 2023\n\n"
        "The dam on the river will cut the water flows reaching delta farms by a third.\n",
    )
    write(
        tmp_path / "c.txt",
        "Talks\n\nApril 1, 2023\n\n"
        "Negotiators from both capitals agreed to resume mediation talks in Nairobi in May.\n",
    )
    proposals = propose(read_corpus(tmp_path), "the river dam dispute and the delta farms")
    plan = SectionPlan(SectionLayout(id="background", title="Background", max_items=5), 34)
    chosen = [c.sentence.quote for c in select(proposals, [plan])["background"]]
    assert len(chosen) == 2
    assert any("Nairobi" in q for q in chosen)


def test_one_figure_told_twice_in_other_words_is_quoted_once(tmp_path: Path) -> None:
    _one_figure_in_two_sources(tmp_path)
    write(
        tmp_path / "c.txt",
        "Water\n\nApril 1, 2023\n\nThe authority plans a new reservoir on the western river.\n",
    )
    proposals = propose(read_corpus(tmp_path), "the canal drought and the new reservoir")
    plan = SectionPlan(SectionLayout(id="background", title="Background", max_items=5), 60)
    chosen = [c.sentence.quote for c in select(proposals, [plan])["background"]]
    assert sum("36 to 38" in q for q in chosen) == 1, chosen
    assert any("reservoir" in q for q in chosen)


def test_one_shared_figure_and_close_words_are_one_fact(tmp_path: Path) -> None:
    write(
        tmp_path / "a.txt",
        "Outage Report\n\nJuly 20, 2024\n\n"
        "Microsoft put the number of affected Windows devices at 8.5 million.\n",
    )
    write(
        tmp_path / "b.txt",
        "The Day the Screens Went Blue\n\nAugust 2, 2024\n\n"
        "Microsoft's estimate was that 8.5 million Windows devices were affected.\n",
    )
    write(
        tmp_path / "c.txt",
        "Airlines\n\nJuly 22, 2024\n\nDelta cancelled thousands of flights over five days.\n",
    )
    proposals = propose(read_corpus(tmp_path), "the Windows outage and the airlines")
    plan = SectionPlan(SectionLayout(id="background", title="Background", max_items=5), 60)
    chosen = [c.sentence.quote for c in select(proposals, [plan])["background"]]
    assert sum("8.5 million" in q for q in chosen) == 1, chosen
    assert any("Delta" in q for q in chosen)


def test_one_figure_with_the_word_it_counts_is_one_fact(tmp_path: Path) -> None:
    """ "held its record 2,800 CFA franc price" and "fixed the price … at 2,800 CFA francs"
    share few words but one figure of what it counts: the memo quotes one of them."""
    write(
        tmp_path / "a.txt",
        "Harbour Dues\n\nOctober 2, 2025\n\n"
        "The harbour board fixed the guaranteed minimum berth fee for container ships "
        "at a ceremony on Monday at 2,800 dinars per hour.\n",
    )
    write(
        tmp_path / "b.txt",
        "Harbour Outlook\n\nDecember 9, 2025\n\n"
        "The board has held its record 2,800 dinar fee by borrowing against future "
        "revenue, which exposes it if shipping lines leave.\n",
    )
    write(
        tmp_path / "c.txt",
        "Shipping\n\nOctober 22, 2025\n\nTwo shipping lines moved their Asian services "
        "to the rival port of Kelby.\n",
    )
    proposals = propose(read_corpus(tmp_path), "the harbour board berth fee and shipping lines")
    plan = SectionPlan(SectionLayout(id="background", title="Background", max_items=5), 80)
    chosen = [c.sentence.quote for c in select(proposals, [plan])["background"]]
    assert sum("2,800" in q for q in chosen) == 1, chosen
    assert any("Kelby" in q for q in chosen)
    assert stated_figures("2,800 dinars per hour") == {"2800", "2800 dinar"}


def test_a_passage_the_memo_quotes_in_a_table_is_not_told_again(tmp_path: Path) -> None:
    """Chronology and disagreement rows are passed as `already`: a near-duplicate of a
    row's passage is not quoted again in a prose section."""
    _one_figure_in_two_sources(tmp_path)
    proposals = propose(read_corpus(tmp_path), "the canal drought")
    row = next(c for c in proposals.sections["background"] if "transits" in c.sentence.quote)
    plan = SectionPlan(SectionLayout(id="background", title="Background", max_items=5), 60)
    chosen = select(proposals, [plan], already=[row])["background"]
    assert not any("36 to 38" in c.sentence.quote for c in chosen)


def _one_figure_in_two_sources(folder: Path) -> None:
    """Two sources that give the same figures in other words."""
    write(
        folder / "a.txt",
        "Canal Report\n\nMarch 3, 2023\n\n"
        "Before the drought the canal routinely handled 36 to 38 transits a day.\n",
    )
    write(
        folder / "b.txt",
        "Shipping Lines\n\nMarch 9, 2023\n\nNormally the waterway sees 36 to 38 ships a day.\n",
    )


@settings(max_examples=40, deadline=None)
@given(st.data())
def test_no_memo_gains_more_from_a_passage_than_its_bound(tmp_path_factory, data) -> None:
    """The lazy greedy starts from `gain_bound`: a memo holding any passages already must
    never gain more from a passage than that, or the greedy would pass over it."""
    proposals = _three_sources_proposals(tmp_path_factory.mktemp("bound"))
    candidates = [c for cs in proposals.sections.values() for c in cs]
    held = data.draw(st.lists(st.sampled_from(candidates), max_size=4))
    state = MemoState()
    for candidate in held:
        state.add(candidate, proposals)
    for candidate in candidates:
        words = candidate.sentence.words
        assert gain_per_word(candidate, state, proposals, words) <= (
            gain_bound(candidate, proposals, words) + 1e-12
        )


def _near_duplicate_by_every_pair(candidate, state: MemoState, proposals) -> bool:
    """The definition `near_duplicate` keeps: the candidate against each passage held."""
    own, figures = candidate.sentence.id, stated_figures(candidate.sentence.text)
    for other, stated in zip(state.chosen, state.figures, strict=True):
        similarity = proposals.similarity(own, other)
        shared = len(figures & stated)
        if similarity >= NEAR_DUPLICATE or shared >= 2 or (shared and similarity >= 0.3):
            return True
    return told_within(candidate, state)  # (no neighbour table: its own answer)


@settings(max_examples=40, deadline=None)
@given(st.data())
def test_near_duplicates_found_through_neighbours_are_those_of_every_pair(
    tmp_path_factory, data
) -> None:
    """`near_duplicate` looks up the candidate's neighbours and those the held passages
    list, instead of comparing it with each: the answer must be the same."""
    proposals = _three_sources_proposals(tmp_path_factory.mktemp("near"))
    candidates = [c for cs in proposals.sections.values() for c in cs]
    held = data.draw(st.lists(st.sampled_from(candidates), max_size=4))
    state = MemoState()
    for candidate in held:
        state.add(candidate, proposals)
    answers = [near_duplicate(c, state, proposals) for c in candidates]
    assert answers == [_near_duplicate_by_every_pair(c, state, proposals) for c in candidates]


def test_a_point_told_twice_is_a_near_duplicate(tmp_path: Path) -> None:
    """The dam sentences of a.txt and b.txt are one point: holding a.txt's refuses b.txt's."""
    proposals = _three_sources_proposals(tmp_path)
    candidates = [c for cs in proposals.sections.values() for c in cs]
    state = MemoState()
    for candidate in candidates:
        if candidate.sentence.source_id == "a":
            state.add(candidate, proposals)
    refused = {c.sentence.id for c in candidates if near_duplicate(c, state, proposals)}
    assert any(sentence.startswith("b:") for sentence in refused)


@pytest.mark.parametrize(
    ("held", "told_again", "other", "query"),
    [
        # a regional president's resignation twice in a minister's note (a cold read): one
        # day's event, one name in common, in words too unlike for the likeness to tell
        (
            "November 20, 2025\n\nHarbour regional president Carlos Marin resigned on 3 "
            "November 2025 after a year of protests over the flood response.",
            "November 25, 2025\n\nOn 3 November 2025 the embattled Marin announced he was "
            "stepping down, saying mistakes had been made in the emergency.",
            "On 3 November 2025 the harbour board approved a new levy on cruise ships.",
            "the Harbour flood response and its politics",
        ),
        # "The June 2025 criminal verdict in Vicenza against former Miteni executives…"
        # right before "A court in Vicenza, Italy, convicts 11 former executives linked to
        # … Miteni…" (a cold read): one month's event, two names and a word in common
        (
            "July 2, 2025\n\nThe June 2025 criminal verdict in Velmora against former Kestria "
            "Chemicals executives keeps political pressure high.",
            "July 9, 2025\n\nIn June 2025 a court in Velmora convicts 11 former executives of "
            "Kestria Chemicals, the first criminal verdict over the pollution.",
            "In June 2025 Velmora and Kestria Chemicals agreed a cleanup fund for the river.",
            "Velmora pollution verdict and cleanup",
        ),
    ],
)
def test_one_event_told_twice_is_a_near_duplicate(
    tmp_path: Path, held: str, told_again: str, other: str, query: str
) -> None:
    """Told to the day with a name in common, or to the month with two names and a word:
    one event; the same day's or month's other event (no name, no word shared) is news."""
    write(tmp_path / "a.txt", f"Harbour Report\n\n{held}\n")
    write(tmp_path / "b.txt", f"Harbour Timeline\n\n{told_again}\n{other}\n")
    proposals = propose(read_corpus(tmp_path), query)
    candidates = {c.sentence.text: c for cs in proposals.sections.values() for c in cs}

    def told(text: str):
        return candidates[text.split("\n\n")[-1]]

    state = MemoState()
    state.add(told(held), proposals)
    assert near_duplicate(told(told_again), state, proposals)
    assert not near_duplicate(told(other), state, proposals)


def test_a_short_passage_told_within_a_longer_one_held_is_a_near_duplicate(
    tmp_path: Path,
) -> None:
    """A cold read found "Semaglutide had been listed as in shortage since 2022." right after
    the long sentence that said so: too unlike in length for the likeness to tell. A short
    passage with a figure of its own is news, and stays."""
    write(
        tmp_path / "a.txt",
        "Basin Report\n\nMarch 3, 2025\n\n"
        "In March the two basins sent the federal agency rival proposals for how the two "
        "reservoirs should be run after the current guidelines expire at the end of 2026.\n",
    )
    write(
        tmp_path / "b.txt",
        "River Rules\n\nMarch 9, 2025\n\n"
        "The current rules expire at the end of 2026.\n"
        "The current rules expire at the end of 2026, with 40 percent of the flows unassigned.\n",
    )
    proposals = propose(read_corpus(tmp_path), "the river basins and the reservoir rules")
    candidates = [c for cs in proposals.sections.values() for c in cs]
    long_one = next(c for c in candidates if c.sentence.source_id == "a")
    short_one = next(c for c in candidates if c.sentence.text.endswith("end of 2026."))
    with_figure = next(c for c in candidates if c.sentence.text.endswith("unassigned."))
    state = MemoState()
    state.add(long_one, proposals)
    assert near_duplicate(short_one, state, proposals)
    assert not near_duplicate(with_figure, state, proposals)  # 40 percent: news


def _three_sources_proposals(folder: Path):
    write(
        folder / "a.txt",
        "Dam Report\n\nMarch 3, 2023\n\n"
        "The river dam will cut water flows to the delta farms by a third next year. "
        "Farm unions warned that the delta could lose its rice harvest.\n",
    )
    write(
        folder / "b.txt",
        "Delta Farms\n\nMarch 9, 2023\n\n"
        "The dam on the river will cut the water flows reaching delta farms by a third. "
        "The government said it would compensate the farmers.\n",
    )
    write(
        folder / "c.txt",
        "Talks\n\nApril 1, 2023\n\n"
        "Negotiators from both capitals agreed to resume mediation talks in Nairobi in May. "
        "Talks on the dam's filling schedule are expected to resume next year.\n",
    )
    return propose(read_corpus(folder), "the river dam dispute and the delta farms")


def test_the_bottom_line_takes_its_passages_before_the_sections(tmp_path: Path) -> None:
    """Forward-looking passages are candidates of the bottom line and of the outlook; a
    roomy outlook had taken them all first and left the key judgments with one bullet or
    none. The bottom line fills its share first; the outlook takes the rest."""
    for i, line in enumerate(
        (
            "Negotiators from Egypt and Sudan expect dam talks to resume in Nairobi next spring.",
            "Analysts at Harbour Capital expect delta farm output to fall by a third next year.",
            "Delta farm groups will probably sue Ethiopia if the river flows fall further.",
        )
    ):
        write(tmp_path / f"s{i}.txt", f"Report {i}\n\nMarch {i + 3}, 2023\n\n{line}\n")
    proposals = propose(read_corpus(tmp_path), "the river dam dispute and the delta farms")
    assert len(proposals.sections["summary"]) >= 2
    # the outlook's gains made the larger (as where a section's fit beats the judgement)
    outlook_first = tuple(
        dataclasses.replace(c, standing=c.standing * 5) for c in proposals.sections["outlook"]
    )
    proposals = dataclasses.replace(
        proposals, sections={**proposals.sections, "outlook": outlook_first}
    )
    lead = SectionPlan(SectionLayout(id="summary", title="Bottom line", max_items=2), 30)
    outlook = SectionPlan(SectionLayout(id="outlook", title="Outlook", max_items=9), 200)
    chosen = select(proposals, [lead, outlook])
    assert len(chosen["summary"]) == 2
    assert len(chosen["outlook"]) == 1


def test_a_party_the_brief_asks_about_gains_by_its_first_row(tmp_path: Path) -> None:
    """Two cold reads found the positions of parties the brief listed (Russia, the EU)
    without a row while the table held others: a row of a party the brief names answers
    its item, however much the memo says of the party elsewhere; a second row does not."""
    write(
        tmp_path / "a.txt",
        "Harbour Talks\n\nMarch 3, 2024\n\n"
        "Poland said it would keep its ban on grain imports until the harbour deal is done.\n"
        "Poland's farmers have blocked the border crossings for weeks.\n"
        "Norway said it would keep its ban on grain imports until the harbour deal is done.\n",
    )
    proposals = propose(
        read_corpus(tmp_path), "The harbour deal. Cover the positions of Poland and Hungary."
    )
    rows = {c.actor: c for c in proposals.sections["regional_positions"] if c.actor}
    assert proposals.asked_rows.get("Poland") and "Norway" not in proposals.asked_rows
    poland, norway = rows["Poland"], rows["Norway"]
    state = MemoState()
    background = next(c for c in proposals.sections["background"] if "farmers" in c.sentence.quote)
    state.add(background, proposals)  # Poland told of elsewhere: its row still answers
    words = poland.sentence.words
    asked = gain_per_word(poland, state, proposals, words)
    assert asked > gain_per_word(norway, state, proposals, words)
    state.add(poland, proposals)
    assert gain_per_word(poland, state, proposals, words) < asked
