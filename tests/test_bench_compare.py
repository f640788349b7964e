"""bench/compare.py sets two quality runs side by side: the difference in recall per group
and memo, with a paired bootstrap interval over the corpora, failing when recall is shown
to drop."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import ROOT, bench_script


def _run(covered: dict[str, int], unread: frozenset[str] = frozenset()) -> dict:
    """Scores as bench/quality.py --scores writes them: one memo, 20 key points each."""
    return {
        name: {"analyst": {"covered": n, "total": 20, "unread": name in unread}}
        for name, n in covered.items()
    }


def test_one_corpus_moving_is_not_shown_to_be_a_difference() -> None:
    compare = bench_script("compare")
    before = _run({f"c{i}": 8 for i in range(20)})
    after = _run({**{f"c{i}": 8 for i in range(19)}, "c19": 7})
    (row,) = compare.compare(before, after)
    assert row["difference"] == -0.25 and row["down"] == 1 and row["up"] == 0
    assert row["low"] < 0 <= row["high"]  # one key point of one corpus: within the spread


def test_most_corpora_losing_is_shown_to_drop_and_the_script_fails(tmp_path: Path) -> None:
    compare = bench_script("compare")
    before = _run({f"c{i}": 8 for i in range(20)}, unread=frozenset({"c0", "c1"}))
    after = _run({f"c{i}": 7 if i < 15 else 8 for i in range(20)}, unread=frozenset({"c0", "c1"}))
    rows = {row["group"]: row for row in compare.compare(before, after)}
    assert rows["read or tuned on"]["high"] < 0
    assert rows["unread"]["corpora"] == 2
    paths = [tmp_path / "before.json", tmp_path / "after.json"]
    for path, scores in zip(paths, (before, after), strict=True):
        path.write_text(json.dumps(scores), encoding="utf-8")
    script = str(ROOT / "bench" / "compare.py")
    done = subprocess.run(
        [sys.executable, script, *map(str, paths)], capture_output=True, text=True
    )
    assert done.returncode == 1 and "recall shown to drop: read or tuned on analyst" in done.stdout
    assert "all memos of all corpora: 0 up, 15 down" in done.stdout
    same = subprocess.run([sys.executable, script, str(paths[0]), str(paths[0])], check=False)
    assert same.returncode == 0
    paths[1].write_text(json.dumps(_run({"other": 8})), encoding="utf-8")
    mismatch = subprocess.run([sys.executable, script, *map(str, paths)], capture_output=True)
    assert mismatch.returncode == 2


@given(st.lists(st.floats(min_value=-20, max_value=20), min_size=1, max_size=40))
def test_the_interval_lies_within_the_values_and_is_the_same_every_time(
    values: list[float],
) -> None:
    compare = bench_script("compare")
    low, high = compare.interval(values, resamples=400)
    assert min(values) - 1e-9 <= low <= high <= max(values) + 1e-9
    assert compare.interval(values, resamples=400) == (low, high)
    same = compare.interval([values[0]] * len(values), resamples=400)
    assert abs(same[0] - values[0]) < 1e-9 and abs(same[1] - values[0]) < 1e-9


def test_the_quality_benchmarks_scores_are_what_compare_reads() -> None:
    quality, compare = bench_script("quality"), bench_script("compare")
    row = (1000, 9, 20, 5, 1, 4, 32, 30, 812, 30, "K2,K3")
    results = {"boj": {"analyst": row}, quality.UNREAD[0]: {"analyst": row}}
    scores = json.loads(quality.scores_json(results))
    assert scores["boj"]["analyst"]["covered"] == 9 and not scores["boj"]["analyst"]["unread"]
    assert scores[quality.UNREAD[0]]["analyst"]["unread"]
    assert compare.compare(scores, scores)[0]["difference"] == 0
