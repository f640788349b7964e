"""Scale benchmark: build time and peak memory as the seeds folder grows.

    .venv/bin/python bench/scale.py [N ...] [--repeat K]

Makes N synthetic sources (sentences of the example seeds, shuffled, two words of each
swapped, so no two files are alike), builds the example brief (all audiences, all formats)
from a cold read cache, and prints the median wall time and peak memory of K runs per N,
with the exponent of growth between successive sizes (1.0 is linear, 2.0 quadratic). The
figures are for this machine and this run: compare the exponent, not the seconds.
"""

from __future__ import annotations

import argparse
import math
import os
import random
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def make_corpus(folder: Path, count: int, seed: int = 1) -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    sentences = [s for t in texts for s in re.split(r"(?<=[.!?])\s+", t) if len(s.split()) > 6]
    words = sorted({w for s in sentences for w in s.split() if w.isalpha() and len(w) > 4})
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(count):
        picked = []
        for sentence in rng.sample(sentences, 60):
            tokens = sentence.split()
            for _ in range(2):
                tokens[rng.randrange(len(tokens))] = rng.choice(words)
            picked.append(" ".join(tokens))
        body = "\n\n".join(" ".join(picked[j : j + 4]) for j in range(0, 60, 4))
        (folder / f"{i:04d}.txt").write_text(
            f"Article {i}\n\nBy Writer {i}\n\nMarch 3, 2023\n\n{body}\n", encoding="utf-8"
        )


def one_build(seeds: Path, out: Path, cache: Path) -> tuple[float, float]:
    """Seconds and peak MB of one cold build in a child process."""
    started = time.perf_counter()
    subprocess.run(
        [
            sys.executable,
            "-m",
            "briefkit",
            "build",
            str(ROOT / "briefs" / "tajikistan-taliban.yaml"),
            "--seeds",
            str(seeds),
            "--out",
            str(out),
            "--force",
        ],
        check=True,
        capture_output=True,
        env={**os.environ, "BRIEFKIT_CACHE_DIR": str(cache)},
    )
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return seconds, peak


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[100, 300, 1000])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    previous = None
    print(f"{'sources':>8}{'seconds':>10}{'peak MB':>10}{'growth':>8}")
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            seeds = Path(tmp) / f"s{size}"
            make_corpus(seeds, size)
            runs = [
                one_build(seeds, Path(tmp) / f"out{size}-{k}", Path(tmp) / f"cache{size}-{k}")
                for k in range(args.repeat)
            ]
            seconds = statistics.median(r[0] for r in runs)
            peak = max(r[1] for r in runs)  # peak of all children so far: an upper bound
            growth = (
                math.log(seconds / previous[1]) / math.log(size / previous[0]) if previous else 0.0
            )
            print(f"{size:>8}{seconds:>10.1f}{peak:>10.0f}{growth:>8.2f}")
            previous = (size, seconds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
