"""Shared fixtures: the seed corpus and the development corpora in ../shared/corpora."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers.config import SEED_ARTICLE, SHARED_CORPORA


@pytest.fixture(scope="session")
def shared_corpora() -> Path:
    """../shared/corpora, or skip with a clear message where it is absent."""
    if not SHARED_CORPORA.is_dir():
        pytest.skip(f"development corpora not found at {SHARED_CORPORA} (set MEDIA_SHARED_CORPORA); CI has them")
    return SHARED_CORPORA


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return SEED_ARTICLE


@pytest.fixture(scope="session")
def seed_corpus():
    from helpers.corpus import load_corpus

    return load_corpus(SEED_ARTICLE)


@pytest.fixture(scope="session")
def seed_articles(seed_corpus):
    return seed_corpus.articles
