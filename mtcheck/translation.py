"""Translation settings and the translator interface (a record module: it imports nothing of mtcheck).

Round-trip checks back-translate the target into the source language, and
MT-assisted alignment translates the source into the target language.  A
translator is anything with the three methods of :class:`Translator`; the
backends live in :mod:`mtcheck.translate`.  Alignment and the options see
only this module, so neither depends on a backend.
"""

from __future__ import annotations

from typing import NamedTuple, Protocol, Sequence


class Translator(Protocol):
    """Translates batches of sentences; knows which directions it serves."""

    def can_translate(self, source_lang: str, target_lang: str) -> bool:
        """True when this translator serves the direction without further setup."""

    def identity(self, source_lang: str, target_lang: str) -> str:
        """Everything that determines the output (model, version, settings); keys the cache."""

    def translate(self, texts: Sequence[str], source_lang: str, target_lang: str) -> list[str]:
        """One translation per text, in order; raises InputError when it cannot."""


class Generation(NamedTuple):
    """Decoding and runtime settings of the model backend."""

    beams: int = 1
    max_length: int = 256
    batch_size: int = 16
    threads: int | None = None
    quantize: bool = False
    device: str | None = None  # None: a GPU when there is one, else the CPU

    def key(self) -> str:
        """The settings that change translations, for the cache key."""
        return f"beams={self.beams},max_length={self.max_length},int8={self.quantize}"


class TranslationOptions(NamedTuple):
    """Where translations come from: models, a command or a precomputed file."""

    model: str | None = None  # back-translation model (target -> source): directory or hub id
    round_trip: bool = False  # run round trip with the default models when none is named
    back_translation: str | None = None  # file, or a template with {dir}, {name}, {source_lang}
    command: str | None = None  # external program; {src} and {tgt} are replaced
    allow_download: bool = False
    cache: bool = True
    cache_dir: str | None = None
    generation: Generation = Generation()

    def enabled(self, models: dict[str, str]) -> bool:
        """True when anything asks for translations (``models``: per-direction configuration)."""
        return bool(self.round_trip or self.model or self.back_translation or self.command or models)
