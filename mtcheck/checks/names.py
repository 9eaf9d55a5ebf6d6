"""Names: names and outlets that went missing, moved, lost their attribution or changed form."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from itertools import chain
from typing import Iterator, Sequence

from rapidfuzz import fuzz

from mtcheck.anchors import digit_groups
from mtcheck.attribution import VOCABULARY, Attribution, Reading, locate, read_target, source_attributions
from mtcheck.checks import check
from mtcheck.context import AlignedDocument, SegmentPair
from mtcheck.entities import (
    CONNECTORS, TargetNames, Token, capitalised_runs, find_word, is_name_token, name_key, name_runs, same_name,
    skeleton, tokens, word_parts,
)
from mtcheck.findings import Flag, Severity

# Renderings of one name that share less than this are different names, not variants.
_VARIANT_SIMILARITY = 60
_STEM_PREFIX = 4
_POSSESSIVE = re.compile(r"['’]s?$")
_ARTICLES = frozenset({"the", "die", "der", "das", "le", "la", "les", "el", "los", "las"})


def _pair_tokens(pair: SegmentPair, side: str) -> list[Token]:
    segments = pair.source if side == "source" else pair.target
    return [tok for seg in segments for tok in tokens(seg.text, seg.start)]


@dataclass(frozen=True)
class _Side:
    """Tokens of every aligned pair, source and target."""

    source: list[list[Token]]
    target: list[list[Token]]

    @classmethod
    def of(cls, doc: AlignedDocument) -> "_Side":
        return cls([_pair_tokens(p, "source") for p in doc.pairs], [_pair_tokens(p, "target") for p in doc.pairs])

    def neighbours(self, index: int, reach: int = 1) -> list[int]:
        """Pair indices around ``index``, nearest first."""
        around = [index + d * s for d in range(1, reach + 1) for s in (-1, 1)]
        return [j for j in around if 0 <= j < len(self.target)]


def _target_names(doc: AlignedDocument) -> TargetNames:
    return TargetNames.of([s.text for s in doc.target.sentences], doc.source.text, doc.target.lang)


def _source_names(toks: Sequence[Token], keeps: TargetNames) -> list[list[Token]]:
    """Runs of source words that the translation writes as names."""
    runs: list[list[Token]] = []
    current: list[Token] = []
    for tok in toks:
        if is_name_token(tok) and keeps.keeps(tok.text):
            current.append(tok)
            continue
        if current:
            runs.append(current)
        current = []
    return runs + ([current] if current else [])


def _anchored(src: Sequence[Token], tgt: Sequence[Token], run: Sequence[Token], keeps: TargetNames) -> bool:
    """Whether another name or number ties this pair together, so its alignment can be trusted."""
    others = [name for name in _source_names(src, keeps) if name is not run]
    if any(_present(name, tgt) for name in others):
        return True
    return bool(digit_groups(" ".join(t.text for t in src)) & digit_groups(" ".join(t.text for t in tgt)))


def _present(run: Sequence[Token], toks: Sequence[Token]) -> list[Token]:
    return [hit for tok in run for hit in find_word(tok.text, toks)]


def _run_text(run: Sequence[Token], text: str) -> str:
    return text[run[0].start:run[-1].end]


def _displaced(doc: AlignedDocument) -> Iterator[tuple[int, list[Token], int | None]]:
    """Source names absent from their aligned target: (pair, name, pair that has it instead).

    A name found instead in a neighbouring target whose source lacks it has
    moved; when the pair itself shares no other name or number, the
    alignment is more likely wrong than the translation, and nothing is said.
    """
    sides, keeps = _Side.of(doc), _target_names(doc)
    for i, (src, tgt) in enumerate(zip(sides.source, sides.target)):
        if not tgt:
            continue
        for run in _source_names(src, keeps):
            if _present(run, tgt):
                continue
            moved = [j for j in sides.neighbours(i)
                     if _present(run, sides.target[j]) and not _present(run, sides.source[j])]
            if moved and not _anchored(src, tgt, run, keeps):
                continue
            yield i, run, (moved[0] if moved else None)


@check("MT310", "name-moved", Severity.MAJOR)
def name_moved(doc: AlignedDocument) -> Iterator[Flag]:
    """A name sits in a different sentence than in the source.

    Flags a name (person, place, outlet) that is missing from the target
    sentence aligned with its source sentence and turns up instead in a
    neighbouring target sentence whose source does not mention it: the
    translation has attached it to the wrong statement.

    Bad: ``The ministry denied this. Reuters said the talks had failed.``
    Good: ``The ministry denied this, Reuters reported. The talks had failed.``
    """
    sides = _Side.of(doc)
    for i, run, moved_to in _displaced(doc):
        if moved_to is None:
            continue
        hit = _present(run, sides.target[moved_to])[0]
        name = _run_text(run, doc.source.text)
        yield Flag(
            hit.start, hit.end,
            f"'{hit.text}' belongs to another sentence: the source names {name!r} in the "
            "sentence before or after this one",
            source=(run[0].start, run[-1].end),
            evidence={"name": name, "source_pair": i, "target_pair": moved_to},
        )


@check("MT311", "name-missing", Severity.MAJOR)
def name_missing(doc: AlignedDocument) -> Iterator[Flag]:
    """A name of the source is missing from its translated sentence.

    Flags the target sentence when a source name that the translation writes
    elsewhere as a name (so it is not translated, like Moskau/Moscow) is
    absent from it and from the neighbouring sentences.  Spelling and
    transliteration variants count as present (Gladkow/Gladkov,
    Jussow/Yusov, Putins/Putin's).

    Bad: ``The spokesman said the groups acted autonomously.`` (source: Sprecher Andrij Jussow)
    Good: ``Spokesman Andriy Yusov said the groups acted autonomously.``
    """
    for i, run, moved_to in _displaced(doc):
        if moved_to is not None:
            continue
        start, end = doc.pairs[i].target_range
        name = _run_text(run, doc.source.text)
        yield Flag(
            start, end,
            f"The source names {name!r} here, but the translation leaves it out",
            source=(run[0].start, run[-1].end),
            evidence={"name": name},
        )


@dataclass(frozen=True)
class _Credit:
    """A source attribution and how the translation reads its name."""

    attribution: Attribution
    readings: tuple[Reading, ...]


def _credits(doc: AlignedDocument) -> Iterator[_Credit]:
    """Source attributions with the target occurrences of the credited name."""
    lang = doc.target.lang
    if doc.source.lang not in VOCABULARY or lang not in VOCABULARY:
        return
    sides, keeps = _Side.of(doc), _target_names(doc)
    for i, src in enumerate(sides.source):
        for attribution in source_attributions(src, doc.source.lang, keeps):
            for j in [i] + sides.neighbours(i):
                tgt = sides.target[j]
                hits = locate(attribution.name, tgt)
                if hits:
                    yield _Credit(attribution, tuple(read_target(tgt, a, b, lang) for a, b in hits))
                    break


def _source_quote(attribution: Attribution, doc: AlignedDocument) -> str:
    return doc.source.text[attribution.start:attribution.end]


def _source_run_of(word: Token, runs: Sequence[Sequence[Token]]) -> tuple[int, int] | None:
    """(run index, position in run) of the only source run word spelling ``word``.

    A hyphenated target word (Tuttlingen-based) is a modifier, never the end of a name.
    """
    places = [(r, k) for r, run in enumerate(runs) for k, tok in enumerate(run)
              if any(same_name(word.text, part) for part in word_parts(tok.text))]
    return places[0] if len(places) == 1 else None


def _fusions(src: Sequence[Token], tgt: Sequence[Token], lang: str) -> Iterator[tuple[Token, Token, list[Token], list[Token]]]:
    """Adjacent target words that end one source name and begin another.

    Only the words of a source name that the target keeps count: in
    "Verband Bitkom" the translated "Verband" does not, so Bitkom begins it.
    """
    runs = [[t for t in run if find_word(t.text, tgt)] for run in name_runs(src, lang)]
    for target_run in capitalised_runs(tgt):
        for left, right in zip(target_run, target_run[1:]):
            a, b = _source_run_of(left, runs), _source_run_of(right, runs)
            if a and b and a[0] != b[0] and a[1] == len(runs[a[0]]) - 1 and b[1] == 0:
                yield left, right, runs[a[0]], runs[b[0]]


@check("MT315", "names-fused", Severity.MAJOR)
def names_fused(doc: AlignedDocument) -> Iterator[Flag]:
    """Two names of the source run together in the translation.

    Flags a target word sequence where one source name ends and another
    begins with nothing between them, while the source separates them (a
    preposition, a comma, a description): the words that said how the two
    belong together were lost, often where a link was.

    Bad: ``sagte die Beratungsfirma Peter Lang Northbridge Energy``
    Good: ``sagte Peter Lang von der Beratungsfirma Northbridge Energy``
    """
    sides = _Side.of(doc)
    for src, tgt in zip(sides.source, sides.target):
        for left, right, first, second in _fusions(src, tgt, doc.source.lang):
            names = [doc.source.text[run[0].start:run[-1].end] for run in (first, second)]
            between = doc.source.text[first[-1].end:second[0].start].strip()
            yield Flag(
                left.start, right.end,
                f"'{left.text} {right.text}' runs two names together; the source separates "
                f"{names[0]!r} and {names[1]!r} with {between!r}",
                source=(min(first[0].start, second[0].start), max(first[-1].end, second[-1].end)),
                evidence={"names": names, "between": between},
            )


@check("MT312", "attribution-lost", Severity.MAJOR)
def attribution_lost(doc: AlignedDocument) -> Iterator[Flag]:
    """A source of information lost its attribution and became part of the sentence.

    Flags a name that the source credits with a statement ("laut X", "nach
    Angaben von X", "wie X berichtete", "according to X", "selon X",
    "según X") when no attribution word (according to, reported, said,
    report...) stands next to it in the translation: the outlet has been
    glued into the subject or object and the reader no longer sees who said
    what.

    Bad: ``The Ukrainian Intelligence Service Ukrainska Pravda published a message``
    Good: ``According to Ukrainska Pravda, the Ukrainian intelligence service published a message``
    """
    for credit in _credits(doc):
        if any(r.cued for r in credit.readings):
            continue
        reading = credit.readings[0]
        quoted = _source_quote(credit.attribution, doc)
        name = doc.target.text[reading.first.start:reading.last.end]
        yield Flag(
            reading.first.start, reading.last.end,
            f"'{name}' is no longer named as the source of the information: the source "
            f"says {quoted!r}, but here it reads as part of the sentence",
            source=(credit.attribution.start, credit.attribution.end),
            evidence={"source_marker": credit.attribution.marker, "name": credit.attribution.name_text},
        )


@check("MT313", "attribution-garbled", Severity.MAJOR)
def attribution_garbled(doc: AlignedDocument) -> Iterator[Flag]:
    """An attribution is doubled or garbled in the translation.

    Flags a credited name that two attribution markers claim at once
    ("according to X reported", "stated X According to reports"), a sign that
    the sentence was stitched together from pieces.  A "like X reported"
    for German "wie X berichtete" (as X reported) is flagged as minor.

    Bad: ``partisans announced an attack, according to the portal Nexta reported on X``
    Good: ``partisans announced an attack, the portal Nexta reported on X``
    """
    for credit in _credits(doc):
        quoted = _source_quote(credit.attribution, doc)
        source = (credit.attribution.start, credit.attribution.end)
        for reading in credit.readings:
            claimed = sorted(reading.claims + (reading.first, reading.last), key=lambda t: t.start)
            if len(reading.claims) >= 2:
                yield Flag(
                    claimed[0].start, claimed[-1].end,
                    f"'{reading.last.text}' is credited twice in a garbled attribution; "
                    f"the source says only {quoted!r}",
                    source=source,
                    evidence={"claims": [t.text for t in reading.claims]},
                )
            elif credit.attribution.as_clause and reading.false_conjunction and reading.cued:
                yield Flag(
                    reading.false_conjunction.start, reading.last.end,
                    f"'{reading.false_conjunction.text}' where 'as' is meant: the source says "
                    f"{quoted!r}",
                    source=source,
                    evidence={"conjunction": reading.false_conjunction.text},
                    severity=Severity.MINOR,
                )


@dataclass(frozen=True)
class _Rendering:
    """One occurrence of a source name and its rendering in the target."""

    key: tuple[str, ...]
    source: tuple[int, int]
    target: tuple[int, int]
    text: str

    @property
    def normal(self) -> str:
        """Case, quotation marks, possessive and article folded away."""
        words = [_POSSESSIVE.sub("", w.text.lower()) for w in tokens(self.text) if w.is_word]
        return " ".join(w for w in words if w not in _ARTICLES)


def _context_prefixes(src: Sequence[Token], run: Sequence[Token]) -> set[str]:
    """Stem prefixes of lower-case source words outside a name (russischen before Region X)."""
    inside = {id(t) for t in run}
    return {skeleton(t.text)[:_STEM_PREFIX] for t in src if t.is_word and t.text.islower() and id(t) not in inside}


def _render(src_run: Sequence[Token], src: Sequence[Token], tgt: Sequence[Token], lang: str) -> list[Token] | None:
    """The target run that renders ``src_run``: the only one sharing a name word with it."""
    context = _context_prefixes(src, src_run)
    candidates = []
    for run in name_runs(tgt, lang):
        run = [t for t in run if skeleton(t.text)[:_STEM_PREFIX] not in context]
        if len([t for t in run if is_name_token(t)]) >= 2 and _present(src_run, run):
            candidates.append(run)
    return candidates[0] if len(candidates) == 1 else None


def _multiword_renderings(src: Sequence[Token], tgt: Sequence[Token], doc: AlignedDocument) -> Iterator[_Rendering]:
    """Renderings of the multiword names of one pair (Legion Freiheit Russlands)."""
    for run in name_runs(src, doc.source.lang):
        key = name_key(run)
        rendered = _render(run, src, tgt, doc.target.lang) if len(key) >= 2 else None
        if rendered:
            span = (rendered[0].start, rendered[-1].end)
            yield _Rendering(key, (run[0].start, run[-1].end), span, doc.target.text[span[0]:span[1]])


def _kept_whole(src: Sequence[Token], tgt: Sequence[Token], doc: AlignedDocument) -> set[int]:
    """Words of source names with a connector that the target copies whole (Junta de Andalucía)."""
    target_text = " ".join(t.text for t in tgt)
    kept = set()
    for run in name_runs(src, doc.source.lang):
        has_connector = any(t.text.lower() in CONNECTORS for t in run)
        if has_connector and " ".join(t.text for t in run) in target_text:
            kept.update(id(t) for t in run)
    return kept


def _spellings(src: Sequence[Token], tgt: Sequence[Token], doc: AlignedDocument,
               keeps: TargetNames) -> Iterator[_Rendering]:
    """Spellings of the single name words of one pair (Keßler as Kessler), where unambiguous.

    Words of a name with a connector copied whole are left out: "Junta de
    Andalucía" keeps its spelling beside an "Andalusia" of the running text.
    """
    whole = _kept_whole(src, tgt, doc)
    for run in _source_names(src, keeps):
        for word in (w for w in run if id(w) not in whole):
            hits = [t for t in tgt if t.is_word and same_name(word.text, t.text)]
            if hits and len({_POSSESSIVE.sub("", h.text) for h in hits}) == 1:
                key = (_POSSESSIVE.sub("", word.text.lower()).rstrip("s"),)
                yield _Rendering(key, (word.start, word.end), (hits[0].start, hits[0].end), hits[0].text)


@check("MT314", "name-inconsistent", Severity.MINOR)
def name_inconsistent(doc: AlignedDocument) -> Iterator[Flag]:
    """One source name is rendered in different ways within one article.

    Flags a rendering of a name that differs from its usual rendering (the
    most frequent, else the first), when both render the same source name:
    a multiword name translated two ways, or a name spelled two ways.
    Inflection, possessives and quotation marks are folded away; different
    names with similar words stay apart because they are linked through
    their source names.

    Bad: ``the “Legion Freedom of Russia” ... said the Legion of Freedom of Russia``
    Good: ``the “Legion Freedom of Russia” ... said the Legion Freedom of Russia``
    """
    sides, keeps = _Side.of(doc), _target_names(doc)
    groups: dict[tuple[str, ...], list[_Rendering]] = {}
    for src, tgt in zip(sides.source, sides.target):
        for rendering in chain(_multiword_renderings(src, tgt, doc), _spellings(src, tgt, doc, keeps)):
            groups.setdefault(rendering.key, []).append(rendering)
    for renderings in groups.values():
        usual_normal = Counter(r.normal for r in renderings).most_common(1)[0][0]
        usual = next(r for r in renderings if r.normal == usual_normal)
        for rendering in renderings:
            if rendering.normal == usual.normal or rendering.normal.rstrip("s") == usual.normal.rstrip("s"):
                continue
            if fuzz.token_set_ratio(usual.normal, rendering.normal) < _VARIANT_SIMILARITY:
                continue
            yield Flag(
                *rendering.target,
                f"{rendering.text!r} renders the same source name as {usual.text!r} elsewhere in the text",
                source=rendering.source,
                evidence={"usual": usual.text, "usual_at": usual.target[0]},
            )
