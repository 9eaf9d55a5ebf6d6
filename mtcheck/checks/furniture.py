"""Page furniture: navigation, bylines, captions and teasers translated as article text."""

from __future__ import annotations

import re
from typing import Iterator

from mtcheck.blocks import Block, Kind, furniture_blocks, overlaps_furniture
from mtcheck.checks import check
from mtcheck.context import AlignedDocument
from mtcheck.document import Segment
from mtcheck.findings import Flag, Severity
from mtcheck.lexicon import zipf
from mtcheck.vocab import fold

_WHAT = {
    Kind.NAVIGATION: "is page navigation (breadcrumb, date line or share/print buttons)",
    Kind.BYLINE: "is the author line of the web page",
    Kind.CAPTION: "is a photo caption with its credit",
    Kind.PROMPT: "is a link to another article or a subscription prompt",
}


def _excerpt(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


def _block_flags(doc: AlignedDocument, kind: Kind) -> Iterator[Flag]:
    """One flag per furniture block of ``kind``, spanning the whole block."""
    for block in furniture_blocks(doc):
        if block.kind is not kind:
            continue
        message = f"'{_excerpt(doc.target.text[block.start:block.end])}' {_WHAT[kind]}, translated as text"
        if block.source:
            message += f" (source: '{_excerpt(doc.source.text[block.source[0]:block.source[1]])}')"
        yield Flag(block.start, block.end, message + "; remove it from the article", block.source,
                   evidence=dict(block.evidence))


@check("MT120", "page-navigation", Severity.MAJOR)
def page_navigation(doc: AlignedDocument) -> Iterator[Flag]:
    """Navigation, date line or share/print buttons of the web page, translated as text.

    Flags a short line made mostly of navigation words (home page, section
    names), dates and times, or share/print/comment/listen buttons, in the
    target or in the aligned source line.  The vocabularies of both languages
    are used, so a mistranslated button ("Drucken Teilen" -> "Press Split")
    is caught through its source.  Headlines and sentences pass.

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
    """A photo caption with its credit, left in the middle of the article text.

    Flags a paragraph carrying a photo credit (©, "Photo:", "Foto:",
    "Image:", agency credits such as "IMAGO/..." or ".../dpa"), or, inside a
    long paragraph, the sentence carrying it.  Agency datelines such as
    "Berlin (dpa) -" are article text and pass.

    Bad: ``Russian soldiers distribute sand. in Belgorod © IMAGO/Press Office``
    Good: ``Berlin (dpa) - The government announced new measures.``
    """
    yield from _block_flags(doc, Kind.CAPTION)


@check("MT124", "related-link", Severity.MAJOR)
def related_link(doc: AlignedDocument) -> Iterator[Flag]:
    """A "Read also:" link or newsletter prompt of the web page, translated as text.

    Flags a paragraph led by a prompt such as "Read also:", "More on the
    topic", "Lesen Sie auch:", "Newsletter abonnieren:", in either language,
    followed by the linked article's title.

    Bad: ``Also interesting: Lions sign Danish line player for the new season``
    Good: ``The answer: more buses and fewer cars.``
    """
    yield from _block_flags(doc, Kind.PROMPT)


# A teaser heading: one short line without final punctuation whose words are
# taken up by the paragraphs that follow it.
_HEADING_WORDS = (3, 20)
_BODY_MIN_WORDS = 8
_FINAL_PUNCTUATION = re.compile(r"[.!?…:;]['\"”’»)]*$")
_CONTENT_TOKEN = re.compile(r"[^\W_]{3,}")
_FUNCTION_ZIPF = 6.0
_STEM = 5
_TAKEN_UP = 0.6
_MIN_TAKEN_UP = 3
_LOOKAHEAD = 2


def _is_heading(para: Segment) -> bool:
    words = len(para.text.split())
    return (_HEADING_WORDS[0] <= words <= _HEADING_WORDS[1] and "\n" not in para.text
            and not _FINAL_PUNCTUATION.search(para.text))


def _is_body(para: Segment) -> bool:
    return len(para.text.split()) >= _BODY_MIN_WORDS and bool(_FINAL_PUNCTUATION.search(para.text))


def _stems(text: str, lang: str) -> list[str]:
    """Stems of content words (function words dropped), for loose matching."""
    return [fold(w)[:_STEM] for w in _CONTENT_TOKEN.findall(text) if zipf(w.lower(), lang) < _FUNCTION_ZIPF]


def _taken_up(heading: Segment, following: list[Segment], lang: str) -> tuple[list[str], list[str]]:
    """The heading's content stems, and those the following paragraphs take up."""
    stems = list(dict.fromkeys(_stems(heading.text, lang)))
    later = {s for p in following for s in _stems(p.text, lang)}
    return stems, [s for s in stems if s in later]


def _article_paragraphs(paragraphs: list[Segment], blocks: list[Block]) -> list[Segment]:
    return [p for p in paragraphs if not overlaps_furniture(blocks, p.start, p.end)]


@check("MT123", "teaser-heading", Severity.MINOR)
def teaser_heading(doc: AlignedDocument) -> Iterator[Flag]:
    """A teaser heading in mid-article, repeating what the next paragraphs say.

    Flags a one-line paragraph without final punctuation, after the article
    body has begun, whose content words largely reappear in the next
    paragraphs: a web page's teaser or intertitle that reads as a stray
    sentence fragment in the translation.  The headline before the first
    body paragraph, and short labels, pass.

    Bad: ``Russia claims to have repelled the attack and killed “up to 195” soldiers``
    Good: ``Street lamps lure moths into a trap`` (the headline, first paragraph)
    """
    paragraphs = _article_paragraphs(doc.target.paragraphs, furniture_blocks(doc))
    body_started = False
    for i, para in enumerate(paragraphs):
        following = paragraphs[i + 1:i + 1 + _LOOKAHEAD]
        if body_started and _is_heading(para) and following and _is_body(following[0]):
            stems, taken = _taken_up(para, following, doc.target.lang)
            if len(taken) >= _MIN_TAKEN_UP and len(taken) >= _TAKEN_UP * len(stems):
                yield Flag(
                    para.start, para.end,
                    f"'{_excerpt(para.text)}' is a heading of the web page in mid-article; "
                    "the next paragraphs say the same, so it reads as a stray fragment",
                    evidence={"content_words": stems, "repeated_below": taken},
                )
        body_started = body_started or _is_body(para)
