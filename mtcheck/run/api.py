"""Library entry points: check a pair of texts or files and get findings back."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mtcheck import __version__
from mtcheck.align.aligner import Similarity, align
from mtcheck.checks import Check, select_checks
from mtcheck.align.context import AlignedDocument
from mtcheck.text.document import Document, read_text
from mtcheck.errors import InputError
from mtcheck.findings import Finding, Flag, Span
from mtcheck.text.langid import resolve_language
from mtcheck.options import Options

if TYPE_CHECKING:
    from mtcheck.translate import Translator


@dataclass
class DocumentResult:
    """Findings for one source/target pair, with the aligned document they refer to."""

    aligned: AlignedDocument
    findings: list[Finding]
    checks: list[Check] = field(default_factory=list)

    @property
    def source(self) -> Document:
        """The source document."""
        return self.aligned.source

    @property
    def target(self) -> Document:
        """The target (translated) document."""
        return self.aligned.target


def signature(options: Options, checks: list[Check], alignment_method: str,
              translator: str | None = None) -> dict[str, Any]:
    """A record of how a result was produced, printed beside every report."""
    return {
        "mtcheck": __version__,
        "checks": [c.code for c in checks],
        "alignment": alignment_method,
        "translator": translator,
    }


def _to_finding(check_: Check, flag: Flag, doc: AlignedDocument) -> Finding:
    source_range = flag.source or doc.source_range_for(flag.start, flag.end)
    severity = doc.options.severity_overrides.get(check_.code) or flag.severity or check_.severity
    return Finding(
        code=check_.code,
        check=check_.name,
        severity=severity,
        message=flag.message,
        target=Span(flag.start, flag.end, doc.target.text[flag.start:flag.end]),
        source=Span(*source_range, doc.source.text[source_range[0]:source_range[1]])
        if source_range else None,
        evidence=flag.evidence,
    )


def run_checks(doc: AlignedDocument, checks: list[Check]) -> list[Finding]:
    """Run checks over an aligned document; findings sorted by position, deduplicated."""
    findings = {
        _to_finding(check_, flag, doc)
        for check_ in checks
        for flag in check_.run(doc)
    }
    return sorted(findings, key=lambda f: (f.target.start, f.target.end, f.code))


def check_aligned(aligned: AlignedDocument) -> DocumentResult:
    """Run the selected checks over a document that is already aligned (e.g. pre-aligned units)."""
    checks = select_checks(aligned.options.select, aligned.options.ignore)
    return DocumentResult(aligned, run_checks(aligned, checks), checks)


def check_documents(
    source: Document,
    target: Document,
    options: Options | None = None,
    similarity: Similarity | None = None,
    translator: Translator | None = None,
    extras: dict[str, Any] | None = None,
) -> DocumentResult:
    """Align two documents and run the selected checks.

    With a translator (given, or built from ``options.translation``), the
    source's machine translation helps the alignment and the round-trip
    signals go into ``extras['round_trip']`` for the checks that read them.
    ``extras`` seeds the aligned document's extras (e.g. HTML blocks).
    """
    options = options or Options()
    if source.text.strip() == target.text.strip():
        raise InputError(target.path, "is identical to the source; nothing was translated")
    if translator is None:
        translator = _translator(options, source, target)
    if translator is not None:
        from mtcheck.align import similarity as mt
        from mtcheck.checks.roundtrip import scoring as roundtrip

        translations = mt.translate_pair(source, target, translator)
        similarity = similarity or translations.similarity(source, target)
    aligned = AlignedDocument(source, target, align(source, target, similarity), options, dict(extras or {}))
    if translator is None:
        return check_aligned(aligned)
    checks = select_checks(options.select, options.ignore)
    aligned.extras["translator"] = str(translator)
    if translations.back is not None:
        aligned.extras["round_trip"] = roundtrip.round_trip(aligned, translations.back, str(translator))
    return DocumentResult(aligned, roundtrip.corroborate(run_checks(aligned, checks), aligned), checks)


def _translator(options: Options, source: Document, target: Document) -> Translator | None:
    """The translator the options ask for; importing it stays off the heuristic path."""
    if not options.translation.enabled(options.models):
        return None
    from mtcheck.translate.factory import translator_for

    return translator_for(options, source, target)


def load_pair(source_path: str | Path, target_path: str | Path, options: Options) -> tuple[Document, Document]:
    """Read two files and resolve their languages."""
    src_text, tgt_text = read_text(source_path), read_text(target_path)
    src_lang = resolve_language(options.source_lang, str(source_path), src_text)
    tgt_lang = resolve_language(options.target_lang, str(target_path), tgt_text)
    return Document(src_text, src_lang, str(source_path)), Document(tgt_text, tgt_lang, str(target_path))


def check_files(source_path: str | Path, target_path: str | Path, options: Options | None = None) -> DocumentResult:
    """Check a source file against its translation."""
    options = options or Options()
    return check_documents(*load_pair(source_path, target_path, options), options)


def check_texts(source: str, target: str, source_lang: str, target_lang: str,
                options: Options | None = None) -> DocumentResult:
    """Check two in-memory texts."""
    return check_documents(Document(source, source_lang), Document(target, target_lang), options)
