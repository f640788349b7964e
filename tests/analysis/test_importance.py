"""Importance: a passage's likelihood of carrying a key point, from signals every brief has."""

from __future__ import annotations

import dataclasses

import pytest

from briefkit.analysis import importance
from tests.conftest import write

AVERAGE = tuple(m for m, _s, _w in importance.MODEL.values())  # the fitted corpora's mean


def _with(**changes: float) -> tuple[float, ...]:
    row = list(AVERAGE)
    for name, value in changes.items():
        row[importance.FEATURES.index(name)] = value
    return tuple(row)


def test_the_model_has_one_weight_per_feature() -> None:
    assert tuple(importance.MODEL) == importance.FEATURES
    assert all(len(values) == 3 and values[1] > 0 for values in importance.MODEL.values())


@pytest.mark.parametrize(
    ("feature", "higher", "lower"),
    [
        ("base", 0.5, -1.0),  # the standing the other signals gave
        ("elsewhere", 0.6, 0.0),  # another source tells the same matter
        ("figure", 1.0, 0.0),  # something a reader can check
        ("recency", 1.0, 0.0),  # from the newer sources
    ],
)
def test_what_has_carried_key_points_weighs_up(feature: str, higher: float, lower: float) -> None:
    assert importance.likelihood(_with(**{feature: higher})) > importance.likelihood(
        _with(**{feature: lower})
    )


def test_factors_are_relative_to_the_corpus(monkeypatch: pytest.MonkeyPatch) -> None:
    rows = [_with(elsewhere=0.0), _with(elsewhere=0.3), _with(elsewhere=0.6)]
    monkeypatch.setattr(importance, "features", lambda analysis: rows)
    found = importance.factors(object())  # type: ignore[arg-type]
    assert found[0] < found[1] < found[2]
    likelihoods = [importance.likelihood(r) for r in rows]
    mean = sum(likelihoods) / 3
    assert found[1] == pytest.approx((likelihoods[1] / mean) ** importance.WEIGHT)


def test_a_passage_another_source_tells_too_stands_higher(tmp_path) -> None:
    """Two passages alike but for one word; the one a second source also tells weighs up
    in every section, and only by its importance."""
    from briefkit.analysis.proposals import analyse, score
    from briefkit.read import read_corpus

    write(
        tmp_path / "a.txt",
        "Port news\n\n"
        "The port authority said on Monday that the new container terminal will open in "
        "March after years of delay.\n\n"
        "The port authority said on Monday that the new grain terminal will open in March "
        "after years of delay.\n\n"
        "Dock workers have asked for talks on shifts before either terminal opens.\n",
    )
    write(
        tmp_path / "b.txt",
        "Terminal delays\n\n"
        "Officials expect the new container terminal at the port to open in March after "
        "years of delay.\n\n"
        "Shipping lines have been told to plan for the new berths next spring.\n",
    )
    analysis = analyse(read_corpus(tmp_path), "the port's new terminals")
    ids = {u.text.split()[9]: i for i, u in enumerate(analysis.units) if u.source_id == "a"}
    weights = analysis.importance
    assert weights[ids["container"]] > weights[ids["grain"]]
    plain = dataclasses.replace(analysis)
    plain.__dict__["importance"] = tuple(1.0 for _ in analysis.units)
    with_model = score(analysis).best_by_sentence()
    without = score(plain).best_by_sentence()
    for i in (ids["container"], ids["grain"]):
        unit = analysis.units[i].id
        assert with_model[unit].standing == pytest.approx(without[unit].standing * weights[i])
