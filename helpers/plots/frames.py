"""Figures for framing (notebook 04): prevalence by group, frames over time, actor x frame,
named agents of aggression, and agreement with manual coding.

Each function reads a table made by ``helpers.frames`` and returns a matplotlib ``Figure`` (not
registered with pyplot, so Jupyter shows it once); an empty table gives a "no data" message.
Labels from the corpus are plain text (``$`` escaped, never mathtext).
"""

from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from helpers.plots._base import new_figure, no_data, plain
from helpers.tables import require_columns


def _plain(text: object, limit: int = 40) -> str:
    return plain(text, limit)


def _fig(width: float = 7.5, height: float = 3.6) -> tuple[Figure, object]:
    return new_figure(width, height)


__all__ = [
    "plot_actor_frames",
    "plot_agreement",
    "plot_frame_agents",
    "plot_frame_prevalence",
    "plot_frame_shares",
    "plot_frame_trends",
]

_PALETTE = ("#3b75af", "#e1812c", "#3a923a", "#c03d3e", "#9372b2", "#845b53", "#d684bd", "#7f7f7f", "#bcbd22", "#17becf")
_VALUE_LABELS = {
    "share_present": "share of articles with the frame",
    "mean_per_1k": "frame terms per 1,000 words (mean)",
    "mean_hits": "frame terms per article (mean)",
    "share": "share of the actor's quotes with the frame",
    "quotes_with_frame": "quotes with the frame",
    "mentions": "times named as agent",
}








def _no_data(fig: Figure, ax: object, message: str, title: str) -> Figure:
    ax.set_title(_plain(title, 80), loc="left", fontsize=11)
    no_data(ax, message)
    return fig


def _heatmap(matrix: pd.DataFrame, *, title: str, value: str, fmt: str, width: float | None = None) -> Figure:
    n_rows, n_cols = matrix.shape
    fig, ax = _fig(width or max(6.0, 1.5 + 0.95 * n_cols + 0.08 * max(len(str(i)) for i in matrix.index)), max(2.8, 1.6 + 0.4 * n_rows))
    data = matrix.to_numpy(dtype=float)
    if value in {"share_present", "share"}:
        vmax = 1.0  # shares on one fixed scale, comparable between figures
    else:
        vmax = np.nanmax(data) if np.isfinite(data).any() else 1.0
    im = ax.imshow(data, aspect="auto", cmap="Blues", vmin=0, vmax=vmax if vmax > 0 else 1.0)
    ax.set_xticks(range(n_cols), [_plain(c, 22) for c in matrix.columns], rotation=30, ha="right", fontsize=9)
    ax.set_yticks(range(n_rows), [_plain(i, 40) for i in matrix.index], fontsize=9)
    for r in range(n_rows):
        for c in range(n_cols):
            v = data[r, c]
            if np.isfinite(v):
                ax.text(c, r, format(v, fmt), ha="center", va="center", fontsize=8,
                        color="white" if vmax and v > 0.6 * vmax else "#1f2328")
    ax.set_title(_plain(title, 90), loc="left", fontsize=11)
    bar = fig.colorbar(im, ax=ax, shrink=0.9)
    bar.set_label(_VALUE_LABELS.get(value, value), fontsize=8)
    return fig


def _frame_order(values: pd.Series) -> list[str]:
    return list(dict.fromkeys(values))


def plot_frame_shares(prevalence: pd.DataFrame, *, value: str = "share_present", title: str | None = None) -> Figure:
    """Horizontal bars: one per frame, its prevalence in the corpus (from ``helpers.frame_prevalence``).

    Args:
        prevalence: ``frame``, ``n_articles`` and ``value`` (``share_present`` or ``mean_per_1k``).
    """
    require_columns(prevalence, ["frame", "n_articles", value], table="frame prevalence")
    title = title or "How common is each frame"
    if prevalence.empty:
        fig, ax = _fig(6, 2.5)
        return _no_data(fig, ax, "No scored articles", title)
    frames = list(prevalence["frame"])[::-1]
    vals = prevalence[value].to_numpy(dtype=float)[::-1]
    fig, ax = _fig(7.5, 1.0 + 0.38 * len(frames))
    ax.barh(range(len(frames)), vals, color=_PALETTE[0])
    for y, v in enumerate(vals):
        ax.text(v, y, f" {v:.2f}" if value == "share_present" else f" {v:.1f}", va="center", fontsize=8)
    ax.set_yticks(range(len(frames)), [_plain(f, 30) for f in frames], fontsize=9)
    if value == "share_present":
        ax.set_xlim(0, 1.08)
    ax.set_xlabel(_VALUE_LABELS.get(value, value))
    n = int(prevalence["n_articles"].max())
    ax.set_title(_plain(f"{title} (n={n} articles)", 90), loc="left", fontsize=11)
    return fig


def plot_frame_prevalence(by_group: pd.DataFrame, *, value: str = "share_present", top: int = 25, title: str | None = None) -> Figure:
    """Heatmap: groups (rows) x frames (columns), the frame's prevalence in each group.

    Args:
        by_group: from ``helpers.frames_by_group``: the group column first, ``frame`` and ``value``.
        value: ``share_present`` (default), ``mean_per_1k`` or ``mean_hits``.
        top: how many groups (those with most articles).
        title: figure title.
    """
    require_columns(by_group, ["frame", value, "n_articles"], table="frames by group")
    group = by_group.columns[0]
    title = title or f"Frames by {group}"
    if by_group.empty:
        fig, ax = _fig(6, 2.5)
        return _no_data(fig, ax, "No scored articles", title)
    sizes = by_group.groupby(group, sort=False)["n_articles"].max().sort_values(ascending=False, kind="stable")
    keep = list(sizes.index[:top])
    matrix = by_group[by_group[group].isin(keep)].pivot(index=group, columns="frame", values=value)
    matrix = matrix.reindex(index=keep, columns=_frame_order(by_group["frame"]))
    matrix.index = [f"{g} (n={int(sizes[g])})" for g in keep]
    return _heatmap(matrix, title=title, value=value, fmt=".2f" if value == "share_present" else ".1f")


def plot_frame_trends(trends: pd.DataFrame, *, value: str = "share_present", frames: list[str] | None = None, title: str | None = None) -> Figure:
    """Lines: each frame's prevalence per period (from ``helpers.frame_trends``, one group only),
    over grey bars of the number of articles per period (when ``n_articles`` is in the table).

    Args:
        trends: ``period``, ``frame``, ``value`` (and ``n_articles``).
        value: ``share_present`` (default), ``mean_per_1k`` or ``mean_hits``.
        frames: which frames (default all).
    """
    require_columns(trends, ["period", "frame", value], table="frame trends")
    title = title or "Frames over time"
    fig, ax = _fig(8, 3.8)
    data = trends if frames is None else trends[trends["frame"].isin(frames)]
    if data.empty:
        undated = trends.attrs.get("undated_articles")
        msg = "No dated articles" + (f" ({undated} without a date)" if undated else "")
        return _no_data(fig, ax, msg, title)
    if data["period"].nunique() == 1:
        ax.set_title(_plain(title, 90), loc="left", fontsize=11)
        frames_ = _frame_order(data["frame"])
        vals = data.groupby("frame", sort=False)[value].mean().reindex(frames_)
        ax.bar(range(len(frames_)), vals.to_numpy(), color=[_PALETTE[i % len(_PALETTE)] for i in range(len(frames_))])
        ax.set_xticks(range(len(frames_)), [_plain(f, 22) for f in frames_], rotation=30, ha="right", fontsize=9)
        ax.set_ylabel(_VALUE_LABELS.get(value, value))
        ax.text(0.99, 0.97, f"one period: {pd.Timestamp(data['period'].iloc[0]).date()}", ha="right", va="top",
                transform=ax.transAxes, fontsize=9, color="#59636e")
        return fig
    if "n_articles" in data.columns:
        # articles per period in light grey behind the lines: a spike over 2 articles means little
        counts = data.groupby("period", sort=True)["n_articles"].max()
        twin = ax.twinx()
        widths = (counts.index.to_series().diff().dt.days.median() or 1) * 0.8 if len(counts) > 1 else 1
        twin.bar(counts.index, counts.to_numpy(), width=widths, color="#d0d7de", alpha=0.5, zorder=0)
        twin.set_ylabel("articles per period", fontsize=8, color="#59636e")
        twin.tick_params(axis="y", labelsize=8, colors="#59636e")
        ax.set_zorder(twin.get_zorder() + 1)
        ax.patch.set_visible(False)
    for i, frame in enumerate(_frame_order(data["frame"])):
        sub = data[data["frame"] == frame].sort_values("period", kind="stable")
        ax.plot(sub["period"], sub[value], marker="o", ms=3, lw=1.5, color=_PALETTE[i % len(_PALETTE)], label=_plain(frame, 30))
    ax.set_title(_plain(title, 90), loc="left", fontsize=11)
    ax.set_ylabel(_VALUE_LABELS.get(value, value))
    ax.legend(fontsize=8, frameon=False, loc="upper left", bbox_to_anchor=(1.12, 1.0))
    ax.grid(axis="y", alpha=0.3)
    fig.autofmt_xdate()
    return fig


def plot_actor_frames(actor_frames: pd.DataFrame, *, value: str = "share", top: int = 15, title: str | None = None) -> Figure:
    """Heatmap: actors (rows, those with most quotes) x frames, from ``helpers.frames_by_actor``.

    Args:
        actor_frames: ``speaker_name``, ``frame``, ``n_quotes`` and ``value``.
        value: ``share`` (default: share of the actor's quotes carrying the frame) or ``quotes_with_frame``.
        top: how many actors.
    """
    require_columns(actor_frames, ["speaker_name", "frame", "n_quotes", value], table="frames by actor")
    title = title or "Who carries which frame (quotes)"
    if actor_frames.empty:
        fig, ax = _fig(6, 2.5)
        return _no_data(fig, ax, "No quotes with a speaker", title)
    sizes = actor_frames.groupby("speaker_name", sort=False)["n_quotes"].max()
    sizes = sizes.sort_values(ascending=False, kind="stable")
    keep = list(sizes.index[:top])
    matrix = actor_frames[actor_frames["speaker_name"].isin(keep)].pivot(index="speaker_name", columns="frame", values=value)
    matrix = matrix.reindex(index=keep, columns=_frame_order(actor_frames["frame"]))
    matrix.index = [f"{a} ({int(sizes[a])})" for a in keep]
    return _heatmap(matrix, title=title, value=value, fmt=".2f" if value == "share" else ".0f")


def plot_frame_agents(counts: pd.DataFrame, *, top: int = 12, title: str | None = None) -> Figure:
    """Horizontal bars: how often each actor is named as the agent of aggression, stacked by group.

    Args:
        counts: from ``helpers.agent_counts``: optional group column first, then ``agent``, ``mentions``.
        top: how many agents (most named first).
    """
    require_columns(counts, ["agent", "mentions"], table="agent counts")
    title = title or "Named as the agent of aggression"
    if counts.empty:
        fig, ax = _fig(6, 2.5)
        return _no_data(fig, ax, "No agent named in an aggression sentence", title)
    group = counts.columns[0] if counts.columns[0] != "agent" else None
    totals = counts.groupby("agent")["mentions"].sum().sort_values(ascending=False, kind="stable")
    totals = totals.iloc[:top]
    agents = list(totals.index)[::-1]
    fig, ax = _fig(7.5, 1.2 + 0.35 * len(agents))
    left = np.zeros(len(agents))
    groups = _frame_order(counts[group]) if group else [None]
    for i, g in enumerate(groups):
        sub = counts if g is None else counts[counts[group] == g]
        vals = sub.groupby("agent")["mentions"].sum().reindex(agents).fillna(0).to_numpy()
        ax.barh(range(len(agents)), vals, left=left, color=_PALETTE[i % len(_PALETTE)], label=None if g is None else _plain(g, 30))
        left += vals
    ax.set_yticks(range(len(agents)), [_plain(a, 40) for a in agents], fontsize=9)
    ax.set_xlabel(_VALUE_LABELS["mentions"])
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.set_title(_plain(title, 90), loc="left", fontsize=11)
    if group and len(groups) > 1:
        ax.legend(fontsize=8, frameon=False, loc="lower right")
    return fig


def plot_agreement(table: pd.DataFrame, *, metrics: tuple[str, ...] = ("f1", "alpha"), title: str | None = None) -> Figure:
    """Grouped bars: per frame and comparison, F1 and Krippendorff's alpha (from ``helpers.agreement``).

    Undefined values (NaN: no positives, a single value) are marked "n/a"; ``n`` is shown per frame.
    """
    require_columns(table, ["comparison", "frame", "n", *metrics], table="agreement")
    title = title or "Automatic vs manual coding"
    if table.empty:
        fig, ax = _fig(6, 2.5)
        return _no_data(fig, ax, "No coded articles", title)
    frames = _frame_order(table["frame"])
    comparisons = _frame_order(table["comparison"])
    bars = [(c, m) for c in comparisons for m in metrics]
    fig, ax = _fig(max(7.0, 1.1 * len(frames) + 2), 4.0)
    width = 0.8 / len(bars)
    for j, (comp, metric) in enumerate(bars):
        sub = table[table["comparison"] == comp].set_index("frame").reindex(frames)
        vals = sub[metric].to_numpy(dtype=float)
        xs = np.arange(len(frames)) + (j - (len(bars) - 1) / 2) * width
        color = _PALETTE[j % len(_PALETTE)]
        ax.bar(xs, np.nan_to_num(vals, nan=0.0), width=width * 0.95, color=color, label=_plain(f"{metric}: {comp}", 50))
        for x, v in zip(xs, vals, strict=True):
            if not np.isfinite(v):
                ax.text(x, 0.02, "n/a", ha="center", va="bottom", fontsize=7, rotation=90, color="#59636e")
    ns = table.groupby("frame", sort=False)["n"].max().reindex(frames)
    ax.set_xticks(range(len(frames)), [f"{_plain(f, 22)}\n(n={int(n)})" for f, n in zip(frames, ns, strict=True)], fontsize=8)
    lo = min(0.0, float(np.nanmin(table[list(metrics)].to_numpy(dtype=float))) if np.isfinite(table[list(metrics)].to_numpy(dtype=float)).any() else 0.0)
    ax.set_ylim(lo - 0.05 if lo < 0 else 0, 1.05)
    ax.axhline(0.667, color="#59636e", lw=0.8, ls="--")
    ax.text(len(frames) - 0.5, 0.675, "alpha 0.667", ha="right", va="bottom", fontsize=7, color="#59636e")
    ax.set_title(_plain(title, 90), loc="left", fontsize=11)
    ax.legend(fontsize=8, frameon=False, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    ax.grid(axis="y", alpha=0.3)
    return fig
