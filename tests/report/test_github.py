from mtcheck.report import github
from tests.report.sample import FINDINGS, result, sample_report
from tests.report.snapshot import assert_snapshot


def test_github_snapshot():
    assert_snapshot("sample.github.txt", github.render(sample_report()))


def test_levels_and_positions():
    lines = github.render(sample_report()).splitlines()
    assert lines[0].startswith("::error file=news/sample.en.txt,line=1,col=14,endColumn=27,endLine=1,")
    assert lines[2].startswith("::warning file=news/sample.en.txt,line=4,col=1,")
    assert not lines[-1].startswith("::")  # the summary is a plain log line


def test_document_text_cannot_inject_commands():
    hostile = FINDINGS[0].__class__(**{**vars(FINDINGS[0]), "message": "50% done\n::error::forged, really: yes"})
    line = github.annotation(result([hostile], paths=("a,b:c.de.txt", "a,b:c.en.txt")), hostile)
    assert line.count("\n") == 0
    assert "file=a%2Cb%3Ac.en.txt" in line
    assert line.endswith("::50%25 done%0A::error::forged, really: yes%0ASource: Der Minister berichtete am "
                         "Sonntag über die Lage.")
