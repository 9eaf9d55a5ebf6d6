"""The one tokenizer: words and punctuation with offsets, shared by the name and grammar checks."""

from __future__ import annotations

from mtcheck.lang.tokens import Token, tokenize

TEXT = "Putin's aide, per www.example.org/x, said: the U.S. paid 3.5 billion via @handle."


def test_tokens_slice_the_text_at_their_offsets() -> None:
    assert all(TEXT[t.start:t.end] == t.text for t in tokenize(TEXT))


def test_words_keep_inner_apostrophes_and_hyphens_and_split_at_dots() -> None:
    texts = [t.text for t in tokenize("Tuttlingen-based aujourd'hui U.S. 3.5")]
    assert texts == ["Tuttlingen-based", "aujourd'hui", "U", ".", "S", ".", "3", ".", "5"]


def test_urls_and_handles_give_no_tokens() -> None:
    texts = {t.text for t in tokenize(TEXT)}
    assert not texts & {"www", "example", "org", "handle", "@"}


def test_a_range_and_an_offset() -> None:
    start = TEXT.index("said")
    words = tokenize(TEXT, start, start + len("said: the"), words_only=True)
    assert [(w.text, w.start) for w in words] == [("said", start), ("the", start + 6)]
    assert tokenize("said", offset=100) == [Token("said", 100, 104)]


def test_token_properties() -> None:
    assert Token("Putin's", 0, 7).lower == "putin"
    assert Token("2019", 0, 4).is_word and not Token(",", 0, 1).is_word
    assert Token("iPhone", 0, 6).is_capitalised and not Token("phone", 0, 5).is_capitalised


def test_made_tokens_tell_words_as_the_property_does() -> None:
    """tokenize makes word and mark tokens whose is_word is a constant; equal to plain tokens."""
    for token in tokenize(TEXT + " _x ’ –"):
        assert token.is_word == Token(*token).is_word
        assert token == Token(*token)
