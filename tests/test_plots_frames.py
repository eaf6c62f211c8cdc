"""Tests for helpers.plots.frames: each figure reads a frames table, and empty tables say so."""

from __future__ import annotations

import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from helpers.frames import (
    agent_counts,
    agreement,
    frame_agents,
    frame_prevalence,
    frame_trends,
    frames_by_actor,
    frames_by_group,
    score_frames,
)
from helpers.plots.frames import (
    plot_actor_frames,
    plot_agreement,
    plot_frame_agents,
    plot_frame_prevalence,
    plot_frame_shares,
    plot_frame_trends,
)
from helpers.tables import empty_table


def _texts(fig: Figure) -> list[str]:
    return [t.get_text() for ax in fig.axes for t in ax.texts]


def _articles() -> pd.DataFrame:
    return pd.DataFrame(
        [
            {"article_id": "a", "body": "Armenian forces attacked the town. Azerbaijan condemned the aggression. Shelling killed civilians.", "language": "en",
             "outlet": "P$1", "date": pd.Timestamp("2020-10-01")},
            {"article_id": "b", "body": "Ceasefire talks and peace negotiations began.", "language": "en",
             "outlet": "Q", "date": pd.Timestamp("2020-10-20")},
        ]
    )


def test_prevalence_heatmap_shows_the_table(seed_articles):
    arts = pd.concat([seed_articles, _articles()], ignore_index=True)
    scores = score_frames(arts, scheme="conflict")
    by = frames_by_group(scores, arts, group="outlet")
    fig = plot_frame_prevalence(by)
    ax = fig.axes[0]
    image = ax.images[0].get_array()
    seed_row = by[by["outlet"] == "BERITATURKI.COM"].set_index("frame")["share_present"]
    labels = [t.get_text() for t in ax.get_yticklabels()]
    row = labels.index("BERITATURKI.COM (n=1)")
    assert list(image[row]) == list(seed_row.to_numpy(dtype=float))
    assert r"P\$1 (n=1)" in labels  # corpus text is never mathtext
    assert [t.get_text() for t in ax.get_xticklabels()][:2] == ["military_action", "aggression"]


def test_shares_bars(seed_articles):
    prevalence = frame_prevalence(score_frames(seed_articles, scheme="generic"))
    fig = plot_frame_shares(prevalence)
    ax = fig.axes[0]
    assert [t.get_text() for t in ax.get_yticklabels()][-1] == "conflict"  # scheme order, top down
    assert [p.get_width() for p in ax.patches][::-1] == [1.0, 0.0, 0.0, 0.0, 1.0]
    assert ax.get_title(loc="left") == "How common is each frame (n=1 articles)"
    assert _texts(plot_frame_shares(prevalence.iloc[0:0])) == ["No scored articles"]


def test_trends_lines_and_single_period(seed_articles):
    arts = _articles()
    scores = score_frames(arts, scheme="conflict")
    fig = plot_frame_trends(frame_trends(scores, arts, freq="W"))
    assert len(fig.axes[0].lines) == 7
    assert [p.get_height() for p in fig.axes[1].patches] == [1, 1]  # articles per week, behind the lines
    one = plot_frame_trends(frame_trends(score_frames(seed_articles, scheme="conflict"), seed_articles, freq="M"))
    assert "one period: 2020-10-01" in _texts(one)
    nodate = _articles().assign(date=pd.NaT)
    empty = plot_frame_trends(frame_trends(score_frames(nodate), nodate))
    assert _texts(empty) == ["No dated articles (2 without a date)"]


def test_actor_agents_agreement_figures():
    quotes = pd.DataFrame({"article_id": ["a", "a", "b"], "quote_id": ["1", "2", "3"], "speaker_name": ["X", "X", "Y"],
                           "quote": ["Armenian forces attacked us.", "We want peace.", "Talks and a ceasefire now."]})
    fig = plot_actor_frames(frames_by_actor(quotes, scheme="conflict"))
    assert [t.get_text() for t in fig.axes[0].get_yticklabels()] == ["X (2)", "Y (1)"]
    arts = _articles()
    counts = agent_counts(frame_agents(arts), by="outlet")
    fig = plot_frame_agents(counts)
    assert [t.get_text() for t in fig.axes[0].get_yticklabels()] == ["Armenia"]
    assert sum(p.get_width() for p in fig.axes[0].patches) == 1
    scores = score_frames(arts, scheme="conflict")
    coded = pd.DataFrame({"article_id": ["a", "b"], "aggression": [1, 0], "third_party": [0, 0]})
    table = agreement(coded, scores)
    fig = plot_agreement(table)
    assert "n/a" in _texts(fig)  # third_party: nobody found it, so F1 and alpha are undefined
    ticks = [t.get_text() for t in fig.axes[0].get_xticklabels()]
    assert ticks == ["aggression\n(n=2)", "third_party\n(n=2)", "all frames\n(n=4)"]
    assert np.isclose(table.loc[table["frame"] == "aggression", "f1"].iloc[0], 1.0)


def test_empty_tables_draw_a_message():
    assert _texts(plot_frame_prevalence(empty_table(["outlet", "frame", "share_present", "n_articles"]))) == ["No scored articles"]
    assert _texts(plot_actor_frames(empty_table(["speaker_name", "frame", "n_quotes", "share"]))) == ["No quotes with a speaker"]
    assert _texts(plot_frame_agents(empty_table(["outlet", "agent", "mentions"]))) == ["No agent named in an aggression sentence"]
    assert _texts(plot_agreement(empty_table(["comparison", "frame", "n", "f1", "alpha"]))) == ["No coded articles"]
