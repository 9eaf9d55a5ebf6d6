"""MQM TSV reading (markers, grouping, rater merging) and the figures computed from it."""

from click.testing import CliRunner

import pytest

from mtcheck.cli import main
from mtcheck.errors import InputError
from mtcheck.eval.mqm import evaluate_mqm, read_mqm, strip_markers
from mtcheck.options import Options

HEADER = "system\tdoc\tdoc_id\tseg_id\trater\tsource\ttarget\tcategory\tseverity\tcomment\n"
SRC1 = "Der Minister berichtete am Sonntag über die Lage."
SRC2 = "Niemand wurde verletzt."
SRC3 = "Die Schulen bleiben geschlossen."
ROWS = [
    # sysA: a glued token a rater marked Major, a clean segment, a punctuation error.
    ("sysA", "talk.1", "1", "1", "rater1", SRC1, "The minister <v>reportedSunday</v> on the situation.",
     "Fluency/Spelling", "Major"),
    ("sysA", "talk.1", "1", "1", "rater2", SRC1, "The minister reportedSunday on <v>the situation</v>.",
     "Style/Awkward", "Minor"),
    ("sysA", "talk.1", "1", "2", "rater1", SRC2, "Nobody was injured.", "No-error", "No-error"),
    ("sysA", "talk.1", "1", "2", "rater2", SRC2, "Nobody was injured.", "No-error", "No-error"),
    ("sysA", "talk.1", "1", "3", "rater1", SRC3, "The schools remain closed<v>,</v>", "Fluency/Punctuation", "Minor"),
    # sysB: clean, except an omission (no span).
    ("sysB", "talk.1", "1", "1", "rater1", SRC1, "The minister reported on the situation.", "Accuracy/Omission", "Major"),
    ("sysB", "talk.1", "1", "2", "rater1", SRC2, "No one was hurt.", "No-error", "No-error"),
    ("sysB", "talk.1", "1", "3", "rater1", SRC3, "Schools stay closed.", "No-error", "No-error"),
]


@pytest.fixture
def tsv(tmp_path):
    path = tmp_path / "mqm_test_deen.tsv"
    path.write_text(HEADER + "".join("\t".join(row) + "\t\n" for row in ROWS), encoding="utf-8")
    return path


def test_strip_markers_gives_text_and_span():
    assert strip_markers("The <v>reportedSunday</v> news.") == ("The reportedSunday news.", (4, 18))
    assert strip_markers("  <v>Lachen</v> (Applaus) ") == ("Lachen (Applaus)", (0, 6))
    assert strip_markers("No error here.") == ("No error here.", None)


def test_rows_are_grouped_by_segment_and_raters_merged(tsv):
    segments = {(s.system, s.seg_id): s for s in read_mqm(tsv)}
    assert len(segments) == 6
    first = segments[("sysA", 1)]
    assert first.target == "The minister reportedSunday on the situation."
    assert first.raters == {"rater1", "rater2"}
    assert [e.span for e in first.errors] == [(13, 27), (31, 44)]
    assert first.major and first.claimed and not first.clean
    assert segments[("sysA", 2)].clean and segments[("sysB", 2)].clean
    assert segments[("sysB", 1)].errors[0].span is None and segments[("sysB", 1)].claimed


def test_figures_of_a_glued_token_check(tsv):
    r = evaluate_mqm(tsv, Options(select=("MT101",)), examples=5)
    assert (r["source_lang"], r["target_lang"]) == ("de", "en")
    assert (r["segments"], r["flagged"], r["major"], r["flagged_major"]) == (6, 1, 2, 1)
    assert (r["major_precision"], r["major_recall"]) == (1.0, 0.5)
    assert (r["claimed"], r["flagged_claimed"]) == (3, 1)
    assert (r["findings"], r["span_overlap"]) == (1, 1.0)
    assert (r["clean"], r["flagged_clean"], r["clean_flag_rate"]) == (3, 0, 0.0)
    assert r["categories"]["Fluency/Spelling"] == {"segments": 1, "flagged": 1}
    assert r["categories"]["Fluency/Punctuation"] == {"segments": 1, "flagged": 0}
    assert r["by_code"]["MT101"]["findings"] == 1
    assert r["clean_false_flags"] == []


def test_parallel_evaluation_gives_the_same_figures(tsv):
    assert evaluate_mqm(tsv, Options(select=("MT101",)), workers=2) == evaluate_mqm(tsv, Options(select=("MT101",)))


def test_a_tsv_without_mqm_columns_is_a_one_line_error(tmp_path):
    path = tmp_path / "other.tsv"
    path.write_text("a\tb\n1\t2\n", encoding="utf-8")
    with pytest.raises(InputError, match="missing columns: system"):
        read_mqm(path)


def test_eval_command_dispatches_tsv_files(tsv):
    result = CliRunner().invoke(main, ["eval", str(tsv), "--select", "MT101", "--jobs", "1"])
    assert result.exit_code == 0, result.output
    assert "(de->en): 6 segments, 2 systems, 2 documents" in result.stdout
    assert "clean segments (every rater No-error): 3, flagged 0" in result.stdout


def test_eval_of_mqm_files_shows_progress_on_stderr_when_asked(tsv):
    result = CliRunner().invoke(main, ["eval", str(tsv), "--select", "MT101", "--jobs", "1", "--progress"])
    assert result.exit_code == 0, result.output
    assert f"mtcheck: scoring 2/2 documents of {tsv} (100%)" in result.stderr
    assert "scoring" not in result.stdout


def test_eval_refuses_to_mix_mqm_and_gold_files(tsv):
    result = CliRunner().invoke(main, ["eval", str(tsv), "corpora/seed/belgorod.gold.json"])
    assert result.exit_code == 2 and "cannot mix" in result.stderr
