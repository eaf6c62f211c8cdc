"""Corpus overview figures: drawn from the report tables, "no data" messages, plain-text labels."""

from __future__ import annotations

import pandas as pd
from matplotlib.figure import Figure

from helpers import plots, report


def _texts(fig: Figure) -> list[str]:
    ax = fig.axes[0]
    return [t.get_text() for t in ax.texts] + [t.get_text() for t in ax.get_yticklabels()]


def test_plot_articles_by_on_seed(seed_articles):
    fig = plots.plot_articles_by(report.articles_by(seed_articles, by="outlet"))
    assert isinstance(fig, Figure)
    ax = fig.axes[0]
    assert ax.get_title(loc="left") == "Articles by outlet"
    assert [t.get_text() for t in ax.get_yticklabels()] == ["BERITATURKI.COM"]
    assert [p.get_width() for p in ax.patches] == [1]


def test_plot_articles_by_folds_the_tail_and_escapes_mathtext():
    counts = pd.DataFrame({"outlet": [f"$o{i}$ <b>" for i in range(25)], "articles": list(range(25, 0, -1))})
    fig = plots.plot_articles_by(counts, top=20)
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert len(labels) == 21 and labels[-1] == "other (5)"
    assert labels[0] == r"\$o0\$ <b>"  # shown literally, never parsed as mathtext or HTML
    assert [p.get_width() for p in fig.axes[0].patches][-1] == 5 + 4 + 3 + 2 + 1
    fig.canvas.draw()  # renders without a mathtext error


def test_plot_articles_over_time_and_no_dates():
    articles = pd.DataFrame(
        {"article_id": list("abcde"), "date": pd.to_datetime(["2020-10-01", "2020-10-02", "2020-10-02", "2020-10-05", None])}
    )
    fig = plots.plot_articles_over_time(report.articles_over_time(articles))
    assert fig.axes[0].get_title(loc="left") == "Articles per day"
    empty = plots.plot_articles_over_time(report.articles_over_time(articles.assign(date=pd.NaT)))
    assert "No dated articles" in _texts(empty)
    one = plots.plot_articles_over_time(report.articles_over_time(articles.head(1)))
    assert [t.get_text() for t in one.axes[0].get_xticklabels()] == ["2020-10-01"]


def test_plot_articles_over_time_by_group_has_legend():
    articles = pd.DataFrame(
        {
            "article_id": list("abcdef"),
            "date": pd.to_datetime(["2020-10-01", "2020-10-02", "2020-10-03", "2020-10-04", "2020-10-04", "2020-10-05"]),
            "outlet": ["X", "Y", "X", "X", "Y", "X"],
        }
    )
    fig = plots.plot_articles_over_time(report.articles_over_time(articles, by="outlet"))
    assert [t.get_text() for t in fig.axes[0].get_legend().get_texts()] == ["X", "Y"]  # most articles first


def test_plot_length_distribution(seed_articles):
    fig = plots.plot_length_distribution(seed_articles)
    n = int(seed_articles["n_words"].iloc[0])
    assert f" median {n:,} words" in _texts(fig)
    empty = plots.plot_length_distribution(seed_articles.iloc[0:0])
    assert "No articles" in _texts(empty)
