"""Reader for PDF reports: text per page, extracted by pypdf in a limited subprocess."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from briefkit.corpus import SourceMeta
from briefkit.errors import SourceError
from briefkit.limits import ReadLimits
from briefkit.readers.text import ReadResult, parse_text
from briefkit.readers.textmeta import real_title, split_authors

try:  # POSIX only: elsewhere the time limit alone bounds the worker
    import resource
except ImportError:
    resource = None  # type: ignore[assignment]

PAGE_BREAK = "\n\n\f\n\n"  # whitespace, so quotes may run across pages


def _pdf_date(value: str | None) -> str | None:
    """PDF dates look like D:20210314120000+01'00'."""
    match = re.match(r"D?:?(\d{4})(\d{2})?(\d{2})?", value or "")
    if not match:
        return None
    year, month, day = match.groups()
    if month and not 1 <= int(month) <= 12:
        return year  # "D:20241345": a month 13 is no month; the year may still hold
    if month and day:
        try:
            dt.date(int(year), int(month), int(day))
        except ValueError:
            return f"{year}-{month}"
    return "-".join(part for part in (year, month, day) if part)


def _limit(memory: int, seconds: int) -> None:
    """Runs in the worker before it starts (POSIX): caps its memory and CPU time."""
    if resource is None:
        return
    for limit, value in (
        (resource.RLIMIT_AS, (memory, memory)),
        (resource.RLIMIT_CPU, (seconds, seconds + 1)),
    ):
        # macOS refuses some limits: the timeout still bounds the worker there.
        with contextlib.suppress(ValueError, OSError):
            resource.setrlimit(limit, value)


def _before_worker(memory: int, seconds: int) -> Callable[[], None] | None:
    """What bounds the PDF worker besides the wall-clock timeout of `subprocess.run`.

    POSIX: memory and CPU limits set in the child before it starts (`preexec_fn`).
    Windows has neither `preexec_fn` nor `resource`: there the timeout (which kills the
    worker) is the bound, and pypdf's own stream-size limits guard memory.
    """
    if os.name == "posix" and resource is not None:
        return lambda: _limit(memory, seconds)
    return None


def read_pdf(data: bytes) -> ReadResult:
    limits = ReadLimits.from_environment()
    if not data.startswith(b"%PDF"):
        raise SourceError("not a PDF file")
    with tempfile.NamedTemporaryFile(suffix=".pdf", delete=False) as handle:
        handle.write(data)
        path = Path(handle.name)
    try:
        completed = subprocess.run(
            [sys.executable, "-m", "briefkit.readers.pdf_worker", str(path)],
            capture_output=True,
            timeout=limits.pdf_seconds,
            preexec_fn=_before_worker(limits.pdf_memory_bytes, limits.pdf_seconds),
            env={**os.environ, "PYTHONWARNINGS": "ignore"},
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise SourceError(
            f"PDF took longer than {limits.pdf_seconds} s to read (crafted?)"
        ) from None
    finally:
        path.unlink(missing_ok=True)
    try:
        result = json.loads(completed.stdout.decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        reason = "memory limit reached" if completed.returncode else "no output"
        raise SourceError(f"PDF reader failed ({reason})") from None
    if "error" in result:
        raise SourceError(str(result["error"]))
    pages = [str(p) for p in result.get("pages", [])]
    if not any(p.strip() for p in pages):
        raise SourceError("no extractable text (scanned?)")
    meta = result.get("meta", {})
    known = SourceMeta(
        title=real_title(meta.get("title")),
        authors=split_authors(meta.get("author") or "")
        or ((meta["author"],) if meta.get("author") else ()),
        date=_pdf_date(meta.get("date")),
    )
    text = PAGE_BREAK.join(pages)
    return parse_text(text, known=known)
