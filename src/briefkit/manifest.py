"""manifest.json: what was built from what, exactly as the contract describes it."""

from __future__ import annotations

import json
import os
from collections.abc import Collection
from pathlib import Path
from typing import Any

from briefkit import __version__
from briefkit.corpus import Corpus
from briefkit.memo import Memo, Paragraph, body_words, inline_text
from briefkit.output import sha256_of

MANIFEST_NAME = "manifest.json"


def seeds_reference(seeds: Path, out_dir: Path) -> str:
    """The seeds folder relative to the manifest's folder where possible, else absolute."""
    try:
        return Path(os.path.relpath(seeds.resolve(), out_dir.resolve())).as_posix()
    except ValueError:  # different drives on Windows
        return seeds.resolve().as_posix()


def memo_entry(memo: Memo, files: dict[str, str]) -> dict[str, Any]:
    sections: dict[str, dict[str, Any]] = {
        s.id: {"id": s.id, "title": s.title, "excerpts": []} for s in memo.sections
    }
    for section_id, excerpt, note in memo.excerpts():
        sections[section_id]["excerpts"].append(
            {
                "source": excerpt.source_id,
                "quote": excerpt.quote,
                "footnote": note,
                "sentence": excerpt.sentence_id,
                "score": round(excerpt.score, 3),
                "reason": excerpt.reason,
            }
        )
    for section in memo.sections:  # the unit's own words: unsourced, never a quote
        texts = [
            inline_text(block.inlines[1:])
            for block in section.blocks
            if isinstance(block, Paragraph) and block.style == "assessment"
        ]
        if texts:
            sections[section.id]["assessments"] = [
                {"text": text, "unsourced": True} for text in texts
            ]
    return {
        "audience": memo.audience,
        "files": files,
        "word_count": body_words(memo),
        "sections": list(sections.values()),
    }


def build_manifest(
    *,
    brief: str,
    title: str,
    date: str,
    seeds: str,
    corpus: Corpus,
    memos: list[dict[str, Any]],
    off_topic: Collection[str] = (),
) -> dict[str, Any]:
    """The build's record; a source left out as not about the brief says so."""
    left_out = set(off_topic)
    return {
        "brief": brief,
        "title": title,
        "date": date,
        "briefkit_version": __version__,
        "seeds": seeds,
        "sources": [
            {
                "id": d.id,
                "path": d.path,
                "sha256": d.sha256,
                "title": d.meta.title,
                "author": d.meta.author,
                "publisher": d.meta.publisher,
                "date": d.meta.date,
                "url": d.meta.url,
                **({"off_topic": True} if d.id in left_out else {}),
            }
            for d in corpus.documents
        ],
        "memos": memos,
    }


def dumps(manifest: dict[str, Any]) -> bytes:
    return (json.dumps(manifest, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def output_hashes(
    out_dir: Path,
    written: dict[Path, bytes],
    memos: list[dict[str, Any]],
    previous: dict[str, Any] | None,
) -> dict[str, str]:
    """sha256 of every file of the build set, by path relative to `out_dir`: the files
    this build writes, and those of memos a partial build keeps from the one before (with
    the hash that build recorded, so a half-replaced file is never blessed)."""
    hashes = {
        path.relative_to(out_dir).as_posix(): sha256_of(data) for path, data in written.items()
    }
    earlier = (previous or {}).get("outputs")
    earlier = earlier if isinstance(earlier, dict) else {}
    for memo in memos:
        for name in memo.get("files", {}).values():
            name = str(name)
            if name in hashes:
                continue
            if isinstance(earlier.get(name), str):
                hashes[name] = earlier[name]
            else:  # a manifest from before hashes were recorded
                try:
                    hashes[name] = sha256_of((out_dir / name).read_bytes())
                except OSError:
                    continue
    return dict(sorted(hashes.items()))
