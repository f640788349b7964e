"""Forked worker pools, shared by reading and rendering, used only where they pay off.

Workers are forked so they inherit loaded modules, fonts and data; forking is avoided
from a multi-threaded process, where it is unsafe.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from concurrent.futures import ProcessPoolExecutor

MAX_WORKERS = 4


def worker_count(jobs: int, minimum_jobs: int) -> int:
    """How many processes to use for `jobs` jobs: 1 means stay in this process."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    if (
        jobs < minimum_jobs
        or (cores or 1) < 2
        or threading.active_count() > 1
        or "fork" not in multiprocessing.get_all_start_methods()
    ):
        return 1
    return min(cores or 1, MAX_WORKERS)


def fork_pool(workers: int) -> ProcessPoolExecutor:
    return ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork"))
