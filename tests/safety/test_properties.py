"""Property tests: random Unicode, control characters and mismatched paragraphs never break ``check``.

Bounded and deterministic (a fixed number of derandomised examples) so that
CI stays fast and never flakes; each property says what must hold for any
input: no exception but InputError escapes, every span slices its text,
every renderer can write the result.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mtcheck.errors import InputError
from mtcheck.inputs.jobs import Job
from mtcheck.options import Options
from mtcheck.report import Report, renderers
from mtcheck.run.api import check, check_texts

SEED = Path(__file__).resolve().parents[2] / "corpora" / "seed"
_BOUNDED = settings(max_examples=50, deadline=None, derandomize=True, database=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def _paragraphs(name: str) -> list[str]:
    return [p for p in (SEED / name).read_text(encoding="utf-8").split("\n\n") if p.strip()]


# Characters that have broken text tools before: controls, BOM, separators, bidi marks, a lone surrogate,
# combining marks, quotes of several languages, digits and CJK.
_NASTY = st.sampled_from(list("\x00\x07\x1b\r\t\x85\u2028\u2029\ufeff\u200b\u202e\ud800\u0301"
                              "«»„“”‚‘’\"'()[]-–—…,.;:!?%€$0123456789漢字かなКириллица"))
_WORD = st.text(alphabet=st.one_of(st.characters(), _NASTY), min_size=0, max_size=25)
_RANDOM_PARAGRAPH = st.lists(_WORD, min_size=1, max_size=8).map(" ".join)


def _document(real: list[str]) -> st.SearchStrategy[str]:
    """Paragraphs drawn from a real article and from noise, in any number, joined as the readers join them."""
    paragraph = st.one_of(st.sampled_from(real), _RANDOM_PARAGRAPH,
                          st.tuples(st.sampled_from(real), _WORD).map(lambda pair: pair[1].join(
                              pair[0].split(" ", 1)) if " " in pair[0] else pair[0] + pair[1]))
    return st.lists(paragraph, min_size=1, max_size=8).map("\n\n".join)


_SOURCE = _document(_paragraphs("belgorod.de.txt"))
_TARGET = _document(_paragraphs("belgorod.en.txt"))
_LANGS = st.sampled_from([("de", "en"), ("en", "de"), ("de", "fr"), ("ja", "en"), ("de-DE", "en-US")])


def _check(source: str, target: str, langs: tuple[str, str]):
    try:
        return check_texts(source, target, *langs)
    except InputError:  # a blank side, or identical texts: nothing was translated
        assert not source.strip() or not target.strip() or source.strip() == target.strip()
        return None


def _assert_spans_slice(result) -> None:
    for finding in result.findings:
        span = finding.target
        assert 0 <= span.start <= span.end <= len(result.target.text)
        assert result.target.text[span.start:span.end] == span.text
        if finding.source is not None:
            src = finding.source
            assert 0 <= src.start <= src.end <= len(result.source.text)
            assert result.source.text[src.start:src.end] == src.text


@_BOUNDED
@given(source=_SOURCE, target=_TARGET, langs=_LANGS)
def test_check_never_raises_and_spans_slice_the_text(source, target, langs):
    result = _check(source, target, langs)
    if result is not None:
        _assert_spans_slice(result)


@_BOUNDED
@given(source=_SOURCE, target=_TARGET)
def test_every_renderer_writes_any_result(source, target):
    result = _check(source, target, ("de", "en"))
    if result is None:
        return
    report = Report([result], {"mtcheck": "0", "checks": [], "alignment": "x", "translator": None})
    for fmt, render in renderers().items():
        out = render(report)
        out.encode("utf-8")
        if fmt in ("text", "github"):
            assert not any(c in out for c in "\x00\x07\x1b\x85"), fmt


@settings(max_examples=30, deadline=None, derandomize=True, database=None)
@given(text=st.text(min_size=1, max_size=3000))
def test_identical_and_empty_sides_are_input_errors_or_results(text):
    for source, target in ((text, text), (text, " "), (" ", text)):
        try:
            result = check_texts(source, target, "de", "en")
        except InputError:
            continue
        _assert_spans_slice(result)


@pytest.mark.parametrize("target", [
    "x" * 50_000,                              # one enormous token
    '"' * 20_000,                              # one enormous run of quotes
    "Videowhich " * 5_000,                     # the same garble, thousands of times
    "\n\n".join(["Word."] * 1_000),            # a thousand tiny paragraphs
], ids=["token", "quotes", "repeated", "paragraphs"])
def test_huge_lines_and_runs_are_checked(target):
    """A huge token and a huge run of quotes took minutes (quadratic scans); a regression shows as a slow suite."""
    result = check_texts((SEED / "belgorod.de.txt").read_text(encoding="utf-8"), target, "de", "en")
    _assert_spans_slice(result)


_JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=12),
                     lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner,
                                                                               max_size=3), max_leaves=6)
_TAG = st.one_of(st.sampled_from(["de", "EN", "en-US", "pt_BR", "zh-Hant-TW", "english", "", "x-y", "und"]), _JSON)
_RECORD = st.fixed_dictionaries({}, optional={
    "id": st.one_of(st.text(alphabet=st.one_of(st.characters(), _NASTY), max_size=10), _JSON),
    "source": st.one_of(_SOURCE, _JSON), "target": st.one_of(_TARGET, _JSON),
    "source_lang": _TAG, "target_lang": _TAG,
})


@_BOUNDED
@given(record=_RECORD)
def test_check_of_any_jsonl_record_gives_documents_or_a_one_line_error(record):
    """Any JSON object as a record of a JSONL file: never an exception, an internal error or a multi-line message."""
    outcome = check(Job("pairs.jsonl:1", "pairs.jsonl", record=record), Options())
    if outcome.error is not None:
        assert not outcome.documents
        assert "internal error" not in outcome.error.message
        assert "\n" not in outcome.error.message and outcome.error.message.startswith("pairs.jsonl:1: ")
        return
    for result in outcome.documents:
        _assert_spans_slice(result)
        assert result.source.lang in ("de", "en", "pt", "zh") or len(result.source.lang) in (2, 3)


_CONFIG_KEYS = ["select", "ignore", "fail-on", "source-lang", "target-lang", "baseline", "allowlist", "severity",
                "models", "glossary", "max-bytes", "allow-outside"]


@settings(max_examples=50, deadline=None, derandomize=True, database=None)
@given(table=st.dictionaries(st.sampled_from(_CONFIG_KEYS), _JSON, max_size=4))
def test_any_configuration_values_give_options_or_a_one_line_error(table, tmp_path_factory):
    """Every key with a value of any type: the configuration loads or says, in one line, what is wrong."""
    from mtcheck.run.config import Config, validate

    path = tmp_path_factory.mktemp("config") / "mtcheck.toml"
    try:
        Config(path, validate(table, path)).options()
    except InputError as exc:
        assert str(exc).startswith(str(path)) and "\n" not in str(exc)
