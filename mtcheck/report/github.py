"""GitHub Actions workflow commands: findings become inline annotations on a pull request.

A document that could not be checked is an ``::error`` without a position.
Each finding is one ``::error`` (major) or ``::warning`` (minor) line with
file, line, column and end position in the user's file (the whole file
where a span has no place in it), titled with its code and check name.
Values are escaped as the runner expects (``%``, CR and LF everywhere;
``:`` and ``,`` too inside properties), so no document text can inject a
command of its own; other control characters are shown as ``\x1b``-style
escapes, so none reaches the log viewer or a terminal.
"""

from __future__ import annotations

from mtcheck.findings import Finding, Severity
from mtcheck.results import DocumentResult, Report
from mtcheck.report.text import summary
from mtcheck.text.controls import escape_controls

_LEVEL = {Severity.MAJOR: "error", Severity.MINOR: "warning"}


def escape_data(text: str) -> str:
    """Escape a command's message; other control characters become visible ``\\x1b`` escapes."""
    return escape_controls(text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"))


def escape_property(text: str) -> str:
    """Escape a command's property value."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(result: DocumentResult, finding: Finding) -> str:
    """One workflow command for one finding."""
    properties: dict[str, object] = {"file": result.target.path}
    found = result.target.position(finding.target.start, finding.target.end)
    if found is not None:  # else an annotation on the file as a whole
        end_line, end_col = found.end_line, max(found.column, found.end_column - 1)  # GitHub's end is inclusive
        properties["line"] = found.line
        if found.line == end_line:  # GitHub ignores columns on annotations spanning lines
            properties.update(col=found.column, endColumn=end_col)
        properties["endLine"] = end_line
    properties["title"] = f"{finding.code} {finding.check} ({finding.severity.value})"
    props = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties.items())
    message = finding.message
    if finding.source:
        message += f"\nSource: {' '.join(finding.source.text.split())}"
    return f"::{_LEVEL[finding.severity]} {props}::{escape_data(message)}"


def render(report: Report) -> str:
    """Every finding as an annotation, then the summary as a plain log line."""
    lines = [annotation(r, f) for r in report.documents for f in r.findings]
    lines += [f"::error title=mtcheck::{escape_data(e.message)}" for e in report.errors]
    lines.append(summary(report))
    return "\n".join(lines) + "\n"
