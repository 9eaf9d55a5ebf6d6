import json
from dataclasses import replace
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from mtcheck import cli
from mtcheck.report import sarif
from mtcheck.findings import Finding, Span
from mtcheck.results import DocumentError
from tests.report.sample import FINDINGS, SEED, SOURCE, TARGET, result, sample_report

SCHEMA = json.loads((Path(__file__).parent / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))


def validate(log: dict) -> None:
    jsonschema.Draft4Validator(SCHEMA).validate(log)


@pytest.fixture(scope="module")
def seed_log() -> dict:
    run = CliRunner().invoke(cli.main, ["check", str(SEED / "belgorod.de.txt"), str(SEED / "belgorod.en.txt"),
                                        "--format", "sarif"])
    assert run.exit_code in (0, 1), run.output
    return json.loads(run.stdout)


def test_seed_validates_against_the_sarif_schema(seed_log):
    validate(seed_log)
    assert seed_log["runs"][0]["results"], "the seed has known garbles"


def test_standard_input_is_described_not_given_a_file_uri():
    text = (SEED / "belgorod.en.txt").read_text(encoding="utf-8")
    run = CliRunner().invoke(cli.main, ["check", str(SEED / "belgorod.de.txt"), "-", "--format", "sarif"],
                             input=text)
    log = json.loads(run.stdout)
    validate(log)
    location = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]
    assert location["artifactLocation"] == {"description": {"text": "standard input"}}
    assert location["region"]["startLine"] >= 1
    assert log["runs"][0]["properties"]["documents"][0]["target"] is None


def test_sample_validates_and_records_the_settings():
    log = sarif.to_sarif(sample_report())
    validate(log)
    run = log["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    assert run["properties"]["languagePairs"] == ["de-en"]
    assert run["properties"]["signature"]["alignment"] == "length+anchors"
    assert run["properties"]["suppressedByBaseline"] == 2
    assert run["tool"]["driver"]["version"]


def test_rules_come_from_the_check_docstrings():
    rules = sarif.to_sarif(sample_report())["runs"][0]["tool"]["driver"]["rules"]
    glued = next(r for r in rules if r["id"] == "MT101")
    assert glued["name"] == "glued-token"
    assert glued["shortDescription"]["text"] == "Two words fused into one where markup was lost."
    assert "Bad:" in glued["help"]["text"] and "Bad:" not in glued["fullDescription"]["text"]
    assert glued["defaultConfiguration"]["level"] == "error"


def test_results_locate_target_and_aligned_source():
    run = sarif.to_sarif(sample_report())["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    levels = [r["level"] for r in run["results"]]
    assert levels == ["error", "error", "warning"]
    first = run["results"][0]
    assert rules[first["ruleIndex"]]["id"] == first["ruleId"] == "MT101"
    region = first["locations"][0]["physicalLocation"]["region"]
    start = TARGET.index("reportedSunday")
    assert region == {"startLine": 1, "startColumn": start + 1, "endLine": 1, "endColumn": start + 15,
                      "charOffset": start, "charLength": 14, "snippet": {"text": "reportedSunday"}}
    related = first["relatedLocations"][0]["physicalLocation"]
    assert related["artifactLocation"]["uri"] == "news/sample.de.txt"
    assert related["region"]["snippet"]["text"] == SOURCE.split("\n")[0]


def _moved(finding: Finding, by: int) -> Finding:
    """The same finding in a target with ``by`` characters inserted before it."""
    target = finding.target
    return replace(finding, target=Span(target.start + by, target.end + by, target.text))


def _fingerprints(findings: list[Finding], target: str) -> list[str]:
    report = sample_report()
    report.documents = [result(findings, SOURCE, target)]
    return [r["partialFingerprints"][sarif.FINGERPRINT_KEY] for r in sarif.to_sarif(report)["runs"][0]["results"]]


def test_fingerprints_survive_unrelated_edits():
    lead = "A new lead paragraph was added.\n\n"
    before = _fingerprints(FINDINGS, TARGET)
    after = _fingerprints([_moved(f, len(lead)) for f in FINDINGS], lead + TARGET)
    assert len(set(before)) == 3
    assert after == before


def test_fingerprints_change_when_the_span_or_its_words_change():
    edited = TARGET.replace("The minister", "The prime minister")
    moved = [_moved(FINDINGS[0], len(" prime")), *(_moved(f, len(" prime")) for f in FINDINGS[1:])]
    before, after = _fingerprints(FINDINGS, TARGET), _fingerprints(moved, edited)
    assert after[0] != before[0]  # the words right before the span changed
    assert after[1:] == before[1:]


def test_paths_become_uri_references():
    assert sarif._uri("articles/my article.en.txt") == "articles/my%20article.en.txt"
    assert sarif._uri("/srv/a.en.txt") == "file:///srv/a.en.txt"


def test_documents_that_could_not_be_checked_are_notifications_of_a_failed_invocation():
    report = sample_report()
    report.errors.append(DocumentError("news/gone.en.txt", "news/gone.en.txt: no such file"))
    log = sarif.to_sarif(report)
    validate(log)
    (invocation,) = log["runs"][0]["invocations"]
    assert invocation["executionSuccessful"] is False
    assert invocation["toolExecutionNotifications"] == [
        {"level": "error", "message": {"text": "news/gone.en.txt: no such file"}}]
