"""lexicons: the cached loader and its errors."""

from __future__ import annotations

import pytest

from helpers.lexicons import LexiconError, available_languages, load_list, load_scheme_data


def test_load_list_reads_entries_without_comments():
    months = load_list("months", "id")
    assert months[0] == "januari\t1"
    assert not any(m.startswith("#") for m in months)
    assert load_list("months", "id") is months  # cached


def test_errors_name_what_exists():
    with pytest.raises(LexiconError) as err:
        load_list("months", "xx")
    assert "'en'" in str(err.value) and "'id'" in str(err.value)
    with pytest.raises(LexiconError) as err:
        load_list("no_such_list", "id")
    assert "months" in str(err.value)
    assert set(available_languages("boilerplate")) >= {"en", "id"}


def test_scheme_errors(tmp_path):
    with pytest.raises(LexiconError, match="no frame scheme 'nope'"):
        load_scheme_data("nope")
    bad = tmp_path / "bad.yaml"
    bad.write_text("name: x\nframes:\n  - a: [1, 2\n  - b: 3\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"invalid YAML at line \d+"):
        load_scheme_data(bad)


def test_load_pairs_reads_tab_and_equals_forms():
    from helpers.lexicons import load_pairs

    assert load_pairs("months", "id")[0] == ("januari", "1")
    assert ("Senin", "1") in load_pairs("weekdays", "id")
    assert ("ant", "ANTARA") in load_pairs("news_agencies", "id")
