from __future__ import annotations

import pytest

from briefkit.analysis.refusals import refusal, refusals_overtaken
from tests.conftest import one_sentence_unit as _unit


@pytest.mark.parametrize(
    ("text", "told"),
    [
        (
            "The deputy chair says the HPA will not raise harbour dues while trade is weak.",
            ("HPA", "raised", "harbour"),
        ),
        ("Gull Marine won't sign the pilots' charter.", ("Gull Marine", "signed", "pilot")),
        (
            "Harbour Board will not ratify the Kingston protocol.",
            ("Harbour Board", "ratified", None),
        ),
        ("It will not raise dues this year.", None),
        ("The board will raise harbour dues in March.", None),
    ],
)
def test_a_refusal_names_its_party_step_and_object(text: str, told: tuple | None) -> None:
    assert refusal(text) == told


REFUSED = "The deputy chair says the HPA will not raise harbour dues while trade is weak."


@pytest.mark.parametrize(
    ("newer", "month", "overtaken"),
    [
        # the party by the name its acronym spells, the step, the object after it
        ("The Harbour Pilots Authority raised harbour dues on Friday to a record.", 30, True),
        ("The HPA raised harbour dues on Friday to a record.", 30, True),
        # older than the refusal, or not done, or done by another, or to another thing
        ("The HPA raised harbour dues on Friday to a record.", 10, False),
        ("The HPA has not raised harbour dues since 2008.", 30, False),
        ("Kingston Port raised harbour dues on Friday.", 30, False),
        ("The HPA raised its forecast for cargo volumes.", 30, False),
    ],
)
def test_a_refusal_is_overtaken_by_the_party_doing_it_later(
    newer: str, month: int, overtaken: bool
) -> None:
    units = [_unit(REFUSED, "a"), _unit(newer, "b")]
    found = refusals_overtaken(units, [20, month], lambda unit: None)
    assert found == (overtaken, False)


def test_a_refusal_is_as_old_as_its_event() -> None:
    """A chronology of October retelling an August refusal: a rise told in September
    overtakes it."""
    units = [_unit(REFUSED, "a"), _unit("The HPA raised harbour dues on Friday.", "b")]
    aged = refusals_overtaken(units, [22, 21], lambda unit: 20 if unit.source_id == "a" else None)
    assert aged[0]
    assert not refusals_overtaken(units, [22, 21], lambda unit: None)[0]
