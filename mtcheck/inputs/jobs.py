"""What a run checks, found lazily: a manifest, two directories, or bilingual files.

The conventions are those of ``mtcheck check`` with several documents: two
directories pair their files by relative path, ignoring a ``.xx`` language
suffix (``de/a.de.txt`` with ``en/a.en.txt``); a manifest is JSONL, one
``{"source": path, "target": path, "source_lang", "target_lang", "id"}`` per
line, paths relative to the manifest, languages and id optional, and a line
without ``target`` names a bilingual file.  One directory (or one file)
alone stands for the bilingual files in it: each XLIFF, TMX or PO file is a
job, each line of a JSONL file of inline pairs is a job.

Jobs are produced one at a time and hold paths, not texts (except a JSONL
line's record), so discovering a million documents costs no memory.  A line
or file that cannot be a job becomes a job with a ``problem``, reported in
its place: one bad line never stops a run.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

from mtcheck.errors import InputError
from mtcheck.inputs import Item, read_bilingual, read_pair
from mtcheck.inputs.confine import outside_problem, resolve_inside
from mtcheck.inputs.formats import BILINGUAL, EXTENSIONS
from mtcheck.options import Options
from mtcheck.text.document import language_from_name


@dataclass(frozen=True)
class Job:
    """Two monolingual files, one bilingual file, or one inline pair (``record``)."""

    id: str
    source: str
    target: str | None = None
    source_lang: str | None = None
    target_lang: str | None = None
    record: dict[str, Any] | None = None
    problem: str | None = None


def read_job(job: Job, options: Options, input_format: str | None = None) -> Iterator[Item]:
    """What a job holds, read by the one reader for its format: pairs, unit documents, unit problems.

    A job that is itself a problem (a bad manifest line, a target without a
    source) raises :class:`~mtcheck.errors.InputError`; so does a file that
    cannot be read, and so does a malformed inline record (:mod:`mtcheck.inputs.records`).
    """
    if job.problem is not None:
        raise InputError(job.id, job.problem)
    if job.record is not None:
        from mtcheck.inputs.jsonl import pair_from_record  # JSONL readers load only for JSONL jobs

        return iter([pair_from_record(job.record, job.id, options)])
    if job.target is None:
        return read_bilingual(job.source, options, input_format)
    return iter([read_pair(job.source, job.target, options, input_format)])


def manifest_jobs(path: str | Path, allow_outside: bool = False) -> Iterator[Job]:
    """One job per manifest line; paths are relative to the manifest and must stay in its directory."""
    from mtcheck.inputs.jsonl import json_lines
    from mtcheck.inputs.records import manifest_record

    path = Path(path)
    for where, item, problem in json_lines(path):
        try:
            record = manifest_record(item, where) if item is not None else None
            paths = [resolve_inside(path.parent, name, where, allow_outside) if name else None
                     for name in (record.source, record.target)] if record else []
        except InputError as exc:
            record, problem = None, exc.problem
        if record is None:
            yield Job(where, str(path), problem=problem)
            continue
        name = record.id or (f"{record.source} -> {record.target}" if record.target else record.source)
        yield Job(name, str(paths[0]), str(paths[1]) if paths[1] else None, record.source_lang, record.target_lang)


def _files(root: Path, exclude: Path | None) -> Iterator[Path]:
    skip = exclude.resolve() if exclude else None
    for path in sorted(root.rglob("*")):
        hidden = any(part.startswith(".") for part in path.relative_to(root).parts)
        if path.is_file() and not hidden and path.resolve() != skip:
            yield path


def pairing_key(path: Path, root: Path) -> str:
    """Relative path with any ``.xx`` language suffix removed."""
    relative = path.relative_to(root).as_posix()
    lang = language_from_name(path)
    return relative.replace(f".{lang}.", ".", 1) if lang else relative


def directory_jobs(source_dir: str | Path, target_dir: str | Path, exclude: Path | None = None,
                   allow_outside: bool = False) -> Iterator[Job]:
    """Each target file with the source file of the same key; a target without one is a problem job.

    A file that is a link out of its tree is a problem job too, unless ``allow_outside``.
    """
    source_root, target_root = Path(source_dir), Path(target_dir)
    sources = {pairing_key(p, source_root): p for p in _files(source_root, exclude)}
    for path in _files(target_root, exclude):
        key = pairing_key(path, target_root)
        source = sources.get(key)
        outside = outside_problem(path, target_root, allow_outside) or (
            source and outside_problem(source, source_root, allow_outside))
        if outside:
            yield Job(key, str(path), problem=outside)
        elif source:
            yield Job(key, str(sources[key]), str(path))
        else:
            yield Job(key, str(path), problem=f"has no source file in {source_root}")


def _bilingual_file_jobs(path: Path, name: str) -> Iterator[Job]:
    if EXTENSIONS.get(path.suffix.lower()) != "jsonl":
        yield Job(name, str(path))
        return
    from mtcheck.inputs.jsonl import json_lines
    from mtcheck.inputs.records import record_id

    for where, item, problem in json_lines(path):
        yield Job(record_id(item, where), str(path), record=item, problem=problem)


def bilingual_jobs(path: str | Path, exclude: Path | None = None, allow_outside: bool = False) -> Iterator[Job]:
    """The bilingual files of a directory tree (or one file), JSONL files line by line."""
    path = Path(path)
    if path.is_file():
        yield from _bilingual_file_jobs(path, str(path))
        return
    for file in _files(path, exclude):
        if EXTENSIONS.get(file.suffix.lower()) in BILINGUAL:
            name = file.relative_to(path).as_posix()
            outside = outside_problem(file, path, allow_outside)
            yield from [Job(name, str(file), problem=outside)] if outside else _bilingual_file_jobs(file, name)


def discover(source: str | None, target: str | None = None, manifest: str | None = None,
             exclude: Path | None = None, allow_outside: bool = False) -> Iterator[Job]:
    """Jobs of a run: a manifest, two directories, a file pair, or bilingual files.

    Files a manifest or a directory leads to must lie inside it unless ``allow_outside``
    (:mod:`mtcheck.inputs.confine`); files named on the command line are the user's choice.
    """
    if manifest:
        if source or target:
            raise InputError(manifest, "give either --manifest or SOURCE [TARGET], not both")
        if not Path(manifest).is_file():
            raise InputError(manifest, "no such file")
        return manifest_jobs(manifest, allow_outside)
    if source is None:
        raise InputError("mtcheck", "nothing to check: give SOURCE [TARGET] or --manifest")
    if not Path(source).exists():
        raise InputError(source, "no such file or directory")
    if target is None:
        return bilingual_jobs(source, exclude, allow_outside)
    if Path(source).is_dir() != Path(target).is_dir():
        raise InputError(target, "must be a directory when the source is one, and a file when it is a file")
    if Path(source).is_dir():
        return directory_jobs(source, target, exclude, allow_outside)
    return iter([Job(f"{source} -> {target}", source, target)])
