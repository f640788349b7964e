"""Worker processes for reading, composing and rendering, used only where they pay off.

On Linux workers are forked, so they inherit loaded modules, fonts and data; forking is
avoided from a multi-threaded process, where it is unsafe. macOS and Windows start
workers with `spawn` (forking is unsafe on macOS and missing on Windows): each worker
imports briefkit afresh, so there it takes more jobs to be worth it.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import logging
import multiprocessing
import os
import pickle
import sys
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from typing import TypeVar

MAX_WORKERS = 4
SPAWN_JOB_FACTOR = 4  # a spawned worker costs an interpreter start and imports

log = logging.getLogger(__name__)
T = TypeVar("T")
R = TypeVar("R")


def start_method() -> str:
    """The process start method that is safe on this OS: fork on Linux only."""
    if sys.platform.startswith("linux") and "fork" in multiprocessing.get_all_start_methods():
        return "fork"
    return "spawn"


def worker_count(jobs: int, minimum_jobs: int) -> int:
    """How many processes to use for `jobs` jobs: 1 means stay in this process."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    method = start_method()
    if method != "fork":
        minimum_jobs *= SPAWN_JOB_FACTOR
    if (
        jobs < minimum_jobs
        or (cores or 1) < 2
        or (method == "fork" and threading.active_count() > 1)
    ):
        return 1
    return min(cores or 1, MAX_WORKERS)


def worker_pool(workers: int) -> ProcessPoolExecutor:
    method = start_method()
    log.debug("%d %s workers", workers, method)
    return ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context(method))


def fork_map(function: Callable[[T], R], items: Sequence[T], workers: int) -> list[R]:
    """`function` over `items` in forked children, at most `workers` at a time, in order.

    A forked child inherits everything this process holds, so nothing is pickled on the
    way in (a corpus's analysis is far larger than a memo): only each result comes back,
    through a pipe. With one worker, or where workers are not forked, it runs here. An
    item whose child failed is run again here, so its exception is raised as a serial
    run would raise it (the work is deterministic)."""
    if workers < 2 or len(items) < 2 or start_method() != "fork":
        return [function(item) for item in items]
    context = multiprocessing.get_context("fork")
    gc.freeze()  # children would otherwise copy every page the collector walks
    try:
        return _forked(context, function, items, workers)
    finally:
        gc.unfreeze()


def fork_call(function: Callable[..., R], *args: object) -> Callable[[], R]:
    """Start `function(*args)` in a forked child and go on: the function returned waits
    for its result (the parent does other work meanwhile, on another core). A child
    inherits what this process holds, so only the result is pickled, on its way back.
    Without a second core, or where children are not forked, `function` runs when its
    result is asked for; a child that fails is run again here, raising as a serial run
    would (the work is deterministic). The collector's heap is frozen first (as
    `fork_map` does), and stays frozen: the build gives it back at its end."""
    held = list(args)  # let go once the result is in: they may be large

    def here() -> R:
        value = function(*held)
        held.clear()
        return value

    if worker_count(2, minimum_jobs=2) < 2 or start_method() != "fork":
        return here
    context = multiprocessing.get_context("fork")
    reader, writer = context.Pipe(duplex=False)
    gc.freeze()  # the child would otherwise copy every page the collector walks
    child = context.Process(
        target=_child, args=(lambda _item: function(*held), None, writer), daemon=True
    )
    child.start()
    writer.close()

    return lambda: _answer(reader, child, here, held)


def _answer(reader: Connection, child: BaseProcess, here: Callable[[], R], held: list[object]) -> R:
    """A forked child's answer, its log records handled here; where it failed (no answer,
    or one that does not unpickle), the work run here instead, raising as it would."""
    try:
        done, value, records = reader.recv()
    except (EOFError, OSError, pickle.UnpicklingError, AttributeError, TypeError):
        done, value, records = False, None, []
    reader.close()
    child.join()
    if not done:
        return here()
    held.clear()
    for record in records:
        logging.getLogger(record.name).handle(record)
    return value  # type: ignore[no-any-return]


class Prepared:
    """A child forked by `fork_ready`: it has run its `prepare` and waits for one call."""

    def __init__(self, prepare: Callable[[], object]):
        self._child: BaseProcess | None = None
        if worker_count(2, minimum_jobs=2) < 2 or start_method() != "fork":
            return
        context = multiprocessing.get_context("fork")
        child_reads, self._requests = context.Pipe(duplex=False)  # (receiver, sender)
        self._results, child_writes = context.Pipe(duplex=False)
        gc.freeze()  # the child would otherwise copy every page the collector walks
        self._child = context.Process(
            target=_serve,
            args=(prepare, child_reads, child_writes, (self._requests, self._results)),
            daemon=True,
        )
        self._child.start()
        child_reads.close()  # the child's ends, in this process
        child_writes.close()

    def ask(self, function: Callable[..., R], *args: object) -> R:
        """`function(*args)` in the child, waited for, the child kept for more: for a step
        that needs what the child prepared before the step that ends it (`call`). Without
        a child, or where it fails, `function` runs here."""
        child = self._child
        if child is None:
            return function(*args)
        try:
            self._requests.send((function, list(args), False))
            done, value, records = self._results.recv()
        except Exception:  # arguments or a result that do not pickle, a child gone
            done, value, records = False, None, []
        if not done:
            self._let_go(child)
            return function(*args)
        for record in records:
            logging.getLogger(record.name).handle(record)
        return value  # type: ignore[no-any-return]

    def _let_go(self, child: BaseProcess) -> None:
        self._child = None
        self._requests.close()
        self._results.close()
        child.join()

    def call(self, function: Callable[..., R], *args: object) -> Callable[[], R]:
        """`function(*args)` in the child (a module-level function: it and the arguments
        are pickled to it), as `fork_call`: the function returned waits for the result.
        Without a child, or if the child cannot take the call, `function` runs here when
        its result is asked for."""
        held = list(args)

        def here() -> R:
            value = function(*held)
            held.clear()
            return value

        child, self._child = self._child, None
        if child is None:
            return here
        try:
            self._requests.send((function, held, True))
        except Exception:  # arguments that do not pickle: run here, and let the child go
            self._let_go(child)
            return here
        self._requests.close()

        results = self._results
        return lambda: _answer(results, child, here, held)


def fork_ready(prepare: Callable[[], object]) -> Prepared:
    """Fork a child now that runs `prepare` (loading what a later call needs, such as a
    module) while this process goes on, then waits for one `Prepared.call`. A child never
    called ends when this process lets go of it (its pipe closes)."""
    return Prepared(prepare)


def _serve(
    prepare: Callable[[], object],
    requests: Connection,
    writer: Connection,
    parents_ends: tuple[Connection, Connection],
) -> None:
    """In a child forked by `fork_ready`: prepare, then answer what `Prepared.ask` asks,
    until the last call (`Prepared.call`)."""
    for end in parents_ends:  # inherited: held open here, the request pipe would never
        end.close()  # close when the parent lets go of it, and this child would wait on
    with contextlib.suppress(Exception):  # the call loads it again, and says why
        prepare()
    while True:
        try:
            function, args, last = requests.recv()
        except (EOFError, OSError, pickle.UnpicklingError, AttributeError, TypeError):
            writer.close()
            return
        step = functools.partial(function, *args)
        _child(lambda _item, step=step: step(), None, writer, last=last)
        if last:
            return


def _forked(
    context: multiprocessing.context.BaseContext,
    function: Callable[[T], R],
    items: Sequence[T],
    workers: int,
) -> list[R]:
    results: dict[int, R] = {}
    failed: list[int] = []
    waiting = list(enumerate(items))
    running: dict[Connection, tuple[int, BaseProcess]] = {}
    logged: dict[int, list[logging.LogRecord]] = {}  # by item, until earlier items are done
    next_logged = 0
    while waiting or running:
        while waiting and len(running) < workers:
            index, item = waiting.pop(0)
            reader, writer = context.Pipe(duplex=False)
            child = context.Process(target=_child, args=(function, item, writer), daemon=True)
            child.start()
            writer.close()
            running[reader] = (index, child)
        for ready in wait(list(running)):
            assert isinstance(ready, Connection)
            index, child = running.pop(ready)
            try:
                done, value, records = ready.recv()
            except (EOFError, OSError, pickle.UnpicklingError, AttributeError, TypeError):
                done, value, records = False, None, []
            ready.close()
            child.join()
            if done:
                results[index] = value
            else:
                failed.append(index)
            logged[index] = records
            while next_logged in logged:  # as if logged here (-v's lines, in items' order)
                for record in logged.pop(next_logged):
                    logging.getLogger(record.name).handle(record)
                next_logged += 1
    for index in sorted(failed):
        results[index] = function(items[index])
    return [results[index] for index in range(len(items))]


class _Collect(logging.Handler):
    """Keeps a forked child's log records for its parent to handle."""

    def __init__(self) -> None:
        super().__init__()
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        record.msg, record.args = record.getMessage(), None  # arguments may not pickle
        record.exc_info = record.exc_text = None
        self.records.append(record)


def _child(function: Callable[[T], R], item: T, writer: Connection, last: bool = True) -> None:
    """In a forked child: send (True, result, log records), or (False, None, []) when
    anything failed. Records go to the parent, which handles them as its own: written
    here they would interleave with other children's, or go where the parent is not.
    The pipe stays open after a step that is not the `last` (`Prepared.ask`)."""
    collect = _Collect()
    loggers = [logging.getLogger()] + [
        found
        for found in logging.Logger.manager.loggerDict.values()
        if isinstance(found, logging.Logger) and found.handlers
    ]
    for logger in loggers:  # this process's copies only: it ends with the item
        logger.handlers = [collect]
    try:
        outcome: tuple[bool, object, list[logging.LogRecord]] = (
            True,
            function(item),
            collect.records,
        )
    except BaseException:  # the parent runs the item again and raises it there
        outcome = (False, None, [])
    try:
        writer.send(outcome)
    except Exception:  # a result that does not pickle: the parent runs it itself
        writer.send((False, None, []))
    if last:
        writer.close()
