"""Speed of ``extract_quotes`` against what a user would run anyway on the same corpus: ``term_counts``
(helpers.terms) and a bare ``re.findall(r"\\w+", body.lower())`` + ``Counter`` pass.

    MEDIA_SHARED_CORPORA=/path/to/shared/corpora python bench/bench_quotes.py [-n 100000]

Inputs: ``bench.common.bbc_articles(n)`` (the BBC corpus replicated to n distinct articles). Each
function runs once; CPU seconds (process time) are reported beside wall seconds because the machine
is shared. ``extract_quotes`` runs twice: in one process (``workers=1``, the CPU ratio) and with its
process pool (``workers=None``: one process per core, at most 4, from 5,000 articles; wall seconds,
CPU of the parent plus its workers, and a check that both tables are identical).
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.common import bbc_articles  # noqa: E402
from helpers.quotes import extract_quotes  # noqa: E402
from helpers.terms import term_counts  # noqa: E402

_WORD = re.compile(r"\w+")


def timed(func):
    c0, w0 = time.process_time(), time.perf_counter()
    result = func()
    return time.process_time() - c0, time.perf_counter() - w0, result


def children_cpu() -> float:
    use = resource.getrusage(resource.RUSAGE_CHILDREN)
    return use.ru_utime + use.ru_stime


def bare_counts(articles) -> Counter:
    total: Counter = Counter()
    for body in articles["body"]:
        total.update(_WORD.findall(body.lower()))
    return total


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("-n", type=int, default=100_000)
    args = ap.parse_args()
    articles = bbc_articles(args.n)
    words = int(articles["n_words"].sum())
    print(f"corpus: bbc_articles({args.n}) = {len(articles)} articles, {words:,} words")
    print(f"load average before: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    qc, qw, quotes = timed(lambda: extract_quotes(articles, workers=1))
    print(f"extract_quotes (workers=1): {qc:.1f} s CPU, {qw:.1f} s wall, {len(quotes):,} quotes "
          f"({(quotes['kind'] == 'direct').sum():,} direct)")
    k0 = children_cpu()
    pc, pw, pooled = timed(lambda: extract_quotes(articles, workers=None))
    pc += children_cpu() - k0
    same = pooled.equals(quotes)
    print(f"extract_quotes (workers=None, {os.cpu_count()} cores): {pw:.1f} s wall, {pc:.1f} s CPU "
          f"(parent + workers); table identical to workers=1: {same}")
    bc, bw, _ = timed(lambda: bare_counts(articles))
    print(f"bare findall+Counter: {bc:.1f} s CPU, {bw:.1f} s wall; ratio extract_quotes / bare = {qc / bc:.1f}x (CPU)")
    tc, tw, _ = timed(lambda: term_counts(articles))
    print(f"term_counts: {tc:.1f} s CPU, {tw:.1f} s wall; ratio extract_quotes / term_counts = {qc / tc:.1f}x (CPU, "
          f"one process), {pw / tw:.1f}x (wall, workers=None against term_counts' wall)")
    print(f"load average after: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
