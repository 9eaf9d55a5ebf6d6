"""Counterparts: the narrowest source span that a flagged target span translates.

A finding's ``source`` is the aligned source sentence; its ``counterpart``
is the name, number or phrase inside it that the flagged target text came
from, found from the word links of :mod:`mtcheck.align.words` (each pair
aligned once per document, when a finding first asks).  The links that keep word order on both sides
(the longest such chain) are anchors, and so are the two sides' ends.
For a target span the counterpart is:

0. the check's own source span, when it is narrower than a sentence (a
   name run, a number, a credit): the check knew the counterpart;
1. the whole source side, when the span covers its whole target side
   (a furniture line, a whole sentence);
2. with links inside the span: the source words they link to, widened on
   each side over as many unlinked source words as the span has unlinked
   words beyond its outermost links (its share, scaled by the pair's
   length ratio).  A side that touches an anchor within its share plus
   :data:`SLACK` words is bound: it reaches that anchor and no further,
   and what it does not need goes to the other side, as does what a side
   cannot take.  A side stops before a word linked elsewhere and at a mark
   of a kind the span does not hold between its words (a quotation mark,
   a bracket, a comma, a sentence end, a dash: a phrase rarely reaches
   across one);
3. without links inside the span: the source words between the anchors
   around it, when at most :data:`SLACK` target words separate the span
   from them, one of them is a link (not both the sentence's ends), and
   those words are no more than the span's expected length plus
   :data:`SLACK`; the target words beside the span take their share of
   them first (the diagonal prior);
4. for a span of four words or more whose answer is under half its
   expected length, word order moved the rest away: the source
   sentence(s) holding its links, or None without links.

The expected length is the span's word count times the pair's source to
target ratio.  Anything else is evidence too weak to point at words: the
counterpart is None, never a guess.  Quotation marks and brackets that
open or close the span open or close the counterpart too.  A span over
several pairs gets the hull of each part's counterpart, or None when any
part has none.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from typing import Iterator, Sequence

from mtcheck.align.context import AlignedDocument, SegmentPair
from mtcheck.align.words import Unit, chain, links, units
from mtcheck.lang.packs import DOUBLE_QUOTES
from mtcheck.text.document import Segment

SLACK = 2  # target words between a span and its anchors, and source words beyond its expected length
# Marks a counterpart reaches across only where the span has one of the same kind:
# quotation marks, brackets, sentence and clause ends, commas, dashes.
_MARK_KINDS = {**dict.fromkeys(DOUBLE_QUOTES + "«»‹›", '"'), **dict.fromkeys("([{", "("),
               **dict.fromkeys(")]}", ")"), **dict.fromkeys(".!?…", "."), **dict.fromkeys(";:", ";"), ",": ",",
               **dict.fromkeys("–—", "–")}


class PairAlignment:
    """The word links of one sentence pair and the anchors they give: where the pair's order holds."""

    def __init__(self, source_text: str, source_range: tuple[int, int], target_text: str,
                 target_range: tuple[int, int], source_lang: str, target_lang: str,
                 sentences: tuple[tuple[int, int], ...] = ()) -> None:
        self.source_text, self.source_range = source_text, source_range
        self.target_text, self.target_range = target_text, target_range
        self.source = units(source_text, *source_range, source_lang)
        self.target = units(target_text, *target_range, target_lang)
        self.links = links(self.source, self.target, source_lang, target_lang) if self.source and self.target else []
        self.by_target = {link.target: link.source for link in self.links}
        self.linked_sources = frozenset(self.by_target.values())
        self.sentence_bounds = _sentence_bounds(self.source, sentences)
        anchors = [(0, 0)]
        for link in chain(self.links):
            anchors += [(link.target, link.source), (link.target + 1, link.source + 1)]
        self.anchors = anchors + [(len(self.target), len(self.source))]

    def covering(self, span: tuple[int, int]) -> tuple[int, int] | None:
        """The first and last target units overlapping ``span``, None when no unit does."""
        inside = [j for j, unit in enumerate(self.target) if unit.start < span[1] and span[0] < unit.end]
        return (inside[0], inside[-1]) if inside else None

    def counterpart(self, span: tuple[int, int]) -> tuple[int, int] | None:
        """Source offsets for the target offsets ``span`` (inside the pair), None on weak evidence."""
        if span[0] <= self.target_range[0] and span[1] >= self.target_range[1]:
            return self.source_range
        covered = self.covering(span)
        found = self._units_for(*covered) if covered and self.source else None
        if found is None:
            return None
        start, end = self.source[found[0]].start, self.source[found[1] - 1].end
        # Marks that open or close the span (a quotation mark, a bracket) open or close the counterpart too.
        start = self._marks(start, -1, len(self.target_text[span[0]:self.target[covered[0]].start].strip()))
        end = self._marks(end, 1, len(self.target_text[self.target[covered[1]].end:span[1]].strip()))
        return start, end

    def _marks(self, offset: int, step: int, most: int) -> int:
        """``offset`` moved by ``step`` over up to ``most`` marks (neither space, letter nor digit) beside it."""
        text, (low, high) = self.source_text, self.source_range
        ahead = offset if step > 0 else offset - 1
        while most > 0 and low <= ahead < high and not (text[ahead].isspace() or text[ahead].isalnum()):
            offset, ahead, most = offset + step, ahead + step, most - 1
        return offset

    def _units_for(self, first: int, last: int) -> tuple[int, int] | None:
        """Source units ``[start, end)`` for target units ``first..last``, by the rules of the module's docstring."""
        n, m = len(self.source), len(self.target)
        if first == 0 and last == m - 1:
            return 0, n
        expected = math.ceil((last - first + 1) * n / m)
        inside = [j for j in range(first, last + 1) if j in self.by_target]
        linked = [self.by_target[j] for j in inside]
        found = self._widened(first, last, inside, linked) if linked else self._between_anchors(first, last, expected)
        if found is None:
            return None
        start, end = found
        if last - first >= 3 and 2 * (end - start) < expected:  # word order moved the rest away
            return (self.sentence_bounds[start][0], self.sentence_bounds[end - 1][1]) if linked else None
        return start, end

    def _around(self, first: int, last: int) -> tuple[tuple[int, int], tuple[int, int]]:
        """The nearest anchors before and after target units ``first..last``.

        Where two anchors meet at a boundary, the one that keeps unlinked words out.
        """
        return max(a for a in self.anchors if a[0] <= first), min(a for a in self.anchors if a[0] > last)

    def _between_anchors(self, first: int, last: int, expected: int) -> tuple[int, int] | None:
        """Rule 3, for a span without links: the source units between the anchors that hug it, or None.

        The few target words between the span and an anchor take their share
        of the source words there (the diagonal prior).  One anchor at least
        must be a link, not a sentence's end.
        """
        n, m = len(self.source), len(self.target)
        before, after = self._around(first, last)
        outside = first - before[0], after[0] - last - 1
        if sum(outside) > SLACK or (before == (0, 0) and after == (m, n)):
            return None
        start, end = before[1] + round(outside[0] * n / m), after[1] - round(outside[1] * n / m)
        return (start, end) if 0 < end - start <= expected + SLACK else None

    def _widened(self, first: int, last: int, inside: list[int], linked: list[int]) -> tuple[int, int]:
        """Rule 2: the source units linked to the span, widened over as many units as it has unlinked.

        A side of the span that touches an anchor reaches that anchor, if it
        is no further than the side's share plus :data:`SLACK`: the source
        words between are unlinked, and word order puts them there.  Each
        side stops before a word linked elsewhere and at a mark of a kind the
        span does not hold between its words.
        """
        n, m = len(self.source), len(self.target)
        before, after = self._around(first, last)
        start, end = min(linked), max(linked) + 1
        # The span's unlinked words sit beyond its outermost links, as many source units on each side
        # (its share).  A side that touches an anchor within reach is bound: it takes the units up to
        # the anchor instead.  What one side does not take (its share beyond its anchor, or beyond a
        # mark that stopped it) goes to the other, if that one is not bound: word order varies.
        shares = round((inside[0] - first) * n / m), round((last - inside[-1]) * n / m)
        bound = (before[0] == first and start - before[1] <= shares[0] + SLACK,
                 after[0] == last + 1 and after[1] - end <= shares[1] + SLACK)
        left = max(0, start - before[1]) if bound[0] else shares[0]
        right = max(0, after[1] - end) if bound[1] else shares[1]
        crossable = _mark_kinds(self.target_text[self.target[first].end:self.target[last].start])
        start, rest = self._extend(start, -1, left, crossable)
        rest += max(0, shares[0] - left)
        end, spare = self._extend(end, 1, right + (0 if bound[1] else rest), crossable)
        if not bound[0]:
            start, _ = self._extend(start, -1, spare + max(0, shares[1] - right), crossable)
        return start, end

    def _extend(self, edge: int, step: int, budget: int, crossable: frozenset[str]) -> tuple[int, int]:
        """A region's edge (a unit boundary) moved outwards over up to ``budget`` units, and the budget left.

        It stops before a unit linked elsewhere and at a mark (a quotation mark,
        a bracket, a comma, a sentence end) of a kind not in ``crossable``.
        """
        while budget > 0:
            nxt = edge - 1 if step < 0 else edge
            if not 0 <= nxt < len(self.source) or nxt in self.linked_sources:
                break
            gap = (self.source[nxt].end, self.source[edge].start) if step < 0 else \
                (self.source[edge - 1].end, self.source[nxt].start)
            if _mark_kinds(self.source_text[gap[0]:gap[1]]) - crossable:
                break
            edge += step
            budget -= 1
        return edge, budget


def _mark_kinds(text: str) -> frozenset[str]:
    """The kinds of boundary marks in ``text`` (every quotation mark is one kind, every sentence end another)."""
    return frozenset(_MARK_KINDS[c] for c in text if c in _MARK_KINDS)


def _sentence_bounds(source: Sequence[Unit], sentences: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Per source unit, the units ``[first, end)`` of the sentence it lies in (one sentence when none are given)."""
    bounds: list[tuple[int, int]] = []
    for _, end in sentences:
        first = stop = len(bounds)
        while stop < len(source) and source[stop].start < end:
            stop += 1
        bounds += [(first, stop)] * (stop - first)
    first = len(bounds)
    return bounds + [(first, len(source))] * (len(source) - first)


def _pair_alignments(doc: AlignedDocument) -> dict[tuple[tuple[int, int], tuple[int, int]], PairAlignment]:
    """The word alignments of the document's pairs, made as findings ask for them (one per pair)."""
    return {}


def _aligned(doc: AlignedDocument, pair: SegmentPair) -> PairAlignment:
    """The word alignment of one sentence pair of ``doc``, made once per document and pair."""
    made = doc.derived(_pair_alignments)
    key = (pair.source_range, pair.target_range)
    if key not in made:
        made[key] = PairAlignment(doc.source.text, pair.source_range, doc.target.text, pair.target_range,
                                  doc.source.lang, doc.target.lang, tuple((s.start, s.end) for s in pair.source))
    return made[key]


def counterpart_for(doc: AlignedDocument, start: int, end: int,
                    given: tuple[int, int] | None = None) -> tuple[int, int] | None:
    """The narrowest source span for the target range ``[start, end)`` of an aligned document, or None.

    ``given`` is the source span a check named: when it is narrower than a
    sentence (a name, a number, a credit) the check knew the counterpart.
    Otherwise each aligned pair the range touches gives the counterpart of
    its part of the range (parts without a word are left out), and the
    answer spans them all; one part on weak evidence makes it None, since
    the others alone would look narrower than the truth.
    """
    if given is not None and _within_sentences(doc, *given):
        return given
    parts = []
    for pair in doc.pairs_for(start, end):
        if not pair.source:
            continue
        target_range = pair.target_range
        aligned = _aligned(doc, pair)
        part = (max(start, target_range[0]), min(end, target_range[1]))
        if aligned.covering(part) is None and part != target_range:
            continue  # a space or mark of this pair: its words lie in the others
        found = aligned.counterpart(part)
        if found is None:
            return None
        parts.append(found)
    return (min(s for s, _ in parts), max(e for _, e in parts)) if parts else None


def _within_sentences(doc: AlignedDocument, start: int, end: int) -> bool:
    """Whether ``[start, end)`` is narrower than every source sentence it touches.

    The sentences are visited from the first that overlaps the range and only until one lies
    inside it: a span as wide as a long paragraph is answered after a sentence or two.
    """
    return not any(start <= sentence.start and sentence.end <= end for sentence in _touched(doc, start, end))


def _source_ends(doc: AlignedDocument) -> list[int]:
    """The ends of the source sentences, in order (built once per document, for bisection)."""
    return [s.end for s in doc.source.sentences]


def _touched(doc: AlignedDocument, start: int, end: int) -> Iterator[Segment]:
    """The source sentences that overlap ``[start, end)``, in order (lazily)."""
    sentences = doc.source.sentences
    stop = max(end, start + 1)
    for k in range(bisect_right(doc.derived(_source_ends), start), len(sentences)):
        if sentences[k].start >= stop:
            return
        yield sentences[k]
