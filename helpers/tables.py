"""The tables every module shares: column names and one check for required columns."""

from __future__ import annotations

import functools
import importlib
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
        return result.compute() if is_distributed(result) else result

    return wrapper  # type: ignore[return-value]
