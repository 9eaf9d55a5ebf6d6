import base64
import hashlib
import json
import re
from html.parser import HTMLParser

from mtcheck.run.api import check_texts
from mtcheck.options import Options
from mtcheck.report import Report, html
from tests.report.sample import sample_report

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
    assert not [t for t, _ in elements.tags if t in ("img", "a", "textarea")]
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
