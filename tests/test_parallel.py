from __future__ import annotations

import pytest

from briefkit import parallel


@pytest.mark.parametrize(
    ("platform", "method"), [("linux", "fork"), ("darwin", "spawn"), ("win32", "spawn")]
)
def test_start_method_is_safe_on_each_os(
    platform: str, method: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(parallel.sys, "platform", platform)
    assert parallel.start_method() == method


def test_spawned_workers_need_more_jobs_to_pay_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel.os, "sched_getaffinity", lambda _pid: {0, 1}, raising=False)
    monkeypatch.setattr(parallel.sys, "platform", "darwin")
    assert parallel.worker_count(8, minimum_jobs=4) == 1
    assert parallel.worker_count(16, minimum_jobs=4) == 2


def test_a_spawn_pool_reads_a_corpus_like_the_serial_reader(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Jobs and results cross a spawned process (macOS, Windows): they must pickle and the
    worker must find everything by import, not by inheritance."""
    from briefkit.read import read_corpus
    from tests.conftest import SCENARIOS

    seeds = SCENARIOS / "nile" / "seeds"
    serial = read_corpus(seeds)
    monkeypatch.setattr(parallel, "start_method", lambda: "spawn")
    monkeypatch.setattr(parallel, "worker_count", lambda jobs, minimum_jobs: 2)
    monkeypatch.setattr("briefkit.read.worker_count", lambda jobs, minimum_jobs: 2)
    methods: list[str] = []
    get_context = parallel.multiprocessing.get_context

    def recording(method: str):
        methods.append(method)
        return get_context(method)

    monkeypatch.setattr(parallel.multiprocessing, "get_context", recording)
    spawned = read_corpus(seeds)
    assert methods == ["spawn"]
    assert spawned == serial
