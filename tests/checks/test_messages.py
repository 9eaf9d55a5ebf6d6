"""Excerpts in messages: one line, cut with an ellipsis, whatever the length of the text."""

import pytest

from mtcheck.checks.messages import excerpt


def _plain(text: str, limit: int) -> str:
    """The definition: the whole text on one line, then cut."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


@pytest.mark.parametrize("text", [
    "", "   ", "short text", "a\nb\t c", " lead  and   trail ", "x" * 70, "word " * 11 + "x" * 40,
    "exactly sixty characters long text, made up of words here ok", "a " * 30 + "b",
    "ein\u00a0Wort\u2028am Rand " * 9,
])
@pytest.mark.parametrize("limit", [10, 60])
def test_an_excerpt_is_the_text_on_one_line_cut_to_the_limit(text, limit):
    assert excerpt(text, limit) == _plain(text, limit)


def test_an_excerpt_of_a_huge_line_is_its_start():
    assert excerpt("Das ist ein Satz. " * 100_000) == _plain("Das ist ein Satz. " * 4, 60)
