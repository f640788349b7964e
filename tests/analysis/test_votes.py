"""A passage looking ahead to a vote is overtaken once a newer source tells its result."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefkit.analysis.votes import vote_ahead, votes_since_held
from briefkit.read import read_corpus
from tests.conftest import write


@pytest.mark.parametrize(
    "text",
    [
        "The Treasury bought pesos to shore up the president ahead of midterm elections.",
        "If the programme is to survive the midterms, it will need more than charts.",
        "Midterm elections in October 2025 will test whether voters accept austerity.",
        "Some candidates in the November presidential election have said they would review it.",
    ],
)
def test_a_vote_looked_ahead_to(text: str) -> None:
    assert vote_ahead(text, 2025) is not None


@pytest.mark.parametrize(
    "text",
    [
        # history: a vote of a year before the source's
        "The party had been founded barely two years before the 2023 election.",
        # no vote at all ("primary deficit" is no primary election)
        "He said the government would bring the primary deficit to balance in 2024.",
        "The board chair will step down in May.",
    ],
)
def test_no_vote_ahead(text: str) -> None:
    assert vote_ahead(text, 2025) is None


def test_the_kind_of_vote_ties_an_election_to_its_run_off() -> None:
    ahead = vote_ahead("Candidates in the November presidential election would review it.", 2025)
    assert ahead is not None and ahead.kind == "presidential"
    assert ahead.told_in("The presidential transition: Kast won the 14 December run-off.")
    assert not ahead.told_in("The ruling party lost the provincial election.")


def _flags(tmp_path: Path, older: str, older_date: str, newer: str, newer_date: str) -> bool:
    write(tmp_path / "a.txt", f"Harbour Wire\n\n{older_date}\n\n{older}\n")
    write(tmp_path / "b.txt", f"Harbour Wire\n\n{newer_date}\n\n{newer}\n")
    corpus = read_corpus(tmp_path)
    units = [s for d in corpus.documents for s in d.sentences]
    flagged = dict(
        zip((u.text for u in units), votes_since_held(units, corpus.by_id()), strict=True)
    )
    return flagged[older]


OLDER = "The Treasury bought pesos to shore up the president ahead of midterm elections this month."


@pytest.mark.parametrize(
    ("newer", "newer_date", "held"),
    [
        # the result, told by a source a fortnight newer (the same month: by the day)
        (
            "The ruling party won Sunday's midterm elections by a wide margin.",
            "October 27, 2025",
            True,
        ),
        (
            "The ruling party's victory in the midterm elections surprised markets.",
            "October 28, 2025",
            True,
        ),
        # an older source's result is of an earlier vote
        ("The ruling party won the midterm elections by a wide margin.", "October 1, 2025", False),
        # a vote to come, however its result is spoken of
        (
            "Markets are open to recognising the midterm election outcome.",
            "October 27, 2025",
            False,
        ),
        ("A defeat in the midterm elections would end the programme.", "October 27, 2025", False),
        # another kind of vote
        ("The ruling party won the presidential election in 2023.", "October 27, 2025", False),
    ],
)
def test_a_vote_since_held(tmp_path: Path, newer: str, newer_date: str, held: bool) -> None:
    assert _flags(tmp_path, OLDER, "October 14, 2025", newer, newer_date) is held


def test_a_vote_of_a_later_year_is_not_held_by_this_years_result(tmp_path: Path) -> None:
    older = "Brazil's presidential election in October 2026 could thaw relations."
    newer = "Kast won the presidential run-off on 14 December."
    assert not _flags(tmp_path, older, "June 2, 2025", newer, "December 18, 2025")


def test_an_overtaken_vote_is_superseded_in_the_analysis(tmp_path: Path) -> None:
    from briefkit.analysis.proposals import analyse

    write(
        tmp_path / "a.txt",
        "Harbour Wire\n\nApril 24, 2025\n\n"
        "If the harbour programme is to survive the midterms, it will need more than charts.\n"
        "Harbour dockers expect the programme to cut fees in the spring.\n",
    )
    write(
        tmp_path / "b.txt",
        "Harbour Wire\n\nOctober 27, 2025\n\n"
        "The Harbour Party won Sunday's midterm elections with 41 percent of the vote.\n"
        "Harbour dockers welcomed the harbour programme after the count.\n",
    )
    analysis = analyse(read_corpus(tmp_path), "harbour programme midterms")
    flagged = {u.text: flag for u, flag in zip(analysis.units, analysis.superseded, strict=True)}
    assert flagged[
        "If the harbour programme is to survive the midterms, it will need more than charts."
    ]
    assert not flagged["Harbour dockers expect the programme to cut fees in the spring."]


@given(st.text(max_size=200))
def test_any_text_is_answered(text: str) -> None:
    """No text breaks the patterns: an answer, or none."""
    found = vote_ahead(text, 2025)
    assert found is None or found.noun
