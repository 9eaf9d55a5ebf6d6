"""Every route to a document gives the same findings: two files, two directories, a manifest,
``--format jsonl``, the Python API (``mtcheck.check_files``, ``mtcheck.check_texts``, ``run``) and the
distributed batch function."""

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from mtcheck import Options, check_files, check_texts
from mtcheck.cli import main
from mtcheck.run.api import Request, run
from mtcheck.run.distributed import check_batch

DATA = Path(__file__).parent / "inputs" / "data"
SEED = Path(__file__).resolve().parents[1] / "corpora" / "seed"


def _pairs(findings: list[dict]) -> list[tuple[str, int, int, str]]:
    return [(f["code"], f["target"]["start"], f["target"]["end"], f["target"]["text"]) for f in findings]


def _cli(*args: str) -> list:
    """Findings per document of a ``check`` run, from its JSON or JSONL output."""
    result = CliRunner().invoke(main, ["check", *args])
    assert result.exit_code in (0, 1), result.output
    if "jsonl" in args:
        return [_pairs(json.loads(line)["findings"]) for line in result.stdout.splitlines()]
    return [_pairs(d["findings"]) for d in json.loads(result.stdout)["documents"]]


@pytest.fixture
def inputs(tmp_path) -> dict[str, Path]:
    """The HTML pair in two directories, the XLIFF file, and a manifest naming both."""
    for lang in ("de", "en"):
        (tmp_path / lang).mkdir()
        shutil.copy(DATA / f"article.{lang}.html", tmp_path / lang)
    shutil.copy(DATA / "strings.xlf", tmp_path)
    manifest = tmp_path / "manifest.jsonl"
    manifest.write_text(json.dumps({"source": "de/article.de.html", "target": "en/article.en.html"}) + "\n"
                        + json.dumps({"source": "strings.xlf"}) + "\n", encoding="utf-8")
    return {"de": tmp_path / "de", "en": tmp_path / "en", "xliff": tmp_path / "strings.xlf", "manifest": manifest}


def test_an_html_pair_gives_the_same_findings_by_every_route(inputs):
    src, tgt = str(inputs["de"] / "article.de.html"), str(inputs["en"] / "article.en.html")
    two_files = _cli(src, tgt, "--format", "json")
    assert two_files and two_files[0], "the HTML pair has findings to compare"
    assert _cli(str(inputs["de"]), str(inputs["en"]), "--format", "json") == two_files
    assert _cli("--manifest", str(inputs["manifest"]), "--format", "json")[:1] == two_files
    assert _cli(src, tgt, "--format", "jsonl") == two_files
    assert _cli(str(inputs["de"]), str(inputs["en"]), "--format", "jsonl", "--jobs", "2") == two_files
    api = run(Request(src, tgt))
    assert [_pairs([f.to_dict() for f in d.findings]) for d in api.documents] == two_files
    assert [_pairs([f.to_dict() for f in check_files(src, tgt).findings])] == two_files


def test_an_xliff_file_gives_the_same_findings_by_every_route(inputs):
    alone = _cli(str(inputs["xliff"]), "--format", "json")
    assert alone and alone[0], "the XLIFF file has findings to compare"
    assert _cli("--manifest", str(inputs["manifest"]), "--format", "json")[1:] == alone
    assert _cli(str(inputs["xliff"]), "--format", "jsonl") == alone
    assert _cli("--manifest", str(inputs["manifest"]), "--format", "jsonl", "--jobs", "2")[1:] == alone
    api = run(Request(str(inputs["xliff"])))
    assert [_pairs([f.to_dict() for f in d.findings]) for d in api.documents] == alone


def test_jsonl_pairs_give_the_same_findings_from_the_cli_and_the_batch_function(tmp_path):
    path = tmp_path / "pairs.jsonl"
    rows = [{"id": "n1", "source": "Der Minister berichtete am Sonntag über die Lage.",
             "target": "The minister reportedSunday on the situation.", "source_lang": "de", "target_lang": "en"},
            {"id": "n2", "source": "Niemand wurde verletzt.", "target": "Nobody was injured.",
             "source_lang": "de", "target_lang": "en"}]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    cli = _cli(str(path), "--format", "jsonl")
    batch = check_batch({key: [r[key] for r in rows] for key in rows[0]}, Options())
    assert [_pairs(json.loads(f)) for f in batch["findings"]] == cli and cli[0]


def test_the_seed_article_gives_the_same_findings_from_the_cli_and_the_package_api():
    src, tgt = SEED / "belgorod.de.txt", SEED / "belgorod.en.txt"
    cli = _cli(str(src), str(tgt), "--format", "json")
    assert cli and cli[0], "the seed article has findings to compare"
    assert [_pairs([f.to_dict() for f in check_files(src, tgt).findings])] == cli
    texts = check_texts(src.read_text(encoding="utf-8"), tgt.read_text(encoding="utf-8"), "de", "en")
    assert [_pairs([f.to_dict() for f in texts.findings])] == cli
