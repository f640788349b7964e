"""What the memo's shape costs or gains: the selection objective alone, no sections or tables.

    .venv/bin/python bench/ceiling.py [CORPUS ...] [--words N] [--eval DIR] [--memos FILE]

For each corpus of `bench/corpora/` this analyses the brief as a build does, then fills
N words (default 800, about what an analyst memo of 1,000 words quotes) by the greedy
maximiser of `analysis.objective` (`selection.select`) over every proposed passage, each
as its best-scoring candidacy, in one section: no chronology, disagreement or position
rows. It prints that selection's key-point recall beside random sentences at the same N
(the shared ruler's `baseline.py`, mean of 200 draws) and, given `--memos FILE` (the table
`bench/quality.py` printed), the analyst memo's recall of that run.

The gap between the objective alone and the memo is what the memo's shape costs or gains
(section shares, tables, one row per actor): the objective can be judged here, the layout
in `bench/quality.py`. Read and unread corpora (`quality.UNREAD`) are reported apart. Exit
status 1 when the objective alone does not beat random on the mean of the corpora run.
"""

from __future__ import annotations

import dataclasses
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from flat_selection import flat_run
from quality import corpus_brief

from briefkit.analysis.proposals import score
from briefkit.build import read_and_analyse
from briefkit.layout import SectionLayout
from briefkit.progress import silent
from briefkit.selection import SectionPlan, select
from briefkit.spec import load_brief

FLAT = "background"  # the one section every passage is offered in


def objective_alone(brief: Path, seeds: Path, words: int) -> list[str]:
    """The quotes the objective picks within `words`, ignoring the memo's layout."""
    spec = load_brief(brief)
    _corpus, analysis = read_and_analyse(spec, seeds, silent)
    proposals = score(analysis)
    everything = sorted(
        proposals.best_by_sentence().values(), key=lambda c: (-c.score, c.sentence.id)
    )
    flat = dataclasses.replace(proposals, sections={FLAT: tuple(everything)})
    layout = SectionLayout(id=FLAT, title="All", max_items=1000)
    chosen = select(flat, [SectionPlan(layout, words)], total=words)
    return [c.sentence.quote for c in chosen[FLAT]]


def _alone(corpus: Path, scratch: Path, words: int) -> tuple[list[str], Path]:
    brief, seeds = corpus_brief(corpus, scratch)
    return objective_alone(brief, seeds, words), seeds


def main() -> int:
    rows, _memo = flat_run(__doc__.split("\n\n")[0], "alone", 800, _alone)
    overall = statistics.mean(a - r for a, r in rows.values())
    return 0 if overall > 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
