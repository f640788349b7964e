"""The read stage: a seeds folder -> Corpus. One unreadable source is reported and skipped."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import yaml

from briefkit.corpus import Corpus, Document, Paragraph, Sentence, SourceMeta
from briefkit.dates import latest_year
from briefkit.errors import InputError, SourceError
from briefkit.limits import ReadLimits
from briefkit.readers import SIDECAR_SUFFIX, ReadResult, reader_for
from briefkit.readers.text import meta_from_mapping
from briefkit.segment import quote_of, split_sentences

SIDECAR_KEYS = {"title", "author", "authors", "publisher", "date", "url"}
Progress = Callable[[str], None]


def source_id(relative: Path, keep_suffix: bool = False) -> str:
    """A stable, readable id from the file's path inside the seeds folder; the suffix is
    kept only where two files share a stem ("report.pdf" and "report.docx")."""
    stem = (relative if keep_suffix else relative.with_suffix("")).as_posix()
    return re.sub(r"[^A-Za-z0-9_.-]+", "-", stem).strip("-") or "source"


def _sidecar(path: Path) -> tuple[SourceMeta | None, list[str]]:
    sidecar = path.with_name(path.name + SIDECAR_SUFFIX)
    if not sidecar.exists():
        return None, []
    try:
        data = yaml.safe_load(sidecar.read_text(encoding="utf-8-sig"))
    except (yaml.YAMLError, OSError, UnicodeDecodeError) as exc:
        return None, [f"{sidecar.name}: ignored, not readable YAML ({type(exc).__name__})"]
    if not isinstance(data, dict):
        return None, [f"{sidecar.name}: ignored, not a YAML mapping"]
    warnings = [
        f"{sidecar.name}: unknown key '{key}' ignored (known: {', '.join(sorted(SIDECAR_KEYS))})"
        for key in data
        if key not in SIDECAR_KEYS
    ]
    return meta_from_mapping(data), warnings


def build_document(
    doc_id: str, relative: str, data: bytes, result: ReadResult, sidecar: SourceMeta | None
) -> Document:
    meta = sidecar.merged_over(result.meta) if sidecar else result.meta
    paragraphs: list[Paragraph] = []
    heading: str | None = None
    blocks = [b for b in result.blocks]
    total = max(1, len(blocks))
    for position, block in enumerate(blocks):
        if block.kind == "heading":
            heading = block.content.text
            continue
        number = len(paragraphs) + 1
        sentences = tuple(
            Sentence(
                id=f"{doc_id}:p{number}:s{index}",
                source_id=doc_id,
                text=" ".join(piece.text.split()),
                quote=quote_of(piece, result.text),
                paragraph=number,
                index=index,
                position=position / total,
                heading=heading,
            )
            for index, piece in enumerate(split_sentences(block.content), start=1)
        )
        paragraphs.append(Paragraph(id=f"{doc_id}:p{number}", sentences=sentences))
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


def read_source(path: Path, seeds: Path, keep_suffix: bool = False) -> Document:
    """Read one source file; raises SourceError with a message naming what is wrong."""
    relative = path.relative_to(seeds)
    reader = reader_for(path)
    if reader is None:
        raise SourceError(f"unsupported file type '{path.suffix or '(none)'}'")
    limit = ReadLimits.from_environment().max_file_bytes
    try:
        if path.stat().st_size > limit:
            raise SourceError(f"larger than {limit // 2**20} MB (BRIEFKIT_MAX_FILE_MB)")
        data = path.read_bytes()
    except OSError as exc:
        raise SourceError(f"cannot read file: {exc.strerror}") from None
    result = reader(data)
    sidecar, sidecar_warnings = _sidecar(path)
    result.warnings.extend(sidecar_warnings)
    return build_document(
        source_id(relative, keep_suffix), relative.as_posix(), data, result, sidecar
    )


def read_corpus(seeds: Path, progress: Progress | None = None) -> Corpus:
    """Read every source in `seeds`; failures become one-line `skipped` entries."""
    if not seeds.is_dir():
        raise InputError("seeds folder not found", path=seeds)
    documents: list[Document] = []
    skipped: list[str] = []
    files = source_files(seeds)
    stems = Counter(path.relative_to(seeds).with_suffix("").as_posix() for path in files)
    for path in files:
        if progress:
            progress(path.name)
        shared_stem = stems[path.relative_to(seeds).with_suffix("").as_posix()] > 1
        try:
            document = read_source(path, seeds, keep_suffix=shared_stem)
        except SourceError as exc:
            skipped.append(f"{path}: skipped, {exc.detail}")
            continue
        except Exception as exc:  # one broken source must never stop the others
            skipped.append(f"{path}: skipped, could not be read ({type(exc).__name__}: {exc})")
            continue
        if not any(s.quote for s in document.sentences):
            skipped.append(f"{path}: skipped, no citable sentences")
            continue
        documents.append(document)
    return Corpus(documents=tuple(documents), skipped=tuple(skipped))
