"""Several documents in one run: directory pairs or a JSONL manifest, checked in parallel.

Two directories pair their files by relative path, ignoring a language
suffix, so ``de/belgorod.de.txt`` pairs with ``en/belgorod.en.txt`` as well
as ``de/belgorod.txt`` with ``en/belgorod.txt``.  A manifest has one JSON
object per line: ``{"source": path, "target": path, "source_lang": "de",
"target_lang": "en"}`` (languages optional; paths relative to the manifest).
"""

from __future__ import annotations

import os
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, replace
from itertools import repeat
from pathlib import Path
from typing import Iterator

from mtcheck.run.api import DocumentResult, check_files
from mtcheck.errors import InputError
from mtcheck.inputs.jobs import directory_jobs
from mtcheck.inputs.jsonl import json_lines
from mtcheck.options import Options


@dataclass(frozen=True)
class Pair:
    """A source file, its translation and (optionally) their languages."""

    source: str
    target: str
    source_lang: str | None = None
    target_lang: str | None = None


def directory_pairs(source_dir: str | Path, target_dir: str | Path) -> list[Pair]:
    """Every target file with the source file of the same name; a target without one is an error."""
    jobs = sorted(directory_jobs(source_dir, target_dir), key=lambda job: job.id)
    orphans = [job.source for job in jobs if job.problem]
    if orphans:
        raise InputError(source_dir, f"has no source for {', '.join(orphans[:5])}"
                                     f"{' and more' if len(orphans) > 5 else ''}")
    if not jobs:
        raise InputError(target_dir, "contains no files to check")
    return [Pair(job.source, job.target) for job in jobs]


def manifest_pairs(path: str | Path) -> list[Pair]:
    """Pairs listed in a JSONL manifest (blank lines ignored); a bad line is an error."""
    path = Path(path)
    pairs = []
    for where, item, problem in json_lines(path):
        if item is None:
            raise InputError(where, problem)
        if not all(isinstance(item.get(k), str) for k in ("source", "target")):
            raise InputError(where, "needs string fields 'source' and 'target'")
        pairs.append(Pair(str(path.parent / item["source"]), str(path.parent / item["target"]),
                          item.get("source_lang"), item.get("target_lang")))
    if not pairs:
        raise InputError(path, "lists no documents")
    return pairs


def resolve_pairs(source: str | None, target: str | None, manifest: str | None) -> list[Pair]:
    """What to check: a manifest, else two directories or two files."""
    if manifest or source is None or target is None:
        return manifest_pairs(manifest or "")
    if Path(source).is_dir() != Path(target).is_dir():
        raise InputError(target, "must be a directory when the source is one, and a file when it is a file")
    if Path(source).is_dir():
        return directory_pairs(source, target)
    return [Pair(source, target)]


def _check(pair: Pair, options: Options) -> DocumentResult | tuple[str, str]:
    """Check one pair; an input error comes back as (path, problem): it does not pickle raised."""
    options = replace(options, source_lang=pair.source_lang or options.source_lang,
                      target_lang=pair.target_lang or options.target_lang)
    try:
        return check_files(pair.source, pair.target, options)
    except InputError as exc:
        return str(exc.path), exc.problem


def _raise_errors(outcome: DocumentResult | tuple[str, str]) -> DocumentResult:
    if isinstance(outcome, tuple):
        raise InputError(*outcome)
    return outcome


def check_pairs(pairs: list[Pair], options: Options, jobs: int = 1) -> Iterator[DocumentResult]:
    """Results in the order of ``pairs``, computed by ``jobs`` processes (0: one per core)."""
    workers = min(jobs or os.cpu_count() or 1, len(pairs))
    if workers <= 1:
        yield from (_raise_errors(_check(p, options)) for p in pairs)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        yield from map(_raise_errors, pool.map(_check, pairs, repeat(options)))
