"""Shared benchmark inputs: the BBC News corpus (../shared/corpora/bbc) replicated to N articles.

Replica 0 is the real corpus; replica r >= 1 changes every fourth word (a suffix derived from r),
so replicas are distinct documents with a growing vocabulary, not exact copies (which would make
every replica a duplicate for the republication benchmark and keep the vocabulary artificially
small). Generated corpora on disk go to bench/generated/ (git-ignored), never into git.
"""

from __future__ import annotations

import re
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from helpers.config import SHARED_CORPORA  # noqa: E402

BBC_DIR = SHARED_CORPORA / "bbc"
GENERATED_DIR = ROOT / "bench" / "generated"
_WORD_RE = re.compile(r"[^\W_]+")
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def require_bbc() -> Path:
    if not BBC_DIR.is_dir():
        sys.exit(f"benchmark needs the BBC corpus at {BBC_DIR} (../shared/corpora); not found")
    return BBC_DIR


def _suffix(r: int) -> str:
    out = ""
    while r:
        r, d = divmod(r, 26)
        out = _LETTERS[d] + out
    return "q" + out


def _mutate(text: str, r: int) -> str:
    if r == 0:
        return text
    suffix = _suffix(r)
    counter = 0

    def repl(m: re.Match[str]) -> str:
        nonlocal counter
        counter += 1
        return m.group() + suffix if counter % 4 == 0 else m.group()

    return _WORD_RE.sub(repl, text)


def ntrex_body(path: Path) -> str:
    """The body of an NTREX-128 file (``../shared/corpora/ntrex-dev/{en,id}/<doc_id>.txt``): UTF-8 (BOM dropped),
    CRLF -> LF, stripped, the first line (the headline) dropped; one sentence per line. The NTREX quote gold's
    offsets count this text."""
    lines = path.read_text(encoding="utf-8-sig").replace("\r\n", "\n").strip().split("\n")
    return "\n".join(lines[1:])


def ntrex_title(path: Path) -> str:
    """The headline of an NTREX-128 file: its first line, stripped (the line :func:`ntrex_body` drops)."""
    return path.read_text(encoding="utf-8-sig").replace("\r\n", "\n").strip().split("\n", 1)[0].strip()


def bbc_originals() -> list[tuple[str, str, str, str]]:
    """``(topic, file_id, title, body)`` for every BBC article, sorted by path."""
    require_bbc()
    out = []
    for path in sorted(BBC_DIR.glob("*/*.txt")):
        raw = path.read_bytes()
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("latin-1")
        title, _, body = text.strip().partition("\n")
        out.append((path.parent.name, path.stem, title.strip(), body.strip()))
    return out


def bbc_articles(n: int) -> pd.DataFrame:
    """An articles table (the DESIGN.md columns that analyses read) of ``n`` BBC-derived articles."""
    originals = bbc_originals()
    rows = []
    for i in range(n):
        r, k = divmod(i, len(originals))
        topic, fid, title, body = originals[k]
        body = _mutate(body, r)
        rows.append(
            {
                "article_id": f"{topic}/{fid}-r{r}",
                "title": _mutate(title, r),
                "body": body,
                "outlet": "BBC",
                "source_credit": None,
                "date": pd.NaT,
                "dateline": None,
                "url": None,
                "language": "en",
                "n_words": len(_WORD_RE.findall(body)),
                "path": f"bbc/{topic}/{fid}.txt",
                "topic": topic,
            }
        )
    return pd.DataFrame(rows)


def read_all(files: list[Path]) -> int:
    """The floor for loading: ``open().read()`` of every file (characters read)."""
    total = 0
    for p in files:
        with open(p, encoding="utf-8") as fh:
            total += len(fh.read())
    return total


def write_bbc_files(n: int) -> Path:
    """Write ``n`` BBC-derived articles as .txt files (title line, blank line, body) and return the folder."""
    folder = GENERATED_DIR / f"bbc-{n}"
    marker = folder / ".complete"
    if marker.exists():
        return folder
    originals = bbc_originals()
    for i in range(n):
        r, k = divmod(i, len(originals))
        topic, fid, title, body = originals[k]
        target = folder / f"r{r:03d}" / topic / f"{fid}.txt"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(f"{_mutate(title, r)}\n\n{_mutate(body, r)}\n", encoding="utf-8")
    marker.write_text(str(n))
    return folder


def measure(func: Callable[[], Any], *, memory: bool = True) -> tuple[float, float, Any]:
    """Run ``func`` once: ``(seconds, peak_python_mb, result)``; peak via tracemalloc if ``memory``."""
    if memory:
        tracemalloc.start()
    t0 = time.perf_counter()
    result = func()
    seconds = time.perf_counter() - t0
    peak = 0.0
    if memory:
        peak = tracemalloc.get_traced_memory()[1] / 1e6
        tracemalloc.stop()
    return seconds, peak, result
