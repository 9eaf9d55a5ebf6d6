"""The evidence of a finding, put into words for the review page."""

from mtcheck.report.evidence import describe, per_million


def test_frequencies_read_per_million_words():
    assert per_million(6.3) == "1,995 per million words"
    assert per_million(3.5) == "3.2 per million words"
    assert per_million(1.0) == "0.01 per million words"
    assert per_million(0.0) == "not in the word list"


def test_glued_word_shows_its_parts_and_their_frequencies():
    lines = describe({"parts": ["Video", "which"], "zipf": {"Videowhich": 0.0, "Video": 5.43, "which": 6.3}})
    assert lines == [("Parts of the glued word", "Video + which"),
                     ("Word frequencies", "Videowhich: not in the word list · Video: 269 per million words"
                                          " · which: 1,995 per million words")]


def test_compared_values_read_source_to_target():
    assert describe({"source": "320", "target": "200"}) == [("Number, source → translation", "320 → 200")]
    assert describe({"source": "000"}) == [("Number in the source", "000")]
    assert describe({"source_quoted": [3, 10], "target_quoted": [0, 10]}) == [
        ("Words quoted, source → translation", "3 of 10 → 0 of 10")]
    assert describe({"term": "Bundeskanzler", "required": "Federal Chancellor"}) == [
        ("Glossary term → required rendering", "Bundeskanzler → Federal Chancellor")]
    assert describe({"zipf_source": 4.2, "zipf_target": 1.1}) == [
        ("Frequency in the source language → the target language",
         "16 per million words → 0.013 per million words")]


def test_names_and_word_lists_read_as_lists():
    assert describe({"claims": ["according", "reported"], "carried_from_source": True}) == [
        ("Attribution words", "according, reported"), ("Carried over from the source", "yes")]


def test_round_trip_signals_read_as_one_line_each():
    signal = {"back_translation": "Der Kanzler schwieg.", "chrf": 35.2, "chrf_z": -3.1}
    assert describe({"round_trip": [signal]}) == [("Round trip", "'Der Kanzler schwieg.', chrF 35.2, chrF z -3.1")]


def test_unknown_keys_read_as_key_and_value():
    lines = describe({"new_key": {"inner_key": [1, 2], "flag": False}, "nothing": None})
    assert lines == [("New key", "inner key: 1, 2; flag: no"), ("Nothing", "none")]
