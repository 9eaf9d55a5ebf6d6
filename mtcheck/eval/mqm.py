"""Evaluation on expert MQM annotations (WMT TED talks): independent evidence of precision.

The TSV has one row per (system, segment, rater, error), the error's span
marked ``<v>…</v>`` in the target.  Rows are grouped by (system, doc,
segment) and raters merged: a segment's errors are all raters' errors, and a
segment is *clean* when every row for it says ``No-error``.  Each system's
talk becomes one document whose paragraphs are its segments, linked one to
one (see :mod:`mtcheck.inputs.units`), so document-level checks see the talk.

Figures: segment-level precision and recall of flagged segments against
segments with a Major error, and against segments with an error of a
category mtcheck claims to catch; the share of findings that overlap an
expert's span; and the share of clean segments flagged.
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any, Callable, Iterable

from mtcheck.errors import InputError
from mtcheck.inputs.units import Unit, aligned_from_units, unit_at
from mtcheck.options import Options
from mtcheck.run.executor import execute

CLAIMED = (
    "Accuracy/Omission", "Accuracy/Addition", "Accuracy/Untranslated text",
    "Fluency/Punctuation", "Fluency/Spelling", "Terminology/Inconsistent use",
)
NO_ERROR = "No-error"
COLUMNS = ("system", "doc", "seg_id", "rater", "source", "target", "category", "severity")
_MARKER = re.compile(r"</?v>")
_PAIR_IN_NAME = re.compile(r"(?:^|[_.-])([a-z]{2})([a-z]{2})\.tsv$")
# Clean segments flagged: the target for professional-grade MT.
CLEAN_FLAG_AIM = 0.02


@dataclass(frozen=True)
class MqmError:
    """One rater's error: category, severity and target span (None for omissions)."""

    category: str
    severity: str
    rater: str
    span: tuple[int, int] | None

    @property
    def claimed(self) -> bool:
        """True when the category is one mtcheck claims to catch."""
        return self.category.startswith(CLAIMED)


@dataclass
class MqmSegment:
    """One system's translation of one segment, with every rater's errors merged."""

    system: str
    doc: str
    seg_id: int
    source: str
    target: str
    errors: list[MqmError] = field(default_factory=list)
    raters: set[str] = field(default_factory=set)

    @property
    def clean(self) -> bool:
        """Every rater marked the segment No-error."""
        return not self.errors

    @property
    def major(self) -> bool:
        """At least one rater marked a Major error."""
        return any(e.severity == "Major" for e in self.errors)

    @property
    def claimed(self) -> bool:
        """At least one error of a category mtcheck claims to catch."""
        return any(e.claimed for e in self.errors)

    def overlaps(self, start: int, end: int) -> bool:
        """True when ``[start, end)`` overlaps an expert's span."""
        return any(e.span and e.span[0] < max(end, start + 1) and start < e.span[1] for e in self.errors)


def strip_markers(marked: str) -> tuple[str, tuple[int, int] | None]:
    """Text without ``<v>`` markers and the marked span, trimmed like a unit's text."""
    text = _MARKER.sub("", marked)
    lead = len(text) - len(text.lstrip())
    stripped = text.strip()
    start = marked.find("<v>")
    if start < 0:
        return stripped, None
    end = marked.find("</v>") - len("<v>")
    return stripped, (_clip(start - lead, stripped), _clip(end - lead, stripped))


def _clip(offset: int, text: str) -> int:
    return min(max(offset, 0), len(text))


def read_mqm(path: str | Path) -> list[MqmSegment]:
    """Segments of an MQM TSV file, rows grouped by (system, doc, segment) and raters merged."""
    path = Path(path)
    try:
        handle = open(path, encoding="utf-8", newline="")
    except OSError as exc:
        raise InputError(path, f"cannot be read ({exc.strerror or exc})") from None
    segments: dict[tuple[str, str, int], MqmSegment] = {}
    with handle:
        reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        missing = [c for c in COLUMNS if c not in (reader.fieldnames or ())]
        if missing:
            raise InputError(path, f"is not an MQM TSV file (missing columns: {', '.join(missing)})")
        for number, row in enumerate(reader, 2):
            if any(row.get(c) is None for c in COLUMNS) or not row["seg_id"].isdigit():
                raise InputError(path, f"line {number}: is not a complete MQM row")
            text, span = strip_markers(row["target"])
            key = (row["system"], row["doc"], int(row["seg_id"]))
            segment = segments.setdefault(key, MqmSegment(*key, row["source"].strip(), text))
            segment.raters.add(row["rater"])
            if row["category"] != NO_ERROR:
                segment.errors.append(MqmError(row["category"], row["severity"], row["rater"], span))
    return list(segments.values())


def language_pair(path: str | Path, options: Options, segments: list[MqmSegment]) -> tuple[str, str]:
    """The pair from the options, else from a name like ``mqm_ted_ende.tsv``, else identified."""
    from mtcheck.lang.packs import identifiable
    from mtcheck.text.langid import identify

    match = _PAIR_IN_NAME.search(Path(path).name)
    source = options.source_lang or (match.group(1) if match else identify(segments[0].source, identifiable()))
    target = options.target_lang or (match.group(2) if match else identify(segments[0].target, identifiable()))
    return source, target


def _documents(segments: list[MqmSegment]) -> list[list[MqmSegment]]:
    """Segments grouped into (system, talk) documents in segment order."""
    docs: dict[tuple[str, str], list[MqmSegment]] = defaultdict(list)
    for segment in segments:
        docs[(segment.system, segment.doc)].append(segment)
    return [sorted(d, key=lambda s: s.seg_id) for _, d in sorted(docs.items())]


def flag_document(segments: list[MqmSegment], langs: tuple[str, str],
                  options: Options) -> list[list[tuple[str, int, int, str]]]:
    """Findings per segment of one document: (code, start, end, message) in segment offsets."""
    from mtcheck.run.api import check_aligned

    units = [Unit(str(s.seg_id), s.source, s.target) for s in segments]
    aligned = aligned_from_units(units, *langs, options, f"{segments[0].system}/{segments[0].doc}")
    starts = {r.id: r.target[0] for r in aligned.extras["units"]}
    index = {str(s.seg_id): k for k, s in enumerate(segments)}
    flags: list[list[tuple[str, int, int, str]]] = [[] for _ in segments]
    for finding in check_aligned(aligned).findings:
        unit = unit_at(aligned, finding.target.start)
        if unit is not None:
            offset = starts[unit]
            flags[index[unit]].append((finding.code, finding.target.start - offset,
                                       finding.target.end - offset, finding.message))
    return flags


@dataclass
class Tally:
    """Counts behind the MQM figures of one file (or of one check)."""

    segments: int = 0
    flagged: int = 0
    major: int = 0
    flagged_major: int = 0
    claimed: int = 0
    flagged_claimed: int = 0
    clean: int = 0
    flagged_clean: int = 0
    findings: int = 0
    findings_on_span: int = 0

    def add(self, segment: MqmSegment, flags: list[tuple[str, int, int, str]]) -> None:
        """Count one segment and its findings."""
        hit = bool(flags)
        self.segments += 1
        self.flagged += hit
        self.major += segment.major
        self.flagged_major += hit and segment.major
        self.claimed += segment.claimed
        self.flagged_claimed += hit and segment.claimed
        self.clean += segment.clean
        self.flagged_clean += hit and segment.clean
        self.findings += len(flags)
        self.findings_on_span += sum(segment.overlaps(start, end) for _, start, end, _ in flags)

    def figures(self) -> dict[str, Any]:
        """Counts and rates (None where undefined)."""
        return {
            **self.__dict__,
            "major_precision": _rate(self.flagged_major, self.flagged),
            "major_recall": _rate(self.flagged_major, self.major),
            "claimed_precision": _rate(self.flagged_claimed, self.flagged),
            "claimed_recall": _rate(self.flagged_claimed, self.claimed),
            "span_overlap": _rate(self.findings_on_span, self.findings),
            "clean_flag_rate": _rate(self.flagged_clean, self.clean),
        }


def _rate(numerator: int, denominator: int) -> float | None:
    return round(numerator / denominator, 4) if denominator else None


def _category_recall(pairs: Iterable[tuple[MqmSegment, list]]) -> dict[str, dict[str, int]]:
    """For each claimed category: segments with such an error, and how many were flagged."""
    out = {c: {"segments": 0, "flagged": 0} for c in CLAIMED}
    for segment, flags in pairs:
        for category in {c for c in CLAIMED for e in segment.errors if e.category.startswith(c)}:
            out[category]["segments"] += 1
            out[category]["flagged"] += bool(flags)
    return out


def evaluate_mqm(path: str | Path, options: Options | None = None, workers: int = 1,
                 examples: int = 0, progress: Callable[[int, int], Any] | None = None) -> dict[str, Any]:
    """All figures for one MQM file; ``examples`` false flags on clean segments are listed.

    ``progress(done, total)`` is told of each document (a system's talk) flagged.
    """
    options = options or Options()
    segments = read_mqm(path)
    if not segments:
        raise InputError(path, "has no annotated segments")
    langs = language_pair(path, options, segments)
    documents = _documents(segments)
    flags = []
    for doc_flags in execute(documents, partial(flag_document, langs=langs, options=options), workers):
        flags.append(doc_flags)
        if progress:
            progress(len(flags), len(documents))
    pairs = [(s, f) for doc, doc_flags in zip(documents, flags) for s, f in zip(doc, doc_flags)]
    total = Tally()
    for segment, seg_flags in pairs:
        total.add(segment, seg_flags)
    codes = sorted({f[0] for _, seg_flags in pairs for f in seg_flags})
    by_code = {code: Tally() for code in codes}
    for code, tally in by_code.items():
        for segment, seg_flags in pairs:
            tally.add(segment, [f for f in seg_flags if f[0] == code])
    false_flags = [
        {"system": s.system, "doc": s.doc, "seg_id": s.seg_id, "target": s.target,
         "flags": [{"code": c, "text": s.target[a:b], "message": m} for c, a, b, m in f]}
        for s, f in pairs if f and s.clean
    ]
    return {
        "file": str(path), "source_lang": langs[0], "target_lang": langs[1],
        "systems": len({s.system for s in segments}), "documents": len(documents),
        "checks": [c.code for c in _checks(options)],
        **total.figures(),
        "categories": _category_recall(pairs),
        "by_code": {code: tally.figures() for code, tally in by_code.items()},
        "clean_false_flags": false_flags[:examples],
    }


def _checks(options: Options):
    from mtcheck.checks import select_checks

    return select_checks(options.select, options.ignore)


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{100 * value:.1f}%"


def render_mqm_text(results: list[dict[str, Any]], verbose: bool = False) -> str:
    """The figures of each file as a short table, then per-check lines."""
    lines = []
    for r in results:
        lines += [
            f"{r['file']} ({r['source_lang']}->{r['target_lang']}): {r['segments']} segments, "
            f"{r['systems']} systems, {r['documents']} documents; checks: {','.join(r['checks']) or 'none'}",
            f"  {'segment level':<34}{'flagged':>9}{'positives':>11}{'precision':>11}{'recall':>9}",
            f"  {'vs segments with a Major error':<34}{r['flagged']:>9}{r['major']:>11}"
            f"{_pct(r['major_precision']):>11}{_pct(r['major_recall']):>9}",
            f"  {'vs claimed categories':<34}{r['flagged']:>9}{r['claimed']:>11}"
            f"{_pct(r['claimed_precision']):>11}{_pct(r['claimed_recall']):>9}",
            f"  span level: {r['findings']} findings, {_pct(r['span_overlap'])} overlap an expert's span",
            f"  clean segments (every rater No-error): {r['clean']}, flagged {r['flagged_clean']} "
            f"({_pct(r['clean_flag_rate'])}; aim under {_pct(CLEAN_FLAG_AIM)})",
        ]
        lines += [f"    {c:<42}recall {_pct(v['flagged'] / v['segments'] if v['segments'] else None):>7}"
                  f" of {v['segments']}" for c, v in r["categories"].items()]
        lines += [f"    {code}: {t['findings']} findings, {_pct(t['span_overlap'])} on a span, "
                  f"flags {_pct(t['clean_flag_rate'])} of clean segments" for code, t in r["by_code"].items()]
        if verbose:
            lines += [f"    false {','.join(f['code'] for f in ff['flags'])} {ff['system']}/{ff['doc']}#"
                      f"{ff['seg_id']}: {[f['text'] for f in ff['flags']]} in {ff['target']!r}"
                      for ff in r["clean_false_flags"]]
    return "\n".join(lines) + "\n"
