"""Text output like a compiler's: ``path:line:col: CODE severity message``, context, summary.

Findings are grouped under a header per document.  The first line of a
finding is never wrapped (editors and ``grep`` read it); beneath it the
target span is shown in a window of its text and the source in a window
around the span's counterpart (or, where none is known, around the same
relative place in the aligned source), both marked » « without colour and
wrapped to ``report.width`` columns.  The summary gives counts by severity,
then by check.

Colour (click styles) is used only when the report asks for it: the CLI
decides from ``--color``, ``NO_COLOR`` and ``FORCE_COLOR``.  Control
characters in document text, messages and paths are shown as
``\\x1b``-style escapes, colour or not: a translated page must not be able to
retitle or clear the reader's terminal.
"""

from __future__ import annotations

import re
import textwrap
from bisect import bisect_right
from collections import Counter
from typing import Any

import click

from mtcheck.findings import Finding, Severity, Span
from mtcheck.report.statistics import rows
from mtcheck.results import DocumentResult, Report
from mtcheck.text.controls import escape_controls
from mtcheck.text.document import Document

_CONTEXT = 40  # characters shown either side of a span
_MIN_WIDTH = 40  # narrower terminals still get this many columns
_INDENT = "    "
_TOP_CHECKS = 6  # checks the summary counts by name
_COLORS = {Severity.MAJOR: "red", Severity.MINOR: "yellow"}
# Stand-ins for the marks around a span while a coloured line is wrapped (escaped away from any text).
_OPEN, _CLOSE = "\x02", "\x03"


def _one_line(text: str) -> str:
    return escape_controls(" ".join(text.split()), lines=False)


def _path(path: str) -> str:
    return escape_controls(path, lines=False)


def _squash(text: str) -> str:
    return escape_controls(re.sub(r"\s+", " ", text), lines=False)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


class _Painter:
    """Applies click styles, or nothing when colour is off."""

    def __init__(self, color: bool) -> None:
        self.color = color

    def __call__(self, text: str, **style: Any) -> str:
        return click.style(text, **style) if self.color and text and style else text


def _window(text: str, start: int, end: int) -> str:
    """``text[start:end]`` between marks, with up to ``_CONTEXT`` characters either side, on one line."""
    # Whitespace is squashed, not dropped, so "»word«." stays glued to its full stop.
    before = _squash(text[max(0, start - _CONTEXT):start]).lstrip()
    after = _squash(text[end:end + _CONTEXT]).rstrip()
    lead = "…" if start > _CONTEXT else ""
    tail = "…" if end + _CONTEXT < len(text) else ""
    return f"{lead}{before}{_OPEN}{_one_line(text[start:end])}{_CLOSE}{after}{tail}"


def _source_window(result: DocumentResult, finding: Finding) -> str | None:
    """The counterpart marked in its context; else the aligned source, trimmed around the span's relative place."""
    if finding.counterpart is not None:
        return _window(result.source.text, finding.counterpart.start, finding.counterpart.end)
    if finding.source is None:
        return None
    source = finding.source
    if len(source.text) <= 2 * _CONTEXT + len(finding.target.text):
        return _one_line(source.text)
    share = _place_in_sentence(result.target, finding.target)
    centre = source.start + round(share * len(source.text))
    start = max(source.start, centre - _CONTEXT)
    end = min(source.end, start + 2 * _CONTEXT)
    start = max(source.start, end - 2 * _CONTEXT)
    lead = "…" if start > source.start else ""
    tail = "…" if end < source.end else ""
    return f"{lead}{_squash(result.source.text[start:end]).strip()}{tail}"


def _place_in_sentence(document: Document, span: Span) -> float:
    """Where the middle of ``span`` lies in its sentence, from 0 (start) to 1 (end)."""
    sentences = document.sentences
    middle = (span.start + span.end) / 2
    index = max(0, bisect_right([s.start for s in sentences], span.start) - 1)
    if not sentences or sentences[index].end <= sentences[index].start:
        return 0.0
    sentence = sentences[index]
    return min(1.0, max(0.0, (middle - sentence.start) / (sentence.end - sentence.start)))


def _wrapped(label: str, marked: str, width: int, paint: _Painter, mark: dict[str, Any],
             rest: dict[str, Any]) -> list[str]:
    """``label`` and the marked text wrapped under it; the marked stretch styled (or between » «)."""
    if not paint.color:
        marked = marked.replace(_OPEN, "»").replace(_CLOSE, "«")
    hang = " " * (len(_INDENT) + len(label))
    # The marked text holds no tab or line break (squashed, controls escaped): textwrap's expanding and
    # replacing of them would change nothing, and cost two fifths of the wrapping.
    lines = textwrap.wrap(marked, width, initial_indent=_INDENT + label, subsequent_indent=hang,
                          break_on_hyphens=False, expand_tabs=False, replace_whitespace=False) or [_INDENT + label]
    out, inside = [], False
    for number, line in enumerate(lines):
        prefix = _INDENT + label if number == 0 else hang
        pieces = []
        for piece in re.split(f"([{_OPEN}{_CLOSE}])", line[len(prefix):]):
            if piece in (_OPEN, _CLOSE):
                inside = piece == _OPEN
            else:
                pieces.append(paint(piece, **(mark if inside else rest)))
        out.append(prefix + "".join(pieces))
    return out


def _finding_lines(result: DocumentResult, finding: Finding, paint: _Painter, width: int) -> list[str]:
    line, col = result.target.line_col(finding.target.start)
    severity = paint(finding.severity.value, bold=True, fg=_COLORS[finding.severity])
    mark = {"bold": True, "underline": True, "fg": _COLORS[finding.severity]}
    lines = [
        f"{_path(result.target.path)}:{line}:{col}: {paint(finding.code, bold=True)} {severity} "
        f"{_one_line(finding.message)} {paint(f'[{finding.check}]', dim=True)}",
        *_wrapped("target: ", _window(result.target.text, finding.target.start, finding.target.end), width,
                  paint, mark, {}),
    ]
    source = _source_window(result, finding)
    if source is not None:
        lines += _wrapped("source: ", source, width, paint, mark, {"dim": True})
    return lines


def _header(result: DocumentResult, paint: _Painter) -> str:
    pair = f"{result.source.lang} → {result.target.lang}"
    return paint(f"{_path(result.target.path)} ({pair}, source {_path(result.source.path)}): "
                 f"{_plural(len(result.findings), 'finding')}", bold=True)


def summary(report: Report, paint: _Painter | None = None) -> str:
    """Short lines: counts by severity, by check (the most frequent), baseline suppressions, failed documents."""
    paint = paint or _Painter(False)
    findings = report.findings
    documents = len(report.documents)
    lines = []
    if findings:
        by_severity = Counter(f.severity for f in findings)
        severities = ", ".join(paint(f"{by_severity[s]} {s.value}", fg=_COLORS[s]) if by_severity[s]
                               else f"0 {s.value}" for s in (Severity.MAJOR, Severity.MINOR))
        with_findings = sum(1 for d in report.documents if d.findings)
        where = f" in {with_findings} of {documents} documents" if documents > 1 else ""
        lines.append(f"{_plural(len(findings), 'finding')} ({severities}){where}")
        table = rows(report)
        # No-break spaces hold each count together while the line is wrapped.
        checks = ", ".join(f"{row['code']}\u00a0{row['name']}\u00a0×{row['count']}" for row in table[:_TOP_CHECKS])
        if len(table) > _TOP_CHECKS:
            checks += f" and {len(table) - _TOP_CHECKS} more (--statistics lists every check)"
        wrapped = textwrap.wrap(f"by check: {checks}", max(report.width, _MIN_WIDTH), subsequent_indent=" " * 10,
                                break_on_hyphens=False, break_long_words=False)
        lines += [line.replace("\u00a0", " ") for line in wrapped]
    else:
        lines.append(f"No findings in {documents} documents." if documents > 1 else "No findings.")
    if report.suppressed:
        lines.append(f"{report.suppressed} suppressed by the baseline")
    if report.errors:
        lines.append(f"{_plural(len(report.errors), 'document')} could not be checked")
    return "\n".join(lines)


def render(report: Report) -> str:
    """Every finding with context, grouped by document, then the documents that failed and the summary."""
    paint = _Painter(report.color)
    width = max(report.width, _MIN_WIDTH)
    out: list[str] = []
    for result in report.documents:
        if not result.findings:
            continue
        if len(report.documents) > 1:  # one document needs no heading: every line names it
            out.append(_header(result, paint))
        for finding in result.findings:
            out.extend(_finding_lines(result, finding, paint, width))
            out.append("")
    out.extend(f"{paint('error', bold=True, fg=_COLORS[Severity.MAJOR])}: {_one_line(e.message)}"
               for e in report.errors)
    out.append(summary(report, paint))
    return "\n".join(out) + "\n"
