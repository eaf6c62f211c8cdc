"""What every analysis shares: sentence splitting, tokens with offsets, name normalisation.

Written once, used by ``terms``, ``quotes``, ``frames`` and ``reuse``.
"""

from __future__ import annotations

import html
import re
import unicodedata
from functools import lru_cache

from helpers.lexicons import load_list_or_empty

# ---- regular expressions (compiled once, here) ---------------------------------------------
#: A word: letters/digits, with inner hyphens or apostrophes (``orang-orang``, ``don't``, ``Iğdır``).
TOKEN_RE = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
#: Candidate sentence ends: terminal punctuation, optional closing quotes/brackets, then space.
SENTENCE_END_RE = re.compile(r"[.!?…]+[\"'”’»)\]]*(?=\s+)|\n\s*\n|\n")
#: The word just before a full stop (to test for abbreviations).
_LAST_WORD_RE = re.compile(r"([^\W\d_][\w.]*)\.$")
WHITESPACE_RE = re.compile(r"\s+")
PARAGRAPH_SPLIT_RE = re.compile(r"\n\s*\n")
#: Characters with a meaning in Markdown, backslash-escaped by :func:`escape_markdown`.
_MARKDOWN_SPECIAL_RE = re.compile(r"([\\`*_{}\[\]()#+\-!|~>])")

_FOLD_EXTRA = str.maketrans({"ı": "i", "İ": "I", "ß": "ss", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L",
                             "đ": "d", "Đ": "D", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "’": "'"})


def strip_diacritics(text: str) -> str:
    """Remove diacritics, keeping case: ``Iğdır`` -> ``Igdir``, ``Ünsal`` -> ``Unsal``."""
    if text.isascii():
        return text
    text = text.translate(_FOLD_EXTRA)
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def fold(text: str) -> str:
    """Case- and diacritic-insensitive key: ``Iğdır`` -> ``igdir``, ``Erdoğan`` -> ``erdogan``."""
    return strip_diacritics(text).casefold()


def normalize_space(text: str) -> str:
    """Collapse runs of white space (including no-break spaces) into one space."""
    return WHITESPACE_RE.sub(" ", text).strip()


def tokens(text: str) -> list[tuple[str, int, int]]:
    """Word tokens with character offsets: ``[(token, start, end), ...]`` (case kept)."""
    return [(m.group(), m.start(), m.end()) for m in TOKEN_RE.finditer(text)]


#: For :func:`count_words`: ASCII letters and digits -> ``a``, the joiners ``-`` and ``'`` -> ``-``, the rest -> space.
_COUNT_TABLE = bytes(97 if i < 128 and chr(i).isalnum() else 45 if chr(i) in "-'" else 32 for i in range(256))
_ASCII_BYTES = bytes(range(128))


def count_words(text: str) -> int:
    """Number of word tokens in ``text`` (the matches of :data:`TOKEN_RE`)."""
    if not text.isascii():
        # the non-ASCII characters, in order: UTF-8 encodes each as bytes >= 0x80 only
        extra = set(text.encode("utf-8", "surrogatepass").translate(None, _ASCII_BYTES).decode("utf-8", "surrogatepass"))
        if any(ch.isalnum() for ch in extra):  # a non-ASCII word character: the regular expression decides
            return sum(1 for _ in TOKEN_RE.finditer(text))
        # only non-word characters outside ASCII (£, “, —); ’ joins like '
        data = (text.replace("’", "'") if "’" in extra else text).encode("ascii", "replace")
    else:
        data = text.encode("ascii")
    # Same count as the regex, at C speed: a token starts at a word run that is not glued to the
    # previous run by a single joiner ("a-a" continues a token; " a", "--a", " -a" start one).
    s = data.translate(_COUNT_TABLE)
    return s.count(b" a") + s.count(b"--a") + s.count(b" -a") + s.startswith(b"a") + s.startswith(b"-a")


@lru_cache(maxsize=16)
def _abbreviations(languages: tuple[str, ...]) -> frozenset[str]:
    out: set[str] = set()
    for lang in languages:
        out.update(a.lower().rstrip(".") for a in load_list_or_empty("abbreviations", lang))
    return frozenset(out)


def split_sentences(text: str, *, language: str | None = None) -> list[tuple[int, int]]:
    """Sentence spans ``[(start, end), ...]`` covering ``text`` without surrounding space.

    Paragraph and line breaks always end a sentence; ``.``, ``!``, ``?`` end one unless the word
    before is a known abbreviation (``Dr.``, ``Prof.``, ``U.S.``; lexicon ``abbreviations``) or a
    single initial, or the next character is lower case.
    """
    langs = tuple(sorted({language or "en", "en", "id"}))
    abbrev = _abbreviations(langs)
    spans: list[tuple[int, int]] = []
    start = 0
    n = len(text)
    for m in SENTENCE_END_RE.finditer(text):
        end = m.end()
        if "\n" not in m.group():
            # text before the punctuation
            before = text[max(start, m.start() - 40): m.start() + 1]
            w = _LAST_WORD_RE.search(before)
            if w:
                word = w.group(1).lower().rstrip(".")
                if word in abbrev or (len(word) == 1 and word.isalpha()):
                    continue
            nxt = text[end:end + 3].lstrip()
            if nxt[:1].islower():
                continue
        _append_span(text, start, end, spans)
        start = end
    if start < n:
        _append_span(text, start, n, spans)
    return spans


def _append_span(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


def sentences(text: str, *, language: str | None = None) -> list[str]:
    """The sentences of ``text`` as strings (see :func:`split_sentences`)."""
    return [text[s:e] for s, e in split_sentences(text, language=language)]


def paragraphs(text: str) -> list[str]:
    """Paragraphs of a body (separated by blank lines), stripped, empty ones dropped."""
    return [p.strip() for p in PARAGRAPH_SPLIT_RE.split(text) if p.strip()]


def escape_markdown(text: object) -> str:
    """Corpus text (an outlet, a term, a title) safe to put in a Markdown string: HTML escaped, so
    ``<script>`` shows as text, and Markdown punctuation backslash-escaped, so ``*`` stays a star."""
    return _MARKDOWN_SPECIAL_RE.sub(r"\\\1", html.escape(" ".join(str(text).split()), quote=False))
