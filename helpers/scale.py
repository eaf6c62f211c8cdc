"""Large corpora: a Parquet cache of loaded corpora, and the analyses on a Dask cluster.

- ``load_corpus(path, cache=True)`` (or :func:`load_corpus_cached`) keeps the three tables of a
  loaded corpus as Parquet under ``helpers.config.CACHE_DIR`` (``MEDIA_CACHE_DIR``), keyed by the
  resolved inputs, the load options, every input file's size and modification time (ns) and the
  loader's own code and lexicons. Any change is a miss; a damaged cache file is detected (SHA-256 in
  a manifest written last) and rebuilt, never trusted. Writes are atomic (temp file + ``os.replace``).
- ``load_corpus(path, engine="dask")`` (or :func:`load_corpus_dask`) returns a :class:`DaskCorpus`
  whose ``articles`` is a Dask DataFrame with the same columns as the pandas table, partitioned by
  input files (loaded on the workers) or, from the cache, by Parquet row groups.
- ``*_dask`` analyses run the pandas analysis per partition and aggregate, giving the same result
  as the pandas path.

Start a cluster with :func:`start_local_cluster` (guard scripts with ``if __name__ == "__main__":``,
worker processes are spawned) or connect to one: ``dask.distributed.Client("tcp://scheduler:8786")``.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import uuid
import warnings
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

from helpers import config
from helpers.tables import ARTICLE_COLUMNS, PROBLEM_COLUMNS, REMOVED_COLUMNS, require_columns

if TYPE_CHECKING:  # dask is imported lazily: ``import helpers`` stays fast
    import dask.dataframe as dd
    from distributed import Client

__all__ = [
    "CACHE_FORMAT",
    "DaskCorpus",
    "cache_key",
    "cache_entry",
    "clear_cache",
    "load_corpus_cached",
    "load_corpus_dask",
    "load_corpus_engine",
    "start_local_cluster",
    "dask_client",
    "connect",
    "open_corpus",
    "map_rows",
    "map_articles",
    "combine_counts",
    "term_counts_dask",
    "keyness_dask",
    "extract_quotes_dask",
    "score_frames_dask",
    "find_reuse_dask",
]

#: Bump when the layout of a cache entry changes (older entries are then misses).
CACHE_FORMAT = 1
#: ``cache=None`` caches only corpora at least this large (bytes of input) or with this many files.
AUTO_CACHE_MIN_BYTES = 100_000_000
AUTO_CACHE_MIN_FILES = 10_000
#: Articles per Parquet row group in the cache (the Dask partition when reading from the cache).
ROW_GROUP_ROWS = 5_000
#: Input files per Dask partition when loading files on the workers (``npartitions=None``; at least
#: two partitions per worker thread of the current cluster).
FILES_PER_PARTITION = 2_500
_TABLES = ("articles", "problems", "removed")
_PROBLEM_COLUMNS = (*PROBLEM_COLUMNS, "outcome")
_HASH_CHUNK = 1 << 20


# ---- the cache ---------------------------------------------------------------------------------
def _options(language: str | None, columns: dict[str, str] | None, clean: bool) -> dict[str, Any]:
    return {"language": language, "columns": sorted((columns or {}).items()), "clean": bool(clean)}


@lru_cache(maxsize=1)
def _loader_fingerprint() -> str:
    """Hash of the code and lexicons that shape a loaded corpus: a change in them is a miss."""
    h = hashlib.sha256()
    package = config.PACKAGE_DIR
    files = [package / "corpus.py", package / "cleaning.py", package / "text.py", package / "tables.py"]
    files += sorted(config.LEXICON_DIR.glob("*/*.txt"))
    for path in files:
        h.update(path.relative_to(package).as_posix().encode())
        h.update(path.read_bytes() if path.is_file() else b"<missing>")
    from importlib.metadata import PackageNotFoundError, version

    for dist in ("pandas", "pyarrow", "trafilatura", "py3langid", "charset-normalizer", "pyyaml"):
        try:
            h.update(f"{dist}=={version(dist)}".encode())
        except PackageNotFoundError:
            h.update(f"{dist}: absent".encode())
    return h.hexdigest()


def _inputs(path_or_paths: Any) -> list[tuple[Path | None, str, str | None, str | None]]:
    from helpers.corpus import _expand

    return list(_expand(path_or_paths))


def _fingerprint(files: list[tuple[Path | None, str, str | None, str | None]],
                 options: dict[str, Any]) -> tuple[str, str, int]:
    """``(key, source, input_bytes)``: ``source`` ignores sizes and times (the same corpus, older)."""
    entries = []
    sources = []
    total = 0
    for path, rel, folder, error in files:
        if path is None:
            entries.append(["missing", rel, error])
            sources.append(["missing", rel])
            continue
        try:
            st = path.stat()
        except OSError as exc:
            entries.append(["unreadable", rel, str(exc)])
            sources.append(["unreadable", rel])
            continue
        total += st.st_size
        resolved = str(path.resolve())
        entries.append([resolved, rel, folder, st.st_size, st.st_mtime_ns])
        sources.append([resolved, rel])
    head = {"format": CACHE_FORMAT, "loader": _loader_fingerprint(), "options": options}
    key = hashlib.sha256(json.dumps({**head, "inputs": entries}, sort_keys=True, default=str).encode()).hexdigest()
    source = hashlib.sha256(json.dumps({**head, "inputs": sources}, sort_keys=True, default=str).encode()).hexdigest()
    return key[:32], source[:32], total


def cache_key(
    path_or_paths: str | Path | Iterable[str | Path],
    *,
    language: str | None = None,
    columns: dict[str, str] | None = None,
    clean: bool = True,
) -> str:
    """The cache key of a corpus: inputs (resolved), options, each file's size and mtime (ns), loader code."""
    return _fingerprint(_inputs(path_or_paths), _options(language, columns, clean))[0]


def _cache_root(cache: bool | str | Path | None) -> Path:
    root = Path(cache).expanduser() if isinstance(cache, str | Path) else Path(config.CACHE_DIR)
    return root.resolve() / "corpora"


def cache_entry(
    path_or_paths: str | Path | Iterable[str | Path],
    *,
    cache: str | Path | None = None,
    language: str | None = None,
    columns: dict[str, str] | None = None,
    clean: bool = True,
) -> Path:
    """The folder a corpus is (or would be) cached in: ``<cache or CACHE_DIR>/corpora/<key>/``."""
    return _cache_root(cache) / cache_key(path_or_paths, language=language, columns=columns, clean=clean)


def clear_cache(cache: str | Path | None = None) -> int:
    """Delete every cached corpus under ``cache`` (default ``CACHE_DIR``); returns how many."""
    root = _cache_root(cache)
    if not root.is_dir():
        return 0
    n = 0
    for entry in root.iterdir():
        if entry.is_dir():
            shutil.rmtree(entry, ignore_errors=True)
            n += 1
    return n


def _check_not_inside_inputs(root: Path, specs: Any, cache: bool | str | Path | None) -> bool:
    """False (with a warning) when the default cache folder lies inside an input folder; an explicit
    ``cache`` directory there is an error. The cache is never written among the user's inputs."""
    from helpers.corpus import _resolve

    spec_list = [specs] if isinstance(specs, str | Path) else list(specs)
    for spec in spec_list:
        target = _resolve(spec)
        if isinstance(target, Path) and target.is_dir():
            base = target.resolve()
            if root == base or base in root.parents:
                message = (f"the cache directory {root} is inside the corpus folder {base}; choose a cache "
                           "directory outside the inputs (cache=... or MEDIA_CACHE_DIR)")
                if isinstance(cache, str | Path):
                    raise ValueError(message)
                warnings.warn(message + "; loading without the cache", stacklevel=3)
                return False
    return True


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(_HASH_CHUNK):
            h.update(chunk)
    return h.hexdigest()


def _atomic_replace(tmp: Path, target: Path) -> None:
    with tmp.open("rb+") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, target)


def _write_parquet(df: pd.DataFrame, target: Path, *, row_group_rows: int | None = None) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.Table.from_pandas(df, preserve_index=False)
    tmp = target.with_name(f".{target.name}.{uuid.uuid4().hex}.tmp")
    try:
        pq.write_table(table, tmp, row_group_size=max(1, row_group_rows or ROW_GROUP_ROWS), compression="zstd")
        _atomic_replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)


def _read_entry(entry: Path, *, verify: bool = True) -> tuple[dict[str, Any] | None, str | None]:
    """``(manifest, None)`` for a sound entry, ``(None, reason)`` for a missing or damaged one."""
    manifest_path = entry / "manifest.json"
    if not manifest_path.is_file():
        return None, None
    try:
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        tables = manifest["tables"]
        for name in _TABLES:
            info = tables[name]
            path = entry / info["file"]
            if not path.is_file():
                return None, f"{info['file']} is missing"
            if path.stat().st_size != info["bytes"]:
                return None, f"{info['file']} has {path.stat().st_size} bytes, the manifest says {info['bytes']}"
            if verify and _sha256(path) != info["sha256"]:
                return None, f"{info['file']} does not match its SHA-256 checksum"
    except (OSError, ValueError, KeyError, TypeError) as exc:
        return None, f"unreadable manifest ({type(exc).__name__}: {exc})"
    return manifest, None


def _load_entry(entry: Path, manifest: dict[str, Any]) -> Any:
    from helpers.corpus import Corpus

    tables = {}
    for name in _TABLES:
        df = pd.read_parquet(entry / manifest["tables"][name]["file"])
        if len(df) != manifest["tables"][name]["rows"]:
            raise ValueError(f"{name}: {len(df)} rows, the manifest says {manifest['tables'][name]['rows']}")
        tables[name] = df
    return Corpus(articles=tables["articles"], problems=tables["problems"], removed=tables["removed"],
                  inputs=int(manifest["inputs"]))


def _store(corpus: Any, entry: Path, *, source: str, specs: Any) -> bool:
    """Write the three tables, then the manifest (atomically); False (with a warning) if not storable."""
    entry.mkdir(parents=True, exist_ok=True)
    (entry / "manifest.json").unlink(missing_ok=True)  # an entry without a manifest is a miss
    tables = {}
    try:
        for name in _TABLES:
            target = entry / f"{name}.parquet"
            df = getattr(corpus, name)
            _write_parquet(df, target)
            tables[name] = _table_record(target, len(df))
    except (TypeError, ValueError, OSError) as exc:  # pyarrow's ArrowInvalid is a ValueError
        warnings.warn(f"corpus not cached: its tables cannot be stored as Parquet faithfully "
                      f"({type(exc).__name__}: {exc}); loading works, but uncached", stacklevel=3)
        shutil.rmtree(entry, ignore_errors=True)
        return False
    _finish_entry(entry, corpus, tables, source=source, specs=specs)
    return True


def _table_record(path: Path, rows: int) -> dict[str, Any]:
    """A table's line in the manifest: file, rows, size and checksum."""
    return {"file": path.name, "rows": rows, "bytes": path.stat().st_size, "sha256": _sha256(path)}


def _finish_entry(entry: Path, corpus: Any, tables: dict[str, Any], *, source: str, specs: Any) -> None:
    """Write the manifest last (atomically), which makes the entry valid, then drop older entries."""
    manifest = {"format": CACHE_FORMAT, "key": entry.name, "source": source, "inputs": corpus.inputs,
                "specs": [str(s) for s in ([specs] if isinstance(specs, str | Path) else list(specs))],
                "created": pd.Timestamp.now(tz="UTC").isoformat(), "tables": tables}
    tmp = entry / f".manifest.{uuid.uuid4().hex}.tmp"
    try:
        tmp.write_text(json.dumps(manifest, indent=1), encoding="utf-8")
        _atomic_replace(tmp, entry / "manifest.json")
    finally:
        tmp.unlink(missing_ok=True)
    _prune(entry, source)


def _prune(keep: Path, source: str) -> None:
    """Remove older entries of the same corpus (same inputs and options, other sizes or times)."""
    for other in keep.parent.iterdir():
        if other == keep or not other.is_dir():
            continue
        try:
            if json.loads((other / "manifest.json").read_text(encoding="utf-8")).get("source") == source:
                shutil.rmtree(other, ignore_errors=True)
        except (OSError, ValueError):
            continue


def _wants_cache(cache: bool | str | Path | None, n_files: int, n_bytes: int) -> bool:
    if cache is None:
        return n_files >= AUTO_CACHE_MIN_FILES or n_bytes >= AUTO_CACHE_MIN_BYTES
    return cache is not False


def load_corpus_cached(
    path_or_paths: str | Path | Iterable[str | Path],
    *,
    cache: bool | str | Path | None = True,
    language: str | None = None,
    columns: dict[str, str] | None = None,
    clean: bool = True,
    progress: bool | None = None,
    workers: int | None = None,
) -> Any:
    """:func:`helpers.load_corpus` through the Parquet cache.

    Args:
        path_or_paths: as for ``load_corpus``.
        cache: ``True`` (cache under ``helpers.config.CACHE_DIR``, env ``MEDIA_CACHE_DIR``), a
            directory to cache in, ``False`` (no cache), or ``None``: cache only large corpora
            (at least ``AUTO_CACHE_MIN_FILES`` files or ``AUTO_CACHE_MIN_BYTES`` bytes).
        language, columns, clean, progress, workers: as for ``load_corpus``; ``language``,
            ``columns`` and ``clean`` are part of the key.

    Returns:
        The same :class:`helpers.corpus.Corpus` (``articles``, ``problems``, ``removed``, same
        columns and dtypes) that ``load_corpus`` returns.
    """
    from helpers.corpus import load_corpus

    options = _options(language, columns, clean)
    files = _inputs(path_or_paths)
    key, source, n_bytes = _fingerprint(files, options)

    def fresh() -> Any:
        return load_corpus(path_or_paths, language=language, columns=columns, clean=clean, progress=progress,
                           workers=workers, cache=False)

    if not _wants_cache(cache, len(files), n_bytes):
        return fresh()
    root = _cache_root(cache)
    if not _check_not_inside_inputs(root, path_or_paths, cache):
        return fresh()
    entry = root / key
    manifest, damage = _read_entry(entry)
    if manifest is not None:
        try:
            return _load_entry(entry, manifest)
        except Exception as exc:  # a damaged Parquet file: rebuild, never trust it
            damage = f"unreadable Parquet ({type(exc).__name__}: {exc})"
    if damage:
        warnings.warn(f"cached corpus at {entry} is damaged ({damage}); rebuilding it", stacklevel=2)
        shutil.rmtree(entry, ignore_errors=True)
    corpus = fresh()
    if _fingerprint(_inputs(path_or_paths), options)[0] != key:
        warnings.warn("inputs changed while loading; the corpus was not cached", stacklevel=2)
        return corpus
    try:
        _store(corpus, entry, source=source, specs=path_or_paths)
    except OSError as exc:  # an unwritable cache never stops a load
        warnings.warn(f"corpus not cached at {entry}: {exc}", stacklevel=2)
    return corpus


def load_corpus_engine(
    path_or_paths: str | Path | Iterable[str | Path],
    *,
    engine: str = "pandas",
    cache: bool | str | Path | None = None,
    language: str | None = None,
    columns: dict[str, str] | None = None,
    clean: bool = True,
    progress: bool | None = None,
    workers: int | None = None,
) -> Any:
    """What ``load_corpus(..., cache=..., engine=...)`` delegates to: the cache, or Dask."""
    if engine == "dask":
        return load_corpus_dask(path_or_paths, cache=cache, language=language, columns=columns, clean=clean)
    if engine != "pandas":
        raise ValueError(f"engine={engine!r}: use 'pandas' or 'dask'")
    return load_corpus_cached(path_or_paths, cache=cache, language=language, columns=columns, clean=clean,
                              progress=progress, workers=workers)


# ---- Dask: loading -----------------------------------------------------------------------------
@dataclass
class DaskCorpus:
    """A corpus on Dask: ``articles`` is a Dask DataFrame with the pandas table's columns and dtypes.

    Attributes:
        articles: Dask DataFrame, one row per article (``article_id``, ``title``, ``body``, ...,
            ``path``, plus ``folder`` and extra input columns), in the order ``load_corpus`` gives.
        problems: pandas ``path``, ``where``, ``reason``, ``detail``, ``outcome``.
        removed: pandas ``article_id``, ``text``, ``reason``.
        inputs: how many inputs (files, rows) were read.
    """

    articles: dd.DataFrame
    problems: pd.DataFrame
    removed: pd.DataFrame
    inputs: int = 0

    def __repr__(self) -> str:
        return (f"DaskCorpus({self.articles.npartitions} partitions, {len(self.problems)} problems, "
                f"{len(self.removed)} removed lines, from {self.inputs} inputs)")

    def summary(self) -> pd.DataFrame:
        """The one-row overview of :meth:`helpers.corpus.Corpus.summary` (only its columns are collected)."""
        from helpers.corpus import Corpus

        cols = [c for c in ("outlet", "language", "date", "n_words") if c in self.articles.columns]
        return Corpus(articles=self.articles[cols].compute(), problems=self.problems, removed=self.removed,
                      inputs=self.inputs).summary()

    def compute(self) -> Any:
        """The pandas :class:`helpers.corpus.Corpus` (brings every article into this process)."""
        from helpers.corpus import Corpus

        return Corpus(articles=self.articles.compute(), problems=self.problems, removed=self.removed,
                      inputs=self.inputs)


def _load_files(files: list[tuple[Path | None, str, str | None, str | None]], language: str | None,
                columns: dict[str, str], clean: bool) -> dict[str, Any]:
    """Load a group of input files (on a worker): raw rows, problems and removed lines."""
    from helpers.corpus import _load_chunk

    part = _load_chunk(files, language, dict(columns), clean)  # what load_corpus's own workers run
    return {"rows": pd.DataFrame(part.rows), "problems": part.problems, "removed": part.removed,
            "inputs": part.inputs}


def _part_summary(part: dict[str, Any]) -> dict[str, Any]:
    rows = part["rows"]
    ids = rows[["article_id", "path", "_where"]].copy() if len(rows) else None
    dtypes = {str(c): rows[c].dtype for c in rows.columns if rows[c].notna().any()}
    return {"ids": ids, "columns": [str(c) for c in rows.columns], "dtypes": dtypes, "n": len(rows),
            "problems": part["problems"], "removed": part["removed"], "inputs": part["inputs"]}


def _conform(part: dict[str, Any], ids: list[str] | None, columns: list[str], dtypes: dict[str, Any],
             start: int) -> pd.DataFrame:
    """One partition in the final shape: ids made unique, every column, the pandas dtypes, global index."""
    from helpers.corpus import _finish

    rows = part["rows"]
    if not len(rows):
        return _empty_articles(columns, dtypes)
    rows = rows.copy()
    if ids is not None:
        rows["article_id"] = ids
    out = _finish(rows)
    for c in columns:
        if c not in out:
            out[c] = None
    out = out[columns]
    for c, dtype in dtypes.items():
        if c not in ARTICLE_COLUMNS and out[c].dtype != dtype:
            out[c] = out[c].astype(dtype)
    out.index = pd.RangeIndex(start, start + len(out))
    return out


def _empty_articles(columns: list[str], dtypes: dict[str, Any]) -> pd.DataFrame:
    from helpers.corpus import _finish

    base = pd.DataFrame({c: pd.Series(dtype="object") for c in [*ARTICLE_COLUMNS, "_where"]})
    out = _finish(base)
    for c in columns:
        if c not in out:
            out[c] = pd.Series(dtype=dtypes.get(c, "object"))
    return out[columns]


def _cluster_threads() -> int:
    """Worker threads of the current ``distributed`` client (1 without one)."""
    try:
        from distributed import default_client

        return max(1, sum(default_client().nthreads().values()))
    except (ImportError, ValueError):
        return 1


def _chunks(items: Sequence[Any], npartitions: int) -> list[list[Any]]:
    n = max(1, min(npartitions, len(items)))
    size, extra = divmod(len(items), n)
    out, start = [], 0
    for i in range(n):
        stop = start + size + (1 if i < extra else 0)
        out.append(list(items[start:stop]))
        start = stop
    return out


def load_corpus_dask(
    path_or_paths: str | Path | Iterable[str | Path],
    *,
    npartitions: int | None = None,
    cache: bool | str | Path | None = None,
    language: str | None = None,
    columns: dict[str, str] | None = None,
    clean: bool = True,
) -> DaskCorpus:
    """Load a corpus as a Dask DataFrame, in parallel on the current Dask scheduler.

    From a valid cache (see :func:`load_corpus_cached`) the articles are read from its Parquet file,
    one partition per row group (``ROW_GROUP_ROWS`` articles). Otherwise input files are split into
    ``npartitions`` groups loaded on the workers, and
    kept there; ids are made unique across partitions exactly as ``load_corpus`` does. With ``cache``
    on, the loaded tables are then written to the cache (partition by partition, one row group each).

    Args:
        path_or_paths: as for ``load_corpus``.
        npartitions: groups of input files (a table file is never split: one file, one partition);
            default ``FILES_PER_PARTITION`` files each, at least two groups per worker thread.
        cache: as for :func:`load_corpus_cached` (``None``: only large corpora).
        language, columns, clean: as for ``load_corpus``.

    Returns:
        :class:`DaskCorpus` (``articles`` Dask DataFrame with the columns and dtypes of
        ``load_corpus(...).articles``, pandas ``problems`` and ``removed``).

    Raises:
        helpers.corpus.CorpusError: no article could be loaded.
    """
    import dask
    import dask.dataframe as dd

    from helpers.corpus import CorpusError, _problem_order, _unique_ids

    options = _options(language, columns, clean)
    files = _inputs(path_or_paths)
    key, source, n_bytes = _fingerprint(files, options)
    use_cache = _wants_cache(cache, len(files), n_bytes)
    if use_cache:
        use_cache = _check_not_inside_inputs(_cache_root(cache), path_or_paths, cache)
    entry = None
    if use_cache:
        root = _cache_root(cache)
        entry = root / key
        manifest, damage = _read_entry(entry)
        if manifest is not None:
            try:
                return _dask_from_entry(entry, manifest)
            except Exception as exc:
                damage = f"unreadable Parquet ({type(exc).__name__}: {exc})"
        if damage:
            warnings.warn(f"cached corpus at {entry} is damaged ({damage}); rebuilding it", stacklevel=2)
            shutil.rmtree(entry, ignore_errors=True)

    groups = _chunks(files, npartitions or max(-(-len(files) // FILES_PER_PARTITION), 2 * _cluster_threads()))
    loads = [dask.delayed(_load_files, pure=True)(g, language, dict(columns or {}), clean) for g in groups]
    loads = list(dask.persist(*loads))  # stays on the workers; only summaries come back
    summaries = dask.compute(*[dask.delayed(_part_summary)(p) for p in loads])

    problems = [p for s in summaries for p in s["problems"]]
    removed = [r for s in summaries for r in s["removed"]]
    inputs = sum(s["inputs"] for s in summaries)
    problems_df = pd.DataFrame(sorted(problems, key=_problem_order), columns=list(_PROBLEM_COLUMNS))
    id_frames = [s["ids"] for s in summaries if s["ids"] is not None]
    if not id_frames:
        listing = "; ".join(f"{p['path']} ({p['where']}): {p['reason']}: {p['detail']}" for p in problems[:10])
        raise CorpusError(f"no articles loaded from {path_or_paths!s}" + (f": {listing}" if listing else
                          ": no input files found"))
    all_ids = pd.concat(id_frames, ignore_index=True)
    unique, dup_problems = _unique_ids(all_ids)
    if dup_problems:
        problems_df = pd.DataFrame(sorted([*problems, *dup_problems], key=_problem_order),
                                   columns=list(_PROBLEM_COLUMNS))
    renamed = unique["article_id"].tolist() if dup_problems else None

    # columns in first-seen order, as pd.DataFrame(rows) gives them; dtypes as one table would infer
    extra: dict[str, None] = {}
    for s in summaries:
        extra.update(dict.fromkeys(c for c in s["columns"] if c not in ARTICLE_COLUMNS and c != "_where"))
    final_columns = [*ARTICLE_COLUMNS, *extra]
    dtypes = _extra_dtypes(summaries, list(extra))

    parts, divisions, start = [], [0], 0
    for part, s in zip(loads, summaries, strict=True):
        if not s["n"]:
            continue
        ids = renamed[start:start + s["n"]] if renamed is not None else None
        parts.append(dask.delayed(_conform, pure=True)(part, ids, final_columns, dtypes, start))
        start += s["n"]
        divisions.append(start)
    divisions[-1] = start - 1
    meta = _empty_articles(final_columns, dtypes)
    with dask.config.set({"dataframe.convert-string": False}):  # keep the pandas dtypes as they are
        articles = dd.from_delayed(parts, meta=meta, divisions=tuple(divisions), verify_meta=False)
    articles = articles.persist()
    removed_df = pd.DataFrame(removed, columns=list(REMOVED_COLUMNS)).astype("string")
    result = DaskCorpus(articles=articles, problems=problems_df.astype("string"), removed=removed_df, inputs=inputs)
    if use_cache and entry is not None and _fingerprint(_inputs(path_or_paths), options)[0] == key:
        try:
            _store_dask(result, entry, source=source, specs=path_or_paths)
        except OSError as exc:
            warnings.warn(f"corpus not cached at {entry}: {exc}", stacklevel=2)
    return result


def _extra_dtypes(summaries: Sequence[dict[str, Any]], extra: list[str]) -> dict[str, Any]:
    dtypes: dict[str, Any] = {}
    for c in extra:
        seen = {s["dtypes"][c] for s in summaries if c in s["dtypes"]}
        missing_somewhere = any(c not in s["columns"] or c not in s["dtypes"] for s in summaries if s["n"])
        if len(seen) == 1:
            dtype = next(iter(seen))
            if missing_somewhere and pd.api.types.is_integer_dtype(dtype) and not isinstance(
                    dtype, pd.api.extensions.ExtensionDtype):
                dtype = "float64"
            elif missing_somewhere and pd.api.types.is_bool_dtype(dtype):
                dtype = "object"
            dtypes[c] = dtype
        else:
            dtypes[c] = "object"
    return dtypes


def _dask_from_entry(entry: Path, manifest: dict[str, Any]) -> DaskCorpus:
    """The cached articles as a Dask DataFrame: one partition per Parquet row group, known divisions."""
    import dask
    import dask.dataframe as dd
    import pyarrow.parquet as pq

    path = entry / manifest["tables"]["articles"]["file"]
    meta_file = pq.ParquetFile(path)
    counts = [meta_file.metadata.row_group(i).num_rows for i in range(meta_file.metadata.num_row_groups)]
    meta = meta_file.schema_arrow.empty_table().to_pandas()
    pieces, divisions, start = [], [0], 0
    for i, n in enumerate(counts):
        if not n:
            continue
        pieces.append((str(path), i, start))
        start += n
        divisions.append(start)
    if not pieces:
        raise ValueError("the cached articles table has no rows")
    divisions[-1] = start - 1
    with dask.config.set({"dataframe.convert-string": False}):  # keep the pandas dtypes as they are
        articles = dd.from_map(_read_row_group, pieces, meta=meta, divisions=tuple(divisions),
                               enforce_metadata=False)
    problems = pd.read_parquet(entry / manifest["tables"]["problems"]["file"])
    removed = pd.read_parquet(entry / manifest["tables"]["removed"]["file"])
    return DaskCorpus(articles=articles, problems=problems, removed=removed, inputs=int(manifest["inputs"]))


def _read_row_group(piece: tuple[str, int, int]) -> pd.DataFrame:
    import pyarrow.parquet as pq

    path, group, start = piece
    df = pq.ParquetFile(path).read_row_group(group).to_pandas()
    df.index = pd.RangeIndex(start, start + len(df))
    return df


def _store_dask(corpus: DaskCorpus, entry: Path, *, source: str, specs: Any) -> bool:
    """Cache a Dask-loaded corpus: partitions written one at a time (one row group each)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    entry.mkdir(parents=True, exist_ok=True)
    (entry / "manifest.json").unlink(missing_ok=True)
    target = entry / "articles.parquet"
    tmp = target.with_name(f".{target.name}.{uuid.uuid4().hex}.tmp")
    rows = 0
    try:
        writer = None
        try:
            for i in range(corpus.articles.npartitions):
                part = corpus.articles.get_partition(i).compute()
                table = pa.Table.from_pandas(part, preserve_index=False)
                if writer is None:
                    writer = pq.ParquetWriter(tmp, table.schema, compression="zstd")
                writer.write_table(table, row_group_size=len(part) or 1)
                rows += len(part)
        finally:
            if writer is not None:
                writer.close()
        _atomic_replace(tmp, target)
        tables = {"articles": _table_record(target, rows)}
        for name in ("problems", "removed"):
            t = entry / f"{name}.parquet"
            df = getattr(corpus, name)
            _write_parquet(df, t)
            tables[name] = _table_record(t, len(df))
    except (TypeError, ValueError, OSError) as exc:
        warnings.warn(f"corpus not cached: its tables cannot be stored as Parquet faithfully "
                      f"({type(exc).__name__}: {exc})", stacklevel=3)
        shutil.rmtree(entry, ignore_errors=True)
        return False
    finally:
        tmp.unlink(missing_ok=True)
    _finish_entry(entry, corpus, tables, source=source, specs=specs)
    return True


# ---- Dask: clusters and the generic per-partition machinery ------------------------------------
def start_local_cluster(n_workers: int = 2, *, threads_per_worker: int = 1, processes: bool = True,
                        memory_limit: str | int = "auto", **kwargs: Any) -> Client:
    """Start a ``dask.distributed.LocalCluster`` and return a Client connected to it (now the default).

    Worker processes are spawned: in a script, call this under ``if __name__ == "__main__":``.
    Close with ``client.close(); client.cluster.close()`` (or use the client as a context manager).
    To use an existing cluster instead: ``dask.distributed.Client("tcp://scheduler:8786")``.
    """
    from distributed import Client, LocalCluster

    cluster = LocalCluster(n_workers=n_workers, threads_per_worker=threads_per_worker, processes=processes,
                           memory_limit=memory_limit, dashboard_address=kwargs.pop("dashboard_address", ":0"),
                           **kwargs)
    return Client(cluster)


def dask_client(scheduler: str | None = None, *, n_workers: int = 2) -> Client:
    """A Client for notebooks: connect to ``scheduler`` (``"tcp://scheduler:8786"``), else start a local cluster.

    The address of a cluster started elsewhere (``dask scheduler`` + ``dask worker``, Dask on
    Kubernetes or YARN) is all a notebook needs; workers must have this package installed and see
    the corpus files (loading happens on the workers).
    """
    if scheduler:
        from distributed import Client

        return Client(scheduler)
    return start_local_cluster(n_workers)


#: Clients this process started or connected to, by scheduler address (None: the local cluster).
_CLIENTS: dict[str | None, Any] = {}


def connect(engine: str = "pandas", scheduler: str | None = None, *, n_workers: int | None = None) -> Client | None:
    """The Dask client a notebook's ``ENGINE`` and ``SCHEDULER`` parameters ask for (None for pandas).

    ``engine="dask"`` with ``scheduler=None`` uses the current default client if there is one, else
    starts a local cluster (``n_workers``, default ``min(2, CPUs)``, one thread each) once per process;
    ``scheduler="tcp://host:8786"`` connects to that cluster (once per address). Later calls reuse them.

    Raises:
        ValueError: ``engine`` is neither ``"pandas"`` nor ``"dask"``.
    """
    if engine == "pandas":
        return None
    if engine != "dask":
        raise ValueError(f"engine={engine!r}: use 'pandas' or 'dask'")
    scheduler = str(scheduler) if scheduler else None
    known = _CLIENTS.get(scheduler)
    if known is not None and known.status == "running":
        return known
    if scheduler is None:
        try:
            from distributed import default_client

            return default_client()
        except ValueError:
            pass
        client = start_local_cluster(n_workers or max(1, min(2, os.cpu_count() or 1)))
    else:
        client = dask_client(scheduler)
    _CLIENTS[scheduler] = client
    return client


def open_corpus(
    path_or_paths: str | Path | Iterable[str | Path],
    *,
    engine: str = "pandas",
    scheduler: str | None = None,
    language: str | None = None,
    cache: bool | str | Path | None = None,
    **options: Any,
) -> Any:
    """A notebook's corpus: ``load_corpus`` on pandas, or on Dask through :func:`connect`.

    Args:
        path_or_paths: as for ``load_corpus``.
        engine: ``"pandas"`` (a :class:`helpers.corpus.Corpus`) or ``"dask"`` (a :class:`DaskCorpus`
            whose ``articles`` every notebook helper accepts).
        scheduler: with ``engine="dask"``: a scheduler address, or None for a local cluster.
        language, cache, **options: as for ``load_corpus`` (``columns``, ``clean``, ...).
    """
    from helpers.corpus import load_corpus

    connect(engine, scheduler)
    return load_corpus(path_or_paths, language=language, cache=cache, engine=engine, **options)


def _as_dask(articles: Any) -> dd.DataFrame:
    import dask.dataframe as dd

    if isinstance(articles, DaskCorpus):
        return articles.articles
    if isinstance(articles, dd.DataFrame):
        return articles
    if isinstance(articles, pd.DataFrame):
        return dd.from_pandas(articles, npartitions=max(1, min(8, len(articles) // 500 or 1)))
    raise TypeError(f"expected a Dask or pandas DataFrame (articles table), got {type(articles).__name__}")


def map_articles(articles: Any, func: Callable[..., pd.DataFrame], *, meta: pd.DataFrame | None = None,
                 columns: Sequence[str] = ("article_id", "body"), **kwargs: Any) -> dd.DataFrame:
    """Run a pandas ``articles -> table`` function on every partition; the rows keep article order.

    Args:
        articles: Dask (or pandas) articles table, or a :class:`DaskCorpus`.
        func: a public helper taking an articles DataFrame first (``extract_quotes``, ``score_frames``).
        meta: an empty result table (default: ``func`` on an empty articles table).
        columns: the columns ``func`` needs (checked on the Dask table up front).
        **kwargs: keyword options for ``func``.

    Returns:
        A Dask DataFrame: the concatenation of ``func`` per partition.
    """
    ddf = _as_dask(articles)
    require_columns(ddf._meta, columns)
    if meta is None:
        meta = func(ddf._meta.iloc[:0], **kwargs)
    dtypes = {str(c): t for c, t in meta.dtypes.items()}
    return ddf.map_partitions(_apply_reset, func, kwargs, dtypes, meta=meta, enforce_metadata=False)


def map_rows(articles: Any, func: Callable[..., pd.DataFrame], *args: Any, **kwargs: Any) -> pd.DataFrame:
    """``func(articles, *args, **kwargs)`` for a row-wise helper (rows per article, in article order):
    run on every partition, concatenated into the pandas table the whole table gives."""
    ddf = _as_dask(articles)
    meta = func(ddf._meta.iloc[:0], *args, **kwargs)  # checks columns and options here, first
    dtypes = {str(c): t for c, t in meta.dtypes.items()}
    parts = ddf.map_partitions(_apply_reset, func, kwargs, dtypes, args, meta=meta, enforce_metadata=False)
    return _compute(parts).reset_index(drop=True)


def _apply_reset(part: pd.DataFrame, func: Callable[..., pd.DataFrame], kwargs: dict[str, Any],
                 dtypes: dict[str, Any], args: tuple[Any, ...] = ()) -> pd.DataFrame:
    out = func(part, *args, **kwargs).reset_index(drop=True)
    if not len(out):  # an empty partition result keeps the result's dtypes (concat would widen them)
        return pd.DataFrame({c: pd.Series(dtype=t) for c, t in dtypes.items()})
    return out


def combine_counts(tables: Iterable[pd.DataFrame], *, by: Sequence[str], sum_columns: Sequence[str]) -> pd.DataFrame:
    """Add up per-partition count tables: one row per ``by`` key, ``sum_columns`` summed."""
    frames = [t for t in tables if len(t)]
    if not frames:
        return pd.DataFrame(columns=[*by, *sum_columns])
    both = pd.concat(frames, ignore_index=True)
    return both.groupby(list(by), sort=False, dropna=False)[list(sum_columns)].sum().reset_index()


def _tree_reduce(items: list[Any], combine: Callable[[list[Any]], Any], *, fan_in: int = 4) -> Any:
    """Combine delayed partial results in a tree (``fan_in`` at a time), on the workers."""
    import dask

    if not items:
        return dask.delayed(combine)([])
    level = list(items)
    while len(level) > 1:
        level = [dask.delayed(combine, pure=True)(level[i:i + fan_in]) for i in range(0, len(level), fan_in)]
    return level[0] if len(items) > 1 else dask.delayed(combine, pure=True)(level)


def _compute(obj: Any) -> Any:
    import dask

    return dask.compute(obj)[0]


# ---- terms: term_counts and keyness from aggregated counts -------------------------------------
#: Token options whose result depends on the whole corpus (names: words never written in lower case
#: anywhere), so they cannot be computed partition by partition.
_CORPUS_WIDE_OPTIONS = {"stem": True, "clitics": "strip"}


def _check_token_options(token_options: dict[str, Any]) -> None:
    for name, value in _CORPUS_WIDE_OPTIONS.items():
        if token_options.get(name) == value:
            raise ValueError(f"{name}={value!r} protects names found anywhere in the corpus, which a partition "
                             "cannot know: the Dask path does not support it; use the pandas path "
                             "(helpers.term_counts on corpus.articles.compute())")


def _term_partial(part: pd.DataFrame, by: str | None, ngrams: tuple[int, int], language: str | None,
                  text_column: str, token_options: dict[str, Any]) -> dict[Any, list[Any]]:
    """One partition: ``{group: [term counts, term article counts, words, articles]}`` (no min_count/top)."""
    from helpers.terms import term_counts

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # the driver has warned once already
        tc = term_counts(part, by=by, ngrams=ngrams, min_count=1, top=None, language=language,
                         text_column=text_column, **token_options)
    n_words, n_articles = tc.attrs.get("n_words", 0), tc.attrs.get("n_articles", 0)
    words = n_words if isinstance(n_words, dict) else {None: n_words}
    arts = n_articles if isinstance(n_articles, dict) else {None: n_articles}
    out: dict[Any, list[Any]] = {g: [Counter(), Counter(), int(words[g]), int(arts.get(g, 0))] for g in words}
    if len(tc):
        groups = tc[by].tolist() if by else [None] * len(tc)
        terms = tc["term"].tolist()
        counts = tc["count"].tolist()
        docs = tc["articles"].tolist()
        if by is None:
            out[None][0] = Counter(dict(zip(terms, counts, strict=True)))
            out[None][1] = Counter(dict(zip(terms, docs, strict=True)))
        else:
            for g, t, c, d in zip(groups, terms, counts, docs, strict=True):
                out[g][0][t] = c
                out[g][1][t] = d
    return out


def _term_combine(parts: list[dict[Any, list[Any]]]) -> dict[Any, list[Any]]:
    if not parts:
        return {}
    out = parts[0]
    for other in parts[1:]:
        for g, (counts, docs, words, arts) in other.items():
            if g not in out:
                out[g] = [counts, docs, words, arts]
                continue
            mine = out[g]
            if len(counts) > len(mine[0]):  # add the smaller into the larger
                counts, mine[0] = mine[0], counts
                docs, mine[1] = mine[1], docs
            mine[0].update(counts)
            mine[1].update(docs)
            mine[2] += words
            mine[3] += arts
    return out


def _group_order(group: Any) -> tuple[str, str]:
    # the order helpers.terms sorts groups in
    return (str(type(group).__name__), str(group)) if group is not None else ("", "")


def _term_partials(articles: Any, *, by: str | None, ngrams: tuple[int, int], language: str | None,
                   text_column: str, token_options: dict[str, Any]) -> Any:
    import dask

    ddf = _as_dask(articles)
    require_columns(ddf._meta, ["article_id", text_column, *([by] if by else [])])
    _check_token_options(token_options)
    from helpers.terms import term_counts

    term_counts(ddf._meta, by=by, ngrams=ngrams, language=language, text_column=text_column,
                **token_options)  # validates the options here, before any work is sent out
    parts = [dask.delayed(_term_partial, pure=True)(p, by, tuple(ngrams), language, text_column, token_options)
             for p in ddf.to_delayed()]
    return _tree_reduce(parts, _term_combine)


def term_counts_dask(
    articles: Any,
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
    """:func:`helpers.terms.term_counts` on a Dask articles table: counts per partition, then summed.

    Args:
        articles: Dask (or pandas) articles table, or a :class:`DaskCorpus`; columns in: ``article_id``,
            ``body`` (or ``text_column``), ``language`` (optional), ``by`` (optional).
        by, ngrams, min_count, min_articles, top, language, text_column, forms, **token_options: as for
            ``term_counts`` (``min_count``, ``min_articles`` and ``top`` apply to the summed counts;
            ``forms`` from the written tokens summed over partitions). ``stem=True`` and
            ``clitics="strip"`` need the whole corpus at once and are refused.

    Returns:
        The table ``term_counts`` returns: [``by``], ``term``, ``count``, ``articles``, ``share``, in the
        same order, with ``attrs`` ``n_words`` and ``n_articles``.
    """
    totals = _compute(_term_partials(articles, by=by, ngrams=ngrams, language=language, text_column=text_column,
                                     token_options=token_options))
    frames = []
    for group in sorted(totals, key=_group_order):  # as helpers.terms.term_counts builds its table
        counts, docs, n_words, _ = totals[group]
        if not counts:
            continue
        terms = np.fromiter(counts.keys(), dtype=object, count=len(counts))
        cnt = np.fromiter(counts.values(), dtype=np.int64, count=len(counts))
        n_docs = np.fromiter((docs[t] for t in counts), dtype=np.int64, count=len(counts))
        keep = (cnt >= min_count) & (n_docs >= min_articles)
        terms, cnt = terms[keep], cnt[keep]
        order = np.lexsort((terms.astype(str), -cnt)) if len(terms) else np.array([], dtype=np.int64)
        if top is not None:
            order = order[:top]
        terms, cnt = terms[order], cnt[order]
        frame = pd.DataFrame({
            "term": pd.array(terms, dtype="string"),
            "count": cnt,
            "articles": np.fromiter((docs.get(t, 0) for t in terms), dtype=np.int64, count=len(terms)),
            "share": cnt / n_words if n_words else np.zeros(len(cnt)),
        })
        if by is not None:
            frame.insert(0, by, group)
        frames.append(frame)
    columns = ([by] if by else []) + ["term", "count", "articles", "share"]
    if frames:
        out = pd.concat(frames, ignore_index=True)
    else:
        out = pd.DataFrame({c: pd.Series(dtype={"count": "int64", "articles": "int64", "share": "float64",
                                                "term": "string"}.get(c, "object")) for c in columns})
    if forms:
        out["form"] = _forms_dask(articles, out["term"], language=language, text_column=text_column,
                                  token_options=token_options)
    ordered = sorted(totals, key=_group_order)
    if by is None:
        out.attrs["n_words"] = int(totals[None][2]) if None in totals else 0
        out.attrs["n_articles"] = int(totals[None][3]) if None in totals else 0
    else:
        out.attrs["n_words"] = {g: int(totals[g][2]) for g in ordered}
        out.attrs["n_articles"] = {g: int(totals[g][3]) for g in ordered}
    return out


def _forms_partial(part: pd.DataFrame, text_column: str, token_options: dict[str, Any],
                   language: str | None) -> tuple[Counter, Counter]:
    from helpers.terms import _options, _written_forms

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return _written_forms(part, text_column=text_column, options=_options(token_options), language=language)


def _forms_combine(parts: list[tuple[Counter, Counter]]) -> tuple[Counter, Counter]:
    written: Counter = Counter()
    langs: Counter = Counter()
    for w, lang in parts:  # in partition order: ties keep the order of first appearance
        written.update(w)
        langs.update(lang)
    return written, langs


def _forms_dask(articles: Any, terms: pd.Series, *, language: str | None, text_column: str,
                token_options: dict[str, Any]) -> pd.Series:
    """``term_counts(..., forms=True)``'s ``form`` column: written tokens counted per partition."""
    import dask

    from helpers.terms import _most_common_language, _Normalizer, _options, _pick_forms

    parts = [dask.delayed(_forms_partial, pure=True)(p, text_column, token_options, language)
             for p in _as_dask(articles).to_delayed()]
    written, langs = _compute(_tree_reduce(parts, _forms_combine))
    options = _options(token_options)
    return _pick_forms(written, terms, _Normalizer(_most_common_language(langs), options))


def _group_sizes(values: pd.Series) -> pd.Series:
    """Articles per group label (missing: "(missing)", as helpers.terms labels it)."""
    values = values.astype("object")
    return values.where(values.notna(), "(missing)").value_counts(sort=False).rename("count")


def _distinct(values: pd.Series) -> pd.Series:
    return values.astype("object").drop_duplicates()


def _assign_side(part: pd.DataFrame, by: str, target: Any, reference: Any) -> pd.DataFrame:
    values = part[by].astype("object")
    labels = values.where(values.notna(), "(missing)")
    side = pd.Series(np.where(labels == target, "target", "reference"), index=part.index, dtype="object")
    if reference is not None:
        side = side.where((labels == target) | (labels == reference), None)
    keep = side.notna()
    return part.loc[keep].assign(_side=side[keep])


def keyness_dask(
    articles: Any,
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
    """:func:`helpers.terms.keyness` on a Dask articles table: G2 and Log Ratio from summed counts.

    Args:
        articles: Dask (or pandas) articles table or :class:`DaskCorpus`; columns in: ``article_id``,
            ``body``, ``by``, ``language`` (optional).
        by, target, reference, ngrams, min_count, min_articles, language, text_column, **token_options:
            as for ``keyness`` (``target=None``: the group with most articles).

    Returns:
        The table ``keyness`` returns: ``term``, ``count_target``, ``count_reference``,
        ``per_1k_target``, ``per_1k_reference``, ``g2``, ``p_value``, ``log_ratio``, ``direction``;
        sorted by g2 (descending), term; the same ``attrs`` (``note`` says why a table is empty).
    """
    from helpers.terms import keyness_from_totals

    columns = ["term", "count_target", "count_reference", "per_1k_target", "per_1k_reference", "g2", "p_value",
               "log_ratio", "direction"]
    ddf = _as_dask(articles)
    require_columns(ddf._meta, ["article_id", text_column] + ([by] if by else []))
    sizes: Counter = Counter()
    if by is not None:
        counted = _compute(ddf[by].map_partitions(_group_sizes, meta=pd.Series(dtype="int64", name="count")))
        for label, n in counted.items():
            sizes[label] += int(n)
    values = set(sizes)
    if by is None or len(values) < 2:
        note = ("keyness needs two groups to compare; "
                + ("no group column was given" if by is None else f"column {by!r} has {len(values)} value(s)"))
        warnings.warn(note, stacklevel=2)
        out = pd.DataFrame({c: pd.Series(dtype="string" if c == "term" else "object") for c in columns})
        out.attrs.update(target=target, reference=reference if reference is not None else "rest", by=by,
                         target_words=0, reference_words=0, note=note)
        return out
    if target is None:
        target = sorted(sizes, key=lambda g: (-int(sizes[g]), str(g)))[0]
    for name, value in (("target", target), ("reference", reference)):
        if value is not None and value not in values:
            raise ValueError(f"{name} {value!r} is not a value of column {by!r}; "
                             f"values: {sorted(values, key=_group_order)[:20]}")
    sides = ddf.map_partitions(_assign_side, by, target, reference,
                               meta=ddf._meta.assign(_side=pd.Series(dtype="object")))
    totals = _compute(_term_partials(sides, by="_side", ngrams=ngrams, language=language,
                                     text_column=text_column, token_options=token_options))
    empty: list[Any] = [Counter(), Counter(), 0, 0]
    ct, dt, c, _ = totals.get("target", empty)
    cr, dr, d, _ = totals.get("reference", empty)
    return keyness_from_totals((ct, dt, int(c)), (cr, dr, int(d)), min_count=min_count, min_articles=min_articles,
                               target=target, reference=reference, by=by)


# ---- per-article analyses: quotes and frames ---------------------------------------------------
def extract_quotes_dask(articles: Any, *, language: str | None = None, documents: bool = True) -> dd.DataFrame:
    """:func:`helpers.quotes.extract_quotes` per partition: a Dask quotes table, in article order.

    Columns out: the quotes table (``article_id``, ``quote_id``, ``kind``, ``quote``, ``start``,
    ``end``, ``speaker``, ``speaker_name``, ``speaker_role``, ``cue``, ``sentence``). ``.compute()``
    gives what ``extract_quotes`` gives on the whole table (quote ids are per article); ``documents`` as there.
    """
    from helpers.quotes import extract_quotes
    from helpers.tables import QUOTE_COLUMNS

    meta = pd.DataFrame({c: pd.Series(dtype="int64" if c in ("start", "end") else "object") for c in QUOTE_COLUMNS})
    return map_articles(articles, extract_quotes, meta=meta, language=language, documents=documents)


def score_frames_dask(articles: Any, *, scheme: Any = "generic", unit: str = "article",
                      language: str | None = None, quotes: pd.DataFrame | None = None,
                      threshold: int | None = None, include_title: bool = False) -> Any:
    """:func:`helpers.frames.score_frames` per partition (``unit`` ``"article"`` or ``"sentence"``).

    The scheme is loaded (and checked) once here and sent to the workers. Columns out: those of
    ``score_frames`` (``article_id``, ``frame``, ``hits``, ``per_1k_words``, ``present``, ``evidence``,
    ...); ``.compute()`` equals ``score_frames`` on the whole table. ``unit="quote"`` scores the
    (pandas) ``quotes`` table here, reading only ``article_id`` and ``language`` of the articles.
    """
    from helpers.frames import load_scheme, score_frames
    from helpers.tables import collect_columns

    loaded = load_scheme(scheme)
    if unit == "quote":
        light = None if articles is None else collect_columns(articles, ["article_id", "language"])
        return score_frames(light, scheme=loaded, unit=unit, language=language, quotes=quotes, threshold=threshold)
    if unit not in ("article", "sentence"):
        raise ValueError(f"unit={unit!r}: use 'article', 'sentence' or 'quote'")
    ddf = _as_dask(articles)
    require_columns(ddf._meta, ["article_id", "body"])
    sample = score_frames(_meta_sample(), scheme=loaded, unit=unit, language=language, threshold=threshold,
                          include_title=include_title)
    meta = sample.iloc[:0]
    return map_articles(ddf, score_frames, meta=meta, scheme=loaded, unit=unit, language=language,
                        threshold=threshold, include_title=include_title)


def _meta_sample() -> pd.DataFrame:
    return pd.DataFrame({"article_id": ["x"], "body": ["A sample sentence."], "language": ["en"]})


# ---- reuse: MinHash signatures per partition, LSH bands across partitions, exact scores ---------
#: Bodies per vocabulary chunk in ``helpers.reuse._corpus_shingles`` (word ids depend on it).
_REUSE_CHUNK = 10_000


def _reuse_bodies(part: pd.DataFrame) -> list[str]:
    return ["" if (b is None or (isinstance(b, float) and np.isnan(b)) or b is pd.NA) else str(b)
            for b in part["body"].tolist()]


def _reuse_words(bodies: list[str]) -> tuple[Any, np.ndarray, list[str]]:
    """Words as ``helpers.reuse._corpus_shingles`` reads them: ``(indices, parent, dictionary)``."""
    import pyarrow as pa
    import pyarrow.compute as pc

    from helpers.reuse import _TRIM

    words = pc.utf8_split_whitespace(pc.utf8_lower(pa.array(bodies, type=pa.large_string())))
    flat = pc.utf8_trim(pc.list_flatten(words), characters=_TRIM)
    parent = pc.list_parent_indices(words)
    keep = pc.greater(pc.utf8_length(flat), 0)
    flat = pc.filter(flat, keep)
    if len(flat) == 0:
        return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64), []
    parent = pc.filter(parent, keep).to_numpy(zero_copy_only=False).astype(np.int64)
    encoded = pc.dictionary_encode(flat)  # dictionary in order of first appearance
    return encoded.indices.to_numpy(zero_copy_only=False), parent, encoded.dictionary.to_pylist()


def _reuse_pieces(part: pd.DataFrame, start: int) -> list[tuple[int, list[str]]]:
    """Per vocabulary chunk this partition overlaps: its words in order of first appearance."""
    bodies = _reuse_bodies(part)
    out, i = [], 0
    while i < len(bodies):
        chunk = (start + i) // _REUSE_CHUNK
        stop = min(len(bodies), (chunk + 1) * _REUSE_CHUNK - start)
        out.append((chunk, _reuse_words(bodies[i:stop])[2]))
        i = stop
    return out


def _reuse_vocabulary(pieces: list[list[tuple[int, list[str]]]]) -> dict[str, int]:
    """The word ids ``_corpus_shingles`` gives the whole corpus, from the partitions' pieces."""
    import itertools

    by_chunk: dict[int, dict[str, None]] = {}
    for part in pieces:
        for chunk, words in part:
            by_chunk.setdefault(chunk, {}).update(dict.fromkeys(words))
    vocabulary: dict[str, int] = {}
    counter = itertools.count()
    for chunk in sorted(by_chunk):
        for word in by_chunk[chunk]:  # the chunk's dictionary: one counter step per entry, as there
            vocabulary.setdefault(word, next(counter))
    return vocabulary


def _reuse_signatures(part: pd.DataFrame, start: int, vocabulary: dict[str, int], k: int, num_perm: int,
                      window: int) -> dict[str, Any]:
    """Shingles (kept on the worker) and the MinHash rows to index (whole bodies and windows)."""
    from helpers.reuse import _shingle_hashes, _signature_rows

    bodies = _reuse_bodies(part)
    shingles: dict[int, np.ndarray] = {}
    if bodies:
        indices, parent, dictionary = _reuse_words(bodies)
        if len(dictionary):
            lookup = np.fromiter((vocabulary[w] for w in dictionary), dtype=np.uint64, count=len(dictionary))
            ids = lookup[indices]
            n = len(bodies)
            token_end = np.cumsum(np.bincount(parent, minlength=n))
            hashes = _shingle_hashes(ids, k)
            doc = parent[: len(hashes)]
            valid = np.arange(len(hashes)) + k <= token_end[doc]
            hashes, doc = hashes[valid], doc[valid]
            bounds = np.concatenate(([0], np.cumsum(np.bincount(doc, minlength=n))))
            shingles = {start + i: hashes[bounds[i]:bounds[i + 1]] for i in range(n) if bounds[i + 1] > bounds[i]}
    owners = list(shingles)
    if not owners:
        return {"shingles": shingles, "owner": np.empty(0, dtype=np.int64),
                "rows": np.empty((0, num_perm), dtype=np.uint64)}
    owner, rows = _signature_rows([shingles[o] for o in owners], owners, num_perm=num_perm, window=window)
    return {"shingles": shingles, "owner": np.asarray(owner, dtype=np.int64), "rows": rows}


def _reuse_index(sig: dict[str, Any]) -> tuple[np.ndarray, np.ndarray]:
    return sig["owner"], sig["rows"]


_REUSE_META = ("article_id", "body", "language", "outlet", "source_credit", "date")


def _reuse_gather(part: pd.DataFrame, start: int, sig: dict[str, Any], wanted: frozenset[int]) -> dict[int, Any]:
    """The candidates of this partition: unique shingles, id, body and the columns find_reuse reads."""
    out = {}
    cols = [c for c in _REUSE_META if c in part.columns]
    records = part[cols].to_dict(orient="records")
    for pos in sorted(wanted.intersection(range(start, start + len(part)))):
        rec = records[pos - start]
        rec["article_id"] = str(rec["article_id"])
        sh = sig["shingles"].get(pos)
        out[pos] = (np.unique(sh) if sh is not None else np.empty(0, dtype=np.uint64), rec)
    return out


def find_reuse_dask(
    articles: Any,
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
    max_bucket: int = 200,
    translations: bool = True,
) -> pd.DataFrame:
    """:func:`helpers.reuse.find_reuse` on a Dask articles table: the same pairs table.

    Word ids (first appearance in the corpus) are agreed across partitions first; each partition
    then shingles its bodies and computes the MinHash signatures (whole bodies and windows) on its
    worker, keeping the shingles there. Only the signatures come back: the LSH bands bucket them
    (``helpers.reuse._lsh_candidates``), and the exact scores and passages are computed for the
    candidate pairs alone, from their shingles and bodies. Translations (articles in different
    ``language`` values) need corpus-wide feature weights: when the corpus has more than one
    language, ``id``, ``title``, ``body``, ``language``, ``date``, ``source_credit`` and ``outlet``
    are collected here for :func:`helpers.reuse.translation_pairs` (a warning says so).

    Args:
        articles: Dask (or pandas) articles table or :class:`DaskCorpus`; columns in: ``article_id``,
            ``body``; ``language``, ``title``, ``outlet``, ``date``, ``source_credit`` where present.
        threshold ... translations: as for ``find_reuse`` (``index`` is always ``"numpy"``).

    Returns:
        The pairs table of ``find_reuse`` (``REUSE_COLUMNS``), in its order.
    """
    import dask

    from helpers import reuse as R

    ddf = _as_dask(articles)
    require_columns(ddf._meta, ["article_id", "body"])
    parts = ddf.to_delayed()
    lengths = _compute([dask.delayed(len)(p) for p in parts])
    starts = np.concatenate(([0], np.cumsum(lengths)[:-1])).astype(int).tolist()
    ids_seen = _compute([dask.delayed(_ids_of)(p) for p in parts])
    all_ids = pd.Series([i for chunk in ids_seen for i in chunk], dtype="object")
    if all_ids.duplicated().any():
        raise ValueError(f"article_id must be unique; repeated: {all_ids[all_ids.duplicated()].tolist()[:5]}")

    pieces = _compute([dask.delayed(_reuse_pieces)(p, s) for p, s in zip(parts, starts, strict=True)])
    vocabulary = _reuse_vocabulary(pieces)
    del pieces
    try:
        from distributed import default_client

        # a list of one: Client.scatter would make every entry of a dict its own future
        vocab_ref: Any = default_client().scatter([vocabulary], broadcast=True)[0]
    except (ImportError, ValueError):
        vocab_ref = vocabulary
    sigs = [dask.delayed(_reuse_signatures, pure=True)(p, s, vocab_ref, shingle_size, num_perm, window)
            for p, s in zip(parts, starts, strict=True)]
    sigs = list(dask.persist(*sigs))
    index = _compute([dask.delayed(_reuse_index)(s) for s in sigs])
    owner = np.concatenate([o for o, _ in index]) if index else np.empty(0, dtype=np.int64)
    rows = [r for _, r in index if len(r)]
    candidates: set[tuple[int, int]] = set()
    if len(set(owner.tolist())) >= 2:
        candidates = R._lsh_candidates(owner.tolist(), np.concatenate(rows), threshold=lsh_threshold,
                                       num_perm=num_perm, max_bucket=max_bucket, index="numpy")
    wanted = frozenset(x for pair in candidates for x in pair)
    gathered: dict[int, Any] = {}
    for got in _compute([dask.delayed(_reuse_gather)(p, s, g, wanted)
                         for p, s, g in zip(parts, starts, sigs, strict=True)]):
        gathered.update(got)

    # exact scores on the candidates: what same_language_pairs does with them
    frames = []
    same = R._score_candidates(candidates, lambda p: gathered[p][0], lambda p: gathered[p][1]["article_id"],
                               lambda p: _body(gathered[p][1]), threshold=threshold,
                               near_duplicate=near_duplicate, duplicate=duplicate, shingle_size=shingle_size,
                               passages=passages, min_shingles=min_shingles)
    if len(same):
        frames.append(same.assign(evidence=[R._passage_evidence(p) for p in same["passages"]]))
    meta_rows = {rec["article_id"]: rec for _, rec in gathered.values()}
    if translations and "language" in ddf.columns:
        languages = {v for v in _compute(ddf["language"].map_partitions(_distinct, meta=("language", "object")))
                     if isinstance(v, str) and v}
        if len(languages) > 1:
            warnings.warn("translation pairs need corpus-wide weights: the columns they read were collected "
                          "into this process", stacklevel=2)
            cols_t = [c for c in ("article_id", "title", "body", "language", "date", "source_credit", "outlet")
                      if c in ddf.columns]
            local = ddf[cols_t].compute()
            trans = R.translation_pairs(local, threshold=translation_threshold, min_shared=min_shared,
                                        date_window=date_window)
            if len(trans):
                frames.append(trans.assign(passages=[[] for _ in range(len(trans))]))
                wanted_ids = set(trans["article_a"]) | set(trans["article_b"])
                sub = local[local["article_id"].astype(str).isin(wanted_ids)]
                for rec in sub[[c for c in _REUSE_META if c in sub.columns]].to_dict(orient="records"):
                    rec["article_id"] = str(rec["article_id"])
                    meta_rows.setdefault(rec["article_id"], rec)
    meta = pd.DataFrame(list(meta_rows.values()), columns=[c for c in _REUSE_META if c in ddf.columns])
    return R._finish_pairs(frames, meta)


def _ids_of(part: pd.DataFrame) -> list[str]:
    return part["article_id"].astype(str).tolist()


def _body(rec: dict[str, Any]) -> str:
    b = rec.get("body")
    return "" if (b is None or (isinstance(b, float) and np.isnan(b)) or b is pd.NA) else str(b)
