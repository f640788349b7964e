"""Benchmark: regeneration against a cold build, measured in the same run.

Three timings of the example brief (all audiences, all formats), each a fresh process:
  cold      empty read cache, empty output folder
  no change the same build again (target: at most 30% of cold)
  new seed  one article added to a copy of the seeds (only that one is read afresh)
Each is repeated and the medians compared; machines here are noisy.

    .venv/bin/python bench/rebuild.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BRIEF = ROOT / "briefs" / "tajikistan-taliban.yaml"
NEW_SEED = ROOT / "tests" / "scenarios" / "lithium-update" / "chile-state-stake.txt"


def timed(args: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(args, check=True, capture_output=True, env=env)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    briefkit = str(Path(sys.executable).parent / "briefkit")
    cold, unchanged, new_seed = [], [], []
    for run in range(args.runs):
        with tempfile.TemporaryDirectory() as tmp:
            work = Path(tmp)
            seeds = work / "seeds"
            shutil.copytree(ROOT / "seeds", seeds)
            env = {
                **os.environ,
                "SOURCE_DATE_EPOCH": "1700000000",
                "BRIEFKIT_CACHE_DIR": str(work / "cache"),
            }
            build = [
                briefkit,
                "build",
                str(BRIEF),
                "--seeds",
                str(seeds),
                "--out",
                str(work / "out"),
            ]
            cold.append(timed(build, env))
            unchanged.append(timed(build, env))
            shutil.copy(NEW_SEED, seeds / f"new-{run}.txt")
            new_seed.append(timed(build, env))
    c, u, n = (statistics.median(x) for x in (cold, unchanged, new_seed))
    print(f"cold build:         median {c:.3f} s")
    print(f"no-change rebuild:  median {u:.3f} s  = {u / c:.0%} of cold  (target <= 30%)")
    print(f"one new seed:       median {n:.3f} s  = {n / c:.0%} of cold")
    return 0


if __name__ == "__main__":
    sys.exit(main())
