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


def test_find_word_is_same_name_of_each_word_or_hyphen_part():
    """The judging of a sentence's texts together, and its memo, give what same_name gives token by token."""
    toks = tokens("Gladkov, gladkows anti-Gladkov Gladkov's Berliner Sánchez Sanchez-Ruiz 2019 Holstein.")
    for word in ("Gladkow", "Sanchez", "Berlin", "Hollstein", "'s", "x"):
        expected = [t for t in toks if t.is_word and (same_name(word, t.text) or any(
            same_name(word, part) for part in t.text.split("-") if "-" in t.text))]
        assert find_word(word, toks) == expected
        assert find_word(word, toks[::-1]) == expected[::-1]  # asked again: from the memo
    assert [t.text for t in find_word("Gladkow", toks)] == ["Gladkov", "gladkows", "anti-Gladkov", "Gladkov's"]


def test_skeletons_fold_accents_possessives_transliterations_and_doubled_letters():
    assert skeleton("Hollstein") == skeleton("Holstein") == "holstein"
    assert skeleton("Gladkow") == skeleton("Gladkov") == "gladkov"
    assert skeleton("Sánchez’s") == skeleton("Sanchez") == "sanches"
    assert skeleton("Jussow") == skeleton("Yusov") == "yusov"
    assert skeleton("Hammmer") == "hamer"  # a run of any length is one letter


def test_skeleton_index_agrees_with_same_name_on_random_short_and_long_words():
    """Short keys skip the fuzzy search: the index still finds exactly what same_name finds."""
    import random

    pick = random.Random(5)
    syllables = ["a", "s", "ko", "va", "ber", "lin", "ow", "ss", "ie"]
    words = ["".join(pick.choice(syllables) for _ in range(pick.randint(1, 5))).capitalize() for _ in range(300)]
    index = Skeletons.of(skeleton(word) for word in words)
    for name in words[:150]:
        assert index.spelling(name) == {skeleton(word) for word in words if same_name(name, word)}
