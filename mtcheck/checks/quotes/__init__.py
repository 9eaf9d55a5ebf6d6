"""Quotation marks: broken, cut or misplaced quotations, judged against the source's quotations."""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from typing import Iterator, Sequence

from mtcheck.checks import check
from mtcheck.align.context import AlignedDocument, SegmentPair
from mtcheck.text.document import Document, Segment
from mtcheck.text.segment import end_before
from mtcheck.findings import Flag, Severity
from mtcheck.lang.packs import ByLanguage, Languages, Pack, alternation, union
from mtcheck.checks.quotes.marks import CONVENTIONS, QUOTE_CHARS, Problem, Quote, QuoteAnalysis, analyse, find_marks, level, quoted_share, words_in

# A quoted share of the words that differs this much between source and target moves a boundary.
_SHARE_GAP = 0.3
_MIN_WORD_GAP = 4
_MIN_PAIR_WORDS = 6
_SNIPPET = 40

# A reporting clause after a comma: ", said Kessler", ", Kessler said", ", she says" (languages
# whose packs give the tags of such clauses; Russian sets them off with dashes instead).
def _reporting_verbs(p: Pack) -> frozenset[str]:
    """A pack's reporting verbs, past and present (said, says)."""
    return p.words("reporting.past") | p.words("reporting.present")


_REPORTING = ByLanguage("reporting.tags", lambda p: alternation(_reporting_verbs(p) | set(p.items("reporting.tags"))))
_NAME = r"[A-ZÀ-ÖØ-Þ][\w'’-]+"
_NOT_OBJECT = rf"(?!(?:{alternation(union('reporting.not_speakers'))})\b)"
_SPEAKER = (rf"(?:{_NAME}(?:\s+{_NAME}){{0,2}}|{alternation(union('reporting.speakers'))}"
            rf"|(?:{alternation(union('reporting.speaker_articles'))})\s+[\w'’-]+)")


@lru_cache(maxsize=8)
def _reporting_clause(lang: str) -> re.Pattern[str] | None:
    verbs = _REPORTING.get(lang)
    if verbs is None:
        return None
    # The tag must end the clause: ", he told me no" inside a quotation is quoted speech.  A longer
    # speaker (", said museum director Ilka Varga") must put the verb first, end on a name and be
    # followed by the closing mark itself.
    return re.compile(
        rf",\s+(?:(?:{verbs})\s+{_SPEAKER}|{_SPEAKER}\s+(?:{verbs}))(?=\s*[.,;:!?\"'”’»«“])"
        rf"|,\s+(?:{verbs})\s+(?:{_NOT_OBJECT}[\w'’-]+\s+){{1,5}}{_NAME}(?:\s+{_NAME}){{0,2}}(?=\s*[\"'”’»«“])")


def _analyse_document(document: Document) -> QuoteAnalysis:
    return analyse(document.text, document.lang, [(p.start, p.end) for p in document.paragraphs])


def _source_quotes(doc: AlignedDocument) -> QuoteAnalysis:
    return _analyse_document(doc.source)


def _target_quotes(doc: AlignedDocument) -> QuoteAnalysis:
    return _analyse_document(doc.target)


def _snippet(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _SNIPPET else text[:_SNIPPET - 1].rstrip() + "…"


@lru_cache(maxsize=1)
def _sentence_end() -> re.Pattern[str]:
    """A sentence end the splitter may have missed (compiled on first use: only a broken quotation reads it)."""
    return re.compile(r"[.!?…][\"'”’»«“]*\s+")


def _holding(segments: Sequence[Segment], starts: list[int], offset: int) -> Segment | None:
    """The one of ``segments`` (in order, apart; ``starts``: where each starts) that holds ``offset``, by bisection."""
    k = bisect_right(starts, offset) - 1
    return segments[k] if k >= 0 and offset < segments[k].end else None


def _sentence_at(doc: AlignedDocument, offset: int) -> Segment | None:
    """The target sentence holding ``offset``."""
    return _holding(doc.target.sentences, doc.derived(_sentence_starts), offset)


def _sentence_starts(doc: AlignedDocument) -> list[int]:
    return [s.start for s in doc.target.sentences]


def _sentences_around(doc: AlignedDocument, offset: int) -> tuple[int, int] | None:
    """The target sentence holding ``offset``, cut at sentence ends the splitter missed (``said X. “We``)."""
    sentence = _sentence_at(doc, offset)
    if sentence is None:
        return None
    start, end = sentence.start, sentence.end
    for match in _sentence_end().finditer(doc.target.text, sentence.start, sentence.end):
        if match.end() <= offset:
            start = match.end()
        elif match.start() >= offset:
            end = min(end, match.start() + len(match.group().rstrip()))
            break
    return start, end


def _problem_span(doc: AlignedDocument, analysis: QuoteAnalysis, problem: Problem) -> tuple[int, int] | None:
    """The sentence or clause around a broken quotation."""
    text = doc.target.text
    around = _sentences_around(doc, problem.offset)
    if around is None:
        return None
    start, end = around
    if problem.kind == "stray-close":
        return start, problem.offset + 1
    if problem.kind == "reopened" and not any(c.isalnum() for c in text[start:problem.offset]):
        # The new quotation starts a sentence: the old one should have closed in the sentence before.
        before = end_before(text, problem.offset) - 1
        return _sentences_around(doc, before) or around
    if problem.kind == "reopened":
        closed = [q.end for q in analysis.starting_at(problem.offset) if q.closer]
        end = closed[0] if closed and closed[0] <= end else end
    return start, end


def _source_quote_note(doc: AlignedDocument, source: QuoteAnalysis, span: tuple[int, int]) -> str:
    rng = doc.source_range_for(*span)
    quotes = source.quotes_in(*rng) if rng else []
    if not quotes:
        return ""
    texts = "; ".join(_snippet(doc.source.text[q.start:q.end]) for q in quotes)
    return f"; the source quotes {texts}"


def _source_has_problem(doc: AlignedDocument, source: QuoteAnalysis, span: tuple[int, int]) -> bool:
    rng = doc.source_range_for(*span)
    return bool(rng and source.problems_in(*rng))


_DESCRIBE = {
    "reopened": "a quotation opened with {char} at '{opened}' is never closed before the next one opens",
    "unclosed": "the quotation opened with {char} at '{opened}' is never closed",
    "stray-close": "the closing {char} has no opening quotation mark",
}


def _mismatched_pair(text: str, target: QuoteAnalysis, problem: Problem) -> str | None:
    """Opening and closing mark of different levels around ``problem``: ‘…” or “…’, else None."""
    closing = problem.offset
    if problem.kind == "unclosed":
        closing = next((q.end for q in target.starting_at(problem.offset) if not q.closer), -1)
    closer = text[closing] if 0 <= closing < len(text) else ""
    if not closer or closer not in QUOTE_CHARS:
        return None
    # The quotations overlapping [closing - 1, closing) are those with start < closing <= end.
    opener = next((q.opener for q in target.quotes_in(closing - 1, closing) if not q.closer
                   and level(q.opener) != level(closer)), None)
    return opener + closer if opener else None


def _problem_message(doc: AlignedDocument, target: QuoteAnalysis, problem: Problem) -> str:
    text = doc.target.text
    opened = problem.opened_at if problem.opened_at is not None else problem.offset
    message = "Broken quotation: " + _DESCRIBE[problem.kind].format(
        char=problem.char, opened=_snippet(text[opened:opened + _SNIPPET]))
    mismatched = _mismatched_pair(text, target, problem)
    if mismatched:
        message += f"; the quotation opens with {mismatched[0]} but closes with {mismatched[1]}"
    stretch = ([q for q in target.starting_at(problem.opened_at) if not q.closer]
               if problem.opened_at is not None else [])
    pattern = _reporting_clause(doc.target.lang)
    speaker = pattern.search(text, stretch[0].start, stretch[0].end) if stretch and pattern else None
    if speaker:
        message += f"; the closing mark is probably missing before '{speaker.group().lstrip(', ')}'"
    return message


@check("MT110", "unbalanced-quotes", Severity.MAJOR)
def unbalanced_quotes(doc: AlignedDocument) -> Iterator[Flag]:
    """Quotation marks that do not pair up: a quotation never closed, reopened or closed twice.

    Flags an opening mark while a quotation of the same kind is still open, a
    quotation still open at the end of its paragraph, and a closing mark with
    nothing open, judged by the target language's conventions (English “…”,
    German „…“ and »…«, French «…»).  Apostrophes (Putin's, rock ’n’ roll,
    ’90s) never count, a quotation running over several paragraphs with the
    opening mark repeated at each paragraph start passes, and so does a
    problem the aligned source has too.  A quotation left open at a paragraph's
    end and closed by the first mark of its kind in one of the next few
    paragraphs is one quotation over a paragraph break (the opening mark not
    repeated).  A quotation resumed after an attribution set off by dashes
    («…», – he said. – …») may drop its second opening mark, and speech that
    opens a paragraph may lack its opening mark when the source marks none
    (a dash or nothing) and the closing mark stands, with a comma, before
    the attribution ("…“, erklärt Argan."): neither moves words to another
    speaker.  The span is the sentence or clause around the broken
    quotation, one finding per sentence.  Major when the aligned source quotes something; minor when it
    quotes nothing (a slip of the translation's own) or when its quotation
    there runs over a paragraph break too (a mark lost at the break).

    Bad: ``“The liberation is underway. Putin's “Troops are under full attack,” quotes dpa.``
    Good: ``“The liberation is underway. Putin's troops are under full attack,” dpa quotes.``
    """
    target, source = doc.derived(_target_quotes), doc.derived(_source_quotes)
    reported: list[tuple[int, int]] = []
    for problem in target.problems:
        span = _problem_span(doc, target, problem)
        if (span is None or any(start < span[1] and span[0] < end for start, end in reported)
                or _source_has_problem(doc, source, span) or _unmarked_speech_closed(doc, problem, span)):
            continue
        reported.append(span)
        yield Flag(
            *span,
            _problem_message(doc, target, problem) + _source_quote_note(doc, source, span),
            evidence={"kind": problem.kind, "mark": problem.char, "offset": problem.offset},
            severity=None if _source_quotes_here(doc, _judged_span(doc, problem, span))
            and not _source_runs_on(doc, source, span) else Severity.MINOR,
        )


@lru_cache(maxsize=1)
def _attribution_after() -> re.Pattern[str]:
    """A comma at a closing mark, then a short attribution to the sentence's end: "…“, erklärt Argan.",
    "…,“ uzavřela Nováková." (a lower-case verb first).  Compiled on first use: only a closing mark
    with nothing open reads it."""
    return re.compile(r",?\s+(?![\d_])[^\W\dA-ZÀ-ÖØ-ÞА-ЯЁЄІЇҐ][^\s.!?…]*(?:\s+[^\s.!?…]+){0,5}[.!?…]")


def _unmarked_speech_closed(doc: AlignedDocument, problem: Problem, span: tuple[int, int]) -> bool:
    """Whether a closing mark with nothing open ends speech that opens the paragraph, as the source
    sets it off without marks (a dash or nothing: "Je veux partir, confie Argan.").

    The translation marks the speech's end before the attribution and leaves
    out only the opening mark: where the speech starts is plain (the
    paragraph's start), so no words change speaker.
    """
    if problem.kind != "stray-close" or _source_quotes_here(doc, span):
        return False
    text = doc.target.text
    paragraph = _target_paragraph_at(doc, problem.offset)
    return (paragraph is not None and not find_marks(text, doc.target.lang, paragraph.start, problem.offset)
            and (text[problem.offset - 1] == "," or text.startswith(",", problem.offset + 1))
            and bool(_attribution_after().match(text, problem.offset + 1)))


def _judged_span(doc: AlignedDocument, problem: Problem, span: tuple[int, int]) -> tuple[int, int]:
    """Where the source is asked whether it quotes: the problem's sentence, or for a closing mark
    that ends the paragraph with nothing open, the whole paragraph (its quotation closed too late,
    at the paragraph's end, instead of after the words quoted)."""
    if problem.kind != "stray-close":
        return span
    paragraph = _target_paragraph_at(doc, problem.offset)
    if paragraph is None or not _paragraph_end().fullmatch(doc.target.text, problem.offset + 1, paragraph.end):
        return span
    return paragraph.start, paragraph.end


@lru_cache(maxsize=1)
def _paragraph_end() -> re.Pattern[str]:
    """What may follow a mark that ends its paragraph (compiled on first use, as :func:`_attribution_after`)."""
    return re.compile(r"[.!?…\n ]*")


def _target_paragraph_at(doc: AlignedDocument, offset: int) -> Segment | None:
    """The target paragraph that holds ``offset``."""
    return _holding(doc.target.paragraphs, doc.derived(_target_paragraph_starts), offset)


def _target_paragraph_starts(doc: AlignedDocument) -> list[int]:
    """Where the target's paragraphs start, for bisection (once per document)."""
    return [p.start for p in doc.target.paragraphs]


def _source_paragraph_ends(doc: AlignedDocument) -> list[int]:
    """Where the source's paragraphs end, for bisection (once per document)."""
    return [p.end for p in doc.source.paragraphs]


def _source_quotes_here(doc: AlignedDocument, span: tuple[int, int]) -> bool:
    """Whether the aligned source quotes something: the second signal for a major broken quotation.

    Where the source quotes nothing, a stray mark is the translation's own
    slip or a quotation running over from another paragraph; apostrophes
    (l'agroécologie, it's) are no quotation marks.
    """
    rng = doc.source_range_for(*span)
    return bool(rng) and bool(find_marks(doc.source.text, doc.source.lang, *rng))


def _source_runs_on(doc: AlignedDocument, source: QuoteAnalysis, span: tuple[int, int]) -> bool:
    """Whether the aligned source quotation runs over a paragraph break (a mark lost at the break is minor)."""
    rng = doc.source_range_for(*span)
    if not rng:
        return False
    breaks = doc.derived(_source_paragraph_ends)
    return any(not q.closer or _break_inside(breaks, q.start, q.end - 1) for q in source.quotes_in(*rng))


def _break_inside(breaks: list[int], start: int, end: int) -> bool:
    """Whether a paragraph break of ``breaks`` (in order) lies strictly between ``start`` and ``end``."""
    k = bisect_right(breaks, start)
    return k < len(breaks) and breaks[k] < end


def _pair_shares(doc: AlignedDocument, pair: SegmentPair, source: QuoteAnalysis,
                 target: QuoteAnalysis) -> tuple[tuple[int, int], tuple[int, int]] | None:
    src, tgt = pair.source_range, pair.target_range
    if src is None or tgt is None or source.problems_in(*src) or target.problems_in(*tgt):
        return None
    return quoted_share(doc.source.text, source, *src), quoted_share(doc.target.text, target, *tgt)


def _boundary_moved(src: tuple[int, int], tgt: tuple[int, int]) -> bool:
    (src_words, src_quoted), (tgt_words, tgt_quoted) = src, tgt
    if min(src_words, tgt_words) < _MIN_PAIR_WORDS or not (src_quoted or tgt_quoted):
        return False
    gap = abs(src_quoted / src_words - tgt_quoted / tgt_words)
    scaled = abs(src_quoted * tgt_words / src_words - tgt_quoted)
    return gap >= _SHARE_GAP and scaled >= _MIN_WORD_GAP


# Source languages whose quotation marks also set off reported speech (Japanese 「…」と): a translation may
# render it as indirect speech without marks.
_REPORTED_SPEECH = Languages("quotes.reported_speech")


@check("MT111", "quote-boundary-mismatch", Severity.MAJOR)
def quote_boundary_mismatch(doc: AlignedDocument) -> Iterator[Flag]:
    """A quotation that does not cover what the source quotes: cut short, overrunning or lost.

    Compares, for each aligned sentence pair with well-formed quotation marks
    on both sides, the share of words inside quotation marks.  When the
    target quotes far less or far more than the source (the closing mark put
    in the middle of the quoted sentence, the attribution pulled inside, the
    marks dropped), readers attribute words to the wrong speaker.  A short
    quotation in a long sentence barely moves the share: when each sentence
    holds as many quotations, paired shortest with shortest, a target
    quotation with at most half the words its source quotation should make
    (scaled by the sentences' lengths; words in brackets left out) and at
    least four fewer was closed after its first words.  Chinese and
    Japanese count two characters, or a run of katakana, as a word.  A
    quotation closed a few words early, its last words left standing before
    the attribution (“…where the bus passes” every hour, said Moreno), is
    flagged where the source's quotation runs up to the comma before its
    reporting verb.

    Major when both sides quote and the boundary moved; minor when the
    translation lost the marks of direct speech that opens the source
    sentence, unless the source language marks reported speech too
    (Japanese 「…」と言われる, often made indirect speech).  A quotation embedded in the sentence or running
    on from an earlier paragraph may become indirect speech and passes.  Marks only the translation has pass:
    translators set off titles, labels and terms, and continue a quotation
    from the paragraph before.

    Bad: ``“We had expected an effect,” but not such a big one, says Hollstein.``
    Good: ``“We had expected an effect, but not such a big one,” says Hollstein.``
    """
    source, target = doc.derived(_source_quotes), doc.derived(_target_quotes)
    for pair in doc.pairs:
        if len(pair.source) != len(pair.target):
            continue  # a merged or split link mixes sentences the other side quotes apart
        shares = _pair_shares(doc, pair, source, target)
        if shares is None:
            continue
        if not _boundary_moved(*shares):
            cut = _quotation_cut_short(doc, pair, source, target, shares) or _speech_left_outside(doc, pair, source, target)
            if cut is not None:
                yield cut
            continue
        (src_words, src_quoted), (tgt_words, tgt_quoted) = shares
        if not src_quoted:
            continue  # marks the translator added set off a title or label, or continue a quotation
        if not tgt_quoted and (doc.source.lang in _REPORTED_SPEECH or not _opens_with_quotation(doc, source, pair)):
            continue  # reported speech made indirect, or a quotation embedded in the sentence
        yield Flag(
            *pair.target_range,
            f"The quotation does not match the source's: {tgt_quoted} of {tgt_words} words are quoted "
            f"here, {src_quoted} of {src_words} in the source"
            + _source_quote_note(doc, source, pair.target_range),
            source=pair.source_range,
            evidence={"source_quoted": [src_quoted, src_words], "target_quoted": [tgt_quoted, tgt_words]},
            severity=None if src_quoted and tgt_quoted else Severity.MINOR,
        )


def _outer_quotations(analysis: QuoteAnalysis, start: int, end: int) -> list[Quote] | None:
    """The quotations around or in ``[start, end)`` that no other holds; None when one of them is left open
    or reaches outside."""
    quotes = analysis.quotes_in(start, end)
    outer = [q for q in quotes if not any(o.start <= q.start and q.end <= o.end and o != q for o in quotes)]
    if any(not q.closer or q.start < start or q.end > end for q in outer):
        return None
    return outer


@lru_cache(maxsize=1)
def _aside() -> re.Pattern[str]:
    """Words in brackets (a gloss or an abbreviation: 「…経験（MDE、Multi Device Experience）協議会」), which a
    translation leaves out of the quotation (compiled on first use: only sentences with a quotation read it)."""
    return re.compile(r"[(（][^()（）]*[)）]")


def _quoted_words(text: str, quote: Quote) -> int:
    """The words of a quotation, those in brackets left out."""
    asides = sum(words_in(text, *m.span()) for m in _aside().finditer(text, quote.start, quote.end))
    return words_in(text, quote.start, quote.end) - asides


def _quotation_cut_short(doc: AlignedDocument, pair: SegmentPair, source: QuoteAnalysis, target: QuoteAnalysis,
                         shares: tuple[tuple[int, int], tuple[int, int]]) -> Flag | None:
    """A target quotation far shorter than a source quotation: closed after its first words.

    The sentences quote as many quotations each; they are paired by length,
    shortest with shortest, not in order (Japanese and Chinese put a noun's
    modifiers first, so quotations change places).  A target quotation
    holding at most a half of the words its source quotation should make
    (its words scaled by the sentences' length ratio), and at least
    _MIN_WORD_GAP fewer, was closed early, even where the sentence's quoted
    share barely moves (a short quotation in a long sentence).
    """
    src_quotes = _outer_quotations(source, *pair.source_range)
    tgt_quotes = _outer_quotations(target, *pair.target_range)
    (src_words, _), (tgt_words, _) = shares
    if (not src_quotes or tgt_quotes is None or len(src_quotes) != len(tgt_quotes)
            or min(src_words, tgt_words) < _MIN_PAIR_WORDS):
        return None
    expected = sorted((_quoted_words(doc.source.text, q) * tgt_words / src_words, q.start, q) for q in src_quotes)
    found = sorted((_quoted_words(doc.target.text, q), q.start, q) for q in tgt_quotes)
    for (should, _, src_quote), (has, _, tgt_quote) in zip(expected, found):
        if has * 2 <= should and should - has >= _MIN_WORD_GAP:
            return Flag(
                *pair.target_range,
                f"The quotation {_snippet(doc.target.text[tgt_quote.start:tgt_quote.end])} is cut short: {has} "
                f"words, where the source's {_snippet(doc.source.text[src_quote.start:src_quote.end])} would make "
                f"about {round(should)}",
                source=pair.source_range,
                evidence={"quoted_words": has, "expected_words": round(should, 1)},
            )
    return None


def _closing_in(analysis: QuoteAnalysis, start: int, end: int) -> list[Quote]:
    """The closed quotations whose closing mark lies in ``[start, end)`` (a quotation may open in an
    earlier sentence)."""
    return [q for q in analysis.quotes_in(start, end) if q.closer and start < q.end <= end]


# The reporting verbs of a language, as a set of lower-case words.
_REPORTING_VERBS = ByLanguage("reporting.past", _reporting_verbs)
_TAIL_WORDS = 4  # the most words of speech a closing mark put too early leaves outside the quotation


def _words_before_attribution(text: str, end: int, verbs: frozenset[str]) -> list[str] | None:
    """The words between a quotation's closing mark at ``end`` and the comma before a reporting verb
    (“...passes” every hour, said X: ["every", "hour"]), or None when no reporting verb follows there."""
    head, comma, rest = text[end:end + 120].partition(",")
    words, verb = head.split(), rest.split()[:1]
    if not comma or not verb or verb[0].lower().strip(".;:") not in verbs or len(words) > _TAIL_WORDS:
        return None
    return words


def _speech_left_outside(doc: AlignedDocument, pair: SegmentPair, source: QuoteAnalysis,
                         target: QuoteAnalysis) -> Flag | None:
    """A quotation closed a few words early: the last words of the speech stand outside it, before the
    attribution, where the source's quotation runs up to the comma before its reporting verb.

    Bad: ``“There is a line where the bus passes” every hour, said Moreno.`` (source: “… de hora em hora”, disse)
    """
    src_verbs, tgt_verbs = _REPORTING_VERBS.get(doc.source.lang), _REPORTING_VERBS.get(doc.target.lang)
    src_quotes, tgt_quotes = _closing_in(source, *pair.source_range), _closing_in(target, *pair.target_range)
    if not (src_verbs and tgt_verbs and src_quotes) or len(src_quotes) != len(tgt_quotes):
        return None
    tail = _words_before_attribution(doc.target.text, tgt_quotes[-1].end, tgt_verbs)
    if (not tail or not all(w[:1].islower() for w in tail)
            or _words_before_attribution(doc.source.text, src_quotes[-1].end, src_verbs) != []):
        return None
    words = " ".join(tail)
    return Flag(
        *pair.target_range,
        f"The quotation closes before '{words}': those words belong to the speech, which in the source runs "
        f"up to the attribution" + _source_quote_note(doc, source, pair.target_range),
        source=pair.source_range,
        evidence={"left_outside": words},
    )


def _opens_with_quotation(doc: AlignedDocument, source: QuoteAnalysis, pair: SegmentPair) -> bool:
    """Whether the source sentence opens with its quotation (direct speech, the attribution after it).

    A quotation embedded in the sentence ("He added that "…"", "thanked the
    police for its "diligence"") or running on from an earlier paragraph may
    become indirect speech in a translation without marks; direct speech
    that loses its marks becomes the writer's words.
    """
    start, end = pair.source_range
    quotes = source.quotes_in(start, end)
    return bool(quotes) and quotes[0].start >= start and not doc.source.text[start:quotes[0].start].strip(" -–—")


def _source_quotes_speaker(doc: AlignedDocument, source: QuoteAnalysis, quote: Quote) -> bool | None:
    """Whether the aligned source quotation holds a reporting clause; None when there is none to compare."""
    rng = doc.source_range_for(quote.start, quote.end)
    quotes = source.quotes_in(*rng) if rng else []
    pattern = _reporting_clause(doc.source.lang)
    if not quotes or pattern is None:
        return None
    return any(pattern.search(doc.source.text, q.start, q.end) for q in quotes)


@check("MT112", "speaker-inside-quote", Severity.MAJOR)
def speaker_inside_quote(doc: AlignedDocument) -> Iterator[Flag]:
    """The speaker's attribution ("said Kessler") pulled inside the quotation marks.

    Flags a closed quotation that contains a reporting clause after a comma
    (", said Kessler", ", she says") when the aligned source keeps its
    reporting clause outside its quotation marks: the closing mark was put
    after the attribution instead of before it.

    Bad: ``“Public space has a value, said Kessler. We will expand the bus network.”``
    Good: ``“Public space has a value,” said Kessler. “We will expand the bus network.”``
    """
    pattern = _reporting_clause(doc.target.lang)
    if pattern is None:
        return
    source, target = doc.derived(_source_quotes), doc.derived(_target_quotes)
    for quote in target.quotes:
        found = pattern.search(doc.target.text, quote.start, quote.end) if quote.closer else None
        if found is None or _source_quotes_speaker(doc, source, quote) is not False:
            continue
        sentence = _sentence_at(doc, found.start())
        start = max(quote.start, sentence.start) if sentence else quote.start
        yield Flag(
            start, min(quote.end, sentence.end) if sentence else quote.end,
            f"The attribution '{found.group().lstrip(', ')}' is inside the quotation marks; "
            "in the source it stands outside the quotation" + _source_quote_note(doc, source, (quote.start, quote.end)),
            evidence={"attribution": found.group().lstrip(", ")},
        )


@check("MT113", "foreign-quote-marks", Severity.MINOR)
def foreign_quote_marks(doc: AlignedDocument) -> Iterator[Flag]:
    """Quotation marks of another language's typography, or an opening and closing mark that do not match.

    Flags a closed quotation whose pair of marks the target language does not
    use: German „…“ left in an English translation, or a mismatched „…”.
    Languages without a known convention are skipped.

    Bad: ``„We stopped playing handball,” Wallner said.``
    Good: ``“We stopped playing handball,” Wallner said.``
    """
    allowed = CONVENTIONS.get(doc.target.lang)
    if allowed is None:
        return
    source_pairs = CONVENTIONS.get(doc.source.lang, frozenset())
    for quote in doc.derived(_target_quotes).quotes:
        if not quote.closer or quote.pair in allowed:
            continue
        carried = quote.pair in source_pairs
        what = f"the source language's ({doc.source.lang})" if carried else "a mismatched pair"
        yield Flag(
            quote.start, quote.end,
            f"Quotation marks {quote.opener}…{quote.closer} are {what}, not {doc.target.lang} typography",
            evidence={"pair": quote.pair, "carried_from_source": carried},
        )
