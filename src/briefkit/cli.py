"""The command line: a thin layer over the library. `main(argv) -> int` never raises."""

from __future__ import annotations

import dataclasses
import json
import os
import sys
import time
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.live import Live
from rich.table import Table
from rich.text import Text

from briefkit import __version__
from briefkit.errors import BriefkitError
from briefkit.sanitize import printable

WATCH_INTERVAL = 1.0  # seconds between looks at the watched files

app = typer.Typer(
    name="briefkit",
    help="Turn a folder of source articles into cited, per-audience policy memos.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
err = Console(stderr=True, highlight=False, soft_wrap=True)
out = Console(highlight=False, soft_wrap=True)


def _err(text: str, **style: str) -> None:
    """One line on stderr; file names from the seeds folder may hold escape sequences or
    newlines, printed as escapes, never acted on by the terminal."""
    err.print(printable(text), markup=False, **style)


def _version(value: bool) -> None:
    if value:
        out.print(f"briefkit {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Show the version and exit."
        ),
    ] = False,
) -> None:
    """briefkit: read seeds/, select verbatim excerpts, write DOCX, PDF and Markdown memos."""


@app.command()
def build(
    brief: Annotated[Path, typer.Argument(help="The brief spec (YAML).", show_default=False)],
    seeds: Annotated[
        Path | None,
        typer.Option(
            help="Folder of source articles [default: the brief's 'seeds:' key, else ./seeds]."
        ),
    ] = None,
    out_dir: Annotated[Path, typer.Option("--out", help="Output folder.")] = Path("out"),
    audience: Annotated[
        list[str] | None, typer.Option(help="Build only this audience (repeatable).")
    ] = None,
    format: Annotated[
        list[str] | None,
        typer.Option("--format", help="Only this format: docx, pdf or md (repeatable)."),
    ] = None,
    provenance: Annotated[
        bool,
        typer.Option(help="Add a Word comment on each excerpt naming its source file and place."),
    ] = False,
    redline: Annotated[
        bool,
        typer.Option(
            help="Also write <audience>.redline.docx with tracked changes since the previous build."
        ),
    ] = False,
    force: Annotated[bool, typer.Option(help="Rebuild even when nothing changed.")] = False,
    watch: Annotated[
        bool,
        typer.Option(help="Rebuild whenever the brief, seeds, curation file or templates change."),
    ] = False,
) -> None:
    """Build one memo per audience, in DOCX, PDF and Markdown, plus manifest.json."""
    options = {
        "audiences": audience or [],
        "formats": format or [],
        "provenance": provenance,
        "redline": redline,
        "out": str(out_dir),
        "seeds": str(seeds or ""),
    }
    if not watch:
        _build_once(brief, seeds, out_dir, audience, format, provenance, redline, force, options)
        return
    from briefkit.freshness import snapshot

    out.print(
        f"Watching {brief}, its seeds, curation file and templates (Ctrl-C stops).", markup=False
    )
    seen = None
    try:
        while True:
            current = snapshot(brief, seeds)
            if current != seen:
                seen = current
                try:
                    _build_once(
                        brief, seeds, out_dir, audience, format, provenance, redline, force, options
                    )
                except BriefkitError as exc:  # keep watching while the user fixes the input
                    _err(f"briefkit: {exc.one_line()}")
            time.sleep(WATCH_INTERVAL)
    except KeyboardInterrupt:
        out.print("Stopped watching.", markup=False)


def _build_once(
    brief: Path,
    seeds: Path | None,
    out_dir: Path,
    audience: list[str] | None,
    format: list[str] | None,
    provenance: bool,
    redline: bool,
    force: bool,
    options: dict[str, object],
) -> None:
    from briefkit.freshness import fingerprint, up_to_date

    stamp = fingerprint(brief, seeds, options)
    if not force and up_to_date(out_dir / brief.stem, stamp):
        out.print(
            f"Up to date: nothing changed since the last build in {out_dir / brief.stem}/ "
            "(--force rebuilds anyway).",
            markup=False,
        )
        return
    from briefkit.build import build as run_build

    # No refresh thread: rendering forks worker processes, which wants a single thread.
    with Live(Text("building…"), console=err, auto_refresh=False, transient=True) as live:
        result = run_build(
            brief,
            seeds=seeds,
            out=out_dir,
            audiences=audience,
            formats=format,
            provenance=provenance,
            redline=redline,
            stamp=stamp,
            progress=lambda message: live.update(Text(f"… {message}"), refresh=True),
        )
    for line in result.skipped:
        _err(line)
    for line in result.warnings:
        _err(f"warning: {line}")
    out.print(
        f"Built {len(result.memos)} memo(s) from {result.sources} source(s) into {result.out_dir}/",
        markup=False,
    )
    for memo in result.memos:
        names = ", ".join(path.name for path in memo.files.values())
        out.print(
            f"  {memo.audience}: {memo.word_count}/{memo.max_words} words — {names}", markup=False
        )
    out.print(result.changes, markup=False)


@app.command()
def curate(
    brief: Annotated[Path, typer.Argument(help="The brief spec (YAML).", show_default=False)],
    seeds: Annotated[
        Path | None,
        typer.Option(help="Folder of source articles [default: the brief's 'seeds:' key]."),
    ] = None,
) -> None:
    """Write or update briefs/<stem>.curation.yaml: proposals to pin, drop, reorder, trim."""
    from briefkit.build import curate as run_curate

    with Live(Text("curating…"), console=err, auto_refresh=False, transient=True) as live:
        result = run_curate(
            brief, seeds=seeds, progress=lambda m: live.update(Text(f"… {m}"), refresh=True)
        )
    for line in result.skipped:
        _err(line)
    for line in result.warnings:
        _err(f"WARNING: {result.path}: {line}", style="bold red")
    out.print(
        f"Wrote {result.path}: {result.entries} entries, {result.new} new, {result.stale} stale.",
        markup=False,
    )


@app.command()
def verify(
    build_dir: Annotated[
        Path, typer.Argument(help="A build folder: OUT/<brief stem>.", show_default=False)
    ],
    seeds: Annotated[
        Path | None,
        typer.Option(help="Folder of source articles [default: the manifest's 'seeds']."),
    ] = None,
) -> None:
    """Re-check every cited excerpt in manifest.json against the source files."""
    from briefkit.verify import verify as run_verify

    report = run_verify(build_dir, seeds)
    for line in report.notices:
        _err(f"note: {line}")
    for line in report.failures:
        _err(line)
    if report.failures:
        raise typer.Exit(1)
    out.print(f"All {report.checked} excerpts are verbatim in their sources.", markup=False)


@app.command()
def sources(
    seeds_dir: Annotated[Path, typer.Argument(help="Folder of source articles.")] = Path("seeds"),
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")] = False,
) -> None:
    """One row per source: id, file, title, author, publisher, date, url, words, warnings."""
    from briefkit.sources import list_sources

    rows, skipped = list_sources(seeds_dir)
    for line in skipped:
        _err(line)
    if as_json:
        out.print_json(json.dumps([dataclasses.asdict(r) for r in rows], ensure_ascii=False))
        return
    if not out.is_terminal:  # pipes get one tab-separated line per source
        print(
            "\t".join(
                ("id", "file", "title", "author", "publisher", "date", "url", "words", "warnings")
            )
        )
        for r in rows:
            cells = [
                r.id,
                r.file,
                r.title,
                r.author,
                r.publisher,
                r.date,
                r.url,
                str(r.words),
                "; ".join(r.warnings),
            ]
            print("\t".join(" ".join((c or "").split()) for c in cells))
        return
    table = Table(show_lines=False)
    for column in (
        "id",
        "file",
        "title",
        "author",
        "publisher",
        "date",
        "url",
        "words",
        "warnings",
    ):
        table.add_column(column, overflow="fold")
    for r in rows:
        table.add_row(
            r.id,
            r.file,
            r.title or "",
            r.author or "",
            r.publisher or "",
            r.date or "",
            r.url or "",
            str(r.words),
            "; ".join(r.warnings),
        )
    out.print(table)


@app.command("reference-docx")
def reference_docx_command(
    path: Annotated[Path, typer.Argument(help="Where to write the .docx.", show_default=False)],
) -> None:
    """Write a Word reference document with every style briefkit uses, to restyle in Word."""
    from briefkit.output import write_atomic
    from briefkit.writers.docx import reference_docx

    write_atomic(path, reference_docx())
    out.print(
        f"Wrote {path}: restyle it in Word, then save it as templates/reference.docx "
        "or name it as reference_docx in a brief.",
        markup=False,
    )


def main(argv: list[str] | None = None) -> int:
    """Run the CLI; returns the exit status (0 ok, 1 content problem, 2 usage or input error)."""
    args = sys.argv[1:] if argv is None else argv
    try:
        status = app(args=args, prog_name="briefkit", standalone_mode=False)
    except BriefkitError as exc:
        _err(f"briefkit: {exc.one_line()}")
        return exc.exit_code
    except typer.Exit as exc:
        return exc.exit_code
    except typer.Abort:
        _err("briefkit: aborted")
        return 130
    except typer.TyperException as exc:  # usage errors: exit_code 2
        _err(f"briefkit: {exc.format_message()}")
        return exc.exit_code
    except KeyboardInterrupt:
        _err("briefkit: interrupted")
        return 130
    except Exception as exc:  # never a traceback for users; BRIEFKIT_DEBUG=1 shows one
        if os.environ.get("BRIEFKIT_DEBUG"):
            raise
        _err(
            f"briefkit: internal error: {type(exc).__name__}: {exc} "
            "(rerun with BRIEFKIT_DEBUG=1 for details)"
        )
        return 1
    return status if isinstance(status, int) else 0
