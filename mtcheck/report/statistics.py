"""Counts per check code, as ``ruff --statistics`` prints them: most frequent first.

``mtcheck check --statistics`` prints this table (or, with ``--format json``,
a JSON list of the same rows) instead of the report.  A code whose findings
have more than one severity (a check may rate one flag differently) lists
them all, the most severe first.
"""

from __future__ import annotations

import json
from typing import Any

from mtcheck.findings import Severity
from mtcheck.results import Report


def rows(report: Report) -> list[dict[str, Any]]:
    """One row per code with findings, by count (descending), then code.

    Each row: code, name, count, severity (``major``, ``minor`` or ``major/minor``) and the
    count of each severity under its name.
    """
    table: dict[str, dict[str, Any]] = {}
    for finding in report.findings:
        row = table.setdefault(finding.code, {"code": finding.code, "name": finding.check, "count": 0,
                                              **{s.value: 0 for s in _WORST_FIRST}})
        row["count"] += 1
        row[finding.severity.value] += 1
    for row in table.values():
        row["severity"] = "/".join(s.value for s in _WORST_FIRST if row[s.value])
    return sorted(table.values(), key=lambda row: (-row["count"], row["code"]))


_WORST_FIRST = sorted(Severity, key=lambda severity: -severity.rank)


def render_text(report: Report) -> str:
    """Aligned columns: count, code, name, severity; a line saying so when nothing was found."""
    table = rows(report)
    if not table:
        return "No findings.\n"
    count_width = max(len(str(row["count"])) for row in table)
    name_width = max(len(row["name"]) for row in table)
    return "".join(f"{row['count']:>{count_width}}  {row['code']}  {row['name']:<{name_width}}  "
                   f"{row['severity']}\n" for row in table)


def render_json(report: Report) -> str:
    """The rows as a JSON list."""
    return json.dumps(rows(report), ensure_ascii=False, indent=2) + "\n"
