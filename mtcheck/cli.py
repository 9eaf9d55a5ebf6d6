"""Command-line interface: it parses, calls the run API (:func:`mtcheck.run.api.run`), writes and exits.

Everything about a run (configuration, discovery, checking, baselines,
errors per document, the exit status) lives in :mod:`mtcheck.run`.
"""

from __future__ import annotations

import json
import os
import sys
from contextlib import nullcontext
from dataclasses import replace
from functools import partial
from typing import Callable, ContextManager, NoReturn

import click

from mtcheck._version import __version__
from mtcheck.errors import InputError
from mtcheck.inputs.formats import FORMATS
from mtcheck.options import Options
from mtcheck.report import renderers
from mtcheck.results import Outcome, Report
from mtcheck.run.api import (EXIT_ERROR, EXIT_INTERRUPTED, EXIT_OK, Request, align_files, count_jobs,
                             exit_status, jobs_of, messages, own_process, run)
from mtcheck.run.config import FAIL_ON
from mtcheck.terminal import Progress, SectionedCommand, clear_progress, color_choice, columns, show_progress
from mtcheck.translate.cli import TRANSLATION_PARAMS, translation_options, translation_settings

# The sections of ``check --help`` (``review`` and ``eval`` list the options they share in the same ones).
HELP_SECTIONS = (
    ("Everyday", ("source_lang", "target_lang", "fmt", "output", "fail_on", "quiet")),
    ("Selection", ("select", "ignore", "config_path", "baseline", "write_baseline")),
    ("Inputs", ("manifest", "files_from", "input_format", "jobs", "resume")),
    ("Output", ("color", "statistics", "progress", "verbose")),
    ("Limits", ("max_bytes", "allow_outside")),
    ("Round trip (optional: a translation model or program)", TRANSLATION_PARAMS),
)

# Parameter types, one instance each for every option that takes one: a click.Path looks its
# name up in the message catalogues when it is made (~0.1 ms each, 16 options).
_PATH = click.Path()
_PATH_OR_DASH = click.Path(allow_dash=True)  # "-": standard input
_FILE = click.Path(dir_okay=False)
_FILE_OR_DASH = click.Path(dir_okay=False, allow_dash=True)


def _codes(value: str | None) -> tuple[str, ...]:
    return tuple(c.strip() for c in (value or "").split(",") if c.strip())


def _note(line: str) -> None:
    """One line on stderr; control characters from file names or contents are shown escaped."""
    from mtcheck.text.controls import escape_controls

    clear_progress()
    click.echo(f"mtcheck: {escape_controls(line, lines=False)}", err=True)


def _fail(message: str) -> NoReturn:
    _note(f"error: {message}")
    _drop_stdout()
    sys.exit(EXIT_ERROR)


def _drop_stdout() -> None:
    """After a failed write to stdout (a full disk, a closed pipe), send what is left nowhere.

    Otherwise the interpreter fails again flushing it at exit and prints a traceback.
    """
    try:
        sys.stdout.flush()
    except OSError:
        try:
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        except (OSError, ValueError):
            pass


def _to_file(output: str | None) -> bool:
    return output not in (None, "-")


def _write(output: str | None, content: str, color: bool | None = False) -> None:
    """The report to stdout (styles kept as ``color`` says, see :func:`~mtcheck.terminal.color_choice`) or,
    whole and plain, to a file."""
    from mtcheck.run.output import write_atomic, write_stream

    if _to_file(output):
        write_atomic(output, click.unstyle(content))
        return
    write_stream(sys.stdout, content, color=color)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


# click 8.2+ shows a group's help for no arguments by raising a usage error; that one keeps its form.
_HELP_ON_NO_ARGS = getattr(click.exceptions, "NoArgsIsHelpError", ())


def _usage_error(exc: click.UsageError) -> NoReturn:
    """A usage error as ``mtcheck: error: ...`` (lower case, like every message), then the usage line."""
    message = exc.format_message().rstrip(".")  # click's "No such option '-x'." reads "no such option '-x'"
    _note(f"error: {message[:1].lower() + message[1:] if message[1:2].islower() else message}")
    if exc.ctx is not None:
        click.echo(f"{exc.ctx.get_usage()}\nTry '{exc.ctx.command_path} --help' for help.", err=True)
    sys.exit(exc.exit_code)


class _Group(click.Group):
    """Bad input: one line on stderr and exit status 2; Ctrl-C: one line and 130."""

    def make_context(self, *args, **kwargs) -> click.Context:
        try:
            return super().make_context(*args, **kwargs)
        except _HELP_ON_NO_ARGS:
            raise
        except click.UsageError as exc:
            _usage_error(exc)

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except InputError as exc:
            _fail(str(exc))
        except _HELP_ON_NO_ARGS:
            raise
        except click.UsageError as exc:
            _usage_error(exc)
        except KeyboardInterrupt:
            _note("interrupted")
            sys.exit(EXIT_INTERRUPTED)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="mtcheck")
def main() -> None:
    """Flag garbled passages in machine-translated articles.

    \b
    Exit status: 0 no finding at the --fail-on level, 1 such findings,
    2 bad input or usage, or a document that could not be checked,
    130 interrupted.
    """


def _language_tag(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """A language option as its primary subtag (``de-DE`` -> ``de``); a name like ``German`` is an error."""
    from mtcheck.text.langtag import normalise

    return None if value is None else normalise(value, f"--{param.name.replace('_', '-')}")


def _language_options(func):
    func = click.option("--target-lang", "-t", callback=_language_tag,
                        help="Target language tag, e.g. en or en-US (default: from file name or detected).")(func)
    return click.option("--source-lang", "-s", callback=_language_tag,
                        help="Source language tag, e.g. de or de-DE (default: from file name or detected).")(func)


def _run_options(func):
    """Options shared by ``check`` and ``review``: inputs, configuration, selection, baseline."""
    options = [
        click.argument("source", required=False, type=_PATH_OR_DASH),
        click.argument("target", required=False, type=_PATH_OR_DASH),
        click.option("--manifest", type=_FILE,
                     help="JSONL file of {\"source\", \"target\", \"source_lang\", \"target_lang\"} to check."),
        click.option("--files-from", type=_FILE_OR_DASH,
                     help="Check the files listed in this file, one a line ('-': standard input), each with "
                          "its counterpart by name (a.de.txt beside a.en.txt, or de/ beside en/)."),
        click.option("--jobs", "-j", type=click.IntRange(min=0), default=1, show_default=True,
                     help="Documents checked in parallel (0: one per CPU core)."),
        click.option("--config", "config_path", type=_FILE,
                     help="Configuration file (default: mtcheck.toml or [tool.mtcheck] in pyproject.toml, "
                          "searched upwards)."),
        click.option("--select", help="Comma-separated codes, prefixes or names to run (default: all)."),
        click.option("--ignore", help="Comma-separated codes, prefixes or names to skip."),
        click.option("--baseline", type=_FILE,
                     help="Report and fail only on findings not recorded in this baseline file."),
        click.option("--input-format", type=click.Choice(FORMATS),
                     help="Input format (default: from the file extension)."),
        click.option("--max-bytes", type=click.IntRange(min=1),
                     help="Refuse an input file larger than this many bytes (default: 20 MiB)."),
        click.option("--allow-outside", is_flag=True, default=None,
                     help="Let a manifest or directory lead to files outside it (absolute paths, '..', links)."),
        click.option("--quiet", "-q", is_flag=True,
                     help="Print only errors: no report on stdout (a report asked for with -o is still "
                          "written), no warnings, notices or progress; the exit status tells the result."),
        _progress_option,
    ]
    func = translation_options(func)  # listed last in --help: most runs need none
    for option in reversed(options):
        func = option(func)
    return _language_options(func)


def _request(output: str | None, source, target, manifest, jobs, config_path, select, ignore, baseline,
             source_lang, target_lang, input_format=None, fail_on=None, write_baseline=None, max_bytes=None,
             allow_outside=None, files_from=None, **translation) -> Request:
    """The parsed command line as a run request; the run's own output file is never taken for an input."""
    if source and manifest:
        raise click.UsageError("give SOURCE and TARGET (two files or two directories), or --manifest FILE")
    settings, models = translation_settings(**translation)
    return Request(source, target, manifest, input_format, jobs, config_path,
                   _codes(select) if select is not None else None, _codes(ignore) if ignore is not None else None,
                   fail_on, source_lang, target_lang, baseline, write_baseline, settings, models,
                   max_bytes=max_bytes, allow_outside=allow_outside,
                   exclude=output if output not in (None, "-") else None,
                   files=_listed_files(files_from) if files_from is not None else None)


def _listed_files(name: str) -> tuple[str, ...]:
    """The paths a --files-from list names, one a line (``-``: standard input); blank lines skipped."""
    try:
        if name == "-":
            text = sys.stdin.read()
        else:
            with open(name, encoding="utf-8") as handle:
                text = handle.read()
    except FileNotFoundError:
        raise InputError(name, "no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(name, f"cannot be read ({exc})") from None
    return tuple(line for line in text.splitlines() if line.strip())


def _progress_option(func):
    return click.option("--progress/--no-progress", default=None,
                        help="Show progress on stderr (default: when stderr is a terminal and the run "
                             "is not short).")(func)


def _say(outcome: Outcome, warnings: bool = True) -> None:
    """A job's error (and, unless told otherwise, its skipped units) on stderr as it is done."""
    for line in messages(outcome):
        if warnings or not line.startswith("warning:"):
            _note(line)


@main.command("check", cls=SectionedCommand, sections=HELP_SECTIONS)
@_run_options
@click.option("--format", "fmt", default="text", show_default=True,
              help="Output format; jsonl streams one line per document as soon as it is checked.",
              type=click.Choice(list(renderers())))
@click.option("--fail-on", type=click.Choice(list(FAIL_ON)),
              help="Exit 1 when a finding at or above this severity is found (default: major).")
@click.option("--output", "-o", help="Write the report to this file instead of stdout.")
@click.option("--color", type=click.Choice(["auto", "always", "never"]), default="auto", show_default=True,
              help="Colour the text report: auto is on for a terminal, off when NO_COLOR is set, on when "
                   "FORCE_COLOR is set.")
@click.option("--statistics", is_flag=True,
              help="Print counts per check (count, code, name, severity) instead of the report; "
                   "a JSON list with --format json.")
@click.option("--write-baseline", type=_FILE,
              help="Record every current finding in this file (exit 0), for --baseline later.")
@click.option("--resume", is_flag=True, help="With --format jsonl and --output: skip documents already written.")
def check_command(fmt, output, color, statistics, resume, quiet, progress, **options) -> None:
    """Check TARGET, a machine translation of SOURCE.

    SOURCE and TARGET may be plain text, Markdown or HTML files, or two
    directories; either file may be - (standard input).  A bilingual file
    (XLIFF, TMX, PO, JSONL of pairs) is checked on its own, without TARGET.
    --format jsonl streams any number of documents with flat memory and can
    --resume.
    """
    request = _request(output, **options)
    if statistics and fmt not in ("text", "json"):
        raise click.UsageError("--statistics prints a table (--format text) or a JSON list (--format json)")
    if fmt == "jsonl":
        _stream_command(request, output, resume, quiet, progress)
    if resume:
        _fail("--resume continues a --format jsonl run")
    report = _run(request, progress, quiet, on_outcome=partial(_say, warnings=not quiet))
    color_given = False if _to_file(output) else color_choice(color)
    report.color = sys.stdout.isatty() if color_given is None else color_given
    if not _to_file(output):
        report.width = columns()
    if _to_file(output) or not quiet:
        _write(output, _statistics(report, fmt) if statistics else renderers()[fmt](report), color_given)
    if _to_file(output) and not quiet:
        _note(f"wrote {output} ({_plural(report.finding_count, 'finding')})")
    if request.write_baseline and not quiet:
        _note(f"recorded {_plural(report.finding_count, 'finding')} in {request.write_baseline}")
    sys.exit(exit_status(report, request))


def _statistics(report: Report, fmt: str) -> str:
    """The counts per check, as a table or (``--format json``) a JSON list."""
    from mtcheck.report.statistics import render_json, render_text

    return render_json(report) if fmt == "json" else render_text(report)


def _run(request: Request, progress: bool | None, quiet: bool, keep: bool = True,
         on_outcome: Callable[[Outcome], None] | None = None) -> Report:
    """Run a request, with a progress line on stderr when :func:`~mtcheck.terminal.show_progress` says so."""
    own_process()
    documents = count_jobs(request) if show_progress(progress, quiet) else 0
    if not show_progress(progress, quiet, documents):
        return run(request, keep=keep, on_outcome=on_outcome)
    with Progress(documents) as bar:
        return run(request, keep=keep, on_outcome=on_outcome, progress=bar.advance)


def _stream_command(request: Request, output: str | None, resume: bool, quiet: bool,
                    progress: bool | None) -> NoReturn:
    """Check every document, one JSON line each as soon as it is done; a summary line on stderr."""
    from mtcheck.report.jsonl import lines
    from mtcheck.run.output import close, open_jsonl, resume_from, write_stream

    to_file = output not in (None, "-")
    if resume and not to_file:
        _fail("--resume needs --output FILE (the JSONL written by an earlier run)")
    if to_file:
        request = request._replace(done=resume_from(output) if resume else frozenset())
    jobs_of(request)  # argument errors now, before the output file is opened
    out = open_jsonl(output, resume) if to_file else sys.stdout

    def emit(outcome: Outcome) -> None:
        if to_file or not quiet:
            write_stream(out, lines(outcome), output if to_file else "stdout")
        _say(outcome, warnings=False)

    try:
        report = _run(request, progress, quiet, keep=False, on_outcome=emit)
    finally:
        if to_file:
            close(out, output)
    if not quiet:
        _note(f"{_plural(report.checked, 'document')} checked, {report.skipped} already done, "
              f"{_plural(len(report.errors), 'error')}; {_plural(report.finding_count, 'finding')} "
              f"({report.failing_count} failing)")
    if to_file and not quiet:
        _note(f"wrote {output}")
    sys.exit(exit_status(report, request))


@main.command("review", cls=SectionedCommand, sections=HELP_SECTIONS)
@_run_options
@click.option("--output", "-o", default="review.html", show_default=True, help="Where to write the page.")
def review_command(output, quiet, progress, **options) -> None:
    """Write an HTML page to review the findings of TARGET against SOURCE side by side."""
    request = _request(output, **options)
    report = _run(request, progress, quiet, on_outcome=partial(_say, warnings=not quiet))
    if _to_file(output) or not quiet:
        _write(output, renderers()["html"](report))
    if _to_file(output) and not quiet:
        _note(f"wrote {output} ({_plural(len(report.findings), 'finding')})")
    sys.exit(EXIT_ERROR if report.errors else EXIT_OK)


@main.command("align")
@click.argument("source", type=_PATH_OR_DASH)
@click.argument("target", type=_PATH_OR_DASH)
@click.option("--input-format", type=click.Choice(FORMATS), help="Input format (default: from the file extension).")
@_language_options
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def align_command(source, target, input_format, source_lang, target_lang, fmt) -> None:
    """Print the sentence alignment of SOURCE and TARGET (read as check reads them)."""
    aligned = align_files(source, target, Options(source_lang=source_lang, target_lang=target_lang), input_format)
    if fmt == "json":
        from mtcheck.align.export import alignment_json

        click.echo(json.dumps(alignment_json(aligned.source, aligned.target, aligned.alignment),
                              ensure_ascii=False, indent=2))
        return
    from mtcheck.text.controls import escape_controls

    src, tgt = aligned.source, aligned.target
    safe = partial(escape_controls, lines=False)  # sentences and paths come from the files: no terminal codes
    click.echo(f"# {safe(src.path)} ({src.lang}) -> {safe(tgt.path)} ({tgt.lang}), {aligned.alignment.method}")
    for link in aligned.alignment.sentences:
        click.echo(f"[{link.kind}] cost {link.cost:.2f}")
        for i in link.source:
            click.echo(f"  < {safe(src.sentences[i].text)}")
        for j in link.target:
            click.echo(f"  > {safe(tgt.sentences[j].text)}")


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
    from mtcheck.checks import find_check, rate_note

    found = find_check(code)
    if found is None:
        _fail(f"unknown check code or name: {code} (see 'mtcheck checks')")
    click.echo(f"{found.code} {found.name} (default severity: {found.severity.value}, family: {found.family})\n")
    click.echo(found.doc)
    click.echo(f"\n{rate_note(found)}")


@main.command("eval", cls=SectionedCommand, sections=HELP_SECTIONS)
@click.argument("gold", nargs=-1, required=True, type=_PATH)
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--verbose", "-v", is_flag=True, help="List missed gold spans and false regions.")
@click.option("--select", help="Comma-separated codes, prefixes or names to run (default: all).")
@click.option("--ignore", help="Comma-separated codes, prefixes or names to skip.")
@click.option("--jobs", "-j", type=click.IntRange(min=0), default=0,
              help="Worker processes for MQM files (default 0: all cores).")
@_progress_option
@_language_options
@translation_options
def eval_command(gold, fmt, verbose, select, ignore, jobs, progress, source_lang, target_lang,
                 **translation) -> None:
    """Score the checks against GOLD files: JSON gold spans, or MQM annotations (.tsv).

    The language pair of an MQM file comes from --source-lang/--target-lang,
    else from its name (mqm_ted_ende.tsv: en to de), else from its text.
    """
    from mtcheck.eval.corpus import evaluate_files, render_eval_text

    settings, models = translation_settings(**translation)
    options = Options(select=_codes(select), ignore=_codes(ignore), models=models, translation=settings)
    if any(path.endswith(".tsv") for path in gold):
        _mqm_eval(gold, replace(options, source_lang=source_lang, target_lang=target_lang), fmt, verbose, jobs,
                  progress)
        return
    with _maybe_progress(show_progress(progress, False, len(gold)), len(gold), "gold files") as bar:
        rows, total = evaluate_files(gold, options, progress=bar and bar.update)
    if fmt == "json":
        click.echo(json.dumps({"documents": rows, "overall": total}, ensure_ascii=False, indent=2))
    else:
        click.echo(render_eval_text(rows, total, verbose), nl=False)


def _maybe_progress(shown: bool, total: int | None, noun: str) -> ContextManager[Progress | None]:
    """A scoring progress line on stderr, or nothing."""
    return Progress(total, "scoring", noun) if shown else nullcontext()


def _mqm_eval(paths: tuple[str, ...], options: Options, fmt: str, verbose: bool, jobs: int,
              progress: bool | None) -> None:
    """Segment- and span-level figures on MQM TSV files."""
    from mtcheck.eval.mqm import evaluate_mqm, render_mqm_text
    from mtcheck.run.executor import default_workers

    others = [p for p in paths if not p.endswith(".tsv")]
    if others:
        _fail(f"cannot mix MQM .tsv files with JSON gold files: {', '.join(others)}")
    results = []
    for path in paths:
        with _maybe_progress(show_progress(progress, False), None, f"documents of {path}") as bar:
            results.append(evaluate_mqm(path, options, jobs or default_workers(), examples=20 if verbose else 0,
                                        progress=bar and bar.update))
    if fmt == "json":
        click.echo(json.dumps(results, ensure_ascii=False, indent=2))
    else:
        click.echo(render_mqm_text(results, verbose), nl=False)
