"""User data of the wrong type (records, configuration, baselines) is a one-line error naming file and field."""

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from mtcheck.cli import main
from mtcheck.errors import InputError
from mtcheck.inputs import Problem, TextPair
from mtcheck.inputs.jsonl import read_jsonl
from mtcheck.inputs.records import manifest_record, pair_record, record_id
from mtcheck.options import Options
from mtcheck.run.baseline import read_baseline
from mtcheck.run.config import find_config, load_config

SEED = Path(__file__).resolve().parents[2] / "corpora" / "seed"
PAIR = [str(SEED / "belgorod.de.txt"), str(SEED / "belgorod.en.txt")]


@pytest.mark.parametrize("record, problem", [
    ({"source": "a", "target": "b", "target_lang": ["en"]}, "x.jsonl:3: 'target_lang': must be a language tag"),
    ({"source": "a", "target": "b", "source_lang": 5}, "x.jsonl:3: 'source_lang': must be a language tag .* not int"),
    ({"source": "a", "target": "b", "source_lang": "english"}, "'source_lang': 'english' is not a BCP 47"),
    ({"source": "a", "target": "b", "id": {"x": 1}}, "x.jsonl:3: 'id' must be a string or a number, not dict"),
    ({"source": 5, "target": "b"}, "x.jsonl:3: 'source' must be a text .* not int"),
    ({"source": "a", "target": ["b"]}, "'target' must be a text .* not list"),
    ({"source": "a"}, "x.jsonl:3: has no target text"),
    ({"source": "a", "target": "  "}, "has no target text"),
    (["a", "b"], "x.jsonl:3: is not a JSON object"),
])
def test_a_pair_record_of_the_wrong_shape_names_file_line_and_field(record, problem):
    with pytest.raises(InputError, match=problem):
        pair_record(record, "x.jsonl:3")


@pytest.mark.parametrize("record, problem", [
    ({"source": "a.txt", "target_lang": ["en"]}, "m.jsonl:2: 'target_lang': must be a language tag"),
    ({"source": ["a.txt"]}, "m.jsonl:2: 'source' must be a path"),
    ({"source": "a.txt", "target": 7}, "'target' must be a path .* not int"),
    ({"target": "b.txt"}, "needs a string field 'source'"),
    ({"source": "a\ud800.txt"}, "'source' is not a usable path"),
    ({"source": "a.txt", "target": "b\x00.txt"}, "'target' is not a usable path"),
])
def test_a_manifest_record_of_the_wrong_shape_names_file_line_and_field(record, problem):
    with pytest.raises(InputError, match=problem):
        manifest_record(record, "m.jsonl:2")


def test_good_records_are_normalised():
    record = pair_record({"id": 7, "source": "x\ud800", "target": "y", "source_lang": "DE-at", "extra": [1]}, "w")
    assert (record.id, record.source, record.source_lang, record.target_lang) == ("7", "x\ufffd", "de", None)
    assert manifest_record({"source": "a.txt", "target_lang": "en-GB"}, "w").target_lang == "en"
    assert record_id({"id": ["bad"]}, "f:1") == "f:1" and record_id({"id": "ok\ud800"}, "f:1") == "ok\ufffd"


def test_in_a_jsonl_file_a_bad_record_is_a_problem_and_the_others_are_read(tmp_path):
    path = tmp_path / "pairs.jsonl"
    lines = [{"source": "Der Hund.", "target": "The dog.", "target_lang": ["en"]},
             {"source": "Der Hund.", "target": "The dog.", "source_lang": 5},
             {"source": "Der Hund.", "target": "The dog.", "source_lang": "de-DE", "target_lang": "EN"}]
    path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    items = list(read_jsonl(path, Options()))
    assert [type(i) for i in items] == [Problem, Problem, TextPair]
    assert str(items[0]).startswith(f"{path}:1: 'target_lang'") and (items[2].source.lang, items[2].target.lang) == (
        "de", "en")


@pytest.mark.parametrize("fmt", ["jsonl", "text", "json"])
def test_a_bad_manifest_record_fails_alone_without_a_traceback(tmp_path, fmt):
    manifest = tmp_path / "m.jsonl"
    records = [{"source": PAIR[0], "target": PAIR[1], "target_lang": ["en"]},
               {"source": PAIR[0], "target": PAIR[1], "source_lang": 5},
               {"id": "good", "source": PAIR[0], "target": PAIR[1], "source_lang": "de-DE", "target_lang": "EN"}]
    manifest.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    run = CliRunner().invoke(main, ["check", "--manifest", str(manifest), "--format", fmt, "--allow-outside"])
    assert run.exit_code == 2 and "Traceback" not in run.output
    assert f"{manifest}:1: 'target_lang': must be a language tag (a string such as 'en'), not list" in run.output
    assert f"{manifest}:2: 'source_lang': must be a language tag (a string such as 'en'), not int" in run.output
    assert "belgorod.en.txt" in run.stdout and ("MT101" in run.stdout or "glued" in run.stdout)


@pytest.mark.parametrize("content, problem", [
    ('glossary = "x"', "'glossary' must be a table"),
    ('fail-on = ["major"]', "'fail-on' must be one of"),
    ("fail-on = 5", "'fail-on' must be one of"),
    ('source-lang = 5', "'source-lang': must be a language tag"),
    ('source-lang = "English"', "'source-lang': 'English' is not a BCP 47"),
    ("select = 5", "'select' must be a list of strings"),
    ("severity = 5", "'severity' must map"),
    ("[glossary]\nterms = 5", "glossary 'terms' must map"),
    ("[glossary]\nkeep = 'x'", "glossary 'keep' must be a list"),
])
def test_bad_configuration_values_are_one_line_errors(tmp_path, content, problem):
    path = tmp_path / "mtcheck.toml"
    path.write_text(content + "\n", encoding="utf-8")
    with pytest.raises(InputError, match=problem):
        load_config(path)
    run = CliRunner().invoke(main, ["check", *PAIR, "--config", str(path)])
    assert run.exit_code == 2 and len(run.stderr.strip().splitlines()) == 1 and str(path) in run.stderr


@pytest.mark.parametrize("content", ["[tool]\nmtcheck = 5\n", "[tool]\nmtcheck = 'x'\n"])
def test_a_tool_mtcheck_that_is_not_a_table_is_an_error(tmp_path, content):
    path = tmp_path / "pyproject.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=r"\[tool.mtcheck\] must be a table"):
        load_config(start=tmp_path)


def test_an_unrelated_broken_pyproject_in_a_parent_is_passed_over(tmp_path, monkeypatch):
    (tmp_path / "pyproject.toml").write_text("[project\nname = ", encoding="utf-8")
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "pyproject.toml").write_text("tool = 5\n", encoding="utf-8")
    work = tmp_path / "other" / "work"
    work.mkdir()
    assert find_config(work) is None
    monkeypatch.chdir(work)
    assert CliRunner().invoke(main, ["check", *PAIR, "--format", "json"]).exit_code == 1


def test_a_broken_pyproject_that_configures_mtcheck_is_still_an_error(tmp_path):
    (tmp_path / "pyproject.toml").write_text("[tool.mtcheck]\nselect = [", encoding="utf-8")
    with pytest.raises(InputError, match="is not valid TOML"):
        find_config(tmp_path)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file")
def test_an_unreadable_unrelated_pyproject_is_passed_over(tmp_path):
    path = tmp_path / "pyproject.toml"
    path.write_text("[project]\n", encoding="utf-8")
    path.chmod(0)
    try:
        assert find_config(tmp_path) is None
    finally:
        path.chmod(0o644)


@pytest.mark.parametrize("entry, problem", [
    ({"document": "a", "code": "MT101", "fingerprint": "f", "status": ["accepted"]},
     "finding 1: 'status' must be a string, not list"),
    ({"document": 5, "code": "MT101", "fingerprint": "f"}, "finding 1: 'document' must be a string, not int"),
    ({"document": "a", "code": "MT101", "fingerprint": None}, "'fingerprint' must be a string, not NoneType"),
    ("MT101", "has a finding without"),
])
def test_a_baseline_entry_of_the_wrong_type_is_a_one_line_error(tmp_path, entry, problem):
    path = tmp_path / "b.json"
    path.write_text(json.dumps({"version": 1, "findings": [entry]}), encoding="utf-8")
    with pytest.raises(InputError, match=problem):
        read_baseline(path)
    run = CliRunner().invoke(main, ["check", *PAIR, "--baseline", str(path)])
    assert run.exit_code == 2 and run.stderr.startswith(f"mtcheck: error: {path}: ")
