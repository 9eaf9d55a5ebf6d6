"""Paragraph and sentence alignment of a source document with its translation.

Dynamic programming over segment lengths in the style of Gale & Church
(1993), strengthened by anchors that survive translation (numbers, names,
URLs) and, when a translator is available, by a similarity score between
the machine translation of the source and the target (Bleualign style).
Moves 1-1, 1-0, 0-1, 2-1, 1-2 and 2-2 let one omitted, split or merged
segment cost only itself, not everything after it.
"""

from __future__ import annotations

import math
from array import array
from bisect import bisect_left, bisect_right
from typing import Callable, NamedTuple, Sequence

from mtcheck.text.anchors import anchor_similarity, anchors
from mtcheck.text.document import Document, Segment

# -log prior of each move (Gale & Church's estimates, 2-2 from hunalign).
_MOVES: dict[tuple[int, int], float] = {
    (1, 1): -math.log(0.89),
    (1, 0): -math.log(0.0099),
    (0, 1): -math.log(0.0099),
    (2, 1): -math.log(0.089 / 2),
    (1, 2): -math.log(0.089 / 2),
    (2, 2): -math.log(0.011),
}
_VARIANCE = 6.8
_SQRT2 = math.sqrt(2)
_ANCHOR_WEIGHT = 4.0
_SIMILARITY_WEIGHT = 6.0
# Numbers rarely change in translation: each one found on one side only
# counts against a link (up to a cap, since formats do vary).
_NUMBER_PENALTY = 1.5
_MAX_UNMATCHED_NUMBERS = 2
# Only cells near the diagonal are searched, keeping long documents linear:
# the band is a fifth of the longer side up to _MAX_BAND cells either side;
# beyond that it is _GUIDED_BAND cells either side of the path through the
# segment pairs that anchors tie together (lengths within _LENGTH_FACTOR),
# and a best path that runs along its edge (within _EDGE cells) doubles it
# in the rows within _MAX_WIDENED of there, up to _MAX_WIDENED cells, in at
# most _SEARCHES searches, so a paragraph of thousands of sentences still
# costs time linear in its length.
_MIN_BAND = 12
_BAND_SHARE = 0.2
_MAX_BAND = 20
_GUIDED_BAND = 12
_LENGTH_FACTOR = 2.0
_MAX_WIDENED = 80
_EDGE = 2
_SEARCHES = 4

Similarity = Callable[[str, str], float]
"""Scores how well a source text matches a target text, 0..1."""


class Link(NamedTuple):
    """Indices of source and target segments that translate each other."""

    source: tuple[int, ...]
    target: tuple[int, ...]
    cost: float = 0.0

    @property
    def kind(self) -> str:
        """Shape such as ``1-1``, ``0-1`` or ``2-1``."""
        return f"{len(self.source)}-{len(self.target)}"


class Alignment(NamedTuple):
    """Sentence links grouped within paragraph links."""

    paragraphs: list[Link]
    sentences: list[Link]
    method: str


def _join(segments: Sequence[Segment]) -> str:
    return " ".join(s.text for s in segments)


def _numbers(anchor_set: frozenset[str]) -> set[str]:
    """The digit-group anchors of a set."""
    return {a for a in anchor_set if a.startswith("#") and a[1:].isdigit()}


class _Evidence:
    """What linking runs of one or two segments costs besides their lengths' ratio.

    Lengths as prefix sums, and per run of one or two segments its anchors, its
    numbers and its length in one tuple, built once per segment list and shared by
    every pass of the search, so a cell costs a few set operations, not a re-scan
    of text (one tuple per run, not three lists, saves indexing on every cell).
    """

    def __init__(self, source: Sequence[Segment], target: Sequence[Segment], similarity: Similarity | None) -> None:
        self.source, self.target, self.similarity = source, target, similarity
        self.src_len, self.tgt_len = _prefix_lengths(source), _prefix_lengths(target)
        self.src_anchors = _runs([anchors(s.text) for s in source])
        self.tgt_anchors = _runs([anchors(t.text) for t in target])
        self.src_runs = _run_evidence(self.src_anchors, self.src_len)
        self.tgt_runs = _run_evidence(self.tgt_anchors, self.tgt_len)
        # Per run of one or two source segments, the least a link of it can cost: the lengths'
        # cost is never below zero, the anchors' bonus never above _ANCHOR_WEIGHT and zero for
        # a run with no anchor found anywhere in the target; a similarity's bonus is not bounded.
        shared = frozenset().union(*self.tgt_anchors[0])
        self.floors = tuple([-math.inf if similarity is not None else 0.0 if found.isdisjoint(shared)
                             else -_ANCHOR_WEIGHT for found in run] for run in self.src_anchors)
        # The anchor sets that narrow a floor to one cell: a link of runs that share no anchor
        # gets no bonus, so it costs no less than zero (none with a similarity, which is unbounded).
        self.shared = (self.src_anchors, self.tgt_anchors) if similarity is None else None

    def link_cost(self, i: int, di: int, j: int, dj: int, ratio: float, base: float = 0.0, bound: float = math.inf,
                  _sqrt: Callable[[float], float] = math.sqrt, _erfc: Callable[[float], float] = math.erfc,
                  _log: Callable[[float], float] = math.log) -> float:
        """Cost of linking ``source[i:i+di]`` with ``target[j:j+dj]`` (runs of one or two).

        The length part is Gale and Church's: -log probability of the observed
        length difference (math functions bound locally: this runs for every cell of the band).
        Infinity instead where ``base`` plus the cost must exceed ``bound``
        whatever the lengths cost (never less than zero): the anchors and
        numbers are weighed first and the lengths are left out then (not with a similarity function).
        """
        src, src_numbers, a = self.src_runs[di - 1][i]
        tgt, tgt_numbers, b = self.tgt_runs[dj - 1][j]
        bonus = penalty = 0.0
        if src and tgt and not src.isdisjoint(tgt):  # the similarity is 0 without a shared anchor
            bonus = _ANCHOR_WEIGHT * anchor_similarity(src, tgt)
        if src_numbers or tgt_numbers:
            unmatched = src_numbers ^ tgt_numbers
            if unmatched:
                penalty = _NUMBER_PENALTY * min(len(unmatched), _MAX_UNMATCHED_NUMBERS)
        similarity = self.similarity
        if similarity is None and base + (0.0 - bonus + penalty) > bound:
            return math.inf  # the lengths' cost only adds: this link cannot reach the bound
        if a == 0 and b == 0:
            cost = 0.0
        else:
            # The spread grows with the characters of the side that spells the
            # text out longer (an alphabetic side, not a Chinese or Japanese one).
            mean = (a + b / ratio) / 2 * (ratio if ratio > 1 else 1.0)
            tail = _erfc(abs((ratio * a - b) / _sqrt((mean if mean > 1 else 1) * _VARIANCE)) / _SQRT2)
            cost = -_log(tail if tail > 1e-12 else 1e-12)
        cost -= bonus
        cost += penalty
        if similarity is not None:
            cost -= _SIMILARITY_WEIGHT * similarity(_join(self.source[i:i + di]), _join(self.target[j:j + dj]))
        return cost


def _run_evidence(anchor_runs: tuple[list[frozenset[str]], list[frozenset[str]]], prefix: list[int]
                  ) -> tuple[list[tuple[frozenset[str], set[str], int]], ...]:
    """Per run of one and of two segments: its anchors, its numbers and its length in characters.

    A run of two has the numbers of its two segments (joined, not read again from its anchors).
    """
    ones, twos = anchor_runs
    numbers = [_numbers(found) for found in ones]
    return ([(found, numbers[i], prefix[i + 1] - prefix[i]) for i, found in enumerate(ones)],
            [(found, numbers[i] | numbers[i + 1], prefix[i + 2] - prefix[i]) for i, found in enumerate(twos)])


def _prefix_lengths(segments: Sequence[Segment]) -> list[int]:
    out = [0]
    for seg in segments:
        out.append(out[-1] + len(seg.text))
    return out


def _runs(sets: list[frozenset[str]]) -> tuple[list[frozenset[str]], list[frozenset[str]]]:
    """Anchor sets of each segment, and of each segment joined with the next."""
    return sets, [a | b for a, b in zip(sets, sets[1:])]


def _band(n: int, m: int, width: float | Sequence[float], centres: Sequence[float] | None = None
          ) -> tuple[list[int], list[int]]:
    """Per row i, the first and last column j with ``|j - centre(i)| <= width`` (or ``width[i]``).

    The centre is the diagonal ``i*m/n``, or ``centres[i]``; with centres,
    each row reaches at least the next row's first column, so that the band
    holds a path from corner to corner however lopsided the lengths.
    """
    lo, hi = [], []
    widths = width if isinstance(width, Sequence) else [width] * (n + 1)
    for i, width in enumerate(widths):
        centre = centres[i] if centres is not None else (i * m / n if n else 0.0)
        first, last = max(0, math.ceil(centre - width)), min(m, math.floor(centre + width))
        while first <= last and abs(first - centre) > width:
            first += 1
        while last >= first and abs(last - centre) > width:
            last -= 1
        lo.append(first)
        hi.append(last)
    if centres is not None:
        for i in range(n - 1, -1, -1):
            hi[i] = max(hi[i], lo[i + 1])
    return lo, hi


def _length_centres(src_len: Sequence[int], tgt_len: Sequence[int]) -> list[float]:
    """Per source boundary, the (fractional) target boundary at the same share of the text's length.

    The prefix lengths may start anywhere (the stretch between two anchored pairs): boundaries count from the first.
    """
    m, src_first, tgt_first = len(tgt_len) - 1, src_len[0], tgt_len[0]
    total_src, total_tgt = src_len[-1] - src_first, tgt_len[-1] - tgt_first
    centres, k = [], 0
    for length in src_len:
        x = tgt_first + (length - src_first) * total_tgt / total_src if total_src else float(tgt_first)
        while k < m and tgt_len[k + 1] <= x:
            k += 1
        span = tgt_len[k + 1] - tgt_len[k] if k < m else 0
        centres.append(k + (x - tgt_len[k]) / span if span else float(k))
    centres[-1] = float(m)
    return centres


def align_segments(
    source: Sequence[Segment],
    target: Sequence[Segment],
    ratio: float,
    similarity: Similarity | None = None,
) -> list[Link]:
    """Best monotone alignment of two segment lists (indices are local).

    Only a band is searched, in time and memory linear in the number of
    segments: for short lists a fifth of the longer side around the
    diagonal; for long ones _GUIDED_BAND cells either side of the path
    through the segment pairs that anchors tie together (placed by length
    between them), doubled (up to _MAX_WIDENED) where the best path runs
    along the band's edge.
    """
    n, m = len(source), len(target)
    if not n or not m:
        # Nothing to search: every segment of the other side stands alone.
        return [Link((i,), (), _MOVES[(1, 0)]) for i in range(n)] + [Link((), (j,), _MOVES[(0, 1)]) for j in range(m)]
    return _align(_Evidence(source, target, similarity), ratio)


def _align(evidence: _Evidence, ratio: float) -> list[Link]:
    """:func:`align_segments` over evidence gathered once."""
    n, m = len(evidence.source), len(evidence.target)
    if n == m == 1:  # most paragraphs of news hold one sentence: their sentences need no grid
        return _single(evidence, ratio)
    # The band must contain a path from corner to corner even for lopsided counts.
    width = max(_MIN_BAND, _BAND_SHARE * max(n, m), abs(n - m) + 2)
    if width <= _MAX_BAND:  # short lists: a band around the diagonal, as wide as a fifth of them
        lo, hi = _band(n, m, width)
        return _search(n, m, lo, hi, evidence.link_cost, ratio, evidence.floors, evidence.shared)[0]
    # Long lists: a narrow band around the path that anchors and lengths put each segment on.
    centres, widths = _guided_centres(evidence, ratio)
    # The first search asks for its costs directly: it is the only one nearly always, and keeping
    # its costs for a wider search cost a quarter of the search's time (one huge paragraph).
    # From the second on, each keeps its costs for the next.
    costs: _BandCosts | None = None
    link_cost: LinkCost = evidence.link_cost
    for search in range(1, _SEARCHES + 1):
        lo, hi = _band(n, m, widths, centres)
        if search > 1:
            link_cost = costs = _BandCosts(evidence.link_cost, lo, hi, costs, keep=search < _SEARCHES)
        links, cells = _search(n, m, lo, hi, link_cost, ratio, evidence.floors, evidence.shared)
        touched = [i for i in _edge_rows(cells, lo, hi, m) if widths[i] < _MAX_WIDENED]
        if not touched:
            break
        widths = _widened(widths, touched)
    return links


def _single(evidence: _Evidence, ratio: float) -> list[Link]:
    """What :func:`_search` finds for one segment a side: the 1-1 link, unless the two apart cost less.

    Apart, the search takes the path that adds the target segment first (its sweep
    offers the 1-0 move into the corner before the 0-1 move), and a tie goes to the link.
    Calling the link's cost with the bound is what the search does after its floor test,
    which only spares calls that this bound turns to infinity anyway.
    """
    p11, p10, p01 = _MOVES[(1, 1)], _MOVES[(1, 0)], _MOVES[(0, 1)]
    apart = p01 + p10
    linked = p11 + evidence.link_cost(0, 1, 0, 1, ratio, p11, apart)
    if apart < linked:
        return [Link((), (0,), p01), Link((0,), (), apart - p01)]
    return [Link((0,), (0,), linked)]


def _widened(widths: list[float], touched: list[int]) -> list[float]:
    """``widths`` doubled (up to _MAX_WIDENED) in the rows within _MAX_WIDENED of a row in ``touched``."""
    n = len(widths)
    opened = [0] * (n + 1)  # +1 where a stretch to widen starts, -1 where it ends
    for i in touched:
        opened[max(0, i - _MAX_WIDENED)] += 1
        opened[min(n, i + _MAX_WIDENED + 1)] -= 1
    out, inside = [], 0
    for i, width in enumerate(widths):
        inside += opened[i]
        out.append(min(_MAX_WIDENED, 2 * width) if inside else width)
    return out


def _guided_centres(evidence: _Evidence, ratio: float) -> tuple[list[float], list[float]]:
    """Per source boundary, the (fractional) target boundary where anchors and lengths put it, and the band's width there.

    Through the segment pairs tied by an anchor (:func:`_anchored_pairs`)
    that agree with one another, and between them where each segment's
    share of the length between those pairs puts it.  Pairs are sought first
    far from where the lengths put them (up to _MAX_WIDENED segments: an
    omission shifts everything after it) with an anchor found nowhere else
    that far, then near the path those pairs give, with an anchor found
    nowhere else within _MAX_BAND segments (a name or number that recurs).
    """
    centres = _length_centres(evidence.src_len, evidence.tgt_len)
    for reach in (_MAX_WIDENED, _MAX_BAND):
        centres, widths = _through(evidence, _increasing(_anchored_pairs(evidence, centres, ratio, reach)))
    return centres, widths


def _through(evidence: _Evidence, pairs: list[tuple[int, int]]) -> tuple[list[float], list[float]]:
    """Per source boundary, the target boundary of a path through ``pairs`` (increasing on both sides),
    placed between them by length, and a band width that holds every path between two pairs.

    Between pairs that enclose unequal numbers of segments (k more on one side) a path may
    skip those k anywhere: the band is k cells either side there (_GUIDED_BAND at least, _MAX_WIDENED at most).
    """
    n, m = len(evidence.source), len(evidence.target)
    src_len, tgt_len = evidence.src_len, evidence.tgt_len
    knots = [(0, 0)]
    for i, j in pairs:
        for a, b in ((i, j), (i + 1, j + 1)):
            if knots[-1][0] < a < n and knots[-1][1] < b < m:  # each knot past the last, before the corner
                knots.append((a, b))
    knots.append((n, m))
    centres, widths = [0.0], [float(_GUIDED_BAND)]
    for (a, b), (c, d) in zip(knots, knots[1:]):
        centres.extend(b + x for x in _length_centres(src_len[a:c + 1], tgt_len[b:d + 1])[1:])
        width = float(min(_MAX_WIDENED, max(_GUIDED_BAND, abs((d - b) - (c - a)) + _EDGE)))
        widths[-1] = max(widths[-1], width)
        widths.extend([width] * (c - a))
    return centres, widths


def _anchored_pairs(evidence: _Evidence, centres: Sequence[float], ratio: float, reach: int
                    ) -> list[tuple[int, int]]:
    """Segment pairs ``(i, j)`` that an anchor ties together, in source order.

    The anchor is in no other source segment within ``reach`` of ``i`` and
    in no other target segment within ``reach`` of ``j``, ``j`` lies within
    ``reach`` of where ``centres`` put segment ``i``, every such anchor of
    ``i`` points at the same ``j``, and the two lengths are within
    _LENGTH_FACTOR of each other (at the length ratio ``ratio``).
    """
    src_sets, tgt_sets = evidence.src_anchors[0], evidence.tgt_anchors[0]
    src_at, tgt_at = _occurrences(src_sets), _occurrences(tgt_sets)
    src_len, tgt_len = evidence.src_len, evidence.tgt_len
    pairs = []
    for i, found in enumerate(src_sets):
        centre = (centres[i] + centres[i + 1]) / 2  # where the path puts the middle of segment i
        partners = set()
        for anchor in found:
            places = tgt_at.get(anchor)
            if places is None or not _alone(src_at[anchor], i, reach):
                continue
            near = places[bisect_left(places, centre - reach):bisect_right(places, centre + reach)]
            if len(near) == 1 and _alone(places, near[0], reach):
                partners.add(near[0])
        if len(partners) == 1:
            j = partners.pop()
            a, b = ratio * (src_len[i + 1] - src_len[i]), tgt_len[j + 1] - tgt_len[j]
            if max(a, b) <= _LENGTH_FACTOR * min(a, b):
                pairs.append((i, j))
    return pairs


def _occurrences(sets: Sequence[frozenset[str]]) -> dict[str, list[int]]:
    """Per anchor, the indices of the segments that have it, in order."""
    places: dict[str, list[int]] = {}
    for index, found in enumerate(sets):
        for anchor in found:
            places.setdefault(anchor, []).append(index)
    return places


def _alone(places: list[int], index: int, reach: int) -> bool:
    """Whether no other index of ``places`` (sorted, holding ``index``) lies within ``reach`` of it."""
    k = bisect_left(places, index)
    return ((k == 0 or index - places[k - 1] > reach)
            and (k + 1 == len(places) or places[k + 1] - index > reach))


def _increasing(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The longest run of ``pairs`` (in source order, one per source index) whose targets increase too."""
    tails: list[int] = []  # per chain length, the smallest target ending such a chain
    ends: list[int] = []  # per chain length, the index into ``pairs`` of that chain's end
    before = [-1] * len(pairs)
    for k, (_, j) in enumerate(pairs):
        length = bisect_left(tails, j)
        if length == len(tails):
            tails.append(j)
            ends.append(k)
        else:
            tails[length], ends[length] = j, k
        before[k] = ends[length - 1] if length else -1
    chain, k = [], ends[-1] if ends else -1
    while k >= 0:
        chain.append(pairs[k])
        k = before[k]
    return chain[::-1]


_AnchorRuns = tuple[list[frozenset[str]], list[frozenset[str]]]
"""The anchor sets of a side's runs of one segment and of two."""

LinkCost = Callable[[int, int, int, int, float, float, float], float]
"""``(i, di, j, dj, ratio, base, bound)``: a link's cost, or infinity where ``base`` plus it must exceed ``bound``."""


class _BandCosts:
    """Link costs of a band's cells, kept for the next, wider search of the same lists with the same ratio
    (from the second search on: the first rarely needs a wider one).

    A wider band holds (nearly all of) the narrower one, so its search asks again for
    every cost the narrower search computed; those are read back, not recomputed.
    """

    def __init__(self, link_cost: LinkCost, lo: list[int], hi: list[int],
                 narrower: "_BandCosts | None", keep: bool) -> None:
        self.link_cost, self.lo, self.hi, self.narrower = link_cost, lo, hi, narrower
        if narrower is not None:
            narrower.narrower = None  # its own costs hold every cost of the bands before it
        # Per row, four costs (moves 1-1, 1-2, 2-1, 2-2) per column of the band; NaN until computed.
        self.rows = [array("d", [math.nan]) * (4 * (hi[i] - lo[i] + 1)) for i in range(len(lo))] if keep else None

    def __call__(self, i: int, di: int, j: int, dj: int, ratio: float, base: float, bound: float) -> float:
        slot = 2 * di + dj - 3
        narrower = self.narrower
        cost = math.nan
        if narrower is not None and narrower.rows is not None and narrower.lo[i] <= j <= narrower.hi[i]:
            cost = narrower.rows[i][4 * (j - narrower.lo[i]) + slot]
        if cost != cost:  # NaN: not computed by the narrower search
            cost = self.link_cost(i, di, j, dj, ratio, base, bound)
            if cost == math.inf:
                return cost  # not costed: it could not win here (it may in a wider band)
        if self.rows is not None:
            self.rows[i][4 * (j - self.lo[i]) + slot] = cost
        return cost


_MOVE_LIST = [(di, dj, prior) for (di, dj), prior in _MOVES.items()]


_ONE_ONE, _ONE_ZERO, _ZERO_ONE, _TWO_ONE, _ONE_TWO, _TWO_TWO = range(6)  # indices into _MOVE_LIST


def _search(n: int, m: int, lo: list[int], hi: list[int], link_cost: LinkCost, ratio: float,
            floors: tuple[Sequence[float], Sequence[float]] | None = None,
            shared: tuple[_AnchorRuns, _AnchorRuns] | None = None
            ) -> tuple[list[Link], list[tuple[int, int]]]:
    """Dynamic programming over the band: the links of the best path and the cells it visits.

    Each cell takes the cheapest move into it; among equals the first that a
    row-by-row sweep offers (2-2, 2-1, 1-2, 1-1, 1-0, 0-1: by the cell it
    comes from), so paths and costs are those of costing every move.  The
    single moves are costed first, then the 1-1 link, then the merges, each
    link only as far as it can still beat the cheapest so far, so most
    cells cost one length, not four; a link whose floor (the least a link of
    its source run can cost, per run of one and of two in ``floors``) cannot
    beat that is not asked for at all.  With ``shared`` (the anchor sets of
    the source's and the target's runs of one and of two) a negative floor
    holds only where the two runs share an anchor, and is zero elsewhere:
    that spares a quarter of the link costs of one huge paragraph.  An omitted or
    added segment costs its prior alone: a length penalty would make the
    search prefer a lopsided merge to an honest 1-0 link.
    """
    inf = math.inf
    best = [array("d", [inf]) * (hi[i] - lo[i] + 1) for i in range(n + 1)]
    back = [array("b", [-1]) * (hi[i] - lo[i] + 1) for i in range(n + 1)]
    best[0][0] = 0.0
    link = link_cost
    p11, p10, p01, p21, p12, p22 = (prior for _, _, prior in _MOVE_LIST)
    empty = array("d")
    floor1, floor2 = floors or ([-inf] * n, [-inf] * n)
    no_sets: list[frozenset[str]] = []
    (src1, src2), (tgt1, tgt2) = shared or ((no_sets, no_sets), (no_sets, no_sets))
    for ii in range(n + 1):
        row, row_lo, row_back = best[ii], lo[ii], back[ii]
        up, up_lo = (best[ii - 1], lo[ii - 1]) if ii >= 1 else (empty, 0)
        up2, up2_lo = (best[ii - 2], lo[ii - 2]) if ii >= 2 else (empty, 0)
        up_len, up2_len = len(up), len(up2)
        i1, i2 = ii - 1, ii - 2
        # This row's floors for runs of one and of two source segments, and the runs' anchor sets
        # where a cell's own floor may be zero instead (None: the row's floor holds for every cell).
        f1 = floor1[i1] if ii >= 1 else inf
        f2 = floor2[i2] if ii >= 2 else inf
        s1 = src1[i1] if shared and ii >= 1 and f1 == -_ANCHOR_WEIGHT else None
        s2 = src2[i2] if shared and ii >= 2 and f2 == -_ANCHOR_WEIGHT else None
        for jj in range(row_lo, hi[ii] + 1):
            # Each move's cell of origin as an index into its row; out of the band, no move.
            k = jj - up_lo
            c10 = up[k] + p10 if 0 <= k < up_len else inf
            k = jj - 1 - row_lo
            c01 = row[k] + p01 if k >= 0 else inf
            c11 = c21 = c12 = c22 = inf
            bound = c10 if c10 < c01 else c01
            k = jj - 1 - up_lo
            if 0 <= k < up_len and (h := up[k]) != inf and (base := h + p11) + (
                    f1 if s1 is None or not s1.isdisjoint(tgt1[jj - 1]) else 0.0) <= bound:
                c11 = base + link(i1, 1, jj - 1, 1, ratio, base, bound)
                if c11 < bound:
                    bound = c11
            k = jj - 2 - up_lo
            if 0 <= k < up_len and (h := up[k]) != inf and (base := h + p12) + (
                    f1 if s1 is None or not s1.isdisjoint(tgt2[jj - 2]) else 0.0) <= bound:
                c12 = base + link(i1, 1, jj - 2, 2, ratio, base, bound)
            k = jj - 1 - up2_lo
            if 0 <= k < up2_len and (h := up2[k]) != inf and (base := h + p21) + (
                    f2 if s2 is None or not s2.isdisjoint(tgt1[jj - 1]) else 0.0) <= bound:
                c21 = base + link(i2, 2, jj - 1, 1, ratio, base, bound)
            k = jj - 2 - up2_lo
            if 0 <= k < up2_len and (h := up2[k]) != inf and (base := h + p22) + (
                    f2 if s2 is None or not s2.isdisjoint(tgt2[jj - 2]) else 0.0) <= bound:
                c22 = base + link(i2, 2, jj - 2, 2, ratio, base, bound)
            cell, choice = inf, -1
            if c22 < cell:
                cell, choice = c22, _TWO_TWO
            if c21 < cell:
                cell, choice = c21, _TWO_ONE
            if c12 < cell:
                cell, choice = c12, _ONE_TWO
            if c11 < cell:
                cell, choice = c11, _ONE_ONE
            if c10 < cell:
                cell, choice = c10, _ONE_ZERO
            if c01 < cell:
                cell, choice = c01, _ZERO_ONE
            if choice >= 0 and (ii or jj):
                row[jj - row_lo], row_back[jj - row_lo] = cell, choice
    return _trace(back, best, lo, n, m)


def _edge_rows(cells: list[tuple[int, int]], lo: list[int], hi: list[int], m: int) -> list[int]:
    """Rows where the path comes within _EDGE cells of a band edge that is not the grid's edge."""
    return [i for i, j in cells if (lo[i] > 0 and j - lo[i] < _EDGE) or (hi[i] < m and hi[i] - j < _EDGE)]


def _trace(back: list[array], best: list[array], lo: list[int], n: int, m: int
           ) -> tuple[list[Link], list[tuple[int, int]]]:
    """The links of the best path to ``(n, m)``, and the cells it visits."""
    links: list[Link] = []
    cells = [(n, m)]
    i, j = n, m
    while i or j:
        di, dj, _ = _MOVE_LIST[back[i][j - lo[i]]]
        links.append(Link(tuple(range(i - di, i)), tuple(range(j - dj, j)),
                          best[i][j - lo[i]] - best[i - di][j - dj - lo[i - di]]))
        i, j = i - di, j - dj
        cells.append((i, j))
    return links[::-1], cells


def _ratio(source: Sequence[Segment], target: Sequence[Segment]) -> float:
    src = sum(len(p.text) for p in source)
    tgt = sum(len(p.text) for p in target)
    return tgt / src if src and tgt else 1.0


def _linked_ratio(links: list[Link], source: Sequence[Segment], target: Sequence[Segment]) -> float:
    """Median length ratio of 1-1 links, robust to omissions and merges."""
    ratios = sorted(
        len(target[l.target[0]].text) / len(source[l.source[0]].text)
        for l in links if l.kind == "1-1"
    )
    if len(ratios) < 3:
        return _ratio(source, target)
    return ratios[len(ratios) // 2]


def align(source: Document, target: Document, similarity: Similarity | None = None) -> Alignment:
    """Align paragraphs, then sentences within each aligned paragraph group.

    The paragraph pass runs twice: the first estimates the document's length
    ratio from the segments it links, the second uses that ratio, so one
    omitted or added paragraph does not bias every other link.
    """
    paragraphs = _Evidence(source.paragraphs, target.paragraphs, similarity)
    first = _align(paragraphs, _ratio(source.paragraphs, target.paragraphs))
    ratio = _linked_ratio(first, source.paragraphs, target.paragraphs)
    para_links = _align(paragraphs, ratio)
    sentence_links: list[Link] = []
    for link in para_links:
        src_sents = [s for p in link.source for s in source.sentences_of(p)]
        tgt_sents = [s for p in link.target for s in target.sentences_of(p)]
        for local in align_segments(src_sents, tgt_sents, ratio, similarity):
            sentence_links.append(Link(
                tuple(src_sents[k].index for k in local.source),
                tuple(tgt_sents[k].index for k in local.target),
                local.cost,
            ))
    method = "length+anchors" + ("+similarity" if similarity else "")
    return Alignment(para_links, sentence_links, method)
