import random
import re

import pytest

from mtcheck.text.document import Document, decode_text, language_from_name, read_text
from mtcheck.errors import InputError
from mtcheck.text.langid import identify
from mtcheck.text.segment import ORDINAL_DOT, final_mark, one_sentence, opens_sentence, segmented, split_sentences


def test_offsets_index_the_exact_text_with_bom_and_crlf():
    text = "\ufeffTitle line\r\n\r\nFirst sentence here. Second one!\r\n"
    doc = Document(text, "en")
    assert [p.text for p in doc.paragraphs] == ["Title line", "First sentence here. Second one!"]
    for sentence in doc.sentences:
        assert text[sentence.start:sentence.end] == sentence.text
    assert [s.text for s in doc.sentences][1:] == ["First sentence here.", "Second one!"]


def test_lines_are_paragraphs_when_there_is_no_blank_line():
    doc = Document("One paragraph.\nAnother paragraph.\n", "en")
    assert [p.text for p in doc.paragraphs] == ["One paragraph.", "Another paragraph."]


def test_german_ordinal_dates_do_not_end_sentences():
    doc = Document("Die Wahl ist am 17. März 2024. Danach wird gezählt.", "de")
    assert [s.text for s in doc.sentences] == ["Die Wahl ist am 17. März 2024.", "Danach wird gezählt."]


def test_ordinal_dots_join_only_in_the_languages_of_the_data_file():
    text = "Die Wahl ist am 17. März 2024. Danach wird gezählt."
    assert "de" in ORDINAL_DOT and "en" not in ORDINAL_DOT
    assert all(len(code) == 2 and code.isalpha() and code.islower() for code in ORDINAL_DOT)
    assert len(Document(text, "en").sentences) == 3 and len(Document(text, "de").sentences) == 2


def test_identification_chooses_among_the_languages_it_is_given():
    text = "Die Regierung hat am Montag einen neuen Haushalt vorgelegt, der viele Kürzungen enthält."
    assert identify(text, ("de", "en")) == "de" and identify(text, ("en", "fr")) in {"en", "fr"}


def test_line_and_column_are_one_based():
    doc = Document("ab\ncd", "en")
    assert doc.line_col(0) == (1, 1)
    assert doc.line_col(4) == (2, 2)


@pytest.mark.parametrize("data, problem", [
    (b"", "is empty"),
    (b" \n\r\n", "is empty"),
    (b"\x00\x01binary", "binary"),
    (b"caf\xe9", "not valid UTF-8"),
])
def test_bad_content_is_rejected(data, problem):
    with pytest.raises(InputError, match=problem):
        decode_text(data, "x.txt")


def test_missing_file_and_directory_are_rejected(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_text(tmp_path / "missing.txt")
    with pytest.raises(InputError, match="directory"):
        read_text(tmp_path)


@pytest.mark.parametrize("name, lang", [
    ("belgorod.de.txt", "de"), ("a/b.en-GB.md", "en"), ("article.txt", None), ("x.english.txt", None),
])
def test_language_from_file_name(name, lang):
    assert language_from_name(name) == lang


def test_one_sentence_shortcut_agrees_with_syntok():
    """Texts told to be one sentence without syntok are split by syntok the same way."""
    rng = random.Random(7)
    pieces = ["Wort", "word", "Dr", "3", "12", " ", " ", "  ", "\n", ".", "!", "?", ";", "...", ",", "(", ")",
              "[", "]", '"', "'", "\u201d", "\u201c", "\u2019", "\u00bb", "-", "\u2026", "\u3002", "\ufeff"]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 12))) for _ in range(20_000)]
    texts += ["Ein Satz.", 'Er sagte "ja."', "Was nun?!", "Ende.)", "Ende.'\"", "Ende. \"", "x \u3002"]
    shortcut = [t for t in texts if one_sentence(t)]
    assert len(shortcut) > 1000
    for text in shortcut:
        assert split_sentences(text, "de") == segmented(text, "de"), text


@pytest.mark.parametrize("marks, closers", [(".!?…", "'\"”’»)"), (".!;:…", "\"”’»«“)]")])
def test_final_mark_finds_what_its_regular_expression_finds(marks, closers):
    """The sentence end before closing marks, read without a pattern, as ``[marks][closers]*$`` reads it."""
    pattern = re.compile(f"[{re.escape(marks)}][{re.escape(closers)}]*$")
    rng = random.Random(11)
    pieces = ["a", " ", "\n", ".", "!", "?", ":", ";", "…", "'", '"', "”", "’", "»", "«", "“", ")", "]"]
    for _ in range(20_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        found = pattern.search(text, start, end)
        assert final_mark(text, marks, closers, start, end) == (found.start() if found else -1), (text, start, end)
    assert final_mark("Er sagte „ja.“\n", ".!?", "“”") == 12


@pytest.mark.parametrize("spaced, ordinals, pattern", [
    (False, True, r"(?:^|(?<!\d)[.!?:;]\s*|[\"“(–]\s*)$"),
    (True, False, r"(?:^|[.!?:;]\s+|[\"“(–]\s*)$"),
])
def test_opens_sentence_finds_what_its_regular_expression_finds(spaced, ordinals, pattern):
    """What ends before a sentence's start, read without a pattern, as ``pattern`` reads it."""
    found = re.compile(pattern)
    rng = random.Random(13)
    pieces = ["a", "1", "\u0663", " ", "\u00a0", "\n", ".", "!", ":", ";", '"', "“", "(", "–"]
    for _ in range(20_000):
        before = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 4)))
        assert opens_sentence(before, ".!?:;", '"“(–', spaced=spaced, ordinals=ordinals) == bool(found.search(before)), before
    assert not opens_sentence("am 17. ", ".", "", ordinals=True)
