"""What a run produces: per-document results, per-document errors, and the report of the whole run.

This module sits below the run layer: the run builds these records, and the
renderers (:mod:`mtcheck.report`), the evaluation and the baseline read them
without importing the run itself.  A finding's identity across edits
(:func:`fingerprint`) and a document's name in baselines (:func:`document_key`)
live here for the same reason.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from mtcheck._version import __version__
from mtcheck.align.context import AlignedDocument
from mtcheck.checks import Check
from mtcheck.findings import Finding, Severity
from mtcheck.inputs import origin_of
from mtcheck.text.document import Document, finding_dict

# Words of context each side of a fingerprinted span: enough to tell two
# identical spans apart, few enough that an edit one sentence away leaves it alone.
_CONTEXT_WORDS = 4
_CONTEXT_CHARS = 200
_WORD = re.compile(r"\w+")


@dataclass
class DocumentResult:
    """Findings for one source/target pair, with the aligned document they refer to.

    ``id`` names the job the document came from (a manifest id, a JSONL
    record's id, the pairing key in two directories); ``problems`` are the
    units of its file that could not be used.  Each finding's ``target`` span
    indexes ``target.text``, its ``source`` span ``source.text``.

    >>> from mtcheck import check_texts
    >>> result = check_texts("Niemand wurde verletzt.", "Nobody wasinjured.", "de", "en")
    >>> [result.target.text[f.target.start:f.target.end] for f in result.findings]
    ['wasinjured']
    >>> result.finding_dicts()[0]["target"]["file_span"]["column"]  # JSON form, with line and column
    8
    """

    aligned: AlignedDocument
    findings: list[Finding]
    checks: list[Check] = field(default_factory=list)
    id: str = ""
    problems: tuple[str, ...] = ()

    @property
    def source(self) -> Document:
        """The source document."""
        return self.aligned.source

    @property
    def target(self) -> Document:
        """The target (translated) document."""
        return self.aligned.target

    def finding_dicts(self) -> list[dict[str, Any]]:
        """The findings as JSON-ready dicts, each with where it came from (its place in the file, its unit, or element and line)."""
        return [{**finding_dict(f, self.source, self.target), **origin_of(self.aligned, f.target.start)}
                for f in self.findings]


class DocumentError(NamedTuple):
    """A job that could not be checked: bad input, or an internal error on that document."""

    id: str
    message: str  # one line, naming the file (or record) and the problem
    problems: tuple[str, ...] = ()


class Outcome(NamedTuple):
    """What checking one job gave: its documents (usually one), or the error that stopped it."""

    id: str
    documents: list[DocumentResult]
    error: DocumentError | None = None


@dataclass
class Report:
    """The results of one run, ready to render.

    Documents are kept for the report formats; a streaming run keeps none and
    only counts.  The counts, the checks and the signature cover every
    document of the run, kept or not.  ``Report(results)`` gathers results
    checked one by one, for the renderers of :mod:`mtcheck.report`.

    >>> from mtcheck import Report, check_texts
    >>> report = Report([check_texts("Niemand wurde verletzt.", "Nobody wasinjured.", "de", "en")])
    >>> report.checked, report.finding_count, report.failing_count, dict(report.by_code)
    (1, 1, 1, {'MT101': 1})
    """

    documents: list[DocumentResult] = field(default_factory=list)
    signature: dict[str, Any] = field(default_factory=dict)
    fail_on: Severity | None = Severity.MAJOR
    color: bool = False  # the text report: click styles or plain marks
    width: int = 80  # the text report: columns to wrap context and summary lines to
    suppressed: int = 0  # findings a baseline accepted, not in ``documents``
    errors: list[DocumentError] = field(default_factory=list)
    skipped: int = 0  # jobs a resumed run found already done
    checked: int = 0
    words: int = 0
    finding_count: int = 0
    failing_count: int = 0
    by_code: Counter = field(default_factory=Counter)
    _checks: dict[str, Check] = field(default_factory=dict, repr=False)
    _methods: set[str] = field(default_factory=set, repr=False)
    _translators: set[str] = field(default_factory=set, repr=False)

    def __post_init__(self) -> None:
        given, self.documents = self.documents, []
        for result in given:
            self.add_document(result)

    def add_document(self, result: DocumentResult, keep: bool = True) -> None:
        """Count one checked document (and keep it for rendering unless ``keep`` is false)."""
        self.checked += 1
        self.words += result.target.word_count
        self.finding_count += len(result.findings)
        self.failing_count += len(self.failing(result.findings))
        self.by_code.update(f.code for f in result.findings)
        self._checks.update((c.code, c) for c in result.checks)
        self._methods.add(result.aligned.alignment.method)
        translator = result.aligned.extras.get("translator")
        if translator:
            self._translators.add(str(translator))
        if keep:
            self.documents.append(result)

    def add(self, outcome: Outcome, keep: bool = True) -> None:
        """Count one job's documents, or record its error."""
        if outcome.error is not None:
            self.errors.append(outcome.error)
        for result in outcome.documents:
            self.add_document(result, keep)

    @property
    def findings(self) -> list[Finding]:
        """All findings of the kept documents."""
        return [f for d in self.documents for f in d.findings]

    @property
    def checks(self) -> list[Check]:
        """Every check that ran on any document, in code order."""
        return sorted(self._checks.values(), key=lambda c: c.code)

    @property
    def language_pairs(self) -> list[str]:
        """The distinct language pairs checked, like ``de-en``."""
        return sorted({f"{d.source.lang}-{d.target.lang}" for d in self.documents})

    def failing(self, findings: list[Finding] | None = None) -> list[Finding]:
        """Findings at or above the ``fail_on`` severity."""
        if self.fail_on is None:
            return []
        return [f for f in (self.findings if findings is None else findings)
                if f.severity.rank >= self.fail_on.rank]

    def run_signature(self) -> dict[str, Any]:
        """How this run's results were produced, over every document: version, checks, alignment, translator."""
        return {
            "mtcheck": __version__,
            "checks": [c.code for c in self.checks],
            "alignment": ", ".join(sorted(self._methods)),
            "translator": " + ".join(sorted(self._translators)) or None,
        }


def normalise(text: str) -> str:
    """Compatibility-normalised, case-folded text with whitespace collapsed."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def _words(text: str) -> list[str]:
    return _WORD.findall(normalise(text))


def fingerprint(finding: Finding, text: str) -> str:
    """Stable identity of a finding in a target text: code, span and nearby words.

    The nearby words stop at a line break, so an edit in another paragraph
    (even the one just before) leaves the fingerprint alone.
    """
    start, end = finding.target.start, finding.target.end
    before_text = text[max(0, start - _CONTEXT_CHARS):start].rpartition("\n")[2]
    after_text = text[end:end + _CONTEXT_CHARS].partition("\n")[0]
    before = _words(before_text)[-_CONTEXT_WORDS:]
    after = _words(after_text)[:_CONTEXT_WORDS]
    key = "\x1f".join([finding.code, normalise(finding.target.text), " ".join(before), " ".join(after)])
    import hashlib  # here: only baselines, SARIF and HTML need fingerprints

    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


def document_key(path: str) -> str:
    """How a baseline names a document: its path relative to the working directory."""
    try:
        relative = os.path.relpath(path)
    except ValueError:  # another drive on Windows
        relative = path
    return Path(path if relative.startswith("..") else relative).as_posix()
