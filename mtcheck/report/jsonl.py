"""JSON Lines: one record per document, written as soon as the document is checked.

A record is ``{"id", "document", "source_lang", "target_lang", "alignment",
"words", "findings", "problems"}``, each finding with where it came from (its
unit, or its HTML/Markdown element and line); a job that could not be
checked is ``{"id", "error"}`` (with ``problems`` when units were skipped).
A streaming run writes :func:`lines` of each outcome as it comes; ``render``
writes a whole report the same way.
"""

from __future__ import annotations

import json
from typing import Any

from mtcheck.results import DocumentError, DocumentResult, Outcome, Report
from mtcheck.text.controls import replace_surrogates


def document_record(result: DocumentResult) -> dict[str, Any]:
    """One checked document as a JSON-ready record."""
    return {
        "id": result.id or result.target.path,
        "document": result.target.path,
        "source_lang": result.source.lang,
        "target_lang": result.target.lang,
        "alignment": result.aligned.alignment.method,
        "words": result.target.word_count,
        "findings": result.finding_dicts(),
        "problems": list(result.problems),
    }


def error_record(error: DocumentError) -> dict[str, Any]:
    """A job that could not be checked, as a JSON-ready record."""
    return {"id": error.id, "error": error.message, **({"problems": list(error.problems)} if error.problems else {})}


def _line(record: dict[str, Any]) -> str:
    # Lone surrogates (an undecodable file name) cannot be encoded as UTF-8: U+FFFD, as in every format.
    return replace_surrogates(json.dumps(record, ensure_ascii=False)) + "\n"


def lines(outcome: Outcome) -> str:
    """The JSON lines of one job: a record per document, or its error record."""
    records = [error_record(outcome.error)] if outcome.error else [document_record(d) for d in outcome.documents]
    return "".join(_line(r) for r in records)


def render(report: Report) -> str:
    """Every kept document, then every error, one JSON line each."""
    return "".join([_line(document_record(d)) for d in report.documents]
                   + [_line(error_record(e)) for e in report.errors])
