"""The band search skips links that cannot win and, on long lists, follows anchors: it must find what
costing every move (or every cell) finds, in cells linear in the lists' length."""

import math
import random
from array import array
from pathlib import Path

import pytest

from mtcheck.align import aligner
from mtcheck.align.aligner import _MAX_BAND, _MOVE_LIST, _Evidence, _band, _search, _trace
from mtcheck.text.document import Document, Segment, read_text

CORPORA = Path(__file__).parent.parent / "corpora"
SEED = CORPORA / "seed"

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
    # Half the seeds narrow each cell's floor by the runs' shared anchors as well.
    shared = evidence.shared if seed % 2 else None
    links, cells = _search(n, m, lo, hi, evidence.link_cost, ratio, evidence.floors, shared)
    expected_links, expected_cells = _every_move(n, m, lo, hi, evidence, ratio)
    assert cells == expected_cells
    assert [(l.source, l.target, l.cost) for l in links] == \
        [(l.source, l.target, l.cost) for l in expected_links]


@pytest.mark.parametrize("seed", range(60))
def test_one_segment_a_side_aligns_as_the_search_does(seed):
    rng = random.Random(seed)
    source, target = _segments(rng, 1), _segments(rng, 1)
    if seed % 3 == 0:  # lengths far apart: the two segments stand alone
        target = [Segment(0, 200, "z" * 200, 0, 0)]
    similarity = (lambda s, t: (len(s) + len(t)) % 5 / 4) if seed % 4 == 0 else None
    evidence, ratio = _Evidence(source, target, similarity), rng.uniform(0.6, 1.8)
    lo, hi = _band(1, 1, 12)
    searched = _search(1, 1, lo, hi, evidence.link_cost, ratio, evidence.floors, evidence.shared)[0]
    assert [(l.source, l.target, l.cost) for l in aligner._align(evidence, ratio)] == \
        [(l.source, l.target, l.cost) for l in searched]


def test_a_link_that_cannot_reach_the_bound_is_not_costed():
    source = [Segment(0, 40, "x" * 40, 0, 0)]
    target = [Segment(0, 4, "y" * 4, 0, 0)]
    evidence = _Evidence(source, target, None)
    full = evidence.link_cost(0, 1, 0, 1, 1.0)
    assert full > 0.0
    assert evidence.link_cost(0, 1, 0, 1, 1.0, 1.0, 0.5) == math.inf  # no anchor bonus can bring it to 0.5
    assert evidence.link_cost(0, 1, 0, 1, 1.0, 1.0, 1.0 + full) == full


def test_no_link_costs_less_than_the_floor():
    rng = random.Random(7)
    source, target = _segments(rng, 30), _segments(rng, 30)
    evidence = _Evidence(source, target, None)
    for di in (1, 2):
        for i in range(31 - di):
            costs = [evidence.link_cost(i, di, j, dj, rng.uniform(0.6, 1.8)) for dj in (1, 2) for j in range(31 - dj)]
            assert min(costs) >= evidence.floors[di - 1][i]
    assert 0.0 in evidence.floors[0] and -4.0 in evidence.floors[0]  # runs without and with a shared anchor
    with_similarity = _Evidence(source, target, lambda s, t: 1.0)
    assert set(with_similarity.floors[0] + with_similarity.floors[1]) == {-math.inf}  # a similarity's bonus is not bounded


def test_a_link_of_runs_without_a_shared_anchor_costs_no_less_than_zero():
    rng = random.Random(11)
    source, target = _segments(rng, 30), _segments(rng, 30)
    evidence = _Evidence(source, target, None)
    (src1, src2), (tgt1, tgt2) = evidence.shared
    unshared = [(i, di, j, dj) for di, runs in ((1, src1), (2, src2)) for i, found in enumerate(runs)
                for dj, others in ((1, tgt1), (2, tgt2)) for j, other in enumerate(others) if found.isdisjoint(other)]
    assert len(unshared) > 100
    assert min(evidence.link_cost(i, di, j, dj, rng.uniform(0.6, 1.8)) for i, di, j, dj in unshared) >= 0.0
    assert _Evidence(source, target, lambda s, t: 1.0).shared is None  # a similarity's bonus is not bounded


def _one_line(text: str, size: int) -> str:
    """``text`` on one line, repeated to ``size`` characters (as the bench's huge line)."""
    flat = " ".join(text.split())
    return (flat + " ") * (size // (len(flat) + 1)) + flat[:size % (len(flat) + 1)]


def _whole_grid(evidence, ratio):
    """The best path over every cell of the grid, no band."""
    n, m = len(evidence.source), len(evidence.target)
    lo, hi = _band(n, m, n + m + 2)
    return _search(n, m, lo, hi, evidence.link_cost, ratio)[0]


def _corpus_sentences():
    """The German-English articles of the corpora, each flattened, as one paragraph a side: its sentences."""
    source, target = [], []
    for path in sorted(CORPORA.glob("*/*.de.txt")):
        translation = path.with_name(path.name.replace(".de.txt", ".en.txt"))
        if translation.exists():
            source.append(" ".join(read_text(path).split()))
            target.append(" ".join(read_text(translation).split()))
    return Document(" ".join(source), "de").sentences, Document(" ".join(target), "en").sentences


@pytest.mark.parametrize("omitted", [0, 60])
def test_a_long_paragraph_aligns_as_the_whole_grid_does(omitted):
    """Hundreds of sentences in one paragraph: the anchor-guided band finds the whole grid's best path,
    also where an omission moves every later sentence far from where the lengths put it."""
    source, target = _corpus_sentences()
    source, target = source[:240], target[:80] + target[80 + omitted:240]
    assert len(source) > 5 * _MAX_BAND  # the long-list path
    evidence = _Evidence(source, target, None)
    ratio = aligner._ratio(source, target)
    found = aligner._align(evidence, ratio)
    assert [(l.source, l.target) for l in found] == [(l.source, l.target) for l in _whole_grid(evidence, ratio)]
    if omitted:
        assert sum(l.kind == "1-0" for l in found) >= omitted // 2


def test_the_cells_searched_grow_linearly_with_one_huge_paragraph(monkeypatch):
    """One line of thousands of sentences, each side repeating its article a different number of times
    (the best path leaves where the lengths put it): the band's cells grow with the text, no faster."""
    searched = []
    search = aligner._search

    def counting(n, m, lo, hi, *rest):
        searched.append(sum(h - l + 1 for l, h in zip(lo, hi)))
        return search(n, m, lo, hi, *rest)

    monkeypatch.setattr(aligner, "_search", counting)
    cells = {}
    for size in (50_000, 100_000):
        source = Document(_one_line(read_text(SEED / "belgorod.de.txt"), size), "de").sentences
        target = Document(_one_line(read_text(SEED / "belgorod.en.txt"), size), "en").sentences
        searched.clear()
        links = aligner.align_segments(source, target, 1.0)
        assert sorted(i for l in links for i in l.source) == list(range(len(source)))
        cells[size] = sum(searched)
        assert cells[size] <= (2 * _MAX_BAND + 1) * (len(source) + 1)  # less than the narrowest fixed band
    assert cells[100_000] <= 2.2 * cells[50_000]
