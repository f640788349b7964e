"""Aspects: the items a brief lists, and a memo that answers each of them."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefkit.analysis.aspects import (
    MIN_MATCH,
    answer,
    aspect_gain,
    aspect_matches,
    brief_aspects,
)
from briefkit.analysis.candidates import Proposals
from briefkit.analysis.proposals import FOCUS_ASPECTS, SUMMARY, propose
from briefkit.analysis.terms import make_stemmer
from briefkit.layout import SectionLayout
from briefkit.read import read_corpus
from briefkit.selection import SectionPlan, select
from tests.conftest import write


def test_a_brief_is_cut_into_the_items_it_lists() -> None:
    stem = make_stemmer()
    found = brief_aspects(
        "Assess the bill's withdrawal, the cabinet purge and police killings; cover the "
        "positions of the Treasury and the outlook for debt.",
        stem,
    )
    assert found == [
        ("bill", "withdraw"),
        ("cabinet", "purg"),
        ("polic", "kill"),
        ("treasuri",),
        ("debt",),
    ]


def test_an_item_listed_twice_is_one_aspect() -> None:
    assert brief_aspects("Debt relief, the road; debt relief", make_stemmer()) == [
        ("debt", "relief"),
        ("road",),
    ]


def test_a_passage_answers_an_item_by_the_share_of_its_weight_it_holds() -> None:
    idf = {"cabinet": 2.0, "purg": 2.0, "debt": 1.0}
    aspects = [("cabinet", "purg"), ("debt",), ("unknown",)]
    matches = aspect_matches(
        [["cabinet", "purg", "debt"], ["cabinet"], ["unknown", "word"]], aspects, idf
    )
    assert matches[0] == {0: 1.0, 1: 1.0}
    assert matches[1] == {0: 0.5}  # half the weight: MIN_MATCH
    assert MIN_MATCH == 0.5
    assert matches[2] == {}  # a term the corpus never uses cannot be answered


shares = st.dictionaries(st.integers(0, 5), st.floats(0.5, 1.0), max_size=6)


@settings(max_examples=80, deadline=None)
@given(shares, shares, shares)
def test_answering_gains_only_fall_as_the_memo_grows(mine, first, second) -> None:
    answered: dict[int, float] = {}
    answer(first, answered)
    before = aspect_gain(mine, answered)
    answer(second, answered)
    assert aspect_gain(mine, answered) <= before + 1e-12
    answer(mine, answered)
    assert aspect_gain(mine, answered) == 0.0


def _dam_and_quotas(folder: Path) -> Proposals:
    """Two passages on the dam and the only one on fishing quotas, for a brief that names
    the dam three times and the quotas once."""
    write(
        folder / "a.txt",
        "Dam\n\nMarch 3, 2023\n\n"
        "The dam will cut water flows to the delta farms by a third next year.\n",
    )
    write(
        folder / "b.txt",
        "Power\n\nMarch 5, 2023\n\n"
        "The dam will double the power supply of the upland towns by 2025.\n",
    )
    write(
        folder / "c.txt",
        "Coast\n\nMarch 7, 2023\n\n"
        "The fishing quotas of the coastal crews will be halved from January.\n",
    )
    return propose(
        read_corpus(folder),
        "The dam: the dam, the dam's water flows to the delta farms, fishing quotas",
    )


def test_a_memo_answers_an_item_the_brief_lists_before_repeating_another(
    tmp_path: Path,
) -> None:
    """BM25 alone ranks a second passage on the dam above the only one on the quotas,
    which the brief asked for."""
    proposals = _dam_and_quotas(tmp_path)
    plan = SectionPlan(SectionLayout(id="background", title="Background", max_items=5), 28)
    chosen = [c.sentence.quote for c in select(proposals, [plan])["background"]]
    assert len(chosen) == 2
    assert any("fishing quotas" in q for q in chosen), chosen


def test_the_bottom_line_answers_the_listed_items_too(tmp_path: Path) -> None:
    """The bottom line counts the brief's items answered, as the sections do (it had left
    them out as the sources' judgement, and a central bank's rate cut led a cold read's
    note on a tax revolt): the same passages as a bottom line's candidates answer the
    listed item."""
    proposals = _dam_and_quotas(tmp_path)
    as_summary = dataclasses.replace(
        proposals, sections={SUMMARY: proposals.sections["background"]}
    )
    plan = SectionPlan(SectionLayout(id=SUMMARY, title="Bottom line", max_items=5), 28)
    chosen = [c.sentence.quote for c in select(as_summary, [plan])[SUMMARY]]
    assert len(chosen) == 2
    assert any("fishing quotas" in q for q in chosen), chosen


def test_an_item_most_passages_answer_is_the_topic_not_an_aspect() -> None:
    idf = {"dam": 0.2, "quota": 3.0}
    units = [["dam", "flow"] for _ in range(9)] + [["dam", "quota"]]
    matches = aspect_matches(units, [("dam",), ("quota",)], idf)
    assert all(0 not in found for found in matches)  # ten of ten passages: the topic
    assert matches[-1] == {1: 1.0}


def test_an_audience_focus_adds_its_themes_as_aspects(tmp_path: Path) -> None:
    write(
        tmp_path / "a.txt",
        "Dam\n\nMarch 3, 2023\n\nThe dam will cut water flows to the delta farms next year.\n",
    )
    write(
        tmp_path / "b.txt",
        "Coast\n\nMarch 7, 2023\n\nThe fishing quotas of the coastal crews will be halved.\n",
    )
    brief = "The dam and the delta farms"
    plain = propose(read_corpus(tmp_path), brief)
    focused = propose(read_corpus(tmp_path), brief, focus="fishing quotas")
    fishing = next(
        c.sentence.id for c in focused.sections["background"] if "fishing" in c.sentence.quote
    )
    assert fishing not in plain.aspects
    assert any(k >= FOCUS_ASPECTS for k in focused.aspects[fishing])


@pytest.mark.parametrize(
    ("brief", "since"),
    [
        ("The BOJ's Exit, 2024-2025. Assess it from the March 2024 end of negative rates.", 2024),
        ("Grain exports since July 2022 and the outlook.", 2022),
        ("Assess the dispute from 2023 to late 2025, recalling the 2018-2019 crashes.", 2018),
        ("Tajikistan and the Taliban: border security and the outlook.", None),
        ("The 2021 election and its aftermath.", None),  # a year named is no period
    ],
)
def test_the_period_a_brief_names_starts_at_its_earliest_year(
    brief: str, since: int | None
) -> None:
    from briefkit.analysis.aspects import period_asked

    assert period_asked(brief) == since
