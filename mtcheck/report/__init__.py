"""Renderers: each output format is a ``render(report) -> str`` function."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable

from mtcheck.api import DocumentResult
from mtcheck.findings import Finding, Severity


@dataclass
class Report:
    """The results of one run, ready to render."""

    documents: list[DocumentResult]
    signature: dict[str, Any] = field(default_factory=dict)
    fail_on: Severity | None = Severity.MAJOR
    color: bool = False

    @property
    def findings(self) -> list[Finding]:
        """All findings of all documents."""
        return [f for d in self.documents for f in d.findings]

    def failing(self, findings: list[Finding] | None = None) -> list[Finding]:
        """Findings at or above the ``fail_on`` severity."""
        if self.fail_on is None:
            return []
        return [f for f in (self.findings if findings is None else findings)
                if f.severity.rank >= self.fail_on.rank]


Renderer = Callable[[Report], str]


def renderers() -> dict[str, Renderer]:
    """Every output format by name (imported lazily to keep start-up fast)."""
    from mtcheck.report import json_report, text

    return {"text": text.render, "json": json_report.render}
