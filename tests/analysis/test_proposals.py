"""Proposals: the standing of a passage as a quote, before any section is considered."""

import pytest

from briefkit.analysis.proposals import quality
from briefkit.corpus import Sentence


def _sentence(text: str) -> Sentence:
    return Sentence("s:p1:s1", "s", text, text, 1, 1, 0.5)


@pytest.mark.parametrize(
    "text",
    [
        "Burkina Faso has now had two coups this year.",
        "Prices fell sharply last month, traders said.",
        "The minister resigned yesterday after the vote.",
        "Exports have doubled so far this year.",
    ],
)
def test_time_told_from_the_writers_day_lowers_standing(text: str) -> None:
    assert quality(_sentence(text)) < quality(_sentence("Burkina Faso had two coups in 2022."))


def test_a_dated_statement_stands_fully() -> None:
    assert quality(_sentence("In September 2022 Burkina Faso had its second coup.")) == 1.0
