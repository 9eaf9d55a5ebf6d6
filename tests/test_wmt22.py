"""The WMT22 yardstick: pseudo-articles, word counts, figures; and no internal error on any WMT22 file."""

import os
from pathlib import Path

import pytest

from mtcheck.eval.wmt22 import (Article, articles, check_article, join_lines, main, measure, reference_pairs, summary,
                                word_count)

# ../shared beside the checkout, as in CI; MTCHECK_SHARED points elsewhere (a worktree's checkout).
SHARED = Path(os.environ.get("MTCHECK_SHARED", Path(__file__).resolve().parents[1].parent / "shared"))
WMT22 = SHARED / "corpora" / "wmt22"


def _corpus(root: Path) -> Path:
    """A two-pair miniature of the WMT22 layout."""
    for folder in ("sources", "references", "system-outputs"):
        (root / folder).mkdir(parents=True)
    lines = [("Die Stadt hat 1.000.000 Einwohner.", "The city has 1,000,000 inhabitants."),
             ("Der Bürgermeister sprach am Montag.", "The mayor spoke on Monday.")] * 3
    (root / "sources" / "generaltest2022.de-en.src.de").write_text("\n".join(s for s, _ in lines) + "\n")
    (root / "references" / "generaltest2022.de-en.ref.A.en").write_text("\n".join(t for _, t in lines) + "\n")
    (root / "references" / "generaltest2022.de-en.ref.B.en").write_text("\n".join(t for _, t in lines) + "\n")
    (root / "system-outputs" / "generaltest2022.de-en.hyp.X.en").write_text("\n".join(t for _, t in lines) + "\n")
    return root


def test_pairs_of_each_kind(tmp_path):
    root = _corpus(tmp_path)
    assert [p.name for p in reference_pairs(root)] == ["de-en"]
    assert len(reference_pairs(root, "refs")) == 2
    assert [p.name for p in reference_pairs(root, "hyp")] == ["de-en:hyp:X"]
    (src,) = reference_pairs(root, "src")
    assert (src.source_lang, src.target_lang) == ("en", "de")


def test_articles_are_consecutive_lines_as_paragraphs(tmp_path):
    (pair,) = reference_pairs(_corpus(tmp_path))
    found = list(articles(pair, lines=4))
    assert [a.first_line for a in found] == [1, 5]
    assert found[0].target.count("\n\n") == 3
    assert len(list(articles(pair, lines=2, stride=2))) == 2
    assert len(list(articles(pair, lines=2, limit=1))) == 1


def test_joined_lines_make_paragraphs_of_several_sentences(tmp_path):
    (pair,) = reference_pairs(_corpus(tmp_path))
    (one,) = articles(pair, lines=6)
    (joined,) = articles(pair, lines=6, join=4)
    assert joined.target.split("\n\n") == [
        "The city has 1,000,000 inhabitants. The mayor spoke on Monday. The city has 1,000,000 inhabitants. "
        "The mayor spoke on Monday.", "The city has 1,000,000 inhabitants. The mayor spoke on Monday."]
    assert joined.source.count("\n\n") == 1
    assert joined.target.split() == one.target.split()  # the same words, only the paragraphs differ


def test_lines_of_unspaced_scripts_join_without_a_space():
    assert join_lines(["这座城市很大。", "他说：「好。」", "GDP增长了。"], "zh") == "这座城市很大。他说：「好。」 GDP增长了。"
    assert join_lines(["東京です。", "大阪です。"], "ja") == "東京です。大阪です。"
    assert join_lines(["这座城市很大。", "他说。"], "en") == "这座城市很大。 他说。"  # a spaced language keeps the space
    assert join_lines(["The city.", "The mayor."], "en") == "The city. The mayor."


def test_figures_per_pair_and_check(tmp_path, capsys):
    (pair,) = reference_pairs(_corpus(tmp_path))
    figures = summary(measure(list(articles(pair, lines=6))))
    assert figures["pairs"]["de-en"]["words"] == figures["words"] > 0
    assert figures["errors"] == []
    assert main([str(tmp_path), "--format", "json"]) == 0
    assert '"per_1000_words"' in capsys.readouterr().out
    assert main([str(tmp_path), "--join", "3"]) == 0
    assert "OVERALL" in capsys.readouterr().out


def test_an_internal_error_is_recorded_for_its_article():
    tally = check_article(Article("xx-yy", "de", "en", 1, "Gleich.", "Gleich."))  # identical: refused
    assert tally.articles == 1 and len(tally.errors) == 1 and "line 1" in tally.errors[0]


def test_words_of_unspaced_scripts():
    assert word_count("The city has many people.", "en") == 5
    assert word_count("这座城市有很多人。", "zh") == 4


@pytest.mark.skipif(not WMT22.is_dir(), reason="../shared/corpora/wmt22 is not present")
@pytest.mark.parametrize("kind", ["src", "refs", "hyp"])
def test_no_internal_error_on_any_wmt22_file(kind):
    """The first 20 lines of every file (bench/bench_wmt22_crash.py runs them all)."""
    items = [next(articles(p, lines=20)) for p in reference_pairs(WMT22, kind)]
    tallies = measure(items)
    assert [e for t in tallies.values() for e in t.errors] == []


def test_explain_and_the_checks_table_show_the_false_alarm_rate():
    from click.testing import CliRunner

    from mtcheck.checks import all_checks, markdown_table, reference_rates
    from mtcheck.cli import main as cli

    result = CliRunner().invoke(cli, ["explain", "MT320"])
    assert "False alarms:" in result.output and "per 1,000 words" in result.output
    assert markdown_table().splitlines()[0].endswith("false alarms / 1k words |")
    codes = {c.code for c in all_checks()}
    assert set(reference_rates()["checks"]) <= codes


def test_rates_written_for_the_registry(tmp_path):
    from mtcheck.eval.wmt22 import write_rates

    figures = {"words": 1000, "per_1000_words": 1.0, "major_per_1000_words": 0.5,
               "checks": {"MT320": {"findings": 1, "per_1000_words": 1.0, "major_per_1000_words": 0.5}}}
    write_rates(figures, tmp_path / "rates.json", 17, 1)
    import json

    rates = json.loads((tmp_path / "rates.json").read_text())
    assert rates["checks"]["MT320"]["major_per_1000_words"] == 0.5 and "17 pairs" in rates["measured_on"]
