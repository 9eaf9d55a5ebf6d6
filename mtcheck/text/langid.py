"""Language of a document: from its file name, else identified from its text.

Identification uses py3langid (a maintained repackaging of langid.py with its
model inside the wheel), restricted to languages mtcheck has data for.
"""

from __future__ import annotations

from functools import lru_cache

from mtcheck.text.document import language_from_name
from mtcheck.text.langtag import normalise

SUPPORTED = ("de", "en", "es", "fr", "it", "nl", "pt", "pl", "ru", "zh", "ja")


@lru_cache(maxsize=1)
def _identifier():
    import py3langid.langid

    py3langid.langid.set_languages(list(SUPPORTED))
    return py3langid.langid


def identify(text: str) -> str:
    """Most probable language code of ``text``."""
    lang, _ = _identifier().classify(text[:5000])
    return lang


def resolve_language(given: str | None, path: str, text: str) -> str:
    """The explicit choice (normalised: ``de-DE`` -> ``de``), else the ``name.xx.ext`` suffix, else identification."""
    if given:
        return normalise(given, path)
    return language_from_name(path) or identify(text)
