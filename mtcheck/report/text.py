"""Text output like a compiler's: ``path:line:col: CODE severity message``, context, summary.

Findings are grouped under a header per document; each shows its span in a
window of the target (marked » « without colour) and the aligned source
beneath.  Colour is used only when the report asks for it (the CLI decides
from ``--color`` and ``NO_COLOR``).  Control characters in document text,
messages and paths are shown as ``\x1b``-style escapes, colour or not: a
translated page must not be able to retitle or clear the reader's terminal.
"""

from __future__ import annotations

import re
from collections import Counter

from mtcheck.findings import Finding, Severity
from mtcheck.results import DocumentResult, Report
from mtcheck.text.controls import escape_controls

_CONTEXT = 40
_COLORS = {Severity.MAJOR: "\033[31m", Severity.MINOR: "\033[33m"}
_BOLD, _DIM, _UNDERLINE, _RESET = "\033[1m", "\033[2m", "\033[4m", "\033[0m"


def _one_line(text: str) -> str:
    return escape_controls(" ".join(text.split()), lines=False)


def _path(path: str) -> str:
    return escape_controls(path, lines=False)


def _squash(text: str) -> str:
    return escape_controls(re.sub(r"\s+", " ", text), lines=False)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


class _Painter:
    """Applies ANSI styles, or nothing when colour is off."""

    def __init__(self, color: bool) -> None:
        self.color = color

    def __call__(self, text: str, *styles: str) -> str:
        return f"{''.join(styles)}{text}{_RESET}" if self.color and text else text


def _context(text: str, finding: Finding, paint: _Painter) -> str:
    """The span in a window of its text, marked with » « (or colour)."""
    start, end = finding.target.start, finding.target.end
    # Whitespace is squashed, not dropped, so "»word«." stays glued to its full stop.
    before = _squash(text[max(0, start - _CONTEXT):start]).lstrip()
    after = _squash(text[end:end + _CONTEXT]).rstrip()
    span = _one_line(text[start:end])
    marked = paint(span, _BOLD, _UNDERLINE, _COLORS[finding.severity]) if paint.color else f"»{span}«"
    lead = "…" if start > _CONTEXT else ""
    tail = "…" if end + _CONTEXT < len(text) else ""
    return f"{lead}{before}{marked}{after}{tail}"


def _finding_lines(result: DocumentResult, finding: Finding, paint: _Painter) -> list[str]:
    line, col = result.target.line_col(finding.target.start)
    severity = paint(finding.severity.value, _BOLD, _COLORS[finding.severity])
    lines = [
        f"{_path(result.target.path)}:{line}:{col}: {paint(finding.code, _BOLD)} {severity} "
        f"{_one_line(finding.message)} {paint(f'[{finding.check}]', _DIM)}",
        f"    target: {_context(result.target.text, finding, paint)}",
    ]
    if finding.source:
        lines.append("    source: " + paint(_one_line(finding.source.text), _DIM))
    return lines


def _header(result: DocumentResult, paint: _Painter) -> str:
    pair = f"{result.source.lang} → {result.target.lang}"
    return paint(f"{_path(result.target.path)} ({pair}, source {_path(result.source.path)}): "
                 f"{_plural(len(result.findings), 'finding')}", _BOLD)


def summary(report: Report, paint: _Painter | None = None) -> str:
    """One line: counts by severity and by check, documents, baseline suppressions."""
    paint = paint or _Painter(False)
    findings = report.findings
    documents = len(report.documents)
    with_findings = sum(1 for d in report.documents if d.findings)
    if findings:
        by_severity = Counter(f.severity for f in findings)
        severities = ", ".join(paint(f"{by_severity[s]} {s.value}", _COLORS[s]) if by_severity[s] else f"0 {s.value}"
                               for s in (Severity.MAJOR, Severity.MINOR))
        by_check = Counter(f"{f.code} {f.check}" for f in findings)
        checks = ", ".join(f"{name} ×{n}" for name, n in sorted(by_check.items(), key=lambda kv: (-kv[1], kv[0])))
        where = f" in {with_findings} of {documents} documents" if documents > 1 else ""
        line = f"{_plural(len(findings), 'finding')} ({severities}){where}: {checks}"
    else:
        line = f"No findings in {documents} documents." if documents > 1 else "No findings."
    if report.suppressed:
        line = f"{line.rstrip('.')}; {report.suppressed} suppressed by the baseline"
    if report.errors:
        line = f"{line.rstrip('.')}; {_plural(len(report.errors), 'document')} could not be checked"
    return line


def render(report: Report) -> str:
    """Every finding with context, grouped by document, then the documents that failed and a summary line."""
    paint = _Painter(report.color)
    out: list[str] = []
    for result in report.documents:
        if not result.findings:
            continue
        if len(report.documents) > 1:  # one document needs no heading: every line names it
            out.append(_header(result, paint))
        for finding in result.findings:
            out.extend(_finding_lines(result, finding, paint))
            out.append("")
    out.extend(f"{paint('error', _BOLD, _COLORS[Severity.MAJOR])}: {_one_line(e.message)}" for e in report.errors)
    out.append(summary(report, paint))
    return "\n".join(out) + "\n"
