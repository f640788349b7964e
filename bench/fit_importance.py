"""Fit `analysis.importance`'s model on the read corpora and say how well it ranks.

    .venv/bin/python bench/fit_importance.py [--eval DIR] [--flat]

A passage is labelled as carrying a key point when its quote holds one of the corpus's
KEYPOINTS.md phrases (the shared ruler's matcher). Only the corpora of `bench/corpora/`
that are read (not `quality.UNREAD`) are fitted on; the unread ones are scored, never
fitted. It prints, per held-out corpus, how well the model ranks its passages (AUC, the
chance a passage carrying a point ranks above one that does not) against the standing
the analysis gave before (`base`), each read corpus scored by a model fitted without it,
then the constants to put in `importance.py`. `--flat` also fills 800 words by the
objective alone (`bench/ceiling.py`) with and without the model, each read corpus under
the model fitted without it. Exit status 1 when the held-out model ranks no better than
`base` on the mean.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

import numpy as np
from scipy.optimize import minimize
from scipy.stats import rankdata

sys.path.insert(0, str(Path(__file__).resolve().parent))
from quality import CORPORA, UNREAD, corpus_brief, eval_dir, groups

from briefkit.analysis import importance
from briefkit.build import read_and_analyse
from briefkit.progress import silent
from briefkit.spec import load_brief

PENALTY = 3.0  # L2 penalty on the standardised weights (about scikit-learn's C = 0.3)


def labelled(name: str, scratch: Path, ruler: Path) -> tuple[np.ndarray, np.ndarray]:
    """The corpus's passages' features, and whether each carries a key point."""
    from citecheck import contains, tokens
    from keypoints import parse

    corpus = CORPORA / name
    points, _ = parse((corpus / "KEYPOINTS.md").read_text(encoding="utf-8"))
    phrases = [tokens(phrase) for point in points for _, phrase in point["phrases"]]
    brief, seeds = corpus_brief(corpus, scratch)
    _corpus, analysis = read_and_analyse(load_brief(brief), seeds, silent)
    rows = importance.features(analysis)
    carries = [any(contains(tokens(u.quote), p, True) for p in phrases) for u in analysis.units]
    return np.array(rows, dtype=float), np.array(carries, dtype=float)


def fit(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, float]:
    """Standardised L2 logistic regression: means, scales, weights, bias."""
    means, scales = x.mean(axis=0), x.std(axis=0)
    scales[scales == 0] = 1.0
    z = (x - means) / scales

    def loss(theta: np.ndarray) -> tuple[float, np.ndarray]:
        w, b = theta[:-1], theta[-1]
        margin = z @ w + b
        p = 1 / (1 + np.exp(-margin))
        nll = np.sum(np.logaddexp(0, margin) - y * margin) + PENALTY * w @ w / 2
        grad = np.append(z.T @ (p - y) + PENALTY * w, np.sum(p - y))
        return float(nll), grad

    theta = minimize(loss, np.zeros(z.shape[1] + 1), jac=True, method="L-BFGS-B").x
    return means, scales, theta[:-1], float(theta[-1])


def auc(scores: np.ndarray, y: np.ndarray) -> float | None:
    """The chance a passage carrying a point outranks one that does not (ties half)."""
    hits = int(y.sum())
    if hits == 0 or hits == len(y):
        return None
    ranks = rankdata(scores)
    return float((ranks[y == 1].sum() - hits * (hits + 1) / 2) / (hits * (len(y) - hits)))


def install(model: tuple[np.ndarray, np.ndarray, np.ndarray, float]) -> None:
    """Put a fitted model in `importance` for this process (a bench's trial, not a build)."""
    means, scales, weights, bias = model
    importance.MODEL = {
        name: (float(m), float(s), float(w))
        for name, m, s, w in zip(importance.FEATURES, means, scales, weights, strict=True)
    }
    importance.BIAS = bias


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--eval", help="the shared ruler's folder")
    parser.add_argument("--flat", action="store_true", help="also run flat selections")
    args = parser.parse_args()
    ruler = eval_dir(args.eval)
    sys.path.insert(0, str(ruler))
    names = sorted(p.name for p in CORPORA.iterdir() if p.is_dir())
    read = [n for n in names if n not in UNREAD]
    with tempfile.TemporaryDirectory() as scratch:
        data = {n: labelled(n, Path(scratch), ruler) for n in names}
        held_out = {
            n: fit(
                np.vstack([data[m][0] for m in read if m != n]),
                np.concatenate([data[m][1] for m in read if m != n]),
            )
            for n in read
        }
        everything = fit(
            np.vstack([data[m][0] for m in read]), np.concatenate([data[m][1] for m in read])
        )
        for n in names:
            held_out.setdefault(n, everything)
        rows: dict[str, tuple[float, float]] = {}
        base_column = importance.FEATURES.index("base")
        print(f"{'corpus':12s} {'base':>6s} {'model':>6s}  (AUC, held out)")
        for n in names:
            x, y = data[n]
            means, scales, weights, bias = held_out[n]
            model_auc = auc(((x - means) / scales) @ weights + bias, y)
            base_auc = auc(x[:, base_column], y)
            if model_auc is None or base_auc is None:
                continue
            rows[n] = (base_auc, model_auc)
            print(f"{n:12s} {base_auc:6.3f} {model_auc:6.3f}", flush=True)
        for label, group in (("read", read), ("unread", [n for n in rows if n in UNREAD])):
            group = [n for n in group if n in rows]
            if group:
                base = statistics.mean(rows[n][0] for n in group)
                model = statistics.mean(rows[n][1] for n in group)
                print(f"mean {label} ({len(group)}): base {base:.3f}, model {model:.3f}")
        if args.flat:
            flat(names, held_out, Path(scratch), ruler)
    means, scales, weights, bias = everything
    print(f"\n# fitted on {len(read)} read corpora")
    print("MODEL: dict[str, tuple[float, float, float]] = {")
    for name, m, s, w in zip(importance.FEATURES, means, scales, weights, strict=True):
        print(f'    "{name}": ({m:.4g}, {s:.4g}, {w:.4g}),')
    print(f"}}\nBIAS = {bias:.4g}")
    gain = statistics.mean(m - b for b, m in rows.values())
    return 0 if gain > 0 else 1


def flat(names: list[str], models: dict, scratch: Path, ruler: Path) -> None:
    """The objective alone at 800 words without the model and with it (held out)."""
    from baseline import recall
    from ceiling import objective_alone
    from keypoints import parse

    saved = (importance.MODEL, importance.BIAS)
    found: dict[str, tuple[float, float]] = {}
    for n in names:
        corpus = CORPORA / n
        points, _ = parse((corpus / "KEYPOINTS.md").read_text(encoding="utf-8"))
        brief, seeds = corpus_brief(corpus, scratch)
        importance.MODEL = {name: (m, s, 0.0) for name, (m, s, _w) in saved[0].items()}
        without = 100 * recall(objective_alone(brief, seeds, 800), points)
        install(models[n])
        with_model = 100 * recall(objective_alone(brief, seeds, 800), points)
        importance.MODEL, importance.BIAS = saved
        found[n] = (without, with_model)
        print(f"{n:12s} flat without {without:4.0f}%  with {with_model:4.0f}%", flush=True)
    for label, group in groups(found):
        without = statistics.mean(found[n][0] for n in group)
        with_model = statistics.mean(found[n][1] for n in group)
        print(f"flat mean {label} ({len(group)}): without {without:.1f}%, with {with_model:.1f}%")


if __name__ == "__main__":
    raise SystemExit(main())
