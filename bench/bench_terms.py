"""Benchmark: helpers.term_counts against scikit-learn's CountVectorizer on the same texts.

Both produce the same result a researcher wants, a table of terms with their count and document
frequency, from the BBC News corpus replicated to N articles (bench.common.bbc_articles). Each
measurement runs in a fresh subprocess (so one cannot reuse the other's memory): wall time, CPU
time, and peak memory as the growth of the process's peak resident set (VmHWM, reset with
/proc/self/clear_refs just before the call) over its resident set then. RSS, not tracemalloc,
because Arrow's buffers are not seen by tracemalloc.

    .venv/bin/python bench/bench_terms.py                 # 10k and 100k, unigrams and 1-2-grams
    .venv/bin/python bench/bench_terms.py --sizes 10000 --ngrams 1

CountVectorizer gets the same token pattern, lower-casing and stopword list as term_counts.
Output: a Markdown table for bench/RESULTS.md (section "Term counts").
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.common import GENERATED_DIR, bbc_articles  # noqa: E402


def _corpus_file(n: int) -> Path:
    path = GENERATED_DIR / f"bbc-articles-{n}.parquet"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        bbc_articles(n)[["article_id", "body", "language", "topic"]].to_parquet(path)
    return path


def _status(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) * 1024
    return 0


def _reset_peak() -> None:
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        pass


def _worker(tool: str, n: int, max_n: int) -> dict:
    import pandas as pd

    articles = pd.read_parquet(_corpus_file(n))
    if tool == "helpers":
        import pyarrow.compute  # noqa: F401  (libraries load before the measurement, as sklearn's do)

        from helpers.terms import term_counts

        def run():
            return term_counts(articles, ngrams=(1, max_n))
    else:
        from sklearn.feature_extraction.text import CountVectorizer

        from helpers.terms import TOKEN_NO_POSSESSIVE_RE, stopword_list

        def run():
            vec = CountVectorizer(token_pattern=TOKEN_NO_POSSESSIVE_RE.pattern, lowercase=True,
                                  stop_words=sorted(stopword_list("en")), ngram_range=(1, max_n))
            X = vec.fit_transform(articles["body"])
            return pd.DataFrame({
                "term": vec.get_feature_names_out(),
                "count": X.sum(axis=0).A1,
                "articles": X.getnnz(axis=0),
            })

    gc.collect()
    _reset_peak()
    base = _status("VmRSS")
    t0, c0 = time.perf_counter(), time.process_time()
    result = run()
    seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
    peak = _status("VmHWM") - base
    return {"tool": tool, "n": n, "max_n": max_n, "seconds": seconds, "cpu": cpu,
            "peak_mb": peak / 1e6, "terms": int(len(result)), "total": int(result["count"].sum())}


def _run(tool: str, n: int, max_n: int) -> dict:
    out = subprocess.run([sys.executable, __file__, "--worker", tool, str(n), str(max_n)], capture_output=True,
                         text=True, cwd=ROOT, env={**os.environ, "PYTHONWARNINGS": "ignore"})
    if out.returncode:
        sys.exit(f"{tool} n={n} failed:\n{out.stderr[-2000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--ngrams", type=int, nargs="+", default=[1, 2], help="max n of (1, n)")
    parser.add_argument("--worker", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        tool, n, max_n = args.worker
        print(json.dumps(_worker(tool, int(n), int(max_n))))
        return
    for n in args.sizes:
        _corpus_file(n)
    rows = []
    for max_n in args.ngrams:
        for n in args.sizes:
            ours, theirs = _run("helpers", n, max_n), _run("sklearn", n, max_n)
            rows.append((ours, theirs))
            print(f"# n={n} ngrams=(1,{max_n}): helpers {ours['seconds']:.1f} s / {ours['peak_mb']:.0f} MB, "
                  f"CountVectorizer {theirs['seconds']:.1f} s / {theirs['peak_mb']:.0f} MB", file=sys.stderr, flush=True)
    print(f"\nmachine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}; "
          f"{time.strftime('%Y-%m-%d')}\n")
    print("| articles | n-grams | term_counts s (CPU s) | CountVectorizer s (CPU s) | time ratio | "
          "term_counts peak MB | CountVectorizer peak MB | memory ratio | terms (ours / theirs) |")
    print("|---|---|---|---|---|---|---|---|---|")
    for ours, theirs in rows:
        print(f"| {ours['n']:,} | (1, {ours['max_n']}) | {ours['seconds']:.1f} ({ours['cpu']:.1f}) | "
              f"{theirs['seconds']:.1f} ({theirs['cpu']:.1f}) | {ours['seconds'] / theirs['seconds']:.2f}x | "
              f"{ours['peak_mb']:.0f} | {theirs['peak_mb']:.0f} | {ours['peak_mb'] / max(theirs['peak_mb'], 1):.2f}x | "
              f"{ours['terms']:,} / {theirs['terms']:,} |")
    for max_n in args.ngrams:
        sub = [o for o, _ in rows if o["max_n"] == max_n]
        if len(sub) >= 2:
            print(f"\nscaling (1, {max_n}): {sub[0]['n']:,} -> {sub[-1]['n']:,} articles: "
                  f"{sub[-1]['seconds'] / sub[0]['seconds']:.1f}x the time for "
                  f"{sub[-1]['n'] / sub[0]['n']:.0f}x the articles")


if __name__ == "__main__":
    main()
