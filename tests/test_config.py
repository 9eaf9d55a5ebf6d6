import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from mtcheck import cli
from mtcheck.run.config import find_config, load_config
from mtcheck.errors import InputError
from mtcheck.findings import Severity

SEED = Path(__file__).resolve().parents[1] / "corpora" / "seed"
PAIR = [str(SEED / "belgorod.de.txt"), str(SEED / "belgorod.en.txt")]


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def check_json(*args: str) -> tuple[int, dict]:
    run = CliRunner().invoke(cli.main, ["check", *PAIR, "--format", "json", *args])
    assert run.exit_code in (0, 1), run.output
    return run.exit_code, json.loads(run.stdout)


def findings(payload: dict) -> list[dict]:
    return [f for d in payload["documents"] for f in d["findings"]]


def test_found_upwards_and_mtcheck_toml_wins_in_one_directory(tmp_path):
    write(tmp_path / "pyproject.toml", "[tool.mtcheck]\nfail-on = 'minor'\n")
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    assert find_config(deep) == tmp_path / "pyproject.toml"
    write(tmp_path / "mtcheck.toml", "fail-on = 'never'\n")
    assert find_config(deep) == tmp_path / "mtcheck.toml"


def test_pyproject_without_the_table_is_passed_over(tmp_path):
    write(tmp_path / "mtcheck.toml", "select = ['MT1']\n")
    write(tmp_path / "sub" / "pyproject.toml", "[project]\nname = 'x'\n")
    assert find_config(tmp_path / "sub") == tmp_path / "mtcheck.toml"


@pytest.mark.parametrize("text", [
    "[tool.mtcheck]\nfail-on = 'minor'\n",
    "[ 'tool' . \"mtcheck\" ]\nfail-on = 'minor'\n",
    "[tool.mtcheck.glossary]\nkeep = ['Kyiv']\n",
    "[tool]\nmtcheck.fail-on = 'minor'\n",
    "[project]\nname = 'x'\n\n[tool]\nmtcheck = { fail-on = 'minor' }\n",
    "tool = { mtcheck = { fail-on = 'minor' } }\n",
    "tool.mtcheck.fail-on = 'minor'\n",
])
def test_every_spelling_of_the_table_configures(tmp_path, text):
    write(tmp_path / "pyproject.toml", text)
    assert find_config(tmp_path) == tmp_path / "pyproject.toml"


def test_a_project_named_mtcheck_without_the_table_is_passed_over(tmp_path):
    """mtcheck's own pyproject.toml says mtcheck (its name, its script, its layers) and configures nothing."""
    write(tmp_path / "pyproject.toml", "[project]\nname = 'mtcheck'\n\n[project.scripts]\nmtcheck = 'mtcheck.cli:main'\n"
                                       "\n[tool.importlinter]\nroot_package = 'mtcheck'\n")
    assert find_config(tmp_path) is None


def test_values_become_options(tmp_path):
    config = load_config(write(tmp_path / "mtcheck.toml", """
select = "MT1, MT3"
fail-on = "minor"
source-lang = "de"
allowlist = ["WarTranslated"]
severity = { mt101 = "minor" }
models = { de-en = "models/opus-mt-de-en", en-de = "Helsinki-NLP/opus-mt-en-de" }
baseline = "ci/baseline.json"

[glossary]
terms = { Bundeskanzler = "Federal Chancellor" }
keep = ["Ukrainska Pravda"]
"""))
    (tmp_path / "models" / "opus-mt-de-en").mkdir(parents=True)
    options = config.options()
    assert options.select == ("MT1", "MT3")
    assert options.fail_on is Severity.MINOR
    assert options.source_lang == "de" and options.target_lang is None
    assert options.allowlist == frozenset({"wartranslated"})
    assert options.severity_overrides == {"MT101": Severity.MINOR}
    assert options.glossary == {"Bundeskanzler": "Federal Chancellor"}
    assert options.keep_names == ("Ukrainska Pravda",)
    assert options.models == {"de-en": str(tmp_path / "models" / "opus-mt-de-en"),
                              "en-de": "Helsinki-NLP/opus-mt-en-de"}
    assert config.baseline(None) == str(tmp_path / "ci" / "baseline.json")


def test_command_line_wins(tmp_path):
    config = load_config(write(tmp_path / "mtcheck.toml", "select = ['MT1']\nfail-on = 'never'\nbaseline = 'b.json'"))
    options = config.options(select=("MT3",), fail_on="major", source_lang="fr")
    assert options.select == ("MT3",) and options.fail_on is Severity.MAJOR and options.source_lang == "fr"
    assert config.baseline("mine.json") == "mine.json"


@pytest.mark.parametrize("text, problem", [
    ("colour = 'always'", "unknown key in [tool.mtcheck]: colour"),
    ("fail-on = 'sometimes'", "'fail-on' must be one of"),
    ("select = [1, 2]", "'select' must be a list of strings"),
    ("severity = { MT999 = 'minor' }", "unknown check code in 'severity': MT999"),
    ("severity = { MT101 = 'critical' }", "'severity' must map check codes"),
    ("[glossary]\nterm = { a = 'b' }", "unknown key in [tool.mtcheck.glossary]: term"),
    ("select = [", "is not valid TOML"),
])
def test_mistakes_are_input_errors(tmp_path, text, problem):
    with pytest.raises(InputError, match=problem.replace("[", r"\[").replace("]", r"\]")):
        load_config(write(tmp_path / "mtcheck.toml", text))


def test_cli_reads_the_configuration_of_the_working_directory(tmp_path, monkeypatch):
    write(tmp_path / "pyproject.toml", "[tool.mtcheck]\nselect = ['MT101']\nseverity = { MT101 = 'minor' }\n")
    monkeypatch.chdir(tmp_path)
    code, payload = check_json()
    assert {f["code"] for f in findings(payload)} == {"MT101"}
    assert {f["severity"] for f in findings(payload)} == {"minor"}
    assert code == 0  # minor findings do not fail the default gate
    code, _ = check_json("--fail-on", "minor")
    assert code == 1


def test_cli_glossary_from_the_configuration(tmp_path):
    config = write(tmp_path / "ci.toml", "select = ['MT33']\n[glossary]\nterms = { Geheimdienst = 'secret service' }\n"
                                         "keep = ['Ukrainska Pravda']\n")
    code, payload = check_json("--config", str(config))
    found = findings(payload)
    assert code == 1 and found and {f["code"] for f in found} == {"MT330"}
    assert all(f["source"]["text"] == "Geheimdienst" for f in found)


def test_cli_allowlist_silences_the_glued_token_check(tmp_path):
    config = write(tmp_path / "mtcheck.toml", "select = ['MT101']\nallowlist = ['Videowhich']\n")
    code, payload = check_json("--config", str(config))
    assert code == 0 and findings(payload) == []


def test_cli_bad_configuration_exits_2(tmp_path):
    run = CliRunner().invoke(cli.main, ["check", *PAIR, "--config", str(write(tmp_path / "x.toml", "nope = 1"))])
    assert run.exit_code == 2 and "unknown key in [tool.mtcheck]: nope" in run.output
