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


@pytest.mark.parametrize(
    ("older", "newer", "month", "ruled"),
    [
        (
            "Harbour Lines asked the appeals court on Monday to pause the law while it seeks"
            " Supreme Court review.",
            "Six months after the Supreme Court upheld the law, the ferries still run.",
            30,
            True,
        ),
        (
            "The Class B creditors said they were considering an appeal.",
            "The loan was approved in February and upheld by the Court of Appeal in March.",
            30,
            True,
        ),
        (
            "A Court of Appeal hearing could be fast-tracked given the company's cash position.",
            "The loan was approved in February and upheld by the Court of Appeal in March.",
            30,
            True,
        ),
        (
            "An appeal hearing is expected before the summer.",
            "The appeals court rejected the creditors' challenge in May.",
            30,
            True,
        ),
        # a ruling told before the step, or by another court
        (
            "A Court of Appeal hearing could be fast-tracked given the company's cash position.",
            "The High Court dismissed the harbour board's objections in March.",
            30,
            False,
        ),
        (
            "The Class B creditors said they were considering an appeal.",
            "The loan was approved in February and upheld by the Court of Appeal in March.",
            10,
            False,
        ),
        (
            "The Class B creditors said they were considering an appeal.",
            "The High Court dismissed the harbour board's objections in March.",
            30,
            False,
        ),
    ],
)
def test_a_step_to_come_in_a_court_is_overtaken_by_its_ruling(
    older: str, newer: str, month: int, ruled: bool
) -> None:
    """ "TikTok and ByteDance asked the appeals court … while they seek Supreme Court
    review" had been the companies' row a year after the Supreme Court ruled (a cold read
    of `tiktok`); "considering an appeal", in `thames`, after the Court of Appeal upheld the
    loan."""
    from briefkit.analysis.cases import court_steps_ruled

    found = court_steps_ruled([_unit(older, "a"), _unit(newer, "b")], [20, month])
    assert found == (ruled, False)


@pytest.mark.parametrize(
    ("newer", "month", "decided"),
    [
        (
            "In May a Velmora state judge allowed Kestria Air to pursue claims of gross "
            "negligence against the harbour board.",
            30,
            True,
        ),
        ("The court dismissed Kestria Air's suit against the harbour board.", 30, True),
        # told before the forecast, or of another party, or with no court acting
        ("The court dismissed Kestria Air's suit against the harbour board.", 10, False),
        ("The court dismissed Gull Marine's suit against the harbour board.", 30, False),
        ("Kestria Air said it would press its claims against the harbour board.", 30, False),
    ],
)
def test_a_dispute_s_outcome_still_to_come_is_overtaken_by_a_court_acting_on_it(
    newer: str, month: int, decided: bool
) -> None:
    """ "Legal experts said the outcome of the Delta dispute could shape…" (October) had
    stood in an outlook whose newer source tells "In May a Georgia state judge allowed Delta
    Air Lines to pursue claims…" (a cold read of `outage`)."""
    from briefkit.analysis.cases import outcomes_decided

    older = "Lawyers said the outcome of the Kestria Air dispute could shape harbour contracts."
    found = outcomes_decided([_unit(older, "a"), _unit(newer, "b")], [20, month])
    assert found == (decided, False)


def test_a_dispute_s_outcome_a_court_has_acted_on_is_quoted_nowhere(tmp_path) -> None:
    """Overtaken, and no longer true: no section takes it, as no section takes a level
    retold (the forecast had stayed in the full brief's outlook at 0.6 of its standing)."""
    from tests.analysis.test_proposals import _older_and_newer

    older = "Lawyers said the outcome of the Kestria Air dispute could shape harbour contracts."
    newer = "In March a Velmora judge allowed Kestria Air to pursue claims against the harbour."
    analysis = _older_and_newer(tmp_path, older, newer, "Kestria Air harbour dispute")
    flags = zip(analysis.units, analysis.superseded, analysis.retold, strict=True)
    found = {u.text: (flag, retold) for u, flag, retold in flags}
    assert found[older] == (True, True)
