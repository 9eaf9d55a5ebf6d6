"""The command line: exit codes, the JSON contract and bad input."""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from mtcheck.cli import main

SEED = Path(__file__).parent.parent / "corpora" / "seed"
SOURCE = "Der Geheimdienst veröffentlichte ein Video, das den Angriff zeigen soll.\n"
GLUED = "The intelligence service published a Videowhich is intended to show the attack.\n"
CLEAN = "The intelligence service published a video which is intended to show the attack.\n"


@pytest.fixture
def pair(tmp_path):
    def write(source: str | bytes, target: str | bytes):
        paths = []
        for name, content in (("a.de.txt", source), ("a.en.txt", target)):
            path = tmp_path / name
            path.write_bytes(content if isinstance(content, bytes) else content.encode())
            paths.append(str(path))
        return paths
    return write


def run(*args):
    return CliRunner().invoke(main, list(args))


def test_exit_1_on_major_finding_and_0_when_clean(pair):
    assert run("check", *pair(SOURCE, GLUED)).exit_code == 1
    assert run("check", *pair(SOURCE, CLEAN)).exit_code == 0


def test_fail_on_never_and_ignore(pair):
    paths = pair(SOURCE, GLUED)
    assert run("check", *paths, "--fail-on", "never").exit_code == 0
    assert run("check", *paths, "--ignore", "MT101").exit_code == 0
    assert run("check", *paths, "--select", "MT1").exit_code == 1


def test_text_output_is_compiler_style(pair):
    result = run("check", *pair(SOURCE, GLUED), "--color", "never")
    first = result.output.splitlines()[0]
    assert first.endswith("[glued-token]")
    assert ":1:38: MT101 major " in first
    assert "»Videowhich«" in result.output
    assert result.output.rstrip().endswith("MT101 glued-token ×1")


def test_json_contract_offsets_index_the_exact_file_text(pair):
    src, tgt = pair(SOURCE, "\ufeffTitle\r\n\r\n" + GLUED.replace("\n", "\r\n"))
    result = run("check", src, tgt, "--format", "json")
    data = json.loads(result.output)
    assert data["version"] == 1
    doc = data["documents"][0]
    assert {"source", "target", "source_lang", "target_lang", "findings"} <= doc.keys()
    assert (doc["source_lang"], doc["target_lang"]) == ("de", "en")
    text = Path(tgt).read_bytes().decode("utf-8")
    for finding in doc["findings"]:
        assert set(finding) == {"code", "check", "severity", "message", "target", "source", "evidence", "counterpart"}
        span = finding["target"]
        assert text[span["start"]:span["end"]] == span["text"]
    assert [f["target"]["text"] for f in doc["findings"]] == ["Videowhich"]


def test_output_file_is_written_only_on_success(pair, tmp_path):
    out = tmp_path / "report.json"
    assert run("check", *pair(SOURCE, GLUED), "--format", "json", "-o", str(out)).exit_code == 1
    assert json.loads(out.read_text())["documents"]
    out.unlink()
    assert run("check", str(tmp_path / "missing.txt"), str(tmp_path / "a.en.txt"), "-o", str(out)).exit_code == 2
    assert not out.exists()


@pytest.mark.parametrize("source, target, problem", [
    (SOURCE, b"", "is empty"),
    (SOURCE, b"\x00\x00\x00binary", "binary"),
    (SOURCE, "Caf\u00e9 latte.".encode("latin-1"), "not valid UTF-8"),
    (SOURCE, SOURCE, "identical to the source"),
])
def test_bad_input_is_one_line_and_exit_2(pair, source, target, problem):
    result = run("check", *pair(source, target))
    assert result.exit_code == 2
    assert problem in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.output


def test_missing_file_and_directory(tmp_path, pair):
    src, _ = pair(SOURCE, CLEAN)
    for target in (tmp_path / "nope.txt", tmp_path):
        result = run("check", src, str(target))
        assert result.exit_code == 2
        assert str(target) in result.stderr


def test_unknown_check_code_is_a_usage_error(pair):
    result = run("check", *pair(SOURCE, CLEAN), "--select", "MT999")
    assert result.exit_code == 2
    assert "MT999" in result.stderr


def test_checks_and_explain():
    listing = run("checks").output
    assert "MT101" in listing and "glued-token" in listing
    explained = run("explain", "MT101")
    assert explained.exit_code == 0 and "Bad:" in explained.output
    assert run("explain", "MT999").exit_code == 2


def test_align_prints_links():
    result = run("align", str(SEED / "belgorod.de.txt"), str(SEED / "belgorod.en.txt"))
    assert result.exit_code == 0
    assert "[1-2]" in result.output and "< Ein am Dienstag" in result.output


def test_eval_reports_recall_and_json():
    result = run("eval", str(SEED / "belgorod.gold.json"), "--format", "json")
    data = json.loads(result.output)
    assert data["overall"]["major_gold"] == 11
    assert 0 < data["overall"]["major_recall"] <= 1


def test_eval_rejects_a_broken_gold_file(tmp_path):
    gold = tmp_path / "x.gold.json"
    gold.write_text("{not json")
    result = run("eval", str(gold))
    assert result.exit_code == 2 and "not a valid gold file" in result.stderr


def test_readme_table_of_checks_is_generated_from_docstrings():
    table = run("checks", "--format", "markdown").output
    readme = (Path(__file__).parent.parent / "README.md").read_text(encoding="utf-8")
    assert table in readme, "README's table of checks is stale: paste `mtcheck checks --format markdown`"


def test_huge_file_is_refused_before_reading(pair, monkeypatch):
    import mtcheck.text.document

    monkeypatch.setattr(mtcheck.text.document, "MAX_BYTES", 50)
    result = run("check", *pair(SOURCE, GLUED * 3))
    assert result.exit_code == 2 and "too large" in result.stderr


def test_pair_without_special_knowledge_gets_language_independent_checks(tmp_path):
    src, tgt = tmp_path / "a.nl.txt", tmp_path / "a.en.txt"
    src.write_text("De dienst publiceerde een video die de aanval zou tonen.\n")
    tgt.write_text(GLUED)
    result = run("check", str(src), str(tgt), "--format", "json")
    doc = json.loads(result.output)["documents"][0]
    assert (doc["source_lang"], doc["target_lang"]) == ("nl", "en")
    assert [f["code"] for f in doc["findings"]] == ["MT101"]


def test_files_from_pairs_changed_files_by_name_through_the_one_run_path(pair, tmp_path, monkeypatch):
    source, target = pair(SOURCE, GLUED)
    monkeypatch.chdir(tmp_path)
    direct = json.loads(run("check", source, target, "--format", "json").output)
    listed = CliRunner().invoke(main, ["check", "--files-from", "-", "-s", "de", "-t", "en", "--format", "json"],
                                input="a.en.txt\n\na.de.txt\n")
    assert listed.exit_code == 1
    (doc,) = json.loads(listed.output)["documents"]
    assert doc["findings"] == direct["documents"][0]["findings"]
    (tmp_path / "changed.txt").write_text("a.en.txt\nb.en.txt\n")
    (tmp_path / "b.en.txt").write_text(GLUED)
    result = run("check", "--files-from", "changed.txt", "-s", "de", "-t", "en")
    assert result.exit_code == 2
    assert result.stderr == "mtcheck: error: b.en.txt: has no source file (b.de.txt)\n"
    assert "MT101" in result.output  # the other file is still checked


def test_files_from_needs_languages_and_an_existing_list(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert run("check", "--files-from", "missing.txt").stderr == "mtcheck: error: missing.txt: no such file\n"
    (tmp_path / "changed.txt").write_text("a.en.txt\n")
    result = run("check", "--files-from", "changed.txt")
    assert result.exit_code == 2 and result.stderr.startswith("mtcheck: error: --files-from: needs the source")
    assert result.stderr.count("\n") == 1
