"""Term figures: they draw what the tables hold, deterministically, and say "no data" when empty."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from helpers.plots.terms import plot_keyness, plot_term_trends, plot_top_terms, plot_wordcloud, term_color
from helpers.terms import keyness, term_counts, term_trends


@pytest.fixture(scope="module")
def arts() -> pd.DataFrame:
    return pd.DataFrame({
        "article_id": ["a1", "a2", "b1"],
        "body": ["Kopi kopi teh gula.", "Kopi susu.", "Teh teh teh kopi jahe."],
        "outlet": ["A", "A", "B"],
        "language": ["id", "id", "id"],
        "date": pd.to_datetime(["2020-01-05", "2020-03-10", "2020-03-11"]),
    })


def _texts(fig) -> list[str]:
    return [t.get_text() for ax in fig.axes for t in ax.texts]


def test_top_terms_small_multiples(arts):
    counts = term_counts(arts, by="outlet", forms=True)
    fig = plot_top_terms(counts, by="outlet", top=2)
    assert [ax.get_title() for ax in fig.axes if ax.axison] == ["A", "B"]
    labels_a = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert labels_a == ["gula", "Kopi"]  # top 2 of A, largest on top; names as written (form)
    widths = [p.get_width() for p in fig.axes[0].patches]
    assert widths == [1, 3]


def test_same_colour_per_term_and_seeded_clouds(arts):
    counts = term_counts(arts, by="outlet")
    assert term_color("kopi") == term_color("kopi") and term_color("kopi") != term_color("teh")
    one = plot_wordcloud(counts, by="outlet", random_state=1)
    two = plot_wordcloud(counts, by="outlet", random_state=1)
    a1 = one.axes[0].images[0].get_array()
    a2 = two.axes[0].images[0].get_array()
    assert np.array_equal(np.asarray(a1), np.asarray(a2))
    assert len([ax for ax in one.axes if ax.images]) == 2


def test_keyness_bars_point_both_ways(arts):
    key = keyness(arts, target="A", by="outlet", min_count=1)
    fig = plot_keyness(key, top=5)
    widths = {t.get_text(): p.get_width() for t, p in zip(fig.axes[0].get_yticklabels(), fig.axes[0].patches,
                                                           strict=True)}
    assert widths["teh"] < 0 < widths["kopi"]
    assert widths["kopi"] == pytest.approx(key.set_index("term").loc["kopi", "g2"])
    assert fig.axes[0].get_title() == "Keyness: A vs rest"


def test_term_trends_lines(arts):
    trends = term_trends(arts, terms=["kopi", "teh"], freq="M")
    fig = plot_term_trends(trends)
    lines = {ln.get_label(): ln for ln in fig.axes[0].get_lines()}
    assert sorted(lines) == ["kopi", "teh"]
    assert list(lines["kopi"].get_ydata()) == pytest.approx(list(trends[trends["term"] == "kopi"]["per_1k"]), nan_ok=True)


def test_empty_tables_say_no_data():
    empty = pd.DataFrame(columns=["term", "count"])
    for fig in (plot_top_terms(empty), plot_wordcloud(empty), plot_keyness(empty), plot_term_trends(empty)):
        assert any(t.startswith("no ") for t in _texts(fig))
