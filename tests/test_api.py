"""The package's public Python API: ``from mtcheck import check_texts, check_files, Finding, Report, ...``.

The names load lazily, so ``import mtcheck`` stays light; they are the very
objects the command line uses; the docstring examples and those of docs/api.md
run.  That the API gives the CLI's findings is in tests/test_routes.py.
"""

import doctest
import importlib
import re
import subprocess
import sys
from pathlib import Path

import pytest

import mtcheck
from mtcheck import cli

ROOT = Path(__file__).resolve().parents[1]
API_EXAMPLES = [
    (page, block)
    for page in ("docs/api.md", "README.md")
    for block in re.findall(r"^```python\n(.*?)^```", (ROOT / page).read_text(encoding="utf-8"),
                            re.MULTILINE | re.DOTALL)
]


def test_importing_the_package_loads_only_its_root_and_version():
    # Not the run layer, no model library, not even typing.  What else the import system loads on the way
    # (importlib, __future__, warnings) depends on how the package was installed, so only mtcheck's own
    # modules and the heavy ones are pinned.
    code = ("import sys\nstarted = set(sys.modules)\nimport mtcheck\n"
            "print(' '.join(sorted(set(sys.modules) - started)))")
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    new = loaded.stdout.split()
    assert [m for m in new if m.split(".")[0] == "mtcheck"] == ["mtcheck", "mtcheck._version"]
    assert not {"typing", "dataclasses", "click", "re", "json"} & set(new)


def test_every_public_name_is_the_object_of_its_defining_module():
    for name, module in mtcheck._EXPORTS.items():
        assert getattr(mtcheck, name) is getattr(importlib.import_module(module), name), name
    assert set(mtcheck.__all__) == {"__version__", *mtcheck._EXPORTS} <= set(dir(mtcheck))


def test_the_public_names_are_those_the_command_line_uses():
    from mtcheck.run import api

    assert (mtcheck.Report, mtcheck.Options, mtcheck.InputError) == (cli.Report, cli.Options, cli.InputError)
    assert (mtcheck.check_texts, mtcheck.check_files) == (api.check_texts, api.check_files)
    assert mtcheck.__version__ == cli.__version__


def test_the_run_layer_package_keeps_its_name():
    """``mtcheck.run`` is the run layer, not a function the root exports over it."""
    import mtcheck.run.api

    assert mtcheck.run.__name__ == "mtcheck.run" and "run" not in mtcheck.__all__


def test_an_unknown_name_is_an_attribute_error():
    with pytest.raises(AttributeError, match="no attribute 'check_text'"):
        mtcheck.check_text  # noqa: B018
    with pytest.raises(ImportError):
        from mtcheck import Checker  # noqa: F401


@pytest.mark.parametrize("module", ["mtcheck", "mtcheck.run.api", "mtcheck.results"])
def test_docstring_examples_run(module, monkeypatch):
    monkeypatch.chdir(ROOT)  # the examples name corpora/seed files
    result = doctest.testmod(importlib.import_module(module))
    assert result.attempted and not result.failed


@pytest.mark.parametrize(("page", "example"), API_EXAMPLES,
                         ids=[f"{page}-{i}" for i, (page, _) in enumerate(API_EXAMPLES)])
def test_the_python_examples_of_the_docs_run(page, example, monkeypatch, capsys):
    monkeypatch.chdir(ROOT)  # the examples name corpora/seed files
    exec(compile(example, page, "exec"), {"__name__": "__main__"})  # noqa: S102  our own pages
    assert capsys.readouterr().err == ""


@pytest.mark.parametrize("source, target", [("", "The minister spoke."), ("Der Minister sprach.", " \n\t")])
def test_a_blank_text_is_refused_as_the_command_line_refuses_an_empty_file(source, target):
    with pytest.raises(mtcheck.InputError, match="has no text to check"):
        mtcheck.check_texts(source, target, "de", "en")
