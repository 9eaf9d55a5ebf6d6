"""Gaps in an alignment: sentences one side has and the other lacks, and the length norm.

An aligner sometimes leaves a sentence unpaired where it should have merged
it with a neighbour (a 2-1 link split into 1-1 and 1-0), and sometimes hides
a dropped or added sentence inside a 2-1 or 1-2 link.  Both are judged
against the document's own length norm: the median and the median absolute
deviation of log(target chars / source chars) over its aligned pairs, so
that each language pair and translation style sets its own scale.
"""

from __future__ import annotations

import math
import re
from typing import Iterator, NamedTuple, Sequence

from mtcheck.text.anchors import digit_groups
from mtcheck.lang.vocab import fold
from mtcheck.align.context import AlignedDocument, SegmentPair
from mtcheck.text.document import Segment

# The norm counts pairs long enough to say something (by the geometric mean of
# both sides, since a Chinese sentence has a third of the characters of its
# English one).
_MIN_NORM_CHARS = 40
_MIN_NORM_PAIRS = 3
_MAD_TO_SIGMA = 1.4826
_MIN_SIGMA = 0.08
# A gap is real only when merging it into a neighbour would put that neighbour
# clearly further (this many spreads) from the norm than it is without it.
_CLEARER_SIGMAS = 1.5
# A 1-2 or 2-1 link this far off the norm, back within the second bound without
# an edge sentence, hides an added or dropped sentence.
_HIDDEN_SIGMAS = 1.5
_MIN_HIDDEN = math.log(1.2)
_BACK_ON_NORM_SIGMAS = 2.0
_MIN_BACK_ON_NORM = math.log(1.15)


def chars(segments: Sequence[Segment]) -> int:
    """Total characters of some segments."""
    return sum(len(s.text) for s in segments)


# A named tuple, not a frozen dataclass: defined in a seventh of the time at start (0.06 ms, not 0.4).
class LengthNorm(NamedTuple):
    """The document's own ratio of target to source length, on a log scale, from ``pairs`` pairs."""

    median: float
    sigma: float
    pairs: int

    def deviation(self, source_chars: int, target_chars: int) -> float:
        """How far a pair's log length ratio lies from the document's median."""
        return math.log(max(target_chars, 1) / max(source_chars, 1)) - self.median

    def near(self, deviation: float, sigmas: float, floor: float) -> bool:
        """Whether a deviation lies within ``sigmas`` spreads of the median (and never closer than ``floor``)."""
        return abs(deviation) <= max(sigmas * self.sigma, floor)


def long_enough(pair: SegmentPair, min_chars: int = _MIN_NORM_CHARS) -> bool:
    """Two-sided, with sides of at least ``min_chars`` characters on (geometric) average."""
    return bool(pair.source and pair.target) and math.sqrt(chars(pair.source) * chars(pair.target)) >= min_chars


def _median(values: Sequence[float]) -> float:
    """``statistics.median`` (same arithmetic) without importing statistics, random, fractions and decimal at start."""
    ordered, half = sorted(values), len(values) // 2
    return ordered[half] if len(ordered) % 2 else (ordered[half - 1] + ordered[half]) / 2


def length_norm(pairs: Sequence[SegmentPair]) -> LengthNorm | None:
    """Median and robust spread (MAD) of the log length ratio; None with too few long pairs."""
    ratios = [math.log(chars(p.target) / chars(p.source)) for p in pairs if long_enough(p)]
    if len(ratios) < _MIN_NORM_PAIRS:
        return None
    median = _median(ratios)
    mad = _median([abs(r - median) for r in ratios])
    return LengthNorm(median, max(_MAD_TO_SIGMA * mad, _MIN_SIGMA), len(ratios))


class Gap(NamedTuple):
    """Sentences of one side (or a loose pair) with no counterpart, and what surrounds them."""

    source: tuple[Segment, ...]
    target: tuple[Segment, ...]
    neighbours: tuple[SegmentPair, ...]  # two-sided pairs beside it in the same paragraph link
    previous: Segment | None  # the target sentences around the gap, in target order
    following: Segment | None

    def absorbed(self, norm: LengthNorm | None) -> bool:
        """True when the gap's content belongs to a neighbour (a merge the aligner missed).

        Names and numbers survive translation: a gap naming what the
        neighbours' other side names and their own side does not belongs to
        them; otherwise a gap whose numbers the neighbours' other side lacks
        is real, one whose numbers it has is not (converted units, "6-foot-6"
        as "198 cm", leave only the names).  Without numbers,
        lengths decide: the gap is real only when every neighbour would end up
        clearly further from the norm with the gap merged into it.
        """
        text = " ".join(s.text for s in self.source + self.target)
        if self.neighbours and _names_from(
                text, " ".join(p.source_text if self.source else p.target_text for p in self.neighbours) + " " + text,
                " ".join(p.target_text if self.source else p.source_text for p in self.neighbours)):
            return True
        numbers = digit_groups(text)
        if numbers and self.neighbours:
            other = " ".join(p.target_text if self.source else p.source_text for p in self.neighbours)
            return bool(numbers & digit_groups(other))
        if norm is None:
            return False
        for pair in self.neighbours:
            src, tgt = chars(pair.source), chars(pair.target)
            merged = abs(norm.deviation(src + chars(self.source), tgt + chars(self.target)))
            if merged - abs(norm.deviation(src, tgt)) < _CLEARER_SIGMAS * norm.sigma:
                return True
        return False


def _link_of(doc: AlignedDocument) -> list[int]:
    """For each sentence pair, the index of the paragraph link it lies in."""
    by_source, by_target = {}, {}
    for k, link in enumerate(doc.alignment.paragraphs):
        by_source.update(dict.fromkeys(link.source, k))
        by_target.update(dict.fromkeys(link.target, k))
    return [by_source[p.source[0].paragraph] if p.source else by_target[p.target[0].paragraph]
            for p in doc.pairs]


def _around(pairs: Sequence[SegmentPair], first: int, last: int) -> tuple[Segment | None, Segment | None]:
    """The target sentences just before pair ``first`` and just after pair ``last``."""
    previous = next((pairs[k].target[-1] for k in range(first - 1, -1, -1) if pairs[k].target), None)
    following = next((pairs[k].target[0] for k in range(last + 1, len(pairs)) if pairs[k].target), None)
    return previous, following


def unpaired(doc: AlignedDocument) -> list[Gap]:
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
        if runs and runs[-1][-1] == i - 1 and (links[i - 1] == links[i]
                                                or bool(pairs[i - 1].source) == bool(pair.source)):
            runs[-1].append(i)
        else:
            runs.append([i])
    gaps = []
    for run in runs:
        first, last = run[0], run[-1]
        beside = [k for k in (first - 1, last + 1)
                  if 0 <= k < len(pairs) and links[k] == links[first] and pairs[k].source and pairs[k].target]
        gaps.append(Gap(tuple(s for k in run for s in pairs[k].source),
                        tuple(t for k in run for t in pairs[k].target),
                        tuple(pairs[k] for k in beside), *_around(pairs, first, last)))
    return gaps


def hidden(pairs: Sequence[SegmentPair], norm: LengthNorm | None) -> Iterator[Gap]:
    """A sentence at the edge of a 1-2 or 2-1 link that the other side lacks.

    Such a link is off the length norm, and taking the sentence out puts it
    back on the norm; a genuine split or merge instead falls far below it.
    The rest must be long enough for lengths to mean something, and the
    sentence must not share a number with the other side, nor a name that
    the rest of its own side lacks (the sentence then carries part of the
    other side's: "Sims was a junior who grew up in Baton Rouge. He played
    ..." for one source sentence naming both).
    """
    if norm is None:
        return
    for i, pair in enumerate(pairs):
        if not (pair.source and pair.target):
            continue
        off = norm.deviation(chars(pair.source), chars(pair.target))
        side = pair.target if off > 0 else pair.source
        if len(side) < 2 or norm.near(off, _HIDDEN_SIGMAS, _MIN_HIDDEN):
            continue
        other = digit_groups(pair.source_text if off > 0 else pair.target_text)
        for edge in (side[0], side[-1]):
            rest = (chars(pair.source), chars(pair.target) - len(edge.text)) if off > 0 else \
                (chars(pair.source) - len(edge.text), chars(pair.target))
            if (math.sqrt(rest[0] * rest[1]) >= _MIN_NORM_CHARS and not digit_groups(edge.text) & other
                    and norm.near(norm.deviation(*rest), _BACK_ON_NORM_SIGMAS, _MIN_BACK_ON_NORM)
                    and not _names_from(edge.text, pair.target_text if off > 0 else pair.source_text,
                                        pair.source_text if off > 0 else pair.target_text)):
                yield _edge_gap(pairs, i, edge, added=off > 0)
                break


# A name: a capitalised word of three letters or more after a sentence's first word.
_NAME = re.compile(r"(?<=\s)[^\W\d_](?<=[A-ZÀ-ÖØ-ÞА-ЯЁЄІЇҐ])[\w'’-]{2,}")
_NAME_STEM = 5


def _names_from(edge: str, side: str, other: str) -> bool:
    """Whether the edge sentence names something the other side names and the rest of its own side
    does not ("Sims ... Baton Rougeu."): it carries part of the other side's sentence (a split), no gap."""
    rest = fold(side.replace(edge, " "))
    other = fold(other)
    return any(stem in other and stem not in rest
               for stem in (fold(name)[:_NAME_STEM] for name in _NAME.findall(edge)))


def _edge_gap(pairs: Sequence[SegmentPair], i: int, edge: Segment, added: bool) -> Gap:
    """The gap a lone edge sentence of pair ``i`` leaves, with the target sentences around it."""
    pair = pairs[i]
    if added:
        return Gap((), (edge,), (), *_around(pairs, i, i))
    previous, following = _around(pairs, i, i)
    if edge is pair.source[0]:
        return Gap((edge,), (), (), previous, pair.target[0])
    return Gap((edge,), (), (), pair.target[-1], following)
