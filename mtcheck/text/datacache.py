"""Where mtcheck keeps what it derives from its dependencies' data, and how it names a data version.

Tables and models read from another package's files (word frequencies,
lemmas, the language-identification model) are built once per version of that
package into the user's cache directory, shared by every install and virtual
environment; the version is part of each file's name, so an upgrade builds
anew and the files of other versions are removed.
"""

from __future__ import annotations

import os
import sys
from functools import lru_cache
from pathlib import Path


def cache_dir() -> Path:
    """mtcheck's cache directory: ``$MTCHECK_CACHE_DIR``, else the platform's user cache directory +
    ``mtcheck`` (``$XDG_CACHE_HOME`` or ``~/.cache`` on Linux, ``~/Library/Caches`` on macOS,
    ``%LOCALAPPDATA%`` on Windows).  Word tables, the language model and cached translations live there."""
    explicit = os.environ.get("MTCHECK_CACHE_DIR")
    if explicit:
        return Path(explicit)
    if sys.platform == "win32" and os.environ.get("LOCALAPPDATA"):
        return Path(os.environ["LOCALAPPDATA"]) / "mtcheck" / "cache"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Caches" / "mtcheck"
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "mtcheck"


@lru_cache(maxsize=16)
def package_dir(package: str) -> Path:
    """The folder of an installed package, found without importing it (once per package: a search of the
    import path stats a file or two in each of its folders, and each language's word list asks)."""
    from importlib.util import find_spec

    spec = find_spec(package)
    if spec is None or spec.origin is None:
        raise LookupError(f"{package} is not installed")
    return Path(spec.origin).parent


@lru_cache(maxsize=16)
def data_version(package: str) -> str:
    """The installed version of ``package``, from its ``.dist-info`` folder name (no import, no metadata scan).

    Falls back to the size and time of the package's ``__init__`` file when
    no ``.dist-info`` folder sits beside it.
    """
    folder = package_dir(package)
    prefix, suffix = f"{package}-", ".dist-info"
    # The names glob(f"{package}-*.dist-info") matches, told apart without glob (its pattern's compiling and
    # path objects took half the time of finding the version).
    for name in os.listdir(folder.parent):
        if name.startswith(prefix) and name.endswith(suffix) and len(name) >= len(prefix) + len(suffix):
            return name[len(prefix):-len(suffix)]
    stat = os.stat(folder / "__init__.py")
    return f"{stat.st_size:x}{int(stat.st_mtime):x}"
