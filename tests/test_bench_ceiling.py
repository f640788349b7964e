"""bench/ceiling.py fills a word budget by the selection objective alone: the passages a
memo could quote, from several sources, within the budget, with no layout."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import ROOT, bench_script


def test_the_objective_alone_fills_the_budget_from_several_sources(tmp_path: Path) -> None:
    ceiling = bench_script("ceiling")
    corpus = ROOT / "bench" / "corpora" / "tajikistan"
    brief, seeds = ceiling.corpus_brief(corpus, tmp_path)
    quotes = ceiling.objective_alone(brief, seeds, 300)
    words = sum(len(q.split()) for q in quotes)
    assert 200 < words <= 300 + 30  # filled, and a passage's words as counted may differ a little
    texts = " ".join(" ".join(p.read_text(encoding="utf-8").split()) for p in seeds.glob("*"))
    found = [q for q in quotes if q.split("…")[0].strip()[:40] in texts]
    assert len(found) >= len(quotes) - 1  # passages of the sources, not made-up text
    assert len(quotes) >= 5
