"""How is the story framed? Dictionary frame scores with evidence, blame and agency, who carries
which frame, frames by outlet and over time, and validation against manual coding.

Frame schemes are codebooks in YAML (``helpers/lexicons/frames/<scheme>.yaml``, or a path to
your own file): per frame a description, the indicator questions a human coder answers, a
citation, a threshold and term lists per language. Terms match on token boundaries, ignoring
case and diacritics (``Iğdır`` = ``igdir``); ``*`` stands for any letters (``serang*``,
``*serang``); multiword terms match across spaces and light punctuation (``dua negara, satu
bangsa`` matches ``dua negara satu bangsa``) but never across a sentence end.
"""

from __future__ import annotations

import bisect
import importlib
import importlib.util
import re
import warnings
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import compress
from operator import itemgetter
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import yaml

from helpers._pool import map_row_ranges, worker_count
from helpers.config import FRAME_SCHEME_DIR, PROJECT_ROOT
from helpers.lexicons import LexiconError, load_scheme_data
from helpers.tables import FRAME_COLUMNS, dask_aware, dask_collects, dask_rows, empty_table, require_columns
from helpers.text import fold, split_sentences, tokens

__all__ = [
    "AGENT_COLUMNS",
    "AGREEMENT_COLUMNS",
    "SCORE_COLUMNS",
    "Frame",
    "Scheme",
    "agent_counts",
    "agreement",
    "coding_sheet",
    "describe_scheme",
    "frame_agents",
    "frame_evidence",
    "frame_prevalence",
    "frame_trends",
    "frames_by_actor",
    "frames_by_group",
    "load_scheme",
    "read_coding",
    "score_frames",
]

#: Columns of :func:`score_frames`: the shared frames table plus what makes a row checkable.
SCORE_COLUMNS: tuple[str, ...] = (
    *FRAME_COLUMNS,
    "terms",
    "n_words",
    "unit",
    "unit_id",
    "term_languages",
)
#: Columns of :func:`frame_agents` (before the group column, which is added when present).
AGENT_COLUMNS: tuple[str, ...] = (
    "article_id",
    "frame",
    "agent",
    "agent_as_written",
    "term",
    "sentence",
    "start",
    "end",
)
#: Columns of :func:`agreement`.
AGREEMENT_COLUMNS: tuple[str, ...] = (
    "comparison",
    "frame",
    "n",
    "reference_positive",
    "other_positive",
    "precision",
    "recall",
    "f1",
    "alpha",
    "kappa",
    "percent_agreement",
)

# ---- regular expressions (compiled once) ---------------------------------------------------
#: Tokens of a term, keeping ``*`` wildcards attached (``serang*``, ``*serang``, ``anak-anak``).
_TERM_TOKEN_RE = re.compile(r"(?:[^\W_]|\*)+(?:[-'](?:[^\W_]|\*)+)*")
#: What may separate the words of a multiword term in text: spaces and light punctuation (also the
#: dots of ``U.S.``); a match that crosses a sentence end is dropped (see ``_find``).
_GAP = r"[^\w!?;:\n]+"
#: a term starts at a word start, but not inside a hyphenated word (``non-pemerintah`` is no
#: ``pemerintah``; ``serangan-serangan`` counts once); it may end before a hyphen
_LEFT = r"(?<![^\W_])(?<![^\W_]-)"
_RIGHT = r"(?![^\W_])"
_WILDCARD = r"[^\W_]*"
#: Pieces of the one-pass matcher (``_Matcher``): a hyphen or apostrophe inside a term part, the
#: separator and word after a position, a separator that is a valid multiword gap, non-ASCII
#: characters, and what is not part of a word.
_JOINER_RE = re.compile(r"([-'])")
_NEXT_WORD_RE = re.compile(r"([\W_]+)([^\W_]+)")
_GAP_RE = re.compile(_GAP)
_NON_ASCII_RE = re.compile(r"[^\x00-\x7f]")
#: a hyphen or apostrophe between two letters/digits, where TOKEN_RE joins two runs into one token
_JOIN_RE = re.compile(r"[-'’](?<=[^\W_][-'’])(?=[^\W_])")
#: ASCII translation tables: lower case; letters and digits kept, the rest a space; word classes.
#: (bytes.translate on the UTF-8 text: bytes >= 128 are kept.)
_WORD_SPLIT = bytes(i if i >= 128 or chr(i).isalnum() else 32 for i in range(256))
_WORD_CLASS = bytes(i if i >= 128 else ord("a" if chr(i).isalnum() else ("-" if chr(i) in "-'" else " ")) for i in range(256))
_POSSESSIVE_RE = re.compile(r"['’]s$", re.IGNORECASE)
_TRUE_VALUES = frozenset({"1", "1.0", "yes", "y", "ya", "true", "t", "x", "present", "ada"})
_FALSE_VALUES = frozenset({"0", "0.0", "no", "n", "tidak", "false", "f", "absent", "-", "tidak ada"})

_SCHEME_KEYS = {"name", "description", "citation", "threshold", "frames", "agency", "exclude", "version", "languages"}
_FRAME_KEYS = {"label", "description", "questions", "citation", "threshold", "terms"}
_AGENCY_KEYS = {"frame", "terms", "aliases", "not_agents"}
_AGENCY_LIST_KEYS = ("agent_before", "agent_after", "passive", "markers", "fillers", "accuse", "links")
_UNITS = ("article", "sentence", "quote")
UNKNOWN_GROUP = "(unknown)"
UNATTRIBUTED = "(unattributed)"


# ---- schemes ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class Frame:
    """One frame of a scheme: the codebook entry and its terms per language."""

    key: str
    label: str
    description: str
    questions: tuple[str, ...]
    citation: str
    threshold: int
    terms: tuple[tuple[str, tuple[str, ...]], ...]  # ((language, (term, ...)), ...)

    def terms_for(self, languages: tuple[str, ...]) -> tuple[str, ...]:
        """The terms for ``languages`` (deduplicated, file order)."""
        seen: dict[str, None] = {}
        for lang, terms in self.terms:
            if lang in languages:
                for t in terms:
                    seen.setdefault(t, None)
        return tuple(seen)


@dataclass(frozen=True)
class Agency:
    """How the named agent of one frame (aggression) is read; see ``conflict.yaml``."""

    frame: str
    terms: tuple[tuple[str, tuple[tuple[str, tuple[str, ...]], ...]], ...]  # ((lang, ((kind, terms),...)),...)
    aliases: tuple[tuple[str, str], ...]  # (folded alias, canonical)
    not_agents: frozenset[str]

    def lists(self, languages: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
        out: dict[str, list[str]] = {k: [] for k in _AGENCY_LIST_KEYS}
        for lang, kinds in self.terms:
            if lang in languages:
                for kind, terms in kinds:
                    out[kind].extend(t for t in terms if t not in out[kind])
        return {k: tuple(v) for k, v in out.items()}


@dataclass(frozen=True)
class Scheme:
    """A validated frame scheme (codebook)."""

    name: str
    description: str
    citation: str
    frames: tuple[Frame, ...]
    agency: Agency | None
    source: str
    languages: tuple[str, ...] = field(default=())
    exclude: tuple[tuple[str, tuple[str, ...]], ...] = field(default=())  # ((language, (entry, ...)), ...)

    def exclude_for(self, languages: tuple[str, ...]) -> tuple[str, ...]:
        """Words and phrases never counted as a term (``Serang`` the city is not *serang*)."""
        seen: dict[str, None] = {}
        for lang, entries in self.exclude:
            if lang in languages:
                for e in entries:
                    seen.setdefault(e, None)
        return tuple(seen)

    @property
    def frame_keys(self) -> tuple[str, ...]:
        return tuple(f.key for f in self.frames)

    def frame(self, key: str) -> Frame:
        for f in self.frames:
            if f.key == key:
                return f
        raise LexiconError(f"scheme {self.name!r} has no frame {key!r}; its frames: {list(self.frame_keys)}")


def _scheme_path(scheme: str | Path) -> Path | None:
    path = Path(scheme)
    if path.suffix in {".yaml", ".yml"} and path.is_file():
        return path.resolve()
    shipped = FRAME_SCHEME_DIR / f"{scheme}.yaml"
    return shipped.resolve() if shipped.is_file() else None


def _line_of(path: Path | None, keys: tuple[Any, ...]) -> str:
    """``line N`` of the YAML node at ``keys`` (mapping keys / list indices), or ``""``."""
    if path is None:
        return ""
    try:
        node = yaml.compose(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError):
        return ""
    line = None
    for key in keys:
        if isinstance(node, yaml.MappingNode):
            for k, v in node.value:
                if k.value == key:
                    line, node = k.start_mark.line + 1, v
                    break
            else:
                break
        elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
            node = node.value[key]
            line = node.start_mark.line + 1
        else:
            break
    return f"line {line}" if line else ""


class _Problems:
    def __init__(self, path: Path | None, label: str) -> None:
        self.path, self.label, self.items = path, label, []

    def add(self, keys: tuple[Any, ...], message: str) -> None:
        where = _line_of(self.path, keys)
        what = ".".join(str(k) for k in keys) or "top level"
        self.items.append(f"{where + ': ' if where else ''}{what}: {message}")

    def raise_if_any(self) -> None:
        if self.items:
            listed = "\n  - ".join(self.items)
            raise LexiconError(f"frame scheme {self.label} has {len(self.items)} problem(s):\n  - {listed}")


def _string_list(value: Any, keys: tuple[Any, ...], problems: _Problems, *, what: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        problems.add(keys, f"{what} must be a list, got {type(value).__name__}")
        return ()
    out = []
    for i, item in enumerate(value):
        if not isinstance(item, str):
            problems.add((*keys, i), f"{what} #{i + 1} is {item!r} ({type(item).__name__}), not text; put it in quotes")
        elif not item.strip() or not _TERM_TOKEN_RE.search(item.replace("*", "")):
            problems.add((*keys, i), f"{what} #{i + 1} {item!r} has no letters or digits")
        else:
            out.append(item.strip())
    return tuple(out)


def _threshold(value: Any, keys: tuple[Any, ...], problems: _Problems, default: int) -> int:
    if value is None:
        return default
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        problems.add(keys, f"threshold must be a whole number >= 1 (minimum hits), got {value!r}")
        return default
    return value


def _validate(data: dict[str, Any], *, path: Path | None, label: str) -> Scheme:
    problems = _Problems(path, label)
    for key in data:
        if key not in _SCHEME_KEYS:
            problems.add((key,), f"unknown key; allowed keys: {sorted(_SCHEME_KEYS)}")
    default_threshold = _threshold(data.get("threshold"), ("threshold",), problems, 2)
    frames_data = data.get("frames")
    frames: list[Frame] = []
    languages: set[str] = set()
    if not isinstance(frames_data, dict) or not frames_data:
        problems.add(("frames",), "a scheme needs a mapping `frames:` with at least one frame")
        frames_data = {}
    for fkey, fdata in frames_data.items():
        keys = ("frames", fkey)
        if not isinstance(fdata, dict):
            problems.add(keys, f"frame {fkey!r} must be a mapping (label, description, questions, citation, threshold, terms)")
            continue
        for k in fdata:
            if k not in _FRAME_KEYS:
                problems.add((*keys, k), f"unknown key in frame {fkey!r}; allowed: {sorted(_FRAME_KEYS)}")
        terms_data = fdata.get("terms")
        terms: list[tuple[str, tuple[str, ...]]] = []
        if not isinstance(terms_data, dict) or not terms_data:
            problems.add((*keys, "terms"), f"frame {fkey!r} needs `terms:` with one list per language (id: [...], en: [...])")
        else:
            for lang, tlist in terms_data.items():
                if not isinstance(lang, str) or not re.fullmatch(r"[a-z]{2,3}", lang):
                    problems.add((*keys, "terms", lang), f"frame {fkey!r}: {lang!r} is not a language code such as 'id' or 'en'")
                    continue
                got = _string_list(tlist, (*keys, "terms", lang), problems, what=f"frame {fkey!r} term ({lang})")
                if not got and tlist is not None and isinstance(tlist, list) and not tlist:
                    problems.add((*keys, "terms", lang), f"frame {fkey!r}: empty term list for {lang!r}")
                terms.append((lang, got))
                languages.add(lang)
        questions = _string_list(fdata.get("questions"), (*keys, "questions"), problems, what=f"frame {fkey!r} question")
        for k in ("label", "description", "citation"):
            if k in fdata and not isinstance(fdata[k], str):
                problems.add((*keys, k), f"frame {fkey!r}: {k} must be text")
        frames.append(
            Frame(
                key=str(fkey),
                label=str(fdata.get("label") or str(fkey).replace("_", " ").capitalize()),
                description=str(fdata.get("description") or ""),
                questions=questions,
                citation=str(fdata.get("citation") or data.get("citation") or ""),
                threshold=_threshold(fdata.get("threshold"), (*keys, "threshold"), problems, default_threshold),
                terms=tuple(terms),
            )
        )
    agency = None
    if data.get("agency") is not None:
        agency = _validate_agency(data["agency"], problems, {f.key for f in frames})
    exclude: list[tuple[str, tuple[str, ...]]] = []
    ex_data = data.get("exclude")
    if ex_data is not None and not isinstance(ex_data, dict):
        problems.add(("exclude",), "exclude must map languages to lists of words or phrases (id: [Serang, Malang])")
    elif ex_data:
        for lang, entries in ex_data.items():
            exclude.append((str(lang), _string_list(entries, ("exclude", lang), problems, what=f"exclude entry ({lang})")))
    problems.raise_if_any()
    return Scheme(
        name=str(data.get("name") or (path.stem if path else label)),
        description=str(data.get("description") or ""),
        citation=str(data.get("citation") or ""),
        frames=tuple(frames),
        agency=agency,
        source=str(path) if path else label,
        languages=tuple(sorted(languages)),
        exclude=tuple(exclude),
    )


def _validate_agency(adata: Any, problems: _Problems, frame_keys: set[str]) -> Agency | None:
    if not isinstance(adata, dict):
        problems.add(("agency",), "agency must be a mapping (frame, terms, aliases, not_agents)")
        return None
    for k in adata:
        if k not in _AGENCY_KEYS:
            problems.add(("agency", k), f"unknown key in agency; allowed: {sorted(_AGENCY_KEYS)}")
    frame = adata.get("frame")
    if frame not in frame_keys:
        problems.add(("agency", "frame"), f"agency.frame {frame!r} is not a frame of this scheme; frames: {sorted(frame_keys)}")
    terms = []
    tdata = adata.get("terms")
    if not isinstance(tdata, dict):
        problems.add(("agency", "terms"), "agency.terms must map languages to agent_before/agent_after/markers/fillers lists")
        tdata = {}
    for lang, kinds in tdata.items():
        if not isinstance(kinds, dict):
            problems.add(("agency", "terms", lang), f"agency.terms.{lang} must be a mapping of {list(_AGENCY_LIST_KEYS)}")
            continue
        for k in kinds:
            if k not in _AGENCY_LIST_KEYS:
                problems.add(("agency", "terms", lang, k), f"unknown list; allowed: {list(_AGENCY_LIST_KEYS)}")
        terms.append(
            (
                str(lang),
                tuple(
                    (k, _string_list(kinds.get(k), ("agency", "terms", lang, k), problems, what=f"agency {k} ({lang})"))
                    for k in _AGENCY_LIST_KEYS
                ),
            )
        )
    aliases: list[tuple[str, str]] = []
    adict = adata.get("aliases") or {}
    if not isinstance(adict, dict):
        problems.add(("agency", "aliases"), "aliases must map a canonical name to a list of other spellings")
        adict = {}
    for canonical, spellings in adict.items():
        for s in (str(canonical), *_string_list(spellings, ("agency", "aliases", canonical), problems, what="alias")):
            aliases.append((fold(s), str(canonical)))
    not_agents = _string_list(adata.get("not_agents"), ("agency", "not_agents"), problems, what="not_agents entry")
    return Agency(frame=str(frame), terms=tuple(terms), aliases=tuple(aliases), not_agents=frozenset(fold(w) for w in not_agents))


@lru_cache(maxsize=32)
def _load_scheme_cached(path: str, mtime_ns: int) -> Scheme:
    data = load_scheme_data(path)
    return _validate(data, path=Path(path), label=repr(path))


def load_scheme(scheme: str | Path | Scheme = "generic") -> Scheme:
    """A validated frame scheme: a shipped name (``generic``, ``conflict``), a path to a YAML file,
    or a :class:`Scheme` (returned as is).

    Raises:
        LexiconError: the scheme does not exist (naming the shipped ones), is not valid YAML, or its
            structure is wrong; the message names the line, the frame and the problem.
    """
    if isinstance(scheme, Scheme):
        return scheme
    path = _scheme_path(scheme)
    if path is None:
        load_scheme_data(scheme)  # raises LexiconError naming the shipped schemes
        raise LexiconError(f"no frame scheme {str(scheme)!r}")  # pragma: no cover
    return _load_scheme_cached(str(path), path.stat().st_mtime_ns)


def describe_scheme(scheme: str | Path | Scheme = "generic") -> pd.DataFrame:
    """The codebook as a table: one row per frame.

    Columns out: ``frame``, ``label``, ``description``, ``questions`` (numbered: ``(1) ... (2) ...``), ``citation``,
    ``threshold``, ``n_terms_<language>`` per language.
    """
    s = load_scheme(scheme)
    rows = []
    for f in s.frames:
        row = {
            "frame": f.key,
            "label": f.label,
            "description": f.description,
            "questions": " ".join(f"({i}) {q}" for i, q in enumerate(f.questions, 1)),
            "citation": f.citation,
            "threshold": f.threshold,
        }
        for lang in s.languages:
            row[f"n_terms_{lang}"] = len(f.terms_for((lang,)))
        rows.append(row)
    return pd.DataFrame(rows)


# ---- matching --------------------------------------------------------------------------------
def _term_body(term: str) -> str:
    parts = _TERM_TOKEN_RE.findall(fold(term))
    return _GAP.join(_WILDCARD.join(re.escape(p) for p in part.split("*")) for part in parts)


def _term_regex(term: str) -> str:
    return _LEFT + _term_body(term) + _RIGHT


def _canonical_term(term: str) -> str:
    return " ".join(_TERM_TOKEN_RE.findall(fold(term)))


@dataclass(frozen=True)
class _TermSet:
    pattern: re.Pattern[str] | None
    exact: dict[str, str]
    wildcards: tuple[tuple[re.Pattern[str], str], ...]
    ordered: tuple[str, ...] = ()  # the canonical terms in the order the pattern tries them

    def name(self, matched: str) -> str:
        key = " ".join(_TERM_TOKEN_RE.findall(matched))
        if key in self.exact:
            return self.exact[key]
        for rx, term in self.wildcards:
            if rx.fullmatch(matched):
                return term
        return key  # pragma: no cover - every match comes from one of the terms


def _compile_terms(terms: tuple[str, ...]) -> _TermSet:
    if not terms:
        return _TermSet(None, {}, ())
    canon = {}
    for t in terms:
        canon.setdefault(_canonical_term(t), t)
    # longest first, so that `serangan udara` wins over `serang*` at the same position
    ordered = sorted(canon, key=lambda t: (-len(t.replace("*", "")), t))
    # the boundaries are factored out of the alternation: at a position inside a word the pattern
    # fails at once instead of trying every term (about 10x faster on news text)
    pattern = re.compile(_LEFT + "(?:" + "|".join(_term_body(t) for t in ordered) + ")" + _RIGHT)
    exact = {t: t for t in canon if "*" not in t}
    wild = tuple((re.compile(_term_regex(t)), t) for t in ordered if "*" in t)
    return _TermSet(pattern, exact, wild, tuple(ordered))


@lru_cache(maxsize=64)
def _compiled(scheme: Scheme, languages: tuple[str, ...]) -> tuple[_TermSet, ...]:
    """One compiled pattern per frame for the term lists of ``languages`` (cached per scheme)."""
    return tuple(_compile_terms(f.terms_for(languages)) for f in scheme.frames)


def _exact_regex(entry: str) -> str:
    parts = _TERM_TOKEN_RE.findall(entry)
    return r"(?<![^\W_])" + _GAP.join(re.escape(p) for p in parts) + _RIGHT


@dataclass(frozen=True)
class _Exclusion:
    """One pattern of ``exclude`` entries and the first words of its entries: a text that contains
    none of them (case-insensitively for an ASCII text and ``ignore_case``) cannot match it."""

    pattern: re.Pattern[str]
    firsts: tuple[str, ...]
    ignore_case: bool

    def finditer(self, text: str) -> Any:
        if self.ignore_case:
            if text.isascii() and all(f.isascii() for f in self.firsts):
                low = text.lower()
                if not any(f.lower() in low for f in self.firsts):
                    return iter(())
        elif not any(f in text for f in self.firsts):
            return iter(())
        return self.pattern.finditer(text)


@lru_cache(maxsize=64)
def _exclusions(scheme: Scheme, languages: tuple[str, ...]) -> tuple[_Exclusion, ...]:
    """Patterns of the scheme's ``exclude`` entries, run on the original text: an entry with a
    capital letter matches that spelling only (``Serang`` the city, not ``serang``); a lower-case
    entry matches in any case."""
    entries = scheme.exclude_for(languages)
    cased = [e for e in entries if any(ch.isupper() for ch in e)]
    uncased = [e for e in entries if e not in cased]
    out = []
    for group, flags in ((cased, 0), (uncased, re.IGNORECASE)):
        if group:
            out.append(
                _Exclusion(
                    re.compile("|".join(_exact_regex(e) for e in sorted(group, key=len, reverse=True)), flags),
                    tuple(_TERM_TOKEN_RE.findall(e)[0] for e in group),
                    bool(flags),
                )
            )
    return tuple(out)


def _folded_with_map(text: str) -> tuple[str, list[int] | None]:
    """``fold(text)`` and, when folding changed the length, the original offset of each folded char."""
    folded = text.lower() if text.isascii() else fold(text)  # ASCII: casefold == lower, no diacritics
    if len(folded) == len(text):
        return folded, None
    parts, index = [], []
    for i, ch in enumerate(text):
        f = fold(ch)
        parts.append(f)
        index.extend([i] * len(f))
    return "".join(parts), index


@lru_cache(maxsize=65536)
def _char_fold(ch: str) -> str:
    return fold(ch)


def _fast_fold(text: str) -> tuple[str, list[int] | None]:
    """``_folded_with_map(text)``, faster (see :func:`_fast_fold_runs`)."""
    folded, index, _ = _fast_fold_runs(text)
    return folded, index


def _fast_fold_runs(text: str) -> tuple[str, list[int] | None, bool]:
    """What :func:`_folded_with_map` returns (and whether the folded text has its letter/digit
    runs where the text has them), faster: ``fold`` works character by character
    (NFKD decomposes each character on its own and the combining marks it reorders are dropped;
    ``casefold`` has no context rules), so the few distinct non-ASCII characters of a text are
    folded once each and replaced; texts where a character folds to more or less than one
    character take the original path (which also builds the offset map)."""
    if text.isascii():
        return text.lower(), None, True
    replace: dict[str, str] = {}
    same_runs = True  # every character is a letter/digit exactly where its folded form is
    for ch in set(_NON_ASCII_RE.findall(text)):
        f = _char_fold(ch)
        if len(f) != 1:
            return (*_folded_with_map(text), False)
        if f != ch:
            replace[ch] = f
            same_runs = same_runs and f.isalnum() == ch.isalnum()
    if any(f in replace for f in replace.values()):
        return (*_folded_with_map(text), False)  # pragma: no cover - fold is idempotent on every character seen
    for ch, f in replace.items():
        text = text.replace(ch, f)
    return text.encode("utf-8", "surrogatepass").lower().decode("utf-8", "surrogatepass"), None, same_runs  # A-Z only


@lru_cache(maxsize=65536)
def _word_class(ch: str) -> str:
    """What a non-ASCII character is to :data:`helpers.text.TOKEN_RE`: ``a`` (a letter or digit),
    ``-`` (a joiner: ``’``) or a space (anything else)."""
    return "a" if ch.isalnum() else ("-" if ch in "-'’" else " ")


def _count_words(text: str, runs: int | None = None) -> int:
    """``count_words(text)`` without a regex pass: the text is mapped to word classes (``a``
    letter or digit, ``-`` hyphen or apostrophe, space), then tokens = runs of ``a`` (``runs``
    when the caller knows them) minus the single joiners between two runs (``orang-orang``,
    ``don't`` are one token each)."""
    if runs is not None:
        return runs - len(_JOIN_RE.findall(text))
    if not text.isascii():
        for ch in set(_NON_ASCII_RE.findall(text)):
            text = text.replace(ch, _word_class(ch))
    c = text.encode("ascii").translate(_WORD_CLASS)
    runs = c.count(b" a") + c.count(b"-a") + c.startswith(b"a")
    joins = c.count(b"a-") - c.count(b"a--") - c.count(b"a- ") - c.endswith(b"a-")
    return runs - joins


@dataclass(frozen=True)
class _Term:
    """One term of a frame for the one-pass matcher: its subtokens (a literal word, or a compiled
    wildcard pattern that must match a whole word) and what must separate them (``-`` or ``'``
    inside a hyphenated word, None for the gap between the words of a multiword term)."""

    order: int
    first: str  # the first subtoken as written (``serang*``)
    subs: tuple[str | re.Pattern[str], ...]
    seps: tuple[str | None, ...]
    needs: frozenset[str] = frozenset()  # the literal words after the first: all must be in the text


def _parse_term(term: str, order: int) -> _Term | None:
    """The matcher form of a canonical term, or None if a subtoken is only ``*`` (then the frame
    is matched with its regex: such a subtoken may match an empty string)."""
    subs: list[str | re.Pattern[str]] = []
    seps: list[str | None] = []
    first = ""
    for pi, part in enumerate(_TERM_TOKEN_RE.findall(fold(term))):
        pieces = _JOINER_RE.split(part)
        for j, piece in enumerate(pieces):
            if j % 2:
                seps.append(piece)
                continue
            if j == 0 and pi:
                seps.append(None)
            if not piece.strip("*"):
                return None
            first = first or piece
            subs.append(piece if "*" not in piece else re.compile(_WILDCARD.join(re.escape(p) for p in piece.split("*"))))
    return _Term(order, first, tuple(subs), tuple(seps), frozenset(x for x in subs[1:] if isinstance(x, str)))


class _Matcher:
    """All frames' terms matched in one pass per text, with the semantics of one regex per frame
    (``_TermSet.pattern``: leftmost match, the first term in ``ordered`` wins at a position, no
    overlaps within a frame). A term starts at a word (a run of letters and digits, not preceded
    by ``letter-``) and each of its subtokens covers a whole word, so the text's distinct words
    are looked up in a table {word: frames and terms that can start there} (wildcards resolved
    once per distinct word), and only the words found are located in the text."""

    _CACHE_LIMIT = 400_000

    def __init__(self, termsets: tuple[_TermSet, ...]) -> None:
        self.termsets = termsets
        self.regex_frames: list[int] = []
        self.literal: dict[str, list[tuple[int, _Term]]] = {}
        self.prefix: dict[str, list[tuple[int, _Term]]] = {}
        self.suffix: dict[str, list[tuple[int, _Term]]] = {}
        self.other: list[tuple[re.Pattern[str], int, _Term]] = []
        for k, ts in enumerate(termsets):
            parsed = [_parse_term(t, i) for i, t in enumerate(ts.ordered)]
            if any(p is None for p in parsed):
                self.regex_frames.append(k)
                continue
            for p in parsed:
                assert p is not None
                first, sub = p.first, p.subs[0]
                if isinstance(sub, str):
                    self.literal.setdefault(first, []).append((k, p))
                elif first.count("*") == 1 and first.endswith("*"):
                    self.prefix.setdefault(first[:-1], []).append((k, p))
                elif first.count("*") == 1 and first.startswith("*"):
                    self.suffix.setdefault(first[1:], []).append((k, p))
                else:
                    self.other.append((sub, k, p))
        self.prefix_lengths = sorted({len(x) for x in self.prefix})
        self.suffix_lengths = sorted({len(x) for x in self.suffix})
        # a cheap filter before the table: the first head_len letters of every word that can start
        # a term (literal, or with a prefix wildcard) or is a later word of a multiword term, and
        # the last tail_len letters of the suffix wildcards (`*serang`)
        later = {x for ts in (self.literal, self.prefix, self.suffix) for terms in ts.values() for _, t in terms for x in t.needs}
        self.head_len = min(self.prefix_lengths, default=4)
        self.head = frozenset(x[: self.head_len] for x in (*self.literal, *self.prefix, *later))
        self.tail_len = min(self.suffix_lengths, default=1)
        self.tail = frozenset(x[-self.tail_len:] for x in self.suffix)
        self.head_of = itemgetter(slice(None, self.head_len))  # word -> word[:head_len]
        self.tail_of = itemgetter(slice(-self.tail_len, None))
        # word -> () or ((frame, terms that may start at the word), ...), and whether any has `needs`
        self.cands: dict[str, tuple[Any, ...]] = {}
        self.positive: dict[str, tuple[Any, ...]] = {}  # the words of `cands` that start a term
        self.names: list[dict[str, str]] = [{} for _ in termsets]

    def _lookup(self, word: str) -> tuple[Any, ...]:
        found: list[tuple[int, _Term]] = list(self.literal.get(word, ()))
        n = len(word)
        for length in self.prefix_lengths:
            if length > n:
                break
            found.extend(self.prefix.get(word[:length], ()))
        for length in self.suffix_lengths:
            if length > n:
                break
            found.extend(self.suffix.get(word[n - length:], ()))
        for rx, k, p in self.other:
            if rx.fullmatch(word):
                found.append((k, p))
        by_frame: dict[int, list[_Term]] = {}
        for k, p in sorted(found, key=lambda kp: (kp[0], kp[1].order)):
            by_frame.setdefault(k, []).append(p)
        entries = tuple((k, tuple(ps)) for k, ps in by_frame.items())
        out = (entries, any(p.needs for _, p in found)) if entries else ()
        if len(self.cands) >= self._CACHE_LIMIT:
            self.cands.clear()
            self.positive.clear()
        self.cands[word] = out
        if out:
            self.positive[word] = out
        return out

    @staticmethod
    def _extend(term: _Term, folded: str, pos: int) -> int | None:
        """The end of ``term`` in ``folded`` when its first word ends at ``pos``, or None."""
        for sub, sep in zip(term.subs[1:], term.seps, strict=True):
            m = _NEXT_WORD_RE.match(folded, pos)
            if m is None:
                return None
            gap, word = m.group(1), m.group(2)
            if (gap != sep) if sep is not None else (_GAP_RE.fullmatch(gap) is None):
                return None
            if (word != sub) if isinstance(sub, str) else (sub.fullmatch(word) is None):
                return None
            pos = m.end()
        return pos

    def find(self, folded: str, words: list[str]) -> list[tuple[int, int, int]]:
        """``(frame, start, end)`` of every match in the folded text (``words``: its words, see
        :func:`_words`), frame by frame in position order."""
        hits = []
        # only words whose first (or last) letters begin (end) a term or a word of one go further
        # (compress/map/itemgetter: the filter runs in C, no Python step per word)
        if self.other:
            distinct = set(words)
        else:
            distinct = set(compress(words, map(self.head.__contains__, map(self.head_of, words))))
            if self.tail:
                distinct.update(compress(words, map(self.tail.__contains__, map(self.tail_of, words))))
        for w in distinct.difference(self.cands):
            self._lookup(w)
        positive = self.positive
        for w in positive.keys() & distinct:
            entries, multi = positive[w]
            if multi:  # leave out multiword terms whose other words are not in the text
                entries = tuple((k, kept) for k, terms in entries if (kept := tuple(t for t in terms if t.needs <= distinct)))
                if not entries:
                    continue
            hits.append((w, entries))
        per_frame: list[list[tuple[int, int]]] = [[] for _ in self.termsets]
        if hits:
            n = len(folded)
            occ = []
            for w, c in hits:
                size = len(w)
                p = folded.find(w)
                while p >= 0:
                    e = p + size
                    if (p == 0 or not folded[p - 1].isalnum()) and (e == n or not folded[e].isalnum()):
                        if not (p >= 2 and folded[p - 1] == "-" and folded[p - 2].isalnum()):  # not in `non-word`
                            occ.append((p, e, c))
                        p = folded.find(w, e)
                    else:
                        p = folded.find(w, p + 1)
            occ.sort(key=lambda x: x[0])
            free = [0] * len(self.termsets)  # where each frame's next match may start
            extend = self._extend
            for p, e, c in occ:
                for k, terms in c:
                    if p < free[k]:
                        continue
                    for t in terms:
                        end = e if len(t.subs) == 1 else extend(t, folded, e)
                        if end is not None:
                            per_frame[k].append((p, end))
                            free[k] = end
                            break
        for k in self.regex_frames:
            pattern = self.termsets[k].pattern
            if pattern is not None:
                per_frame[k] = [m.span() for m in pattern.finditer(folded)]
        return [(k, a, b) for k, spans in enumerate(per_frame) for a, b in spans]

    def name(self, k: int, matched: str) -> str:
        names = self.names[k]
        got = names.get(matched)
        if got is None:
            got = names[matched] = self.termsets[k].name(matched)
        return got


@lru_cache(maxsize=64)
def _matcher(scheme: Scheme, languages: tuple[str, ...]) -> _Matcher:
    """The one-pass matcher of all frames' terms for ``languages`` (cached per scheme)."""
    return _Matcher(_compiled(scheme, languages))


@dataclass(slots=True)
class _Match:
    frame: int
    term: str
    start: int
    end: int
    sentence: int


@dataclass
class _Scan:
    """One text scanned by a matcher: its folded form, offset map and raw matches (folded offsets)."""

    text: str
    folded: str
    index: list[int] | None
    raw: list[tuple[int, int, int]]
    runs: int | None = None  # the number of letter/digit runs of `text`, where known


def _words(folded: str) -> list[str]:
    """The words (runs of letters and digits) of a folded text, in order."""
    if folded.isascii():
        return folded.encode("ascii").translate(_WORD_SPLIT).decode("ascii").split()
    for ch in set(_NON_ASCII_RE.findall(folded)):  # non-ASCII characters that are no letter or digit
        if not ch.isalnum():
            folded = folded.replace(ch, " ")
    return folded.encode("utf-8", "surrogatepass").translate(_WORD_SPLIT).decode("utf-8", "surrogatepass").split()


def _scan(text: str, matcher: _Matcher) -> _Scan:
    folded, index, same_runs = _fast_fold_runs(text)
    words = _words(folded)
    # the words are the letter/digit runs of the original text where folding kept them in place
    return _Scan(text, folded, index, matcher.find(folded, words), len(words) if same_runs else None)


def _place(
    scan: _Scan, matcher: _Matcher, spans: list[tuple[int, int]], exclusions: tuple[_Exclusion, ...] = ()
) -> list[_Match]:
    """The raw matches of ``scan`` mapped to the original text and its sentences.

    Multiword gaps never cross sentence-ending punctuation or line breaks; a match that still
    straddles two sentence spans is dropped, and so is a match inside an excluded word or phrase.
    """
    if not spans or not scan.raw:
        return []
    text, folded, index = scan.text, scan.folded, scan.index
    starts = [s for s, _ in spans]
    blocked = [m.span() for rx in exclusions for m in rx.finditer(text)]
    out: list[_Match] = []
    for k, fa, fb in scan.raw:
        a, b = (index[fa], index[fb - 1] + 1) if index is not None else (fa, fb)
        si = bisect.bisect_right(starts, a) - 1
        if si < 0 or b > spans[si][1]:
            continue
        if blocked and any(x <= a and b <= y for x, y in blocked):
            continue  # inside an excluded word or phrase
        out.append(_Match(k, matcher.name(k, folded[fa:fb]), a, b, si))
    return out


def _find(
    text: str,
    matcher: _Matcher,
    spans: list[tuple[int, int]],
    exclusions: tuple[_Exclusion, ...] = (),
) -> list[_Match]:
    """Every term match in ``text``: one pass over the folded text, mapped to sentences."""
    if not spans:
        return []
    return _place(_scan(text, matcher), matcher, spans, exclusions)


def _languages_for(value: Any, scheme: Scheme) -> tuple[str, ...]:
    if isinstance(value, str) and value in scheme.languages:
        return (value,)
    return scheme.languages


def _evidence(
    text: str, spans: list[tuple[int, int]], matches: list[_Match], *, offset: int = 0, field: str = "body"
) -> list[dict[str, Any]]:
    if not matches:
        return []
    if all(a.start < b.start for a, b in zip(matches, matches[1:], strict=False)):  # one frame's matches: in text order
        out, group = [], [matches[0]]
        for m in matches[1:]:
            if m.sentence != group[0].sentence:
                out.append(_evidence_item(text, spans, group, offset, field))
                group = [m]
            else:
                group.append(m)
        out.append(_evidence_item(text, spans, group, offset, field))
        return out
    by_sentence: dict[int, list[_Match]] = {}
    for m in matches:
        by_sentence.setdefault(m.sentence, []).append(m)
    return [_evidence_item(text, spans, sorted(by_sentence[si], key=lambda m: m.start), offset, field)
            for si in sorted(by_sentence)]


def _evidence_item(text: str, spans: list[tuple[int, int]], ms: list[_Match], offset: int, field: str) -> dict[str, Any]:
    s, e = spans[ms[0].sentence]
    return {
        "field": field,
        "sentence": text[s:e],
        "start": s + offset,
        "end": e + offset,
        "terms": [m.term for m in ms],
        "matches": [{"term": m.term, "text": text[m.start:m.end], "start": m.start + offset, "end": m.end + offset} for m in ms],
    }


def _terms_summary(matches: list[_Match]) -> str:
    if not matches:
        return ""
    counts = Counter([m.term for m in matches])
    return "; ".join(f"{t} ({n})" for t, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))


def _text(value: Any) -> str:
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    return str(value)


@dask_aware
def score_frames(
    articles: pd.DataFrame,
    *,
    scheme: str | Path | Scheme = "generic",
    unit: str = "article",
    language: str | None = None,
    quotes: pd.DataFrame | None = None,
    threshold: int | None = None,
    include_title: bool = False,
    workers: int | None = 1,
) -> pd.DataFrame:
    """Frame scores with evidence, per article (or per sentence, or per quote) and frame.

    Args:
        articles: the articles table; columns in: ``article_id``, ``body``, and ``language`` if
            present (terms of that language; all languages of the scheme where it is missing or not
            in the scheme). Not needed (may be None) when ``unit="quote"``.
        scheme: a shipped scheme name, a path to a YAML codebook, or a loaded :class:`Scheme`.
        unit: ``"article"`` (the body), ``"sentence"`` (every sentence of every body) or
            ``"quote"`` (every row of ``quotes``: its ``quote`` text).
        language: force one language's terms for every unit (default: each article's ``language``).
        quotes: the quotes table (``article_id``, ``quote_id``, ``quote``) for ``unit="quote"``.
        threshold: minimum hits for ``present``; default the scheme's per-frame threshold for
            articles and 1 for sentences and quotes.
        include_title: for ``unit="article"``, also score the ``title`` (its hits and words are
            added; its evidence has ``field`` = ``"title"`` and offsets into the title). Off by
            default: the measured agreement in the README is for bodies only.
        workers: processes that score the articles (fork; not on Windows); default 1. ``None``: one
            per core (at most 4) for 5,000 or more articles. The result is identical and in the same
            order; it pays with idle cores only.

    Returns:
        One row per unit and frame (every frame, also those without hits), in input order:
        ``article_id``, ``frame``, ``hits`` (matched terms), ``per_1k_words``, ``present`` (hits >=
        threshold), ``evidence`` (list of the matched sentences: ``field`` (body, title, quote or
        sentence), ``sentence``, ``start``, ``end`` offsets into that field, ``terms``, ``matches``
        with each term's offsets), ``terms``
        (``term (n); ...``), ``n_words``, ``unit``, ``unit_id``, ``term_languages``; for quotes also
        ``quote_id`` and ``speaker_name``; for sentences ``sentence``.
    """
    if unit not in _UNITS:
        raise ValueError(f"unit must be one of {list(_UNITS)}, got {unit!r}")
    s = load_scheme(scheme)
    if language is not None and language not in s.languages:
        warnings.warn(
            f"scheme {s.name!r} has no terms for language {language!r} (it has {list(s.languages)}); "
            "using the terms of all its languages",
            stacklevel=2,
        )
    if unit == "quote":
        if quotes is None:
            raise ValueError("unit='quote' needs the quotes table: score_frames(articles, unit='quote', quotes=quotes)")
        require_columns(quotes, ("article_id", "quote"), table="quotes")
        units = _quote_units(quotes, articles, language, s)
    else:
        require_columns(articles, ("article_id", "body"), table="articles")
        n_workers = worker_count(workers, len(articles))
        if n_workers > 1:
            options = {"scheme": s, "unit": unit, "language": language, "threshold": threshold,
                       "include_title": include_title}
            parts = map_row_ranges(_score_rows, (articles, options), len(articles), workers=n_workers)
            return pd.concat(parts, ignore_index=True)
        units = _article_units(articles, language, s, include_title=include_title and unit == "article")

    rows: list[dict[str, Any]] = []
    unknown_langs: set[str] = set()
    per_language: dict[Any, tuple[_Matcher, tuple[_Exclusion, ...], str]] = {}  # (hashing a Scheme is not free)
    for u in units:
        if u["language"] not in per_language:
            langs = _languages_for(u["language"], s)
            per_language[u["language"]] = (_matcher(s, langs), _exclusions(s, langs), "+".join(langs))
        matcher, exclusions, lang_label = per_language[u["language"]]
        if u["language"] and u["language"] not in s.languages:
            unknown_langs.add(str(u["language"]))
        text = u["text"]
        scan = _scan(text, matcher)
        # sentences are needed for matches (evidence, and no match across a sentence end) only
        spans = split_sentences(text, language=u["language"] or None) if scan.raw or unit == "sentence" else []
        matches = _place(scan, matcher, spans, exclusions)
        if unit == "sentence":
            for si, (a, b) in enumerate(spans):
                sent_matches = [m for m in matches if m.sentence == si]
                n_words = _count_words(text[a:b])
                rows.extend(
                    _rows_for(u, s, sent_matches, text, spans, n_words, threshold or 1, lang_label,
                              unit_id=f"{u['article_id']}:{si + 1}", extra={"sentence": text[a:b]}, field="body")
                )
        else:
            n_words = _count_words(text, scan.runs)
            default = 1 if unit == "quote" else None
            title = u.get("title") or ""
            title_part = None
            if title:
                title_scan = _scan(title, matcher)
                title_spans = split_sentences(title, language=u["language"] or None) if title_scan.raw else []
                title_part = (title, title_spans, _place(title_scan, matcher, title_spans, exclusions))
                n_words += _count_words(title)
            rows.extend(_rows_for(u, s, matches, text, spans, n_words, threshold or default, lang_label,
                                  unit_id=u["unit_id"], extra=u["extra"], title_part=title_part,
                                  field="quote" if unit == "quote" else "body"))
    if unknown_langs and language is None:
        warnings.warn(
            f"scheme {s.name!r} has no terms for language(s) {sorted(unknown_langs)}; those units were scored "
            f"with the terms of all its languages ({list(s.languages)})",
            stacklevel=2,
        )
    extra_cols = {"quote": ("quote_id", "speaker_name"), "sentence": ("sentence",), "article": ()}[unit]
    columns = [*SCORE_COLUMNS, *extra_cols]
    if not rows:
        return empty_table(columns)
    out = pd.DataFrame(rows, columns=columns)
    out["hits"] = out["hits"].astype("int64")
    out["n_words"] = out["n_words"].astype("int64")
    out["per_1k_words"] = out["per_1k_words"].astype("float64")
    out["present"] = out["present"].astype("bool")
    return out


def _score_rows(payload: tuple[pd.DataFrame, dict[str, Any]], lo: int, hi: int) -> pd.DataFrame:
    """Worker: :func:`score_frames` of articles ``lo:hi``."""
    articles, options = payload
    return score_frames(articles.iloc[lo:hi], **options)


def _article_units(articles: pd.DataFrame, language: str | None, s: Scheme, *, include_title: bool = False) -> list[dict[str, Any]]:
    none = pd.Series([None] * len(articles), index=articles.index)
    langs = articles["language"] if "language" in articles.columns else none
    titles = articles["title"] if include_title and "title" in articles.columns else none
    units = []
    for aid, body, lang, title in zip(articles["article_id"], articles["body"], langs, titles, strict=True):
        lang = language or (lang if isinstance(lang, str) and lang else None)
        units.append({"article_id": str(aid), "text": _text(body), "language": lang, "unit_id": str(aid), "extra": {},
                      "title": _text(title)})
    return units


def _quote_units(quotes: pd.DataFrame, articles: pd.DataFrame | None, language: str | None, s: Scheme) -> list[dict[str, Any]]:
    lang_of: dict[str, Any] = {}
    if articles is not None and isinstance(articles, pd.DataFrame) and {"article_id", "language"} <= set(articles.columns):
        lang_of = {str(a): lang for a, lang in zip(articles["article_id"], articles["language"], strict=True)}
    qids = quotes["quote_id"] if "quote_id" in quotes.columns else pd.Series(range(len(quotes)), index=quotes.index)
    speakers = quotes["speaker_name"] if "speaker_name" in quotes.columns else pd.Series([None] * len(quotes), index=quotes.index)
    units = []
    for aid, text, qid, spk in zip(quotes["article_id"], quotes["quote"], qids, speakers, strict=True):
        lang = language or lang_of.get(str(aid))
        lang = lang if isinstance(lang, str) and lang else None
        units.append(
            {
                "article_id": str(aid),
                "text": _text(text),
                "language": lang,
                "unit_id": str(qid),
                "extra": {"quote_id": qid, "speaker_name": _text(spk) or UNATTRIBUTED},
            }
        )
    return units


def _rows_for(
    u, s: Scheme, matches, text, spans, n_words, threshold, lang_label, *, unit_id, extra, field="body", title_part=None
) -> list[dict[str, Any]]:
    rows = []
    by_frame: dict[int, list[_Match]] = {}
    for m in matches:
        by_frame.setdefault(m.frame, []).append(m)
    title_by_frame: dict[int, list[_Match]] = {}
    if title_part is not None:
        for m in title_part[2]:
            title_by_frame.setdefault(m.frame, []).append(m)
    unit = "sentence" if "sentence" in extra else ("quote" if "quote_id" in extra else "article")
    for k, f in enumerate(s.frames):
        ms = by_frame.get(k, [])
        tms = title_by_frame.get(k, [])
        if not ms and not tms:  # no hits: the same row without building evidence and terms
            rows.append(
                {
                    "article_id": u["article_id"],
                    "frame": f.key,
                    "hits": 0,
                    "per_1k_words": 0.0,
                    "present": 0 >= (threshold if threshold is not None else f.threshold),
                    "evidence": [],
                    "terms": "",
                    "n_words": n_words,
                    "unit": unit,
                    "unit_id": unit_id,
                    "term_languages": lang_label,
                    **extra,
                }
            )
            continue
        hits = len(ms) + len(tms)
        evidence = _evidence(text, spans, ms, field=field)
        if tms:
            evidence = _evidence(title_part[0], title_part[1], tms, field="title") + evidence
        rows.append(
            {
                "article_id": u["article_id"],
                "frame": f.key,
                "hits": hits,
                "per_1k_words": (1000.0 * hits / n_words) if n_words else 0.0,
                "present": hits >= (threshold if threshold is not None else f.threshold),
                "evidence": evidence,
                "terms": _terms_summary(tms + ms),
                "n_words": n_words,
                "unit": unit,
                "unit_id": unit_id,
                "term_languages": lang_label,
                **extra,
            }
        )
    return rows


def frame_evidence(scores: pd.DataFrame, *, frame: str | None = None, present_only: bool = True, max_per_frame: int | None = None) -> pd.DataFrame:
    """The evidence of a scores table as one row per matched sentence (for reading and checking).

    Columns in: ``article_id``, ``frame``, ``present``, ``evidence`` (from :func:`score_frames`).
    Columns out: ``article_id``, ``frame``, ``field`` (body, title, quote), ``sentence``, ``start``,
    ``end`` (offsets into that field), ``terms`` (comma separated), ``n_terms``; ordered by frame
    (scheme order), then article, field and offset.
    """
    require_columns(scores, ("article_id", "frame", "present", "evidence"), table="frames")
    cols = ["article_id", "frame", "field", "sentence", "start", "end", "terms", "n_terms"]
    rows = []
    order = {f: i for i, f in enumerate(dict.fromkeys(scores["frame"]))}
    for aid, fr, present, ev in zip(scores["article_id"], scores["frame"], scores["present"], scores["evidence"], strict=True):
        if frame is not None and fr != frame:
            continue
        if present_only and not present:
            continue
        for item in ev if isinstance(ev, list | tuple) else []:
            rows.append({"article_id": aid, "frame": fr, "field": item.get("field", "body"),
                         "sentence": item["sentence"], "start": item["start"],
                         "end": item["end"], "terms": ", ".join(item["terms"]), "n_terms": len(item["terms"])})
    if not rows:
        return empty_table(cols)
    out = pd.DataFrame(rows, columns=cols)
    out["_o"] = out["frame"].map(order)
    out = out.sort_values(["_o", "article_id", "field", "start"], kind="stable").drop(columns="_o")
    if max_per_frame is not None:
        out = out.groupby("frame", sort=False).head(max_per_frame)
    return out.reset_index(drop=True)


# ---- blame and agency ------------------------------------------------------------------------
@lru_cache(maxsize=16)
def _agency_patterns(scheme: Scheme, languages: tuple[str, ...]) -> dict[str, Any]:
    assert scheme.agency is not None
    lists = scheme.agency.lists(languages)
    return {kind: _Matcher((_compile_terms(lists[kind]),)) for kind in ("agent_before", "agent_after", "passive")} | {
        "markers": frozenset(fold(w) for w in lists["markers"]),  # type: ignore[dict-item]
        "fillers": frozenset(fold(w) for w in lists["fillers"]),  # type: ignore[dict-item]
        "accuse": frozenset(fold(w) for w in lists["accuse"]),  # type: ignore[dict-item]
        "links": frozenset(fold(w) for w in lists["links"]),  # type: ignore[dict-item]
    }


def _is_name(tok: str) -> bool:
    return tok[:1].isupper()


def _collect_name(
    toks: list[tuple[str, int, int]],
    i: int,
    step: int,
    scheme: Scheme,
    sentence_first: int,
    stop: frozenset[str],
    proper: frozenset[str] = frozenset(),
) -> tuple[str, int, int] | None:
    """A capitalised name of up to 3 tokens starting at ``toks[i]`` and extending by ``step``."""
    agency = scheme.agency
    assert agency is not None
    aliases = dict(agency.aliases)
    picked = []
    j = i
    while 0 <= j < len(toks) and len(picked) < 3:
        word = _POSSESSIVE_RE.sub("", toks[j][0])
        key = fold(word)
        if not _is_name(word) or key in agency.not_agents or key in stop:
            break
        picked.append((word, toks[j][1], toks[j][1] + len(word)))
        j += step
    if not picked:
        return None
    if step < 0:
        picked.reverse()
    # try the longest alias first, then the whole name
    written = " ".join(p[0] for p in picked)
    start, end = picked[0][1], picked[-1][2]
    if picked[0][1] == toks[sentence_first][1] and len(picked) == 1 and fold(written) not in aliases \
            and fold(written) not in proper:
        # a sentence-initial capital that is no known actor and never capitalised elsewhere in the
        # article ("Fighters attacked"); "Hamas attacked" counts when Hamas is capitalised elsewhere
        return None
    return written, start, end


def _proper_words(text: str, spans: list[tuple[int, int]]) -> frozenset[str]:
    """Folded words written with a capital somewhere other than at a sentence start (proper nouns)."""
    out = set()
    for a, b in spans:
        for word, _, _ in tokens(text[a:b])[1:]:
            if word[:1].isupper():
                out.add(fold(_POSSESSIVE_RE.sub("", word)))
    return frozenset(out)


def _canonical_agent(written: str, scheme: Scheme) -> str:
    aliases = dict(scheme.agency.aliases) if scheme.agency else {}
    key = fold(written)
    if key in aliases:
        return aliases[key]
    words = written.split()
    for n in range(len(words), 0, -1):  # "Armenian forces" -> "Armenia"
        k = fold(" ".join(words[:n]))
        if k in aliases:
            return aliases[k]
    return written


@dask_rows
def frame_agents(
    articles: pd.DataFrame,
    *,
    scheme: str | Path | Scheme = "conflict",
    language: str | None = None,
    group: str | None = "outlet",
) -> pd.DataFrame:
    """Blame and agency: who is named as the agent of the aggression frame, one row per naming.

    Reads the scheme's ``agency`` block: a name right after an ``agent_after`` term (``agresi
    Armenia``, ``serangan pasukan Armenia``), right before an ``agent_before`` term (``Azerbaijani
    shelling``, ``Armenian forces attacked``), or after a marker (``attack by Armenian forces``).
    Names are mapped to one canonical form through ``aliases`` (``Armenian`` -> ``Armenia``).

    Columns in: ``article_id``, ``body``, optional ``language`` and ``group``.
    Columns out: ``article_id``, ``group`` (when given; empty where the articles lack it), ``frame``, ``agent``
    (canonical), ``agent_as_written``, ``term`` (the aggression term), ``sentence``, ``start``,
    ``end`` (offsets of the term in the body).
    """
    require_columns(articles, ("article_id", "body"), table="articles")
    s = load_scheme(scheme)
    cols = list(AGENT_COLUMNS)
    if group:
        cols.insert(1, str(group))  # kept even when the articles lack it (then empty: "(unknown)" in counts)
    has_group = bool(group) and group in articles.columns
    if s.agency is None:
        warnings.warn(f"scheme {s.name!r} has no `agency` block; use scheme='conflict' for blame and agency", stacklevel=2)
        return empty_table(cols)
    rows = []
    langs_col = articles["language"] if "language" in articles.columns else pd.Series([None] * len(articles), index=articles.index)
    groups = articles[group] if has_group else pd.Series([None] * len(articles), index=articles.index)
    for aid, body, lang, grp in zip(articles["article_id"], articles["body"], langs_col, groups, strict=True):
        text = _text(body)
        lang = language or (lang if isinstance(lang, str) and lang else None)
        langs = _languages_for(lang, s)
        pats = _agency_patterns(s, langs)
        spans = split_sentences(text, language=lang)
        proper = _proper_words(text, spans)
        found = []
        for kind in ("agent_after", "agent_before", "passive"):
            found.extend((kind, m) for m in _find(text, pats[kind], spans, _exclusions(s, langs)))
        seen = set()
        for kind, m in sorted(found, key=lambda km: (km[1].start, km[0])):
            a, b = spans[m.sentence]
            toks = [(t, x + a, y + a) for t, x, y in tokens(text[a:b])]
            if not toks:
                continue
            first = 0
            stop = pats["fillers"] | pats["markers"]
            i_start = next((i for i, t in enumerate(toks) if t[2] > m.start), len(toks))
            i_end = next((i for i, t in enumerate(toks) if t[1] >= m.end), len(toks))  # first token after the term
            name = None
            # right: agent_after terms take the name directly (fillers between); any term takes it after a marker
            j = i_end
            saw_marker = False
            while j < len(toks) and (fold(toks[j][0]) in pats["fillers"] or fold(toks[j][0]) in pats["markers"]):
                saw_marker = saw_marker or fold(toks[j][0]) in pats["markers"]
                j += 1
            if (kind == "agent_after" or saw_marker) and j < len(toks):
                name = _collect_name(toks, j, +1, s, first, stop, proper)
            if name is None and kind == "agent_before":
                j = i_start - 1
                while j >= 0 and fold(_POSSESSIVE_RE.sub("", toks[j][0])) in pats["fillers"]:
                    j -= 1
                if j >= 0 and fold(toks[j][0]) not in pats["links"]:
                    name = _collect_name(toks, j, -1, s, first, stop, proper)
            if name is None:
                # "Azerbaijan accused Armenia of shelling", "menyalahkan Armenia atas serangan"
                j = i_start - 1
                while j >= 0 and fold(toks[j][0]) in pats["fillers"]:
                    j -= 1
                if j >= 1 and fold(toks[j][0]) in pats["links"]:
                    cand = _collect_name(toks, j - 1, -1, s, first, stop, proper)
                    if cand is not None:
                        k = next((x for x, t in enumerate(toks) if t[1] == cand[1]), 0) - 1
                        if k >= 0 and fold(toks[k][0]) in pats["accuse"]:
                            name = cand
            if name is None:
                continue
            written, _, _ = name
            key = (m.start, written)
            if key in seen:
                continue
            seen.add(key)
            row = {
                "article_id": str(aid),
                "frame": s.agency.frame,
                "agent": _canonical_agent(written, s),
                "agent_as_written": written,
                "term": m.term,
                "sentence": text[a:b],
                "start": m.start,
                "end": m.end,
            }
            if group:
                row[str(group)] = grp if has_group else None
            rows.append(row)
    if not rows:
        return empty_table(cols)
    return pd.DataFrame(rows, columns=cols)


def agent_counts(agents: pd.DataFrame, *, by: str | list[str] | None = "outlet") -> pd.DataFrame:
    """How often each agent is named, per ``by`` (an outlet column, ``article_id``, or None for all).

    Columns in: the :func:`frame_agents` table. Columns out: the ``by`` columns, ``agent``,
    ``mentions``, ``articles`` (distinct articles naming it), ``share`` (of the group's mentions);
    sorted by group, then mentions (descending) and agent.
    """
    require_columns(agents, ("article_id", "agent"), table="agents")
    keys = [] if by is None else ([by] if isinstance(by, str) else list(by))
    require_columns(agents, keys, table="agents")
    cols = [*keys, "agent", "mentions", "articles", "share"]
    if agents.empty:
        return empty_table(cols)
    df = agents.copy()
    for k in keys:
        df[k] = df[k].astype("object").where(df[k].notna(), UNKNOWN_GROUP)
    out = df.groupby([*keys, "agent"], sort=True, dropna=False).agg(
        mentions=("article_id", "size"), articles=("article_id", "nunique")
    ).reset_index()
    totals = out.groupby(keys)["mentions"].transform("sum") if keys else out["mentions"].sum()
    out["share"] = out["mentions"] / totals
    out = out.sort_values([*keys, "mentions", "agent"], ascending=[*([True] * len(keys)), False, True], kind="stable")
    return out.reset_index(drop=True)[cols]


# ---- who frames it how, by group, over time ----------------------------------------------------
def frames_by_actor(
    quotes: pd.DataFrame | None = None,
    *,
    scheme: str | Path | Scheme = "generic",
    articles: pd.DataFrame | None = None,
    language: str | None = None,
    min_quotes: int = 1,
) -> pd.DataFrame:
    """The frames in each actor's quotes: who carries which frame.

    Columns in: the quotes table (``article_id``, ``quote``, ``speaker_name``; ``quote_id``
    optional); ``articles`` (optional) gives each quote's language. With ``quotes=None`` the quotes
    are extracted from ``articles`` with ``helpers.extract_quotes`` (a warning and an empty table
    where that module is not installed).
    Columns out: ``speaker_name`` (``(unattributed)`` where empty), ``frame``, ``n_quotes`` (the
    actor's quotes), ``quotes_with_frame`` (quotes with at least one term of the frame), ``share``,
    ``hits``; actors with fewer than ``min_quotes`` quotes are left out. Sorted by n_quotes
    (descending), actor, then scheme order.
    """
    cols = ["speaker_name", "frame", "n_quotes", "quotes_with_frame", "share", "hits"]
    if quotes is None:
        if articles is None:
            raise ValueError("frames_by_actor needs the quotes table, or articles=... to extract the quotes from")
        if importlib.util.find_spec("helpers.quotes") is None:
            warnings.warn("helpers.quotes is not installed: no quotes, so no actor x frame table", stacklevel=2)
            return empty_table(cols)
        quotes = importlib.import_module("helpers.quotes").extract_quotes(articles)
    require_columns(quotes, ("article_id", "quote", "speaker_name"), table="quotes")
    scores = score_frames(articles, scheme=scheme, unit="quote", quotes=quotes, language=language)
    if scores.empty:
        return empty_table(cols)
    s = load_scheme(scheme)
    order = {f: i for i, f in enumerate(s.frame_keys)}
    out = scores.groupby(["speaker_name", "frame"], sort=False).agg(
        n_quotes=("unit_id", "size"), quotes_with_frame=("present", "sum"), hits=("hits", "sum")
    ).reset_index()
    out["share"] = out["quotes_with_frame"] / out["n_quotes"]
    out = out[out["n_quotes"] >= min_quotes]
    out["_o"] = out["frame"].map(order)
    out = out.sort_values(["n_quotes", "speaker_name", "_o"], ascending=[False, True, True], kind="stable")
    return out.reset_index(drop=True)[cols]


def _with_group(scores: pd.DataFrame, articles: pd.DataFrame | None, columns: list[str]) -> pd.DataFrame:
    missing = [c for c in columns if c not in scores.columns]
    if not missing:
        return scores
    if articles is None:
        raise ValueError(f"the frames table lacks {missing}; pass the articles table (articles=...) that has them")
    require_columns(articles, ["article_id", *missing], table="articles")
    meta = articles[["article_id", *missing]].copy()
    meta["article_id"] = meta["article_id"].astype(str)
    return scores.merge(meta.drop_duplicates("article_id"), on="article_id", how="left")


def _summary(df: pd.DataFrame, keys: list[str], frame_order: dict[str, int]) -> pd.DataFrame:
    out = df.groupby([*keys, "frame"], sort=False, dropna=False).agg(
        n_articles=("article_id", "nunique"),
        n_present=("present", "sum"),
        mean_hits=("hits", "mean"),
        mean_per_1k=("per_1k_words", "mean"),
    ).reset_index()
    out["n_present"] = out["n_present"].astype("int64")
    out["share_present"] = out["n_present"] / out["n_articles"]
    out["_o"] = out["frame"].map(frame_order)
    out = out.sort_values([*keys, "_o"], kind="stable").drop(columns="_o").reset_index(drop=True)
    return out[[*keys, "frame", "n_articles", "n_present", "share_present", "mean_hits", "mean_per_1k"]]


def frame_prevalence(scores: pd.DataFrame, *, top_terms: int = 5) -> pd.DataFrame:
    """How common each frame is in the whole corpus, and which terms carry it.

    Columns in: the frames table of :func:`score_frames`. Columns out: ``frame``, ``n_articles``,
    ``n_present``, ``share_present``, ``mean_hits``, ``mean_per_1k``, ``top_terms`` (the most
    matched terms, ``term (n)``), in scheme order.
    """
    require_columns(scores, ("article_id", "frame", "hits", "per_1k_words", "present"), table="frames")
    cols = ["frame", "n_articles", "n_present", "share_present", "mean_hits", "mean_per_1k", "top_terms"]
    if scores.empty:
        return empty_table(cols)
    order = {f: i for i, f in enumerate(dict.fromkeys(scores["frame"]))}
    out = _summary(scores.assign(_all=1), ["_all"], order).drop(columns="_all")
    tops = {}
    if "evidence" in scores.columns:
        for frame, evs in scores.groupby("frame", sort=False)["evidence"]:
            counts: Counter[str] = Counter()
            for ev in evs:
                for item in ev if isinstance(ev, list | tuple) else []:
                    counts.update(item["terms"])
            ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:top_terms]
            tops[frame] = ", ".join(f"{t} ({n})" for t, n in ranked)
    out["top_terms"] = out["frame"].map(tops).fillna("")
    return out[cols]


@dask_collects(("article_id",), options=("group",))
def frames_by_group(scores: pd.DataFrame, articles: pd.DataFrame | None = None, *, group: str = "outlet") -> pd.DataFrame:
    """Frame prevalence per group (outlet, topic, ...).

    Columns in: the frames table of :func:`score_frames` (article unit) and, if it lacks ``group``,
    the articles table (``article_id``, ``group``). Columns out: ``group``, ``frame``,
    ``n_articles``, ``n_present``, ``share_present``, ``mean_hits``, ``mean_per_1k``; articles
    without a group value are counted under ``(unknown)``.
    """
    require_columns(scores, ("article_id", "frame", "hits", "per_1k_words", "present"), table="frames")
    cols = [group, "frame", "n_articles", "n_present", "share_present", "mean_hits", "mean_per_1k"]
    if scores.empty:
        return empty_table(cols)
    df = _with_group(scores, articles, [group])
    df = df.assign(**{group: df[group].astype("object").where(df[group].notna(), UNKNOWN_GROUP)})
    order = {f: i for i, f in enumerate(dict.fromkeys(scores["frame"]))}
    return _summary(df, [group], order)


@dask_collects(("article_id", "date"), options=("group",))
def frame_trends(
    scores: pd.DataFrame,
    articles: pd.DataFrame | None = None,
    *,
    freq: str = "W",
    group: str | None = None,
) -> pd.DataFrame:
    """Frame prevalence over time (per period, optionally per group).

    Columns in: the frames table and, where it lacks them, the articles table (``article_id``,
    ``date``, ``group``). ``freq``: a pandas period alias (``D``, ``W``, ``M``, ``Q``, ``Y``).
    Columns out: ``period`` (start of the period, datetime), ``group`` (if given), ``frame``,
    ``n_articles``, ``n_present``, ``share_present``, ``mean_hits``, ``mean_per_1k``. Articles
    without a date are left out and counted in ``.attrs["undated_articles"]``.
    """
    require_columns(scores, ("article_id", "frame", "hits", "per_1k_words", "present"), table="frames")
    keys = ["period", *([group] if group else [])]
    cols = [*keys, "frame", "n_articles", "n_present", "share_present", "mean_hits", "mean_per_1k"]
    if scores.empty:
        out = empty_table(cols)
        out.attrs["undated_articles"] = 0
        return out
    df = _with_group(scores, articles, ["date", *([group] if group else [])])
    dates = pd.to_datetime(df["date"], errors="coerce", utc=False)
    if getattr(dates.dt, "tz", None) is not None:
        dates = dates.dt.tz_localize(None)
    undated = int(df.loc[dates.isna(), "article_id"].nunique())
    df = df.assign(period=dates.dt.to_period(freq).dt.start_time)[dates.notna()]
    if group:
        df[group] = df[group].astype("object").where(df[group].notna(), UNKNOWN_GROUP)
    if df.empty:
        out = empty_table(cols)
    else:
        order = {f: i for i, f in enumerate(dict.fromkeys(scores["frame"]))}
        out = _summary(df, keys, order)
    out.attrs["undated_articles"] = undated
    return out


# ---- validation against manual coding ----------------------------------------------------------
@dask_collects(("article_id", "body", "title", "outlet", "date"))
def coding_sheet(
    articles: pd.DataFrame,
    *,
    scheme: str | Path | Scheme = "generic",
    n: int = 40,
    seed: int = 0,
    path: str | Path | None = None,
    coder: str = "",
) -> pd.DataFrame:
    """A random sample of articles as a sheet for a human coder (CSV when ``path`` is given).

    The coder reads ``text`` and writes 1 (frame present) or 0 (absent) in each frame column,
    answering the frame's indicator questions (``describe_scheme``). Read it back with
    :func:`read_coding` / :func:`agreement`.

    Columns in: ``article_id``, ``body``; ``title``, ``outlet``, ``date`` if present.
    Columns out: ``article_id``, ``coder``, ``title``, ``outlet``, ``date``, ``text``, one empty
    column per frame, ``notes``. The same ``seed`` gives the same sample.
    """
    require_columns(articles, ("article_id", "body"), table="articles")
    s = load_scheme(scheme)
    k = min(n, len(articles))
    sample = articles.sample(n=k, random_state=seed) if k else articles.iloc[0:0]
    sheet = pd.DataFrame(
        {
            "article_id": sample["article_id"].astype(str).to_numpy(),
            "coder": coder,
            "title": sample["title"].to_numpy() if "title" in sample.columns else "",
            "outlet": sample["outlet"].to_numpy() if "outlet" in sample.columns else "",
            "date": sample["date"].to_numpy() if "date" in sample.columns else "",
            "text": sample["body"].map(_text).to_numpy(),
        }
    )
    for key in s.frame_keys:
        sheet[key] = ""
    sheet["notes"] = ""
    if path is not None:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        sheet.to_csv(path, index=False, encoding="utf-8")
    return sheet


def _parse_code(value: Any, *, row: int, column: str) -> float:
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return np.nan
    if isinstance(value, bool | np.bool_):
        return float(value)
    text = str(value).strip().lower()
    if text == "":
        return np.nan
    if text in _TRUE_VALUES:
        return 1.0
    if text in _FALSE_VALUES:
        return 0.0
    raise ValueError(f"coded sheet row {row + 2} (article line), column {column!r}: {value!r} is not 1/0 (yes/no, ya/tidak, x/blank)")


def read_coding(coded: pd.DataFrame | str | Path, *, frames: list[str] | tuple[str, ...] | None = None) -> pd.DataFrame:
    """A filled-in coding sheet as a long table of codes.

    ``coded``: a DataFrame or a CSV path with ``article_id``, optional ``coder``, and one column per
    frame holding 1/0 (also yes/no, ya/tidak, true/false, x); a blank cell means not coded.
    ``frames``: which columns are frames (default: every column that is not ``article_id``,
    ``coder``, ``title``, ``outlet``, ``date``, ``text``, ``notes``).

    Columns out: ``article_id``, ``coder``, ``frame``, ``code`` (1.0, 0.0; blanks dropped).
    """
    if not isinstance(coded, pd.DataFrame):
        path = Path(coded)
        if not path.is_file() and not path.is_absolute() and (PROJECT_ROOT / path).is_file():
            path = PROJECT_ROOT / path  # like load_corpus: the working directory first, then the project
        if not path.is_file():
            raise FileNotFoundError(f"coded sheet {str(coded)!r} not found (looked in {Path.cwd()} and {PROJECT_ROOT})")
        coded = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    require_columns(coded, ("article_id",), table="coded")
    meta = {"article_id", "coder", "title", "outlet", "date", "text", "notes", "body"}
    frame_cols = list(frames) if frames is not None else [c for c in coded.columns if c not in meta]
    require_columns(coded, frame_cols, table="coded")
    if not frame_cols:
        raise ValueError(f"the coded table has no frame columns; it has {list(coded.columns)}")
    coder = coded["coder"].astype("object").map(_text) if "coder" in coded.columns else pd.Series("", index=coded.index)
    coder = coder.where(coder != "", "human")
    rows = []
    for r, (idx, aid) in enumerate(coded["article_id"].items()):
        for f in frame_cols:
            code = _parse_code(coded.at[idx, f], row=r, column=f)
            if not np.isnan(code):
                rows.append({"article_id": str(aid), "coder": coder.at[idx], "frame": f, "code": code})
    out = pd.DataFrame(rows, columns=["article_id", "coder", "frame", "code"])
    dup = out.duplicated(["article_id", "coder", "frame"], keep=False)
    if dup.any():
        d = out[dup].iloc[0]
        raise ValueError(
            f"coder {d['coder']!r} coded article {d['article_id']!r} more than once; give each coder a name in a `coder` column"
        )
    return out


def _alpha(a: np.ndarray, b: np.ndarray) -> float:
    import krippendorff

    data = np.vstack([a, b]).astype(float)
    if len(np.unique(data[~np.isnan(data)])) < 2:
        return float("nan")  # one value only: alpha is undefined
    return float(krippendorff.alpha(reliability_data=data, level_of_measurement="nominal"))


def _kappa(a: np.ndarray, b: np.ndarray) -> float:
    n = len(a)
    if n == 0:
        return float("nan")
    po = float(np.mean(a == b))
    pa, pb = float(np.mean(a)), float(np.mean(b))
    pe = pa * pb + (1 - pa) * (1 - pb)
    return float("nan") if pe == 1 else (po - pe) / (1 - pe)


def _compare(name: str, frame: str, ref: np.ndarray, oth: np.ndarray) -> dict[str, Any]:
    tp = int(np.sum((ref == 1) & (oth == 1)))
    fp = int(np.sum((ref == 0) & (oth == 1)))
    fn = int(np.sum((ref == 1) & (oth == 0)))
    precision = tp / (tp + fp) if tp + fp else float("nan")
    recall = tp / (tp + fn) if tp + fn else float("nan")
    f1 = 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else float("nan")
    return {
        "comparison": name,
        "frame": frame,
        "n": len(ref),
        "reference_positive": int(np.sum(ref == 1)),
        "other_positive": int(np.sum(oth == 1)),
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "alpha": _alpha(ref, oth) if len(ref) else float("nan"),
        "kappa": _kappa(ref, oth),
        "percent_agreement": float(np.mean(ref == oth)) if len(ref) else float("nan"),
    }


def agreement(
    coded: pd.DataFrame | str | Path | None,
    scores: pd.DataFrame | None,
    *,
    coders: list[str] | tuple[str, ...] | None = None,
    strict: bool = False,
) -> pd.DataFrame:
    """Agreement of the automatic coding with manual coding, and between human coders.

    Args:
        coded: a filled-in coding sheet (DataFrame or CSV path; see :func:`read_coding`).
        scores: the frames table of :func:`score_frames` (article unit; ``article_id``, ``frame``,
            ``present``), or None for human-vs-human only.
        coders: the coders to compare (names in the ``coder`` column); default every coder.
            Each is compared with the automatic coding; with two or more, every pair of coders
            is compared too (the first named is the reference).
        strict: raise on coded frames or articles the scores lack; by default they are left out
            with a warning that names them (so a notebook run on another corpus still renders).

    Returns:
        One row per comparison and frame plus ``all frames`` (every article x frame pooled):
        ``comparison`` (``automatic vs <coder>``, ``<coder1> vs <coder2>``), ``frame``, ``n``
        (units coded by both), ``reference_positive`` (the human; for two coders the first),
        ``other_positive``, ``precision``, ``recall``, ``f1`` (the other against the reference),
        ``alpha`` (Krippendorff's alpha, nominal, via the ``krippendorff`` package), ``kappa``
        (Cohen's), ``percent_agreement``. Undefined values (no positives, a single value) are NaN.

    Raises:
        ValueError: unknown coders, cells that are not 1/0, or (``strict``) coded articles or
            frames that the scores lack.
    """
    if coded is None:
        return empty_table(AGREEMENT_COLUMNS)
    frames = None
    if scores is not None:
        require_columns(scores, ("article_id", "frame", "present"), table="frames")
        if "unit" in scores.columns and (scores["unit"] != "article").any():
            raise ValueError("agreement needs article-level scores: score_frames(articles, unit='article')")
    codes = read_coding(coded)
    if scores is not None:
        frames = list(dict.fromkeys(scores["frame"]))
        unknown = sorted(set(codes["frame"]) - set(frames))
        if unknown:
            msg = f"coded frame column(s) {unknown} are not frames of the scores; scores have {frames}"
            if strict:
                raise ValueError(msg)
            warnings.warn(msg + "; they are left out (is the coded sheet for another scheme?)", stacklevel=2)
            codes = codes[codes["frame"].isin(frames)]
    all_coders = list(dict.fromkeys(sorted(codes["coder"].unique())))
    if coders is None:
        coders = all_coders
    else:
        coders = list(coders)
        bad = [c for c in coders if c not in all_coders]
        if bad:
            raise ValueError(f"coder(s) {bad} not in the coded sheet; coders there: {all_coders}")
    frame_list = frames if frames is not None else list(dict.fromkeys(codes["frame"]))
    frame_list = [f for f in frame_list if f in set(codes["frame"])]
    rows: list[dict[str, Any]] = []
    if codes.empty:
        return empty_table(AGREEMENT_COLUMNS)
    pivots = {c: codes[codes["coder"] == c].pivot(index="article_id", columns="frame", values="code") for c in coders}
    if scores is not None:
        auto = scores.assign(article_id=scores["article_id"].astype(str)).pivot_table(
            index="article_id", columns="frame", values="present", aggfunc="max"
        ).astype(float)
        for c in coders:
            missing = sorted(set(pivots[c].index) - set(auto.index))
            if missing:
                msg = f"{len(missing)} coded article(s) are not in the scores (e.g. {missing[:5]}); score the same articles"
                if strict:
                    raise ValueError(msg)
                warnings.warn(msg + "; they are left out", stacklevel=2)
            rows.extend(_comparisons(f"automatic vs {c}", pivots[c], auto, frame_list))
    for i, a in enumerate(coders):
        for b in coders[i + 1:]:
            rows.extend(_comparisons(f"{a} vs {b}", pivots[a], pivots[b], frame_list))
    if not rows:
        return empty_table(AGREEMENT_COLUMNS)
    return pd.DataFrame(rows, columns=list(AGREEMENT_COLUMNS))


def _comparisons(name: str, ref: pd.DataFrame, oth: pd.DataFrame, frames: list[str]) -> list[dict[str, Any]]:
    rows = []
    pooled_r, pooled_o = [], []
    for f in frames:
        if f not in ref.columns or f not in oth.columns:
            continue
        both = pd.concat([ref[f].rename("r"), oth[f].rename("o")], axis=1, join="inner").dropna()
        if both.empty:
            continue
        r, o = both["r"].to_numpy(float), both["o"].to_numpy(float)
        pooled_r.append(r)
        pooled_o.append(o)
        rows.append(_compare(name, f, r, o))
    if rows:
        rows.append(_compare(name, "all frames", np.concatenate(pooled_r), np.concatenate(pooled_o)))
    return rows
