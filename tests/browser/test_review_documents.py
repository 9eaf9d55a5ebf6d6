"""A review page of several documents, built from fixed findings with a source counterpart.

One page load for the module; the tests run in file order and put the filters back.
"""

from __future__ import annotations

import pytest

from mtcheck.report import html
from tests.browser.page import Page
from tests.report.sample import FINDINGS, SOURCE, documents_report


@pytest.fixture(scope="module")
def page(browser, tmp_path_factory):
    path = tmp_path_factory.mktemp("documents") / "review.html"
    path.write_text(html.render(documents_report()), encoding="utf-8")
    loaded = Page(browser, path)
    yield loaded
    assert loaded.problems == []
    loaded.page.close()


def test_counterpart_is_highlighted_within_its_aligned_source(page):
    assert page.current() == 0  # the first finding, selected on load, has a counterpart
    assert page.text(".src-active") == "berichtete am Sonntag"
    assert page.text(".src-context") == FINDINGS[0].source.text  # the sentence, faintly
    assert page.page.inner_text("#d-counterpart") == "berichtete am Sonntag"
    active, context = (page.page.eval_on_selector(selector, "e => getComputedStyle(e).backgroundColor")
                       for selector in (".src-active", ".src-context:not(.src-active)"))
    assert active != context
    page.shot("review-counterpart.png")

    page.select(1)  # no counterpart: the aligned source is the highlight
    assert page.text(".src-active") == page.text(".src-context") == FINDINGS[1].source.text
    assert not page.page.is_visible("#d-counterpart")
    assert SOURCE.count(page.text(".src-active")) == 1


def test_document_list_counts_and_filter(page):
    entries = page.page.eval_on_selector_all(
        ".doclist button", "els => els.map(e => e.innerText.split(/\\s+/).join(' '))")
    assert entries == ["All documents 2 major 2 minor",
                       "news/sample.en.txt 2 major 1 minor", "news/again.en.txt 1 minor",
                       "news/clean.en.txt no findings"]
    assert page.page.get_by_role("navigation", name="Documents").count() == 1

    page.page.click('.doclist button[data-doc="1"]')
    assert page.visible_ids() == [3] and page.current() == 3
    assert page.page.get_attribute('.doclist button[data-doc="1"]', "aria-pressed") == "true"
    assert [page.page.is_visible(f"#doc-{i}") for i in range(3)] == [False, True, False]
    page.shot("review-documents.png")

    page.page.uncheck('input[data-severity="minor"]')  # the document filter and the severity filter combine
    assert page.visible_ids() == [] and not page.page.is_visible("#detail")
    page.page.check('input[data-severity="minor"]')
    assert page.visible_ids() == [3]

    page.page.click('.doclist button[data-doc="2"]')
    assert page.visible_ids() == [] and page.page.is_visible("#doc-2")
    assert "No findings." in page.page.inner_text(".findings")

    page.page.click('.doclist button[data-doc=""]')
    assert page.visible_ids() == [0, 1, 2, 3]
    assert all(page.page.is_visible(f"#doc-{i}") for i in range(3))
