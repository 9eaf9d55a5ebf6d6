"""Command-line interface: parsing, I/O and exit status around the library API."""

from __future__ import annotations

import json
import sys
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import Callable, Iterator

import click

from mtcheck import __version__
from mtcheck.run.config import FAIL_ON
from mtcheck.errors import InputError
from mtcheck.inputs.formats import FORMATS
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
        click.option("--input-format", type=click.Choice(FORMATS),
                     help="Input format (default: from the file extension)."),
    ]
    func = translation_options(func)  # listed last in --help: most runs need none
    for option in reversed(options):
        func = option(func)
    return _language_options(func)


def _options(config, select, ignore, fail_on, source_lang, target_lang, translation) -> Options:
    """The run's options: configuration file, then the command line."""
    from mtcheck.checks import unknown_patterns

    options = config.options(
        select=_codes(select) if select is not None else None,
        ignore=_codes(ignore) if ignore is not None else None,
        fail_on=fail_on, source_lang=source_lang, target_lang=target_lang)
    settings, models = translation_settings(**translation)
    options = replace(options, translation=settings, models={**options.models, **models})
    unknown = list(unknown_patterns(options.select + options.ignore))
    if unknown:
        _fail(f"unknown check code or name: {', '.join(unknown)} (see 'mtcheck checks')")
    return options


def _results(source, target, manifest, jobs, options: Options, input_format) -> list:
    """Results of every document: directories and manifests in parallel, a single pair or file by format."""
    from mtcheck.run.batch import check_pairs, resolve_pairs

    if manifest or (source and target and Path(source).is_dir()):
        if source and manifest:
            raise click.UsageError("give SOURCE and TARGET (two files or two directories), or --manifest FILE")
        return list(check_pairs(resolve_pairs(source, target, manifest), options, jobs))
    if source is None:
        raise click.UsageError("give SOURCE and TARGET (two files or two directories), a bilingual file, "
                               "or --manifest FILE")
    return _check_inputs(source, target, options, input_format)


def _run(source, target, manifest, jobs, config_path, select, ignore, baseline, source_lang, target_lang,
         input_format=None, fail_on=None, write_baseline=None, **translation):
    """Check every document of a run; returns the report (findings in a baseline left out)."""
    from mtcheck.run.api import signature
    from mtcheck.run.baseline import apply_baseline, read_baseline
    from mtcheck.run.baseline import write_baseline as record
    from mtcheck.run.config import load_config
    from mtcheck.report import Report

    config = load_config(config_path)
    options = _options(config, select, ignore, fail_on, source_lang, target_lang, translation)
    results = _results(source, target, manifest, jobs, options, input_format)
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
@click.option("--format", "fmt", default="text", show_default=True,
              help="Output format; jsonl streams one line per document as soon as it is checked.",
              type=click.Choice([*renderers(), "jsonl"]))
@click.option("--fail-on", type=click.Choice(list(FAIL_ON)),
              help="Exit 1 when a finding at or above this severity is found (default: major).")
@click.option("--output", "-o", help="Write the report to this file instead of stdout.")
@click.option("--color", type=click.Choice(["auto", "always", "never"]), default="auto", show_default=True)
@click.option("--write-baseline", type=click.Path(dir_okay=False),
              help="Record every current finding in this file (exit 0), for --baseline later.")
@click.option("--resume", is_flag=True, help="With --format jsonl and --output: skip documents already written.")
def check_command(fmt, output, color, resume, **run) -> None:
    """Check TARGET, a machine translation of SOURCE.

    SOURCE and TARGET may be plain text, Markdown or HTML files, or two
    directories.  A bilingual file (XLIFF, TMX, PO, JSONL of pairs) is
    checked on its own, without TARGET.  --format jsonl streams any number
    of documents with flat memory and can --resume.
    """
    if fmt == "jsonl":
        _stream_command(output, resume, **run)
    if resume:
        _fail("--resume continues a --format jsonl run")
    report = _run(**run)
    report.color = _use_color(color) and output in (None, "-")
    _write(output, renderers()[fmt](report), report.color)
    sys.exit(EXIT_FINDINGS if report.failing() and not run["write_baseline"] else EXIT_OK)


def _check_inputs(source: str, target: str | None, options: Options, input_format: str | None) -> list:
    """Results for a file pair or a bilingual file; unusable units are warned about on stderr."""
    from mtcheck.inputs import Problem, check_item, read_bilingual, read_pair

    items = read_bilingual(source, options, input_format) if target is None \
        else [read_pair(source, target, options, input_format)]
    results = []
    for item in items:
        if isinstance(item, Problem):
            click.echo(f"mtcheck: warning: {item}", err=True)
            continue
        try:
            results.append(check_item(item, options))
        except InputError as exc:
            if target is not None:
                raise
            click.echo(f"mtcheck: warning: {exc}; skipped", err=True)  # one pair of many
    if not results:
        _fail(f"{source}: nothing could be checked")
    return results


def _run_stream(jobs: Callable[[], Iterator], out, **kwargs):
    """Stream the jobs into ``out``, with a progress bar when stderr is a terminal."""
    from mtcheck.run.stream import stream

    if not sys.stderr.isatty():
        return stream(jobs(), out, **kwargs)
    total = sum(1 for _ in jobs())
    with click.progressbar(length=total, label="Checking", file=sys.stderr) as bar:
        return stream(jobs(), out, progress=bar.update, **kwargs)


def _stream_command(output: str | None, resume: bool, source, target, manifest, jobs, config_path, select,
                    ignore, baseline, source_lang, target_lang, input_format=None, fail_on=None,
                    write_baseline=None, **translation) -> None:
    """Check every document, one JSON line each as soon as it is done; a summary line on stderr."""
    from mtcheck.run.config import load_config
    from mtcheck.inputs.jobs import discover
    from mtcheck.run.stream import completed_ids, default_workers

    if baseline or write_baseline:
        _fail("baselines work with the report formats, not with --format jsonl")
    options = _options(load_config(config_path), select, ignore, fail_on, source_lang, target_lang, translation)

    if resume and output in (None, "-"):
        _fail("--resume needs --output FILE (the JSONL written by an earlier run)")
    to_file = output not in (None, "-")
    found = partial(discover, source, target, manifest, Path(output) if to_file else None)
    found()  # argument errors now, before the output file is opened
    run = partial(_run_stream, found, options=options, workers=jobs or default_workers(),
                  input_format=input_format, done=completed_ids(Path(output)) if resume else set())
    if to_file:
        with open(output, "a" if resume else "w", encoding="utf-8") as out:
            summary = run(out)
    else:
        summary = run(sys.stdout)
    click.echo(f"mtcheck: {summary.checked} documents checked, {summary.skipped} already done, "
               f"{summary.errors} errors; {summary.findings} findings ({summary.failing} failing)", err=True)
    if summary.errors and not summary.checked and not summary.skipped:
        sys.exit(EXIT_ERROR)
    sys.exit(EXIT_FINDINGS if summary.failing else EXIT_OK)


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
    from mtcheck.align.aligner import align
    from mtcheck.run.api import load_pair

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
@click.option("--jobs", "-j", type=click.IntRange(min=0), default=0,
              help="Worker processes for MQM files (default 0: all cores).")
@_language_options
@translation_options
def eval_command(gold, fmt, verbose, select, ignore, jobs, source_lang, target_lang, **translation) -> None:
    """Score the checks against GOLD files: JSON gold spans, or MQM annotations (.tsv).

    The language pair of an MQM file comes from --source-lang/--target-lang,
    else from its name (mqm_ted_ende.tsv: en to de), else from its text.
    """
    from mtcheck.eval.corpus import evaluate_files, render_eval_text

    settings, models = translation_settings(**translation)
    options = Options(select=_codes(select), ignore=_codes(ignore), models=models, translation=settings)
    if any(path.endswith(".tsv") for path in gold):
        _mqm_eval(gold, replace(options, source_lang=source_lang, target_lang=target_lang), fmt, verbose, jobs)
        return
    rows, total = evaluate_files(gold, options)
    if fmt == "json":
        click.echo(json.dumps({"documents": rows, "overall": total}, ensure_ascii=False, indent=2))
    else:
        click.echo(render_eval_text(rows, total, verbose), nl=False)


def _mqm_eval(paths: tuple[str, ...], options: Options, fmt: str, verbose: bool, jobs: int) -> None:
    """Segment- and span-level figures on MQM TSV files."""
    from mtcheck.eval.mqm import evaluate_mqm, render_mqm_text
    from mtcheck.run.stream import default_workers

    others = [p for p in paths if not p.endswith(".tsv")]
    if others:
        _fail(f"cannot mix MQM .tsv files with JSON gold files: {', '.join(others)}")
    results = [evaluate_mqm(p, options, jobs or default_workers(), examples=20 if verbose else 0)
               for p in paths]
    if fmt == "json":
        click.echo(json.dumps(results, ensure_ascii=False, indent=2))
    else:
        click.echo(render_mqm_text(results, verbose), nl=False)
