"""Patterns that only rare text reads are compiled on first use, not by every run.

Compiling a regular expression costs a run a tenth of a millisecond or more:
a pattern that only a closing mark with nothing open, Chinese or Japanese
numbers, a Roman numeral, a round trip or a text holding an unspaced script
reads waits for such a text.  This pins which patterns an ordinary
German-English check leaves uncompiled (a behaviour, not a time).
"""

from pathlib import Path

from mtcheck import check_files
from mtcheck.align import words
from mtcheck.checks import quotes, roundtrip
from mtcheck.checks.numbers import native, quantities
from mtcheck.checks.quotes import marks
from mtcheck.text import controls

SEED = Path(__file__).parent.parent / "corpora" / "seed"

RARE = (quotes._attribution_after, quotes._paragraph_end, marks._hand_back, native._roman_numeral,
        quantities._remainder, quantities._lone_fullwidth_mark, quantities._listing_comma, roundtrip._clause_break)


def test_an_ordinary_check_leaves_the_rare_patterns_uncompiled():
    for accessor in (*RARE, words._units_pattern):
        accessor.cache_clear()
    result = check_files(str(SEED / "belgorod.de.txt"), str(SEED / "belgorod.en.txt"))
    assert result.findings  # the run did its work
    assert [accessor.__name__ for accessor in RARE if accessor.cache_info().currsize] == []
    assert words._units_pattern.cache_info().currsize == 1  # the Latin-script pattern only


def test_escaping_compiles_only_the_set_of_characters_it_escapes():
    controls._controls.cache_clear()
    assert controls.escape_controls("a\tb\x1b", lines=False) == "a\\x09b\\x1b"
    assert controls._controls.cache_info().currsize == 1
