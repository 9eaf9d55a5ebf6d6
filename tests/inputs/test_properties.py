"""Property tests: whatever bytes or text a reader gets, it returns documents or raises InputError.

Random Unicode, control characters, CR/CRLF/LF mixes, long lines and
random bytes go to every reader.  Nothing but InputError may escape, every
paragraph and sentence offset slices its text, and every verbatim run of a
file map slices the file to the same characters.
"""

import json
import re
import tempfile
from pathlib import Path
from xml.sax.saxutils import escape

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mtcheck.errors import InputError
from mtcheck.inputs import Problem, TextPair, read_bilingual, read_pair
from mtcheck.options import Options
from mtcheck.text.document import Document, decode_text

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
LINE_ENDS = st.sampled_from(["\n", "\r\n", "\r", "\n\n", "\r\r", "\r\n\r\n"])
WORDS = st.sampled_from(["The", "minister", "said", "Tuesday.", "«Hallo»", "&", "<b>", "*", "\\", '"',
                         "\x00", "\x1b[2J", "\u2028", "\ufeff", "\ud7ff", "é", "💥", "\t", " "])
# Text that looks like prose often enough to reach the splitters, with anything mixed in.
TEXT = st.one_of(
    st.text(max_size=300),
    st.lists(st.one_of(WORDS, LINE_ENDS, st.text(max_size=5)), max_size=60).map("".join),
    st.builds(lambda chunk, times: chunk * times, st.text(min_size=1, max_size=8), st.integers(0, 3000)),
)


def _write(name: str, data: bytes | str) -> Path:
    folder = Path(tempfile.mkdtemp())
    path = folder / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8", "surrogatepass"))
    return path


def _spaced(text: str) -> str:
    return re.sub(r"\s", " ", text)


def _assert_offsets(document: Document, file_text: str | None = None) -> None:
    """Segments slice the text; verbatim runs slice the file to the same characters; positions lie in the file."""
    for segment in document.paragraphs + document.sentences:
        assert document.text[segment.start:segment.end] == segment.text
    if file_text is None or document.file_map is None:
        return
    for run in document.file_map.runs:
        assert 0 <= run.file_start <= run.file_end <= len(file_text)
        if run.linear:  # a line end may read as another space (a lone CR as LF, a soft break as " ")
            assert _spaced(file_text[run.file_start:run.file_end]) == _spaced(document.text[run.start:run.end])
    for segment in document.sentences:
        found = document.position(segment.start, segment.end)
        assert found is None or 0 <= found.start <= found.end <= len(file_text)


def _read_bilingual(path: Path) -> None:
    try:
        items = list(read_bilingual(path, Options(source_lang="de", target_lang="en")))
    except InputError:
        return
    file_text = path.read_bytes().decode("utf-8", "replace")
    for item in items:
        if isinstance(item, Problem):
            continue
        if isinstance(item, TextPair):
            _assert_offsets(item.target)
            continue
        aligned = item.aligned(Options())
        _assert_offsets(aligned.source, file_text)
        _assert_offsets(aligned.target, file_text)


@SETTINGS
@given(TEXT, st.sampled_from(["de", "en"]))
def test_documents_segment_any_text_with_exact_offsets(text, lang):
    _assert_offsets(Document(text, lang))


@SETTINGS
@given(st.binary(max_size=2000))
def test_random_bytes_decode_or_raise_input_error(data):
    try:
        text = decode_text(data, "x.txt")
    except InputError:
        return
    assert "\x00" not in text


@SETTINGS
@given(TEXT, st.sampled_from(["md", "html", "txt"]))
def test_monolingual_readers_take_any_text(text, ext):
    source = _write("a.de.txt", "Die Behörden meldeten am Dienstag Angriffe auf zwei Dörfer.")
    target = _write(f"a.en.{ext}", text)
    try:
        pair = read_pair(source, target, Options(source_lang="de", target_lang="en"))
    except InputError:
        return
    _assert_offsets(pair.target, target.read_bytes().decode("utf-8", "replace"))


@SETTINGS
@given(st.binary(max_size=3000), st.sampled_from(["md", "html"]))
def test_monolingual_readers_take_any_bytes(data, ext):
    source = _write("a.de.txt", "Die Behörden meldeten am Dienstag Angriffe.")
    try:
        read_pair(source, _write(f"a.en.{ext}", data), Options(source_lang="de", target_lang="en"))
    except InputError:
        pass


def _xml_text(text: str) -> str:
    return escape(text).replace("\r", "&#13;") if len(text) % 2 else escape(text)


@SETTINGS
@given(st.lists(st.tuples(TEXT, TEXT), min_size=1, max_size=4), st.sampled_from(["xliff", "xliff2", "tmx"]))
def test_xml_readers_take_any_unit_text(units, kind):
    if kind == "xliff":
        body = "".join(f'<trans-unit id="{k}"><source>{_xml_text(s)}</source><target>{_xml_text(t)}</target>'
                       f"</trans-unit>\n" for k, (s, t) in enumerate(units))
        data = f'<xliff version="1.2"><file source-language="de" target-language="en"><body>\n{body}</body></file></xliff>'
    elif kind == "xliff2":
        body = "".join(f'<unit id="{k}"><segment><source>{_xml_text(s)}</source><target>{_xml_text(t)}</target>'
                       f"</segment></unit>\r\n" for k, (s, t) in enumerate(units))
        data = f'<xliff version="2.0" srcLang="de" trgLang="en"><file id="f">{body}</file></xliff>'
    else:
        body = "".join(f'<tu><tuv xml:lang="de"><seg>{_xml_text(s)}</seg></tuv><tuv xml:lang="en"><seg>'
                       f"{_xml_text(t)}</seg></tuv></tu>\r" for s, t in units)
        data = f'<tmx version="1.4"><header srclang="de"/><body>{body}</body></tmx>'
    _read_bilingual(_write("a.tmx" if kind == "tmx" else "a.xlf", data))


def _po_string(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")


@SETTINGS
@given(st.lists(st.tuples(TEXT, TEXT), min_size=1, max_size=4))
def test_po_reader_takes_any_entry_text(entries):
    body = "".join(f'msgid "{_po_string(s)}"\nmsgstr ""\n"{_po_string(t[:7])}"\n"{_po_string(t[7:])}"\n\n'
                   for s, t in entries)
    _read_bilingual(_write("a.po", f'msgid ""\nmsgstr ""\n"Language: en\\n"\n\n{body}'))


@SETTINGS
@given(st.binary(max_size=3000), st.sampled_from(["a.xlf", "a.tmx", "a.po", "a.jsonl"]))
def test_bilingual_readers_take_any_bytes(data, name):
    _read_bilingual(_write(name, data))


@SETTINGS
@given(st.lists(st.one_of(
    st.fixed_dictionaries({"source": TEXT, "target": TEXT}),
    st.dictionaries(st.text(max_size=8), st.one_of(st.none(), st.integers(), TEXT), max_size=3),
    st.just("not json {"),
), max_size=5), LINE_ENDS)
def test_jsonl_reader_takes_any_records(records, end):
    lines = [json.dumps(r) if not isinstance(r, str) else r for r in records]
    _read_bilingual(_write("a.jsonl", end.join(lines)))
