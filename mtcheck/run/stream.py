"""Checking thousands of documents: stream them through worker processes into JSONL.

Jobs come lazily (:mod:`mtcheck.inputs.jobs`); at most a few jobs per
worker are in flight, so memory stays flat however many documents there are.  Each finished job is written as one JSON line and
flushed at once, so an interrupted run loses only the jobs in flight, and
``resume`` skips every job whose id is already in the output.
"""

from __future__ import annotations

import json
import os
from collections import defaultdict
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, as_completed, wait
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, TextIO

from mtcheck.errors import InputError
from mtcheck.findings import Severity
from mtcheck.inputs import Problem, origin_of
from mtcheck.inputs.jobs import Job
from mtcheck.options import Options

# Jobs in flight per worker: enough to keep every worker busy, few enough to keep memory flat.
_WINDOW_PER_WORKER = 4


@dataclass
class Summary:
    """What a streaming run did."""

    checked: int = 0
    skipped: int = 0
    errors: int = 0
    findings: int = 0
    failing: int = 0
    words: int = 0
    by_code: dict[str, int] = field(default_factory=lambda: defaultdict(int))


def _items(job: Job, options: Options, input_format: str | None) -> list:
    from mtcheck.inputs import read_bilingual, read_pair
    from mtcheck.inputs.jsonl import pair_from_record

    if job.problem is not None:
        raise ValueError(job.problem)
    if job.record is not None:
        return [pair_from_record(job.record, job.id, options)]
    if job.target is None:
        return list(read_bilingual(job.source, options, input_format))
    return [read_pair(job.source, job.target, options, input_format)]


def _finding_dict(finding, aligned) -> dict[str, Any]:
    return {**finding.to_dict(), **origin_of(aligned, finding.target.start)}


def result_record(job_id: str, result) -> dict[str, Any]:
    """One checked document as a JSON-ready record."""
    return {
        "id": job_id,
        "document": result.target.path,
        "source_lang": result.source.lang,
        "target_lang": result.target.lang,
        "alignment": result.aligned.alignment.method,
        "words": result.target.word_count,
        "findings": [_finding_dict(f, result.aligned) for f in result.findings],
    }


def run_job(job: Job, options: Options, input_format: str | None = None) -> list[dict[str, Any]]:
    """Check one job; its records (one per document, or one error record). Never raises on bad input."""
    from mtcheck.inputs import check_item

    options = replace(options, source_lang=job.source_lang or options.source_lang,
                      target_lang=job.target_lang or options.target_lang)
    try:
        items = _items(job, options, input_format)
        problems = [str(i) for i in items if isinstance(i, Problem)]
        records = [
            {**result_record(job.id, check_item(item, options)), "problems": problems}
            for item in items if not isinstance(item, Problem)
        ]
        return records or [{"id": job.id, "error": "nothing to check", "problems": problems}]
    except (InputError, ValueError) as exc:
        return [{"id": job.id, "error": error_message(job.id, exc)}]
    except Exception as exc:  # noqa: BLE001  a bug on one document must not end a run of thousands
        return [{"id": job.id, "error": f"{job.id}: internal error ({type(exc).__name__}: {exc})"}]


def error_message(item_id: str, exc: Exception) -> str:
    """One line: an InputError names its file; a malformed inline record is named by its id."""
    return str(exc) if isinstance(exc, InputError) else f"{item_id}: {exc}"


def completed_ids(output: Path) -> set[str]:
    """Ids already written to ``output``; a last line cut off by an interruption is removed."""
    if not output.exists():
        return set()
    with open(output, "rb+") as handle:
        data = handle.read()
        keep = data.rfind(b"\n") + 1
        if keep < len(data):
            handle.truncate(keep)
    done = set()
    for line in data[:keep].decode("utf-8", "replace").splitlines():
        try:
            done.add(json.loads(line)["id"])
        except (json.JSONDecodeError, KeyError, TypeError):
            continue
    return done


def _tally(summary: Summary, records: list[dict[str, Any]], options: Options) -> None:
    for record in records:
        if "error" in record:
            summary.errors += 1
            continue
        summary.checked += 1
        summary.words += record["words"]
        for finding in record["findings"]:
            summary.findings += 1
            summary.by_code[finding["code"]] += 1
            if options.fail_on is not None and Severity(finding["severity"]).rank >= options.fail_on.rank:
                summary.failing += 1


def _results(jobs: Iterable[Job], work: Callable[[Job], list[dict[str, Any]]],
             workers: int) -> Iterator[list[dict[str, Any]]]:
    """Job results in completion order, with at most a small window of jobs in flight."""
    if workers <= 1:
        yield from map(work, jobs)
        return
    window = workers * _WINDOW_PER_WORKER
    with ProcessPoolExecutor(max_workers=workers) as pool:
        pending: set[Future] = set()
        for job in jobs:
            pending.add(pool.submit(work, job))
            if len(pending) >= window:
                done, pending = wait(pending, return_when=FIRST_COMPLETED)
                yield from (f.result() for f in done)
        yield from (f.result() for f in as_completed(pending))


def stream(jobs: Iterable[Job], out: TextIO, options: Options, *, workers: int = 1,
           input_format: str | None = None, done: set[str] | None = None,
           progress: Callable[[int], None] | None = None) -> Summary:
    """Check every job not in ``done``, writing one JSON line per document as soon as it is checked."""
    summary = Summary()
    done = done or set()

    def todo() -> Iterator[Job]:
        for job in jobs:
            if job.id in done:
                summary.skipped += 1
                if progress:
                    progress(1)
            else:
                yield job

    work = partial(run_job, options=options, input_format=input_format)
    for records in _results(todo(), work, workers):
        out.write("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records))
        out.flush()
        _tally(summary, records, options)
        if progress:
            progress(1)
    return summary


def default_workers() -> int:
    """All cores this process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
