"""Every check is registered once, documented, and has flagging and passing examples."""

import importlib
import pkgutil

import pytest

import tests.checks
from mtcheck.checks import all_checks, find_check, select_checks


def _all_examples():
    examples = []
    for module in pkgutil.iter_modules(tests.checks.__path__):
        if module.name.startswith("test_"):
            examples += getattr(importlib.import_module(f"tests.checks.{module.name}"), "EXAMPLES", [])
    return examples


def test_codes_and_names_are_unique():
    checks = all_checks()
    assert len({c.code for c in checks}) == len(checks)
    assert len({c.name for c in checks}) == len(checks)


@pytest.mark.parametrize("check", all_checks(), ids=lambda c: c.code)
def test_check_is_documented(check):
    assert check.code.startswith("MT") and check.code[2:].isdigit()
    assert check.name == check.name.lower() and " " not in check.name
    assert "Bad:" in check.doc and "Good:" in check.doc, "docstring needs Bad: and Good: examples"


@pytest.mark.parametrize("check", all_checks(), ids=lambda c: c.code)
def test_check_has_flag_and_pass_examples(check):
    verdicts = {e.expect_flag for e in _all_examples() if e.code == check.code}
    assert verdicts == {True, False}, f"{check.code} needs examples it flags and near-misses it passes"


def test_selection_by_prefix_name_and_ignore():
    assert [c.code for c in select_checks(select=["MT101"])] == ["MT101"]
    assert [c.code for c in select_checks(select=["glued-token"])] == ["MT101"]
    assert "MT101" not in [c.code for c in select_checks(ignore=["MT1"])]
    assert find_check("mt101") is find_check("glued-token")
