"""The lexicon's tables: built once per data version in a shared cache, other versions pruned, data as the packages give it."""

import importlib.util
import sqlite3

import pytest

from mtcheck.lang import lexicon


def _rows():
    return iter([("b", 2), ("a", 1)])


def test_tables_are_named_by_data_version_and_other_versions_pruned(tmp_path, monkeypatch):
    monkeypatch.setenv("MTCHECK_CACHE_DIR", str(tmp_path))
    version = lexicon.data_version("wordfreq")
    older = tmp_path / f"demo-0.0.1-v{lexicon._SCHEMA_VERSION}.sqlite"
    other_schema = tmp_path / "demo-0.0.1-v1.sqlite"
    older.write_bytes(b"")
    other_schema.write_bytes(b"")
    table = lexicon.cached_table("demo", "wordfreq", _rows)
    assert lexicon.lookup(table, "a") == 1 and lexicon.lookup(table, "zz") is None
    assert (tmp_path / f"demo-{version}-v{lexicon._SCHEMA_VERSION}.sqlite").exists()
    assert not older.exists()  # an older data version of this schema: useless
    assert other_schema.exists()  # another mtcheck's table: left until it is stale
    with pytest.raises(sqlite3.OperationalError):
        table.execute("INSERT INTO data VALUES ('c', 3)")  # read-only


def test_zipf_rows_equal_wordfreq_frequency_dict():
    wordfreq = pytest.importorskip("wordfreq")
    import math

    expected = {w: round(math.log10(f) + 9, 2) for w, f in wordfreq.get_frequency_dict("en").items()}
    got = {w: h / 100 for w, h in lexicon._zipf_rows(lexicon._wordfreq_file("en"))}
    assert got == expected


@pytest.mark.skipif(importlib.util.find_spec("lemminflect") is None, reason="lemminflect not installed")
def test_lemminflect_tables_read_as_lemminflect_reads_them():
    from lemminflect.core.Inflections import Inflections
    from lemminflect.core.Lemmatizer import Lemmatizer

    resources = lexicon._package_dir("lemminflect") / "resources"
    lemmatizer, inflections = Lemmatizer(), Inflections()
    assert lexicon._lemma_table(resources / "lemma_lu.csv.gz") == lemmatizer._getLemmaDict()
    assert lexicon._inflection_table(resources / "infl_lu.csv.gz") == inflections._getInflDict()
    assert lexicon._overrides(resources / "lemma_overrides.csv") == lemmatizer._getOverridesDict()
    assert lexicon._overrides(resources / "infl_overrides.csv") == inflections._getOverridesDict()


def test_data_version_is_the_installed_distribution_s_version():
    from importlib.metadata import version

    assert lexicon.data_version("wordfreq") == version("wordfreq")
    assert lexicon.data_version("lemminflect") == version("lemminflect")
