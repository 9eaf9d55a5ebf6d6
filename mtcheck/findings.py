"""The finding record every check produces and every reporter renders."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from types import MappingProxyType
from typing import Any, Mapping, NamedTuple


class Severity(str, Enum):
    """MQM severities; ``major`` misleads or stops a reader, ``minor`` is awkward."""

    MINOR = "minor"
    MAJOR = "major"

    @property
    def rank(self) -> int:
        """Order for comparisons (minor < major)."""
        return 1 if self is Severity.MINOR else 2


@dataclass(frozen=True)
class Span:
    """Half-open code-point range ``[start, end)`` into a document's exact text."""

    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        """JSON form: start, end, text."""
        return {"start": self.start, "end": self.end, "text": self.text}


class Flag(NamedTuple):
    """What a check yields: a target range, a message and its evidence.

    The runner turns flags into findings, adding the check's code, name and
    (possibly configured) severity.  ``severity`` overrides the check default
    for one flag, e.g. a minor variant of a normally major problem.
    """

    start: int
    end: int
    message: str
    source: tuple[int, int] | None = None
    evidence: Mapping[str, Any] = MappingProxyType({})  # read only: flags without evidence share it
    severity: Severity | None = None


@dataclass(frozen=True)
class Finding:
    """One reported problem, with exact target span and aligned source span.

    ``source`` is the aligned source passage (a sentence, or narrower where the check knows it);
    ``counterpart`` is the narrowest source span that corresponds to the flagged target span
    (the name, number or phrase), or None where none was found.
    """

    code: str
    check: str
    severity: Severity
    message: str
    target: Span
    source: Span | None
    evidence: Mapping[str, Any] = field(default_factory=dict, hash=False, compare=False)
    counterpart: Span | None = field(default=None, compare=False)

    def to_dict(self) -> dict[str, Any]:
        """JSON form, as documented in the README's JSON contract."""
        return {
            "code": self.code,
            "check": self.check,
            "severity": self.severity.value,
            "message": self.message,
            "target": self.target.to_dict(),
            "source": self.source.to_dict() if self.source else None,
            "evidence": dict(self.evidence),
            "counterpart": self.counterpart.to_dict() if self.counterpart else None,
        }
