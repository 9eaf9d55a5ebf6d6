"""Reference yardstick: findings per 1,000 words on professional WMT22 reference translations.

A professional reference is a correct translation, so nearly every finding on
one is a false alarm.  The WMT22 general test sets (``corpora/wmt22`` in the
shared data: sources, references, system outputs, one segment a line, no
document ids) are cut into pseudo-articles of consecutive lines, each line a
paragraph, and every check runs on each article.  The figures are findings
per 1,000 target words, per pair and per check, with the major ones apart.

    python -m mtcheck.eval.wmt22 ../shared/corpora/wmt22 [--lines 20] [--join 1] [--jobs 2] [--format json]

``--join K`` makes paragraphs of K consecutive lines instead of one: real
articles have paragraphs of several sentences, and WMT22 lines are mostly one
sentence each, so one line a paragraph makes the sentence alignment easy.
Joined lines are separated by a space, or by nothing between two characters
of a script written without spaces (Chinese and Japanese).

Words are whitespace tokens; Chinese and Japanese text, written without
spaces, counts one word per two characters (about the length of a word).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator, Sequence

from mtcheck.lang.packs import Languages
from mtcheck.options import Options
from mtcheck.run.api import check_texts
from mtcheck.text.scripts import CJK

_CJK = re.compile(f"[{CJK}]")
# A character of the unspaced scripts, their punctuation (。「」) and full-width forms (！，１) included.
_UNSPACED_CHAR = re.compile(f"[{CJK}\u3000-\u303f\uff00-\uffef]")
# Languages written without spaces between words: counted by CJK characters.
_UNSPACED = Languages("orthography.unspaced")


@dataclass(frozen=True)
class Pair:
    """One WMT22 language pair: its source file and a line-parallel translation (reference or system)."""

    name: str
    source_lang: str
    target_lang: str
    source: Path
    target: Path


@dataclass(frozen=True)
class Article:
    """A pseudo-article: consecutive lines of a pair, one paragraph each (or ``join`` lines a paragraph)."""

    pair: str
    source_lang: str
    target_lang: str
    first_line: int
    source: str
    target: str


@dataclass
class Tally:
    """Findings of one pair (or all pairs): counts by check and severity, words, errors."""

    words: int = 0
    articles: int = 0
    findings: Counter = field(default_factory=Counter)  # (code, severity) -> count
    errors: list[str] = field(default_factory=list)

    def add(self, other: "Tally") -> None:
        """Fold another tally into this one."""
        self.words += other.words
        self.articles += other.articles
        self.findings.update(other.findings)
        self.errors.extend(other.errors)

    def count(self, severity: str | None = None, code: str | None = None) -> int:
        """Findings, optionally of one severity and one check."""
        return sum(n for (c, s), n in self.findings.items()
                   if (severity is None or s == severity) and (code is None or c == code))

    def rate(self, severity: str | None = None, code: str | None = None) -> float:
        """Findings per 1,000 words."""
        return 1000 * self.count(severity, code) / self.words if self.words else 0.0


def word_count(text: str, lang: str) -> int:
    """Whitespace words; in Chinese and Japanese, one word per two CJK characters."""
    if lang in _UNSPACED:
        rest = [t for t in _CJK.sub(" ", text).split() if any(c.isalnum() for c in t)]  # not 。 or ，
        return len(rest) + len(_CJK.findall(text)) // 2
    return len(text.split())


def reference_pairs(root: Path, kind: str = "ref") -> list[Pair]:
    """The test set's pairs: ``ref`` the first reference of each, ``refs`` every reference,
    ``hyp`` every system output, ``src`` each source checked as the translation of its first reference."""
    pairs = []
    for source in sorted((root / "sources").glob("generaltest2022.*.src.*")):
        name = source.name.split(".")[1]
        sl, tl = name.split("-")
        folder, infix = ("system-outputs", "hyp") if kind == "hyp" else ("references", "ref")
        targets = sorted((root / folder).glob(f"generaltest2022.{name}.{infix}.*.{tl}"))
        if kind in ("ref", "src"):
            targets = targets[:1]
        for target in targets:
            label = name if kind == "ref" else f"{name}:{kind}:{target.name.split('.')[3]}"
            if kind == "src":
                pairs.append(Pair(f"{tl}-{sl}:src", tl, sl, target, source))
            else:
                pairs.append(Pair(label, sl, tl, source, target))
    return pairs


def join_lines(lines: Sequence[str], lang: str) -> str:
    """Lines run together into one paragraph: a space between them, none between two unspaced-script characters."""
    text = ""
    for line in lines:
        unspaced = lang in _UNSPACED and _UNSPACED_CHAR.match(text[-1:]) and _UNSPACED_CHAR.match(line[:1])
        text += line if not text or unspaced else " " + line
    return text


def _paragraphs(lines: list[str], lang: str, join: int) -> str:
    """The lines as paragraphs of ``join`` lines each."""
    return "\n\n".join(join_lines(lines[i:i + join], lang) for i in range(0, len(lines), join))


def articles(pair: Pair, lines: int = 20, stride: int = 1, limit: int = 0, join: int = 1) -> Iterator[Article]:
    """Pseudo-articles of ``lines`` consecutive lines, ``join`` lines a paragraph; every ``stride``-th one,
    at most ``limit``."""
    src = pair.source.read_text(encoding="utf-8").splitlines()
    tgt = pair.target.read_text(encoding="utf-8").splitlines()
    if len(src) != len(tgt):
        raise ValueError(f"{pair.target}: {len(tgt)} lines, source has {len(src)}")
    starts = list(range(0, len(src), lines))[::stride]
    for n, start in enumerate(starts):
        if limit and n >= limit:
            return
        rows = [(s.strip(), t.strip()) for s, t in zip(src[start:start + lines], tgt[start:start + lines])
                if s.strip() and t.strip()]
        yield Article(pair.name, pair.source_lang, pair.target_lang, start + 1,
                      _paragraphs([s for s, _ in rows], pair.source_lang, join),
                      _paragraphs([t for _, t in rows], pair.target_lang, join))


def check_article(article: Article, options: Options | None = None) -> Tally:
    """Every check on one article; an internal error is recorded, not raised."""
    tally = Tally(words=word_count(article.target, article.target_lang), articles=1)
    try:
        result = check_texts(article.source, article.target, article.source_lang, article.target_lang, options)
    except Exception as exc:  # noqa: BLE001 - the yardstick reports every failure and goes on
        tally.errors.append(f"{article.pair} line {article.first_line}: {type(exc).__name__}: {exc}")
        return tally
    tally.findings.update((f.code, f.severity.value) for f in result.findings)
    return tally


def measure(items: Sequence[Article], jobs: int = 1, options: Options | None = None) -> dict[str, Tally]:
    """Tallies per pair over the articles, in ``jobs`` processes."""
    tallies: dict[str, Tally] = {}
    if jobs > 1:
        with ProcessPoolExecutor(jobs) as pool:
            results = list(pool.map(check_article, items, [options] * len(items), chunksize=8))
    else:
        results = [check_article(a, options) for a in items]
    for article, tally in zip(items, results):
        tallies.setdefault(article.pair, Tally()).add(tally)
    return tallies


def summary(tallies: dict[str, Tally]) -> dict:
    """The figures as plain data: overall, per pair, per check."""
    total = Tally()
    for tally in tallies.values():
        total.add(tally)
    codes = sorted({c for c, _ in total.findings})
    return {
        "words": total.words, "articles": total.articles,
        "per_1000_words": round(total.rate(), 3), "major_per_1000_words": round(total.rate("major"), 3),
        "errors": total.errors,
        "pairs": {name: {"words": t.words, "per_1000_words": round(t.rate(), 3),
                         "major_per_1000_words": round(t.rate("major"), 3), "errors": len(t.errors)}
                  for name, t in sorted(tallies.items())},
        "checks": {code: {"findings": total.count(code=code),
                          "per_1000_words": round(total.rate(code=code), 3),
                          "major_per_1000_words": round(total.rate("major", code), 3)}
                   for code in codes},
    }


def write_rates(figures: dict, path: Path, pairs: int, stride: int) -> None:
    """The per-check rates, as ``mtcheck explain`` and the README's table of checks show them."""
    sample = "" if stride == 1 else f", every {stride}th article"
    rates = {"measured_on": f"WMT22 professional references ({pairs} pairs, {figures['words']:,} words{sample})",
             "per_1000_words": figures["per_1000_words"], "major_per_1000_words": figures["major_per_1000_words"],
             "checks": {code: {k: row[k] for k in ("per_1000_words", "major_per_1000_words")}
                        for code, row in figures["checks"].items()}}
    path.write_text(json.dumps(rates, indent=1) + "\n", encoding="utf-8")


def render_text(figures: dict) -> str:
    """Tables of the figures: one row a pair, then one row a check."""
    lines = [f"{'pair':<24}{'words':>9}{'all/1k':>9}{'major/1k':>10}{'errors':>8}"]
    for name, row in figures["pairs"].items():
        lines.append(f"{name:<24}{row['words']:>9}{row['per_1000_words']:>9.3f}"
                     f"{row['major_per_1000_words']:>10.3f}{row['errors']:>8}")
    lines.append(f"{'OVERALL':<24}{figures['words']:>9}{figures['per_1000_words']:>9.3f}"
                 f"{figures['major_per_1000_words']:>10.3f}{len(figures['errors']):>8}")
    lines += ["", f"{'check':<10}{'findings':>9}{'all/1k':>9}{'major/1k':>10}"]
    for code, row in figures["checks"].items():
        lines.append(f"{code:<10}{row['findings']:>9}{row['per_1000_words']:>9.3f}"
                     f"{row['major_per_1000_words']:>10.3f}")
    lines += [f"error: {e}" for e in figures["errors"][:20]]
    return "\n".join(lines) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: measure the checks on the WMT22 references (or system outputs)."""
    parser = argparse.ArgumentParser(prog="python -m mtcheck.eval.wmt22", description=__doc__.split("\n\n")[0])
    parser.add_argument("root", type=Path, help="the wmt22 folder (sources/, references/, system-outputs/)")
    parser.add_argument("--lines", type=int, default=20, help="lines per pseudo-article (default 20)")
    parser.add_argument("--join", type=int, default=1, metavar="K",
                        help="K consecutive lines joined into one paragraph (default 1: a line a paragraph)")
    parser.add_argument("--stride", type=int, default=1, help="take every N-th article (default: all)")
    parser.add_argument("--limit", type=int, default=0, help="at most N articles per pair (default: all)")
    parser.add_argument("--pairs", default="", help="comma-separated pairs (default: all 17)")
    parser.add_argument("--systems", action="store_true", help="system outputs instead of references")
    parser.add_argument("--jobs", "-j", type=int, default=1, help="worker processes")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.add_argument("--write-rates", type=Path, metavar="JSON",
                        help="also write the per-check rates (mtcheck/checks/reference_rates.json)")
    args = parser.parse_args(argv)
    if not (args.root / "sources").is_dir():
        print(f"mtcheck: error: {args.root}: no sources/ folder (expected the wmt22 corpus)", file=sys.stderr)
        return 2
    wanted = {p for p in args.pairs.split(",") if p}
    pairs = [p for p in reference_pairs(args.root, "hyp" if args.systems else "ref")
             if not wanted or p.name.split(":")[0] in wanted]
    items = [a for p in pairs for a in articles(p, args.lines, args.stride, args.limit, args.join)]
    figures = summary(measure(items, args.jobs))
    if args.write_rates:
        write_rates(figures, args.write_rates, len(pairs), args.stride)
    print(json.dumps(figures, indent=2) if args.format == "json" else render_text(figures), end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
