"""text: tokens with offsets, sentence splitting, name normalisation."""

from __future__ import annotations

import re

from helpers.text import count_words, fold, paragraphs, sentences, split_sentences, strip_diacritics, tokens


def test_fold_names():
    assert fold("Iğdır") == "igdir"
    assert fold("Ünsal") == "unsal"
    assert fold("Erdoğan") == fold("ERDOGAN") == "erdogan"
    assert strip_diacritics("São Paulo İstanbul") == "Sao Paulo Istanbul"


def test_tokens_offsets_and_shapes():
    text = "Orang-orang di Iğdır tak ragu; Azerbaijan's army (30 tahun)."
    toks = tokens(text)
    assert [t for t, _, _ in toks] == ["Orang-orang", "di", "Iğdır", "tak", "ragu", "Azerbaijan's", "army", "30", "tahun"]
    assert all(text[s:e] == t for t, s, e in toks)
    assert count_words(text) == 9


def test_sentences_on_seed(seed_articles):
    body = seed_articles.iloc[0]["body"]
    spans = split_sentences(body, language="id")
    assert len(spans) == 14
    assert body[spans[2][0]:spans[2][1]].startswith("“Menyentuh saya")
    last = sentences(body)[-1]
    assert last.startswith("Masyarakat Turki juga telah menyatakan dukungan")
    assert len(paragraphs(body)) == 12


def test_abbreviations_and_initials():
    text = "Dr. Ahmad and Prof. B. Smith met Mr. Jones in the U.S. on Monday. They talked."
    assert sentences(text) == ["Dr. Ahmad and Prof. B. Smith met Mr. Jones in the U.S. on Monday.", "They talked."]


def test_number_abbreviation_only_before_a_digit():
    text = "He lives at No. 10 Downing Street. Asked again, he said no. But the talks go on. See no. 5 below."
    assert sentences(text, language="en") == [
        "He lives at No. 10 Downing Street.", "Asked again, he said no.", "But the talks go on.", "See no. 5 below."]


def test_letter_after_digit_is_no_initial():
    # s13bound: "the 1930s." and "£5m." end a sentence; a single letter after a digit is no initial
    text = "The worst recession since the 1930s. It cost £5m. Then A. B. Jones left."
    assert sentences(text, language="en") == [
        "The worst recession since the 1930s.", "It cost £5m.", "Then A. B. Jones left."]


def test_quote_closing_sentence():
    text = "“Kami siap,” tambahnya. Dia pergi! Apa? Ya."
    assert sentences(text) == ["“Kami siap,” tambahnya.", "Dia pergi!", "Apa?", "Ya."]


def test_escape_markdown():
    from helpers.text import escape_markdown

    assert escape_markdown("<script>x</script>Evil *Outlet*") == r"&lt;script&gt;x&lt;/script&gt;Evil \*Outlet\*"
    assert escape_markdown("KOMPAS.com") == "KOMPAS.com"


# ---- split_sentences against the plain regex implementation it replaced ---------------------------
_PLAIN_END_RE = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s+)|\n\s*\n|\n")
_PLAIN_LAST_WORD_RE = re.compile(r"([^\W\d_][\w.]*)\.$")

_TRICKY = [
    "",
    "   \n\n  ",
    "Dr. Smith met Mr. J. Doe in the U.S. on Monday. He said: “no.” Then e.g. this! And 3.5 more?",
    "Kata Prof. Budi, “Ini Jl. Sudirman.” Ia pergi.  Lalu   pulang.\tSelesai … ok. 2. item",
    "x_y. Z²a. é. ..  ?! ”) next. lower. Upper",
    "Dr. Smith met the U.S. envoy at 3 p.m. on Jan. 5. He said: \"No.\" Then?! left… A. B. Jones.",
    "3.5bn. e.g. this. No. 10 Downing St. 12.30 p.m.\nNext line\n\nNew para.\"Quoted.\" (Brackets.) end",
    "Iğdır'da İstanbul. ŞİŞLİ ß. straße ﬁnance ½ ² Ⅻ. café cafe\u0301. naïve ＡＢＣ ᏸᏹ K—the end.",
    "since the 1930s. It cost £5m. Then 7a. and x9B. Q. 5 s. T",
]


def _plain_split(text: str, language: str | None) -> list[tuple[int, int]]:
    from helpers.text import _abbreviations

    abbrev = _abbreviations(tuple(sorted({language or "en", "en", "id"})))
    spans, start = [], 0

    def add(s: int, e: int) -> None:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            spans.append((s, e))

    for m in _PLAIN_END_RE.finditer(text):
        end = m.end()
        if "\n" not in m.group():
            lo = max(start, m.start() - 40)
            w = _PLAIN_LAST_WORD_RE.search(text[lo: m.start() + 1])
            if w:
                word = w.group(1).lower().rstrip(".")
                if (word in abbrev or w.group(1).rstrip(".") in abbrev) and (word not in ("no", "nos") or text[end:end + 3].lstrip()[:1].isdigit()) or (
                        len(word) == 1 and word.isalpha() and not text[lo + w.start(1) - 1:lo + w.start(1)].isdigit()):
                    continue
            if text[end:end + 3].lstrip()[:1].islower():
                continue
        add(start, end)
        start = end
    add(start, len(text))
    return spans


def test_split_sentences_equals_plain_implementation(seed_articles):
    from helpers.text import SENTENCE_END_RE

    texts = [*_TRICKY, *seed_articles["body"]]
    assert len(split_sentences(seed_articles["body"].iloc[0], language="id")) == 14
    for text in texts:
        assert [m.span() for m in SENTENCE_END_RE.finditer(text)] == [m.span() for m in _PLAIN_END_RE.finditer(text)]
        for language in (None, "en", "id", "fr"):
            assert split_sentences(text, language=language) == _plain_split(text, language)
    assert split_sentences("Dr. Smith came. He left.", language="en") == [(0, 15), (16, 24)]


def test_split_sentences_equals_plain_on_shared_corpora(shared_corpora):
    import pandas as pd

    texts = [p.read_bytes().decode("utf-8", errors="replace") for p in sorted((shared_corpora / "bbc").glob("*/*.txt"))[::7]]
    texts += [p.read_text(encoding="utf-8-sig") for p in sorted((shared_corpora / "ntrex-dev").glob("*/*.txt"))]
    texts += pd.read_csv(shared_corpora / "detik-dev.csv")["isi_berita"].dropna().astype(str).tolist()[::3]
    assert len(texts) > 500
    for text in texts:
        assert split_sentences(text, language="en") == _plain_split(text, "en")
