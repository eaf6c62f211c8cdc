"""Which words and phrases dominate, where, and what is distinctive: term counts, a sparse
document-term matrix, tf-idf, keyness (log-likelihood G2 with Log Ratio), keyword in context,
collocations and term trends, for Indonesian and English news.

Tokens come from :data:`helpers.text.TOKEN_RE` (letters/digits with inner hyphens or apostrophes:
``orang-orang``, ``don't``, ``Iğdır`` are one token each) on the lower-cased text. Every analysis
takes the same token options (keyword-only, see :func:`tokenize`):

``stopwords`` (True: the shipped list of each article's language, ``helpers/lexicons/<lang>/
stopwords.txt``, from stopwords-iso with quote cues and negations taken out; False: none; or your
own iterable of words), ``extra_stopwords``, ``numbers`` (keep tokens with digits), ``dates`` (keep
month and weekday names), ``possessive`` (``Sabah's`` -> ``sabah``), ``clitics`` (``"keep"`` or
``"strip"``: ``tambahnya`` -> ``tambah`` when the rest is an Indonesian root word), ``reduplication``
(``"keep"`` or ``"base"``: ``orang-orang`` -> ``orang``), ``fold_diacritics`` (``iğdır`` -> ``igdir``),
``stem`` (PySastrawi for Indonesian; names, i.e. words never written in lower case in the corpus,
and words with non-ASCII letters are never stemmed) and ``min_length``.

The language of each article comes from its ``language`` column; ``language=`` fills it where that
column is missing or empty.

How counting stays fast (see :class:`_Encoder`): articles are read in batches as Arrow strings,
lower-cased, split on white space and dictionary-encoded by Arrow kernels; each distinct
whitespace chunk (``"armenia,"``) is mapped once for the whole corpus to its term codes (plain
ASCII chunks in bulk, the rest through the same regular expression as :func:`tokenize`, so both
give the same tokens); counting and document frequencies are NumPy operations on those codes.
No Python code runs per token.
"""

from __future__ import annotations

import re
import warnings
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain, repeat
from typing import Any

import numpy as np
import pandas as pd
from scipy import sparse
from scipy.stats import chi2

from helpers.lexicons import load_list_or_empty
from helpers.tables import dask_aware, dask_collects, dask_rows, require_columns
from helpers.text import TOKEN_RE, escape_markdown, fold, split_sentences

__all__ = [
    "DocumentTermMatrix",
    "collocations",
    "describe_keyness",
    "describe_terms",
    "describe_trends",
    "document_term_matrix",
    "group_column",
    "keyness",
    "kwic",
    "log_likelihood",
    "log_ratio",
    "stopword_list",
    "term_counts",
    "term_trends",
    "tfidf",
    "tokenize",
]

# ---- regular expressions (compiled once, here) ---------------------------------------------
_WORD = TOKEN_RE.pattern  # [^\W_]+(?:[-'’][^\W_]+)*
_WORD_NO_POSSESSIVE = r"[^\W_]+(?:-[^\W_]+|'(?!s(?![^\W_]))[^\W_]+)*"
_POSSESSIVE = r"(?:(?<=[^\W_])'s(?![^\W_]))?"
#: A token, its trailing possessive ``'s`` consumed but not returned by ``findall``
#: (``Sabah's`` -> ``Sabah``; ``don't`` stays whole).
TOKEN_NO_POSSESSIVE_RE = re.compile("(" + _WORD_NO_POSSESSIVE + ")" + _POSSESSIVE)
#: Tokens plus the punctuation that n-grams must not cross (sentence ends, commas, quotes, brackets,
#: dashes, line breaks).
_BARRIER_CHARS = ".!?;:,()[]{}\"“”«»„…—–'\n"
_BARRIER_CLASS = r"[.!?;:,()\[\]{}\"“”«»„…—–'\n]"
_NGRAM_RE = re.compile(_WORD + "|" + _BARRIER_CLASS)
_NGRAM_NO_POSSESSIVE_RE = re.compile("(" + _WORD_NO_POSSESSIVE + "|" + _BARRIER_CLASS + ")" + _POSSESSIVE)
_BARRIERS = frozenset(_BARRIER_CHARS)
_DIGIT_RE = re.compile(r"\d")
_REDUP_RE = re.compile(r"^([^\W_]+)-\1$")
_CLITIC_RE = re.compile(r"^([^\W_].*?)(nya|lah|kah|pun)$")
_SPACE_RE = re.compile(r"\s+")
_WILDCARD = "[^\\W_]*"
_WORD_LEFT = r"(?<![^\W_])(?<![^\W_][-'’])"
_WORD_RIGHT = r"(?![^\W_])(?![-'’][^\W_])"

_GROUP_MISSING = "(missing)"
_LANG_UNKNOWN = ""

_OPTION_DEFAULTS: dict[str, Any] = {
    "stopwords": True,
    "extra_stopwords": (),
    "numbers": True,
    "dates": True,
    "possessive": True,
    "clitics": "keep",
    "reduplication": "keep",
    "fold_diacritics": False,
    "stem": False,
    "min_length": 1,
}


# ---- options and per-language normalisation ------------------------------------------------
@dataclass(frozen=True)
class _Options:
    stopwords: bool | frozenset[str] = True
    extra_stopwords: frozenset[str] = frozenset()
    numbers: bool = True
    dates: bool = True
    possessive: bool = True
    clitics: str = "keep"
    reduplication: str = "keep"
    fold_diacritics: bool = False
    stem: bool = False
    min_length: int = 1

    @property
    def injective(self) -> bool:
        """True when every kept word maps to itself (so document frequencies can be summed)."""
        return not (self.clitics == "strip" or self.reduplication == "base" or self.fold_diacritics or self.stem)


def _options(opts: dict[str, Any]) -> _Options:
    unknown = sorted(set(opts) - set(_OPTION_DEFAULTS))
    if unknown:
        raise TypeError(f"unknown token option(s) {unknown}; token options are {sorted(_OPTION_DEFAULTS)}")
    merged = {**_OPTION_DEFAULTS, **opts}
    sw = merged["stopwords"]
    if isinstance(sw, str):
        raise TypeError("stopwords= takes True, False or an iterable of words, not a string")
    if not isinstance(sw, bool):
        sw = frozenset(w.lower() for w in sw)
    extra = merged["extra_stopwords"]
    if isinstance(extra, str):
        extra = [extra]
    for name, allowed in (("clitics", ("keep", "strip")), ("reduplication", ("keep", "base"))):
        if merged[name] not in allowed:
            raise ValueError(f"{name}= must be one of {allowed}, got {merged[name]!r}")
    return _Options(
        stopwords=sw,
        extra_stopwords=frozenset(w.lower() for w in extra),
        numbers=bool(merged["numbers"]),
        dates=bool(merged["dates"]),
        possessive=bool(merged["possessive"]),
        clitics=merged["clitics"],
        reduplication=merged["reduplication"],
        fold_diacritics=bool(merged["fold_diacritics"]),
        stem=bool(merged["stem"]),
        min_length=int(merged["min_length"]),
    )


def stopword_list(language: str | None) -> frozenset[str]:
    """The shipped stopwords for ``language`` (empty where the language has no list)."""
    return _stopwords(language or "")


@lru_cache(maxsize=32)
def _stopwords(language: str) -> frozenset[str]:
    return frozenset(w.lower().replace("’", "'") for w in load_list_or_empty("stopwords", language))


@lru_cache(maxsize=32)
def _date_words(language: str) -> frozenset[str]:
    out: set[str] = set()
    for name in ("months", "weekdays"):
        for entry in load_list_or_empty(name, language):
            out.add(entry.split("\t")[0].split()[0].lower())
    return frozenset(out)


@lru_cache(maxsize=1)
def _sastrawi() -> tuple[Any, frozenset[str]]:
    try:
        from Sastrawi.Stemmer.StemmerFactory import StemmerFactory
    except ImportError as exc:  # pragma: no cover - pysastrawi is a pinned dependency
        raise ImportError("stem=True needs PySastrawi (pip install PySastrawi)") from exc
    factory = StemmerFactory()
    words = frozenset(w.strip() for w in factory.get_words() if w.strip())
    return factory.create_stemmer(), words


@lru_cache(maxsize=8)
def _stem_overrides(language: str) -> dict[str, str]:
    out = {}
    for entry in load_list_or_empty("stem_overrides", language):
        parts = entry.split()
        if len(parts) == 2:
            out[parts[0].lower()] = parts[1].lower()
    return out


class _Normalizer:
    """Maps a lower-cased raw token to its term (or None to drop it); cached per distinct token."""

    def __init__(self, language: str, options: _Options, names: frozenset[str] = frozenset()) -> None:
        self.language = language
        self.options = options
        if options.stopwords is True:
            stop = set(_stopwords(language))
        elif options.stopwords is False:
            stop = set()
        else:
            stop = set(options.stopwords)
        stop |= options.extra_stopwords
        self.stop = frozenset(stop)
        self.date_words = _date_words(language) if not options.dates else frozenset()
        self.names = names
        self.indonesian = language == "id"
        self.cache: dict[str, str | None] = {}
        self.identity_ok = options.injective

    def __call__(self, raw: str) -> str | None:
        try:
            return self.cache[raw]
        except KeyError:
            out = self.cache[raw] = self._compute(raw)
            return out

    def _compute(self, raw: str) -> str | None:
        o = self.options
        if raw in _BARRIERS or not raw:
            return None
        if raw in self.stop:
            return None
        term = raw
        if o.reduplication == "base":
            m = _REDUP_RE.match(term)
            if m:
                term = m.group(1)
        if self.indonesian and o.clitics == "strip" and term not in self.names:
            term = _strip_clitic(term)
        if self.indonesian and o.stem and term not in self.names and term.isascii():
            term = _stem(term)
        if o.fold_diacritics:
            term = fold(term)
        if term != raw and term in self.stop:
            return None
        if not o.numbers and _DIGIT_RE.search(term):
            return None
        if self.date_words and term in self.date_words:
            return None
        if len(term) < o.min_length:
            return None
        return term

    def gram(self, key: str) -> str | None:
        """Map an n-gram key (raw words joined by single spaces)."""
        try:
            return self.cache[key]
        except KeyError:
            parts = [self(p) for p in key.split(" ")]
            out = None if any(p is None for p in parts) else " ".join(parts)
            self.cache[key] = out
            return out


def _strip_clitic(word: str) -> str:
    _, roots = _sastrawi()
    if word in roots or "-" in word:
        return word
    m = _CLITIC_RE.match(word)
    if m and len(m.group(1)) >= 3 and m.group(1) in roots:
        return m.group(1)
    return word


_STEM_CACHE: dict[str, str] = {}


def _stem(word: str) -> str:
    try:
        return _STEM_CACHE[word]
    except KeyError:
        pass
    override = _stem_overrides("id").get(word)
    if override is not None:
        out = override
    else:
        stemmer, _ = _sastrawi()
        out = stemmer.stem(word) or word
        if " " in out:  # Sastrawi splits what it cannot read; keep the word as written
            out = word
    _STEM_CACHE[word] = out
    return out


def _lower(text: str) -> str:
    """Lower-case a whole text once; straight apostrophes; no stray combining dot (``İ``)."""
    text = text.lower()
    if "’" in text:
        text = text.replace("’", "'")
    if "\u0307" in text:
        text = text.replace("\u0307", "")
    return text


# ---- public: one text ----------------------------------------------------------------------
def tokenize(text: str, *, language: str | None = None, **token_options: Any) -> list[str]:
    """The terms of one text, in order, after the token options (stopwords dropped by default).

    Args:
        text: any text (an article body).
        language: ISO 639-1 code choosing the stopword list and Indonesian rules (``id``).
        **token_options: ``stopwords`` (True | False | iterable), ``extra_stopwords``, ``numbers``
            (True), ``dates`` (True), ``possessive`` (True), ``clitics`` ("keep" | "strip"),
            ``reduplication`` ("keep" | "base"), ``fold_diacritics`` (False), ``stem`` (False),
            ``min_length`` (1).

    Returns:
        Lower-case terms, e.g. ``tokenize("Orang-orang di Iğdır", language="id")`` ->
        ``["orang-orang", "iğdır"]``.
    """
    options = _options(token_options)
    regex = TOKEN_NO_POSSESSIVE_RE if options.possessive else TOKEN_RE
    names = _names([text], options, regex) if options.stem or options.clitics == "strip" else frozenset()
    norm = _Normalizer(_norm_language(language), options, names)
    return [t for t in map(norm, regex.findall(_lower(text))) if t is not None]


# ---- the scan: one pass over the corpus ----------------------------------------------------
def _norm_language(value: Any) -> str:
    if value is None or (isinstance(value, float) and np.isnan(value)) or value is pd.NA:
        return _LANG_UNKNOWN
    return str(value).strip().lower()


def _article_languages(articles: pd.DataFrame, language: str | None) -> pd.Series:
    fallback = _norm_language(language)
    if "language" in articles.columns:
        col = articles["language"].astype("object")
        langs = col.map(_norm_language)
        langs = langs.where(langs != _LANG_UNKNOWN, fallback)
    else:
        langs = pd.Series(fallback, index=articles.index, dtype="object")
    unknown = int((langs == _LANG_UNKNOWN).sum())
    if unknown:
        warnings.warn(
            f"{unknown} article(s) have no language (no 'language' value and no language= option): "
            "no stopwords are removed from them; pass language='id' or 'en'",
            stacklevel=3,
        )
    missing = sorted({lang for lang in langs.unique() if lang and not _stopwords(lang)})
    if missing:
        warnings.warn(f"no stopword list for language(s) {missing}: no stopwords removed from those articles", stacklevel=3)
    return langs


def _texts(articles: pd.DataFrame, column: str) -> pd.Series:
    return articles[column].astype("object").where(articles[column].notna(), "").map(str)


def _arrow_texts(articles: pd.DataFrame, column: str) -> Any:
    """The text column as one Arrow large_string array, missing values as ""."""
    import pyarrow as pa
    import pyarrow.compute as pc

    col = articles[column]
    try:
        arr = pa.array(col, from_pandas=True)
    except (pa.ArrowInvalid, pa.ArrowTypeError):
        arr = pa.array(_texts(articles, column).tolist())
    if isinstance(arr, pa.ChunkedArray):
        arr = arr.combine_chunks()
    if not (pa.types.is_string(arr.type) or pa.types.is_large_string(arr.type)):
        arr = pa.array(_texts(articles, column).tolist())
    arr = arr.cast(pa.large_string())
    if arr.null_count:
        arr = pc.fill_null(arr, "")
    return arr


def _groups(articles: pd.DataFrame, by: str | None) -> pd.Series:
    if by is None:
        return pd.Series([None] * len(articles), index=articles.index, dtype="object")
    values = articles[by].astype("object")
    return values.where(values.notna(), _GROUP_MISSING)


def _names(texts: Iterable[str], options: _Options, regex: re.Pattern[str]) -> frozenset[str]:
    """Lower-cased words never written in lower case in ``texts`` (names: protected from stemming)."""
    written: set[str] = set()
    lower_seen: set[str] = set()
    for text in texts:
        toks = regex.findall(text.replace("’", "'"))
        written.update(toks)
        lower_seen.update(filter(str.islower, toks))
    return frozenset(_lower(w) for w in written) - frozenset(lower_seen)


def _sorted_groups(groups: Iterable[Any]) -> list[Any]:
    return sorted(groups, key=lambda g: (str(type(g).__name__), str(g)) if g is not None else ("", ""))


# ---- the engine: batched Arrow tokenization, codes per token, aggregation in NumPy -----------
_DROPPED = -1  # a word that is not counted (stopword, number, ...): counts as a word, ends n-grams
_BARRIER = -2  # punctuation that n-grams do not cross
_PLACEHOLDER = -3  # a chunk of several words, counted separately
_SHIFT = np.int64(31)
_LOW = np.int64((1 << 31) - 1)
_UNSEEN = -9  # a chunk not mapped yet
#: Characters that never belong to a token at the ends of a whitespace chunk (trimmed in bulk).
_TRIM_CHARS = "".join(sorted(set(".,;:!?()[]{}<>\"'`*#%&+/=@^|~$£€“”‘’«»„…—–-_")))
#: A plain lower-case ASCII token (letters/digits with inner hyphens): mapped in bulk.
_PLAIN_ASCII = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"


@lru_cache(maxsize=64)
def _value_set(words: frozenset[str]) -> Any:
    import pyarrow as pa

    return pa.array(sorted(words), type=pa.large_string())

_BATCH = 1024
_BATCH_MAX = 8192


class _Encoder:
    """Turns texts into per-token term codes, mapping each distinct whitespace chunk once.

    A chunk (``"armenia,"``, ``"(dk"``, ``"sabah's"``) is split with the same regular expressions as
    :func:`tokenize` (tokens never contain white space, so this equals tokenizing the whole text),
    and each of its words goes through the language's :class:`_Normalizer` once for the corpus.
    """

    def __init__(self, norms: dict[str, _Normalizer], options: _Options, *, barriers: bool) -> None:
        self.norms = norms
        self.options = options
        # bulk mapping is exact only when every kept word is its own term
        self.fast = options.injective
        self.barriers = barriers
        if barriers:  # n-grams: punctuation is kept as a barrier code
            self.findall = (_NGRAM_NO_POSSESSIVE_RE if options.possessive else _NGRAM_RE).findall
        else:
            self.findall = (TOKEN_NO_POSSESSIVE_RE if options.possessive else TOKEN_RE).findall
        self.vocab: dict[str, int] = {}
        self.terms: list[str] = []
        self.single: dict[str, dict[str, int]] = {lang: {} for lang in norms}  # chunk -> one code
        self.multi: dict[str, dict[str, tuple[int, ...]]] = {lang: {} for lang in norms}  # chunk -> codes

    def _term_id(self, part: str, norm: _Normalizer) -> int:
        if part in _BARRIERS:
            return _BARRIER
        term = norm(part)
        if term is None:
            return _DROPPED
        tid = self.vocab.get(term)
        if tid is None:
            tid = self.vocab[term] = len(self.terms)
            self.terms.append(term)
        return tid

    def _fast_map(self, dictionary: Any, uniq: list[str], pending: np.ndarray, codes: np.ndarray,
                  lang: str) -> np.ndarray:
        """Map new plain ASCII chunks in bulk (Arrow kernels); return the positions left for Python."""
        import pyarrow as pa
        import pyarrow.compute as pc

        norm = self.norms[lang]
        chunks = dictionary.take(pa.array(pending))
        words = chunks if self.barriers else pc.utf8_trim(chunks, characters=_TRIM_CHARS)
        plain = pc.match_substring_regex(words, _PLAIN_ASCII).to_numpy(zero_copy_only=False)
        if self.barriers:
            plain &= pc.equal(words, chunks).to_numpy(zero_copy_only=False)
        sel = np.flatnonzero(plain)
        if not len(sel):
            return pending
        words = words.take(pa.array(sel))
        drop = np.zeros(len(sel), dtype=bool)
        if norm.stop:
            drop |= pc.is_in(words, value_set=_value_set(norm.stop)).to_numpy(zero_copy_only=False)
        if not self.options.numbers:
            drop |= pc.match_substring_regex(words, "[0-9]").to_numpy(zero_copy_only=False)
        if norm.date_words:
            drop |= pc.is_in(words, value_set=_value_set(norm.date_words)).to_numpy(zero_copy_only=False)
        if self.options.min_length > 1:
            drop |= (pc.utf8_length(words).to_numpy(zero_copy_only=False) < self.options.min_length)
        word_list = words.to_pylist()
        vocab, terms = self.vocab, self.terms
        out = np.fromiter(map(vocab.get, word_list, repeat(_UNSEEN)), dtype=np.int64, count=len(word_list))
        out[drop] = _DROPPED
        for j in np.flatnonzero(out == _UNSEEN).tolist():
            w = word_list[j]
            tid = vocab.get(w)  # the same word may come from several chunks ("1," and "1.")
            if tid is None:
                tid = vocab[w] = len(terms)
                terms.append(w)
            out[j] = tid
        positions = pending[sel]
        codes[positions] = out
        self.single[lang].update(zip([uniq[i] for i in positions.tolist()], out.tolist(), strict=True))
        return pending[~plain]

    def encode(self, texts: Any, rows: np.ndarray, lang: str) -> tuple[np.ndarray, np.ndarray]:
        """(article row of each token, code of each token) in text order; ``texts``: an Arrow string array."""
        import pyarrow.compute as pc

        arr = pc.utf8_lower(texts)
        arr = pc.replace_substring(arr, "’", "'")
        arr = pc.replace_substring(arr, "\u0307", "")
        split = pc.utf8_split_whitespace(arr)
        parents = pc.list_parent_indices(split).to_numpy(zero_copy_only=False)
        encoded = pc.dictionary_encode(split.flatten())
        idx = encoded.indices.to_numpy(zero_copy_only=False)
        uniq = encoded.dictionary.to_pylist()
        single, multi = self.single[lang], self.multi[lang]
        codes = np.fromiter(map(single.get, uniq, repeat(_UNSEEN, len(uniq))), dtype=np.int64, count=len(uniq))
        pending = np.flatnonzero(codes == _UNSEEN)
        expand: dict[int, tuple[int, ...]] = {}
        if len(pending) and self.fast:
            pending = self._fast_map(encoded.dictionary, uniq, pending, codes, lang)
        if len(pending):
            norm, findall, term_id = self.norms[lang], self.findall, self._term_id
            for i in pending.tolist():
                chunk = uniq[i]
                found = multi.get(chunk)
                if found is None:
                    parts = findall(chunk)
                    if len(parts) == 1:
                        single[chunk] = codes[i] = term_id(parts[0], norm)
                        continue
                    if not parts:
                        single[chunk] = codes[i] = _BARRIER
                        continue
                    found = multi[chunk] = tuple(term_id(p, norm) for p in parts)
                expand[i] = found
        tok_rows = rows[parents]
        if not expand:
            return tok_rows, codes[idx]
        if not self.barriers:  # unigrams: order does not matter; put the extra words at the end
            multi_idx = np.fromiter(expand.keys(), dtype=np.int64, count=len(expand))
            codes[multi_idx] = _PLACEHOLDER
            tok_codes = codes[idx]
            where = np.flatnonzero(tok_codes == _PLACEHOLDER)
            lens = np.zeros(len(uniq), dtype=np.int64)
            lens[multi_idx] = [len(f) for f in expand.values()]
            offsets = np.cumsum(lens) - lens
            flat = np.fromiter(chain.from_iterable(expand[i] for i in multi_idx.tolist()), dtype=np.int64,
                               count=int(lens.sum()))
            occ = lens[idx[where]]
            ends = np.cumsum(occ)
            within = np.arange(int(ends[-1]) if len(ends) else 0, dtype=np.int64) - np.repeat(ends - occ, occ)
            extra_codes = flat[np.repeat(offsets[idx[where]], occ) + within]
            return (np.concatenate([tok_rows, np.repeat(tok_rows[where], occ)]),
                    np.concatenate([tok_codes, extra_codes]))
        lens = np.ones(len(uniq), dtype=np.int64)
        for i, found in expand.items():
            lens[i] = len(found)
        offsets = np.cumsum(lens) - lens
        flat = np.empty(int(lens.sum()), dtype=np.int64)
        flat[offsets] = codes  # single-code chunks (multi ones are overwritten below)
        for i, found in expand.items():
            flat[offsets[i]:offsets[i] + len(found)] = found
        occ = lens[idx]
        ends = np.cumsum(occ)
        within = np.arange(int(ends[-1]) if len(ends) else 0, dtype=np.int64) - np.repeat(ends - occ, occ)
        return np.repeat(tok_rows, occ), flat[np.repeat(offsets[idx], occ) + within]


def _grams(tok_rows: np.ndarray, codes: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray]:
    """(row, term-id matrix of shape (m, n)) of the n-grams within one article and within punctuation."""
    if n == 1:
        keep = codes >= 0
        return tok_rows[keep], codes[keep].reshape(-1, 1)
    m = len(codes) - n + 1
    if m <= 0:
        return np.zeros(0, dtype=np.int64), np.zeros((0, n), dtype=np.int64)
    ok = np.ones(m, dtype=bool)
    for i in range(n):
        ok &= codes[i:i + m] >= 0
    for i in range(1, n):
        ok &= tok_rows[i:i + m] == tok_rows[:m]
    pos = np.flatnonzero(ok)
    return tok_rows[pos], np.stack([codes[pos + i] for i in range(n)], axis=1)


def _pack(mat: np.ndarray) -> np.ndarray:
    """One int64 key per row of term ids (n = 1 or 2)."""
    if mat.shape[1] == 1:
        return mat[:, 0]
    return (mat[:, 0] << _SHIFT) | mat[:, 1]


@dataclass
class _Tally:
    """Counts per (unit, n-gram) where a unit is a group or an article row."""

    terms: list[str]  # term strings by id
    unit: np.ndarray  # unit code per row
    grams: np.ndarray  # (rows, n) term ids; n differs only between tallies of different n
    count: np.ndarray
    docs: np.ndarray
    n_words: np.ndarray  # per unit code
    n_articles: np.ndarray  # per unit code

    def strings(self, mask: np.ndarray | None = None) -> np.ndarray:
        """The term (n-gram) strings of the rows (of the rows in ``mask``), as an object array."""
        grams = self.grams if mask is None else self.grams[mask]
        if not len(grams):
            return np.array([], dtype=object)
        if grams.shape[1] == 1:
            return np.array(self.terms, dtype=object)[grams[:, 0]]
        terms = self.terms
        cols = [grams[:, j].tolist() for j in range(grams.shape[1])]
        if len(cols) == 2:
            out = [terms[a] + " " + terms[b] for a, b in zip(cols[0], cols[1], strict=True)]
        else:
            out = [" ".join(terms[i] for i in ids) for ids in zip(*cols, strict=True)]
        arr = np.empty(len(out), dtype=object)
        arr[:] = out
        return arr


def _aggregate(unit: np.ndarray, rows: np.ndarray, mat: np.ndarray, *, per_row: bool, n_terms: int) -> pd.DataFrame:
    """Occurrences -> one line per (unit, gram): count and articles (number of distinct rows)."""
    n = mat.shape[1]
    n_units = int(unit.max()) + 1 if len(unit) else 1
    if n == 1 and not per_row and n_units * n_terms <= 20_000_000:
        t = mat[:, 0]
        cnt = np.bincount(unit[rows] * n_terms + t, minlength=n_units * n_terms)
        pairs = pd.unique((rows << _SHIFT) | t)
        dcnt = np.bincount(unit[pairs >> _SHIFT] * n_terms + (pairs & _LOW), minlength=n_units * n_terms)
        nz = np.flatnonzero(cnt)
        return pd.DataFrame({"u": nz // n_terms, "k": nz % n_terms, "count": cnt[nz], "docs": dcnt[nz]})
    if n <= 2:
        local, keys = pd.factorize(_pack(mat))
        keys = np.asarray(keys, dtype=np.int64)
        codes, pairs = pd.factorize((rows << _SHIFT) | local)
        pairs = np.asarray(pairs, dtype=np.int64)
        per_doc = np.bincount(codes)
        r, g = pairs >> _SHIFT, pairs & _LOW
        if per_row:
            return pd.DataFrame({"u": r, "k": keys[g], "count": per_doc, "docs": np.ones(len(r), dtype=np.int64)})
        codes2, uk = pd.factorize((unit[r] << _SHIFT) | g)
        uk = np.asarray(uk, dtype=np.int64)
        return pd.DataFrame({
            "u": uk >> _SHIFT, "k": keys[uk & _LOW],
            "count": np.bincount(codes2, weights=per_doc).astype(np.int64), "docs": np.bincount(codes2),
        })
    cols = [f"k{j}" for j in range(n)]
    frame = pd.DataFrame(mat, columns=cols)
    frame.insert(0, "r", rows)
    per_doc = frame.groupby(["r", *cols], sort=False).size().rename("count").reset_index()
    if per_row:
        return per_doc.rename(columns={"r": "u"}).assign(docs=1)
    per_doc["u"] = unit[per_doc["r"].to_numpy()]
    agg = per_doc.groupby(["u", *cols], sort=False)["count"].agg(["sum", "size"]).reset_index()
    return agg.rename(columns={"sum": "count", "size": "docs"})


def _combine(parts: list[pd.DataFrame], n: int) -> pd.DataFrame:
    keys = ["u", "k"] if n <= 2 else ["u", *[f"k{j}" for j in range(n)]]
    if not parts:
        return pd.DataFrame({c: np.zeros(0, dtype=np.int64) for c in [*keys, "count", "docs"]})
    if len(parts) == 1:
        return parts[0]
    frame = pd.concat(parts, ignore_index=True)
    if n == 2 and not frame["u"].any():  # one unit: the packed bigram key alone
        codes, k = pd.factorize(frame["k"].to_numpy(dtype=np.int64))
        return pd.DataFrame({
            "u": np.zeros(len(k), dtype=np.int64), "k": np.asarray(k, dtype=np.int64),
            "count": np.bincount(codes, weights=frame["count"].to_numpy()).astype(np.int64),
            "docs": np.bincount(codes, weights=frame["docs"].to_numpy()).astype(np.int64),
        })
    if n == 1:
        codes, uk = pd.factorize((frame["u"].to_numpy(dtype=np.int64) << _SHIFT) | frame["k"].to_numpy(dtype=np.int64))
        uk = np.asarray(uk, dtype=np.int64)
        return pd.DataFrame({
            "u": uk >> _SHIFT, "k": uk & _LOW,
            "count": np.bincount(codes, weights=frame["count"].to_numpy()).astype(np.int64),
            "docs": np.bincount(codes, weights=frame["docs"].to_numpy()).astype(np.int64),
        })
    return frame.groupby(keys, sort=False)[["count", "docs"]].sum().reset_index()


def _unpack(frame: pd.DataFrame, n: int) -> np.ndarray:
    if n == 1:
        return frame["k"].to_numpy(dtype=np.int64).reshape(-1, 1)
    if n == 2:
        k = frame["k"].to_numpy(dtype=np.int64)
        return np.stack([k >> _SHIFT, k & _LOW], axis=1)
    return frame[[f"k{j}" for j in range(n)]].to_numpy(dtype=np.int64)


_DENSE_MAX_UNITS = 8
_COMPACT_ROWS = 4_000_000


class _DenseTotals:
    """Running unigram counts and article counts per (unit, term) in dense arrays (few units)."""

    def __init__(self, n_units: int) -> None:
        self.n_units = n_units
        self.cap = 0
        self.count = np.zeros((n_units, 0), dtype=np.int64)
        self.docs = np.zeros((n_units, 0), dtype=np.int64)

    def _grow(self, n_terms: int) -> None:
        if n_terms <= self.cap:
            return
        cap = max(n_terms, int(self.cap * 1.5) + 1024)
        for name in ("count", "docs"):
            old = getattr(self, name)
            new = np.zeros((self.n_units, cap), dtype=np.int64)
            new[:, : old.shape[1]] = old
            setattr(self, name, new)
        self.cap = cap

    def add(self, unit: np.ndarray, rows: np.ndarray, terms: np.ndarray, n_terms: int) -> None:
        self._grow(n_terms)
        size = self.n_units * self.cap
        self.count += np.bincount(unit[rows] * self.cap + terms, minlength=size).reshape(self.n_units, self.cap)
        pairs = pd.unique((rows << _SHIFT) | terms)
        self.docs += np.bincount(unit[pairs >> _SHIFT] * self.cap + (pairs & _LOW),
                                 minlength=size).reshape(self.n_units, self.cap)

    def frame(self) -> pd.DataFrame:
        u, k = np.nonzero(self.count)
        return pd.DataFrame({"u": u.astype(np.int64), "k": k.astype(np.int64), "count": self.count[u, k],
                             "docs": self.docs[u, k]})


def _tally(
    articles: pd.DataFrame,
    *,
    by: str | None,
    language: str | None,
    text_column: str,
    token_options: dict[str, Any] | _Options,
    ngrams: tuple[int, int] = (1, 1),
    per_article: bool = False,
) -> tuple[list[Any], dict[int, _Tally], _Options, dict[str, _Normalizer]]:
    """One pass over the corpus: counts per (group or article, term) for each n in ``ngrams``.

    Returns the unit labels (group values, or row numbers with ``per_article``), one :class:`_Tally`
    per n, the options and the normalisers by language.
    """
    cols = [text_column] + ([by] if by else [])
    require_columns(articles, ["article_id", *cols])
    import pyarrow as pa

    lo, hi = _check_ngrams(ngrams)
    options = token_options if isinstance(token_options, _Options) else _options(token_options)
    texts = _arrow_texts(articles, text_column)
    langs = _article_languages(articles, language).to_numpy(dtype=object)
    n_rows = len(texts)
    if per_article:
        labels: list[Any] = list(range(n_rows))
        unit = np.arange(n_rows, dtype=np.int64)
    else:
        groups = _groups(articles, by)
        labels = _sorted_groups(pd.unique(groups.to_numpy(dtype=object))) if n_rows else []
        index = {g: i for i, g in enumerate(labels)}
        unit = np.fromiter((index[g] for g in groups), dtype=np.int64, count=n_rows)
    names: frozenset[str] = frozenset()
    if options.stem or options.clitics == "strip":
        names = _names(texts.to_pylist(), options, TOKEN_NO_POSSESSIVE_RE if options.possessive else TOKEN_RE)
    norms = {lang: _Normalizer(lang, options, names) for lang in sorted(set(langs))}
    encoder = _Encoder(norms, options, barriers=hi > 1)
    n_units = len(labels)
    n_words = np.zeros(n_units, dtype=np.int64)
    parts: dict[int, list[pd.DataFrame]] = {n: [] for n in range(lo, hi + 1)}
    # unigrams over a few units: dense running totals per (unit, term), no per-batch tables
    dense = _DenseTotals(n_units) if lo == 1 and not per_article and n_units <= _DENSE_MAX_UNITS else None
    pending = dict.fromkeys(parts, 0)
    compacted = dict.fromkeys(parts, 0)
    for lang in sorted(norms):
        lang_rows = np.flatnonzero(langs == lang)
        # batches grow with the corpus: fewer per-batch lookups on large corpora, little memory on small ones
        size = int(min(_BATCH_MAX, max(_BATCH, len(lang_rows) // 50)))
        for b in range(0, len(lang_rows), size):
            rows = lang_rows[b:b + size]
            if rows[-1] - rows[0] == len(rows) - 1:  # contiguous: a zero-copy slice
                batch = texts.slice(int(rows[0]), len(rows))
            else:
                batch = texts.take(pa.array(rows))
            tok_rows, codes = encoder.encode(batch, rows, lang)
            words = tok_rows[codes >= _DROPPED]
            n_words += np.bincount(unit[words], minlength=n_units)
            for n in range(lo, hi + 1):
                r, mat = _grams(tok_rows, codes, n)
                if not len(r):
                    continue
                if n == 1 and dense is not None:
                    dense.add(unit, r, mat[:, 0], len(encoder.terms))
                else:
                    parts[n].append(_aggregate(unit, r, mat, per_row=per_article, n_terms=len(encoder.terms)))
                    pending[n] += len(parts[n][-1])
                    if not per_article and pending[n] > max(_COMPACT_ROWS, 2 * compacted[n]):
                        # merge the per-batch tables now and then: memory stays near the distinct n-grams
                        parts[n] = [_combine(parts[n], n)]
                        compacted[n] = pending[n] = len(parts[n][0])
    if dense is not None:
        parts[1] = [dense.frame()]
    n_articles = np.bincount(unit, minlength=n_units) if n_rows else np.zeros(0, dtype=np.int64)
    tallies = {}
    for n in range(lo, hi + 1):
        frame = _combine(parts.pop(n), n)
        tallies[n] = _Tally(
            terms=encoder.terms,
            unit=frame["u"].to_numpy(dtype=np.int64),
            grams=_unpack(frame, n),
            count=frame["count"].to_numpy(dtype=np.int64),
            docs=frame["docs"].to_numpy(dtype=np.int64),
            n_words=n_words,
            n_articles=n_articles,
        )
    return labels, tallies, options, norms


def _check_ngrams(ngrams: Sequence[int]) -> tuple[int, int]:
    try:
        lo, hi = (int(n) for n in ngrams)
    except (TypeError, ValueError):
        raise ValueError(f"ngrams= takes a pair (min_n, max_n) such as (1, 2), got {ngrams!r}") from None
    if lo < 1 or hi < lo:
        raise ValueError(f"ngrams= needs 1 <= min_n <= max_n, got {ngrams!r}")
    return lo, hi


def _group_counts(
    articles: pd.DataFrame, *, by: str | None, language: str | None, text_column: str,
    token_options: dict[str, Any] | _Options, ngrams: tuple[int, int] = (1, 1),
) -> tuple[dict[Any, tuple[dict[str, int], dict[str, int], int, int]], _Options, dict[str, _Normalizer]]:
    """Per group: (term -> count, term -> articles, articles, words); for small uses (keyness, trends)."""
    labels, tallies, options, norms = _tally(
        articles, by=by, language=language, text_column=text_column, token_options=token_options, ngrams=ngrams
    )
    out: dict[Any, tuple[dict[str, int], dict[str, int], int, int]] = {}
    first = next(iter(tallies.values()))
    for code, label in enumerate(labels):
        out[label] = ({}, {}, int(first.n_articles[code]), int(first.n_words[code]))
    for tally in tallies.values():
        strings = tally.strings()
        for u, s, c, d in zip(tally.unit.tolist(), strings.tolist(), tally.count.tolist(), tally.docs.tolist(), strict=True):
            counts, docs, _, _ = out[labels[u]]
            counts[s] = c
            docs[s] = d
    return out, options, norms


# ---- public: corpus tables -----------------------------------------------------------------
@dask_aware
def term_counts(
    articles: pd.DataFrame,
    *,
    by: str | None = None,
    ngrams: tuple[int, int] = (1, 1),
    min_count: int = 1,
    min_articles: int = 1,
    top: int | None = None,
    language: str | None = None,
    text_column: str = "body",
    forms: bool = False,
    **token_options: Any,
) -> pd.DataFrame:
    """How often each term occurs, overall or per group: a tidy table.

    Args:
        articles: articles table; columns in: ``article_id``, ``body`` (or ``text_column``),
            ``language`` (optional), ``by`` (optional).
        by: column to group by (``outlet``, ``topic``...); missing values form the group "(missing)".
        ngrams: ``(min_n, max_n)``; n-grams never cross punctuation (sentence ends, commas, quotes)
            and, with stopwords on, never contain a stopword (``dewan keamanan``, not ``keamanan pbb dan``).
        min_count: drop rows whose ``count`` is below this.
        min_articles: drop rows whose term occurs in fewer articles of the group (2 keeps one odd
            article, e.g. a garbled passage, from topping a chart).
        top: keep the ``top`` most frequent terms per group.
        language: language for articles without a ``language`` value.
        text_column: the text to count (``body`` by default; ``title`` works too).
        forms: add ``form``, the most frequent spelling as written (``Azerbaijan``, ``DK PBB``), so names
            stay recoverable after lower-casing.
        **token_options: see :func:`tokenize`.

    Returns:
        Columns out: [``by``], ``term``, ``count`` (occurrences), ``articles`` (number of articles with
        the term), ``share`` (count / all word tokens of the group, stopwords included), [``form``].
        Sorted by group, count (descending), term. ``attrs`` holds ``n_words`` and ``n_articles`` (per
        group, as dicts, when ``by`` is given).
    """
    labels, tallies, options, norms = _tally(
        articles, by=by, language=language, text_column=text_column, token_options=token_options, ngrams=ngrams
    )
    first = next(iter(tallies.values()))
    n_words_attr = {g: int(first.n_words[i]) for i, g in enumerate(labels)}
    n_articles_attr = {g: int(first.n_articles[i]) for i, g in enumerate(labels)}
    del first
    out = _count_table(tallies, labels, by=by, min_count=min_count, min_articles=min_articles, top=top)
    del tallies
    if forms:
        out["form"] = _forms(articles, out["term"], text_column=text_column, options=options, norms=norms,
                             language=language)
    if by is None:
        out.attrs["n_words"] = n_words_attr.get(None, 0)
        out.attrs["n_articles"] = n_articles_attr.get(None, 0)
    else:
        out.attrs["n_words"] = n_words_attr
        out.attrs["n_articles"] = n_articles_attr
    return out


#: Characters no word holds (tokens never contain white space): n-grams then sort as their word ranks.
_NOT_IN_WORDS = "[\\x00-\\x20]"


def _count_table(tallies: dict[int, _Tally], labels: list[Any], *, by: str | None, min_count: int,
                 min_articles: int, top: int | None) -> pd.DataFrame:
    """The term_counts table from the tallies: rows kept, sorted (group, count descending, term), top.

    No Python string is made per n-gram (at 100k articles there are millions): rows are sorted on
    integer keys (the rank of each word in the sorted vocabulary, word by word; equal to sorting
    the joined strings because no word holds a character at or below the space), and only the kept
    rows are joined, as Arrow strings (``string[pyarrow]``, the table's dtype). Consumes
    ``tallies`` (each is dropped once its rows are taken).
    """
    import pyarrow as pa
    import pyarrow.compute as pc

    first = next(iter(tallies.values()))
    vocab = pa.array(first.terms, type=pa.large_string())
    all_words = first.n_words
    del first
    width = max(t.grams.shape[1] for t in tallies.values())
    units, counts, docs, grams = [], [], [], []
    for n in list(tallies):
        tally = tallies.pop(n)
        keep = (tally.count >= min_count) & (tally.docs >= min_articles)
        if keep.all():  # views, no copies
            units.append(tally.unit)
            counts.append(tally.count)
            docs.append(tally.docs)
            g = tally.grams
        elif keep.any():
            units.append(tally.unit[keep])
            counts.append(tally.count[keep])
            docs.append(tally.docs[keep])
            g = tally.grams[keep]
        else:
            continue
        if g.shape[1] < width:  # shorter n-grams sort first among equal prefixes: pad with -1
            g = np.hstack([g, np.full((len(g), width - g.shape[1]), -1, dtype=np.int64)])
        grams.append(g)
        del tally, keep, g
    columns = ([by] if by else []) + ["term", "count", "articles", "share"]
    if not units:
        return _empty(columns)
    unit = np.concatenate(units)
    del units
    count = np.concatenate(counts)
    del counts
    n_docs = np.concatenate(docs)
    del docs
    gram = np.concatenate(grams)
    del grams
    if pc.any(pc.match_substring_regex(vocab, _NOT_IN_WORDS)).as_py():
        # a word with a control character or space: sort the joined strings themselves
        term = _join_grams(vocab, gram)
        order = pc.sort_indices(pa.table({"u": unit, "c": count, "t": term}),
                                sort_keys=[("u", "ascending"), ("c", "descending"), ("t", "ascending")])
        order = order.to_numpy(zero_copy_only=False)
        del term
    else:
        rank = np.empty(len(vocab) + 1, dtype=np.int64)
        rank[pc.sort_indices(vocab).to_numpy(zero_copy_only=False)] = np.arange(len(vocab), dtype=np.int64)
        rank[-1] = -1  # padding (-1) stays below every word
        # (group, term) is unique, so this order is total: the order a stable sort of the strings gives
        order = np.lexsort([rank[gram[:, j]] for j in range(width - 1, -1, -1)] + [-count, unit])
        del rank
    if top is not None:
        u_sorted = unit[order]
        starts = np.flatnonzero(np.r_[True, u_sorted[1:] != u_sorted[:-1]])
        rank_in_group = np.arange(len(order)) - np.repeat(starts, np.diff(np.r_[starts, len(order)]))
        order = order[rank_in_group < top]
        del u_sorted, rank_in_group
    unit = unit[order]
    count = count[order]
    n_docs = n_docs[order]
    gram = gram[order]
    del order
    n_words = all_words[unit]
    frame = pd.DataFrame({
        "term": pd.array(_join_grams(vocab, gram), dtype="string"),
        "count": count,
        "articles": n_docs,
        "share": np.divide(count, n_words, out=np.zeros(len(count)), where=n_words > 0),
    })
    if by is not None:
        frame.insert(0, by, np.array(labels, dtype=object)[unit])
    return frame


def _join_grams(vocab: Any, gram: np.ndarray) -> Any:
    """The n-gram strings ("dewan keamanan") of rows of word ids (-1: no word) as an Arrow array."""
    import pyarrow as pa
    import pyarrow.compute as pc

    parts = [vocab.take(pa.array(gram[:, j], mask=gram[:, j] < 0)) for j in range(gram.shape[1])]
    if len(parts) == 1:
        return parts[0]
    return pc.binary_join_element_wise(*parts, pa.scalar(" ", type=pa.large_string()), null_handling="skip")


def _empty(columns: Sequence[str]) -> pd.DataFrame:
    dtypes = {"count": "int64", "articles": "int64", "share": "float64", "term": "string"}
    return pd.DataFrame({c: pd.Series(dtype=dtypes.get(c, "object")) for c in columns})


def _forms(
    articles: pd.DataFrame,
    terms: pd.Series,
    *,
    text_column: str,
    options: _Options,
    norms: dict[str, _Normalizer],
    language: str | None,
) -> pd.Series:
    """The most frequent written form of each term (element by element for n-grams)."""
    written, langs = _written_forms(articles, text_column=text_column, options=options, language=language)
    common = _most_common_language(langs)
    return _pick_forms(written, terms, norms.get(common) or _Normalizer(common, options))


def _written_forms(articles: pd.DataFrame, *, text_column: str, options: _Options,
                   language: str | None) -> tuple[Counter, Counter]:
    """Tokens as written and articles per language: what :func:`_forms` reads (summable across parts)."""
    regex = TOKEN_NO_POSSESSIVE_RE if options.possessive else TOKEN_RE
    written: Counter = Counter()
    for text in _texts(articles, text_column):
        written.update(regex.findall(text.replace("’", "'")))
    langs = _article_languages(articles, language)
    return written, Counter(dict(langs.value_counts(sort=False).items()))


def _most_common_language(langs: Counter) -> str:
    # value_counts order: most articles first, ties in order of first appearance
    return max(langs, key=langs.__getitem__) if langs else _LANG_UNKNOWN


def _pick_forms(written: Counter, terms: pd.Series, norm: _Normalizer) -> pd.Series:
    best: dict[str, tuple[int, str]] = {}
    for form, c in written.items():
        low = _lower(form)
        term = norm(low) or low
        prev = best.get(term)
        if prev is None or c > prev[0] or (c == prev[0] and form < prev[1]):
            best[term] = (c, form)

    def form_of(term: str) -> str:
        return " ".join(best.get(p, (0, p))[1] for p in term.split(" "))
    return terms.astype("object").map(form_of).astype("string")


@dataclass(frozen=True)
class DocumentTermMatrix:
    """A sparse articles x terms count matrix (never dense).

    Attributes:
        matrix: ``scipy.sparse.csr_matrix`` (int64) of counts, one row per article.
        vocabulary: the terms, one per column (sorted).
        article_ids: the ``article_id`` of each row, in the order of the input table.
    """

    matrix: sparse.csr_matrix
    vocabulary: np.ndarray
    article_ids: np.ndarray

    @property
    def shape(self) -> tuple[int, int]:
        return self.matrix.shape

    def column(self, term: str) -> int:
        """The column index of ``term`` (KeyError if absent)."""
        i = int(np.searchsorted(self.vocabulary, term))
        if i >= len(self.vocabulary) or self.vocabulary[i] != term:
            raise KeyError(term)
        return i

    def totals(self) -> pd.DataFrame:
        """Columns ``term``, ``count``, ``articles`` over all rows."""
        counts = np.asarray(self.matrix.sum(axis=0)).ravel()
        docs = np.diff(self.matrix.tocsc().indptr)
        return pd.DataFrame({"term": self.vocabulary, "count": counts, "articles": docs})


def document_term_matrix(
    articles: pd.DataFrame,
    *,
    ngrams: tuple[int, int] = (1, 1),
    min_count: int = 1,
    language: str | None = None,
    text_column: str = "body",
    **token_options: Any,
) -> DocumentTermMatrix:
    """A sparse document-term matrix with its vocabulary and article ids.

    Args:
        articles: columns in: ``article_id``, ``body`` (or ``text_column``), ``language`` (optional).
        ngrams, min_count, language, text_column, token_options: as in :func:`term_counts`
            (``min_count`` applies to a term's total count).

    Returns:
        :class:`DocumentTermMatrix`: ``matrix`` (CSR, rows = articles in input order), ``vocabulary``
        (sorted terms), ``article_ids``. Column totals equal :func:`term_counts` ``count``.
    """
    labels, tallies, options, norms = _tally(
        articles, by=None, language=language, text_column=text_column, token_options=token_options,
        ngrams=ngrams, per_article=True,
    )
    strings = np.concatenate([t.strings() for t in tallies.values()]) if tallies else np.array([], dtype=object)
    rows = np.concatenate([t.unit for t in tallies.values()])
    vals = np.concatenate([t.count for t in tallies.values()])
    # column = rank of the term string (sorted vocabulary); n-grams of different n never collide
    codes, uniq = pd.factorize(strings) if len(strings) else (np.zeros(0, dtype=np.int64), np.array([], dtype=object))
    uniq = np.asarray(uniq, dtype=object)
    order = np.argsort(uniq, kind="stable") if len(uniq) else np.zeros(0, dtype=np.int64)
    rank = np.empty(len(order), dtype=np.int64)
    rank[order] = np.arange(len(order))
    vocabulary, cols = uniq[order].astype(str) if len(uniq) else np.array([], dtype=str), rank[codes]
    matrix = sparse.csr_matrix((vals, (rows, cols.ravel())), shape=(len(articles), len(vocabulary)), dtype=np.int64)
    matrix.sum_duplicates()
    if min_count > 1 and len(vocabulary):
        totals = np.asarray(matrix.sum(axis=0)).ravel()
        keep_cols = np.flatnonzero(totals >= min_count)
        matrix = matrix[:, keep_cols].tocsr()
        vocabulary = vocabulary[keep_cols]
    return DocumentTermMatrix(
        matrix=matrix,
        vocabulary=vocabulary.astype(str) if len(vocabulary) else np.array([], dtype=str),
        article_ids=articles["article_id"].astype(str).to_numpy(),
    )


def tfidf(
    articles: pd.DataFrame,
    *,
    by: str | None = None,
    top: int | None = 10,
    ngrams: tuple[int, int] = (1, 1),
    min_count: int = 1,
    normalize: bool = True,
    language: str | None = None,
    text_column: str = "body",
    **token_options: Any,
) -> pd.DataFrame:
    """Terms that characterise each article (or each group): tf-idf.

    tf = the term's count in the unit; idf = ln((1 + N) / (1 + df)) + 1 (N units, df units with the
    term: scikit-learn's smoothed idf); with ``normalize`` each unit's vector has unit L2 norm.

    Args:
        articles: columns in: ``article_id``, ``body``, ``language`` (optional), ``by`` (optional).
        by: a column whose groups are the units (all articles of a group pooled), instead of articles.
        top: keep the ``top`` terms per unit (None: all).
        ngrams, min_count, language, text_column, token_options: as in :func:`term_counts`.

    Returns:
        Columns out: ``article_id`` (or ``by``), ``term``, ``count``, ``idf``, ``tfidf``; sorted by unit
        (input order for articles, sorted for groups), tfidf (descending), term.
    """
    if by is not None:
        require_columns(articles, [by])
    dtm = document_term_matrix(
        articles, ngrams=ngrams, min_count=min_count, language=language, text_column=text_column, **token_options
    )
    X = dtm.matrix
    unit_col = by or "article_id"
    if by is not None:
        labels = _groups(articles, by)
        units = _sorted_groups(pd.unique(labels))
        index = {u: i for i, u in enumerate(units)}
        codes = labels.map(index).to_numpy(dtype=np.int64)
        G = sparse.csr_matrix((np.ones(len(codes), dtype=np.int64), (codes, np.arange(len(codes)))),
                              shape=(len(units), X.shape[0]))
        X = (G @ X).tocsr()
        unit_labels = np.array(units, dtype=object)
    else:
        unit_labels = dtm.article_ids.astype(object)
    n_units = X.shape[0]
    df = np.diff(X.tocsc().indptr)
    idf = np.log((1 + n_units) / (1 + df)) + 1.0
    W = X.multiply(idf).tocsr().astype(np.float64)
    if normalize:
        norms = np.sqrt(np.asarray(W.multiply(W).sum(axis=1)).ravel())
        norms[norms == 0] = 1.0
        W = sparse.diags(1.0 / norms) @ W
        W = W.tocsr()
    X = X.tocsr()
    frames = []
    for i in range(n_units):
        lo, hi = X.indptr[i], X.indptr[i + 1]
        if lo == hi:
            continue
        cols = X.indices[lo:hi]
        counts = X.data[lo:hi]
        w_row = W.getrow(i).toarray().ravel()[cols]
        terms = dtm.vocabulary[cols]
        order = np.lexsort((terms, -w_row))
        if top is not None:
            order = order[:top]
        frames.append(pd.DataFrame({
            unit_col: unit_labels[i],
            "term": terms[order],
            "count": counts[order],
            "idf": idf[cols][order],
            "tfidf": w_row[order],
        }))
    if not frames:
        return _empty([unit_col, "term", "count", "idf", "tfidf"]).astype({"idf": "float64", "tfidf": "float64"})
    out = pd.concat(frames, ignore_index=True)
    out["term"] = out["term"].astype("string")
    return out


# ---- keyness ------------------------------------------------------------------------------
def log_likelihood(a: Any, b: Any, c: Any, d: Any) -> np.ndarray:
    """Dunning's log-likelihood G2 for counts ``a`` (target, size ``c``) and ``b`` (reference, size ``d``).

    E1 = c(a+b)/(c+d), E2 = d(a+b)/(c+d), G2 = 2(a ln(a/E1) + b ln(b/E2)); a zero count adds 0.
    """
    a, b = np.asarray(a, dtype=float), np.asarray(b, dtype=float)
    c, d = np.asarray(c, dtype=float), np.asarray(d, dtype=float)
    total = c + d
    e1 = c * (a + b) / total
    e2 = d * (a + b) / total
    with np.errstate(divide="ignore", invalid="ignore"):
        t1 = np.where(a > 0, a * np.log(np.where(a > 0, a, 1) / np.where(e1 > 0, e1, 1)), 0.0)
        t2 = np.where(b > 0, b * np.log(np.where(b > 0, b, 1) / np.where(e2 > 0, e2, 1)), 0.0)
    return 2.0 * (t1 + t2)


def log_ratio(a: Any, b: Any, c: Any, d: Any, *, zero: float = 0.5) -> np.ndarray:
    """Hardie's Log Ratio, log2((a/c)/(b/d)); zero counts are replaced by ``zero`` (0.5)."""
    a = np.where(np.asarray(a, dtype=float) == 0, zero, np.asarray(a, dtype=float))
    b = np.where(np.asarray(b, dtype=float) == 0, zero, np.asarray(b, dtype=float))
    return np.log2((a / np.asarray(c, dtype=float)) / (b / np.asarray(d, dtype=float)))


@dask_aware
def keyness(
    articles: pd.DataFrame,
    *,
    by: str | None,
    target: Any = None,
    reference: Any = None,
    ngrams: tuple[int, int] = (1, 1),
    min_count: int = 3,
    min_articles: int = 1,
    language: str | None = None,
    text_column: str = "body",
    **token_options: Any,
) -> pd.DataFrame:
    """What is distinctive of one group: Dunning's log-likelihood G2 against the rest (or one other group).

    Sizes c and d are the word tokens (stopwords included) of target and reference.

    Args:
        articles: columns in: ``article_id``, ``body``, ``by``, ``language`` (optional).
        by: the grouping column.
        target: the value of ``by`` to describe (e.g. ``"sport"``); None: the group with most articles.
        reference: another value of ``by`` (two-group comparison) or None (target vs all other articles).
        min_count: drop terms with target + reference count below this.
        min_articles: drop terms found in fewer articles (target and reference together).
        ngrams, language, text_column, token_options: as in :func:`term_counts`.

    Returns:
        Columns out: ``term``, ``count_target``, ``count_reference``, ``per_1k_target``,
        ``per_1k_reference``, ``g2``, ``p_value`` (chi-squared, 1 df), ``log_ratio`` (> 0: more frequent
        in the target), ``direction`` ("target" | "reference"). Sorted by g2 (descending), term.
        ``attrs``: ``target``, ``reference``, ``target_words``, ``reference_words``, ``note``. With fewer
        than two groups the table is empty and ``attrs["note"]`` says why (a warning too).
    """
    columns = ["term", "count_target", "count_reference", "per_1k_target", "per_1k_reference", "g2", "p_value",
               "log_ratio", "direction"]
    require_columns(articles, ["article_id", text_column] + ([by] if by else []))
    labels = _groups(articles, by)
    values = set(labels.unique())
    if by is None or len(values) < 2:
        note = (f"keyness needs two groups to compare; {'no group column was given' if by is None else f'column {by!r} has {len(values)} value(s)'}")
        warnings.warn(note, stacklevel=2)
        out = _empty(columns)
        out.attrs.update(target=target, reference=reference if reference is not None else "rest", by=by,
                         target_words=0, reference_words=0, note=note)
        return out
    if target is None:
        sizes = labels.value_counts()
        target = sorted(sizes.index, key=lambda g: (-int(sizes[g]), str(g)))[0]
    if target not in values:
        raise ValueError(f"target {target!r} is not a value of column {by!r}; values: {_sorted_groups(values)[:20]}")
    if reference is not None and reference not in values:
        raise ValueError(f"reference {reference!r} is not a value of column {by!r}; values: {_sorted_groups(values)[:20]}")
    side = pd.Series(np.where(labels == target, "target", "reference"), index=articles.index, dtype="object")
    if reference is not None:
        side = side.where((labels == target) | (labels == reference), None)
    sub = articles.loc[side.notna()].assign(_side=side[side.notna()])
    totals, _, _ = _group_counts(
        sub, by="_side", language=language, text_column=text_column, token_options=token_options, ngrams=ngrams
    )
    empty: tuple[dict[str, int], dict[str, int], int, int] = ({}, {}, 0, 0)
    ct, dt, _, c = totals.get("target", empty)
    cr, dr, _, d = totals.get("reference", empty)
    return keyness_from_totals((ct, dt, int(c)), (cr, dr, int(d)), min_count=min_count, min_articles=min_articles,
                               target=target, reference=reference, by=by)


def keyness_from_totals(
    target_totals: tuple[Mapping[str, int], Mapping[str, int], int],
    reference_totals: tuple[Mapping[str, int], Mapping[str, int], int],
    *,
    min_count: int,
    min_articles: int,
    target: Any,
    reference: Any,
    by: str | None,
) -> pd.DataFrame:
    """The keyness table from summed counts: ``(term counts, term article counts, words)`` per side.

    Shared by :func:`keyness` and the Dask path (``helpers.scale.keyness_dask``), which sums the
    partial counts of its partitions first.
    """
    ct, dt, c = target_totals
    cr, dr, d = reference_totals
    terms = sorted(set(ct) | set(cr))
    a = np.fromiter((ct.get(t, 0) for t in terms), dtype=np.int64, count=len(terms))
    b = np.fromiter((cr.get(t, 0) for t in terms), dtype=np.int64, count=len(terms))
    keep = (a + b) >= min_count
    if min_articles > 1:
        n_docs = np.fromiter((dt.get(t, 0) + dr.get(t, 0) for t in terms), dtype=np.int64, count=len(terms))
        keep &= n_docs >= min_articles
    terms_arr = np.array(terms, dtype=object)[keep]
    a, b = a[keep], b[keep]
    if c == 0 or d == 0:
        g2 = np.zeros(len(a))
        lr = np.zeros(len(a))
    else:
        g2 = log_likelihood(a, b, c, d)
        lr = log_ratio(a, b, c, d)
    out = pd.DataFrame({
        "term": pd.array(terms_arr.astype(str) if len(terms_arr) else [], dtype="string"),
        "count_target": a,
        "count_reference": b,
        "per_1k_target": a / c * 1000 if c else np.zeros(len(a)),
        "per_1k_reference": b / d * 1000 if d else np.zeros(len(b)),
        "g2": g2,
        "p_value": chi2.sf(g2, 1),
        "log_ratio": lr,
        "direction": np.where(a / max(c, 1) >= b / max(d, 1), "target", "reference"),
    })
    out = out.sort_values(["g2", "term"], ascending=[False, True], kind="stable").reset_index(drop=True)
    out.attrs.update(target=target, reference=reference if reference is not None else "rest", by=by,
                     target_words=int(c), reference_words=int(d), note="")
    return out


# ---- for notebooks: what the corpus allows ------------------------------------------------
def group_column(articles: pd.DataFrame, by: str | None) -> str | None:
    """``by`` if the table has that column, else None (the notebook then counts the corpus as one group)."""
    if by is None or by not in articles.columns:
        return None
    return by


@dask_collects(("article_id", "n_words", "language"), options=("by", "date_column", "text_column"))
def describe_terms(
    articles: pd.DataFrame,
    *,
    by: str | None = None,
    terms: Sequence[str] = (),
    date_column: str = "date",
    language: str | None = None,
    text_column: str = "body",
) -> str:
    """A short Markdown paragraph: corpus size, languages, groups, dates and the terms of interest,
    saying which analyses the corpus allows (keyness needs two groups, trends need dates).

    Args:
        articles: columns in: ``article_id``, ``body``, [``language``], [``by``], [``date_column``].
        by: the grouping column asked for.
        terms: terms of interest (counted with stopwords kept).
    """
    require_columns(articles, ["article_id", text_column])
    if isinstance(terms, str):
        terms = [terms]
    n = len(articles)
    if n == 0:
        return "The corpus is empty: nothing to count."
    words = int(articles["n_words"].sum()) if "n_words" in articles.columns else None
    langs = articles["language"].astype("object").fillna("unknown").value_counts() if "language" in articles.columns \
        else pd.Series({language or "unknown": n})
    parts = [f"**{n:,} article(s)**" + (f", {words:,} words" if words is not None else "") + "; language(s): "
             + ", ".join(f"{escape_markdown(k)} ({v:,})" for k, v in langs.items()) + "."]
    if by is None:
        parts.append("No group column: the corpus is one group, so there is no keyness section.")
    elif by not in articles.columns:
        parts.append(f"The table has no column {escape_markdown(by)} (columns: "
                     f"{', '.join(escape_markdown(c) for c in articles.columns)}); "
                     "the corpus is counted as one group and there is no keyness section.")
    else:
        sizes = articles[by].astype("object").fillna(_GROUP_MISSING).value_counts()
        shown = ", ".join(f"{escape_markdown(k)} ({v:,})" for k, v in list(sizes.items())[:12])
        more = f" and {len(sizes) - 12} more" if len(sizes) > 12 else ""
        parts.append(f"Grouped by {escape_markdown(by)}: {len(sizes)} group(s): {shown}{more}.")
        if len(sizes) < 2:
            parts.append("Keyness needs two groups, so that section stays empty.")
    if date_column in articles.columns:
        dates = pd.to_datetime(articles[date_column], errors="coerce")
        dated = int(dates.notna().sum())
        if dated:
            parts.append(f"{dated:,} of {n:,} article(s) dated, {dates.min():%Y-%m-%d} to {dates.max():%Y-%m-%d}.")
        else:
            parts.append("No article has a date, so there are no trends.")
    else:
        parts.append(f"No {escape_markdown(date_column)} column, so there are no trends.")
    if terms:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            counts = term_counts(articles, ngrams=(1, max(len(str(t).split()) for t in terms)), stopwords=False,
                                 language=language, text_column=text_column).set_index("term")
        found = []
        for t in terms:
            key = " ".join(tokenize(str(t), language=language, stopwords=False))
            if key in counts.index:
                found.append(f"*{escape_markdown(t)}* {int(counts.loc[key, 'count']):,} time(s) in {int(counts.loc[key, 'articles']):,} article(s)")
            else:
                found.append(f"*{escape_markdown(t)}* not found")
        parts.append("Terms of interest: " + "; ".join(found) + ".")
    return " ".join(parts)


def describe_keyness(table: pd.DataFrame) -> str:
    """One Markdown sentence on a :func:`keyness` table: what was compared with what, or why nothing
    was (corpus text escaped)."""
    attrs = table.attrs
    if attrs.get("note"):
        return escape_markdown(attrs["note"])
    if "target" not in attrs:
        return "No keyness table."
    return (f"**{escape_markdown(attrs['target'])}** ({attrs.get('target_words', 0):,} words) against "
            f"**{escape_markdown(attrs.get('reference', 'rest'))}** ({attrs.get('reference_words', 0):,} words).")


def describe_trends(trends: pd.DataFrame) -> str:
    """One sentence on a :func:`term_trends` table: how many undated articles were left out."""
    return f"{trends.attrs.get('undated_articles', 0):,} article(s) without a date are left out."


# ---- collocations --------------------------------------------------------------------------
@dask_collects(("article_id", "language"), options=("text_column",))
def collocations(
    articles: pd.DataFrame,
    *,
    min_count: int = 3,
    min_articles: int = 1,
    top: int | None = None,
    language: str | None = None,
    text_column: str = "body",
    **token_options: Any,
) -> pd.DataFrame:
    """Word pairs that occur together more than chance: bigram PMI and log-likelihood G2.

    Pairs are adjacent words within punctuation (never across a sentence end, comma or quote).
    Marginals and N count all such pairs, stopwords included; with ``stopwords`` on (default), pairs
    containing a stopword are not reported.

    Args:
        articles: columns in: ``article_id``, ``body``, ``language`` (optional).
        min_count: minimum count of the pair.
        min_articles: minimum number of articles holding the pair.
        top: keep the ``top`` pairs by G2.
        language, text_column, token_options: as in :func:`term_counts`.

    Returns:
        Columns out: ``term`` ("dewan keamanan"), ``first``, ``second``, ``count``, ``expected``,
        ``pmi`` (log2), ``g2``, ``p_value``. Sorted by g2 (descending), term.
    """
    wanted = dict(token_options)
    show_stop = wanted.pop("stopwords", True)
    extra = wanted.pop("extra_stopwords", ())
    totals, _, norms = _group_counts(
        articles, by=None, language=language, text_column=text_column,
        token_options={**wanted, "stopwords": False}, ngrams=(2, 2),
    )
    pairs: dict[str, int] = totals[None][0] if None in totals else {}
    pair_docs: dict[str, int] = totals[None][1] if None in totals else {}
    first: Counter = Counter()
    second: Counter = Counter()
    for term, c in pairs.items():
        w1, w2 = term.split(" ")
        first[w1] += c
        second[w2] += c
    n = sum(pairs.values())
    if show_stop is True:
        stop = set().union(*(_stopwords(lang) for lang in norms)) if norms else set()
    elif show_stop is False:
        stop = set()
    else:
        stop = {w.lower() for w in show_stop}
    stop |= {w.lower() for w in ([extra] if isinstance(extra, str) else extra)}
    rows = [(t, *t.split(" "), c) for t, c in pairs.items() if c >= min_count and pair_docs.get(t, 0) >= min_articles]
    rows = [r for r in rows if r[1] not in stop and r[2] not in stop]
    if not rows or n == 0:
        return _empty(["term", "first", "second", "count", "expected", "pmi", "g2", "p_value"]).astype(
            {"expected": "float64", "pmi": "float64", "g2": "float64", "p_value": "float64"})
    terms, w1, w2, o11 = zip(*rows, strict=True)
    o11 = np.array(o11, dtype=float)
    r1 = np.array([first[w] for w in w1], dtype=float)
    c1 = np.array([second[w] for w in w2], dtype=float)
    o12, o21 = r1 - o11, c1 - o11
    o22 = n - r1 - c1 + o11
    r2, c2 = n - r1, n - c1
    observed = (o11, o12, o21, o22)
    expected = (r1 * c1 / n, r1 * c2 / n, r2 * c1 / n, r2 * c2 / n)
    g2 = np.zeros(len(o11))
    with np.errstate(divide="ignore", invalid="ignore"):
        for o, e in zip(observed, expected, strict=True):
            g2 += np.where(o > 0, o * np.log(np.where(o > 0, o, 1) / np.where(e > 0, e, 1)), 0.0)
    g2 *= 2.0
    out = pd.DataFrame({
        "term": pd.array(terms, dtype="string"),
        "first": pd.array(w1, dtype="string"),
        "second": pd.array(w2, dtype="string"),
        "count": o11.astype(np.int64),
        "expected": expected[0],
        "pmi": np.log2(o11 / expected[0]),
        "g2": g2,
        "p_value": chi2.sf(g2, 1),
    })
    out = out.sort_values(["g2", "term"], ascending=[False, True], kind="stable").reset_index(drop=True)
    if top is not None:
        out = out.head(top)
    return out


# ---- keyword in context --------------------------------------------------------------------
@lru_cache(maxsize=128)
def _kwic_pattern(pattern: str, regex: bool, case_sensitive: bool) -> re.Pattern[str]:
    flags = 0 if case_sensitive else re.IGNORECASE
    if regex:
        try:
            return re.compile(pattern, flags)
        except re.error as exc:
            raise ValueError(f"invalid regular expression {pattern!r}: {exc}") from None
    words = pattern.split()
    if not words:
        raise ValueError("kwic needs a non-empty pattern")
    parts = [re.escape(w).replace(r"\*", _WILDCARD).replace("'", "['’]").replace("’", "['’]") for w in words]
    return re.compile(_WORD_LEFT + r"\s+".join(parts) + _WORD_RIGHT, flags)


def _context_start(text: str, start: int, window: int) -> int:
    if window <= 0:
        return start
    lo = max(0, start - 40 * window)
    starts = [m.start() for m in TOKEN_RE.finditer(text, lo, start)]
    if not starts:
        return start
    return starts[-window] if len(starts) >= window else starts[0]


def _context_end(text: str, end: int, window: int) -> int:
    if window <= 0:
        return end
    hi = min(len(text), end + 40 * window)
    ends = [m.end() for m in TOKEN_RE.finditer(text, end, hi)]
    return ends[window - 1] if len(ends) >= window else (ends[-1] if ends else end)


@dask_rows
def kwic(
    articles: pd.DataFrame,
    pattern: str | Sequence[str],
    *,
    window: int = 8,
    by_sentence: bool = False,
    regex: bool = False,
    case_sensitive: bool = False,
    by: str | None = None,
    text_column: str = "body",
) -> pd.DataFrame:
    """Keyword in context: every occurrence of a word, phrase (``Dewan Keamanan``), wildcard
    (``menduduk*``) or regular expression, with its offsets and the words around it.

    Words match whole tokens (``orang`` does not match inside ``orang-orang``), case-insensitively,
    across line breaks for phrases.

    Args:
        articles: columns in: ``article_id``, ``body`` (or ``text_column``), ``by`` (optional).
        pattern: one pattern or a list of patterns.
        window: words of context on each side (ignored with ``by_sentence``).
        by_sentence: the context is the sentence holding the match (``helpers.text.split_sentences``).
        regex: ``pattern`` is a regular expression.
        case_sensitive: match case exactly.
        by: a column to carry into the result (``outlet``...).

    Returns:
        Columns out: ``article_id``, [``by``], ``pattern``, ``start``, ``end`` (offsets into the text,
        ``body[start:end] == match``), ``left``, ``match``, ``right`` (white space collapsed),
        ``sentence`` (the sentence holding the match). In article order, then by offset.
    """
    require_columns(articles, ["article_id", text_column] + ([by] if by else []))
    patterns = [pattern] if isinstance(pattern, str) else list(pattern)
    compiled = [(p, _kwic_pattern(p, regex, case_sensitive)) for p in patterns]
    texts = _texts(articles, text_column)
    ids = articles["article_id"].astype(str)
    extra = articles[by] if by else None
    langs = articles["language"] if "language" in articles.columns else None
    rows = []
    for idx, text in texts.items():
        spans = None
        hits = []
        for p, rx in compiled:
            hits.extend((m.start(), m.end(), p) for m in rx.finditer(text) if m.end() > m.start())
        if not hits:
            continue
        hits.sort(key=lambda h: (h[0], h[1], h[2]))
        lang = _norm_language(langs.at[idx]) if langs is not None else None
        spans = split_sentences(text, language=lang or None)
        starts = [s for s, _ in spans]
        for start, end, p in hits:
            i = max(0, np.searchsorted(starts, start, side="right") - 1)
            s_start, s_end = spans[i] if spans else (0, len(text))
            if by_sentence:
                left_start, right_end = min(s_start, start), max(s_end, end)
            else:
                left_start, right_end = _context_start(text, start, window), _context_end(text, end, window)
            row = {
                "article_id": ids.at[idx],
                "pattern": p,
                "start": start,
                "end": end,
                "left": _SPACE_RE.sub(" ", text[left_start:start]).lstrip(),
                "match": text[start:end],
                "right": _SPACE_RE.sub(" ", text[end:right_end]).rstrip(),
                "sentence": _SPACE_RE.sub(" ", text[s_start:s_end]),
            }
            if by:
                row[by] = extra.at[idx]
            rows.append(row)
    columns = ["article_id"] + ([by] if by else []) + ["pattern", "start", "end", "left", "match", "right", "sentence"]
    if not rows:
        return _empty(columns).astype({"start": "int64", "end": "int64"})
    out = pd.DataFrame(rows, columns=columns)
    for col in ("article_id", "pattern", "left", "match", "right", "sentence"):
        out[col] = out[col].astype("string")
    return out


# ---- trends --------------------------------------------------------------------------------
@dask_collects(("article_id", "language"), options=("text_column", "date_column", "by"))
def term_trends(
    articles: pd.DataFrame,
    *,
    terms: Sequence[str],
    date_column: str = "date",
    freq: str = "M",
    by: str | None = None,
    language: str | None = None,
    text_column: str = "body",
    **token_options: Any,
) -> pd.DataFrame:
    """How often chosen terms occur per period, per 1,000 words.

    Terms are tokenized like the text (``"Dewan Keamanan"`` counts the bigram ``dewan keamanan``) and
    counted even if they are stopwords. Articles without a date are left out and counted in
    ``attrs["undated_articles"]`` (a warning says how many).

    Args:
        articles: columns in: ``article_id``, ``body``, ``date_column``, ``language`` (optional), ``by`` (optional).
        terms: the terms of interest (words or phrases).
        date_column: a datetime column (strings are parsed, day first).
        freq: a pandas period frequency: ``"D"``, ``"W"``, ``"M"``, ``"Q"``, ``"Y"``.
        by: an optional grouping column (one line per group and term).
        language, text_column, token_options: as in :func:`term_counts` (``stopwords`` is ignored).

    Returns:
        Columns out: ``period`` (Timestamp, start of the period), [``by``], ``term``, ``count``,
        ``articles``, ``n_words`` (all words of the period), ``per_1k`` (count per 1,000 words; NaN for a
        period without articles, so a line shows a gap rather than a fall to zero). Every period between
        the first and the last dated article appears.
    """
    require_columns(articles, ["article_id", text_column, date_column] + ([by] if by else []))
    if isinstance(terms, str):
        terms = [terms]
    token_options = {k: v for k, v in token_options.items() if k not in ("stopwords", "extra_stopwords")}
    options = _options({**token_options, "stopwords": False})
    wanted: dict[str, str] = {}
    for t in terms:
        toks = tokenize(t, language=language, **{**token_options, "stopwords": False})
        if toks:
            wanted[" ".join(toks)] = t
    columns = ["period"] + ([by] if by else []) + ["term", "count", "articles", "n_words", "per_1k"]
    dates = articles[date_column]
    if not pd.api.types.is_datetime64_any_dtype(dates):
        dates = pd.to_datetime(dates.astype("object"), errors="coerce", dayfirst=True)
    if getattr(dates.dt, "tz", None) is not None:
        dates = dates.dt.tz_localize(None)
    undated = int(dates.isna().sum())
    if undated:
        warnings.warn(f"term_trends: {undated} article(s) without a date in {date_column!r} are left out", stacklevel=2)
    dated = articles.loc[dates.notna()]
    if dated.empty or not wanted:
        out = _empty(columns)
        out.attrs["undated_articles"] = undated
        return out
    periods = dates[dates.notna()].dt.to_period(freq)
    key = "_period" if by is None else "_period_group"
    if by is None:
        labels = periods
    else:
        labels = pd.Series(list(zip(periods, _groups(dated, by), strict=True)), index=dated.index, dtype="object")
    n_max = max(len(w.split(" ")) for w in wanted)
    sub = dated.assign(**{key: labels})
    totals, _, _ = _group_counts(
        sub, by=key, language=language, text_column=text_column, token_options=options, ngrams=(1, n_max),
    )
    all_periods = pd.period_range(periods.min(), periods.max(), freq=periods.dt.freq)
    groups = [None] if by is None else _sorted_groups({g for _, g in totals})
    rows = []
    for period in all_periods:
        for g in groups:
            k = period if by is None else (period, g)
            counts, docs, _, n_words = totals.get(k, (Counter(), Counter(), 0, 0))
            for term in wanted:
                c = counts.get(term, 0)
                row = {"period": period.start_time, "term": term, "count": c, "articles": docs.get(term, 0),
                       "n_words": n_words, "per_1k": (c / n_words * 1000) if n_words else np.nan}
                if by is not None:
                    row[by] = g
                rows.append(row)
    out = pd.DataFrame(rows, columns=columns)
    out["term"] = out["term"].astype("string")
    out.attrs["undated_articles"] = undated
    return out
