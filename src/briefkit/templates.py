"""Where audience layouts and the Word reference document are found (cheap to import).

First match wins: `templates/` beside the brief, beside the brief's folder (a project's
root, for briefs/x.yaml), in the working folder, and last the copy shipped inside the
package, so an installed briefkit builds a brief anywhere.
"""

from __future__ import annotations

import logging
from importlib import resources
from pathlib import Path

TEMPLATE_SUFFIX = ".yaml.j2"

log = logging.getLogger(__name__)


def packaged_templates() -> Path | None:
    """The templates shipped with briefkit (package data), when they are on disk."""
    folder = resources.files("briefkit").joinpath("templates")
    # A wheel or checkout gives a real folder; a zipped install gives none (skipped).
    return Path(str(folder)) if isinstance(folder, Path) and folder.is_dir() else None


def template_dirs(brief_path: Path) -> list[Path]:
    """Where layouts are looked up, first match wins."""
    candidates = [
        brief_path.parent / "templates",
        brief_path.parent.parent / "templates",
        Path.cwd() / "templates",
    ]
    packaged = packaged_templates()
    if packaged is not None:
        candidates.append(packaged)
    seen: list[Path] = []
    for candidate in candidates:
        resolved = candidate.resolve()
        if resolved.is_dir() and resolved not in seen:
            seen.append(resolved)
    return seen


def find_template(name: str, brief_path: Path) -> Path | None:
    for folder in template_dirs(brief_path):
        path = folder / f"{name}{TEMPLATE_SUFFIX}"
        if path.is_file():
            log.info("layout %s: %s", name, path)
            return path
    return None


def find_reference_docx(brief_path: Path) -> Path | None:
    """templates/reference.docx, if the project has one: the house style for every memo."""
    for folder in template_dirs(brief_path):
        path = folder / "reference.docx"
        if path.is_file():
            log.info("reference document: %s", path)
            return path
    return None
