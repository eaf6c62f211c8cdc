"""Tests for helpers.quotes on the seed article, real corpora and small texts in each quote style."""

from __future__ import annotations

from pathlib import Path

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


def test_cyclic_collector_left_as_found(seed_articles, seed_quotes):
    """extract_quotes pauses the cyclic garbage collector during its loop and restores the caller's setting."""
    import gc
    import threading

    was_on = gc.isenabled()
    try:
        gc.disable()
        pd.testing.assert_frame_equal(extract_quotes(seed_articles), seed_quotes)
        assert not gc.isenabled()
        gc.enable()
        pd.testing.assert_frame_equal(extract_quotes(seed_articles), seed_quotes)
        assert gc.isenabled()
        seen = []  # in another thread (which leaves the switch alone): the same table, the switch as found
        worker = threading.Thread(target=lambda: seen.append(extract_quotes(seed_articles).equals(seed_quotes)
                                                             and gc.isenabled()))
        worker.start()
        worker.join()
        assert seen == [True] and gc.isenabled()
    finally:
        (gc.enable if was_on else gc.disable)()


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
    # "Presiden Recep Tayyip Erdoğan menyoroti hubungan bilateral ...": a reported topic, as the detik gold counts it
    assert indirect["cue"].tolist() == ["menambahkan bahwa", "menunjukkan bahwa", "menyatakan bahwa", "menyoroti"]
    assert indirect["speaker_name"].tolist() == ["Nuru Guliyev", "Nuru Guliyev", "Serdar Ünsal", "Recep Tayyip Erdoğan"]
    assert indirect["quote"].iloc[0] == "prestasi tentara Azerbaijan di wilayah tersebut terus berlanjut"
    assert indirect["quote"].iloc[2].startswith("organisasi masyarakat sipil di Iğdı mendukung Azerbaijan")
    assert len(seed_quotes) == 7


def test_seed_actors(seed_articles, seed_quotes):
    table = actors(seed_quotes, seed_articles)
    assert list(table.columns) == list(ACTOR_COLUMNS)
    assert table["actor"].tolist() == ["Nuru Guliyev", "Serdar Ünsal", "Recep Tayyip Erdoğan"]
    assert table["n_quotes"].tolist() == [4, 2, 1]
    assert table["n_direct"].tolist() == [2, 1, 0]
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


def test_indonesian_mengaku_menyoroti_melanjutkan_sahut():
    body = ("Menteri ESDM Bahlil Lahadalia mengaku banyak mendapat permintaan kuota impor dari SPBU swasta.\n"
            "Bahlil melanjutkan, kuota impor tahun ini sudah naik menjadi 110 persen.\n"
            "Ia juga menyoroti keberhasilan pemerintah memperpendek antrean distribusi.\n"
            '"Jangan main klakson terus, jalannya macet," sahut Rudi Hartono, sopir angkot.')
    q = extract_quotes(_articles(body, language="id"))
    assert q["cue"].tolist() == ["mengaku", "melanjutkan", "menyoroti", "sahut"]
    assert q["speaker_name"].tolist() == ["Bahlil Lahadalia"] * 3 + ["Rudi Hartono"]
    assert q["quote"].tolist() == ["banyak mendapat permintaan kuota impor dari SPBU swasta",
                                   "kuota impor tahun ini sudah naik menjadi 110 persen",
                                   "keberhasilan pemerintah memperpendek antrean distribusi",
                                   "Jangan main klakson terus, jalannya macet"]


def test_indonesian_weak_cue_before_finite_clause():
    # an auxiliary right after a weak cue starts a subjectless clause; one inside a relative clause does not
    body = ("Komisi Pemberantasan Korupsi (KPK) menyampaikan telah melakukan penggeledahan di rumah dua tersangka.\n"
            "Presiden Prabowo Subianto menunjukkan sikap hormat kepada pendahulunya yang telah memimpin dua periode.\n"
            "Wali Kota Surabaya Eri Cahyadi menyampaikan pemerintah akan menambah kuota bantuan bulan depan.")
    q = extract_quotes(_articles(body, language="id"))
    assert q["cue"].tolist() == ["menyampaikan", "menyampaikan"]
    assert q["speaker_name"].tolist() == ["Komisi Pemberantasan Korupsi", "Eri Cahyadi"]
    assert q["quote"].tolist() == ["telah melakukan penggeledahan di rumah dua tersangka",
                                   "pemerintah akan menambah kuota bantuan bulan depan"]


def test_indonesian_pronoun_after_person_brought_in_by_previous_sentence():
    body = ('"Sudah kami mediasi," kata Ema Nurnisya Putri, kepala sekolah itu.\n'
            "Kasat Reskrim Polrestabes Palembang AKBP Andrie Setiawan tak menampik kabar tersebut. Menurutnya, "
            "kasus tersebut sudah dinaikkan ke tahap penyidikan.\n"
            "Hal senada diungkapkan Sekretaris Kementerian Pariwisata Bayu Aji. Dia menyebut bahwa pariwisata "
            "tidak bisa berdiri sendiri.\n"
            "Pemimpin Minoritas Senat dan Demokrat New York, Chuck Schumer, juga bergabung dalam protes tersebut.\n"
            '"Kita tidak punya diktator di Amerika," tulisnya di media sosial.')
    q = extract_quotes(_articles(body, language="id"))
    assert q["cue"].tolist() == ["kata", "Menurutnya", "menyebut bahwa", "tulisnya"]
    assert q["speaker_name"].tolist() == ["Ema Nurnisya Putri", "Andrie Setiawan", "Bayu Aji", "Chuck Schumer"]
    # (s30idspk: the rank written between the role and the name is no part of the role)
    assert q["speaker_role"].tolist()[1:] == ["Kasat Reskrim Polrestabes Palembang",
                                              "Sekretaris Kementerian Pariwisata",
                                              "Pemimpin Minoritas Senat dan Demokrat New York"]


def test_indonesian_role_with_number_or_abbreviation_then_name():
    body = ('"Total kasus yang terdata 232 siswa," kata Kepala Dinas Kesehatan (Dinkes) Seram Bagian Barat, '
            "Gariman Kurniawan dilansir detikSulsel, Selasa (21/10/2025).\n"
            '"Sudah kami mediasi dengan harapan persoalan ini selesai," kata Kepala SMA Negeri 16 Palembang, '
            "Ema Nurnisya Putri.")
    q = extract_quotes(_articles(body, language="id"))
    assert q["speaker_name"].tolist() == ["Gariman Kurniawan", "Ema Nurnisya Putri"]
    assert q["speaker_role"].tolist() == ["Kepala Dinas Kesehatan (Dinkes) Seram Bagian Barat",
                                          "Kepala SMA Negeri 16 Palembang"]


def test_indonesian_weak_cue_before_subject_and_verb():
    body = ("Kapuspen TNI Brigjen Freddy Ardianzah memastikan TNI menaati hukum dan menghormati kebebasan berpendapat.\n"
            "Presiden Prabowo Subianto meminta para penegak hukum serius menangani seluruh kasus korupsi.\n"
            "Wakil Ketua KPK Fitroh Rohcyahyanto meminta maaf usai KPK baru melakukan operasi tangkap tangan.")
    q = extract_quotes(_articles(body, language="id"))
    assert q["cue"].tolist() == ["memastikan", "meminta"]
    assert q["speaker_name"].tolist() == ["Freddy Ardianzah", "Prabowo Subianto"]
    assert q["quote"].tolist() == ["TNI menaati hukum dan menghormati kebebasan berpendapat",
                                   "para penegak hukum serius menangani seluruh kasus korupsi"]


def test_indonesian_parenthetical_clitic_cue():
    body = ('"Sudah kami mediasi," ujar Kepala SMA Negeri 16 Palembang, Ema Nurnisya Putri.\n'
            "Selain itu, lanjutnya, guru tersebut juga sudah menyampaikan permohonan maaf.\n"
            "Angka tersebut, katanya, menjadi alarm bagi semua pihak.")
    q = extract_quotes(_articles(body, language="id"))
    assert q["cue"].tolist() == ["ujar", "lanjutnya", "katanya"]
    assert q["speaker_name"].tolist() == ["Ema Nurnisya Putri"] * 3
    assert q["quote"].tolist() == ["Sudah kami mediasi", "guru tersebut juga sudah menyampaikan permohonan maaf",
                                   "Angka tersebut … menjadi alarm bagi semua pihak"]


def test_indonesian_speaker_before_yang_or_apposition_after_opener():
    body = ("Langkah TNI ini mendapat tanggapan, salah satunya adalah Menko Yusril Ihza Mahendra yang menegaskan TNI "
            "tidak bisa melaporkan Ferry Irwandi.\n"
            "Banyak yang menilai tindakan itu mencoreng nama baik institusi.\n"
            "Menanggapi hal ini, Kepala Otorita IKN, Basuki Hadimuljono, menegaskan bahwa pihaknya akan mengambil "
            "langkah tegas.")
    q = extract_quotes(_articles(body, language="id"))
    assert q["cue"].tolist() == ["menegaskan", "menegaskan bahwa"]
    assert q["speaker_name"].tolist() == ["Yusril Ihza Mahendra", "Basuki Hadimuljono"]
    assert q["quote"].tolist() == ["TNI tidak bisa melaporkan Ferry Irwandi", "pihaknya akan mengambil langkah tegas"]


def test_indonesian_portfolio_noun_is_not_part_of_the_name():
    # ke-/pe(N)-...-an nouns ("Keuangan", "Perekonomian") belong to the title, not to the name
    body = ("Wakil Menteri Keuangan Suahasil Nazara memaparkan bahwa realisasi belanja mencapai Rp 800 triliun.\n"
            '"Penyerapannya masih di bawah 50%," kata Suahasil.\n'
            "Menteri Koordinator Bidang Perekonomian Airlangga Hartarto menyebutkan bahwa kondisi ini hanya sementara.")
    q = extract_quotes(_articles(body, language="id"))
    assert q["speaker_name"].tolist() == ["Suahasil Nazara", "Suahasil Nazara", "Airlangga Hartarto"]
    assert q["speaker_role"].tolist() == ["Wakil Menteri Keuangan", "Wakil Menteri Keuangan",
                                          "Menteri Koordinator Bidang Perekonomian"]


def test_indonesian_short_form_defined_in_brackets():
    body = ("Mahasiswa Universitas Udayana (Unud) itu terancam sanksi. Namun, Unud menegaskan sanksi itu belum "
            "bersifat final.\n"
            "Mantan Ketua MPR Bambang Soesatyo (Bamsoet) hadir dalam acara itu.\n"
            '"Pembenahan partai politik tidak akan efektif," kata Bamsoet.')
    q = extract_quotes(_articles(body, language="id"))
    assert q["speaker"].tolist() == ["Unud", "Bamsoet"]
    assert q["speaker_name"].tolist() == ["Universitas Udayana", "Bambang Soesatyo"]


def test_indonesian_definite_description_after_cue():
    body = ("Wali Kota Jambi Maulana menerbitkan surat edaran soal penipuan.\n"
            '"Surat ini diterbitkan sehubungan dengan maraknya penipuan yang mengatasnamakan Wali Kota Jambi," '
            "bunyi surat edaran itu.\n"
            "Wakil Kepala SMKN Restorasi Pulau Komodo, Saharil, mengatakan kondisi sekolah itu tak berubah.")
    q = extract_quotes(_articles(body, language="id"))
    assert q["cue"].tolist() == ["bunyi", "mengatakan"]
    assert q["speaker"].tolist() == ["surat edaran itu", "Saharil"]
    assert q["quote"].tolist()[1] == "kondisi sekolah itu tak berubah"


def test_indonesian_request_to_an_addressee():
    body = "Menteri Lingkungan Hidup Hanif Faisol meminta kepada Pemerintah Kota Bogor untuk menjaga kebersihan sungai."
    q = extract_quotes(_articles(body, language="id"))
    assert q["cue"].tolist() == ["meminta"]
    assert q["speaker_name"].tolist() == ["Hanif Faisol"]
    assert q["quote"].tolist() == ["kepada Pemerintah Kota Bogor untuk menjaga kebersihan sungai"]


def test_indonesian_parenthetical_kata_dia():
    body = ("Wakil Gubernur Sumatera Selatan Cik Ujang meninjau kawasan wisata itu.\n"
            "Pemerintah daerah,kata dia,akan membantu para preman beralih ke kegiatan yang produktif.\n"
            "Sebab, kata dia, lapangan pekerjaan di sekitar kawasan wisata masih terbatas.")
    q = extract_quotes(_articles(body, language="id"))
    assert q["cue"].tolist() == ["kata", "kata"]
    assert q["speaker_name"].tolist() == ["Cik Ujang", "Cik Ujang"]
    assert q["quote"].tolist() == ["Pemerintah daerah … akan membantu para preman beralih ke kegiatan yang produktif",
                                   "lapangan pekerjaan di sekitar kawasan wisata masih terbatas"]


def test_indonesian_rank_opens_the_apposed_name():
    body = ('"Sudah sidik (naik ke penyidikan)," ujar Kapolres Boyolali, AKBP Rosyid Hartanto, dikonfirmasi Selasa.\n'
            '"Belum penetapan tersangka," imbuhnya.')
    q = extract_quotes(_articles(body, language="id"))
    assert q["speaker_name"].tolist() == ["Rosyid Hartanto", "Rosyid Hartanto"]
    assert q["speaker_role"].tolist()[0] == "Kapolres Boyolali"  # (s30idspk: the rank is no part of the role)


def test_indonesian_agentless_passive_and_clitic_inside_clause():
    body = ('"Belum penetapan tersangka," kata Kapolres Boyolali AKBP Rosyid Hartanto.\n'
            "Ditambahkan, pihaknya juga belum melakukan penyitaan terhadap aset koperasi itu.\n"
            "Isu pendanaan ini menurutnya menjadi penting bagi negara berkembang.\n"
            "Dari kebutuhan USD 285 miliar, Indonesia disebutnya baru bisa membiayai 16%.\n"
            "Hal tersebut disampaikannya dalam rapat di Jakarta.")
    q = extract_quotes(_articles(body, language="id"))
    assert q["cue"].tolist() == ["kata", "Ditambahkan", "menurutnya", "disebutnya"]
    assert q["speaker_name"].tolist() == ["Rosyid Hartanto"] * 4
    assert q["quote"].tolist()[1:] == ["pihaknya juga belum melakukan penyitaan terhadap aset koperasi itu",
                                       "Isu pendanaan ini … menjadi penting bagi negara berkembang",
                                       "Dari kebutuhan USD 285 miliar, Indonesia … baru bisa membiayai 16%"]


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


def test_every_rule_cue_word_is_found_by_the_cue_scan():
    """The cue scan (``_Lex.cue_re``) gates every cue rule: each cue word of the trigger lists, lower case and
    capitalised, is found whole; the cue words other rules dispatch on are in those lists (a word outside them
    never reaches its rule: the two known ones are listed, a new one fails here)."""
    from helpers.lexicons import load_list_or_empty
    from helpers.quotes import _lexicon

    triggers = {}
    for lang, n_min in (("en", 500), ("id", 150)):
        lex = _lexicon(lang)
        trigger = triggers[lang] = lex.verbs | lex.after_cues | lex.clitics | lex.passives | set(lex.intros) | \
            lex.mixed_cues | lex.nominal_cues
        assert len(trigger) >= n_min
        for word in trigger:
            for form in (word, word[:1].upper() + word[1:]):
                m = lex.cue_re.search(f"x {form} y")
                assert m is not None and m.span() == (2, 2 + len(form)), (lang, form)
    for name, known in (("object_cues", {"answers", "posts"}), ("infinitive_cues", set()),
                        ("coordinated_cues", set())):
        words = {w.lower() for w in load_list_or_empty(name, "en")}
        assert words
        assert words - triggers["en"] == known, name


def test_role_words_gate_holds_every_role_holder_match(seed_articles):
    from helpers.quotes import _role_holder_appos_re, _role_holder_re, _role_words_re

    body = seed_articles["body"].iloc[0] + "\n" + (
        "Chancellor Gordon Brown said the PRIME  MINISTER, Tony Blair, agreed. London mayor Ken Livingstone and "
        "ex-Conservative chancellor Ken Clarke spoke. The Archbishop of Canterbury, Dr Rowan Williams, said "
        "Gordon Brown, the chancellor, was right; the\tprime minister Tony Blair did not. Ketua Iğdır Azerbaijan.")
    roles = ("chancellor", "prime minister", "Archbishop of Canterbury", "mayor", "ketua", "minister", "bishop")
    hits = 0
    for role in roles:
        for lo in range(0, len(body), 11):
            for hi in (lo + 30, lo + 120, len(body)):
                found = [m.span() for pat in (_role_holder_re(role), _role_holder_appos_re(role))
                         for m in pat.finditer(body, lo, hi)]
                gate = _role_words_re(role).search(body, lo, hi)
                assert gate is not None or not found, (role, lo, hi, found)
                hits += bool(found)
    assert hits > 40
    assert _role_words_re("prime minister").search("the Prime\t Minister Tony Blair") is not None
    assert _role_words_re("prime minister").search("the Prime Minister, Tony Blair") is not None
    assert _role_words_re("prime minister").search("the prime minister said") is None
    assert _role_words_re("prime minister").search("the primeminister Tony Blair") is None


def test_fast_quote_mark_pattern_equals_alternation(seed_articles):
    import random
    import re

    from helpers.quotes import _QMARK_RE

    plain = re.compile(r"''|``|[\"“”„«»]")  # the pattern _QMARK_RE is written to equal
    rng = random.Random(4)
    texts = [seed_articles["body"].iloc[0], " ".join(_TRICKY)]
    texts += ["".join(rng.choice("a '`\"“”„«»‘’\n") for _ in range(60)) for _ in range(300)]
    n = 0
    for text in texts:
        want = [m.span() for m in plain.finditer(text)]
        assert [m.span() for m in _QMARK_RE.finditer(text)] == want
        for lo in range(0, len(text), 3):
            for hi in (lo + 1, lo + 2, lo + 9):
                assert [m.span() for m in _QMARK_RE.finditer(text, lo, hi)] == [m.span() for m in plain.finditer(text, lo, hi)]
        n += len(want)
    assert n > 1000


def test_fast_single_mark_pattern_equals_lookbehind_first(seed_articles):
    import random
    import re

    from helpers.quotes import _SINGLE_RE

    # the pattern _SINGLE_RE is written to equal (look-behinds first: tried at every position)
    plain = re.compile(r"(?:(?<=^)|(?<=[\s(\[—–-]))['‘‚](?=[^\s'‘’])|(?<=[^\s'‘])['’](?=[\s.,;:!?)\]—–-]|$)")
    rng = random.Random(5)
    texts = [seed_articles["body"].iloc[0], " ".join(_TRICKY), "'Yes,' he said. ‘No’ (‘maybe’) — 'so' ''"]
    texts += ["".join(rng.choice("ab '‘’‚(\n[—–-.,;:!?)]\"") for _ in range(rng.randint(1, 40))) for _ in range(3000)]
    n = 0
    for text in texts:
        want = [m.span() for m in plain.finditer(text)]
        assert [m.span() for m in _SINGLE_RE.finditer(text)] == want
        for lo in range(0, len(text), 5):
            assert [m.span() for m in _SINGLE_RE.finditer(text, lo)] == [m.span() for m in plain.finditer(text, lo)]
        n += len(want)
    assert n > 3000


def test_fast_alias_patterns_equal_plain_ones(seed_articles):
    import random
    import re

    from helpers.quotes import (
        _ACRONYM_ALIAS_RE,
        _ACRONYM_HINT_RE,
        _NICK_FIRST_RE,
        _NICK_SECOND_RE,
        _SHORT_FORM_HINT_RE,
        _SHORT_FORM_RE,
        _UPPER,
    )

    # the nickname patterns as written before: "\b" first (tried at every position)
    plain = [re.compile(rx.pattern.replace(rf"([{_UPPER}](?<!\w.)", rf"\b([{_UPPER}]", 1)) for rx in (_NICK_FIRST_RE, _NICK_SECOND_RE)]
    assert all(p.pattern.startswith("\\b(") for p in plain)
    rng = random.Random(6)
    words = ["Ab", "Cd", " ", "\t", ",", "atau", "alias", "sapaan", "akrab", "x", "É", "_", "1", "known as", "Mr.", "\n",
             "ÉÀ", "(", ")", "AB", "Unud", "(KPK)", "(Unud)"]
    texts = [seed_articles["body"].iloc[0], " ".join(_TRICKY), "Agus Harimurti Yudhoyono (AHY) atau AHY, Melki, sapaan Melkiades",
             "Universitas Udayana (Unud); Lestari atau Rerie; xMelki sapaan Mel"]
    texts += ["".join(rng.choice(words) + rng.choice(("", " ")) for _ in range(rng.randint(1, 30))) for _ in range(5000)]
    n = 0
    for text in texts:
        for fast, slow in zip((_NICK_FIRST_RE, _NICK_SECOND_RE), plain, strict=True):
            want = [(m.span(), m.groups()) for m in slow.finditer(text)]
            assert [(m.span(), m.groups()) for m in fast.finditer(text)] == want
            n += len(want)
        # the hints hold wherever the full patterns match
        assert _ACRONYM_ALIAS_RE.search(text) is None or _ACRONYM_HINT_RE.search(text) is not None
        assert _SHORT_FORM_RE.search(text) is None or _SHORT_FORM_HINT_RE.search(text) is not None
    assert n > 200


def test_fast_space_chars_are_every_white_space_character():
    import sys

    from helpers.quotes import _SPACE_CHARS

    assert set(_SPACE_CHARS) == {chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()}


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
    # (s6id: the clause is no role; s30idspk: the title written before the name is, "Juru bicara KPK")
    assert q["speaker_role"].iloc[3] == "Juru bicara KPK"
    assert table.set_index("actor")["roles"].to_dict() == {
        "Prabowo Subianto": "Presiden", "Budi": "", "Budi Gunadi Sadikin": "Menteri Kesehatan",
        "Budi Prasetyo": "Juru bicara KPK", "Listyo Sigit Prabowo": "Kapolri"}  # (s30idspk: no rank in the role)
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


def test_actors_display_a_clean_name_variant():
    # speaker names as extract_quotes wrote them on BBC News politics articles: the merged actor's key
    # is the longer, noisy variant, but the actor is shown by the variant that reads as a name
    q = pd.DataFrame({
        "article_id": ["a", "b", "c", "d", "e", "f", "g"],
        "speaker": ["Tony Blair", "Blair", "Tony Blair", "Liberal Democrat leader Charles Kennedy avoided",
                    "Charles Kennedy", "Tory Liam Fox", "Liam Fox"],
        "speaker_name": ["Ps. Tony Blair", "Tony Blair", "Tony Blair", "Liberal Democrat leader Charles Kennedy avoided",
                         "Charles Kennedy", "Tory Liam Fox", "Liam Fox"],
        "speaker_role": "", "kind": "direct", "language": "en",
    })
    table = actors(q)
    assert table[["actor", "variants", "n_quotes"]].to_dict("records") == [
        {"actor": "Tony Blair", "variants": "Ps. Tony Blair; Tony Blair", "n_quotes": 3},
        {"actor": "Charles Kennedy", "variants": "Charles Kennedy; Liberal Democrat leader Charles Kennedy avoided",
         "n_quotes": 2},
        {"actor": "Liam Fox", "variants": "Liam Fox; Tory Liam Fox", "n_quotes": 2},
    ]


@pytest.mark.parametrize(
    ("name", "clean"),
    [("Tony Blair", True), ("Ps. Tony Blair", False), ("Donald J. Trump", True), ("Mohammed bin Salman", True),
     ("Tory Liam Fox", False), ("Robert Kilroy-Silk Party", False), ("Serdar Ünsal", True),
     ("Presiden Prabowo Subianto", False), ("data KBRI Phnom Penh", False), ("", False)],
)


def test_clean_name(name, clean):
    from helpers.quotes import _clean_name

    assert _clean_name(name) is clean


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
    # counted from the quotes table: the full name plus the articles that only say "Prabowo" (s15idbat: 158, the
    # subject before "dalam banyak pidatonya menekankan"; 45 and 159: "Mantan Menteri Pertahanan ... itu menekankan")
    # (s20id: 44, article 142's "Sedangkan untuk pegawai lain, Prabowo meminta untuk bersabar." is no quote: the fronted
    # topic was read as its content)
    # (s29idrec: 45, article 895's "Prabowo awalnya mengajak semua generasi untuk ...", "awalnya" between subject and cue)
    assert (names == "prabowo").sum() == 45
    # (s18id: 160, article 549's "Prabowo menyarankan menggunakannya saat liburan saja", a verb opening the clause;
    # s20id: 159, article 142's above; s25idspk: 160, article 815's "Sebelumnya, Presiden Prabowo Subianto menargetkan
    # ... . Ia berharap ...", the subject of the sentence before)
    # s25audit2: article 791's "Menurut Prabowo Indonesia tidak punya ...", the speaker phrase "Prabowo Indonesia" now
    # named Prabowo Subianto: a run with no name in it is no longer a full name; 162 with both branches; s29idrec: 163)
    assert table.loc["Prabowo Subianto", "n_quotes"] == ((names == "prabowo subianto") | (names == "prabowo")).sum() == 163
    assert table.loc["Prabowo Subianto", "variants"] == "Prabowo; Prabowo Subianto"
    assert table.loc["Listyo Sigit Prabowo", "n_quotes"] == (names == "listyo sigit prabowo").sum() == 8  # (s15idbat: "Eks Kabareskrim Polri itu menekankan")
    # (s17id: 128, article 107's "Pada kesempatan yang sama, Menteri PU, Dody Hanggodo, mengatakan pihaknya ..." is
    # Dody Hanggodo's, no longer an inverted cue with Purbaya's "pihaknya"; 127, article 7's "Purbaya pun menjelaskan
    # alasan pentingnya menjaga inflasi." is a noun object, no quote; 128, article 25's "Purbaya pun bercerita, banyak
    # pejabat nakal yang berpikir ..."; s18id: 129, article 181's "Eks Kepala Dewan Komisioner Lembaga Penjamin Simpanan
    # (LPS) itu pun menegaskan bahwa ...", a description closed by a demonstrative referring back; s20id: 130, article
    # 11's "Namun dia kembali menegaskan masyarakat bisa membuat aduan ...", a connective before the subject; 129, article
    # 270's "Terkait dana pengadaannya, Menteri Keuangan Purbaya Yudhi Sadewa menegaskan kesiapannya." is no quote;
    # s25audit: 130, article 521's "Awalnya Purbaya mengatakan ...", a sentence adverb no longer read into the name)
    # s25idspk: article 103's "Sementara itu, Menteri Keuangan Purbaya ... menolak keras ... . Ia menilai" and article
    # 135's three quotes after "Menteri Keuangan Purbaya Yudhi Sadewa akan mengejar obligor ...": the subject of the
    # sentence before, not the Satgas named in it (s25audit2 reached article 135 too: "Satuan Tugas ... (Satgas BLBI)"
    # is a run with no name in it); 134 with s25audit, s25idspk and s25audit2 together)
    assert table.loc["Purbaya Yudhi Sadewa", "n_quotes"] == names.isin(
        ["purbaya yudhi sadewa", "yudhi sadewa", "purbaya"]).sum() == 134
    assert "Prabowo" not in table.index and "Purbaya" not in table.index
    assert table.loc["Andi Amran Sulaiman", "n_quotes"] == names.isin(
        ["andi amran sulaiman", "amran sulaiman", "amran"]).sum() == 40  # (s18id: 38, article 543's "Amran memastikan
    # anggaran penambahan subsidi untuk pupuk ini berasal dari ...", a long subject before its verb; s22ntxid: 40,
    # articles 93 and 645's "Menteri Pertanian (Mentan) Andi Amran Sulaiman, mengaku sempat mengancam ...", a stray
    # comma between the subject and its cue)
    # the roles of the 20 most-quoted actors: 30 after the cleaning (4 noise); s6id: Saifullah Yusuf ("Gus Ipul",
    # no longer a separate actor "Ipul") is third with 81 quotes and role "Menteri Sosial"
    top = table.head(20)["roles"]
    # (s15idbat: 32, Prabowo's "Presiden RI" from a quote after "Prabowo dalam banyak pidatonya menekankan ...", and
    # the role back-reference "Mantan Menteri Pertahanan periode 2019-2024 itu" as written; s17id: 33, "Kapolres
    # Tasikmalaya Kota" from "Kapolres Tasikmalaya Kota, AKBP Moch Faruk Rozi, membenarkan", a titled name in apposition;
    # then 34: Perry Warjiyo, "Gubernur BI; Gubernur Bank Indonesia", enters the top 20 with "Gubernur Bank Indonesia
    # Perry Warjiyo yang hadir dalam forum tersebut memaparkan ..." in place of Lily Kresnowati's one role; s18id: 35,
    # Afifuddin's "Ketua KPU" from "KPU resmi mencabut ... Hal ini disampaikan langsung oleh Ketua KPU, Afifuddin."; 36,
    # Purbaya's "Eks Kepala Dewan Komisioner Lembaga Penjamin Simpanan (LPS) itu" as written, like Prabowo's below; s20id:
    # 37, Agus Harimurti Yudhoyono's "Menteri Koordinator Bidang Infrastruktur dan Pembangunan Kewilayahan" from
    # "ROLE, Agus Harimurti Yudhoyono (AHY), menyebut ...", the short form in brackets closing the apposed name;
    # s25audit2: 38, Prabowo's noise role "Indonesia" from article 791's "Menurut Prabowo Indonesia tidak punya ..." (a
    # comma missing after the name), whose speaker is now resolved to him, no longer an actor "Prabowo Indonesia")
    # s30idspk: 39: ranks and name words left at a role's end are dropped (Moch Faruk Rozi's "AKBP; Kapolres
    # Tasikmalaya Kota AKBP; Kapolres Tasikmalaya Kota" is one role), the titles written before a comma or a
    # bracketed short form are found (Fadli Zon: "Menteri Kebudayaan; Menteri Kebudayaan RI", Andi Muhammad Yasir
    # Arafat: "Ketua KPU Makassar"), short forms in brackets are dropped ("Menteri Pertanian (Mentan)")
    # s31idrole: 38, Purbaya's "Menkeu" (a one-word title after "Menteri Keuangan Purbaya Yudhi Sadewa") is now the
    # role in full, "Menteri Keuangan"
    assert sum(len([r for r in x.split("; ") if r]) for x in top) == 38
    # ("Ipul" stays where no bracket or "disapa" defines it; s17id: 83, "Ia mengingatkan masyarakat untuk memakai ..."
    # in article 597 and "Gus Ipul mengajak Pemerintah Daerah untuk mengawal ..." in 889, request cues with their act;
    # s19id: 84, '"Itulah yang jadi perhatian ...," jelasnya' in 889 after "Data menunjukkan ..." (a finding of data,
    # no speaker to resolve to))
    assert table.loc["Saifullah Yusuf", "n_quotes"] == 84
    assert top["Prabowo Subianto"] == "Presiden; Indonesia; Mantan Menteri Pertahanan periode 2019-2024 itu; Presiden RI"
    assert top["Moch Faruk Rozi"] == "Kapolres Tasikmalaya Kota"


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



def test_polnear_parser_scores_content2_as_part_of_the_content(tmp_path):
    """brat events with Content2 ('"A," X said. "B."'): both parts are the gold content, in text order."""
    from bench.eval_quotes import _parse_ann

    text = '"We will win," Sanders said in an interview. "And we will win big."'
    b = text.index("And")
    ann = tmp_path / "x.ann"
    ann.write_text(
        "T1\tContent 1 13\tWe will win,\n"
        "T2\tSource 15 22\tSanders\n"
        "T3\tCue 23 27\tsaid\n"
        f"T4\tContent {b} {len(text) - 2}\t{text[b:len(text) - 2]}\n"
        "T5\tAttribution 23 27\tsaid\n"
        "E1\tAttribution:T5 Cue:T3 Source:T2 Content:T1 Content2:T4\n",
        encoding="utf-8",
    )
    assert _parse_ann(ann) == [{"content": [(1, 13), (b, len(text) - 2)], "source": "Sanders", "cue": "said"}]


def test_speaker_scoring_possessives_and_title_only_sources():
    """The scorer's speaker agreement: `Trump's` is Trump; a source of titles only is compared title for title."""
    from bench.eval_quotes import _speaker_ok

    assert _speaker_ok("Trump's", "Donald Trump", "Donald Trump", written=True)
    assert _speaker_ok("the senator", "The senator", "", written=True)
    assert _speaker_ok("the President", "he", "President Obama", written=True)
    assert not _speaker_ok("the President", "he", "Barack Obama", written=True)
    assert not _speaker_ok("the senator", "The senator", "", written=False)  # only the resolved name counts
    assert not _speaker_ok("Mr. Trump", "Mr. Cruz", "Ted Cruz", written=True)  # a shared title is no agreement
    assert not _speaker_ok("who", "Hillary Clinton", "Hillary Clinton", written=True)

# ---- summaries and the notebook -------------------------------------------------------------------
def test_overview_and_description(seed_articles, seed_quotes):
    table = quote_overview(seed_quotes, seed_articles)
    assert dict(table.itertuples(index=False)) == {
        "articles": 1, "articles with quotes": 1, "quotes": 7, "direct quotes": 3, "indirect quotes": 4,
        "mixed quotes": 0, "quotes with a named speaker": 7, "distinct speakers": 3,
    }
    assert describe_quotes(seed_quotes, seed_articles).startswith("7 quotes in 1 of 1 article(s): 3 direct")
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
    assert "7 quotes in 1 of 1 article(s)" in text


def test_indonesian_passive_and_pihaknya():
    body = ("Kapolda Metro Jaya Irjen Asep Edi Suheri memimpin rapat itu.\n"
            "Dikatakan Asep, polisi akan menambah patroli di seluruh wilayah Jakarta.\n"
            "Pihaknya juga menyatakan bahwa razia akan digelar setiap malam.")
    q = extract_quotes(_articles(body, language="id"))
    assert q["cue"].tolist() == ["Dikatakan", "menyatakan bahwa"]
    assert q["speaker_name"].tolist() == ["Asep Edi Suheri", "Asep Edi Suheri"]
    assert q["speaker_role"].tolist() == ["Kapolda Metro Jaya", "Kapolda Metro Jaya"]  # (s30idspk: no rank)
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
        ("indirect", "Twitter", "flat user growth and worse-than-expected revenue"),  # (qsubj: "reported" + object)
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
        ("mixed", "Rep. Elijah Cummings",
         "it was “100 percent committed to an open and transparent process” and “open to every viewpoint being "
         "expressed.”"),
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


def test_naming_and_other_cues_before_a_quoted_fragment():
    body = (
        "The former first lady calls it her ''responsibility gene''.\n\n"
        "He calls for a ''Medicare for all'' single-payer health care system.\n\n"
        "Sanders also pledged to “bring our political revolution” to the convention.\n\n"
        "The city council called a meeting for Tuesday to discuss the budget."
    )
    assert _triples(body) == [
        ("mixed", "The former first lady", "it her ''responsibility gene"),
        ("mixed", "He", "a ''Medicare for all'' single-payer health care system"),
        ("mixed", "Sanders", "to “bring our political revolution” to the convention"),
    ]


def test_headlines_relative_subjects_and_proportions():
    body = (
        "Bernie Sanders Says He's Already Started Writing His Inaugural Address\n\n"
        "Clinton won by almost 60 points among the 30 percent of voters who said Wall Street does more to "
        "help the economy.\n\n"
        "One in five say that won't be true.\n\n"
        "The United States Says"
    )
    assert _triples(body) == [
        ("indirect", "Bernie Sanders", "He's Already Started Writing His Inaugural Address"),
        ("indirect", "voters", "Wall Street does more to help the economy"),
        ("indirect", "One in five", "won't be true"),
    ]


def test_content_boundaries_semicolons_fragments_and_naming():
    body = (
        "The former first lady calls it her ''responsibility gene''; rivals deride it as poll-tested caution.\n\n"
        "Petrilli called the new law “much, much better” than No Child Left Behind, since it retains testing.\n\n"
        "Later on Sunday, Carson shared a syllabus for a psychology class called “Perception” on his page.\n\n"
        "The second initiative, the so called “Self-Determination Initiative” seeks to mandate referenda.\n\n"
        "As China builds islands in the South China Sea, it is his job, he said, to talk to Congress about it."
    )
    assert _triples(body) == [
        ("mixed", "The former first lady", "it her ''responsibility gene"),
        ("mixed", "Petrilli", "the new law “much, much better” than No Child Left Behind"),
        ("indirect", "he", "it is his job … to talk to Congress about it"),
    ]


def test_asides_and_long_relative_clauses_before_the_cue():
    body = (
        "Helen Aguirre Ferre, who took over as head of Hispanic communications after the previous director "
        "quit because of her distaste for Trump, said Latino voters are interested in more than immigration.\n\n"
        "Dow's chief executive, Andrew Liveris, of course, said that the timing was unrelated.\n\n"
        "The last question at the event was from a young child, who said he and his father drove from Omaha."
    )
    assert _triples(body) == [
        ("indirect", "Helen Aguirre Ferre", "Latino voters are interested in more than immigration"),
        ("indirect", "Andrew Liveris", "the timing was unrelated"),
        ("indirect", "a young child", "he and his father drove from Omaha"),
    ]


def test_base_verb_forms_and_a_second_speaker_in_the_sentence():
    body = (
        "Some liberal economists warn that the central bank could undermine growth.\n\n"
        "Critics argue the plan will fail, and supporters insist that it will not.\n\n"
        "The note was left on the table."
    )
    assert _triples(body) == [
        ("indirect", "Some liberal economists", "the central bank could undermine growth"),
        ("indirect", "Critics", "the plan will fail"),
        ("indirect", "supporters", "it will not"),
    ]


def test_a_cue_opening_the_next_sentence_also_gives_its_indirect_quote():
    body = (
        "He bought the plane, according to his book ''The Art of the Deal.'' Mr. Trump said a smaller jet "
        "would have cost more than twice as much.\n\n"
        "Kasich is popular, though 32 percent said they had no opinion of him."
    )
    q = extract_quotes(_articles(body))
    assert list(zip(q["kind"], q["speaker"], q["quote"], strict=True))[-2:] == [
        # the book title closing the clause before is no quote of Mr. Trump (qprec: a quoted fragment)
        ("indirect", "Mr. Trump", "a smaller jet would have cost more than twice as much"),
        ("indirect", "32 percent", "they had no opinion of him"),
    ]


def test_nominal_cues_with_a_possessive_or_by_speaker():
    body = (
        "Madeleine Albright fanned controversy over her remark that “there’s a special place in hell for "
        "women who don’t help each other.”\n\n"
        "Trump's attacks stand out for the suggestion by a potential president that someone \"ought to look "
        "into\" the judge.\n\n"
        "The claim that the plant will close is false."
    )
    q = extract_quotes(_articles(body))
    assert list(zip(q["kind"], q["speaker"], q["speaker_name"], q["quote"], strict=True)) == [
        ("direct", "her", "Madeleine Albright", "there’s a special place in hell for women who don’t help each other."),
        ("mixed", "a potential president", "potential president", 'someone "ought to look into" the judge'),
    ]


def test_plural_nouns_that_look_like_cues():
    body = (
        "After Mr. Trump began racking up victories in early primary states prominent donors poured money "
        "into the group.\n\n"
        "The report states that the plant will close."
    )
    assert _triples(body) == [("indirect", "The report", "the plant will close")]


def test_weak_cues_whose_object_is_a_proposition():
    body = (
        "News Corporation denied the reports of a bid for the company.\n\n"
        "The band announced a benefit concert in support of Bernie Sanders."
    )
    assert _triples(body) == [
        ("indirect", "News Corporation", "the reports of a bid for the company"),
        # (qsubj: an announcement is attributed too, as PolNeAR annotates it: 10 of 10 "announced" + object on dev)
        ("indirect", "The band", "a benefit concert in support of Bernie Sanders"),
    ]


def test_clause_after_a_prepositional_phrase_without_that():
    body = "United Gun Group said in a statement Thursday night they pulled the listing from the site."
    assert _triples(body) == [("indirect", "United Gun Group", "they pulled the listing from the site")]


def test_a_quoted_fragment_inside_a_later_clause_is_not_the_rest_of_a_split_quote():
    body = (
        "\"I have a judge who is a hater,\" Trump said at a rally, adding that he believed the judge was "
        "\"Mexican.\"\n\n"
        "\"We will win,\" he said. \"And we will win big.\""
    )
    q = extract_quotes(_articles(body))
    assert list(zip(q["kind"], q["speaker"], q["quote"], strict=True)) == [
        ("direct", "Trump", "I have a judge who is a hater"),
        ("mixed", "Trump", 'he believed the judge was "Mexican."'),
        ("direct", "he", "We will win … And we will win big."),
    ]


def test_reported_content_ends_before_a_non_restrictive_or_concessive_clause():
    body = (
        "Murphy said he supports the final bill, which includes provisions not in the Senate bill.\n\n"
        "Humphrey said he is hopeful about Kasich, even though many donors backed Cruz.\n\n"
        "Voters said Wall Street hurts the economy, according to exit polls.\n\n"
        "Half said they back Clinton, compared with 40 percent a year ago.\n\n"
        "He says the email scandal, while troublesome, was dealt with.\n\n"
        "Trump said he would ban Muslims from entering the country — a proposal he has raised before."
    )
    assert _triples(body) == [
        ("indirect", "Murphy", "he supports the final bill"),
        ("indirect", "Humphrey", "he is hopeful about Kasich"),
        ("indirect", "exit polls", "Voters said Wall Street hurts the economy"),
        ("indirect", "Voters", "Wall Street hurts the economy"),
        ("indirect", "Half", "they back Clinton"),
        ("indirect", "He", "the email scandal, while troublesome, was dealt with"),
        ("indirect", "Trump", "he would ban Muslims from entering the country"),
    ]


def test_content_in_a_leading_subordinate_clause_ends_with_that_clause():
    body = (
        "Though Trump said he would bring back waterboarding for terrorists, he clarified that it would be legal.\n\n"
        "As Obama announced that the war would not end on his watch, U.S. forces bombed a hospital."
    )
    assert _triples(body) == [
        ("indirect", "Trump", "he would bring back waterboarding for terrorists"),
        ("indirect", "he", "it would be legal"),  # (s10pred: "clarified that" is a weak cue)
        ("indirect", "Obama", "the war would not end on his watch"),
    ]


def test_according_to_interrupting_its_content():
    body = (
        "Since last November, according to Human Rights Watch, security forces have killed 400 protesters.\n\n"
        "Trump leads in Indiana, according to the poll, and has a small lead in Ohio."
    )
    assert _triples(body) == [
        ("indirect", "Human Rights Watch", "Since last November … security forces have killed 400 protesters"),
        ("indirect", "the poll", "Trump leads in Indiana"),
    ]


def test_a_leading_conditional_clause_interrupted_by_the_cue_belongs_to_the_content():
    body = (
        "If British Columbia were to proceed on its own, Mr. Finlayson argued, its industries would lose markets."
    )
    assert _triples(body) == [
        ("indirect", "Mr. Finlayson",
         "If British Columbia were to proceed on its own … its industries would lose markets"),
    ]


def test_a_cue_ending_in_a_colon_introduces_the_next_quote_not_the_previous_one():
    body = (
        "Migrants understand the anxiety.\n\n"
        "''We are refugees,'' Ms. Alawee said. ''We are not terrorists.'' Mr. Zahed said: ''The attack is the "
        "work of terrorists.''"
    )
    q = extract_quotes(_articles(body))
    assert list(zip(q["kind"], q["speaker"], q["quote"], strict=True)) == [
        ("direct", "Ms. Alawee", "We are refugees … We are not terrorists."),
        ("direct", "Mr. Zahed", "The attack is the work of terrorists."),
    ]


def test_a_split_quote_goes_on_after_a_long_speaker_apposition():
    body = (
        "''It's an enormous moment,'' said Steve Schmidt, a top Republican strategist on John McCain's "
        "presidential campaign in 2008 and George W Bush's in 2004. Unless further rivals immediately quit the "
        "race, ''it's very difficult to see how he is stopped.''"
    )
    q = extract_quotes(_articles(body))
    # (qdir: the apposition and narrative between the parts outnumber the quoted words, so the parts stay two
    # quotes of the same speaker instead of one span that is mostly narrative)
    assert list(zip(q["kind"], q["speaker"], q["quote"], strict=True)) == [
        ("direct", "Steve Schmidt", "It's an enormous moment"),
        ("direct", "Steve Schmidt", "it's very difficult to see how he is stopped."),
    ]


def test_a_time_adverb_after_the_cue_is_no_content():
    body = (
        "Donald Trump said Wednesday night that he does not want to kill the families of terrorists.\n\n"
        "Hillary Clinton said Tuesday she wants an inquiry.\n\n"
        "Ryan said last week the bill would pass.\n\n"
        "Ryan said Tuesday's vote was a success."
    )
    assert _triples(body) == [
        ("indirect", "Donald Trump", "he does not want to kill the families of terrorists"),
        ("indirect", "Hillary Clinton", "she wants an inquiry"),
        ("indirect", "Ryan", "the bill would pass"),
        ("indirect", "Ryan", "Tuesday's vote was a success"),
    ]


def test_a_party_state_tag_is_no_speaker():
    body = (
        "Sen. Marco Rubio, R-Fla., said the deal would fail.\n\n"
        "Sen. Ted Cruz (R-Texas) told reporters that the deal would fail.\n\n"
        "\"The deal will fail,\" said Sen. Bob Casey, D-Pa."
    )
    q = extract_quotes(_articles(body))
    assert list(zip(q["kind"], q["speaker"], q["speaker_name"], q["quote"], strict=True)) == [
        ("indirect", "Sen. Marco Rubio", "Marco Rubio", "the deal would fail"),
        ("indirect", "Sen. Ted Cruz", "Ted Cruz", "the deal would fail"),
        ("direct", "Sen. Bob Casey", "Bob Casey", "The deal will fail"),
    ]


def test_content_ends_before_a_closing_apposition_also_after_an_interrupting_cue():
    body = (
        "Many of the closures, he said, have involved public courses, the latter a reference to small clubs.\n\n"
        "Twitter said it had suspended 125,000 accounts, a record for the company.\n\n"
        "Twitter said it had suspended 125,000 accounts, the first time it has published the number."
    )
    assert _triples(body) == [
        ("indirect", "he", "Many of the closures … have involved public courses"),
        ("indirect", "Twitter", "it had suspended 125,000 accounts"),
        ("indirect", "Twitter", "it had suspended 125,000 accounts"),
    ]


def test_content_before_a_sentence_final_cue_starts_after_a_colon():
    body = (
        "The tax has not made the city less attractive: London was the financial capital of the world, "
        "according to one global index.\n\n"
        "The result was clear: the plan had failed, the senator said."
    )
    assert _triples(body) == [
        ("indirect", "one global index", "London was the financial capital of the world"),
        ("indirect", "the senator", "the plan had failed"),
    ]


# --- qcues: cue coverage and precision ---------------------------------------------------------------


def test_qcues_a_leading_adverbial_is_no_content_before_a_cue():
    body = (
        "In court documents, the defence counsel asked for a sentence of three years.\n\n"
        "Turning to the economy, the chancellor promised to continue economic stability.\n\n"
        "Even after the complaint was filed, the manager continued to deny the charge.\n\n"
        "After the meeting, the economy will grow quickly, the minister said on Monday.\n\n"
        "Although six areas are to be opened up the audit office should have more power, the MPs said."
    )
    assert _triples(body) == [
        ("indirect", "the minister", "After the meeting, the economy will grow quickly"),
        ("indirect", "the MPs", "Although six areas are to be opened up the audit office should have more power"),
    ]


def test_qcues_a_question_put_to_someone_has_no_speaker():
    body = (
        "Asked whether he was worried about the polls, Mr Sanders said he was not.\n\n"
        "When asked about the new budget plan, the minister declined to answer.\n\n"
        "Voters in the survey were also asked to pick the loser of the debate.\n\n"
        "Asked if he would welcome the new voters he told the BBC that everyone was welcome.\n\n"
        "The senator asked whether the plan would work."
    )
    assert _triples(body) == [
        ("indirect", "", "whether he was worried about the polls"),
        ("indirect", "Mr Sanders", "he was not"),
        ("indirect", "", "the new budget plan"),
        ("indirect", "", "to pick the loser of the debate"),
        ("indirect", "", "if he would welcome the new voters"),
        ("indirect", "he", "everyone was welcome"),
        ("indirect", "The senator", "whether the plan would work"),
    ]


def test_qcues_retort_verbs_and_pointed_out():
    body = (
        "The senator was asked about the deal on Monday. Mr Smith shot back, \u201cI will not apologise for it.\u201d\n\n"
        "Ms Jones interjected: \u201cThat is simply not true.\u201d\n\n"
        "Lord Browne pointed out that the company was reaping the benefits of its investment.\n\n"
        "The report pointed out the flaws in the new plan for the city."
    )
    q = extract_quotes(_articles(body))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("indirect", "", "asked", "the deal on Monday"),
        ("direct", "Mr Smith", "shot back", "I will not apologise for it."),
        ("direct", "Ms Jones", "interjected", "That is simply not true."),
        ("indirect", "Lord Browne", "pointed out that", "the company was reaping the benefits of its investment"),
    ]


def test_qcues_a_naming_cue_does_not_take_the_quote_of_a_later_cue():
    body = (
        "After Brown criticized Bill Clinton during a debate, Hillary shot back, \u201cI could have stayed home.\u201d\n\n"
        "Mr Trump asserted that, abortion aside, the group did \u201cwonderful things\u201d for women."
    )
    assert _triples(body) == [
        ("direct", "Hillary", "I could have stayed home."),
        ("mixed", "Mr Trump", "abortion aside, the group did \u201cwonderful things\u201d for women"),
    ]


def test_qcues_continuation_cues():
    body = (
        "He went on to say that some Democrats were angry about the debate.\n\n"
        "Even so, Mr Lewandowski continued to say he had never touched the reporter."
    )
    q = extract_quotes(_articles(body))
    assert list(zip(q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("He", "went on to say that", "some Democrats were angry about the debate"),
        ("Mr Lewandowski", "continued to say", "he had never touched the reporter"),
    ]


def test_qcues_all_told_is_no_cue():
    body = (
        "All told, the group raised four million dollars in February.\n\n"
        "The minister told reporters that the group raised four million dollars."
    )
    assert _triples(body) == [("indirect", "The minister", "the group raised four million dollars")]


def test_qcues_a_day_and_place_close_the_cue():
    body = "The remarks are sickening to many people, Mr Hollande said Tuesday in Paris, noting the mood in Europe."
    assert _triples(body) == [
        ("indirect", "Mr Hollande", "The remarks are sickening to many people"),
        ("indirect", "Mr Hollande", "the mood in Europe"),
    ]


def test_qcues_as_reported_by_introduces_a_source():
    body = (
        "As reported by the Western Journal, there are 150 delegates at stake on Tuesday.\n\n"
        "There are 150 delegates at stake on Tuesday, as reported by the Western Journal."
    )
    assert _triples(body) == [
        ("indirect", "the Western Journal", "there are 150 delegates at stake on Tuesday"),
        ("indirect", "the Western Journal", "There are 150 delegates at stake on Tuesday"),
    ]


def test_qcues_a_share_of_people_is_a_speaker():
    body = (
        "On social issues, 42% say they are liberal on most questions.\n\n"
        "Only 24 percent said she did nothing wrong.\n\n"
        "Half of those questioned said they could get the same information elsewhere.\n\n"
        "Shares lost a third of their value after the regulators said they wanted more evidence."
    )
    q = extract_quotes(_articles(body))
    assert list(zip(q["speaker"], q["speaker_name"], q["quote"], strict=True)) == [
        ("42%", "42%", "they are liberal on most questions"),
        ("Only 24 percent", "Only 24 percent", "she did nothing wrong"),
        ("Half of those questioned", "Half of those questioned", "they could get the same information elsewhere"),
        ("the regulators", "regulators", "they wanted more evidence"),
    ]


def test_qcues_a_reduced_relative_in_the_subject_is_no_cue():
    body = (
        "Some of those questioned said they were looking to use a mobile service.\n\n"
        "He met unionists, some of whom dubbed him \u201cMinister of Discord\u201d."
    )
    q = extract_quotes(_articles(body))
    assert list(zip(q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("Some of those questioned", "said", "they were looking to use a mobile service"),
    ]


def test_qcues_base_form_conclude():
    body = "The inspectors will conclude that the building was unsafe for its tenants."
    assert _triples(body) == [
        ("indirect", "The inspectors", "the building was unsafe for its tenants"),
    ]


def test_qcues_according_to_after_a_colon_a_long_source_and_a_closing_quote():
    body = (
        "It has not gone unnoticed: According to recent polls, the senator holds only 14 percent of the vote.\n\n"
        "According to the officer in charge of the agency's base that night, the scene in the movie is untrue.\n\n"
        "The visit became \u201cthe high-water mark in their relationship,\u201d according to Mr. Rhodes.\n\n"
        "Only 36 percent of homes have telephones according to official reports.\n\n"
        "The actor is realistically modelled according to the laws of physics."
    )
    assert _triples(body) == [
        ("indirect", "recent polls", "the senator holds only 14 percent of the vote"),
        ("indirect", "the officer", "the scene in the movie is untrue"),
        ("mixed", "Mr. Rhodes", "The visit became \u201cthe high-water mark in their relationship\u201d"),
    ]


def test_qcues_a_participle_before_a_noun_is_no_cue():
    body = (
        "Entering the contests, Clinton led Sanders by nearly 300 pledged delegates.\n\n"
        "The reported deal would cut taxes for the middle class, officials said."
    )
    assert _triples(body) == [("indirect", "officials", "The reported deal would cut taxes for the middle class")]


def test_qcues_adverbs_between_subject_and_cue():
    body = (
        "Manafort politely suggested that this might be seen as condescending.\n\n"
        "One official even suggested raising questions about his faith.\n\n"
        "Protesters marched when the price change was first announced, but police restored order."
    )
    assert _triples(body) == [
        ("indirect", "Manafort", "this might be seen as condescending"),
        ("indirect", "One official", "raising questions about his faith"),
    ]


def test_qcues_time_phrases_subordinate_clauses_and_plural_nouns_are_no_content():
    body = (
        "After Clinton testified, Gowdy and his team seemed to shift focus away from her inner circle.\n\n"
        "As Michael Dell said last week in Tel Aviv, Israel is the center of the digital future.\n\n"
        "\u201cHe should resign,\u201d Donald Trump tweeted Sunday after an attack on an Orlando nightclub.\n\n"
        "His poor showings in the four states that voted last Saturday have hurt his campaign.\n\n"
        "The report states that the economy is weak."
    )
    assert _triples(body) == [
        ("indirect", "Michael Dell", "Israel is the center of the digital future"),
        ("direct", "Donald Trump", "He should resign"),
        ("indirect", "The report", "the economy is weak"),
    ]


def test_qcues_more_shares_of_people():
    body = (
        "A third of independents, 33%, say they feel that way about the race.\n\n"
        "Nearly nine out of 10 say they will need to develop new skills.\n\n"
        "Many voters shrugged it off, with three in 10 saying a running mate would have no effect."
    )
    q = extract_quotes(_articles(body))
    assert list(zip(q["speaker"], q["quote"], strict=True)) == [
        ("A third of independents", "they feel that way about the race"),
        ("Nearly nine out of 10", "they will need to develop new skills"),
        ("three in 10", "a running mate would have no effect"),
    ]


def test_qcues_a_question_ends_at_the_answer_cue():
    body = (
        "Asked whether he thought the country was well governed, he replied that it was well run.\n\n"
        "Asked why he thought the warnings were not there Lord Butler said the dossier was clear.\n\n"
        "The president was also asked whether he thought the war had made the world less safe."
    )
    assert _triples(body) == [
        ("indirect", "", "whether he thought the country was well governed"),
        ("indirect", "he", "it was well run"),
        ("indirect", "", "why he thought the warnings were not there"),
        ("indirect", "Lord Butler", "the dossier was clear"),
        ("indirect", "", "whether he thought the war had made the world less safe"),
    ]


def test_qcues_according_to_interrupts_content_with_a_later_quotation():
    body = "Other major cleavages, according to the poll, include ideology (he leads among \u201cvery liberal\u201d voters)."
    assert _triples(body) == [
        ("mixed", "the poll", "Other major cleavages … include ideology (he leads among \u201cvery liberal\u201d voters)"),
    ]


def test_qcues_modals_negation_and_catenatives_before_the_cue():
    body = (
        "Deutsche Boerse, the German stock exchange, has said it will raise its dividend by 27%.\n\n"
        "Two others have not said who they would vote for in the primary.\n\n"
        "Yellen is likely to stress that the Fed would pause its rate hikes quickly.\n\n"
        "The British pound had added 0.5% to break through the $1.90 level."
    )
    assert _triples(body) == [
        ("indirect", "Deutsche Boerse", "it will raise its dividend by 27%"),
        ("indirect", "Two others", "who they would vote for in the primary"),
        ("indirect", "Yellen", "the Fed would pause its rate hikes quickly"),
    ]


def test_qcues_time_words_between_subject_and_cue():
    body = (
        "The Electoral Commission on Thursday said it was satisfied the question was easy to understand.\n\n"
        "Her campaign workers here said they have been working the state since the spring."
    )
    assert _triples(body) == [
        ("indirect", "The Electoral Commission", "it was satisfied the question was easy to understand"),
        ("indirect", "Her campaign workers", "they have been working the state since the spring"),
    ]


def test_qcues_a_named_asker_is_the_speaker_of_the_question():
    body = "Asked by Stephanopoulos to respond to the criticism, Carson said the reports were false."
    assert _triples(body) == [
        ("indirect", "Stephanopoulos", "to respond to the criticism"),
        ("indirect", "Carson", "the reports were false"),
    ]


def test_qcues_as_x_put_it():
    body = (
        "As one analyst put it, the economy is doomed to stagnate for years.\n\n"
        "He put it in his pocket and left the room."
    )
    assert _triples(body) == [("indirect", "analyst", "the economy is doomed to stagnate for years")]


# --- qsubj: subjects and speakers ---------------------------------------------------------------------
def test_a_title_word_closing_a_name_is_a_surname():
    body = (
        "Rep. Peter King said the bill would fail in the Senate.\n\n"
        "Representative Peter King said the vote would be close.\n\n"
        "The House will pass it, King said on Monday.\n\n"
        "Larry King said the show would end next year."
    )
    q = extract_quotes(_articles(body))
    assert list(zip(q["quote"], q["speaker"], q["speaker_name"], q["speaker_role"], strict=True)) == [
        ("the bill would fail in the Senate", "Rep. Peter King", "Peter King", "Rep."),
        ("the vote would be close", "Representative Peter King", "Peter King", "Representative"),
        ("The House will pass it", "King", "Peter King", "Representative"),
        ("the show would end next year", "Larry King", "Larry King", ""),
    ]


def test_an_abbreviated_title_stays_with_the_name():
    body = "Gov. Jerry Brown said the drought was over.\n\nMr. King said the budget was balanced."
    q = extract_quotes(_articles(body))
    assert list(zip(q["kind"], q["speaker"], q["speaker_name"], q["speaker_role"], strict=True)) == [
        ("indirect", "Gov. Jerry Brown", "Jerry Brown", "Gov."),
        ("indirect", "Mr. King", "King", ""),
    ]


def test_a_pronoun_after_a_clause_opener_is_the_speaker():
    body = (
        "John Smith arrived on Monday. While he said the plan was sound, he refused to back it. "
        "But she said the council would vote again."
    )
    q = extract_quotes(_articles(body))
    assert list(zip(q["kind"], q["quote"], q["speaker"], q["speaker_name"], strict=True)) == [
        ("indirect", "the plan was sound", "he", "John Smith"),
        ("indirect", "the council would vote again", "she", ""),  # (s10spk: "John" is a man's given name)
    ]


def test_a_report_in_the_next_sentence_does_not_claim_a_quote():
    body = (
        'The mayor, Jane Doe, said: "We will rebuild the bridge." But the council said the money had run out.'
    )
    q = extract_quotes(_articles(body))
    assert list(zip(q["kind"], q["quote"], q["speaker"], strict=True)) == [
        ("direct", "We will rebuild the bridge.", "Jane Doe"),
        ("indirect", "the money had run out", "the council"),
    ]


def test_a_name_before_of_the_organisation_and_a_possessive_role():
    body = (
        'George Zornick of The Nation wrote, "The party has to show it cares."\n\n'
        '"We do not need to cut supply," Fathi Bin Shatwan, Libya\'s oil minister, told Reuters.'
    )
    q = extract_quotes(_articles(body))
    assert list(zip(q["kind"], q["speaker_name"], q["speaker_role"], strict=True)) == [
        ("direct", "George Zornick", ""),
        ("direct", "Fathi Bin Shatwan", "Libya's oil minister"),
    ]



def test_a_participial_cue_takes_the_subject_opening_the_sentence():
    body = (
        "Fiorina was upfront about her distaste for Donald Trump, the current front-runner, saying conservatives "
        "need to band together.\n\n"
        "In Columbia, Sanders stepped up his criticism of the police, saying young men must be safe.\n\n"
        "Japanese government officials played down the data, arguing that demand was still resilient."
    )
    q = extract_quotes(_articles(body))
    assert list(zip(q["quote"], q["speaker"], q["cue"], strict=True)) == [
        ("conservatives need to band together", "Fiorina", "saying"),
        ("young men must be safe", "Sanders", "saying"),
        ("demand was still resilient", "Japanese government officials", "arguing that"),
    ]


def test_lower_case_modifiers_of_a_role_noun_after_the_content():
    body = (
        "His positions have hurt him among Hispanics, political experts said.\n\n"
        "Another rise could be in store for December, some economists warned.\n\n"
        "The bill will fail, and officials said it was dead."
    )
    q = extract_quotes(_articles(body))
    assert list(zip(q["quote"], q["speaker"], q["speaker_name"], strict=True)) == [
        ("His positions have hurt him among Hispanics", "political experts", "political experts"),
        ("Another rise could be in store for December", "some economists", "economists"),
        ("it was dead", "officials", "officials"),
    ]


def test_a_role_noun_with_its_prepositional_phrase_is_the_speaker():
    body = (
        "Officials at the agency said the program would end in May.\n\n"
        "A spokesman for the firm said that the tax would wipe out its profit.\n\n"
        "The talks will resume next week, a spokeswoman for the ministry said.\n\n"
        "The talks will resume next week, said a spokeswoman for the ministry."
    )
    q = extract_quotes(_articles(body))
    assert list(zip(q["quote"], q["speaker"], q["speaker_name"], strict=True)) == [
        ("the program would end in May", "Officials at the agency", "Officials at the agency"),
        ("the tax would wipe out its profit", "A spokesman for the firm", "spokesman for the firm"),
        ("The talks will resume next week", "a spokeswoman for the ministry", "spokeswoman for the ministry"),
        ("The talks will resume next week", "a spokeswoman for the ministry", "spokeswoman for the ministry"),
    ]


def test_lower_case_words_before_the_speaker_after_the_cue():
    body = (
        '"We are anxious," said another Twitter user, Johanna Bayer.\n\n'
        '"A lot of people were upset," said former Rep. George Miller (D-Calif.), one of the negotiators.\n\n'
        '"It tells you everything," said conservative activist Bob Klaus, who is not affiliated with a campaign.\n\n'
        '"There is no data to suggest that," said one unaligned Florida Republican strategist.\n\n'
        '"It is a coup for us," said race director David Bedford. Gebrselassie won in 2004.'
    )
    q = extract_quotes(_articles(body))
    assert list(zip(q["kind"], q["speaker"], q["speaker_name"], q["speaker_role"], strict=True)) == [
        ("direct", "Johanna Bayer", "Johanna Bayer", "another Twitter user"),
        ("direct", "former Rep. George Miller", "George Miller", "former Rep."),
        ("direct", "conservative activist Bob Klaus", "Bob Klaus", "conservative activist"),
        ("direct", "one unaligned Florida Republican strategist", "unaligned Florida Republican strategist",
         "unaligned Florida Republican strategist"),
        ("direct", "race director David Bedford", "David Bedford", "race director"),
    ]


def test_a_role_noun_keeps_its_modifiers_back_to_the_determiner():
    body = (
        '"Is he going to mention it?" the presumptive GOP presidential nominee, Donald Trump, tweeted Sunday.\n\n'
        '"We will win," the former Florida governor said on Monday.\n\n'
        "The bill will fail, many Democratic officials said."
    )
    q = extract_quotes(_articles(body))
    assert list(zip(q["kind"], q["speaker"], q["speaker_name"], q["speaker_role"], strict=True)) == [
        ("direct", "Donald Trump", "Donald Trump", "the presumptive GOP presidential nominee"),
        ("direct", "the former Florida governor", "former Florida governor", "former Florida governor"),
        ("indirect", "many Democratic officials", "Democratic officials", "Democratic officials"),
    ]


def test_content_before_a_cue_whose_speaker_has_an_apposition_or_relative_clause():
    body = (
        "Many factors drive the cost of college, said Mark Kantrowitz, a student loan expert who has written "
        "several books on the topic.\n\n"
        "The musical will open in November, said Mr Richards, who added that no other casting had been announced.\n\n"
        "What this means, said Stacey Jolna, vice president of TV Guide, is that viewers need simpler menus.\n\n"
        "Marlon Marshall, Clinton's director of state campaigns and political engagement, said the campaign is "
        "taking nothing for granted."
    )
    q = extract_quotes(_articles(body))
    assert list(zip(q["quote"], q["speaker"], q["speaker_role"], strict=True)) == [
        ("Many factors drive the cost of college", "Mark Kantrowitz", "a student loan expert"),
        ("The musical will open in November", "Mr Richards", ""),
        ("no other casting had been announced", "Mr Richards", ""),
        # (s14bbc: the inverted cue interrupts its content, as BBC test 1's gold draws 'The problem they face, said X,
        # is ...'; before, no quote at all)
        ("What this means … is that viewers need simpler menus", "Stacey Jolna", "vice president of TV Guide"),
        ("the campaign is taking nothing for granted", "Marlon Marshall",
         "Clinton's director of state campaigns and political engagement"),
    ]


def test_a_pronoun_inside_a_clause_refers_to_the_sentence_subject():
    body = (
        "John Kasich spoke first. Donald Trump has blasted the delegate system, which he said runs the risk of "
        "leaving millions of voters out.\n\n"
        "Shadow education secretary Tim Collins set out a scheme to tackle what he says are crippling skills "
        "shortages."
    )
    q = extract_quotes(_articles(body))
    assert list(zip(q["quote"], q["speaker"], q["speaker_name"], strict=True)) == [
        ("runs the risk of leaving millions of voters out", "he", "Donald Trump"),
        ("are crippling skills shortages", "he", "Tim Collins"),
    ]


def test_an_aside_or_an_organisation_after_the_role_is_not_the_speaker():
    body = (
        "Clinton, during a town hall meeting in Columbus, Ohio, said she would put coal companies out of business."
        "\n\nGiovanni Maria Vian, the editor in chief of the Vatican's newspaper, L'Osservatore Romano, said every "
        "pope was political.\n\n"
        "In Rome, the editor of the paper, John Smith, said the pope was tired."
    )
    q = extract_quotes(_articles(body))
    assert list(zip(q["quote"], q["speaker"], q["speaker_role"], strict=True)) == [
        ("she would put coal companies out of business", "Clinton", ""),
        ("every pope was political", "Giovanni Maria Vian",
         "the editor in chief of the Vatican's newspaper, L'Osservatore Romano"),
        ("the pope was tired", "John Smith", "the editor of the paper"),
    ]


def test_the_subject_after_several_leading_adverbials_and_a_role_subject():
    body = (
        "At a rally in Portsmouth, N.H., on Tuesday, Senator Bernie Sanders endorsed Mrs. Clinton, saying that his "
        "rival would make an outstanding president.\n\n"
        "A spokesman for the firm refused to comment on the reports, but said the study would be published soon.\n\n"
        "The prime minister has defended the measures, saying hundreds of people are plotting attacks.\n\n"
        '"We asked ourselves if we should cancel," said the festival\'s executive director, Craig Prater.'
    )
    q = extract_quotes(_articles(body))
    assert list(zip(q["kind"], q["speaker"], q["speaker_name"], q["speaker_role"], strict=True)) == [
        ("indirect", "Senator Bernie Sanders", "Bernie Sanders", "Senator"),
        ("indirect", "A spokesman", "spokesman", "spokesman"),
        ("indirect", "The prime minister", "prime minister", "prime minister"),
        ("direct", "Craig Prater", "Craig Prater", "the festival's executive director"),
    ]


def test_modifiers_of_a_role_before_a_name_party_letter_and_places():
    body = (
        '"It would respond to the requests," Justice Department senior trial counsel Caroline Lewis Wolverton wrote '
        "in a court filing.\n\n"
        '"We are tying their hands," state Sen. Jason Holsman (D) said about halfway through the filibuster.\n\n'
        "Gloria Garcia, 34, a nurse from Brownsville, Texas, said people should be able to choose."
    )
    q = extract_quotes(_articles(body))
    assert list(zip(q["kind"], q["speaker"], q["speaker_name"], q["speaker_role"], strict=True)) == [
        ("direct", "Justice Department senior trial counsel Caroline Lewis Wolverton", "Caroline Lewis Wolverton",
         "Justice Department senior trial counsel"),
        ("direct", "state Sen. Jason Holsman", "Jason Holsman", "state Sen."),
        ("indirect", "Gloria Garcia", "Gloria Garcia", "a nurse from Brownsville"),
    ]


def test_a_dashed_aside_a_bracket_or_a_relative_clause_before_the_cue():
    body = (
        "Mr Schroeder - a staunch supporter of the pact - said exemptions were now needed.\n\n"
        "Sen. Ted Cruz (Tex.) has said that he would bomb them into oblivion.\n\n"
        "Mr. Slinker, whose latest start-up, Paradata, uses big data, said Mr. Trump was a candidate.\n\n"
        "Her campaign workers here said they have been working the state since the spring."
    )
    q = extract_quotes(_articles(body))
    assert list(zip(q["quote"], q["speaker"], strict=True)) == [
        ("exemptions were now needed", "Mr Schroeder"),
        ("he would bomb them into oblivion", "Sen. Ted Cruz"),
        ("Mr. Trump was a candidate", "Mr. Slinker"),
        ("they have been working the state since the spring", "Her campaign workers"),
    ]


def test_an_adverb_between_the_subject_and_the_cue():
    body = (
        "Manafort politely suggested that this might be seen as condescending.\n\n"
        "She categorically denied reports that she would refuse to serve.\n\n"
        "Most importantly, say analysts, the talks have not led to tension.\n\n"
        "The head of the agency widely reported to have resigned is still in charge."
    )
    q = extract_quotes(_articles(body))
    assert list(zip(q["quote"], q["speaker"], strict=True)) == [
        ("this might be seen as condescending", "Manafort"),
        ("reports that she would refuse to serve", "She"),
        # (s14bbc: a two-word sentence adverb before an interrupting inverted cue; before, no quote)
        ("the talks have not led to tension", "analysts"),
    ]


def test_a_no_break_space_before_the_cue_and_the_woman_as_speaker():
    body = (
        "George Zornick of The Nation\xa0wrote, “If you want people to know, you have to show it.”\n\n"
        '"One guy came in and said it," said the woman, who did not want to be named.'
    )
    q = extract_quotes(_articles(body))
    assert list(zip(q["kind"], q["speaker"], q["speaker_name"], strict=True)) == [
        ("direct", "George Zornick of The Nation", "George Zornick"),
        ("direct", "the woman", "woman"),
    ]


def test_a_participial_cue_after_a_lower_case_subject_or_an_adverbial():
    body = (
        "The tobacco companies denied the charges, saying that they never conspired to promote smoking.\n\n"
        "In May, a federal judge sided with the Democrats, saying the law violated the Constitution.\n\n"
        "But novelist Gore Vidal defended the film, saying it was a landmark.\n\n"
        "The health arguments far outweighed claims by the trade that jobs would be lost."
    )
    q = extract_quotes(_articles(body))
    assert list(zip(q["quote"], q["speaker"], strict=True)) == [
        ("they never conspired to promote smoking", "The tobacco companies"),
        ("the law violated the Constitution", "a federal judge"),
        ("it was a landmark", "novelist Gore Vidal"),
    ]


def test_a_quantified_subject_before_a_participial_cue():
    body = (
        "One employee at a software firm declined to speak, saying it would be a bad career move.\n\n"
        "Both parents stiffened their denunciation of Mr. Trump, saying that he lacked the moral character.\n\n"
        "More than 277 million enquiries were made, asking for information on a wide range of subjects."
    )
    q = extract_quotes(_articles(body))
    assert list(zip(q["quote"], q["speaker"], q["speaker_name"], strict=True)) == [
        ("it would be a bad career move", "One employee", "employee"),
        ("he lacked the moral character", "Both parents", "parents"),
        ("for information on a wide range of subjects", "", "parents"),
    ]


# --- qbound: content boundaries and mixed quotes ---


def test_a_fragment_closing_a_clause_before_its_cue_is_one_mixed_quote():
    body = (
        "The new law is “much more flexible than the old one,” said Gary Orfield, a professor of education.\n\n"
        "Speaking Sunday on ABC’s “This Week,” Carson admitted that he was wrong.\n\n"
        "Despite his “brash manner,” his lawyer wrote, the man is a devoted father."
    )
    assert _triples(body) == [
        ("mixed", "Gary Orfield", "The new law is “much more flexible than the old one”"),
        ("indirect", "Carson", "he was wrong"),  # "This Week" is a title (no quote)
        ("direct", "his lawyer", "brash manner"),  # the content goes on after the cue: not widened
    ]


def test_content_ends_before_a_coordinated_past_tense_cue():
    body = (
        "The minister said the ruling was wrong and urged judges to think again.\n\n"
        "Prosecutors contend that executives met and agreed to hide the risks."
    )
    assert _triples(body) == [
        ("indirect", "The minister", "the ruling was wrong"),
        ("indirect", "The minister", "judges to think again"),  # (s13subj: the coordinated "urged X to ..." reports)
        ("indirect", "Prosecutors", "executives met and agreed to hide the risks"),
    ]


def test_a_quotation_going_on_after_reported_content_is_one_mixed_quote():
    body = (
        "Intro.\n\n"
        "The mayor said he would not run again. \"I have done what I came to do.\"\n\n"
        "Sen. Ted Cruz has said that he would personally \"bomb them into oblivion. I don't know if sand can glow.\"\n\n"
        "The chairman said the company \"will fight this all the way to the Supreme Court.\""
    )
    assert _triples(body) == [
        ("mixed", "The mayor", "he would not run again … I have done what I came to do."),
        ("mixed", "Sen. Ted Cruz", "he would personally \"bomb them into oblivion. I don't know if sand can glow.\""),
        ("mixed", "The chairman", "the company \"will fight this all the way to the Supreme Court.\""),
    ]


def test_a_naming_cue_content_ends_at_the_next_predicate_after_its_fragment():
    body = (
        "Intro.\n\n"
        "Trump called President Barack Obama an “ignorant baboon” and waved to the crowd.\n\n"
        "The mayor referred to the demonstrators as ''my friends'' and showed flashes of compassion."
    )
    assert _triples(body) == [
        ("mixed", "Trump", "President Barack Obama an “ignorant baboon”"),
        ("mixed", "The mayor", "the demonstrators as ''my friends"),
    ]


def test_a_quoted_title_after_a_preposition_or_possessive_is_no_quote():
    body = (
        "Intro.\n\n"
        "\"I have always said that I expect to be vetted,\" he said on \"Meet the Press.\"\n\n"
        "Speaking Sunday on ABC’s “This Week,” Carson admitted that he was wrong.\n\n"
        "He said on Sunday: \"Free Trade Is Dead.\""
    )
    assert _triples(body) == [
        ("direct", "he", "I have always said that I expect to be vetted"),
        ("indirect", "Carson", "he was wrong"),
        ("direct", "He", "Free Trade Is Dead."),
    ]


def test_a_split_quote_goes_on_across_a_quoted_title_in_its_cue_sentence():
    body = (
        "Intro.\n\n"
        "“Of course we’re going to release our records,” Sanders said on CNN’s “State of the Union” Sunday. "
        "“Thank God, I am very healthy.”"
    )
    assert _triples(body) == [
        ("direct", "Sanders", "Of course we’re going to release our records … Thank God, I am very healthy."),
    ]


def test_content_before_said_and_a_speaker_with_a_long_apposition():
    body = (
        "Intro.\n\n"
        "The plan would be \"an embarrassment for Clinton\" if she lost, said David Wasserman, an elections "
        "analyst at the non-partisan Cook Political Report."
    )
    assert _triples(body) == [
        ("mixed", "David Wasserman", "The plan would be \"an embarrassment for Clinton\" if she lost"),
    ]


def test_a_quotation_after_content_and_its_closing_cue_goes_on_with_it():
    body = (
        "Intro.\n\n"
        "The plan would fail, the mayor said. \"And yet it would seal the deal.\"\n\n"
        "Prices rose sharply, according to the report. \"We are taken as hostages.\""
    )
    assert _triples(body) == [
        ("mixed", "the mayor", "The plan would fail … And yet it would seal the deal."),
        ("indirect", "the report", "Prices rose sharply"),
    ]


def test_a_split_quote_does_not_go_on_across_another_attribution():
    body = (
        "Intro.\n\n"
        "\"The tone is wrong,\" said Alfonso Aguilar. He also said that the two men must do more. "
        "\"Voters will not forgive them.\"\n\n"
        "\"We will see,\" he said, adding that the count was not over. \"I think we will win.\""
    )
    assert _triples(body) == [
        ("direct", "Alfonso Aguilar", "The tone is wrong"),
        ("mixed", "He", "the two men must do more … Voters will not forgive them."),
        ("direct", "he", "We will see"),
        ("mixed", "he", "the count was not over … I think we will win."),
    ]


def test_content_before_a_cue_followed_by_a_participle_cue_closes_there():
    body = (
        "Intro.\n\n"
        "This has amplified reactions to news, analysts said, adding that they expect calmer markets in January.\n\n"
        "The suspect did not mingle after prayers, Mr. Nefzi said, adding, \"He was not very religious.\""
    )
    q = extract_quotes(_articles(body))
    assert list(zip(q["kind"], q["cue"], q["quote"], strict=True)) == [
        ("indirect", "said", "This has amplified reactions to news"),
        ("indirect", "adding that", "they expect calmer markets in January"),
        ("indirect", "said", "The suspect did not mingle after prayers"),
        ("direct", "adding", "He was not very religious."),
    ]
    assert q["speaker_name"].tolist()[:3] == ["analysts", "analysts", "Nefzi"]




def test_a_relative_pronoun_after_a_name_or_an_organisation():
    body = (
        "That effort has been championed by Committeeman Curly Haugland, who’s argued for years that delegates "
        "can’t be bound.\n\n"
        "The order came in response to a request by The Washington Post, which argued that the documents were "
        "a matter of public interest.\n\n"
        "The bill, which said that taxes would rise, failed."
    )
    q = extract_quotes(_articles(body))
    assert list(zip(q["quote"], q["speaker"], q["speaker_name"], strict=True)) == [
        ("delegates can’t be bound", "Committeeman Curly Haugland", "Curly Haugland"),
        ("the documents were a matter of public interest", "The Washington Post", "Washington Post"),
    ]


# --- qprec: filters that drop predictions which report nothing (precision) ---


def test_an_object_pronoun_or_time_phrase_with_an_adverbial_is_no_content():
    body = (
        "Intro.\n\n"
        "The mayor was asked about it during the debate on Thursday night in Miami. "
        "He said this week that the city would not raise taxes. "
        "The governor said this week at an event in Wyoming.\n\n"
        "The minister said it would pass in May."
    )
    assert _triples(body) == [
        ("indirect", "He", "the city would not raise taxes"),
        ("indirect", "The minister", "it would pass in May"),
    ]


def test_a_passive_cue_without_that_is_no_attribution():
    body = (
        "Intro.\n\n"
        "The market fell after the figures were announced, but rose again on hopes of a recovery. "
        "The scam is believed to have begun in 1994. "
        "The mayor was asked to explain the delay.\n\n"
        "The minister announced that the plant would close."
    )
    assert _triples(body) == [
        ("indirect", "", "to explain the delay"),
        ("indirect", "The minister", "the plant would close"),
    ]


def test_having_said_that_is_an_idiom_not_a_cue():
    body = (
        "Intro.\n\n"
        "Having said that, Burnley are yet to concede a goal in this Cup run.\n\n"
        "The coach said that the team would win."
    )
    assert _triples(body) == [("indirect", "The coach", "the team would win")]


def test_a_passive_cue_after_its_content_or_with_a_quotation_is_no_attribution():
    body = (
        "Intro.\n\n"
        "The watchdog is said to believe the pair were party to \"privileged information\" about the bonds. "
        "Testers could not find them and the duo were later admitted to hospital.\n\n"
        "The regulator said the pair had \"acted in good faith\"."
    )
    assert _triples(body) == [
        # (s7mix: "is said to believe" is a speaker-less attribution, as PolNeAR draws it; no speaker from "said")
        ("mixed", "", "The watchdog is said to believe the pair were party to \"privileged information\" about the bonds"),
        ("mixed", "The regulator", "the pair had \"acted in good faith\""),
    ]


def test_a_base_form_cue_after_a_singular_determiner_is_a_noun():
    body = (
        "Intro.\n\n"
        "In an upbeat pre-Budget report, he slightly increased borrowing.\n\n"
        "On a lighter note, the comedian will star in a new sitcom.\n\n"
        "A few analysts say the bank will raise rates."
    )
    assert _triples(body) == [("indirect", "A few analysts", "the bank will raise rates")]


def test_a_preposition_opening_an_adverbial_is_no_speaker():
    body = (
        "Intro.\n\n"
        "Despite insisting he wants a friendly deal, the newspaper suggested he may pull out of the process.\n\n"
        "Given the questions of legality, the government had been stalling on the plan.\n\n"
        "By declaring their assets, people would be able to \"legalise their property\", Mr Saakashvili said."
    )
    assert _triples(body) == [
        ("indirect", "the newspaper", "he may pull out of the process"),
        ("mixed", "Mr Saakashvili", "people would be able to \"legalise their property\""),
    ]


def test_a_short_quoted_fragment_closing_its_clause_is_not_the_next_sentence_s_quote():
    body = (
        "Intro.\n\n"
        "The director told BBC News the latest success was \"amazing\". He said: \"We hoped for this all year.\"\n\n"
        "Union officials denied there had been a deliberate \"sickout\". They said that many people have flu.\n\n"
        "\"We will win,\" the coach said."
    )
    assert _triples(body) == [
        ("mixed", "The director", "the latest success was \"amazing\""),
        ("direct", "He", "We hoped for this all year."),
        ("mixed", "Union officials", "there had been a deliberate \"sickout\""),
        ("indirect", "They", "many people have flu"),
        ("direct", "the coach", "We will win"),
    ]


# --- qmisc: balanced quotation marks in indirect and mixed quotes ---
def test_qmisc_a_mixed_quote_ends_with_the_closing_mark_of_its_quotation():
    body = (
        "The new law is “much more flexible than the old one,” said Gary Orfield, a professor of education.\n\n"
        "Sen. Ted Cruz has said that the plan was “a disaster.” He did not elaborate.\n\n"
        "“We will win,” Clinton said."
    )
    q = extract_quotes(_articles(body))
    assert list(zip(q["kind"], q["speaker"], q["quote"], strict=True)) == [
        ("mixed", "Gary Orfield", "The new law is “much more flexible than the old one”"),
        ("mixed", "Sen. Ted Cruz", "the plan was “a disaster.”"),
        ("direct", "Clinton", "We will win"),
    ]
    # the span holds the closing mark (and the comma before it); a direct quote keeps the inside of its marks
    assert [body[s:e] for s, e in zip(q["start"], q["end"], strict=True)] == [
        "The new law is “much more flexible than the old one,”", "the plan was “a disaster.”", "We will win"]


# --- qmisc: a share of those polled or a contracted "who’ve" before the cue ---
def test_qmisc_a_percentage_or_a_plural_noun_before_who_is_the_speaker():
    body = (
        "A majority of likely voters, 56%, have a negative view, including 18% who say they would be dissatisfied.\n\n"
        "Sanders must now convince the superdelegates who’ve said they support Clinton."
    )
    q = extract_quotes(_articles(body))
    assert list(zip(q["kind"], q["speaker"], q["quote"], strict=True)) == [
        ("indirect", "18%", "they would be dissatisfied"),
        ("indirect", "the superdelegates", "they support Clinton"),
    ]


# --- qmisc: a headline "Speaker: quoted or first-person words" ---
def test_qmisc_a_headline_with_a_speaker_before_a_colon_is_a_quote():
    bodies = [
        "Sidney Blumenthal: ‘No Idea’ If I Would Have Told Hillary Private Email Server Was a Bad Idea.\n\n"
        "Blumenthal spoke to CNN on Wednesday.",
        "Marco Rubio: I’m Not Interested In Being Vice President\n\nRubio spoke in Iowa.",
        "WSJ editorial: 'Deport Nikki Haley.'\n\nThe newspaper published the piece on Monday.",
        "Exclusive: I’m Not Interested In Being Vice President\n\nRubio spoke in Iowa.",
        "Brexit: May faces a new vote in Parliament\n\nThe vote is on Tuesday.",
    ]
    q = extract_quotes(pd.DataFrame({"article_id": ["a", "b", "c", "d", "e"], "body": bodies, "language": "en"}))
    assert list(zip(q["article_id"], q["kind"], q["speaker"], q["quote"], q["cue"], strict=True)) == [
        ("a", "mixed", "Sidney Blumenthal",
         "‘No Idea’ If I Would Have Told Hillary Private Email Server Was a Bad Idea", ":"),
        ("b", "indirect", "Marco Rubio", "I’m Not Interested In Being Vice President", ":"),
        ("c", "direct", "WSJ", "Deport Nikki Haley.", ":"),
    ]


# --- qmisc: a state abbreviation's full stop before a comma ends no sentence ---
def test_qmisc_a_speaker_phrase_with_a_state_abbreviation_after_a_quote():
    body = (
        "\"I just don't think she's been completely truthful,\" Cecelia Purner, 67, a retired customer service "
        "representative in Allentown, Pa., said in a follow-up interview."
    )
    q = extract_quotes(_articles(body))
    assert list(zip(q["kind"], q["speaker"], q["speaker_role"], q["quote"], strict=True)) == [
        ("direct", "Cecelia Purner", "a retired customer service representative in Allentown",
         "I just don't think she's been completely truthful"),
    ]


# --- qmisc: "NAME of TOWN, STATE, said": the state is no speaker ---
def test_qmisc_a_name_or_noun_before_its_home_town_and_state_is_the_speaker():
    body = (
        "Cecelia Purner of Allentown, Pa., said she had not decided.\n\n"
        "Voters in Springfield, Illinois, said they had not decided.\n\n"
        "Cecelia Purner, 45, of Scranton, Pa., said she would vote for Trump.\n\n"
        "The BBC's correspondent in Jakarta, Rachel Harvey, said there was likely to be a strong reaction."
    )
    q = extract_quotes(_articles(body))
    assert list(zip(q["speaker"], q["quote"], strict=True)) == [
        ("Cecelia Purner", "she had not decided"),
        ("Voters", "they had not decided"),
        ("Cecelia Purner", "she would vote for Trump"),
        ("Rachel Harvey", "there was likely to be a strong reaction"),
    ]


# --- qmisc: a coordinated cue whose subject has a lower-case aside between commas ---
def test_qmisc_a_coordinated_cue_after_a_subject_with_an_aside():
    body = (
        "House Democrats, looking for a way to shake up the debate, seized the floor on Wednesday and said they "
        "would refuse to leave.\n\n"
        "Shahid Malik, who is on Labour's ruling committee, accepted people's frustration but said there should "
        "be targets."
    )
    q = extract_quotes(_articles(body))
    assert list(zip(q["kind"], q["speaker"], q["quote"], strict=True)) == [
        ("indirect", "House Democrats", "they would refuse to leave"),
        ("indirect", "Shahid Malik", "there should be targets"),
    ]


# --- qmisc: "ROLE, NAME of ORGANISATION in TOWN, said" ---
def test_qmisc_a_role_then_a_name_with_its_organisation_and_town():
    body = (
        "One pastor, Darran Whiting of Liberty Baptist Church in Marion, said he had made more than 150 phone calls."
        "\n\nA spokesman, John Smith of the State Department, said he would go."
    )
    q = extract_quotes(_articles(body))
    assert list(zip(q["speaker"], q["speaker_role"], q["quote"], strict=True)) == [
        ("Darran Whiting", "One pastor", "he had made more than 150 phone calls"),
        ("John Smith", "A spokesman", "he would go"),
    ]


# --- qmisc: a cue with an adverbial phrase before a colon ---
def test_qmisc_a_cue_then_a_long_adverbial_before_a_colon():
    body = (
        "Mr. Kim, who was traveling in Europe this week, said in a recent issue of Foreign Policy magazine: "
        "\"In order to do a real change, you have to put jobs at risk.\"\n\n"
        "Ms. Lee said in a recent interview with the magazine: \"We will not give up.\""
    )
    q = extract_quotes(_articles(body))
    assert list(zip(q["kind"], q["speaker"], q["quote"], strict=True)) == [
        ("direct", "Mr. Kim", "In order to do a real change, you have to put jobs at risk."),
        ("direct", "Ms. Lee", "We will not give up."),
    ]


# --- qmisc: a determiner noun phrase with a prepositional modifier opens a coordinated cue's sentence ---
def test_qmisc_a_plural_subject_with_a_modifier_before_a_coordinated_cue():
    body = (
        "Other former CIA officers with experience in war zones chafed at such second-guessing and said seeking "
        "reinforcements was the right course."
    )
    q = extract_quotes(_articles(body))
    assert list(zip(q["kind"], q["speaker"], q["quote"], strict=True)) == [
        ("indirect", "Other former CIA officers", "seeking reinforcements was the right course"),
    ]


# --- qmisc: "specialists" is a role noun ---
def test_qmisc_specialists_are_a_lower_case_subject():
    body = "But hacking specialists say the most harmful information might not even be genuine."
    q = extract_quotes(_articles(body))
    assert list(zip(q["kind"], q["speaker"], q["quote"], strict=True)) == [
        ("indirect", "specialists", "the most harmful information might not even be genuine"),
    ]


def test_a_title_with_of_the_is_stripped_whole():
    body = ("Intro.\n\nChancellor of the Exchequer Gordon Brown said the economy was strong.\n\n"
            "The plan was sound, said Leader of the Opposition Michael Howard.")
    q = extract_quotes(_articles(body))
    assert list(zip(q["quote"], q["speaker_name"], q["speaker_role"], strict=True)) == [
        ("the economy was strong", "Gordon Brown", "Chancellor of the Exchequer"),
        ("The plan was sound", "Michael Howard", "Leader of the Opposition"),
    ]


# --- qfrag: a quoted fragment after the verb of a sentence whose subject is a speaker -> one mixed quote ---
def test_qfrag_a_fragment_after_an_arbitrary_predicate_is_a_mixed_quote():
    body = (
        "The senator spoke in Ohio on Monday.\n\n"
        "Senator Jane Hollis dismissed the report as \"complete rubbish\" and left the stage.\n\n"
        "She blamed the delay on a \"disturbed process,\" not on her staff.\n\n"
        "She voiced a wish for a \"strong, prosperous and open Mexico,\" and she pronounced the governor \"a friend.\""
    )
    q = extract_quotes(_articles(body))
    assert list(zip(q["kind"], q["speaker"], q["speaker_name"], q["cue"], q["quote"], strict=True)) == [
        ("mixed", "Senator Jane Hollis", "Jane Hollis", "dismissed",
         'the report as "complete rubbish" and left the stage'),
        ("mixed", "She", "Jane Hollis", "blamed", 'the delay on a "disturbed process," not on her staff'),
        ("mixed", "She", "Jane Hollis", "voiced", 'a wish for a "strong, prosperous and open Mexico"'),
        ("mixed", "she", "Jane Hollis", "pronounced", 'the governor "a friend."'),  # (s12mix: "pronounced" a cue)
    ]


def test_qfrag_titles_scare_quotes_and_non_speakers_stay_unattributed():
    body = (
        "Congregants passed copies of his memoir, \"Gifted Hands,\" around the church.\n\n"
        "The law protects those who use \"something to hand\" as a weapon.\n\n"
        "He was \"very upset\" after the vote.\n\n"
        "Trump landed in Phoenix for a detailed \"policy address\" on immigration."
    )
    q = extract_quotes(_articles(body))
    assert q.empty


def test_qfrag_a_fragment_ends_before_the_next_attribution_in_its_sentence():
    body = "The chancellor also hailed the longest period of growth in UK \"industrial history\" but denied he was gloating."
    q = extract_quotes(_articles(body))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("mixed", "The chancellor", "hailed", 'the longest period of growth in UK "industrial history"'),
        ("indirect", "The chancellor", "denied", "he was gloating"),
    ]


def test_qfrag_a_subject_with_pre_modifiers_before_its_head():
    body = (
        "Republican presidential front-runner Donald Trump defended his campaign manager as a \"very decent man\" "
        "on Tuesday.\n\n"
        "Ireland fly-half Ronan O'Gara hailed his side's victory over England as a \"special\" win."
    )
    q = extract_quotes(_articles(body))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("mixed", "Republican presidential front-runner Donald Trump", "defended",
         'his campaign manager as a "very decent man" on Tuesday'),
        ("mixed", "Ireland fly-half Ronan O'Gara", "hailed", 'his side\'s victory over England as a "special" win'),
    ]


def test_qfrag_a_verb_of_doing_frames_no_fragment_quote():
    body = (
        "The Federal Communications Commission fined CBS $550,000 for the singer's \"wardrobe malfunction\" last year.\n\n"
        "General Motors swapped a 6% stake for a \"put option\" on the rest of the business."
    )
    assert extract_quotes(_articles(body)).empty


def test_a_negated_indonesian_cue_reports_nothing_said():
    body = ("Pengantar.\n\nDia tak menjelaskan ucapan Teddy saat meneleponnya.\n\n"
            "Purbaya belum menjelaskan anggaran program tersebut.\n\n"
            "Budi menjelaskan bahwa anggaran program itu sudah disetujui.")
    q = extract_quotes(pd.DataFrame({"article_id": ["d"], "body": [body], "language": ["id"]}))
    assert list(zip(q["kind"], q["speaker_name"], q["quote"], strict=True)) == [
        ("indirect", "Budi", "anggaran program itu sudah disetujui"),
    ]


# --- qid7: an Indonesian after-cue and its speaker between commas inside a clause
def test_qid7_an_indonesian_after_cue_between_commas_interrupts_its_content():
    body = ("Pengantar.\n\nUpaya ini, lanjut dia, dilakukan agar warga tidak kebanjiran lagi.\n\n"
            "Warga, tambah Kapolsek Andi, sudah mengungsi sejak pagi.")
    q = extract_quotes(pd.DataFrame({"article_id": ["d"], "body": [body], "language": ["id"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("indirect", "dia", "lanjut", "Upaya ini … dilakukan agar warga tidak kebanjiran lagi"),
        ("indirect", "Kapolsek Andi", "tambah", "Warga … sudah mengungsi sejak pagi"),
    ]


# --- qid7: an age in brackets or an "alias" nickname after an Indonesian name in apposition
def test_qid7_an_age_or_alias_after_an_indonesian_name_keeps_the_subject():
    body = ("Pengantar.\n\nPenggiat media sosial asal Rusia, Sergei Domogatskii (40) alias Mr. Terimakasih, "
            "mengaku menjadi korban penculikan di Sanur.\n\n"
            "Salah satu pengemudi ojol, Wawan (35), mengaku banjir sudah mulai sejak malam.")
    q = extract_quotes(pd.DataFrame({"article_id": ["d"], "body": [body], "language": ["id"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("indirect", "Sergei Domogatskii", "mengaku", "menjadi korban penculikan di Sanur"),
        ("indirect", "Wawan", "mengaku", "banjir sudah mulai sejak malam"),
    ]


# --- qid7: Indonesian initials given with "berinisial" name a person a later pronoun can mean
def test_qid7_indonesian_initials_after_berinisial_are_a_person_for_pronouns():
    body = ("Polisi memeriksa jurnalis berinisial HM di Palu.\n\n"
            "Kuasa hukum HM, Abd Aan Achbar, mengatakan kliennya tidak bersalah.\n\n"
            "Sementara itu, HM mengaku mengapresiasi putusan pengadilan. Dia mengaku bersyukur statusnya dibatalkan.")
    q = extract_quotes(pd.DataFrame({"article_id": ["d"], "body": [body], "language": ["id"]}))
    assert list(zip(q["speaker"], q["speaker_name"], q["quote"], strict=True)) == [
        ("Abd Aan Achbar", "Abd Aan Achbar", "kliennya tidak bersalah"),
        ("HM", "HM", "mengapresiasi putusan pengadilan"),
        ("Dia", "HM", "bersyukur statusnya dibatalkan"),
    ]


# --- qmix: a cue interrupting a clause that holds a quoted fragment -> one mixed quote around the cue ---
def test_qmix_a_clause_going_on_after_the_cue_of_its_quoted_fragment_is_one_mixed_quote():
    body = (
        "The talks ended on Monday.\n\n"
        "Emerging from two hours alone with the president, the prime minister \"looked ashen,\" Mr. Arad said, "
        "from \"the direct body blow.\"\n\n"
        "Despite his \"admittedly brash personality,\" the lawyer wrote, Lazar is a devoted father and husband."
    )
    q = extract_quotes(_articles(body))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("mixed", "Mr. Arad", "said", 'the prime minister "looked ashen," … from "the direct body blow."'),
        ("mixed", "the lawyer", "wrote", 'Despite his "admittedly brash personality," … Lazar is a devoted father and husband'),
    ]


def test_qmix_an_adverbial_after_the_cue_does_not_go_on_with_the_clause():
    body = "The plan, critics say, is flawed.\n\nThe economy was \"very fragile,\" she said, in an interview on Monday."
    q = extract_quotes(_articles(body))
    assert list(zip(q["kind"], q["speaker"], q["quote"], strict=True))[-1] == ("direct", "she", "very fragile")


# --- qmix: a naming cue's pronoun object and its one quoted word are a mixed quote of two words ---
def test_qmix_calling_it_a_quoted_word_is_a_two_word_mixed_quote():
    body = (
        "The senator blasted the plan for a \"deportation force\" on Wednesday, calling it \"absurd.\"\n\n"
        "Mr Howard called that suggestion \"disgraceful\"."
    )
    q = extract_quotes(_articles(body))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("mixed", "The senator", "blasted", 'the plan for a "deportation force" on Wednesday'),
        ("mixed", "The senator", "calling", 'it "absurd."'),
        ("mixed", "Mr Howard", "called", 'that suggestion "disgraceful"'),
    ]


# --- qmix: a quotation opening the content of a verb cue, with no cue of its own -> a mixed (or direct) quote ---
def test_qmix_a_quotation_opening_reported_content_after_an_adverbial_is_attributed():
    body = (
        "The campaign began in May.\n\n"
        "The frontrunner wrote for The Washington Informer that \"the District is often neglected\" because it "
        "has no vote in Congress.\n\n"
        "Axelrod tweeted after Clinton argued in the debate that \"we would not have rescued the auto industry.\"\n\n"
        "He felt it added \"fizz\" to his campaign."
    )
    q = extract_quotes(_articles(body))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("mixed", "The frontrunner", "wrote", '"the District is often neglected" because it has no vote in Congress'),
        ("direct", "Clinton", "argued", "we would not have rescued the auto industry."),
    ]


# --- qmix: a verb of saying and its infinitive frame a quoted fragment ('vowed to go after "anyone ..."') ---
def test_qmix_a_speech_verb_and_its_infinitive_frame_a_quoted_fragment():
    body = (
        "The campaign began in May.\n\n"
        "Pam Bondi vowed to go after \"anyone who attacks our community.\"\n\n"
        "Donald Trump is promising to \"bomb the hell\" out of the terrorists.\n\n"
        "Trump landed in Phoenix to give a detailed \"policy address\" on immigration."
    )
    q = extract_quotes(_articles(body))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("mixed", "Pam Bondi", "vowed", 'to go after "anyone who attacks our community."'),
        ("mixed", "Donald Trump", "promising", 'to "bomb the hell" out of the terrorists'),
    ]


# --- qmix: a speaker's apposition before the verb that frames a quoted fragment; '' marks open a clause ---
def test_qmix_an_apposition_between_the_speaker_and_the_framing_verb():
    body = (
        "The debate ran late.\n\n"
        "Iain Duncan Smith, the former Conservative leader, condemned the debate as a \"charade\" on Monday.\n\n"
        "Meg Whitman, a former candidate for governor, labeled Mr. Trump ''unfit to be president.''"
    )
    q = extract_quotes(_articles(body))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("mixed", "Iain Duncan Smith", "condemned", 'the debate as a "charade" on Monday'),
        ("mixed", "Meg Whitman", "labeled", "Mr. Trump ''unfit to be president"),
    ]


# --- qmix: an adverbial of the cue right after a quoted fragment ends the mixed content ---
def test_qmix_an_adverbial_of_the_cue_after_a_fragment_ends_the_mixed_quote():
    body = (
        "The court failed to decide.\n\n"
        "Trump said the deadlock has \"kept us safe\" on Twitter before attacking the judges.\n\n"
        "When Francis said Mr. Trump \"is not Christian\" in answering a reporter's question, the pope made news.\n\n"
        "He told them he was \"very angry\" and planned to press charges."
    )
    q = extract_quotes(_articles(body))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("mixed", "Trump", "said", 'the deadlock has "kept us safe"'),
        ("mixed", "Francis", "said", 'Mr. Trump "is not Christian"'),
        ("mixed", "He", "told", 'he was "very angry" and planned to press charges'),
    ]


# --- qmix: a participle cue after a quotation closed by its comma ('"provocative," accusing it of ...') ---
def test_qmix_a_participle_cue_after_a_comma_inside_the_closing_mark():
    body = (
        "Harry Harris spoke in May.\n\n"
        "He has called China \"provocative and expansionist,\" accusing it of \"creating a Great Wall of sand\" "
        "in the disputed waters."
    )
    q = extract_quotes(_articles(body))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("direct", "He", "called", "provocative and expansionist"),
        ("mixed", "He", "accusing", 'it of "creating a Great Wall of sand" in the disputed waters'),
    ]


# --- qmix: a cue reporting a clause of its own does not attribute the quoted fragment before it ---
def test_qmix_a_cue_with_its_own_clause_does_not_take_the_fragment_before_it():
    body = (
        "The president spoke on Tuesday.\n\n"
        "Where he used to boast that he had decimated \"core Al Qaeda,\" on Tuesday night he said it still posed "
        "\"a direct threat\" to Americans.\n\n"
        "He found the party's policies \"abhorrent,\" he said."
    )
    q = extract_quotes(_articles(body))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("mixed", "he", "said", 'it still posed "a direct threat" to Americans'),
        ("mixed", "he", "said", 'He found the party\'s policies "abhorrent"'),
    ]


# --- qmix: a fragment quote ends before the next attribution's subject ---
def test_qmix_a_fragment_quote_ends_before_the_next_subject_and_its_cue():
    body = "The Tories dismissed the pay plan as \"desperate\", while the Liberal Democrats said it was misdirected."
    q = extract_quotes(_articles(body))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("mixed", "The Tories", "dismissed", 'the pay plan as "desperate"'),
        ("indirect", "the Liberal Democrats", "said", "it was misdirected"),
    ]


# --- qmix: a cue word used as a noun does not stop a closing fragment's clause from being one mixed quote ---
def test_qmix_a_noun_cue_word_inside_a_fragment_clause_before_its_cue():
    body = (
        "The emails covered many topics.\n\n"
        "In one email, Carter discussed how he had placed a note card in a \"burn bag,\" the Times reported."
    )
    q = extract_quotes(_articles(body))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("mixed", "the Times", "reported", 'Carter discussed how he had placed a note card in a "burn bag"'),
    ]


# --- qmix: "according to Y" after a split quote's cue starts Y's attribution ---
def test_qmix_according_to_after_the_cue_does_not_continue_the_split_quote():
    body = (
        "The donation was made in 2010.\n\n"
        "\"My father made the donation,\" Eric Trump wrote of the gift. According to an archived version of the "
        "website, \"Title Sponsor\" was the highest level of sponsorship that year."
    )
    q = extract_quotes(_articles(body))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("direct", "Eric Trump", "wrote of", "My father made the donation"),  # (the lexicon's two-word cue)
        ("mixed", "an archived version of the website", "According to",
         '"Title Sponsor" was the highest level of sponsorship that year'),
    ]


# --- qmix: a participle cue after a quoted fragment whose comma sits inside the closing mark ends the content ---
def test_qmix_adding_after_a_closing_mark_with_its_comma_ends_the_mixed_content():
    body = "The squabbles were real.\n\nHe insisted the rows were not \"perceived as a problem,\" adding there was no crisis."
    q = extract_quotes(_articles(body))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("mixed", "He", "insisted", 'the rows were not "perceived as a problem"'),
        ("indirect", "He", "adding", "there was no crisis"),
    ]


# --- qind: a series of items separated by semicolons and closed by "; and" is one reported content
def test_qind_a_semicolon_series_ending_in_and_is_one_content():
    body = ("Volunteers said they had cleaned the park on Saturday; collected tins for the food bank; and painted "
            "the community hall.\n\nThe mayor said the budget was tight; critics call it a disaster.")
    q = extract_quotes(pd.DataFrame({"article_id": ["d"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["quote"], strict=True)) == [
        ("indirect", "Volunteers", "they had cleaned the park on Saturday; collected tins for the food bank; and "
                                   "painted the community hall"),
        ("indirect", "The mayor", "the budget was tight"),
    ]


# --- qind: a long addressee of "told" / "asked" is no content: it starts at "that" or the question word
def test_qind_a_long_addressee_of_told_or_asked_is_skipped():
    body = ("The union asked the campaigns of the three remaining candidates - Smith, Jones and Brown - why they "
            "did not answer.\n\nShe told a radio host in Chicago on Wednesday that her remark was a joke.")
    q = extract_quotes(pd.DataFrame({"article_id": ["d"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("indirect", "The union", "asked", "why they did not answer"),
        ("indirect", "She", "told", "her remark was a joke"),
    ]


# --- qind: ", and" then a past or perfect predicate without a subject is the speaker's next act
def test_qind_and_then_a_subjectless_past_predicate_ends_reported_content():
    body = ("The senator insists the party must be a party of ideas, and has championed cuts to farm subsidies.\n\n"
            "Lawyers for the city said they would miss the deadline, and requested another month.\n\n"
            "The minister said prices had risen, and that wages had stalled.\n\n"
            'The company told the BBC that it had not negotiated with the union, and secured approval from '
            '"the highest levels".')
    q = extract_quotes(pd.DataFrame({"article_id": ["d"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["quote"], strict=True)) == [
        ("indirect", "The senator", "the party must be a party of ideas"),
        ("indirect", "Lawyers for the city", "they would miss the deadline"),
        ("indirect", "The minister", "prices had risen, and that wages had stalled"),
        ("mixed", "The company", 'it had not negotiated with the union, and secured approval from "the highest levels"'),
    ]


# --- qind: content opening with a subordinate clause goes on past the comma that closes it
def test_qind_a_fronted_subordinate_clause_keeps_its_main_clause():
    body = ("The report said before a new agency is set up, a review should be made of existing charities.\n\n"
            "In the early 1990s, Ms. Ripert said, when she was earning $24,000 a year, a boss invited her to lunch.\n\n"
            "He said he supports the final bill, which includes new provisions.")
    q = extract_quotes(pd.DataFrame({"article_id": ["d"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["quote"], strict=True)) == [
        ("indirect", "The report", "before a new agency is set up, a review should be made of existing charities"),
        ("indirect", "Ms. Ripert", "when she was earning $24,000 a year, a boss invited her to lunch"),
        ("indirect", "He", "he supports the final bill"),
    ]


# --- qind: a cue interrupting an open phrase ("including, he said, ...") reports only what follows it
def test_qind_a_cue_after_including_or_when_reports_only_the_words_after_it():
    body = ('The attacks were aimed at critics, including, he said, "politicians who tweet and appear on cable news."'
            "\n\nThings were different in the old days when, he said, protesters were treated more harshly.\n\n"
            "The golf industry, she said, is struggling.")
    q = extract_quotes(pd.DataFrame({"article_id": ["d"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["quote"], strict=True)) == [
        ("direct", "he", "politicians who tweet and appear on cable news."),
        ("indirect", "he", "protesters were treated more harshly"),
        ("indirect", "she", "The golf industry … is struggling"),
    ]


# --- qind: the content of "who/what X said" is the relative clause's predicate, not what follows it
def test_qind_a_cue_inside_a_relative_clause_reports_only_its_predicate():
    body = ("The group is led by a hacker who officials say is tied to Russian intelligence and who claimed credit "
            "for the attack.\n\nThe release showed what many analysts said was a sign of better relations, but the "
            "incident still angered critics.\n\nShe pointed to what she said is growing demand for pools, gyms and "
            "restaurants.")
    q = extract_quotes(pd.DataFrame({"article_id": ["d"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["quote"], strict=True)) == [
        ("indirect", "officials", "is tied to Russian intelligence"),
        ("indirect", "analysts", "was a sign of better relations"),
        ("indirect", "she", "is growing demand for pools, gyms and restaurants"),
    ]


# --- qind: an "Asked whether ..." question runs past appositions to the comma before the answer's subject
def test_qind_an_asked_question_runs_past_appositions_to_its_answer():
    body = ("Asked whether he was concerned that Donald Trump, the presumptive Republican nominee, who has called "
            "climate change a hoax, could be the next president, Ban demurred.\n\n"
            "Asked if there had been any fraud in the primaries, Michael Briggs, the campaign's spokesman, "
            "suggested otherwise.")
    q = extract_quotes(pd.DataFrame({"article_id": ["d"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("indirect", "", "Asked", "whether he was concerned that Donald Trump, the presumptive Republican nominee, "
                                  "who has called climate change a hoax, could be the next president"),
        ("indirect", "", "Asked", "if there had been any fraud in the primaries"),
    ]


# --- qind: a quoted programme title between the cue and "that" ("said on ''Meet the Press'' that ...")
def test_qind_a_quoted_title_before_that_is_skipped_with_the_cue_phrase():
    body = ("He said on NBC's ''Meet the Press'' on Sunday that Mr. Trump had shown disrespect to his wife.\n\n"
            "She said on “Face the Nation” that the plan was dead.\n\n"
            'Cruz responded with vitriol, promoting a "Stop Trump" movement that focused on defeating an opponent.')
    q = extract_quotes(pd.DataFrame({"article_id": ["d"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["quote"], strict=True)) == [
        ("indirect", "He", "Mr. Trump had shown disrespect to his wife"),
        ("indirect", "She", "the plan was dead"),
        ("mixed", "Cruz", 'with vitriol, promoting a "Stop Trump" movement that focused on defeating an opponent'),
    ]


# --- qind: an adverbial phrase before "X said," is no part of the content it interrupts
def test_qind_an_adverbial_before_an_interrupting_cue_is_no_content():
    body = ("In 2008, Trump said, the economy was in free fall.\n\n"
            "In the early 1990s, Ms. Ripert said, when she was earning $24,000 a year, a boss invited her to lunch.\n\n"
            "If the province were to act alone, Mr. Finlayson argued, it would lose investment.")
    q = extract_quotes(pd.DataFrame({"article_id": ["d"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["quote"], strict=True)) == [
        ("indirect", "Trump", "the economy was in free fall"),
        ("indirect", "Ms. Ripert", "when she was earning $24,000 a year, a boss invited her to lunch"),
        ("indirect", "Mr. Finlayson", "If the province were to act alone … it would lose investment"),
    ]


# --- qdir: a split quote whose cue carries more narrative than the quotation stays two quotes
def test_qdir_a_long_interruption_between_split_parts_gives_two_quotes_of_one_speaker():
    body = ("Rubio campaigned in a barn.\n\n"
            "\"I should hope so,\" Tilton said after braving the cold late last month to see the senator "
            "campaign in a barn here. \"I don't know.\"\n\n"
            "\"It is a sad day,\" Cruz said. \"This is the consequence of the culture.\"")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("direct", "Tilton", "said", "I should hope so"),
        ("direct", "Tilton", "said", "I don't know."),
        ("direct", "Cruz", "said", "It is a sad day … This is the consequence of the culture."),
    ]


# --- qdir: the second part of a split quote keeps its speaker when the next sentence brings a new report
def test_qdir_a_split_quote_goes_on_when_the_next_sentence_has_its_own_cue():
    body = ("Rivals criticised the campaign.\n\n"
            "\"It's a very sad development,\" Cruz told reporters. \"This is the consequence of the culture.\" "
            "Ohio Gov. John Kasich said he would have fired the manager.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("direct", "Cruz", "told", "It's a very sad development … This is the consequence of the culture."),
        ("indirect", "Ohio Gov. John Kasich", "said", "he would have fired the manager"),
    ]


# --- qdir: a speaker after the quote with a long apposition or an initialism ("N.C.") before the cue
def test_qdir_a_speaker_with_a_long_apposition_after_the_quote():
    body = ("The poll was taken Monday.\n\n"
            "\"Both of them scare me,\" Harry Bond, 30, of Raleigh, N.C., who was among those polled, said in an "
            "interview.\n\n"
            "\"Very good reporter,\" Trump, the 2016 GOP presidential frontrunner nationally and current polling leader "
            "in South Carolina by a wide margin, said.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("direct", "Harry Bond", "said", "Both of them scare me"),
        ("direct", "Trump", "said", "Very good reporter"),
    ]


# --- qdir: a participle or coordinated cue before a quotation takes the subject of its sentence
def test_qdir_a_participle_cue_before_a_quote_takes_the_sentence_subject():
    body = ("Senator Jane Doe spoke first.\n\n"
            "Band member Flea shared the news on social media last week, writing \"Feels great to support him.\"\n\n"
            "When asked whom she supported, Ms. Sherry smiled and said, \"I'm waiting for Bloomberg.\"")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    q = q[q["kind"] == "direct"]
    assert list(zip(q["kind"], q["speaker"], q["speaker_name"], q["cue"], strict=True)) == [
        ("direct", "Band member Flea", "Flea", "writing"),
        ("direct", "Ms. Sherry", "Sherry", "said"),
    ]


# --- qdir: a paragraph ending in a colon introduces the quotation that fills the next paragraph
def test_qdir_a_colon_paragraph_introduces_the_next_paragraph_quote():
    body = ("Rubio spoke about taxes.\n\n"
            "Cruz continued:\n\n"
            "\"You look at the questions: are you a comic book villain? How about the issues?\"\n\n"
            "He then listed the qualities of a nominee:\n\n"
            "\"Has the candidate a record of leadership for conservative principles?\"")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["speaker_name"], q["cue"], strict=True)) == [
        ("direct", "Cruz", "Cruz", "continued"),
        ("direct", "He", "Cruz", ":"),
    ]


# --- qdir: manner-of-speaking verbs after a direct quote
def test_qdir_manner_of_speaking_verbs_after_a_direct_quote():
    body = ("The group skates at night.\n\n"
            "\"Silly boys acting like they've never seen a girl before,\" scoffed Arianna Gil, 22, who helped found "
            "the group.\n\n"
            "\"They would have gone to the only bill with bipartisan support,\" Toomey fumed on Tuesday.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], strict=True)) == [
        ("direct", "Arianna Gil", "scoffed"),
        ("direct", "Toomey", "fumed"),
    ]


# --- qsubj: a lower-case modifier before a capitalised title belongs to the speaker phrase
def test_qsubj_a_modifier_before_a_title_keeps_the_speaker_after_the_content():
    body = ("Intro.\n\nThe tax on fuel is too high for most families, former President Bill Clinton said.\n\n"
            "The state must repay the loan, said former Secretary of State Hillary Clinton.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["speaker_name"], q["quote"], strict=True)) == [
        ("indirect", "former President Bill Clinton", "Bill Clinton", "The tax on fuel is too high for most families"),
        ("indirect", "former Secretary of State Hillary Clinton", "Hillary Clinton", "The state must repay the loan"),
    ]


# --- qsubj: a deictic time phrase after a cue that follows its content ends the cue, not a new content
def test_qsubj_a_time_phrase_after_a_late_cue_leaves_the_content_before_it():
    body = ("Intro.\n\nThe senator thinks the schools give too many tests, Bill Clinton said this week at an event "
            "in Wyoming — a reversal of her past support.\n\n"
            "Sales are expected to fall next year, Fiat said this week, as it exits unprofitable markets.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["quote"], strict=True)) == [
        ("indirect", "Bill Clinton", "The senator thinks the schools give too many tests"),
        ("indirect", "Fiat", "Sales are expected to fall next year"),
    ]


# --- qsubj: "long", "already", "often", "always", "in particular" between the auxiliary and the cue
def test_qsubj_adverbs_like_long_or_already_between_subject_and_cue():
    body = ("Intro.\n\nBoth Blocher and the SVP have long complained that the political class ignores the people.\n\n"
            "Domestic critics have in particular noted that the campaign posters stoked fear.\n\n"
            "The mayor has already said he will not run again.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("indirect", "Both Blocher and the SVP", "complained that", "the political class ignores the people"),
        ("indirect", "Domestic critics", "noted that", "the campaign posters stoked fear"),
        ("indirect", "The mayor", "said", "he will not run again"),
    ]


def test_qsubj_a_sentence_adverb_before_a_comma_is_no_subject():
    body = ("Intro.\n\nSimilarly, some were pointing out that the chancellor, during the launch, once again "
            "refused to deny the claim.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert q.empty  # (before: "Similarly" said "the claim")


# --- qsubj: military and plural titles ("Adm.", "Sens.") end no sentence
def test_qsubj_military_and_plural_title_abbreviations_do_not_split_the_subject():
    body = ("Intro.\n\nIntelligence officials — including NSA Director Adm. Michael Rogers — argued that data "
            "manipulation is a real danger.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("indirect", "Intelligence officials", "argued that", "data manipulation is a real danger"),
    ]


# --- qsubj: the to-infinitive after a commitment cue ("vowed to", "has promised to") is the content
def test_qsubj_an_infinitive_after_vowed_or_promised_is_the_content():
    body = ("Intro.\n\nThe senator vowed last month to take his campaign all the way to the convention.\n\n"
            "The Liberal Democrats have promised to raise the issue in Parliament.\n\n"
            "The figures were promised to investors last year.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("indirect", "The senator", "vowed", "to take his campaign all the way to the convention"),
        ("indirect", "The Liberal Democrats", "promised", "to raise the issue in Parliament"),
    ]


# --- qsubj: a cue inside a non-restrictive relative clause: its content ends with the clause
def test_qsubj_content_in_a_relative_clause_ends_at_its_closing_comma():
    body = ("Intro.\n\nJones, who says she is innocent, could lose all her medals after the inquiry.\n\n"
            "Trump has blasted the delegate system, which he said leaves millions of voters, especially his "
            "supporters, disenfranchised.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("indirect", "Jones", "says", "she is innocent"),
        ("indirect", "he", "said", "leaves millions of voters, especially his supporters, disenfranchised"),
    ]


# --- qsubj: campaign role nouns ("front-runner", "hopeful", "challenger") head a subject noun phrase
def test_qsubj_campaign_role_nouns_head_a_subject():
    body = ("Intro.\n\nThe GOP presidential front-runner predicted in March that Rubio would lose his seat.\n\n"
            "The sale must stop, the Republican hopeful said.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("indirect", "The GOP presidential front-runner", "predicted", "Rubio would lose his seat"),
        ("indirect", "the Republican hopeful", "said", "The sale must stop"),
    ]


# --- qsubj: a pronoun subject after a day, month or place phrase, or with a contracted auxiliary
def test_qsubj_a_pronoun_subject_after_a_time_phrase_or_with_a_contraction():
    body = ("Intro.\n\nOn Monday he said he would strongly consider closing the office.\n\n"
            "Although in September she said her decision was a mistake, she did not apologize.\n\n"
            "While he’s said he believes the deal is fair, he has also criticised it.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("indirect", "he", "said", "he would strongly consider closing the office"),
        ("indirect", "she", "said", "her decision was a mistake"),
        ("indirect", "he", "said", "he believes the deal is fair"),
    ]


# --- qsubj: a coordinated commitment cue takes its infinitive ("... and promised to ...")
def test_qsubj_a_coordinated_commitment_cue_takes_its_infinitive():
    body = ("Intro.\n\nThe justice said she regretted her remarks and promised to stay out of politics in the future.\n\n"
            "The senator criticised the plan and vowed to block it in the Senate.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("indirect", "The justice", "said", "she regretted her remarks"),
        ("indirect", "The justice", "promised", "to stay out of politics in the future"),
        ("indirect", "The senator", "vowed", "to block it in the Senate"),
    ]


# --- qsubj: the noun-phrase object of "announced", "reported", "recalled", "declared" is the content
def test_qsubj_the_object_of_announced_or_reported_is_the_content():
    body = ("Intro.\n\nThe band announced a benefit concert in support of the senator.\n\n"
            "Authorities in the state announced tighter controls on the border on Tuesday, with the interior "
            "minister criticising Belgium.\n\n"
            "Clinton recalled her opposition to efforts to privatize federal jobs.\n\n"
            "Hours before the vote, there was a funereal air at the headquarters, reported AP news agency.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("indirect", "The band", "announced", "a benefit concert in support of the senator"),
        ("indirect", "Authorities in the state", "announced", "tighter controls on the border on Tuesday"),
        ("indirect", "Clinton", "recalled", "her opposition to efforts to privatize federal jobs"),
    ]


# --- qcue: verbs of speaking aloud or writing that report speech before a quotation, "that" or a comma
def test_qcue_manner_of_speaking_verbs_are_cues_before_a_quotation_or_that():
    body = ('"Donald Trump is not a racist, guys," LeVell assured the crowd.\n\n'
            '"Mexico!" the audience screamed back.\n\n'
            'Senator Jane Ortiz reminded reporters that the bill had passed twice.\n\n'
            'He mentions the weather twice. Mr Myers has already pleaded guilty to fraud.')
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("direct", "LeVell", "assured", "Donald Trump is not a racist, guys"),
        ("direct", "the audience", "screamed", "Mexico!"),
        ("indirect", "Senator Jane Ortiz", "reminded", "the bill had passed twice"),
    ]


# --- qcue: a mixed cue (praised, described, criticised ...) after a quotation does not attribute it
def test_qcue_a_mixed_cue_after_a_quotation_does_not_take_it():
    body = ('"The litigation has been a relentless distraction," said Steven Richter, a lawyer. '
            '"But we do expect to prevail." McClaren praised the defence for its "calm" display.')
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("direct", "Steven Richter", "said",
         "The litigation has been a relentless distraction … But we do expect to prevail."),
        ("mixed", "McClaren", "praised", 'the defence for its "calm" display'),
    ]


# --- qcue: verbs of praise, blame and dismissal, and "-ing" participles, before a quoted fragment
def test_qcue_praise_blame_and_participle_cues_before_a_quoted_fragment():
    body = ('The Tories dismissed the maternity pay plan as "desperate".\n\n'
            'The prime minister said he had met the chancellor and dismissed the claims as a "load of nonsense".\n\n'
            'He apologised for not being there, joking: "I\'m stuck in LA."\n\n'
            'Mr Milburn dismissed claims of a rift.')
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("mixed", "The Tories", "dismissed", 'the maternity pay plan as "desperate"'),
        ("indirect", "The prime minister", "said", "he had met the chancellor"),
        ("mixed", "The prime minister", "dismissed", 'the claims as a "load of nonsense"'),
        ("direct", "He", "joking", "I'm stuck in LA."),
    ]


# --- qcue: a promise reports its to-infinitive ("vowed (last month) to ...", "has pledged to ...")
def test_qcue_a_promise_cue_reports_its_to_infinitive():
    body = ("The Independent Vermont senator vowed last month to take his campaign all the way to the convention.\n\n"
            "The Lib Dems have pledged to oppose the bill when it is debated next Monday.\n\n"
            "Delegates pledged to the party met on Monday. The ban threatens to reignite tensions.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("indirect", "The Independent Vermont senator", "vowed", "to take his campaign all the way to the convention"),
        ("indirect", "The Lib Dems", "pledged", "to oppose the bill when it is debated next Monday"),
    ]


# --- qcue: adverbs and time phrases between a cue and its "that"
def test_qcue_adverbs_between_the_cue_and_that():
    body = ("The Observer reported on Sunday that half the workforce could be under threat.\n\n"
            "Microsoft has said repeatedly that it wants to be first to the market.\n\n"
            "He said, twice, that he was going back to work.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("indirect", "The Observer", "reported", "half the workforce could be under threat"),
        ("indirect", "Microsoft", "said", "it wants to be first to the market"),
        ("indirect", "He", "said", "he was going back to work"),
    ]


# --- qcue: one "be/get before a participle" pattern for passive cues and questions put to someone
def test_qcue_one_passive_pattern_reads_negated_be_and_get():
    body = ("He wasn't asked about the emails during the debate.\n\n"
            "Clinton was asked about securing the border.\n\n"
            "The figures got announced late, and shares rose sharply.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("indirect", "", "asked", "the emails during the debate"),
        ("indirect", "", "asked", "securing the border"),
    ]


# --- qcue: a progressive cue ("is saying that") takes the subject before "be", like a weak cue
def test_qcue_a_progressive_cue_takes_the_subject_before_be():
    body = ("Trump is saying that he will win the state.\n\n"
            "He is also claiming Labour is more united than ever.\n\n"
            "Ricky Gervais is writing an episode of The Simpsons.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("indirect", "Trump", "saying that", "he will win the state"),
        ("indirect", "He", "claiming", "Labour is more united than ever"),
    ]


# --- qmix: verbs of evaluating, citing and naming before a quoted fragment (mixed_cues lexicon) ---
def test_qmix_evaluating_and_naming_verbs_frame_quoted_fragments():
    body = (
        "The film opened in May.\n\n"
        "The prime minister said he had discussed the claims with the chancellor and dismissed them as a "
        "\"load of nonsense\".\n\n"
        "Critics were harsh, with the Los Angeles Times labelling it a \"dispiriting vanity project\"."
    )
    q = extract_quotes(_articles(body))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("indirect", "The prime minister", "said", "he had discussed the claims with the chancellor"),
        ("mixed", "The prime minister", "dismissed", 'them as a "load of nonsense"'),
        ("mixed", "the Los Angeles Times", "labelling", 'it a "dispiriting vanity project"'),
    ]


# --- qmix: the noun after a participle cue following a quotation is its addressee, not an inverted speaker ---
def test_qmix_a_participle_after_a_quotation_takes_an_addressee_not_a_speaker():
    body = (
        "The foundation was asked about him.\n\n"
        "The Trayvon Martin Foundation did not want to address \"that person,\" telling Fox 35 that the "
        "organization is focused on \"ending senseless gun violence.\""
    )
    q = extract_quotes(_articles(body))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("mixed", "The Trayvon Martin Foundation", "telling", 'the organization is focused on "ending senseless gun violence."'),
    ]


# --- qmix: a relative clause with its own cue after a split quote's speaker starts a new (mixed) attribution ---
def test_qmix_a_relative_clause_report_after_the_speaker_is_not_merged_into_the_split_quote():
    body = (
        "The race is on.\n\n"
        "\"You will have a hard time getting support from Latinos,\" said Alfonso Aguilar, the director of the "
        "group, who also said that the two men must do more. \"Hispanics won't vote for someone just because "
        "they're Hispanic.\""
    )
    q = extract_quotes(_articles(body))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("direct", "Alfonso Aguilar", "said", "You will have a hard time getting support from Latinos"),
        ("mixed", "Alfonso Aguilar", "said that",
         "the two men must do more … Hispanics won't vote for someone just because they're Hispanic."),
    ]


# --- qmix: a list of quoted items after a naming cue is one fragment clause ---
def test_qmix_a_list_of_quoted_items_after_a_cue_stays_one_mixed_quote():
    body = (
        "The governor spoke.\n\n"
        "On Tuesday, Gov. Jerry Brown endorsed her, citing her \"long experience,\" \"firm grasp of the issues\" "
        "and preparedness.\n\n"
        "He called it \"absurd,\" and left."
    )
    q = extract_quotes(_articles(body))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("mixed", "Gov. Jerry Brown", "citing", 'her "long experience," "firm grasp of the issues" and preparedness'),
        ("mixed", "He", "called", 'it "absurd"'),
    ]


# --- qmix: a relative clause after a quotation that opens the content is not part of what was said ---
def test_qmix_a_relative_clause_after_the_quoted_content_ends_it():
    body = (
        "The show went on.\n\n"
        "Silverman interjected, \"Ladies and gentlemen, Mr. Paul Simon,\" who proceeded to perform a song."
    )
    q = extract_quotes(_articles(body))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("mixed", "Silverman", "interjected", '"Ladies and gentlemen, Mr. Paul Simon"'),
    ]


# --- qind: a time adverbial before "X said," is no content, unless the words after the cue need it as subject
def test_qind_a_time_adverbial_before_an_interrupting_cue_is_no_content():
    body = ("Six months ago, the senator said, the media considered him a fringe candidate.\n\n"
            "Last year, he said, was all about deal making.")
    q = extract_quotes(pd.DataFrame({"article_id": ["d"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["quote"], strict=True)) == [
        ("indirect", "the senator", "the media considered him a fringe candidate"),
        ("indirect", "he", "Last year … was all about deal making"),
    ]


# --- qind: "However, while X says A, B": a connective before the leading subordinator still ends A at the comma
def test_qind_a_connective_before_a_leading_while_clause_still_ends_the_content():
    body = ("However, while the committee says they are well on their way to their goal, they are not receiving "
            "help from many companies.\n\nBut when the mayor said the budget was tight, critics laughed.")
    q = extract_quotes(pd.DataFrame({"article_id": ["d"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["quote"], strict=True)) == [
        ("indirect", "the committee", "they are well on their way to their goal"),
        ("indirect", "the mayor", "the budget was tight"),
    ]


# --- qind: after an infinitive ("promised to ..."), a later pronoun does not start the content
def test_qind_an_infinitive_after_the_cue_is_content_not_a_preposition():
    body = ("Sanders promised to take bold action should he win the presidency.\n\n"
            "She said in a statement Thursday night they pulled the listing.")
    q = extract_quotes(pd.DataFrame({"article_id": ["d"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["quote"], strict=True)) == [
        ("indirect", "Sanders", "to take bold action should he win the presidency"),
        ("indirect", "She", "they pulled the listing"),
    ]


# --- qdir: a split quote whose cue ends with a quoted title ('he said on "Meet the Press."')
def test_qdir_a_split_quote_goes_on_after_a_title_that_closes_the_cue():
    body = ("Carson spoke on Sunday.\n\n"
            "“I have always said that I expect to be vetted,” he said on “Meet the Press.” “But being vetted "
            "and what is going on with me is different, and I have not seen that with anyone else.”")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("direct", "he", "said", "I have always said that I expect to be vetted … But being vetted and what is "
                                 "going on with me is different, and I have not seen that with anyone else."),
    ]


# --- qdir: a split quote whose second part follows its cue without a comma ('she said "B."')
def test_qdir_a_split_quote_goes_on_when_the_cue_lacks_its_punctuation():
    body = ("Parents spoke at the hearing.\n\n"
            "“They’re essentially trying to defeat opportunity for kids,” she said “Ultimately the vote no "
            "campaign is saying to families that they have to wait.”")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("direct", "she", "said", "They’re essentially trying to defeat opportunity for kids … Ultimately the vote "
                                  "no campaign is saying to families that they have to wait."),
    ]


# --- qdir: a quotation filling the paragraph after '"A," he said.' goes on with that quote
def test_qdir_a_cueless_paragraph_quote_goes_on_with_the_quote_before_it():
    body = ("Cruz spoke in Iowa.\n\n"
            "“I am the son of an immigrant who came legally from Cuba,” he said.\n\n"
            "“And I would note, try going illegally to another country. See what they do.”\n\n"
            "Rubio disagreed with him.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["quote"], strict=True)) == [
        ("direct", "he", "I am the son of an immigrant who came legally from Cuba … And I would note, try "
                         "going illegally to another country. See what they do."),
    ]


# --- qsubj: a lower-case subject after a subordinator in the same run, and commas inside numbers
def test_qsubj_the_subject_of_a_subordinate_clause_before_the_cue():
    body = ("Intro.\n\nShares in the miner rose 3.8% to 1,088 pence on Tuesday after the UK firm announced a "
            "fresh gas discovery in India.\n\n"
            "More than half of 2,000 people surveyed said they had privacy worries about the tags.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("indirect", "the UK firm", "announced", "a fresh gas discovery in India"),
        ("indirect", "More than half of 2,000 people surveyed", "said", "they had privacy worries about the tags"),
    ]


# --- qsubj: a semicolon after a late cue ends its clause; the text before the subject is content
def test_qsubj_a_semicolon_after_a_late_cue_ends_its_clause():
    body = ("Intro.\n\nTo win the White House, candidates need about 40 percent of the Hispanic vote, political "
            "analysts say; in 2012, Mitt Romney stumbled.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("indirect", "political analysts", "say",
         "To win the White House, candidates need about 40 percent of the Hispanic vote"),
    ]


# --- qsubj: a leading "As X reported (just today)," clause; a year before an -ed cue ends the subject
def test_qsubj_a_leading_as_clause_with_a_time_adverb_or_a_year():
    body = ("Intro.\n\nAs the Washington Post’s investigative unit reported just today, the inspector general "
            "issued subpoenas to the foundation.\n\n"
            "As another Pew study from 2011 noted, the average age of Latinos born in California was 18.\n\n"
            "The 300 pledged delegates will vote in July.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("indirect", "the Washington Post’s investigative unit", "reported",
         "the inspector general issued subpoenas to the foundation"),
        ("indirect", "another Pew study from 2011", "noted", "the average age of Latinos born in California was 18"),
    ]


# --- qsubj: a speaker after the cue: a quantity of a capitalised group, or a group with a relative clause
def test_qsubj_a_quantified_group_or_a_relative_clause_after_an_inverted_cue():
    body = ("Intro.\n\nDefending that state is within his reach, said a handful of Democrats who know him.\n\n"
            "The plan will fail, said several Republicans who oppose it.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("indirect", "a handful of Democrats", "said", "Defending that state is within his reach"),
        ("indirect", "several Republicans", "said", "The plan will fail"),
    ]


# --- qsubj: content interrupted by an inverted cue ("..., said Doyle, would be ...") or by "told them"
def test_qsubj_content_interrupted_by_an_inverted_cue_or_told_with_an_addressee():
    body = ("Intro.\n\nThe contrast with Trump, said Doyle, would be clear to every voter.\n\n"
            "The solution, the partner told them, was simple.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("indirect", "Doyle", "said", "The contrast with Trump … would be clear to every voter"),
        ("indirect", "the partner", "told", "The solution … was simple"),
    ]


# --- qcue: a cue in a purpose infinitive after "used the occasion", "took to Twitter", "went out of his way"
def test_qcue_a_cue_after_used_the_occasion_to_takes_its_subject():
    body = ("Sanders used this question to argue that the banks must be broken up.\n\n"
            "Trump took to Twitter to say that the election was rigged.\n\n"
            "Ljubicic was at a loss to explain his poor showing in the first set. The union demanded that "
            "workers be paid on time.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("indirect", "Sanders", "argue that", "the banks must be broken up"),
        ("indirect", "Trump", "say that", "the election was rigged"),
        ("indirect", "The union", "demanded that", "workers be paid on time"),
    ]


# --- qcue: "discussed how", "to demand" before a quoted fragment
def test_qcue_discussed_and_demand_before_a_quoted_fragment():
    body = ('But even then, they discussed how the law "was going to go from a positive to a negative."\n\n'
            'Sanders used this question to demand wealthy Americans "pay their fair share."')
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("mixed", "they", "discussed", 'how the law "was going to go from a positive to a negative."'),
        ("mixed", "Sanders", "demand", 'wealthy Americans "pay their fair share."'),
    ]


# --- qcue: a promise's to-infinitive ends at a comma before a subordinator or a new clause
def test_qcue_a_promise_infinitive_ends_before_a_subordinate_clause():
    body = ("He pledged to shut down private detention centers, after he introduced a bill last month.\n\n"
            "The Lib Dems have pledged to cut taxes, raise pensions and scrap tuition fees.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("He", "pledged", "to shut down private detention centers"),
        ("The Lib Dems", "pledged", "to cut taxes, raise pensions and scrap tuition fees"),
    ]


# --- qmix: a split quote whose interruption is longer than its quoted parts stays two rows ---
def test_qmix_a_long_interruption_keeps_the_two_parts_of_a_split_quote_apart():
    body = (
        "The senator toured Iowa.\n\n"
        "\"I should hope so,\" Tilton said after braving the cold late last month to see the Florida senator "
        "campaign in a barn here. \"I don't know, exactly.\"\n\n"
        "\"We will win,\" she said. \"It is close, but we will win.\""
    )
    q = extract_quotes(_articles(body))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("direct", "Tilton", "said", "I should hope so"),
        ("direct", "Tilton", "said", "I don't know, exactly."),
        ("direct", "she", "said", "We will win … It is close, but we will win."),
    ]


# --- qmix: a that-clause after the cue of a sentence-opening quotation goes on with it ---
def test_qmix_a_that_clause_after_the_cue_goes_on_with_the_opening_quotation():
    body = (
        "The mosque is small.\n\n"
        "\"It's our bad luck,\" he said, that both violent men had connections to this little mosque.\n\n"
        "\"We are gravely concerned,\" the members wrote in a letter to the president, that the department "
        "\"may have already removed mothers and children.\"\n\n"
        "\"We are ready,\" he said, adding that the team was strong."
    )
    q = extract_quotes(_articles(body))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("mixed", "he", "said", "It's our bad luck … that both violent men had connections to this little mosque"),
        ("mixed", "the members", "wrote",
         'We are gravely concerned … that the department "may have already removed mothers and children."'),
        ("direct", "he", "said", "We are ready"),
        ("indirect", "he", "adding that", "the team was strong"),
    ]


# --- qmix: a subordinate or relative clause after a comma ends a fragment quote's predicate ---
def test_qmix_a_subordinate_clause_after_the_fragment_ends_its_predicate():
    body = (
        "The campaign manager was charged.\n\n"
        "Donald Trump defended his campaign manager as a \"very decent man\" Tuesday, hours after the staffer was "
        "charged with battery."
    )
    q = extract_quotes(_articles(body))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("mixed", "Donald Trump", "defended", 'his campaign manager as a "very decent man" Tuesday'),
    ]


# --- qind: "before claiming/urging ..." after reported content is the speaker's next act
def test_qind_before_and_a_participle_cue_ends_reported_content():
    body = 'The mayor said the plan was "a disaster" before urging voters to reject it.'
    q = extract_quotes(pd.DataFrame({"article_id": ["d"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["quote"], strict=True)) == [
        ("mixed", "The mayor", 'the plan was "a disaster"'),
    ]


# --- qind: a wire dateline is no part of the content that opens an article
def test_qind_a_wire_dateline_is_no_part_of_content():
    body = ("WASHINGTON (Reuters) - The Chinese government likely hacked computers at the agency, according to a "
            "report released on Wednesday.\n\nNEW YORK, Dec. 11 (UPI) — The network will cut 200 jobs, the company said.")
    q = extract_quotes(pd.DataFrame({"article_id": ["d"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["quote"], strict=True)) == [
        ("indirect", "a report released on Wednesday", "The Chinese government likely hacked computers at the agency"),
        ("indirect", "the company", "The network will cut 200 jobs"),
    ]


# --- qind: the object of ask/urge/warn is content when no clause follows it; after "told X" a determiner
# opens the content
def test_qind_the_object_of_a_request_is_content_and_told_keeps_the_determiner():
    body = ("He urged a limit on the number of agencies that could be set up.\n\n"
            "Mr. Khan has asked Republican leaders to disavow Mr. Trump.\n\n"
            "She told reporters the red carpet was cold.\n\n"
            "He warned the government would have to work hard.")
    q = extract_quotes(pd.DataFrame({"article_id": ["d"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["quote"], strict=True)) == [
        ("indirect", "He", "a limit on the number of agencies that could be set up"),
        ("indirect", "Mr. Khan", "Republican leaders to disavow Mr. Trump"),
        ("indirect", "She", "the red carpet was cold"),
        ("indirect", "He", "the government would have to work hard"),
    ]


# --- qdir: an indefinite noun phrase after an inverted cue is the speaker
def test_qdir_an_indefinite_noun_phrase_after_an_inverted_cue():
    body = ("The caucuses are near.\n\n"
            "\"The energy is going to be substantial,\" said one well-connected Democrat familiar with the "
            "campaign, who requested anonymity.\n\n"
            "\"Better watch out for illegal conduct by Grimes,\" tweeted another.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], strict=True)) == [
        ("direct", "one well-connected Democrat", "said"),
        ("direct", "another", "tweeted"),
    ]


# --- qdir: '"...?" He answered, "..."': the cue introduces the next quote; a passive cue names no speaker
def test_qdir_a_question_and_its_answer_are_two_quotes():
    body = ("Sidney Blumenthal appeared on CNN.\n\n"
            "Blumenthal was asked, “If you had known she had a personal server, would you have told her?” "
            "He answered, “I have no idea. We’re old friends.”")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("direct", "", "asked", "If you had known she had a personal server, would you have told her?"),
        ("direct", "He", "answered", "I have no idea. We’re old friends."),
    ]


# --- qdir: a quote introduced by 'X said: "..."' keeps that speaker when the next sentence opens with a report
def test_qdir_a_quote_introduced_before_keeps_its_speaker_over_the_next_sentence():
    body = ("Ministers published the figures.\n\n"
            "Mr Letwin said: \"This is a very murky area.\" The Conservatives also said Mr Brown would still be "
            "forced to raise taxes.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("direct", "Mr Letwin", "said", "This is a very murky area."),
        ("indirect", "The Conservatives", "said", "Mr Brown would still be forced to raise taxes"),
    ]


def test_qdir_a_told_cue_with_its_object_before_a_colon_keeps_its_quote():
    body = ("The book was published on Monday.\n\n"
            "Mr Prescott told BBC News: \"They told us very clearly to get in line.\" The new book claims Mr "
            "Prescott hosted a dinner.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    q = q[q["kind"] == "direct"]
    assert list(zip(q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("Mr Prescott", "told", "They told us very clearly to get in line."),
    ]


# --- qdir: a quotation right after another ('"A." "B." Y said that ...') goes on with A's speaker
def test_qdir_an_adjacent_quotation_keeps_the_speaker_of_the_one_before():
    body = ("Forest lost at home.\n\n"
            "Bradley Fishman said: \"We knew it was going to be difficult.\" \"We dug in and the goal came.\" "
            "Forest manager Gary Megson conceded his team did not deserve anything.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["quote"], strict=True)) == [
        ("direct", "Bradley Fishman", "We knew it was going to be difficult."),
        ("direct", "Bradley Fishman", "We dug in and the goal came."),
        ("indirect", "Forest manager Gary Megson", "his team did not deserve anything"),
    ]


# --- qsubj: "accused X of ..." and "urged X to ...": the object and what follows it are the content
def test_qsubj_accused_of_and_urged_to_take_their_object_as_content():
    body = ("Intro.\n\nRepublicans quickly accused the president of politicizing the tragedy.\n\n"
            "MPs have urged the BBC to give watchdogs more freedom.\n\n"
            "The accused man was released on bail.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("indirect", "Republicans", "accused", "the president of politicizing the tragedy"),
        ("indirect", "MPs", "urged", "the BBC to give watchdogs more freedom"),
    ]


# --- qsubj: "that" before a capitalised subject is a complementizer, not part of the speaker
def test_qsubj_that_before_a_name_is_no_part_of_the_speaker():
    body = ("Intro.\n\nThe Irish coach was surprised that England coach Andy Robinson said he was certain the "
            "winger was onside.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("indirect", "England coach Andy Robinson", "said", "he was certain the winger was onside"),
    ]


# --- qsubj: a subject noun phrase with a dependent prepositional phrase ("People close to the campaign said")
def test_qsubj_the_whole_subject_noun_phrase_before_a_prepositional_phrase():
    body = ("Intro.\n\nPeople close to the campaign said the senator would not drop out.\n\n"
            "Officials familiar with the matter said the talks had stalled.\n\n"
            "A National Audit Office report on the 20 biggest projects says costs have risen.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("indirect", "People close to the campaign", "said", "the senator would not drop out"),
        ("indirect", "Officials familiar with the matter", "said", "the talks had stalled"),
        ("indirect", "A National Audit Office report on the 20 biggest projects", "says", "costs have risen"),
    ]


# --- qsubj: a plural noun before "that"/"who" and a strong cue ("businesses that warn ...")
def test_qsubj_a_relative_pronoun_before_warn_or_argue():
    body = "Intro.\n\nOpposition came from prominent businesses that warn it could harm commerce in the state."
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("indirect", "businesses", "warn", "it could harm commerce in the state"),
    ]


# --- qsubj: what a speaker "warned of" is the content
def test_qsubj_what_is_warned_of_is_the_content():
    body = ("Intro.\n\nLast month, a group of 32 security experts warned of a specific type of fakery, arguing that "
            "hackers could alter the files.\n\n"
            "The carmaker warned of lower margins this year.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("indirect", "experts", "warned", "a specific type of fakery"),
        ("indirect", "experts", "arguing that", "hackers could alter the files"),
        ("indirect", "The carmaker", "warned", "lower margins this year"),
    ]


# --- qcue: a quotation right after "that" that opens a longer content is one mixed quote
def test_qcue_a_quotation_after_that_opening_a_longer_content_is_mixed():
    body = ('The frontrunner wrote for The Washington Informer that "the District is often neglected" because '
            'it has no vote in Congress.\n\n'
            'Mr Howard told MPs that "every independent expert" had suggested higher taxes.\n\n'
            'Trump said that "we will win."')
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("mixed", "The frontrunner", "wrote", '"the District is often neglected" because it has no vote in Congress'),
        ("mixed", "Mr Howard", "told", '"every independent expert" had suggested higher taxes'),
        ("direct", "Trump", "said", "we will win."),
    ]


# --- qmix: a participle cue after "before/after/by" opens its own attribution when a quotation follows ---
def test_qmix_a_participle_cue_after_before_or_after_frames_a_quoted_fragment():
    body = (
        "The border visit was brief.\n\n"
        "\"There's great danger with the illegals,\" Trump told reporters, before insisting he had a \"great "
        "relationship\" with Latinos.\n\n"
        "Newcastle boss Graeme Souness reopened his dispute with Craig Bellamy after claiming the Welshman was "
        "\"not good enough\" for the club."
    )
    q = extract_quotes(_articles(body))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("direct", "Trump", "told", "There's great danger with the illegals"),
        ("mixed", "Trump", "insisting", 'he had a "great relationship" with Latinos'),
        ("mixed", "Newcastle boss Graeme Souness", "claiming", 'the Welshman was "not good enough" for the club'),
    ]


def test_qmix_a_long_cue_clause_in_the_same_sentence_keeps_the_split_parts_apart():
    body = (
        "The vote was close.\n\n"
        "\"We won,\" the party's longtime campaign manager told reporters at a packed news conference in the "
        "capital on Tuesday night, \"and we are proud.\""
    )
    q = extract_quotes(_articles(body))
    assert list(zip(q["kind"], q["cue"], q["quote"], strict=True)) == [
        ("direct", "told", "We won"),
        ("direct", "told", "and we are proud."),
    ]


# --- qdir: a verb cue with a prepositional phrase before a comma or colon ('said in a statement, "...')
def test_qdir_a_cue_with_an_adverbial_phrase_before_a_direct_quote():
    body = ("The campaign answered on Monday.\n\n"
            "Trump said in a statement, \"We will win this state.\"\n\n"
            "The company said in a statement: \"We regret the error.\"")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("direct", "Trump", "said", "We will win this state."),
        ("direct", "The company", "said", "We regret the error."),
    ]


# --- qdir: yelling / chanting introduce the words shouted
def test_qdir_yelling_and_chanting_introduce_a_direct_quote():
    body = ("Protesters gathered outside.\n\n"
            "Supporters kicked a protester, with Trump reportedly yelling: “Get him the hell out of here!”")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["cue"], q["quote"], strict=True)) == [
        ("direct", "yelling", "Get him the hell out of here!"),
    ]


# --- qmix: "said he" followed by a predicate is the cue's own clause, not an inverted speaker ---
def test_qmix_said_then_a_pronoun_with_its_predicate_is_no_inverted_speaker():
    body = (
        "The convention is near.\n\n"
        "Humphrey, who calls Trump a \"sociopath,\" said he doesn't believe the effort requires an alternative."
    )
    q = extract_quotes(_articles(body))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("mixed", "Humphrey", "calls", 'Trump a "sociopath"'),
        ("indirect", "Humphrey", "said", "he doesn't believe the effort requires an alternative"),
    ]


# --- qmix: an initialism ("U.S.") in a speaker's title after a quotation does not end the search for the cue ---
def test_qmix_an_initialism_in_the_speaker_title_after_a_quotation():
    body = (
        "Prosecutors filed papers.\n\n"
        "\"A maximum punishment would also help address any false perception,\" Assistant U.S. Attorney Maya D. Song wrote."
    )
    q = extract_quotes(_articles(body))
    assert list(zip(q["kind"], q["speaker"], q["speaker_name"], q["cue"], strict=True)) == [
        ("direct", "Assistant U.S. Attorney Maya D. Song", "Maya D. Song", "wrote"),
    ]


def test_qmix_a_fragment_clause_widens_across_a_long_titled_speaker():
    body = (
        "Prosecutors filed papers.\n\n"
        "A maximum punishment \"would also help address any false perception,\" Assistant U.S. Attorney Maya D. Song wrote."
    )
    q = extract_quotes(_articles(body))
    assert list(zip(q["kind"], q["speaker"], q["quote"], strict=True)) == [
        ("mixed", "Assistant U.S. Attorney Maya D. Song",
         'A maximum punishment "would also help address any false perception"'),
    ]


# --- qdir: a quotation closed with a comma after its cue, the sentence going on ('X joked, "...," drawing jeers')
def test_qdir_a_quote_before_the_rest_of_its_sentence_keeps_its_cue():
    body = ("The convention opened.\n\n"
            "Silverman joined Al Franken on stage and joked, “Bernie or Bust people, you’re being ridiculous,” "
            "drawing loud jeers.\n\n"
            "Canova wrote to his Twitter followers, “It’s time to end her political career,” and shared a link.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("direct", "Silverman", "joked", "Bernie or Bust people, you’re being ridiculous"),
        ("direct", "Canova", "wrote", "It’s time to end her political career"),
    ]


# --- qdir: cue-less quotations: a slogan with its year is nobody's words; a label inside the marks is a speaker
def test_qdir_a_dated_slogan_is_no_quote_and_a_label_inside_the_marks_is_a_speaker():
    body = ("The party's posters were explicit.\n\n"
            "“Lose safety? Lose work? No to Schengen” (2005) — “Free pass for all? No.” (2007).\n\n"
            "\"Chris Matthews: Seriously, seriously about this. Bernie says he's going to pay for it.\"\n\n"
            "But then I ask the people.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("direct", "Chris Matthews", ":", "Seriously, seriously about this. Bernie says he's going to pay for it."),
    ]


def test_qdir_a_participle_cue_right_before_a_quote_the_sentence_going_on():
    body = ("The convention opened on Monday.\n\n"
            "Hundreds of demonstrators marched through Center City, chanting \"Bernie or Jill, No Hill,\" raising "
            "fresh questions about the party.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["cue"], q["quote"], strict=True)) == [
        ("direct", "chanting", "Bernie or Jill, No Hill"),
    ]


# --- qdir: a subject pronoun right before the cue of a quote after a leading adverb
def test_qdir_a_pronoun_after_a_leading_adverb_is_the_speaker():
    body = ("Maria Lopez runs the group.\n\n"
            "Recently she announced on her Facebook page, in all capital letters, \"I'm getting off the Cruz ship!\"")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["speaker_name"], q["cue"], strict=True)) == [
        ("direct", "she", "Maria Lopez", "announced"),
    ]


# --- qcue: a form of "be" before an "-ing" mixed cue is a progressive, not a passive naming
def test_qcue_a_progressive_mixed_cue_before_a_quoted_fragment():
    body = ('Donald Trump is promising to "bomb the hell" out of the terrorists.\n\n'
            'Sanders supporters are crying "fraud" over delegate selection.\n\n'
            'The plan was called "a disaster" by critics.')
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("mixed", "Donald Trump", "promising", 'to "bomb the hell" out of the terrorists'),
        ("mixed", "Sanders supporters", "crying", '"fraud" over delegate selection'),
        ("mixed", "critics", "called", 'The plan was called "a disaster"'),  # (s5pred: the passive's agent)
    ]


# --- qcue: a clause with a person as subject introduces the quotation after its colon
def test_qcue_a_person_clause_before_a_colon_introduces_the_quotation():
    body = ('In a Fox interview later that day, Trump went even further: "If he loses, it is the end of his career."\n\n'
            'Johansson was more restrained in his assessment: "I have to improve my serve."')
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("direct", "Trump", ":", "If he loses, it is the end of his career."),
        ("direct", "Johansson", ":", "I have to improve my serve."),
    ]


# --- qcue: "Here's NAME ...:" introduces NAME's quotation; a possessive subject does not
def test_qcue_heres_name_before_a_colon_introduces_the_quotation():
    body = ('Here’s Clinton in December 1992: "Our new direction must rest on the new realities."\n\n'
            'Whinneray\'s side went unbeaten, but the first question put to them was: "What happened in Newport?"')
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("direct", "Clinton", ":", "Our new direction must rest on the new realities."),
    ]


# --- coordinator (session 4): peers' honorifics and title-case headlines
def test_a_peers_honorific_between_office_and_name_is_no_part_of_the_role():
    body = ("The bill was debated.\n\n"
            "Lord Chancellor Lord Falconer said the plans were \"sensible\" and would pass.\n\n"
            "NAO head Sir John Bourn said the audit was late.")
    q = extract_quotes(_articles(body))
    assert list(zip(q["speaker_name"], q["speaker_role"], strict=True)) == [
        ("Falconer", "Lord Chancellor"),
        ("John Bourn", "NAO head"),
    ]


def test_a_title_case_headline_is_no_full_name_for_a_surname():
    body = ("Carly Fiorina Endorses Ted Cruz\n\n"
            "Fiorina said on Wednesday that Cruz was the only candidate who could win.")
    q = extract_quotes(_articles(body))
    assert list(zip(q["speaker"], q["speaker_name"], q["speaker_role"], q["quote"], strict=True)) == [
        ("Fiorina", "Fiorina", "", "Cruz was the only candidate who could win"),
    ]


# --- r2bound: a dash-bracketed aside inside reported content does not end it
def test_r2bound_dash_aside_inside_indirect_content():
    body = ("Forensic experts noted that the files leaked from the committee — which included research on rivals "
            "— had been altered before their release.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["quote"], strict=True)) == [
        ("indirect", "Forensic experts", "the files leaked from the committee — which included research on rivals "
         "— had been altered before their release"),
    ]


# --- r2bound: a clock time before "according to X," is the lead of the content, which goes on after the source
def test_r2bound_time_lead_before_according_to_continues_into_the_clause():
    body = "About 10:03 p.m., according to a congressional timeline, the security team left for the compound."
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["quote"], strict=True)) == [
        ("indirect", "a congressional timeline", "About 10:03 p.m … the security team left for the compound"),
    ]


# --- r2bound: ", and he accused ...": a pronoun subject's cue ends the content before it
def test_r2bound_and_pronoun_cue_ends_the_content():
    body = ("Mr. Khan said that the candidate had shown disrespect to his wife, and he accused the candidate of "
            "running a campaign of division.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["quote"], strict=True)) == [
        ("indirect", "Mr. Khan", "the candidate had shown disrespect to his wife"),
        ("indirect", "he", "the candidate of running a campaign of division"),
    ]


# --- r2bound: '"X," before predicting ...' after a quoted fragment is the speaker's next act, not content
def test_r2bound_next_act_after_a_quoted_fragment_ends_the_content():
    body = ("Kasich cautioned “let’s not get ahead of ourselves,” before predicting that a contested convention "
            "could heal the party. The senator said the team reached a “collective view” after holding talks.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["quote"], strict=True)) == [
        ("direct", "Kasich", "let’s not get ahead of ourselves"),
        ("mixed", "The senator", "the team reached a “collective view” after holding talks"),
    ]


# --- r2bound: a spaced hyphen is a dash: " - though ..." ends reported content, a hyphen-bracketed aside does not
def test_r2bound_spaced_hyphen_dash_before_a_tail_clause():
    body = ("Mr Sharon said the talks were working to end the attacks - though he acknowledged the election "
            "could hamper them. He argued that suspects should be held in prison - not at home - while they "
            "await trial.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["quote"], strict=True)) == [
        ("indirect", "Mr Sharon", "the talks were working to end the attacks"),
        ("indirect", "he", "the election could hamper them"),
        ("indirect", "He", "suspects should be held in prison - not at home - while they await trial"),
    ]


# --- r2prec: an -s cue that is also a plural noun after a bare lower-case modifier is the noun
def test_r2prec_plural_noun_after_a_bare_modifier_is_no_cue():
    body = ("In February, as Mr. Trump began racking up victories in early primary states, wealthy donors poured "
            "$25 million into a rival super PAC.\n\n"
            "Lenders use data from credit reports, so regulators want both of them to be free.\n\n"
            "The government will raise fuel prices next month, local press reports.\n\n"
            "The deal will close in March, the company states.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("indirect", "local press", "reports", "The government will raise fuel prices next month"),
        ("indirect", "the company", "states", "The deal will close in March"),
    ]


# --- r2prec: a cue in an idiom that reports nothing ("adding to concern", "claimed responsibility")
def test_r2prec_cue_idiom_reports_nothing():
    body = ("Consumer prices rose faster than expected, adding to concern that rates will climb.\n\n"
            "The militant group claimed responsibility for the bombing on Sunday.\n\n"
            "The minister added that the budget would be balanced.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("indirect", "The minister", "added that", "the budget would be balanced"),
    ]


# --- r2prec: "answered her door" is an idiom (a determiner after the cue is skipped), not an answer
def test_r2prec_cue_idiom_after_a_determiner():
    body = "Tom chatted with Annette Guessford, who answered her door Sunday afternoon and said she planned to caucus."
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("indirect", "Annette Guessford", "said", "she planned to caucus"),
    ]


# --- r2prec: "claimed victory" takes a win, it reports no words
def test_r2prec_claimed_victory_is_no_report():
    body = ("Cruz claimed victory in Iowa on Monday night.\n\n"
            "Cruz claimed that the caucus results proved his strength.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("indirect", "Cruz", "claimed that", "the caucus results proved his strength"),
    ]


# --- r2subj: a long prepositional phrase between a cue and its "that" + a clause's subject
def test_r2subj_a_long_prepositional_phrase_before_that():
    body = ("The auction closed on Friday.\n\n"
            "Zimmerman wrote in the auction description of the Kel-Tec PF-9 9mm handgun that he plans to "
            "give some of the money to charity.\n\n"
            "The minister said at a rally in a small town in the north of the country that the talks would fail.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("indirect", "Zimmerman", "wrote", "he plans to give some of the money to charity"),
        ("indirect", "The minister", "said", "the talks would fail"),
    ]


# --- r2subj: a form of "be" before an "-ing" cue ends no speaker phrase (a progressive)
def test_r2subj_a_progressive_cue_after_a_noun_phrase_subject():
    body = ("The vote was close.\n\n"
            "The group is warning that the government will release the prisoners.\n\n"
            "The senators were arguing that the bill would fail.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("indirect", "The group", "warning that", "the government will release the prisoners"),
        ("indirect", "The senators", "arguing that", "the bill would fail"),
    ]


# --- r2subj: a title's full stop between the cue and the colon does not end the introduction
def test_r2subj_a_title_before_the_colon_of_an_introduced_quotation():
    body = ('The response was fast. "We will win," Smith said. '
            'Jones said of Ms. Merkel: "Your boss is still bringing them in."')
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("direct", "Smith", "said", "We will win"),
        ("direct", "Jones", "said", "Your boss is still bringing them in."),
    ]


# --- r2subj: "wrote of X:" (a verb + preposition mixed cue with its object) introduces the quotation
def test_r2subj_verb_preposition_cue_with_object_before_a_colon():
    body = ('The response was fast. "We will win," Smith said. '
            'Another user wrote of the chancellor: "Your boss is still bringing them in."\n\n'
            'He wrote of "a rigged system" in his letter.')
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("direct", "Smith", "said", "We will win"),
        ("direct", "Another user", "wrote", "Your boss is still bringing them in."),
        ("mixed", "He", "wrote of", '"a rigged system" in his letter'),
    ]


# --- r2subj: '"..." He said, again, that ...': the cue after a closed quotation also reports its own clause
def test_r2subj_adverbs_before_that_after_a_closed_quotation():
    body = '"We will win." He said, again, that the vote was rigged.'
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("direct", "He", "said", "We will win."),
        ("indirect", "He", "said", "the vote was rigged"),
    ]


# --- r2subj: a progressive verb + preposition mixed cue ("is calling on X to "..."") is no passive naming
def test_r2subj_progressive_multiword_mixed_cue():
    body = ('The vote was close.\n\n'
            'The group is calling on the mayor to "stop pimping black votes" in the city.')
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("mixed", "The group", "calling on", 'the mayor to "stop pimping black votes" in the city'),
    ]


# --- r2subj: "on" + a day name after the cue, then a comma: a time, the content follows the comma
def test_r2subj_on_weekday_comma_after_the_cue():
    body = ("The vote was close.\n\n"
            "The Washington Post reported on Monday, the nominee will almost certainly be decided at the convention.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("indirect", "The Washington Post", "reported",
         "the nominee will almost certainly be decided at the convention"),
    ]


# --- r2subj: the object of a causative verb ("prompted X to say") is the speaker of the cue after "to"
def test_r2subj_causative_object_is_the_speaker():
    body = ("The feud has prompted a Labour donor to say he will refuse to give more funds.\n\n"
            "The release of the emails led the party chairwoman Debbie Wasserman Schultz to announce that she "
            "would resign.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("indirect", "a Labour donor", "say", "he will refuse to give more funds"),
        ("indirect", "the party chairwoman Debbie Wasserman Schultz", "announce that", "she would resign"),
    ]


# --- r2subj: "were more likely to say", "was careful to note", "have taken to saying": the subject before them
def test_r2subj_adjective_to_infinitive_cue():
    body = ("The vote was close.\n\n"
            "Democratic insiders in New Hampshire were more likely to say Clinton still has a shot.\n\n"
            "The senator was careful to note that no decision had been made.\n\n"
            "Some Republican leaders have taken to saying it is premature to assume Cruz has won.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("indirect", "Democratic insiders in New Hampshire", "say", "Clinton still has a shot"),
        ("indirect", "The senator", "note that", "no decision had been made"),
        ("indirect", "Some Republican leaders", "saying", "it is premature to assume Cruz has won"),
    ]


# --- r2subj: people who comment or take part are role nouns ("Another commenter said", "one caller told")
def test_r2subj_commenter_and_caller_are_roles():
    body = ('The race is close. Another commenter said, "We all know how she feels about the police."\n\n'
            '"It is a disgrace," one caller told the station.')
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("direct", "Another commenter", "said", "We all know how she feels about the police."),
        ("direct", "caller", "told", "It is a disgrace"),
    ]


# --- r2subj: a lower-case modifier between a role's preposition and a name ("a spokesman for committee Democrats")
def test_r2subj_role_preposition_modifier_name():
    body = ('The race is close. "The facts have not changed," a spokesman for committee Democrats said.\n\n'
            "Director of rugby Warren Gatland revealed that harsh words at half-time inspired his side.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["speaker_name"], q["cue"], strict=True)) == [
        ("direct", "a spokesman for committee Democrats", "a spokesman for committee Democrats", "said"),
        ("indirect", "Director of rugby Warren Gatland", "Warren Gatland", "revealed that"),
    ]


# --- r2subj: "led her to declare": the object pronoun of a causative verb speaks the cue
def test_r2subj_causative_object_pronoun():
    body = "Clinton won a strong victory that led her to declare that the nomination was in sight."
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("indirect", "her", "declare that", "the nomination was in sight"),
    ]


# --- s5idfix: "Menurutnya" opening its sentence without a comma ("Menurutnya saat ini pemulihan ...")
def test_s5idfix_menurutnya_without_comma():
    body = ("Menteri Keuangan Purbaya Yudhi Sadewa hadir di Jakarta. Menurutnya saat ini pemulihan ekonomi masih "
            "berjalan.\nMenurutnya begitu.")
    q = extract_quotes(pd.DataFrame({"article_id": ["i"], "body": [body], "language": ["id"]}))
    assert list(zip(q["kind"], q["speaker"], q["speaker_name"], q["cue"], q["quote"], strict=True)) == [
        ("indirect", "Menurutnya", "Purbaya Yudhi Sadewa", "Menurutnya", "saat ini pemulihan ekonomi masih berjalan"),
    ]


# --- s5idfix: an organisation's short form ("Dinas Pendidikan dan Kebudayaan (Dikbud)") is no name, alone or
# inside a speaker phrase; a person's short form ("Bambang Soesatyo (Bamsoet)") still is
def test_s5idfix_organisation_short_form_is_no_name():
    body = ("Dinas Pendidikan dan Kebudayaan (Dikbud) Kota Kendari akhirnya bersuara. Dikbud menegaskan tidak akan "
            'ikut campur.\n"Kami menyerahkan di ranah hukum," kata Kepala Dikbud Kendari Saemina, Selasa (9/12/2025).\n'
            "Ketua MPR Bambang Soesatyo (Bamsoet) hadir. Bamsoet menegaskan partai politik harus berbenah.")
    q = extract_quotes(pd.DataFrame({"article_id": ["i"], "body": [body], "language": ["id"]}))
    assert list(zip(q["speaker"], q["speaker_name"], q["speaker_role"], strict=True)) == [
        ("Dikbud", "Dinas Pendidikan dan Kebudayaan", ""),
        ("Kepala Dikbud Kendari Saemina", "Saemina", "Kepala Dikbud Kendari"),
        ("Bamsoet", "Bambang Soesatyo", "Ketua MPR"),  # (the full name's role: s6id)
    ]


# --- s5prec: a content after its cue that is only an adverbial ("told reporters during the call") is no quote
def test_s5prec_adverbial_only_content():
    body = ("The city has a plan. Renteria told reporters during Tuesday's conference call. The senator responded "
            "with a minimum of defensiveness. As the Post reported ten days ago, the talks stalled. Smith said the "
            "plan would fail.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("indirect", "the Post", "reported", "the talks stalled"),  # (the "as" clause's main clause)
        ("indirect", "Smith", "said", "the plan would fail"),
    ]


# --- s5prec: a noun-phrase object ends before a trailing adverbial ("denied the charges through his lawyer")
def test_s5prec_object_without_trailing_adverbial():
    body = ("The network is in turmoil. Mr. Ailes denied the charges through his lawyer. The senator announced "
            "his candidacy in June 2015. Trump explained his reasoning in an appearance on CBS.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("indirect", "Mr. Ailes", "denied", "the charges"),
        ("indirect", "The senator", "announced", "his candidacy"),
        ("indirect", "Trump", "explained", "his reasoning"),
    ]


# --- s5prec: "add X to Y" (increase, contribute) reports nothing; "added that ..." still does
def test_s5prec_add_object_to_is_no_quote():
    body = ("The race is tight. But the rules of the party add another magic number to the mix. Federer added the "
            "Dubai trophy to his long list of successes. Smith added that the rules were unfair.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("indirect", "Smith", "added that", "the rules were unfair"),
    ]


# --- s5prec: a cue word that is also a noun, then "or", "and" or "starting" ("the winner-take-all states, or win")
def test_s5prec_noun_cue_then_coordinator():
    body = ("Which means you have to prevail in the winner-take-all states, or win the other states by decisive "
            "margins. The race goes on in the ten remaining states, starting with Indiana next Tuesday. Smith "
            "said the rules were unfair.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("indirect", "Smith", "said", "the rules were unfair"),
    ]


# --- s5bound: a quoted programme title closing the cue's sentence in the doubled-apostrophe style
# ("said on NBC's ''Meet the Press.'' ''B.''") leaves the split quotation one quote
def test_s5bound_doubled_apostrophe_title_keeps_split_quote():
    body = ("''It's nonsense,'' Mr. Walker said on NBC's ''Meet the Press.'' ''She has never had a plan for "
            "the border.''\n\nThe campaign did not respond.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("direct", "Mr. Walker", "said", "It's nonsense … She has never had a plan for the border."),
    ]


# --- s5bound: a non-restrictive relative clause inside the reported clause's subject ("that the mayor, who
# must decide by May, has said nothing") does not end the content: the clause goes on after its comma
def test_s5bound_relative_clause_inside_reported_subject():
    body = ("Aides say that the mayor, who must make the final decision, has revealed nothing about his plans.\n\n"
            "Officials said the new bridge, which cost $90 million to build, would open in the spring.\n\n"
            "She said she supports the tax plan, which includes cuts for small firms.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("indirect", "Aides", "say that",
         "the mayor, who must make the final decision, has revealed nothing about his plans"),
        ("indirect", "Officials", "said", "the new bridge, which cost $90 million to build, would open in the spring"),
        ("indirect", "She", "said", "she supports the tax plan"),
    ]


# --- s5pred: a present-tense verb framing a quoted fragment ('supports a "..."', 'names X as the "..."'); a
# linking verb ('remains') frames nothing said
def test_s5pred_present_tense_fragment_predicate():
    body = ('The report is out. The senator supports a "modest pay raise" for federal workers.\n\n'
            'In his speech, Mr Forsyth names Russia as the "failing state" of gravest concern.\n\n'
            'The actor remains a contender for eviction, having "done nothing" to live up to the hype.')
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("mixed", "The senator", "supports", 'a "modest pay raise" for federal workers'),
        ("mixed", "Mr Forsyth", "names", 'Russia as the "failing state" of gravest concern'),
    ]


# --- s5pred: a verb of praise, blame or likening frames a quoted fragment up to twelve words after it when
# nothing (punctuation, another cue) comes between; '"A," and resisting the "B"' is one list of fragments
def test_s5pred_far_fragment_after_mixed_cue():
    body = ('Cross called the election "a citizenship election" and likened it to campaigns where supporters of '
            'civil rights had to "stand up and be counted."\n\n'
            'Online, he has criticized her surrogates for chastising young women who back Sanders as "way off key."\n\n'
            'Academy president Frank Pierson praised the host for working to restore the Oscars as a "celebration of '
            'excellence," and resisting the "crass commercialisation" of the award.')
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("mixed", "Cross", "called", 'the election "a citizenship election"'),
        ("mixed", "Cross", "likened",
         'it to campaigns where supporters of civil rights had to "stand up and be counted."'),
        ("mixed", "he", "criticized", 'her surrogates for chastising young women who back Sanders as "way off key."'),
        ("mixed", "Academy president Frank Pierson", "praised",
         'the host for working to restore the Oscars as a "celebration of excellence," and resisting the "crass '
         'commercialisation" of the award'),
    ]


# --- s5pred: phrasal verbs of dismissal, attack, complaint and boast frame a quoted fragment ('waved off
# X as "..."', 'lashed out at the "..."', 'joked about his "..."'); without a fragment they frame nothing
def test_s5pred_phrasal_mixed_cues():
    body = ('The budget was late. The treasury waved off the shortfall as a "rounding error" on Tuesday.\n\n'
            'The minister lashed out at the "reckless" strikers.\n\n'
            'Later she joked about her "very long memory" for grudges.\n\n'
            'He complained about the weather and said the game was over.')
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("mixed", "The treasury", "waved off", 'the shortfall as a "rounding error" on Tuesday'),
        ("mixed", "The minister", "lashed out at", 'the "reckless" strikers'),
        ("mixed", "she", "joked about", 'her "very long memory" for grudges'),
        ("indirect", "He", "said", "the game was over"),
    ]


# --- s5pred: a participle with its particle after a comma ('..., calling on X to ...') reports like a
# one-word participle ('..., calling X "..."')
def test_s5pred_participle_with_particle():
    body = ('The deal drew criticism. "Workers will pay the price," the union leader said in a statement, calling on '
            'ministers to act and make the company pay its "fair share" of the costs.')
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("direct", "the union leader", "said", "Workers will pay the price"),
        ("mixed", "the union leader", "calling on",
         'ministers to act and make the company pay its "fair share" of the costs'),
    ]


# --- s5pred: a coordinated cue after "and" with an adverb or auxiliary ("and then tweeted that", "and has
# said") reports for the sentence's subject; "and have notes attached" is no cue
def test_s5pred_coordinated_cue_after_adverb():
    body = ('The club lost again. The manager criticised the referee at the press conference and then tweeted that '
            'the decision was "a disgrace."\n\n'
            'Ukraine signed the deal last year and has said it wants closer links with Europe.\n\n'
            'The pages can be saved and have notes attached to them to explain why they were kept.')
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("mixed", "The manager", "tweeted that", 'the decision was "a disgrace."'),
        ("indirect", "Ukraine", "said", "it wants closer links with Europe"),
    ]


# --- s5subj: a subject with its appositions before ", said" is no content of an inverted cue
def test_s5subj_appositive_subject_not_inverted():
    body = ("Mr. Cruz, whose third-place finish was seen as a disappointment, said that he was the only candidate "
            "who could beat Mr. Trump.\n\n"
            "Mr. Trump's former campaign manager, Corey Lewandowski, said the aide who replaced him should be fired "
            "over the speech.\n\n"
            "The plan would never work in a country this size, said a senior official who asked not to be named.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("indirect", "Mr. Cruz", "said that", "he was the only candidate who could beat Mr. Trump"),
        ("indirect", "Corey Lewandowski", "said", "the aide who replaced him should be fired over the speech"),
        ("indirect", "a senior official", "said", "The plan would never work in a country this size"),
    ]


# --- s5subj: an adverb before the comma closing an apposition; a ''quoted'' aside inside the subject
def test_s5subj_apposition_adverb_and_quoted_aside():
    body = ("McCain, who has clashed with Cruz repeatedly, said he had met him only once since March.\n\n"
            "Mr. Manafort, citing ''the unique magic of Trump,'' said the candidate could win in Pennsylvania.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("indirect", "McCain", "said", "he had met him only once since March"),
        ("direct", "Mr. Manafort", "citing", "the unique magic of Trump"),
        ("indirect", "Mr. Manafort", "said", "the candidate could win in Pennsylvania"),
    ]


# --- s5subj: a relative clause inside an apposition, a state after a place, a floating "both"/"all"
def test_s5subj_apposition_relative_state_and_both():
    body = ("David Fenton, a strategist for progressive causes whose agency, Fenton, made the ads, said its goal was "
            "a carbon trading system.\n\n"
            "Jeffrey Salkin, a Hollywood, Fla., rabbi helping to organize the boycott, said he was alarmed.\n\n"
            "Donald J. Trump and Bernie Sanders have both argued that workers have lost jobs.\n\n"
            "And both vowed to be tougher on trade.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["quote"], strict=True)) == [
        ("indirect", "David Fenton", "its goal was a carbon trading system"),
        ("indirect", "Jeffrey Salkin", "he was alarmed"),
        ("indirect", "Donald J. Trump and Bernie Sanders", "workers have lost jobs"),
        ("indirect", "both", "to be tougher on trade"),
    ]
    assert list(q["speaker_role"][:2]) == ["a strategist for progressive causes",
                                           "a Hollywood, Fla., rabbi helping to organize the boycott"]


# --- s5subj: "Jr." ends a name, not a phrase; ", who suggested ... that" after a name
def test_s5subj_junior_and_comma_who_that():
    body = ("Donald Trump Jr. said that the campaign was united.\n\n"
            "The remark drew a reply from Donald Trump Jr., who suggested in an interview that Mr. Lewandowski "
            "wanted attention.\n\n"
            "Martin Luther King Jr. once said that the arc of history is long.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["speaker_name"], q["quote"], strict=True)) == [
        ("indirect", "Donald Trump Jr", "Donald Trump Jr", "the campaign was united"),
        ("indirect", "Donald Trump Jr", "Donald Trump Jr", "Mr. Lewandowski wanted attention"),
        ("indirect", "Martin Luther King Jr", "Martin Luther King Jr", "the arc of history is long"),
    ]


# --- s5prec: a relative clause between commas after the reported subject ("that X, who ..., would ...") goes on
def test_s5prec_subject_relative_clause_goes_on():
    body = ("Cameron criticised Trump and suggested that the New York billionaire, who is now the presumptive "
            "nominee, would unite Britain against him. Organisers say this year's festival, which opens on "
            "Thursday, will celebrate European cinema.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("indirect", "Cameron", "suggested that", "the New York billionaire, who is now the presumptive nominee, "
                                                  "would unite Britain against him"),
        ("indirect", "Organisers", "say", "this year's festival, which opens on Thursday, will celebrate European "
                                          "cinema"),
    ]


# --- s5prec: "NAME, APPOSITION, said that ...": "that" opens the content, it is no inverted speaker
def test_s5prec_that_is_no_inverted_speaker():
    body = ("The vote was close. Mr. Cruz, whose narrow third-place finish was widely seen as a disappointment, said "
            "that he was the lone candidate who could beat Mr. Trump.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("indirect", "Mr. Cruz", "said that", "he was the lone candidate who could beat Mr. Trump"),
    ]


# --- s5prec: "claimed the prize", "claiming allegiance to", "called a referendum": cue idioms, nothing said
def test_s5prec_claim_and_call_idioms():
    body = ("Rubio claimed the prize for exceeding expectations. The party has called a referendum for June. A man "
            "claiming allegiance to the group attacked the club. Their album claimed the top spot. Smith claimed the "
            "vote was rigged.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("indirect", "Smith", "claimed", "the vote was rigged"),
    ]


# --- s5prec: a fronted content that is only a prepositional phrase ("In the text accompanying the video, X wrote:")
def test_s5prec_fronted_adverbial_only_content():
    body = ("The pastor posted a video.\n\nIn the text accompanying the video post, Wallnau wrote:\n\n"
            "“God has given this man an anointing.”")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("direct", "Wallnau", "wrote", "God has given this man an anointing."),
    ]


# --- s5prec: a base-form cue after "the" and a singular modifier is a noun ("the subsequent tweet")
def test_s5prec_definite_singular_modifier_noun_cue():
    body = ("The campaign failed to pass along the subsequent tweet (that Carson was just leaving the trail to get "
            "clothes in Florida) to its organizers. The police report that the road is closed.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("indirect", "The police", "report that", "the road is closed"),
    ]


# --- s5bound: a quoted name inside the cue's clause ('told the program "Inside Edition"', 'before a "No-B.S."
# barbecue') no longer hides the next quotation, which goes on with the speaker
def test_s5bound_quoted_name_in_cue_clause_keeps_next_quotation():
    body = ('"We won this fair and square and everyone in the district knows it," Ms. Lane told "Good Morning '
            'America" on Monday. "Nobody expected it."\n\n'
            '"He deserved it," the assailant, John McGraw, told the program "Inside Edition" after the '
            'confrontation, which was captured on video from several angles. "Next time, we might have to kill him."')
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("direct", "Ms. Lane", "told",
         "We won this fair and square and everyone in the district knows it … Nobody expected it."),
        ("direct", "John McGraw", "told", "He deserved it"),
        ("direct", "John McGraw", "told", "Next time, we might have to kill him."),
    ]


# --- s5bound: a subject with an aside, then a quotation opening with its verb ('The party, held every four
# years, "allows us to ...," X said'): one mixed quote from the subject
def test_s5bound_subject_aside_then_quoted_predicate():
    body = ('The party, typically attended by hundreds of delegates, "allows us to get our message out," said '
            'Frank Coleman, a vice president of the group.\n\n'
            'After the vote, "we will see what happens," she said.')
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("mixed", "Frank Coleman", "said",
         'The party, typically attended by hundreds of delegates, "allows us to get our message out"'),
        ("direct", "she", "said", "we will see what happens"),
    ]


# --- s5bound: '"A," he said outside the building. But "B."': a conjunction alone before the quotation opens
# its sentence; the quotation goes on with A
def test_s5bound_conjunction_before_split_quote_rest():
    body = ('"I don\'t think it is do or die," he said outside the building. But "an endorsement from the '
            'speaker helps. It really does."')
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("direct", "he", "said",
         "I don't think it is do or die … an endorsement from the speaker helps. It really does."),
    ]


# --- s5bound: after "told" comes the addressee, never an inverted speaker ("CONTENT, his top aide, Tad Devine,
# told The Huffington Post"; "But X, a spokesman, told Radio 4's Today programme that ...")
def test_s5bound_told_addressee_is_no_inverted_speaker():
    body = ("The senator remains committed to seeing the primary through to the convention, his top aide, Tad "
            "Devine, told The Huffington Post.\n\n"
            "But Barry Hugill, a spokesman for the campaign group Liberty, told Radio 4's Today programme that more "
            "lawyers may go.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("indirect", "Tad Devine", "told",
         "The senator remains committed to seeing the primary through to the convention"),
        ("indirect", "Barry Hugill", "told", "more lawyers may go"),
    ]


# --- s5pred: a free relative naming a quotation with its own subject ('in what one strategist has dubbed
# "..."') is one mixed quote by that subject; a passive one ('what had been called "..."') has no speaker
def test_s5pred_what_x_called_quote():
    body = ('The two rivals are gunning for each other in what one Latino strategist has dubbed "the yuca primary," '
            'and the fight is getting nasty.\n\n'
            'The lawsuit is over what former students have called a "fraudulent scheme" to sell courses.\n\n'
            'The Democrats sued after the state cut what had been called the "Golden Week," saying it hurt voters.')
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("mixed", "one Latino strategist", "has dubbed", 'what one Latino strategist has dubbed "the yuca primary"'),
        ("mixed", "former students", "have called", 'what former students have called a "fraudulent scheme" to sell courses'),
        ("mixed", "", "called", 'what had been called the "Golden Week"'),  # (s7mix: speaker-less passive naming)
        ("indirect", "The Democrats", "saying", "it hurt voters"),
    ]


# --- s5pred: English web text's no-break spaces read as spaces (offsets unchanged): a quotation closing
# before "\xa0\n" still ends its sentence, and a speaker written with one is written with a space
def test_s5pred_no_break_space():
    body = ("The report was blunt.\nSurveying the empty mills, the author concludes: \u201cNobody did this to them. "
            "They failed themselves.\u201d\u00a0\nCritics were quick to respond.\n\n"
            "\u201cWe will appeal,\u201d said Senator\u00a0Jane Doe.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], q["start"], strict=True)) == [
        ("direct", "the author", "concludes", "Nobody did this to them. They failed themselves.", 72),
        ("direct", "Senator Jane Doe", "said", "We will appeal", 156),
    ]
    assert body[72:75] == "Nob" and body[156:159] == "We "


# --- s5pred: verbs of expressing and apologising frame a quoted fragment ('expressed "deep concern"',
# 'apologised for his "hurtful" remarks'); without one they frame nothing
def test_s5pred_expressing_and_apologising_cues():
    body = ('The violence spread. The minister expressed "deep concern" about the clashes.\n\n'
            'The candidate apologised for his "hurtful" remarks about veterans.\n\n'
            'The bishop expressed concern about the clashes.')
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("mixed", "The minister", "expressed", '"deep concern" about the clashes'),
        ("mixed", "The candidate", "apologised for", 'his "hurtful" remarks about veterans'),
    ]


# --- s5pred: "warned of/against" before a quoted fragment: the fragment and its noun phrase are the content
def test_s5pred_warned_of_quoted_fragment():
    body = 'The vote is close. The mayor warned of "catastrophic" consequences if the bill passed.'
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("mixed", "The mayor", "warned", '"catastrophic" consequences if the bill passed'),
    ]


# --- s5pred: a text's wording introduced by "reads"/"affirms" ('The headline reads: "..."'); "reads books" is no cue
def test_s5pred_text_reads_cue():
    body = ('The paper changed its front page. The new headline reads: "Voters reject the plan."\n\n'
            'She reads books to the children every week.')
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("direct", "The new headline", "reads", "Voters reject the plan."),
    ]


# --- s5subj: a coordinated cue after an auxiliary or adverb, a lower-case determiner or bare quantifier subject
def test_s5subj_coordinated_cue_subjects():
    body = ("Clinton has expressed concerns but has said she wants the bill to move forward.\n\n"
            "But some Democratic strategists fear the worst and warn that turnout is not a strategy.\n\n"
            "Some seek to be removed from the lists, fearing the exposure, and argue that their wealth is lower.\n\n"
            "Trump attacked the instructor during a rally, and then tweeted that she was a disgrace.\n\n"
            "Sites saved this way can be put in folders and have notes attached to them.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("indirect", "Clinton", "said", "she wants the bill to move forward"),
        ("indirect", "some Democratic strategists", "warn that", "turnout is not a strategy"),
        ("indirect", "Some", "argue that", "their wealth is lower"),
        ("indirect", "Trump", "tweeted that", "she was a disgrace"),
    ]


# --- s5subj: a message item as the object ("released a statement describing") speaks for the subject; a
# leading adverbial ("Hours later,", "Alongside ...,") is no subject
def test_s5subj_message_item_and_leading_adverbial():
    body = ('Trump and Ryan released a statement describing their meeting as a "very positive step."\n\n'
            "Rubio's campaign sent out a press release saying Murphy owes Florida an explanation.\n\n"
            'Hours later, Trump returned the compliment, telling Reuters, "Sheldon and I have been friends."\n\n'
            "A statement from the campaign saying the deal was dead was released on Monday.\n\n"
            'Mateen left as soon as prayers ended, Nefzi said, adding, "He was not very religious."')
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("mixed", "Trump and Ryan", "describing", 'their meeting as a "very positive step."'),
        ("indirect", "Rubio's campaign", "saying", "Murphy owes Florida an explanation"),
        ("direct", "Trump", "telling", "Sheldon and I have been friends."),
        ("indirect", "A statement from the campaign", "saying", "the deal was dead was released on Monday"),
        ("indirect", "Nefzi", "said", "Mateen left as soon as prayers ended"),
        ("direct", "Nefzi", "adding", "He was not very religious."),
    ]


# --- s5subj: ", who said" after an inverted cue ('"...," said X, who said ...') goes back to X, not to the quotation
def test_s5subj_who_after_inverted_cue():
    body = ("“The candidates just don’t understand the military,” said Army Capt. Christian Pardo, who said he would "
            "not vote for either of them.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("direct", "Army Capt. Christian Pardo", "said", "The candidates just don’t understand the military"),
        ("indirect", "Army Capt. Christian Pardo", "said", "he would not vote for either of them"),
    ]


# --- s5prec: "According to X, writing for Y, CONTENT": the participial apposition is no content
def test_s5prec_participle_apposition_after_source():
    body = ("The foundation is under scrutiny. According to Jack Kelly, writing for RealClearPolitics, the foundation "
            "received millions in undisclosed payments.\n\nAccording to Ann Lee, writing in the Post:\n\n"
            "“The payments were never disclosed.”")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("indirect", "Jack Kelly", "According to", "the foundation received millions in undisclosed payments"),
        ("direct", "", "", "The payments were never disclosed."),
    ]


# --- s5prec: "X, said the aide who ..., NAME, should ...": the relative clause belongs to a reported subject
def test_s5prec_relative_subject_after_said_is_no_inverted_speaker():
    body = ("The speech was copied. Mr. Trump's former campaign manager, Corey Lewandowski, said the staff member "
            "who succeeded him, Paul Manafort, should be fired.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker_name"], q["cue"], q["quote"], strict=True)) == [
        ("indirect", "Corey Lewandowski", "said", "the staff member who succeeded him, Paul Manafort, should be fired"),
    ]


# --- s5prec: "As X reported, even on Friday morning, CONTENT": the time adverbial between commas is skipped
def test_s5prec_as_reported_time_adverbial_between_commas():
    body = ("The attack shocked the city. As Breitbart News reported, even on Friday morning, the White House was "
            "refusing to call the slaughter terrorism.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("indirect", "Breitbart News", "reported", "the White House was refusing to call the slaughter terrorism"),
    ]


# --- s5prec: "continued to" and a verb that reports nothing is an aspect, not a cue
def test_s5prec_continued_to_act_is_no_quote():
    body = ("The show ran late. They continued to awkwardly veer off script. Jobs have continued to increase since "
            "the law was passed. Smith said the show was a mess.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("indirect", "Smith", "said", "the show was a mess"),
    ]


# --- s5prec: "X, for the party, accused Y of ...": a cue taking an object right after it is never inverted
def test_s5prec_accused_is_never_inverted():
    body = "The debate was heated. Vincent Cable, for the Liberal Democrats, accused Mr Brown of ducking tough choices."
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("indirect", "Vincent Cable", "accused", "Mr Brown of ducking tough choices"),
    ]


# --- s5bound: a lower-case parenthetical aside closing reported content is the writer's, not the speaker's
def test_s5bound_parenthetical_aside_ends_content():
    body = ("In his first speech he called immigrants from Mexico \"rapists\" (although he allowed that some might "
            "be good people).\n\n"
            "The group predicted that sales in 2005 will reach more than $125 billion (nearly £68 billion).\n\n"
            "She said the plan (known as Plan B) would pass.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("mixed", "he", "called", 'immigrants from Mexico "rapists"'),
        ("indirect", "The group", "predicted that", "sales in 2005 will reach more than $125 billion"),
        ("indirect", "She", "said", "the plan (known as Plan B) would pass"),
    ]


# --- s5bound: what follows an interrupting cue may be the cue's own adverbial ("..., he said, on condition of
# anonymity ...", "..., she said, in an interview on Monday"), not more content
def test_s5bound_adverbial_after_interrupting_cue():
    body = ("He was unable to find a single taker, he said, on condition of anonymity to speak freely about the "
            "nominee.\n\n"
            "The company would not sell the plant, she said in an interview on Monday.\n\n"
            "The plan, she said, would fail in the Senate.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("indirect", "he", "said", "He was unable to find a single taker"),
        ("indirect", "she", "said", "The company would not sell the plant"),
        ("indirect", "she", "said", "The plan … would fail in the Senate"),
    ]


# --- s5bound: ", and/but he (she)" then a lexical verb: the speaker's next act in the writer's words ends the
# content; an auxiliary ("but he would not ...") keeps it reported
def test_s5bound_pronoun_next_act_ends_content():
    body = ("Mr. Lew stressed those worries at a university forum in Beijing, and he raised them again at the "
            "opening of the talks.\n\n"
            "A party spokesman said the date was a matter for the prime minister, but he was unaware of any plan "
            "to hold it in February.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("indirect", "Mr. Lew", "stressed", "those worries"),  # (s5prec: the object without its adverbial)
        ("indirect", "A party spokesman", "said",
         "the date was a matter for the prime minister, but he was unaware of any plan to hold it in February"),
    ]


# --- s5bound: "but declined to comment" / "but did not give a reason": the speaker's refusal to say more ends
# the reported content (lexicon en/withheld_speech.txt); other "but did not ..." clauses stay reported
def test_s5bound_refusal_to_say_ends_content():
    body = ("Pernod said it was seeking acquisitions but refused to comment on specifics.\n\n"
            "They announced they would quit in May, but did not give a reason.\n\n"
            "He said the board considered a buyout but did not go ahead with it.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("indirect", "Pernod", "said", "it was seeking acquisitions"),
        ("indirect", "They", "announced", "they would quit in May"),
        ("indirect", "He", "said", "the board considered a buyout but did not go ahead with it"),
    ]


# --- s5pred: a possessor's answer before a colon introduces the quotation ("The mayor's reply was short: "..."")
def test_s5pred_possessive_answer_colon():
    body = ('The plan was unpopular. The mayor\u2019s reply was short: "We will not back down."\n\n'
            'Finance minister Tom Lee was pressed for a date. His answer was blunt: "Not this year."')
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("direct", "The mayor", "reply", "We will not back down."),
        ("direct", "His", "answer", "Not this year."),
    ]


# --- s5pred: a day or time adverbial between "and" and a coordinated cue ("... and on Monday announced that")
def test_s5pred_coordinated_cue_after_time_adverbial():
    body = "The governor has freed up state funds and on Monday announced that more money would go to Miami."
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("indirect", "The governor", "announced that", "more money would go to Miami"),
    ]


# --- s5pred: base forms of praise/blame verbs after "to" or a plural subject frame a quoted fragment ('took to
# Twitter to slam the "dishonest" press', 'The Greens accuse X of a "..."'); "drew praise for" is no cue
def test_s5pred_base_form_mixed_cues():
    body = ('The row grew. The senator took to Twitter to slam the "dishonest" press.\n\n'
            'The Greens accuse the minister of a "cynical" U-turn on coal.\n\n'
            'The design drew praise for its "bold" lines.')
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("mixed", "The senator", "slam", 'the "dishonest" press'),
        ("mixed", "The Greens", "accuse", 'the minister of a "cynical" U-turn on coal'),
    ]


# --- s5pred: more praise/blame verbs in participle and coordinated forms ('..., chiding the media for "..."',
# '..., hailing it as "..."')
def test_s5pred_more_praise_blame_forms():
    body = ('The debate ended late. Cruz said there was a benefit to the contest, chiding the media for "the little '
            'game" of pitting rivals against each other.\n\n'
            'The coach watched the replay, hailing it as "one of the great performances" of the decade.')
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("indirect", "Cruz", "said", "there was a benefit to the contest"),
        ("mixed", "Cruz", "chiding", 'the media for "the little game" of pitting rivals against each other'),
        ("mixed", "The coach", "hailing", 'it as "one of the great performances" of the decade'),
    ]


# --- s5subj: an auxiliary after the comma that closes an aside ("Mr. Trump, asked about ..., had said")
def test_s5subj_aux_after_aside_comma():
    body = ("The issue had come up after Mr. Trump, asked about the deaths of journalists, had said, "
            "''I think our country does plenty of killing also.''")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("direct", "Mr. Trump", "said", "I think our country does plenty of killing also."),
    ]


# --- s5subj: a second determiner inside a lower-case phrase starts a clause ("By the time those primaries concluded,")
def test_s5subj_no_subject_across_determiners():
    body = ("By the time those primaries concluded, as many as 40 percent of Clinton voters said they could not "
            "support Barack Obama.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("indirect", "Clinton voters", "said", "they could not support Barack Obama"),
    ]


# --- s5subj: a name inside a restrictive relative clause is no subject ("officials who spoke with X said")
def test_s5subj_restrictive_relative_subject():
    body = ("Current and former officials who spoke with The Huffington Post said the party had become a shell.\n\n"
            "In Iowa, voters who backed Donald Trump in the primary said they would stay home.\n\n"
            "He described the man who Smith said had attacked him.\n\n"
            "Fans of those who love gadgets may shop early as experts predict a shortage this Christmas.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("indirect", "Current and former officials", "said", "the party had become a shell"),
        ("indirect", "voters", "said", "they would stay home"),
        ("indirect", "Smith", "said", "had attacked him"),
        ("indirect", "experts", "predict", "a shortage this Christmas"),
    ]


# --- s5subj: a participle after a clause reports the clause's subject ("appeared on Fox News saying"), a name after
# a place's preposition is none ("on Facebook writing"), a name after "with" is ("ended with Maddow asking")
def test_s5subj_participle_after_clause_subject():
    body = ("The senator appeared on Fox News saying the deal was dead.\n\n"
            "Clinton turned to Facebook writing, “Yes, I will. That was a poor choice of words.”\n\n"
            "The interview ended with Maddow asking Clinton whether she would pick a woman.\n\n"
            "Officials involved in the talks are saying that the deal is dead.\n\n"
            'The film showed Mr Nattrass, apparently talking about the EU, telling the meeting: "The Germans lose."')
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("indirect", "The senator", "saying", "the deal was dead"),
        ("direct", "Clinton", "writing", "Yes, I will. That was a poor choice of words."),
        ("indirect", "Maddow", "asking", "Clinton whether she would pick a woman"),
        ("indirect", "Officials involved in the talks", "saying that", "the deal is dead"),
        ("direct", "Mr Nattrass", "telling", "The Germans lose."),
    ]


# --- s5prec: sport idioms: "added a second", "added the conversion", "announced himself" report nothing
def test_s5prec_sport_idioms_are_no_quotes():
    body = ("Chelsea were frustrated but Joe Cole added a second with a 20-yard shot. O'Gara added the conversion. He "
            "announced himself in the opening minutes. Mourinho said the win was deserved.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("indirect", "Mourinho", "said", "the win was deserved"),
    ]


# --- s5prec: a capitalised "Says" inside a name in running text ("North East Says No") is no headline cue
def test_s5prec_capitalised_says_in_running_text_is_no_cue():
    body = ("The vote is close. Graham Robb, spokesman for North East Says No, said the Yes campaign had dragged the "
            "debate into the gutter.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("indirect", "Graham Robb", "said", "the Yes campaign had dragged the debate into the gutter"),
    ]


# --- s5prec: "told the BBC Michael Howard has ...": the names after the outlet are the reported clause's subject
def test_s5prec_told_outlet_then_subject():
    body = ("The row goes on. Sources within the party told the BBC Michael Howard has always been in favour of ID "
            "cards. Gerrard told the BBC Liverpool were unlikely to win the trophy.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["cue"], q["quote"], strict=True)) == [
        ("indirect", "told", "Michael Howard has always been in favour of ID cards"),
        ("indirect", "told", "Liverpool were unlikely to win the trophy"),
    ]


# --- s5bound: the occasion of speaking after reported content ("in an interview on BBC Radio 4", "in his
# speech to the Commons") belongs to the cue, not to what was said
def test_s5bound_speech_occasion_ends_content():
    body = ("The MP claimed the legislation would encourage a culture of vice and corruption, in an interview on "
            "BBC Radio 4.\n\n"
            "Chancellor Gordon Brown announced a freeze on fuel duty in his pre-budget speech to the Commons.\n\n"
            "She said the speech in the Commons was a disaster.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("indirect", "The MP", "claimed", "the legislation would encourage a culture of vice and corruption"),
        ("indirect", "Chancellor Gordon Brown", "announced", "a freeze on fuel duty"),
        ("indirect", "She", "said", "the speech in the Commons was a disaster"),
    ]


# --- s5bound: 'X said the vote showed the government had "lost the confidence of the House". He added: "B."':
# the fragment stays in its own (mixed) attribution; the colon's cue introduces B alone
def test_s5bound_colon_quote_after_fragment_is_its_own_quote():
    body = ('Mark Oaten said the vote showed the government had "lost the confidence of all sides of the House". '
            'He added: "They need to rethink the bill."')
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("mixed", "Mark Oaten", "said",
         'the vote showed the government had "lost the confidence of all sides of the House"'),
        ("direct", "He", "added", "They need to rethink the bill."),
    ]


# --- s5pred: "referring to" (a participle with its particle) before a quoted fragment
def test_s5pred_referring_to():
    body = ('"You will see more depth to the person," the adviser continued, referring to more appearances in '
            '"formal settings."')
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("direct", "the adviser", "continued", "You will see more depth to the person"),
        ("mixed", "the adviser", "referring to", 'more appearances in "formal settings."'),
    ]


# --- s5pred: "According to X, CLAUSE "..."": the clause and its quotation are one mixed quote (a quotation right
# after the comma, or after an apposition or a colon, stays direct)
def test_s5pred_according_to_clause_with_quotation():
    body = ('According to the mayor, he was once part of the establishment but is now "its worst enemy."\n\n'
            'According to a spokesman for the mayor, "the plan is dead."')
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("mixed", "the mayor", "According to", 'he was once part of the establishment but is now "its worst enemy."'),
        ("direct", "a spokesman for the mayor", "According to", "the plan is dead."),
    ]


# --- s5pred: "in X's words," before a quotation names its speaker
def test_s5pred_in_x_words():
    body = ('The summit moved to Jerusalem because, in the magazine\u2019s words, "it is the most entrepreneurial place '
            'on the planet."\n\nIn Mr. Smith\u2019s own words, "we will never give up."')
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("direct", "the magazine", "words", "it is the most entrepreneurial place on the planet."),
        ("direct", "Mr. Smith", "words", "we will never give up."),
    ]


# --- s5subj: an object pronoun may end a subject's complement ("a source close to him said", "People close to her")
def test_s5subj_subject_close_to_pronoun():
    body = ("Cruz will change how he approaches his colleagues, a source close to him said.\n\n"
            "People close to her say she is tired.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("indirect", "a source close to him", "said", "Cruz will change how he approaches his colleagues"),
        ("indirect", "People close to her", "say", "she is tired"),
    ]


# --- s5subj: a bare quantifier after "while"/"though" is the subject ("while another says", "while others predict")
def test_s5subj_while_another_says():
    body = ("One company says China has the most, while another says the United States has twice as many.\n\n"
            "Experts are split, with some saying prices will slow, while others predict a sharp drop in values.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("indirect", "One company", "says", "China has the most"),
        ("indirect", "another", "says", "the United States has twice as many"),
        ("indirect", "others", "predict", "a sharp drop in values"),
    ]


# --- s5subj: a quantifier opening a capitalised run is no part of a name ("Some Clinton aides", "Both Boeing and")
def test_s5subj_quantifier_not_in_name():
    body = ("Some Clinton aides were angry on Tuesday. Clinton said the report was unfair.\n\n"
            "Both Boeing and Airbus expect growth. Boeing said it expected to sell 500 planes.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["speaker"], q["speaker_name"], q["quote"], strict=True)) == [
        ("Clinton", "Clinton", "the report was unfair"),
        ("Boeing", "Boeing", "it expected to sell 500 planes"),
    ]


# --- s5subj: "they" does not resolve to one person named before (left unresolved); plural names stay
def test_s5subj_they_not_one_person():
    body = ("Tony Blair met union leaders on Monday. They insisted the talks were not over.\n\n"
            "The Liberal Democrats published their plans. They say a new tax band is needed.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["speaker"], q["speaker_name"], q["quote"], strict=True)) == [
        ("They", "", "the talks were not over"),
        ("They", "Liberal Democrats", "a new tax band is needed"),
    ]


# --- s5subj: a quotation opening its sentence is no apposition of a speaker; "said the younger Mr. Trump"
def test_s5subj_quotation_not_apposition_and_the_younger():
    body = ('"It\'s not a campaign anymore, it\'s a movement," said the younger Mr. Trump.\n\n'
            "Humphrey, who calls Trump a “sociopath,” said he does not believe the polls.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("direct", "the younger Mr. Trump", "said", "It's not a campaign anymore, it's a movement"),
        ("mixed", "Humphrey", "calls", "Trump a “sociopath”"),
        ("indirect", "Humphrey", "said", "he does not believe the polls"),
    ]


# --- s5prec: a naming cue's content ends with the quoted name before an aside or "instead"
def test_s5prec_naming_content_ends_before_aside():
    body = ("The debate was calm. He called his opponent ''Senator Cruz'' instead and made no mention of the polls. "
            "Trump called undocumented immigrants “rapists” (although he allowed that some might be good people).")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert [(k, c, t) for k, c, t in zip(q["kind"], q["cue"], q["quote"], strict=True) if c.startswith("called")] == [
        ("mixed", "called", "his opponent ''Senator Cruz''"),
        ("mixed", "called", "undocumented immigrants “rapists”"),
    ]


# --- s5prec: an object content ends before "and" and a second past-tense predicate of the cue's subject
def test_s5prec_object_ends_before_second_predicate():
    body = ("The case went to court. He denied the charges and counter-accused her of battery. He has asked "
            "Republican leaders to disavow Mr. Trump and has repeatedly characterized him as callous.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("indirect", "He", "denied", "the charges"),
        ("indirect", "He", "asked", "Republican leaders to disavow Mr. Trump"),
    ]


# --- s5pred: a passive naming or judging cue with its agent ('was described by X as the "..."', 'has been
# branded a "..." by X'): the clause up to the quoted fragment is one mixed quote by the agent
def test_s5pred_passive_cue_with_agent():
    body = ('The new laptop was described by Jobs as the "most important Mac" made by Apple.\n\n'
            'The online scheme has been branded a "disgraceful waste" by MPs.\n\n'
            'The so-called "Golden Week" was called off.')
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("mixed", "Jobs", "described", 'The new laptop was described by Jobs as the "most important Mac"'),
        ("mixed", "MPs", "branded", 'The online scheme has been branded a "disgraceful waste"'),
    ]


# --- s5pred: a participle of a second report after a dash ('... on the spot - saying he ...', '- only saying that')
def test_s5pred_participle_after_dash():
    body = ('The senator changed his pick on the spot \u2013 saying he was now rooting for the underdog.\n\n'
            'She refused to comment - only saying that she felt "a sigh of relief" at the numbers.')
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("indirect", "The senator", "saying", "he was now rooting for the underdog"),
        ("mixed", "She", "saying that", 'she felt "a sigh of relief" at the numbers'),
    ]


# --- s5pred: the fragment rule reads past a prepositional aside after the subject ('Cruz, with unconcealed
# delight, chided ...') and ends its clause at a semicolon
def test_s5pred_fragment_after_prepositional_aside():
    body = ('The debate turned. Cruz, with obvious delight, chided his rival for doubting the "natural born" rule; '
            'with less success, he raised other questions.')
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("mixed", "Cruz", "chided", 'his rival for doubting the "natural born" rule'),
    ]


# --- s5subj: a contracted clause ("it's worth", "We're") is no speaker; a title such as "That's Life" stays
def test_s5subj_contracted_clause_no_speaker():
    body = ("For those focused on ratings, it's worth pointing out that our first debate broke the record.\n\n"
            "We're told that the debate broke the record.\n\n"
            "That's Life host Esther Rantzen said he was a delight to work with.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["speaker"], q["speaker_name"], q["quote"], strict=True)) == [
        ("", "", "our first debate broke the record"),
        ("", "", "the debate broke the record"),
        ("That's Life host Esther Rantzen", "Esther Rantzen", "he was a delight to work with"),
    ]


# --- s5subj: a determiner and a modifier of a cue noun are no speaker ("the debunked claim that", "a friendly warning")
def test_s5subj_cue_noun_modifier_no_speaker():
    body = ("Trump repeated the debunked claim that he opposed the Iraq invasion.\n\n"
            "The group offered a friendly warning not to use the site.\n\n"
            "The senators claim that the bill is dead.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("", "claim that", "he opposed the Iraq invasion"),
        ("", "warning", "not to use the site"),
        ("The senators", "claim that", "the bill is dead"),
    ]


# --- s5subj: a cue noun inside the verb's adverbial ("told the Post in a written statement, “...”") is no cue
def test_s5subj_statement_noun_in_adverbial():
    body = ("Trump told the Washington Post in a written statement, “I really don’t want Jeb’s endorsement, because he "
            "does not represent strength, power and stamina, which are qualities our country needs.”")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], strict=True)) == [("mixed", "Trump", "told")]
    assert q["quote"][0].endswith("which are qualities our country needs.”")


# --- s5pred: a passive cue's agent may be a "the ..." name, and a list of quoted fragments comes before it
def test_s5pred_passive_agent_the_name_and_list():
    body = 'Her remarks have been described as "irresponsible" and "outrageous" by the Human Rights Commission.'
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("mixed", "the Human Rights Commission", "described",
         'Her remarks have been described as "irresponsible" and "outrageous"'),
    ]


# --- s5pred: "hit(s) X for/over" before a quoted fragment is criticism ('Sanders hit Clinton over her "cozy"
# ties'); "The storm hit the coast for ..." frames nothing
def test_s5pred_hit_for_criticism():
    body = ('The race tightened. Sanders hit Clinton over her "cozy" ties to banks.\n\n'
            'The storm hit the coast for "three long days."')
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("mixed", "Sanders", "hit", 'Clinton over her "cozy" ties to banks'),
    ]


# --- s5prec: a content ends before "while" and another source's verb of saying
def test_s5prec_content_ends_before_while_other_source():
    body = "The parties clashed. The Tories say Labour is acting too late while the Lib Dems say the plans may fail."
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("indirect", "The Tories", "say", "Labour is acting too late"),  # (the second source's clause is not
    ]                                                                      # read as a quote yet)


# --- s5prec: an indirect content ends before ", and" and a clause with a new subject
def test_s5prec_content_ends_before_and_new_clause():
    body = ("The city set rules. Protest groups say the restrictions are less for safety than to limit their "
            "visibility, and the American Civil Liberties Union has already sued the city.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("indirect", "Protest groups", "say", "the restrictions are less for safety than to limit their visibility"),
    ]


# --- s5prec: ... and before ", but" and a clause with a new subject
def test_s5prec_content_ends_before_but_new_clause():
    body = ("Budget day nears. Treasury officials have said there will not be a pre-election giveaway, but Mr Brown "
            "is thought to have about two billion pounds to spare.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("indirect", "Treasury officials", "said", "there will not be a pre-election giveaway"),
    ]


# --- s6bound: a nominal cue inside a sentence-opening prepositional phrase: its content ends at the comma
def test_s6bound_nominal_content_ends_with_fronted_phrase():
    body = ("The rankings are out. Despite the governor's assurances that the water is safe, residents remain "
            "skeptical.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("indirect", "the governor", "assurances that", "the water is safe"),
    ]


# --- s6bound: an inverted interrupting cue after a short subject, and past the speaker's relative clause
def test_s6bound_inverted_cue_interrupts_short_subject_and_relative_clause():
    body = ("Broadband is spreading. The answer, said Prof Brewer, is wi-fi. Those rules, said Ms Smith, who chairs "
            "the panel, won't last.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("indirect", "Prof Brewer", "said", "The answer … is wi-fi"),
        ("indirect", "Ms Smith", "said", "Those rules … won't last"),
    ]


# --- s6bound: "X, a spokesman, said that A, NAME, is ...": the name inside the that-clause is no inverted speaker
def test_s6bound_that_clause_apposition_is_no_inverted_speaker():
    body = "Tom Smith, a spokesman, said that the company's chief executive, John Brown, was on holiday."
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("indirect", "Tom Smith", "said that", "the company's chief executive, John Brown, was on holiday"),
    ]


# --- s6bound: "that night" / "that same day" after a cue is a time adverbial, not the start of the content
def test_s6bound_that_time_adverbial_is_no_content():
    body = ("The vote came late. He said that night that he would run. She told reporters that day she was tired. "
            "He said that time was running out. The lawsuit was announced. The agency responded with the lawsuit "
            "Lynch announced that same day, as mentioned above.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("indirect", "He", "said that", "he would run"),
        ("indirect", "She", "told", "she was tired"),
        ("indirect", "He", "said that", "time was running out"),
    ]


# --- s6bound: "X, writing in Y, said ...": the source participle is an apposition, the verb after it the cue
def test_s6bound_source_participle_apposition_is_no_cue():
    body = ("The court ruled on Friday. Judge Jeffrey Sutton, writing for the majority in the 2-1 decision, said the "
            "early voting period was generous.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("indirect", "Judge Jeffrey Sutton", "said", "the early voting period was generous"),
    ]


# --- s6bound: a fronted "When asked ...," / "Asked ...," / "Speaking on X," clause is no part of the answer
def test_s6bound_fronted_asked_clause_is_no_content():
    body = ('The campaign changed course. When asked why Cruz went after Trump this week, Tyler said, "We have three '
            'weeks to go" until the caucuses. Asked about the plan, Smith said, "It will fail" in the end.')
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("indirect", "", "asked", "why Cruz went after Trump this week"),
        ("mixed", "Tyler", "said", '"We have three weeks to go" until the caucuses'),
        ("indirect", "", "Asked", "the plan"),  # (s14subj: the short question is content too)
        ("mixed", "Smith", "said", '"It will fail" in the end'),
    ]


# --- s6spk: a personal pronoun speaker resolves to a person, never to a place or organisation
def test_s6spk_pronoun_never_a_place_or_organisation():
    body = ("The Law Society said the plan was unfair. \"It will hurt the poor,\" he said.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["speaker_name"], q["quote"], strict=True)) == [
        ("indirect", "The Law Society", "Law Society", "the plan was unfair"),
        ("direct", "he", "", "It will hurt the poor"),
    ]
    body = "Ships crossed the South China Sea on Monday. She said the talks would go on."
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["speaker_name"], q["quote"], strict=True)) == [
        ("indirect", "She", "", "the talks would go on"),
    ]


def test_s6spk_pronoun_keeps_a_person_and_a_role():
    body = ("A spokesman for the Home Office, Tom Reed, said the rules would change. \"We will act,\" he said. "
            "The prime minister said the vote was close. He added that he would not resign.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["speaker"], q["speaker_name"], strict=True)) == [
        ("Tom Reed", "Tom Reed"), ("he", "Tom Reed"),
        ("The prime minister", "prime minister"), ("He", "prime minister"),
    ]


# --- s6spk: a surname expands to a person's full name, not to an organisation named after the person
def test_s6spk_surname_expands_to_person_not_party():
    body = ("Robert Kilroy-Silk launched a new movement on Monday. The Robert Kilroy-Silk Party will stand in "
            "every seat. Mr Kilroy-Silk said the party would win votes in the north.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["speaker_name"], q["quote"], strict=True)) == [
        ("indirect", "Mr Kilroy-Silk", "Robert Kilroy-Silk", "the party would win votes in the north"),
    ]


# --- s6spk: a party or nationality word in front of a name is no part of the name
def test_s6spk_party_and_nationality_words_before_a_name():
    body = ("Lib Dem Norman Baker said the rules were unclear. American Serena Williams said she was tired. "
            "A spokesman for the British Phonographic Industry said sales were up.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["speaker"], q["speaker_name"], q["speaker_role"], q["quote"], strict=True)) == [
        ("Lib Dem Norman Baker", "Norman Baker", "Lib Dem", "the rules were unclear"),
        ("American Serena Williams", "Serena Williams", "American", "she was tired"),
        ("A spokesman for the British Phonographic Industry", "British Phonographic Industry", "spokesman",
         "sales were up"),  # (an organisation's name keeps its nationality word; s22ntxen: the role without "A ... for the")
    ]


def test_s6spk_pronoun_never_a_bay_or_tower():
    body = ("Desmond Tutu has called for the release of the inmates at Guantanamo Bay.\n\n"
            "His comments follow news that four Britons held in the camp will be freed.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["speaker_name"], q["quote"], strict=True)) == [
        ("indirect", "His", "Desmond Tutu", "four Britons held in the camp will be freed"),
    ]


def test_s6spk_pronoun_never_a_country():
    body = "Italy said the deal was fair. He insisted that the talks would go on."
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["speaker_name"], q["quote"], strict=True)) == [
        ("indirect", "Italy", "Italy", "the deal was fair"),
        ("indirect", "He", "", "the talks would go on"),
    ]


# --- s6spk: an age ("the 27-year-old") stands for the person named before, as a pronoun does
def test_s6spk_age_phrase_is_the_person_named_before():
    body = ("Paul Sculthorpe told BBC Sport he wanted the job. The 27-year-old, who captained St Helens last year, "
            "said the team was ready.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["speaker"], q["speaker_name"], q["speaker_role"], q["quote"], strict=True)) == [
        ("Paul Sculthorpe", "Paul Sculthorpe", "", "he wanted the job"),
        ("The 27-year-old", "Paul Sculthorpe", "27-year-old", "the team was ready"),
    ]


# --- s6spk: "she" is never a person the article calls "Mr" (and "he" never one it calls "Ms")
def test_s6spk_pronoun_agrees_with_honorific_gender():
    body = ("Ruth Kelly said schools needed money. Michael Howard said taxes would rise. Mr Howard spoke in Leeds "
            "while Ms Kelly was in London. She said the plan was fair.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["speaker"], q["speaker_name"], q["quote"], strict=True)) == [
        ("Ruth Kelly", "Ruth Kelly", "schools needed money"),
        ("Michael Howard", "Michael Howard", "taxes would rise"),
        ("She", "Ruth Kelly", "the plan was fair"),
    ]


# --- s6id: a portfolio noun after an office title belongs to the role, not the name ("Direktur Jenderal
# Pajak Bimo Wijayanto", "Menteri Sosial Saifullah Yusuf"); a first name after the title is kept
def test_s6id_portfolio_noun_after_title_is_role():
    body = ('Penerimaan naik. Direktur Jenderal Pajak Bimo Wijayanto mengatakan bahwa target akan tercapai.\n'
            '"Kami siap," kata Menteri Sosial Saifullah Yusuf.\n'
            '"Kami juga siap," kata Menteri Agus Adrianto.')
    q = extract_quotes(pd.DataFrame({"article_id": ["i"], "body": [body], "language": ["id"]}))
    assert list(zip(q["speaker_name"], q["speaker_role"], q["cue"], strict=True)) == [
        ("Bimo Wijayanto", "Direktur Jenderal Pajak", "mengatakan bahwa"),
        ("Saifullah Yusuf", "Menteri Sosial", "kata"),
        ("Agus Adrianto", "Menteri", "kata"),
    ]


# --- s6id: a ter- verb after a short subject makes the clause a weak cue reports ("menyatakan Mansur
# terbukti ..."); a ter- preposition or superlative does not ("menyatakan tersebut", "terbesar")
def test_s6id_ter_verb_after_subject_is_finite():
    body = ('Sidang digelar Senin. Majelis hakim menyatakan Mansur terbukti secara sah melakukan tindak pidana.\n'
            'Pengacara menyatakan dukungan terbesar bagi kliennya.')
    q = extract_quotes(pd.DataFrame({"article_id": ["i"], "body": [body], "language": ["id"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("indirect", "Majelis hakim", "menyatakan", "Mansur terbukti secara sah melakukan tindak pidana"),
    ]


# --- s6id: the role given with a full name carries to the person's short form in brackets ("Ketua MPR
# Bambang Soesatyo (Bamsoet) ... Bamsoet menegaskan"), as it does for a pronoun
def test_s6id_short_form_takes_full_name_role():
    body = ('Ketua MPR Bambang Soesatyo (Bamsoet) hadir di Jakarta, Senin.\n'
            'Bamsoet menegaskan bahwa partai politik harus dibenahi.\n'
            '"Ini penting," ujarnya.')
    q = extract_quotes(pd.DataFrame({"article_id": ["i"], "body": [body], "language": ["id"]}))
    assert list(zip(q["speaker"], q["speaker_name"], q["speaker_role"], strict=True)) == [
        ("Bamsoet", "Bambang Soesatyo", "Ketua MPR"),
        ("ujarnya", "Bambang Soesatyo", "Ketua MPR"),
    ]


# --- s6id: a word the article names as a regency or city ("Kabupaten Majalengka") between a title and a
# name belongs to the role ("Bupati Majalengka Eman Suherman"); "Wali Kota Maulana" names no place
def test_s6id_local_place_after_title_is_role():
    body = ('Angka kemiskinan di Kabupaten Majalengka turun. Bupati Majalengka Eman Suherman mengaku bahwa '
            'program itu berhasil.\n"Kami terus bekerja," kata Eman.')
    q = extract_quotes(pd.DataFrame({"article_id": ["i"], "body": [body], "language": ["id"]}))
    assert list(zip(q["speaker"], q["speaker_name"], q["speaker_role"], strict=True)) == [
        ("Bupati Majalengka Eman Suherman", "Eman Suherman", "Bupati Majalengka"),
        ("Eman", "Eman Suherman", "Bupati Majalengka"),
    ]


# --- s6id: a writer's note after the speaker's name ("kata Siti, dilansir Antara, Selasa", glued or not) or a
# di- passive predicate is no role; the role given with the full name stays
def test_s6id_source_note_is_no_role():
    body = ('Anggota DPR Siti Mukaromah menegaskan bahwa aturan turunan penting.\n'
            '"Harus segera dibuat," kata Siti, dilansirAntara, Selasa (21/10/2025).\n'
            '"Kami siap," kata Budi, dikutip dari keterangan tertulis, Rabu.')
    q = extract_quotes(pd.DataFrame({"article_id": ["i"], "body": [body], "language": ["id"]}))
    assert list(zip(q["speaker_name"], q["speaker_role"], strict=True)) == [
        ("Siti Mukaromah", "Anggota DPR"),
        ("Siti Mukaromah", "Anggota DPR"),
        ("Budi", ""),
    ]


# --- s6id: a nickname with an honorific in brackets after a name ("Saifullah Yusuf (Gus Ipul)") or after
# "atau yang akrab disapa" names that person, with the role given with the full name (not "Gus")
def test_s6id_honorific_nickname_resolves_to_full_name():
    body = ('Menteri Sosial Saifullah Yusuf (Gus Ipul) hadir di Surabaya.\n'
            '"Data harus tepat," kata Gus Ipul.\n'
            'Di Jakarta, Wakil Ketua MPR Lestari Moerdijat atau yang akrab disapa Mbak Rerie hadir.\n'
            '"Kami mendukung," ujar Mbak Rerie.')
    q = extract_quotes(pd.DataFrame({"article_id": ["i"], "body": [body], "language": ["id"]}))
    assert list(zip(q["speaker"], q["speaker_name"], q["speaker_role"], strict=True)) == [
        ("Gus Ipul", "Saifullah Yusuf", "Menteri Sosial"),
        ("Mbak Rerie", "Lestari Moerdijat", "Wakil Ketua MPR"),
    ]


# --- s6id: loanword corporate offices ("Founder", "VP", "CEO") open a role, so the name apposed after it
# is the speaker ("ujar Founder Gerakan Mengajar Desa, Gardian Muhammad Abdullah, Minggu")
def test_s6id_loanword_office_is_role():
    body = ('Relawan bertambah. "Kami ingin memajukan pendidikan," ujar Founder Gerakan Mengajar Desa, Gardian '
            'Muhammad Abdullah, Minggu (7/12/2025).')
    q = extract_quotes(pd.DataFrame({"article_id": ["i"], "body": [body], "language": ["id"]}))
    assert list(zip(q["speaker_name"], q["speaker_role"], strict=True)) == [
        ("Gardian Muhammad Abdullah", "Founder Gerakan Mengajar Desa"),
    ]


# --- s6id: a title word that is also a personal name ("Raja") between two name words is part of the name
def test_s6id_title_word_inside_name():
    body = ('RUU rampung. Anggota Komisi VII DPR RI Bane Raja Manalu mengatakan bahwa pembahasan sudah final.\n'
            '"Tinggal disahkan," kata Bane.\n'
            '"Kami siap," kata Raja Salman.')
    q = extract_quotes(pd.DataFrame({"article_id": ["i"], "body": [body], "language": ["id"]}))
    assert list(zip(q["speaker_name"], q["speaker_role"], strict=True)) == [
        ("Bane Raja Manalu", "Anggota Komisi VII DPR RI"),
        ("Bane Raja Manalu", "Anggota Komisi VII DPR RI"),
        ("Salman", "Raja"),
    ]


# --- s6id: "Karo" (Kepala Biro) is a title, so "Menurut Karo" names no one called Karo
def test_s6id_karo_is_title():
    body = ('Pelayanan ditinjau. "Kami cek semua ruang," kata Karo Monev Stamarena Polri Brigjen Hadi Utomo.\n'
            'Menurut Karo, evaluasi meliputi struktur.')
    q = extract_quotes(pd.DataFrame({"article_id": ["i"], "body": [body], "language": ["id"]}))
    assert list(zip(q["speaker"], q["speaker_name"], strict=True)) == [
        ("Karo Monev Stamarena Polri Brigjen Hadi Utomo", "Hadi Utomo"),
        ("Karo", "Hadi Utomo"),
    ]


# --- s6id: "pada" inside an office after a cue ("kata Kabid ... pada Puspenkum Kejagung RI Irwan Datuiding")
# goes on to the name; "pada Senin" ends the speaker
def test_s6id_office_with_pada():
    body = ('Kejaksaan aktif di media. "Informasi harus sampai," kata Kabid Hubungan Media dan Kehumasan pada '
            'Puspenkum Kejagung RI Irwan Datuiding, Sabtu (6/9/2025).\n'
            '"Kami terbuka," kata Kepala Seksi Budi Santoso pada Senin (8/9/2025).')
    q = extract_quotes(pd.DataFrame({"article_id": ["i"], "body": [body], "language": ["id"]}))
    assert list(zip(q["speaker_name"], q["speaker_role"], strict=True)) == [
        ("Irwan Datuiding", "Kabid Hubungan Media dan Kehumasan pada Puspenkum Kejagung RI"),
        ("Budi Santoso", "Kepala Seksi"),
    ]


# --- s7engold: the hand-checked English BBC gold (bench/gold/bbc_quotes_test.tsv): 197 quotes in 30 articles,
# ids and offsets only; every span points at non-empty text of its article as the eval loads it
def test_s7engold_bbc_gold_loads(shared_corpora):
    from bench.eval_quotes import BBC_GOLD, load_bbc

    arts, gold = load_bbc(BBC_GOLD)
    assert len(gold) == 197
    assert len(arts) == 30
    assert arts["article_id"].str.split("/").str[0].value_counts().to_dict() == {
        "business": 6, "entertainment": 6, "politics": 6, "sport": 6, "tech": 6}
    assert {k: sum(g["kind"] == k for g in gold) for k in ("direct", "indirect", "mixed")} == {
        "direct": 86, "indirect": 77, "mixed": 34}
    bodies = dict(zip(arts["article_id"], arts["body"], strict=True))
    for g in gold:
        (s, e), = g["content"]
        text = bodies[g["article_id"]][s:e]
        assert 0 <= s < e <= len(bodies[g["article_id"]]) and text.strip() == text and text
    first = gold[0]
    s, e = first["content"][0]
    assert (first["article_id"], first["source"], first["cue"]) == ("business/509", "Global business leaders", "say")
    assert bodies["business/509"][s:e] == "they are facing a two-pronged regulatory assault"
    assert sum(not g["source"] for g in gold) == 3  # "it was claimed", "it has been announced", "a conference heard"


# --- s7prec: a mixed quote that closes its paragraph with its cue goes on into the next paragraph's quotation
def test_s7prec_mixed_quote_goes_on_next_paragraph():
    body = ('The former secretary of state spoke in Ohio. America needs leaders “who understand that bombastic '
            'comments cause more turbulence,” Clinton said.\n\n“And that’s why steady leadership is so important.”')
    q = extract_quotes(pd.DataFrame({"article_id": ["a"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["quote"], q["speaker"], strict=True)) == [
        ("mixed", "America needs leaders “who understand that bombastic comments cause more turbulence,” … "
                  "And that’s why steady leadership is so important.", "Clinton"),
    ]


# --- s7prec: a past-participle cue that modifies the noun before it (a reduced relative clause) reports nothing
def test_s7prec_reduced_relative_participle():
    body = ('A $160 billion merger announced Monday would turn the drugmaker into an Irish company. '
            'Refugees admitted to the country last year were mostly Christian. '
            'Forty percent of all reported contributions have come from women. '
            'The minister announced Monday he would resign at the end of the month. '
            'Sanders promised to take bold action should he win the presidency. '
            'She admitted to reporters she was wrong.')
    q = extract_quotes(pd.DataFrame({"article_id": ["a"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["quote"], q["speaker"], q["cue"], strict=True)) == [
        ("indirect", "he would resign at the end of the month", "The minister", "announced"),
        ("indirect", "to take bold action should he win the presidency", "Sanders", "promised"),
        ("indirect", "she was wrong", "She", "admitted"),
    ]


# --- s7mix: an agentless passive naming cue before a quotation ("was known as", "were designated as", reduced
# "X, 44, known online as") frames one mixed quote without a speaker, from its subject to the quotation
def test_s7mix_passive_naming_without_agent():
    body = ('At the time, the island was known as "the Poorhouse of the Caribbean," and investment was scarce. '
            'All the messages in the new set were designated as "Confidential," the lowest tier. '
            'Marcel Lehel Lazar, 44, known online as "Guccifer," was extradited in 2015. '
            'Willie John McBride, a former captain, hailed it as "one of the great performances".')
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["quote"], q["speaker"], q["cue"], strict=True)) == [
        ("mixed", 'the island was known as "the Poorhouse of the Caribbean"', "", "known as"),
        ("mixed", 'All the messages in the new set were designated as "Confidential"', "", "designated as"),
        ("mixed", 'Marcel Lehel Lazar, 44, known online as "Guccifer"', "", "known online as"),
        ("mixed", 'it as "one of the great performances"', "Willie John McBride", "hailed"),
    ]


# --- s7bbc2: the second English BBC gold (bench/gold/bbc_quotes_test2.tsv), the check set nobody reads while rules
# are written: 230 quotes in 30 further articles (none of bbc_quotes_test.tsv), a quote split by its cue as one span
def test_s7bbc2_bbc_gold2_loads(shared_corpora):
    from bench.eval_quotes import BBC_GOLD, BBC_GOLD2, load_bbc

    arts, gold = load_bbc(BBC_GOLD2)
    assert len(gold) == 230
    assert len(arts) == 30
    assert arts["article_id"].str.split("/").str[0].value_counts().to_dict() == {
        "business": 6, "entertainment": 6, "politics": 6, "sport": 6, "tech": 6}
    assert not set(arts["article_id"]) & set(load_bbc(BBC_GOLD)[0]["article_id"])
    assert {k: sum(g["kind"] == k for g in gold) for k in ("direct", "indirect", "mixed")} == {
        "direct": 95, "indirect": 101, "mixed": 34}
    bodies = dict(zip(arts["article_id"], arts["body"], strict=True))
    for g in gold:
        (s, e), = g["content"]
        text = bodies[g["article_id"]][s:e]
        assert 0 <= s < e <= len(bodies[g["article_id"]]) and text.strip() == text and text
    first = gold[0]
    s, e = first["content"][0]
    assert (first["article_id"], first["source"], first["cue"]) == ("business/497", "Prosecutors", "said")
    assert bodies["business/497"][s:e] == (
        "The Egyptian-born analyst would extort money from his targets in return for stopping the attacks")
    # a split quote is one span over its cue: "It was a wonderful adventure," Eastwood said. "To make ... yet."
    split = next(g for g in gold if g["source"] == "Clint Eastwood")
    s, e = split["content"][0]
    assert bodies["entertainment/372"][s:e].startswith('It was a wonderful adventure," Eastwood said. "To make')
    assert bodies["entertainment/372"][s:e].endswith("I've got a lot of stuff to do yet.")


# --- s7prec: a content that is only an object pronoun or "so" before a clause break reports nothing
def test_s7prec_pro_form_only_content():
    body = ('Virginia Gov. Terry McAuliffe tried to walk back his comments a day after he said them, but not '
            'after some damage had been inflicted. He didn\'t say so, but the Tories believe the prime minister '
            'is playing the fear card. But Mr Forgeard has denied this, telling French media that there is no '
            'overrun. She said it was time to go.')
    q = extract_quotes(pd.DataFrame({"article_id": ["a"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["quote"], q["speaker"], q["cue"], strict=True)) == [
        ("indirect", "this, telling French media that there is no overrun", "Mr Forgeard", "denied"),
        ("indirect", "it was time to go", "She", "said"),
    ]


# --- s7prec: an indirect content that is only one subordinate clause ("after the FBI left") reports nothing
def test_s7prec_subordinate_clause_only_content():
    body = ("As Breitbart's Joel Pollak reported after the FBI appears to have abandoned the crime scene:\n"
            "But even after the growth cooled, the borrowing continued.\n"
            "Although six areas are to be opened up to scrutiny the audit office should have more power, "
            "the MPs said.\n"
            "After suggesting on Wednesday that he regretted the insults, Mr. Rubio disagreed.")
    q = extract_quotes(pd.DataFrame({"article_id": ["a"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["quote"], q["speaker"], q["cue"], strict=True)) == [
        ("indirect", "Although six areas are to be opened up to scrutiny the audit office should have more power",
         "the MPs", "said"),
        ("indirect", "After suggesting on Wednesday that he regretted the insults", "Mr. Rubio", "disagreed"),
    ]


# --- s7prec: "According to X, which ..., CONTENT": the relative clause on the source is no part of the content
def test_s7prec_according_to_relative_clause():
    body = ('The case was settled. According to the WSJ, which cites people familiar with the case, the '
            'directors are expected to deny wrongdoing. Two others have not said who they would vote for.')
    q = extract_quotes(pd.DataFrame({"article_id": ["a"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["quote"], q["speaker"], q["cue"], strict=True)) == [
        ("indirect", "the directors are expected to deny wrongdoing", "the WSJ", "According to"),
        ("indirect", "who they would vote for", "Two others", "said"),
    ]


# --- s7mix: a free relative naming a quotation ends at the quotation when a prepositional adverbial follows it
# ('what aide Kevin Phillips called "..." in his 1969 book'); the rest of a noun phrase still goes with it
def test_s7mix_what_called_stops_before_adverbial():
    body = ('The party was entering what aide Kevin Phillips called "the beginning of a new Republican era" in his '
            '1969 book.\n\nHe railed against what he calls the "crooked" nominating process of the party.')
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["quote"], strict=True)) == [
        ("mixed", "aide Kevin Phillips", 'what aide Kevin Phillips called "the beginning of a new Republican era"'),
        ("mixed", "He", 'what he calls the "crooked" nominating process of the party'),
    ]


# --- s7mix: a document or media item as the subject ("The results", "The lawsuit") frames a quoted fragment
# after its predicate, as a person's role does (lexicon fragment_sources); a law is still no source
def test_s7mix_document_subject_frames_fragment():
    body = ('Voters were asked about the candidates. The results also showed the weakness of "establishment" as a '
            'label.\n\nThe lawsuit said Willis has endured "extreme mental, physical and emotional pain."\n\n'
            'The law protects "assault weapons" owners.')
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("mixed", "The results", "showed", 'the weakness of "establishment" as a label'),
        ("mixed", "The lawsuit", "said", 'Willis has endured "extreme mental, physical and emotional pain."'),
    ]


# --- s7mix: an agentless passive of saying before an infinitive ("are said to be urging", "was said to have been
# handed", "is reported to have") is one quote without a speaker from its subject to the clause's end; "reported
# to police" is no such verb
def test_s7mix_said_to_without_agent():
    body = ('Some advisers are said to be urging the governor to play by the rules, but he has not decided.\n\n'
            'Graft was said to be "pervasive" in the ministry; the minister denied it.\n\n'
            'The theft was reported to police on Monday.')
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("indirect", "", "said to", "Some advisers are said to be urging the governor to play by the rules"),
        ("mixed", "", "said to", 'Graft was said to be "pervasive" in the ministry'),
    ]


# --- s7mix: a reported clause ending in a colon and the quotation that colon introduces (same cue, even after a
# paragraph break) are one mixed quote, as PolNeAR draws it
def test_s7mix_clause_and_quotation_after_its_colon():
    body = ('Joel Pollak of Breitbart observed that the biggest victor was not on the stage, it was the stage itself:'
            '\n\n"The clear winner of the debate was the network, which ran a tight show."')
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("mixed", "Joel Pollak of Breitbart", "observed that",
         'the biggest victor was not on the stage, it was the stage itself: "The clear winner of the debate was the '
         'network, which ran a tight show."'),
    ]


# --- s7subj: a cue form that is also a plural noun ("claims", "notes") is a verb next to a subject pronoun
def test_s7subj_noun_like_cue_next_to_pronoun():
    body = ("The club's chairman Steve Parry claims he will be in no mood to listen to offers. "
            "They claim the vote was rigged by the board. "
            "This is what he believes is the best way forward for the club.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["quote"], q["kind"], q["speaker"], strict=True)) == [
        ("he will be in no mood to listen to offers", "indirect", "The club's chairman Steve Parry"),
        ("the vote was rigged by the board", "indirect", "They"),
    ]


# --- s7subj: a noun-like cue form right after an agreeing subject is a verb when a clause follows, not after a
# preposition ("amid Tory claims the ads were ...") nor before another verb of saying ("Other reports ... said")
def test_s7subj_noun_like_cue_after_subject():
    body = ("The company claims its new product is safe for children. "
            "Democrats claim the administration has not done enough. "
            "The row comes amid Tory claims the ads were offensive. "
            "Other reports this week said the bank might sell the unit.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["quote"], q["kind"], q["speaker"], strict=True)) == [
        ("its new product is safe for children", "indirect", "The company"),
        ("the administration has not done enough", "indirect", "Democrats"),
        ("the bank might sell the unit", "indirect", "Other reports"),
    ]


# --- s7subj: an occasion of speaking between a (weak) cue and "that" ("declared in an interview with Reuters that")
def test_s7subj_occasion_before_that():
    body = ("Adelson met with Trump in December and declared in an interview with Reuters that he found Trump "
            "charming. The firm confirmed in a statement on Monday that it would close the plant.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["quote"], q["kind"], q["speaker"], strict=True)) == [
        ("he found Trump charming", "indirect", "Adelson"),
        ("it would close the plant", "indirect", "The firm"),
    ]


# --- s7subj: auxiliaries and adverbs between a lower-case subject phrase and its cue ("who have already said",
# "A close associate of ... has told")
def test_s7subj_subject_phrase_before_auxiliary():
    body = ("Officials want to reach the delegates who have already said they back the plan. "
            "A close associate of former Yukos boss Mikhail Khodorkovsky has told reporters that the charges are false.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["quote"], q["kind"], q["speaker"], strict=True)) == [
        ("they back the plan", "indirect", "the delegates"),
        ("the charges are false", "indirect", "A close associate of former Yukos boss Mikhail Khodorkovsky"),
    ]


# --- s7subj: a poll share "four in 10 who said ..." is the speaker of the relative clause's content
def test_s7subj_share_in_ten_who_said():
    body = ("Almost half wanted an outsider, compared with four in 10 who said they preferred someone with "
            "political experience.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["quote"], q["kind"], q["speaker"], strict=True)) == [
        ("they preferred someone with political experience", "indirect", "four in 10"),
    ]


# --- s7subj: a lower-case subject phrase with a prepositional or adjective complement after fronted content
# ("CONTENT, several people familiar with the talks said"), not an apposition after a name
def test_s7subj_subject_phrase_after_fronted_content():
    body = ("The plan will fail, several people familiar with the talks said. "
            "A national body should be set up to tackle skills shortages, a committee of MPs said.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["quote"], q["kind"], q["speaker"], strict=True)) == [
        ("The plan will fail", "indirect", "several people familiar with the talks"),
        ("A national body should be set up to tackle skills shortages", "indirect", "a committee of MPs"),
    ]


# --- s7subj: a partitive speaker after an inverted cue ("said one of the officials", "said two of Smith's aides")
def test_s7subj_partitive_inverted_speaker():
    body = ('Talks resumed in Geneva. "The plan will fail," said one of the officials at the meeting. '
            '"We are ready," said two of Smith\'s aides.')
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["quote"], q["kind"], q["speaker"], strict=True)) == [
        ("The plan will fail", "direct", "one of the officials at the meeting"),
        ("We are ready", "direct", "two of Smith's aides"),
    ]


# --- s7subj: a coordinated or premodified lower-case subject after fronted content ("CONTENT, teachers and union
# officials told X"); not a phrase that holds a clause ("a charge the company denies")
def test_s7subj_coordinated_subject_after_fronted_content():
    body = ("Support for the strike is strong among younger members, teachers and union officials told the paper. "
            "Victims' groups accuse it of trying to escape its responsibilities, a charge the company denies.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["quote"], q["kind"], q["speaker"], strict=True)) == [
        ("Support for the strike is strong among younger members", "indirect", "teachers and union officials"),
    ]


# --- s7subj: a quoted fragment after a plural possessive ("the old parties' "lies and spin".") belongs to its own
# clause; the next sentence's "X says ..." reports its own content
def test_s7subj_fragment_after_plural_possessive():
    body = ('He told a news conference that Veritas would avoid the old parties\' "lies and spin". '
            'UKIP leader Roger Knapman says he is glad to see the back of him.')
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["quote"], q["kind"], q["speaker"], strict=True)) == [
        ('Veritas would avoid the old parties\' "lies and spin"', "mixed", "He"),
        ("he is glad to see the back of him", "indirect", "UKIP leader Roger Knapman"),
    ]


# --- s7subj: an apposition opening with capitalised modifiers before its role noun ("Ross Walker, UK economist at
# Royal Bank of Scotland, said"; "Andy Clarke, BBC political editor, said") keeps the name as the speaker; a quote
# introduced by a colon cue stays with it when the next sentence's cue has its own clause
def test_s7subj_apposition_with_capitalised_modifier():
    body = ('However, the minutes added: "Some members noted that an increase might be warranted". '
            "Ross Walker, UK economist at Royal Bank of Scotland, said he was surprised by the vote. "
            "Andy Clarke, BBC political editor, said the advice misleads customers.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["quote"], q["kind"], q["speaker"], q["speaker_role"], strict=True)) == [
        ("Some members noted that an increase might be warranted", "direct", "the minutes", "minutes"),
        ("he was surprised by the vote", "indirect", "Ross Walker", "UK economist at Royal Bank of Scotland"),
        ("the advice misleads customers", "indirect", "Andy Clarke", "BBC political editor"),
    ]


# --- s7pred: finite forms of listed speech verbs ("asserted", "asserts", "testifies") report a that-clause
def test_s7pred_assert_forms():
    body = ("The senator asserted that the bill would fail in the House. "
            "The governor asserts that the state has done nothing wrong. "
            "Smith testifies that he never saw the letter.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["quote"], q["kind"], q["speaker"], strict=True)) == [
        ("the bill would fail in the House", "indirect", "The senator"),
        ("the state has done nothing wrong", "indirect", "The governor"),
        ("he never saw the letter", "indirect", "Smith"),
    ]


# --- s7pred: a noun-like cue ("claims", "believes") is a verb after a subject pronoun that opens its clause,
# or after a sentence-initial name before a subject pronoun; not in a condition or after a noun
def test_s7pred_pronoun_makes_noun_like_cue_a_verb():
    body = ("Trump claims he's worth $10 billion. And he claims his boss is OK with it. "
            "But she believes the plan will fail. If he maintains his current form, he will win. "
            "Redford wants viewpoints he believes the media fails to reflect.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["quote"], q["kind"], q["speaker"], q["cue"], strict=True)) == [
        ("he's worth $10 billion", "indirect", "Trump", "claims"),
        ("his boss is OK with it", "indirect", "he", "claims"),
        ("the plan will fail", "indirect", "she", "believes"),
    ]


# --- s7pred: "As X wrote years earlier, ..." / "As X said at the time, ...": more time adverbs close a leading
# "as" clause of report
def test_s7pred_as_clause_time_tail():
    body = ('As the columnist wrote a few years earlier, "We could not have an industry without him." '
            "As Smith said at the time, the industry could not survive without him.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["quote"], q["kind"], q["speaker"], strict=True)) == [
        ("We could not have an industry without him.", "direct", "the columnist"),
        ("the industry could not survive without him", "indirect", "Smith"),
    ]


# --- s7pred: a nominal cue after a possessive and adjectives ("the campaign's earlier claim that", "his recent
# insistence that"); a nominal cue followed by a copula and more words is a subject noun, not the cue
def test_s7pred_nominal_cue_with_adjectives():
    body = ("The tactic was reminiscent of the campaign's earlier claim that Sanders wanted to dismantle the law. "
            "He is expected to repeat his recent insistence that the manifesto is final. "
            "The news from Rubio's immigration remarks was his stern warning that criminals will be deported. "
            "Beck's contention was that Trump is appealing to the fringe.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["quote"], q["kind"], q["speaker"], q["cue"], strict=True)) == [
        ("Sanders wanted to dismantle the law", "indirect", "the campaign", "claim that"),
        ("the manifesto is final", "indirect", "his", "insistence that"),
        ("criminals will be deported", "indirect", "his", "warning that"),
        ("Trump is appealing to the fringe", "indirect", "Beck", "contention was that"),
    ]


# --- s7pred: participles of strong reporting verbs ("stressing", "reiterating") report their that-clause
def test_s7pred_stressing_participle():
    body = ("The EU sought to allay the airlines' fears, stressing that the meeting was only a first step. "
            "The minister rejected the plan, reiterating that taxes would not rise. He kept stressing the point.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["quote"], q["kind"], q["speaker"], q["cue"], strict=True)) == [
        ("the meeting was only a first step", "indirect", "The EU", "stressing that"),
        ("taxes would not rise", "indirect", "The minister", "reiterating that"),
    ]


# --- s7pred: a participle cue after a gerund-taking preposition ("after saying", "before adding") has the
# clause's subject as speaker; "without saying ..." reports nothing said
def test_s7pred_gerund_after_preposition():
    body = ("Smith left the meeting after saying that the deal was dead. "
            "Rubio spoke for an hour before adding that he will have to win some states. "
            "The minister left without saying whether the deal was dead.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["quote"], q["kind"], q["speaker"], q["cue"], strict=True)) == [
        ("the deal was dead", "indirect", "Smith", "saying that"),
        ("he will have to win some states", "indirect", "Rubio", "adding that"),
    ]


# --- s7spken: English speaker resolution. A definite person description ("the prime minister", "the New
# Zealander", "The MP for ...") is the person a quote named last, unless another person is mentioned in
# between, the person holds another office, or the description names another body ("of the ... Union")
def _en_speakers(body: str) -> list[tuple[str, str]]:
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    return list(zip(q["speaker_name"], q["speaker_role"], strict=True))


def test_s7spken_definite_description_is_last_named_person():
    body = ('Jane Harper says the council will cut bus fares next year.\n\nThe finance minister said the plan '
            'would cost "very little". She added: "We can afford it." "Fares are too high," said the '
            'New Zealander.\n\nMr Lewis complained about the timing. The mayor said the cuts were "reckless".')
    assert _en_speakers(body) == [
        ("Jane Harper", ""),
        ("Jane Harper", "finance minister"),
        ("Jane Harper", "finance minister"),
        ("Jane Harper", "New Zealander"),
        ("mayor", "mayor"),
    ]


# --- s7spken: nationality, place and organisation modifiers and a role noun before a name after the cue go to
# the role ("said Spanish teenager Nadal", "according to the UK-based journal Screen Digest"); a work's title
# after "film" is no speaker
def test_s7spken_fronted_modifiers_go_to_the_role():
    body = ('Rafael Nadal beat Potito Starace in Buenos Aires. "I was able to keep my pace," said Spanish teenager '
            'Nadal.\n\n"He is so soft-spoken," said Florida state archivist Jody Norman.\n\nSales will top $1bn, '
            'according to the UK-based journal Screen Digest.')
    assert _en_speakers(body) == [
        ("Rafael Nadal", "Spanish teenager"),
        ("Jody Norman", "Florida state archivist"),
        ("Screen Digest", "UK-based journal"),
    ]


# --- s7spken: a personal pronoun prefers the named subject of the sentence before (after the last quote) over
# the last name mentioned or the last speaker (centering)
def test_s7spken_pronoun_prefers_the_previous_subject():
    body = ('Second seed Andre Agassi lost to Jurgen Melzer in San Jose. Andy Roddick beat Sweden\'s Thomas '
            'Enqvist. Melzer has now beaten Agassi twice. "I had a good game plan," he said.\n\n'
            '"It was a tough week," Roddick said. Cyril Saulnier will move into the top 50. "I\'m on the way," '
            'he revealed. On Monday the draw was made. "We are ready," he added.')
    assert _en_speakers(body) == [
        ("Jurgen Melzer", ""),
        ("Andy Roddick", ""),
        ("Cyril Saulnier", ""),
        ("Cyril Saulnier", ""),
    ]


# --- s7spken: a definite organisation description ("the company", "The firm") is the organisation that was most
# often the subject of a sentence before it (inside a sentence, not a person, place or possessive)
def test_s7spken_org_description_is_the_subject_organisation():
    body = ('Channel Tunnel operator Eurotunnel has seen sales fall in the face of low-cost airlines.\n\n'
            'The firm said sales were down 4% in 2004. Eurotunnel is still struggling with debts, and '
            'Microsoft\'s Xbox was not involved.\n\nAfter agents raided the offices of Gartner, the company said '
            'its statements could be relied on.')
    assert _en_speakers(body) == [
        ("Eurotunnel", "firm"),
        ("Eurotunnel", "company"),
    ]


# --- s7prec: "X said Y, according to Z": the inner attribution stays, the "according to" wrapper goes
def test_s7prec_according_to_wrapper_of_inner_quote():
    body = ('Ohio Gov. John Kasich said he would have fired Lewandowski if such an incident had happened in his '
            'campaign, according to press reports. According to the agency, prices rose by 3 percent in May.')
    q = extract_quotes(pd.DataFrame({"article_id": ["a"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["quote"], q["speaker"], q["cue"], strict=True)) == [
        ("indirect", "he would have fired Lewandowski if such an incident had happened in his campaign",
         "Ohio Gov. John Kasich", "said"),
        ("indirect", "prices rose by 3 percent in May", "the agency", "According to"),
    ]


# --- s7prec: "according to his wishes / their preference" means "in accordance with": no source, no quote
def test_s7prec_according_to_not_a_source():
    body = ('He passed away on 17 March. According to his wishes, there will be no funeral service. Viacom has '
            'five days to pay the $3.5m fine, according to the agreement.')
    q = extract_quotes(pd.DataFrame({"article_id": ["a"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["quote"], q["speaker"], q["cue"], strict=True)) == [
        ("indirect", "Viacom has five days to pay the $3.5m fine", "the agreement", "according to"),
    ]


# --- s7mix: present participles of listed reporting verbs ("stressing", "reiterating", "alleging") are cues too
def test_s7mix_reporting_participles():
    body = ('There is a different tone to the approach, with Mr Kennedy stressing politicians should not "foment an '
            'artificial debate" about immigration.\n\nThe lawsuit accuses the firm of fraud, alleging that it had '
            'concealed assets.')
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("mixed", "Mr Kennedy", "stressing", 'politicians should not "foment an artificial debate" about immigration'),
        ("indirect", "The lawsuit", "accuses", "the firm of fraud"),
        ("indirect", "The lawsuit", "alleging that", "it had concealed assets"),
    ]


# --- s7mix: content interrupted by its cue keeps its first half when that half holds a short quoted fragment
# ('The plans would help achieve a "substantial reduction" in immigration, he said, although ...'), as it does
# without the marks; a quotation opening the clause is still no first half
def test_s7mix_interrupted_content_with_fragment():
    body = ('The plans would help achieve a "substantial reduction" in immigration, he said, although he could not '
            'predict a figure.\n\n"It is a start," she said, but the details were missing.')
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["quote"], strict=True)) == [
        ("mixed", "he", 'The plans would help achieve a "substantial reduction" in immigration … although he could '
                        'not predict a figure'),
        ("direct", "she", "It is a start"),
    ]


# --- s7mix: an agentless passive of announcing or revealing before a predicative noun phrase ("was announced the
# second-place winner", "who was revealed last week as a secret backer of ...") is one quote without a speaker up
# to the noun phrase's end; "announced as the ceremony began" (a clause) and "was announced on Monday" are not
def test_s7mix_passive_announced_complement():
    body = ('The concert comes days after Sanders was announced the second-place winner of the Iowa caucus, and fans '
            'cheered.\n\nMr. Thiel, who was revealed last week as a secret backer of the lawsuit, is a delegate.\n\n'
            'The winner was announced as the ceremony began. The deal was announced on Monday.')
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("indirect", "", "announced", "Sanders was announced the second-place winner of the Iowa caucus"),
        ("indirect", "", "revealed", "who was revealed last week as a secret backer of the lawsuit"),
    ]


# --- s7subj: a document quoted as a source after an inverted cue ("..., said the report.", "..., says a new study")
def test_s7subj_document_source_after_inverted_cue():
    body = ("Technical issues and standards must be resolved first, said the report. "
            "Four in ten homes will still lack a fast connection by 2025, says a new study.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["quote"], q["kind"], q["speaker"], strict=True)) == [
        ("Technical issues and standards must be resolved first", "indirect", "the report"),
        ("Four in ten homes will still lack a fast connection by 2025", "indirect", "a new study"),
    ]


# --- s7subj: a possessor and role words before a titled name after fronted content ("CONTENT, the party's election
# chief Alan Milburn has said"); a noun-like cue after a determiner and an adjective is a noun ("In a new report, ...")
def test_s7subj_possessive_lead_and_adjective_before_noun_cue():
    body = ("Labour will continue to pursue its reforms if it wins a third term, the party's election chief Alan "
            "Milburn has said. In a new report, the Electoral Commission says it is worth debating a cap.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["quote"], q["kind"], q["speaker_name"], strict=True)) == [
        ("Labour will continue to pursue its reforms if it wins a third term", "indirect", "Alan Milburn"),
        ("it is worth debating a cap", "indirect", "Electoral Commission"),
    ]


# --- s7subj: a lower-case word between two role words after an inverted cue ("said Sun's chief operating officer
# Jonathan Schwartz", "said SEC deputy enforcement director Linda Thomsen")
def test_s7subj_role_words_with_modifier_after_inverted_cue():
    body = ("The system could mature the way utilities have developed, said Sun's chief operating officer "
            "Jonathan Schwartz.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["quote"], q["kind"], q["speaker"], q["speaker_name"], strict=True)) == [
        ("The system could mature the way utilities have developed", "indirect",
         "Sun's chief operating officer Jonathan Schwartz", "Jonathan Schwartz"),
    ]


# --- s7subj: a quotation closed before its full stop ('... outmoded".') and a next sentence whose cue reports its own
# clause: the cue may attribute the quotation and still report that clause
def test_s7subj_stop_after_closing_mark_shares_cue():
    body = ('The minister spoke in London. "The review will be tied to evidence showing that retirement ages are '
            'outmoded". Mr Johnson said his department had a long-term aim of an 80% employment rate.')
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["quote"], q["kind"], q["speaker"], strict=True)) == [
        ("The review will be tied to evidence showing that retirement ages are outmoded", "direct", "Mr Johnson"),
        ("his department had a long-term aim of an 80% employment rate", "indirect", "Mr Johnson"),
    ]


# --- s7subj: "that" after a verb of finding or before a number or determiner opens the cue's clause, whose subject
# follows it ("The survey showed that 54 percent of ... said"); a relative "that" still ends the subject
def test_s7subj_complement_that_before_subject():
    body = ("The survey showed that 54 percent of active duty military personnel said they would vote for Trump. "
            "Groups that backed him said they would sue.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["quote"], q["kind"], q["speaker"], strict=True)) == [
        ("they would vote for Trump", "indirect", "54 percent of active duty military personnel"),
        ("they would sue", "indirect", "Groups"),
    ]


# --- s7subj: "tells the story of" / "told a tale of" narrates and reports no statement (a film, a poll); a person
# recounting ("he told the story of ...") is read as before
def test_s7subj_tell_the_story_idiom():
    body = ("The film tells the story of two boys who are sent to live with their strict father. "
            "Exit polls told a tale of two parties, with Republicans more dissatisfied than Democrats. "
            "He told the story of an older supporter who was holding a sign outside the polling center.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["quote"], q["kind"], q["speaker"], strict=True)) == [
        ("story of an older supporter who was holding a sign outside the polling center", "indirect", "He"),
    ]


# --- s7subj: a hyphenated premodifier before a name after an inverted cue ("said 62-year-old Brenda Johnson", "said
# team-mate Chris Paterson"); a capitalised cue word opening the next sentence is no inverted cue ('..." Predicted
# chart-topper Do They Know ...')
def test_s7subj_hyphenated_premodifier_after_inverted_cue():
    body = ('"We are angry," said 62-year-old Brenda Johnson. "He is a huge bonus," said team-mate Chris Paterson. '
            '"We were all gobsmacked," said manager Clive Smith. "He wanted the new single." Predicted chart-topper '
            'Band Aid is expected to sell well.')
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["quote"], q["kind"], q["speaker"], strict=True)) == [
        ("We are angry", "direct", "62-year-old Brenda Johnson"),
        ("He is a huge bonus", "direct", "team-mate Chris Paterson"),
        ("We were all gobsmacked … He wanted the new single.", "direct", "manager Clive Smith"),
    ]


# --- s7subj: fronted content inside an opening parenthesis starts after it ("(The French ..., Mr. Madden said.)")
def test_s7subj_parenthesised_fronted_content():
    body = "Programs can excite fans. (The French are big fans of the show, Mr. Madden said.)"
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["quote"], q["kind"], q["speaker"], strict=True)) == [
        ("The French are big fans of the show", "indirect", "Mr. Madden"),
    ]


# --- s7subj: "and others" / "and other X" after a name ends an inverted speaker phrase ("said Doyle and others,")
def test_s7subj_inverted_speaker_and_others():
    body = ("The contrast with Trump, said Doyle and others, would be clear since Trump has no former presidents "
            "by his side.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["quote"], q["kind"], q["speaker"], strict=True)) == [
        ("The contrast with Trump … would be clear since Trump has no former presidents by his side", "indirect",
         "Doyle and others"),
    ]


# --- s7subj: an inverted cue between commas after a leading adverbial or subordinate clause, with a clause of its own
# after it ("By contrast, says Mr Cox, the Mac mini is ..."); not a relative clause after the speaker
def test_s7subj_inverted_cue_interrupting_after_lead():
    body = ("By contrast, says Mr Cox, the Mac mini is almost disposable. "
            "If Steam proves effective at cutting piracy, said Mr Fahey, other game makers may be tempted to copy it. "
            "The plan will fail, said Smith, who heads the group.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["quote"], q["kind"], q["speaker"], strict=True)) == [
        ("the Mac mini is almost disposable", "indirect", "Mr Cox"),
        ("If Steam proves effective at cutting piracy … other game makers may be tempted to copy it", "indirect",
         "Mr Fahey"),
        ("The plan will fail", "indirect", "Smith"),
    ]


# --- s7spken: a role-fronted subject ("Tory co-chairman Liam Fox has opened ...") is a named subject too; a
# pronoun no earlier quote resolves takes the nearest named subject of the three sentences before, unless a
# nearer subject is a name that is no person ("Parmalat is now run ...": left unresolved)
def test_s7spken_unresolved_pronoun_takes_a_nearby_subject():
    body = ('Tory delegates are gathering for their last conference, declaring Britain needs "a change".\n\n'
            'The party goes into its spring forum. Tory co-chairman Liam Fox has opened proceedings with a speech. '
            'The hall was full. He also attacked the government\'s record, telling delegates Labour cannot be '
            'trusted.')
    assert _en_speakers(body) == [("Tory delegates", "Tory delegates"), ("Liam Fox", "")]
    other = ('Tory delegates are gathering, declaring Britain needs "a change".\n\nMr Tanzi spent months in jail. '
             'Parmalat is now run by an administrator. He said that banks were aware of the losses.')
    assert _en_speakers(other) == [("Tory delegates", "Tory delegates"), ("", "")]


# --- s7spken: an acronym speaker ("The ONS", "It" after it) is the full name the article defines it by
# ("the Office for National Statistics (ONS)"); an acronym defined nowhere stays as written
def test_s7spken_acronym_speaker_takes_the_defined_full_name():
    body = ('Figures from the Office for National Statistics (ONS) show growth of 3.1% in 2004.\n\nThe ONS said '
            'the services sector grew 1.0%. It added: "Output fell." The SARFT said it would tighten the rules.')
    assert _en_speakers(body) == [
        ("Office for National Statistics", ""),
        ("Office for National Statistics", ""),
        ("SARFT", ""),
    ]


# --- s7spken: a surname goes to the full name given only in a possessive ("Charles Clarke's planned control
# orders"), and "X dubbed Mr Y's proposals" (a verb and its object) makes no nickname of Y
def test_s7spken_surname_expands_from_a_possessive_full_name():
    body = ('Charles Clarke\'s planned "control orders" mean suspects could face house arrest. The Law Society '
            'dubbed Mr Clarke\'s new proposals an affront.\n\nMr Clarke said efforts would be made to prosecute. '
            'He told MPs the threat was real.')
    assert _en_speakers(body) == [("Charles Clarke", ""), ("Charles Clarke", "")]


# --- s7spken: a spokesperson for a named organisation with no person named is the organisation (the BBC
# gold's convention), and so is "he" after it; "a spokesman for her lawyers" stays as written
def test_s7spken_spokesperson_for_an_organisation_is_the_organisation():
    body = ('A spokesman for the Home Office said the rules were fair. He said they would be reviewed.\n\n'
            '"We will appeal," a spokesman for her lawyers said.')
    assert _en_speakers(body) == [
        ("Home Office", "A spokesman for the Home Office"),
        ("Home Office", "A spokesman for the Home Office"),
        ("spokesman for her lawyers", "spokesman for her lawyers"),
    ]


# --- s7spken: an indefinite person description in the article's first sentence is the person the next
# sentence opens with ("..., a Labour backbencher has said.\n\nDerek Wyatt said ..."); not a report or survey
def test_s7spken_lead_cataphor_is_the_next_subject():
    body = ('The Conservatives have been "a lot smarter" in the campaign, a Labour backbencher has said.\n\n'
            'Derek Wyatt said the long campaign "turned off voters".')
    assert _en_speakers(body) == [("Derek Wyatt", "Labour backbencher"), ("Derek Wyatt", "")]
    report = ('Crop production will fall by 10% this year, a report has said.\n\nMark Smith wrote the report.')
    assert _en_speakers(report) == [("report", "report")]


# --- s7spken: an organisation's name with "of"/"for" inside is the whole name ("the Bank of England", not
# "England"); a person's name before "of" is the name and the rest its role
def test_s7spken_of_names_are_whole():
    body = ('Interest rates will stay at 4.75%, the Bank of England said.\n\n"Smoking kills," said William Corr of '
            'the Campaign for Tobacco-Free Kids.')
    assert _en_speakers(body) == [
        ("Bank of England", ""),
        ("William Corr", "of the Campaign for Tobacco-Free Kids"),
    ]


# --- s7pred: more verbs of saying and indicating ("commented", "indicated", "reaffirmed") in the weak lexicon
def test_s7pred_commented_indicated():
    body = ('Station manager Steve Taylor commented: "Listeners can interact with the station in a new way." '
            "Sonia O'Sullivan has indicated that she would like to run in St Etienne. "
            "The minister reaffirmed that the plan would go ahead. He indicated the way to the exit.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["quote"], q["kind"], q["speaker"], q["cue"], strict=True)) == [
        ("Listeners can interact with the station in a new way.", "direct", "Station manager Steve Taylor",
         "commented"),
        ("she would like to run in St Etienne", "indirect", "Sonia O'Sullivan", "indicated that"),
        ("the plan would go ahead", "indirect", "The minister", "reaffirmed that"),
    ]


# --- s7pred: "went on CNN to say", "appeared before reporters to announce": the subject of the appearance
def test_s7pred_appearance_purpose_infinitive():
    body = ("The senator went on CNN to say that Clinton had won the race. "
            "The governor appeared before reporters to announce that the state would appeal.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["quote"], q["kind"], q["speaker"], q["cue"], strict=True)) == [
        ("Clinton had won the race", "indirect", "The senator", "say that"),
        ("the state would appeal", "indirect", "The governor", "announce that"),
    ]


# --- s7pred: a noun-like cue after a sentence-initial role or name subject, before a determiner that opens a
# clause, is a verb ("The company claims the report is wrong"); not after "amid" nor before "... said"
def test_s7pred_noun_like_cue_before_determiner():
    body = ("The company claims the report is wrong. The minister believes the plan will fail. "
            "The move comes amid claims the poll could be marred by fraud. "
            "Oxfam's Paying the Price report this week said 45 million children will die.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["quote"], q["kind"], q["speaker"], q["cue"], strict=True)) == [
        ("the report is wrong", "indirect", "The company", "claims"),
        ("the plan will fail", "indirect", "The minister", "believes"),
        ("45 million children will die", "indirect", "Oxfam's Paying the Price report", "said"),
    ]


# --- s7pred: ... or before a capitalised name and a finite auxiliary ("Trump claims Clinton is a liar")
def test_s7pred_noun_like_cue_before_name_and_auxiliary():
    body = "Trump claims Clinton is a liar. In the states Clinton won, turnout was high."
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["quote"], q["kind"], q["speaker"], q["cue"], strict=True)) == [
        ("Clinton is a liar", "indirect", "Trump", "claims"),
    ]


# --- s7pred: ... also after a coordinator or a fronted adverbial ("But the suit claims the chips ...")
def test_s7pred_noun_like_cue_after_fronted_adverbial():
    body = "But the suit claims the chips shut down the cartridges. On Monday, the company claims the report is wrong."
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["quote"], q["kind"], q["speaker"], q["cue"], strict=True)) == [
        ("the chips shut down the cartridges", "indirect", "the suit", "claims"),
        ("the report is wrong", "indirect", "the company", "claims"),
    ]


# --- s7pred: ... also with adverbs between subject and cue ("He also believes ...", "Trump now claims ...")
def test_s7pred_noun_like_cue_after_adverb():
    body = "He also believes the plan will fail. Trump now claims he opposed the war."
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["quote"], q["kind"], q["speaker"], q["cue"], strict=True)) == [
        ("the plan will fail", "indirect", "He", "believes"),
        ("he opposed the war", "indirect", "Trump", "claims"),
    ]


# --- s7pred: ... also before "it", existential "there" or a quantifier ("Keegan believes there is more to come")
def test_s7pred_noun_like_cue_before_it_there():
    body = "And Keegan believes there is still more to come. Supporters of the change claim it will cut costs."
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["quote"], q["kind"], q["speaker"], q["cue"], strict=True)) == [
        ("there is still more to come", "indirect", "Keegan", "believes"),
        ("it will cut costs", "indirect", "Supporters of the change", "claim"),
    ]


# --- s7subj: a subject phrase opening with a possessive determiner ("..., his family said", "Her lawsuit said") and
# a head noun in "-ly" ("family", "ally") are read as a subject
def test_s7subj_possessive_subject_phrase():
    body = ("The former manager of the band has died at the age of 79, his family said. "
            "Her lawsuit said the sprinter had passed a lie detector test.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["quote"], q["kind"], q["speaker"], strict=True)) == [
        ("The former manager of the band has died at the age of 79", "indirect", "his family"),
        ("the sprinter had passed a lie detector test", "indirect", "Her lawsuit"),
    ]


# --- s7subj: a capitalised hyphen compound after a determiner opens a lower-case speaker phrase ("said a US-based
# insurance expert")
def test_s7subj_hyphen_compound_in_inverted_speaker():
    body = ("Many of the affected countries do not usually buy insurance for these kinds of disasters, said a "
            "US-based insurance expert.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["quote"], q["kind"], q["speaker"], strict=True)) == [
        ("Many of the affected countries do not usually buy insurance for these kinds of disasters", "indirect",
         "a US-based insurance expert"),
    ]


# --- s7subj: lower-case outlet nouns after a named addressee of "told" belong to the addressee ("told the AP news
# agency", "told the BBC News website the party ...")
def test_s7subj_told_outlet_nouns():
    body = ("Six textile factories have closed in Lesotho, union officers told the AP news agency. "
            "A Labour Party spokesman told the BBC News website the party avoided those on the lists.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["quote"], q["kind"], q["speaker"], strict=True)) == [
        ("Six textile factories have closed in Lesotho", "indirect", "union officers"),
        ("the party avoided those on the lists", "indirect", "A Labour Party spokesman"),
    ]


# --- s7subj: a one-word sentence adverb before an inverted cue that interrupts its content ("Instead, said Mr
# Doctorow, DRM systems were ...")
def test_s7subj_sentence_adverb_before_inverted_cue():
    body = "Instead, said Mr Doctorow, DRM systems were intended to control consumers."
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["quote"], q["kind"], q["speaker"], strict=True)) == [
        ("DRM systems were intended to control consumers", "indirect", "Mr Doctorow"),
    ]


# --- s7subj: a lower-case descriptor before a name after the comma closing fronted content ("CONTENT, accountants
# KPMG said", "..., media regulator Ofcom said"); not a relative clause ("..., which Boeing says is ...")
def test_s7subj_descriptor_before_name_after_fronted_content():
    body = ("Stores received a boost from bargain hunters, accountants KPMG said. "
            "The airline will order the new jet, which Boeing says is super-economical.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["quote"], q["kind"], q["speaker"], strict=True)) == [
        ("Stores received a boost from bargain hunters", "indirect", "KPMG"),
    ]


# --- s7subj: an organised body after an inverted cue is the speaker ("..., claimed the union organisation.", "...,
# says the education watchdog.")
def test_s7subj_body_noun_after_inverted_cue():
    body = ("Safety representatives were often ignored when raising concerns, claimed the union organisation. "
            "Schools must improve their citizenship lessons, says the education watchdog.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["quote"], q["kind"], q["speaker"], strict=True)) == [
        ("Safety representatives were often ignored when raising concerns", "indirect", "the union organisation"),
        ("Schools must improve their citizenship lessons", "indirect", "the education watchdog"),
    ]


# --- s7subj: more one-word leads before an interrupting inverted cue ("Often, said Mr Pearson, this sensitive
# information was ...", "Then, say analysts, there is ...")
def test_s7subj_lead_adverbs_before_inverted_cue():
    body = ("Often, said Mr Pearson, this sensitive information was invisible because it got deleted. "
            "Then, say analysts, there is corporate profitability in the current fiscal year.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["quote"], q["kind"], q["speaker"], strict=True)) == [
        ("this sensitive information was invisible because it got deleted", "indirect", "Mr Pearson"),
        ("there is corporate profitability in the current fiscal year", "indirect", "analysts"),
    ]


# --- s7subj: a bare mass noun after a subordinator is the cue's subject ("although history says ...")
def test_s7subj_bare_noun_subject_after_subordinator():
    body = ("Sanders and Trump have double-digit leads in the polls there, although history says there can be major "
            "upheavals after Iowa.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["quote"], q["kind"], q["speaker"], strict=True)) == [
        ("there can be major upheavals after Iowa", "indirect", "history"),
    ]


# --- s7subj: the subject of "went on CNN to declare that", "held a news conference to announce that" is the speaker
def test_s7subj_occasion_before_infinitive_cue():
    body = ("Grimes even went on CNN to declare that Clinton had won the state. "
            "Smith held a news conference to announce that the plant would close.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["quote"], q["kind"], q["speaker"], strict=True)) == [
        ("Clinton had won the state", "indirect", "Grimes"),
        ("the plant would close", "indirect", "Smith"),
    ]


# --- s7spken: "a Vodafone spokesman", "The BPI spokesman" (an organisation's name before the word) is the
# organisation too, its acronym spelt out; not "His spokesman" or "Mr Blair's spokesman"
def test_s7spken_org_spokesman_is_the_organisation():
    body = ('Sales rose, according to the British Phonographic Industry (BPI).\n\n"We are pleased," a Vodafone '
            'spokesman said. The BPI spokesman said piracy was falling. He said downloads were up. '
            '"No comment," Mr Blair\'s spokesman said.')
    assert _en_speakers(body) == [
        ("Vodafone", "Vodafone spokesman"),
        ("British Phonographic Industry", "BPI spokesman"),
        ("British Phonographic Industry", "BPI spokesman"),
        ("Mr Blair's spokesman", "Mr Blair's spokesman"),
    ]


# --- s7spken: only the noun right before the name must be singular ("said Swedish trades union official Ulf
# Carlsson"); a plural head is no role of one person ("Greek sprinters Kostas Kenteris and ...")
def test_s7spken_fronted_name_after_a_compound_role():
    body = ('"It looks pretty grim," said Swedish trades union official Ulf Carlsson.\n\n'
            'Sales fell 3%, according to the French news agency AFP.')
    assert _en_speakers(body) == [("Ulf Carlsson", "Swedish trades union official"), ("AFP", "French news agency")]


# --- s7spken: a lower-case role speaker apposed to a person's name just before it ("Howard Archer, economist
# at Global Insight, said") is that person; not after a quantifier ("some economists") or a date
def test_s7spken_role_apposed_to_a_name_before_it():
    body = ('Growth slowed in the quarter. Howard Archer, economist at Global Insight said rates would rise.\n\n'
            'Prices rose in India and Sri Lanka, some economists said.')
    assert _en_speakers(body) == [("Howard Archer", "economist at Global Insight"), ("economists", "economists")]


# --- s7spken: a sentence-initial occupation word before a name ("Guitarist Brian May", the surname written
# elsewhere alone) and an "of" phrase after a person's name ("Anne Thompson of the Hollywood Reporter") go to
# the role; "The Roman Catholic Archbishop" and "Walter M Phillips Jr" stay whole
def test_s7spken_occupation_and_of_phrase_go_to_the_role():
    body = ('Guitarist Brian May said the band would tour again. May added that tickets were sold out.\n\n'
            '"It will be a hit," said Anne Thompson of the Hollywood Reporter.')
    assert _en_speakers(body) == [
        ("Brian May", "guitarist"),
        ("Brian May", "guitarist"),
        ("Anne Thompson", "of the Hollywood Reporter"),
    ]


# --- s8fix: British English constructions (whilst, told the X conference, org speakers, appositions) ---


def _s8fix_rows(text: str) -> list[tuple[str, str, str]]:
    got = extract_quotes(pd.DataFrame({"article_id": ["s8"], "body": [text], "language": ["en"]}))
    return list(zip(got["speaker"], got["quote"], got["kind"], strict=True))


def test_s8fix_whilst_is_a_subordinator_like_while():
    text = "The minister said the plan was sound, whilst critics said the cost was too high."
    assert _s8fix_rows(text) == [
        ("The minister", "the plan was sound", "indirect"),
        ("critics", "the cost was too high", "indirect"),
    ]


def test_s8fix_told_the_capitalised_audience_noun_is_the_addressee():
    assert _s8fix_rows("The party will build more homes, he told the Brighton conference.") == [
        ("he", "The party will build more homes", "indirect")]
    assert _s8fix_rows("The economy is recovering, she told BBC Radio 4's Today programme.") == [
        ("she", "The economy is recovering", "indirect")]
    assert _s8fix_rows("Ms Smith told the Commons committee ministers had ignored the warnings.") == [
        ("Ms Smith", "ministers had ignored the warnings", "indirect")]


def test_s8fix_upper_case_who_is_an_acronym_not_a_relative_pronoun():
    assert _s8fix_rows("The virus is spreading fast, the WHO said.") == [
        ("the WHO", "The virus is spreading fast", "indirect")]


def test_s8fix_said_the_club_names_a_speaking_body():
    assert _s8fix_rows("The ground will be sold next year, said the club.") == [
        ("the club", "The ground will be sold next year", "indirect")]
    assert _s8fix_rows("Visas will be issued again from Monday, the embassy said.") == [
        ("the embassy", "Visas will be issued again from Monday", "indirect")]


def test_s8fix_bracketed_acronym_ends_the_apposition():
    assert _s8fix_rows("Meena Rao, general secretary of the National Union of Nurses (NUN), said the strike "
                       "would go ahead.") == [("Meena Rao", "the strike would go ahead", "indirect")]
    assert _s8fix_rows("Tom Hale, head of marketing at Transport for Leeds (TfL), said the posters had worked.") == [
        ("Tom Hale", "the posters had worked", "indirect")]


def test_s8fix_envoy_in_a_possessive_apposition_is_a_role():
    assert _s8fix_rows("Lena Park, Norway's envoy to the United Nations in Geneva, said the talks had stalled.") == [
        ("Lena Park", "the talks had stalled", "indirect")]
    assert _s8fix_rows("Lena Park, Norway's envoy, said the talks had stalled.") == [
        ("Lena Park", "the talks had stalled", "indirect")]


def test_s8fix_inverted_told_with_a_short_addressee_closes_the_sentence():
    assert _s8fix_rows("Fuel duty will rise again next spring, he told a press conference in Leeds.") == [
        ("he", "Fuel duty will rise again next spring", "indirect")]
    assert _s8fix_rows("The hospital had run out of beds by Friday, she told the House of Commons.") == [
        ("she", "The hospital had run out of beds by Friday", "indirect")]
    assert _s8fix_rows("Fuel duty will rise again next spring, he told reporters costs had soared.") == [
        ("he", "costs had soared", "indirect")]


def test_s8fix_inverted_told_addressee_may_hold_a_possessive():
    assert _s8fix_rows("The economy is strong, Mr Brown told ITV's Sunday Politics programme.") == [
        ("Mr Brown", "The economy is strong", "indirect")]


def test_s8fix_british_spelling_organiser_is_a_role():
    assert _s8fix_rows('"Tickets sold out in an hour," festival organiser Jo Bell said.') == [
        ("festival organiser Jo Bell", "Tickets sold out in an hour", "direct")]


def test_s8fix_name_role_then_description_of_the_body():
    assert _s8fix_rows("Ann Cole, director of the BRC, the retailers' group, said sales had slowed.") == [
        ("Ann Cole", "sales had slowed", "indirect")]


def test_s8fix_inverted_possessive_organisation_speaker():
    assert _s8fix_rows("Jobs will go at three plants, said Britain's biggest union.") == [
        ("Britain's biggest union", "Jobs will go at three plants", "indirect")]
    assert _s8fix_rows("Jobs will go at three plants, says Europe's largest carmaker.") == [
        ("Europe's largest carmaker", "Jobs will go at three plants", "indirect")]


def test_s8fix_hyphenated_modifiers_belong_to_the_role_phrase():
    assert _s8fix_rows('"We will not give up," the 71-year-old official said.') == [
        ("the 71-year-old official", "We will not give up", "direct")]
    assert _s8fix_rows('"The list is long," the long-serving presenter said.') == [
        ("the long-serving presenter", "The list is long", "direct")]


def test_s8fix_coordinate_adjectives_before_a_role_noun():
    assert _s8fix_rows('"We will win," the charismatic, 64-year-old diplomat said.') == [
        ("the charismatic, 64-year-old diplomat", "We will win", "direct")]


# --- s8spk: a definite person description is the person the article calls by that role ("Chancellor Gordon
# Brown"), not the person a quote named last; a person addressed between that speaker and the quote ("asked
# Mr Brown whether") blocks the last-named fallback (left as the role); "shadow"/"ex-" roles are other offices
def test_s8spk_person_description_goes_to_the_role_holder():
    body = ('Chancellor Gordon Brown presented his budget on Wednesday.\n\n'
            'Conservative Michael Fallon asked Mr Brown whether the Treasury had leaned on statisticians, and '
            'said that the figures had been changed. But the chancellor said the decision was independent.')
    assert _en_speakers(body)[-1] == ("Gordon Brown", "chancellor")
    body = ('Conservative Michael Fallon asked Mr Brown whether the Treasury had leaned on statisticians, and '
            'said that the figures had been changed. But the chancellor said the decision was independent.\n\n'
            'Earlier, ex-Conservative chancellor Ken Clarke welcomed the plan.')
    assert _en_speakers(body)[-1] == ("chancellor", "chancellor")


# --- s8spk: a definite organisation description prefers a name its head noun is part of or next to ("Bank of
# America" for "the bank"; "copy protection firm Macrovision"); a publication told something ("told Time
# magazine") is no subject; "the NBC network" is NBC
def test_s8spk_org_description_prefers_a_name_with_its_head_noun():
    body = ('Bank of America said it had lost tapes with customer data.\n\n'
            'Alexandra Tower, a spokeswoman for the North Carolina-based bank, told Time magazine that no data '
            'had been misused. The tapes were lost in transit, the bank said.')
    assert _en_speakers(body)[-1] == ("Bank of America", "bank")
    body = ('New DVDs will be harder to copy thanks to measures devised by copy protection firm Macrovision. '
            'The DVD market is enormous. Macrovision says its RipGuard will stop most ripping programs.\n\n'
            'RipGuard will be rolled out next year, the company said.')
    assert _en_speakers(body)[-1] == ("Macrovision", "company")
    body = 'ABC said ratings rose, and NBC shows did well.\n\nThe schedule will change, the NBC network said.'
    assert _en_speakers(body)[-1] == ("NBC", "NBC network")


# --- s8spk: a person mentioned after the last-named speaker's quote ended blocks the description fallback,
# even when an unresolved quote came in between ("Mr Blair was asked if ...")
def test_s8spk_person_after_the_named_quote_blocks_the_description():
    body = ('Charles Clarke said he wanted Britain to offer refuge.\n\nMr Blair was asked last Wednesday if the plans '
            'would reduce migration. The prime minister told MPs that the numbers would probably fall.')
    assert _en_speakers(body)[-1] == ("prime minister", "prime minister")


# --- s9bbc3: the third English BBC gold (bench/gold/bbc_quotes_test3.tsv), a further check set nobody reads while
# rules are written: 214 quotes in 30 articles (none of test 1 or 2), annotated by reading with test 2's conventions
def test_s9bbc3_bbc_gold3_loads(shared_corpora):
    from bench.eval_quotes import BBC_GOLD, BBC_GOLD2, BBC_GOLD3, load_bbc

    arts, gold = load_bbc(BBC_GOLD3)
    assert len(gold) == 214
    assert len(arts) == 30
    assert arts["article_id"].str.split("/").str[0].value_counts().to_dict() == {
        "business": 6, "entertainment": 6, "politics": 6, "sport": 6, "tech": 6}
    earlier = set(load_bbc(BBC_GOLD)[0]["article_id"]) | set(load_bbc(BBC_GOLD2)[0]["article_id"])
    assert not set(arts["article_id"]) & earlier
    assert {k: sum(g["kind"] == k for g in gold) for k in ("direct", "indirect", "mixed")} == {
        "direct": 95, "indirect": 91, "mixed": 28}
    bodies = dict(zip(arts["article_id"], arts["body"], strict=True))
    for g in gold:
        (s, e), = g["content"]
        text = bodies[g["article_id"]][s:e]
        assert 0 <= s < e <= len(bodies[g["article_id"]]) and text.strip() == text and text
        assert g["source"]
    # a split quote is one span over its cue: "Eastwood has it in the bag," added Mr Strauss. "Oscar voters ..."
    split = [g["content"][0] for g in gold if g["article_id"] == "entertainment/367" and g["cue"] == "added"]
    s, e = split[1]
    assert bodies["entertainment/367"][s:e] == (
        'Eastwood has it in the bag," added Mr Strauss. "Oscar voters often vote with their hearts not their heads.')


# --- s9pol: a one-word subject (a pronoun, a demonstrative or a name, after an optional "And"/"But") before an
# inverted cue that interrupts its clause; an auxiliary goes on with the clause after the speaker
def test_s9pol_one_word_subject_before_an_interrupting_inverted_cue():
    body = ("Intro.\n\nThis, said Sloncek, should make the network harder to shut down.\n\n"
            "And Trump, said Sunshine, who remains friendly with her former boss, doesn't forgive or forget.\n\n"
            "Yes, said the minister, it is true.")
    q = extract_quotes(pd.DataFrame({"article_id": ["e"], "body": [body], "language": ["en"]}))
    assert list(zip(q["kind"], q["speaker"], q["cue"], q["quote"], strict=True)) == [
        ("indirect", "Sloncek", "said", "This … should make the network harder to shut down"),
        ("indirect", "Sunshine", "said", "Trump … doesn't forgive or forget"),
    ]


# --- s9dir: BBC text joined paragraphs with a single space, so a quote over several paragraphs reads
# `said: "A. "B."` (an opening mark after a sentence end inside a still-open quote): one quote
def _s9dir_rows(text: str) -> list[tuple[str, str, str, str]]:
    got = extract_quotes(pd.DataFrame({"article_id": ["s9"], "body": [text], "language": ["en"]}))
    return list(zip(got["speaker_name"], got["cue"], got["kind"], got["quote"], strict=True))


def test_s9dir_space_joined_paragraphs_continue_the_open_quote():
    text = ('Steve Radley, chief economist at the EEF, said: "These figures remain at odds with what is happening '
            'on the ground. "Whilst firms may be finding it tougher, recession is not a word they would recognise." '
            'The ONS said mining was to blame.')
    assert _s9dir_rows(text) == [
        ("Steve Radley", "said", "direct", 'These figures remain at odds with what is happening on the ground. '
         '"Whilst firms may be finding it tougher, recession is not a word they would recognise.'),
        ("ONS", "said", "indirect", "mining was to blame"),
    ]


# --- s9dir: an inverted cue before a short definite description ending the clause ('"...," said the
# 22-year-old.', 'said the lock forward.') names the speaker; a time phrase ('said the other day') does not
def test_s9dir_inverted_cue_takes_a_short_definite_description():
    text = ('Italy face Scotland on Saturday. "It will not be a pretty game because both teams are desperate," '
            'said the lock forward. "You will see me in Madrid," said the 22-year-old. "It is fine," he said the '
            'other day.')
    got = extract_quotes(pd.DataFrame({"article_id": ["s9"], "body": [text], "language": ["en"]}))
    assert list(zip(got["speaker"], got["cue"], got["quote"], strict=True)) == [
        ("the lock forward", "said", "It will not be a pretty game because both teams are desperate"),
        ("the 22-year-old", "said", "You will see me in Madrid"),
        ("he", "said", "It is fine"),
    ]


# --- s9dir: British copy often leaves an apposition after a name unclosed before the cue ("Marc Ostwald, a
# strategist at Monument Securities told ..."): the name is the speaker, the apposition its role
def test_s9dir_unclosed_apposition_after_a_name_gives_the_name():
    text = ('"The story this year is all about digital," Jeff Joseph, from the Consumer Electronics Association (CEA) '
            'told the BBC News website. Marc Ostwald, a strategist at Monument Securities told the BBC that rates '
            'would rise. In September, the company had said it would grow.')
    got = extract_quotes(pd.DataFrame({"article_id": ["s9"], "body": [text], "language": ["en"]}))
    assert list(zip(got["kind"], got["speaker"], got["speaker_role"], got["quote"], strict=True)) == [
        ("direct", "Jeff Joseph", "from the Consumer Electronics Association (CEA)", "The story this year is all about digital"),
        ("indirect", "Marc Ostwald", "a strategist at Monument Securities", "rates would rise"),
        ("indirect", "the company", "company", "it would grow"),
    ]


# --- s9dir: a cueless quotation opening right after an attributed quotation closed at a sentence end
# ('X said: "A." "B."', paragraphs joined by a space) goes on with X
def test_s9dir_cueless_quote_right_after_a_closed_quote_keeps_its_speaker():
    text = ('Labour spokesman Mr Kemp said: "It would be better on 1 April, not 1 January." "Let us never forget '
            'what happened when Michael Howard was in government." The Tories published their plans on Monday.')
    got = extract_quotes(pd.DataFrame({"article_id": ["s9"], "body": [text], "language": ["en"]}))
    assert list(zip(got["speaker_name"], got["cue"], got["quote"], strict=True)) == [
        ("Kemp", "said", "It would be better on 1 April, not 1 January."),
        ("Kemp", "said", "Let us never forget what happened when Michael Howard was in government."),
    ]


# --- s9dir: a cueless quotation opening after a sentence end inside a space-joined paragraph goes on with the
# speaker of the attributed quotation before it, unless the narrative between names someone else
def test_s9dir_cueless_quote_after_narrative_in_a_joined_paragraph():
    text = ('Ivan Ljubicic said: "It was hard." But despite his defeat, the world number 14 was pleased with his '
            'performance. "I had a chance in the third set and it is a great boost to my confidence."')
    got = extract_quotes(pd.DataFrame({"article_id": ["s9"], "body": [text], "language": ["en"]}))
    assert list(zip(got["speaker_name"], got["cue"], got["quote"], strict=True)) == [
        ("Ivan Ljubicic", "said", "It was hard."),
        ("Ivan Ljubicic", "", "I had a chance in the third set and it is a great boost to my confidence."),
    ]
    # s15bbc: the quotation is kept; its speaker is the person the sentence before names as its subject
    text = ('Wales coach Mike Ruddock named his squad. Ivan Ljubicic said: "It was hard." Ruddock, though, is keen to '
            'protect his players from injury. "At this stage there is nothing more the players can do to impress me."')
    got = extract_quotes(pd.DataFrame({"article_id": ["s9"], "body": [text], "language": ["en"]}))
    assert list(zip(got["speaker_name"], got["quote"], strict=True)) == [
        ("Ivan Ljubicic", "It was hard."),
        ("Mike Ruddock", "At this stage there is nothing more the players can do to impress me."),
    ]


# --- s9dir: kin nouns are roles ('"...," his son said.', 'said his wife, Sheila.'): a relative quoted for a family
def test_s9dir_kin_noun_after_the_quote_is_the_speaker():
    text = ('Nogar always made two tapes of sessions. "He called them his ass-saver tapes," his son said. "He had a '
            'wonderful life and he achieved that," said his wife, Sheila.')
    got = extract_quotes(pd.DataFrame({"article_id": ["s9"], "body": [text], "language": ["en"]}))
    assert list(zip(got["speaker"], got["cue"], got["quote"], strict=True)) == [
        ("his son", "said", "He called them his ass-saver tapes"),
        ("his wife", "said", "He had a wonderful life and he achieved that"),
    ]


# --- s9dir: the unclosed apposition may open with up to three role words before "of/at/for" ("Will Davies, senior
# research fellow at the IPPR told"), and a "from the ..." phrase may carry the comma before the cue
def test_s9dir_unclosed_apposition_with_role_words_or_a_from_phrase():
    text = ('"It is a good idea," Will Davies, senior research fellow at the IPPR told the BBC News website. '
            '"Everything is going digital," Kirsten Pfeifer from the Consumer Electronics Association, told the BBC.')
    got = extract_quotes(pd.DataFrame({"article_id": ["s9"], "body": [text], "language": ["en"]}))
    assert list(zip(got["speaker"], got["speaker_role"], got["quote"], strict=True)) == [
        ("Will Davies", "senior research fellow at the IPPR", "It is a good idea"),
        ("Kirsten Pfeifer", "from the Consumer Electronics Association", "Everything is going digital"),
    ]


# --- s9dir: sport and film role nouns from BBC News (winger, skipper, producer) are roles: the role before a
# name stays with the speaker ("Reds skipper Steven Gerrard", "executive producer Amanda Ross")
def test_s9dir_sport_and_film_roles():
    text = ('Manchester United winger Cristiano Ronaldo said he is close to agreeing a new contract. '
            '"We think this year will be even better," Richard and Judy executive producer Amanda Ross said.')
    got = extract_quotes(pd.DataFrame({"article_id": ["s9"], "body": [text], "language": ["en"]}))
    assert list(zip(got["kind"], got["speaker"], got["speaker_name"], strict=True)) == [
        ("indirect", "Manchester United winger Cristiano Ronaldo", "Cristiano Ronaldo"),
        ("direct", "Richard and Judy executive producer Amanda Ross", "Amanda Ross"),
    ]


# --- s10bound: a new clause with its own subject and cue ends the reported content also after a comma that closes a
# quoted fragment ('..., "A," and he said ...') or after a spaced dash ('... - but she also insisted that ...')
def test_s10bound_next_cue_after_closing_mark_or_dash():
    text = ('Durbin said on Thursday he "delivered a letter to the attorney general today," and he said he hoped '
            'that the attorney general would act soon. The nominee explained that Comey was referring only to her '
            'interviews - but she also insisted that all of her other statements have been consistent.')
    got = extract_quotes(pd.DataFrame({"article_id": ["s10"], "body": [text], "language": ["en"]}))
    assert list(zip(got["kind"], got["speaker"], got["quote"], strict=True)) == [
        ("direct", "Durbin", "delivered a letter to the attorney general today"),
        ("indirect", "he", "he hoped that the attorney general would act soon"),
        ("indirect", "The nominee", "Comey was referring only to her interviews"),
        ("indirect", "she", "all of her other statements have been consistent"),
    ]


# --- s10bound: "and/but has (have, had)" before the speaker's next cue ends the content like a plain "and"
def test_s10bound_perfect_of_the_next_cue_ends_the_content():
    text = ('He describes himself as "totally pro-Israel" and has said that he has donated large amounts of money '
            'to Israel. Yukos claims its downfall was punishment for its founder and has vowed to sue any buyer.')
    got = extract_quotes(pd.DataFrame({"article_id": ["s10"], "body": [text], "language": ["en"]}))
    assert list(zip(got["kind"], got["speaker"], got["cue"], got["quote"], strict=True)) == [
        ("mixed", "He", "describes", 'himself as "totally pro-Israel"'),
        ("indirect", "He", "said that", "he has donated large amounts of money to Israel"),
        ("indirect", "Yukos", "claims", "its downfall was punishment for its founder"),
        ("indirect", "Yukos", "vowed", "to sue any buyer"),
    ]


# --- s10bound: a comparative clause with an inverted auxiliary (", as have others") is the writer's, not content
def test_s10bound_as_have_others_ends_the_content():
    text = ('Clinton said Wednesday she, too, wants a Justice Department inquiry, as have other prominent Democrats '
            'including Richard Durbin.')
    got = extract_quotes(pd.DataFrame({"article_id": ["s10"], "body": [text], "language": ["en"]}))
    assert list(zip(got["kind"], got["speaker"], got["quote"], strict=True)) == [
        ("indirect", "Clinton", "she, too, wants a Justice Department inquiry"),
    ]


# --- s10bound: a quotation interrupted by its cue whose first half holds quoted words and the writer's own words
# ('"A big truck" plowed through ..., he said, and "B."'), or whose cue has a short adverbial ('Clinton said at a
# town hall on Monday, "B"'), is one mixed quote from the sentence start
def test_s10bound_interrupted_quotation_with_quoted_words_in_its_first_half():
    text = ('"A big truck" plowed through the security barriers, he said, and "everyone started running." '
            '“If there had not been that intervention” by NATO and other partners, Clinton said at a town hall on '
            'Monday, “we would be looking at Syria now.”')
    got = extract_quotes(pd.DataFrame({"article_id": ["s10"], "body": [text], "language": ["en"]}))
    assert list(zip(got["kind"], got["speaker"], got["quote"], strict=True)) == [
        ("mixed", "he", '"A big truck" plowed through the security barriers … and "everyone started running."'),
        ("mixed", "Clinton", "“If there had not been that intervention” by NATO and other partners … we would be "
                             "looking at Syria now."),
    ]


# --- s10bound: content before an after-cue starts where its quotation opens when the sentence splitter cut inside
# that quotation ('GOP nominees "were stiff. They weren't fun. There was no joy" in comparison to Obama, X said.')
def test_s10bound_content_before_its_cue_starts_where_the_quotation_opens():
    text = ('“This is a culture,” he said. GOP nominees John McCain and Mitt Romney “were stiff. They weren’t fun. '
            'There was no joy” in comparison to Obama, Gingrich said.\n'
            'Mr Weise was upbeat. "The stagnation came to an end. But the upturn is weak" for jobs, Mr Weise added.')
    got = extract_quotes(pd.DataFrame({"article_id": ["s10"], "body": [text], "language": ["en"]}))
    assert list(zip(got["kind"], got["speaker"], got["quote"], strict=True)) == [
        ("direct", "he", "This is a culture"),
        ("mixed", "Gingrich", "GOP nominees John McCain and Mitt Romney “were stiff. They weren’t fun. There was no "
                              "joy” in comparison to Obama"),
        ("direct", "Mr Weise", "The stagnation came to an end. But the upturn is weak"),  # (mostly the quotation)
    ]


# --- s10bound: a dash may stand for the comma before "and" and a clause with a new subject ('... their way — and the
# Senate is holding ...'): the writer's next statement, not content
def test_s10bound_dash_and_new_clause_ends_the_content():
    text = 'Democrats insist the political tide is turning their way — and the Senate is currently holding talks.'
    got = extract_quotes(pd.DataFrame({"article_id": ["s10"], "body": [text], "language": ["en"]}))
    assert list(zip(got["kind"], got["speaker"], got["quote"], strict=True)) == [
        ("indirect", "Democrats", "the political tide is turning their way"),
    ]


# --- s10pred: "According to SOURCE, CLAUSE" opening its sentence: a long source phrase (up to 24 words, a
# relative clause allowed) ends at its comma; with no comma after a name ("According to Microsoft the messages
# were sent ..., several schools") the clause opens right after the name
def test_s10pred_opening_according_to_with_a_long_source():
    text = ('According to early results of exit polls conducted for the Associated Press and television networks, '
            'black voters make up about one-fifth of the Democratic electorate. According to State Department cables '
            'that were later released by WikiLeaks, Mr. Manafort frequently pressed American diplomats in Ukraine. '
            'According to Microsoft the messages were sent via net addresses owned by the ministries, several schools, '
            'and a college.')
    got = extract_quotes(pd.DataFrame({"article_id": ["s10"], "body": [text], "language": ["en"]}))
    assert list(zip(got["kind"], got["speaker"], got["quote"], strict=True)) == [
        ("indirect", "early results of exit polls conducted for the Associated Press and television networks",
         "black voters make up about one-fifth of the Democratic electorate"),
        ("indirect", "State Department", "Mr. Manafort frequently pressed American diplomats in Ukraine"),
        ("indirect", "Microsoft", "the messages were sent via net addresses owned by the ministries, several schools, "
                                  "and a college"),
    ]


# --- s10pred: verbs of clarifying, hinting, querying and manner of speaking are weak cues (they report before
# "that", a clause, a colon or after a quotation): demurred, clarified, queried, snapped, reckons
def test_s10pred_weak_cues_of_clarifying_hinting_and_manner():
    text = ('Asked which county was his favorite, he demurred: "Whichever one I\'m in at the moment." A campaign aide '
            'later clarified that Clinton had misspoken. Some analysts queried whether the bank had overpaid. "We will '
            'not pay for this," Smith snapped. Mr Tansley reckons that the gearbox saves 20 seconds per lap.')
    got = extract_quotes(pd.DataFrame({"article_id": ["s10"], "body": [text], "language": ["en"]}))
    assert list(zip(got["kind"], got["speaker"], got["cue"], got["quote"], strict=True)) == [
        ("indirect", "", "Asked", "which county was his favorite"),
        ("direct", "he", "demurred", "Whichever one I'm in at the moment."),
        ("indirect", "A campaign aide", "clarified that", "Clinton had misspoken"),
        ("indirect", "Some analysts", "queried", "whether the bank had overpaid"),
        ("direct", "Smith", "snapped", "We will not pay for this"),
        ("indirect", "Mr Tansley", "reckons that", "the gearbox saves 20 seconds per lap"),
    ]


# --- s10pred: a participle of saying opening its sentence ("Noting that ..., X added", "Acknowledging that ...,
# though, X ...") reports its clause, up to the comma before the main subject and verb, for that subject; not a
# participle with no clause after it ("Writing in the Guardian newspaper, Mr Brown outlined ...")
def test_s10pred_fronted_participle_of_saying():
    text = ('Noting that only Sen. Mark Kirk voted with Democrats on background checks, Tester added: "That\'s where '
            'your problem is." Acknowledging that Trump "says a lot of stupid stuff," though, Allen did suggest that '
            'his wealth gives him an advantage. Writing in the Guardian newspaper, Mr Brown outlined his view of the '
            'direction New Labour should be taking.')
    got = extract_quotes(pd.DataFrame({"article_id": ["s10"], "body": [text], "language": ["en"]}))
    assert list(zip(got["kind"], got["speaker"], got["cue"], got["quote"], strict=True)) == [
        ("indirect", "Tester", "Noting", "only Sen. Mark Kirk voted with Democrats on background checks"),
        ("direct", "Tester", "added", "That's where your problem is."),
        ("mixed", "Allen", "Acknowledging", 'Trump "says a lot of stupid stuff"'),
        ("indirect", "Allen", "suggest that", "his wealth gives him an advantage"),
    ]


# --- s10pred: the subject of a coordinated cue ("... and accused X of ...") after a leading day adverbial ("Sunday
# morning, Clinton ...") or with a bracketed party tag after the name ("Sen. Bernie Sanders (I-Vt.) called him ...")
def test_s10pred_coordinated_cue_subject_after_a_day_or_with_a_party_tag():
    text = ('Sunday morning, Clinton slammed the shift as a conversion and accused Sanders of a "flip-flop." In a fiery '
            'takedown, Sen. Bernie Sanders (I-Vt.) called him divisive and accused him of failing to "stand together '
            'to address the real issues."')
    got = extract_quotes(pd.DataFrame({"article_id": ["s10"], "body": [text], "language": ["en"]}))
    assert list(zip(got["kind"], got["speaker"], got["cue"], got["quote"], strict=True)) == [
        ("mixed", "Clinton", "accused", 'Sanders of a "flip-flop."'),
        ("mixed", "Sen. Bernie Sanders", "accused", 'him of failing to "stand together to address the real issues."'),
    ]


# --- s10subj: a coordinated cue ("... and said") finds its subject after a news agency's dateline ("WASHINGTON
# (AP) — ") or a short leading time adverbial ("Last year, ", "Earlier this month, ")
def test_s10subj_coordinated_cue_after_dateline_or_time_adverbial():
    text = ('WASHINGTON (AP) — Donald Trump met donors in New York on Monday and said he would spend his own money '
            'on the race. Earlier this month, the senator visited the border and said the wall would never be built.')
    got = extract_quotes(pd.DataFrame({"article_id": ["s10"], "body": [text], "language": ["en"]}))
    assert list(zip(got["kind"], got["speaker"], got["cue"], got["quote"], strict=True)) == [
        ("indirect", "Donald Trump", "said", "he would spend his own money on the race"),
        ("indirect", "the senator", "said", "the wall would never be built"),
    ]


# --- s10subj: "but" with no comma before a new subject and its cue ends the first report ("... but U.S. officials
# have said ..."); not before a passive ("but people had to be told")
def test_s10subj_but_without_comma_before_a_new_speaker():
    text = ('Yukos insisted the auction was state-sponsored theft but Russian authorities argued they were imposing '
            'the law. The office says surveys are allowed but people had to be told if personal data was kept.')
    got = extract_quotes(pd.DataFrame({"article_id": ["s10"], "body": [text], "language": ["en"]}))
    assert list(zip(got["kind"], got["speaker"], got["cue"], got["quote"], strict=True)) == [
        ("indirect", "Yukos", "insisted", "the auction was state-sponsored theft"),
        ("indirect", "Russian authorities", "argued", "they were imposing the law"),
        ("indirect", "The office", "says", "surveys are allowed but people had to be told if personal data was kept"),
    ]


# --- s10subj: lower-case subjects "those around him" and a poll share with an adjective and "overall" ("Nearly
# eight in 10 Democratic voters overall said")
def test_s10subj_those_around_him_and_a_poll_share_with_adjective():
    text = ('While he is in good health, those around him acknowledge that a White House bid at age 78 seems '
            'improbable. Nearly eight in 10 Democratic voters overall said they have made up their mind.')
    got = extract_quotes(pd.DataFrame({"article_id": ["s10"], "body": [text], "language": ["en"]}))
    assert list(zip(got["kind"], got["speaker"], got["cue"], got["quote"], strict=True)) == [
        ("indirect", "those around him", "acknowledge that", "a White House bid at age 78 seems improbable"),
        ("indirect", "Nearly eight in 10 Democratic voters overall", "said", "they have made up their mind"),
    ]


# --- s10subj: an inverted cue opening the sentence ('Said X, who ..., "..."', 'Observes Mr Hadi: "..."'): the
# speaker follows the cue
def test_s10subj_sentence_initial_inverted_cue_before_a_quotation():
    text = ('The museum opened in May. Said Dorothy Poynter, who grew up with Ali in the neighborhood, "We were all '
            'so proud of him." The movie is being shot by Simon Bysshe. Said Mr Bysshe: "It is a new game."')
    got = extract_quotes(pd.DataFrame({"article_id": ["s10"], "body": [text], "language": ["en"]}))
    assert list(zip(got["kind"], got["speaker"], got["speaker_name"], got["cue"], got["quote"], strict=True)) == [
        ("direct", "Dorothy Poynter", "Dorothy Poynter", "Said", "We were all so proud of him."),
        ("direct", "Mr Bysshe", "Simon Bysshe", "Said", "It is a new game."),
    ]


# --- s10subj: a quotation introduced by "X said:" (or "X said,") stays X's when the writer's "but" clause follows
# its closing comma
def test_s10subj_quotation_then_the_writers_but_clause():
    text = ('Additionally, Clinton said: "I have acknowledged repeatedly that using two email accounts was a '
            'mistake," but in fact Clinton used only one email account.')
    got = extract_quotes(pd.DataFrame({"article_id": ["s10"], "body": [text], "language": ["en"]}))
    assert list(zip(got["kind"], got["speaker"], got["cue"], got["quote"], strict=True)) == [
        ("direct", "Clinton", "said", "I have acknowledged repeatedly that using two email accounts was a mistake"),
    ]


# --- s10subj: a party-state tag in brackets between the quotation and its cue ('"...," Sen. Chuck Schumer (D-N.Y.)
# said Tuesday.'): its dots end no sentence
def test_s10subj_party_tag_in_brackets_after_the_quotation():
    text = ('"If the Saudis did not participate, they have nothing to worry about," Sen. Chuck Schumer (D-N.Y.) said '
            'Tuesday. "We will not back down," Sen. Ted Cruz (R-Tex.) told reporters.')
    got = extract_quotes(pd.DataFrame({"article_id": ["s10"], "body": [text], "language": ["en"]}))
    assert list(zip(got["kind"], got["speaker"], got["speaker_name"], got["cue"], got["quote"], strict=True)) == [
        ("direct", "Sen. Chuck Schumer", "Chuck Schumer", "said",
         "If the Saudis did not participate, they have nothing to worry about"),
        ("direct", "Sen. Ted Cruz", "Ted Cruz", "told", "We will not back down"),
    ]


# --- s10subj: a party-state tag between commas before an apposition ("Sen. Lindsey Graham, R-S.C., a long-shot
# presidential candidate, said")
def test_s10subj_party_tag_then_apposition_before_the_cue():
    text = ('Sen. Lindsey Graham, R-S.C., a long-shot presidential candidate, said Obama is overselling the '
            'successes of the coalition.')
    got = extract_quotes(pd.DataFrame({"article_id": ["s10"], "body": [text], "language": ["en"]}))
    assert list(zip(got["kind"], got["speaker"], got["speaker_role"], got["quote"], strict=True)) == [
        ("indirect", "Sen. Lindsey Graham", "a long-shot presidential candidate",
         "Obama is overselling the successes of the coalition"),
    ]


# --- s10mix: a quotation left open at a paragraph end goes on only into the very next paragraph; a mark opening
# a later paragraph starts a new quotation (the paragraphs between are narrative)
def test_s10mix_open_quote_continues_only_into_the_next_paragraph():
    text = ('Maria Lopez said: "We were never told which papers to keep.\n\nThe bill passed the House last week.\n\n'
            '"It was a shock to all of us," said Tom Jones, a lawyer.')
    got = extract_quotes(pd.DataFrame({"article_id": ["s10"], "body": [text], "language": ["en"]}))
    assert list(zip(got["kind"], got["speaker"], got["quote"], strict=True)) == [
        ("direct", "Maria Lopez", "We were never told which papers to keep."),
        ("direct", "Tom Jones", "It was a shock to all of us"),
    ]


# --- s10mix: a quotation whose closing mark was lost where paragraphs were joined by a space ends before the
# narrator's sentences (a reporting verb in the third person, no first or second person, and the person-free
# sentences before it); a quotation after that narrative is a new one
def test_s10mix_unclosed_joined_quote_stops_at_the_narrative():
    texts = ['Mido added: "It is not my right to give orders. "I will always put the national team first. Meanwhile, '
             'FA spokesman Methat Shalaby welcomed the apology and said no one had pressured Mido. "The apology makes '
             'him a bigger star," Shalaby said.',
             'Moya confirmed afterwards: "I am donating my prize money to the tsunami victims. His gift follows '
             'pledges by four other players. Srichaphan said he would donate an unspecified amount.']
    got = extract_quotes(pd.DataFrame({"article_id": ["a", "b"], "body": texts, "language": ["en", "en"]}))
    assert list(zip(got["kind"], got["speaker_name"], got["quote"], strict=True)) == [
        ("direct", "Mido", 'It is not my right to give orders. "I will always put the national team first.'),
        ("indirect", "Methat Shalaby", "no one had pressured Mido"),
        ("direct", "Methat Shalaby", "The apology makes him a bigger star"),
        ("direct", "Moya", "I am donating my prize money to the tsunami victims."),
        ("indirect", "Srichaphan", "he would donate an unspecified amount"),
    ]


# --- s10mix: a time adverbial before the subject ("Later,", "Sunday morning,") does not hide the subject of a
# coordinated cue ("X slammed the shift and accused Y of a ''flip-flop''")
def test_s10mix_time_adverbial_before_the_subject_of_a_coordinated_cue():
    texts = ['Sunday morning, Clinton slammed the shift as a debate-eve conversion and accused Sanders of a '
             '"flip-flop."',
             'Later, Mr. Hayman met the protesters and said that the police would listen.']
    got = extract_quotes(pd.DataFrame({"article_id": ["a", "b"], "body": texts, "language": ["en", "en"]}))
    assert list(zip(got["kind"], got["speaker"], got["cue"], got["quote"], strict=True)) == [
        ("mixed", "Clinton", "accused", 'Sanders of a "flip-flop."'),
        ("indirect", "Mr. Hayman", "said that", "the police would listen"),
    ]


# --- s10mix: "X told Y that CLAUSE "fragment."": the clause before the quotation makes one mixed quote (not a
# direct quote of the fragment alone), as after "said that"
def test_s10mix_told_addressee_that_clause_before_a_fragment_is_mixed():
    texts = ['Comedian Sarah Silverman left the stage after telling the crowd that they were “being ridiculous.”',
             'Smith told reporters that the plan was "a disaster."']
    got = extract_quotes(pd.DataFrame({"article_id": ["a", "b"], "body": texts, "language": ["en", "en"]}))
    assert list(zip(got["kind"], got["speaker"], got["cue"], got["quote"], strict=True)) == [
        ("mixed", "Comedian Sarah Silverman", "telling", "they were “being ridiculous.”"),
        ("mixed", "Smith", "told", 'the plan was "a disaster."'),
    ]


# --- s10mix: content before its cue ("CONTENT, X said.") does not start at a sentence end inside a quotation: it
# opens with the sentence that holds the opening mark
def test_s10mix_fronted_content_starts_before_a_quoted_sentence_break():
    text = ('GOP nominees John McCain and Mitt Romney “were stiff. They weren’t fun. There was no joy” in comparison '
            'to Obama, Gingrich said.')
    got = extract_quotes(pd.DataFrame({"article_id": ["a"], "body": [text], "language": ["en"]}))
    assert list(zip(got["kind"], got["speaker"], got["cue"], got["quote"], strict=True)) == [
        ("mixed", "Gingrich", "said", "GOP nominees John McCain and Mitt Romney “were stiff. They weren’t fun. There was "
                                      "no joy” in comparison to Obama"),
    ]


# --- s10mix: a sentence break inside a quotation that opens within a clause is no sentence end ('said the plan was
# "a disaster. It will fail" for workers.'); a quotation opened after a colon keeps its own attribution
def test_s10mix_sentence_break_inside_a_quoted_fragment():
    texts = ['Smith said the plan was "a disaster. It will fail" for workers.',
             'At the fundraiser, Adelson said: "Trump is a businessman. I am a businessman."']
    got = extract_quotes(pd.DataFrame({"article_id": ["a", "b"], "body": texts, "language": ["en", "en"]}))
    assert list(zip(got["kind"], got["speaker"], got["quote"], strict=True)) == [
        ("mixed", "Smith", 'the plan was "a disaster. It will fail" for workers'),
        ("direct", "Adelson", "Trump is a businessman. I am a businessman."),
    ]


# --- s10prec: "CONTENT, whom/who ..., said NAME, APPOSITION." where only a clause-less apposition follows the name:
# the left part is the content (not a subject with a relative clause), the name after the cue its speaker
def test_s10prec_inverted_cue_after_relative_clause_with_long_apposition():
    text = ("Cruz also lacks support from his colleagues in Congress, whom he's alienated with his rhetoric, said "
            "Larry Sabato, director of the University of Virginia's Center for Politics. He could win Texas.")
    got = extract_quotes(pd.DataFrame({"article_id": ["s10"], "body": [text], "language": ["en"]}))
    assert list(zip(got["kind"], got["quote"], got["speaker"], strict=True)) == [
        ("indirect", "Cruz also lacks support from his colleagues in Congress, whom he's alienated with his rhetoric",
         "Larry Sabato"),
    ]


# --- s10prec: the object of a verb of writing or posting that names the item made ("wrote the introduction for a
# new book", "posted a video") is no quote; a participle of saying after the item keeps its words ("asking that")
def test_s10prec_written_item_object_is_no_quote():
    text = ("Laura Bush wrote the introduction for a new book. Wallnau recently posted a video from a conference "
            "at which he was speaking. Back in September, he wrote a letter to Zucker asking that all the proceeds "
            "go to charity. Smith wrote the letter was a fake.")
    got = extract_quotes(pd.DataFrame({"article_id": ["s10"], "body": [text], "language": ["en"]}))
    assert list(zip(got["kind"], got["quote"], got["speaker"], strict=True)) == [
        ("indirect", "a letter to Zucker asking that all the proceeds go to charity", "he"),
        ("indirect", "the letter was a fake", "Smith"),
    ]


# --- s10prec: an indirect content cannot open with "and"/"or"/"nor"/"but" right after its cue: the cue is coordinated
# with the next verb ("what Obama says and promises is ..."); "agreed and said X" moves to the second verb of saying
def test_s10prec_coordinated_verb_after_cue_is_no_content():
    text = ("At the Post, what Obama says and promises is now the baseline for truth. The firm has neither admitted "
            "nor denied wrongdoing in the settlement. Mr Wallace agreed and said the figures had to be looked at in "
            "context.")
    got = extract_quotes(pd.DataFrame({"article_id": ["s10"], "body": [text], "language": ["en"]}))
    assert list(zip(got["kind"], got["quote"], got["speaker"], got["cue"], strict=True)) == [
        ("indirect", "the figures had to be looked at in context", "Mr Wallace", "said"),
    ]


# --- s10prec: words before "X continued to <verb that reports nothing>" or "X continued as planned" are a fronted
# adverbial, no content; '"...," he continued in a speech' still goes on with the quotation
def test_s10prec_continued_after_a_fronted_adverbial_is_no_cue():
    text = ("Apart from this, however, the festival has continued as originally planned. But, despite more people "
            "being in work, the manufacturing sector continued to suffer. \"We will win,\" Smith said. \"That is the "
            "plan,\" he continued in a speech.")
    got = extract_quotes(pd.DataFrame({"article_id": ["s10"], "body": [text], "language": ["en"]}))
    assert list(zip(got["kind"], got["quote"], got["speaker"], got["cue"], strict=True)) == [
        ("direct", "We will win", "Smith", "said"),
        ("direct", "That is the plan", "he", "continued"),
    ]


# --- s10prec: more idioms in which a cue reports nothing (lexicon cue_idioms): "claimed a draw" (won), "agreed a fee"
# (settled), "added up to" (totalled), "the average asking price"; a noun that is the subject of a clause stays
def test_s10prec_more_cue_idioms():
    text = ("Spurs have agreed a fee for the player. Portsmouth claimed a draw at Anfield. The average asking price of "
            "a home fell by 600 pounds. Exports to China added up to 22bn yen. Smith claimed the draw was rigged.")
    got = extract_quotes(pd.DataFrame({"article_id": ["s10"], "body": [text], "language": ["en"]}))
    assert list(zip(got["kind"], got["quote"], got["speaker"], got["cue"], strict=True)) == [
        ("indirect", "the draw was rigged", "Smith", "claimed"),
    ]


# --- s10prec: an "according to" wrapper whose words are only the cue clause of the quotation before it ('"...?"
# O'Malley said at a press conference, according to the Las Vegas Sun') counts the quote twice: it goes
def test_s10prec_according_to_wrapper_of_a_cue_clause_goes():
    text = ("“Is this a priority because it’s an election year?” O’Malley said at a press conference, according to "
            "the Las Vegas Sun. Clinton won the primary, according to early returns.")
    got = extract_quotes(pd.DataFrame({"article_id": ["s10"], "body": [text], "language": ["en"]}))
    assert list(zip(got["kind"], got["quote"], got["speaker"], got["cue"], strict=True)) == [
        ("direct", "Is this a priority because it’s an election year?", "O’Malley", "said"),
        ("indirect", "Clinton won the primary", "early returns", "according to"),
    ]


# --- s10prec: a short capitalised quotation right after a noun of a work or written item ("in his 2012 book, ''An
# American Son.''", 'the film "Ray"') is its title, not words said
def test_s10prec_title_after_a_work_noun_is_no_quote():
    text = ("Castro's revolution dampened plans to return home, Mr. Rubio said in his 2012 book, ''An American Son.'' "
            "So they stayed. Mr. Smith reviewed the film \"Ray\" and said: \"It Is Great.\"")
    got = extract_quotes(pd.DataFrame({"article_id": ["s10"], "body": [text], "language": ["en"]}))
    assert list(zip(got["kind"], got["quote"], got["speaker"], strict=True)) == [
        ("indirect", "Castro's revolution dampened plans to return home", "Mr. Rubio"),
        ("direct", "It Is Great.", "Mr. Smith"),
    ]


# --- s10spk: a person's name before "at", "of", "in" or "from" is the speaker's name, the organisation or place after
# it the role ("Ian Hunter at Goodbody Stockbrokers in Dublin" is not "Dublin"); an organisation's name with "and"
# inside is the whole name ("the Department of Trade and Industry", not "Industry")
def test_s10spk_person_before_affiliation_and_org_name_with_and():
    text = ('"The value was in the drug," said analyst Ian Hunter at Goodbody Stockbrokers in Dublin. '
            'The Department of Trade and Industry said the new policy was fair. '
            '"It is a surprise," said Isabelle Kronawitter at Hypovereinsbank.')
    got = extract_quotes(pd.DataFrame({"article_id": ["s10"], "body": [text], "language": ["en"]}))
    assert list(zip(got["kind"], got["quote"], got["speaker_name"], got["speaker_role"], strict=True)) == [
        ("direct", "The value was in the drug", "Ian Hunter", "analyst at Goodbody Stockbrokers in Dublin"),
        ("indirect", "the new policy was fair", "Department of Trade and Industry", ""),
        ("direct", "It is a surprise", "Isabelle Kronawitter", "at Hypovereinsbank"),
    ]


# --- s10spk: "Police said" is the force ("Greater Manchester Police"), never the officer of it named before
def test_s10spk_police_is_the_force_not_its_officer():
    text = ('Detective Inspector Paul Miller of Thames Valley Police said a ladder was used. '
            'Police said the man was wearing a ski-mask.')
    got = extract_quotes(pd.DataFrame({"article_id": ["s10"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["speaker"], got["speaker_name"], strict=True)) == [
        ("a ladder was used", "Detective Inspector Paul Miller of Thames Valley Police", "Paul Miller"),
        ("the man was wearing a ski-mask", "Police", "Police"),
    ]


# --- s10spk: an organisation quoted alone ("Yukos said") and then "Yukos spokesman Mike Lake": the person named last
# holds the role, the organisation's word is no name of his
def test_s10spk_org_said_alone_then_org_role_person():
    text = ('Yukos said the sale was illegal. "We intend to pursue all legal recourses," Yukos spokesman Mike Lake '
            'said. "It will be marketing a stolen product," he added.')
    got = extract_quotes(pd.DataFrame({"article_id": ["s10"], "body": [text], "language": ["en"]}))
    assert list(zip(got["kind"], got["speaker"], got["speaker_name"], got["speaker_role"], strict=True)) == [
        ("indirect", "Yukos", "Yukos", ""),
        ("direct", "Yukos spokesman Mike Lake", "Mike Lake", "Yukos spokesman"),
        ("direct", "he", "Mike Lake", "Yukos spokesman"),
    ]


# --- s10spk: "he"/"she" is never an organisation: not one the article writes after a company noun ("water firm
# Aguas Argentinas"), nor one a company description stood for ("the company added"), nor an acronym ("SEPA")
def test_s10spk_personal_pronoun_skips_organisations():
    texts = ['Water firm Aguas Argentinas wants a rise. Planning Minister Julio De Vido said the state would help. '
             'Aguas Argentinas told Clarin it would not accept any change. Yet he added that talks would go on.',
             'Blinkx has launched a new tool. Suranga Chandratillake, co-founder of Blinkx, said the search was '
             'hard. The company added that it had '
             'new folders. "Users do not stop using other systems," he said.',
             'SEPA said the projects were illegal. "Some may start again," he said.']
    got = extract_quotes(pd.DataFrame({"article_id": ["a", "b", "c"], "body": texts, "language": ["en"] * 3}))
    assert list(zip(got["speaker"], got["speaker_name"], got["quote"], strict=True)) == [
        ("Planning Minister Julio De Vido", "Julio De Vido", "the state would help"),
        ("Aguas Argentinas", "Aguas Argentinas", "it would not accept any change"),
        ("he", "Julio De Vido", "talks would go on"),
        ("Suranga Chandratillake", "Suranga Chandratillake", "the search was hard"),
        ("The company", "Blinkx", "it had new folders"),
        ("he", "Suranga Chandratillake", "Users do not stop using other systems"),
        ("SEPA", "SEPA", "the projects were illegal"),
        ("he", "", "Some may start again"),
    ]


# --- s10spk: "the Archbishop of Canterbury, Dr Rowan Williams," gives the office to one person (a surname in "-s"
# after an honorific is a person's): the description is his, not the last person quoted; a spokesman is never
# re-described as "the bookmaker"
def test_s10spk_office_given_in_apposition_and_spokesman_not_redescribed():
    texts = ['The Archbishop of Canterbury, Dr Rowan Williams, will preside. "It opened a sense of disillusionment," '
             'said Ros Coward. The Archbishop of Canterbury said: "I am pleased."',
             '"This is highly unlikely," William Hill spokesman Rupert Adams said. The bookmaker said its suspicions '
             'had been aroused.']
    got = extract_quotes(pd.DataFrame({"article_id": ["a", "b"], "body": texts, "language": ["en"] * 2}))
    assert list(zip(got["speaker"], got["speaker_name"], got["quote"], strict=True)) == [
        ("Ros Coward", "Ros Coward", "It opened a sense of disillusionment"),
        ("The Archbishop of Canterbury", "Rowan Williams", "I am pleased."),
        ("William Hill spokesman Rupert Adams", "Rupert Adams", "This is highly unlikely"),
        ("The bookmaker", "bookmaker", "its suspicions had been aroused"),
    ]


# --- s10spk: "the Salford MP", "the chairman of the Police Federation of England and Wales": a description, though it
# holds capitalised words; its place or body is no speaker name ("Salford", "Wales")
def test_s10spk_capitalised_description_is_no_name():
    text = ('The Salford MP told the BBC the threat came from extremists. "It was a reality," she said. '
            'The chairman of the Police Federation of England and Wales said independence was essential.')
    got = extract_quotes(pd.DataFrame({"article_id": ["s10"], "body": [text], "language": ["en"]}))
    assert list(zip(got["speaker"], got["speaker_name"], got["quote"], strict=True)) == [
        ("The Salford MP", "Salford MP", "the threat came from extremists"),
        ("she", "Salford MP", "It was a reality"),
        ("The chairman of the Police Federation of England and Wales",
         "chairman of the Police Federation of England and Wales", "independence was essential"),
    ]


# --- s10bound: reported content that runs over a colon into a quotation with its own cue right after it ends at the
# colon ('asserted that France had lost its identity: "France is no longer France," he claimed.'): two attributions
def test_s10bound_colon_quotation_with_its_own_cue_ends_the_content():
    text = ('Trump asserted that France had lost its identity: “France is no longer France,” he claimed. '
            'But Mr Crosby said in a statement: "I have never had any such conversation." Mr Howard later added '
            'there was no truth in it.')
    got = extract_quotes(pd.DataFrame({"article_id": ["s10"], "body": [text], "language": ["en"]}))
    assert list(zip(got["kind"], got["speaker"], got["cue"], got["quote"], strict=True))[:2] == [
        ("indirect", "Trump", "asserted that", "France had lost its identity"),
        ("direct", "he", "claimed", "France is no longer France"),
    ]
    # (a quotation whose next cue is in the next sentence keeps the colon's speaker)
    assert list(got.loc[got["quote"].str.contains("such conversation"), "speaker"]) == ["Mr Crosby"]


# --- s10bound: the same for a quotation with its own cue in a dash aside ('was unserious - "A," she said - and charged
# that ...'): the content ends before the dash
def test_s10bound_dash_aside_quotation_with_its_own_cue_ends_the_content():
    text = ('Clinton suggested that the latest plan was unserious - "Again, we need to get into the details," she '
            'said - and charged that the plan would jeopardize the law.')
    got = extract_quotes(pd.DataFrame({"article_id": ["s10"], "body": [text], "language": ["en"]}))
    assert list(zip(got["kind"], got["cue"], got["quote"], strict=True)) == [
        ("indirect", "suggested that", "the latest plan was unserious"),
        ("direct", "said", "Again, we need to get into the details"),
        ("indirect", "charged that", "the plan would jeopardize the law"),
    ]


# --- s10bound: a participle cue's content in an aside ends at the comma before the sentence's main cue when that cue
# opens its own content ('Durbin, noting the size of his following, said, "..."'): the quotation keeps its speaker
def test_s10bound_participle_aside_ends_before_the_main_cue():
    texts = ['But Sen. Richard Durbin, noting the size of Sanders\'s following, said, "Let me tell you, he has got a '
             'heck of an email list."', "The mayor, noting the budget deficit, said that the city would cut jobs."]
    got = extract_quotes(pd.DataFrame({"article_id": ["s10a", "s10b"], "body": texts, "language": ["en", "en"]}))
    assert list(zip(got["kind"], got["speaker"], got["cue"], got["quote"], strict=True)) == [
        ("indirect", "Sen. Richard Durbin", "noting", "the size of Sanders's following"),
        ("direct", "Sen. Richard Durbin", "said", "Let me tell you, he has got a heck of an email list."),
        ("indirect", "The mayor", "noting", "the budget deficit"),
        ("indirect", "The mayor", "said that", "the city would cut jobs"),
    ]


# --- s10bound: a sentence opening with a time span and a subordinator ("Years after X claimed that ..., Y won ...")
# holds the content in its subordinate clause, which the comma closes
def test_s10bound_time_span_subordinate_clause_ends_at_its_comma():
    text = ('Years after Bill Clinton claimed that the era of big government was over, Obama won his party’s '
            'nomination.')
    got = extract_quotes(pd.DataFrame({"article_id": ["s10"], "body": [text], "language": ["en"]}))
    assert list(zip(got["kind"], got["speaker"], got["quote"], strict=True)) == [
        ("indirect", "Bill Clinton", "the era of big government was over"),
    ]


# --- s10bound: after a contrast word ("while", "though") a phrase of three words or more before a comma opens a new
# clause ('..., while her main rival, Bernie Sanders, has soared ...'), not an aside: the content ends before it;
# a relative clause closed by a comma stays inside ('..., which his party opposed, as a defining issue')
def test_s10bound_contrast_clause_with_an_apposition_ends_the_content():
    texts = ['Clinton would argue that the top echelons of power are rigged against women, while her main rival, Bernie '
             'Sanders, has soared in the polls.',
             'Mr Kennedy said students see the Iraq war, which his party opposed, as a defining issue.']
    got = extract_quotes(pd.DataFrame({"article_id": ["a", "b"], "body": texts, "language": ["en", "en"]}))
    assert list(zip(got["speaker"], got["quote"], strict=True)) == [
        ("Clinton", "the top echelons of power are rigged against women"),
        ("Mr Kennedy", "students see the Iraq war, which his party opposed, as a defining issue"),
    ]


# --- s10bound: ", after/though" and a new subject with its own cue ends the content like ", while" ('Six in 10 say he
# is decisive, after half said so in the earlier poll'): a second attribution
def test_s10bound_after_clause_with_its_own_cue_ends_the_content():
    text = 'Six in 10 say he is at least somewhat decisive, after half said so in the earlier poll.'
    got = extract_quotes(pd.DataFrame({"article_id": ["s10"], "body": [text], "language": ["en"]}))
    assert list(zip(got["speaker"], got["quote"], strict=True)) == [
        ("Six in 10", "he is at least somewhat decisive"),
        ("half", "so"),  # (s11ind: the answer word alone is the content)
    ]


# --- s10bound: another speaker's colon cue in a reply clause inside the content ('..., to which O'Malley
# interjected: "..."') starts a new attribution; a relative clause of the content ('..., in which Adelson said:') not
def test_s10bound_reply_clause_with_a_colon_cue_ends_the_content():
    text = ('She said that experts had determined her proposals were effective and strong, to which O\'Malley '
            'interjected: "It\'s just not true." He said Clinton would not go far enough.')
    got = extract_quotes(pd.DataFrame({"article_id": ["s10"], "body": [text], "language": ["en"]}))
    assert list(zip(got["kind"], got["speaker"], got["quote"], strict=True)) == [
        ("indirect", "She", "experts had determined her proposals were effective and strong"),
        ("direct", "O'Malley", "It's just not true."),
        ("indirect", "He", "Clinton would not go far enough"),
    ]


# --- s10pred: a sign's or document's words: '"...," it read.', '"...," read a statement from X.', 'It read: "..."'
# ("read" is no cue word elsewhere: "Ian Read said ...")
def test_s10pred_read_after_or_before_a_quotation():
    text = ('Ian Read said the deal was good. One sign was held by a young man. "I am still Sanders," it read. "We are '
            'grateful for the support," read a statement from the family.\n\nA banner was hung on the bridge. It read: '
            '"No more war in our name."')
    got = extract_quotes(pd.DataFrame({"article_id": ["s10"], "body": [text], "language": ["en"]}))
    assert list(zip(got["kind"], got["speaker"], got["cue"], got["quote"], strict=True)) == [
        ("indirect", "Ian Read", "said", "the deal was good"),
        ("direct", "it", "read", "I am still Sanders"),
        ("direct", "a statement from the family", "read", "We are grateful for the support"),
        ("direct", "It", "read", "No more war in our name."),
    ]


# --- s10pred: "demanded" is a weak cue (a quotation before it, "that" or a clause after it; a plain object is no
# report) and "interjecting" a participle of saying
def test_s10pred_demanded_and_interjecting():
    text = ('"Quiet," he demanded. Trump tried to laugh it off by interjecting, "Only Rosie O\'Donnell." The union '
            'demanded an apology from the minister. Sturgeon demanded to know who was responsible for the leak.')
    got = extract_quotes(pd.DataFrame({"article_id": ["s10"], "body": [text], "language": ["en"]}))
    assert list(zip(got["kind"], got["speaker"], got["cue"], got["quote"], strict=True)) == [
        ("direct", "he", "demanded", "Quiet"),
        ("direct", "Trump", "interjecting", "Only Rosie O'Donnell."),
        ("indirect", "Sturgeon", "demanded", "to know who was responsible for the leak"),
    ]


# --- s10pred: "CONTENT, according to SOURCE." with a quoted title in the source phrase, and a dash before the cue
# standing for the comma
def test_s10pred_according_to_after_a_dash_or_with_a_quoted_title():
    text = ('The plan would cost about $1.38 trillion a year, according to the "Medicare for all" document he '
            'released. In 2014, Ferguson had 115 instances of violent crime — including murder, rape and robbery — '
            'according to the most recent data available from the FBI.')
    got = extract_quotes(pd.DataFrame({"article_id": ["s10"], "body": [text], "language": ["en"]}))
    assert list(zip(got["kind"], got["speaker"], got["quote"], strict=True)) == [
        ("indirect", 'the "Medicare for all" document he released', "The plan would cost about $1.38 trillion a year"),
        ("indirect", "the most recent data available from the FBI",
         "In 2014, Ferguson had 115 instances of violent crime — including murder, rape and robbery"),
    ]


# --- s10pred: "X expressed/voiced ATTITUDE (adjunct) that CONTENT" reports the clause after "that" (not "expressing
# concern about some of the things that ...": a relative clause)
def test_s10pred_expressed_concern_that():
    text = ('President Obama expressed frustration in an interview this year that the allies were acting too often as '
            '"free riders." The union, which represents 5,000 workers, voiced concern that jobs would be lost. He was '
            'expressing concern about some of the things that happened last year.')
    got = extract_quotes(pd.DataFrame({"article_id": ["s10"], "body": [text], "language": ["en"]}))
    assert list(zip(got["kind"], got["speaker"], got["cue"], got["quote"], strict=True)) == [
        ("mixed", "President Obama", "expressed frustration", 'the allies were acting too often as "free riders."'),
        ("indirect", "The union", "voiced concern", "jobs would be lost"),
    ]


# --- s10pred: "made (it) clear (that)" and "signalled that" are weak cues; "signalled a rate rise" reports nothing
def test_s10pred_made_it_clear_and_signalled():
    text = ('The prime minister made it clear he has no plans to change the law. Mr Snow made clear that exchange rates '
            'had not been on the agenda. Mr Brown signalled that the tax would not rise this year. The bank signalled a '
            'rate rise in the spring.')
    got = extract_quotes(pd.DataFrame({"article_id": ["s10"], "body": [text], "language": ["en"]}))
    assert list(zip(got["speaker"], got["cue"], got["quote"], strict=True)) == [
        ("The prime minister", "made it clear", "he has no plans to change the law"),
        ("Mr Snow", "made clear that", "exchange rates had not been on the agenda"),
        ("Mr Brown", "signalled that", "the tax would not rise this year"),
    ]


# --- s10pred: a light verb and a determiner before a noun of saying ("gave an assurance that", "made the argument
# that", "issued a warning earlier in the week that"): the light verb's subject is the speaker; not "issued the warning
# following analysis which shows that ..." (another verb's "that")
def test_s10pred_light_verb_and_noun_of_saying():
    text = ('Mr Brown gave an assurance that the tax would not rise this year. The show\'s director Richard Eyre issued a '
            'warning earlier in the week that the show was unsuitable for children. It issued the warning following '
            'analysis which shows that traffic on the network increased fourfold.')
    got = extract_quotes(pd.DataFrame({"article_id": ["s10"], "body": [text], "language": ["en"]}))
    assert list(zip(got["speaker"], got["cue"], got["quote"], strict=True)) == [
        ("Mr Brown", "assurance that", "the tax would not rise this year"),
        ("The show's director Richard Eyre", "warning earlier in the week that", "the show was unsuitable for children"),
    ]


# --- s10pred: "played down"/"downplayed" are mixed cues (before a quoted fragment only)
def test_s10pred_played_down_before_a_quoted_fragment():
    text = ('Last year, he played down Trump\'s comments as "just part of the primary campaign" and moved on. The club '
            'played down reports of a bid.')
    got = extract_quotes(pd.DataFrame({"article_id": ["s10"], "body": [text], "language": ["en"]}))
    assert list(zip(got["kind"], got["speaker"], got["cue"], got["quote"], strict=True)) == [
        ("mixed", "he", "played down", 'Trump\'s comments as "just part of the primary campaign"'),
    ]


# --- s10pred: a cue followed by its particle and object ("hinted at a giveaway", "agreed to buy") does not make the
# fronted phrase before its subject a content ("Formerly one of Mr Brown's aides, Ed Balls hinted at ...")
def test_s10pred_cue_with_its_particle_takes_no_fronted_content():
    text = ("Formerly one of Mr Brown's closest Treasury aides, Ed Balls hinted at a Budget giveaway on 16 March. "
            "The world's largest retailer, Wal-Mart agreed to pay the fine. The economy will grow by 3% next year, "
            "Mr Brown said at a conference in London.")
    got = extract_quotes(pd.DataFrame({"article_id": ["s10"], "body": [text], "language": ["en"]}))
    assert list(zip(got["speaker"], got["cue"], got["quote"], strict=True)) == [
        ("Mr Brown", "said", "The economy will grow by 3% next year"),
    ]


# --- s10subj: a clause adverb ("also", "still", "meanwhile") inside a phrase makes it no subject noun phrase
# ("Cruz also lacks support ..., said X": fronted content); after the subject it is left out ("Carter however said")
def test_s10subj_clause_adverb_is_no_part_of_a_subject_phrase():
    text = ("Cruz also lacks support from his Republican colleagues in Congress, whom he's alienated with his "
            "rhetoric, said Larry Sabato, director of the Center for Politics. Lib Dem spokesman Ed Davey meanwhile "
            "said there had been an explosion of quangos.")
    got = extract_quotes(pd.DataFrame({"article_id": ["s10"], "body": [text], "language": ["en"]}))
    assert list(zip(got["kind"], got["speaker"], got["speaker_name"], got["quote"], strict=True)) == [
        ("indirect", "Larry Sabato", "Larry Sabato",
         "Cruz also lacks support from his Republican colleagues in Congress, whom he's alienated with his rhetoric"),
        ("indirect", "Lib Dem spokesman Ed Davey", "Ed Davey", "there had been an explosion of quangos"),
    ]


# --- s10subj: a short leading adverbial ending in "ago" ("Eight years ago, he ... and said") opens no subject
def test_s10subj_coordinated_cue_after_an_ago_adverbial():
    text = ('Sharpton left no doubt. Eight years ago, he supported Barack Obama over Clinton and said, "Hillary '
            'Clinton has never done nothing for us." Two weeks ago, the senator visited the border and said the wall '
            'would never be built.')
    got = extract_quotes(pd.DataFrame({"article_id": ["s10"], "body": [text], "language": ["en"]}))
    assert list(zip(got["kind"], got["speaker"], got["cue"], got["quote"], strict=True)) == [
        ("direct", "he", "said", "Hillary Clinton has never done nothing for us."),
        ("indirect", "the senator", "said", "the wall would never be built"),
    ]


# --- s10subj: before a colon, a determiner phrase after a verb is its object ('Sanders delivered a snappy retort:
# "..."'); the subject of the sentence speaks
def test_s10subj_object_phrase_before_a_colon_is_no_speaker():
    text = ('Sanders delivered a snappy retort: "No one is tearing this up." Merriam-Webster defines a blog as: "a Web '
            'site that contains an online personal journal."')
    got = extract_quotes(pd.DataFrame({"article_id": ["s10"], "body": [text], "language": ["en"]}))
    assert list(zip(got["kind"], got["speaker"], got["cue"], got["quote"], strict=True)) == [
        ("direct", "Sanders", ":", "No one is tearing this up."),
        ("direct", "Merriam-Webster", ":", "a Web site that contains an online personal journal."),
    ]


# --- s10subj: a participle cue with "that" after "before/after/while" reports for the subject of the clause before it
# ('Rubio responded before adding that ...'); not when it opens the sentence ('Now, after arguing that ..., his team')
def test_s10subj_participle_with_that_after_a_temporal_preposition():
    text = ('"You don\'t win the nomination by how many states you win," Rubio responded before adding that he will '
            'have to win some winner-take-all states in March. Now, after arguing that the results narrowed the race, '
            'his team is suggesting that his finish has turned it into a two-man contest.')
    got = extract_quotes(pd.DataFrame({"article_id": ["s10"], "body": [text], "language": ["en"]}))
    assert list(zip(got["kind"], got["speaker"], got["cue"], got["quote"], strict=True)) == [
        ("direct", "Rubio", "responded", "You don't win the nomination by how many states you win"),
        ("indirect", "Rubio", "adding that", "he will have to win some winner-take-all states in March"),
        ("indirect", "his team", "suggesting that", "his finish has turned it into a two-man contest"),
    ]


# --- s10subj: "as" before a determiner opens the cue's clause inside a lower-case subject phrase ("The revelation came
# as the Russian government said"); not "such as the ..."
def test_s10subj_as_clause_before_the_subject():
    text = ('The revelation came as the Russian government said Rosneft had signed a long-term oil supply deal with '
            'China. Companies such as the Russian oil firm said prices would rise.')
    got = extract_quotes(pd.DataFrame({"article_id": ["s10"], "body": [text], "language": ["en"]}))
    assert list(zip(got["kind"], got["speaker"], got["quote"], strict=True)) == [
        ("indirect", "the Russian government", "Rosneft had signed a long-term oil supply deal with China"),
        ("indirect", "Companies such as the Russian oil firm", "prices would rise"),
    ]


# --- s10subj: before a participle cue, a clause (its subject, then a verb, also an irregular past from the
# ``irregular_past`` lexicon) is no speaker phrase; its subject speaks
def test_s10subj_clause_before_a_participle_cue_gives_its_subject():
    text = ("The town released a statement Wednesday saying the comments were wrong. Qwest chairman Richard Notebaert "
            "sent a letter to the board on Thursday saying that it plans to submit a new offer.")
    got = extract_quotes(pd.DataFrame({"article_id": ["s10"], "body": [text], "language": ["en"]}))
    assert list(zip(got["kind"], got["speaker"], got["cue"], got["quote"], strict=True)) == [
        ("indirect", "The town", "saying", "the comments were wrong"),
        ("indirect", "Qwest chairman Richard Notebaert", "saying that", "it plans to submit a new offer"),
    ]


# --- s10subj: a lower-case subject phrase loses a participle after its noun ("An annual economic survey released on
# Friday said", not "those polled"), a trailing "later", and runs from "despite" before a gerund's subject
def test_s10subj_subject_phrase_trims_participle_adverb_and_despite():
    text = ("An annual economic survey released on Friday said India needed to ease limits on foreign investment. "
            "A campaign aide later clarified the plan. A total of 53% of those polled said they had sympathy for him. "
            "The news comes despite Mr Flight's allies saying they had enough support to hold a meeting.")
    got = extract_quotes(pd.DataFrame({"article_id": ["s10"], "body": [text], "language": ["en"]}))
    assert list(zip(got["kind"], got["speaker"], got["quote"], strict=True)) == [
        ("indirect", "An annual economic survey", "India needed to ease limits on foreign investment"),
        ("indirect", "A total of 53% of those polled", "they had sympathy for him"),
        ("indirect", "Mr Flight's allies", "they had enough support to hold a meeting"),
    ]


# --- s10subj: "A/An" + a name modifying a lower-case role noun is one subject phrase ("A Labour party spokesman
# played down ... and said", "An IAAF statement said:")
def test_s10subj_indefinite_name_modifier_before_a_role_noun():
    text = ('A Labour party spokesman played down differences with Mr Wyatt and said Mr Brown already had a prominent '
            'campaign role. The IAAF will appeal. An IAAF statement said: "The decision is erroneous."')
    got = extract_quotes(pd.DataFrame({"article_id": ["s10"], "body": [text], "language": ["en"]}))
    assert list(zip(got["kind"], got["speaker"], got["quote"], strict=True)) == [
        ("indirect", "A Labour party spokesman", "Mr Brown already had a prominent campaign role"),
        ("direct", "An IAAF statement", "The decision is erroneous."),
    ]


# --- s10bound: a participle cue after a plain "and" that opens its own clause ('telling CNN that Trump is a "faker"
# and asking why ...', 'calling it "a model" and saying that ...') is the speaker's next attribution
def test_s10bound_and_participle_cue_with_its_own_clause():
    texts = ['She escalated her criticism, telling CNN that Trump is a “faker” and asking why he has not released '
             'his tax returns.', 'He told reporters the company was growing and adding jobs in Ohio.']
    got = extract_quotes(pd.DataFrame({"article_id": ["a", "b"], "body": texts, "language": ["en", "en"]}))
    assert list(zip(got["cue"], got["quote"], strict=True)) == [
        ("telling", "Trump is a “faker”"),
        ("asking", "why he has not released his tax returns"),
        ("told", "the company was growing and adding jobs in Ohio"),
    ]


# --- s10bound: "and" and an adjective in -ed (no cue) with another quoted fragment right after it is a list of quoted
# items ('the state's anti-union and misnamed "right to work" law'), not the speaker's next act
def test_s10bound_quoted_list_item_after_and_adjective():
    texts = ['Kaine declared that "I strongly support" the state\'s anti-union and misnamed "right to work" law.',
             'He called it "disqualifying" and asserted that she lied.']
    got = extract_quotes(pd.DataFrame({"article_id": ["a", "b"], "body": texts, "language": ["en", "en"]}))
    assert list(zip(got["kind"], got["quote"], strict=True))[:2] == [
        ("mixed", '"I strongly support" the state\'s anti-union and misnamed "right to work" law'),
        ("mixed", 'it "disqualifying"'),
    ]


# --- s10bound: a verb in the past with its object after "and" cannot go on a promise's to-infinitive ('vowed to keep
# abortion legal and celebrated the ruling Monday'): the speaker's next act ends the content
def test_s10bound_past_verb_after_an_infinitive_content():
    text = 'Hillary Clinton has vowed to keep abortion legal and celebrated the ruling Monday.'
    got = extract_quotes(pd.DataFrame({"article_id": ["s10"], "body": [text], "language": ["en"]}))
    assert list(zip(got["speaker"], got["cue"], got["quote"], strict=True)) == [
        ("Hillary Clinton", "vowed", "to keep abortion legal"),
    ]


# --- s10pred: the speaker before a colon is the subject, not its copula phrase ('The minister was blunt: "..."') or
# the message it has ('The chairman had a simple message: "..."')
def test_s10pred_colon_speaker_before_a_copula_or_a_message_noun():
    text = 'The minister was blunt: "We will not pay."\n\nThe chairman had a simple message: "We will win."'
    got = extract_quotes(pd.DataFrame({"article_id": ["s10"], "body": [text], "language": ["en"]}))
    assert list(zip(got["speaker"], got["cue"], got["quote"], strict=True)) == [
        ("The minister", ":", "We will not pay."),
        ("The chairman", ":", "We will win."),
    ]


# --- s10pred: "According to X, TITLE NAME ... has/have ..." is a main clause, not an apposition of X: quoted
# fragments in it are one mixed quote; an apposition (", a professor at Yale,") still introduces the quotation
def test_s10pred_according_to_then_a_clause_with_a_titled_subject():
    text = ('According to their advisers, Mrs. Clinton and former President Bill Clinton have worried that slogans like '
            '"I\'m a progressive who gets results" were less compelling than the "political revolution" of Sanders.\n\n'
            'According to John Smith, a professor at Yale, "the economy is in trouble."')
    got = extract_quotes(pd.DataFrame({"article_id": ["s10"], "body": [text], "language": ["en"]}))
    assert list(zip(got["kind"], got["speaker"], got["quote"], strict=True)) == [
        ("mixed", "their advisers", 'Mrs. Clinton and former President Bill Clinton have worried that slogans like "I\'m '
                                    'a progressive who gets results" were less compelling than the "political '
                                    'revolution" of Sanders'),
        ("direct", "John Smith", "the economy is in trouble."),
    ]


# --- s10mix: reported content ends before a quotation inside it that has its own cue ('- "...," she said -'), and
# ", and he said" after a closing mark ('...," and he said') starts a new attribution
def test_s10mix_content_ends_before_a_quotation_with_its_own_cue():
    texts = ['Clinton suggested that the plan was unserious - "Again, we need to get into the details," she said - and '
             'charged that Sanders would jeopardize the law.',
             'Durbin said on Thursday he "hand-delivered a letter to the attorney general today," and he said he hoped '
             'that Lynch would announce an inquiry.']
    got = extract_quotes(pd.DataFrame({"article_id": ["a", "b"], "body": texts, "language": ["en", "en"]}))
    assert list(zip(got["kind"], got["speaker_name"], got["cue"], got["quote"], strict=True)) == [
        ("indirect", "Clinton", "suggested that", "the plan was unserious"),
        ("direct", "Clinton", "said", "Again, we need to get into the details"),
        ("indirect", "Clinton", "charged that", "Sanders would jeopardize the law"),
        ("direct", "Durbin", "said", "hand-delivered a letter to the attorney general today"),
        ("indirect", "Durbin", "said", "he hoped that Lynch would announce an inquiry"),
    ]


# --- s10mix: after a verb of doing (no cue of saying or judging), a short quotation between a determiner and the
# noun it names is a label, no words said; one lower-case quoted word there stays a judgement
def test_s10mix_quoted_label_after_a_verb_of_doing():
    texts = ['Within half an hour, Facebook had activated its "safety check" feature for people in Nice.',
             'Bannatyne attacked the government over Iraq and its "poor" response to the tsunami.']
    got = extract_quotes(pd.DataFrame({"article_id": ["a", "b"], "body": texts, "language": ["en", "en"]}))
    assert list(zip(got["article_id"], got["kind"], got["speaker"], got["quote"], strict=True)) == [
        ("b", "mixed", "Bannatyne", 'the government over Iraq and its "poor" response to the tsunami'),
    ]


# --- s10mix: a verb that may take an addressee ("warned", "told") with "that" and a clause before the quotation
# gives one mixed quote too ('warned that the Tories were planning "the biggest cuts ever"')
def test_s10mix_warned_that_clause_before_a_fragment_is_mixed():
    texts = ['Mr Brown warned that the Tories were planning "the biggest cuts ever in the history of any manifesto".',
             'Smith warned that "we will lose."']
    got = extract_quotes(pd.DataFrame({"article_id": ["a", "b"], "body": texts, "language": ["en", "en"]}))
    assert list(zip(got["kind"], got["speaker"], got["cue"], got["quote"], strict=True)) == [
        ("mixed", "Mr Brown", "warned that",
         'the Tories were planning "the biggest cuts ever in the history of any manifesto"'),
        ("direct", "Smith", "warned", "we will lose."),
    ]


# --- s10mix: a verb with its addressee and a clause before the quotation ("told the crowd the plan was") is one mixed
# quote; an adverbial after the addressee ("told CBS News on Monday") leaves the quotation direct
def test_s10mix_told_addressee_clause_without_that_is_mixed():
    texts = ['Farmer Geoff Brooks told the BBC people\'s lives "revolved around hunting".',
             'Smith told CBS News on Monday "the plan is a mistake."']
    got = extract_quotes(pd.DataFrame({"article_id": ["a", "b"], "body": texts, "language": ["en", "en"]}))
    assert list(zip(got["kind"], got["speaker"], got["cue"], got["quote"], strict=True)) == [
        ("mixed", "Farmer Geoff Brooks", "told", 'people\'s lives "revolved around hunting"'),
        ("direct", "Smith", "told", "the plan is a mistake."),
    ]


# --- s10mix: after "According to X," a phrase with a verb is a clause, not an apposition: with the quotation that
# ends it, one mixed quote ('According to Smith, the plan was "a mistake."'); an apposition stays ('..., a lawyer, "')
def test_s10mix_according_to_then_clause_before_a_fragment_is_mixed():
    texts = ['According to Smith, the plan was “a mistake.”', 'According to Smith, a lawyer, “the plan is a mistake.”']
    got = extract_quotes(pd.DataFrame({"article_id": ["a", "b"], "body": texts, "language": ["en", "en"]}))
    assert list(zip(got["kind"], got["speaker"], got["speaker_role"], got["quote"], strict=True)) == [
        ("mixed", "Smith", "", "the plan was “a mistake.”"),
        ("direct", "Smith", "a lawyer", "the plan is a mistake."),
    ]


# --- s10mix: a quotation closing a running clause before "X told Y" (an addressee, no clause of its own) is one
# mixed quote from the clause start, as before "X said"
def test_s10mix_fragment_before_told_addressee_is_mixed():
    texts = ['The plan is “a mistake,” Smith told reporters on Monday.',
             'The deal was “a disaster for workers,” he told the BBC.']
    got = extract_quotes(pd.DataFrame({"article_id": ["a", "b"], "body": texts, "language": ["en", "en"]}))
    assert list(zip(got["kind"], got["speaker"], got["cue"], got["quote"], strict=True)) == [
        ("mixed", "Smith", "told", "The plan is “a mistake”"),
        ("mixed", "he", "told", "The deal was “a disaster for workers”"),
    ]


# --- s10mix: a pronoun speaker interrupting its content ("The plan, he said, is "...""): the content before it is
# found after the pronoun's own position (not the "he" inside "the"), and "But" may open a two-word subject
def test_s10mix_pronoun_interrupting_a_mixed_quote():
    texts = ['The plan, he said, is “a mistake.”', 'But the plan, she said, is “a mistake.”']
    got = extract_quotes(pd.DataFrame({"article_id": ["a", "b"], "body": texts, "language": ["en", "en"]}))
    assert list(zip(got["kind"], got["speaker"], got["quote"], strict=True)) == [
        ("mixed", "he", "The plan … is “a mistake.”"),
        ("mixed", "she", "But the plan … is “a mistake.”"),
    ]


# --- s10mix: a one-word subject before an interrupting cue ("That, he said, was "...""; "Trump, she said, "is ...""):
# one mixed quote, when a verb goes on after the cue
def test_s10mix_one_word_subject_interrupted_by_the_cue():
    texts = ['That, he said, was “a mistake.”', 'Trump, she said, “is a bully.”', 'Smith, she said, “we lost.”']
    got = extract_quotes(pd.DataFrame({"article_id": ["a", "b", "c"], "body": texts, "language": ["en"] * 3}))
    assert list(zip(got["kind"], got["speaker"], got["quote"], strict=True)) == [
        ("mixed", "he", "That … was “a mistake.”"),
        ("mixed", "she", "Trump … is a bully."),
        ("direct", "she", "we lost."),
    ]


# --- s10prec: "X, writing on/in Y, VERB ..." is the source's apposition, no content; "writing on Twitter that ..." keeps
# its words
def test_s10prec_writing_on_a_medium_is_an_apposition():
    text = ("Patrick Howley, writing on Breitbart, shared those sentiments. Trump tried to deflect the criticism, "
            "writing on Twitter that the real issue was terrorism.")
    got = extract_quotes(pd.DataFrame({"article_id": ["s10"], "body": [text], "language": ["en"]}))
    assert list(zip(got["kind"], got["quote"], got["speaker"], got["cue"], strict=True)) == [
        ("indirect", "the real issue was terrorism", "Trump", "writing"),
    ]


# --- s10prec: "responded (adverb) by <gerund>" is a reaction by a deed unless the gerund is a verb of saying
def test_s10prec_responded_by_a_deed_is_no_quote():
    text = ("The United States responded enthusiastically by easing stiff sanctions and providing aid. A Chinese "
            "official responded by saying Japan should be careful not to interfere.")
    got = extract_quotes(pd.DataFrame({"article_id": ["s10"], "body": [text], "language": ["en"]}))
    assert list(zip(got["kind"], got["quote"], got["speaker"], strict=True)) == [
        ("indirect", "by saying Japan should be careful not to interfere", "A Chinese official"),
    ]


# --- s10prec: a cue idiom's noun may follow up to four modifiers when it ends the object ("maintained a tense
# relationship with", "claimed her seventh Grand Slam title,"); not when another noun or a clause follows it
def test_s10prec_cue_idiom_head_after_modifiers():
    text = ("Suez has maintained a tense relationship with the government. Ireland maintained their Six Nations "
            "Grand Slam ambitions with a victory. Bogdanov then claimed the European Championship race would be "
            "between himself and Dumas. Labour has always maintained Mr Brown would have a central role.")
    got = extract_quotes(pd.DataFrame({"article_id": ["s10"], "body": [text], "language": ["en"]}))
    assert list(zip(got["kind"], got["quote"], got["speaker"], strict=True)) == [
        ("indirect", "the European Championship race would be between himself and Dumas", "Bogdanov"),
        ("indirect", "Mr Brown would have a central role", "Labour"),
    ]


# --- s10prec: the addressee of an inverted "told" may be a long capitalised name ("the Financial Times New Media and
# Broadcasting Conference last week"): the content is before the cue, nothing after it
def test_s10prec_told_long_capitalised_addressee():
    text = ("It is attracting huge investment, analysts told the Financial Times New Media and Broadcasting "
            "Conference last week.")
    got = extract_quotes(pd.DataFrame({"article_id": ["s10"], "body": [text], "language": ["en"]}))
    assert list(zip(got["kind"], got["quote"], got["speaker"], strict=True)) == [
        ("indirect", "It is attracting huge investment", "analysts"),
    ]


# --- s10prec: "X agreed to <verb> ..." goes on with the cue's clause: the words before X are a fronted apposition or
# adverbial ("The world's largest retailer, Wal-Mart, has agreed to pay ..."), no content; "..., the minister agreed."
# still reports them
def test_s10prec_agreed_to_after_a_fronted_phrase_is_no_content():
    text = ("The world's largest retailer, Wal-Mart, has agreed to pay a total of 14.5m dollars to settle a lawsuit. "
            "Earlier this month, SBC Communications agreed to buy its former parent. The deal is fair, the minister "
            "agreed.")
    got = extract_quotes(pd.DataFrame({"article_id": ["s10"], "body": [text], "language": ["en"]}))
    assert list(zip(got["kind"], got["quote"], got["speaker"], strict=True)) == [
        ("indirect", "The deal is fair", "the minister"),
    ]


# --- s10prec: "warning" before a noun it modifies ("suppress warning messages", "a warning sign that ...") and "claimed
# its first victim" report nothing (lexicon cue_idioms)
def test_s10prec_warning_as_a_modifier_is_no_cue():
    text = ("The program tries to suppress warning messages given to users. The decline of the dollar is a warning "
            "sign that current trends cannot continue. The campaign claimed its first victim.")
    got = extract_quotes(pd.DataFrame({"article_id": ["s10"], "body": [text], "language": ["en"]}))
    assert got.empty


# --- s10prec: "ahead of", "amid" and "following" open an adverbial, no content ('told reporters ahead of the
# anniversary'); "told reporters following the meeting that ..." keeps its clause
def test_s10prec_ahead_of_amid_following_open_an_adverbial():
    text = ("The firm issued a profit warning following disappointing sales. Mr Smith told reporters ahead of the "
            "anniversary. He told reporters following the meeting that the talks had failed.")
    got = extract_quotes(pd.DataFrame({"article_id": ["s10"], "body": [text], "language": ["en"]}))
    assert list(zip(got["kind"], got["quote"], got["speaker"], strict=True)) == [
        ("indirect", "the talks had failed", "He"),
    ]


# --- s10prec: a title is read after a noun of a work (lexicon title_nouns), not after a message a person sends ('he
# wrote in a tweet, "Sad!"' quotes him)
def test_s10prec_no_title_after_a_message_noun():
    text = "Trump wrote in a tweet, \"Sad!\" Mr. Rubio said in his 2012 book, ''An American Son.''"
    got = extract_quotes(pd.DataFrame({"article_id": ["s10"], "body": [text], "language": ["en"]}))
    assert list(zip(got["kind"], got["quote"], got["speaker"], strict=True)) == [("direct", "Sad!", "Trump")]


# --- s10prec: a cue word in a fronted phrase ("As of the last fundraising report,", "Responding to the pre-Budget
# report,") names no source of the clause after its comma; "After the vote, Smith said ..." is unchanged
def test_s10prec_cue_word_in_a_fronted_phrase_is_no_source():
    text = ("As of the last fundraising report, Deacon had raised 293,565 dollars. Responding to the pre-Budget report, "
            "Mr Cable also attacked Labour's unfair taxes. After the vote, Smith said the party had won.")
    got = extract_quotes(pd.DataFrame({"article_id": ["s10"], "body": [text], "language": ["en"]}))
    assert list(zip(got["kind"], got["quote"], got["speaker"], strict=True)) == [
        ("indirect", "the party had won", "Smith"),
    ]


# --- s10spk: a quotation opened inside a sentence whose subject is a person, with its "he"/"she" cue after it, is that
# person's ("President Obama released a statement condemning '...'. He said ..."), not the last person quoted
def test_s10spk_pronoun_after_a_quotation_goes_to_the_subject_before_it():
    text = ('"It was a bad day," said Mark Mellman, a pollster. On the campaign trail, Mrs. Clinton regularly pledges to '
            '"make sure our economy works for everyone," as she put it on Wednesday.\n\n'
            'Witnesses said bodies were strewn over the road. In Washington, President Obama released a statement '
            'condemning "what appears to be a horrific terrorist attack." He said he had directed his team to help.')
    got = extract_quotes(pd.DataFrame({"article_id": ["s10"], "body": [text], "language": ["en"]}))
    assert list(zip(got["speaker"], got["speaker_name"], got["quote"], strict=True)) == [
        ("Mark Mellman", "Mark Mellman", "It was a bad day"),
        ("she", "Clinton", "make sure our economy works for everyone"),
        ("Witnesses", "Witnesses", "bodies were strewn over the road"),
        ("He", "Obama", "what appears to be a horrific terrorist attack."),
        ("He", "Obama", "he had directed his team to help"),
    ]


# --- s10spk: "he"/"she" with no person quoted before goes to the one person of that gender named in the 400
# characters before it ("Home Office minister Hazel Blears defended the move. She denied ..."), never to a place
# ("Sri Lanka") nor to a man's given name for "she" ("Chancellor Gordon Brown")
def test_s10spk_pronoun_to_the_only_person_named_before():
    texts = ['The Home Office has published its plans. But Home Office minister Hazel Blears defended the move. '
             '"The powers are things that they need," she said.',
             'The money comes from the Treasury, announced by Chancellor Gordon Brown. She said she was "confident '
             'that councils will set fair taxes."',
             'Relief work is slow in Sri Lanka. "Most banks will not collect interest," he said.',
             '"Lovely," Lord Smith said. Jackie Stallone had been in the house for a week. But Stallone had patched '
             'things up with the actress Brigitte Nielsen. "That alone was worth $1m," she said.']
    got = extract_quotes(pd.DataFrame({"article_id": ["a", "b", "c", "d"], "body": texts, "language": ["en"] * 4}))
    assert list(zip(got["article_id"], got["speaker"], got["speaker_name"], strict=True)) == [
        ("a", "she", "Hazel Blears"),
        ("b", "She", ""),
        ("c", "he", ""),
        ("d", "Lord Smith", "Smith"),
        ("d", "she", "Jackie Stallone"),  # (s25enspk: "But Stallone had patched things up ...": the subject of the
        # sentence before, after "But" as without it; was "" for two women named before it)
    ]


# --- s10spk: a proper name apposed to a description speaker is who speaks, the description its role ("Ian Pearson,
# BT's futurologist, told", "Wipro, India's third-biggest software firm, has reported")
def test_s10spk_name_apposed_to_a_description_is_the_speaker():
    text = ('Ian Pearson, BT\'s futurologist, told the BBC News website that the closure was a "real shame". '
            'Wipro, India\'s third-biggest software firm, has reported a 60% rise in profit.')
    got = extract_quotes(pd.DataFrame({"article_id": ["s10"], "body": [text], "language": ["en"]}))
    assert list(zip(got["speaker"], got["speaker_name"], got["speaker_role"], strict=True)) == [
        ("BT's futurologist", "Ian Pearson", "BT's futurologist"),
        ("India's third-biggest software firm", "Wipro", "India's third-biggest software firm"),
    ]


# --- s10spk: "the prime minister" is not "Deputy Prime Minister John Prescott", "the president" not "Vice President
# Joseph R. Biden Jr.": a role held with "deputy", "vice", "former", "shadow" ... is another office
def test_s10spk_deputy_office_is_another_office():
    text = ('Deputy Prime Minister John Prescott said the plan was sound. "We will win," he added.\n\n'
            'But the prime minister said he had discussed the claims with the chancellor.')
    got = extract_quotes(pd.DataFrame({"article_id": ["s10"], "body": [text], "language": ["en"]}))
    assert list(zip(got["speaker"], got["speaker_name"], strict=True)) == [
        ("Deputy Prime Minister John Prescott", "John Prescott"),
        ("he", "John Prescott"),
        ("the prime minister", "prime minister"),
    ]


# --- s10spk: "it"/"its" is never a person: after "BA chairman Martin Broughton said" an "It also reported" is left
# unresolved rather than given to him
def test_s10spk_it_is_never_a_person():
    text = ('BA warned that yields would fall. "The outlook is better," BA chairman Martin Broughton said. It also '
            'reported that passenger numbers rose.')
    got = extract_quotes(pd.DataFrame({"article_id": ["s10"], "body": [text], "language": ["en"]}))
    assert list(zip(got["speaker"], got["speaker_name"], strict=True)) == [
        ("BA", "BA"),
        ("BA chairman Martin Broughton", "Martin Broughton"),
        ("It", ""),
    ]


# --- s10spk: a full stop after a short capitalised word that is no abbreviation ends a sentence: "Project Rub. Nintendo"
# is no name of Nintendo's ("Dr. Rowan Williams" keeps its title)
def test_s10spk_run_across_a_sentence_end_is_no_full_name():
    text = ('The console was code-named Project Rub. Nintendo said 15 games would be ready at launch.')
    got = extract_quotes(pd.DataFrame({"article_id": ["s10"], "body": [text], "language": ["en"]}))
    assert list(zip(got["speaker"], got["speaker_name"], strict=True)) == [("Nintendo", "Nintendo")]


# --- s10subj: a coordinated cue inside a subordinate clause has the clause's pronoun subject, and the clause between
# commas ends the content ("Clinton, though she praised Garland and said ..., notably stopped ...")
def test_s10subj_coordinated_cue_in_a_subordinate_clause():
    text = ('Clinton, though she praised Garland and said Republicans should give him a hearing, notably stopped '
            'short of committing to renominate him.')
    got = extract_quotes(pd.DataFrame({"article_id": ["s10"], "body": [text], "language": ["en"]}))
    assert list(zip(got["kind"], got["speaker"], got["cue"], got["quote"], strict=True)) == [
        ("indirect", "she", "said", "Republicans should give him a hearing"),
    ]


# --- s10subj: a time phrase after the subject's apposition ("Priebus, the GOP chairman, this past week announced")
def test_s10subj_time_phrase_after_the_apposition():
    text = 'Reince Priebus, the GOP chairman, this past week announced the creation of a website to explain the process.'
    got = extract_quotes(pd.DataFrame({"article_id": ["s10"], "body": [text], "language": ["en"]}))
    assert list(zip(got["kind"], got["speaker"], got["speaker_role"], got["quote"], strict=True)) == [
        ("indirect", "Reince Priebus", "the GOP chairman", "the creation of a website to explain the process"),
    ]


# --- s10subj: after an inverted cue, a role's prepositional phrase runs to the comma before a name in apposition
# ("..., said a former spokesman for the ministry, Oleg Voloshyn.")
def test_s10subj_inverted_role_with_pp_then_name():
    text = 'The plan will fail, said a former spokesman for the ministry, Oleg Voloshyn.'
    got = extract_quotes(pd.DataFrame({"article_id": ["s10"], "body": [text], "language": ["en"]}))
    assert list(zip(got["kind"], got["speaker"], got["speaker_role"], got["quote"], strict=True)) == [
        ("indirect", "Oleg Voloshyn", "a former spokesman for the ministry", "The plan will fail"),
    ]


# --- s10pred: "bragged" is a weak cue like "boasted" (before "that" or after a quotation)
def test_s10pred_bragged():
    text = 'Trump bragged that his crowds were the biggest ever seen in the state. "We had 20,000 people," he bragged.'
    got = extract_quotes(pd.DataFrame({"article_id": ["s10"], "body": [text], "language": ["en"]}))
    assert list(zip(got["kind"], got["speaker"], got["cue"], got["quote"], strict=True)) == [
        ("indirect", "Trump", "bragged that", "his crowds were the biggest ever seen in the state"),
        ("direct", "he", "bragged", "We had 20,000 people"),
    ]


# --- s10prec: a hyphenated modifier before a cue idiom's noun ("claimed its most high-profile victim")
def test_s10prec_cue_idiom_after_a_hyphenated_modifier():
    text = "In December, the legal action claimed its most high-profile victim. He claimed the talks were rigged."
    got = extract_quotes(pd.DataFrame({"article_id": ["s10"], "body": [text], "language": ["en"]}))
    assert list(zip(got["kind"], got["quote"], got["speaker"], strict=True)) == [
        ("indirect", "the talks were rigged", "He"),
    ]


# --- s10subj: two names in apposition to a plural role before the cue ("The Democratic candidates, Hillary Clinton
# and Senator Bernie Sanders, have promised")
def test_s10subj_two_names_in_apposition_to_a_plural_role():
    text = ("The Democratic candidates, Hillary Clinton and Senator Bernie Sanders, have promised to build on "
            "Mr. Obama's legacy.")
    got = extract_quotes(pd.DataFrame({"article_id": ["s10"], "body": [text], "language": ["en"]}))
    assert list(zip(got["kind"], got["speaker"], got["speaker_role"], got["quote"], strict=True)) == [
        ("indirect", "Hillary Clinton and Senator Bernie Sanders", "The Democratic candidates",
         "to build on Mr. Obama's legacy"),
    ]


# --- s10subj: "even as" opens the cue's clause inside a subject phrase ("..., even as some party figures concluded")
def test_s10subj_even_as_clause_subject():
    text = ('The Republican Party was in a state of pandemonium Wednesday, even as some party figures concluded it '
            'was now too late to stop the billionaire mogul.')
    got = extract_quotes(pd.DataFrame({"article_id": ["s10"], "body": [text], "language": ["en"]}))
    assert list(zip(got["kind"], got["speaker"], got["cue"], got["quote"], strict=True)) == [
        ("indirect", "some party figures", "concluded", "it was now too late to stop the billionaire mogul"),
    ]


# --- s10subj: after an inverted role, a name in apposition may open with role words ("..., said the chairman of the
# committee, Labour MP Barry Sheerman.")
def test_s10subj_inverted_role_then_titled_name():
    text = ('"It will be a tragedy if the government comes through with a half-hearted response," said the chairman of '
            'the Commons education select committee, Labour MP Barry Sheerman.')
    got = extract_quotes(pd.DataFrame({"article_id": ["s10"], "body": [text], "language": ["en"]}))
    assert list(zip(got["kind"], got["speaker"], got["speaker_role"], strict=True)) == [
        ("direct", "Barry Sheerman", "the chairman of the Commons education select committee"),
    ]


# --- s10mix: the sentence and quotation rules read the New York Times' double mark ('') like "
def test_s10mix_two_apostrophe_marks_in_sentence_rules():
    texts = ["Smith said the plan was ''a disaster. It will fail'' for workers.",
             "McCain and Romney ''were stiff. They weren't fun'' in comparison to Obama, Gingrich said."]
    got = extract_quotes(pd.DataFrame({"article_id": ["a", "b"], "body": texts, "language": ["en", "en"]}))
    assert list(zip(got["kind"], got["speaker"], got["quote"], strict=True)) == [
        ("mixed", "Smith", "the plan was ''a disaster. It will fail'' for workers"),
        ("mixed", "Gingrich", "McCain and Romney ''were stiff. They weren't fun'' in comparison to Obama"),
    ]


# --- s10mix: English text that writes its double quotation mark as two apostrophes ('' ... '', the New York Times)
# is read as if it used ", every rule alike; the rows keep the article's own marks and offsets
def test_s10mix_two_apostrophe_marks_read_as_double_marks():
    text = "President Obama expressed frustration in an interview that the allies were acting too often as ''free riders.''"
    got = extract_quotes(pd.DataFrame({"article_id": ["a"], "body": [text], "language": ["en"]}))
    assert list(zip(got["kind"], got["speaker"], got["cue"], got["quote"], strict=True)) == [
        ("mixed", "President Obama", "expressed frustration",
         "the allies were acting too often as ''free riders"),  # (s10pred's 'expressed frustration that')
    ]
    assert text[got["start"][0]:got["end"][0]] == got["quote"][0]


# --- s10mix: an invisible format character (a left-to-right embedding mark pasted from social media) before a
# quotation mark reads as the space it stands for: '\u202a”This ...,” said X' opens with the mark
def test_s10mix_format_character_before_an_opening_mark():
    text = "\u202a\u201dThis is why ISIS has to be destroyed. They are evil,\u201d said John Krystek."
    got = extract_quotes(pd.DataFrame({"article_id": ["a"], "body": [text], "language": ["en"]}))
    assert list(zip(got["kind"], got["speaker"], got["quote"], strict=True)) == [
        ("direct", "John Krystek", "This is why ISIS has to be destroyed. They are evil"),
    ]


# --- s10mix: a quotation a colon introduces may close with a comma before the writer's "but" clause ('Clinton said:
# "...," but in fact ...'): the cue still attributes it
def test_s10mix_colon_quotation_closed_by_a_comma_before_but():
    text = ('Additionally, Clinton said: "I have acknowledged repeatedly that using two email accounts was a mistake," '
            'but in fact Clinton used only one email account.')
    got = extract_quotes(pd.DataFrame({"article_id": ["a"], "body": [text], "language": ["en"]}))
    assert list(zip(got["kind"], got["speaker"], got["cue"], got["quote"], strict=True)) == [
        ("direct", "Clinton", "said", "I have acknowledged repeatedly that using two email accounts was a mistake"),
    ]


# --- s10spk: a surname in "-s" after a given name is one person's ("Jeremy Irons"), so a description after his quote
# is his ("the British actor said")
def test_s10spk_surname_in_s_after_a_given_name_is_a_person():
    text = ('Irons had wondered about coming. "I am glad to be here," said Jeremy Irons. "I questioned whether I '
            'should come," the British actor said.')
    got = extract_quotes(pd.DataFrame({"article_id": ["s10"], "body": [text], "language": ["en"]}))
    assert list(zip(got["speaker"], got["speaker_name"], strict=True)) == [
        ("Jeremy Irons", "Jeremy Irons"),
        ("the British actor", "Jeremy Irons"),
    ]


# --- s10mix: a verb of blame or praise right after a quotation and its speaker, closing the quotation's sentence
# ('"...," he mocks.', '"Quiet," he demanded, as ...'), attributes it; before a fragment it still frames only that
def test_s10mix_mixed_cue_closing_a_quotation_attributes_it():
    texts = ['“The marketplace has not failed the white working class,” he mocks.',
             '"Quiet," Trump demanded, as Bush continued to interject.', 'He hailed it as "a triumph."']
    got = extract_quotes(pd.DataFrame({"article_id": ["a", "b", "c"], "body": texts, "language": ["en"] * 3}))
    assert list(zip(got["kind"], got["speaker"], got["cue"], got["quote"], strict=True)) == [
        ("direct", "he", "mocks", "The marketplace has not failed the white working class"),
        ("direct", "Trump", "demanded", "Quiet"),
        ("mixed", "He", "hailed", 'it as "a triumph."'),
    ]


# --- s10mix: a sentence-opening cue with its speaker after it ('Said one aide, "..."', 'Said Mr Bysshe: "..."')
def test_s10mix_sentence_opening_cue_then_speaker():
    texts = ['Said Dorothy Poynter, who grew up with Ali in the neighborhood, “We were all so proud of him.”',
             'Said Wales assistant coach Scott Johnson: "We are positive about Hal."']
    got = extract_quotes(pd.DataFrame({"article_id": ["a", "b"], "body": texts, "language": ["en", "en"]}))
    assert list(zip(got["kind"], got["speaker"], got["speaker_name"], got["cue"], got["quote"], strict=True)) == [
        ("direct", "Dorothy Poynter", "Dorothy Poynter", "Said", "We were all so proud of him."),
        ("direct", "Wales assistant coach Scott Johnson", "Scott Johnson", "Said", "We are positive about Hal."),
    ]


# --- s10mix: "and" with a participle before another quoted item is a modifier in the fragment's phrase ('the
# state's anti-union and misnamed "right to work" law'), not the speaker's next act ('and asserted that ...')
def test_s10mix_participle_modifier_before_a_quoted_item():
    text = 'As governor, Kaine declared that "I strongly support" the state\'s anti-union and misnamed "right to work" law.'
    got = extract_quotes(pd.DataFrame({"article_id": ["a"], "body": [text], "language": ["en"]}))
    assert list(zip(got["kind"], got["speaker"], got["quote"], strict=True)) == [
        ("mixed", "Kaine", '"I strongly support" the state\'s anti-union and misnamed "right to work" law'),
    ]


# --- s10mix: a base form after "and" goes on with an infinitive in the content ('calling on X to "stop ..." and call
# on Y to resign'); a past-tense cue after "and" still starts the speaker's next report
def test_s10mix_base_form_after_and_continues_the_infinitive():
    texts = ['The BLM group is calling on Hillary Clinton to “stop pimping black votes” and call on Rahm Emanuel to '
             'resign as mayor.', 'Smith urged voters to reject the plan and said it would fail.']
    got = extract_quotes(pd.DataFrame({"article_id": ["a", "b"], "body": texts, "language": ["en", "en"]}))
    assert list(zip(got["kind"], got["cue"], got["quote"], strict=True)) == [
        ("mixed", "calling on", "Hillary Clinton to “stop pimping black votes” and call on Rahm Emanuel to resign as "
                                "mayor"),
        ("indirect", "urged", "voters to reject the plan"),
        ("indirect", "said", "it would fail"),
    ]


# --- s10mix: reported content ends before the next predicate of a series ('suggested A, called B and boycotted C')
def test_s10mix_content_ends_before_a_series_of_predicates():
    text = ('He later suggested her menstrual cycle was behind her aggressive tone, called her “third-rate” and '
            'boycotted one of the debates.')
    got = extract_quotes(pd.DataFrame({"article_id": ["a"], "body": [text], "language": ["en"]}))
    assert list(zip(got["kind"], got["cue"], got["quote"], strict=True)) == [
        ("indirect", "suggested", "her menstrual cycle was behind her aggressive tone"),
        ("mixed", "called", "her “third-rate”"),  # (s13mix: the series' middle predicate reports its own fragment)
    ]


# --- s11ind: a one-word answer ("said yes/no/so") is the whole content; the adverbial or comparison after it
# is the narrator's ('said so in December', 'said yes, compared with 35 percent who ...')
def test_s11ind_answer_word_content():
    text = ("Asked whether the economy was improving, 41 percent of voters said yes, compared with 35 percent who "
            "said it was getting worse. Half of the Republicans in the survey said so in December. "
            "The governor said no one knew the cost.")
    got = extract_quotes(pd.DataFrame({"article_id": ["s11"], "body": [text], "language": ["en"]}))
    assert list(zip(got["kind"], got["speaker"], got["cue"], got["quote"], strict=True)) == [
        ("indirect", "", "Asked", "whether the economy was improving"),
        ("indirect", "41 percent of voters", "said", "yes"),
        ("indirect", "35 percent", "said", "it was getting worse"),  # (s13subj: the next report is read too)
        ("indirect", "Half of the Republicans in the survey", "said", "so"),
        ("indirect", "The governor", "said", "no one knew the cost"),
    ]


# --- s11ind: "on (the) condition of anonymity" inside an indirect content is the narrator's, it ends the content
def test_s11ind_anonymity_condition_ends_the_content():
    text = ("A person familiar with the planning confirmed the meeting on the condition of anonymity because he was "
            "not authorized to discuss it. An official said the talks had stalled, speaking on condition of "
            "anonymity to discuss private negotiations.")
    got = extract_quotes(pd.DataFrame({"article_id": ["s11"], "body": [text], "language": ["en"]}))
    assert list(zip(got["kind"], got["speaker"], got["cue"], got["quote"], strict=True)) == [
        ("indirect", "A person familiar with the planning", "confirmed", "the meeting"),
        ("indirect", "An official", "said", "the talks had stalled"),
    ]


# --- s11ind: a participle of saying after "by" reports the main clause subject's words ("X responded to critics
# by insisting that ..."); an object without a clause ("ended by saying goodbye") is no content
def test_s11ind_by_participle_reports_the_subject():
    text = ("Sanders has soared in the polls by saying that the system is rigged in favor of the rich. "
            "The opposition will reject that by claiming they can keep the economy sound. He ended by saying goodbye.")
    got = extract_quotes(pd.DataFrame({"article_id": ["s11"], "body": [text], "language": ["en"]}))
    assert list(zip(got["kind"], got["speaker"], got["cue"], got["quote"], strict=True)) == [
        ("indirect", "Sanders", "saying that", "the system is rigged in favor of the rich"),
        ("indirect", "The opposition", "claiming", "they can keep the economy sound"),
    ]


# --- s11ind: a call or standing up, then a purpose infinitive of saying: the caller's words ("called friends to
# say ..."); not "called on X to say" (X is to speak)
def test_s11ind_call_then_purpose_infinitive_of_saying():
    text = ("Others called friends on their cellphones to say they had run into Sanders. Tom Emanuel stood at a Bush "
            "event here to say he was leaning toward Mr. Trump. He called on Congress to say no to the bill.")
    got = extract_quotes(pd.DataFrame({"article_id": ["s11"], "body": [text], "language": ["en"]}))
    assert list(zip(got["kind"], got["speaker"], got["cue"], got["quote"], strict=True)) == [
        ("indirect", "Others", "say", "they had run into Sanders"),
        ("indirect", "Tom Emanuel", "say", "he was leaning toward Mr. Trump"),
        # (s20en: "called on X to ..." is a request, read like "urged X to ..."; still no "say" quote of its own)
        ("indirect", "He", "called on", "Congress to say no to the bill"),
    ]


# --- s11ind: ", as has/did X" after an indirect content is the narrator's comparison with another actor
def test_s11ind_as_has_comparison_ends_the_content():
    text = ("Two Republicans have said they will not back Mr. Trump, as has Carlos Gimenez, the mayor of Miami. "
            "She said the plan would work as it has in the past.")
    got = extract_quotes(pd.DataFrame({"article_id": ["s11"], "body": [text], "language": ["en"]}))
    assert list(zip(got["kind"], got["speaker"], got["cue"], got["quote"], strict=True)) == [
        ("indirect", "Two Republicans", "said", "they will not back Mr. Trump"),
        ("indirect", "She", "said", "the plan would work as it has in the past"),
    ]


# --- s11ind: a fronted participle of saying after a subordinator ("After saying that ..., he ...", "Despite saying
# ..., Biden ..."): the main clause's subject said it; "After saying goodbye" holds no clause
def test_s11ind_subordinator_before_fronted_participle():
    text = ("Despite saying he would not run, Biden entered the race in April. After saying goodbye, he left. "
            "While saying he admired Mr Blair's leadership, he criticised the Conservatives.")
    got = extract_quotes(pd.DataFrame({"article_id": ["s11"], "body": [text], "language": ["en"]}))
    assert list(zip(got["kind"], got["speaker"], got["cue"], got["quote"], strict=True)) == [
        ("indirect", "Biden", "saying", "he would not run"),
        ("indirect", "he", "saying", "he admired Mr Blair's leadership"),
    ]


# --- s11fix: relative pronouns are per language: "yang" is an English surname ("Mr Yang said"), not "who"
def test_s11fix_english_speaker_named_yang():
    text = '"The plan will work," Mr Yang said. The city will vote on it next week, Yang added.'
    got = extract_quotes(pd.DataFrame({"article_id": ["s11"], "body": [text], "language": ["en"]}))
    assert list(zip(got["kind"], got["quote"], got["speaker"], got["speaker_name"], strict=True)) == [
        ("direct", "The plan will work", "Mr Yang", "Yang"),
        ("indirect", "The city will vote on it next week", "Yang", "Yang"),
    ]


# --- s11fix: "no." ends a sentence unless a number follows ("said no. But ..."; "No. 10 Downing Street")
def test_s11fix_said_no_ends_the_sentence():
    text = ("Officials said no. But the council went ahead anyway, the report said. "
            '"We will not move," the prime minister said at No. 10 Downing Street.')
    got = extract_quotes(pd.DataFrame({"article_id": ["s11"], "body": [text], "language": ["en"]}))
    assert list(zip(got["kind"], got["quote"], got["speaker"], strict=True)) == [
        ("indirect", "no", "Officials"),  # (s13subj: the bare answer is the content)
        ("indirect", "But the council went ahead anyway", "the report"),
        ("direct", "We will not move", "the prime minister"),
    ]


# --- s11fix: a participial aside after the sentence's subject ("The mayor, noting the cost, said ...") after a
# quotation: the subject speaks (not the quotation's speaker), and the main cue's content is its own
def test_s11fix_subject_with_participial_aside_after_a_quotation():
    text = ('Smith said: "We cannot afford it." The mayor, noting the cost, said the scheme would be delayed. '
            'Jones, a councillor, noting that the cost had doubled, said the vote would go ahead.')
    got = extract_quotes(pd.DataFrame({"article_id": ["s11"], "body": [text], "language": ["en"]}))
    assert list(zip(got["kind"], got["quote"], got["speaker"], got["cue"], strict=True)) == [
        ("direct", "We cannot afford it.", "Smith", "said"),
        ("indirect", "the scheme would be delayed", "The mayor", "said"),
        ("indirect", "the cost had doubled", "Jones", "noting that"),
        ("indirect", "the vote would go ahead", "Jones", "said"),
    ]


# --- s11fix: speaker names on BBC text: a capitalised run starting inside "UK." ("UK. Cadbury" is no "K.
# Cadbury"); a surname inside a publication's name ("Rolling Stone magazine"); "The Scottish Executive" is a body
def test_s11fix_speaker_names_not_from_acronym_tail_publication_or_person():
    text = ("The firm makes most of its sales outside the UK. Cadbury said it was confident. "
            "Director Oliver Stone has failed, wrote one reviewer in Rolling Stone magazine. "
            "At a festival, Stone said the film might do better in Europe. "
            "The SNP's Nicola Sturgeon has demanded to know who was responsible. "
            "The Scottish Executive said ministers would be notified.")
    got = extract_quotes(pd.DataFrame({"article_id": ["s11"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["speaker"], got["speaker_name"], strict=True)) == [
        ("it was confident", "Cadbury", "Cadbury"),
        ("the film might do better in Europe", "Stone", "Oliver Stone"),
        ("to know who was responsible", "The SNP's Nicola Sturgeon", "Nicola Sturgeon"),
        ("ministers would be notified", "The Scottish Executive", "Scottish Executive"),
    ]


# --- s11fix: "it" never resolves to a person given a person's role ("an economist with ...") or called "he"/"she";
# a spokesperson speaks for a body, which "it" may mean ("Treasury spokesperson")
def test_s11fix_it_is_no_person_with_a_person_role():
    text = ("Christian Jasperneite, an economist with MM Warburg, said the figures were grim. "
            "It added that reforms did not go far enough.")
    got = extract_quotes(pd.DataFrame({"article_id": ["s11"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["speaker"], got["speaker_name"], strict=True)) == [
        ("the figures were grim", "Christian Jasperneite", "Christian Jasperneite"),
        ("reforms did not go far enough", "It", ""),
    ]


# --- s11fix: "they" is no one person: not a person written after an honorific nor a singular role ("finance
# minister"); a collective noun may be meant ("police")
def test_s11fix_they_is_no_single_person_or_singular_role():
    text = ("A finance minister said the budget was tight. They said services would struggle. "
            "Lord Haskins said the plan was sound. They said they would not be swayed. "
            "Labour MPs said taxes were too high. They said lower taxes were needed.")
    got = extract_quotes(pd.DataFrame({"article_id": ["s11"], "body": [text], "language": ["en"]}))
    assert list(zip(got["speaker"], got["speaker_name"], strict=True)) == [
        ("A finance minister", "finance minister"), ("They", ""),
        ("Lord Haskins", "Haskins"), ("They", ""),
        ("Labour MPs", "Labour MPs"), ("They", "Labour MPs"),
    ]


# --- s11fix: a group of people "in" a place is named by the group, not the place ("traders in Asia")
def test_s11fix_group_in_a_place_is_not_the_place():
    text = ("Both banks had withdrawn their bids, said currency traders in Asia. "
            "A statement from Chelsea said the club had a zero tolerance policy.")
    got = extract_quotes(pd.DataFrame({"article_id": ["s11"], "body": [text], "language": ["en"]}))
    assert list(zip(got["speaker"], got["speaker_name"], got["speaker_role"], strict=True)) == [
        ("currency traders in Asia", "currency traders", "currency traders in Asia"),
        ("A statement from Chelsea", "Chelsea", "statement"),  # (s22ntxen: the role without its cut "A ... from")
    ]


# --- s11fix: an organisation's name is kept whole, with no title, acronym or "of" phrase cut off it ("PC Pro
# Magazine" is no "Pro Magazine" with the role "PC"); a person "of" a body keeps the person's name
def test_s11fix_organisation_name_kept_whole():
    text = ("Many Britons are unhappy with their internet service, PC Pro Magazine said. "
            "The Confederation of British Industry said there should be a pause year. "
            "Dr Jeremy Philpott of the UK Patent Office said some patents were dubious.")
    got = extract_quotes(pd.DataFrame({"article_id": ["s11"], "body": [text], "language": ["en"]}))
    assert list(zip(got["speaker"], got["speaker_name"], strict=True)) == [
        ("PC Pro Magazine", "PC Pro Magazine"),
        ("The Confederation of British Industry", "Confederation of British Industry"),
        ("Dr Jeremy Philpott of the UK Patent Office", "Jeremy Philpott"),
    ]


# --- s11fix: a plural role ("Analysts said", "Her lawyers said") is several people, never the one person given
# that role earlier; a singular one still is ("The analyst said")
def test_s11fix_plural_role_is_not_one_person():
    text = ("John Westwood, an analyst at Douglas-Westwood, said oil would rise. "
            "Analysts said the firm could not survive. The analyst said prices would fall.")
    got = extract_quotes(pd.DataFrame({"article_id": ["s11"], "body": [text], "language": ["en"]}))
    assert list(zip(got["speaker"], got["speaker_name"], strict=True)) == [
        ("John Westwood", "John Westwood"), ("Analysts", "Analysts"), ("The analyst", "John Westwood"),
    ]


# --- s11fix: "the Tory leader" is not someone whose role only mentions the Tory leader ("a friend of the Tory
# leader"): the role's own head must be the description's head
def test_s11fix_role_of_phrase_is_not_the_role():
    text = ("Tory leader Michael Howard has gone on the offensive. Ms Anne Robinson, a friend of the Tory leader, "
            "said he was much loved. The Tory leader said such criticisms were rubbish.")
    got = extract_quotes(pd.DataFrame({"article_id": ["s11"], "body": [text], "language": ["en"]}))
    assert list(zip(got["speaker"], got["speaker_name"], strict=True)) == [
        ("Ms Anne Robinson", "Anne Robinson"), ("The Tory leader", "Michael Howard"),
    ]


# --- s11fix: "it" never resolves to a plural ("two firms", "Russian newspapers"): left unresolved
def test_s11fix_it_is_no_plural():
    text = ("Russian newspapers said the company owes billions. "
            "It said it would appeal.")
    got = extract_quotes(pd.DataFrame({"article_id": ["s11"], "body": [text], "language": ["en"]}))
    assert list(zip(got["speaker"], got["speaker_name"], strict=True)) == [
        ("Russian newspapers", "Russian newspapers"), ("It", ""),
    ]


# --- merge guard: two branches once defined the same module-level name for different patterns, and the later
# definition silently replaced the earlier one (a rule lost its regex); every top-level name is bound once
def test_quotes_module_binds_each_top_level_name_once():
    import ast
    import collections

    import helpers.quotes as quotes_module

    tree = ast.parse(Path(quotes_module.__file__).read_text(encoding="utf-8"))
    names = []
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names.append(node.name)
        elif isinstance(node, ast.Assign):
            names.extend(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.append(node.target.id)
    twice = sorted(n for n, c in collections.Counter(names).items() if c > 1 and n != "__all__")
    assert twice == []


# --- s12bound: ", but there is/are ..." after indirect content is the writer's new clause (expletive subject)
def test_s12bound_but_there_ends_content():
    text = "The carmaker said the plant would reopen next month, but there are doubts about its finances."
    got = extract_quotes(pd.DataFrame({"article_id": ["s12"], "body": [text], "language": ["en"]}))
    assert got[["kind", "quote", "speaker"]].values.tolist() == [
        ["indirect", "the plant would reopen next month", "The carmaker"],
    ]


# --- s12bound: ", putting/placing/leaving him ..." after reported content is the writer's result clause
def test_s12bound_result_participle_ends_content():
    text = "Forty percent of voters said they would back the senator, putting him ahead of every other candidate in the race."
    got = extract_quotes(pd.DataFrame({"article_id": ["s12"], "body": [text], "language": ["en"]}))
    assert got[["kind", "quote", "speaker"]].values.tolist() == [
        ["indirect", "they would back the senator", "Forty percent of voters"],
    ]


# --- s12mix: verbs of judging and naming before a quoted fragment after "and" / a comma ("deemed", "pronounced",
# "identified ... as") are mixed cues
def test_s12mix_judging_verbs_after_and_are_mixed_cues():
    text = ("The bar association completed its review and deemed him \"well qualified.\" "
            "He voiced a wish for peace, and he pronounced Pena Nieto \"a friend.\" "
            "First, Trump identified the judge as \"Spanish.\"")
    got = extract_quotes(pd.DataFrame({"article_id": ["s12"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], strict=True)) == [
        ('him "well qualified."', "mixed", "The bar association"),
        ('Pena Nieto "a friend."', "mixed", "he"),
        ('the judge as "Spanish."', "mixed", "Trump"),
    ]


# --- s12mix: a naming verb ("called", "labeled", "dubbed", "branded") takes no that-clause: "that" after it is the
# object's determiner and stays in the content
def test_s12mix_that_after_a_naming_verb_is_part_of_the_object():
    text = ("The minister called that vision \"a necessary one.\" "
            "They labeled that plan \"dead on arrival.\"")
    got = extract_quotes(pd.DataFrame({"article_id": ["s12"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["cue"], strict=True)) == [
        ('that vision "a necessary one."', "mixed", "The minister", "called"),
        ('that plan "dead on arrival."', "mixed", "They", "labeled"),
    ]


# --- s12mix: "and" with a named subject and its participle after a quoted fragment opens an absolute clause of its
# own ('calling her "..." and AFT President Randi Weingarten hugging her'): the fragment's content ends before it
def test_s12mix_and_named_subject_participle_ends_the_fragment():
    text = ("The union endorsed Clinton on Saturday, calling her \"the champion working families need\" and "
            "powerful AFT President Randi Weingarten hugging her on stage.")
    got = extract_quotes(pd.DataFrame({"article_id": ["s12"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["cue"], strict=True)) == [
        ("the champion working families need", "direct", "The union", "calling"),
    ]


# --- s12pred: "only" and "can" between the speaker and the cue ("A spokesman would only say that ...", "The agency
# can only say: ...") are no part of the speaker, and the mixed quote after them is read
def test_s12pred_would_only_say():
    text = ('A spokeswoman for the ministry would only say that the report was "being studied." '
            'The agency can only say: "We are aware of the incident."')
    got = extract_quotes(pd.DataFrame({"article_id": ["s12"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["cue"], strict=True)) == [
        ('the report was "being studied."', "mixed", "A spokeswoman for the ministry", "say that"),
        ("We are aware of the incident.", "direct", "The agency", "say"),
    ]


# --- s12pred: a one-word mixed cue, a prepositional phrase and a comma before a quoted sentence ('who lamented in an
# interview with X, "We ..."') introduce a direct quote, not a mixed one that holds the phrase
def test_s12pred_mixed_cue_pp_then_quoted_sentence():
    text = ("Then there was the radio host Charlie Sykes, who lamented in an interview with the editor Oliver Darcy, "
            "''We have spent 20 years demonizing the liberal mainstream media.''")
    got = extract_quotes(pd.DataFrame({"article_id": ["s12"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker_name"], got["cue"], strict=True)) == [
        ("We have spent 20 years demonizing the liberal mainstream media.", "direct", "Charlie Sykes", "lamented"),
    ]


# --- s12pred: adverbs of time and manner between the speaker and the cue ("has always said", "quickly added",
# "now says") are no part of the speaker
def test_s12pred_adverb_before_cue_not_in_speaker():
    text = ('The head of the union has always said that the strike was "a last resort." '
            'A spokeswoman for the company quickly added that the plant was "safe."')
    got = extract_quotes(pd.DataFrame({"article_id": ["s12"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], strict=True)) == [
        ('the strike was "a last resort."', "mixed", "The head of the union"),
        ('the plant was "safe."', "mixed", "A spokeswoman for the company"),
    ]


# --- s13bound: a quotation opened after its attribution ('"A," he said. "B.') that runs on into the next paragraph
# ends at the paragraph end when that paragraph's quotation is attributed on its own ('"C," he said with a grin.')
def test_s13bound_reopened_paragraph_with_own_attribution():
    text = ('"The stereotyping is still strong here," Sami Haddad said. "They think every Arab person is Muslim.\n\n'
            '"And they still believe that we use camels," he said with a grin.')
    got = extract_quotes(pd.DataFrame({"article_id": ["s13"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker_name"], strict=True)) == [
        ("The stereotyping is still strong here … They think every Arab person is Muslim.", "direct", "Sami Haddad"),
        ("And they still believe that we use camels", "direct", "Sami Haddad"),
    ]


# --- s13bound: '"A," X said.\n\n"B," he went on.': the next paragraph's quotation, closed with a comma and
# attributed with a verb outside the cue lists, is a quotation of its own, no continuation of A
def test_s13bound_next_paragraph_with_own_attribution_not_merged():
    text = ('"There is hatred like nobody has ever seen," Donald Trump said in a radio interview.\n\n'
            '"We ought to start it up again this morning," he went on.')
    got = extract_quotes(pd.DataFrame({"article_id": ["s13"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker_name"], strict=True)) == [
        ("There is hatred like nobody has ever seen", "direct", "Donald Trump"),
        ("We ought to start it up again this morning", "direct", "Donald Trump"),
    ]


# --- s13bound: a cue inside a subordinate clause in the middle of the sentence ('In June 2001, after HP asked ...,
# 80,000 employees volunteered', ', and while he said ..., it's unlikely ...') ends its content at the clause's comma
def test_s13bound_mid_sentence_subordinate_clause_ends_at_comma():
    text = ("In June 2001, after a desperate HP asked workers to sign up for an optional pay cut, 80,000 employees "
            "volunteered. The support of Senator John McCain is crucial, and while he said he would hold a hearing, "
            "it is unlikely to win his support.")
    got = extract_quotes(pd.DataFrame({"article_id": ["s13"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker_name"], strict=True)) == [
        ("workers to sign up for an optional pay cut", "indirect", "HP"),
        ("he would hold a hearing", "indirect", "John McCain"),
    ]


# --- s13bound: "and" with no comma, then a new subject and its "say" ('... about the Latino community and one in four
# said the party was hostile'): a new attribution ends the first content
def test_s13bound_and_new_subject_say_ends_content():
    text = ("The Tories say the Liberal Democrats would make people pay more tax and Labour says the party's sums "
            "do not add up.")
    got = extract_quotes(pd.DataFrame({"article_id": ["s13"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], strict=True)) == [
        ("the Liberal Democrats would make people pay more tax", "indirect", "The Tories"),
        ("the party's sums do not add up", "indirect", "Labour"),
    ]


# --- s13bound: "the 1930s." ends its sentence (a letter after a digit is no initial), so an interrupted cue in the
# next sentence ('Even at best, they write, ...') does not take the sentence before it
def test_s13bound_decade_ends_sentence_before_interrupted_cue():
    text = ("Wall Street delivered the worst recession since the 1930s. Even at best, the economists write, the "
            "transformation of banking has produced nothing of value.")
    got = extract_quotes(pd.DataFrame({"article_id": ["s13"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], strict=True)) == [
        ("Even at best … the transformation of banking has produced nothing of value", "indirect", "the economists"),
    ]


# --- s13bound: an aside between two double hyphens ('... immigrants -- a position he has since modified -- and his
# statements ... bear ...') is inside the content: the second "--" closes it, the content goes on
def test_s13bound_double_hyphen_aside_inside_content():
    text = ("Khan says Trump's call to ban all Muslim immigrants -- a position the nominee has since modified -- and "
            "his statements against Mexicans bear some of the responsibility.")
    got = extract_quotes(pd.DataFrame({"article_id": ["s13"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], strict=True)) == [
        ("Trump's call to ban all Muslim immigrants -- a position the nominee has since modified -- and his "
         "statements against Mexicans bear some of the responsibility", "indirect", "Khan"),
    ]


# --- s13bound: "late"/"early" before a weekday between the cue and "that" ('said late Wednesday that ...') is the
# cue's time adverbial, no content
def test_s13bound_late_weekday_before_that():
    text = "Benjamin Netanyahu said late Wednesday that he would go ahead with the meeting."
    got = extract_quotes(pd.DataFrame({"article_id": ["s13"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], strict=True)) == [
        ("he would go ahead with the meeting", "indirect", "Benjamin Netanyahu"),
    ]


# --- s13bound: the comma closing an alternative name (', or ISIS,') is no end of a subordinate clause's content
def test_s13bound_mid_subordinate_clause_skips_aside_commas():
    text = ("In December, while Hillary Clinton claimed that the self-described Islamic State, or ISIS, has used Donald "
            "Trump in its recruitment, no such videos were found.")
    got = extract_quotes(pd.DataFrame({"article_id": ["s13"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], strict=True)) == [
        ("the self-described Islamic State, or ISIS, has used Donald Trump in its recruitment", "indirect",
         "Hillary Clinton"),
    ]


# --- s13bound: a participle after an interrupting cue ('..., Cruz explained, recalling the time ...') is the speaker's
# act in the writer's words, not more content (but a gerund subject after a short adverbial goes on)
def test_s13bound_participle_after_interrupting_cue():
    text = ("She had struggled her whole life, Ted Cruz explained, recalling the time he visited her at a crack house. "
            "Sometimes though, he said, spotting the next victim was easy.")
    got = extract_quotes(pd.DataFrame({"article_id": ["s13"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker_name"], strict=True)) == [
        ("She had struggled her whole life", "indirect", "Ted Cruz"),
        ("Sometimes though … spotting the next victim was easy", "indirect", "Ted Cruz"),
    ]


# --- s13bound: an unpaired dash before an interrupting cue opens the interrupted clause ('... of New Delhi - all of
# whom, she explained, needed ...', '... that night - and the permit, his campaign said, was ...')
def test_s13bound_dash_opens_interrupted_clause():
    text = ("Carly Fiorina compared her former employees to the entrepreneurs in the slums of New Delhi - all of whom, "
            "she explained, needed a boost to reach their potential.")
    got = extract_quotes(pd.DataFrame({"article_id": ["s13"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker_name"], strict=True)) == [
        ("all of whom … needed a boost to reach their potential", "indirect", "Carly Fiorina"),
    ]


# --- s13bound: a phrase after a comma with its own relative "who said" ('..., about the same number who said ...') is
# a new attribution, which ends the content before the comma
def test_s13bound_comma_phrase_who_said_ends_content():
    text = ("Half of the voters said the party was outright hostile to the Latino community, about the same number "
            "who said the party truly cares.")
    got = extract_quotes(pd.DataFrame({"article_id": ["s13"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], strict=True)) == [
        ("the party was outright hostile to the Latino community", "indirect", "Half of the voters"),
        ("the party truly cares", "indirect", "the same number"),
    ]


# --- s13bound: "while" with no comma, then a new subject and its cue ('... no deals over the premiership while Mr Brown
# says ...') is a new attribution, which ends the first content
def test_s13bound_while_new_subject_cue_ends_content():
    text = ("Mr Blair has insisted he has done no deals over the premiership while Mr Brown says he will not let "
            "gossip distract him.")
    got = extract_quotes(pd.DataFrame({"article_id": ["s13"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], strict=True)) == [
        ("he has done no deals over the premiership", "indirect", "Mr Blair"),
        ("he will not let gossip distract him", "indirect", "Mr Brown"),
    ]


# --- s13bound: an answer word, then another group's contrasting answer ('75 percent of Democrats said yes, but 55
# percent of all voters say she does not'): the answer word is what was said
def test_s13bound_answer_word_then_contrast():
    text = ("Asked whether she has the integrity to serve, most Democrats said yes, but most voters say she does "
            "not. Half of the independents said no while a third agreed.")
    got = extract_quotes(pd.DataFrame({"article_id": ["s13"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], strict=True)) == [
        ("whether she has the integrity to serve", "indirect", ""),
        ("yes", "indirect", "Democrats"),
        ("she does not", "indirect", "voters"),  # (with s13subj: the answer is read at its cue, the next report stays free)
        ("no", "indirect", "Half of the independents"),
    ]


# --- s13bound: a comma, a subject pronoun and its own "said" opening a quotation or that-clause inside a content ('...
# and Ms. Warren, she said, "exposes him ..."') is a new report, which ends the content before it
def test_s13bound_pronoun_said_opening_quotation_ends_content():
    text = ('Hillary Clinton said Mr. Trump "reminds us every day that he is not in it for the American people" and '
            'Ms. Warren, she said, "exposes him for what he is."')
    got = extract_quotes(pd.DataFrame({"article_id": ["s13"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker_name"], strict=True)) == [
        ('Mr. Trump "reminds us every day that he is not in it for the American people" and Ms. Warren', "mixed",
         "Hillary Clinton"),
        ("exposes him for what he is.", "direct", "Hillary Clinton"),
    ]


# --- s13pred: "X says ... NP, which/who CLAUSE, according to Z." : the main clause has its own cue, so "according
# to Z" vouches for the relative clause alone
def test_s13pred_according_to_after_relative_clause():
    text = ("The club's manager says the win is proof the team can still close the gap on the leaders, which stood at "
            "nine points before Saturday, according to the BBC. The striker was traveling to Cairo to see his father, "
            "who died last week, according to the club.")
    got = extract_quotes(pd.DataFrame({"article_id": ["s13"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["cue"], strict=True)) == [
        ("the win is proof the team can still close the gap on the leaders", "indirect", "The club's manager", "says"),
        ("which stood at nine points before Saturday", "indirect", "the BBC", "according to"),
        ("The striker was traveling to Cairo to see his father, who died last week", "indirect", "the club",
         "according to"),
    ]


# --- s13pred: a mid-sentence "according to X," after a conjunction ("but according to", "because, according to") or
# after one concessive clause ("While A, according to X, B") vouches for the clause after it
def test_s13pred_according_to_opens_next_clause():
    text = ("The talks failed on Monday, but according to diplomats, a new round could start next month. "
            "Sales fell sharply last year because, according to the company, demand in China collapsed. "
            "While most of the files were marked confidential, according to an official, two were marked secret. "
            "Although the surplus is expanding, according to the report, the ministry said the deficit "
            "had narrowed.")
    got = extract_quotes(pd.DataFrame({"article_id": ["s13"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["cue"], strict=True)) == [
        ("a new round could start next month", "indirect", "diplomats", "according to"),
        ("demand in China collapsed", "indirect", "the company", "according to"),
        ("two were marked secret", "indirect", "an official", "according to"),
        ("Although the surplus is expanding", "indirect", "the report", "according to"),
        ("the deficit had narrowed", "indirect", "the ministry", "said"),
    ]


# --- s13pred: a commissive noun of the ``infinitive_cues`` lexicon with a to-infinitive ("his promise to build ...",
# "delivered a pledge to ...") reports what the speaker promised; not as the sentence's subject, nor "to" + a noun
def test_s13pred_nominal_promise_to():
    text = ("The mayor has gained support with his promise to build 5,000 new homes by 2020. "
            "Voters welcomed Labour's pledge to cut taxes for small firms, the survey found. "
            "Mr Brown delivered a forceful pledge to protect the health service. "
            "His pledge to cut taxes won votes. He broke his promise to the voters.")
    got = extract_quotes(pd.DataFrame({"article_id": ["s13"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["cue"], strict=True)) == [
        ("to build 5,000 new homes by 2020", "indirect", "his", "promise"),
        ("to cut taxes for small firms", "indirect", "Labour", "pledge"),
        ("to protect the health service", "indirect", "Mr Brown", "pledge"),
    ]


# --- s13pred: a leading time phrase ("Shortly after the vote,", "Earlier this week,") before "X announced NP" is an
# adverbial, not the content of an inverted cue
def test_s13pred_leading_time_phrase_no_content():
    text = ("Shortly after the vote, the minister announced his resignation. "
            "Earlier this week, the company confirmed its plans. "
            "Earlier this year the economy grew by 3%, the minister said.")
    got = extract_quotes(pd.DataFrame({"article_id": ["s13"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["cue"], strict=True)) == [
        ("Earlier this year the economy grew by 3%", "indirect", "the minister", "said"),
    ]


# --- s13pred: "X was quoted as saying (that) ..." (passive_cues) and "The Post quoted/cited Y as saying ...": the
# person quoted speaks; the content follows the cue or comes before it when the cue closes the sentence
def test_s13pred_quoted_as_saying():
    text = ("The aid commissioner, Louis Michel, was quoted as saying that it was key to act quickly. "
            "The dispute will be settled under competition law, the minister was quoted as saying by Interfax. "
            "The Post quoted an unnamed party official as saying that the manager was fired by the candidate. "
            'The Times quoted a senior official as saying: "This is the end of the road."')
    got = extract_quotes(pd.DataFrame({"article_id": ["s13"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["cue"], strict=True)) == [
        ("it was key to act quickly", "indirect", "Louis Michel", "was quoted as saying"),
        ("The dispute will be settled under competition law", "indirect", "the minister", "was quoted as saying"),
        ("the manager was fired by the candidate", "indirect", "an unnamed party official", "saying"),
        ("This is the end of the road.", "direct", "a senior official", "saying"),
    ]


# --- s13pred: "made the case (to X) that ..." puts an argument to others: the that-clause is what the subject argued
def test_s13pred_made_the_case_that():
    text = ("On Wednesday, the president privately made the case to union leaders that he had not sold them out. "
            "The two senators urged the party to unite and tried to make the case that the race was still open. "
            "The case that went to trial was dismissed.")
    got = extract_quotes(pd.DataFrame({"article_id": ["s13"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["cue"], strict=True)) == [
        ("he had not sold them out", "indirect", "the president", "made the case"),
        ("the party to unite", "indirect", "The two senators", "urged"),
        ("the race was still open", "indirect", "The two senators", "make the case"),
    ]


# --- s13pred: the base form "point out" (after "to", a modal or a plural subject) is a weak cue like "pointed out"
def test_s13pred_point_out_base_form():
    text = ("Officials were quick to point out that the figures were provisional. "
            "Economists point out that a weaker dollar helps exporters. Let me point out the flaws in the plan.")
    got = extract_quotes(pd.DataFrame({"article_id": ["s13"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["cue"], strict=True)) == [
        ("the figures were provisional", "indirect", "Officials", "point out that"),
        ("a weaker dollar helps exporters", "indirect", "Economists", "point out that"),
    ]


# --- s13pred: a sentence adverb with no comma before the subject ("Then he ...", "Then Trump ...") opens no speaker-less
# clause: the participle cues after it have that subject
def test_s13pred_bare_lead_adverb_subject():
    text = ('Then he attacked the governor, calling him a "stiff" and accusing him of acting like a "spoiled child." '
            'Earlier Tory leader Michael Howard sent his "warmest congratulations", saying he looked forward to it.')
    got = extract_quotes(pd.DataFrame({"article_id": ["s13"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["cue"], strict=True)) == [
        ('him a "stiff"', "mixed", "he", "calling"),
        ('him of acting like a "spoiled child."', "mixed", "he", "accusing"),
        ("he looked forward to it", "indirect", "Tory leader Michael Howard", "saying"),
    ]


# --- s13pred: a sentence opening with a name that ends in -ing or -ly ("Groening", "Kelly") is a subject when the name
# stands capitalised inside a sentence elsewhere; "Speaking to reporters, ..." stays an adverbial
def test_s13pred_ing_name_opens_sentence():
    text = ("Matt Groening created the show. Groening recently heaped praise on the sitcom, saying it was the best on TV. "
            "Speaking to reporters, the minister said the plan would work.")
    got = extract_quotes(pd.DataFrame({"article_id": ["s13"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["cue"], strict=True)) == [
        ("it was the best on TV", "indirect", "Groening", "saying"),
        ("the plan would work", "indirect", "the minister", "said"),
    ]


# --- s13pred: "But"/"And" before a leading adverbial ("But in an interview with the FT, Mr Blair refused ..., saying")
# hides no subject from the participle cue
def test_s13pred_conjunction_then_leading_adverbial():
    text = ("But in an interview with the Financial Times, Mr Blair refused to name a date, saying a poll would come "
            "some time in 2006. And on Thursday, the minister attacked the plan, saying it would fail.")
    got = extract_quotes(pd.DataFrame({"article_id": ["s13"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["cue"], strict=True)) == [
        ("a poll would come some time in 2006", "indirect", "Mr Blair", "saying"),
        ("it would fail", "indirect", "the minister", "saying"),
    ]


# --- s13pred: a fronted perfect participle ("Having announced that ..., Judge Berman ...") and a leading time phrase
# ("The day before, ...") are no speakers: the main clause's subject speaks
def test_s13pred_having_and_day_before_no_speaker():
    text = ("Having announced that he would not send me to prison, Judge Berman proceeded to hand down his sentence. "
            "The day before, at a rally in Texas, Mr. Trump was just as blunt, claiming that the president wanted "
            "to take in more refugees.")
    got = extract_quotes(pd.DataFrame({"article_id": ["s13"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["cue"], strict=True)) == [
        ("he would not send me to prison", "indirect", "Judge Berman", "announced"),  # (s13subj's rule)
        ("the president wanted to take in more refugees", "indirect", "Mr. Trump", "claiming that"),
    ]


# --- s13pred: "was adamant/emphatic/insistent that ..." reports what the subject insisted on
def test_s13pred_adamant_that():
    text = ("But loyalists were adamant that he has no plans to run. "
            "The minister has been emphatic that taxes will not rise, telling MPs the budget was balanced.")
    got = extract_quotes(pd.DataFrame({"article_id": ["s13"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["cue"], strict=True)) == [
        ("he has no plans to run", "indirect", "loyalists", "were adamant that"),
        ("taxes will not rise", "indirect", "The minister", "been emphatic that"),
        ("the budget was balanced", "indirect", "The minister", "telling"),
    ]


# --- s13mix: an initial's or abbreviation's full stop ("Ben S. Bernanke", "the U.S. politicians") between a mixed cue
# and its quoted fragment is no break of the clause
def test_s13mix_abbreviation_dot_before_far_fragment():
    text = ("Senator Mark Ellis spoke on Monday. He responded by mocking the governor and accusing him of wanting to buy "
            'the U.S. politicians "with borrowed money." He hit back, deriding Fed Chair Ben S. Bernanke and his allies '
            'as "a club of debasers."')
    got = extract_quotes(pd.DataFrame({"article_id": ["s13"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker_name"], got["cue"], strict=True)) == [
        ('him of wanting to buy the U.S. politicians "with borrowed money."', "mixed", "Mark Ellis", "accusing"),
        ('Fed Chair Ben S. Bernanke and his allies as "a club of debasers."', "mixed", "Mark Ellis", "deriding"),
    ]


# --- s13mix: a quoted fragment closing a leading subordinate clause ('While X said the plan was "...," she warned')
# stays in that clause's mixed content; the cue after it is the main clause's, not the quotation's
def test_s13mix_fragment_closes_leading_clause():
    text = ('While the mayor said the plan was "a good start for the city," she warned that more money was needed. '
            'Although Weiner admitted to the newspaper that he and the woman had "been friends for some time," he '
            "claimed they had never met in person.")
    got = extract_quotes(pd.DataFrame({"article_id": ["s13"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["cue"], strict=True)) == [
        ('the plan was "a good start for the city"', "mixed", "the mayor", "said"),
        ("more money was needed", "indirect", "she", "warned that"),
        ('he and the woman had "been friends for some time"', "mixed", "Weiner", "admitted"),
        ("they had never met in person", "indirect", "he", "claimed"),
    ]


# --- s13mix: the past forms of verbs of praise and blame ("blamed", "hailed", "applauded") frame a quoted fragment
# like their other forms ("blaming", "hailing", "applauds"); a passive ("was blamed for") has no speaker
def test_s13mix_past_forms_of_praise_and_blame():
    text = ('Mayor Jane Hill spoke on Monday. She blamed the violence on a "disturbed person." '
            'Fans cheered. Coach Tom Reid hailed the win as "one of the great performances." '
            'The firm was blamed for a "multitude of problems" at the plant.')
    got = extract_quotes(pd.DataFrame({"article_id": ["s13"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker_name"], got["cue"], strict=True)) == [
        ('the violence on a "disturbed person."', "mixed", "Jane Hill", "blamed"),
        ('the win as "one of the great performances."', "mixed", "Tom Reid", "hailed"),
    ]


# --- s13mix: a quoted fragment closing reported content, then "and"/"but" with a name and a cue: another speaker's
# report, not more content ('said he was "very encouraged" and Trump called it a "great meeting"')
def test_s13mix_fragment_then_and_name_cue():
    text = ('Speaker Paul Ryan said he was "very encouraged" and Trump called it a "great meeting." '
            'Mr Blair said he left "without a stain on his character" but Tory Dominic Grieve branded the way the office '
            'operated as "scandalous".')
    got = extract_quotes(pd.DataFrame({"article_id": ["s13"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["cue"], strict=True)) == [
        ('he was "very encouraged"', "mixed", "Speaker Paul Ryan", "said"),
        ('it a "great meeting."', "mixed", "Trump", "called"),
        ('he left "without a stain on his character"', "mixed", "Mr Blair", "said"),
        ('the way the office operated as "scandalous"', "mixed", "Tory Dominic Grieve", "branded"),
    ]


# --- s13mix: a comma before a contrast that goes on with the same clause (", but rather", ", but instead") does not
# end a weak cue's mixed content after its quoted fragment
def test_s13mix_but_rather_goes_on():
    text = ('Legal observers note the White House would not truly "close" the prison, but rather move the detainees '
            "to the United States.")
    got = extract_quotes(pd.DataFrame({"article_id": ["s13"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["cue"], strict=True)) == [
        ('the White House would not truly "close" the prison, but rather move the detainees to the United States',
         "mixed", "Legal observers", "note"),
    ]


# --- s13mix: "but did not suggest/indicate/mention ..." is a refusal to say more, like "but did not say": it ends the
# reported content
def test_s13mix_withheld_suggest_ends_content():
    text = ('The bishop said that he would offer "a prayer" for the eventual nominee but did not suggest it would be '
            "the governor.")
    got = extract_quotes(pd.DataFrame({"article_id": ["s13"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["cue"], strict=True)) == [
        ('he would offer "a prayer" for the eventual nominee', "mixed", "The bishop", "said that"),
    ]


# --- s13mix: after a quoted fragment, "X told the Guardian newspaper." / "told The Daily Beast." ends with the
# addressee: "the"/"The" after "told" opens no clause of its own, so the fragment's clause is X's mixed quote
def test_s13mix_fragment_then_told_addressee_with_the():
    text = ('He understood that "the best prospect of peace lies in democracy", Mr Blair told the Guardian newspaper. '
            'Labour\'s rule has been marked by "lost trust", he told the Brighton conference.')
    got = extract_quotes(pd.DataFrame({"article_id": ["s13"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker_name"], got["cue"], strict=True)) == [
        ('He understood that "the best prospect of peace lies in democracy"', "mixed", "Blair", "told"),
        ('Labour\'s rule has been marked by "lost trust"', "mixed", "Blair", "told"),
    ]


# --- s13mix: "questioning" before a quoted fragment is a second report of the same speaker ('telling CNN that X is a
# "faker" and questioning how he has "gotten away with ..."'): the first content ends before "and questioning"
def test_s13mix_questioning_second_report():
    text = ('Justice Ruth Bader Ginsburg escalated her criticism on Tuesday, telling CNN that the candidate is a "faker" '
            'and questioning how he has "gotten away with not turning over his tax returns."')
    got = extract_quotes(pd.DataFrame({"article_id": ["s13"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker_name"], got["cue"], strict=True)) == [
        ('the candidate is a "faker"', "mixed", "Ruth Bader Ginsburg", "telling"),
        ('how he has "gotten away with not turning over his tax returns."', "mixed", "Ruth Bader Ginsburg",
         "questioning"),
    ]


# --- s13mix: "responded to that tweet by calling X "..."": the participle of naming after "by" reports the fragment
# ("that" right after a preposition is a determiner, not the complementizer of a that-clause)
def test_s13mix_responded_by_calling():
    text = ('The prince mocked him on Twitter. Trump responded to that tweet by calling the prince "dopey" and '
            'accusing him of wanting to control the U.S. politicians "with daddy\'s money."')
    got = extract_quotes(pd.DataFrame({"article_id": ["s13"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["cue"], strict=True)) == [
        ('the prince "dopey"', "mixed", "Trump", "calling"),
        ('him of wanting to control the U.S. politicians "with daddy\'s money."', "mixed", "Trump", "accusing"),
    ]


# --- s13mix: a non-restrictive relative clause with a cue inside the subject ('Sanders, who says the pact is
# "disastrous," will vote ...') ends at the comma that closes the quoted fragment, like at a plain comma
def test_s13mix_relative_clause_content_ends_at_quoted_comma():
    text = 'Senator Bernie Sanders, who says the pact is "disastrous," will vote against it on Friday.'
    got = extract_quotes(pd.DataFrame({"article_id": ["s13"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker_name"], got["cue"], strict=True)) == [
        ('the pact is "disastrous"', "mixed", "Bernie Sanders", "says"),
    ]


# --- s13mix: a nominal cue in a sentence-opening prepositional phrase ('Despite Mr. Trump's claims that his net worth
# is "well over $10 billion," all of the firms ...') ends at the comma closing the quoted fragment
def test_s13mix_fronted_phrase_ends_at_quoted_comma():
    text = ("Despite Mr. Trump's claims that his net worth is \"well over ten billion dollars,\" all of the firms put "
            "him far lower.")
    got = extract_quotes(pd.DataFrame({"article_id": ["s13"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["cue"], strict=True)) == [
        ('his net worth is "well over ten billion dollars"', "mixed", "Mr. Trump", "claims that"),
    ]


# --- s13mix: "CONTENT," X said. where the comma sits inside the closing mark of a quoted title or fragment (American
# punctuation) is read like "CONTENT, X said.": the clause before it is X's
def test_s13mix_content_comma_inside_closing_mark():
    text = ('Markets fell. The French are big fans of "Prison Break," Mr. Madden said. '
            '"We will be reviewing our procedures to improve our response time," the Google team said.')
    got = extract_quotes(pd.DataFrame({"article_id": ["s13"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["cue"], strict=True)) == [
        ('The French are big fans of "Prison Break"', "indirect", "Mr. Madden", "said"),
        ("We will be reviewing our procedures to improve our response time", "direct", "the Google team", "said"),
    ]


# --- s13mix: the comma inside a closing mark also closes the content before an inverted cue ('... of "Prison
# Break," said Mr. Madden, an analyst.') and before "X said, adding that ..."
def test_s13mix_comma_inside_closing_mark_inverted_and_adding():
    text = ('Markets fell. The French are big fans of "Prison Break," said Mr. Madden, an analyst. '
            'The Italians are big fans of "The Young Pope," Mr. Madden said, adding that sales were strong.')
    got = extract_quotes(pd.DataFrame({"article_id": ["s13"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["cue"], strict=True)) == [
        ('The French are big fans of "Prison Break"', "indirect", "Mr. Madden", "said"),
        ('The Italians are big fans of "The Young Pope"', "indirect", "Mr. Madden", "said"),
        ("sales were strong", "indirect", "Mr. Madden", "adding that"),
    ]


# --- s13mix: a one-word subject before an interrupting cue ("Loyalty, he noted, has long been ...", "Iraq, they
# insisted, would not be ...") is part of the content when a verb goes on after the cue; not a connective ("Nor, he
# said, did ...") or a pro-form ("That, X explained, is by design": its antecedent is elsewhere)
def test_s13mix_one_word_subject_before_interrupting_cue():
    text = ('The party met on Monday. Loyalty, he noted, has long been "a core tenet" of the party. '
            "Iraq, they insisted, would not be a factor for most voters. That, the chief of staff explained, is by design.")
    got = extract_quotes(pd.DataFrame({"article_id": ["s13"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["cue"], strict=True)) == [
        ('Loyalty … has long been "a core tenet" of the party', "mixed", "he", "noted"),
        ("Iraq … would not be a factor for most voters", "indirect", "they", "insisted"),
        ("is by design", "indirect", "the chief of staff", "explained"),
    ]


# --- s13mix: a past-tense cue in the middle of a series of the subject's predicates ('suggested ..., called her
# "third-rate" and boycotted ...') reports its own fragment, with the subject of the series
def test_s13mix_series_middle_predicate_cue():
    text = ('Kelly confronted him at the debate. Trump later suggested her questions were unfair, called her '
            '"third-rate" and boycotted one of the debates.')
    got = extract_quotes(pd.DataFrame({"article_id": ["s13"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["cue"], strict=True)) == [
        ("her questions were unfair", "indirect", "Trump", "suggested"),
        ('her "third-rate"', "mixed", "Trump", "called"),
    ]


# --- s13mix: a named subject of a subordinate clause goes on to the coordinated cue ('such as when Cruz knocked Rubio
# on trade and called him a "moderate"'), like a pronoun one ("though she praised Garland and said ...")
def test_s13mix_subordinate_name_subject_coordinated_cue():
    text = ('There have been more pointed attacks, such as when Cruz knocked Rubio on trade and called him a '
            '"moderate," a subtle dig at a rival.')
    got = extract_quotes(pd.DataFrame({"article_id": ["s13"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["cue"], strict=True)) == [
        ('him a "moderate"', "mixed", "Cruz", "called"),
    ]


# --- s13subj: a subject pronoun with a contracted auxiliary ("he’s", "she’ll", "they’re") opens a reported clause
# after a time phrase ("has said for weeks he’s ...") like the bare pronoun does
def test_s13subj_contracted_pronoun_opens_clause():
    text = ("Cruz has said for weeks he’s the only candidate in the field who can beat Trump. "
            "The mayor argued on Monday they're ready to reopen the schools.")
    got = extract_quotes(pd.DataFrame({"article_id": ["s13"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["cue"], strict=True)) == [
        ("he’s the only candidate in the field who can beat Trump", "indirect", "Cruz", "said"),
        ("they're ready to reopen the schools", "indirect", "The mayor", "argued"),
    ]


# --- s13subj: the subject of a coordinated cue ("X ... and said") keeps its apposition when the apposition holds an
# abbreviation's full stop ("a spokesman for Mrs. Clinton"), and a bare party tag ("Gov. Rick Scott (R)") is an aside
def test_s13subj_coordinated_cue_subject_with_abbreviation():
    text = ("Brian Fallon, a spokesman for Mrs. Clinton, called on the senator to take back his words and said he "
            "had reached a new low. In a statement, Florida Gov. Rick Scott (R) blasted Congress and said the state "
            "allocated more than $26 million last week.")
    got = extract_quotes(pd.DataFrame({"article_id": ["s13"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["cue"], strict=True)) == [
        ("the senator to take back his words", "indirect", "Brian Fallon", "called on"),  # (s20en: a request)
        ("he had reached a new low", "indirect", "Brian Fallon", "said"),
        ("the state allocated more than $26 million last week", "indirect", "Florida Gov. Rick Scott", "said"),
    ]


# --- s13subj: kin and people close to someone are role nouns (roles.txt): '"...," his colleague wrote on Facebook',
# '"...," his childhood friend told The Daily Beast' name their speaker
def test_s13subj_friend_colleague_roles():
    text = ("Others paid tribute on social media. “He was the reason I work in mining,” his colleague wrote on "
            "Facebook. “He always wanted to fly,” his childhood friend told The Daily Beast.")
    got = extract_quotes(pd.DataFrame({"article_id": ["s13"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["cue"], strict=True)) == [
        ("He was the reason I work in mining", "direct", "his colleague", "wrote"),
        ("He always wanted to fly", "direct", "his childhood friend", "told"),
    ]


# --- s13subj: a time phrase opening the sentence ("The day before,", "A week later,") and a fronted preposition
# ("Outside the arena,") are adverbials, never the speaker of a participle or coordinated cue later in the sentence
def test_s13subj_time_phrase_and_preposition_are_no_subject():
    text = ("The day before, at a rally in Beaumont, Tex., Mr. Trump was just as blunt, claiming without any evidence "
            "that the president wanted to take in 250,000 refugees. A week later, Smith called the plan a disaster, "
            "saying it would cost too much. Outside the arena, about 200 protesters gathered, holding signs and "
            'chanting "Dump Trump."')
    got = extract_quotes(pd.DataFrame({"article_id": ["s13"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["cue"], strict=True)) == [
        ("without any evidence that the president wanted to take in 250,000 refugees", "indirect", "Mr. Trump",
         "claiming"),
        ("it would cost too much", "indirect", "Smith", "saying"),
        ("Dump Trump.", "direct", "", "chanting"),
    ]


# --- s13subj: after a quotation closed by a comma, "but he denied that ..." / "and she said they ..." is a
# coordinated clause with its own report, not an inverted attribution of the quotation (its cue came before it)
def test_s13subj_but_clause_after_quotation_reports_its_own():
    text = ("The president acknowledged that soldiers had fought there, saying, \"We never said there were no people "
            "there,\" but he denied that they were on active duty.")
    got = extract_quotes(pd.DataFrame({"article_id": ["s13"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["cue"], strict=True)) == [
        ("soldiers had fought there", "indirect", "The president", "acknowledged that"),
        ("We never said there were no people there", "direct", "The president", "saying"),
        ("they were on active duty", "indirect", "he", "denied that"),
    ]


# --- s13subj: a coordinated weak cue with its object and the word it needs ("... and urged Democrats to vote ...",
# "... and accused him of ...") reports the object and what follows it, like the cue after its own subject
def test_s13subj_coordinated_urged_object_then_infinitive():
    text = ("The mayor met the families on Tuesday and urged residents to stay indoors. Mitt Romney ran on the "
            "economy and accused Obama of bungling the recovery.")
    got = extract_quotes(pd.DataFrame({"article_id": ["s13"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["cue"], strict=True)) == [
        ("residents to stay indoors", "indirect", "The mayor", "urged"),
        ("Obama of bungling the recovery", "indirect", "Mitt Romney", "accused"),
    ]


# --- s13subj: "But"/"And" before a sentence's leading adverbial ("But in an interview with the Financial Times,
# Mr Blair refused ..., saying") does not hide the subject after the adverbial's comma
def test_s13subj_conjunction_then_leading_adverbial():
    text = ("Jack Straw said the vote could be held in spring. But in an interview with the Financial Times, Mr Blair "
            "refused to be pinned down, saying Britain would hold a poll next year.")
    got = extract_quotes(pd.DataFrame({"article_id": ["s13"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["cue"], strict=True)) == [
        ("the vote could be held in spring", "indirect", "Jack Straw", "said"),
        ("Britain would hold a poll next year", "indirect", "Mr Blair", "saying"),
    ]


# --- s13subj: a bare "yes" or "no" after a cue of saying is the whole answer ("the candidate said no.", "75 percent
# of Democrats said yes, but ..."), so the next report in the sentence is read on its own
def test_s13subj_said_yes_or_no():
    text = ("Asked if he was ever bullied, the candidate said no. Asked about the deal, 46 percent of voters said yes, "
            "compared with 23 percent who said the server was improper but not illegal.")
    got = extract_quotes(pd.DataFrame({"article_id": ["s13"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["cue"], strict=True)) == [
        ("if he was ever bullied", "indirect", "", "Asked"),
        ("no", "indirect", "the candidate", "said"),
        ("the deal", "indirect", "", "Asked"),  # (s14subj: the short question is content too)
        ("yes", "indirect", "46 percent of voters", "said"),
        ("the server was improper but not illegal", "indirect", "23 percent", "said"),
    ]


# --- s13subj: after a progressive or weak cue, a contracted subject and auxiliary ("there’s", "he’d") open the
# reported clause like an auxiliary does ("are saying there’s no plan"); the "that" of "says that’s what ..." is no
# complementizer of the cue
def test_s13subj_progressive_cue_contracted_clause():
    text = "Critics are saying there’s no plan at all. Reynolds says that’s what new media is."
    got = extract_quotes(pd.DataFrame({"article_id": ["s13"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["cue"], strict=True)) == [
        ("there’s no plan at all", "indirect", "Critics", "saying"),
        ("that’s what new media is", "indirect", "Reynolds", "says"),
    ]


# --- s13subj: a noun-like cue word inside a fronted adverbial ("In a subsequent tweet, Trump said ...") is the
# adverbial's noun, not a cue whose speaker is the adjective before it
def test_s13subj_fronted_pp_noun_cue_word():
    text = "In a subsequent tweet, Trump said he was postponing a news conference scheduled for Friday."
    got = extract_quotes(pd.DataFrame({"article_id": ["s13"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["cue"], strict=True)) == [
        ("he was postponing a news conference scheduled for Friday", "indirect", "Trump", "said"),
    ]


# --- s13subj: a sentence adverb without its comma ("Then he cut into Bush, ...") does not hide the pronoun subject of
# the participle cues later in the sentence, and "and accusing him of ..." reports its object like "accused"
def test_s13subj_then_pronoun_subject_and_accusing():
    text = 'Then he cut into Bush, calling him a "stiff" and accusing him of acting like a "spoiled child."'
    got = extract_quotes(pd.DataFrame({"article_id": ["s13"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["cue"], strict=True)) == [
        ('him a "stiff"', "mixed", "he", "calling"),
        ('him of acting like a "spoiled child."', "mixed", "he", "accusing"),
    ]


# --- s13subj: a role noun with its "to" complement ("Britain's ambassador to France", "an adviser to the president")
# is the whole speaker phrase, a role, not the country or person after "to"
def test_s13subj_role_to_complement():
    text = ("The plant will close next year, Britain's ambassador to France said. It comes after Pakistan's High "
            "Commissioner to Britain said some Pakistanis should integrate more.")
    got = extract_quotes(pd.DataFrame({"article_id": ["s13"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["speaker"], got["speaker_name"], strict=True)) == [
        ("The plant will close next year", "Britain's ambassador to France", "Britain's ambassador to France"),
        ("some Pakistanis should integrate more", "Pakistan's High Commissioner to Britain",
         "Pakistan's High Commissioner to Britain"),
    ]


# --- s13subj: "the" and a lower-case descriptor before a name after fronted content ("..., the news site RTL Info
# reported", "..., the statistical office INSEE said") belong to the speaker phrase, so the content before is read
def test_s13subj_the_descriptor_before_name():
    text = ("The 56-year-old often traveled for work and was headed to Cairo for meetings, the news site RTL Info "
            "reported. Prices rose 0.3% in March, the statistical office INSEE said.")
    got = extract_quotes(pd.DataFrame({"article_id": ["s13"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["cue"], strict=True)) == [
        ("The 56-year-old often traveled for work and was headed to Cairo for meetings", "indirect", "RTL Info",
         "reported"),
        ("Prices rose 0.3% in March", "indirect", "INSEE", "said"),
    ]


# --- s13subj: "adding" before a number is a market or count move ("with the economy adding 151,000 jobs", "Brent
# crude rose, adding $1.89"), no cue, so the inverted report around it is read
def test_s13subj_adding_a_number_is_no_cue():
    text = ("Unemployment dipped to 4.9 percent in January, with the economy adding 151,000 jobs during the month, "
            "Obama said. Brent crude also rose in London trading, adding $1.89 to $48.62 at the close.")
    got = extract_quotes(pd.DataFrame({"article_id": ["s13"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["cue"], strict=True)) == [
        ("Unemployment dipped to 4.9 percent in January, with the economy adding 151,000 jobs during the month",
         "indirect", "Obama", "said"),
    ]


# --- s13prec: verb-object idioms in which a cue word reports nothing, after a hyphenated modifier ("maintained his
# double-digit lead") or a number ("claiming 41 percent of the vote"), and "claim" = apply for ("claiming residency")
def test_s13prec_cue_idiom_hyphen_number():
    text = ("Sen. Bernie Sanders maintained his double-digit lead over Hillary Clinton. Tenney won the primary, "
            "claiming 41 percent of the vote. The company will end up claiming residency in Ireland. "
            "He claimed 41 percent of the money was wasted.")
    got = extract_quotes(pd.DataFrame({"article_id": ["s13"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["cue"], strict=True)) == [
        ("41 percent of the money was wasted", "indirect", "He", "claimed"),
    ]


# --- s13prec: a clause before "X VERB" is no content when the cue has its own object after it ("..., their smiles
# said a lot.", "..., X announced his resignation.") or when it is a fronted adverbial opened by an adverb ("Shortly
# after my sentence, ..."); "CONTENT, X said Tuesday." and "CONTENT, he told the BBC." stay
def test_s13prec_left_content_not_before_object():
    text = ("Shortly after my sentence, Eric Holder announced his resignation. Though they speak barely a word of "
            "English, their smiles said a lot. The plan is dead, the minister said Tuesday. "
            "The talks will go on, he told the BBC.")
    got = extract_quotes(pd.DataFrame({"article_id": ["s13"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["cue"], strict=True)) == [
        ("The plan is dead", "indirect", "the minister", "said"),
        ("The talks will go on", "indirect", "he", "told"),
    ]


# --- s13prec: an adverb after the addressee of an inverted "told" ("..., X told POLITICO earlier this week.") opens no
# clause: the content is the clause before the speaker, not the time phrase
def test_s13prec_told_addressee_then_adverb():
    text = ("The union will likely sit out the election altogether, Phil Smith told POLITICO earlier this week. "
            "The talks failed, he told reporters he would go.")
    got = extract_quotes(pd.DataFrame({"article_id": ["s13"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["cue"], strict=True)) == [
        ("The union will likely sit out the election altogether", "indirect", "Phil Smith", "told"),
        ("he would go", "indirect", "he", "told"),
    ]


# --- s13prec: after a quotation, "X asked/told" and only its addressee ("Todd asked the real estate mogul.") opens no
# second, indirect quote; "one employee" is a speaker ("employee" a role noun) and the direct quote is his
def test_s13prec_quote_then_addressee_only():
    text = ("“Did you know it was Mussolini?” Todd asked the real estate mogul.\n\n“We are shocked, Ahmed was a friend "
            "to us,” one employee told French television station BFMTV.\n\n“We are checking.” Mr Lamberty told "
            "reporters the company would pay.")
    got = extract_quotes(pd.DataFrame({"article_id": ["s13"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["cue"], strict=True)) == [
        ("Did you know it was Mussolini?", "direct", "Todd", "asked"),
        ("We are shocked, Ahmed was a friend to us", "direct", "employee", "told"),
        ("We are checking.", "direct", "Mr Lamberty", "told"),
        ("the company would pay", "indirect", "Mr Lamberty", "told"),
    ]


# --- s13prec: a plural verb right after a cue's "that" ("Rust Belt states that have suffered") shows a relative clause
# on a noun: a demonstrative "that" takes a singular verb, so nothing is reported
def test_s13prec_that_then_plural_verb_is_relative():
    text = ("Voters went to the polls in Illinois and Ohio, Rust Belt states that have suffered from the loss of jobs. "
            "The governor states that the plant will close.")
    got = extract_quotes(pd.DataFrame({"article_id": ["s13"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["cue"], strict=True)) == [
        ("the plant will close", "indirect", "The governor", "states that"),
    ]


# --- s13prec: "was being VERBed" before a quoted phrase is a passive ("was being treated for a "malignant disease""):
# its subject is no speaker of the phrase; a progressive verb of saying ("was dismissing ... as "nonsense"") still frames it
def test_s13prec_passive_progressive_fragment():
    text = ("Mosad, who was a teaching assistant at the school, was being treated for a “malignant disease” in France. "
            "He was quickly dismissing the claims as “nonsense” on Monday.")
    got = extract_quotes(pd.DataFrame({"article_id": ["s13"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["cue"], strict=True)) == [
        ("the claims as “nonsense” on Monday", "mixed", "He", "dismissing"),
    ]


# --- s13prec: "say goodbye/farewell to" takes leave and reports no words; "wrote his dissertation on ..." names the
# item written (lexicons ``cue_idioms``, ``written_items``)
def test_s13prec_say_goodbye_and_dissertation():
    text = ("Now they could say goodbye to all that. He said goodbye was the hardest word. "
            "He lived in Brooklyn and wrote his dissertation on the failures of Ethiopian agriculture.")
    got = extract_quotes(pd.DataFrame({"article_id": ["s13"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["cue"], strict=True)) == [
        ("goodbye was the hardest word", "indirect", "He", "said"),
    ]


# --- s13prec: "charged with" accuses or tasks and reports no words ("the departments charged with facilitating the
# transition"); "charged that" still reports
def test_s13prec_charged_with_idiom():
    text = ("It is another reason the departments of his administration charged with facilitating the transition have "
            "not succeeded. Critics charged that the hearing failed.")
    got = extract_quotes(pd.DataFrame({"article_id": ["s13"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["cue"], strict=True)) == [
        ("the hearing failed", "indirect", "Critics", "charged that"),
    ]


# --- s13prec: a quantifier before a noun-like cue form ("in large enough states.", "many states") makes it a noun, so
# the clause before it is no content; "the report states" still reports
def test_s13prec_quantifier_before_noun_cue():
    text = ("It’s that when he wins, it’s not by large enough margins and it’s not in large enough states. "
            "The plan failed, the report states.")
    got = extract_quotes(pd.DataFrame({"article_id": ["s13"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["cue"], strict=True)) == [
        ("The plan failed", "indirect", "the report", "states"),
    ]


# --- s13prec: after "CONTENT, VERB", a noun that makes an idiom with the cue word ("..., pledged delegates.") is no
# inverted speaker ("..., said Smith." is)
def test_s13prec_idiom_noun_not_inverted_speaker():
    text = ("She clinched an outright majority of regular, pledged delegates. The plan failed, said Smith.")
    got = extract_quotes(pd.DataFrame({"article_id": ["s13"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["cue"], strict=True)) == [
        ("The plan failed", "indirect", "Smith", "said"),
    ]


# --- s13prec: a manner adverb and a short phrase after the cue ("testified voluntarily in 1998") is an adverbial, no
# content; a clause after the adverbial stays ("said early on Monday the plan failed")
def test_s13prec_manner_adverb_adverbial():
    text = ("The subpoena was withdrawn and Clinton testified voluntarily in 1998. "
            "He said early on Monday the plan failed.")
    got = extract_quotes(pd.DataFrame({"article_id": ["s13"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["cue"], strict=True)) == [
        ("early on Monday the plan failed", "indirect", "He", "said"),
    ]


# --- s13prec: "whispers" after a bare adjective is a plural noun ("bipartisan whispers in Congress"), and a verb of
# doing ("has spearheaded initiatives to make the company ''carbon neutral''") frames no quoted fragment (lexicons
# ``plural_noun_cues``, ``fragment_stop_verbs``)
def test_s13prec_whispers_noun_and_spearheaded():
    text = ("Tax reform reflects the frontier of policy: bold plans from Republican candidates, hints of interest "
            "from the White House, bipartisan whispers in Congress. James has spearheaded initiatives to make the "
            "company ''carbon neutral.'' He called the plan ''a disaster.''")
    got = extract_quotes(pd.DataFrame({"article_id": ["s13"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["cue"], strict=True)) == [
        ("the plan ''a disaster", "mixed", "He", "called"),
    ]


# --- s13prec: an indefinite plan or process noun in apposition after a clause, with a past participle ("..., a plan
# announced earlier this year.") is a reduced relative clause, no inverted cue (lexicon ``event_nouns``); "..., a
# spokesman announced on Monday." still reports
def test_s13prec_appositive_event_noun_participle():
    text = ("The government will continue screening people for eligibility, a plan announced earlier this year. "
            "The plant will close, a spokesman announced on Monday.")
    got = extract_quotes(pd.DataFrame({"article_id": ["s13"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["cue"], strict=True)) == [
        ("The plant will close", "indirect", "a spokesman", "announced"),
    ]


# --- s13prec: "emailed" takes its addressee as object and is never inverted: the name after it ("..., emailed Ms.
# Abedin") is no speaker of the clause before
def test_s13prec_emailed_not_inverted():
    text = ("In April 2009, Douglas J. Band, who led the foundation's initiative, emailed Ms. Abedin and Cheryl D. "
            "Mills, another top adviser. The plant will close, said Smith.")
    got = extract_quotes(pd.DataFrame({"article_id": ["s13"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["cue"], strict=True)) == [
        ("The plant will close", "indirect", "Smith", "said"),
    ]


# --- s13prec: a cue after a quotation followed by "that" ('"..." - noted that the company ...', '"..." Reminded that
# Ferguson called him ...') opens its own clause: the words after "that" are no inverted speaker of the quotation
def test_s13prec_that_after_cue_no_inverted_speaker():
    text = ('"I have no diplomatic relations with him," the Arsenal boss is quoted as saying. "What I don\'t understand '
            'is that he does what he wants." Reminded that Ferguson called him "a disgrace", Wenger smiled.')
    got = extract_quotes(pd.DataFrame({"article_id": ["s13"], "body": [text], "language": ["en"]}))
    assert [(q, k, s) for q, k, s in zip(got["quote"], got["kind"], got["speaker"], strict=True) if k == "direct"] == [
        ("I have no diplomatic relations with him … What I don't understand is that he does what he wants.", "direct",
         "the Arsenal boss"),
    ]


# --- s13prec: "That's according to X — an apposition": the pronoun stands for the sentence before, which is the
# content; the words after the source are its apposition, no content
def test_s13prec_thats_according_to():
    text = ("Rubio will win Iowa and New Hampshire.\n\nThat’s according to members of The POLITICO Caucus — a "
            "collection of strategists, activists and operatives in the four early states.")
    got = extract_quotes(pd.DataFrame({"article_id": ["s13"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["cue"], strict=True)) == [
        ("Rubio will win Iowa and New Hampshire", "indirect", "members of The POLITICO Caucus", "according to"),
    ]


# --- s13prec: a cue inside a relative clause whose object is the gap ("The allegations, which he has denied, are being
# investigated"; "Garden State, which he wrote, directed and starred in") reports no content after its comma: that is
# the main clause; "in which he pledged that, ..." keeps its clause
def test_s13prec_gapped_which_relative():
    text = ("The allegations, which he has denied, are being investigated by Sir Alan Budd. Braff won the award for "
            "Garden State, which he wrote, directed and starred in. He gave a speech in which he pledged that, if "
            "elected, he would be a friend.")
    got = extract_quotes(pd.DataFrame({"article_id": ["s13"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["cue"], strict=True)) == [
        ("if elected, he would be a friend", "indirect", "he", "pledged that"),
    ]


# --- s13prec: a quantifier and a bare adjective before a plural noun-like cue ("than on other economic questions")
# make it a noun, no cue
def test_s13prec_quantifier_adjective_plural_noun_cue():
    text = ("Nearly a third say they don't know, a higher level of uncertainty than on other economic questions, and "
            "one in five say it's not.")
    got = extract_quotes(pd.DataFrame({"article_id": ["s13"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["cue"], strict=True)) == [
        ("they don't know", "indirect", "a third", "say"),
        ("it's not", "indirect", "one in five", "say"),  # (s15subj: an elliptical clause ending the sentence)
    ]


# --- s13prec: "wrote under the pseudonym ..." names how one published, no words reported (lexicon ``cue_idioms``)
def test_s13prec_wrote_under_pseudonym():
    text = "Weiner wrote under the pseudonym “Carlos Danger,” but it did not help. Smith wrote that the plan failed."
    got = extract_quotes(pd.DataFrame({"article_id": ["s13"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["cue"], strict=True)) == [
        ("the plan failed", "indirect", "Smith", "wrote that"),
    ]


# --- s13prec: a domain adverb makes "charged" an adjective ("Britain's emotionally charged uprising", "so politically
# charged that ..."); "repeatedly charged that" still reports
def test_s13prec_adverb_charged_adjective():
    text = ("For Hillary Clinton, Britain's emotionally charged uprising against the European Union is the sort of "
            "victory that she fears. The attack remains so politically charged that Sen. Ted Cruz made it the center "
            "of his remarks. Critics repeatedly charged that the hearing failed.")
    got = extract_quotes(pd.DataFrame({"article_id": ["s13"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["cue"], strict=True)) == [
        ("the hearing failed", "indirect", "Critics", "charged that"),
    ]


# --- s13prec: an embedded question as the subject ("how a candidate responds can be as important ...") reports
# nothing: the finite verb after the cue is the sentence's predicate
def test_s13prec_embedded_question_subject():
    text = ("As previous campaigns have demonstrated, how a candidate responds can be as important to a campaign as the "
            "event itself. It is unclear whether the minister said the plan would work.")
    got = extract_quotes(pd.DataFrame({"article_id": ["s13"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["cue"], strict=True)) == [
        ("the plan would work", "indirect", "the minister", "said"),
    ]


# --- s13subj: a perfect participle of saying opening the sentence ("Having announced that ..., Judge Berman
# proceeded ...") reports its clause for the main clause's subject, like "Noting that ..., X added"
def test_s13subj_having_announced_that():
    text = "Having announced that he would not send me to prison, Judge Berman proceeded to hand down his sentence."
    got = extract_quotes(pd.DataFrame({"article_id": ["s13"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["cue"], strict=True)) == [
        ("he would not send me to prison", "indirect", "Judge Berman", "announced"),
    ]


# --- s13subj: an irregular past tense after a lower-case subject phrase ("The duo withdrew ... but claimed", "The bank
# gave no details ..., but said") shows where the subject ends, like a past tense in -ed
def test_s13subj_irregular_past_after_subject_phrase():
    text = ("The duo withdrew from the Olympics after missing a test but claimed they had suffered a motorcycle "
            "crash. The bank gave no details of how the records disappeared, but said they had probably not been "
            "misused.")
    got = extract_quotes(pd.DataFrame({"article_id": ["s13"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["cue"], strict=True)) == [
        ("they had suffered a motorcycle crash", "indirect", "The duo", "claimed"),
        ("they had probably not been misused", "indirect", "The bank", "said"),
    ]


# --- s13pred: a short subject noun phrase before an interrupting "according to X," ("The company, according to two
# people familiar with the matter, is planning ...") belongs to the content
def test_s13pred_according_to_interrupts_subject():
    text = ("The company, according to two people familiar with the matter, is planning to cut 500 jobs. "
            "In 2004, according to the ministry, imports will rise by a fifth.")
    got = extract_quotes(pd.DataFrame({"article_id": ["s13"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["cue"], strict=True)) == [
        ("The company … is planning to cut 500 jobs", "indirect", "two people", "according to"),
        ("imports will rise by a fifth", "indirect", "the ministry", "according to"),
    ]


# --- s13pred: "The two admit that ...": a number after the determiner heads a plural subject, so the plain present cue
# is a verb, not the head noun of "the two"
def test_s13pred_the_two_admit():
    text = "The two admit that the goals will not be easy. The latest report found that sales fell."
    got = extract_quotes(pd.DataFrame({"article_id": ["s13"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["cue"], strict=True)) == [
        ("the goals will not be easy", "indirect", "The two", "admit that"),
    ]


# --- s13pred: the plural present "continue to" before a cue ("Republicans continue to warn that ...") is an aspect
# verb between the subject and its cue, like "continued to"
def test_s13pred_continue_to_cue():
    text = "Republicans continue to warn that the deal was a dangerous mistake. Prices continue to rise."
    got = extract_quotes(pd.DataFrame({"article_id": ["s13"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["cue"], strict=True)) == [
        ("the deal was a dangerous mistake", "indirect", "Republicans", "warn that"),
    ]


# --- s13pred: a cue word that is a noun after "a"/"an" ("In a subsequent tweet, Trump said ...") is rejected before it
# can take the next cue's clause, so the real cue after it is read
def test_s13pred_noun_cue_leaves_next_cue():
    text = "In a subsequent tweet, Trump said he was postponing a news conference scheduled for Friday."
    got = extract_quotes(pd.DataFrame({"article_id": ["s13"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["cue"], strict=True)) == [
        ("he was postponing a news conference scheduled for Friday", "indirect", "Trump", "said"),
    ]


# --- s13pred: "about"/"around" before a quantity right after the cue ("said about half of the adjustment reflected
# ...") approximates the quantity; it opens the content, not a topic phrase
def test_s13pred_said_about_half():
    text = ("The budget office said about half of the higher adjustment in its deficit projections reflected revenue "
            "losses. She spoke about the plan at length.")
    got = extract_quotes(pd.DataFrame({"article_id": ["s13"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["cue"], strict=True)) == [
        ("about half of the higher adjustment in its deficit projections reflected revenue losses", "indirect",
         "The budget office", "said"),
    ]


# --- s13mix: "late"/"early" before a day name ("said late Wednesday that ...") is a time adverbial of the cue, not
# content
def test_s13mix_late_weekday_before_that():
    text = 'Netanyahu said late Wednesday that he would go ahead with the "planned" meeting.'
    got = extract_quotes(pd.DataFrame({"article_id": ["s13"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["cue"], strict=True)) == [
        ('he would go ahead with the "planned" meeting', "mixed", "Netanyahu", "said"),
    ]


# --- s13mix: "..., he said little." / "she said nothing": the cue's object is what was (not) said, so the clause
# before it is no content
def test_s13mix_said_little_has_no_left_content():
    text = ('While his past statements, including his promise to be "neutral," have angered many, he said little. '
            "If the jury had acquitted him, she said nothing.")
    got = extract_quotes(pd.DataFrame({"article_id": ["s13"], "body": [text], "language": ["en"]}))
    # (s13pred's nominal cue reads the promise, up to the comma inside the closing mark; "said little" takes nothing)
    assert list(zip(got["quote"], got["cue"], strict=True)) == [('to be "neutral"', "promise")]


# --- s13mix: a relative "which"/"that" with a named subject and a naming cue before a quotation ('which Mr Bez
# described as "..."', 'a clip that Judge Mosman called "..."') is one mixed quote from the relative word, like
# "what X called" (PolNeAR's spans start there); a passive or unnamed subject is left alone
def test_s13mix_relative_which_named_subject_naming_cue():
    text = ('Costs were kept low by sharing a platform with the DB9, which Mr Bez described as "the most important car '
            'for our company". The court watched a clip that Judge Michael Mosman called "distasteful," and moved on. '
            'The treatment is what is today typically called "regenerative medicine."')
    got = extract_quotes(pd.DataFrame({"article_id": ["s13"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["cue"], strict=True)) == [
        ('which Mr Bez described as "the most important car for our company"', "mixed", "Mr Bez", "described as"),
        ('that Judge Michael Mosman called "distasteful"', "mixed", "Judge Michael Mosman", "called"),
    ]


# --- s13mix: after a participle cue's quoted fragment, "and" with another participle is the subject's next act, not
# more content ('writing a book called "Women Who Work" and leading the policy charge ...')
def test_s13mix_participle_fragment_then_and_participle():
    text = ('Ivanka Trump has built her brand around this cause, writing a book called "Women Who Work" and leading the '
            "policy charge on her father's campaign.")
    got = extract_quotes(pd.DataFrame({"article_id": ["s13"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["cue"], strict=True)) == [
        ('a book called "Women Who Work"', "mixed", "Ivanka Trump", "writing"),
    ]


# --- s13bound: the commas of a series ('X, Y and Z') inside a noun-phrase object are no end of the content
def test_s13bound_series_inside_object():
    text = ("Members urged the government to set up a task force to tackle deaths in prisons, police cells, detention "
            "centres and special hospitals.")
    got = extract_quotes(pd.DataFrame({"article_id": ["s13"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], strict=True)) == [
        ("the government to set up a task force to tackle deaths in prisons, police cells, detention centres and "
         "special hospitals", "indirect", "Members"),
    ]


# --- s13bound: a title in quotation marks closing the cue's paragraph ('... with Sirius XM's "Breitbart News Daily."')
# does not hide the paragraph break: the next paragraph's quotation with its own cue is no second part of the first
def test_s13bound_title_at_paragraph_end_keeps_break():
    text = ('"There is hatred like nobody has ever seen," Donald Trump said in an interview with Sirius XM\'s '
            '"Breitbart News Daily."\n\n"I think we ought to start it up again this morning," he went on.')
    got = extract_quotes(pd.DataFrame({"article_id": ["s13"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker_name"], strict=True)) == [
        ("There is hatred like nobody has ever seen", "direct", "Donald Trump"),
        ("I think we ought to start it up again this morning", "direct", "Donald Trump"),
    ]


# --- s13bound: after a quoted fragment, a comma then ", but rather" / ", rather than" goes on with the same predicate
def test_s13bound_but_rather_after_fragment():
    text = ('Legal observers note the White House would not truly "close" the prison, but rather move the detainees '
            'into the United States.')
    got = extract_quotes(pd.DataFrame({"article_id": ["s13"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], strict=True)) == [
        ('the White House would not truly "close" the prison, but rather move the detainees into the United States',
         "mixed", "Legal observers"),
    ]


# --- s13bound: '... had "been friends for some time," he claimed they had never met': a cue that takes its own clause
# does not attribute the quotation before it, so the first content ends with that quotation, not before it
def test_s13bound_fragment_then_cue_with_own_clause():
    text = ('Anthony Weiner told the newspaper that he and the woman had "been friends for some time," he claimed they '
            'had never met.')
    got = extract_quotes(pd.DataFrame({"article_id": ["s13"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker_name"], strict=True)) == [
        ('he and the woman had "been friends for some time"', "mixed", "Anthony Weiner"),
        ("they had never met", "indirect", "Anthony Weiner"),
    ]


# --- s13bound: a concessive clause after a quoted fragment closed with a comma ('are "about right," though voters are
# more likely to say ...') is the writer's: the content ends with the fragment
def test_s13bound_concessive_after_fragment():
    text = ('Most of the voters say the positions of both candidates are "about right," though most '
            'voters are far more likely to call them too liberal.')
    got = extract_quotes(pd.DataFrame({"article_id": ["s13"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], strict=True)) == [
        ('the positions of both candidates are "about right"', "mixed", "Most of the voters"),
    ]


# --- s13bound: "but"/"and" and a pronoun's new clause after a quoted fragment closed with a comma ('are "non-entities
# in the Senate," but he gave the Texan ...') is the writer's: the content ends with the fragment
def test_s13bound_but_pronoun_clause_after_fragment():
    text = ('Harry Reid said both Rubio and Cruz are "non-entities in the Senate," but he gave the Texan a back-handed '
            'compliment.')
    got = extract_quotes(pd.DataFrame({"article_id": ["s13"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], strict=True)) == [
        ('both Rubio and Cruz are "non-entities in the Senate"', "mixed", "Harry Reid"),
    ]


# --- s13bound: a participle phrase after a quoted fragment closed with a comma ('... a "fringe candidate," making air
# quotes') is the writer's: the content ends with the fragment
def test_s13bound_participle_after_fragment():
    text = 'Bernie Sanders said the media considered him a "fringe candidate," making air quotes with his fingers.'
    got = extract_quotes(pd.DataFrame({"article_id": ["s13"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], strict=True)) == [
        ('the media considered him a "fringe candidate"', "mixed", "Bernie Sanders"),
    ]


# --- s14bound: "even" before a subordinator ("even if", "even though") opens a fronted clause inside the content; the
# comma closing it is followed by the main clause ('say that, even if they wanted to, a recount ...'), not an apposition
def test_s14bound_even_if_fronted_clause():
    text = ('Party officials say that, even if they thought it was appropriate, a recount of the vote could not be '
            'done.')
    got = extract_quotes(pd.DataFrame({"article_id": ["s14"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], strict=True)) == [
        ("even if they thought it was appropriate, a recount of the vote could not be done", "indirect",
         "Party officials"),
    ]


# --- s14bound: names after an "according to" source's role noun ("a study by economists Peter Schott and Justin Pierce,")
# belong to the source; the clause after its comma holds the quoted fragment (one mixed quote, not a direct fragment)
def test_s14bound_according_to_role_then_names():
    text = ('According to a 2013 study by economists Peter Schott and Justin Pierce, the recession is partly to blame '
            'for lost jobs, but so is this "major change in U.S. trade policy."')
    got = extract_quotes(pd.DataFrame({"article_id": ["s14"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], strict=True)) == [
        ('the recession is partly to blame for lost jobs, but so is this "major change in U.S. trade policy."',
         "mixed", "a 2013 study by economists"),
    ]


# --- s14bound: a cue inside a dash aside of its sentence ('X was a planner - a former aide said she ... - and ...'):
# the content ends with the dash closing the aside; a wire dateline's dash opens no aside
def test_s14bound_cue_inside_dash_aside():
    text = ('Fiorina was a microscopic planner - a former speechwriter said she demanded detailed analyses of her '
            'audiences before speaking events - and her management of the merger was no less precise. '
            'WASHINGTON (Reuters) - Donald Trump said he would win the state - a claim that critics dispute.')
    got = extract_quotes(pd.DataFrame({"article_id": ["s14"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], strict=True)) == [
        ("she demanded detailed analyses of her audiences before speaking events", "indirect",
         "a former speechwriter"),
        ("he would win the state - a claim that critics dispute", "indirect", "Donald Trump"),
    ]


# --- s14bound: a cue inside an open parenthesis: its content ends with the closing parenthesis
def test_s14bound_cue_inside_parenthesis():
    text = 'The plan was costly (the governor said it would cost $5 billion) and voters rejected it.'
    got = extract_quotes(pd.DataFrame({"article_id": ["s14"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], strict=True)) == [
        ("it would cost $5 billion", "indirect", "the governor"),
    ]


# --- s14mix: ", although" and a pronoun with its own cue ends the content before it: the pronoun's report is a new
# attribution ('said he would go ahead, although he tweeted that he "rejects ..."')
def test_s14mix_although_pronoun_cue_is_new_report():
    text = ('The prime minister said late Wednesday that he would go ahead with the meeting, although he tweeted that '
            'he "rejects the latest comments about Muslims."')
    got = extract_quotes(pd.DataFrame({"article_id": ["s14"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], strict=True)) == [
        ("he would go ahead with the meeting", "indirect", "The prime minister"),
        ("rejects the latest comments about Muslims.", "direct", "he"),
    ]


# --- s14mix: the quotation after a crowd's chant ("chants of", "chanting") is the words chanted, a direct quote of
# the quotation only (lexicon chant_words)
def test_s14mix_chant_quotation_is_direct():
    text = ('Clinton supporters responded with chants of "I\'m with her" until Clinton herself spoke up. '
            'Later the crowd broke into chants of "Lock her up" as he spoke.')
    got = extract_quotes(pd.DataFrame({"article_id": ["s14"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["cue"], strict=True)) == [
        ("I'm with her", "direct", "Clinton supporters", "chants of"),
        ("Lock her up", "direct", "", "chants of"),
    ]


# --- s14bbc: after a direct quotation, its trailing cue followed by "this"/"these" and a non-time word ('"..." He
# denied this strategy was opportunism') also opens the cue's own reported clause; 'He said this week.' does not
def test_s14bbc_demonstrative_clause_after_quote_cue():
    text = ('The party hopes to win seats from the Tories. "I just think Labour voters could not resist the '
            'temptation." He denied this strategy was opportunism. "We will fight," she said. She said this week.')
    got = extract_quotes(pd.DataFrame({"article_id": ["s14"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["cue"], strict=True)) == [
        ("I just think Labour voters could not resist the temptation.", "direct", "He", "denied"),
        ("this strategy was opportunism", "indirect", "He", "denied"),
        ("We will fight", "direct", "she", "said"),
    ]


# --- s14bbc: a full name right before a restrictive "who" and a cue with "that" ('attorney general Eliot Spitzer who
# alleged that ...') is the speaker, as after a comma; a group ('Those Democrats who claimed that ...') is not
def test_s14bbc_name_before_restrictive_who():
    text = ('The lawsuit was brought by attorney general Eliot Spitzer who alleged that Mr Richter sent billions of '
            'spam messages. Those Democrats who claimed that the vote was rigged lost.')
    got = extract_quotes(pd.DataFrame({"article_id": ["s14"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["cue"], strict=True)) == [
        ("Mr Richter sent billions of spam messages", "indirect", "attorney general Eliot Spitzer", "alleged that"),
    ]


# --- s14bbc: a subject phrase holding a capitalised word before 'said: "..."' ('The double Olympic champion said:',
# 'Broadcast magazine said:') is the speaker as a whole, not empty and not the capitalised words alone
def test_s14bbc_whole_subject_phrase_before_colon_cue():
    text = ('Holmes pulled out of the race on Friday. The double Olympic champion said: "I am very disappointed that '
            'I have been forced to withdraw." Broadcast magazine said: "British TV never realised how low it could go."')
    got = extract_quotes(pd.DataFrame({"article_id": ["s14"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["cue"], strict=True)) == [
        ("I am very disappointed that I have been forced to withdraw.", "direct", "The double Olympic champion",
         "said"),
        ("British TV never realised how low it could go.", "direct", "Broadcast magazine", "said"),
    ]


# --- s14bbc: a broadcaster's name with a number ('told BBC 6 Music', 'told BBC News 24') or an outlet's possessive
# programme ('told BBC Radio Scotland's Good Morning Scotland programme') is the addressee of "told", no content;
# 'told Reuters 20 people ...' keeps the number in the content
def test_s14bbc_broadcaster_addressee_after_told():
    text = ("Barrow told BBC 6 Music the record was nearly done. Leigh told BBC News 24 the success was amazing. "
            "Mr Swinney told BBC Radio Scotland's Good Morning Scotland programme the fees were too high. "
            "The officer told Reuters 20 people were hurt.")
    got = extract_quotes(pd.DataFrame({"article_id": ["s14"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["cue"], strict=True)) == [
        ("the record was nearly done", "indirect", "Barrow", "told"),
        ("the success was amazing", "indirect", "Leigh", "told"),
        ("the fees were too high", "indirect", "Mr Swinney", "told"),
        ("20 people were hurt", "indirect", "The officer", "told"),
    ]


# --- s14bbc: an inverted cue interrupting its content with a role apposition after the name ('The problem they face,
# said Shailendra Jain, head of MMS firm Adamind, is educating people ...'): one split indirect quote
def test_s14bbc_interrupting_inverted_cue_with_role_apposition():
    text = ('The problem they face, said Shailendra Jain, head of MMS firm Adamind, is educating people in how to '
            'send the messages.')
    got = extract_quotes(pd.DataFrame({"article_id": ["s14"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["cue"], strict=True)) == [
        ("The problem they face … is educating people in how to send the messages", "indirect", "Shailendra Jain",
         "said"),
    ]


# --- s14bbc: "that" right before a finite verb after a cue ('Sir Edward said that was impossible') is the content's
# demonstrative subject, not a complementizer: it opens the content and stays out of the cue
def test_s14bbc_demonstrative_that_subject():
    text = ('But Sir Edward said that was impossible because the left was against it. Opposition parties say that '
            'will not happen. He said that the plan was dead.')
    got = extract_quotes(pd.DataFrame({"article_id": ["s14"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["cue"], strict=True)) == [
        ("that was impossible because the left was against it", "indirect", "Sir Edward", "said"),
        ("that will not happen", "indirect", "Opposition parties", "say"),
        ("the plan was dead", "indirect", "He", "said that"),
    ]


# --- s14bbc: a "that" found past a preposition or infinitive after the cue and followed by a finite verb ('warning
# about a virus that can spread', 'agreed to establish a body that would give') opens a relative clause: no content
def test_s14bbc_relative_that_after_preposition_no_content():
    text = ('Security firms are warning about a virus that can spread much faster than similar bugs. Miguel Moratinos '
            'agreed to establish a body that would give Gibraltarians a voice. He said in a statement that the plan '
            'was dead.')
    got = extract_quotes(pd.DataFrame({"article_id": ["s14"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["cue"], strict=True)) == [
        ("the plan was dead", "indirect", "He", "said"),
    ]


# --- s14bbc: a two-word sentence adverb ('More significantly,') or a bare noun subject ('broadband is ...') around an
# interrupting inverted cue: the clause after the speaker is the content
def test_s14bbc_sentence_adverb_before_inverted_cue():
    text = ('More significantly, argues the report, broadband is encouraging people to take a more active role online. '
            'Also, said Mr Trainor, research is being done on ways to cut energy use.')
    got = extract_quotes(pd.DataFrame({"article_id": ["s14"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["cue"], strict=True)) == [
        ("broadband is encouraging people to take a more active role online", "indirect", "the report", "argues"),
        ("research is being done on ways to cut energy use", "indirect", "Mr Trainor", "said"),
    ]


# --- s14bbc: an organisation named by a determiner and its noun opens the sentence ('The firm cut 300 jobs and said
# ...', 'The government rejected the plan and said ...'): the subject of the coordinated cue
def test_s14bbc_determiner_organisation_subject_of_coordinated_cue():
    text = ('The firm cut 300 jobs and said the move was necessary to keep trading. The government rejected the plan '
            'and said it was too costly.')
    got = extract_quotes(pd.DataFrame({"article_id": ["s14"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["cue"], strict=True)) == [
        ("the move was necessary to keep trading", "indirect", "The firm", "said"),
        ("it was too costly", "indirect", "The government", "said"),
    ]


# --- s14subj: a party-state tag in brackets, then the comma that closes an apposition ("The panel's top Democrat, Sen.
# Jack Reed (D-R.I.), said"): the name before the tag is the speaker
def test_s14subj_party_tag_in_apposition():
    text = ("The committee's top Democrat, Sen. Jack Reed (D-R.I.), said on Tuesday that he had not read the "
            "president's plan. Another former lawmaker, Sen. Joe Lieberman (I-Conn.), also said he would vote for "
            "Clinton.")
    got = extract_quotes(pd.DataFrame({"article_id": ["s14"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], strict=True)) == [
        ("he had not read the president's plan", "indirect", "Sen. Jack Reed"),
        ("he would vote for Clinton", "indirect", "Sen. Joe Lieberman"),
    ]


# --- s14subj: '"...," he said, adding: "..."': the pronoun subject of the cue before the participle speaks the
# participle's quotation too (resolved to the named person)
def test_s14subj_pronoun_said_adding():
    text = ('Campaign manager Corey Lewandowski spoke on Monday. "That will benefit all the races down ballot," he '
            'said, adding: "I don\'t think it\'s fair to say that."')
    got = extract_quotes(pd.DataFrame({"article_id": ["s14"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["speaker_name"], strict=True)) == [
        ("That will benefit all the races down ballot", "direct", "he", "Corey Lewandowski"),
        ("I don't think it's fair to say that.", "direct", "he", "Corey Lewandowski"),
    ]


# --- s14subj: two coordinated modifiers before a plural role after the content ("..., current and former officials
# said."): the whole noun phrase is the speaker, so the comma before it opens the cue's clause
def test_s14subj_coordinated_modifiers_role():
    text = ("Agents are likely to want to interview Clinton and her senior aides about the server, current and former "
            "officials said. The review will take months, state and local officials told reporters.")
    got = extract_quotes(pd.DataFrame({"article_id": ["s14"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], strict=True)) == [
        ("Agents are likely to want to interview Clinton and her senior aides about the server", "indirect",
         "current and former officials"),
        ("The review will take months", "indirect", "state and local officials"),
    ]


# --- s14subj: a subject, an aside between two dashes, then the verb and a participle cue ("Mrs. Clinton -- whose
# husband signed the act into law -- has derided ..., suggesting that ..."): the subject before the aside speaks
def test_s14subj_dash_aside_subject_participle():
    text = ("On the Democratic side, Mrs. Clinton -- whose husband signed the act into law -- has publicly derided "
            "the plan, suggesting that efforts to bring it back are misguided. The senator — a former prosecutor — "
            "rejected the bill on Monday, saying it would fail.")
    got = extract_quotes(pd.DataFrame({"article_id": ["s14"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], strict=True)) == [
        ("efforts to bring it back are misguided", "indirect", "Mrs. Clinton"),
        ("it would fail", "indirect", "The senator"),
    ]


# --- s14subj: a given name ending in -ly opening the sentence ("Carly Fiorina threw her support ..., saying") is the
# subject of the participle cue, not an adverb ("Finally, ...")
def test_s14subj_given_name_in_ly_subject():
    text = "Carly Fiorina threw her support behind Ted Cruz on Wednesday, saying it is time for a real conservative."
    got = extract_quotes(pd.DataFrame({"article_id": ["s14"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], strict=True)) == [
        ("it is time for a real conservative", "indirect", "Carly Fiorina"),
    ]


# --- s14subj: a question put to the subject of the main clause ("Asked about Cruz's charges, Rubio said ...", "When
# asked why, Sembler responded ...") is content however short: no asker named
def test_s14subj_short_question_lead():
    text = ("Asked about Cruz's charges, Rubio said that the reforms were needed. When asked why, Sembler responded "
            "in a text message that Trump will be the nominee.")
    got = extract_quotes(pd.DataFrame({"article_id": ["s14"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["cue"], strict=True)) == [
        ("Cruz's charges", "indirect", "", "Asked"),
        ("the reforms were needed", "indirect", "Rubio", "said that"),
        ("why", "indirect", "", "asked"),
        ("Trump will be the nominee", "indirect", "Sembler", "responded"),
    ]


# --- s14subj: the horizontal bar (U+2015, HuffPost's dash) reads as an em dash: an aside between two of them before the
# cue ("Republican leaders ― three former Bush officials among them ― have also said"); the quote keeps the original mark
def test_s14subj_horizontal_bar_dash():
    text = ("Republican leaders ― three former Bush officials among them ― have also said they are supporting Clinton. "
            "The senator said the plan ― a costly one ― would fail.")
    got = extract_quotes(pd.DataFrame({"article_id": ["s14"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], strict=True)) == [
        ("they are supporting Clinton", "indirect", "Republican leaders"),
        ("the plan ― a costly one ― would fail", "indirect", "The senator"),
    ]


# --- s14subj: a pronoun as the whole question put to the main clause's subject ("Asked about it after a debate, Trump
# told CNN ...") is the content, cut before its adverbial; not after a passive with its subject
def test_s14subj_asked_about_pronoun():
    text = ("Asked about it after a Republican debate, Trump told CNN that he believed the story was made up. "
            "He was asked about it during the debate and said nothing.")
    got = extract_quotes(pd.DataFrame({"article_id": ["s14"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["cue"], strict=True)) == [
        ("it", "indirect", "", "Asked"),
        ("he believed the story was made up", "indirect", "Trump", "told"),
    ]


# --- s15speed: same output, less CPU ---
def test_ascii_token_pattern_equals_token_re_on_ascii_text(seed_articles):
    import random
    import string

    from helpers.quotes import _TOKEN_ASCII_RE, _min_tokens, _word_spans
    from helpers.text import TOKEN_RE

    rng = random.Random(15)
    alphabet = string.printable + "''--__"
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 80))) for _ in range(3000)]
    texts += ["Mr O'Neill's co-op-led plan -- 'rock'n'roll' x_y 3-2 _a a_ a-'b", "don't - 'quote' -x x- __"]
    for text in texts:
        assert text.isascii()
        assert _TOKEN_ASCII_RE.findall(text) == TOKEN_RE.findall(text), text
        assert [m.span() for m in _TOKEN_ASCII_RE.finditer(text, 3, 40)] == [
            m.span() for m in TOKEN_RE.finditer(text, 3, 40)], text
    body = seed_articles["body"].iloc[0]  # (not ASCII: TOKEN_RE itself)
    assert not body.isascii()
    assert [w for w, _, _ in _word_spans(body[:300], 0)] == TOKEN_RE.findall(body[:300])
    assert _min_tokens(5, body, 0, 40) == (len(TOKEN_RE.findall(body, 0, 40)) >= 5)
    assert _word_spans("He said: don't -- 'no'", 10) == [("He", 10, 12), ("said", 13, 17), ("don't", 19, 24),
                                                           ("no", 29, 31)]


def test_fast_double_mark_pattern_equals_alternation(seed_articles):
    import random
    import re

    from helpers.quotes import _DOUBLE_MARK_RE

    plain = re.compile(r"[\"“”„«»]|''")
    rng = random.Random(15)
    texts = ["".join(rng.choice("ab '\"“”„«»‘’\n") for _ in range(rng.randrange(0, 40))) for _ in range(3000)]
    texts += [seed_articles["body"].iloc[0], "He said ''no'' and '''yes''' then \"x\" «y» „z“ 'w'"]
    for text in texts:
        assert [m.span() for m in _DOUBLE_MARK_RE.finditer(text)] == [m.span() for m in plain.finditer(text)], text
        for lo, hi in ((0, len(text)), (1, len(text) - 1), (3, 9)):
            a, b = _DOUBLE_MARK_RE.search(text, lo, hi), plain.search(text, lo, hi)
            assert (a and a.span()) == (b and b.span()), text


# --- s15subj: "went on" after a closing quotation is a cue of speaking on ('"...," he went on.'), like "continued";
# only after a quotation ("The talks went on for hours" reports nothing)
def test_s15subj_went_on_after_quotation():
    text = ('"We ought to start it up again," Donald Trump said on Monday. "This is a lot of nonsense that we ended," '
            "he went on. The talks went on for hours. As the night wore on, the talks went on.")
    got = extract_quotes(pd.DataFrame({"article_id": ["s15"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["speaker_name"], got["cue"], strict=True)) == [
        ("We ought to start it up again", "direct", "Donald Trump", "Donald Trump", "said"),
        ("This is a lot of nonsense that we ended", "direct", "he", "Donald Trump", "went on"),
    ]


# --- s15subj: when no subject opens the sentence of a participle or coordinated cue, the first subject pronoun before a
# verb in it is the speaker ("This year, he rose to the defense of X, saying ...", '..., he said at a news conference, and
# then predicted: "..."'), resolved like any pronoun, instead of the last name mentioned
def test_s15subj_clause_pronoun_subject():
    text = ("Vladimir Putin praised Sepp Blatter on Thursday. This year, he rose to the defense of Mr. Blatter, the "
            "embattled president of FIFA, saying Mr. Blatter should be awarded the Nobel Peace Prize. Paul Manafort spoke "
            'to reporters. "We do think that our support is growing," he said at a Sunday news conference, and then '
            'predicted: "I expect we will win."')
    got = extract_quotes(pd.DataFrame({"article_id": ["s15"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["speaker_name"], got["cue"], strict=True)) == [
        ("Mr. Blatter should be awarded the Nobel Peace Prize", "indirect", "he", "Vladimir Putin", "saying"),
        ("We do think that our support is growing", "direct", "he", "Paul Manafort", "said"),
        ("I expect we will win.", "direct", "he", "Paul Manafort", "predicted"),
    ]


# --- s15subj: the same fallback reads a name before a verb ('Washington (AFP) - Democrat Hillary Clinton has taken a swipe
# at ..., saying'), but not past a verb of saying, where the content begins ('X told the website Ford did not deserve
# credit, saying: "..."': the clause's speaker stays)
def test_s15subj_clause_name_subject():
    text = ("Washington (AFP) - Democrat Hillary Clinton has taken a swipe at Donald Trump's stance on Brexit, saying that "
            "the vote was a warning. Amanda's uncle, Lewis Champion, told the BBC News website Ford did not deserve any "
            'credit for his plea, saying: "Nothing is worth taking five years off a sentence."')
    got = extract_quotes(pd.DataFrame({"article_id": ["s15"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["speaker_name"], got["cue"], strict=True)) == [
        ("the vote was a warning", "indirect", "Democrat Hillary Clinton", "Hillary Clinton", "saying that"),
        ("Ford did not deserve any credit for his plea", "indirect", "Lewis Champion", "Lewis Champion", "told"),
        ("Nothing is worth taking five years off a sentence.", "direct", "", "Lewis Champion", "saying"),
    ]


# --- s15subj: a two-word elliptical clause or a pro-form right after "said" that ends the sentence is what was said
# ('Jeff Flake said he would.', '26 percent said the same.', 'he said that CNN had.'); not a day ('Smith said Tuesday.')
def test_s15subj_short_elliptical_content():
    text = ("Republican senators are split on whether they would vote for Garland. Jeff Flake said he would. Last month, "
            "26 percent said the same. He did not apologize; more so, he said that CNN had. The plan failed, Smith said "
            "Tuesday.")
    got = extract_quotes(pd.DataFrame({"article_id": ["s15"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["cue"], strict=True)) == [
        ("he would", "indirect", "Jeff Flake", "said"),
        ("the same", "indirect", "26 percent", "said"),
        ("CNN had", "indirect", "he", "said that"),
        ("The plan failed", "indirect", "Smith", "said"),
    ]


# --- s15subj: a report or claim in the passive names its source after "by" ("The meeting was first reported by
# Politico.", "the attacks in Paris, which were claimed by the Islamic State"): the subject (or the relative pronoun) is
# what was reported, as PARC 3.0 / PolNeAR annotate it; not "is reported by Reuters to have won" (a raising infinitive)
def test_s15subj_reported_by_agent():
    text = ("The meeting was first reported by Politico. Security sharpened after the attacks in Paris, which were claimed "
            "by the Islamic State. Turkey's Everasia is reported by Reuters to have won a contract.")
    got = extract_quotes(pd.DataFrame({"article_id": ["s15"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["cue"], strict=True)) == [
        ("The meeting", "indirect", "Politico", "reported"),
        ("which", "indirect", "the Islamic State", "claimed"),
    ]


# --- s15subj: more catenative verbs between a subject and its cue ("refusing to concede that", "'s expected to argue
# that", "are taking pains to say", "was forced to admit that")
def test_s15subj_catenative_verbs():
    text = ("Trump made a fresh pitch to Sanders voters, refusing to concede that their backers were unlikely to vote for "
            "him. She's expected to argue that the senator has fallen out of touch with voters. The minister was forced "
            "to admit that the figures were wrong.")
    got = extract_quotes(pd.DataFrame({"article_id": ["s15"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["cue"], strict=True)) == [
        ("their backers were unlikely to vote for him", "indirect", "Trump", "concede that"),
        ("the senator has fallen out of touch with voters", "indirect", "She", "argue that"),
        ("the figures were wrong", "indirect", "The minister", "admit that"),
    ]


# --- s15bound: a short source and its cue closing the sentence after a comma ("..., Ms Lomax said.", "..., a Treasury
# official said, adding that ...") take the clause before them; an earlier cue's content ends at that comma
def test_s15bound_trailing_source_ends_earlier_content():
    text = ("Private surveys suggest a stronger economy than official estimates, Ms Lomax said. "
            "Ministers did not complain when the exports helped growth, a Treasury official said, adding that the "
            "figures were hard to check.")
    got = extract_quotes(pd.DataFrame({"article_id": ["s15"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["cue"], strict=True)) == [
        ("Private surveys suggest a stronger economy than official estimates", "indirect", "Ms Lomax", "said"),
        ("a stronger economy than official estimates", "indirect", "Private surveys", "suggest"),
        ("Ministers did not complain when the exports helped growth", "indirect", "a Treasury official", "said"),
        ("when the exports helped growth", "indirect", "Ministers", "complain"),
        ("the figures were hard to check", "indirect", "a Treasury official", "adding that"),
    ]


# --- s15bound: an inverted "said" and its source after a comma ("..., said Dan Jones, a pollster", "..., said an
# American official who ...") attribute the clause before them; an earlier cue's content ends at that comma
def test_s15bound_inverted_trailing_source_ends_earlier_content():
    text = ("Even as the race moves to Ohio, a state that she hoped to win easily, the contest will be tight, said Dan "
            "Jones, a pollster in Columbus. Mr. Obama warned the premier not to send ships to the reef, said an "
            "American official who was briefed on the talks.")
    got = extract_quotes(pd.DataFrame({"article_id": ["s15"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["cue"], strict=True)) == [
        ("Even as the race moves to Ohio, a state that she hoped to win easily, the contest will be tight", "indirect",
         "Dan Jones", "said"),
        ("to win easily, the contest will be tight", "indirect", "she", "hoped"),
        ("Mr. Obama warned the premier not to send ships to the reef", "indirect", "an American official", "said"),
        ("the premier not to send ships to the reef", "indirect", "Mr. Obama", "warned"),
    ]


# --- s15bound: eval_quotes --boundaries groups a content-boundary miss by where the predicted and gold spans diverge
def test_s15bound_boundary_groups():
    from bench.eval_quotes import _boundary_groups

    text = "Smith said that the plan would fail, and the council voted it down on Monday."
    gold_start, gold_end = text.index("that"), text.index(", and")
    ours = text.index("the plan")
    assert _boundary_groups(text, gold_start, gold_end, ours, len(text) - 1) == ["end long: gold stops before [, and]"]
    assert _boundary_groups(text, ours, len(text) - 1, ours, gold_end) == ["end short: we stop before [, and]"]
    assert _boundary_groups(text, 0, gold_end, ours, gold_end) == ["start late: we skip [Smith said that]"]
    assert _boundary_groups(text, gold_start, gold_end, ours, gold_end) == [
        "same span but for punctuation, 'that' or a quotation mark"]


# --- s15bound: a question put to the speaker ("when asked whether ...") between the parts of a quotation that goes on
# in the next sentence is found as after a quotation in one part
def test_s15bound_when_asked_between_quotation_parts():
    text = ("The rally ended late.\n\n“This is about me,” she said when asked whether she wanted Cruz to campaign for "
            "her. “I’m going to be focusing on my race.”")
    got = extract_quotes(pd.DataFrame({"article_id": ["s15"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["cue"], strict=True)) == [
        ("This is about me … I’m going to be focusing on my race.", "direct", "she", "said"),
        ("whether she wanted Cruz to campaign for her", "indirect", "", "asked"),
    ]


# --- s15pred: a question put to the speaker after the cue of the answer, between the parts of a split quote
# ('"A," she said, when asked whether ... "B."') or as a participle after it ('..., said Ben Carson, asked about his
# claims that ...'): the question is content with no asker; not a finite "asked" after an apposition
def test_s15pred_question_after_the_answer_cue():
    text = ('"This is about me," she said, when asked whether she wanted Cruz to campaign for her. "I\'m going to be '
            'focusing on my campaign." "Forget about it," said Ben Carson, asked about his claims that he had been '
            'offered a scholarship, when he had not applied. Jose Vargas, an activist, asked her whether she would '
            'commit to the pledge.')
    got = extract_quotes(pd.DataFrame({"article_id": ["s15"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["cue"], strict=True)) == [
        ("This is about me … I'm going to be focusing on my campaign.", "direct", "she", "said"),
        ("whether she wanted Cruz to campaign for her", "indirect", "", "asked"),
        ("Forget about it", "direct", "Ben Carson", "said"),
        ("his claims that he had been offered a scholarship", "indirect", "", "asked"),
        ("whether she would commit to the pledge", "indirect", "Jose Vargas", "asked"),
    ]


# --- s15pred: a phrasal cue opened by a participle ("pointing out that", "making it clear that") reads like a one-word
# participle: after the comma that closes the speaker's clause and after "by"
def test_s15pred_phrasal_participle_cue():
    text = ("Mr Blair defended his party's record, pointing out that his government had introduced the memorial day. "
            "Sanders dismissed the charges by pointing out that she had not always praised the president.")
    got = extract_quotes(pd.DataFrame({"article_id": ["s15"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["cue"], strict=True)) == [
        ("his government had introduced the memorial day", "indirect", "Mr Blair", "pointing out that"),
        ("she had not always praised the president", "indirect", "Sanders", "pointing out that"),
    ]


# --- s15pred: "implied (that)" and "implying that" report like "hinted" ('..., implying that she was forbidden',
# 'conceded that ... but implied that ...'); "implies" (the figures, an offer) and "implying" before a plain object
# stay no cue
def test_s15pred_implied_that():
    text = ("Mr. Trump questioned why the wife did not speak, implying that she was forbidden from doing so. "
            "Trump conceded that his aide had touched her but implied that it was her fault. "
            "The index remained at 100.8, implying GDP growth at 2.9%. The offer implies that creditors would lose.")
    got = extract_quotes(pd.DataFrame({"article_id": ["s15"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["cue"], strict=True)) == [
        ("why the wife did not speak", "indirect", "Mr. Trump", "questioned"),
        ("she was forbidden from doing so", "indirect", "Mr. Trump", "implying that"),
        ("his aide had touched her", "indirect", "Trump", "conceded that"),
        ("it was her fault", "indirect", "Trump", "implied that"),
    ]


# --- s15mix: a quoted fragment inside a subordinate clause with its own subject ("In 1992, when he devoted his
# candidacy to the "forgotten middle class," ...", "..., when he monitored the "road map" for ..."): the clause's
# predicate up to the comma that closes it is one mixed quote by that subject, not by the main clause's
def test_s15mix_fragment_in_subordinate_clause():
    text = ('In 1992, when he devoted his candidacy to the "forgotten middle class," Mrs. Clinton was a lawyer in '
            'Arkansas. Then came a posting as military adviser, when the admiral monitored the "road map" for the '
            'final status accord.')
    got = extract_quotes(pd.DataFrame({"article_id": ["s15"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["cue"], strict=True)) == [
        ('his candidacy to the "forgotten middle class"', "mixed", "he", "devoted"),
        ('the "road map" for the final status accord', "mixed", "the admiral", "monitored"),
    ]


# --- s15mix: a title's or initialism's full stop and a decimal point between the predicate and its quoted fragment
# ("shared a report from Mrs. Clinton's aides ...", "defended the $1.6 billion budget as "...""): no sentence end; and
# a second predicate after the fragment (", and promised to ...") is no part of the mixed quote
def test_s15mix_fragment_after_abbreviation_dot():
    text = ('He also shared a report from Mrs. Clinton’s aides that the plan was "a disaster for families." The mayor '
            'defended the $1.6 billion budget as "a sensible plan," and promised to cut taxes next year.')
    got = extract_quotes(pd.DataFrame({"article_id": ["s15"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["cue"], strict=True)) == [
        ('a report from Mrs. Clinton’s aides that the plan was "a disaster for families."', "mixed", "He", "shared"),
        ('the $1.6 billion budget as "a sensible plan"', "mixed", "The mayor", "defended"),
        ("to cut taxes next year", "indirect", "The mayor", "promised"),
    ]


# --- s15mix: a whole quoted sentence that a participle cue and a comma introduce at the end of a mixed quote ('by
# saying, "..."', 'carrying signs saying, "..."') is a direct quote of its own, the words before it are adverbials; and
# adverbials only before "X said," ('Later, when I met him, he replied, "..."') are no content of the quotation
def test_s15mix_introduced_quotation_is_direct():
    text = ('On Twitter, she responded Tuesday to one of his messages by saying, "Seriously, just stop lying." Later, '
            'when I met Brafman after the hearing, he replied, "This was one of my finest moments." He insisted there '
            'was no plan for an invasion of the country saying: "Sometimes people say this is the next place."')
    got = extract_quotes(pd.DataFrame({"article_id": ["s15"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["cue"], strict=True)) == [
        ("Seriously, just stop lying.", "direct", "she", "saying"),
        ("This was one of my finest moments.", "direct", "he", "replied"),
        ('there was no plan for an invasion of the country saying: "Sometimes people say this is the next place."',
         "mixed", "He", "insisted"),
    ]


# --- s15mix: prepositional verbs of stance and argument (mixed_cues: "fixates on", "pushing for", "campaigned against",
# "pointed to") frame the quoted fragment in their object: the object is one mixed quote, the verb and preposition the cue
def test_s15mix_prepositional_mixed_cues():
    text = ('While Sullivan praises the article, Clinton fixates on the “pivot” line. Labor groups have long campaigned '
            'against having contractors do jobs that are considered "inherently governmental."')
    got = extract_quotes(pd.DataFrame({"article_id": ["s15"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["cue"], strict=True)) == [
        ("the “pivot” line", "mixed", "Clinton", "fixates on"),
        ('having contractors do jobs that are considered "inherently governmental."', "mixed", "Labor groups",
         "campaigned against"),
    ]


# --- s15bbc: a quotation of four words or more opening a sentence after narrative, with no cue and no framing
# predicate, is speech of its own (a paragraph, where paragraphs were joined by a space): the last speaker goes on
def test_s15bbc_free_quotation_after_narrative():
    text = ('Chief executive Terry Leahy said sales had risen by 5% in the first quarter. Sales in Scotland were '
            'particularly strong. "We expect that growth to continue through the summer." The shares closed at '
            '"a record high".')
    got = extract_quotes(pd.DataFrame({"article_id": ["s15"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["speaker_name"], strict=True)) == [
        ("sales had risen by 5% in the first quarter", "indirect", "Chief executive Terry Leahy", "Terry Leahy"),
        ("We expect that growth to continue through the summer.", "direct", "", "Terry Leahy"),
    ]


# --- s15bbc: such a quotation after a sentence whose subject is a person named after the last quote is that person's
def test_s15bbc_free_quotation_takes_the_subject_of_the_sentence_before():
    text = ('Republic of Ireland manager Brian Kerr said he was happy with the win. Captain Roy Keane said: "We '
            'deserved it." Kerr applauded the decisive move which earned the victory. "It was a brilliant goal, '
            'fantastic skill by Damien Duff."')
    got = extract_quotes(pd.DataFrame({"article_id": ["s15"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["speaker_name"], strict=True)) == [
        ("he was happy with the win", "indirect", "Republic of Ireland manager Brian Kerr", "Brian Kerr"),
        ("We deserved it.", "direct", "Captain Roy Keane", "Roy Keane"),
        ("It was a brilliant goal, fantastic skill by Damien Duff.", "direct", "", "Brian Kerr"),
    ]


# --- s15bbc: a sentence adverbial ('For instance,', 'By contrast,', 'But in some cases,', 'Worryingly,') before an
# interrupting inverted cue: the clause after the speaker is the content even when it opens with a bare noun or a
# gerund and reaches its verb late; not an apposition to the speaker
def test_s15bbc_adverbial_before_an_interrupting_inverted_cue():
    text = ("For instance, said Mr Hogan, filtering out e-mail messages that contain a web link can stop about 75% of "
            "spam. But in some cases, said the report, people were able to watch the new episodes within hours. "
            "Worryingly, said the firm, phishing gangs were using increasingly sophisticated techniques. "
            "But, says Nick Donofrio, senior vice-president at IBM, it was not the thing itself.")
    got = extract_quotes(pd.DataFrame({"article_id": ["s15"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], strict=True)) == [
        ("filtering out e-mail messages that contain a web link can stop about 75% of spam", "indirect", "Mr Hogan"),
        ("people were able to watch the new episodes within hours", "indirect", "the report"),
        ("phishing gangs were using increasingly sophisticated techniques", "indirect", "the firm"),
        # (merge of s15bbc and s15subj: the apposition after the speaker, with its prepositional tail, is skipped)
        ("it was not the thing itself", "indirect", "Nick Donofrio"),
    ]


# --- s15bbc: a cue opening a sentence of its own with its reported clause after a quotation ('"A." He said the answer
# had been prepared ...') is a report of its own: the next quotation is no second part of the first one
def test_s15bbc_cue_with_its_own_clause_between_two_quotations():
    text = ('Mr Bolz said the firm had to work more closely with celebrities. "People will want to play video games '
            'if their heroes are in them." Mr Florin said the challenge was to keep people playing in their 30s and '
            '40s. "There is an indication that a 30 year old still wants to play games."')
    got = extract_quotes(pd.DataFrame({"article_id": ["s15"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], strict=True)) == [
        ("the firm had to work more closely with celebrities", "indirect", "Mr Bolz"),
        ("People will want to play video games if their heroes are in them.", "direct", "Mr Florin"),
        ("the challenge was to keep people playing in their 30s and 40s … There is an indication that a 30 year old "
         "still wants to play games.", "mixed", "Mr Florin"),
    ]
    text = '"I am calling from the campaign." Miller said pleasantly into the phone. "How are you today?"'
    got = extract_quotes(pd.DataFrame({"article_id": ["s15"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], strict=True)) == [
        ("I am calling from the campaign. … How are you today?", "direct", "Miller"),
    ]


# --- s15bbc: such a quotation after another quotation with no cue of its own ('"A." Narrative. "B."') goes on with it
def test_s15bbc_free_quotation_after_a_free_quotation():
    text = ('Game designer Gonzalo Frasca told the BBC that the game was made for a party in Uruguay. It offered a view '
            'on how Uruguay could be changed. "It is up to us to explore what we can learn from play." Ultimately, Dr '
            'Frasca sees games as a small laboratory. "Children learn a lot about the world through play."')
    got = extract_quotes(pd.DataFrame({"article_id": ["s15"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["speaker_name"], strict=True)) == [
        ("the game was made for a party in Uruguay", "indirect", "Gonzalo Frasca", "Gonzalo Frasca"),
        ("It is up to us to explore what we can learn from play.", "direct", "", "Gonzalo Frasca"),
        ("Children learn a lot about the world through play.", "direct", "", "Gonzalo Frasca"),
    ]


# --- s15bbc: an outlet quoting someone right after a quotation or its content ('"...," Reuters quoted one trader as
# saying.', 'CONTENT, the paper quoted Mr Chernin as saying.'): the person quoted is the speaker
def test_s15bbc_outlet_quoted_someone_as_saying_after_the_words():
    text = ('"A deal does not seem likely," Reuters quoted one trader as saying. Verizon has held merger talks with '
            'MCI, the newspaper quoted sources as saying. "We are mourning the passing of a great company," the '
            'agency quoted Peoplesoft worker David Ogden as saying.')
    got = extract_quotes(pd.DataFrame({"article_id": ["s15"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["cue"], strict=True)) == [
        ("A deal does not seem likely", "direct", "one trader", "saying"),
        ("Verizon has held merger talks with MCI", "indirect", "sources", "saying"),
        ("We are mourning the passing of a great company", "direct", "Peoplesoft worker David Ogden", "saying"),
    ]


# --- s15bbc: a sentence opening with an organisation, its role words and a person's name ('Wolves chief executive Jez
# Moxey defended the decision.') names that person as its subject: a pronoun or a cueless quotation after it is theirs
def test_s15bbc_organisation_role_name_subject_of_the_sentence_before():
    text = ('Glenn Hoddle said he was delighted to be back. Wolves chief executive Jez Moxey defended the decision to '
            'give Hoddle a short contract. "We hope it will work out for both parties," he said.')
    got = extract_quotes(pd.DataFrame({"article_id": ["s15"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["speaker"], got["speaker_name"], strict=True)) == [
        ("he was delighted to be back", "Glenn Hoddle", "Glenn Hoddle"),
        ("We hope it will work out for both parties", "he", "Jez Moxey"),
    ]
    text = ('Education minister Margaret Hodge said the plans were fair. Fostering Network executive director Robert '
            'Tapsfield criticised the system. "There is just no logic to it at all."')
    got = extract_quotes(pd.DataFrame({"article_id": ["s15"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["speaker"], got["speaker_name"], strict=True)) == [
        ("the plans were fair", "Education minister Margaret Hodge", "Margaret Hodge"),
        ("There is just no logic to it at all.", "", "Robert Tapsfield"),
    ]


# --- s15prec: "continue" reports only the words it introduces (a quotation or colon, a verb of saying, "that"); with
# an object, an adverb or a clause after it, it goes on with an act ("The pound has continued its slide")
def test_s15prec_continued_with_an_object_or_adverb_is_no_quote():
    text = ("The pound has continued its slide against the dollar. The protest continued outside, where police "
            "waited. Rovers continued to press, and the keeper was tested again. The minister continued, \"We will "
            "not back down.\" Later she continued by saying that the talks would resume.")
    got = extract_quotes(pd.DataFrame({"article_id": ["s15"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["cue"], strict=True)) == [
        ("We will not back down.", "direct", "The minister", "continued"),
        ("the talks would resume", "indirect", "she", "continued"),
    ]


# --- s15prec: "add" reports words only as a clause or a quotation; a noun phrase right after it with no verb form is
# its object (something put in, gained or scored), not a quote
def test_s15prec_add_with_a_noun_object_is_no_quote():
    text = ("The network added more than two million new subscribers last year. Smith added two penalties as the "
            "visitors held on. He added his own comment. But he added some projects, such as the new tanker, were "
            "running late. She added the firm had no plans to sell.")
    got = extract_quotes(pd.DataFrame({"article_id": ["s15"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["cue"], strict=True)) == [
        ("some projects, such as the new tanker, were running late", "indirect", "he", "added"),
        ("the firm had no plans to sell", "indirect", "She", "added"),
    ]


# --- s15prec: a written item after "write" names the work made, also after a quantifier or with no determiner
# ("wrote all the copy", "writing lyrics", "wrote an account of ..."); an item with a participle of its words stays
def test_s15prec_written_item_without_determiner_is_no_quote():
    text = ("Lee wrote all the copy for the covers. Simonetti wrote an anonymous account of her life in the sky. "
            "Edwards joined the band, writing lyrics and playing guitar. Orszag began writing op-eds defending the "
            "tax cuts. Smith wrote the plan was flawed.")
    got = extract_quotes(pd.DataFrame({"article_id": ["s15"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["cue"], strict=True)) == [
        ("op-eds defending the tax cuts", "indirect", "Orszag", "writing"),
        ("the plan was flawed", "indirect", "Smith", "wrote"),
    ]


# --- s15prec: "deny" with a person or team named right after it and no verb form keeps them from something; a
# claim or a clause after it is what is denied
def test_s15prec_deny_a_named_person_is_no_quote():
    text = ("Keeper Paul Robinson denied Henry with a fine save. The band denied Oasis a third number one. "
            "Smith denied the charges of fraud against his company. Jones denied Brown had lied.")
    got = extract_quotes(pd.DataFrame({"article_id": ["s15"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["cue"], strict=True)) == [
        ("the charges of fraud against his company", "indirect", "Smith", "denied"),
        ("Brown had lied", "indirect", "Jones", "denied"),
    ]


# --- s15subj: a participle after a second clause goes with that clause's subject (", while India has also rejected
# aid, saying", ", though in a news conference he used stronger language, saying", ", as Mrs. Clinton echoed the
# criticism, saying"), not with the sentence's first subject
def test_s15subj_nearer_clause_subject():
    text = ("Thailand has said it does not wish to opt for a debt freeze, while India has also rejected international aid, "
            "saying it can cope on its own. President Obama has been criticized for using the term, though in a news "
            "conference last week he used stronger language, saying the group must be destroyed. It was a potent punch, "
            "as Mrs. Clinton echoed the criticism, saying Mr. Trump was unfit.")
    got = extract_quotes(pd.DataFrame({"article_id": ["s15"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["cue"], strict=True)) == [
        ("it does not wish to opt for a debt freeze", "indirect", "Thailand", "said"),
        ("it can cope on its own", "indirect", "India", "saying"),
        ("the group must be destroyed", "indirect", "he", "saying"),
        ("Mr. Trump was unfit", "indirect", "Mrs. Clinton", "saying"),
    ]


# --- s15subj: an inverted interrupting cue after a two-word sentence adverbial or an -ly adverb, with a bare noun phrase
# opening the clause after it ("For instance, said Mr Makower, credit cards are rare ...", "Currently, says Dr Paniccia,
# telecommunications equipment that amplifies the light is ..."); the clause is no apposition of the speaker
def test_s15subj_adverbial_inverted_interrupting_cue():
    text = ("For instance, said Mr Makower, credit cards are rare in China. Currently, says Dr Paniccia, telecommunications "
            "equipment that amplifies the laser light is very expensive. Often, said Mr Pearson, this sensitive "
            "information was invisible.")
    got = extract_quotes(pd.DataFrame({"article_id": ["s15"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["speaker"], got["speaker_role"], got["cue"], strict=True)) == [
        ("credit cards are rare in China", "Mr Makower", "", "said"),
        ("telecommunications equipment that amplifies the laser light is very expensive", "Dr Paniccia", "Dr", "says"),
        ("this sensitive information was invisible", "Mr Pearson", "", "said"),
    ]


def test_cue_scan_classes_spelled_out_find_the_same_cues(seed_articles):
    import random
    import re

    from helpers.quotes import _lexicon

    rng = random.Random(15)
    for lang, words in (("en", ["said", "says", "told", "according to", "Said", "added", "claims"]),
                        ("id", ["kata", "ujarnya", "menurut", "Kata", "mengatakan", "tambahnya"])):
        lex = _lexicon(lang)
        trie = lex.cue_re.pattern[len(r"(?<![a-zA-Z0-9_\w'’-])"):-len(r"(?![a-zA-Z0-9_\w-])")]
        plain = re.compile(rf"(?<![\w'’-]){trie}(?![\w-])")
        assert lex.cue_re.pattern == rf"(?<![a-zA-Z0-9_\w'’-]){trie}(?![a-zA-Z0-9_\w-])"
        pieces = words + [" ", "  ", "\n", "-", "'", "’", "_", "x", "é", "9", ",", ".", "un", "ed", "s"]
        texts = ["".join(rng.choice(pieces) for _ in range(rng.randrange(1, 30))) for _ in range(3000)]
        texts.append(seed_articles["body"].iloc[0])
        for text in texts:
            want = [m.span() for m in plain.finditer(text)]
            assert [m.span() for m in lex.cue_re.finditer(text)] == want, text
            if text.isascii():
                assert [m.span() for m in lex.cue_ascii_re.finditer(text)] == want, text


def test_called_reads_the_surname_occurrences_like_a_scan_per_honorific():
    import random

    from helpers.quotes import _FEMALE_HONORIFICS_EN, _MALE_HONORIFICS_EN, _called

    def scan(body: str, surname: str, honorifics: tuple[str, ...]) -> bool:
        for h in honorifics:
            key = h + surname
            i = body.find(key)
            while i >= 0:
                j = i + len(key)
                if (i == 0 or not body[i - 1].isalpha()) and (j >= len(body) or not body[j].isalnum()):
                    return True
                i = body.find(key, j)
        return False

    rng = random.Random(15)
    pieces = ["Mr ", "Mr. ", "Sir ", "Ms ", "S", "Smith", "Smithers", "Mr", " ", "x", ".", "Sir Sir", "MrMr ", "\n"]
    for _ in range(20000):
        body = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 12)))
        surname = rng.choice(["Smith", "Sir", "Mr", "S", "Mr Smith", "r S"])
        for hon in (_MALE_HONORIFICS_EN, _FEMALE_HONORIFICS_EN, ("Mr ", "S", "M", "Sir S")):
            assert _called(body, surname, hon) == scan(body, surname, hon), (body, surname, hon)
    assert _called("said Mr Brown.", "Brown", _MALE_HONORIFICS_EN)
    assert not _called("said Mr Browne and Ms Brown.", "Brown", _MALE_HONORIFICS_EN)


def test_be_before_pretest_keeps_every_match():
    import random

    from helpers.quotes import _BE_BEFORE_RE, _be_before

    rng = random.Random(15)
    pieces = ["was", "WERE", "isn't", "isn’t", "Been", "being", "got", "quickly", "not", "also", "said", "x", " ",
              "  ", "\n", "\t", ".", "ly", "Is", "n't", "am", "ſ", "i"]
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randrange(0, 10)))
        for lo, hi in ((0, len(text)), (1, len(text)), (0, max(0, len(text) - 1))):
            a, b = _be_before(text, lo, hi), _BE_BEFORE_RE.search(text, lo, hi)
            assert (a and a.span()) == (b and b.span()), (text, lo, hi)
    assert _be_before("The figures were announced", 0, 17) is not None
    assert _be_before("The figures rose", 0, 12) is None


# --- s15part: participial constructions of saying, tested from a small grammar: participle cue x position x subject
# shape x content shape, each with its exact quote, kind and speaker
_S15PART_SUBJECTS = ("Sarah Jones", "Mr Blair", "the mayor", "the company's chief executive", "he")
_S15PART_CONTENTS = (("that the budget was too small", "the budget was too small"),
                     ("that the budget, which was cut in May, was too small",
                      "the budget, which was cut in May, was too small"))


def _s15part_fronted_cases() -> list[tuple[str, str, str]]:
    """'Noting that Q, NP VERB ...' and 'After/While/In/Upon/Since saying that Q, NP VERB ...'."""
    cases = []
    cues = ("Noting", "Insisting", "Warning", "Arguing", "Claiming", "Pointing out", "Making clear")
    for i, cue in enumerate(cues):
        for j, subj in enumerate(_S15PART_SUBJECTS):
            frag, quote = _S15PART_CONTENTS[(i + j) % 2]
            cases.append((f"{cue} {frag}, {subj} called a meeting for Monday.", quote, subj))
    for i, lead in enumerate(("After saying", "While insisting", "In arguing", "Upon noting", "Since claiming")):
        for j, subj in enumerate(_S15PART_SUBJECTS):
            frag, quote = _S15PART_CONTENTS[(i + j) % 2]
            cases.append((f"{lead} {frag}, {subj} left the meeting.", quote, subj))
    return cases


@pytest.mark.parametrize(("text", "quote", "speaker"), _s15part_fronted_cases())
def test_s15part_fronted_participle_battery(text, quote, speaker):
    got = extract_quotes(pd.DataFrame({"article_id": ["s15"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], strict=True)) == [(quote, "indirect", speaker)]


# --- s15part: "by telling" with its addressee, then the clause ('Axelrod offered an olive branch by telling Clinton she
# had been an able opponent'): the main clause's subject said it; not "by telling stories about ..." (nothing reported)
@pytest.mark.parametrize(("text", "quote", "speaker"), [
    ("Axelrod tried offering an olive branch by telling Clinton she had been an able opponent.",
     "she had been an able opponent", "Axelrod"),
    ("The mayor ended the meeting by telling reporters that the budget was too small.", "the budget was too small",
     "The mayor"),
    ("The professor hoaxed the class by telling them they would have to retake their final exams.",
     "they would have to retake their final exams", "The professor"),
    ("Mr Blair calmed the party by telling Labour members that the election would be close.",
     "the election would be close", "Mr Blair"),
])


def test_s15part_by_telling_an_addressee_a_clause(text, quote, speaker):
    got = extract_quotes(pd.DataFrame({"article_id": ["s15"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], strict=True)) == [(quote, "indirect", speaker)]


def test_s15part_by_telling_without_a_clause_reports_nothing():
    text = "She won the crowd by telling stories about her father. He began by telling reporters about the plan."
    assert extract_quotes(pd.DataFrame({"article_id": ["s15"], "body": [text], "language": ["en"]})).empty


def _s15part_trailing_cases() -> list[tuple[str, str, str, str]]:
    """'NP VERB-ed ..., PART that Q.' / ', PART: "Q."' and 'NP VERB-ed ... by/after PART that Q.'."""
    cases = []
    cues = ("saying", "adding", "noting", "insisting", "warning", "arguing", "claiming", "pointing out", "making clear")
    for i, cue in enumerate(cues):
        subj = _S15PART_SUBJECTS[i % len(_S15PART_SUBJECTS)]
        frag, quote = _S15PART_CONTENTS[i % 2]
        cases.append((f"{subj[0].upper()}{subj[1:]} rejected the plan on Tuesday, {cue} {frag}.", quote,
                      subj[0].upper() + subj[1:], "indirect"))
        if i < 5:
            cases.append((f'{subj[0].upper()}{subj[1:]} rejected the plan on Tuesday, {cue}: "The budget is too small."',
                          "The budget is too small.", subj[0].upper() + subj[1:], "direct"))
    for i, lead in enumerate(("by saying", "after insisting", "by arguing", "after warning", "by pointing out")):
        subj = _S15PART_SUBJECTS[(i + 2) % len(_S15PART_SUBJECTS)]
        frag, quote = _S15PART_CONTENTS[i % 2]
        cases.append((f"{subj[0].upper()}{subj[1:]} ended the meeting {lead} {frag}.", quote, subj[0].upper() + subj[1:],
                      "indirect"))
    return cases


@pytest.mark.parametrize(("text", "quote", "speaker", "kind"), _s15part_trailing_cases())
def test_s15part_trailing_participle_battery(text, quote, speaker, kind):
    got = extract_quotes(pd.DataFrame({"article_id": ["s15"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], strict=True)) == [(quote, kind, speaker)]


# --- s15markbat: quotation marks and direct-quote mechanics, from the battery bench/battery_quote_marks.py ---
_S15MB_LEAD_EN = "Mary Jones, the head of the local union, spoke to reporters on Monday.\n\n"
_S15MB_LEAD_ID = "Siti Rahayu, ketua serikat pekerja setempat, berbicara kepada wartawan pada Senin.\n\n"


@pytest.mark.parametrize("language, body, expected", [
    # a straight single mark after a dash closes ('...that—' Jones said)
    ("en", _S15MB_LEAD_EN + "'Nobody expected the vote to pass so easily and Mr O'Brien knows that—' Jones said.",
     [("direct", "Nobody expected the vote to pass so easily and Mr O'Brien knows that—", "Mary Jones")]),
    ("id", _S15MB_LEAD_ID + "'Ini hasil terbaik kami sejak hari Jum'at lalu. Dana itu harus dipakai untuk sekolah—' "
     "ujar Siti Rahayu.",
     [("direct", "Ini hasil terbaik kami sejak hari Jum'at lalu. Dana itu harus dipakai untuk sekolah—", "Siti Rahayu")]),
    # an apostrophe inside a single-quoted quotation closes nothing
    ("en", _S15MB_LEAD_EN + "‘The players' union agrees with us and the fans do too,’ she said.",
     [("direct", "The players' union agrees with us and the fans do too", "Mary Jones")]),
    ("en", "John Smith, who runs the venue, spoke on Friday.\n\nHe said: ‘It was like rock 'n' roll on a Friday night."
     "\n\n‘We had never seen anything like it.’",
     [("direct", "It was like rock 'n' roll on a Friday night. ‘We had never seen anything like it.", "John Smith")]),
    # a single-quoted quotation over several paragraphs: an opening mark on each, a closing mark only at the end
    ("en", _S15MB_LEAD_EN + "She said: 'The council has failed this town.\n\n'The money must go to our schools.\n\n"
     "'We owe that much to the families who live here.'\n\nThe meeting ended shortly before noon.",
     [("direct", "The council has failed this town. 'The money must go to our schools. 'We owe that much to the "
       "families who live here.", "Mary Jones")]),
    ("id", "Budi Santoso, ketua serikat pekerja setempat, berbicara kepada wartawan pada Senin.\n\nBudi Santoso "
     "mengatakan: ‘Kami tidak akan menyerah.\n\n‘Kami akan terus berjuang bersama warga.’",
     [("direct", "Kami tidak akan menyerah. ‘Kami akan terus berjuang bersama warga.", "Budi Santoso")]),
    # scare quotes and a possessive apostrophe after a word stay as they were
    ("en", "Tickets for the 'Greatest Hits' tour went on sale on Monday, the promoters' statement said.",
     [("mixed", "Tickets for the 'Greatest Hits' tour went on sale on Monday", "promoters' statement")]),
    # two apostrophes closing at the very end of the body (after a dash) close the quotation
    ("en", "John Smith spoke on Monday.\n\nJohn Smith said: ''The council has failed this town—''",
     [("direct", "The council has failed this town—", "John Smith")]),
    # TeX-style marks: ``...'' split by its cue; after a colon in Indonesian, over two paragraphs
    ("en", "John Smith, the head of the local union, spoke on Monday.\n\n``We will not give up on this plan,'' he "
     "said, ``it is time for everyone to act.''",
     [("direct", "We will not give up on this plan … it is time for everyone to act.", "John Smith")]),
    ("id", "Budi Santoso hadir pada Senin.\n\nHal itu dikatakan Budi Santoso: ``Kami tidak akan menyerah.\n\n``Kami "
     "akan terus berjuang.''",
     [("direct", "Kami tidak akan menyerah. ``Kami akan terus berjuang.", "Budi Santoso")]),
    # a short double-quoted phrase nested in a single-quoted quotation
    ("en", _S15MB_LEAD_EN + "‘They told me “no”,’ Jones said. ‘The money must go to our schools.’",
     [("direct", "They told me “no” … The money must go to our schools.", "Mary Jones")]),
    ("id", "Budi Santoso, ketua serikat pekerja setempat, berbicara kepada wartawan pada Senin.\n\n'Warga sudah menunggu "
     "terlalu lama dan mereka bilang \"tidak\" dua kali,' ujarnya.",
     [("direct", "Warga sudah menunggu terlalu lama dan mereka bilang \"tidak\" dua kali", "Budi Santoso")]),
    # ... but not where a double-quoted phrase stands outside the single marks
    ("en", "He described the plan as \"a disaster\" and said 'we will fight it,' according to the union.",
     [("mixed", "He described the plan as \"a disaster\" and said 'we will fight it", "union"),
      ("mixed", "the plan as \"a disaster\"", "")]),
    # guillemets both ways: »...« (tight: » before a word, « after one) and « ... » (spaced or tight)
    ("en", _S15MB_LEAD_EN + "»The council has failed this town,« she said, »the money must go to our schools.«",
     [("direct", "The council has failed this town … the money must go to our schools.", "Mary Jones")]),
    ("en", _S15MB_LEAD_EN + "She said: « The council has failed this town. »",
     [("direct", "The council has failed this town.", "Mary Jones")]),
    ("en", "Home » News » Politics\n\nMary Jones said: «The council has failed this town.»",
     [("direct", "The council has failed this town.", "Mary Jones")]),
    ("id", _S15MB_LEAD_ID + "»Kami tidak akan menyerah pada rencana ini,« kata Siti Rahayu.",
     [("direct", "Kami tidak akan menyerah pada rencana ini", "Siti Rahayu")]),
    # a space inside the marks (scraped text): '“ A, ” X added. “ B. ”' is one split quotation
    ("en", "Mary Jones spoke on Monday.\n\n“ Nobody expected the vote to pass, ” Jones added. “ The money must go to "
     "our schools. ”",
     [("direct", "Nobody expected the vote to pass … The money must go to our schools.", "Mary Jones")]),
    ("en", "Mary Jones spoke on Monday.\n\n\" Nobody expected the vote to pass, \" Jones said. \" The money must go to "
     "our schools. \"",
     [("direct", "Nobody expected the vote to pass … The money must go to our schools.", "Mary Jones")]),
    ("en", _S15MB_LEAD_EN + "\" Nobody expected the vote to pass.\n\n\" The money must go to our schools, \" Jones "
     "added.",
     [("direct", "Nobody expected the vote to pass. \" The money must go to our schools", "Mary Jones")]),
])


def test_s15markbat_mark_mechanics(language, body, expected):
    q = extract_quotes(_articles(body, language=language))
    assert [(r.kind, r.quote, r.speaker_name) for r in q.itertuples()] == expected
    for r in q.itertuples():
        assert " ".join(r.quote.split(" … ")[0].split()) in " ".join(body[r.start:r.end].split())


def test_s15markbat_battery_mark_styles():
    from bench.battery_quote_marks import run

    cases, _ = run(240, 15)
    failed = {}
    for c in cases:
        failed.setdefault(c["mark"], [0, 0])[0] += 1
        failed[c["mark"]][1] += bool(c["fails"])
    for mark in ("straight_double", "curly_double", "guillemets", "guillemets_rev", "german", "mixed_curly_straight",
                 "tex", "doubled_apostrophes"):
        assert failed[mark][1] == 0, mark
    assert failed["straight_single"][1] == failed["curly_single"][1] == 0


def test_window_run_holding_from_the_last_comma_equals_the_whole_window(seed_articles):
    import random

    from helpers.quotes import _CAP_RUN_RE, _window_run_holding

    def whole(body: str, i: int, j: int, lo: int, hi: int):
        for r in _CAP_RUN_RE.finditer(body, lo, hi):
            if r.start() > i:
                return None
            if r.end() >= j:
                return r
        return None

    rng = random.Random(15)
    pieces = ["Gordon", "Brown", "Mr.", "Dr", "van", "de", "the", " ", " ", ",", ", ", "\n", ".", "-", "O'Neill", "x"]
    bodies = ["".join(rng.choice(pieces) for _ in range(rng.randrange(1, 25))) for _ in range(2000)]
    bodies.append(seed_articles["body"].iloc[0][:1500])
    for body in bodies:
        for _ in range(5):
            i = rng.randrange(len(body))
            j = min(len(body), i + rng.randrange(1, 8))
            lo, hi = max(0, i - rng.randrange(0, 40)), min(len(body), j + rng.randrange(0, 40))
            a, b = _window_run_holding(body, i, j, lo, hi), whole(body, i, j, lo, hi)
            assert (a and a.span()) == (b and b.span()), (body, i, j, lo, hi)


def test_role_words_in_equals_the_role_words_gate():
    import random

    from helpers.quotes import _role_words_in, _role_words_re

    rng = random.Random(15)
    pieces = ["the", "prime", "Prime", "PRIME", "minister", "Minister", "chancellor", " ", "  ", "\t", ",", "Tony",
              "Blair", "x", ".", "\n", "primeminister", "é"]
    for _ in range(6000):
        body = "".join(rng.choice(pieces) for _ in range(rng.randrange(1, 20)))
        for role in ("prime minister", "minister", "chancellor", "Prime Minister"):
            for lo, hi in ((0, len(body)), (2, len(body) - 3), (0, len(body) // 2)):
                want = _role_words_re(role).search(body, lo, hi) is not None
                assert _role_words_in(body, role, lo, hi) == want, (body, role, lo, hi)


# --- s15np: a source noun phrase after an inverted cue runs from a capitalised modifier (an acronym, a possessive name,
# an organisation) through lower-case words to its role noun ("said one former GOP leadership aide", "said Kidman's
# publicist Wendy Day"); a full stop after a long title word ends the sentence ("said the WSIS spokesman. Under ...")
def test_s15np_capitalised_modifier_then_role_run():
    text = ('"This is crucial for both of them," said one former GOP leadership aide. '
            '"No wedding plans have been set," said Kidman\'s publicist Wendy Day. '
            '"The fund is voluntary," said the WSIS spokesman. Under the plan, fees will rise. '
            'Mr Jolin tipped another contender to win, and added that the film had been overlooked.')
    got = extract_quotes(pd.DataFrame({"article_id": ["s15"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["speaker_name"], strict=True)) == [
        ("This is crucial for both of them", "direct", "one former GOP leadership aide", "former GOP leadership aide"),
        ("No wedding plans have been set", "direct", "Kidman's publicist Wendy Day", "Wendy Day"),
        ("The fund is voluntary", "direct", "the WSIS spokesman", "WSIS"),
        ("the film had been overlooked", "indirect", "Mr Jolin", "Jolin"),
    ]


# --- s15np: a head noun outside the role lexicon closes the source phrase after a capitalised modifier when it ends
# the clause after a determiner ("said the Gloucester fly-half.", "says the Nationwide building society.") or comes
# right before a name that ends it ("said Wales physio Mark Davies.")
def test_s15np_capitalised_modifier_then_other_head():
    text = ('"There is no lack of confidence in the team," said the Gloucester fly-half. '
            '"He will not figure in the Scotland game," said Wales physio Mark Davies. '
            'Prices of homes rose 0.5% in February, says the Nationwide building society. '
            '"It is over," said Trump knows Putin.')
    got = extract_quotes(pd.DataFrame({"article_id": ["s15"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["speaker_name"], strict=True)) == [
        ("There is no lack of confidence in the team", "direct", "the Gloucester fly-half", "Gloucester fly-half"),
        ("He will not figure in the Scotland game", "direct", "Wales physio Mark Davies", "Mark Davies"),
        ("Prices of homes rose 0.5% in February", "indirect", "the Nationwide building society",
         "Nationwide building society"),
        ("It is over", "direct", "Trump", "Trump"),
    ]


# --- s15np: a fronted content closed by an inverted cue and an indefinite or document phrase ending the sentence
# ("..., says a top academic.", "..., said a World Bank report."), not a cue's object after its subject
def test_s15np_inverted_indefinite_after_content():
    text = ("Britain's economy will slow sharply next year, says a top academic. "
            "The economy is performing well below its potential, said a World Bank report. "
            "Bruce Misamore, who had moved to the US to set up Yukos USA, acknowledged the point. "
            "Sen. Ted Cruz, a Republican candidate who has made liberty a centerpiece of his campaign, tweeted a warning.")
    got = extract_quotes(pd.DataFrame({"article_id": ["s15"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["speaker_name"], strict=True)) == [
        ("Britain's economy will slow sharply next year", "indirect", "a top academic", "top academic"),
        ("The economy is performing well below its potential", "indirect", "a World Bank report", "World Bank report"),
    ]


# --- s15np: a possessive determines a role phrase before a cue, with its whole name ("..., France's finance minister
# has said", "Donald Trump's campaign manager said", "the company's top official said"), not a clause opener before it
def test_s15np_possessive_before_role_phrase():
    text = ("Meanwhile, France's finance minister has said the world faced catastrophe. "
            "The deal was dead, Donald Trump's campaign manager said. "
            '"It is over," the company\'s top official said. '
            "But Sonaptic's managing director David Monteith said his firm is the only company to offer 3D audio.")
    got = extract_quotes(pd.DataFrame({"article_id": ["s15"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["speaker_name"], strict=True)) == [
        ("the world faced catastrophe", "indirect", "France's finance minister", "France's finance minister"),
        ("The deal was dead", "indirect", "Donald Trump's campaign manager", "Donald Trump's campaign manager"),
        ("It is over", "direct", "the company's top official", "company's top official"),
        ("his firm is the only company to offer 3D audio", "indirect", "Sonaptic's managing director David Monteith",
         "David Monteith"),
    ]


# --- s15np: "one"/"another" opens a modified source phrase before the cue like a determiner ('"...," one Trump
# campaign source said', "One leading Karachi broker said ..."); a bare "one caller" keeps its head only
def test_s15np_one_opens_modified_source_phrase():
    text = ('"It is the nominee\'s party," one Trump campaign source said. '
            "One leading Karachi broker said the real reasons may be political. "
            "The deal was dead, one EU official said.")
    got = extract_quotes(pd.DataFrame({"article_id": ["s15"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["speaker_name"], strict=True)) == [
        ("It is the nominee's party", "direct", "one Trump campaign source", "Trump campaign source"),
        ("the real reasons may be political", "indirect", "One leading Karachi broker", "leading Karachi broker"),
        ("The deal was dead", "indirect", "one EU official", "EU official"),
    ]


# --- s15np: a grammar-driven battery of source noun phrases (determiner or possessive x pre-modifiers: acronym,
# organisation, party, rank x role head x post-modifier; titled names) in the frames of news attribution ('"Q," said
# NP.', '"Q," NP said.', 'NP said: "Q."', 'NP said that Q.', 'Q, NP said.', 'Q, said NP.', '‘Q,’ NP added.',
# 'According to NP, Q.'), British and American marks: each yields exactly one quote with the phrase as written
_S15NP_BATTERY = [
    ('"The deal is dead," said a GOP leadership aide.', 'The deal is dead', 'direct', 'a GOP leadership aide'),
    ('A GOP leadership aide said that the deal was dead.', 'the deal was dead', 'indirect', 'A GOP leadership aide'),
    ('"The deal is dead," one former GOP leadership aide said.', 'The deal is dead', 'direct', 'one former GOP leadership aide'),
    ('The deal was dead, one former GOP leadership aide said.', 'The deal was dead', 'indirect', 'one former GOP leadership aide'),
    ('An EU diplomat said: "The deal is dead."', 'The deal is dead.', 'direct', 'An EU diplomat'),
    ('The deal was dead, said an EU diplomat.', 'The deal was dead', 'indirect', 'an EU diplomat'),
    ('A senior Senate Democratic aide said that the deal was dead.', 'the deal was dead', 'indirect', 'A senior Senate Democratic aide'),
    ('‘The deal is dead,’ a senior Senate Democratic aide added.', 'The deal is dead', 'direct', 'a senior Senate Democratic aide'),
    ("The deal was dead, the BBC's political editor said.", 'The deal was dead', 'indirect', "the BBC's political editor"),
    ("According to the BBC's political editor, the deal was dead.", 'the deal was dead', 'indirect', "the BBC's political editor"),
    ("The deal was dead, said Apple's chief executive.", 'The deal was dead', 'indirect', "Apple's chief executive"),
    ('"The deal is dead," said Apple\'s chief executive.', 'The deal is dead', 'direct', "Apple's chief executive"),
    ("‘The deal is dead,’ Kidman's publicist Wendy Day added.", 'The deal is dead', 'direct', "Kidman's publicist Wendy Day"),
    ('"The deal is dead," Kidman\'s publicist Wendy Day said.', 'The deal is dead', 'direct', "Kidman's publicist Wendy Day"),
    ('According to Oxfam senior policy adviser Max Lawson, the deal was dead.', 'the deal was dead', 'indirect', 'Oxfam senior policy adviser Max Lawson'),
    ('Oxfam senior policy adviser Max Lawson said: "The deal is dead."', 'The deal is dead.', 'direct', 'Oxfam senior policy adviser Max Lawson'),
    ('"The deal is dead," said a Goldman Sachs economist.', 'The deal is dead', 'direct', 'a Goldman Sachs economist'),
    ('A Goldman Sachs economist said that the deal was dead.', 'the deal was dead', 'indirect', 'A Goldman Sachs economist'),
    ('"The deal is dead," an NHS spokeswoman said.', 'The deal is dead', 'direct', 'an NHS spokeswoman'),
    ('The deal was dead, an NHS spokeswoman said.', 'The deal was dead', 'indirect', 'an NHS spokeswoman'),
    ('Another FBI official said: "The deal is dead."', 'The deal is dead.', 'direct', 'Another FBI official'),
    ('The deal was dead, said another FBI official.', 'The deal was dead', 'indirect', 'another FBI official'),
    ('Two senior officials said that the deal was dead.', 'the deal was dead', 'indirect', 'Two senior officials'),
    ('‘The deal is dead,’ two senior officials added.', 'The deal is dead', 'direct', 'two senior officials'),
    ('The deal was dead, several EU ministers said.', 'The deal was dead', 'indirect', 'several EU ministers'),
    ('According to several EU ministers, the deal was dead.', 'the deal was dead', 'indirect', 'several EU ministers'),
    ('The deal was dead, said Labour leader Ed Miliband.', 'The deal was dead', 'indirect', 'Labour leader Ed Miliband'),
    ('"The deal is dead," said Labour leader Ed Miliband.', 'The deal is dead', 'direct', 'Labour leader Ed Miliband'),
    ('‘The deal is dead,’ Mr Blair added.', 'The deal is dead', 'direct', 'Mr Blair'),
    ('"The deal is dead," Mr Blair said.', 'The deal is dead', 'direct', 'Mr Blair'),
    ('According to Dr. Ana Ruiz, the deal was dead.', 'the deal was dead', 'indirect', 'Dr. Ana Ruiz'),
    ('Dr. Ana Ruiz said: "The deal is dead."', 'The deal is dead.', 'direct', 'Dr. Ana Ruiz'),
    ('"The deal is dead," said Prime Minister Tony Blair.', 'The deal is dead', 'direct', 'Prime Minister Tony Blair'),
    ('Prime Minister Tony Blair said that the deal was dead.', 'the deal was dead', 'indirect', 'Prime Minister Tony Blair'),
    ('"The deal is dead," a top academic said.', 'The deal is dead', 'direct', 'a top academic'),
    ('The deal was dead, a top academic said.', 'The deal was dead', 'indirect', 'a top academic'),
    ('One Trump campaign source said: "The deal is dead."', 'The deal is dead.', 'direct', 'One Trump campaign source'),
    ('The deal was dead, said one Trump campaign source.', 'The deal was dead', 'indirect', 'one Trump campaign source'),
    ("The company's top official said that the deal was dead.", 'the deal was dead', 'indirect', "The company's top official"),
    ("‘The deal is dead,’ the company's top official added.", 'The deal is dead', 'direct', "the company's top official"),
    ("The deal was dead, France's finance minister said.", 'The deal was dead', 'indirect', "France's finance minister"),
    ("According to France's finance minister, the deal was dead.", 'the deal was dead', 'indirect', "France's finance minister"),
    ('The deal was dead, said a spokeswoman for the Treasury.', 'The deal was dead', 'indirect', 'a spokeswoman for the Treasury'),
    ('"The deal is dead," said a spokeswoman for the Treasury.', 'The deal is dead', 'direct', 'a spokeswoman for the Treasury'),
]


@pytest.mark.parametrize(("text", "quote", "kind", "speaker"), _S15NP_BATTERY)
def test_s15np_source_phrase_battery(text, quote, kind, speaker):
    got = extract_quotes(pd.DataFrame({"article_id": ["s15"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], strict=True)) == [(quote, kind, speaker)]


# --- s15bbc2: a clause closed by the body that heard it ('..., a court has heard.', '..., an industry conference has
# been told.', '..., the hearing was told.'): the clause is said, no speaker named; the listeners are no speaker
def test_s15bbc2_clause_closed_by_the_listeners_who_heard_it():
    text = ('Actor Robert Blake had gunshot residue on his hands, a court has heard. Making games for future consoles '
            'will require more money, an industry conference has been told. Police found the trio handling postal '
            'ballots in a warehouse in June, the hearing was told. It was the loudest noise the villagers had ever '
            'heard.')
    got = extract_quotes(pd.DataFrame({"article_id": ["s15"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["cue"], strict=True)) == [
        ("Actor Robert Blake had gunshot residue on his hands", "indirect", "", "heard"),
        ("Making games for future consoles will require more money", "indirect", "", "told"),
        ("Police found the trio handling postal ballots in a warehouse in June", "indirect", "", "told"),
    ]


# --- s15bbc2: a participle of saying right after the object of the clause's verb ('defended the move saying ...',
# 'is suing the firm saying ...'): the subject speaks, not the thing acted on; after a verb of showing or quoting the
# object still speaks ('showed the minister saying ...')
def test_s15bbc2_participle_after_the_verbs_object_reports_the_subject():
    text = ('But Home Office minister Hazel Blears defended the move saying it would give the officers an edge. '
            "A user of Apple's iTunes music service is suing the firm saying it is unfair he can only use an iPod. "
            'Airlines have attacked the legislation saying they could be forced to push prices higher. '
            'The film showed the minister saying he would resign.')
    got = extract_quotes(pd.DataFrame({"article_id": ["s15"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["speaker"], got["cue"], strict=True)) == [
        ("it would give the officers an edge", "Home Office minister Hazel Blears", "saying"),
        ("it is unfair he can only use an iPod", "A user", "saying"),
        ("they could be forced to push prices higher", "Airlines", "saying"),
        ("he would resign", "the minister", "saying"),
    ]


# --- s15bbc2: a name that ends in a number ('Number 10', 'Radio 1', 'Channel 4') is the subject of the cue after it
def test_s15bbc2_name_ending_in_a_number_speaks():
    text = ('Number 10 said ministers were interested in governing. Radio 1 said the show would not replace Peel. '
            'Mr Blair in May 2005 said the threat was real.')
    got = extract_quotes(pd.DataFrame({"article_id": ["s15"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["cue"], strict=True)) == [
        ("ministers were interested in governing", "indirect", "Number 10", "said"),
        ("the show would not replace Peel", "indirect", "Radio 1", "said"),
    ]


# --- s15bbc2: a clause closed by an impersonal passive of saying ('..., it has been announced.', '..., it has been
# confirmed.'): a report with no source named
def test_s15bbc2_clause_closed_by_an_impersonal_passive():
    text = ('The life of late Joy Division singer Ian Curtis is to be made into a film, it has been announced. The '
            'Labour Party will hold its 2006 conference in Manchester, it has been confirmed. The cake was fine, it '
            'was said.')
    got = extract_quotes(pd.DataFrame({"article_id": ["s15"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["cue"], strict=True)) == [
        ("The life of late Joy Division singer Ian Curtis is to be made into a film", "indirect", "", "announced"),
        ("The Labour Party will hold its 2006 conference in Manchester", "indirect", "", "confirmed"),
    ]


# --- s15bbc2: 'CONTENT, City consultancy Deloitte has warned.': lower-case words describing the name (its trade, its
# kind) open the speaker's phrase after the content's comma; not an apposition opened by a determiner
def test_s15bbc2_descriptor_before_the_inverted_speakers_name():
    text = ('Ten years of golden economic performance may come to an end in 2005, City consultancy Deloitte has '
            'warned. Apple has sold more than six million iPods, market research firm NPD Group has reported. Mr '
            "Howard will host a news conference every morning, Tory co-chairman Liam Fox said. Victims groups accused it "
            'of trying to escape its responsibilities, a charge the company denies.')
    got = extract_quotes(pd.DataFrame({"article_id": ["s15"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["speaker"], got["cue"], strict=True)) == [
        ("Ten years of golden economic performance may come to an end in 2005", "City consultancy Deloitte", "warned"),
        ("Apple has sold more than six million iPods", "market research firm NPD Group", "reported"),
        ("Mr Howard will host a news conference every morning", "Tory co-chairman Liam Fox", "said"),
        ("it of trying to escape its responsibilities", "Victims groups", "accused"),
    ]


# --- s15bbc2: a clause closed by the document whose finding it is ('..., the survey found.', '..., a new study
# shows.', '..., the minutes showed.'): the document is the source; not another noun ('which the police found')
def test_s15bbc2_clause_closed_by_a_documents_finding():
    text = ('Worries over growth rates were behind the decision to freeze rates, the minutes showed. The bad behaviour '
            'of e-mail users is helping to sustain the spam industry, a new study has found. He lost his keys, which '
            'the police found.')
    got = extract_quotes(pd.DataFrame({"article_id": ["s15"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["cue"], strict=True)) == [
        ("Worries over growth rates were behind the decision to freeze rates", "indirect", "the minutes", "showed"),
        ("The bad behaviour of e-mail users is helping to sustain the spam industry", "indirect", "a new study",
         "found"),
    ]


# --- s15bbc2: the impersonal passive also as 'it is reported' and with a short adverbial ('it was claimed in court',
# 'it was confirmed on Wednesday')
def test_s15bbc2_impersonal_passive_with_an_adverbial():
    text = ('The former head of HealthSouth overstated earnings to boost the share price, it was claimed in court. '
            'A terror suspect held in Guantanamo Bay plans to sue the government, it is reported.')
    got = extract_quotes(pd.DataFrame({"article_id": ["s15"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["speaker"], got["cue"], strict=True)) == [
        ("The former head of HealthSouth overstated earnings to boost the share price", "", "claimed"),
        ("A terror suspect held in Guantanamo Bay plans to sue the government", "", "reported"),
    ]


# --- s15bbc2: 'CLAUSE according to the firm.' without a comma: a source phrase headed by a document or a body ('the
# firm', 'reports', 'new data') closes the content; not 'operate according to a strict code'
def test_s15bbc2_according_to_a_source_without_a_comma():
    text = ('Denial of service attacks are on the increase according to the firm. Only 36% of Chinese homes have '
            'telephones according to reports. Warez groups operate according to a strict code of honour.')
    got = extract_quotes(pd.DataFrame({"article_id": ["s15"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["speaker"], got["cue"], strict=True)) == [
        ("Denial of service attacks are on the increase", "the firm", "according to"),
        ("Only 36% of Chinese homes have telephones", "reports", "according to"),
    ]


# --- s15cuebat: cue frames from bench/cue_frames.py's grammar (speaker x cue x form x insert x content), exact output;
# an adverbial between the cue and its content ('argued on Sunday the time had come', 'said Sunday on CNN that',
# 'said last year its prices', 'declined to say at a news conference whether') is no part of the content
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('The minister said on Tuesday that the plan would cut costs.',
         [('indirect', 'the plan would cut costs', 'The minister')]),
        ('A spokesman for the company said in a statement that the plan would cut costs.',
         [('indirect', 'the plan would cut costs', 'A spokesman for the company')]),
        ('Sen. John McCain, R-Ariz., told reporters that the plan would cut costs.',
         [('indirect', 'the plan would cut costs', 'Sen. John McCain')]),
        ("Officials told the BBC's Today programme the talks had failed.",
         [('indirect', 'the talks had failed', 'Officials')]),
        ('Mr Blair arrived in London on Monday. He would later say the plan would cut costs.',
         [('indirect', 'the plan would cut costs', 'He')]),
        ('Hillary Clinton arrived in Iowa on Monday. She did not say whether the plan would cut costs.',
         [('indirect', 'whether the plan would cut costs', 'She')]),
        ('Officials declined to say whether the talks had failed.',
         [('indirect', 'whether the talks had failed', 'Officials')]),
        ('Hillary Clinton asked whether the plan would cut costs.',
         [('indirect', 'whether the plan would cut costs', 'Hillary Clinton')]),
        ('According to officials, the plan will cut costs.',
         [('indirect', 'the plan will cut costs', 'officials')]),
        ('The plan will cut costs, according to the minister.',
         [('indirect', 'The plan will cut costs', 'the minister')]),
        ('Mr Blair said: "The plan will cut costs for every family in the country by the end of the year."',
         [('direct', 'The plan will cut costs for every family in the country by the end of the year.', 'Mr Blair')]),
        ('The BBC said, "We have made a serious mistake and we will do everything we can to put it right."',
         [('direct', 'We have made a serious mistake and we will do everything we can to put it right.', 'The BBC')]),
        ('"Prices will rise next year, and the people who can least afford it will pay the most," said Mr Blair.',
         [('direct', 'Prices will rise next year, and the people who can least afford it will pay the most', 'Mr Blair')]),
        ('"The plan will cut costs for every family in the country by the end of the year," Mr Blair said in an interview with the BBC. "It is a good plan and I think most people in this country know that."',
         [('direct', 'The plan will cut costs for every family in the country by the end of the year … It is a good plan and I think most people in this country know that.', 'Mr Blair')]),
        ('"Will the plan cut costs?" asked the minister.',
         [('direct', 'Will the plan cut costs?', 'the minister')]),
        ('The minister insisted that the plan, which was agreed last year, would cut costs.',
         [('indirect', 'the plan, which was agreed last year, would cut costs', 'The minister')]),
        ('Hillary Clinton has repeatedly said the talks had failed.',
         [('indirect', 'the talks had failed', 'Hillary Clinton')]),
        ('The minister said Tuesday the plan would cut costs.',
         [('indirect', 'the plan would cut costs', 'The minister')]),
        ('Trevor Phillips argued on Sunday the time had come for such shortlists.',
         [('indirect', 'the time had come for such shortlists', 'Trevor Phillips')]),
        ('The minister later claimed in 2014 the talks had failed.',
         [('indirect', 'the talks had failed', 'The minister')]),
        ('Mr Blair said in March 2015 the plan would cut costs.',
         [('indirect', 'the plan would cut costs', 'Mr Blair')]),
        ('Stuart Rose said last year its prices were too high.',
         [('indirect', 'its prices were too high', 'Stuart Rose')]),
        ('Rep. Tom Cole said Thursday his biggest worry was the deficit.',
         [('indirect', 'his biggest worry was the deficit', 'Rep. Tom Cole')]),
        ('The chairman said Sunday on CNN that he opposes the changes.',
         [('indirect', 'he opposes the changes', 'The chairman')]),
        ('Chelsea Clinton announced Monday on Twitter that she is pregnant.',
         [('indirect', 'she is pregnant', 'Chelsea Clinton')]),
        ('Officials declined to say at a news conference whether the plan would cut costs.',
         [('indirect', 'whether the plan would cut costs', 'Officials')]),
        ('Cruz has questioned in recent days whether Trump has the temperament to be president.',
         [('indirect', 'whether Trump has the temperament to be president', 'Cruz')]),
        ('Lynch still has the final say on whether Clinton faces prosecution.',
         []),
        # s15cuebat: an interrupting attribution with a time, place or medium adverbial before its comma
        ("The plan, Mr Blair said on Tuesday, would cut costs.",
         [("indirect", "The plan … would cut costs", "Mr Blair")]),
        ("Prices, she said in an interview with the BBC, will rise next year.",
         [("indirect", "Prices … will rise next year", "she")]),
        ("The deal, the company said last week, had saved 500 jobs.",
         [("indirect", "The deal … had saved 500 jobs", "the company")]),
        ("It makes a difference, she said in an interview afterward, that voters are heard.",
         [("indirect", "It makes a difference … that voters are heard", "she")]),
        ('Prices will rise, he said in his memoir, "An American Son."',
         [("indirect", "Prices will rise", "he")]),
    ],
)


def test_s15cuebat_cue_frames(text, expected):
    arts = pd.DataFrame({"article_id": ["a"], "body": [text], "language": ["en"]})
    q = extract_quotes(arts)
    assert [(r.kind, r.quote, r.speaker) for r in q.itertuples()] == expected


# --- s15bbc2: 'by saying' + a clause with no "that" ('hit back by saying Tory attitudes had helped ...'): the
# clause's subject speaks; not 'by claiming victory in the race', 'by saying its name'
def test_s15bbc2_by_participle_with_a_bare_clause():
    text = ('The foreign secretary hit back by saying Tory attitudes to Europe had helped keep the party out of power. '
            "Gelete Burka crowned a great day for Ethiopia by claiming victory in the women's race. Users can play "
            'any song just by saying its name.')
    got = extract_quotes(pd.DataFrame({"article_id": ["s15"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["speaker"], got["cue"], strict=True)) == [
        ("Tory attitudes to Europe had helped keep the party out of power", "The foreign secretary", "saying"),
    ]


# --- s15np: an initialism joined by "&" is one word of a source phrase ("said an M&S spokesman", "AT&T chief
# executive David Dorman", "S&P said")
def test_s15np_ampersand_initialism_in_source_phrase():
    text = ('"Sales rose," said an M&S spokesman. '
            '"It works," said AT&T chief executive David Dorman. '
            "The economy will grow faster than expected this year, S&P said.")
    got = extract_quotes(pd.DataFrame({"article_id": ["s15"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["speaker_name"], strict=True)) == [
        ("Sales rose", "direct", "an M&S spokesman", "M&S"),
        ("It works", "direct", "AT&T chief executive David Dorman", "David Dorman"),
        ("The economy will grow faster than expected this year", "indirect", "S&P", "S&P"),
    ]


# --- s15fix: general speaker bugs ---


@pytest.mark.parametrize("text, expected", [
    ("Smith defended his father on Tuesday, saying the charges were false.",
     [("indirect", "the charges were false", "Smith", "Smith")]),
    ("Netanyahu rallied supporters in Jerusalem, saying the vote was rigged.",
     [("indirect", "the vote was rigged", "Netanyahu", "Netanyahu")]),
    ("Japanese government officials played down the report, saying it was old.",
     [("indirect", "it was old", "Japanese government officials", "Japanese government officials")]),
])


def test_s15fix_name_then_verb_phrase_is_no_role(text, expected):
    # a name opening the sentence followed by a verb phrase ending in a role noun is the name, not
    # "Smith defended his father"; a name modifying a role noun stays one phrase
    arts = pd.DataFrame({"article_id": ["a"], "body": [text], "language": ["en"]})
    q = extract_quotes(arts)
    assert [(r.kind, r.quote, r.speaker, r.speaker_name) for r in q.itertuples()] == expected


@pytest.mark.parametrize("text, expected", [
    ("Another of his aides said the president was tired.",
     [("indirect", "the president was tired", "Another of his aides", "Another of his aides")]),
    ('"We will be back," one of the protesters said.',
     [("direct", "We will be back", "one of the protesters", "one of the protesters")]),
    ("Many of those questioned said they had been ignored.",
     [("indirect", "they had been ignored", "Many of those questioned", "Many of those questioned")]),
])


def test_s15fix_partitive_speaker_keeps_its_head(text, expected):
    # "one/another/some/many of X": the quantifier is the head of the phrase, not a determiner to strip
    # (the canonical name was "of his aides")
    arts = pd.DataFrame({"article_id": ["a"], "body": [text], "language": ["en"]})
    q = extract_quotes(arts)
    assert [(r.kind, r.quote, r.speaker, r.speaker_name) for r in q.itertuples()] == expected


@pytest.mark.parametrize("text, expected", [
    ("Mr Blair took a trip in a dinghy. Afterwards he said outdoor activities were good for children.",
     [("indirect", "outdoor activities were good for children", "he", "Blair")]),
    ("Yesterday she said the bank would cut rates.",
     [("indirect", "the bank would cut rates", "she", "")]),
    ("Speaking to the committee he urged Congress to act.",
     [("indirect", "Congress to act", "he", "")]),
])


def test_s15fix_sentence_adverb_before_subject_pronoun(text, expected):
    # a capitalised sentence adverb or adverbial right before "he"/"she"/"they"/"we" (no comma) is no part
    # of a name: the pronoun is the subject of the cue
    arts = pd.DataFrame({"article_id": ["a"], "body": [text], "language": ["en"]})
    q = extract_quotes(arts)
    assert [(r.kind, r.quote, r.speaker, r.speaker_name) for r in q.itertuples()] == expected


def test_s15fix_interrupting_cue_then_coordinated_cue():
    # "X, the company said, but added that Y": the conjunction and a second cue after the interrupting cue's
    # comma start a second attribution, not more of the first
    text = "The tax will rise, the company said, but added that jobs were safe."
    arts = pd.DataFrame({"article_id": ["a"], "body": [text], "language": ["en"]})
    q = extract_quotes(arts)
    assert [(r.kind, r.quote, r.speaker, r.cue) for r in q.itertuples()] == [
        ("indirect", "The tax will rise", "the company", "said"),
        ("indirect", "jobs were safe", "the company", "added that")]


@pytest.mark.parametrize("text, expected", [
    ("He met Smith, who says it's fine.", [("indirect", "it's fine", "Smith")]),
    ("Ms Clark, who says they're wrong, has resigned.", [("indirect", "they're wrong", "Ms Clark")]),
    ("Smith says that it's fine.", [("indirect", "it's fine", "Smith")]),
])


def test_s15fix_contracted_two_word_clause(text, expected):
    # a subject pronoun contracted with its auxiliary and one word ("it's fine") is a whole clause, not a
    # two-word fragment; inside a relative clause it ends at the clause's closing comma
    arts = pd.DataFrame({"article_id": ["a"], "body": [text], "language": ["en"]})
    q = extract_quotes(arts)
    assert [(r.kind, r.quote, r.speaker) for r in q.itertuples()] == expected


# --- s15idbat: Indonesian cue frames (bench/cue_frames_id.py): exact quote, kind, speaker and canonical name
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an addressee, place, time or occasion between the cue and "bahwa" is no content
        ("Menteri Keuangan Sri Mulyani mengatakan kepada wartawan bahwa harga beras akan turun bulan depan.",
         [("indirect", "harga beras akan turun bulan depan", "Menteri Keuangan Sri Mulyani", "Sri Mulyani")]),
        ("Juru bicara KPK Ali Fikri menegaskan di Gedung DPR, Senin (12/10/2020), bahwa penyidik masih menelusuri "
         "aliran dana tersebut.",
         [("indirect", "penyidik masih menelusuri aliran dana tersebut", "Juru bicara KPK Ali Fikri", "Ali Fikri")]),
        ("Presiden Joko Widodo meresmikan jembatan itu di Bogor. Dia menyatakan saat dihubungi detikcom bahwa program "
         "itu sudah berjalan sejak awal tahun.",
         [("indirect", "program itu sudah berjalan sejak awal tahun", "Dia", "Joko Widodo")]),
        # a place, occasion, medium or date between the subject and its cue is not the speaker
        ("Menteri Keuangan Sri Mulyani di Gedung DPR mengatakan harga beras akan turun bulan depan.",
         [("indirect", "harga beras akan turun bulan depan", "Menteri Keuangan Sri Mulyani", "Sri Mulyani")]),
        ("Jakarta - Juru bicara KPK Ali Fikri, Senin (12/10), mengatakan bahwa penyidik masih menelusuri aliran dana "
         "tersebut.",
         [("indirect", "penyidik masih menelusuri aliran dana tersebut", "Juru bicara KPK Ali Fikri", "Ali Fikri")]),
        ("Presiden Joko Widodo meresmikan jembatan itu di Bogor. Dia saat dihubungi detikcom menyebut program itu "
         "sudah berjalan sejak awal tahun.",
         [("indirect", "program itu sudah berjalan sejak awal tahun", "Dia", "Joko Widodo")]),
        ("Menteri Kebudayaan Fadli Zon dalam sambutannya menegaskan pemajuan kebudayaan merupakan amanat konstitusi.",
         [("indirect", "pemajuan kebudayaan merupakan amanat konstitusi", "Menteri Kebudayaan Fadli Zon",
           "Fadli Zon")]),
        # the article's dateline is no part of a reported clause before its cue
        ("JAKARTA, KOMPAS.com - Harga beras akan turun bulan depan, kata Menteri Keuangan Sri Mulyani.",
         [("indirect", "Harga beras akan turun bulan depan", "Menteri Keuangan Sri Mulyani", "Sri Mulyani")]),
        ("Jakarta - Program itu sudah berjalan sejak awal tahun, ujar juru bicara KPK Ali Fikri kepada wartawan.",
         [("indirect", "Program itu sudah berjalan sejak awal tahun", "juru bicara KPK Ali Fikri", "Ali Fikri")]),
        # a role with a demonstrative as the subject of a cue: the person named before
        ("Menteri Keuangan Sri Mulyani meninjau pasar di Bogor. Menteri itu mengatakan bahwa harga beras akan turun "
         "bulan depan.",
         [("indirect", "harga beras akan turun bulan depan", "Menteri itu", "Sri Mulyani")]),
        ('"Kita harus menelusuri kasus ini," kata Eddy di Jakarta. Anggota Komisi XII DPR itu juga mengatakan harga '
         "beras akan turun bulan depan.",
         [("direct", "Kita harus menelusuri kasus ini", "Eddy", "Eddy"),
          ("indirect", "harga beras akan turun bulan depan", "Anggota Komisi XII DPR itu", "Eddy")]),
        ('"Kami akan mengawal proses ini," ujar Politisi Gerindra Habiburokhman di Jakarta. Politisi Gerindra tersebut '
         "menegaskan harga beras akan turun bulan depan.",
         [("direct", "Kami akan mengawal proses ini", "Politisi Gerindra Habiburokhman", "Habiburokhman"),
          ("indirect", "harga beras akan turun bulan depan", "Politisi Gerindra tersebut", "Habiburokhman")]),
        # (not a time: "kala itu"; not a document: "dokumen tersebut" stays itself)
        ("Ketua Golkar Riswan Tony kala itu menyoroti gaya hidup anggota KPU yang gemar berfoya-foya.",
         []),
        # (not before a verb: "saat ini" opens the content)
        ("Menteri Keuangan Sri Mulyani mengatakan saat ini pemerintah sedang menyusun anggaran tahun depan.",
         [("indirect", "saat ini pemerintah sedang menyusun anggaran tahun depan", "Menteri Keuangan Sri Mulyani",
           "Sri Mulyani")]),
    ],
)


def test_s15idbat_cue_frames(text, expected):
    arts = pd.DataFrame({"article_id": ["a"], "body": [text], "language": ["id"]})
    q = extract_quotes(arts)
    assert [(r.kind, r.quote, r.speaker, r.speaker_name) for r in q.itertuples()] == expected


# --- s15resbat: speaker resolution (bench/speaker_resolution.py's grammar): who a later reference means, exact
# speaker_name of the last quote of a short body
@pytest.mark.parametrize(
    ("text", "speaker", "name"),
    [
        ('Prime Minister Tony Blair arrived in Brussels on Monday. "We will not change course now," he said.',
         "he", "Tony Blair"),
        ('Tony Blair, the prime minister, said the plan would cut costs.\n\n"The plan is working," Mr Blair said.',
         "Mr Blair", "Tony Blair"),
        ('Chancellor Gordon Brown said the plan would cut costs.\n\n"The plan is working," the chancellor said.',
         "the chancellor", "Gordon Brown"),
        ('Culture Minister Margaret Hodge met Jacques Chirac in Paris on Monday. "We will not change course," she '
         'said.', "she", "Margaret Hodge"),
        ('Prime Minister Tony Blair said the plan would cut costs. Culture Minister Margaret Hodge said the figures '
         'were wrong.\n\n"We will not change course now," he said.', "he", "Tony Blair"),
        ('Supermarket chain Tesco reported a rise in profits on Monday. "The plan is working," the company said.',
         "the company", "Tesco"),
        # s15resbat: "he"/"she" after an institution quoted as "the X" ("The Treasury said") in between
        ('Prime Minister Tony Blair said the plan would cut costs. The Treasury said the figures were sound.\n\n'
         '"We will not change course now, whatever the critics say about it," he said.', "he", "Tony Blair"),
        ('Margaret Hodge, the culture minister, said the plan would cut costs. The BBC said the figures were '
         'sound.\n\n"We will not change course now," she said.', "she", "Margaret Hodge"),
    ],
)


def test_s15resbat_speaker_resolution(text, speaker, name):
    q = extract_quotes(pd.DataFrame({"article_id": ["a"], "body": [text], "language": ["en"]}))
    assert (q["speaker"].iloc[-1], q["speaker_name"].iloc[-1]) == (speaker, name)


def test_s15resbat_the_org_between_is_no_he():
    # an institution named with "the" is no "he"; but not past another person named since (Dr Fox), and a stage
    # name given a "who" clause stays a person
    text = ('Mr Blair said the plan would cut costs. The Treasury said the figures were sound. Dr Fox refused '
            'to comment on the reports. "We repay loans when they are due," he said.\n\n'
            'The Game, who has become the hottest new star, said he would not turn on them. "Nas is one of my '
            'friends," he said.')
    q = extract_quotes(pd.DataFrame({"article_id": ["a"], "body": [text], "language": ["en"]}))
    assert list(zip(q["speaker"], q["speaker_name"], strict=True)) == [
        ("Mr Blair", "Blair"), ("The Treasury", "Treasury"), ("he", "Fox"), ("The Game", "Game"), ("he", "Game"),
    ]


def test_s15resbat_age_description_with_no_person_quoted_before():
    # "the N-year-old" with no person quoted before: the subject of the sentences before (or the one person named
    # there), as "he" would be
    text = ("Southampton's David Prutton faces a possible seven-match ban.\n\nThe 23-year-old said he was sorry for "
            'the trouble he had caused.\n\nCharlton midfielder Graham Stuart has joined Norwich until the end of '
            'the season.\n\n"It was a very easy decision to make," the 34-year-old told the club website.')
    got = extract_quotes(pd.DataFrame({"article_id": ["a"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["speaker"], got["speaker_name"], strict=True)) == [
        ("he was sorry for the trouble he had caused", "The 23-year-old", "David Prutton"),
        ("It was a very easy decision to make", "the 34-year-old", "Graham Stuart"),
    ]


def test_s15resbat_firm_named_after_a_noun_of_its_results():
    # "Shares in Cairn Energy have jumped ...": the firm is what "the company" means, though its name looks like a
    # person's (two capitalised words)
    texts = ["Shares in Cairn Energy, a UK oil firm, have closed down 18% after a drilling update. The company said "
             "tests had shown no significant finds.", "Profits at Krispy Kreme fell 10%. The firm said it would "
             "restate its reports."]
    got = extract_quotes(pd.DataFrame({"article_id": ["a", "b"], "body": texts, "language": ["en", "en"]}))
    assert list(zip(got["quote"], got["speaker"], got["speaker_name"], strict=True)) == [
        ("tests had shown no significant finds", "The company", "Cairn Energy"),
        ("it would restate its reports", "The firm", "Krispy Kreme"),
    ]


# --- s16id: Indonesian leftovers of the cue-frame battery and the speaker battery


def test_s16id_circumstance_after_menurut_and_clitic_cues():
    # "Menurut X di Jakarta, Senin (12/10), Q": the place and date after the source are no content; a dateline
    # before a capitalised "Menurut" keeps it a cue; "Q, katanya di Jakarta.": the circumstance after the clitic
    texts = ["Jakarta - Menurut juru bicara KPK Ali Fikri di Gedung DPR, Senin (12/10/2020), penyidik masih "
             "menelusuri aliran dana itu.",
             "Menteri Keuangan Sri Mulyani meninjau pasar di Bogor. Menurutnya saat dihubungi detikcom, pemerintah "
             "akan menaikkan anggaran kesehatan. Program itu sudah berjalan sejak awal tahun, tegasnya di Gedung DPR."]
    got = extract_quotes(pd.DataFrame({"article_id": ["a", "b"], "body": texts, "language": ["id", "id"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["speaker_name"], strict=True)) == [
        ("penyidik masih menelusuri aliran dana itu", "indirect", "juru bicara KPK Ali Fikri", "Ali Fikri"),
        ("pemerintah akan menaikkan anggaran kesehatan", "indirect", "Menurutnya", "Sri Mulyani"),
        ("Program itu sudah berjalan sejak awal tahun", "indirect", "tegasnya", "Sri Mulyani"),
    ]


def test_s16id_office_short_form_and_nickname_resolve_to_the_person_named():
    # "ujar Menkeu": the person the article names as Menteri Keuangan (not the deputy); "kata Jokowi": the full name
    # only where the article gives it (lexicon known_short_forms)
    texts = ['Wakil Menteri Keuangan Suahasil Nazara dan Menteri Keuangan Sri Mulyani Indrawati tiba di Jakarta pada '
             'Senin. "Kami tidak akan mundur," ujar Menkeu.',
             'Presiden Joko Widodo meresmikan jembatan itu. "Kami tidak akan mundur," kata Jokowi.',
             '"Kami tidak akan mundur," kata Jokowi.']
    got = extract_quotes(pd.DataFrame({"article_id": ["a", "b", "c"], "body": texts, "language": ["id"] * 3}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["speaker_name"], strict=True)) == [
        ("Kami tidak akan mundur", "direct", "Menkeu", "Sri Mulyani Indrawati"),
        ("Kami tidak akan mundur", "direct", "Jokowi", "Joko Widodo"),
        ("Kami tidak akan mundur", "direct", "Jokowi", "Jokowi"),
    ]


def test_s16id_date_between_commas_after_a_verb_cue():
    # "X menyatakan, Senin (12/10), bahwa Q": the weekday and date between commas belong to the cue, not to Q
    texts = ["Juru bicara KPK Ali Fikri menyatakan, Senin (12/10/2020), bahwa penyidik masih menelusuri aliran dana itu."]
    got = extract_quotes(pd.DataFrame({"article_id": ["a"], "body": texts, "language": ["id"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["speaker_name"], strict=True)) == [
        ("penyidik masih menelusuri aliran dana itu", "indirect", "Juru bicara KPK Ali Fikri", "Ali Fikri"),
    ]


# --- s16np2: source-phrase leftovers (irregular plural roles, role + place, anonymity clauses) ---


def test_s16np2_irregular_plural_role_in_apposition():
    # "spokesmen", "spokeswomen", "chairmen": irregular plurals of roles are roles in an apposition
    text = "Peter Hall and Jane Lee, spokesmen for the ministry, said the report was wrong."
    got = extract_quotes(pd.DataFrame({"article_id": ["a"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["speaker_role"], strict=True)) == [
        ("the report was wrong", "indirect", "Peter Hall and Jane Lee", "spokesmen for the ministry"),
    ]


def test_s16np2_role_placed_by_in_at_from_stays_the_speaker():
    # "an official in Brussels", "the senator from Vermont", "economists at PricewaterhouseCoopers": a role (or group)
    # placed by in/at/from is the speaker, not the place or organisation after it (a spokesman still speaks for it)
    texts = ["An official in Brussels said the deal was close.",
             '"We are ready," the senator from Vermont said.',
             "Economists at PricewaterhouseCoopers warned that house prices could fall.",
             "A spokesman for Microsoft said the flaw had been fixed."]
    got = extract_quotes(pd.DataFrame({"article_id": list("abcd"), "body": texts, "language": ["en"] * 4}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["speaker_name"], strict=True)) == [
        ("the deal was close", "indirect", "An official in Brussels", "official in Brussels"),
        ("We are ready", "direct", "the senator from Vermont", "senator from Vermont"),
        ("house prices could fall", "indirect", "Economists at PricewaterhouseCoopers",
         "Economists at PricewaterhouseCoopers"),
        ("the flaw had been fixed", "indirect", "A spokesman for Microsoft", "Microsoft"),
    ]


def test_s16np2_wish_for_anonymity_reports_nothing():
    # "who asked not to be named", "asked to remain anonymous", "asked that her name not be used": the source's wish
    # to stay unnamed describes the source; only what it said is a quote ("asked not to be disturbed" still is one)
    texts = ['"It is over," said an official, who asked not to be named.',
             "One diplomat, who asked to remain anonymous, said the vote would fail.",
             "The woman, who asked that her name not be used, said she was afraid.",
             "The minister asked not to be disturbed."]
    got = extract_quotes(pd.DataFrame({"article_id": list("abcd"), "body": texts, "language": ["en"] * 4}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["cue"], strict=True)) == [
        ("It is over", "direct", "an official", "said"),
        ("the vote would fail", "indirect", "One diplomat", "said"),
        ("she was afraid", "indirect", "The woman", "said"),
        ("not to be disturbed", "indirect", "The minister", "asked"),
    ]


# --- s16bbc3: a noun-like cue ('claims', 'thinks', 'believes', 'notes') after a subject closed by an apposition or a
# relative clause between commas is the verb of a report when a clause follows
def test_s16bbc3_noun_like_cue_after_an_apposition_between_commas():
    text = ("Victor Conte, of Balco Laboratories, claims the American sprinter regularly used drugs. "
            "Robben, who has been a key part of the push, claims he knew instantly something was wrong. "
            "Ian Fogg, a Jupiter Research analyst, thinks there could be potential for business. "
            "The reports, in several papers, were wrong.")
    got = extract_quotes(pd.DataFrame({"article_id": ["s16"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["cue"], strict=True)) == [
        ("the American sprinter regularly used drugs", "indirect", "Victor Conte", "claims"),
        ("he knew instantly something was wrong", "indirect", "Robben", "claims"),
        ("there could be potential for business", "indirect", "Ian Fogg", "thinks"),
    ]


# --- s16bbc3: a relative clause inside the reported clause's subject goes on to the main verb when that verb is a past
# form ('grew'), a negated auxiliary ("wouldn't") or comes after a relative clause holding a list of names
def test_s16bbc3_relative_clause_in_the_reported_subject():
    text = ("The ONS said the services sector, which accounts for nearly three-quarters of the UK economy, grew 1.0% in "
            "the quarter. Mr Ward thought all these athletes, who have been running for most of their lives, wouldn't "
            "mind the pain. Analysts say that a deal with Euronext, which combines the Paris, Amsterdam and Lisbon "
            "exchanges, could offer the LSE more. He said the plans would contravene EU policy, which meant the UK "
            "could not refuse.")
    got = extract_quotes(pd.DataFrame({"article_id": ["s16"], "body": [text], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], strict=True)) == [
        ("the services sector, which accounts for nearly three-quarters of the UK economy, grew 1.0% in the quarter",
         "indirect", "The ONS"),
        ("all these athletes, who have been running for most of their lives, wouldn't mind the pain", "indirect",
         "Mr Ward"),
        ("a deal with Euronext, which combines the Paris, Amsterdam and Lisbon exchanges, could offer the LSE more",
         "indirect", "Analysts"),
        ("the plans would contravene EU policy", "indirect", "He"),
    ]


# --- s16bbcspk: English speaker names on British text ---


def test_s16bbcspk_possessor_role_name_subject_takes_the_pronoun():
    # "Spain's minister of sport Jaime Lissavetzky was quick to ...": a possessor and role words before a name
    # opening the sentence before a cueless quote make that person its subject, so "he" is that person, not the
    # speaker quoted earlier ("His mother Katherine Jackson told ..." likewise)
    body = ('Spain coach Luis Aragones said he meant no offence. The storm grew after the game. Spain\'s minister '
            'of sport Jaime Lissavetzky was quick to back the decision. "We will have zero tolerance," he said.')
    got = extract_quotes(pd.DataFrame({"article_id": ["a"], "body": [body], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["speaker_name"], strict=True)) == [
        ("he meant no offence", "indirect", "Spain coach Luis Aragones", "Luis Aragones"),
        ("We will have zero tolerance", "direct", "he", "Jaime Lissavetzky"),
    ]


def test_s16bbcspk_short_surname_ending_a_sentence_is_a_full_name():
    # "said ADB chief economist Ifzal Ali. Donor nations ...": a surname of two or three letters before the full
    # stop that ends the sentence is no abbreviation, so "Mr Ali" later is the full name ("Dr." / "Gen." stay titles)
    body = ('"Poverty is the worst impact," said ADB chief economist Ifzal Ali. Donors have promised $717m. '
            'Mr Ali said aid pledges must be delivered promptly.')
    got = extract_quotes(pd.DataFrame({"article_id": ["a"], "body": [body], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["speaker_name"], strict=True)) == [
        ("Poverty is the worst impact", "direct", "ADB chief economist Ifzal Ali", "Ifzal Ali"),
        ("aid pledges must be delivered promptly", "indirect", "Mr Ali", "Ifzal Ali"),
    ]


def test_s16bbcspk_person_before_affiliation_is_the_speaker():
    # "Stuart Hensel of the Economist Intelligence Unit", "Laura Brownlees of Save the Children", "David Anders at
    # Merrill Lynch": a person (a given name first) before of/at/in/from is the speaker even when the body after it
    # holds a role word ("Economist"), a lower-case word ("the") or a surname ending in -s
    texts = ["An open-ended list could hurt investors, said Stuart Hensel of the Economist Intelligence Unit.",
             "Laura Brownlees of Save the Children said the plan was flawed.",
             "The rise was expected, said David Anders at Merrill Lynch."]
    got = extract_quotes(pd.DataFrame({"article_id": list("abc"), "body": texts, "language": ["en"] * 3}))
    assert list(zip(got["quote"], got["kind"], got["speaker_name"], got["speaker_role"], strict=True)) == [
        ("An open-ended list could hurt investors", "indirect", "Stuart Hensel", "of the Economist Intelligence Unit"),
        ("the plan was flawed", "indirect", "Laura Brownlees", "of Save the Children"),
        ("The rise was expected", "indirect", "David Anders", "at Merrill Lynch"),
    ]


def test_s16bbcspk_sentence_initial_firm_is_the_company():
    # "Oracle has announced it is cutting 5,000 jobs ... The company said": a name opening a sentence as the subject
    # of a verb is a name although it is never written inside a sentence, so the description goes back to it and
    # not to a name only mentioned after it ("its smaller rival Peoplesoft")
    body = ("Oracle has announced it is cutting about 5,000 jobs after its takeover of its smaller rival Peoplesoft.\n\n"
            "The company said the cuts would be made over the next year.")
    got = extract_quotes(pd.DataFrame({"article_id": ["a"], "body": [body], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["speaker_name"], strict=True)) == [
        ("it is cutting about 5,000 jobs after its takeover of its smaller rival Peoplesoft", "indirect", "Oracle",
         "Oracle"),
        ("the cuts would be made over the next year", "indirect", "The company", "Oracle"),
    ]


def test_s16bbcspk_ampersand_name_is_no_full_name_of_its_first_word():
    # "Fairmont Hotels & Resorts ... Fairmont said": a capitalised run that goes on with "&" is part of a firm's
    # longer name, so the short name is not expanded to the cut run "Fairmont Hotels"
    body = ("He also has stakes in Fairmont Hotels & Resorts, which will manage the Savoy. Fairmont said it planned "
            "to invest $48m in renovating the hotel.")
    got = extract_quotes(pd.DataFrame({"article_id": ["a"], "body": [body], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["speaker_name"], strict=True)) == [
        ("it planned to invest $48m in renovating the hotel", "indirect", "Fairmont", "Fairmont"),
    ]


# --- s17mixed: mixed quotes (a quoted fragment attributed by a predicate), from bench/mixed_frames.py's battery ---


def _s17mixed(body: str) -> list[tuple[str, str, str, str]]:
    got = extract_quotes(pd.DataFrame({"article_id": ["a"], "body": [body], "language": ["en"]}))
    return list(zip(got["quote"], got["kind"], got["speaker"], got["cue"], strict=True))


def test_s17mixed_warned_of_after_fronted_adverbial():
    # "On Tuesday, X warned of ...": a fronted time or place adverbial before the subject is no reported content, so
    # what is warned of is the content as without it
    assert _s17mixed('On Tuesday, the union warned of "serious consequences" if the talks fail.') == [
        ('"serious consequences" if the talks fail', "mixed", "the union", "warned")]
    assert _s17mixed("In particular, many analysts warn of panic spreading through the financial system.") == [
        ("panic spreading through the financial system", "indirect", "many analysts", "warn")]


def test_s17mixed_evaluation_verbs_with_as_and_to():
    # "hailed/rejected/attacked X as ''...''", "compared X to ''...''", "swore to ''...''": predicates that attribute a
    # quoted fragment (lexicon mixed_cues)
    assert _s17mixed('The airline association attacked the package as a "bad piece of legislation".') == [
        ('the package as a "bad piece of legislation"', "mixed", "The airline association", "attacked")]
    assert _s17mixed('The mayor rejected the offer as "an insult to every Londoner".') == [
        ('the offer as "an insult to every Londoner"', "mixed", "The mayor", "rejected")]
    assert _s17mixed('Mr Blair compared the plan to "a leap in the dark".') == [
        ('the plan to "a leap in the dark"', "mixed", "Mr Blair", "compared")]
    assert _s17mixed('She swore to "fight to the end" against the proposal.') == [
        ('to "fight to the end" against the proposal', "mixed", "She", "swore")]


def test_s17mixed_passive_mixed_cue_after_quote_has_no_speaker():
    # '... the "full text" of the advice - the suggestion was rejected.': "was rejected" is a passive, so its subject
    # is no speaker of the quoted words before it
    for verb in ("rejected", "condemned"):
        assert _s17mixed('The minister faced a call by a former judge to publish the "full text" of the advice - the '
                         f"suggestion was {verb}.") == []


def test_s17mixed_participle_after_a_pronoun_mixed_quote_keeps_its_speaker():
    # 'He also attacked the "failure" ..., telling delegates ...': the participle's subject is the pronoun of the mixed
    # quote before it in the sentence, resolved there to the person named before
    body = ("Party chairman Liam Fox has opened the conference with a speech attacking Tony Blair's record. Labour's "
            'rule has been characterised by "lost trust and failure to deliver", he told the conference. He also '
            'attacked the government\'s "failure" to control immigration and criticised its record on schools, telling '
            "delegates Labour could not be trusted on crime.")
    got = extract_quotes(pd.DataFrame({"article_id": ["a"], "body": [body], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["speaker_name"], strict=True)) == [
        ("lost trust and failure to deliver", "direct", "he", "Liam Fox"),
        ('the government\'s "failure" to control immigration', "mixed", "He", "Liam Fox"),
        # (s29polcue: "delegates" is the addressee of "telling", no content)
        ("Labour could not be trusted on crime", "indirect", "He", "Liam Fox"),
    ]


def test_s17mixed_topic_preposition_after_a_verb_of_saying():
    # "complained about/of X", "argued for/against X" report X as "warned of X" does (PolNeAR's cue is the verb and
    # its preposition, the content its object); not "argued for years that ...", where the that-clause is the content
    assert _s17mixed("The mayor complained about the slow pace of the repairs.") == [
        ("the slow pace of the repairs", "indirect", "The mayor", "complained")]
    assert _s17mixed('Ms Jowell complained of the "scale of misrepresentation" in the media over the bill.') == [
        ('the "scale of misrepresentation" in the media over the bill', "mixed", "Ms Jowell", "complained")]
    assert _s17mixed("The Liberal Democrats have argued for flexibility in deciding access rules.") == [
        ("flexibility in deciding access rules", "indirect", "The Liberal Democrats", "argued")]
    assert _s17mixed("Mr Haugland has argued for years that delegates cannot be bound.") == [
        ("delegates cannot be bound", "indirect", "Mr Haugland", "argued")]
    assert _s17mixed("The couple argued about money for hours.") == []


# --- s17bbc5: unlabelled BBC text, fourth pass ---


def test_s17bbc5_capitalised_apposition_is_the_role():
    # "Name, Party/Firm/Outlet role-words, said": an apposition opening with capitalised modifiers (or an acronym
    # role, "CEO") before its role noun is the role of the name before it, also with a hyphenated role noun, a
    # number inside the outlet's name or "and" between lower-case modifiers
    texts = ["Geoff Ellis, CEO of festival organisers Big Day Out Ltd, said this year's event would be the best yet.",
             "Liam Fox, Tory co-chairman, said the return was a sign of new tactics.",
             "Carol Walker, BBC News 24 political correspondent, added that it was very bad news.",
             'Theresa May, Tory shadow work and pensions secretary, said: "We have got to find a way."',
             "Cory Doctorow, European outreach coordinator for civil liberties group Electronic Frontier Foundation, "
             "said that Google should not be penalised."]
    got = extract_quotes(pd.DataFrame({"article_id": list("abcde"), "body": texts, "language": ["en"] * 5}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["speaker_role"], strict=True)) == [
        ("this year's event would be the best yet", "indirect", "Geoff Ellis", "CEO of festival organisers Big Day Out Ltd"),
        ("the return was a sign of new tactics", "indirect", "Liam Fox", "Tory co-chairman"),
        ("it was very bad news", "indirect", "Carol Walker", "BBC News 24 political correspondent"),
        ("We have got to find a way.", "direct", "Theresa May", "Tory shadow work and pensions secretary"),
        ("Google should not be penalised", "indirect", "Cory Doctorow",
         "European outreach coordinator for civil liberties group Electronic Frontier Foundation"),
    ]


def test_s17bbc5_noun_like_cue_before_a_later_speech_verb_is_a_noun():
    # "On the tax questions, he added: ...", "Addressing claims that ..., Mr Michael told ...": a noun-like cue word in
    # a fronted adverbial is a noun when a comma, a subject and a speech verb opening its own content follow
    texts = ['On the tax questions, he added: "We will make commitments on tax at the time of the manifesto."',
             "Addressing claims that the new law was unenforceable, Mr Michael told BBC Radio 4: \"There has been a "
             "lot of spin.\"",
             "Yukos claims it is being punished for the political ambitions of its founder."]
    got = extract_quotes(pd.DataFrame({"article_id": list("abc"), "body": texts, "language": ["en"] * 3}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["cue"], strict=True)) == [
        ("We will make commitments on tax at the time of the manifesto.", "direct", "he", "added"),
        ("There has been a lot of spin.", "direct", "Mr Michael", "told"),
        ("it is being punished for the political ambitions of its founder", "indirect", "Yukos", "claims"),
    ]


def test_s17bbc5_finite_verb_after_comma_is_no_role():
    # "..., who goes by the nickname Sloncek, is preparing ...", "Media Labs Europe, is to shut down": a finite
    # auxiliary or a subject pronoun after the comma that follows a name opens a predicate, never its role
    texts = ["Now the man behind the site, who goes by the nickname Sloncek, is preparing to release new software. "
             "Sloncek said the network would combine ideas from BitTorrent and Kazaa.",
             "The lab, Media Labs Europe, is to shut down. Media Labs Europe said it had run out of money."]
    got = extract_quotes(pd.DataFrame({"article_id": list("ab"), "body": texts, "language": ["en"] * 2}))
    assert list(zip(got["quote"], got["speaker_name"], got["speaker_role"], strict=True)) == [
        ("the network would combine ideas from BitTorrent and Kazaa", "Sloncek", ""),
        ("it had run out of money", "Media Labs Europe", ""),
    ]


def test_s17bbc5_determiner_is_no_role_and_coordinated_group_speaks():
    # "The Tories said": the determiner left over from the name is no role; "The Conservatives and Lib Dems said",
    # "Tony Blair and Ruth Kelly said": the group is the speaker, not its last member with "X and" as the role
    texts = ["The Tories said the plans were a gimmick.",
             "The Conservatives and Lib Dems said the plans were a gimmick.",
             "Tony Blair and Ruth Kelly said the reforms would go ahead."]
    got = extract_quotes(pd.DataFrame({"article_id": list("abc"), "body": texts, "language": ["en"] * 3}))
    assert list(zip(got["quote"], got["speaker"], got["speaker_name"], got["speaker_role"], strict=True)) == [
        ("the plans were a gimmick", "The Tories", "Tories", ""),
        ("the plans were a gimmick", "The Conservatives and Lib Dems", "Conservatives and Lib Dems", ""),
        ("the reforms would go ahead", "Tony Blair and Ruth Kelly", "Tony Blair and Ruth Kelly", ""),
    ]


def test_s17bbc5_passive_report_of_a_named_speaker():
    # "X has been reported as saying", "X is alleged to have said that", "X is alleged to have told Y:": the passive
    # subject is the speaker, as with "X was quoted as saying"
    texts = ["Women will be employed in the foreign ministry this year, Foreign Minister Saud Al-Faisal has been "
             "reported as saying.",
             'Mr Houston is alleged to have said that prisons should be "made available to the community".',
             'Mr Brown is alleged to have told the prime minister: "There is nothing you could say to me now."']
    got = extract_quotes(pd.DataFrame({"article_id": list("abc"), "body": texts, "language": ["en"] * 3}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["cue"], strict=True)) == [
        ("Women will be employed in the foreign ministry this year", "indirect", "Foreign Minister Saud Al-Faisal",
         "has been reported as saying"),
        ('prisons should be "made available to the community"', "mixed", "Mr Houston", "is alleged to have said"),
        ("There is nothing you could say to me now.", "direct", "Mr Brown", "is alleged to have told"),
    ]


def test_s17bbc5_group_of_two_bodies_with_the():
    # "Labour and the Tories claim", "Plaid Cymru and the Liberal Democrats said": the pair speaks, not the second body
    texts = ["Labour and the Tories claim the sums do not add up.",
             "Plaid Cymru and the Liberal Democrats said Dr Gibbons needed to change policy."]
    got = extract_quotes(pd.DataFrame({"article_id": list("ab"), "body": texts, "language": ["en"] * 2}))
    assert list(zip(got["quote"], got["speaker_name"], got["speaker_role"], strict=True)) == [
        ("the sums do not add up", "Labour and the Tories", ""),
        ("Dr Gibbons needed to change policy", "Plaid Cymru and the Liberal Democrats", ""),
    ]


def test_s17bbc5_sentence_adverb_aside_is_no_role():
    # "The Halifax, meanwhile, said", "Rowell, though, said": a sentence adverb between commas is no role
    texts = ["The Halifax, meanwhile, said prices had risen.",
             "Rowell, though, said the team had played well."]
    got = extract_quotes(pd.DataFrame({"article_id": list("ab"), "body": texts, "language": ["en"] * 2}))
    assert list(zip(got["quote"], got["speaker_name"], got["speaker_role"], strict=True)) == [
        ("prices had risen", "Halifax", ""),
        ("the team had played well", "Rowell", ""),
    ]


def test_s17bbc5_outlet_name_after_its_noun_is_the_addressee():
    # "told the Argentine newspaper Clarin it would", "told news agency Reuters such a move", "told the BBC programme
    # Go Digital how": the outlet's name after its noun belongs to the addressee when a clause opener follows it
    texts = ["Aguas Argentinas told the Argentine newspaper Clarin it would not accept any change.",
             "But Deutsche Boerse told news agency Reuters such a move would have to wait until May.",
             "Matthew Herren told the BBC programme Go Digital how the charity uses satellite radio.",
             "He told the BBC News website Ford did not plan to cut jobs."]
    got = extract_quotes(pd.DataFrame({"article_id": list("abcd"), "body": texts, "language": ["en"] * 4}))
    assert list(zip(got["quote"], got["speaker"], strict=True)) == [
        ("it would not accept any change", "Aguas Argentinas"),
        ("such a move would have to wait until May", "Deutsche Boerse"),
        ("how the charity uses satellite radio", "Matthew Herren"),
        ("Ford did not plan to cut jobs", "He"),
    ]


# --- s17en: English news in other outlets' styles (bench/gold/en_styles) ---
def test_s17en_commonwealth_honorifics_are_titles():
    # Nigerian, Ghanaian, Indian and Malaysian papers put an honorific before a name ("Hon.", "Comrade", "Shri",
    # "Datuk Seri"): it is a title, so the canonical speaker name drops it
    texts = ["Hon. Kwabena Asante, the MP for Ejura, said the road would be finished by December.",
             "Comrade Halima Bello told reporters the strike would go ahead.",
             "Datuk Seri Ahmad Fauzi said the scheme would cost RM2 billion.",
             "Shri Mohan Lal Verma said the bridge was safe."]
    got = extract_quotes(pd.DataFrame({"article_id": list("abcd"), "body": texts, "language": ["en"] * 4}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["speaker_name"], strict=True)) == [
        ("the road would be finished by December", "indirect", "Kwabena Asante", "Kwabena Asante"),
        ("the strike would go ahead", "indirect", "Comrade Halima Bello", "Halima Bello"),
        ("the scheme would cost RM2 billion", "indirect", "Datuk Seri Ahmad Fauzi", "Ahmad Fauzi"),
        ("the bridge was safe", "indirect", "Shri Mohan Lal Verma", "Mohan Lal Verma"),
    ]


def test_s17en_inverted_description_refers_to_the_organisation_its_content_opens_with():
    # wire copy: "Eskom will implement ..., the utility said" with no organisation named before it: the description
    # is the organisation the reported clause opens with (named again in the article); not a common noun
    texts = ["Eskom will implement load shedding from Tuesday, the utility said. Eskom spokesperson Thabo Mokoena "
             "said the breakdowns had removed 2,400MW.",
             "Messaging app Lumen will start encrypting group chats next month, the company announced on Tuesday. "
             "Lumen's head of product agreed.",
             "Profits will fall next year, the company said."]
    got = extract_quotes(pd.DataFrame({"article_id": list("abc"), "body": texts, "language": ["en"] * 3}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["speaker_name"], strict=True)) == [
        ("Eskom will implement load shedding from Tuesday", "indirect", "the utility", "Eskom"),
        ("the breakdowns had removed 2,400MW", "indirect", "Eskom spokesperson Thabo Mokoena", "Thabo Mokoena"),
        ("Messaging app Lumen will start encrypting group chats next month", "indirect", "the company", "Lumen"),
        ("Profits will fall next year", "indirect", "the company", "company"),
    ]


def test_s17en_capitalised_dateline_is_no_headline_speaker():
    # Indian, Malaysian and Pakistani papers open with a dateline and a colon ("NEW DELHI: The Supreme Court ...");
    # it is no "Speaker: words" headline, while a headline speaker before a quotation still is
    texts = ['NEW DELHI: The Supreme Court on Friday came down heavily on the Delhi government over air pollution, '
             'observing that "mere affidavits do not clean the air".\n\nThe hearing will resume next week.',
             "Marco Rubio: 'I am not interested in being vice president'\nThe senator spoke on Friday."]
    got = extract_quotes(pd.DataFrame({"article_id": list("ab"), "body": texts, "language": ["en"] * 2}))
    assert list(zip(got["article_id"], got["quote"], got["kind"], got["speaker"], strict=True)) == [
        ("b", "I am not interested in being vice president", "direct", "Marco Rubio"),
    ]


def test_s17en_said_the_noun_would_is_a_clause_not_an_inverted_speaker():
    # "The farm caucus, which holds ..., said the measure would hurt small producers": after a subject with its
    # relative clause, "said the measure would ..." opens the reported clause; a lower-case phrase holding a finite
    # auxiliary is no inverted speaker although it ends in a role noun ("producers")
    texts = ["The farm caucus, which holds about a third of seats in Congress, said the measure would hurt small "
             "producers.",
             "Prices will rise, said a trade union spokesman."]
    got = extract_quotes(pd.DataFrame({"article_id": list("ab"), "body": texts, "language": ["en"] * 2}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], strict=True)) == [
        ("the measure would hurt small producers", "indirect", "The farm caucus"),
        ("Prices will rise", "indirect", "a trade union spokesman"),
    ]


def test_s17en_said_the_noun_were_after_a_role_apposition_is_the_clause():
    # "The former chief inspector of schools, Chris Woodhead, said the results were striking.": a short definite
    # phrase holding a finite auxiliary after "said" is the reported clause, not an inverted speaker
    # ("..., said the 22-year-old." still is one)
    texts = ["The former chief inspector of schools, Chris Woodhead, said the results were striking.",
             '"It was a mistake," said the 22-year-old.']
    got = extract_quotes(pd.DataFrame({"article_id": list("ab"), "body": texts, "language": ["en"] * 2}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], strict=True)) == [
        ("the results were striking", "indirect", "Chris Woodhead"),
        ("It was a mistake", "direct", "the 22-year-old"),
    ]


def test_s17en_title_and_name_apposed_to_an_office_is_the_speaker():
    # "The Archbishop of Canterbury, Dr Rowan Williams, said", "The Deputy Minister for Roads, Hon. Grace
    # Adjei-Mensah, assured": a title and a name in apposition to a capitalised office name the person speaking
    texts = ["The Archbishop of Canterbury, Dr Rowan Williams, said the plan was wrong.",
             "The Deputy Minister for Roads, Hon. Grace Adjei-Mensah, assured the House that the ministry had made "
             "provision."]
    got = extract_quotes(pd.DataFrame({"article_id": list("ab"), "body": texts, "language": ["en"] * 2}))
    assert list(zip(got["quote"], got["speaker"], got["speaker_name"], got["speaker_role"], strict=True)) == [
        ("the plan was wrong", "The Archbishop of Canterbury", "Rowan Williams", "Archbishop of Canterbury"),
        ("the ministry had made provision", "The Deputy Minister for Roads", "Grace Adjei-Mensah",
         "Deputy Minister for Roads"),
    ]


def test_s17en_averred_and_submitted_that_are_cues():
    # Indian English "the minister averred that ..." and court reporting "counsel submitted that ..." report what
    # was said; "submitted" only before "that" ("submitted their profiles" reports nothing)
    texts = ["Addressing a press conference, the minister averred that the project had been delayed by land issues.",
             "Senior counsel Vikram Sethi submitted that over 1,200 fines had been issued in October alone.",
             "Hundreds of hopefuls submitted their profiles."]
    got = extract_quotes(pd.DataFrame({"article_id": list("abc"), "body": texts, "language": ["en"] * 3}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["cue"], strict=True)) == [
        ("the project had been delayed by land issues", "indirect", "the minister", "averred that"),
        ("over 1,200 fines had been issued in October alone", "indirect", "Senior counsel Vikram Sethi",
         "submitted that"),
    ]


# --- s17spk: roles that are no roles (a participle clause, a bare honorific, "The"), institutions written with "The"
def _s17spk_rows(body: str) -> list[tuple[str, str, str, str, str]]:
    got = extract_quotes(pd.DataFrame({"article_id": ["s17"], "body": [body], "language": ["en"]}))
    return list(zip(got["quote"], got["kind"], got["speaker"], got["speaker_name"], got["speaker_role"], strict=True))


def test_s17spk_participle_clause_after_a_name_is_no_role():
    body = ("Rick Parry, speaking exclusively to BBC Sport, said the club would not sell its captain.\n\n"
            "Sarah Jones, talking to reporters on Monday, said the deal was off.")
    assert _s17spk_rows(body) == [
        ("the club would not sell its captain", "indirect", "Rick Parry", "Rick Parry", ""),
        ("the deal was off", "indirect", "Sarah Jones", "Sarah Jones", ""),
    ]


def test_s17spk_bare_honorific_is_no_role_the_apposed_role_is():
    body = ("John Smith, the head of the charity, arrived in London on Monday.\n\n"
            "Mr Smith said the appeal had raised £2m. Ms Jones said the money would go to schools. "
            "Lord Rennard said the figures were wrong.")
    assert _s17spk_rows(body) == [
        ("the appeal had raised £2m", "indirect", "Mr Smith", "John Smith", "the head of the charity"),
        ("the money would go to schools", "indirect", "Ms Jones", "Jones", ""),
        ("the figures were wrong", "indirect", "Lord Rennard", "Rennard", "Lord"),
    ]


def test_s17spk_institution_written_with_the_has_no_role():
    body = ("The Kremlin said the talks had failed. The Home Office said the rules would change in May. "
            "Later the Home Office said the change was delayed.")
    assert _s17spk_rows(body) == [
        ("the talks had failed", "indirect", "The Kremlin", "Kremlin", ""),
        ("the rules would change in May", "indirect", "The Home Office", "Home Office", ""),
        ("the change was delayed", "indirect", "the Home Office", "Home Office", ""),
    ]


def test_s17spk_the_minister_is_the_secretary_of_state_named_before():
    body = ("Education Secretary Ruth Kelly has set out new rules for schools.\n\n"
            "Ms Kelly said progress had been made. The minister said parents were still worried.")
    assert [r[2:] for r in _s17spk_rows(body)] == [
        ("Ms Kelly", "Ruth Kelly", "Education Secretary"), ("The minister", "Ruth Kelly", "minister"),
    ]


# --- s17spk: "the party", "the club", "the ministry": the organisation named with that noun, else unresolved
def test_s17spk_kind_of_body_resolves_to_the_name_written_with_the_noun():
    body = ("The Ministry of Defence published its annual report on Monday. The ministry said the army would shrink.\n\n"
            "Premiership club Arsenal signed the striker on Tuesday. \"We are delighted,\" the club said.\n\n"
            "The Nationwide Building Society cut its rates. The society said demand was weak.")
    assert [r[2:4] for r in _s17spk_rows(body)] == [
        ("The ministry", "Ministry of Defence"), ("the club", "Arsenal"), ("The society", "Nationwide Building Society"),
    ]
    # a generic body with no name written with its noun stays as written
    assert [r[2:4] for r in _s17spk_rows("Voters went to the polls on Monday. The party said turnout was low.")] == [
        ("The party", "party"),
    ]


# --- s17spk: actors(): a one-word English name opening a longer one is no short form of it when it is a place,
# the longer one a phrase, or the word quoted in more articles ("Apple" / "Apple Developer Connection")
def test_s17spk_actors_keep_a_body_apart_from_a_longer_name_it_opens():
    bodies = [
        "Apple said sales of the iPod had doubled.",
        "Apple said it would open two new stores in London.",
        "The Apple Developer Connection said the new tools were free.",
        "China said exports rose by 20% last year.",
        "The China Daily said the figures were wrong.",
        "Senator Barack Obama said the bill would pass.",
        "Obama said the vote was close.",
    ]
    arts = pd.DataFrame({"article_id": [f"a{i}" for i in range(len(bodies))], "body": bodies,
                         "language": ["en"] * len(bodies)})
    act = actors(extract_quotes(arts), arts)
    assert sorted(zip(act["actor"], act["variants"], act["n_articles"], strict=True)) == [
        ("Apple", "Apple", 2), ("Apple Developer Connection", "Apple Developer Connection", 1),
        ("Barack Obama", "Barack Obama; Obama", 2), ("China", "China", 1), ("China Daily", "China Daily", 1),
    ]


# --- s17spk: actors() roles: a trailing honorific, a phrase cut before a name, a possessive
def test_s17spk_actor_roles_without_cut_honorific_dangling_word_or_possessive():
    q = pd.DataFrame({"article_id": ["a", "b", "c", "d"], "kind": ["indirect"] * 4,
                      "speaker_name": ["Ken Livingstone", "Ken Livingstone", "Sol Campbell", "Liberal Democrats"],
                      "speaker_role": ["London mayor Mr", "Labour's", "Arsenal's", "Labour and the"]})
    act = actors(q)
    assert list(zip(act["actor"], act["roles"], strict=True)) == [
        ("Ken Livingstone", "Labour; London mayor"), ("Liberal Democrats", ""), ("Sol Campbell", "Arsenal"),
    ]


# --- s17spk: a bare "a spokesman" speaks for the organisation opening its sentence or the one before as subject
def test_s17spk_bare_spokesman_speaks_for_the_organisation_subject_before():
    body = ("MPs want the takeover blocked. However, the DTI has dismissed the proposal. A spokesman said the "
            "department did not believe a review was needed.\n\n"
            "Downing Street defended the honours, with a spokesperson saying: \"You have to look at their whole "
            "career.\"\n\n"
            "Tony Blair said the plan would work. A spokesman said the plan was on course.")
    assert [r[2:4] for r in _s17spk_rows(body)] == [
        ("A spokesman", "DTI"), ("a spokesperson", "Downing Street"), ("Tony Blair", "Tony Blair"),
        ("A spokesman", "spokesman"),
    ]


# --- s17spk: a capitalised compound adjective or hyphenated office before a name is no name word
def test_s17spk_hyphenated_modifier_or_office_is_no_part_of_the_name():
    body = ("Film-maker Spike Lee said the studio had backed the project.\n\n"
            "Paris-based Euronext said it would not raise its offer.\n\n"
            "Vice-President Dick Cheney said the talks would go on. South Korea's Chung Mong-koo said sales had "
            "doubled.")
    assert [r[2:] for r in _s17spk_rows(body)] == [
        ("Film-maker Spike Lee", "Spike Lee", "Film-maker"), ("Paris-based Euronext", "Euronext", "Paris-based"),
        ("Vice-President Dick Cheney", "Dick Cheney", "Vice-President"),
        ("South Korea's Chung Mong-koo", "Chung Mong-koo", "South Korea's"),
    ]


# --- s17robust: messy and adversarial input (bench/stress_quotes.py): no crash, no silent loss, linear time ---
_S17_ID_BODY = ("Menteri Keuangan Sri Mulyani mengatakan bahwa defisit anggaran akan tetap terkendali tahun depan. "
                "“Kami akan menjaga disiplin fiskal dengan ketat,” kata Sri Mulyani di Jakarta.")
_S17_ID_ROWS = [
    ("defisit anggaran akan tetap terkendali tahun depan", "indirect", "Menteri Keuangan Sri Mulyani", "Sri Mulyani",
     "mengatakan bahwa"),
    ("Kami akan menjaga disiplin fiskal dengan ketat", "direct", "Sri Mulyani", "Sri Mulyani", "kata"),
]


def _s17_rows(got: pd.DataFrame) -> list[tuple[str, ...]]:
    return list(zip(got["quote"], got["kind"], got["speaker"], got["speaker_name"], got["cue"], strict=True))


@pytest.mark.parametrize("table", [
    {"article_id": ["a"], "body": [_S17_ID_BODY]},  # no language column
    {"article_id": ["a"], "body": [_S17_ID_BODY], "language": [None]},
    {"article_id": ["a"], "body": [_S17_ID_BODY], "language": [float("nan")]},
    {"article_id": ["a"], "body": [_S17_ID_BODY], "language": [""]},
])


def test_s17robust_missing_language_is_read_from_the_body(table):
    # an Indonesian article without a language was read with the English lexicon: no quotes at all (silent loss)
    assert _s17_rows(extract_quotes(pd.DataFrame(table))) == _S17_ID_ROWS


@pytest.mark.parametrize("forced", ["id", "ID", "id-ID"])
def test_s17robust_forced_language_case_and_region_ignored(forced):
    # language="ID" read as an unknown language: direct quotes only, no speakers
    got = extract_quotes(pd.DataFrame({"article_id": ["a"], "body": [_S17_ID_BODY]}), language=forced)
    assert _s17_rows(got) == _S17_ID_ROWS


def test_s17robust_missing_language_english_stays_english():
    got = extract_quotes(pd.DataFrame({"article_id": ["a"], "body": ["“We will act,” said Jane Holloway."]}))
    assert _s17_rows(got) == [("We will act", "direct", "Jane Holloway", "Jane Holloway", "said")]


def test_s17robust_body_not_text_is_named_not_lost():
    # bytes or a number: a warning naming the article (was: silently no quotes); None/NaN/NA/blank: no text, no warning
    table = pd.DataFrame({"article_id": ["b", "n", "x", "z", "na", "e", "ok"], "language": ["en"] * 7,
                          "body": [b"\xe2\x80\x9cHi,\xe2\x80\x9d said Ann Lee.", 12345, None, float("nan"), pd.NA,
                                   " \n\t ", "“We will act,” said Jane Holloway."]})
    table["body"] = table["body"].astype(object)
    with pytest.warns(RuntimeWarning) as caught:
        got = extract_quotes(table)
    assert [str(w.message) for w in caught] == [
        "extract_quotes skipped 2 article(s) it could not read: 'b' (body is bytes, not text); "
        "'n' (body is int, not text)"]
    assert list(zip(got["quote_id"], got["quote"], strict=True)) == [("ok#1", "We will act")]


def test_s17robust_repeated_article_ids_warn():
    table = pd.DataFrame({"article_id": ["a", "a"], "language": ["en", "en"],
                          "body": ["“We will act,” said Jane Holloway.", "“No,” said Mark Devlin."]})
    with pytest.warns(RuntimeWarning, match=r"1 article\(s\) repeat an article_id \(e.g. \['a'\]\)"):
        got = extract_quotes(table)
    assert list(zip(got["quote_id"], got["speaker_name"], strict=True)) == [("a#1", "Jane Holloway"),
                                                                            ("a#1", "Mark Devlin")]


def test_s17robust_overlong_sentence_read_in_pieces():
    # text without sentence punctuation is one "sentence" that every cue reads: O(n^2); pieces of <= 3,000
    # characters, cut after a clause break in the piece's second half where there is one, else at white space
    from helpers.quotes import _cap_sentences

    text = "word " * 500 + "a, b " + "word " * 700
    assert _cap_sentences(text, [(0, len(text) - 1)]) == [(0, 2502), (2503, 5499), (5500, 6004)]
    assert _cap_sentences(text, [(0, 2000), (2001, 2600)]) == [(0, 2000), (2001, 2600)]
    assert _cap_sentences("x" * 7000, [(0, 7000)]) == [(0, 3000), (3000, 6000), (6000, 7000)]
    body = "said " * 4000 + "and Jane Holloway said the plan would fail."
    got = extract_quotes(pd.DataFrame({"article_id": ["a"], "body": [body], "language": ["en"]}))
    assert list(zip(got["quote"], got["speaker_name"], got["start"], got["end"], strict=True))[-1] == (
        "the plan would fail", "Jane Holloway", body.index("the plan"), body.index(" would fail.") + 11)


def test_s17robust_many_quotes_same_rows():
    # an article of hundreds of quotes (every line a quote): the same speaker and fragment rows as a short one
    # (the full-name and fragment look-ups no longer read every earlier quote for each one)
    frag = "Mark Devlin called the budget “a fantasy” in Parliament on Tuesday."
    lines = [f"“Point {i} matters,” said Jane Holloway." for i in range(400)]
    body = "\n".join([*lines, frag])
    got = extract_quotes(pd.DataFrame({"article_id": ["a"], "body": [body], "language": ["en"]}))
    assert len(got) == 401
    assert got["speaker_name"].value_counts().to_dict() == {"Jane Holloway": 400, "Mark Devlin": 1}
    last = got.iloc[-1]
    assert (last["quote"], last["kind"], last["start"], last["end"]) == (
        "the budget “a fantasy” in Parliament on Tuesday", "mixed", len(body) - len(frag) + 19,
        len(body) - len(frag) + 66)


def test_s17robust_name_given_hundreds_of_times_indexed(monkeypatch):
    # "Holloway said" after "Jane Holloway" hundreds of times: the full name from an index (was a pass over every
    # earlier mention for each quote, quadratic); the same rows as the plain pass, the nearer full name winning
    import helpers.quotes as hq

    lines = ["Jane Holloway, the minister, spoke first."]
    lines += [f"“Point {i} matters,” Holloway said, and Jane Holloway left." for i in range(80)]
    lines += [f"“Point {i} too,” Holloway said, and Tom Holloway left." for i in range(80)]
    table = pd.DataFrame({"article_id": ["a"], "body": ["\n".join(lines)], "language": ["en"]})
    got = extract_quotes(table)
    # (the first quote of the second block: the last full name before it is still Jane's)
    assert got["speaker_name"].tolist() == ["Jane Holloway"] * 81 + ["Tom Holloway"] * 79
    assert got["speaker_role"].tolist() == ["the minister"] * 81 + [""] * 79
    monkeypatch.setattr(hq, "_MANY_NAMES", 10**9)
    assert extract_quotes(table).equals(got)


def test_s17robust_markup_left_in_scraped_text_is_white_space():
    # tags, a caption shortcode and entities left in a body: quotes end before the tags (was "by 2027.</p>"), a
    # block tag ends the sentence, entity quotation marks are quotation marks (were no quote); offsets hold
    body = ("<div class=\"share\">Share 12</div>[caption id=\"a1\"]<img src=\"a.jpg\"/> Photo[/caption]\n"
            "<p>The minister, Jane Holloway, said the budget would be balanced by 2027.</p>"
            "<p>&quot;Stop now,&quot; said <b>Lee Chan</b>.<br/>&#8220;Go home,&#8221; she said.</p>")
    got = extract_quotes(pd.DataFrame({"article_id": ["a"], "body": [body], "language": ["en"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["speaker_name"], strict=True)) == [
        ("the budget would be balanced by 2027", "indirect", "Jane Holloway", "Jane Holloway"),
        ("Stop now", "direct", "Lee Chan", "Lee Chan"),
        ("Go home", "direct", "she", "Lee Chan"),
    ]
    assert [body[s:e] for s, e in zip(got["start"], got["end"], strict=True)] == [
        "the budget would be balanced by 2027", "Stop now", "Go home"]
    assert got["sentence"].tolist()[0] == "The minister, Jane Holloway, said the budget would be balanced by 2027."


def test_s17robust_unpaired_surrogates_do_not_stop_the_run():
    # bytes decoded with "surrogateescape" leave unpaired surrogates, which a string column cannot hold: the whole
    # run failed (UnicodeEncodeError building the table); now U+FFFD in the table, offsets into the body unchanged
    table = pd.DataFrame({"article_id": ["s", "ok"], "language": ["en", "en"],
                          "body": pd.Series(["“Bad \udc80 bytes,” said Ann Lee.", "“We will act,” said Jane Holloway."],
                                            dtype=object)})
    with pytest.warns(RuntimeWarning, match="unpaired surrogates"):
        got = extract_quotes(table)
    assert list(zip(got["quote"], got["speaker_name"], got["start"], got["end"], strict=True)) == [
        ("Bad \ufffd bytes", "Ann Lee", 1, 12), ("We will act", "Jane Holloway", 1, 12)]
    assert got["sentence"].tolist()[0] == "“Bad \ufffd bytes,” said Ann Lee."


def test_s17robust_one_paragraph_of_hundreds_of_quotes_same_rows(monkeypatch):
    # scraped text whose line breaks were lost: one paragraph of 400 quotes; the look-ups for direct quotes inside
    # a content and for quotes inside an "according to" wrapper read only the quotes starting inside it (were the
    # whole list for each, quadratic): the same table as the plain passes, the eight paragraphs' quotes 50 times
    import helpers.quotes as hq

    paras = [
        "The finance minister, Jane Holloway, said on Tuesday that the budget would be balanced by 2027.",
        "“We have made hard choices, and they are paying off,” she told reporters in London.",
        "Opposition leader Mark Devlin said the figures were “a fantasy” and accused the government of hiding cuts.",
        "According to the Office for Budget Responsibility, growth will slow to 1.2% next year.",
        "\"This is not a plan, it is a wish list,\" said Sarah Kent, an economist at the Resolution Foundation.",
        "Mr Devlin added: \"People can see their bills going up every month.\"",
        "The Treasury declined to comment on the leaked documents.",
        "Ms Holloway warned that “difficult decisions” lay ahead for public services.",
    ]
    table = pd.DataFrame({"article_id": ["a"], "body": [" ".join(paras * 50)], "language": ["en"]})
    got = extract_quotes(table)
    assert got[["kind", "quote", "speaker_name"]].head(8).values.tolist() == [
        ["indirect", "the budget would be balanced by 2027", "Jane Holloway"],
        ["direct", "We have made hard choices, and they are paying off", "Jane Holloway"],
        ["mixed", "the figures were “a fantasy”", "Mark Devlin"],
        ["indirect", "the government of hiding cuts", "Mark Devlin"],
        ["indirect", "growth will slow to 1.2% next year", "Office for Budget Responsibility"],
        ["direct", "This is not a plan, it is a wish list", "Sarah Kent"],
        ["direct", "People can see their bills going up every month.", "Mark Devlin"],
        ["mixed", "“difficult decisions” lay ahead for public services", "Jane Holloway"],
    ]
    assert got["kind"].value_counts().to_dict() == {"indirect": 150, "direct": 150, "mixed": 100}
    monkeypatch.setattr(hq, "_MANY_QUOTES", 10**9)
    assert extract_quotes(table).equals(got)


@pytest.mark.parametrize(("body", "language", "expected"), [
    ("“It is over,” said Amy Fox.\t“Not yet,”\tsaid\tIan Cole.", "en",
     [("It is over", "Amy Fox", 1, 11), ("Not yet", "Ian Cole", 29, 36)]),
    ("Ian Cole\tsaid the plan\twould fail.", "en", [("the plan would fail", "Ian Cole", 14, 33)]),
    ("“Kami siap,”\tkata\tSri Mulyani.", "id", [("Kami siap", "Sri Mulyani", 1, 10)]),
    ("“Kami siap,” kata\u00a0Sri\u00a0Mulyani.", "id", [("Kami siap", "Sri Mulyani", 1, 10)]),
    ("“It is over,” said Amy Fox.\u2028“Not yet,” said\u2003Ian Cole.", "en",
     [("It is over", "Amy Fox", 1, 11), ("Not yet", "Ian Cole", 29, 36)]),
])


def test_s17robust_tabs_and_unicode_spaces_read_as_spaces(body, language, expected):
    # a tab between words (scraped table cells, pasted text) was no space to the rules: "said\tIan Cole" was no cue,
    # the second quotation joined the first speaker's; "kata\tSri Mulyani" gave no quote at all
    got = extract_quotes(pd.DataFrame({"article_id": ["a"], "body": [body], "language": [language]}))
    assert list(zip(got["quote"], got["speaker_name"], got["start"], got["end"], strict=True)) == expected


# --- s17id: Indonesian news from other outlets (bench/gold/id_styles) ---
def _id_rows(body: str) -> list[tuple[str, str, str, str]]:
    got = extract_quotes(pd.DataFrame({"article_id": ["a"], "body": [body], "language": ["id"]}))
    return list(zip(got["quote"], got["kind"], got["speaker_name"], got["speaker_role"], strict=True))


def test_s17id_titled_name_in_apposition_after_its_role():
    # "ROLE, Hj./Prof. Dr. Ir./K.H./AKBP NAME, VERB": personal titles before a capitalised name make the segment a
    # titled name (the speaker), not a role of the segment before it
    assert _id_rows("Kepala Dinas Sumber Daya Air DKI, Hj. Ratna Kusumawardani, menyebut sosialisasi sudah "
                    "dilakukan tiga kali sejak Juli.") == [
        ("sosialisasi sudah dilakukan tiga kali sejak Juli", "indirect", "Ratna Kusumawardani",
         "Kepala Dinas Sumber Daya Air DKI")]
    assert _id_rows("Ekonom senior Indef, Prof. Dr. Ir. Hendra Gunawan Saputra, menilai keputusan BI sudah "
                    "tepat.") == [("keputusan BI sudah tepat", "indirect", "Hendra Gunawan Saputra", "Ekonom senior Indef")]
    assert _id_rows("Ketua MUI Bidang Dakwah, K.H. Abdul Mu'ti Rasyid, mengatakan perbedaan pilihan politik tidak "
                    "boleh merusak persaudaraan.") == [
        ("perbedaan pilihan politik tidak boleh merusak persaudaraan", "indirect", "Abdul Mu'ti Rasyid",
         "Ketua MUI Bidang Dakwah")]
    assert _id_rows("Kapolsek Genuk, Kompol Rismanto, mengatakan genangan air meluas hingga Jalan Kaligawe.") == [
        ("genangan air meluas hingga Jalan Kaligawe", "indirect", "Rismanto", "Kapolsek Genuk")]


def test_s17id_lower_case_description_after_a_name():
    # "Salah satu korban, NAME (24), warga Sidoarjo, mengaku": a lower-case description after the name is its role
    assert _id_rows("Salah satu korban, Rizky Febrianto (24), warga Sidoarjo, mengaku meminjam uang dari "
                    "kerabat.") == [("meminjam uang dari kerabat", "indirect", "Rizky Febrianto", "warga Sidoarjo")]


def test_s17id_subject_apposition_is_no_content_of_an_inverted_cue():
    # "Psikolog ..., Dr. NAME, menjelaskan korban ... perlu ...": a meN- verb after a subject with its apposition
    # is the subject's cue, not an inverted cue whose speaker is the noun after it
    assert _id_rows("Psikolog anak dari Universitas Padjadjaran, Dr. Ratih Kusumawati, menjelaskan korban "
                    "perundungan perlu pendampingan jangka panjang.") == [
        ("korban perundungan perlu pendampingan jangka panjang", "indirect", "Ratih Kusumawati",
         "Psikolog anak dari Universitas Padjadjaran")]


def test_s17id_role_description_with_an_age_goes_back_to_the_person():
    # "kata pelatih berusia 52 tahun itu": a role word opening a definite description (an age inside) is anaphoric
    body = ("Pelatih tim nasional, Rudi Hartono Siregar, buka suara soal kekalahan itu. Menurut Rudi, anak asuhnya "
            "kehilangan konsentrasi.\n\n\"Kami bermain terlalu terburu-buru,\" kata pelatih berusia 52 tahun itu dalam "
            "jumpa pers.")
    got = extract_quotes(pd.DataFrame({"article_id": ["a"], "body": [body], "language": ["id"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker"], got["speaker_name"], strict=True)) == [
        ("anak asuhnya kehilangan konsentrasi", "indirect", "Rudi", "Rudi Hartono Siregar"),
        ("Kami bermain terlalu terburu-buru", "direct", "pelatih berusia 52 tahun itu", "Rudi Hartono Siregar")]


def test_s17id_office_short_form_with_place_or_portfolio_goes_back_to_the_holder():
    # "kata Kapolda Bali", "kata Menko Pangan", "Wamenkes menjelaskan": an office's short form (lexicon
    # known_short_forms) with only a place or portfolio after it is a role, resolved to the person holding the office
    body = ("Kepala Kepolisian Daerah Bali Irjen Pol Daniel Adityajaya mengatakan pihaknya akan menambah patroli.\n\n"
            "\"Wisatawan asing wajib menghormati aturan lalu lintas,\" kata Kapolda Bali di Denpasar, Selasa (10/11).\n\n"
            "Menteri Koordinator Bidang Pangan Zulkifli Rasyid mengungkapkan rencana pemerintah membentuk badan usaha."
            "\n\n\"Selama ini peternak ayam selalu menjerit,\" kata Menko Pangan.\n\n"
            "Wakil Menteri Kesehatan Dante Saksono Harbuwono memastikan stok vaksin campak mencukupi.\n\n"
            "Wamenkes menjelaskan, cakupan imunisasi campak masih di bawah 70 persen.")
    got = extract_quotes(pd.DataFrame({"article_id": ["a"], "body": [body], "language": ["id"]}))
    assert list(zip(got["speaker"], got["speaker_name"], strict=True)) == [
        ("Kepala Kepolisian Daerah Bali Irjen Pol Daniel Adityajaya", "Daniel Adityajaya"),
        ("Kapolda Bali", "Daniel Adityajaya"),
        ("Menteri Koordinator Bidang Pangan Zulkifli Rasyid", "Zulkifli Rasyid"),
        ("Menko Pangan", "Zulkifli Rasyid"),
        ("Wakil Menteri Kesehatan Dante Saksono Harbuwono", "Dante Saksono Harbuwono"),
        ("Wamenkes", "Dante Saksono Harbuwono"),
    ]


def test_s17id_one_word_name_in_apposition_brings_in_the_next_speaker():
    # "Istri korban, Nurhasanah, tak kuasa ...": a role, then a one-word name in apposition opening the sentence
    # before a quote with a clitic cue is who "katanya" means (not the last speaker)
    body = ("Kepala Kantor SAR Nias, Putu Arga Sujarwadi, menyebut tim gabungan langsung dikerahkan.\n\n"
            "Istri korban, Nurhasanah, tak kuasa menahan tangis saat ditemui di rumahnya. \"Sudah saya larang pergi "
            "karena anginnya kencang,\" katanya.\n\n"
            "Warga Cakung, Nurhayati (45), mengaku lega. \"Lampu jalan di gang kami mati,\" tuturnya.")
    got = extract_quotes(pd.DataFrame({"article_id": ["a"], "body": [body], "language": ["id"]}))
    assert list(zip(got["quote"], got["speaker_name"], got["speaker_role"], strict=True)) == [
        ("tim gabungan langsung dikerahkan", "Putu Arga Sujarwadi", "Kepala Kantor SAR Nias"),
        ("Sudah saya larang pergi karena anginnya kencang", "Nurhasanah", "Istri korban"),
        ("Lampu jalan di gang kami mati", "Nurhayati", "Warga Cakung"),
    ]


def test_s17id_passive_with_its_own_subject_refers_back():
    # "Hal senada disampaikan ROLE, NAME.": a passive cue with a subject of its own is no "Dikatakan X, CONTENT"
    # (no quote of the apposition after the agent); the titled name it brings in is who "dia" means next
    body = ("Kapolda Metro Jaya Irjen Pol Bambang Sulistyo mengatakan, para pelaku sudah beraksi.\n\n"
            "Hal senada disampaikan Sekretaris Jenderal MUI, Buya Anwar Hamzah. Menurut dia, masjid harus menjadi "
            "tempat yang menyejukkan.")
    got = extract_quotes(pd.DataFrame({"article_id": ["a"], "body": [body], "language": ["id"]}))
    assert list(zip(got["quote"], got["speaker_name"], strict=True)) == [
        ("para pelaku sudah beraksi", "Bambang Sulistyo"),
        ("masjid harus menjadi tempat yang menyejukkan", "Anwar Hamzah"),
    ]


def test_s17id_short_opener_before_a_subject_with_its_apposition():
    # "Sementara itu, ROLE, NAME, menegaskan X ...": no inverted cue after an opener and a subject with its apposition;
    # and the name brings in the speaker of the clitic cue after the next quote
    assert _id_rows("Menanggapi pernyataan itu, juru bicara Kementerian Luar Negeri RI, Rolliansyah Soemirat, "
                    "menegaskan Indonesia tetap berpegang pada politik luar negeri bebas aktif.") == [
        ("Indonesia tetap berpegang pada politik luar negeri bebas aktif", "indirect", "Rolliansyah Soemirat",
         "juru bicara Kementerian Luar Negeri RI")]
    body = ("Menteri Keuangan Rahmat Hidayatullah mengatakan subsidi akan diawasi bersama.\n\n"
            "Sementara itu, Ketua Kelompok Tani Sido Makmur di Kabupaten Klaten, Suparno, menyambut baik rencana "
            "tersebut. \"Tahun lalu banyak anggota kami yang terpaksa membeli pupuk nonsubsidi,\" ujarnya.")
    got = extract_quotes(pd.DataFrame({"article_id": ["a"], "body": [body], "language": ["id"]}))
    assert list(zip(got["quote"], got["speaker_name"], strict=True)) == [
        ("subsidi akan diawasi bersama", "Rahmat Hidayatullah"),
        ("Tahun lalu banyak anggota kami yang terpaksa membeli pupuk nonsubsidi", "Suparno"),
    ]


def test_s17id_relative_clause_between_named_subject_and_cue():
    # "NAME yang <relative clause> VERB (bahwa) ...": the named subject opening the sentence speaks; a quantifier
    # ("Banyak yang menilai") or a description closed by a demonstrative ("Perempuan yang disapa Leni ini") does not
    assert _id_rows("Wali Kota Semarang Agustina Purnamasari yang meninjau lokasi menjelaskan bahwa tanggul laut "
                    "baru rampung 70 persen.") == [
        ("tanggul laut baru rampung 70 persen", "indirect", "Agustina Purnamasari", "Wali Kota Semarang")]
    assert _id_rows("Wakil Wali Kota Baku, Elnur Mammadov, yang turut hadir dalam acara itu mengatakan pemerintah "
                    "kota siap memfasilitasi kegiatan budaya diaspora.") == [
        ("pemerintah kota siap memfasilitasi kegiatan budaya diaspora", "indirect", "Elnur Mammadov",
         "Wakil Wali Kota Baku")]
    assert _id_rows("Banyak yang menilai program ini terlalu mahal.") == []


def test_s17id_more_cues_after_a_quotation():
    # '"...," akui Rian', '"...," keluhnya', '"...," imbaunya' (lexicons speech_cues / clitic_cues)
    body = ("Manajer Maudy, Rian Pratama, mengatakan pihaknya tidak akan menempuh jalur hukum. \"Kami pilih diam dan "
            "fokus kerja,\" akui Rian.\n\n"
            "Juru parkir di Jalan Tunjungan, Mat Rokhim (50), khawatir kehilangan penghasilan. \"Lha terus kami "
            "kerja apa? Anak saya masih sekolah,\" keluhnya.")
    got = extract_quotes(pd.DataFrame({"article_id": ["a"], "body": [body], "language": ["id"]}))
    assert list(zip(got["quote"], got["kind"], got["cue"], got["speaker_name"], strict=True)) == [
        ("pihaknya tidak akan menempuh jalur hukum", "indirect", "mengatakan", "Rian Pratama"),
        ("Kami pilih diam dan fokus kerja", "direct", "akui", "Rian Pratama"),
        ("Lha terus kami kerja apa? Anak saya masih sekolah", "direct", "keluhnya", "Mat Rokhim"),
    ]


def test_s17id_pihak_and_a_common_noun_speaks():
    # "Pihak sekolah meminta ...", "Sementara itu, pihak rumah sakit juga mengatakan ...": the side of an institution
    # named by a common noun is the speaker
    assert _id_rows("Pihak sekolah meminta orang tua tidak panik dan segera melapor.") == [
        ("orang tua tidak panik dan segera melapor", "indirect", "Pihak sekolah", "Pihak sekolah")]
    assert _id_rows("Sementara itu, pihak rumah sakit juga mengatakan pasien sudah pulang.") == [
        ("pasien sudah pulang", "indirect", "pihak rumah sakit", "pihak rumah sakit")]


def test_s17id_four_letter_place_ends_the_sentence_of_a_quoted_fragment():
    # '... sebagai "etalase" UMKM kuliner Solo. Ia berjanji ...': "Solo." ends the sentence (no abbreviation), so the
    # fragment's cue is not "berjanji" in the next sentence, which stays free for its own report
    assert _id_rows("Wali Kota Solo, Respati Ardi Nugroho, menyebut festival tersebut sebagai \"etalase\" UMKM kuliner "
                    "Solo. Ia berjanji pemerintah kota akan mendukung festival serupa.") == [
        ("festival tersebut sebagai \"etalase\" UMKM kuliner Solo", "mixed", "Respati Ardi Nugroho", "Wali Kota Solo"),
        ("pemerintah kota akan mendukung festival serupa", "indirect", "Respati Ardi Nugroho", "Wali Kota Solo")]


def test_s17id_request_with_segera_or_a_coordinated_object():
    # "meminta NP di wilayahnya segera VERB", "meminta para dai dan pengurus masjid VERB": a request's clause after a
    # longer object; not "menyatakan dukacita dan memerintahkan ..." (a coordinated predicate, no clause)
    assert _id_rows("Bupati Kapuas Hulu, Fransiskus Diaan, meminta perusahaan perkebunan kelapa sawit di wilayahnya "
                    "segera merealisasikan kebun plasma.") == [
        ("perusahaan perkebunan kelapa sawit di wilayahnya segera merealisasikan kebun plasma", "indirect",
         "Fransiskus Diaan", "Bupati Kapuas Hulu")]
    assert _id_rows("Ketua MUI Abdul Rasyid meminta para dai dan pengurus masjid menjaga mimbar dari kampanye "
                    "praktis.") == [
        ("para dai dan pengurus masjid menjaga mimbar dari kampanye praktis", "indirect", "Abdul Rasyid", "Ketua MUI")]
    assert _id_rows("Presiden Budi Santoso menyatakan dukacita dan memerintahkan investigasi atas insiden itu.") == []


def test_s17id_lower_case_role_before_a_name_in_apposition():
    # "Ketua asosiasi, NAME, menyatakan bahwa ...": a role written in lower case (no phrase of its own) before the
    # name is its role, and the name is the speaker as written
    assert _id_rows("Ketua asosiasi, Budi Santoso, menyatakan bahwa hubungan kedua bangsa sangat erat.") == [
        ("hubungan kedua bangsa sangat erat", "indirect", "Budi Santoso", "Ketua asosiasi")]


def test_s17id_announcing_noun_object_is_no_content():
    # "X memaparkan alasan di balik rencana itu.", "membeberkan modus para pelaku.": a short noun object headed by a
    # noun that announces what follows (lexicon np_objects) is no reported clause; "menyebut hal itu sebagai ..." is
    assert _id_rows("Zulkifli Rasyid memaparkan alasan di balik rencana itu.") == []
    assert _id_rows("Kasatreskrim Polrestabes Surabaya AKBP Hendro Wicaksono membeberkan modus para pelaku.") == []
    assert [r[0] for r in _id_rows("Presiden Budi Santoso menyebut hal itu sebagai sebuah kebanggaan.")] == [
        "hal itu sebagai sebuah kebanggaan"]


def test_s17id_passive_intro_with_role_then_titled_name():
    # "Dikatakan ROLE, dr. NAME, CONTENT", "Disampaikan pula oleh ROLE, NAME, bahwa CONTENT": the titled name after the
    # role is the agent, the content starts after its comma (and "bahwa")
    assert _id_rows("Dikatakan Kepala Puskesmas Tembung, dr. Lestari Ginting, sebagian besar siswa mengalami mual.") == [
        ("sebagian besar siswa mengalami mual", "indirect", "Lestari Ginting", "Kepala Puskesmas Tembung")]
    assert _id_rows("Disampaikan pula oleh Kepala Dinas Pendidikan Kota Medan, Benny Sinaga, bahwa penyaluran makanan "
                    "dihentikan sementara.") == [
        ("penyaluran makanan dihentikan sementara", "indirect", "Benny Sinaga", "Kepala Dinas Pendidikan Kota Medan")]


def test_s17id_warnings_threats_and_passive_agents():
    # weak cues memperingatkan/mengancam/menuding with a clause; a passive with "oleh" brings in its titled agent for
    # the pronoun of the next sentence ("dikonfirmasi oleh ROLE, Kombes NAME, Minggu. Dia menyebut ...")
    assert _id_rows("Kepala BMKG Dwikorita Karnawati memperingatkan bahwa hujan lebat masih akan terjadi.") == [
        ("hujan lebat masih akan terjadi", "indirect", "Dwikorita Karnawati", "Kepala BMKG")]
    body = ("Kasus ini bermula saat Lisa Mariana menuding RK merupakan ayah dari anaknya.\n\n"
            "Pengumuman tersangka itu dikonfirmasi oleh Kasubdit I Dittipidsiber Bareskrim Polri, Kombes Rizki Agung "
            "Prakoso, Minggu (19/10/2025). Dia menyebut Lisa sudah menerima penetapan itu.")
    got = extract_quotes(pd.DataFrame({"article_id": ["a"], "body": [body], "language": ["id"]}))
    assert list(zip(got["quote"], got["cue"], got["speaker_name"], strict=True)) == [
        ("RK merupakan ayah dari anaknya", "menuding", "Lisa Mariana"),
        ("Lisa sudah menerima penetapan itu", "menyebut", "Rizki Agung Prakoso"),
    ]


def test_s17id_second_cue_of_the_same_subject():
    # "menilai A, tetapi mengingatkan B": the second cue ends the first report and opens its own, same speaker; not a
    # list of the content's own predicates ("..., serta memastikan ...")
    assert _id_rows("Pengamat transportasi, Djoko Setijowarno, menilai tren itu positif, tetapi mengingatkan KAI agar "
                    "tidak melupakan layanan kereta perintis.") == [
        ("tren itu positif", "indirect", "Djoko Setijowarno", "Pengamat transportasi"),
        ("KAI agar tidak melupakan layanan kereta perintis", "indirect", "Djoko Setijowarno", "Pengamat transportasi")]
    assert [r[0] for r in _id_rows("Direktur Utama Gamal Santoso menekankan bahwa peran Pertagas adalah menjembatani "
                                   "suplai, serta memastikan energi dapat diakses industri.")] == [
        "peran Pertagas adalah menjembatani suplai, serta memastikan energi dapat diakses industri"]


def test_s17id_request_cue_with_addressee_then_agar_or_untuk():
    # "menginstruksikan seluruh jajaran kepolisian untuk menindak ...": a request cue, its addressee, then the act
    # asked (agar/untuk + verb) is a reported clause; not "menyatakan minat Pakistan untuk berkontribusi" (no request)
    assert _id_rows("Kapolri Listyo Adi Pranowo menginstruksikan seluruh jajaran kepolisian untuk menindak tegas "
                    "peredaran narkoba.") == [
        ("seluruh jajaran kepolisian untuk menindak tegas peredaran narkoba", "indirect", "Listyo Adi Pranowo",
         "Kapolri")]
    assert _id_rows("Basuki Hadimuljono menyatakan minat Pakistan untuk berkontribusi pada pembangunan IKN.") == []


def test_s17id_quotation_right_after_a_full_stop_ends_the_report():
    # 'meminta X untuk ... optimal."Sebaiknya ...," ujarnya.': no space after the full stop (scraped text), yet the
    # quotation with its own cue opens a new sentence; the report ends before it
    body = ("Karena itu, Gubernur Dedi Mulyadi meminta Kementerian Keuangan untuk bersikap terbuka dengan mengumumkan "
            "daerah yang belum membelanjakan anggarannya.\"Sebaiknya umumkan saja daerah-daerah itu,\" ujarnya.")
    got = extract_quotes(pd.DataFrame({"article_id": ["a"], "body": [body], "language": ["id"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker_name"], strict=True)) == [
        ("Kementerian Keuangan untuk bersikap terbuka dengan mengumumkan daerah yang belum membelanjakan anggarannya",
         "indirect", "Dedi Mulyadi"),
        ("Sebaiknya umumkan saja daerah-daerah itu", "direct", "Dedi Mulyadi"),
    ]


def test_s17id_single_quotes_beside_a_double_quoted_title():
    # 'merilis album bertajuk "Pulang" ... 'Album ini ...,' kata Rara.': a short double-quoted title does not stop the
    # single-quoted quotations in the paragraphs without double marks
    body = ("Penyanyi Rara Sekar merilis album bertajuk \"Pulang\" setelah vakum empat tahun.\n\n"
            "'Album ini basically surat cinta buat keluarga,' kata Rara.")
    got = extract_quotes(pd.DataFrame({"article_id": ["a"], "body": [body], "language": ["id"]}))
    assert list(zip(got["quote"], got["kind"], got["speaker_name"], strict=True)) == [
        ("Album ini basically surat cinta buat keluarga", "direct", "Rara Sekar")]


def test_s17id_id2_leftovers():
    # "Korban, NAME (34), mengalami ... Ia menuturkan": a one-word role with its comma brings in the name;
    # "berharap langkah itu benar-benar terlaksana": a ter- verb after a short subject makes a clause;
    # "Hal senada disampaikan ROLE, WITH, COMMAS, NAME.": the last comma segment is the name;
    # "Menteri ... (Mendikdasmen) NAME ... kata Mendikdasmen": the short form defined in brackets before the holder
    body = ("Kapolrestabes Bandung, Kombes Pol Budi Sartono Wibowo, mengatakan pihaknya telah membentuk tim khusus.\n\n"
            "Korban, Asep Saepudin (34), mengalami luka di lengan kiri. Ia menuturkan, pelaku memepet motornya.\n\n"
            "Warga, Karsono, berharap langkah itu benar-benar terlaksana.\n\n"
            "Hal senada disampaikan Kepala Badan Standar, Kurikulum, dan Asesmen Pendidikan, Toni Toharudin. Menurut "
            "dia, sekolah tidak perlu menyelenggarakan bimbingan belajar khusus.")
    got = extract_quotes(pd.DataFrame({"article_id": ["a"], "body": [body], "language": ["id"]}))
    assert list(zip(got["quote"], got["speaker_name"], strict=True)) == [
        ("pihaknya telah membentuk tim khusus", "Budi Sartono Wibowo"),
        ("pelaku memepet motornya", "Asep Saepudin"),
        ("langkah itu benar-benar terlaksana", "Karsono"),
        ("sekolah tidak perlu menyelenggarakan bimbingan belajar khusus", "Toni Toharudin"),
    ]
    body = ("Menteri Pendidikan Dasar dan Menengah (Mendikdasmen) Abdul Mu'ti Hidayat menegaskan ujian nasional tidak "
            "akan dikembalikan.\n\n\"Yang kami siapkan adalah tes kemampuan akademik,\" kata Mendikdasmen di Jakarta.")
    got = extract_quotes(pd.DataFrame({"article_id": ["a"], "body": [body], "language": ["id"]}))
    assert list(got["speaker_name"]) == ["Abdul Mu'ti Hidayat", "Abdul Mu'ti Hidayat"]


def test_s17id_bercerita_with_a_clause():
    # "X bercerita, <clause>": a weak cue (a clause after it, none for "bercerita tentang masa kecilnya")
    assert _id_rows("Menteri Keuangan Purbaya Yudhi Sadewa bercerita, banyak pejabat yang berpikir bahwa masa jabatan "
                    "menteri hanya lima tahun.") == [
        ("banyak pejabat yang berpikir bahwa masa jabatan menteri hanya lima tahun", "indirect", "Purbaya Yudhi Sadewa",
         "Menteri Keuangan")]
    assert _id_rows("Rara bercerita tentang masa kecilnya di Salatiga.") == []


# --- session 10: gold over news-style texts kept in the repository (bench/eval_quotes.py --only texts)
@pytest.mark.parametrize(("stem", "language", "n_articles", "kinds"), [
    ("en_styles", "en", 40, {"direct": 89, "indirect": 99, "mixed": 39}),
    ("en2_styles", "en", 20, {"direct": 45, "indirect": 77, "mixed": 11}),
    ("id_styles", "id", 40, {"direct": 90, "indirect": 135, "mixed": 2}),
    ("id2_styles", "id", 10, {"direct": 21, "indirect": 31}),
    ("id3_styles", "id", 20, {"direct": 42, "indirect": 75, "mixed": 1}),
    ("en3_styles", "en", 20, {"direct": 51, "indirect": 72, "mixed": 13}),
    ("id4_styles", "id", 20, {"direct": 52, "indirect": 81, "mixed": 2}),
    ("en4_styles", "en", 20, {"direct": 39, "indirect": 66, "mixed": 30}),
    ("id5_styles", "id", 20, {"direct": 43, "indirect": 79, "mixed": 1}),
    ("en5_styles", "en", 20, {"direct": 48, "indirect": 51, "mixed": 37}),
    ("id6_styles", "id", 20, {"direct": 57, "indirect": 81, "mixed": 3}),
])


def test_styles_gold_loads_with_spans_inside_the_texts(stem, language, n_articles, kinds):
    from collections import Counter

    from bench.eval_quotes import STYLES_GOLD, load_texts
    path = next(p for p in STYLES_GOLD if p.stem == stem)
    arts, gold = load_texts(path)
    assert len(arts) == n_articles and set(arts["language"]) == {language}
    assert dict(Counter(g["kind"] for g in gold)) == kinds
    bodies = dict(zip(arts["article_id"], arts["body"], strict=True))
    for g in gold:
        (start, end), = g["content"]
        span = bodies[g["article_id"]][start:end]
        assert 0 <= start < end <= len(bodies[g["article_id"]]) and span == span.strip() and len(span.split()) >= 1



@pytest.mark.parametrize(("stem", "language", "kinds"), [
    ("ntrex_en1", "en", {"direct": 58, "indirect": 77, "mixed": 31}),
    ("ntrex_en2", "en", {"direct": 44, "indirect": 43, "mixed": 8}),
    ("ntrex_en3", "en", {"direct": 42, "indirect": 36, "mixed": 10}),
    ("ntrex_id1", "id", {"direct": 53, "indirect": 87, "mixed": 35}),
    ("ntrex_id2", "id", {"direct": 39, "indirect": 38, "mixed": 10}),
    ("ntrex_id3", "id", {"direct": 37, "indirect": 34, "mixed": 14}),
])


def test_ntrex_gold_loads_with_spans_inside_the_shared_texts(shared_corpora, stem, language, kinds):
    from collections import Counter

    from bench.eval_quotes import NTREX_GOLD, load_ntrex
    path = next(p for p in NTREX_GOLD if p.stem == stem)
    arts, gold = load_ntrex(path)
    assert len(arts) == {"1": 31, "2": 15, "3": 16}[stem[-1]] and set(arts["language"]) == {language}
    assert dict(Counter(g["kind"] for g in gold)) == kinds
    bodies = dict(zip(arts["article_id"], arts["body"], strict=True))
    if stem == "ntrex_en1":  # the headline line is dropped: the body opens with the article's first sentence
        assert bodies["bbc.381790"].startswith("There is consternation among some AMs at a suggestion their title")
    for g in gold:
        (start, end), = g["content"]
        span = bodies[g["article_id"]][start:end]
        assert 0 <= start < end <= len(bodies[g["article_id"]]) and span == span.strip() and len(span.split()) >= 1

# --- s18instr: extract_quotes(documents=False): findings of documents and data are no quotes (BBC convention) ---
_S18_DOCUMENTS_BODY = (
    "A poll suggested that Labour was ahead in the marginal seats. Shares in the bank fell 3% on Monday, according "
    "to LSEG data. Business confidence has weakened for the first time since March, the quarterly survey has found. "
    "Research suggests that more people are blogging. According to Continental Research, 29% of people are "
    "technophobes. The finance minister, Ana Lopes, said the figures were disappointing.")


def test_s18instr_documents_kept_by_default_as_polnear_annotates_them():
    arts = pd.DataFrame({"article_id": ["x"], "body": [_S18_DOCUMENTS_BODY], "language": ["en"]})
    q = extract_quotes(arts)
    assert [(r.quote_id, r.kind, r.quote, r.speaker, r.cue) for r in q.itertuples()] == [
        ("x#1", "indirect", "Labour was ahead in the marginal seats", "A poll", "suggested that"),
        ("x#2", "indirect", "Shares in the bank fell 3% on Monday", "LSEG", "according to"),
        ("x#3", "indirect", "Business confidence has weakened for the first time since March", "the quarterly survey",
         "found"),
        ("x#4", "indirect", "more people are blogging", "Research", "suggests that"),
        ("x#5", "indirect", "29% of people are technophobes", "Continental Research", "According to"),
        ("x#6", "indirect", "the figures were disappointing", "Ana Lopes", "said"),
    ]


def test_s18instr_documents_false_drops_findings_of_documents_and_data():
    # a finding verb with a document or data subject (before the cue, or inverted after it), "according to" data;
    # a capitalised "Research" in a firm's name and a person's "said" stay; quote ids keep their numbers
    arts = pd.DataFrame({"article_id": ["x"], "body": [_S18_DOCUMENTS_BODY], "language": ["en"]})
    q = extract_quotes(arts, documents=False)
    assert [(r.quote_id, r.kind, r.quote, r.speaker, r.cue) for r in q.itertuples()] == [
        ("x#5", "indirect", "29% of people are technophobes", "Continental Research", "According to"),
        ("x#6", "indirect", "the figures were disappointing", "Ana Lopes", "said"),
    ]
    assert list(q.columns) == list(QUOTE_COLUMNS)


def test_s18instr_documents_false_keeps_the_seed_article(seed_articles):
    # Indonesian cues are no English finding verbs: the seed's quotes are the same either way
    assert extract_quotes(seed_articles, documents=False).equals(extract_quotes(seed_articles))


# --- s18instr: the participle "urging X to ..." reports a request (after a comma, "be"/"begin"/"keep"/"and") ---
def test_s18instr_urging_object_to_infinitive_is_an_indirect_quote():
    bodies = ["The pastor endorsed Senator Ted Cruz, urging his parishioners to consider voting for him.",
              "Other advisers to the island's government have been urging the governor to default on the debt.",
              "The charity is urging the telecoms regulator, Ofcom, to cut the cost of the service.",
              # a reduced relative after a noun ("papers ... urging them to"): the papers' subject is no speaker here
              "Studios took out adverts in trade papers such as Variety urging them to remember particular films."]
    arts = pd.DataFrame({"article_id": list("abcd"), "body": bodies, "language": "en"})
    q = extract_quotes(arts)
    assert [(r.article_id, r.kind, r.quote, r.speaker, r.cue) for r in q.itertuples()] == [
        ("a", "indirect", "his parishioners to consider voting for him", "The pastor", "urging"),
        ("b", "indirect", "the governor to default on the debt", "Other advisers to the island's government", "urging"),
        ("c", "indirect", "the telecoms regulator, Ofcom, to cut the cost of the service", "The charity", "urging"),
    ]


# --- s18id: Indonesian constructions that still failed on unseen text
def test_s18id_backward_passive_gives_the_sentence_before():
    # "CLAUSE. Hal itu disampaikan X ...": the subject refers back, the sentence before is X's; "oleh ROLE, NAME"
    assert _id_rows("Pemerintah Provinsi Jambi akan membangun 12 embung baru di daerah rawan kekeringan pada 2027. "
                    "Hal itu disampaikan Gubernur Jambi Ahmad Hasan di Jambi, Minggu.") == [
        ("Pemerintah Provinsi Jambi akan membangun 12 embung baru di daerah rawan kekeringan pada 2027", "indirect",
         "Ahmad Hasan", "Gubernur Jambi")]
    assert _id_rows("Komisi Pemilihan Umum resmi mencabut keputusan tentang dokumen calon presiden. Pernyataan ini "
                    "disampaikan langsung oleh Ketua KPU, Afifuddin.") == [
        ("Komisi Pemilihan Umum resmi mencabut keputusan tentang dokumen calon presiden", "indirect", "Afifuddin",
         "Ketua KPU")]
    # a quote already covers the sentence before: nothing new; "sebagaimana" backs a report with a source
    assert [r[0] for r in _id_rows("Menteri Rina Wulan mengatakan stok beras aman. Hal itu disampaikan Rina di Jakarta.")] \
        == ["stok beras aman"]
    assert _id_rows("Pemko turut menjual bahan pokok dengan harga murah di pasar. Hal ini sebagaimana diungkapkan "
                    "Wali Kota Agung Nugroho.") == []


def test_s18id_described_person_refers_back():
    # "Pria yang akrab disapa X itu", "..., perempuan 34 tahun itu": a person noun heading a description closed by a
    # demonstrative is the subject, resolved to the person quoted before
    assert _id_rows("\"Banjir sudah surut,\" kata Rudi Hartono, Senin.\n\nPria yang akrab disapa Rudi itu menjelaskan "
                    "bahwa warga sudah kembali ke rumah.")[1] == (
        "warga sudah kembali ke rumah", "indirect", "Rudi Hartono", "Pria yang akrab disapa Rudi itu")
    assert _id_rows("\"Kami baik,\" tulis Maudy Kirana, Kamis.\n\nSaat ditemui di sela syuting di kawasan Cibubur, "
                    "perempuan 34 tahun itu mengaku sempat terganggu dengan komentar negatif.")[1] == (
        "sempat terganggu dengan komentar negatif", "indirect", "Maudy Kirana", "perempuan 34 tahun itu")
    # a time ("kala itu") closes no description; a glued full stop ends the content
    assert [r[0] for r in _id_rows("\"Kami baik,\" tulis Maudy Kirana, Kamis.\n\nKetua Panitia Riswan Tony kala itu "
                                   "menyoroti gaya hidup anggota KPU.")] == ["Kami baik"]
    assert _id_rows("Ketua Asosiasi Baja Hendra Wijaya meminta pemerintah mengambil lima langkah untuk melindungi "
                    "industri baja.Pertama, tidak memberikan izin kepada bangunan baru.") == [
        ("pemerintah mengambil lima langkah untuk melindungi industri baja", "indirect", "Hendra Wijaya",
         "Ketua Asosiasi Baja")]


def test_s18id_weak_cue_with_existential_or_verb_clause():
    # "menduga ada ...": an existential clause; "menyatakan mendukung ...": a verb opening the clause (its subject the
    # speaker's); not "membantah tuduhan itu" (a noun object) or "menolak menyebutkan ..." (a refusal)
    assert _id_rows("Polisi menduga ada kesepakatan yang dibuat sebelum lelang itu.") == [
        ("ada kesepakatan yang dibuat sebelum lelang itu", "indirect", "Polisi", "Polisi")]  # (s21ntxid: a role word)
    assert _id_rows("Aprindo menyatakan mendukung kebijakan pemerintah soal harga beras.") == [
        ("mendukung kebijakan pemerintah soal harga beras", "indirect", "Aprindo", "")]
    assert _id_rows("Kapolres Rudi Hartono membantah tuduhan itu.") == []
    assert _id_rows("Dia menolak menyebutkan nama negara tersebut.") == []


def test_s18id_mereka_goes_back_to_a_plural_subject():
    # "Sejumlah warga X melaporkan ... Mereka menduga ...": the plural noun phrase, not the last named person
    rows = _id_rows("\"Kami masih menyelidiki,\" kata Kapolres Boyolali Rosyid Hartanto.\n\nDiberitakan sebelumnya, "
                    "sejumlah warga Boyolali melaporkan koperasi itu ke polisi. Mereka menduga ada skema ponzi dalam "
                    "kasus ini.")
    assert rows[-1] == ("ada skema ponzi dalam kasus ini", "indirect", "warga Boyolali", "")


def test_s18id_weak_cue_before_a_long_subject_and_its_verb():
    # a subject of five to eleven words with a prepositional phrase inside, then its verb
    assert _id_rows("Wakil Menteri Kesehatan Dante Harbuwono memastikan stok vaksin campak untuk program imunisasi di "
                    "14 provinsi mencukupi.") == [
        ("stok vaksin campak untuk program imunisasi di 14 provinsi mencukupi", "indirect", "Dante Harbuwono",
         "Wakil Menteri Kesehatan")]
    # not a purpose ("untuk mengamankan"), not an agency's figures after "mencatat"
    assert _id_rows("Kapolda Jawa Tengah Ahmad Luthfi memastikan kesiapan seluruh personel gabungan di lapangan untuk "
                    "mengamankan arus mudik.") == []
    assert _id_rows("Badan Pusat Statistik mencatat jumlah penduduk miskin pada Maret 2025 turun menjadi 23,85 juta "
                    "orang.") == []


def test_s18id_demonstrative_closes_the_subject_before_a_passive():
    # "menduga NP tersebut disebabkan ...": a demonstrative closes the subject, a (di- passive) verb follows it
    assert _id_rows("Para peneliti menduga anomali aneh dan sentakan tersebut disebabkan oleh proses geologi.") == [
        ("anomali aneh dan sentakan tersebut disebabkan oleh proses geologi", "indirect", "peneliti", "peneliti")]
    assert _id_rows("Menteri Rina Wulan menyampaikan pesan tersebut di hadapan ribuan kader.") == []


def test_s18id_common_noun_phrase_subject():
    # a capitalised head (role, organisation word, people or group noun) and lower-case modifiers opening the sentence
    assert _id_rows("Warga setempat mengatakan banjir datang tiba-tiba.") == [
        ("banjir datang tiba-tiba", "indirect", "Warga setempat", "Warga setempat")]
    assert _id_rows("TEMPO.CO, Jakarta - Koalisi masyarakat sipil mendesak DPR menunda pengesahan RUU Penyiaran.") == [
        ("DPR menunda pengesahan RUU Penyiaran", "indirect", "Koalisi masyarakat sipil", "Koalisi masyarakat sipil")]
    assert _id_rows("Harga beras naik tajam menjelang Lebaran.") == []


def test_s18id_demonstrative_then_adverb_then_verb():
    # "bercerita NP itu banyak dilakukan ...": an adverb between the closed subject and its verb
    assert _id_rows("Penyanyi Rara Sekar bercerita proses penggarapan album itu banyak dilakukan di rumah orang "
                    "tuanya.") == [
        ("proses penggarapan album itu banyak dilakukan di rumah orang tuanya", "indirect", "Rara Sekar", "Penyanyi")]


# --- s18spk: descriptions that name no one (a nationality noun, a court, a utility or agency, a second apposition)
def _s18spk_rows(body: str) -> list[tuple[str, str, str, str]]:
    got = extract_quotes(_articles(body)).sort_values("start")
    return [(r.quote, r.kind, r.speaker_name, r.speaker_role) for r in got.itertuples()]


def test_s18spk_nationality_noun_is_the_person_named_before():
    # "the Welshman", "the Frenchwoman", "said the American": a nationality noun refers back to the person named
    # before (the subject of the sentence before), as "he" would
    body = ('Gareth Bale scored twice as Real Madrid beat Sevilla on Sunday. "It was a special night for all of us," '
            'the Welshman said.')
    assert _s18spk_rows(body) == [("It was a special night for all of us", "direct", "Gareth Bale", "Welshman")]
    body = ("Amelie Mauresmo reached the semi-finals in Paris on Tuesday.\n\nThe Frenchwoman said she had never felt "
            "better.")
    assert _s18spk_rows(body) == [("she had never felt better", "indirect", "Amelie Mauresmo", "Frenchwoman")]
    # a people is no person: "the British" stays unresolved
    assert _s18spk_rows("The British said the talks had failed.") == [
        ("the talks had failed", "indirect", "British", "")]


def test_s18spk_subject_with_a_surname_in_s_is_a_person():
    # "Williams was also far from content. '...,' she said": a surname ending in "s" (Williams, Reyes, Davis) after
    # a known given name is a person's, so the subject of the sentence before is who "she"/"he" means
    body = ("Lindsay Davenport beat Conchita Martinez in straight sets. Venus Williams lost to Elena Dementieva.\n\n"
            'Davenport said she had played well. Williams was far from content. "I was making too many errors," she '
            "said.")
    assert _s18spk_rows(body)[-1] == ("I was making too many errors", "direct", "Venus Williams", "")
    body = ("Jose Antonio Reyes has added to speculation linking him with a move from Arsenal to Real Madrid.\n\n"
            "The 21-year-old said he was unhappy in London.")
    assert _s18spk_rows(body) == [("he was unhappy in London", "indirect", "Jose Antonio Reyes", "21-year-old")]


def test_s18spk_role_after_a_lead_naming_its_subject():
    # "Tony Blair has rejected ...\n\nThe prime minister told ...": a person's role right after a sentence whose
    # subject is a named person is that person; not when the role given to that person is another office
    body = ("Tony Blair has rejected calls for the publication of advice on the Iraq war.\n\nThe prime minister told "
            "reporters that the matter had been dealt with.")
    assert _s18spk_rows(body) == [("the matter had been dealt with", "indirect", "Tony Blair", "prime minister")]
    body = "Tory leader Michael Howard has attacked the plan.\n\nThe prime minister said the plan was sound."
    assert _s18spk_rows(body) == [("the plan was sound", "indirect", "prime minister", "prime minister")]


def test_s18spk_the_paper_is_the_publication_named_before():
    # "according to the Financial Times ... The paper said", "Spanish daily ABC ... the paper says", "Vedomosti
    # newspaper reported ... The paper added": a bare publication noun is the publication named last before it
    body = ("MG Rover's tie-up with China's top carmaker has been delayed, according to the Financial Times.\n\n"
            "The paper said Chinese officials had concerns about the deal.")
    assert _s18spk_rows(body)[-1] == ("Chinese officials had concerns about the deal", "indirect", "Financial Times",
                                      "paper")
    body = ("Spanish daily ABC accused English reporters of a witch-hunt. The newspaper said the claims were false. "
            "According to the Observer, 3,000 jobs could go. The paper said cuts would be needed.")
    assert [r[2] for r in _s18spk_rows(body)] == ["ABC", "ABC", "Observer", "Observer"]


def test_s18spk_the_party_is_the_party_named_before():
    # "by the Liberal Democrats ... The party says", "a future Tory government, the party has said": a bare "the
    # party" is the political party named last before it (lexicon political_parties, canonical names)
    body = ("Pensioners are being promised energy savings by the Liberal Democrats.\n\nThe party says the plans could "
            "save money.")
    assert _s18spk_rows(body) == [("the plans could save money", "indirect", "Liberal Democrats", "party")]
    body = "Children would be offered free sports training by a future Tory government, the party has said."
    assert _s18spk_rows(body) == [("Children would be offered free sports training by a future Tory government",
                                   "indirect", "Conservatives", "party")]


def test_s18spk_the_court_is_the_court_named_before():
    # "the US Court of Appeals ruled ... The court said": a court or tribunal (lexicon org_kind_nouns) is the one
    # named with that word before it (a place compound before the name is no part of it)
    body = ("In August 2004, the San Francisco-based US Court of Appeals ruled in favour of Grokster. The court said "
            "the networks were in the same position as Sony.")
    assert _s18spk_rows(body)[-1] == ("the networks were in the same position as Sony", "indirect",
                                      "US Court of Appeals", "court")


def test_s18spk_the_spokesman_speaks_for_the_body_of_the_spokesman_before():
    # "A Bayern spokesman said ... '...,' the spokesman said": a definite spokesperson is the one introduced before,
    # so the organisation that one spoke for
    body = ("A Bayern spokesman said on Monday that the decision had been motivated only by his condition. "
            '"He has got back pain and he could not train," the spokesman said.')
    assert _s18spk_rows(body)[-1] == ("He has got back pain and he could not train", "direct", "Bayern",
                                      "spokesman")


def test_s18spk_microsoft_opening_a_sentence_is_a_firm():
    # stopwords-iso lists "microsoft": as the subject opening the first sentence it is still the firm "the company"
    # refers to
    body = ("Microsoft has said it will replace more than 14 million power cables for its Xbox consoles.\n\n"
            "The company said the move was a preventative step.")
    assert _s18spk_rows(body)[-1] == ("the move was a preventative step", "indirect", "Microsoft", "company")


def test_s18spk_an_organisation_statement_is_the_organisation():
    # "An IAAF statement said", "an FA statement said": the body whose statement it is speaks (an acronym defined in
    # the article expands to its full name, as for "the ONS")
    body = "The IAAF has suspended the two sprinters. An IAAF statement said both athletes had missed three tests."
    assert _s18spk_rows(body)[-1] == ("both athletes had missed three tests", "indirect", "IAAF", "IAAF statement")
    assert _s18spk_rows("A US statement said the talks had failed.") == [
        ("the talks had failed", "indirect", "US statement", "US statement")]


# --- s19en: English errors on fresh news text (en_styles, en2_styles, en3_styles) ---


def _s19en_rows(body: str) -> list[tuple[str, str, str, str, str]]:
    got = extract_quotes(_articles(body)).sort_values("start")
    return [(r.quote, r.kind, r.speaker, r.speaker_name, r.cue) for r in got.itertuples()]


def test_s19en_split_quote_interrupted_by_a_relative_clause_on_its_speaker_is_one_quote():
    # '"A," said X, who <a long relative clause>. "B."': the words between the parts describe the speaker, so the
    # parts stay one quotation (PolNeAR annotates one span) however long the clause is
    body = ('"I still can\'t work a night shift," said Priya Raman, who was behind the counter at a gas station on '
            'Wilmington Pike when the man walked in wearing a ski mask. "Every time the door chimes, I\'m back there."')
    assert _s19en_rows(body) == [
        ("I still can't work a night shift … Every time the door chimes, I'm back there.", "direct", "Priya Raman",
         "Priya Raman", "said")]
    body = ("“We’re not going anywhere,” said Hamid Rahimi, whose family has run the Kabul Kitchen restaurant on "
            "Commercial Road for 22 years, “and neither are our customers.”")
    assert _s19en_rows(body) == [("We’re not going anywhere … and neither are our customers.", "direct",
                                  "Hamid Rahimi", "Hamid Rahimi", "said")]
    # a new sentence of narrative after the relative clause: two quotations of one speaker
    body = '"It was great," said Tilton, who lives nearby. The parade started at noon. "We loved it."'
    assert [r[0] for r in _s19en_rows(body)] == ["It was great", "We loved it."]


def test_s19en_the_agency_and_the_hospital_are_the_service_and_the_medical_center_named_before():
    # "the agency" refers back to a Service/Administration/Bureau named before, "the hospital" to a Hospital, Clinic,
    # Infirmary or Medical Center (lexicon org_kind_heads), as "the party" does to "the Labour Party"
    body = ("A tornado tore through the town of Millbrook on Sunday, the National Weather Service said. The twister "
            "stayed on the ground for roughly 11 miles, the agency said.")
    assert _s19en_rows(body)[-1] == ("The twister stayed on the ground for roughly 11 miles", "indirect",
                                     "the agency", "National Weather Service", "said")
    body = ("Mercy Valley Medical Center says a new protocol has cut deaths from sepsis. The hospital said it would "
            "publish its full results next year.")
    assert _s19en_rows(body)[-1] == ("it would publish its full results next year", "indirect", "The hospital",
                                     "Mercy Valley Medical Center", "said")


def test_s19en_an_item_posted_in_a_fronted_phrase_is_no_cue():
    # "In a statement posted on Instagram, X said/wrote ...": "posted" modifies the item (a reduced relative clause in
    # a fronted prepositional phrase); the sentence's own cue reports the words
    body = "In a statement posted to Instagram, Moreau wrote that doctors had ordered her to rest her voice."
    assert _s19en_rows(body) == [("doctors had ordered her to rest her voice", "indirect", "Moreau", "Moreau",
                                  "wrote that")]
    body = ('In a statement posted on X on Sunday night, the 23-year-old wrote: "I made a stupid joke and I regret '
            'it."')
    assert _s19en_rows(body) == [("I made a stupid joke and I regret it.", "direct", "the 23-year-old",
                                  "23-year-old", "wrote")]
    # the finite verb "posted" still reports its clause
    assert _s19en_rows("The club posted on Twitter that the player had left.") == [
        ("the player had left", "indirect", "The club", "club", "posted")]


def test_s19en_premier_is_a_title_before_a_name():
    # "Premier Derek Gillis rejected ... He said": a premier (a province's or state's head of government) is a title,
    # so the titled name is the sentence's subject that "he" refers back to (lexicon roles)
    body = ('"Polls don\'t vote," MacIsaac told supporters. Premier Derek Gillis rejected the pledge. He said the '
            'Liberal plan would blow a hole in the budget.')
    assert _s19en_rows(body)[-1] == ("the Liberal plan would blow a hole in the budget", "indirect", "He",
                                     "Derek Gillis", "said")


def test_s19en_engr_is_a_title_that_ends_no_sentence():
    # Nigerian house style: "Engr. X" (engineer) is a title before a name, like "Dr. X"; its full stop ends no sentence
    # (lexicons titles and abbreviations)
    body = ("Sahel Engineering's managing director, Engr. Bola Adeyemi, said the firm had mobilised 200 workers to "
            "the site.")
    assert _s19en_rows(body) == [("the firm had mobilised 200 workers to the site", "indirect", "Engr. Bola Adeyemi",
                                  "Bola Adeyemi", "said")]


# --- s19id: Indonesian errors on fresh news text ---


def test_s19id_a_finding_of_data_is_no_quote():
    # "Data BPS menunjukkan, ...", "Menurut data BMKG, ...", "Hasil survei ... menunjukkan": a data source's finding,
    # nothing said (lexicon id/data_sources); a person's words in the same text stay
    body = ("Data Badan Pusat Statistik menunjukkan, angka pengangguran turun menjadi 4,7 persen. "
            "Menurut data BMKG, hujan lebat masih akan turun sepekan ke depan. "
            "Kepala BPS Amalia Widyasanti mengatakan penurunan itu ditopang sektor jasa.")
    assert _id_rows(body) == [("penurunan itu ditopang sektor jasa", "indirect", "Amalia Widyasanti", "Kepala BPS")]


def test_s19id_request_with_an_adverb_or_adjective_after_untuk():
    # "mengimbau masyarakat (yang tinggal di ...) untuk waspada", "mengajak warga untuk aktif melapor": after a request
    # cue, "untuk" with an adverb or adjective (lexicon id/request_predicates) opens the request; "meminta dana untuk
    # pembangunan" (a purpose) stays no quote
    body = ("Prakirawan BMKG Stasiun Masamba, Rezky Amalia, mengimbau masyarakat yang tinggal di lereng bukit untuk "
            "waspada. Bupati Luwu Utara meminta dana untuk pembangunan jembatan.")
    assert _id_rows(body) == [("masyarakat yang tinggal di lereng bukit untuk waspada", "indirect", "Rezky Amalia",
                               "Prakirawan BMKG Stasiun Masamba")]


def test_s19id_described_name_in_apposition_before_a_verb_with_a_capitalised_object():
    # "Ekonom senior Indef, Fadhil Ramdhani, berpendapat BI sebaiknya ...": the description's head ("Ekonom senior")
    # before the role and a ber-/meN- verb after the name in apposition: the name speaks, "BI" opens the content (no
    # inverted "CONTENT, VERB SPEAKER")
    assert _id_rows("Ekonom senior Indef, Fadhil Ramdhani, berpendapat BI sebaiknya mulai memangkas suku bunga akhir "
                    "tahun ini.") == [("BI sebaiknya mulai memangkas suku bunga akhir tahun ini", "indirect",
                                       "Fadhil Ramdhani", "Indef")]  # (the role keeps its capitalised part only)


def test_s19id_adverb_between_apposition_and_cue():
    # "ROLE, Name, juga/turut/kemudian VERB": an adverb after the apposition's closing comma leaves the name the subject
    body = ("Kapten Persita, Fajar Nugraha, juga mengakui timnya kurang tenang di lini belakang. Tokoh agama setempat, "
            "Pendeta Stevanus Rumengan, turut mengajak jemaat tidak termakan kabar bohong soal vaksin.")
    assert _id_rows(body) == [
        ("timnya kurang tenang di lini belakang", "indirect", "Fajar Nugraha", "Kapten Persita"),
        ("jemaat tidak termakan kabar bohong soal vaksin", "indirect", "Pendeta Stevanus Rumengan",
         "Tokoh agama setempat")]


def test_s19id_occupation_noun_heads_a_description_referring_back():
    # "Perwira menengah itu menambahkan, ...": an occupation noun (lexicon id/person_nouns) heads a description closed
    # by "itu" that refers back to the person quoted before
    body = ("Kapolres Kendari AKBP Doni Saputra Harahap mengatakan dua tersangka sudah ditahan. Perwira menengah itu "
            "menambahkan, salah satu tersangka merupakan residivis kasus serupa.")
    assert _id_rows(body) == [
        ("dua tersangka sudah ditahan", "indirect", "Doni Saputra Harahap", "Kapolres Kendari"),  # (s30idspk: no rank)
        ("salah satu tersangka merupakan residivis kasus serupa", "indirect", "Doni Saputra Harahap",
         "Perwira menengah itu")]


def test_s19id_request_predicate_right_after_the_addressee():
    # "mendesak Kementerian Ketenagakerjaan turun langsung ...", "meminta pemerintah daerah tetap kreatif": the
    # addressee, then the request's predicate (lexicon id/request_predicates) with no "untuk"
    body = "Anggota Komisi IX DPR, Rusdianto Halim, mendesak Kementerian Ketenagakerjaan turun langsung ke Morosi."
    assert _id_rows(body) == [("Kementerian Ketenagakerjaan turun langsung ke Morosi", "indirect", "Rusdianto Halim",
                               "Anggota Komisi IX DPR")]


def test_s19id_menceritakan_with_a_clause_reports_and_its_speaker_goes_on():
    # "X menceritakan CLAUSE": telling with a clause after it reports speech (a weak cue: "menceritakan kisahnya"
    # alone is no quote); the clitic of the next direct quote goes back to X
    body = ("Seorang guru di SDN 07 Entikong, Fransiska Ungau, menceritakan muridnya harus belajar bergantian. "
            "\"Kalau hujan, atapnya bocor di mana-mana,\" katanya.")
    assert _id_rows(body) == [
        ("muridnya harus belajar bergantian", "indirect", "Fransiska Ungau", "Entikong"),
        ("Kalau hujan, atapnya bocor di mana-mana", "direct", "Fransiska Ungau", "Entikong")]
    # (the role keeps the capitalised tail of "Seorang guru di SDN 07 Entikong" only); the topic told is no quote
    assert _id_rows("Purbaya menceritakan mengapa menjaga inflasi penting bagi pertumbuhan.") == []


def test_s19id_description_then_name_in_apposition_before_verb_bahwa():
    # "Seorang penambang yang selamat, Hüseyin Çelik, menuturkan bahwa ...": a description that is no role, then the
    # name between commas: the name is the subject (not an elided one resolved to the source named before)
    body = ("Menurut kantor berita Anadolu, sekitar 60 pekerja berada di dalam terowongan.\n\nSeorang penambang yang "
            "selamat, Hüseyin Çelik, menuturkan bahwa dia merasakan tekanan udara yang sangat kuat.")
    assert _id_rows(body)[-1] == ("dia merasakan tekanan udara yang sangat kuat", "indirect", "Hüseyin Çelik",
                                  "Seorang penambang yang selamat")


def test_s19id_description_name_apposition_is_no_inverted_cue():
    # "Seorang penambang, Budi Santoso, menuturkan dia ...": a meN- verb after "DESCRIPTION, Name," is the name's verb,
    # not an inverted cue with "dia" as its speaker and the description as content
    assert _id_rows("Seorang penambang, Budi Santoso, menuturkan dia merasakan tekanan udara yang sangat kuat.") == [
        ("dia merasakan tekanan udara yang sangat kuat", "indirect", "Budi Santoso", "")]


def test_s19id_name_then_relative_clause_before_verb_bahwa():
    # "ROLE, Name, yang tiba di lokasi ..., menegaskan bahwa ...": a relative clause between commas after the name in
    # apposition; the name is the subject (not the role alone)
    body = ("Menteri Dalam Negeri Turki, Mehmet Ali Özkan, yang tiba di lokasi pada siang hari, menegaskan bahwa negara "
            "akan menanggung biaya perbaikan rumah warga.")
    assert _id_rows(body) == [("negara akan menanggung biaya perbaikan rumah warga", "indirect", "Mehmet Ali Özkan",
                               "Menteri Dalam Negeri Turki")]


# --- s20en: English errors on fresh news text, second pass (en_styles .. en4_styles) ---


def test_s20en_he_skips_a_woman_named_by_an_irish_or_african_given_name():
    # "he" after a quote by a woman whose given name is Irish (Siobhan) or Nigerian (Ngozi) goes back to the man
    # quoted before her (given_names_female / given_names_male: names of English-language news beyond the US/UK top
    # lists); before, the last speaker was taken whatever her name
    body = ("Farmers' leader Declan Moran said prices were too low. Agriculture minister Siobhan Keaveney said talks "
            "would continue. \"We will not be fobbed off,\" he said.")
    assert _s19en_rows(body)[-1] == ("We will not be fobbed off", "direct", "he", "Declan Moran", "said")
    body = ("Kwame Mensah said the strike would go ahead. Union official Ngozi Okafor said members had voted. "
            "\"We have waited long enough,\" he said.")
    assert _s19en_rows(body)[-1] == ("We have waited long enough", "direct", "he", "Kwame Mensah", "said")


def test_s20en_he_after_a_sentence_whose_subject_has_a_long_us_title():
    # "U.S. District Judge Raymond Ochoa ordered ... He told her that ...": the subject of the sentence before (a dotted
    # country abbreviation and five capitalised words) is who "he" means, not the man quoted before it
    body = ('Prosecutor Kevin Park said the fraud was deliberate. U.S. District Judge Raymond Ochoa ordered her to repay '
            'the full amount. He told her that public trust was "not a line item."')
    assert _s19en_rows(body)[-1] == ('public trust was "not a line item."', "mixed", "He", "Raymond Ochoa", "told")
    body = ("Prosecutor Kevin Park said the vote was close. Senate Majority Leader Paul Brennan scheduled a vote for "
            "Friday. He said the bill would pass.")
    assert _s19en_rows(body)[-1] == ("the bill would pass", "indirect", "He", "Paul Brennan", "said")


def test_s20en_called_on_someone_to_act_is_a_request_like_urged():
    # "X called on Y to ...": the addressee and what is asked of it are the content, as for "urged Y to"; after a
    # name in apposition it is no inverted cue; "and called on" ends the content of a cue before it
    body = ("The party's spokesperson on energy, Pieter Mokoena, called on the minister to appear before Parliament to "
            "explain the power cuts.")
    assert _s19en_rows(body) == [("the minister to appear before Parliament to explain the power cuts", "indirect",
                                  "Pieter Mokoena", "Pieter Mokoena", "called on")]
    body = ("Mike Hobday said intimidation seemed to have been widespread and called on hunts to do more to stop their "
            "supporters.")
    assert _s19en_rows(body) == [
        ("intimidation seemed to have been widespread", "indirect", "Mike Hobday", "Mike Hobday", "said"),
        ("hunts to do more to stop their supporters", "indirect", "Mike Hobday", "Mike Hobday", "called on")]
    body = "Opposition senators are calling on the minister to resign over the scandal."
    assert _s19en_rows(body) == [("the minister to resign over the scandal", "indirect", "Opposition senators",
                                  "Opposition senators", "calling on")]
    # a noun ("a phone call on Wednesday") and a noun's modifier ("A petition calling on him to be banned has ...")
    # are no request
    assert _s19en_rows("A petition calling on him to be banned from Britain has reached 563,000 signatures.") == []
    assert _s19en_rows("McConnell agreed to a phone call on Wednesday to tell Garland about the hearing.") == []


# --- s20bbc: British (BBC) recall: constructions counted in unlabelled BBC text and PolNeAR devs5 ---
def _s20bbc_rows(body: str) -> list[tuple[str, str, str, str]]:
    got = extract_quotes(pd.DataFrame({"article_id": ["a"], "body": [body], "language": ["en"]}))
    return list(zip(got["quote"], got["kind"], got["speaker"], got["cue"], strict=True))


def test_s20bbc_inverted_cue_between_two_clauses_of_its_content():
    # "CLAUSE, said X, because/but CLAUSE": the inverted cue interrupts its content, which runs over it to the end of
    # the sentence (as "CLAUSE, X said, because ..." does)
    assert _s20bbc_rows("Card fraud is rising fast, said Mr Hogan, because criminals now buy ready-made tools on "
                        "the internet.") == [
        ("Card fraud is rising fast … because criminals now buy ready-made tools on the internet", "indirect",
         "Mr Hogan", "said")]
    assert _s20bbc_rows("The scheme would not be means tested, say the Tories, but it would be open to everyone over "
                        "60.") == [
        ("The scheme would not be means tested … but it would be open to everyone over 60", "indirect", "the Tories",
         "say")]
    # "with ..." is the writer's elaboration, and "but he did not think that ..." a new attribution: the content ends
    # before the cue
    assert _s20bbc_rows("Mobile data use is set to double this year, said the MDA, with forecasts suggesting a total "
                        "of 30 billion messages.") == [
        ("Mobile data use is set to double this year", "indirect", "the MDA", "said")]
    assert _s20bbc_rows("Spam was still growing, said Mr Stanley, but he did not think that it would mean e-mail "
                        "meltdown.") == [("Spam was still growing", "indirect", "Mr Stanley", "said")]


def test_s20bbc_programme_title_with_lowercase_connector_is_the_addressee_of_told():
    # a programme's title with a lower-case connector ("Breakfast with Frost", "World at One"), or a place or day after
    # the addressee's name, stays in the addressee of "told": the content starts after it
    assert _s20bbc_rows("Dr Fox told BBC One's Breakfast with Frost programme there was no place for spite in "
                        "politics.") == [("there was no place for spite in politics", "indirect", "Dr Fox", "told")]
    assert _s20bbc_rows("Mr Reid told Age Concern's Age Agenda in London the government was considering new pension "
                        "rules.") == [("the government was considering new pension rules", "indirect", "Mr Reid",
                                       "told")]
    # before a colon, the longer title still introduces the quotation
    assert _s20bbc_rows("Ms Kelly told BBC Radio Scotland's Sunday Live programme: \"We have 32 councils with their "
                        "own payroll systems.\"") == [
        ("We have 32 councils with their own payroll systems.", "direct", "Ms Kelly", "told")]
    # not "and": it may join the names of the reported clause's subject
    assert _s20bbc_rows("The captain has warned the British and Irish Lions will be his toughest opponents yet.") == [
        ("the British and Irish Lions will be his toughest opponents yet", "indirect", "The captain", "warned")]


# --- s20actors: the actors table as a researcher reads it (name merges across and within articles) ---


def _s20_actor_rows(texts: dict[str, str]) -> list[tuple[str, str, int, int]]:
    arts = pd.DataFrame({"article_id": list(texts), "body": list(texts.values()), "language": "en"})
    table = actors(extract_quotes(arts), arts)
    return list(zip(table["actor"], table["variants"], table["n_quotes"], table["n_articles"], strict=True))


def test_s20actors_two_actors_named_together_merge_neither_and_surname_within_article():
    # "Tony Blair and Ruth Kelly" is two actors: Ruth Kelly is no short form of it, so she is not merged into the Prime
    # Minister through it; "Mr King" left unresolved by the extractor goes to the Paul King quoted in the same article
    rows = _s20_actor_rows({
        "a1": 'Prime Minister Tony Blair defended the plan on Monday. "We will not back down," Mr Blair said.',
        "a2": ('Education Secretary Ruth Kelly said schools would get more money. "This is a good day for pupils," '
               'Ms Kelly told reporters.'),
        "a3": ('The reforms were announced at a school in London. "Every child deserves a good school," Tony Blair '
               'and Ruth Kelly said in a joint statement.'),
        "a4": ('Security firms are worried. "Criminals do not do clever, they do what works," said Paul King, a '
               'consultant at Cisco. Mr King said attacks were rising.'),
    })
    assert rows == [("Paul King", "Mr King; Paul King", 2, 1), ("Ruth Kelly", "Ruth Kelly", 2, 1),
                    ("Tony Blair", "Tony Blair", 1, 1),
                    ("Tony Blair and Ruth Kelly", "Tony Blair and Ruth Kelly", 1, 1)]


def test_s20actors_party_names_initials_and_a_description_before_a_given_name():
    # "the Tories" and "the Conservative Party" are one party (lexicon political_parties); "EU" is the European Union
    # the article names; "Backbencher" before the given name Stephen is a description, not part of the name
    rows = _s20_actor_rows({
        "a5": ('The European Union (EU) said talks with China would resume in March. "We are ready to talk," the EU '
               'said in a statement.'),
        "a6": ('The Tories attacked the budget. "This is a tax on families," the Tories said. The Conservative Party '
               'said it would cut taxes.'),
        "a7": 'Backbencher Stephen Pound said the plan was flawed. "It will not work," he said.',
        "a8": '"The bill must change," Labour MP Stephen Pound said.',
    })
    assert rows == [("Stephen Pound", "Backbencher Stephen Pound; Stephen Pound", 3, 2),
                    ("Conservative Party", "Conservative Party; Tories", 2, 1),
                    ("European Union", "European Union", 2, 1)]


def test_s20actors_surname_alone_goes_to_the_person_the_corpus_calls_by_it():
    # "Mr Howard" in articles that never give the first name: the corpus calls Michael Howard "Howard" (20 times) and
    # nobody else; "Howard Stern" opens with the word, another person. "Mr Blair" alone: Tony Blair is called "Blair"
    # 20 times, "Vote Blair" once (at least ten times as often); "Mr Fox" stays apart from Liam Fox (12) and Chris
    # Fox (3), both called "Fox"
    rows = []
    for i in range(20):
        rows += [(f"h{i}", "Mr Howard", "Michael Howard"), (f"b{i}", "Mr Blair", "Tony Blair")]
    for i in range(12):
        rows.append((f"f{i}", "Mr Fox", "Liam Fox"))
    for i in range(3):
        rows.append((f"c{i}", "Mr Fox", "Chris Fox"))
    rows += [("x1", "Mr Howard", "Howard"), ("x2", "Howard Stern", "Howard Stern"), ("x3", "Mr Blair", "Blair"),
             ("x4", "Blair", "Vote Blair"), ("x5", "Mr Fox", "Fox")]
    quotes = pd.DataFrame(rows, columns=["article_id", "speaker", "speaker_name"])
    quotes["kind"] = "direct"
    quotes["speaker_role"] = ""
    table = actors(quotes, language="en").set_index("actor")
    assert table.loc["Michael Howard", "n_quotes"] == 21
    assert table.loc["Howard Stern", "n_quotes"] == 1
    assert table.loc["Tony Blair", "n_quotes"] == 21
    assert (table.loc["Liam Fox", "n_quotes"], table.loc["Chris Fox", "n_quotes"], table.loc["Fox", "n_quotes"]) == (
        12, 3, 1)


def test_s20actors_peer_shown_with_title_and_a_role_is_not_the_office_of_it():
    # a peer the text names "Lord Falconer" is shown so (the speaker name is the surname); "prime minister" is not the
    # "Office of the Deputy Prime Minister" (a name after "of" is what the body is of)
    rows = _s20_actor_rows({
        "p1": 'Lord Falconer said the reforms were overdue. "Judges must be independent," Lord Falconer told peers.',
        "p2": 'The Lord Chancellor, Lord Falconer, said the bill would be amended.',
        "p4": ('The prime minister said the policy was working. The Office of the Deputy Prime Minister said 10,000 '
               'homes would be built.'),
    })
    assert rows == [("Lord Falconer", "Falconer", 3, 2),
                    ("Office of the Deputy Prime Minister", "Office of the Deputy Prime Minister", 1, 1),
                    ("prime minister", "prime minister", 1, 1)]


def test_s20actors_common_noun_speakers_are_typed_unnamed():
    # "Analysts" / "analysts" and "the report" are common nouns, no named actor: actor_type "unnamed" (a researcher can
    # drop them from "who is quoted most"); names and organisations keep "" and quote_shares(by="auto") still falls
    # back to roles when no alias table labels actors
    texts = {
        "u1": ('Analysts said the market would recover by the summer. "Prices will rise again," said Jane Hill, an '
               'economist at Barclays.'),
        "u2": 'The report said house prices fell by 2% in March. "The slowdown is real," analysts said.',
        "u3": "The Home Office said the scheme would start in May.",
    }
    arts = pd.DataFrame({"article_id": list(texts), "body": list(texts.values()), "language": "en"})
    q = extract_quotes(arts)
    table = actors(q, arts)
    assert list(zip(table["actor"], table["actor_type"], table["variants"], table["n_quotes"], strict=True)) == [
        ("Analysts", "unnamed", "Analysts; analysts", 2), ("Home Office", "", "Home Office", 1),
        ("Jane Hill", "", "Jane Hill", 1), ("report", "unnamed", "report", 1)]
    assert quote_shares(q, arts, by="auto")["value"].tolist() == ["(unknown)", "an economist"]


def test_s20actors_roles_drop_a_lone_academic_title_and_a_cut_clause():
    # roles as the extractor left them: "Dr" alone (of "Dr Liam Fox") is no role; "In Mr Peston's book" is a phrase
    # cut from the sentence; "Tory co-chairman" stays
    quotes = pd.DataFrame({
        "article_id": ["a1", "a2", "a3", "a4"], "kind": ["direct", "indirect", "direct", "indirect"],
        "speaker_name": ["Liam Fox", "Liam Fox", "Gordon Brown", "Gordon Brown"],
        "speaker_role": ["Dr", "Tory co-chairman", "In Mr Peston's book", "Chancellor"]})
    table = actors(quotes, language="en")
    assert table[["actor", "roles"]].to_dict("records") == [{"actor": "Gordon Brown", "roles": "Chancellor"},
                                                            {"actor": "Liam Fox", "roles": "Tory co-chairman"}]


def test_s20actors_short_and_full_given_name_of_one_surname_merge():
    # "Vince Cable" and "Vincent Cable" (lexicon given_name_forms) are one MP, shown as the name quoted more often;
    # "Steve Smith" fits both "Stephen Smith" and "Steven Smith" and stays apart
    quotes = pd.DataFrame({
        "article_id": ["a1", "a2", "a3", "a4", "a5", "a6"], "kind": "direct",
        "speaker_name": ["Vince Cable", "Vince Cable", "Vincent Cable", "Steve Smith", "Stephen Smith",
                         "Steven Smith"],
        "speaker_role": ""})
    table = actors(quotes, language="en")
    assert list(zip(table["actor"], table["variants"], table["n_quotes"], strict=True)) == [
        ("Vince Cable", "Vince Cable; Vincent Cable", 3), ("Stephen Smith", "Stephen Smith", 1),
        ("Steve Smith", "Steve Smith", 1), ("Steven Smith", "Steven Smith", 1)]


def test_s20actors_initials_go_to_the_organisation_the_article_names():
    # "the FT" is the Financial Times in the article that names it; "FT" in an article naming France Telecom (and not
    # the newspaper) stays apart
    rows = _s20_actor_rows({
        "f1": 'The Financial Times reported the deal on Monday. "The bid is dead," the FT said in an editorial.',
        "f2": "The Financial Times said shares fell by 5%.",
        "f3": 'France Telecom said profits rose. "We are on track," the firm said.',
        "f4": 'France Telecom, the French operator, is selling its stake. "The sale is final," FT said.',
    })
    assert rows == [("Financial Times", "FT; Financial Times", 3, 2), ("FT", "FT", 1, 1), ("firm", "firm", 1, 1)]


def test_s20actors_a_name_used_as_one_side_of_a_coordination_is_no_short_form():
    # "World Bank" is a whole side of "Both the IMF and World Bank": a name used on its own, not a short form of the
    # only longer name holding it ("World Bank report"); "Ruth Kelly" is not merged into "Tony Blair and Ruth Kelly"
    quotes = pd.DataFrame({
        "article_id": ["b1", "b2", "b3", "k1", "k2"], "kind": "indirect",
        "speaker_name": ["World Bank", "Both the IMF and World Bank", "World Bank report", "Ruth Kelly",
                         "Tony Blair and Ruth Kelly"],
        "speaker_role": ""})
    table = actors(quotes, language="en")
    assert sorted(zip(table["actor"], table["n_quotes"], strict=True)) == [
        ("Both the IMF and World Bank", 1), ("Ruth Kelly", 1), ("Tony Blair and Ruth Kelly", 1), ("World Bank", 1),
        ("World Bank report", 1)]


def test_s20actors_plural_of_initials_is_unnamed():
    # "MPs", "Many Labour MPs": the plural of initials is a common noun (actor_type "unnamed"); "NHS" and "Labour" are
    # names
    quotes = pd.DataFrame({
        "article_id": ["m1", "m2", "m3", "m4", "m5"], "kind": "indirect",
        "speaker_name": ["MPs", "Many Labour MPs", "Tory MPs", "NHS", "Labour"], "speaker_role": ""})
    table = actors(quotes, language="en")
    assert dict(zip(table["actor"], table["actor_type"], strict=True)) == {
        "Labour": "", "MPs": "unnamed", "Many Labour MPs": "unnamed", "NHS": "", "Tory MPs": "unnamed"}


# --- s20id: Indonesian errors on fresh news text, fourth pass ---


def test_s20id_academic_degrees_after_the_name_are_no_apposition():
    # "ROLE, Name, M.Sc., mengatakan", "Name, SH, MPsi, menilai": degrees between commas after a name (written with or
    # without their dots) are no apposition of their own; the name speaks, the segment before it is the role
    body = "Rektor Untara, Prof. Dr. Haryanto Wibowo, M.Sc., mengatakan kenaikan hanya berlaku bagi kelompok tertinggi."
    assert _id_rows(body) == [("kenaikan hanya berlaku bagi kelompok tertinggi", "indirect", "Haryanto Wibowo",
                               "Rektor Untara")]
    body = "Dewan Pengawas BPJS Kesehatan, Itida Yasar, SH, MPsi, menilai layanan kesehatan masih berfokus pada kuratif."
    assert _id_rows(body) == [("layanan kesehatan masih berfokus pada kuratif", "indirect", "Itida Yasar",
                               "Dewan Pengawas BPJS Kesehatan")]
    body = ("Sementara itu, Direktur Penyakit Menular Kemenkes dr Siti Nadia Tarmizi, M.Epid, mengatakan pemerintah "
            "memperkuat skrining.")
    # (s30idspk: the title before the name and its academic title is her role)
    assert _id_rows(body) == [("pemerintah memperkuat skrining", "indirect", "Siti Nadia Tarmizi",
                               "Direktur Penyakit Menular Kemenkes")]
    body = "Ketua DIKPI, Kombes Pol Dr. Dedy Tabrani, S.I.K., M.Si., menjelaskan kepolisian adalah fungsi sosial."
    assert _id_rows(body) == [("kepolisian adalah fungsi sosial", "indirect", "Dedy Tabrani", "Ketua DIKPI")]


def test_s20id_titled_name_apposed_after_menurut_role():
    # "Menurut ROLE, Prof. NAME, CLAUSE": the full stop of a personal title before the apposed name ends no
    # apposition; the name speaks (not the role), and its clitic cue after the next quote goes back to it (a rank
    # joins the role, "kata Kapolres Boyolali, AKBP Rosyid Hartanto"; a title with a full stop does not)
    body = ("Menurut pakar hukum pidana Universitas Andalas, Prof. Rika Amelia Putri, kasus itu seharusnya diperiksa "
            "secara pidana. \"Kalau ada aliran uang, itu tindak pidana,\" katanya.")
    assert _id_rows(body) == [
        ("kasus itu seharusnya diperiksa secara pidana", "indirect", "Rika Amelia Putri",
         "pakar hukum pidana Universitas Andalas"),
        ("Kalau ada aliran uang, itu tindak pidana", "direct", "Rika Amelia Putri",
         "pakar hukum pidana Universitas Andalas")]


def test_s20id_region_and_street_names_are_no_antecedent():
    # "Desa Pinggir Papas, Kabupaten Sumenep", "Jalan Ciliwung": a capitalised run opened by the head noun of a region,
    # street or feature (lexicon place_heads) names a place, never the person a clitic cue goes back to
    body = ("Matahari belum tinggi ketika Haji Suhairi (61) berjongkok di petak garamnya di Desa Pinggir Papas, "
            "Kabupaten Sumenep. \"Garam itu seperti anak sendiri,\" katanya sambil tersenyum.")
    assert _id_rows(body) == [("Garam itu seperti anak sendiri", "direct", "Haji Suhairi", "")]
    body = "Warga berkumpul di Jalan Ciliwung Raya sejak pagi. \"Kami menunggu kepastian,\" katanya."
    assert _id_rows(body) == [("Kami menunggu kepastian", "direct", "", "")]


def test_s20id_one_of_a_group_apposed_name_is_the_next_clitic_speaker():
    # "Salah seorang warga, NAME (46), mengaku lega. "..." ujarnya": a sentence that is no quote brings in a person
    # described as one of a group ("Salah seorang warga", "Seorang pria"); the clitic cue right after goes back to
    # that person, not to the speaker quoted before
    body = ("Bupati Kupang Korinus Masneno menyebut program air bersih menjadi prioritas daerah.\n\nSalah seorang warga, "
            "Dorkas Lasi (46), mengaku lega. \"Anak-anak bisa mandi sebelum ke sekolah,\" ujarnya sambil tersenyum.")
    assert _id_rows(body) == [
        ("program air bersih menjadi prioritas daerah", "indirect", "Korinus Masneno", "Bupati Kupang"),
        ("Anak-anak bisa mandi sebelum ke sekolah", "direct", "Dorkas Lasi", "Salah seorang warga")]
    body = ("Kapolsek Cakung Budi Hartono mengatakan pelaku sudah ditangkap.\n\nSeorang pria, Ahmad Fauzi, tampak "
            "menangis di lokasi. \"Motor itu satu-satunya milik saya,\" katanya.")
    assert _id_rows(body)[-1] == ("Motor itu satu-satunya milik saya", "direct", "Ahmad Fauzi", "Seorang pria")


def test_s20id_weak_cue_then_claim_noun_then_bahwa():
    # "membantah anggapan/tudingan/kabar bahwa CLAUSE": a weak cue's object is a claim noun before "bahwa" (lexicon
    # claim_nouns); the clause after "bahwa" is the content. After a plain saying verb the noun opens the content.
    body = ("Anggota Komisi I DPR, Dave Akbarshah Laksono, membantah anggapan bahwa DPR hendak membungkam pers.")
    assert _id_rows(body) == [("DPR hendak membungkam pers", "indirect", "Dave Akbarshah Laksono",
                               "Anggota Komisi I DPR")]
    assert _id_rows("Budi Santoso mengatakan laporan bahwa presiden sakit tidak benar.") == [
        ("laporan bahwa presiden sakit tidak benar", "indirect", "Budi Santoso", "")]
    assert _id_rows("Budi membantah tuduhan tersebut.") == []


def test_s20id_abbreviated_given_name_moh_ends_no_sentence():
    # "Moh.", "Muh." (Mohammad, Muhammad) written before a name end no sentence (id abbreviations lexicon): the
    # apposed name with its abbreviation speaks, and its surname resolves to it
    body = ("Kepala Dinas Perikanan Sumenep, Moh. Rasyid Ardiansyah, mengatakan pemerintah membangun gudang garam. "
            "\"Masalah kita penyimpanan,\" kata Rasyid.")
    assert _id_rows(body) == [
        ("pemerintah membangun gudang garam", "indirect", "Moh. Rasyid Ardiansyah", "Kepala Dinas Perikanan Sumenep"),
        ("Masalah kita penyimpanan", "direct", "Moh. Rasyid Ardiansyah", "Kepala Dinas Perikanan Sumenep")]  # (s30idspk:
    # the role given before the comma goes with the name said again)


def test_s20id_ministry_short_form_is_no_surname_and_resolves_to_its_long_form():
    # "Kemenag mengimbau ...": an organisation's short form (org_words) is never the last word of a person's name
    # given before ("... Haji dan Umrah Kemenag, Hilman ..."); where the article names the long form, the short form
    # resolves to it (lexicon known_short_forms)
    body = ("Kementerian Agama mengusulkan biaya haji turun.\n\nDirektur Jenderal Penyelenggaraan Haji dan Umrah Kemenag, "
            "Hilman Fauzi Rangkuti, mengatakan penurunan itu berasal dari efisiensi.\n\nSementara itu, Kemenag "
            "mengimbau calon jemaah tidak tergiur paket murah.")
    assert _id_rows(body) == [
        ("penurunan itu berasal dari efisiensi", "indirect", "Hilman Fauzi Rangkuti",
         "Direktur Jenderal Penyelenggaraan Haji dan Umrah Kemenag"),
        ("calon jemaah tidak tergiur paket murah", "indirect", "Kementerian Agama", "Kemenag")]


def test_s20id_anonymous_source_wish_is_no_part_of_the_subject():
    # "Seorang mantan karyawan yang enggan disebut namanya mengatakan ...": the relative clause of the source's wish
    # for anonymity (with or without commas) closes the subject; the description speaks ("karyawan" is a role, as
    # "buruh" is)
    body = "Seorang mantan karyawan yang enggan disebut namanya mengatakan PHK diumumkan lewat rapat daring."
    assert _id_rows(body) == [("PHK diumumkan lewat rapat daring", "indirect", "mantan karyawan", "mantan karyawan")]
    body = "Seorang warga, yang tak bersedia disebut identitasnya, mengatakan banjir datang tengah malam."
    assert _id_rows(body) == [("banjir datang tengah malam", "indirect", "warga", "warga")]


def test_s20id_nickname_in_a_description_names_its_person():
    # "ROLE, NAME, menyambut baik ... Pria yang akrab disapa NICK itu mengatakan ...": the nickname inside the
    # description names the person whose full name holds it (not the speaker quoted last); the clitic after follows
    body = ("Sekretaris Daerah Badung, I Wayan Sukadana Putra, menegaskan bahwa moratorium hanya berlaku untuk izin baru."
            "\n\nBendesa Adat Canggu, I Ketut Sudarsana, menyambut baik kebijakan tersebut. Pria yang akrab disapa Jro "
            "Bendesa Ketut itu mengatakan warga adat sudah lama resah.\n\n\"Air masuk ke rumah warga,\" imbuhnya.")
    got = _id_rows(body)
    assert [(r[0], r[2]) for r in got] == [
        ("moratorium hanya berlaku untuk izin baru", "I Wayan Sukadana Putra"),  # (s31idrole: the Balinese "I"
        ("warga adat sudah lama resah", "I Ketut Sudarsana"),  # opens the name)
        ("Air masuk ke rumah warga", "I Ketut Sudarsana")]


def test_s20id_acronym_in_brackets_inside_the_role_after_an_inverted_cue():
    # "kata ROLE (ACR) NAME", "ujar ROLE (ACR) ORG NAME", "disampaikan ROLE (ACR) NAME": the bracketed acronym inside
    # the role after the cue goes on to the holder's name, and the clitics after resolve to that name
    body = ("\"Korban terdampak banjir 1.776 KK,\" kata Plh Kepala Pelaksana Badan Penanggulangan Bencana Aceh (BPBA) "
            "Abd Aziz dalam keterangannya, Senin (20/10/2025). \"Air belum surut,\" jelasnya.")
    assert [(r[0], r[2]) for r in _id_rows(body)] == [("Korban terdampak banjir 1.776 KK", "Abd Aziz"),
                                                      ("Air belum surut", "Abd Aziz")]
    body = ("Pertumbuhan kredit pada 2025 diperkirakan 11 hingga 13 persen. Proyeksi itu disampaikan Gubernur Bank "
            "Indonesia (BI) Seno Adiwibowo dalam konferensi pers.")
    assert [(r[0], r[2]) for r in _id_rows(body)] == [("Pertumbuhan kredit pada 2025 diperkirakan 11 hingga 13 persen",
                                                       "Seno Adiwibowo")]


def test_s20id_cueless_quotation_then_hal_itu_dikatakan_x():
    # '"Q." Hal itu dikatakan X ...': a direct quotation with no cue, then a sentence whose passive cue has a subject
    # referring back to it (backref_nouns): X's words (a role back-reference resolves as elsewhere)
    body = ("Menteri Keuangan Sri Mulyani meninjau pasar di Bogor. \"Semua pihak harus menahan diri.\" Hal itu "
            "dikatakan menteri itu di Jakarta.")
    assert _id_rows(body) == [("Semua pihak harus menahan diri.", "direct", "Sri Mulyani", "menteri itu")]
    body = "\"Harga BBM tidak naik tahun ini.\"\n\nHal tersebut disampaikan Kapolda Metro Jaya Irjen Fadil Imran."
    assert _id_rows(body) == [("Harga BBM tidak naik tahun ini.", "direct", "Fadil Imran", "Kapolda Metro Jaya")]


def test_s20id_dateline_is_no_subject_before_an_inserted_date():
    # "JAKARTA, KOMPAS.com - NAME, Senin (12/10), mengatakan bahwa ...": the dateline opening the sentence is no
    # subject when the name before the inserted date is read from the sentence start
    body = ("JAKARTA, KOMPAS.com - Presiden Joko Widodo, Senin (12/10), mengatakan bahwa pemerintah akan menaikkan "
            "anggaran kesehatan tahun depan.")
    assert _id_rows(body) == [("pemerintah akan menaikkan anggaran kesehatan tahun depan", "indirect", "Joko Widodo",
                               "Presiden")]


def test_s20id_adjective_predicate_after_a_weak_cue():
    # "memastikan SUBJECT (tetap|kembali ...) ADJ": an adjective with no verb or copula (lexicon predicate_adjectives)
    # is the predicate of a reported clause after a weak cue; "untuk memastikan ..." (a purpose) stays no quote
    body = "Gubernur BI Perry Warjiyo memastikan nilai tukar rupiah tetap stabil di tengah dinamika politik."
    assert _id_rows(body) == [("nilai tukar rupiah tetap stabil di tengah dinamika politik", "indirect",
                               "Perry Warjiyo", "Gubernur BI")]
    body = "PT KAI menyatakan perjalanan kereta di jalur selatan Jawa kembali normal pada Minggu pagi."
    assert [r[0] for r in _id_rows(body)] == ["perjalanan kereta di jalur selatan Jawa kembali normal pada Minggu pagi"]
    assert _id_rows("Menteri itu datang untuk memastikan inflasi di daerah tetap terkendali.") == []


def test_s20id_company_legal_form_in_brackets_closes_the_speaker():
    # "PT Pertamina (Persero) memastikan", "PT Bank Rakyat Indonesia (Persero) Tbk menyatakan": the legal form after
    # the company's name is no speaker of its own
    body = "PT Pertamina (Persero) memastikan stok BBM dan elpiji aman menjelang libur Natal."
    assert _id_rows(body) == [("stok BBM dan elpiji aman menjelang libur Natal", "indirect", "Pertamina", "PT")]
    body = "PT Bank Rakyat Indonesia (Persero) Tbk menyatakan laba bersih meningkat 10 persen."
    assert [(r[0], r[2]) for r in _id_rows(body)] == [("laba bersih meningkat 10 persen", "PT Bank Rakyat Indonesia")]


def test_s20id_quantified_common_noun_subject():
    # "Seorang kepala delegasi mengatakan ...", "Sejumlah pedagang mengatakan ...": a quantifier before the head noun
    # of a common-noun subject; the head (a role or a noun for people) decides
    body = "Seorang kepala delegasi mengatakan kepada AFP bahwa mereka yakin akan ada draf kompromi baru."
    assert _id_rows(body) == [("mereka yakin akan ada draf kompromi baru", "indirect", "kepala delegasi",
                               "kepala delegasi")]
    body = "Sejumlah pedagang mengatakan harga cabai sudah naik dua kali lipat."
    assert [(r[0], r[2]) for r in _id_rows(body)] == [("harga cabai sudah naik dua kali lipat", "Sejumlah pedagang")]


def test_s20id_institution_or_group_subject_after_a_fronted_adverbial():
    # "Melalui keputusan itu, pemprov menegaskan bahwa ...", "Dalam aksi itu, massa menilai ...": a lower-case
    # institution or group noun after a fronted adverbial's comma is the subject; one holder of a role is not read
    # this way ("..., wali murid meminta ..." would take the clitics after it)
    body = "Melalui keputusan itu, pemprov menegaskan bahwa pajak kendaraan tidak naik tahun ini."
    assert _id_rows(body) == [("pajak kendaraan tidak naik tahun ini", "indirect", "pemprov", "pemprov")]
    body = "Dalam aksi itu, massa menilai beberapa kebijakan belum berdampak bagi masyarakat luas."
    assert [(r[0], r[2]) for r in _id_rows(body)] == [("beberapa kebijakan belum berdampak bagi masyarakat luas",
                                                       "massa")]


def test_s20id_connective_before_the_subject_without_a_comma():
    # "Namun ia menegaskan ...", "Namun dia mengatakan ...", "Kemudian Budi mengatakan ...": a sentence connective
    # written before the subject with no comma is no part of the subject phrase (with a comma it was already skipped)
    body = "Budi Santoso datang ke Jakarta. Namun ia menegaskan potensi tersebut akan sulit direalisasikan."
    assert _id_rows(body) == [("potensi tersebut akan sulit direalisasikan", "indirect", "Budi Santoso", "")]
    body = "Megawati Soekarnoputri hadir. Namun dia mengatakan demokrasi Indonesia bertumpu pada kedaulatan rakyat."
    assert [(r[0], r[2]) for r in _id_rows(body)] == [("demokrasi Indonesia bertumpu pada kedaulatan rakyat",
                                                       "Megawati Soekarnoputri")]


def test_s20id_short_form_in_brackets_closes_an_apposed_name():
    # "ROLE, NAME (AHY), menyebut ...": a short form in brackets after an apposed name closes it, as an age does (only
    # after two to five capitalised words between commas: not "..., Klimatologi, dan Geofisika (BMKG), menyebut")
    body = ("Menteri Koordinator Bidang Infrastruktur, Agus Harimurti Yudhoyono (AHY), menyebut pemerintah tengah "
            "menyusun RUU Sistem Transportasi Nasional. Ia menyebut RUU ini akan menyederhanakan beberapa regulasi.")
    assert [(r[0], r[2]) for r in _id_rows(body)] == [
        ("pemerintah tengah menyusun RUU Sistem Transportasi Nasional", "Agus Harimurti Yudhoyono"),
        ("RUU ini akan menyederhanakan beberapa regulasi", "Agus Harimurti Yudhoyono")]


def test_s20id_pronoun_after_a_men_verb_opens_the_clause_not_an_inverted_cue():
    # "NAME, yang ... , mengatakan ia ...": a pronoun after a meN-/ber- cue with a clause after it is the clause's
    # subject, not an inverted speaker whose content would be the subject phrase before the cue
    body = ("Anthony Lee, yang bekerja di Badan Pengawas Obat dan Makanan (FDA) dan merupakan salah satu pegawai "
            "federal yang dirumahkan, mengatakan ia sangat kecewa dengan pemerintah.")
    assert _id_rows(body) == [("ia sangat kecewa dengan pemerintah", "indirect", "Anthony Lee", "")]


def test_s20id_fronted_topic_before_menurut_x_is_no_content():
    # "Soal ..., menurut X, CLAUSE", "Per 31 Agustus 2025, menurut Tempo, CLAUSE", "Meski ..., menurutnya CLAUSE": a
    # fronted adverbial or topic before the intro cue; the clause after the speaker is the content ("CLAUSE, menurut
    # X." still reports the clause before)
    body = ("Soal potensi bergabungnya PDIP ke dalam kabinet, menurut Bahlil, hal tersebut merupakan hak prerogatif "
            "kepala negara.")
    assert [(r[0], r[2]) for r in _id_rows(body)] == [("hal tersebut merupakan hak prerogatif kepala negara", "Bahlil")]
    body = "Soal kasus keracunan di berbagai daerah, menurut Prabowo masih dalam koridor manusiawi."
    assert [(r[0], r[2]) for r in _id_rows(body)] == [("masih dalam koridor manusiawi", "Prabowo")]
    body = ("Menteri Dalam Negeri Tito Karnavian meninjau pasar. Meski produksi nasional mencapai 30 juta ton, "
            "menurutnya langkah intervensi tetap harus digencarkan.")
    assert [(r[0], r[2]) for r in _id_rows(body)] == [("langkah intervensi tetap harus digencarkan", "Tito Karnavian")]
    assert [r[0] for r in _id_rows("Harga beras naik tajam pekan ini, menurut Bahlil.")] == [
        "Harga beras naik tajam pekan ini"]


def test_s20id_fronted_topic_before_the_subject_is_no_content():
    # "Terkait dana pengadaannya, NAME menegaskan kesiapannya.", "Sedangkan untuk pegawai lain, NAME meminta untuk
    # bersabar.": a fronted topic or adverbial before the subject is no content of a cue with no clause after it
    assert _id_rows("Terkait dana pengadaannya, Menteri Keuangan Purbaya Yudhi Sadewa menegaskan kesiapannya.") == []
    assert _id_rows("Sedangkan untuk pegawai lain, Prabowo meminta untuk bersabar.") == []
    assert [r[0] for r in _id_rows("Harga beras naik tajam pekan ini, Menteri Perdagangan Budi Santoso menegaskan.")] \
        == ["Harga beras naik tajam pekan ini"]


def test_s20id_officer_nouns_are_roles():
    # "Seorang petugas mengatakan ...", "Penyidik menduga ...": officers, soldiers and volunteers head a common-noun
    # subject as other role nouns do (roles lexicon)
    assert _id_rows("Seorang petugas mengatakan massa sudah bubar sejak sore.") == [
        ("massa sudah bubar sejak sore", "indirect", "petugas", "petugas")]
    assert [(r[0], r[2]) for r in _id_rows("Sehingga penyidik menyimpulkan bahwa ada niat jahat dari ketiga tersangka.")] \
        == [("ada niat jahat dari ketiga tersangka", "penyidik")]


def test_s20id_kembali_after_the_cue_is_no_content():
    # "menegaskan kembali KOMITMEN ...", "menegaskan kembali bahwa ...": "again" right after the cue is no content
    body = "Melalui penyaluran BLT Kesra ini, pemerintah menegaskan kembali komitmennya untuk menjaga kesejahteraan rakyat."
    assert [r[0] for r in _id_rows(body)] == ["komitmennya untuk menjaga kesejahteraan rakyat"]
    assert [r[0] for r in _id_rows("Budi menegaskan kembali bahwa harga BBM tidak akan naik.")] == [
        "harga BBM tidak akan naik"]


# --- s20names: speakers' names from many cultures as English news writes them (bench/speaker_names.py) ---
def _s20names_rows(body: str) -> list[tuple[str, str, str, str, str]]:
    got = extract_quotes(_articles(body)).sort_values("start")
    return [(r.quote, r.kind, r.speaker, r.speaker_name, r.speaker_role) for r in got.itertuples()]


def test_s20names_particles_stay_in_the_speaker_and_the_name():
    # lower-case particles inside a surname (lexicon name_particles) belong to the name as written and to the
    # canonical name, before the cue, after it, with a title, and in a later "Ms von der Leyen"
    assert _s20names_rows('Ruud van Nistelrooy said the team would win the league this season. "We are ready," he '
                          'said.') == [
        ("the team would win the league this season", "indirect", "Ruud van Nistelrooy", "Ruud van Nistelrooy", ""),
        ("We are ready", "direct", "he", "Ruud van Nistelrooy", "")]
    assert _s20names_rows('"We will look at the figures again," said Dominique de Villepin.') == [
        ("We will look at the figures again", "direct", "Dominique de Villepin", "Dominique de Villepin", "")]
    assert _s20names_rows('"The talks went well," Ursula von der Leyen said.\n\n"We will meet again in March," Ms von '
                          'der Leyen said.') == [
        ("The talks went well", "direct", "Ursula von der Leyen", "Ursula von der Leyen", ""),
        ("We will meet again in March", "direct", "Ms von der Leyen", "Ursula von der Leyen", "")]
    assert _s20names_rows("Mohammed bin Salman, the crown prince, said the kingdom would cut oil output.") == [
        ("the kingdom would cut oil output", "indirect", "Mohammed bin Salman", "Mohammed bin Salman",
         "the crown prince")]


def test_s20names_title_and_particle_surname_resolve_to_the_full_name():
    # "Mr de Vabres" after "Culture Minister Renaud Donnedieu de Vabres"; a long name after a title keeps its last
    # two words with the particle between them ("Lula da Silva", not "da Silva")
    assert _s20names_rows("Culture Minister Renaud Donnedieu de Vabres arrived in Cannes on Monday.\n\nMr de Vabres "
                          "said the festival would go ahead.") == [
        ("the festival would go ahead", "indirect", "Mr de Vabres", "Renaud Donnedieu de Vabres", "")]
    assert _s20names_rows("Economic output fell and President Luiz Inacio Lula da Silva promised reform.\n\nMr da "
                          "Silva said the economy would grow this year.") == [
        ("the economy would grow this year", "indirect", "Mr da Silva", "Lula da Silva", "")]


def test_s20names_capitalised_particle_at_sentence_start_finds_the_full_name():
    # "Van Nistelrooy said" / "Mr Le Pen said" after the full name: a particle capitalised at the start of a sentence
    # (or kept capitalised, French "Le Pen") still finds the full name given earlier
    assert _s20names_rows("Ruud van Nistelrooy arrived in Madrid on Monday.\n\nVan Nistelrooy said the team would "
                          "win the league.") == [
        ("the team would win the league", "indirect", "Van Nistelrooy", "Ruud van Nistelrooy", "")]
    assert _s20names_rows('"We are ready," Frank de Boer said.\n\n"It is hard," De Boer said.') == [
        ("We are ready", "direct", "Frank de Boer", "Frank de Boer", ""),
        ("It is hard", "direct", "De Boer", "Frank de Boer", "")]
    assert _s20names_rows("Jean-Marie Le Pen arrived in Paris on Monday.\n\nMr Le Pen said the vote was unfair.") == [
        ("the vote was unfair", "indirect", "Mr Le Pen", "Jean-Marie Le Pen", "")]


def test_s20names_surname_behind_a_lower_case_prefix_is_a_name():
    # Arabic "al-"/"el-" (lexicon name_prefixes) joined to a capitalised surname: the subject of a cue is a person
    # ("he" goes back to him) and "Mr el-Erian" finds the full name
    assert _s20names_rows('Saud al-Faisal said the kingdom would not raise output. "We have no plans to change," he '
                          'said.') == [
        ("the kingdom would not raise output", "indirect", "Saud al-Faisal", "Saud al-Faisal", ""),
        ("We have no plans to change", "direct", "he", "Saud al-Faisal", "")]
    assert _s20names_rows("Essam el-Erian arrived in Cairo on Monday.\n\nMr el-Erian said the vote would go ahead.") == [
        ("the vote would go ahead", "indirect", "Mr el-Erian", "Essam el-Erian", "")]


def test_s20names_initials_written_without_spaces_stay_in_the_name():
    # "George H.W. Bush", "A.R. Rahman", "J.J. MacNab": initials glued together are part of the full name that a
    # later surname or pronoun finds (not "W. Bush", "R. Rahman")
    assert _s20names_rows("Former President George H.W. Bush said the plan would work.") == [
        ("the plan would work", "indirect", "Former President George H.W. Bush", "George H.W. Bush",
         "Former President")]
    assert _s20names_rows('A.R. Rahman said the film would open in May. "It is my best work," he said.') == [
        ("the film would open in May", "indirect", "A.R. Rahman", "A.R. Rahman", ""),
        ("It is my best work", "direct", "he", "A.R. Rahman", "")]


def test_s20names_initials_and_particles_do_not_count_as_words_of_a_long_name_after_a_title():
    # a title before a long name keeps the last two words only; particles and initials are not counted
    # ("Prime Minister K. P. Sharma Oli", "Prime Minister Hamad bin Jassim Al Thani" stay whole)
    assert _s20names_rows("Prime Minister K. P. Sharma Oli told reporters the budget would be passed.") == [
        ("the budget would be passed", "indirect", "Prime Minister K. P. Sharma Oli", "K. P. Sharma Oli",
         "Prime Minister")]
    assert _s20names_rows("Prime Minister Hamad bin Jassim Al Thani told reporters the talks would go on.") == [
        ("the talks would go on", "indirect", "Prime Minister Hamad bin Jassim Al Thani", "Hamad bin Jassim Al Thani",
         "Prime Minister")]


def test_s20names_speaker_as_written_keeps_initials_before_the_surname():
    # the speaker as written holds the initials (and the given name before them), not the surname alone; not a
    # country's initials after "the" ("in the U.S. Smith ..." keeps "Smith")
    assert _s20names_rows("P. Chidambaram, the finance minister, said the deficit would narrow.") == [
        ("the deficit would narrow", "indirect", "P. Chidambaram", "P. Chidambaram", "the finance minister")]
    assert _s20names_rows("Jeffrey D. Sachs said the plan would fail.") == [
        ("the plan would fail", "indirect", "Jeffrey D. Sachs", "Jeffrey D. Sachs", "")]


# --- s21ntxen: English NTREX errors (real 2018 news: BBC, CNN, CBS, Daily Mail ...) ---


def _s21ntxen_rows(body: str) -> list[tuple[str, str, str, str]]:
    got = extract_quotes(pd.DataFrame({"article_id": ["a"], "body": [body], "language": ["en"]}))
    return list(zip(got["quote"], got["kind"], got["speaker"], got["speaker_name"], strict=True))


def test_s21ntxen_sport_title_champion_stands_for_the_athlete_named_before():
    # "the world champion", "The three-time world champion": a sport title of one person, like "the 24-year-old",
    # refers back to the athlete named before it
    body = ("Tom Daley has won three world titles.\n\n\"I am happy,\" Daley said.\n\nThe three-time world champion "
            "said the age gap had never been an issue.\n")
    assert _s21ntxen_rows(body) == [
        ("I am happy", "direct", "Daley", "Tom Daley"),
        ("the age gap had never been an issue", "indirect", "The three-time world champion", "Tom Daley")]
    body = ("Jason Gardener won the 60m in 6.56 seconds.\n\n\"It would be fantastic to have Paula in the team,\" "
            "said the world indoor champion.\n")
    assert _s21ntxen_rows(body) == [
        ("It would be fantastic to have Paula in the team", "direct", "the world indoor champion", "Jason Gardener")]


def test_s21ntxen_fronted_time_adverbial_is_no_part_of_the_speaker():
    # "Last month X said", "This week X had called on": a time adverbial opening the sentence before the subject is
    # no part of the speaker; with no subject after it ("..., but this year announced"), no speaker is named
    assert _s21ntxen_rows("Last month Australia's competition watchdog said it would not oppose the purchase.") == [
        ("it would not oppose the purchase", "indirect", "Australia's competition watchdog",
         "Australia's competition watchdog")]
    assert _s21ntxen_rows("This week opposition politicians had warned the airline could collapse.") == [
        ("the airline could collapse", "indirect", "opposition politicians", "opposition politicians")]
    assert _s21ntxen_rows("Sean Combs has been known as Puff Daddy, but this year announced that he would be called "
                          "Love.") == [("he would be called Love", "indirect", "", "")]


def test_s21ntxen_occupation_word_before_a_name_whose_surname_ends_in_s_goes_to_the_role():
    # "Broadcaster Chris Evans", "Songwriter Guy Chambers": a sentence-initial occupation word is no part of the name
    # (the surname written alone elsewhere), also when the surname ends in "s"
    body = ("Broadcaster Chris Evans has begun selling his possessions at a shop in London.\n\n"
            "\"I just want to get rid of it all,\" Evans said.\n")
    got = extract_quotes(pd.DataFrame({"article_id": ["a"], "body": [body], "language": ["en"]}))
    assert list(zip(got["quote"], got["speaker"], got["speaker_name"], got["speaker_role"], strict=True)) == [
        ("I just want to get rid of it all", "Evans", "Chris Evans", "broadcaster")]
    body = ("Songwriter Guy Chambers is backing a new music course for schools.\n\n\"It is important that young "
            "people learn about the industry,\" Chambers said.\n")
    assert _s21ntxen_rows(body) == [
        ("It is important that young people learn about the industry", "direct", "Chambers", "Guy Chambers")]
    # a given name ending like an occupation ("Walter", "Peter") opens the name itself
    assert _s21ntxen_rows("Walter M Phillips said the pair denied the charges.\n\n\"No,\" Phillips said.\n") == [
        ("the pair denied the charges", "indirect", "Walter M Phillips", "Walter M Phillips"),
        ("No", "direct", "Phillips", "Walter M Phillips")]


# --- s21lines: one sentence per line (NTREX/WMT layout): quotations run over line breaks as in a paragraph ---
def _s21lines_rows(body: str, language: str) -> list[tuple[str, str, str, str, str]]:
    got = extract_quotes(pd.DataFrame({"article_id": ["a"], "body": [body], "language": [language]}))
    return list(zip(got["quote"], got["kind"], got["speaker"], got["speaker_name"], got["cue"], strict=True))


_S21_EN_LINES = ('The minister spoke to reporters in London on Monday.\n"We will not give up.\nThis is a fight for our '
                 'future.\nWe will win it," Jane Smith said.\nThe vote is due next week.')
_S21_ID_SPLIT = ('Menteri Keuangan Sri Mulyani hadir di Jakarta pada Senin.\n"Kita harus punya kesepakatan," katanya '
                 'kepada wartawan.\n"Buktinya sudah jelas bagi semua pihak."\nRapat itu berlangsung selama dua jam.')


def test_s21lines_quotation_over_several_sentence_lines():
    # the opening mark on one line, the closing mark two lines later: one quotation, not the first line only
    assert _s21lines_rows(_S21_EN_LINES, "en") == [
        ("We will not give up. This is a fight for our future. We will win it", "direct", "Jane Smith", "Jane Smith",
         "said")]
    body = ('Menteri Keuangan Sri Mulyani hadir di Jakarta pada Senin.\n"Kita tidak akan menyerah.\nIni perjuangan '
            'untuk masa depan.\nKita pasti menang," kata Sri Mulyani.\nRapat itu berlangsung dua jam.')
    assert _s21lines_rows(body, "id") == [
        ("Kita tidak akan menyerah. Ini perjuangan untuk masa depan. Kita pasti menang", "direct", "Sri Mulyani",
         "Sri Mulyani", "kata")]


def test_s21lines_split_quotation_on_two_lines_is_one_quote():
    # '"A," katanya.\n"B."': one quotation of one speaker, as inside a paragraph (the second line no quote of nobody)
    assert _s21lines_rows(_S21_ID_SPLIT, "id") == [
        ("Kita harus punya kesepakatan … Buktinya sudah jelas bagi semua pihak.", "direct", "katanya", "Sri Mulyani",
         "katanya")]
    body = ('Jane Smith, the housing minister, visited the site on Monday.\n"We need more homes," she said.\n"Every '
            'family deserves a safe place to live."\nThe plan will cost two billion pounds.')
    assert _s21lines_rows(body, "en") == [
        ("We need more homes … Every family deserves a safe place to live.", "direct", "she", "Jane Smith", "said")]


def test_s21lines_paragraph_layouts_keep_their_breaks():
    from helpers.quotes import _sentence_lines
    assert _sentence_lines(_S21_EN_LINES) and _sentence_lines(_S21_ID_SPLIT)
    # blank-line paragraphs and one paragraph per line (several sentences a line) are no sentence-per-line text
    assert not _sentence_lines(_S21_EN_LINES.replace("\n", "\n\n"))
    para_lines = ("The minister spoke in London. She met the mayor. They talked for an hour.\n"
                  '"We will win," she said. The crowd cheered. Police kept order.\n'
                  "The vote is next week. Both sides expect a close result. Turnout may be low.\n"
                  "Polls open at seven. They close at ten. Results follow overnight.")
    assert not _sentence_lines(para_lines)
    # in a blank-line layout the split quotation keeps its two paragraphs (the second quote goes on with the speaker)
    assert _s21lines_rows(_S21_ID_SPLIT.replace("\n", "\n\n"), "id") == [
        ("Kita harus punya kesepakatan", "direct", "katanya", "Sri Mulyani", "katanya"),
        ("Buktinya sudah jelas bagi semua pihak.", "direct", "", "Sri Mulyani", "")]


def test_s21lines_clitic_cue_before_a_colon_is_no_name():
    # 'Katanya: "..."': the clitic cue is the cue and refers to the last speaker; with nobody before it the quote
    # has no speaker name (never the cue word "Katanya")
    body = ('Menteri Keuangan Sri Mulyani hadir di Jakarta pada Senin.\nDia menyebut anggaran negara masih aman.\n'
            'Katanya: "Kami tidak akan menyerah."\nRapat itu berlangsung dua jam.')
    assert _s21lines_rows(body, "id") == [
        ("anggaran negara masih aman", "indirect", "Dia", "Sri Mulyani", "menyebut"),
        ("Kami tidak akan menyerah.", "direct", "Katanya", "Sri Mulyani", "Katanya")]
    assert _s21lines_rows('Katanya: "Kami tidak akan menyerah."\nRapat itu berlangsung dua jam di Jakarta.', "id") == [
        ("Kami tidak akan menyerah.", "direct", "Katanya", "", "Katanya")]
    assert _s21lines_rows("Katanya, pemerintah akan menaikkan harga BBM bulan depan.", "id") == [
        ("pemerintah akan menaikkan harga BBM bulan depan", "indirect", "Katanya", "", "Katanya")]


def test_s21lines_crlf_sentence_lines():
    # the same layout with Windows line ends (NTREX files are CRLF); a blank CRLF line still ends a paragraph
    body = _S21_EN_LINES.replace("\n", "\r\n")
    assert _s21lines_rows(body, "en") == [
        ("We will not give up. This is a fight for our future. We will win it", "direct", "Jane Smith", "Jane Smith",
         "said")]
    # (s21layout2: a blank CRLF line between every two sentences is the sentence-paragraph layout: read as lines)
    cut = ('Jane Smith spoke in Leeds on Monday.\nShe visited a new estate.\n\n"We will not give up.\nThis is a '
           'fight for our future.\n\nWe will win it," she said.\n\nThe vote is due next week.\nBoth sides expect a '
           'close result.').replace("\n", "\r\n")
    # (s25enq: the last paragraph's closing mark after a comma, its attribution after it, and no mark open: a direct
    # quotation whose opening mark was lost, no longer an indirect report)
    assert _s21lines_rows(cut, "en") == [("We will win it", "direct", "she", "Jane Smith", "said")]


def test_s21lines_reopened_quotation_after_several_sentence_lines():
    # '"A.\nB.\n"C," she said.': a quotation left open over two sentence lines and re-opened on the next (a
    # quotation running over two paragraphs) reads as in the blank-line layout: one quotation
    body = ('Jane Smith, the housing minister, spoke in Leeds on Monday.\n"We will not give up.\nThis is a fight for '
            'our future.\n"We will win it," she said.\nThe vote is due next week.')
    expected = [('We will not give up. This is a fight for our future. "We will win it', "direct", "she", "Jane Smith",
                 "said")]
    assert _s21lines_rows(body, "en") == expected
    paragraphs = body.replace("\n", "\n\n").replace("up.\n\nThis", "up. This")
    assert _s21lines_rows(paragraphs, "en") == expected


def test_s21lines_sentence_lines_in_blank_line_paragraphs():
    # one sentence per line, paragraphs parted by blank lines: the quotation runs over its paragraph's lines; a
    # blank line inside it still parts paragraphs (as in the paragraph layout)
    body = ('Jane Smith spoke in Leeds on Monday.\nShe visited a new estate.\n\n"We will not give up.\nThis is a fight '
            'for our future.\nWe will win it," she said.\n\nThe vote is due next week.\nBoth sides expect a close result.')
    assert _s21lines_rows(body, "en") == [
        ("We will not give up. This is a fight for our future. We will win it", "direct", "she", "Jane Smith", "said")]
    cut = body.replace("future.\nWe", "future.\n\nWe")
    # (s25enq: the paragraph after the blank line closes a quotation with no mark open: direct, its opening mark lost)
    assert _s21lines_rows(cut, "en") == _s21lines_rows(cut.replace("up.\nThis", "up. This"), "en") == [
        ("We will win it", "direct", "she", "Jane Smith", "said")]


def test_s21lines_abbreviations_are_no_second_sentence():
    # "Sen. Jeff Flake", "U.S.", "Mr. Smith" inside a line do not make it a line of several sentences
    from helpers.quotes import _sentence_lines
    body = ('U.S. Sen. Jeff Flake spoke to reporters on Monday.\nMr. Smith met him at the door.\n"We will not give up.\n'
            'We will win it," Sen. Flake said.\nThe vote is due next week.')
    assert _sentence_lines(body)
    assert _s21lines_rows(body, "en") == [
        ("We will not give up. We will win it", "direct", "Sen. Flake", "Jeff Flake", "said")]


def test_s21lines_long_run_to_a_late_closing_mark_is_not_joined():
    # an opening mark whose closing mark comes more than 20 lines later (a mark lost): the lines stay paragraphs
    body = ('Jane Smith spoke in Leeds on Monday.\nShe said: "We will not give up.\n'
            + "".join(f"The council met for the {k}th time.\n" for k in range(25))
            + 'It ended," the clerk said.\nThe vote is due next week.')
    assert _s21lines_rows(body, "en") == [("We will not give up.", "direct", "She", "Jane Smith", "said")]


# --- s21ntxid: Indonesian NTREX (translated news) errors ---


def _s21ntxid_rows(body: str) -> list[tuple[str, str, str, str, str]]:
    got = extract_quotes(pd.DataFrame({"article_id": ["a"], "body": [body], "language": ["id"]}))
    return list(zip(got["quote"], got["kind"], got["speaker"], got["speaker_name"], got["cue"], strict=True))


def test_s21ntxid_police_and_officials_as_a_body_are_sources():
    # translated news attributes to the police or officials as a body ("police said"): "..., kata polisi.",
    # "..., ujar petugas kesehatan.", "dan polisi mengatakan ..."
    assert _s21ntxid_rows("Insiden terjadi di Ballyhackamore, kata polisi.") == [
        ("Insiden terjadi di Ballyhackamore", "indirect", "polisi", "polisi", "kata")]
    assert _s21ntxid_rows("Lebih dari 820.000 orang tertular di negara ini, ujar petugas kesehatan.") == [
        ("Lebih dari 820.000 orang tertular di negara ini", "indirect", "petugas", "petugas", "ujar")]
    assert _s21ntxid_rows("Pejabat merilis video itu, dan polisi mengatakan Sims kehilangan kaca matanya selama "
                          "perkelahian.") == [
        ("Sims kehilangan kaca matanya selama perkelahian", "indirect", "polisi", "polisi", "mengatakan")]


def test_s21ntxid_reporting_verbs_of_translated_news():
    # "mengkonfirmasi" (the common spelling of "mengonfirmasi"), "mengabarkan" (to report news) and "berargumen"
    # (to argue) report a clause
    assert _s21ntxid_rows("Juru bicara kepolisian telah mengkonfirmasi bahwa wanita itu adalah penduduk lokal.") == [
        ("wanita itu adalah penduduk lokal", "indirect", "Juru bicara kepolisian", "Juru bicara kepolisian",
         "mengkonfirmasi bahwa")]
    assert _s21ntxid_rows("Boston Globe mengabarkan bahwa Warren akan mencalonkan diri pada tahun 2020.") == [
        ("Warren akan mencalonkan diri pada tahun 2020", "indirect", "Boston Globe", "Boston Globe",
         "mengabarkan bahwa")]
    assert _s21ntxid_rows("Trump berargumen Demokrat sedang dalam misi untuk melawan.") == [
        ("Demokrat sedang dalam misi untuk melawan", "indirect", "Trump", "Trump", "berargumen")]
    # a plain object is no report
    assert _s21ntxid_rows("Ia mengkonfirmasi kabar itu.") == []


def test_s21ntxid_long_circumstance_after_a_closing_cue():
    # "CLAUSE, X mengatakan pada CNBC dalam sebuah wawancara ...": the addressee, occasion, place and time after the
    # cue hold no clause, so the content is the clause before the subject
    assert _s21ntxid_rows("Harga beras akan turun bulan depan, Budi mengatakan pada CNBC dalam sebuah wawancara pada "
                          "hari Minggu ini.") == [
        ("Harga beras akan turun bulan depan", "indirect", "Budi", "Budi", "mengatakan")]
    assert _s21ntxid_rows("Harga beras akan turun bulan depan, Budi mengatakan kepada wartawan di Gedung DPR, Jakarta, "
                          "Senin (12/10/2020).") == [
        ("Harga beras akan turun bulan depan", "indirect", "Budi", "Budi", "mengatakan")]
    # with no comma before the subject, the words after the cue are its content
    assert _s21ntxid_rows("Budi mengatakan pada tahun 2020 ekonomi akan tumbuh lima persen.") == [
        ("pada tahun 2020 ekonomi akan tumbuh lima persen", "indirect", "Budi", "Budi", "mengatakan")]


def test_s21ntxid_description_closed_by_ini_is_the_subject():
    # "Pria berusia 24 tahun ini mengatakan ...", "Juara dunia tiga kali ini mengatakan ...", "Politikus Partai Golkar
    # ini menyebut ...": a description closed by "ini" (as by "itu"/"tersebut") is the subject, resolved to the
    # person quoted before
    assert _s21ntxid_rows('"Saya bangga," kata Tom Daley.\nPria berusia 24 tahun ini mengatakan dia tidak menyadarinya '
                          'hingga dia memasuki sekolah menengah.') == [
        ("Saya bangga", "direct", "Tom Daley", "Tom Daley", "kata"),
        ("dia tidak menyadarinya hingga dia memasuki sekolah menengah", "indirect", "Pria berusia 24 tahun ini",
         "Tom Daley", "mengatakan")]
    assert _s21ntxid_rows('"Saya bangga," kata Tom Daley.\nJuara dunia tiga kali ini mengatakan dia jatuh cinta dengan '
                          'seorang pria.') == [
        ("Saya bangga", "direct", "Tom Daley", "Tom Daley", "kata"),
        ("dia jatuh cinta dengan seorang pria", "indirect", "Juara dunia tiga kali ini", "Tom Daley", "mengatakan")]
    assert _s21ntxid_rows('"Ekonomi harus tumbuh," ujar Misbakhun.\nPolitikus Partai Golkar ini menyebut ekonomi '
                          'nasional bergantung pada soliditas pemerintah.') == [
        ("Ekonomi harus tumbuh", "direct", "Misbakhun", "Misbakhun", "ujar"),
        ("ekonomi nasional bergantung pada soliditas pemerintah", "indirect", "Politikus Partai Golkar ini", "Misbakhun",
         "menyebut")]


def test_s21ntxid_abbreviated_forms_of_address():
    # "Ny." / "Tn." / "Nn." (translated Mrs, Mr, Miss) are titles: the surname goes to the full name given before, and
    # a mention "Ny. Davis" is the antecedent of a later clitic (s25idspk: the sentence splitter no longer ends a
    # sentence at "Tn.": the speaker as written keeps its title)
    assert _s21ntxid_rows("Theresa May akan mengumumkan rencana itu.\nNy May mengatakan harga rumah akan turun.") == [
        ("harga rumah akan turun", "indirect", "Ny May", "Theresa May", "mengatakan")]
    assert _s21ntxid_rows("Greg Clark berbicara di pabrik. Tn. Clark memperingatkan bahwa biaya akan naik.") == [
        ("biaya akan naik", "indirect", "Tn. Clark", "Greg Clark", "memperingatkan bahwa")]
    assert _s21ntxid_rows("Sharon Davis dan Kelly Humphreys memasang kartu di jembatan.\nAnak laki-laki Ny. Davis, "
                          "Tyler, meninggal pada usia 18.\n\"Saya tidak ingin ada orang tua yang merasakan ini,\" "
                          "katanya.") == [
        ("Saya tidak ingin ada orang tua yang merasakan ini", "direct", "katanya", "Sharon Davis", "katanya")]


def test_s21ntxid_role_phrase_closed_by_a_place_or_acronym_is_the_subject():
    # translated "Chinese health officials said", "a senior GOP leadership aide told CNN": lower-case role words with
    # a place or acronym after them are one subject, not the place
    assert _s21ntxid_rows("Namun, pejabat kesehatan Tiongkok mengatakan jumlah orang itu telah berkurang.") == [
        ("jumlah orang itu telah berkurang", "indirect", "pejabat kesehatan Tiongkok", "pejabat kesehatan Tiongkok",
         "mengatakan")]
    assert _s21ntxid_rows("Pemungutan suara pertama dapat dilaksanakan paling lambat hari Jumat, seorang ajudan "
                          "pemimpin senior GOP mengatakan pada CNN.") == [
        ("Pemungutan suara pertama dapat dilaksanakan paling lambat hari Jumat", "indirect",
         "ajudan pemimpin senior GOP", "ajudan pemimpin senior GOP", "mengatakan")]
    # an apposition between commas after a name stays the name's role
    assert _s21ntxid_rows("Salah satu korban, Rizky Febrianto (24), warga Sidoarjo, mengaku meminjam uang dari "
                          "kerabat.") == [
        ("meminjam uang dari kerabat", "indirect", "Rizky Febrianto", "Rizky Febrianto", "mengaku")]


def test_s21ntxid_clause_holding_an_unattributed_quotation_is_mixed():
    # "X mengatakan aksi kakeknya adalah "..."": two words or more of the reported clause before a quotation that has
    # no cue of its own make one mixed quote (it was dropped: the content was skipped as "one direct quote", and the
    # quotation, with no cue, went too)
    assert _s21ntxid_rows('Michael Vann, 72 tahun, mengatakan aksi kakeknya adalah "sesuatu yang saya tahu bahwa saya '
                          'tidak akan bisa hidup namun merupakan suatu tindakan yang sangat rendah hati."') == [
        ('aksi kakeknya adalah "sesuatu yang saya tahu bahwa saya tidak akan bisa hidup namun merupakan suatu '
         'tindakan yang sangat rendah hati', "mixed", "Michael Vann", "Michael Vann", "mengatakan")]
    # a quotation right after the cue stays direct
    assert _s21ntxid_rows('Budi mengatakan "Kami akan datang besok."') == [
        ("Kami akan datang besok.", "direct", "Budi", "Budi", "mengatakan")]


def test_s21ntxid_police_as_a_body_is_not_resolved_to_an_office_named_elsewhere():
    # "polisi" speaks for the police as a body: not resolved to "Kepolisian Negara Bagian Louisiana" named later
    assert _s21ntxid_rows("Pejabat merilis video itu, dan polisi mengatakan Sims kehilangan kaca matanya.\n"
                          "Departemen itu berterima kasih pada gugus tugas Kepolisian Negara Bagian Louisiana, lab "
                          "kriminal polisi negara bagian, dan warga sekitar.") == [
        ("Sims kehilangan kaca matanya", "indirect", "polisi", "polisi", "mengatakan")]


def test_s21ntxid_short_relative_clause_in_apposition_is_no_name():
    # "NAME, yang ... Bristol, CUE": a short relative clause between commas describes the name before it; its
    # capitalised last word is no speaker
    assert _s21ntxid_rows("The High Breed, yang berasal dari Bristol, mengklaim gerakan hip hop menjauh dari asal "
                          "usulnya.") == [
        ("gerakan hip hop menjauh dari asal usulnya", "indirect", "The High Breed", "The High Breed", "mengklaim")]
    assert _s21ntxid_rows("Emily Harper, yang ditemui di Pantai Sanur, mengaku sudah membayar pungutan itu.") == [
        ("sudah membayar pungutan itu", "indirect", "Emily Harper", "Emily Harper", "mengaku")]


def test_s21ntxid_menurut_clause_running_into_a_quotation_is_mixed():
    # "Menurut X, CLAUSE "..."": the clause after the source runs on into the quotation (no comma or colon before
    # it): one mixed quote, not the quoted fragments alone
    assert _s21ntxid_rows('Menurut jaksa penuntut, serangan tersebut membutuhkan "perencanaan substansial dan '
                          'pematangan awal," sebagai gambaran kejahatan yang dilakukan dengan "keji, kejam, dan '
                          'biadab."') == [
        ('serangan tersebut membutuhkan "perencanaan substansial dan pematangan awal," sebagai gambaran kejahatan '
         'yang dilakukan dengan "keji, kejam, dan biadab', "mixed", "jaksa", "jaksa", "Menurut")]
    # after a comma the quotation is introduced by the source: direct
    assert _s21ntxid_rows('Menurut Budi, Ketua RT setempat, "Kami sudah melapor ke polisi."') == [
        ("Kami sudah melapor ke polisi.", "direct", "Budi", "Budi", "Menurut")]


def test_s21ntxid_quoted_fragment_opening_the_reported_clause_is_mixed():
    # 'X mengatakan "..." REST': a quotation right after the cue that the clause goes on past is one mixed quote
    assert _s21ntxid_rows('Pasangan ini menjadi orang tua pada bulan Juni, dan Daley mengatakan "seluruh '
                          'perspektifnya" telah berubah.') == [
        ('"seluruh perspektifnya" telah berubah', "mixed", "Daley", "Daley", "mengatakan")]
    assert _s21ntxid_rows('David Patton, pembela umum yang mewakili Saipov, menyatakan "secara jelas kecewa" terhadap '
                          'keputusan jaksa penuntut.') == [
        ('"secara jelas kecewa" terhadap keputusan jaksa penuntut', "mixed", "David Patton", "David Patton",
         "menyatakan")]
    # a whole quotation after the cue stays direct; a noun object in marks is no report
    assert _s21ntxid_rows('Budi mengatakan "Kami akan datang besok." Ia lalu pergi.') == [
        ("Kami akan datang besok.", "direct", "Budi", "Budi", "mengatakan")]
    assert _s21ntxid_rows('Budi menyatakan "dukungan penuh" kepada pemerintah.') == []


def test_s21ntxid_figures_are_a_data_source():
    # "Angka menunjukkan ..." (translated "Figures show ..."): a finding of data, no quote
    assert _s21ntxid_rows("Angka menunjukkan grup pub dan bar melihat kenaikan penjualan sebesar 2,7 persen di bulan "
                          "Juli.") == []


def test_s21ntxid_reported_question_after_a_cue_of_asking():
    # "bertanya kepada X, apakah ...", "menanyakan kapan ...", "mempertanyakan apakah ...": the question word opens
    # the reported question (past the addressee); a noun object is no report
    assert _s21ntxid_rows("Scott Pelley bertanya kepada Senator John Kennedy dan Lindsey Graham, apakah FBI dapat "
                          "menemukan sesuatu yang baru.") == [
        ("apakah FBI dapat menemukan sesuatu yang baru", "indirect", "Scott Pelley", "Scott Pelley", "bertanya")]
    assert _s21ntxid_rows("Lee menanyakan kapan kegiatan selanjutnya akan dilaksanakan.") == [
        ("kapan kegiatan selanjutnya akan dilaksanakan", "indirect", "Lee", "Lee", "menanyakan")]
    assert _s21ntxid_rows("Galih mempertanyakan apakah anggaran sebesar Rp 1,54 triliun cukup.") == [
        ("apakah anggaran sebesar Rp 1,54 triliun cukup", "indirect", "Galih", "Galih", "mempertanyakan")]
    assert _s21ntxid_rows("Budi mempertanyakan keseriusan pemerintah.") == []


# --- s21layout2: a sentence-per-line file loaded one sentence per paragraph (load_corpus reads lines as paragraphs)


def test_s21layout2_quotation_over_sentence_paragraphs_reads_as_over_lines():
    # the opening mark in one paragraph, the closing mark two paragraphs later with no mark re-opened (news re-opens
    # it): the one-sentence paragraphs are the lines of a sentence-per-line text, read as those lines are
    paragraphs = _S21_EN_LINES.replace("\n", "\n\n")
    assert _s21lines_rows(paragraphs, "en") == _s21lines_rows(_S21_EN_LINES, "en") == [
        ("We will not give up. This is a fight for our future. We will win it", "direct", "Jane Smith", "Jane Smith",
         "said")]


def test_s21layout2_split_quotation_joins_in_a_sentence_paragraph_text():
    # once the layout is shown (a quotation running over paragraphs), '"A," katanya.\n\n"B."' is one split quotation
    # too, as on lines
    body = ('Menteri Keuangan Sri Mulyani hadir di Jakarta pada Senin.\n"Kita tidak akan menyerah.\nIni perjuangan '
            'untuk masa depan.\nKita pasti menang," kata Sri Mulyani.\nRapat itu berlangsung dua jam.\n"Kita harus '
            'punya kesepakatan," katanya kepada wartawan.\n"Buktinya sudah jelas bagi semua pihak."\nHasil rapat '
            'diumumkan besok.')
    expected = [
        ("Kita tidak akan menyerah. Ini perjuangan untuk masa depan. Kita pasti menang", "direct", "Sri Mulyani",
         "Sri Mulyani", "kata"),
        ("Kita harus punya kesepakatan … Buktinya sudah jelas bagi semua pihak.", "direct", "katanya", "Sri Mulyani",
         "katanya")]
    assert _s21lines_rows(body.replace("\n", "\n\n"), "id") == _s21lines_rows(body, "id") == expected


def test_s21layout2_news_paragraphs_keep_their_breaks():
    from helpers.quotes import _sentence_paragraphs
    # news re-opens the mark in each paragraph of a long quotation: no run over a paragraph break, text unchanged
    news = ('Jane Smith spoke in Leeds on Monday.\n\n"We will not give up.\n\n"This is a fight for our future," she '
            'said.\n\nThe vote is due next week.\n\nBoth sides expect a close result.')
    assert _sentence_paragraphs(news) is news
    assert _s21lines_rows(news, "en") == [
        ('We will not give up. "This is a fight for our future', "direct", "she", "Jane Smith", "said")]
    # paragraphs of several sentences are no sentence-per-line text, even with a quotation over two paragraphs
    several = ('Jane Smith spoke in Leeds. She met the mayor.\n\n"We will not give up. We never have.\n\nThis is a '
               'fight for our future," she said. The crowd cheered.\n\nThe vote is next week. Both sides expect a '
               'close result.\n\nPolls open at seven. They close at ten.')
    assert _sentence_paragraphs(several) is several


def test_s21layout2_crlf_sentence_paragraphs():
    # the same text with CRLF line ends and blank lines between its sentences: the same quotes, the same offsets
    lines = _S21_EN_LINES.replace("\n", "\r\n")
    paragraphs = _S21_EN_LINES.replace("\n", "\r\n\r\n")
    got = extract_quotes(pd.DataFrame({"article_id": ["a"], "body": [paragraphs], "language": ["en"]}))
    assert _s21lines_rows(paragraphs, "en") == _s21lines_rows(lines, "en") == [
        ("We will not give up. This is a fight for our future. We will win it", "direct", "Jane Smith", "Jane Smith",
         "said")]
    assert paragraphs[got["start"][0]:got["end"][0]].startswith("We will not give up.\r\n\r\nThis is")


def test_s21layout2_spaced_marks_reopening_paragraphs_are_no_run():
    # '" A.\n\n" B," he said.': a spaced straight mark opening a paragraph re-opens the quotation (news), so the
    # one-sentence paragraphs are not read as sentence lines
    from helpers.quotes import _sentence_paragraphs
    body = ('Mary Jones, the head of the local union, spoke to reporters on Monday.\n\n" We will not give up on this '
            'town.\n\n" The money must go to our schools, " Jones added.\n\nThe meeting ended shortly before noon.')
    assert _sentence_paragraphs(body) is body
    assert _s21lines_rows(body, "en") == [
        ('We will not give up on this town. " The money must go to our schools', "direct", "Jones", "Mary Jones",
         "added")]


def test_s21layout2_sentence_per_line_file_through_load_corpus(tmp_path):
    # a user's route: a .txt file one sentence per line (headline first) through load_corpus, whose body holds a
    # blank line between sentences: the quotes of the sentence-per-line body
    from helpers.corpus import load_corpus
    (tmp_path / "doc.txt").write_text("Union vows to fight\n" + _S21_EN_LINES + "\n", encoding="utf-8")
    articles = load_corpus(tmp_path, language="en").articles
    assert "\n\n" in articles["body"][0]
    got = extract_quotes(articles)
    assert list(zip(got["quote"], got["kind"], got["speaker_name"], strict=True)) == [
        ("We will not give up. This is a fight for our future. We will win it", "direct", "Jane Smith")]


# --- s22ntxid: Indonesian NTREX (translated news) errors, second pass ---
def _s22ntxid_rows(body: str) -> list[tuple[str, str, str, str, str, str]]:
    got = extract_quotes(pd.DataFrame({"article_id": ["a"], "body": [body], "language": ["id"]}))
    return list(zip(got["quote"], got["kind"], got["speaker"], got["speaker_name"], got["speaker_role"], got["cue"],
                    strict=True))


def test_s22ntxid_region_after_a_place_closes_the_apposition():
    # "NAME, ROLE di KOTA, WILAYAH, cue": the region ("Jawa Barat", translated "Bethesda, Maryland") closes the place
    # of the apposition; the name before it is the speaker (was: the region)
    assert _s22ntxid_rows("Budi Santoso, dosen Institut Pertanian di Bogor, Jawa Barat, mengatakan harga beras akan "
                          "naik.") == [
        ("harga beras akan naik", "indirect", "Budi Santoso", "Budi Santoso", "dosen Institut Pertanian di Bogor",
         "mengatakan")]
    assert _s22ntxid_rows('Jay Berzofsky, dari Lembaga Kanker Nasional di Bethesda, Maryland, berkata: "Hasilnya '
                          'menjanjikan."') == [
        ("Hasilnya menjanjikan.", "direct", "Jay Berzofsky", "Jay Berzofsky", "dari Lembaga Kanker Nasional di Bethesda",
         "berkata")]
    # a name after a role closed by a place is the speaker, as before
    assert _s22ntxid_rows("Namun, pengamat Asia Tenggara dari CSIS, Lina Alexandra, menilai peluang perundingan "
                          "masih kecil.") == [
        ("peluang perundingan masih kecil", "indirect", "Lina Alexandra", "Lina Alexandra",
         "pengamat Asia Tenggara dari CSIS", "menilai")]


def test_s22ntxid_stray_comma_between_subject_and_cue():
    # "ROLE NAME, cue CLAUSE" (a comma between the subject and its cue, common in detik): the name is the speaker
    # (was: no quote)
    assert _s22ntxid_rows("Kapolrestabes Palembang Kombes Harryo Sugihhartono, menjelaskan langkah ini merupakan "
                          "perlindungan masyarakat dari kerugian.") == [
        ("langkah ini merupakan perlindungan masyarakat dari kerugian", "indirect",
         "Kapolrestabes Palembang Kombes Harryo Sugihhartono", "Harryo Sugihhartono", "Kapolrestabes Palembang",
         "menjelaskan")]
    assert _s22ntxid_rows("Direktur Utama PT Krakatau Steel Tbk (KRAS) Muhammad Akbar Djohan, menyebut industri baja "
                          "nasional tertinggal jauh.") == [
        ("industri baja nasional tertinggal jauh", "indirect", "Muhammad Akbar Djohan", "Muhammad Akbar Djohan",
         "Direktur Utama PT Krakatau Steel Tbk", "menyebut")]  # (s30idspk: the title before the bracketed short form)
    # a place or a clause before the comma is no subject
    assert _s22ntxid_rows("Di Jakarta, mengatakan harga naik.") == []


def test_s22ntxid_aside_between_subject_and_cue():
    # "SUBJECT, ASIDE, cue": a sentence adverb ("misalnya"), a participle's clause (translated ", citing ...,") or a
    # circumstance set off by commas is no apposition (was: no quote, or the circumstance as the role)
    assert _s22ntxid_rows("BMW, misalnya, mengatakan akan menutup pabrik Mini di Oxford.") == [
        ("akan menutup pabrik Mini di Oxford", "indirect", "BMW", "BMW", "BMW", "mengatakan")]  # (as without the aside)
    assert _s22ntxid_rows("Park Byeong-seug, mengutip data dari kementerian pemersatuan, berkata ada 1.127 pembelotan "
                          "tahun lalu.") == [
        ("ada 1.127 pembelotan tahun lalu", "indirect", "Park Byeong-seug", "Park Byeong-seug", "", "berkata")]
    assert _s22ntxid_rows("Shin Tae-yong, dalam sebuah wawancara dengan Goalpost, memastikan dirinya membuka peluang "
                          "untuk kembali.") == [
        ("dirinya membuka peluang untuk kembali", "indirect", "Shin Tae-yong", "Shin Tae-yong", "", "memastikan")]
    # a role in apposition stays the role
    assert _s22ntxid_rows("Budi Santoso, menteri pertanian, mengatakan harga beras akan naik.") == [
        ("harga beras akan naik", "indirect", "Budi Santoso", "Budi Santoso", "menteri pertanian", "mengatakan")]


# --- s22ntxen: English NTREX speakers (second pass: wrong speakers on real news) ---


def _s22ntxen_rows(body: str) -> list[tuple[str, str, str, str]]:
    got = extract_quotes(pd.DataFrame({"article_id": ["a"], "body": [body], "language": ["en"]}))
    return list(zip(got["quote"], got["kind"], got["speaker"], got["speaker_name"], strict=True))


def test_s22ntxen_surname_after_a_title_is_the_subject_a_pronoun_means():
    # "President Trump ... Trump took a more optimistic view ... 'A,' he said": a surname the article writes after
    # a title is a person's, so as the subject of the sentence before it is who "he" means (not the last name)
    body = ("President Lula met the visiting envoy, Carlos Mendes, on Monday.\n\n"
            "Mendes told reporters that the talks had gone well.\n\n"
            "Lula struck a more cautious tone at a rally later in the day.\n\n"
            "\"We are not there yet,\" he said.")
    assert _s22ntxen_rows(body) == [
        ("the talks had gone well", "indirect", "Mendes", "Carlos Mendes"),
        ("We are not there yet", "direct", "he", "Lula")]
    # a capitalised word never written after a title stays no person's
    assert _s22ntxen_rows(body.replace("President Lula met", "The president met")) == [
        ("the talks had gone well", "indirect", "Mendes", "Carlos Mendes"),
        ("We are not there yet", "direct", "he", "Carlos Mendes")]


def test_s22ntxen_the_airline_is_the_air_or_airways_named_before():
    # "Air Niugini said ... The airline said": an airline's name holds Air / Airways / Airlines (lexicon
    # org_kind_heads), so "the airline" is that name, not the last capitalised subject nor left as "airline"
    body = ("A plane carrying 40 people slid off the runway in Fiji on Friday.\n\n"
            "Air Kestrel said in a statement that all passengers were safe.\n\n"
            "Tom Hale, a passenger, said the landing had been rough.\n\n"
            "The airline said it was working with investigators.")
    assert _s22ntxen_rows(body) == [
        ("all passengers were safe", "indirect", "Air Kestrel", "Air Kestrel"),
        ("the landing had been rough", "indirect", "Tom Hale", "Tom Hale"),
        ("it was working with investigators", "indirect", "The airline", "Air Kestrel")]


def test_s22ntxen_office_written_apart_from_a_name_is_someone_else():
    # "The prime minister said Mr Bush had learned ...": the article writes the description and the name after it
    # in one sentence as two people, so a later "The prime minister said" is not Mr Bush, the subject before it
    body = ("The prime minister has welcomed the new US administration.\n\n"
            "The prime minister said Mr Bush had learned that force was not the only way.\n\n"
            "Mr Bush was sworn in at a ceremony in Washington on Thursday.\n\n"
            "The prime minister said there had been a clear change in US policy.")
    assert _s22ntxen_rows(body) == [
        ("Mr Bush had learned that force was not the only way", "indirect", "The prime minister", "prime minister"),
        ("there had been a clear change in US policy", "indirect", "The prime minister", "prime minister")]
    # in apposition the description is the person named
    body = ("Tony Blair, the prime minister, visited Leeds on Monday.\n\nMr Blair met teachers at a school.\n\n"
            "The prime minister said schools needed more money.")
    assert _s22ntxen_rows(body) == [("schools needed more money", "indirect", "The prime minister", "Tony Blair")]


def _s22ntxen_roles(body: str) -> list[tuple[str, str, str, str]]:
    got = extract_quotes(pd.DataFrame({"article_id": ["a"], "body": [body], "language": ["en"]}))
    return list(zip(got["quote"], got["speaker"], got["speaker_name"], got["speaker_role"], strict=True))


def test_s22ntxen_role_cut_before_its_noun_is_tidied():
    # a role left as a determiner ("A" of "A Welsh Conservative"), a dotted country abbreviation ("The U.S." of "The
    # U.S. Navy") or cut before the organisation it speaks for ("A spokeswoman for") shows no function words
    body = ("A Welsh Conservative said the group was open minded about the name.\n\n"
            "The U.S. Navy said sailors helped in the rescue.\n\n"
            "A spokeswoman for Royal Mail said the strike had ended.")
    assert _s22ntxen_roles(body) == [
        ("the group was open minded about the name", "A Welsh Conservative", "Welsh Conservative", ""),
        ("sailors helped in the rescue", "The U.S. Navy", "U.S. Navy", ""),  # (s25enspk: was "Navy")
        ("the strike had ended", "A spokeswoman for Royal Mail", "Royal Mail", "spokeswoman")]


# --- s23ntxid: Indonesian NTREX (translated news), third pass ---


def _s23ntxid_rows(body: str) -> list[tuple[str, str, str, str]]:
    got = extract_quotes(pd.DataFrame({"article_id": ["a"], "body": [body], "language": ["id"]}))
    return list(zip(got["quote"], got["kind"], got["speaker_name"], got["cue"], strict=True))


def test_s23ntxid_second_cue_after_bare_dan():
    # "X CUE A dan CUE2 B" with no comma before "dan": the second speech verb ends the first report and opens its own,
    # of the same speaker (translated "said A and added B", "acknowledged A and asked when ...")
    body = ("Kepala Dinas Perdagangan Budi Santoso mengatakan harga beras akan naik bulan depan dan menambahkan "
            "bahwa stok di gudang masih cukup.\n\n"
            "Ferry memastikan tidak akan kabur dan mengaku tidak pernah mengganti nomor telepon.\n\n"
            "Flake mengatakan bahwa kantornya telah mengeluarkan pernyataan dan berkata, sebelum lift tertutup, "
            "bahwa ada banyak hal lain yang perlu ia katakan.")
    assert _s23ntxid_rows(body) == [
        ("harga beras akan naik bulan depan", "indirect", "Budi Santoso", "mengatakan"),
        ("stok di gudang masih cukup", "indirect", "Budi Santoso", "menambahkan"),
        ("tidak akan kabur", "indirect", "Ferry", "memastikan"),
        ("tidak pernah mengganti nomor telepon", "indirect", "Ferry", "mengaku"),
        ("kantornya telah mengeluarkan pernyataan", "indirect", "Flake", "mengatakan bahwa"),
        ("ada banyak hal lain yang perlu ia katakan", "indirect", "Flake", "berkata")]
    # a verb of the content coordinated ("kemampuan mengajar dan menjawab"), or a request's verb after "untuk",
    # stays inside the first report
    body = ("Rerie menambahkan guru harus memiliki kemampuan mengajar dan menjawab keingintahuan para murid.\n\n"
            "Harryo mengajak seluruh masyarakat untuk aktif menggunakan layanan ini dan melaporkan setiap kejahatan "
            "penipuan digital.")
    assert _s23ntxid_rows(body) == [
        ("guru harus memiliki kemampuan mengajar dan menjawab keingintahuan para murid", "indirect", "Rerie",
         "menambahkan"),
        ("seluruh masyarakat untuk aktif menggunakan layanan ini dan melaporkan setiap kejahatan penipuan digital",
         "indirect", "Harryo", "mengajak")]


def test_s23ntxid_roles_of_translated_news():
    # role nouns of international news in translation (lexicon roles.txt): "kata investor ... NAME" was no quote,
    # "kata penulis" (the study's authors) and "Para ilmuwan memperingatkan" are role speakers
    body = ("Amerika seharusnya menggandakan dana penelitian, kata investor Kai-Fu Lee.\n\n"
            "Para ilmuwan memperingatkan bahwa lautan akan menyerap lebih sedikit karbon.")
    assert _s23ntxid_rows(body) == [
        ("Amerika seharusnya menggandakan dana penelitian", "indirect", "Kai-Fu Lee", "kata"),
        ("lautan akan menyerap lebih sedikit karbon", "indirect", "ilmuwan", "memperingatkan bahwa")]


# --- s23ntxen: quotes (missed and false) on NTREX en1 ---


def _s23ntxen_rows(body: str) -> list[tuple[str, str, str]]:
    got = extract_quotes(pd.DataFrame({"article_id": ["a"], "body": [body], "language": ["en"]}))
    return list(zip(got["quote"], got["kind"], got["speaker"], strict=True))


def test_s23ntxen_conceded_score_is_no_quote():
    # "concede" with a score as its object (a penalty, six goals, a free-kick) lets the opponent score; an
    # admission ("conceded the goals were avoidable", "conceded his side had been poor") stays a quote
    body = ("When Ireland conceded a penalty close to their own line, Scotland kicked it to touch.\n\n"
            "The Londoners conceded six goals in their two League outings.\n\n"
            "Rangers conceded a free-kick and Livingston worked an opening.\n\n"
            "The manager conceded the goals were avoidable.\n\n"
            "He conceded his side had been poor.")
    assert _s23ntxen_rows(body) == [
        ("the goals were avoidable", "indirect", "The manager"),
        ("his side had been poor", "indirect", "He")]


def test_s23ntxen_passive_told_clause_without_that():
    # a passive "told" reports the clause after it with no "that" when a subject and a finite auxiliary open it;
    # the teller is unnamed; an object noun phrase ("told the news by his brother") reports nothing
    body = ("The fire broke out on Sunday.\n\n"
            "Residents are now being told it will be hours until they are allowed back in.\n\n"
            "Within three weeks he was told he would be sent to Guantanamo Bay.\n\n"
            "Ms Simonetti was told her suspension was a result of the images.\n\n"
            "He was told the news by his brother.")
    assert _s23ntxen_rows(body) == [
        ("it will be hours until they are allowed back in", "indirect", ""),
        ("he would be sent to Guantanamo Bay", "indirect", ""),
        ("her suspension was a result of the images", "indirect", "")]


# --- s24mixid: Indonesian mixed quotes (a reported clause holding a quotation) ---


def _s24mixid_rows(body: str) -> list[tuple[str, str, str]]:
    got = extract_quotes(pd.DataFrame({"article_id": ["a"], "body": [body], "language": ["id"]}))
    return list(zip(got["quote"], got["kind"], got["speaker"], strict=True))


def test_s24mixid_clause_word_before_final_quotation_is_mixed():
    # a word of the reported clause (a subject) between the cue (or its "bahwa") and a quotation that ends the
    # sentence makes one mixed quote; the cue right before the quotation, or a colon, still gives a direct quote
    body = ("Menteri Keuangan Sri Mulyani mengatakan kebijakan itu \"sangat memalukan\".\n\n"
            "Budi mengatakan bahwa dia \"tidak akan mundur dari pencalonan\".\n\n"
            "Ketua KPU Hasyim Asy'ari mengatakan: \"Kami siap melaksanakan putusan itu.\"\n\n"
            "Anggota DPR itu mengatakan \"semua pihak harus menahan diri\".")
    assert _s24mixid_rows(body) == [
        ('kebijakan itu "sangat memalukan', "mixed", "Menteri Keuangan Sri Mulyani"),
        ('dia "tidak akan mundur dari pencalonan', "mixed", "Budi"),
        ("Kami siap melaksanakan putusan itu.", "direct", "Ketua KPU Hasyim Asy'ari"),
        ("semua pihak harus menahan diri", "direct", "Anggota DPR itu")]


def test_s24mixid_mixed_quote_ends_before_and_added():
    # 'X mengatakan dia "A" dan menambahkan "B."': the second quotation has its own cue, so the mixed report
    # ends with the first quotation (was: both lost into one report with two quotations)
    body = ("Michael Vann mengatakan dia \"merasa sangat tersanjung ikut berperan dalam parade ini\" dan "
            "menambahkan \"keberanian seorang pahlawan sejati sedang ditunjukkan.\"")
    assert _s24mixid_rows(body)[0] == (
        'dia "merasa sangat tersanjung ikut berperan dalam parade ini', "mixed", "Michael Vann")


def test_s24mixid_second_cue_after_and_splits_a_mixed_report():
    # a second speech verb of the same subject after "dan" (or ", dan") ends the first report also when a
    # quotation is in one of them: each part is mixed only if it holds the quotation; a first part that is the
    # quotation alone is a direct quote
    assert _s24mixid_rows(
        "Dia menuduh perusahaan konstruksi menahan harga tetap tinggi, dan mendesak pemerintah untuk "
        "memperbaiki \"aib perumahan\" di Inggris.") == [
        ("perusahaan konstruksi menahan harga tetap tinggi", "indirect", "Dia"),
        ('pemerintah untuk memperbaiki "aib perumahan" di Inggris', "mixed", "Dia")]
    assert _s24mixid_rows(
        "Budi menyebut kebijakan itu \"sangat memalukan\" dan mengatakan bahwa pemerintah harus mundur.") == [
        ('kebijakan itu "sangat memalukan', "mixed", "Budi"),
        ("pemerintah harus mundur", "indirect", "Budi")]
    assert _s24mixid_rows(
        "Andi mengatakan \"tidak ada masalah\" dan menambahkan bahwa semua berjalan lancar.") == [
        ("tidak ada masalah", "direct", "Andi"),
        ("semua berjalan lancar", "indirect", "Andi")]


# --- s25detik8 ---
def _assert_detik_gold_spans(arts: pd.DataFrame, gold: list[dict]) -> None:
    """Every span of a detik gold file lies inside its cell, once, trimmed, with a source and a cue; a direct
    quote is the inside of its quotation marks."""
    bodies = dict(zip(arts["article_id"], arts["body"], strict=True))
    for g in gold:
        (start, end), = g["content"]
        span = bodies[g["article_id"]][start:end]
        assert 0 <= start < end <= len(bodies[g["article_id"]]) and span == span.strip() and len(span.split()) >= 3
        assert bodies[g["article_id"]].count(span) == 1 and g["source"] and g["cue"]
        if g["kind"] == "direct":  # inside the quotation marks, the marks left out
            assert bodies[g["article_id"]][start - 1] == '"' and '"' not in span


def test_s25detik8_detik_test8_gold_loads_with_spans_inside_the_cells(shared_corpora):
    from collections import Counter

    from bench.eval_quotes import DETIK_TEST8, load_detik
    arts, gold = load_detik(DETIK_TEST8)
    assert list(arts["article_id"]) == ["181", "267", "305", "453", "679", "795", "919", "975"]
    assert set(arts["language"]) == {"id"}
    assert dict(Counter(g["kind"] for g in gold)) == {"indirect": 41, "direct": 38}
    assert dict(Counter(g["article_id"] for g in gold)) == {
        "181": 20, "267": 8, "305": 4, "453": 11, "679": 10, "795": 15, "919": 5, "975": 6}
    _assert_detik_gold_spans(arts, gold)


# --- session 12: the quotes of one article, chosen columns (shared by the s25*-s26* tests below) ---
def _quote_rows(body: str, language: str, *columns: str) -> list[tuple[str, ...]]:
    """The quotes ``extract_quotes`` finds in one article ``body`` in ``language``: the given columns of each row."""
    got = extract_quotes(pd.DataFrame({"article_id": ["a"], "body": [body], "language": [language]}))
    return list(zip(*(got[c] for c in columns), strict=True))


# --- s25audit: Indonesian audit of detik output (roles that hold clause text, openers before a name) ---
def _s25audit_rows(body: str) -> list[tuple[str, str, str, str, str]]:
    return _quote_rows(body, "id", "quote", "kind", "speaker", "speaker_name", "speaker_role")


def test_s25audit_content_after_menurut_name_is_no_role():
    # "Menurut X, <clause>,": the words after the name's comma are what X says, not X's office; the role stays
    # empty for every quote resolved to X
    body = ("Pemerintah daerah menggelar rapat evaluasi. Menurut Hendra Wijaya, kemacetan di kota ini berbeda "
            "dengan Jakarta dari sisi laju kendaraan, sehingga perlu solusi lain.\n\n"
            "\"Kami akan mengkaji ulang rute bus,\" ujarnya.")
    assert [(r[1], r[2], r[3], r[4]) for r in _s25audit_rows(body)] == [
        ("indirect", "Hendra Wijaya", "Hendra Wijaya", ""),
        ("direct", "ujarnya", "Hendra Wijaya", "")]


def test_s25audit_description_after_name_stays_a_role():
    # a description headed by a person or agent noun, or a relative clause holding an office, is kept
    assert _s25audit_rows("Pedagang pasar mengeluhkan sepinya pembeli. \"Sejak jalan ditutup, omzet kami turun "
                          "separuh,\" kata Rudi Hartono, pedagang asal Cimahi, Selasa (12/8/2025).") == [
        ("Sejak jalan ditutup, omzet kami turun separuh", "direct", "Rudi Hartono", "Rudi Hartono",
         "pedagang asal Cimahi")]
    assert _s25audit_rows("Warga mendatangi kantor desa. \"Kami minta kejelasan,\" kata Sulastri Dewi, yang juga "
                          "Ketua RT setempat.") == [
        ("Kami minta kejelasan", "direct", "Sulastri Dewi", "Sulastri Dewi", "yang juga Ketua RT setempat")]


def test_s25audit_sentence_opener_is_no_part_of_the_name():
    # "Awalnya", "Ternyata", "Bagi" opening the sentence before the speaker's name are no part of it
    assert _s25audit_rows("Awalnya Budi Santoso mengatakan harga beras masih stabil di pasar.") == [
        ("harga beras masih stabil di pasar", "indirect", "Budi Santoso", "Budi Santoso", "")]
    assert _s25audit_rows("Bagi Ani Lestari, keputusan itu juga bermakna politis.\n\n\"Ini langkah maju,\" "
                          "ujarnya.") == [("Ini langkah maju", "direct", "ujarnya", "Ani Lestari", "")]


# --- s25pol: English mixed and indirect quotes (PolNeAR development sets) ---
def _s25pol_rows(body: str) -> list[tuple[str, str, str]]:
    return _quote_rows(body, "en", "quote", "kind", "speaker")


def test_s25pol_occasion_or_item_between_weak_cue_and_that():
    # a spoken occasion or a written item ("in a heated argument with the board", "in a letter to the agency")
    # between a weak cue and "that" is the cue's adverbial; the clause after "that" is the content
    assert _s25pol_rows(
        "The chairman declared in a heated argument with the board that any merger would demand "
        "\"absolute secrecy.\"") == [('any merger would demand "absolute secrecy."', "mixed", "The chairman")]
    assert _s25pol_rows(
        "The mayor announced at a meeting with local business owners that the market would reopen in May.") == [
        ("the market would reopen in May", "indirect", "The mayor")]
    # a relative clause on the item is no content ("in a letter that was sent ...")
    assert _s25pol_rows("The mayor announced in a letter that was sent to residents the new parking rules.") == []


def test_s25pol_contracted_clause_after_later_cue_keeps_earlier_fragment():
    # '"A," and Y, who says it's "B."': the later cue reports its own clause (a contracted subject and
    # auxiliary), so it takes neither the earlier fragment nor leaves its own quotation unattributed
    assert _s25pol_rows(
        "Compare that with the governor, who has called the pact \"insanity,\" and the senator, who says "
        "it's \"disastrous.\"") == [
        ('the pact "insanity"', "mixed", "the governor"),
        ('it\'s "disastrous."', "mixed", "the senator")]



def test_s25pol_responding_and_reasoning_that_report_their_clause():
    # ", responding that ..." and ", reasoning that ..." after a clause report the subject's words; without "that"
    # ("responding to the crisis", "the reasoning that led to ...") they report nothing
    assert _s25pol_rows(
        "The senator would not discuss the race, responding that he's \"not going to go into what my campaign "
        "is doing.\"") == [("not going to go into what my campaign is doing.", "direct", "The senator")]
    assert _s25pol_rows(
        "\"The candidate is eligible,\" the board said, reasoning that he met the criteria because he \"did not "
        "have to take any steps.\"") == [
        ("The candidate is eligible", "direct", "the board"),
        ('he met the criteria because he "did not have to take any steps."', "mixed", "the board")]
    assert _s25pol_rows("The mayor was bragging that the city had balanced its budget.") == [
        ("the city had balanced its budget", "indirect", "The mayor")]
    assert _s25pol_rows("Responding to the crisis, the governor said the state would send aid.") == [
        ("the state would send aid", "indirect", "the governor")]
    assert _s25pol_rows("The reasoning that led to the decision was flawed.") == []


# --- s25idind: Indonesian indirect quotes in translated news (NTREX id) ---
def _s25idind_rows(body: str) -> list[tuple[str, str, str, str]]:
    return _quote_rows(body, "id", "quote", "kind", "speaker", "cue")


def test_s25idind_denying_testifying_vowing_report_a_clause():
    # "menyangkal", "bersaksi", "bersumpah" are weak cues: a clause after them (or after "bahwa") is reported,
    # a noun object alone is not
    assert _s25idind_rows("Juru bicara partai itu menyangkal bahwa ketua umum menerima dana dari pengusaha.") == [
        ("ketua umum menerima dana dari pengusaha", "indirect", "Juru bicara partai itu", "menyangkal bahwa")]
    assert _s25idind_rows("Saksi ahli bersaksi di hadapan majelis hakim bahwa dokumen itu dipalsukan.") == [
        ("dokumen itu dipalsukan", "indirect", "Saksi ahli", "bersaksi")]
    assert _s25idind_rows("Gubernur Andi bersumpah ia tidak akan mencalonkan diri lagi tahun depan.") == [
        ("ia tidak akan mencalonkan diri lagi tahun depan", "indirect", "Gubernur Andi", "bersumpah")]
    assert _s25idind_rows("Gubernur Andi menyangkal tuduhan itu dengan tegas di depan wartawan.") == []


def test_s25idind_weak_cue_addressee_then_bahwa():
    # a weak cue, then an addressee ("kepada X") or, after a verb of telling, its bare object, then "bahwa": the
    # clause after "bahwa" is reported (was: no quote); a request keeps its addressee ("mengingatkan warga untuk")
    assert _s25idind_rows("Kepala dinas menyampaikan kepada para pedagang bahwa pasar akan ditutup selama dua pekan.") == [
        ("pasar akan ditutup selama dua pekan", "indirect", "Kepala dinas", "menyampaikan")]
    assert _s25idind_rows("Petugas polisi sedang memberitahu warga bahwa seluruh kawasan itu ditutup sampai sore.") == [
        ("seluruh kawasan itu ditutup sampai sore", "indirect", "Petugas polisi", "memberitahu")]
    assert _s25idind_rows("BMKG mengingatkan masyarakat untuk meningkatkan kewaspadaan terhadap gelombang tinggi di "
                          "pesisir selatan.") == [
        ("masyarakat untuk meningkatkan kewaspadaan terhadap gelombang tinggi di pesisir selatan", "indirect", "BMKG",
         "mengingatkan")]


def test_s25idind_state_of_mind_predicate_after_weak_cue():
    # a subject, then an adjective of a state of mind (lexicon predicate_adjectives) after a weak cue is a clause
    assert _s25idind_rows("Penumpang Andi Wijaya menyampaikan para awak kabin panik dan berteriak saat pesawat mendarat.") == [
        ("para awak kabin panik dan berteriak saat pesawat mendarat", "indirect", "Penumpang Andi Wijaya", "menyampaikan")]


def test_s25idind_occasion_phrase_and_comma_before_the_clause():
    # "CUE + the occasion or day of the telling + comma + clause": the content starts after the comma; a clause's own
    # adverbial before the comma stays in the content
    assert _s25idind_rows("Maskapai Garuda menyampaikan dalam sebuah rilis pada Sabtu siang, pihaknya belum dapat "
                          "memastikan jumlah korban.") == [
        ("pihaknya belum dapat memastikan jumlah korban", "indirect", "Maskapai Garuda", "menyampaikan")]
    assert _s25idind_rows("Menteri Budi mengatakan dalam tiga tahun ke depan, Indonesia akan memiliki mobil listrik "
                          "buatan sendiri.") == [
        ("dalam tiga tahun ke depan, Indonesia akan memiliki mobil listrik buatan sendiri", "indirect", "Menteri Budi",
         "mengatakan")]


def test_s25idind_sentence_opening_conjunction_before_a_group_subject():
    # "Tapi/Namun (,) + a common-noun subject + cue", also after a fronted adverbial ("Tapi pada ..., para pejabat")
    assert _s25idind_rows("Tapi para pejabat tinggi kementerian menegaskan bahwa mereka ingin perundingan "
                          "dilanjutkan.") == [
        ("mereka ingin perundingan dilanjutkan", "indirect", "para pejabat tinggi kementerian", "menegaskan bahwa")]
    assert _s25idind_rows("Tapi pada akhir Agustus, para pejabat tinggi kementerian menegaskan bahwa mereka ingin "
                          "perundingan dilanjutkan.") == [
        ("mereka ingin perundingan dilanjutkan", "indirect", "para pejabat tinggi kementerian", "menegaskan bahwa")]
    assert _s25idind_rows("Namun harga beras naik tajam bulan ini.") == []


def test_s25idind_berdasarkan_statement_or_filing_puts_the_source_first():
    # "Berdasarkan keterangan/dokumen/kesaksian X, CLAUSE" attributes the clause to X; data and findings do not
    assert _s25idind_rows("Berdasarkan keterangan Kementerian Kesehatan hingga akhir Juni, kasus demam berdarah "
                          "menurun tajam.") == [
        ("kasus demam berdarah menurun tajam", "indirect", "Kementerian Kesehatan", "Berdasarkan keterangan")]
    assert _s25idind_rows("Berdasarkan dokumen pengadilan, terdakwa telah merencanakan serangan itu sejak awal "
                          "tahun.") == [
        ("terdakwa telah merencanakan serangan itu sejak awal tahun", "indirect", "pengadilan", "Berdasarkan dokumen")]
    assert _s25idind_rows("Berdasarkan data Badan Pusat Statistik, angka kemiskinan turun menjadi 8 persen.") == []


def test_s25idind_cue_after_a_comma_closing_the_speakers_own_clause():
    # "X merilis laporan ..., mengatakan CLAUSE" (English "..., saying ..."): the clause's subject speaks; a weak cue
    # or "menambahkan" (also "to add") only before "bahwa"; no speaker subject, no quote
    assert _s25idind_rows("Kantor Koroner Kabupaten Bogor merilis laporan awal pada hari Jumat, mengatakan penyebab "
                          "kematian adalah luka tembak di kepala.") == [
        ("penyebab kematian adalah luka tembak di kepala", "indirect", "Kantor Koroner Kabupaten Bogor", "mengatakan")]
    assert _s25idind_rows("Perusahaan Sinar Jaya memperluas usahanya tahun ini, menambahkan dua puluh gerai baru di "
                          "Jawa Barat.") == []
    assert _s25idind_rows("Harga beras naik tajam pada hari Jumat, mengatakan pasokan di pasar menipis sejak awal "
                          "bulan.") == []


def test_s25idind_told_passive_with_bahwa():
    # "diberitahu (oleh X) bahwa CLAUSE": the clause is reported, the teller after "oleh" speaks (empty when none
    # is given); the subject is the addressee, never the speaker; no "bahwa", no quote
    assert _s25idind_rows("Para pedagang itu diberitahu oleh petugas bahwa pasar akan ditutup selama dua pekan.") == [
        ("pasar akan ditutup selama dua pekan", "indirect", "petugas", "diberitahu")]
    assert _s25idind_rows("Para penumpang diberi tahu bahwa penerbangan mereka ditunda hingga besok pagi.") == [
        ("penerbangan mereka ditunda hingga besok pagi", "indirect", "", "diberi tahu")]
    assert _s25idind_rows("Warga diberitahu soal jadwal pemadaman listrik minggu depan.") == []


def test_s25idind_asking_phrase_and_one_participant_as_subject():
    # "Seorang/Para + one noun for people (peserta, penumpang, wanita ...)" is a subject of a cue; "mengajukan
    # pertanyaan (ke)padanya, apakah ..." reports the question
    assert _s25idind_rows("Seorang peserta mengajukan pertanyaan kepadanya, apakah ada rencana mencalonkan diri "
                          "sebagai gubernur.") == [
        ("apakah ada rencana mencalonkan diri sebagai gubernur", "indirect", "Seorang peserta", "mengajukan pertanyaan")]
    assert _s25idind_rows("Seorang wanita mengatakan bahwa harga beras naik sejak awal bulan.") == [
        ("harga beras naik sejak awal bulan", "indirect", "Seorang wanita", "mengatakan bahwa")]
    assert _s25idind_rows("Anggota dewan mengajukan pertanyaan tentang anggaran pendidikan tahun depan.") == []


# --- s25idspk: Indonesian speakers on translated news ---
def _s25idspk_rows(body: str) -> list[tuple[str, str, str, str]]:
    return _quote_rows(body, "id", "quote", "kind", "speaker", "speaker_name")


def test_s25idspk_pronoun_means_subject_introduced_with_role_or_apposition():
    # "katanya" after a sentence whose subject is a person brought in with a role, a form of address or an
    # apposition (after a fronted adverbial's comma too) means that person, not the one quoted before
    body = ("Menteri Perdagangan Budi Santoso mengatakan harga beras akan turun.\n"
            "Berbicara kepada wartawan di Surabaya, ketua asosiasi pedagang Joko Widagdo menyampaikan keluhannya.\n"
            "\"Stok di gudang kami sudah menipis,\" katanya.\n"
            "Rina Wulandari, pemilik toko kelontong di Pasar Turi, telah berjualan selama dua puluh tahun.\n"
            "Dia juga menyewa dua kios lain di pasar itu.\n"
            "\"Pembeli makin sepi sejak bulan lalu,\" katanya.")
    assert _s25idspk_rows(body) == [
        ("harga beras akan turun", "indirect", "Menteri Perdagangan Budi Santoso", "Budi Santoso"),
        ("Stok di gudang kami sudah menipis", "direct", "katanya", "Joko Widagdo"),
        ("Pembeli makin sepi sejak bulan lalu", "direct", "katanya", "Rina Wulandari")]


def test_s25idspk_translated_title_and_relative_clause_subject():
    # "Ny."/"Tn." (translated Mrs/Mr) end no sentence; "Ny. X, yang ..., VERB" makes X the subject
    body = ("Sharon Miller mendirikan yayasan itu pada 2017.\n"
            "\"Kami ingin membantu keluarga lain,\" kata Ny. Miller.\n"
            "Ny. Carter, yang bekerja bersama Ny. Miller sejak awal, kehilangan adiknya tahun lalu.\n"
            "\"Dia tidak pernah bercerita tentang masalahnya,\" katanya.\n"
            "Joanne Carter kini memimpin kelompok dukungan di kotanya.")
    rows = _s25idspk_rows(body)
    assert rows[1] == ("Dia tidak pernah bercerita tentang masalahnya", "direct", "katanya", "Joanne Carter")
    from helpers.text import split_sentences

    assert split_sentences("Ny. Carter datang. Tn. Lee pergi. Serial CSI:NY. Lima episode.", language="id") == [
        (0, 18), (19, 33), (34, 48), (49, 62)]


def test_s25idspk_bare_name_or_list_in_narration_is_not_the_speaker():
    # a bare name as the subject of a narrated event, or a name in a list, does not take the pronoun from the
    # official quoted before
    body = ("Juru bicara KPK Budi Prasetyo mengatakan kasus itu bermula pada 2019.\n"
            "Kemudian, Hendra memberikan sejumlah uang kepada Yusuf.\n"
            "\"Uang itu diserahkan di sebuah hotel di Jakarta,\" kata dia.\n"
            "Pertemuan itu dihadiri oleh Arif, Hendra, dan Yusuf Mansur selaku direktur PT ABC, yang kini ditahan.\n"
            "\"Ketiganya sudah kami periksa,\" ucapnya.")
    rows = _s25idspk_rows(body)
    assert [r[3] for r in rows] == ["Budi Prasetyo", "Budi Prasetyo", "Budi Prasetyo"]


def test_s25idspk_bracketed_short_form_of_a_translated_subject():
    # a translation keeps the English short form in brackets after the subject: the subject as written speaks
    # ("Pusat Peringatan Tsunami Pasifik (PTWC)", "Seorang anggota dewan (MP)"); a native name its short form spells
    # keeps the rules that read it ("Badan Pusat Statistik (BPS)")
    body = ("Pusat Peringatan Tsunami Pasifik (PTWC) menyatakan bahwa gelombang tinggi mungkin terjadi.\n"
            "Seorang anggota dewan (MP) mengatakan bahwa partainya akan menolak rancangan itu.\n"
            "Badan Pusat Statistik (BPS) menyebut inflasi bulan lalu mencapai 2 persen.")
    rows = _s25idspk_rows(body)
    assert [(r[1], r[2], r[3]) for r in rows] == [
        ("indirect", "PTWC", "Pusat Peringatan Tsunami Pasifik"), ("indirect", "MP", "anggota dewan"),
        ("indirect", "BPS", "Badan Pusat Statistik")]


def test_s25idspk_name_before_relative_clause_closed_by_comma():
    # "X yang ..., mengatakan:": the relative clause closed by a comma (no comma before "yang") leaves X the subject
    body = ("Walikota Surabaya Eri Cahyadi mengatakan proyek itu selesai tahun depan.\n"
            "Dinas Perhubungan yang saat ini menyiapkan rekayasa lalu lintas di kawasan tersebut, mengatakan: "
            "\"Kami minta warga bersabar selama dua bulan.\"")
    assert _s25idspk_rows(body)[1] == (
        "Kami minta warga bersabar selama dua bulan.", "direct", "Dinas Perhubungan", "Dinas Perhubungan")


def test_s25idspk_police_means_the_force_named_with_kepolisian():
    # a translated "X Police Department" named before: "polisi mengatakan" means that force; an Indonesian police
    # unit's long form ("Kepolisian Resor ...") is left to the rules for Polres
    body = ("Seorang pria ditangkap atas tuduhan pembunuhan, kata Departemen Kepolisian Houston.\n"
            "Setelah menginterogasi tersangka, polisi mengatakan bahwa pria itu mengaku bersalah.\n\n"
            "Kepolisian Resor (Polres) Bogor menangkap dua pengedar.\n"
            "Polisi mengatakan keduanya sudah lama diincar.")
    rows = _s25idspk_rows(body)
    assert [(r[2], r[3]) for r in rows] == [
        ("Departemen Kepolisian Houston", "Departemen Kepolisian Houston"),
        ("polisi", "Departemen Kepolisian Houston"), ("Polisi", "Polisi")]


def test_s25idspk_name_before_unclosed_apposition():
    # "NAME, ROLE ORG mengatakan" with the apposition's closing comma dropped (a translation): the name speaks,
    # the role words (and the organisation) are its role
    body = ("Anne Smith, analis rekreasi dan perhotelan KPMG mengatakan: \"Musim panas membantu penjualan.\"\n"
            "Paul Newman, analis ritel RSM mengatakan: \"Toko kecil paling terpukul.\"")
    rows = _s25idspk_rows(body)
    assert [(r[2], r[3]) for r in rows] == [("KPMG", "Anne Smith"), ("analis ritel RSM", "Paul Newman")]
    got = extract_quotes(pd.DataFrame({"article_id": ["a"], "body": [body], "language": ["id"]}))
    assert list(got["speaker_role"]) == ["analis rekreasi dan perhotelan KPMG", "analis ritel RSM"]


# --- s25iddir: Indonesian direct and mixed quotes in translated news ---
def _s25iddir_rows(body: str) -> list[tuple[str, str, str]]:
    return _quote_rows(body, "id", "quote", "kind", "speaker")


def test_s25iddir_fragment_closing_clause_before_cue_is_mixed():
    # a lower-case quoted fragment closing a running clause before its cue ('... karena "alasan pribadi," kata
    # X.') is one mixed quote from the clause start; an earlier cue-less fragment in the clause is absorbed; a
    # clause going on after the cue with a conjunction runs to the sentence end; a whole quoted sentence stays direct
    assert _s25iddir_rows(
        "Konser itu dibatalkan pada menit terakhir karena \u201calasan pribadi,\u201d kata Budi Santoso.") == [
        ("Konser itu dibatalkan pada menit terakhir karena \u201calasan pribadi", "mixed", "Budi Santoso")]
    assert _s25iddir_rows(
        "Putusan itu akan memberi desa \"kesempatan untuk membangun kembali\" dan peluang untuk \"mengakhiri "
        "sengketa panjang,\" kata Andi.") == [
        ('Putusan itu akan memberi desa "kesempatan untuk membangun kembali" dan peluang untuk "mengakhiri '
         'sengketa panjang', "mixed", "Andi")]
    assert _s25iddir_rows(
        "Dia ingin membuktikan bahwa dia \"mampu,\" kata Rina, sehingga keluarganya tidak kecewa.") == [
        ('Dia ingin membuktikan bahwa dia "mampu … sehingga keluarganya tidak kecewa', "mixed", "Rina")]
    assert _s25iddir_rows("\"Kami siap bekerja sama,\" kata Budi Santoso.") == [
        ("Kami siap bekerja sama", "direct", "Budi Santoso")]


def test_s25iddir_person_noun_after_seorang_is_a_speaker():
    # "kata seorang wanita": a noun for a person after the determiner heads the speaker phrase as a role does, so
    # the quotation and the split quotation going on in the next line keep their cue (was: no quote at all)
    assert _s25iddir_rows("\u201cKami sudah menunggu sejak pagi,\u201d kata seorang wanita. \u201cKapan bantuan datang?\u201d") == [
        ("Kami sudah menunggu sejak pagi \u2026 Kapan bantuan datang?", "direct", "seorang wanita")]
    assert _s25iddir_rows("\u201cKami sudah menunggu sejak pagi,\u201d ujar seorang mantan pejabat.")[0][2] == \
        "seorang mantan pejabat"


def test_s25iddir_telling_verbs_with_clitics_are_cues():
    # '"...," dia memberitahuku.' (a writer quoting what was said to them) and 'menjawabnya, bahwa ...' are cues
    assert _s25iddir_rows("\"Jangan pernah menyerah,\u201d dia memberitahuku.") == [
        ("Jangan pernah menyerah", "direct", "dia")]
    assert _s25iddir_rows("Budi pun menjawabnya, bahwa kini saatnya \"bagi anak muda untuk memimpin.\"")[0][1:] == (
        "mixed", "Budi")


def test_s25iddir_quotation_whose_opening_mark_was_lost():
    # a closing mark after a comma with no opening mark before it in its line closes a quotation opened at the
    # line start when an attribution follows the mark; without an attribution it is no quotation
    body = ("Tim itu kalah dua kali pekan lalu.\n"
            "Pelatih Budi Santoso tetap tenang.\n"
            "Kami tidak akan pernah menyerah dalam musim ini,\u201d kata Budi.\n"
            "Timnya akan bertanding lagi pada hari Minggu.\n"
            "Para pendukung tetap datang ke stadion,\u201d dengan spanduk besar.")
    assert _s25iddir_rows(body) == [("Kami tidak akan pernah menyerah dalam musim ini", "direct", "Budi")]


def test_s25iddir_manner_adverbial_between_subject_and_cue():
    # "X dengan tegas mengatakan", "X dengan bangga menyebut": "dengan" and a lower-case word between the subject
    # and its cue is a circumstance, as "di Jakarta" is (was: no quote at all)
    assert _s25iddir_rows("Budi dengan tegas mengatakan bahwa kebijakan itu salah.") == [
        ("kebijakan itu salah", "indirect", "Budi")]
    assert _s25iddir_rows("Andi dengan bangga menyebut jembatan itu sebagai \u201ckarya terbaik kami\u201d.") == [
        ("jembatan itu sebagai \u201ckarya terbaik kami", "mixed", "Andi")]


def test_s25iddir_quoted_fragment_running_over_a_sentence_end_is_one_mixed_quote():
    # a quotation opened inside a reported clause runs over the sentence end to its closing mark (as in English):
    # one mixed quote, not an indirect one cut at the first full stop
    assert _s25iddir_rows(
        "Budi mengatakan bahwa pemerintah \"sudah siap menghadapi banjir. Semua pompa sudah diperiksa.\"") == [
        ('pemerintah "sudah siap menghadapi banjir. Semua pompa sudah diperiksa', "mixed", "Budi")]


def test_s25iddir_second_cue_after_dan_with_its_own_quotation():
    # 'X menyebut A "..." dan menceritakan tentang B, "..."': the verb after "dan" introduces a quotation of its
    # own after a comma, so the first report ends before "dan" (was: one mixed report over both)
    rows = _s25iddir_rows(
        "Rina menyebut kekalahan itu seperti \"badai di siang hari\" dan bercerita tentang anaknya dan teman-temannya, "
        "\u201cmereka pulang dengan wajah sedih, mereka tidak berbicara sepanjang malam.\u201d")
    assert rows[0] == ('kekalahan itu seperti "badai di siang hari', "mixed", "Rina")
    assert rows[1] == ("tentang anaknya dan teman-temannya, \u201cmereka pulang dengan wajah sedih, mereka tidak berbicara "
                       "sepanjang malam", "mixed", "Rina")


def test_s25iddir_reported_clause_then_colon_quotation():
    # 'X berkata CLAUSE: "QUOTE"': an indirect quote of the clause up to the colon and a direct quote of the
    # quotation, one cue and speaker (was: one indirect quote running into the quotation, cut at its first full stop)
    assert _s25iddir_rows(
        "Budi berkata banjir itu merupakan pukulan berat bagi warga, tapi mereka harus bangkit: \"Kami kehilangan "
        "rumah. Kami tidak kehilangan harapan.\"") == [
        ("banjir itu merupakan pukulan berat bagi warga, tapi mereka harus bangkit", "indirect", "Budi"),
        ("Kami kehilangan rumah. Kami tidak kehilangan harapan.", "direct", "Budi")]
    assert _s25iddir_rows("Budi mengatakan kepada wartawan: \"Kami sudah menghitungnya.\"") == [
        ("Kami sudah menghitungnya.", "direct", "Budi")]


def test_s25iddir_report_ends_before_a_new_sentence_quotation_with_its_own_cue():
    # 'X menyebut CLAUSE ... unit eselon I. "QUOTE," imbuh X.': the splitter keeps "I." (an initial) inside the
    # sentence, but a quotation opening after a full stop and a space with a cue of its own after it starts a new
    # sentence: the report ends before it (was: one mixed report swallowing the quotation)
    assert _s25iddir_rows(
        "Andi menyebut usulan itu akan dibahas oleh unit eselon I. \"Kami memahami semangat efisiensi itu,\" "
        "imbuh Andi.") == [
        ("usulan itu akan dibahas oleh unit eselon I", "indirect", "Andi"),
        ("Kami memahami semangat efisiensi itu", "direct", "Andi")]


def test_s25iddir_single_marks_beside_double_marks():
    # a paragraph quoting in single marks is read also where other paragraphs quote in double ones; one with a cue
    # is a quotation (a split one too), one with no cue is not (a title, a caption)
    body = ("\"Kami akan memperketat pemeriksaan di pintu masuk pelabuhan,\" kata Budi Santoso.\n\n"
            "\u2018Saya tahunya dari grup wisatawan, bukan dari pemerintah,\u2019 kata Emily. \u2018Mungkin perlu papan "
            "informasi yang lebih besar.\u2019\n\n"
            "Laporan itu bertajuk 'Catatan Gelap Kota Kami' dan terbit pekan lalu.\n\n"
            "'Lihat juga: Warga Berburu Tiket Mudik'")
    assert _s25iddir_rows(body) == [
        ("Kami akan memperketat pemeriksaan di pintu masuk pelabuhan", "direct", "Budi Santoso"),
        ("Saya tahunya dari grup wisatawan, bukan dari pemerintah … Mungkin perlu papan informasi yang lebih besar.",
         "direct", "Emily")]


def test_s25iddir_aside_before_cue_keeps_the_clause_mixed():
    # 'X, dalam keterangannya, mengatakan CLAUSE "..."': the comma before the cue closes an aside, not a quotation's
    # attribution, so the words before the quotation still make one mixed quote
    assert _s25iddir_rows(
        "Kementerian Pertahanan, dalam keterangannya, mengklaim telah menghancurkan \"gudang senjata milik musuh\".") == [
        ('telah menghancurkan "gudang senjata milik musuh', "mixed", "Kementerian Pertahanan")]


def test_s25iddir_shouting_and_posting_cues_after_a_quotation():
    assert _s25iddir_rows("\"Tolong, ada kebakaran!\" teriak Budi.") == [("Tolong, ada kebakaran!", "direct", "Budi")]
    assert _s25iddir_rows("\"Pelaku sudah kami amankan pagi ini,\" cuit Kapolres Budi.") == [
        ("Pelaku sudah kami amankan pagi ini", "direct", "Kapolres Budi")]


# --- s25enq: English quote finding on real news (NTREX development files) ---
def _s25enq_rows(body: str) -> list[tuple[str, str, str, str]]:
    return _quote_rows(body, "en", "quote", "kind", "speaker", "cue")


def test_s25enq_weak_cue_before_a_zero_that_clause_with_a_past_verb():
    # a weak or noun-like cue reports a clause without "that" whose verb is a plain past tense (no auxiliary)
    assert _s25enq_rows("The Leeds Courier reports the mayor spoke about her plans during a council meeting on "
                        "Friday.") == [("the mayor spoke about her plans during a council meeting on Friday",
                                        "indirect", "The Leeds Courier", "reports")]
    assert _s25enq_rows("The campaigners claim the new dam ruined their harvest.") == [
        ("the new dam ruined their harvest", "indirect", "The campaigners", "claim")]
    assert _s25enq_rows("Jane Porter testified her neighbour quietly left the house before midnight.") == [
        ("her neighbour quietly left the house before midnight", "indirect", "Jane Porter", "testified")]
    # a participle after its noun, or an adjective in "-ed" after a determiner, opens no clause
    assert _s25enq_rows("In the southern states farmers harvested early.") == []
    assert _s25enq_rows("Their home states' votes are tallied in March, so the race goes on.") == []


def test_s25enq_name_ending_in_possessive_s_before_a_verb_cue():
    # "Sainsbury's said": a company name in "'s" before a cue that is never a noun is its subject
    assert _s25enq_rows("Morrison's said it would open twelve new stores in Scotland next year.") == [
        ("it would open twelve new stores in Scotland next year", "indirect", "Morrison's", "said")]
    assert _s25enq_rows("The minister's remarks about the budget drew criticism.") == []


def test_s25enq_new_weak_cues_inform_stipulate_and_testified_before_a_body():
    assert _s25enq_rows("Her lawyers inform her that the appeal will be heard in May.") == [
        ("the appeal will be heard in May", "indirect", "Her lawyers", "inform")]
    assert _s25enq_rows("The contract stipulated that the work must be finished by June.") == [
        ("the work must be finished by June", "indirect", "The contract", "stipulated that")]
    # "testified before Congress" names the occasion: no content without "that", a colon or a clause
    assert _s25enq_rows("The general testified before Congress on Tuesday, defending the troop increase.") == []


def test_s25enq_inverted_question_before_a_cue_reports_nothing():
    assert _s25enq_rows("So where would they say the advantage lies now?") == []
    assert _s25enq_rows("What do you tell a child who has lost everything?") == []
    assert _s25enq_rows("They said the advantage lies with the home side.") == [
        ("the advantage lies with the home side", "indirect", "They", "said")]


def test_s25enq_show_title_before_a_role_noun_is_no_quote():
    # '"Newsnight" presenter Kirsty Young said ...': the quoted title modifies the role noun before the name
    assert _s25enq_rows("\"Morning Report\" presenter Alan Hart said the interview would air on Monday.") == [
        ("the interview would air on Monday", "indirect", "presenter Alan Hart", "said")]


def test_s25enq_told_an_outlet_for_an_article_is_no_content():
    assert _s25enq_rows("Professor Lee told The Herald for an article published on Sunday.") == []
    assert _s25enq_rows("Professor Lee told The Herald the plan would work for a decade.") == [
        ("the plan would work for a decade", "indirect", "Professor Lee", "told")]


def test_s25enq_nested_quotation_in_double_marks_is_one_quote():
    # '"He said, "Yes,"" she told me.': the inner quotation's marks were made double; both close at once
    body = ("The talks went on all night.\n\n"
            "\"The porter said, \"Nobody leaves before dawn,\"\" Ms. Grant told me.\n\n"
            "Nobody argued.")
    assert _s25enq_rows(body) == [
        ('The porter said, "Nobody leaves before dawn', "direct", "Ms. Grant", "told")]


def test_s25enq_closing_mark_whose_opening_mark_was_lost():
    # one sentence per line: a closing mark after a comma with an attribution after it and no mark opened before;
    # the quotation began at the head of its paragraph, the line before (a sentence with no mark and no reporting
    # verb) included
    body = ("The race began in heavy rain.\n"
            "He led for most of the race and finished second.\n"
            "It is a hard day because my team mate drove so well all weekend.\n"
            "The crew have done a brilliant job for both of us,\" said Marsh.\n"
            "The next race is in two weeks.\n")
    assert _s25enq_rows(body) == [
        ("It is a hard day because my team mate drove so well all weekend. The crew have done a brilliant job for "
         "both of us", "direct", "Marsh", "said")]
    # paragraphs: the quotation runs from the paragraph start
    assert _s25enq_rows("The coach spoke after the game.\n\nIt was a hard day for all of us in the squad,\" said "
                        "the coach.\n\nThey fly home on Monday.") == [
        ("It was a hard day for all of us in the squad", "direct", "the coach", "said")]
    # a full stop before the mark, no attribution after it: nothing is read
    assert _s25enq_rows("Q: Are you surprised?\n\nA: I am surprised. We lost,\u201d and then I went home.") == []


def test_s25enq_after_earlier_saying_ends_the_content():
    assert _s25enq_rows("The ferry company says two crew members are missing, after earlier saying everyone had "
                        "been rescued.") == [("two crew members are missing", "indirect", "The ferry company", "says")]


def test_s25enq_as_x_says_interrupting_its_content():
    assert _s25enq_rows("The home side, as the captain says, have every reason to feel confident.") == [
        ("The home side … have every reason to feel confident", "indirect", "the captain", "says")]


def test_s25enq_as_x_put_it_keeps_its_content_after_the_cue():
    assert _s25enq_rows("The mayor, who owed his victory to what, as one aide put it, was a \"minor miracle\" on "
                        "polling day, resigned.") == [
        ("was a \"minor miracle\" on polling day", "mixed", "aide", "put it")]


def test_s25enq_single_marked_quotation_over_several_lines():
    # one sentence per line, single marks only: a quotation opened on one line closes at the end of a later one
    body = ("A body was found in a flat this morning.\n"
            "Police were called shortly after six.\n"
            "Detective Inspector Ruth Hale said: 'The inquiry is at an early stage but I would ask anyone who saw "
            "anything to contact us.\n"
            "I would also ask taxi drivers with dashcam footage to come forward.'\n"
            "The street was closed for most of the day.\n")
    assert _s25enq_rows(body) == [
        ("The inquiry is at an early stage but I would ask anyone who saw anything to contact us. I would also ask "
         "taxi drivers with dashcam footage to come forward.", "direct", "Detective Inspector Ruth Hale", "said")]


# --- s25audit2: detik follow-up (glued sentences, organisation + place, pronouns, comma offices, actors) ---
def _s25audit2_rows(body: str) -> list[tuple[str, str, str, str, str]]:
    return _quote_rows(body, "id", "quote", "kind", "speaker", "speaker_name", "speaker_role")


def test_s25audit2_glued_sentence_end_splits():
    # scraped bodies glue sentences without a space ("tersebut.Selain"): the full stop still ends the sentence, so
    # "kata Rahmat" in the second sentence does not take the first one as its content
    assert _s25audit2_rows("Ia juga memaparkan program pelatihan guru untuk mengatasi masalah tersebut.Selain itu, "
                           "kata Rahmat, pemerintah daerah juga membangun perpustakaan desa.") == [
        ("program pelatihan guru untuk mengatasi masalah tersebut", "indirect", "Ia", "", ""),
        ("pemerintah daerah juga membangun perpustakaan desa", "indirect", "Rahmat", "Rahmat", "")]
    # no cut inside a domain, an amount, an initial or an abbreviation
    from helpers.quotes import _GLUED_END_RE
    assert [m.group() for m in _GLUED_END_RE.finditer(
        "detik.com Rp.5 juta, 2,5 persen, R.B. Supardan, M.Si., Jkt.Pst, kode 9406.XX, jalan.Dia (20/10).Ia "
        'pangan."Kami')] == ["jalan.", ").", "pangan."]


def test_s25audit2_full_stop_after_name_ends_the_speaker():
    # '... ," jelas Wulandari.Sekolah ...': the name after the cue ends at the full stop (glued or not); a title or
    # an abbreviated first name ("Prof.", "Moch.") does not end it
    assert _s25audit2_rows("\"Sebagian sekolah sudah kami data, sisanya menyusul,\" jelas Wulandari.Sekolah yang belum "
                           "terdata akan dikunjungi pekan depan.") == [
        ("Sebagian sekolah sudah kami data, sisanya menyusul", "direct", "Wulandari", "Wulandari", "")]
    assert _s25audit2_rows("\"Data itu belum final,\" kata Prof. Moch. Faruk Rozi.") == [
        ("Data itu belum final", "direct", "Prof. Moch. Faruk Rozi", "Moch. Faruk Rozi", "")]  # (s30idspk: a title
    # alone is no role)


def test_s25audit2_office_short_form_in_brackets_before_name():
    # "Menteri Ketenagakerjaan (Menaker) Yassierli": the office's short form in brackets goes on to the name
    assert _s25audit2_rows("\"Kuota tahap kedua kami buka bulan depan,\" kata Menteri Ketenagakerjaan (Menaker) "
                           "Yassierli di Jakarta.") == [
        ("Kuota tahap kedua kami buka bulan depan", "direct", "Menteri Ketenagakerjaan (Menaker) Yassierli",
         "Yassierli", "Menteri Ketenagakerjaan")]  # (s31idrole: the short form is no part of the role)


def test_s25audit2_organisation_with_place_is_no_person():
    # an organisation word (no office, title or rank) opening the speaker phrase: the place or the rest of the
    # organisation's name after it is no person's name ...
    assert _s25audit2_rows("\"Kami terus memantau kondisi para WNI yang ditahan,\" kata KBRI Kuala Lumpur dalam "
                           "keterangannya, Minggu (19/10/2025).") == [
        ("Kami terus memantau kondisi para WNI yang ditahan", "direct", "KBRI Kuala Lumpur", "KBRI Kuala Lumpur",
         "KBRI Kuala Lumpur")]
    assert _s25audit2_rows("Satgas Penanganan Sampah Kota menyebut volume sampah naik dua kali lipat selama libur "
                           "panjang.") == [
        ("volume sampah naik dua kali lipat selama libur panjang", "indirect", "Satgas Penanganan Sampah Kota",
         "Satgas Penanganan Sampah Kota", "Satgas Penanganan Sampah Kota")]
    # ... unless the article uses the name's word alone as a speaker: an organisation, a place, then a person
    assert _s25audit2_rows("Kejari Bantul Rudi Hartanto mengatakan berkas perkara sudah lengkap.\n\n\"Tersangka akan "
                           "segera disidang,\" kata Rudi.") == [
        ("berkas perkara sudah lengkap", "indirect", "Kejari Bantul Rudi Hartanto", "Rudi Hartanto", "Kejari Bantul"),
        ("Tersangka akan segera disidang", "direct", "Rudi", "Rudi Hartanto", "Kejari Bantul")]


def test_s25audit2_pronoun_skips_organisation_runs():
    # a capitalised run with no name in it ("Departemen Efisiensi Pemerintah") or an organisation named with its
    # short form in brackets ("Badan Usaha Milik Negara (BUMN)") is no person a pronoun can mean
    assert _s25audit2_rows("Elon Musk pernah memimpin Departemen Efisiensi Pemerintah (DOGE) di bawah Trump.\n\n"
                           "Sekarang, dia mengklaim telah membentuk partai baru.") == [
        ("telah membentuk partai baru", "indirect", "dia", "Elon Musk", "")]
    assert _s25audit2_rows("Ekonom senior Rudi Santoso pernah dua puluh tahun bekerja di sebuah Badan Usaha Milik "
                           "Negara (BUMN) sebelum pensiun.\n\nMenurutnya, rencana itu belum matang.") == [
        ("rencana itu belum matang", "indirect", "Menurutnya", "Rudi Santoso", "Ekonom senior")]  # role: s25idspk


def test_s25audit2_actors_child_name_holding_parent_name_stays_apart():
    # "Putri Zulkifli Hasan", called "Putri", is another person than "Zulkifli Hasan" (quoted in articles without her);
    # "Muhammad Tito Karnavian", called "Tito", is "Tito Karnavian"
    from helpers.quotes import actors
    rows = [("a1", "Zulkifli Hasan", "Zulkifli Hasan"), ("a1", "Zulhas", "Zulkifli Hasan"),
            ("a2", "Zulkifli Hasan", "Zulkifli Hasan"),
            ("a3", "Ketua Fraksi Putri Zulkifli Hasan", "Putri Zulkifli Hasan"), ("a3", "Putri", "Putri Zulkifli Hasan"),
            ("a4", "Tito Karnavian", "Tito Karnavian"), ("a4", "Tito", "Tito Karnavian"),
            ("a5", "Muhammad Tito Karnavian", "Muhammad Tito Karnavian"), ("a5", "Tito", "Muhammad Tito Karnavian")]
    q = pd.DataFrame({"article_id": [r[0] for r in rows], "kind": "direct", "speaker": [r[1] for r in rows],
                      "speaker_name": [r[2] for r in rows], "speaker_role": "", "language": "id"})
    a = actors(q, language="id").set_index("actor")["n_quotes"].to_dict()
    assert a == {"Zulkifli Hasan": 3, "Putri Zulkifli Hasan": 2, "Muhammad Tito Karnavian": 4}


# --- s25enspk: English speakers on real news (pronouns after a possessive or apposed subject, one person whose
# surname ends in "s" given a person's role in apposition, a sentence opening with "And") ---
def _s25enspk_rows(body: str) -> list[tuple[str, str, str, str]]:
    return _quote_rows(body, "en", "quote", "kind", "speaker", "speaker_name")


def test_s25enspk_pronoun_after_possessive_subject_is_the_possessor():
    # 'Graham's vote ... "...," he said': the possessor of a subject that is no person is who "he" means; so is
    # the possessor of a relative of the other gender ("Ms Owens' son Dylan ... she said"), not the last person
    # quoted or named
    body = ('Senators Mark Tillman and Peter Graham met the nominee on Tuesday.\n'
            '"It went well," said Tillman.\n'
            "Graham's vote, however, appears settled.\n"
            '"My mind is made up," he said.\n'
            'Laura Owens and Kate Brennan run a support group in Cardiff.\n'
            "Ms Owens' son Dylan was 15 when he fell ill.\n"
            '"Nobody should go through that," she said.')
    assert _s25enspk_rows(body) == [
        ("It went well", "direct", "Tillman", "Mark Tillman"),
        ("My mind is made up", "direct", "he", "Peter Graham"),
        ("Nobody should go through that", "direct", "she", "Laura Owens")]


def test_s25enspk_possessor_with_person_head_is_not_the_pronoun():
    # "Trump's former lawyer ...": the possessed noun is a person, so its possessor is not who "he" means
    body = ('Alan Pierce said the deal was done.\n'
            "Pierce's former lawyer was in court on Monday.\n"
            '"We expect a ruling soon," he said.')
    assert _s25enspk_rows(body)[-1] == ("We expect a ruling soon", "direct", "he", "Alan Pierce")


def test_s25enspk_apposed_subject_and_surname_in_s():
    # "Evo Morales, Bolivia's president - who ... - also has ...": a name ending in "s" with a person's role in
    # apposition is one person, and the subject of the sentence before "he vowed"; so is the name after a role
    # and before an apposition ("Former president Luis Arce, the country's envoy, rejected ...")
    body = ('"We are ready," said Ana Lopez, a diplomat.\n'
            "Carlos Morales, the country's veteran president - who faces an election next year - also has much "
            'at stake.\n'
            '"We are very close to the sea," he vowed in August.\n'
            "Former minister Diego Rivas Tello, the country's envoy at the court, rejected the claim.\n"
            '"Monday will bring a new era," he said.')
    rows = _s25enspk_rows(body)
    assert rows[1] == ("We are very close to the sea", "direct", "he", "Carlos Morales")
    assert rows[-1] == ("Monday will bring a new era", "direct", "he", "Diego Rivas Tello")


def test_s25enspk_subject_after_and_is_the_pronoun():
    body = ('Maria Delgado said the award was "a surprise". '
            'And Jamal Fox, who had two nominations, paid tribute to his grandmother. '
            '"You took a chance, man," he said.')
    assert _s25enspk_rows(body)[-1] == ("You took a chance, man", "direct", "he", "Jamal Fox")


def test_s25enspk_pronoun_after_subject_two_sentences_back_and_fronted_adverbial():
    # a person named as the subject one or two sentences before "he" (after the last quote) is who "he" means,
    # also after a fronted adverbial ("In an interview, ...", "In 1987, when ..., Ms. X, ..., figured")
    body = ('"Aid is arriving slowly," said Maya Lestari, a spokesperson for the relief agency.\n'
            'Rescuers freed a woman on Sunday.\n'
            'Budi Santoso, the coach of the national rowing team, had trained two of the missing athletes.\n'
            'Two of those trapped at the hotel were his students.\n'
            '"I have my own emotional burden," he said.\n'
            'In 1990, when the governor quit the race, Mr. Hadley, deeply frustrated, figured he could run.\n'
            '"It was not a well-thought-out decision," he said.')
    rows = _s25enspk_rows(body)
    assert rows[1] == ("I have my own emotional burden", "direct", "he", "Budi Santoso")
    assert rows[2] == ("It was not a well-thought-out decision", "direct", "he", "Hadley")


def test_s25enspk_sentence_opening_word_is_no_part_of_a_full_name():
    # "To Sexton, the rally was ...": a capitalised function word opening a sentence does not join the surname's
    # full name; the person's full name given elsewhere is the speaker's
    body = ('Jared Sexton, a professor at the university, attended the rally.\n'
            'To Sexton, it was a turning point.\n'
            '"People were comfortable in their anger," Sexton said.')
    assert _s25enspk_rows(body)[-1] == ("People were comfortable in their anger", "direct", "Sexton", "Jared Sexton")


def test_s25enspk_indefinite_speaker_and_pronoun_gender_from_earlier_quotes():
    # 'Somebody called it "..."' leaves no antecedent for a later "she"; a person an earlier quote resolved as "she"
    # is not who a later "he" means; "one Manitoba farmer" (a capitalised modifier and a person noun) is a "he"
    body = ('Patricia Hale, then a congresswoman, had worked on two campaigns.\n'
            '"It was not a well-thought-out decision," she said.\n'
            'Somebody called it "a circus."\n'
            'Because it was late, she vowed that she would not enter the race without $2 million.\n')
    rows = _s25enspk_rows(body)
    assert rows[-1] == ("she would not enter the race without $2 million", "indirect", "she", "Patricia Hale")
    body = ('"The ruling was fair," said Ana Ruiz, a lawyer.\n'
            'The case was not complicated, she suggested.\n'
            'The court will meet again in May.\n'
            'The two countries have not exchanged ambassadors since 1962.\n'
            '"Monday will bring a new era," he said.')
    assert _s25enspk_rows(body)[-1] == ("Monday will bring a new era", "direct", "he", "")
    body = ('One Manitoba farmer told CBC News that pigs are not normally aggressive.\n'
            '"They are just being playful," he said.')
    assert _s25enspk_rows(body)[-1] == ("They are just being playful", "direct", "he", "Manitoba farmer")


def test_s25enspk_organisation_descriptions_in_er_and_names_in_s():
    # "The Japanese carmaker said" is the company named before, not the person quoted last ("carmaker" ends in "-er"
    # like a person noun); a company name ending in "'s" before a verb ("Marston's has been closing") is a name
    body = ('The UK "would regret it forever" if it lost its car industry, Business Secretary Greg Hart has said.\n'
            'He added it was "concerning" that Nissan UK had told the BBC it would halt production.\n'
            'The Japanese carmaker said border delays could cost jobs.')
    assert _s25enspk_rows(body)[-1] == ("border delays could cost jobs", "indirect", "The Japanese carmaker",
                                        "Nissan UK")
    body = ("Greg Hart, the business secretary, said the plan was sound.\n"
            "The pub chain Marston's has been closing pubs in the north since it bought two rivals.\n"
            "The brewer said demand had fallen.")
    assert _s25enspk_rows(body)[-1] == ("demand had fallen", "indirect", "The brewer", "Marston's")


def test_s25enspk_pronoun_after_a_report_by_a_body_is_its_subject():
    # "X demonstrated ..., according to court documents. He stated ...": the subject of the words a document or a
    # body (police) reported just before is who "he" means, not the body
    body = ('Federal prosecutors are seeking a long sentence for Alan Brisket.\n'
            'The last such case, against Tom Weller, ended in a life sentence.\n'
            'Brisket, a native of Ohio, showed no remorse after the attack, according to court documents.\n'
            'He stated to investigators that he felt good about what he had done, police said.')
    rows = _s25enspk_rows(body)
    assert ("he felt good about what he had done", "indirect", "He", "Alan Brisket") in rows


def test_s25enspk_given_name_decides_gender_before_a_shared_surname():
    # "Bill Clinton" is no "she" though the article calls his wife "Mrs. Clinton"; "Mrs. Clinton" as a subject is
    # the woman's full name
    body = ('Hillary Clinton spoke first at the rally.\n'
            'Later, Bill Clinton took the stage.\n'
            'On the campaign trail, Mrs. Clinton regularly pledges to "make sure our economy works for everyone," '
            'as she put it on Wednesday.')
    assert _s25enspk_rows(body)[-1] == ("make sure our economy works for everyone", "direct", "she", "Hillary Clinton")


def test_s25enspk_pronoun_after_a_sentence_with_a_speech_verb_and_no_quote():
    # "Rubio disagreed." / "Trump said in his mock voice." (no quote found there): its subject is who "he" means next
    body = ('"It is clear that he did not fight for the bill," said Chris Cole, the governor.\n'
            'Marco Reyes disagreed.\n'
            '"Leadership is about solving the problem," he said.')
    assert _s25enspk_rows(body)[-1] == ("Leadership is about solving the problem", "direct", "he", "Marco Reyes")


def test_s25enspk_outlet_description_is_the_outlet_quoted_for_its_report():
    # "..., reported KTVA. He appeared in court ..., reported the network": the outlet whose report was quoted last
    body = ('Tom Carver, 29, was arrested on Friday, according to a report released by state troopers.\n'
            'Carver is being held on a $500 bond, reported KTVA.\n'
            'He appeared in court Saturday and pleaded not guilty, reported the network.')
    assert _s25enspk_rows(body)[-1] == ("He appeared in court Saturday and pleaded not guilty", "indirect",
                                        "the network", "KTVA")


# --- s26idspk: Indonesian speakers on translated news, second round ---
def _s26idspk_rows(body: str) -> list[tuple[str, str, str, str, str]]:
    return _quote_rows(body, "id", "quote", "kind", "speaker_name", "speaker_role", "cue")


def test_s26idspk_name_and_open_apposition_after_quotation():
    # '"...," NAME, APPOSITION VERB' (the apposition's closing comma dropped, or a second apposition with a relative
    # clause): the name right after the quotation speaks, the first apposition is its role
    body = ("\"Petani tidak akan lupa,\" Rina Wulandari, seorang penasihat senior dan juru bicara Serikat Tani "
            "Nusantara mengatakannya pada hari Jumat.\n"
            "\"Harga pupuk harus turun,\" Budi Santoso, direktur Lumbung Pangan, sebuah lembaga yang membantu petani "
            "kecil, menuturkan.")
    assert _s26idspk_rows(body) == [
        ("Petani tidak akan lupa", "direct", "Rina Wulandari",
         "seorang penasihat senior dan juru bicara Serikat Tani Nusantara", "mengatakannya"),
        ("Harga pupuk harus turun", "direct", "Budi Santoso", "direktur Lumbung Pangan", "menuturkan")]


def test_s26idspk_outlet_relaying_an_attributed_quotation_is_no_second_quote():
    # ', menurut surat kabar X' after a quotation with its own cue: the outlet relays it (no mixed quote of the outlet)
    body = "\"Kami akan menang,\" kata Rina Wulandari pada hari Jumat, menurut harian Suara Tani."
    assert _s26idspk_rows(body) == [("Kami akan menang", "direct", "Rina Wulandari", "", "kata")]
    # without a quotation of its own the trailing source still reports the clause
    assert _s26idspk_rows("Harga beras naik \"sangat tajam\" pekan ini, menurut Badan Pusat Statistik.") == [
        ("Harga beras naik \"sangat tajam\" pekan ini", "mixed", "Badan Pusat Statistik", "Badan Pusat Statistik",
         "menurut")]


def test_s26idspk_name_and_apposition_before_an_unlisted_verb_after_quotation():
    # '"...," NAME, APPOSITION, VERB ...' after a quotation closed with a comma: the name speaks even when the verb
    # is no cue word; a quotation closed with a full stop stays unattributed
    body = ("\"Ini soal cara mereka memperlakukan petani,\" Budi Santoso, direktur Lumbung Pangan, sebuah lembaga "
            "yang membantu petani kecil, menunjuk ke layar televisi.")
    assert _s26idspk_rows(body) == [
        ("Ini soal cara mereka memperlakukan petani", "direct", "Budi Santoso", "direktur Lumbung Pangan", "menunjuk")]
    assert _s26idspk_rows("\"Ini soal harga.\" Budi Santoso, direktur Lumbung Pangan, menunjuk ke layar.") == []


def test_s26idspk_domain_name_speaks():
    # '"...," weather.com melaporkan.': a news site's domain name before the cue is the speaker
    assert [r[:3] + (r[4],) for r in _s26idspk_rows(
        "\"Hujan lebat diperkirakan turun hingga Kamis,\" weather.com melaporkan.")] == [
        ("Hujan lebat diperkirakan turun hingga Kamis", "direct", "weather.com", "melaporkan")]


def test_s26idspk_pronoun_after_subject_with_open_or_dashed_apposition():
    # a pronoun after a sentence whose subject is a person with an apposition closed by a dash, or left open before
    # the predicate, or a role holding a place before the name, means that person (not the one quoted before)
    body = ("\"Kami menolak usulan itu,\" kata Rina Wulandari, juru bicara oposisi.\n"
            "Budi Santoso, Presiden partai yang memimpin koalisi sejak 2019 - juga mendapat dukungan luas.\n"
            "\"Kami sudah sangat dekat dengan kemenangan,\" dia bersumpah.\n"
            "Mantan menteri Joko Widagdo, wakil pemerintah di Den Haag menolak ide itu.\n"
            "\"Keputusan cepat tidak membantu,\" katanya.\n"
            "Setelah pertemuan di Jenewa, diplomat tertinggi Korea Selatan Kang Min Jae berbicara kepada wartawan.\n"
            "Sebaliknya, dia mencatat, sanksi tetap berlaku.")
    assert [(r[0], r[2], r[3]) for r in _s26idspk_rows(body)] == [
        ("Kami menolak usulan itu", "Rina Wulandari", "juru bicara oposisi"),
        ("Kami sudah sangat dekat dengan kemenangan", "Budi Santoso", ""),
        ("Keputusan cepat tidak membantu", "Joko Widagdo", "Mantan menteri"),
        ("sanksi tetap berlaku", "Kang Min Jae", "diplomat tertinggi Korea Selatan")]


def test_s26idspk_pronoun_after_returning_speaker_named_bare():
    # a person quoted before, named bare as the subject of the sentence right before with a verb of speaking or of
    # holding a view, speaks again ("X berpandangan lebih optimis. '...,' kata dia"); a participant's act does not
    body = ("Gubernur Budi Santoso mengatakan bahwa anggaran tahun ini cukup.\n"
            "Diplomat senior Kang Min Jae berbicara kepada wartawan.\n"
            "Sebaliknya, dia mencatat, sanksi tetap berlaku.\n"
            "Budi berpandangan lebih optimis dalam pidatonya.\n"
            "\"Kita melakukan yang terbaik,\" kata dia.\n"
            "Kang dihadiahi tepuk tangan oleh hadirin.\n"
            "\"Semua berjalan lancar,\" katanya.")
    assert [(r[0], r[2], r[3]) for r in _s26idspk_rows(body)] == [
        ("anggaran tahun ini cukup", "Budi Santoso", "Gubernur"), ("sanksi tetap berlaku", "Kang Min Jae", "Diplomat senior"),
        ("Kita melakukan yang terbaik", "Budi Santoso", "Gubernur"), ("Semua berjalan lancar", "Budi Santoso", "Gubernur")]


def test_s26idspk_name_after_di_in_open_apposition_is_no_subject():
    # "NAME, APPOSITION di PLACE VERB" (the apposition's closing comma dropped): the name after "di" is a place,
    # the name opening the sentence speaks (a personal title dropped)
    body = "Pendeta Budi Santoso, putra pendiri dan penggantinya di Gereja Bethel mengatakan bahwa gereja akan dibangun."
    assert _s26idspk_rows(body) == [
        ("gereja akan dibangun", "indirect", "Budi Santoso", "putra pendiri dan penggantinya di Gereja Bethel",
         "mengatakan bahwa")]


def test_s26idspk_told_passive_before_quotation_names_no_speaker():
    # 'Dia diberi tahu, "..."' ("she was told"): the subject heard the words, no teller named
    body = "Rina Wulandari menceritakan masa kecilnya.\nDia diberi tahu, \u201cKamu harus kuat ketika semua orang ragu.\u201d"
    assert _s26idspk_rows(body) == [
        ("Kamu harus kuat ketika semua orang ragu.", "direct", "", "", "diberi tahu")]


def test_s26idspk_indefinite_speaker_of_first_sentence_named_next():
    # '..., ujar seorang anggota parlemen.' opening the article, the next sentence naming a person in full who
    # speaks: that person is the one meant
    body = ("Harga beras di pasar tradisional naik tajam dalam sebulan terakhir, ujar seorang anggota parlemen.\n"
            "Rina Wulandari, mengutip data kementerian perdagangan, berkata harga naik 20 persen.\n")
    assert [(r[0], r[2]) for r in _s26idspk_rows(body)] == [
        ("Harga beras di pasar tradisional naik tajam dalam sebulan terakhir", "Rina Wulandari"),
        ("harga naik 20 persen", "Rina Wulandari")]


# --- s26enq: English quote finding on real news, second round ---
def _s26enq_rows(body: str) -> list[tuple[str, str, str, str]]:
    return _quote_rows(body, "en", "quote", "kind", "speaker", "cue")


def test_s26enq_subject_with_behind_inside_within_across():
    # a preposition of place inside the subject phrase: the head noun before it speaks, not the noun after it
    assert _s26enq_rows("The company behind the parking app said it was looking into the complaints.") == [
        ("it was looking into the complaints", "indirect", "The company behind the parking app", "said")]
    assert _s26enq_rows("Sources inside the ministry said the budget would be cut again.") == [
        ("the budget would be cut again", "indirect", "Sources inside the ministry", "said")]
    assert _s26enq_rows("Officials within the union say the strike will go ahead next week.") == [
        ("the strike will go ahead next week", "indirect", "Officials within the union", "say")]


def test_s26enq_who_claims_is_a_verb():
    # after "who" a noun-like cue ("claims", "thinks") is the relative clause's verb
    assert _s26enq_rows("The club is now run by a property developer who claims he can double its income.") == [
        ("he can double its income", "indirect", "a property developer", "claims")]
    assert _s26enq_rows("Mr Hale, who claims the council ignored his letters, is taking legal action.") == [
        ("the council ignored his letters", "indirect", "Mr Hale", "claims")]


def test_s26enq_rejected_the_idea_that():
    # rejecting a proposition reports it; only with "that"
    assert _s26enq_rows("The coach rejected the idea that his players had lost interest in the cup.") == [
        ("his players had lost interest in the cup", "indirect", "The coach", "rejected the idea that")]
    assert _s26enq_rows("The mayor spoke for an hour, dismissing the notion that the city was running out of "
                        "money.") == [("the city was running out of money", "indirect", "The mayor",
                                       "dismissing the notion that")]
    assert _s26enq_rows("The board rejected the idea of a merger with its rival.") == []


def test_s26enq_heard_saying_passive_of_perceiving():
    # "was heard telling X that ...": the subject of the passive verb of perceiving speaks
    assert _s26enq_rows("A firefighter was heard telling residents that the road would stay closed overnight.") == [
        ("the road would stay closed overnight", "indirect", "A firefighter", "telling")]
    assert _s26enq_rows("The manager was overheard saying he would resign at the end of the season.") == [
        ("he would resign at the end of the season", "indirect", "The manager", "saying")]
    assert _s26enq_rows("The striker was seen telling jokes to the crowd before kick-off.") == []


def test_s26enq_assembly_member_am_is_no_be():
    # "AM" (Assembly Member) after a party name is no form of "be" before a passive participle
    assert _s26enq_rows("A Conservative AM said the new name would confuse voters.") == [
        ("the new name would confuse voters", "indirect", "A Conservative AM", "said")]


def test_s26enq_protested_that():
    # "protested that ..." reports an objection; "protested outside ..." reports nothing
    assert _s26enq_rows("Local traders have protested that the new parking charges will drive shoppers away.") == [
        ("the new parking charges will drive shoppers away", "indirect", "Local traders", "protested that")]
    assert _s26enq_rows("Hundreds of students protested outside the embassy on Friday.") == []


# --- s26idrec: Indonesian quote recall on translated news, round two (NTREX id) ---
def _s26idrec_rows(body: str) -> list[tuple[str, str, str, str]]:
    return _quote_rows(body, "id", "quote", "kind", "speaker", "speaker_name")


def test_s26idrec_lower_case_name_particle():
    # "al-" / "el-" joined to a capitalised surname is part of the name, as in English
    body = "Menteri luar negeri Khalid al-Yamani mengatakan bahwa perundingan damai akan dilanjutkan bulan depan."
    assert _s26idrec_rows(body) == [("perundingan damai akan dilanjutkan bulan depan", "indirect", "Khalid al-Yamani",
                                     "Khalid al-Yamani")]


def test_s26idrec_nested_attribution_both_reports():
    # "X mengatakan bahwa CLAUSE, ungkap/kata SOURCE.": the inner report ends before the outer source's comma, and
    # the outer source reports the whole clause (both kept, as PolNeAR and the English rules do)
    body = ("Saat diperiksa penyidik, dia mengatakan bahwa dia tidak menyesali perbuatannya, ungkap pihak kepolisian.\n"
            "Petugas mengatakan bahwa jalan itu akan ditutup hingga sore, Reuters melaporkan.")
    assert _s26idrec_rows(body) == [
        ("Saat diperiksa penyidik, dia mengatakan bahwa dia tidak menyesali perbuatannya", "indirect",
         "pihak kepolisian", "pihak kepolisian"),
        ("dia tidak menyesali perbuatannya", "indirect", "dia", ""),
        ("Petugas mengatakan bahwa jalan itu akan ditutup hingga sore", "indirect", "Reuters", "Reuters"),
        ("jalan itu akan ditutup hingga sore", "indirect", "Petugas", "Petugas")]


def test_s26idrec_cue_coordinated_with_a_clause_shares_its_subject():
    # "X VERB ... dan mengatakan bahwa ...": the subject of the first clause speaks (not "X VERB OBJ tersebut" read
    # as a description closed by a demonstrative); "Perwira menengah itu" stays a description
    body = ("Tim SAR menemukan puing pesawat tersebut di perairan Selat Sunda dan mengatakan bahwa pencarian korban "
            "masih berlangsung.")
    assert _s26idrec_rows(body) == [("pencarian korban masih berlangsung", "indirect", "Tim SAR", "Tim SAR")]


def test_s26idrec_floating_keduanya_after_the_subject():
    # "X dan Y keduanya menyatakan": a floating quantifier between the subject and the cue; opening the sentence,
    # "Keduanya mengaku" keeps it as the subject
    body = ("Ridwan Kamil dan Yana Mulyana keduanya menyatakan pembangunan jalan tol itu akan selesai tahun depan.\n\n"
            "Keduanya mengaku tidak mengenal korban.")
    rows = _s26idrec_rows(body)
    assert [(r[0], r[2]) for r in rows] == [
        ("pembangunan jalan tol itu akan selesai tahun depan", "Ridwan Kamil dan Yana Mulyana"),
        ("tidak mengenal korban", "Keduanya")]


def test_s26idrec_dan_katanya_and_relative_yang_katanya():
    # "..., dan katanya CLAUSE" ("and he said ...") and "..., yang katanya PREDICATE" ("which it says ...") report
    # the clause after the clitic; a relative "yang katanya" with no comma before it is hearsay ("so-called")
    body = ("Pelatih Shin Tae-yong menerima tawaran itu pekan lalu, dan katanya kontrak baru akan ditandatangani bulan "
            "depan.\n\nPerusahaan itu membeli dua pabrik baru tahun lalu, yang katanya telah menaikkan produksi hingga "
            "30 persen.\n\nObat yang katanya ampuh itu ternyata palsu.")
    rows = _s26idrec_rows(body)
    assert [(r[0], r[1], r[2]) for r in rows] == [
        ("kontrak baru akan ditandatangani bulan depan", "indirect", "katanya"),
        ("telah menaikkan produksi hingga 30 persen", "indirect", "katanya")]
    assert rows[0][3] == "Shin Tae-yong"


def test_s26idrec_relative_yang_menurut_source():
    # "..., yang menurut X PREDICATE" ("which X says ..."): the relative clause's predicate is X's report, X a name,
    # a role or a bare common noun; a comma and the main predicate after it close the relative clause
    body = ("Pemerintah menaikkan tarif impor baja, yang menurut para ekonom akan memperlambat pertumbuhan.\n"
            "Akan terjadi antrean di pelabuhan, yang menurut industri dapat menyebabkan kelangkaan suku cadang.\n"
            "Aturan itu, yang menurut Sri Mulyani sudah dibahas sejak lama, akan berlaku Januari.")
    rows = _s26idrec_rows(body)
    assert [(r[0], r[2]) for r in rows] == [
        ("akan memperlambat pertumbuhan", "para ekonom"),
        ("dapat menyebabkan kelangkaan suku cadang", "industri"),
        ("sudah dibahas sejak lama", "Sri Mulyani")]


def test_s26idrec_clause_before_colon_and_quotation():
    # 'X mengatakan CLAUSE: "QUOTE"': the clause is X's indirect report and the quotation X's direct quote (the cue
    # takes both); an addressee before the colon is no report
    body = ('Ketua serikat pekerja Budi Hartono mengatakan anggotanya semakin khawatir: "Sekali pabrik tutup, '
            'pekerjaan tidak akan kembali."\n\n'
            'Dia berkata keputusan itu sangat berat bagi keluarganya: "Kami harus mulai dari awal lagi."\n\n'
            'Juru bicara kementerian mengatakan kepada wartawan: "Kami sudah menyiapkan rencana cadangan."')
    rows = _s26idrec_rows(body)
    assert [(r[0], r[1], r[3]) for r in rows] == [
        ("anggotanya semakin khawatir", "indirect", "Budi Hartono"),
        ("Sekali pabrik tutup, pekerjaan tidak akan kembali.", "direct", "Budi Hartono"),
        ("keputusan itu sangat berat bagi keluarganya", "indirect", "Budi Hartono"),
        ("Kami harus mulai dari awal lagi.", "direct", "Budi Hartono"),
        ("Kami sudah menyiapkan rencana cadangan.", "direct", "Juru bicara kementerian")]


def test_s26idrec_addressee_or_time_alone_after_a_cue_reports_nothing():
    # "X mengatakan kepada The Hill untuk sebuah artikel ...", "X mengatakannya pada hari Jumat": an addressee or a
    # time with no clause after a cue of saying is no report; with a clause after it the report stays
    body = ("Rektor Universitas Andalas Yuliandri mengatakan kepada Kompas untuk sebuah laporan yang terbit pada hari "
            "Sabtu.\n\nKetua panitia Rina Wulandari mengatakannya pada hari Jumat.\n\n"
            "Kepala dinas Bambang Susilo mengatakan kepada wartawan harga cabai akan turun pekan depan.")
    rows = _s26idrec_rows(body)
    assert [(r[0], r[3]) for r in rows] == [
        ("kepada wartawan harga cabai akan turun pekan depan", "Bambang Susilo")]


def test_s26idrec_as_reported_by_source():
    # "Seperti/Sebagaimana dilaporkan X, CLAUSE" and "CLAUSE, seperti dilaporkan oleh X." (English "as reported by
    # X"): X's report, the inner report keeping its own speaker; no agent ("Seperti diberitakan sebelumnya") no quote
    body = ("Seperti dilaporkan Reuters, Menteri Energi Bahlil Lahadalia mengatakan bahwa harga BBM tidak akan naik "
            "tahun ini.\n\nTersangka dibebaskan dengan uang jaminan Rp 50 juta, seperti dilaporkan oleh Kompas TV.\n\n"
            "Seperti diberitakan sebelumnya, banjir merendam tiga desa di Kabupaten Bekasi.")
    rows = _s26idrec_rows(body)
    assert [(r[0], r[2]) for r in rows] == [
        ("Menteri Energi Bahlil Lahadalia mengatakan bahwa harga BBM tidak akan naik tahun ini", "Reuters"),
        ("harga BBM tidak akan naik tahun ini", "Menteri Energi Bahlil Lahadalia"),
        ("Tersangka dibebaskan dengan uang jaminan Rp 50 juta", "Kompas TV")]


def test_s26idrec_police_report_and_translated_state_police():
    # "Berdasarkan laporan polisi, CLAUSE": a police report states the clause (not "Berdasarkan laporan terbaru BPS",
    # a report of findings); "polisi" means the translated state police named before ("Kepolisian Negara Bagian X")
    body = ("Seorang pria ditangkap di Anchorage, menurut Kepolisian Negara Bagian Alaska.\n"
            "Berdasarkan laporan polisi, pria itu merampas telepon dari seorang kenalannya.\n\n"
            "Berdasarkan laporan terbaru BPS, tingkat kemiskinan turun menjadi 8,5 persen.")
    rows = _s26idrec_rows(body)
    assert [(r[0], r[2], r[3]) for r in rows] == [
        ("Seorang pria ditangkap di Anchorage", "Kepolisian Negara Bagian Alaska", "Kepolisian Negara Bagian Alaska"),
        ("pria itu merampas telepon dari seorang kenalannya", "polisi", "Kepolisian Negara Bagian Alaska")]


def test_s26idrec_organisation_described_with_demonstrative():
    # "Perusahaan itu mengatakan ...", "Pembuat mobil asal Jepang itu mengatakan ...": an organisation described with
    # a demonstrative opens the clause as the subject (kept as written: which company it means is not resolved)
    body = ("Produsen baja PT Krakatau Steel menutup dua pabriknya.\n"
            "Perusahaan itu mengatakan penutupan akan berlangsung hingga akhir tahun.\n"
            "Pembuat mobil asal Jepang itu mengatakan produksi di Karawang akan dikurangi separuh.")
    rows = _s26idrec_rows(body)
    assert [(r[0], r[2]) for r in rows] == [
        ("penutupan akan berlangsung hingga akhir tahun", "Perusahaan itu"),
        ("produksi di Karawang akan dikurangi separuh", "Pembuat mobil asal Jepang itu")]


def test_s26idrec_report_closed_by_a_trailing_source():
    # "X mengungkapkan juga kepada pihak yang berwenang bahwa CLAUSE, sebagaimana isi dakwaan." / "..., menurut
    # polisi.": the inner report ends before the source closing the sentence ("juga" and a relative inside the
    # addressee are no content); "menurut polisi" reports the whole clause
    body = ("Tersangka mengungkapkan juga kepada pihak yang berwenang bahwa dia membeli senjata itu secara daring, "
            "sebagaimana isi dakwaan.\n\nPria itu mengaku telah menembak korban dua kali, menurut polisi.")
    rows = _s26idrec_rows(body)
    assert [(r[0], r[2]) for r in rows] == [
        ("dia membeli senjata itu secara daring", "Tersangka"),
        ("Pria itu mengaku telah menembak korban dua kali", "polisi"),
        ("telah menembak korban dua kali", "Pria itu")]


def test_s26idrec_report_inside_a_leading_subordinate_clause():
    # "Setelah/Saat X mengumumkan bahwa CLAUSE, ia/dia ...": the report ends where the main clause's pronoun subject
    # follows the comma; a pronoun after the subordinator is the cue's subject, also after an act of speaking
    # ("Saat ia berpidato mengumumkan bahwa ...")
    body = ("Setelah kantor gubernur mengeluarkan pernyataan bahwa ia akan maju lagi, ia dikerumuni wartawan.\n\n"
            "Saat ia berpidato mengumumkan bahwa dia mundur dari pencalonan, dia menangis.")
    rows = _s26idrec_rows(body)
    assert [(r[0], r[2]) for r in rows] == [
        ("ia akan maju lagi", "gubernur"), ("dia mundur dari pencalonan", "ia")]


def test_s26idrec_existential_clause_after_weak_cue():
    # "menyampaikan tersisa/terdapat ...": an existential clause after a weak cue is reported, as after "ada"; not
    # after a cue of recording figures ("mencatat terdapat ...": an agency's statistics)
    body = ("Pihak rumah sakit menyampaikan tersisa tiga pasien di ruang isolasi pada Senin.\n\n"
            "Badan Pusat Statistik mencatat terdapat 12 provinsi dengan inflasi di atas 3 persen.")
    rows = _s26idrec_rows(body)
    assert [(r[0], r[2]) for r in rows] == [("tersisa tiga pasien di ruang isolasi pada Senin", "Pihak rumah sakit")]


def test_s26idrec_cue_with_object_clitic():
    # "CLAUSE, X akan mengumumkannya hari ini.": the clitic object ("it") is the clause before; after such a cue a
    # circumstance is no content ("mengatakannya dalam rapat ..."), a "bahwa" clause still is
    body = ("Pajak kendaraan listrik akan dihapus mulai tahun depan, Menteri Keuangan Sri Mulyani akan "
            "mengumumkannya hari ini.\n\nBudi Santoso mengatakannya dalam rapat di Gedung DPR pada hari Senin.\n\n"
            "Ani Lestari menyampaikannya kepada wartawan bahwa harga cabai akan turun.")
    rows = _s26idrec_rows(body)
    assert [(r[0], r[3]) for r in rows] == [
        ("Pajak kendaraan listrik akan dihapus mulai tahun depan", "Sri Mulyani"),
        ("harga cabai akan turun", "Ani Lestari")]


# --- s26enspk: English speakers on real news, second round ---
def _s26enspk_rows(body: str) -> list[tuple[str, str, str, str]]:
    return _quote_rows(body, "en", "quote", "kind", "speaker", "speaker_name")


def test_s26enspk_it_is_the_organisation_subject_before_it():
    # "it" after a person was quoted: the organisation that is the subject of the sentence before (after the last
    # quote), or of its own sentence before it; a sentence opening with a common word ("Pre-tax profits") names none
    body = ('"We are cutting costs wherever we can," said Anna Berg, an analyst at Nordbank.\n'
            'Halvard Airlines has been hit by rising fuel prices. It has said it needs to cut 2,000 jobs.\n'
            'Halvard Airlines is also selling planes, which it says will raise $300m.\n'
            '"The outlook remains difficult," said Tom Reyes, a pilot.\n'
            'Pre-tax profits fell by a third. It said margins would recover next year.')
    rows = _s26enspk_rows(body)
    assert ("it needs to cut 2,000 jobs", "indirect", "It", "Halvard Airlines") in rows
    assert ("will raise $300m", "indirect", "it", "Halvard Airlines") in rows
    assert rows[-1] == ("margins would recover next year", "indirect", "It", "")


def test_s26enspk_company_is_the_organisation_that_spoke_before_an_event_name():
    # "the company" is the organisation that "had told" something (a speech verb after an auxiliary), named with its
    # country branch ("Kessler UK") and alone elsewhere, not an event name written as often ("Brexit")
    body = ('Ministers warned of the cost of a no-deal Brexit on Monday.\n'
            'Kessler UK had told the BBC that it would halt production at its plant after Brexit.\n'
            'A no-deal Brexit could cost thousands of jobs in the region.\n'
            "Kessler's plant in Swindon makes 90,000 vans a year.\n"
            'Parts would run out within a day, the company said.')
    assert _s26enspk_rows(body)[-1] == ("Parts would run out within a day", "indirect", "the company", "Kessler")


def test_s26enspk_company_is_the_subject_before_its_apposition():
    # "Halden Power Systems, a provider of ..., today announced ...": the name before the apposition is the subject
    body = ('Halden Power Systems, a leading provider of battery storage, today announced a new plant in Texas.\n'
            'The plant will open in 2028, the company said.')
    assert _s26enspk_rows(body)[-1] == ("The plant will open in 2028", "indirect", "the company", "Halden Power Systems")


def test_s26enspk_lead_description_is_the_person_named_next():
    # a description opening the article, definite or not, stands for the person the next sentence has as its
    # subject (after a dateline, a fronted adverbial; "mum-of-three": a kin noun), not for one the lead names itself
    rows = _s26enspk_rows('The city regulator\'s chairman has said he is willing to ease the new rules on small firms.\n'
                          'In a speech in Leeds, Martin Okafor promised "a lighter touch".')
    assert rows[0] == ("he is willing to ease the new rules on small firms", "indirect", "The city regulator's chairman",
                       "Martin Okafor")
    rows = _s26enspk_rows('SPOKANE, Wash. — A former treasurer for the county told jurors Monday that she had been told '
                          'to shred the ledgers.\n'
                          'Lorna Pike, 61, testified on the second day of the trial.')
    assert rows[0][3] == "Lorna Pike"
    rows = _s26enspk_rows('A mum-of-two who won a car in a raffle says she will give it to her neighbour.\n'
                          'Jodie Kerr, 38, from Hull, bought the ticket at a school fair.')
    assert rows[0][3] == "Jodie Kerr"
    rows = _s26enspk_rows('Pop star Lina Cole is to marry producer Sam Ortiz, the singer\'s agent has confirmed.\n'
                          'Ortiz, 30, proposed in Paris last week.')
    assert rows[0][3] != "Sam Ortiz"


def test_s26enspk_passive_told_by_agent_is_the_speaker():
    # "X was told by Y (that) CLAUSE": Y told it, not X (the addressee); the clause after the agent is the content
    rows = _s26enspk_rows('He was told by doctors that he would never walk again.\n'
                          'The court was told by prosecutors the gun was never found.')
    assert rows == [("he would never walk again", "indirect", "doctors", "doctors"),
                    ("the gun was never found", "indirect", "prosecutors", "prosecutors")]


def test_s26enspk_our_correspondent_is_the_outlet_journalist_quoted_last():
    # "our correspondent" is the outlet's own journalist quoted just before ("the BBC's X in Y"), never another person
    rows = _s26enspk_rows("Exports have doubled in five years, says the BBC's Mark Oduya in Lagos. But the boom may not "
                          "last long, our correspondent says.\n"
                          "Mr Tanko says he was shocked by the decision. Our correspondent says that most banks have "
                          "refused to comment.")
    assert rows[1] == ("But the boom may not last long", "indirect", "our correspondent", "Mark Oduya")
    assert rows[-1][2:] == ("Our correspondent", "correspondent")


def test_s26enspk_subject_with_a_participle_clause_and_a_lead_organisation_description():
    # "The airline operating a flight that crashed ... in Fiji now says": the head noun phrase is the subject (not the
    # place inside its clause); opening the article, "the airline" is the airline named as the next sentence's subject
    rows = _s26enspk_rows('The airline operating a ferry flight that crashed into a reef in Fiji now says two crew '
                          'members are missing.\n'
                          'Air Tavua said in a statement that it was working with local police.')
    assert rows[0] == ("two crew members are missing", "indirect", "The airline", "Air Tavua")


def test_s26enspk_acronym_is_the_name_its_initials_spell():
    # "the NRA said" after "the National Rivers Authority" with no "(NRA)": the one name whose initials spell it
    rows = _s26enspk_rows('A new report from the National Rivers Authority shows lower nitrate levels in the Severn.\n'
                          'The NRA said the improvement was due to tighter rules on farms.')
    assert rows[-1] == ("the improvement was due to tighter rules on farms", "indirect", "The NRA",
                        "National Rivers Authority")


def test_s26enspk_age_before_the_apposed_name():
    # "A survivor, 45-year-old X, said": the name after the age (and role words) speaks; the description is its role
    rows = _s26enspk_rows('One resident, 62-year-old farmer Tom Reed, said the water came in at night. "We lost '
                          'everything," he told AFP.')
    assert rows == [("the water came in at night", "indirect", "Tom Reed", "Tom Reed"),
                    ("We lost everything", "direct", "he", "Tom Reed")]


def test_s26enspk_it_is_the_organisation_subject_of_a_subordinate_clause_before():
    # "The new plan comes after Marlow's sold its cafe chain ... It said ...": a thing that says nothing opens the
    # sentence before; the organisation that is the subject of its subordinate clause is "it"
    rows = _s26enspk_rows('"Our stores have never looked better," said Anne Fry, the chief executive of Marlow\'s.\n'
                          'The new plan comes after Marlow\'s sold its cafe chain to Brewland for £40m last year.\n'
                          'It said the cafes would stay open under the new owner.')
    assert rows[-1] == ("the cafes would stay open under the new owner", "indirect", "It", "Marlow's")


def test_s26enspk_role_then_described_name_in_apposition():
    # "The chair of judges, the critic X Y, described ...": the name after the role words of the apposition speaks
    rows = _s26enspk_rows("The Welsh poet Mari Evans has won this year's Grove prize.\n"
                          "The chair of judges, the broadcaster Daniel Okoro, said the collection was 'a fearless and "
                          "tender debut'. He said the panel had agreed within minutes.")
    assert rows[-1] == ("the panel had agreed within minutes", "indirect", "He", "Daniel Okoro")
    assert rows[-2][2:] == ("Daniel Okoro", "Daniel Okoro")


# --- s26speed: pattern rewrites and pre-tests keep the same matches ---
def test_s26speed_local_place_pattern_same_matches():
    import itertools
    import re

    from helpers import quotes as q_mod

    upper = q_mod._UPPER
    old = re.compile(rf"\b(?:Kabupaten|Kab\.|(?<!Wali )Kota|Provinsi|Pemkab|Pemkot|Pemprov|Kecamatan|Polres|Polresta)"
                     rf"[ \t]+([{upper}][a-z]{{2,}})\b(?![ \t]*[{upper}])")
    heads = ["Kabupaten", "Kab.", "Kota", "Provinsi", "Pemkab", "Pemprov", "Kecamatan", "Polres", "Polresta", "Kot"]
    for before, head, after in itertools.product(["", "x", "é", "Wali ", "(", "1"], heads,
                                                 [" Agam", "\tAgam", " Agam Benni", " Ag", " agam", " Denpasar."]):
        text = f"Warga {before}{head}{after} mengeluh."
        assert [m.groups() for m in q_mod._ID_LOCAL_PLACE_RE.finditer(text)] == \
            [m.groups() for m in old.finditer(text)], text
    assert q_mod._id_local_places("Bupati Kabupaten Agam dan Wali Kota Maulana hadir di Polresta Denpasar.") == \
        frozenset({"Agam", "Denpasar"})


def test_s26speed_glued_end_pre_test():
    from helpers import quotes as q_mod

    for text in ("Harga naik tersebut.Selain itu, pasokan turun.", 'Ia datang pangan."Kami siap," katanya.',
                 "Skornya 2-1.GOL!Arsenal menang.", "Laga selesai (20/10).Ia pulang."):
        assert q_mod._GLUED_END_RE.search(text) and q_mod._GLUED_END_PRE_RE.search(text), text
    for text in ("Situs detik.com melaporkan.", "Dibayar Rp.5 juta.", "Kode 9406.XX dipakai.", "The U.S. said no."):
        assert not q_mod._GLUED_END_RE.search(text), text
    rows = extract_quotes(pd.DataFrame([{"article_id": 1, "language": "id", "body":
                                         'Harga beras naik tajam bulan ini.Menurut Budi Santoso, pasokan dari '
                                         'petani sedang turun karena musim kering."Kami terus memantau," ujar Budi.'}]),
                          workers=1)
    assert [(r.quote, r.speaker_name) for r in rows.itertuples()] == [
        ("pasokan dari petani sedang turun karena musim kering", "Budi Santoso"), ("Kami terus memantau", "Budi Santoso")]


# --- s27iddir: Indonesian direct quotes: a long role phrase before the name, a place segment in the apposition ---
def test_s27iddir_role_lead_before_name():
    rows = extract_quotes(pd.DataFrame([{"article_id": 1, "language": "id", "body":
                                         "Partai itu kalah dalam pemilihan kemarin.\n"
                                         '"Hasil ini sudah diduga sejak awal," pengamat hukum tata negara senior Budi '
                                         "Santoso mengatakan kepada wartawan.\n"
                                         '"Semangat pemilih akan tetap tinggi," analis politik non partai Siti '
                                         "Rahmawati, mengatakan kepada situs berita itu."}]), workers=1)
    assert [(r.kind, r.quote, r.speaker_name, r.cue) for r in rows.itertuples()] == [
        ("direct", "Hasil ini sudah diduga sejak awal", "Budi Santoso", "mengatakan"),
        ("direct", "Semangat pemilih akan tetap tinggi", "Siti Rahmawati", "mengatakan")]


def test_s27iddir_apposition_place_segment():
    rows = extract_quotes(pd.DataFrame([{"article_id": 1, "language": "id", "body":
                                         "Partai itu kalah dalam pemilihan kemarin.\n"
                                         'Hasil ini tidak bisa dicegah," Rudi Hartono, seorang dosen ilmu politik di '
                                         "Fakultas Hukum, Universitas Airlangga mengatakan kepada wartawan pada hari "
                                         "Sabtu."}]), workers=1)
    assert [(r.kind, r.quote, r.speaker_name, r.cue) for r in rows.itertuples()] == [
        ("direct", "Hasil ini tidak bisa dicegah", "Rudi Hartono", "mengatakan")]


# --- s27enind: false English indirect quotes on real news ---


def test_s27enind_public_appeal_is_no_quote():
    body = ("Police said a man had been arrested after the fire in Leeds.\n"
            "Anyone with information is asked to call 101 or contact Crimestoppers anonymously.\n"
            "Witnesses are also urged to come forward.")
    rows = extract_quotes(pd.DataFrame([{"article_id": 1, "language": "en", "body": body}]), workers=1)
    assert [(r.quote, r.kind, r.speaker_name) for r in rows.itertuples()] == [
        ("a man had been arrested after the fire in Leeds", "indirect", "Police")]
    # a named addressee of a request keeps its report
    rows = extract_quotes(pd.DataFrame([{"article_id": 2, "language": "en", "body":
                                         "The mayor asked residents to stay indoors until the storm had passed."}]),
                          workers=1)
    assert [(r.quote, r.speaker_name) for r in rows.itertuples()] == [
        ("residents to stay indoors until the storm had passed", "mayor")]


def test_s27enind_finding_verb_in_lead_of_quoted_fragment():
    lead = "The council met on Monday.\n"
    rows = extract_quotes(pd.DataFrame([
        {"article_id": 1, "language": "en", "body": lead + 'That the vote took only ten minutes indicates the plan '
                                                            '"was never in doubt," said Maria Lopez, a local lawyer.'},
        {"article_id": 2, "language": "en", "body": lead + 'Roberts, who estimates that the repairs will cost '
                                                            '"millions," described the damage as "shocking."'}]),
        workers=1)
    got = [(r.article_id, r.quote, r.kind, r.speaker_name) for r in rows.itertuples()]
    assert got[0] == (1, 'That the vote took only ten minutes indicates the plan "was never in doubt"', "mixed",
                      "Maria Lopez")
    assert len([g for g in got if g[0] == 1]) == 1
    # a finding verb after a relative pronoun is the person's own report: no widening across it
    assert all(not g[1].startswith("Roberts") for g in got if g[0] == 2)


# --- s28enspk: English direct-quote speakers on real news ---

def test_s28enspk_chanted_quotation_relayed_by_outlet():
    body = ('On Friday morning, protesters chanted "We will not go away!" as they marched in the hallway of the '
            'Capitol as senators chose to move forward with the bill, the Guardian reported.')
    rows = extract_quotes(pd.DataFrame([{"article_id": 1, "language": "en", "body": body}]), workers=1)
    got = sorted((r.kind, r.quote, r.speaker_name, r.cue) for r in rows.itertuples())
    # the chanters say the quotation; the outlet reports the whole clause, not the chant again
    assert got == [("direct", "We will not go away!", "protesters", "chanted"),
                   ("mixed", body[:-len(", the Guardian reported.")], "Guardian", "reported")]


# --- s28idspk: Indonesian pronoun and clitic speakers ---
def test_s28idspk_pronoun_quote_before_named_continuation():
    body = ("Dalam wawancara hari Minggu, wartawan bertanya kepada Senator Budi Santoso dan Senator Andi Wijaya "
            "tentang rencana itu.\n"
            "Namun, sepertinya sikap Andi tidak akan berubah.\n"
            "\"Saya sudah memutuskan soal anggaran ini, dan butuh alasan yang lebih kuat untuk mengubahnya,\" katanya.\n"
            "\"Saya tidak tahu apa yang akan terjadi, tetapi rakyat menunggu,\" Andi menambahkan.")
    rows = extract_quotes(pd.DataFrame([{"article_id": 1, "language": "id", "body": body}]), workers=1)
    got = [(r.quote, r.kind, r.speaker, r.speaker_name) for r in rows.itertuples()]
    assert got == [
        ("Saya sudah memutuskan soal anggaran ini, dan butuh alasan yang lebih kuat untuk mengubahnya", "direct",
         "katanya", "Andi Wijaya"),
        ("Saya tidak tahu apa yang akan terjadi, tetapi rakyat menunggu", "direct", "Andi", "Andi Wijaya")]
    # a continuation by a person brought in with a role leaves the pronoun alone
    body2 = ("Kepala Dinas Kesehatan Rina Lestari meninjau lokasi banjir pada Senin.\n"
             "\"Kami sudah mengirim tim medis ke semua posko,\" katanya.\n"
             "Camat Joko Prasetyo menambahkan, \"Warga sudah mulai kembali ke rumah.\"")
    rows = extract_quotes(pd.DataFrame([{"article_id": 2, "language": "id", "body": body2}]), workers=1)
    assert [(r.speaker, r.speaker_name) for r in rows.itertuples()] == [
        ("katanya", "Rina Lestari"), ("Camat Joko Prasetyo", "Joko Prasetyo")]
    # a pair: the pronoun's person opened the sentence of the quote before; the partner's "menambahkan" keeps it
    body3 = ("Pasangan ganda campuran Rudi Hartono dan Lina Marlina lolos ke semifinal.\n"
             "Rudi mengatakan kemenangan itu berkat kesabaran mereka.\n"
             "\"Kami sempat tertinggal,\" kata dia. \"Tapi kami tetap tenang.\"\n"
             "Lina menambahkan, angin di lapangan membuat mereka mengubah pola serangan.")
    rows = extract_quotes(pd.DataFrame([{"article_id": 3, "language": "id", "body": body3}]), workers=1)
    assert [(r.speaker, r.speaker_name) for r in rows.itertuples()] == [
        ("Rudi", "Rudi Hartono"), ("dia", "Rudi Hartono"), ("Lina", "Lina Marlina")]


# --- s29bbc4 ---
# the fourth English BBC gold (bench/gold/bbc_quotes_test4.tsv), annotated by reading before the system ever ran on
# it: 239 quotes in 30 articles (none of tests 1-3), test 3's selection rule continued downwards and its conventions
def test_s29bbc4_bbc_gold4_loads(shared_corpora):
    from bench.eval_quotes import BBC_GOLD, BBC_GOLD2, BBC_GOLD3, BBC_GOLD4, load_bbc

    arts, gold = load_bbc(BBC_GOLD4)
    assert len(gold) == 239
    assert len(arts) == 30
    assert arts["article_id"].str.split("/").str[0].value_counts().to_dict() == {
        "business": 6, "entertainment": 6, "politics": 6, "sport": 6, "tech": 6}
    earlier = set().union(*(load_bbc(p)[0]["article_id"] for p in (BBC_GOLD, BBC_GOLD2, BBC_GOLD3)))
    assert not set(arts["article_id"]) & earlier
    assert {k: sum(g["kind"] == k for g in gold) for k in ("direct", "indirect", "mixed")} == {
        "direct": 98, "indirect": 109, "mixed": 32}
    bodies = dict(zip(arts["article_id"], arts["body"], strict=True))
    for g in gold:
        (s, e), = g["content"]
        body = bodies[g["article_id"]]
        text = body[s:e]
        assert 0 <= s < e <= len(body) and text.strip() == text and text
        assert g["source"]
        assert ('"' in text) == (g["kind"] == "mixed") or g["kind"] == "direct"
        if g["kind"] == "direct":  # a direct quote's content opens right after a quotation mark (one oddity aside)
            assert body[s - 1] == '"' or body[s - 2:s] == ". " and body[e] == '"'
    # a split quote is one span over its cue: "Ossie was my hero, and he still is," said ... "Ossie was a thing ..."
    split = [g["content"][0] for g in gold if g["article_id"] == "entertainment/356" and g["source"] == "Alan Alda"]
    (s, e), = split
    assert bodies["entertainment/356"][s:e].startswith('Ossie was my hero, and he still is," said Aviator star')
    assert bodies["entertainment/356"][s:e].endswith('"Ossie was a thing of beauty.')


# --- s29detik9 ---
def test_s29detik9_detik_test9_gold_loads_with_spans_inside_the_cells(shared_corpora):
    from collections import Counter

    from bench.eval_quotes import DETIK_TEST9, load_detik
    arts, gold = load_detik(DETIK_TEST9)
    assert list(arts["article_id"]) == ["197", "209", "517", "531", "613", "643", "809", "891"]
    assert set(arts["language"]) == {"id"}
    assert dict(Counter(g["kind"] for g in gold)) == {"direct": 44, "indirect": 54}
    assert dict(Counter(g["article_id"] for g in gold)) == {
        "197": 4, "209": 39, "517": 8, "531": 8, "613": 5, "643": 8, "809": 11, "891": 15}
    _assert_detik_gold_spans(arts, gold)


# --- s29polcue: a lower-case addressee of "told" before the reported clause (addressee_people lexicon) ---
def test_s29polcue_told_lower_case_addressee_is_no_content():
    body = ("The chief executive told aides the merger would be signed by June. "
            "The defendant told the court he had never met the dealer. "
            "The senator told his colleagues they would vote again in March. "
            "The minister told party members it was time for a change.")
    assert _quote_rows(body, "en", "quote", "kind", "speaker", "cue") == [
        ("the merger would be signed by June", "indirect", "The chief executive", "told"),
        ("he had never met the dealer", "indirect", "The defendant", "told"),
        ("they would vote again in March", "indirect", "The senator", "told"),
        ("it was time for a change", "indirect", "The minister", "told")]
    # a noun of the list that is the clause's subject stays: a verb follows it, or a capitalised addressee precedes it
    body2 = ("The mayor told reporters police had arrested two men. "
             "The firm told the BBC staff would be cut. "
             "A driver was told by police no one could enter the building.")
    got = _quote_rows(body2, "en", "quote", "speaker")
    assert got[:2] == [("police had arrested two men", "The mayor"), ("staff would be cut", "The firm")]
    assert ("no one could enter the building", "police") in got


# --- s29polbnd: English content boundaries of indirect quotes ---
def test_s29polbnd_spaced_dash_before_participle_cue_ends_content():
    # " - " / " -- " typed for a dash sets off the participle phrase as a comma does: its cue opens a second report
    for dash in (" - ", " -- ", " — "):
        body = (f"A county official says he saw no difference between the two camps{dash}noting that the volunteers "
                "carried rifles at the gate.")
        assert _quote_rows(body, "en", "quote", "kind", "speaker", "cue") == [
            ("he saw no difference between the two camps", "indirect", "A county official", "says"),
            ("the volunteers carried rifles at the gate", "indirect", "A county official", "noting that")]
    # " - but" and a new subject with its own verb is the writer's clause, as after ", but" or " — but"
    body = "The governor says the records were personal - but the committee has found otherwise."
    assert _quote_rows(body, "en", "quote", "kind", "speaker") == [
        ("the records were personal", "indirect", "The governor")]


def test_s29polbnd_pronoun_perfect_act_ends_content():
    # ", but he hasn't endorsed ...", ", but she has also cited ...": the speaker's next act in the perfect, told by
    # the writer, is no part of what was said
    body = "The senator has said he will vote for the nominee, but he hasn't endorsed her or conceded the race."
    assert _quote_rows(body, "en", "quote", "kind", "speaker") == [
        ("he will vote for the nominee", "indirect", "The senator")]
    body = "The mayor said she is not running for a third term, but she has also cited her record on jobs."
    assert _quote_rows(body, "en", "quote", "kind", "speaker") == [
        ("she is not running for a third term", "indirect", "The mayor")]
    # a modal after the pronoun is often still reported, and the content keeps it
    body = "The mayor said the budget was balanced, but she would need more money next year."
    assert _quote_rows(body, "en", "quote", "kind", "speaker") == [
        ("the budget was balanced, but she would need more money next year", "indirect", "The mayor")]


# --- s29idtr: Indonesian translated wire news (one sentence per line) ---
def test_s29idtr_org_description_refers_back_to_named_body():
    # "perusahaan itu", "Pihak maskapai", "juru bicara maskapai tersebut": the latest name of that kind before it
    body = ("Pabrikan truk Swedia Nordvik Trucks akan menutup dua pabrik di Eropa.\n"
            "Perusahaan itu mengatakan bahwa sekitar 1.200 pekerja akan terdampak.\n"
            "Maskapai berbiaya rendah Skyway Airlines menunda 30 penerbangan pada hari Senin.\n"
            "Pihak maskapai mengatakan cuaca buruk menjadi penyebabnya.\n"
            "Penumpang akan mendapat pengembalian dana penuh, ujar juru bicara maskapai tersebut.")
    assert _quote_rows(body, "id", "quote", "kind", "speaker", "speaker_name") == [
        ("sekitar 1.200 pekerja akan terdampak", "indirect", "Perusahaan itu", "Nordvik Trucks"),
        ("cuaca buruk menjadi penyebabnya", "indirect", "Pihak maskapai", "Skyway Airlines"),
        ("Penumpang akan mendapat pengembalian dana penuh", "indirect", "juru bicara", "Skyway Airlines")]
    # no name of that kind before it: the description stays as written (a place is no company)
    body2 = ("Harga mobil naik tajam tahun ini di Jepang.\n"
             "Perusahaan itu mengatakan bahwa permintaan tetap kuat.")
    assert _quote_rows(body2, "id", "speaker", "speaker_name") == [("Perusahaan itu", "Perusahaan itu")]


# --- s29title: speakers named only in the headline; organisation descriptions ---
def _s29title_rows(title: str, body: str, language: str) -> list[tuple[str, str, str, str]]:
    frame = pd.DataFrame([{"article_id": "t", "title": title, "body": body, "language": language}])
    return [(r.quote, r.kind, r.speaker, r.speaker_name) for r in extract_quotes(frame).itertuples()]


def test_s29title_pronoun_resolves_to_headline_person():
    title = "Governor Hale says budget deal is 'within reach'"
    body = ("The state senate met late into the night on Thursday.\n"
            "\"We are close to an agreement that protects schools and hospitals,\" he told reporters.")
    quote = "We are close to an agreement that protects schools and hospitals"
    assert _s29title_rows(title, body, "en") == [(quote, "direct", "he", "")]  # the body alone names nobody
    # the headline names one person whom the body quotes by name elsewhere: the pronoun is theirs
    body2 = body + "\nHale said the vote would come next week."
    assert _s29title_rows(title, body2, "en")[0] == (quote, "direct", "he", "Hale")
    # without the title column nothing changes
    plain = extract_quotes(pd.DataFrame([{"article_id": "t", "body": body2, "language": "en"}]))
    assert plain["speaker_name"].tolist()[0] == ""
    # another name before the pronoun in its sentence may be the antecedent: left alone
    body3 = ("Shares in Corvell Group fell after it said costs had risen.\n"
             "Brightwater said it had no comment.")
    # (s30bbcspk: "Shares in Corvell Group fell after it said": that company is the antecedent, never the headline's)
    assert [r[3] for r in _s29title_rows("Brightwater profits jump", body3, "en")][:1] == ["Corvell Group"]


def test_s29title_it_resolves_to_headline_organisation():
    title = "Norvax sees profits fall"
    body = ("Shares in the group dropped 4% on Tuesday.\n"
            "It said demand for its printers had slowed in Europe.\n"
            "Analysts said Norvax would struggle to recover.")
    assert _s29title_rows(title, body, "en")[0] == (
        "demand for its printers had slowed in Europe", "indirect", "It", "Norvax")


def test_s29title_indonesian_clitic_resolves_to_headline_person():
    title = "Rudi Hartawan Dirikan Partai Baru Usai Berselisih dengan Gubernur"
    body = ("Pengusaha itu mengumumkan langkahnya pada Minggu malam.\n"
            "\"Partai ini dibentuk untuk mengembalikan suara rakyat,\" ujarnya.\n"
            "Hartawan sebelumnya mendukung sang gubernur.")
    assert _s29title_rows(title, body, "id")[0] == (
        "Partai ini dibentuk untuk mengembalikan suara rakyat", "direct", "ujarnya", "Rudi Hartawan")


# --- s29idrec: Indonesian recall audit of detik-dev output (weak cues before a passive or a relative subject) ---
def test_s29idrec_weak_cue_then_subject_and_passive_predicate():
    # a di- passive after a short subject is the clause's predicate ("memastikan penyaluran dilakukan ...")
    assert _quote_rows("Dinas Sosial memastikan penyaluran bantuan dilakukan lewat kantor pos setempat.", "id",
                       "quote", "kind", "speaker") == [
        ("penyaluran bantuan dilakukan lewat kantor pos setempat", "indirect", "Dinas Sosial")]
    # a di- noun is no passive: "menyampaikan diskusi ..." stays no quote
    assert _quote_rows("Rektor itu menyampaikan diskusi panjang dengan mahasiswa di aula kampus.", "id", "quote") == []


def test_s29idrec_weak_cue_then_subject_with_relative_clause():
    # the subject holds "yang" and a passive; its predicate (a meN-/ber- verb) comes after it
    assert _quote_rows("Kejaksaan menduga anggaran yang diselewengkan para tersangka mencapai Rp 40 miliar.", "id",
                       "quote", "kind", "speaker") == [
        ("anggaran yang diselewengkan para tersangka mencapai Rp 40 miliar", "indirect", "Kejaksaan")]
    assert _quote_rows("Wahyudi menyatakan alat yang dipamerkan merupakan karya mahasiswa tingkat akhir.", "id",
                       "quote", "speaker") == [("alat yang dipamerkan merupakan karya mahasiswa tingkat akhir", "Wahyudi")]
    # no predicate after the relative clause: a noun object, no quote
    assert _quote_rows("Wahyudi menyampaikan apresiasi yang diberikan kepada para relawan.", "id", "quote") == []


def test_s29idrec_role_nouns_head_a_described_subject():
    # "Wasekjen/Ulama/Rektor ... ini" is a role phrase standing for the person named before it
    body = ("Anggota DPR Andi Prasetyo mengatakan pabrik itu akan segera diperluas. Wasekjen Gerindra ini menilai "
            "produksi kendaraan taktis dalam jumlah besar dapat membuka lapangan kerja.")
    assert _quote_rows(body, "id", "quote", "speaker", "speaker_name")[1:] == [
        ("produksi kendaraan taktis dalam jumlah besar dapat membuka lapangan kerja", "Wasekjen Gerindra ini",
         "Andi Prasetyo")]
    assert _quote_rows("Dalam unjuk rasa itu, para pendukung aksi menyebut harga pangan sudah mulai turun.", "id",
                       "quote", "speaker") == [("harga pangan sudah mulai turun", "para pendukung aksi")]


def test_s29idrec_short_request_ending_its_sentence():
    # the full stop of a short request's last word does not block "untuk"/"agar" before it
    assert _quote_rows("Polisi meminta warga untuk melaporkan kejadian itu.", "id", "quote", "kind", "speaker") == [
        ("warga untuk melaporkan kejadian itu", "indirect", "Polisi")]
    assert _quote_rows("Bupati Sleman mengimbau semua pihak agar menahan diri.", "id", "quote", "speaker") == [
        ("semua pihak agar menahan diri", "Bupati Sleman")]
    # punctuation before the request still blocks it
    assert _quote_rows("Bupati Sleman meminta dana, untuk membangun jembatan.", "id", "quote") == []


def test_s29idrec_intensifier_and_time_adverb_between_speaker_and_cue():
    # "sendiri", "awalnya", "saat itu" may stand between the subject and its cue (lexicon id/speaker_aux)
    assert _quote_rows("Dalam rapat itu, Wahyu sendiri mengatakan anggaran tambahan belum dibahas.", "id",
                       "quote", "speaker") == [("anggaran tambahan belum dibahas", "Wahyu")]
    assert _quote_rows("Gubernur awalnya mengajak semua warga untuk menjaga kebersihan sungai.", "id",
                       "quote", "speaker") == [("semua warga untuk menjaga kebersihan sungai", "Gubernur")]
    assert _quote_rows("Budi saat itu mengatakan harga beras akan turun pekan depan.", "id", "quote", "speaker") == [
        ("harga beras akan turun pekan depan", "Budi")]


# --- s30bbcspk: English speakers audited on unlabelled BBC text (inverted cues, appositions, occasions) ---
def _s30_rows(body: str) -> list[tuple[str, str, str, str]]:
    return _quote_rows(body, "en", "quote", "kind", "speaker", "speaker_name")


def test_s30bbcspk_pronoun_after_inverted_cue_sentence():
    # a sentence no quote was read from names its source after the cue verb ("..., thinks X", "... said X, an
    # analyst"): the next "he"/"she" is that person, not the person quoted before nor no one
    body = ('"Traffic doubled in a month," said Marc Delorme, the firm\'s technical chief. "Providers must plan for it," '
            'he added.\nGamers drift to the networks with the least delay. Analysing traffic will matter more to '
            'broadband providers if they want to keep those gamers said Lindsay Farrow, an analyst with research firm '
            'Halcyon. "Operators need to differentiate their services," she said.')
    assert _s30_rows(body)[2] == ("Operators need to differentiate their services", "direct", "she", "Lindsay Farrow")
    body2 = ('"We saw the demand coming," said Anna Kovacs, the network\'s marketing director.\nRevenue for mobile '
             'carriers will grow with 3G, thinks Harold Brennan mobile specialist for analysts Ovum. "Dating is a key '
             'part of it," he said.')
    assert _s30_rows(body2)[1] == ("Dating is a key part of it", "direct", "he", "Harold Brennan")


def test_s30bbcspk_name_age_role_apposition_before_cue():
    body = ("A Liberal Democrat councillor has joined the Greens. Margaret Ellison, 61, councillor for Hartley Ward, "
            "said she had lost faith in the party's leadership.")
    assert _s30_rows(body) == [("she had lost faith in the party's leadership", "indirect", "Margaret Ellison",
                                "Margaret Ellison")]


def test_s30bbcspk_name_then_role_without_closing_comma():
    body = 'The retailer reported weaker sales. "We expected a tougher winter," Mr Pendry, Harcourt\'s finance director said.'
    assert _s30_rows(body) == [("We expected a tougher winter", "direct", "Mr Pendry", "Pendry")]


def test_s30bbcspk_occasion_after_inverted_speaker_is_no_part_of_it():
    body = ('The carmaker confirmed the new model. "Demand in Asia has been remarkable," said chief executive Paul Linden '
            'at a Tokyo press conference. "Orders are strong," said Maria Santos at the Geneva motor show.')
    rows = _s30_rows(body)
    assert rows[-2:] == [("Demand in Asia has been remarkable", "direct", "chief executive Paul Linden", "Paul Linden"),
                         ("Orders are strong", "direct", "Maria Santos", "Maria Santos")]


def test_s30bbcspk_clergy_title_after_the_in_apposition():
    # British usage writes "the" before a clergyman's titles ("the Rt Rev Dr X"): the apposed name speaks, and
    # "the Bishop" later is that person
    body = ('The Bishop of Carlisle, the Rt Rev Dr Alan Pryce, described the plan as "reckless". The diocese has 40 '
            'parishes. The Bishop said: "We cannot close churches that families have used for centuries."')
    rows = _s30_rows(body)
    assert rows[0][2:] == ("Rt Rev Dr Alan Pryce", "Alan Pryce")
    assert rows[1] == ("We cannot close churches that families have used for centuries.", "direct", "The Bishop",
                       "Alan Pryce")


def test_s30bbcspk_it_means_company_whose_shares_moved_or_described_name():
    body = ("Shares in Coldwater Holdings, which runs 40 hotels, fell 12% after it said bookings had slumped.")
    assert _s30_rows(body) == [("bookings had slumped", "indirect", "it", "Coldwater Holdings")]
    body2 = ("Handheld sales are set to double this year. Market leader Velmora, however, is launching a console that "
             "it says will change how people play.")
    assert _s30_rows(body2)[-1] == ("will change how people play", "indirect", "it", "Velmora")


def test_s30bbcspk_pronoun_after_fronted_participle_and_rank_role_subjects():
    # the subject of the sentence before, past a fronted participle's clause or a rank word before the role, is
    # who "he" means (the person quoted before is a woman)
    body = ('"School sport is vital," said Ann Booth, the head teacher.\nOpening the new gym, Mr Hartley completed '
            'an obstacle course with pupils. He said: "Every child should play a sport."')
    assert _s30_rows(body)[-1] == ("Every child should play a sport.", "direct", "He", "Hartley")
    body2 = ('"Jobs will go," said Ann Booth, a shop steward.\nUnion general secretary Peter Walsh spoke to workers on '
             'Friday. He said investment in new models was needed.')
    assert _s30_rows(body2)[-1] == ("investment in new models was needed", "indirect", "He", "Peter Walsh")


def test_s30bbcspk_possessive_pronoun_after_subjects_verb():
    # "X repeated his view that ...": "his" is the subject's, and a later "he" means the same person
    body = ('"Jobs will go," said Ann Booth, a shop steward.\nUnion leader Peter Walsh repeated his view on Friday '
            'that all mergers led to job cuts. He said investment in new models was needed.')
    rows = _s30_rows(body)
    assert rows[1][2:] == ("his", "Peter Walsh")
    assert rows[2] == ("investment in new models was needed", "indirect", "He", "Peter Walsh")
    # an inverted auxiliary opening the sentence is no subject
    body2 = "Should he win the vote, he still will not say which taxes he would cut."
    assert all(r[3] != "Should" for r in _s30_rows(body2))


def test_s30bbcspk_cueless_quote_naming_the_new_subject_stays_with_previous_speaker():
    # a quotation with no cue after a sentence whose subject is a new person is that person's, unless the
    # quotation itself names them (speakers do not name themselves): then the speaker quoted before goes on
    head = ('Coach Brian Hale stressed that his squad might not be dominated by one club. "Results have not been '
            'impressive but there have been some good performances."\n\nAnd Leeds winger Tom Barrow looks certain to '
            'get the call. ')
    named = head + '"Every player is judged on merit and Tom Barrow is an outstanding player."'
    assert _s30_rows(named)[-1] == ("Every player is judged on merit and Tom Barrow is an outstanding player.",
                                    "direct", "", "Brian Hale")
    own = head + '"I am so proud to be picked. It is a dream for me."'
    assert _s30_rows(own)[-1] == ("I am so proud to be picked. It is a dream for me.", "direct", "", "Tom Barrow")


# --- s30idspk: Indonesian speakers audited on unlabelled detik text ---
def _s30id_rows(body: str) -> list[tuple[str, ...]]:
    return _quote_rows(body, "id", "quote", "kind", "speaker", "speaker_name", "speaker_role")


def test_s30idspk_first_name_alone_expands_after_role_run():
    body = ("\"Kami sudah memeriksa tujuh saksi dalam perkara ini,\" kata Kasubdit Humas Kejati Sumut Bonar "
            "Pangaribuan kepada wartawan, Senin (3/11/2025).\n"
            "Bonar mengatakan berkas perkara akan dilimpahkan pekan depan.")
    rows = _s30id_rows(body)
    assert rows[1] == ("berkas perkara akan dilimpahkan pekan depan", "indirect", "Bonar", "Bonar Pangaribuan",
                       "Kasubdit Humas Kejati Sumut")
    # the name given in full before the first name ("Siti Bonar Pangaribuan") is kept whole
    body2 = body.replace("Kejati Sumut Bonar", "Kejati Sumut Siti Bonar")
    assert _s30id_rows(body2)[1][3] == "Siti Bonar Pangaribuan"


def test_s30idspk_roles_of_indonesian_speakers():
    body = ("Kasat Reskrim Polres Garut, AKP Dede Hermawan, membenarkan penangkapan dua pelaku pencurian itu.\n"
            "Dede Hermawan mengatakan kedua pelaku sudah ditahan di Mapolres Garut.\n"
            "\"Barang bukti sudah kami amankan,\" kata Kapolres Garut AKBP Joko Santoso.\n"
            "Sebelumnya, Bupati Garut Rudi Gunawan meninjau lokasi kejadian.\n"
            "Rudi Gunawan menilai warga perlu meningkatkan ronda malam.\n"
            "Ketua Yayasan Pelita Kasih, Rina Marlina Sari menyebut bantuan akan disalurkan pekan depan.\n"
            "\"Kami sudah menyiapkan seratus paket,\" ujar Rina Marlina Sari.")
    rows = {r[3]: r[4] for r in _s30id_rows(body)}
    # the title before a comma (and a rank between it and the name) goes with the name
    assert rows["Dede Hermawan"] == "Kasat Reskrim Polres Garut"
    # a rank written between the title and the name is no part of the role
    assert rows["Joko Santoso"] == "Kapolres Garut"
    # the role given with the full name earlier goes with the name said again
    assert rows["Rudi Gunawan"] == "Bupati Garut"
    assert rows["Rina Marlina Sari"] == "Ketua Yayasan Pelita Kasih"


def test_s30idspk_role_before_name_past_parenthesis():
    body = ("Kepala Badan Pengelola Air (BPA) Kota Garut Sinta Dewi Lestari meninjau sumur warga pada Senin.\n"
            "Sinta Dewi Lestari mengatakan pasokan air bersih akan ditambah bulan depan.\n"
            "Sementara itu, pengacara Rani Oktaviani, Johan Sitompul, mendampingi kliennya.\n"
            "Rani Oktaviani mengaku belum menerima surat panggilan.")
    rows = {r[3]: r[4] for r in _s30id_rows(body)}
    assert rows["Sinta Dewi Lestari"] == "Kepala Badan Pengelola Air Kota Garut"  # (its short form dropped)
    # a lower-case title before a name is someone else's ("pengacara Rani Oktaviani" is her lawyer)
    assert rows["Rani Oktaviani"] == ""


def test_s30idspk_one_word_name_after_title_and_comma():
    body = ("Kapolsek Cibeber, AKP Sutarno, membenarkan kejadian itu.\n"
            "\"Korban sudah kami bawa ke puskesmas,\" kata Sutarno.")
    assert _s30id_rows(body) == [("Korban sudah kami bawa ke puskesmas", "direct", "Sutarno", "Sutarno",
                                "Kapolsek Cibeber")]


# --- s30speed: CPU cuts with identical output ---
def test_s30speed_cached_definite_role_matches_the_uncached_reading():
    from helpers.quotes import _definite_person_role_en, _definite_person_role_read_en, _lexicon
    lex = _lexicon("en")
    for speaker in ("the prime minister", "The Guardian", "the American", "the spokesman", "the retailer",
                    "the Chief Executive", "The Scottish Executive", "the mum-of-three", "the ministers"):
        for name in (False, True):
            assert _definite_person_role_en(speaker, lex, name=name) == _definite_person_role_read_en(
                speaker, lex, name=name), (speaker, name)
    assert _definite_person_role_en("the prime minister", lex) is True
    assert _definite_person_role_en("the retailer", lex) is False


def test_s30speed_sentence_lines_quarter_limit_is_exact():
    from helpers.quotes import _sentence_lines
    one = "The council met on Monday.\n"
    two = "The vote was close. Members said they would meet again.\n"
    # 8 lines: 2 with a second sentence is a quarter (one sentence per line), 3 is more than a quarter
    assert _sentence_lines(one * 6 + two * 2)
    assert not _sentence_lines(one * 5 + two * 3)


def test_s30speed_bracket_windows_find_the_same_matches_as_the_whole_scan():
    from helpers.quotes import (
        _ACRONYM_ALIAS_RE,
        _ACRONYM_HINT_RE,
        _ID_HONORIFIC_NICK_HINT_RE,
        _ID_HONORIFIC_NICK_RE,
        _SHORT_FORM_HINT_RE,
        _SHORT_FORM_RE,
        _bracket_run_matches,
    )
    body = ("Rektor Universitas Negeri Surabaya (Unesa) Nurhasan bertemu Wakil Gubernur Emil Elestianto Dardak (Emil) "
            "dan Badan Pusat Statistik (BPS) di Surabaya (2024), kata Menteri Sosial Saifullah Yusuf (Gus Ipul).\n"
            "Hakim (AB) dan Komisi Pemberantasan Korupsi(KPK), lalu (Pak Budi) hadir. Dinas Kesehatan (Dinkes")
    for pattern, hint in ((_ACRONYM_ALIAS_RE, _ACRONYM_HINT_RE), (_SHORT_FORM_RE, _SHORT_FORM_HINT_RE),
                          (_ID_HONORIFIC_NICK_RE, _ID_HONORIFIC_NICK_HINT_RE)):
        whole = [(m.span(), m.groups()) for m in pattern.finditer(body)]
        assert [(m.span(), m.groups()) for m in _bracket_run_matches(pattern, hint, body)] == whole
    assert [m.group(2) for m in _bracket_run_matches(_ACRONYM_ALIAS_RE, _ACRONYM_HINT_RE, body)] == ["BPS", "KPK"]
    assert [m.group(2) for m in _bracket_run_matches(_ID_HONORIFIC_NICK_RE, _ID_HONORIFIC_NICK_HINT_RE, body)] == ["Ipul"]


# --- s31polaud: English speaker names on US political news ---
def test_s31polaud_participle_opening_sentence_is_no_name():
    body = ("The state faces a deficit. Trusting Michael Daniels with the budget was a gamble for the party. "
            "Daniels's record is mixed. He argued that the state could balance its books by spring.")
    rows = _quote_rows(body, "en", "quote", "speaker", "speaker_name")
    assert ("the state could balance its books by spring", "He", "Michael Daniels") in rows


def test_s31polaud_answer_after_question_is_the_asked_one():
    body = ("Rand Paul held a town hall in Louisville on Friday.\n\n"
            "Last week, the Courier-Journal's Emily Barton asked Paul whether he would back the bill.\n\n"
            "\u201cNot in its current form. It spends far too much,\u201d he said.")
    rows = _quote_rows(body, "en", "quote", "speaker", "speaker_name")
    assert rows[-1] == ("Not in its current form. It spends far too much", "he", "Rand Paul")
    body = ("Marco Rubio appeared on a radio show with Sean Hannity on Tuesday.\n\n"
            "Hannity asked Rubio how he would fund the new fence.\n\n"
            "\u201cWe will find the money in the existing budget,\u201d he told Hannity.")
    rows = _quote_rows(body, "en", "quote", "speaker", "speaker_name")
    assert rows[-1] == ("We will find the money in the existing budget", "he", "Marco Rubio")


def test_s31polaud_campaign_speaker_is_the_candidates_campaign():
    body = ("Jeb Bush spoke to voters in Des Moines on Monday. \"We will win this state,\" he said.\n\n"
            "His campaign said it had raised $10 million in the quarter.\n\n"
            "Carly Fiorina's campaign said on Tuesday that she would skip the debate.")
    rows = _quote_rows(body, "en", "quote", "speaker", "speaker_name")
    assert ("it had raised $10 million in the quarter", "His campaign", "Bush campaign") in rows
    assert ("she would skip the debate", "Carly Fiorina's campaign", "Fiorina campaign") in rows


# --- s31idrole: Indonesian speaker roles, second audit on unlabelled detik text ---
def test_s31idrole_one_word_name_takes_title_written_before_it():
    body = ("Wakil Wali Kota Cirebon Sukarno meninjau tanggul yang jebol pada Senin (3/11/2025).\n"
            "Sukarno mengatakan perbaikan tanggul akan dimulai pekan depan.\n"
            "\"Kami sudah siapkan anggarannya,\" kata Sukarno kepada wartawan.")
    rows = _s30id_rows(body)
    assert rows[0] == ("perbaikan tanggul akan dimulai pekan depan", "indirect", "Sukarno", "Sukarno",
                       "Wakil Wali Kota Cirebon")
    assert rows[1] == ("Kami sudah siapkan anggarannya", "direct", "Sukarno", "Sukarno", "Wakil Wali Kota Cirebon")
    # a lower-case description before the name is no title
    body2 = body.replace("Wakil Wali Kota Cirebon Sukarno meninjau", "Kemarin, pengurus masjid Sukarno meninjau")
    assert {r[4] for r in _s30id_rows(body2)} == {""}


def test_s31idrole_bare_title_and_regional_short_forms():
    body = ("Direktur Utama RSUD Kota Cirebon Dr Hendra Wijaya menjelaskan antrean pasien sudah berkurang.\n"
            "\"Kami menambah dua loket pendaftaran,\" lanjut Dr Hendra Wijaya.\n"
            "Sekda Kabupaten Cirebon, Rahmat Hidayat Saputra menyebut anggaran rumah sakit akan ditambah.")
    rows = {r[0]: r[2:] for r in _s30id_rows(body)}
    # a title alone ("Dr") gives way to the role the article gives the person
    assert rows["Kami menambah dua loket pendaftaran"] == ("Dr Hendra Wijaya", "Hendra Wijaya",
                                                          "Direktur Utama RSUD Kota Cirebon")
    # "Sekda" (sekretaris daerah) is a title
    assert rows["anggaran rumah sakit akan ditambah"] == ("Rahmat Hidayat Saputra",
                                                         "Rahmat Hidayat Saputra", "Sekda Kabupaten Cirebon")


def test_s31idrole_bare_title_takes_the_role_in_full():
    body = ("Menteri Perindustrian Hasan Basri Lubis meresmikan pabrik baterai di Karawang.\n"
            "\"Ini pabrik pertama di Asia Tenggara,\" ujar Menteri Hasan kepada wartawan.")
    rows = _s30id_rows(body)
    assert rows[0] == ("Ini pabrik pertama di Asia Tenggara", "direct", "Menteri Hasan", "Hasan Basri Lubis",
                       "Menteri Perindustrian")


def test_s31idrole_balinese_i_and_ni_open_the_name():
    body = ("Kapolsek Kuta Kompol I Nyoman Sudarsa mengatakan dua pelaku sudah ditahan.\n"
            "\"Keduanya warga Denpasar,\" kata Sudarsa kepada wartawan.\n"
            "Kepala Dinas Pariwisata Badung Ni Made Ayu Lestari menyebut kunjungan wisatawan naik.")
    rows = {r[0]: r[3:] for r in _s30id_rows(body)}
    assert rows["dua pelaku sudah ditahan"] == ("I Nyoman Sudarsa", "Kapolsek Kuta")
    assert rows["Keduanya warga Denpasar"] == ("I Nyoman Sudarsa", "Kapolsek Kuta")
    assert rows["kunjungan wisatawan naik"] == ("Ni Made Ayu Lestari", "Kepala Dinas Pariwisata Badung")


def test_s31idrole_bracketed_short_form_is_no_part_of_the_role():
    body = "Menurut Menteri Perhubungan (Menhub) Dudi Purwagandhi, jalur mudik sudah siap dilalui pemudik tahun ini."
    rows = _s30id_rows(body)
    assert rows[0] == ("jalur mudik sudah siap dilalui pemudik tahun ini", "indirect",
                       "Menteri Perhubungan (Menhub) Dudi Purwagandhi", "Dudi Purwagandhi", "Menteri Perhubungan")


# --- s32bbcspk: English direct-quote speakers audited on unlabelled BBC text (clergy roles, names in org names) ---
def test_s32bbcspk_the_cardinal_is_the_cardinal_named_before():
    body = ('Cardinal Ennio Ravelli led the Christmas service in Milan on Sunday.\n\n'
            'The cardinal said: "Peace is always worth striving for."')
    assert _s30_rows(body) == [("Peace is always worth striving for.", "direct", "The cardinal", "Ennio Ravelli")]


def test_s32bbcspk_person_name_not_expanded_to_organisation_named_after_them():
    body = ('Stan Lee Media filed for bankruptcy in 2001.\n\nThe comic writer Stan Lee later returned to films.\n\n'
            '"Heroes have problems too," Stan Lee told the BBC.')
    assert _s30_rows(body) == [("Heroes have problems too", "direct", "Stan Lee", "Stan Lee")]
    body = 'Marco Ferri launched the Marco Ferri Party on Monday.\n\n"We will change politics," Marco Ferri said.'
    assert _s30_rows(body) == [("We will change politics", "direct", "Marco Ferri", "Marco Ferri")]


# --- s32usspk: English speakers of direct quotes on US news ---
def _s32_rows(body: str) -> dict[str, tuple[str, str]]:
    q = extract_quotes(pd.DataFrame([{"article_id": "a", "body": body, "language": "en"}]))
    return {r.quote: (r.speaker, r.speaker_name) for r in q.itertuples()}


def test_s32usspk_mrs_surname_is_not_the_husband_named_later():
    body = ("Hillary Clinton spoke in Ohio on Monday.\n\n"
            "Her husband, Bill Clinton, campaigned in Kentucky the same day.\n\n"
            "''We are going to win this state,'' Mrs. Clinton said at a rally in Columbus.")
    assert _s32_rows(body)["We are going to win this state"] == ("Mrs. Clinton", "Hillary Clinton")


def test_s32usspk_middle_initial_stays_in_the_name():
    body = ("The council opposed the plan.\n\n"
            "\"We were not very happy when it was first announced,\" said Jock R. Finlay, head of policy at the "
            "council.\n\n"
            "Robert M. Keane, a historian, first pointed out the senator's interest to me. He said that the senator "
            "had ignored the plan during his campaign.")
    rows = _s32_rows(body)
    assert rows["We were not very happy when it was first announced"] == ("Jock R. Finlay", "Jock R. Finlay")
    assert rows["the senator had ignored the plan during his campaign"] == ("He", "Robert M. Keane")


def test_s32usspk_pronoun_after_a_sentence_with_no_speaker():
    body = ("Sanders has accused Clinton of being too close to Wall Street.\n\n"
            "Senator Hillary Clinton has been asked to release the transcripts of her speeches.\n\n"
            "\"Let everybody who has ever given a speech release them,\" she told ABC News in February.")
    assert _s32_rows(body)["Let everybody who has ever given a speech release them"] == ("she", "Hillary Clinton")


def test_s32usspk_subject_of_the_following_statement_speaks():
    body = ("The storm flooded the town on Friday.\n\n"
            "In response, Governor Maria Lopez issued the following statement:\n\n"
            "\u201cOur thoughts are with every family affected. We will rebuild.\u201d\n\n"
            "Crews worked through the night.")
    assert _s32_rows(body)["Our thoughts are with every family affected. We will rebuild."] == (
        "Governor Maria Lopez", "Maria Lopez")
