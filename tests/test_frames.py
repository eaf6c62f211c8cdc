"""Tests for helpers.frames: codebooks, frame scores with evidence, agency, groups, validation."""

from __future__ import annotations

import time
from pathlib import Path

import krippendorff
import numpy as np
import pandas as pd
import pytest

from helpers.config import DATA_DIR
from helpers.frames import (
    AGREEMENT_COLUMNS,
    SCORE_COLUMNS,
    agent_counts,
    agreement,
    coding_sheet,
    describe_scheme,
    frame_agents,
    frame_evidence,
    frame_prevalence,
    frame_trends,
    frames_by_actor,
    frames_by_group,
    load_scheme,
    read_coding,
    score_frames,
)
from helpers.lexicons import LexiconError
from helpers.tables import FRAME_COLUMNS, QUOTE_COLUMNS

SEED_CODING = DATA_DIR / "_coded" / "seed_generic.csv"


def _articles(*bodies: str, language: str | None = "en", outlet: str = "X") -> pd.DataFrame:
    return pd.DataFrame(
        [
            {"article_id": f"a{i}", "title": "", "body": b, "language": language, "outlet": outlet, "date": pd.NaT}
            for i, b in enumerate(bodies)
        ]
    )


def _row(scores: pd.DataFrame, frame: str, article_id: str | None = None) -> pd.Series:
    sel = scores[scores["frame"] == frame]
    if article_id is not None:
        sel = sel[sel["article_id"] == article_id]
    assert len(sel) == 1
    return sel.iloc[0]


# ---- the seed article (exact, read off by hand) ------------------------------------------------
def test_seed_conflict_scheme(seed_articles):
    scores = score_frames(seed_articles, scheme="conflict")
    assert list(scores.columns[: len(FRAME_COLUMNS)]) == list(FRAME_COLUMNS)
    assert list(scores["frame"]) == list(load_scheme("conflict").frame_keys)
    body = seed_articles["body"].iloc[0]

    aggression = _row(scores, "aggression")
    assert aggression["present"]
    assert aggression["hits"] == 6  # agresi, menargetkan pemukiman, pelanggaran perbatasan, serangan x2, mengutuk
    assert aggression["terms"] == (
        "serang* (2); agresi (1); menargetkan pemukiman (1); mengutuk (1); pelanggaran perbatasan (1)"
    )

    occupation = _row(scores, "occupation")
    assert occupation["present"]
    terms = [t for ev in occupation["evidence"] for t in ev["terms"]]
    assert terms.count("pendudukan") == 2
    un = [ev for ev in occupation["evidence"] if "resolusi Dewan Keamanan PBB" in ev["sentence"]]
    assert len(un) == 1
    assert un[0]["terms"][:2] == ["resolusi dewan keamanan pbb", "dk pbb"]
    # evidence offsets point into the body
    for ev in occupation["evidence"]:
        assert body[ev["start"]:ev["end"]] == ev["sentence"]
        for m in ev["matches"]:
            assert body[m["start"]:m["end"]] == m["text"]
    assert [m["text"] for m in un[0]["matches"]][:2] == ["resolusi Dewan Keamanan PBB", "DK PBB"]

    solidarity = _row(scores, "solidarity")
    assert solidarity["present"]
    sol_terms = {t for ev in solidarity["evidence"] for t in ev["terms"]}
    assert {"dua negara satu bangsa", "persaudaraan", "bendera", "konvoi"} <= sol_terms
    # "dua negara, satu bangsa" matches across the comma
    sol_texts = [m["text"] for ev in solidarity["evidence"] for m in ev["matches"]]
    assert "dua negara, satu bangsa" in sol_texts

    assert _row(scores, "humanitarian")["terms"] == "korban jiwa (1); pemukiman sipil (1); pertumpahan darah (1)"
    assert not _row(scores, "diplomacy")["present"]  # one hit: "menyelesaikan krisis"
    assert _row(scores, "aggression")["n_words"] == 297
    assert _row(scores, "aggression")["per_1k_words"] == pytest.approx(6 / 297 * 1000)


def test_seed_agents_name_armenia(seed_articles):
    agents = frame_agents(seed_articles, scheme="conflict")
    assert list(agents["agent"]) == ["Armenia"] * 4
    assert list(agents["term"]) == ["agresi", "menargetkan pemukiman", "pelanggaran perbatasan", "serangan"]
    body = seed_articles["body"].iloc[0]
    assert [body[s:e] for s, e in zip(agents["start"], agents["end"], strict=True)] == [
        "agresi", "menargetkan pemukiman", "pelanggaran perbatasan", "serangan"
    ]
    assert agents["outlet"].iloc[0] == "BERITATURKI.COM"
    counts = agent_counts(agents, by="outlet")
    assert counts.to_dict("records") == [
        {"outlet": "BERITATURKI.COM", "agent": "Armenia", "mentions": 4, "articles": 1, "share": 1.0}
    ]


def test_seed_generic_conflict(seed_articles):
    scores = score_frames(seed_articles, scheme="generic")
    conflict = _row(scores, "conflict")
    assert conflict["present"]
    assert conflict["hits"] == 9
    assert conflict["terms"] == "melawan (2); serang* (2); bentrok* (1); berperang (1); konflik (1); mengutuk (1); perang (1)"
    assert not _row(scores, "economic_consequences")["present"]
    assert _row(scores, "economic_consequences")["hits"] == 0
    assert not _row(scores, "morality")["present"]


def test_seed_sentence_unit(seed_articles):
    scores = score_frames(seed_articles, scheme="conflict", unit="sentence")
    # 12 paragraphs; the photo caption ends in "2020. (DHA)" and the last paragraph has two sentences
    assert scores["unit_id"].nunique() == 14
    assert len(scores) == 14 * 7
    occ = scores[(scores["frame"] == "occupation") & scores["present"]]
    assert list(occ["unit_id"]) == [f"{seed_articles['article_id'].iloc[0]}:4", f"{seed_articles['article_id'].iloc[0]}:12"]
    assert occ["sentence"].iloc[1].startswith("Empat resolusi Dewan Keamanan PBB")


# ---- matching rules ------------------------------------------------------------------------------
def _scheme_file(tmp_path: Path, body: str, name: str = "mine.yaml") -> Path:
    path = tmp_path / name
    path.write_text(body, encoding="utf-8")
    return path


SMALL = """
name: small
threshold: 1
frames:
  place:
    description: places
    terms:
      en: ["Iğdır", war, "serang*", "*serang", "two states, one nation", "u.s.", pemerintah]
"""


def test_matching_rules(tmp_path):
    path = _scheme_file(tmp_path, SMALL)
    arts = _articles(
        "IGDIR and igdir and Iğdır. The warning was an award. War! Two states one nation. Two states. One nation.",
        "Pasukan menyerang dan diserang; serangan-serangan berlanjut. The U.S. said so. Organisasi non-pemerintah.",
    )
    scores = score_frames(arts, scheme=path)
    first = _row(scores, "place", "a0")
    # three spellings of Iğdır, "War" (not warning/award), the multiword term within one sentence only
    assert first["terms"] == "igdir (3); two states one nation (1); war (1)"
    second = _row(scores, "place", "a1")
    # "menyerang" is me- + nyerang (s -> ny), so `*serang` does not match it; the codebooks list it
    # the reduplicated "serangan-serangan" counts once: a term never starts inside a hyphenated word
    assert second["terms"] == "*serang (1); serang* (1); u s (1)"
    matched = [m["text"] for ev in second["evidence"] for m in ev["matches"]]
    assert matched == ["diserang", "serangan", "U.S"]


def test_language_selects_terms_and_unknown_language_warns():
    arts = pd.DataFrame(
        [
            {"article_id": "en", "body": "The economy and the budget suffered losses.", "language": "en"},
            {"article_id": "id", "body": "The economy and the budget suffered losses.", "language": "id"},
        ]
    )
    scores = score_frames(arts, scheme="generic")
    assert _row(scores, "economic_consequences", "en")["hits"] == 3
    assert _row(scores, "economic_consequences", "id")["hits"] == 0  # Indonesian terms only
    with pytest.warns(UserWarning, match="no terms for language"):
        other = score_frames(arts.assign(language="fr"), scheme="generic")
    assert _row(other, "economic_consequences", "en")["hits"] == 3
    assert _row(other, "economic_consequences", "en")["term_languages"] == "en+id"


def test_false_friends_do_not_match():
    arts = pd.DataFrame(
        [
            {"article_id": "id", "language": "id", "body": "Camat Kecamatan Malang, Putri, menargetkan pendapatan naik."},
            {"article_id": "en", "language": "en", "body": "An important investigation into the personal computer market."},
        ]
    )
    scores = score_frames(arts, scheme="generic").set_index(["article_id", "frame"])
    assert scores.loc[("id", "conflict"), "hits"] == 0  # kecamatan is no kecaman
    assert scores.loc[("id", "human_interest"), "hits"] == 0  # Malang (a city) and Putri (a name)
    assert scores.loc[("id", "economic_consequences"), "terms"] == "pendapatan (1)"
    assert scores.loc[("en", "economic_consequences"), "terms"] == "market* (1)"  # not important, investigation
    assert scores.loc[("en", "human_interest"), "hits"] == 0
    conflict = score_frames(arts, scheme="conflict").set_index(["article_id", "frame"])
    assert conflict.loc[("id", "aggression"), "hits"] == 0  # menargetkan pendapatan is an economic target


def test_exclude_list_and_title():
    arts = pd.DataFrame(
        [
            {"article_id": "a", "language": "id", "title": "Serangan dan bentrokan di perbatasan",
             "body": "Truk tambang di Serang diputar balik. Warga Kabupaten Serang protes."},
        ]
    )
    body_only = _row(score_frames(arts, scheme="generic"), "conflict")
    assert body_only["terms"] == "protes (1)"  # Serang, the city, is not serang*
    with_title = _row(score_frames(arts, scheme="generic", include_title=True), "conflict")
    assert with_title["terms"] == "bentrok* (1); protes (1); serang* (1)"
    assert with_title["n_words"] == 10 + 5
    fields = [(ev["field"], ev["sentence"]) for ev in with_title["evidence"]]
    assert fields == [("title", "Serangan dan bentrokan di perbatasan"), ("body", "Warga Kabupaten Serang protes.")]
    table = frame_evidence(score_frames(arts, scheme="generic", include_title=True), frame="conflict")
    assert list(table["field"]) == ["body", "title"]


def test_english_agency_rules():
    arts = _articles(
        "Azerbaijani shelling hit Stepanakert on Sunday.",
        "Armenian forces attacked the village near Tovuz.",
        "The airstrike by Russian troops destroyed a bridge.",
        "Azerbaijan attacked Armenia overnight.",
        "Fighters attacked the base.",
        "There was an attack on Monday.",
    )
    agents = frame_agents(arts, scheme="conflict")
    assert agents[["article_id", "agent", "agent_as_written", "term"]].to_dict("records") == [
        {"article_id": "a0", "agent": "Azerbaijan", "agent_as_written": "Azerbaijani", "term": "shelling"},
        {"article_id": "a1", "agent": "Armenia", "agent_as_written": "Armenian", "term": "attacked"},
        {"article_id": "a2", "agent": "Russia", "agent_as_written": "Russian", "term": "airstrike"},
        {"article_id": "a3", "agent": "Azerbaijan", "agent_as_written": "Azerbaijan", "term": "attacked"},
    ]


def test_indonesian_agency_rules():
    arts = _articles(
        "Serangan Israel ke Gaza berlanjut.",
        "Pasukan Rusia menyerang Kyiv pada Selasa.",
        "Desa itu diserang oleh pasukan Armenia.",
        "Serangan Minggu lalu menewaskan tiga orang.",
        language="id",
    )
    agents = frame_agents(arts, scheme="conflict")
    assert list(zip(agents["article_id"], agents["agent"], strict=True)) == [("a0", "Israel"), ("a1", "Russia"), ("a2", "Armenia")]


def test_agency_in_conflict_coverage_sentences():
    english = [
        "Armenian forces shelled the Azerbaijani city of Ganja on Sunday.",
        "Azerbaijan accused Armenia of shelling civilian areas.",
        "Armenia said Azerbaijani drones attacked Stepanakert.",
        "The Armenian defence ministry said Azerbaijan launched a new offensive.",
        "Stepanakert came under heavy shelling by Azerbaijani forces.",
        "Baku blamed Yerevan for the attack on Ganja.",
        "Hamas attacked Israel on 7 October. Israel says Hamas is a terrorist group.",
        "Russia's invasion of Ukraine began in 2022.",
    ]
    indonesian = [
        "Azerbaijan menuduh Armenia melancarkan serangan ke Ganja.",
        "Baku menyalahkan Armenia atas serangan itu.",
        "Rusia mengutuk serangan Azerbaijan.",
    ]
    arts = pd.concat([_articles(*english), _articles(*indonesian, language="id").assign(
        article_id=lambda d: "id" + d["article_id"])], ignore_index=True)
    agents = frame_agents(arts, group=None)
    assert list(zip(agents["article_id"], agents["agent"], agents["term"], strict=True)) == [
        ("a0", "Armenia", "shelled"),
        ("a1", "Armenia", "shelling"),  # the accused, not the accuser
        ("a2", "Azerbaijan", "attacked"),
        ("a3", "Azerbaijan", "offensive"),
        ("a4", "Azerbaijan", "shelling"),
        ("a5", "Armenia", "attack"),  # Yerevan stands for Armenia (aliases)
        ("a6", "Hamas", "attacked"),  # sentence-initial, but capitalised elsewhere in the article
        ("a7", "Russia", "invasion"),
        ("ida0", "Armenia", "melancarkan serangan"),
        ("ida1", "Armenia", "serangan"),
        ("ida2", "Azerbaijan", "serangan"),
    ]


def test_generic_scheme_has_no_agency_block():
    with pytest.warns(UserWarning, match="no `agency` block"):
        out = frame_agents(_articles("Armenian forces attacked."), scheme="generic")
    assert out.empty and "agent" in out.columns


# ---- schemes: loading and validation -------------------------------------------------------------
def test_shipped_schemes_and_description():
    generic = describe_scheme("generic")
    assert list(generic["frame"]) == ["conflict", "human_interest", "economic_consequences", "morality", "responsibility"]
    assert (generic["n_terms_en"] > 20).all() and (generic["n_terms_id"] > 20).all()
    assert all(q.count("?") >= 2 for q in generic["questions"])
    assert generic["questions"].iloc[4].startswith("(1) Does the story suggest that some level of government")
    assert all("Semetko" in c for c in generic["citation"])
    conflict = load_scheme("conflict")
    assert conflict.frame_keys == (
        "military_action", "aggression", "occupation", "diplomacy", "humanitarian", "solidarity", "third_party"
    )
    assert conflict.agency is not None and conflict.agency.frame == "aggression"
    with pytest.raises(LexiconError, match="shipped schemes.*conflict.*generic"):
        load_scheme("nope")


def test_structure_errors_name_line_frame_and_problem(tmp_path):
    bad = _scheme_file(
        tmp_path,
        "name: bad\nframes:\n  f1:\n    treshold: 2\n    terms:\n      en: [yes, ok]\n  f2:\n    threshold: zero\n"
        "    terms:\n      en: []\n  f3: just text\n",
    )
    with pytest.raises(LexiconError) as err:
        load_scheme(bad)
    msg = str(err.value)
    assert "line 4: frames.f1.treshold: unknown key in frame 'f1'" in msg
    assert "line 6: frames.f1.terms.en.0: frame 'f1' term (en) #1 is True (bool), not text; put it in quotes" in msg
    assert "line 8: frames.f2.threshold: threshold must be a whole number >= 1" in msg
    assert "frame 'f2': empty term list for 'en'" in msg
    assert "line 11: frames.f3: frame 'f3' must be a mapping" in msg
    bad_exclude = _scheme_file(tmp_path, SMALL + "exclude: [Serang]\n", name="ex.yaml")
    with pytest.raises(LexiconError, match="line 9: exclude: exclude must map languages"):
        load_scheme(bad_exclude)


def test_malformed_yaml_names_the_line(tmp_path):
    bad = _scheme_file(tmp_path, "name: bad\nframes:\n  f1:\n    citation: a: b\n")
    with pytest.raises(LexiconError, match="line 4"):
        load_scheme(bad)


def test_edited_scheme_is_read_again(tmp_path):
    path = _scheme_file(tmp_path, SMALL)
    arts = _articles("War and peace.")
    assert _row(score_frames(arts, scheme=path), "place")["hits"] == 1
    time.sleep(0.01)
    path.write_text(SMALL.replace("war,", "war, peace,"), encoding="utf-8")
    assert _row(score_frames(arts, scheme=path), "place")["hits"] == 2


# ---- quotes, groups, time ------------------------------------------------------------------------
def _quotes() -> pd.DataFrame:
    rows = [
        ("q1", "Armenian forces attacked our villages and killed civilians.", "Ilham Aliyev"),
        ("q2", "We want peace talks and a ceasefire now.", "Nikol Pashinyan"),
        ("q3", "The ceasefire must hold; negotiations continue.", "Nikol Pashinyan"),
        ("q4", "No comment.", ""),
    ]
    df = pd.DataFrame({c: [None] * len(rows) for c in QUOTE_COLUMNS})
    df["article_id"] = "a0"
    df["quote_id"] = [r[0] for r in rows]
    df["quote"] = [r[1] for r in rows]
    df["speaker_name"] = [r[2] for r in rows]
    df["kind"] = "direct"
    return df


def test_quote_unit_and_frames_by_actor():
    quotes = _quotes()
    scores = score_frames(None, scheme="conflict", unit="quote", quotes=quotes)
    assert len(scores) == 4 * 7
    assert set(scores[scores["present"]][["quote_id", "frame"]].itertuples(index=False, name=None)) == {
        ("q1", "aggression"), ("q1", "humanitarian"), ("q1", "military_action"),
        ("q2", "diplomacy"), ("q3", "diplomacy"),
    }
    by_actor = frames_by_actor(quotes, scheme="conflict")
    pash = by_actor[(by_actor["speaker_name"] == "Nikol Pashinyan") & (by_actor["frame"] == "diplomacy")].iloc[0]
    assert (pash["n_quotes"], pash["quotes_with_frame"], pash["share"], pash["hits"]) == (2, 2, 1.0, 4)
    assert by_actor["speaker_name"].iloc[0] == "Nikol Pashinyan"  # most quotes first
    assert "(unattributed)" in set(by_actor["speaker_name"])
    assert len(frames_by_actor(quotes, scheme="conflict", min_quotes=2)) == 7


def test_frames_by_actor_extracts_quotes_from_articles(seed_articles):
    import importlib.util

    if importlib.util.find_spec("helpers.quotes") is None:
        with pytest.warns(UserWarning, match="helpers.quotes is not installed"):
            out = frames_by_actor(articles=seed_articles, scheme="conflict")
        assert out.empty
    else:  # the seed quotes Nuru Guliyev ("Karabakh akan diselamatkan dari pendudukan") and Serdar Ünsal
        out = frames_by_actor(articles=seed_articles, scheme="conflict")
        assert "Nuru Guliyev" in set(out["speaker_name"])
    assert list(out.columns) == ["speaker_name", "frame", "n_quotes", "quotes_with_frame", "share", "hits"]
    with pytest.raises(ValueError, match="needs the quotes table"):
        frames_by_actor(scheme="conflict")


def test_no_quotes_gives_empty_actor_table():
    quotes = _quotes().iloc[0:0]
    out = frames_by_actor(quotes, scheme="generic")
    assert out.empty and list(out.columns) == ["speaker_name", "frame", "n_quotes", "quotes_with_frame", "share", "hits"]


def test_frames_by_group_and_trends():
    arts = pd.DataFrame(
        [
            {"article_id": "a", "body": "Shares fell and the budget deficit grew.", "language": "en", "outlet": "P", "date": pd.Timestamp("2020-10-01")},
            {"article_id": "b", "body": "The team won the match.", "language": "en", "outlet": "P", "date": pd.Timestamp("2020-10-20")},
            {"article_id": "c", "body": "Taxes and prices rose.", "language": "en", "outlet": None, "date": pd.NaT},
        ]
    )
    scores = score_frames(arts, scheme="generic")
    by = frames_by_group(scores, arts, group="outlet")
    econ = by[by["frame"] == "economic_consequences"].set_index("outlet")
    assert econ.loc["P", "n_articles"] == 2 and econ.loc["P", "n_present"] == 1
    assert econ.loc["P", "share_present"] == 0.5
    assert econ.loc["(unknown)", "n_present"] == 1
    trends = frame_trends(scores, arts, freq="M")
    assert trends.attrs["undated_articles"] == 1
    t = trends[trends["frame"] == "economic_consequences"].iloc[0]
    assert (t["period"], t["n_articles"], t["n_present"]) == (pd.Timestamp("2020-10-01"), 2, 1)
    with pytest.raises(ValueError, match="pass the articles table"):
        frames_by_group(scores, group="outlet")


def test_empty_and_bad_input():
    none = _articles("x").iloc[0:0]
    empty = score_frames(none, scheme="generic")
    assert list(empty.columns) == list(SCORE_COLUMNS) and empty.empty
    assert frames_by_group(empty, none).empty
    with pytest.raises(ValueError, match="lacks column"):
        score_frames(pd.DataFrame({"article_id": ["a"]}))
    with pytest.raises(ValueError, match="unit must be one of"):
        score_frames(_articles("x"), unit="paragraph")
    # a missing body is an empty text, not a crash
    out = score_frames(pd.DataFrame({"article_id": ["a"], "body": [None]}), scheme="generic")
    assert (out["hits"] == 0).all() and (out["n_words"] == 0).all()
    assert frame_evidence(out).empty


def test_input_not_mutated(seed_articles):
    before = seed_articles.copy()
    score_frames(seed_articles, scheme="conflict")
    frame_agents(seed_articles)
    pd.testing.assert_frame_equal(seed_articles, before)


# ---- coding sheet and agreement --------------------------------------------------------------------
def test_coding_sheet_is_seeded_and_written(tmp_path):
    arts = _articles(*[f"Article number {i}." for i in range(10)])
    path = tmp_path / "sheet.csv"
    sheet = coding_sheet(arts, scheme="generic", n=4, seed=3, path=path)
    again = coding_sheet(arts, scheme="generic", n=4, seed=3)
    assert list(sheet["article_id"]) == list(again["article_id"])
    assert len(sheet) == 4 and sheet["article_id"].is_unique
    assert list(sheet.columns) == [
        "article_id", "coder", "title", "outlet", "date", "text",
        "conflict", "human_interest", "economic_consequences", "morality", "responsibility", "notes",
    ]
    back = pd.read_csv(path, dtype=str, keep_default_na=False)
    assert list(back["text"]) == list(sheet["text"])


def _hand_alpha(a: list[int], b: list[int]) -> float:
    """Krippendorff's alpha (nominal, two coders, no missing) from the coincidence matrix."""
    o = np.zeros((2, 2))
    for x, y in zip(a, b, strict=True):
        o[x, y] += 1
        o[y, x] += 1
    n_c = o.sum(axis=1)
    n = n_c.sum()
    return 1 - (n - 1) * (o[0, 1] + o[1, 0]) / (2 * n_c[0] * n_c[1])


def test_agreement_equals_hand_computed_alpha():
    a = [1, 1, 0, 0, 1, 0, 1, 1, 0, 0]
    b = [1, 0, 0, 0, 1, 0, 1, 1, 1, 0]
    assert _hand_alpha(a, b) == pytest.approx(0.62)  # 1 - 19 * 4 / (2 * 10 * 10)
    coded = pd.DataFrame({"article_id": [f"a{i}" for i in range(10)] * 2, "coder": ["A"] * 10 + ["B"] * 10, "conflict": a + b})
    scores = pd.DataFrame({"article_id": [f"a{i}" for i in range(10)], "frame": "conflict", "present": [bool(x) for x in b]})
    table = agreement(coded, scores, coders=["A", "B"])
    assert list(table.columns) == list(AGREEMENT_COLUMNS)
    human = table[(table["comparison"] == "A vs B") & (table["frame"] == "conflict")].iloc[0]
    assert human["alpha"] == pytest.approx(0.62)
    assert human["alpha"] == pytest.approx(krippendorff.alpha(reliability_data=[a, b], level_of_measurement="nominal"))
    auto = table[(table["comparison"] == "automatic vs A") & (table["frame"] == "conflict")].iloc[0]
    # reference A has 5 positives; automatic (= B) finds 5, of which 4 are right
    assert (auto["n"], auto["reference_positive"], auto["other_positive"]) == (10, 5, 5)
    assert (auto["precision"], auto["recall"], auto["f1"]) == (0.8, 0.8, pytest.approx(0.8))
    assert auto["percent_agreement"] == 0.8
    assert auto["kappa"] == pytest.approx(0.6)
    assert set(table["comparison"]) == {"automatic vs A", "automatic vs B", "A vs B"}


def test_agreement_values_blanks_and_errors():
    coded = pd.DataFrame({"article_id": ["a", "b", "c"], "conflict": ["yes", "", "0"], "morality": ["x", "tidak", "ya"]})
    codes = read_coding(coded)
    assert list(codes["code"]) == [1.0, 1.0, 0.0, 0.0, 1.0]  # the blank is left out
    scores = pd.DataFrame({"article_id": ["a", "b", "c"] * 2, "frame": ["conflict"] * 3 + ["morality"] * 3,
                           "present": [True, False, True, True, False, True]})
    table = agreement(coded, scores)
    conflict = table[table["frame"] == "conflict"].iloc[0]
    assert conflict["n"] == 2 and conflict["comparison"] == "automatic vs human"
    pooled = table[table["frame"] == "all frames"].iloc[0]
    assert pooled["n"] == 5 and (pooled["precision"], pooled["recall"]) == (0.75, 1.0)
    with pytest.raises(ValueError, match="not 1/0"):
        read_coding(pd.DataFrame({"article_id": ["a"], "conflict": ["maybe"]}))
    with pytest.raises(ValueError, match="not in the scores"):
        agreement(pd.DataFrame({"article_id": ["zz"], "conflict": [1]}), scores, strict=True)
    with pytest.raises(ValueError, match="not frames of the scores"):
        agreement(pd.DataFrame({"article_id": ["a"], "war": [1]}), scores, strict=True)
    # by default a mismatch (a sheet for another corpus or scheme) warns, names it and leaves it out
    with pytest.warns(UserWarning, match=r"\['war'\] are not frames of the scores"):
        only = agreement(pd.DataFrame({"article_id": ["a", "b"], "war": [1, 0], "conflict": [1, 0]}), scores)
    assert list(only["frame"]) == ["conflict", "all frames"]
    with pytest.warns(UserWarning, match="1 coded article"):
        assert agreement(pd.DataFrame({"article_id": ["zz"], "conflict": [1]}), scores).empty
    assert agreement(None, scores).empty


def test_prevalence_lists_top_terms(seed_articles):
    prevalence = frame_prevalence(score_frames(seed_articles, scheme="conflict"))
    row = prevalence.set_index("frame").loc["solidarity"]
    assert (row["n_articles"], row["n_present"], row["share_present"]) == (1, 1, 1.0)
    assert row["top_terms"] == "untuk mendukung (3), bendera (2), konvoi (2), menyatakan dukungan (2), petisi (2)"


def test_shipped_seed_coding_renders(seed_articles):
    scores = score_frames(seed_articles, scheme="generic")
    table = agreement(SEED_CODING, scores)
    assert set(table["frame"]) == {"conflict", "human_interest", "economic_consequences", "morality", "responsibility", "all frames"}
    assert (table["n"] == [1, 1, 1, 1, 1, 5]).all()


# ---- the BBC corpus: topic = folder ---------------------------------------------------------------
def test_bbc_economic_frame_business_above_sport(shared_corpora):
    rows = []
    for topic in ("business", "sport"):
        for path in sorted((shared_corpora / "bbc" / topic).glob("*.txt")):
            text = path.read_bytes().decode("utf-8", errors="replace")
            rows.append({"article_id": f"{topic}/{path.stem}", "body": text.partition("\n")[2], "language": "en", "topic": topic})
    arts = pd.DataFrame(rows)
    scores = score_frames(arts, scheme="generic")
    by = frames_by_group(scores, arts, group="topic")
    econ = by[by["frame"] == "economic_consequences"].set_index("topic")
    assert econ.loc["business", "n_articles"] == 510 and econ.loc["sport", "n_articles"] == 511
    assert econ.loc["business", "mean_per_1k"] > 3 * econ.loc["sport", "mean_per_1k"]
    assert econ.loc["business", "share_present"] > econ.loc["sport", "share_present"]


# ---- the one-pass matcher and its helpers agree with the reference implementations ---------------
_TRICKY = [
    "",
    "   \n\n  ",
    "Dr. Smith met the U.S. envoy at 3 p.m. on Jan. 5. He said: \"No.\" Then?! left… A. B. Jones.",
    "Iğdır'da İstanbul ŞİŞLİ ß straße ﬁnance ½ ² Ⅻ café cafe\u0301 naïve ＡＢＣ ᏸᏹ K—the end.",
    "war-torn anti-war non-pemerintah serangan-serangan don't don’t rock'n'roll x--y a_b foo_bar",
    "Two states, one nation. Two states: one nation. two  states\tone nation; at odds — at\u00a0odds",
    "3.5bn. e.g. this. No. 10 Downing St. 12.30 p.m.\nNext line\n\nNew para.\"Quoted.\" (Brackets.) end",
    "stand-off stand off standoff hit-back hit back. lash\nout; row with rows-with",
]


def _reference_matches(text: str, termsets) -> list[tuple[int, int, int]]:
    """What the former matcher did: one regex per frame over the folded text."""
    from helpers.frames import _folded_with_map

    folded, _ = _folded_with_map(text)
    return [(k, m.start(), m.end()) for k, ts in enumerate(termsets) if ts.pattern is not None for m in ts.pattern.finditer(folded)]


def test_one_pass_matcher_equals_one_regex_per_frame(seed_articles, tmp_path):
    from helpers.frames import _compiled, _fast_fold, _Matcher, _words

    odd = _scheme_file(tmp_path, """
frames:
  a:
    terms:
      en: [war, war*, "*war", w*r, stand-off, stand off, hit back, at odds, "two states one nation", don't, t, rock'n'roll]
  b:
    terms:
      en: [iğdır, igdir, straße, strasse, finance, cafe, abc, naive, "1", "2", "1 2"]
  lone_star:
    terms:
      en: ["* nation", "serang*", "*serang"]
""")
    schemes = [load_scheme("generic"), load_scheme("conflict"), load_scheme(odd)]
    texts = [*_TRICKY, *seed_articles["body"], *(t.upper() for t in _TRICKY)]
    for s in schemes:
        for langs in {(lang,) for lang in s.languages} | {s.languages}:
            termsets = _compiled(s, langs)
            matcher = _Matcher(termsets)
            for text in texts:
                folded, _ = _fast_fold(text)
                assert matcher.find(folded, _words(folded)) == _reference_matches(text, termsets), (s.name, langs, text[:60])
    # the lone `*` subtoken (it may match nothing) keeps its frame on the regex
    assert _Matcher(_compiled(schemes[2], ("en",))).regex_frames == [2]


def test_fast_helpers_equal_the_text_module(seed_articles):
    from helpers.frames import (
        _count_words,
        _fast_fold,
        _fast_fold_runs,
        _folded_with_map,
        _words,
    )
    from helpers.text import count_words

    for text in [*_TRICKY, *seed_articles["body"]]:
        assert _fast_fold(text) == _folded_with_map(text)
        assert _count_words(text) == count_words(text)
        folded, _, same_runs = _fast_fold_runs(text)
        if same_runs:  # the word count from the words the matcher split off
            assert _count_words(text, len(_words(folded))) == count_words(text)
    assert _count_words("orang-orang don't x--y 'quoted'") == 5


def test_shared_corpora_fast_helpers_agree(shared_corpora):
    from helpers.frames import _count_words, _fast_fold, _fast_fold_runs, _folded_with_map, _words
    from helpers.text import count_words

    texts = [p.read_bytes().decode("utf-8", errors="replace") for p in sorted((shared_corpora / "bbc").glob("*/*.txt"))[::5]]
    texts += [p.read_text(encoding="utf-8-sig") for p in sorted((shared_corpora / "ntrex-dev").glob("*/*.txt"))]
    for text in texts:
        assert _fast_fold(text) == _folded_with_map(text)
        assert _count_words(text) == count_words(text)
        folded, _, same_runs = _fast_fold_runs(text)
        if same_runs:  # the word count from the words the matcher split off
            assert _count_words(text, len(_words(folded))) == count_words(text)
