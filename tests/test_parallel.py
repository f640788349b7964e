from __future__ import annotations

import logging
import os
from pathlib import Path

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


def test_fork_map_runs_items_in_forked_children_in_order() -> None:
    """A closure over something that never pickles (a lock) works: children inherit it;
    only results come back, in the items' order, whatever order the children end in."""
    import threading

    held = threading.Lock()  # not picklable: sent to a pool, it would fail
    parent = os.getpid()

    def work(n: int) -> tuple[int, bool]:
        with held:
            return n * n, os.getpid() != parent

    results = parallel.fork_map(work, [3, 1, 2, 5], workers=2)
    assert [r[0] for r in results] == [9, 1, 4, 25]
    assert all(r[1] for r in results)  # each ran in a child
    assert parallel.fork_map(work, [3, 1], workers=1) == [(9, False), (1, False)]


def test_fork_map_raises_a_childs_error_as_a_serial_run_would() -> None:
    def work(n: int) -> int:
        if n == 2:
            raise ValueError("two is refused")
        return n

    with pytest.raises(ValueError, match="two is refused"):
        parallel.fork_map(work, [1, 2, 3], workers=2)


def test_fork_map_hands_childrens_log_records_to_this_process(
    caplog: pytest.LogCaptureFixture,
) -> None:
    logger = logging.getLogger("briefkit.test_fork_map")

    def work(n: int) -> int:
        logger.warning("item %d done", n)
        return n

    with caplog.at_level(logging.INFO):
        assert parallel.fork_map(work, [1, 2, 3], workers=2) == [1, 2, 3]
    assert [r.getMessage() for r in caplog.records] == ["item 1 done", "item 2 done", "item 3 done"]


def test_fork_map_hands_log_records_on_in_items_order_whatever_order_children_end(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """The first item's child ends last (it waits for the third's), yet its records are
    handled first: -v prints a build's lines in the audiences' order."""
    import time

    logger = logging.getLogger("briefkit.test_fork_map")
    third_done = tmp_path / "third-done"

    def work(n: int) -> int:
        if n == 1:
            for _ in range(3000):  # at most 30 s: the third child ends long before
                if third_done.exists():
                    break
                time.sleep(0.01)
        logger.warning("item %d done", n)
        if n == 3:
            third_done.touch()
        return n

    with caplog.at_level(logging.INFO):
        assert parallel.fork_map(work, [1, 2, 3], workers=3) == [1, 2, 3]
    assert [r.getMessage() for r in caplog.records] == ["item 1 done", "item 2 done", "item 3 done"]


def test_fork_call_runs_beside_this_process_and_hands_back_its_result(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    parent = os.getpid()
    monkeypatch.setattr(parallel, "worker_count", lambda jobs, minimum_jobs: 2)
    pending = parallel.fork_call(lambda a, b: (a + b, os.getpid() != parent), 2, 3)
    assert pending() == (5, True)  # computed in a child
    monkeypatch.setattr(parallel, "worker_count", lambda jobs, minimum_jobs: 1)
    assert parallel.fork_call(lambda a, b: (a + b, os.getpid() != parent), 2, 3)() == (5, False)


def test_fork_call_raises_a_childs_error_here(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel, "worker_count", lambda jobs, minimum_jobs: 2)

    def refuse(n: int) -> int:
        raise ValueError(f"{n} is refused")

    pending = parallel.fork_call(refuse, 7)
    with pytest.raises(ValueError, match="7 is refused"):
        pending()


PREPARED: list[str] = []  # what `prepare` did, in whichever process ran it
PARENT = os.getpid()


def _add_here(a: int, b: int) -> tuple[int, list[str], bool]:
    """Module-level: a call to a prepared child is pickled to it, by name."""
    return a + b, list(PREPARED), os.getpid() != PARENT


def _refuse(n: int) -> int:
    raise ValueError(f"{n} is refused")


def test_fork_ready_prepares_in_a_child_which_then_takes_one_call(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The child runs `prepare` at once (loading a module, in a build) and the call later
    finds it done there; this process never ran it."""
    monkeypatch.setattr(parallel, "worker_count", lambda jobs, minimum_jobs: 2)
    PREPARED.clear()
    ready = parallel.fork_ready(lambda: PREPARED.append("loaded"))
    assert ready.call(_add_here, 2, 3)() == (5, ["loaded"], True)
    assert PREPARED == []
    monkeypatch.setattr(parallel, "worker_count", lambda jobs, minimum_jobs: 1)
    ready = parallel.fork_ready(lambda: PREPARED.append("loaded"))
    assert ready.call(_add_here, 2, 3)() == (5, [], False)  # here, unprepared


def test_a_prepared_childs_error_is_raised_here_and_an_uncalled_child_ends(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(parallel, "worker_count", lambda jobs, minimum_jobs: 2)
    with pytest.raises(ValueError, match="7 is refused"):
        parallel.fork_ready(lambda: None).call(_refuse, 7)()
    idle = parallel.fork_ready(lambda: None)
    child = idle._child
    assert child is not None
    del idle  # its pipe closes: the child stops waiting
    child.join(timeout=30)
    assert not child.is_alive()


def test_a_prepared_child_answers_asked_steps_before_its_last_call(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`ask` runs a step in the prepared child and keeps it for more (topicality's
    comparison, then the neighbours); a step that fails there runs here, raising here."""
    monkeypatch.setattr(parallel, "worker_count", lambda jobs, minimum_jobs: 2)
    PREPARED.clear()
    ready = parallel.fork_ready(lambda: PREPARED.append("loaded"))
    assert ready.ask(_add_here, 1, 2) == (3, ["loaded"], True)
    assert ready.ask(_add_here, 3, 4) == (7, ["loaded"], True)
    assert ready.call(_add_here, 5, 6)() == (11, ["loaded"], True)
    assert PREPARED == []
    failing = parallel.fork_ready(lambda: None)
    with pytest.raises(ValueError, match="8 is refused"):
        failing.ask(_refuse, 8)
    assert failing.call(_add_here, 1, 1)() == (2, [], False)  # the child let go: here
