from click.testing import CliRunner

from mtcheck import cli
from mtcheck.report import text
from tests.report.sample import SEED, sample_report
from tests.report.snapshot import assert_snapshot

SEED_ARGS = ["check", str(SEED / "belgorod.de.txt"), str(SEED / "belgorod.en.txt"), "--select", "MT101"]


def test_text_snapshot():
    assert_snapshot("sample.text.txt", text.render(sample_report()))


def test_text_colour_snapshot():
    rendered = text.render(sample_report(color=True))
    assert "\033[31m" in rendered and "»" not in rendered
    assert_snapshot("sample.text-color.txt", rendered)


def test_summary_counts_by_severity_and_check():
    line = text.summary(sample_report())
    assert line.startswith("3 findings (2 major, 1 minor) in 1 of 2 documents:")
    assert "MT101 glued-token ×2, MT330 glossary-term ×1" in line
    assert line.endswith("×1; 2 suppressed by the baseline")


def test_color_flag_on_the_command_line():
    always = CliRunner().invoke(cli.main, SEED_ARGS + ["--color", "always"])
    never = CliRunner().invoke(cli.main, SEED_ARGS + ["--color", "never"])
    assert "\033[" in always.output
    assert "\033[" not in never.output and "»Videowhich«" in never.output


def test_auto_colour_respects_no_color(monkeypatch):
    monkeypatch.setattr("sys.stdout.isatty", lambda: True)
    monkeypatch.delenv("NO_COLOR", raising=False)
    assert cli._use_color("auto")
    monkeypatch.setenv("NO_COLOR", "1")
    assert not cli._use_color("auto")
    assert cli._use_color("always")
