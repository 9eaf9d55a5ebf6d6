"""Round-trip signals and their combination with heuristic findings.

Each target sentence, translated back into the source language, is scored
against its aligned source with sentence-level chrF (sacrebleu).  Scores
are judged against the document's own distribution (median and MAD, as
robust z-scores) rather than one fixed threshold, since chrF levels differ
between language pairs, models and text types.
"""

from __future__ import annotations

import math
import statistics
from dataclasses import dataclass, replace
from typing import Any, Sequence

from mtcheck.align.context import AlignedDocument
from mtcheck.findings import Finding
from mtcheck.align.similarity import Chrf

ROUND_TRIP_CODES = "MT34"
MEANING_SHIFT = "MT340"
# Too short for chrF to mean much ("(fh)", a dateline): neither scored nor flagged.
MIN_CHARS, MIN_WORDS = 20, 3
# Fewer scored sentences than this give no distribution to stand out from.
MIN_PAIRS = 5
# Floors of the spread so a very uniform document does not flag small dips.
CHRF_SPREAD_FLOOR = 6.0
LENGTH_SPREAD_FLOOR = 0.12
# A heuristic finding counts as confirmed at this weaker deviation.
CONFIRM_Z = 2.0
_MAD_TO_SIGMA = 1.4826


@dataclass(frozen=True)
class PairSignal:
    """Round-trip evidence of one aligned sentence pair (index into ``doc.pairs``)."""

    pair: int
    back_translation: str
    chrf: float
    length_ratio: float  # back-translation length / source length
    chrf_z: float | None = None  # None: too short to judge
    length_z: float | None = None

    def deviates(self, z: float) -> bool:
        """True when chrF is ``z`` spreads below the median, or the length ``z`` spreads off it."""
        return self.chrf_z is not None and (self.chrf_z <= -z or abs(self.length_z or 0.0) >= z)

    def to_evidence(self) -> dict[str, Any]:
        """JSON-serialisable summary for a finding's evidence."""
        return {
            "back_translation": self.back_translation,
            "chrf": round(self.chrf, 1),
            "chrf_z": None if self.chrf_z is None else round(self.chrf_z, 2),
            "length_ratio": round(self.length_ratio, 2),
            "length_z": None if self.length_z is None else round(self.length_z, 2),
        }


@dataclass(frozen=True)
class RoundTrip:
    """Back-translations of all target sentences and the scored pairs, in ``doc.extras['round_trip']``."""

    translator: str
    sentences: tuple[str, ...]  # back-translation of each target sentence, by sentence index
    signals: dict[int, PairSignal]
    chrf_median: float | None
    ratio_median: float | None


def _judgeable(text: str) -> bool:
    return len(text) >= MIN_CHARS and len(text.split()) >= MIN_WORDS


def _robust(values: Sequence[float], floor: float) -> tuple[float, float]:
    """Median and spread (MAD scaled to a standard deviation, at least ``floor``)."""
    median = statistics.median(values)
    mad = statistics.median(abs(v - median) for v in values)
    return median, max(_MAD_TO_SIGMA * mad, floor)


def round_trip(doc: AlignedDocument, back: Sequence[str], translator: str) -> RoundTrip:
    """Score every aligned pair's back-translation (``back``: one per target sentence) against its source."""
    back = tuple(back)
    chrf = Chrf()
    raw: dict[int, PairSignal] = {}
    for i, pair in enumerate(doc.pairs):
        if not pair.source or not pair.target:
            continue
        text = " ".join(b for b in (back[t.index] for t in pair.target) if b)
        source = pair.source_text
        raw[i] = PairSignal(i, text, chrf(text, source), max(len(text), 1) / len(source))
    judged = [s for s in raw.values() if _judgeable(doc.pairs[s.pair].source_text)]
    if len(judged) < MIN_PAIRS:
        return RoundTrip(translator, back, raw, None, None)
    chrf_median, chrf_spread = _robust([s.chrf for s in judged], CHRF_SPREAD_FLOOR)
    logs = [math.log(s.length_ratio) for s in judged]
    log_median, log_spread = _robust(logs, LENGTH_SPREAD_FLOOR)
    lengths = [len(doc.pairs[s.pair].source_text) for s in judged]
    typical = statistics.median(lengths)
    for s, log, length in zip(judged, logs, lengths):
        # Scores of short sentences scatter more (fewer n-grams): widen their spread.
        noise = max(1.0, math.sqrt(typical / length))
        raw[s.pair] = replace(s, chrf_z=(s.chrf - chrf_median) / (chrf_spread * noise),
                              length_z=(log - log_median) / (log_spread * noise))
    return RoundTrip(translator, back, raw, chrf_median, math.exp(log_median))


def _overlapping(doc: AlignedDocument, rt: RoundTrip, finding: Finding) -> list[PairSignal]:
    out = []
    for index, signal in rt.signals.items():
        rng = doc.pairs[index].target_range
        if rng and rng[0] < max(finding.target.end, finding.target.start + 1) and finding.target.start < rng[1]:
            out.append(signal)
    return out


def corroborate(findings: list[Finding], doc: AlignedDocument) -> list[Finding]:
    """Say which signals support each finding; fold round-trip meaning shifts into confirmed heuristic findings.

    A heuristic finding on a sentence whose round trip also deviates carries
    both (``signals``: heuristic and round-trip, with the round-trip
    evidence); a meaning-shift finding on the same sentence is then dropped
    as already reported.
    """
    rt: RoundTrip | None = doc.extras.get("round_trip")
    if rt is None:
        return findings
    out: list[Finding] = []
    confirmed: list[Finding] = []
    for finding in findings:
        if finding.code.startswith(ROUND_TRIP_CODES):
            out.append(finding)
            continue
        support = [s for s in _overlapping(doc, rt, finding) if s.deviates(CONFIRM_Z)]
        evidence = {**finding.evidence, "signals": ["heuristic"] + (["round-trip"] if support else [])}
        if support:
            evidence["round_trip"] = [s.to_evidence() for s in support]
        updated = replace(finding, evidence=evidence)
        out.append(updated)
        if support:
            confirmed.append(updated)
    return [f for f in out if not (f.code == MEANING_SHIFT and _covered(f, confirmed))]



def _covered(finding: Finding, others: list[Finding]) -> bool:
    return any(o.target.start < finding.target.end and finding.target.start < o.target.end for o in others)
