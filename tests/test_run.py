"""The one run path: jobs, check, the executor, reports with errors, resume, outputs."""

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from mtcheck.cli import main
from mtcheck.errors import InputError
from mtcheck.inputs.jobs import Job, discover
from mtcheck.options import Options
from mtcheck.report.jsonl import lines
from mtcheck.run import api
from mtcheck.run.api import Request, check, exit_status, run
from mtcheck.run.executor import WINDOW_PER_WORKER, execute
from mtcheck.run.output import resume_from

DATA = Path(__file__).parent / "inputs" / "data"
SEED = Path(__file__).parent.parent / "corpora" / "seed"
GARBLED = ("Der Minister berichtete am Sonntag über die Lage an der Grenze.",
           "The minister reportedSunday on the situation at the border.")
CLEAN = ("Die Schulen bleiben am Montag geschlossen.", "The schools remain closed on Monday.")


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def tree(tmp_path) -> Path:
    """de/ and en/ with a garbled and a clean article, one nested, plus noise to ignore."""
    write(tmp_path / "de" / "grenze.de.txt", GARBLED[0])
    write(tmp_path / "en" / "grenze.en.txt", GARBLED[1])
    write(tmp_path / "de" / "news" / "schulen.txt", CLEAN[0])
    write(tmp_path / "en" / "news" / "schulen.txt", CLEAN[1])
    write(tmp_path / "de" / "untranslated.de.txt", "Noch nicht übersetzt.")
    write(tmp_path / "en" / ".DS_Store", "junk")
    return tmp_path


@pytest.fixture
def archive(tmp_path):
    """Two directories (a text pair, an HTML pair, a target without source), bilingual files and a manifest."""
    root = tmp_path / "archive"
    for lang in ("de", "en"):
        (root / lang / "web").mkdir(parents=True)
        shutil.copy(SEED / f"belgorod.{lang}.txt", root / lang)
        shutil.copy(DATA / f"article.{lang}.html", root / lang / "web")
    (root / "en" / "orphan.en.txt").write_text("No source for this one.", encoding="utf-8")
    shutil.copy(DATA / "memory.tmx", root)
    shutil.copy(DATA / "pairs.jsonl", root)
    (tmp_path / "manifest.jsonl").write_text(
        '{"source": "archive/de/belgorod.de.txt", "target": "archive/en/belgorod.en.txt", "id": "seed"}\n'
        '{"source": "archive/memory.tmx", "id": "memory.tmx"}\n'
        '{"source": "de/gone.de.txt", "target": "en/gone.en.txt"}\n', encoding="utf-8")
    return root


def _records(path: Path) -> dict[str, dict]:
    return {r["id"]: r for r in map(json.loads, path.read_text(encoding="utf-8").splitlines())}


def _findings(report) -> list[list[tuple[str, str]]]:
    return [[(f.code, f.target.text) for f in d.findings] for d in report.documents]


def invoke(*args: str):
    return CliRunner().invoke(main, ["check", "--select", "MT101", "-s", "de", "-t", "en", *args])


# --- check: one job, never raising for the document's fault --------------------------------------

def test_a_job_that_cannot_be_read_becomes_an_error(tmp_path):
    outcome = check(Job("gone", str(tmp_path / "missing.de.txt"), str(tmp_path / "missing.en.txt")), Options())
    assert outcome.documents == [] and outcome.error.message == f"{tmp_path / 'missing.de.txt'}: no such file"


def test_an_internal_error_on_one_document_is_recorded(monkeypatch):
    def broken(item, options):
        raise RuntimeError("a check crashed")

    monkeypatch.setattr(api, "check_item", broken)
    outcome = check(Job("x", str(DATA / "memory.tmx")), Options())
    assert outcome.error.message == "x: internal error (RuntimeError: a check crashed)"


def test_findings_say_which_unit_they_are_in(tmp_path):
    path = write(tmp_path / "news.jsonl", '{"id": "n1", "source": "Der Minister berichtete am Sonntag.", '
                 '"target": "The minister reportedSunday.", "source_lang": "de", "target_lang": "en"}\n')
    (record,) = map(json.loads, lines(check(next(discover(str(path))), Options(select=("MT101",)))).splitlines())
    assert record["id"] == "n1" and record["findings"][0]["target"]["text"] == "reportedSunday"


# --- the executor ---------------------------------------------------------------------------------

def _echo(job: Job) -> str:
    return job.id


def test_the_executor_keeps_job_order_and_a_small_window():
    pulled = []

    def jobs():
        for k in range(100):
            pulled.append(k)
            yield Job(f"j{k}", "unused")

    results = execute(jobs(), _echo, workers=2)
    assert next(results) == "j0" and len(pulled) <= 2 * WINDOW_PER_WORKER + 1
    assert list(results) == [f"j{k}" for k in range(1, 100)]


def test_parallel_results_match_serial_ones_in_order(tree):
    request = Request(str(tree / "de"), str(tree / "en"), select=("MT101",), source_lang="de", target_lang="en")
    serial, parallel = run(request), run(request._replace(jobs=2))
    assert _findings(serial) == _findings(parallel) == [[("MT101", "reportedSunday")], []]


# --- one bad document never stops a run ------------------------------------------------------------

def test_an_unreadable_document_is_reported_and_the_others_are_checked(tree):
    write(tree / "en" / "news" / "schulen.txt", "")
    report = run(Request(str(tree / "de"), str(tree / "en"), jobs=2, select=("MT101",)))
    assert [e.message for e in report.errors] == [f"{tree / 'en/news/schulen.txt'}: is empty"]
    assert _findings(report) == [[("MT101", "reportedSunday")]] and exit_status(report) == 2


def test_a_target_without_source_is_an_error_for_that_document(tree):
    write(tree / "en" / "orphan.en.txt", "Where is my source?")
    report = run(Request(str(tree / "de"), str(tree / "en"), select=("MT101",)))
    assert report.checked == 2 and report.errors[0].message == f"orphan.txt: has no source file in {tree / 'de'}"


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_a_bad_manifest_line_is_reported_and_the_other_lines_are_checked(tree, fmt):
    manifest = write(tree / "list.jsonl", "\n".join([
        json.dumps({"source": "de/grenze.de.txt", "target": "en/grenze.en.txt"}),
        "{not json",
        json.dumps({"target": "en/news/schulen.txt"}),
    ]))
    result = invoke("--manifest", str(manifest), "--format", fmt)
    assert result.exit_code == 2
    assert f"mtcheck: error: {manifest}:2: is not valid JSON" in result.stderr
    assert f"mtcheck: error: {manifest}:3: needs a string field 'source'" in result.stderr
    assert "reportedSunday" in result.stdout


def test_every_output_format_carries_the_documents_that_failed(tree):
    write(tree / "en" / "news" / "schulen.txt", "")
    expected = {"text": "1 document could not be checked", "json": '"error": ', "sarif": '"toolExecutionNotifications"',
                "junit": 'errors="1"', "github": "::error title=mtcheck::", "html": "could not be checked",
                "jsonl": '"error": '}
    for fmt, marker in expected.items():
        result = invoke(str(tree / "de"), str(tree / "en"), "--format", fmt, "--color", "never") \
            if fmt != "html" else CliRunner().invoke(main, ["review", str(tree / "de"), str(tree / "en"), "-o", "-"])
        assert result.exit_code == 2, fmt
        assert marker in result.stdout and "schulen.txt: is empty" in result.stdout, fmt
        assert "schulen.txt: is empty" in result.stderr, fmt


# --- the command line over several documents --------------------------------------------------------

def test_cli_checks_two_directories_into_one_report(tree):
    result = invoke(str(tree / "de"), str(tree / "en"), "--jobs", "2", "--format", "json")
    assert result.exit_code == 1
    documents = json.loads(result.stdout)["documents"]
    assert [len(d["findings"]) for d in documents] == [1, 0]


def test_cli_manifest_exit_status_is_over_all_documents(tree):
    clean = write(tree / "clean.jsonl", json.dumps({"source": "de/news/schulen.txt", "target": "en/news/schulen.txt"}))
    assert invoke("--manifest", str(clean)).exit_code == 0
    both = write(tree / "both.jsonl", clean.read_text() + "\n" + json.dumps(
        {"source": "de/grenze.de.txt", "target": "en/grenze.en.txt"}))
    result = invoke("--manifest", str(both))
    assert result.exit_code == 1 and "1 finding (1 major, 0 minor) in 1 of 2 documents" in result.stdout


def test_the_run_languages_win_over_a_manifest_record_as_over_a_jsonl_pair(tree):
    """-s/-t outrank a record's languages, whichever way in declared them (one precedence rule)."""
    record = {"source": "de/grenze.de.txt", "target": "en/grenze.en.txt", "source_lang": "fr", "target_lang": "es"}
    manifest = write(tree / "langs.jsonl", json.dumps(record))
    pairs = write(tree / "pairs.jsonl", json.dumps({
        "id": "inline", "source": (tree / "de" / "grenze.de.txt").read_text(encoding="utf-8"),
        "target": (tree / "en" / "grenze.en.txt").read_text(encoding="utf-8"), "source_lang": "fr", "target_lang": "es"}))
    for args in (["--manifest", str(manifest)], [str(pairs)]):
        documents = json.loads(invoke(*args, "--format", "json").stdout)["documents"]
        assert [(d["source_lang"], d["target_lang"]) for d in documents] == [("de", "en")]
    unset = json.loads(CliRunner().invoke(main, ["check", "--manifest", str(manifest), "--format", "json"]).stdout)
    assert [(d["source_lang"], d["target_lang"]) for d in unset["documents"]] == [("fr", "es")]


@pytest.mark.parametrize("args, message", [
    ([], "give SOURCE and TARGET"),
    (["only-one.txt"], "give its translation as a second file"),  # one text file is no bilingual file
    (["a.txt", "b.txt", "--manifest", "m.jsonl"], "give SOURCE and TARGET"),
])
def test_cli_usage_errors(args, message, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "only-one.txt").write_text("Ein Satz.")
    result = invoke(*args)
    assert result.exit_code == 2 and message in result.output


def test_cli_file_and_directory_do_not_mix(tree):
    result = invoke(str(tree / "de"), str(tree / "en" / "grenze.en.txt"))
    assert result.exit_code == 2 and "must be a directory when the source is one" in result.output


def test_an_empty_directory_has_nothing_to_check(tmp_path):
    (tmp_path / "de").mkdir()
    (tmp_path / "en").mkdir()
    with pytest.raises(InputError, match="nothing to check"):
        run(Request(str(tmp_path / "de"), str(tmp_path / "en")))


def test_the_signature_covers_every_document_not_only_the_first(archive):
    report = run(Request(manifest=str(archive.parent / "manifest.jsonl")))
    assert report.signature["alignment"] == "length+anchors, pre-aligned units"
    assert set(report.signature["checks"]) == {c.code for c in report.checks}


# --- streaming and resume ---------------------------------------------------------------------------

def test_stream_writes_one_line_per_document_with_units_and_origins(archive, tmp_path):
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(main, ["check", "--manifest", str(archive.parent / "manifest.jsonl"),
                                       "--select", "MT101", "--format", "jsonl", "-o", str(out)])
    records = _records(out)
    assert result.exit_code == 2 and "2 documents checked, 0 already done, 1 error;" in result.stderr
    assert records["memory.tmx"]["alignment"] == "pre-aligned units"
    assert "has no target" in records["memory.tmx"]["problems"][0]
    assert records["de/gone.de.txt -> en/gone.en.txt"]["error"].endswith("gone.de.txt: no such file")
    assert [f for f in records["seed"]["findings"] if f["target"]["text"] == "Videowhich"]


def test_two_workers_give_the_same_records_as_one(archive, tmp_path):
    outputs = []
    for workers in ("1", "2"):
        out = tmp_path / f"out{workers}.jsonl"
        CliRunner().invoke(main, ["check", str(archive / "de"), str(archive / "en"), "--format", "jsonl",
                                  "-o", str(out), "--jobs", workers])
        outputs.append(out.read_text(encoding="utf-8").splitlines())
    assert outputs[0] == outputs[1] and len(outputs[0]) == 3


def test_check_jsonl_then_resume_rechecks_only_the_errors(archive, tmp_path):
    out = tmp_path / "results.jsonl"
    args = ["check", str(archive / "de"), str(archive / "en"), "--format", "jsonl", "-o", str(out)]
    first = CliRunner().invoke(main, args)
    assert first.exit_code == 2, first.output  # the orphan could not be checked
    assert "2 documents checked, 0 already done, 1 error;" in first.stderr
    (archive / "de" / "orphan.de.txt").write_text("Für diesen gibt es keine Quelle.", encoding="utf-8")
    again = CliRunner().invoke(main, args + ["--resume", "--jobs", "2"])
    assert again.exit_code == 0 and "1 document checked, 2 already done, 0 errors;" in again.stderr
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert sorted(r["id"] for r in records) == ["belgorod.txt", "orphan.txt", "web/article.html"]
    assert not any("error" in r for r in records)


def test_resume_drops_a_cut_off_last_line(tmp_path):
    out = write(tmp_path / "out.jsonl", '{"id": "a", "findings": []}\n{"id": "b", "error": "x"}\n{"id": "c", "fi')
    assert resume_from(out) == {"a"}
    assert out.read_text(encoding="utf-8") == '{"id": "a", "findings": []}\n'


@pytest.mark.parametrize("content", ["my notes\nhalf a line", '{"id": "a", "findings": []}\nnot mtcheck\n',
                                     "just one unterminated line"])
def test_resume_refuses_a_file_that_is_not_mtcheck_jsonl(tmp_path, content):
    notes = write(tmp_path / "notes.txt", content)
    result = CliRunner().invoke(main, ["check", str(DATA / "pairs.jsonl"), "--format", "jsonl", "-o", str(notes),
                                       "--resume"])
    assert result.exit_code == 2 and "is not the JSONL output of an earlier mtcheck run" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and notes.read_text(encoding="utf-8") == content


def test_resume_needs_an_output_file_and_the_jsonl_format(archive):
    runner = CliRunner()
    result = runner.invoke(main, ["check", "--manifest", str(archive.parent / "manifest.jsonl"), "--resume"])
    assert result.exit_code == 2 and "--resume continues a --format jsonl run" in result.stderr
    result = runner.invoke(main, ["check", "--manifest", str(archive.parent / "manifest.jsonl"), "--format", "jsonl",
                                  "--resume"])
    assert result.exit_code == 2 and "--resume needs --output" in result.stderr


def test_a_report_written_inside_a_checked_directory_is_not_an_input_next_time(tree):
    out = tree / "en" / "report.txt"
    for _ in range(2):
        result = invoke(str(tree / "de"), str(tree / "en"), "-o", str(out))
        assert result.exit_code == 1 and "could not be checked" not in out.read_text(encoding="utf-8")



@pytest.mark.parametrize("messages", [("b", "a", "c"), ("c", "b", "a"), ("a", "c", "b")])
def test_findings_on_one_span_are_ordered_by_message_whatever_order_the_check_yields(messages):
    """Ties on span and code come out in one order, not in the (hash-seeded) order of a set."""
    from mtcheck.align.aligner import align
    from mtcheck.align.context import AlignedDocument
    from mtcheck.checks import Check
    from mtcheck.findings import Flag, Severity
    from mtcheck.text.document import Document

    def readings(doc):
        for message in messages:
            yield Flag(0, 3, message)

    probe = Check("MT999", "probe", Severity.MINOR, "probe", readings)
    source, target = Document("Der Hund bellt.", "de"), Document("The dog barks.", "en")
    aligned = AlignedDocument(source, target, align(source, target))
    assert [f.message for f in api.run_checks(aligned, [probe])] == ["a", "b", "c"]


def test_each_finding_has_its_own_evidence_though_flags_without_any_share_one():
    """A caller may annotate a finding's evidence; that must not reach the other findings or later flags."""
    from mtcheck.align.aligner import align
    from mtcheck.align.context import AlignedDocument
    from mtcheck.checks import Check
    from mtcheck.findings import Flag, Severity
    from mtcheck.text.document import Document

    def bare(doc):
        yield from (Flag(0, 3, "a"), Flag(4, 7, "b"))

    probe = Check("MT999", "probe", Severity.MINOR, "probe", bare)
    source, target = Document("Der Hund bellt.", "de"), Document("The dog barks.", "en")
    first, second = api.run_checks(AlignedDocument(source, target, align(source, target)), [probe])
    first.evidence["note"] = "seen"
    assert second.evidence == {} and Flag(0, 1, "c").evidence == {}


FREEZE_PROBE = """
import gc, sys
from mtcheck.run.api import Request, run
{before}
run(Request("{de}", "{en}", select=("MT101",)))
print(gc.get_freeze_count() > 0)
"""


@pytest.mark.parametrize("before, frozen", [("", False), ("from mtcheck.run.api import own_process; own_process()", True)])
def test_only_a_process_mtcheck_owns_is_frozen_out_of_the_cycle_collector(before, frozen):
    """A library caller's objects are never frozen; the command line and workers declare their process."""
    code = FREEZE_PROBE.format(before=before, de=SEED / "belgorod.de.txt", en=SEED / "belgorod.en.txt")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == str(frozen)


def test_the_callers_collector_threshold_comes_back_after_the_work_not_at_its_end():
    """No collection forced per document: the threshold returns with the next collection after the work."""
    import gc

    from mtcheck.run.collector import YOUNG_COLLECTION, few_collections

    before = gc.get_threshold()
    try:
        gc.set_threshold(700, 10, 10)
        with few_collections():
            with few_collections():
                assert gc.get_threshold() == (YOUNG_COLLECTION, 10, 10)
            gc.collect(0)  # inside the outer block: still mtcheck's threshold
            assert gc.get_threshold() == (YOUNG_COLLECTION, 10, 10)
        assert gc.get_threshold() == (YOUNG_COLLECTION, 10, 10)
        gc.collect(0)
        assert gc.get_threshold() == (700, 10, 10)
        gc.set_threshold(100_000, 10, 10)  # a caller's own higher threshold is left alone
        with few_collections():
            assert gc.get_threshold() == (100_000, 10, 10)
        assert gc.get_threshold() == (100_000, 10, 10)
    finally:
        gc.set_threshold(*before)
