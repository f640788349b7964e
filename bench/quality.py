"""Quality benchmark: how many key points a built memo covers, per section and overall.

    .venv/bin/python bench/quality.py OUT/<stem> bench/keypoints/<stem>.yaml [--audience ID]

A key-points file lists points a good memo should carry, each with its section and a few
phrases a good excerpt would contain; it is written by reading the sources, never from
briefkit's output. A point is covered when any excerpt of the memo contains one of its
phrases; "in place" also requires the excerpt to sit in the point's section.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

import yaml


def score(manifest: dict, points: list[dict], audience: str) -> dict[str, tuple[int, int, int]]:
    memo = next(m for m in manifest["memos"] if m["audience"] == audience)
    excerpts = [(s["id"], e["quote"].lower()) for s in memo["sections"] for e in s["excerpts"]]
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])  # points, covered, in place
    for point in points:
        phrases = [p.lower() for p in point["phrases"]]
        hits = [section for section, quote in excerpts if any(p in quote for p in phrases)]
        for key in (point["section"], "overall"):
            totals[key][0] += 1
            totals[key][1] += bool(hits)
            totals[key][2] += point["section"] in hits
    return {k: tuple(v) for k, v in totals.items()}  # type: ignore[misc]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("build_dir", type=Path)
    parser.add_argument("keypoints", type=Path)
    parser.add_argument("--audience", default="analyst")
    args = parser.parse_args()
    manifest = json.loads((args.build_dir / "manifest.json").read_text(encoding="utf-8"))
    points = yaml.safe_load(args.keypoints.read_text(encoding="utf-8"))["points"]
    results = score(manifest, points, args.audience)
    print(f"{'section':<20} {'points':>6} {'covered':>8} {'recall':>7} {'in place':>9}")
    for section, (total, covered, placed) in sorted(
        results.items(), key=lambda x: x[0] == "overall"
    ):
        print(
            f"{section:<20} {total:>6} {covered:>8} {covered / total:>7.0%} {placed / total:>9.0%}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
