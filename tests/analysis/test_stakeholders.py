"""Stakeholders: the groups a brief asks the positions of, and the passages they are the subject of."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefkit.analysis.stakeholders import (
    AGENT_PLURAL,
    COLLECTIVE,
    group_named_at,
    groups_the_brief_names,
)

BRIEF = (
    "Assess the central bank's exit. Set out the positions of Governor Ueda, the Kishida "
    "government, banks, life insurers, European carmakers, exporters and other stakeholders, "
    "and the outlook for rates, bond yields and wage settlements."
)


def test_the_groups_of_the_positions_list_are_found_in_the_briefs_words() -> None:
    labels = [g.label for g in groups_the_brief_names(BRIEF)]
    assert labels == ["Banks", "Life insurers", "European carmakers", "Exporters"]


@pytest.mark.parametrize(
    "brief",
    [
        # named parties are the actor finder's; things are no groups; the list ends at the outlook
        "Set out the positions of Japan, the IMF and Toyota.",
        "Explain the role of wage settlements and the weak yen.",
        "Set out the positions of the IMF and the outlook for reserves, debt payments and exporters.",
        "Set out the positions of stakeholders and others.",
    ],
)
def test_no_group_where_the_brief_lists_none(brief: str) -> None:
    assert groups_the_brief_names(brief) == ()


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Exporters, which had enjoyed a weak yen, said the impact would depend on it.",
            "Exporters",
        ),
        ("The big four life insurers said they would buy only selectively.", "Life insurers"),
        ("Japan's largest banks are willing to buy more.", "Banks"),
        ("European carmakers want the duties dropped.", "European carmakers"),
    ],
)
def test_a_group_is_the_actor_where_it_is_the_subject(text: str, label: str) -> None:
    found = group_named_at(text, groups_the_brief_names(BRIEF))
    assert found is not None
    assert found[0].label == label
    assert text[found[1] :].lower().startswith(found[0].words[0])


@pytest.mark.parametrize(
    "text",
    [
        "For exporters, the weak yen was a windfall.",  # a setting, not the subject
        "The ministry told banks to raise capital.",  # the object
        "Chinese carmakers cut prices again.",  # another place's carmakers
        "Rising costs hit exporters hard.",
    ],
)
def test_a_group_named_after_the_subject_is_no_actor(text: str) -> None:
    assert group_named_at(text, groups_the_brief_names(BRIEF)) is None


@given(st.text(max_size=300))
def test_any_brief_gives_groups_headed_by_people_or_bodies(brief: str) -> None:
    for group in groups_the_brief_names(brief):
        assert group.words
        assert AGENT_PLURAL.fullmatch(group.words[-1]) or group.words[-1] in COLLECTIVE
        assert all(w == w.lower() for w in group.words)


def test_a_group_the_brief_asks_about_is_a_row_of_the_positions(tmp_path) -> None:
    from briefkit.analysis.proposals import propose
    from briefkit.read import read_corpus
    from tests.conftest import write

    write(
        tmp_path / "a.txt",
        "Rates Rise Again\n\nJuly 22, 2025\n\n"
        "The central bank raised its policy rate to 0.5% on Friday.\n"
        "Foreign investors, who had driven much of the rally in bank shares, have been the "
        "most vocal advocates of faster increases.\n"
        "For exporters, the weak currency was a windfall while it lasted.\n",
    )
    brief = "The rate rise. Set out the positions of exporters and foreign investors."
    rows = {
        c.actor: c.sentence.text
        for c in propose(read_corpus(tmp_path), brief).sections["regional_positions"]
    }
    assert rows["Foreign investors"].startswith("Foreign investors, who")
    assert "Exporters" not in rows  # what the yen meant for them is no stance of theirs
