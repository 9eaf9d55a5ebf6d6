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
    assert "\x1b[31m" in rendered and "»" not in rendered
    assert_snapshot("sample.text-color.txt", rendered)


def test_summary_counts_by_severity_then_by_check_on_short_lines():
    assert text.summary(sample_report()).splitlines() == [
        "3 findings (2 major, 1 minor) in 1 of 2 documents",
        "by check: MT101 glued-token ×2, MT330 glossary-term ×1",
        "2 suppressed by the baseline",
    ]


def test_color_flag_on_the_command_line():
    always = CliRunner().invoke(cli.main, SEED_ARGS + ["--color", "always"])
    never = CliRunner().invoke(cli.main, SEED_ARGS + ["--color", "never"])
    assert "\x1b[" in always.output
    assert "\x1b[" not in never.output and "»Videowhich«" in never.output


def test_context_across_tabs_and_line_breaks_is_wrapped_on_single_spaces():
    """The windows around a span are squashed to one line before wrapping: no tab or break survives."""
    from tests.report.sample import SOURCE, TARGET, finding, result
    from mtcheck.findings import Severity
    from mtcheck.report import Report

    target = TARGET.replace(" on the situation.", "\ton the\x0bsituation.\r")
    glued = finding("MT101", Severity.MAJOR, "glued", "reportedSunday", None)
    rendered = text.render(Report([result([glued], SOURCE, target)], {}, None))
    window = [line for line in rendered.splitlines() if line.startswith("    target: ")]
    assert window == ["    target: The minister »reportedSunday« on the situation. The intelligence se…"]
