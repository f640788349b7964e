"""Stakeholders: the groups a brief asks the positions of, and the passages they are the subject of."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from briefkit.analysis.stakeholders import (
    AGENT_PLURAL,
    COLLECTIVE,
    group_named_at,
    groups_the_brief_names,
    members_of_the_public,
    modifies_a_group,
    names_a_thing,
    other_group_subject,
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


@pytest.mark.parametrize(
    "text",
    [
        "Traders say Chinese suppliers are faster than Indian ones at providing data.",
        "Environmental groups that intervened to defend the rule argue that the Act forbids "
        "the agency from weakening a standard once it is set.",
        "Some hydrologists question whether Río Indio alone is enough.",
        # a cold read: the Commission's row had held the executives' request
        "Dozens of European chief executives this month asked the Commission to pause the "
        "AI Act for two years, a request it rejected.",
    ],
)
def test_a_group_telling_its_view_is_the_subject(text: str) -> None:
    assert other_group_subject(text) is not None


@pytest.mark.parametrize(
    "text",
    [
        '"Most companies have two years to prepare," said Anna Kowalczyk.',  # the speaker's
        "Customers can now choose whether to wait, Meyers said.",
        "Board members Toyoaki Nakamura and Asahi Noguchi dissented, saying it was early.",
        "Egg producers, led by the United Egg Producers, have pressed USDA to allow it.",
        "Western governments and Kyiv see the first as the operative deal.",
        "Two summers ago, when India abruptly stopped selling rice abroad, traders said…",
        "Shippers reroute marginal cargo to the West Coast, Canada or Mexico.",  # no view
        "Despite the harsh statements, Tajikistan is in no hurry, officials say.",
        "Dozens of Commission officials said the rules stand.",  # a name, no place's word
        "Hundreds of Kenyan police officers arrived in Haiti.",  # no view
    ],
)
def test_no_group_subject_where_the_named_actor_holds_the_view(text: str) -> None:
    assert other_group_subject(text) is None


def test_a_word_before_a_group_is_no_name() -> None:
    common = frozenset({"environmental", "industry"})
    told = "Environmental groups counter that the rule is lawful."
    assert modifies_a_group(told, "Environmental", "Environmental", common)
    agency = "Environmental Protection Agency"  # the longer name the finder made of it
    assert modifies_a_group(told, "Environmental", agency, frozenset())
    assert not modifies_a_group(told, "Environmental", "Environmental", frozenset())
    assert not modifies_a_group(agency + " staff said so.", "Environmental", agency, common)
    insists = "Industry insists the rule is unlawful."
    assert not modifies_a_group(insists, "Industry", "Industry", common)


def test_the_view_of_a_group_is_no_row_of_the_actor_named_after_it(tmp_path) -> None:
    """ "Traders say China wants the levy delayed…" is the traders' reading, no position of
    China's; "Environmental groups argue that the Environmental Protection Agency must…"
    none of the agency's (the actor finder had read "Environmental" as the agency)."""
    from briefkit.analysis.proposals import propose
    from briefkit.read import read_corpus
    from tests.conftest import write

    write(
        tmp_path / "a.txt",
        "Carbon Border Levy Starts\n\nJuly 22, 2025\n\n"
        "The Environmental Protection Agency said it would review the levy's effect on trade.\n"
        "China said on Monday it opposes the carbon border levy and will respond.\n"
        "Traders say China wants the levy delayed and opposes its reporting rules.\n"
        "The China levy of 5% was said to have weighed on the decision, officials insisted.\n"
        "The levy's environmental case rests on carbon leakage and environmental gains.\n"
        "Environmental groups argue that the Environmental Protection Agency must back "
        "the levy.\n"
        # a name's apposition to the group: the group's view (argentina's Argentina row)
        "Steel exporters, China's biggest earners abroad, are pushing for the levy's delay.\n",
    )
    rows = [
        (c.actor, c.sentence.text)
        for c in propose(read_corpus(tmp_path), "the carbon border levy").sections[
            "regional_positions"
        ]
    ]
    actors = {text: actor for actor, text in rows}
    assert not any(
        text.startswith(("Traders", "Environmental groups", "The China levy", "Steel exporters"))
        for text in actors
    )
    assert actors["China said on Monday it opposes the carbon border levy and will respond."] == (
        "China"
    )


@pytest.mark.parametrize(
    ("text", "name", "thing"),
    [
        ("The Ofwat fine of £122.7m was said to have weighed on the decision.", "Ofwat", True),
        ("The WTO case, stalled by the Appellate Body's paralysis, offers no exit.", "WTO", True),
        ("The Merval stock index has more than doubled in dollar terms.", "Merval", True),
        ("The EPA said it would keep its limits.", "EPA", False),
        ("The BOJ still holds roughly half of all government bonds.", "BOJ", False),
        ("The Biden administration said it would appeal.", "Biden", False),
        ("The Treasury statement says this was done in response to the public.", "Treasury", False),
        ("The United States and Panama are drafting a resolution.", "United States", False),
        ("The Houthis have their own agenda.", "Houthis", False),
        ("In May the Ofwat fine was paid.", "Ofwat", False),  # not the sentence's opening
    ],
)
def test_a_name_before_the_thing_that_is_the_subject(text: str, name: str, thing: bool) -> None:
    """A name that only says whose thing the subject is ("The Ofwat fine…") is no actor
    of the sentence; the party itself, its holders or a thing speaking for it are."""
    assert names_a_thing(text, text.find(name) - len("The "), name) is thing


@pytest.mark.parametrize(
    ("text", "at", "thing"),
    [
        # what the subject is for, to or from (a cold read: the funding, not the mission)
        ("Funding for the Harbour Mission was caught in the aid freeze.", -1, True),
        ("Funding for the Harbour Mission was caught in the aid freeze.", 12, True),
        ("Exports to China fell by a fifth in May.", 11, True),
        ("Minister for Energy Ana Lind said the plant would close.", 20, False),
        ("Funding for schools fell, Norway said.", 26, False),
        ("China said on Monday it opposes the levy.", 0, False),
    ],
)
def test_a_name_after_the_thing_that_is_the_subject(text: str, at: int, thing: bool) -> None:
    if at == -1:  # the name placed where its capitalised run opens (as the finder does)
        assert names_a_thing(text, 0, "Harbour Mission") is thing
        return
    assert names_a_thing(text, at, text[at:].split()[0]) is thing


@pytest.mark.parametrize(
    ("text", "private"),
    [
        # one of the public, described in the next sentence
        (
            "On the morning of 25 June, Kevin Oduya put on the same black T-shirt. Twelve"
            ' months ago, the 23-year-old had walked to the gates. "Everyone wants our'
            ' votes," Oduya says.',
            True,
        ),
        ('"Nobody told us anything," said Rosa Ferrer, a Paiporta resident.', True),
        # a post, however public the setting
        (
            '"The gates stayed shut," said Kevin Oduya, a student leader at the university.',
            False,
        ),
        ('"Rates will fall," said Kevin Oduya, chief economist at Harbour Bank.', False),
        # described as nothing at all: not known to be one of the public
        ('"Rates will fall," Kevin Oduya said.', False),
    ],
)
def test_members_of_the_public_state_no_position(text: str, private: bool) -> None:
    """A cold read of `kenya` found '"Everyone wants our votes for 2027," Omondi says.' as
    a row of the positions table: a protester quoted for colour is no party."""
    name = "Rosa Ferrer" if "Rosa" in text else "Kevin Oduya"
    assert (name in members_of_the_public({name: [text]})) is private
