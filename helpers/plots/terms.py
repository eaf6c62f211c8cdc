"""Figures for term frequency: top terms, word clouds, keyness, term trends.

Each function reads a table made by :mod:`helpers.terms` and returns a matplotlib Figure; none
computes an analysis, none calls ``show()``. Empty tables give a figure with a "no data" message.
"""

from __future__ import annotations

import math
import zlib
from typing import Any

import matplotlib
import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from helpers.plots._base import new_figure, no_data, plain

__all__ = ["plot_keyness", "plot_term_trends", "plot_top_terms", "plot_wordcloud", "term_color"]

_PALETTE = matplotlib.colormaps["tab20"].colors + matplotlib.colormaps["Dark2"].colors


def term_color(term: str) -> str:
    """A colour fixed by the term itself (CRC32), so a term has the same colour in every figure."""
    r, g, b = _PALETTE[zlib.crc32(str(term).encode("utf-8")) % len(_PALETTE)][:3]
    return f"#{int(r * 255):02x}{int(g * 255):02x}{int(b * 255):02x}"


def _no_data(message: str = "no data") -> Figure:
    fig, ax = new_figure(6, 2)
    no_data(ax, message)
    return fig


def _panels(groups: list[Any], ncols: int, width: float, height: float) -> tuple[Figure, list[Any]]:
    n = max(len(groups), 1)
    ncols = max(1, min(ncols, n))
    nrows = math.ceil(n / ncols)
    fig, axes = new_figure(width * ncols, height * nrows, nrows=nrows, ncols=ncols, squeeze=False)
    flat = list(axes.ravel())
    for ax in flat[n:]:
        ax.set_axis_off()
    return fig, flat[:n]


def _group_values(table: pd.DataFrame, by: str | None) -> list[Any]:
    if by is None:
        return [None]
    return sorted(pd.unique(table[by].astype("object")), key=lambda g: str(g))


def _label_column(table: pd.DataFrame) -> str:
    return "form" if "form" in table.columns else "term"


def plot_top_terms(
    counts: pd.DataFrame,
    *,
    by: str | None = None,
    top: int = 15,
    value: str = "count",
    ncols: int = 3,
    title: str | None = None,
) -> Figure:
    """Horizontal bar chart of the most frequent terms; one panel per group (small multiples).

    Args:
        counts: a :func:`helpers.terms.term_counts` table (``term``, ``count``, ``share``, [``by``],
            [``form``]: used as the label when present).
        by: the group column (one panel per group), or None.
        top: bars per panel.
        value: ``"count"``, ``"articles"`` or ``"share"``.
    """
    if counts is None or counts.empty:
        return _no_data("no terms to show")
    label = _label_column(counts)
    groups = _group_values(counts, by)
    fig, axes = _panels(groups, ncols, 4.2, 0.28 * top + 1.2)
    for ax, group in zip(axes, groups, strict=True):
        sub = counts if group is None else counts[counts[by].astype("object") == group]
        sub = sub.sort_values([value, "term"], ascending=[False, True], kind="stable").head(top)
        labels = [plain(x, 40) for x in sub[label].astype(str).tolist()[::-1]]
        vals = sub[value].to_numpy()[::-1]
        ax.barh(range(len(vals)), vals, color=[term_color(t) for t in sub["term"].astype(str).tolist()[::-1]])
        ax.set_yticks(range(len(vals)), labels, fontsize=9)
        ax.set_xlabel(value)
        if group is not None:
            ax.set_title(plain(group), fontsize=11)
        ax.spines[["top", "right"]].set_visible(False)
    if title:
        fig.suptitle(plain(title))
    return fig


def plot_wordcloud(
    counts: pd.DataFrame,
    *,
    by: str | None = None,
    max_words: int = 100,
    random_state: int = 0,
    ncols: int = 2,
    width: int = 800,
    height: int = 450,
) -> Figure:
    """Word cloud of term counts, one per group; a term keeps its colour in every cloud.

    Args:
        counts: a :func:`helpers.terms.term_counts` table (``term``, ``count``, [``by``], [``form``]).
        by: the group column (one cloud per group), or None.
        max_words: words per cloud.
        random_state: seeds the layout, so the same table gives the same picture.
    """
    from wordcloud import WordCloud

    if counts is None or counts.empty:
        return _no_data("no terms to show")
    label = _label_column(counts)
    groups = _group_values(counts, by)
    fig, axes = _panels(groups, ncols, 6.0, 3.6)
    for ax, group in zip(axes, groups, strict=True):
        sub = counts if group is None else counts[counts[by].astype("object") == group]
        sub = sub.sort_values(["count", "term"], ascending=[False, True], kind="stable").head(max_words)
        freqs: dict[str, float] = {}
        colour_of: dict[str, str] = {}
        for lab, term, c in zip(sub[label].astype(str), sub["term"].astype(str), sub["count"], strict=True):
            freqs[lab] = freqs.get(lab, 0) + float(c)
            colour_of.setdefault(lab, term_color(term))
        if not freqs:
            no_data(ax, "no terms")
            continue
        cloud = WordCloud(width=width, height=height, background_color="white", random_state=random_state,
                          max_words=max_words, prefer_horizontal=0.9, collocations=False,
                          color_func=_colour_func(colour_of))
        cloud.generate_from_frequencies(freqs)
        ax.imshow(cloud.to_array(), interpolation="bilinear")
        ax.set_axis_off()
        if group is not None:
            ax.set_title(plain(group), fontsize=11)
    return fig


def _colour_func(colours: dict[str, str]) -> Any:
    def colour(word: str, **_: Any) -> str:
        return colours.get(word, "#333333")

    return colour


def plot_keyness(key: pd.DataFrame, *, top: int = 15, value: str = "g2") -> Figure:
    """Diverging bar chart: the terms most distinctive of the target (right) and of the reference (left).

    Args:
        key: a :func:`helpers.terms.keyness` table (``term``, ``g2``, ``log_ratio``, ``direction``;
            ``attrs`` ``target``/``reference`` name the sides).
        top: terms per side.
        value: ``"g2"`` (log-likelihood) or ``"log_ratio"`` (effect size); bars point left for the reference.
    """
    if key is None or key.empty:
        return _no_data("no keyness to show (too few words or one group only)")
    target = key.attrs.get("target", "target")
    reference = key.attrs.get("reference", "reference")
    tgt = key[key["direction"] == "target"].sort_values(["g2", "term"], ascending=[False, True]).head(top)
    ref = key[key["direction"] == "reference"].sort_values(["g2", "term"], ascending=[False, True]).head(top)
    # bottom to top: the reference's strongest terms at the bottom, the target's at the top
    rows = pd.concat([ref, tgt.iloc[::-1]])
    vals = rows[value].abs().to_numpy() * np.where(rows["direction"] == "target", 1, -1)
    fig, ax = new_figure(7, 0.3 * len(rows) + 1.5)
    colours = np.where(rows["direction"] == "target", "#1f77b4", "#d62728")
    ax.barh(range(len(rows)), vals, color=colours)
    ax.set_yticks(range(len(rows)), [plain(t, 40) for t in rows["term"].astype(str)], fontsize=9)
    ax.axvline(0, color="#444444", linewidth=0.8)
    ax.set_xlabel(f"{'G2 (log-likelihood)' if value == 'g2' else 'Log Ratio'}: ← {plain(reference)} | {plain(target)} →")
    ax.set_title(f"Keyness: {plain(target)} vs {plain(reference)}")
    ax.spines[["top", "right"]].set_visible(False)
    return fig


def plot_term_trends(trends: pd.DataFrame, *, value: str = "per_1k", by: str | None = None, ncols: int = 2) -> Figure:
    """Lines of each term over time; one panel per group when ``by`` is given.

    Args:
        trends: a :func:`helpers.terms.term_trends` table (``period``, ``term``, ``count``, ``per_1k``, [``by``]).
        value: ``"per_1k"`` (per 1,000 words) or ``"count"``.
        by: the group column of the table, or None.
    """
    if trends is None or trends.empty:
        return _no_data("no dated articles: no trends to show")
    groups = _group_values(trends, by)
    fig, axes = _panels(groups, ncols, 6.0, 3.2)
    for ax, group in zip(axes, groups, strict=True):
        sub = trends if group is None else trends[trends[by].astype("object") == group]
        for term in sorted(pd.unique(sub["term"].astype(str))):
            line = sub[sub["term"].astype(str) == term].sort_values("period")
            ax.plot(line["period"], line[value], marker="o", markersize=3, label=plain(term), color=term_color(term))
        ax.set_ylabel("per 1,000 words" if value == "per_1k" else value)
        if group is not None:
            ax.set_title(plain(group), fontsize=11)
        ax.legend(fontsize=8, frameon=False)
        ax.spines[["top", "right"]].set_visible(False)
        ax.tick_params(axis="x", labelrotation=30, labelsize=8)
    return fig
