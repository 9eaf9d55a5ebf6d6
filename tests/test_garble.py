"""The garbler writes gold files whose spans are exact, the same for the same seed; and its report."""

import json
import random
from collections import Counter

import pytest

from mtcheck.eval import garble
from mtcheck.eval.garble import Document, _garble_document, report, write
from mtcheck.eval.garblers import GARBLERS, Lines
from mtcheck.eval.gold import load_gold
from mtcheck.text.document import read_text

SOURCE = [
    "Die Polizei meldete am Montag um 10:30 Uhr einen Unfall auf der Autobahn bei Köln.",
    "Nach Angaben der Feuerwehr wurden 12 Menschen verletzt, der Schaden liegt bei 250.000 Euro.",
    "„Wir haben so etwas noch nie gesehen, es war ein furchtbarer Anblick“, sagte Polizeisprecher Jan Weber.",
    "Der Verkehr staute sich auf 15 Kilometern, weil die Polizei die Straße stundenlang sperrte.",
    "Die Stadt plant, wie Bürgermeisterin Anna Schmidt am Dienstag sagte, 3 Millionen Euro in neue Ampeln.",
    "Die Ermittler wissen nicht, warum der Fahrer die Kontrolle verlor.",
]
TARGET = [
    "Police reported an accident on the motorway near Cologne on Monday at 10:30.",
    "According to the fire brigade, 12 people were injured and the damage amounts to 250,000 euros.",
    "“We have never seen anything like it, it was a terrible sight,” said police spokesman Jan Weber.",
    "Traffic backed up for 15 kilometres because the police closed the road for hours.",
    "The city plans, said mayor Anna Schmidt at a press conference on Tuesday, to invest 3 million euros.",
    "Investigators do not know why the driver lost control of the car on the motorway.",
]


def _document(seed: int, count: int = 3) -> Document:
    doc = Document(f"de-en-{seed}-00000", "de", "en", list(SOURCE), list(TARGET))
    _garble_document(doc, random.Random(seed), count, Counter())
    return doc


@pytest.mark.parametrize("name", sorted(GARBLERS))
def test_every_class_makes_a_span_that_is_found_in_the_text(name, tmp_path):
    for seed in range(20):
        doc = Document(f"de-en-{seed}-00000", "de", "en", list(SOURCE), list(TARGET))
        made = GARBLERS[name](Lines(doc.source, doc.target, "en", "de"), random.Random(seed))
        if made is None:
            continue
        doc.garbles.append(made)
        write([doc], tmp_path)
        gold = load_gold(tmp_path / "de-en" / f"{doc.name}.gold.json", read_text)
        (span,) = gold.spans
        text = read_text(gold.source if span.side == "source" else gold.target)
        assert text[span.start:span.end] == made.text and span.kind == made.kind
        if name not in ("breadcrumb", "photo_credit", "addition"):
            assert doc.text("target") != "\n\n".join(TARGET)
        return
    pytest.fail(f"{name} never applied to the example article")


@pytest.mark.parametrize("lang, quoted", [("zh", "他说：“我们从来没有见过这样的事情，真是太可怕了。”"),
                                           ("ja", "広報官は「こんな光景は今まで一度も見たことがない」と述べた。")])
def test_a_chinese_or_japanese_quotation_is_closed_after_its_first_words(lang, quoted):
    """No spaces part the words: two characters make one, and the closing mark comes after two or three."""
    target = [quoted]
    made = GARBLERS["quote_closed_early"](Lines(["Source."], target, lang, "en"), random.Random(1))
    opener = next(c for c in quoted if c in "“「")
    closer = {"“": "”", "「": "」"}[opener]
    head = made.text[1:made.text.index(closer)]
    assert made.kind == "quotes" and made.text in target[0] and made.text.startswith(opener)
    assert len(head) in (4, 6) and target[0].replace(closer, "") == quoted.replace(closer, "")


def test_same_seed_same_garbles_and_several_per_document():
    assert _document(3).gold() == _document(3).gold()
    assert len(_document(3, count=4).garbles) == 4


def test_spans_stay_exact_when_lines_are_inserted(tmp_path):
    docs = [_document(seed, count=5) for seed in range(15)]
    write(docs, tmp_path)
    for doc in docs:
        gold = load_gold(tmp_path / "de-en" / f"{doc.name}.gold.json", read_text)
        assert [s.text for s in gold.spans] == [g.text for g in doc.garbles]
        for span, made in zip(gold.spans, doc.garbles):
            text = read_text(gold.source if span.side == "source" else gold.target)
            assert text[span.start:span.end] == made.text


def test_report_gives_recall_per_class_and_pair(tmp_path):
    write([_document(1), _document(2)], tmp_path)
    table = report(tmp_path)
    assert table.splitlines()[0].split() == ["class", "de-en", "all"]
    assert table.splitlines()[-1].startswith("ALL")
    kinds = {g["kind"] for p in tmp_path.glob("*/*.gold.json") for g in json.loads(p.read_text())["spans"]}
    assert all(any(line.startswith(k) for line in table.splitlines()) for k in kinds)


def test_command_line_refuses_a_folder_without_the_corpus(tmp_path, capsys):
    assert garble.main([str(tmp_path / "out"), "--wmt22", str(tmp_path)]) == 2
    assert "not the wmt22 corpus" in capsys.readouterr().err
