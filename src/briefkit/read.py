"""The read stage: a seeds folder -> Corpus. One unreadable source is reported and skipped."""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import functools
import hashlib
import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import yaml

from briefkit import cache, yamltext
from briefkit.corpus import Corpus, Document, Paragraph, Sentence, SourceMeta
from briefkit.dates import latest_year, parse_date
from briefkit.errors import InputError, SourceError
from briefkit.lazy_regex import lazy_compile
from briefkit.limits import ReadLimits
from briefkit.parallel import worker_count, worker_pool
from briefkit.progress import Progress, silent
from briefkit.readers import SIDECAR_SUFFIX, ReadResult, reader_for
from briefkit.readers.text import meta_from_mapping
from briefkit.readers.textmeta import is_menu
from briefkit.sanitize import linkable_url
from briefkit.seeds import inside, refuse_system_folder, scan
from briefkit.segment import UPDATE_LABEL, quote_of, split_told

PARALLEL_FROM = 8  # files; fewer are read in-process
SIDECAR_KEYS = {"title", "author", "authors", "publisher", "date", "url"}
# Metadata is printed in headers, notes and bibliographies: bounded so one source's
# 100 KB "title" cannot break a page layout or eat the memo's word budget.
MAX_TITLE_CHARS = 300
MAX_PUBLISHER_CHARS = 200
MAX_AUTHOR_CHARS = 120
MAX_AUTHORS = 12


def source_id(relative: Path, keep_suffix: bool = False) -> str:
    """A stable, readable id from the file's path inside the seeds folder; the suffix is
    kept only where two files share a stem ("report.pdf" and "report.docx")."""
    stem = (relative if keep_suffix else relative.with_suffix("")).as_posix()
    return re.sub(r"[^A-Za-z0-9_.-]+", "-", stem).strip("-") or "source"


def _sidecar(sidecar: Path, raw: bytes) -> tuple[SourceMeta | None, list[str]]:
    """Metadata from a sidecar's bytes (read once, with the source, for the cache key)."""
    if not raw:
        return None, []
    try:
        data = yamltext.load(raw.decode("utf-8-sig"))
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        return None, [f"{sidecar.name}: ignored, not readable YAML ({type(exc).__name__})"]
    if not isinstance(data, dict):
        return None, [f"{sidecar.name}: ignored, not a YAML mapping"]
    warnings = [
        f"{sidecar.name}: unknown key '{key}' ignored (known: {', '.join(sorted(SIDECAR_KEYS))})"
        for key in data
        if key not in SIDECAR_KEYS
    ]
    problems: list[str] = []
    meta = meta_from_mapping(data, problems)
    return meta, warnings + [f"{sidecar.name}: {line}" for line in problems]


def _shortened(text: str, limit: int) -> str:
    """`text` cut to at most `limit` characters, at a word boundary where there is one."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    return (cut[:space] if space > limit // 2 else cut).rstrip() + "…"


def bounded(meta: SourceMeta, warnings: list[str]) -> SourceMeta:
    """Metadata within printable lengths; each field cut is reported."""
    changes: dict[str, object] = {}
    for name, limit in (("title", MAX_TITLE_CHARS), ("publisher", MAX_PUBLISHER_CHARS)):
        value = getattr(meta, name)
        if value and len(value) > limit:
            changes[name] = _shortened(value, limit)
            warnings.append(f"{name} shortened to {limit} characters (was {len(value):,})")
    authors = meta.authors
    if len(authors) > MAX_AUTHORS:
        warnings.append(f"only the first {MAX_AUTHORS} of {len(authors)} authors kept")
        authors = authors[:MAX_AUTHORS]
    if any(len(a) > MAX_AUTHOR_CHARS for a in authors):
        warnings.append(f"author names shortened to {MAX_AUTHOR_CHARS} characters")
        authors = tuple(_shortened(a, MAX_AUTHOR_CHARS) for a in authors)
    if authors != meta.authors:
        changes["authors"] = authors
    return dataclasses.replace(meta, **changes) if changes else meta


# "UPDATE 2-EU states clear way for tariffs…", "EXCLUSIVE-…": a wire service's tag for the
# story's version or kind, not part of its title (a sidecar's title is the editor's own)
WIRE_TAG = lazy_compile(
    r"^(?:UPDATE(?: \d+)?|EXCLUSIVE|WRAPUP(?: \d+)?|ANALYSIS|FACTBOX|INSIGHT|REFILE|"
    r"CORRECTED|RPT|BREAKINGVIEWS|EXPLAINER|FOCUS|TIMELINE|BRIEF)\s?[-–:]\s?(?=\S)"
)


def _update_heading(told: str, published: str | None) -> str | None:
    """The heading a wire's "UPDATE, January 16:" stands for, with its year: the
    source's, or the next where the month is earlier than the source's (an update comes
    after the story). None where the source's date is unknown or no date is read."""
    if not published or len(published) < 7:
        return None
    date = parse_date(told)
    if date is None:
        date = parse_date(f"{told}, {published[:4]}")
        if date is not None and date[:7] < published[:7]:
            date = parse_date(f"{told}, {int(published[:4]) + 1}")
    return f"Update, {date}" if date else None


def build_document(
    doc_id: str, relative: str, data: bytes, result: ReadResult, sidecar: SourceMeta | None
) -> Document:
    found = result.meta
    if found.title and WIRE_TAG.match(found.title):
        found = dataclasses.replace(found, title=WIRE_TAG.sub("", found.title))
    meta = sidecar.merged_over(found) if sidecar else found
    meta = bounded(meta, result.warnings)
    if meta.url and linkable_url(meta.url) is None:  # javascript:, controls, injected markup
        result.warnings.append(f"url ignored, not an http(s) or doi: address: {meta.url[:60]!r}")
        meta = dataclasses.replace(meta, url=None)
    elif meta.url:
        meta = dataclasses.replace(meta, url=linkable_url(meta.url))
    paragraphs: list[Paragraph] = []
    heading: str | None = None
    timeline: str | None = None  # the date of the last timeline entry (`split_told`)
    blocks = [b for b in result.blocks]
    total = max(1, len(blocks))
    room = ReadLimits.from_environment().max_sentences  # one file cannot take the machine
    for position, block in enumerate(blocks):
        if room <= 0:
            result.warnings.append(
                f"only the first {sum(len(p.sentences) for p in paragraphs):,} sentences are "
                f"used: the source is longer than one source may be (BRIEFKIT_MAX_SENTENCES); "
                "split it into several files to cite the rest"
            )
            break
        if block.kind == "heading":
            # a page's menu stands over no text: "Subscribe for $1/week | Sign in |
            # Newsletters" had been every sentence's heading in 34 bench corpora
            heading = None if is_menu(block.content.text) else block.content.text
            continue
        update = UPDATE_LABEL.match(block.content.text)
        if update is not None:
            heading = _update_heading(update["date"], meta.date) or heading
        number = len(paragraphs) + 1
        told = split_told(block.content, timeline)
        # the last timeline entry's date carries to the entries after it that give no year
        timeline = next((t.told_date for t in told if t.told_date), timeline)
        sentences = tuple(
            Sentence(
                id=f"{doc_id}:p{number}:s{index}",
                source_id=doc_id,
                text=text,
                # the same object when they are equal: the index stores it once (pickle's
                # memo), a source's stored document a quarter smaller
                quote=text if quote == text else quote,
                paragraph=number,
                index=index,
                position=position / total,
                heading=heading,
                told_date=told_date,
            )
            for index, (piece, told_date) in enumerate(told, start=1)
            for text, quote in [(" ".join(piece.text.split()), quote_of(piece, result.text))]
        )
        paragraphs.append(Paragraph(id=f"{doc_id}:p{number}", sentences=sentences))
        room -= len(sentences)
    if (cut := cut_off_ending(paragraphs)) is not None:
        result.warnings.append(
            f'the text seems cut off: it ends mid-sentence ("…{cut}"); an excerpt from '
            "it may lack what followed"
        )
    this_year = dt.date.today().year
    return Document(
        id=doc_id,
        path=relative,
        sha256=hashlib.sha256(data).hexdigest(),
        meta=meta,
        text=result.text,
        paragraphs=tuple(paragraphs),
        year_hint=latest_year(result.text, this_year),
        warnings=tuple(result.warnings),
    )


CUT_OFF_MIN_WORDS = 8  # a sentence this long, not a caption or a byline, ends the text
LIST_LINE = lazy_compile(r" [|·] ")  # "Privacy | Terms", "Share · Email": a page's furniture


def cut_off_ending(paragraphs: list[Paragraph]) -> str | None:
    """The last words of a text that stops mid-sentence (a scrape cut short: "…to insist
    on"), or None: its last sentence of CUT_OFF_MIN_WORDS words or more ends on a lower-case
    letter, and it is no line of links or page furniture."""
    last = next(
        (
            s
            for p in reversed(paragraphs)
            for s in reversed(p.sentences)
            if s.words >= CUT_OFF_MIN_WORDS
        ),
        None,
    )
    if last is None or not last.text[-1:].islower() or LIST_LINE.search(last.text):
        return None
    if WIRE_CREDITS.match(last.text):
        return None  # "Reporting by … ; Editing by Mark Ferrante and Jo Lindqvist": complete
    return " ".join(last.text.split()[-5:])


# A wire story's closing credits, which end on a name and no full stop (a cold read found
# the warning on them burying the two sources really cut short)
WIRE_CREDITS = lazy_compile(
    r"^\W*(?:(?:additional )?reporting|editing|edited|writing|written|compiled|produced|"
    r"research(?:ed)?|graphics|fact-?checking) by\b",
    re.IGNORECASE,
)


def read_source(path: Path, seeds: Path, keep_suffix: bool = False) -> Document:
    """Read one source file (from the cache when unchanged); raises SourceError."""
    document, _key, _digest = _read_keyed(path, seeds, keep_suffix)
    assert document is not None  # parsed when not in the index
    return document


def _read_keyed(
    path: Path, seeds: Path, keep_suffix: bool, parse: bool = True
) -> tuple[Document | None, str, bytes | None]:
    """A source's Document, its key in the corpus index (a pure function of the file's
    bytes, its sidecar and its place in the seeds folder, so any engine could map it) and
    the Document's `cache.digest` as stored (None when the cache is off).
    With `parse=False`, only what the index holds (None when it does not)."""
    relative = path.relative_to(seeds)
    reader = reader_for(path)
    if reader is None:
        raise SourceError(f"unsupported file type '{path.suffix or '(none)'}'")
    limits = ReadLimits.from_environment()  # once per file: it parses the environment
    limit = limits.max_file_bytes
    try:
        if path.stat().st_size > limit:
            raise SourceError(f"larger than {limit // 2**20} MB (BRIEFKIT_MAX_FILE_MB)")
        data = path.read_bytes()
        sidecar_path = path.with_name(path.name + SIDECAR_SUFFIX)
        sidecar_bytes = (
            sidecar_path.read_bytes()
            if sidecar_path.is_file() and inside(seeds, sidecar_path)
            else b""
        )
    except OSError as exc:
        raise SourceError(f"cannot read file: {exc.strerror}") from None
    key = cache.cache_key(
        data,
        sidecar_bytes,
        relative.as_posix(),
        str(keep_suffix),
        str(limits.max_sentences),
    )
    cached = cache.load_digested(key)
    if cached is not None:
        return cached[0], key, cached[1]
    if not parse:
        return None, key, None
    result = reader(data)
    sidecar, sidecar_warnings = _sidecar(sidecar_path, sidecar_bytes)
    result.warnings.extend(sidecar_warnings)
    document = build_document(
        source_id(relative, keep_suffix), relative.as_posix(), data, result, sidecar
    )
    return document, key, cache.store(key, document)


Read = tuple[Document | str | None, str | None, bytes | None]


def _read_one(
    job: tuple[Path, Path, bool],
    parse: bool = True,
    after: Callable[[Document], object] | None = None,
) -> Read:
    """Worker: a Document (or the one-line reason the file was skipped), its index key and
    its digest as stored; with `parse=False`, None for a source the index does not hold.
    `after` is called with each Document parsed, in the worker (the per-source analysis,
    kept in the index)."""
    path, seeds, keep_suffix = job
    try:
        document, key, digest = _read_keyed(path, seeds, keep_suffix, parse)
        if document is None:
            return None, key, None
        if after is not None and parse and any(s.quote for s in document.sentences):
            with contextlib.suppress(Exception):  # the build measures it again, and says why
                after(document)
    except SourceError as exc:
        return f"{path}: skipped, {exc.detail}", None, None
    except Exception as exc:  # one broken source must never stop the others
        return f"{path}: skipped, could not be read ({type(exc).__name__}: {exc})", None, None
    if not any(s.quote for s in document.sentences):
        return f"{path}: skipped, no citable sentences", key, None
    return document, key, digest


def read_corpus(
    seeds: Path,
    progress: Progress | None = None,
    after: Callable[[Document], object] | None = None,
) -> Corpus:
    """Read every source in `seeds`; failures become one-line `skipped` entries. `after`
    (a module-level function: it goes to the workers) is called with each source parsed,
    where it was parsed: the per-source analysis uses the reading workers' cores."""
    if not seeds.is_dir():
        raise InputError("seeds folder not found", path=seeds)
    refuse_system_folder(seeds)
    documents: list[Document] = []
    skipped: list[str] = []
    found = scan(seeds)
    files = found.files
    skipped += [
        f"{link}: skipped, a link to a file outside the seeds folder" for link in found.outside
    ]
    skipped += [f"{folder}: skipped, folder cannot be read" for folder in found.unreadable]
    stems = Counter(path.relative_to(seeds).with_suffix("").as_posix() for path in files)
    jobs = [(p, seeds, stems[p.relative_to(seeds).with_suffix("").as_posix()] > 1) for p in files]
    note = progress or silent
    label = f"reading {len(jobs)} files"
    note(label, 0, len(jobs))
    # The index first, in this process: an unchanged source costs a lookup, not a worker.
    results: list[Read] = []
    hits = 0
    with cache.bulk_load():  # only lookups here: parsing, which may make cycles, comes after
        for job in jobs:
            results.append(_read_one(job, parse=False))
            hits += results[-1][0] is not None
            note(label, hits, len(jobs))
    todo = [i for i, result in enumerate(results) if result[0] is None]
    workers = worker_count(len(todo), PARALLEL_FROM)
    with contextlib.ExitStack() as stack:
        if workers > 1:
            pool = stack.enter_context(worker_pool(workers))
            parsed = pool.map(
                functools.partial(_read_one, after=after), [jobs[i] for i in todo], chunksize=4
            )
        else:
            parsed = map(functools.partial(_read_one, after=after), [jobs[i] for i in todo])
        for done, (i, result) in enumerate(zip(todo, parsed, strict=True), start=1):
            results[i] = result
            note(label, len(jobs) - len(todo) + done, len(jobs))
    cache.touch(key for _result, key, _digest in results if key is not None)
    digests: list[bytes | None] = []
    for result, _key, digest in results:
        if isinstance(result, str):
            skipped.append(result)
        elif result is not None:
            documents.append(result)
            digests.append(digest)
    return Corpus(
        documents=tuple(documents),
        skipped=tuple(skipped),
        digests=tuple(digests) if None not in digests else (),
    )
