"""Findings point into the file the user gave: offsets, line and column, in JSON, SARIF and GitHub output."""

import html
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from mtcheck.cli import main
from mtcheck.inputs import Problem, read_bilingual, read_pair
from mtcheck.options import Options

DE = ["Die Behörden der Grenzregion meldeten am Dienstag Angriffe auf zwei Dörfer.",
      "Smith & Jones sagten, der Gouverneur habe am Sonntag berichtet, dass drei Häuser beschädigt wurden.",
      "Die Schulen der Region bleiben bis Freitag geschlossen, teilte das Ministerium mit."]
EN = ["The authorities of the border region reported attacks on two villages on Tuesday.",
      "Smith & Jones said the governor reportedSunday that three houses were damaged.",
      "Schools in the region would remain closed until Friday, the ministry said."]
GLUED = "reportedSunday"


def _xml(text: str) -> str:
    return text.replace("&", "&amp;")


def _page(lang: str, title: str, sentences: list[str]) -> str:
    last = _xml(sentences[2]).replace("closed", '<a href="/s">closed</a>')
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head><meta charset="utf-8"><title>{title}</title></head>\n'
            f'<body>\n<nav><a href="/">Home page</a> <a href="/politics">Politics</a></nav>\n<article>\n'
            f'<h1>{title}</h1>\n<p>{_xml(sentences[0])}\n{_xml(sentences[1])}</p>\n<p>{last}</p>\n'
            f'</article>\n</body></html>\n')


def _markdown(title: str, sentences: list[str]) -> str:
    second = _xml(sentences[1]).replace("said", "*said*")
    last = sentences[2].replace("closed", "[closed](https://example.org/a_b)")
    return f"# {title}\n\n{sentences[0]}\n{second}\n\n- {last}\n"


def _xliff1() -> str:
    inline = '<g id="1">Tuesday</g>'
    units = "".join(
        f'  <trans-unit id="u{k}">\n    <source>{_xml(de)}</source>\n'
        f'    <target>{_xml(en).replace("Tuesday", inline)}</target>\n  </trans-unit>\n'
        for k, (de, en) in enumerate(zip(DE, EN)))
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" '
            'xmlns="urn:oasis:names:tc:xliff:document:1.2">\n<file original="a.html" source-language="de" '
            f'target-language="en" datatype="html"><body>\n{units}</body></file></xliff>\n')


def _xliff2() -> str:
    units = "".join(f'  <unit id="u{k}"><segment>\n   <source>{_xml(de)}</source>\n'
                    f'   <target>{_xml(en)}</target>\n  </segment></unit>\n' for k, (de, en) in enumerate(zip(DE, EN)))
    return ('<?xml version="1.0"?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" '
            f'srcLang="de" trgLang="en">\n <file id="f1">\n{units} </file>\n</xliff>\n')


def _tmx() -> str:
    units = "".join(f'<tu tuid="{k}">\n <tuv xml:lang="de"><seg>{_xml(de)}</seg></tuv>\n'
                    f' <tuv xml:lang="en"><seg>{_xml(en)}</seg></tuv>\n</tu>\n' for k, (de, en) in enumerate(zip(DE, EN)))
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header srclang="de"/>\n<body>\n{units}</body></tmx>\n'


def _po() -> str:
    entries = "".join(f'msgid "{de}"\nmsgstr ""\n"{en[:20]}"\n"{en[20:]}"\n\n' for de, en in zip(DE, EN))
    return f'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: en\\n"\n\n{entries}'


def _files(tmp_path: Path, kind: str) -> list[str]:
    """The file(s) of one input kind; the last one is the target file."""
    if kind in ("html", "markdown"):
        make, ext = (_page, "html") if kind == "html" else (_markdown, "md")
        source, target = tmp_path / f"a.de.{ext}", tmp_path / f"a.en.{ext}"
        source.write_text(make("de", "Grenzregion meldet Angriffe", DE) if kind == "html"
                          else make("Grenzregion meldet Angriffe", DE), encoding="utf-8")
        target.write_text(make("en", "Border region reports attacks", EN) if kind == "html"
                          else make("Border region reports attacks", EN), encoding="utf-8")
        return [str(source), str(target)]
    name, text = {"xliff1": ("a.xlf", _xliff1()), "xliff2": ("a2.xlf", _xliff2()),
                  "tmx": ("a.tmx", _tmx()), "po": ("a.po", _po())}[kind]
    (tmp_path / name).write_text(text, encoding="utf-8")
    return [str(tmp_path / name)]


def _visible(raw: str, kind: str) -> str:
    """What a reader shows of a slice of the file: markup dropped, escapes decoded, whitespace collapsed."""
    if kind == "po":
        raw = re.sub(r'"\s*\n\s*"', "", raw).replace('\\"', '"')
    elif kind == "markdown":
        raw = re.sub(r"\]\([^)]*\)", "", raw).replace("*", "").replace("[", "")
    else:
        raw = re.sub(r"<[^>]*>", "", raw)
    return " ".join(html.unescape(raw).split())


KINDS = ["html", "markdown", "xliff1", "xliff2", "tmx", "po"]


def _check(files: list[str], fmt: str, *extra: str) -> str:
    result = CliRunner().invoke(main, ["check", *files, "--select", "MT101", "--format", fmt, *extra])
    assert result.exit_code == 1, result.output
    return result.output


@pytest.mark.parametrize("kind", KINDS)
def test_a_findings_file_span_slices_the_file_at_the_right_line_and_column(tmp_path, kind):
    files = _files(tmp_path, kind)
    file_text = Path(files[-1]).read_text(encoding="utf-8")
    (finding,) = json.loads(_check(files, "json"))["documents"][0]["findings"]
    span = finding["target"]["file_span"]
    assert finding["target"]["text"] == GLUED
    assert file_text[span["start"]:span["end"]] == GLUED
    at = file_text.index(GLUED)
    line = file_text.count("\n", 0, at) + 1
    column = at - file_text.rfind("\n", 0, at)
    assert (span["line"], span["column"], span["end_line"]) == (line, column, line)
    assert finding["source"]["file_span"] is not None


@pytest.mark.parametrize("kind", KINDS)
def test_sarif_regions_and_github_annotations_use_the_files_lines(tmp_path, kind):
    files = _files(tmp_path, kind)
    file_text = Path(files[-1]).read_text(encoding="utf-8")
    line = file_text.count("\n", 0, file_text.index(GLUED)) + 1
    (result,) = json.loads(_check(files, "sarif"))["runs"][0]["results"]
    region = result["locations"][0]["physicalLocation"]["region"]
    assert region["startLine"] == line
    assert file_text[region["charOffset"]:region["charOffset"] + region["charLength"]] == GLUED
    annotation = _check(files, "github").splitlines()[0]
    assert f",line={line}," in annotation
    text = _check(files, "text").splitlines()[0]
    assert text.startswith(f"{files[-1]}:{line}:")


def _documents(files: list[str]):
    if len(files) == 2:
        pair = read_pair(files[0], files[1], Options())
        return pair.source, pair.target
    (doc,) = [item for item in read_bilingual(files[0], Options()) if not isinstance(item, Problem)]
    aligned = doc.aligned(Options())
    return aligned.source, aligned.target


@pytest.mark.parametrize("kind", KINDS)
def test_every_sentence_maps_to_the_file_text_it_came_from(tmp_path, kind):
    files = _files(tmp_path, kind)
    for document, path in zip(_documents(files), files if len(files) == 2 else files * 2):
        file_text = Path(path).read_text(encoding="utf-8")
        for sentence in document.sentences:
            found = document.position(sentence.start, sentence.end)
            assert found is not None, sentence.text
            assert _visible(file_text[found.start:found.end], kind) == " ".join(sentence.text.split())


def test_an_escape_maps_as_a_whole_and_offsets_after_it_stay_exact(tmp_path):
    files = _files(tmp_path, "xliff1")
    _, target = _documents(files)
    file_text = Path(files[0]).read_text(encoding="utf-8")
    amp = target.text.index("&")
    found = target.position(amp, amp + 1)
    assert file_text[found.start:found.end] == "&amp;"
    jones = target.text.index("Jones")
    found = target.position(jones, jones + 5)
    assert file_text[found.start:found.end] == "Jones"


def test_text_between_units_has_no_place_in_the_file_and_says_so(tmp_path):
    files = _files(tmp_path, "tmx")
    _, target = _documents(files)
    gap = target.text.index("\n\n")
    assert target.position(gap, gap + 2) is None
    assert "between units" in target.no_position


def test_jsonl_records_say_their_offsets_count_in_the_record(tmp_path):
    path = tmp_path / "pairs.jsonl"
    path.write_text(json.dumps({"id": "a", "source": " ".join(DE), "target": " ".join(EN)}) + "\n", encoding="utf-8")
    (finding,) = json.loads(_check([str(path)], "json"))["documents"][0]["findings"]
    assert finding["target"]["file_span"] is None
    assert "JSON string of a record" in finding["target"]["file_span_reason"]


def test_plain_text_file_span_is_the_span_itself(tmp_path):
    source, target = tmp_path / "a.de.txt", tmp_path / "a.en.txt"
    source.write_text("\n\n".join(DE), encoding="utf-8")
    target.write_text("\ufeff" + "\r\n\r\n".join(EN), encoding="utf-8")
    (finding,) = json.loads(_check([str(source), str(target)], "json"))["documents"][0]["findings"]
    span = finding["target"]["file_span"]
    assert (span["start"], span["end"], span["line"]) == (finding["target"]["start"], finding["target"]["end"], 3)
