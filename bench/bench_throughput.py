"""Heuristic-only throughput of ``mtcheck check --manifest`` on a generated archive.

Builds an archive of article pairs from the bundled corpora (the seed
article's paragraphs, de->en; MQM TED talks' segments, en->de and zh->en,
three segments a paragraph), then reports:

- words per CPU second (per core) for the whole check of each pair, against
  the CPU time to merely read and segment the same texts in the same run
  (the aim: checks cost no more than 3x reading and segmenting);
- for cold ``mtcheck check --manifest M --format jsonl`` runs with 1 worker and with 2 workers
  on N and 10xN articles: wall time, CPU time of all processes, peak RSS of
  the largest process (the aim: flat memory, wall time halved by 2 workers
  on an otherwise idle machine; the 1-minute load average is printed so a
  busy machine shows).

Usage: python bench/bench_throughput.py [--articles 1000] [--memory-sizes 1000,10000] [--workdir DIR]
"""

from __future__ import annotations

import argparse
import json
import random
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from mtcheck.text.document import read_text  # noqa: E402
from mtcheck.inputs import read_pair  # noqa: E402
from mtcheck.eval.mqm import read_mqm  # noqa: E402
from mtcheck.options import Options  # noqa: E402
from mtcheck.text.segment import split_paragraphs  # noqa: E402
from mtcheck.inputs.jobs import Job, manifest_jobs  # noqa: E402
from mtcheck.run.api import check  # noqa: E402

SEGMENTS_PER_PARAGRAPH = 3


def _seed_paragraphs() -> list[tuple[str, str]]:
    seed = ROOT / "corpora" / "seed"
    texts = [read_text(seed / f"belgorod.{lang}.txt") for lang in ("de", "en")]
    paragraphs = [[t[s:e] for s, e in split_paragraphs(t)] for t in texts]
    return list(zip(*paragraphs))


def _mqm_talks(name: str) -> list[list[tuple[str, str]]]:
    """Each (system, talk) of an MQM file as a list of (source, target) segments."""
    talks: dict[tuple[str, str], list] = {}
    for seg in sorted(read_mqm(ROOT / "corpora" / "mqm-ted" / name), key=lambda s: s.seg_id):
        talks.setdefault((seg.system, seg.doc), []).append((seg.source, seg.target))
    return list(talks.values())


def _article(segments: list[tuple[str, str]], joiner: str) -> tuple[str, str]:
    paragraphs = [segments[k:k + SEGMENTS_PER_PARAGRAPH] for k in range(0, len(segments), SEGMENTS_PER_PARAGRAPH)]
    return tuple("\n\n".join(joiner[side].join(p[side] for p in para) for para in paragraphs)  # type: ignore
                 for side in (0, 1))


def build_archive(directory: Path, count: int, rng: random.Random) -> Path:
    """Write ``count`` article pairs and a manifest listing them; the manifest's path."""
    seed = _seed_paragraphs()
    sources = [("de", "en", None), ("en", "de", _mqm_talks("mqm_ted_ende.tsv")),
               ("zh", "en", _mqm_talks("mqm_ted_zhen.tsv"))]
    lines = []
    for k in range(count):
        src_lang, tgt_lang, talks = sources[k % len(sources)]
        if talks is None:
            start = rng.randrange(len(seed) - 8)
            source, target = ("\n\n".join(p[side] for p in seed[start:start + rng.randint(6, 12)]) for side in (0, 1))
        else:
            talk = rng.choice(talks)
            start = rng.randrange(max(len(talk) - 30, 1))
            source, target = _article(talk[start:start + rng.randint(18, 30)], ("" if src_lang == "zh" else " ", " "))
        names = [f"{k:06d}.{src_lang}.txt", f"{k:06d}.{tgt_lang}.txt"]
        (directory / names[0]).write_text(source, encoding="utf-8")
        (directory / names[1]).write_text(target, encoding="utf-8")
        lines.append(json.dumps({"source": names[0], "target": names[1], "id": f"{k:06d}"}))
    manifest = directory / "manifest.jsonl"
    manifest.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return manifest


def _jobs(manifest: Path) -> list[Job]:
    return list(manifest_jobs(manifest))


def single_core(manifest: Path) -> dict[str, float]:
    """CPU time to read and segment each pair against CPU time to check it fully, in this process.

    CPU time rather than wall time, so that other load on the machine does
    not count; a warm-up pass loads the word lists first, and the order of
    the two measurements alternates so that neither profits from caches.
    """
    options = Options()
    jobs = _jobs(manifest)
    for job in jobs[:30]:
        check(job, options)
    spent = {False: 0.0, True: 0.0}  # full check? -> CPU seconds
    words = 0
    for k, job in enumerate(jobs):
        for full in ((False, True) if k % 2 else (True, False)):
            t0 = time.process_time()
            if full:
                words += sum(d.target.word_count for d in check(job, options).documents)
            else:
                _read_and_segment(job, options)
            spent[full] += time.process_time() - t0
    read_s, check_s = spent[False], spent[True]
    return {
        "words": words, "read_segment_cpu_s": round(read_s, 2), "full_check_cpu_s": round(check_s, 2),
        "words_per_cpu_s": round(words / check_s), "checks_over_reading": round((check_s - read_s) / read_s, 2),
    }


def _read_and_segment(job: Job, options: Options) -> None:
    pair = read_pair(job.source, job.target, options)
    _ = pair.source.sentences, pair.target.sentences


def cli_run(manifest: Path, workers: int) -> dict[str, float]:
    """Wall time, CPU time of all processes and peak RSS of the largest one, for a cold CLI run."""
    probe = (
        "import json, resource, subprocess, sys, time; t = time.perf_counter(); "
        "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL); "
        "wall = time.perf_counter() - t; u = resource.getrusage(resource.RUSAGE_CHILDREN); "
        "print(json.dumps([wall, u.ru_utime + u.ru_stime, u.ru_maxrss]))"
    )
    command = [sys.executable, "-c", probe, sys.executable, "-m", "mtcheck", "check", "--manifest", str(manifest),
               "--format", "jsonl", "-o", str(manifest.parent / f"out-{workers}.jsonl"), "--jobs", str(workers)]
    result = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, check=True)
    wall, cpu, rss = json.loads(result.stdout)
    return {"wall_s": round(wall, 1), "cpu_s": round(cpu, 1), "peak_rss_mb": round(rss / 1024, 1),
            "load_average_1min": round(os.getloadavg()[0], 1)}


def main() -> None:
    """Build the archives, measure, print JSON."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--memory-sizes", default="1000,10000")
    parser.add_argument("--workdir", type=Path)
    args = parser.parse_args()
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="mtcheck-bench-"))
    rng = random.Random(7)
    report: dict[str, object] = {}
    main_dir = workdir / f"archive-{args.articles}"
    main_dir.mkdir(parents=True, exist_ok=True)
    manifest = build_archive(main_dir, args.articles, rng)
    report["articles"] = args.articles
    report["single_core"] = single_core(manifest)
    report["cli_1_worker"] = cli_run(manifest, 1)
    report["cli_2_workers"] = {}
    for size in (int(s) for s in args.memory_sizes.split(",")):
        directory = workdir / f"archive-{size}"
        directory.mkdir(parents=True, exist_ok=True)
        sized = directory / "manifest.jsonl" if (directory / "manifest.jsonl").exists() else \
            build_archive(directory, size, random.Random(size))
        report["cli_2_workers"][size] = cli_run(sized, 2)
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
