"""Republication: copies, rewrites and translations of the same story across outlets.

Two detectors, one table of pairs:

* **Same language** (any language, also unknown): word 5-gram shingles of the body, MinHash
  (Broder 1997) with the LSH banding ``datasketch.MinHashLSH`` chooses (bucketed in NumPy, or in a
  ``MinHashLSH`` index with ``index="datasketch"``) to find candidate pairs without comparing all
  pairs, then exact Jaccard and containment (|A∩B| / the smaller set, so a trimmed
  copy of a longer article is found) on the candidates, and the shared passages aligned in both
  bodies (character offsets) as evidence.
* **Across languages**: a fingerprint of what translators keep: names (folded: ``Iğdır`` =
  ``Igdir``; keyed by consonant skeleton, Cyrillic and Greek transliterated), numbers (``1,5`` = ``1.5``, ``1.000`` = ``1,000``), months and weekdays, names a
  translation renders differently (``PBB`` = ``UN``, lexicon ``equivalents``) and source credits.
  Features are weighted by rarity in the corpus (idf); the score is a weighted containment of the
  smaller fingerprint in the larger, so a partial, condensed or expanded rendering still scores.
  A date window applies where both dates are known.

Direction: the article whose outlet the other credits (``source_credit``, or a credit in the body)
is the source; otherwise the earlier date; otherwise unknown.
"""

from __future__ import annotations

import bisect
import html
import itertools
import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import numpy as np
import pandas as pd

from helpers.lexicons import LexiconError, load_list_or_empty, load_pairs
from helpers.tables import dask_aware, dask_collects, require_columns
from helpers.text import TOKEN_RE, fold, split_sentences

__all__ = [
    "REUSE_COLUMNS",
    "CLUSTER_COLUMNS",
    "OUTLET_REUSE_COLUMNS",
    "find_reuse",
    "same_language_pairs",
    "translation_pairs",
    "translation_fingerprint",
    "shared_passages",
    "story_clusters",
    "outlet_reuse",
    "reuse_network",
    "side_by_side_html",
    "side_by_side_examples",
    "reuse_table",
    "describe_reuse",
]

#: Columns of the pairs table returned by :func:`find_reuse`.
REUSE_COLUMNS: tuple[str, ...] = (
    "article_a",
    "article_b",
    "kind",
    "score",
    "jaccard",
    "containment",
    "language_a",
    "language_b",
    "outlet_a",
    "outlet_b",
    "passages",
    "n_shared",
    "evidence",
    "source",
    "republisher",
    "direction",
    "credited",
)
#: Columns of :func:`story_clusters`.
CLUSTER_COLUMNS: tuple[str, ...] = ("cluster", "article_id", "size", "outlet", "language", "date", "is_source")
#: Columns of :func:`outlet_reuse`.
OUTLET_REUSE_COLUMNS: tuple[str, ...] = (
    "outlet",
    "n_articles",
    "n_republished",
    "share_republished",
    "n_credited",
    "n_uncredited",
    "sources",
)

KINDS: tuple[str, ...] = ("duplicate", "near-duplicate", "rewrite", "translation")

# ---- regular expressions ----------------------------------------------------------------------
_WORD_RE = TOKEN_RE
#: A number as written: ``2020``, ``1,000``, ``1.000``, ``2.5``, ``2,5``, ``1,234.5``.
_NUMBER_RE = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)*")
_THOUSANDS_RE = re.compile(r"\d{1,3}(?:([.,])\d{3})(?:\1\d{3})*")
#: A numeric date ``13/4/2020`` or ``13-04-2020`` (day first, as in Indonesian and most of the world).
_NUMERIC_DATE_RE = re.compile(r"(?<!\d)(\d{1,2})[/.-](\d{1,2})[/.-](\d{2,4})(?!\d)")
_DOUBLE_RE = re.compile(r"(\w)\1+")
_NON_WORD_RE = re.compile(r"[\W_]+")
_POSSESSIVE_RE = re.compile(r"['’]s$", re.IGNORECASE)
#: Credits written in a body: ``(AFP)``, ``/Daily_Sabah``, ``Sumber: Anadolu``, ``(ant)``.
_CREDIT_RES = (
    re.compile(r"\(([A-Z][\w .&-]{1,40}|[a-z]{2,5})\)\s*$"),
    re.compile(r"/\s*([A-Z][\w.&-]*(?:[ _][A-Z][\w.&-]*){0,3})\s*$"),
    re.compile(r"(?:Sumber|Source|Credit|Via)\s*:\s*([^\n]{2,60})$", re.IGNORECASE),
)


# =================================================================================================
# Same language: shingles, MinHash LSH, exact scores, passages
# =================================================================================================
_MIX1 = np.uint64(0xBF58476D1CE4E5B9)
_MIX2 = np.uint64(0x94D049BB133111EB)
_ROLL = np.uint64(0x9E3779B97F4A7C15)


def _mix(h: np.ndarray) -> np.ndarray:
    """splitmix64 finaliser (vectorised): spreads the bits of a 64-bit key."""
    h = h ^ (h >> np.uint64(30))
    h = h * _MIX1
    h = h ^ (h >> np.uint64(27))
    h = h * _MIX2
    return h ^ (h >> np.uint64(31))


def _shingle_hashes(ids: np.ndarray, k: int) -> np.ndarray:
    """64-bit hashes of the word k-grams of a sequence of token ids (order-sensitive)."""
    n = len(ids) - k + 1
    if n <= 0:
        return np.empty(0, dtype=np.uint64)
    h = _mix(ids[0:n] + np.uint64(1))
    with np.errstate(over="ignore"):
        for j in range(1, k):
            h = _mix(h * _ROLL + ids[j:j + n])
    return h


#: Characters trimmed from both ends of a whitespace-separated word before shingling.
_TRIM = "\"'“”‘’«»‹›„‚()[]{}<>.,;:!?…-–—/\\*#|~`^_+=&%@$"


def _corpus_shingles(bodies: list[str], k: int, *, chunk: int = 10_000) -> list[np.ndarray]:
    """Word k-gram hashes of every body, in bulk (Arrow string kernels, NumPy hashing).

    Words: lower-cased, split on white space, punctuation trimmed from both ends; word ids by
    first appearance in the corpus (deterministic), so the same word sequence has the same hash
    in every body. Bodies are processed ``chunk`` at a time to bound memory. Returns one array
    per body (empty when it has fewer than ``k`` words).
    """
    import pyarrow as pa
    import pyarrow.compute as pc

    vocabulary: dict[str, int] = {}
    counter = itertools.count()  # one counter for all chunks: ids stay unique
    out: list[np.ndarray] = []
    for first in range(0, len(bodies), chunk):
        part = bodies[first:first + chunk]
        n = len(part)
        words = pc.utf8_split_whitespace(pc.utf8_lower(pa.array(part, type=pa.large_string())))
        flat = pc.utf8_trim(pc.list_flatten(words), characters=_TRIM)
        parent = pc.list_parent_indices(words)
        keep = pc.greater(pc.utf8_length(flat), 0)
        flat = pc.filter(flat, keep)
        if len(flat) == 0:
            out.extend(np.empty(0, dtype=np.uint64) for _ in range(n))
            continue
        parent = pc.filter(parent, keep).to_numpy(zero_copy_only=False).astype(np.int64)
        encoded = pc.dictionary_encode(flat)
        local = encoded.dictionary.to_pylist()
        to_global = np.fromiter(map(vocabulary.setdefault, local, counter),
                                dtype=np.uint64, count=len(local))
        ids = to_global[encoded.indices.to_numpy(zero_copy_only=False)]
        token_end = np.cumsum(np.bincount(parent, minlength=n))
        hashes = _shingle_hashes(ids, k)
        doc = parent[: len(hashes)]
        valid = np.arange(len(hashes)) + k <= token_end[doc]
        hashes, doc = hashes[valid], doc[valid]
        bounds = np.concatenate(([0], np.cumsum(np.bincount(doc, minlength=n))))
        out.extend(hashes[bounds[i]:bounds[i + 1]] for i in range(n))
    return out


def _minhash_signatures(shingles: list[np.ndarray], a: np.ndarray, b: np.ndarray, *, block: int,
                        chunk: int = 2000) -> tuple[np.ndarray, list[np.ndarray]]:
    """MinHash signatures with the hash family ``a*x + b`` (mod 2^64), computed per block.

    Returns the signature of every shingle set (one row each) and, per set, the signatures of
    its blocks of ``block`` consecutive shingles (the minimum over a set's blocks is its
    signature, so windows cost no extra hashing).
    """
    num_perm = len(a)
    whole = np.empty((len(shingles), num_perm), dtype=np.uint64)
    blocks: list[np.ndarray] = []
    for start in range(0, len(shingles), chunk):
        part = shingles[start:start + chunk]
        lengths = np.fromiter((len(s) for s in part), dtype=np.int64, count=len(part))
        n_blocks = (lengths + block - 1) // block
        flat = np.concatenate(part)
        doc_starts = np.concatenate(([0], np.cumsum(lengths)[:-1]))
        block_doc = np.repeat(np.arange(len(part)), n_blocks)
        first_block = np.concatenate(([0], np.cumsum(n_blocks)[:-1]))
        block_starts = doc_starts[block_doc] + (np.arange(len(block_doc)) - first_block[block_doc]) * block
        sig = np.empty((len(block_doc), num_perm), dtype=np.uint64)
        with np.errstate(over="ignore"):
            for p in range(num_perm):
                sig[:, p] = np.minimum.reduceat(flat * a[p] + b[p], block_starts)
        whole[start:start + len(part)] = np.minimum.reduceat(sig, first_block, axis=0)
        blocks.extend(np.split(sig, first_block[1:]))
    return whole, blocks


def _lsh_candidates(owner: Sequence[int], signatures: np.ndarray, *, threshold: float, num_perm: int,
                    max_bucket: int, index: str = "numpy") -> set[tuple[int, int]]:
    """Pairs of owners (i < j) whose MinHash signatures share an LSH band.

    The banding (``b`` bands of ``r`` rows) is the one ``datasketch.MinHashLSH`` chooses for
    ``threshold`` and ``num_perm``. ``index="datasketch"`` inserts every signature into a
    ``MinHashLSH`` (as ``LeanMinHash``) and reads its buckets; ``index="numpy"`` (default) buckets the
    same bands with one sort per band, which gives the same pairs much faster (on 10k articles
    the whole find_reuse call took 4.7 s instead of 11.6 s: the per-signature Python insert
    dominates). ``owner[k]`` is the set signature row ``k`` belongs to (a set may have several
    rows: its whole body and its windows).
    """
    from datasketch import LeanMinHash, MinHashLSH

    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    pairs: set[tuple[int, int]] = set()
    owner_arr = np.asarray(owner, dtype=np.int64)

    def add(members: Iterable[int]) -> None:
        docs = sorted(set(members))
        if len(docs) > 1:
            pairs.update(itertools.combinations(docs[:max_bucket], 2))

    if index == "datasketch":
        with lsh.insertion_session() as session:
            for key, row in enumerate(signatures):
                session.insert(key, LeanMinHash(seed=1, hashvalues=row, scheme="affine64"), check_duplication=False)
        for table in lsh.hashtables:
            for bucket in table.keys():
                members = table.get(bucket)
                if len(members) > 1:
                    add(owner_arr[list(members)].tolist())
        return pairs
    if index != "numpy":
        raise ValueError(f"index must be 'numpy' or 'datasketch', got {index!r}")
    n_owner = int(owner_arr.max()) + 1 if len(owner_arr) else 1
    codes: list[np.ndarray] = []
    with np.errstate(over="ignore"):
        for start, stop in lsh.hashranges:
            key = _mix(signatures[:, start] + np.uint64(1))
            for col in range(start + 1, stop):
                key = _mix(key * _ROLL + signatures[:, col])
            # one entry per (bucket, owner): a body's windows falling in its own bucket are not pairs
            order = np.lexsort((owner_arr, key))
            k_s, o_s = key[order], owner_arr[order]
            first = np.concatenate(([True], (k_s[1:] != k_s[:-1]) | (o_s[1:] != o_s[:-1])))
            k_s, o_s = k_s[first], o_s[first]
            same = k_s[1:] == k_s[:-1]
            if not same.any():
                continue
            edges = np.flatnonzero(np.diff(np.concatenate(([0], same.view(np.int8), [0]))))
            starts, stops = edges[0::2], edges[1::2] + 1  # runs [start, stop) of one bucket
            two = stops - starts == 2
            if two.any():  # buckets of two bodies, the usual case: vectorised
                a, b = o_s[starts[two]], o_s[starts[two] + 1]
                codes.append(np.minimum(a, b) * n_owner + np.maximum(a, b))
            for a, b in zip(starts[~two].tolist(), stops[~two].tolist(), strict=True):
                add(o_s[a:b].tolist())
    if codes:
        unique = np.unique(np.concatenate(codes))
        pairs.update(zip((unique // n_owner).tolist(), (unique % n_owner).tolist(), strict=True))
    return pairs


def _kind(jaccard: float, containment: float, *, duplicate: float, near_duplicate: float) -> str:
    if jaccard >= duplicate:
        return "duplicate"
    if containment >= near_duplicate:
        return "near-duplicate"
    return "rewrite"


_P = np.uint64(1_000_003)
_P_INV = np.uint64(pow(1_000_003, -1, 2**64))
#: Code points below 128 that belong to a word (letters, digits).
_ASCII_WORD = np.zeros(128, dtype=bool)
for _c in "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789":
    _ASCII_WORD[ord(_c)] = True


def _word_chars(cp: np.ndarray) -> np.ndarray:
    """Which code points belong to words: ASCII letters and digits, and every code point from
    U+00C0 up except the punctuation and symbol blocks (general punctuation, CJK symbols,
    fullwidth forms) and the multiplication/division signs."""
    out = np.zeros(len(cp), dtype=bool)
    low = cp < 128
    out[low] = _ASCII_WORD[cp[low]]
    high = ~low
    c = cp[high]
    out[high] = ((c >= 0xC0) & (c != 0xD7) & (c != 0xF7)
                 & ~((c >= 0x2000) & (c <= 0x2BFF)) & ~((c >= 0x3000) & (c <= 0x303F))
                 & ~((c >= 0xFE30) & (c <= 0xFE6F)) & ~((c >= 0xFF00) & (c <= 0xFF0F)))
    return out


def _token_view(text: str, k: int) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Word ids (a hash of the lower-cased word), word start and end offsets, and shingle hashes
    of ``text``, all in NumPy (for aligning passages). Words are runs of letters and digits."""
    text = text or ""
    lowered = text.lower()
    if len(lowered) != len(text):  # a few characters lower-case to two: keep offsets exact
        lowered = text
    cp = np.frombuffer(lowered.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    word = _word_chars(cp)
    edges = np.flatnonzero(np.diff(np.concatenate(([0], word.view(np.int8), [0]))))
    starts, ends = edges[0::2], edges[1::2]
    if len(starts) == 0:
        empty = np.empty(0, dtype=np.uint64)
        return empty, starts, ends, empty
    with np.errstate(over="ignore"):
        powers = np.concatenate(([np.uint64(1)], np.cumprod(np.full(len(cp), _P, dtype=np.uint64))))
        inverse = np.concatenate(([np.uint64(1)], np.cumprod(np.full(len(cp), _P_INV, dtype=np.uint64))))
        prefix = np.concatenate(([np.uint64(0)], np.cumsum(cp * powers[:-1])))
        ids = _mix((prefix[ends] - prefix[starts]) * inverse[starts])
    return ids, starts, ends, _shingle_hashes(ids, k)


def _align(va: tuple, vb: tuple, k: int) -> list[tuple[int, int, int, int]]:
    ia, sa, ea, ha = va
    ib, sb, eb, hb = vb
    if len(ha) == 0 or len(hb) == 0:
        return []
    hit = np.isin(ha, hb)
    if not hit.any():
        return []
    first_in_b: dict[int, int] = {}
    for pos, h in enumerate(hb.tolist()):
        first_in_b.setdefault(h, pos)
    la, lb = len(ia), len(ib)
    edges = np.flatnonzero(np.diff(np.concatenate(([0], hit.view(np.int8), [0]))))
    out = []
    for start, stop in zip(edges[0::2].tolist(), edges[1::2].tolist(), strict=True):
        i = start
        while i < stop:
            j = first_in_b[int(ha[i])]
            n = k
            # extend the run in bulk, then word by word
            m = min(la - i, lb - j)
            if m > n:
                same = ia[i + n:i + m] == ib[j + n:j + m]
                n += int(np.argmin(same)) if not same.all() else len(same)
            out.append((int(sa[i]), int(ea[i + n - 1]), int(sb[j]), int(eb[j + n - 1])))
            i += n
    return out


def _identical_passage(body: str) -> list[tuple[int, int, int, int]]:
    """The one passage of two identical bodies: first word to last word."""
    first = _WORD_RE.search(body)
    if first is None:
        return []
    last = len(body)
    while last > first.end() and not body[last - 1].isalnum():
        last -= 1
    return [(first.start(), last, first.start(), last)]


def shared_passages(body_a: str, body_b: str, *, shingle_size: int = 5) -> list[tuple[int, int, int, int]]:
    """Passages two bodies share, as character offsets ``[(a_start, a_end, b_start, b_end), ...]``.

    Words are compared case-insensitively. A passage is a maximal run of consecutive word
    ``shingle_size``-grams of ``body_a`` found in ``body_b``, aligned to where its first
    ``shingle_size``-gram occurs in ``body_b`` and extended there word by word; runs shorter than
    ``shingle_size`` words are not passages. Passages are in the order of ``body_a``.
    """
    return _align(_token_view(body_a, shingle_size), _token_view(body_b, shingle_size), shingle_size)


def same_language_pairs(
    articles: pd.DataFrame,
    *,
    threshold: float = 0.2,
    near_duplicate: float = 0.8,
    duplicate: float = 0.9,
    shingle_size: int = 5,
    num_perm: int = 64,
    lsh_threshold: float = 0.2,
    passages: bool = True,
    window: int = 200,
    min_shingles: int = 10,
    max_bucket: int = 200,
    index: str = "numpy",
) -> pd.DataFrame:
    """Copies and rewrites in the same language: MinHash LSH candidates, exact scores on them.

    Args:
        articles: columns ``article_id``, ``body``.
        threshold: least containment (shared shingles / shingles of the smaller body) to report.
        near_duplicate: containment from which a pair is a ``near-duplicate`` (else ``rewrite``).
        duplicate: Jaccard from which a pair is a ``duplicate``.
        shingle_size: words per shingle (5 by default).
        num_perm: MinHash permutations.
        lsh_threshold: Jaccard the LSH banding is tuned to (candidates only; lower finds more
            trimmed copies, at some cost in speed).
        passages: align the shared passages (character offsets in both bodies).
        window: bodies of more than 1.5 ``window`` shingles are also indexed by windows of this
            many shingles (stride half a window), so a short text copied into a long one is found;
            0 indexes whole bodies only.
        min_shingles: least number of shared shingles (a shared 10-word quote is not a copy).
        max_bucket: at most this many articles taken from one LSH bucket (guards against a corpus
            of thousands of identical bodies; such buckets are duplicates anyway).
        index: ``numpy`` (bands bucketed by sorting) or ``datasketch`` (a ``MinHashLSH`` index);
            the same banding and the same candidates, see ``_lsh_candidates``.

    Returns:
        Columns ``article_a``, ``article_b`` (``article_a`` < ``article_b``), ``kind``, ``score``
        (= containment), ``jaccard``, ``containment``, ``n_shared`` (shared shingles),
        ``passages`` (list of ``(a_start, a_end, b_start, b_end)``).
    """
    require_columns(articles, ["article_id", "body"])
    ids = articles["article_id"].astype(str).tolist()
    bodies = ["" if (b is None or (isinstance(b, float) and math.isnan(b)) or b is pd.NA) else str(b)
              for b in articles["body"].tolist()]
    per_doc = _corpus_shingles(bodies, shingle_size)
    keys = [i for i, sh in enumerate(per_doc) if len(sh)]
    shingles = [per_doc[i] for i in keys]
    if len(keys) < 2:
        return pd.DataFrame({c: pd.Series(dtype="object") for c in _SAME_COLUMNS})
    owner, rows_to_index = _signature_rows(shingles, list(range(len(keys))), num_perm=num_perm, window=window)
    candidates = _lsh_candidates(owner, rows_to_index, threshold=lsh_threshold,
                                 num_perm=num_perm, max_bucket=max_bucket, index=index)
    sets: dict[int, np.ndarray] = {}

    def unique(pos: int) -> np.ndarray:
        if pos not in sets:
            sets[pos] = np.unique(shingles[pos])
        return sets[pos]

    return _score_candidates(candidates, unique, lambda p: ids[keys[p]], lambda p: bodies[keys[p]],
                             threshold=threshold, near_duplicate=near_duplicate, duplicate=duplicate,
                             shingle_size=shingle_size, passages=passages, min_shingles=min_shingles)


_SAME_COLUMNS = ("article_a", "article_b", "kind", "score", "jaccard", "containment", "n_shared", "passages")


def _hash_family(num_perm: int) -> tuple[np.ndarray, np.ndarray]:
    """The MinHash hash family (seeded: the same signatures in every process)."""
    rng = np.random.RandomState(1)
    a = rng.randint(1, 2**62, size=num_perm, dtype=np.int64).astype(np.uint64) * np.uint64(2) + np.uint64(1)
    b = rng.randint(0, 2**62, size=num_perm, dtype=np.int64).astype(np.uint64)
    return a, b


def _signature_rows(shingles: list[np.ndarray], owners: list[int], *, num_perm: int,
                    window: int) -> tuple[list[int], np.ndarray]:
    """The MinHash rows to index and whose they are: one per body, plus windows of long bodies.

    ``owners[i]`` names ``shingles[i]`` (a position); returns ``(owner, rows)`` for
    :func:`_lsh_candidates`.
    """
    a, b = _hash_family(num_perm)
    signatures, block_sigs = _minhash_signatures(shingles, a, b, block=window // 2 if window else 10**9)
    owner = list(owners)
    rows = [signatures]
    if window:
        # windows of two consecutive blocks of long bodies: a short text copied into a long one
        # has a high Jaccard with the window around it, not with the whole long body
        for pos, sig in zip(owners, block_sigs, strict=True):
            if len(sig) >= 3:
                rows.append(np.minimum(sig[:-1], sig[1:]))
                owner.extend([pos] * (len(sig) - 1))
    return owner, np.concatenate(rows)


def _score_candidates(
    candidates: Iterable[tuple[int, int]],
    unique: Callable[[int], np.ndarray],
    article_id: Callable[[int], str],
    body: Callable[[int], str],
    *,
    threshold: float,
    near_duplicate: float,
    duplicate: float,
    shingle_size: int,
    passages: bool,
    min_shingles: int,
) -> pd.DataFrame:
    """Exact scores (and passages) of the LSH candidates: the pairs table of same_language_pairs.

    ``unique(p)``, ``article_id(p)`` and ``body(p)`` give a candidate's unique shingle hashes, id
    and body; the pandas path reads them from the whole table, the Dask path from the gathered
    candidates.
    """
    views: dict[int, tuple] = {}

    def view(p: int) -> tuple:
        if p not in views:
            views[p] = _token_view(body(p), shingle_size)
        return views[p]

    rows = []
    for p, q in sorted(candidates):
        sa, sb = unique(p), unique(q)
        inter = len(np.intersect1d(sa, sb, assume_unique=True))
        if inter < max(1, min_shingles):
            continue
        containment = inter / min(len(sa), len(sb))
        if containment < threshold:
            continue
        jaccard = inter / (len(sa) + len(sb) - inter)
        i, j = (q, p) if article_id(p) > article_id(q) else (p, q)
        rows.append({
            "article_a": article_id(i),
            "article_b": article_id(j),
            "kind": _kind(jaccard, containment, duplicate=duplicate, near_duplicate=near_duplicate),
            "score": round(containment, 4),
            "jaccard": round(jaccard, 4),
            "containment": round(containment, 4),
            "n_shared": inter,
            "passages": (_identical_passage(body(i)) if body(i) == body(j) else
                         _align(view(i), view(j), shingle_size)) if passages else [],
        })
    if not rows:
        return pd.DataFrame({c: pd.Series(dtype="object") for c in _SAME_COLUMNS})
    out = pd.DataFrame(rows, columns=list(_SAME_COLUMNS))
    return out.sort_values(["article_a", "article_b"], kind="stable").reset_index(drop=True)


# =================================================================================================
# Across languages: the translation-surviving fingerprint
# =================================================================================================
@dataclass
class _Lexicon:
    months: dict[str, int] = field(default_factory=dict)
    weekdays: dict[str, int] = field(default_factory=dict)
    numbers: dict[str, str] = field(default_factory=dict)
    equivalents: dict[str, str] = field(default_factory=dict)  # folded phrase -> key
    acronyms: frozenset[str] = frozenset()  # entries written in capitals: matched case-sensitively
    names: frozenset[str] = frozenset()  # folded entries that are not acronyms
    pattern: re.Pattern[str] | None = None


def _pairs_list(name: str, language: str) -> list[tuple[str, str]]:
    """Entries ``left = right`` of a list (entries without a right side skipped; none where missing)."""
    try:
        return [(left, right) for left, right in load_pairs(name, language) if left and right]
    except LexiconError:
        return []


def _lexicon_languages(language: str | None) -> tuple[str, ...]:
    """The languages whose lists apply: the article's own; all shipped ones when unknown."""
    from helpers.lexicons import available_languages

    if language and load_list_or_empty("equivalents", language):
        return (language,)
    if language and language not in ("und", "unknown"):
        # a language without lists: names, numbers and digits still work; no word lists
        return (language,)
    return tuple(available_languages("equivalents"))


@lru_cache(maxsize=32)
def _lexicon(languages: tuple[str, ...]) -> _Lexicon:
    lex = _Lexicon()
    phrases: dict[str, str] = {}
    acronyms = set()
    names = set()
    for lang in languages:
        lex.months.update({fold(k): int(v) for k, v in _pairs_list("months", lang) if v.isdigit()})
        lex.weekdays.update({fold(k): int(v) for k, v in _pairs_list("weekdays", lang) if v.isdigit()})
        lex.numbers.update({fold(k): v for k, v in _pairs_list("number_words", lang)})
        for phrase, key in _pairs_list("equivalents", lang):
            phrases.setdefault(fold(phrase), key)
            if phrase.upper() == phrase and any(ch.isalpha() for ch in phrase):
                acronyms.add(phrase)
            else:
                names.add(fold(phrase))
    lex.equivalents = phrases
    lex.acronyms = frozenset(acronyms)
    lex.names = frozenset(names)
    if phrases:
        alternatives = sorted({p for lang in languages for p, _ in _pairs_list("equivalents", lang)},
                              key=lambda s: (-len(s), s))
        body = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in alternatives)
        lex.pattern = re.compile(rf"(?<!\w)(?:{body})(?!\w)", re.IGNORECASE)
    return lex


#: Cyrillic and Greek letters in Latin (BGN/PCGN-like), so ``Трамп`` and ``Trump`` can meet.
_TRANSLIT = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i",
    "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "",
    "э": "e", "ю": "yu", "я": "ya", "і": "i", "ї": "yi", "є": "ye", "ґ": "g", "ђ": "dj", "ј": "j", "љ": "lj",
    "њ": "nj", "ћ": "c", "џ": "dz", "α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i",
    "θ": "th", "ι": "i", "κ": "k", "λ": "l", "μ": "m", "ν": "n", "ξ": "x", "ο": "o", "π": "p", "ρ": "r",
    "σ": "s", "ς": "s", "τ": "t", "υ": "y", "φ": "f", "χ": "ch", "ψ": "ps", "ω": "o",
})
_SKELETON_RE = re.compile(r"[aeiouy]")
_SOUNDS = (("ph", "f"), ("ck", "k"), ("c", "k"), ("q", "k"), ("w", "v"), ("x", "ks"), ("z", "s"))


def _name_key(token: str) -> str:
    """A name as a key that survives translation: folded (and transliterated from Cyrillic or
    Greek), possessive and doubled letters removed: ``Iğdır`` -> ``igdir``, ``Russia`` -> ``rusia``."""
    token = _POSSESSIVE_RE.sub("", token)
    return _DOUBLE_RE.sub(r"\1", _NON_WORD_RE.sub("", fold(token).translate(_TRANSLIT)))


_BREAK_RE = re.compile(r"[.!?:\n]")
_PART_SPLIT_RE = re.compile(r"[-'’]")
_NUMBER_SEP_RE = re.compile(r"[.,]")
_SPACES_RE = re.compile(r"\s+")


@lru_cache(maxsize=200_000)
def _fold_word(word: str) -> str:
    return fold(word)


@lru_cache(maxsize=200_000)
def _part_keys(word: str) -> tuple[str, ...]:
    """Name keys of the parts of a (lower-case) word: ``orang-orang`` -> ``("orang",)``."""
    return tuple({_name_key(part) for part in _PART_SPLIT_RE.split(word)})


@lru_cache(maxsize=200_000)
def _name_parts(word: str) -> tuple[tuple[str, str], ...]:
    """The capitalised parts of a word that can be names, with their keys (``Turki-Azerbaijan``)."""
    out = []
    for part in _PART_SPLIT_RE.split(word):
        if len(part) < 2 or not part[:1].isupper() or part.isdigit():
            continue
        key = _name_key(part)
        if len(key) < 2 or (len(key) < 3 and not part.isupper()):
            continue
        out.append((part, key))
    return tuple(out)


def _skeleton(key: str) -> str:
    """The consonant skeleton of a name key, robust to transliteration and spelling:
    ``trump``/``tramp`` -> ``trmp``, ``colombia``/``kolombia`` -> ``klmb``, ``mexico``/``meksiko`` -> ``mksk``."""
    for a, b in _SOUNDS:
        key = key.replace(a, b)
    return _DOUBLE_RE.sub(r"\1", key[:1] + _SKELETON_RE.sub("", key[1:]))


def _number_key(raw: str) -> str | None:
    """``1,000`` / ``1.000`` -> ``1000``; ``2,5`` / ``2.5`` -> ``2.5``; ``2020`` -> ``2020``."""
    if _THOUSANDS_RE.fullmatch(raw) and len(set(ch for ch in raw if ch in ".,")) == 1:
        return str(int(_NUMBER_SEP_RE.sub("", raw)))
    seps = [i for i, ch in enumerate(raw) if ch in ".,"]
    if not seps:
        return str(int(raw)) if len(raw) < 18 else raw
    last = seps[-1]
    whole = _NUMBER_SEP_RE.sub("", raw[:last])
    frac = raw[last + 1:].rstrip("0")
    if not whole:
        return None
    whole = str(int(whole)) if len(whole) < 18 else whole
    return f"{whole}.{frac}" if frac else whole


def translation_fingerprint(
    text: str,
    *,
    title: str | None = None,
    language: str | None = None,
    credit: str | None = None,
    common_words: Collection[str] = (),
) -> dict[str, str]:
    """What survives translation in ``text``: ``{feature: as written}``.

    Features (keys, language-independent): ``name:<folded name>`` (a capitalised word that is not
    only sentence-initial, folded: ``Iğdır`` -> ``name:igdir``), ``equiv:<key>`` (a name a
    translation renders differently, from lexicon ``equivalents``: ``PBB`` -> ``equiv:UN``),
    ``num:<value>`` (digits normalised across decimal conventions, and number words from lexicon
    ``number_words``), ``month:<n>`` and ``weekday:<n>`` (lexicons ``months``, ``weekdays``), and
    ``credit:<folded>`` (``credit`` and credits written at the end of the text).

    A capitalised word only at the start of sentences (or in the ``title``, which may be in title
    case) counts as a name only if it is capitalised mid-sentence elsewhere, or is never written
    in lower case in the text, in ``common_words`` (folded words seen in lower case across the
    corpus) or in the language's ``stopwords`` list.
    """
    text = text or ""
    title = title or ""
    title_end = len(title)
    text = f"{title}\n\n{text}" if title else text
    lex = _lexicon(_lexicon_languages(language))
    out: dict[str, str] = {}
    masked = list(text)
    if lex.pattern is not None:
        for m in lex.pattern.finditer(text):
            written = m.group()
            folded = fold(_SPACES_RE.sub(" ", written))
            key = lex.equivalents.get(folded)
            if key is None:
                continue
            # an acronym entry matches as written (``AS``, not ``As``); a name entry needs a capital
            if written not in lex.acronyms and (folded not in lex.names or not written[:1].isupper()):
                continue
            out.setdefault(f"equiv:{key}", written)
            masked[m.start():m.end()] = " " * (m.end() - m.start())
    masked_text = "".join(masked)
    # numeric dates (day first): day, month, year
    for m in _NUMERIC_DATE_RE.finditer(masked_text):
        day, month, year = (int(g) for g in m.groups())
        if 1 <= month <= 12 and 1 <= day <= 31:
            out.setdefault(f"month:{month}", m.group())
    for m in _NUMBER_RE.finditer(masked_text):
        key = _number_key(m.group())
        if key is not None:
            out.setdefault(f"num:{key}", m.group())
    # words: names, months, weekdays, number words
    starts = sorted(s for s, _ in split_sentences(masked_text, language=language))
    initial: dict[str, str] = {}
    mid: set[str] = set()
    lower_seen: set[str] = set()
    previous_end = -1
    for m in _WORD_RE.finditer(masked_text):
        word = m.group()
        folded = _fold_word(word)
        if folded in lex.months and (word[:1].isupper() or len(folded) > 3):
            out.setdefault(f"month:{lex.months[folded]}", word)
            previous_end = m.end()
            continue
        if folded in lex.weekdays:
            out.setdefault(f"weekday:{lex.weekdays[folded]}", word)
            previous_end = m.end()
            continue
        if folded in lex.numbers:
            out.setdefault(f"num:{lex.numbers[folded]}", word)
            previous_end = m.end()
            continue
        if not word[:1].isupper() or word[:1].isdigit():
            lower_seen.update(_part_keys(word))
            previous_end = m.end()
            continue
        at_start = m.start() < title_end or previous_end < 0 or \
            bool(_BREAK_RE.search(masked_text, previous_end, m.start()))
        if not at_start:
            # the first word of a sentence, possibly after an opening quote or bracket
            k = bisect.bisect_right(starts, m.start()) - 1
            at_start = k >= 0 and m.start() - starts[k] < 4 and \
                not masked_text[starts[k]:m.start()].strip(" \"'“‘(«[—–-")
        previous_end = m.end()
        for part, key in _name_parts(word):
            if at_start:
                initial.setdefault(key, part)
            else:
                mid.add(key)
                out.setdefault(f"name:{_skeleton(key)}", part)
    stop = _stopword_keys(_lexicon_languages(language))
    for key, written in initial.items():
        # a sentence-initial capital is a name only if the word is never written in lower case
        if key in mid or (key not in lower_seen and key not in common_words and key not in stop):
            out.setdefault(f"name:{_skeleton(key)}", written)
    for credit_text in _credits(text, credit):
        key = _credit_key(credit_text)
        if key:
            out.setdefault(f"credit:{key}", credit_text)
    return out


@lru_cache(maxsize=32)
def _stopword_keys(languages: tuple[str, ...]) -> frozenset[str]:
    return frozenset(_name_key(w) for lang in languages for name in ("stopwords", "function_words")
                     for w in load_list_or_empty(name, lang))


@lru_cache(maxsize=1)
def _agencies() -> dict[str, str]:
    """Name key of a news agency as written -> its canonical name (lexicon ``news_agencies``)."""
    from helpers.lexicons import available_languages

    out: dict[str, str] = {}
    for lang in available_languages("news_agencies"):
        for line in load_list_or_empty("news_agencies", lang):
            written, _, canonical = line.partition("\t")
            out.setdefault(_name_key(written), (canonical or written).strip())
    return out


def _credit_key(credit: str) -> str:
    key = _name_key(credit)
    canonical = _agencies().get(key)
    return _name_key(canonical) if canonical else key


def _lowercase_words(texts: Iterable[str]) -> frozenset[str]:
    """Name keys of the words written in lower case somewhere in ``texts`` (common words)."""
    seen: set[str] = set()
    for text in texts:
        seen.update(w for w in _WORD_RE.findall(text) if w.islower())
    return frozenset(_name_key(part) for w in seen for part in _PART_SPLIT_RE.split(w))


def _credits(text: str, credit: str | None) -> list[str]:
    found = []
    if credit and str(credit).strip() and str(credit) not in ("None", "nan", "<NA>"):
        found.append(str(credit).strip())
    tail = text.rstrip()[-200:]
    for rx in _CREDIT_RES:
        m = rx.search(tail)
        if m:
            found.append(m.group(1).replace("_", " ").strip())
    return found


def _cell(value: object) -> str | None:
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    text = str(value).strip()
    return text or None


def translation_pairs(
    articles: pd.DataFrame,
    *,
    threshold: float = 0.35,
    min_shared: int = 3,
    date_window: float | None = 7,
    max_df: float = 0.5,
    prior: float = 4.0,
    best_ratio: float = 0.8,
) -> pd.DataFrame:
    """Articles in different languages that tell the same story (translations, partial renderings).

    Each article gets a :func:`translation_fingerprint` of its title and body. Feature weights are
    idf over the corpus (features in more than ``max_df`` of the articles are ignored). The score
    of a pair is the weight of the shared features over the weight of the smaller fingerprint plus
    ``prior`` (so a fingerprint of two or three features cannot score high by chance):
    containment-like, so a rendering of half the story, a condensed one or one with added
    paragraphs still scores.

    Args:
        articles: columns ``article_id``, ``body``, ``language``; ``title``, ``date``,
            ``source_credit`` used where present.
        threshold: least score to report.
        min_shared: least number of shared features.
        date_window: days two dated articles may be apart (None: no window). Undated articles
            are always compared.
        max_df: features in more than this share of the articles (and more than 50) are ignored.
        prior: idf mass added to the denominator.
        best_ratio: a pair is kept only if its score is at least this share of the best score of
            each of its two articles (0 keeps every pair above ``threshold``). Several renderings
            of one source all score near the source's best and are kept; a different story on the
            same event scores well below the real translation and is dropped.

    Returns:
        Columns ``article_a``, ``article_b``, ``kind`` (``translation``), ``score``, ``jaccard``
        and ``containment`` (weighted, over the fingerprints), ``n_shared``, ``evidence`` (the
        shared features as written in ``article_b``, grouped: names, numbers, dates, credits).
    """
    require_columns(articles, ["article_id", "body", "language"])
    cols = ["article_a", "article_b", "kind", "score", "jaccard", "containment", "n_shared", "evidence"]
    empty = pd.DataFrame({c: pd.Series(dtype="object") for c in cols})
    langs = [(_cell(x) or "und") for x in articles["language"].tolist()]
    if len({lang for lang in langs if lang != "und"}) < 2:
        return empty
    ids = articles["article_id"].astype(str).tolist()
    titles = articles["title"].tolist() if "title" in articles.columns else [None] * len(ids)
    credits = articles["source_credit"].tolist() if "source_credit" in articles.columns else [None] * len(ids)
    dates = pd.to_datetime(articles["date"], errors="coerce") if "date" in articles.columns else \
        pd.Series([pd.NaT] * len(ids))
    day = dates.to_numpy(dtype="datetime64[ns]").astype("datetime64[D]").astype("float64")
    day[pd.isna(dates).to_numpy()] = np.nan
    bodies = [_cell(b) or "" for b in articles["body"].tolist()]
    titles = [_cell(t) or "" for t in titles]
    common = {lang: _lowercase_words(t for t, la in zip(bodies, langs, strict=True) if la == lang) for lang in set(langs)}
    prints = []
    for title, body, lang, credit in zip(titles, bodies, langs, credits, strict=True):
        prints.append(translation_fingerprint(body, title=title, language=None if lang == "und" else lang,
                                              credit=_cell(credit), common_words=common[lang]))
    df = Counter(f for p in prints for f in p)
    n = len(prints)
    # very common features are dropped (they cost time in the sparse product and weigh ~0),
    # but never in a small corpus, where one topic can fill half of it
    cut = max(max_df * n, 50)
    vocab = {f: i for i, f in enumerate(sorted(f for f, c in df.items() if c <= cut))}
    idf = np.zeros(len(vocab))
    for f, i in vocab.items():
        idf[i] = math.log((n + 1) / (df[f] + 1)) + 1  # smoothed: a tiny corpus still weighs shared features
    from scipy import sparse

    rows, colidx = [], []
    for r, p in enumerate(prints):
        for f in p:
            c = vocab.get(f)
            if c is not None:
                rows.append(r)
                colidx.append(c)
    x = sparse.csr_matrix((idf[colidx], (rows, colidx)), shape=(n, len(vocab)))
    binary = sparse.csr_matrix((np.ones(len(rows)), (rows, colidx)), shape=(n, len(vocab)))
    mass = np.asarray(x.sum(axis=1)).ravel()
    out = []
    best: dict[int, float] = {}
    position = {art: i for i, art in enumerate(ids)}
    lang_arr = np.array(langs, dtype=object)
    known = [lang for lang in sorted(set(langs)) if lang != "und"]
    for li, la in enumerate(known):
        for lb in known[li + 1:]:
            ia = np.flatnonzero(lang_arr == la)
            ib = np.flatnonzero(lang_arr == lb)
            shared = (x[ia] @ binary[ib].T).tocsr()  # idf mass of the shared features
            counts = (binary[ia] @ binary[ib].T).tocsr()
            shared.sort_indices()
            counts.sort_indices()
            shared, counts = shared.tocoo(), counts.tocoo()
            for r, c, w, k in zip(shared.row, shared.col, shared.data, counts.data.astype(int), strict=True):
                i, j = int(ia[r]), int(ib[c])
                if k < min_shared:
                    continue
                smaller = min(mass[i], mass[j])
                score = w / (smaller + prior)
                if score < threshold:
                    continue
                if date_window is not None and not (np.isnan(day[i]) or np.isnan(day[j])) and \
                        abs(day[i] - day[j]) > date_window:
                    continue
                a, b = (i, j) if ids[i] < ids[j] else (j, i)
                best[i] = max(best.get(i, 0.0), score)
                best[j] = max(best.get(j, 0.0), score)
                out.append({
                    "article_a": ids[a],
                    "article_b": ids[b],
                    "kind": "translation",
                    "score": round(float(score), 4),
                    "jaccard": round(float(w / (mass[i] + mass[j] - w)), 4),
                    "containment": round(float(w / smaller), 4) if smaller else 0.0,
                    "n_shared": k,
                    "evidence": _evidence(prints[a], prints[b]),
                })
    # keep a pair only if it is nearly as good as the best match of both its articles: a story
    # covered by several outlets pairs each translation with its own source, not with all of them
    out = [r for r in out
           if r["score"] >= best_ratio * best[position[r["article_a"]]] - 1e-9
           and r["score"] >= best_ratio * best[position[r["article_b"]]] - 1e-9]
    if not out:
        return empty
    return pd.DataFrame(out, columns=cols).sort_values(["article_a", "article_b"], kind="stable").reset_index(drop=True)


_EVIDENCE_GROUPS = (("names", ("name:", "equiv:")), ("numbers", ("num:",)), ("dates", ("month:", "weekday:")),
                    ("credits", ("credit:",)))


def _evidence(fa: dict[str, str], fb: dict[str, str]) -> str:
    shared = sorted(set(fa) & set(fb))
    parts = []
    for label, prefixes in _EVIDENCE_GROUPS:
        items = [f"{fa[f]}={fb[f]}" if fold(fa[f]) != fold(fb[f]) else fa[f] for f in shared if f.startswith(prefixes)]
        if label == "names":
            items.sort(key=lambda item: (fold(item), item))
        if items:
            parts.append(f"{label}: " + ", ".join(items))
    return "; ".join(parts)


# =================================================================================================
# find_reuse: both detectors, direction and credits
# =================================================================================================
def _credits_outlet(credit: str | None, body: str | None, outlet: str | None) -> bool:
    """Whether ``credit`` (or a credit at the end of ``body``) names ``outlet``."""
    if not outlet:
        return False
    key = _credit_key(outlet)
    if not key:
        return False
    for c in _credits(body or "", credit):
        ck = _credit_key(c)
        if ck and (ck == key or ck in key or key in ck):
            return True
    return False


@dask_aware
def find_reuse(
    articles: pd.DataFrame,
    *,
    threshold: float = 0.2,
    near_duplicate: float = 0.8,
    duplicate: float = 0.9,
    translation_threshold: float = 0.35,
    min_shared: int = 3,
    date_window: float | None = 7,
    shingle_size: int = 5,
    num_perm: int = 64,
    lsh_threshold: float = 0.2,
    passages: bool = True,
    window: int = 200,
    min_shingles: int = 10,
    index: str = "numpy",
    translations: bool = True,
) -> pd.DataFrame:
    """Pairs of articles that share a story: copies, rewrites and translations.

    Args:
        articles: the articles table; needs ``article_id``, ``body``; uses ``language``,
            ``title``, ``outlet``, ``date``, ``source_credit`` where present.
        threshold: least containment (shared 5-word shingles over the smaller body) for a
            same-language pair.
        near_duplicate: containment from which a same-language pair is a near-duplicate.
        duplicate: Jaccard from which a same-language pair is a duplicate.
        translation_threshold: least fingerprint score for a cross-language pair.
        min_shared: least number of shared fingerprint features for a translation.
        date_window: days two dated articles in different languages may be apart (None: any).
        shingle_size, num_perm, lsh_threshold, window, min_shingles, index: shingling and
            MinHash LSH settings (see :func:`same_language_pairs`).
        passages: align the shared passages of same-language pairs.
        translations: look for translations (articles in different ``language`` values).

    Returns:
        One row per pair (:data:`REUSE_COLUMNS`): ``article_a`` < ``article_b``, ``kind``
        (duplicate | near-duplicate | rewrite | translation), ``score`` (containment for copies,
        the fingerprint score for translations), ``jaccard``, ``containment``, ``language_a/_b``,
        ``outlet_a/_b``, ``passages`` (``[(a_start, a_end, b_start, b_end)]`` character offsets in
        the bodies; same-language kinds), ``n_shared`` (shingles or fingerprint features),
        ``evidence`` (translations: matched names, numbers, dates, credits; copies: the number
        of shared passages and words), ``source`` and ``republisher`` (article ids; None when
        unknown), ``direction`` (``credit`` | ``date`` | ``unknown``), ``credited`` (the
        republisher credits the source's outlet).
    """
    require_columns(articles, ["article_id", "body"])
    if articles["article_id"].astype(str).duplicated().any():
        dup = articles.loc[articles["article_id"].astype(str).duplicated(), "article_id"].astype(str).tolist()[:5]
        raise ValueError(f"article_id must be unique; repeated: {dup}")
    frames = []
    same = same_language_pairs(articles, threshold=threshold, near_duplicate=near_duplicate, duplicate=duplicate,
                               shingle_size=shingle_size, num_perm=num_perm, lsh_threshold=lsh_threshold,
                               passages=passages, window=window, min_shingles=min_shingles, index=index)
    if len(same):
        frames.append(same.assign(evidence=[_passage_evidence(p) for p in same["passages"]]))
    if translations and "language" in articles.columns:
        trans = translation_pairs(articles, threshold=translation_threshold, min_shared=min_shared,
                                  date_window=date_window)
        if len(trans):
            frames.append(trans.assign(passages=[[] for _ in range(len(trans))]))
    return _finish_pairs(frames, articles.assign(article_id=articles["article_id"].astype(str)))


def _finish_pairs(frames: list[pd.DataFrame], meta: pd.DataFrame) -> pd.DataFrame:
    """The pairs table of find_reuse from its same-language and translation pairs.

    ``meta`` holds (at least) the pairs' articles: ``article_id`` (str) and, where present,
    ``language``, ``outlet``, ``source_credit``, ``body``, ``date``. Adds languages, outlets,
    direction (credit, then date) and the credits as evidence; sorted by kind, then ids.
    """
    if not frames:
        return pd.DataFrame({c: pd.Series(dtype="object") for c in REUSE_COLUMNS})
    pairs = pd.concat(frames, ignore_index=True)
    # a same-language pair wins over a translation pair of the same two articles
    pairs = pairs.drop_duplicates(["article_a", "article_b"], keep="first")
    meta = meta.set_index("article_id")

    def col(name: str) -> dict[str, object]:
        return meta[name].to_dict() if name in meta.columns else {}

    language, outlet, credit, body = col("language"), col("outlet"), col("source_credit"), col("body")
    dates = pd.to_datetime(meta["date"], errors="coerce").to_dict() if "date" in meta.columns else {}
    records = []
    for row in pairs.itertuples(index=False):
        a, b = row.article_a, row.article_b
        oa, ob = _cell(outlet.get(a)), _cell(outlet.get(b))
        source, direction, credited = None, "unknown", False
        if _credits_outlet(_cell(credit.get(b)), _cell(body.get(b)), oa) and oa != ob:
            source, direction, credited = a, "credit", True
        elif _credits_outlet(_cell(credit.get(a)), _cell(body.get(a)), ob) and oa != ob:
            source, direction, credited = b, "credit", True
        else:
            da, db = dates.get(a, pd.NaT), dates.get(b, pd.NaT)
            if not (pd.isna(da) or pd.isna(db)) and da != db:
                source, direction = (a, "date") if da < db else (b, "date")
        republisher = None if source is None else (b if source == a else a)
        records.append({
            "language_a": _cell(language.get(a)), "language_b": _cell(language.get(b)),
            "outlet_a": oa, "outlet_b": ob, "source": source, "republisher": republisher,
            "direction": direction, "credited": credited,
        })
    extra = pd.DataFrame(records, index=pairs.index)
    out = pd.concat([pairs, extra], axis=1)
    # the loader's source credits are evidence too: name them where the evidence does not yet
    notes = []
    for row in out.itertuples(index=False):
        ev = row.evidence if isinstance(row.evidence, str) else ""
        cited = [f"{art} credits {c}" for art in (row.article_a, row.article_b)
                 if (c := _cell(credit.get(art))) and "credits:" not in ev]
        notes.append("; ".join([ev] + cited) if ev and cited else (ev or "; ".join(cited)))
    out["evidence"] = notes
    out = out[list(REUSE_COLUMNS)]
    order = {k: i for i, k in enumerate(KINDS)}
    out = out.assign(_k=out["kind"].map(order)).sort_values(["_k", "article_a", "article_b"], kind="stable")
    return out.drop(columns="_k").reset_index(drop=True)


def _passage_evidence(passages: list[tuple[int, int, int, int]]) -> str:
    if not passages:
        return ""
    chars = sum(e - s for s, e, _, _ in passages)
    return f"{len(passages)} shared passage(s), {chars} characters"


# =================================================================================================
# Clusters, outlets, network
# =================================================================================================
@dask_collects(exclude=("body", "title"))
def story_clusters(pairs: pd.DataFrame, articles: pd.DataFrame | None = None) -> pd.DataFrame:
    """Connected groups of articles telling the same story (connected components of the pairs).

    Args:
        pairs: from :func:`find_reuse` (``article_a``, ``article_b``; ``source`` used if present).
        articles: optional articles table for ``outlet``, ``language`` and ``date``.

    Returns:
        :data:`CLUSTER_COLUMNS`: ``cluster`` (1 = largest; ties by first article id),
        ``article_id``, ``size``, ``outlet``, ``language``, ``date``, ``is_source`` (the article
        is the probable source of at least one pair and republishes none).
    """
    require_columns(pairs, ["article_a", "article_b"], table="pairs")
    if articles is not None:
        require_columns(articles, ["article_id"])
    if pairs.empty:
        return pd.DataFrame({c: pd.Series(dtype="object") for c in CLUSTER_COLUMNS})
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in zip(pairs["article_a"].astype(str), pairs["article_b"].astype(str), strict=True):
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    groups: dict[str, list[str]] = defaultdict(list)
    for x in sorted(parent):
        groups[find(x)].append(x)
    ordered = sorted(groups.values(), key=lambda g: (-len(g), g[0]))
    sources = set(pairs["source"].dropna().astype(str)) if "source" in pairs.columns else set()
    republishers = set(pairs["republisher"].dropna().astype(str)) if "republisher" in pairs.columns else set()
    meta = {}
    if articles is not None:
        meta = articles.assign(article_id=articles["article_id"].astype(str)).set_index("article_id")
    rows = []
    for n, group in enumerate(ordered, start=1):
        for art in group:
            def get(col: str, art: str = art) -> object:
                if articles is None or col not in meta.columns or art not in meta.index:
                    return None
                return meta.at[art, col]
            rows.append({"cluster": n, "article_id": art, "size": len(group), "outlet": _cell(get("outlet")),
                         "language": _cell(get("language")), "date": get("date"),
                         "is_source": art in sources and art not in republishers})
    out = pd.DataFrame(rows, columns=list(CLUSTER_COLUMNS))
    out["date"] = pd.to_datetime(out["date"], errors="coerce")
    return out


def reuse_network(pairs: pd.DataFrame) -> pd.DataFrame:
    """Who republishes whom: one row per (source outlet, republisher outlet).

    Args:
        pairs: from :func:`find_reuse` (``source``, ``republisher``, ``outlet_a``, ``outlet_b``,
            ``article_a``, ``credited``, ``kind``).

    Returns:
        Columns ``source_outlet``, ``republisher_outlet``, ``n_pairs``, ``n_credited``,
        ``kinds`` (kind: count, as text); sorted by ``n_pairs`` descending. Pairs without a
        known direction or outlet are left out.
    """
    require_columns(pairs, ["article_a", "source", "outlet_a", "outlet_b", "credited", "kind"], table="pairs")
    cols = ["source_outlet", "republisher_outlet", "n_pairs", "n_credited", "kinds"]
    rows = []
    for r in pairs.itertuples(index=False):
        if r.source is None or pd.isna(r.source):
            continue
        src, rep = (r.outlet_a, r.outlet_b) if r.source == r.article_a else (r.outlet_b, r.outlet_a)
        if not src or not rep or pd.isna(src) or pd.isna(rep):
            continue
        rows.append((src, rep, bool(r.credited), r.kind))
    if not rows:
        return pd.DataFrame({c: pd.Series(dtype="object") for c in cols})
    grouped: dict[tuple[str, str], list] = defaultdict(list)
    for src, rep, cred, kind in rows:
        grouped[(src, rep)].append((cred, kind))
    out = [{"source_outlet": s, "republisher_outlet": r, "n_pairs": len(v), "n_credited": sum(c for c, _ in v),
            "kinds": ", ".join(f"{k}: {n}" for k, n in sorted(Counter(k for _, k in v).items()))}
           for (s, r), v in grouped.items()]
    return pd.DataFrame(out, columns=cols).sort_values(["n_pairs", "source_outlet", "republisher_outlet"],
                                                       ascending=[False, True, True], kind="stable").reset_index(drop=True)


@dask_collects(("article_id", "outlet"))
def outlet_reuse(pairs: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Per outlet: how many of its articles republish another outlet's story, credited or not, from whom.

    Args:
        pairs: from :func:`find_reuse` (``source``, ``republisher``, ``credited``).
        articles: the articles table (``article_id``, ``outlet``).

    Returns:
        :data:`OUTLET_REUSE_COLUMNS`: ``outlet``, ``n_articles``, ``n_republished`` (articles that
        are the republisher in at least one directed pair with another outlet), ``share_republished``,
        ``n_credited``, ``n_uncredited`` (of those, crediting the source or not), ``sources`` (source
        outlets with counts, as text). Articles without an outlet count under ``(unknown)``.
    """
    require_columns(articles, ["article_id", "outlet"])
    require_columns(pairs, ["source", "republisher", "credited"], table="pairs")
    outlets = {str(a): (_cell(o) or "(unknown)") for a, o in zip(articles["article_id"], articles["outlet"], strict=True)}
    n_articles = Counter(outlets.values())
    republished: dict[str, set[str]] = defaultdict(set)
    credited: dict[str, set[str]] = defaultdict(set)
    sources: dict[str, Counter] = defaultdict(Counter)
    for r in pairs.itertuples(index=False):
        if r.source is None or pd.isna(r.source) or r.republisher is None or pd.isna(r.republisher):
            continue
        rep_outlet = outlets.get(str(r.republisher), "(unknown)")
        src_outlet = outlets.get(str(r.source), "(unknown)")
        if rep_outlet == src_outlet:
            continue
        republished[rep_outlet].add(str(r.republisher))
        if bool(r.credited):
            credited[rep_outlet].add(str(r.republisher))
        sources[rep_outlet][src_outlet] += 1
    rows = []
    for outlet in sorted(n_articles):
        n_rep = len(republished[outlet])
        n_cred = len(credited[outlet])
        rows.append({
            "outlet": outlet,
            "n_articles": n_articles[outlet],
            "n_republished": n_rep,
            "share_republished": round(n_rep / n_articles[outlet], 4),
            "n_credited": n_cred,
            "n_uncredited": n_rep - n_cred,
            "sources": ", ".join(f"{s} ({c})" for s, c in sorted(sources[outlet].items(), key=lambda kv: (-kv[1], kv[0]))),
        })
    return pd.DataFrame(rows, columns=list(OUTLET_REUSE_COLUMNS)).sort_values(
        ["share_republished", "outlet"], ascending=[False, True], kind="stable").reset_index(drop=True)


# =================================================================================================
# Side by side (HTML, escaped)
# =================================================================================================
def _highlight(text: str, spans: Iterable[tuple[int, int]]) -> str:
    out, pos = [], 0
    for s, e in sorted(spans):
        if s < pos:
            s = pos
        if e <= s:
            continue
        out.append(html.escape(text[pos:s]))
        out.append(f"<mark>{html.escape(text[s:e])}</mark>")
        pos = e
    out.append(html.escape(text[pos:]))
    return "".join(out).replace("\n", "<br>\n")


#: What the side-by-side view reads of the articles (a Dask table: only the pair's articles are computed).
_SIDE_BY_SIDE_COLUMNS = ("article_id", "body", "title", "outlet", "date", "language")


def _pair_ids(arguments: dict[str, Any]) -> list[str]:
    pair = arguments["pair"]
    return [str(pair["article_a"]), str(pair["article_b"])]


def _pairs_ids(arguments: dict[str, Any]) -> list[str]:
    pairs = arguments["pairs"]
    return [str(a) for a in pd.concat([pairs["article_a"], pairs["article_b"]]).unique()] if len(pairs) else []


@dask_collects(_SIDE_BY_SIDE_COLUMNS, ids=_pair_ids)
def side_by_side_html(pair: pd.Series | dict, articles: pd.DataFrame, *, max_chars: int = 20000) -> str:
    """Two articles of a pair side by side, shared passages highlighted (``<mark>``), text escaped.

    Args:
        pair: one row of :func:`find_reuse` (``article_a``, ``article_b``, ``kind``, ``score``,
            ``passages``, ``evidence``).
        articles: the articles table (``article_id``, ``body``; ``title``, ``outlet``, ``date``).
        max_chars: bodies are cut after this many characters (with a note).

    Returns:
        An HTML fragment (a two-column table); every piece of article text is ``html.escape``d.
    """
    require_columns(articles, ["article_id", "body"])
    pair = dict(pair)
    meta = articles.assign(article_id=articles["article_id"].astype(str)).set_index("article_id")
    passages = pair.get("passages") or []
    cells = []
    for side, idx in (("article_a", 0), ("article_b", 1)):
        art = str(pair[side])
        if art not in meta.index:
            cells.append(f"<td><p><em>article {html.escape(art)} not in the articles table</em></p></td>")
            continue
        body = _cell(meta.at[art, "body"]) or ""
        spans = [(p[2 * idx], p[2 * idx + 1]) for p in passages]
        cut = len(body) > max_chars
        shown = body[:max_chars]
        spans = [(s, min(e, max_chars)) for s, e in spans if s < max_chars]
        head = [f"<strong>{html.escape(art)}</strong>"]
        for col in ("title", "outlet", "date", "language"):
            if col in meta.columns and _cell(meta.at[art, col]):
                head.append(f"{col}: {html.escape(str(meta.at[art, col]))}")
        note = f"<p><em>(cut at {max_chars} characters)</em></p>" if cut else ""
        cells.append(f"<td style='vertical-align:top;width:50%'><p>{'<br>'.join(head)}</p>"
                     f"<div style='white-space:normal'>{_highlight(shown, spans)}</div>{note}</td>")
    caption = (f"{html.escape(str(pair.get('kind', '')))}, score {html.escape(str(pair.get('score', '')))}"
               + (f"; evidence: {html.escape(str(pair['evidence']))}" if _cell(pair.get("evidence")) else ""))
    return (f"<table class='reuse-side-by-side' style='border-collapse:collapse'><caption>{caption}</caption>"
            f"<tr>{''.join(cells)}</tr></table>")


@dask_collects(_SIDE_BY_SIDE_COLUMNS, ids=_pairs_ids)
def side_by_side_examples(pairs: pd.DataFrame, articles: pd.DataFrame, *, n: int = 3,
                          kinds: Sequence[str] = KINDS) -> str:
    """HTML for up to ``n`` pairs per kind (highest score first), side by side; escaped text.

    Args:
        pairs: from :func:`find_reuse`.
        articles: the articles table.
        n: pairs shown per kind.
        kinds: which kinds to show, in this order.

    Returns:
        An HTML fragment; a one-sentence paragraph when there is no pair to show.
    """
    require_columns(pairs, ["article_a", "article_b", "kind", "score"], table="pairs")
    parts = []
    for kind in kinds:
        rows = pairs[pairs["kind"] == kind].sort_values(["score", "article_a", "article_b"],
                                                        ascending=[False, True, True], kind="stable").head(n)
        if rows.empty:
            continue
        parts.append(f"<h4>{html.escape(kind)}</h4>")
        parts.extend(side_by_side_html(row, articles) for _, row in rows.iterrows())
    if not parts:
        return "<p>No pairs to show: no two articles share a story at these thresholds.</p>"
    return "\n".join(parts)


@dask_collects(("article_id", "title"))
def reuse_table(pairs: pd.DataFrame, articles: pd.DataFrame | None = None, *,
                kinds: Sequence[str] = KINDS) -> pd.DataFrame:
    """The pairs of some kinds as a readable table (titles instead of passage offsets).

    Args:
        pairs: from :func:`find_reuse`.
        articles: optional articles table, for ``title_a`` and ``title_b``.
        kinds: kinds to keep.

    Returns:
        Columns ``kind``, ``article_a``, ``title_a``, ``outlet_a``, ``article_b``, ``title_b``,
        ``outlet_b``, ``score``, ``jaccard``, ``containment``, ``direction``, ``source``,
        ``credited``, ``evidence``; highest score first.
    """
    require_columns(pairs, ["article_a", "article_b", "kind", "score"], table="pairs")
    cols = ["kind", "article_a", "title_a", "outlet_a", "article_b", "title_b", "outlet_b", "score", "jaccard",
            "containment", "direction", "source", "credited", "evidence"]
    rows = pairs[pairs["kind"].isin(list(kinds))].copy()
    titles: dict[str, object] = {}
    if articles is not None and "title" in articles.columns:
        titles = dict(zip(articles["article_id"].astype(str), articles["title"], strict=True))
    rows["title_a"] = rows["article_a"].map(titles) if titles else None
    rows["title_b"] = rows["article_b"].map(titles) if titles else None
    for col in cols:
        if col not in rows.columns:
            rows[col] = None
    return rows[cols].sort_values(["score", "article_a", "article_b"], ascending=[False, True, True],
                                  kind="stable").reset_index(drop=True)


@dask_collects(("article_id", "language"))
def describe_reuse(pairs: pd.DataFrame, articles: pd.DataFrame) -> str:
    """One or two sentences on what was found (for the notebook, also when nothing was)."""
    require_columns(articles, ["article_id"])
    n = len(articles)
    if n < 2:
        return f"The corpus has {n} article{'s' if n != 1 else ''}: there is nothing to compare, so no pairs."
    if pairs.empty:
        langs = articles["language"].dropna().nunique() if "language" in articles.columns else 0
        extra = "" if langs > 1 else " (one language: no translations to look for)"
        return f"No pairs among {n:,} articles at these thresholds{extra}."
    counts = pairs["kind"].value_counts()
    listed = ", ".join(f"{counts[k]:,} {k}" for k in KINDS if k in counts)
    n_articles = len(set(pairs["article_a"]) | set(pairs["article_b"]))
    directed = int(pairs["source"].notna().sum()) if "source" in pairs.columns else 0
    credited = int(pairs["credited"].sum()) if "credited" in pairs.columns else 0
    return (f"{len(pairs):,} pairs ({listed}) involving {n_articles:,} of {n:,} articles; "
            f"{directed:,} with a probable direction, {credited:,} where the republisher credits the source.")
