"""Speed of frame scoring: helpers.score_frames against what a researcher would write by hand, and
against the pipeline's reference, 1-2-gram counting.

Two alternatives:

- by hand: pandas ``Series.str.count`` with one case-insensitive regex per frame built from the same
  term lists (``\\b(?:term|term...)\\b``, ``*`` -> ``\\w*``). It gives hit counts only: no diacritic
  folding, no sentence evidence, no offsets, no thresholds. ``score_frames`` gives the full frames
  table (evidence with offsets, terms, per_1k_words, present).
- the pipeline aim (issue 8: the pipeline within 1.0x of CountVectorizer): ``helpers.term_counts``
  with ``ngrams=(1, 2)`` and scikit-learn ``CountVectorizer(ngram_range=(1, 2))`` on the same bodies.

Run: `PYTHONPATH=. .venv/bin/python bench/bench_frames.py [N ...]` (default N = 2225 8900: the
BBC corpus once and replicated four times, see bench/common.py): score_frames against str.count,
wall seconds, plus the peak memory of score_frames (a third run, under tracemalloc).

`PYTHONPATH=. .venv/bin/python bench/bench_frames.py -n 100000`: one size, score_frames against
term_counts 1-2-grams and CountVectorizer 1-2-grams (add ``--str-count`` for the str.count
alternative, slow at this size; ``--before FILE`` for score_frames of an earlier
``helpers/frames.py``, saved with ``git show COMMIT:helpers/frames.py > FILE``, timed on the same
articles and its table checked identical), CPU seconds of this process (the machine is shared: CPU time is
what each step received) and wall seconds, with the load average before and after. Each timing
runs once.
"""

from __future__ import annotations

import os
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.common import bbc_articles, measure  # noqa: E402
from helpers.frames import load_scheme, score_frames  # noqa: E402


def naive_counts(articles: pd.DataFrame, scheme: str = "generic", language: str = "en") -> pd.DataFrame:
    s = load_scheme(scheme)
    out = {}
    for frame in s.frames:
        terms = sorted(frame.terms_for((language,)), key=len, reverse=True)
        alternation = "|".join(re.escape(t).replace(r"\*", r"\w*").replace(r"\ ", r"\s+") for t in terms)
        out[frame.key] = articles["body"].str.count(rf"(?i)\b(?:{alternation})\b")
    return pd.DataFrame(out)


def main(sizes: list[int]) -> None:
    print("| articles | score_frames s | str.count s | time ratio | score_frames peak MB (tracemalloc) | rows |")
    print("|---|---|---|---|---|---|")
    for n in sizes:
        articles = bbc_articles(n)
        t_full, _, scores = measure(lambda a=articles: score_frames(a, scheme="generic"), memory=False)
        t_naive, _, counts = measure(lambda a=articles: naive_counts(a), memory=False)
        _, mb_full, _ = measure(lambda a=articles: score_frames(a, scheme="generic"))
        print(f"| {n} | {t_full:.2f} | {t_naive:.2f} | {t_full / t_naive:.2f}x | {mb_full:.0f} | {len(scores)} |")
        print(f"<!-- hit counts identical for {agreement(scores, counts, articles):.1%} of article x frame cells -->")


def agreement(scores: pd.DataFrame, counts: pd.DataFrame, articles: pd.DataFrame) -> float:
    hits = scores.pivot(index="article_id", columns="frame", values="hits").reindex(articles["article_id"])
    return float((hits[counts.columns].to_numpy() == counts.set_index(articles["article_id"]).to_numpy()).mean())


def timed(func: Callable[[], Any]) -> tuple[float, float, Any]:
    """Run ``func`` once: ``(cpu_seconds, wall_seconds, result)``."""
    c0, w0 = time.process_time(), time.perf_counter()
    result = func()
    return time.process_time() - c0, time.perf_counter() - w0, result


def load_earlier(path: Path) -> Any:
    """An earlier ``helpers/frames.py`` (saved with ``git show COMMIT:helpers/frames.py > FILE``) as a module."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("frames_before", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["frames_before"] = module  # (dataclasses look their module up)
    spec.loader.exec_module(module)
    return module


def versus_counting(n: int, *, str_count: bool = False, before: Path | None = None) -> None:
    from sklearn.feature_extraction.text import CountVectorizer

    from helpers.terms import term_counts

    articles = bbc_articles(n)
    bodies = articles["body"].astype(str).tolist()
    words = sum(articles["n_words"])
    load_start = os.getloadavg()
    steps: list[tuple[str, float, float, str]] = []
    cpu, wall, scores = timed(lambda: score_frames(articles, scheme="generic"))
    steps.append(("`score_frames(articles)` (generic scheme)", cpu, wall, f"{len(scores):,} rows"))
    if before is not None:
        old = load_earlier(before)
        cpu, wall, old_scores = timed(lambda: old.score_frames(articles, scheme="generic"))
        pd.testing.assert_frame_equal(scores, old_scores)
        steps.append((f"`score_frames` before ({before.name})", cpu, wall, f"{len(old_scores):,} rows, identical table"))
        del old_scores
    cpu, wall, tc = timed(lambda: term_counts(articles, ngrams=(1, 2)))
    steps.append(("`term_counts(articles, ngrams=(1, 2))`", cpu, wall, f"{len(tc):,} rows"))
    del tc
    cpu, wall, shape = timed(lambda: CountVectorizer(ngram_range=(1, 2)).fit_transform(bodies).shape)
    steps.append(("scikit-learn `CountVectorizer(ngram_range=(1, 2))`", cpu, wall, f"{shape[1]:,} terms"))
    if str_count:
        cpu, wall, counts = timed(lambda: naive_counts(articles))
        steps.append(("pandas `str.count`, one regex per frame (counts only)", cpu, wall,
                      f"hit counts equal in {agreement(scores, counts, articles):.1%} of cells"))
    load_after = os.getloadavg()
    print(f"{n:,} articles, {words:,} words; load average before {load_start[0]:.1f}, after {load_after[0]:.1f}\n")
    print("| step | CPU s | wall s | output |")
    print("|---|---:|---:|---|")
    for name, cpu, wall, out in steps:
        print(f"| {name} | {cpu:.1f} | {wall:.1f} | {out} |")
    frames_cpu = steps[0][1]
    print("\n| ratio (CPU) | value |")
    print("|---|---:|")
    cv, tcs = next(st for st in steps if "CountVectorizer" in st[0]), next(st for st in steps if "term_counts" in st[0])
    print(f"| score_frames / CountVectorizer 1-2-grams | {frames_cpu / cv[1]:.2f}x |")
    print(f"| score_frames / term_counts 1-2-grams | {frames_cpu / tcs[1]:.2f}x |")
    if before is not None:
        print(f"| score_frames before / after | {steps[1][1] / frames_cpu:.2f}x |")
    if str_count:
        print(f"| score_frames / str.count | {frames_cpu / steps[-1][1]:.2f}x |")


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], epilog="Feeds bench/RESULTS.md, Framing: Speed.")
    parser.add_argument("sizes", nargs="*", type=int, default=[2225, 8900], help="corpus sizes (articles), against str.count")
    parser.add_argument("-n", type=int, default=None, help="one size: against term_counts and CountVectorizer 1-2-grams")
    parser.add_argument("--str-count", action="store_true", help="with -n: also time the str.count alternative")
    parser.add_argument("--before", type=Path, default=None,
                        help="with -n: also time score_frames of an earlier helpers/frames.py saved to this file, "
                             "and check its table is identical")
    args = parser.parse_args()
    if args.n is not None:
        versus_counting(args.n, str_count=args.str_count, before=args.before)
    else:
        main(args.sizes)
