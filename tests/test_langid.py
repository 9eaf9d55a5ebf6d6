"""Language identification: py3langid's model unpacked once per version into the cache, answers unchanged."""

from pathlib import Path

import pytest
from py3langid.langid import MODEL_FILE, LanguageIdentifier

from mtcheck.lang.packs import identifiable
from mtcheck.text import langid
from mtcheck.text.datacache import data_version

CORPORA = Path(__file__).parent.parent / "corpora"


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("MTCHECK_CACHE_DIR", str(tmp_path))
    langid._identifier.cache_clear()
    yield tmp_path
    langid._identifier.cache_clear()


def _texts() -> list[str]:
    documents = [path.read_text(encoding="utf-8") for path in sorted(CORPORA.glob("*/*.txt"))]
    assert len(documents) > 20
    lines = [line for text in documents[:6] for line in text.splitlines() if line.strip()]
    return documents + lines + ["", "42", "OK", "Ja.", "Привет", "東京"]


def test_the_unpacked_model_gives_py3langids_own_answers(cache):
    own = LanguageIdentifier.from_model_file(MODEL_FILE)
    for languages in (identifiable(), ("de", "en")):
        own.set_languages(sorted(languages))
        ours = langid._identifier(frozenset(languages))
        assert [ours.classify(text[:5000]) for text in _texts()] == [own.classify(text[:5000]) for text in _texts()]
    assert (cache / f"py3langid-model-{data_version('py3langid')}" / "nextmove.npy").is_file()


def test_the_model_of_another_py3langid_version_is_removed(cache):
    older = cache / "py3langid-model-0.0.1"
    older.mkdir()
    (older / "pc.npy").write_bytes(b"")
    assert langid.identify("Das ist ein deutscher Satz über das Wetter.", ("de", "en")) == "de"
    assert not older.exists()


def test_without_a_writable_cache_py3langid_unpacks_its_model_itself(tmp_path, monkeypatch):
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    monkeypatch.setenv("MTCHECK_CACHE_DIR", str(blocked))
    langid._identifier.cache_clear()
    try:
        assert langid.identify("The weather was sunny all week in the north.", ("de", "en")) == "en"
    finally:
        langid._identifier.cache_clear()
