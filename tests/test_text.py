"""text: tokens with offsets, sentence splitting, name normalisation."""

from __future__ import annotations

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


def test_quote_closing_sentence():
    text = "“Kami siap,” tambahnya. Dia pergi! Apa? Ya."
    assert sentences(text) == ["“Kami siap,” tambahnya.", "Dia pergi!", "Apa?", "Ya."]


def test_escape_markdown():
    from helpers.text import escape_markdown

    assert escape_markdown("<script>x</script>Evil *Outlet*") == r"&lt;script&gt;x&lt;/script&gt;Evil \*Outlet\*"
    assert escape_markdown("KOMPAS.com") == "KOMPAS.com"
