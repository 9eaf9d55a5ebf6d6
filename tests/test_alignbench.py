"""The alignment benchmark: disturbances keep their gold links; F1 of an undisturbed article."""

import json
import random

from click.testing import CliRunner

from mtcheck.cli import main
from mtcheck.eval.alignbench import Case, disturb, f1, score

ROWS = [
    ("Die Stadt hat 3.000 Einwohner.", "The town has 3,000 inhabitants."),
    ("Der Bürgermeister trat am Montag zurück. Er war zehn Jahre im Amt.",
     "The mayor resigned on Monday. He had been in office for ten years."),
    ("Die Wahl findet im Mai statt.", "The election takes place in May."),
    ("Drei Kandidaten treten an.", "Three candidates are standing."),
    ("Die Ergebnisse kommen am Abend.", "The results come in the evening."),
]


def test_an_undisturbed_article_aligns_perfectly():
    case = Case("de-en", "de", "en", tuple(s for s, _ in ROWS), tuple(((t, k),) for k, (_, t) in enumerate(ROWS)))
    correct, predicted, gold = score(case)
    assert correct == predicted == gold == len(ROWS)


def test_disturbances_keep_every_fragment_tied_to_its_line():
    for seed in range(30):
        case = disturb("de-en", "de", "en", ROWS, random.Random(seed), operations=3)
        fragments = [f for paragraph in case.target for f in paragraph]
        assert all(text in ROWS[line][1] for text, line in fragments)
        assert all(1 <= len(paragraph) for paragraph in case.target)


def test_f1():
    assert f1(8, 10, 10) == (0.8, 0.8, 0.8000000000000002) or abs(f1(8, 10, 10)[2] - 0.8) < 1e-9
    assert f1(0, 0, 5) == (0.0, 0.0, 0.0)


def test_align_json(tmp_path):
    source, target = tmp_path / "a.de.txt", tmp_path / "a.en.txt"
    source.write_text("\n\n".join(s for s, _ in ROWS), encoding="utf-8")
    target.write_text("\n\n".join(t for _, t in ROWS), encoding="utf-8")
    result = CliRunner().invoke(main, ["align", str(source), str(target), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["source"]["lang"] == "de" and data["target"]["lang"] == "en"
    assert [link["kind"] for link in data["sentence_links"]] == ["1-1"] * 6
    first = data["target"]["sentences"][0]
    assert target.read_text(encoding="utf-8")[first["start"]:first["end"]] == first["text"]
