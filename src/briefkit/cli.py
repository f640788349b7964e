"""The command line: a thin layer over the library. `main(argv) -> int` never raises.

Conventions: `-h`/`--help` everywhere, `-q`/`-v` on the top command (logging levels),
shell completion (`--install-completion`), `--json` for scripts on every command that
prints results (the result on stdout; warnings stay on stderr), exit status 0 ok,
1 content problem, 2 usage or input error, with a one-line message.
"""

from __future__ import annotations

import dataclasses
import gc
import json
import logging
import os
import sys
import time
from contextlib import nullcontext
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console

from briefkit import __version__
from briefkit.errors import BriefkitError, InputError
from briefkit.sanitize import printable

WATCH_INTERVAL = 1.0  # seconds between looks at the watched files

app = typer.Typer(
    name="briefkit",
    help="Turn a folder of source articles into cited, per-audience policy memos.",
    add_completion=True,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)
err = Console(stderr=True, highlight=False, soft_wrap=True)
out = Console(highlight=False, soft_wrap=True)
log = logging.getLogger("briefkit")


class Format(StrEnum):
    """The output formats of `build --format`."""

    docx = "docx"
    pdf = "pdf"
    md = "md"


def _example(*lines: str) -> str:
    """A help epilog with example command lines, kept as written (\b stops rewrapping)."""
    return "Example:\n\n\b\n" + "\n".join(f"  {line}" for line in lines)


class _ConsoleHandler(logging.Handler):
    """Log records as `briefkit: message` lines on stderr (the stream of the moment)."""

    def emit(self, record: logging.LogRecord) -> None:
        err.print(f"briefkit: {self.format(record)}", markup=False)


def _configure_logging(quiet: bool, verbose: int) -> None:
    """-q: errors only; default: warnings; -v: what briefkit chose and found; -vv: debug."""
    level = logging.ERROR if quiet else (logging.WARNING, logging.INFO)[min(verbose, 1)]
    if verbose >= 2 and not quiet:
        level = logging.DEBUG
    if not any(isinstance(h, _ConsoleHandler) for h in log.handlers):
        log.addHandler(_ConsoleHandler())
        log.propagate = False
    log.setLevel(level)
    logging.getLogger().setLevel(logging.ERROR if quiet else logging.WARNING)


def _quiet() -> bool:
    return not log.isEnabledFor(logging.WARNING)


def _say(text: str) -> None:
    """A human-readable result line on stdout, left out with -q."""
    if not _quiet():
        out.print(text, markup=False)


def _warn(text: str) -> None:
    """A warning on stderr, left out with -q (file names printed as escapes, see _err)."""
    if not _quiet():
        _err(text)


def _print_json(data: object) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def _progress() -> Any:
    """A progress bar on stderr for long builds (none with -q, nor off a terminal)."""
    from briefkit.progress import bar_on, silent

    return nullcontext(silent) if _quiet() else bar_on(err)


def _err(text: str, **style: str) -> None:
    """One line on stderr; file names from the seeds folder may hold escape sequences or
    newlines, printed as escapes, never acted on by the terminal."""
    err.print(printable(text), markup=False, **style)


def _version(value: bool) -> None:
    if value:
        out.print(f"briefkit {__version__}")
        raise typer.Exit()


@app.callback(
    epilog=_example(
        "briefkit build briefs/tajikistan-taliban.yaml",
        "briefkit verify out/tajikistan-taliban",
        "briefkit COMMAND -h",
    )
)
def _root(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Show the version and exit."
        ),
    ] = False,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="Print errors only (and --json results).")
    ] = False,
    verbose: Annotated[
        int,
        typer.Option(
            "--verbose",
            "-v",
            count=True,
            show_default=False,
            help="Say which files, fonts and layouts were used; -vv for debugging.",
        ),
    ] = 0,
) -> None:
    """briefkit: read seeds/, select verbatim excerpts, write DOCX, PDF and Markdown memos."""
    _configure_logging(quiet, verbose)


@app.command(
    epilog=_example(
        "briefkit build briefs/tajikistan-taliban.yaml",
        "briefkit build briefs/tajikistan-taliban.yaml --audience principal --format pdf",
        "briefkit build briefs/tajikistan-taliban.yaml --json > result.json",
    )
)
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
        list[str] | None,
        typer.Option(metavar="ID", help="Build only this audience (repeatable)."),
    ] = None,
    format: Annotated[
        list[Format] | None,
        typer.Option("--format", metavar="[docx|pdf|md]", help="Only this format (repeatable)."),
    ] = None,
    provenance: Annotated[
        bool,
        typer.Option(
            "--provenance",
            help="Add a Word comment on each excerpt naming its source file and place.",
        ),
    ] = False,
    redline: Annotated[
        bool,
        typer.Option(
            "--redline",
            help="Also write <audience>.redline.docx, tracked changes since the previous build.",
        ),
    ] = False,
    force: Annotated[
        bool, typer.Option("--force", help="Rebuild even when nothing changed.")
    ] = False,
    watch: Annotated[
        bool,
        typer.Option(
            "--watch", help="Rebuild whenever the brief, seeds, curation file or templates change."
        ),
    ] = False,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the result as JSON on stdout, for scripts.")
    ] = False,
) -> None:
    """Build one memo per audience, in DOCX, PDF and Markdown, plus manifest.json."""
    formats = [f.value for f in format] if format else None
    _check_output_folder(out_dir)
    options = {
        "audiences": audience or [],
        "formats": formats or [],
        "provenance": provenance,
        "redline": redline,
        "out": str(out_dir),
        "seeds": str(seeds or ""),
    }
    if not watch:
        _build_once(
            brief, seeds, out_dir, audience, formats, provenance, redline, force, options, as_json
        )
        return
    from briefkit.freshness import snapshot

    _say(f"Watching {brief}, its seeds, curation file and templates (Ctrl-C stops).")
    seen = None
    try:
        while True:
            current = snapshot(brief, seeds)
            if current != seen:
                seen = current
                try:
                    _build_once(
                        brief,
                        seeds,
                        out_dir,
                        audience,
                        formats,
                        provenance,
                        redline,
                        force,
                        options,
                        as_json,
                    )
                except BriefkitError as exc:  # keep watching while the user fixes the input
                    _err(f"briefkit: {exc.one_line()}")
            time.sleep(WATCH_INTERVAL)
    except KeyboardInterrupt:
        _say("Stopped watching.")


def _check_output_folder(folder: Path) -> None:
    """An output folder that cannot be made is a usage error, found before any work
    (nothing is created here: a build that fails early leaves no empty folders)."""
    existing = folder
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    if not existing.is_dir():
        where = "" if existing == folder else f" ({existing} is a file)"
        raise InputError(f"cannot be an output folder: a file is in the way{where}", path=folder)
    if not os.access(existing, os.W_OK | os.X_OK):
        raise InputError(f"cannot write the output folder: {existing} is not writable", path=folder)


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
    as_json: bool = False,
) -> None:
    from briefkit.freshness import fingerprint, up_to_date

    stamp = fingerprint(brief, seeds, options)
    if not force and up_to_date(out_dir / brief.stem, stamp):
        if as_json:
            folder = out_dir / brief.stem
            _print_json(
                {"up_to_date": True, "out_dir": folder, "manifest": folder / "manifest.json"}
            )
            return
        _say(
            f"Up to date: nothing changed since the last build in {out_dir / brief.stem}/ "
            "(--force rebuilds anyway)."
        )
        return
    from briefkit.build import build as run_build

    with _progress() as progress:
        result = run_build(
            brief,
            seeds=seeds,
            out=out_dir,
            audiences=audience,
            formats=format,
            provenance=provenance,
            redline=redline,
            stamp=stamp,
            progress=progress,
        )
    for line in result.skipped:
        _err(line)
    for line in result.warnings:
        _warn(f"warning: {line}")
    if as_json:
        _print_json({"up_to_date": False, **dataclasses.asdict(result)})
        return
    used = (
        f"{result.sources - result.off_topic} of {result.sources} source(s), "
        f"{result.off_topic} not about the brief,"
        if result.off_topic
        else f"{result.sources} source(s)"
    )
    _say(f"Built {len(result.memos)} memo(s) from {used} into {result.out_dir}/")
    for memo in result.memos:
        names = ", ".join(path.name for path in memo.files.values())
        _say(f"  {memo.audience}: {memo.word_count}/{memo.max_words} words — {names}")
    _say(result.changes)


@app.command(
    epilog=_example(
        "briefkit curate briefs/tajikistan-taliban.yaml",
        "  (edit briefs/tajikistan-taliban.curation.yaml, then build again)",
    )
)
def curate(
    brief: Annotated[Path, typer.Argument(help="The brief spec (YAML).", show_default=False)],
    seeds: Annotated[
        Path | None,
        typer.Option(help="Folder of source articles [default: the brief's 'seeds:' key]."),
    ] = None,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the result as JSON on stdout, for scripts.")
    ] = False,
) -> None:
    """Write or update briefs/<stem>.curation.yaml: proposals to pin, drop, reorder, trim."""
    from briefkit.build import curate as run_curate

    with _progress() as progress:
        result = run_curate(brief, seeds=seeds, progress=progress)
    for line in result.skipped:
        _err(line)
    if not _quiet():
        for line in result.warnings:
            _err(f"WARNING: {result.path}: {line}", style="bold red")
    if as_json:
        _print_json(dataclasses.asdict(result))
        return
    _say(f"Wrote {result.path}: {result.entries} entries, {result.new} new, {result.stale} stale.")


@app.command(
    epilog=_example(
        "briefkit verify out/tajikistan-taliban",
        "briefkit verify out/tajikistan-taliban --seeds ~/archive/seeds --json",
    )
)
def verify(
    build_dir: Annotated[
        Path, typer.Argument(help="A build folder: OUT/<brief stem>.", show_default=False)
    ],
    seeds: Annotated[
        Path | None,
        typer.Option(help="Folder of source articles [default: the manifest's 'seeds']."),
    ] = None,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the result as JSON on stdout, for scripts.")
    ] = False,
) -> None:
    """Re-check every cited excerpt in manifest.json against the source files."""
    from briefkit.verify import verify as run_verify

    report = run_verify(build_dir, seeds)
    if as_json:
        _print_json({"ok": not report.failures, **dataclasses.asdict(report)})
    else:
        for line in report.notices:
            _warn(f"note: {line}")
        for line in report.failures:
            _err(line)
    if report.failures:
        raise typer.Exit(1)
    if not as_json:
        _say(f"All {report.checked} excerpts are verbatim in their sources.")


@app.command(
    epilog=_example("briefkit package out/tajikistan-taliban", "unzip out/tajikistan-taliban.zip")
)
def package(
    build_dir: Annotated[
        Path, typer.Argument(help="A build folder: OUT/<brief stem>.", show_default=False)
    ],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")] = False,
) -> None:
    """Write OUT/<stem>.zip for an editor: memos, cited sources, bibliography, changes, README."""
    from briefkit.package import package as run_package

    result = run_package(build_dir)
    for line in result.warnings:
        _err(f"WARNING: {line}", style="bold red")
    if as_json:
        out.print_json(json.dumps({"zip": str(result.path), "files": result.files}))
        return
    out.print(
        f"Wrote {result.path}: {len(result.files)} files; "
        f"unzip it and run `briefkit verify {result.path.stem}` to check every quotation.",
        markup=False,
    )


@app.command(
    epilog=_example("briefkit sources seeds/", "briefkit sources seeds/ --json | jq '.[].title'")
)
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
    from briefkit.sources import as_records

    out.print(as_records(rows, out.width), markup=False, highlight=False, soft_wrap=True)


@app.command(
    "reference-docx",
    epilog=_example("briefkit reference-docx templates/reference.docx"),
)
def reference_docx_command(
    path: Annotated[Path, typer.Argument(help="Where to write the .docx.", show_default=False)],
) -> None:
    """Write a Word reference document with every style briefkit uses, to restyle in Word."""
    from briefkit.output import write_atomic
    from briefkit.writers.docx import reference_docx

    _check_output_file(path)
    write_atomic(path, reference_docx())
    _say(
        f"Wrote {path}: restyle it in Word, then save it as templates/reference.docx "
        "or name it as reference_docx in a brief."
    )


cache_app = typer.Typer(
    help="The corpus index: per-source results kept between builds.",
    no_args_is_help=True,
    rich_markup_mode=None,
)
app.add_typer(cache_app, name="cache")


@cache_app.command("info")
def cache_info(
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")] = False,
) -> None:
    """Where the index is, how many sources it holds, its size and its limit."""
    from briefkit import cache

    stats = cache.stats()
    info = {
        "path": str(stats.path) if stats.path else None,
        "enabled": cache.cache_dir() is not None,
        "entries": stats.entries,
        "stale_entries": stats.stale,
        "stored_mb": round(stats.size / 2**20, 2),
        "file_mb": round(stats.file_size / 2**20, 2),
        "limit_mb": cache.limit_bytes() // 2**20,
    }
    if as_json:
        out.print_json(json.dumps(info))
        return
    if not info["enabled"]:
        out.print("The cache is off (BRIEFKIT_CACHE=off).", markup=False)
        return
    out.print(
        f"{info['path']}: {stats.entries} entries ({stats.stale} from other briefkit versions), "
        f"{info['stored_mb']} MB stored, {info['file_mb']} MB on disk, "
        f"limit {info['limit_mb']} MB (BRIEFKIT_CACHE_MB)",
        markup=False,
    )


@cache_app.command("prune")
def cache_prune(
    max_mb: Annotated[
        int | None,
        typer.Option("--max-mb", min=0, help="Keep at most this many MB [default: the limit]."),
    ] = None,
    everything: Annotated[bool, typer.Option("--all", help="Empty the index.")] = False,
) -> None:
    """Drop entries of other briefkit versions, then the least recently used over the limit."""
    from briefkit import cache

    if cache.cache_dir() is None:
        out.print("The cache is off (BRIEFKIT_CACHE=off): nothing to prune.", markup=False)
        return
    removed = cache.prune(None if max_mb is None else max_mb * 2**20, everything=everything)
    stats = cache.stats()
    out.print(
        f"Removed {removed} entries; {stats.entries} left, {stats.size / 2**20:.1f} MB.",
        markup=False,
    )


@app.command(
    epilog=_example(
        "briefkit schema > brief.schema.json",
        "  (in a brief, first line: # yaml-language-server: $schema=brief.schema.json)",
    )
)
def schema(
    path: Annotated[
        Path | None,
        typer.Argument(help="Write it to this file [default: print it].", show_default=False),
    ] = None,
) -> None:
    """Print the JSON Schema of brief files, for editors that check YAML as you type."""
    from briefkit.output import write_atomic
    from briefkit.spec import brief_json_schema

    text = brief_json_schema()
    if path is None:
        sys.stdout.write(text)
        return
    _check_output_file(path)
    write_atomic(path, text.encode("utf-8"))
    _say(f"Wrote {path}")


def _check_output_file(path: Path) -> None:
    """A file is written only into a folder that exists: never a silent `mkdir -p`."""
    if path.is_dir():
        raise InputError("is a folder; give a file name", path=path)
    parent = path.parent
    if not parent.is_dir():
        reason = "is not a folder" if parent.exists() else "does not exist"
        raise InputError(f"cannot write here: the folder {parent} {reason}", path=path)
    if not os.access(parent, os.W_OK):
        raise InputError(f"cannot write here: the folder {parent} is not writable", path=path)


def main(argv: list[str] | None = None) -> int:
    """Run the CLI; returns the exit status (0 ok, 1 content problem, 2 usage or input error).
    Run as the program (`argv` None: `briefkit` and `python -m briefkit`), the process ends
    next: the collector's heap is frozen first, so the interpreter does not walk it on
    the way out (0.15 s after a build of 1,000 sources)."""
    status = _main(sys.argv[1:] if argv is None else argv)
    if argv is None:
        gc.freeze()
    return status


def _main(args: list[str]) -> int:
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
