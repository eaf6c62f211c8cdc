"""Loading speed: ``load_corpus`` on a folder of N BBC-derived .txt files against a bare
``open().read()`` of the same files, in one run.

Steps (each: wall seconds, CPU seconds of this process and of finished child processes, the load
average just before): the bare read (which also warms the page cache), ``load_corpus`` with the
default workers (2 processes at 4,000+ files on 2 cores), ``load_corpus(workers=1)``. With
``--before ROOT`` the two loads are timed again in a subprocess that imports ``helpers`` from ROOT
(e.g. an export of an older commit: ``git archive <commit> helpers | tar -x -C /tmp/old``), on the
same files, right after.

Run:
    python bench/bench_corpus.py --n 100000
    python bench/bench_corpus.py --n 100000 --before /tmp/old
Results: printed as Markdown and saved as JSON in bench/out/ (git-ignored).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "bench" / "out"


def _children_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def step(name: str, func: Any) -> dict[str, Any]:
    load = os.getloadavg()[0]
    c0, k0, t0 = time.process_time(), _children_cpu(), time.perf_counter()
    value = func()
    row = {"step": name, "seconds": round(time.perf_counter() - t0, 2), "cpu": round(time.process_time() - c0, 2),
           "children_cpu": round(_children_cpu() - k0, 2), "load_avg": round(load, 1), "value": value}
    print(json.dumps(row), flush=True)
    return row


def loads(folder: Path, label: str) -> list[dict[str, Any]]:
    """The two ``load_corpus`` steps, with the ``helpers`` package first on sys.path."""
    from helpers.corpus import load_corpus

    load_corpus(ROOT / "data" if (ROOT / "data").exists() else folder, cache=False, progress=False)  # imports, lexicons
    return [step(f"{label}load_corpus (default workers)",
                 lambda: len(load_corpus(folder, cache=False, progress=False).articles)),
            step(f"{label}load_corpus(workers=1)",
                 lambda: len(load_corpus(folder, cache=False, progress=False, workers=1).articles))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=10_000, help="files (BBC replicated)")
    parser.add_argument("--before", type=Path, help="also time the loads with helpers imported from this root")
    parser.add_argument("--only-loads", type=Path, help=argparse.SUPPRESS)  # the --before subprocess
    args = parser.parse_args()
    if args.only_loads is not None:
        for row in loads(args.only_loads, "before: "):
            print("ROW " + json.dumps(row), flush=True)
        return
    sys.path.insert(0, str(ROOT))
    from bench.common import read_all, write_bbc_files

    folder = write_bbc_files(args.n)
    files = sorted(folder.rglob("*.txt"))

    def bare_read() -> int:
        return read_all(files)

    rows = [step("bare open().read()", bare_read)]
    rows += loads(folder, "")
    if args.before is not None:
        env = {**os.environ, "PYTHONPATH": str(args.before)}
        script = f"import sys; sys.path.insert(0, {str(args.before)!r}); sys.argv = ['x', '--only-loads', {str(folder)!r}]; " \
                 f"import runpy; runpy.run_path({str(Path(__file__))!r}, run_name='__main__')"
        out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True)
        rows += [json.loads(line[4:]) for line in out.stdout.splitlines() if line.startswith("ROW ")]
    base = rows[0]["seconds"]
    print(f"\n{len(files)} files, {sum(p.stat().st_size for p in files) / 1e6:.0f} MB, {os.cpu_count()} cores\n")
    print("| step | wall s | CPU s (this process + workers) | load avg before | ratio to bare read |")
    print("|---|---:|---:|---:|---:|")
    for r in rows:
        print(f"| {r['step']} | {r['seconds']:.2f} | {r['cpu']:.2f} + {r['children_cpu']:.2f} | {r['load_avg']} | "
              f"{r['seconds'] / base:.1f}x |")
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    out_file = OUT_DIR / f"corpus-{args.n}.json"
    out_file.write_text(json.dumps({"n": args.n, "command": " ".join(sys.argv), "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
                                    "rows": rows}, indent=1))
    print(f"saved {out_file}")


if __name__ == "__main__":
    main()
