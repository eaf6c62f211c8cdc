"""Lexicons and frame schemes: package data, one plain-text file per language per list.

Layout (adding a language = adding files):

    lexicons/<language>/<list>.txt     one entry per line, ``#`` starts a comment
    lexicons/frames/<scheme>.yaml      frame schemes (codebooks) with per-language terms

Everything is read through the cached functions below, whose errors name what exists.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from helpers.config import FRAME_SCHEME_DIR, LEXICON_DIR


class LexiconError(LookupError):
    """A lexicon or frame scheme that does not exist or cannot be read."""


def available_languages(name: str | None = None) -> list[str]:
    """Languages that ship lexicons (those that have list ``name``, if given)."""
    langs = sorted(p.name for p in LEXICON_DIR.iterdir() if p.is_dir() and p.name != "frames" and not p.name.startswith("_"))
    if name is None:
        return langs
    return [lang for lang in langs if (LEXICON_DIR / lang / f"{name}.txt").is_file()]


def available_lists(language: str) -> list[str]:
    """Names of the lists shipped for ``language``."""
    folder = LEXICON_DIR / language
    if not folder.is_dir():
        return []
    return sorted(p.stem for p in folder.glob("*.txt"))


def lexicon_path(name: str, language: str) -> Path:
    """The file that holds list ``name`` for ``language`` (checked to exist)."""
    path = LEXICON_DIR / language / f"{name}.txt"
    if not path.is_file():
        if language not in available_languages():
            raise LexiconError(
                f"no lexicons for language {language!r}; languages with lexicons: {available_languages()} "
                f"(add a folder {LEXICON_DIR / language} to add one)"
            )
        raise LexiconError(
            f"no list {name!r} for language {language!r}; lists for {language!r}: {available_lists(language)}; "
            f"languages that have {name!r}: {available_languages(name)}"
        )
    return path


@lru_cache(maxsize=256)
def load_list(name: str, language: str) -> tuple[str, ...]:
    """Entries of list ``name`` for ``language``, in file order, without comments or blanks.

    Raises:
        LexiconError: naming the languages and lists that exist.
    """
    path = lexicon_path(name, language)
    entries: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        entry = line.split(" #", 1)[0].strip() if not line.lstrip().startswith("#") else ""
        if entry:
            entries.append(entry)
    return tuple(entries)


@lru_cache(maxsize=256)
def load_pairs(name: str, language: str) -> tuple[tuple[str, str], ...]:
    """Entries ``left = right`` or ``left<TAB>right`` of list ``name``; ``right`` is ``""`` where an
    entry has none. For mapping lists: ``months`` (name -> number), ``weekdays``, ``news_agencies``
    (as written -> canonical), ``equivalents``, ``number_words``.

    Raises:
        LexiconError: naming the languages and lists that exist.
    """
    out = []
    for entry in load_list(name, language):
        left, sep, right = entry.partition("\t") if "\t" in entry else entry.partition(" = ")
        if not sep and "=" in entry:
            left, sep, right = entry.partition("=")
        out.append((left.strip(), right.strip()))
    return tuple(out)


def load_list_or_empty(name: str, language: str | None) -> tuple[str, ...]:
    """Like :func:`load_list` but an empty tuple where the language lacks the list."""
    if not language:
        return ()
    try:
        return load_list(name, language)
    except LexiconError:
        return ()


def available_schemes() -> list[str]:
    """Names of the frame schemes shipped in the package."""
    return sorted(p.stem for p in FRAME_SCHEME_DIR.glob("*.yaml"))


@lru_cache(maxsize=64)
def _read_yaml(path: str, mtime_ns: int = 0) -> Any:
    # mtime_ns is part of the cache key: a scheme edited during a session is read again.
    text = Path(path).read_text(encoding="utf-8")
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark is not None else "unknown line"
        problem = getattr(exc, "problem", None) or str(exc)
        raise LexiconError(f"{path}: invalid YAML at {where}: {problem}") from None


def load_scheme_data(scheme: str | Path) -> dict[str, Any]:
    """The parsed YAML of a frame scheme: a shipped name (``generic``) or a path to a file.

    Raises:
        LexiconError: the scheme does not exist (naming those that do) or is not valid YAML
            (naming the line and the problem).
    """
    path = Path(scheme)
    if not (path.suffix in {".yaml", ".yml"} and path.is_file()):
        path = FRAME_SCHEME_DIR / f"{scheme}.yaml"
        if not path.is_file():
            raise LexiconError(f"no frame scheme {str(scheme)!r}; shipped schemes: {available_schemes()}, or pass a path to a .yaml file")
    data = _read_yaml(str(path.resolve()), path.stat().st_mtime_ns)
    if not isinstance(data, dict):
        raise LexiconError(f"{path}: a frame scheme must be a YAML mapping at the top level")
    return data
