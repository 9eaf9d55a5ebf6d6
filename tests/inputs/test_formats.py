"""Each input format read from small real-looking files, malformed ones included."""

from pathlib import Path

import pytest

from mtcheck.errors import InputError
from mtcheck.inputs import Problem, TextPair, detect_format, read_bilingual, read_pair
from mtcheck.inputs.units import UnitDocument
from mtcheck.options import Options

DATA = Path(__file__).parent / "data"


def _bilingual(name: str, **options) -> tuple[list[UnitDocument | TextPair], list[str]]:
    items = list(read_bilingual(DATA / name, Options(**options)))
    return [i for i in items if not isinstance(i, Problem)], [str(i) for i in items if isinstance(i, Problem)]


@pytest.mark.parametrize("name, expected", [
    ("a.html", "html"), ("a.HTM", "html"), ("a.md", "markdown"), ("a.de.txt", "text"), ("a", "text"),
    ("a.xlf", "xliff"), ("a.xliff", "xliff"), ("a.tmx", "tmx"), ("a.po", "po"), ("a.jsonl", "jsonl"),
])
def test_format_comes_from_the_extension(name, expected):
    assert detect_format(name) == expected


def test_input_format_overrides_the_extension():
    assert detect_format("export.data", "xliff") == "xliff"
    with pytest.raises(InputError, match="unknown input format"):
        detect_format("a.txt", "docx")


def test_html_pages_give_the_article_with_its_furniture_and_language():
    pair = read_pair(DATA / "article.de.html", DATA / "article.en.html", Options())
    target = pair.target
    assert target.lang == "en" and pair.source.lang == "de"
    assert target.paragraphs[0].text == "Border region reports attacks on two villages"
    assert "From: Anna Berger" in target.text  # furniture inside the article is kept for the checks
    assert "Home page" not in target.text and "Imprint" not in target.text  # navigation outside is not
    assert "remain closed until Friday.\nThe shopping centres" in target.text  # <br> is a line break
    blocks = pair.extras["blocks"]["target"]
    assert [b.origin for b in blocks][:2] == ["h1", "p"]
    assert all(target.text[b.start:b.end].strip() for b in blocks)


def test_html_inline_markup_keeps_words_apart_and_together_as_shown():
    pair = read_pair(DATA / "article.de.html", DATA / "fragment.en.html", Options(target_lang="en"))
    assert "would remain closed until Friday." in pair.target.text  # a wrapped source line is a space
    assert "on Monday." in pair.target.text
    assert len(pair.target.paragraphs) == 3


def test_html_without_article_text_is_a_one_line_error():
    with pytest.raises(InputError, match="has no article text"):
        read_pair(DATA / "article.de.html", DATA / "navigation.en.html", Options())


@pytest.mark.parametrize("page", ["<html></html>", "<html><head><title>Nachrichten</title></head></html>"])
def test_html_without_a_body_is_a_one_line_error(tmp_path, page):
    (tmp_path / "empty.en.html").write_text(page, encoding="utf-8")
    with pytest.raises(InputError, match="has no article text"):
        read_pair(DATA / "article.de.html", tmp_path / "empty.en.html", Options())


def test_markdown_gives_rendered_text_without_markup_images_or_code():
    pair = read_pair(DATA / "article.de.md", DATA / "article.en.md", Options())
    text = pair.target.text
    assert "**" not in text and "](" not in text and "embed" not in text
    assert "According to the governor, three houses were damaged" in text  # soft line breaks join
    assert [b.line for b in pair.extras["blocks"]["target"]][:3] == [1, 3, 5]


def test_a_bilingual_file_is_not_half_of_a_pair():
    with pytest.raises(InputError, match="bilingual xliff file"):
        read_pair(DATA / "strings.xlf", DATA / "article.en.md", Options())
    with pytest.raises(InputError, match="give its translation as a second file"):
        list(read_bilingual(DATA / "article.en.md", Options()))


def test_xliff_1_2_units_drop_native_codes_and_report_missing_targets():
    docs, problems = _bilingual("strings.xlf")
    (doc,) = docs
    assert (doc.source_lang, doc.target_lang) == ("de", "en")
    assert [u.id for u in doc.units] == ["title", "p1", "p2"]  # translate="no" and untranslated left out
    assert doc.units[1].target == "The authorities reported attacks on Tuesday."
    assert doc.units[2].target == "More about it here."  # <bpt>/<ept> hold markup, not text
    assert problems == [f"{DATA / 'strings.xlf'}: unit 'p3': has no target; skipped"]


def test_xliff_2_joins_segments_and_ignorables_of_a_unit():
    docs, problems = _bilingual("strings2.xlf")
    units = docs[0].units
    assert units[0].target == "The authorities reported attacks on Tuesday. According to the governor, three houses were damaged."
    assert [u.id for u in units] == ["u1", "u2"]  # units inside groups count too
    assert problems and "'u3': has no target" in problems[0]


def test_broken_xml_is_a_one_line_error():
    with pytest.raises(InputError, match=r"is not well-formed XML \(line 8"):
        list(read_bilingual(DATA / "broken.xlf", Options()))


def test_an_xml_file_of_another_kind_is_refused(tmp_path):
    path = tmp_path / "notes.xlf"
    path.write_text('<?xml version="1.0"?><notes><note>Hallo</note></notes>', encoding="utf-8")
    with pytest.raises(InputError, match="not an XLIFF file"):
        list(read_bilingual(path, Options()))


@pytest.mark.parametrize("declaration", ['<!ENTITY e SYSTEM "file:///etc/passwd">', '<!ENTITY e "Tag">'])
def test_xml_entities_are_refused_not_expanded_or_dropped(tmp_path, declaration):
    path = tmp_path / "xxe.xlf"
    path.write_text(f'<?xml version="1.0"?><!DOCTYPE x [{declaration}]>'
                    '<xliff version="1.2"><file source-language="de" target-language="en"><body>'
                    '<trans-unit id="1"><source>Guten &e;</source><target>Good day &e;</target></trans-unit>'
                    '</body></file></xliff>', encoding="utf-8")
    with pytest.raises(InputError, match="uses the entity &e; which mtcheck does not expand"):
        _bilingual(path)


def test_tmx_unit_without_target_is_reported_and_the_rest_checked():
    docs, problems = _bilingual("memory.tmx")
    units = docs[0].units
    assert (docs[0].source_lang, docs[0].target_lang) == ("de", "en")
    assert units[1].target == "The governor spoke of three damaged houses."  # <hi> text kept, <ph> code dropped
    assert problems == [f"{DATA / 'memory.tmx'}: unit '3': has no target; skipped"]


def test_tmx_where_no_unit_has_a_target_is_an_error(tmp_path):
    path = tmp_path / "empty.tmx"
    path.write_text('<tmx version="1.4"><header srclang="de"/><body><tu tuid="1"><tuv xml:lang="de">'
                    '<seg>Hallo Welt</seg></tuv></tu></body></tmx>', encoding="utf-8")
    with pytest.raises(InputError, match=r"no translated units to check \(1 without a target\)"):
        list(read_bilingual(path, Options()))


def test_po_entries_plurals_context_and_untranslated():
    docs, problems = _bilingual("messages.po")
    doc = docs[0]
    assert (doc.source_lang, doc.target_lang) == ("en", "de")
    assert [u.target for u in doc.units] == [
        "Den ganzen Artikel lesen", "%(count)d Kommentar", "%(count)d Kommentare", "Diesen Artikel teilen"]
    assert doc.units[3].id == "share button"
    assert problems == [f"{DATA / 'messages.po'}: line 28: is not translated; skipped"]


def test_broken_po_is_a_one_line_error():
    with pytest.raises(InputError, match=r"not a readable PO file .*line 6"):
        list(read_bilingual(DATA / "broken.po", Options()))


def test_jsonl_pairs_with_bad_lines_reported_per_line():
    pairs, problems = _bilingual("pairs.jsonl")
    assert [p.id for p in pairs] == ["a1", "a2"]
    assert len(pairs[1].target.paragraphs) == 2
    assert problems[0].endswith("pairs.jsonl:3: has no target text")
    assert "pairs.jsonl:4: is not valid JSON" in problems[1]


@pytest.mark.parametrize("source_lang, target_lang", [("de-DE", "en-GB"), ("de", "en")])
def test_user_languages_match_regional_variants(source_lang, target_lang):
    docs, _ = _bilingual("memory.tmx", source_lang=source_lang, target_lang=target_lang)
    assert (docs[0].source_lang, docs[0].target_lang) == ("de", "en")
    assert len(docs[0].units) == 2


def test_html_page_without_article_element_keeps_its_headline_and_drops_sidebars():
    pair = read_pair(DATA / "article.de.html", DATA / "boxed.en.html", Options())
    paragraphs = [p.text for p in pair.target.paragraphs]
    assert paragraphs[0] == "Border region reports attacks on two villages"
    assert "Russian soldiers distribute sand at the site of a military attack. in Belgorod © IMAGO/Press Office" \
        in paragraphs  # a garbled caption inside the body text stays for the checks
    assert not any(word in pair.target.text for word in ("Most read", "Great article", "Imprint"))
