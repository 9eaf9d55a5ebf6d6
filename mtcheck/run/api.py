"""The run layer's public API: one way to check anything, from two strings to an archive.

Every route comes here.  :func:`run` takes a :class:`Request` (what the
command line or a caller asks for), finds its jobs (:mod:`mtcheck.inputs.jobs`),
checks each with :func:`check` through one executor (:mod:`mtcheck.run.executor`)
and returns one :class:`~mtcheck.results.Report`.  A job that cannot be checked
(bad input, or an internal error on that document) becomes an error in the
report; the run goes on.  :func:`check_files` and :func:`check_texts` are the
small entry points for one pair.
"""

from __future__ import annotations

import gc
from dataclasses import replace
from functools import partial
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Callable, Iterator, Mapping, NamedTuple

from mtcheck.align.aligner import Similarity, align
from mtcheck.align.context import AlignedDocument
from mtcheck.align.counterpart import counterpart_for
from mtcheck.checks import Check, select_checks, unknown_patterns
from mtcheck.errors import InputError
from mtcheck.findings import Finding, Flag, Span
from mtcheck.inputs import Problem, TextPair
from mtcheck.inputs.jobs import Job, discover, read_job
from mtcheck.options import Options
from mtcheck.results import DocumentError, DocumentResult, Outcome, Report
from mtcheck.run.collector import few_collections
from mtcheck.text.document import STDIN, Document
from mtcheck.text.langtag import normalise
from mtcheck.translation import TranslationOptions

if TYPE_CHECKING:
    from mtcheck.inputs.units import UnitDocument
    from mtcheck.translation import Translator

__all__ = ["Request", "check", "check_documents", "check_files", "check_texts", "exit_status", "run"]

# Exit statuses of a run (and of the command line).
EXIT_OK = 0  # no finding at the fail-on level
EXIT_FINDINGS = 1  # findings at or above the fail-on level
EXIT_ERROR = 2  # bad input or usage, or a document that could not be checked
EXIT_INTERRUPTED = 130  # Ctrl-C (128 + SIGINT)


class RunError(InputError):
    """Bad input known by its one-line message (a request that cannot run, a document that failed)."""

    def __init__(self, message: str) -> None:
        Exception.__init__(self, message)
        self.path, self.problem = None, message


class Request(NamedTuple):
    """What to check and how; ``None`` means "not given" (the configuration file or a default decides).

    Inputs: ``source`` and ``target`` (two files or two directories), or
    ``source`` alone (a bilingual file, or a directory of them), or a
    ``manifest``, or ``files`` (each paired with its counterpart by name,
    :func:`mtcheck.inputs.jobs.named_jobs`).  ``done`` holds job ids a resumed run skips; ``exclude`` a
    file that discovery must not take for an input (the run's own output).
    """

    source: str | None = None
    target: str | None = None
    manifest: str | None = None
    input_format: str | None = None
    jobs: int = 1
    config: str | None = None
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] | None = None
    fail_on: str | None = None
    source_lang: str | None = None
    target_lang: str | None = None
    baseline: str | None = None
    write_baseline: str | None = None
    translation: TranslationOptions = TranslationOptions()
    models: Mapping[str, str] = MappingProxyType({})  # read only: one empty mapping serves every request
    exclude: str | None = None
    done: frozenset[str] = frozenset()
    max_bytes: int | None = None
    allow_outside: bool | None = None
    files: tuple[str, ...] | None = None


def _to_finding(check_: Check, flag: Flag, doc: AlignedDocument) -> Finding:
    source_range = flag.source or doc.source_range_for(flag.start, flag.end)
    severity = doc.options.severity_overrides.get(check_.code) or flag.severity or check_.severity
    return Finding(
        code=check_.code,
        check=check_.name,
        severity=severity,
        message=flag.message,
        target=Span(flag.start, flag.end, doc.target.text[flag.start:flag.end]),
        source=Span(*source_range, doc.source.text[source_range[0]:source_range[1]])
        if source_range else None,
        evidence=flag.evidence or {},  # a finding's own dict, not the empty one flags share
    )


def run_checks(doc: AlignedDocument, checks: list[Check]) -> list[Finding]:
    """Run checks over an aligned document; findings sorted by position, deduplicated, each with its counterpart.

    The sort key is total (position, code, source span, message), so two findings of one check on
    one span come out in the same order in every run, whatever the hash seed.
    """
    findings = {
        _to_finding(check_, flag, doc)
        for check_ in checks
        for flag in check_.run(doc)
    }
    return sorted((_with_counterpart(finding, doc) for finding in findings), key=_report_order)


def _with_counterpart(finding: Finding, doc: AlignedDocument) -> Finding:
    """The finding with its counterpart: the check's narrow source span, else the word aligner's answer."""
    given = (finding.source.start, finding.source.end) if finding.source else None
    found = counterpart_for(doc, finding.target.start, finding.target.end, given)
    if found is None:
        return finding
    return replace(finding, counterpart=Span(*found, doc.source.text[found[0]:found[1]]))


def _report_order(finding: Finding) -> tuple:
    source = (finding.source.start, finding.source.end) if finding.source else (-1, -1)
    return finding.target.start, finding.target.end, finding.code, source, finding.message


def check_aligned(aligned: AlignedDocument) -> DocumentResult:
    """Run the selected checks over a document that is already aligned (e.g. pre-aligned units)."""
    checks = select_checks(aligned.options.select, aligned.options.ignore)
    return DocumentResult(aligned, run_checks(aligned, checks), checks)


def check_documents(
    source: Document,
    target: Document,
    options: Options | None = None,
    similarity: Similarity | None = None,
    translator: Translator | None = None,
    extras: dict[str, Any] | None = None,
) -> DocumentResult:
    """Align two documents and run the selected checks.

    With a translator (given, or built from ``options.translation``), the
    source's machine translation helps the alignment and the round-trip
    signals go into ``extras['round_trip']`` for the checks that read them.
    ``extras`` seeds the aligned document's extras (e.g. HTML blocks).
    """
    options = options or Options()
    for document in (source, target):
        if not document.text.strip():
            raise InputError(document.path, "has no text to check")
    if source.text.strip() == target.text.strip():
        raise InputError(target.path, "is identical to the source; nothing was translated")
    if translator is None:
        translator = _translator(options, source, target)
    if translator is not None:
        from mtcheck.align import similarity as mt
        from mtcheck.checks.roundtrip import scoring as roundtrip

        translations = mt.translate_pair(source, target, translator)
        similarity = similarity or translations.similarity(source, target)
    with few_collections():  # a library caller's checks collect as seldom as the command line's
        aligned = AlignedDocument(source, target, align(source, target, similarity), options, dict(extras or {}))
        if translator is None:
            return check_aligned(aligned)
        checks = select_checks(options.select, options.ignore)
        aligned.extras["translator"] = str(translator)
        if translations.back is not None:
            aligned.extras["round_trip"] = roundtrip.round_trip(aligned, translations.back, str(translator))
        return DocumentResult(aligned, roundtrip.corroborate(run_checks(aligned, checks), aligned), checks)


def _translator(options: Options, source: Document, target: Document) -> Translator | None:
    """The translator the options ask for; importing it stays off the heuristic path."""
    if not options.translation.enabled(options.models):
        return None
    from mtcheck.translate.factory import translator_for

    return translator_for(options, source, target)


def load_options(request: Request) -> tuple[Options, str | None]:
    """The run's options (configuration file, then the request) and the baseline file to apply."""
    from mtcheck.run.config import load_config

    config = load_config(request.config)
    languages = [None if tag is None else normalise(tag, name)  # before any document: named as given
                 for tag, name in ((request.source_lang, "source_lang"), (request.target_lang, "target_lang"))]
    options = config.options(select=request.select, ignore=request.ignore, fail_on=request.fail_on,
                             source_lang=languages[0], target_lang=languages[1],
                             max_bytes=request.max_bytes, allow_outside=request.allow_outside)
    options = replace(options, translation=request.translation, models={**options.models, **request.models})
    unknown = list(unknown_patterns(options.select + options.ignore))
    if unknown:
        raise RunError(f"unknown check code or name: {', '.join(unknown)} (see 'mtcheck checks')")
    return options, config.baseline(request.baseline)


def jobs_of(request: Request, options: Options | None = None) -> Iterator[Job]:
    """The request's jobs, found lazily; a request naming nothing to check is a usage error.

    The run's ``options`` (by default loaded for the request) say whether a manifest or directory may
    lead outside itself (:mod:`mtcheck.inputs.confine`) and give the languages that pair listed files.
    """
    if request.source is None and not request.manifest and request.files is None:
        raise RunError("give SOURCE and TARGET (two files or two directories), a bilingual file, "
                       "--manifest FILE or --files-from FILE")
    options = options or load_options(request)[0]
    return discover(request.source, request.target, request.manifest,
                    Path(request.exclude) if request.exclude else None, options.allow_outside,
                    request.files, (options.source_lang, options.target_lang))


def check(job: Job, options: Options, input_format: str | None = None) -> Outcome:
    """Check one job: its documents, or the error that stopped it.  Never raises for a document's fault.

    The run's languages (``-s``/``-t`` or the configuration) win over a manifest record's, as they win
    over every language a file declares (docs/inputs.md).
    """
    options = replace(options, source_lang=options.source_lang or job.source_lang,
                      target_lang=options.target_lang or job.target_lang)
    problems: tuple[str, ...] = ()
    _freeze_long_lived(options)
    try:
        with few_collections():
            items = list(read_job(job, options, input_format))
            problems = tuple(str(i) for i in items if isinstance(i, Problem))
            documents = [replace(check_item(i, options), id=job.id, problems=problems)
                         for i in items if not isinstance(i, Problem)]
    except (InputError, ValueError) as exc:
        message = str(exc) if isinstance(exc, InputError) else f"{job.id}: {exc}"
        return Outcome(job.id, [], DocumentError(job.id, message, problems))
    except Exception as exc:  # noqa: BLE001  a bug on one document must not end a run of thousands
        message = f"{job.id}: internal error ({type(exc).__name__}: {exc})"
        return Outcome(job.id, [], DocumentError(job.id, message, problems))
    if not documents:
        return Outcome(job.id, [], DocumentError(job.id, f"{job.id}: nothing could be checked", problems))
    return Outcome(job.id, documents)


_PROCESS = {"owned": False, "frozen": False}


def own_process() -> None:
    """Declare this process mtcheck's own (the command line, a worker), so :func:`check` may freeze it.

    A library caller's process is never frozen: its objects are its own business.
    """
    _PROCESS["owned"] = True


def _freeze_long_lived(options: Options) -> None:
    """Once an owned process, before its first job: the selected checks loaded, then what exists kept out of
    the cycle collector's scans.

    Modules (the check modules too: loading them is most of a short run's
    allocations), compiled patterns, language data and options live as long
    as the process; without this every full collection walks them again
    (about a tenth of a second a collection).  Frozen objects are still freed
    by reference counting; only a cycle among them would outlive its use.
    """
    if _PROCESS["owned"] and not _PROCESS["frozen"]:
        select_checks(options.select, options.ignore)
        gc.freeze()
        _PROCESS["frozen"] = True


def check_item(item: TextPair | UnitDocument, options: Options) -> DocumentResult:
    """Align one input item and run the selected checks on it.

    Monolingual pairs are aligned sentence by sentence (round trip included
    when asked for); bilingual units come pre-aligned.
    """
    if isinstance(item, TextPair):
        return check_documents(item.source, item.target, options, extras=item.extras)
    return check_aligned(item.aligned(options))


def messages(outcome: Outcome) -> list[str]:
    """What a run says on stderr about one job: unusable units (warnings), then its error."""
    problems = outcome.error.problems if outcome.error else \
        next((d.problems for d in outcome.documents), ())
    lines = [f"warning: {p}" for p in problems]
    return lines + ([f"error: {outcome.error.message}"] if outcome.error else [])


def run(request: Request, *, keep: bool = True, on_outcome: Callable[[Outcome], Any] | None = None,
        progress: Callable[[int], Any] | None = None) -> Report:
    """Check every job of the request into one report.

    ``keep=False`` (streaming) keeps no documents in the report, only its
    counts; ``on_outcome`` sees each job's outcome as soon as it is done, in
    job order; ``progress`` is told of each job done or skipped.  Bad
    requests (unknown checks, no inputs, a broken configuration or baseline)
    raise :class:`~mtcheck.errors.InputError`; a bad document never does.
    """
    from mtcheck.run.executor import default_workers, execute

    options, baseline_path = load_options(request)
    if (baseline_path or request.write_baseline) and not keep:
        raise RunError("baselines work with the report formats, not with --format jsonl")
    if baseline_path or request.write_baseline:  # imported only then: most runs have no baseline
        from mtcheck.run import baseline as baselines
    accepted = baselines.Suppressor(baselines.read_baseline(baseline_path)) \
        if baseline_path and not request.write_baseline else None
    report = Report(fail_on=options.fail_on)
    jobs = jobs_of(request, options)

    def todo() -> Iterator[Job]:
        for job in jobs:
            if job.id in request.done:
                report.skipped += 1
                if progress:
                    progress(1)
            else:
                yield job

    work = partial(check, options=options, input_format=request.input_format)
    # Standard input is this process's: a worker process must not be the one to read it.
    workers = 1 if STDIN in (request.source, request.target) else request.jobs or default_workers()
    for outcome in execute(todo(), work, workers):
        if accepted is not None:
            outcome = outcome._replace(documents=[accepted.apply(d) for d in outcome.documents])
        report.add(outcome, keep)
        if on_outcome:
            on_outcome(outcome)
        if progress:
            progress(1)
    if not (report.checked or report.errors or report.skipped):
        raise RunError(f"{request.manifest or request.target or request.source}: nothing to check")
    report.suppressed = accepted.suppressed if accepted else 0
    report.signature = report.run_signature()
    if request.write_baseline:
        baselines.write_baseline(request.write_baseline, report.documents)
    return report


def exit_status(report: Report, request: Request | None = None) -> int:
    """2 when a document could not be checked, else 1 for failing findings (not when recording a baseline), else 0."""
    if report.errors:
        return EXIT_ERROR
    recording = request is not None and request.write_baseline
    return EXIT_FINDINGS if report.failing_count and not recording else EXIT_OK


def count_jobs(request: Request) -> int:
    """How many jobs the request has (one more pass over discovery, for a progress bar)."""
    return sum(1 for _ in jobs_of(request))


def align_files(source: str, target: str, options: Options, input_format: str | None = None) -> AlignedDocument:
    """The alignment of a file pair (or of a bilingual file's first document), read as ``check`` reads it."""
    from mtcheck.inputs.units import UnitDocument

    job = next(discover(source, target), None)
    for item in read_job(job, options, input_format) if job else ():
        if isinstance(item, TextPair):
            return AlignedDocument(item.source, item.target, align(item.source, item.target), options,
                                   dict(item.extras))
        if isinstance(item, UnitDocument):
            return item.aligned(options)
    raise InputError(source, "nothing could be aligned")


def check_files(source_path: str | Path, target_path: str | Path, options: Options | None = None,
                input_format: str | None = None) -> DocumentResult:
    """Check a source file against its translation, read as ``mtcheck check SOURCE TARGET`` reads them.

    Takes two paths (plain text, Markdown or HTML; ``input_format`` forces one
    of the formats of ``mtcheck check --input-format``) and the run's
    :class:`~mtcheck.options.Options`; the languages come from the options, the
    ``.de``/``.en`` suffixes of the file names, or language identification.
    Returns the :class:`~mtcheck.results.DocumentResult`: the findings, sorted
    by position, and the aligned documents their spans point into.  Bad input
    (a missing, empty or binary file, a text identical to its source) raises
    :class:`~mtcheck.errors.InputError` with a one-line message.

    >>> from mtcheck import check_files
    >>> result = check_files("corpora/seed/belgorod.de.txt", "corpora/seed/belgorod.en.txt")
    >>> result.source.lang, result.target.lang
    ('de', 'en')
    >>> all(f.target.text == result.target.text[f.target.start:f.target.end] for f in result.findings)
    True
    """
    options = options or Options()
    outcome = check(Job(f"{source_path} -> {target_path}", str(source_path), str(target_path)), options,
                    input_format)
    if outcome.error is not None:
        raise RunError(outcome.error.message)
    return outcome.documents[0]


def check_texts(source: str, target: str, source_lang: str, target_lang: str,
                options: Options | None = None) -> DocumentResult:
    """Check two in-memory texts: the source and its translation, in the languages given.

    The languages are BCP 47 tags (``de-DE`` counts as ``de``); ``options``
    selects checks, sets severities, a glossary or a round trip.  Returns the
    :class:`~mtcheck.results.DocumentResult`, whose findings' spans are
    code-point offsets into ``target`` (and ``source``).  A language that is
    not a BCP 47 tag, an empty (or blank) text, or a target identical to its
    source, raises :class:`~mtcheck.errors.InputError`.

    >>> from mtcheck import Options, check_texts
    >>> result = check_texts("Der Minister berichtete am Sonntag über die Lage.",
    ...                      "The minister reportedSunday on the situation.", "de", "en",
    ...                      Options(select=("MT1",)))
    >>> finding = result.findings[0]
    >>> finding.code, finding.severity.value, finding.target.start, finding.target.text
    ('MT101', 'major', 13, 'reportedSunday')
    """
    return check_documents(Document(source, normalise(source_lang, "source_lang")),
                           Document(target, normalise(target_lang, "target_lang")), options)
