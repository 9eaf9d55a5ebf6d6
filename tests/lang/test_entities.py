"""Name matching over tokens: has_word is find_word stopped at the first hit; the skeleton index is same_name."""

from mtcheck.lang.entities import Skeletons, find_word, has_word, same_name, skeleton, tokens


def test_has_word_agrees_with_find_word():
    toks = tokens("Gladkov met the Tuttlingen-based Putin's aides in Berlin.")
    for word in ("Gladkow", "Tuttlingen", "Putin", "Berliner", "Moscow", "aides"):
        assert has_word(word, toks) == bool(find_word(word, toks))
    assert has_word("Gladkow", toks) and not has_word("Moscow", toks)


def test_skeleton_index_finds_the_spellings_same_name_finds():
    words = ["Gladkov", "Putin's", "Hollstein", "Berliner", "Ukraine", "Sanchez", "Scholz", "Ferranti", "x"]
    index = Skeletons.of(skeleton(word) for word in words)
    for name in ("Gladkow", "Putins", "Holstein", "Berlin", "Sánchez", "Scholzs", "Ferrante", "Jussow", "'s"):
        assert index.spelling(name) == {skeleton(word) for word in words if same_name(name, word)}
    assert index.spelling("Gladkow") == {skeleton("Gladkov")}
    assert not index.spelling("Berlin")  # a name plus an ending is another word
