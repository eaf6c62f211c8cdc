"""Every figure, one module per question; each function returns a matplotlib Figure or Axes and
never calls ``show()``. Plots read tables only: they never compute an analysis.

All public plot functions are reachable here (``helpers.plots.plot_top_terms``), found lazily in
the submodules' ``__all__``.
"""

from __future__ import annotations

import importlib
import importlib.util
from typing import Any

SUBMODULES: tuple[str, ...] = ("corpus", "terms", "quotes", "frames", "reuse")


def _submodules() -> list[Any]:
    out = []
    for name in SUBMODULES:
        if importlib.util.find_spec(f"{__name__}.{name}") is not None:
            out.append(importlib.import_module(f"{__name__}.{name}"))
    return out


def __getattr__(name: str) -> Any:
    if name.startswith("_"):
        raise AttributeError(name)
    for module in _submodules():
        if name in getattr(module, "__all__", ()):
            return getattr(module, name)
    raise AttributeError(f"module 'helpers.plots' has no attribute {name!r}")


def __dir__() -> list[str]:
    names = set(globals())
    for module in _submodules():
        names.update(getattr(module, "__all__", ()))
    return sorted(names)
