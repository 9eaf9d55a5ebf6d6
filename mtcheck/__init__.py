"""mtcheck: flag garbled passages in machine-translated articles.

The Python API, importable from the package itself::

    >>> from mtcheck import check_texts
    >>> result = check_texts("Der Minister berichtete am Sonntag über die Lage.",
    ...                      "The minister reportedSunday on the situation.", "de", "en")
    >>> [(f.code, f.target.text) for f in result.findings]
    [('MT101', 'reportedSunday')]

``check_texts`` and ``check_files`` check one pair into a ``DocumentResult``
of ``Finding`` records; ``Report(results)`` gathers results for the renderers.
Many documents at once (two directories, a manifest, bilingual files) go
through ``mtcheck.run.api.run(Request(...))``, which the package cannot
re-export as ``run``: ``mtcheck.run`` is the run layer's package.  The names
are loaded on first use (PEP 562), so ``import mtcheck`` and the command
line's start stay free of the run layer until it is needed.  docs/api.md has
the details.
"""

from __future__ import annotations

from importlib import import_module  # loaded by the interpreter's start already

from mtcheck._version import __version__

# typing.TYPE_CHECKING without importing typing (~2 ms, most of what ``import mtcheck`` would cost):
# type checkers take any constant of this name for True.
TYPE_CHECKING = False
if TYPE_CHECKING:  # the same names as _EXPORTS, for type checkers and the layer contract's import graph
    from typing import Any

    from mtcheck.errors import InputError
    from mtcheck.findings import Finding, Severity, Span
    from mtcheck.options import Options
    from mtcheck.results import DocumentResult, Report
    from mtcheck.run.api import check_files, check_texts
    from mtcheck.translation import TranslationOptions

# Each public name and the module that defines it; that module is imported on first use.
_EXPORTS = {
    "check_texts": "mtcheck.run.api",
    "check_files": "mtcheck.run.api",
    "Options": "mtcheck.options",
    "TranslationOptions": "mtcheck.translation",
    "DocumentResult": "mtcheck.results",
    "Report": "mtcheck.results",
    "Finding": "mtcheck.findings",
    "Span": "mtcheck.findings",
    "Severity": "mtcheck.findings",
    "InputError": "mtcheck.errors",
}

__all__ = ["__version__", *_EXPORTS]


def __getattr__(name: str) -> Any:
    """The public name ``name``, imported from its module the first time it is asked for."""
    if name not in _EXPORTS:
        raise AttributeError(f"module 'mtcheck' has no attribute {name!r}")
    value = getattr(import_module(_EXPORTS[name]), name)
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    """The module's names, the lazily loaded ones included."""
    return sorted({*globals(), *_EXPORTS})
