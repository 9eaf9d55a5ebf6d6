"""Check the hand-made corpus: encoding, gold format, span positions, paragraph alignment.

Run from anywhere: python3 verify.py [DIR]. Exits 1 on any problem and prints a summary table.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

GOLD_KEYS = {"document", "source", "target", "source_lang", "target_lang", "note", "spans"}
SPAN_KEYS = {"text", "kind", "severity"}
SPAN_OPTIONAL = {"occurrence"}
KINDS = {
    "boilerplate", "caption", "byline", "glued-token", "quotes", "fragment", "word-order",
    "misplaced-name", "name-inconsistency", "number", "untranslated", "addition", "omission",
    "casing", "heading", "mistranslation",
}
SEVERITIES = {"major", "minor"}
# Deliberate paragraph-count differences (target minus source); each is explained in the gold note.
PARAGRAPH_DELTA = {"offenburg": -1, "handball": -1, "nachtfalter": -1, "caledon": -1, "sevilla": -1}


def paragraphs(text: str) -> list[str]:
    """Blank-line-separated paragraphs, ignoring empty ones."""
    return [p for p in re.split(r"\n\s*\n", text) if p.strip()]


def read_text(path: Path, problems: list[str]) -> str:
    """Read a corpus file as strict UTF-8 and record encoding problems."""
    raw = path.read_bytes()
    if raw.startswith(b"\xef\xbb\xbf"):
        problems.append(f"{path.name}: has a BOM")
    if b"\r" in raw:
        problems.append(f"{path.name}: contains CR characters")
    if not raw.endswith(b"\n"):
        problems.append(f"{path.name}: does not end with a newline")
    return raw.decode("utf-8")


def find_all(haystack: str, needle: str) -> list[int]:
    """Start offsets of every (possibly overlapping) occurrence of needle."""
    out, i = [], haystack.find(needle)
    while i != -1:
        out.append(i)
        i = haystack.find(needle, i + 1)
    return out


def check_doc(gold_path: Path, problems: list[str]) -> dict:
    """Check one document and return its row for the summary table."""
    base = gold_path.parent
    gold = json.loads(read_text(gold_path, problems))
    doc = gold.get("document", gold_path.name)
    if set(gold) != GOLD_KEYS:
        problems.append(f"{doc}: gold keys {sorted(gold)} != {sorted(GOLD_KEYS)}")
    if gold_path.name != f"{doc}.gold.json":
        problems.append(f"{doc}: gold file name does not match document")
    for key, lang in (("source", "source_lang"), ("target", "target_lang")):
        if gold[key] != f"{doc}.{gold[lang]}.txt":
            problems.append(f"{doc}: {key} {gold[key]!r} does not match {lang} {gold[lang]!r}")
    src = read_text(base / gold["source"], problems)
    tgt = read_text(base / gold["target"], problems)

    taken: list[tuple[int, int, str]] = []
    severities = {"major": 0, "minor": 0}
    for n, span in enumerate(gold["spans"], 1):
        keys = set(span)
        if not SPAN_KEYS <= keys or keys - SPAN_KEYS - SPAN_OPTIONAL:
            problems.append(f"{doc} span {n}: keys {sorted(keys)}")
            continue
        if span["kind"] not in KINDS:
            problems.append(f"{doc} span {n}: unknown kind {span['kind']!r}")
        if span["severity"] not in SEVERITIES:
            problems.append(f"{doc} span {n}: unknown severity {span['severity']!r}")
        else:
            severities[span["severity"]] += 1
        hits = find_all(tgt, span["text"])
        occ = span.get("occurrence")
        if not hits:
            problems.append(f"{doc} span {n}: text not in target: {span['text']!r}")
            continue
        if len(hits) > 1 and occ is None:
            problems.append(f"{doc} span {n}: text occurs {len(hits)} times but has no occurrence")
            continue
        idx = (occ or 1) - 1
        if not 0 <= idx < len(hits):
            problems.append(f"{doc} span {n}: occurrence {occ} but only {len(hits)} hits")
            continue
        start, end = hits[idx], hits[idx] + len(span["text"])
        for s, e, t in taken:
            if start < e and s < end:
                problems.append(f"{doc} span {n}: overlaps {t!r}")
        taken.append((start, end, span["text"]))

    ps, pt = len(paragraphs(src)), len(paragraphs(tgt))
    delta = PARAGRAPH_DELTA.get(doc, 0)
    if pt - ps != delta:
        problems.append(f"{doc}: {ps} source vs {pt} target paragraphs (expected difference {delta})")
    if delta and "mission" not in gold["note"]:
        problems.append(f"{doc}: paragraph difference not explained in note")

    words = len(tgt.split())
    clean = not gold["spans"]
    low, high = (350, 600) if clean else (350, 700)
    if not low <= words <= high:
        problems.append(f"{doc}: target has {words} words, outside {low}-{high}")
    if not clean and not 8 <= len(gold["spans"]) <= 14:
        problems.append(f"{doc}: {len(gold['spans'])} spans, outside 8-14")
    return {
        "doc": doc, "pair": f"{gold['source_lang']}->{gold['target_lang']}",
        "src_w": len(src.split()), "tgt_w": words, "paras": f"{ps}/{pt}",
        "major": severities["major"], "minor": severities["minor"], "spans": len(gold["spans"]),
    }


def main() -> int:
    base = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent
    problems: list[str] = []
    rows = [check_doc(p, problems) for p in sorted(base.glob("*.gold.json"))]
    cols = ["doc", "pair", "src_w", "tgt_w", "paras", "major", "minor", "spans"]
    print("  ".join(f"{c:>11}" for c in cols))
    for r in rows:
        print("  ".join(f"{str(r[c]):>11}" for c in cols))
    tot = {c: sum(r[c] for r in rows) for c in ("src_w", "tgt_w", "major", "minor", "spans")}
    print("  ".join(f"{str(tot.get(c, 'total' if c == 'doc' else '')):>11}" for c in cols))
    for p in problems:
        print("PROBLEM:", p)
    print("OK" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
