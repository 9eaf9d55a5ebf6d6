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

import hashlib
import json
import os
import re
import unicodedata
from collections import Counter
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Iterable

from mtcheck.run.api import DocumentResult
from mtcheck.errors import InputError
from mtcheck.findings import Finding

VERSION = 1
STATUSES = ("baseline", "accepted", "false-positive")
# Words of context each side: enough to tell two identical spans apart,
# few enough that an edit one sentence away leaves the fingerprint alone.
_CONTEXT_WORDS = 4
_CONTEXT_CHARS = 200
_WORD = re.compile(r"\w+")


def normalise(text: str) -> str:
    """Compatibility-normalised, case-folded text with whitespace collapsed."""
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def _words(text: str) -> list[str]:
    return _WORD.findall(normalise(text))


def fingerprint(finding: Finding, text: str) -> str:
    """Stable identity of a finding in a target text: code, span and nearby words.

    The nearby words stop at a line break, so an edit in another paragraph
    (even the one just before) leaves the fingerprint alone.
    """
    start, end = finding.target.start, finding.target.end
    before_text = text[max(0, start - _CONTEXT_CHARS):start].rpartition("\n")[2]
    after_text = text[end:end + _CONTEXT_CHARS].partition("\n")[0]
    before = _words(before_text)[-_CONTEXT_WORDS:]
    after = _words(after_text)[:_CONTEXT_WORDS]
    key = "\x1f".join([finding.code, normalise(finding.target.text), " ".join(before), " ".join(after)])
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]


def document_key(path: str) -> str:
    """How a baseline names a document: its path relative to the working directory."""
    try:
        relative = os.path.relpath(path)
    except ValueError:  # another drive on Windows
        relative = path
    return Path(path if relative.startswith("..") else relative).as_posix()


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
    items = entries(results)
    try:
        Path(path).write_text(dumps(items), encoding="utf-8")
    except OSError as exc:
        raise InputError(path, f"cannot be written ({exc.strerror or exc})") from None
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
    try:
        items = [Entry(**{k: item[k] for k in item if k in Entry.__dataclass_fields__})
                 for item in payload["findings"]]
    except TypeError:
        raise InputError(path, "has a finding without 'document', 'code' and 'fingerprint'") from None
    odd = sorted({e.status for e in items} - set(STATUSES))
    if odd:
        raise InputError(path, f"has unknown status {', '.join(odd)} (expected {', '.join(STATUSES)})")
    return items


def apply_baseline(results: list[DocumentResult], baseline: list[Entry]) -> tuple[list[DocumentResult], int]:
    """Results without the findings the baseline accepts, and how many were suppressed.

    Each entry suppresses one finding, so a garble repeated in the same words
    is still reported once more than it was accepted.
    """
    remaining = Counter((e.document, e.fingerprint) for e in baseline)
    kept_results, suppressed = [], 0
    for result in results:
        document, kept = document_key(result.target.path), []
        for finding in result.findings:
            key = (document, fingerprint(finding, result.target.text))
            if remaining[key] > 0:
                remaining[key] -= 1
                suppressed += 1
            else:
                kept.append(finding)
        kept_results.append(replace(result, findings=kept))
    return kept_results, suppressed
