from __future__ import annotations

import pytest

from briefkit.analysis.cases import cases_decided, parties_filing
from tests.conftest import one_sentence_unit as _unit

FILED = "Harbour Lines and Gull Marine filed a legal challenge, arguing the dues are unlawful."


def test_the_parties_bringing_a_case() -> None:
    assert parties_filing(FILED) == ("Harbour Lines", "Gull Marine")
    assert parties_filing("The port filed its accounts on Friday.") == ()


@pytest.mark.parametrize(
    ("newer", "month", "decided"),
    [
        ("The court on Wednesday dismissed Gull Marine's action against the port.", 30, True),
        ("A judge threw out the lawsuit brought by Harbour Lines in May.", 30, True),
        # older than the filing, or another party's case, or no case ruled on
        ("The court on Wednesday dismissed Gull Marine's action against the port.", 10, False),
        ("The court dismissed Kingston Port's appeal against the dues.", 30, False),
        ("The court rejected the argument that the dues were unlawful.", 30, False),
    ],
)
def test_a_case_brought_is_overtaken_by_a_newer_ruling_on_it(
    newer: str, month: int, decided: bool
) -> None:
    """ "Austria and Luxembourg filed a legal challenge…" had been a live row beside "The
    General Court … dismissed Austria's action…" (a cold read)."""
    units = [_unit(FILED, "a"), _unit(newer, "b")]
    assert cases_decided(units, [20, month]) == (decided, False)
