"""Encodings as files declare them, line ends of every kind, and limits on what is read (issue 11)."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from mtcheck.cli import main
from mtcheck.errors import InputError
from mtcheck.inputs import Problem, read_bilingual, read_pair
from mtcheck.inputs.jobs import manifest_jobs
from mtcheck.options import Options
from mtcheck.text.document import Document, read_lines, read_text

DATA = Path(__file__).parent / "data"
SEED = Path(__file__).parents[2] / "corpora" / "seed"
TEXT = "The authorities reported attacks on Tuesday.\n\nAccording to the governor, three houses were damaged.\n"


def _run(*args: str):
    return CliRunner().invoke(main, ["check", *args])


@pytest.mark.parametrize("codec, bom", [("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff"),
                                        ("utf-32-le", b"\xff\xfe\x00\x00"), ("utf-8", b"\xef\xbb\xbf")])
def test_a_byte_order_mark_names_the_encoding_and_stays_a_character(tmp_path, codec, bom):
    path = tmp_path / "a.en.txt"
    path.write_bytes(bom + TEXT.encode(codec))
    assert read_text(path) == "\ufeff" + TEXT


def test_utf16_html_and_xliff_are_read(tmp_path):
    page = tmp_path / "a.en.html"
    page.write_bytes(b"\xff\xfe" + (DATA / "article.en.html").read_text(encoding="utf-8").encode("utf-16-le"))
    pair = read_pair(DATA / "article.de.html", page, Options())
    assert pair.target.paragraphs[0].text == "Border region reports attacks on two villages"
    xliff = tmp_path / "a.xlf"
    text = (DATA / "strings.xlf").read_text(encoding="utf-8").replace('encoding="UTF-8"', 'encoding="UTF-16"')
    xliff.write_bytes(b"\xff\xfe" + text.encode("utf-16-le"))
    (doc,) = [i for i in read_bilingual(xliff, Options()) if not isinstance(i, Problem)]
    assert doc.units[0].target == "Border region reports attacks on two villages"


def test_a_nul_anywhere_looks_binary(tmp_path):
    path = tmp_path / "a.en.txt"
    path.write_bytes(TEXT.encode() + b"x" * 9000 + b"\x00")
    with pytest.raises(InputError, match="looks binary"):
        read_text(path)
    result = _run(str(DATA / "article.de.md"), str(path))
    assert result.exit_code == 2 and "looks binary" in result.stderr and len(result.stderr.splitlines()) == 1


def test_cr_only_line_ends_split_like_lf_and_offsets_slice_the_original():
    lf, cr = Document(TEXT, "en"), Document(TEXT.replace("\n", "\r"), "en")
    assert [(p.start, p.end) for p in cr.paragraphs] == [(p.start, p.end) for p in lf.paragraphs]
    assert [(s.start, s.end) for s in cr.sentences] == [(s.start, s.end) for s in lf.sentences]
    for sentence in cr.sentences:
        assert cr.text[sentence.start:sentence.end] == sentence.text
    assert cr.line_col(TEXT.index("According")) == (3, 1)


@pytest.mark.skipif(not SEED.is_dir(), reason="needs corpora/seed")
def test_cr_only_seed_gives_the_same_findings_as_lf(tmp_path):
    counts = []
    for name, end in (("lf", "\n"), ("cr", "\r")):
        for lang in ("de", "en"):
            text = (SEED / f"belgorod.{lang}.txt").read_text(encoding="utf-8").replace("\r\n", "\n")
            (tmp_path / f"{name}.{lang}.txt").write_bytes(text.replace("\n", end).encode())
        result = _run(str(tmp_path / f"{name}.de.txt"), str(tmp_path / f"{name}.en.txt"), "--format", "json")
        counts.append(len(json.loads(result.output)["documents"][0]["findings"]))
    assert counts[0] == counts[1] > 0


def test_po_is_decoded_by_its_declared_charset(tmp_path):
    path = tmp_path / "latin.po"
    path.write_bytes(('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=ISO-8859-1\\n"\n"Language: de\\n"\n\n'
                      'msgid "Greetings from the border region."\nmsgstr "Grüße aus der Grenzregion."\n').encode("latin-1"))
    (doc,) = list(read_bilingual(path, Options()))
    assert doc.units[0].target == "Grüße aus der Grenzregion."
    path.write_bytes(path.read_bytes().replace(b"ISO-8859-1", b"no-such-charset"))
    with pytest.raises(InputError, match="unknown charset 'no-such-charset'"):
        list(read_bilingual(path, Options()))


def test_a_utf8_bom_does_not_drop_the_first_jsonl_record_or_manifest_line(tmp_path):
    pairs = tmp_path / "pairs.jsonl"
    pairs.write_bytes(b"\xef\xbb\xbf" + json.dumps({"id": "a", "source": "Hallo Welt.", "target": "Hello world."}).encode())
    assert [item.id for item in read_bilingual(pairs, Options())] == ["a"]
    manifest = tmp_path / "manifest.jsonl"
    manifest.write_bytes(b"\xef\xbb\xbf" + json.dumps({"source": "a.de.txt", "target": "a.en.txt"}).encode() + b"\n")
    (job,) = manifest_jobs(manifest)
    assert job.problem is None and job.target == str(tmp_path / "a.en.txt")


@pytest.mark.parametrize("data, problem", [
    (b'{"id": 1}\n' + b"x" * 200 + b"\n", "line 2 is too long"),
    (b"{}\n" * 6, "more than 5 lines"),
    (b'{"id": 1}\n{"id": \x00}\n', r"looks binary \(NUL byte on line 2\)"),
    (b"\xff\xfe" + '{"id": 1}\n'.encode("utf-16-le"), "JSON Lines must be UTF-8"),
])
def test_jsonl_records_are_bounded(tmp_path, data, problem):
    path = tmp_path / "pairs.jsonl"
    path.write_bytes(data)
    with pytest.raises(InputError, match=problem):
        list(read_lines(path, max_record_bytes=100, max_records=5))


def test_jsonl_limits_come_from_the_options(tmp_path):
    path = tmp_path / "pairs.jsonl"
    path.write_text(json.dumps({"source": "Hallo Welt.", "target": "Hello world."}) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match="line 1 is too long"):
        list(read_bilingual(path, Options(max_record_bytes=10)))


@pytest.mark.parametrize("name", ["a.en.txt", "a.en.md", "a.en.html", "strings.xlf", "memory.tmx", "messages.po"])
def test_every_file_kind_has_a_size_limit(tmp_path, name):
    path = tmp_path / name
    path.write_bytes((DATA / name).read_bytes() if (DATA / name).exists() else TEXT.encode() * 4)
    args = [str(path)] if not name.startswith("a.") else [str(DATA / "article.de.md"), str(path)]
    result = _run(*args, "--max-bytes", "100")
    assert result.exit_code == 2
    assert result.stderr == f"mtcheck: error: {args[0]}: too large (more than 100 bytes; the limit is set by --max-bytes)\n"


def test_the_size_limit_can_be_configured(tmp_path):
    config = tmp_path / "mtcheck.toml"
    config.write_text("max-bytes = 100\n", encoding="utf-8")
    result = _run(str(DATA / "article.de.md"), str(DATA / "article.en.md"), "--config", str(config))
    assert result.exit_code == 2 and "too large (more than 100 bytes" in result.stderr
    config.write_text('max-bytes = "big"\n', encoding="utf-8")
    result = _run(str(DATA / "article.de.md"), str(DATA / "article.en.md"), "--config", str(config))
    assert result.exit_code == 2 and "'max-bytes' must be a positive number of bytes" in result.stderr


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_endless_devices_are_refused_by_bytes_read_not_by_stat(device):
    if not Path(device).exists():
        pytest.skip(f"no {device}")
    with pytest.raises(InputError, match="too large"):
        read_text(device, max_bytes=1 << 16)
    result = _run(str(DATA / "article.de.md"), device, "--max-bytes", "65536")
    assert result.exit_code == 2 and "too large" in result.stderr


def test_stdin_is_bounded_too(tmp_path):
    if not Path("/dev/stdin").exists():
        pytest.skip("no /dev/stdin")
    root = Path(__file__).parents[2]
    (tmp_path / "a.de.txt").write_text("Hallo.", encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "mtcheck", "check", str(tmp_path / "a.de.txt"), "/dev/stdin",
                             "--max-bytes", "10"], input=b"x" * 100, capture_output=True, timeout=60,
                            env={**os.environ, "PYTHONPATH": str(root)}, cwd=root)
    assert result.returncode == 2
    assert result.stderr.decode() == "mtcheck: error: /dev/stdin: too large (more than 10 bytes; the limit is set by --max-bytes)\n"
