"""The tables every module shares: column names and one check for required columns."""

from __future__ import annotations

import functools
import importlib
import inspect
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

import pandas as pd

F = TypeVar("F", bound=Callable[..., Any])

ARTICLE_COLUMNS: tuple[str, ...] = (
    "article_id",
    "title",
    "body",
    "outlet",
    "source_credit",
    "date",
    "dateline",
    "url",
    "language",
    "n_words",
    "path",
)
PROBLEM_COLUMNS: tuple[str, ...] = ("path", "where", "reason", "detail")
REMOVED_COLUMNS: tuple[str, ...] = ("article_id", "text", "reason")
QUOTE_COLUMNS: tuple[str, ...] = (
    "article_id",
    "quote_id",
    "kind",
    "quote",
    "start",
    "end",
    "speaker",
    "speaker_name",
    "speaker_role",
    "cue",
    "sentence",
)
FRAME_COLUMNS: tuple[str, ...] = ("article_id", "frame", "hits", "per_1k_words", "present", "evidence")


def require_columns(df: pd.DataFrame, columns: Iterable[str], *, table: str = "articles") -> None:
    """Raise a clear error when ``df`` lacks any of ``columns``.

    Args:
        df: the table handed to a public helper.
        columns: the columns that helper needs.
        table: what the table is called in the message (``articles``, ``quotes``...).

    Raises:
        TypeError: ``df`` is not a DataFrame.
        ValueError: naming the missing columns and the columns that exist.
    """
    if not isinstance(df, pd.DataFrame):
        raise TypeError(f"expected a pandas DataFrame ({table} table), got {type(df).__name__}")
    missing = [c for c in columns if c not in df.columns]
    if missing:
        raise ValueError(
            f"the {table} table lacks column(s) {missing}; it has {list(map(str, df.columns))}"
        )


def empty_table(columns: Iterable[str]) -> pd.DataFrame:
    """An empty DataFrame with the given columns (object dtype)."""
    return pd.DataFrame({c: pd.Series(dtype="object") for c in columns})


def is_distributed(table: Any) -> bool:
    """True for a Dask articles table or a ``helpers.scale.DaskCorpus`` (checked without importing Dask)."""
    module = type(table).__module__
    return module.startswith("dask") or type(table).__name__ == "DaskCorpus"


def dask_aware(func: F) -> F:
    """Let an analysis take a Dask table too: ``term_counts(dask_articles)`` runs
    ``helpers.scale.term_counts_dask`` (per partition, then combined) and returns the same pandas
    table the pandas path gives. A pandas table goes to ``func`` unchanged."""

    @functools.wraps(func)
    def wrapper(articles: Any, *args: Any, **kwargs: Any) -> Any:
        if not is_distributed(articles):
            return func(articles, *args, **kwargs)
        scale = importlib.import_module("helpers.scale")  # scale builds on the analyses: import late
        result = getattr(scale, f"{func.__name__}_dask")(articles, *args, **kwargs)
        # per-partition rows (quotes, frame scores): one table numbered 0..n-1, as the pandas path gives
        return result.compute().reset_index(drop=True) if is_distributed(result) else result

    return wrapper  # type: ignore[return-value]


def _dask_frame(table: Any) -> Any:
    """The Dask DataFrame behind a Dask table or a ``DaskCorpus``."""
    return getattr(table, "articles", table) if type(table).__name__ == "DaskCorpus" else table


def collect_columns(
    table: Any,
    columns: Iterable[str] | None = None,
    *,
    exclude: Iterable[str] = (),
    ids: Iterable[str] | None = None,
) -> pd.DataFrame:
    """The pandas table a whole-table helper reads: only the columns it needs are computed.

    A pandas table is returned as it is (no copy). A Dask table (or ``DaskCorpus``) gives the pandas
    table of ``columns`` (those it has; every column when None) minus ``exclude``, in its column
    order, with the same index and dtypes the pandas path has; ``ids`` keeps only those articles.

    Args:
        table: articles table (pandas or Dask) or ``helpers.scale.DaskCorpus``.
        columns: the columns the helper reads (missing ones are left to its ``require_columns``).
        exclude: columns never computed (``body``, ``title``: the heavy text).
        ids: ``article_id`` values to keep (as strings); None keeps all.
    """
    if not is_distributed(table):
        return table
    ddf = _dask_frame(table)
    wanted = set(ddf.columns) if columns is None else set(columns)
    wanted -= set(exclude)
    keep = [c for c in ddf.columns if c in wanted]
    if ids is not None:
        if "article_id" not in keep:
            keep.insert(0, "article_id")
        ddf = ddf[ddf["article_id"].astype(str).isin(sorted({str(i) for i in ids}))]
    return ddf[keep].compute()


def _option_columns(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, Iterable) and not isinstance(value, pd.DataFrame):
        return [v for v in value if isinstance(v, str)]
    return []


def dask_collects(
    columns: Iterable[str] | None = None,
    *,
    arg: str = "articles",
    exclude: Iterable[str] = (),
    options: Iterable[str] = (),
    ids: Callable[[dict[str, Any]], Iterable[str]] | None = None,
) -> Callable[[F], F]:
    """Let a helper that needs the whole table take a Dask articles table: :func:`collect_columns`.

    Args:
        columns: the articles columns the helper reads (None: all but ``exclude``).
        arg: the name of the articles parameter (positional or keyword).
        exclude: columns never computed.
        options: keyword parameters naming more columns (``by``, ``group``, ``date_column``).
        ids: given the bound arguments, the article ids the helper reads (None: all articles).
    """
    fixed = None if columns is None else tuple(columns)
    names, dropped = tuple(options), tuple(exclude)

    def decorate(func: F) -> F:
        signature = inspect.signature(func)

        @functools.wraps(func)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            bound = signature.bind_partial(*args, **kwargs)
            table = bound.arguments.get(arg)
            if table is None or not is_distributed(table):
                return func(*args, **kwargs)
            bound.apply_defaults()
            wanted = None
            if fixed is not None:
                wanted = list(fixed)
                for name in names:
                    wanted += _option_columns(bound.arguments.get(name))
            keep = None if ids is None else ids(bound.arguments)
            bound.arguments[arg] = collect_columns(table, wanted, exclude=dropped, ids=keep)
            return func(*bound.args, **bound.kwargs)

        return wrapper  # type: ignore[return-value]

    return decorate


def dask_rows(func: F) -> F:
    """Let a row-wise helper take a Dask articles table: one that returns rows per article, in
    article order (``kwic``, ``frame_agents``), runs on every partition
    (``helpers.scale.map_articles``) and the pandas concatenation is returned: the table the pandas
    path gives. A pandas table goes to ``func`` unchanged."""

    @functools.wraps(func)
    def wrapper(articles: Any, *args: Any, **kwargs: Any) -> Any:
        if not is_distributed(articles):
            return func(articles, *args, **kwargs)
        scale = importlib.import_module("helpers.scale")
        return scale.map_rows(articles, wrapper, *args, **kwargs)  # the wrapper pickles by name

    return wrapper  # type: ignore[return-value]
