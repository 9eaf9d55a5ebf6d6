"""The segmenter fed mtcheck's cheaper token stream splits exactly where syntok's analyze() does."""

import random

from syntok.segmenter import analyze, preprocess_with_offsets, segment
from syntok.tokenizer import Tokenizer

from mtcheck.text.segment import segmented
from mtcheck.text.sentence_tokens import REACH, sentence_tokens

# Abbreviations, ordinals, numbers, brackets, quotes, terminals, inner capitals, apostrophes, hyphens,
# URLs and the spaces syntok does and does not split at, among plain words (whose runs are thinned).
_PIECES = ("the dog ran fast Dr. Mr Nr. z.B. U.S. e.g. No. no 17. März 3.5 1999 Jan. Okt. III A x The Die "
           "However ( ) [ ] { } « » „ “ ” \" ' ’ . ! ? ; : , ... … - — _ iPhone McDonald Putin's don't l'homme "
           "anti-Kremlin http://x.de/a.b #y 42 5,000 a) (a (b c) d) 1) word. Word! (see Fig. 3). ]. '. ?\" "
           "etc. vs. ca.").split(" ")
_PLAIN = ["word", "other", "Thing", "house", "and", "is"]
_SPACES = [" "] * 20 + ["  ", "\n", "\n\n", "\t", "\u00a0", "\u200b", "\x1c", "\u2009", ""]


def _sentences(paragraphs):
    """(start of the spacing, spacing, offset and value of the last token) of each sentence."""
    return [(s[0].offset - len(s[0].spacing), s[0].spacing, s[-1].offset, s[-1].value)
            for paragraph in paragraphs for s in paragraph]


def _ours(text):
    return [segment(sentence_tokens(paragraph, offset)) for offset, paragraph in preprocess_with_offsets(text)]


def test_same_sentences_as_syntok_on_random_text():
    rng = random.Random(3)
    for _ in range(1500):
        words = [rng.choice(_PIECES) if rng.random() < 0.5 else rng.choice(_PLAIN) for _ in range(rng.randint(1, 150))]
        text = "".join(word + rng.choice(_SPACES) for word in words)
        assert _sentences(_ours(text)) == _sentences(analyze(text)), text


def test_inner_words_of_a_plain_run_left_out_but_not_near_a_bracket():
    text = "Start one two three four five. " + "(a " + "w " * REACH + "end."
    kept = [t.value for t in sentence_tokens(text)]
    assert kept[:5] == ["Start", "four", "five", ".", "("]  # "one" .. "three" are never read
    assert kept.count("w") == REACH  # within reach of the bracket every word is kept


def test_tokens_as_syntoks_where_nothing_is_left_out():
    text = "Er kam (am 17. März) an.\u200bPutin's anti-Kremlin iPhone... „Ja“, sagte Dr. Nr. 5 — (x)"
    syntok = [(t.spacing, t.value, t.offset) for t in Tokenizer(replace_not_contraction=False).tokenize(text, 4)]
    assert [tuple(t) for t in sentence_tokens(text, 4)] == syntok


def test_segmented_keeps_spans_on_a_long_paragraph():
    text = " ".join(["Das ist ein ganz normaler Satz mit vielen Wörtern darin."] * 50)
    spans = segmented(text, "de")
    assert len(spans) == 50
    assert all(text[s:e].startswith("Das") and text[s:e].endswith(".") for s, e in spans)
