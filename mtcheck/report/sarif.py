"""SARIF 2.1.0 for code-scanning dashboards (GitHub code scanning, GitLab, Azure DevOps).

One run: the checks that ran are ``tool.driver.rules`` (described by their
docstrings), each finding a result with its rule, level (major: error,
minor: warning), message, the target span as a line/column region with
character offsets in the user's file (for extracted formats, mapped back
through the reader; no region where a span has no place in the file), the
aligned source span as a related location, and the
baseline fingerprint as ``partialFingerprints`` so a dashboard follows a
finding across unrelated edits.  Columns count Unicode code points, as
mtcheck's offsets do.  The run's properties record the signature (mtcheck
version, checks, alignment, translator) and the language pairs.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from urllib.parse import quote

from mtcheck._version import __version__
from mtcheck.checks import Check
from mtcheck.findings import Finding, Severity, Span
from mtcheck.results import DocumentResult, Report, fingerprint
from mtcheck.text.document import STDIN_NAME, Document
from mtcheck.text.controls import replace_surrogates

SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
FINGERPRINT_KEY = "mtcheck/v1"
_LEVEL = {Severity.MAJOR: "error", Severity.MINOR: "warning"}


def _artifact(path: str) -> dict[str, Any]:
    """An artifact location: the file's URI, or for standard input a description and no URI."""
    if path == STDIN_NAME:
        return {"description": {"text": "standard input"}}
    return {"uri": _uri(path)}


def _uri(path: str) -> str:
    """A URI reference for a path: relative paths stay relative (resolved against the checkout).

    A file name's undecodable bytes (surrogate escapes) are quoted as the
    bytes they stand for; any other lone surrogate becomes U+FFFD.
    """
    posix = Path(path).as_posix()
    try:
        raw = posix.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        raw = replace_surrogates(posix).encode("utf-8")
    return ("file://" if posix.startswith("/") else "") + quote(raw)


def _description(check_: Check) -> str:
    """The docstring's explanation: everything between the title and the examples."""
    body = check_.doc.split("\n\n", 1)[1] if "\n\n" in check_.doc else check_.title
    return " ".join(line for line in body.split("\n") if not line.startswith(("Bad:", "Good:"))).strip()


def _rule(check_: Check) -> dict[str, Any]:
    return {
        "id": check_.code,
        "name": check_.name,
        "shortDescription": {"text": check_.title},
        "fullDescription": {"text": _description(check_) or check_.title},
        "help": {"text": check_.doc or check_.title, "markdown": (check_.doc or check_.title).replace("``", "`")},
        "defaultConfiguration": {"level": _LEVEL[check_.severity]},
        "properties": {"tags": ["translation", check_.family], "family": check_.family},
    }


def _rules(report: Report) -> list[dict[str, Any]]:
    """Rules for every check that ran, plus any code a finding has that no check declared."""
    rules = [_rule(c) for c in report.checks]
    known = {r["id"] for r in rules}
    for finding in report.findings:
        if finding.code not in known:
            known.add(finding.code)
            rules.append({"id": finding.code, "name": finding.check,
                          "shortDescription": {"text": finding.check}})
    return rules


def _location(document: Document, span: Span) -> dict[str, Any]:
    """A physical location: the span's region in the user's file (no region where it has none)."""
    location: dict[str, Any] = {"artifactLocation": _artifact(document.path)}
    found = document.position(span.start, span.end)
    if found is not None:
        location["region"] = {
            "startLine": found.line, "startColumn": found.column,
            "endLine": found.end_line, "endColumn": found.end_column,
            "charOffset": found.start, "charLength": found.end - found.start,
            "snippet": {"text": span.text},
        }
    return {"physicalLocation": location}


def _result(result: DocumentResult, finding: Finding, rule_index: dict[str, int]) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "ruleId": finding.code,
        "ruleIndex": rule_index[finding.code],
        "level": _LEVEL[finding.severity],
        "message": {"text": finding.message},
        "locations": [_location(result.target, finding.target)],
        "partialFingerprints": {FINGERPRINT_KEY: fingerprint(finding, result.target.text)},
        "properties": {"severity": finding.severity.value, "check": finding.check,
                       "evidence": dict(finding.evidence)},
    }
    if finding.source:
        related = _location(result.source, finding.source)
        entry["relatedLocations"] = [{"id": 1, "message": {"text": "Aligned source"}, **related}]
    return entry


def _invocation(report: Report) -> dict[str, Any]:
    """The run's invocation: successful unless a document could not be checked (each one a notification)."""
    invocation: dict[str, Any] = {"executionSuccessful": not report.errors}
    if report.errors:
        invocation["toolExecutionNotifications"] = [
            {"level": "error", "message": {"text": e.message}} for e in report.errors]
    return invocation


def to_sarif(report: Report) -> dict[str, Any]:
    """The SARIF log as a dictionary."""
    rules = _rules(report)
    rule_index = {r["id"]: i for i, r in enumerate(rules)}
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "mtcheck",
                "version": __version__,
                "semanticVersion": __version__,
                "rules": rules,
            }},
            "invocations": [_invocation(report)],
            "columnKind": "unicodeCodePoints",
            "results": [_result(r, f, rule_index) for r in report.documents for f in r.findings],
            "properties": {
                "signature": report.signature,
                "languagePairs": report.language_pairs,
                "translator": report.signature.get("translator"),
                "suppressedByBaseline": report.suppressed,
                "documents": [
                    {"source": _artifact(r.source.path).get("uri"), "target": _artifact(r.target.path).get("uri"),
                     "sourceLang": r.source.lang, "targetLang": r.target.lang}
                    for r in report.documents
                ],
            },
        }],
    }


def render(report: Report) -> str:
    """The SARIF log as indented JSON."""
    return json.dumps(to_sarif(report), ensure_ascii=False, indent=2) + "\n"
