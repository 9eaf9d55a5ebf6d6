"""JSON output: the stable machine-readable contract (version 1, see README).

``errors`` lists the documents that could not be checked (``{"id", "error"}``).
"""

from __future__ import annotations

import json

from mtcheck.results import DocumentResult, Report
from mtcheck.text.document import finding_dict

VERSION = 1


def document_dict(result: DocumentResult) -> dict:
    """One document's entry in the JSON contract."""
    return {
        "source": result.source.path,
        "target": result.target.path,
        "source_lang": result.source.lang,
        "target_lang": result.target.lang,
        "findings": [finding_dict(f, result.source, result.target) for f in result.findings],
    }


def render(report: Report) -> str:
    """The whole report as indented JSON."""
    payload = {
        "version": VERSION,
        "signature": report.signature,
        "documents": [document_dict(d) for d in report.documents],
        "errors": [{"id": e.id, "error": e.message} for e in report.errors],
    }
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"
