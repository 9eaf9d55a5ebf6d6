"""The command backend: sentences piped through an external program, one per line."""

from __future__ import annotations

import shlex
import sys

import pytest

from mtcheck.errors import InputError
from mtcheck.translate.command import CommandTranslator

UPPER = "import sys\nfor line in sys.stdin:\n    print(sys.argv[1] + '>' + sys.argv[2] + ': ' + line.strip().upper())\n"
DROP_ONE = "import sys\nprint(sys.stdin.readline().strip())\n"
FAIL = "import sys\nsys.stderr.write('engine offline\\n')\nsys.exit(3)\n"


def _command(tmp_path, script: str, args: str = "") -> str:
    path = tmp_path / "engine.py"
    path.write_text(script, encoding="utf-8")
    return f"{shlex.quote(sys.executable)} {shlex.quote(str(path))} {args}"


def test_program_gets_one_line_per_text_and_the_languages(tmp_path):
    translator = CommandTranslator(_command(tmp_path, UPPER, "{src} {tgt}"))
    texts = ["Guten Tag.", "Zwei\nZeilen."]
    assert translator.translate(texts, "de", "en") == ["de>en: GUTEN TAG.", "de>en: ZWEI ZEILEN."]
    assert "de" in translator.identity("de", "en") and translator.can_translate("xx", "yy")


def test_wrong_line_count_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="wrote 1 lines for 2 sentences"):
        CommandTranslator(_command(tmp_path, DROP_ONE)).translate(["a", "b"], "de", "en")


def test_failing_program_reports_its_last_stderr_line(tmp_path):
    with pytest.raises(InputError, match="exit status 3: engine offline"):
        CommandTranslator(_command(tmp_path, FAIL)).translate(["a"], "de", "en")


def test_missing_program_is_an_input_error():
    with pytest.raises(InputError, match="not found"):
        CommandTranslator("no-such-translator-program {src}").translate(["a"], "de", "en")
