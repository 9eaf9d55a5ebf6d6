"""Settings of one run: language pair, selected checks, thresholds, lists."""

from __future__ import annotations

from dataclasses import dataclass, field

from mtcheck.findings import Severity
from mtcheck.translation import TranslationOptions


@dataclass
class Options:
    """Everything a run can be configured with; the CLI and config files fill it."""

    source_lang: str | None = None
    target_lang: str | None = None
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severity_overrides: dict[str, Severity] = field(default_factory=dict)
    fail_on: Severity | None = Severity.MAJOR
    allowlist: frozenset[str] = frozenset()
    # Source term -> the rendering the target must use for it.
    glossary: dict[str, str] = field(default_factory=dict)
    # Names that must appear unchanged in the translation.
    keep_names: tuple[str, ...] = ()
    # Translation model per direction ("de-en" -> path or hub id), from configuration.
    models: dict[str, str] = field(default_factory=dict)
    translation: TranslationOptions = field(default_factory=TranslationOptions)
    # Input limits; None takes the defaults in mtcheck.text.document: bytes of
    # one file read whole, bytes of one JSONL or manifest line, lines of one.
    max_bytes: int | None = None
    max_record_bytes: int | None = None
    max_records: int | None = None
    # Read files a manifest or a directory leads to outside it (see mtcheck.inputs.confine).
    allow_outside: bool = False
