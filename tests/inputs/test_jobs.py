"""Finding what to check: manifests, two directories, bilingual files; bad lines become problem jobs."""

from pathlib import Path

import pytest

from mtcheck.errors import InputError
from mtcheck.inputs.jobs import Job, bilingual_jobs, directory_jobs, discover, manifest_jobs, named_jobs

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


def test_two_directories_pair_region_tagged_names(tmp_path):
    _write(tmp_path / "de/news/a.de-DE.txt")
    _write(tmp_path / "en/news/a.en-GB.txt")
    jobs = list(directory_jobs(tmp_path / "de", tmp_path / "en"))
    assert [(job.id, job.problem) for job in jobs] == [("news/a.txt", None)]


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


def test_listed_files_pair_with_their_counterparts_by_name(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for name in ("flat/a.de.txt", "flat/a.en.txt", "articles/de/b.de.txt", "articles/en/b.en.txt",
                 "plain/de/c.txt", "plain/en/c.txt", "mixed/de/d.txt", "mixed/en/d.en.txt"):
        _write(tmp_path / name)
    listed = ["flat/a.en.txt", "articles/de/b.de.txt", "articles/en/b.en.txt", "plain/en/c.txt",
              "mixed/en/d.en.txt", "flat/a.de.txt"]
    jobs = list(named_jobs(listed, "de", "en"))
    assert [(j.source, j.target, j.problem) for j in jobs] == [
        ("flat/a.de.txt", "flat/a.en.txt", None),
        ("articles/de/b.de.txt", "articles/en/b.en.txt", None),  # listed twice (both sides): one job
        ("plain/de/c.txt", "plain/en/c.txt", None),
        ("mixed/de/d.txt", "mixed/en/d.en.txt", None),
    ]
    assert jobs[0].id == "flat/a.de.txt -> flat/a.en.txt"


def test_a_listed_file_without_counterpart_or_language_is_a_problem_job(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    _write(tmp_path / "articles/en/orphan.en.txt")
    _write(tmp_path / "flat/lonely.de.txt")
    _write(tmp_path / "notes/readme.md")
    jobs = list(named_jobs(["articles/en/orphan.en.txt", "flat/lonely.de.txt", "notes/readme.md", "gone.en.txt"],
                           "de", "en"))
    assert [j.problem for j in jobs] == [
        "has no source file (articles/de/orphan.de.txt or articles/de/orphan.txt)",
        "has no translation file (flat/lonely.en.txt)",
        "is in neither de nor en by its name (name.de.ext, name.en.ext) or its directory (de/, en/)",
        "no such file",
    ]
    assert jobs[0].id == "articles/en/orphan.en.txt"


def test_listed_files_need_both_languages_and_exclude_other_inputs():
    with pytest.raises(InputError, match="needs the source and the target language"):
        named_jobs(["a.en.txt"], "de", None)
    with pytest.raises(InputError, match="lists no files"):
        discover(None, files=[], languages=("de", "en"))
    with pytest.raises(InputError, match="not several"):
        discover("a.txt", files=["a.en.txt"], languages=("de", "en"))
