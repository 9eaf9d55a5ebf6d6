import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from mtcheck import cli
from mtcheck.run.batch import Pair, check_pairs, directory_pairs, manifest_pairs
from mtcheck.errors import InputError
from mtcheck.options import Options

GARBLED = ("Der Minister berichtete am Sonntag über die Lage an der Grenze.",
           "The minister reportedSunday on the situation at the border.")
CLEAN = ("Die Schulen bleiben am Montag geschlossen.", "The schools remain closed on Monday.")


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def tree(tmp_path) -> Path:
    """de/ and en/ with a garbled and a clean article, one nested, plus noise to ignore."""
    write(tmp_path / "de" / "grenze.de.txt", GARBLED[0])
    write(tmp_path / "en" / "grenze.en.txt", GARBLED[1])
    write(tmp_path / "de" / "news" / "schulen.txt", CLEAN[0])
    write(tmp_path / "en" / "news" / "schulen.txt", CLEAN[1])
    write(tmp_path / "de" / "untranslated.de.txt", "Noch nicht übersetzt.")
    write(tmp_path / "en" / ".DS_Store", "junk")
    return tmp_path


def test_directories_pair_by_name_without_language_suffix(tree):
    pairs = directory_pairs(tree / "de", tree / "en")
    assert [(Path(p.source).name, Path(p.target).name) for p in pairs] == [
        ("grenze.de.txt", "grenze.en.txt"), ("schulen.txt", "schulen.txt")]


def test_a_target_without_source_is_an_error(tree):
    write(tree / "en" / "orphan.en.txt", "Where is my source?")
    with pytest.raises(InputError, match="has no source for .*orphan.en.txt"):
        directory_pairs(tree / "de", tree / "en")


def test_manifest_paths_are_relative_to_the_manifest(tree):
    manifest = write(tree / "list.jsonl", "\n".join([
        json.dumps({"source": "de/grenze.de.txt", "target": "en/grenze.en.txt"}),
        "",
        json.dumps({"source": "de/news/schulen.txt", "target": "en/news/schulen.txt",
                    "source_lang": "de", "target_lang": "en"}),
    ]))
    assert manifest_pairs(manifest) == [
        Pair(str(tree / "de/grenze.de.txt"), str(tree / "en/grenze.en.txt")),
        Pair(str(tree / "de/news/schulen.txt"), str(tree / "en/news/schulen.txt"), "de", "en"),
    ]


@pytest.mark.parametrize("line, problem", [
    ("{not json", r"list.jsonl:1: is not valid JSON"),
    ('{"source": "a.txt"}', r"list.jsonl:1: needs string fields 'source' and 'target'"),
])
def test_bad_manifest_lines(tmp_path, line, problem):
    with pytest.raises(InputError, match=problem):
        manifest_pairs(write(tmp_path / "list.jsonl", line))


def test_parallel_results_match_serial_ones_in_order(tree):
    pairs = directory_pairs(tree / "de", tree / "en")
    options = Options(select=("MT101",), source_lang="de", target_lang="en")
    serial = [[f.to_dict() for f in r.findings] for r in check_pairs(pairs, options, jobs=1)]
    parallel = [[f.to_dict() for f in r.findings] for r in check_pairs(pairs, options, jobs=2)]
    assert parallel == serial and len(serial[0]) == 1 and serial[1] == []


def test_an_input_error_in_a_worker_is_reported(tree):
    write(tree / "en" / "news" / "schulen.txt", "")
    pairs = directory_pairs(tree / "de", tree / "en")
    with pytest.raises(InputError, match="schulen.txt: is empty"):
        list(check_pairs(pairs, Options(), jobs=2))


def invoke(*args: str):
    return CliRunner().invoke(cli.main, ["check", "--select", "MT101", "-s", "de", "-t", "en", *args])


def test_cli_checks_two_directories_into_one_report(tree):
    result = invoke(str(tree / "de"), str(tree / "en"), "--jobs", "2", "--format", "json")
    assert result.exit_code == 1
    documents = json.loads(result.stdout)["documents"]
    assert [len(d["findings"]) for d in documents] == [1, 0]


def test_cli_manifest_exit_status_is_over_all_documents(tree):
    clean = write(tree / "clean.jsonl", json.dumps({"source": "de/news/schulen.txt", "target": "en/news/schulen.txt"}))
    assert invoke("--manifest", str(clean)).exit_code == 0
    both = write(tree / "both.jsonl", clean.read_text() + "\n" + json.dumps(
        {"source": "de/grenze.de.txt", "target": "en/grenze.en.txt"}))
    result = invoke("--manifest", str(both))
    assert result.exit_code == 1 and "1 finding (1 major, 0 minor) in 1 of 2 documents" in result.stdout


@pytest.mark.parametrize("args, message", [
    ([], "give SOURCE and TARGET"),
    (["only-one.txt"], "give its translation as a second file"),  # one text file is no bilingual file
    (["a.txt", "b.txt", "--manifest", "m.jsonl"], "give SOURCE and TARGET"),
])
def test_cli_usage_errors(args, message, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "only-one.txt").write_text("Ein Satz.")
    result = invoke(*args)
    assert result.exit_code == 2 and message in result.output


def test_cli_file_and_directory_do_not_mix(tree):
    result = invoke(str(tree / "de"), str(tree / "en" / "grenze.en.txt"))
    assert result.exit_code == 2 and "must be a directory when the source is one" in result.output
