"""Which files in a seeds folder are sources (cheap to import: no reader is loaded)."""

from __future__ import annotations

from pathlib import Path

SIDECAR_SUFFIX = ".meta.yaml"


def source_files(seeds: Path) -> list[Path]:
    """Candidate source files under `seeds`, sorted, sidecars and hidden files left out."""
    files = []
    for path in sorted(seeds.rglob("*")):
        relative = path.relative_to(seeds)
        if any(part.startswith(".") for part in relative.parts) or not path.is_file():
            continue
        if path.name.endswith(SIDECAR_SUFFIX):
            continue
        files.append(path)
    return files
