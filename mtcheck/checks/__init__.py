"""Check registry: every check is a function of an aligned document yielding flags.

A check is declared with :func:`check`, which attaches its code, kebab-case
name and default severity.  The registry is built explicitly from the family
modules listed in :data:`FAMILIES`: no global mutable state.
"""

from __future__ import annotations

import importlib
import inspect
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Iterable, Iterator

from mtcheck.align.context import AlignedDocument
from mtcheck.findings import Flag, Severity

FAMILIES = (
    "furniture",
    "glued",
    "quotes",
    "fragments",
    "leaks",
    "names",
    "numbers",
    "structure",
    "glossary",
    "roundtrip",
)

CheckFunction = Callable[[AlignedDocument], Iterable[Flag]]


@dataclass(frozen=True)
class Check:
    """A registered check: metadata plus the function that runs it."""

    code: str
    name: str
    severity: Severity
    family: str
    run: CheckFunction

    @property
    def doc(self) -> str:
        """The full docstring, dedented."""
        return inspect.getdoc(self.run) or ""

    @property
    def title(self) -> str:
        """First line of the docstring."""
        return self.doc.splitlines()[0] if self.doc else self.name


def check(code: str, name: str, severity: Severity) -> Callable[[CheckFunction], CheckFunction]:
    """Declare a function as a check with a stable code, name and default severity."""

    def mark(func: CheckFunction) -> CheckFunction:
        func.mtcheck_meta = (code, name, severity)  # type: ignore[attr-defined]
        return func

    return mark


@lru_cache(maxsize=1)
def all_checks() -> tuple[Check, ...]:
    """Every check of every family, ordered by code."""
    found = []
    for family in FAMILIES:
        module = importlib.import_module(f"mtcheck.checks.{family}")
        for _, func in inspect.getmembers(module, inspect.isfunction):
            meta = getattr(func, "mtcheck_meta", None)
            if meta and func.__module__ == module.__name__:
                found.append(Check(*meta, family=family, run=func))
    return tuple(sorted(found, key=lambda c: c.code))


def _matches(check_: Check, patterns: Iterable[str]) -> bool:
    return any(check_.code.startswith(p.upper()) or check_.name == p for p in patterns)


def select_checks(select: Iterable[str] = (), ignore: Iterable[str] = ()) -> list[Check]:
    """Checks whose code starts with a selected prefix (or name) and none ignored."""
    select, ignore = tuple(select), tuple(ignore)
    return [
        c for c in all_checks()
        if (not select or _matches(c, select)) and not _matches(c, ignore)
    ]


def find_check(code_or_name: str) -> Check | None:
    """Look a check up by exact code or name."""
    for c in all_checks():
        if c.code == code_or_name.upper() or c.name == code_or_name:
            return c
    return None


def unknown_patterns(patterns: Iterable[str]) -> Iterator[str]:
    """The select/ignore patterns that match no check at all."""
    for pattern in patterns:
        if not any(_matches(c, [pattern]) for c in all_checks()):
            yield pattern


def markdown_table() -> str:
    """The table of checks for the README, generated from the checks' docstrings."""
    rows = ["| code | name | severity | catches |", "|---|---|---|---|"]
    rows += [f"| {c.code} | `{c.name}` | {c.severity.value} | {c.title} |" for c in all_checks()]
    return "\n".join(rows) + "\n"
