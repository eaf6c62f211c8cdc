"""Reports: the overview helpers and show_table on the seed, the HTML export (offline, escaped), and one
real report run (the CLI, every notebook) over the seed plus hostile articles, opened in headless
Chromium with the network blocked.

One report run is shared by the module (``report_run``); browser tests are marked ``browser`` and
skip with a message where Chromium is absent. Screenshots go to test-artifacts/report/ (git-ignored).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
import pandas as pd
import pytest
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

from helpers import report
from helpers._browser import Chromium, find_chromium
from helpers.config import PROJECT_ROOT, SEED_ARTICLE

ARTIFACTS = PROJECT_ROOT / "test-artifacts" / "report"
HOSTILE_SCRIPT = "<script>document.title='pwned'</script>"
HOSTILE_IMG = "<img src=x onerror=\"document.body.setAttribute('data-pwned','img')\">"
HOSTILE_LINK = "<a href=\"javascript:document.body.setAttribute('data-pwned','link')\">klik</a>"
HOSTILE_TEXTAREA = "</textarea><textarea>"
HOSTILE = f"{HOSTILE_SCRIPT} {HOSTILE_IMG} {HOSTILE_LINK} {HOSTILE_TEXTAREA}"
RAW_MARKERS = ("<script>document.title", "<img src=x onerror", '<a href="javascript:', "<a href='javascript:", "<textarea>")
_RESOURCE_RE = re.compile(r"<(?:script|link|img|iframe)\b[^>]*\b(?:src|href)\s*=\s*[\"']?\s*https?://", re.IGNORECASE)


def _cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(PROJECT_ROOT))
    return subprocess.run(
        [sys.executable, "-m", "helpers", "report", "--no-progress", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )


def _write_hostile_corpus(folder: Path) -> Path:
    folder.mkdir(parents=True)
    shutil.copy(SEED_ARTICLE, folder / SEED_ARTICLE.name)
    (folder / "hostile.txt").write_text(
        f"Berita palsu {HOSTILE_SCRIPT}\n\n"
        f"JAKARTA, KOMPAS.com - Menteri itu mengatakan bahwa rapat ditunda. {HOSTILE_IMG}\n\n"
        f'"Kami menolak {HOSTILE_SCRIPT} usulan itu," kata Budi Santoso, Selasa (6/10/2020). {HOSTILE_LINK}\n\n'
        f"Pembaca menulis {HOSTILE_TEXTAREA} di kolom komentar.\n",
        encoding="utf-8",
    )
    (folder / "hostile-front-matter.md").write_text(
        "---\n"
        f"title: \"Outlet test {HOSTILE_IMG.replace(chr(34), chr(39))}\"\n"
        f"outlet: \"{HOSTILE_SCRIPT}Evil Outlet\"\n"
        "date: 2020-10-07\n"
        "language: id\n"
        "---\n\n"
        f"Isi berita dengan tautan {HOSTILE_LINK.replace(chr(34), chr(39))} dan {HOSTILE_SCRIPT}.\n",
        encoding="utf-8",
    )
    return folder


@pytest.fixture(scope="module")
def report_run(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """One real report run (CLI, every notebook) over the seed plus two hostile articles."""
    root = tmp_path_factory.mktemp("report")
    corpus = _write_hostile_corpus(root / "corpus")
    out = root / "reports"
    proc = _cli("--corpus", "corpus", "--out", "reports", cwd=root)
    pages = sorted(out.glob("*.html"))
    return {"proc": proc, "out": out, "pages": pages, "corpus": corpus}


# -- overview helpers on the seed --------------------------------------------------------------


def test_summarize_corpus_on_seed(seed_corpus):
    table = report.summarize_corpus(seed_corpus.articles, problems=seed_corpus.problems, removed=seed_corpus.removed)
    values = dict(zip(table["measure"], table["value"], strict=True))
    assert values["Articles"] == "1"
    assert values["Outlets"] == "1: BERITATURKI.COM (1)"
    assert values["Languages"] == "1: id (1)"
    assert values["Dates"] == "2020-10-05"
    assert values["Lines removed by cleaning"] == str(len(seed_corpus.removed))
    n = int(seed_corpus.articles["n_words"].iloc[0])
    assert values["Words"] == f"{n:,} in all; median {n:,} per article (shortest {n:,}, longest {n:,})"


def test_articles_by_counts_and_unknown():
    articles = pd.DataFrame(
        {
            "article_id": ["a", "b", "c", "d"],
            "outlet": ["Kompas", "Detik", "Kompas", None],
            "n_words": [100, 50, 10, 5],
        }
    )
    out = report.articles_by(articles, by="outlet")
    assert out.columns.tolist() == ["outlet", "articles", "share", "words"]
    assert out["outlet"].tolist() == ["Kompas", "(unknown)", "Detik"]
    assert out["articles"].tolist() == [2, 1, 1]
    assert out["words"].tolist() == [110, 5, 50]
    assert out["share"].tolist() == [0.5, 0.25, 0.25]
    assert articles["outlet"].isna().sum() == 1  # input untouched
    with pytest.raises(ValueError, match="lacks column"):
        report.articles_by(articles, by="topic")


def test_articles_over_time_fills_gaps_and_handles_no_dates():
    articles = pd.DataFrame(
        {
            "article_id": ["a", "b", "c", "d"],
            "date": pd.to_datetime(["2020-10-05", "2020-10-07", "2020-10-07", None]),
            "outlet": ["X", "Y", "X", "X"],
        }
    )
    out = report.articles_over_time(articles)
    assert out["period"].dt.strftime("%Y-%m-%d").tolist() == ["2020-10-05", "2020-10-06", "2020-10-07"]
    assert out["articles"].tolist() == [1, 0, 2]
    assert set(out["freq"]) == {"day"}
    grouped = report.articles_over_time(articles, by="outlet")
    assert grouped[grouped["outlet"] == "X"]["articles"].tolist() == [1, 0, 1]
    assert report.articles_over_time(articles, freq="M")["articles"].tolist() == [3]
    none = report.articles_over_time(articles.assign(date=pd.NaT))
    assert none.empty and none.columns.tolist() == ["period", "freq", "articles"]


def test_length_summary_and_removed_by_reason_on_seed(seed_corpus):
    n = int(seed_corpus.articles["n_words"].iloc[0])
    lengths = report.length_summary(seed_corpus.articles, by="outlet")
    assert lengths.iloc[0].to_dict() == {
        "outlet": "BERITATURKI.COM", "articles": 1, "min": n, "median": float(n), "mean": float(n), "max": n, "total": n
    }
    reasons = report.removed_by_reason(seed_corpus.removed).set_index("reason")
    assert reasons.loc["counter", "lines"] == 2  # the share counters 0 and 77
    assert reasons.loc["repeated paragraph", "lines"] == 1  # the photo caption's second copy
    assert reasons.loc["source credit", "example"] == "/Daily_Sabah"
    assert reasons["lines"].sum() == len(seed_corpus.removed)
    assert report.removed_by_reason(seed_corpus.removed.iloc[0:0]).empty


# -- display -----------------------------------------------------------------------------------


def test_show_table_escapes_truncates_and_writes_csv(tmp_path, monkeypatch):
    monkeypatch.setenv(report.TABLES_DIR_ENV, str(tmp_path / "01_x_tables"))
    monkeypatch.setenv(report.TABLES_HREF_ENV, "01_x_tables")
    table = pd.DataFrame({"title": [HOSTILE, "b" * 500, "c"], "n": [1, 2, 3]})
    shown = report.show_table(table, name="quotes/all", max_rows=2, caption="Top <b>quotes</b>")
    page = shown._repr_html_()
    assert shown.rows == 3 and shown.shown == 2
    assert not any(marker in page for marker in RAW_MARKERS)
    assert "&lt;script&gt;document.title=" in page
    assert "Top &lt;b&gt;quotes&lt;/b&gt;" in page
    assert "b" * 299 + "\u2026" in page and "b" * 300 not in page
    assert 'href="01_x_tables/quotes_all.csv"' in page and "Showing 2 of 3 rows" in page
    assert pd.read_csv(shown.csv_path)["title"].tolist() == table["title"].tolist()  # full text in the CSV
    small = report.show_table(table.head(1), name="small")
    assert small.csv_path is None and "report-table-filter" not in small.html
    empty = report.show_table(table.iloc[0:0], name="none", empty="No quotes <found>.")
    assert empty.html == '<p class="report-empty">No quotes &lt;found&gt;.</p>' and empty.rows == 0


def test_preview_articles_escapes_and_spreads(seed_articles):
    hostile = pd.DataFrame(
        {
            "article_id": ["h", "z"],
            "title": [HOSTILE, "Zed"],
            "body": [f"First {HOSTILE}\n\nSecond paragraph.", "Body"],
            "outlet": [HOSTILE, "Z"],
            "date": pd.to_datetime(["2020-10-06", None]),
        }
    )
    both = pd.concat([seed_articles, hostile], ignore_index=True)
    previews = report.preview_articles(both, n=3)
    assert not any(marker in previews.html for marker in RAW_MARKERS)
    assert previews.html.count('<article class="article-preview">') == 3
    titles = re.findall(r"<h4>(.*?)</h4>", previews.html)
    assert titles[0] == "LSM Turki Melamar untuk Berjuang Membantu Azerbaijan Melawan Armenia"  # earliest date
    assert titles[2] == "Zed"  # undated last
    assert "<p>Second paragraph.</p>" in previews.html


def _tiny_notebook() -> nbformat.NotebookNode:
    params = new_code_cell('CORPUS = "data"')
    params.metadata["tags"] = ["parameters"]
    result = new_code_cell("helpers.show_table(t, name='t')", execution_count=2)
    result.outputs = [
        new_output("execute_result", {"text/html": "<table><tr><td>ok</td></tr></table>", "text/plain": "t"}, execution_count=2),
        new_output("stream", name="stderr", text="a warning\n"),
        new_output("stream", name="stderr", text="\rloading:  50%|#####     | 1/2 [00:01<00:01, 1.0file/s]\rloading: 100%|##########| 2/2 [00:02<00:00, 1.0file/s]\n"),
        new_output("display_data", {"application/vnd.jupyter.widget-view+json": {"model_id": "x"}, "text/plain": "w"}),
        new_output("display_data", {"image/png": "iVBORw0KGgo=", "text/plain": "<Figure>"}),
        new_output("display_data", {"image/png": "iVBORw0KGgo=", "text/plain": "<Figure>"}),  # pyplot's second copy
    ]
    return new_notebook(
        cells=[new_markdown_cell("# Tiny **report**\n\nIt shows one table. And more."), params, result],
        metadata={"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}},
    )


def test_export_html_reader_mode_is_offline_and_pinned(tmp_path):
    page = report.export_html(_tiny_notebook(), tmp_path / "01_tiny.html", parameters=[("CORPUS", "<x>")]).read_text()
    assert "<title>Tiny report</title>" in page
    assert 'CORPUS = "data"' not in page  # code hidden
    assert "a warning" in page  # warnings stay: a reader should see them
    assert "loading:" not in page  # progress bars do not
    assert "widget-view" not in page and "require.js" not in page and "mathjax" not in page.lower()
    assert report.find_remote_resources(page) == [] and not _RESOURCE_RE.search(page)
    assert page.count("data:image/png;base64,iVBORw0KGgo=") == 1
    assert "<b>CORPUS</b> &lt;x&gt;" in page
    meta = re.search(r"<meta[^>]*Content-Security-Policy[^>]*>", page).group(0)
    csp = re.search(r'content="([^"]+)"', meta).group(1)
    assert "default-src 'none'" in csp and "connect-src 'none'" in csp
    scripts = re.findall(r"<script>(.*?)</script>", page, flags=re.DOTALL)
    assert len(scripts) == 1 and f"'sha256-{report._sha256(scripts[0])}'" in csp
    with_code = report.export_html(_tiny_notebook(), tmp_path / "code.html", with_code=True).read_text()
    assert "CORPUS" in with_code and "a warning" in with_code


def test_find_remote_resources():
    page = (
        '<script src="https://cdn.example/require.js"></script><link rel=stylesheet href=//fonts.example/x.css>'
        '<a href="https://example.org/article">source</a><style>@import "https://x.example/a.css"; '
        "b{background:url(http://x.example/i.png)}</style><img src='data:image/png;base64,AAA'>"
    )
    assert report.find_remote_resources(page) == [
        "https://cdn.example/require.js",
        "//fonts.example/x.css",
        "https://x.example/a.css",
        "http://x.example/i.png",
    ]


def test_discover_and_describe_notebooks(tmp_path):
    for name in ("02_terms.ipynb", "01_corpus.ipynb", "notes.ipynb", "1_bad.ipynb"):
        nbformat.write(_tiny_notebook(), tmp_path / name)
    (tmp_path / ".ipynb_checkpoints").mkdir()
    assert [p.name for p in report.discover_notebooks(tmp_path)] == ["01_corpus.ipynb", "02_terms.ipynb"]
    assert report._describe_notebook(_tiny_notebook(), "x") == ("Tiny report", "It shows one table.")
    assert [p.name for p in report.discover_notebooks()][:1] == ["01_corpus.ipynb"]


# -- the real run ------------------------------------------------------------------------------


def test_report_run_writes_every_page(report_run):
    proc, out = report_run["proc"], report_run["out"]
    assert proc.returncode == 0, proc.stderr[-3000:]
    expected = {f"{p.stem}.html" for p in report.discover_notebooks()} | {"index.html"}
    assert {p.name for p in report_run["pages"]} == expected
    index = (out / "index.html").read_text()
    assert "<dt>Articles</dt><dd>3</dd>" in index
    for nb in report.discover_notebooks():
        assert f'href="{nb.stem}.html"' in index
    total = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
    assert total < 5_000_000, f"report set is {total / 1e6:.1f} MB"


def test_report_pages_are_offline_and_escaped(report_run):
    for page in report_run["pages"]:
        text = page.read_text(encoding="utf-8")
        assert report.find_remote_resources(text) == [], page.name
        assert not _RESOURCE_RE.search(text), page.name
        assert not any(marker in text for marker in RAW_MARKERS), page.name
        assert re.search(r"<meta[^>]*http-equiv=\"Content-Security-Policy\"", text), page.name
    corpus_page = (report_run["out"] / "01_corpus.html").read_text()
    escaped = r"&lt;script&gt;document\.title=(?:'|&#x27;|&#39;)pwned(?:'|&#x27;|&#39;)&lt;/script&gt;"
    assert re.search(escaped, corpus_page)  # the article text is there, as text
    index = (report_run["out"] / "index.html").read_text()
    assert re.search(escaped + "Evil Outlet", index)


def test_failing_notebook_reports_cell_and_others_still_run(tmp_path):
    folder = tmp_path / "notebooks"
    folder.mkdir()
    bad = new_notebook(
        cells=[new_markdown_cell("# Broken\n\nFails on purpose."), new_code_cell("x = 1"), new_code_cell("raise ValueError('boom <b>')")],
        metadata={"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}},
    )
    params = new_code_cell('CORPUS = "data"\nGROUP = "outlet"')
    params.metadata["tags"] = ["parameters"]
    good = new_notebook(
        cells=[
            new_markdown_cell("# Fine\n\nWorks."),
            params,
            new_code_cell("print('fine output', GROUP, CORPUS.endswith('.txt'))"),
            new_code_cell("import pandas as pd\npd.DataFrame({'n': range(100)})"),  # long: summarised, CSV beside
        ],
        metadata={"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}},
    )
    nbformat.write(bad, folder / "01_bad.ipynb")
    nbformat.write(good, folder / "02_good.ipynb")
    proc = _cli(
        "--corpus", str(SEED_ARTICLE), "--out", "out",
        "--notebook", str(folder / "01_bad.ipynb"), "--notebook", str(folder / "02_good.ipynb"),
        "--group", "topic", "--language", "en",
        cwd=tmp_path,
    )
    assert proc.returncode == 1
    assert "FAILED 01_bad.ipynb: cell 2 (starting `raise ValueError('boom <b>')`) raised ValueError: boom <b>" in proc.stderr
    bad_page = (tmp_path / "out" / "01_bad.html").read_text()
    assert "This report is incomplete." in bad_page and "boom &lt;b&gt;" in bad_page
    good_page = (tmp_path / "out" / "02_good.html").read_text()
    assert "fine output topic True" in good_page  # GROUP and CORPUS injected; LANGUAGE, undeclared, not
    assert "note: no notebook declares LANGUAGE; ignored" in proc.stderr
    assert 'Showing 20 of 100 rows; the full table: <a href="02_good_tables/table1.csv">' in good_page
    assert pd.read_csv(tmp_path / "out" / "02_good_tables" / "table1.csv")["n"].tolist() == list(range(100))
    index = (tmp_path / "out" / "index.html").read_text()
    assert "1 of 2 reports failed." in index and "status-failed" in index


# -- in a real browser -------------------------------------------------------------------------


@pytest.fixture(scope="module")
def browser():
    if find_chromium() is None:
        pytest.skip("Chromium not found: apt-get install chromium (or set $CHROMIUM) to run the browser tests")
    with Chromium(width=1200, height=900) as chromium:
        yield chromium


@pytest.mark.browser
def test_pages_render_in_chromium_without_scripts_or_requests(report_run, browser):
    assert report_run["proc"].returncode == 0, report_run["proc"].stderr[-2000:]
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    for page in report_run["pages"]:
        seen = browser.open(page)
        where = page.name
        assert seen["title"] != "pwned" and "pwned" not in seen["title"], where
        assert seen["exceptions"] == [], where
        assert not [c for c in seen["console"] if "Content Security Policy" in c or "Refused" in c], (where, seen["console"])
        self_url = page.resolve().as_uri()
        left = [u for u in seen["requests"] if u != self_url and not u.startswith("data:")]
        assert left == [], (where, left)
        assert browser.evaluate("document.querySelector('[data-pwned]') === null"), where
        assert browser.evaluate("document.querySelectorAll('main script, main img[src=x], main textarea').length") == 0
        headings = browser.evaluate("Array.from(document.querySelectorAll('h1, h2')).map(h => h.innerText.trim())")
        if page.name == "index.html":
            assert headings[:4] == ["Reports on corpus", "Corpus", "Parameters", "Reports"]
            links = browser.evaluate("Array.from(document.querySelectorAll('.index-reports a')).length")
            assert links >= len(report_run["pages"]) - 1
        else:
            assert headings, where
            figures = browser.evaluate(
                "Array.from(document.querySelectorAll('.jp-RenderedImage img')).filter(i => i.complete && i.naturalWidth > 0).length"
            )
            assert figures >= 1, f"{where}: no figure rendered"
        if page.name == "01_corpus.html":
            for heading in ("01 · Corpus: what is in it, and what the loader dropped or cleaned", "Articles by group", "Articles over time", "A few articles"):
                assert heading in headings
            # our one script ran (its hash is in the policy): it made the headers sortable; sort one
            assert browser.evaluate("document.querySelectorAll('table.sortable th[title=\"Click to sort\"]').length") >= 2
            first = "Array.from(document.querySelectorAll('table.sortable')).pop().tBodies[0].rows[0].cells[0].innerText"
            before = browser.evaluate(first)
            browser.evaluate("Array.from(document.querySelectorAll('table.sortable')).pop().tHead.rows[0].cells[0].click()")
            browser.evaluate("Array.from(document.querySelectorAll('table.sortable')).pop().tHead.rows[0].cells[0].click()")
            assert browser.evaluate(first) != before or browser.evaluate(
                "Array.from(document.querySelectorAll('table.sortable')).pop().tBodies[0].rows.length"
            ) == 1
            assert "Evil Outlet" in browser.evaluate("document.body.innerText")
        browser.screenshot(ARTIFACTS / f"{page.stem}.png", full_page=True)
