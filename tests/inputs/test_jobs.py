"""Finding what to check: manifests, two directories, bilingual files; bad lines become problem jobs."""

from pathlib import Path

import pytest

from mtcheck.errors import InputError
from mtcheck.inputs.jobs import Job, bilingual_jobs, directory_jobs, discover, manifest_jobs

DATA = Path(__file__).parent / "data"


def _write(path: Path, text: str = "Text.") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_manifest_lines_pairs_bilingual_files_and_bad_lines(tmp_path):
    manifest = _write(tmp_path / "manifest.jsonl",
                      '{"source": "de/a.txt", "target": "en/a.txt", "id": "first", "source_lang": "de"}\n\n'
                      '{"source": "de/b.txt", "target": "en/b.txt"}\n{"source": "units.xlf"}\n'
                      '{"target": "en/c.txt"}\nnot json\n')
    jobs = list(manifest_jobs(manifest))
    assert jobs[0] == Job("first", str(tmp_path / "de/a.txt"), str(tmp_path / "en/a.txt"), "de", None)
    assert jobs[1].id == "de/b.txt -> en/b.txt" and jobs[2].target is None
    assert (jobs[3].id, jobs[3].problem) == (f"{manifest}:5", "needs a string field 'source'")
    assert jobs[4].problem.startswith("is not valid JSON")


def test_two_directories_pair_by_name_without_language_suffix(tmp_path):
    _write(tmp_path / "de/belgorod.de.txt")
    _write(tmp_path / "de/web/page.html")
    _write(tmp_path / "en/belgorod.en.txt")
    _write(tmp_path / "en/web/page.html")
    _write(tmp_path / "en/orphan.en.txt")
    _write(tmp_path / "en/.hidden.txt")
    jobs = {job.id: job for job in directory_jobs(tmp_path / "de", tmp_path / "en")}
    assert sorted(jobs) == ["belgorod.txt", "orphan.txt", "web/page.html"]
    assert jobs["belgorod.txt"].source.endswith("de/belgorod.de.txt")
    assert jobs["orphan.txt"].problem == f"has no source file in {tmp_path / 'de'}"


def test_bilingual_files_of_a_directory_and_jsonl_line_by_line(tmp_path):
    for name in ("memory.tmx", "strings.xlf", "pairs.jsonl", "article.en.html"):
        _write(tmp_path / "units" / name, (DATA / name).read_text(encoding="utf-8"))
    jobs = list(bilingual_jobs(tmp_path / "units"))
    assert [j.id for j in jobs] == ["memory.tmx", "a1", "a2", "a3", f"{tmp_path / 'units/pairs.jsonl'}:4",
                                    "strings.xlf"]
    assert jobs[1].record["target"].startswith("The authorities") and jobs[4].problem


def test_the_output_file_is_never_an_input(tmp_path):
    out = _write(tmp_path / "units" / "results.jsonl", '{"id": "x", "source": "a", "target": "b"}\n')
    assert list(bilingual_jobs(tmp_path / "units", exclude=out)) == []


def test_discover_checks_its_arguments_at_once(tmp_path):
    with pytest.raises(InputError, match="no such file or directory"):
        discover(str(tmp_path / "missing"))
    with pytest.raises(InputError, match="not both"):
        discover("a.txt", manifest="m.jsonl")
    with pytest.raises(InputError, match="must be a directory"):
        discover(str(tmp_path), str(DATA / "memory.tmx"))
    with pytest.raises(InputError, match="no such file"):
        discover(None, manifest=str(tmp_path / "m.jsonl"))
    assert list(discover(str(DATA / "article.de.md"), str(DATA / "article.en.md")))[0].target.endswith(".en.md")
