"""End-to-end benchmark: the whole pipeline on the BBC corpus replicated to N articles, in one run.

Per size N (``bench.common.write_bbc_files``, generated into the git-ignored bench/generated/):

1. pandas pipeline, one step after another, each with wall time, CPU time of this process and peak
   resident memory (VmHWM, reset before each step; loading also reports its worker processes):
   load_corpus (read, decode, clean, detect language), term_counts 1-2-grams, extract_quotes,
   score_frames, find_reuse: the steps whose module exists when the benchmark runs.
2. side by side on the same texts: scikit-learn ``CountVectorizer(ngram_range=(1, 2))`` and a bare
   regular-expression token scan (``TOKEN_RE.findall`` on every lower-cased body: the floor for pure
   Python), as ratios.
3. the same steps on Dask: a LocalCluster with 1 and then 2 worker processes (1 thread each),
   loading the files on the workers (``load_corpus_dask``) and running the ``*_dask`` analyses.
4. ``--loading``: load_corpus alone against a bare ``open().read()`` of the same files.

Run (guarded for spawn start-up: worker processes re-import this file):
    python bench/bench_pipeline.py --n 10000
    python bench/bench_pipeline.py --n 100000 --loading
    python bench/bench_pipeline.py --n 100000 --only term_counts   # load, then term_counts alone (its peak)
    python bench/bench_pipeline.py --n 10000 --profile extract_quotes --profile-articles 2000
Results: printed as Markdown and saved as JSON in bench/out/ (git-ignored).
"""

from __future__ import annotations

import argparse
import gc
import importlib.util
import json
import os
import platform
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.common import read_all, write_bbc_files  # noqa: E402

OUT_DIR = ROOT / "bench" / "out"
_HWM_RE = re.compile(r"VmHWM:\s+(\d+)\s+kB")
_RSS_RE = re.compile(r"VmRSS:\s+(\d+)\s+kB")
#: The pandas steps (``--only``: load_corpus and these).
STEPS = ("term_counts", "quotes", "frames", "reuse")


# ---- measuring ------------------------------------------------------------------------------------
def reset_peak() -> None:
    """Reset this process's peak resident memory (Linux: ``/proc/self/clear_refs`` 5)."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        pass


def _status_mb(pattern: re.Pattern[str]) -> float:
    try:
        m = pattern.search(Path("/proc/self/status").read_text())
        return int(m.group(1)) / 1024 if m else float("nan")
    except OSError:
        return float("nan")


def peak_mb() -> float:
    """Peak resident memory of this process since the last reset, in MB (VmHWM)."""
    return _status_mb(_HWM_RE)


def rss_mb() -> float:
    """Resident memory of this process now, in MB (VmRSS)."""
    return _status_mb(_RSS_RE)


def children_peak_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def step(name: str, func: Callable[[], Any], results: list[dict[str, Any]], **extra: Any) -> Any:
    gc.collect()
    reset_peak()
    before = rss_mb()
    load0 = os.getloadavg()[0]
    c0, t0 = time.process_time(), time.perf_counter()
    value = func()
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    row = {"step": name, "seconds": round(wall, 2), "cpu_seconds": round(cpu, 2), "peak_mb": round(peak_mb(), 0),
           "rss_before_mb": round(before, 0), "load_avg_before": round(load0, 2), **extra}
    results.append(row)
    print(f"  {name:<34} {wall:8.2f} s  cpu {cpu:8.2f} s  peak {row['peak_mb']:7.0f} MB "
          f"(before {before:.0f} MB)  "
          f"(load avg {load0:.1f})", flush=True)
    return value


def have(module: str) -> bool:
    return importlib.util.find_spec(f"helpers.{module}") is not None


# ---- the pandas pipeline ----------------------------------------------------------------------
def pandas_pipeline(folder: Path, results: list[dict[str, Any]], steps: tuple[str, ...] = STEPS,
                    analysis_workers: int = 0, pipeline_workers: int = 1) -> Any:
    """The steps one after another (those in ``steps``); returns the loaded corpus. With
    ``analysis_workers`` > 1, quotes and frames are also timed with that many processes (``workers=``)."""
    from helpers.corpus import load_corpus

    corpus = step("load_corpus (read+clean+language)", lambda: load_corpus(folder, cache=False, progress=False),
                  results, children_peak_mb=None)
    results[-1]["children_peak_mb"] = round(children_peak_mb(), 0)
    results[-1]["rows"] = len(corpus.articles)
    articles = corpus.articles
    if have("terms") and "term_counts" in steps:
        from helpers.terms import term_counts

        tc = step("term_counts 1-2-grams", lambda: term_counts(articles, ngrams=(1, 2)), results)
        results[-1]["rows"] = len(tc)
        del tc
    if have("quotes") and "quotes" in steps:
        from helpers.quotes import extract_quotes

        q = step("extract_quotes", lambda: extract_quotes(articles, workers=pipeline_workers), results)
        results[-1]["rows"] = len(q)
        del q
    if have("frames") and "frames" in steps:
        from helpers.frames import score_frames

        f = step("score_frames", lambda: score_frames(articles, workers=pipeline_workers), results)
        results[-1]["rows"] = len(f)
        del f
    if analysis_workers > 1:
        import resource

        from helpers.frames import score_frames
        from helpers.quotes import extract_quotes

        for name, func in (("extract_quotes", extract_quotes), ("score_frames", score_frames)):
            c0 = resource.getrusage(resource.RUSAGE_CHILDREN)
            out = step(f"{name} (workers={analysis_workers})", lambda f=func: f(articles, workers=analysis_workers),
                       results)
            c1 = resource.getrusage(resource.RUSAGE_CHILDREN)
            results[-1]["rows"] = len(out)
            results[-1]["children_cpu_seconds"] = round(c1.ru_utime + c1.ru_stime - c0.ru_utime - c0.ru_stime, 2)
            del out
    if have("reuse") and "reuse" in steps:
        from helpers.reuse import find_reuse

        r = step("find_reuse", lambda: find_reuse(articles), results)
        results[-1]["rows"] = len(r)
        del r
    return corpus


def alternatives(articles: Any, results: list[dict[str, Any]], *, counter: bool = True) -> None:
    from collections import Counter

    from sklearn.feature_extraction.text import CountVectorizer

    from helpers.text import TOKEN_RE

    bodies = articles["body"].astype(str).tolist()

    def sklearn_counts() -> Any:
        m = CountVectorizer(ngram_range=(1, 2)).fit_transform(bodies)
        return m.shape

    def regex_scan() -> int:
        findall = TOKEN_RE.findall
        return sum(len(findall(b.lower())) for b in bodies)

    def regex_counter() -> int:
        counts: Counter = Counter()
        findall = TOKEN_RE.findall
        for b in bodies:
            toks = findall(b.lower())
            counts.update(toks)
            counts.update(map(" ".join, zip(toks, toks[1:], strict=False)))
        return len(counts)

    shape = step("sklearn CountVectorizer(1,2)", sklearn_counts, results)
    results[-1]["rows"] = int(shape[1])
    step("bare regex token scan", regex_scan, results)
    if counter:
        step("regex + Counter 1-2-grams", regex_counter, results)


# ---- Dask ----------------------------------------------------------------------------------------
def dask_pipeline(folder: Path, n_workers: int, results: list[dict[str, Any]]) -> None:
    from distributed import wait

    from helpers import scale

    client = scale.start_local_cluster(n_workers, threads_per_worker=1, processes=True)
    tag = f"dask {n_workers}w"
    try:
        client.run(_warm_up)  # imports on the workers are start-up cost, not the steps' time

        def reset_workers() -> None:
            client.run(reset_peak)

        def worker_peak() -> float:
            return round(sum(client.run(peak_mb).values()), 0)

        def workers_cpu() -> float:
            return sum(client.run(time.process_time).values())

        def timed(name: str, func: Callable[[], Any]) -> Any:
            reset_workers()
            cpu0 = workers_cpu()
            value = step(f"{tag}: {name}", func, results)
            results[-1]["workers_peak_mb"] = worker_peak()
            results[-1]["workers_cpu_seconds"] = round(workers_cpu() - cpu0, 2)
            return value

        corpus = timed("load_corpus_dask", lambda: _loaded(scale.load_corpus_dask(folder, cache=False)))
        articles = corpus.articles
        if have("terms"):
            timed("term_counts 1-2-grams", lambda: scale.term_counts_dask(articles, ngrams=(1, 2)))
        if have("quotes"):
            timed("extract_quotes", lambda: _persisted(scale.extract_quotes_dask(articles), wait))
        if have("frames"):
            timed("score_frames", lambda: _persisted(scale.score_frames_dask(articles), wait))
        if have("reuse") and hasattr(scale, "find_reuse_dask"):
            timed("find_reuse", lambda: scale.find_reuse_dask(articles))
    finally:
        client.close()
        client.cluster.close()


def _warm_up() -> None:
    import helpers.corpus  # noqa: F401

    for name in ("terms", "quotes", "frames", "reuse"):
        if have(name):
            importlib.import_module(f"helpers.{name}")


def _loaded(corpus: Any) -> Any:
    from distributed import wait

    wait(corpus.articles)
    return corpus


def _persisted(ddf: Any, wait: Callable[[Any], Any]) -> int:
    kept = ddf.persist()
    wait(kept)
    return int(kept.map_partitions(len).compute().sum())


# ---- loading alone ---------------------------------------------------------------------------------
def loading(folder: Path, corpus: Any, results: list[dict[str, Any]], *, workers_1: bool) -> None:
    """load_corpus alone against a bare read of the same files; the cache's write and hit."""
    from helpers import scale
    from helpers.corpus import load_corpus

    files = sorted(p for p in folder.rglob("*.txt"))

    def bare_read() -> int:
        return read_all(files)

    step("bare open().read()", bare_read, results)
    if workers_1:
        step("load_corpus workers=1", lambda: len(load_corpus(folder, cache=False, progress=False,
                                                               workers=1).articles), results)
    cache_dir = OUT_DIR / "cache"
    scale.clear_cache(cache_dir)
    entry = scale.cache_entry(folder, cache=cache_dir)
    key_files = scale._inputs(folder)
    _, source, _ = scale._fingerprint(key_files, scale._options(None, None, True))
    step("cache write (3 tables, checksums)", lambda: scale._store(corpus, entry, source=source, specs=folder),
         results)
    step("load_corpus cache hit", lambda: len(load_corpus(folder, cache=cache_dir, progress=False).articles), results)


PROFILED = {
    "term_counts": ("helpers.terms", "term_counts", {"ngrams": (1, 2)}),
    "extract_quotes": ("helpers.quotes", "extract_quotes", {}),
    "score_frames": ("helpers.frames", "score_frames", {}),
    "find_reuse": ("helpers.reuse", "find_reuse", {}),
}


def profile(name: str, n: int, n_articles: int) -> None:
    """Profile one step on the first ``n_articles`` articles of the N corpus (pyinstrument)."""
    from pyinstrument import Profiler

    from helpers.corpus import load_corpus

    module, func_name, kwargs = PROFILED[name]
    func = getattr(importlib.import_module(module), func_name)
    articles = load_corpus(write_bbc_files(n), cache=OUT_DIR / "cache", progress=False).articles.iloc[:n_articles]
    profiler = Profiler(interval=0.001)
    profiler.start()
    func(articles, **kwargs)
    profiler.stop()
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    (OUT_DIR / f"profile-{name}.html").write_text(profiler.output_html())
    print(profiler.output_text(unicode=False, color=False, show_all=False))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=10_000, help="articles (BBC replicated)")
    parser.add_argument("--workers", type=int, nargs="*", default=[1, 2], help="Dask worker counts (none: skip)")
    parser.add_argument("--loading", action="store_true", help="also load_corpus alone vs open().read(), the cache")
    parser.add_argument("--lean", action="store_true", help="skip the slow extras (regex+Counter, workers=1 load)")
    parser.add_argument("--no-pandas", action="store_true", help="skip the pandas pipeline and alternatives")
    parser.add_argument("--only", nargs="+", choices=STEPS, default=None,
                        help="only load_corpus and these pandas steps (no alternatives, no Dask)")
    parser.add_argument("--analysis-workers", type=int, default=0,
                        help="also time extract_quotes and score_frames with this many processes (workers=)")
    parser.add_argument("--pipeline-workers", type=int, default=1,
                        help="run extract_quotes and score_frames in the pipeline itself with this many processes")
    parser.add_argument("--profile", choices=sorted(PROFILED), help="only profile one step (pyinstrument)")
    parser.add_argument("--profile-articles", type=int, default=2000, help="articles for --profile")
    args = parser.parse_args()
    if args.profile:
        profile(args.profile, args.n, args.profile_articles)
        return

    folder = write_bbc_files(args.n)
    modules = [m for m in ("terms", "quotes", "frames", "reuse") if have(m)]
    print(f"# pipeline on {args.n} BBC-derived articles ({folder}); modules: {modules}; "
          f"{os.cpu_count()} cores; load avg {os.getloadavg()}", flush=True)
    results: list[dict[str, Any]] = []
    corpus = None
    if args.only:
        args.workers = []
        pandas_pipeline(folder, results, tuple(args.only))
    elif not args.no_pandas:
        corpus = pandas_pipeline(folder, results, analysis_workers=args.analysis_workers,
                                 pipeline_workers=args.pipeline_workers)
        alternatives(corpus.articles, results, counter=not args.lean)
    if args.loading:
        if corpus is None:
            from helpers.corpus import load_corpus

            corpus = load_corpus(folder, cache=False, progress=False)
        loading(folder, corpus, results, workers_1=not args.lean)
    corpus = None
    gc.collect()
    for k in args.workers:
        dask_pipeline(folder, k, results)
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    out = OUT_DIR / f"pipeline-{args.n}.json"
    meta = {"n": args.n, "modules": modules, "commits": _commits(), "cores": os.cpu_count(), "python": platform.python_version(),
            "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), "command": " ".join(sys.argv)}
    out.write_text(json.dumps({"meta": meta, "results": results}, indent=1))
    print(f"saved {out}")
    print(markdown(results))
    print(totals(results))


def totals(results: list[dict[str, Any]]) -> str:
    """The whole pandas pipeline's wall time, one process and (when measured) with quotes and frames in
    processes, each against CountVectorizer 1-2-grams; the peak of all steps."""
    by = {r["step"]: r for r in results}
    names = ("load_corpus (read+clean+language)", "term_counts 1-2-grams", "extract_quotes", "score_frames", "find_reuse")
    core = [r for r in results if r["step"] in names]
    if not core or "sklearn CountVectorizer(1,2)" not in by:
        return ""
    cv = by["sklearn CountVectorizer(1,2)"]["seconds"]
    one = sum(r["seconds"] for r in core)
    lines = [f"whole pipeline (the steps as run, no workers= variants): {one:.1f} s = {one / cv:.2f}x CountVectorizer 1-2-grams ({cv:.1f} s); "
             f"peak {max(r['peak_mb'] for r in core):.0f} MB"]
    pooled = {r["step"].split(" ")[0]: r["seconds"] for r in results if "workers=" in r["step"]}
    if pooled:
        total = sum(pooled.get(r["step"].split(" ")[0], r["seconds"]) for r in core)
        lines.append(f"whole pipeline, quotes and frames in processes: {total:.1f} s = {total / cv:.2f}x CountVectorizer")
    return "\n".join(lines)


def _commits() -> dict[str, str]:
    import subprocess

    def head(path: Path) -> str:
        try:
            return subprocess.run(["git", "-C", str(path), "log", "-1", "--format=%h %s"], capture_output=True,
                                  text=True, check=False).stdout.strip()[:80]
        except OSError:
            return ""

    return {"root": head(ROOT)}


def markdown(results: list[dict[str, Any]]) -> str:
    lines = ["| step | wall s | CPU s (this process; + Dask workers) | peak MB | RSS before MB | rows |",
             "|---|---:|---:|---:|---:|---:|"]
    for r in results:
        peak = r["peak_mb"]
        if r.get("workers_peak_mb") is not None:
            peak = f"{r['peak_mb']:.0f} + workers {r['workers_peak_mb']:.0f}"
        elif r.get("children_peak_mb"):
            peak = f"{r['peak_mb']:.0f} (children {r['children_peak_mb']:.0f})"
        cpu = r["cpu_seconds"]
        if r.get("workers_cpu_seconds") is not None:
            cpu = f"{r['cpu_seconds']} + {r['workers_cpu_seconds']}"
        lines.append(f"| {r['step']} | {r['seconds']} | {cpu} | {peak} | {r.get('rss_before_mb', '')} | "
                     f"{r.get('rows', '')} |")
    return "\n".join(lines)


if __name__ == "__main__":
    main()
