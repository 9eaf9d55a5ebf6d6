"""Confinement: manifests and directories lead only inside themselves unless --allow-outside."""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from mtcheck.cli import main
from mtcheck.errors import InputError
from mtcheck.inputs.confine import is_inside, outside_problem, resolve_inside
from mtcheck.inputs.jobs import bilingual_jobs, directory_jobs, manifest_jobs
from mtcheck.run.config import load_config

SEED = Path(__file__).resolve().parents[2] / "corpora" / "seed"
DATA = Path(__file__).resolve().parents[1] / "inputs" / "data"
SECRET = "root:x:0:0:SECRET-PASSWORD-LINE:/root:/bin/bash"


@pytest.fixture
def tree(tmp_path):
    """A project tree with the seed pair, and a secret file beside (outside) it."""
    (tmp_path / "secret.txt").write_text(SECRET + "\n", encoding="utf-8")
    project = tmp_path / "project"
    for side in ("de", "en"):
        (project / side).mkdir(parents=True)
        (project / side / "belgorod.txt").write_bytes((SEED / f"belgorod.{side}.txt").read_bytes())
    return project


def test_resolve_inside(tree):
    assert resolve_inside(tree, "de/belgorod.txt", "m:1") == tree / "de/belgorod.txt"
    assert resolve_inside(tree, "de/../en/belgorod.txt", "m:1") == tree / "de/../en/belgorod.txt"
    with pytest.raises(InputError, match=r"^m:1: '/etc/passwd' is an absolute path; .*--allow-outside"):
        resolve_inside(tree, "/etc/passwd", "m:1")
    with pytest.raises(InputError, match=r"^m:1: '../secret.txt' leads outside .*--allow-outside"):
        resolve_inside(tree, "../secret.txt", "m:1")
    with pytest.raises(InputError, match="leads outside"):
        resolve_inside(tree, "de/../../../../../../../etc/passwd", "m:1")
    assert resolve_inside(tree, "../secret.txt", "m:1", allow_outside=True).read_text().startswith("root")


def test_a_link_out_of_the_tree_is_outside_and_a_loop_is_an_error(tree):
    (tree / "en" / "link.txt").symlink_to(tree.parent / "secret.txt")
    (tree / "en" / "inner.txt").symlink_to(tree / "de" / "belgorod.txt")
    assert not is_inside(tree / "en" / "link.txt", tree / "en")
    assert is_inside(tree / "en" / "inner.txt", tree)
    assert "symbolic link to a file outside" in outside_problem(tree / "en" / "link.txt", tree / "en")
    assert outside_problem(tree / "en" / "link.txt", tree / "en", allow_outside=True) is None
    (tree / "loop").symlink_to(tree / "loop")
    with pytest.raises(InputError, match="cannot be resolved"):
        is_inside(tree / "loop", tree)


def _manifest(tree: Path, *targets: str) -> Path:
    path = tree / "m.jsonl"
    path.write_text("".join(json.dumps({"source": "de/belgorod.txt", "target": t}) + "\n" for t in targets),
                    encoding="utf-8")
    return path


def test_manifest_jobs_refuse_paths_out_of_its_directory(tree):
    manifest = _manifest(tree, "en/belgorod.txt", "../secret.txt", str(tree.parent / "secret.txt"))
    jobs = list(manifest_jobs(manifest))
    assert [bool(j.problem) for j in jobs] == [False, True, True]
    assert "leads outside" in jobs[1].problem and "absolute path" in jobs[2].problem
    assert not any(j.problem for j in manifest_jobs(manifest, allow_outside=True))


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_a_manifest_naming_a_file_outside_never_quotes_it(tree, fmt):
    manifest = _manifest(tree, "../secret.txt")
    run = CliRunner().invoke(main, ["check", "--manifest", str(manifest), "--format", fmt])
    assert run.exit_code == 2 and "SECRET-PASSWORD" not in run.output
    assert "leads outside" in run.output and "Traceback" not in run.output
    allowed = CliRunner().invoke(main, ["check", "--manifest", str(manifest), "--format", fmt, "--allow-outside"])
    assert allowed.exit_code in (0, 1), allowed.output


def test_directory_mode_does_not_follow_a_link_out_of_the_tree(tree):
    (tree / "de" / "leak.txt").write_text("Geheim.\n", encoding="utf-8")
    (tree / "en" / "leak.txt").symlink_to(tree.parent / "secret.txt")
    jobs = {j.id: j for j in directory_jobs(tree / "de", tree / "en")}
    assert jobs["belgorod.txt"].problem is None and "outside" in jobs["leak.txt"].problem
    assert jobs["leak.txt"].target is None
    assert not any(j.problem for j in directory_jobs(tree / "de", tree / "en", allow_outside=True))
    for fmt in ("json", "jsonl"):
        run = CliRunner().invoke(main, ["check", str(tree / "de"), str(tree / "en"), "--format", fmt])
        assert run.exit_code == 2 and "SECRET-PASSWORD" not in run.output and "outside" in run.output


def test_bilingual_directories_do_not_follow_a_link_out_of_the_tree(tmp_path):
    units = tmp_path / "units"
    units.mkdir()
    (units / "memory.tmx").write_bytes((DATA / "memory.tmx").read_bytes())
    (units / "leak.xlf").symlink_to(DATA / "strings.xlf")
    jobs = {j.id: j for j in bilingual_jobs(units)}
    assert jobs["memory.tmx"].problem is None and "outside" in jobs["leak.xlf"].problem
    assert jobs["leak.xlf"].record is None
    assert not any(j.problem for j in bilingual_jobs(units, allow_outside=True))


def test_allow_outside_in_the_configuration(tmp_path):
    path = tmp_path / "mtcheck.toml"
    path.write_text("allow-outside = true\n", encoding="utf-8")
    assert load_config(path).options().allow_outside is True
    assert load_config(path).options(allow_outside=None).allow_outside is True
    path.write_text('allow-outside = "yes"\n', encoding="utf-8")
    with pytest.raises(InputError, match="'allow-outside' must be true or false"):
        load_config(path)


def test_files_named_on_the_command_line_are_the_users_choice(tree, monkeypatch):
    outside = tree.parent / "belgorod.en.txt"
    outside.write_bytes((SEED / "belgorod.en.txt").read_bytes())
    monkeypatch.chdir(tree)
    run = CliRunner().invoke(main, ["check", "de/belgorod.txt", str(outside), "--format", "json"])
    assert run.exit_code == 1, run.output
