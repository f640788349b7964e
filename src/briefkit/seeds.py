"""Which files in a seeds folder are sources (cheap to import: no reader is loaded)."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from briefkit.errors import InputError

SIDECAR_SUFFIX = ".meta.yaml"
# Folders that are never a collection of articles: walking them reads devices, kernel
# tables or the whole machine.
SYSTEM_FOLDERS = ("/", "/proc", "/sys", "/dev", "/run", "/boot", "/etc", "/usr", "/bin")
SYSTEM_FOLDERS += ("/sbin", "/lib", "/lib64", "/var", "/snap")
UNDER_SYSTEM = ("/proc", "/sys", "/dev", "/run")


def is_system_folder(folder: Path) -> bool:
    try:
        real = folder.resolve()
    except (OSError, RuntimeError):
        return False
    return (
        real == Path(real.anchor)
        or real.as_posix() in SYSTEM_FOLDERS
        or any(real.is_relative_to(system) for system in UNDER_SYSTEM)
    )


def refuse_system_folder(seeds: Path) -> None:
    """A seeds folder must be a folder of articles, not the filesystem root or a system folder."""
    if is_system_folder(seeds):
        raise InputError(
            "refusing to read a system folder as seeds: name a folder of articles", path=seeds
        )


def inside(seeds: Path, path: Path) -> bool:
    """Is the file's real path inside the seeds folder? A link out of it is never read."""
    try:
        return path.resolve().is_relative_to(seeds.resolve())
    except (OSError, RuntimeError):  # a link loop
        return False


@dataclass
class Scan:
    files: list[Path] = field(default_factory=list)  # candidate sources, sorted
    outside: list[Path] = field(default_factory=list)  # links whose real path is elsewhere
    unreadable: list[Path] = field(default_factory=list)  # folders that could not be listed


def scan(seeds: Path) -> Scan:
    """One walk of the seeds folder: sources (sidecars and hidden files left out), links
    that lead out of it, and subfolders that could not be listed (skipped, not fatal)."""
    result = Scan()
    candidates = []

    def unreadable(error: OSError) -> None:
        result.unreadable.append(Path(error.filename or seeds))

    for folder, subfolders, names in os.walk(seeds, onerror=unreadable):
        subfolders[:] = sorted(d for d in subfolders if not d.startswith("."))
        for name in names:
            if name.startswith(".") or name.endswith(SIDECAR_SUFFIX):
                continue
            path = Path(folder) / name
            try:
                if path.is_file():
                    candidates.append(path)
            except OSError:  # not even its type can be read: the reader will say so
                candidates.append(path)
    # os.walk does not follow linked folders, so only a file that is a link can lead out
    # (resolving every path costs a system call per folder level of every file).
    for path in sorted(candidates):
        within = inside(seeds, path) if path.is_symlink() else True
        (result.files if within else result.outside).append(path)
    result.unreadable.sort()
    return result


def source_files(seeds: Path) -> list[Path]:
    """Candidate source files under `seeds`, sorted, sidecars and hidden files left out
    (links that lead out of the folder too: see `outside_links`)."""
    return scan(seeds).files


def outside_links(seeds: Path) -> list[Path]:
    """Files in the seeds folder whose real path is elsewhere: skipped, and said so."""
    return scan(seeds).outside
