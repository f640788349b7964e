"""Progress on stderr for long builds: a bar for reading and analysis, nothing for short ones.

The pipeline reports through a plain callback, `note(message, done=None, total=None)`, so
the library stays free of terminal code. `bar_on(console)` turns those calls into a rich
progress bar that shows itself only once a build has run for `DELAY` seconds, and stays
quiet when stderr is not a terminal (pipes, CI logs). No refresh thread is started:
reading and rendering fork worker processes, which wants a single-threaded parent, so the
bar is redrawn on each report (a stage with counts) or once at the start of a stage.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterator
from typing import Protocol

from rich.console import Console

DELAY = 1.5  # seconds before anything is drawn
EARLY_TOTAL = 100  # files: a stage this large takes longer than DELAY, so draw at once
REFRESH = 0.1  # seconds between redraws


class Progress(Protocol):
    def __call__(self, message: str, done: int | None = None, total: int | None = None) -> None:
        """`message` names the stage; `done` of `total` items where they are counted."""


def silent(message: str, done: int | None = None, total: int | None = None) -> None:
    """A progress callback that shows nothing."""


@contextlib.contextmanager
def bar_on(console: Console, delay: float = DELAY) -> Iterator[Progress]:
    """A progress callback drawing on `console` (transient: erased when the block ends)."""
    if not console.is_terminal:
        yield silent
        return
    from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeElapsedColumn
    from rich.progress import Progress as RichProgress

    started = time.monotonic()
    display = RichProgress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        auto_refresh=False,
        transient=True,
    )
    state = {"shown": False, "drawn": 0.0, "task": display.add_task("building", total=None)}

    def update(message: str, done: int | None = None, total: int | None = None) -> None:
        task = state["task"]
        stage_changed = display.tasks[0].description != message
        if stage_changed:  # a new stage: its own count and clock (None: no count)
            display.remove_task(task)
            task = state["task"] = display.add_task(message, total=total)
        display.update(task, completed=done or 0)
        now = time.monotonic()
        if not state["shown"]:
            if now - started < delay and (total or 0) < EARLY_TOTAL:
                return
            display.start()
            state["shown"] = True
        if stage_changed or now - state["drawn"] >= REFRESH or done == total:
            display.refresh()
            state["drawn"] = now

    try:
        yield update
    finally:
        if state["shown"]:
            display.stop()
