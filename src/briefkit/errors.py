"""The few exception types users see; each carries its exit status and a one-line message."""

from __future__ import annotations

from pathlib import Path


class BriefkitError(Exception):
    """Base class: a problem explained to the user in one line, never a traceback."""

    exit_code = 1

    def __init__(self, message: str, *, path: Path | str | None = None, where: str | None = None):
        self.path = str(path) if path is not None else None
        self.where = where
        self.detail = message
        super().__init__(self.one_line())

    def one_line(self) -> str:
        location = self.path or ""
        if self.where:
            location = f"{location}:{self.where}" if location else self.where
        return f"{location}: {self.detail}" if location else self.detail


class InputError(BriefkitError):
    """Bad usage or bad input (brief, template, folder): exit status 2."""

    exit_code = 2


class ContentError(BriefkitError):
    """Readable inputs, unacceptable result: nothing citable, or verification failed."""

    exit_code = 1


class SourceError(BriefkitError):
    """One source cannot be read; the build reports it and goes on without it."""

    exit_code = 1
