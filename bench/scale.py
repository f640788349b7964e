"""Scale benchmark: build time and peak memory as the seeds folder grows.

    .venv/bin/python bench/scale.py [N ...] [--repeat K] [--cap-mb MB]

Makes N synthetic sources (sentences of the example seeds, shuffled, two words of each
swapped, so no two files are alike) and builds the example brief (all audiences, all
formats) in a child process, K times per N, reporting medians of:

- cold: a fresh corpus index (empty cache folder) and a fresh output folder;
- same: the same build again, nothing changed (the up-to-date check);
- +1: one new source added to the N, with the index the cold build left;
- peak MB: the largest resident set of the cold build's process tree (from wait4);
- floor: reading the same files and splitting them into sentences (syntok), nothing else,
  in a fresh interpreter: what no build can beat.

`growth` columns are exponents between successive sizes (1.0 linear, 2.0 quadratic). The
figures are for this machine and this run: compare the exponents, not the seconds.
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
sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_vs_pandoc import compile_briefkit  # noqa: E402


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


FLOOR = """
import sys
from pathlib import Path
from syntok import segmenter
count = 0
for path in sorted(Path(sys.argv[1]).iterdir()):
    text = path.read_bytes().decode("utf-8")
    for paragraph in segmenter.analyze(text):
        count += sum(1 for _ in paragraph)
print(count)
"""


CAP_MB = 0  # --cap-mb: an address-space limit on every build, so a quadratic step fails


def _cap() -> None:
    if CAP_MB:
        limit = CAP_MB * 2**20
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def timed(command: list[str], env: dict[str, str] | None = None) -> tuple[float, float]:
    """Seconds and peak MB (largest process of the tree, from wait4) of one child run."""
    started = time.perf_counter()
    child = subprocess.Popen(
        command,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env={**os.environ, **(env or {})},
        preexec_fn=_cap,
    )
    _pid, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - started
    if status != 0:
        raise SystemExit(f"failed: {' '.join(command)}\n{child.stderr.read().decode()[-2000:]}")
    child.stderr.close()
    return seconds, usage.ru_maxrss / 1024


def build(seeds: Path, out: Path, cache: Path, force: bool = False) -> tuple[float, float]:
    command = [
        sys.executable,
        "-m",
        "briefkit",
        "build",
        str(ROOT / "briefs" / "tajikistan-taliban.yaml"),
        "--seeds",
        str(seeds),
        "--out",
        str(out),
    ]
    return timed(command + (["--force"] if force else []), {"BRIEFKIT_CACHE_DIR": str(cache)})


def one_size(tmp: Path, size: int, run: int) -> dict[str, float]:
    seeds = tmp / f"s{size}-{run}"
    make_corpus(seeds, size)
    out, cache = tmp / f"out{size}-{run}", tmp / f"cache{size}-{run}"
    floor, _ = timed([sys.executable, "-c", FLOOR, str(seeds)])
    cold, peak = build(seeds, out, cache)
    same, _ = build(seeds, out, cache)
    extra = tmp / f"extra{size}-{run}"
    make_corpus(extra, 1, seed=size + 1000 * run + 7)
    (extra / "0000.txt").rename(seeds / "new-source.txt")
    plus_one, plus_peak = build(seeds, out, cache)
    return {
        "floor": floor,
        "cold": cold,
        "peak": max(peak, plus_peak),
        "same": same,
        "plus_one": plus_one,
    }


def growth(now: float, before: float, size: int, before_size: int) -> float:
    return math.log(now / before) / math.log(size / before_size)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sizes", nargs="*", type=int, default=[100, 300, 1000])
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument(
        "--cap-mb", type=int, default=0, help="address-space limit per build (0: none)"
    )
    args = parser.parse_args()
    global CAP_MB
    CAP_MB = args.cap_mb
    compile_briefkit()
    columns = ("sources", "floor s", "cold s", "growth", "peak MB", "growth", "same s", "+1 s")
    print("| " + " | ".join(columns) + " |")
    print("|" + "---|" * len(columns))
    previous: tuple[int, dict[str, float]] | None = None
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            runs = [one_size(Path(tmp), size, k) for k in range(args.repeat)]
            row = {key: statistics.median(r[key] for r in runs) for key in runs[0]}
            row["peak"] = max(r["peak"] for r in runs)
            time_growth = peak_growth = float("nan")
            if previous:
                time_growth = growth(row["cold"], previous[1]["cold"], size, previous[0])
                peak_growth = growth(row["peak"], previous[1]["peak"], size, previous[0])
            cells = (
                f"{size}",
                f"{row['floor']:.2f}",
                f"{row['cold']:.1f}",
                f"{time_growth:.2f}",
                f"{row['peak']:.0f}",
                f"{peak_growth:.2f}",
                f"{row['same']:.2f}",
                f"{row['plus_one']:.1f}",
            )
            print("| " + " | ".join(cells) + " |", flush=True)
            previous = (size, row)
    return 0


if __name__ == "__main__":
    sys.exit(main())
