"""Two runs of the quality benchmark side by side: how far recall moved, and whether that
is more than the corpora's spread.

    .venv/bin/python bench/quality.py --scores before.json   # at one commit
    .venv/bin/python bench/quality.py --scores after.json    # at another
    .venv/bin/python bench/compare.py before.json after.json [--resamples N] [--seed S]

A change to the analysis moves a key point in or out of a few memos and leaves the rest
as they were; one key point is worth 4-7 points of one corpus's recall. A mean over 38
corpora that moved by half a point may be one corpus's one point. So for each group
(read or tuned on, unread) and each memo this prints both runs' mean recall, the mean
difference, a 95% interval of that difference by a paired bootstrap over the corpora
(resampled with a fixed seed: the same files give the same interval), and how many
corpora went up and down. The interval says how much of a difference the corpora's own
spread explains: a difference whose interval holds zero is not shown to be one.

Exit status 1 when any group's interval lies wholly below zero (recall shown to drop), so
a comparison can fail; 2 when the files do not hold the same corpora and memos.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

RESAMPLES = 2000  # bootstrap draws; the interval's ends move by about a tenth of a point
SEED = 20261206
LEVEL = 0.95
GROUPS = ((False, "read or tuned on"), (True, "unread"))


def recall(row: dict) -> float:
    return 100 * row["covered"] / row["total"]


def differences(before: dict, after: dict, memo: str, unread: bool) -> list[float]:
    """Per corpus of the group, after's recall of the memo minus before's."""
    return [
        recall(after[name][memo]) - recall(before[name][memo])
        for name in sorted(before)
        if before[name][memo]["unread"] == unread
    ]


def interval(
    values: list[float], resamples: int = RESAMPLES, seed: int = SEED, level: float = LEVEL
) -> tuple[float, float]:
    """The central `level` interval of the mean of `values`, by resampling them with
    replacement `resamples` times (percentile bootstrap)."""
    if not values:
        return (0.0, 0.0)
    draw = random.Random(seed)
    count = len(values)
    means = sorted(sum(draw.choices(values, k=count)) / count for _ in range(resamples))
    tail = (1 - level) / 2
    low = means[int(tail * (resamples - 1))]
    high = means[int((1 - tail) * (resamples - 1) + 0.5)]
    return (low, high)


def compare(before: dict, after: dict, resamples: int = RESAMPLES, seed: int = SEED) -> list[dict]:
    """One row per group and memo: means, the difference, its interval, corpora up/down."""
    memos = sorted({memo for rows in before.values() for memo in rows})
    rows = []
    for unread, title in GROUPS:
        for memo in memos:
            moved = differences(before, after, memo, unread)
            if not moved:
                continue
            names = [n for n in sorted(before) if before[n][memo]["unread"] == unread]
            low, high = interval(moved, resamples, seed)
            rows.append(
                {
                    "group": title,
                    "memo": memo,
                    "corpora": len(moved),
                    "before": sum(recall(before[n][memo]) for n in names) / len(names),
                    "after": sum(recall(after[n][memo]) for n in names) / len(names),
                    "difference": sum(moved) / len(moved),
                    "low": low,
                    "high": high,
                    "up": sum(d > 0 for d in moved),
                    "down": sum(d < 0 for d in moved),
                }
            )
    return rows


def same_shape(before: dict, after: dict) -> bool:
    return before.keys() == after.keys() and all(
        before[name].keys() == after[name].keys() for name in before
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("before", help="scores of the first run (bench/quality.py --scores)")
    parser.add_argument("after", help="scores of the second run")
    parser.add_argument("--resamples", type=int, default=RESAMPLES)
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args()
    before, after = (
        json.loads(Path(p).read_text(encoding="utf-8")) for p in (args.before, args.after)
    )
    if not same_shape(before, after):
        print(
            "bench/compare.py: the two runs do not hold the same corpora and memos", file=sys.stderr
        )
        return 2
    rows = compare(before, after, args.resamples, args.seed)
    print(
        f"{'group':<18}{'memo':<11}{'n':>3}{'before':>8}{'after':>8}{'diff':>7}"
        f"{'95% interval':>18}{'up':>4}{'down':>5}"
    )
    for row in rows:
        print(
            f"{row['group']:<18}{row['memo']:<11}{row['corpora']:>3}{row['before']:>8.1f}"
            f"{row['after']:>8.1f}{row['difference']:>+7.1f}"
            f"{'[' + format(row['low'], '+.1f') + ', ' + format(row['high'], '+.1f') + ']':>18}"
            f"{row['up']:>4}{row['down']:>5}"
        )
    # each interval alone misses a small drift every memo shares: say how the memos moved
    up, down = sum(r["up"] for r in rows), sum(r["down"] for r in rows)
    print(f"all memos of all corpora: {up} up, {down} down")
    dropped = [f"{r['group']} {r['memo']}" for r in rows if r["high"] < 0]
    if dropped:
        print("recall shown to drop: " + ", ".join(dropped))
    return 1 if dropped else 0


if __name__ == "__main__":
    sys.exit(main())
