"""bench/quality.py builds each corpus's brief with the benchmark's three audiences, in the
similarity mode asked for."""

from __future__ import annotations

from pathlib import Path

import yaml

from tests.conftest import ROOT, bench_script


def test_the_benchmarks_brief_keeps_the_corpus_own_mode_unless_asked(tmp_path: Path) -> None:
    quality = bench_script("quality")
    corpus = ROOT / "bench" / "corpora" / "tajikistan"
    brief, seeds = quality.corpus_brief(corpus, tmp_path)
    spec = yaml.safe_load(brief.read_text(encoding="utf-8"))
    assert "similarity" not in spec
    assert Path(spec["seeds"]) == seeds and seeds.is_dir()
    assert [a["max_words"] for a in spec["audiences"]] == [500, 1000, 2500]
    # dated the same whatever the day it runs: the bottom line depends on the memo's date
    assert spec["date"] == quality.MEMO_DATE
    brief, _ = quality.corpus_brief(corpus, tmp_path, "semantic")
    assert yaml.safe_load(brief.read_text(encoding="utf-8"))["similarity"] == "semantic"


def test_every_corpus_held_out_exists_with_its_key_points() -> None:
    """A misspelt name in UNREAD would report a held-out corpus as read, silently."""
    quality = bench_script("quality")
    corpora = ROOT / "bench" / "corpora"
    for name in quality.UNREAD:
        assert (corpora / name / "KEYPOINTS.md").is_file(), name
        assert (corpora / name / "brief.yaml").is_file(), name
    assert len(set(quality.UNREAD)) == len(quality.UNREAD)
