"""Table-driven examples for checks: text a check must flag, and near-misses it must pass."""

from __future__ import annotations

from dataclasses import dataclass

from mtcheck.run.api import check_texts
from mtcheck.findings import Finding
from mtcheck.options import Options


@dataclass(frozen=True)
class Example:
    """One bilingual snippet and what ``code`` must do with it."""

    code: str
    expect_flag: bool
    source: str
    target: str
    langs: str = "de-en"
    span: str | None = None  # text the flagged span must overlap (flag examples)

    def __str__(self) -> str:
        verdict = "flags" if self.expect_flag else "passes"
        return f"{self.code}-{verdict}-{self.langs}-{self.target[:40]}"

    def findings(self) -> list[Finding]:
        """Findings of this example's check alone."""
        src_lang, tgt_lang = self.langs.split("-")
        result = check_texts(self.source, self.target, src_lang, tgt_lang, Options(select=(self.code,)))
        return [f for f in result.findings if f.code == self.code]

    def verify(self) -> None:
        """Assert the check flags (at ``span``) or passes this example."""
        found = self.findings()
        if not self.expect_flag:
            assert not found, f"{self.code} should pass, flagged: {[f.target.text for f in found]}"
            return
        assert found, f"{self.code} should flag {self.span or self.target!r}"
        if self.span is not None:
            start = self.target.index(self.span)
            end = start + len(self.span)
            assert any(f.target.start < end and start < f.target.end for f in found), (
                f"{self.code} flagged {[f.target.text for f in found]}, not {self.span!r}")


def flags(code: str, source: str, target: str, langs: str = "de-en", span: str | None = None) -> Example:
    """An example ``code`` must flag (at ``span`` when given)."""
    return Example(code, True, source, target, langs, span)


def passes(code: str, source: str, target: str, langs: str = "de-en") -> Example:
    """A near-miss ``code`` must not flag."""
    return Example(code, False, source, target, langs)
