"""Language of a document: from its file name, else identified from its text.

Identification uses py3langid (a maintained repackaging of langid.py with its
model inside the wheel), restricted to the languages the caller names: the
language packs (a layer above this one) mark which languages mtcheck has data
for, and the readers pass that list in (``mtcheck.lang.packs.identifiable()``).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Iterable

from mtcheck.text.document import language_from_name
from mtcheck.text.langtag import normalise



@lru_cache(maxsize=1)
def _identifier(languages: frozenset[str]):
    """py3langid's identifier restricted to ``languages`` (set again whenever the set changes)."""
    import py3langid.langid

    py3langid.langid.set_languages(sorted(languages))
    return py3langid.langid


def identify(text: str, languages: Iterable[str]) -> str:
    """Most probable language code of ``text`` among ``languages``."""
    lang, _ = _identifier(frozenset(languages)).classify(text[:5000])
    return lang


def resolve_language(given: str | None, path: str, text: str, languages: Iterable[str]) -> str:
    """The explicit choice (normalised: ``de-DE`` -> ``de``), else the ``name.xx.ext`` suffix, else
    identification among ``languages``."""
    if given:
        return normalise(given, path)
    return language_from_name(path) or identify(text, languages)
