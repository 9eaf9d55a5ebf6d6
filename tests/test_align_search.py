"""The band search skips links that cannot win: it must find what costing every move finds."""

import math
import random
from array import array

import pytest

from mtcheck.align.aligner import _MOVE_LIST, _Evidence, _band, _search, _trace
from mtcheck.text.document import Segment

_WORDS = ["Berlin", "Paris", "12", "2024", "Müller", "the", "und", "a", "Kiew", "www.example.de", "7", "3,5"]


def _every_move(n, m, lo, hi, evidence, ratio):
    """The plain relaxation: every move from every cell of the band, costed in full, row by row."""
    best = [array("d", [math.inf]) * (hi[i] - lo[i] + 1) for i in range(n + 1)]
    back = [array("b", [-1]) * (hi[i] - lo[i] + 1) for i in range(n + 1)]
    best[0][0] = 0.0
    for i in range(n + 1):
        for j in range(lo[i], hi[i] + 1):
            here = best[i][j - lo[i]]
            if here == math.inf:
                continue
            for k, (di, dj, prior) in enumerate(_MOVE_LIST):
                ii, jj = i + di, j + dj
                if ii > n or not lo[ii] <= jj <= hi[ii]:
                    continue
                cost = here + prior + evidence.link_cost(i, di, j, dj, ratio) if di and dj else here + prior
                if cost < best[ii][jj - lo[ii]]:
                    best[ii][jj - lo[ii]], back[ii][jj - lo[ii]] = cost, k
    return _trace(back, best, lo, n, m)


def _segments(rng, count):
    out = []
    for index in range(count):
        text = " ".join(rng.choice(_WORDS) if rng.random() < 0.3 else "w" * rng.randint(1, 9)
                        for _ in range(rng.randint(1, 30)))
        out.append(Segment(0, len(text), text, index, 0))
    return out


@pytest.mark.parametrize("seed", range(40))
def test_the_search_finds_the_path_and_costs_of_costing_every_move(seed):
    rng = random.Random(seed)
    source, target = _segments(rng, rng.randint(1, 60)), _segments(rng, rng.randint(1, 60))
    similarity = (lambda s, t: (len(s) + len(t)) % 5 / 4) if seed % 4 == 0 else None
    evidence, ratio = _Evidence(source, target, similarity), rng.uniform(0.6, 1.8)
    n, m = len(source), len(target)
    lo, hi = _band(n, m, max(12, abs(n - m) + 2, rng.randint(2, 30)))
    links, cells = _search(n, m, lo, hi, evidence.link_cost, ratio)
    expected_links, expected_cells = _every_move(n, m, lo, hi, evidence, ratio)
    assert cells == expected_cells
    assert [(l.source, l.target, l.cost) for l in links] == \
        [(l.source, l.target, l.cost) for l in expected_links]


def test_a_link_that_cannot_reach_the_bound_is_not_costed():
    source = [Segment(0, 40, "x" * 40, 0, 0)]
    target = [Segment(0, 4, "y" * 4, 0, 0)]
    evidence = _Evidence(source, target, None)
    full = evidence.link_cost(0, 1, 0, 1, 1.0)
    assert full > 0.0
    assert evidence.link_cost(0, 1, 0, 1, 1.0, 1.0, 0.5) == math.inf  # no anchor bonus can bring it to 0.5
    assert evidence.link_cost(0, 1, 0, 1, 1.0, 1.0, 1.0 + full) == full
