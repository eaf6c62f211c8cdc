"""Notebooks with ENGINE="dask": they run top to bottom on data/ through a Dask cluster (its address
given as SCHEDULER) and show exactly what the pandas run shows: the same tables, text and figures."""

from __future__ import annotations

import re

import pytest

from helpers import report, scale

NOTEBOOKS = report.discover_notebooks()
#: The corpus and terms notebooks: the ones whose Dask path differs most from pandas (per-partition
#: counts, forms, kwic); every helper of notebooks 03-05 is compared on real articles in test_scale.py.
CHECKED = [p for p in NOTEBOOKS if p.stem.startswith(("01_", "02_"))]
_VOLATILE = [re.compile(r'<span>\s*<b>(ENGINE|SCHEDULER)</b>[^<]*</span>\s*'), re.compile(r'id="cell-id=[^"]*"'),
             re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d UTC"), re.compile(r"/tmp/ipykernel_\d+/")]


def _page(result) -> str:
    text = result.html.read_text(encoding="utf-8")
    for pattern in _VOLATILE:
        text = pattern.sub("", text)
    return text


def test_notebooks_with_engine_dask_show_the_pandas_tables(tmp_path):
    pytest.importorskip("distributed")
    assert [p.stem for p in CHECKED] == ["01_corpus", "02_terms"]
    client = scale.start_local_cluster(1)  # one worker process, spawned here (not at import)
    try:
        _compare(client, tmp_path)
    finally:
        client.close()
        client.cluster.close()


def _compare(client, tmp_path) -> None:
    dask_run = report.run_reports("data", out=tmp_path / "dask", notebooks=CHECKED, engine="dask",
                                  scheduler=client.scheduler.address, progress=False)
    assert [r.error for r in dask_run] == [None, None]
    ran = client.run_on_scheduler(lambda dask_scheduler: sorted(dask_scheduler.task_prefixes))
    assert {"load_files", "term_partial", "apply_reset"} <= set(ran)  # loaded and counted on the worker
    pandas_run = report.run_reports("data", out=tmp_path / "pandas", notebooks=CHECKED, progress=False)
    for d, p in zip(dask_run, pandas_run, strict=True):
        assert "<b>ENGINE</b> dask" in d.html.read_text(encoding="utf-8")
        assert _page(d) == _page(p), d.notebook.name
        for table in sorted((tmp_path / "pandas").glob(f"{p.notebook.stem}_tables/*.csv")):
            twin = tmp_path / "dask" / table.relative_to(tmp_path / "pandas")
            assert twin.read_bytes() == table.read_bytes(), table.name
