"""Command line: ``python -m helpers report --corpus data --out reports [--language id] [--group outlet]
[--scheme conflict] [--engine dask [--scheduler tcp://host:8786]] [--with-code]``; ``python -m helpers screenshot PAGE.html OUT.png``."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m helpers", description="Media-analysis helpers.")
    sub = parser.add_subparsers(dest="command", required=True)
    rep = sub.add_parser(
        "report",
        help="run every notebook headless and write self-contained HTML reports",
        description="Run every notebooks/NN_*.ipynb with the parameters below and export one offline HTML "
        "page each, plus index.html. Exit status 1 when any notebook failed (its partial page is still written).",
    )
    rep.add_argument("--corpus", default="data", help="corpus folder, file or glob (default: data)")
    rep.add_argument("--out", default="reports", help="output folder (default: reports)")
    rep.add_argument("--language", default=None, help="ISO 639-1 code; default: detected per article")
    rep.add_argument("--group", default=None, help="grouping column (default: the notebooks' own, outlet)")
    rep.add_argument("--scheme", default=None, help="frame scheme for the framing notebook")
    rep.add_argument("--engine", default=None, choices=["pandas", "dask"],
                     help="ENGINE: pandas (default) or dask (the same tables, computed on a Dask cluster)")
    rep.add_argument("--scheduler", default=None, metavar="ADDRESS",
                     help="SCHEDULER for --engine dask: a scheduler address (tcp://host:8786); default: a local cluster")
    rep.add_argument("--with-code", action="store_true", help="show the code cells (methods appendix)")
    rep.add_argument("--notebook", action="append", default=None, metavar="PATH",
                     help="run only this notebook (repeatable); default: every notebooks/NN_*.ipynb")
    rep.add_argument("--timeout", type=int, default=1800, help="seconds per cell (default 1800)")
    rep.add_argument("--no-progress", action="store_true", help="no progress bar")
    shot = sub.add_parser("screenshot", help="screenshot an HTML page with headless Chromium")
    shot.add_argument("page")
    shot.add_argument("png")
    shot.add_argument("--width", type=int, default=1200)
    shot.add_argument("--height", type=int, default=900)
    shot.add_argument("--full-page", action="store_true")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "report":
        from helpers.report import run_reports

        try:
            results = run_reports(
                args.corpus,
                out=args.out,
                language=args.language or None,
                group=args.group or None,
                scheme=args.scheme or None,
                engine=args.engine or None,
                scheduler=args.scheduler or None,
                with_code=args.with_code,
                notebooks=args.notebook,
                timeout=args.timeout,
                progress=not args.no_progress,
            )
        except FileNotFoundError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
        failed = [r for r in results if not r.ok]
        index = (results[0].html.parent if results else args.out)
        print(f"{len(results) - len(failed)} of {len(results)} reports written; open {index}/index.html")
        for r in failed:
            print(f"FAILED {r.notebook.name}: {r.error}", file=sys.stderr)
        return 1 if failed or not results else 0
    if args.command == "screenshot":
        from helpers._browser import Chromium

        with Chromium(width=args.width, height=args.height) as browser:
            page = browser.open(args.page)
            browser.screenshot(args.png, full_page=args.full_page)
        print(f"{args.png}: {page['title']}")
        return 0
    return 2


if __name__ == "__main__":
    sys.exit(main())
