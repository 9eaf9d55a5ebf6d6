"""Name matching over tokens: has_word is find_word stopped at the first hit."""

from mtcheck.lang.entities import find_word, has_word, tokens


def test_has_word_agrees_with_find_word():
    toks = tokens("Gladkov met the Tuttlingen-based Putin's aides in Berlin.")
    for word in ("Gladkow", "Tuttlingen", "Putin", "Berliner", "Moscow", "aides"):
        assert has_word(word, toks) == bool(find_word(word, toks))
    assert has_word("Gladkow", toks) and not has_word("Moscow", toks)
