"""Word data from registry packages, cached as SQLite tables for fast start-up.

Frequencies come from wordfreq (Zipf scale, log10 of occurrences per billion
words, 40+ languages); English lemmas and inflections from lemminflect.
Importing either and loading its lists costs up to two seconds, which would
dominate a heuristic run, so the first use copies the data into a small
SQLite table in the user's cache directory; later runs look words up there
without importing the package at all.
"""

from __future__ import annotations

import json
import math
import os
import sqlite3
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable

_SCHEMA_VERSION = 2

Rows = Iterable[tuple[str, object]]


def cache_dir() -> Path:
    """mtcheck's cache directory: $MTCHECK_CACHE_DIR, else $XDG_CACHE_HOME/mtcheck."""
    explicit = os.environ.get("MTCHECK_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "mtcheck"


def _package_stamp(package: str) -> str:
    """Identifies an installed package's version without importing it."""
    from importlib.util import find_spec

    spec = find_spec(package)
    if spec is None or spec.origin is None:
        raise LookupError(f"{package} is not installed")
    stat = os.stat(spec.origin)
    return f"{stat.st_size:x}{int(stat.st_mtime):x}"


def _fill(db: sqlite3.Connection, rows: Rows) -> None:
    db.execute("CREATE TABLE data (key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID")
    db.executemany("INSERT OR IGNORE INTO data VALUES (?, ?)", ((k, json.dumps(v)) for k, v in rows))


def _build(path: Path, rows: Rows) -> None:
    """Write ``rows`` to a new SQLite file, atomically."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(f".{os.getpid()}.partial")
    db = sqlite3.connect(partial)
    with db:
        _fill(db, rows)
    db.close()
    os.replace(partial, path)


@lru_cache(maxsize=64)
def cached_table(name: str, package: str, rows: Callable[[], Rows]) -> sqlite3.Connection:
    """A read-only key/value table built once from ``rows()`` and kept in the cache.

    The file name carries ``package``'s install stamp, so upgrading the
    package rebuilds the table.  Without a writable cache directory the table
    is built in memory for this process.
    """
    path = cache_dir() / f"{name}-{_package_stamp(package)}-v{_SCHEMA_VERSION}.sqlite"
    if not path.exists():
        try:
            _build(path, rows())
        except OSError:
            db = sqlite3.connect(":memory:", check_same_thread=False)
            _fill(db, rows())
            return db
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)


def lookup(table: sqlite3.Connection, key: str) -> object | None:
    """The value stored under ``key``, or None."""
    row = table.execute("SELECT value FROM data WHERE key = ?", (key,)).fetchone()
    return json.loads(row[0]) if row else None


def _zipf_rows(lang: str) -> Rows:
    import wordfreq

    for word, freq in wordfreq.get_frequency_dict(lang, wordlist="best").items():
        yield word, round(math.log10(freq) + 9, 2)


def _wordfreq_has(lang: str) -> bool:
    """Whether wordfreq ships a list for ``lang`` (read from its data files, no import)."""
    from importlib.util import find_spec

    spec = find_spec("wordfreq")
    if spec is None or spec.origin is None:
        return False
    data = Path(spec.origin).parent / "data"
    return any(data.glob(f"*_{lang}.msgpack.gz"))


@lru_cache(maxsize=64)
def _zipf_table(lang: str) -> sqlite3.Connection | None:
    if not lang.isalpha() or not _wordfreq_has(lang):
        return None
    return cached_table(f"wordfreq-{lang}", "wordfreq", lambda: _zipf_rows(lang))


@lru_cache(maxsize=200_000)
def zipf(word: str, lang: str) -> float:
    """Zipf frequency of ``word`` in ``lang`` (0.0 when unknown or unsupported)."""
    table = _zipf_table(lang)
    if table is None:
        return 0.0
    key = word.replace("’", "'").lower()
    for candidate in dict.fromkeys((key, key.casefold())):
        value = lookup(table, candidate)
        if value is not None:
            return float(value)  # type: ignore[arg-type]
    return 0.0


def is_common(word: str, lang: str, threshold: float = 3.0) -> bool:
    """True when ``word`` is at least as frequent as ``threshold`` on the Zipf scale."""
    return zipf(word, lang) >= threshold


def _with_overrides(table: dict, overrides: dict) -> dict:
    """lemminflect's lexicon with its hand-made overrides applied, as its lookups do."""
    return {key: {**table.get(key, {}), **overrides.get(key, {})} for key in table.keys() | overrides.keys()}


def _english_rows() -> Rows:
    from lemminflect.core.Inflections import Inflections
    from lemminflect.core.Lemmatizer import Lemmatizer

    lemmatizer, inflections = Lemmatizer(), Inflections()
    for word, lemmas in _with_overrides(lemmatizer._getLemmaDict(), lemmatizer._getOverridesDict()).items():
        yield "lemma:" + word, lemmas
    for lemma, forms in _with_overrides(inflections._getInflDict(), inflections._getOverridesDict()).items():
        yield "infl:" + lemma, forms


@lru_cache(maxsize=50_000)
def english_lemmas(word: str) -> dict[str, list[str]]:
    """Lemmas of an English word form by universal POS tag (lemminflect's lexicon)."""
    table = cached_table("lemminflect-en", "lemminflect", _english_rows)
    return lookup(table, "lemma:" + word.lower()) or {}  # type: ignore[return-value]


@lru_cache(maxsize=50_000)
def english_inflections(lemma: str) -> dict[str, list[str]]:
    """Forms of an English lemma by Penn tag (VB, VBD, VBN, NNS …; lemminflect's lexicon)."""
    table = cached_table("lemminflect-en", "lemminflect", _english_rows)
    return lookup(table, "infl:" + lemma.lower()) or {}  # type: ignore[return-value]
