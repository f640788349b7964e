"""Benchmark: peak memory of a build from one huge source (issue 13, item 4).

A 30,000-paragraph text file and a 30,000-paragraph DOCX (made here, distinct texts) are
built with the default limits; prints each build's peak resident memory (the child's
ru_maxrss) and wall time. Target: under 1 GiB each.

    .venv/bin/python bench/hostile_memory.py
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.hostile import BRIEF, docx_of, many_paragraphs  # noqa: E402


def measure(name: str, data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        (root / "seeds").mkdir()
        (root / "seeds" / name).write_bytes(data)
        (root / "brief.yaml").write_text(BRIEF)
        env = {**os.environ, "BRIEFKIT_CACHE_DIR": str(root / "cache")}
        start = time.perf_counter()
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "briefkit",
                "build",
                str(root / "brief.yaml"),
                "--out",
                str(root / "out"),
            ],
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(
        f"{name}: exit {done.returncode}, peak {peak:.0f} MiB (largest child so far), "
        f"{seconds:.1f} s"
    )


if __name__ == "__main__":
    text = "Harbour Plans\n\n" + "\n\n".join(many_paragraphs(30_000))
    measure("long.txt", text.encode())
    measure("long.docx", docx_of(many_paragraphs(30_000, "port")))
