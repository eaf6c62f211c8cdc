"""Media-analysis helpers: load a news corpus, count terms, find quoted actors, score frames,
detect republication and write reports.

Every public function is importable from the package top level (``helpers.load_corpus``,
``helpers.term_counts``, ``helpers.extract_quotes`` ...). Modules are imported lazily, on first
use, so ``import helpers`` stays fast; each module lists its public names in ``__all__``.
"""

from __future__ import annotations

import importlib
import importlib.util
from typing import Any

__version__ = "0.1.0"

#: One module per research question, in the order they are searched for a public name.
MODULES: tuple[str, ...] = (
    "corpus",
    "cleaning",
    "text",
    "tables",
    "terms",
    "quotes",
    "frames",
    "reuse",
    "report",
    "scale",
    "lexicons",
)


def _modules() -> list[Any]:
    found = []
    for name in MODULES:
        if importlib.util.find_spec(f"{__name__}.{name}") is not None:
            found.append(importlib.import_module(f"{__name__}.{name}"))
    return found


def __getattr__(name: str) -> Any:
    if name.startswith("_"):
        raise AttributeError(name)
    for module in _modules():
        if name in getattr(module, "__all__", ()):
            value = getattr(module, name)
            globals()[name] = value
            return value
    if importlib.util.find_spec(f"{__name__}.{name}") is not None:
        return importlib.import_module(f"{__name__}.{name}")
    raise AttributeError(f"module 'helpers' has no attribute {name!r}")


def __dir__() -> list[str]:
    names = set(globals())
    for module in _modules():
        names.update(getattr(module, "__all__", ()))
    return sorted(names)
