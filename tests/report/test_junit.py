import xml.etree.ElementTree as ET
from dataclasses import replace

import pytest

from mtcheck.findings import Severity
from mtcheck.report import junit
from tests.report.sample import FINDINGS, result, sample_report


def parse(fail_on):
    return ET.fromstring(junit.render(sample_report(fail_on)).encode("utf-8"))


@pytest.mark.parametrize("fail_on, failures, failed_cases", [
    (Severity.MAJOR, 2, 1),
    (Severity.MINOR, 3, 1),
    (None, 0, 0),
])
def test_one_failure_per_finding_at_or_above_fail_on(fail_on, failures, failed_cases):
    root = parse(fail_on)
    suite = root.find("testsuite")
    cases = suite.findall("testcase")
    assert [c.get("name") for c in cases] == ["news/sample.en.txt", "news/clean.en.txt"]
    assert len(root.findall(".//failure")) == failures
    assert suite.get("tests") == "2" and suite.get("failures") == str(failed_cases)


def test_failures_say_what_and_where():
    failure = parse(Severity.MAJOR).find(".//failure")
    assert failure.get("type") == "MT101"
    assert failure.get("message").startswith("MT101 major: 'reportedSunday' looks like")
    assert failure.text.startswith("news/sample.en.txt:1:14: MT101 major [glued-token]")
    assert "source: Der Minister berichtete" in failure.text


def test_findings_below_the_threshold_go_to_system_out():
    out = parse(Severity.MAJOR).find(".//testcase/system-out")
    assert "the glossary requires 'Federal Chancellor'" in out.text


def test_control_characters_in_documents_still_give_valid_xml():
    odd = replace(FINDINGS[0], message="form\x0cfeed and \x00 nul")
    report = sample_report()
    report.documents = [result([odd])]
    root = ET.fromstring(junit.render(report))
    assert root.find(".//failure").get("message").endswith("form\ufffdfeed and \ufffd nul")


def test_run_settings_are_suite_properties():
    properties = {p.get("name"): p.get("value") for p in parse(Severity.MAJOR).iter("property")}
    assert properties["languages"] == "de-en" and properties["translator"] == "none"
    assert properties["suppressed-by-baseline"] == "2" and properties["checks"] == "MT101, MT330"
