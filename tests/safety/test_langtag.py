"""Language tags: every way a language comes in is normalised to its primary subtag, or refused."""

import itertools
import json
import random
import string
from pathlib import Path

import langcodes

import pytest
from click.testing import CliRunner

from mtcheck.cli import main
from mtcheck.errors import InputError
from mtcheck.inputs import read_bilingual, read_pair
from mtcheck.options import Options
from mtcheck.run.api import check_texts
from mtcheck.run.config import load_config
from mtcheck.text.langtag import normalise, primary

SEED = Path(__file__).resolve().parents[2] / "corpora" / "seed"
PAIR = [str(SEED / "belgorod.de.txt"), str(SEED / "belgorod.en.txt")]
DATA = Path(__file__).resolve().parents[1] / "inputs" / "data"


@pytest.mark.parametrize("tag, code", [
    ("de", "de"), ("de-DE", "de"), ("EN", "en"), ("en-us", "en"), ("pt-BR", "pt"), ("zh-Hant-TW", "zh"),
    ("zh_Hans", "zh"), ("es-419", "es"), ("deu", "de"), ("iw", "he"), (" fr ", "fr"), ("de_DE.UTF-8", "de"), ("sr@latin", "sr"),
])
def test_tags_become_their_primary_subtag(tag, code):
    assert normalise(tag) == code


@pytest.mark.parametrize("tag", ["english", "German", "zz", "und", "", "x-pseudo", "de--DE", "\x1b[2J", "a" * 500,
                                 ".UTF-8", "@latin"])
def test_names_and_non_tags_are_refused_naming_where_they_came_from(tag):
    with pytest.raises(InputError, match=r"^--source-lang: .* is not a BCP 47 language tag") as caught:
        normalise(tag, "--source-lang")
    assert "\x1b" not in str(caught.value) and "\n" not in str(caught.value)


def _by_langcodes(tag: str) -> str | None:
    """What langcodes itself makes of a tag: the primary subtag of a valid tag, else None."""
    try:
        language = langcodes.Language.get(tag, normalize=True)
    except (langcodes.LanguageTagError, ValueError):
        return None
    code = language.language or ""
    return code if code != "und" and len(code) in (2, 3) and language.is_valid() else None


LETTER_PAIRS = ["".join(p) for p in itertools.product(string.ascii_lowercase, repeat=2)]
REGIONS = [r.upper() for r in LETTER_PAIRS] + [f"{n:03d}" for n in range(1000)]


def test_the_table_of_simple_tags_says_what_langcodes_says():
    """Two-letter languages, alone or with a region, are read from tags.json without langcodes: the same answers."""
    languages = [tag for code in LETTER_PAIRS for tag in (code, code.upper(), code.title())]
    assert [primary(tag) for tag in languages] == [_by_langcodes(tag) for tag in languages]
    with_regions = [f"{language}-{region}" for language in ("de", "pt") for region in REGIONS]
    assert [primary(tag) for tag in with_regions] == [_by_langcodes(tag) for tag in with_regions]
    sample = random.Random(7)
    mixed = [f"{sample.choice(LETTER_PAIRS)}{sample.choice('-_')}{sample.choice(REGIONS)}" for _ in range(3000)]
    mixed = [tag.lower() if n % 2 else tag for n, tag in enumerate(mixed)]
    assert [primary(tag) for tag in mixed] == [_by_langcodes(tag) for tag in mixed]


def test_a_tag_of_the_wrong_type_is_refused():
    with pytest.raises(InputError, match="must be a language tag .*not list"):
        normalise(["en"], "x.jsonl:1: 'target_lang'")


def _findings(*args: str) -> list[tuple]:
    run = CliRunner().invoke(main, ["check", *PAIR, "--format", "json", *args])
    assert run.exit_code in (0, 1), run.output
    return [(f["code"], f["target"]["start"]) for d in json.loads(run.stdout)["documents"] for f in d["findings"]]


def test_regional_and_upper_case_tags_give_the_same_findings_on_the_seed():
    expected = _findings("-s", "de", "-t", "en")
    assert len(expected) > 10
    assert _findings("-s", "de-DE", "-t", "en-US") == expected
    assert _findings("-s", "DE", "-t", "EN") == expected


@pytest.mark.parametrize("command", ["check", "review", "align"])
def test_a_language_name_on_the_command_line_is_one_line_and_exit_2(command, tmp_path):
    extra = ["-o", str(tmp_path / "r.html")] if command == "review" else []
    run = CliRunner().invoke(main, [command, *PAIR, "-s", "german", *extra])
    assert run.exit_code == 2
    assert run.stderr.strip().splitlines() == [
        "mtcheck: error: --source-lang: 'german' is not a BCP 47 language tag (such as 'en', 'de' or 'pt-BR')"]


def test_config_languages_are_normalised_and_names_refused(tmp_path):
    good = tmp_path / "mtcheck.toml"
    good.write_text('source-lang = "de-AT"\ntarget-lang = "EN-GB"\n', encoding="utf-8")
    options = load_config(good).options()
    assert (options.source_lang, options.target_lang) == ("de", "en")
    good.write_text('source-lang = "Deutsch"\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"mtcheck.toml: 'source-lang': 'Deutsch' is not a BCP 47"):
        load_config(good)


def _relang(path: Path, old: str, new: str, tmp_path: Path) -> Path:
    tmp_path.mkdir(exist_ok=True)
    copy = tmp_path / path.name
    copy.write_text(path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    return copy


def test_html_lang_attribute_is_normalised_and_a_name_refused_unless_overridden(tmp_path):
    regional = _relang(DATA / "article.en.html", 'lang="en"', 'lang="EN-gb"', tmp_path / "a")
    assert read_pair(DATA / "article.de.html", regional, Options()).target.lang == "en"
    named = _relang(DATA / "article.en.html", 'lang="en"', 'lang="english"', tmp_path)
    with pytest.raises(InputError, match=r"article.en.html: 'english' is not a BCP 47"):
        read_pair(DATA / "article.de.html", named, Options())
    assert read_pair(DATA / "article.de.html", named, Options(target_lang="en")).target.lang == "en"


def _languages(path: Path) -> list[tuple[str, str]]:
    return [(d.source_lang, d.target_lang) for d in read_bilingual(path, Options()) if hasattr(d, "target_lang")]


def test_xliff_attributes_are_normalised_and_a_name_refused(tmp_path):
    assert _languages(DATA / "strings.xlf") == [("de", "en")]  # de-DE, en-US
    named = _relang(DATA / "strings.xlf", 'target-language="en-US"', 'target-language="English"', tmp_path)
    with pytest.raises(InputError, match=r"strings.xlf: 'English' is not a BCP 47"):
        _languages(named)


def test_tmx_language_attributes_are_normalised_whatever_their_case(tmp_path):
    assert _languages(DATA / "memory.tmx") == [("de", "en")]  # de-DE, en-GB
    upper = _relang(DATA / "memory.tmx", 'xml:lang="en-GB"', 'xml:lang="EN"', tmp_path)
    assert _languages(upper) == [("de", "en")]


def test_api_normalises_and_refuses():
    result = check_texts("Der Hund schläft.", "The dog sleeps.", "de-DE", "en-US")
    assert (result.source.lang, result.target.lang) == ("de", "en")
    with pytest.raises(InputError, match="target_lang: 'english'"):
        check_texts("Der Hund schläft.", "The dog sleeps.", "de", "english")


def test_a_run_request_normalises_its_languages_before_any_document():
    from mtcheck.run.api import Request, run

    report = run(Request(*PAIR, source_lang="de-DE", target_lang="EN"))
    assert [(d.source.lang, d.target.lang) for d in report.documents] == [("de", "en")]
    with pytest.raises(InputError, match=r"^source_lang: 'Deutsch' is not a BCP 47"):
        run(Request(*PAIR, source_lang="Deutsch"))
