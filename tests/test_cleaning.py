"""cleaning: boilerplate, counters, repeated paragraphs, datelines, credits, dates, language."""

from __future__ import annotations

import pandas as pd
import pytest

from helpers.cleaning import clean_articles, clean_text, detect_language, find_date, find_report_date, read_dateline


@pytest.mark.parametrize(
    ("opening", "outlet", "place", "agency"),
    [
        ("BERITATURKI.COM, Kars- Organisasi non-pemerintah", "BERITATURKI.COM", "Kars", None),
        ("JAKARTA, KOMPAS.com - Presiden Joko Widodo", "KOMPAS.com", "Jakarta", None),
        ("Jakarta, CNN Indonesia -- Menteri Keuangan", "CNN Indonesia", "Jakarta", None),
        ("Liputan6.com, Jakarta - Polisi menangkap", "Liputan6.com", "Jakarta", None),
        ("JAKARTA (ANTARA) - Badan Pusat Statistik", None, "Jakarta", "ANTARA"),
        ("Jakarta - Presiden Prabowo Subianto menegaskan", None, "Jakarta", None),
        ("LONDON, Oct 5 (Reuters) - Britain's economy", None, "London", "Reuters"),
        ("NEW YORK (AP) — Stocks fell", None, "New York", "AP"),
        ("WASHINGTON ― The Senate voted", None, "Washington", None),
    ],
)
def test_datelines(opening, outlet, place, agency):
    got = read_dateline(opening)
    assert (got.outlet, got.place, got.agency) == (outlet, place, agency)
    assert opening[got.length:][:1].isupper()


def test_dateline_agency_becomes_the_source_credit():
    result = clean_text("DALLAS (AP) — Martin O'Malley is shifting staff to Iowa.\n\nHe said so on Monday.")
    assert (result.outlet, result.dateline, result.source_credit) == (None, "Dallas", "AP")
    assert result.body.startswith("Martin O'Malley is shifting")


@pytest.mark.parametrize(
    "opening",
    [
        "David Blunkett - the Home Secretary - said on Monday",
        "The 25-year-old has already smashed the British record",
        "Harga cabai naik - turun di pasar tradisional",
    ],
)
def test_not_datelines(opening):
    assert read_dateline(opening).length == 0


def test_detik_leftovers_removed_and_logged():
    raw = (
        "Jakarta - Menteri Keuangan mengatakan inflasi terkendali.\n"
        "SCROLL TO CONTINUE WITH CONTENT\n"
        "Baca juga: Harga Beras Naik Lagi\n"
        "\"Kita jaga harga,\" ujarnya, Selasa (21/10/2025).\n"
        "[Gambas:Video 20detik]\n"
        "Simak Video \"Purbaya soal Inflasi\"\n"
    )
    result = clean_text(raw)
    assert result.body == (
        "Menteri Keuangan mengatakan inflasi terkendali.\n\n\"Kita jaga harga,\" ujarnya, Selasa (21/10/2025)."
    )
    assert result.dateline == "Jakarta"
    assert result.date == pd.Timestamp("2025-10-21")
    assert [r for _, r in result.removed] == ["boilerplate"] * 4 + ["dateline"]


def test_counters_only_at_the_edges():
    raw = "0\n77\n\nThe match report follows here today.\n\n78,000\n\nS Bennett (Kent).\n\n12 Comments"
    result = clean_text(raw)
    assert result.body == "The match report follows here today.\n\n78,000\n\nS Bennett (Kent)."
    assert result.removed == [("0", "counter"), ("77", "counter"), ("12 Comments", "counter")]


@pytest.mark.parametrize(
    ("last", "credit", "kept"),
    [
        ("dengan rakyat Azerbaijan./Daily_Sabah", "Daily Sabah", "dengan rakyat Azerbaijan."),
        ("the talks would resume on Monday. (AFP)", "AFP", "the talks would resume on Monday."),
        ("kata dia. (ant)", "ANTARA", "kata dia."),
        ("Sumber: Anadolu", "Anadolu Agency", ""),
        ("harga naik 5/10/2020", None, "harga naik 5/10/2020"),
        ("see https://example.org/a/b", None, "see https://example.org/a/b"),
    ],
)
def test_source_credits(last, credit, kept):
    result = clean_text(f"First paragraph of the story is here.\n\n{last}")
    assert result.source_credit == credit
    assert result.body == "First paragraph of the story is here." + (f"\n\n{kept}" if kept else "")


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Senin (13/4/2020) lalu", "2020-04-13"),
        ("pada 5 Oktober 2020 pukul", "2020-10-05"),
        ("on October 5, 2020, the", "2020-10-05"),
        ("on 5 October 2020 the", "2020-10-05"),
        ("updated 2021-03-04T10:00", "2021-03-04"),
        ("Jumat, 7 Agt 2015", "2015-08-07"),
        ("Ankara, 5 Kasim 2020. (AA)", "2020-11-05"),
    ],
)
def test_find_date(text, date):
    assert find_date(text) == pd.Timestamp(date)


def test_find_date_none_and_implausible():
    assert find_date("no date at all, 5 apples") is None
    assert find_date("in 1 May 1600 the ship sailed") is None


def test_language_detection():
    assert detect_language("Presiden mengatakan bahwa pemerintah akan menjaga harga yang stabil di pasar.") == "id"
    assert detect_language("The minister said that the government would keep prices stable in the market.") == "en"
    assert detect_language("Le gouvernement a annoncé mardi une nouvelle réforme des retraites en France.") == "fr"
    assert detect_language("12 34 --") is None


def test_clean_articles_does_not_mutate():
    articles = pd.DataFrame({"article_id": ["a"], "body": ["Text one here for you.\n\nADVERTISEMENT\n\nMore text."]})
    before = articles.copy()
    out, removed = clean_articles(articles)
    pd.testing.assert_frame_equal(articles, before)
    assert out["body"].tolist() == ["Text one here for you.\n\nMore text."]
    assert out["n_words"].tolist() == [7]
    assert removed.values.tolist() == [["a", "ADVERTISEMENT", "boilerplate"]]


@pytest.mark.parametrize(
    ("paragraphs", "date"),
    [
        (["Harga cabai naik.", '"Kita jaga," ujar Prabowo, Selasa (21/10/2025).'], "2025-10-21"),
        (["This is HuffPollster for Monday, May 2, 2016.", "Polls show a shift."], "2016-05-02"),
        (["Orang-orang mengibarkan bendera, Iğdır, 5 Oktober 2020. (DHA)"], "2020-10-05"),
        (["Some text first here.", "The amendment died on June 30, 1982.", "More."], None),
        (["Preview of the match.", "Tuesday, 1 March", "2000 GMT", "Howard Wilkinson said."], None),
        (["He was born in Jakarta, 5 Mei 1960, and moved later to Bandung."], None),
    ],
)
def test_find_report_date(paragraphs, date):
    expected = pd.Timestamp(date) if date else None
    assert find_report_date(paragraphs) == expected


def test_date_in_dateline():
    result = clean_text("LONDON, Oct 5, 2020 (Reuters) - The bank said rates would stay.\n\nMore text.")
    assert (result.dateline, result.source_credit, result.date) == ("London", "Reuters", pd.Timestamp("2020-10-05"))


def test_report_dates_on_detik_agree_with_metadata(shared_corpora):
    df = pd.read_csv(shared_corpora / "detik-dev.csv")
    found = agree = 0
    for body, published in zip(df["isi_berita"], df["tanggal"], strict=True):
        date = clean_text(body).date
        if date is not None:
            found += 1
            agree += abs((pd.Timestamp(published).normalize() - date).days) <= 2
    assert (found, agree) == (412, 392)


def test_repair_mojibake_only_where_it_decodes():
    from helpers.cleaning import repair_mojibake

    assert repair_mojibake("the prison at GuantÃ¡namo Bay, â€œhe saidâ€\x9d") == (
        "the prison at Guantánamo Bay, “he said”", 3)
    clean = "São Paulo, Serdar Ünsal di Iğdır, « élevé», Øster"
    assert repair_mojibake(clean) == (clean, 0)


# ---- fast paths give the regular expressions' answers ------------------------------------------
TRICKY = [
    "", "a", "-a", "a-", "a--b", "a-'b", "don't", "rock 'n' roll", "long-term, high-speed", "x_y", "£13.5bn (€600m)",
    "the firm’s", "Iğdır-Kars", "naïve café", "٣ and 2020", "1999 20201 2020-10-05 12021 ²2020",
    "a\u00a0b", "’tis", "--", "'", "a' -b", "Ünsal'ın", "x\ud800y", "Ã©tÃ© “quoted”",
]


@pytest.mark.parametrize("text", TRICKY)
def test_token_fast_paths_match_token_re(text):
    from helpers.cleaning import _word_tokens
    from helpers.text import TOKEN_RE, count_words

    assert _word_tokens(text) == TOKEN_RE.findall(text)
    assert count_words(text) == len(TOKEN_RE.findall(text))


@pytest.mark.parametrize("text", TRICKY)
def test_year_scan_and_casefold_match_the_slow_forms(text):
    from helpers.cleaning import _YEAR_RE, _casefold, _years

    assert list(_years(text)) == [m.span() for m in _YEAR_RE.finditer(text)]
    assert _casefold(text) == text.casefold()


def test_fast_paths_on_the_seed(seed_articles):
    from helpers.cleaning import _YEAR_RE, _casefold, _word_tokens, _years
    from helpers.text import TOKEN_RE, count_words

    body = seed_articles["body"].iloc[0]
    assert count_words(body) == len(TOKEN_RE.findall(body)) == seed_articles["n_words"].iloc[0]
    assert _word_tokens(body[:1000].casefold()) == TOKEN_RE.findall(body[:1000].casefold())
    assert list(_years(body)) == [m.span() for m in _YEAR_RE.finditer(body)] != []
    assert _casefold(body) == body.casefold()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Senin (13/4/2020) lalu", "2020-04-13"),
        ("Monday, October 5th, 2020. More", "2020-10-05"),
        ("Monday, 5 Oct. 2020", "2020-10-05"),
        ("Senin, 5\u00a0Oktober\u00a02020", "2020-10-05"),
        ("Bendera, Iğdır, 5 Oktober 2020. (DHA)", "2020-10-05"),
        ("In 2020 and 2021 prices rose", None),
        ("Monday 12021 and Monday x2020", None),
    ],
)
def test_report_dates_around_the_prefilters(text, expected):
    got = find_report_date([text])
    assert (got.strftime("%Y-%m-%d") if got is not None else None) == expected
