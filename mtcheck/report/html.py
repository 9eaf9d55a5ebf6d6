"""HTML review page: one self-contained file with aligned paragraphs side by side.

The page needs no network (inline CSS and JS; a Content-Security-Policy that
allows nothing else and only the page's own script, by hash).  Every piece of
document text goes through Jinja2's autoescaping, and the data the script
reads is embedded with ``tojson`` (which escapes ``<``, ``>``, ``&`` and
quotes), so text like ``</script>`` or ``javascript:`` shows as text.  The
script only ever writes text with ``textContent``.

Reviewers select findings (click, or j/k), see the message, evidence, the
aligned source span and, when a round trip ran (``back_translation`` in the
evidence), a word diff of the back-translation against the source; they can
mark findings accepted or false positive and export those decisions as a
baseline file for ``mtcheck check --baseline``.
"""

from __future__ import annotations

import base64
import difflib
import hashlib
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from mtcheck.align.context import SegmentPair
from mtcheck.findings import Finding, Severity
from mtcheck.results import DocumentResult, Report, document_key, fingerprint
from mtcheck.text.document import Segment

_TEMPLATES = resources.files("mtcheck.report") / "templates"
_Range = tuple[int, int, int]  # start, end, finding id


@dataclass(frozen=True)
class Piece:
    """A run of paragraph text covered by the same findings."""

    text: str
    ids: tuple[int, ...] = ()
    severity: str = ""
    codes: str = ""


@dataclass(frozen=True)
class Row:
    """Aligned source and target paragraphs, each a list of pieces."""

    source: list[list[Piece]]
    target: list[list[Piece]]


@lru_cache(maxsize=1)
def _environment():
    import jinja2

    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(_TEMPLATES)),
        autoescape=True, trim_blocks=True, lstrip_blocks=True, undefined=jinja2.StrictUndefined,
    )


def _asset(name: str) -> str:
    return (_TEMPLATES / name).read_text(encoding="utf-8")


def _pieces(segment: Segment, ranges: list[_Range], findings: dict[int, Finding]) -> list[Piece]:
    """Cut a paragraph where findings start and end; each piece knows what covers it."""
    start, end = segment.start, segment.end
    inside = [r for r in ranges if r[0] < end and start < r[1]]
    bounds = sorted({start, end} | {x for s, e, _ in inside for x in (s, e) if start < x < end})
    out = []
    for a, b in zip(bounds, bounds[1:]):
        ids = tuple(i for s, e, i in inside if s < b and a < e)
        worst = max((findings[i].severity for i in ids), key=lambda s: s.rank, default=None)
        codes = " ".join(sorted({findings[i].code for i in ids}))
        out.append(Piece(segment.text[a - start:b - start], ids, worst.value if worst else "", codes))
    return out


def _rows(result: DocumentResult, findings: dict[int, Finding]) -> list[Row]:
    # A zero-width finding still gets one character to show it by.
    target = [(f.target.start, max(f.target.end, f.target.start + 1), i) for i, f in findings.items()]
    source = [(f.source.start, max(f.source.end, f.source.start + 1), i) for i, f in findings.items() if f.source]

    def side(segments: tuple[Segment, ...], ranges: list[_Range]) -> list[list[Piece]]:
        return [_pieces(s, ranges, findings) for s in segments]

    pairs: list[SegmentPair] = result.aligned.paragraph_pairs
    return [Row(side(p.source, source), side(p.target, target)) for p in pairs]


def word_diff(back_translation: str, source: str) -> list[tuple[str, str]]:
    """Word-level diff: ('same'|'added'|'missing', words); added = only in the back-translation."""
    a, b = back_translation.split(), source.split()
    out: list[tuple[str, str]] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if op == "equal":
            out.append(("same", " ".join(a[i1:i2])))
            continue
        if i2 > i1:
            out.append(("added", " ".join(a[i1:i2])))
        if j2 > j1:
            out.append(("missing", " ".join(b[j1:j2])))
    return out


def _finding_data(result: DocumentResult, doc: int, finding: Finding, fid: int) -> dict[str, Any]:
    line, col = result.target.line_col(finding.target.start)
    back = finding.evidence.get("back_translation")
    return {
        "id": fid, "doc": doc, "document": document_key(result.target.path),
        "code": finding.code, "check": finding.check, "severity": finding.severity.value,
        "message": finding.message, "line": line, "col": col,
        "target": finding.target.text, "source": finding.source.text if finding.source else None,
        "evidence": dict(finding.evidence), "fingerprint": fingerprint(finding, result.target.text),
        "diff": word_diff(back, finding.source.text) if isinstance(back, str) and finding.source else None,
    }


def _counts(report: Report) -> list[dict[str, Any]]:
    """Per check: code, name, count by severity, total; most frequent first."""
    by_check: dict[tuple[str, str], Counter] = {}
    for f in report.findings:
        by_check.setdefault((f.code, f.check), Counter())[f.severity.value] += 1
    rows = [{"code": c, "check": n, "major": k["major"], "minor": k["minor"], "total": sum(k.values())}
            for (c, n), k in by_check.items()]
    return sorted(rows, key=lambda r: (-r["total"], r["code"]))


def context(report: Report) -> dict[str, Any]:
    """Everything the template needs."""
    documents, data = [], []
    for doc, result in enumerate(report.documents):
        findings = {len(data) + k: f for k, f in enumerate(result.findings)}
        items = [_finding_data(result, doc, f, i) for i, f in findings.items()]
        data.extend(items)
        documents.append({"result": result, "rows": _rows(result, findings), "findings": items})
    script = _asset("review.js")
    severity = Counter(f.severity.value for f in report.findings)
    return {
        "report": report, "documents": documents, "counts": _counts(report),
        "severities": [(s.value, severity[s.value]) for s in (Severity.MAJOR, Severity.MINOR)],
        "data": {"findings": data, "run": _run_id(data)},
        "css": _asset("review.css"), "script": script,
        "script_hash": "sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode(),
    }


def _run_id(data: list[dict[str, Any]]) -> str:
    """Names this set of findings, so the page can keep a reviewer's marks per run."""
    return hashlib.sha256(" ".join(d["fingerprint"] for d in data).encode()).hexdigest()[:16]


def render(report: Report) -> str:
    """The review page for every document of the report."""
    import markupsafe

    values = context(report)
    values["css"], values["script"] = markupsafe.Markup(values["css"]), markupsafe.Markup(values["script"])
    return _environment().get_template("review.html.j2").render(**values)
