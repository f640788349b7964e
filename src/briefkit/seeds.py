"""Which files in a seeds folder are sources (cheap to import: no reader is loaded)."""

from __future__ import annotations

from pathlib import Path

SIDECAR_SUFFIX = ".meta.yaml"


def inside(seeds: Path, path: Path) -> bool:
    """Is the file's real path inside the seeds folder? A link out of it is never read."""
    try:
        return path.resolve().is_relative_to(seeds.resolve())
    except (OSError, RuntimeError):  # a link loop
        return False


def source_files(seeds: Path) -> list[Path]:
    """Candidate source files under `seeds`, sorted, sidecars and hidden files left out
    (links that lead out of the folder too: see `outside_links`)."""
    return [p for p in _candidates(seeds) if inside(seeds, p)]


def outside_links(seeds: Path) -> list[Path]:
    """Files in the seeds folder whose real path is elsewhere: skipped, and said so."""
    return [p for p in _candidates(seeds) if not inside(seeds, p)]


def _candidates(seeds: Path) -> list[Path]:
    files = []
    for path in sorted(seeds.rglob("*")):
        relative = path.relative_to(seeds)
        if any(part.startswith(".") for part in relative.parts) or not path.is_file():
            continue
        if path.name.endswith(SIDECAR_SUFFIX):
            continue
        files.append(path)
    return files
