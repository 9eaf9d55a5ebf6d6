"""The persistent translation cache: only what changed is translated again."""

from __future__ import annotations

import pytest

from mtcheck.errors import InputError
from mtcheck.translate import Generation
from mtcheck.text.datacache import cache_dir
from mtcheck.translate.cache import CachedTranslator, TranslationCache
from mtcheck.translate.seq2seq import Seq2SeqTranslator
from tests.translate.conftest import TableTranslator


def test_second_run_translates_only_new_texts(tmp_path):
    inner = TableTranslator({}, "en", "de")
    cached = CachedTranslator(inner, TranslationCache(tmp_path))
    assert cached.translate(["One.", "Two.", "One."], "en", "de") == ["ONE.", "TWO.", "ONE."]
    assert inner.calls == [["One.", "Two."]]
    assert cached.translate(["Two.", "Three."], "en", "de") == ["TWO.", "THREE."]
    assert inner.calls[-1] == ["Three."]


def test_cache_persists_across_runs_and_is_keyed_by_identity(tmp_path):
    CachedTranslator(TableTranslator({}, "en", "de"), TranslationCache(tmp_path)).translate(["One."], "en", "de")
    again = TableTranslator({}, "en", "de")
    assert CachedTranslator(again, TranslationCache(tmp_path)).translate(["One."], "en", "de") == ["ONE."]
    assert again.calls == []
    other_direction = TableTranslator({}, "en", "fr")
    CachedTranslator(other_direction, TranslationCache(tmp_path)).translate(["One."], "en", "fr")
    assert other_direction.calls == [["One."]]


def test_cached_model_run_loads_no_model(tiny_model, tmp_path):
    settings = Generation(max_length=8)
    first = Seq2SeqTranslator({"en-de": str(tiny_model)}, settings)
    texts = ["The train was cancelled.", "The mayor opened the bridge."]
    out = CachedTranslator(first, TranslationCache(tmp_path)).translate(texts, "en", "de")
    second = Seq2SeqTranslator({"en-de": str(tiny_model)}, settings)
    assert CachedTranslator(second, TranslationCache(tmp_path)).translate(texts, "en", "de") == out
    assert first.loaded and not second.loaded


def test_cache_location_follows_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("MTCHECK_CACHE_DIR", str(tmp_path / "here"))
    assert cache_dir() == tmp_path / "here"
    assert TranslationCache().path == tmp_path / "here" / "translations.sqlite3"  # beside the word tables
    monkeypatch.delenv("MTCHECK_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    monkeypatch.setattr("sys.platform", "linux")
    assert cache_dir() == tmp_path / "xdg" / "mtcheck"
    monkeypatch.setattr("sys.platform", "darwin")
    assert cache_dir().parts[-3:] == ("Library", "Caches", "mtcheck")


def test_unusable_cache_location_is_an_input_error(tmp_path):
    (tmp_path / "file").write_text("not a directory", encoding="utf-8")
    with pytest.raises(InputError, match="--no-cache"):
        TranslationCache(tmp_path / "file")
