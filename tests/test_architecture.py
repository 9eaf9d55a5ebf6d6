"""The package's layers point down: the import contract in pyproject.toml holds (import-linter)."""

import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_imports_keep_the_layer_contract(capsys):
    cli = pytest.importorskip("importlinter.cli")
    status = cli.lint_imports(config_filename=str(ROOT / "pyproject.toml"), no_cache=True, no_logo=True)
    assert status == 0, capsys.readouterr().out


@pytest.mark.parametrize("upward", ["from mtcheck.run import api", "from mtcheck import check_texts"])
def test_the_contract_catches_an_upward_import(upward, tmp_path, monkeypatch, capsys):
    """A broken contract fails: a copy of the package whose results module imports the run,
    directly or through the package's lazy re-exports (which the import graph sees)."""
    cli = pytest.importorskip("importlinter.cli")

    shutil.copytree(ROOT / "mtcheck", tmp_path / "mtcheck", ignore=shutil.ignore_patterns("__pycache__"))
    results = tmp_path / "mtcheck" / "results.py"
    results.write_text(results.read_text(encoding="utf-8") + f"\n{upward}  # noqa\n", encoding="utf-8")
    shutil.copy(ROOT / "pyproject.toml", tmp_path)
    monkeypatch.chdir(tmp_path)
    monkeypatch.syspath_prepend(str(tmp_path))
    for name in [m for m in sys.modules if m == "mtcheck" or m.startswith("mtcheck.")]:
        monkeypatch.delitem(sys.modules, name)
    status = cli.lint_imports(config_filename=str(tmp_path / "pyproject.toml"), no_cache=True, no_logo=True)
    assert status == 1 and "mtcheck.results is not allowed to import mtcheck.run" in capsys.readouterr().out
