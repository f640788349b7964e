"""Benchmark: briefkit's whole example build against pandoc rendering the same memos.

briefkit reads, selects, composes and writes 3 audiences x (DOCX, PDF, Markdown).
The peer, measured in the same run, only renders briefkit's Markdown memos: pandoc to
DOCX, and pandoc to Typst then Typst to PDF. Target: ratio <= 1.0 (briefkit no slower).
Machines here are noisy, so the two sides run in turn, several times, after one warm-up
run each, and medians are compared.

    .venv/bin/pip install -e '.[bench]' && .venv/bin/python bench/build_vs_pandoc.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BRIEF = ROOT / "briefs" / "tajikistan-taliban.yaml"


def time_briefkit(out: Path) -> float:
    start = time.perf_counter()
    subprocess.run(
        [str(Path(sys.executable).parent / "briefkit"), "build", str(BRIEF), "--out", str(out)],
        check=True,
        capture_output=True,
        env={**os.environ, "SOURCE_DATE_EPOCH": "1700000000"},
    )
    return time.perf_counter() - start


def time_pandoc(memos: list[Path], out: Path) -> float:
    import pypandoc
    import typst

    pandoc = pypandoc.get_pandoc_path()
    start = time.perf_counter()
    for memo in memos:
        subprocess.run([pandoc, str(memo), "-o", str(out / f"{memo.stem}.docx")], check=True)
        source = out / f"{memo.stem}.typ"
        subprocess.run([pandoc, str(memo), "-s", "-t", "typst", "-o", str(source)], check=True)
        typst.compile(str(source), output=str(out / f"{memo.stem}.pdf"))
    return time.perf_counter() - start


def compile_briefkit() -> None:
    """Write briefkit's bytecode first, as pip does when it installs a package: where
    PYTHONDONTWRITEBYTECODE is set (these machines set it) a module edited since its last
    compile is compiled again by every build, about 0.2 s of each."""
    import compileall

    import briefkit

    compileall.compile_dir(Path(briefkit.__file__).parent, quiet=1)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    try:
        import pypandoc  # noqa: F401
        import typst  # noqa: F401
    except ImportError:
        print("install the bench extra first: .venv/bin/pip install -e '.[bench]'")
        return 2
    compile_briefkit()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        time_briefkit(work / "warm-up")  # the corpus index and the OS file cache, both sides
        memos = [
            m for m in sorted((work / "warm-up" / BRIEF.stem).glob("*.md")) if m.stem != "changes"
        ]
        time_pandoc(memos, work)
        ours, theirs = [], []
        for i in range(args.runs):  # alternating, so a busy moment of the machine hits both
            ours.append(time_briefkit(work / f"bk{i}"))
            folder = work / f"pd{i}"
            folder.mkdir()
            theirs.append(time_pandoc(memos, folder))
        peak_child_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    ours_median, theirs_median = statistics.median(ours), statistics.median(theirs)
    print(f"memos: {len(memos)} audiences x docx+pdf+md")
    print(
        f"briefkit build (read+select+write all): median {ours_median:.3f} s  "
        f"(runs: {', '.join(f'{t:.2f}' for t in ours)})"
    )
    print(
        f"pandoc docx + pandoc->typst pdf:         median {theirs_median:.3f} s  "
        f"(runs: {', '.join(f'{t:.2f}' for t in theirs)})"
    )
    print(f"ratio briefkit/pandoc: {ours_median / theirs_median:.2f}  (target <= 1.00)")
    print(f"peak RSS of any child process: {peak_child_mb:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
