"""Alignment benchmark: F1 of sentence links on WMT22 pseudo-articles with a disturbed target.

Each article is consecutive lines of a WMT22 pair (source and first
reference; a line is one segment, usually one sentence, and one paragraph).
The target is then disturbed the way web pages and translators disturb it:
a paragraph dropped, two paragraphs merged, one split at a sentence
boundary, one moved elsewhere, a sentence dropped.  Since every target
sentence still knows its source line, the gold links are known.  Predicted
sentence links are projected onto (source segment, target segment) pairs
and scored against the gold pairs: precision, recall and F1 per pair.

    python -m mtcheck.eval.alignbench ../shared/corpora/wmt22 [--n 40] [--seed 1] [--jobs 2]
"""

from __future__ import annotations

import argparse
import random
import sys
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from mtcheck.align.aligner import align
from mtcheck.eval.wmt22 import reference_pairs
from mtcheck.text.document import Document

_LINES = 10
OPERATIONS = ("drop", "merge", "split", "move", "drop-sentence")


@dataclass(frozen=True)
class Case:
    """A disturbed article: source lines, target paragraphs as (text, source line) fragments."""

    pair: str
    source_lang: str
    target_lang: str
    source: tuple[str, ...]
    target: tuple[tuple[tuple[str, int], ...], ...]  # paragraphs, each a tuple of fragments


def _sentences(text: str, lang: str) -> list[str]:
    doc = Document(text, lang)
    return [s.text for s in doc.sentences]


def disturb(pair: str, source_lang: str, target_lang: str, rows: Sequence[tuple[str, str]],
            rng: random.Random, operations: int = 2) -> Case:
    """The article of ``rows`` with ``operations`` random disturbances of its target."""
    paragraphs: list[list[tuple[str, int]]] = [[(t, k)] for k, (_, t) in enumerate(rows)]
    for _ in range(operations):
        op, i = rng.choice(OPERATIONS), rng.randrange(len(paragraphs))
        if op == "drop" and len(paragraphs) > 2:
            del paragraphs[i]
        elif op == "merge" and i + 1 < len(paragraphs):
            paragraphs[i:i + 2] = [paragraphs[i] + paragraphs[i + 1]]
        elif op == "split" and len(paragraphs[i]) == 1:
            text, line = paragraphs[i][0]
            parts = _sentences(text, target_lang)
            if len(parts) > 1:
                paragraphs[i:i + 1] = [[(" ".join(parts[:1]), line)], [(" ".join(parts[1:]), line)]]
        elif op == "move" and len(paragraphs) > 3:
            moved = paragraphs.pop(i)
            paragraphs.insert(rng.randrange(len(paragraphs) + 1), moved)
        elif op == "drop-sentence" and len(paragraphs[i]) == 1:
            text, line = paragraphs[i][0]
            parts = _sentences(text, target_lang)
            if len(parts) > 1:
                del parts[rng.randrange(len(parts))]
                paragraphs[i] = [(" ".join(parts), line)]
    return Case(pair, source_lang, target_lang, tuple(s for s, _ in rows),
                tuple(tuple(p) for p in paragraphs))


def _layout(paragraphs: Sequence[Sequence[tuple[str, int]]]) -> tuple[str, list[tuple[int, int, int]]]:
    """The text of the paragraphs and each fragment's (start, end, source line)."""
    text, spans = "", []
    for p, fragments in enumerate(paragraphs):
        if p:
            text += "\n\n"
        for f, (fragment, line) in enumerate(fragments):
            if f:
                text += " "
            spans.append((len(text), len(text) + len(fragment), line))
            text += fragment
    return text, spans


def _line_of(offset: int, spans: Sequence[tuple[int, int, int]]) -> int:
    return next((line for start, end, line in spans if start <= offset < end), -1)


def score(case: Case) -> tuple[int, int, int]:
    """(correct, predicted, gold) segment-pair links of one case."""
    source_text, source_spans = _layout([[(s, k)] for k, s in enumerate(case.source)])
    target_text, target_spans = _layout(case.target)
    source, target = Document(source_text, case.source_lang), Document(target_text, case.target_lang)
    gold = {(line, line) for _, _, line in target_spans}
    predicted = set()
    for link in align(source, target).sentences:
        for i in link.source:
            for j in link.target:
                predicted.add((_line_of(source.sentences[i].start, source_spans),
                               _line_of(target.sentences[j].start, target_spans)))
    return len(predicted & gold), len(predicted), len(gold)


def cases(root: Path, pairs: Sequence[str], n: int, seed: int) -> list[Case]:
    """``n`` disturbed articles per pair, the same for the same seed."""
    found = []
    for ref in reference_pairs(root):
        if pairs and ref.name not in pairs:
            continue
        src = ref.source.read_text(encoding="utf-8").splitlines()
        tgt = ref.target.read_text(encoding="utf-8").splitlines()
        rows = [(s.strip(), t.strip()) for s, t in zip(src, tgt) if s.strip() and t.strip()]
        rng = random.Random(f"{seed}:{ref.name}")
        for _ in range(n):
            start = rng.randrange(max(1, len(rows) - _LINES))
            found.append(disturb(ref.name, ref.source_lang, ref.target_lang, rows[start:start + _LINES], rng))
    return found


def f1(correct: int, predicted: int, gold: int) -> tuple[float, float, float]:
    """Precision, recall and F1."""
    p = correct / predicted if predicted else 0.0
    r = correct / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: print precision, recall and F1 of sentence links per pair."""
    parser = argparse.ArgumentParser(prog="python -m mtcheck.eval.alignbench", description=__doc__.split("\n\n")[0])
    parser.add_argument("root", type=Path, help="the wmt22 folder")
    parser.add_argument("--n", type=int, default=40, help="articles per pair (default 40)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--pairs", default="", help="comma-separated pairs (default: all)")
    parser.add_argument("--jobs", "-j", type=int, default=1)
    args = parser.parse_args(argv)
    if not (args.root / "references").is_dir():
        print(f"mtcheck: error: {args.root}: not the wmt22 corpus", file=sys.stderr)
        return 2
    items = cases(args.root, [p for p in args.pairs.split(",") if p], args.n, args.seed)
    if args.jobs > 1:
        with ProcessPoolExecutor(args.jobs) as pool:
            scores = list(pool.map(score, items, chunksize=8))
    else:
        scores = [score(c) for c in items]
    totals: dict[str, list[int]] = {}
    for case, counts in zip(items, scores):
        cell = totals.setdefault(case.pair, [0, 0, 0])
        for k, v in enumerate(counts):
            cell[k] += v
    totals["OVERALL"] = [sum(c[k] for c in list(totals.values())) for k in range(3)]
    print(f"{'pair':<10}{'precision':>10}{'recall':>10}{'F1':>8}{'links':>8}")
    for pair, counts in totals.items():
        p, r, f = f1(*counts)
        print(f"{pair:<10}{p:>10.3f}{r:>10.3f}{f:>8.3f}{counts[2]:>8}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
