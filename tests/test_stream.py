"""Streaming many documents: discovery, JSONL written as it goes, resume, bounded work in flight."""

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from mtcheck.cli import main
from mtcheck.errors import InputError
from mtcheck.options import Options
from mtcheck.stream import Job, _results, completed_ids, directory_pairs, discover, run_job, stream

DATA = Path(__file__).parent / "inputs" / "data"
SEED = Path(__file__).parent.parent / "corpora" / "seed"


@pytest.fixture
def archive(tmp_path):
    """A directory with a text pair, an HTML pair in a subfolder, a TMX file and a JSONL file."""
    tmp_path = tmp_path / "archive"
    tmp_path.mkdir()
    shutil.copy(SEED / "belgorod.de.txt", tmp_path)
    shutil.copy(SEED / "belgorod.en.txt", tmp_path)
    (tmp_path / "web").mkdir()
    for name in ("article.de.html", "article.en.html", "memory.tmx"):
        shutil.copy(DATA / name, tmp_path / "web")
    shutil.copy(DATA / "pairs.jsonl", tmp_path)
    (tmp_path / "lonely.de.txt").write_text("Ohne Übersetzung.", encoding="utf-8")
    return tmp_path


def _ids(jobs):
    return sorted(job.id for job in jobs)


def test_directory_pairs_by_language_suffix_and_bilingual_files(archive):
    jobs = list(directory_pairs(archive, "de", "en"))
    assert _ids(jobs) == sorted([f"{archive}/pairs.jsonl:4", "a1", "a2", "a3", "belgorod", "web/article",
                                 "web/memory.tmx"])
    pair = next(j for j in jobs if j.id == "belgorod")
    assert pair.source.endswith("belgorod.de.txt") and pair.target.endswith("belgorod.en.txt")


def test_directory_of_monolingual_files_needs_the_language_pair(archive):
    with pytest.raises(InputError, match="needs --source-lang and --target-lang"):
        list(directory_pairs(archive, None, None))


def test_manifest_lines_pairs_bilingual_files_and_comments(tmp_path):
    manifest = tmp_path / "manifest.tsv"
    manifest.write_text("# source\ttarget\tid\nde/a.txt\ten/a.txt\tfirst\n\nde/b.txt\ten/b.txt\nunits.xlf\n",
                        encoding="utf-8")
    jobs = list(discover(manifest, Options()))
    assert [(j.id, j.target is None) for j in jobs] == [("first", False), ("de/b.txt -> en/b.txt", False),
                                                         ("units.xlf", True)]
    assert jobs[0].source == str(tmp_path / "de/a.txt")


def test_a_job_that_cannot_be_read_becomes_an_error_record(tmp_path):
    (record,) = run_job(Job("gone", str(tmp_path / "missing.de.txt"), str(tmp_path / "missing.en.txt")), Options())
    assert record == {"id": "gone", "error": f"{tmp_path / 'missing.de.txt'}: no such file"}


def test_stream_writes_one_line_per_document_with_units_and_elements(archive, tmp_path):
    out = tmp_path / "out.jsonl"
    with open(out, "w", encoding="utf-8") as handle:
        summary = stream(directory_pairs(archive, "de", "en"), handle, Options(select=("MT101",)))
    records = {r["id"]: r for r in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    assert (summary.checked, summary.errors) == (5, 2)
    assert records["web/memory.tmx"]["alignment"] == "pre-aligned units"
    assert "has no target" in records["web/memory.tmx"]["problems"][0]
    assert records["a3"]["error"] == "a3: has no target text"
    glued = [f for f in records["belgorod"]["findings"] if f["target"]["text"] == "Videowhich"]
    assert glued and summary.by_code["MT101"] >= 1


def test_two_workers_give_the_same_records_as_one(archive, tmp_path):
    outputs = []
    for workers in (1, 2):
        out = tmp_path / f"out{workers}.jsonl"
        with open(out, "w", encoding="utf-8") as handle:
            stream(directory_pairs(archive, "de", "en"), handle, Options(), workers=workers)
        outputs.append(sorted(out.read_text(encoding="utf-8").splitlines()))
    assert outputs[0] == outputs[1]


def test_only_a_small_window_of_jobs_is_in_flight():
    pulled = []

    def jobs():
        for k in range(100):
            pulled.append(k)
            yield Job(f"j{k}", "unused")

    first = next(_results(jobs(), _echo, workers=2))
    assert first and len(pulled) <= 2 * 4 + 1


def _echo(job: Job) -> list[dict]:
    return [{"id": job.id}]


def test_resume_skips_done_documents_and_drops_a_cut_off_line(archive, tmp_path):
    out = tmp_path / "out.jsonl"
    with open(out, "w", encoding="utf-8") as handle:
        stream(directory_pairs(archive, "de", "en"), handle, Options())
    lines = out.read_text(encoding="utf-8").splitlines(keepends=True)
    out.write_text("".join(lines[:3]) + lines[3][:20], encoding="utf-8")  # interrupted mid-line
    done = completed_ids(out)
    assert len(done) == 3 and out.read_text(encoding="utf-8").endswith("\n")
    ticks = []
    with open(out, "a", encoding="utf-8") as handle:
        summary = stream(directory_pairs(archive, "de", "en"), handle, Options(), done=done, progress=ticks.append)
    assert summary.skipped == 3 and summary.checked + summary.errors == 4
    assert len(ticks) == 7  # the progress bar advances for skipped jobs too
    assert sorted(json.loads(line)["id"] for line in out.read_text(encoding="utf-8").splitlines()) == \
        sorted(j.id for j in directory_pairs(archive, "de", "en"))


def test_check_manifest_from_the_command_line_then_resume(archive, tmp_path):
    out = tmp_path / "results.jsonl"
    args = ["check", "--manifest", str(archive), "-s", "de", "-t", "en", "-o", str(out), "--jobs", "1"]
    first = CliRunner().invoke(main, args)
    assert first.exit_code == 1, first.output  # the seed article has major findings
    assert "5 documents checked, 0 already done, 2 errors" in first.stderr
    again = CliRunner().invoke(main, args + ["--resume"])
    assert again.exit_code == 0 and "0 documents checked, 7 already done" in again.stderr
    assert len(out.read_text(encoding="utf-8").splitlines()) == 7


def test_output_inside_the_scanned_directory_is_not_read_as_input(archive):
    out = archive / "results.jsonl"
    result = CliRunner().invoke(main, ["check", "--manifest", str(archive), "-s", "de", "-t", "en",
                                       "-o", str(out), "--jobs", "1"])
    assert "5 documents checked, 0 already done, 2 errors" in result.stderr


def test_resume_needs_an_output_file(archive):
    result = CliRunner().invoke(main, ["check", "--manifest", str(archive), "--resume"])
    assert result.exit_code == 2 and "--resume needs --output" in result.stderr
