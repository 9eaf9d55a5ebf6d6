"""A persistent cache of translations, so re-checking an edited article only translates what changed.

One SQLite file in the user's cache directory.  The key is a SHA-256 of the
translator's identity (model, version, direction, generation settings) and
the text, so a new model or new settings never return stale translations.
"""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path
from typing import Sequence

from mtcheck.errors import InputError
from mtcheck.text.datacache import cache_dir
from mtcheck.translate import Translator

FILE_NAME = "translations.sqlite3"
_SCHEMA = "CREATE TABLE IF NOT EXISTS translations (key TEXT PRIMARY KEY, translation TEXT NOT NULL)"
# SQLite limits the number of parameters of one statement.
_CHUNK = 500


class TranslationCache:
    """Translations by key in one SQLite file, created on first use."""

    def __init__(self, directory: str | Path | None = None) -> None:
        self.path = Path(directory or cache_dir()) / FILE_NAME
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(self.path)
            self._db.execute(_SCHEMA)
        except (OSError, sqlite3.Error) as exc:
            raise InputError(self.path, f"cannot open the translation cache ({exc}); "
                             "use --cache-dir elsewhere or --no-cache") from None

    def get(self, keys: Sequence[str]) -> dict[str, str]:
        """The cached translations of those keys that are present."""
        found: dict[str, str] = {}
        for i in range(0, len(keys), _CHUNK):
            chunk = keys[i:i + _CHUNK]
            marks = ",".join("?" * len(chunk))
            rows = self._db.execute(f"SELECT key, translation FROM translations WHERE key IN ({marks})", chunk)
            found.update(rows)
        return found

    def put(self, items: dict[str, str]) -> None:
        """Store translations by key (replacing any present)."""
        with self._db:
            self._db.executemany("INSERT OR REPLACE INTO translations VALUES (?, ?)", items.items())

    def close(self) -> None:
        """Close the database."""
        self._db.close()


def cache_key(identity: str, text: str) -> str:
    """SHA-256 of a translator identity and a text."""
    return hashlib.sha256(f"{identity}\x00{text}".encode("utf-8")).hexdigest()


class CachedTranslator:
    """A translator that asks its inner translator only for texts not yet cached."""

    def __init__(self, inner: Translator, cache: TranslationCache) -> None:
        self.inner = inner
        self.cache = cache

    def can_translate(self, source_lang: str, target_lang: str) -> bool:
        """As the inner translator."""
        return self.inner.can_translate(source_lang, target_lang)

    def identity(self, source_lang: str, target_lang: str) -> str:
        """As the inner translator."""
        return self.inner.identity(source_lang, target_lang)

    def __str__(self) -> str:
        return str(self.inner)

    def translate(self, texts: Sequence[str], source_lang: str, target_lang: str) -> list[str]:
        """Cached translations, translating and storing the missing ones in one batch."""
        identity = self.inner.identity(source_lang, target_lang)
        keys = [cache_key(identity, t) for t in texts]
        found = self.cache.get(keys)
        missing = list(dict.fromkeys(t for t, k in zip(texts, keys) if k not in found))
        if missing:
            fresh = self.inner.translate(missing, source_lang, target_lang)
            new = {cache_key(identity, t): out for t, out in zip(missing, fresh)}
            self.cache.put(new)
            found.update(new)
        return [found[k] for k in keys]
