"""Pre-aligned units become one aligned document without Gale-Church; findings map back to units."""

import json
from pathlib import Path

from click.testing import CliRunner

from mtcheck.run.api import check_aligned
from mtcheck.cli import main
from mtcheck.inputs.units import METHOD, Unit, aligned_from_units, unit_at
from mtcheck.options import Options

DATA = Path(__file__).parent / "data"
UNITS = [
    Unit("t1", "Die Lage an der Grenze", "The situation at the border"),
    Unit("t2", "Der Minister berichtete am Sonntag über die Lage. Er sprach von Angriffen.",
         "The minister reportedSunday on the situation. He spoke of attacks."),
    Unit("t3", "Niemand wurde verletzt.\n\nDie Schulen bleiben zu.", "Nobody was injured.\n\nSchools stay shut."),
]


def test_units_are_paragraphs_linked_one_to_one():
    aligned = aligned_from_units(UNITS, "de", "en")
    assert aligned.alignment.method == METHOD
    assert [(p.source_text, p.target_text) for p in aligned.paragraph_pairs][0] == \
        ("Die Lage an der Grenze", "The situation at the border")
    assert len(aligned.target.paragraphs) == 3  # a blank line inside a unit does not split it
    assert [(len(p.source), len(p.target)) for p in aligned.pairs] == [(1, 1), (1, 1), (1, 1), (1, 1), (1, 1)]


def test_a_unit_with_one_sentence_on_one_side_links_to_all_of_the_other():
    units = [Unit("u", "Ein Satz.", " ".join(["Noch ein Satz."] * 30))]
    (pair,) = aligned_from_units(units, "de", "en").pairs
    assert (len(pair.source), len(pair.target)) == (1, 30)


def test_findings_map_back_to_their_unit():
    aligned = aligned_from_units(UNITS, "de", "en", Options(select=("MT101",)))
    (finding,) = check_aligned(aligned).findings
    assert finding.target.text == "reportedSunday"
    assert unit_at(aligned, finding.target.start) == "t2"
    assert finding.source.text.startswith("Der Minister berichtete")
    assert unit_at(aligned, len(aligned.target.text) + 5) is None


def test_check_a_bilingual_file_from_the_command_line(tmp_path):
    path = tmp_path / "news.tmx"
    path.write_text(
        '<tmx version="1.4"><header srclang="de"/><body>'
        '<tu tuid="7"><tuv xml:lang="de"><seg>Der Minister berichtete am Sonntag über die Lage.</seg></tuv>'
        '<tuv xml:lang="en"><seg>The minister reportedSunday on the situation.</seg></tuv></tu>'
        '<tu tuid="8"><tuv xml:lang="de"><seg>Niemand wurde verletzt.</seg></tuv></tu></body></tmx>',
        encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(path), "--format", "json", "--select", "MT101"])
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    assert report["signature"]["alignment"] == METHOD
    assert report["documents"][0]["findings"][0]["target"]["text"] == "reportedSunday"
    assert "unit '8': has no target; skipped" in result.stderr


def test_input_format_option_reads_an_unusual_extension(tmp_path):
    path = tmp_path / "export.data"
    path.write_bytes((DATA / "memory.tmx").read_bytes())
    result = CliRunner().invoke(main, ["check", str(path), "--input-format", "tmx"])
    assert result.exit_code == 0, result.output


def test_malformed_inputs_give_one_line_errors_not_tracebacks():
    runner = CliRunner()
    for args in (["check", str(DATA / "broken.xlf")],
                 ["check", str(DATA / "article.de.html"), str(DATA / "navigation.en.html")],
                 ["check", str(DATA / "broken.po")],
                 ["check", str(DATA / "article.de.md")]):
        result = runner.invoke(main, args)
        assert result.exit_code == 2, args
        assert result.stderr.count("\n") == 1 and result.stderr.startswith("mtcheck: error: ")
        assert "Traceback" not in result.output


def test_html_pair_from_the_command_line():
    result = CliRunner().invoke(main, ["check", str(DATA / "article.de.html"), str(DATA / "article.en.html")])
    assert result.exit_code == 0, result.output


def test_jsonl_from_the_command_line_reports_an_untranslated_pair_and_checks_the_others(tmp_path):
    path = tmp_path / "pairs.jsonl"
    path.write_text(
        '{"id": "same", "source": "Berlin", "target": "Berlin", "source_lang": "de", "target_lang": "en"}\n'
        '{"id": "ok", "source": "Der Minister berichtete am Sonntag.", "target": "The minister reportedSunday.",'
        ' "source_lang": "de", "target_lang": "en"}\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["check", str(path), "--select", "MT101"])
    assert result.exit_code == 2  # a document could not be checked
    assert result.stdout.startswith("ok:1:14: MT101")
    assert "1 document could not be checked" in result.stdout
    assert "mtcheck: error: same: is identical to the source; nothing was translated" in result.stderr
