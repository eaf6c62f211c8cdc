"""Every notebook in notebooks/: committed clean, parameterised, and runs headless top to bottom on an
edge corpus (one article, one language, no date, no quotes); notebook 01 also on detik-dev.csv with
only CORPUS changed (the BBC folder, 2,225 files, is run by bench/bench_report.py to keep this file
under a minute)."""

from __future__ import annotations

import re
from pathlib import Path

import nbformat
import pytest

from helpers import report

NOTEBOOKS = report.discover_notebooks()


def _articles_on_page(page: Path) -> str:
    match = re.search(r"<td>Articles</td>\s*<td>([\d,]+)</td>", page.read_text(encoding="utf-8"))
    assert match, f"no Articles row in {page.name}"
    return match.group(1)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_is_committed_clean_with_parameters(path):
    nb = nbformat.read(path, as_version=4)
    assert nb.cells[0].cell_type == "markdown" and nb.cells[0].source.lstrip().startswith("# ")
    tagged = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
    assert len(tagged) == 1, "exactly one cell tagged `parameters`"
    for name in ("CORPUS", "LANGUAGE", "GROUP"):
        assert re.search(rf"^{name}\s*=", tagged[0].source, flags=re.MULTILINE), f"{name} missing"
    assert re.search(r'^CORPUS\s*=\s*"data"', tagged[0].source, flags=re.MULTILINE)
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None, "commit notebooks without outputs"


@pytest.fixture(scope="module")
def edge_run(tmp_path_factory):
    root = tmp_path_factory.mktemp("edge")
    corpus = root / "edge"
    corpus.mkdir()
    (corpus / "budget.txt").write_text(
        "Budget talks continue\n\n"
        "The committee met again to discuss the budget. No agreement was reached, and members will meet "
        "again next month to look at the spending plans for schools and hospitals.\n",
        encoding="utf-8",
    )
    return report.run_reports(corpus, out=root / "reports", progress=False)


def test_every_notebook_runs_on_one_undated_article_without_quotes(edge_run):
    failed = {r.notebook.name: r.error for r in edge_run if not r.ok}
    assert failed == {}
    assert [r.notebook.name for r in edge_run] == [p.name for p in NOTEBOOKS]
    page = edge_run[0].html.read_text(encoding="utf-8")
    assert "No article has a date, so there is no timeline." in page
    assert "Every input was loaded: no problems." in page
    assert _articles_on_page(edge_run[0].html) == "1"


@pytest.mark.shared
@pytest.mark.parametrize(("corpus", "articles"), [("detik-dev.csv", "500")])
def test_notebook_01_on_shared_corpora(shared_corpora, tmp_path, corpus, articles):
    results = report.run_reports(
        shared_corpora / corpus, out=tmp_path, notebooks=[NOTEBOOKS[0]], progress=False
    )
    assert results[0].ok, results[0].error
    assert _articles_on_page(results[0].html) == articles
    assert results[0].size_bytes < 1_000_000
