"""helpers.reuse on real text: the seed, BBC articles, NTREX translations."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.reuse import (
    CLUSTER_COLUMNS,
    OUTLET_REUSE_COLUMNS,
    REUSE_COLUMNS,
    _number_key,
    find_reuse,
    outlet_reuse,
    reuse_network,
    shared_passages,
    side_by_side_html,
    story_clusters,
    translation_fingerprint,
)
from helpers.text import paragraphs

SEED_ID = "beritaturki-2020-10-lsm-turki-azerbaijan.txt"


@pytest.fixture(scope="module")
def seed_with_copy(seed_articles):
    """The seed and another outlet's copy: new headline, last two paragraphs cut, boilerplate added."""
    row = seed_articles.iloc[0].to_dict()
    copy = dict(row)
    copy.update(
        article_id="copy/seed",
        title="Relawan Turki siap bela Azerbaijan",
        body="\n\n".join(paragraphs(row["body"])[:-2] + ["Baca berita lainnya di situs kami. Hak cipta dilindungi."]),
        outlet="Portal Contoh",
        source_credit="BeritaTurki.com",
        date=pd.Timestamp("2020-10-06"),
    )
    return pd.concat([seed_articles, pd.DataFrame([copy])], ignore_index=True)


@pytest.fixture(scope="module")
def bbc(shared_corpora):
    from helpers.corpus import load_corpus

    files = [shared_corpora / "bbc" / "business" / f"{n}.txt" for n in ("025", "077", "127", "164")]
    return load_corpus(files).articles


@pytest.fixture(scope="module")
def ntrex(shared_corpora):
    from helpers.corpus import load_corpus

    return load_corpus(shared_corpora / "ntrex-dev").articles


# ---- the seed ------------------------------------------------------------------------------------
def test_one_article_gives_no_pairs(seed_articles):
    pairs = find_reuse(seed_articles)
    assert pairs.empty
    assert list(pairs.columns) == list(REUSE_COLUMNS)
    assert story_clusters(pairs, seed_articles).empty
    assert list(story_clusters(pairs).columns) == list(CLUSTER_COLUMNS)


def test_seed_fingerprint_keeps_what_translation_keeps(seed_articles):
    row = seed_articles.iloc[0]
    fp = translation_fingerprint(row["body"], title=row["title"], language="id", credit=row["source_credit"])
    # names as consonant skeletons of the folded form: Iğdır -> igdir -> igdr
    assert fp["name:igdr"] == "Iğdır"
    assert fp["name:unsl"] == "Ünsal"
    assert fp["name:erdgn"] == "Erdoğan"
    assert fp["name:glv"] == "Guliyev"
    assert fp["equiv:UNSC"] == "Dewan Keamanan PBB"
    assert fp["equiv:UNGA"] == "Majelis Umum PBB"
    assert fp["equiv:TURKEY"] == "Turki"
    assert fp["month:10"] == "Oktober"
    assert fp["weekday:7"] == "Minggu"
    assert fp["num:30"] == "30"
    assert fp["num:2020"] == "2020"
    assert fp["num:4"] == "Empat"
    assert fp["credit:dailysabah"] == "Daily Sabah"
    # a common word at a sentence start is not a name; Turki is not both a name and an equivalent
    assert "name:smntr" not in fp and "name:trk" not in fp


def test_seed_copy_is_a_credited_near_duplicate(seed_with_copy):
    pairs = find_reuse(seed_with_copy)
    assert len(pairs) == 1
    p = pairs.iloc[0]
    assert (p["article_a"], p["article_b"], p["kind"]) == (SEED_ID, "copy/seed", "near-duplicate")
    assert (p["containment"], p["jaccard"], p["n_shared"]) == (0.9612, 0.7384, 223)
    assert (p["source"], p["republisher"], p["direction"], p["credited"]) == (SEED_ID, "copy/seed", "credit", True)
    # one shared passage: the first 1,837 characters of both bodies, from "Organisasi" to "Nagorno-Karabakh"
    assert p["passages"] == [(0, 1837, 0, 1837)]
    body = seed_with_copy.iloc[0]["body"]
    assert body[:10] == "Organisasi" and body[1837 - 16:1837] == "Nagorno-Karabakh"


def test_clusters_outlets_network_on_seed_copy(seed_with_copy):
    pairs = find_reuse(seed_with_copy)
    clusters = story_clusters(pairs, seed_with_copy)
    assert clusters[["cluster", "article_id", "size", "outlet", "is_source"]].values.tolist() == [
        [1, SEED_ID, 2, "BERITATURKI.COM", True],
        [1, "copy/seed", 2, "Portal Contoh", False],
    ]
    outlets = outlet_reuse(pairs, seed_with_copy)
    assert list(outlets.columns) == list(OUTLET_REUSE_COLUMNS)
    first = outlets.iloc[0]
    assert (first["outlet"], first["n_republished"], first["share_republished"], first["n_credited"],
            first["sources"]) == ("Portal Contoh", 1, 1.0, 1, "BERITATURKI.COM (1)")
    net = reuse_network(pairs)
    assert net.values.tolist() == [["BERITATURKI.COM", "Portal Contoh", 1, 1, "near-duplicate: 1"]]


def test_direction_by_date_without_credit(seed_with_copy):
    arts = seed_with_copy.copy()
    arts.loc[1, "source_credit"] = None
    pairs = find_reuse(arts)
    p = pairs.iloc[0]
    assert (p["source"], p["direction"], p["credited"]) == (SEED_ID, "date", False)


def test_side_by_side_escapes_and_highlights(seed_with_copy):
    arts = seed_with_copy.copy()
    arts.loc[1, "title"] = "<script>alert(1)</script>"
    pairs = find_reuse(arts)
    page = side_by_side_html(pairs.iloc[0], arts)
    assert "<script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert page.count("<mark>") == 2
    assert "<mark>Organisasi non-pemerintah (LSM) di provinsi Iğdır" in page


# ---- same language: BBC ------------------------------------------------------------------------
def test_bbc_copy_with_new_headline_trimmed_end_and_boilerplate_is_found(bbc):
    row = bbc.iloc[0].to_dict()
    assert row["title"] == "Yukos loses US bankruptcy battle"
    copy = dict(row)
    copy.update(article_id="copy/025", title="Russian oil firm fails in Houston court", outlet="Republisher",
                body="\n\n".join(paragraphs(row["body"])[:-2]
                                 + ["Copyright 2005. All rights reserved. Follow us for more business news every day."]))
    pairs = find_reuse(pd.concat([bbc, pd.DataFrame([copy])], ignore_index=True))
    assert pairs[["article_a", "article_b", "kind", "containment", "jaccard", "n_shared"]].values.tolist() == [
        ["025.txt", "copy/025", "near-duplicate", 0.9578, 0.6484, 295]
    ]
    assert pairs.iloc[0]["passages"] == [(0, 1790, 0, 1790)]


def test_different_bbc_articles_on_the_same_topic_do_not_pair(bbc):
    assert bbc["title"].tolist() == ["Yukos loses US bankruptcy battle", "China had role in Yukos split-up",
                                     "Yukos owner sues Russia for $28bn", "Yukos sues four firms for $20bn"]
    assert find_reuse(bbc).empty
    # they do share one background paragraph: a passage, far below any copy threshold
    bodies = bbc.set_index("article_id")["body"]
    passages = shared_passages(bodies["077.txt"], bodies["127.txt"])
    assert len(passages) == 2
    s, e, s2, e2 = passages[-1]
    assert bodies["077.txt"][s:e].endswith("punishment for the political ambitions of its founder Mikhail Khodorkovsky")
    assert bodies["127.txt"][s2:e2].endswith("punishment for the political ambitions of its founder Mikhail Khodorkovsky")


def test_shared_passages_offsets_in_both_bodies():
    a = "The firm said on Monday that profits rose by 10% in the year. Analysts were surprised."
    b = "In other news, the firm said on Monday that profits rose by 10% in the year, beating forecasts."
    (sa, ea, sb, eb), = shared_passages(a, b)
    assert a[sa:ea] == "The firm said on Monday that profits rose by 10% in the year"
    assert b[sb:eb] == "the firm said on Monday that profits rose by 10% in the year"


# ---- across languages: NTREX -------------------------------------------------------------------
SUBSET = ["bbc.381646", "reuters.218861", "cnbc.com.6790", "bbc.381736", "nytimes.184853"]


def test_ntrex_translations_found_among_all_cross_language_pairs(ntrex):
    arts = ntrex[ntrex["article_id"].str.split("/").str[1].str[:-4].isin(SUBSET)].reset_index(drop=True)
    assert len(arts) == 10
    pairs = find_reuse(arts)
    assert pairs["kind"].tolist() == ["translation"] * 5
    assert [(a, b) for a, b in zip(pairs["article_a"], pairs["article_b"], strict=True)] == [
        (f"en/{d}.txt", f"id/{d}.txt") for d in sorted(SUBSET)
    ]
    row = pairs.set_index("article_a").loc["en/cnbc.com.6790.txt"]
    assert row["evidence"] == (
        "names: General Assembly=Majelis Umum PBB, Kim, North Korean=Korea Utara, Singapore=Singapura, Trump, "
        "U.S.=Amerika Serikat, Yong; numbers: 10,000=10.000, 200, three=tiga; dates: June=Juni, Saturday=Sabtu")


def _ids(pairs):
    return sorted(zip(pairs["article_a"], pairs["article_b"], strict=True))


def test_ntrex_shuffled_rendering(ntrex):
    arts = ntrex[ntrex["article_id"].str.split("/").str[1].str[:-4].isin(SUBSET)].reset_index(drop=True)
    for i, row in arts.iterrows():
        if row["language"] == "id":
            arts.loc[i, "body"] = "\n".join(reversed(row["body"].split("\n")))
    assert _ids(find_reuse(arts)) == [(f"en/{d}.txt", f"id/{d}.txt") for d in sorted(SUBSET)]


def test_ntrex_first_half_renderings(ntrex):
    docs = ["bbc.381646", "reuters.218861", "bbc.381701", "telegraph.405422", "guardian.221754"]
    arts = ntrex[ntrex["article_id"].str.split("/").str[1].str[:-4].isin(docs)].reset_index(drop=True)
    for i, row in arts.iterrows():
        if row["language"] == "id":
            lines = row["body"].split("\n")
            arts.loc[i, "body"] = "\n".join(lines[: (len(lines) + 1) // 2])
    pairs = find_reuse(arts)
    assert _ids(pairs) == [(f"en/{d}.txt", f"id/{d}.txt") for d in sorted(docs)]
    row = pairs.set_index("article_a").loc["en/bbc.381701.txt"]
    assert row["evidence"] == "names: Ballyhackamore, Belfast; numbers: 45; dates: Friday=Jumat"


def test_translation_needs_a_date_window_when_dated(ntrex):
    arts = ntrex[ntrex["article_id"].isin(["en/bbc.381646.txt", "id/bbc.381646.txt"])].reset_index(drop=True)
    arts["date"] = pd.to_datetime(["2018-10-01", "2018-12-01"])
    assert find_reuse(arts).empty
    assert len(find_reuse(arts, date_window=None)) == 1


# ---- numbers and bad input ---------------------------------------------------------------------
@pytest.mark.parametrize(("written", "key"), [("1.000", "1000"), ("1,000", "1000"), ("2,5", "2.5"), ("2.5", "2.5"),
                                              ("1,234.5", "1234.5"), ("1.234,5", "1234.5"), ("2020", "2020"),
                                              ("7,50", "7.5")])
def test_numbers_match_across_decimal_conventions(written, key):
    assert _number_key(written) == key


def test_bad_input_gets_a_clear_message(seed_articles):
    with pytest.raises(ValueError, match="lacks column"):
        find_reuse(seed_articles.drop(columns="body"))
    with pytest.raises(ValueError, match="article_id must be unique"):
        find_reuse(pd.concat([seed_articles, seed_articles], ignore_index=True))
    with pytest.raises(TypeError, match="DataFrame"):
        find_reuse([1, 2])


def test_empty_and_missing_bodies_are_not_a_crash(seed_articles):
    arts = pd.concat([seed_articles, pd.DataFrame([{"article_id": "empty", "body": None, "language": "en"},
                                                   {"article_id": "short", "body": "Too short.", "language": "id"}])],
                     ignore_index=True)
    pairs = find_reuse(arts)
    assert pairs.empty


def test_input_is_not_mutated(seed_with_copy):
    before = seed_with_copy.copy()
    find_reuse(seed_with_copy)
    pd.testing.assert_frame_equal(before, seed_with_copy)


def test_numpy_banding_gives_the_datasketch_candidates(shared_corpora):
    """The default bucketing and a datasketch MinHashLSH index find the same pairs (PolNeAR, 840 articles)."""
    from helpers.corpus import load_corpus

    arts = load_corpus(shared_corpora / "polnear-train" / "text").articles
    fast = find_reuse(arts, translations=False, passages=False)
    slow = find_reuse(arts, translations=False, passages=False, index="datasketch")
    pd.testing.assert_frame_equal(fast, slow)
    assert len(fast) == 8


def test_german_rendering_matches_through_equivalents_and_inflection():
    """Another language pair (en-de): a hand-written German rendering of an English paragraph, matched
    through the de lists (Vereinigten Staaten = United States, März = March, 1,5 = 1.5)."""
    en = ("President Donald Trump met German Chancellor Angela Merkel at the White House on Friday, March 27. "
          "The two leaders discussed NATO spending and trade with China. Trump said the United States wants "
          "Germany to pay 2% of its GDP on defence, about 80 billion euros. Merkel said Germany would reach "
          "1.5% by 2024.")
    de = ("Präsident Donald Trump hat Bundeskanzlerin Angela Merkel am Freitag, dem 27. März, im Weißen Haus "
          "empfangen. Die beiden sprachen über die Nato-Ausgaben und den Handel mit China. Trump sagte, die "
          "Vereinigten Staaten wollten, dass Deutschland 2 Prozent seines BIP für Verteidigung ausgibt, etwa "
          "80 Milliarden Euro. Merkel sagte, Deutschland werde bis 2024 1,5 Prozent erreichen.")
    arts = pd.DataFrame([{"article_id": "en1", "body": en, "language": "en"},
                         {"article_id": "de1", "body": de, "language": "de"}])
    pairs = find_reuse(arts)
    assert pairs[["article_a", "article_b", "kind", "n_shared"]].values.tolist() == [["de1", "en1", "translation", 17]]
    assert pairs.iloc[0]["evidence"] == (
        "names: Angela, China, Deutschland=German, Donald, Merkel, Nato, Präsident=President, Trump, "
        "Vereinigten Staaten=United States, Weißen Haus=White House; numbers: 1,5=1.5, 2, 2024, 27, 80; "
        "dates: März=March, Freitag=Friday")


def test_credited_translation_gets_its_direction(ntrex):
    """An Indonesian rendering that credits the English outlet: the English article is the source."""
    arts = ntrex[ntrex["article_id"].isin(["en/bbc.381646.txt", "id/bbc.381646.txt"])].reset_index(drop=True)
    arts["outlet"] = ["BBC", "Portal Contoh"]
    arts["source_credit"] = [None, "BBC"]
    p = find_reuse(arts).iloc[0]
    assert (p["kind"], p["source"], p["republisher"], p["direction"], p["credited"]) == (
        "translation", "en/bbc.381646.txt", "id/bbc.381646.txt", "credit", True)
    assert p["evidence"].endswith("; id/bbc.381646.txt credits BBC")


def test_names_meet_across_scripts_and_spellings():
    """Cyrillic transliterated, spelling variants collapsed: the keys translation keeps."""
    ru = translation_fingerprint("Президент Путин встретился с Трампом в Вашингтоне.", language="ru")
    en = translation_fingerprint("President Putin met Trump in Washington.", language="en")
    assert {"name:ptn", "name:vshngtn"} <= set(ru) & set(en)
    assert translation_fingerprint("Kolombia dan Meksiko", language="id").keys() == \
        translation_fingerprint("Colombia and Mexico", language="en").keys()


@pytest.mark.shared
def test_notebook_05_on_a_mixed_language_folder(shared_corpora, tmp_path):
    """Notebook 05 with only CORPUS changed: three NTREX stories in English and Indonesian."""
    import shutil

    from helpers import report
    from helpers.config import NOTEBOOK_DIR

    folder = tmp_path / "mixed"
    for lang in ("en", "id"):
        (folder / lang).mkdir(parents=True)
        for doc in ("bbc.381646", "guardian.221754", "reuters.218861"):
            shutil.copy(shared_corpora / "ntrex-dev" / lang / f"{doc}.txt", folder / lang / f"{doc}.txt")
    result = report.run_reports(folder, out=tmp_path / "reports", notebooks=[NOTEBOOK_DIR / "05_republication.ipynb"],
                                progress=False)[0]
    assert result.ok, result.error
    page = result.html.read_text(encoding="utf-8")
    assert "3 pairs (3 translation) involving 6 of 6 articles" in page
    assert "No duplicates, near-duplicates or rewrites at these thresholds." in page
    assert "<mark>" not in page  # translations have no shared passages to highlight
