"""Haystack benchmark: does a brief find its own corpus's key points in a large archive?

    .venv/bin/python bench/haystack.py [CORPUS ...] [--keep DIR]

A desk's seeds folder holds articles on many topics. For each corpus named (default: every
corpus with key points, about an hour and a half), the benchmark builds the corpus's brief
twice in the same run: once on its own seeds, once on a haystack of its seeds plus every
other corpus of `bench/corpora/` (in a subfolder, so the ruler's random baseline stays the
corpus's own).
The haystack has more passages than `retrieval.POOL` keeps when the corpora together are
large enough, so it measures what candidate retrieval costs the memo, as well as how far
relevance keeps other topics out. Per memo it prints key-point recall on the own seeds and
in the haystack, the random baseline of the own seeds, and the share of excerpts quoted
from other corpora's articles.

Exit status 1 when the haystack's mean recall over the
corpora falls more than `MAX_DROP` points below the own seeds' for any memo, or when more
than `MAX_STRAY` of a memo's excerpts come from other corpora.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
from quality import CORPORA, MEMOS, eval_dir, measure

MAX_DROP = 5.0  # points of mean recall a memo may lose in the haystack
MAX_STRAY = 0.10  # share of a memo's excerpts that may come from other topics' articles
OTHERS = "other-topics"


def seeds_of(corpus: Path) -> Path:
    spec = yaml.safe_load((corpus / "brief.yaml").read_text(encoding="utf-8"))
    return (corpus / spec.get("seeds", "seeds")).resolve()


def haystack(corpus: Path, work: Path, corpora: list[Path]) -> Path:
    """A corpus folder whose seeds are its own articles plus every other corpus's."""
    folder = work / "hay" / corpus.name
    seeds = folder / "seeds"
    shutil.copytree(seeds_of(corpus), seeds)
    for other in corpora:
        if other != corpus:
            shutil.copytree(seeds_of(other), seeds / OTHERS / other.name)
    spec = yaml.safe_load((corpus / "brief.yaml").read_text(encoding="utf-8"))
    spec["seeds"] = str(seeds.resolve())
    (folder / "brief.yaml").write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    shutil.copy(corpus / "KEYPOINTS.md", folder / "KEYPOINTS.md")
    return folder


def stray_share(built: Path) -> dict[str, float]:
    """Per memo: the share of its excerpts whose source sits under the other topics."""
    manifest = json.loads((built / "manifest.json").read_text(encoding="utf-8"))
    paths = {s["id"]: s["path"] for s in manifest["sources"]}
    shares = {}
    for memo in manifest["memos"]:
        quoted = [e["source"] for s in memo["sections"] for e in s["excerpts"]]
        stray = sum(paths.get(q, "").startswith(OTHERS + "/") for q in quoted)
        shares[memo["audience"]] = stray / len(quoted) if quoted else 0.0
    return shares


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpora", nargs="*", help="names under bench/corpora")
    parser.add_argument("--eval", help="the shared ruler's folder")
    parser.add_argument("--keep", help="build into this folder instead of a temporary one")
    args = parser.parse_args()
    ruler = eval_dir(args.eval)
    every = sorted(p for p in CORPORA.iterdir() if (p / "KEYPOINTS.md").is_file())
    names = args.corpora or [p.name for p in every]
    failed = False
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(args.keep) if args.keep else Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        print(f"{'corpus':<12}{'memo':<10}{'own':>6}{'hay':>6}{'random':>8}{'stray':>7}")
        drops: dict[str, list[float]] = {}
        for name in names:
            own_out, hay_out = work / "own", work / "haystack"
            own_out.mkdir(exist_ok=True)
            hay_out.mkdir(exist_ok=True)
            own = measure(CORPORA / name, ruler, own_out)
            hay = measure(haystack(CORPORA / name, work, every), ruler, hay_out)
            strays = stray_share(hay_out / name)
            for memo, _, _ in MEMOS:
                own_recall = 100 * own[memo][1] / own[memo][2]
                hay_recall = 100 * hay[memo][1] / hay[memo][2]
                drops.setdefault(memo, []).append(own_recall - hay_recall)
                failed |= strays[memo] > MAX_STRAY
                print(
                    f"{name:<12}{memo:<10}{own_recall:>5.0f}%{hay_recall:>5.0f}%"
                    f"{own[memo][6]:>7}%{100 * strays[memo]:>6.0f}%"
                )
        for memo, lost in drops.items():
            mean = statistics.fmean(lost)
            failed |= mean > MAX_DROP
            print(f"mean drop {memo:<10}{mean:>+6.1f} points (at most {MAX_DROP:.0f})")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
