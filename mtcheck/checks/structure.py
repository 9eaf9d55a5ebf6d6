"""Structure: source text with no translation, target text with no source, lengths far off the norm.

All three read the sentence alignment.  Because an aligner sometimes leaves a
sentence unpaired where it should have merged it with a neighbour (a 2-1 link
split into 1-1 and 1-0), a gap is only reported when the neighbours' lengths
do not already account for it, and a document whose alignment is full of
gaps reports none: a glitch must not become a cascade of findings.
"""

from __future__ import annotations

import math
import statistics
from dataclasses import dataclass
from typing import Iterator, Sequence

from mtcheck.blocks import classify, furniture_blocks, overlaps_furniture
from mtcheck.checks import check
from mtcheck.context import AlignedDocument, SegmentPair
from mtcheck.findings import Flag, Severity
from mtcheck.vocab import furniture_words

_MIN_GAP_WORDS = 4
# Length norm: log(target chars / source chars) over pairs long enough to say something.
_MIN_NORM_CHARS = 40
_MIN_NORM_PAIRS = 8
_MAD_TO_SIGMA = 1.4826
_MIN_SIGMA = 0.08
_OUTLIER_SIGMAS = 4.0
_MIN_OUTLIER_FACTOR = math.log(1.6)
# A neighbour "absorbs" a gap when adding the gap brings it within this of the norm.
_ABSORB_SIGMAS = 2.5
_MIN_ABSORB = math.log(1.3)
# More gaps than this share of links means the alignment itself is unreliable.
_MAX_GAP_SHARE = 0.15
_MIN_GAPS_ALLOWED = 3


@dataclass(frozen=True)
class _Norm:
    """The document's own ratio of target to source length, on a log scale."""

    median: float
    sigma: float

    def deviation(self, source_chars: int, target_chars: int) -> float:
        """How far a pair's log length ratio lies from the median, in characters' log units."""
        return math.log(max(target_chars, 1) / max(source_chars, 1)) - self.median


@dataclass(frozen=True)
class _Gap:
    """A run of consecutive sentences aligned to nothing, with its aligned neighbours."""

    pairs: tuple[SegmentPair, ...]
    before: SegmentPair | None
    after: SegmentPair | None

    @property
    def source(self) -> tuple:
        return tuple(s for p in self.pairs for s in p.source)

    @property
    def target(self) -> tuple:
        return tuple(t for p in self.pairs for t in p.target)


def _chars(segments: Sequence) -> int:
    return sum(len(s.text) for s in segments)


def _norm(pairs: Sequence[SegmentPair]) -> _Norm | None:
    """Median and robust spread (MAD) of the log length ratio of the document's pairs."""
    ratios = [
        math.log(_chars(p.target) / _chars(p.source)) for p in pairs
        if p.source and p.target and _chars(p.source) >= _MIN_NORM_CHARS
    ]
    if len(ratios) < _MIN_NORM_PAIRS:
        return None
    median = statistics.median(ratios)
    mad = statistics.median(abs(r - median) for r in ratios)
    return _Norm(median, max(_MAD_TO_SIGMA * mad, _MIN_SIGMA))


def _gaps(pairs: Sequence[SegmentPair]) -> list[_Gap]:
    """Maximal runs of one-sided pairs, each with the two-sided pairs around it."""
    gaps, run = [], []
    for i, pair in enumerate(pairs):
        if pair.source and pair.target:
            continue
        run.append(i)
        if i + 1 < len(pairs) and not (pairs[i + 1].source and pairs[i + 1].target):
            continue
        before = pairs[run[0] - 1] if run[0] > 0 else None
        after = pairs[i + 1] if i + 1 < len(pairs) else None
        gaps.append(_Gap(tuple(pairs[k] for k in run), before, after))
        run = []
    return gaps


def _absorbed(gap_chars: int, neighbour: SegmentPair | None, gap_side: str, norm: _Norm | None) -> bool:
    """True when the neighbour's lengths say the gap is part of it (a merge the aligner missed)."""
    if neighbour is None or norm is None:
        return False
    src, tgt = _chars(neighbour.source), _chars(neighbour.target)
    alone = abs(norm.deviation(src, tgt))
    merged = abs(norm.deviation(src + gap_chars, tgt) if gap_side == "source"
                 else norm.deviation(src, tgt + gap_chars))
    return merged < alone and merged <= max(_ABSORB_SIGMAS * norm.sigma, _MIN_ABSORB)


def _reliable_gaps(doc: AlignedDocument, side: str) -> Iterator[tuple[_Gap, _Norm | None]]:
    """Gaps with text on ``side`` only, long enough, not furniture, not absorbed by a neighbour."""
    gaps = [g for g in _gaps(doc.pairs) if not _is_furniture_gap(doc, g)]
    if len(gaps) > max(_MIN_GAPS_ALLOWED, _MAX_GAP_SHARE * len(doc.pairs)):
        return
    norm = _norm(doc.pairs)
    for gap in gaps:
        segments = gap.source if side == "source" else gap.target
        if (gap.source and gap.target) or sum(len(s.text.split()) for s in segments) < _MIN_GAP_WORDS:
            continue
        chars = _chars(segments)
        if not (_absorbed(chars, gap.before, side, norm) or _absorbed(chars, gap.after, side, norm)):
            yield gap, norm


def _is_furniture_gap(doc: AlignedDocument, gap: _Gap) -> bool:
    """Gaps made only of page furniture are the furniture checks' business, or a good omission."""
    langs = (doc.target.lang, doc.source.lang)
    words = furniture_words(*langs)
    blocks = furniture_blocks(doc)
    source_paragraphs = {s.paragraph for s in gap.source}
    return all(
        classify(doc.source.paragraphs[p].text, "", words, langs) for p in source_paragraphs
    ) and all(overlaps_furniture(blocks, t.start, t.end) for t in gap.target)


def _excerpt(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _insertion_point(gap: _Gap) -> int:
    """Where the missing text belongs in the target: after the previous sentence, or before the next."""
    first = gap.source[0]
    same_paragraph = gap.before is not None and gap.before.source[-1].paragraph == first.paragraph
    if gap.before is not None and (same_paragraph or gap.after is None):
        return gap.before.target[-1].end
    return gap.after.target[0].start if gap.after is not None else 0


@check("MT220", "omission", Severity.MAJOR)
def omission(doc: AlignedDocument) -> Iterator[Flag]:
    """Source text with no counterpart in the translation.

    Flags source sentences the alignment leaves unpaired (a dropped sentence
    or paragraph), at the point of the target where they belong: a
    zero-length span after the preceding target sentence.  Gaps that a
    neighbouring pair's lengths already account for (the aligner missed a
    2-1 merge), page furniture and documents whose alignment is full of gaps
    are not reported.

    Bad: ``He resigned. The party thanked him.`` for ``Er trat zurück. Er nannte keine Gründe. Die Partei dankte ihm.``
    Good: ``He resigned without giving reasons. The party thanked him.``
    """
    for gap, _ in _reliable_gaps(doc, "source"):
        point = _insertion_point(gap)
        source_text = " ".join(s.text for s in gap.source)
        yield Flag(
            point, point,
            f"the translation leaves out {len(gap.source)} source sentence(s) here: '{_excerpt(source_text)}'",
            source=(gap.source[0].start, gap.source[-1].end),
            evidence={"omitted_sentences": len(gap.source), "omitted_words": len(source_text.split())},
        )


@check("MT221", "addition", Severity.MAJOR)
def addition(doc: AlignedDocument) -> Iterator[Flag]:
    """Translated text with no counterpart in the source.

    Flags target sentences the alignment leaves unpaired: text the
    translation added (a hallucination, a duplicated sentence).  Page
    furniture, gaps a neighbouring pair's lengths account for and documents
    whose alignment is full of gaps are not reported.

    Bad: ``The mayor resigned. Experts expect further resignations soon.`` for ``Der Bürgermeister trat zurück.``
    Good: ``The mayor resigned.``
    """
    for gap, _ in _reliable_gaps(doc, "target"):
        start, end = gap.target[0].start, gap.target[-1].end
        yield Flag(
            start, end,
            f"'{_excerpt(doc.target.text[start:end])}' has no counterpart in the source",
            evidence={"added_sentences": len(gap.target)},
        )


def _pair_flag(doc: AlignedDocument, pair: SegmentPair, deviation: float) -> Flag:
    start, end = pair.target_range
    factor = math.exp(abs(deviation))
    if deviation < 0:
        message = (f"the translation is {factor:.1f}× shorter than this document's norm for its source; "
                   f"part of '{_excerpt(pair.source_text)}' may be missing")
    else:
        message = (f"the translation is {factor:.1f}× longer than this document's norm for its source "
                   f"'{_excerpt(pair.source_text)}'; it may add text")
    return Flag(start, end, message, source=pair.source_range,
                evidence={"length_factor": round(math.exp(deviation), 2)},
                severity=None if deviation < 0 else Severity.MINOR)


@check("MT222", "length-ratio", Severity.MAJOR)
def length_ratio(doc: AlignedDocument) -> Iterator[Flag]:
    """An aligned pair whose length ratio lies far outside the document's own norm.

    Compares each pair's log(target/source) length ratio with the median of
    the document's pairs, in units of their median absolute deviation, so
    that language pairs and translation styles set their own norm.  Only
    pairs with enough source text count; a much shorter translation (likely
    omission) is major, a much longer one (likely addition) minor.  Pairs
    beside an alignment gap and furniture are left to the other checks.

    Bad: ``Five tanks were destroyed.`` for ``Fünf Panzer und vier gepanzerte Fahrzeuge seien bei den Kämpfen zerstört worden, hieß es.``
    Good: ``Five tanks and four armoured vehicles were destroyed in the fighting, it said.``
    """
    norm = _norm(doc.pairs)
    if norm is None:
        return
    blocks = furniture_blocks(doc)
    for pair in _pairs_beside_no_gap(doc.pairs):
        if _chars(pair.source) < _MIN_NORM_CHARS or overlaps_furniture(blocks, *pair.target_range):
            continue
        deviation = norm.deviation(_chars(pair.source), _chars(pair.target))
        if abs(deviation) >= max(_OUTLIER_SIGMAS * norm.sigma, _MIN_OUTLIER_FACTOR):
            yield _pair_flag(doc, pair, deviation)


def _pairs_beside_no_gap(pairs: Sequence[SegmentPair]) -> Iterator[SegmentPair]:
    """Two-sided pairs whose neighbours are two-sided too (next to a gap, lengths are unreliable)."""
    def two_sided(i: int) -> bool:
        return not (0 <= i < len(pairs)) or bool(pairs[i].source and pairs[i].target)

    for i, pair in enumerate(pairs):
        if pair.source and pair.target and two_sided(i - 1) and two_sided(i + 1):
            yield pair
