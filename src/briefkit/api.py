"""The library: `from briefkit import build, curate, verify`, the same operations as the commands.

Each function takes paths (str or os.PathLike), returns a small dataclass and raises
`briefkit.errors.BriefkitError` subclasses for problems a user must fix: `InputError`
(a bad brief, folder or option), `ContentError` (nothing citable). One unreadable
source never raises: it is listed in the result's `skipped`.

    >>> from briefkit import build, verify
    >>> result = build("briefs/tajikistan-taliban.yaml", out="out", formats=["md"])
    >>> verify(result.out_dir).failures
    []

The heavy modules load on the first call, so `import briefkit` stays cheap.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from briefkit.build import BuildResult, CurateResult
    from briefkit.verify import VerifyReport

PathLike = str | os.PathLike[str]
FormatName = Literal["docx", "pdf", "md"]


def build(
    brief: PathLike,
    *,
    seeds: PathLike | None = None,
    out: PathLike = "out",
    audiences: Sequence[str] | None = None,
    formats: Sequence[FormatName] | None = None,
    provenance: bool = False,
    redline: bool = False,
    progress: Callable[[str], None] | None = None,
) -> BuildResult:
    """Build one memo per audience of `brief` into `out`/<brief file stem>/.

    Args:
        brief: the brief file (YAML).
        seeds: folder of source articles; default the brief's `seeds:` key (relative to
            the brief), else ./seeds.
        out: output folder; the memos go to a subfolder named after the brief file.
        audiences: audience ids to build (default all); the manifest keeps the others.
        formats: any of "docx", "pdf", "md" (default all three).
        provenance: add a Word comment on each excerpt naming its source file and place.
        redline: also write <audience>.redline.docx with tracked changes since the last build.
        progress: called with a short message at each stage.

    Returns:
        BuildResult: `out_dir`, `manifest` (path of manifest.json), `memos` (audience,
        word counts, file paths), `sources` (how many were read), `skipped`, `warnings`
        and `changes` (a summary of what changed since the previous build).
    """
    from briefkit.build import build as run

    return run(
        Path(brief),
        seeds=Path(seeds) if seeds is not None else None,
        out=Path(out),
        audiences=list(audiences) if audiences else None,
        formats=list(formats) if formats else None,
        provenance=provenance,
        redline=redline,
        progress=progress,
    )


def curate(
    brief: PathLike,
    *,
    seeds: PathLike | None = None,
    progress: Callable[[str], None] | None = None,
) -> CurateResult:
    """Write or update <brief folder>/<brief file stem>.curation.yaml.

    Lists, per section, every excerpt the memos use and the best further proposals, with
    stable ids; decisions already in the file (pinned, dropped, assessments) are kept.

    Args:
        brief: the brief file (YAML).
        seeds: folder of source articles (default as for `build`).
        progress: called with a short message at each stage.

    Returns:
        CurateResult: `path` of the curation file, counts of `entries`, `new` and `stale`
        ones, `skipped` sources and `warnings` (e.g. a pinned passage that is gone).
    """
    from briefkit.build import curate as run

    return run(Path(brief), seeds=Path(seeds) if seeds is not None else None, progress=progress)


def verify(build_dir: PathLike, *, seeds: PathLike | None = None) -> VerifyReport:
    """Re-check every cited excerpt of a build against its source file.

    Args:
        build_dir: a build folder, OUT/<brief file stem> (or its manifest.json).
        seeds: the seeds folder, if not where the manifest's `seeds` points.

    Returns:
        VerifyReport: `checked` (excerpts), `failures` (one line each; empty when every
        quote is verbatim in its source) and `notices` (e.g. a source changed since).
    """
    from briefkit.verify import verify as run

    return run(Path(build_dir), Path(seeds) if seeds is not None else None)


__all__ = ["build", "curate", "verify"]
