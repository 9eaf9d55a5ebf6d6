"""Word frequencies of many languages, from the wordfreq package.

wordfreq ships Zipf-scale frequencies (log10 of occurrences per billion
words) for 40+ languages.  Importing it and loading one list costs about half
a second, which would dominate a heuristic run, so the first use of a
language copies its list into a small SQLite table in the user's cache
directory; later runs look words up there without importing wordfreq.
"""

from __future__ import annotations

import math
import os
import sqlite3
from functools import lru_cache
from pathlib import Path

_SCHEMA_VERSION = 1


def cache_dir() -> Path:
    """mtcheck's cache directory: $MTCHECK_CACHE_DIR, else $XDG_CACHE_HOME/mtcheck."""
    explicit = os.environ.get("MTCHECK_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "mtcheck"


def _wordfreq_version() -> str:
    """Identifies the installed wordfreq without importing it (cheap at start-up)."""
    from importlib.util import find_spec

    spec = find_spec("wordfreq")
    if spec is None or spec.origin is None:
        raise LookupError("wordfreq is not installed")
    stat = os.stat(spec.origin)
    return f"{stat.st_size:x}{int(stat.st_mtime):x}"


def _build_table(path: Path, lang: str) -> None:
    """Copy wordfreq's list for ``lang`` into a SQLite table (atomically)."""
    import wordfreq

    freqs = wordfreq.get_frequency_dict(lang, wordlist="best")
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(f".{os.getpid()}.partial")
    with sqlite3.connect(partial) as db:
        db.execute("CREATE TABLE zipf (word TEXT PRIMARY KEY, zipf REAL) WITHOUT ROWID")
        db.executemany("INSERT OR IGNORE INTO zipf VALUES (?, ?)",
                       ((w, round(math.log10(f) + 9, 2)) for w, f in freqs.items()))
    db.close()
    os.replace(partial, path)


@lru_cache(maxsize=64)
def _table(lang: str) -> sqlite3.Connection | None:
    """Read-only connection to the cached list of ``lang``; None if wordfreq lacks it."""
    path = cache_dir() / f"wordfreq-{_wordfreq_version()}-v{_SCHEMA_VERSION}-{lang}.sqlite"
    if not path.exists():
        try:
            _build_table(path, lang)
        except LookupError:
            return None
        except OSError:
            return _in_memory_table(lang)
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)


def _in_memory_table(lang: str) -> sqlite3.Connection:
    """Fallback when the cache directory is not writable."""
    import wordfreq

    db = sqlite3.connect(":memory:", check_same_thread=False)
    db.execute("CREATE TABLE zipf (word TEXT PRIMARY KEY, zipf REAL)")
    db.executemany("INSERT OR IGNORE INTO zipf VALUES (?, ?)",
                   ((w, round(math.log10(f) + 9, 2))
                    for w, f in wordfreq.get_frequency_dict(lang, wordlist="best").items()))
    return db


@lru_cache(maxsize=200_000)
def zipf(word: str, lang: str) -> float:
    """Zipf frequency of ``word`` in ``lang`` (0.0 when unknown or unsupported)."""
    table = _table(lang)
    if table is None:
        return 0.0
    key = word.replace("’", "'").lower()
    for candidate in dict.fromkeys((key, key.casefold())):
        row = table.execute("SELECT zipf FROM zipf WHERE word = ?", (candidate,)).fetchone()
        if row:
            return row[0]
    return 0.0


def is_common(word: str, lang: str, threshold: float = 3.0) -> bool:
    """True when ``word`` is at least as frequent as ``threshold`` on the Zipf scale."""
    return zipf(word, lang) >= threshold
