"""helpers.scale: the Parquet cache of loaded corpora, Dask loading, and the Dask analyses (equal to pandas)."""

from __future__ import annotations

import json
import os
import shutil
import warnings
from pathlib import Path

import pandas as pd
import pytest

from helpers import config, scale
from helpers.config import SEED_ARTICLE
from helpers.corpus import load_corpus

TABLES = ("articles", "problems", "removed")


def assert_same_corpus(a, b) -> None:
    for name in TABLES:
        pd.testing.assert_frame_equal(getattr(a, name), getattr(b, name))
    assert a.inputs == b.inputs


@pytest.fixture()
def cache_dir(tmp_path, monkeypatch) -> Path:
    target = tmp_path / "cache"
    monkeypatch.setattr(config, "CACHE_DIR", target)
    return target


@pytest.fixture()
def corpus_dir(tmp_path) -> Path:
    """The seed article and two small English articles in a folder (one in a subfolder)."""
    folder = tmp_path / "corpus"
    (folder / "en").mkdir(parents=True)
    shutil.copy(SEED_ARTICLE, folder / SEED_ARTICLE.name)
    (folder / "en" / "a.txt").write_text("Talks resume\n\nThe minister said talks would resume on Monday.\n",
                                         encoding="utf-8")
    (folder / "en" / "b.txt").write_text("Rain expected\n\nHeavy rain is expected across the north.\n",
                                         encoding="utf-8")
    return folder


def entries(cache: Path) -> list[Path]:
    root = cache / "corpora"
    return sorted(p for p in root.iterdir() if p.is_dir()) if root.is_dir() else []


# ---- the cache --------------------------------------------------------------------------------
def test_cache_hit_reads_parquet_without_loading(corpus_dir, cache_dir, monkeypatch):
    fresh = load_corpus(corpus_dir, cache=False)
    first = load_corpus(corpus_dir, cache=True)
    assert_same_corpus(fresh, first)
    [entry] = entries(cache_dir)
    manifest = json.loads((entry / "manifest.json").read_text())
    assert manifest["tables"]["articles"]["rows"] == 3
    assert entry.name == scale.cache_key(corpus_dir)
    assert not any(p.suffix == ".parquet" for p in corpus_dir.rglob("*"))  # never next to the inputs

    def refuse(*args, **kwargs):
        raise AssertionError("a cache hit must not read the input files")

    monkeypatch.setattr("helpers.corpus._Loader.load_file", refuse)
    again = load_corpus(corpus_dir, cache=True)
    assert_same_corpus(fresh, again)
    assert again.articles["article_id"].tolist() == ["beritaturki-2020-10-lsm-turki-azerbaijan.txt", "en/a.txt",
                                                     "en/b.txt"]
    assert again.articles.loc[1, "title"] == "Talks resume"


def test_cache_miss_after_a_file_changes(corpus_dir, cache_dir):
    load_corpus(corpus_dir, cache=True)
    key_before = scale.cache_key(corpus_dir)
    (corpus_dir / "en" / "a.txt").write_text("Talks collapse\n\nThe minister said talks had collapsed.\n",
                                             encoding="utf-8")
    assert scale.cache_key(corpus_dir) != key_before
    changed = load_corpus(corpus_dir, cache=True)
    assert changed.articles.loc[1, "title"] == "Talks collapse"
    assert [e.name for e in entries(cache_dir)] == [scale.cache_key(corpus_dir)]  # the old entry is pruned

    # same size, new modification time: also a miss
    target = corpus_dir / "en" / "b.txt"
    key = scale.cache_key(corpus_dir)
    st = target.stat()
    os.utime(target, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))
    assert scale.cache_key(corpus_dir) != key
    # options are part of the key
    assert scale.cache_key(corpus_dir, language="id") != scale.cache_key(corpus_dir)
    # a new file in the folder is a miss, and it is loaded
    (corpus_dir / "en" / "c.txt").write_text("Late news\n\nA third story.\n", encoding="utf-8")
    assert len(load_corpus(corpus_dir, cache=True).articles) == 4


@pytest.mark.parametrize("damage", ["flip", "truncate", "manifest"])
def test_corrupted_cache_is_rebuilt_not_trusted(corpus_dir, cache_dir, damage):
    fresh = load_corpus(corpus_dir, cache=False)
    load_corpus(corpus_dir, cache=True)
    [entry] = entries(cache_dir)
    parquet = entry / "articles.parquet"
    if damage == "flip":  # same size, bytes changed in the middle: only the checksum notices
        data = bytearray(parquet.read_bytes())
        mid = len(data) // 2
        data[mid:mid + 16] = bytes(b ^ 0xFF for b in data[mid:mid + 16])
        parquet.write_bytes(bytes(data))
    elif damage == "truncate":
        parquet.write_bytes(parquet.read_bytes()[:100])
    else:
        (entry / "manifest.json").write_text("{not json", encoding="utf-8")
    with pytest.warns(UserWarning, match="damaged"):
        rebuilt = load_corpus(corpus_dir, cache=True)
    assert_same_corpus(fresh, rebuilt)
    manifest, problem = scale._read_entry(entry)
    assert problem is None and manifest["tables"]["articles"]["rows"] == 3
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert_same_corpus(fresh, load_corpus(corpus_dir, cache=True))


def test_cache_options_and_refusals(corpus_dir, cache_dir, tmp_path, monkeypatch):
    load_corpus(corpus_dir)  # cache=None: a small corpus is not cached
    assert entries(cache_dir) == []
    own = tmp_path / "elsewhere"
    load_corpus(corpus_dir, cache=own)
    assert len(entries(own)) == 1 and entries(cache_dir) == []
    with pytest.raises(ValueError, match="inside the corpus folder"):
        load_corpus(corpus_dir, cache=corpus_dir / ".cache")
    # the default cache folder inside the corpus (a whole home folder loaded): loads, uncached
    monkeypatch.setattr(config, "CACHE_DIR", corpus_dir / ".cache")
    with pytest.warns(UserWarning, match="without the cache"):
        assert len(load_corpus(corpus_dir, cache=True).articles) == 3
    assert not (corpus_dir / ".cache").exists()
    with pytest.raises(ValueError, match="engine='spark'"):
        load_corpus(corpus_dir, engine="spark")


def test_unstorable_tables_load_uncached(tmp_path, cache_dir):
    folder = tmp_path / "fm"
    folder.mkdir()
    (folder / "a.md").write_text("---\ntitle: One\ntags: [war, aid]\n---\nFirst body text here.\n", encoding="utf-8")
    (folder / "b.md").write_text("---\ntitle: Two\ntags: 7\n---\nSecond body text here.\n", encoding="utf-8")
    with pytest.warns(UserWarning, match="not cached"):
        corpus = load_corpus(folder, cache=True)
    assert corpus.articles["title"].tolist() == ["One", "Two"]
    assert entries(cache_dir) == []


# ---- Dask ---------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def client():
    """One LocalCluster of 2 worker processes for the module (spawned: started here, never at import)."""
    pytest.importorskip("distributed")
    c = scale.start_local_cluster(2, threads_per_worker=1, processes=True)
    yield c
    c.close()
    c.cluster.close()


@pytest.fixture(scope="module")
def politics(shared_corpora):
    """417 real BBC politics articles, pandas and Dask (4 partitions of files)."""
    folder = shared_corpora / "bbc" / "politics"
    return load_corpus(folder, cache=False), folder


def test_dask_load_equals_pandas(client, politics):
    corpus, folder = politics
    d = load_corpus(folder, engine="dask", cache=False)
    assert isinstance(d, scale.DaskCorpus)
    d = scale.load_corpus_dask(folder, npartitions=4, cache=False)
    assert d.articles.npartitions == 4
    assert list(d.articles.columns) == list(corpus.articles.columns)
    assert d.articles.divisions == (0, 105, 209, 313, 416)  # 417 files: 105 + 104 + 104 + 104
    assert_same_corpus(corpus, d.compute())
    assert len(corpus.articles) == 417
    pd.testing.assert_frame_equal(d.summary(), corpus.summary())
    # data/ (the seed plus a README listed in problems) and a CSV (one file: one partition)
    for source in (SEED_ARTICLE.parent, folder.parent.parent / "detik-dev.csv"):
        fresh = load_corpus(source, cache=False)
        loaded = scale.load_corpus_dask(source, cache=False)
        assert_same_corpus(fresh, loaded.compute())
    assert len(fresh.articles) == 500 and (fresh.problems["reason"] == "mojibake repaired").sum() == 18


def test_dask_ids_unique_across_partitions(client, tmp_path):
    folder = tmp_path / "tables"
    folder.mkdir()
    for name, title in (("a.jsonl", "First"), ("b.jsonl", "Second")):
        rows = [{"id": "x1", "title": title, "text": f"{title} story body.", "desk": "world"},
                {"id": f"{name}-2", "title": "Other", "text": "Another body.", "desk": None}]
        (folder / name).write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    fresh = load_corpus(folder, cache=False)
    d = scale.load_corpus_dask(folder, npartitions=2, cache=False)
    assert d.articles.npartitions == 2
    assert_same_corpus(fresh, d.compute())
    assert fresh.articles["article_id"].tolist() == ["x1", "a.jsonl-2", "x1-2", "b.jsonl-2"]
    assert fresh.problems["reason"].tolist() == ["duplicate id"]


def test_dask_from_cache_by_row_groups(client, corpus_dir, cache_dir, monkeypatch):
    monkeypatch.setattr(scale, "ROW_GROUP_ROWS", 2)
    fresh = load_corpus(corpus_dir, cache=True)  # writes the cache, 2 articles per row group
    d = load_corpus(corpus_dir, engine="dask", cache=True)
    assert d.articles.npartitions == 2 and d.articles.divisions == (0, 2, 2)
    assert_same_corpus(fresh, d.compute())
    # a Dask load writes the cache too (one row group per partition), which pandas then reads
    other = corpus_dir.parent / "cache2"
    d2 = scale.load_corpus_dask(corpus_dir, npartitions=3, cache=other)
    assert_same_corpus(fresh, d2.compute())
    assert_same_corpus(fresh, load_corpus(corpus_dir, cache=other))
    assert scale.load_corpus_dask(corpus_dir, cache=other).articles.npartitions == 3


def test_term_counts_and_keyness_dask_equal_pandas(client, politics, seed_articles, shared_corpora):
    terms = pytest.importorskip("helpers.terms")
    seed_d = scale._as_dask(seed_articles)
    tc = scale.term_counts_dask(seed_d, ngrams=(1, 2))
    pd.testing.assert_frame_equal(tc, terms.term_counts(seed_articles, ngrams=(1, 2)))
    assert tc.set_index("term").loc[["azerbaijan", "armenia", "iğdır"], "count"].tolist() == [15, 6, 5]
    assert tc.attrs == {"n_words": 297, "n_articles": 1}

    corpus, folder = politics
    d = scale.load_corpus_dask(folder, npartitions=4, cache=False)
    for kw in ({}, {"ngrams": (1, 2), "min_count": 2}, {"by": "folder", "top": 20}):
        expected = terms.term_counts(corpus.articles, **kw)
        got = scale.term_counts_dask(d, **kw)
        pd.testing.assert_frame_equal(got, expected)
        assert got.attrs == expected.attrs

    detik = load_corpus(shared_corpora / "detik-dev.csv", cache=False).articles
    detik_d = scale._as_dask(detik)
    assert detik_d.npartitions == 1
    detik_d = detik_d.repartition(npartitions=3)
    target = sorted(detik["aspek_target"].unique())[0]
    expected = terms.keyness(detik, by="aspek_target", target=target, ngrams=(1, 2))
    got = scale.keyness_dask(detik_d, by="aspek_target", target=target, ngrams=(1, 2))
    pd.testing.assert_frame_equal(got, expected)
    assert got.attrs == expected.attrs and len(got) > 1000
    # target=None: the largest group; min_articles on the summed article counts
    expected = terms.keyness(detik, by="aspek_target", min_articles=3)
    got = scale.keyness_dask(detik_d, by="aspek_target", min_articles=3)
    pd.testing.assert_frame_equal(got, expected)
    assert got.attrs == expected.attrs
    expected = terms.term_counts(detik, by="aspek_target", ngrams=(1, 2), min_articles=2, top=10)
    pd.testing.assert_frame_equal(scale.term_counts_dask(detik_d, by="aspek_target", ngrams=(1, 2),
                                                         min_articles=2, top=10), expected)
    with pytest.raises(ValueError, match="stem=True"):
        scale.term_counts_dask(detik_d, stem=True)


def test_quotes_and_frames_dask_equal_pandas(client, politics, seed_articles):
    quotes = pytest.importorskip("helpers.quotes")
    frames = pytest.importorskip("helpers.frames")
    got = scale.extract_quotes_dask(seed_articles).compute().reset_index(drop=True)
    pd.testing.assert_frame_equal(got, quotes.extract_quotes(seed_articles))
    assert got["speaker_name"].tolist().count("Nuru Guliyev") == 4

    corpus, folder = politics
    d = scale.load_corpus_dask(folder, npartitions=4, cache=False)
    expected = quotes.extract_quotes(corpus.articles)
    got = scale.extract_quotes_dask(d).compute().reset_index(drop=True)
    pd.testing.assert_frame_equal(got, expected)
    assert len(got) > 1000

    expected = frames.score_frames(corpus.articles)
    got = scale.score_frames_dask(d).compute().reset_index(drop=True)
    pd.testing.assert_frame_equal(got, expected)
    sentence = scale.score_frames_dask(seed_articles, unit="sentence").compute().reset_index(drop=True)
    pd.testing.assert_frame_equal(sentence, frames.score_frames(seed_articles, unit="sentence"))


def test_find_reuse_dask_equals_pandas(client, shared_corpora):
    reuse = pytest.importorskip("helpers.reuse")
    bbc = load_corpus(shared_corpora / "bbc", cache=False).articles  # 2,225 articles with real duplicates
    expected = reuse.find_reuse(bbc)
    got = scale.find_reuse_dask(scale._as_dask(bbc).repartition(npartitions=4))
    pd.testing.assert_frame_equal(got, expected)
    assert len(got) == 240 and set(got["kind"]) <= {"duplicate", "near-duplicate", "rewrite"}

    # translations need the whole corpus's weights: collected, with a warning, and still equal
    ntrex = load_corpus(shared_corpora / "ntrex-dev", cache=False).articles
    expected = reuse.find_reuse(ntrex)
    with pytest.warns(UserWarning, match="corpus-wide weights"):
        got = scale.find_reuse_dask(scale._as_dask(ntrex).repartition(npartitions=3))
    pd.testing.assert_frame_equal(got, expected)
    assert (got["kind"] == "translation").sum() == 62


@pytest.fixture(scope="module")
def politics_dask(client, politics):
    """The 417 politics articles loaded on the cluster, 4 partitions (shared by the tests below)."""
    return scale.load_corpus_dask(politics[1], npartitions=4, cache=False)


def test_analyses_accept_a_dask_corpus_directly(client, politics, politics_dask):
    """The five analyses take a DaskCorpus (or Dask DataFrame) as they take a pandas table and
    return the pandas result."""
    import helpers

    corpus, d = politics[0], politics_dask
    pd.testing.assert_frame_equal(helpers.term_counts(d, ngrams=(1, 2), min_count=2),
                                  helpers.term_counts(corpus.articles, ngrams=(1, 2), min_count=2))
    quotes = helpers.extract_quotes(d.articles)
    assert isinstance(quotes, pd.DataFrame)
    pd.testing.assert_frame_equal(quotes, helpers.extract_quotes(corpus.articles))
    frames = helpers.score_frames(d, scheme="generic")
    pd.testing.assert_frame_equal(frames, helpers.score_frames(corpus.articles, scheme="generic"))


# ---- every helper the notebooks call takes the Dask table -----------------------------------------
def test_collect_columns_computes_only_what_a_helper_reads(client, politics, politics_dask):
    from helpers.tables import collect_columns, dask_collects

    corpus, d = politics[0], politics_dask
    assert collect_columns(corpus.articles, ["n_words"]) is corpus.articles  # pandas: untouched
    got = collect_columns(d, ["n_words", "article_id", "nope"])
    assert list(got.columns) == ["article_id", "n_words"]  # the table's order; absent columns skipped
    pd.testing.assert_frame_equal(got, corpus.articles[["article_id", "n_words"]])
    light = collect_columns(d.articles, exclude=("body", "title"))
    assert "body" not in light.columns and "outlet" in light.columns and len(light) == 417
    some = collect_columns(d, ["title"], ids=["001.txt", "417.txt", "absent"])
    assert some.to_dict("list") == {"article_id": ["001.txt", "417.txt"],
                                    "title": corpus.articles.set_index("article_id").loc[["001.txt", "417.txt"],
                                                                                         "title"].tolist()}

    seen = []

    @dask_collects(("article_id",), options=("by",))
    def grouped(articles, *, by=None):
        seen.append(list(articles.columns))
        return len(articles)

    assert grouped(d.articles, by="folder") == 417 and seen[-1] == ["article_id", "folder"]
    assert scale.connect("pandas") is None and scale.connect("dask") is client  # the running cluster
    with pytest.raises(ValueError, match="use 'pandas' or 'dask'"):
        scale.connect("spark")
    assert grouped(corpus.articles) == 417 and "body" in seen[-1]


def test_notebook_helpers_accept_a_dask_table(client, politics, politics_dask):
    """What notebooks 01-05 call with the articles table gives the pandas result on 209 real articles
    in 2 partitions (row-wise helpers per partition, the others on the columns they read)."""
    import helpers

    da = politics_dask.articles.partitions[:2]  # 209 articles in 2 partitions: enough, and quick
    pa = politics[0].articles.iloc[:209]
    assert da.npartitions == 2 and len(da) == len(pa) == 209
    pairs = helpers.find_reuse(pa)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        quotes = helpers.extract_quotes(pa)
        scores = helpers.score_frames(pa)
    calls = {
        "summarize_corpus": lambda a: helpers.summarize_corpus(a),
        "articles_by": lambda a: helpers.articles_by(a, by="folder"),
        "articles_over_time": lambda a: helpers.articles_over_time(a),
        "length_summary": lambda a: helpers.length_summary(a, by="outlet"),
        "preview_articles": lambda a: helpers.preview_articles(a, n=3).html,
        "describe_terms": lambda a: helpers.describe_terms(a, by="outlet", terms=["Blair", "general election"]),
        "term_counts forms": lambda a: helpers.term_counts(a, ngrams=(2, 2), top=15, forms=True),
        "collocations": lambda a: helpers.collocations(a, min_count=5, top=30),
        "kwic": lambda a: helpers.kwic(a, ["Blair", "tax*"], by="outlet"),
        "term_trends": lambda a: helpers.term_trends(a, terms=["Blair"]),
        "actors": lambda a: helpers.actors(quotes, a),
        "actor_counts_by": lambda a: helpers.actor_counts_by(quotes, a, group="outlet"),
        "quote_shares": lambda a: helpers.quote_shares(quotes, a, by="auto"),
        "quotes_over_time": lambda a: helpers.quotes_over_time(quotes, a),
        "actor_cooccurrence": lambda a: helpers.actor_cooccurrence(quotes, a),
        "describe_quotes": lambda a: helpers.describe_quotes(quotes, a),
        "frames_by_group": lambda a: helpers.frames_by_group(scores, a, group="folder"),
        "frame_trends": lambda a: helpers.frame_trends(scores, a),
        "frame_agents": lambda a: helpers.frame_agents(a, scheme="conflict", group="outlet"),
        "frames_by_actor": lambda a: helpers.frames_by_actor(quotes, articles=a),
        "coding_sheet": lambda a: helpers.coding_sheet(a, n=5),
        "describe_reuse": lambda a: helpers.describe_reuse(pairs, a),
        "reuse_table": lambda a: helpers.reuse_table(pairs, a),
        "story_clusters": lambda a: helpers.story_clusters(pairs, a),
        "outlet_reuse": lambda a: helpers.outlet_reuse(pairs, a),
        "side_by_side_examples": lambda a: helpers.side_by_side_examples(pairs, a, n=2),
    }
    sizes = {}
    for name, call in calls.items():
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            expected, got = call(pa), call(da)
        if isinstance(expected, pd.DataFrame):
            pd.testing.assert_frame_equal(got, expected, obj=name)
            sizes[name] = len(got)
        else:
            assert got == expected, name
    assert {k: sizes[k] for k in ("kwic", "collocations", "story_clusters")} == {
        "kwic": 244, "collocations": 30, "story_clusters": 8}
    assert sizes["actors"] > 100 and sizes["frame_agents"] > 0  # their rules change with the quotes/frames work
