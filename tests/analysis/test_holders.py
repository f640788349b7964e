from __future__ import annotations

from pathlib import Path

import pytest

from briefkit.analysis.holders import (
    elect_since_in_office,
    holders_replaced,
    replaced_people,
    surname,
)
from tests.conftest import one_sentence_unit as _unit


@pytest.mark.parametrize(
    ("told", "name"),
    [
        (
            "Mira Holt, who replaced Oskar Brand as Harbour Secretary in May, kept his line.",
            "Brand",
        ),
        ("The council dismissed Harbour Master Lena Voss after six months.", "Voss"),
        ("Tomas Reyna's resignation in March left the board without a chair.", "Reyna"),
        ("Ada Pike, head of the pilots' unit, left immediately.", "Pike"),
        ("The Harbour Board, now chaired by Ines Carr, meets monthly.", None),
        ("A court dismissed Gull Marine's claim against the port.", None),
        ("The port replaced the old cranes with new ones.", None),
        # an election lost, by an incumbent or in a sentence of a vote; a rank is no defeat
        (
            "Incumbent Oskar Brand, who had steered the port through its crisis, came third.",
            "Brand",
        ),
        ("Mira Holt won, defeating incumbent Oskar Brand and Lena Voss.", "Brand"),
        ("Harbour Master Oskar Brand lost his re-election bid in the November vote.", "Brand"),
        ("Gull Marine Holdings came second in the tender for the cranes.", None),
        ("Velmora United came third in the league this season.", None),
    ],
)
def test_a_person_told_replaced(told: str, name: str | None) -> None:
    assert list(replaced_people([_unit(told, "b")], [10])) == ([name] if name else [])


def test_a_body_now_headed_by_another_replaces_its_former_head() -> None:
    """A cold read: "Fritz Alphonse Jean, the current president of the Transitional
    Presidential Council, said…" (May) beside "The Transitional Presidential Council, now
    chaired by Laurent Saint-Cyr, and…" (November)."""
    older = _unit(
        "Oskar Brand, the current president of the Harbour Board, said the port would stay open.",
        "a",
    )
    newer = _unit("The Harbour Board, now chaired by Ines Carr, met on Monday.", "b")
    assert replaced_people([older, newer], [5, 11]) == {"Brand": 11}
    assert holders_replaced([older, newer], [5, 11]) == (True, False)
    # told the other way round in time, nothing is overtaken
    assert holders_replaced([older, newer], [12, 11]) == (False, False)


@pytest.mark.parametrize(
    ("older", "stale"),
    [
        # the holder presented as holding the office now
        ("Harbour Secretary Oskar Brand has repeatedly said ministers would prefer a sale.", True),
        ("Harbour Secretary Oskar Brand says the port will stay open.", True),
        ("Oskar Brand, the current Harbour Secretary, opposes the sale.", True),
        # what they did in office stays true, dated
        ("Harbour Secretary Oskar Brand said in January that the port would stay open.", False),
        ("Harbour Secretary Oskar Brand will step down at the end of the year.", False),
        ("Critics of Oskar Brand say the port is badly run.", False),
    ],
)
def test_a_passage_presenting_a_replaced_holder_as_current_is_stale(
    older: str, stale: bool
) -> None:
    newer = _unit("Mira Holt, who replaced Oskar Brand as Harbour Secretary, kept his line.", "b")
    assert holders_replaced([_unit(older, "a"), newer], [5, 11])[0] is stale


def test_surname_of_a_possessive() -> None:
    assert surname("Tomas Reyna's") == "Reyna"


def test_a_replaced_holder_told_as_current_is_superseded(tmp_path: Path) -> None:
    from tests.analysis.test_proposals import _older_superseded

    older = "Harbour Secretary Oskar Brand says the port dues will stay frozen."
    newer = (
        "The dues stayed frozen under Mira Holt, who replaced Oskar Brand as Harbour "
        "Secretary in March."
    )
    assert _older_superseded(tmp_path, older, newer, "port dues")


@pytest.mark.parametrize(
    ("newer", "months", "stale"),
    [
        ("President Oskar J. Brand signed an order delaying the port sale.", [1, 4], True),
        ("Brand was sworn in on Monday and promised to review the sale.", [1, 2], True),
        # the same telling, or an older one, overtakes nothing
        ("President-elect Oskar Brand said he would review the sale.", [1, 4], False),
        ("President Oskar Brand signed an order delaying the port sale.", [4, 4], False),
        # another person in the office
        ("President Mira Holt signed an order delaying the port sale.", [1, 4], False),
    ],
)
def test_a_holder_elect_told_in_office_since_is_overtaken(
    newer: str, months: list[int], stale: bool
) -> None:
    """ "President-elect Trump has asked the Court to pause the deadline…" (January 2025)
    had been a note's driver in 2026 (a cold read): a newer source tells him in office."""
    older = _unit("President-elect Oskar Brand has asked the court to pause the deadline.", "a")
    found = elect_since_in_office([older, _unit(newer, "b")], months)
    assert found == (stale, False)


def test_a_holder_elect_since_in_office_is_superseded(tmp_path: Path) -> None:
    from tests.analysis.test_proposals import _older_superseded

    older = "President-elect Oskar Brand has asked the court to pause the port sale deadline."
    newer = "President Oskar Brand signed a second order delaying the port sale deadline."
    assert _older_superseded(tmp_path, older, newer, "port sale deadline")


@pytest.mark.parametrize(
    ("newer", "months", "filled"),
    [
        (
            "Mira Holt was invested as president of the harbour council in late November.",
            [1, 2],
            True,
        ),
        ("Mira Holt took office as the new president of the harbour council.", [1, 2], True),
        # told before, or of another office, or of no one put in it
        ("Mira Holt was invested as president of the harbour council.", [2, 1], False),
        ("Mira Holt was appointed as mayor of the harbour town.", [1, 2], False),
        ("The harbour council will vote on a new president next week.", [1, 2], False),
    ],
)
def test_an_office_still_to_be_filled_is_overtaken_once_filled(
    newer: str, months: list[int], filled: bool
) -> None:
    """ "…the regional parliament, Les Corts, must now elect a new president." (November)
    stood in a bottom line under "Juan Francisco Pérez Llorca was invested as president…"
    (December): a cold read of `valencia`."""
    from briefkit.analysis.holders import offices_filled_since

    older = _unit("Under its rules, the harbour council must now elect a new president.", "a")
    assert offices_filled_since([older, _unit(newer, "b")], months) == (filled, False)


def test_an_office_filled_since_leaves_its_vacancy_quoted_nowhere(tmp_path: Path) -> None:
    from tests.analysis.test_proposals import _older_and_newer

    older = "Under its rules, the harbour council must now elect a new president."
    newer = "Mira Holt was invested as president of the harbour council in March."
    analysis = _older_and_newer(tmp_path, older, newer, "harbour council president")
    retold = {u.text: r for u, r in zip(analysis.units, analysis.retold, strict=True)}
    assert retold[older] is True
