"""Process pools over row ranges of a table, shared by the per-article analyses (quotes, frames).

The table reaches the workers by ``fork`` (not pickled); each worker runs the analysis on a range of
rows and sends its result back. Warnings raised in a worker are re-raised once in the caller, so a
bad input is reported the same way with and without workers. Where ``fork`` is not available
(Windows, macOS default) everything runs in the calling process.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import warnings
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from typing import Any

#: With ``workers=None``, below this many rows the analysis runs in one process (starting workers costs
#: more than it saves).
PARALLEL_MIN_ROWS = 5000
#: Rows per task, at most (smaller when that gives fewer than four tasks per worker).
CHUNK_ROWS = 1000

_PAYLOAD: tuple[Callable[..., Any], Any] | None = None


def worker_count(workers: int | None, n_rows: int) -> int:
    """Processes to use for ``n_rows`` rows: ``workers`` (1 = in this process); ``None`` = one per core
    (at most 4) from :data:`PARALLEL_MIN_ROWS` rows. Always 1 without ``fork`` or with fewer than 2 rows."""
    if "fork" not in mp.get_all_start_methods() or n_rows < 2:
        return 1
    if workers is None:
        return min(os.cpu_count() or 1, 4) if n_rows >= PARALLEL_MIN_ROWS else 1
    return max(1, workers)


def _run(lo: int, hi: int) -> tuple[Any, list[tuple[type[Warning], str]]]:
    assert _PAYLOAD is not None
    func, payload = _PAYLOAD
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = func(payload, lo, hi)
    return result, [(w.category, str(w.message)) for w in caught]


def map_row_ranges(func: Callable[[Any, int, int], Any], payload: Any, n_rows: int, *, workers: int) -> list[Any]:
    """``[func(payload, lo, hi) for each range of rows]`` in row order, run by ``workers`` forked processes.

    ``func`` must be a module-level function; ``payload`` (the table, or its columns) is inherited by the
    workers, never pickled. Returns the results in row order.
    """
    global _PAYLOAD
    size = max(1, min(CHUNK_ROWS, -(-n_rows // (4 * workers))))
    bounds = [(i, min(i + size, n_rows)) for i in range(0, n_rows, size)]
    _PAYLOAD = (func, payload)
    results: list[Any] = []
    seen: set[tuple[type[Warning], str]] = set()
    try:
        with ProcessPoolExecutor(max_workers=workers, mp_context=mp.get_context("fork")) as pool:
            for result, caught in pool.map(_run, *zip(*bounds, strict=True)):
                results.append(result)
                for category, message in caught:
                    if (category, message) not in seen:
                        seen.add((category, message))
                        warnings.warn(message, category, stacklevel=3)
    finally:
        _PAYLOAD = None
    return results
