"""The seed's review page (one document) in a real headless Chromium: one page load for the module.

The tests run in file order on the same page; each one that changes the filters or the media
puts them back.  Screenshots are kept in artifacts/ at the repository root; review-seed.png is
the picture in the README (docs/review.png).
"""

from __future__ import annotations

import json
import os
import shutil

import pytest
from click.testing import CliRunner

from mtcheck import cli
from mtcheck.options import Options
from mtcheck.report import Report, html
from mtcheck.run.api import check_texts
from tests.browser.page import ROOT, Page

SEED = ROOT / "corpora" / "seed"
# A glossary gives the seed findings of a second check, made minor, so filters have something to filter.
CONFIG = """
severity = { MT330 = "minor" }
[glossary]
terms = { Geheimdienst = "secret service", Freiheitslegion = "Liberty Legion" }
"""


@pytest.fixture(scope="module")
def seed(tmp_path_factory):
    """The seed's review page, its findings, and a directory to run the CLI in."""
    work = tmp_path_factory.mktemp("review")
    for name in ("belgorod.de.txt", "belgorod.en.txt"):
        shutil.copy(SEED / name, work / name)
    (work / "mtcheck.toml").write_text(CONFIG, encoding="utf-8")
    cwd = os.getcwd()
    os.chdir(work)
    try:
        run = CliRunner().invoke(cli.main, ["review", "belgorod.de.txt", "belgorod.en.txt", "-o", "review.html"])
        assert run.exit_code == 0, run.output
    finally:
        os.chdir(cwd)
    page = (work / "review.html").read_text(encoding="utf-8")
    data = json.loads(page.split('id="mtcheck-data">', 1)[1].split("</script>", 1)[0])
    return work, data["findings"]


@pytest.fixture(scope="module")
def page(browser, seed):
    loaded = Page(browser, seed[0] / "review.html")
    yield loaded
    loaded.page.close()


@pytest.fixture(autouse=True)
def no_problems(request):
    """Every test ends with no console error, page error or dialog on the module's page."""
    yield
    if "page" in request.fixturenames:
        assert request.getfixturevalue("page").problems == []


def test_first_screen_shows_the_article_with_the_first_finding_selected(page, seed):
    _, findings = seed
    assert page.page.title() == "mtcheck review: belgorod.en.txt"
    assert len(page.visible_ids()) == len(findings) > 12
    assert page.current() == findings[0]["id"]
    assert page.page.text_content("#d-message") == findings[0]["message"]
    assert page.in_view("mark.active") and page.in_view("#detail")
    assert page.page.is_visible("article.doc")
    assert not page.page.is_visible("table.counts")  # the summary table is one click away
    assert page.page.query_selector(".doclist") is None  # one document needs no list
    page.shot("review-loaded.png")


def test_selecting_a_finding_highlights_its_source_counterpart(page, seed):
    _, findings = seed
    glued = next(f for f in findings if f["code"] == "MT101")
    page.select(glued["id"])
    assert ["hl", "sev-major", "active"] in page.classes(f'mark[data-f~="{glued["id"]}"]')
    # Until the checks fill in counterparts, the whole aligned source is the strong highlight.
    assert page.text(".src-active") == (glued["counterpart"] or glued["source"])
    assert page.text(".src-context") == glued["source"]
    assert page.page.text_content("#d-message") == glued["message"]
    # The picture in the README: the selected finding mid-screen.
    page.page.evaluate("""() => {
        const mark = document.querySelector("mark.active");
        window.scrollTo(0, mark.getBoundingClientRect().top + window.scrollY - 300);
    }""")
    page.shot("review-seed.png")


def test_evidence_reads_as_words_not_json(page, seed):
    _, findings = seed
    glued = next(f for f in findings if f["code"] == "MT101")
    page.select(glued["id"])
    evidence = page.page.inner_text("#d-evidence")
    assert "Parts of the glued word" in evidence and " + " in evidence and "per million words" in evidence
    # Every finding of the seed, selected in turn: its evidence lines, as the panel shows them.
    shown = page.page.evaluate("""() => Array.from(document.querySelectorAll("li.item"), (li) => {
        li.click();
        const texts = (selector) => Array.from(document.querySelectorAll(selector), (e) => e.textContent);
        return [texts("#d-evidence dt"), texts("#d-evidence dd")];
    })""")
    for f, (labels, values) in zip(findings, shown, strict=True):
        assert len(labels) == len(values) == len(f["evidence"]) and all(labels) and all(values)
        assert not any(v.lstrip().startswith(("{", "[", '"')) for v in values), values
        assert not any("_" in label for label in labels), labels


def test_filters_by_severity_and_check(page, seed):
    _, findings = seed

    def marks() -> list[tuple[set[int], list[str]]]:
        found = page.page.eval_on_selector_all(
            "mark", "els => els.map(e => [e.dataset.f.split(' ').map(Number), Array.from(e.classList)])")
        return [(set(ids), classes) for ids, classes in found]

    minor = [f["id"] for f in findings if f["severity"] == "minor"]
    page.page.uncheck('input[data-severity="major"]')
    assert page.visible_ids() == minor and minor
    for ids, classes in marks():  # text stays marked, in the colour of what is still shown
        assert ("off" in classes) == (not ids & set(minor)) and "sev-major" not in classes
    page.shot("review-filtered.png")

    page.page.check('input[data-severity="major"]')
    page.page.click("details.checks summary")
    page.page.uncheck('input[data-code="MT330"]')
    shown = [f["id"] for f in findings if f["code"] != "MT330"]
    assert page.visible_ids() == shown
    assert any("off" in classes for _, classes in marks())
    for ids, classes in marks():
        assert ("off" in classes) == (not ids & set(shown))
    page.page.check('input[data-code="MT330"]')
    page.page.click("details.checks summary")
    assert page.visible_ids() == [f["id"] for f in findings]


def test_keyboard_moves_between_visible_findings(page, seed):
    _, findings = seed
    ids = [f["id"] for f in findings]
    page.select(ids[0])
    page.page.keyboard.press("j")
    assert page.current() == ids[1]
    page.page.keyboard.press("k")
    page.page.keyboard.press("k")
    assert page.current() == ids[-1]  # wraps around


def test_detail_panel_stays_in_view(page, seed):
    _, findings = seed
    page.select(findings[0]["id"])
    page.page.keyboard.press("k")  # the last finding, far down the article and the list
    assert page.current() == findings[-1]["id"]
    assert page.page.evaluate("window.scrollY") > 900 and page.in_view("mark.active")
    assert page.in_view("#detail") and page.in_view("li.item.current")
    assert page.page.text_content("#d-message") == findings[-1]["message"]
    page.page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
    page.page.eval_on_selector(".side-scroll", "e => { e.scrollTop = e.scrollHeight; }")
    assert page.in_view("#detail") and page.in_view("#detail button[data-mark='accepted']")
    page.shot("review-scrolled.png")


def test_question_mark_opens_the_keyboard_help(page, seed):
    _, findings = seed
    page.page.keyboard.press("?")
    assert page.page.is_visible("dialog#help")
    assert "false positive" in page.page.inner_text("dialog#help")
    page.page.keyboard.press("j")  # keys go to the help while it is open
    assert page.current() == findings[-1]["id"]
    page.shot("review-help.png")
    page.page.keyboard.press("Escape")
    assert not page.page.is_visible("dialog#help")
    page.page.click("#help-open")
    assert page.page.is_visible("dialog#help")
    page.page.click("#help-close")
    assert not page.page.is_visible("dialog#help")


def test_page_works_by_keyboard_and_has_landmarks(page, seed):
    _, findings = seed
    roles = {role: page.page.get_by_role(role).count() for role in ("banner", "main", "complementary")}
    assert roles == {"banner": 1, "main": 1, "complementary": 1}
    assert page.page.get_by_role("heading", level=1).count() == 1
    for name in ("Filters", "Findings"):
        assert page.page.get_by_role("heading", name=name, exact=True).count() == 1
    # Tab reaches the list; Enter selects the finding that has the focus.
    page.page.evaluate("document.activeElement.blur(); window.scrollTo(0, 0)")
    for _ in range(40):
        page.page.keyboard.press("Tab")
        if page.page.evaluate("document.activeElement.matches('li.item')"):
            break
    page.page.keyboard.press("Tab")
    focused = page.page.evaluate("Number(document.activeElement.dataset.f)")
    page.page.keyboard.press("Enter")
    assert page.current() == focused == findings[1]["id"]
    # Severity shows by line style as well as colour, and by name in the list.
    style = "e => getComputedStyle(e).textDecorationStyle"
    assert page.page.eval_on_selector("mark.sev-major", style) == "solid"
    assert page.page.eval_on_selector("mark.sev-minor", style) == "dashed"
    assert page.page.inner_text('li.item[data-severity="minor"] .badge') == "minor"


def test_marks_export_a_baseline_the_cli_accepts(page, seed, tmp_path):
    work, findings = seed
    page.select(findings[0]["id"])
    page.page.click('button[data-mark="accepted"]')
    page.page.keyboard.press("j")
    page.page.keyboard.press("f")
    assert page.page.text_content("#decided") == "2 marked"
    with page.page.expect_download() as download:
        page.page.click("#export")
    exported = tmp_path / "baseline.json"
    download.value.save_as(exported)
    decisions = json.loads(exported.read_text(encoding="utf-8"))["findings"]
    assert [d["status"] for d in decisions] == ["accepted", "false-positive"]

    cwd = os.getcwd()
    os.chdir(work)
    try:
        args = ["check", "belgorod.de.txt", "belgorod.en.txt", "--format", "json", "--fail-on", "never"]
        before = CliRunner().invoke(cli.main, args)
        after = CliRunner().invoke(cli.main, [*args, "--baseline", str(exported)])
    finally:
        os.chdir(cwd)
    assert after.exit_code == 0, after.output
    count = lambda run: sum(len(d["findings"]) for d in json.loads(run.stdout)["documents"])  # noqa: E731
    assert count(after) == count(before) - 2 == len(findings) - 2


def test_print_layout_hides_the_controls(page):
    page.page.emulate_media(media="print")
    try:
        assert page.page.eval_on_selector(".controls", "e => getComputedStyle(e).display") == "none"
        assert page.page.eval_on_selector(".layout", "e => getComputedStyle(e).display") == "block"
        page.shot("review-print.png", full_page=True)
    finally:
        page.page.emulate_media(media="screen")


def test_hostile_document_text_stays_text(browser, tmp_path):
    hostile = ["<script>alert('pwned')</script>", "</textarea><img src=x onerror=alert(1)>",
               '" onmouseover="alert(2)" x="', '<a href="javascript:alert(3)">click</a>']
    target = "\n\n".join(f"The reportedSunday text {h} ends here." for h in hostile)
    source = "\n\n".join(f"Der Text berichtete am Sonntag {h} endet hier." for h in hostile)
    result = check_texts(source, target, "de", "en", Options(select=("MT101",)))
    path = tmp_path / "hostile.html"
    path.write_text(html.render(Report([result], {"mtcheck": "test"})), encoding="utf-8")
    hostile_page = Page(browser, path)
    for mark in hostile_page.page.query_selector_all("mark"):
        mark.hover()
        mark.click()
    shown = hostile_page.page.text_content("main")
    assert all(h in shown for h in hostile)
    assert hostile_page.page.query_selector_all("main img, main a, main script, main textarea") == []
    hostile_page.shot("review-hostile.png")
    assert hostile_page.problems == []
    hostile_page.page.close()
