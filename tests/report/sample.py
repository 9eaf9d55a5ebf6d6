"""A fixed, small set of findings for renderer tests (independent of what the checks find)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from mtcheck.align.aligner import align
from mtcheck.results import DocumentResult
from mtcheck.checks import find_check
from mtcheck.align.context import AlignedDocument
from mtcheck.text.document import Document
from mtcheck.findings import Finding, Severity, Span
from mtcheck.report import Report

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "corpora" / "seed"
SIGNATURE = {"mtcheck": "0.0.0", "checks": ["MT101", "MT330"], "alignment": "length+anchors", "translator": None}

SOURCE = (
    "Der Minister berichtete am Sonntag über die Lage.\n\n"
    "Der Geheimdienst veröffentlichte auf X. Video, das den Angriff zeigen soll.\n"
    "Der Bundeskanzler schwieg dazu."
)
TARGET = (
    "The minister reportedSunday on the situation.\n\n"
    "The intelligence service published on X Videowhich is intended to show the attack.\n"
    "The chancellor said nothing."
)


def finding(code: str, severity: Severity, message: str, target: str, source: str | None,
            evidence: dict | None = None) -> Finding:
    """A finding on the sample texts, located by the text of its spans."""
    start = TARGET.index(target)
    source_span = None
    if source is not None:
        s = SOURCE.index(source)
        source_span = Span(s, s + len(source), source)
    return Finding(code, find_check(code).name, severity, message, Span(start, start + len(target), target),
                   source_span, evidence or {})


FINDINGS = [
    finding("MT101", Severity.MAJOR, "'reportedSunday' looks like two words glued together ('reported Sunday')",
            "reportedSunday", "Der Minister berichtete am Sonntag über die Lage.", {"parts": ["reported", "Sunday"]}),
    finding("MT101", Severity.MAJOR, "'Videowhich' looks like two words glued together ('Video which')",
            "Videowhich", "Der Geheimdienst veröffentlichte auf X. Video, das den Angriff zeigen soll."),
    finding("MT330", Severity.MINOR, "the glossary requires 'Federal Chancellor' for 'Bundeskanzler'",
            "The chancellor said nothing.", "Der Bundeskanzler schwieg dazu.",
            {"term": "Bundeskanzler", "back_translation": "Der Kanzler schwieg dazu."}),
]


def result(findings: list[Finding], source: str = SOURCE, target: str = TARGET,
           paths: tuple[str, str] = ("news/sample.de.txt", "news/sample.en.txt")) -> DocumentResult:
    """A document result carrying the given findings."""
    src, tgt = Document(source, "de", paths[0]), Document(target, "en", paths[1])
    checks = [find_check("MT101"), find_check("MT330")]
    return DocumentResult(AlignedDocument(src, tgt, align(src, tgt)), findings, checks)


def sample_report(fail_on: Severity | None = Severity.MAJOR, color: bool = False) -> Report:
    """Two documents: the sample with three findings, and a clean one."""
    clean = result([], "Alles ruhig.", "All quiet.", ("news/clean.de.txt", "news/clean.en.txt"))
    return Report([result(FINDINGS), clean], SIGNATURE, fail_on, color=color, suppressed=2)


def with_counterpart(finding: Finding, text: str) -> Finding:
    """The finding with a source counterpart, located by its text in the sample source."""
    start = SOURCE.index(text)
    return replace(finding, counterpart=Span(start, start + len(text), text))


def documents_report() -> Report:
    """Three documents: the sample (its first glued word with a source counterpart), the sample
    again with only its minor finding, and a clean one."""
    first = with_counterpart(FINDINGS[0], "berichtete am Sonntag")
    again = result([FINDINGS[2]], paths=("news/again.de.txt", "news/again.en.txt"))
    clean = result([], "Alles ruhig.", "All quiet.", ("news/clean.de.txt", "news/clean.en.txt"))
    return Report([result([first, *FINDINGS[1:]]), again, clean], SIGNATURE)
