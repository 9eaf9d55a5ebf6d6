"""Every speed and scale figure of mtcheck, as ratios measured in one run on this machine.

    python bench/run_all.py            # everything (a few minutes)
    python bench/run_all.py --quick    # smaller sizes, fewer repeats (about a minute)

Rows (each a ratio to something measured in the same run, so that figures
compare across machines):

- start: ``mtcheck check`` on the seed against ``python -c pass`` (median of N,
  interleaved), and importing the third-party libraries a check loads
  (:data:`CHECK_LIBRARIES`) alone: the floor of any start that uses them;
- lexicon: the first run with an empty cache directory against a warm run;
- throughput: the WMT22 de-en references (20 lines a pseudo-article, one
  JSONL file): words per CPU second of the whole check in this process, the
  check against reading and segmenting the same text, and, when
  translate-toolkit is installed (an optional, bench-only dependency), the
  wall time of ``mtcheck check`` against ``pofilter`` on the same pairs;
- growth: a 44 KB article (the seed eight times over) repeated 1/2/4/8x, one process each;
- huge line: a 1-million-character line on each side, no paragraph breaks;
- 5 MB: one 5 MB article pair (skipped with --quick);
- XLIFF: files of 1/2/4 MB of translation units.

Every subprocess row gives wall time and the peak resident memory of that
process.  Nothing here is a test: the figures are for reading, not asserting.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "corpora" / "seed"
WMT = ROOT.parent / "shared" / "corpora" / "wmt22"  # replaced by --shared
WMT_PAIR = "de-en"
LINES_PER_ARTICLE = 20
GROWTH_BASE = 8  # the seed eight times over: a 44 KB article, the growth curve's 1x
sys.path.insert(0, str(ROOT))


# Children compile to bytecode once, as an installed package does, into a
# cache of the bench's own (PYTHONDONTWRITEBYTECODE would recompile every module every run).
_BYTECODE = Path(tempfile.gettempdir()) / "mtcheck-bench-pycache"


def _child(argv: list[str], env: dict[str, str] | None = None) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) of one subprocess, its output discarded."""
    environment = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    environment.update(PYTHONPYCACHEPREFIX=str(_BYTECODE), **(env or {}))
    start = time.perf_counter()
    proc = subprocess.Popen(argv, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=environment)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    error = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"{' '.join(argv)} exited {proc.returncode}: {error[-500:]}")
    return wall, usage.ru_maxrss / 1024


def _mtcheck(*args: str) -> list[str]:
    return [sys.executable, "-m", "mtcheck", "check", *args]


def _seed_pair() -> tuple[str, str]:
    return ((SEED / "belgorod.de.txt").read_text(encoding="utf-8"),
            (SEED / "belgorod.en.txt").read_text(encoding="utf-8"))


# What `mtcheck check` on a text pair imports from other packages (the standard library's sqlite3 too,
# as it is a compiled extension): the command line, the sentence splitter, fuzzy matching, the lexicon.
CHECK_LIBRARIES = ("click", "syntok.segmenter", "rapidfuzz.fuzz", "rapidfuzz.process", "sqlite3")


def start_row(runs: int) -> dict[str, float]:
    """Median wall times, interleaved: ``python -c pass``, importing the libraries alone, ``mtcheck check`` on the seed."""
    check = _mtcheck(str(SEED / "belgorod.de.txt"), str(SEED / "belgorod.en.txt"))
    libraries = [sys.executable, "-c", "import " + ", ".join(CHECK_LIBRARIES)]
    _child(check)  # warm the OS file cache and the lexicon cache
    times: dict[str, list[float]] = {"python_ms": [], "libraries_ms": [], "check_ms": []}
    for _ in range(runs):
        for key, argv in (("python_ms", [sys.executable, "-c", "pass"]), ("libraries_ms", libraries),
                          ("check_ms", check)):
            times[key].append(_child(argv)[0])
    return {key: statistics.median(values) * 1000 for key, values in times.items()}


def lexicon_row(scratch: Path) -> dict[str, float]:
    """The seed checked with an empty cache directory, then again with it filled."""
    cache = scratch / "cache"
    shutil.rmtree(cache, ignore_errors=True)
    check = _mtcheck(str(SEED / "belgorod.de.txt"), str(SEED / "belgorod.en.txt"))
    env = {"MTCHECK_CACHE_DIR": str(cache)}
    first = _child(check, env)[0]
    warm = statistics.median(_child(check, env)[0] for _ in range(3))
    size = sum(f.stat().st_size for f in cache.rglob("*") if f.is_file()) / 1e6
    return {"first_s": first, "warm_s": warm, "cache_mb": size}


def _wmt_articles() -> list[tuple[str, str]]:
    src = (WMT / "sources" / f"generaltest2022.{WMT_PAIR}.src.{WMT_PAIR[:2]}").read_text(encoding="utf-8")
    ref = (WMT / "references" / f"generaltest2022.{WMT_PAIR}.ref.A.{WMT_PAIR[3:]}").read_text(encoding="utf-8")
    pairs = [(s, r) for s, r in zip(src.splitlines(), ref.splitlines()) if s.strip() and r.strip()]
    return [("\n\n".join(s for s, _ in pairs[k:k + LINES_PER_ARTICLE]),
             "\n\n".join(r for _, r in pairs[k:k + LINES_PER_ARTICLE]))
            for k in range(0, len(pairs), LINES_PER_ARTICLE)]


def _write_po(path: Path, articles: list[tuple[str, str]]) -> None:
    def quoted(text: str) -> str:
        return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'

    entries = ['msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n']
    for source, target in articles:
        for s, t in zip(source.split("\n\n"), target.split("\n\n")):
            entries.append(f"msgid {quoted(s)}\nmsgstr {quoted(t)}\n")
    path.write_text("\n".join(entries), encoding="utf-8")


def throughput_row(scratch: Path, repeat: int) -> dict[str, float] | None:
    """WMT22 references: in-process CPU time of checking against reading and segmenting; CLI against pofilter."""
    if not WMT.is_dir():
        return None
    from mtcheck.options import Options
    from mtcheck.run.api import check_documents
    from mtcheck.text.document import Document

    articles = _wmt_articles()
    src_lang, tgt_lang = WMT_PAIR.split("-")
    words = sum(len(t.split()) for _, t in articles)
    options = Options()
    check_documents(Document(articles[0][0], src_lang), Document(articles[0][1], tgt_lang), options)  # warm-up

    def segment() -> None:
        for s, t in articles:
            _ = Document(s, src_lang).sentences, Document(t, tgt_lang).sentences

    def check() -> None:
        for s, t in articles:
            check_documents(Document(s, src_lang), Document(t, tgt_lang), options)

    read_s, check_s = [], []
    for _ in range(repeat):
        for func, times in ((segment, read_s), (check, check_s)):
            t0 = time.process_time()
            func()
            times.append(time.process_time() - t0)
    row = {"articles": len(articles), "words": words, "segment_cpu_s": min(read_s), "check_cpu_s": min(check_s)}
    jsonl = scratch / "wmt.jsonl"
    jsonl.write_text("".join(json.dumps({"id": str(k), "source": s, "target": t, "source_lang": src_lang,
                                         "target_lang": tgt_lang}) + "\n"
                             for k, (s, t) in enumerate(articles)), encoding="utf-8")
    row["cli_s"], row["cli_mb"] = _child(_mtcheck(str(jsonl), "--format", "jsonl"))
    pofilter = shutil.which("pofilter", path=str(Path(sys.executable).parent)) or shutil.which("pofilter")
    if pofilter:
        po = scratch / "wmt.po"
        _write_po(po, articles)
        row["pofilter_s"] = min(_child([pofilter, str(po), str(scratch / "out.po")])[0] for _ in range(2))
    return row


def _write_pair(scratch: Path, name: str, source: str, target: str) -> list[str]:
    src, tgt = scratch / f"{name}.de.txt", scratch / f"{name}.en.txt"
    src.write_text(source, encoding="utf-8")
    tgt.write_text(target, encoding="utf-8")
    return [str(src), str(tgt)]


def _scaled(text: str, times: int) -> str:
    return "\n\n".join([text.strip()] * times)


def growth_rows(scratch: Path, factors: list[int]) -> list[dict[str, float]]:
    """An article of the seed repeated GROWTH_BASE times, itself repeated ``factor`` times; one subprocess each."""
    source, target = _seed_pair()
    rows = []
    for factor in factors:
        files = _write_pair(scratch, f"seed{factor}", _scaled(source, factor * GROWTH_BASE),
                            _scaled(target, factor * GROWTH_BASE))
        wall, rss = _child(_mtcheck(*files))
        rows.append({"factor": factor, "kb": os.path.getsize(files[1]) / 1024, "s": wall, "mb": rss})
    return rows


def _one_line(text: str, size: int) -> str:
    flat = " ".join(text.split())
    return (flat + " ") * (size // (len(flat) + 1)) + flat[:size % (len(flat) + 1)]


def huge_line_row(scratch: Path, chars: int) -> dict[str, float]:
    """One line of ``chars`` characters on each side: no paragraph or line breaks at all."""
    source, target = _seed_pair()
    files = _write_pair(scratch, "line", _one_line(source, chars), _one_line(target, chars))
    wall, rss = _child(_mtcheck(*files))
    return {"chars": chars, "s": wall, "mb": rss}


def big_article_row(scratch: Path, megabytes: float) -> dict[str, float]:
    """One article pair of about ``megabytes`` MB a side, the seed's paragraphs repeated."""
    source, target = _seed_pair()
    factor = max(1, round(megabytes * 1e6 / len(target.encode())))
    files = _write_pair(scratch, "big", _scaled(source, factor), _scaled(target, factor))
    wall, rss = _child(_mtcheck(*files))
    return {"mb_text": os.path.getsize(files[1]) / 1e6, "s": wall, "mb": rss}


def _xliff(path: Path, megabytes: float) -> None:
    source, target = (_seed_pair()[k].strip().split("\n\n") for k in (0, 1))
    units, size, k = [], 0, 0
    while size < megabytes * 1e6:
        s, t = source[k % len(source)], target[k % len(target)]
        unit = (f'<trans-unit id="u{k}"><source>{escape(s)}</source>'
                f'<target>{escape(t)}</target></trans-unit>\n')
        units.append(unit)
        size += len(unit.encode())
        k += 1
    path.write_text('<?xml version="1.0" encoding="UTF-8"?>\n'
                    '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">'
                    '<file source-language="de" target-language="en" datatype="plaintext" original="bench">'
                    '<body>\n' + "".join(units) + '</body></file></xliff>\n', encoding="utf-8")


def xliff_rows(scratch: Path, sizes: list[float]) -> list[dict[str, float]]:
    """XLIFF 1.2 files of the seed's paragraphs as units, one subprocess each."""
    rows = []
    for size in sizes:
        path = scratch / f"units{size:g}.xlf"
        _xliff(path, size)
        wall, rss = _child(_mtcheck(str(path)))
        rows.append({"mb_file": size, "s": wall, "mb": rss})
    return rows


def _print(report: dict) -> None:
    out = []
    start = report.get("start")
    if start:
        out.append(("start: mtcheck check (seed) / python -c pass",
                    f"{start['check_ms']:.0f} ms / {start['python_ms']:.0f} ms",
                    f"{start['check_ms'] / start['python_ms']:.1f}x"))
        out.append(("  importing the libraries alone / python -c pass",
                    f"{start['libraries_ms']:.0f} ms / {start['python_ms']:.0f} ms",
                    f"{start['libraries_ms'] / start['python_ms']:.1f}x"))
    lex = report.get("lexicon")
    if lex:
        out.append(("lexicon: first run (empty cache) / warm run",
                    f"{lex['first_s']:.2f} s / {lex['warm_s']:.2f} s, cache {lex['cache_mb']:.1f} MB",
                    f"{lex['first_s'] / lex['warm_s']:.1f}x"))
    wmt = report.get("throughput")
    if wmt:
        out.append((f"throughput: WMT22 {WMT_PAIR} refs, {wmt['articles']} articles, {wmt['words']} words",
                    f"{wmt['words'] / wmt['check_cpu_s']:,.0f} words/CPU s", ""))
        out.append(("  check / read+segment (CPU, in process)",
                    f"{wmt['check_cpu_s']:.2f} s / {wmt['segment_cpu_s']:.2f} s",
                    f"{wmt['check_cpu_s'] / wmt['segment_cpu_s']:.1f}x"))
        if "pofilter_s" in wmt:
            out.append(("  mtcheck check / pofilter (wall, one process each)",
                        f"{wmt['cli_s']:.2f} s / {wmt['pofilter_s']:.2f} s",
                        f"{wmt['cli_s'] / wmt['pofilter_s']:.1f}x"))
        else:
            out.append(("  mtcheck check (wall; pofilter not installed)", f"{wmt['cli_s']:.2f} s", ""))
    growth = report.get("growth", [])
    for row in growth:
        out.append((f"growth: 44 KB article x{row['factor']} ({row['kb']:.0f} KB)",
                    f"{row['s']:.2f} s, {row['mb']:.0f} MB", f"{row['s'] / growth[0]['s']:.1f}x"))
    line = report.get("line")
    if line:
        out.append((f"huge line: {line['chars']:,} chars, no breaks", f"{line['s']:.2f} s, {line['mb']:.0f} MB", ""))
    big = report.get("big")
    if big:
        out.append((f"big article: {big['mb_text']:.1f} MB a side", f"{big['s']:.2f} s, {big['mb']:.0f} MB", ""))
    xliff = report.get("xliff", [])
    for row in xliff:
        out.append((f"XLIFF {row['mb_file']:g} MB", f"{row['s']:.2f} s, {row['mb']:.0f} MB",
                    f"{row['s'] / xliff[0]['s']:.1f}x"))
    width = max(len(r[0]) for r in out)
    for name, value, ratio in out:
        print(f"{name:<{width}}  {value:<36} {ratio}")
    print(f"(load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs; Python {sys.version.split()[0]};"
          f" {_install_kind()})")


def _install_kind() -> str:
    """Whether this interpreter's start loads an editable install's import hook (setuptools names its module
    ``__editable__...``): ``python -c pass`` costs more then (about 9 ms on the development machine), so
    start ratios read lower than in a regular install."""
    probe = "import sys; print(any(m.startswith('__editable__') for m in sys.modules))"
    hooked = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True).stdout.strip()
    return "an editable install's hook loads at start" if hooked == "True" else "no editable install hook"


def main() -> None:
    """Measure everything and print the table (and, with --json, the raw figures)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller sizes and fewer repeats")
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared",
                        help="the shared data folder holding corpora/wmt22 (default: ../shared)")
    parser.add_argument("--only", help="comma-separated rows to run (start,lexicon,throughput,growth,line,big,xliff)")
    parser.add_argument("--json", type=Path, help="also write the raw figures to this file")
    args = parser.parse_args()
    global WMT
    WMT = args.shared / "corpora" / "wmt22"
    quick = args.quick
    report: dict[str, object] = {}
    rows = set((args.only or "start,lexicon,throughput,growth,line,big,xliff").split(","))
    if quick:
        rows.discard("big")
    with tempfile.TemporaryDirectory(prefix="mtcheck-bench-") as tmp:
        scratch = Path(tmp)
        measures = {
            "start": lambda: start_row(7),
            "lexicon": lambda: lexicon_row(scratch),
            "throughput": lambda: throughput_row(scratch, 1 if quick else 3),
            "growth": lambda: growth_rows(scratch, [1, 2, 4, 8]),
            "line": lambda: huge_line_row(scratch, 1_000_000),
            "big": lambda: big_article_row(scratch, 5),
            "xliff": lambda: xliff_rows(scratch, [1, 2] if quick else [1, 2, 4]),
        }
        for name, measure in measures.items():
            if name in rows:
                report[name] = measure()
    _print(report)
    if args.json:
        args.json.write_text(json.dumps(report, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
