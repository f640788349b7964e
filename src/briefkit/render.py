"""Render memos to bytes, using both cores when there is enough work to share.

Writers are pure functions of (memo, options), so (audience, format) jobs run in forked
worker processes that inherit the loaded modules and fonts. Forking is only done from a
single-threaded process; otherwise, and for small jobs, rendering stays in-process.
"""

from __future__ import annotations

import dataclasses
import multiprocessing
import os
import threading
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from briefkit.memo import Memo
from briefkit.writers import WriteOptions, writer_for

IN_PROCESS_FORMATS = {"md"}  # too cheap to ship to another process


@dataclass(frozen=True)
class RenderJob:
    path: Path
    format: str
    memo: Memo
    options: WriteOptions


def render_one(job: RenderJob) -> tuple[bytes, list[str]]:
    """Render one job; returns the bytes and the warnings the writer raised."""
    options = dataclasses.replace(job.options, warnings=[])
    data = writer_for(job.format)(job.memo, options)
    return data, options.warnings


def _workers(jobs: list[RenderJob]) -> int:
    heavy = sum(1 for job in jobs if job.format not in IN_PROCESS_FORMATS)
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    can_fork = "fork" in multiprocessing.get_all_start_methods()
    if heavy < 3 or (cores or 1) < 2 or not can_fork or threading.active_count() > 1:
        return 1
    return min(cores or 1, 4)


def _warm_up(formats: set[str]) -> None:
    """Load writers and fonts once, before forking, so workers inherit them."""
    for name in formats:
        writer_for(name)
    if "pdf" in formats:
        from briefkit.writers.fonts import register_family

        register_family("serif")


def render_all(jobs: list[RenderJob]) -> tuple[dict[Path, bytes], list[str]]:
    """All jobs rendered, in job order, with their warnings in job order."""
    workers = _workers(jobs)
    if workers == 1:
        results = [render_one(job) for job in jobs]
    else:
        heavy = [job for job in jobs if job.format not in IN_PROCESS_FORMATS]
        _warm_up({job.format for job in heavy})
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
            pending = {job.path: pool.submit(render_one, job) for job in heavy}
            light = {job.path: render_one(job) for job in jobs if job.path not in pending}
            done = {path: future.result() for path, future in pending.items()}
        results = [done.get(job.path) or light[job.path] for job in jobs]
    rendered = {job.path: data for job, (data, _) in zip(jobs, results, strict=True)}
    warnings = [w for _, found in results for w in found]
    return rendered, warnings
