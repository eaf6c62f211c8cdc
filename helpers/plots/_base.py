"""What every figure module shares: a Figure not registered with pyplot (so Jupyter shows it
exactly once), plain-text labels from corpus text, and the "no data" panel."""

from __future__ import annotations

import sys
from functools import partial
from typing import Any

from matplotlib.figure import Figure

__all__: list[str] = []


def plain(text: object, limit: int = 60) -> str:
    """Corpus text for a matplotlib label: never mathtext (``$`` escaped), at most ``limit`` characters."""
    text = " ".join(str(text).split())
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "\u2026"
    return text.replace("$", r"\$")


def ensure_inline_display() -> None:
    """In IPython, show a bare ``Figure`` as a PNG (pyplot's inline backend does this only once loaded)."""
    ipython = sys.modules.get("IPython")
    shell = ipython.get_ipython() if ipython is not None else None
    if shell is None:
        return
    png = shell.display_formatter.formatters["image/png"]
    try:
        png.lookup_by_type(Figure)
    except KeyError:
        from IPython.core.pylabtools import print_figure

        png.for_type(Figure, partial(print_figure, fmt="png", base64=True, bbox_inches="tight"))


def new_figure(width: float = 7.5, height: float = 3.6, *, nrows: int = 1, ncols: int = 1,
               squeeze: bool = True, **kwargs: Any) -> tuple[Figure, Any]:
    """A constrained-layout ``Figure`` with its axes (like ``plt.subplots``, without pyplot)."""
    ensure_inline_display()
    fig = Figure(figsize=(width, height), dpi=100, layout="constrained")
    axes = fig.subplots(nrows, ncols, squeeze=squeeze, **kwargs)
    return fig, axes


def no_data(ax: Any, message: str) -> None:
    """Turn ``ax`` into a panel that says ``message`` (an empty table is not an error)."""
    ax.text(0.5, 0.5, message, ha="center", va="center", fontsize=12, color="#59636e", transform=ax.transAxes)
    ax.set_xticks([])
    ax.set_yticks([])
    for spine in ax.spines.values():
        spine.set_visible(False)
