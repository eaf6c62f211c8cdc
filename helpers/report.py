"""Reports: run every notebook headless with parameters and export self-contained, offline, safe HTML.

``run_reports`` executes each ``notebooks/NN_*.ipynb`` (sorted) with papermill, injecting the
parameters (``CORPUS``, ``LANGUAGE``, ``GROUP``, ``SCHEME``: only those the notebook declares in its
cell tagged ``parameters``), exports it with nbconvert through the package's own template
(``helpers/templates``: no require.js, MathJax, Mermaid or widget manager from a CDN; one inline
stylesheet and one inline script, pinned by a Content-Security-Policy that also forbids every
request), and writes ``index.html`` with the corpus summary, the parameters, the date, the version and
a link per report. A failing notebook still gets its partial page, naming the cell and the error;
the others still run. ``python -m helpers report`` is the command-line front end.

Notebooks use ``show_table`` to display a table (escaped, sortable, first rows only; the full table
as CSV beside the page) and the corpus-overview helpers below (``summarize_corpus``, ``articles_by``,
``articles_over_time``, ``length_summary``, ``removed_by_reason``, ``preview_articles``), which the
index page shares.
"""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
import hashlib
import html
import json
import os
import re
import shutil
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import pandas as pd

from helpers.config import NOTEBOOK_DIR, PACKAGE_DIR, PROJECT_ROOT, REPORTS_DIR
from helpers.tables import dask_collects, require_columns

__all__ = [
    "ArticlePreviews",
    "ReportResult",
    "Table",
    "articles_by",
    "articles_over_time",
    "discover_notebooks",
    "export_html",
    "find_remote_resources",
    "length_summary",
    "preview_articles",
    "removed_by_reason",
    "run_reports",
    "show_table",
    "summarize_corpus",
]

TEMPLATE_DIR = PACKAGE_DIR / "templates"
#: Set by the runner for the kernel: where ``show_table`` writes full tables, and the link prefix.
TABLES_DIR_ENV = "MEDIA_REPORT_TABLES_DIR"
TABLES_HREF_ENV = "MEDIA_REPORT_TABLES_HREF"
#: Parameters the runner may inject, in this order, when the notebook declares them.
PARAMETER_NAMES: tuple[str, ...] = ("CORPUS", "LANGUAGE", "GROUP", "SCHEME", "ENGINE", "SCHEDULER")
UNKNOWN = "(unknown)"
_META_SEP = " \u00b7 "

_NOTEBOOK_RE = re.compile(r"^\d\d_[^/\\]+\.ipynb$")
_SAFE_NAME_RE = re.compile(r"[^\w.-]+")
_HEADING_RE = re.compile(r"^\s{0,3}#{1,6}\s+(.+?)\s*#*\s*$")
_MD_MARKUP_RE = re.compile(r"[*_`]+|\[([^\]]*)\]\([^)]*\)")
_SENTENCE_END_RE = re.compile(r"(?<=[.!?])\s+")
_PARAGRAPH_BREAK_RE = re.compile(r"\n\s*\n")
_LINE_BREAKS_RE = re.compile(r"[\r\n]+")
# A resource the browser would fetch: src/href/srcset/poster/data attributes and CSS url()/@import.
_REMOTE_ATTR_RE = re.compile(
    r"<(?P<tag>script|link|img|iframe|embed|object|source|video|audio|track|image|use|input|frame)\b[^>]*?"
    r"\s(?:src|href|xlink:href|srcset|poster|data)\s*=\s*[\"']?\s*(?P<url>(?:https?:)?//[^\"'\s>]+)",
    re.IGNORECASE,
)
_REMOTE_CSS_RE = re.compile(r"(?:url\(\s*[\"']?|@import\s+[\"'])\s*(?P<url>(?:https?:)?//[^\"')\s]+)", re.IGNORECASE)
# A tqdm progress-bar line ("loading: 100%|#####| 1/1 [00:03<00:00, 3.1s/file]"): noise on a page.
_TQDM_LINE_RE = re.compile(r"^[^\n]*\d+%\|[^\n]*\|[^\n]*\[[^\n]*\]\s*$")
_STYLE_BLOCK_RE = re.compile(r"<style\b[^>]*>(.*?)</style>", re.IGNORECASE | re.DOTALL)
_STYLE_ATTR_RE = re.compile(r"\sstyle\s*=\s*\"([^\"]*)\"|\sstyle\s*=\s*'([^']*)'", re.IGNORECASE)


# ---------------------------------------------------------------------------------------------
# Corpus overview: small tables that notebook 01 and the index page show
# ---------------------------------------------------------------------------------------------


def _labels(values: pd.Series) -> pd.Series:
    """Text labels for grouping: missing and blank values become ``(unknown)``."""
    out = values.astype("string").str.strip()
    return out.mask(out.isna() | (out == ""), UNKNOWN).astype(object)


def _count_phrase(values: pd.Series, *, limit: int = 8) -> str:
    counts = _labels(values).value_counts(sort=False)
    counts = counts.sort_values(ascending=False, kind="stable")
    order = sorted(counts.items(), key=lambda kv: (-kv[1], str(kv[0])))
    shown = ", ".join(f"{name} ({n:,})" for name, n in order[:limit])
    if len(order) > limit:
        shown += f", and {len(order) - limit:,} more"
    return shown


@dask_collects(("article_id", "outlet", "language", "date", "n_words"))
def summarize_corpus(
    articles: pd.DataFrame,
    *,
    problems: pd.DataFrame | None = None,
    removed: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """What is in the corpus, as a two-column table a reader can scan.

    Args:
        articles: the articles table; reads ``article_id``, ``outlet``, ``language``, ``date``,
            ``n_words`` (the last three when present).
        problems: ``Corpus.problems`` (optional): counted.
        removed: ``Corpus.removed`` (optional): counted.

    Returns:
        DataFrame with columns ``measure``, ``value`` (both text): articles, outlets, languages,
        dates (first to last, and how many have none), words, inputs with problems, lines removed.
    """
    require_columns(articles, ["article_id"])
    n = len(articles)
    rows: list[tuple[str, str]] = [("Articles", f"{n:,}")]
    for column, label in (("outlet", "Outlets"), ("language", "Languages")):
        if column in articles.columns and n:
            known = _labels(articles[column])
            n_known = int((known != UNKNOWN).sum())
            rows.append((label, f"{known[known != UNKNOWN].nunique():,}: {_count_phrase(articles[column])}"))
            if n_known < n and column == "outlet":
                rows.append(("Articles without an outlet", f"{n - n_known:,}"))
        else:
            rows.append((label, "none recorded"))
    if "date" in articles.columns and n:
        dates = pd.to_datetime(articles["date"], errors="coerce", utc=False)
        dated = dates.dropna()
        if len(dated):
            first, last = dated.min(), dated.max()
            text = f"{first:%Y-%m-%d} to {last:%Y-%m-%d}" if first.date() != last.date() else f"{first:%Y-%m-%d}"
            if len(dated) < n:
                text += f" ({n - len(dated):,} article(s) without a date)"
            rows.append(("Dates", text))
        else:
            rows.append(("Dates", "no article has a date"))
    else:
        rows.append(("Dates", "no article has a date"))
    if "n_words" in articles.columns and n:
        words = pd.to_numeric(articles["n_words"], errors="coerce").dropna()
        if len(words):
            rows.append(
                ("Words", f"{int(words.sum()):,} in all; median {words.median():,.0f} per article "
                 f"(shortest {int(words.min()):,}, longest {int(words.max()):,})")
            )
    if problems is not None:
        rows.append(("Inputs with problems", f"{len(problems):,}"))
    if removed is not None:
        rows.append(("Lines removed by cleaning", f"{len(removed):,}"))
    return pd.DataFrame(rows, columns=["measure", "value"])


@dask_collects(("article_id", "n_words"), options=("by",))
def articles_by(articles: pd.DataFrame, *, by: str = "outlet") -> pd.DataFrame:
    """Articles per value of one column (outlet, language, topic ...), largest first.

    Args:
        articles: the articles table; reads ``article_id``, ``by`` and ``n_words`` when present.
        by: the grouping column. Missing or blank values count as ``(unknown)``.

    Returns:
        DataFrame with columns ``<by>``, ``articles``, ``share`` (0-1), ``words`` (sum of
        ``n_words``, when present); sorted by ``articles`` descending, then name.
    """
    require_columns(articles, ["article_id", by])
    groups = _labels(articles[by])
    frame = pd.DataFrame({by: groups.to_numpy(), "articles": 1})
    if "n_words" in articles.columns:
        frame["words"] = pd.to_numeric(articles["n_words"], errors="coerce").fillna(0).astype("int64").to_numpy()
    out = frame.groupby(by, sort=True, dropna=False).sum().reset_index()
    out["share"] = out["articles"] / max(len(articles), 1)
    columns = [by, "articles", "share"] + (["words"] if "words" in out.columns else [])
    out = out[columns].sort_values(["articles", by], ascending=[False, True], kind="stable")
    return out.reset_index(drop=True)


def _auto_freq(first: pd.Timestamp, last: pd.Timestamp) -> str:
    span = (last - first).days
    if span <= 62:
        return "D"
    if span <= 2 * 366:
        return "W"
    if span <= 10 * 366:
        return "M"
    return "Y"


_FREQ_ALIASES = {"D": "D", "W": "W-MON", "M": "M", "Y": "Y"}
_FREQ_NAMES = {"D": "day", "W": "week", "M": "month", "Y": "year"}


@dask_collects(("article_id", "date"), options=("by",))
def articles_over_time(
    articles: pd.DataFrame, *, freq: str | None = None, by: str | None = None
) -> pd.DataFrame:
    """Articles per day, week, month or year (chosen from the date span unless given).

    Args:
        articles: the articles table; reads ``date`` (NaT rows are left out) and ``by`` if given.
        freq: ``"D"``, ``"W"``, ``"M"`` or ``"Y"``; ``None`` picks one from the span of dates.
        by: optional grouping column (e.g. ``"outlet"``): one row per period and group.

    Returns:
        DataFrame with columns ``period`` (the start date of the period), ``freq`` (day, week, month,
        year), [``<by>``], ``articles``; periods without articles inside the span are kept with 0.
        Empty (same columns) when no article has a date.
    """
    require_columns(articles, ["article_id", "date"] + ([by] if by else []))
    columns = ["period", "freq"] + ([by] if by else []) + ["articles"]
    dates = pd.to_datetime(articles["date"], errors="coerce")
    if getattr(dates.dt, "tz", None) is not None:
        dates = dates.dt.tz_localize(None)
    keep = dates.notna()
    if not keep.any():
        return pd.DataFrame({c: pd.Series(dtype="object") for c in columns})
    dated = dates[keep]
    code = (freq or _auto_freq(dated.min(), dated.max())).upper()[:1]
    if code not in _FREQ_ALIASES:
        raise ValueError(f"freq must be one of {sorted(_FREQ_ALIASES)}, got {freq!r}")
    periods = dated.dt.to_period(_FREQ_ALIASES[code])
    full = pd.period_range(periods.min(), periods.max(), freq=periods.dt.freq)
    if by:
        groups = pd.Series(_labels(articles.loc[keep, by]).to_numpy(), index=periods.index, name=by)
        counts = pd.crosstab(periods.rename("period"), groups).reindex(full, fill_value=0)
        counts.index.name, counts.columns.name = "period", by
        out = counts.stack().rename("articles").reset_index()
        out = out.sort_values(["period", by], kind="stable")
    else:
        counts = periods.value_counts().reindex(full, fill_value=0)
        out = pd.DataFrame({"period": full, "articles": counts.to_numpy()})
    out["period"] = pd.PeriodIndex(out["period"], freq=full.freq).start_time
    out["freq"] = _FREQ_NAMES[code]
    out["articles"] = out["articles"].astype("int64")
    return out[columns].reset_index(drop=True)


@dask_collects(("n_words",), options=("by",))
def length_summary(articles: pd.DataFrame, *, by: str | None = None) -> pd.DataFrame:
    """Article length in words, overall or per group.

    Args:
        articles: the articles table; reads ``n_words`` and ``by`` if given.
        by: optional grouping column.

    Returns:
        DataFrame with columns [``<by>``], ``articles``, ``min``, ``median``, ``mean``, ``max``,
        ``total`` (words); one row overall, or one per group (largest group first).
    """
    require_columns(articles, ["n_words"] + ([by] if by else []))
    words = pd.to_numeric(articles["n_words"], errors="coerce").astype("float64")
    stats = ["articles", "min", "median", "mean", "max", "total"]

    def describe(w: pd.Series) -> dict[str, Any]:
        w = w.dropna()
        if not len(w):
            return dict.fromkeys(stats, 0)
        return {
            "articles": len(w),
            "min": int(w.min()),
            "median": float(w.median()),
            "mean": round(float(w.mean()), 1),
            "max": int(w.max()),
            "total": int(w.sum()),
        }

    if not by:
        return pd.DataFrame([describe(words)], columns=stats)
    groups = _labels(articles[by])
    rows = [{by: name, **describe(words[groups == name])} for name in sorted(groups.unique(), key=str)]
    out = pd.DataFrame(rows, columns=[by, *stats])
    return out.sort_values(["articles", by], ascending=[False, True], kind="stable").reset_index(drop=True)


def removed_by_reason(removed: pd.DataFrame) -> pd.DataFrame:
    """What cleaning removed, counted by reason.

    Args:
        removed: ``Corpus.removed``; reads ``article_id``, ``text``, ``reason``.

    Returns:
        DataFrame with columns ``reason``, ``lines``, ``articles`` (how many articles lost such a
        line), ``example`` (the most frequent removed text for that reason); most lines first.
    """
    require_columns(removed, ["article_id", "text", "reason"], table="removed")
    columns = ["reason", "lines", "articles", "example"]
    if removed.empty:
        return pd.DataFrame({c: pd.Series(dtype="object") for c in columns})
    frame = pd.DataFrame(
        {
            "reason": _labels(removed["reason"]).to_numpy(),
            "article_id": removed["article_id"].astype(str).to_numpy(),
            "text": removed["text"].astype("string").fillna("").to_numpy(),
        }
    )
    rows = []
    for reason, part in frame.groupby("reason", sort=True):
        texts = part["text"].value_counts()
        top = sorted(texts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        rows.append({"reason": reason, "lines": len(part), "articles": part["article_id"].nunique(), "example": top})
    out = pd.DataFrame(rows, columns=columns)
    return out.sort_values(["lines", "reason"], ascending=[False, True], kind="stable").reset_index(drop=True)


# ---------------------------------------------------------------------------------------------
# Display: escaped HTML for tables and article previews
# ---------------------------------------------------------------------------------------------


def _fmt_float(x: float) -> str:
    if pd.isna(x):
        return ""
    if float(x).is_integer() and abs(x) < 1e15:
        return f"{int(x):,}"
    if abs(x) >= 100:
        return f"{x:,.0f}"
    if abs(x) >= 1:
        return f"{x:.2f}"
    return f"{x:.3g}"


def _safe_name(name: str) -> str:
    cleaned = _SAFE_NAME_RE.sub("_", str(name)).strip("._")
    return cleaned or "table"


def _tables_target() -> tuple[Path, str | None]:
    """Where full tables go: the report's folder in a report run, else ``reports/tables``."""
    folder = os.environ.get(TABLES_DIR_ENV)
    if folder:
        return Path(folder), os.environ.get(TABLES_HREF_ENV, Path(folder).name)
    return REPORTS_DIR / "tables", None


def _shorten(value: Any, limit: int) -> Any:
    if isinstance(value, str) and len(value) > limit:
        return value[: max(limit - 1, 1)].rstrip() + "\u2026"
    return value


@dataclass(frozen=True)
class Table:
    """A table as a report shows it: escaped HTML, the first rows, a link to the full CSV."""

    html: str
    text: str
    rows: int
    shown: int
    csv_path: Path | None = None

    def _repr_html_(self) -> str:
        return self.html

    def __repr__(self) -> str:
        return self.text


def show_table(
    table: pd.DataFrame,
    *,
    name: str,
    max_rows: int = 20,
    caption: str | None = None,
    empty: str = "No rows.",
    max_chars: int = 300,
    index: bool = False,
    csv: bool = False,
) -> Table:
    """Display a table in a notebook and in its report: escaped, sortable, compact.

    Shows the first ``max_rows`` rows (cell text cut at ``max_chars``); when the table is longer, a
    text was cut, or ``csv=True``, the full table is written as ``<name>.csv`` beside the report (in a report
    run) or in ``reports/tables/`` (interactive use) and linked. An empty table shows the sentence
    ``empty`` instead. Every value is HTML-escaped (pandas ``to_html(escape=True)``).

    Args:
        table: any DataFrame (not modified).
        name: file name stem for the CSV (sanitised).
        max_rows: rows shown on the page.
        caption: an optional line above the table.
        empty: the sentence shown when the table has no rows.
        max_chars: longer text cells are cut on the page (never in the CSV).
        index: show and write the DataFrame index.
        csv: always write the CSV, even when the whole table fits on the page.

    Returns:
        A ``Table``, rendered by Jupyter through ``_repr_html_``.
    """
    if not isinstance(table, pd.DataFrame):
        raise TypeError(f"show_table expects a pandas DataFrame, got {type(table).__name__}")
    cap = f'<p class="report-table-caption">{html.escape(caption)}</p>' if caption else ""
    if table.empty:
        return Table(html=f'{cap}<p class="report-empty">{html.escape(empty)}</p>', text=empty, rows=0, shown=0)
    n = len(table)
    shown = table.head(max(int(max_rows), 1)).copy()
    cut_cells = 0

    def shorten(value: Any) -> Any:
        nonlocal cut_cells
        short = _shorten(value, max_chars)
        cut_cells += short is not value
        return short

    for i in range(shown.shape[1]):  # by position: duplicate column names are allowed
        column = shown.iloc[:, i]
        if column.dtype == object or isinstance(column.dtype, pd.StringDtype):
            shown.isetitem(i, column.map(shorten).astype(object))
    csv_path: Path | None = None
    note = ""
    if n > len(shown) or cut_cells or csv:
        folder, href_prefix = _tables_target()
        folder.mkdir(parents=True, exist_ok=True)
        csv_path = folder / f"{_safe_name(name)}.csv"
        table.to_csv(csv_path, index=index, encoding="utf-8")
        if href_prefix is not None:
            href = f"{href_prefix}/{csv_path.name}"
        else:
            href = Path(os.path.relpath(csv_path, Path.cwd())).as_posix()
        what = f"Showing {len(shown):,} of {n:,} rows" if n > len(shown) else f"{n:,} rows"
        if cut_cells:
            what += f", long texts cut at {max_chars:,} characters"
        note = (
            f'<p class="report-table-note">{what}; the full table: '
            f'<a href="{html.escape(href, quote=True)}">{html.escape(csv_path.name)}</a></p>'
        )
    text_cols = [c for c in shown.columns if shown[c].dtype == object or isinstance(shown[c].dtype, pd.StringDtype)]
    if text_cols:  # None in an object column would print as "None"
        shown = shown.copy()
        for c in text_cols:
            shown[c] = shown[c].astype(object).where(shown[c].notna(), "")
    body = shown.to_html(
        index=index,
        escape=True,
        border=0,
        na_rep="",
        classes=["report-table", "sortable"],
        float_format=_fmt_float,
        render_links=False,
    )
    search = (
        '<input type="search" class="report-table-filter" placeholder="Filter rows\u2026" '
        'aria-label="Filter rows" hidden>'
        if len(shown) > 10
        else ""
    )
    markup = f'<div class="report-table-wrap">{cap}{search}{body}{note}</div>'
    text = shown.to_string(index=index, max_colwidth=60)
    if n > len(shown):
        text += f"\n[{len(shown)} of {n} rows; full table: {csv_path}]"
    return Table(html=markup, text=text, rows=n, shown=len(shown), csv_path=csv_path)


@dataclass(frozen=True)
class ArticlePreviews:
    """A few articles as escaped HTML cards (title, metadata, the opening paragraphs)."""

    html: str
    text: str

    def _repr_html_(self) -> str:
        return self.html

    def __repr__(self) -> str:
        return self.text


@dask_collects(("article_id", "title", "body", "outlet", "date", "language", "n_words", "source_credit"))
def preview_articles(articles: pd.DataFrame, *, n: int = 3, chars: int = 700) -> ArticlePreviews:
    """The opening of ``n`` articles spread over the corpus (ordered by date, then id).

    Args:
        articles: the articles table; reads ``article_id``, ``title``, ``body`` and, when present,
            ``outlet``, ``date``, ``language``, ``n_words``, ``source_credit``.
        n: how many articles.
        chars: how much of each body (cut at a paragraph or word boundary).

    Returns:
        ``ArticlePreviews``: every value HTML-escaped; ``text`` holds a plain-text version.
    """
    require_columns(articles, ["article_id", "title", "body"])
    if articles.empty or n <= 0:
        msg = "The corpus has no articles to preview."
        return ArticlePreviews(html=f'<p class="report-empty">{msg}</p>', text=msg)
    order = articles.assign(_id=articles["article_id"].astype(str))
    if "date" in articles.columns:
        order = order.assign(_date=pd.to_datetime(articles["date"], errors="coerce"))
        order = order.sort_values(["_date", "_id"], na_position="last", kind="stable")
    else:
        order = order.sort_values("_id", kind="stable")
    k = min(n, len(order))
    picks = sorted({round(i * (len(order) - 1) / max(k - 1, 1)) for i in range(k)})
    cards, texts = [], []
    for _, row in order.iloc[picks].iterrows():
        title = str(row["title"]) if pd.notna(row["title"]) and str(row["title"]).strip() else "(no title)"
        meta = []
        for column in ("outlet", "date", "language", "n_words", "source_credit"):
            if column in row.index and pd.notna(row[column]) and str(row[column]).strip():
                value = row[column]
                if column == "date":
                    value = pd.Timestamp(value).strftime("%Y-%m-%d")
                elif column == "n_words":
                    value = f"{int(value):,} words"
                elif column == "source_credit":
                    value = f"credit: {value}"
                meta.append(str(value))
        meta.append(f"id {row['_id']}")
        body = "" if pd.isna(row["body"]) else str(row["body"])
        cut = body[:chars]
        if len(body) > chars:
            cut = cut.rsplit(" ", 1)[0] + "\u2026"
        paras = [p.strip() for p in _PARAGRAPH_BREAK_RE.split(cut) if p.strip()]
        cards.append(
            '<article class="article-preview">'
            f"<h4>{html.escape(title)}</h4>"
            f'<div class="meta">{html.escape(_META_SEP.join(meta))}</div>'
            + "".join(f"<p>{html.escape(p)}</p>" for p in paras)
            + "</article>"
        )
        texts.append(f"{title}\n{' | '.join(meta)}\n{cut}\n")
    return ArticlePreviews(html="".join(cards), text="\n".join(texts))


# ---------------------------------------------------------------------------------------------
# Running notebooks and exporting HTML
# ---------------------------------------------------------------------------------------------


@dataclass
class ReportResult:
    """One notebook's run: where its page is, whether it completed, and what failed."""

    notebook: Path
    html: Path
    title: str
    summary: str
    ok: bool = True
    error: str | None = None
    cell: int | None = None
    seconds: float = 0.0
    tables: list[Path] = field(default_factory=list)

    @property
    def size_bytes(self) -> int:
        size = self.html.stat().st_size if self.html.exists() else 0
        return size + sum(p.stat().st_size for p in self.tables if p.exists())


def discover_notebooks(folder: str | Path = NOTEBOOK_DIR) -> list[Path]:
    """Every ``NN_name.ipynb`` in ``folder``, sorted by name (checkpoints and other files ignored)."""
    folder = Path(folder)
    if not folder.is_dir():
        raise FileNotFoundError(f"notebook folder not found: {folder}")
    return sorted(p for p in folder.iterdir() if p.is_file() and _NOTEBOOK_RE.match(p.name))


def _plain_markdown(text: str) -> str:
    return _MD_MARKUP_RE.sub(lambda m: m.group(1) or "", text).strip()


def _describe_notebook(nb: Any, fallback: str) -> tuple[str, str]:
    """Title (first heading) and one-line summary (first sentence after it) of a notebook."""
    title, summary = "", ""
    for cell in nb.cells:
        if cell.cell_type != "markdown":
            continue
        for line in cell.source.splitlines():
            if not line.strip():
                if summary:
                    break
                continue
            heading = _HEADING_RE.match(line)
            if heading and not title:
                title = _plain_markdown(heading.group(1))
            elif not heading and not summary:
                summary = _plain_markdown(line)
            elif not heading:
                summary += " " + _plain_markdown(line)
        if title or summary:
            break
    summary = _SENTENCE_END_RE.split(summary.strip(), maxsplit=1)[0] if summary else ""
    if len(summary) > 240:
        summary = summary[:239].rstrip() + "\u2026"
    return title or fallback, summary


@cache
def _asset(name: str) -> str:
    return (TEMPLATE_DIR / name).read_text(encoding="utf-8")


def _sha256(text: str) -> str:
    return base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


def _csp(scripts: Sequence[str] = ()) -> str:
    """A policy that forbids every request and every script except ours (by hash)."""
    script_src = " ".join(f"'sha256-{_sha256(s)}'" for s in scripts) or "'none'"
    return (
        "default-src 'none'; img-src data:; style-src 'unsafe-inline'; font-src data:; "
        f"script-src {script_src}; connect-src 'none'; base-uri 'none'; form-action 'none'"
    )


def find_remote_resources(page: str) -> list[str]:
    """URLs a browser would fetch from another host: ``src``/``href`` of script, link, img ... and
    CSS ``url()``/``@import`` pointing at ``http(s)://`` or ``//``. Links in text (``<a href>``) are fine.
    """
    found = [m.group("url") for m in _REMOTE_ATTR_RE.finditer(page)]
    styles = [m.group(1) for m in _STYLE_BLOCK_RE.finditer(page)]
    styles += [a or b for a, b in _STYLE_ATTR_RE.findall(page)]
    for css in styles:
        found += [m.group("url") for m in _REMOTE_CSS_RE.finditer(css)]
    return found


_DROP_MIMETYPES = (
    "application/vnd.jupyter.widget-view+json",
    "application/vnd.jupyter.widget-state+json",
    "application/javascript",
    "text/vnd.mermaid",
)


def _prepare_for_export(nb: Any) -> Any:
    """Drop what cannot work offline (widget views, JavaScript outputs), progress bars, and a figure
    shown twice in one cell; warnings (stderr) stay."""
    nb.metadata.pop("widgets", None)
    # papermill's banner at the top duplicates ours; its marker before the failing cell stays.
    nb.cells = [
        c
        for c in nb.cells
        if not ("papermill-error-cell-tag" in c.metadata.get("tags", []) and "encountered at" in c.source)
    ]
    for cell in nb.cells:
        if cell.cell_type != "code":
            continue
        kept, images = [], set()
        for output in cell.get("outputs", []):
            if output.get("output_type") == "stream" and output.get("name") == "stderr":
                lines = _LINE_BREAKS_RE.split(output.get("text", ""))
                text = "\n".join(line for line in lines if line.strip() and not _TQDM_LINE_RE.match(line))
                if not text:
                    continue
                output["text"] = text + "\n"
            data = output.get("data")
            if data is not None:
                for mimetype in _DROP_MIMETYPES:
                    data.pop(mimetype, None)
                if not data:
                    continue
                # a pyplot figure returned by a cell is shown twice (result + inline flush): keep one
                image = data.get("image/png")
                if image is not None:
                    if image in images:
                        continue
                    images.add(image)
            kept.append(output)
        cell["outputs"] = kept
    return nb


def export_html(
    notebook: str | Path | Any,
    target: str | Path,
    *,
    with_code: bool = False,
    title: str | None = None,
    parameters: Sequence[tuple[str, str]] = (),
    error: str | None = None,
    date: str | None = None,
) -> Path:
    """Export an (executed) notebook to one self-contained, offline HTML page.

    Reader mode (code hidden) unless ``with_code``. Images are inline (``data:`` URIs), the only
    style and script are the package's own, and a Content-Security-Policy forbids any request.

    Args:
        notebook: path to an ``.ipynb`` or a notebook node (not modified).
        target: the ``.html`` file to write.
        with_code: show the code cells (a methods appendix).
        title: page title (default: the notebook's first heading).
        parameters: ``(name, value)`` pairs shown in the page's header bar.
        error: a sentence shown at the top when the run failed (the page is then partial).
        date: the generation time shown (default: now, UTC).

    Returns:
        The path written.
    """
    import copy

    import nbformat
    from nbconvert import HTMLExporter

    from helpers import __version__

    nb = nbformat.read(str(notebook), as_version=4) if isinstance(notebook, (str, Path)) else copy.deepcopy(notebook)
    target = Path(target)
    nb = _prepare_for_export(nb)
    default_title, _ = _describe_notebook(nb, target.stem) if title is None else (title, "")
    js = _asset("report.js")
    exporter = HTMLExporter(
        extra_template_basedirs=[str(PACKAGE_DIR)],
        template_name="templates",
        exclude_input=not with_code,
        exclude_input_prompt=True,
        exclude_output_prompt=True,
        embed_images=True,
    )
    resources = {
        "metadata": {"name": target.stem},
        "report": {
            "title": title or default_title,
            "parameters": [(str(k), str(v)) for k, v in parameters],
            "error": error,
            "date": date or _now(),
            "version": __version__,
            "with_code": with_code,
            "css": _asset("report.css"),
            "js": js,
            "csp": _csp([js]),
        },
    }
    body, _ = exporter.from_notebook_node(nb, resources=resources)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(body, encoding="utf-8")
    remote = find_remote_resources(body)
    if remote:
        print(f"warning: {target.name} references remote resources (blocked by its policy): {remote[:3]}", file=sys.stderr)
    return target


def _now() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")


#: In a report run, a DataFrame longer than this shows its first rows and links its full CSV.
AUTO_TABLE_ROWS = 40
_STARTUP = """\
def _media_report_setup():
    import warnings

    warnings.filterwarnings("ignore", message="IProgress not found")  # tqdm.auto without ipywidgets
    try:
        from helpers.report import _install_table_formatter

        _install_table_formatter()
    except Exception as exc:  # never stop a notebook for a display nicety
        print("report table formatter not installed:", exc)


_media_report_setup()
del _media_report_setup
"""


def _install_table_formatter(max_rows: int = AUTO_TABLE_ROWS) -> None:
    """In a report run's kernel every DataFrame displays through ``show_table``: sortable, escaped; a long
    one shows its first rows, with the full table as CSV beside the page."""
    from IPython import get_ipython

    shell = get_ipython()
    if shell is None:
        return

    counter = iter(range(1, 1_000_000))

    def frame_html(frame: pd.DataFrame) -> str | None:
        if frame.empty:
            return frame._repr_html_()  # the column names say what would have been there
        index = not isinstance(frame.index, pd.RangeIndex)
        rows = max_rows if len(frame) <= max_rows else max_rows // 2
        name = f"table{next(counter)}"  # in display order: table1.csv ... (written only when needed)
        return show_table(frame, name=name, max_rows=rows, index=index).html

    shell.display_formatter.formatters["text/html"].for_type(pd.DataFrame, frame_html)


@contextlib.contextmanager
def _kernel_env(tables_dir: Path, href: str) -> Iterator[None]:
    """Environment for the kernel: this project's package first, tables folder, no progress bars, and an
    IPython start-up file that summarises long DataFrames (``_install_table_formatter``)."""
    saved = dict(os.environ)
    ipython_dir = Path(tempfile.mkdtemp(prefix="media-ipython-"))
    startup = ipython_dir / "profile_default" / "startup"
    startup.mkdir(parents=True)
    (startup / "00-media-report.py").write_text(_STARTUP, encoding="utf-8")
    os.environ["IPYTHONDIR"] = str(ipython_dir)
    path = os.environ.get("PYTHONPATH", "")
    os.environ["PYTHONPATH"] = str(PROJECT_ROOT) + (os.pathsep + path if path else "")
    os.environ[TABLES_DIR_ENV] = str(tables_dir)
    os.environ[TABLES_HREF_ENV] = href
    os.environ["TQDM_DISABLE"] = "1"
    os.environ.setdefault("PYDEVD_DISABLE_FILE_VALIDATION", "1")
    os.environ.setdefault("JUPYTER_PLATFORM_DIRS", "1")
    os.environ.setdefault("MPLBACKEND", "module://matplotlib_inline.backend_inline")
    try:
        yield
    finally:
        os.environ.clear()
        os.environ.update(saved)
        shutil.rmtree(ipython_dir, ignore_errors=True)


def _declared_parameters(path: Path) -> set[str]:
    import papermill as pm

    try:
        return set(pm.inspect_notebook(str(path)))
    except Exception:  # no parameters cell, or one papermill cannot parse: inject nothing declared
        return set()


def _first_line(source: str) -> str:
    for line in source.splitlines():
        if line.strip():
            return line.strip()[:120]
    return ""


#: seconds nbclient waits for a finished cell's output messages (its default, 4, loses output under load)
_IOPUB_TIMEOUT = 60


def _execute(source: Path, executed: Path, parameters: dict[str, Any], cwd: Path, timeout: int | None) -> tuple[str | None, int | None]:
    """Run one notebook with papermill; ``(error sentence, cell number)`` or ``(None, None)``."""
    import papermill as pm

    try:
        pm.execute_notebook(
            str(source),
            str(executed),
            parameters=parameters,
            kernel_name="python3",
            progress_bar=False,
            log_output=False,
            cwd=str(cwd),
            execution_timeout=timeout,
            # nbclient waits only 4 s (its default) for a cell's output messages after the cell finished, then
            # drops them with a log warning: on a loaded machine a report lost a printed line that way
            iopub_timeout=_IOPUB_TIMEOUT,
        )
    except pm.PapermillExecutionError as exc:
        where = f"cell {exc.exec_count}" if exc.exec_count else f"cell #{exc.cell_index}"
        line = _first_line(exc.source)
        evalue = str(exc.evalue).strip().splitlines()[0] if str(exc.evalue).strip() else ""
        return f"{where} (starting `{line}`) raised {exc.ename}: {evalue}", exc.exec_count
    except Exception as exc:  # the kernel died, timed out or could not start
        return f"the run stopped: {type(exc).__name__}: {str(exc).strip().splitlines()[0] if str(exc).strip() else ''}", None
    return None, None


def _size_label(n: int) -> str:
    return f"{n / 1e6:.1f} MB" if n >= 1e6 else f"{max(n, 1) / 1e3:.0f} kB"


def _resolve_corpus(corpus: str | Path, cwd: Path) -> str:
    """An absolute path when ``corpus`` names an existing file or folder; else as given (a glob)."""
    candidate = Path(corpus).expanduser()
    if not candidate.is_absolute():
        candidate = cwd / candidate
    return str(candidate.resolve()) if candidate.exists() else str(corpus)


def _corpus_summary(corpus: str, language: str | None) -> tuple[list[tuple[str, str]], str | None]:
    try:
        from helpers.corpus import load_corpus
    except ImportError as exc:
        return [], f"helpers.corpus is not available ({exc})"
    try:
        loaded = load_corpus(corpus, language=language) if language else load_corpus(corpus)
        table = summarize_corpus(loaded.articles, problems=loaded.problems, removed=loaded.removed)
    except Exception as exc:  # the notebooks will show the same error in context
        return [], f"{type(exc).__name__}: {exc}"
    return list(table.itertuples(index=False, name=None)), None


def _write_index(
    out: Path,
    results: Sequence[ReportResult],
    *,
    corpus_label: str,
    parameters: Sequence[tuple[str, str]],
    summary: Sequence[tuple[str, str]],
    corpus_error: str | None,
    date: str,
) -> Path:
    import jinja2

    from helpers import __version__

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATE_DIR)),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
    )
    rows = []
    for r in results:
        rows.append(
            {
                "href": r.html.name,
                "title": r.title,
                "summary": r.summary,
                "ok": r.ok,
                "error": r.error or "",
                "seconds_label": f"{r.seconds:.0f} s",
                "size_label": _size_label(r.size_bytes),
                "tables": [{"href": p.relative_to(out).as_posix(), "name": p.name} for p in r.tables],
            }
        )
    page = env.get_template("reports_index.html.j2").render(
        csp=_csp(),
        css=_asset("report.css"),
        version=__version__,
        date=date,
        corpus_label=corpus_label,
        parameters=list(parameters),
        summary=list(summary),
        corpus_error=corpus_error,
        results=rows,
        failed=sum(not r.ok for r in results),
    )
    target = out / "index.html"
    target.write_text(page, encoding="utf-8")
    return target


def run_reports(
    corpus: str | Path = "data",
    *,
    out: str | Path = REPORTS_DIR,
    language: str | None = None,
    group: str | None = None,
    scheme: str | None = None,
    engine: str | None = None,
    scheduler: str | None = None,
    with_code: bool = False,
    notebooks: Sequence[str | Path] | None = None,
    timeout: int | None = 1800,
    progress: bool = True,
) -> list[ReportResult]:
    """Run every notebook with the parameters and write one HTML page each plus ``index.html``.

    Args:
        corpus: the corpus path (a folder, file or glob), resolved against the working directory.
        out: the output folder (created).
        language: ``LANGUAGE`` (``None``: the notebooks detect it).
        group: ``GROUP`` (``None``: the notebooks' default, ``outlet``).
        scheme: ``SCHEME`` for the framing notebook (``None``: its default).
        engine: ``ENGINE`` (``"pandas"``, the notebooks' default, or ``"dask"``).
        scheduler: ``SCHEDULER``: a Dask scheduler address (``None``: a local cluster per notebook).
        with_code: show code cells in the pages.
        notebooks: the notebooks to run (default: every ``notebooks/NN_*.ipynb``, sorted).
        timeout: seconds per cell before the run of that notebook is stopped.
        progress: show a progress bar over notebooks.

    Returns:
        One ``ReportResult`` per notebook, in order; failed runs have ``ok=False`` and ``error``.
    """
    import nbformat
    from tqdm.auto import tqdm

    cwd = Path.cwd()
    out = Path(out)
    if not out.is_absolute():
        out = cwd / out
    out.mkdir(parents=True, exist_ok=True)
    paths = [Path(p) for p in notebooks] if notebooks is not None else discover_notebooks()
    missing = [str(p) for p in paths if not p.is_file()]
    if missing:
        raise FileNotFoundError(f"notebook(s) not found: {', '.join(missing)}")
    resolved = _resolve_corpus(corpus, cwd)
    values = {"CORPUS": resolved, "LANGUAGE": language, "GROUP": group, "SCHEME": scheme, "ENGINE": engine,
              "SCHEDULER": scheduler}
    given = {"CORPUS": str(corpus), "LANGUAGE": language, "GROUP": group, "SCHEME": scheme, "ENGINE": engine,
             "SCHEDULER": scheduler}
    shown = [(k, str(v)) for k, v in given.items() if v is not None]
    shown.append(("code", "shown" if with_code else "hidden"))
    date = _now()
    summary, corpus_error = _corpus_summary(resolved, language)
    results: list[ReportResult] = []
    used: set[str] = set()
    bar = tqdm(paths, desc="notebooks", unit="nb", disable=not progress, file=sys.stderr)
    with tempfile.TemporaryDirectory(prefix="media-report-") as tmp:
        for path in bar:
            bar.set_postfix_str(path.stem)
            target = out / f"{path.stem}.html"
            tables_dir = out / f"{path.stem}_tables"
            if tables_dir.is_dir():
                shutil.rmtree(tables_dir)
            declared = _declared_parameters(path)
            params = {k: values[k] for k in PARAMETER_NAMES if k in declared and (k == "CORPUS" or values[k] is not None)}
            executed = Path(tmp) / path.name
            t0 = time.perf_counter()
            with _kernel_env(tables_dir, tables_dir.name):
                error, cell = _execute(path, executed, params, cwd, timeout)
            seconds = time.perf_counter() - t0
            used.update(params)
            title, line = _describe_notebook(nbformat.read(str(path), as_version=4), path.stem)
            source_nb = nbformat.read(str(executed if executed.exists() else path), as_version=4)
            try:
                export_html(
                    source_nb, target, with_code=with_code, title=title, parameters=shown, error=error, date=date
                )
            except Exception as exc:  # export must not stop the others
                error = (error + "; " if error else "") + f"HTML export failed: {type(exc).__name__}: {exc}"
                target.write_text(
                    f"<!DOCTYPE html><meta charset='utf-8'><title>{html.escape(title)}</title>"
                    f"<p>{html.escape(error)}</p>",
                    encoding="utf-8",
                )
            tables = sorted(tables_dir.glob("*.csv")) if tables_dir.is_dir() else []
            result = ReportResult(path, target, title, line, error is None, error, cell, seconds, tables)
            results.append(result)
            if error:
                tqdm.write(f"FAILED {path.name}: {error}", file=sys.stderr)
    unused = [k for k in PARAMETER_NAMES[1:] if values[k] is not None and k not in used]
    if unused and paths:
        tqdm.write(f"note: no notebook declares {', '.join(unused)}; ignored", file=sys.stderr)
    label = str(corpus)
    _write_index(out, results, corpus_label=label, parameters=shown, summary=summary, corpus_error=corpus_error, date=date)
    manifest = {
        "date": date,
        "parameters": dict(shown),
        "reports": [
            {"notebook": r.notebook.name, "html": r.html.name, "ok": r.ok, "error": r.error, "seconds": round(r.seconds, 1)}
            for r in results
        ],
    }
    (out / "reports.json").write_text(json.dumps(manifest, indent=2), encoding="utf-8")
    return results
