"""Speed of frame scoring: helpers.score_frames against what a researcher would write by hand.

The alternative: pandas ``Series.str.count`` with one case-insensitive regex per frame built from
the same term lists (``\\b(?:term|term...)\\b``, ``*`` -> ``\\w*``). It gives hit counts only: no
diacritic folding, no sentence evidence, no offsets, no thresholds. ``score_frames`` gives the full
frames table (evidence with offsets, terms, per_1k_words, present).

Run: `PYTHONPATH=. .venv/bin/python bench/bench_frames.py [N ...]` (default N = 2225 8900: the
BBC corpus once and replicated four times, see bench/common.py). Each timing runs once, without
tracemalloc; the peak memory of score_frames is a third run under tracemalloc.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

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
        hits = scores.pivot(index="article_id", columns="frame", values="hits").reindex(articles["article_id"])
        agree = (hits[counts.columns].to_numpy()
                 == counts.set_index(articles["article_id"]).to_numpy()).mean()
        print(f"<!-- hit counts identical for {agree:.1%} of article x frame cells -->")


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], epilog="Feeds bench/RESULTS.md, Framing: Speed.")
    parser.add_argument("sizes", nargs="*", type=int, default=[2225, 8900], help="corpus sizes (articles)")
    main(parser.parse_args().sizes)
