"""A seeded garbler: web-MT garbles injected into WMT22 reference translations, with exact gold spans.

Each document is a pseudo-article of consecutive WMT22 lines (source and
professional reference), into which a few garbles of the classes below are
injected at random places.  The documents are written as gold files in the
corpora format (``corpora/README.md``), so ``mtcheck eval`` scores them, and
``--report`` prints recall per class and pair.  It measures, it does not
replace hand-written examples; the checks never see its parameters.

    python -m mtcheck.eval.garble --pair de-en --n 300 --seed 1 OUT/        # write gold files
    python -m mtcheck.eval.garble --report OUT/ [--jobs 2]                   # recall per class and pair
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Sequence

from mtcheck.eval.garblers import GAP, GARBLERS, Garble, Lines
from mtcheck.eval.wmt22 import reference_pairs

_LINES = 12  # lines per document


@dataclass
class Document:
    """A document being garbled: its source and target lines and the gold spans so far."""

    name: str
    source_lang: str
    target_lang: str
    source: list[str]
    target: list[str]
    garbles: list[Garble] = field(default_factory=list)

    def text(self, side: str) -> str:
        """The side's text, one line a paragraph."""
        return "\n\n".join(line for line in (self.source if side == "source" else self.target) if line != GAP)

    def gold(self) -> dict:
        """The gold file's content: every garble located by its text and occurrence."""
        target, source = self.text("target"), self.text("source")
        spans = []
        for garble in self.garbles:
            text = source if garble.side == "source" else target
            occurrence = _occurrence(text, garble.text, _offset(self, garble))
            key = "source_text" if garble.side == "source" else "text"
            spans.append({key: garble.text, "occurrence": occurrence, "kind": garble.kind,
                          "severity": garble.severity})
        return {"document": self.name, "source": f"{self.name}.{self.source_lang}.txt",
                "target": f"{self.name}.{self.target_lang}.txt", "source_lang": self.source_lang,
                "target_lang": self.target_lang, "note": "garbled by mtcheck.eval.garble", "spans": spans}


def _offset(doc: Document, garble: Garble) -> int:
    """Offset of the garble's text in its side's joined text."""
    lines = doc.source if garble.side == "source" else doc.target
    before = sum(len(line) + 2 for line in lines[:garble.line] if line != GAP)
    return before + lines[garble.line].index(garble.text)


def _occurrence(text: str, needle: str, offset: int) -> int:
    """Which occurrence of ``needle`` starts at ``offset`` (1-based, overlaps counted as gold.py does)."""
    n, start = 0, -1
    while True:
        start = text.find(needle, start + 1)
        n += 1
        if start < 0 or start >= offset:
            return n


def _garble_document(doc: Document, rng: random.Random, count: int, used: Counter) -> None:
    """Inject up to ``count`` garbles, on lines not garbled yet; the classes used least so far first.

    Classes that few articles allow (a clock time, a magnitude word) are
    tried first wherever they fit, so every class gets a fair number.
    """
    names = list(GARBLERS)
    rng.shuffle(names)
    for name in sorted(names, key=lambda n: used[n]):
        if len(doc.garbles) >= count:
            return
        taken = {g.line for g in doc.garbles}
        garble = GARBLERS[name](Lines(doc.source, doc.target, doc.target_lang, doc.source_lang, taken), rng)
        if garble is None:
            continue
        used[name] += 1
        doc.garbles.append(garble)
        if garble.shifts:  # a line was inserted on both sides: later garbles move down
            doc.garbles = [Garble(g.kind, g.text, g.line + garble.shifts, g.side, g.severity)
                           if g is not garble and g.line >= garble.line else g
                           for g in doc.garbles]


def generate(root: Path, pair: str, n: int, seed: int, per_document: int = 3) -> list[Document]:
    """``n`` garbled documents of ``pair``, the same for the same seed."""
    (ref,) = [p for p in reference_pairs(root) if p.name == pair]
    src = ref.source.read_text(encoding="utf-8").splitlines()
    tgt = ref.target.read_text(encoding="utf-8").splitlines()
    rows = [(s.strip(), t.strip()) for s, t in zip(src, tgt) if s.strip() and t.strip()]
    rng = random.Random(f"{seed}:{pair}")
    docs, used = [], Counter()
    for i in range(n):
        start = rng.randrange(0, max(1, len(rows) - _LINES))
        chunk = rows[start:start + _LINES]
        doc = Document(f"{pair}-{seed}-{i:05d}", ref.source_lang, ref.target_lang,
                       [s for s, _ in chunk], [t for _, t in chunk])
        _garble_document(doc, rng, per_document, used)
        if doc.garbles:
            docs.append(doc)
    return docs


def write(docs: Sequence[Document], out: Path) -> None:
    """Gold files with their source and target texts, one folder a pair."""
    for doc in docs:
        folder = out / doc.name.rsplit("-", 2)[0]
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{doc.name}.{doc.source_lang}.txt").write_text(doc.text("source") + "\n", encoding="utf-8")
        (folder / f"{doc.name}.{doc.target_lang}.txt").write_text(doc.text("target") + "\n", encoding="utf-8")
        (folder / f"{doc.name}.gold.json").write_text(json.dumps(doc.gold(), ensure_ascii=False, indent=1),
                                                       encoding="utf-8")


def _score_file(path: Path) -> tuple[str, Counter, Counter]:
    """(pair, gold spans by kind, caught spans by kind) of one gold file."""
    from mtcheck.eval.gold import load_gold, missed_and_false
    from mtcheck.options import Options
    from mtcheck.run.api import check_files
    from mtcheck.text.document import read_text

    gold = load_gold(path, read_text)
    result = check_files(gold.source, gold.target, Options(source_lang=gold.source_lang,
                                                           target_lang=gold.target_lang))
    missed, _ = missed_and_false(gold, result)
    total = Counter(g.kind for g in gold.spans)
    return path.parent.name, total, total - Counter(g.kind for g in missed)


def report(out: Path, jobs: int = 1) -> str:
    """Recall per garble class (rows) and pair (columns) over every gold file under ``out``."""
    paths = sorted(out.glob("*/*.gold.json"))
    mapper: Callable = map
    pool = ProcessPoolExecutor(jobs) if jobs > 1 else None
    if pool:
        mapper = pool.map
    totals: dict[tuple[str, str], list[int]] = {}
    for pair, total, caught in mapper(_score_file, paths):
        for kind, n in total.items():
            cell = totals.setdefault((kind, pair), [0, 0])
            cell[0] += caught[kind]
            cell[1] += n
    if pool:
        pool.shutdown()
    pairs = sorted({p for _, p in totals})
    kinds = sorted({k for k, _ in totals})
    lines = [f"{'class':<20}" + "".join(f"{p:>12}" for p in pairs) + f"{'all':>12}"]
    for kind in kinds + ["ALL"]:
        cells = [_sum(totals, kind, p) for p in pairs]
        whole = [sum(c[0] for c in cells), sum(c[1] for c in cells)]
        lines.append(f"{kind:<20}" + "".join(f"{_cell(c):>12}" for c in cells + [whole]))
    return "\n".join(lines) + "\n"


def _sum(totals: dict[tuple[str, str], list[int]], kind: str, pair: str) -> list[int]:
    cells = [v for (k, p), v in totals.items() if p == pair and kind in (k, "ALL")]
    return [sum(c[0] for c in cells), sum(c[1] for c in cells)]


def _cell(cell: list[int]) -> str:
    return f"{cell[0] / cell[1]:.2f} ({cell[1]})" if cell[1] else "-"


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: write garbled gold files, or report recall over them."""
    parser = argparse.ArgumentParser(prog="python -m mtcheck.eval.garble", description=__doc__.split("\n\n")[0])
    parser.add_argument("out", type=Path, help="folder for the gold files (one subfolder a pair)")
    parser.add_argument("--wmt22", type=Path, default=Path("../shared/corpora/wmt22"))
    parser.add_argument("--pair", default="de-en", help="comma-separated pairs (default de-en)")
    parser.add_argument("--n", type=int, default=100, help="documents per pair")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--report", action="store_true", help="score the gold files under OUT instead")
    parser.add_argument("--jobs", "-j", type=int, default=1)
    args = parser.parse_args(argv)
    if args.report:
        print(report(args.out, args.jobs), end="")
        return 0
    if not (args.wmt22 / "references").is_dir():
        print(f"mtcheck: error: {args.wmt22}: not the wmt22 corpus (use --wmt22 DIR)", file=sys.stderr)
        return 2
    for pair in args.pair.split(","):
        docs = generate(args.wmt22, pair, args.n, args.seed)
        write(docs, args.out)
        kinds = Counter(g.kind for d in docs for g in d.garbles)
        print(f"{pair}: {len(docs)} documents, {sum(kinds.values())} garbles: "
              + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
