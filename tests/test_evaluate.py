"""Evaluation arithmetic on hand-built findings, and the corpora's gold files."""

import json
from pathlib import Path

import pytest

from mtcheck.run.api import check_texts
from mtcheck.text.document import read_text
from mtcheck.eval.gold import GoldDocument, GoldSpan, load_gold, merge_regions, score
from mtcheck.findings import Finding, Severity, Span

CORPORA = Path(__file__).parent.parent / "corpora"
SOURCE = "Erster Satz hier. Zweiter Satz hier. Dritter Satz fehlt."
TARGET = "First sentence here. Second sentence here."


def _finding(start, end, source=None):
    return Finding("MT999", "test", Severity.MAJOR, "m", Span(start, end, TARGET[start:end]),
                   Span(*source, SOURCE[source[0]:source[1]]) if source else None)


def _result(findings):
    result = check_texts(SOURCE, TARGET, "de", "en")
    result.findings = findings
    return result


def _gold(*spans):
    return GoldDocument("t", Path("s"), Path("t"), "de", "en", spans)


def test_regions_merge_overlapping_findings():
    assert merge_regions([_finding(0, 5), _finding(3, 10), _finding(21, 27)]) == [(0, 10), (21, 27)]


def test_recall_precision_and_major_recall():
    gold = _gold(GoldSpan(0, 5, "major", "x", "First"), GoldSpan(21, 27, "minor", "x", "Second"))
    scores = score(gold, _result([_finding(2, 4), _finding(3, 12), _finding(30, 35)])).as_dict()
    assert scores["major_recall"] == 1.0
    assert scores["recall"] == 0.5
    assert scores["precision"] == 0.5  # one correct region (0-12), one false (30-35)


def test_omission_gold_span_is_matched_on_the_source_side():
    omitted = SOURCE.index("Dritter")
    gold = _gold(GoldSpan(omitted, len(SOURCE), "major", "omission", "Dritter Satz fehlt.", "source"))
    hit = _finding(len(TARGET), len(TARGET), source=(omitted, len(SOURCE)))
    scores = score(gold, _result([hit])).as_dict()
    assert scores["major_recall"] == 1.0 and scores["precision"] == 1.0
    assert score(gold, _result([_finding(0, 5)])).as_dict()["major_recall"] == 0.0


def test_false_flags_per_thousand_words_counts_clean_documents_only():
    scores = score(_gold(), _result([_finding(0, 5)])).as_dict()
    assert scores["false_flags_per_1000_words"] == round(1000 / 6, 3)


def test_missing_gold_text_is_an_input_error(tmp_path):
    (tmp_path / "a.de.txt").write_text(SOURCE)
    (tmp_path / "a.en.txt").write_text(TARGET)
    gold = tmp_path / "a.gold.json"
    gold.write_text(json.dumps({"source": "a.de.txt", "target": "a.en.txt", "spans": [{"text": "absent"}]}))
    with pytest.raises(Exception, match="gold span not found"):
        load_gold(gold, read_text)


@pytest.mark.parametrize("path", sorted(CORPORA.glob("*/*.gold.json")), ids=lambda p: p.stem)
def test_every_gold_file_resolves(path):
    gold = load_gold(path, read_text)
    assert gold.source.exists() and gold.target.exists()
    assert gold.source_lang and gold.target_lang
    assert all(s.severity in ("major", "minor") for s in gold.spans)
