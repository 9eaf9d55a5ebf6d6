"""Names: names and outlets that went missing, moved, lost their attribution or changed form."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from itertools import chain
from os.path import commonprefix
from typing import Iterable, Iterator, NamedTuple, Sequence

from rapidfuzz import fuzz

from mtcheck.checks.names.clauses import moved_between_clauses, moved_between_pieces
from mtcheck.checks.names.holes import displaced_names
from mtcheck.checks.names.variants import Variant, dropped_first_names, kept_once, respellings, variants
from mtcheck.checks.names.attribution import VOCABULARY, Attribution, Reading, locate, pair_attributions, read_target
from mtcheck.checks import check
from mtcheck.align.context import AlignedDocument
from mtcheck.lang.entities import Skeletons, Token, capitalised_runs, skeleton, tokens, word_parts
from mtcheck.text.document import Segment
from mtcheck.findings import Flag, Severity
from mtcheck.lang.lexicon import zipf
from mtcheck.lang.packs import pack
from mtcheck.checks.names.renderings import (
    PairTokens, Rendering, anchored, fusions, kept_in_pairs, kept_names, mentioned, multiword_renderings, present,
    spellings, target_names,
)

# Renderings of one name that share less than this are different names, not variants.
_VARIANT_SIMILARITY = 60


def _run_text(run: Sequence[Token], text: str) -> str:
    return text[run[0].start:run[-1].end]


def _displaced(doc: AlignedDocument) -> list[tuple[int, list[Token], int | None]]:
    """:func:`_displacements`, found once per document (name-moved and name-missing both read them)."""
    return doc.derived(_all_displaced)


def _all_displaced(doc: AlignedDocument) -> list[tuple[int, list[Token], int | None]]:
    return list(_displacements(doc))


def _displacements(doc: AlignedDocument) -> Iterator[tuple[int, list[Token], int | None]]:
    """Source names absent from their aligned target: (pair, name, pair that has it instead).

    A name found instead in a neighbouring target whose source lacks it has
    moved; when the pair itself shares no other name or number, the
    alignment is more likely wrong than the translation, and nothing is said.
    A neighbouring target with no source sentence at all is the rest of
    this pair's translation, cut off by the aligner: a name there is present.
    """
    sides = PairTokens.of(doc)
    for i, (runs, tgt) in enumerate(zip(kept_in_pairs(doc), sides.target)):
        if not tgt:
            continue
        unmatched = [j for j in sides.neighbours(i) if not sides.source[j]]
        for run in runs:
            if sides.mentioned(run, i) or any(sides.present(run, j) for j in unmatched):
                continue
            moved = [j for j in sides.neighbours(i)
                     if sides.present(run, j) and not sides.present(run, j, target=False)]
            if moved and not (anchored(doc, i) or _one_to_one(doc, i, moved[0])):
                continue
            yield i, run, (moved[0] if moved else None)


# A sentence and its translation differ in length by at most this factor.
_LENGTH_RATIO = 2.0


def _one_to_one(doc: AlignedDocument, *indices: int) -> bool:
    """Pairs of one sentence each side, of comparable length: an alignment to trust without anchors."""
    pairs = [doc.pairs[index] for index in indices]
    return all(len(p.source) == len(p.target) == 1 and _one_to_one_sentences(p.source, p.target) for p in pairs)


def _one_to_one_sentences(source: Sequence[Segment], target: Sequence[Segment]) -> bool:
    """Sentences whose lengths match one by one, within a factor of two."""
    return all(max(len(s.text), len(t.text)) <= _LENGTH_RATIO * min(len(s.text), len(t.text))
               for s, t in zip(source, target))


@check("MT310", "name-moved", Severity.MAJOR)
def name_moved(doc: AlignedDocument) -> Iterator[Flag]:
    """A name sits in a different sentence than in the source.

    Flags a name (person, place, outlet) that is missing from the target
    sentence aligned with its source sentence and turns up instead in a
    neighbouring target sentence whose source does not mention it: the
    translation has attached it to the wrong statement.  The pair must share
    another name or number, or both pairs be single sentences of matching
    length; within a group of n sentences aligned to n, sentence k is read
    as the translation of sentence k.  Within one sentence, a name moved to
    the other coordinated clause, or a credited name ("laut X") moved into
    a clause whose word links all come from another clause of the source;
    or a name pasted at a clause end behind an article that lost its noun
    ("The is flooded with unfinished houses Czech Republic,"), in languages
    whose pack lists articles.

    Bad: ``The ministry denied this. Reuters said the talks had failed.``
    Good: ``The ministry denied this, Reuters reported. The talks had failed.``
    """
    sides = PairTokens.of(doc)
    for i, run, moved_to in _displaced(doc):
        if moved_to is None:
            continue
        hit = sides.present(run, moved_to)[0]
        yield _moved_flag(hit, run, doc, {"source_pair": i, "target_pair": moved_to})
    for run, hit in _moved_within_pairs(doc):
        yield _moved_flag(hit, run, doc, {"within_pair": True})
    yield from _displaced_flags(doc)
    for run, hits in chain(moved_between_clauses(doc), moved_between_pieces(doc)):
        name = _run_text(run, doc.source.text)
        yield Flag(
            hits[0].start, hits[-1].end,
            f"'{doc.target.text[hits[0].start:hits[-1].end]}' is attached to another clause: the source names {name!r} in "
            "another clause of this sentence",
            source=(run[0].start, run[-1].end),
            evidence={"name": name, "within_sentence": True},
        )


def _displaced_flags(doc: AlignedDocument) -> Iterator[Flag]:
    """:func:`~mtcheck.checks.names.holes.displaced_names` as findings on the name."""
    for article, run in displaced_names(doc):
        name = doc.target.text[run[0].start:run[-1].end]
        hole = doc.target.text[article.start:article.end + 8].split()
        yield Flag(
            run[0].start, run[-1].end,
            f"{name!r} seems taken out of its place: the article in {' '.join(hole[:2])!r} before it "
            "lost its noun",
            evidence={"name": name, "article_at": article.start},
        )


def _moved_flag(hit: Token, run: Sequence[Token], doc: AlignedDocument, where: dict[str, object]) -> Flag:
    name = _run_text(run, doc.source.text)
    return Flag(
        hit.start, hit.end,
        f"'{hit.text}' belongs to another sentence: the source names {name!r} in the "
        "sentence before or after this one",
        source=(run[0].start, run[-1].end),
        evidence={"name": name, **where},
    )


def _moved_within_pairs(doc: AlignedDocument) -> Iterator[tuple[list[Token], Token]]:
    """Names moved between the sentences of one aligned group of n source and n target sentences.

    The aligner may link two short sentences to two as one group; when their
    lengths match one by one, sentence k translates sentence k, and a name of
    source sentence k found only in target sentence k' has moved.
    """
    keeps = target_names(doc)
    for pair in doc.pairs:
        if len(pair.source) < 2 or len(pair.source) != len(pair.target):
            continue
        if not _one_to_one_sentences(pair.source, pair.target):
            continue
        src = [tokens(s.text, s.start) for s in pair.source]
        tgt = [tokens(t.text, t.start) for t in pair.target]
        for k, sentence in enumerate(src):
            for run in kept_names(sentence, keeps.keeps, doc.source.lang):
                if mentioned(run, tgt[k]):
                    continue
                moved = [j for j in (k - 1, k + 1) if 0 <= j < len(tgt)
                         and present(run, tgt[j]) and not present(run, src[j])]
                if moved:
                    yield run, present(run, tgt[moved[0]])[0]


def _name_key(run: Sequence[Token]) -> str:
    """Names are counted by their last word: "Pedro Sánchez" and "Sánchez" are one."""
    return skeleton(run[-1].text)


# A name this much more frequent (Zipf) in the source language than in the
# target language is a word of the source language ("Sparkasse", "Primera")
# that a translation may render as a common noun.
_SOURCE_WORD_MARGIN = 2.2


def _source_language_word(word: str, source_lang: str, target_lang: str) -> bool:
    return zipf(word, source_lang) - zipf(word, target_lang) >= _SOURCE_WORD_MARGIN


def _target_spellings(doc: AlignedDocument) -> tuple[Skeletons, dict[str, list[int]]]:
    """The skeletons of the words the target pairs write (hyphenated words and their parts), each with the
    indices of the pairs that write it (once per document)."""
    pairs: dict[str, list[int]] = {}
    for i, tgt in enumerate(PairTokens.of(doc).target):
        for tok in tgt:
            if tok.is_word:
                for part in word_parts(tok.text):
                    found = pairs.setdefault(skeleton(part), [])
                    if not found or found[-1] != i:
                        found.append(i)
    return Skeletons.of(pairs), pairs


def _kept_mentions(doc: AlignedDocument, runs: Sequence[Sequence[Token]]) -> Counter[str]:
    """How many target sentences write each of the source names ``runs``.

    Each name is looked up in an index of the translation's spellings, not
    compared with every token of every sentence (which grows with the square
    of the article).
    """
    skeletons, pairs = doc.derived(_target_spellings)
    keys = {_name_key(run): run for run in runs}
    return Counter({key: len({i for other in skeletons.spelling(run[-1].text) for i in pairs[other]})
                    for key, run in keys.items()})


def _source_lower_case(doc: AlignedDocument) -> frozenset[str]:
    """The words the source writes in lower case (once per document)."""
    return frozenset(tok.text for toks in PairTokens.of(doc).source for tok in toks if tok.text.islower())


def _source_name_keys(doc: AlignedDocument) -> list[set[str]]:
    """The keys (:func:`_name_key`) of the capitalised runs of each source pair (once per document)."""
    return [{_name_key(run) for run in capitalised_runs(src)} for src in PairTokens.of(doc).source]


def _kept_where_named(doc: AlignedDocument, run: Sequence[Token]) -> bool:
    """Whether the translation keeps the name in most of the pairs whose source names it.

    Names are counted by their last word, so "Sunday" and "Sunday Times"
    are two: a capitalised common word of the source language (Sunday,
    Service) that the translation keeps inside another name and translates
    elsewhere is a word, not a name the translation keeps.
    """
    sides, key = PairTokens.of(doc), _name_key(run)
    named = [i for i, keys in enumerate(doc.derived(_source_name_keys)) if key in keys]
    kept = [i for i in named if sides.present(run[-1:], i)]
    return 2 * len(kept) >= len(named)

_COMMON_WORD = 4.0  # Zipf: a capitalised common word (Act, Union), not a name


@check("MT311", "name-missing", Severity.MAJOR)
def name_missing(doc: AlignedDocument) -> Iterator[Flag]:
    """A name of the source is missing from its translated sentence.

    Flags the target sentence when a source name that the translation writes
    elsewhere as a name (so it is not translated, like Moskau/Moscow) is
    absent from it and from the neighbouring sentences.  Spelling and
    transliteration variants count as present (Gladkow/Gladkov,
    Jussow/Yusov, Putins/Putin's).  A name the translation leaves out more
    than once and in over a third of the sentences that have it in the
    source is being rendered another way on purpose ("die Sparkasse": "the
    savings bank"), and is not flagged; so is a name that is far more common
    as a word of the source language than of the target language, a word
    the source also writes in lower case (the Service, the service), and a
    capitalised common word the translation keeps in fewer than half of the
    sentences that name it.  Spelling variants, inflected forms and written-out
    acronyms (UK: Ujedinjeno Kraljevstvo) count as present.  Major
    when the translation writes the name exactly elsewhere; minor when only
    an inflected or transliterated form is found (Trussová, 德贝里).  Not
    flagged where the sentence may render the name in a form no matcher
    sees: an inflected form of its stem (Simsa) or another script (Сквайр).

    Bad: ``The spokesman said the groups acted autonomously.`` (source: Sprecher Andrij Jussow)
    Good: ``Spokesman Andriy Yusov said the groups acted autonomously.``
    """
    missing = [(i, run) for i, run, moved_to in _displaced(doc) if moved_to is None]
    if not missing:
        return
    kept = _kept_mentions(doc, [run for _, run in missing])
    dropped = Counter(_name_key(run) for _, run in missing)
    misspelt = {variant.source.start for variant in variants(doc)}  # MT314's
    for i, run in missing:
        key = _name_key(run)
        if any(word.start in misspelt for word in run):
            continue
        if not kept[key] or dropped[key] > max(1, (kept[key] + dropped[key]) / 3):
            continue
        if _source_language_word(run[-1].text, doc.source.lang, doc.target.lang):
            continue
        if zipf(run[-1].text.lower(), doc.source.lang) >= _COMMON_WORD and not _kept_where_named(doc, run):
            continue
        if run[-1].text.lower() in doc.derived(_source_lower_case):
            continue  # the source writes it as a word too ("the service", "a virus")
        start, end = doc.pairs[i].target_range
        name = _run_text(run, doc.source.text)
        sentence = doc.target.text[start:end]
        if _rendered_otherwise(name, sentence, pack(doc.target.lang).flag("orthography.compounds")):
            continue
        yield Flag(
            start, end,
            f"The source names {name!r} here, but the translation leaves it out",
            source=(run[0].start, run[-1].end),
            evidence={"name": name},
            severity=None if _surely_missing(name, doc, sentence) else Severity.MINOR,
        )


_STEM_MIN = 4  # letters of a name an inflected form keeps (Sims: Simsa, Villa: Villu)


def _rendered_otherwise(name: str, sentence: str, compounds: bool) -> bool:
    """Whether the sentence may well have the name in a form no name matcher sees.

    An inflected or extended form (Simsa for Sims, Kima for Kim, USA for US), another spelling
    (CARPEM for CRPMEM, omikron for Omicron), an acronym written out, a compound that
    holds it in a language that writes compounds as one word (Sowjetunion), or a transliteration
    into another script (Сквайр, 德贝里: the sentence is not in the name's
    script).
    """
    letters = [c for c in sentence if c.isalpha()]
    if name.isascii() and sum(c.isascii() for c in letters) < 0.5 * len(letters):
        return True
    stem = name.lower()[:max(_STEM_MIN, len(name) - 2)]  # a short name is its own stem (Kim: Kima, US: USA)
    words = [w.lower() for w in re.findall(r"\w+", sentence)]
    if _spelled_otherwise(name.split()[-1], words) or _spelled_out(name, words):
        return True
    if compounds and len(stem) >= _STEM_MIN and any(stem in w for w in words):
        return True  # inside a compound (Premierminister, Sowjetunion)
    return len(name) > 1 and any(w.startswith(stem) for w in words)


# Skeletons of a name and of a word that spells it another way share this much (CRPMEM/CARPEM, Omicron/omikronu).
_OTHER_SPELLING = 75
_ENDING_LETTERS = 2  # letters of a case ending a word may add to the name (omikronu)


def _spelled_otherwise(name: str, words: Sequence[str]) -> bool:
    """Whether a word of the sentence spells the name another way: misspelt, transliterated, inflected.

    Such a word is MT314's business or no error; the name is not missing.
    """
    key = skeleton(name)
    if len(key) < _STEM_MIN:
        return False
    return any(fuzz.ratio(key, skeleton(word)[:len(key) + _ENDING_LETTERS]) >= _OTHER_SPELLING for word in words)


def _spelled_out(name: str, words: Sequence[str]) -> bool:
    """Whether an acronym is written out: consecutive words of the sentence begin with its letters
    (UK: Ujedinjeno Kraljevstvo, RF: radijska frekvencija)."""
    if not (name.isupper() and name.isalpha() and 2 <= len(name) <= len(words)):
        return False
    letters = name.lower()
    return any(all(w.startswith(c) for w, c in zip(words[k:], letters)) for k in range(len(words) - len(letters) + 1))


def _written_names(doc: AlignedDocument) -> dict[str, bool]:
    """Per document, whether the translation writes a name as a word, filled as names are asked about."""
    return {}


def _target_word_starts(doc: AlignedDocument) -> dict[str, list[int]]:
    """Where each word (a maximal run of word characters) of the translation starts (once per document)."""
    starts: dict[str, list[int]] = {}
    for match in re.finditer(r"\w+", doc.target.text):
        starts.setdefault(match.group(), []).append(match.start())
    return starts


def _writes(name: str, doc: AlignedDocument) -> bool:
    """Whether the translation writes ``name`` as a word (no word character either side).

    Tried only where the translation has a word equal to the name's first
    word: such a match starts a word, and its word is the name's first.
    """
    lead = re.match(r"\w+", name)
    if lead is None:
        return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", doc.target.text) is not None
    whole = re.compile(rf"{re.escape(name)}(?!\w)")
    text = doc.target.text
    return any(whole.match(text, start) for start in doc.derived(_target_word_starts).get(lead.group(), ()))


def _surely_missing(name: str, doc: AlignedDocument, sentence: str) -> bool:
    """The second signal for a major finding: the name is spelled as in the source elsewhere in the
    translation, the sentence has no inflected form of it (Trussová), is written in the name's
    script (not transliterated: 德贝里), and the name is no common word of the source language
    (Union, Act, a word translators translate)."""
    written = doc.derived(_written_names)
    if name not in written:  # one look-up per name, not per finding
        written[name] = _writes(name, doc)
    if not written[name]:
        return False
    if name[:4].lower() in sentence.lower() or zipf(name.lower(), doc.source.lang) >= _COMMON_WORD:
        return False
    letters = [c for c in sentence if c.isalpha()]
    return sum(c.isascii() for c in letters) >= 0.5 * len(letters) if name.isascii() else True


class _Credit(NamedTuple):
    """A source attribution and how the translation reads its name."""

    attribution: Attribution
    readings: tuple[Reading, ...]


def _credits(doc: AlignedDocument) -> list[_Credit]:
    """Source attributions with the target occurrences of the credited name (found once per document)."""
    return doc.derived(_all_credits)


def _all_credits(doc: AlignedDocument) -> list[_Credit]:
    return list(_find_credits(doc))


def _find_credits(doc: AlignedDocument) -> Iterator[_Credit]:
    lang = doc.target.lang
    if doc.source.lang not in VOCABULARY or lang not in VOCABULARY:
        return
    sides = PairTokens.of(doc)
    for i in range(len(sides.source)):
        for attribution in pair_attributions(doc, i):
            for j in [i] + sides.neighbours(i):
                tgt = sides.target[j]
                hits = locate(attribution.name, tgt)
                if hits:
                    readings = (read_target(tgt, a, b, lang, attribution.appositive) for a, b in hits)
                    yield _Credit(attribution, tuple(readings))
                    break


def _source_quote(attribution: Attribution, doc: AlignedDocument) -> str:
    return doc.source.text[attribution.start:attribution.end]


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
    the sentence was stitched together from pieces.  (A "like X reported"
    for "wie X berichtete" is MT212's.)

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


# A spelling variant and a dropped first name: how the translation's other rendering is named.
_VARIANT_MESSAGES = (
    (respellings, "{token!r} spells the name the translation writes {usual!r} elsewhere (the source's {source!r})"),
    (dropped_first_names, "{token!r} drops the first name {source!r} that the source gives here and the "
                          "translation writes elsewhere ({usual!r})"),
)


@check("MT314", "name-inconsistent", Severity.MINOR)
def name_inconsistent(doc: AlignedDocument) -> Iterator[Flag]:
    """One source name is rendered in different ways within one article.

    Flags a rendering of a name that differs from its usual rendering (the
    most frequent, else the first), when both render the same source name:
    a multiword name translated two ways, or a name spelled two ways.
    Inflection, possessives, quotation marks and word order ("Zoo
    Lindenau", "Lindenau Zoo") are folded away; different
    names with similar words stay apart because they are linked through
    their source names.

    Bad: ``the “Legion Freedom of Russia” ... said the Legion of Freedom of Russia``
    Good: ``the “Legion Freedom of Russia” ... said the Legion Freedom of Russia``
    """
    odd: dict[tuple[int, int], Variant | None] = {}  # spans flagged so far
    for variant in variants(doc):
        odd.setdefault((variant.token.start, variant.token.end), variant)
    flagged = _Spans(odd)
    for (start, end), variant in odd.items():
        yield Flag(
            start, end,
            f"{variant.token.text!r} renders the source's {variant.source.text!r}, which the translation "
            f"writes {variant.usual!r} elsewhere",
            source=(variant.source.start, variant.source.end),
            evidence={"usual": variant.usual},
            severity=Severity.MAJOR,
        )
    for found, message in _VARIANT_MESSAGES:
        for variant in found(doc):
            span = (variant.token.start, variant.token.end)
            if span in odd:
                continue
            odd[span] = variant
            flagged.add(span)
            yield Flag(*span, message.format(token=variant.token.text, usual=variant.usual,
                                             source=variant.source.text),
                       source=(variant.source.start, variant.source.end), evidence={"usual": variant.usual})
    for run, words in kept_once(doc):
        span = (words[0].start, words[-1].end)
        if not flagged.overlaps(span):
            odd[span] = None
            flagged.add(span)
            name = _run_text(run, doc.source.text)
            yield Flag(
                *span,
                f"{name!r} is copied here but translated in the other sentences that name it",
                source=(run[0].start, run[-1].end),
                evidence={"name": name},
            )
    uninflected = pack(doc.target.lang).flag("names.uninflected")
    groups: dict[tuple[str, ...], list[Rendering]] = {}
    for i in range(len(doc.pairs)):
        for rendering in chain(multiword_renderings(doc, i), spellings(doc, i)):
            groups.setdefault(rendering.key, []).append(rendering)
    for renderings in groups.values():
        usual_normal = Counter(r.normal for r in renderings).most_common(1)[0][0]
        usual = next(r for r in renderings if r.normal == usual_normal)
        for rendering in renderings:
            if flagged.overlaps(rendering.target):
                continue  # flagged already, as a misspelling or within a longer rendering
            if rendering.normal == usual.normal or rendering.normal.rstrip("s") == usual.normal.rstrip("s"):
                continue
            if sorted(rendering.normal.split()) == sorted(usual.normal.split()):
                continue  # the same words in the other order: "Zoo Lindenau", "Lindenau Zoo"
            if fuzz.token_set_ratio(usual.normal, rendering.normal) < _VARIANT_SIMILARITY:
                continue
            if _with_context(usual.normal, rendering.normal) or (
                    not uninflected and _inflected(usual.normal, rendering.normal)):
                continue
            odd[rendering.target] = None
            flagged.add(rendering.target)
            yield Flag(
                *rendering.target,
                f"{rendering.text!r} renders the same source name as {usual.text!r} elsewhere in the text",
                source=rendering.source,
                evidence={"usual": usual.text, "usual_at": usual.target[0]},
            )


class _Spans:
    """Target spans, sorted, to ask whether a span overlaps one of them without comparing it with each.

    On the one-line megabyte input, comparing every rendering with every span
    flagged so far made 2.9 million comparisons (0.9 s).
    """

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self._spans = sorted(spans)
        self._starts = [start for start, _ in self._spans]
        self._longest = max((end - start for start, end in self._spans), default=0)

    def add(self, span: tuple[int, int]) -> None:
        """Add the span ``(start, end)``."""
        k = bisect_right(self._spans, span)
        self._spans.insert(k, span)
        self._starts.insert(k, span[0])
        self._longest = max(self._longest, span[1] - span[0])

    def overlaps(self, span: tuple[int, int]) -> bool:
        """Whether a span shares a code point with ``span`` (``start < span[1] and span[0] < end``).

        Only spans starting after ``span[0] - longest`` can reach past ``span[0]``.
        """
        first = bisect_right(self._starts, span[0] - self._longest)
        last = bisect_left(self._starts, span[1])
        return any(span[0] < end for _, end in self._spans[first:last])


_ENDING = 3  # letters of a case ending (Cityja, Cityju; Virginiji, Virginia)
_VOWELS = pack("mul").text("inflection.vowels") or ""
_JOINS = " -'’"  # what joins a name to the words around it (l'Everyday, League-Clubs)


def _with_context(a: str, b: str) -> bool:
    """Whether one rendering is the other with words of its sentence before or after it
    ("Vampir Anne Rice", "Anne Rice"; "Premier League-Clubs", "Premier League"; "l'Everyday")."""
    short, long_ = sorted((a, b), key=len)
    return short != long_ and ((long_.startswith(short) and long_[len(short)] in _JOINS)
                               or (long_.endswith(short) and long_[-len(short) - 1] in _JOINS))


def _inflected(a: str, b: str) -> bool:
    """Whether two renderings differ only in case endings of their words (New Orleansu, New Orleans):
    a few letters with a vowel among them (Marshal and Marshall differ by a misspelling)."""
    words_a, words_b = a.split(), b.split()
    if len(words_a) != len(words_b):
        return False
    for x, y in zip(words_a, words_b):
        stem = len(commonprefix([x, y]))
        endings = skeleton(x[stem:]) + skeleton(y[stem:])
        if x != y and (stem < _STEM_MIN or max(len(x), len(y)) - stem > _ENDING
                       or not any(c in _VOWELS for c in endings)):
            return False
    return True


@check("MT315", "names-fused", Severity.MAJOR)
def names_fused(doc: AlignedDocument) -> Iterator[Flag]:
    """Two names of the source run together in the translation.

    Flags a target word sequence where one source name ends and another
    begins with nothing between them, while the source separates them (a
    preposition, a comma, a description): the words that said how the two
    belong together were lost, often where a link was.

    A name moved next to another that the source writes several words
    before it runs into it too.

    Bad: ``sagte die Beratungsfirma Peter Lang Northbridge Energy``
    Good: ``sagte Peter Lang von der Beratungsfirma Northbridge Energy``
    """
    for i in range(len(doc.pairs)):
        for left, right, first, second in fusions(doc, i):
            names = [doc.source.text[run[0].start:run[-1].end] for run in (first, second)]
            between = doc.source.text[first[-1].end:second[0].start].strip()
            how = (f"separates {names[0]!r} and {names[1]!r} with {between!r}" if first[0].start < second[0].start
                   else f"writes {names[1]!r} well before {names[0]!r}")
            yield Flag(
                left.start, right.end,
                f"'{left.text} {right.text}' runs two names together; the source {how}",
                source=(min(first[0].start, second[0].start), max(first[-1].end, second[-1].end)),
                evidence={"names": names, "between": between},
            )
