"""bench/fit_importance.py fits the importance model and judges it by how it ranks."""

from __future__ import annotations

import numpy as np

from tests.conftest import bench_script


def test_the_fit_finds_which_feature_carries_the_label() -> None:
    fitting = bench_script("fit_importance")
    rng = np.random.default_rng(7)
    x = rng.normal(size=(400, 3)) * [1.0, 5.0, 0.2] + [0.0, 10.0, 1.0]
    y = (x[:, 1] - 10.0 + rng.normal(size=400) > 0).astype(float)  # the second feature
    means, scales, weights, _bias = fitting.fit(x, y)
    assert np.allclose(means, x.mean(axis=0))
    assert abs(weights[1]) > 3 * max(abs(weights[0]), abs(weights[2]))
    assert weights[1] > 0
    assert fitting.auc(((x - means) / scales) @ weights, y) > 0.8


def test_auc_is_the_chance_a_carrier_outranks_the_rest() -> None:
    fitting = bench_script("fit_importance")
    y = np.array([1.0, 1.0, 0.0, 0.0])
    assert fitting.auc(np.array([4.0, 3.0, 2.0, 1.0]), y) == 1.0
    assert fitting.auc(np.array([1.0, 2.0, 3.0, 4.0]), y) == 0.0
    assert fitting.auc(np.array([1.0, 1.0, 1.0, 1.0]), y) == 0.5
    assert fitting.auc(np.array([1.0, 2.0]), np.array([1.0, 1.0])) is None
