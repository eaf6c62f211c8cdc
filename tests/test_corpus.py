"""load_corpus: formats, encodings, the problems table and the accounting rule, on real text."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pandas as pd
import pytest

from helpers.corpus import CorpusError, load_corpus
from helpers.tables import ARTICLE_COLUMNS, PROBLEM_COLUMNS, REMOVED_COLUMNS

SEED_TITLE = "LSM Turki Melamar untuk Berjuang Membantu Azerbaijan Melawan Armenia"
CAPTION = (
    "Orang-orang mengibarkan bendera Azerbaijan dan Turki selama konvoi untuk mendukung perang Baku "
    "melawan pasukan Armenia, Iğdır, 5 Oktober 2020. (DHA)"
)


def _skipped(corpus) -> int:
    p = corpus.problems
    return int((p["outcome"] == "skipped").sum())


def _accounts(corpus) -> None:
    assert len(corpus.articles) + _skipped(corpus) == corpus.inputs


# ---- the seed ------------------------------------------------------------------------------
def test_seed_exact_values(seed_corpus):
    a = seed_corpus.articles
    assert len(a) == 1
    row = a.iloc[0]
    assert row["title"] == SEED_TITLE
    assert row["outlet"] == "BERITATURKI.COM"
    assert row["dateline"] == "Kars"
    assert row["source_credit"] == "Daily Sabah"
    assert row["language"] == "id"
    assert row["date"] == pd.Timestamp("2020-10-05")
    assert row["article_id"] == "beritaturki-2020-10-lsm-turki-azerbaijan.txt"
    body = row["body"]
    assert body.startswith("Organisasi non-pemerintah (LSM) di provinsi Iğdır timur Turki")
    assert body.endswith("perasaan persaudaraan dengan rakyat Azerbaijan.")
    assert body.count(CAPTION) == 1
    for gone in ("LEAVE A REPLY", "Please enter", "/Daily_Sabah", "BERITATURKI.COM"):
        assert gone not in body
    assert "\n0\n" not in f"\n{body}\n" and "\n77\n" not in f"\n{body}\n"
    # paragraphs kept, quotes and names intact
    assert len(body.split("\n\n")) == 12
    assert "“Karabakh akan diselamatkan dari pendudukan,” tambahnya" in body
    assert "Serdar Ünsal, ketua Iğdır Azerbaijan Home Association" in body
    assert row["n_words"] == 297


def test_seed_removed_log(seed_corpus):
    removed = seed_corpus.removed
    assert list(removed.columns) == list(REMOVED_COLUMNS)
    got = list(zip(removed["text"], removed["reason"], strict=True))
    assert got == [
        ("0", "counter"),
        ("77", "counter"),
        (CAPTION, "repeated paragraph"),
        ("LEAVE A REPLY", "comment form or footer"),
        ("Please enter your comment!", "comment form or footer"),
        ("Please enter your name here", "comment form or footer"),
        ("BERITATURKI.COM, Kars-", "dateline"),
        ("/Daily_Sabah", "source credit"),
    ]


def test_columns_and_dtypes(seed_articles):
    assert list(seed_articles.columns[: len(ARTICLE_COLUMNS)]) == list(ARTICLE_COLUMNS)
    assert str(seed_articles["date"].dtype) == "datetime64[ns]"
    assert seed_articles["n_words"].dtype == "int64"
    assert isinstance(seed_articles["body"].dtype, pd.StringDtype)


def test_data_folder_readme_is_skipped_and_listed():
    corpus = load_corpus("data")  # relative to the project root when not in the working directory
    assert len(corpus.articles) == 1
    p = corpus.problems
    assert list(p.columns) == [*PROBLEM_COLUMNS, "outcome"]
    assert p.loc[p["path"] == "README.md", "reason"].tolist() == ["skipped"]
    _accounts(corpus)


def test_article_id_stable_and_input_unchanged(tmp_path, seed_path):
    target = tmp_path / "seed.txt"
    target.write_bytes(seed_path.read_bytes())
    before = hashlib.sha256(target.read_bytes()).hexdigest()
    first = load_corpus(tmp_path).articles
    second = load_corpus(tmp_path).articles
    assert first["article_id"].tolist() == second["article_id"].tolist() == ["seed.txt"]
    pd.testing.assert_frame_equal(first, second)
    assert hashlib.sha256(target.read_bytes()).hexdigest() == before


# ---- bad input: every input accounted for -------------------------------------------------
def test_bad_text_files_are_recorded_not_fatal(tmp_path, seed_path):
    seed = seed_path.read_text(encoding="utf-8")
    (tmp_path / "ok.txt").write_text(seed, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_text("  \n\t\n   \n", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (tmp_path / "latin1.txt").write_bytes("Caf\u00e9 prices\n\nA coffee now costs \u00a33 in S\u00e3o Paulo, said Jos\u00e9.\n".encode("latin-1"))
    (tmp_path / "utf16.txt").write_text("Judul berita\n\nPresiden Joko Widodo mengatakan bahwa ekonomi tumbuh.\n", encoding="utf-16")
    (tmp_path / "crlf.txt").write_bytes(seed.replace("\n", "\r\n").encode("utf-8"))
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbf" + b"Title with BOM\n\nThe body of the story.\n")
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04")
    corpus = load_corpus(tmp_path)
    a = corpus.articles.set_index("article_id")
    p = corpus.problems.set_index("path")
    assert sorted(a.index) == ["bom.txt", "crlf.txt", "latin1.txt", "ok.txt", "utf16.txt"]
    assert p.loc["empty.txt", "reason"] == "empty file"
    assert p.loc["blank.txt", "reason"] == "empty file"
    assert p.loc["binary.txt", "reason"] == "binary file"
    assert p.loc["notes.docx", "reason"] == "unsupported file type"
    assert p.loc["latin1.txt", "reason"] == "decoding fallback"
    assert p.loc["latin1.txt", "outcome"] == "kept"
    assert a.loc["latin1.txt", "body"] == "A coffee now costs £3 in São Paulo, said José."
    assert a.loc["utf16.txt", "title"] == "Judul berita"
    assert a.loc["utf16.txt", "language"] == "id"
    assert a.loc["bom.txt", "title"] == "Title with BOM"
    assert a.loc["crlf.txt", "body"] == a.loc["ok.txt", "body"]
    assert "\r" not in a.loc["crlf.txt", "body"]
    _accounts(corpus)
    assert corpus.inputs == 9


def test_bbc_latin1_file(shared_corpora):
    corpus = load_corpus(shared_corpora / "bbc" / "sport" / "199.txt")
    body = corpus.articles.iloc[0]["body"]
    assert "£" in body
    assert corpus.problems["reason"].tolist() == ["decoding fallback"]
    assert "cp1252" in corpus.problems["detail"].iloc[0]


def test_large_text_file(tmp_path):
    sentence = "The committee said the budget would rise by 5% next year, according to officials. "
    text = "A very long article\n\n" + "\n\n".join(f"Paragraph {i}: " + sentence * 10 for i in range(62_000))
    path = tmp_path / "big.txt"
    path.write_text(text, encoding="utf-8")
    assert path.stat().st_size > 50_000_000
    corpus = load_corpus(path, progress=False)
    row = corpus.articles.iloc[0]
    assert row["title"] == "A very long article"
    assert row["n_words"] == 62_000 * (2 + 10 * 14)
    assert row["language"] == "en"


def test_front_matter_valid_and_invalid(tmp_path):
    (tmp_path / "good.md").write_text(
        "---\ntitle: Banjir di Jakarta\ndate: 2024-01-05\noutlet: Kompas\nurl: https://example.org/a\n"
        "language: id\nauthor: Rina\n---\nHujan deras sejak Senin membuat sungai meluap, kata warga.\n",
        encoding="utf-8",
    )
    (tmp_path / "bad.md").write_text(
        "---\ntitle: [unclosed\n---\nFirst line as title\n\nBody text of the article here.\n", encoding="utf-8"
    )
    corpus = load_corpus(tmp_path)
    a = corpus.articles.set_index("article_id")
    assert a.loc["good.md", "title"] == "Banjir di Jakarta"
    assert a.loc["good.md", "date"] == pd.Timestamp("2024-01-05")
    assert a.loc["good.md", "outlet"] == "Kompas"
    assert a.loc["good.md", "url"] == "https://example.org/a"
    assert a.loc["good.md", "author"] == "Rina"
    assert a.loc["good.md", "body"] == "Hujan deras sejak Senin membuat sungai meluap, kata warga."
    bad = corpus.problems.set_index("path").loc["bad.md"]
    assert bad["reason"] == "invalid front matter"
    assert "line" in bad["detail"]
    assert a.loc["bad.md", "title"] == "---"  # the block is kept as text, visibly
    _accounts(corpus)


def test_csv_missing_body_malformed_row_and_duplicate_ids(tmp_path):
    (tmp_path / "news.csv").write_text(
        'id,judul,isi_berita,tanggal,tautan,topik\n'
        '1,Satu,"Baris pertama.\nBaris kedua, kata dia.",10/21/2025 20:43,https://x.id/1,ekonomi\n'
        '2,Dua,,10/20/2025 10:00,https://x.id/2,ekonomi\n'
        '3,Tiga,Teks tiga.,10/19/2025 09:00,https://x.id/3,politik,EXTRA\n'
        '1,Empat,Teks empat yang lain.,10/18/2025 08:00,https://x.id/4,politik\n',
        encoding="utf-8",
    )
    corpus = load_corpus(tmp_path / "news.csv")
    a = corpus.articles
    assert a["article_id"].tolist() == ["1", "1-2"]
    assert a["title"].tolist() == ["Satu", "Empat"]
    assert a["body"].iloc[0] == "Baris pertama.\n\nBaris kedua, kata dia."
    assert a["date"].tolist() == [pd.Timestamp("2025-10-21 20:43"), pd.Timestamp("2025-10-18 08:00")]
    assert a["url"].iloc[0] == "https://x.id/1"
    assert a["topik"].tolist() == ["ekonomi", "politik"]
    p = corpus.problems
    assert p[["where", "reason"]].values.tolist() == [
        ["line 4", "empty body"],
        ["line 5", "malformed CSV row"],
        ["line 6", "duplicate id"],
    ]
    assert corpus.inputs == 4
    _accounts(corpus)


def test_csv_explicit_columns_and_missing_text_column(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("kode,headline,naskah_lengkap\nA1,Judul,Isi berita di sini.\n", encoding="utf-8")
    with pytest.raises(CorpusError) as err:
        load_corpus(path)
    assert "no text column" in str(err.value)
    assert "['kode', 'headline', 'naskah_lengkap']" in str(err.value)
    corpus = load_corpus(path, columns={"body": "naskah_lengkap", "id": "kode"})
    assert corpus.articles[["article_id", "title", "body"]].values.tolist() == [["A1", "Judul", "Isi berita di sini."]]
    with pytest.raises(CorpusError, match="no column 'nope'"):
        load_corpus(path, columns={"body": "nope"})


def test_jsonl_broken_line_and_parquet(tmp_path):
    lines = [
        json.dumps({"id": "a", "title": "Alpha", "text": "The minister said the plan works.", "lang": "en"}),
        "{broken json",
        json.dumps(["not", "an", "object"]),
        json.dumps({"id": "b", "title": "Beta", "text": "Menteri mengatakan rencana itu berhasil dengan baik."}),
    ]
    (tmp_path / "a.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    pd.DataFrame({"doc_id": ["p1"], "headline": ["Gamma"], "content": ["Parquet body text here."],
                  "published": ["2021-03-04"], "section": ["world"]}).to_parquet(tmp_path / "b.parquet")
    corpus = load_corpus([tmp_path / "a.jsonl", tmp_path / "b.parquet"])
    a = corpus.articles.set_index("article_id")
    assert sorted(a.index) == ["a", "b", "p1"]
    assert a.loc["b", "language"] == "id"
    assert a.loc["a", "language"] == "en"
    assert a.loc["p1", "date"] == pd.Timestamp("2021-03-04")
    assert a.loc["p1", "section"] == "world"
    p = corpus.problems
    assert p[["where", "reason"]].values.tolist() == [["line 2", "broken JSON line"], ["line 3", "not a JSON object"]]
    _accounts(corpus)


def test_html_through_trafilatura(tmp_path):
    html = """<html><head><title>Floods hit the city | Daily News</title>
    <meta property="og:site_name" content="Daily News"><meta name="date" content="2023-02-01"></head>
    <body><nav>Home | World | Sport</nav><article><h1>Floods hit the city</h1>
    <p>Heavy rain flooded hundreds of homes on Tuesday, the mayor said, and schools were closed.</p>
    <p>"We have never seen water this high," said resident Ana Lopez, who lost her car.</p>
    <p>Officials said the river would peak overnight and urged people to stay away from the banks.</p>
    </article><footer>Copyright 2023 Daily News. All rights reserved.</footer></body></html>"""
    (tmp_path / "page.html").write_text(html, encoding="utf-8")
    row = load_corpus(tmp_path).articles.iloc[0]
    assert row["title"] == "Floods hit the city"
    assert row["outlet"] == "Daily News"
    assert row["date"] == pd.Timestamp("2023-02-01")
    assert "the mayor said" in row["body"]
    assert "Home | World" not in row["body"]
    assert "All rights reserved" not in row["body"]


def test_no_articles_is_a_clear_error(tmp_path):
    (tmp_path / "README.md").write_text("# notes\n", encoding="utf-8")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    with pytest.raises(CorpusError, match="no articles loaded") as err:
        load_corpus(tmp_path)
    assert "empty.txt" in str(err.value)
    with pytest.raises(CorpusError, match="no such file or folder"):
        load_corpus(tmp_path / "missing")


def test_glob_and_list_inputs(shared_corpora):
    corpus = load_corpus(str(shared_corpora / "bbc" / "tech" / "00*.txt"))
    assert corpus.articles["article_id"].tolist() == [f"00{i}.txt" for i in range(1, 10)]
    assert set(corpus.articles["language"]) == {"en"}


def test_bbc_folder(shared_corpora):
    corpus = load_corpus(shared_corpora / "bbc", progress=False)
    a = corpus.articles
    assert len(a) == 2225
    assert corpus.inputs == 2226  # README.TXT skipped, listed
    assert a["folder"].value_counts().to_dict() == {
        "sport": 511, "business": 510, "politics": 417, "tech": 401, "entertainment": 386
    }
    assert set(a["language"]) == {"en"}
    assert a.loc[a["article_id"] == "sport/001.txt", "title"].item() == "Claxton hunting first major medal"
    assert a["article_id"].is_unique
    _accounts(corpus)


def test_detik_csv(shared_corpora):
    corpus = load_corpus(shared_corpora / "detik-dev.csv", progress=False)
    a = corpus.articles
    assert len(a) == 500 and corpus.inputs == 500
    # 18 rows hold UTF-8 text that was read as Latin-1 before it reached the CSV (Arabic verses, names)
    assert corpus.problems["reason"].value_counts().to_dict() == {"mojibake repaired": 18}
    assert set(corpus.problems["outcome"]) == {"kept"}
    verse = a.set_index("article_id").loc["133", "body"]
    assert "\u0645\u064e\u0646\u064f\u0648\u0653\u0627" in verse  # the Arabic of Al-Baqarah 282 is readable again
    assert "\u00d9\u0085" not in verse and "\u00d8" not in verse
    assert set(a["language"]) == {"id"}
    first = a.iloc[0]
    assert first["article_id"] == "1"
    assert first["title"] == "Presiden Banggakan Inflasi 2%, Ini Cara Kemendagri Jaga Stabilitas Harga"
    assert first["date"] == pd.Timestamp("2025-10-21 20:43")
    assert first["url"].startswith("https://news.detik.com/berita/d-8171947/")
    assert "SCROLL TO CONTINUE WITH CONTENT" not in " ".join(a["body"])
    assert (corpus.removed["text"] == "SCROLL TO CONTINUE WITH CONTENT").sum() == 492
    assert {"Summary", "entity", "aspek_target", "keyword_sumber"} <= set(a.columns)
    assert a["aspek_target"].value_counts().tolist() == [100] * 5


def test_seed_path_list_and_path_object(seed_path: Path):
    a = load_corpus([seed_path]).articles
    assert a["path"].tolist() == [seed_path.name]


def test_underscore_and_hidden_folders_are_not_read(tmp_path, seed_path):
    (tmp_path / "a.txt").write_bytes(seed_path.read_bytes())
    for folder in ("_coded", ".cache"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "sheet.csv").write_text("article_id,conflict\na.txt,1\n", encoding="utf-8")
    corpus = load_corpus(tmp_path)
    assert corpus.articles["article_id"].tolist() == ["a.txt"]
    assert corpus.inputs == 1 and len(corpus.problems) == 0


def test_word_counts_and_parallel_load_on_bbc(shared_corpora):
    """n_words is the TOKEN_RE count of every body (fast path), and 2 worker processes give the same tables."""
    from helpers.text import TOKEN_RE

    one = load_corpus(shared_corpora / "bbc", progress=False, cache=False, workers=1)
    a = one.articles
    assert a["n_words"].tolist() == [len(TOKEN_RE.findall(b)) for b in a["body"]]
    assert int(a["n_words"].sum()) == 843_392  # as before the fast path (reference tables)
    two = load_corpus(shared_corpora / "bbc", progress=False, cache=False, workers=2)
    pd.testing.assert_frame_equal(two.articles, a)
    pd.testing.assert_frame_equal(two.problems, one.problems)
    pd.testing.assert_frame_equal(two.removed, one.removed)


def test_ascii_turkish_month_loads(tmp_path):
    """'5 Kasim 2020' (Turkish kasım typed without the dotless i) used to raise KeyError in date
    parsing, and the file was skipped as unreadable."""
    (tmp_path / "a.txt").write_text(
        "Ankara hari ini\n\nFoto: Warga di Ankara, Kamis, 5 Kasim 2020. (AA)\n\nBody text of the article here.\n",
        encoding="utf-8",
    )
    corpus = load_corpus(tmp_path, progress=False)
    assert len(corpus.articles) == 1
    assert corpus.problems.empty
    assert corpus.articles["date"].iloc[0] == pd.Timestamp("2020-11-05")
