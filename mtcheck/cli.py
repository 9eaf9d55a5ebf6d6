"""Command-line interface: parsing, I/O and exit status around the library API."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from mtcheck import __version__
from mtcheck.errors import InputError
from mtcheck.findings import Severity
from mtcheck.options import Options
from mtcheck.translate.cli import translation_options, translation_settings

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
FAIL_ON = {"major": Severity.MAJOR, "minor": Severity.MINOR, "never": None}


def _codes(value: str | None) -> tuple[str, ...]:
    return tuple(c.strip() for c in (value or "").split(",") if c.strip())


def _fail(message: str) -> None:
    click.echo(f"mtcheck: error: {message}", err=True)
    sys.exit(EXIT_ERROR)


def _write(output: str | None, content: str) -> None:
    if output in (None, "-"):
        click.echo(content, nl=False)
        return
    try:
        Path(output).write_text(content, encoding="utf-8")
    except OSError as exc:
        raise InputError(output, f"cannot be written ({exc.strerror or exc})") from None


def _use_color(choice: str) -> bool:
    import os

    if choice != "auto":
        return choice == "always"
    return sys.stdout.isatty() and "NO_COLOR" not in os.environ


class _Group(click.Group):
    """Turns input errors into one line on stderr and exit status 2."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except InputError as exc:
            _fail(str(exc))


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="mtcheck")
def main() -> None:
    """Flag garbled passages in machine-translated articles."""


def _language_options(func):
    func = click.option("--target-lang", "-t", help="Target language code (default: from file name or detected).")(func)
    return click.option("--source-lang", "-s", help="Source language code (default: from file name or detected).")(func)


@main.command("check")
@click.argument("source", type=click.Path())
@click.argument("target", type=click.Path())
@_language_options
@click.option("--format", "fmt", default="text", show_default=True, help="Output format.",
              type=click.Choice(["text", "json"]))
@click.option("--fail-on", type=click.Choice(list(FAIL_ON)), default="major", show_default=True,
              help="Exit 1 when a finding at or above this severity is found.")
@click.option("--select", help="Comma-separated codes, prefixes or names to run (default: all).")
@click.option("--ignore", help="Comma-separated codes, prefixes or names to skip.")
@click.option("--output", "-o", help="Write the report to this file instead of stdout.")
@click.option("--color", type=click.Choice(["auto", "always", "never"]), default="auto", show_default=True)
@translation_options
def check_command(source, target, source_lang, target_lang, fmt, fail_on, select, ignore, output, color,
                  **translation) -> None:
    """Check TARGET, a machine translation of SOURCE."""
    from mtcheck.api import check_files, signature
    from mtcheck.checks import unknown_patterns
    from mtcheck.report import Report, renderers

    settings, models = translation_settings(**translation)
    options = Options(source_lang=source_lang, target_lang=target_lang, select=_codes(select),
                      ignore=_codes(ignore), fail_on=FAIL_ON[fail_on], models=models, translation=settings)
    unknown = list(unknown_patterns(options.select + options.ignore))
    if unknown:
        _fail(f"unknown check code or name: {', '.join(unknown)} (see 'mtcheck checks')")
    result = check_files(source, target, options)
    report = Report([result], signature(options, result.checks, result.aligned.alignment.method,
                                        result.aligned.extras.get("translator")),
                    options.fail_on, color=_use_color(color) and output in (None, "-"))
    _write(output, renderers()[fmt](report))
    sys.exit(EXIT_FINDINGS if report.failing() else EXIT_OK)


@main.command("align")
@click.argument("source", type=click.Path())
@click.argument("target", type=click.Path())
@_language_options
def align_command(source, target, source_lang, target_lang) -> None:
    """Print the sentence alignment of SOURCE and TARGET."""
    from mtcheck.align import align
    from mtcheck.api import load_pair

    src, tgt = load_pair(source, target, Options(source_lang=source_lang, target_lang=target_lang))
    alignment = align(src, tgt)
    click.echo(f"# {src.path} ({src.lang}) -> {tgt.path} ({tgt.lang}), {alignment.method}")
    for link in alignment.sentences:
        click.echo(f"[{link.kind}] cost {link.cost:.2f}")
        for i in link.source:
            click.echo(f"  < {src.sentences[i].text}")
        for j in link.target:
            click.echo(f"  > {tgt.sentences[j].text}")


@main.command("checks")
def checks_command() -> None:
    """List every check with its code, name, default severity and title."""
    from mtcheck.checks import all_checks

    for c in all_checks():
        click.echo(f"{c.code}  {c.name:<24} {c.severity.value:<6} {c.title}")


@main.command("explain")
@click.argument("code")
def explain_command(code: str) -> None:
    """Print the documentation of one check (by code or name)."""
    from mtcheck.checks import find_check

    found = find_check(code)
    if found is None:
        _fail(f"unknown check code or name: {code} (see 'mtcheck checks')")
    click.echo(f"{found.code} {found.name} (default severity: {found.severity.value}, family: {found.family})\n")
    click.echo(found.doc)


@main.command("eval")
@click.argument("gold", nargs=-1, required=True, type=click.Path())
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--verbose", "-v", is_flag=True, help="List missed gold spans and false regions.")
@click.option("--select", help="Comma-separated codes, prefixes or names to run (default: all).")
@click.option("--ignore", help="Comma-separated codes, prefixes or names to skip.")
@translation_options
def eval_command(gold, fmt, verbose, select, ignore, **translation) -> None:
    """Score the checks against GOLD files (JSON gold spans)."""
    from mtcheck.evalreport import evaluate_files, render_eval_text

    settings, models = translation_settings(**translation)
    rows, total = evaluate_files(gold, Options(select=_codes(select), ignore=_codes(ignore),
                                               models=models, translation=settings))
    if fmt == "json":
        click.echo(json.dumps({"documents": rows, "overall": total}, ensure_ascii=False, indent=2))
    else:
        click.echo(render_eval_text(rows, total, verbose), nl=False)
