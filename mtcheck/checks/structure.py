"""Structure: source text with no translation, target text with no source, lengths far off the norm.

All three read the sentence alignment.  Because an aligner sometimes leaves a
sentence unpaired where it should have merged it with a neighbour (a 2-1 link
split into 1-1 and 1-0), a gap is only reported when the neighbours' lengths
do not already account for it; a source and a target sentence unpaired side
by side are a loose pair, not an omission and an addition; and a document
whose alignment is full of gaps reports none: a glitch must not become a
cascade of findings.
"""

from __future__ import annotations

import math
import re
import statistics
from dataclasses import dataclass
from typing import Callable, Iterator, Sequence

from mtcheck.blocks import classify, furniture_blocks, overlaps_furniture
from mtcheck.checks import check
from mtcheck.context import AlignedDocument, SegmentPair
from mtcheck.document import Segment
from mtcheck.findings import Flag, Severity
from mtcheck.messages import excerpt
from mtcheck.vocab import furniture_words

_MIN_GAP_WORDS = 4
# Length norm: log(target chars / source chars) over pairs long enough to say something.
_MIN_NORM_CHARS = 40
_MIN_FLAG_CHARS = 60
_MIN_NORM_PAIRS = 8
_MAD_TO_SIGMA = 1.4826
_MIN_SIGMA = 0.08
_OUTLIER_SIGMAS = 4.0
_MIN_OUTLIER_FACTOR = math.log(1.6)
# A neighbour "absorbs" a gap when adding the gap brings it within this of the norm.
_ABSORB_SIGMAS = 2.5
_MIN_ABSORB = math.log(1.3)
# A 1-2 or 2-1 link this far off the norm, back within the second bound without
# an edge sentence, hides an added or dropped sentence.
_HIDDEN_SIGMAS = 2.0
_MIN_HIDDEN = math.log(1.2)
_BACK_ON_NORM_SIGMAS = 2.0
_MIN_BACK_ON_NORM = math.log(1.15)
# More gaps than this share of pairs means the alignment itself is unreliable.
_MAX_GAP_SHARE = 0.15
_MIN_GAPS_ALLOWED = 3
_FIRST_WORD = re.compile(r"^\S+")
_LAST_WORD = re.compile(r"\S+$")


@dataclass(frozen=True)
class _Norm:
    """The document's own ratio of target to source length, on a log scale."""

    median: float
    sigma: float

    def deviation(self, source_chars: int, target_chars: int) -> float:
        """How far a pair's log length ratio lies from the document's median."""
        return math.log(max(target_chars, 1) / max(source_chars, 1)) - self.median


@dataclass(frozen=True)
class _Gap:
    """A run of one-sided pairs within one paragraph link, and what surrounds it."""

    source: tuple[Segment, ...]
    target: tuple[Segment, ...]
    neighbours: tuple[SegmentPair, ...]  # two-sided pairs beside it in the same paragraph link
    previous: Segment | None  # the target sentences around it, in target order
    following: Segment | None


def _chars(segments: Sequence[Segment]) -> int:
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


def _link_of(doc: AlignedDocument) -> list[int]:
    """For each sentence pair, the index of the paragraph link it lies in."""
    by_source, by_target = {}, {}
    for k, link in enumerate(doc.alignment.paragraphs):
        by_source.update(dict.fromkeys(link.source, k))
        by_target.update(dict.fromkeys(link.target, k))
    return [by_source[p.source[0].paragraph] if p.source else by_target[p.target[0].paragraph]
            for p in doc.pairs]


def _gaps(doc: AlignedDocument) -> list[_Gap]:
    """Maximal runs of one-sided pairs: within a paragraph link, or on the same side across links.

    A dropped sentence beside an added one in the same paragraph is a loose
    pair; across a paragraph boundary they are two gaps.  Paragraphs dropped
    one after another (a truncated translation) are one gap.
    """
    pairs, links = doc.pairs, _link_of(doc)
    runs: list[list[int]] = []
    for i, pair in enumerate(pairs):
        if pair.source and pair.target:
            continue
        previous = pairs[i - 1] if i else None
        joins = runs and runs[-1][-1] == i - 1 and (
            links[i - 1] == links[i] or bool(previous.source) == bool(pair.source))
        if joins:
            runs[-1].append(i)
        else:
            runs.append([i])
    return [_gap(pairs, links, run) for run in runs]


def _gap(pairs: Sequence[SegmentPair], links: list[int], run: list[int]) -> _Gap:
    first, last = run[0], run[-1]
    beside = [k for k in (first - 1, last + 1)
              if 0 <= k < len(pairs) and links[k] == links[first] and pairs[k].source and pairs[k].target]
    previous = next((pairs[k].target[-1] for k in range(first - 1, -1, -1) if pairs[k].target), None)
    following = next((pairs[k].target[0] for k in range(last + 1, len(pairs)) if pairs[k].target), None)
    return _Gap(
        tuple(s for k in run for s in pairs[k].source), tuple(t for k in run for t in pairs[k].target),
        tuple(pairs[k] for k in beside), previous, following,
    )


def _hidden_gaps(pairs: Sequence[SegmentPair], norm: _Norm | None) -> Iterator[_Gap]:
    """A sentence at the edge of a 1-2 or 2-1 link that the other side lacks.

    Aligners absorb a short added or dropped sentence into a neighbour's link.
    Such a link is off the length norm, and taking the sentence out puts it
    back on the norm; a genuine split or merge instead falls far below it.
    """
    if norm is None:
        return
    for i, pair in enumerate(pairs):
        if not (pair.source and pair.target):
            continue
        off = norm.deviation(_chars(pair.source), _chars(pair.target))
        if abs(off) < max(_HIDDEN_SIGMAS * norm.sigma, _MIN_HIDDEN):
            continue
        side = pair.target if off > 0 else pair.source
        if len(side) < 2:
            continue
        for edge in (side[0], side[-1]):
            rest = (_chars(pair.source), _chars(pair.target) - len(edge.text)) if off > 0 else \
                (_chars(pair.source) - len(edge.text), _chars(pair.target))
            if abs(norm.deviation(*rest)) <= max(_BACK_ON_NORM_SIGMAS * norm.sigma, _MIN_BACK_ON_NORM):
                yield _edge_gap(pairs, i, edge, added=off > 0)
                break


def _edge_gap(pairs: Sequence[SegmentPair], i: int, edge: Segment, added: bool) -> _Gap:
    """The gap a lone edge sentence of pair ``i`` leaves, with the target sentences around it."""
    pair = pairs[i]
    if added:
        return _Gap((), (edge,), (), None, None)
    at_start = edge is pair.source[0]
    previous = next((pairs[k].target[-1] for k in range(i - 1, -1, -1) if pairs[k].target), None)
    following = next((pairs[k].target[0] for k in range(i + 1, len(pairs)) if pairs[k].target), None)
    return _Gap((edge,), (), (), previous if at_start else pair.target[-1],
                pair.target[0] if at_start else following)


def _absorbed(gap: _Gap, norm: _Norm | None) -> bool:
    """True when a neighbour's lengths say the gap belongs to it (a merge the aligner missed)."""
    if norm is None:
        return False
    extra_source, extra_target = _chars(gap.source), _chars(gap.target)
    for pair in gap.neighbours:
        src, tgt = _chars(pair.source), _chars(pair.target)
        alone = abs(norm.deviation(src, tgt))
        merged = abs(norm.deviation(src + extra_source, tgt + extra_target))
        if merged < alone and merged <= max(_ABSORB_SIGMAS * norm.sigma, _MIN_ABSORB):
            return True
    return False


def _furniture_test(doc: AlignedDocument) -> Callable[[_Gap], bool]:
    """Whether a gap is only page furniture: the furniture checks' business, or a welcome omission."""
    langs = (doc.target.lang, doc.source.lang)
    words = furniture_words(*langs)
    blocks = furniture_blocks(doc)

    def is_furniture(gap: _Gap) -> bool:
        return (all(classify(doc.source.paragraphs[s.paragraph].text, "", words, langs) for s in gap.source)
                and all(overlaps_furniture(blocks, t.start, t.end) for t in gap.target))

    return is_furniture


def _reliable_gaps(doc: AlignedDocument, one_sided: str) -> Iterator[_Gap]:
    """Gaps with text on one side only, long enough, not furniture, not absorbed by a neighbour."""
    norm = _norm(doc.pairs)
    is_furniture = _furniture_test(doc)
    gaps = [g for g in [*_gaps(doc), *_hidden_gaps(doc.pairs, norm)] if not is_furniture(g)]
    if len(gaps) > max(_MIN_GAPS_ALLOWED, _MAX_GAP_SHARE * len(doc.pairs)):
        return
    for gap in gaps:
        present, absent = (gap.source, gap.target) if one_sided == "source" else (gap.target, gap.source)
        if absent or sum(len(s.text.split()) for s in present) < _MIN_GAP_WORDS or _absorbed(gap, norm):
            continue
        yield gap


def _junction(gap: _Gap) -> tuple[int, int]:
    """A short span straddling the point where the missing text belongs: the words either side."""
    start = end = 0
    if gap.previous is not None:
        last = _LAST_WORD.search(gap.previous.text)
        start = end = gap.previous.start + last.start()
        end = gap.previous.end
    if gap.following is not None:
        first = _FIRST_WORD.search(gap.following.text)
        start = start if gap.previous is not None else gap.following.start
        end = gap.following.start + first.end()
    return start, end


@check("MT220", "omission", Severity.MAJOR)
def omission(doc: AlignedDocument) -> Iterator[Flag]:
    """Source text with no counterpart in the translation.

    Flags source sentences the alignment leaves unpaired (a dropped sentence
    or paragraph), marking the junction of the target where they belong: the
    last word before the gap and the first word after it.  Gaps that a
    neighbouring pair's lengths already account for (the aligner missed a
    2-1 merge), page furniture, a source and a target sentence unpaired side
    by side, and documents whose alignment is full of gaps are not reported.

    Bad: ``He resigned. The party thanked him.`` for ``Er trat zurück. Er nannte keine Gründe. Die Partei dankte ihm.``
    Good: ``He resigned and gave no reasons. The party thanked him.``
    """
    for gap in _reliable_gaps(doc, "source"):
        start, end = _junction(gap)
        source_text = " ".join(s.text for s in gap.source)
        yield Flag(
            start, end,
            f"the translation leaves out {len(gap.source)} source sentence(s) here: '{excerpt(source_text)}'",
            source=(gap.source[0].start, gap.source[-1].end),
            evidence={"omitted_sentences": len(gap.source), "omitted_words": len(source_text.split())},
        )


@check("MT221", "addition", Severity.MAJOR)
def addition(doc: AlignedDocument) -> Iterator[Flag]:
    """Translated text with no counterpart in the source.

    Flags target sentences the alignment leaves unpaired: text the
    translation added (a hallucination, a duplicated sentence).  Page
    furniture, gaps a neighbouring pair's lengths account for, a source and a
    target sentence unpaired side by side, and documents whose alignment is
    full of gaps are not reported.

    Bad: ``The mayor resigned. Experts expect further resignations soon.`` for ``Der Bürgermeister trat zurück.``
    Good: ``The mayor resigned.``
    """
    for gap in _reliable_gaps(doc, "target"):
        start, end = gap.target[0].start, gap.target[-1].end
        yield Flag(
            start, end,
            f"'{excerpt(doc.target.text[start:end])}' has no counterpart in the source",
            evidence={"added_sentences": len(gap.target)},
        )


def _pair_flag(pair: SegmentPair, deviation: float) -> Flag:
    start, end = pair.target_range
    factor = math.exp(abs(deviation))
    if deviation < 0:
        message = (f"the translation is {factor:.1f}× shorter than this document's norm for its source; "
                   f"part of '{excerpt(pair.source_text)}' may be missing")
    else:
        message = (f"the translation is {factor:.1f}× longer than this document's norm for its source "
                   f"'{excerpt(pair.source_text)}'; it may add text")
    return Flag(start, end, message, source=pair.source_range,
                evidence={"length_factor": round(math.exp(deviation), 2)},
                severity=None if deviation < 0 else Severity.MINOR)


def _pairs_beside_no_gap(pairs: Sequence[SegmentPair]) -> Iterator[SegmentPair]:
    """Two-sided pairs whose neighbours are two-sided too (beside a gap, lengths are unreliable)."""
    def two_sided(i: int) -> bool:
        return not 0 <= i < len(pairs) or bool(pairs[i].source and pairs[i].target)

    for i, pair in enumerate(pairs):
        if two_sided(i) and two_sided(i - 1) and two_sided(i + 1):
            yield pair


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
        if _chars(pair.source) < _MIN_FLAG_CHARS or overlaps_furniture(blocks, *pair.target_range):
            continue
        deviation = norm.deviation(_chars(pair.source), _chars(pair.target))
        if abs(deviation) >= max(_OUTLIER_SIGMAS * norm.sigma, _MIN_OUTLIER_FACTOR):
            yield _pair_flag(pair, deviation)
