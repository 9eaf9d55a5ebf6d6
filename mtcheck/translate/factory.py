"""Build the translator a run asks for from its options (None when it asks for none)."""

from __future__ import annotations

from functools import lru_cache
from typing import Sequence

from mtcheck.text.document import Document
from mtcheck.options import Options
from mtcheck.translate import Generation, TranslationOptions, Translator
from mtcheck.translate.cache import CachedTranslator, TranslationCache
from mtcheck.translate.command import CommandTranslator
from mtcheck.translate.precomputed import back_translation_path, read_back_translation


class Chain:
    """Several translators; each direction is served by the first that can."""

    def __init__(self, translators: Sequence[Translator]) -> None:
        self.translators = list(translators)

    def __str__(self) -> str:
        return " + ".join(str(t) for t in self.translators)

    def _for(self, source_lang: str, target_lang: str) -> Translator:
        usable = [t for t in self.translators if t.can_translate(source_lang, target_lang)]
        return (usable or self.translators)[0]

    def can_translate(self, source_lang: str, target_lang: str) -> bool:
        """True when any translator serves the direction."""
        return any(t.can_translate(source_lang, target_lang) for t in self.translators)

    def identity(self, source_lang: str, target_lang: str) -> str:
        """The identity of the translator that serves the direction."""
        return self._for(source_lang, target_lang).identity(source_lang, target_lang)

    def translate(self, texts: Sequence[str], source_lang: str, target_lang: str) -> list[str]:
        """Translations by the first translator that serves the direction."""
        return self._for(source_lang, target_lang).translate(texts, source_lang, target_lang)


# Models stay loaded between documents of one run (eval, several files).
@lru_cache(maxsize=4)
def _seq2seq(models: tuple[tuple[str, str], ...], generation: Generation, allow_download: bool) -> Translator:
    from mtcheck.translate.seq2seq import Seq2SeqTranslator

    return Seq2SeqTranslator(dict(models), generation, allow_download)


def _engine(settings: TranslationOptions, models: dict[str, str], source_lang: str, target_lang: str) -> Translator:
    """The command or model translator, behind the cache unless it is turned off."""
    if settings.command:
        inner: Translator = CommandTranslator(settings.command)
    else:
        named = dict(models)
        if settings.model:
            named[f"{target_lang}-{source_lang}"] = settings.model
        inner = _seq2seq(tuple(sorted(named.items())), settings.generation, settings.allow_download)
    return CachedTranslator(inner, TranslationCache(settings.cache_dir)) if settings.cache else inner


def translator_for(options: Options, source: Document, target: Document) -> Translator | None:
    """The translator for one document pair, or None when the options ask for no translation."""
    settings = options.translation
    if not settings.enabled(options.models):
        return None
    translators: list[Translator] = []
    if settings.back_translation:
        path = back_translation_path(settings.back_translation, target, source.lang)
        translators.append(read_back_translation(path, target, source.lang))
    if settings.command or settings.model or options.models or settings.round_trip:
        translators.append(_engine(settings, options.models, source.lang, target.lang))
    return translators[0] if len(translators) == 1 else Chain(translators)
