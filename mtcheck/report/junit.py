"""JUnit XML: one test case per document, one ``<failure>`` per finding at or above ``--fail-on``.

Test reporters (GitLab, Jenkins, Azure, GitHub test-report actions) show a
document as a failed test with each failing finding as a failure; findings
below the threshold are listed in the test case's ``system-out``.  The
suite's ``failures`` attribute counts failed test cases (documents), as
reporters expect; each failure's ``type`` is the check code.  A document
that could not be checked is a test case with an ``<error>``.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from mtcheck.findings import Finding
from mtcheck.results import DocumentError, DocumentResult, Report

# Characters XML 1.0 cannot carry even escaped; a document may contain them.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _xml(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


def _describe(result: DocumentResult, finding: Finding) -> str:
    """A finding as a few plain lines: position, span, aligned source."""
    line, col = result.target.line_col(finding.target.start)
    lines = [
        f"{result.target.path}:{line}:{col}: {finding.code} {finding.severity.value} [{finding.check}]",
        f"target: {' '.join(finding.target.text.split())}",
    ]
    if finding.source:
        lines.append(f"source: {' '.join(finding.source.text.split())}")
    return _xml("\n".join(lines))


def _testcase(report: Report, result: DocumentResult) -> tuple[ET.Element, int]:
    """A document's test case and how many failures it holds."""
    path = _xml(result.target.path)
    case = ET.Element("testcase", classname="mtcheck", name=path, file=path, time="0")
    failing = report.failing(result.findings)
    for finding in failing:
        failure = ET.SubElement(case, "failure", type=finding.code,
                                message=_xml(f"{finding.code} {finding.severity.value}: {finding.message}"))
        failure.text = _describe(result, finding)
    others = [f for f in result.findings if f not in failing]
    if others:
        ET.SubElement(case, "system-out").text = "\n\n".join(
            _xml(f.message) + "\n" + _describe(result, f) for f in others)
    return case, len(failing)


def _error_case(error: DocumentError) -> ET.Element:
    """A document that could not be checked: a test case with an ``<error>``."""
    case = ET.Element("testcase", classname="mtcheck", name=_xml(error.id), time="0")
    ET.SubElement(case, "error", type="input", message=_xml(error.message))
    return case


def render(report: Report) -> str:
    """The whole run as one JUnit test suite."""
    cases = [_testcase(report, r) for r in report.documents]
    failed = sum(1 for _, n in cases if n)
    cases += [(_error_case(e), 0) for e in report.errors]
    counts = {"tests": str(len(cases)), "failures": str(failed), "errors": str(len(report.errors)),
              "skipped": "0", "time": "0"}
    root = ET.Element("testsuites", name="mtcheck", **counts)
    suite = ET.SubElement(root, "testsuite", name="mtcheck", **counts)
    properties = ET.SubElement(suite, "properties")
    settings = {**report.signature, "languages": report.language_pairs, "suppressed-by-baseline": report.suppressed}
    for key, value in settings.items():
        text = ", ".join(map(str, value)) if isinstance(value, list) else "none" if value is None else str(value)
        ET.SubElement(properties, "property", name=key, value=_xml(text))
    suite.extend(case for case, _ in cases)
    ET.indent(root)
    return ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n"
