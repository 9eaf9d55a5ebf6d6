"""Property tests: the number reader reads every common locale format and never raises."""

from hypothesis import given, settings
from hypothesis import strategies as st

from mtcheck.checks import all_checks
from mtcheck.checks.numbers.quantities import mentions
from mtcheck.checks.numbers.reader import readings
from mtcheck.run.api import check_texts

# (thousands mark, decimal mark) of each language's usual formats.
FORMATS = {
    "en": [(",", "."), ("", ".")],
    "zh": [(",", "."), ("", ".")],
    "ja": [(",", "."), ("", ".")],
    "de": [(".", ","), ("\u202f", ","), ("'", ".")],
    "es": [(".", ","), ("\u00a0", ",")],
    "fr": [("\u202f", ","), (" ", ","), ("\u00a0", ",")],
    "cs": [(" ", ","), ("\u00a0", ",")],
    "ru": [(" ", ","), ("\u00a0", ",")],
    "uk": [("\u00a0", ",")],  # a plain space groups only where the language pack says so
    "hr": [(".", ","), ("\u00a0", ",")],
}
LANGS = sorted(FORMATS)


def written(whole: int, fraction: str, thousands: str, decimal: str, indian: bool = False) -> str:
    """``whole``.``fraction`` written with the given marks (Indian grouping: 12,34,567)."""
    digits = str(whole)
    if indian and len(digits) > 3:
        head, last = digits[:-3], digits[-3:]
        pairs = [head[max(0, i - 2):i] for i in range(len(head), 0, -2)][::-1]
        grouped = thousands.join(pairs + [last])
    else:
        groups = [digits[max(0, i - 3):i] for i in range(len(digits), 0, -3)][::-1]
        grouped = thousands.join(groups)
    return grouped + (decimal + fraction if fraction else "")


def value(whole: int, fraction: str) -> float:
    return round(whole + (int(fraction) / 10 ** len(fraction) if fraction else 0), 6)


fractions = st.one_of(st.just(""), st.text("0123456789", min_size=1, max_size=3))


@given(lang=st.sampled_from(LANGS), data=st.data(), whole=st.integers(0, 10**12), fraction=fractions)
def test_every_well_formed_number_is_read_right(lang, data, whole, fraction):
    thousands, decimal = data.draw(st.sampled_from(FORMATS[lang]))
    text = written(whole, fraction, thousands, decimal)
    assert value(whole, fraction) in readings(text)
    found = [m for m in mentions(f"Es sind {text} Stück.", lang) if m.kind == "number"]
    assert any(value(whole, fraction) in m.keys for m in found), (text, found)


@given(whole=st.integers(1000, 10**12), fraction=fractions)
def test_indian_grouping_is_read(whole, fraction):
    text = written(whole, fraction, ",", ".", indian=True)
    assert value(whole, fraction) in readings(text)


@given(st.text(alphabet="0123456789.,'\u2019 \u00a0\u202f\u2009-:/", max_size=30))
def test_reader_never_raises_on_digit_soup(token):
    assert isinstance(readings(token), set)


@given(lang=st.sampled_from(LANGS + ["xx"]), text=st.text(max_size=200))
def test_mentions_never_raise_on_random_text(lang, text):
    for mention in mentions(text, lang):
        assert 0 <= mention.start <= mention.end <= len(text)


NUMBERY = st.text(alphabet="0123456789.,' \u00a0%€$:/-h\nabc ÄéMioMillionen", min_size=1, max_size=60)


@settings(max_examples=40, deadline=None)
@given(source=NUMBERY, target=NUMBERY, pair=st.sampled_from(["de-en", "en-de", "fr-en", "cs-uk", "en-zh"]))
def test_number_checks_never_raise(source, target, pair):
    source_lang, target_lang = pair.split("-")
    codes = [c.code for c in all_checks() if c.family == "numbers"]
    try:
        check_texts(source, target + " x", source_lang, target_lang)
    except Exception as exc:  # only the documented refusals of a blank source or an identical pair
        assert "identical" in str(exc) or ("no text" in str(exc) and not source.strip()), exc
    assert codes


def test_two_separator_numbers_of_news_text():
    cases = {"1.000.000": ("de", 1e6), "2 350 000": ("fr", 2350000.0), "1,234,567.89": ("en", 1234567.89),
             "1'000": ("de", 1000.0), "12,34,567": ("en", 1234567.0), "2\u00a0350,5": ("cs", 2350.5)}
    for text, (lang, expected) in cases.items():
        (mention,) = mentions(text, lang)
        assert expected in mention.keys, text


def test_version_numbers_are_not_quantities():
    assert mentions("Version 1.2.3 ist da.", "de") == []


@given(whole=st.integers(1000, 10**9), lang=st.sampled_from(["de", "es", "cs", "ru"]))
def test_a_source_is_read_in_its_own_convention(whole, lang):
    text = written(whole, "", ".", ",")
    (mention,) = [m for m in mentions(text, lang, strict=True) if m.kind == "number"]
    assert float(whole) in mention.keys and round(whole / 1000, 6) not in mention.keys


def test_magnitude_words_change_the_value():
    (millions,) = mentions("3 Millionen", "de", strict=True)
    (billions,) = mentions("3 billion", "en")
    assert not millions.matches(billions)
    (myriads,) = mentions("7500万", "zh")
    assert myriads.matches(mentions("75 million", "en")[0])
