"""Renderers: each output format is a ``render(report) -> str`` function."""

from __future__ import annotations

import importlib

from dataclasses import dataclass, field
from typing import Any, Callable

from mtcheck.run.api import DocumentResult
from mtcheck.checks import Check
from mtcheck.findings import Finding, Severity


@dataclass
class Report:
    """The results of one run, ready to render."""

    documents: list[DocumentResult]
    signature: dict[str, Any] = field(default_factory=dict)
    fail_on: Severity | None = Severity.MAJOR
    color: bool = False
    suppressed: int = 0  # findings a baseline accepted, not in ``documents``

    @property
    def findings(self) -> list[Finding]:
        """All findings of all documents."""
        return [f for d in self.documents for f in d.findings]

    @property
    def checks(self) -> list[Check]:
        """Every check that ran on any document, in code order."""
        return sorted({c.code: c for d in self.documents for c in d.checks}.values(), key=lambda c: c.code)

    @property
    def language_pairs(self) -> list[str]:
        """The distinct language pairs checked, like ``de-en``."""
        return sorted({f"{d.source.lang}-{d.target.lang}" for d in self.documents})

    def failing(self, findings: list[Finding] | None = None) -> list[Finding]:
        """Findings at or above the ``fail_on`` severity."""
        if self.fail_on is None:
            return []
        return [f for f in (self.findings if findings is None else findings)
                if f.severity.rank >= self.fail_on.rank]


Renderer = Callable[[Report], str]


_FORMAT_MODULES = {
    "text": "text",
    "json": "json_report",
    "sarif": "sarif",
    "junit": "junit",
    "github": "github",
    "html": "html",
}


def _lazy_render(module: str) -> Renderer:
    """A renderer that imports its module on first call, keeping start-up fast."""

    def render(report: Report) -> str:
        return importlib.import_module(f"mtcheck.report.{module}").render(report)

    return render


def renderers() -> dict[str, Renderer]:
    """Every output format by name."""
    return {name: _lazy_render(module) for name, module in _FORMAT_MODULES.items()}
