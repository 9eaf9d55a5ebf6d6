"""Text output like a compiler's: ``path:line:col: CODE severity message``, context, summary."""

from __future__ import annotations

from collections import Counter

from mtcheck.api import DocumentResult
from mtcheck.findings import Finding, Severity
from mtcheck.report import Report

_CONTEXT = 40
_COLORS = {Severity.MAJOR: "\033[31m", Severity.MINOR: "\033[33m"}
_BOLD, _DIM, _RESET = "\033[1m", "\033[2m", "\033[0m"


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _paint(text: str, style: str, color: bool) -> str:
    return f"{style}{text}{_RESET}" if color else text


def _context(text: str, start: int, end: int, color: bool) -> str:
    """The span in a window of its text, marked with » « (or colour)."""
    before = _one_line(text[max(0, start - _CONTEXT):start])
    after = _one_line(text[end:end + _CONTEXT])
    span = _one_line(text[start:end])
    marked = _paint(span, _BOLD, color) if color else f"»{span}«"
    return f"{'…' if start > _CONTEXT else ''}{before} {marked} {after}{'…' if end + _CONTEXT < len(text) else ''}".strip()


def _finding_lines(result: DocumentResult, finding: Finding, color: bool) -> list[str]:
    line, col = result.target.line_col(finding.target.start)
    severity = _paint(finding.severity.value, _COLORS[finding.severity], color)
    lines = [
        f"{result.target.path}:{line}:{col}: {finding.code} {severity} {finding.message} [{finding.check}]",
        f"    target: {_context(result.target.text, finding.target.start, finding.target.end, color)}",
    ]
    if finding.source:
        lines.append("    source: " + _paint(_one_line(finding.source.text), _DIM, color))
    return lines


def summary(findings: list[Finding]) -> str:
    """One line: counts by severity, then by check."""
    if not findings:
        return "No findings."
    by_severity = Counter(f.severity.value for f in findings)
    by_check = Counter(f"{f.code} {f.check}" for f in findings)
    severities = ", ".join(f"{by_severity[s.value]} {s.value}" for s in (Severity.MAJOR, Severity.MINOR))
    checks = ", ".join(f"{name} ×{n}" for name, n in by_check.most_common())
    return f"{len(findings)} findings ({severities}): {checks}"


def render(report: Report) -> str:
    """Every finding with context, grouped by document, then a summary line."""
    out: list[str] = []
    for result in report.documents:
        for finding in result.findings:
            out.extend(_finding_lines(result, finding, report.color))
            out.append("")
    out.append(summary(report.findings))
    return "\n".join(out) + "\n"
