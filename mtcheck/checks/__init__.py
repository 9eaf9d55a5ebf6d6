"""Check registry: every check is a function of an aligned document yielding flags.

A check is declared with :func:`check`, which attaches its code, kebab-case
name and default severity.  The registry is built explicitly from the family
modules listed in :data:`FAMILIES`: no global mutable state.
"""

from __future__ import annotations

import importlib
import inspect
import json
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable, Iterator, NamedTuple

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


class Check(NamedTuple):
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

    @property
    def reference_rate(self) -> float | None:
        """Major findings per 1,000 words on professional reference translations (the false-alarm rate)."""
        rate = reference_rates()["checks"].get(self.code)
        return rate["major_per_1000_words"] if rate else None


@lru_cache(maxsize=1)
def reference_rates() -> dict:
    """The per-check rates measured by ``python -m mtcheck.eval.wmt22 --write-rates`` (``reference_rates.json``).

    A check missing from the file fired nowhere on the references.
    """
    path = Path(__file__).with_name("reference_rates.json")
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {"checks": {}}


def rate_note(check_: Check) -> str:
    """The false-alarm rate of a check, as a line for people."""
    rates = reference_rates()
    rate = check_.reference_rate or 0.0
    return (f"False alarms: {rate:.3f} major findings per 1,000 words on {rates.get('measured_on', 'references')}"
            if rates["checks"] or rates.get("measured_on") else "False alarms: not measured")


def check(code: str, name: str, severity: Severity) -> Callable[[CheckFunction], CheckFunction]:
    """Declare a function as a check with a stable code, name and default severity."""

    def mark(func: CheckFunction) -> CheckFunction:
        func.mtcheck_meta = (code, name, severity)  # type: ignore[attr-defined]
        return func

    return mark


@lru_cache(maxsize=1)
def all_checks() -> tuple[Check, ...]:
    """Every check of every family, ordered by code.

    A family's checks are the functions its package exports, defined in the
    package itself or in one of its modules.
    """
    found = []
    for family in FAMILIES:
        module = importlib.import_module(f"mtcheck.checks.{family}")
        for func in vars(module).values():  # not inspect.getmembers: it sorts and copies them all, every run
            meta = getattr(func, "mtcheck_meta", None) if inspect.isfunction(func) else None
            if meta and (func.__module__ == module.__name__ or func.__module__.startswith(module.__name__ + ".")):
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
    """The table of checks for the README, generated from the checks' docstrings.

    The last column is each check's major findings per 1,000 words on the
    WMT22 professional references (``reference_rates.json``).
    """
    rows = ["| code | name | severity | catches | false alarms / 1k words |", "|---|---|---|---|---|"]
    rows += [f"| {c.code} | `{c.name}` | {c.severity.value} | {c.title} | {c.reference_rate or 0.0:.3f} |"
             for c in all_checks()]
    return "\n".join(rows) + "\n"
