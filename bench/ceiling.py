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

import argparse
import dataclasses
import re
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from quality import CORPORA, UNREAD, corpus_brief, eval_dir, run

from briefkit.analysis.proposals import score
from briefkit.build import read_and_analyse
from briefkit.layout import SectionLayout
from briefkit.progress import silent
from briefkit.selection import SectionPlan, select
from briefkit.spec import load_brief

FLAT = "background"  # the one section every passage is offered in
RANDOM = re.compile(r"random (\d+)%")
MEMO_RECALL = re.compile(r"^(\S+)\s+analyst\s+\d+\s+(\d+)%", re.MULTILINE)


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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpora", nargs="*", help="names under bench/corpora (default: all)")
    parser.add_argument("--words", type=int, default=800)
    parser.add_argument("--eval", help="the shared ruler's folder")
    parser.add_argument("--memos", help="a quality.py run's output (its printed table)")
    args = parser.parse_args()
    ruler = eval_dir(args.eval)
    sys.path.insert(0, str(ruler))
    from baseline import recall  # the ruler's own matcher
    from keypoints import parse

    memo = dict(MEMO_RECALL.findall(Path(args.memos).read_text())) if args.memos else {}
    names = args.corpora or sorted(p.name for p in CORPORA.iterdir() if p.is_dir())
    rows: dict[str, tuple[float, float]] = {}
    print(f"{'corpus':12s} {'alone':>6s} {'random':>6s} {'memo':>6s}   (at {args.words} words)")
    with tempfile.TemporaryDirectory() as scratch:
        for name in names:
            corpus = CORPORA / name
            points, _ = parse((corpus / "KEYPOINTS.md").read_text(encoding="utf-8"))
            brief, seeds = corpus_brief(corpus, Path(scratch))
            alone = 100 * recall(objective_alone(brief, seeds, args.words), points)
            keypoints = corpus / "KEYPOINTS.md"
            found = RANDOM.search(
                run(sys.executable, ruler / "baseline.py", seeds, keypoints, args.words)
            )
            if found is None:
                sys.exit(f"{name}: could not read the ruler's baseline")
            rows[name] = (alone, float(found.group(1)))
            shown = f"{memo[name]:>5s}%" if name in memo else "     -"
            print(f"{name:12s} {alone:5.0f}% {rows[name][1]:5.0f}% {shown}", flush=True)
    read = [n for n in rows if n not in UNREAD]
    for label, group in (("read", read), ("unread", [n for n in rows if n in UNREAD])):
        if group:
            alone = statistics.mean(rows[n][0] for n in group)
            chance = statistics.mean(rows[n][1] for n in group)
            memos = [float(memo[n]) for n in group if n in memo]
            tail = f", analyst memo {statistics.mean(memos):.1f}%" if memos else ""
            print(f"mean {label} ({len(group)}): alone {alone:.1f}%, random {chance:.1f}%{tail}")
    overall = statistics.mean(a - r for a, r in rows.values())
    return 0 if overall > 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
