"""Terminal conventions: colour (NO_COLOR, FORCE_COLOR, --color), stdin, --quiet, --statistics,
help sections, progress on stderr, one message style, and the wrapped text report."""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from mtcheck.cli import main
from mtcheck.findings import Span
from mtcheck.report import text
from mtcheck.terminal import Progress, color_choice, columns, show_progress
from mtcheck.results import Report
from tests.report.sample import FINDINGS, SOURCE as SAMPLE_SOURCE, result, sample_report

ROOT = Path(__file__).resolve().parents[1]
SOURCE = "Der Geheimdienst veröffentlichte ein Video, das den Angriff zeigen soll.\n"
GLUED = "The intelligence service published a Videowhich is intended to show the attack.\n"
ESC = "\x1b["


@pytest.fixture
def pair(tmp_path):
    paths = []
    for name, content in (("a.de.txt", SOURCE), ("a.en.txt", GLUED)):
        (tmp_path / name).write_text(content, encoding="utf-8")
        paths.append(str(tmp_path / name))
    return paths


@pytest.fixture
def archive(tmp_path):
    """Two directories of five pairs, each with one glued token."""
    for side, content in (("de", SOURCE), ("en", GLUED)):
        (tmp_path / side).mkdir()
        for n in range(5):
            (tmp_path / side / f"doc{n}.txt").write_text(content, encoding="utf-8")
    return [str(tmp_path / "de"), str(tmp_path / "en")]


def invoke(*args, env=None, **kwargs):
    clean = {"NO_COLOR": None, "FORCE_COLOR": None, "COLUMNS": None, **(env or {})}
    return CliRunner().invoke(main, list(args), env=clean, **kwargs)


# Colour

@pytest.mark.parametrize("choice, environ, expected", [
    ("auto", {}, None),  # click decides: on for a terminal
    ("auto", {"NO_COLOR": "1"}, False),
    ("auto", {"NO_COLOR": ""}, None),  # no-color.org: only a non-empty NO_COLOR disables colour
    ("auto", {"FORCE_COLOR": "1"}, True),
    ("auto", {"FORCE_COLOR": ""}, None),
    ("auto", {"NO_COLOR": "", "FORCE_COLOR": "1"}, True),
    ("auto", {"NO_COLOR": "1", "FORCE_COLOR": "1"}, False),
    ("always", {"NO_COLOR": "1"}, True),
    ("never", {"FORCE_COLOR": "1"}, False),
])
def test_colour_choice_follows_no_color_and_force_color(choice, environ, expected):
    assert color_choice(choice, environ) is expected


@pytest.mark.parametrize("env, args, coloured", [
    ({}, [], False),  # piped: no escapes by default
    ({"NO_COLOR": ""}, [], False),
    ({"FORCE_COLOR": "1"}, [], True),  # even when piped
    ({"NO_COLOR": "", "FORCE_COLOR": "1"}, [], True),
    ({"NO_COLOR": "1", "FORCE_COLOR": "1"}, [], False),
    ({"NO_COLOR": "1"}, ["--color", "always"], True),
    ({"FORCE_COLOR": "1"}, ["--color", "never"], False),
])
def test_piped_report_colour(pair, env, args, coloured):
    result = invoke("check", *pair, *args, env=env)
    assert result.exit_code == 1
    assert (ESC in result.stdout) is coloured
    assert ("»Videowhich«" in result.stdout) is not coloured


def test_a_report_written_to_a_file_is_never_coloured(pair, tmp_path):
    out = tmp_path / "report.txt"
    assert invoke("check", *pair, "-o", str(out), env={"FORCE_COLOR": "1"}).exit_code == 1
    assert ESC not in out.read_text(encoding="utf-8")


def _on_a_terminal(args: list[str], env: dict[str, str]) -> str:
    """What ``python -m mtcheck ARGS`` writes to stdout when stdout is a terminal (a pseudo-terminal)."""
    pty = pytest.importorskip("pty")
    master, slave = pty.openpty()
    environ = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    environ.update(env, PYTHONPATH=str(ROOT))
    subprocess.run([sys.executable, "-m", "mtcheck", *args], stdout=slave, stderr=subprocess.DEVNULL,
                   env=environ, cwd=ROOT, timeout=120, check=False)
    os.close(slave)
    chunks = []
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # the terminal is closed and drained
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(master)
    return b"".join(chunks).decode("utf-8")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="pseudo-terminals as on Linux")
def test_on_a_terminal_colour_is_on_unless_no_color_is_set(pair):
    assert ESC in _on_a_terminal(["check", *pair], {})
    assert ESC in _on_a_terminal(["check", *pair], {"NO_COLOR": ""})
    plain = _on_a_terminal(["check", *pair], {"NO_COLOR": "1"})
    assert ESC not in plain and "»Videowhich«" in plain


def test_no_hand_written_escape_codes_in_the_package():
    sources = "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "mtcheck").rglob("*.py"))
    assert not re.search(r"\\(033|x1b|u001b|e)\[", sources)


# Standard input

def test_target_from_stdin(pair):
    result = invoke("check", pair[0], "-", "--format", "json", input=GLUED)
    assert result.exit_code == 1, result.output
    document = json.loads(result.stdout)["documents"][0]
    assert (document["target"], document["target_lang"]) == ("<stdin>", "en")
    assert [f["target"]["text"] for f in document["findings"]] == ["Videowhich"]


def test_source_from_stdin_with_its_language_given(pair):
    result = invoke("check", "-", pair[1], "-s", "de", "--color", "never", "--jobs", "2", input=SOURCE)
    assert result.exit_code == 1, result.output
    assert ":1:38: MT101 major" in result.stdout


@pytest.mark.parametrize("args, problem", [
    (["-", "-"], "not both"),
    (["-"], "not a bilingual file"),
])
def test_stdin_at_most_once_and_only_in_a_pair(args, problem):
    result = invoke("check", *args, input=GLUED)
    assert result.exit_code == 2 and problem in result.stderr
    assert result.stderr.startswith("mtcheck: error: <stdin>: ")


def test_limits_apply_to_stdin(pair):
    result = invoke("check", pair[0], "-", "--max-bytes", "78", input=GLUED)
    assert result.exit_code == 2
    assert "mtcheck: error: <stdin>: too large" in result.stderr


# --quiet and -o

def test_quiet_prints_nothing_and_exits_with_the_result(pair):
    result = invoke("check", *pair, "--quiet")
    assert (result.exit_code, result.stdout, result.stderr) == (1, "", "")


def test_quiet_still_prints_errors(pair, tmp_path):
    result = invoke("check", pair[0], str(tmp_path / "missing.en.txt"), "-q")
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr.startswith("mtcheck: error: ") and "no such file" in result.stderr


def test_quiet_still_writes_the_file_asked_for(pair, tmp_path):
    out = tmp_path / "report.json"
    result = invoke("check", *pair, "-q", "--format", "json", "-o", str(out))
    assert (result.exit_code, result.stdout, result.stderr) == (1, "", "")
    assert json.loads(out.read_text(encoding="utf-8"))["documents"]


def test_quiet_streaming_writes_no_lines_and_no_summary(archive):
    result = invoke("check", *archive, "--format", "jsonl", "-q", "--progress")
    assert (result.exit_code, result.stdout, result.stderr) == (1, "", "")


def test_output_file_is_announced_on_stderr(pair, tmp_path):
    out = tmp_path / "report.sarif"
    result = invoke("check", *pair, "--format", "sarif", "-o", str(out))
    assert result.stdout == ""
    assert result.stderr == f"mtcheck: wrote {out} (1 finding)\n"


# --statistics

def test_statistics_counts_per_code_most_frequent_first(tmp_path):
    source = SOURCE + "\n" + SOURCE.replace("Video", "Bild")
    target = GLUED + "\n" + 'The service published a "Picturewhich is intended to show the attack.\n'
    (tmp_path / "b.de.txt").write_text(source, encoding="utf-8")
    (tmp_path / "b.en.txt").write_text(target, encoding="utf-8")
    args = ["check", str(tmp_path / "b.de.txt"), str(tmp_path / "b.en.txt"), "--statistics"]
    table = invoke(*args)
    rows = [line.split() for line in table.stdout.splitlines()]
    assert table.exit_code == 1 and rows[0] == ["2", "MT101", "glued-token", "major"]
    assert [int(row[0]) for row in rows] == sorted((int(row[0]) for row in rows), reverse=True)
    listed = json.loads(invoke(*args, "--format", "json").stdout)
    assert listed[0] == {"code": "MT101", "name": "glued-token", "count": 2, "severity": "major", "major": 2, "minor": 0}
    assert [[str(r["count"]), r["code"], r["name"], r["severity"]] for r in listed] == rows


def test_statistics_wants_a_table_format(pair):
    result = invoke("check", *pair, "--statistics", "--format", "sarif")
    assert result.exit_code == 2 and "--statistics" in result.stderr


# Help

def test_check_help_lists_every_option_once_in_sections():
    helped = invoke("check", "--help").stdout.split("\n\nEveryday:")[1]
    titles = re.findall(r"^(\S[^\n]*):$", helped, flags=re.M)
    assert titles[:4] == ["Selection", "Inputs", "Output", "Limits"]
    assert titles[4].startswith("Round trip")
    for option in ("--source-lang", "--quiet", "--statistics", "--progress", "--select", "--max-bytes", "--model",
                   "--int8", "--config", "--format", "--help"):
        assert len(re.findall(rf"^  (-\w, )?{option}\b", helped, flags=re.M)) == 1, option
    everyday = helped.split("Selection:")[0]
    assert "--format" in everyday and "--output" in everyday and "--model" not in everyday


# Progress

def test_progress_goes_to_stderr_never_stdout(archive):
    result = invoke("check", *archive, "--progress", "--format", "json")
    assert "mtcheck: checking 5/5 documents (100%)" in result.stderr
    assert "checking" not in result.stdout and json.loads(result.stdout)["documents"]


@pytest.mark.parametrize("fmt", ["text", "jsonl", "sarif"])
def test_no_progress_off_a_terminal_or_when_quiet(archive, fmt):
    assert "checking" not in invoke("check", *archive, "--format", fmt).stderr
    assert "checking" not in invoke("check", *archive, "--format", fmt, "--progress", "-q").stderr


def test_eval_shows_progress_when_asked():
    gold = ROOT / "corpora" / "seed" / "belgorod.gold.json"
    result = invoke("eval", str(gold), "--progress", "--format", "json")
    assert result.exit_code == 0
    assert "mtcheck: scoring 1/1 gold files (100%)" in result.stderr
    assert json.loads(result.stdout)["overall"]


def test_progress_shows_on_a_terminal_for_a_run_of_several_documents(monkeypatch):
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    assert show_progress(None, False) and show_progress(None, False, 4)
    assert not show_progress(None, False, 2)
    assert not show_progress(None, True, 100) and not show_progress(True, True)
    assert not show_progress(False, False, 100)
    monkeypatch.setattr(sys.stderr, "isatty", lambda: False)
    assert not show_progress(None, False, 100) and show_progress(True, False, 1)


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_redraws_one_line_on_a_terminal_and_clears_it():
    screen = _Terminal()
    with Progress(3, stream=screen) as bar:
        for _ in range(3):
            bar.advance()
    drawn = screen.getvalue()
    assert "\n" not in drawn and "\rmtcheck: checking 3/3 documents (100%)" in drawn
    assert drawn.endswith("\r" + " " * len("mtcheck: checking 3/3 documents (100%)") + "\r")


# Message style

def test_usage_errors_look_like_every_other_message(pair):
    typo = invoke("check", *pair, "--quiett")
    assert typo.exit_code == 2
    assert typo.stderr.startswith("mtcheck: error: no such option")
    misuse = invoke("check", *pair, "--manifest", "m.jsonl")
    assert misuse.exit_code == 2 and misuse.stderr.startswith("mtcheck: error: give SOURCE and TARGET")


# The text report

def test_context_lines_are_wrapped_to_the_width_and_the_first_line_is_not():
    report = sample_report()
    report.width = 50
    lines = text.render(report).splitlines()
    findings = [line for line in lines if ": MT" in line]
    assert any(len(line) > 50 for line in findings)  # path:line:col: CODE severity message, whole
    context = [line for line in lines if line.startswith("    ")]
    assert context and all(len(line) <= 50 for line in context)
    assert any(line.startswith(" " * 12) for line in context)


def test_the_width_comes_from_columns_else_80_when_piped(monkeypatch):
    monkeypatch.delenv("COLUMNS", raising=False)
    monkeypatch.setattr(sys.stdout, "isatty", lambda: False)
    assert columns() == 80
    monkeypatch.setenv("COLUMNS", "57")
    assert columns() == 57


def test_the_report_on_stdout_wraps_to_columns(pair):
    wide = invoke("check", *pair, env={"COLUMNS": "200"}).stdout
    narrow = invoke("check", *pair, env={"COLUMNS": "50"}).stdout
    assert max(len(line) for line in wide.splitlines() if line.startswith("    ")) > 50
    assert max(len(line) for line in narrow.splitlines() if line.startswith("    ")) <= 50


def test_coloured_wrapping_keeps_styles_off_the_indent():
    report = sample_report(color=True)
    report.width = 50
    for line in text.render(report).splitlines():
        if line.startswith("    "):
            assert not line.startswith(" " * 4 + ESC) and not re.match(r"\s+\x1b\[[0-9;]*m\s", line)


def test_the_counterpart_is_marked_in_its_source_context():
    start = SAMPLE_SOURCE.index("berichtete am Sonntag")
    counterpart = Span(start, start + len("berichtete am Sonntag"), "berichtete am Sonntag")
    rendered = text.render(Report([result([replace(FINDINGS[0], counterpart=counterpart), *FINDINGS[1:]])]))
    assert "    source: Der Minister »berichtete am Sonntag« über die Lage. Der" in rendered


def test_a_long_source_without_counterpart_is_trimmed_to_a_window(tmp_path):
    clause = "und der Sprecher der Regierung sagte danach noch etwas ganz anderes zu den Vorgängen, "
    source = "Der Geheimdienst veröffentlichte ein Video, " + clause * 5 + "das den Angriff zeigen soll.\n"
    target = "The intelligence service published a video, " + \
        "and the government spokesman then said something entirely different about the events, " * 5 + \
        "which is intended to show the Videowhich attack.\n"
    (tmp_path / "c.de.txt").write_text(source, encoding="utf-8")
    (tmp_path / "c.en.txt").write_text(target, encoding="utf-8")
    result = invoke("check", str(tmp_path / "c.de.txt"), str(tmp_path / "c.en.txt"), "--select", "MT101")
    shown = result.stdout.split("    source: ")[1].split("\n\n")[0]
    shown = " ".join(shown.split())
    assert shown.startswith("…") and len(shown) < 100
    assert "Angriff" in shown  # the window sits where the span sits in its sentence: near the end


def test_summary_names_the_most_frequent_checks_and_points_to_statistics(monkeypatch):
    report = sample_report()
    rows = [{"code": f"MT{n}", "name": "x", "count": 1, "severity": "major"} for n in range(100, 109)]
    monkeypatch.setattr(text, "rows", lambda _: rows)
    lines = text.summary(report).splitlines()
    assert "MT105 x ×1 and 3 more (--statistics lists every check)" in " ".join(" ".join(lines).split())
    assert all(len(line) <= report.width for line in lines)
