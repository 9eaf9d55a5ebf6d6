"""Writing a run's output: whole reports atomically, JSON Lines as they come, and resuming.

A report written to a file appears whole or not at all: it is written to a
temporary file beside the target and renamed over it.  Devices and pipes
(``/dev/stdout``, a FIFO) are written in place.  Every failure is an
:class:`~mtcheck.errors.InputError` naming the file, never a traceback.

A ``--format jsonl`` run writes each record as soon as it is done and
flushes it, so an interrupted run loses only the jobs in flight; resuming
reads back the ids already done, re-checks jobs whose record was an error,
and refuses a file that is not mtcheck JSONL rather than touch it.
"""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path
from typing import TextIO

import click

from mtcheck.errors import InputError


def _problem(exc: OSError) -> str:
    return f"cannot be written ({exc.strerror or exc})"


def _writable_target(path: Path) -> bool:
    """True for a regular file (or a new one); False for a device, pipe or socket, written in place."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return True
    if stat.S_ISDIR(mode):
        raise InputError(path, "is a directory")
    return stat.S_ISREG(mode)


def write_atomic(path: str | Path, content: str) -> None:
    """Write ``content`` to ``path`` whole: a temporary file in the same directory, then a rename."""
    import tempfile  # only a report written to a file needs it

    path = Path(path)
    try:
        if not _writable_target(path):
            with open(path, "w", encoding="utf-8", errors="backslashreplace") as handle:
                handle.write(content)
            return
        if path.exists() and not (os.access(path, os.W_OK) and path.stat().st_mode & 0o222):
            raise InputError(path, "cannot be written (read-only)")
        descriptor, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise InputError(path, _problem(exc)) from None
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8", errors="backslashreplace") as handle:
            handle.write(content)
        if path.exists():
            os.chmod(temporary, stat.S_IMODE(path.stat().st_mode))
        else:
            os.chmod(temporary, 0o666 & ~_umask())
        os.replace(temporary, path)
    except OSError as exc:
        Path(temporary).unlink(missing_ok=True)
        raise InputError(path, _problem(exc)) from None


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_stream(stream: TextIO, content: str, name: str = "stdout", color: bool | None = False) -> None:
    """Write to an open stream and flush; a failure is an InputError naming the stream.

    Styles in ``content`` are kept as ``click.echo`` keeps them: with
    ``color`` True, never with False, with None only on a terminal.  Text
    that UTF-8 cannot encode (a lone surrogate from a JSON escape) is
    written as a backslash escape instead of failing the whole output.
    """
    if getattr(stream, "errors", "strict") == "strict" and hasattr(stream, "reconfigure"):
        stream.reconfigure(errors="backslashreplace")
    try:
        click.echo(content, file=stream, nl=False, color=color)
        stream.flush()
    except OSError as exc:
        raise InputError(name, _problem(exc)) from None


def _is_record(line: bytes) -> bool:
    """True for a complete mtcheck JSONL record: an object with a string id and findings or an error."""
    try:
        record = json.loads(line)
    except (json.JSONDecodeError, UnicodeDecodeError):
        return False
    return isinstance(record, dict) and isinstance(record.get("id"), str) and ("findings" in record
                                                                              or "error" in record)


def resume_from(path: str | Path) -> frozenset[str]:
    """Ids already checked in an earlier run's JSONL; prepares the file for appending.

    Error records are dropped (those jobs are checked again) and so is a last
    line cut off by an interruption.  A file that is not mtcheck JSONL is
    refused with an InputError and left as it was.
    """
    path = Path(path)
    if not path.exists():
        return frozenset()
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(path, f"cannot be read ({exc.strerror or exc})") from None
    if data.endswith(b"\n") or not data:
        complete, cut = data, b""
    else:  # the last line was cut off by an interruption
        complete, _, cut = data.rpartition(b"\n")
    lines = [line for line in complete.split(b"\n") if line.strip()]
    if not all(_is_record(line) for line in lines) or (cut and not cut.startswith(b'{"id": ')):
        raise InputError(path, "is not the JSONL output of an earlier mtcheck run; not resuming into it")
    records = [json.loads(line) for line in lines]
    kept = [line for line, record in zip(lines, records) if "error" not in record]
    if len(kept) != len(lines) or cut:
        write_atomic(path, "".join(line.decode("utf-8") + "\n" for line in kept))
    return frozenset(json.loads(line)["id"] for line in kept)


def open_jsonl(path: str | Path, resume: bool) -> TextIO:
    """The JSONL output file, opened to append (resuming) or to write."""
    path = Path(path)
    try:
        if path.is_dir():
            raise InputError(path, "is a directory")
        return open(path, "a" if resume else "w", encoding="utf-8", errors="backslashreplace")
    except OSError as exc:
        raise InputError(path, _problem(exc)) from None


def close(stream: TextIO, name: str) -> None:
    """Close an output stream; what it could not flush is an InputError naming it."""
    try:
        stream.close()
    except OSError as exc:
        raise InputError(name, _problem(exc)) from None
