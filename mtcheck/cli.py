"""Command-line interface: parsing, I/O and exit status around the library API."""

from __future__ import annotations

import json
import sys
from dataclasses import replace
from pathlib import Path

import click

from mtcheck import __version__
from mtcheck.config import FAIL_ON
from mtcheck.errors import InputError
from mtcheck.options import Options
from mtcheck.report import renderers
from mtcheck.translate.cli import translation_options, translation_settings

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def _codes(value: str | None) -> tuple[str, ...]:
    return tuple(c.strip() for c in (value or "").split(",") if c.strip())


def _fail(message: str) -> None:
    click.echo(f"mtcheck: error: {message}", err=True)
    sys.exit(EXIT_ERROR)


def _write(output: str | None, content: str, color: bool = False) -> None:
    if output in (None, "-"):
        click.echo(content, nl=False, color=color)  # click strips colour codes unless told
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


def _run_options(func):
    """Options shared by ``check`` and ``review``: inputs, configuration, selection, baseline."""
    options = [
        click.argument("source", required=False, type=click.Path()),
        click.argument("target", required=False, type=click.Path()),
        click.option("--manifest", type=click.Path(dir_okay=False),
                     help="JSONL file of {\"source\", \"target\", \"source_lang\", \"target_lang\"} to check."),
        click.option("--jobs", "-j", type=click.IntRange(min=0), default=1, show_default=True,
                     help="Documents checked in parallel (0: one per CPU core)."),
        click.option("--config", "config_path", type=click.Path(dir_okay=False),
                     help="Configuration file (default: mtcheck.toml or [tool.mtcheck] in pyproject.toml, "
                          "searched upwards)."),
        click.option("--select", help="Comma-separated codes, prefixes or names to run (default: all)."),
        click.option("--ignore", help="Comma-separated codes, prefixes or names to skip."),
        click.option("--baseline", type=click.Path(dir_okay=False),
                     help="Report and fail only on findings not recorded in this baseline file."),
    ]
    for option in reversed(options):
        func = option(func)
    return translation_options(_language_options(func))


def _run(source, target, manifest, jobs, config_path, select, ignore, baseline, source_lang, target_lang,
         fail_on=None, write_baseline=None, **translation):
    """Check every document of a run; returns the report (findings in a baseline left out)."""
    from mtcheck.api import signature
    from mtcheck.baseline import apply_baseline, read_baseline
    from mtcheck.baseline import write_baseline as record
    from mtcheck.batch import check_pairs, resolve_pairs
    from mtcheck.checks import unknown_patterns
    from mtcheck.config import load_config
    from mtcheck.report import Report

    config = load_config(config_path)
    options = config.options(
        select=_codes(select) if select is not None else None,
        ignore=_codes(ignore) if ignore is not None else None,
        fail_on=fail_on, source_lang=source_lang, target_lang=target_lang)
    settings, models = translation_settings(**translation)
    options = replace(options, translation=settings, models={**options.models, **models})
    unknown = list(unknown_patterns(options.select + options.ignore))
    if unknown:
        _fail(f"unknown check code or name: {', '.join(unknown)} (see 'mtcheck checks')")
    if (manifest is None) != (source is not None and target is not None) or (manifest and (source or target)):
        raise click.UsageError("give SOURCE and TARGET (two files or two directories), or --manifest FILE")
    results = list(check_pairs(resolve_pairs(source, target, manifest), options, jobs))
    suppressed = 0
    if write_baseline:
        n = record(write_baseline, results)
        click.echo(f"mtcheck: recorded {n} finding{'' if n == 1 else 's'} in {write_baseline}", err=True)
    elif config.baseline(baseline):
        results, suppressed = apply_baseline(results, read_baseline(config.baseline(baseline)))
    methods = sorted({r.aligned.alignment.method for r in results})
    return Report(results, signature(options, results[0].checks, ", ".join(methods),
                                     results[0].aligned.extras.get("translator")),
                  options.fail_on, suppressed=suppressed)


@main.command("check")
@_run_options
@click.option("--format", "fmt", default="text", show_default=True, help="Output format.",
              type=click.Choice(list(renderers())))
@click.option("--fail-on", type=click.Choice(list(FAIL_ON)),
              help="Exit 1 when a finding at or above this severity is found (default: major).")
@click.option("--output", "-o", help="Write the report to this file instead of stdout.")
@click.option("--color", type=click.Choice(["auto", "always", "never"]), default="auto", show_default=True)
@click.option("--write-baseline", type=click.Path(dir_okay=False),
              help="Record every current finding in this file (exit 0), for --baseline later.")
def check_command(fmt, output, color, **run) -> None:
    """Check TARGET, a machine translation of SOURCE (two files, or two directories)."""
    report = _run(**run)
    report.color = _use_color(color) and output in (None, "-")
    _write(output, renderers()[fmt](report), report.color)
    sys.exit(EXIT_FINDINGS if report.failing() and not run["write_baseline"] else EXIT_OK)


@main.command("review")
@_run_options
@click.option("--output", "-o", default="review.html", show_default=True, help="Where to write the page.")
def review_command(output, **run) -> None:
    """Write an HTML page to review the findings of TARGET against SOURCE side by side."""
    from mtcheck.report import html

    report = _run(**run)
    _write(output, html.render(report))
    if output not in (None, "-"):
        n = len(report.findings)
        click.echo(f"mtcheck: wrote {output} ({n} finding{'' if n == 1 else 's'})", err=True)


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
@click.option("--format", "fmt", type=click.Choice(["text", "markdown"]), default="text", show_default=True)
def checks_command(fmt: str) -> None:
    """List every check with its code, name, default severity and title."""
    from mtcheck.checks import all_checks, markdown_table

    if fmt == "markdown":
        click.echo(markdown_table(), nl=False)
        return
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
