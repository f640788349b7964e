"""Render memos to bytes, using both cores when there is enough work to share.

Writers are pure functions of (memo, options), so (audience, format) jobs run in worker
processes (forked on Linux, so they inherit the loaded modules and fonts; see parallel.py).
Small jobs, and a multi-threaded process on Linux, render in-process.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from pathlib import Path

from briefkit.memo import Memo
from briefkit.parallel import worker_count, worker_pool
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


def warm_up(formats: set[str]) -> None:
    """Load writers and fonts once, before forking, so forked workers inherit them."""
    for name in formats:
        writer_for(name)
    if "pdf" in formats:
        from briefkit.writers.fonts import register_family

        register_family("serif")


def render_all(jobs: list[RenderJob]) -> tuple[dict[Path, bytes], list[str]]:
    """All jobs rendered, in job order, with their warnings in job order."""
    heavy_count = sum(1 for job in jobs if job.format not in IN_PROCESS_FORMATS)
    workers = worker_count(heavy_count, minimum_jobs=3)
    if workers == 1:
        results = [render_one(job) for job in jobs]
    else:
        heavy = [job for job in jobs if job.format not in IN_PROCESS_FORMATS]
        warm_up({job.format for job in heavy})
        with worker_pool(workers) as pool:
            pending = {job.path: pool.submit(render_one, job) for job in heavy}
            light = {job.path: render_one(job) for job in jobs if job.path not in pending}
            done = {path: future.result() for path, future in pending.items()}
        results = [done.get(job.path) or light[job.path] for job in jobs]
    rendered = {job.path: data for job, (data, _) in zip(jobs, results, strict=True)}
    warnings = [w for _, found in results for w in found]
    return rendered, warnings
