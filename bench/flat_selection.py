"""What bench/ceiling.py and bench/textbook.py share: a flat selection of N words per corpus,
scored by the shared ruler beside random sentences at N (the ruler's `baseline.py`, mean of
200 draws) and, given the table a `bench/quality.py` run printed, that run's analyst memo.
Read and unread corpora (`quality.UNREAD`) are reported apart."""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from quality import CORPORA, UNREAD, eval_dir, groups, run

RANDOM = re.compile(r"random (\d+)%")
MEMO_RECALL = re.compile(r"^(\S+)\s+analyst\s+\d+\s+(\d+)%", re.MULTILINE)

# (a corpus's folder, a scratch folder, words) -> the quotes chosen and the seeds folder
Selection = Callable[[Path, Path, int], tuple[list[str], Path]]
Rows = dict[str, tuple[float, float]]  # corpus -> (the selection's recall, random's), in %


def flat_run(
    description: str, label: str, words: int, select: Selection, unread_rows: bool = True
) -> tuple[Rows, dict[str, str]]:
    """Parse the command line, score `select` on every corpus named (default: all) and
    print a row per corpus (unread ones only where `unread_rows`) and the groups' means.
    Returns the rows and the analyst memo's recall per corpus (empty without `--memos`)."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("corpora", nargs="*", help="names under bench/corpora (default: all)")
    parser.add_argument("--words", type=int, default=words)
    parser.add_argument("--eval", help="the shared ruler's folder")
    parser.add_argument("--memos", help="a quality.py run's output (its printed table)")
    args = parser.parse_args()
    ruler = eval_dir(args.eval)
    sys.path.insert(0, str(ruler))
    from baseline import recall  # the ruler's own matcher
    from keypoints import parse

    memo = dict(MEMO_RECALL.findall(Path(args.memos).read_text())) if args.memos else {}
    names = args.corpora or sorted(p.name for p in CORPORA.iterdir() if p.is_dir())
    rows: Rows = {}
    print(f"{'corpus':12s} {label:>6s} {'random':>6s} {'memo':>6s}   (at {args.words} words)")
    with tempfile.TemporaryDirectory() as scratch:
        for name in names:
            corpus = CORPORA / name
            keypoints = corpus / "KEYPOINTS.md"
            points, _ = parse(keypoints.read_text(encoding="utf-8"))
            quotes, seeds = select(corpus, Path(scratch), args.words)
            found = RANDOM.search(
                run(sys.executable, ruler / "baseline.py", seeds, keypoints, args.words)
            )
            if found is None:
                sys.exit(f"{name}: could not read the ruler's baseline")
            rows[name] = (100 * recall(quotes, points), float(found.group(1)))
            if unread_rows or name not in UNREAD:
                shown = f"{memo[name]:>5s}%" if name in memo else "     -"
                print(f"{name:12s} {rows[name][0]:5.0f}% {rows[name][1]:5.0f}% {shown}", flush=True)
    for group_label, group in groups(rows):
        chosen = statistics.mean(rows[n][0] for n in group)
        chance = statistics.mean(rows[n][1] for n in group)
        memos = [float(memo[n]) for n in group if n in memo]
        tail = f", analyst memo {statistics.mean(memos):.1f}%" if memos else ""
        print(
            f"mean {group_label} ({len(group)}): {label} {chosen:.1f}%, random {chance:.1f}%{tail}"
        )
    return rows, memo
