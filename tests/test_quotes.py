"""Tests for helpers.quotes on the seed article, real corpora and small texts in each quote style."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.quotes import (
    ACTOR_COLUMNS,
    actor_cooccurrence,
    actor_counts_by,
    actors,
    describe_quotes,
    extract_quotes,
    quote_actors,
    quote_kwic,
    quote_overview,
    quote_shares,
    quotes_over_time,
)
from helpers.tables import QUOTE_COLUMNS


def _articles(*bodies: str, language: str = "en") -> pd.DataFrame:
    return pd.DataFrame(
        {
            "article_id": [f"a{i}" for i in range(len(bodies))],
            "body": list(bodies),
            "language": language,
            "outlet": ["X", "Y", "X", "Y"][: len(bodies)],
            "date": pd.to_datetime(["2020-10-05", "2020-10-12", "2020-11-01", "2020-11-02"][: len(bodies)]),
        }
    )


# ---- the seed article (exact test of issue 4) ------------------------------------------------------
@pytest.fixture(scope="module")
def seed_quotes(seed_articles):
    return extract_quotes(seed_articles)


def test_seed_columns_and_offsets(seed_articles, seed_quotes):
    assert list(seed_quotes.columns) == list(QUOTE_COLUMNS)
    body = seed_articles["body"].iloc[0]
    for row in seed_quotes.itertuples():
        assert body[row.start:row.end] == row.quote
        assert row.quote in row.sentence or row.kind != "direct"


def test_seed_direct_quotes(seed_quotes):
    direct = seed_quotes[seed_quotes["kind"] == "direct"]
    assert direct["speaker_name"].tolist() == ["Nuru Guliyev", "Nuru Guliyev", "Serdar Ünsal"]
    assert direct["cue"].tolist() == ["kata", "tambahnya", "tambahnya"]
    assert direct["speaker"].tolist() == ["Guliyev", "tambahnya", "tambahnya"]
    assert direct["speaker_role"].tolist() == [
        "Konsulat Jenderal Azerbaijan di provinsi Kars timur",
        "Konsulat Jenderal Azerbaijan di provinsi Kars timur",
        "ketua Iğdır Azerbaijan Home Association",
    ]
    assert direct["quote"].iloc[1] == "Karabakh akan diselamatkan dari pendudukan"
    assert direct["quote"].iloc[2] == "Kami memihak Azerbaijan dengan prinsip dua negara, satu bangsa"


def test_seed_indirect_quotes(seed_quotes):
    indirect = seed_quotes[seed_quotes["kind"] == "indirect"]
    assert indirect["cue"].tolist() == ["menambahkan bahwa", "menunjukkan bahwa", "menyatakan bahwa"]
    assert indirect["speaker_name"].tolist() == ["Nuru Guliyev", "Nuru Guliyev", "Serdar Ünsal"]
    assert indirect["quote"].iloc[0] == "prestasi tentara Azerbaijan di wilayah tersebut terus berlanjut"
    assert indirect["quote"].iloc[2].startswith("organisasi masyarakat sipil di Iğdı mendukung Azerbaijan")
    assert len(seed_quotes) == 6


def test_seed_actors(seed_articles, seed_quotes):
    table = actors(seed_quotes, seed_articles)
    assert list(table.columns) == list(ACTOR_COLUMNS)
    assert table["actor"].tolist() == ["Nuru Guliyev", "Serdar Ünsal"]
    assert table["n_quotes"].tolist() == [4, 2]
    assert table["n_direct"].tolist() == [2, 1]
    assert table["roles"].iloc[1] == "ketua Iğdır Azerbaijan Home Association"
    assert table["first_date"].iloc[0] == pd.Timestamp("2020-10-05")


# ---- quotation marks and paragraphs -------------------------------------------------------------------
@pytest.mark.parametrize(
    ("body", "quote"),
    [
        ("“We will win this war,” Smith said.", "We will win this war"),
        ('"We will win this war," Smith said.', "We will win this war"),
        ("«We will win this war», Smith said.", "We will win this war"),
        ("„We will win this war“, Smith said.", "We will win this war"),
        ("‘We will win this war,’ Smith said.", "We will win this war"),
        ("'We will win this war,' Smith said.", "We will win this war"),
        ("''We will win this war,'' Smith said.", "We will win this war"),
        ("”Kami akan menang,” kata Budi.", "Kami akan menang"),
    ],
)
def test_every_mark_style(body, quote):
    lang = "id" if "kata" in body else "en"
    q = extract_quotes(_articles(body, language=lang))
    assert q["quote"].tolist() == [quote]
    assert q["speaker_name"].tolist() == ["Smith" if lang == "en" else "Budi"]
    assert q["kind"].tolist() == ["direct"]


def test_quote_over_several_paragraphs():
    body = ('Jane Doe, the mayor, spoke on Monday.\n\n"The first paragraph of my statement goes here.\n\n'
            '"The second paragraph goes on.\n\n"And the last one ends it," she said.\n\nOther news follows.')
    q = extract_quotes(_articles(body))
    assert len(q) == 1
    row = q.iloc[0]
    assert row["quote"].startswith("The first paragraph") and row["quote"].endswith("And the last one ends it")
    assert row["speaker"] == "she" and row["speaker_name"] == "Jane Doe" and row["speaker_role"] == "the mayor"


def test_split_quote_is_one_quote():
    body = "“Kami tidak akan mundur,” kata Budi Santoso, “karena rakyat mendukung kami.”"
    q = extract_quotes(_articles(body, language="id"))
    assert len(q) == 1
    assert q["quote"].iloc[0] == "Kami tidak akan mundur … karena rakyat mendukung kami."
    assert q["speaker_name"].iloc[0] == "Budi Santoso"
    assert q["start"].iloc[0] == 1 and q["end"].iloc[0] == len(body) - 1


def test_scare_quotes_are_not_quotes():
    body = "The so-called “reform” package passed on Tuesday after a long night in the chamber."
    assert extract_quotes(_articles(body)).empty


# ---- English cues -------------------------------------------------------------------------------------
def test_english_cues_both_orders_colon_and_pronouns():
    body = (
        "Prime Minister Jane Smith visited the plant on Monday.\n\n"
        '"We will keep the jobs here," said Ms Smith.\n\n'
        'Union leader Tom Brown said: "We do not believe a word of it."\n\n'
        '"It is a trick," he added.\n\n'
        "According to Brown, the plant will close within a year.\n\n"
        "The minister said the government had a plan for the workers."
    )
    q = extract_quotes(_articles(body))
    assert q["speaker_name"].tolist() == ["Jane Smith", "Tom Brown", "Tom Brown", "Tom Brown", "Jane Smith"]
    assert q["kind"].tolist() == ["direct", "direct", "direct", "indirect", "indirect"]
    assert q["cue"].tolist() == ["said", "said", "added", "According to", "said"]
    assert q["speaker"].tolist() == ["Ms Smith", "Union leader Tom Brown", "he", "Brown", "The minister"]
    assert q["quote"].iloc[3] == "the plant will close within a year"
    assert q["speaker_role"].iloc[1] == "Union leader"


# ---- Indonesian cues ------------------------------------------------------------------------------------
def test_indonesian_cues():
    body = (
        "Menteri Keuangan Sri Mulyani Indrawati menilai ekonomi tetap kuat.\n"
        "Menurut Sri Mulyani, inflasi akan turun tahun depan.\n"
        '"Kami optimistis," ujarnya.\n'
        "Ekonom Universitas Indonesia, Budi Hartono, mengatakan bahwa pertumbuhan akan melambat.\n"
        '"Risikonya masih besar," kata Budi.'
    )
    q = extract_quotes(_articles(body, language="id"))
    assert q["speaker_name"].tolist() == ["Sri Mulyani Indrawati"] * 3 + ["Budi Hartono"] * 2
    assert q["cue"].tolist() == ["menilai", "Menurut", "ujarnya", "mengatakan bahwa", "kata"]
    assert q["speaker_role"].tolist()[3] == "Ekonom Universitas Indonesia"
    assert q["speaker_role"].tolist()[0] == "Menteri Keuangan"


def test_indonesian_initials_and_nickname():
    body = (
        "Menteri Koordinator Agus Harimurti Yudhoyono (AHY) meresmikan kantor itu.\n"
        '"Ini tonggak penting," kata AHY.\n'
        "Gubernur NTT Emanuel Melkiades Laka Lena berjanji memperbaiki gedung sekolah itu secepatnya.\n"
        '"Kami perbaiki," kata Melki, sapaan Melkiades.'
    )
    q = extract_quotes(_articles(body, language="id"))
    assert q["speaker_name"].tolist() == ["Agus Harimurti Yudhoyono", "Emanuel Melkiades Laka Lena",
                                          "Emanuel Melkiades Laka Lena"]


def test_other_language_gets_direct_quotes_without_speakers():
    q = extract_quotes(_articles("« Nous gagnerons », a déclaré le ministre.", language="fr"))
    assert q["quote"].tolist() == ["Nous gagnerons"]
    assert q["speaker_name"].tolist() == [""]


# ---- bad input ------------------------------------------------------------------------------------------
def test_bad_input():
    with pytest.raises(ValueError, match="lacks column"):
        extract_quotes(pd.DataFrame({"article_id": ["a"]}))
    odd = pd.DataFrame({"article_id": ["a", "b"], "body": [None, ""]})
    out = extract_quotes(odd)
    assert out.empty and list(out.columns) == list(QUOTE_COLUMNS)
    assert actors(out).empty and list(actors(out).columns) == list(ACTOR_COLUMNS)


def test_input_not_mutated(seed_articles):
    before = seed_articles.copy()
    extract_quotes(seed_articles)
    pd.testing.assert_frame_equal(seed_articles, before)


def test_workers_give_the_same_table(seed_articles):
    en = _articles('"We will not stop," Erdogan said. He added that talks must start.',
                   '"Peace is possible," said Ilham Aliyev.')
    table = pd.concat([seed_articles[["article_id", "body", "language"]],
                       pd.DataFrame({"article_id": ["empty"], "body": [None], "language": ["en"]}),
                       en[["article_id", "body", "language"]]], ignore_index=True)
    one = extract_quotes(table, workers=1)
    pooled = extract_quotes(table, workers=2)
    pd.testing.assert_frame_equal(pooled, one)
    assert one["article_id"].drop_duplicates().tolist() == [seed_articles["article_id"].iloc[0], "a0", "a1"]


# ---- the fast paths give what the plain code gives ------------------------------------------------------
_TRICKY = [
    "Dr. Smith met Mr. J. Doe in the U.S. on Monday. He said: “no.” Then e.g. this! And 3.5 more?",
    "Kata Prof. Budi, “Ini Jl. Sudirman.” Ia pergi.  Lalu   pulang.\tSelesai … ok. 2. item",
    "x_y. Z²a. é. ..  ?! ”) next. lower. Upper",
    "",
]


def test_fast_sentence_split_equals_split_sentences(seed_articles):
    from helpers.quotes import _split_sentences
    from helpers.text import split_sentences

    paras = [p for b in seed_articles["body"] for p in b.split("\n")] + _TRICKY
    assert sum(len(split_sentences(p, language="id")) for p in paras) > 20
    for p in paras:
        for lang in ("en", "id", "fr"):
            assert _split_sentences(p, lang) == split_sentences(p, language=lang)


def test_fast_cue_windows_and_spaces_equal_plain_code(seed_articles):
    from helpers.quotes import _cue_ok, _cue_tokens, _Doc, _lexicon, _norm_space
    from helpers.text import normalize_space

    body = seed_articles["body"].iloc[0] + "\n" + " ".join(_TRICKY) + " said Ann, according  to him, he says."
    for lang in ("id", "en"):
        lex = _lexicon(lang)
        doc = _Doc(body, lex)
        n = 0
        for lo in range(0, len(body), 7):
            for width in (3, 40, 90, 200):
                got = [(m.start(), m.end()) for m in _cue_tokens(doc, lo, lo + width)]
                want = [(m.start(), m.end()) for m in lex.cue_re.finditer(body, lo, lo + width) if _cue_ok(body, m)]
                assert got == want
                n += len(want)
        assert n > 100
    for text in [*_TRICKY, body, " a \n b\u00a0 c  d\t"]:
        assert _norm_space(text) == normalize_space(text)



def test_fast_capitalised_runs_equal_window_scans(seed_articles):
    from helpers.quotes import _CAP_RUN_RE, _Doc, _lexicon

    body = seed_articles["body"].iloc[0] + "\n" + " ".join(_TRICKY)
    found = 0
    for upto in (0, len(body) // 2, len(body) + 1):
        doc = _Doc(body, _lexicon("id"))
        doc.runs_until(upto)
        for i in range(0, len(body), 5):
            j = min(len(body), i + 4)
            for lo, hi in ((max(0, i - 120), min(len(body), j + 120)), (max(0, i - 3), j), (i, min(len(body), j + 2))):
                want = next((r for r in _CAP_RUN_RE.finditer(body, lo, hi) if r.start() <= i and r.end() >= j), None)
                got = doc.run_holding(i, j, lo, hi)
                assert (got and (got.span(), got.group())) == (want and (want.span(), want.group()))
                found += want is not None
    assert found > 50


# ---- actors, aliases, tables for figures --------------------------------------------------------------
def test_actors_merge_variants_and_aliases(tmp_path):
    arts = _articles(
        '"Turkey stands with Azerbaijan," said President Recep Tayyip Erdoğan.',
        '"We will not stop," Erdogan said.',
        '"Peace is possible," said Ilham Aliyev. "Nothing else," Recep Tayyip Erdogan said.',
    )
    q = extract_quotes(arts)
    table = actors(q, arts)
    assert table["actor"].tolist() == ["Recep Tayyip Erdoğan", "Ilham Aliyev"]
    assert table["n_quotes"].tolist() == [3, 1]
    assert table["n_articles"].tolist() == [3, 1]
    assert table["outlets"].iloc[0] == "X; Y"
    alias = tmp_path / "aliases.csv"
    alias.write_text("variant,actor,actor_type\nErdogan,Erdoğan (Turkey),government\nIlham Aliyev,Aliyev,government\n",
                     encoding="utf-8")
    labelled = actors(q, arts, aliases=alias)
    assert labelled["actor"].tolist() == ["Erdoğan (Turkey)", "Aliyev"]
    assert labelled["actor_type"].tolist() == ["government", "government"]
    shares = quote_shares(q, arts, by="actor_type", aliases=alias)
    assert shares["value"].tolist() == ["government"] and shares["share"].tolist() == [1.0]
    edges = actor_cooccurrence(q, arts)
    assert edges.to_dict("records") == [{"actor_a": "Ilham Aliyev", "actor_b": "Recep Tayyip Erdoğan", "n_articles": 1}]
    by = actor_counts_by(q, arts, group="outlet")
    assert by.loc["Recep Tayyip Erdoğan"].tolist() == [2, 1]
    over = quotes_over_time(q, arts, freq="MS")
    assert over["direct"].tolist() == [2, 2]
    assert "actor" in quote_actors(q, arts).columns
    with pytest.raises(FileNotFoundError):
        actors(q, arts, aliases=tmp_path / "missing.csv")


_ID_BODIES = (
    'Presiden Prabowo Subianto meresmikan Bendungan Jenelata di Gowa. "Air ini untuk petani," kata Prabowo.',
    '"Kita harus swasembada pangan," ujar Prabowo di Istana Negara, Jakarta.',
    'Kapolri Jenderal Listyo Sigit Prabowo meninjau pos pengamanan. "Semua personel siaga," kata Sigit.',
    'Juru bicara KPK Budi Prasetyo, ditemui di Gedung Merah Putih, memberi keterangan. '
    '"Kami memeriksa dua saksi," kata Budi.',
    'Menteri Kesehatan Budi Gunadi Sadikin mengunjungi RSUD Cibinong. "Stok vaksin cukup," kata Budi.',
    '"Itu tidak benar," ujar Budi kepada wartawan.',
)


def test_actors_merge_one_word_names_across_corpus(tmp_path):
    arts = pd.DataFrame({"article_id": [f"d{i}" for i in range(len(_ID_BODIES))], "body": list(_ID_BODIES),
                         "language": "id", "outlet": ["A", "B", "A", "B", "A", "B"]})
    q = extract_quotes(arts)
    # within an article the short form is resolved already; across articles it is not
    assert q["speaker"].tolist() == ["Prabowo", "Prabowo", "Sigit", "Budi", "Budi", "Budi"]
    assert q["speaker_name"].tolist() == ["Prabowo Subianto", "Prabowo", "Listyo Sigit Prabowo", "Budi Prasetyo",
                                          "Budi Gunadi Sadikin", "Budi"]
    table = actors(q, arts)
    # "Prabowo" fits two full names; only Prabowo Subianto is called "Prabowo" in the corpus (Listyo Sigit
    # Prabowo is "Sigit"), so it merges; "Budi" fits two people both called "Budi" and stays apart
    assert table[["actor", "variants", "n_quotes", "n_articles", "outlets"]].to_dict("records") == [
        {"actor": "Prabowo Subianto", "variants": "Prabowo; Prabowo Subianto", "n_quotes": 2, "n_articles": 2,
         "outlets": "A; B"},
        {"actor": "Budi", "variants": "Budi", "n_quotes": 1, "n_articles": 1, "outlets": "B"},
        {"actor": "Budi Gunadi Sadikin", "variants": "Budi Gunadi Sadikin", "n_quotes": 1, "n_articles": 1,
         "outlets": "A"},
        {"actor": "Budi Prasetyo", "variants": "Budi Prasetyo", "n_quotes": 1, "n_articles": 1, "outlets": "B"},
        {"actor": "Listyo Sigit Prabowo", "variants": "Listyo Sigit Prabowo", "n_quotes": 1, "n_articles": 1,
         "outlets": "A"},
    ]
    # "ditemui di Gedung Merah Putih" (a clause after the name) is no role
    assert q["speaker_role"].iloc[3] == "ditemui di Gedung Merah Putih"
    assert table.set_index("actor")["roles"].to_dict() == {
        "Prabowo Subianto": "Presiden", "Budi": "", "Budi Gunadi Sadikin": "Menteri Kesehatan", "Budi Prasetyo": "",
        "Listyo Sigit Prabowo": "Kapolri Jenderal"}
    # the other tables use the same mapping
    assert actor_counts_by(q, arts, group="outlet").loc["Prabowo Subianto"].tolist() == [1, 1]
    assert "Prabowo" not in set(actor_cooccurrence(q, arts)[["actor_a", "actor_b"]].stack())
    assert quote_actors(q, arts)["actor"].tolist()[:2] == ["Prabowo Subianto", "Prabowo Subianto"]
    # the alias table wins: a listed variant goes where it says, not where the corpus merge would put it
    alias = tmp_path / "aliases.csv"
    alias.write_text("variant,actor,actor_type\nBudi,Budi Prasetyo,government\nPrabowo,Prabowo (Gerindra),party\n",
                     encoding="utf-8")
    labelled = actors(q, arts, aliases=alias).set_index("actor")
    assert labelled.loc["Budi Prasetyo", "n_quotes"] == 2
    assert labelled.loc["Prabowo (Gerindra)", "n_quotes"] == 1
    assert labelled.loc["Prabowo Subianto", "n_quotes"] == 1


@pytest.mark.parametrize(
    ("role", "name", "expected"),
    [  # roles as extract_quotes found them in detik-dev.csv
        ("Pak", "Prabowo Subianto", ""),
        ("Gus", "Ipul", ""),
        ("ditemui", "Purbaya Yudhi Sadewa", ""),
        ("ingat kamu Presiden Republik Indonesia", "Prabowo", ""),
        ("akan dihimpun oleh Puskesos yang nantinya akan dikelola oleh Badan Pusat Statistik (BPS", "Ipul", ""),
        ("bantuan PKH", "Ipul", ""),
        ("dilakukan karena mendapat masukan dari berbagai pihak", "Afifuddin", ""),
        ("AHY", "Agus Harimurti Yudhoyono", ""),
        ("Andi Muhammad", "Andi Muhammad Yasir Arafat", ""),
        ("AKBP Moch", "Moch Faruk Rozi", "AKBP"),
        ("Kapolres Tasikmalaya Kota AKBP Moch", "Moch Faruk Rozi", "Kapolres Tasikmalaya Kota AKBP"),
        ("Former Florida Gov.", "Jeb Bush", "Former Florida Gov."),
        ("who has made favorable comments about single-payer health care in the past", "Donald Trump", ""),
        ("Direktur Eksekutif Poltracking Indonesia Hanta", "Hanta Yuda Rasyid", "Direktur Eksekutif Poltracking Indonesia"),
        ("Ketua Unit Ketua Unit Komunikasi Publik Universitas Udayana Ni Nyoman", "Ni Nyoman Dewi Pascarani",
         "Ketua Unit Komunikasi Publik Universitas Udayana"),
        ("Menteri Pertanian Andi", "Andi Amran Sulaiman", "Menteri Pertanian"),
        ("Wakil Presiden", "Gibran Rakabuming Raka", "Wakil Presiden"),
        ("juru bicara KPK", "Budi Prasetyo", "juru bicara KPK"),
        ("ketua Iğdır Azerbaijan Home Association", "Serdar Ünsal", "ketua Iğdır Azerbaijan Home Association"),
        ("Konsulat Jenderal Azerbaijan di provinsi Kars timur", "Nuru Guliyev",
         "Konsulat Jenderal Azerbaijan di provinsi Kars timur"),
        ("the spokesman for the State Department who spoke to reporters", "Ned Price", "the spokesman for the State Department"),
        ("Mr", "Joe Biden", ""),
    ],
)
def test_roles_are_noun_phrases(role, name, expected):
    from helpers.quotes import _clean_role

    assert _clean_role(role, name) == expected


def test_detik_actors_merge_and_clean_roles(shared_corpora):
    from helpers.corpus import load_corpus
    from helpers.text import fold

    arts = load_corpus(shared_corpora / "detik-dev.csv").articles
    q = extract_quotes(arts)
    table = actors(q, arts).set_index("actor")
    names = q["speaker_name"].map(fold)
    # counted from the quotes table: the full name plus the articles that only say "Prabowo"
    assert (names == "prabowo").sum() == 38
    assert table.loc["Prabowo Subianto", "n_quotes"] == ((names == "prabowo subianto") | (names == "prabowo")).sum() == 141
    assert table.loc["Prabowo Subianto", "variants"] == "Prabowo; Prabowo Subianto"
    assert table.loc["Listyo Sigit Prabowo", "n_quotes"] == (names == "listyo sigit prabowo").sum() == 9
    assert table.loc["Purbaya Yudhi Sadewa", "n_quotes"] == names.isin(
        ["purbaya yudhi sadewa", "yudhi sadewa", "purbaya"]).sum() == 115
    assert "Prabowo" not in table.index and "Purbaya" not in table.index
    assert table.loc["Andi Amran Sulaiman", "n_quotes"] == names.isin(
        ["andi amran sulaiman", "amran sulaiman", "amran"]).sum() == 35
    # the roles of the 20 most-quoted actors: 40 listed before the cleaning (19 of them noise), 28 after (4 noise)
    top = table.head(20)["roles"]
    assert sum(len([r for r in x.split("; ") if r]) for x in top) == 28
    assert top["Prabowo Subianto"] == "Presiden"
    assert top["Moch Faruk Rozi"] == "AKBP; Kapolres Tasikmalaya Kota AKBP"


def test_quote_kwic(seed_quotes):
    hits = quote_kwic(seed_quotes, "azerbaijan")
    assert hits["speaker_name"].tolist() == ["Nuru Guliyev", "Nuru Guliyev", "Serdar Ünsal", "Serdar Ünsal"]
    assert set(hits["match"]) == {"Azerbaijan"}
    assert quote_kwic(seed_quotes, "Iğdı")["speaker_name"].tolist() == ["Serdar Ünsal"]
    with pytest.raises(ValueError):
        quote_kwic(seed_quotes, " ")


# ---- real corpora ---------------------------------------------------------------------------------------
def test_detik_gold_accuracy(shared_corpora):
    from bench.eval_quotes import DETIK_GOLD, load_detik, score

    arts, gold = load_detik(DETIK_GOLD)
    assert len(gold) >= 100
    res = score(arts, gold, written=False)
    assert res[("all", "direct")]["speaker_F1"] >= 0.85
    assert res[("all", "indirect")]["speaker_F1"] >= 0.70


def test_polnear_sample_accuracy(shared_corpora):
    from bench.eval_quotes import load_polnear, score

    arts, gold = load_polnear("dev")
    res = score(arts, gold, written=True)
    assert res[("speech", "direct")]["F1"] >= 0.75
    assert res[("speech", "all")]["speaker_match"] >= 0.85


# ---- summaries and the notebook -------------------------------------------------------------------
def test_overview_and_description(seed_articles, seed_quotes):
    table = quote_overview(seed_quotes, seed_articles)
    assert dict(table.itertuples(index=False)) == {
        "articles": 1, "articles with quotes": 1, "quotes": 6, "direct quotes": 3, "indirect quotes": 3,
        "mixed quotes": 0, "quotes with a named speaker": 6, "distinct speakers": 2,
    }
    assert describe_quotes(seed_quotes, seed_articles).startswith("6 quotes in 1 of 1 article(s): 3 direct")
    none = extract_quotes(_articles("The river rose on Monday and the bridge closed."))
    assert describe_quotes(none, _articles("x")).startswith("No quotes were found in the 1 article(s)")


def test_missing_group_column_warns(seed_articles, seed_quotes):
    with pytest.warns(UserWarning, match="no column 'topic'"):
        assert actor_counts_by(seed_quotes, seed_articles, group="topic").empty


def test_notebook_runs_on_seed(monkeypatch, tmp_path):
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    from helpers.config import NOTEBOOK_DIR, PROJECT_ROOT

    monkeypatch.setenv("PYTHONPATH", str(PROJECT_ROOT))
    monkeypatch.setenv("MPLBACKEND", "Agg")
    nb = nbformat.read(NOTEBOOK_DIR / "03_quoted_actors.ipynb", as_version=4)
    assert "parameters" in nb.cells[1].metadata.get("tags", [])
    assert all(c.get("outputs", []) == [] for c in nb.cells if c.cell_type == "code")  # committed without outputs
    nbclient.NotebookClient(nb, timeout=300, kernel_name="python3",
                            resources={"metadata": {"path": str(PROJECT_ROOT)}}).execute()
    text = "".join(o.get("data", {}).get("text/markdown", "") for c in nb.cells for o in c.get("outputs", []))
    assert "6 quotes in 1 of 1 article(s)" in text


def test_indonesian_passive_and_pihaknya():
    body = ("Kapolda Metro Jaya Irjen Asep Edi Suheri memimpin rapat itu.\n"
            "Dikatakan Asep, polisi akan menambah patroli di seluruh wilayah Jakarta.\n"
            "Pihaknya juga menyatakan bahwa razia akan digelar setiap malam.")
    q = extract_quotes(_articles(body, language="id"))
    assert q["cue"].tolist() == ["Dikatakan", "menyatakan bahwa"]
    assert q["speaker_name"].tolist() == ["Asep Edi Suheri", "Asep Edi Suheri"]
    assert q["speaker_role"].tolist() == ["Kapolda Metro Jaya Irjen", "Kapolda Metro Jaya Irjen"]
    assert q["quote"].tolist() == ["polisi akan menambah patroli di seluruh wilayah Jakarta",
                                   "razia akan digelar setiap malam"]


# ---- English indirect constructions (PolNeAR misses) -------------------------------------------------
def _triples(body: str) -> list[tuple[str, str, str]]:
    q = extract_quotes(_articles(body))
    return list(zip(q["kind"], q["speaker"], q["quote"], strict=True))


def test_pronoun_after_a_comma_and_initials_in_names():
    body = (
        "When he took the stage after the introduction, at a theater in Winterset, he said the key to "
        "taking the White House was simple.\n\n"
        "Roxana M. Leon, 63, an independent voter raised in Chile, said she wanted major change in Washington."
    )
    assert _triples(body) == [
        ("indirect", "he", "the key to taking the White House was simple"),
        ("indirect", "Roxana M. Leon", "she wanted major change in Washington"),
    ]


def test_lower_case_subject_noun_phrases():
    body = (
        "Some of Clinton's longtime allies said they have come to accept his new position.\n\n"
        "But progressive organizations that have endorsed him say they believe superdelegates should choose "
        "the candidate.\n\n"
        "Trump's remarks about the company may have contributed to its decision not to fund the convention."
    )
    assert _triples(body) == [
        ("indirect", "Some of Clinton's longtime allies", "they have come to accept his new position"),
        ("indirect", "progressive organizations", "they believe superdelegates should choose the candidate"),
    ]


def test_coordinated_cues_and_content_ends_at_the_next_cue():
    body = (
        "Speaking Sunday on ABC's show, Carson admitted that the course name in his book was inaccurate, "
        "but said his campaign had found the article and would release it.\n\n"
        "In April, Twitter reported flat user growth and worse-than-expected revenue, and said it was still "
        "operating at a loss.\n\n"
        "Carson said he saw no need to change anything about his campaign, telling Stephanopoulos that he "
        "would keep going."
    )
    assert _triples(body) == [
        ("indirect", "Carson", "the course name in his book was inaccurate"),
        ("indirect", "Carson", "his campaign had found the article and would release it"),
        ("indirect", "Twitter", "it was still operating at a loss"),
        ("indirect", "Carson", "he saw no need to change anything about his campaign"),
        ("indirect", "Carson", "he would keep going"),
    ]


def test_subject_with_lower_case_appositions_and_asides():
    body = (
        "Dan Kritenbrink, senior director for Asian affairs at the National Security Council, said he expects "
        "the three leaders to meet in March.\n\n"
        "Proponents of the new bill, however, say it would keep enough federal safeguards in place.\n\n"
        "Rep. Elijah Cummings (D-Md.), chair of the Platform Committee, said that it was “100 percent "
        "committed to an open and transparent process” and “open to every viewpoint being expressed.”"
    )
    q = extract_quotes(_articles(body))
    assert list(zip(q["kind"], q["speaker"], q["quote"], strict=True)) == [
        ("indirect", "Dan Kritenbrink", "he expects the three leaders to meet in March"),
        ("indirect", "Proponents of the new bill", "it would keep enough federal safeguards in place"),
        ("mixed", "Elijah Cummings",
         "it was “100 percent committed to an open and transparent process” and “open to every viewpoint being "
         "expressed"),
    ]
    assert q["speaker_role"].iloc[0] == "senior director for Asian affairs at the National Security Council"


def test_cue_interrupting_its_content():
    body = (
        "Many of the closures, he said, have involved public and semi-private courses.\n\n"
        "The golf industry, she said, is ''doing much better than it's looked since 2009.''\n\n"
        'In Washington, Smith said, "we have work to do."'
    )
    assert _triples(body) == [
        ("indirect", "he", "Many of the closures … have involved public and semi-private courses"),
        ("mixed", "she", "The golf industry … is ''doing much better than it's looked since 2009."),
        ("direct", "Smith", "we have work to do."),
    ]
