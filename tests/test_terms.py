"""Term counts, DTM, tf-idf, keyness, KWIC, collocations and trends on real text (the seed article)."""

from __future__ import annotations

import math
import warnings

import numpy as np
import pandas as pd
import pytest

from helpers.corpus import load_corpus
from helpers.terms import (
    collocations,
    document_term_matrix,
    keyness,
    kwic,
    log_likelihood,
    log_ratio,
    stopword_list,
    term_counts,
    term_trends,
    tfidf,
    tokenize,
)


@pytest.fixture(scope="module")
def seed(seed_articles) -> pd.DataFrame:
    """The seed article as load_corpus cleans it (dateline, counters, repeated caption, footer removed)."""
    return seed_articles


def _tiny() -> pd.DataFrame:
    return pd.DataFrame({
        "article_id": ["a1", "a2", "b1"],
        "body": ["kopi kopi teh", "kopi.", "kopi teh teh teh teh teh"],
        "outlet": ["A", "A", "B"],
        "language": ["en", "en", "en"],
        "date": pd.to_datetime(["2020-01-05", "2020-03-10", "2020-03-11"]),
    })


# ---- counts on the seed ----------------------------------------------------------------------
def test_seed_most_frequent_non_stopword_is_azerbaijan(seed):
    counts = term_counts(seed)
    assert counts.loc[0, "term"] == "azerbaijan"
    assert counts.loc[0, "count"] == 15
    assert counts.loc[0, "articles"] == 1
    assert list(counts["term"][:3]) == ["azerbaijan", "armenia", "iğdır"]
    # words counted as the loader counts them (stopwords included)
    assert counts.attrs["n_words"] == 297 == int(seed.loc[0, "n_words"])
    assert counts.loc[0, "share"] == pytest.approx(15 / 297)


def test_seed_stopwords_removed_but_quote_cues_and_names_kept(seed):
    terms = set(term_counts(seed)["term"])
    assert not {"yang", "dan", "di"} & terms
    # quote cues are not stopwords (DOMAIN.md): kept for the quotes module and for counting
    assert {"tambahnya", "kata", "menyatakan", "orang-orang"} <= terms
    raw = term_counts(seed, stopwords=False).set_index("term")["count"]
    assert (raw["dan"], raw["di"], raw["yang"]) == (11, 8, 2)


def test_seed_forms_recover_names(seed):
    counts = term_counts(seed, forms=True).set_index("term")["form"]
    assert counts["azerbaijan"] == "Azerbaijan"
    assert counts["pbb"] == "PBB"
    assert counts["mendukung"] == "mendukung"


def test_seed_dewan_keamanan_is_a_bigram_and_a_collocation(seed):
    bigrams = term_counts(seed, ngrams=(2, 2)).set_index("term")["count"]
    assert bigrams["dewan keamanan"] == 1
    assert bigrams["menyatakan dukungan"] == 2
    # never across punctuation: "Iğdır, 5 Oktober" has no bigram "iğdır 5"
    assert "iğdır 5" not in bigrams.index
    # never with a stopword inside: "pasukan armenia" yes, "melawan agresi armenia" has no "di ..."
    assert not any(t.split()[0] in stopword_list("id") for t in bigrams.index)
    coll = collocations(seed, min_count=1).set_index("term")
    assert coll.loc["dewan keamanan", "count"] == 1
    top = collocations(seed, min_count=2)
    assert top.loc[0, "term"] == "menyatakan dukungan"
    assert collocations(seed, min_count=1, min_articles=2).empty


def test_seed_kwic_pendudukan_offsets(seed):
    body = seed.loc[0, "body"]
    hits = kwic(seed, "pendudukan", window=3)
    # the clean seed body has "pendudukan" twice (the "3 occurrences" counts none extra)
    assert len(hits) == 2
    first = body.find("pendudukan")
    second = body.find("pendudukan", first + 1)
    assert list(hits["start"]) == [first, second]
    assert list(hits["end"]) == [first + 10, second + 10]
    assert all(body[s:e] == "pendudukan" for s, e in zip(hits["start"], hits["end"], strict=True))
    assert list(hits["left"]) == ["akan diselamatkan dari ", "menuntut penarikan pasukan "]
    assert hits.loc[0, "sentence"].startswith("“Karabakh akan diselamatkan dari pendudukan")
    by_sentence = kwic(seed, "pendudukan", by_sentence=True)
    assert by_sentence.loc[1, "left"].startswith("Empat resolusi Dewan Keamanan PBB")
    assert by_sentence.loc[1, "right"] == "."


def test_kwic_phrases_wildcards_regex_and_whole_words(seed):
    assert list(kwic(seed, "Dewan Keamanan")["match"]) == ["Dewan Keamanan"]
    assert len(kwic(seed, "orang")) == 1  # "puluhan orang", not inside "Orang-orang"
    assert len(kwic(seed, "orang-orang")) == 1  # the repeated caption is cleaned away
    assert set(kwic(seed, "menyorot*")["match"]) == {"menyoroti"}
    assert list(kwic(seed, r"\bDK PBB\b", regex=True)["match"]) == ["DK PBB"]
    empty = kwic(seed, "tidakadakata")
    assert empty.empty and "start" in empty.columns
    with pytest.raises(ValueError, match="invalid regular expression"):
        kwic(seed, "(", regex=True)


# ---- tokenization ------------------------------------------------------------------------
def test_tokenize_indonesian_news_text():
    text = "Orang-orang di Iğdır, kata Serdar Ünsal, 5 Oktober 2020; tambahnya Sabah's."
    assert tokenize(text, language="id") == ["orang-orang", "iğdır", "kata", "serdar", "ünsal", "5", "oktober",
                                             "2020", "tambahnya", "sabah"]
    assert tokenize(text, language="id", numbers=False, fold_diacritics=True, reduplication="base",
                    clitics="strip") == ["orang", "igdir", "kata", "serdar", "unsal", "oktober", "tambah", "sabah"]
    # a clitic is stripped only when the rest is a root word and the word itself is not one
    assert tokenize("sekolah bangsanya rumahnya", language="id", clitics="strip") == ["sekolah", "bangsa", "rumah"]
    assert tokenize("don't won’t", language="en", stopwords=False) == ["don't", "won't"]
    assert "not" in tokenize("It is not here", language="en")


def test_numbers_and_dates_by_option():
    text = "Minggu lalu, pada 5 Oktober 2020, hari Senin (13/4/2020)"
    assert tokenize(text, language="id", stopwords=False) == ["minggu", "lalu", "pada", "5", "oktober", "2020",
                                                              "hari", "senin", "13", "4", "2020"]
    assert tokenize(text, language="id", stopwords=False, numbers=False, dates=False) == ["lalu", "pada", "hari"]


def test_stemming_protects_names():
    # Sastrawi alone: pekalongan -> kalong, kediri -> diri; names (never lower case here) are not stemmed
    text = "Warga Pekalongan menerima bantuan pertanian dari Kediri. Pemerintah menyerang."
    assert tokenize(text, language="id", stem=True) == ["warga", "pekalongan", "terima", "bantu", "tani",
                                                        "kediri", "pemerintah", "serang"]
    # known Sastrawi errors are overridden (lexicon id/stem_overrides.txt): bekasi -> bekas, berikan -> ikan
    assert tokenize("warga bekasi berikan", language="id", stem=True, stopwords=False) == ["warga", "bekasi", "beri"]


def test_language_per_article_chooses_stopwords():
    arts = pd.DataFrame({"article_id": ["e", "i"], "body": ["the minister said yang", "the menteri yang"],
                         "language": ["en", "id"]})
    counts = term_counts(arts, by="language").set_index(["language", "term"])["count"]
    assert sorted(counts.index) == [("en", "minister"), ("en", "said"), ("en", "yang"), ("id", "menteri"),
                                    ("id", "the")]
    with pytest.warns(UserWarning, match="no language"):
        term_counts(arts.drop(columns="language"))
    assert set(term_counts(arts.drop(columns="language"), language="en")["term"]) == {"minister", "said", "yang",
                                                                                     "menteri"}


# ---- DTM, groups, tf-idf -----------------------------------------------------------------------
def test_dtm_totals_equal_tidy_counts(seed):
    arts = pd.concat([seed, _tiny().assign(language="id")], ignore_index=True)
    for ngrams in [(1, 1), (1, 2)]:
        dtm = document_term_matrix(arts, ngrams=ngrams)
        tidy = term_counts(arts, ngrams=ngrams).sort_values("term").reset_index(drop=True)
        totals = dtm.totals()
        assert dtm.shape == (4, len(tidy))
        assert list(totals["term"]) == list(tidy["term"])
        assert list(totals["count"]) == list(tidy["count"])
        assert list(totals["articles"]) == list(tidy["articles"])
    dtm = document_term_matrix(arts)
    assert list(dtm.article_ids) == list(arts["article_id"])
    assert dtm.matrix[0, dtm.column("azerbaijan")] == 15
    assert dtm.matrix[3, dtm.column("teh")] == 5


def test_term_counts_by_group_min_count_and_top():
    counts = term_counts(_tiny(), by="outlet", stopwords=False)
    assert counts.to_dict("list") == {
        "outlet": ["A", "A", "B", "B"], "term": ["kopi", "teh", "teh", "kopi"], "count": [3, 1, 5, 1],
        "articles": [2, 1, 1, 1], "share": [0.75, 0.25, 5 / 6, 1 / 6],
    }
    assert counts.attrs["n_words"] == {"A": 4, "B": 6}
    assert list(term_counts(_tiny(), by="outlet", top=1)["term"]) == ["kopi", "teh"]
    assert list(term_counts(_tiny(), min_count=5)["term"]) == ["teh"]
    assert list(term_counts(_tiny(), min_articles=2)["term"]) == ["teh", "kopi"]  # teh 6 times, kopi 4
    assert list(term_counts(_tiny(), by="outlet", min_articles=2)["term"]) == ["kopi"]
    assert keyness(_tiny(), by="outlet", target="A", min_count=1, min_articles=3)["term"].tolist() == ["kopi"]
    empty = term_counts(_tiny().iloc[:0])
    assert empty.empty and list(empty.columns) == ["term", "count", "articles", "share"]


def test_tfidf_matches_scikit_learn():
    from sklearn.feature_extraction.text import TfidfVectorizer

    arts = _tiny()
    ours = tfidf(arts, top=None).set_index(["article_id", "term"])["tfidf"]
    vec = TfidfVectorizer(token_pattern=r"[^\W_]+")
    X = vec.fit_transform(arts["body"]).toarray()
    for i, aid in enumerate(arts["article_id"]):
        for j, term in enumerate(vec.get_feature_names_out()):
            if X[i, j]:
                assert ours[(aid, term)] == pytest.approx(X[i, j])
    by_outlet = tfidf(arts, by="outlet", top=1)
    assert list(by_outlet["term"]) == ["kopi", "teh"]


# ---- keyness --------------------------------------------------------------------------------
def test_log_likelihood_hand_computed():
    # kopi: a = 3 of c = 4 words in A, b = 1 of d = 6 in B. E1 = 4*4/10 = 1.6, E2 = 2.4
    # G2 = 2 (3 ln(3/1.6) + 1 ln(1/2.4)) = 2.0207144818
    assert float(log_likelihood(3, 1, 4, 6)) == pytest.approx(2.0207144818, abs=1e-9)
    assert float(log_likelihood(0, 5, 4, 6)) == pytest.approx(2 * 5 * math.log(5 / 3), abs=1e-9)
    assert float(log_ratio(3, 1, 4, 6)) == pytest.approx(math.log2(4.5))
    assert float(log_ratio(0, 5, 4, 6)) == pytest.approx(math.log2((0.5 / 4) / (5 / 6)))


def test_keyness_one_group_against_the_rest():
    key = keyness(_tiny(), target="A", by="outlet", min_count=1, stopwords=False)
    row = key.set_index("term").loc["kopi"]
    assert (row["count_target"], row["count_reference"]) == (3, 1)
    assert row["g2"] == pytest.approx(2.0207144818)
    assert row["p_value"] == pytest.approx(0.1551661, abs=1e-7)
    assert row["log_ratio"] == pytest.approx(math.log2(4.5))
    assert row["direction"] == "target"
    assert key.set_index("term").loc["teh", "direction"] == "reference"
    assert key.attrs["target_words"] == 4 and key.attrs["reference_words"] == 6
    with pytest.raises(ValueError, match="not a value of column 'outlet'"):
        keyness(_tiny(), target="C", by="outlet")


def test_keyness_two_groups():
    arts = pd.concat([_tiny(), pd.DataFrame({"article_id": ["c1"], "body": ["susu"], "outlet": ["C"],
                                             "language": ["en"]})], ignore_index=True)
    key = keyness(arts, target="A", by="outlet", reference="B", min_count=1, stopwords=False)
    assert set(key["term"]) == {"kopi", "teh"}
    assert key.attrs["reference"] == "B"


# ---- trends -----------------------------------------------------------------------------------
def test_term_trends_per_1000_words():
    arts = _tiny().assign(body=["kopi kopi teh", "kopi.", "Kopi Susu teh teh teh teh"])
    arts.loc[1, "date"] = pd.NaT
    with pytest.warns(UserWarning, match="1 article"):
        trends = term_trends(arts, terms=["kopi", "kopi susu"], freq="M")
    assert trends.attrs["undated_articles"] == 1
    assert list(trends["period"].dt.month) == [1, 1, 2, 2, 3, 3]
    kopi = trends[trends["term"] == "kopi"]
    assert list(kopi["count"]) == [2, 0, 1]
    assert list(kopi["n_words"]) == [3, 0, 6]
    assert kopi["per_1k"].tolist() == pytest.approx([2 / 3 * 1000, np.nan, 1 / 6 * 1000], nan_ok=True)
    assert trends[trends["term"] == "kopi susu"]["count"].tolist() == [0, 0, 1]


def test_term_trends_without_dates_is_empty_not_a_crash():
    arts = _tiny().assign(date=pd.NaT)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        trends = term_trends(arts, terms=["kopi"])
    assert trends.empty and "per_1k" in trends.columns


# ---- bad input ------------------------------------------------------------------------------
def test_bad_input_messages():
    with pytest.raises(ValueError, match="lacks column"):
        term_counts(pd.DataFrame({"article_id": ["x"]}))
    with pytest.raises(TypeError, match="unknown token option"):
        term_counts(_tiny(), stopword=False)
    with pytest.raises(ValueError, match="ngrams"):
        term_counts(_tiny(), ngrams=(2, 1))
    arts = _tiny().assign(body=["kopi", None, 5])  # missing and non-text bodies are read as text
    assert term_counts(arts, stopwords=False).set_index("term")["count"].to_dict() == {"kopi": 1, "5": 1}


def test_input_not_mutated(seed):
    before = seed.copy()
    term_counts(seed, by="outlet")
    keyness(pd.concat([seed, _tiny()]), target="A", by="outlet")
    pd.testing.assert_frame_equal(seed, before)


# ---- a known corpus: BBC News (../shared/corpora) -----------------------------------------------
def test_bbc_sport_keyness(shared_corpora):
    arts = load_corpus(shared_corpora / "bbc", progress=False).articles.rename(columns={"folder": "topic"})
    assert len(arts) == 2225
    key = keyness(arts, target="sport", by="topic")
    assert key.attrs["target_words"] == 165567 and key.attrs["reference_words"] == 677825
    assert key[key["direction"] == "target"].head(5)["term"].tolist() == ["cup", "england", "coach", "win", "rugby"]
    assert key[key["direction"] == "reference"].head(3)["term"].tolist() == ["government", "people", "music"]
    cup = key.set_index("term").loc["cup"]
    assert (cup["count_target"], cup["count_reference"]) == (269, 7)
    assert cup["g2"] == pytest.approx(float(log_likelihood(269, 7, 165567, 677825)))


def test_corpus_counts_equal_tokenize(seed):
    """The batched corpus path and the one-text path tokenize alike, tricky text included."""
    from collections import Counter

    tricky = ("The U.S.-led talks (in İstanbul) cost £5.5m; e-mail rock'n'roll 'quoted' Sabah's --- "
              "x--y 3/4/2020 ÜNSAL’s don’t ... a.b.c. Orang-orang, kata-nya")
    arts = pd.DataFrame({"article_id": ["t", "s"], "body": [tricky, seed.loc[0, "body"]], "language": ["en", "id"]})
    for options in ({}, {"stopwords": False}, {"numbers": False, "possessive": False}):
        expected = Counter(tokenize(tricky, language="en", **options)) + Counter(
            tokenize(seed.loc[0, "body"], language="id", **options))
        got = term_counts(arts, **options).set_index("term")["count"].to_dict()
        assert got == dict(expected)


def test_term_order_is_count_then_the_terms_as_strings(seed, monkeypatch):
    """Rows are sorted on word ranks, never on Python strings: the order is still (group, count
    descending, term as a string), unigrams and bigrams mixed ("orang" < "orang-orang";
    "orang azerbaijan" < "orang-orang orang"), and equal to the sort on the joined strings."""
    from helpers import terms as T

    arts = pd.concat([seed, pd.DataFrame({"article_id": ["x"], "language": ["id"], "outlet": ["X"],
                                           "body": ["Orang-orang orang Azerbaijan, orang itu. Orang-orang."]})],
                     ignore_index=True)
    got = term_counts(arts, ngrams=(1, 2), by="outlet")
    keys = list(zip(got["outlet"], -got["count"], got["term"].astype(str), strict=True))
    assert keys == sorted(keys) and len(got) == 243
    x = got[got["outlet"] == "X"]
    assert x["term"].tolist() == ["orang", "orang-orang", "azerbaijan", "orang azerbaijan", "orang-orang orang"]
    assert x["count"].tolist() == [2, 2, 1, 1, 1]
    trigrams = term_counts(arts, ngrams=(1, 3), top=7)
    monkeypatch.setattr(T, "_NOT_IN_WORDS", ".")  # every word "has" one: the string-sort path
    pd.testing.assert_frame_equal(term_counts(arts, ngrams=(1, 2), by="outlet"), got)
    pd.testing.assert_frame_equal(term_counts(arts, ngrams=(1, 3), top=7), trigrams)


def test_describe_functions_escape_corpus_text(seed_articles):
    from helpers.terms import describe_keyness, describe_terms

    hostile = seed_articles.assign(outlet="<script>document.title='pwned'</script>")
    text = describe_terms(hostile, by="outlet", terms=["<b>Azerbaijan</b>"])
    assert "<script>" not in text and "&lt;script&gt;" in text
    assert "<b>" not in text
    table = pd.DataFrame().assign()
    table.attrs.update(target="<img src=x>", target_words=10, reference="rest", reference_words=20)
    assert describe_keyness(table) == r"**&lt;img src=x&gt;** (10 words) against **rest** (20 words)."
