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
#: Where a sentence can end: terminal punctuation (and closing quotes or brackets) before white space,
#: a blank line, a line break; the same matches as ``[.!?…]+["'”’»)\]]*(?=\s+)|\n\s*\n|\n``, written
#: to start with a character set (``re`` then skips to those characters instead of trying the
#: alternation at every position).
SENTENCE_END_RE = re.compile(r"[.!?…\n](?:(?<=[.!?…])[.!?…]*[\"'”’»)\]]*(?=\s+)|(?<=\n)\s*\n|(?<=\n))")
_WORD_RUN_RE = re.compile(r"[\w.]*")
_LETTER_RE = re.compile(r"[^\W\d_]")
#: The word just before a full stop (to test for abbreviations).
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


#: Abbreviations of "number" that hold a sentence together only before a digit ("No. 10 Downing Street",
#: "no. 5"; but 'He said no. But ...').
_NUMBER_ABBREVIATIONS = frozenset({"no", "nos"})


@lru_cache(maxsize=16)
def _abbreviations(languages: tuple[str, ...]) -> frozenset[str]:
    out: set[str] = set()
    for lang in languages:
        # (s25idspk: an entry written with a capital, "Ny", matches only as written; the others in any case)
        out.update(a.rstrip(".") if a[:1].isupper() else a.lower().rstrip(".")
                   for a in load_list_or_empty("abbreviations", lang))
    return frozenset(out)


@lru_cache(maxsize=16)
def _abbreviation_lengths(languages: tuple[str, ...]) -> tuple[frozenset[str], int]:
    """The abbreviations of ``languages`` and a length no abbreviation (nor an initial) reaches."""
    abbrev = _abbreviations(languages)
    return abbrev, max([2, *(len(a) + 1 for a in abbrev)])


def split_sentences(text: str, *, language: str | None = None) -> list[tuple[int, int]]:
    """Sentence spans ``[(start, end), ...]`` covering ``text`` without surrounding space.

    Paragraph and line breaks always end a sentence; ``.``, ``!``, ``?`` end one unless the word
    before is a known abbreviation (``Dr.``, ``Prof.``, ``U.S.``; lexicon ``abbreviations``; ``No.``
    only before a digit) or a single initial, or the next character is lower case. (Only a full stop asks for the word before
    it; tests/test_text.py checks the spans against a plain regex implementation.)
    """
    abbrev, longer = _abbreviation_lengths(tuple(sorted({language or "en", "en", "id"})))
    spans: list[tuple[int, int]] = []
    start = 0
    n = len(text)
    rev = ""
    for m in SENTENCE_END_RE.finditer(text):
        ms, end = m.span()
        first = text[ms]
        if first != "\n":
            if first == "." and not (ms >= longer and text[ms - longer:ms].isalpha()):
                # (`longer` letters before the full stop: the word is no abbreviation nor an initial)
                # _LAST_WORD_RE on text[max(start, ms - 40):ms + 1]: the word is the [\w.] run before
                # the full stop (found backwards on the reversed text), from its first letter on
                rev = rev or text[::-1]
                lo = max(start, ms - 40, ms - (_WORD_RUN_RE.match(rev, n - ms).end() - (n - ms)))
                w = _LETTER_RE.search(text, lo, ms)
                if w:
                    raw = text[w.start():ms].rstrip(".")
                    word = raw.lower()
                    if ((word in abbrev or raw in abbrev)
                            and (word not in _NUMBER_ABBREVIATIONS or text[end:end + 3].lstrip()[:1].isdigit())
                            or (len(word) == 1 and word.isalpha() and not text[w.start() - 1:w.start()].isdigit())):
                        # (a letter after a digit, "the 1930s.", "£5m.", is no initial)
                        continue
            if text[end:end + 3].lstrip()[:1].islower():
                continue
        seg = text[start:end]
        stripped = seg.strip()
        if stripped:
            a = start + len(seg) - len(seg.lstrip())
            spans.append((a, a + len(stripped)))
        start = end
    if start < len(text):
        seg = text[start:]
        stripped = seg.strip()
        if stripped:
            a = start + len(seg) - len(seg.lstrip())
            spans.append((a, a + len(stripped)))
    return spans


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
