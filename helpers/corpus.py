"""Load a news corpus into one clean articles table, accounting for every input.

``load_corpus(path_or_paths)`` reads folders, globs and files of ``.txt``/``.md`` (optional YAML
front matter), ``.csv``/``.tsv``, ``.jsonl``/``.json``, ``.parquet`` and ``.html``, and returns a
:class:`Corpus` with three tables: ``articles``, ``problems`` and ``removed``.
"""

from __future__ import annotations

import csv
import glob
import io
import json
import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from helpers.cleaning import _quick_language, clean_text, detect_language, normalize_text
from helpers.config import PROJECT_ROOT
from helpers.tables import ARTICLE_COLUMNS, PROBLEM_COLUMNS, REMOVED_COLUMNS
from helpers.text import count_words

__all__ = ["Corpus", "CorpusError", "load_corpus", "SUPPORTED_SUFFIXES", "COLUMN_NAMES"]

TEXT_SUFFIXES = (".txt", ".md", ".markdown", ".text")
TABLE_SUFFIXES = (".csv", ".tsv", ".jsonl", ".ndjson", ".json", ".parquet")
HTML_SUFFIXES = (".html", ".htm")
SUPPORTED_SUFFIXES: tuple[str, ...] = TEXT_SUFFIXES + TABLE_SUFFIXES + HTML_SUFFIXES
#: Files in a folder that document it rather than hold an article (skipped, listed in problems).
DOC_FILE_RE = re.compile(r"^(readme|license|licence|copying|changelog|notice)(\..*)?$", re.IGNORECASE)
FRONT_MATTER_RE = re.compile(r"\A---[ \t]*\n(?P<yaml>.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_GLOB_CHARS_RE = re.compile(r"[*?\[]")
_ISO_START_RE = re.compile(r"^\d{4}-\d{2}")
_DIGITS_RE = re.compile(r"\d+")
_DATE_PARTS_RE = re.compile(r"^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{2,4})")

#: Column names recognised automatically in tables (case-insensitive), per role, English and Indonesian.
COLUMN_NAMES: dict[str, tuple[str, ...]] = {
    "body": ("body", "text", "content", "isi_berita", "isi", "article", "article_text", "full_text", "fulltext",
             "story", "konten", "berita", "maintext", "main_text", "teks", "naskah"),
    "title": ("title", "judul", "headline", "heading", "judul_berita", "head"),
    "date": ("date", "tanggal", "published", "publish_date", "published_at", "publication_date", "pubdate",
             "datetime", "waktu", "tgl", "date_published", "timestamp"),
    "url": ("url", "tautan", "link", "href", "source_url", "article_url", "permalink"),
    "outlet": ("outlet", "media", "media_name", "publisher", "sitename", "site", "site_name", "source", "nama_media",
               "sumber", "domain", "portal"),
    "id": ("article_id", "id", "doc_id", "docid", "stories_id", "story_id", "guid", "uid", "uuid"),
    "language": ("language", "lang", "bahasa"),
    "source_credit": ("source_credit", "credit", "wire"),
}


class CorpusError(ValueError):
    """Nothing could be loaded, or the inputs cannot be read as a corpus."""


@dataclass
class Corpus:
    """A loaded corpus: the articles, the problems met while loading and what cleaning removed.

    Attributes:
        articles: one row per article: ``article_id``, ``title``, ``body``, ``outlet``,
            ``source_credit``, ``date``, ``dateline``, ``url``, ``language``, ``n_words``, ``path``,
            plus ``folder`` for files read from a folder and every extra column of tabular inputs.
        problems: ``path``, ``where``, ``reason``, ``detail``, ``outcome`` (``skipped``: the input is
            not in ``articles``; ``kept``: loaded, with the issue noted).
        removed: ``article_id``, ``text``, ``reason`` for every line or fragment cleaning removed.
    """

    articles: pd.DataFrame
    problems: pd.DataFrame
    removed: pd.DataFrame
    inputs: int = 0

    def __repr__(self) -> str:
        return (
            f"Corpus({len(self.articles)} articles, {len(self.problems)} problems, "
            f"{len(self.removed)} removed lines, from {self.inputs} inputs)"
        )

    def summary(self) -> pd.DataFrame:
        """One-row overview: articles, outlets, languages, first and last date, problems, removed."""
        a = self.articles
        dates = a["date"].dropna() if "date" in a else pd.Series(dtype="datetime64[ns]")
        return pd.DataFrame(
            [
                {
                    "articles": len(a),
                    "outlets": int(a["outlet"].nunique()) if len(a) else 0,
                    "languages": ", ".join(sorted(map(str, a["language"].dropna().unique()))) if len(a) else "",
                    "first_date": dates.min() if len(dates) else pd.NaT,
                    "last_date": dates.max() if len(dates) else pd.NaT,
                    "words": int(a["n_words"].sum()) if len(a) else 0,
                    "problems": len(self.problems),
                    "skipped_inputs": int((self.problems["outcome"] == "skipped").sum()) if len(self.problems) else 0,
                    "removed_lines": len(self.removed),
                }
            ]
        )


@dataclass
class _Loader:
    language: str | None
    columns: dict[str, str]
    clean: bool
    rows: list[dict[str, Any]] = field(default_factory=list)
    problems: list[dict[str, Any]] = field(default_factory=list)
    removed: list[tuple[str, str, str]] = field(default_factory=list)
    inputs: int = 0
    #: leave the articles that need py3langid undecided (listed in ``undecided``) for the parent process
    defer_language: bool = False
    undecided: list[int] = field(default_factory=list)

    def problem(self, path: str, where: str, reason: str, detail: str, *, outcome: str = "skipped") -> None:
        self.problems.append({"path": path, "where": where, "reason": reason, "detail": detail, "outcome": outcome})

    # -- one article ------------------------------------------------------------------------
    def add(self, *, rel: str, where: str, article_id: str, title: Any, body: Any, meta: dict[str, Any],
            extra: dict[str, Any]) -> None:
        body = "" if _missing(body) else str(body)
        if not body.strip():
            self.problem(rel, where, "empty body", "no article text (empty or whitespace only)")
            return
        title_s = None if _missing(title) else normalize_text(str(title)).strip() or None
        has_date = not _missing(meta.get("date"))
        if self.clean:
            result = clean_text(body, has_date=has_date)
            text = result.body
            self.removed.extend((article_id, t, r) for t, r in result.removed)
            for reason, detail in result.notes:
                self.problem(rel, where, reason, detail, outcome="kept")
        else:
            result = None
            text = normalize_text(body).strip()
        if not text.strip():
            self.problem(rel, where, "empty after cleaning", "every line was boilerplate (see removed)")
            return
        language = self.language or _clean_str(meta.get("language"))
        if not language:
            if self.defer_language:
                decided, language = _quick_language(text)
                if not decided:
                    self.undecided.append(len(self.rows))
            else:
                language = detect_language(text)
        row = {
            "article_id": article_id,
            "title": title_s,
            "body": text,
            "outlet": _clean_str(meta.get("outlet")) or (result.outlet if result else None),
            "source_credit": _clean_str(meta.get("source_credit")) or (result.source_credit if result else None),
            "date": meta.get("date") if has_date else (result.date if result else None),
            "dateline": result.dateline if result else None,
            "url": _clean_str(meta.get("url")),
            "language": language,
            "n_words": count_words(text),
            "path": rel,
            "_where": where,
        }
        row.update(extra)
        self.rows.append(row)

    # -- files ------------------------------------------------------------------------------
    def load_file(self, path: Path, rel: str, folder: str | None) -> None:
        suffix = path.suffix.casefold()
        try:
            if suffix in TEXT_SUFFIXES:
                self.inputs += 1
                self._text_file(path, rel, folder)
            elif suffix in HTML_SUFFIXES:
                self.inputs += 1
                self._html_file(path, rel, folder)
            elif suffix in (".csv", ".tsv"):
                self._csv_file(path, rel)
            elif suffix in (".jsonl", ".ndjson"):
                self._jsonl_file(path, rel)
            elif suffix == ".json":
                self._json_file(path, rel)
            elif suffix == ".parquet":
                self._parquet_file(path, rel)
            else:
                self.inputs += 1
                self.problem(rel, "file", "unsupported file type",
                             f"{path.suffix or 'no suffix'}; supported: {', '.join(SUPPORTED_SUFFIXES)}")
        except Exception as exc:  # one bad file never stops the run
            self.problem(rel, "file", "could not read", f"{type(exc).__name__}: {exc}")

    def _text_file(self, path: Path, rel: str, folder: str | None) -> None:
        text = self._decode(path, rel)
        if text is None:
            return
        if not text.strip():
            self.problem(rel, "file", "empty file", "the file is empty or holds only white space")
            return
        meta: dict[str, Any] = {}
        text = normalize_text(text)
        fm = FRONT_MATTER_RE.match(text) if text.startswith("---") else None
        if fm:
            parsed = _parse_front_matter(fm["yaml"])
            if isinstance(parsed, str):
                self.problem(rel, "front matter", "invalid front matter", parsed, outcome="kept")
            else:
                meta = {str(k).casefold(): v for k, v in parsed.items()}
                text = text[fm.end():]
        title = meta.get("title") or meta.get("judul")
        if _missing(title):
            stripped = text.lstrip()
            first, _, rest = stripped.partition("\n")
            title, body = first.strip(), rest
        else:
            body = text
        meta_std = self._standard_meta(meta, rel, "front matter")
        extra = {k: v for k, v in meta.items() if k not in _KNOWN_META}
        if folder is not None:
            extra["folder"] = folder
        aid = _clean_str(meta.get("id")) or _clean_str(meta.get("article_id")) or rel
        self.add(rel=rel, where="file", article_id=aid, title=title, body=body, meta=meta_std, extra=extra)

    def _html_file(self, path: Path, rel: str, folder: str | None) -> None:
        import trafilatura

        html = self._decode(path, rel)
        if html is None:
            return
        doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, favor_recall=True)
        if doc is None:
            self.problem(rel, "file", "no main text", "trafilatura found no article text in the HTML")
            return
        d = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
        meta = {"date": d.get("date"), "url": d.get("url"), "outlet": d.get("sitename") or d.get("hostname"),
                "language": d.get("language")}
        meta_std = self._standard_meta(meta, rel, "html metadata")
        extra = {"author": d.get("author")} if d.get("author") else {}
        if folder is not None:
            extra["folder"] = folder
        self.add(rel=rel, where="file", article_id=rel, title=d.get("title"), body=d.get("text") or "",
                 meta=meta_std, extra=extra)

    def _csv_file(self, path: Path, rel: str) -> None:
        text = self._decode(path, rel, count_input=True)
        if text is None:
            return
        delimiter = "\t" if path.suffix.casefold() == ".tsv" else _sniff_delimiter(text)
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        try:
            header = next(reader)
        except StopIteration:
            self.problem(rel, "file", "empty file", "no header row")
            return
        header = [h.strip().lstrip("\ufeff") for h in header]
        records: list[tuple[str, dict[str, Any]]] = []
        start_line = reader.line_num + 1
        while True:
            try:
                values = next(reader)
            except StopIteration:
                break
            except csv.Error as exc:
                self.inputs += 1
                self.problem(rel, f"line {start_line}", "malformed CSV", str(exc))
                start_line = reader.line_num + 1
                continue
            where = f"line {start_line}"
            start_line = reader.line_num + 1
            if not values or all(not v.strip() for v in values):
                continue
            self.inputs += 1
            if len(values) != len(header):
                last = reader.line_num
                span = f" (the record runs to line {last}: an unclosed quote?)" if last > int(where[5:]) + 5 else ""
                self.problem(rel, where, "malformed CSV row",
                             f"{len(values)} fields where the header has {len(header)}{span}")
                continue
            records.append((where, dict(zip(header, values, strict=True))))
        self._records(records, header, rel)

    def _jsonl_file(self, path: Path, rel: str) -> None:
        text = self._decode(path, rel, count_input=True)
        if text is None:
            return
        items: list[tuple[str, Any]] = []
        for n, line in enumerate(text.split("\n"), start=1):
            if not line.strip():
                continue
            try:
                items.append((f"line {n}", json.loads(line)))
            except json.JSONDecodeError as exc:
                self.inputs += 1
                self.problem(rel, f"line {n}", "broken JSON line", str(exc))
        self._json_objects(items, rel)

    def _json_file(self, path: Path, rel: str) -> None:
        text = self._decode(path, rel, count_input=True)
        if text is None:
            return
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            self.inputs += 1
            self.problem(rel, "file", "broken JSON", str(exc))
            return
        if isinstance(data, dict):
            data = next((v for v in data.values() if isinstance(v, list)), [data])
        self._json_objects([(f"item {n}", obj) for n, obj in enumerate(data)], rel)

    def _json_objects(self, items: list[tuple[str, Any]], rel: str) -> None:
        """Every parsed JSON value is one input: an object is an article record, anything else a problem."""
        records: list[tuple[str, dict[str, Any]]] = []
        keys: dict[str, None] = {}
        for where, obj in items:
            self.inputs += 1
            if not isinstance(obj, dict):
                self.problem(rel, where, "not a JSON object", f"got {type(obj).__name__}")
                continue
            keys.update(dict.fromkeys(obj))
            records.append((where, obj))
        self._records(records, list(keys), rel)

    def _parquet_file(self, path: Path, rel: str) -> None:
        df = pd.read_parquet(path)
        records = [(f"row {i}", rec) for i, rec in enumerate(df.to_dict(orient="records"))]
        self.inputs += len(records)
        self._records(records, [str(c) for c in df.columns], rel)

    # -- tables -----------------------------------------------------------------------------
    def _records(self, records: list[tuple[str, dict[str, Any]]], header: list[str], rel: str) -> None:
        mapping = _map_columns(header, self.columns)
        if "body" not in mapping:
            # every row of this file is lost: one problem row per row, and a clear message
            detail = (f"no text column: looked for {list(COLUMN_NAMES['body'])} or columns={{'body': ...}}; "
                      f"the file has columns {header}")
            if not records:
                self.problem(rel, "file", "no text column", detail)
            for where, _ in records:
                self.problem(rel, where, "no text column", detail)
            return
        used = set(mapping.values())
        date_values = [rec.get(mapping["date"]) for _, rec in records] if "date" in mapping else []
        dayfirst = _infer_dayfirst(date_values)
        for where, rec in records:
            meta: dict[str, Any] = {}
            for role in ("outlet", "url", "language", "source_credit"):
                if role in mapping:
                    meta[role] = rec.get(mapping[role])
            if "date" in mapping:
                meta["date"] = _parse_date(rec.get(mapping["date"]), dayfirst=dayfirst)
                if meta["date"] is None and not _missing(rec.get(mapping["date"])):
                    self.problem(rel, where, "unreadable date", f"{rec.get(mapping['date'])!r} in column "
                                 f"{mapping['date']!r}; date left empty", outcome="kept")
            raw_id = rec.get(mapping["id"]) if "id" in mapping else None
            aid = str(raw_id).strip() if not _missing(raw_id) and str(raw_id).strip() else f"{rel}:{where}"
            extra = {k: v for k, v in rec.items() if k not in used and k not in ARTICLE_COLUMNS}
            self.add(rel=rel, where=where, article_id=aid, title=rec.get(mapping["title"]) if "title" in mapping
                     else None, body=rec.get(mapping["body"]), meta=meta, extra=extra)

    def _standard_meta(self, meta: dict[str, Any], rel: str, where: str) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if not meta:  # a plain text file: no front matter
            return out
        for role in ("outlet", "url", "language", "source_credit"):
            for name in COLUMN_NAMES[role]:
                if not _missing(meta.get(name)):
                    out[role] = meta[name]
                    break
        for name in COLUMN_NAMES["date"]:
            if not _missing(meta.get(name)):
                parsed = _parse_date(meta[name])
                if parsed is None:
                    self.problem(rel, where, "unreadable date", f"{meta[name]!r}; date left empty", outcome="kept")
                else:
                    out["date"] = parsed
                break
        return out

    # -- encodings --------------------------------------------------------------------------
    def _decode(self, path: Path, rel: str, *, count_input: bool = False) -> str | None:
        with open(path, "rb", buffering=0) as fh:  # unbuffered: one read of the whole file
            raw = fh.read()
        text, note = decode_bytes(raw)
        if text is None:
            if count_input:
                self.inputs += 1
            self.problem(rel, "file", note[0], note[1])
            return None
        if note:
            self.problem(rel, "file", note[0], note[1], outcome="kept")
        return text


_KNOWN_META = {name for names in COLUMN_NAMES.values() for name in names} | {"title", "judul"}


def decode_bytes(raw: bytes) -> tuple[str | None, tuple[str, str] | tuple[()]]:
    """Decode a file's bytes: UTF-8 (BOM or not), UTF-16/32 with BOM, else a detected legacy encoding.

    Returns:
        ``(text, note)``: ``note`` is empty for clean UTF-8, ``(reason, detail)`` for a fallback, or
        ``(None, (reason, detail))`` when the bytes are not text.
    """
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", errors="replace"), ()
    for bom, enc in ((b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
                     (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if raw.startswith(bom):
            try:
                return raw.decode(enc), ()
            except UnicodeDecodeError as exc:
                return None, ("undecodable", f"starts with a {enc} byte-order mark but does not decode: {exc}")
    if b"\x00" in raw[:8192]:
        return None, ("binary file", "contains NUL bytes: not a text file")
    try:
        return raw.decode("utf-8"), ()
    except UnicodeDecodeError as exc:
        first_error = exc
    sample = raw[:65536]
    control = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    if control > len(sample) * 0.05:
        return None, ("binary file", f"{control} control bytes in the first {len(sample)}: not a text file")
    high = sum(1 for b in sample if b >= 128)
    if high <= len(sample) * 0.3:
        # mostly ASCII with some high bytes (a pound sign, accented names): Western single-byte
        # text; a statistical detector guesses wildly on so little evidence. Text in another
        # script (Cyrillic, Greek, Arabic code pages) is mostly high bytes and goes to the detector.
        encoding = "cp1252"
    else:
        from charset_normalizer import from_bytes

        best = from_bytes(raw[:200_000]).best()
        encoding = best.encoding if best is not None else "cp1252"
        if encoding in {"utf_8", "ascii"}:
            encoding = "cp1252"
    try:
        text = raw.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        encoding = "latin-1"
        text = raw.decode(encoding)
    return text, ("decoding fallback", f"not valid UTF-8 ({first_error.reason} at byte {first_error.start}); "
                  f"decoded as {encoding}")


# ---- small helpers --------------------------------------------------------------------------
def _missing(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, str):  # the common case; pd.isna is slower and says False
        return False
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def _clean_str(value: Any) -> str | None:
    if _missing(value):
        return None
    s = str(value).strip()
    return s or None


def _parse_front_matter(text: str) -> dict[str, Any] | str:
    import yaml

    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 2}" if mark is not None else "unknown line"
        return f"not valid YAML ({where}: {getattr(exc, 'problem', exc)}); the block was kept as text"
    if data is None:
        return {}
    if not isinstance(data, dict):
        return f"front matter is a {type(data).__name__}, not a mapping; the block was kept as text"
    return data


def _sniff_delimiter(text: str) -> str:
    sample = text[:65536]
    try:
        return csv.Sniffer().sniff(sample.split("\n", 1)[0], delimiters=",;\t|").delimiter
    except csv.Error:
        return ","


def _map_columns(header: list[str], explicit: dict[str, str]) -> dict[str, str]:
    lower = {h.casefold(): h for h in reversed(header)}
    mapping: dict[str, str] = {}
    for role, names in COLUMN_NAMES.items():
        if role in explicit:
            continue
        for name in names:
            if name in lower and lower[name] not in mapping.values():
                mapping[role] = lower[name]
                break
    for role, col in explicit.items():
        if col not in header:
            raise CorpusError(f"columns={{{role!r}: {col!r}}}: no column {col!r}; the columns are {header}")
        mapping[role] = col
    return mapping


def _infer_dayfirst(values: Iterable[Any]) -> bool:
    """Day-first unless some ``a/b/yyyy`` value has b > 12 (then month-first, as in detik's export)."""
    for v in values:
        if _missing(v):
            continue
        m = _DATE_PARTS_RE.match(str(v))
        if m:
            a, b = int(m[1]), int(m[2])
            if b > 12 >= a:
                return False
            if a > 12:
                return True
    return True


def _parse_date(value: Any, *, dayfirst: bool = True) -> pd.Timestamp | None:
    if _missing(value) or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, pd.Timestamp):
        ts = value
    else:
        try:
            ts = pd.Timestamp(value) if not isinstance(value, str) else None
        except (ValueError, TypeError):
            ts = None
        if ts is None:
            s = str(value).strip()
            try:
                if _DATE_PARTS_RE.match(s):
                    ts = pd.to_datetime(s, dayfirst=dayfirst)
                else:
                    ts = pd.to_datetime(s, format="ISO8601") if _ISO_START_RE.match(s) else pd.to_datetime(s)
            except (ValueError, TypeError, OverflowError):
                from helpers.cleaning import find_date

                ts = find_date(s)
                if ts is None:
                    return None
    if ts is pd.NaT or pd.isna(ts):
        return None
    if ts.tzinfo is not None:
        ts = ts.tz_convert("UTC").tz_localize(None)
    return ts


def _resolve(spec: str | Path) -> Path | str:
    """A user path: as given (relative to the working directory), else relative to the project root."""
    p = Path(spec).expanduser()
    if p.exists() or p.is_absolute():
        return p
    alt = PROJECT_ROOT / p
    if alt.exists():
        return alt
    if _GLOB_CHARS_RE.search(str(spec)):
        return str(spec)
    return p


def _expand(inputs: str | Path | Iterable[str | Path]) -> Iterator[tuple[Path | None, str, str | None, str | None]]:
    """Yield ``(path, rel, folder, error)`` for every input file."""
    specs = [inputs] if isinstance(inputs, str | Path) else list(inputs)
    for spec in specs:
        target = _resolve(spec)
        if isinstance(target, str) or _GLOB_CHARS_RE.search(str(spec)) and not Path(target).exists():
            pattern = str(target)
            matches = sorted(glob.glob(pattern, recursive=True))
            if not matches:
                yield None, str(spec), None, f"no file matches the pattern {spec!r}"
            base = Path(pattern.split("*")[0]).parent if "*" in pattern else Path(pattern).parent
            for m in matches:
                mp = Path(m)
                if mp.is_file() and not mp.name.startswith("."):
                    yield mp, _rel(mp, base), _rel(mp.parent, base) if mp.parent != base else "", None
            continue
        path = Path(target)
        if path.is_dir():
            found: list[tuple[str, str]] = []
            for root, dirs, names in os.walk(path):
                # hidden folders, and folders named _something (coding sheets, notes), hold no articles
                dirs[:] = [d for d in dirs if not d.startswith((".", "_"))]
                folder = os.path.relpath(root, path).replace(os.sep, "/")
                folder = "" if folder == "." else folder
                found.extend((folder, n) for n in names if not n.startswith("."))
            dirs_seen: dict[str, Path] = {}
            for folder, name in sorted(found, key=lambda x: f"{x[0]}/{x[1]}" if x[0] else x[1]):
                rel = f"{folder}/{name}" if folder else name
                parent = dirs_seen.get(folder)
                if parent is None:
                    parent = dirs_seen[folder] = path / folder if folder else path
                # the same Path as ``path / rel``; pathlib's child constructor skips re-parsing the name
                child = getattr(parent, "_make_child_relpath", None)
                yield (child(name) if child is not None else parent / name), rel, folder, None
        elif path.is_file():
            yield path, path.name, None, None
        else:
            yield None, str(spec), None, f"no such file or folder: {spec} (looked in {Path.cwd()} and {PROJECT_ROOT})"


def _rel(path: Path, base: Path) -> str:
    try:
        return path.relative_to(base).as_posix()
    except ValueError:
        return path.as_posix()


def load_corpus(
    path_or_paths: str | Path | Iterable[str | Path],
    *,
    language: str | None = None,
    columns: dict[str, str] | None = None,
    clean: bool = True,
    progress: bool | None = None,
    workers: int | None = None,
    cache: bool | str | Path | None = None,
    engine: str = "pandas",
) -> Corpus:
    """Load articles from folders, globs or files into one clean articles table.

    Args:
        path_or_paths: a folder (read recursively), a glob (``"corpus/**/*.txt"``), a file, or a list
            of them. A relative path is looked up in the working directory, then the project root.
        language: ISO 639-1 code for every article; by default a ``language`` column or front-matter
            key, else detected per article.
        columns: explicit column names for tabular inputs, by role: ``{"body": "isi_berita",
            "title": "judul", "date": "tanggal", "url": "tautan", "outlet": ..., "id": ...}``.
        clean: remove scrape leftovers and read dateline, credit and date from the text.
        progress: show a progress bar (default: only when loading takes more than a few seconds).
        workers: processes that read and clean files; default: one per core (at most 4) for 4,000
            or more text files, else 1. Results are identical and in the same order either way.
        cache: Parquet cache (see ``helpers.scale``): ``True``, a cache directory, ``False``, or
            ``None`` (default: only large corpora are cached, under ``helpers.config.CACHE_DIR``).
        engine: ``"pandas"``, or ``"dask"`` to get a ``helpers.scale.DaskCorpus`` (Dask articles).

    Returns:
        A :class:`Corpus`: ``articles`` (``article_id``, ``title``, ``body``, ``outlet``,
        ``source_credit``, ``date``, ``dateline``, ``url``, ``language``, ``n_words``, ``path``, plus
        ``folder`` and every extra input column), ``problems`` (``path``, ``where``, ``reason``,
        ``detail``, ``outcome``) and ``removed`` (``article_id``, ``text``, ``reason``).

    Raises:
        CorpusError: no article could be loaded (the message lists the problems), or ``columns``
            names a column that does not exist.
    """
    if engine != "pandas" or cache is not False:  # Parquet cache and Dask: helpers/scale.py
        from helpers import scale

        return scale.load_corpus_engine(path_or_paths, engine=engine, cache=cache, language=language,
                                        columns=columns, clean=clean, progress=progress, workers=workers)
    from tqdm.auto import tqdm

    loader = _Loader(language=language, columns=dict(columns or {}), clean=clean)
    files = list(_expand(path_or_paths))
    n_workers = _worker_count(workers, files)
    quiet = progress is False or (progress is None and os.environ.get("TQDM_DISABLE", "") not in ("", "0"))
    bar = tqdm(total=len(files), desc="loading", unit="file", disable=quiet, delay=0 if progress else 3,
               mininterval=0.5)
    if n_workers > 1:
        import multiprocessing as mp
        from concurrent.futures import ProcessPoolExecutor

        chunks = [files[i:i + _CHUNK] for i in range(0, len(files), _CHUNK)]
        ctx = mp.get_context("fork") if "fork" in mp.get_all_start_methods() else None
        with ProcessPoolExecutor(max_workers=n_workers, mp_context=ctx) as pool:
            for part in pool.map(_load_chunk, chunks, [loader.language] * len(chunks),
                                 [loader.columns] * len(chunks), [clean] * len(chunks),
                                 [True] * len(chunks)):
                for i in part.undecided:  # py3langid's model is loaded here once, not in every worker
                    part.rows[i]["language"] = detect_language(part.rows[i]["body"])
                loader.rows.extend(part.rows)
                loader.problems.extend(part.problems)
                loader.removed.extend(part.removed)
                loader.inputs += part.inputs
                bar.update(part.files)
    else:
        for item in files:
            _load_one(loader, item)
            bar.update(1)
    bar.close()

    problems = pd.DataFrame(sorted(loader.problems, key=_problem_order), columns=[*PROBLEM_COLUMNS, "outcome"])
    if not loader.rows:
        listing = "; ".join(f"{p['path']} ({p['where']}): {p['reason']}: {p['detail']}" for p in loader.problems[:10])
        raise CorpusError(f"no articles loaded from {path_or_paths!s}" + (f": {listing}" if listing else
                          ": no input files found"))
    articles = pd.DataFrame(loader.rows)
    articles, dup_problems = _unique_ids(articles)
    if dup_problems:
        problems = pd.DataFrame(sorted([*loader.problems, *dup_problems], key=_problem_order),
                                columns=[*PROBLEM_COLUMNS, "outcome"])
    articles = _finish(articles)
    removed = pd.DataFrame(loader.removed, columns=list(REMOVED_COLUMNS)).astype("string")
    # removed rows refer to the final article ids
    return Corpus(articles=articles, problems=problems.astype("string"), removed=removed, inputs=loader.inputs)


_CHUNK = 500
#: Below this many files, loading runs in one process (starting workers costs more than it saves).
PARALLEL_MIN_FILES = 4000


def _worker_count(workers: int | None, files: list[Any]) -> int:
    import os

    if workers is not None:
        return max(1, workers)
    n_text = sum(1 for f in files if f[0] is not None and f[0].suffix.casefold() in TEXT_SUFFIXES)
    return min(os.cpu_count() or 1, 4) if n_text >= PARALLEL_MIN_FILES else 1


def _load_one(loader: _Loader, item: tuple[Path | None, str, str | None, str | None]) -> None:
    path, rel, folder, error = item
    if error is not None:
        loader.inputs += 1
        loader.problem(rel, "input", "not found", error)
        return
    assert path is not None
    if DOC_FILE_RE.match(path.name) and folder is not None:
        loader.inputs += 1
        loader.problem(rel, "file", "skipped", "documentation file (README/LICENSE), not an article")
        return
    loader.load_file(path, rel, folder)


@dataclass
class _Part:
    rows: list[dict[str, Any]]
    problems: list[dict[str, Any]]
    removed: list[tuple[str, str, str]]
    inputs: int
    files: int
    undecided: list[int] = field(default_factory=list)


def _load_chunk(items: list[tuple[Path | None, str, str | None, str | None]], language: str | None,
                columns: dict[str, str], clean: bool, defer_language: bool = False) -> _Part:
    """Load a group of files. With ``defer_language``, rows listed in ``undecided`` still need
    :func:`helpers.cleaning.detect_language` (py3langid) on their ``body``."""
    loader = _Loader(language=language, columns=columns, clean=clean, defer_language=defer_language)
    for item in items:
        _load_one(loader, item)
    return _Part(loader.rows, loader.problems, loader.removed, loader.inputs, len(items), loader.undecided)


def _problem_order(problem: dict[str, Any]) -> tuple[str, int, str]:
    """Stable order for the problems table: by path, then line/row number, then reason."""
    digits = _DIGITS_RE.search(str(problem["where"]))
    return str(problem["path"]), int(digits.group()) if digits else -1, str(problem["reason"])


def _unique_ids(articles: pd.DataFrame) -> tuple[pd.DataFrame, list[dict[str, Any]]]:
    ids = articles["article_id"].astype(str).tolist()
    seen: dict[str, int] = {}
    problems = []
    new_ids = []
    taken = set(ids)
    for i, aid in enumerate(ids):
        if aid in seen:
            k = seen[aid] + 1
            while f"{aid}-{k}" in taken:
                k += 1
            seen[aid] = k
            new = f"{aid}-{k}"
            taken.add(new)
            problems.append({"path": articles.at[i, "path"], "where": articles.at[i, "_where"], "reason": "duplicate id",
                             "detail": f"id {aid!r} already used; this article is {new!r}", "outcome": "kept"})
            new_ids.append(new)
        else:
            seen[aid] = 1
            new_ids.append(aid)
    out = articles.copy()
    out["article_id"] = new_ids
    return out, problems


def _finish(articles: pd.DataFrame) -> pd.DataFrame:
    out = articles.drop(columns=["_where"])
    for col in ARTICLE_COLUMNS:
        if col not in out:
            out[col] = None
    extra = [c for c in out.columns if c not in ARTICLE_COLUMNS]
    out = out[list(ARTICLE_COLUMNS) + extra]
    lo, hi = pd.Timestamp.min, pd.Timestamp.max
    dates = [d if isinstance(d, pd.Timestamp) and lo <= d <= hi else pd.NaT for d in out["date"]]
    out["date"] = pd.Series(pd.to_datetime(dates), index=out.index).astype("datetime64[ns]")
    for col in ("article_id", "title", "body", "outlet", "source_credit", "dateline", "url", "language", "path"):
        out[col] = out[col].astype("string")
    out["n_words"] = out["n_words"].astype("int64")
    return out.reset_index(drop=True)
