"""Figures for republication (tables from helpers.reuse): who republishes whom, cluster sizes,
republication share per outlet. Each function reads a table and returns a matplotlib Figure."""

from __future__ import annotations

import pandas as pd
from matplotlib.figure import Figure

from helpers.plots._base import new_figure, no_data, plain
from helpers.tables import require_columns

__all__ = ["plot_reuse_network", "plot_cluster_sizes", "plot_outlet_reuse"]


def _no_data(message: str) -> Figure:
    fig, ax = new_figure(7.5, 3)
    no_data(ax, message)
    return fig


def plot_reuse_network(network: pd.DataFrame, *, top: int = 40, seed: int = 7) -> Figure:
    """Source outlet -> republisher outlet, arrow width by number of pairs (fixed layout seed).

    Args:
        network: from :func:`helpers.reuse.reuse_network` (``source_outlet``,
            ``republisher_outlet``, ``n_pairs``, ``n_credited``).
        top: draw only the ``top`` heaviest edges.
        seed: seed of the spring layout, so the same table gives the same figure.
    """
    require_columns(network, ["source_outlet", "republisher_outlet", "n_pairs", "n_credited"], table="reuse network")
    if network.empty:
        return _no_data("No republication with a known direction between outlets\n"
                        "(needs pairs across outlets with dates or source credits).")
    import networkx as nx

    edges = network.sort_values(["n_pairs", "source_outlet", "republisher_outlet"], ascending=[False, True, True],
                                kind="stable").head(top)
    graph = nx.DiGraph()
    for row in edges.itertuples(index=False):
        graph.add_edge(plain(row.source_outlet, 30), plain(row.republisher_outlet, 30), n=int(row.n_pairs),
                       credited=int(row.n_credited))
    pos = nx.spring_layout(graph, seed=seed) if len(graph) > 2 else nx.circular_layout(sorted(graph.nodes))
    fig, ax = new_figure(8, 6)
    widths = [1 + 3 * graph.edges[e]["n"] / max(1, edges["n_pairs"].max()) for e in graph.edges]
    colors = ["tab:green" if graph.edges[e]["credited"] == graph.edges[e]["n"] else
              ("tab:orange" if graph.edges[e]["credited"] else "tab:red") for e in graph.edges]
    nx.draw_networkx_nodes(graph, pos, ax=ax, node_color="lightsteelblue", node_size=600)
    nx.draw_networkx_labels(graph, pos, ax=ax, font_size=9)
    nx.draw_networkx_edges(graph, pos, ax=ax, width=widths, edge_color=colors, arrows=True, arrowsize=15,
                           connectionstyle="arc3,rad=0.1")
    nx.draw_networkx_edge_labels(graph, pos, ax=ax, font_size=8,
                                 edge_labels={e: str(graph.edges[e]["n"]) for e in graph.edges})
    ax.set_title("Who republishes whom (source -> republisher; green: all credited, orange: some, red: none)",
                 fontsize=10)
    ax.set_axis_off()
    return fig


def plot_cluster_sizes(clusters: pd.DataFrame) -> Figure:
    """How many story clusters have 2, 3, ... articles (from :func:`helpers.reuse.story_clusters`)."""
    require_columns(clusters, ["cluster", "size"], table="story clusters")
    if clusters.empty:
        return _no_data("No story clusters: no two articles share a story.")
    sizes = clusters.drop_duplicates("cluster")["size"].value_counts().sort_index()
    fig, ax = new_figure(6, 3.5)
    ax.bar([str(s) for s in sizes.index], sizes.to_numpy(), color="tab:blue")
    ax.set_xlabel("articles in the cluster")
    ax.set_ylabel("clusters")
    ax.set_title("Story clusters by size")
    return fig


def plot_outlet_reuse(outlets: pd.DataFrame, *, top: int = 20) -> Figure:
    """Share of each outlet's articles that republish another outlet's story, credited or not.

    Args:
        outlets: from :func:`helpers.reuse.outlet_reuse` (``outlet``, ``n_articles``,
            ``n_credited``, ``n_uncredited``).
        top: the ``top`` outlets by share republished.
    """
    require_columns(outlets, ["outlet", "n_articles", "n_credited", "n_uncredited"], table="outlet reuse")
    rows = outlets[(outlets["n_credited"] + outlets["n_uncredited"]) > 0]
    if rows.empty:
        return _no_data("No outlet republishes another outlet's story (with a known direction).")
    rows = rows.assign(credited=rows["n_credited"] / rows["n_articles"], uncredited=rows["n_uncredited"] / rows["n_articles"])
    rows = rows.assign(total=rows["credited"] + rows["uncredited"]).sort_values(
        ["total", "outlet"], ascending=[True, False], kind="stable").tail(top)
    fig, ax = new_figure(7, 0.4 * len(rows) + 1.5)
    labels = [plain(o, 40) for o in rows["outlet"]]
    ax.barh(labels, rows["credited"], color="tab:green", label="credits the source")
    ax.barh(labels, rows["uncredited"], left=rows["credited"], color="tab:red", label="no credit")
    ax.set_xlabel("share of the outlet's articles")
    ax.set_xlim(0, 1)
    ax.legend(loc="lower right", fontsize=8)
    ax.set_title("Republication of other outlets' stories")
    return fig
