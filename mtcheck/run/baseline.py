"""Baselines: accept today's findings so that a CI gate fails only on new ones.

An article cannot carry suppression comments (the text is what gets
published), so accepted findings are kept in a file instead.  A finding is
identified by a fingerprint of its code, its normalised span text and the
words around it: not by offsets or line numbers, which every unrelated edit
elsewhere in the article shifts.  The same fingerprint in SARIF lets code
scanning dashboards follow a finding across commits.

Baseline file (JSON, also exported by the HTML review page)::

    {"version": 1, "tool": "mtcheck", "findings": [
        {"document": "articles/belgorod.en.txt", "code": "MT101",
         "fingerprint": "…", "text": "Videowhich", "message": "…",
         "status": "baseline" | "accepted" | "false-positive"}]}
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Iterable

from mtcheck.errors import InputError
from mtcheck.results import DocumentResult, document_key, fingerprint

VERSION = 1
STATUSES = ("baseline", "accepted", "false-positive")


@dataclass(frozen=True)
class Entry:
    """One accepted finding."""

    document: str
    code: str
    fingerprint: str
    text: str = ""
    message: str = ""
    status: str = "baseline"


def entries(results: Iterable[DocumentResult], status: str = "baseline") -> list[Entry]:
    """Baseline entries for every finding of ``results``."""
    return [
        Entry(document_key(r.target.path), f.code, fingerprint(f, r.target.text), f.target.text, f.message, status)
        for r in results for f in r.findings
    ]


def dumps(items: list[Entry]) -> str:
    """A baseline file's content."""
    payload = {"version": VERSION, "tool": "mtcheck", "findings": [asdict(e) for e in items]}
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"


def write_baseline(path: str | Path, results: Iterable[DocumentResult]) -> int:
    """Record every finding of ``results`` in ``path``; returns how many."""
    from mtcheck.run.output import write_atomic

    items = entries(results)
    write_atomic(path, dumps(items))
    return len(items)


def read_baseline(path: str | Path) -> list[Entry]:
    """Entries of a baseline file written by ``--write-baseline`` or the review page."""
    try:
        payload = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(path, "no such baseline file") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError(path, f"is not a readable baseline file ({exc})") from None
    if not isinstance(payload, dict) or payload.get("version") != VERSION \
            or not isinstance(payload.get("findings"), list):
        raise InputError(path, f"is not an mtcheck baseline (expected version {VERSION} with a 'findings' list)")
    return [_entry(item, path, number) for number, item in enumerate(payload["findings"], 1)]


def _entry(item: object, path: str | Path, number: int) -> Entry:
    """One finding of a baseline file; InputError naming the finding and field when it is malformed."""
    if not isinstance(item, dict) or not all(key in item for key in ("document", "code", "fingerprint")):
        raise InputError(path, f"has a finding without 'document', 'code' and 'fingerprint' (finding {number})")
    fields = {key: value for key, value in item.items() if key in Entry.__dataclass_fields__}
    for key, value in fields.items():
        if not isinstance(value, str):
            raise InputError(path, f"finding {number}: '{key}' must be a string, not {type(value).__name__}")
    entry = Entry(**fields)
    if entry.status not in STATUSES:
        raise InputError(path, f"finding {number}: unknown status {entry.status!r} "
                               f"(expected {', '.join(STATUSES)})")
    return entry


class Suppressor:
    """Applies a baseline document by document: each entry suppresses one finding.

    A garble repeated in the same words is still reported once more than it
    was accepted.
    """

    def __init__(self, baseline: list[Entry]) -> None:
        self.remaining = Counter((e.document, e.fingerprint) for e in baseline)
        self.suppressed = 0

    def apply(self, result: DocumentResult) -> DocumentResult:
        """The result without the findings the baseline (still) accepts."""
        document, kept = document_key(result.target.path), []
        for finding in result.findings:
            key = (document, fingerprint(finding, result.target.text))
            if self.remaining[key] > 0:
                self.remaining[key] -= 1
                self.suppressed += 1
            else:
                kept.append(finding)
        return replace(result, findings=kept)


def apply_baseline(results: list[DocumentResult], baseline: list[Entry]) -> tuple[list[DocumentResult], int]:
    """Results without the findings the baseline accepts, and how many were suppressed."""
    suppressor = Suppressor(baseline)
    return [suppressor.apply(r) for r in results], suppressor.suppressed
