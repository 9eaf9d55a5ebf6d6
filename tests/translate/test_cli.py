"""The command line with round trip: a local model end to end, files, commands and errors."""

from __future__ import annotations

import json
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from mtcheck.cli import main

ROOT = Path(__file__).parents[2]
SEED = ROOT / "corpora" / "seed"
SOURCE, TARGET = str(SEED / "belgorod.de.txt"), str(SEED / "belgorod.en.txt")
HEAVY = ("torch", "transformers", "sentencepiece")


def _run(*args: str):
    return CliRunner().invoke(main, list(args))


def test_heuristic_check_imports_no_model_library():
    probe = (
        "import sys\nfrom mtcheck.cli import main\n"
        f"try:\n    main(['check', {SOURCE!r}, {TARGET!r}, '--format', 'json'])\nexcept SystemExit:\n    pass\n"
        f"print('HEAVY', [m for m in {HEAVY!r} if m in sys.modules])\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True)
    assert done.stdout.strip().splitlines()[-1] == "HEAVY []"
    assert '"translator": null' in done.stdout


def test_check_with_a_local_model_runs_the_round_trip_end_to_end(tiny_model, tmp_path):
    args = ["check", SOURCE, TARGET, "--model", str(tiny_model), "--max-length", "12", "--batch-size", "8",
            "--cache-dir", str(tmp_path), "--format", "json", "--fail-on", "never"]
    result = _run(*args)
    assert result.exit_code == 0, result.output
    signature = json.loads(result.stdout)["signature"]
    assert signature["translator"].startswith("seq2seq(en-de=") and "MT341" in signature["checks"]
    assert signature["alignment"] == "length+anchors+similarity"
    assert (tmp_path / "translations.sqlite3").stat().st_size > 0
    assert _run(*args).stdout == result.stdout  # the cached run reports the same


def test_back_translation_file_runs_without_any_model(tmp_path):
    result = _run("check", SOURCE, TARGET, "--back-translation", str(SEED / "belgorod.bt.de.txt"), "--format", "json")
    assert result.exit_code == 1  # the seed's garbles are major findings
    assert "back-translation file" in json.loads(result.stdout)["signature"]["translator"]


def test_translator_command_runs_end_to_end(tmp_path):
    engine = tmp_path / "echo.py"
    engine.write_text("import sys\nfor line in sys.stdin:\n    print(line.rstrip('\\n'))\n", encoding="utf-8")
    command = f"{shlex.quote(sys.executable)} {shlex.quote(str(engine))} {{src}} {{tgt}}"
    result = _run("check", SOURCE, TARGET, "--translator-command", command, "--no-cache", "--format", "json")
    assert result.exit_code == 1, result.output
    assert json.loads(result.stdout)["signature"]["translator"].startswith("command(")


def test_eval_takes_a_back_translation_template():
    result = _run("eval", str(SEED / "belgorod.gold.json"), "--back-translation", "{dir}/{name}.bt.{source_lang}.txt")
    assert result.exit_code == 0 and "OVERALL" in result.stdout


@pytest.mark.parametrize("args, message", [
    (["--model", "/no/such/model"], "/no/such/model: no such model directory"),
    (["--round-trip"], "Helsinki-NLP/opus-mt-en-de: is neither a model directory nor in the local Hugging Face "
                       "cache; download it once with --allow-download"),
])
def test_missing_model_is_one_line_and_exit_2(args, message, request):
    if "--round-trip" in args:
        request.getfixturevalue("mt_extra")  # the default model is looked up in the Hugging Face cache
    result = _run("check", SOURCE, TARGET, *args)
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [result.stderr.strip()] and message in result.stderr


def test_two_models_without_direction_are_a_usage_error():
    result = _run("check", SOURCE, TARGET, "--model", "a", "--model", "b")
    assert result.exit_code == 2 and "SRC-TGT=MODEL" in result.stderr
