"""Speed of find_reuse on the BBC corpus replicated to N articles, with planted near-copies.

Usage: python bench/bench_reuse.py [N] [--plant 0.03]

Plants ``plant * N`` copies of random articles (seeded), three kinds in turn: another headline, the
last fifth trimmed and a boilerplate paragraph added (near-duplicate); only the first half of the
body (a trimmed copy: containment 1, Jaccard about 0.5); and the body with a new opening paragraph
and every 15th word changed (rewrite). Then times, in one run on the same table:
  * the baseline a user would run first: ``helpers.terms.term_counts`` when that module exists,
    and always a bare ``re.findall(r"\\w+", body.lower())`` + ``Counter`` pass;
  * ``helpers.find_reuse`` (same-language MinHash LSH; the corpus is one language, so no
    translation step), and reports the recall of the planted pairs.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from collections import Counter
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import bbc_articles, measure

BOILERPLATE = ("Follow us on social media for the latest news. Copyright reserved. "
               "Republished with permission; all rights belong to the original publisher.")
_WORD = re.compile(r"\w+")


def plant_copies(articles: pd.DataFrame, share: float, *, seed: int = 7) -> tuple[pd.DataFrame, set[tuple[str, str]]]:
    rng = random.Random(seed)
    n = int(len(articles) * share)
    picks = rng.sample(range(len(articles)), n)
    rows, gold = [], set()
    for k, i in enumerate(picks):
        src = articles.iloc[i]
        words = src["body"].split(" ")
        variant = k % 3
        if variant == 0:
            body = " ".join(words[: int(len(words) * 0.8)]) + "\n\n" + BOILERPLATE
        elif variant == 1:
            body = " ".join(words[: len(words) // 2])
        else:
            body = "Our correspondent reports on a story first published elsewhere.\n\n" + " ".join(
                w + "x" if j % 15 == 14 else w for j, w in enumerate(words))
        copy_id = f"planted/{k:05d}"
        row = src.to_dict()
        row.update({"article_id": copy_id, "title": f"Copy {k}: " + str(src["title"])[::-1], "body": body,
                    "outlet": "Republisher", "n_words": len(body.split())})
        rows.append(row)
        gold.add(tuple(sorted((src["article_id"], copy_id))))
    return pd.concat([articles, pd.DataFrame(rows)], ignore_index=True), gold


def bare_counts(articles: pd.DataFrame) -> Counter:
    counts: Counter = Counter()
    for body in articles["body"]:
        counts.update(_WORD.findall(body.lower()))
    return counts


def timed(label: str, func):
    """Run ``func`` once; print and return (wall seconds, CPU seconds of this process, result)."""
    cpu = time.process_time()
    wall, _, result = measure(func, memory=False)
    cpu = time.process_time() - cpu
    print(f"{label}: {wall:.1f} s wall, {cpu:.1f} s CPU")
    return wall, cpu, result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("n", nargs="?", type=int, default=100_000)
    parser.add_argument("--plant", type=float, default=0.03)
    parser.add_argument("--terms-from", default=None,
                        help="a checkout whose helpers/terms.py provides term_counts (while terms is not on this branch)")
    args = parser.parse_args()
    base = bbc_articles(args.n - int(args.n * args.plant))
    articles, gold = plant_copies(base, args.plant)
    print(f"articles: {len(articles):,} ({len(gold):,} planted copies)")
    secs_bare, cpu_bare, _ = timed("bare re.findall + Counter", lambda: bare_counts(articles))
    secs_terms = None
    term_counts = None
    try:
        from helpers.terms import term_counts
    except ImportError:
        if args.terms_from:
            import importlib.util

            spec = importlib.util.spec_from_file_location("terms_checkout", Path(args.terms_from) / "helpers" / "terms.py")
            module = importlib.util.module_from_spec(spec)
            sys.modules["terms_checkout"] = module
            spec.loader.exec_module(module)
            term_counts = module.term_counts
            print(f"term_counts loaded from {args.terms_from}/helpers/terms.py")
        else:
            print("helpers.terms.term_counts not available on this branch: comparing with the bare pass only")
    if term_counts is not None:
        secs_terms, cpu_terms, _ = timed("term_counts", lambda: term_counts(articles))
    from helpers.reuse import find_reuse

    secs, cpu, pairs = timed("find_reuse", lambda: find_reuse(articles))
    found = {tuple(sorted(p)) for p in zip(pairs["article_a"], pairs["article_b"], strict=True)}
    hit = gold & found
    by_variant = Counter(int(next(x for x in p if x.startswith("planted/")).split("/")[1]) % 3 for p in hit)
    print(f"find_reuse: {len(pairs):,} pairs; planted found {len(hit)}/{len(gold)} "
          f"(recall {len(hit) / max(1, len(gold)):.4f}; trimmed+boilerplate {by_variant[0]}, first half "
          f"{by_variant[1]}, rewrite {by_variant[2]})")
    print("kinds:", pairs["kind"].value_counts().to_dict())
    print(f"ratio find_reuse / bare pass: wall {secs / secs_bare:.2f}, CPU {cpu / cpu_bare:.2f}")
    if secs_terms:
        print(f"ratio find_reuse / term_counts: wall {secs / secs_terms:.2f}, CPU {cpu / cpu_terms:.2f}")


if __name__ == "__main__":
    main()
