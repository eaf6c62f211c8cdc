"""Figures for quoted actors: each function reads a table made by ``helpers.quotes`` and returns a
matplotlib Figure; none computes an analysis, none calls ``show()``; an empty table gives a figure
with a clear "no data" message. Figures are made with ``helpers.plots._base.new_figure`` (not
registered with pyplot, so Jupyter shows each exactly once); labels from the corpus are plain text
(``$`` escaped, long names shortened).
"""

from __future__ import annotations

import networkx as nx
import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from helpers.plots._base import new_figure, no_data, plain
from helpers.tables import require_columns

__all__ = [
    "plot_top_actors",
    "plot_actors_by_group",
    "plot_quote_shares",
    "plot_quotes_over_time",
    "plot_actor_network",
]

_COLORS = {"direct": "#1f77b4", "indirect": "#ff7f0e", "mixed": "#2ca02c"}


def _no_data(message: str, title: str, *, width: float = 7.0, height: float = 3.0) -> Figure:
    fig, ax = new_figure(width, height)
    ax.set_title(plain(title, 90))
    no_data(ax, message)
    return fig


def _short(label: object, n: int = 40) -> str:
    return plain(label, n)


def plot_top_actors(actors_table: pd.DataFrame, *, n: int = 20, title: str = "Most-quoted actors") -> Figure:
    """Horizontal bars of the ``n`` most-quoted actors, split into direct and indirect quotes.

    Args:
        actors_table: from :func:`helpers.quotes.actors` (``actor``, ``n_direct``, ``n_indirect``).
    """
    require_columns(actors_table, ["actor", "n_direct", "n_indirect"], table="actors")
    if actors_table.empty:
        return _no_data("No quoted actors in this corpus", title)
    top = actors_table.assign(_n=actors_table["n_direct"] + actors_table["n_indirect"])
    top = top.sort_values(["_n", "actor"], ascending=[False, True], kind="stable").head(n).iloc[::-1]
    fig, ax = new_figure(8, 0.35 * len(top) + 1.5)
    y = np.arange(len(top))
    ax.barh(y, top["n_direct"], color=_COLORS["direct"], label="direct")
    ax.barh(y, top["n_indirect"], left=top["n_direct"], color=_COLORS["indirect"], label="indirect / mixed")
    ax.set_yticks(y, [_short(a) for a in top["actor"]])
    ax.set_xlabel("quotes")
    ax.set_title(plain(title, 90))
    ax.legend(loc="lower right")
    return fig


def plot_actors_by_group(table: pd.DataFrame, *, title: str = "Quotes per actor and outlet") -> Figure:
    """Heatmap of quotes per actor (rows) and group (columns), with the counts written in the cells.

    Args:
        table: from :func:`helpers.quotes.actor_counts_by` (index actor, one column per group).
    """
    if table.empty or table.shape[1] == 0:
        return _no_data("No quoted actors to compare across groups", title)
    values = table.to_numpy(dtype=float)
    fig, ax = new_figure(1.0 * table.shape[1] + 4, 0.35 * table.shape[0] + 2)
    im = ax.imshow(values, aspect="auto", cmap="Blues")
    ax.set_xticks(range(table.shape[1]), [_short(c, 25) for c in table.columns], rotation=45, ha="right")
    ax.set_yticks(range(table.shape[0]), [_short(i) for i in table.index])
    top = values.max() if values.size else 0
    for i in range(values.shape[0]):
        for j in range(values.shape[1]):
            if values[i, j]:
                ax.text(j, i, int(values[i, j]), ha="center", va="center", fontsize=8,
                        color="white" if values[i, j] > top / 2 else "black")
    fig.colorbar(im, ax=ax, label="quotes")
    ax.set_title(plain(title, 90))
    return fig


def plot_quote_shares(shares: pd.DataFrame, *, title: str = "Share of quotes") -> Figure:
    """Horizontal bars of the share of quotes per actor type, role or kind.

    Args:
        shares: from :func:`helpers.quotes.quote_shares` (``value``, ``n_quotes``, ``share``).
    """
    require_columns(shares, ["value", "n_quotes", "share"], table="quote shares")
    if shares.empty or shares["n_quotes"].sum() == 0:
        return _no_data("No quotes in this corpus", title)
    data = shares.iloc[::-1]
    fig, ax = new_figure(8, 0.4 * len(data) + 1.5)
    y = np.arange(len(data))
    ax.barh(y, data["share"] * 100, color="#4c72b0")
    for yi, (pct, n) in enumerate(zip(data["share"] * 100, data["n_quotes"], strict=True)):
        ax.text(pct, yi, f" {pct:.0f}% ({n})", va="center", fontsize=8)
    ax.set_yticks(y, [_short(v) for v in data["value"]])
    ax.set_xlabel("% of quotes")
    ax.set_xlim(0, max(100.0, float((data["share"] * 100).max()) * 1.2))
    ax.set_title(plain(title, 90))
    return fig


def plot_quotes_over_time(table: pd.DataFrame, *, title: str = "Quotes over time") -> Figure:
    """Stacked bars of direct, indirect and mixed quotes per period.

    Args:
        table: from :func:`helpers.quotes.quotes_over_time` (index period, kind columns).
    """
    if table.empty or table.to_numpy().sum() == 0:
        return _no_data("No dated quotes in this corpus", title)
    fig, ax = new_figure(9, 3.5)
    x = np.arange(len(table))
    bottom = np.zeros(len(table))
    for kind in [c for c in ("direct", "indirect", "mixed") if c in table.columns]:
        vals = table[kind].to_numpy(dtype=float)
        ax.bar(x, vals, bottom=bottom, color=_COLORS[kind], label=kind)
        bottom += vals
    labels = [pd.Timestamp(p).strftime("%Y-%m-%d") for p in table.index]
    step = max(1, len(labels) // 12)
    ax.set_xticks(x[::step], labels[::step], rotation=45, ha="right")
    ax.set_ylabel("quotes")
    ax.set_title(plain(title, 90))
    ax.legend()
    return fig


def plot_actor_network(
    edges: pd.DataFrame,
    actors_table: pd.DataFrame | None = None,
    *,
    seed: int = 42,
    title: str = "Actors quoted in the same articles",
) -> Figure:
    """Co-occurrence network: nodes are actors (sized by quotes), edges join actors quoted in the same
    article (width = shared articles). Layout: networkx spring layout with a fixed ``seed``.

    Args:
        edges: from :func:`helpers.quotes.actor_cooccurrence` (``actor_a``, ``actor_b``, ``n_articles``).
        actors_table: from :func:`helpers.quotes.actors`, for node sizes (optional).
    """
    require_columns(edges, ["actor_a", "actor_b", "n_articles"], table="co-occurrence")
    if edges.empty:
        return _no_data("No two actors are quoted in the same article", title)
    graph = nx.Graph()
    for a, b, n in sorted(zip(edges["actor_a"], edges["actor_b"], edges["n_articles"], strict=True)):
        graph.add_edge(str(a), str(b), weight=int(n))
    sizes = {}
    if actors_table is not None and not actors_table.empty:
        sizes = dict(zip(actors_table["actor"].astype(str), actors_table["n_quotes"], strict=True))
    nodes = sorted(graph.nodes)
    pos = nx.spring_layout(graph.subgraph(nodes), seed=seed, weight="weight")
    fig, ax = new_figure(9, 7)
    widths = [0.5 + 1.5 * graph[u][v]["weight"] for u, v in graph.edges]
    nx.draw_networkx_edges(graph, pos, ax=ax, width=widths, alpha=0.4)
    nx.draw_networkx_nodes(graph, pos, nodelist=nodes, ax=ax, node_color="#4c72b0", alpha=0.8,
                           node_size=[80 + 25 * float(sizes.get(n, 1)) for n in nodes])
    nx.draw_networkx_labels(graph, pos, labels={n: _short(n, 25) for n in nodes}, ax=ax, font_size=8)
    ax.set_title(plain(title, 90))
    ax.set_axis_off()
    return fig
