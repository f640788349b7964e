from __future__ import annotations

import io

from rich.console import Console

from briefkit.progress import bar_on


def test_quiet_when_stderr_is_not_a_terminal() -> None:
    stream = io.StringIO()
    with bar_on(Console(file=stream, force_terminal=False), delay=0) as progress:
        progress("reading 3 files", 1, 3)
    assert stream.getvalue() == ""


def test_a_bar_with_counts_on_a_terminal_once_the_build_is_slow() -> None:
    stream = io.StringIO()
    console = Console(file=stream, force_terminal=True, width=100)
    with bar_on(console, delay=0) as progress:
        progress("reading 3 files", 1, 3)
        progress("reading 3 files", 3, 3)
        progress("analysing 3 sources")
    assert "reading 3 files" in stream.getvalue()
    assert "3/3" in stream.getvalue()


def test_nothing_is_drawn_for_a_quick_build() -> None:
    stream = io.StringIO()
    with bar_on(Console(file=stream, force_terminal=True), delay=60) as progress:
        progress("reading 3 files", 3, 3)
    assert stream.getvalue() == ""


def test_a_large_stage_is_drawn_at_once_and_the_next_stage_has_its_own_count() -> None:
    stream = io.StringIO()
    console = Console(file=stream, force_terminal=True, width=100)
    with bar_on(console, delay=60) as progress:
        progress("reading 500 files", 0, 500)
        progress("reading 500 files", 500, 500)
        progress("analysing 500 sources")
    drawn = stream.getvalue()
    assert "500/500" in drawn
    last = drawn.split("analysing 500 sources")[-1]
    assert "/500" not in last
