"""Every check over every WMT22 file (sources, references, system outputs): no internal error allowed.

Each file is cut into pseudo-articles of 20 lines and checked against its
line-parallel counterpart (a source is checked as the translation of its
first reference, so the source side goes through every target-side reader
too).  Prints the articles and errors per kind and exits 1 on any error.

    python bench/bench_wmt22_crash.py ../shared/corpora/wmt22 [--jobs 2] [--stride 1] [--kinds src,refs,hyp]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from mtcheck.eval.wmt22 import articles, measure, reference_pairs


def main() -> int:
    """Run the checks; print a line per kind and every error."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("root", type=Path)
    parser.add_argument("--jobs", "-j", type=int, default=2)
    parser.add_argument("--stride", type=int, default=1, help="every N-th article of each file (default: all)")
    parser.add_argument("--kinds", default="src,refs,hyp")
    args = parser.parse_args()
    errors = 0
    for kind in args.kinds.split(","):
        start = time.perf_counter()
        pairs = reference_pairs(args.root, kind)
        items = [a for p in pairs for a in articles(p, 20, args.stride)]
        tallies = measure(items, args.jobs)
        failures = [e for t in tallies.values() for e in t.errors]
        errors += len(failures)
        print(f"{kind:<5} {len(pairs):>4} files {len(items):>6} articles {len(failures):>3} errors "
              f"{time.perf_counter() - start:7.1f} s", flush=True)
        for failure in failures:
            print(f"  error: {failure}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
