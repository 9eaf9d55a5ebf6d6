"""The HTML review page in a real headless Chromium (Debian's, driven by Playwright).

Skipped when Playwright or Chromium is missing, unless MTCHECK_REQUIRE_BROWSER=1
(set by .ci/run, which installs both) turns the skip into a failure.
Screenshots are kept in artifacts/ at the repository root.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from mtcheck import cli
from mtcheck.run.api import check_texts
from mtcheck.options import Options
from mtcheck.report import Report, html

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "corpora" / "seed"
ARTIFACTS = ROOT / "artifacts"
CHROMIUM = os.environ.get("MTCHECK_CHROMIUM", "/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
# A glossary gives the seed findings of a second check, made minor, so filters have something to filter.
CONFIG = """
severity = { MT330 = "minor" }
[glossary]
terms = { Geheimdienst = "secret service", Freiheitslegion = "Liberty Legion" }
"""


def _missing() -> str | None:
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "playwright is not installed (pip install '.[test]')"
    if not (Path(CHROMIUM).exists() or shutil.which(CHROMIUM)):
        return f"no Chromium at {CHROMIUM} (apt-get install chromium)"
    return None


@pytest.fixture(scope="module")
def browser():
    missing = _missing()
    if missing:
        if os.environ.get("MTCHECK_REQUIRE_BROWSER") == "1":
            pytest.fail(missing)
        pytest.skip(missing)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, timeout=60_000)
        yield chromium
        chromium.close()


class Page:
    """A loaded page with every console message, page error and dialog it produced."""

    def __init__(self, browser, path: Path) -> None:
        self.page = browser.new_page(viewport={"width": 1400, "height": 900}, accept_downloads=True)
        self.page.set_default_timeout(10_000)
        self.problems: list[str] = []
        self.page.on("console", lambda m: m.type in ("error", "warning") and self.problems.append(m.text))
        self.page.on("pageerror", lambda e: self.problems.append(str(e)))
        self.page.on("dialog", lambda d: (self.problems.append(f"dialog: {d.message}"), d.dismiss()))
        self.page.goto(path.as_uri())

    def classes(self, selector: str) -> list[list[str]]:
        return self.page.eval_on_selector_all(selector, "els => els.map(e => Array.from(e.classList))")

    def visible_ids(self) -> list[int]:
        return self.page.eval_on_selector_all("li.item:not([hidden])", "els => els.map(e => Number(e.dataset.f))")

    def current(self) -> int:
        return int(self.page.get_attribute("li.item.current", "data-f"))

    def shot(self, name: str, **kwargs) -> None:
        ARTIFACTS.mkdir(exist_ok=True)
        self.page.screenshot(path=str(ARTIFACTS / name), **kwargs)


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


def test_page_loads_without_errors(browser, seed):
    work, findings = seed
    page = Page(browser, work / "review.html")
    assert page.page.title() == "mtcheck review: belgorod.en.txt"
    assert len(page.visible_ids()) == len(findings) >= 3
    page.shot("review-loaded.png")
    assert page.problems == []


def test_selecting_a_finding_highlights_its_aligned_source(browser, seed):
    work, findings = seed
    page = Page(browser, work / "review.html")
    glued = next(f for f in findings if f["code"] == "MT101")
    page.page.click(f'li.item[data-f="{glued["id"]}"]')
    assert ["hl", "sev-major", "active"] in page.classes(f'mark[data-f~="{glued["id"]}"]')
    source = page.page.eval_on_selector_all(".src-active", "els => els.map(e => e.textContent).join('')")
    assert source == glued["source"]
    assert page.page.text_content("#d-message") == glued["message"]
    assert json.loads(page.page.text_content("#d-evidence")) == glued["evidence"]
    # The picture in the README: the selected finding mid-screen, the panel at its top.
    page.page.evaluate("""() => {
        const mark = document.querySelector("mark.active");
        window.scrollTo(0, mark.getBoundingClientRect().top + window.scrollY - 300);
        document.querySelector(".side").scrollTop = 0;
    }""")
    page.shot("review-seed.png")
    assert page.problems == []


def test_filters_by_severity_and_check(browser, seed):
    work, findings = seed
    page = Page(browser, work / "review.html")

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
    page.page.uncheck('input[data-code="MT330"]')
    shown = [f["id"] for f in findings if f["code"] != "MT330"]
    assert page.visible_ids() == shown
    assert any("off" in classes for _, classes in marks())
    for ids, classes in marks():
        assert ("off" in classes) == (not ids & set(shown))
    assert page.problems == []


def test_keyboard_moves_between_visible_findings(browser, seed):
    work, findings = seed
    page = Page(browser, work / "review.html")
    ids = [f["id"] for f in findings]
    page.page.keyboard.press("j")
    assert page.current() == ids[0]
    page.page.keyboard.press("j")
    assert page.current() == ids[1]
    page.page.keyboard.press("k")
    page.page.keyboard.press("k")
    assert page.current() == ids[-1]  # wraps around
    assert page.problems == []


def test_marks_export_a_baseline_the_cli_accepts(browser, seed, tmp_path):
    work, findings = seed
    page = Page(browser, work / "review.html")
    page.page.keyboard.press("j")
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
    assert page.problems == []


def test_print_layout_hides_the_controls(browser, seed):
    work, _ = seed
    page = Page(browser, work / "review.html")
    page.page.emulate_media(media="print")
    assert page.page.eval_on_selector(".controls", "e => getComputedStyle(e).display") == "none"
    assert page.page.eval_on_selector(".layout", "e => getComputedStyle(e).display") == "block"
    page.shot("review-print.png", full_page=True)
    assert page.problems == []


def test_hostile_document_text_stays_text(browser, tmp_path):
    hostile = ["<script>alert('pwned')</script>", "</textarea><img src=x onerror=alert(1)>",
               '" onmouseover="alert(2)" x="', '<a href="javascript:alert(3)">click</a>']
    target = "\n\n".join(f"The reportedSunday text {h} ends here." for h in hostile)
    source = "\n\n".join(f"Der Text berichtete am Sonntag {h} endet hier." for h in hostile)
    result = check_texts(source, target, "de", "en", Options(select=("MT101",)))
    path = tmp_path / "hostile.html"
    path.write_text(html.render(Report([result], {"mtcheck": "test"})), encoding="utf-8")
    page = Page(browser, path)
    for mark in page.page.query_selector_all("mark"):
        mark.hover()
        mark.click()
    shown = page.page.text_content("main")
    assert all(h in shown for h in hostile)
    assert page.page.query_selector_all("main img, main a, main script, main textarea") == []
    page.shot("review-hostile.png")
    assert page.problems == []
