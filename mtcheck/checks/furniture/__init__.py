"""Page furniture: navigation, bylines, captions and teasers translated as article text."""

from __future__ import annotations

import re
from functools import cache, partial
from typing import Iterator, NamedTuple

from mtcheck.checks.furniture.blocks import CLOSERS, Kind, function_word, furniture_blocks, overlaps_furniture
from mtcheck.checks import check
from mtcheck.align.context import AlignedDocument
from mtcheck.text.document import Segment
from mtcheck.text.segment import final_mark
from mtcheck.findings import Flag, Severity
from mtcheck.checks.messages import excerpt
from mtcheck.lang.vocab import fold

_WHAT = {
    Kind.NAVIGATION: "is page navigation (breadcrumb, date line or share/print buttons)",
    Kind.BYLINE: "is the author line of the web page",
    Kind.CAPTION: "is a photo credit or a caption whose credit is misplaced",
    Kind.LINK: "is a link to another article",
    Kind.APPEAL: "is a newsletter, cookie or subscription notice of the web site",
}


def _block_flags(doc: AlignedDocument, kind: Kind) -> Iterator[Flag]:
    """One flag per furniture block of ``kind``, spanning the whole block."""
    for block in furniture_blocks(doc):
        if block.kind is not kind:
            continue
        message = f"'{excerpt(doc.target.text[block.start:block.end])}' {_WHAT[kind]}, translated as text"
        if block.source:
            message += f" (source: '{excerpt(doc.source.text[block.source[0]:block.source[1]])}')"
        yield Flag(block.start, block.end, message + "; remove it from the article", block.source,
                   evidence=dict(block.evidence))


@check("MT120", "page-navigation", Severity.MAJOR)
def page_navigation(doc: AlignedDocument) -> Iterator[Flag]:
    """Navigation, date line or share/print buttons of the web page, translated as text.

    Flags a short line made mostly of navigation words (home page, section
    names), dates and times, or share/print/comment/listen buttons, a
    breadcrumb trail of short labels between separators (| › » / >: three
    labels, or two where one names a section, "News / Milan"), in the
    target or in the aligned source line.  The vocabularies of both languages
    are used, so a mistranslated button ("Drucken Teilen" -> "Press Split")
    is caught through its source.  Headlines and sentences pass: a line
    ending like a sentence with as many function words as furniture terms
    ("We are at home today."), a question, and one furniture word among two
    or more function words ("But this is my opinion") are text.

    Bad: ``date 2024-03-17 Home page politics``
    Good: ``Russian regions on the Ukrainian border have reported attacks.``
    """
    yield from _block_flags(doc, Kind.NAVIGATION)


@check("MT121", "byline", Severity.MINOR)
def byline(doc: AlignedDocument) -> Iterator[Flag]:
    """The page's author line ("By Jane Doe", "Von: ...") kept as a paragraph.

    Flags a paragraph that is only a byline marker (By, From, Von, Par, Por)
    and names, possibly with a date or agency, where the names recur
    unchanged in the aligned source, as names do.  Sentences starting with
    "From" and titles such as "Von Hoffnung und Angst" pass.

    Bad: ``From: Fabian Hartmann``
    Good: ``From Monday, schools will remain closed.``
    """
    yield from _block_flags(doc, Kind.BYLINE)


@check("MT122", "photo-caption", Severity.MAJOR)
def photo_caption(doc: AlignedDocument) -> Iterator[Flag]:
    """A photo credit or a garbled caption left in the article text.

    Flags a paragraph carrying a photo credit (©, "Photo:", "Foto:",
    "Image:", agency credits such as "IMAGO/..." or ".../dpa") unless it is a
    caption as articles print it, a described picture followed by one
    labelled or agency credit; a copyright sign (© Name) marks the web page's
    caption; a credit alone, a label in front of the description, a doubled
    label, a broken description or an image button ("Enlarge image") is
    debris of the page.  A credit word of the source (pt "Divulgação", it
    "ufficio stampa": the pack's ``furniture.credits``) rendered as a word
    where the target's credit has no credit word of its own ("Photo:
    Disclosure/...", for "Handout") is a credit translated as text.  Inside a long
    paragraph, the sentence carrying a credit is flagged.  Agency datelines
    such as "Berlin (dpa) -" are article text and pass, and so do a list
    item "(c) if ..." and an emoticon's colon (":)").  A full stop after a
    digit is an ordinal date ("27. rujna 2019."), not a sentence end.

    Bad: ``Photo: Parking ticket machine on the market square. © Sabine Trautmann``
    Good: ``Demonstrators in front of the Reichstag building. Photo: Jana Reimers/dpa``
    """
    yield from _block_flags(doc, Kind.CAPTION)


@check("MT125", "site-prompt", Severity.MAJOR)
def site_prompt(doc: AlignedDocument) -> Iterator[Flag]:
    """A newsletter, cookie or subscription notice of the web site, translated as text.

    Flags a short paragraph addressed to the reader (you, Sie, vous, usted, or
    starting with the call itself) that names at least two things a site asks
    of its visitors: subscribe, newsletter, cookies, accept, sign up, inbox.
    An article reporting on newsletters or cookies is not addressed to the
    reader and passes.

    Bad: ``Subscribe to our newsletter and receive the news from Seville every morning.``
    Good: ``Customers can subscribe to the newsletter on the company's website.``
    """
    yield from _block_flags(doc, Kind.APPEAL)


# Mid-article headings: one short line after the body has begun.  A teaser
# repeats what follows it; a link to another article shares nothing with its
# neighbours and has a kicker ("Controversial renovation: What will ...?").
# A teaser sits inside one article, so the paragraphs before it speak of the
# same things; a heading after a change of topic opens the next item of a page
# of several (a digest, a news ticker) and is that item's headline.
_HEADING_WORDS = (3, 20)
_BODY_MIN_WORDS = 8
# Marks that end a body paragraph, and a statement (a heading may ask), before closing quotes and brackets.
_FINAL_PUNCTUATION, _STATEMENT_END = ".!?…:;", ".!;:…"
_KICKER = re.compile(r"^((?:[^\s:]+\s+){0,2}[^\s:]+):\s+[^\W\d_]")
_CONTENT_TOKEN = re.compile(r"[^\W_]{3,}")
_STEM = 5
_TAKEN_UP = 0.6
_MIN_TAKEN_UP = 3
_UNRELATED = 0.25
_LOOKAHEAD = 2
_LOOKBACK = 3
_ENUMERATOR = re.compile(r"\s*(?:\(?\d{1,2}\)|\d{1,2}\.\s|[-•*]\s?(?=\w))")  # a list item: 2) 3. (2) - • -word


class _Heading(NamedTuple):
    """A mid-article heading and how much of it its neighbours share."""

    para: Segment
    stems: list[str]
    taken_up: list[str]
    shared: list[str]
    continued: list[str]
    resumed: list[str]  # content words of the text before that recur after it: the article goes on
    after_body: bool  # the paragraph before is body text, not another heading (a headline and standfirst)
    in_field_list: bool  # a neighbour is led by a label too ("Dr Maruyama: ...", "- Grease: ...")


def _is_body(para: Segment) -> bool:
    return len(para.text.split()) >= _BODY_MIN_WORDS and final_mark(para.text, _FINAL_PUNCTUATION, CLOSERS) >= 0


def _stems(text: str, lang: str) -> list[str]:
    """Stems of content words (function words dropped), for loose matching."""
    return [fold(w)[:_STEM] for w in _CONTENT_TOKEN.findall(text) if not function_word(w.lower(), (lang,))]


def _mid_article_headings(doc: AlignedDocument) -> list[_Heading]:
    """One-line paragraphs without a full stop, after the first body paragraph, before body text
    (found once per document: the teaser and the related-link checks both read them)."""
    return doc.derived(_find_headings)


def _find_headings(doc: AlignedDocument) -> list[_Heading]:
    """The mid-article headings of the target and what their neighbours share with them."""
    blocks = furniture_blocks(doc)
    paragraphs = [p for p in doc.target.paragraphs if not overlaps_furniture(blocks, p.start, p.end)]
    stems_of = cache(partial(_stems, lang=doc.target.lang))  # by text: a paragraph neighbours several headings
    headings = []
    body_started = False
    for i, para in enumerate(paragraphs):
        following = paragraphs[i + 1:i + 1 + _LOOKAHEAD]
        words = len(para.text.split())
        if (body_started and following and "\n" not in para.text and _HEADING_WORDS[0] <= words <= _HEADING_WORDS[1]
                and final_mark(para.text, _STATEMENT_END, CLOSERS) < 0 and _is_body(following[0])):
            stems = list(dict.fromkeys(stems_of(para.text)))
            later = {s for p in following for s in stems_of(p.text)}
            around = later | set(stems_of(paragraphs[i - 1].text))
            before = {s for p in paragraphs[max(0, i - _LOOKBACK):i] for s in stems_of(p.text)}
            neighbours = [p.text for p in (paragraphs[i - 1], following[0])]
            headings.append(_Heading(
                para, stems, [s for s in stems if s in later], [s for s in stems if s in around],
                sorted(before & (later | set(stems))), resumed=sorted(before & later),
                after_body=_is_body(paragraphs[i - 1]),
                in_field_list=any(_KICKER.match(_ENUMERATOR.sub("", t, count=1)) for t in neighbours)))
        body_started = body_started or _is_body(para)
    return headings


def _has_kicker(text: str, lang: str) -> bool:
    """A title led by a short topic label ("Controversial renovation: What ..."), not by a clause."""
    kicker = _KICKER.match(text)
    return bool(kicker) and not any(function_word(w.lower(), (lang,)) for w in kicker.group(1).split())


@check("MT123", "teaser-heading", Severity.MINOR)
def teaser_heading(doc: AlignedDocument) -> Iterator[Flag]:
    """A teaser heading in mid-article, repeating what the next paragraphs say.

    Flags a one-line paragraph without final punctuation, after the article
    body has begun, whose content words largely reappear in the next
    paragraphs: a web page's teaser that reads as a stray sentence fragment
    in the translation.  The headline before the first body paragraph,
    questions, list items (2), 3., -), subheadings that only announce a topic, a headline after a
    change of topic (the paragraphs before it share fewer than three content
    words with it and the text below: the next item of a page of several),
    and a line after another heading (a headline and its standfirst open an
    item; a teaser sits between paragraphs of text) pass.

    Bad: ``Russia claims to have repelled the attack and killed “up to 195” soldiers``
    Good: ``Street lamps lure moths into a trap`` (the headline, first paragraph)
    """
    for heading in _mid_article_headings(doc):
        taken = heading.taken_up
        if (heading.after_body and not heading.para.text.rstrip().endswith("?")
                and not _ENUMERATOR.match(heading.para.text)
                and len(taken) >= _MIN_TAKEN_UP
                and len(taken) >= _TAKEN_UP * len(heading.stems) and len(heading.continued) >= _MIN_TAKEN_UP):
            yield Flag(
                heading.para.start, heading.para.end,
                f"'{excerpt(heading.para.text)}' is a heading of the web page in mid-article; "
                "the next paragraphs say the same, so it reads as a stray fragment",
                evidence={"content_words": heading.stems, "repeated_below": taken,
                          "shared_with_text_above": heading.continued},
            )


@check("MT124", "related-link", Severity.MINOR)
def related_link(doc: AlignedDocument) -> Iterator[Flag]:
    """A link to another article ("Read also: ...") left in the article text.

    Flags a paragraph led by a prompt such as "Read also:", "More from ...:",
    "Lesen Sie auch:", "Te puede interesar:", in either language, and a
    mid-article one-line title with a kicker ("Topic: Title") that shares
    almost no content words with the paragraphs around it while the article
    goes on around it (the text after it takes up a word of the text before).
    A headline after a change of topic (the next item of a page of several),
    list items and lines of a run of labelled lines (an interview's
    "Editor: ..." and "Dr Maruyama: ...", "Address: ..." fields) pass.

    Bad: ``Also interesting: Lions sign Danish line player for the new season``
    Good: ``The answer: more buses and fewer cars.``
    """
    yield from _block_flags(doc, Kind.LINK)
    for heading in _mid_article_headings(doc):
        if (_has_kicker(heading.para.text, doc.target.lang) and len(heading.stems) >= _MIN_TAKEN_UP
                and len(heading.shared) <= _UNRELATED * len(heading.stems) and heading.resumed
                and not heading.in_field_list and not _ENUMERATOR.match(heading.para.text)):
            yield Flag(
                heading.para.start, heading.para.end,
                f"'{excerpt(heading.para.text)}' is the title of another article, linked from the web page; "
                "nothing around it speaks of it; remove it from the article",
                evidence={"content_words": heading.stems, "shared_with_neighbours": heading.shared},
            )
