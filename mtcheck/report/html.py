"""HTML review page: one self-contained file with aligned paragraphs side by side.

The page needs no network (inline CSS and JS; a Content-Security-Policy that
allows nothing else and only the page's own script, by hash).  Every piece of
document text goes through Jinja2's autoescaping, and the data the script
reads is embedded with ``tojson`` (which escapes ``<``, ``>``, ``&`` and
quotes), so text like ``</script>`` or ``javascript:`` shows as text.  The
script only ever writes text with ``textContent``.

The page opens on the articles with the first finding selected.  Reviewers
select findings (click, or j/k), see the message, the evidence in words
(:mod:`mtcheck.report.evidence`), the source counterpart of the flagged span
(else the aligned source) highlighted within its faintly shaded aligned
source and, when a round trip ran (``back_translation`` in the evidence), a
word diff of the back-translation against the source; they can mark findings
accepted or false positive and export those decisions as a baseline file for
``mtcheck check --baseline``.  A page of several documents lists them with
their counts and filters by document.
"""

from __future__ import annotations

import base64
import difflib
import hashlib
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any, Sequence

from mtcheck.align.context import SegmentPair
from mtcheck.findings import Finding, Severity, Span
from mtcheck.report import statistics
from mtcheck.report.evidence import describe
from mtcheck.results import DocumentResult, Report, document_key, fingerprint
from mtcheck.text.document import Segment

_TEMPLATES = resources.files("mtcheck.report") / "templates"
_Range = tuple[int, int, int]  # start, end, finding id


@dataclass(frozen=True)
class Piece:
    """A run of paragraph text covered by the same findings.

    On the target side ``ids`` are the findings whose span covers the piece; on
    the source side, those whose aligned source covers it, and ``counterparts``
    those whose source counterpart does.
    """

    text: str
    ids: tuple[int, ...] = ()
    severity: str = ""
    codes: str = ""
    counterparts: tuple[int, ...] = ()


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


def _covering(ranges: Sequence[_Range], a: int, b: int) -> tuple[int, ...]:
    """The findings whose range overlaps ``[a, b)``."""
    return tuple(i for s, e, i in ranges if s < b and a < e)


def _pieces(segment: Segment, ranges: list[_Range], findings: dict[int, Finding],
            counterparts: Sequence[_Range] = ()) -> list[Piece]:
    """Cut a paragraph where findings (and counterparts) start and end; each piece knows what covers it."""
    start, end = segment.start, segment.end
    inside = [r for r in [*ranges, *counterparts] if r[0] < end and start < r[1]]
    bounds = sorted({start, end} | {x for s, e, _ in inside for x in (s, e) if start < x < end})
    out = []
    for a, b in zip(bounds, bounds[1:]):
        ids = _covering(ranges, a, b)
        worst = max((findings[i].severity for i in ids), key=lambda s: s.rank, default=None)
        codes = " ".join(sorted({findings[i].code for i in ids}))
        out.append(Piece(segment.text[a - start:b - start], ids, worst.value if worst else "", codes,
                         _covering(counterparts, a, b)))
    return out


def _ranges(spans: dict[int, Span | None]) -> list[_Range]:
    """Each finding's span as a range; a zero-width span still gets one character to show it by."""
    return [(s.start, max(s.end, s.start + 1), i) for i, s in spans.items() if s is not None]


def _rows(result: DocumentResult, findings: dict[int, Finding]) -> list[Row]:
    """The document's aligned paragraphs, cut where findings, aligned sources and counterparts start and end."""
    target = _ranges({i: f.target for i, f in findings.items()})
    source = _ranges({i: f.source for i, f in findings.items()})
    counterparts = _ranges({i: f.counterpart for i, f in findings.items()})
    pairs: list[SegmentPair] = result.aligned.paragraph_pairs
    return [Row([_pieces(s, source, findings, counterparts) for s in p.source],
                [_pieces(s, target, findings) for s in p.target]) for p in pairs]


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
    diff = word_diff(back, finding.source.text) if isinstance(back, str) and finding.source else None
    # With a diff on show, the back-translation need not be repeated among the evidence.
    evidence = {k: v for k, v in finding.evidence.items() if not (diff and k == "back_translation")}
    return {
        "id": fid, "doc": doc, "document": document_key(result.target.path),
        "code": finding.code, "check": finding.check, "severity": finding.severity.value,
        "message": finding.message, "line": line, "col": col,
        "target": finding.target.text, "source": finding.source.text if finding.source else None,
        "counterpart": finding.counterpart.text if finding.counterpart else None,
        "evidence": describe(evidence), "fingerprint": fingerprint(finding, result.target.text),
        "diff": diff,
    }


def _by_severity(findings: Sequence[Finding]) -> dict[str, int]:
    """How many findings are major and how many minor, worst first."""
    severity = Counter(f.severity.value for f in findings)
    return {s.value: severity[s.value] for s in (Severity.MAJOR, Severity.MINOR)}


def context(report: Report) -> dict[str, Any]:
    """Everything the template needs."""
    documents, data = [], []
    for doc, result in enumerate(report.documents):
        findings = {len(data) + k: f for k, f in enumerate(result.findings)}
        items = [_finding_data(result, doc, f, i) for i, f in findings.items()]
        data.extend(items)
        documents.append({"result": result, "rows": _rows(result, findings), "findings": items,
                          "name": document_key(result.target.path), **_by_severity(result.findings)})
    script = _asset("review.js")
    return {
        "report": report, "documents": documents, "counts": statistics.rows(report),
        "severities": list(_by_severity(report.findings).items()),
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
