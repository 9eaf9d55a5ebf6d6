"""Renderers: each output format is a ``render(report) -> str`` function of a :class:`~mtcheck.results.Report`.

Renderers see results, never the run: they import :mod:`mtcheck.results`, not
:mod:`mtcheck.run`.  Every format carries the documents that could not be
checked (``report.errors``) as well as the findings.
"""

from __future__ import annotations

import importlib
from typing import Callable

from mtcheck.results import Report
from mtcheck.text.controls import replace_surrogates

__all__ = ["Renderer", "Report", "renderers"]

Renderer = Callable[[Report], str]


_FORMAT_MODULES = {
    "text": "text",
    "json": "json_report",
    "sarif": "sarif",
    "junit": "junit",
    "github": "github",
    "html": "html",
    "jsonl": "jsonl",
}


def _lazy_render(module: str) -> Renderer:
    """A renderer that imports its module on first call, keeping start-up fast.

    Lone surrogates (from a JSON ``"\\ud800"`` or an undecodable file name)
    become U+FFFD here, for every format, so the output can always be written.
    """

    def render(report: Report) -> str:
        return replace_surrogates(importlib.import_module(f"mtcheck.report.{module}").render(report))

    return render


def renderers() -> dict[str, Renderer]:
    """Every output format by name."""
    return {name: _lazy_render(module) for name, module in _FORMAT_MODULES.items()}
