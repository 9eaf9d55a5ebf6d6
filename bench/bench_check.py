"""Wall time of ``mtcheck check`` on the seed, as a ratio to a bare ``python -c pass``.

Both are measured in the same run, interleaved, as the median of N runs of a
fresh interpreter, so the ratio is comparable across machines.

    python bench/bench_check.py [--runs 15]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "corpora" / "seed"


def _time(argv: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(argv, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - start


def main() -> None:
    """Print medians and the ratio."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    baseline_cmd = [sys.executable, "-c", "pass"]
    check_cmd = [sys.executable, "-m", "mtcheck", "check",
                 str(SEED / "belgorod.de.txt"), str(SEED / "belgorod.en.txt")]
    _time(check_cmd)  # warm the OS file cache and mtcheck's word-frequency cache
    baseline, check = [], []
    for _ in range(args.runs):
        baseline.append(_time(baseline_cmd))
        check.append(_time(check_cmd))
    base, full = statistics.median(baseline), statistics.median(check)
    print(f"python -c pass          median {base * 1000:7.1f} ms")
    print(f"mtcheck check (seed)    median {full * 1000:7.1f} ms")
    print(f"ratio                   {full / base:7.1f}x")


if __name__ == "__main__":
    main()
