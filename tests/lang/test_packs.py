"""Language packs: every shipped pack is valid; broken packs fail with a clear error."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mtcheck.lang.lexicon import zipf
from mtcheck.text.scripts import foreign_runs
from mtcheck.lang.packs import (
    PACK_DIR, SCHEMA, ByLanguage, Languages, Pack, PackError, available, base_code, identifiable, pack, read_pack,
    validate,
)

FULL = ("de", "en", "fr", "es", "it", "pt", "nl", "pl", "ru")


@pytest.mark.parametrize("code", available())
def test_every_shipped_pack_is_valid(code: str) -> None:
    loaded = read_pack(PACK_DIR / f"{code}.json")
    assert loaded.code == code and loaded.name


@pytest.mark.parametrize("code", FULL)
def test_full_packs_ship_for_the_supported_languages(code: str) -> None:
    loaded = pack(code)
    assert set(loaded.items("roles")) == {"source", "target"}
    assert loaded.words("furniture.sections") and loaded.items("quotes.pairs") and loaded.items("dates.months")


def test_unknown_language_gets_an_empty_pack() -> None:
    empty = pack("xx")
    assert empty == Pack("xx", {}) and empty.words("function_words.determiners") == frozenset()
    assert not empty.flag("capitalisation.nouns") and empty.text("numbers.decimal") is None


def test_regional_codes_use_the_language_pack() -> None:
    assert base_code("de-CH") == "de" and pack("pt_BR").code == "pt"


def test_packs_are_read_once() -> None:
    assert pack("de") is pack("de") is pack("de-AT")


def test_by_language_reads_only_packs_with_the_key() -> None:
    table = ByLanguage("capitalisation.nouns")
    assert table.get("de") is True and table.get("en") is None and "de" in table and "en" not in table
    assert "de" in Languages("capitalisation.nouns") and "fr" not in Languages("capitalisation.nouns")


def test_by_language_reads_a_pack_once_for_every_tag_of_its_language() -> None:
    reads = []
    table = ByLanguage("capitalisation.nouns", lambda p: reads.append(p.code) or p.code)
    answers = [table.get(tag) for tag in ("de", "de-DE", "de-AT", "de", "en", "en", "en-GB")]
    assert answers == ["de", "de", "de", "de", None, None, None]
    assert reads == ["de"] and table["de-CH"] == "de" and "en-US" not in table
    with pytest.raises(KeyError):
        table["en"]


@pytest.mark.parametrize("data, problem", [
    ([], "must hold a JSON object"),
    ({"name": "X"}, "missing required key 'code'"),
    ({"code": "xx", "name": "X", "function_words": {"determinerz": ["a"]}}, "unknown key 'function_words.determinerz'"),
    ({"code": "xx", "name": "X", "function_words": {"determiners": "a b"}}, "'function_words.determiners' must be a list"),
    ({"code": "xx", "name": "X", "capitalisation": {"nouns": "yes"}}, "must be true or false"),
    ({"code": "xx", "name": "X", "numbers": {"words": {"two": "2"}}}, "must be an object of numbers"),
    ({"code": "xx", "name": "X", "quotes": {"pairs": ["«"]}}, "must be two characters"),
    ({"code": "xx", "name": "X", "quotes": {"primary": "«»»"}}, "must be two characters"),
    ({"code": "xx", "name": "X", "sentences": {"starters": ["the", "the"]}}, "lists a word twice"),
    ({"code": "yy", "name": "X"}, "does not match the file name"),
    ({"code": "xx", "name": "X", "names": {"transliteration": [["sch"]]}}, "must be a list of \\[from, to\\]"),
    ({"code": "xx", "name": "X", "names": {"transliteration": ["sch", "sh"]}}, "must be a list of \\[from, to\\]"),
    ({"code": "xx", "name": "X", "names": {"transliteration": [["", "sh"]]}}, "must be a list of \\[from, to\\]"),
    ({"code": "xx", "name": "X", "inflection": {"name_endings": ["en", "en"]}}, "lists a word twice"),
    ({"code": "xx", "name": "X", "identification": {"candidate": "yes"}}, "must be true or false"),
])
def test_broken_packs_are_rejected_with_the_key(data: object, problem: str) -> None:
    with pytest.raises(PackError, match=problem):
        validate(data, Path("xx.json"))


def test_unreadable_json_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "xx.json"
    path.write_text('{"code": "xx",', encoding="utf-8")
    with pytest.raises(PackError, match=r"xx.json: is not valid JSON"):
        read_pack(path)


def test_schema_documents_every_key() -> None:
    assert all(kind and doc for kind, doc in SCHEMA.values())


def test_pairs_keep_their_order_and_may_rewrite_to_nothing() -> None:
    values = validate({"code": "xx", "name": "X", "names": {"transliteration": [["tsch", "ch"], ["h", ""]]}},
                      Path("xx.json"))
    assert Pack("xx", values).pairs("names.transliteration") == (("tsch", "ch"), ("h", ""))
    assert Pack("xx", {}).pairs("names.transliteration") == ()


def test_shared_pack_holds_the_inflection_endings_and_transliterations() -> None:
    shared = pack("mul")
    assert shared.items("inflection.name_endings")[0] == "ern" and "'s" in shared.items("inflection.term_endings")
    assert set(shared.items("inflection.plural_endings")) <= set(shared.items("inflection.name_endings"))
    assert ("sch", "sh") in shared.pairs("names.transliteration")


def test_identification_chooses_among_the_full_packs_and_cjk() -> None:
    assert set(identifiable()) == {*FULL, "zh", "ja"}



# Hand-written lists checked against wordfreq's frequency lists: a misspelt or
# wrong-language entry is rare in the pack's language.
_EVERYDAY = ("function_words.determiners", "function_words.prepositions", "function_words.coordinators",
             "function_words.pronouns", "sentences.starters", "sentences.never_final", "reporting.past",
             "reporting.present", "attribution.nouns", "dates.months")
_KNOWN_ZIPF = 2.5


@pytest.mark.parametrize("code", FULL)
def test_everyday_words_are_known_words_of_the_language(code: str) -> None:
    loaded = pack(code)
    rare = sorted(w for key in _EVERYDAY for w in loaded.words(key) if zipf(w, code) < _KNOWN_ZIPF)
    assert not rare, f"{code}: not known as {loaded.name} words: {rare}"


@pytest.mark.parametrize("code", [c for c in available() if pack(c).has("scripts")])
def test_scripts_are_unicode_script_names_that_the_language_writes_in(code: str) -> None:
    """Each listed script is known to Unicode, and the language's own everyday words are never foreign."""
    scripts = pack(code).items("scripts")
    sample = {"en": "the house", "de": "über die Straße", "ru": "новая школа", "uk": "нова школа",
              "zh": "新的学校", "ja": "新しい学校とサブレー", "ko": "새 학교", "he": "בית ספר", "th": "โรงเรียน"}
    assert list(foreign_runs(sample.get(code, "Apple"), scripts)) == []
    assert list(foreign_runs("Он сказал 他说", scripts))  # some script is always foreign
