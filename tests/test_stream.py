"""Streaming many documents: JSONL written as it goes, resume, bounded work in flight."""

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from mtcheck.cli import main
from mtcheck.inputs.jobs import Job, discover
from mtcheck.options import Options
from mtcheck.run.stream import _results, completed_ids, run_job, stream

DATA = Path(__file__).parent / "inputs" / "data"
SEED = Path(__file__).parent.parent / "corpora" / "seed"


@pytest.fixture
def archive(tmp_path):
    """Two directories (a text pair, an HTML pair, a target without source) and a manifest."""
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


def test_a_job_that_cannot_be_read_becomes_an_error_record(tmp_path):
    (record,) = run_job(Job("gone", str(tmp_path / "missing.de.txt"), str(tmp_path / "missing.en.txt")), Options())
    assert record == {"id": "gone", "error": f"{tmp_path / 'missing.de.txt'}: no such file"}


def test_stream_writes_one_line_per_document_with_units_and_origins(archive, tmp_path):
    out = tmp_path / "out.jsonl"
    with open(out, "w", encoding="utf-8") as handle:
        summary = stream(discover(None, manifest=str(archive.parent / "manifest.jsonl")), handle,
                         Options(select=("MT101",)))
    records = _records(out)
    assert (summary.checked, summary.errors) == (2, 1)
    assert records["memory.tmx"]["alignment"] == "pre-aligned units"
    assert "has no target" in records["memory.tmx"]["problems"][0]
    assert records["de/gone.de.txt -> en/gone.en.txt"]["error"].endswith("gone.de.txt: no such file")
    glued = [f for f in records["seed"]["findings"] if f["target"]["text"] == "Videowhich"]
    assert glued and summary.by_code["MT101"] >= 1


def test_findings_say_which_unit_they_are_in(tmp_path):
    path = tmp_path / "news.jsonl"
    path.write_text('{"id": "n1", "source": "Der Minister berichtete am Sonntag.", '
                    '"target": "The minister reportedSunday.", "source_lang": "de", "target_lang": "en"}\n',
                    encoding="utf-8")
    (record,) = run_job(next(discover(str(path))), Options(select=("MT101",)))
    assert record["findings"][0]["target"]["text"] == "reportedSunday"


def test_two_workers_give_the_same_records_as_one(archive, tmp_path):
    outputs = []
    for workers in (1, 2):
        out = tmp_path / f"out{workers}.jsonl"
        with open(out, "w", encoding="utf-8") as handle:
            stream(discover(str(archive / "de"), str(archive / "en")), handle, Options(), workers=workers)
        outputs.append(sorted(out.read_text(encoding="utf-8").splitlines()))
    assert outputs[0] == outputs[1] and len(outputs[0]) == 3


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

    def jobs():
        return discover(str(archive))  # the archive's bilingual files: 5 jobs

    with open(out, "w", encoding="utf-8") as handle:
        stream(jobs(), handle, Options())
    lines = out.read_text(encoding="utf-8").splitlines(keepends=True)
    assert len(lines) == 5
    out.write_text("".join(lines[:2]) + lines[2][:20], encoding="utf-8")  # interrupted mid-line
    done = completed_ids(out)
    assert len(done) == 2 and out.read_text(encoding="utf-8").endswith("\n")
    ticks = []
    with open(out, "a", encoding="utf-8") as handle:
        summary = stream(jobs(), handle, Options(), done=done, progress=ticks.append)
    assert summary.skipped == 2 and summary.checked + summary.errors == 3
    assert len(ticks) == 5  # the progress bar advances for skipped jobs too
    assert sorted(_records(out)) == sorted(j.id for j in jobs())


def test_check_jsonl_from_the_command_line_then_resume(archive, tmp_path):
    out = tmp_path / "results.jsonl"
    args = ["check", str(archive / "de"), str(archive / "en"), "--format", "jsonl", "-o", str(out)]
    first = CliRunner().invoke(main, args)
    assert first.exit_code == 1, first.output  # the seed article has major findings
    assert "2 documents checked, 0 already done, 1 errors" in first.stderr
    again = CliRunner().invoke(main, args + ["--resume", "--jobs", "2"])
    assert again.exit_code == 0 and "0 documents checked, 3 already done" in again.stderr
    assert len(out.read_text(encoding="utf-8").splitlines()) == 3


def test_resume_needs_an_output_file_and_the_jsonl_format(archive):
    runner = CliRunner()
    result = runner.invoke(main, ["check", "--manifest", str(archive.parent / "manifest.jsonl"), "--resume"])
    assert result.exit_code == 2 and "--resume continues a --format jsonl run" in result.stderr
    result = runner.invoke(main, ["check", "--manifest", str(archive.parent / "manifest.jsonl"), "--format", "jsonl",
                                  "--resume"])
    assert result.exit_code == 2 and "--resume needs --output" in result.stderr


def test_an_internal_error_on_one_document_is_recorded_and_the_run_goes_on(monkeypatch, tmp_path):
    import mtcheck.inputs

    def broken(item, options):
        raise RuntimeError("a check crashed")

    monkeypatch.setattr(mtcheck.inputs, "check_item", broken)
    (record,) = run_job(Job("x", str(DATA / "memory.tmx")), Options())
    assert record == {"id": "x", "error": "x: internal error (RuntimeError: a check crashed)"}
