"""Command-line options of round-trip translation, shared by ``check`` and ``eval``."""

from __future__ import annotations

import re
from typing import Any, Callable

import click

from mtcheck.translate import Generation, TranslationOptions

_DIRECTED = re.compile(r"^[a-z]{2,3}-[a-z]{2,3}=")

_OPTIONS: list[tuple[str, dict[str, Any]]] = [
    ("--model", dict(multiple=True, metavar="MODEL", help=(
        "Round trip with this model: a directory or hub id of a target->source model, or "
        "SRC-TGT=MODEL for one direction (repeatable; a source->target one also aids alignment)."))),
    ("--round-trip", dict(is_flag=True, help="Round trip with the default Helsinki-NLP/opus-mt models.")),
    ("--back-translation", dict(metavar="FILE", help=(
        "Precomputed back-translation of the target (paragraph- or sentence-parallel); may use "
        "{dir}, {name}, {source_lang}, e.g. '{dir}/{name}.bt.{source_lang}.txt'."))),
    ("--translator-command", dict(metavar="CMD", help=(
        "Translate with this program: one sentence per line in and out; {src} and {tgt} are replaced."))),
    ("--allow-download", dict(is_flag=True, help="Let missing models be downloaded from the Hugging Face hub.")),
    ("--no-cache", dict(is_flag=True, help="Neither read nor write the translation cache.")),
    ("--cache-dir", dict(metavar="DIR", help="Translation cache directory (default: the user cache dir).")),
    ("--beams", dict(type=click.IntRange(1), default=1, show_default=True, help="Beam size.")),
    ("--batch-size", dict(type=click.IntRange(1), default=16, show_default=True, help="Sentences per batch.")),
    ("--max-length", dict(type=click.IntRange(8), default=256, show_default=True, help="Tokens per sentence.")),
    ("--threads", dict(type=click.IntRange(1), help="CPU threads for the model (default: torch's).")),
    ("--int8", dict(is_flag=True, help="Quantise the model to int8 on the CPU (faster, slightly worse).")),
    ("--device", dict(help="torch device such as cpu or cuda (default: a GPU when there is one).")),
]

# The options' parameter names, for grouping them in --help.
TRANSLATION_PARAMS = tuple(name.removeprefix("--").replace("-", "_") for name, _ in _OPTIONS)


def translation_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """Add the translation options to a click command."""
    for name, kwargs in reversed(_OPTIONS):
        func = click.option(name, **kwargs)(func)
    return func


def translation_settings(model: tuple[str, ...], round_trip: bool, back_translation: str | None,
                         translator_command: str | None, allow_download: bool, no_cache: bool,
                         cache_dir: str | None, beams: int, batch_size: int, max_length: int,
                         threads: int | None, int8: bool, device: str | None,
                         ) -> tuple[TranslationOptions, dict[str, str]]:
    """Translation settings and the per-direction models, from the parsed options."""
    directed = dict(m.split("=", 1) for m in model if _DIRECTED.match(m))
    bare = [m for m in model if not _DIRECTED.match(m)]
    if len(bare) > 1:
        raise click.UsageError("give one --model without a direction (the back-translation model); "
                               "name others as SRC-TGT=MODEL")
    if translator_command and model:
        raise click.UsageError("--model and --translator-command exclude each other")
    generation = Generation(beams, max_length, batch_size, threads, int8, device)
    settings = TranslationOptions(bare[0] if bare else None, round_trip, back_translation, translator_command,
                                  allow_download, not no_cache, cache_dir, generation)
    return settings, directed
