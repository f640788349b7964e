"""Worker pools, shared by reading and rendering, used only where they pay off.

On Linux workers are forked, so they inherit loaded modules, fonts and data; forking is
avoided from a multi-threaded process, where it is unsafe. macOS and Windows start
workers with `spawn` (forking is unsafe on macOS and missing on Windows): each worker
imports briefkit afresh, so there it takes more jobs to be worth it.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import sys
import threading
from concurrent.futures import ProcessPoolExecutor

MAX_WORKERS = 4
SPAWN_JOB_FACTOR = 4  # a spawned worker costs an interpreter start and imports

log = logging.getLogger(__name__)


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
