"""Where audience layouts and the Word reference document are found (cheap to import)."""

from __future__ import annotations

from pathlib import Path

TEMPLATE_SUFFIX = ".yaml.j2"


def template_dirs(brief_path: Path) -> list[Path]:
    """Where layouts are looked up, first match wins."""
    candidates = [
        brief_path.parent / "templates",
        brief_path.parent.parent / "templates",
        Path.cwd() / "templates",
        Path(__file__).resolve().parents[2] / "templates",  # the source checkout
    ]
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
            return path
    return None


def find_reference_docx(brief_path: Path) -> Path | None:
    """templates/reference.docx, if the project has one: the house style for every memo."""
    for folder in template_dirs(brief_path):
        path = folder / "reference.docx"
        if path.is_file():
            return path
    return None
