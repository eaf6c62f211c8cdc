"""Figures for the corpus overview (notebook 01): articles per group, over time, and their lengths.

Each function reads a table made by ``helpers.report`` (``articles_by``, ``articles_over_time``) or
the articles table itself, returns a matplotlib ``Figure`` (not registered with pyplot, so Jupyter
shows it exactly once) and draws a "no data" message on an empty table. Labels from the corpus are
plain text: ``$`` is escaped so an outlet name never turns into mathtext.
"""

from __future__ import annotations

import pandas as pd
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from helpers.plots._base import new_figure, no_data, plain
from helpers.tables import dask_collects, require_columns


def _plain(text: object, limit: int = 60) -> str:
    return plain(text, limit)


def _fig(width: float = 7.5, height: float = 3.6) -> tuple[Figure, object]:
    return new_figure(width, height)


__all__ = ["plot_articles_by", "plot_articles_over_time", "plot_length_distribution"]

_COLOR = "#3b75af"
_PALETTE = ("#3b75af", "#e1812c", "#3a923a", "#c03d3e", "#9372b2", "#845b53", "#d684bd", "#7f7f7f")










def plot_articles_by(counts: pd.DataFrame, *, top: int = 20, title: str | None = None) -> Figure:
    """Horizontal bars: articles per group, largest on top.

    Args:
        counts: from ``helpers.articles_by``: the group column first, then ``articles``.
        top: how many groups to draw (the rest are summed into one bar, "other (N)").
        title: the figure title (default: "Articles by <group>").

    Returns:
        The Figure.
    """
    require_columns(counts, ["articles"], table="counts")
    group = counts.columns[0]
    fig, ax = _fig(7.5, 0.8 + 0.32 * min(max(len(counts), 1), top + 1))
    ax.set_title(_plain(title or f"Articles by {group}"), loc="left", fontsize=11)
    if counts.empty:
        no_data(ax, "No articles")
        return fig
    data = counts[[group, "articles"]].sort_values(["articles", group], ascending=[False, True], kind="stable")
    labels = [_plain(v) for v in data[group].head(top)]
    values = [int(v) for v in data["articles"].head(top)]
    if len(data) > top:
        labels.append(f"other ({len(data) - top:,})")
        values.append(int(data["articles"].iloc[top:].sum()))
    positions = list(range(len(values)))[::-1]
    ax.barh(positions, values, color=_COLOR)
    ax.set_yticks(positions, labels)
    for y, v in zip(positions, values, strict=True):
        ax.text(v, y, f" {v:,}", va="center", fontsize=8)
    ax.set_xlabel("articles")
    ax.set_xlim(0, max(values) * 1.12)
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.spines[["top", "right"]].set_visible(False)
    return fig


def plot_articles_over_time(timeline: pd.DataFrame, *, title: str | None = None) -> Figure:
    """Articles per period (day, week, month or year), one line per group when the table has one.

    Args:
        timeline: from ``helpers.articles_over_time``: ``period``, ``freq``, [group], ``articles``.
        title: the figure title.

    Returns:
        The Figure; "No dated articles" when the table is empty.
    """
    require_columns(timeline, ["period", "articles"], table="timeline")
    fig, ax = _fig()
    if timeline.empty:
        ax.set_title(_plain(title or "Articles over time"), loc="left", fontsize=11)
        no_data(ax, "No dated articles")
        return fig
    freq = str(timeline["freq"].iloc[0]) if "freq" in timeline.columns else "period"
    ax.set_title(_plain(title or f"Articles per {freq}"), loc="left", fontsize=11)
    extra = [c for c in timeline.columns if c not in ("period", "freq", "articles")]
    periods = pd.to_datetime(timeline["period"])
    if extra:
        group = extra[0]
        totals = timeline.groupby(group)["articles"].sum()
        order = sorted(totals.index, key=lambda g: (-totals[g], str(g)))
        for i, name in enumerate(order[: len(_PALETTE)]):
            part = timeline[timeline[group] == name]
            ax.plot(pd.to_datetime(part["period"]), part["articles"], marker="o", ms=3, lw=1.4,
                    color=_PALETTE[i], label=_plain(name))
        ax.legend(fontsize=8, frameon=False, loc="upper left", bbox_to_anchor=(1, 1))
    elif len(timeline) <= 3:
        labels = [f"{p:%Y-%m-%d}" for p in periods]
        ax.bar(labels, timeline["articles"], width=0.5, color=_COLOR)
    else:
        ax.fill_between(periods, timeline["articles"], step="post", alpha=0.25, color=_COLOR)
        ax.step(periods, timeline["articles"], where="post", color=_COLOR, lw=1.4)
    ax.set_ylabel("articles")
    ax.set_ylim(bottom=0)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.spines[["top", "right"]].set_visible(False)
    if len(timeline) > 3 or extra:
        fig.autofmt_xdate()
    return fig


@dask_collects(("n_words",))
def plot_length_distribution(articles: pd.DataFrame, *, bins: int = 30, title: str | None = None) -> Figure:
    """Histogram of article length in words, with the median marked.

    Args:
        articles: the articles table; reads ``n_words``.
        bins: number of bins (fewer when there are few articles).
        title: the figure title.

    Returns:
        The Figure; "No articles" when the table is empty.
    """
    require_columns(articles, ["n_words"])
    fig, ax = _fig()
    ax.set_title(_plain(title or "Article length"), loc="left", fontsize=11)
    words = pd.to_numeric(articles["n_words"], errors="coerce").dropna()
    if words.empty:
        no_data(ax, "No articles")
        return fig
    ax.hist(words, bins=max(1, min(bins, len(words))), color=_COLOR, edgecolor="white")
    median = float(words.median())
    ax.axvline(median, color="#c03d3e", lw=1.2, ls="--")
    ax.text(median, ax.get_ylim()[1] * 0.95, f" median {median:,.0f} words", color="#c03d3e", fontsize=8, va="top")
    ax.set_xlabel("words per article")
    ax.set_ylabel("articles")
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.spines[["top", "right"]].set_visible(False)
    return fig
