"""Word data from registry packages, cached as SQLite tables for fast start-up.

Frequencies come from wordfreq (Zipf scale, log10 of occurrences per billion
words, 40+ languages); English lemmas and inflections from lemminflect.
Importing either and loading its lists costs seconds, which would dominate a
heuristic run, so the first use copies the data into a small SQLite table;
later runs look words up there without importing the package at all.

Tables live in the user's cache directory, shared by every install and
virtual environment: a table's name carries the version of the package its
data came from (read from the package's ``.dist-info`` folder name), so an
upgrade builds a new table and removes the tables of other versions.
wordfreq's lists are read straight from its data files (gzipped msgpack),
without importing wordfreq.
"""

from __future__ import annotations

import json
import math
import os
import sqlite3
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable

from mtcheck.lang.packs import pack
from mtcheck.text.datacache import cache_dir, data_version
from mtcheck.text.datacache import package_dir as _package_dir

_SCHEMA_VERSION = 4
# Bytes of a table file SQLite may map into memory (more than any word list needs; only pages read are loaded).
_MMAP_BYTES = 1 << 28
# Tables of another schema (another mtcheck version) are left a week, as
# another install may still use them; tables of older data are useless.
_STALE_SECONDS = 7 * 24 * 3600

Rows = Iterable[tuple[str, object]]


def _fill(db: sqlite3.Connection, rows: Rows) -> None:
    db.execute("CREATE TABLE data (key TEXT PRIMARY KEY, value) WITHOUT ROWID")
    db.executemany("INSERT OR IGNORE INTO data VALUES (?, ?)", sorted(rows))


def _build(path: Path, rows: Rows) -> None:
    """Write ``rows`` to a new SQLite file, atomically."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(f".{os.getpid()}.partial")
    db = sqlite3.connect(partial)
    db.execute("PRAGMA journal_mode = OFF")
    db.execute("PRAGMA synchronous = OFF")
    with db:
        _fill(db, rows)
    db.close()
    os.replace(partial, path)


def _prune(path: Path, name: str) -> None:
    """Remove the tables of ``name`` built from other data versions, and stale ones of other schemas."""
    import time

    for old in [*path.parent.glob(f"{name}-*.sqlite"), *path.parent.glob(f"{name}-*.partial")]:
        try:
            same_schema = old.name.endswith(f"-v{_SCHEMA_VERSION}.sqlite")
            if old != path and (same_schema or time.time() - old.stat().st_mtime > _STALE_SECONDS):
                old.unlink()
        except OSError:
            pass  # another process may be removing it too


@lru_cache(maxsize=64)
def cached_table(name: str, package: str, rows: Callable[[], Rows]) -> sqlite3.Connection:
    """A read-only key/value table built once per version of ``package`` from ``rows()``, kept in the cache.

    Tables of other versions are removed when a new one is built.  Without
    a writable cache directory the table is built in memory for this process.
    """
    path = cache_dir() / f"{name}-{data_version(package)}-v{_SCHEMA_VERSION}.sqlite"
    if not path.exists():
        try:
            _build(path, rows())
            _prune(path, name)
        except OSError:
            db = sqlite3.connect(":memory:", check_same_thread=False)
            _fill(db, rows())
            return db
    # Immutable: the file never changes once built, so SQLite skips locking on every lookup.
    db = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True, check_same_thread=False)
    # Memory-mapped: a look-up reads the pages in place, not through a read() and a copy per page.
    db.execute(f"PRAGMA mmap_size = {_MMAP_BYTES}")
    return db


def lookup(table: sqlite3.Connection, key: str) -> object | None:
    """The value stored under ``key``, or None."""
    row = table.execute("SELECT value FROM data WHERE key = ?", (key,)).fetchone()
    return row[0] if row else None


@lru_cache(maxsize=64)
def _wordfreq_file(lang: str) -> Path | None:
    """wordfreq's best list for ``lang`` (large, else small), found without importing wordfreq (once per language:
    every document asks)."""
    try:
        data = _package_dir("wordfreq") / "data"
    except LookupError:
        return None
    for size in ("large", "small"):
        if (data / f"{size}_{lang}.msgpack.gz").is_file():
            return data / f"{size}_{lang}.msgpack.gz"
    return None


def _zipf_rows(path: Path) -> Rows:
    """Words of a wordfreq cBpack file and their Zipf frequency in hundredths, as ``wordfreq.get_frequency_dict`` gives them.

    Bucket *i* of the file holds the words of frequency ``10 ** (-i / 100)``;
    a word listed twice takes its last bucket, as in wordfreq's dictionary.
    """
    import gzip

    import msgpack  # a dependency of wordfreq

    with gzip.open(path, "rb") as handle:
        data = msgpack.load(handle, raw=False)
    header = data[0]
    if not isinstance(header, dict) or header.get("format") != "cB" or header.get("version") != 1:
        raise ValueError(f"{path}: not a wordfreq cBpack file")
    zipfs: dict[str, int] = {}
    for index, bucket in enumerate(data[1:]):
        hundredths = round(round(math.log10(10 ** (-index / 100)) + 9, 2) * 100)  # stored as an integer
        for word in bucket:
            zipfs[word] = hundredths
    return zipfs.items()


def _wordfreq_code(lang: str) -> str:
    """The code wordfreq lists ``lang`` under (its pack's ``lexicon.wordfreq_code``: hr, bs, sr -> sh)."""
    found = pack(lang)
    return (found.text("lexicon.wordfreq_code") if found.code == lang else None) or lang


@lru_cache(maxsize=64)
def _zipf_table(lang: str) -> sqlite3.Connection | None:
    lang = _wordfreq_code(lang)
    path = _wordfreq_file(lang) if lang.isalpha() else None
    if path is None:
        return None
    return cached_table(f"wordfreq-{lang}", "wordfreq", lambda: _zipf_rows(path))


def has_frequencies(lang: str, large: bool = False) -> bool:
    """Whether word frequencies of ``lang`` are known (else every word looks unknown).

    ``large``: from a large list, which alone can tell a rare word from a missing one
    (Croatian reads wordfreq's small Serbo-Croatian list, where "abdomen" is missing).
    """
    path = _wordfreq_file(_wordfreq_code(lang)) if lang.isalpha() else None
    return path is not None and (not large or path.name.startswith("large_"))


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
            return value / 100  # type: ignore[operator]
    return 0.0


def is_common(word: str, lang: str, threshold: float = 3.0) -> bool:
    """True when ``word`` is at least as frequent as ``threshold`` on the Zipf scale."""
    return zipf(word, lang) >= threshold


def _with_overrides(table: dict, overrides: dict) -> dict:
    """lemminflect's lexicon with its hand-made overrides applied, as its lookups do."""
    return {key: {**table.get(key, {}), **overrides.get(key, {})} for key in table.keys() | overrides.keys()}


# lemminflect's inflection table: the Penn tags of each category's forms, in file order, and of its base form.
_INFLECTED_TAGS = {"noun": ("NNS",), "adj": ("JJR", "JJS"), "adv": ("RBR", "RBS"), "verb": ("VBD", "VBN", "VBG", "VBZ")}
_BASE_TAGS = {"noun": ("NN",), "adj": ("JJ",), "adv": ("RB",), "verb": ("VB", "VBP")}
# Auxiliaries and modals, which lemminflect sets by hand after reading its table.
_AUXILIARY_FORMS = {
    "can": {"VB": ("can",), "VBD": ("could",)}, "may": {"VB": ("may",), "VBD": ("might",)},
    "will": {"VB": ("will",), "VBD": ("would",)}, "shall": {"VB": ("shall",), "VBD": ("should",)},
    "must": {"VB": ("must",), "VBD": ("must",)}, "ought": {"VB": ("ought",), "VBD": ("ought",)},
    "dare": {"VB": ("dare",)},
    "be": {"VB": ("be",), "VBD": ("was", "were"), "VBG": ("being",), "VBN": ("been",), "VBP": ("am", "are"),
           "VBZ": ("is",)},
}


def _csv_lines(path: Path) -> Iterable[list[str]]:
    import gzip

    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            yield line.strip().split(",")


def _lemma_table(path: Path) -> dict[str, dict[str, tuple[str, ...]]]:
    """lemminflect's lemma table as its ``LemmaLUCodec.load`` reads it: form -> {UPOS: lemmas}."""
    table: dict[str, dict[str, tuple[str, ...]]] = {}
    for word, category, forms in _csv_lines(path):
        upos = "AUX" if category.upper() == "MODAL" else category.upper()
        table.setdefault(word, {})[upos] = tuple(forms.split("/"))
    return table


def _inflection_table(path: Path) -> dict[str, dict[str, tuple[str, ...]]]:
    """lemminflect's inflection table as its ``InflectionLUCodec.load`` reads it: lemma -> {Penn tag: forms}."""
    table: dict[str, dict[str, tuple[str, ...]]] = {}
    for word, category, *forms in _csv_lines(path):
        entry = {}
        for tag, spelled in zip(_INFLECTED_TAGS[category], forms):
            spellings = tuple(spelled.split("/"))
            if len(spellings) > 1 or spellings[0]:
                entry[tag] = spellings
        entry.update({tag: (word,) for tag in _BASE_TAGS[category]})
        table.setdefault(word, {}).update(entry)
    table.update(_AUXILIARY_FORMS)
    return table


def _overrides(path: Path) -> dict[str, dict[str, tuple[str, ...]]]:
    """lemminflect's hand-made overrides (``word,tag,form`` lines)."""
    table: dict[str, dict[str, tuple[str, ...]]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            word, tag, form = line.split(",")
            table.setdefault(word, {})[tag] = (form,)
    return table


def _english_rows() -> Rows:
    """lemminflect's lexicon read from its resource files, without importing lemminflect (and numpy)."""
    resources = _package_dir("lemminflect") / "resources"
    lemmas = _with_overrides(_lemma_table(resources / "lemma_lu.csv.gz"), _overrides(resources / "lemma_overrides.csv"))
    forms = _with_overrides(_inflection_table(resources / "infl_lu.csv.gz"), _overrides(resources / "infl_overrides.csv"))
    for word, entry in lemmas.items():
        yield "lemma:" + word, json.dumps(entry)
    for lemma, entry in forms.items():
        yield "infl:" + lemma, json.dumps(entry)


@lru_cache(maxsize=50_000)
def english_lemmas(word: str) -> dict[str, list[str]]:
    """Lemmas of an English word form by universal POS tag (lemminflect's lexicon)."""
    table = cached_table("lemminflect-en", "lemminflect", _english_rows)
    value = lookup(table, "lemma:" + word.lower())
    return json.loads(value) if value else {}  # type: ignore[arg-type]


@lru_cache(maxsize=50_000)
def english_inflections(lemma: str) -> dict[str, list[str]]:
    """Forms of an English lemma by Penn tag (VB, VBD, VBN, NNS …; lemminflect's lexicon)."""
    table = cached_table("lemminflect-en", "lemminflect", _english_rows)
    value = lookup(table, "infl:" + lemma.lower())
    return json.loads(value) if value else {}  # type: ignore[arg-type]
