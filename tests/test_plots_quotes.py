"""Tests for helpers.plots.quotes: every figure from real tables, the "no data" figures, determinism."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import pandas as pd
import pytest
from matplotlib.figure import Figure

from helpers.plots.quotes import (
    plot_actor_network,
    plot_actors_by_group,
    plot_quote_shares,
    plot_quotes_over_time,
    plot_top_actors,
)
from helpers.quotes import (
    actor_cooccurrence,
    actor_counts_by,
    actors,
    extract_quotes,
    quote_shares,
    quotes_over_time,
)


@pytest.fixture(scope="module")
def tables():
    arts = pd.DataFrame(
        {
            "article_id": ["a", "b", "c"],
            "body": [
                '"Turkey stands with Azerbaijan," said President Recep Tayyip Erdoğan. "We agree," said Ilham Aliyev.',
                '"We will not stop," Erdogan said.',
                '"Peace is possible," said Ilham Aliyev. "Talks must start," said Charles Michel.',
            ],
            "language": "en",
            "outlet": ["Daily Sabah", "Anadolu", "Daily Sabah"],
            "date": pd.to_datetime(["2020-10-05", "2020-10-12", "2020-11-01"]),
        }
    )
    q = extract_quotes(arts)
    return arts, q, actors(q, arts)


def _texts(fig: Figure) -> list[str]:
    return [t.get_text() for ax in fig.axes for t in ax.texts]


def test_top_actors(tables):
    _, _, act = tables
    fig = plot_top_actors(act)
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    # bottom to top: fewest quotes first; ties in alphabetical order from the top
    assert labels == ["Charles Michel", "Recep Tayyip Erdoğan", "Ilham Aliyev"]
    assert plt.get_fignums() == []  # not registered with pyplot: Jupyter shows it once


def test_actors_by_group(tables):
    arts, q, _ = tables
    table = actor_counts_by(q, arts, group="outlet")
    fig = plot_actors_by_group(table)
    assert [t.get_text() for t in fig.axes[0].get_xticklabels()] == ["Anadolu", "Daily Sabah"]
    assert sorted(_texts(fig)) == ["1", "1", "1", "2"]


def test_quote_shares_and_time(tables):
    arts, q, _ = tables
    fig = plot_quote_shares(quote_shares(q, arts, by="kind"))
    assert any("100%" in t for t in _texts(fig))
    fig = plot_quotes_over_time(quotes_over_time(q, arts, freq="MS"))
    assert len(fig.axes[0].patches) == 2 * 3  # two months x three kinds


def test_network_is_deterministic(tables):
    arts, q, act = tables
    edges = actor_cooccurrence(q, arts)
    a = plot_actor_network(edges, act, seed=7)
    b = plot_actor_network(edges, act, seed=7)
    pos_a = sorted((t.get_text(), t.get_position()) for t in a.axes[0].texts)
    pos_b = sorted((t.get_text(), t.get_position()) for t in b.axes[0].texts)
    assert pos_a == pos_b
    assert [p[0] for p in pos_a] == ["Charles Michel", "Ilham Aliyev", "Recep Tayyip Erdoğan"]


def test_labels_are_plain_text():
    act = pd.DataFrame({"actor": ["Fund $5 $bn"], "n_direct": [1], "n_indirect": [0]})
    fig = plot_top_actors(act)
    assert [t.get_text() for t in fig.axes[0].get_yticklabels()] == [r"Fund \$5 \$bn"]


def test_no_data_figures():
    empty_q = extract_quotes(pd.DataFrame({"article_id": ["x"], "body": ["No quotes here at all."]}))
    arts = pd.DataFrame({"article_id": ["x"], "outlet": ["A"], "date": [pd.NaT]})
    figs = [
        plot_top_actors(actors(empty_q)),
        plot_actors_by_group(actor_counts_by(empty_q, arts)),
        plot_quote_shares(quote_shares(empty_q)),
        plot_quotes_over_time(quotes_over_time(empty_q, arts)),
        plot_actor_network(actor_cooccurrence(empty_q)),
    ]
    for fig in figs:
        assert isinstance(fig, Figure)
        assert any(t.startswith("No ") for t in _texts(fig))
    assert plt.get_fignums() == []
