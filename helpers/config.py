"""Paths and settings, anchored on the package (never on the working directory)."""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
PROJECT_ROOT = PACKAGE_DIR.parent
LEXICON_DIR = PACKAGE_DIR / "lexicons"
FRAME_SCHEME_DIR = LEXICON_DIR / "frames"
DATA_DIR = PROJECT_ROOT / "data"
NOTEBOOK_DIR = PROJECT_ROOT / "notebooks"
REPORTS_DIR = PROJECT_ROOT / "reports"
BENCH_DIR = PROJECT_ROOT / "bench"
# Development corpora live beside the project, never inside it (see ../shared/corpora/README.md).
SHARED_CORPORA = Path(os.environ.get("MEDIA_SHARED_CORPORA", PROJECT_ROOT.parent / "shared" / "corpora"))
SEED_ARTICLE = DATA_DIR / "beritaturki-2020-10-lsm-turki-azerbaijan.txt"
# Cache for parsed corpora (Parquet); never written next to a user's inputs.
CACHE_DIR = Path(os.environ.get("MEDIA_CACHE_DIR", Path.home() / ".cache" / "media-helpers"))

#: Languages with a full set of lexicons shipped in the package.
DEFAULT_LANGUAGE = "en"
