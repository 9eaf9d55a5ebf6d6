"""Detection quality against gold spans: recall, precision, false flags.

Gold files are JSON (format in ``corpora/README.md``): the source and
target file names, the language pair and spans given by their exact text in
the target, with an MQM severity.  A gold span counts as caught when a
finding overlaps it; overlapping findings are merged into regions, and a
region is correct when it overlaps a gold span.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from mtcheck.api import DocumentResult
from mtcheck.errors import InputError
from mtcheck.findings import Finding


@dataclass(frozen=True)
class GoldSpan:
    """An editor's marked span: offsets into the target, severity and kind."""

    start: int
    end: int
    severity: str
    kind: str
    text: str


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


def _locate(target_text: str, span: dict, path: Path) -> tuple[int, int]:
    text, occurrence = span["text"], span.get("occurrence", 1)
    start = -1
    for _ in range(occurrence):
        start = target_text.find(text, start + 1)
        if start < 0:
            raise InputError(path, f"gold span not found in target: {text[:60]!r}")
    return start, start + len(text)


def load_gold(path: str | Path, read: Callable[[Path], str]) -> GoldDocument:
    """Read a gold JSON file and resolve its spans to target offsets."""
    path = Path(path)
    try:
        data = json.loads(read(path))
        source, target = path.parent / data["source"], path.parent / data["target"]
        target_text = read(target)
        spans = tuple(
            GoldSpan(*_locate(target_text, s, path), s.get("severity", "major"), s.get("kind", ""), s["text"])
            for s in data.get("spans", [])
        )
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
    return a[0] < b[1] and b[0] < a[1]


def score(gold: GoldDocument, result: DocumentResult) -> Scores:
    """Compare one document's findings with its gold spans."""
    regions = merge_regions(result.findings)
    spans = [(g.start, g.end) for g in gold.spans]
    caught = [any(_overlaps(r, s) for r in regions) for s in spans]
    majors = [c for c, g in zip(caught, gold.spans) if g.severity == "major"]
    correct = sum(any(_overlaps(r, s) for s in spans) for r in regions)
    clean = not gold.spans
    return Scores(
        major_gold=len(majors), major_caught=sum(majors),
        gold=len(spans), caught=sum(caught),
        regions=len(regions), correct_regions=correct,
        clean_words=result.target.word_count if clean else 0,
        clean_regions=len(regions) if clean else 0,
    )


def missed_and_false(gold: GoldDocument, result: DocumentResult) -> tuple[list[GoldSpan], list[tuple[int, int]]]:
    """Gold spans no finding overlaps, and regions that overlap no gold span."""
    regions = merge_regions(result.findings)
    missed = [g for g in gold.spans if not any(_overlaps(r, (g.start, g.end)) for r in regions)]
    false = [r for r in regions if not any(_overlaps(r, (g.start, g.end)) for g in gold.spans)]
    return missed, false
