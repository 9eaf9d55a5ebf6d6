"""Output safety: no control character from a document reaches a terminal; no lone surrogate breaks a writer."""

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from mtcheck.cli import main
from mtcheck.report import Report, renderers
from mtcheck.text.controls import escape_controls, replace_surrogates
from tests.report.sample import FINDINGS, SIGNATURE, SOURCE, TARGET, finding, result

SEED = Path(__file__).resolve().parents[2] / "corpora" / "seed"
HOSTILE = "\x1b]0;PWNED\x07\x1b[2J\x9b31m\x08\r\u202e"
# What colour output may contain: our own SGR sequences, nothing else that starts with ESC.
_OWN_SGR = re.compile(r"\x1b\[[0-9;]*m")


def test_escape_controls_and_surrogates():
    assert escape_controls("a\x1b[2Jb\x07\tc\nd") == "a\\x1b[2Jb\\x07\tc\nd"
    assert escape_controls("a\tb\nc", lines=False) == "a\\x09b\\x0ac"
    assert escape_controls("\x9b\x7f\x85") == "\\x9b\\x7f\\x85"
    assert replace_surrogates("a\ud800b\udcff") == "a\ufffdb\ufffd"
    assert escape_controls("ünïcödé “quotes” — ok") == "ünïcödé “quotes” — ok"


def test_bidi_overrides_are_escaped_and_right_to_left_marks_kept():
    """Trojan Source: an override would make the terminal show other words than the flagged ones."""
    assert escape_controls("paid \u202e01$\u202c to") == "paid \\u202e01$\\u202c to"
    assert escape_controls("\u2066x\u2069") == "\\u2066x\\u2069"
    assert escape_controls("שלום\u200f abc \u200e") == "שלום\u200f abc \u200e"


@pytest.fixture
def hostile_pair(tmp_path):
    """The seed pair with terminal control sequences in the target text and in its file name."""
    text = (SEED / "belgorod.en.txt").read_text(encoding="utf-8")
    target = tmp_path / f"belgorod{HOSTILE[:10]}.en.txt"
    target.write_text(text.replace("\n\n", f" {HOSTILE}\n\n"), encoding="utf-8")
    return [str(SEED / "belgorod.de.txt"), str(target)]


def _terminal_safe(output: str, colour: bool = False) -> None:
    bare = _OWN_SGR.sub("", output) if colour else output
    assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]", bare), repr(bare[:200])


@pytest.mark.parametrize("args, colour", [(["--color", "never"], False), (["--color", "always"], True),
                                          (["--format", "github"], False)])
def test_control_sequences_in_text_and_file_names_are_escaped(hostile_pair, args, colour):
    run = CliRunner().invoke(main, ["check", *hostile_pair, "-s", "de", "-t", "en", *args])
    assert run.exit_code == 1, run.output
    assert "PWNED" in run.stdout and "\\x1b]0;PWNED\\x07" in run.stdout
    _terminal_safe(run.stdout, colour)


def test_align_escapes_control_sequences(hostile_pair):
    run = CliRunner().invoke(main, ["align", *hostile_pair, "-s", "de", "-t", "en"])
    assert run.exit_code == 0, run.output
    assert "\\x1b]0;PWNED\\x07" in run.stdout
    _terminal_safe(run.stdout)


def _report(target: str, path: str = "news/sample.en.txt") -> Report:
    findings = [finding(f.code, f.severity, f.message, f.target.text, f.source.text if f.source else None)
                for f in FINDINGS]
    return Report([result(findings, SOURCE, target, ("news/sample.de.txt", path))], SIGNATURE)


@pytest.mark.parametrize("fmt", sorted(renderers()))
def test_every_format_encodes_a_lone_surrogate_in_text_and_path(fmt):
    target = TARGET.replace("The minister", "The\ud800minister").replace("said nothing", "said\udcff nothing")
    output = renderers()[fmt](_report(target, "news/sample\udcff.en.txt"))
    assert output.encode("utf-8") and len(output) > 100


@pytest.mark.parametrize("fmt", [*sorted(renderers()), "jsonl"])
def test_a_lone_surrogate_in_jsonl_text_and_id_loses_nothing(tmp_path, fmt):
    de = (SEED / "belgorod.de.txt").read_text(encoding="utf-8")
    en = (SEED / "belgorod.en.txt").read_text(encoding="utf-8")
    pairs = tmp_path / "pairs.jsonl"
    records = [{"id": "good", "source": de, "target": en},
               {"id": "odd\ud800", "source": de, "target": en.replace("The", "The\ud800", 1)}]
    pairs.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="ascii")  # \ud800 escapes
    out = tmp_path / f"out.{fmt}"
    run = CliRunner().invoke(main, ["check", str(pairs), "--format", fmt, "-o", str(out)])
    assert run.exit_code == 1, run.output
    written = out.read_text(encoding="utf-8")
    assert "good" in written or fmt != "jsonl"
    if fmt == "jsonl":
        assert [json.loads(line)["id"] for line in written.splitlines()] == ["good", "odd\ufffd"]
    else:
        assert len(written) > 100


@pytest.mark.parametrize("fmt", ["jsonl", "text", "sarif"])
def test_an_undecodable_file_name_in_directory_mode_is_written_not_lost(tmp_path, fmt):
    import os

    for side in ("de", "en"):
        (tmp_path / side).mkdir()
        with open(os.path.join(os.fsencode(tmp_path / side), b"bad\xff.txt"), "wb") as handle:
            handle.write((SEED / f"belgorod.{side}.txt").read_bytes())
    out = tmp_path / f"out.{fmt}"
    run = CliRunner().invoke(main, ["check", str(tmp_path / "de"), str(tmp_path / "en"), "--format", fmt,
                                    "-o", str(out)])
    assert run.exit_code == 1, run.output
    written = out.read_text(encoding="utf-8")
    if fmt == "jsonl":
        assert json.loads(written)["id"] == "bad\ufffd.txt"
    else:
        assert "bad\ufffd.txt" in written or "bad%FF.txt" in written
