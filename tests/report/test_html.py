import base64
import hashlib
import json
import re
from html.parser import HTMLParser

from mtcheck.run.api import check_texts
from mtcheck.options import Options
from mtcheck.report import Report, html
from tests.report.sample import FINDINGS, documents_report, sample_report

HOSTILE = [
    "<script>alert('pwned')</script>",
    "</textarea><img src=x onerror=alert(1)>",
    '" onmouseover="alert(2)" data-x="',
    "<a href=\"javascript:alert(3)\">click</a>",
    "javascript:alert(4)",
    "</script><script>alert(5)</script>",
]


class Elements(HTMLParser):
    """Collects every start tag with its attributes, and all text."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


def parse(page: str) -> Elements:
    parser = Elements()
    parser.feed(page)
    return parser


def hostile_page() -> str:
    target = "\n\n".join(f"The reportedSunday text {h} ends here." for h in HOSTILE)
    source = "\n\n".join(f"Der Text berichtete am Sonntag {h} endet hier." for h in HOSTILE)
    result = check_texts(source, target, "de", "en", Options(select=("MT101",)))
    assert result.findings, "the hostile page must carry findings, so evidence and messages are rendered too"
    return html.render(Report([result], {"mtcheck": "test"}))


def test_document_text_is_escaped_everywhere():
    page = hostile_page()
    elements = parse(page)
    scripts = [attrs for tag, attrs in elements.tags if tag == "script"]
    assert scripts == [{"type": "application/json", "id": "mtcheck-data"}, {}]
    links = [a for t, a in elements.tags if t == "a"]
    assert links == [{"class": "skip", "href": "#docs"}]  # the page's own skip link, and no other
    assert not [t for t, _ in elements.tags if t in ("img", "textarea")]
    assert not any(k.startswith("on") or "alert" in v for _, attrs in elements.tags for k, v in attrs.items() if v)
    text = "".join(elements.text)
    for h in HOSTILE[:3]:
        assert h in text  # shown as text, characters intact


def test_embedded_data_cannot_close_its_script_element():
    page = hostile_page()
    data = page.split('<script type="application/json" id="mtcheck-data">', 1)[1].split("</script>", 1)[0]
    assert "<" not in data and ">" not in data
    findings = json.loads(data)["findings"]
    assert findings and all("fingerprint" in f for f in findings)


def test_page_is_self_contained_and_allows_only_its_own_script():
    page = html.render(sample_report())
    elements = parse(page)
    assert not [a for t, a in elements.tags if t in ("link", "img", "iframe") or (t == "script" and "src" in a)]
    assert not re.search(r"https?://", page)
    script = page.rsplit("<script>", 1)[1].split("</script>", 1)[0]
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode()
    policy = next(a["content"] for t, a in elements.tags if a.get("http-equiv") == "Content-Security-Policy")
    assert "default-src 'none'" in policy and f"'sha256-{digest}'" in policy


def test_findings_are_marked_in_the_target_and_their_source_spans_anchored():
    elements = parse(html.render(sample_report()))
    marks = [a for t, a in elements.tags if t == "mark"]
    anchors = [a for t, a in elements.tags if a.get("data-s")]
    assert {m["data-f"] for m in marks} == {"0", "1", "2"}
    assert {m["class"] for m in marks} == {"hl sev-major", "hl sev-minor"}
    assert {a["data-s"] for a in anchors} == {"0", "1", "2"}
    assert [a["data-code"] for t, a in elements.tags if t == "input" and "data-code" in a] == ["MT101", "MT330"]


def test_back_translation_gets_a_word_diff():
    data = html.context(sample_report())["data"]["findings"]
    assert data[2]["diff"] == [("same", "Der"), ("added", "Kanzler"), ("missing", "Bundeskanzler"),
                               ("same", "schwieg dazu.")]
    assert data[0]["diff"] is None


def test_word_diff():
    assert html.word_diff("the cat sat", "the dog sat") == [("same", "the"), ("added", "cat"),
                                                            ("missing", "dog"), ("same", "sat")]


def test_counterpart_is_cut_out_of_its_aligned_source():
    values = html.context(documents_report())
    source = [piece for row in values["documents"][0]["rows"] for para in row.source for piece in para]
    strong = [p for p in source if p.counterparts]
    assert [(p.text, p.ids, p.counterparts) for p in strong] == [("berichtete am Sonntag", (0,), (0,))]
    assert "".join(p.text for p in source if 0 in p.ids) == FINDINGS[0].source.text
    assert values["data"]["findings"][0]["counterpart"] == "berichtete am Sonntag"
    assert values["data"]["findings"][1]["counterpart"] is None


def test_documents_carry_their_counts_by_severity():
    documents = html.context(documents_report())["documents"]
    assert [(d["name"], d["major"], d["minor"]) for d in documents] == [
        ("news/sample.en.txt", 2, 1), ("news/again.en.txt", 0, 1), ("news/clean.en.txt", 0, 0)]
    page = html.render(documents_report())
    single = html.render(Report(documents_report().documents[:1], {}))
    assert 'class="doclist"' in page and 'class="doclist"' not in single


def test_evidence_is_embedded_as_lines_of_words():
    data = html.context(sample_report())["data"]["findings"]
    assert data[0]["evidence"] == [("Parts of the glued word", "reported + Sunday")]
    assert data[2]["evidence"] == [("Glossary term", "Bundeskanzler")]  # the back-translation is in the diff
