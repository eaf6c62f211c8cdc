"""Time ``make report`` (its recipe: ``python -m helpers report``) on data/, detik-dev.csv and the BBC
folder, with the report sizes; side by side with what a user would otherwise run on data/:
``jupyter nbconvert --execute --to html`` per notebook (default lab template: CDN scripts, no
parameters, no index).

    python bench/bench_report.py [--skip-bbc]

Outputs go to bench/out/report-* (git-ignored). Runs each measurement once (2 shared cores).
Kernel start-up is included; setting up .venv (once, on first use) is not.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from helpers.config import SHARED_CORPORA  # noqa: E402
from helpers.report import discover_notebooks, find_remote_resources  # noqa: E402

OUT = ROOT / "bench" / "out"


def _size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def _env() -> dict[str, str]:
    return dict(os.environ, PYTHONPATH=str(ROOT), MEDIA_SHARED_CORPORA=str(SHARED_CORPORA))


def run_report(corpus: str, name: str) -> dict:
    out = OUT / f"report-{name}"
    cmd = [sys.executable, "-m", "helpers", "report", "--corpus", corpus, "--out", str(out), "--no-progress"]
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, cwd=ROOT, env=_env(), capture_output=True, text=True)
    seconds = time.perf_counter() - t0
    pages = sorted(out.glob("*.html"))
    return {
        "name": name,
        "seconds": seconds,
        "rc": proc.returncode,
        "total": _size(out),
        "pages": {p.name: p.stat().st_size for p in pages},
        "remote": sum(len(find_remote_resources(p.read_text(encoding="utf-8"))) for p in pages),
        "stderr": proc.stderr.strip().splitlines()[-3:],
    }


def run_baseline() -> dict:
    out = OUT / "report-baseline-nbconvert"
    out.mkdir(parents=True, exist_ok=True)
    jupyter = Path(sys.executable).with_name("jupyter")
    t0 = time.perf_counter()
    rcs = []
    for nb in discover_notebooks():
        cmd = [str(jupyter), "nbconvert", "--to", "html", "--execute", str(nb), "--output-dir", str(out)]
        rcs.append(subprocess.run(cmd, cwd=ROOT / "notebooks", env=_env(), capture_output=True, text=True).returncode)
    seconds = time.perf_counter() - t0
    pages = sorted(out.glob("*.html"))
    remote = sum(len(find_remote_resources(p.read_text(encoding="utf-8"))) for p in pages)
    cdn = sum(len(re.findall(r"cdnjs|unpkg|jsdelivr", p.read_text(encoding="utf-8"))) for p in pages)
    return {"seconds": seconds, "rc": max(rcs or [0]), "total": _size(out), "remote": remote, "cdn": cdn}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip-bbc", action="store_true")
    args = parser.parse_args()
    notebooks = [p.name for p in discover_notebooks()]
    print(f"notebooks: {', '.join(notebooks)}")
    runs = [("data", "data")]
    detik = SHARED_CORPORA / "detik-dev.csv"
    bbc = SHARED_CORPORA / "bbc"
    if detik.exists():
        runs.append((str(detik), "detik-dev"))
    if bbc.exists() and not args.skip_bbc:
        runs.append((str(bbc), "bbc"))
    results = [run_report(corpus, name) for corpus, name in runs]
    base = run_baseline()
    print()
    print("| corpus | `make report` time | exit | report set | largest page | remote refs |")
    print("|---|---|---|---|---|---|")
    for r in results:
        largest = max(r["pages"].items(), key=lambda kv: kv[1]) if r["pages"] else ("-", 0)
        print(
            f"| {r['name']} | {r['seconds']:.1f} s | {r['rc']} | {r['total'] / 1e6:.2f} MB "
            f"({len(r['pages'])} pages) | {largest[0]} {largest[1] / 1e3:.0f} kB | {r['remote']} |"
        )
    data = results[0]
    print()
    print(
        f"baseline on data/ (`jupyter nbconvert --execute --to html`, {len(notebooks)} notebook(s), no index): "
        f"{base['seconds']:.1f} s, {base['total'] / 1e6:.2f} MB, remote refs {base['remote']} (CDN mentions {base['cdn']}), "
        f"exit {base['rc']}"
    )
    print(
        f"ratio make report / baseline on data/: time {data['seconds'] / base['seconds']:.2f}x, "
        f"size {data['total'] / max(base['total'], 1):.2f}x"
    )
    for r in results:
        if r["rc"]:
            print(f"{r['name']}: {r['stderr']}")


if __name__ == "__main__":
    main()
