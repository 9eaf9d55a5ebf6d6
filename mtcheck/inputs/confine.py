"""Confinement: a run reads only inside the tree the user pointed it at.

Manifests and directories often come from someone else.  A manifest line
naming ``/etc/passwd`` or ``../../../home/me/.ssh/id_rsa`` as its target
would make mtcheck read that file and quote it in the report; a symbolic
link in a directory can do the same.  So a manifest's paths must resolve
inside the manifest's directory, and in directory mode a file whose real
location (symbolic links followed) lies outside the directory given is not
read.  Both are reported in that document's place, and the run goes on.
``--allow-outside`` (configuration: ``allow-outside = true``) lifts the rule
for inputs the user trusts.
"""

from __future__ import annotations

from pathlib import Path

from mtcheck.errors import InputError

_HINT = "give --allow-outside to read it"


def _real(path: Path) -> Path:
    """``path`` with every symbolic link and ``..`` resolved; a link loop is an InputError."""
    try:
        return path.resolve()
    except (OSError, RuntimeError, ValueError) as exc:  # RuntimeError: a link loop before Python 3.13
        raise InputError(path, f"cannot be resolved ({exc})") from None


def is_inside(path: str | Path, root: str | Path) -> bool:
    """Whether ``path``, with links followed, lies in the directory ``root`` (links followed too)."""
    return _real(Path(path)).is_relative_to(_real(Path(root)))


def resolve_inside(root: str | Path, name: str, where: object, allow_outside: bool = False) -> Path:
    """``root / name``, a path read from a file in ``root``; InputError when it leads out of ``root``."""
    path = Path(root) / name
    if allow_outside:
        return path
    if Path(name).is_absolute():
        raise InputError(where, f"{name!r} is an absolute path; paths must be relative to {root} ({_HINT})")
    if not is_inside(path, root):
        raise InputError(where, f"{name!r} leads outside {root} ({_HINT})")
    return path


def outside_problem(path: Path, root: Path, allow_outside: bool = False) -> str | None:
    """Why a file found in the tree ``root`` must not be read (a link out of it), or None."""
    if allow_outside:
        return None
    try:
        if is_inside(path, root):
            return None
    except InputError as exc:
        return exc.problem
    return f"is a symbolic link to a file outside {root} ({_HINT})"
