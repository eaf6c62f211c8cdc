"""Figures of helpers.plots.reuse: drawn from real tables, a clear message on empty ones."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import pandas as pd
import pytest

from helpers.plots.reuse import plot_cluster_sizes, plot_outlet_reuse, plot_reuse_network
from helpers.reuse import find_reuse, outlet_reuse, reuse_network, story_clusters
from helpers.text import paragraphs


@pytest.fixture(scope="module")
def chain(seed_articles):
    """The seed, a credited copy by one outlet and an uncredited, trimmed copy by another."""
    row = seed_articles.iloc[0].to_dict()
    paras = paragraphs(row["body"])
    a = dict(row, article_id="copy/a", outlet="Portal A", source_credit="BeritaTurki.com",
             body="\n\n".join(paras[:-1]), date=pd.Timestamp("2020-10-06"))
    b = dict(row, article_id="copy/b", outlet="Portal B", source_credit=None,
             body="\n\n".join(paras[:6]), date=pd.Timestamp("2020-10-07"))
    arts = pd.concat([seed_articles, pd.DataFrame([a, b])], ignore_index=True)
    return arts, find_reuse(arts)


def test_network_figure(chain):
    arts, pairs = chain
    net = reuse_network(pairs)
    assert net[["source_outlet", "republisher_outlet", "n_pairs", "n_credited"]].values.tolist() == [
        ["BERITATURKI.COM", "Portal A", 1, 1], ["BERITATURKI.COM", "Portal B", 1, 0], ["Portal A", "Portal B", 1, 0]]
    fig = plot_reuse_network(net)
    ax = fig.axes[0]
    labels = sorted(t.get_text() for t in ax.texts)
    assert labels == ["1", "1", "1", "BERITATURKI.COM", "Portal A", "Portal B"]
    # fixed seed: the same table gives the same layout
    again = plot_reuse_network(net).axes[0]
    assert [t.get_position() for t in ax.texts] == [t.get_position() for t in again.texts]


def test_cluster_and_outlet_figures(chain):
    arts, pairs = chain
    clusters = story_clusters(pairs, arts)
    assert clusters["size"].tolist() == [3, 3, 3]
    fig = plot_cluster_sizes(clusters)
    assert [p.get_height() for p in fig.axes[0].patches] == [1]
    outlets = outlet_reuse(pairs, arts)
    fig = plot_outlet_reuse(outlets)
    widths = sorted(round(p.get_width(), 2) for p in fig.axes[0].patches)
    assert widths == [0.0, 0.0, 1.0, 1.0]


def test_empty_tables_draw_a_message(seed_articles):
    pairs = find_reuse(seed_articles)
    for fig in (plot_reuse_network(reuse_network(pairs)), plot_cluster_sizes(story_clusters(pairs)),
                plot_outlet_reuse(outlet_reuse(pairs, seed_articles))):
        assert fig.axes[0].texts[0].get_text().startswith("No ")
        assert not fig.axes[0].get_xticks().size  # the no-data panel
