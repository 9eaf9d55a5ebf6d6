"""Run the evaluation over gold files and render its figures.

Each gold document is checked by the run layer's one path
(:func:`mtcheck.run.api.check_files`), read as ``mtcheck check`` reads it.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any, Callable, Sequence

from mtcheck.eval.gold import Scores, load_gold, missed_and_false, score
from mtcheck.options import Options
from mtcheck.run.api import check_files
from mtcheck.text.document import read_text

_COLUMNS = ("major_recall", "recall", "precision", "false_flags_per_1000_words")


def evaluate_files(paths: Sequence[str], options: Options | None = None,
                   progress: Callable[[int, int], Any] | None = None) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """Per-document rows and the overall (micro-averaged) figures; ``progress(done, total)`` after each file."""
    rows, total = [], Scores()
    for done, path in enumerate(paths, 1):
        gold = load_gold(path, read_text)
        doc_options = replace(options or Options(), source_lang=gold.source_lang, target_lang=gold.target_lang)
        result = check_files(gold.source, gold.target, doc_options)
        scores = score(gold, result)
        total += scores
        missed, false = missed_and_false(gold, result)
        rows.append({
            "document": gold.name,
            **scores.as_dict(),
            "missed": [{"text": g.text, "severity": g.severity, "kind": g.kind} for g in missed],
            "false_regions": [
                {"text": result.target.text[s:e],
                 "codes": sorted({f.code for f in result.findings if f.target.start < e and s < f.target.end})}
                for s, e in false
            ],
        })
        if progress:
            progress(done, len(paths))
    return rows, total.as_dict()


def _fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}" if isinstance(value, float) else str(value)


def render_eval_text(rows: list[dict[str, Any]], total: dict[str, Any], verbose: bool) -> str:
    """A table: one row per document and an overall row."""
    header = f"{'document':<28}" + "".join(f"{c:>16}" for c in ("major recall", "recall", "precision", "false/1k words"))
    lines = [header]
    for row in rows + [{"document": "OVERALL", **total}]:
        lines.append(f"{row['document']:<28}" + "".join(f"{_fmt(row[c]):>16}" for c in _COLUMNS))
        if verbose and row["document"] != "OVERALL":
            lines += [f"    missed {m['severity']}: {m['text']!r}" for m in row["missed"]]
            lines += [f"    false {','.join(f['codes'])}: {f['text']!r}" for f in row["false_regions"]]
    return "\n".join(lines) + "\n"
