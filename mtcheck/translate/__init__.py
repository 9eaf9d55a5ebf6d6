"""Translation backends: a seq2seq model (``seq2seq``, e.g. Marian/opus-mt), an external
program (``command``) and a precomputed back-translation file (``precomputed``),
optionally behind a persistent cache (``cache``); ``factory`` builds the one a
run's options ask for.

The interface and the settings live in :mod:`mtcheck.translation` (re-exported
here), so alignment and the options need no backend.  This module imports
nothing heavy: the model backend imports torch and transformers only when it
loads a model.
"""

from __future__ import annotations

from mtcheck.translation import Generation, TranslationOptions, Translator

__all__ = ["DEFAULT_MODEL", "Generation", "TranslationOptions", "Translator"]

DEFAULT_MODEL = "Helsinki-NLP/opus-mt-{src}-{tgt}"
"""Hub id of the default model for a direction (the opus-mt naming)."""
