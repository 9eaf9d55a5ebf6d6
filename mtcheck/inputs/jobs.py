"""What a run checks, found lazily: a manifest, two directories, or bilingual files.

The conventions are those of ``mtcheck check`` with several documents: two
directories pair their files by relative path, ignoring a ``.xx`` language
suffix (``de/a.de.txt`` with ``en/a.en.txt``); a manifest is JSONL, one
``{"source": path, "target": path, "source_lang", "target_lang", "id"}`` per
line, paths relative to the manifest, languages and id optional, and a line
without ``target`` names a bilingual file.  One directory (or one file)
alone stands for the bilingual files in it: each XLIFF, TMX or PO file is a
job, each line of a JSONL file of inline pairs is a job.  A list of files
(``--files-from``, e.g. the articles a pull request changed) pairs each one
with its counterpart by the same naming conventions (:func:`named_jobs`).

Jobs are produced one at a time and hold paths, not texts (except a JSONL
line's record), so discovering a million documents costs no memory.  A line
or file that cannot be a job becomes a job with a ``problem``, reported in
its place: one bad line never stops a run.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Iterable, Iterator, NamedTuple

from mtcheck.errors import InputError
from mtcheck.inputs import Item, read_bilingual, read_pair
from mtcheck.inputs.confine import outside_problem, resolve_inside
from mtcheck.inputs.formats import BILINGUAL, EXTENSIONS
from mtcheck.options import Options
from mtcheck.text.document import STDIN, STDIN_NAME, language_from_name, with_language


class Job(NamedTuple):
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
    """Relative path with any ``.xx`` (or ``.xx-YY``) language suffix removed."""
    relative = path.relative_to(root)
    return relative.with_name(with_language(relative.name, None)).as_posix()


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


def _language_of(path: Path, languages: tuple[str, str]) -> str | None:
    """One of the two languages by the file's ``.xx`` suffix, else by its nearest directory named ``xx``."""
    named = language_from_name(path)
    if named in languages:
        return named
    return next((part for part in reversed(path.parent.parts) if part in languages), None)


def counterpart_candidates(path: Path, lang: str, other: str) -> list[Path]:
    """Where the counterpart in ``other`` of a file in ``lang`` sits by the naming conventions, first match first.

    ``a.en.txt`` -> ``a.de.txt`` beside it; ``en/a.en.txt`` -> ``de/a.de.txt`` or ``de/a.txt``;
    ``en/a.txt`` -> ``de/a.txt`` or ``de/a.de.txt`` (two directories pair names without suffixes).
    A language directory, when there is one, decides: the nearest one is swapped.
    """
    named = language_from_name(path) == lang
    directories = [i for i, part in enumerate(path.parent.parts) if part == lang]
    if directories:
        parts, i = path.parent.parts, directories[-1]
        other_dir = Path(*parts[:i], other, *parts[i + 1:])
        names = (with_language(path.name, other), with_language(path.name, None)) if named \
            else (path.name, with_language(path.name, other))
        return list(dict.fromkeys(other_dir / name for name in names))
    return [path.parent / with_language(path.name, other)] if named else []


def named_jobs(paths: Iterable[str], source_lang: str | None, target_lang: str | None) -> Iterator[Job]:
    """Each listed file with its counterpart by name: a translation with its source, a source with its translation.

    A file's language is its ``name.xx.ext`` suffix, else the nearest directory named after one of the
    two languages (see :func:`counterpart_candidates`).  A file that is missing, is in neither language,
    or has no counterpart is a problem job; a pair listed twice (source and translation) is one job.
    """
    if not (source_lang and target_lang) or source_lang == target_lang:
        raise InputError("--files-from", "needs the source and the target language to tell sources from "
                         "translations (--source-lang and --target-lang, or source-lang and target-lang in "
                         "the configuration)")
    return _named_jobs(paths, (source_lang, target_lang))


def _named_jobs(paths: Iterable[str], languages: tuple[str, str]) -> Iterator[Job]:
    seen: set[tuple[str, str]] = set()
    for name in paths:
        pair = _pair(Path(name), languages)
        if isinstance(pair, str):
            yield Job(name, name, problem=pair)
        elif pair not in seen:
            seen.add(pair)
            yield Job(f"{pair[0]} -> {pair[1]}", *pair)


def _pair(path: Path, languages: tuple[str, str]) -> tuple[str, str] | str:
    """A listed file's (source, target) pair, or the problem that keeps it from having one."""
    if not path.is_file():
        return "no such file" if not path.exists() else "is not a file"
    source_lang, target_lang = languages
    lang = _language_of(path, languages)
    if lang is None:
        return (f"is in neither {source_lang} nor {target_lang} by its name "
                f"(name.{source_lang}.ext, name.{target_lang}.ext) or its directory ({source_lang}/, {target_lang}/)")
    candidates = counterpart_candidates(path, lang, target_lang if lang == source_lang else source_lang)
    found = next((str(c) for c in candidates if c.is_file()), None)
    if found is None:
        role = "translation" if lang == source_lang else "source"
        return f"has no {role} file ({' or '.join(map(str, candidates))})"
    return (str(path), found) if lang == source_lang else (found, str(path))


def _stdin_jobs(source: str, target: str | None) -> Iterator[Job]:
    """The one pair of a run that reads SOURCE or TARGET from standard input (``-``)."""
    if target is None:
        raise InputError(STDIN_NAME, "standard input can be SOURCE or TARGET of a file pair, not a bilingual file")
    if source == target:
        raise InputError(STDIN_NAME, "standard input can be SOURCE or TARGET, not both")
    other = target if source == STDIN else source
    if Path(other).is_dir():
        raise InputError(other, "must be a file when the other side is standard input")
    return iter([Job(f"{source} -> {target}", source, target)])


def discover(source: str | None, target: str | None = None, manifest: str | None = None,
             exclude: Path | None = None, allow_outside: bool = False, files: Iterable[str] | None = None,
             languages: tuple[str | None, str | None] = (None, None)) -> Iterator[Job]:
    """Jobs of a run: a manifest, two directories, a file pair (one side may be ``-``, stdin), bilingual files,
    or a list of files.

    Files a manifest or a directory leads to must lie inside it unless ``allow_outside``
    (:mod:`mtcheck.inputs.confine`); files named on the command line, or listed (``files``,
    paired by name in the source and target ``languages``), are the user's choice.
    """
    if files is not None:
        if source or target or manifest:
            raise InputError("--files-from", "give either --files-from, SOURCE [TARGET] or --manifest, not several")
        files = list(files)
        if not files:
            raise InputError("--files-from", "lists no files to check")
        return named_jobs(files, *languages)
    if manifest:
        if source or target:
            raise InputError(manifest, "give either --manifest or SOURCE [TARGET], not both")
        if not Path(manifest).is_file():
            raise InputError(manifest, "no such file")
        return manifest_jobs(manifest, allow_outside)
    if source is None:
        raise InputError("mtcheck", "nothing to check: give SOURCE [TARGET] or --manifest")
    if STDIN in (source, target):
        return _stdin_jobs(source, target)
    if not Path(source).exists():
        raise InputError(source, "no such file or directory")
    if target is None:
        return bilingual_jobs(source, exclude, allow_outside)
    if Path(source).is_dir() != Path(target).is_dir():
        raise InputError(target, "must be a directory when the source is one, and a file when it is a file")
    if Path(source).is_dir():
        return directory_jobs(source, target, exclude, allow_outside)
    return iter([Job(f"{source} -> {target}", source, target)])
