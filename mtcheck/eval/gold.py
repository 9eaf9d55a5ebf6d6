"""Detection quality against gold spans: recall, precision, false flags.

Gold files are JSON (format in ``corpora/README.md``): the source and
target file names, the language pair and spans given by their exact text in
the target, with an MQM severity.  An omission has no target text, so its
gold span gives the omitted text in the source instead.  A gold span counts
as caught when a finding overlaps it (on the side it is given); overlapping
findings are merged into regions, and a region is correct when it overlaps a
gold span.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from mtcheck.results import DocumentResult
from mtcheck.errors import InputError
from mtcheck.findings import Finding


@dataclass(frozen=True)
class GoldSpan:
    """An editor's marked span: offsets into the target (or source), severity and kind."""

    start: int
    end: int
    severity: str
    kind: str
    text: str
    side: str = "target"


@dataclass(frozen=True)
class GoldDocument:
    """One gold file, resolved to paths and target offsets."""

    name: str
    source: Path
    target: Path
    source_lang: str | None
    target_lang: str | None
    spans: tuple[GoldSpan, ...]


@dataclass(frozen=True)
class Scores:
    """Counts behind the evaluation figures of one or more documents."""

    major_gold: int = 0
    major_caught: int = 0
    gold: int = 0
    caught: int = 0
    regions: int = 0
    correct_regions: int = 0
    clean_words: int = 0
    clean_regions: int = 0

    def __add__(self, other: "Scores") -> "Scores":
        return Scores(*(a + b for a, b in zip(self.__dict__.values(), other.__dict__.values())))

    def as_dict(self) -> dict[str, float | int | None]:
        """Counts and the derived rates (None where undefined)."""
        return {
            **self.__dict__,
            "major_recall": _ratio(self.major_caught, self.major_gold),
            "recall": _ratio(self.caught, self.gold),
            "precision": _ratio(self.correct_regions, self.regions),
            "false_flags_per_1000_words": _ratio(1000 * self.clean_regions, self.clean_words),
        }


def _ratio(numerator: int, denominator: int) -> float | None:
    return round(numerator / denominator, 3) if denominator else None


def _locate(document_text: str, text: str, occurrence: int, where: str) -> tuple[int, int]:
    start = -1
    for _ in range(occurrence):
        start = document_text.find(text, start + 1)
        if start < 0:
            raise KeyError(f"gold span not found in {where}: {text[:60]!r}")
    return start, start + len(text)


def _gold_span(span: dict, source_text: str, target_text: str) -> GoldSpan:
    side = "source" if "source_text" in span else "target"
    text = span["source_text"] if side == "source" else span["text"]
    start, end = _locate(source_text if side == "source" else target_text, text,
                         span.get("occurrence", 1), side)
    return GoldSpan(start, end, span.get("severity", "major"), span.get("kind", ""), text, side)


def load_gold(path: str | Path, read: Callable[[Path], str]) -> GoldDocument:
    """Read a gold JSON file and resolve its spans to target offsets."""
    path = Path(path)
    try:
        data = json.loads(read(path))
        source, target = path.parent / data["source"], path.parent / data["target"]
        source_text, target_text = read(source), read(target)
        spans = tuple(_gold_span(s, source_text, target_text) for s in data.get("spans", []))
    except (json.JSONDecodeError, KeyError, TypeError) as exc:
        raise InputError(path, f"is not a valid gold file ({exc})") from None
    return GoldDocument(data.get("document", path.stem), source, target,
                        data.get("source_lang"), data.get("target_lang"), spans)


def merge_regions(findings: list[Finding]) -> list[tuple[int, int]]:
    """Overlapping finding spans merged into disjoint regions."""
    regions: list[list[int]] = []
    for f in sorted(findings, key=lambda f: f.target.start):
        if regions and f.target.start < regions[-1][1]:
            regions[-1][1] = max(regions[-1][1], f.target.end)
        else:
            regions.append([f.target.start, f.target.end])
    return [(s, e) for s, e in regions]


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    # A zero-width range (an insertion point) overlaps the range it lies in.
    return a[0] < max(b[1], b[0] + 1) and b[0] < max(a[1], a[0] + 1)


def _finding_hits(finding: Finding, span: GoldSpan) -> bool:
    if span.side == "source":
        return finding.source is not None and _overlaps((finding.source.start, finding.source.end),
                                                        (span.start, span.end))
    return _overlaps((finding.target.start, finding.target.end), (span.start, span.end))


def _region_findings(region: tuple[int, int], findings: list[Finding]) -> list[Finding]:
    return [f for f in findings if _overlaps(region, (f.target.start, f.target.end))]


def _judge(gold: GoldDocument, result: DocumentResult) -> tuple[list[bool], list[bool], list[tuple[int, int]]]:
    """Which gold spans are caught, which regions are correct, and the regions."""
    regions = merge_regions(result.findings)
    caught = [any(_finding_hits(f, g) for f in result.findings) for g in gold.spans]
    correct = [
        any(_finding_hits(f, g) for f in _region_findings(r, result.findings) for g in gold.spans)
        for r in regions
    ]
    return caught, correct, regions


def score(gold: GoldDocument, result: DocumentResult) -> Scores:
    """Compare one document's findings with its gold spans."""
    caught, correct, regions = _judge(gold, result)
    majors = [c for c, g in zip(caught, gold.spans) if g.severity == "major"]
    clean = not gold.spans
    return Scores(
        major_gold=len(majors), major_caught=sum(majors),
        gold=len(caught), caught=sum(caught),
        regions=len(regions), correct_regions=sum(correct),
        clean_words=result.target.word_count if clean else 0,
        clean_regions=len(regions) if clean else 0,
    )


def missed_and_false(gold: GoldDocument, result: DocumentResult) -> tuple[list[GoldSpan], list[tuple[int, int]]]:
    """Gold spans no finding overlaps, and regions that overlap no gold span."""
    caught, correct, regions = _judge(gold, result)
    missed = [g for g, c in zip(gold.spans, caught) if not c]
    return missed, [r for r, ok in zip(regions, correct) if not ok]
